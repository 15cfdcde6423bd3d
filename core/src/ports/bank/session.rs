//! The tokens a sign-in hands out, kept out of logs.

use serde::{Deserialize, Serialize};

/// A secret token. Its `Debug` never shows the value, so it cannot leak into a log.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Token(String);

impl Token {
    /// Wraps a token value.
    pub fn new(value: impl Into<String>) -> Token {
        Token(value.into())
    }

    /// The value, for the `Authorization` header or the secret store only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Token(***)")
    }
}

/// What a sign-in or refresh returns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tokens {
    /// Bearer token for customer requests.
    pub access_token: Token,
    /// Seconds until the access token expires.
    pub expires_in: i64,
    /// Single-use token for a new pair.
    pub refresh_token: Token,
    /// The customer signed in.
    pub customer_id: String,
}
