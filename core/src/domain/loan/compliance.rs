//! Consumer-protection flags on an offer's APR. The thresholds are settings, because the LPR
//! moves every month and the lines may change with regulation.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::apr::Apr;
use crate::domain::format;
use crate::i18n::{Locale, Localizer};

/// Which APR figure the thresholds are compared with.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AprMeasure {
    /// The simple APR (单利), the headline figure lenders disclose and courts compare with the
    /// 24% line.
    #[default]
    Simple,
    /// The compound APR, which is higher: stricter.
    Compound,
}

/// The thresholds, with defaults of 24%, a one-year LPR of 3.0% and a multiple of 4.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComplianceSettings {
    /// Above this APR the strongest warning is shown (default 0.24).
    pub strongest_above: Decimal,
    /// The one-year Loan Prime Rate (default 0.030).
    pub lpr_one_year: Decimal,
    /// Above this multiple of the LPR a caution is shown (default 4).
    pub lpr_multiple: Decimal,
    /// Which APR figure is compared.
    pub measure: AprMeasure,
}

impl Default for ComplianceSettings {
    fn default() -> Self {
        ComplianceSettings {
            strongest_above: Decimal::new(24, 2),
            lpr_one_year: Decimal::new(30, 3),
            lpr_multiple: Decimal::from(4),
            measure: AprMeasure::Simple,
        }
    }
}

/// How loudly an offer must be flagged, quietest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ComplianceLevel {
    /// Within both thresholds.
    Ok,
    /// Above the LPR multiple: a caution.
    Caution,
    /// Above the top threshold: the strongest warning.
    Strongest,
}

/// The flag of one offer, with the figures that triggered it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComplianceFlag {
    /// How loud.
    pub level: ComplianceLevel,
    /// The APR compared.
    pub apr: Decimal,
    /// The threshold it exceeded (none when within both).
    pub threshold: Option<Decimal>,
}

impl ComplianceSettings {
    /// The LPR multiple as a rate (4 × 3.0% = 12%).
    pub fn caution_above(&self) -> Decimal {
        self.lpr_one_year * self.lpr_multiple
    }

    /// Flags an APR; the strongest applicable level wins.
    pub fn assess(&self, apr: &Apr) -> ComplianceFlag {
        let value = match self.measure {
            AprMeasure::Simple => apr.simple,
            AprMeasure::Compound => apr.compound,
        };
        let (level, threshold) = if value > self.strongest_above {
            (ComplianceLevel::Strongest, Some(self.strongest_above))
        } else if value > self.caution_above() {
            (ComplianceLevel::Caution, Some(self.caution_above()))
        } else {
            (ComplianceLevel::Ok, None)
        };
        ComplianceFlag {
            level,
            apr: value,
            threshold,
        }
    }
}

impl ComplianceFlag {
    /// The customer's words for the flag, or `None` when there is nothing to flag.
    pub fn message(&self, locale: Locale) -> Option<String> {
        let id = match self.level {
            ComplianceLevel::Ok => return None,
            ComplianceLevel::Caution => "loan-flag-caution",
            ComplianceLevel::Strongest => "loan-flag-strongest",
        };
        let threshold = self.threshold.unwrap_or_default();
        Some(Localizer::get(locale).format(
            id,
            &[
                ("apr", format::percent(self.apr, 2, locale).into()),
                ("threshold", format::percent(threshold, 2, locale).into()),
            ],
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::loan::apr::AprBasis;
    use rust_decimal_macros::dec;

    fn apr(simple: Decimal) -> Apr {
        Apr {
            simple,
            compound: simple + dec!(0.01),
            basis: AprBasis::MonthlyPeriods,
            monthly_secondary: Decimal::ZERO,
            daily_secondary: Decimal::ZERO,
        }
    }

    #[test]
    fn flags_by_threshold() {
        let s = ComplianceSettings::default();
        assert_eq!(s.assess(&apr(dec!(0.0720))).level, ComplianceLevel::Ok);
        assert_eq!(s.assess(&apr(dec!(0.1200))).level, ComplianceLevel::Ok);
        // The published check figure, 12.80%, is above 4 × 3.0%.
        assert_eq!(s.assess(&apr(dec!(0.1280))).level, ComplianceLevel::Caution);
        assert_eq!(s.assess(&apr(dec!(0.2400))).level, ComplianceLevel::Caution);
        let flag = s.assess(&apr(dec!(0.2401)));
        assert_eq!(flag.level, ComplianceLevel::Strongest);
        assert_eq!(flag.threshold, Some(dec!(0.24)));
        let strict = ComplianceSettings {
            measure: AprMeasure::Compound,
            ..s
        };
        assert_eq!(
            strict.assess(&apr(dec!(0.2350))).level,
            ComplianceLevel::Strongest
        );
        let lower_lpr = ComplianceSettings {
            lpr_one_year: dec!(0.0345),
            ..s
        };
        assert_eq!(
            lower_lpr.assess(&apr(dec!(0.1280))).level,
            ComplianceLevel::Ok
        );
    }

    #[test]
    fn flags_speak_every_locale() {
        let flag = ComplianceSettings::default().assess(&apr(dec!(0.30)));
        for locale in Locale::ALL {
            let msg = flag.message(locale).unwrap();
            assert!(msg.contains("30.00%") && msg.contains("24.00%"), "{msg}");
        }
        assert_eq!(
            ComplianceSettings::default()
                .assess(&apr(dec!(0.05)))
                .message(Locale::En),
            None
        );
    }
}
