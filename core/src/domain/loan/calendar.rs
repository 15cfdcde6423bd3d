//! Due dates: how the first due date follows from the disbursement date, and the monthly dates
//! after it.
//!
//! Every due date is computed from one anchor (never from the previous due date), so a loan paid
//! out on 31 January falls due on 28/29 February and then on 31 March again, instead of drifting
//! to the 28th for ever.

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::error::LoanError;

/// How a product sets the first due date.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum FirstDueRule {
    /// One month after disbursement, on the same day of the month (the month's last day when it
    /// has no such day). The first period is then always regular.
    #[default]
    SameDayNextMonth,
    /// A fixed monthly due day (1–28, so that every month has it); the first due date is the
    /// first such day at least `min_days` days after disbursement. The first period is then
    /// usually irregular (shorter or longer than a month).
    FixedDay {
        /// Day of the month, 1–28.
        day: u32,
        /// Fewest days between disbursement and the first due date.
        min_days: u32,
    },
}

/// Longest a first period may be when the first due date is given explicitly: two months.
const MAX_FIRST_PERIOD_MONTHS: u32 = 2;

impl FirstDueRule {
    /// Refuses a rule that some month could not honour.
    pub fn validate(self) -> Result<(), LoanError> {
        match self {
            FirstDueRule::SameDayNextMonth => Ok(()),
            FirstDueRule::FixedDay { day, min_days } => {
                if !(1..=28).contains(&day) {
                    Err(LoanError::InvalidProduct("due day outside 1..=28"))
                } else if min_days > 31 {
                    Err(LoanError::InvalidProduct(
                        "minimum first period above 31 days",
                    ))
                } else {
                    Ok(())
                }
            }
        }
    }

    /// The first due date for money paid out on `disbursed`.
    pub fn first_due(self, disbursed: NaiveDate) -> Result<NaiveDate, LoanError> {
        match self {
            FirstDueRule::SameDayNextMonth => add_months(disbursed, 1),
            FirstDueRule::FixedDay { day, min_days } => {
                self.validate()?;
                let mut candidate = disbursed
                    .with_day(day)
                    .ok_or(LoanError::InvalidProduct("due day"))?;
                // min_days ≤ 31 is always met within two months, so three steps suffice.
                for _ in 0..3 {
                    if candidate > disbursed
                        && days_between(disbursed, candidate) >= i64::from(min_days)
                    {
                        return Ok(candidate);
                    }
                    candidate = add_months(candidate, 1)?;
                }
                Ok(candidate)
            }
        }
    }
}

/// The dates that shape a loan: when the money was paid out and when it first falls due.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoanCalendar {
    /// The day the money was paid out (interest runs from it).
    pub disbursed: NaiveDate,
    /// The first due date.
    pub first_due: NaiveDate,
}

impl LoanCalendar {
    /// A calendar from a disbursement date and the first due date, explicit or by the rule.
    pub fn new(
        disbursed: NaiveDate,
        first_due: Option<NaiveDate>,
        rule: FirstDueRule,
    ) -> Result<LoanCalendar, LoanError> {
        let first_due = match first_due {
            Some(d) => d,
            None => rule.first_due(disbursed)?,
        };
        if first_due <= disbursed {
            return Err(LoanError::DisbursementAfterFirstDue);
        }
        if first_due > add_months(disbursed, MAX_FIRST_PERIOD_MONTHS)? {
            return Err(LoanError::FirstDueTooFar);
        }
        Ok(LoanCalendar {
            disbursed,
            first_due,
        })
    }

    /// True when the first period is exactly one calendar month, so that every period is a
    /// month and interest is principal × annual rate / 12.
    pub fn is_regular(self) -> bool {
        add_months(self.disbursed, 1).is_ok_and(|d| d == self.first_due)
    }

    /// Days in the first period.
    pub fn first_period_days(self) -> i64 {
        days_between(self.disbursed, self.first_due)
    }

    /// The `k`-th due date (1-based).
    pub fn due_date(self, k: u32) -> Result<NaiveDate, LoanError> {
        if self.is_regular() {
            add_months(self.disbursed, k)
        } else {
            add_months(self.first_due, k.saturating_sub(1))
        }
    }

    /// The first `n` due dates.
    pub fn due_dates(self, n: u32) -> Result<Vec<NaiveDate>, LoanError> {
        let regular = self.is_regular();
        (1..=n)
            .map(|k| {
                if regular {
                    add_months(self.disbursed, k)
                } else {
                    add_months(self.first_due, k - 1)
                }
            })
            .collect()
    }
}

/// `date` plus whole months, clamped to the month's last day.
pub(crate) fn add_months(date: NaiveDate, months: u32) -> Result<NaiveDate, LoanError> {
    date.checked_add_months(Months::new(months))
        .ok_or(LoanError::DateOutOfRange)
}

/// Whole days from `a` to `b` (negative when `b` is earlier).
pub(crate) fn days_between(a: NaiveDate, b: NaiveDate) -> i64 {
    b.signed_duration_since(a).num_days()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn month_end_disbursement_does_not_drift() {
        let cal = LoanCalendar::new(d(2026, 1, 31), None, FirstDueRule::SameDayNextMonth).unwrap();
        assert!(cal.is_regular());
        assert_eq!(
            cal.due_dates(3).unwrap(),
            vec![d(2026, 2, 28), d(2026, 3, 31), d(2026, 4, 30)]
        );
    }

    #[test]
    fn fixed_due_day_respects_the_minimum_first_period() {
        let rule = FirstDueRule::FixedDay {
            day: 5,
            min_days: 15,
        };
        assert_eq!(rule.first_due(d(2026, 1, 20)).unwrap(), d(2026, 2, 5)); // 16 days
        assert_eq!(rule.first_due(d(2026, 1, 25)).unwrap(), d(2026, 3, 5)); // 11 days is too short
        assert_eq!(rule.first_due(d(2026, 1, 1)).unwrap(), d(2026, 2, 5)); // 4 days is too short
        let cal = LoanCalendar::new(d(2026, 1, 25), None, rule).unwrap();
        assert!(!cal.is_regular());
        assert_eq!(cal.first_period_days(), 39);
        assert_eq!(cal.due_date(2).unwrap(), d(2026, 4, 5));
        // The same day a month later is a regular period even under a fixed-day rule.
        let same = LoanCalendar::new(d(2026, 1, 5), None, rule).unwrap();
        assert!(same.is_regular());
    }

    #[test]
    fn refuses_a_first_due_date_not_after_disbursement_or_too_far() {
        let rule = FirstDueRule::SameDayNextMonth;
        assert_eq!(
            LoanCalendar::new(d(2026, 3, 1), Some(d(2026, 3, 1)), rule),
            Err(LoanError::DisbursementAfterFirstDue)
        );
        assert_eq!(
            LoanCalendar::new(d(2026, 3, 10), Some(d(2026, 3, 1)), rule),
            Err(LoanError::DisbursementAfterFirstDue)
        );
        assert_eq!(
            LoanCalendar::new(d(2026, 3, 1), Some(d(2026, 5, 2)), rule),
            Err(LoanError::FirstDueTooFar)
        );
        assert!(
            FirstDueRule::FixedDay {
                day: 29,
                min_days: 0
            }
            .validate()
            .is_err()
        );
    }
}
