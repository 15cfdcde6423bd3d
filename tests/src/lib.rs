//! Scenario tests live in `tests/`; this library holds what they all do first: start the
//! sandbox bank on loopback, build the core's bank client for it, sign a demo customer in and
//! open the core on a fresh data directory.
#![allow(clippy::unwrap_used)] // test scaffolding: a setup that fails should fail the test loudly

use std::path::Path;
use std::time::Duration;

use puhui_core::adapters::{
    BankClientOptions, HttpBankClient, PendingOperation, PendingOps, PendingOpsError, PendingState,
    RetryPolicy, Store,
};
use puhui_core::domain::Money;
use puhui_core::ports::bank::{BankApi, MoneyMoved, MoneyMovement, Token};
use puhui_core::{Config, Puhui};
use puhui_sandbox::{DEV_PUBLIC_KEY_HEX, FaultConfig, SandboxConfig, SandboxHandle, start};

/// How many times [`client`] sends a request before it gives up.
pub const ATTEMPTS: u32 = 3;

/// A fresh temporary data directory for one scenario.
pub fn temp_data_dir() -> std::io::Result<tempfile::TempDir> {
    tempfile::tempdir()
}

/// The sandbox bank in memory, faults off.
pub async fn sandbox() -> SandboxHandle {
    start(SandboxConfig::default()).await.unwrap()
}

/// The sandbox bank with fault injection on (nothing injected until a test asks).
pub async fn faulty_sandbox() -> SandboxHandle {
    start(SandboxConfig {
        faults: FaultConfig {
            enabled: true,
            ..FaultConfig::default()
        },
        ..SandboxConfig::default()
    })
    .await
    .unwrap()
}

/// The core's bank client for `url` with short timeouts and [`ATTEMPTS`] quick retries.
pub fn client(url: &str) -> HttpBankClient {
    let options = BankClientOptions {
        timeout: Duration::from_secs(5),
        connect_timeout: Duration::from_secs(2),
        retry: RetryPolicy {
            max_attempts: ATTEMPTS,
            base_backoff: Duration::from_millis(10),
            max_backoff: Duration::from_millis(50),
        },
    };
    HttpBankClient::new(url, options).unwrap()
}

/// A sandbox and the core's client for it with the default options.
pub async fn bank() -> (SandboxHandle, HttpBankClient) {
    let s = sandbox().await;
    let client = HttpBankClient::new(s.url(), BankClientOptions::default()).unwrap();
    (s, client)
}

/// Signs a demo customer in with the sandbox's SMS code; the access token.
pub async fn token(bank: &HttpBankClient, phone: &str) -> Token {
    bank.sign_in(phone, puhui_sandbox::DEV_SMS_CODE)
        .await
        .unwrap()
        .access_token
}

/// A [`client`] for `url` and a demo customer's access token.
pub async fn signed_in(url: &str, phone: &str) -> (HttpBankClient, Token) {
    let bank = client(url);
    let access = token(&bank, phone).await;
    (bank, access)
}

/// Records `movement` as a pending operation in `store` and runs it once: the operation as
/// recorded and the outcome.
pub async fn submit(
    store: &Store,
    bank: &HttpBankClient,
    access: &Token,
    movement: &MoneyMovement,
) -> (PendingOperation, Result<MoneyMoved, PendingOpsError>) {
    PendingOps::new(store)
        .submit(bank, access, movement)
        .await
        .unwrap()
}

/// The state a pending operation is in now.
pub fn state_of(store: &Store, id: i64) -> PendingState {
    PendingOps::new(store).get(id).unwrap().unwrap().state
}

/// How many rows of `kind` the loan's ledger at the bank has.
pub async fn ledger_of(bank: &HttpBankClient, access: &Token, loan: &str, kind: &str) -> usize {
    bank.transactions(access, loan)
        .await
        .unwrap()
        .iter()
        .filter(|t| t.kind == kind)
        .count()
}

/// An amount written as a decimal string.
pub fn money(s: &str) -> Money {
    s.parse().unwrap()
}

/// The core in Simplified Chinese on `dir`, banking with `sandbox` and trusting its
/// development rule-pack key.
pub fn core_for(sandbox: &SandboxHandle, dir: &Path) -> Puhui {
    let mut config = Config::new(dir, "zh-CN");
    config.bank_url = Some(sandbox.url().to_owned());
    config.rule_pack_keys = vec![DEV_PUBLIC_KEY_HEX.to_owned()];
    Puhui::open(config).unwrap()
}

/// A sandbox, a fresh data directory and the core on it banking with the sandbox
/// ([`core_for`]). Keep the directory alive as long as the core.
pub async fn app() -> (SandboxHandle, tempfile::TempDir, Puhui) {
    let s = sandbox().await;
    let dir = temp_data_dir().unwrap();
    let core = core_for(&s, dir.path());
    (s, dir, core)
}

/// The core on `dir` in `locale` with no bank configured.
pub fn offline_core(dir: &Path, locale: &str) -> Puhui {
    Puhui::open(Config::new(dir, locale)).unwrap()
}
