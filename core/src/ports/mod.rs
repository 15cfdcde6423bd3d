//! Traits for the outside world. The domain never calls them; the facade wires real
//! implementations from [`crate::adapters`] into them.

pub mod bank;
mod clock;
mod secrets;

pub use bank::{BankApi, BankError, MoneyMoved, MoneyMovement, Token, Tokens};
pub use clock::{Clock, SystemClock};
pub use secrets::{SecretError, SecretStore};
