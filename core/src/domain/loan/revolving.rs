//! A revolving credit line (随借随还, S4): draw and repay any amount on any day, interest by the
//! day on what is drawn.
//!
//! Conventions:
//! - interest accrues for each day on the principal outstanding at the end of that day: a draw
//!   earns interest from its own day, a repayment stops it from its own day (算头不算尾);
//! - each day's interest is principal × annual rate / days-per-year (360 or 365, per line),
//!   rounded half-up to the fen, so the figures do not depend on when a statement is cut;
//! - a repayment pays the accrued interest first, then principal;
//! - events may be recorded in any order: the ledger keeps them in date order (same-day events
//!   in the order recorded) and replays them, refusing an event that would make any point of the
//!   history impossible (a draw over the limit, a repayment over what is owed).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::calendar::days_between;
use super::error::LineError;
use super::methods::pro_rata;
use crate::domain::money::Money;
use crate::domain::rate::{DayCount, Rate};

/// The terms of a credit line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreditLine {
    /// Most principal that may be outstanding at once.
    pub limit: Money,
    /// Nominal annual rate.
    pub annual_rate: Rate,
    /// Annual rate / 360 or / 365 per day.
    pub day_count: DayCount,
    /// The first day money may be drawn.
    pub opened: NaiveDate,
}

/// Draw or repay.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LineEventKind {
    /// Money drawn from the line (用款).
    Draw,
    /// Money paid back (还款).
    Repayment,
}

/// One draw or repayment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineEvent {
    /// The day it happens.
    pub date: NaiveDate,
    /// Draw or repay.
    pub kind: LineEventKind,
    /// How much.
    pub amount: Money,
}

/// What is owed at a point in time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineBalance {
    /// Principal drawn and not repaid.
    pub principal: Money,
    /// Interest accrued and not paid.
    pub interest: Money,
}

impl LineBalance {
    /// Principal plus interest.
    pub fn owed(self) -> Money {
        self.principal + self.interest
    }
}

/// An event as applied, with how a repayment was split.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppliedEvent {
    /// The event.
    pub event: LineEvent,
    /// Part of a repayment that paid interest.
    pub interest_paid: Money,
    /// Part of a repayment that paid principal.
    pub principal_paid: Money,
    /// The balance right after the event.
    pub balance_after: LineBalance,
}

/// A statement between two dates, both included.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineStatement {
    /// First day covered.
    pub from: NaiveDate,
    /// Last day covered.
    pub to: NaiveDate,
    /// Owed at the start of `from`.
    pub opening: LineBalance,
    /// Events dated within the period, in order.
    pub events: Vec<AppliedEvent>,
    /// Interest accrued over the days of the period.
    pub interest_accrued: Money,
    /// Owed at the end of `to`.
    pub closing: LineBalance,
}

/// A credit line and its history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineLedger {
    line: CreditLine,
    events: Vec<LineEvent>,
}

/// Replays events day by day.
struct Replay {
    balance: LineBalance,
    /// Interest is accrued for every day before this one.
    accrued_to: NaiveDate,
    daily_fraction: Decimal,
    per_year: i64,
    limit: Money,
    interest_accrued: Money,
}

impl Replay {
    fn new(line: &CreditLine) -> Replay {
        Replay {
            balance: LineBalance::default(),
            accrued_to: line.opened,
            daily_fraction: line.annual_rate.fraction().normalize(),
            per_year: if line.day_count == DayCount::Act365 {
                365
            } else {
                360
            },
            limit: line.limit,
            interest_accrued: Money::ZERO,
        }
    }

    /// Accrues interest for every day before `date`.
    fn accrue_to(&mut self, date: NaiveDate) {
        let days = days_between(self.accrued_to, date);
        if days <= 0 {
            return;
        }
        let per_day = pro_rata(
            self.balance.principal,
            self.daily_fraction,
            1,
            self.per_year,
        );
        let interest = Money::round(per_day.amount() * Decimal::from(days));
        self.balance.interest += interest;
        self.interest_accrued += interest;
        self.accrued_to = date;
    }

    fn apply(&mut self, event: LineEvent) -> Result<AppliedEvent, LineError> {
        self.accrue_to(event.date);
        let (mut interest_paid, mut principal_paid) = (Money::ZERO, Money::ZERO);
        match event.kind {
            LineEventKind::Draw => {
                let available = (self.limit - self.balance.principal).max(Money::ZERO);
                if event.amount > available {
                    return Err(LineError::DrawOverLimit { available });
                }
                self.balance.principal += event.amount;
            }
            LineEventKind::Repayment => {
                let owed = self.balance.owed();
                if event.amount > owed {
                    return Err(LineError::RepaymentOverOwed { owed });
                }
                interest_paid = event.amount.min(self.balance.interest);
                principal_paid = event.amount - interest_paid;
                self.balance.interest -= interest_paid;
                self.balance.principal -= principal_paid;
            }
        }
        Ok(AppliedEvent {
            event,
            interest_paid,
            principal_paid,
            balance_after: self.balance,
        })
    }
}

impl LineLedger {
    /// A line with no history.
    pub fn new(line: CreditLine) -> LineLedger {
        LineLedger {
            line,
            events: Vec::new(),
        }
    }

    /// The line's terms.
    pub fn line(&self) -> &CreditLine {
        &self.line
    }

    /// Every event, in date order.
    pub fn events(&self) -> &[LineEvent] {
        &self.events
    }

    /// Records a draw or repayment dated any day since opening. Refused (and not recorded) when
    /// it, or any later event, would then be impossible.
    pub fn record(&mut self, event: LineEvent) -> Result<AppliedEvent, LineError> {
        if event.amount.is_negative() || event.amount.is_zero() {
            return Err(LineError::AmountNotPositive);
        }
        if event.date < self.line.opened {
            return Err(LineError::BeforeOpening);
        }
        let at = self.events.partition_point(|e| e.date <= event.date);
        self.events.insert(at, event);
        let mut replay = Replay::new(&self.line);
        let mut applied = None;
        for (i, e) in self.events.iter().enumerate() {
            match replay.apply(*e) {
                Ok(a) if i == at => applied = Some(a),
                Ok(_) => {}
                Err(err) => {
                    self.events.remove(at);
                    return Err(err);
                }
            }
        }
        applied.ok_or(LineError::DateOutOfRange)
    }

    /// What is owed at the start of `date`, before that day's events: the most a repayment on
    /// that day may be, once the day's earlier events are counted.
    pub fn balance_on(&self, date: NaiveDate) -> LineBalance {
        let mut replay = Replay::new(&self.line);
        for e in self.events.iter().take_while(|e| e.date < date) {
            // Recorded events always replay: `record` refuses any that would not.
            let _ = replay.apply(*e);
        }
        replay.accrue_to(date);
        replay.balance
    }

    /// What may still be drawn on `date` (after that day's recorded events).
    pub fn available_on(&self, date: NaiveDate) -> Money {
        let mut replay = Replay::new(&self.line);
        for e in self.events.iter().take_while(|e| e.date <= date) {
            let _ = replay.apply(*e);
        }
        (self.line.limit - replay.balance.principal).max(Money::ZERO)
    }

    /// The statement of the days `from` to `to`, both included.
    pub fn statement(&self, from: NaiveDate, to: NaiveDate) -> Result<LineStatement, LineError> {
        if from < self.line.opened {
            return Err(LineError::BeforeOpening);
        }
        if to < from {
            return Err(LineError::StatementPeriodInvalid);
        }
        let end = to.succ_opt().ok_or(LineError::DateOutOfRange)?;
        let mut replay = Replay::new(&self.line);
        let mut events = Vec::new();
        let mut opening = None;
        for e in &self.events {
            if e.date > to {
                break;
            }
            if e.date >= from && opening.is_none() {
                replay.accrue_to(from);
                opening = Some((replay.balance, replay.interest_accrued));
            }
            let applied = replay.apply(*e)?;
            if e.date >= from {
                events.push(applied);
            }
        }
        let (opening, accrued_before) = match opening {
            Some(o) => o,
            None => {
                replay.accrue_to(from);
                (replay.balance, replay.interest_accrued)
            }
        };
        replay.accrue_to(end);
        Ok(LineStatement {
            from,
            to,
            opening,
            events,
            interest_accrued: replay.interest_accrued - accrued_before,
            closing: replay.balance,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    fn line() -> LineLedger {
        LineLedger::new(CreditLine {
            limit: Money::from_yuan(100_000),
            annual_rate: Rate::annual(dec!(0.036)).unwrap(),
            day_count: DayCount::Act360,
            opened: d(1, 1),
        })
    }

    fn ev(date: NaiveDate, kind: LineEventKind, yuan: i64) -> LineEvent {
        LineEvent {
            date,
            kind,
            amount: Money::from_yuan(yuan),
        }
    }

    #[test]
    fn daily_interest_and_interest_first_repayment() {
        let mut l = line();
        l.record(ev(d(3, 1), LineEventKind::Draw, 50_000)).unwrap();
        // 50,000 × 3.6% / 360 = ¥5 a day; 1 Mar … 10 Mar is 10 days.
        assert_eq!(
            l.balance_on(d(3, 11)),
            LineBalance {
                principal: Money::from_yuan(50_000),
                interest: Money::from_yuan(50)
            }
        );
        let a = l
            .record(ev(d(3, 11), LineEventKind::Repayment, 10_050))
            .unwrap();
        assert_eq!(a.interest_paid, Money::from_yuan(50));
        assert_eq!(a.principal_paid, Money::from_yuan(10_000));
        assert_eq!(
            a.balance_after,
            LineBalance {
                principal: Money::from_yuan(40_000),
                interest: Money::ZERO
            }
        );
        // 40,000 → ¥4 a day.
        assert_eq!(l.balance_on(d(3, 21)).interest, Money::from_yuan(40));
    }

    #[test]
    fn refuses_over_limit_and_over_owed_and_backdated_conflicts() {
        let mut l = line();
        l.record(ev(d(2, 1), LineEventKind::Draw, 80_000)).unwrap();
        assert_eq!(
            l.record(ev(d(2, 2), LineEventKind::Draw, 30_000)),
            Err(LineError::DrawOverLimit {
                available: Money::from_yuan(20_000)
            })
        );
        // 80,000 × 0.01% = ¥8 a day, one day accrued by 2 Feb.
        assert_eq!(
            l.record(ev(d(2, 2), LineEventKind::Repayment, 90_000)),
            Err(LineError::RepaymentOverOwed {
                owed: Money::from_yuan(80_008)
            })
        );
        l.record(ev(d(3, 1), LineEventKind::Draw, 20_000)).unwrap();
        // A backdated draw that would make the 1 March draw exceed the limit is refused.
        assert!(matches!(
            l.record(ev(d(2, 15), LineEventKind::Draw, 10_000)),
            Err(LineError::DrawOverLimit { .. })
        ));
        assert_eq!(l.events().len(), 2);
        // A backdated repayment is fine and changes later interest.
        l.record(ev(d(2, 10), LineEventKind::Repayment, 10_000))
            .unwrap();
        assert_eq!(l.events()[1].date, d(2, 10));
        assert_eq!(
            l.record(ev(d(1, 1), LineEventKind::Draw, 0)),
            Err(LineError::AmountNotPositive)
        );
        assert_eq!(
            l.record(ev(
                NaiveDate::from_ymd_opt(2025, 12, 31).unwrap(),
                LineEventKind::Draw,
                1
            )),
            Err(LineError::BeforeOpening)
        );
    }

    #[test]
    fn statement_balances_add_up() {
        let mut l = line();
        l.record(ev(d(1, 10), LineEventKind::Draw, 36_000)).unwrap(); // ¥3.60 a day
        l.record(ev(d(2, 5), LineEventKind::Repayment, 6_000))
            .unwrap();
        l.record(ev(d(2, 20), LineEventKind::Draw, 10_000)).unwrap();
        let st = l.statement(d(2, 1), d(2, 28)).unwrap();
        // 10 Jan … 31 Jan: 22 days × 3.60.
        assert_eq!(
            st.opening,
            LineBalance {
                principal: Money::from_yuan(36_000),
                interest: Money::from_fen(7_920)
            }
        );
        assert_eq!(st.events.len(), 2);
        let paid: Money = st
            .events
            .iter()
            .map(|e| e.interest_paid + e.principal_paid)
            .sum();
        let drawn = Money::from_yuan(10_000);
        assert_eq!(
            st.closing.owed(),
            st.opening.owed() + st.interest_accrued + drawn - paid
        );
        // 1–4 Feb on 36,000 (4 × 3.60); on 5 Feb the 6,000 pays 93.60 interest first, leaving
        // 30,093.60 (3.01 a day) for 5–19 Feb; from 20 Feb 40,093.60 (4.01 a day) to 28 Feb.
        assert_eq!(
            st.interest_accrued,
            Money::from_fen(4 * 360 + 15 * 301 + 9 * 401)
        );
        assert_eq!(st.closing.principal, Money::from_fen(4_009_360));
        assert_eq!(
            l.statement(d(3, 1), d(2, 1)),
            Err(LineError::StatementPeriodInvalid)
        );
        // A statement cut in two halves accrues the same interest as one.
        let a = l.statement(d(2, 1), d(2, 14)).unwrap();
        let b = l.statement(d(2, 15), d(2, 28)).unwrap();
        assert_eq!(a.interest_accrued + b.interest_accrued, st.interest_accrued);
        assert_eq!(a.closing, b.opening);
    }
}
