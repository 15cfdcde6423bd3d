//! How a bank request fails, and how each failure reads to the customer.

use crate::error::UserFacing;

/// Why a bank request failed. No variant carries personal data or tokens.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BankError {
    /// No bank URL configured.
    #[error("no bank configured")]
    NotConfigured,
    /// The URL is not HTTPS (plain HTTP is allowed to loopback only).
    #[error("bank URL must be https")]
    InsecureUrl,
    /// The bank could not be reached.
    #[error("bank unreachable")]
    Unreachable,
    /// The bank did not answer in time.
    #[error("bank timed out")]
    Timeout,
    /// The bank answered with a server error.
    #[error("bank unavailable")]
    Unavailable,
    /// A money movement got no definite answer after every retry: it may or may not have
    /// happened. Retrying the same pending operation is safe and will tell.
    #[error("outcome unknown")]
    OutcomeUnknown,
    /// The first request with this idempotency key is still running at the bank.
    #[error("still processing")]
    StillProcessing,
    /// The access token is missing, expired or revoked: sign in again (or refresh).
    #[error("signed out")]
    SignedOut,
    /// Wrong SMS code (or unknown phone number: the bank does not say which).
    #[error("wrong sms code")]
    WrongSmsCode,
    /// Not a mainland mobile number.
    #[error("invalid phone")]
    InvalidPhone,
    /// The thing asked for does not exist (or is not the customer's).
    #[error("not found")]
    NotFound,
    /// A drawdown above the line's available credit.
    #[error("insufficient credit")]
    InsufficientCredit,
    /// A repayment or prepayment above what is owed.
    #[error("amount exceeds balance")]
    AmountExceedsBalance,
    /// A repayment of an installment loan above what is due now (the installment due next):
    /// paying more is a prepayment, which needs a quote.
    #[error("repayment exceeds amount due")]
    RepaymentExceedsAmountDue,
    /// The loan is already repaid.
    #[error("loan settled")]
    LoanSettled,
    /// An early repayment that costs less than what is already held toward the current
    /// installment, which it would replace: prepay more, or wait until that installment is
    /// collected.
    #[error("prepayment below amount paid ahead")]
    PrepaymentBelowAmountPaidAhead,
    /// The prepayment quote expired, was used, or the loan changed since.
    #[error("quote no longer valid")]
    QuoteInvalid,
    /// The slot is fully booked.
    #[error("slot full")]
    SlotFull,
    /// The customer already booked this slot.
    #[error("already booked")]
    AlreadyBooked,
    /// The application was already paid out.
    #[error("already disbursed")]
    AlreadyDisbursed,
    /// The bank refused for another reason; `code` is its machine code.
    #[error("refused by the bank: {code}")]
    Refused {
        /// The bank's machine code (never personal data).
        code: String,
    },
    /// The idempotency key was used for another request: a bug in the core, never retried.
    #[error("idempotency key reused")]
    KeyReused,
    /// The answer could not be understood.
    #[error("unexpected answer from the bank")]
    BadResponse,
}

impl BankError {
    /// The error for a refusal the bank named with `code`.
    pub fn from_code(code: &str) -> BankError {
        match code {
            "UNAUTHORIZED" | "INVALID_REFRESH_TOKEN" => BankError::SignedOut,
            "INVALID_SMS_CODE" => BankError::WrongSmsCode,
            "INVALID_PHONE" => BankError::InvalidPhone,
            "NOT_FOUND" => BankError::NotFound,
            "INSUFFICIENT_CREDIT" => BankError::InsufficientCredit,
            "AMOUNT_EXCEEDS_BALANCE" => BankError::AmountExceedsBalance,
            "REPAYMENT_EXCEEDS_AMOUNT_DUE" => BankError::RepaymentExceedsAmountDue,
            "LOAN_SETTLED" => BankError::LoanSettled,
            "PREPAYMENT_BELOW_AMOUNT_PAID_AHEAD" => BankError::PrepaymentBelowAmountPaidAhead,
            "QUOTE_EXPIRED" | "QUOTE_USED" | "QUOTE_STALE" | "QUOTE_INVALID" => {
                BankError::QuoteInvalid
            }
            "SLOT_FULL" => BankError::SlotFull,
            "ALREADY_BOOKED" => BankError::AlreadyBooked,
            "ALREADY_DISBURSED" => BankError::AlreadyDisbursed,
            "IDEMPOTENCY_KEY_REUSED" | "KEY_REUSED" => BankError::KeyReused,
            "IDEMPOTENCY_IN_PROGRESS" => BankError::StillProcessing,
            other => BankError::Refused {
                code: other
                    .chars()
                    .filter(|c| c.is_ascii_uppercase() || *c == '_')
                    .take(64)
                    .collect(),
            },
        }
    }
}

impl UserFacing for BankError {
    fn code(&self) -> &'static str {
        match self {
            BankError::NotConfigured => "BANK_NOT_CONFIGURED",
            BankError::InsecureUrl => "BANK_INSECURE_URL",
            BankError::Unreachable => "BANK_UNREACHABLE",
            BankError::Timeout => "BANK_TIMEOUT",
            BankError::Unavailable => "BANK_UNAVAILABLE",
            BankError::OutcomeUnknown => "BANK_OUTCOME_UNKNOWN",
            BankError::StillProcessing => "BANK_STILL_PROCESSING",
            BankError::SignedOut => "BANK_SIGNED_OUT",
            BankError::WrongSmsCode => "BANK_WRONG_SMS_CODE",
            BankError::InvalidPhone => "BANK_INVALID_PHONE",
            BankError::NotFound => "BANK_NOT_FOUND",
            BankError::InsufficientCredit => "BANK_INSUFFICIENT_CREDIT",
            BankError::AmountExceedsBalance => "BANK_AMOUNT_EXCEEDS_BALANCE",
            BankError::RepaymentExceedsAmountDue => "BANK_REPAYMENT_EXCEEDS_AMOUNT_DUE",
            BankError::LoanSettled => "BANK_LOAN_SETTLED",
            BankError::PrepaymentBelowAmountPaidAhead => "BANK_PREPAYMENT_BELOW_AMOUNT_PAID_AHEAD",
            BankError::QuoteInvalid => "BANK_QUOTE_INVALID",
            BankError::SlotFull => "BANK_SLOT_FULL",
            BankError::AlreadyBooked => "BANK_ALREADY_BOOKED",
            BankError::AlreadyDisbursed => "BANK_ALREADY_DISBURSED",
            BankError::Refused { .. } => "BANK_REFUSED",
            BankError::KeyReused => "BANK_KEY_REUSED",
            BankError::BadResponse => "BANK_BAD_RESPONSE",
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            BankError::NotConfigured | BankError::InsecureUrl => "error-bank-config",
            BankError::Unreachable => "error-bank-unreachable",
            BankError::Timeout | BankError::Unavailable | BankError::StillProcessing => {
                "error-bank-busy"
            }
            BankError::OutcomeUnknown => "error-bank-outcome-unknown",
            BankError::SignedOut => "error-bank-signed-out",
            BankError::WrongSmsCode => "error-bank-wrong-sms-code",
            BankError::InvalidPhone => "error-bank-invalid-phone",
            BankError::NotFound => "error-bank-not-found",
            BankError::InsufficientCredit => "error-bank-insufficient-credit",
            BankError::AmountExceedsBalance => "error-bank-amount-exceeds-balance",
            BankError::RepaymentExceedsAmountDue => "error-bank-repayment-exceeds-amount-due",
            BankError::LoanSettled => "error-bank-loan-settled",
            BankError::PrepaymentBelowAmountPaidAhead => {
                "error-bank-prepayment-below-amount-paid-ahead"
            }
            BankError::QuoteInvalid => "error-bank-quote-invalid",
            BankError::SlotFull => "error-bank-slot-full",
            BankError::AlreadyBooked => "error-bank-already-booked",
            BankError::AlreadyDisbursed => "error-bank-already-disbursed",
            BankError::Refused { .. } | BankError::KeyReused | BankError::BadResponse => {
                "error-bank-refused"
            }
        }
    }

    fn retryable(&self) -> bool {
        matches!(
            self,
            BankError::Unreachable
                | BankError::Timeout
                | BankError::Unavailable
                | BankError::OutcomeUnknown
                | BankError::StillProcessing
        )
    }
}
