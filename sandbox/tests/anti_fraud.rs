//! The anti-fraud endpoints over real loopback HTTP with a plain client: the family guardian
//! (what the bank enforces whatever the app sends) and the signed rule pack.
#![allow(clippy::unwrap_used)] // helpers outside #[test] functions may fail loudly too

mod common;

use common::{assert_error, call, sandbox, sign_in, signed_in};
use puhui_sandbox::DEV_PUBLIC_KEY_HEX;
use reqwest::{Method, StatusCode};
use serde_json::json;

const CUSTOMER_PHONE: &str = "13800138002";

const GUARDIAN: &str = "/v1/anti-fraud/guardian";
const NOTIFY: &str = "/v1/anti-fraud/guardian/notifications";

#[tokio::test]
async fn the_guardian_is_opt_in_item_by_item_and_nothing_is_sent_after_revocation() {
    let (s, token) = signed_in(CUSTOMER_PHONE).await;
    let url = s.url();
    let t = token.as_str();
    let notice = json!({"action": "drawdown", "outcome": "blocked"});
    let notify = |body| call(url, t, Method::POST, NOTIFY, Some(body));

    let (status, _) = call(url, "", Method::PUT, GUARDIAN, Some(json!({}))).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let answer = notify(notice.clone()).await;
    assert_error(&answer, StatusCode::CONFLICT, "NO_ACTIVE_GUARDIAN");

    for (body, code) in [
        (
            json!({"name": "女儿", "phone": "12345", "shared": ["action_kind", "outcome"]}),
            "INVALID_GUARDIAN_PHONE",
        ),
        (
            json!({"name": " ", "phone": "13912345678", "shared": ["action_kind", "outcome"]}),
            "INVALID_GUARDIAN_NAME",
        ),
        (
            json!({"name": "女儿", "phone": "13912345678", "shared": ["outcome"]}),
            "CONSENT_MISSING",
        ),
        (
            json!({"name": "女儿", "phone": "13912345678", "shared": ["action_kind", "outcome", "balance"]}),
            "UNKNOWN_SHARED_ITEM",
        ),
        (
            json!({"name": "我", "phone": CUSTOMER_PHONE, "shared": ["action_kind", "outcome"]}),
            "GUARDIAN_IS_CUSTOMER",
        ),
    ] {
        let answer = call(url, t, Method::PUT, GUARDIAN, Some(body)).await;
        assert_error(&answer, StatusCode::UNPROCESSABLE_ENTITY, code);
    }

    let (status, g) = call(
        url,
        t,
        Method::PUT,
        GUARDIAN,
        Some(json!({"name": "女儿", "phone": "13912345678", "shared": ["outcome", "action_kind", "time"]})),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(g["phone_masked"], "139****5678");
    assert_eq!(g["shared"], json!(["action_kind", "outcome", "time"]));
    assert!(!g.to_string().contains("13912345678"));
    let (status, same) = call(url, t, Method::GET, GUARDIAN, None).await;
    assert_eq!((status, &same["id"]), (StatusCode::OK, &g["id"]));

    // The contract has no room for an amount or an account; items not agreed are refused.
    let answer =
        notify(json!({"action": "drawdown", "outcome": "blocked", "amount": "80000.00"})).await;
    assert_error(&answer, StatusCode::BAD_REQUEST, "INVALID_FIELDS");
    let answer =
        notify(json!({"action": "drawdown", "outcome": "blocked", "amount_band": "over_50k"}))
            .await;
    assert_error(&answer, StatusCode::UNPROCESSABLE_ENTITY, "NOT_SHARED");
    let (status, _) = notify(json!({"action": "steal", "outcome": "blocked"})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    let (status, sent) =
        notify(json!({"action": "drawdown", "outcome": "blocked", "at": "2025-03-01T02:00:00Z"}))
            .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(sent["guardian_id"], g["id"]);

    // Another customer sees none of it.
    let other = sign_in(url, "13800138001").await;
    let (_, list) = call(url, &other, Method::GET, NOTIFY, None).await;
    assert_eq!(list, json!([]));

    let (status, _) = call(url, t, Method::DELETE, GUARDIAN, None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = call(url, t, Method::DELETE, GUARDIAN, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = notify(notice).await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (_, list) = call(url, t, Method::GET, NOTIFY, None).await;
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 1, "nothing recorded after revocation");
    assert_eq!(list[0]["at"], "2025-03-01T02:00:00Z");
}

#[tokio::test]
async fn the_rule_pack_is_served_signed_with_the_published_development_key() {
    let s = sandbox().await;
    let (status, body) = call(s.url(), "", Method::GET, "/v1/anti-fraud/rule-pack", None).await;
    assert_eq!(status, StatusCode::OK);
    let update =
        puhui_core::domain::anti_fraud::PackUpdate::from_json(body.to_string().as_bytes()).unwrap();
    let keys =
        puhui_core::domain::anti_fraud::TrustedKeys::from_hex(&[DEV_PUBLIC_KEY_HEX]).unwrap();
    let pack = update.verify(&keys).unwrap();
    let built_in = puhui_core::domain::anti_fraud::pack::RulePack::built_in().unwrap();
    assert_eq!(pack.version, built_in.version + 1);
    // The same bytes every time, so clients can compare.
    let (_, again) = call(s.url(), "", Method::GET, "/v1/anti-fraud/rule-pack", None).await;
    assert_eq!(again, body);
}
