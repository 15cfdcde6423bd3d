//! The annual percentage rate (年化利率) of PBoC announcement 〔2021〕No.3: the internal rate of
//! return of the cash flows the customer really has — principal minus every up-front fee
//! received on the disbursement day, each installment (interest, principal and periodic fees)
//! paid on its due date.
//!
//! Two bases, always named in the result:
//! - [`AprBasis::MonthlyPeriods`] when every period is one calendar month (a regular first
//!   period): the monthly IRR `r` is solved on period numbers; the simple APR (单利) is `12 × r`
//!   and the compound APR is `(1 + r)^12 − 1`.
//! - [`AprBasis::ActualDays365`] when the first period is irregular: the annual effective IRR `i`
//!   is solved on actual dates, with time in years = days since disbursement / 365 (whatever the
//!   product's interest day count); the compound APR is `i`, and the simple APR is 12 × the
//!   equivalent monthly rate `(1 + i)^(1/12) − 1`, so that both bases report comparable figures.
//!
//! The solver iterates in `f64` (Newton's method on `x = ln(1 + r)`, with bisection whenever a
//! Newton step leaves the bracket), bracketing −99% to an effective 1,000,000 × per year, and is
//! bounded to 200 steps: it always returns a rate or an [`AprError`], never NaN. Only rounded
//! `Decimal` figures leave this module.

use chrono::NaiveDate;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use super::calendar::days_between;
use super::error::AprError;
use super::schedule::Schedule;
use crate::domain::money::Money;
use crate::domain::rate::DayCount;

/// Decimal places of the APR fractions: 4, i.e. a percentage with two decimals (12.80%).
pub const APR_DECIMALS: u32 = 4;
/// Decimal places of the secondary monthly rate: a percentage with four decimals.
pub const MONTHLY_DECIMALS: u32 = 6;
/// Decimal places of the secondary daily rate: a percentage with five decimals.
pub const DAILY_DECIMALS: u32 = 7;

const MAX_STEPS: usize = 200;
/// Effective annual ceiling of the search: 1,000,000 × (100,000,000%).
const MAX_ANNUAL_GROWTH: f64 = 1_000_001.0;
/// Floor of the search: −99% per unit of time.
const MIN_GROWTH: f64 = 0.01;

/// Which time base the IRR was solved on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AprBasis {
    /// Every period is one calendar month: monthly IRR on period numbers.
    MonthlyPeriods,
    /// Irregular periods: annual IRR on actual dates, days / 365.
    ActualDays365,
}

impl AprBasis {
    /// The Fluent message explaining the basis to the customer.
    pub fn message_id(self) -> &'static str {
        match self {
            AprBasis::MonthlyPeriods => "loan-apr-basis-monthly",
            AprBasis::ActualDays365 => "loan-apr-basis-days",
        }
    }
}

/// An annual percentage rate. Fractions (`0.128` is 12.80%), rounded half-up: the two APRs to
/// [`APR_DECIMALS`], the secondary rates to [`MONTHLY_DECIMALS`] and [`DAILY_DECIMALS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Apr {
    /// Simple APR (单利): 12 × the monthly IRR. The headline figure.
    pub simple: Decimal,
    /// Compound APR (复利): (1 + monthly IRR)^12 − 1.
    pub compound: Decimal,
    /// How the IRR was solved.
    pub basis: AprBasis,
    /// Secondary: the monthly IRR. Never shown more prominently than the APR.
    pub monthly_secondary: Decimal,
    /// Secondary: the simple APR / days per year of the product. Never shown more prominently
    /// than the APR.
    pub daily_secondary: Decimal,
}

impl Apr {
    /// The APR of a schedule: net received on disbursement, every installment on its due date.
    pub fn of_schedule(schedule: &Schedule) -> Result<Apr, AprError> {
        let received = to_f64(schedule.net_received());
        let cal = schedule.calendar;
        let regular = cal.is_regular();
        // Regular: months since disbursement (every due date is disbursement + k months).
        // Irregular: days since disbursement.
        let base = month_index(cal.disbursed);
        let mut flows: Vec<(i64, f64)> = schedule
            .installments
            .iter()
            .map(|i| {
                let ticks = if regular {
                    month_index(i.due_date) - base
                } else {
                    days_between(cal.disbursed, i.due_date)
                };
                (ticks, to_f64(i.total))
            })
            .collect();
        if regular {
            Apr::solve_monthly(received, &mut flows, schedule.day_count)
        } else {
            Apr::solve_days(received, &mut flows, schedule.day_count)
        }
    }

    /// The APR of equal monthly periods: `received` now, `payments[k]` after k + 1 months.
    pub fn from_monthly_payments(
        received: Money,
        payments: &[Money],
        day_count: DayCount,
    ) -> Result<Apr, AprError> {
        let mut flows: Vec<(i64, f64)> = (1i64..)
            .zip(payments)
            .map(|(k, p)| (k, to_f64(*p)))
            .collect();
        Apr::solve_monthly(to_f64(received), &mut flows, day_count)
    }

    /// The APR of payments on arbitrary dates, on [`AprBasis::ActualDays365`].
    pub fn from_dated_flows(
        received: Money,
        on: NaiveDate,
        payments: &[(NaiveDate, Money)],
        day_count: DayCount,
    ) -> Result<Apr, AprError> {
        let mut flows: Vec<(i64, f64)> = payments
            .iter()
            .map(|(d, m)| (days_between(on, *d), to_f64(*m)))
            .collect();
        Apr::solve_days(to_f64(received), &mut flows, day_count)
    }

    fn solve_days(
        received: f64,
        flows: &mut [(i64, f64)],
        day_count: DayCount,
    ) -> Result<Apr, AprError> {
        let x = solve_log_growth(received, flows, 365.0, MAX_ANNUAL_GROWTH.ln())?;
        // x is ln(1 + i) per year; a month is a twelfth of it.
        Ok(Apr::from_monthly_log_growth(
            x / 12.0,
            AprBasis::ActualDays365,
            day_count,
        ))
    }

    fn solve_monthly(
        received: f64,
        flows: &mut [(i64, f64)],
        day_count: DayCount,
    ) -> Result<Apr, AprError> {
        let x = solve_log_growth(received, flows, 1.0, MAX_ANNUAL_GROWTH.ln() / 12.0)?;
        Ok(Apr::from_monthly_log_growth(
            x,
            AprBasis::MonthlyPeriods,
            day_count,
        ))
    }

    fn from_monthly_log_growth(x_month: f64, basis: AprBasis, day_count: DayCount) -> Apr {
        let monthly = x_month.exp_m1();
        let simple = 12.0 * monthly;
        let compound = (12.0 * x_month).exp_m1();
        let days = match day_count {
            DayCount::Act360 => 360.0,
            DayCount::Act365 => 365.0,
        };
        Apr {
            simple: to_decimal(simple, APR_DECIMALS),
            compound: to_decimal(compound, APR_DECIMALS),
            basis,
            monthly_secondary: to_decimal(monthly, MONTHLY_DECIMALS),
            daily_secondary: to_decimal(simple / days, DAILY_DECIMALS),
        }
    }
}

fn month_index(d: NaiveDate) -> i64 {
    use chrono::Datelike;
    i64::from(d.year()) * 12 + i64::from(d.month0())
}

fn to_f64(m: Money) -> f64 {
    let d = m.amount();
    // Mantissa / 10^scale is exact enough (amounts are below 2^53 fen) and much cheaper than
    // a general conversion.
    match i64::try_from(d.mantissa()) {
        Ok(mantissa) => mantissa as f64 / 10f64.powi(d.scale() as i32),
        Err(_) => d.to_f64().unwrap_or(0.0),
    }
}

/// Rounds a finite float half-up to `dp` places. The solver only yields finite values within
/// its bracket; anything else becomes zero rather than NaN.
fn to_decimal(v: f64, dp: u32) -> Decimal {
    Decimal::from_f64_retain(v)
        .map(|d| d.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero))
        .unwrap_or(Decimal::ZERO)
}

/// Finds `x = ln(1 + r)` with `Σ amount_k · e^(−x·t_k) = received`, where `t_k = ticks_k / unit`
/// and `r` is per unit of time (ticks are months with `unit` 1, or days with `unit` 365).
///
/// `g(x) = Σ a·e^(−x t) − received` is convex and, with positive payments, falling; by Jensen's
/// inequality the "duration" guess `ln(Σa / received) / t̄` (t̄ the payment-weighted mean time)
/// lies at or left of the root, from where Newton's method climbs to it monotonically, usually
/// in three or four steps. Bisection takes over whenever a step would leave the bracket.
fn solve_log_growth(
    received: f64,
    flows: &mut [(i64, f64)],
    unit: f64,
    x_max: f64,
) -> Result<f64, AprError> {
    if !(received.is_finite() && received > 0.0) {
        return Err(AprError::NothingReceived);
    }
    let paid: f64 = flows.iter().map(|(_, a)| a).sum();
    if !(paid.is_finite() && paid > 0.0) {
        return Err(AprError::NoRepayments);
    }
    flows.sort_by_key(|(t, _)| *t);
    let flows = &*flows;
    // g and its derivative. Discount factors are built by multiplying from one payment to the
    // next: consecutive gaps repeat (one month, or 28–31 days), so this costs about one
    // multiplication per payment instead of an exponential.
    let eval = |x: f64| -> (f64, f64) {
        let u = (-x / unit).exp();
        let (mut g, mut dg) = (-received, 0.0);
        let (mut prev_t, mut factor) = (0i64, 1.0f64);
        let (mut gap, mut gap_factor) = (0i64, 1.0f64);
        for &(t, a) in flows {
            let delta = t - prev_t;
            if delta != gap {
                gap = delta;
                gap_factor = u.powi(i32::try_from(delta).unwrap_or(i32::MAX));
            }
            factor *= gap_factor;
            prev_t = t;
            let d = a * factor;
            g += d;
            dg -= (t as f64 / unit) * d;
        }
        (g, dg)
    };
    let (mut lo, mut hi) = (MIN_GROWTH.ln(), x_max);
    let (g_lo, _) = eval(lo);
    if g_lo.is_finite() && g_lo < 0.0 {
        return Err(AprError::BelowFloor);
    }
    let (g_hi, _) = eval(hi);
    if g_hi > 0.0 {
        return Err(AprError::AboveCeiling);
    }
    let mean_time = flows.iter().map(|(t, a)| *t as f64 * a).sum::<f64>() / paid / unit;
    let guess = if mean_time > 0.0 {
        (paid / received).ln() / mean_time
    } else {
        0.0
    };
    let mut x = if guess.is_finite() && guess > lo && guess < hi {
        guess
    } else {
        0.0
    };
    for _ in 0..MAX_STEPS {
        let (g, dg) = eval(x);
        if g == 0.0 {
            return Ok(x);
        }
        if g > 0.0 || !g.is_finite() {
            lo = x;
        } else {
            hi = x;
        }
        let newton = x - g / dg;
        let next = if newton.is_finite() && newton > lo && newton < hi {
            newton
        } else {
            0.5 * (lo + hi)
        };
        let step = (next - x).abs();
        x = next;
        if step <= 1e-13 || hi - lo <= 1e-15 {
            break;
        }
    }
    Ok(x)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::loan::fees::{Collection, FeeKind, UpfrontAmount, UpfrontFee};
    use crate::domain::loan::product::RepaymentMethod;
    use crate::domain::loan::product::tests::{request, sample_product};
    use rust_decimal_macros::dec;

    #[test]
    fn published_check_figure() {
        // ¥100,000 lent, ¥1,000 taken up front, 12 × ¥8,833.33.
        let payments = vec![Money::from_fen(883_333); 12];
        let apr = Apr::from_monthly_payments(Money::from_yuan(99_000), &payments, DayCount::Act360)
            .unwrap();
        assert_eq!(apr.simple, dec!(0.1280));
        assert_eq!(apr.compound, dec!(0.1358));
        assert_eq!(apr.basis, AprBasis::MonthlyPeriods);
    }

    #[test]
    fn the_check_figure_through_a_real_schedule() {
        // A 1% fee deducted from the payout of the published 7.2% loan.
        let mut p = sample_product();
        p.fees.upfront.push(UpfrontFee {
            kind: FeeKind::Service,
            amount: UpfrontAmount::Fixed(Money::from_yuan(1_000)),
            collection: Collection::DeductedFromDisbursement,
        });
        let s =
            Schedule::build(&p, &request(100_000, 12, RepaymentMethod::EqualInstallment)).unwrap();
        let apr = Apr::of_schedule(&s).unwrap();
        // 99,000 received against 11 × 8,661.90 + 8,661.85: a monthly IRR of 0.7576%, worked
        // out independently by bisection.
        assert_eq!(apr.simple, dec!(0.0909));
        assert_eq!(apr.compound, dec!(0.0948));
        // Paying the same fee separately does not change the APR.
        p.fees.upfront[0].collection = Collection::PaidSeparately;
        let s2 =
            Schedule::build(&p, &request(100_000, 12, RepaymentMethod::EqualInstallment)).unwrap();
        assert_eq!(Apr::of_schedule(&s2).unwrap(), apr);
        assert_eq!(s2.amount_paid_out(), Money::from_yuan(100_000));
    }

    #[test]
    fn zero_fee_loans_have_the_nominal_rate() {
        let s = Schedule::build(
            &sample_product(),
            &request(100_000, 12, RepaymentMethod::EqualInstallment),
        )
        .unwrap();
        let apr = Apr::of_schedule(&s).unwrap();
        assert_eq!(apr.simple, dec!(0.0720));
        assert_eq!(apr.compound, dec!(0.0744)); // 1.006^12 − 1 = 7.44%
        assert_eq!(apr.monthly_secondary, dec!(0.006000));
        assert_eq!(apr.daily_secondary, dec!(0.0002000));
    }

    #[test]
    fn zero_rate_and_one_period_loans() {
        let mut p = sample_product();
        p.annual_rate = crate::domain::rate::Rate::ZERO;
        let s =
            Schedule::build(&p, &request(12_000, 12, RepaymentMethod::EqualInstallment)).unwrap();
        let apr = Apr::of_schedule(&s).unwrap();
        assert_eq!((apr.simple, apr.compound), (Decimal::ZERO, Decimal::ZERO));

        let s = Schedule::build(
            &sample_product(),
            &request(10_000, 1, RepaymentMethod::Bullet),
        )
        .unwrap();
        let apr = Apr::of_schedule(&s).unwrap();
        assert_eq!(apr.simple, dec!(0.0720));
    }

    #[test]
    fn irregular_periods_are_solved_on_dates() {
        let mut p = sample_product();
        p.first_due = crate::domain::loan::calendar::FirstDueRule::FixedDay {
            day: 5,
            min_days: 15,
        };
        let s =
            Schedule::build(&p, &request(100_000, 12, RepaymentMethod::EqualInstallment)).unwrap();
        let apr = Apr::of_schedule(&s).unwrap();
        assert_eq!(apr.basis, AprBasis::ActualDays365);
        // Near the nominal rate, not exactly: months are not twelfths of 365 days.
        assert!((apr.simple - dec!(0.072)).abs() < dec!(0.002), "{apr:?}");
    }

    #[test]
    fn impossible_flows_give_a_reason_not_nan() {
        let one = [Money::from_yuan(1)];
        assert_eq!(
            Apr::from_monthly_payments(Money::ZERO, &one, DayCount::Act360),
            Err(AprError::NothingReceived)
        );
        assert_eq!(
            Apr::from_monthly_payments(Money::from_yuan(1), &[], DayCount::Act360),
            Err(AprError::NoRepayments)
        );
        let huge = [Money::from_yuan(1_000_000_000)];
        assert_eq!(
            Apr::from_monthly_payments(Money::from_fen(1), &huge, DayCount::Act360),
            Err(AprError::AboveCeiling)
        );
        let tiny = [Money::from_fen(1)];
        assert_eq!(
            Apr::from_monthly_payments(Money::from_yuan(1_000), &tiny, DayCount::Act360),
            Err(AprError::BelowFloor)
        );
        // Several hundred percent is well inside the bracket: ¥100 now, ¥130 in a month.
        let apr = Apr::from_monthly_payments(
            Money::from_yuan(100),
            &[Money::from_yuan(130)],
            DayCount::Act360,
        )
        .unwrap();
        assert_eq!(apr.simple, dec!(3.6000));
    }
}
