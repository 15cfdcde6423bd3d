//! Where tokens and keys live: the operating system's secret store, never SQLite or a file.

use crate::error::UserFacing;

/// Why the secret store could not be used.
#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    /// No secret store is running or reachable (e.g. no Secret Service on a Linux desktop).
    #[error("secret store unavailable")]
    Unavailable,
    /// The store refused or failed the operation.
    #[error("secret store failed")]
    Failed,
}

impl UserFacing for SecretError {
    fn code(&self) -> &'static str {
        match self {
            SecretError::Unavailable => "SECRETS_UNAVAILABLE",
            SecretError::Failed => "SECRETS_FAILED",
        }
    }
    fn message_id(&self) -> &'static str {
        match self {
            SecretError::Unavailable => "error-secrets-unavailable",
            SecretError::Failed => "error-secrets-failed",
        }
    }
    fn retryable(&self) -> bool {
        true
    }
}

/// A store of small secrets (tokens, keys) by name.
pub trait SecretStore: Send + Sync {
    /// Stores or replaces a secret.
    fn set(&self, name: &str, secret: &str) -> Result<(), SecretError>;
    /// Reads a secret; `Ok(None)` when there is none.
    fn get(&self, name: &str) -> Result<Option<String>, SecretError>;
    /// Removes a secret; removing one that does not exist is not an error.
    fn delete(&self, name: &str) -> Result<(), SecretError>;
}
