//! A loan product's terms, as data the bank (or the sandbox) sends as JSON, and a request to
//! borrow under them.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::calendar::FirstDueRule;
use super::error::LoanError;
use super::fees::Fees;
use crate::domain::money::Money;
use crate::domain::rate::{DayCount, Rate};

/// Shortest and longest terms the engine prices, in months.
pub const TERM_RANGE: std::ops::RangeInclusive<u32> = 1..=360;

/// How the principal and interest are repaid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RepaymentMethod {
    /// 等额本息: the same total each month (interest falls, principal rises).
    EqualInstallment,
    /// 等额本金: the same principal each month plus interest on what is left.
    EqualPrincipal,
    /// 先息后本: interest monthly, all principal with the last installment.
    InterestFirst,
    /// 到期还本付息: principal and all interest in one payment at maturity.
    Bullet,
}

impl RepaymentMethod {
    /// Every method, in the order products usually list them.
    pub const ALL: [RepaymentMethod; 4] = [
        RepaymentMethod::EqualInstallment,
        RepaymentMethod::EqualPrincipal,
        RepaymentMethod::InterestFirst,
        RepaymentMethod::Bullet,
    ];

    /// The Fluent message naming the method.
    pub fn message_id(self) -> &'static str {
        match self {
            RepaymentMethod::EqualInstallment => "loan-method-equal-installment",
            RepaymentMethod::EqualPrincipal => "loan-method-equal-principal",
            RepaymentMethod::InterestFirst => "loan-method-interest-first",
            RepaymentMethod::Bullet => "loan-method-bullet",
        }
    }
}

/// What repaying early costs beyond principal and interest.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum PrepaymentPenalty {
    /// Repaying early costs nothing extra.
    #[default]
    None,
    /// A fraction of the principal prepaid, when prepaying before `within_months` months have
    /// passed since disbursement (违约金).
    PercentOfPrepaid {
        /// Fraction of the prepaid principal (`0.02` is 2%).
        fraction: Decimal,
        /// The penalty applies to prepayments strictly before this many months.
        within_months: u32,
    },
}

/// A loan product: everything that decides what a loan under it costs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoanProduct {
    /// The bank's identifier of the product.
    pub id: String,
    /// Smallest amount lent.
    pub min_amount: Money,
    /// Largest amount lent.
    pub max_amount: Money,
    /// Terms offered, in months (each 1–360).
    pub term_months: Vec<u32>,
    /// Nominal annual interest rate. Monthly periods use rate / 12, partial periods and
    /// prepayments use rate / days per year of `day_count`.
    pub annual_rate: Rate,
    /// Repayment methods the customer may choose from.
    pub methods: Vec<RepaymentMethod>,
    /// Fees besides interest.
    #[serde(default)]
    pub fees: Fees,
    /// What early repayment costs.
    #[serde(default)]
    pub prepayment_penalty: PrepaymentPenalty,
    /// Annual rate / 360 or / 365 per day.
    #[serde(default)]
    pub day_count: DayCount,
    /// How the first due date is set.
    #[serde(default)]
    pub first_due: FirstDueRule,
}

impl LoanProduct {
    /// Refuses terms that cannot be priced: an empty or inverted amount range, no terms or a term
    /// outside 1–360, no methods, implausible fees, penalty or due-day rule. The rate itself is
    /// already checked by [`Rate`].
    pub fn validate(&self) -> Result<(), LoanError> {
        if !self.min_amount.amount().is_sign_positive() || self.min_amount.is_zero() {
            return Err(LoanError::InvalidProduct("minimum amount must be positive"));
        }
        if self.min_amount > self.max_amount {
            return Err(LoanError::InvalidProduct("minimum amount above maximum"));
        }
        if self.term_months.is_empty() || self.term_months.iter().any(|t| !TERM_RANGE.contains(t)) {
            return Err(LoanError::InvalidProduct("terms must be 1..=360 months"));
        }
        if self.methods.is_empty() {
            return Err(LoanError::InvalidProduct("no repayment method"));
        }
        // Re-check the rate: a product built in code could bypass `Rate`'s constructor only
        // through serde, which goes through it too, but the check is cheap and explicit.
        Rate::annual(self.annual_rate.fraction())?;
        self.fees.validate()?;
        self.first_due.validate()?;
        if let PrepaymentPenalty::PercentOfPrepaid { fraction, .. } = self.prepayment_penalty
            && (fraction.is_sign_negative() && !fraction.is_zero() || fraction > Decimal::ONE)
        {
            return Err(LoanError::InvalidProduct("penalty fraction outside 0..=1"));
        }
        Ok(())
    }

    /// Checks a request against the product: amount in range, term offered, method allowed.
    pub fn check(&self, request: &LoanRequest) -> Result<(), LoanError> {
        self.validate()?;
        if !request.amount.amount().is_sign_positive() || request.amount.is_zero() {
            return Err(LoanError::AmountNotPositive);
        }
        if request.amount < self.min_amount || request.amount > self.max_amount {
            return Err(LoanError::AmountOutOfRange {
                min: self.min_amount,
                max: self.max_amount,
            });
        }
        if !self.term_months.contains(&request.term_months) {
            return Err(LoanError::TermNotOffered {
                months: request.term_months,
            });
        }
        if !self.methods.contains(&request.method) {
            return Err(LoanError::MethodNotAllowed);
        }
        Ok(())
    }
}

/// What the customer asks to borrow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoanRequest {
    /// Principal.
    pub amount: Money,
    /// Term in months.
    pub term_months: u32,
    /// Repayment method.
    pub method: RepaymentMethod,
    /// The day the money is (or would be) paid out; a parameter, never read from a clock.
    pub disbursement_date: NaiveDate,
    /// A first due date fixed by the bank (e.g. after a debit-day change); `None` applies the
    /// product's rule.
    #[serde(default)]
    pub first_due_date: Option<NaiveDate>,
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    /// A plain product used across the loan tests: ¥1,000–¥1,000,000, 7.2%, every method.
    pub(crate) fn sample_product() -> LoanProduct {
        LoanProduct {
            id: "demo".into(),
            min_amount: Money::from_yuan(1_000),
            max_amount: Money::from_yuan(1_000_000),
            term_months: vec![1, 3, 6, 12, 24, 36, 360],
            annual_rate: Rate::annual(dec!(0.072)).unwrap(),
            methods: RepaymentMethod::ALL.to_vec(),
            fees: Fees::default(),
            prepayment_penalty: PrepaymentPenalty::None,
            day_count: DayCount::Act360,
            first_due: FirstDueRule::SameDayNextMonth,
        }
    }

    pub(crate) fn request(amount: i64, months: u32, method: RepaymentMethod) -> LoanRequest {
        LoanRequest {
            amount: Money::from_yuan(amount),
            term_months: months,
            method,
            disbursement_date: NaiveDate::from_ymd_opt(2026, 1, 15).unwrap(),
            first_due_date: None,
        }
    }

    #[test]
    fn checks_requests_against_the_product() {
        let p = sample_product();
        assert!(
            p.check(&request(100_000, 12, RepaymentMethod::EqualInstallment))
                .is_ok()
        );
        assert_eq!(
            p.check(&request(500, 12, RepaymentMethod::EqualInstallment)),
            Err(LoanError::AmountOutOfRange {
                min: p.min_amount,
                max: p.max_amount
            })
        );
        assert_eq!(
            p.check(&request(100_000, 7, RepaymentMethod::Bullet)),
            Err(LoanError::TermNotOffered { months: 7 })
        );
        let mut only_annuity = p.clone();
        only_annuity.methods = vec![RepaymentMethod::EqualInstallment];
        assert_eq!(
            only_annuity.check(&request(100_000, 12, RepaymentMethod::Bullet)),
            Err(LoanError::MethodNotAllowed)
        );
    }

    #[test]
    fn refuses_misconfigured_products() {
        let mut p = sample_product();
        p.term_months = vec![12, 361];
        assert!(matches!(p.validate(), Err(LoanError::InvalidProduct(_))));
        let mut p = sample_product();
        p.min_amount = Money::from_yuan(2_000_000);
        assert!(p.validate().is_err());
        let mut p = sample_product();
        p.methods.clear();
        assert!(p.validate().is_err());
    }

    #[test]
    fn product_terms_travel_as_json() {
        let mut p = sample_product();
        p.first_due = FirstDueRule::FixedDay {
            day: 10,
            min_days: 15,
        };
        p.prepayment_penalty = PrepaymentPenalty::PercentOfPrepaid {
            fraction: dec!(0.02),
            within_months: 12,
        };
        let json = serde_json::to_string(&p).unwrap();
        assert!(json.contains("\"equal_installment\""), "{json}");
        assert!(json.contains("\"annual_rate\":\"0.072\""), "{json}");
        let back: LoanProduct = serde_json::from_str(&json).unwrap();
        assert_eq!(back, p);
        // A negative rate never gets past deserialisation.
        let bad = json.replace("\"annual_rate\":\"0.072\"", "\"annual_rate\":\"-0.01\"");
        assert!(serde_json::from_str::<LoanProduct>(&bad).is_err());
    }
}
