//! Puhui core: every rule that must be the same on phones and desktops.
//!
//! Layers, data flowing down only (see `ARCHITECTURE.md`):
//! - [`domain`]: pure types and rules, no I/O.
//! - [`ports`]: traits for the outside world (secret store, clock).
//! - [`adapters`]: real implementations of the ports (SQLite, OS keyring).
//! - [`facade`]: the one [`Puhui`] object the shells talk to.
//!
//! Cross-cutting: [`i18n`] (Fluent messages) and [`error`] (the public error type).

pub mod adapters;
pub mod domain;
pub mod error;
pub mod facade;
pub mod i18n;
pub mod ports;

pub use error::{ErrorCode, PublicError};
pub use facade::{Config, Mode, Puhui};
