//! The family guardian (亲情守护) the bank notifies, and what it may be told.
//!
//! These records are the contract itself: the sandbox serves them and, with the `openapi`
//! feature, publishes their schemas under the names in `schema(as = …)`.

use serde::{Deserialize, Serialize};

/// Name a guardian (replacing any active one).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = GuardianRequest))]
#[serde(deny_unknown_fields)]
pub struct GuardianRegistration {
    /// What the customer calls the guardian, 1–20 characters.
    #[cfg_attr(feature = "openapi", schema(example = "女儿"))]
    pub name: String,
    /// The guardian's mainland mobile number, 11 digits; not the customer's own.
    #[cfg_attr(feature = "openapi", schema(example = "13912345678"))]
    pub phone: String,
    /// The items the customer ticked: `action_kind` and `outcome` are required, `time` and
    /// `amount_band` optional.
    pub shared: Vec<String>,
}

/// A guardian as the bank holds it; the number is masked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = GuardianView))]
pub struct RegisteredGuardian {
    /// Guardian id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Masked number, `139****5678`.
    pub phone_masked: String,
    /// Items shared.
    pub shared: Vec<String>,
    /// Opt-in time, Unix seconds.
    pub consented_at: i64,
    /// Revocation time, Unix seconds.
    pub revoked_at: Option<i64>,
}

/// What happened, for the guardian. Only the items the customer shared may be present.
// The type has no place for an amount, an account or a card number, and the bank refuses
// unknown fields, so none can be smuggled in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = NotificationRequest))]
#[serde(deny_unknown_fields)]
pub struct GuardianNotice {
    /// The action: `change_repayment_card`, `drawdown`, `repayment`, `prepayment`,
    /// `change_mobile_number`.
    pub action: String,
    /// `warned` or `blocked`.
    pub outcome: String,
    /// When it happened (RFC 3339); only if `time` is shared.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub at: Option<String>,
    /// `under_10k`, `10k_to_50k` or `over_50k`; only if `amount_band` is shared.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub amount_band: Option<String>,
}

/// A recorded notification.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = NotificationView))]
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
