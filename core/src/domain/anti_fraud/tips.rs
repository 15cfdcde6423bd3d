//! Tips in context: each step of each flow has its own anti-fraud tip, in a standard and an
//! elder variant (plainer words, short sentences, written to be read aloud).

use serde::Serialize;

use crate::i18n::{Locale, Localizer};

/// A step of a flow where the app shows a tip.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FlowStep {
    /// First start of the app / opening an account.
    AccountStart,
    /// Filling in a loan application.
    Apply,
    /// Binding a bank card.
    CardBinding,
    /// Entering an SMS code.
    SmsCode,
    /// Reading and signing the contract.
    ConsentSigning,
    /// Waiting for the money to be paid out.
    Disbursement,
    /// The payout bounced (card problem).
    DisbursementBounce,
    /// Drawing money from a credit line.
    Drawdown,
    /// Repaying an instalment.
    Repayment,
    /// Changing the repayment card.
    CardChange,
    /// Signing in on a new device.
    NewDeviceSignIn,
    /// Repaying early.
    Prepayment,
    /// Changing the monthly debit day.
    DebitDayChange,
    /// Booking a branch appointment.
    Appointment,
    /// Asking for hardship relief.
    HardshipRelief,
    /// Making a complaint.
    Complaint,
}

impl FlowStep {
    /// Every step.
    pub const ALL: [FlowStep; 16] = [
        FlowStep::AccountStart,
        FlowStep::Apply,
        FlowStep::CardBinding,
        FlowStep::SmsCode,
        FlowStep::ConsentSigning,
        FlowStep::Disbursement,
        FlowStep::DisbursementBounce,
        FlowStep::Drawdown,
        FlowStep::Repayment,
        FlowStep::CardChange,
        FlowStep::NewDeviceSignIn,
        FlowStep::Prepayment,
        FlowStep::DebitDayChange,
        FlowStep::Appointment,
        FlowStep::HardshipRelief,
        FlowStep::Complaint,
    ];

    /// Stable id (shells ask for a tip by it).
    pub fn id(self) -> &'static str {
        match self {
            FlowStep::AccountStart => "account_start",
            FlowStep::Apply => "apply",
            FlowStep::CardBinding => "card_binding",
            FlowStep::SmsCode => "sms_code",
            FlowStep::ConsentSigning => "consent_signing",
            FlowStep::Disbursement => "disbursement",
            FlowStep::DisbursementBounce => "disbursement_bounce",
            FlowStep::Drawdown => "drawdown",
            FlowStep::Repayment => "repayment",
            FlowStep::CardChange => "card_change",
            FlowStep::NewDeviceSignIn => "new_device_sign_in",
            FlowStep::Prepayment => "prepayment",
            FlowStep::DebitDayChange => "debit_day_change",
            FlowStep::Appointment => "appointment",
            FlowStep::HardshipRelief => "hardship_relief",
            FlowStep::Complaint => "complaint",
        }
    }

    /// The step with this id.
    pub fn from_id(id: &str) -> Option<FlowStep> {
        FlowStep::ALL.into_iter().find(|s| s.id() == id)
    }

    fn message_id(self, elder: bool) -> String {
        let key = self.id().replace('_', "-");
        if elder {
            format!("af-tip-{key}-elder")
        } else {
            format!("af-tip-{key}")
        }
    }
}

/// A tip ready to show and read aloud.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TipView {
    /// The step id.
    pub step: String,
    /// Short title.
    pub title: String,
    /// The tip.
    pub text: String,
    /// What a screen reader or the read-aloud button says.
    pub read_aloud: String,
}

/// The tip for a step, in the elder variant when `elder` is set.
pub fn tip(step: FlowStep, locale: Locale, elder: bool) -> TipView {
    let l10n = Localizer::get(locale);
    let title = l10n.format("af-tip-title", &[]);
    let text = l10n.format(&step.message_id(elder), &[]);
    let read_aloud = format!(
        "{title}{}{text}",
        if locale == Locale::En { ": " } else { "：" }
    );
    TipView {
        step: step.id().to_owned(),
        title,
        text,
        read_aloud,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_has_both_variants_in_every_locale_and_they_differ() {
        for locale in Locale::ALL {
            let l = Localizer::get(locale);
            for step in FlowStep::ALL {
                assert!(
                    l.has(&step.message_id(false)),
                    "{} {:?}",
                    locale.tag(),
                    step
                );
                assert!(
                    l.has(&step.message_id(true)),
                    "{} {:?} elder",
                    locale.tag(),
                    step
                );
                let (std, elder) = (tip(step, locale, false), tip(step, locale, true));
                assert_ne!(std.text, elder.text, "{} {:?}", locale.tag(), step);
                assert!(elder.read_aloud.contains(&elder.text));
                assert_eq!(FlowStep::from_id(step.id()), Some(step));
            }
        }
    }

    #[test]
    fn the_bounce_tip_warns_about_unfreezing_fees() {
        let t = tip(FlowStep::DisbursementBounce, Locale::ZhCn, false);
        assert!(t.text.contains("解冻"), "{}", t.text);
        let t = tip(FlowStep::CardBinding, Locale::En, true);
        assert!(t.text.to_lowercase().contains("code"), "{}", t.text);
    }
}
