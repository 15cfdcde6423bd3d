//! Loans the signed-in customer is a borrower on: list, detail with balance, transactions.
//!
//! Interest accrues daily on the outstanding principal at the loan's annual rate over the
//! product's day count (360 by default), rounded half-up to the fen each time it is booked.

use std::str::FromStr;

use axum::extract::{Path, State};
use chrono::NaiveDate;
use puhui_core::domain::Money;
use rusqlite::{Connection, OptionalExtension, params};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::amounts::{mask_card, mask_name, stored_money, stored_rate, text};
use crate::auth::Customer;
use crate::error::{ApiError, ApiErrorBody};
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
    /// Repayment method.
    pub repayment_method: String,
    /// Whether the product allows online drawdown.
    pub online_drawdown: bool,
    /// `active`, `overdue` or `settled`.
    pub status: String,
    /// Amount lent, or the limit of a line.
    pub principal: Money,
    /// Principal still owed.
    pub outstanding: Money,
    /// Interest booked and unpaid up to `interest_from`.
    pub accrued: Money,
    /// From this date interest runs on `outstanding`.
    pub interest_from: NaiveDate,
    /// Annual rate, fraction.
    pub annual_rate: Decimal,
    /// Days in the interest year (360 or 365).
    pub year_days: i64,
    /// Prepayment penalty rate and period.
    pub penalty: (Decimal, u32),
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
    /// Interest owed if paid on `day`: booked interest plus daily interest since
    /// `interest_from`.
    pub fn interest_to(&self, day: NaiveDate) -> Money {
        let days = (day - self.interest_from).num_days().max(0);
        let factor = self.annual_rate * Decimal::from(days) / Decimal::from(self.year_days);
        self.accrued + self.outstanding.mul_rounded(factor)
    }

    /// True for a revolving credit line.
    pub fn is_line(&self) -> bool {
        self.kind == "revolving_line"
    }

    /// What can still be drawn from a line.
    pub fn available(&self) -> Money {
        (self.principal - self.outstanding).max(Money::ZERO)
    }
}

/// Loads a loan the customer is a borrower on; `None` for any other loan.
pub fn load(c: &Connection, loan_id: &str, customer: &str) -> Result<Option<LoanRecord>, ApiError> {
    let raw = c
        .query_row(
            "SELECT l.id, l.product_id, p.name_zh, p.name_en, p.kind, p.repayment_method, p.online_drawdown,
                    l.status, l.principal, l.outstanding_principal, l.accrued_interest, l.interest_from,
                    l.annual_rate, p.day_count, p.prepayment_penalty_rate, p.prepayment_penalty_months,
                    l.term_months, l.start_date, l.maturity_date, l.debit_day, c.card_number, b.role
             FROM loans l
             JOIN products p ON p.id = l.product_id
             JOIN loan_borrowers b ON b.loan_id = l.id AND b.customer_id = ?2
             JOIN bank_cards c ON c.id = l.repayment_card_id
             WHERE l.id = ?1",
            params![loan_id, customer],
            |r| {
                Ok((
                    (r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?),
                    (r.get::<_, String>(4)?, r.get::<_, String>(5)?, r.get::<_, bool>(6)?, r.get::<_, String>(7)?),
                    (r.get::<_, String>(8)?, r.get::<_, String>(9)?, r.get::<_, String>(10)?, r.get::<_, String>(11)?),
                    (r.get::<_, String>(12)?, r.get::<_, String>(13)?, r.get::<_, String>(14)?, r.get::<_, u32>(15)?),
                    (r.get::<_, u32>(16)?, r.get::<_, String>(17)?, r.get::<_, String>(18)?, r.get::<_, u32>(19)?),
                    (r.get::<_, String>(20)?, r.get::<_, String>(21)?),
                ))
            },
        )
        .optional()?;
    let Some((a, b, m, t, d, o)) = raw else {
        return Ok(None);
    };
    Ok(Some(LoanRecord {
        id: a.0,
        product_id: a.1,
        product_name: (a.2, a.3),
        kind: b.0,
        repayment_method: b.1,
        online_drawdown: b.2,
        status: b.3,
        principal: stored_money(&m.0)?,
        outstanding: stored_money(&m.1)?,
        accrued: stored_money(&m.2)?,
        interest_from: date(&m.3)?,
        annual_rate: stored_rate(&t.0)?,
        year_days: if t.1 == "act365" { 365 } else { 360 },
        penalty: (stored_rate(&t.2)?, t.3),
        term_months: d.0,
        start_date: date(&d.1)?,
        maturity_date: date(&d.2)?,
        debit_day: d.3,
        card_number: o.0,
        role: o.1,
    }))
}

/// Loads a loan or answers 404.
pub fn load_or_404(c: &Connection, loan_id: &str, customer: &str) -> Result<LoanRecord, ApiError> {
    load(c, loan_id, customer)?.ok_or_else(|| ApiError::not_found("loan"))
}

/// Another borrower on a loan, as the others see them.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct BorrowerView {
    /// Customer id.
    pub customer_id: String,
    /// Name with all but the family name masked.
    pub name_masked: String,
    /// `primary` or `co_borrower`.
    pub role: String,
}

/// A loan with its balance as of today.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct LoanView {
    /// Loan id.
    pub id: String,
    /// Product id.
    pub product_id: String,
    /// Product name in Chinese.
    pub product_name_zh: String,
    /// Product name in English.
    pub product_name_en: String,
    /// Product kind: `revolving_line`, `installment` or `harvest`.
    pub kind: String,
    /// Repayment method.
    pub repayment_method: String,
    /// `active`, `overdue` or `settled`.
    pub status: String,
    /// The signed-in customer's role: `primary` or `co_borrower`.
    pub role: String,
    /// Amount lent (for a line: its limit), decimal string.
    pub principal: String,
    /// The limit of a revolving line.
    pub credit_limit: Option<String>,
    /// What can still be drawn from a revolving line.
    pub available_credit: Option<String>,
    /// Principal owed.
    pub outstanding_principal: String,
    /// Interest owed up to and including today.
    pub accrued_interest: String,
    /// Principal plus interest owed today.
    pub total_due_today: String,
    /// Nominal annual rate, fraction.
    pub annual_rate: String,
    /// Term, months.
    pub term_months: u32,
    /// First day, `YYYY-MM-DD`.
    pub start_date: String,
    /// Last day, `YYYY-MM-DD`.
    pub maturity_date: String,
    /// Monthly debit day, 1–28.
    pub debit_day: u32,
    /// The repayment card, masked.
    pub repayment_card_masked: String,
    /// Every borrower on the loan.
    pub borrowers: Vec<BorrowerView>,
}

/// The view of a loan as of `today`.
pub fn view(c: &Connection, loan: &LoanRecord, today: NaiveDate) -> Result<LoanView, ApiError> {
    let mut stmt = c.prepare(
        "SELECT b.customer_id, c.name, b.role FROM loan_borrowers b JOIN customers c ON c.id = b.customer_id
         WHERE b.loan_id = ?1 ORDER BY b.role DESC, b.customer_id",
    )?;
    let borrowers = stmt
        .query_map([&loan.id], |r| {
            Ok(BorrowerView {
                customer_id: r.get(0)?,
                name_masked: mask_name(&r.get::<_, String>(1)?),
                role: r.get(2)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    let interest = loan.interest_to(today);
    Ok(LoanView {
        id: loan.id.clone(),
        product_id: loan.product_id.clone(),
        product_name_zh: loan.product_name.0.clone(),
        product_name_en: loan.product_name.1.clone(),
        kind: loan.kind.clone(),
        repayment_method: loan.repayment_method.clone(),
        status: loan.status.clone(),
        role: loan.role.clone(),
        principal: text(loan.principal),
        credit_limit: loan.is_line().then(|| text(loan.principal)),
        available_credit: loan.is_line().then(|| text(loan.available())),
        outstanding_principal: text(loan.outstanding),
        accrued_interest: text(interest),
        total_due_today: text(loan.outstanding + interest),
        annual_rate: loan.annual_rate.to_string(),
        term_months: loan.term_months,
        start_date: loan.start_date.to_string(),
        maturity_date: loan.maturity_date.to_string(),
        debit_day: loan.debit_day,
        repayment_card_masked: mask_card(&loan.card_number),
        borrowers,
    })
}

/// One movement of money on a loan.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct TransactionView {
    /// Transaction id.
    pub id: String,
    /// Loan id.
    pub loan_id: String,
    /// `disbursement`, `drawdown`, `repayment` or `prepayment`.
    pub kind: String,
    /// Money that moved between bank and customer, decimal string.
    pub amount: String,
    /// Principal part (lent, drawn or repaid).
    pub principal: String,
    /// Interest part.
    pub interest: String,
    /// Fee or penalty part.
    pub fee: String,
    /// Principal owed after this transaction.
    pub balance_after: String,
    /// When, RFC 3339.
    pub created_at: String,
}

/// Reads one ledger row.
pub fn transaction(c: &Connection, id: &str) -> Result<TransactionView, ApiError> {
    Ok(c.query_row(
        "SELECT id, loan_id, kind, amount, principal, interest, fee, balance_after, created_at FROM ledger WHERE id = ?1",
        [id],
        ledger_row,
    )?)
}

fn ledger_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<TransactionView> {
    let at: i64 = r.get(8)?;
    Ok(TransactionView {
        id: r.get(0)?,
        loan_id: r.get(1)?,
        kind: r.get(2)?,
        amount: r.get(3)?,
        principal: r.get(4)?,
        interest: r.get(5)?,
        fee: r.get(6)?,
        balance_after: r.get(7)?,
        created_at: chrono::DateTime::from_timestamp(at, 0)
            .map(|t| t.to_rfc3339())
            .unwrap_or_default(),
    })
}

/// The signed-in customer's loans.
#[utoipa::path(get, path = "/v1/loans", tag = "loans",
    responses(
        (status = 200, description = "Loans the customer is a borrower on", body = [LoanView]),
        (status = 401, description = "Not signed in", body = ApiErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn list_loans(
    State(state): State<AppState>,
    customer: Customer,
) -> Result<axum::Json<Vec<LoanView>>, ApiError> {
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
        (status = 200, description = "The loan", body = LoanView),
        (status = 401, description = "Not signed in", body = ApiErrorBody),
        (status = 404, description = "No such loan of this customer", body = ApiErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn get_loan(
    State(state): State<AppState>,
    customer: Customer,
    Path(loan_id): Path<String>,
) -> Result<axum::Json<LoanView>, ApiError> {
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
        (status = 200, description = "The ledger", body = [TransactionView]),
        (status = 401, description = "Not signed in", body = ApiErrorBody),
        (status = 404, description = "No such loan of this customer", body = ApiErrorBody),
    ),
    security(("bearer" = [])))]
pub async fn list_transactions(
    State(state): State<AppState>,
    customer: Customer,
    Path(loan_id): Path<String>,
) -> Result<axum::Json<Vec<TransactionView>>, ApiError> {
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

/// The routes of this module.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_loans))
        .routes(routes!(get_loan))
        .routes(routes!(list_transactions))
}
