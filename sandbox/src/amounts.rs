//! Exact amounts and rates on the wire and in the database: decimal strings, never floats.

use std::str::FromStr;

use puhui_core::domain::Money;
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer};

use crate::error::ApiError;

/// Reads an amount the database holds.
pub fn stored_money(s: &str) -> Result<Money, ApiError> {
    Decimal::from_str(s)
        .ok()
        .and_then(|d| Money::exact(d).ok())
        .ok_or_else(|| {
            tracing::error!("corrupt amount in the sandbox database");
            ApiError::internal()
        })
}

/// Reads a rate the database holds.
pub fn stored_rate(s: &str) -> Result<Decimal, ApiError> {
    Decimal::from_str(s).map_err(|_| {
        tracing::error!("corrupt rate in the sandbox database");
        ApiError::internal()
    })
}

/// The text the database and the wire use for an amount: always two decimals.
pub fn text(m: Money) -> String {
    format!("{:.2}", m.amount())
}

/// Deserialises an amount that must be a JSON string of a decimal with at most two places
/// (`"1000.00"`): numbers are refused because a JSON number may have passed through a float.
pub fn money_string<'de, D: Deserializer<'de>>(d: D) -> Result<Money, D::Error> {
    let s = String::deserialize(d)?;
    let dec = Decimal::from_str(s.trim()).map_err(|_| {
        serde::de::Error::custom("amount must be a decimal string like \"1000.00\"")
    })?;
    Money::exact(dec).map_err(|_| {
        serde::de::Error::custom("amount must have at most two decimal places and be at most 10^12")
    })
}

/// Like [`money_string`], for an optional field.
pub fn opt_money_string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Money>, D::Error> {
    money_string(d).map(Some)
}

/// Refuses zero and negative amounts with a 422.
pub fn positive(m: Money) -> Result<Money, ApiError> {
    if m.is_negative() || m.is_zero() {
        return Err(ApiError::rule(
            "AMOUNT_NOT_POSITIVE",
            "the amount must be greater than zero",
        ));
    }
    Ok(m)
}

/// A card number masked for display: the first four and last four digits.
pub fn mask_card(number: &str) -> String {
    let n = number.len();
    if n < 8 {
        return "****".to_owned();
    }
    format!("{} **** **** {}", &number[..4], &number[n - 4..])
}

/// A name masked for a co-borrower's view: the family name only.
pub fn mask_name(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => format!("{first}{}", "*".repeat(chars.count().max(1))),
        None => String::new(),
    }
}
