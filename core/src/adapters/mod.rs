//! Real implementations of the ports: SQLite for local data, the OS keyring for secrets.

pub mod keyring_secrets;
pub mod store;

pub use keyring_secrets::{KeyringSecretStore, SecretBackend};
pub use store::{Store, StoreError};
