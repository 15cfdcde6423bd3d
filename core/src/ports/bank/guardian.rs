//! The family guardian (亲情守护) the bank notifies, and what it may be told.

use serde::{Deserialize, Serialize};

/// Names a family guardian at the bank (亲情守护).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuardianRegistration {
    /// What the customer calls the guardian.
    pub name: String,
    /// The guardian's mobile number, 11 digits (the bank texts it; never logged).
    pub phone: String,
    /// The items the customer agreed to share (`action_kind`, `outcome`, `time`,
    /// `amount_band`).
    pub shared: Vec<String>,
}

/// A guardian as the bank holds it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisteredGuardian {
    /// The bank's id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Masked number.
    pub phone_masked: String,
    /// Items shared.
    pub shared: Vec<String>,
    /// Opt-in time, Unix seconds.
    pub consented_at: i64,
    /// Revocation time, Unix seconds.
    pub revoked_at: Option<i64>,
}

/// What the bank tells the guardian: only the items the customer shared, never an amount, an
/// account or a card number (the type has no place for them).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuardianNotice {
    /// The action (`drawdown`, `change_repayment_card`, …).
    pub action: String,
    /// `warned` or `blocked`.
    pub outcome: String,
    /// When (RFC 3339), if shared.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub at: Option<String>,
    /// `under_10k`, `10k_to_50k` or `over_50k`, if shared.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub amount_band: Option<String>,
}

/// A notification the bank recorded and sent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuardianNoticeSent {
    /// Notification id.
    pub id: String,
    /// The guardian it went to.
    pub guardian_id: String,
    /// The action.
    pub action: Option<String>,
    /// The outcome.
    pub outcome: Option<String>,
    /// When it happened, if shared.
    pub at: Option<String>,
    /// The amount band, if shared.
    pub amount_band: Option<String>,
    /// When the bank recorded it, Unix seconds.
    pub created_at: i64,
}
