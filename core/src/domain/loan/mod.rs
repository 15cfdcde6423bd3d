//! 快贷 pricing: product terms, repayment schedules, the all-in APR, plans and early-repayment quotes.
//! Pure domain types and rules. Nothing in here performs I/O or reads a clock: every date
//! ("today", the disbursement day, the prepayment day) is a parameter.
//!
//! Entry points:
//! - [`quote`]: schedule + APR + compliance flag for a [`LoanRequest`] under a [`LoanProduct`];
//! - [`Schedule::build`] and [`Apr::of_schedule`] separately, when only one is needed;
//! - [`recommend`]: the best plan for a [`PlanNeed`], with [`PlanRecommendation::explain`];
//! - [`quote_prepayment`]: what repaying early on a date costs, and the new schedules;
//! - [`LineLedger`]: a revolving line (随借随还) with daily interest and statements.

pub mod apr;
pub mod calendar;
pub mod compliance;
pub mod error;
pub mod fees;
pub mod methods;
pub mod plan;
pub mod prepayment;
pub mod product;
pub mod quote;
pub mod revolving;
pub mod schedule;

pub use apr::{Apr, AprBasis};
pub use calendar::{FirstDueRule, LoanCalendar};
pub use compliance::{AprMeasure, ComplianceFlag, ComplianceLevel, ComplianceSettings};
pub use error::{AprError, LineError, LoanError};
pub use fees::{
    Collection, FeeKind, FeeLine, Fees, PeriodicAmount, PeriodicFee, UpfrontAmount, UpfrontFee,
    UpfrontTotals,
};
pub use methods::{level_payment, level_principal};
pub use plan::{LoanPurpose, PlanNeed, PlanOption, PlanRecommendation, Seasonality, recommend};
pub use prepayment::{Prepayment, PrepaymentQuote, Rescheduled, quote_prepayment};
pub use product::{LoanProduct, LoanRequest, PrepaymentPenalty, RepaymentMethod};
pub use quote::{LoanQuote, quote};
pub use revolving::{
    AppliedEvent, CreditLine, LineBalance, LineEvent, LineEventKind, LineLedger, LineStatement,
};
pub use schedule::{Installment, Schedule};
