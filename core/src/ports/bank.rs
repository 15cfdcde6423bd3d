//! The bank, as the core sees it: the [`BankApi`] trait, the records it exchanges and the
//! errors it can fail with. The HTTP implementation lives in `adapters::bank_http`; the
//! contract it speaks is `sandbox/openapi.json`.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::domain::anti_fraud::PackUpdate;
use crate::domain::loan::{
    Apr, ComplianceFlag, FeeLine, Installment, LoanProduct, LoanPurpose, RepaymentMethod,
    Rescheduled,
};
use crate::domain::{DayCount, Money};
use crate::error::UserFacing;

/// A secret token. Its `Debug` never shows the value, so it cannot leak into a log.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Token(String);

impl Token {
    /// Wraps a token value.
    pub fn new(value: impl Into<String>) -> Token {
        Token(value.into())
    }

    /// The value, for the `Authorization` header or the secret store only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Token(***)")
    }
}

/// What a sign-in or refresh returns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tokens {
    /// Bearer token for customer requests.
    pub access_token: Token,
    /// Seconds until the access token expires.
    pub expires_in: i64,
    /// Single-use token for a new pair.
    pub refresh_token: Token,
    /// The customer signed in.
    pub customer_id: String,
}

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

/// A borrower on a loan, masked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Borrower {
    /// Customer id.
    pub customer_id: String,
    /// Name with all but the family name masked.
    pub name_masked: String,
    /// `primary` or `co_borrower`.
    pub role: String,
}

/// A loan with its balance as of today.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Loan {
    /// Loan id.
    pub id: String,
    /// Product id.
    pub product_id: String,
    /// Chinese product name.
    pub product_name_zh: String,
    /// English product name.
    pub product_name_en: String,
    /// Product kind.
    pub kind: String,
    /// Repayment method.
    pub repayment_method: String,
    /// `active`, `overdue` or `settled`.
    pub status: String,
    /// The customer's role.
    pub role: String,
    /// Amount lent, or a line's limit.
    pub principal: Money,
    /// A line's limit.
    pub credit_limit: Option<Money>,
    /// What a line still allows to draw.
    pub available_credit: Option<Money>,
    /// Principal owed.
    pub outstanding_principal: Money,
    /// Interest owed to today.
    pub accrued_interest: Money,
    /// Everything owed today.
    pub total_due_today: Money,
    /// Nominal annual rate, fraction.
    pub annual_rate: Decimal,
    /// Term, months.
    pub term_months: u32,
    /// First day.
    pub start_date: NaiveDate,
    /// Last day.
    pub maturity_date: NaiveDate,
    /// Monthly debit day.
    pub debit_day: u32,
    /// The repayment card, masked.
    pub repayment_card_masked: String,
    /// Every borrower.
    pub borrowers: Vec<Borrower>,
}

/// One movement of money on a loan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Transaction {
    /// Transaction id.
    pub id: String,
    /// Loan id.
    pub loan_id: String,
    /// `disbursement`, `drawdown`, `repayment`, `prepayment`.
    pub kind: String,
    /// Money that moved.
    pub amount: Money,
    /// Principal part.
    pub principal: Money,
    /// Interest part.
    pub interest: Money,
    /// Fee or penalty part.
    pub fee: Money,
    /// Principal owed afterwards.
    pub balance_after: Money,
    /// When (RFC 3339).
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
    /// Everything to pay.
    pub total: Money,
    /// Whether it settles the loan.
    pub settles_loan: bool,
    /// Accept before (RFC 3339).
    pub valid_until: String,
}

/// The outcome of a disbursement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Disbursement {
    /// Application id.
    pub application_id: String,
    /// `disbursed` or `bounced`.
    pub status: String,
    /// The new loan.
    pub loan_id: Option<String>,
    /// The ledger entry.
    pub transaction: Option<Transaction>,
    /// Why it bounced.
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

/// A branch's opening hours on one weekday.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningHours {
    /// 1 = Monday … 7 = Sunday.
    pub weekday: u32,
    /// `HH:MM`.
    pub opens: String,
    /// `HH:MM`.
    pub closes: String,
}

/// A service by appointment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BranchService {
    /// Service id.
    pub id: String,
    /// Chinese name.
    pub name_zh: String,
    /// English name.
    pub name_en: String,
    /// Typical minutes.
    pub minutes: u32,
}

/// A branch.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Branch {
    /// Branch id.
    pub id: String,
    /// Chinese name.
    pub name_zh: String,
    /// English name.
    pub name_en: String,
    /// Chinese address.
    pub address_zh: String,
    /// English address.
    pub address_en: String,
    /// Telephone.
    pub phone: String,
    /// Opening hours.
    pub opening_hours: Vec<OpeningHours>,
    /// Services.
    pub services: Vec<BranchService>,
}

/// A time slot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    /// Slot id.
    pub id: String,
    /// Branch id.
    pub branch_id: String,
    /// Date.
    pub date: NaiveDate,
    /// `HH:MM`.
    pub starts: String,
    /// `HH:MM`.
    pub ends: String,
    /// Bookings it takes.
    pub quota: u32,
    /// Places left.
    pub remaining: u32,
}

/// A booking.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appointment {
    /// Appointment id.
    pub id: String,
    /// `booked` or `cancelled`.
    pub status: String,
    /// The slot.
    pub slot: Slot,
    /// Service id.
    pub service_id: String,
}

/// Names a family guardian at the bank (亲情守护).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuardianRegistration {
    /// What the customer calls the guardian.
    pub name: String,
    /// The guardian's mobile number, 11 digits (the bank texts it; never logged).
    pub phone: String,
    /// The items the customer agreed to share (`action_kind`, `outcome`, `time`,
    /// `amount_band`).
    pub shared: Vec<String>,
}

/// A guardian as the bank holds it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisteredGuardian {
    /// The bank's id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Masked number.
    pub phone_masked: String,
    /// Items shared.
    pub shared: Vec<String>,
    /// Opt-in time, Unix seconds.
    pub consented_at: i64,
    /// Revocation time, Unix seconds.
    pub revoked_at: Option<i64>,
}

/// What the bank tells the guardian: only the items the customer shared, never an amount, an
/// account or a card number (the type has no place for them).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuardianNotice {
    /// The action (`drawdown`, `change_repayment_card`, …).
    pub action: String,
    /// `warned` or `blocked`.
    pub outcome: String,
    /// When (RFC 3339), if shared.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub at: Option<String>,
    /// `under_10k`, `10k_to_50k` or `over_50k`, if shared.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub amount_band: Option<String>,
}

/// A notification the bank recorded and sent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuardianNoticeSent {
    /// Notification id.
    pub id: String,
    /// The guardian it went to.
    pub guardian_id: String,
    /// The action.
    pub action: Option<String>,
    /// The outcome.
    pub outcome: Option<String>,
    /// When it happened, if shared.
    pub at: Option<String>,
    /// The amount band, if shared.
    pub amount_band: Option<String>,
    /// When the bank recorded it, Unix seconds.
    pub created_at: i64,
}

/// A request for a loan offer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssessmentRequest {
    /// Product id.
    pub product_id: String,
    /// Principal.
    #[serde(serialize_with = "wire_money")]
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

/// The contract writes amounts with exactly two decimals.
fn wire_money<S: serde::Serializer>(m: &Money, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format!("{:.2}", m.amount()))
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
    /// Everything to pay.
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
    /// The loan is already repaid.
    #[error("loan settled")]
    LoanSettled,
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
            "LOAN_SETTLED" => BankError::LoanSettled,
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
            BankError::LoanSettled => "BANK_LOAN_SETTLED",
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
            BankError::LoanSettled => "error-bank-loan-settled",
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

/// The bank API. Customer requests take the access token explicitly: the session code owns
/// the tokens (in the OS secret store) and decides when to refresh.
#[async_trait::async_trait]
pub trait BankApi: Send + Sync {
    /// Asks the bank to text a sign-in code.
    async fn request_sms_code(&self, phone: &str) -> Result<(), BankError>;
    /// Signs in with phone and SMS code.
    async fn sign_in(&self, phone: &str, sms_code: &str) -> Result<Tokens, BankError>;
    /// Exchanges a refresh token for new tokens.
    async fn refresh(&self, refresh_token: &Token) -> Result<Tokens, BankError>;
    /// Ends the session at the bank.
    async fn sign_out(&self, access: &Token) -> Result<(), BankError>;
    /// The product catalogue.
    async fn products(&self) -> Result<Vec<Product>, BankError>;
    /// The customer's loans.
    async fn loans(&self, access: &Token) -> Result<Vec<Loan>, BankError>;
    /// One loan.
    async fn loan(&self, access: &Token, loan_id: &str) -> Result<Loan, BankError>;
    /// A loan's ledger.
    async fn transactions(
        &self,
        access: &Token,
        loan_id: &str,
    ) -> Result<Vec<Transaction>, BankError>;
    /// Quotes an early repayment (`None`: settle in full). Moves no money.
    async fn quote_prepayment(
        &self,
        access: &Token,
        loan_id: &str,
        principal: Option<Money>,
    ) -> Result<PrepaymentQuote, BankError>;
    /// Moves money, at most once per `idempotency_key` whatever the retries.
    async fn move_money(
        &self,
        access: &Token,
        movement: &MoneyMovement,
        idempotency_key: &str,
    ) -> Result<MoneyMoved, BankError>;
    /// Branches with hours and services.
    async fn branches(&self) -> Result<Vec<Branch>, BankError>;
    /// A branch's slots on a day.
    async fn slots(&self, branch_id: &str, date: NaiveDate) -> Result<Vec<Slot>, BankError>;
    /// Books a slot.
    async fn book_appointment(
        &self,
        access: &Token,
        slot_id: &str,
        service_id: &str,
    ) -> Result<Appointment, BankError>;
    /// The customer's appointments.
    async fn appointments(&self, access: &Token) -> Result<Vec<Appointment>, BankError>;
    /// Cancels an appointment.
    async fn cancel_appointment(
        &self,
        access: &Token,
        appointment_id: &str,
    ) -> Result<(), BankError>;
    /// The bank's signed anti-fraud rule pack (verify before use).
    async fn rule_pack(&self) -> Result<PackUpdate, BankError>;
    /// Names the customer's family guardian, replacing any active one.
    async fn register_guardian(
        &self,
        access: &Token,
        guardian: &GuardianRegistration,
    ) -> Result<RegisteredGuardian, BankError>;
    /// Revokes the customer's guardian: the bank shares nothing more.
    async fn revoke_guardian(&self, access: &Token) -> Result<(), BankError>;
    /// Asks the bank to notify the active guardian.
    async fn notify_guardian(
        &self,
        access: &Token,
        notice: &GuardianNotice,
    ) -> Result<GuardianNoticeSent, BankError>;
    /// Every notification sent about the customer: exactly what was shared.
    async fn guardian_notifications(
        &self,
        access: &Token,
    ) -> Result<Vec<GuardianNoticeSent>, BankError>;
    /// Asks for an offer: the bank's quote (priced by the same engine), or a decline.
    async fn assess(
        &self,
        access: &Token,
        request: &AssessmentRequest,
    ) -> Result<Assessment, BankError>;
    /// An installment loan's schedule as it stands.
    async fn loan_schedule(&self, access: &Token, loan_id: &str)
    -> Result<LoanSchedule, BankError>;
    /// Quotes an early repayment with both choices of a partial one, recording `after` as the
    /// customer's choice. Moves no money; accepting it is a [`MoneyMovement::Prepayment`].
    async fn quote_prepayment_choice(
        &self,
        access: &Token,
        loan_id: &str,
        principal: Option<Money>,
        after: Option<PrepaymentAfter>,
    ) -> Result<PrepaymentOffer, BankError>;
}
