//! 亲情守护 family guardian: the signed-in customer names a trusted family contact, item by
//! item agrees what is shared, and may revoke at any time. When the app warns about or stops
//! a risky action it posts a notification, which the bank would text to the guardian; the
//! sandbox sends nothing and records it instead.
//!
//! What the bank enforces, whatever the app sends: a notification needs an active guardian
//! (nothing is recorded after revocation); it carries only the items the customer agreed to
//! share; and its shape has no room for an amount, an account or a card number (unknown
//! fields are refused).

use axum::extract::State;
use axum::http::StatusCode;
use rusqlite::{Connection, OptionalExtension, params};
use utoipa_axum::{router::OpenApiRouter, routes};

use puhui_core::ports::bank::{
    GuardianNotice, GuardianNoticeSent, GuardianRegistration, RegisteredGuardian,
};

use crate::auth::Customer;
use crate::db::{new_id, now_unix};
use crate::error::{ApiError, ApiErrorBody, ApiJson};
use crate::state::AppState;

/// Items a customer may share, by id.
pub const SHARED_ITEMS: [&str; 4] = ["action_kind", "outcome", "time", "amount_band"];
/// Items without which a notification makes no sense.
pub const REQUIRED_ITEMS: [&str; 2] = ["action_kind", "outcome"];
/// Actions a notification may name.
pub const ACTIONS: [&str; 5] = [
    "change_repayment_card",
    "drawdown",
    "repayment",
    "prepayment",
    "change_mobile_number",
];
/// Outcomes a notification may name.
pub const OUTCOMES: [&str; 2] = ["warned", "blocked"];
/// Amount bands a notification may name (never a figure).
pub const AMOUNT_BANDS: [&str; 3] = ["under_10k", "10k_to_50k", "over_50k"];
/// Longest guardian name, in characters.
pub const MAX_NAME_CHARS: usize = 20;

fn masked(phone: &str) -> String {
    match (phone.get(..3), phone.get(7..)) {
        (Some(head), Some(tail)) => format!("{head}****{tail}"),
        _ => "****".to_owned(),
    }
}

fn valid_mobile(phone: &str) -> bool {
    let b = phone.as_bytes();
    b.len() == 11
        && b[0] == b'1'
        && (b'3'..=b'9').contains(&b[1])
        && b.iter().all(u8::is_ascii_digit)
}

fn active(c: &Connection, customer: &str) -> Result<Option<RegisteredGuardian>, ApiError> {
    Ok(c.query_row(
        "SELECT id, name, phone, shared, consented_at, revoked_at FROM guardians
         WHERE customer_id = ?1 AND revoked_at IS NULL",
        [customer],
        |r| {
            let phone: String = r.get(2)?;
            let shared: String = r.get(3)?;
            Ok(RegisteredGuardian {
                id: r.get(0)?,
                name: r.get(1)?,
                phone_masked: masked(&phone),
                shared: shared.split(',').map(str::to_owned).collect(),
                consented_at: r.get(4)?,
                revoked_at: r.get(5)?,
            })
        },
    )
    .optional()?)
}

fn no_guardian() -> ApiError {
    ApiError::not_found("active guardian")
}

/// Name a guardian for the signed-in customer, replacing any active one.
#[utoipa::path(put, path = "/v1/anti-fraud/guardian", tag = "anti-fraud",
    request_body = GuardianRegistration,
    responses(
        (status = 200, description = "The guardian now active", body = RegisteredGuardian),
        (status = 400, description = "Malformed request", body = ApiErrorBody),
        (status = 401, description = "Not signed in", body = ApiErrorBody),
        (status = 422, description = "`INVALID_GUARDIAN_PHONE`, `INVALID_GUARDIAN_NAME`, `GUARDIAN_IS_CUSTOMER`, `CONSENT_MISSING`, `UNKNOWN_SHARED_ITEM`", body = ApiErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn put_guardian(
    State(state): State<AppState>,
    Customer(customer): Customer,
    ApiJson(req): ApiJson<GuardianRegistration>,
) -> Result<axum::Json<RegisteredGuardian>, ApiError> {
    let name = req.name.trim().to_owned();
    if name.is_empty() || name.chars().count() > MAX_NAME_CHARS {
        return Err(ApiError::rule(
            "INVALID_GUARDIAN_NAME",
            "name must be 1 to 20 characters",
        ));
    }
    if !valid_mobile(&req.phone) {
        return Err(ApiError::rule(
            "INVALID_GUARDIAN_PHONE",
            "phone must be a mainland mobile number",
        ));
    }
    if let Some(bad) = req
        .shared
        .iter()
        .find(|s| !SHARED_ITEMS.contains(&s.as_str()))
    {
        return Err(ApiError::rule(
            "UNKNOWN_SHARED_ITEM",
            format!("unknown shared item {bad:?}"),
        ));
    }
    if !REQUIRED_ITEMS
        .iter()
        .all(|r| req.shared.iter().any(|s| s == r))
    {
        return Err(ApiError::rule(
            "CONSENT_MISSING",
            "action_kind and outcome must be shared",
        ));
    }
    // Stored in a fixed order, once each.
    let shared: Vec<&str> = SHARED_ITEMS
        .into_iter()
        .filter(|i| req.shared.iter().any(|s| s == i))
        .collect();
    let shared = shared.join(",");
    let view = state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let own: Option<String> = tx
                .query_row("SELECT phone FROM customers WHERE id = ?1", [&customer], |r| r.get(0))
                .optional()?;
            if own.as_deref() == Some(req.phone.as_str()) {
                return Err(ApiError::rule("GUARDIAN_IS_CUSTOMER", "the guardian cannot be the customer"));
            }
            let now = now_unix();
            tx.execute(
                "UPDATE guardians SET revoked_at = ?2 WHERE customer_id = ?1 AND revoked_at IS NULL",
                params![customer, now],
            )?;
            tx.execute(
                "INSERT INTO guardians (id, customer_id, name, phone, shared, consented_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![new_id("grd"), customer, name, req.phone, shared, now],
            )?;
            let view = active(&tx, &customer)?.ok_or_else(ApiError::internal)?;
            tx.commit()?;
            Ok(view)
        })
        .await?;
    Ok(axum::Json(view))
}

/// The signed-in customer's active guardian.
#[utoipa::path(get, path = "/v1/anti-fraud/guardian", tag = "anti-fraud",
    responses(
        (status = 200, description = "The active guardian", body = RegisteredGuardian),
        (status = 401, description = "Not signed in", body = ApiErrorBody),
        (status = 404, description = "No active guardian", body = ApiErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn get_guardian(
    State(state): State<AppState>,
    Customer(customer): Customer,
) -> Result<axum::Json<RegisteredGuardian>, ApiError> {
    let view = state.db.call(move |c| active(c, &customer)).await?;
    view.map(axum::Json).ok_or_else(no_guardian)
}

/// Revoke the active guardian: from now on nothing is shared.
#[utoipa::path(delete, path = "/v1/anti-fraud/guardian", tag = "anti-fraud",
    responses(
        (status = 204, description = "Revoked"),
        (status = 401, description = "Not signed in", body = ApiErrorBody),
        (status = 404, description = "No active guardian", body = ApiErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn revoke_guardian(
    State(state): State<AppState>,
    Customer(customer): Customer,
) -> Result<StatusCode, ApiError> {
    let changed = state
        .db
        .call(move |c| {
            Ok(c.execute(
                "UPDATE guardians SET revoked_at = ?2 WHERE customer_id = ?1 AND revoked_at IS NULL",
                params![customer, now_unix()],
            )?)
        })
        .await?;
    if changed == 0 {
        return Err(no_guardian());
    }
    Ok(StatusCode::NO_CONTENT)
}

fn check_notification(req: &GuardianNotice, shared: &[String]) -> Result<(), ApiError> {
    let is_shared = |item: &str| shared.iter().any(|s| s == item);
    if !ACTIONS.contains(&req.action.as_str()) {
        return Err(ApiError::bad_request("INVALID_FIELDS", "unknown action"));
    }
    if !OUTCOMES.contains(&req.outcome.as_str()) {
        return Err(ApiError::bad_request("INVALID_FIELDS", "unknown outcome"));
    }
    if let Some(at) = &req.at {
        if chrono::DateTime::parse_from_rfc3339(at).is_err() {
            return Err(ApiError::bad_request(
                "INVALID_FIELDS",
                "at must be RFC 3339",
            ));
        }
        if !is_shared("time") {
            return Err(ApiError::rule(
                "NOT_SHARED",
                "the customer does not share the time",
            ));
        }
    }
    if let Some(band) = &req.amount_band {
        if !AMOUNT_BANDS.contains(&band.as_str()) {
            return Err(ApiError::bad_request(
                "INVALID_FIELDS",
                "unknown amount band",
            ));
        }
        if !is_shared("amount_band") {
            return Err(ApiError::rule(
                "NOT_SHARED",
                "the customer does not share amount bands",
            ));
        }
    }
    Ok(())
}

/// Notify the active guardian that a risky action was warned about or stopped.
#[utoipa::path(post, path = "/v1/anti-fraud/guardian/notifications", tag = "anti-fraud",
    request_body = GuardianNotice,
    responses(
        (status = 201, description = "Recorded (the sandbox texts nobody)", body = GuardianNoticeSent),
        (status = 400, description = "Malformed, or a field that is not in the contract (an amount, an account…)", body = ApiErrorBody),
        (status = 401, description = "Not signed in", body = ApiErrorBody),
        (status = 409, description = "`NO_ACTIVE_GUARDIAN`: none named, or revoked; nothing recorded", body = ApiErrorBody),
        (status = 422, description = "`NOT_SHARED`: an item the customer did not agree to share", body = ApiErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn notify_guardian(
    State(state): State<AppState>,
    Customer(customer): Customer,
    ApiJson(req): ApiJson<GuardianNotice>,
) -> Result<(StatusCode, axum::Json<GuardianNoticeSent>), ApiError> {
    let view = state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let Some(guardian) = active(&tx, &customer)? else {
                return Err(ApiError::new(
                    StatusCode::CONFLICT,
                    "NO_ACTIVE_GUARDIAN",
                    "no active guardian: nothing is shared",
                ));
            };
            check_notification(&req, &guardian.shared)?;
            let view = GuardianNoticeSent {
                id: new_id("gnt"),
                guardian_id: guardian.id,
                action: Some(req.action),
                outcome: Some(req.outcome),
                at: req.at,
                amount_band: req.amount_band,
                created_at: now_unix(),
            };
            tx.execute(
                "INSERT INTO guardian_notifications
                   (id, guardian_id, customer_id, action, outcome, happened_at, amount_band, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    view.id,
                    view.guardian_id,
                    customer,
                    view.action,
                    view.outcome,
                    view.at,
                    view.amount_band,
                    view.created_at
                ],
            )?;
            tx.commit()?;
            Ok(view)
        })
        .await?;
    Ok((StatusCode::CREATED, axum::Json(view)))
}

/// Every notification sent about the signed-in customer, oldest first: exactly what was shared.
#[utoipa::path(get, path = "/v1/anti-fraud/guardian/notifications", tag = "anti-fraud",
    responses(
        (status = 200, description = "Notifications", body = [GuardianNoticeSent]),
        (status = 401, description = "Not signed in", body = ApiErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn list_notifications(
    State(state): State<AppState>,
    Customer(customer): Customer,
) -> Result<axum::Json<Vec<GuardianNoticeSent>>, ApiError> {
    let list = state
        .db
        .call(move |c| {
            let mut stmt = c.prepare(
                "SELECT id, guardian_id, action, outcome, happened_at, amount_band, created_at
                 FROM guardian_notifications WHERE customer_id = ?1 ORDER BY created_at, rowid",
            )?;
            let rows = stmt
                .query_map([customer], |r| {
                    Ok(GuardianNoticeSent {
                        id: r.get(0)?,
                        guardian_id: r.get(1)?,
                        action: r.get(2)?,
                        outcome: r.get(3)?,
                        at: r.get(4)?,
                        amount_band: r.get(5)?,
                        created_at: r.get(6)?,
                    })
                })?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(rows)
        })
        .await?;
    Ok(axum::Json(list))
}

/// The routes of this module.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(put_guardian, get_guardian, revoke_guardian))
        .routes(routes!(notify_guardian, list_notifications))
}
