//! The bank, as the core sees it: the [`BankApi`] trait, the records it exchanges and the
//! errors it can fail with. The HTTP implementation lives in `adapters::bank_http`; the
//! contract it speaks is `sandbox/openapi.json`.

mod branches;
mod error;
mod guardian;
mod loans;
mod money;
mod products;
mod session;
mod wire;

use chrono::NaiveDate;

pub use branches::{Appointment, Branch, BranchService, OpeningHours, Slot};
pub use error::BankError;
pub use guardian::{GuardianNotice, GuardianNoticeSent, GuardianRegistration, RegisteredGuardian};
pub use loans::{
    Borrower, Loan, LoanSchedule, PrepaymentAfter, PrepaymentOffer, PrepaymentQuote, ScheduleRow,
    Transaction,
};
pub use money::{Disbursement, MoneyMoved, MoneyMovement};
pub use products::{Assessment, AssessmentRequest, Offer, Product, ProductExample};
pub use session::{Token, Tokens};

use crate::domain::Money;
use crate::domain::anti_fraud::PackUpdate;

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
