//! Early repayment (提前还款): what repaying on a given date costs, shown before anything happens
//! (S3), and the new schedule after a partial prepayment.
//!
//! Rules:
//! - installments due on or before the prepayment date are taken as paid as scheduled;
//! - interest accrues on the outstanding principal from the last due date (or disbursement) to
//!   the prepayment date, actual days under the product's day count, and is settled with the
//!   prepayment, so a new schedule starts clean on the prepayment date;
//! - the penalty is the product's rule applied to the principal prepaid;
//! - periodic fees belong to installments, so prepaying stops the future ones and none is
//!   charged for the broken period;
//! - after a partial prepayment the customer chooses: keep the installment and finish sooner
//!   (等额本息 and 等额本金 only — for 先息后本 and 到期还本付息 the installment is interest only,
//!   so the only choice is a smaller one), or keep the term and pay less each time.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::calendar::{add_months, days_between};
use super::error::LoanError;
use super::methods::{PrincipalRule, pro_rata};
use super::product::{LoanProduct, PrepaymentPenalty, RepaymentMethod};
use super::schedule::{Amortization, Installment, Schedule};
use crate::domain::money::Money;
use crate::domain::rate::DayCount;

/// How much principal to repay early.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "principal", rename_all = "snake_case")]
pub enum Prepayment {
    /// Everything: the loan is settled.
    Full,
    /// This much principal; the rest is rescheduled.
    Partial(Money),
}

/// The remaining installments after a partial prepayment under one of the two choices.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rescheduled {
    /// The new installments, numbered on from the original schedule.
    pub installments: Vec<Installment>,
    /// Interest over the new installments.
    pub total_interest: Money,
    /// Periodic fees over the new installments.
    pub total_fees: Money,
}

impl Rescheduled {
    fn new(installments: Vec<Installment>) -> Rescheduled {
        let total_interest = installments.iter().map(|i| i.interest).sum();
        let total_fees = installments.iter().map(|i| i.fees).sum();
        Rescheduled {
            installments,
            total_interest,
            total_fees,
        }
    }
}

/// What an early repayment on a date costs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrepaymentQuote {
    /// The prepayment date.
    pub date: NaiveDate,
    /// Principal outstanding on that date, before the prepayment.
    pub outstanding_principal: Money,
    /// Principal repaid now.
    pub prepaid_principal: Money,
    /// Interest accrued since the last due date.
    pub accrued_interest: Money,
    /// The product's penalty (违约金), zero when none applies.
    pub penalty: Money,
    /// Everything to pay on the date.
    pub total: Money,
    /// The last day on which the penalty applies, when the product has one.
    pub penalty_until: Option<NaiveDate>,
    /// Keep the installment, finish sooner (none for 先息后本 and 到期还本付息, or a full
    /// prepayment).
    pub shorter_term: Option<Rescheduled>,
    /// Keep the term, pay less each time (none for a full prepayment).
    pub lower_installment: Option<Rescheduled>,
}

/// Quotes an early repayment of a loan on `date`.
pub fn quote_prepayment(
    product: &LoanProduct,
    schedule: &Schedule,
    date: NaiveDate,
    prepayment: Prepayment,
) -> Result<PrepaymentQuote, LoanError> {
    let cal = schedule.calendar;
    if date < cal.disbursed || date >= schedule.maturity() {
        return Err(LoanError::PrepaymentDateInvalid);
    }
    let paid = schedule
        .installments
        .iter()
        .take_while(|i| i.due_date <= date)
        .last();
    let (outstanding, accrual_start) = paid.map_or((schedule.principal, cal.disbursed), |i| {
        (i.remaining_principal, i.due_date)
    });
    if outstanding.is_zero() {
        return Err(LoanError::PrepaymentDateInvalid);
    }
    let per_year = if schedule.day_count == DayCount::Act365 {
        365
    } else {
        360
    };
    let accrued = pro_rata(
        outstanding,
        schedule.annual_rate.fraction().normalize(),
        days_between(accrual_start, date),
        per_year,
    );
    let prepaid = match prepayment {
        Prepayment::Full => outstanding,
        Prepayment::Partial(a) if a.is_negative() || a.is_zero() => {
            return Err(LoanError::AmountNotPositive);
        }
        Prepayment::Partial(a) if a > outstanding => {
            return Err(LoanError::PrepaymentOverOutstanding { outstanding });
        }
        Prepayment::Partial(a) => a,
    };
    let (penalty, penalty_until) = match product.prepayment_penalty {
        PrepaymentPenalty::None => (Money::ZERO, None),
        PrepaymentPenalty::PercentOfPrepaid {
            fraction,
            within_months,
        } => {
            let end = add_months(cal.disbursed, within_months)?;
            let last_day = end.pred_opt().unwrap_or(end);
            let penalty = if date < end {
                prepaid.mul_rounded(fraction)
            } else {
                Money::ZERO
            };
            (penalty, Some(last_day))
        }
    };
    let mut quote = PrepaymentQuote {
        date,
        outstanding_principal: outstanding,
        prepaid_principal: prepaid,
        accrued_interest: accrued,
        penalty,
        total: prepaid + accrued + penalty,
        penalty_until,
        shorter_term: None,
        lower_installment: None,
    };
    if prepaid == outstanding {
        return Ok(quote);
    }

    let rest = outstanding - prepaid;
    let all_dates = cal.due_dates(schedule.term_months)?;
    let remaining: Vec<NaiveDate> = all_dates.into_iter().filter(|d| *d > date).collect();
    let first_number = paid.map_or(1, |i| i.number + 1);
    let run = |rule: PrincipalRule, stop_when_paid: bool| {
        Amortization {
            principal: rest,
            original_principal: schedule.principal,
            rate: schedule.annual_rate,
            day_count: schedule.day_count,
            start: date,
            due_dates: &remaining,
            rule,
            fees: &product.fees,
            first_number,
            stop_when_paid,
        }
        .run()
        .rows
    };
    let months = remaining.len() as u32;
    let keep_term = PrincipalRule::for_method(schedule.method, rest, schedule.annual_rate, months);
    quote.lower_installment = Some(Rescheduled::new(run(keep_term, false)));
    quote.shorter_term = match (schedule.method, schedule.level_amount) {
        (RepaymentMethod::EqualInstallment, Some(payment)) => Some(Rescheduled::new(run(
            PrincipalRule::LevelPayment(payment),
            true,
        ))),
        (RepaymentMethod::EqualPrincipal, Some(per)) => Some(Rescheduled::new(run(
            PrincipalRule::LevelPrincipal(per),
            true,
        ))),
        _ => None,
    };
    Ok(quote)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::loan::product::tests::{request, sample_product};
    use rust_decimal_macros::dec;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn full_prepayment_with_a_penalty_in_the_first_months() {
        let mut p = sample_product();
        p.prepayment_penalty = PrepaymentPenalty::PercentOfPrepaid {
            fraction: dec!(0.02),
            within_months: 6,
        };
        let s =
            Schedule::build(&p, &request(120_000, 12, RepaymentMethod::EqualPrincipal)).unwrap();
        // Disbursed 15 Jan; installments of 15 Feb and 15 Mar paid; 10 days to 25 Mar.
        let q = quote_prepayment(&p, &s, d(2026, 3, 25), Prepayment::Full).unwrap();
        assert_eq!(q.outstanding_principal, Money::from_yuan(100_000));
        assert_eq!(q.accrued_interest, Money::from_yuan(200)); // 100,000 × 7.2% / 360 × 10
        assert_eq!(q.penalty, Money::from_yuan(2_000));
        assert_eq!(q.total, Money::from_yuan(102_200));
        assert_eq!(q.penalty_until, Some(d(2026, 7, 14)));
        assert!(q.shorter_term.is_none() && q.lower_installment.is_none());
        // From 15 July on, no penalty.
        let later = quote_prepayment(&p, &s, d(2026, 7, 15), Prepayment::Full).unwrap();
        assert_eq!(later.penalty, Money::ZERO);
        assert_eq!(later.accrued_interest, Money::ZERO);
    }

    #[test]
    fn partial_prepayment_offers_both_choices() {
        let p = sample_product();
        let s =
            Schedule::build(&p, &request(100_000, 12, RepaymentMethod::EqualInstallment)).unwrap();
        let q = quote_prepayment(
            &p,
            &s,
            d(2026, 4, 15),
            Prepayment::Partial(Money::from_yuan(30_000)),
        )
        .unwrap();
        let outstanding = s.installments[2].remaining_principal;
        assert_eq!(q.outstanding_principal, outstanding);
        assert_eq!(q.accrued_interest, Money::ZERO); // on a due date
        assert_eq!(q.total, Money::from_yuan(30_000));
        let rest = outstanding - Money::from_yuan(30_000);

        let lower = q.lower_installment.unwrap();
        assert_eq!(lower.installments.len(), 9);
        assert_eq!(lower.installments[0].number, 4);
        assert!(lower.installments[0].total < Money::from_fen(866_190));
        assert_eq!(
            lower
                .installments
                .iter()
                .map(|i| i.principal)
                .sum::<Money>(),
            rest
        );

        let shorter = q.shorter_term.unwrap();
        assert!(shorter.installments.len() < 9);
        assert!(
            shorter.installments[..shorter.installments.len() - 1]
                .iter()
                .all(|i| i.total == Money::from_fen(866_190))
        );
        assert_eq!(
            shorter
                .installments
                .iter()
                .map(|i| i.principal)
                .sum::<Money>(),
            rest
        );
        assert_eq!(
            shorter.installments.last().unwrap().remaining_principal,
            Money::ZERO
        );
        // Finishing sooner costs less interest than stretching the smaller payments out.
        assert!(shorter.total_interest < lower.total_interest);
    }

    #[test]
    fn mid_period_partial_prepayment_starts_a_short_period() {
        let p = sample_product();
        let s = Schedule::build(&p, &request(100_000, 12, RepaymentMethod::InterestFirst)).unwrap();
        let q = quote_prepayment(
            &p,
            &s,
            d(2026, 2, 25),
            Prepayment::Partial(Money::from_yuan(40_000)),
        )
        .unwrap();
        assert!(q.shorter_term.is_none());
        assert_eq!(q.accrued_interest, Money::from_yuan(200)); // 100,000 × 7.2% / 360 × 10 days
        let lower = q.lower_installment.unwrap();
        // 25 Feb → 15 Mar is 18 days on 60,000: 216.
        assert_eq!(lower.installments[0].interest, Money::from_yuan(216));
        assert_eq!(lower.installments[1].interest, Money::from_yuan(360));
        assert_eq!(
            lower.installments.last().unwrap().principal,
            Money::from_yuan(60_000)
        );
    }

    #[test]
    fn refuses_impossible_prepayments() {
        let p = sample_product();
        let s =
            Schedule::build(&p, &request(10_000, 3, RepaymentMethod::EqualInstallment)).unwrap();
        assert_eq!(
            quote_prepayment(&p, &s, d(2026, 1, 1), Prepayment::Full),
            Err(LoanError::PrepaymentDateInvalid)
        );
        assert_eq!(
            quote_prepayment(&p, &s, d(2026, 4, 15), Prepayment::Full),
            Err(LoanError::PrepaymentDateInvalid)
        );
        assert!(matches!(
            quote_prepayment(
                &p,
                &s,
                d(2026, 2, 1),
                Prepayment::Partial(Money::from_yuan(20_000))
            ),
            Err(LoanError::PrepaymentOverOutstanding { .. })
        ));
        assert_eq!(
            quote_prepayment(&p, &s, d(2026, 2, 1), Prepayment::Partial(Money::ZERO)),
            Err(LoanError::AmountNotPositive)
        );
    }
}
