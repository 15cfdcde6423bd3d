//! Traits for the outside world. The domain never calls them; the facade wires real
//! implementations from [`crate::adapters`] into them.

mod clock;
mod secrets;

pub use clock::{Clock, SystemClock};
pub use secrets::{SecretError, SecretStore};
