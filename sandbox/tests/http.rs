//! The sandbox over real loopback HTTP with a plain HTTP client: sign-in, idempotency,
//! malformed requests, quotas under concurrency, fault injection.
#![allow(clippy::unwrap_used)] // helpers outside #[test] functions may fail loudly too

use std::time::Duration;

use puhui_sandbox::{FaultConfig, SandboxConfig, SandboxHandle, start};
use reqwest::{Client, StatusCode};
use serde_json::{Value, json};

async fn sandbox(faults: FaultConfig) -> SandboxHandle {
    start(SandboxConfig {
        faults,
        ..SandboxConfig::default()
    })
    .await
    .unwrap()
}

async fn sign_in(url: &str, phone: &str) -> String {
    let res = Client::new()
        .post(format!("{url}/v1/auth/sessions"))
        .json(&json!({"phone": phone, "sms_code": "123456"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    res.json::<Value>().await.unwrap()["access_token"]
        .as_str()
        .unwrap()
        .to_owned()
}

const BUSINESS: &str = "13800138002";
const LINE: &str = "loan-business-line";

async fn get(url: &str, token: &str, path: &str) -> Value {
    let res = Client::new()
        .get(format!("{url}{path}"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK, "{path}");
    res.json().await.unwrap()
}

async fn post(
    url: &str,
    token: &str,
    path: &str,
    key: Option<&str>,
    body: Value,
) -> (StatusCode, Value, bool) {
    let mut req = Client::new()
        .post(format!("{url}{path}"))
        .bearer_auth(token)
        .json(&body);
    if let Some(k) = key {
        req = req.header("Idempotency-Key", k);
    }
    let res = req.send().await.unwrap();
    let status = res.status();
    let replayed = res.headers().get("idempotent-replayed").is_some();
    (status, res.json().await.unwrap_or(Value::Null), replayed)
}

#[tokio::test]
async fn sign_in_refresh_and_sign_out() {
    let s = sandbox(FaultConfig::default()).await;
    let url = s.url();
    let c = Client::new();
    let wrong = c
        .post(format!("{url}/v1/auth/sessions"))
        .json(&json!({"phone": BUSINESS, "sms_code": "000000"}))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        wrong.json::<Value>().await.unwrap()["code"],
        "INVALID_SMS_CODE"
    );
    let unknown = c
        .post(format!("{url}/v1/auth/sessions"))
        .json(&json!({"phone": "13900000000", "sms_code": "123456"}))
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), StatusCode::UNAUTHORIZED);

    let pair: Value = c
        .post(format!("{url}/v1/auth/sessions"))
        .json(&json!({"phone": BUSINESS, "sms_code": "123456"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(pair["customer_id"], "cust-business");
    let no_token = c.get(format!("{url}/v1/loans")).send().await.unwrap();
    assert_eq!(no_token.status(), StatusCode::UNAUTHORIZED);
    let loans = get(url, pair["access_token"].as_str().unwrap(), "/v1/loans").await;
    assert!(loans.as_array().unwrap().iter().any(|l| l["id"] == LINE));

    let refreshed: Value = c
        .post(format!("{url}/v1/auth/refresh"))
        .json(&json!({"refresh_token": pair["refresh_token"]}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let again = c
        .post(format!("{url}/v1/auth/refresh"))
        .json(&json!({"refresh_token": pair["refresh_token"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        again.status(),
        StatusCode::UNAUTHORIZED,
        "a refresh token is single use"
    );
    let access = refreshed["access_token"].as_str().unwrap();
    get(url, access, "/v1/loans").await;
    let out = c
        .delete(format!("{url}/v1/auth/sessions/current"))
        .bearer_auth(access)
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), StatusCode::NO_CONTENT);
    let after = c
        .get(format!("{url}/v1/loans"))
        .bearer_auth(access)
        .send()
        .await
        .unwrap();
    assert_eq!(after.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn idempotency_key_rules() {
    let s = sandbox(FaultConfig {
        enabled: true,
        ..FaultConfig::default()
    })
    .await;
    let url = s.url();
    let t = sign_in(url, BUSINESS).await;
    let path = format!("/v1/loans/{LINE}/drawdowns");

    let (status, body, _) = post(url, &t, &path, None, json!({"amount": "100.00"})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["code"], "IDEMPOTENCY_KEY_REQUIRED");

    let (s1, first, replayed1) =
        post(url, &t, &path, Some("k-1"), json!({"amount": "100.00"})).await;
    assert_eq!(s1, StatusCode::CREATED);
    assert!(!replayed1);
    let (s2, second, replayed2) =
        post(url, &t, &path, Some("k-1"), json!({"amount": "100.00"})).await;
    assert_eq!((s2, &second), (StatusCode::CREATED, &first));
    assert!(replayed2);
    let (s3, body3, _) = post(url, &t, &path, Some("k-1"), json!({"amount": "200.00"})).await;
    assert_eq!(s3, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body3["code"], "IDEMPOTENCY_KEY_REUSED");
    let ledger = get(url, &t, &format!("/v1/loans/{LINE}/transactions")).await;
    assert_eq!(
        ledger.as_array().unwrap().len(),
        1,
        "one drawdown, whatever the retries"
    );
    assert_eq!(
        get(url, &t, &format!("/v1/loans/{LINE}")).await["outstanding_principal"],
        "50100.00"
    );

    // A duplicate while the first is still running.
    s.faults().set_commit_delay(Duration::from_millis(400));
    let (u, tok, p) = (url.to_owned(), t.clone(), path.clone());
    let first =
        tokio::spawn(
            async move { post(&u, &tok, &p, Some("k-2"), json!({"amount": "1.00"})).await },
        );
    tokio::time::sleep(Duration::from_millis(100)).await;
    let (dup, body, _) = post(url, &t, &path, Some("k-2"), json!({"amount": "1.00"})).await;
    assert_eq!(dup, StatusCode::CONFLICT);
    assert_eq!(body["code"], "IDEMPOTENCY_IN_PROGRESS");
    assert_eq!(first.await.unwrap().0, StatusCode::CREATED);
    s.faults().set_commit_delay(Duration::ZERO);
    let (after, _, replayed) = post(url, &t, &path, Some("k-2"), json!({"amount": "1.00"})).await;
    assert_eq!(after, StatusCode::CREATED);
    assert!(replayed);

    // A business refusal is stored and replayed too, not re-evaluated.
    let (big, body, _) = post(url, &t, &path, Some("k-3"), json!({"amount": "999999.00"})).await;
    assert_eq!(big, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["code"], "INSUFFICIENT_CREDIT");
    // Keys are per customer: another customer's identical key is a different intent.
    let farmer = sign_in(url, "13800138003").await;
    let (other, _, _) = post(
        url,
        &farmer,
        "/v1/loans/loan-harvest/repayments",
        Some("k-1"),
        json!({"amount": "10.00"}),
    )
    .await;
    assert_eq!(other, StatusCode::CREATED);
}

#[tokio::test]
async fn malformed_requests_get_4xx_with_a_json_error() {
    let s = sandbox(FaultConfig::default()).await;
    let url = s.url();
    let t = sign_in(url, BUSINESS).await;
    let c = Client::new();
    let path = format!("{url}/v1/loans/{LINE}/repayments");
    let huge = format!("{{\"amount\": \"{}\"}}", "9".repeat(200_000));
    let cases: Vec<(&str, String, &str)> = vec![
        ("bad json", "{\"amount\": ".into(), "application/json"),
        (
            "number not string",
            "{\"amount\": 100.5}".into(),
            "application/json",
        ),
        (
            "unknown field",
            "{\"amount\": \"1.00\", \"amout\": \"2\"}".into(),
            "application/json",
        ),
        (
            "three decimals",
            "{\"amount\": \"1.005\"}".into(),
            "application/json",
        ),
        ("missing field", "{}".into(), "application/json"),
        ("array", "[1,2]".into(), "application/json"),
        (
            "not json content type",
            "{\"amount\": \"1.00\"}".into(),
            "text/plain",
        ),
        ("huge body", huge, "application/json"),
        (
            "utf8 garbage",
            String::from_utf8_lossy(&[0xff, 0xfe, 0x00]).into_owned(),
            "application/json",
        ),
    ];
    for (name, body, ctype) in cases {
        let res = c
            .post(&path)
            .bearer_auth(&t)
            .header("Idempotency-Key", format!("bad-{name}"))
            .header("content-type", ctype)
            .body(body)
            .send()
            .await
            .unwrap();
        let status = res.status();
        assert!(status.is_client_error(), "{name}: {status}");
        let err: Value = res
            .json()
            .await
            .unwrap_or_else(|_| panic!("{name}: error body is not JSON"));
        assert!(
            err["code"].as_str().is_some_and(|c| !c.is_empty()),
            "{name}: {err}"
        );
        assert!(err["message"].is_string(), "{name}");
    }
    let (neg, body, _) = post(
        url,
        &t,
        &format!("/v1/loans/{LINE}/repayments"),
        Some("neg"),
        json!({"amount": "-5.00"}),
    )
    .await;
    assert_eq!(
        (neg, body["code"].as_str()),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            Some("AMOUNT_NOT_POSITIVE")
        )
    );
    for (path, code) in [
        ("/v1/nope", "NO_SUCH_ENDPOINT"),
        ("/v1/loans/loan-harvest", "NOT_FOUND"),
    ] {
        let res = c
            .get(format!("{url}{path}"))
            .bearer_auth(&t)
            .send()
            .await
            .unwrap();
        assert_eq!(
            res.status(),
            StatusCode::NOT_FOUND,
            "another customer's loan is not found"
        );
        assert_eq!(res.json::<Value>().await.unwrap()["code"], code);
    }
    let slots = c
        .get(format!(
            "{url}/v1/branches/branch-qingdao/slots?date=tomorrow"
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(slots.status(), StatusCode::BAD_REQUEST);
    // And nothing moved.
    assert!(
        get(url, &t, &format!("/v1/loans/{LINE}/transactions"))
            .await
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn concurrent_bookings_never_exceed_the_quota() {
    let s = sandbox(FaultConfig::default()).await;
    let url = s.url().to_owned();
    let branches = Client::new()
        .get(format!("{url}/v1/branches"))
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    assert!(branches[0]["opening_hours"].as_array().unwrap().len() >= 4);
    // The first day with slots at the city branch.
    let mut slot = Value::Null;
    for day in 1..8 {
        let date = (chrono_today() + chrono::Duration::days(day)).to_string();
        let slots: Value = Client::new()
            .get(format!(
                "{url}/v1/branches/branch-qingdao/slots?date={date}"
            ))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        if let Some(first) = slots.as_array().unwrap().first() {
            slot = first.clone();
            break;
        }
    }
    let quota = slot["quota"].as_u64().unwrap();
    let slot_id = slot["id"].as_str().unwrap().to_owned();
    let phones = [
        "13800138001",
        "13800138002",
        "13800138003",
        "13800138004",
        "13800138005",
    ];
    let mut tasks = Vec::new();
    for phone in phones {
        for _ in 0..4 {
            let (url, slot_id) = (url.clone(), slot_id.clone());
            tasks.push(tokio::spawn(async move {
                let t = sign_in(&url, phone).await;
                post(
                    &url,
                    &t,
                    "/v1/appointments",
                    None,
                    json!({"slot_id": slot_id, "service_id": "svc-loan-consult"}),
                )
                .await
            }));
        }
    }
    let mut booked = 0;
    for task in tasks {
        let (status, body, _) = task.await.unwrap();
        match status {
            StatusCode::CREATED => booked += 1,
            StatusCode::CONFLICT => {
                assert!(["SLOT_FULL", "ALREADY_BOOKED"].contains(&body["code"].as_str().unwrap()))
            }
            other => panic!("unexpected {other}: {body}"),
        }
    }
    assert_eq!(booked, quota, "exactly the quota is booked, never more");
    let slots: Value = Client::new()
        .get(format!(
            "{url}/v1/branches/branch-qingdao/slots?date={}",
            slot["date"].as_str().unwrap()
        ))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let now = slots
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == slot_id.as_str())
        .unwrap()
        .clone();
    assert_eq!(now["remaining"], 0);
    // Cancelling gives the place back.
    let t = sign_in(&url, "13800138001").await;
    let mine = get(&url, &t, "/v1/appointments").await;
    if let Some(appt) = mine.as_array().unwrap().first() {
        let res = Client::new()
            .delete(format!(
                "{url}/v1/appointments/{}",
                appt["id"].as_str().unwrap()
            ))
            .bearer_auth(&t)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::NO_CONTENT);
        let (status, _, _) = post(
            &url,
            &t,
            "/v1/appointments",
            None,
            json!({"slot_id": slot_id, "service_id": "svc-loan-consult"}),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED);
    }
}

fn chrono_today() -> chrono::NaiveDate {
    chrono::Utc::now()
        .with_timezone(&chrono::FixedOffset::east_opt(8 * 3600).unwrap())
        .date_naive()
}

#[tokio::test]
async fn a_dropped_response_still_committed_and_the_retry_replays_it() {
    let s = sandbox(FaultConfig {
        enabled: true,
        drop_after_commit: 1,
        ..FaultConfig::default()
    })
    .await;
    let url = s.url();
    let t = sign_in(url, BUSINESS).await;
    let path = format!("{url}/v1/loans/{LINE}/drawdowns");
    let req = || {
        Client::new()
            .post(&path)
            .bearer_auth(&t)
            .header("Idempotency-Key", "drop-1")
            .json(&json!({"amount": "700.00"}))
    };
    let lost = match req().send().await {
        Ok(res) => res.bytes().await.is_err(),
        Err(_) => true,
    };
    assert!(lost, "the first answer must not arrive");
    let res = req().send().await.unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    assert!(res.headers().contains_key("idempotent-replayed"));
    let ledger = get(url, &t, &format!("/v1/loans/{LINE}/transactions")).await;
    assert_eq!(ledger.as_array().unwrap().len(), 1);
    assert_eq!(
        get(url, &t, &format!("/v1/loans/{LINE}")).await["available_credit"],
        "249300.00"
    );
}

#[tokio::test]
async fn faults_stay_off_unless_enabled_at_startup() {
    let s = sandbox(FaultConfig {
        enabled: false,
        drop_after_commit: 5,
        error_rate: 1.0,
        ..FaultConfig::default()
    })
    .await;
    s.faults().fail_next_requests(3);
    let t = sign_in(s.url(), BUSINESS).await;
    let (status, _, _) = post(
        s.url(),
        &t,
        &format!("/v1/loans/{LINE}/drawdowns"),
        Some("x"),
        json!({"amount": "1.00"}),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
}

#[tokio::test]
async fn the_error_rate_is_deterministic_for_a_seed() {
    async fn pattern(seed: u64) -> Vec<bool> {
        let s = sandbox(FaultConfig {
            enabled: true,
            error_rate: 0.5,
            seed,
            ..FaultConfig::default()
        })
        .await;
        let mut out = Vec::new();
        for _ in 0..20 {
            let res = Client::new()
                .get(format!("{}/v1/products", s.url()))
                .send()
                .await
                .unwrap();
            out.push(res.status() == StatusCode::SERVICE_UNAVAILABLE);
        }
        out
    }
    let a = pattern(7).await;
    assert_eq!(a, pattern(7).await);
    let failures = a.iter().filter(|f| **f).count();
    assert!((3..=17).contains(&failures), "about half fail: {failures}");
}
