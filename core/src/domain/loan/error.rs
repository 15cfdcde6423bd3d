//! What can be wrong with a loan request, a product, a prepayment or a plan, in the customer's
//! words. Amounts in messages are limits and balances of the product or the loan, never personal
//! data.

use crate::domain::format;
use crate::domain::money::Money;
use crate::domain::rate::RateError;
use crate::error::UserFacing;
use crate::i18n::{Locale, MessageArg};

/// Why the annual percentage rate could not be computed. The solver never loops forever and never
/// returns NaN: every way it can fail is one of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AprError {
    /// The customer would receive nothing (up-front fees eat the whole principal), so there is
    /// no rate at which the repayments are worth what was received.
    #[error("nothing is received, so no rate exists")]
    NothingReceived,
    /// There are no repayments to discount.
    #[error("no repayments")]
    NoRepayments,
    /// The customer repays so little that the rate would be below −99% a period.
    #[error("rate below the solver's floor")]
    BelowFloor,
    /// The rate is beyond the solver's ceiling (an effective 1,000,000 × per year).
    #[error("rate above the solver's ceiling")]
    AboveCeiling,
}

/// Why a loan cannot be priced, quoted or prepaid as asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoanError {
    /// The amount is outside what the product lends.
    #[error("amount outside {min}..={max}")]
    AmountOutOfRange {
        /// Smallest amount the product lends.
        min: Money,
        /// Largest amount the product lends.
        max: Money,
    },
    /// Zero or a negative amount where a positive one is needed.
    #[error("amount must be positive")]
    AmountNotPositive,
    /// The product does not offer this term.
    #[error("term of {months} months not offered")]
    TermNotOffered {
        /// The term asked for.
        months: u32,
    },
    /// The product does not allow this repayment method.
    #[error("repayment method not allowed")]
    MethodNotAllowed,
    /// The product's rate is negative or implausible.
    #[error("invalid rate: {0}")]
    Rate(#[from] RateError),
    /// The first due date is on or before the disbursement date.
    #[error("disbursement on or after the first due date")]
    DisbursementAfterFirstDue,
    /// The first due date asked for is more than two months after disbursement.
    #[error("first due date too far after disbursement")]
    FirstDueTooFar,
    /// A due date would fall outside the calendar the core supports.
    #[error("date out of range")]
    DateOutOfRange,
    /// Up-front fees are as large as the principal: the customer would receive nothing.
    #[error("up-front fees swallow the principal")]
    FeesExceedPrincipal,
    /// The product's own terms are inconsistent (a configuration error at the bank).
    #[error("product misconfigured: {0}")]
    InvalidProduct(&'static str),
    /// The APR could not be computed.
    #[error("APR: {0}")]
    Apr(#[from] AprError),
    /// A prepayment date before disbursement or on or after the final due date.
    #[error("prepayment date outside the life of the loan")]
    PrepaymentDateInvalid,
    /// A partial prepayment at least as large as what is outstanding.
    #[error("prepayment larger than the outstanding principal {outstanding}")]
    PrepaymentOverOutstanding {
        /// Principal outstanding on the prepayment date.
        outstanding: Money,
    },
    /// Plan input that cannot be right (a month outside 1–12, a negative capacity).
    #[error("invalid plan input: {0}")]
    InvalidPlanInput(&'static str),
}

/// The same figure in every locale: all three write CNY amounts alike.
fn money_arg(m: Money) -> MessageArg {
    MessageArg::Text(format::money(m, Locale::ZhCn))
}

impl UserFacing for LoanError {
    fn code(&self) -> &'static str {
        match self {
            LoanError::AmountOutOfRange { .. } => "LOAN_AMOUNT_OUT_OF_RANGE",
            LoanError::AmountNotPositive => "LOAN_AMOUNT_NOT_POSITIVE",
            LoanError::TermNotOffered { .. } => "LOAN_TERM_NOT_OFFERED",
            LoanError::MethodNotAllowed => "LOAN_METHOD_NOT_ALLOWED",
            LoanError::Rate(e) => e.code(),
            LoanError::DisbursementAfterFirstDue => "LOAN_DISBURSEMENT_AFTER_FIRST_DUE",
            LoanError::FirstDueTooFar => "LOAN_FIRST_DUE_TOO_FAR",
            LoanError::DateOutOfRange => "LOAN_DATE_OUT_OF_RANGE",
            LoanError::FeesExceedPrincipal => "LOAN_FEES_EXCEED_PRINCIPAL",
            LoanError::InvalidProduct(_) => "LOAN_PRODUCT_INVALID",
            LoanError::Apr(_) => "LOAN_APR_UNSOLVABLE",
            LoanError::PrepaymentDateInvalid => "LOAN_PREPAYMENT_DATE_INVALID",
            LoanError::PrepaymentOverOutstanding { .. } => "LOAN_PREPAYMENT_OVER_OUTSTANDING",
            LoanError::InvalidPlanInput(_) => "LOAN_PLAN_INPUT_INVALID",
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            LoanError::AmountOutOfRange { .. } => "error-loan-amount-out-of-range",
            LoanError::AmountNotPositive => "error-loan-amount-not-positive",
            LoanError::TermNotOffered { .. } => "error-loan-term-not-offered",
            LoanError::MethodNotAllowed => "error-loan-method-not-allowed",
            LoanError::Rate(e) => e.message_id(),
            LoanError::DisbursementAfterFirstDue => "error-loan-disbursement-after-first-due",
            LoanError::FirstDueTooFar => "error-loan-first-due-too-far",
            LoanError::DateOutOfRange => "error-loan-date-out-of-range",
            LoanError::FeesExceedPrincipal => "error-loan-fees-exceed-principal",
            LoanError::InvalidProduct(_) => "error-loan-product-invalid",
            LoanError::Apr(_) => "error-loan-apr-unsolvable",
            LoanError::PrepaymentDateInvalid => "error-loan-prepayment-date-invalid",
            LoanError::PrepaymentOverOutstanding { .. } => "error-loan-prepayment-over-outstanding",
            LoanError::InvalidPlanInput(_) => "error-loan-plan-input-invalid",
        }
    }

    fn args(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            LoanError::AmountOutOfRange { min, max } => {
                vec![("min", money_arg(*min)), ("max", money_arg(*max))]
            }
            LoanError::TermNotOffered { months } => vec![("months", i64::from(*months).into())],
            LoanError::PrepaymentOverOutstanding { outstanding } => {
                vec![("outstanding", money_arg(*outstanding))]
            }
            _ => Vec::new(),
        }
    }
}

/// Why a revolving-line event or statement is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LineError {
    /// Zero or a negative amount.
    #[error("amount must be positive")]
    AmountNotPositive,
    /// A draw above what is still available on the line.
    #[error("draw above the available {available}")]
    DrawOverLimit {
        /// What could be drawn on that date.
        available: Money,
    },
    /// A repayment above everything owed on that date.
    #[error("repayment above the {owed} owed")]
    RepaymentOverOwed {
        /// Principal plus accrued interest on that date.
        owed: Money,
    },
    /// An event or statement date before the line was opened.
    #[error("date before the line was opened")]
    BeforeOpening,
    /// A statement whose end is before its start.
    #[error("statement period ends before it starts")]
    StatementPeriodInvalid,
    /// A date beyond the calendar the core supports.
    #[error("date out of range")]
    DateOutOfRange,
}

impl UserFacing for LineError {
    fn code(&self) -> &'static str {
        match self {
            LineError::AmountNotPositive => "LINE_AMOUNT_NOT_POSITIVE",
            LineError::DrawOverLimit { .. } => "LINE_DRAW_OVER_LIMIT",
            LineError::RepaymentOverOwed { .. } => "LINE_REPAYMENT_OVER_OWED",
            LineError::BeforeOpening => "LINE_BEFORE_OPENING",
            LineError::StatementPeriodInvalid => "LINE_STATEMENT_PERIOD_INVALID",
            LineError::DateOutOfRange => "LINE_DATE_OUT_OF_RANGE",
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            LineError::AmountNotPositive => "error-loan-amount-not-positive",
            LineError::DrawOverLimit { .. } => "error-line-draw-over-limit",
            LineError::RepaymentOverOwed { .. } => "error-line-repayment-over-owed",
            LineError::BeforeOpening => "error-line-before-opening",
            LineError::StatementPeriodInvalid => "error-line-statement-period-invalid",
            LineError::DateOutOfRange => "error-loan-date-out-of-range",
        }
    }

    fn args(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            LineError::DrawOverLimit { available } => vec![("available", money_arg(*available))],
            LineError::RepaymentOverOwed { owed } => vec![("owed", money_arg(*owed))],
            _ => Vec::new(),
        }
    }
}
