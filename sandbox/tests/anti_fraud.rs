//! The anti-fraud endpoints over real loopback HTTP with a plain client: the family guardian
//! (what the bank enforces whatever the app sends) and the signed rule pack.
#![allow(clippy::unwrap_used)] // helpers outside #[test] functions may fail loudly too

use puhui_sandbox::{DEV_PUBLIC_KEY_HEX, SandboxHandle, start};
use reqwest::{Client, Method, StatusCode};
use serde_json::{Value, json};

const CUSTOMER_PHONE: &str = "13800138002";

async fn sandbox() -> SandboxHandle {
    start(Default::default()).await.unwrap()
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

async fn call(
    url: &str,
    token: Option<&str>,
    method: Method,
    path: &str,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let mut req = Client::new().request(method, format!("{url}{path}"));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    if let Some(b) = body {
        req = req.json(&b);
    }
    let res = req.send().await.unwrap();
    let status = res.status();
    let text = res.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

const GUARDIAN: &str = "/v1/anti-fraud/guardian";
const NOTIFY: &str = "/v1/anti-fraud/guardian/notifications";

#[tokio::test]
async fn the_guardian_is_opt_in_item_by_item_and_nothing_is_sent_after_revocation() {
    let s = sandbox().await;
    let url = s.url();
    let token = sign_in(url, CUSTOMER_PHONE).await;
    let t = Some(token.as_str());
    let notice = json!({"action": "drawdown", "outcome": "blocked"});

    let (status, _) = call(url, None, Method::PUT, GUARDIAN, Some(json!({}))).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, body) = call(url, t, Method::POST, NOTIFY, Some(notice.clone())).await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::CONFLICT, Some("NO_ACTIVE_GUARDIAN"))
    );

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
        let (status, got) = call(url, t, Method::PUT, GUARDIAN, Some(body)).await;
        assert_eq!(
            (status, got["code"].as_str()),
            (StatusCode::UNPROCESSABLE_ENTITY, Some(code))
        );
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
    let (status, body) = call(
        url,
        t,
        Method::POST,
        NOTIFY,
        Some(json!({"action": "drawdown", "outcome": "blocked", "amount": "80000.00"})),
    )
    .await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("INVALID_FIELDS"))
    );
    let (status, body) = call(
        url,
        t,
        Method::POST,
        NOTIFY,
        Some(json!({"action": "drawdown", "outcome": "blocked", "amount_band": "over_50k"})),
    )
    .await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("NOT_SHARED"))
    );
    let (status, _) = call(
        url,
        t,
        Method::POST,
        NOTIFY,
        Some(json!({"action": "steal", "outcome": "blocked"})),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    let (status, sent) = call(
        url,
        t,
        Method::POST,
        NOTIFY,
        Some(json!({"action": "drawdown", "outcome": "blocked", "at": "2025-03-01T02:00:00Z"})),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(sent["guardian_id"], g["id"]);

    // Another customer sees none of it.
    let other = sign_in(url, "13800138001").await;
    let (_, list) = call(url, Some(&other), Method::GET, NOTIFY, None).await;
    assert_eq!(list, json!([]));

    let (status, _) = call(url, t, Method::DELETE, GUARDIAN, None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = call(url, t, Method::DELETE, GUARDIAN, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = call(url, t, Method::POST, NOTIFY, Some(notice)).await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (_, list) = call(url, t, Method::GET, NOTIFY, None).await;
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 1, "nothing recorded after revocation");
    assert_eq!(list[0]["at"], "2025-03-01T02:00:00Z");
}

#[tokio::test]
async fn the_rule_pack_is_served_signed_with_the_published_development_key() {
    let s = sandbox().await;
    let (status, body) = call(s.url(), None, Method::GET, "/v1/anti-fraud/rule-pack", None).await;
    assert_eq!(status, StatusCode::OK);
    let update =
        puhui_core::domain::anti_fraud::PackUpdate::from_json(body.to_string().as_bytes()).unwrap();
    let keys =
        puhui_core::domain::anti_fraud::TrustedKeys::from_hex(&[DEV_PUBLIC_KEY_HEX]).unwrap();
    let pack = update.verify(&keys).unwrap();
    let built_in = puhui_core::domain::anti_fraud::pack::RulePack::built_in().unwrap();
    assert_eq!(pack.version, built_in.version + 1);
    // The same bytes every time, so clients can compare.
    let (_, again) = call(s.url(), None, Method::GET, "/v1/anti-fraud/rule-pack", None).await;
    assert_eq!(again, body);
}
