//! Exact CNY amounts with fen precision.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Neg, Sub, SubAssign};
use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use crate::error::UserFacing;

/// Largest amount the core accepts: ¥1 trillion. Anything larger is a typo or an attack, and
/// keeping a ceiling guarantees that sums over 360 installments can never overflow `Decimal`.
pub const MAX_ABS_YUAN: i64 = 1_000_000_000_000;

/// An amount of Chinese yuan, always held to exactly two decimal places (fen).
///
/// Every constructor rounds half-up (四舍五入, away from zero at the midpoint) to the fen, so
/// two `Money` values are equal exactly when they show the same figure to the customer.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(try_from = "Decimal", into = "Decimal")]
pub struct Money(Decimal);

/// Why a text or number is not an acceptable amount.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    /// Not a decimal number at all.
    #[error("not a number")]
    NotANumber,
    /// More than two decimal places where exactness was required.
    #[error("more than two decimal places")]
    TooPrecise,
    /// Beyond [`MAX_ABS_YUAN`].
    #[error("amount out of range")]
    OutOfRange,
}

impl UserFacing for MoneyError {
    fn code(&self) -> &'static str {
        match self {
            MoneyError::NotANumber => "MONEY_NOT_A_NUMBER",
            MoneyError::TooPrecise => "MONEY_TOO_PRECISE",
            MoneyError::OutOfRange => "MONEY_OUT_OF_RANGE",
        }
    }
    fn message_id(&self) -> &'static str {
        match self {
            MoneyError::NotANumber => "error-money-not-a-number",
            MoneyError::TooPrecise => "error-money-too-precise",
            MoneyError::OutOfRange => "error-money-out-of-range",
        }
    }
}

impl Money {
    /// Zero yuan.
    pub const ZERO: Money = Money(Decimal::ZERO);

    /// An amount from a whole number of fen (分). `Money::from_fen(123_456)` is ¥1,234.56.
    pub fn from_fen(fen: i64) -> Money {
        Money(Decimal::new(fen, 2))
    }

    /// An amount from whole yuan.
    pub fn from_yuan(yuan: i64) -> Money {
        Money(Decimal::new(yuan, 0).round_dp(2))
    }

    /// Rounds any decimal half-up to the fen. This is the one place where rounding of
    /// amounts happens, so that every schedule rounds the same way.
    pub fn round(value: Decimal) -> Money {
        Money(value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero))
    }

    /// An amount that must already be exact to the fen and within range: what a customer
    /// typed, or what the bank sent.
    pub fn exact(value: Decimal) -> Result<Money, MoneyError> {
        if value.abs() > Decimal::from(MAX_ABS_YUAN) {
            return Err(MoneyError::OutOfRange);
        }
        if value.normalize().scale() > 2 {
            return Err(MoneyError::TooPrecise);
        }
        Ok(Money(value.round_dp(2)))
    }

    /// The exact decimal value in yuan.
    pub fn amount(self) -> Decimal {
        self.0
    }

    /// The amount in whole fen.
    pub fn fen(self) -> i64 {
        // In range by construction (|amount| ≤ 10^12 yuan), so the mantissa fits an i64.
        let scaled = self.0 * Decimal::ONE_HUNDRED;
        i64::try_from(scaled).unwrap_or(if scaled.is_sign_negative() {
            i64::MIN
        } else {
            i64::MAX
        })
    }

    /// True when below zero.
    pub fn is_negative(self) -> bool {
        self.0.is_sign_negative() && !self.0.is_zero()
    }

    /// True when exactly zero.
    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    /// This amount times a factor (a rate, a share), rounded half-up to the fen.
    pub fn mul_rounded(self, factor: Decimal) -> Money {
        Money::round(self.0 * factor)
    }

    /// The larger of two amounts.
    pub fn max(self, other: Money) -> Money {
        if self >= other { self } else { other }
    }

    /// The smaller of two amounts.
    pub fn min(self, other: Money) -> Money {
        if self <= other { self } else { other }
    }
}

impl From<Money> for Decimal {
    fn from(m: Money) -> Decimal {
        m.0
    }
}

impl TryFrom<Decimal> for Money {
    type Error = MoneyError;
    fn try_from(value: Decimal) -> Result<Self, Self::Error> {
        Money::exact(value)
    }
}

impl FromStr for Money {
    type Err = MoneyError;
    /// Parses what a customer types: optional `¥`/`￥`, thousands separators, spaces and
    /// full-width digits are accepted; more than two decimals are refused, not rounded, because
    /// silently changing a typed amount is worse than asking again.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let cleaned: String = s
            .chars()
            .map(crate::domain::text::fold_full_width)
            .filter(|c| !matches!(c, ',' | ' ' | '¥' | '_'))
            .collect();
        if cleaned.is_empty() {
            return Err(MoneyError::NotANumber);
        }
        let value = Decimal::from_str_exact(&cleaned).map_err(|_| MoneyError::NotANumber)?;
        Money::exact(value)
    }
}

impl fmt::Display for Money {
    /// Plain `1234.56`; use [`crate::domain::format`] for what customers see.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.2}", self.0)
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money(self.0 + rhs.0)
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, rhs: Money) {
        self.0 += rhs.0;
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        Money(self.0 - rhs.0)
    }
}

impl SubAssign for Money {
    fn sub_assign(&mut self, rhs: Money) {
        self.0 -= rhs.0;
    }
}

impl Neg for Money {
    type Output = Money;
    fn neg(self) -> Money {
        Money(-self.0)
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, Add::add)
    }
}

impl<'a> Sum<&'a Money> for Money {
    fn sum<I: Iterator<Item = &'a Money>>(iter: I) -> Money {
        iter.copied().sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn rounds_half_up_to_the_fen() {
        assert_eq!(Money::round(dec!(1.005)), Money::from_fen(101));
        assert_eq!(Money::round(dec!(1.004999)), Money::from_fen(100));
        assert_eq!(Money::round(dec!(-1.005)), Money::from_fen(-101));
        assert_eq!(Money::round(dec!(8661.904)), Money::from_fen(866_190));
    }

    #[test]
    fn parses_what_customers_type() {
        assert_eq!("¥1,234.56".parse::<Money>(), Ok(Money::from_fen(123_456)));
        assert_eq!(
            "１２３４．５".parse::<Money>(),
            Ok(Money::from_fen(123_450))
        );
        assert_eq!(" 100 ".parse::<Money>(), Ok(Money::from_yuan(100)));
        assert_eq!("1.234".parse::<Money>(), Err(MoneyError::TooPrecise));
        assert_eq!("1.230".parse::<Money>(), Ok(Money::from_fen(123)));
        assert_eq!("abc".parse::<Money>(), Err(MoneyError::NotANumber));
        assert_eq!("".parse::<Money>(), Err(MoneyError::NotANumber));
        assert_eq!("1e3".parse::<Money>(), Err(MoneyError::NotANumber));
        assert_eq!(
            "10000000000000".parse::<Money>(),
            Err(MoneyError::OutOfRange)
        );
    }

    #[test]
    fn arithmetic_is_exact() {
        let third = Money::from_yuan(100).mul_rounded(Decimal::ONE / Decimal::from(3));
        assert_eq!(third, Money::from_fen(3333));
        let parts = [third, third, Money::from_yuan(100) - third - third];
        assert_eq!(parts.iter().sum::<Money>(), Money::from_yuan(100));
        assert_eq!(Money::from_fen(-5).fen(), -5);
        assert!(Money::from_fen(-5).is_negative());
        assert!(!Money::ZERO.is_negative());
    }

    #[test]
    fn serialises_as_an_exact_string() {
        let json = serde_json::to_string(&Money::from_fen(123_456)).unwrap();
        assert_eq!(json, "\"1234.56\"");
        let back: Money = serde_json::from_str(&json).unwrap();
        assert_eq!(back, Money::from_fen(123_456));
        assert!(serde_json::from_str::<Money>("\"1.234\"").is_err());
    }
}
