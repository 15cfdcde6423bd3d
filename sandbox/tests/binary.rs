//! The `puhui-sandbox` binary as a child process: prints its URL first, serves, and injects
//! faults only when started with `--faults`.
#![allow(clippy::unwrap_used)] // helpers outside #[test] functions may fail loudly too

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use serde_json::{Value, json};

struct Kill(Child);

impl Drop for Kill {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn spawn(args: &[&str]) -> (Kill, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_puhui-sandbox"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    (Kill(child), line.trim().to_owned())
}

#[tokio::test]
async fn the_binary_drops_a_committed_answer_and_the_retry_replays_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("bank.sqlite3");
    let (_child, url) = spawn(&[
        "--addr",
        "127.0.0.1:0",
        "--db",
        db.to_str().unwrap(),
        "--faults",
        "--drop-after-commit",
        "1",
    ]);
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    let c = reqwest::Client::new();
    let t: Value = c
        .post(format!("{url}/v1/auth/sessions"))
        .json(&json!({"phone": "13800138002", "sms_code": "123456"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = t["access_token"].as_str().unwrap();
    let send = || {
        c.post(format!("{url}/v1/loans/loan-business-line/repayments"))
            .bearer_auth(token)
            .header("Idempotency-Key", "child-1")
            .json(&json!({"amount": "300.00"}))
            .send()
    };
    let first = match send().await {
        Ok(r) => r.bytes().await.is_err(),
        Err(_) => true,
    };
    assert!(first, "the first answer is dropped");
    assert_eq!(send().await.unwrap().status(), 201);
    let ledger: Value = c
        .get(format!("{url}/v1/loans/loan-business-line/transactions"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(ledger.as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn the_database_survives_a_restart_of_the_binary() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("bank.sqlite3");
    let db = db.to_str().unwrap();
    let c = reqwest::Client::new();
    for expected in [1, 2] {
        let (_child, url) = spawn(&["--db", db]);
        let t: Value = c
            .post(format!("{url}/v1/auth/sessions"))
            .json(&json!({"phone": "13800138003", "sms_code": "123456"}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let token = t["access_token"].as_str().unwrap();
        let res = c
            .post(format!("{url}/v1/loans/loan-harvest/repayments"))
            .bearer_auth(token)
            .header("Idempotency-Key", format!("run-{expected}"))
            .json(&json!({"amount": "10.00"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 201);
        let ledger: Value = c
            .get(format!("{url}/v1/loans/loan-harvest/transactions"))
            .bearer_auth(token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(
            ledger.as_array().unwrap().len(),
            expected,
            "seeded once, data kept"
        );
    }
}
