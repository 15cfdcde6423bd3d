//! The money-moving endpoints: disbursement, drawdown, repayment and prepayment. Each takes an
//! `Idempotency-Key` and runs through [`crate::idempotency::run_once`], so the ledger row, the
//! balance change and the stored answer commit together or not at all.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{Datelike, NaiveDate};
use puhui_core::domain::Money;
use puhui_core::domain::loan::{LineEvent, LineEventKind, LoanRequest, Schedule};
use puhui_core::ports::bank::{Disbursement, Transaction};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::amounts::{positive, stored_money, text};
use crate::auth::Customer;
use crate::db::{new_id, now_unix, today};
use crate::error::{ApiError, ApiErrorBody, ApiJson};
use crate::idempotency::{IdempotencyKey, Outcome, run_once};
use crate::loan_book::{
    PrepaymentAfter, due_now, hold_paid_ahead, line_ledger, line_now, quote_installment_loan,
    record_line_event, settle,
};
use crate::loan_views::{RescheduleView, ScheduleView, loan_error, reschedules};
use crate::loans::{LoanRecord, load_or_404, transaction};
use crate::paid_ahead::PaidAhead;
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

/// Repay what is due: on an installment loan at most the installment due next (its
/// `amount_due`), on a line anything up to what is owed.
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
    /// After a partial prepayment of an installment loan: `shorter_term` or
    /// `lower_installment`. It can also be chosen when accepting the quote; the default is
    /// `lower_installment`, which every method allows.
    #[serde(default)]
    pub after: Option<PrepaymentAfter>,
}

/// What an early repayment costs, shown before anything happens (S3). Priced by the core's
/// `quote_prepayment` (installment loans) or `LineLedger` (lines).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct PrepaymentQuoteView {
    /// Quote id, to accept it.
    pub id: String,
    /// Loan id.
    pub loan_id: String,
    /// The day it prices, `YYYY-MM-DD` (today).
    pub date: String,
    /// Principal outstanding before the prepayment.
    pub outstanding_principal: String,
    /// Principal prepaid.
    pub principal: String,
    /// Interest owed to today (since the last due date), paid with the prepayment.
    pub interest: String,
    /// Prepayment penalty (违约金).
    pub penalty: String,
    /// Already repaid toward the current installment; the prepayment replaces that
    /// installment, so it counts against the total.
    pub paid_ahead: String,
    /// Everything to pay: principal, interest and penalty, less `paid_ahead`.
    pub total: String,
    /// The last day on which the product's penalty applies, if it has one.
    pub penalty_until: Option<String>,
    /// True when this settles the loan.
    pub settles_loan: bool,
    /// The choice made with the quote, if any.
    pub after: Option<PrepaymentAfter>,
    /// The installments left if the customer keeps the installment and finishes sooner
    /// (partial prepayments of 等额本息 and 等额本金 loans).
    pub shorter_term: Option<RescheduleView>,
    /// The installments left if the customer keeps the term and pays less each time (partial
    /// prepayments).
    pub lower_installment: Option<RescheduleView>,
    /// Accept before this instant, RFC 3339.
    pub valid_until: String,
}

/// Accept a prepayment quote: the money moves.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PrepaymentRequest {
    /// The quote to accept.
    pub quote_id: String,
    /// After a partial prepayment: `shorter_term` or `lower_installment` (overrides the
    /// quote's choice; default `lower_installment`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<PrepaymentAfter>,
}

/// A prepayment's ledger entry and, for an installment loan, its schedule afterwards. The
/// entry's parts leave out what repayments held toward the replaced installment already booked,
/// so that a loan's ledger adds up (a part is negative when held interest or fees exceed what
/// the prepayment charges: the difference is returned in the total).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct PrepaymentView {
    /// The movement on the ledger.
    #[serde(flatten)]
    pub transaction: Transaction,
    /// The loan's schedule after the prepayment (installment loans).
    pub schedule: Option<ScheduleView>,
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
) -> Result<Transaction, ApiError> {
    let id = new_id("txn");
    c.execute(
        "INSERT INTO ledger (id, loan_id, kind, amount, principal, interest, fee, balance_after, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![id, loan_id, kind, text(amount), text(principal), text(interest), text(fee), text(balance_after), now_unix()],
    )?;
    transaction(c, &id)
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
        (status = 201, description = "Drawn; replays carry `Idempotent-Replayed: true`", body = Transaction),
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
        // The ledger refuses a draw over the available credit (`INSUFFICIENT_CREDIT`).
        let day = today();
        let applied = record_line_event(
            c,
            &loan,
            LineEvent {
                date: day,
                kind: LineEventKind::Draw,
                amount,
            },
        )?;
        let txn = book(
            c,
            &loan.id,
            "drawdown",
            amount,
            amount,
            Money::ZERO,
            Money::ZERO,
            applied.balance_after.principal,
        )?;
        json(StatusCode::CREATED, &txn)
    })
    .await
}

/// Repay what is due. An installment loan takes at most the installment due next (its
/// `amount_due`), held against it until its due date: interest first, then fees, then
/// principal, and the schedule does not change. Paying more is a prepayment, with the
/// product's penalty: ask for a quote. A line takes anything up to what is owed, interest
/// first.
#[utoipa::path(post, path = "/v1/loans/{loan_id}/repayments", tag = "money",
    params(
        ("loan_id" = String, Path, description = "Loan id"),
        ("Idempotency-Key" = String, Header, description = "Unique per customer intent; retries reuse it"),
    ),
    request_body = RepaymentRequest,
    responses(
        (status = 201, description = "Repaid; replays carry `Idempotent-Replayed: true`", body = Transaction),
        (status = 400, description = "Malformed request or missing Idempotency-Key", body = ApiErrorBody),
        (status = 401, description = "Not signed in", body = ApiErrorBody),
        (status = 404, description = "No such loan of this customer", body = ApiErrorBody),
        (status = 409, description = "The first request with this key is still running", body = ApiErrorBody),
        (status = 422, description = "`REPAYMENT_EXCEEDS_AMOUNT_DUE` (installment loan: more than is due now; ask for a prepayment quote), `AMOUNT_EXCEEDS_BALANCE` (line: more than is owed), `LOAN_SETTLED`, key reused with another body", body = ApiErrorBody),
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
        let txn = if loan.is_line() {
            let applied = record_line_event(
                c,
                &loan,
                LineEvent {
                    date: day,
                    kind: LineEventKind::Repayment,
                    amount,
                },
            )?;
            book(
                c,
                &loan.id,
                "repayment",
                amount,
                applied.principal_paid,
                applied.interest_paid,
                Money::ZERO,
                applied.balance_after.principal,
            )?
        } else {
            repay_installment_loan(c, &loan, day, amount)?
        };
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
        (status = 422, description = "Principal above what is owed, loan settled, or `PREPAYMENT_BELOW_AMOUNT_PAID_AHEAD` (what is held toward the current installment is more than the prepayment costs)", body = ApiErrorBody),
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
            if loan.status == "settled" {
                return Err(ApiError::rule("LOAN_SETTLED", "nothing is owed on this loan"));
            }
            if let Some(p) = req.principal {
                positive(p)?;
            }
            let day = today();
            let priced = price_prepayment(c, &loan, day, req.principal)?;
            if let (Some(after), Some(engine)) = (req.after, &priced.engine)
                && engine.prepaid_principal < engine.outstanding_principal
                && after.pick(engine).is_none()
            {
                return Err(ApiError::rule(
                    "PREPAYMENT_CHOICE_NOT_AVAILABLE",
                    "this repayment method can only lower the installment",
                ));
            }
            let id = new_id("quote");
            let valid_until = now_unix() + QUOTE_TTL;
            c.execute(
                "INSERT INTO prepayment_quotes (id, loan_id, customer_id, principal, interest, penalty, total, valid_until, quote_date, after)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![
                    id, loan.id, customer.0, text(priced.principal), text(priced.interest), text(priced.penalty),
                    text(priced.total), valid_until, day.to_string(), req.after.map(PrepaymentAfter::as_str)
                ],
            )?;
            let (shorter_term, lower_installment) = priced.engine.as_ref().map(reschedules).unwrap_or((None, None));
            Ok(PrepaymentQuoteView {
                id,
                loan_id: loan.id.clone(),
                date: day.to_string(),
                outstanding_principal: text(priced.outstanding),
                principal: text(priced.principal),
                interest: text(priced.interest),
                penalty: text(priced.penalty),
                paid_ahead: text(priced.paid_ahead.total),
                total: text(priced.total),
                penalty_until: priced.engine.as_ref().and_then(|e| e.penalty_until).map(|d| d.to_string()),
                settles_loan: priced.principal == priced.outstanding,
                after: req.after,
                shorter_term,
                lower_installment,
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
        (status = 201, description = "Prepaid; replays carry `Idempotent-Replayed: true`", body = Transaction),
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
        let quote: Option<StoredQuote> = c
            .query_row(
                "SELECT principal, interest, penalty, total, valid_until, used, after FROM prepayment_quotes
                 WHERE id = ?1 AND loan_id = ?2 AND customer_id = ?3",
                params![req.quote_id, loan.id, who],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?)),
            )
            .optional()?;
        let (principal, interest, penalty, total, valid_until, used, quoted_after) =
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
        let quoted = (
            stored_money(&principal)?,
            stored_money(&interest)?,
            stored_money(&penalty)?,
            stored_money(&total)?,
        );
        let stale = || {
            ApiError::rule(
                "QUOTE_STALE",
                "the loan changed since the quote; ask for a new one",
            )
        };
        let day = today();
        // Priced again today: the quote stands only if nothing changed to the fen.
        let priced = price_prepayment(c, &loan, day, Some(quoted.0)).map_err(|_| stale())?;
        if (priced.principal, priced.interest, priced.penalty, priced.total) != quoted {
            return Err(stale());
        }
        c.execute(
            "UPDATE prepayment_quotes SET used = 1 WHERE id = ?1",
            [&req.quote_id],
        )?;
        let after = req
            .after
            .or(quoted_after.as_deref().and_then(PrepaymentAfter::parse))
            .unwrap_or(PrepaymentAfter::LowerInstallment);
        let schedule = match &priced.engine {
            Some(engine) => Some(settle(c, &loan, engine, after)?),
            None => {
                record_line_event(
                    c,
                    &loan,
                    LineEvent {
                        date: day,
                        kind: LineEventKind::Repayment,
                        amount: priced.total,
                    },
                )?;
                None
            }
        };
        // The repayments held toward the replaced installment booked their parts already.
        let held = priced.paid_ahead;
        let txn = book(
            c,
            &loan.id,
            "prepayment",
            priced.total,
            priced.principal - held.principal,
            priced.interest - held.interest,
            priced.penalty - held.fees,
            priced.outstanding - priced.principal,
        )?;
        let view = PrepaymentView {
            transaction: txn,
            schedule: schedule.map(|s| ScheduleView::of(&loan.id, &s, day)),
        };
        json(StatusCode::CREATED, &view)
    })
    .await
}

/// A stored quote: principal, interest, penalty, total, valid until, used, choice.
type StoredQuote = (String, String, String, String, i64, bool, Option<String>);

/// A prepayment priced on a day: by the engine's `quote_prepayment` for an installment loan
/// (the total less what is paid ahead), or from the line's ledger (principal plus all interest
/// owed, no penalty).
struct Priced {
    outstanding: Money,
    principal: Money,
    interest: Money,
    penalty: Money,
    paid_ahead: PaidAhead,
    total: Money,
    engine: Option<puhui_core::domain::loan::PrepaymentQuote>,
}

fn price_prepayment(
    c: &Connection,
    loan: &LoanRecord,
    day: NaiveDate,
    principal: Option<Money>,
) -> Result<Priced, ApiError> {
    if loan.is_line() {
        let now = line_now(&line_ledger(c, loan)?, day);
        if now.principal.is_zero() {
            return Err(ApiError::rule(
                "LOAN_SETTLED",
                "nothing is owed on this line",
            ));
        }
        let principal = principal.unwrap_or(now.principal);
        if principal > now.principal {
            return Err(ApiError::rule(
                "AMOUNT_EXCEEDS_BALANCE",
                "the principal is more than is owed",
            ));
        }
        return Ok(Priced {
            outstanding: now.principal,
            principal,
            interest: now.interest,
            penalty: Money::ZERO,
            paid_ahead: PaidAhead::default(),
            total: principal + now.interest,
            engine: None,
        });
    }
    let q = quote_installment_loan(loan, day, principal)?;
    Ok(Priced {
        outstanding: q.engine.outstanding_principal,
        principal: q.engine.prepaid_principal,
        interest: q.engine.accrued_interest,
        penalty: q.engine.penalty,
        paid_ahead: q.paid_ahead,
        total: q.total(),
        engine: Some(q.engine),
    })
}

/// An ordinary repayment of an installment loan: at most what is due now, held toward the
/// installment due next; the schedule stays the engine's. More is refused with nothing moved:
/// paying principal ahead of the schedule is a prepayment, which carries the product's penalty.
fn repay_installment_loan(
    c: &Connection,
    loan: &LoanRecord,
    day: NaiveDate,
    amount: Money,
) -> Result<Transaction, ApiError> {
    let due = due_now(loan, day)?;
    if amount > due.amount() {
        return Err(ApiError::rule(
            "REPAYMENT_EXCEEDS_AMOUNT_DUE",
            format!(
                "a repayment can pay at most {} today (the installment due {}); to pay more, ask for a prepayment quote",
                text(due.amount()),
                due.installment.due_date
            ),
        ));
    }
    let held = PaidAhead::against(&due.installment, due.held.total + amount);
    hold_paid_ahead(c, loan, due.installment.due_date, held.total)?;
    let part = held.since(due.held);
    book(
        c,
        &loan.id,
        "repayment",
        amount,
        part.principal,
        part.interest,
        part.fees,
        due.outstanding - held.principal,
    )
}

/// Pay out a signed application to its card; a frozen card bounces and the application
/// stays approved (S1).
#[utoipa::path(post, path = "/v1/applications/{application_id}/disbursement", tag = "money",
    params(
        ("application_id" = String, Path, description = "A signed application"),
        ("Idempotency-Key" = String, Header, description = "Unique per customer intent; retries reuse it"),
    ),
    responses(
        (status = 200, description = "Disbursed or bounced; replays carry `Idempotent-Replayed: true`", body = Disbursement),
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
        let app: Option<(String, String, u32, String, String, String)> = c
            .query_row(
                "SELECT a.product_id, a.amount, a.term_months, a.status, a.card_id, k.status
                 FROM applications a JOIN bank_cards k ON k.id = a.card_id
                 WHERE a.id = ?1 AND a.customer_id = ?2",
                params![application_id, who],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
            )
            .optional()?;
        let (product, amount, term, status, card, card_status) =
            app.ok_or_else(|| ApiError::not_found("application"))?;
        if status == "disbursed" {
            return Err(ApiError::new(StatusCode::CONFLICT, "ALREADY_DISBURSED", "this application was already paid out"));
        }
        if card_status != "active" {
            c.execute("UPDATE applications SET status = 'bounced' WHERE id = ?1", [&application_id])?;
            let view = Disbursement {
                application_id,
                status: "bounced".into(),
                loan_id: None,
                transaction: None,
                bounce_reason: Some("CARD_FROZEN".into()),
            };
            return json(StatusCode::OK, &view);
        }
        let product = crate::products::load(c, &product)?.ok_or_else(ApiError::internal)?;
        if product.is_line() {
            return Err(ApiError::rule("NOT_AN_INSTALLMENT_PRODUCT", "a credit line is drawn, not disbursed"));
        }
        let amount = stored_money(&amount)?;
        let day = today();
        let method = *product.terms.methods.first().ok_or_else(ApiError::internal)?;
        let request = LoanRequest { amount, term_months: term, method, disbursement_date: day, first_due_date: None };
        let schedule = Schedule::build(&product.terms, &request).map_err(|e| loan_error(&e))?;
        let fee = schedule.upfront.total();
        let loan_id = new_id("loan");
        c.execute(
            "INSERT INTO loans (id, product_id, status, principal, outstanding_principal, accrued_interest, interest_from,
                annual_rate, term_months, start_date, maturity_date, debit_day, repayment_card_id, method)
             VALUES (?1, ?2, 'active', ?3, ?3, '0.00', ?4, ?5, ?6, ?4, ?7, ?8, ?9, ?10)",
            params![
                loan_id, product.id, text(amount), day.to_string(), product.terms.annual_rate.fraction().normalize().to_string(),
                term, schedule.maturity().to_string(), schedule.calendar.first_due.day().min(28), card,
                crate::loan_views::wire_name(&method)
            ],
        )?;
        c.execute("INSERT INTO loan_borrowers (loan_id, customer_id, role) VALUES (?1, ?2, 'primary')", params![loan_id, who])?;
        c.execute(
            "UPDATE applications SET status = 'disbursed', loan_id = ?2 WHERE id = ?1",
            params![application_id, loan_id],
        )?;
        let txn = book(c, &loan_id, "disbursement", schedule.amount_paid_out(), amount, Money::ZERO, fee, amount)?;
        let view = Disbursement {
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
