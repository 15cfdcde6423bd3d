//! Idempotency for money-moving requests.
//!
//! A request takes its key in a first short transaction (`in_progress`), then does its work
//! and stores its answer in the same transaction as the money movement. So a retry either
//! finds the stored answer (the money moved, here is the same receipt), finds the key still
//! taken (409, try again shortly), or finds nothing (the first attempt never committed and
//! this one proceeds). The same key with a different request is refused with 422.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use rusqlite::{Connection, OptionalExtension, params};

use crate::db::now_unix;
use crate::error::ApiError;
use crate::state::AppState;

/// The request header that carries the key.
pub const IDEMPOTENCY_HEADER: &str = "idempotency-key";
/// Header set on an answer replayed from the store.
pub const REPLAYED_HEADER: &str = "idempotent-replayed";
/// How long stored answers are kept, seconds (the contract promises at least 24 hours).
pub const RETENTION_SECS: i64 = 48 * 3600;
/// After this many seconds an `in_progress` key whose request died is taken over.
pub const LEASE_SECS: i64 = 60;

/// The validated `Idempotency-Key` of a request.
#[derive(Clone, Debug)]
pub struct IdempotencyKey(pub String);

impl<S: Send + Sync> FromRequestParts<S> for IdempotencyKey {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let Some(value) = parts.headers.get(IDEMPOTENCY_HEADER) else {
            return Err(ApiError::bad_request(
                "IDEMPOTENCY_KEY_REQUIRED",
                "money-moving requests need an Idempotency-Key header",
            ));
        };
        let key = value.to_str().unwrap_or_default();
        if key.is_empty() || key.len() > 255 || !key.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(ApiError::bad_request(
                "IDEMPOTENCY_KEY_INVALID",
                "Idempotency-Key must be 1 to 255 visible ASCII characters",
            ));
        }
        Ok(IdempotencyKey(key.to_owned()))
    }
}

/// A committed outcome: status and JSON body.
pub type Outcome = (StatusCode, serde_json::Value);

fn respond(status: StatusCode, body: &str, replayed: bool) -> Response {
    let mut res = (
        status,
        [(
            axum::http::header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        body.to_owned(),
    )
        .into_response();
    if replayed {
        res.headers_mut()
            .insert(REPLAYED_HEADER, HeaderValue::from_static("true"));
    }
    res
}

/// A stored key: request, state, status, response, created_at.
type StoredKey = (String, String, Option<i64>, Option<String>, i64);

enum Claim {
    Proceed,
    Replay(StatusCode, String),
}

fn claim(c: &mut Connection, customer: &str, key: &str, request: &str) -> Result<Claim, ApiError> {
    let now = now_unix();
    let tx = c.transaction()?;
    tx.execute(
        "DELETE FROM idempotency_keys WHERE created_at < ?1",
        [now - RETENTION_SECS],
    )?;
    let existing: Option<StoredKey> = tx
        .query_row(
            "SELECT request, state, status, response, created_at FROM idempotency_keys
             WHERE customer_id = ?1 AND key = ?2",
            params![customer, key],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .optional()?;
    let outcome = match existing {
        Some((stored, ..)) if stored != request => Err(ApiError::rule(
            "IDEMPOTENCY_KEY_REUSED",
            "this Idempotency-Key was used for a different request",
        )),
        Some((_, state, Some(status), Some(response), _)) if state == "completed" => {
            let status = u16::try_from(status)
                .ok()
                .and_then(|s| StatusCode::from_u16(s).ok())
                .ok_or_else(ApiError::internal)?;
            Ok(Claim::Replay(status, response))
        }
        Some((_, _, _, _, created)) if created > now - LEASE_SECS => Err(ApiError::new(
            StatusCode::CONFLICT,
            "IDEMPOTENCY_IN_PROGRESS",
            "the first request with this Idempotency-Key is still being processed; retry shortly",
        )),
        Some(_) => {
            // The request that took this key died before committing: nothing moved, take over.
            tx.execute(
                "UPDATE idempotency_keys SET created_at = ?3 WHERE customer_id = ?1 AND key = ?2",
                params![customer, key, now],
            )?;
            Ok(Claim::Proceed)
        }
        None => {
            tx.execute(
                "INSERT INTO idempotency_keys (customer_id, key, request, state, created_at)
                 VALUES (?1, ?2, ?3, 'in_progress', ?4)",
                params![customer, key, request, now],
            )?;
            Ok(Claim::Proceed)
        }
    };
    tx.commit()?;
    outcome
}

/// Runs a money-moving `work` at most once per (customer, key). `request` identifies the
/// request exactly (method, path and canonical body). `work` runs inside a savepoint of the
/// transaction that also stores its answer: a business refusal (4xx) is stored and replayed
/// like a success, any other failure rolls everything back and frees the key.
pub async fn run_once<F>(
    state: &AppState,
    customer: String,
    key: IdempotencyKey,
    request: String,
    work: F,
) -> Result<Response, ApiError>
where
    F: FnOnce(&Connection) -> Result<Outcome, ApiError> + Send + 'static,
{
    let (c1, k1, r1) = (customer.clone(), key.0.clone(), request);
    let claimed = state.db.call(move |c| claim(c, &c1, &k1, &r1)).await?;
    if let Claim::Replay(status, body) = claimed {
        return Ok(respond(status, &body, true));
    }
    let delay = state.faults.commit_delay();
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    let result = state
        .db
        .call(move |c| {
            let mut tx = c.transaction()?;
            let result = {
                let sp = tx.savepoint()?;
                match work(&sp) {
                    Ok(outcome) => {
                        sp.commit()?;
                        Ok(outcome)
                    }
                    Err(e) => Err(e), // dropping the savepoint rolls it back
                }
            };
            let (status, body) = match result {
                Ok((status, body)) => (status, body.to_string()),
                Err(e) if e.status.is_client_error() => {
                    (e.status, serde_json::json!(e.body()).to_string())
                }
                Err(e) => {
                    tx.execute(
                        "DELETE FROM idempotency_keys WHERE customer_id = ?1 AND key = ?2",
                        params![customer, key.0],
                    )?;
                    tx.commit()?;
                    return Err(e);
                }
            };
            tx.execute(
                "UPDATE idempotency_keys SET state = 'completed', status = ?3, response = ?4
                 WHERE customer_id = ?1 AND key = ?2",
                params![customer, key.0, i64::from(status.as_u16()), body],
            )?;
            tx.commit()?;
            Ok((status, body))
        })
        .await?;
    Ok(respond(result.0, &result.1, false))
}
