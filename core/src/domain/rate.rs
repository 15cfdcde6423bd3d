//! Interest rates: an annual nominal rate and the day-count convention that turns it into a
//! daily one.

use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::UserFacing;

/// The highest annual rate the core will price: 1000%. Beyond that a figure is a typo; the
/// compliance flags (24%, 4 × LPR) sit far below and decide what the customer is warned about.
const MAX_ANNUAL: Decimal = Decimal::TEN;

/// How a product turns an annual rate into a daily one. Chinese banks usually divide by 360;
/// some products divide by 365, so it is a product setting, never a constant.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DayCount {
    /// Annual rate / 360 per day (the usual convention).
    #[default]
    Act360,
    /// Annual rate / 365 per day.
    Act365,
}

impl DayCount {
    /// Days in the conventional year.
    pub fn days_per_year(self) -> Decimal {
        match self {
            DayCount::Act360 => Decimal::from(360),
            DayCount::Act365 => Decimal::from(365),
        }
    }
}

/// A nominal annual interest rate, held as a fraction (`0.072` is 7.2% a year).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(try_from = "Decimal", into = "Decimal")]
pub struct Rate(Decimal);

/// Why a number is not an acceptable rate.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RateError {
    /// Below zero.
    #[error("negative rate")]
    Negative,
    /// Above 1000% a year.
    #[error("rate too high")]
    Absurd,
}

impl UserFacing for RateError {
    fn code(&self) -> &'static str {
        match self {
            RateError::Negative => "RATE_NEGATIVE",
            RateError::Absurd => "RATE_ABSURD",
        }
    }
    fn message_id(&self) -> &'static str {
        match self {
            RateError::Negative => "error-rate-negative",
            RateError::Absurd => "error-rate-absurd",
        }
    }
}

impl Rate {
    /// Zero interest.
    pub const ZERO: Rate = Rate(Decimal::ZERO);

    /// A rate from a fraction per year (`0.072`).
    pub fn annual(fraction: Decimal) -> Result<Rate, RateError> {
        if fraction.is_sign_negative() && !fraction.is_zero() {
            return Err(RateError::Negative);
        }
        if fraction > MAX_ANNUAL {
            return Err(RateError::Absurd);
        }
        Ok(Rate(fraction))
    }

    /// A rate from percent per year (`7.2`).
    pub fn annual_percent(percent: Decimal) -> Result<Rate, RateError> {
        Rate::annual(percent / Decimal::ONE_HUNDRED)
    }

    /// The annual fraction.
    pub fn fraction(self) -> Decimal {
        self.0
    }

    /// The annual rate in percent.
    pub fn percent(self) -> Decimal {
        self.0 * Decimal::ONE_HUNDRED
    }

    /// The monthly rate: annual / 12 (the nominal convention used for installment loans).
    pub fn monthly(self) -> Decimal {
        self.0 / Decimal::from(12)
    }

    /// The daily rate under a day-count convention.
    pub fn daily(self, day_count: DayCount) -> Decimal {
        self.0 / day_count.days_per_year()
    }
}

impl TryFrom<Decimal> for Rate {
    type Error = RateError;
    fn try_from(value: Decimal) -> Result<Self, Self::Error> {
        Rate::annual(value)
    }
}

impl From<Rate> for Decimal {
    fn from(r: Rate) -> Decimal {
        r.0
    }
}

impl fmt::Display for Rate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}%", self.percent().normalize())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn converts_between_conventions() {
        let r = Rate::annual_percent(dec!(7.2)).unwrap();
        assert_eq!(r.fraction(), dec!(0.072));
        assert_eq!(r.monthly(), dec!(0.006));
        assert_eq!(r.daily(DayCount::Act360), dec!(0.0002));
        assert_eq!(r.to_string(), "7.2%");
    }

    #[test]
    fn refuses_negative_and_absurd_rates() {
        assert_eq!(Rate::annual(dec!(-0.01)), Err(RateError::Negative));
        assert_eq!(Rate::annual(dec!(10.01)), Err(RateError::Absurd));
        assert!(Rate::annual(Decimal::ZERO).is_ok());
    }
}
