//! The state of a loan, kept with the core's engine so that the bank's figures are the app's
//! to the fen.
//!
//! - A revolving line is a [`LineLedger`] replayed from its `line_events` (daily interest,
//!   repayments pay interest first).
//! - An installment loan is its engine [`Schedule`]. Installments due on or before a day count
//!   as collected by auto-debit on their due date (the sandbox has no failed debits), so what is
//!   owed on a day is exactly what [`quote_prepayment`] says. A repayment or prepayment between
//!   due dates adds a *settlement row* dated that day (numbered like the installment before it)
//!   and the engine's new installments after it, so interest afterwards runs from that day.
//! - A repayment too small to reach principal becomes an interest credit that counts against
//!   the interest owed until the next due date, whose installment it helps pay.

use std::str::FromStr;

use chrono::NaiveDate;
use puhui_core::domain::Money;
use puhui_core::domain::loan::{
    AppliedEvent, CreditLine, Installment, LineBalance, LineError, LineEvent, LineEventKind,
    LineLedger, Prepayment, PrepaymentPenalty, PrepaymentQuote, RepaymentMethod, Rescheduled,
    Schedule, level_payment, level_principal, quote_prepayment,
};
use puhui_core::domain::loan::{LoanError, LoanRequest};
use puhui_core::error::UserFacing;
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::amounts::{stored_money, text};
use crate::error::ApiError;
use crate::loan_views::loan_error;
use crate::loans::LoanRecord;

/// What a loan stands at on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    /// Principal owed.
    pub outstanding: Money,
    /// Interest owed if paid that day (net of any interest credit).
    pub interest: Money,
    /// What a line still allows to draw (none for an installment loan).
    pub available: Option<Money>,
    /// The last due date of an installment loan.
    pub maturity: Option<NaiveDate>,
}

/// After a partial prepayment: finish sooner, or pay less each time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PrepaymentAfter {
    /// Keep the installment, finish sooner (等额本息 and 等额本金 only).
    ShorterTerm,
    /// Keep the term, pay less each time.
    LowerInstallment,
}

impl PrepaymentAfter {
    /// The stored and wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            PrepaymentAfter::ShorterTerm => "shorter_term",
            PrepaymentAfter::LowerInstallment => "lower_installment",
        }
    }

    /// Reads a stored name.
    pub fn parse(s: &str) -> Option<PrepaymentAfter> {
        match s {
            "shorter_term" => Some(PrepaymentAfter::ShorterTerm),
            "lower_installment" => Some(PrepaymentAfter::LowerInstallment),
            _ => None,
        }
    }

    /// The engine's new installments for this choice, if the engine offers it.
    pub fn pick(self, q: &PrepaymentQuote) -> Option<&Rescheduled> {
        match self {
            PrepaymentAfter::ShorterTerm => q.shorter_term.as_ref(),
            PrepaymentAfter::LowerInstallment => q.lower_installment.as_ref(),
        }
    }
}

fn corrupt<E>(_: E) -> ApiError {
    tracing::error!("corrupt loan state in the sandbox database");
    ApiError::internal()
}

/// The loan's current schedule: as stored after settlements, else the engine's original.
pub fn schedule(loan: &LoanRecord) -> Result<Schedule, ApiError> {
    if let Some(json) = &loan.stored_schedule {
        return serde_json::from_str(json).map_err(corrupt);
    }
    original_schedule(loan)
}

/// The engine's schedule of the loan as lent.
pub fn original_schedule(loan: &LoanRecord) -> Result<Schedule, ApiError> {
    let request = LoanRequest {
        amount: loan.principal,
        term_months: loan.term_months,
        method: loan.method,
        disbursement_date: loan.start_date,
        first_due_date: None,
    };
    Schedule::build(&loan.terms, &request).map_err(|e| {
        tracing::error!(code = e.code(), "a stored loan cannot be priced");
        ApiError::internal()
    })
}

/// Principal and gross interest (before any credit) of an installment loan on `day`.
fn engine_owed(loan: &LoanRecord, s: &Schedule, day: NaiveDate) -> (Money, Money) {
    if loan.status == "settled" {
        return (Money::ZERO, Money::ZERO);
    }
    match quote_prepayment(&loan.terms, s, day, Prepayment::Full) {
        Ok(q) => (q.outstanding_principal, q.accrued_interest),
        Err(_) if day < s.calendar.disbursed => (s.principal, Money::ZERO),
        // On or after the last due date every installment has been collected.
        Err(_) => (Money::ZERO, Money::ZERO),
    }
}

/// The interest credit still counting on `day`, at most `gross`.
fn credit_on(loan: &LoanRecord, day: NaiveDate, gross: Money) -> Money {
    match loan.interest_credit_until {
        Some(until) if day < until => loan.interest_credit.min(gross),
        _ => Money::ZERO,
    }
}

/// Where a loan stands on `day`.
pub fn position(c: &Connection, loan: &LoanRecord, day: NaiveDate) -> Result<Position, ApiError> {
    if loan.is_line() {
        let ledger = line_ledger(c, loan)?;
        let now = line_now(&ledger, day);
        return Ok(Position {
            outstanding: now.principal,
            interest: now.interest,
            available: Some((loan.principal - now.principal).max(Money::ZERO)),
            maturity: None,
        });
    }
    let s = schedule(loan)?;
    let (outstanding, gross) = engine_owed(loan, &s, day);
    Ok(Position {
        outstanding,
        interest: gross - credit_on(loan, day, gross),
        available: None,
        maturity: Some(s.maturity()),
    })
}

/// A line's ledger, replayed from its events.
pub fn line_ledger(c: &Connection, loan: &LoanRecord) -> Result<LineLedger, ApiError> {
    let mut ledger = LineLedger::new(CreditLine {
        limit: loan.principal,
        annual_rate: loan.terms.annual_rate,
        day_count: loan.terms.day_count,
        opened: loan.start_date,
    });
    let mut stmt =
        c.prepare("SELECT date, kind, amount FROM line_events WHERE loan_id = ?1 ORDER BY seq")?;
    let rows = stmt
        .query_map([&loan.id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    for (date, kind, amount) in rows {
        let kind = match kind.as_str() {
            "draw" => LineEventKind::Draw,
            _ => LineEventKind::Repayment,
        };
        let event = LineEvent {
            date: NaiveDate::from_str(&date).map_err(corrupt)?,
            kind,
            amount: stored_money(&amount)?,
        };
        ledger.record(event).map_err(corrupt)?;
    }
    Ok(ledger)
}

/// What a line owes on `day` after that day's events: principal, and interest accrued up to
/// the start of the day (a day's interest accrues at its end).
pub fn line_now(ledger: &LineLedger, day: NaiveDate) -> LineBalance {
    match ledger.statement(day, day) {
        Ok(s) => s.events.last().map_or(s.opening, |e| e.balance_after),
        Err(_) => LineBalance::default(),
    }
}

/// Records a draw or repayment on a line, in the ledger and the database.
pub fn record_line_event(
    c: &Connection,
    loan: &LoanRecord,
    event: LineEvent,
) -> Result<AppliedEvent, ApiError> {
    let mut ledger = line_ledger(c, loan)?;
    let applied = ledger.record(event).map_err(|e| match e {
        LineError::DrawOverLimit { .. } => ApiError::rule(
            "INSUFFICIENT_CREDIT",
            "the amount exceeds the available credit",
        ),
        LineError::RepaymentOverOwed { .. } => {
            ApiError::rule("AMOUNT_EXCEEDS_BALANCE", "the amount is more than is owed")
        }
        other => ApiError::rule(other.code(), other.to_string()),
    })?;
    let kind = match event.kind {
        LineEventKind::Draw => "draw",
        LineEventKind::Repayment => "repayment",
    };
    c.execute(
        "INSERT INTO line_events (loan_id, date, kind, amount) VALUES (?1, ?2, ?3, ?4)",
        params![loan.id, event.date.to_string(), kind, text(event.amount)],
    )?;
    let now = line_now(&ledger, event.date);
    c.execute(
        "UPDATE loans SET outstanding_principal = ?2, accrued_interest = ?3, interest_from = ?4 WHERE id = ?1",
        params![loan.id, text(now.principal), text(now.interest), event.date.to_string()],
    )?;
    Ok(applied)
}

/// What an installment loan's early repayment on `day` costs, net of any interest credit.
#[derive(Clone, Debug)]
pub struct NetQuote {
    /// The engine's quote.
    pub engine: PrepaymentQuote,
    /// Interest credit counted against the accrued interest.
    pub credit: Money,
}

impl NetQuote {
    /// Interest still to pay.
    pub fn interest(&self) -> Money {
        self.engine.accrued_interest - self.credit
    }

    /// Everything to pay.
    pub fn total(&self) -> Money {
        self.engine.total - self.credit
    }
}

/// Quotes repaying `principal` (all of it when `None` or equal to what is owed) of an
/// installment loan on `day`; `penalty_free` for an ordinary repayment.
pub fn quote_installment_loan(
    loan: &LoanRecord,
    day: NaiveDate,
    principal: Option<Money>,
    penalty_free: bool,
) -> Result<NetQuote, ApiError> {
    let s = schedule(loan)?;
    let (outstanding, gross) = engine_owed(loan, &s, day);
    if outstanding.is_zero() {
        return Err(ApiError::rule(
            "LOAN_SETTLED",
            "nothing is owed on this loan",
        ));
    }
    let principal = principal.unwrap_or(outstanding);
    if principal > outstanding {
        return Err(ApiError::rule(
            "AMOUNT_EXCEEDS_BALANCE",
            "the principal is more than is owed",
        ));
    }
    let prepayment = if principal == outstanding {
        Prepayment::Full
    } else {
        Prepayment::Partial(principal)
    };
    let mut terms = loan.terms.clone();
    if penalty_free {
        terms.prepayment_penalty = PrepaymentPenalty::None;
    }
    let engine = quote_prepayment(&terms, &s, day, prepayment).map_err(|e| match e {
        LoanError::PrepaymentOverOutstanding { .. } => ApiError::rule(
            "AMOUNT_EXCEEDS_BALANCE",
            "the principal is more than is owed",
        ),
        other => loan_error(&other),
    })?;
    Ok(NetQuote {
        engine,
        credit: credit_on(loan, day, gross),
    })
}

/// Settles a quote on an installment loan: writes the settlement row and the chosen new
/// installments, and clears the interest credit. Returns the new schedule.
pub fn settle(
    c: &Connection,
    loan: &LoanRecord,
    q: &PrepaymentQuote,
    after: PrepaymentAfter,
) -> Result<Schedule, ApiError> {
    let old = schedule(loan)?;
    let rest = q.outstanding_principal - q.prepaid_principal;
    let next = if rest.is_zero() {
        None
    } else {
        Some(after.pick(q).ok_or_else(|| {
            ApiError::rule(
                "PREPAYMENT_CHOICE_NOT_AVAILABLE",
                "this repayment method can only lower the installment",
            )
        })?)
    };
    let mut rows: Vec<Installment> = old
        .installments
        .iter()
        .filter(|i| i.due_date <= q.date)
        .copied()
        .collect();
    let number = rows.last().map_or(0, |i| i.number);
    rows.push(Installment {
        number,
        due_date: q.date,
        principal: q.prepaid_principal,
        interest: q.accrued_interest,
        fees: Money::ZERO,
        total: q.prepaid_principal + q.accrued_interest,
        remaining_principal: rest,
    });
    let mut new = old.clone();
    if let Some(r) = next {
        rows.extend(r.installments.iter().copied());
        let months = r.installments.len() as u32;
        match (after, new.method) {
            (PrepaymentAfter::LowerInstallment, RepaymentMethod::EqualInstallment) => {
                new.level_amount = Some(level_payment(rest, new.annual_rate, months));
            }
            (PrepaymentAfter::LowerInstallment, RepaymentMethod::EqualPrincipal) => {
                new.level_amount = Some(level_principal(rest, months));
            }
            _ => {}
        }
    }
    new.installments = rows;
    let maturity = new.maturity();
    if !rest.is_zero() {
        // A shorter term ends on an earlier due date; later prepayments spread over what is left.
        let dates = new
            .calendar
            .due_dates(new.term_months)
            .map_err(|e| loan_error(&e))?;
        let months = dates.iter().filter(|d| **d <= maturity).count() as u32;
        if months > 0 {
            new.term_months = months;
        }
    }
    let json = serde_json::to_string(&new).map_err(corrupt)?;
    let status = if rest.is_zero() {
        "settled"
    } else {
        loan.status.as_str()
    };
    c.execute(
        "UPDATE loans SET schedule = ?2, outstanding_principal = ?3, accrued_interest = '0.00',
             interest_from = ?4, maturity_date = ?5, status = ?6, interest_credit = '0.00',
             interest_credit_until = NULL
         WHERE id = ?1",
        params![
            loan.id,
            json,
            text(rest),
            q.date.to_string(),
            maturity.to_string(),
            status
        ],
    )?;
    Ok(new)
}

/// Books interest paid ahead (a repayment that does not reach principal) as a credit against
/// the interest owed until the next due date after `day`.
pub fn add_interest_credit(
    c: &Connection,
    loan: &LoanRecord,
    day: NaiveDate,
    credit_now: Money,
    paid: Money,
) -> Result<(), ApiError> {
    let s = schedule(loan)?;
    let until = s
        .installments
        .iter()
        .map(|i| i.due_date)
        .find(|d| *d > day)
        .ok_or_else(|| ApiError::rule("LOAN_SETTLED", "nothing is owed on this loan"))?;
    c.execute(
        "UPDATE loans SET interest_credit = ?2, interest_credit_until = ?3 WHERE id = ?1",
        params![loan.id, text(credit_now + paid), until.to_string()],
    )?;
    Ok(())
}
