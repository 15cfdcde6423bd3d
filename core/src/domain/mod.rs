//! Pure domain types and rules. Nothing in here performs I/O.

pub mod anti_fraud;
pub mod bank_url;
pub mod format;
pub mod identity;
pub mod loan;
pub mod money;
pub mod rate;
pub mod text;

pub use money::{Money, MoneyError};
pub use rate::{DayCount, Rate, RateError};
