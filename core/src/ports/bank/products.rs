//! The catalogue and what an assessment asks and answers: products, offers, declines.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::domain::Money;
use crate::domain::loan::{
    Apr, ComplianceFlag, FeeLine, Installment, LoanProduct, LoanPurpose, RepaymentMethod,
};

/// A loan product (see the contract for each field's meaning). Its terms are the engine's
/// [`LoanProduct`], so the app prices an offer exactly as the bank does.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Product {
    /// Product id.
    pub id: String,
    /// Chinese name.
    pub name_zh: String,
    /// English name.
    pub name_en: String,
    /// `revolving_line`, `installment` or `harvest`.
    pub kind: String,
    /// `none` (pure credit), `guarantee`, `mortgage`.
    pub collateral: String,
    /// Online drawdown from an approved line.
    pub online_drawdown: bool,
    /// The pricing terms.
    pub terms: LoanProduct,
    /// The bank's representative example.
    #[serde(default)]
    pub example: Option<ProductExample>,
}

/// The representative example the bank shows with a product.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductExample {
    /// Principal.
    pub amount: Money,
    /// Term, months.
    pub term_months: u32,
    /// Repayment method.
    pub method: RepaymentMethod,
    /// The first installment.
    pub first_installment: Money,
    /// Interest and every fee.
    pub total_cost: Money,
    /// The all-in APR.
    pub apr: Apr,
    /// The compliance flag.
    pub flag: ComplianceFlag,
}

/// A request for a loan offer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssessmentRequest {
    /// Product id.
    pub product_id: String,
    /// Principal.
    #[serde(serialize_with = "super::wire::money")]
    pub amount: Money,
    /// Term, months.
    pub term_months: u32,
    /// Repayment method.
    pub method: RepaymentMethod,
    /// What the money is for.
    pub purpose: LoanPurpose,
    /// When the money would be paid out; the bank's today when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disbursement_date: Option<NaiveDate>,
}

/// An offer as the bank priced it: every figure of the engine's quote.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Offer {
    /// Product id.
    pub product_id: String,
    /// Principal.
    pub amount: Money,
    /// Nominal annual rate, fraction.
    pub annual_rate: Decimal,
    /// Term, months.
    pub term_months: u32,
    /// Repayment method.
    pub method: RepaymentMethod,
    /// Disbursement date.
    pub disbursement_date: NaiveDate,
    /// First due date.
    pub first_due_date: NaiveDate,
    /// Last due date.
    pub maturity_date: NaiveDate,
    /// Level payment or principal.
    pub level_amount: Option<Money>,
    /// Every fee.
    pub fees: Vec<FeeLine>,
    /// Fees out of the payout.
    pub upfront_fees_deducted: Money,
    /// Fees paid separately at disbursement.
    pub upfront_fees_paid_separately: Money,
    /// What reaches the account.
    pub amount_paid_out: Money,
    /// Interest over the loan.
    pub total_interest: Money,
    /// Fees with the installments.
    pub total_periodic_fees: Money,
    /// Interest and every fee.
    pub total_cost: Money,
    /// Sum of the installments.
    pub total_repayable: Money,
    /// The schedule.
    pub schedule: Vec<Installment>,
    /// The all-in APR.
    pub apr: Apr,
    /// The compliance flag.
    pub flag: ComplianceFlag,
}

/// The bank's answer to an assessment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    /// `offer` or `decline`.
    pub decision: String,
    /// The bank's reason code for a decline.
    pub reason_code: Option<String>,
    /// The offer, when made.
    pub offer: Option<Offer>,
}
