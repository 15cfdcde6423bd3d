//! The state of a loan, kept with the core's engine so that the bank's figures are the app's
//! to the fen.
//!
//! - A revolving line is a [`LineLedger`] replayed from its `line_events` (daily interest,
//!   repayments pay interest first).
//! - An installment loan is its engine [`Schedule`]. Installments due on or before a day count
//!   as collected by auto-debit on their due date (the sandbox has no failed debits), so what is
//!   owed on a day is exactly what [`quote_prepayment`] says. A prepayment between due dates
//!   adds a *settlement row* dated that day (numbered like the installment before it) and the
//!   engine's new installments after it, so interest afterwards runs from that day.
//! - A repayment pays at most the installment due now and is held against it until its due
//!   date (see [`crate::paid_ahead`]); the schedule changes only with a prepayment, which
//!   carries the product's penalty.

use std::str::FromStr;

use chrono::NaiveDate;
use puhui_core::domain::Money;
use puhui_core::domain::loan::{
    AppliedEvent, CreditLine, Installment, LineBalance, LineError, LineEvent, LineEventKind,
    LineLedger, Prepayment, PrepaymentQuote, RepaymentMethod, Rescheduled, Schedule, level_payment,
    level_principal, quote_prepayment,
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
use crate::paid_ahead::{PaidAhead, current_installment, held_on};

/// What a loan stands at on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    /// Principal owed, less the principal part of what is paid ahead.
    pub outstanding: Money,
    /// Interest owed if paid that day, less the interest part of what is paid ahead.
    pub interest: Money,
    /// What settles the loan that day before any penalty: principal and interest owed, less
    /// everything paid ahead.
    pub total_due: Money,
    /// Held toward the installment due next.
    pub paid_ahead: Money,
    /// The most a repayment can pay that day.
    pub amount_due: Money,
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

/// What is held on `day` toward the installment due next.
fn paid_ahead_on(loan: &LoanRecord, s: &Schedule, day: NaiveDate) -> PaidAhead {
    held_on(s, day, loan.paid_ahead, loan.paid_ahead_until)
}

/// What an installment loan owes now toward its schedule: the installment due next and what
/// is already held toward it.
#[derive(Clone, Copy, Debug)]
pub struct DueNow {
    /// The installment that falls due next.
    pub installment: Installment,
    /// Already paid toward it.
    pub held: PaidAhead,
    /// Principal owed on the schedule (before counting what is held).
    pub outstanding: Money,
}

impl DueNow {
    /// The most a repayment can pay now.
    pub fn amount(&self) -> Money {
        self.installment.total - self.held.total
    }
}

/// What an installment loan owes now, or `LOAN_SETTLED` when nothing is.
pub fn due_now(loan: &LoanRecord, day: NaiveDate) -> Result<DueNow, ApiError> {
    let s = schedule(loan)?;
    let (outstanding, _) = engine_owed(loan, &s, day);
    let installment = current_installment(&s, day)
        .filter(|_| !outstanding.is_zero())
        .copied()
        .ok_or_else(|| ApiError::rule("LOAN_SETTLED", "nothing is owed on this loan"))?;
    Ok(DueNow {
        installment,
        held: paid_ahead_on(loan, &s, day),
        outstanding,
    })
}

/// Where a loan stands on `day`.
pub fn position(c: &Connection, loan: &LoanRecord, day: NaiveDate) -> Result<Position, ApiError> {
    if loan.is_line() {
        let ledger = line_ledger(c, loan)?;
        let now = line_now(&ledger, day);
        return Ok(Position {
            outstanding: now.principal,
            interest: now.interest,
            total_due: now.principal + now.interest,
            paid_ahead: Money::ZERO,
            amount_due: now.principal + now.interest,
            available: Some((loan.principal - now.principal).max(Money::ZERO)),
            maturity: None,
        });
    }
    let s = schedule(loan)?;
    let (outstanding, gross) = engine_owed(loan, &s, day);
    let held = paid_ahead_on(loan, &s, day);
    let amount_due = match current_installment(&s, day) {
        Some(current) if !outstanding.is_zero() => current.total - held.total,
        _ => Money::ZERO,
    };
    Ok(Position {
        outstanding: outstanding - held.principal,
        interest: (gross - held.interest).max(Money::ZERO),
        total_due: (outstanding + gross - held.total).max(Money::ZERO),
        paid_ahead: held.total,
        amount_due,
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

/// What an installment loan's early repayment on `day` costs: the engine's quote, less what is
/// already paid toward the current installment (the prepayment replaces that installment).
#[derive(Clone, Debug)]
pub struct NetQuote {
    /// The engine's quote.
    pub engine: PrepaymentQuote,
    /// Held toward the current installment, counted against the quote.
    pub paid_ahead: PaidAhead,
}

impl NetQuote {
    /// Everything still to pay.
    pub fn total(&self) -> Money {
        self.engine.total - self.paid_ahead.total
    }
}

/// Quotes prepaying `principal` (all of it when `None` or equal to what is owed) of an
/// installment loan on `day`, with the product's penalty.
pub fn quote_installment_loan(
    loan: &LoanRecord,
    day: NaiveDate,
    principal: Option<Money>,
) -> Result<NetQuote, ApiError> {
    let s = schedule(loan)?;
    let (outstanding, _) = engine_owed(loan, &s, day);
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
    let engine = quote_prepayment(&loan.terms, &s, day, prepayment).map_err(|e| match e {
        LoanError::PrepaymentOverOutstanding { .. } => ApiError::rule(
            "AMOUNT_EXCEEDS_BALANCE",
            "the principal is more than is owed",
        ),
        other => loan_error(&other),
    })?;
    let paid_ahead = paid_ahead_on(loan, &s, day);
    if paid_ahead.total > engine.total {
        return Err(ApiError::rule(
            "PREPAYMENT_BELOW_AMOUNT_PAID_AHEAD",
            "what is already paid toward the current installment covers more than this prepayment; prepay more principal, or let the installment fall due",
        ));
    }
    Ok(NetQuote { engine, paid_ahead })
}

/// Settles a quote on an installment loan: writes the settlement row and the chosen new
/// installments, and uses up what was paid ahead. Returns the new schedule.
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
             interest_from = ?4, maturity_date = ?5, status = ?6, paid_ahead = '0.00',
             paid_ahead_until = NULL
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

/// Holds `held` (everything paid so far) toward the installment due on `until`.
pub fn hold_paid_ahead(
    c: &Connection,
    loan: &LoanRecord,
    until: NaiveDate,
    held: Money,
) -> Result<(), ApiError> {
    c.execute(
        "UPDATE loans SET paid_ahead = ?2, paid_ahead_until = ?3 WHERE id = ?1",
        params![loan.id, text(held), until.to_string()],
    )?;
    Ok(())
}
