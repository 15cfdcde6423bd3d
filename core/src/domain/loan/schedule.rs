//! Repayment schedules: one row per installment, exact to the fen.
//!
//! Rules every schedule keeps (and the property tests check):
//! - each installment's principal, interest and fees are rounded half-up to the fen on their own;
//! - the last installment takes whatever principal is left, so principal repaid equals
//!   principal lent exactly;
//! - nothing is negative, and the remaining principal never rises and ends at zero.
//!
//! With an irregular first period, 等额本息 keeps the principal part of the first installment
//! where a regular month would put it (payment − one month's interest) and charges the actual
//! days' interest on top, so only the first total differs from the level payment.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::calendar::{LoanCalendar, days_between};
use super::error::LoanError;
use super::fees::{FeeLine, Fees, UpfrontTotals};
use super::methods::{PrincipalRule, pro_rata_fen};
use super::product::{LoanProduct, LoanRequest, RepaymentMethod};
use crate::domain::money::Money;
use crate::domain::rate::{DayCount, Rate};

/// One installment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Installment {
    /// 期数, 1-based (after a prepayment the numbering continues from the original schedule).
    pub number: u32,
    /// When it falls due.
    pub due_date: NaiveDate,
    /// Principal repaid.
    pub principal: Money,
    /// Interest.
    pub interest: Money,
    /// Periodic fees (insurance, guarantee, service…), summed.
    pub fees: Money,
    /// Principal + interest + fees.
    pub total: Money,
    /// Principal still outstanding after this installment.
    pub remaining_principal: Money,
}

/// A loan's complete repayment schedule and the figures derived from it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    /// How it is repaid.
    pub method: RepaymentMethod,
    /// Principal lent.
    pub principal: Money,
    /// Nominal annual rate.
    pub annual_rate: Rate,
    /// Day count for partial periods.
    pub day_count: DayCount,
    /// Disbursement and first due date.
    pub calendar: LoanCalendar,
    /// Term in months.
    pub term_months: u32,
    /// The level payment (等额本息) or level principal (等额本金); none for the other methods.
    pub level_amount: Option<Money>,
    /// Fees charged at disbursement.
    pub upfront: UpfrontTotals,
    /// Every fee, one line per fee the product defines.
    pub fee_lines: Vec<FeeLine>,
    /// The installments.
    pub installments: Vec<Installment>,
}

impl Schedule {
    /// Builds the schedule for a request under a product, after checking the request.
    pub fn build(product: &LoanProduct, request: &LoanRequest) -> Result<Schedule, LoanError> {
        product.check(request)?;
        let calendar = LoanCalendar::new(
            request.disbursement_date,
            request.first_due_date,
            product.first_due,
        )?;
        let upfront = product.fees.upfront_totals(request.amount);
        if upfront.total() >= request.amount {
            return Err(LoanError::FeesExceedPrincipal);
        }
        let n = request.term_months;
        let due_dates = calendar.due_dates(n)?;
        let rule =
            PrincipalRule::for_method(request.method, request.amount, product.annual_rate, n);
        let built = Amortization {
            principal: request.amount,
            original_principal: request.amount,
            rate: product.annual_rate,
            day_count: product.day_count,
            start: calendar.disbursed,
            due_dates: &due_dates,
            rule,
            fees: &product.fees,
            first_number: 1,
            stop_when_paid: false,
        }
        .run();
        let fee_lines = product.fees.lines(request.amount, &built.fee_totals);
        Ok(Schedule {
            method: request.method,
            principal: request.amount,
            annual_rate: product.annual_rate,
            day_count: product.day_count,
            calendar,
            term_months: n,
            level_amount: rule.level_amount(),
            upfront,
            fee_lines,
            installments: built.rows,
        })
    }

    /// Interest over the whole loan.
    pub fn total_interest(&self) -> Money {
        self.installments.iter().map(|i| i.interest).sum()
    }

    /// Fees charged with the installments.
    pub fn total_periodic_fees(&self) -> Money {
        self.installments.iter().map(|i| i.fees).sum()
    }

    /// Everything the loan costs beyond the principal: interest, periodic and up-front fees.
    pub fn total_cost(&self) -> Money {
        self.total_interest() + self.total_periodic_fees() + self.upfront.total()
    }

    /// Sum of all installments.
    pub fn total_of_installments(&self) -> Money {
        self.installments.iter().map(|i| i.total).sum()
    }

    /// What reaches the customer's account: principal minus the fees deducted from the payout.
    pub fn amount_paid_out(&self) -> Money {
        self.principal - self.upfront.deducted
    }

    /// What the customer really gets to use: principal minus every up-front fee. This is the
    /// amount the APR is computed on.
    pub fn net_received(&self) -> Money {
        self.principal - self.upfront.total()
    }

    /// The largest installment.
    pub fn largest_installment(&self) -> Money {
        self.installments
            .iter()
            .map(|i| i.total)
            .max()
            .unwrap_or(Money::ZERO)
    }

    /// The final due date.
    pub fn maturity(&self) -> NaiveDate {
        self.installments
            .last()
            .map_or(self.calendar.first_due, |i| i.due_date)
    }
}

/// The rows of a schedule and, for the fee disclosure, the total of each periodic fee.
pub(crate) struct Built {
    pub(crate) rows: Vec<Installment>,
    pub(crate) fee_totals: Vec<Money>,
}

/// Everything needed to amortise a principal over given due dates. Also used after a partial
/// prepayment, where the start is the prepayment date and the due dates are what is left.
pub(crate) struct Amortization<'a> {
    pub(crate) principal: Money,
    /// For fees charged on the principal originally lent.
    pub(crate) original_principal: Money,
    pub(crate) rate: Rate,
    pub(crate) day_count: DayCount,
    /// Interest runs from this date to the first due date.
    pub(crate) start: NaiveDate,
    /// Monthly due dates of the periods (for a bullet loan: every month, though only the last
    /// is paid).
    pub(crate) due_dates: &'a [NaiveDate],
    pub(crate) rule: PrincipalRule,
    pub(crate) fees: &'a Fees,
    pub(crate) first_number: u32,
    /// End as soon as the principal is repaid (a shorter term after a prepayment).
    pub(crate) stop_when_paid: bool,
}

impl Amortization<'_> {
    /// Builds the rows. The loop works in whole fen (`i64`), which is exact because every
    /// figure is rounded to the fen before it is added, and several times faster than decimal
    /// arithmetic; amounts are bounded by `MAX_ABS_YUAN`, far inside `i64`.
    pub(crate) fn run(&self) -> Built {
        let Some(&first_due) = self.due_dates.first() else {
            return Built {
                rows: Vec::new(),
                fee_totals: Vec::new(),
            };
        };
        let annual = self.rate.fraction().normalize();
        let per_year = if self.day_count == DayCount::Act365 {
            365
        } else {
            360
        };
        let regular = super::calendar::add_months(self.start, 1).is_ok_and(|d| d == first_due);
        let first_days = days_between(self.start, first_due);
        let original = self.original_principal.fen();
        let mut fee_totals = vec![0i64; self.fees.periodic.len()];
        let finish = |rows: Vec<Installment>, totals: Vec<i64>| Built {
            rows,
            fee_totals: totals.into_iter().map(Money::from_fen).collect(),
        };

        if self.rule == PrincipalRule::Bullet {
            let n = self.due_dates.len() as i64;
            let principal = self.principal.fen();
            // One rounding over the whole term: first period + (n − 1) whole months.
            let interest = if regular {
                pro_rata_fen(principal, annual, n, 12)
            } else {
                pro_rata_fen(
                    principal,
                    annual,
                    12 * first_days + (n - 1) * per_year,
                    12 * per_year,
                )
            };
            let fees = self
                .fees
                .periodic_fen(original, principal, n as u32, &mut fee_totals);
            let row = Installment {
                number: self.first_number,
                due_date: self.due_dates[self.due_dates.len() - 1],
                principal: self.principal,
                interest: Money::from_fen(interest),
                fees: Money::from_fen(fees),
                total: Money::from_fen(principal + interest + fees),
                remaining_principal: Money::ZERO,
            };
            return finish(vec![row], fee_totals);
        }

        let (level_payment, level_principal) = match self.rule {
            PrincipalRule::LevelPayment(m) => (m.fen(), 0),
            PrincipalRule::LevelPrincipal(m) => (0, m.fen()),
            PrincipalRule::AtEnd | PrincipalRule::Bullet => (0, 0),
        };
        let last = self.due_dates.len() - 1;
        let mut rows = Vec::with_capacity(self.due_dates.len());
        let mut rem = self.principal.fen();
        for (i, &due_date) in self.due_dates.iter().enumerate() {
            let month_interest = pro_rata_fen(rem, annual, 1, 12);
            // Interest for the period: a month, or the actual days of an irregular first one.
            let interest = if i == 0 && !regular {
                pro_rata_fen(rem, annual, first_days, per_year)
            } else {
                month_interest
            };
            let wanted = match self.rule {
                // The principal part is what a regular month would leave of the payment.
                PrincipalRule::LevelPayment(_) => level_payment - month_interest,
                PrincipalRule::LevelPrincipal(_) => level_principal,
                PrincipalRule::AtEnd | PrincipalRule::Bullet => 0,
            };
            let paid_off = self.stop_when_paid && wanted >= rem;
            let principal = if i == last || paid_off {
                rem
            } else {
                wanted.clamp(0, rem.max(0))
            };
            let fees = self.fees.periodic_fen(original, rem, 1, &mut fee_totals);
            let remaining = rem - principal;
            rows.push(Installment {
                number: self.first_number + i as u32,
                due_date,
                principal: Money::from_fen(principal),
                interest: Money::from_fen(interest),
                fees: Money::from_fen(fees),
                total: Money::from_fen(principal + interest + fees),
                remaining_principal: Money::from_fen(remaining),
            });
            rem = remaining;
            if paid_off {
                break;
            }
        }
        finish(rows, fee_totals)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::loan::calendar::FirstDueRule;
    use crate::domain::loan::fees::{
        Collection, FeeKind, PeriodicAmount, PeriodicFee, UpfrontAmount, UpfrontFee,
    };
    use crate::domain::loan::product::tests::{request, sample_product};
    use rust_decimal_macros::dec;

    fn check_invariants(s: &Schedule) {
        let principal: Money = s.installments.iter().map(|i| i.principal).sum();
        assert_eq!(principal, s.principal);
        let mut prev = s.principal;
        for row in &s.installments {
            assert!(
                !row.principal.is_negative()
                    && !row.interest.is_negative()
                    && !row.fees.is_negative()
            );
            assert_eq!(row.total, row.principal + row.interest + row.fees);
            assert!(row.remaining_principal <= prev);
            prev = row.remaining_principal;
        }
        assert_eq!(prev, Money::ZERO);
    }

    #[test]
    fn equal_installments_match_the_published_figure() {
        let s = Schedule::build(
            &sample_product(),
            &request(100_000, 12, RepaymentMethod::EqualInstallment),
        )
        .unwrap();
        check_invariants(&s);
        assert_eq!(s.level_amount, Some(Money::from_fen(866_190)));
        for row in &s.installments[..11] {
            assert_eq!(row.total, Money::from_fen(866_190), "row {}", row.number);
        }
        // First month: 100,000 × 0.6% = 600 interest, 8,061.90 principal.
        assert_eq!(s.installments[0].interest, Money::from_yuan(600));
        assert_eq!(s.installments[0].principal, Money::from_fen(806_190));
        assert_eq!(
            s.installments[0].due_date,
            NaiveDate::from_ymd_opt(2026, 2, 15).unwrap()
        );
        // The last absorbs the rounding residue; total interest ≈ 3,942.8.
        let last = s.installments[11];
        assert!(
            (last.total - Money::from_fen(866_190)).amount().abs() < rust_decimal::Decimal::ONE
        );
        assert_eq!(s.total_interest(), s.total_of_installments() - s.principal);
        assert!(
            s.total_interest() > Money::from_yuan(3_940)
                && s.total_interest() < Money::from_yuan(3_945)
        );
    }

    #[test]
    fn equal_principal_interest_first_and_bullet() {
        let p = sample_product();
        let s =
            Schedule::build(&p, &request(120_000, 12, RepaymentMethod::EqualPrincipal)).unwrap();
        check_invariants(&s);
        assert_eq!(s.installments[0].principal, Money::from_yuan(10_000));
        assert_eq!(s.installments[0].interest, Money::from_yuan(720));
        assert_eq!(s.installments[11].interest, Money::from_yuan(60));
        // Interest = 0.6% × (120k + 110k + … + 10k) = 0.6% × 780k.
        assert_eq!(s.total_interest(), Money::from_yuan(4_680));

        let s = Schedule::build(&p, &request(100_000, 12, RepaymentMethod::InterestFirst)).unwrap();
        check_invariants(&s);
        assert!(
            s.installments[..11]
                .iter()
                .all(|r| r.total == Money::from_yuan(600))
        );
        assert_eq!(s.installments[11].total, Money::from_yuan(100_600));

        let s = Schedule::build(&p, &request(100_000, 12, RepaymentMethod::Bullet)).unwrap();
        check_invariants(&s);
        assert_eq!(s.installments.len(), 1);
        assert_eq!(s.installments[0].total, Money::from_yuan(107_200));
        assert_eq!(
            s.installments[0].due_date,
            NaiveDate::from_ymd_opt(2027, 1, 15).unwrap()
        );
    }

    #[test]
    fn irregular_first_period_charges_actual_days() {
        let mut p = sample_product();
        p.first_due = FirstDueRule::FixedDay {
            day: 5,
            min_days: 15,
        };
        // Disbursed 15 Jan; 5 Feb is 21 days away, at least the 15 the rule asks for.
        let s =
            Schedule::build(&p, &request(100_000, 12, RepaymentMethod::EqualInstallment)).unwrap();
        check_invariants(&s);
        assert_eq!(
            s.installments[0].due_date,
            NaiveDate::from_ymd_opt(2026, 2, 5).unwrap()
        );
        // 21 days × 100,000 × 7.2% / 360 = 420.
        assert_eq!(s.installments[0].interest, Money::from_yuan(420));
        assert_eq!(s.installments[0].principal, Money::from_fen(806_190));
        assert_eq!(
            s.installments[1].due_date,
            NaiveDate::from_ymd_opt(2026, 3, 5).unwrap()
        );

        let s = Schedule::build(&p, &request(100_000, 3, RepaymentMethod::Bullet)).unwrap();
        // 21 days + 2 whole months: 420 + 1,200.
        assert_eq!(s.installments[0].interest, Money::from_yuan(1_620));
    }

    #[test]
    fn fees_land_in_the_fee_column_or_up_front() {
        let mut p = sample_product();
        p.fees.upfront.push(UpfrontFee {
            kind: FeeKind::Service,
            amount: UpfrontAmount::PercentOfPrincipal(dec!(0.01)),
            collection: Collection::DeductedFromDisbursement,
        });
        p.fees.periodic.push(PeriodicFee {
            kind: FeeKind::Insurance,
            amount: PeriodicAmount::PercentOfRemainingPrincipal(dec!(0.001)),
        });
        p.fees.periodic.push(PeriodicFee {
            kind: FeeKind::Guarantee,
            amount: PeriodicAmount::Fixed(Money::from_yuan(10)),
        });
        let s =
            Schedule::build(&p, &request(120_000, 12, RepaymentMethod::EqualPrincipal)).unwrap();
        check_invariants(&s);
        assert_eq!(s.installments[0].fees, Money::from_yuan(130));
        assert_eq!(s.installments[11].fees, Money::from_yuan(20));
        assert_eq!(s.amount_paid_out(), Money::from_yuan(118_800));
        let periodic: Money = s
            .fee_lines
            .iter()
            .filter(|l| !l.upfront)
            .map(|l| l.total)
            .sum();
        assert_eq!(periodic, s.total_periodic_fees());
        assert_eq!(
            s.fee_lines.iter().map(|l| l.total).sum::<Money>(),
            s.total_periodic_fees() + s.upfront.total()
        );
        assert_eq!(
            s.total_cost(),
            s.total_interest() + s.total_periodic_fees() + Money::from_yuan(1_200)
        );
    }

    #[test]
    fn tiny_loans_never_go_negative() {
        let mut p = sample_product();
        p.min_amount = Money::from_fen(1);
        for method in RepaymentMethod::ALL {
            let mut r = request(0, 360, method);
            r.amount = Money::from_fen(5);
            check_invariants(&Schedule::build(&p, &r).unwrap());
        }
    }
}
