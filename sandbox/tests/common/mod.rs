//! What every HTTP test of the sandbox does first: start a sandbox, sign a demo customer in and
//! send it JSON over loopback with a plain client. Each test file uses part of it.
#![allow(dead_code, clippy::unwrap_used)] // helpers outside #[test] functions may fail loudly too

use chrono::NaiveDate;
use puhui_core::domain::Money;
use puhui_sandbox::{FaultConfig, SandboxConfig, SandboxHandle, start};
use reqwest::{Client, Method, RequestBuilder, StatusCode};
use serde_json::{Value, json};

/// A sandbox in memory, faults off.
pub async fn sandbox() -> SandboxHandle {
    sandbox_with(FaultConfig::default()).await
}

/// A sandbox in memory with these faults.
pub async fn sandbox_with(faults: FaultConfig) -> SandboxHandle {
    start(SandboxConfig {
        faults,
        ..SandboxConfig::default()
    })
    .await
    .unwrap()
}

/// A sandbox (faults off) with a demo customer signed in: the handle and the access token.
pub async fn signed_in(phone: &str) -> (SandboxHandle, String) {
    let s = sandbox().await;
    let token = sign_in(s.url(), phone).await;
    (s, token)
}

/// Signs a demo customer in with the sandbox's SMS code; the access token.
pub async fn sign_in(url: &str, phone: &str) -> String {
    let (status, pair) = sign_in_with(url, phone, puhui_sandbox::DEV_SMS_CODE).await;
    assert_eq!(status, StatusCode::CREATED, "{pair}");
    pair["access_token"].as_str().unwrap().to_owned()
}

/// Asks for a session with this code; the answer as it came.
pub async fn sign_in_with(url: &str, phone: &str, sms_code: &str) -> (StatusCode, Value) {
    call(
        url,
        "",
        Method::POST,
        "/v1/auth/sessions",
        Some(json!({"phone": phone, "sms_code": sms_code})),
    )
    .await
}

/// A request to `url` + `path`, signed with `token` (`""`: none), carrying `key` as its
/// `Idempotency-Key` and `body` as JSON when given. Unsent, for tests that watch the wire.
pub fn request(
    url: &str,
    token: &str,
    method: Method,
    path: &str,
    key: Option<&str>,
    body: Option<&Value>,
) -> RequestBuilder {
    let mut req = Client::new().request(method, format!("{url}{path}"));
    if !token.is_empty() {
        req = req.bearer_auth(token);
    }
    if let Some(k) = key {
        req = req.header("Idempotency-Key", k);
    }
    if let Some(b) = body {
        req = req.json(b);
    }
    req
}

/// What came back: status, JSON body (`Null` when there is none) and whether the sandbox
/// replayed a stored answer.
pub async fn send(req: RequestBuilder) -> (StatusCode, Value, bool) {
    let res = req.send().await.unwrap();
    let status = res.status();
    let replayed = res.headers().contains_key("idempotent-replayed");
    let text = res.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::Null),
        replayed,
    )
}

/// Any call without an idempotency key.
pub async fn call(
    url: &str,
    token: &str,
    method: Method,
    path: &str,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let (status, body, _) = send(request(url, token, method, path, None, body.as_ref())).await;
    (status, body)
}

/// A GET.
pub async fn get(url: &str, token: &str, path: &str) -> (StatusCode, Value) {
    call(url, token, Method::GET, path, None).await
}

/// A GET that must succeed; its body.
pub async fn get_ok(url: &str, token: &str, path: &str) -> Value {
    let (status, body) = get(url, token, path).await;
    assert_eq!(status, StatusCode::OK, "{path}: {body}");
    body
}

/// A POST of `body`, with an idempotency key when given.
pub async fn post(
    url: &str,
    token: &str,
    path: &str,
    key: Option<&str>,
    body: Value,
) -> (StatusCode, Value) {
    let (status, body, _) = post_replayed(url, token, path, key, body).await;
    (status, body)
}

/// A POST of `body`, and whether its answer was a replay.
pub async fn post_replayed(
    url: &str,
    token: &str,
    path: &str,
    key: Option<&str>,
    body: Value,
) -> (StatusCode, Value, bool) {
    send(request(url, token, Method::POST, path, key, Some(&body))).await
}

/// A repayment of `amount` on a loan, under an idempotency key.
pub async fn repay(
    url: &str,
    token: &str,
    loan_id: &str,
    key: &str,
    amount: impl std::fmt::Display,
) -> (StatusCode, Value) {
    let path = format!("/v1/loans/{loan_id}/repayments");
    let body = json!({ "amount": amount.to_string() });
    post(url, token, &path, Some(key), body).await
}

/// Asks for a prepayment quote on a loan (`body`: `principal`, `after`; empty to settle).
pub async fn quote_prepayment(
    url: &str,
    token: &str,
    loan_id: &str,
    body: Value,
) -> (StatusCode, Value) {
    let path = format!("/v1/loans/{loan_id}/prepayment-quotes");
    post(url, token, &path, None, body).await
}

/// An amount the API sent as a decimal string.
pub fn money(v: &Value) -> Money {
    v.as_str().unwrap().parse().unwrap()
}

/// The sandbox's today: China Standard Time.
pub fn today() -> NaiveDate {
    chrono::Utc::now()
        .with_timezone(&chrono::FixedOffset::east_opt(8 * 3600).unwrap())
        .date_naive()
}

/// Asserts that an answer is an error with this status and machine code.
pub fn assert_error(answer: &(StatusCode, Value), status: StatusCode, code: &str) {
    assert_eq!(
        (answer.0, answer.1["code"].as_str()),
        (status, Some(code)),
        "{}",
        answer.1
    );
}
