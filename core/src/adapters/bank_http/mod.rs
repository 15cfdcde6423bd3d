//! The bank API over HTTPS with `reqwest` (rustls): timeouts, and retries with backoff only
//! where a retry cannot do anything twice (see [`Safety`]).

mod retry;

use std::time::Duration;

use async_trait::async_trait;
use chrono::NaiveDate;
use reqwest::{Method, StatusCode};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

pub use retry::{RetryPolicy, Safety};

use crate::domain::Money;
use crate::domain::anti_fraud::PackUpdate;
use crate::domain::bank_url::is_acceptable_bank_url;
use crate::ports::bank::{
    Appointment, BankApi, BankError, Branch, GuardianNotice, GuardianNoticeSent,
    GuardianRegistration, Loan, MoneyMoved, MoneyMovement, PrepaymentQuote, Product,
    RegisteredGuardian, Slot, Token, Tokens, Transaction,
};

/// Header carrying the idempotency key of a money-moving request.
pub const IDEMPOTENCY_HEADER: &str = "Idempotency-Key";

/// Client settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BankClientOptions {
    /// Longest a whole request may take.
    pub timeout: Duration,
    /// Longest to wait for a connection.
    pub connect_timeout: Duration,
    /// Retries.
    pub retry: RetryPolicy,
}

impl Default for BankClientOptions {
    fn default() -> Self {
        BankClientOptions {
            timeout: Duration::from_secs(15),
            connect_timeout: Duration::from_secs(5),
            retry: RetryPolicy::default(),
        }
    }
}

/// The HTTP implementation of [`BankApi`].
#[derive(Clone, Debug)]
pub struct HttpBankClient {
    base: String,
    http: reqwest::Client,
    options: BankClientOptions,
}

#[derive(Deserialize)]
struct ErrorBody {
    code: String,
}

/// A path segment from an id; ids are opaque but never need escaping, so anything else is
/// refused rather than spliced into a URL.
fn seg(id: &str) -> Result<&str, BankError> {
    if !id.is_empty()
        && id.len() <= 128
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        Ok(id)
    } else {
        Err(BankError::NotFound)
    }
}

fn amount(m: Money) -> String {
    format!("{:.2}", m.amount())
}

/// One failed attempt: the error to report and whether another attempt may help.
struct Failure {
    error: BankError,
    retry: bool,
}

impl HttpBankClient {
    /// A client for the bank at `base_url`: HTTPS, or plain HTTP to this machine only.
    pub fn new(base_url: &str, options: BankClientOptions) -> Result<HttpBankClient, BankError> {
        if !is_acceptable_bank_url(base_url) {
            return Err(BankError::InsecureUrl);
        }
        let http = reqwest::Client::builder()
            .timeout(options.timeout)
            .connect_timeout(options.connect_timeout)
            .https_only(!base_url.starts_with("http://"))
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("puhui-core/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|_| BankError::NotConfigured)?;
        Ok(HttpBankClient {
            base: base_url.trim_end_matches('/').to_owned(),
            http,
            options,
        })
    }

    /// The base URL.
    pub fn base_url(&self) -> &str {
        &self.base
    }

    async fn attempt(
        &self,
        method: &Method,
        path: &str,
        access: Option<&Token>,
        body: Option<&Value>,
        key: Option<&str>,
        safety: Safety,
    ) -> Result<Vec<u8>, Failure> {
        let repeatable = safety == Safety::Repeatable;
        let mut req = self
            .http
            .request(method.clone(), format!("{}{path}", self.base));
        if let Some(t) = access {
            req = req.bearer_auth(t.expose());
        }
        if let Some(k) = key {
            req = req.header(IDEMPOTENCY_HEADER, k);
        }
        if let Some(b) = body {
            req = req.json(b);
        }
        let res = req
            .send()
            .await
            .map_err(|e| transport_failure(&e, repeatable))?;
        let status = res.status();
        // A body lost on the way means whatever happened at the bank is unknown.
        let bytes = res
            .bytes()
            .await
            .map_err(|e| transport_failure(&e, repeatable))?;
        if status.is_success() {
            return Ok(bytes.to_vec());
        }
        if status.is_server_error() || status == StatusCode::TOO_MANY_REQUESTS {
            return Err(Failure {
                error: BankError::Unavailable,
                retry: repeatable,
            });
        }
        let code = serde_json::from_slice::<ErrorBody>(&bytes)
            .map(|b| b.code)
            .unwrap_or_default();
        let error = match (status, code.as_str()) {
            (StatusCode::UNAUTHORIZED, "INVALID_SMS_CODE") => BankError::WrongSmsCode,
            (StatusCode::UNAUTHORIZED, _) => BankError::SignedOut,
            (StatusCode::NOT_FOUND, _) => BankError::NotFound,
            (_, "") => BankError::BadResponse,
            (_, c) => BankError::from_code(c),
        };
        let retry = repeatable && error == BankError::StillProcessing;
        Err(Failure { error, retry })
    }

    async fn call(
        &self,
        method: Method,
        path: &str,
        access: Option<&Token>,
        body: Option<Value>,
        key: Option<&str>,
    ) -> Result<Vec<u8>, BankError> {
        // DELETEs here (sign-out, cancel) leave the same state however often they arrive.
        let repeatable = method == Method::GET || method == Method::DELETE || key.is_some();
        let safety = if repeatable {
            Safety::Repeatable
        } else {
            Safety::Once
        };
        let policy = self.options.retry;
        let mut attempt = 1;
        loop {
            match self
                .attempt(&method, path, access, body.as_ref(), key, safety)
                .await
            {
                Ok(bytes) => return Ok(bytes),
                Err(f) if f.retry && attempt < policy.max_attempts => {
                    tracing::debug!(attempt, code = %crate::error::UserFacing::code(&f.error), "bank request will be retried");
                    tokio::time::sleep(policy.backoff(attempt)).await;
                    attempt += 1;
                }
                Err(f) => {
                    // A keyed request whose every attempt ended without a definite answer may
                    // have moved money: say so, and keep the pending operation for a retry.
                    let unclear = matches!(
                        f.error,
                        BankError::Unreachable
                            | BankError::Timeout
                            | BankError::Unavailable
                            | BankError::StillProcessing
                    );
                    return Err(if key.is_some() && unclear && attempt > 1 {
                        BankError::OutcomeUnknown
                    } else {
                        f.error
                    });
                }
            }
        }
    }

    async fn get<T: DeserializeOwned>(
        &self,
        path: &str,
        access: Option<&Token>,
    ) -> Result<T, BankError> {
        let bytes = self.call(Method::GET, path, access, None, None).await?;
        serde_json::from_slice(&bytes).map_err(|_| BankError::BadResponse)
    }

    async fn post<T: DeserializeOwned>(
        &self,
        path: &str,
        access: Option<&Token>,
        body: Value,
        key: Option<&str>,
    ) -> Result<T, BankError> {
        let bytes = self
            .call(Method::POST, path, access, Some(body), key)
            .await?;
        serde_json::from_slice(&bytes).map_err(|_| BankError::BadResponse)
    }
}

#[async_trait]
impl BankApi for HttpBankClient {
    async fn request_sms_code(&self, phone: &str) -> Result<(), BankError> {
        self.call(
            Method::POST,
            "/v1/auth/sms-codes",
            None,
            Some(json!({ "phone": phone })),
            None,
        )
        .await?;
        Ok(())
    }

    async fn sign_in(&self, phone: &str, sms_code: &str) -> Result<Tokens, BankError> {
        self.post(
            "/v1/auth/sessions",
            None,
            json!({ "phone": phone, "sms_code": sms_code }),
            None,
        )
        .await
    }

    async fn refresh(&self, refresh_token: &Token) -> Result<Tokens, BankError> {
        self.post(
            "/v1/auth/refresh",
            None,
            json!({ "refresh_token": refresh_token.expose() }),
            None,
        )
        .await
    }

    async fn sign_out(&self, access: &Token) -> Result<(), BankError> {
        self.call(
            Method::DELETE,
            "/v1/auth/sessions/current",
            Some(access),
            None,
            None,
        )
        .await?;
        Ok(())
    }

    async fn products(&self) -> Result<Vec<Product>, BankError> {
        self.get("/v1/products", None).await
    }

    async fn loans(&self, access: &Token) -> Result<Vec<Loan>, BankError> {
        self.get("/v1/loans", Some(access)).await
    }

    async fn loan(&self, access: &Token, loan_id: &str) -> Result<Loan, BankError> {
        self.get(&format!("/v1/loans/{}", seg(loan_id)?), Some(access))
            .await
    }

    async fn transactions(
        &self,
        access: &Token,
        loan_id: &str,
    ) -> Result<Vec<Transaction>, BankError> {
        self.get(
            &format!("/v1/loans/{}/transactions", seg(loan_id)?),
            Some(access),
        )
        .await
    }

    async fn quote_prepayment(
        &self,
        access: &Token,
        loan_id: &str,
        principal: Option<Money>,
    ) -> Result<PrepaymentQuote, BankError> {
        let body = match principal {
            Some(p) => json!({ "principal": amount(p) }),
            None => json!({}),
        };
        self.post(
            &format!("/v1/loans/{}/prepayment-quotes", seg(loan_id)?),
            Some(access),
            body,
            None,
        )
        .await
    }

    async fn move_money(
        &self,
        access: &Token,
        movement: &MoneyMovement,
        idempotency_key: &str,
    ) -> Result<MoneyMoved, BankError> {
        let key = Some(idempotency_key);
        match movement {
            MoneyMovement::Disbursement { application_id } => {
                let path = format!("/v1/applications/{}/disbursement", seg(application_id)?);
                let bytes = self
                    .call(Method::POST, &path, Some(access), None, key)
                    .await?;
                serde_json::from_slice(&bytes)
                    .map(MoneyMoved::Disbursement)
                    .map_err(|_| BankError::BadResponse)
            }
            MoneyMovement::Drawdown { loan_id, amount: a } => {
                let path = format!("/v1/loans/{}/drawdowns", seg(loan_id)?);
                self.post(&path, Some(access), json!({ "amount": amount(*a) }), key)
                    .await
                    .map(MoneyMoved::Transaction)
            }
            MoneyMovement::Repayment { loan_id, amount: a } => {
                let path = format!("/v1/loans/{}/repayments", seg(loan_id)?);
                self.post(&path, Some(access), json!({ "amount": amount(*a) }), key)
                    .await
                    .map(MoneyMoved::Transaction)
            }
            MoneyMovement::Prepayment { loan_id, quote_id } => {
                let path = format!("/v1/loans/{}/prepayments", seg(loan_id)?);
                self.post(&path, Some(access), json!({ "quote_id": quote_id }), key)
                    .await
                    .map(MoneyMoved::Transaction)
            }
        }
    }

    async fn branches(&self) -> Result<Vec<Branch>, BankError> {
        self.get("/v1/branches", None).await
    }

    async fn slots(&self, branch_id: &str, date: NaiveDate) -> Result<Vec<Slot>, BankError> {
        self.get(
            &format!("/v1/branches/{}/slots?date={date}", seg(branch_id)?),
            None,
        )
        .await
    }

    async fn book_appointment(
        &self,
        access: &Token,
        slot_id: &str,
        service_id: &str,
    ) -> Result<Appointment, BankError> {
        self.post(
            "/v1/appointments",
            Some(access),
            json!({ "slot_id": slot_id, "service_id": service_id }),
            None,
        )
        .await
    }

    async fn appointments(&self, access: &Token) -> Result<Vec<Appointment>, BankError> {
        self.get("/v1/appointments", Some(access)).await
    }

    async fn cancel_appointment(
        &self,
        access: &Token,
        appointment_id: &str,
    ) -> Result<(), BankError> {
        let path = format!("/v1/appointments/{}", seg(appointment_id)?);
        self.call(Method::DELETE, &path, Some(access), None, None)
            .await?;
        Ok(())
    }

    async fn rule_pack(&self) -> Result<PackUpdate, BankError> {
        self.get("/v1/anti-fraud/rule-pack", None).await
    }

    async fn register_guardian(
        &self,
        access: &Token,
        guardian: &GuardianRegistration,
    ) -> Result<RegisteredGuardian, BankError> {
        let body = serde_json::to_value(guardian).map_err(|_| BankError::BadResponse)?;
        // PUT replaces the guardian: the same request twice leaves the same state.
        let bytes = self
            .call(Method::PUT, GUARDIAN_PATH, Some(access), Some(body), None)
            .await?;
        serde_json::from_slice(&bytes).map_err(|_| BankError::BadResponse)
    }

    async fn revoke_guardian(&self, access: &Token) -> Result<(), BankError> {
        self.call(Method::DELETE, GUARDIAN_PATH, Some(access), None, None)
            .await?;
        Ok(())
    }

    async fn notify_guardian(
        &self,
        access: &Token,
        notice: &GuardianNotice,
    ) -> Result<GuardianNoticeSent, BankError> {
        let body = serde_json::to_value(notice).map_err(|_| BankError::BadResponse)?;
        self.post(GUARDIAN_NOTIFICATIONS_PATH, Some(access), body, None)
            .await
    }

    async fn guardian_notifications(
        &self,
        access: &Token,
    ) -> Result<Vec<GuardianNoticeSent>, BankError> {
        self.get(GUARDIAN_NOTIFICATIONS_PATH, Some(access)).await
    }

    async fn assess(
        &self,
        access: &Token,
        request: &loans_api::AssessmentRequest,
    ) -> Result<loans_api::Assessment, BankError> {
        let body = serde_json::to_value(request).map_err(|_| BankError::BadResponse)?;
        self.post("/v1/assessments", Some(access), body, None).await
    }

    async fn loan_schedule(
        &self,
        access: &Token,
        loan_id: &str,
    ) -> Result<loans_api::LoanSchedule, BankError> {
        self.get(
            &format!("/v1/loans/{}/schedule", seg(loan_id)?),
            Some(access),
        )
        .await
    }

    async fn quote_prepayment_choice(
        &self,
        access: &Token,
        loan_id: &str,
        principal: Option<Money>,
        after: Option<loans_api::PrepaymentAfter>,
    ) -> Result<loans_api::PrepaymentOffer, BankError> {
        let mut body = json!({});
        if let Some(p) = principal {
            body["principal"] = json!(amount(p));
        }
        if let Some(a) = after {
            body["after"] = serde_json::to_value(a).map_err(|_| BankError::BadResponse)?;
        }
        self.post(
            &format!("/v1/loans/{}/prepayment-quotes", seg(loan_id)?),
            Some(access),
            body,
            None,
        )
        .await
    }
}

/// The loan-pricing records of the contract (assessments, schedules, prepayment choices).
mod loans_api {
    pub(super) use crate::ports::bank::{
        Assessment, AssessmentRequest, LoanSchedule, PrepaymentAfter, PrepaymentOffer,
    };
}

const GUARDIAN_PATH: &str = "/v1/anti-fraud/guardian";
const GUARDIAN_NOTIFICATIONS_PATH: &str = "/v1/anti-fraud/guardian/notifications";

/// What a transport error means for the caller. A failed connection (refused or timed out)
/// never reached the bank, so it is always safe to retry; anything later (a timeout, a cut answer) may have reached it,
/// so only a repeatable request is retried.
fn transport_failure(e: &reqwest::Error, repeatable: bool) -> Failure {
    if e.is_connect() {
        return Failure {
            error: BankError::Unreachable,
            retry: true,
        };
    }
    Failure {
        error: if e.is_timeout() {
            BankError::Timeout
        } else {
            BankError::Unreachable
        },
        retry: repeatable,
    }
}
