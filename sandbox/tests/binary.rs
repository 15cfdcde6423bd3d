//! The `puhui-sandbox` binary as a child process: prints its URL first, serves, and injects
//! faults only when started with `--faults`.
#![allow(clippy::unwrap_used)] // helpers outside #[test] functions may fail loudly too

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use common::{get_ok, repay, request, sign_in};
use reqwest::Method;
use serde_json::json;

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
    let token = sign_in(&url, "13800138002").await;
    let body = json!({"amount": "300.00"});
    let send = || {
        request(
            &url,
            &token,
            Method::POST,
            "/v1/loans/loan-business-line/repayments",
            Some("child-1"),
            Some(&body),
        )
        .send()
    };
    let first = match send().await {
        Ok(r) => r.bytes().await.is_err(),
        Err(_) => true,
    };
    assert!(first, "the first answer is dropped");
    assert_eq!(send().await.unwrap().status(), 201);
    let ledger = get_ok(&url, &token, "/v1/loans/loan-business-line/transactions").await;
    assert_eq!(ledger.as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn the_database_survives_a_restart_of_the_binary() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("bank.sqlite3");
    let db = db.to_str().unwrap();
    for expected in [1, 2] {
        let (_child, url) = spawn(&["--db", db]);
        let token = sign_in(&url, "13800138003").await;
        let key = format!("run-{expected}");
        let (status, _) = repay(&url, &token, "loan-harvest", &key, "10.00").await;
        assert_eq!(status, 201);
        let ledger = get_ok(&url, &token, "/v1/loans/loan-harvest/transactions").await;
        assert_eq!(
            ledger.as_array().unwrap().len(),
            expected,
            "seeded once, data kept"
        );
    }
}
