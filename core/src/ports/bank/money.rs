//! Requests that move money, and what they produce.

use serde::{Deserialize, Serialize};

use super::loans::Transaction;
use crate::domain::Money;

/// The outcome of a disbursement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = DisbursementView))]
pub struct Disbursement {
    /// Application id.
    pub application_id: String,
    /// `disbursed`, or `bounced` when the receiving card refused the money.
    pub status: String,
    /// The new loan, when disbursed.
    pub loan_id: Option<String>,
    /// The disbursement on the ledger, when disbursed.
    pub transaction: Option<Transaction>,
    /// Why it bounced: `CARD_FROZEN`.
    pub bounce_reason: Option<String>,
}

/// A customer intent that moves money. It is stored (with its idempotency key) before the
/// first attempt, so it serialises.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MoneyMovement {
    /// Pay out a signed application.
    Disbursement {
        /// Application id.
        application_id: String,
    },
    /// Draw from a revolving line.
    Drawdown {
        /// Loan id.
        loan_id: String,
        /// Amount.
        amount: Money,
    },
    /// Repay.
    Repayment {
        /// Loan id.
        loan_id: String,
        /// Amount.
        amount: Money,
    },
    /// Accept a prepayment quote.
    Prepayment {
        /// Loan id.
        loan_id: String,
        /// Quote id.
        quote_id: String,
    },
}

impl MoneyMovement {
    /// The stored kind name.
    pub fn kind(&self) -> &'static str {
        match self {
            MoneyMovement::Disbursement { .. } => "disbursement",
            MoneyMovement::Drawdown { .. } => "drawdown",
            MoneyMovement::Repayment { .. } => "repayment",
            MoneyMovement::Prepayment { .. } => "prepayment",
        }
    }
}

/// What a money movement produced.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum MoneyMoved {
    /// A drawdown, repayment or prepayment.
    Transaction(Transaction),
    /// A disbursement (which may have bounced).
    Disbursement(Disbursement),
}
