//! Sign-in by phone number and SMS code, bearer tokens, refresh and sign-out.
//!
//! The sandbox sends no SMS: its development code is always [`DEV_SMS_CODE`].

use axum::extract::{FromRequestParts, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::db::{Db, now_unix};
use crate::error::{ApiError, ApiErrorBody, ApiJson};
use crate::state::AppState;

/// The SMS code the sandbox accepts for every demo phone number.
pub const DEV_SMS_CODE: &str = "123456";
/// Lifetime of an access token, seconds.
pub const ACCESS_TTL: i64 = 15 * 60;
/// Lifetime of a refresh token, seconds.
pub const REFRESH_TTL: i64 = 30 * 24 * 3600;

/// Ask for an SMS code.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SmsCodeRequest {
    /// Mainland mobile number, 11 digits.
    #[schema(example = "13800138002")]
    pub phone: String,
}

/// An SMS code was sent (the answer is the same whether or not the number is a customer's).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct SmsCodeSent {
    /// Seconds the code stays valid.
    pub expires_in: i64,
}

/// Sign in with the code.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignInRequest {
    /// Mainland mobile number.
    #[schema(example = "13800138002")]
    pub phone: String,
    /// The code from the SMS; in the sandbox always `123456`.
    #[schema(example = "123456")]
    pub sms_code: String,
}

/// Exchange a refresh token for new tokens (the old refresh token stops working).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RefreshRequest {
    /// The refresh token from the last sign-in or refresh.
    pub refresh_token: String,
}

/// A pair of tokens.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct TokenPair {
    /// Bearer token for the customer endpoints.
    pub access_token: String,
    /// Seconds until the access token expires.
    pub expires_in: i64,
    /// Token to get a new pair; single use.
    pub refresh_token: String,
    /// The signed-in customer.
    pub customer_id: String,
}

/// The signed-in customer of a request, from its bearer token.
#[derive(Clone, Debug)]
pub struct Customer(pub String);

fn unauthorized() -> ApiError {
    ApiError::new(
        StatusCode::UNAUTHORIZED,
        "UNAUTHORIZED",
        "missing, expired or revoked access token",
    )
}

fn bearer(parts: &Parts) -> Option<String> {
    let value = parts
        .headers
        .get(axum::http::header::AUTHORIZATION)?
        .to_str()
        .ok()?;
    let token = value.strip_prefix("Bearer ")?.trim();
    (!token.is_empty()).then(|| token.to_owned())
}

impl FromRequestParts<AppState> for Customer {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let token = bearer(parts).ok_or_else(unauthorized)?;
        let now = now_unix();
        let customer = state
            .db
            .call(move |c| {
                Ok(c.query_row(
                    "SELECT customer_id FROM sessions WHERE access_token = ?1 AND revoked = 0 AND access_expires_at > ?2",
                    params![token, now],
                    |r| r.get::<_, String>(0),
                )
                .optional()?)
            })
            .await?;
        customer.map(Customer).ok_or_else(unauthorized)
    }
}

fn new_token() -> String {
    format!(
        "{}{}",
        uuid::Uuid::new_v4().simple(),
        uuid::Uuid::new_v4().simple()
    )
}

fn valid_phone(phone: &str) -> bool {
    phone.len() == 11 && phone.starts_with('1') && phone.bytes().all(|b| b.is_ascii_digit())
}

async fn issue(db: &Db, customer_id: String) -> Result<TokenPair, ApiError> {
    db.call(move |c| {
        let now = now_unix();
        let pair = TokenPair {
            access_token: new_token(),
            expires_in: ACCESS_TTL,
            refresh_token: new_token(),
            customer_id,
        };
        c.execute(
            "INSERT INTO sessions (access_token, refresh_token, customer_id, access_expires_at, refresh_expires_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![pair.access_token, pair.refresh_token, pair.customer_id, now + ACCESS_TTL, now + REFRESH_TTL],
        )?;
        Ok(pair)
    })
    .await
}

/// Send an SMS code to a phone number.
#[utoipa::path(post, path = "/v1/auth/sms-codes", tag = "auth",
    request_body = SmsCodeRequest,
    responses(
        (status = 202, description = "Code sent (the sandbox sends nothing; its code is 123456)", body = SmsCodeSent),
        (status = 400, description = "Not a mainland mobile number", body = ApiErrorBody),
    ))]
pub async fn send_sms_code(
    ApiJson(req): ApiJson<SmsCodeRequest>,
) -> Result<(StatusCode, axum::Json<SmsCodeSent>), ApiError> {
    if !valid_phone(&req.phone) {
        return Err(ApiError::bad_request(
            "INVALID_PHONE",
            "phone must be an 11-digit mainland mobile number",
        ));
    }
    Ok((
        StatusCode::ACCEPTED,
        axum::Json(SmsCodeSent { expires_in: 300 }),
    ))
}

/// Sign in with phone number and SMS code.
#[utoipa::path(post, path = "/v1/auth/sessions", tag = "auth",
    request_body = SignInRequest,
    responses(
        (status = 201, description = "Signed in", body = TokenPair),
        (status = 400, description = "Malformed request", body = ApiErrorBody),
        (status = 401, description = "Wrong code or unknown number (the same answer for both)", body = ApiErrorBody),
    ))]
pub async fn sign_in(
    State(state): State<AppState>,
    ApiJson(req): ApiJson<SignInRequest>,
) -> Result<(StatusCode, axum::Json<TokenPair>), ApiError> {
    if !valid_phone(&req.phone) {
        return Err(ApiError::bad_request(
            "INVALID_PHONE",
            "phone must be an 11-digit mainland mobile number",
        ));
    }
    let phone = req.phone.clone();
    let customer = state
        .db
        .call(move |c| {
            Ok(
                c.query_row("SELECT id FROM customers WHERE phone = ?1", [phone], |r| {
                    r.get::<_, String>(0)
                })
                .optional()?,
            )
        })
        .await?;
    let (Some(customer), true) = (customer, req.sms_code == DEV_SMS_CODE) else {
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "INVALID_SMS_CODE",
            "wrong SMS code or phone number",
        ));
    };
    Ok((
        StatusCode::CREATED,
        axum::Json(issue(&state.db, customer).await?),
    ))
}

/// New tokens for a refresh token; the old pair stops working.
#[utoipa::path(post, path = "/v1/auth/refresh", tag = "auth",
    request_body = RefreshRequest,
    responses(
        (status = 200, description = "New tokens", body = TokenPair),
        (status = 401, description = "Unknown, used or expired refresh token", body = ApiErrorBody),
    ))]
pub async fn refresh(
    State(state): State<AppState>,
    ApiJson(req): ApiJson<RefreshRequest>,
) -> Result<axum::Json<TokenPair>, ApiError> {
    let now = now_unix();
    let customer = state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let customer = tx
                .query_row(
                    "SELECT customer_id FROM sessions WHERE refresh_token = ?1 AND revoked = 0 AND refresh_expires_at > ?2",
                    params![req.refresh_token, now],
                    |r| r.get::<_, String>(0),
                )
                .optional()?;
            tx.execute("UPDATE sessions SET revoked = 1 WHERE refresh_token = ?1", [req.refresh_token])?;
            tx.commit()?;
            Ok(customer)
        })
        .await?;
    let customer = customer.ok_or_else(|| {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            "INVALID_REFRESH_TOKEN",
            "unknown, used or expired refresh token",
        )
    })?;
    Ok(axum::Json(issue(&state.db, customer).await?))
}

/// Sign out: the access and refresh tokens of this session stop working.
#[utoipa::path(delete, path = "/v1/auth/sessions/current", tag = "auth",
    responses(
        (status = 204, description = "Signed out"),
        (status = 401, description = "Not signed in", body = ApiErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn sign_out(
    State(state): State<AppState>,
    parts: axum::http::HeaderMap,
) -> Result<StatusCode, ApiError> {
    let token = parts
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(|t| t.trim().to_owned())
        .ok_or_else(unauthorized)?;
    let changed = state
        .db
        .call(move |c| {
            Ok(c.execute(
                "UPDATE sessions SET revoked = 1 WHERE access_token = ?1 AND revoked = 0",
                [token],
            )?)
        })
        .await?;
    if changed == 0 {
        return Err(unauthorized());
    }
    Ok(StatusCode::NO_CONTENT)
}

/// The routes of this module.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(send_sms_code))
        .routes(routes!(sign_in))
        .routes(routes!(refresh))
        .routes(routes!(sign_out))
}
