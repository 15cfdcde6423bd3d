//! A customer's loans as the bank reports them: balances, ledger, schedule and the cost of
//! repaying early.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::domain::loan::{Installment, RepaymentMethod, Rescheduled};
use crate::domain::{DayCount, Money};

/// Another borrower on a loan, as the others see them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = BorrowerView))]
pub struct Borrower {
    /// Customer id.
    pub customer_id: String,
    /// Name with all but the family name masked.
    pub name_masked: String,
    /// `primary` or `co_borrower`.
    pub role: String,
}

/// A loan with its balance as of today.
// Amounts are written with exactly two decimals, as the contract spells them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = LoanView))]
pub struct Loan {
    /// Loan id.
    pub id: String,
    /// Product id.
    pub product_id: String,
    /// Product name in Chinese.
    pub product_name_zh: String,
    /// Product name in English.
    pub product_name_en: String,
    /// Product kind: `revolving_line`, `installment` or `harvest`.
    pub kind: String,
    /// Repayment method.
    pub repayment_method: String,
    /// `active`, `overdue` or `settled`.
    pub status: String,
    /// The signed-in customer's role: `primary` or `co_borrower`.
    pub role: String,
    /// Amount lent (for a line: its limit), decimal string.
    #[serde(serialize_with = "super::wire::money")]
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub principal: Money,
    /// The limit of a revolving line.
    #[serde(serialize_with = "super::wire::opt_money")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub credit_limit: Option<Money>,
    /// What can still be drawn from a revolving line.
    #[serde(serialize_with = "super::wire::opt_money")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>))]
    pub available_credit: Option<Money>,
    /// Principal owed.
    #[serde(serialize_with = "super::wire::money")]
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub outstanding_principal: Money,
    /// Interest owed up to and including today.
    #[serde(serialize_with = "super::wire::money")]
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub accrued_interest: Money,
    /// What settles the loan today, before any prepayment penalty: principal and interest
    /// owed, less what is already paid toward the current installment.
    #[serde(serialize_with = "super::wire::money")]
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub total_due_today: Money,
    /// Repaid toward the installment due next, held until its due date (installment loans).
    // The sandbox always sends it; another bank that holds nothing may leave it out.
    #[serde(default, serialize_with = "super::wire::money")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, required = true))]
    pub paid_ahead: Money,
    /// The most a repayment can pay today: for an installment loan the installment due next
    /// less what is already paid toward it, for a line everything owed. Paying more off an
    /// installment loan is a prepayment: ask for a quote.
    // Required: a missing figure must not read as "nothing due".
    #[serde(serialize_with = "super::wire::money")]
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub amount_due: Money,
    /// Nominal annual rate, fraction.
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub annual_rate: Decimal,
    /// Term, months.
    pub term_months: u32,
    /// First day, `YYYY-MM-DD`.
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub start_date: NaiveDate,
    /// Last day, `YYYY-MM-DD`.
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub maturity_date: NaiveDate,
    /// Monthly debit day, 1–28.
    pub debit_day: u32,
    /// The repayment card, masked.
    pub repayment_card_masked: String,
    /// Every borrower on the loan.
    pub borrowers: Vec<Borrower>,
}

/// One movement of money on a loan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = TransactionView))]
pub struct Transaction {
    /// Transaction id.
    pub id: String,
    /// Loan id.
    pub loan_id: String,
    /// `disbursement`, `drawdown`, `repayment` or `prepayment`.
    pub kind: String,
    /// Money that moved between bank and customer, decimal string.
    #[serde(serialize_with = "super::wire::money")]
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub amount: Money,
    /// Principal part (lent, drawn or repaid).
    #[serde(serialize_with = "super::wire::money")]
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub principal: Money,
    /// Interest part.
    #[serde(serialize_with = "super::wire::money")]
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub interest: Money,
    /// Fee or penalty part.
    #[serde(serialize_with = "super::wire::money")]
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub fee: Money,
    /// Principal owed after this transaction.
    #[serde(serialize_with = "super::wire::money")]
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub balance_after: Money,
    /// When, RFC 3339.
    pub created_at: String,
}

/// The cost of an early repayment, shown before anything moves.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrepaymentQuote {
    /// Quote id.
    pub id: String,
    /// Loan id.
    pub loan_id: String,
    /// Principal prepaid.
    pub principal: Money,
    /// Interest to today.
    pub interest: Money,
    /// Penalty.
    pub penalty: Money,
    /// Already repaid toward the current installment: the prepayment replaces that
    /// installment, so it is counted against `total`.
    #[serde(default)]
    pub paid_ahead: Money,
    /// Everything still to pay: principal, interest and penalty, less `paid_ahead`.
    pub total: Money,
    /// Whether it settles the loan.
    pub settles_loan: bool,
    /// Accept before (RFC 3339).
    pub valid_until: String,
}

/// One row of a loan's schedule at the bank.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScheduleRow {
    /// The installment (or settlement) figures.
    #[serde(flatten)]
    pub installment: Installment,
    /// `paid`, `due` or `settlement`.
    pub status: Option<String>,
}

/// A loan's schedule as it stands at the bank.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoanSchedule {
    /// Loan id.
    pub loan_id: String,
    /// Repayment method.
    pub method: RepaymentMethod,
    /// Principal lent.
    pub principal: Money,
    /// Nominal annual rate, fraction.
    pub annual_rate: Decimal,
    /// Day count of partial periods.
    pub day_count: DayCount,
    /// Disbursement date.
    pub disbursement_date: NaiveDate,
    /// First due date.
    pub first_due_date: NaiveDate,
    /// Level payment or principal of the installments to come.
    pub level_amount: Option<Money>,
    /// Every row.
    pub installments: Vec<ScheduleRow>,
    /// Interest over every row.
    pub total_interest: Money,
    /// Periodic fees over every row.
    pub total_fees: Money,
}

/// After a partial prepayment: finish sooner, or pay less each time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PrepaymentAfter {
    /// Keep the installment, finish sooner.
    ShorterTerm,
    /// Keep the term, pay less each time.
    LowerInstallment,
}

/// A prepayment quote with both choices of a partial prepayment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrepaymentOffer {
    /// Quote id.
    pub id: String,
    /// Loan id.
    pub loan_id: String,
    /// The day priced.
    pub date: NaiveDate,
    /// Principal outstanding before.
    pub outstanding_principal: Money,
    /// Principal prepaid.
    pub principal: Money,
    /// Interest to the day.
    pub interest: Money,
    /// Penalty.
    pub penalty: Money,
    /// Already repaid toward the current installment: the prepayment replaces that
    /// installment, so it is counted against `total`.
    #[serde(default)]
    pub paid_ahead: Money,
    /// Everything still to pay: principal, interest and penalty, less `paid_ahead`.
    pub total: Money,
    /// Last day of the penalty period.
    pub penalty_until: Option<NaiveDate>,
    /// Whether it settles the loan.
    pub settles_loan: bool,
    /// The choice made with the quote.
    pub after: Option<PrepaymentAfter>,
    /// Installments left when finishing sooner.
    pub shorter_term: Option<Rescheduled>,
    /// Installments left when paying less each time.
    pub lower_installment: Option<Rescheduled>,
    /// Accept before (RFC 3339).
    pub valid_until: String,
}
