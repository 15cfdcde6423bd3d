//! Real implementations of the ports: SQLite for local data, the OS keyring for secrets.

pub mod bank_http;
pub mod guardian_store;
pub mod keyring_secrets;
pub mod pending_ops;
pub mod quiz_store;
pub mod rule_pack_store;
pub mod store;

pub use bank_http::{BankClientOptions, HttpBankClient, RetryPolicy};
pub use keyring_secrets::{KeyringSecretStore, SecretBackend};
pub use pending_ops::{PendingOperation, PendingOps, PendingOpsError, PendingState};
pub use store::{Store, StoreError};
