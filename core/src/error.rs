//! Errors as the customer and the shells see them.
//!
//! Each operation inside the core has its own precise error enum. They all implement
//! [`UserFacing`], which names a stable machine code and a Fluent message; [`PublicError`] is
//! the single type that crosses the FFI and IPC boundaries. It never holds personal data: the
//! message is built only from the message id and the arguments an error chooses to expose,
//! and errors never expose identity, card or phone numbers.

use std::fmt;

use serde::Serialize;

use crate::i18n::{Locale, Localizer, MessageArg};

/// An internal error that knows how to present itself to a customer.
pub trait UserFacing: std::error::Error {
    /// A stable, upper-case machine code (e.g. `ID_CHECK_CHARACTER`) that shells and banks may
    /// match on; never renamed once shipped.
    fn code(&self) -> &'static str;
    /// The Fluent message id in `i18n/*/*.ftl`.
    fn message_id(&self) -> &'static str;
    /// Arguments for the message. Never personal data.
    fn args(&self) -> Vec<(&'static str, MessageArg)> {
        Vec::new()
    }
    /// Whether trying the same thing again later may succeed (network trouble, a busy bank).
    fn retryable(&self) -> bool {
        false
    }
}

/// A machine code plus the customer's words: what every shell receives on failure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PublicError {
    /// Stable machine code, see [`UserFacing::code`].
    pub code: String,
    /// Localised message for the customer.
    pub message: String,
    /// Whether a retry may help.
    pub retryable: bool,
}

/// Codes that belong to no particular operation.
pub struct ErrorCode;

impl ErrorCode {
    /// Something failed inside the core that the customer cannot fix.
    pub const INTERNAL: &'static str = "INTERNAL";
}

impl PublicError {
    /// Localises an internal error. This is the one place where errors leave the core, so it
    /// is also where they are logged — by code only, because the message may carry amounts.
    pub fn localise(err: &dyn UserFacing, locale: Locale) -> PublicError {
        tracing::debug!(code = err.code(), "error returned to the customer");
        let message = Localizer::get(locale).format(err.message_id(), &err.args());
        PublicError {
            code: err.code().to_owned(),
            message,
            retryable: err.retryable(),
        }
    }

    /// An internal failure with a generic message: used where the cause must not be shown
    /// (it could contain paths or data) and the customer can do nothing about it.
    pub fn internal(locale: Locale) -> PublicError {
        PublicError {
            code: ErrorCode::INTERNAL.to_owned(),
            message: Localizer::get(locale).format("error-internal", &[]),
            retryable: true,
        }
    }
}

impl fmt::Display for PublicError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}

impl std::error::Error for PublicError {}
