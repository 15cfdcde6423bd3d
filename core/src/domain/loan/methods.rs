//! The arithmetic of the four installment methods: the level payment of 等额本息, the level
//! principal of 等额本金, and interest for whole months and for odd numbers of days.
//!
//! Conventions (the usual ones of Chinese banks):
//! - a whole monthly period earns principal × annual rate / 12, whatever the month's length;
//! - an irregular period (the first one, or the stub after a prepayment) earns
//!   principal × annual rate / days-per-year × actual days, with days-per-year from the product;
//! - every interest figure is computed exactly and rounded half-up to the fen once.

use rust_decimal::{Decimal, MathematicalOps};

use super::product::RepaymentMethod;
use crate::domain::money::Money;
use crate::domain::rate::Rate;

/// `amount × fraction × count / per`, rounded half-up to the fen with a single rounding.
///
/// Whole-month interest is `pro_rata(p, rate, months, 12)` and daily interest is
/// `pro_rata(p, rate, days, 360 or 365)`. Dividing last keeps exact ties (e.g. ¥858 at 7% for a
/// month is exactly ¥5.005) exact, where multiplying by a pre-divided rate would not. The fast
/// path works in whole fen with `i128`; the `Decimal` path covers anything that would overflow.
pub(crate) fn pro_rata(amount: Money, fraction: Decimal, count: i64, per: i64) -> Money {
    fen_of(amount)
        .and_then(|fen| pro_rata_exact(fen, fraction, count, per))
        .map_or_else(
            || pro_rata_decimal(amount, fraction, count, per),
            Money::from_fen,
        )
}

/// [`pro_rata`] on whole fen, for the hot loops of the schedule builder.
pub(crate) fn pro_rata_fen(fen: i64, fraction: Decimal, count: i64, per: i64) -> i64 {
    pro_rata_exact(i128::from(fen), fraction, count, per)
        .unwrap_or_else(|| pro_rata_decimal(Money::from_fen(fen), fraction, count, per).fen())
}

fn pro_rata_decimal(amount: Money, fraction: Decimal, count: i64, per: i64) -> Money {
    if per == 0 {
        return Money::ZERO;
    }
    Money::round(amount.amount() * fraction * Decimal::from(count) / Decimal::from(per))
}

fn pro_rata_exact(fen: i128, fraction: Decimal, count: i64, per: i64) -> Option<i64> {
    // Native 64-bit arithmetic covers almost every figure (and 128-bit overflow-checked
    // multiplication is a library call); 128-bit covers the rest before the decimal fallback.
    if let (Ok(fen), Ok(mantissa), Some(&pow)) = (
        i64::try_from(fen),
        i64::try_from(fraction.mantissa()),
        POW10.get(fraction.scale() as usize),
    ) && let (Some(num), Some(den)) = (
        fen.checked_mul(mantissa).and_then(|n| n.checked_mul(count)),
        pow.checked_mul(per),
    ) && den > 0
    {
        return Some(half_up_div(num, den));
    }
    let num = fen
        .checked_mul(fraction.mantissa())?
        .checked_mul(i128::from(count))?;
    let den = 10i128
        .checked_pow(fraction.scale())?
        .checked_mul(i128::from(per))?;
    if den <= 0 {
        return None;
    }
    let (q, r) = (num / den, num % den);
    let q = if r.unsigned_abs() * 2 >= den.unsigned_abs() {
        q + num.signum()
    } else {
        q
    };
    i64::try_from(q).ok()
}

const POW10: [i64; 19] = {
    let mut table = [1i64; 19];
    let mut i = 1;
    while i < 19 {
        table[i] = table[i - 1] * 10;
        i += 1;
    }
    table
};

/// `n / d` rounded half-up, away from zero, exactly like `Money::round`; `d` is positive.
fn half_up_div(n: i64, d: i64) -> i64 {
    let (q, r) = (n / d, n % d);
    if r.unsigned_abs() * 2 >= d.unsigned_abs() {
        q + n.signum()
    } else {
        q
    }
}

/// The amount in whole fen, read straight from the decimal (no multiplication).
fn fen_of(amount: Money) -> Option<i128> {
    let d = amount.amount();
    let scale = d.scale();
    if scale > 2 {
        return None;
    }
    d.mantissa().checked_mul(10i128.pow(2 - scale))
}

/// The monthly payment of 等额本息: `P × r / (1 − (1 + r)^−n)` with `r` = annual / 12, rounded
/// half-up; `P / n` when the rate is zero.
pub fn level_payment(principal: Money, rate: Rate, months: u32) -> Money {
    let n = months.max(1);
    let r = rate.monthly();
    if r.is_zero() {
        return Money::round(principal.amount() / Decimal::from(n));
    }
    // (1 + r)^n overflows `Decimal` only for absurd rates and long terms; the discount term
    // 1 / (1 + r)^n is then far below a fen and the payment is simply the interest, P × r.
    let discount = (Decimal::ONE + r)
        .checked_powu(u64::from(n))
        .and_then(|g| Decimal::ONE.checked_div(g))
        .unwrap_or(Decimal::ZERO);
    let denominator = Decimal::ONE - discount;
    match (principal.amount() * r).checked_div(denominator) {
        Some(payment) => Money::round(payment),
        None => Money::round(principal.amount() / Decimal::from(n)),
    }
}

/// The principal of each 等额本金 installment, rounded half-up (the last one absorbs the rest).
pub fn level_principal(principal: Money, months: u32) -> Money {
    Money::round(principal.amount() / Decimal::from(months.max(1)))
}

/// How the principal of a schedule is repaid, with the level amount already computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PrincipalRule {
    /// 等额本息 with this total per installment.
    LevelPayment(Money),
    /// 等额本金 with this principal per installment.
    LevelPrincipal(Money),
    /// 先息后本: no principal until the last installment.
    AtEnd,
    /// 到期还本付息: one installment covering every period.
    Bullet,
}

impl PrincipalRule {
    /// The rule for a method, principal and term.
    pub(crate) fn for_method(
        method: RepaymentMethod,
        principal: Money,
        rate: Rate,
        months: u32,
    ) -> PrincipalRule {
        match method {
            RepaymentMethod::EqualInstallment => {
                PrincipalRule::LevelPayment(level_payment(principal, rate, months))
            }
            RepaymentMethod::EqualPrincipal => {
                PrincipalRule::LevelPrincipal(level_principal(principal, months))
            }
            RepaymentMethod::InterestFirst => PrincipalRule::AtEnd,
            RepaymentMethod::Bullet => PrincipalRule::Bullet,
        }
    }

    /// The level amount the customer recognises (payment or principal per installment).
    pub(crate) fn level_amount(self) -> Option<Money> {
        match self {
            PrincipalRule::LevelPayment(m) | PrincipalRule::LevelPrincipal(m) => Some(m),
            PrincipalRule::AtEnd | PrincipalRule::Bullet => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn published_equal_installment_figure() {
        // ¥100,000 over 12 months at 7.2%: ¥8,661.90 a month (the figure banks publish).
        let r = Rate::annual(dec!(0.072)).unwrap();
        assert_eq!(
            level_payment(Money::from_yuan(100_000), r, 12),
            Money::from_fen(866_190)
        );
        // ¥1,000,000 over 30 years at 4.9% (the old benchmark mortgage rate): ¥5,307.27.
        let r = Rate::annual(dec!(0.049)).unwrap();
        assert_eq!(
            level_payment(Money::from_yuan(1_000_000), r, 360),
            Money::from_fen(530_727)
        );
    }

    #[test]
    fn zero_and_absurd_rates_still_give_a_payment() {
        assert_eq!(
            level_payment(Money::from_yuan(1_200), Rate::ZERO, 12),
            Money::from_yuan(100)
        );
        let absurd = Rate::annual(dec!(10)).unwrap();
        let p = level_payment(Money::from_yuan(1_200), absurd, 360);
        assert_eq!(p, Money::from_yuan(1_000)); // interest only: 1,200 × 10 / 12
    }

    proptest::proptest! {
        #[test]
        fn integer_paths_agree_with_decimal_arithmetic(
            fen in -100_000_000_000_000i64..=100_000_000_000_000,
            mantissa in 0i64..=10_000_000_000,
            scale in 0u32..=12,
            count in 0i64..=20_000,
            per in 1i64..=4_380,
        ) {
            let fraction = Decimal::new(mantissa, scale);
            let amount = Money::from_fen(fen);
            let expected = pro_rata_decimal(amount, fraction, count, per);
            proptest::prop_assert_eq!(pro_rata(amount, fraction, count, per), expected);
            proptest::prop_assert_eq!(pro_rata_fen(fen, fraction, count, per), expected.fen());
        }
    }

    #[test]
    fn pro_rata_rounds_exact_ties_half_up() {
        let r = dec!(0.07);
        assert_eq!(
            pro_rata(Money::from_yuan(858), r, 1, 12),
            Money::from_fen(501)
        );
        assert_eq!(
            pro_rata(Money::from_yuan(100_000), dec!(0.072), 31, 360),
            Money::from_yuan(620)
        );
        // The Decimal fallback agrees with the fast path.
        let big = dec!(0.0725000000000000000000000001);
        assert_eq!(
            pro_rata(Money::from_yuan(858), big, 1, 12),
            Money::from_fen(518)
        );
    }
}
