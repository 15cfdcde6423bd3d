//! Risky-action interception: before a risky action runs, the shell reports what it can see
//! (a phone call in progress, screen sharing, a new payee, the hour, the amount against the
//! customer's history, elder mode) and gets back: proceed, warn (tips, a cooling-off
//! countdown and a short checklist), or block (the reason and the 96110 call). The
//! customer's checklist answers feed back: an answer that matches a scam pattern blocks.

use rust_decimal::Decimal;
use serde::Serialize;

use super::explain::CallAction;
use super::tips::{FlowStep, tip};
use crate::domain::Money;
use crate::i18n::{Locale, Localizer};

/// Actions that scammers steer their victims into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RiskyAction {
    /// Changing the card repayments are taken from (or payouts go to).
    ChangeRepaymentCard,
    /// Drawing money from a credit line.
    Drawdown,
    /// Repaying an instalment.
    Repayment,
    /// Repaying early.
    Prepayment,
    /// Changing the mobile number on the account.
    ChangeMobileNumber,
}

impl RiskyAction {
    fn tip_step(self) -> FlowStep {
        match self {
            RiskyAction::ChangeRepaymentCard => FlowStep::CardChange,
            RiskyAction::Drawdown => FlowStep::Drawdown,
            RiskyAction::Repayment => FlowStep::Repayment,
            RiskyAction::Prepayment => FlowStep::Prepayment,
            RiskyAction::ChangeMobileNumber => FlowStep::NewDeviceSignIn,
        }
    }

    /// Actions that warn even with no other signal, because scams hinge on them.
    fn always_warns(self) -> bool {
        matches!(
            self,
            RiskyAction::ChangeRepaymentCard | RiskyAction::ChangeMobileNumber
        )
    }
}

/// What the shell can observe. Everything is optional: a shell that cannot tell leaves it
/// false or `None`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Signals {
    /// A phone or VoIP call is in progress.
    pub on_call: bool,
    /// The screen is being shared or recorded, or a remote-control app is active.
    pub screen_sharing: bool,
    /// The money goes to a card or account not used before.
    pub new_payee: bool,
    /// Local hour, 0–23.
    pub local_hour: Option<u8>,
    /// Amount of the action.
    pub amount: Option<Money>,
    /// The customer's usual (e.g. median) amount for this action, if there is a history.
    pub typical_amount: Option<Money>,
    /// 长辈版.
    pub elder_mode: bool,
}

/// Why an action is risky.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RiskReason {
    /// A risky action by its nature.
    SensitiveAction,
    /// On a call while moving money.
    OnCall,
    /// Screen shared.
    ScreenSharing,
    /// Someone on a call watching the screen: the classic remote-guided scam.
    GuidedRemotely,
    /// New payee.
    NewPayee,
    /// Between 23:00 and 06:00.
    NightTime,
    /// Much larger than usual.
    LargeAmount,
    /// A checklist answer matched a scam pattern.
    ScamAnswer,
}

impl RiskReason {
    fn message_id(self) -> &'static str {
        match self {
            RiskReason::SensitiveAction => "af-risk-sensitive-action",
            RiskReason::OnCall => "af-risk-on-call",
            RiskReason::ScreenSharing => "af-risk-screen-sharing",
            RiskReason::GuidedRemotely => "af-risk-guided-remotely",
            RiskReason::NewPayee => "af-risk-new-payee",
            RiskReason::NightTime => "af-risk-night-time",
            RiskReason::LargeAmount => "af-risk-large-amount",
            RiskReason::ScamAnswer => "af-risk-scam-answer",
        }
    }
}

/// A checklist question. Each is phrased so that "yes" is the scam answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Question {
    /// Someone on the phone (or in a chat) told me to do this.
    SomeoneToldMe,
    /// I was asked to keep it secret.
    AskedToKeepSecret,
    /// I was promised a refund, compensation or the unfreezing of money.
    PromisedRefundOrUnfreeze,
    /// Someone asked me for a code or password.
    AskedForCode,
    /// I must pay a fee to get a loan or a payout.
    FeeForLoan,
    /// Someone I have never met in person receives the money.
    PayeeUnknownToMe,
}

impl Question {
    fn message_id(self) -> &'static str {
        match self {
            Question::SomeoneToldMe => "af-check-someone-told-me",
            Question::AskedToKeepSecret => "af-check-secret",
            Question::PromisedRefundOrUnfreeze => "af-check-refund-unfreeze",
            Question::AskedForCode => "af-check-code",
            Question::FeeForLoan => "af-check-fee-for-loan",
            Question::PayeeUnknownToMe => "af-check-payee-unknown",
        }
    }
}

/// An answer to a checklist question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Answer {
    /// The question.
    pub question: Question,
    /// The customer's answer.
    pub yes: bool,
}

/// What the shell must do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Decision {
    /// Go ahead.
    Proceed,
    /// Show the warning, run the countdown, ask the checklist, then call
    /// [`decide`] again with the answers.
    Warn {
        /// Why.
        reasons: Vec<RiskReason>,
        /// Seconds before the customer may continue.
        countdown_seconds: u32,
        /// Questions to answer.
        checklist: Vec<Question>,
    },
    /// Stop. Offer 96110.
    Block {
        /// Why.
        reasons: Vec<RiskReason>,
    },
}

/// Seconds of cooling-off: longer with more reasons, twice as long in elder mode.
fn countdown(reasons: usize, elder: bool) -> u32 {
    let base = 10 + 5 * u32::try_from(reasons).unwrap_or(u32::MAX / 10).min(10);
    let secs = if elder { base * 2 } else { base };
    secs.min(120)
}

/// Money-moving actions above this multiple of the usual amount count as large.
const LARGE_MULTIPLE: i64 = 3;
/// Without a history, amounts from here on count as large.
const LARGE_WITHOUT_HISTORY_YUAN: i64 = 50_000;

fn reasons(action: RiskyAction, s: &Signals) -> Vec<RiskReason> {
    let mut r = Vec::new();
    if action.always_warns() {
        r.push(RiskReason::SensitiveAction);
    }
    if s.on_call && s.screen_sharing {
        r.push(RiskReason::GuidedRemotely);
    } else if s.on_call {
        r.push(RiskReason::OnCall);
    } else if s.screen_sharing {
        r.push(RiskReason::ScreenSharing);
    }
    if s.new_payee {
        r.push(RiskReason::NewPayee);
    }
    if s.local_hour.is_some_and(|h| !(6..23).contains(&h)) {
        r.push(RiskReason::NightTime);
    }
    if let Some(amount) = s.amount {
        let large = match s.typical_amount {
            Some(t) if t.amount() > Decimal::ZERO => {
                amount.amount() > t.amount() * Decimal::from(LARGE_MULTIPLE)
            }
            _ => amount.amount() >= Decimal::from(LARGE_WITHOUT_HISTORY_YUAN),
        };
        if large {
            r.push(RiskReason::LargeAmount);
        }
    }
    r
}

fn checklist(action: RiskyAction, s: &Signals) -> Vec<Question> {
    let mut q = vec![
        Question::SomeoneToldMe,
        Question::AskedToKeepSecret,
        Question::AskedForCode,
    ];
    match action {
        RiskyAction::Drawdown => q.push(Question::FeeForLoan),
        RiskyAction::ChangeRepaymentCard | RiskyAction::Repayment | RiskyAction::Prepayment => {
            q.push(Question::PromisedRefundOrUnfreeze)
        }
        RiskyAction::ChangeMobileNumber => {}
    }
    if s.new_payee {
        q.push(Question::PayeeUnknownToMe);
    }
    q
}

/// Decides what happens to a risky action. Call first without answers; when the decision is
/// `Warn`, call again with the checklist answers once the countdown has run.
pub fn decide(action: RiskyAction, signals: &Signals, answers: Option<&[Answer]>) -> Decision {
    let mut why = reasons(action, signals);
    if why.contains(&RiskReason::GuidedRemotely) {
        // Someone on a call who can see the screen is the pattern behind most losses: no
        // checklist can make that safe.
        return Decision::Block { reasons: why };
    }
    if let Some(answers) = answers {
        if answers.iter().any(|a| a.yes) {
            why.push(RiskReason::ScamAnswer);
            return Decision::Block { reasons: why };
        }
        let asked = checklist(action, signals);
        let all_answered = asked
            .iter()
            .all(|q| answers.iter().any(|a| a.question == *q));
        if all_answered {
            return Decision::Proceed;
        }
    }
    if why.is_empty() {
        return Decision::Proceed;
    }
    Decision::Warn {
        countdown_seconds: countdown(why.len(), signals.elder_mode),
        checklist: checklist(action, signals),
        reasons: why,
    }
}

/// A decision in the customer's words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct InterceptView {
    /// The decision.
    pub decision: Decision,
    /// Headline.
    pub title: String,
    /// Each reason in plain words.
    pub reasons: Vec<String>,
    /// The tip for this step.
    pub tip: String,
    /// Checklist questions, as (id, text).
    pub checklist: Vec<(Question, String)>,
    /// The 96110 button.
    pub call: CallAction,
    /// Everything to read aloud.
    pub read_aloud: String,
}

/// Localises a decision.
pub fn view(action: RiskyAction, decision: Decision, locale: Locale, elder: bool) -> InterceptView {
    let l = Localizer::get(locale);
    let (title_id, reasons, questions) = match &decision {
        Decision::Proceed => ("af-intercept-proceed", Vec::new(), Vec::new()),
        Decision::Warn {
            reasons, checklist, ..
        } => ("af-intercept-warn", reasons.clone(), checklist.clone()),
        Decision::Block { reasons, .. } => ("af-intercept-block", reasons.clone(), Vec::new()),
    };
    let title = l.format(title_id, &[]);
    let reasons: Vec<String> = reasons
        .iter()
        .map(|r| l.format(r.message_id(), &[]))
        .collect();
    let checklist: Vec<(Question, String)> = questions
        .iter()
        .map(|q| (*q, l.format(q.message_id(), &[])))
        .collect();
    let tip = tip(action.tip_step(), locale, elder).text;
    let call = CallAction::hotline(locale);
    let sep = if locale == Locale::En { " " } else { "" };
    let mut aloud = vec![title.clone()];
    aloud.extend(reasons.iter().cloned());
    aloud.push(tip.clone());
    if matches!(decision, Decision::Block { .. }) {
        aloud.push(call.label.clone());
    }
    InterceptView {
        decision,
        title,
        reasons,
        tip,
        checklist,
        call,
        read_aloud: aloud.join(sep),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signals() -> Signals {
        Signals::default()
    }

    #[test]
    fn an_ordinary_repayment_proceeds() {
        let s = Signals {
            amount: Some(Money::from_yuan(2_000)),
            typical_amount: Some(Money::from_yuan(2_000)),
            local_hour: Some(14),
            ..signals()
        };
        assert_eq!(decide(RiskyAction::Repayment, &s, None), Decision::Proceed);
    }

    #[test]
    fn a_card_change_always_warns_and_longer_for_elders() {
        let Decision::Warn {
            countdown_seconds: std,
            checklist,
            ..
        } = decide(RiskyAction::ChangeRepaymentCard, &signals(), None)
        else {
            panic!("expected a warning");
        };
        assert!(checklist.contains(&Question::SomeoneToldMe));
        let elder = Signals {
            elder_mode: true,
            ..signals()
        };
        let Decision::Warn {
            countdown_seconds: old,
            ..
        } = decide(RiskyAction::ChangeRepaymentCard, &elder, None)
        else {
            panic!("expected a warning");
        };
        assert!(old > std, "{old} vs {std}");
    }

    #[test]
    fn more_signals_mean_a_longer_countdown() {
        let one = Signals {
            on_call: true,
            ..signals()
        };
        let three = Signals {
            on_call: true,
            new_payee: true,
            local_hour: Some(2),
            ..signals()
        };
        let secs = |s: &Signals| match decide(RiskyAction::Drawdown, s, None) {
            Decision::Warn {
                countdown_seconds, ..
            } => countdown_seconds,
            other => panic!("{other:?}"),
        };
        assert!(secs(&three) > secs(&one));
    }

    #[test]
    fn a_call_with_screen_sharing_blocks() {
        let s = Signals {
            on_call: true,
            screen_sharing: true,
            ..signals()
        };
        assert!(matches!(
            decide(RiskyAction::Drawdown, &s, None),
            Decision::Block { .. }
        ));
    }

    #[test]
    fn checklist_answers_feed_back() {
        let s = Signals {
            amount: Some(Money::from_yuan(90_000)),
            typical_amount: Some(Money::from_yuan(5_000)),
            ..signals()
        };
        let Decision::Warn {
            reasons, checklist, ..
        } = decide(RiskyAction::Drawdown, &s, None)
        else {
            panic!("large drawdown should warn");
        };
        assert_eq!(reasons, vec![RiskReason::LargeAmount]);
        let mut answers: Vec<Answer> = checklist
            .iter()
            .map(|q| Answer {
                question: *q,
                yes: false,
            })
            .collect();
        assert_eq!(
            decide(RiskyAction::Drawdown, &s, Some(&answers)),
            Decision::Proceed
        );
        // Unanswered questions keep the warning up.
        assert!(matches!(
            decide(RiskyAction::Drawdown, &s, Some(&answers[..1])),
            Decision::Warn { .. }
        ));
        answers[0].yes = true; // someone on the phone told me to do this
        let Decision::Block { reasons } = decide(RiskyAction::Drawdown, &s, Some(&answers)) else {
            panic!("a scam answer must block");
        };
        assert!(reasons.contains(&RiskReason::ScamAnswer));
    }

    #[test]
    fn views_are_localised_with_the_hotline_on_block() {
        let s = Signals {
            on_call: true,
            screen_sharing: true,
            ..signals()
        };
        let d = decide(RiskyAction::ChangeRepaymentCard, &s, None);
        for locale in Locale::ALL {
            let v = view(RiskyAction::ChangeRepaymentCard, d.clone(), locale, true);
            assert!(
                !v.reasons.is_empty() && !v.reasons.iter().any(|r| r.starts_with("af-")),
                "{v:?}"
            );
            assert!(v.read_aloud.contains(&v.call.label));
        }
        let warn = decide(
            RiskyAction::Drawdown,
            &Signals {
                on_call: true,
                ..signals()
            },
            None,
        );
        let v = view(RiskyAction::Drawdown, warn, Locale::ZhTw, false);
        assert!(v.checklist.iter().all(|(_, text)| !text.starts_with("af-")));
    }
}
