//! Loans the signed-in customer is a borrower on: list, detail with balance, schedule,
//! transactions.
//!
//! Balances come from the core's engine (see [`crate::loan_book`]): an installment loan's from
//! its schedule, a revolving line's from its `LineLedger`.

use std::str::FromStr;

use axum::extract::{Path, State};
use chrono::NaiveDate;
use puhui_core::domain::loan::{LoanProduct, RepaymentMethod};
use puhui_core::domain::{Money, Rate};
use rusqlite::{Connection, OptionalExtension, params};
use rust_decimal::Decimal;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::amounts::{mask_card, mask_name, stored_money, stored_rate};
use puhui_core::ports::bank::{Borrower, Loan, Transaction};

use crate::auth::Customer;
use crate::error::{ApiError, ApiErrorBody};
use crate::loan_views::{ScheduleView, wire_name};
use crate::state::AppState;

/// A loan as the database holds it, with its product's terms.
#[derive(Clone, Debug)]
pub struct LoanRecord {
    /// Loan id.
    pub id: String,
    /// Product id.
    pub product_id: String,
    /// Product names.
    pub product_name: (String, String),
    /// Product kind.
    pub kind: String,
    /// Whether the product allows online drawdown.
    pub online_drawdown: bool,
    /// `active`, `overdue` or `settled`.
    pub status: String,
    /// Amount lent, or the limit of a line.
    pub principal: Money,
    /// Annual rate, fraction.
    pub annual_rate: Decimal,
    /// The product's terms, at this loan's own annual rate.
    pub terms: LoanProduct,
    /// How an installment loan is repaid (a line: the product's first method, unused).
    pub method: RepaymentMethod,
    /// The schedule as changed by repayments and prepayments, JSON; `None` for the original.
    pub stored_schedule: Option<String>,
    /// Repaid toward the installment due on `paid_ahead_until`, held until that due date
    /// (see [`crate::paid_ahead`]).
    pub paid_ahead: Money,
    /// The due date of the installment `paid_ahead` was paid toward.
    pub paid_ahead_until: Option<NaiveDate>,
    /// Term, months.
    pub term_months: u32,
    /// First day of the loan.
    pub start_date: NaiveDate,
    /// Last day of the loan.
    pub maturity_date: NaiveDate,
    /// Monthly debit day.
    pub debit_day: u32,
    /// Repayment card number (masked before it leaves the server).
    pub card_number: String,
    /// The signed-in customer's role on the loan.
    pub role: String,
}

fn date(s: &str) -> Result<NaiveDate, ApiError> {
    NaiveDate::from_str(s).map_err(|_| ApiError::internal())
}

impl LoanRecord {
    /// True for a revolving credit line.
    pub fn is_line(&self) -> bool {
        self.kind == "revolving_line"
    }
}

/// The columns of a loan row, as text, before parsing.
struct RawLoan {
    text: [String; 13],
    online_drawdown: bool,
    numbers: [u32; 2],
    terms: Option<String>,
    method: Option<String>,
    schedule: Option<String>,
    paid_ahead_until: Option<String>,
}

/// Loads a loan the customer is a borrower on; `None` for any other loan.
pub fn load(c: &Connection, loan_id: &str, customer: &str) -> Result<Option<LoanRecord>, ApiError> {
    let raw = c
        .query_row(
            "SELECT l.id, l.product_id, p.name_zh, p.name_en, p.kind, l.status, l.principal,
                    l.annual_rate, l.paid_ahead, l.start_date, l.maturity_date, c.card_number,
                    b.role, p.online_drawdown, l.term_months, l.debit_day,
                    p.terms, l.method, l.schedule, l.paid_ahead_until
             FROM loans l
             JOIN products p ON p.id = l.product_id
             JOIN loan_borrowers b ON b.loan_id = l.id AND b.customer_id = ?2
             JOIN bank_cards c ON c.id = l.repayment_card_id
             WHERE l.id = ?1",
            params![loan_id, customer],
            |r| {
                let mut text: [String; 13] = Default::default();
                for (i, slot) in text.iter_mut().enumerate() {
                    *slot = r.get(i)?;
                }
                Ok(RawLoan {
                    text,
                    online_drawdown: r.get(13)?,
                    numbers: [r.get(14)?, r.get(15)?],
                    terms: r.get(16)?,
                    method: r.get(17)?,
                    schedule: r.get(18)?,
                    paid_ahead_until: r.get(19)?,
                })
            },
        )
        .optional()?;
    let Some(raw) = raw else {
        return Ok(None);
    };
    let [
        id,
        product_id,
        name_zh,
        name_en,
        kind,
        status,
        principal,
        rate,
        paid_ahead,
        start,
        maturity,
        card,
        role,
    ] = raw.text;
    let annual_rate = stored_rate(&rate)?;
    let mut terms: LoanProduct = raw
        .terms
        .as_deref()
        .and_then(|t| serde_json::from_str(t).ok())
        .ok_or_else(|| {
            tracing::error!("product terms missing or unreadable");
            ApiError::internal()
        })?;
    terms.annual_rate = Rate::annual(annual_rate).map_err(|_| ApiError::internal())?;
    let method = match raw.method.as_deref() {
        Some(m) => serde_json::from_value(serde_json::Value::String(m.to_owned()))
            .map_err(|_| ApiError::internal())?,
        None => *terms.methods.first().ok_or_else(ApiError::internal)?,
    };
    Ok(Some(LoanRecord {
        id,
        product_id,
        product_name: (name_zh, name_en),
        kind,
        online_drawdown: raw.online_drawdown,
        status,
        principal: stored_money(&principal)?,
        annual_rate,
        terms,
        method,
        stored_schedule: raw.schedule,
        paid_ahead: stored_money(&paid_ahead)?,
        paid_ahead_until: raw.paid_ahead_until.as_deref().map(date).transpose()?,
        term_months: raw.numbers[0],
        start_date: date(&start)?,
        maturity_date: date(&maturity)?,
        debit_day: raw.numbers[1],
        card_number: card,
        role,
    }))
}

/// Loads a loan or answers 404.
pub fn load_or_404(c: &Connection, loan_id: &str, customer: &str) -> Result<LoanRecord, ApiError> {
    load(c, loan_id, customer)?.ok_or_else(|| ApiError::not_found("loan"))
}

/// The view of a loan as of `today`.
pub fn view(c: &Connection, loan: &LoanRecord, today: NaiveDate) -> Result<Loan, ApiError> {
    let mut stmt = c.prepare(
        "SELECT b.customer_id, c.name, b.role FROM loan_borrowers b JOIN customers c ON c.id = b.customer_id
         WHERE b.loan_id = ?1 ORDER BY b.role DESC, b.customer_id",
    )?;
    let borrowers = stmt
        .query_map([&loan.id], |r| {
            Ok(Borrower {
                customer_id: r.get(0)?,
                name_masked: mask_name(&r.get::<_, String>(1)?),
                role: r.get(2)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    let position = crate::loan_book::position(c, loan, today)?;
    Ok(Loan {
        id: loan.id.clone(),
        product_id: loan.product_id.clone(),
        product_name_zh: loan.product_name.0.clone(),
        product_name_en: loan.product_name.1.clone(),
        kind: loan.kind.clone(),
        repayment_method: if loan.is_line() {
            "revolving".to_owned()
        } else {
            wire_name(&loan.method)
        },
        status: loan.status.clone(),
        role: loan.role.clone(),
        principal: loan.principal,
        credit_limit: loan.is_line().then_some(loan.principal),
        available_credit: position.available,
        outstanding_principal: position.outstanding,
        accrued_interest: position.interest,
        total_due_today: position.total_due,
        paid_ahead: position.paid_ahead,
        amount_due: position.amount_due,
        annual_rate: loan.annual_rate,
        term_months: loan.term_months,
        start_date: loan.start_date,
        maturity_date: position.maturity.unwrap_or(loan.maturity_date),
        debit_day: loan.debit_day,
        repayment_card_masked: mask_card(&loan.card_number),
        borrowers,
    })
}

/// Reads one ledger row.
pub fn transaction(c: &Connection, id: &str) -> Result<Transaction, ApiError> {
    Ok(c.query_row(
        "SELECT id, loan_id, kind, amount, principal, interest, fee, balance_after, created_at FROM ledger WHERE id = ?1",
        [id],
        ledger_row,
    )?)
}

/// An amount column, refused (not guessed) if the database holds something else.
fn money_column(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Money> {
    let text: String = r.get(i)?;
    Decimal::from_str(&text)
        .ok()
        .and_then(|d| Money::exact(d).ok())
        .ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                i,
                rusqlite::types::Type::Text,
                "corrupt amount in the sandbox database".into(),
            )
        })
}

fn ledger_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Transaction> {
    let at: i64 = r.get(8)?;
    Ok(Transaction {
        id: r.get(0)?,
        loan_id: r.get(1)?,
        kind: r.get(2)?,
        amount: money_column(r, 3)?,
        principal: money_column(r, 4)?,
        interest: money_column(r, 5)?,
        fee: money_column(r, 6)?,
        balance_after: money_column(r, 7)?,
        created_at: chrono::DateTime::from_timestamp(at, 0)
            .map(|t| t.to_rfc3339())
            .unwrap_or_default(),
    })
}

/// The signed-in customer's loans.
#[utoipa::path(get, path = "/v1/loans", tag = "loans",
    responses(
        (status = 200, description = "Loans the customer is a borrower on", body = [Loan]),
        (status = 401, description = "Not signed in", body = ApiErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn list_loans(
    State(state): State<AppState>,
    customer: Customer,
) -> Result<axum::Json<Vec<Loan>>, ApiError> {
    let today = crate::db::today();
    let loans = state
        .db
        .call(move |c| {
            let mut stmt = c.prepare(
                "SELECT loan_id FROM loan_borrowers WHERE customer_id = ?1 ORDER BY loan_id",
            )?;
            let ids = stmt
                .query_map([&customer.0], |r| r.get::<_, String>(0))?
                .collect::<Result<Vec<_>, _>>()?;
            ids.iter()
                .map(|id| view(c, &load_or_404(c, id, &customer.0)?, today))
                .collect::<Result<Vec<_>, _>>()
        })
        .await?;
    Ok(axum::Json(loans))
}

/// One loan with its balance as of today.
#[utoipa::path(get, path = "/v1/loans/{loan_id}", tag = "loans",
    params(("loan_id" = String, Path, description = "Loan id")),
    responses(
        (status = 200, description = "The loan", body = Loan),
        (status = 401, description = "Not signed in", body = ApiErrorBody),
        (status = 404, description = "No such loan of this customer", body = ApiErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn get_loan(
    State(state): State<AppState>,
    customer: Customer,
    Path(loan_id): Path<String>,
) -> Result<axum::Json<Loan>, ApiError> {
    let today = crate::db::today();
    let loan = state
        .db
        .call(move |c| view(c, &load_or_404(c, &loan_id, &customer.0)?, today))
        .await?;
    Ok(axum::Json(loan))
}

/// Every movement of money on a loan, oldest first.
#[utoipa::path(get, path = "/v1/loans/{loan_id}/transactions", tag = "loans",
    params(("loan_id" = String, Path, description = "Loan id")),
    responses(
        (status = 200, description = "The ledger", body = [Transaction]),
        (status = 401, description = "Not signed in", body = ApiErrorBody),
        (status = 404, description = "No such loan of this customer", body = ApiErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn list_transactions(
    State(state): State<AppState>,
    customer: Customer,
    Path(loan_id): Path<String>,
) -> Result<axum::Json<Vec<Transaction>>, ApiError> {
    let rows = state
        .db
        .call(move |c| {
            load_or_404(c, &loan_id, &customer.0)?;
            let mut stmt = c.prepare(
                "SELECT id, loan_id, kind, amount, principal, interest, fee, balance_after, created_at
                 FROM ledger WHERE loan_id = ?1 ORDER BY created_at, rowid",
            )?;
            let rows = stmt.query_map([&loan_id], ledger_row)?.collect::<Result<Vec<_>, _>>()?;
            Ok(rows)
        })
        .await?;
    Ok(axum::Json(rows))
}

/// An installment loan's repayment schedule from the core's engine, as changed by any
/// repayments and prepayments, with each row's status as of today.
#[utoipa::path(get, path = "/v1/loans/{loan_id}/schedule", tag = "loans",
    params(("loan_id" = String, Path, description = "Loan id")),
    responses(
        (status = 200, description = "The schedule", body = ScheduleView),
        (status = 401, description = "Not signed in", body = ApiErrorBody),
        (status = 404, description = "No such loan of this customer", body = ApiErrorBody),
        (status = 422, description = "`LINE_HAS_NO_SCHEDULE`: a revolving line is repaid at will", body = ApiErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn get_schedule(
    State(state): State<AppState>,
    customer: Customer,
    Path(loan_id): Path<String>,
) -> Result<axum::Json<ScheduleView>, ApiError> {
    let today = crate::db::today();
    let view = state
        .db
        .call(move |c| {
            let loan = load_or_404(c, &loan_id, &customer.0)?;
            if loan.is_line() {
                return Err(ApiError::rule(
                    "LINE_HAS_NO_SCHEDULE",
                    "a revolving line has no schedule: it is repaid at will",
                ));
            }
            let schedule = crate::loan_book::schedule(&loan)?;
            Ok(ScheduleView::of(&loan.id, &schedule, today))
        })
        .await?;
    Ok(axum::Json(view))
}

/// The routes of this module.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_loans))
        .routes(routes!(get_loan))
        .routes(routes!(get_schedule))
        .routes(routes!(list_transactions))
}
