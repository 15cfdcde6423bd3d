//! 亲情守护 family guardian: a customer (typically an elder) names a trusted family contact;
//! when a risky action is warned about or blocked, the bank notifies that contact.
//!
//! Opt-in item by item, revocable at any time, and the customer sees exactly what is shared.
//! The notification carries no amount, no account or card number and no message text: only
//! what happened, when, and a coarse amount band the customer agreed to share.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::error::GuardianError;
use super::intercept::{Decision, RiskyAction};
use crate::domain::Money;
use crate::domain::identity::MobileNumber;
use crate::i18n::{Locale, Localizer};

/// The longest name the customer may give the guardian (in characters).
pub const MAX_NAME_CHARS: usize = 20;

/// One thing the guardian is told. The customer agrees to each one separately.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SharedItem {
    /// The kind of action (e.g. "changing the repayment card").
    ActionKind,
    /// Whether it was warned about or stopped.
    Outcome,
    /// When it happened.
    Time,
    /// A coarse amount band (under ¥10,000 / ¥10,000–50,000 / over ¥50,000), never the figure.
    AmountBand,
}

impl SharedItem {
    /// Everything that can be shared, in the order the customer sees it.
    pub const ALL: [SharedItem; 4] = [
        SharedItem::ActionKind,
        SharedItem::Outcome,
        SharedItem::Time,
        SharedItem::AmountBand,
    ];
    /// What must be shared for a notification to make sense at all.
    pub const REQUIRED: [SharedItem; 2] = [SharedItem::ActionKind, SharedItem::Outcome];

    fn message_id(self) -> &'static str {
        match self {
            SharedItem::ActionKind => "af-guardian-share-action",
            SharedItem::Outcome => "af-guardian-share-outcome",
            SharedItem::Time => "af-guardian-share-time",
            SharedItem::AmountBand => "af-guardian-share-amount-band",
        }
    }
}

/// The customer's choice of guardian, as stored and sent to the bank.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GuardianRecord {
    /// What the customer calls the guardian (e.g. "女儿").
    pub name: String,
    /// The guardian's number (masked whenever shown or logged).
    #[serde(serialize_with = "serialize_masked")]
    pub phone: MobileNumber,
    /// What the customer agreed to share, item by item.
    pub shared: Vec<SharedItem>,
    /// When the customer opted in.
    pub consented_at: DateTime<Utc>,
    /// When the customer switched it off, if they did.
    pub revoked_at: Option<DateTime<Utc>>,
}

fn serialize_masked<S: serde::Serializer>(p: &MobileNumber, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&p.masked())
}

/// Names a guardian. `shared` lists exactly the items the customer ticked; nothing is
/// pre-selected, and the required items must be among them.
pub fn opt_in(
    customer_phone: Option<&str>,
    name: &str,
    phone: &str,
    shared: &[SharedItem],
    now: DateTime<Utc>,
) -> Result<GuardianRecord, GuardianError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > MAX_NAME_CHARS {
        return Err(GuardianError::InvalidName);
    }
    let phone = MobileNumber::parse(phone).map_err(|_| GuardianError::InvalidPhone)?;
    if customer_phone
        .and_then(|c| MobileNumber::parse(c).ok())
        .is_some_and(|c| c.full_number() == phone.full_number())
    {
        return Err(GuardianError::SelfAsGuardian);
    }
    if !SharedItem::REQUIRED.iter().all(|r| shared.contains(r)) {
        return Err(GuardianError::ConsentMissing);
    }
    let mut shared = shared.to_vec();
    shared.sort_unstable();
    shared.dedup();
    Ok(GuardianRecord {
        name: name.to_owned(),
        phone,
        shared,
        consented_at: now,
        revoked_at: None,
    })
}

/// What the bank sends to the guardian. Built only from the items the customer agreed to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GuardianNotification {
    /// Where to send it (the only full number in the payload, for the bank's SMS gateway).
    pub guardian_phone: String,
    /// The action, if shared.
    pub action: Option<RiskyAction>,
    /// `warned` or `blocked`, if shared.
    pub outcome: Option<&'static str>,
    /// When, if shared.
    pub at: Option<DateTime<Utc>>,
    /// `under_10k`, `10k_to_50k` or `over_50k`, if shared and an amount was involved.
    pub amount_band: Option<&'static str>,
}

fn amount_band(amount: Money) -> &'static str {
    let yuan = amount.amount();
    if yuan < rust_decimal::Decimal::from(10_000) {
        "under_10k"
    } else if yuan <= rust_decimal::Decimal::from(50_000) {
        "10k_to_50k"
    } else {
        "over_50k"
    }
}

impl GuardianRecord {
    /// True until revoked.
    pub fn is_active(&self) -> bool {
        self.revoked_at.is_none()
    }

    /// Switches the guardian off. From now on nothing is shared.
    pub fn revoke(&mut self, now: DateTime<Utc>) -> Result<(), GuardianError> {
        if self.revoked_at.is_some() {
            return Err(GuardianError::AlreadyRevoked);
        }
        self.revoked_at = Some(now);
        Ok(())
    }

    /// The notification for an intercepted action, or `None` when nothing is to be sent
    /// (revoked, or the action simply proceeded).
    pub fn notification(
        &self,
        action: RiskyAction,
        decision: &Decision,
        amount: Option<Money>,
        at: DateTime<Utc>,
    ) -> Option<GuardianNotification> {
        if !self.is_active() {
            return None;
        }
        let outcome = match decision {
            Decision::Proceed => return None,
            Decision::Warn { .. } => "warned",
            Decision::Block { .. } => "blocked",
        };
        let has = |i: SharedItem| self.shared.contains(&i);
        Some(GuardianNotification {
            guardian_phone: self.phone.full_number().to_owned(),
            action: has(SharedItem::ActionKind).then_some(action),
            outcome: has(SharedItem::Outcome).then_some(outcome),
            at: has(SharedItem::Time).then_some(at),
            amount_band: amount
                .filter(|_| has(SharedItem::AmountBand))
                .map(amount_band),
        })
    }

    /// Exactly what is shared, in the customer's words, for the settings screen.
    pub fn disclosure(&self, locale: Locale) -> Vec<String> {
        disclosure(&self.shared, locale)
    }
}

/// The words for each item, shown before opting in (with every item unticked) and after.
pub fn disclosure(items: &[SharedItem], locale: Locale) -> Vec<String> {
    let l = Localizer::get(locale);
    let mut out: Vec<String> = items
        .iter()
        .map(|i| l.format(i.message_id(), &[]))
        .collect();
    out.push(l.format("af-guardian-never-shared", &[]));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::anti_fraud::intercept::RiskReason;

    fn now() -> DateTime<Utc> {
        DateTime::from_timestamp(1_718_000_000, 0).unwrap()
    }

    fn record(shared: &[SharedItem]) -> GuardianRecord {
        opt_in(Some("13800138000"), "女儿", "139 1234 5678", shared, now()).unwrap()
    }

    #[test]
    fn opt_in_needs_a_valid_other_number_and_explicit_consent() {
        let all = SharedItem::ALL;
        assert_eq!(
            opt_in(None, "", "13912345678", &all, now()),
            Err(GuardianError::InvalidName)
        );
        assert_eq!(
            opt_in(None, "女儿", "12345", &all, now()),
            Err(GuardianError::InvalidPhone)
        );
        assert_eq!(
            opt_in(Some("+86 139 1234 5678"), "我", "13912345678", &all, now()),
            Err(GuardianError::SelfAsGuardian)
        );
        assert_eq!(
            opt_in(None, "女儿", "13912345678", &[SharedItem::Time], now()),
            Err(GuardianError::ConsentMissing)
        );
        assert_eq!(
            opt_in(None, "女儿", "13912345678", &[], now()),
            Err(GuardianError::ConsentMissing)
        );
    }

    #[test]
    fn notifications_carry_only_what_was_agreed_and_stop_on_revocation() {
        let block = Decision::Block {
            reasons: vec![RiskReason::GuidedRemotely],
        };
        let minimal = record(&SharedItem::REQUIRED);
        let n = minimal
            .notification(
                RiskyAction::Drawdown,
                &block,
                Some(Money::from_yuan(80_000)),
                now(),
            )
            .unwrap();
        assert_eq!(n.action, Some(RiskyAction::Drawdown));
        assert_eq!(n.outcome, Some("blocked"));
        assert_eq!((n.at, n.amount_band), (None, None));

        let mut full = record(&SharedItem::ALL);
        let n = full
            .notification(
                RiskyAction::Drawdown,
                &block,
                Some(Money::from_yuan(80_000)),
                now(),
            )
            .unwrap();
        assert_eq!(n.amount_band, Some("over_50k"));
        let json = serde_json::to_string(&n).unwrap();
        assert!(!json.contains("80000"), "{json}");
        assert!(
            full.notification(RiskyAction::Drawdown, &Decision::Proceed, None, now())
                .is_none()
        );

        full.revoke(now()).unwrap();
        assert!(
            full.notification(RiskyAction::Drawdown, &block, None, now())
                .is_none()
        );
        assert_eq!(full.revoke(now()), Err(GuardianError::AlreadyRevoked));
    }

    #[test]
    fn the_record_never_shows_the_full_number_and_disclosure_is_localised() {
        let r = record(&SharedItem::ALL);
        let json = serde_json::to_string(&r).unwrap();
        assert!(!json.contains("13912345678"), "{json}");
        for locale in Locale::ALL {
            let d = r.disclosure(locale);
            assert_eq!(d.len(), SharedItem::ALL.len() + 1);
            assert!(d.iter().all(|s| !s.starts_with("af-")), "{d:?}");
        }
    }
}
