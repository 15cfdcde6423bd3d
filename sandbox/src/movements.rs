//! The money-moving endpoints: disbursement, drawdown, repayment and prepayment. Each takes an
//! `Idempotency-Key` and runs through [`crate::idempotency::run_once`], so the ledger row, the
//! balance change and the stored answer commit together or not at all.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{Datelike, Months, NaiveDate};
use puhui_core::domain::Money;
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::amounts::{positive, stored_money, stored_rate, text};
use crate::auth::Customer;
use crate::db::{new_id, now_unix, today};
use crate::error::{ApiError, ApiErrorBody, ApiJson};
use crate::idempotency::{IdempotencyKey, Outcome, run_once};
use crate::loans::{LoanRecord, TransactionView, load_or_404, transaction};
use crate::state::AppState;

/// How long a prepayment quote can be accepted, seconds.
pub const QUOTE_TTL: i64 = 30 * 60;

/// Draw money from a revolving line to the line's card.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DrawdownRequest {
    /// Amount, decimal string with at most two places.
    #[serde(deserialize_with = "crate::amounts::money_string")]
    #[schema(value_type = String, example = "5000.00")]
    pub amount: Money,
}

/// Repay: interest owed first, the rest reduces principal.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RepaymentRequest {
    /// Amount, decimal string with at most two places.
    #[serde(deserialize_with = "crate::amounts::money_string")]
    #[schema(value_type = String, example = "1000.00")]
    pub amount: Money,
}

/// Ask what an early repayment costs today.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PrepaymentQuoteRequest {
    /// Principal to prepay; absent to settle the loan in full.
    #[serde(default, deserialize_with = "crate::amounts::opt_money_string")]
    #[schema(value_type = Option<String>, example = "10000.00")]
    pub principal: Option<Money>,
}

/// What an early repayment costs, shown before anything happens (S3).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct PrepaymentQuoteView {
    /// Quote id, to accept it.
    pub id: String,
    /// Loan id.
    pub loan_id: String,
    /// Principal prepaid.
    pub principal: String,
    /// Interest owed to today, paid with the prepayment.
    pub interest: String,
    /// Prepayment penalty.
    pub penalty: String,
    /// Everything to pay.
    pub total: String,
    /// True when this settles the loan.
    pub settles_loan: bool,
    /// Accept before this instant, RFC 3339.
    pub valid_until: String,
}

/// Accept a prepayment quote: the money moves.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PrepaymentRequest {
    /// The quote to accept.
    pub quote_id: String,
}

/// The outcome of a disbursement.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct DisbursementView {
    /// Application id.
    pub application_id: String,
    /// `disbursed`, or `bounced` when the receiving card refused the money.
    pub status: String,
    /// The new loan, when disbursed.
    pub loan_id: Option<String>,
    /// The disbursement on the ledger, when disbursed.
    pub transaction: Option<TransactionView>,
    /// Why it bounced: `CARD_FROZEN`.
    pub bounce_reason: Option<String>,
}

fn json<T: Serialize>(status: StatusCode, value: &T) -> Result<Outcome, ApiError> {
    Ok((
        status,
        serde_json::to_value(value).map_err(|_| ApiError::internal())?,
    ))
}

#[allow(clippy::too_many_arguments)]
fn book(
    c: &Connection,
    loan_id: &str,
    kind: &str,
    amount: Money,
    principal: Money,
    interest: Money,
    fee: Money,
    balance_after: Money,
) -> Result<TransactionView, ApiError> {
    let id = new_id("txn");
    c.execute(
        "INSERT INTO ledger (id, loan_id, kind, amount, principal, interest, fee, balance_after, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![id, loan_id, kind, text(amount), text(principal), text(interest), text(fee), text(balance_after), now_unix()],
    )?;
    transaction(c, &id)
}

fn update_balance(
    c: &Connection,
    loan: &LoanRecord,
    outstanding: Money,
    accrued: Money,
    day: NaiveDate,
) -> Result<(), ApiError> {
    let settled = !loan.is_line() && outstanding.is_zero() && accrued.is_zero();
    let status = if settled {
        "settled"
    } else {
        loan.status.as_str()
    };
    c.execute(
        "UPDATE loans SET outstanding_principal = ?2, accrued_interest = ?3, interest_from = ?4, status = ?5 WHERE id = ?1",
        params![loan.id, text(outstanding), text(accrued), day.to_string(), status],
    )?;
    Ok(())
}

fn fingerprint<T: Serialize>(path: &str, body: &T) -> String {
    format!(
        "POST {path} {}",
        serde_json::to_string(body).unwrap_or_default()
    )
}

/// Draw money from a revolving credit line (随借随还).
#[utoipa::path(post, path = "/v1/loans/{loan_id}/drawdowns", tag = "money",
    params(
        ("loan_id" = String, Path, description = "A revolving line with online drawdown"),
        ("Idempotency-Key" = String, Header, description = "Unique per customer intent; retries reuse it"),
    ),
    request_body = DrawdownRequest,
    responses(
        (status = 201, description = "Drawn; replays carry `Idempotent-Replayed: true`", body = TransactionView),
        (status = 400, description = "Malformed request or missing Idempotency-Key", body = ApiErrorBody),
        (status = 401, description = "Not signed in", body = ApiErrorBody),
        (status = 404, description = "No such loan of this customer", body = ApiErrorBody),
        (status = 409, description = "The first request with this key is still running", body = ApiErrorBody),
        (status = 422, description = "Key reused with another body, not a line, amount above the available credit", body = ApiErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn drawdown(
    State(state): State<AppState>,
    customer: Customer,
    key: IdempotencyKey,
    Path(loan_id): Path<String>,
    ApiJson(req): ApiJson<DrawdownRequest>,
) -> Result<Response, ApiError> {
    let fp = fingerprint(&format!("/v1/loans/{loan_id}/drawdowns"), &req);
    let who = customer.0.clone();
    run_once(&state, customer.0, key, fp, move |c| {
        let amount = positive(req.amount)?;
        let loan = load_or_404(c, &loan_id, &who)?;
        if !loan.is_line() || !loan.online_drawdown {
            return Err(ApiError::rule(
                "NOT_A_CREDIT_LINE",
                "only a revolving line allows drawdowns",
            ));
        }
        if loan.role != "primary" {
            return Err(ApiError::rule(
                "NOT_PRIMARY_BORROWER",
                "only the primary borrower can draw",
            ));
        }
        if loan.status != "active" {
            return Err(ApiError::rule("LOAN_NOT_ACTIVE", "the line is not active"));
        }
        if amount > loan.available() {
            return Err(ApiError::rule(
                "INSUFFICIENT_CREDIT",
                "the amount exceeds the available credit",
            ));
        }
        let day = today();
        let accrued = loan.interest_to(day);
        let outstanding = loan.outstanding + amount;
        update_balance(c, &loan, outstanding, accrued, day)?;
        let txn = book(
            c,
            &loan.id,
            "drawdown",
            amount,
            amount,
            Money::ZERO,
            Money::ZERO,
            outstanding,
        )?;
        json(StatusCode::CREATED, &txn)
    })
    .await
}

/// Repay part or all of a loan: interest owed first, the rest reduces principal.
#[utoipa::path(post, path = "/v1/loans/{loan_id}/repayments", tag = "money",
    params(
        ("loan_id" = String, Path, description = "Loan id"),
        ("Idempotency-Key" = String, Header, description = "Unique per customer intent; retries reuse it"),
    ),
    request_body = RepaymentRequest,
    responses(
        (status = 201, description = "Repaid; replays carry `Idempotent-Replayed: true`", body = TransactionView),
        (status = 400, description = "Malformed request or missing Idempotency-Key", body = ApiErrorBody),
        (status = 401, description = "Not signed in", body = ApiErrorBody),
        (status = 404, description = "No such loan of this customer", body = ApiErrorBody),
        (status = 409, description = "The first request with this key is still running", body = ApiErrorBody),
        (status = 422, description = "Key reused with another body, amount above what is owed, loan settled", body = ApiErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn repay(
    State(state): State<AppState>,
    customer: Customer,
    key: IdempotencyKey,
    Path(loan_id): Path<String>,
    ApiJson(req): ApiJson<RepaymentRequest>,
) -> Result<Response, ApiError> {
    let fp = fingerprint(&format!("/v1/loans/{loan_id}/repayments"), &req);
    let who = customer.0.clone();
    run_once(&state, customer.0, key, fp, move |c| {
        let amount = positive(req.amount)?;
        let loan = load_or_404(c, &loan_id, &who)?;
        if loan.status == "settled" {
            return Err(ApiError::rule("LOAN_SETTLED", "the loan is already repaid"));
        }
        let day = today();
        let interest_due = loan.interest_to(day);
        let interest = amount.min(interest_due);
        let principal = amount - interest;
        if principal > loan.outstanding {
            return Err(ApiError::rule(
                "AMOUNT_EXCEEDS_BALANCE",
                "the amount is more than is owed",
            ));
        }
        let outstanding = loan.outstanding - principal;
        update_balance(c, &loan, outstanding, interest_due - interest, day)?;
        let txn = book(
            c,
            &loan.id,
            "repayment",
            amount,
            principal,
            interest,
            Money::ZERO,
            outstanding,
        )?;
        json(StatusCode::CREATED, &txn)
    })
    .await
}

/// Quote an early repayment: principal, interest to today and any penalty. Moves no money.
#[utoipa::path(post, path = "/v1/loans/{loan_id}/prepayment-quotes", tag = "money",
    params(("loan_id" = String, Path, description = "Loan id")),
    request_body = PrepaymentQuoteRequest,
    responses(
        (status = 201, description = "The quote, valid for 30 minutes", body = PrepaymentQuoteView),
        (status = 400, description = "Malformed request", body = ApiErrorBody),
        (status = 401, description = "Not signed in", body = ApiErrorBody),
        (status = 404, description = "No such loan of this customer", body = ApiErrorBody),
        (status = 422, description = "Principal above what is owed, or loan settled", body = ApiErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn quote_prepayment(
    State(state): State<AppState>,
    customer: Customer,
    Path(loan_id): Path<String>,
    ApiJson(req): ApiJson<PrepaymentQuoteRequest>,
) -> Result<(StatusCode, axum::Json<PrepaymentQuoteView>), ApiError> {
    let view = state
        .db
        .call(move |c| {
            let loan = load_or_404(c, &loan_id, &customer.0)?;
            if loan.status == "settled" || loan.outstanding.is_zero() {
                return Err(ApiError::rule("LOAN_SETTLED", "nothing is owed on this loan"));
            }
            let principal = positive(req.principal.unwrap_or(loan.outstanding))?;
            if principal > loan.outstanding {
                return Err(ApiError::rule("AMOUNT_EXCEEDS_BALANCE", "the principal is more than is owed"));
            }
            let day = today();
            let interest = loan.interest_to(day);
            let (rate, months) = loan.penalty;
            let in_penalty_period = loan.start_date.checked_add_months(Months::new(months)).is_some_and(|end| day < end);
            let penalty = if in_penalty_period { principal.mul_rounded(rate) } else { Money::ZERO };
            let total = principal + interest + penalty;
            let id = new_id("quote");
            let valid_until = now_unix() + QUOTE_TTL;
            c.execute(
                "INSERT INTO prepayment_quotes (id, loan_id, customer_id, principal, interest, penalty, total, valid_until)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![id, loan.id, customer.0, text(principal), text(interest), text(penalty), text(total), valid_until],
            )?;
            Ok(PrepaymentQuoteView {
                id,
                loan_id: loan.id.clone(),
                principal: text(principal),
                interest: text(interest),
                penalty: text(penalty),
                total: text(total),
                settles_loan: principal == loan.outstanding,
                valid_until: chrono::DateTime::from_timestamp(valid_until, 0).map(|t| t.to_rfc3339()).unwrap_or_default(),
            })
        })
        .await?;
    Ok((StatusCode::CREATED, axum::Json(view)))
}

/// Accept a prepayment quote: principal, interest and penalty are paid as quoted.
#[utoipa::path(post, path = "/v1/loans/{loan_id}/prepayments", tag = "money",
    params(
        ("loan_id" = String, Path, description = "Loan id"),
        ("Idempotency-Key" = String, Header, description = "Unique per customer intent; retries reuse it"),
    ),
    request_body = PrepaymentRequest,
    responses(
        (status = 201, description = "Prepaid; replays carry `Idempotent-Replayed: true`", body = TransactionView),
        (status = 400, description = "Malformed request or missing Idempotency-Key", body = ApiErrorBody),
        (status = 401, description = "Not signed in", body = ApiErrorBody),
        (status = 404, description = "No such loan or quote", body = ApiErrorBody),
        (status = 409, description = "Key still running, or the quote was already used", body = ApiErrorBody),
        (status = 422, description = "Key reused with another body, quote expired or stale", body = ApiErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn prepay(
    State(state): State<AppState>,
    customer: Customer,
    key: IdempotencyKey,
    Path(loan_id): Path<String>,
    ApiJson(req): ApiJson<PrepaymentRequest>,
) -> Result<Response, ApiError> {
    let fp = fingerprint(&format!("/v1/loans/{loan_id}/prepayments"), &req);
    let who = customer.0.clone();
    run_once(&state, customer.0, key, fp, move |c| {
        let loan = load_or_404(c, &loan_id, &who)?;
        let quote: Option<(String, String, String, i64, bool)> = c
            .query_row(
                "SELECT principal, interest, penalty, valid_until, used FROM prepayment_quotes
                 WHERE id = ?1 AND loan_id = ?2 AND customer_id = ?3",
                params![req.quote_id, loan.id, who],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .optional()?;
        let (principal, interest, penalty, valid_until, used) =
            quote.ok_or_else(|| ApiError::not_found("quote"))?;
        if used {
            return Err(ApiError::new(
                StatusCode::CONFLICT,
                "QUOTE_USED",
                "this quote was already accepted",
            ));
        }
        if valid_until < now_unix() {
            return Err(ApiError::rule(
                "QUOTE_EXPIRED",
                "the quote expired; ask for a new one",
            ));
        }
        let (principal, interest, penalty) = (
            stored_money(&principal)?,
            stored_money(&interest)?,
            stored_money(&penalty)?,
        );
        let day = today();
        let owed_interest = loan.interest_to(day);
        if principal > loan.outstanding || interest > owed_interest {
            return Err(ApiError::rule(
                "QUOTE_STALE",
                "the loan changed since the quote; ask for a new one",
            ));
        }
        c.execute(
            "UPDATE prepayment_quotes SET used = 1 WHERE id = ?1",
            [&req.quote_id],
        )?;
        let outstanding = loan.outstanding - principal;
        update_balance(c, &loan, outstanding, owed_interest - interest, day)?;
        let amount = principal + interest + penalty;
        let txn = book(
            c,
            &loan.id,
            "prepayment",
            amount,
            principal,
            interest,
            penalty,
            outstanding,
        )?;
        json(StatusCode::CREATED, &txn)
    })
    .await
}

/// Pay out a signed application to its card; a frozen card bounces and the application
/// stays approved (S1).
#[utoipa::path(post, path = "/v1/applications/{application_id}/disbursement", tag = "money",
    params(
        ("application_id" = String, Path, description = "A signed application"),
        ("Idempotency-Key" = String, Header, description = "Unique per customer intent; retries reuse it"),
    ),
    responses(
        (status = 200, description = "Disbursed or bounced; replays carry `Idempotent-Replayed: true`", body = DisbursementView),
        (status = 400, description = "Missing Idempotency-Key", body = ApiErrorBody),
        (status = 401, description = "Not signed in", body = ApiErrorBody),
        (status = 404, description = "No such application of this customer", body = ApiErrorBody),
        (status = 409, description = "Key still running, or the application was already disbursed", body = ApiErrorBody),
        (status = 422, description = "Key reused for another application", body = ApiErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn disburse(
    State(state): State<AppState>,
    customer: Customer,
    key: IdempotencyKey,
    Path(application_id): Path<String>,
) -> Result<Response, ApiError> {
    let fp = format!("POST /v1/applications/{application_id}/disbursement");
    let who = customer.0.clone();
    run_once(&state, customer.0, key, fp, move |c| {
        let app: Option<(String, String, u32, String, String, String, String)> = c
            .query_row(
                "SELECT a.product_id, a.amount, a.term_months, a.status, a.card_id, k.status, p.upfront_fee_rate
                 FROM applications a JOIN bank_cards k ON k.id = a.card_id JOIN products p ON p.id = a.product_id
                 WHERE a.id = ?1 AND a.customer_id = ?2",
                params![application_id, who],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?)),
            )
            .optional()?;
        let (product, amount, term, status, card, card_status, fee_rate) =
            app.ok_or_else(|| ApiError::not_found("application"))?;
        if status == "disbursed" {
            return Err(ApiError::new(StatusCode::CONFLICT, "ALREADY_DISBURSED", "this application was already paid out"));
        }
        if card_status != "active" {
            c.execute("UPDATE applications SET status = 'bounced' WHERE id = ?1", [&application_id])?;
            let view = DisbursementView {
                application_id,
                status: "bounced".into(),
                loan_id: None,
                transaction: None,
                bounce_reason: Some("CARD_FROZEN".into()),
            };
            return json(StatusCode::OK, &view);
        }
        let amount = stored_money(&amount)?;
        let fee = amount.mul_rounded(stored_rate(&fee_rate)?);
        let rate: String = c.query_row("SELECT annual_rate FROM products WHERE id = ?1", [&product], |r| r.get(0))?;
        let day = today();
        let maturity = day.checked_add_months(Months::new(term)).ok_or_else(ApiError::internal)?;
        let loan_id = new_id("loan");
        c.execute(
            "INSERT INTO loans (id, product_id, status, principal, outstanding_principal, accrued_interest, interest_from,
                annual_rate, term_months, start_date, maturity_date, debit_day, repayment_card_id)
             VALUES (?1, ?2, 'active', ?3, ?3, '0.00', ?4, ?5, ?6, ?4, ?7, ?8, ?9)",
            params![loan_id, product, text(amount), day.to_string(), rate, term, maturity.to_string(), day.day().min(28), card],
        )?;
        c.execute("INSERT INTO loan_borrowers (loan_id, customer_id, role) VALUES (?1, ?2, 'primary')", params![loan_id, who])?;
        c.execute(
            "UPDATE applications SET status = 'disbursed', loan_id = ?2 WHERE id = ?1",
            params![application_id, loan_id],
        )?;
        let txn = book(c, &loan_id, "disbursement", amount - fee, amount, Money::ZERO, fee, amount)?;
        let view = DisbursementView {
            application_id,
            status: "disbursed".into(),
            loan_id: Some(loan_id),
            transaction: Some(txn),
            bounce_reason: None,
        };
        json(StatusCode::OK, &view)
    })
    .await
}

/// The routes of this module.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(drawdown))
        .routes(routes!(repay))
        .routes(routes!(quote_prepayment))
        .routes(routes!(prepay))
        .routes(routes!(disburse))
}
