//! The committed contract must equal the one the code generates and serves.
//! Regenerate after a deliberate change with `UPDATE_OPENAPI=1 cargo test -p puhui-sandbox --test openapi`.
#![allow(clippy::unwrap_used)] // helpers outside #[test] functions may fail loudly too

mod common;

use std::path::PathBuf;

fn committed_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("openapi.json")
}

#[test]
fn committed_openapi_matches_the_code() {
    let generated = puhui_sandbox::openapi_json();
    if std::env::var_os("UPDATE_OPENAPI").is_some() {
        std::fs::write(committed_path(), &generated).unwrap();
    }
    let committed = std::fs::read_to_string(committed_path())
        .expect("sandbox/openapi.json missing: run UPDATE_OPENAPI=1 cargo test -p puhui-sandbox --test openapi");
    let a: serde_json::Value = serde_json::from_str(&committed).unwrap();
    let b: serde_json::Value = serde_json::from_str(&generated).unwrap();
    assert!(
        a == b,
        "sandbox/openapi.json differs from the code: run UPDATE_OPENAPI=1 cargo test -p puhui-sandbox --test openapi and review the diff"
    );
}

#[test]
fn the_document_is_openapi_3_1_with_the_dev_code_and_money_paths() {
    let doc: serde_json::Value = serde_json::from_str(&puhui_sandbox::openapi_json()).unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    assert!(
        doc["info"]["description"]
            .as_str()
            .unwrap()
            .contains(puhui_sandbox::DEV_SMS_CODE)
    );
    for path in [
        "/v1/loans/{loan_id}/drawdowns",
        "/v1/loans/{loan_id}/repayments",
        "/v1/loans/{loan_id}/prepayments",
        "/v1/applications/{application_id}/disbursement",
    ] {
        let params = doc["paths"][path]["post"]["parameters"].as_array().unwrap();
        assert!(
            params
                .iter()
                .any(|p| p["name"] == "Idempotency-Key" && p["in"] == "header"),
            "{path} must document its Idempotency-Key"
        );
    }
}

#[tokio::test]
async fn the_served_document_is_the_generated_one() {
    let sandbox = common::sandbox().await;
    let served = common::get_ok(sandbox.url(), "", "/openapi.json").await;
    let generated: serde_json::Value =
        serde_json::from_str(&puhui_sandbox::openapi_json()).unwrap();
    assert_eq!(served, generated);
}
