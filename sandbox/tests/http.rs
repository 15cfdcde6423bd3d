//! The sandbox over real loopback HTTP with a plain HTTP client: sign-in, idempotency,
//! malformed requests, quotas under concurrency, fault injection.
#![allow(clippy::unwrap_used)] // helpers outside #[test] functions may fail loudly too

mod common;

use std::time::Duration;

use common::{
    call, get, get_ok, post, post_replayed, repay, request, sandbox, sandbox_with, send, sign_in,
    sign_in_with, signed_in, today,
};
use puhui_sandbox::FaultConfig;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

const BUSINESS: &str = "13800138002";
const LINE: &str = "loan-business-line";

#[tokio::test]
async fn sign_in_refresh_and_sign_out() {
    let s = sandbox().await;
    let url = s.url();
    let (status, wrong) = sign_in_with(url, BUSINESS, "000000").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(wrong["code"], "INVALID_SMS_CODE");
    let (status, _) = sign_in_with(url, "13900000000", "123456").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    let (_, pair) = sign_in_with(url, BUSINESS, "123456").await;
    assert_eq!(pair["customer_id"], "cust-business");
    let (no_token, _) = get(url, "", "/v1/loans").await;
    assert_eq!(no_token, StatusCode::UNAUTHORIZED);
    let loans = get_ok(url, pair["access_token"].as_str().unwrap(), "/v1/loans").await;
    assert!(loans.as_array().unwrap().iter().any(|l| l["id"] == LINE));

    let refresh = || {
        call(
            url,
            "",
            Method::POST,
            "/v1/auth/refresh",
            Some(json!({"refresh_token": pair["refresh_token"]})),
        )
    };
    let (_, refreshed) = refresh().await;
    let (again, _) = refresh().await;
    assert_eq!(
        again,
        StatusCode::UNAUTHORIZED,
        "a refresh token is single use"
    );
    let access = refreshed["access_token"].as_str().unwrap();
    get_ok(url, access, "/v1/loans").await;
    let (out, _) = call(
        url,
        access,
        Method::DELETE,
        "/v1/auth/sessions/current",
        None,
    )
    .await;
    assert_eq!(out, StatusCode::NO_CONTENT);
    let (after, _) = get(url, access, "/v1/loans").await;
    assert_eq!(after, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn idempotency_key_rules() {
    let s = sandbox_with(FaultConfig {
        enabled: true,
        ..FaultConfig::default()
    })
    .await;
    let url = s.url();
    let t = sign_in(url, BUSINESS).await;
    let path = format!("/v1/loans/{LINE}/drawdowns");

    let (status, body, _) = post_replayed(url, &t, &path, None, json!({"amount": "100.00"})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["code"], "IDEMPOTENCY_KEY_REQUIRED");

    let (s1, first, replayed1) =
        post_replayed(url, &t, &path, Some("k-1"), json!({"amount": "100.00"})).await;
    assert_eq!(s1, StatusCode::CREATED);
    assert!(!replayed1);
    let (s2, second, replayed2) =
        post_replayed(url, &t, &path, Some("k-1"), json!({"amount": "100.00"})).await;
    assert_eq!((s2, &second), (StatusCode::CREATED, &first));
    assert!(replayed2);
    let (s3, body3, _) =
        post_replayed(url, &t, &path, Some("k-1"), json!({"amount": "200.00"})).await;
    assert_eq!(s3, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body3["code"], "IDEMPOTENCY_KEY_REUSED");
    let ledger = get_ok(url, &t, &format!("/v1/loans/{LINE}/transactions")).await;
    assert_eq!(
        ledger.as_array().unwrap().len(),
        1,
        "one drawdown, whatever the retries"
    );
    assert_eq!(
        get_ok(url, &t, &format!("/v1/loans/{LINE}")).await["outstanding_principal"],
        "50100.00"
    );

    // A duplicate while the first is still running.
    s.faults().set_commit_delay(Duration::from_millis(400));
    let (u, tok, p) = (url.to_owned(), t.clone(), path.clone());
    let first = tokio::spawn(async move {
        post_replayed(&u, &tok, &p, Some("k-2"), json!({"amount": "1.00"})).await
    });
    tokio::time::sleep(Duration::from_millis(100)).await;
    let (dup, body, _) =
        post_replayed(url, &t, &path, Some("k-2"), json!({"amount": "1.00"})).await;
    assert_eq!(dup, StatusCode::CONFLICT);
    assert_eq!(body["code"], "IDEMPOTENCY_IN_PROGRESS");
    assert_eq!(first.await.unwrap().0, StatusCode::CREATED);
    s.faults().set_commit_delay(Duration::ZERO);
    let (after, _, replayed) =
        post_replayed(url, &t, &path, Some("k-2"), json!({"amount": "1.00"})).await;
    assert_eq!(after, StatusCode::CREATED);
    assert!(replayed);

    // A business refusal is stored and replayed too, not re-evaluated.
    let (big, body, _) =
        post_replayed(url, &t, &path, Some("k-3"), json!({"amount": "999999.00"})).await;
    assert_eq!(big, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["code"], "INSUFFICIENT_CREDIT");
    // Keys are per customer: another customer's identical key is a different intent.
    let farmer = sign_in(url, "13800138003").await;
    let (other, _) = repay(url, &farmer, "loan-harvest", "k-1", "10.00").await;
    assert_eq!(other, StatusCode::CREATED);
}

#[tokio::test]
async fn malformed_requests_get_4xx_with_a_json_error() {
    let (s, t) = signed_in(BUSINESS).await;
    let url = s.url();
    let path = format!("/v1/loans/{LINE}/repayments");
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
        let key = format!("bad-{name}");
        let req = request(url, &t, Method::POST, &path, Some(&key), None)
            .header("content-type", ctype)
            .body(body);
        let (status, err, _) = send(req).await;
        assert!(status.is_client_error(), "{name}: {status}");
        assert!(err.is_object(), "{name}: error body is not JSON");
        assert!(
            err["code"].as_str().is_some_and(|c| !c.is_empty()),
            "{name}: {err}"
        );
        assert!(err["message"].is_string(), "{name}");
    }
    let (neg, body, _) =
        post_replayed(url, &t, &path, Some("neg"), json!({"amount": "-5.00"})).await;
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
        let (status, body) = get(url, &t, path).await;
        assert_eq!(
            status,
            StatusCode::NOT_FOUND,
            "another customer's loan is not found"
        );
        assert_eq!(body["code"], code);
    }
    let (slots, _) = get(url, "", "/v1/branches/branch-qingdao/slots?date=tomorrow").await;
    assert_eq!(slots, StatusCode::BAD_REQUEST);
    // And nothing moved.
    assert!(
        get_ok(url, &t, &format!("/v1/loans/{LINE}/transactions"))
            .await
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn concurrent_bookings_never_exceed_the_quota() {
    let s = sandbox().await;
    let url = s.url().to_owned();
    let branches = get_ok(&url, "", "/v1/branches").await;
    assert!(branches[0]["opening_hours"].as_array().unwrap().len() >= 4);
    // The first day with slots at the city branch.
    let mut slot = Value::Null;
    for day in 1..8 {
        let date = (today() + chrono::Duration::days(day)).to_string();
        let slots = get_ok(
            &url,
            "",
            &format!("/v1/branches/branch-qingdao/slots?date={date}"),
        )
        .await;
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
        let (status, body) = task.await.unwrap();
        match status {
            StatusCode::CREATED => booked += 1,
            StatusCode::CONFLICT => {
                assert!(["SLOT_FULL", "ALREADY_BOOKED"].contains(&body["code"].as_str().unwrap()))
            }
            other => panic!("unexpected {other}: {body}"),
        }
    }
    assert_eq!(booked, quota, "exactly the quota is booked, never more");
    let slots = get_ok(
        &url,
        "",
        &format!(
            "/v1/branches/branch-qingdao/slots?date={}",
            slot["date"].as_str().unwrap()
        ),
    )
    .await;
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
    let mine = get_ok(&url, &t, "/v1/appointments").await;
    if let Some(appt) = mine.as_array().unwrap().first() {
        let appointment = format!("/v1/appointments/{}", appt["id"].as_str().unwrap());
        let (status, _) = call(&url, &t, Method::DELETE, &appointment, None).await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        let (status, _) = post(
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

#[tokio::test]
async fn a_dropped_response_still_committed_and_the_retry_replays_it() {
    let s = sandbox_with(FaultConfig {
        enabled: true,
        drop_after_commit: 1,
        ..FaultConfig::default()
    })
    .await;
    let url = s.url();
    let t = sign_in(url, BUSINESS).await;
    let path = format!("/v1/loans/{LINE}/drawdowns");
    let body = json!({"amount": "700.00"});
    let req = || request(url, &t, Method::POST, &path, Some("drop-1"), Some(&body));
    let lost = match req().send().await {
        Ok(res) => res.bytes().await.is_err(),
        Err(_) => true,
    };
    assert!(lost, "the first answer must not arrive");
    let res = req().send().await.unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    assert!(res.headers().contains_key("idempotent-replayed"));
    let ledger = get_ok(url, &t, &format!("/v1/loans/{LINE}/transactions")).await;
    assert_eq!(ledger.as_array().unwrap().len(), 1);
    assert_eq!(
        get_ok(url, &t, &format!("/v1/loans/{LINE}")).await["available_credit"],
        "249300.00"
    );
}

#[tokio::test]
async fn faults_stay_off_unless_enabled_at_startup() {
    let s = sandbox_with(FaultConfig {
        enabled: false,
        drop_after_commit: 5,
        error_rate: 1.0,
        ..FaultConfig::default()
    })
    .await;
    s.faults().fail_next_requests(3);
    let t = sign_in(s.url(), BUSINESS).await;
    let (status, _) = post(
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
        let s = sandbox_with(FaultConfig {
            enabled: true,
            error_rate: 0.5,
            seed,
            ..FaultConfig::default()
        })
        .await;
        let mut out = Vec::new();
        for _ in 0..20 {
            let (status, _) = get(s.url(), "", "/v1/products").await;
            out.push(status == StatusCode::SERVICE_UNAVAILABLE);
        }
        out
    }
    let a = pattern(7).await;
    assert_eq!(a, pattern(7).await);
    let failures = a.iter().filter(|f| **f).count();
    assert!((3..=17).contains(&failures), "about half fail: {failures}");
}
