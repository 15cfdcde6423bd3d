//! Money paid toward the current installment before its due date (提前还当期).
//!
//! An ordinary repayment of an installment loan pays what is due now and never more: the
//! installment that falls due next (the sandbox collects every installment on its due date,
//! so none is ever overdue in its book). The money is held against that installment and the
//! schedule does not change, so the loan stays exactly the engine's schedule: paying principal
//! earlier than the schedule says is a prepayment, priced with the product's penalty by a
//! quote. Within the installment the money pays interest first, then fees, then principal.

use chrono::NaiveDate;
use puhui_core::domain::Money;
use puhui_core::domain::loan::{Installment, Schedule};

/// Money held toward one installment, split over its parts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PaidAhead {
    /// Everything held.
    pub total: Money,
    /// The part that pays the installment's interest.
    pub interest: Money,
    /// The part that pays its periodic fees.
    pub fees: Money,
    /// The part that pays its principal.
    pub principal: Money,
}

impl PaidAhead {
    /// How `amount` paid toward `installment` splits: interest first, then fees, then
    /// principal. The caller keeps `amount` within the installment's total.
    pub fn against(installment: &Installment, amount: Money) -> PaidAhead {
        let interest = amount.min(installment.interest);
        let fees = (amount - interest).min(installment.fees);
        PaidAhead {
            total: amount,
            interest,
            fees,
            principal: amount - interest - fees,
        }
    }

    /// What a later payment added to the money held before it.
    pub fn since(self, before: PaidAhead) -> PaidAhead {
        PaidAhead {
            total: self.total - before.total,
            interest: self.interest - before.interest,
            fees: self.fees - before.fees,
            principal: self.principal - before.principal,
        }
    }
}

/// The installment due now: the first one that falls due after `day` (those due on or before
/// it were collected on their due date). `None` once every installment has fallen due.
pub fn current_installment(schedule: &Schedule, day: NaiveDate) -> Option<&Installment> {
    schedule.installments.iter().find(|i| i.due_date > day)
}

/// What is held on `day` toward the current installment: `held` counts only while it was paid
/// toward that installment (`until` is its due date); once it falls due it was collected.
pub fn held_on(
    schedule: &Schedule,
    day: NaiveDate,
    held: Money,
    until: Option<NaiveDate>,
) -> PaidAhead {
    match (current_installment(schedule, day), until) {
        (Some(current), Some(until)) if current.due_date == until && !held.is_zero() => {
            PaidAhead::against(current, held.min(current.total))
        }
        _ => PaidAhead::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn installment(principal: i64, interest: i64, fees: i64) -> Installment {
        let (p, i, f) = (
            Money::from_fen(principal),
            Money::from_fen(interest),
            Money::from_fen(fees),
        );
        Installment {
            number: 3,
            due_date: NaiveDate::from_ymd_opt(2025, 3, 15).unwrap(),
            principal: p,
            interest: i,
            fees: f,
            total: p + i + f,
            remaining_principal: Money::from_fen(500_000),
        }
    }

    #[test]
    fn money_pays_interest_then_fees_then_principal() {
        let due = installment(80_000, 4_500, 9_000);
        let split = |fen| PaidAhead::against(&due, Money::from_fen(fen));
        assert_eq!(
            split(3_000),
            PaidAhead {
                total: Money::from_fen(3_000),
                interest: Money::from_fen(3_000),
                fees: Money::ZERO,
                principal: Money::ZERO,
            }
        );
        let part = split(10_000);
        assert_eq!(
            (part.interest, part.fees, part.principal),
            (Money::from_fen(4_500), Money::from_fen(5_500), Money::ZERO)
        );
        let whole = split(93_500);
        assert_eq!(
            (whole.interest, whole.fees, whole.principal),
            (due.interest, due.fees, due.principal)
        );
    }

    #[test]
    fn a_second_payment_adds_only_its_own_parts() {
        let due = installment(80_000, 4_500, 0);
        let first = PaidAhead::against(&due, Money::from_fen(4_000));
        let both = PaidAhead::against(&due, Money::from_fen(10_000));
        let second = both.since(first);
        assert_eq!(second.total, Money::from_fen(6_000));
        assert_eq!(
            (second.interest, second.principal),
            (Money::from_fen(500), Money::from_fen(5_500))
        );
    }
}
