//! How the contract spells an amount: a string with exactly two decimals (`"1000.00"`),
//! whatever scale the exact value happens to carry.

use crate::domain::Money;

/// Writes an amount as the contract spells it.
pub(super) fn money<S: serde::Serializer>(m: &Money, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format!("{:.2}", m.amount()))
}

/// Like [`money`], for an optional amount (`null` when absent).
pub(super) fn opt_money<S: serde::Serializer>(m: &Option<Money>, s: S) -> Result<S::Ok, S::Error> {
    match m {
        Some(m) => money(m, s),
        None => s.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Serialize)]
    struct Amounts {
        #[serde(serialize_with = "money")]
        whole: Money,
        #[serde(serialize_with = "opt_money")]
        some: Option<Money>,
        #[serde(serialize_with = "opt_money")]
        none: Option<Money>,
    }

    #[test]
    fn amounts_always_carry_two_decimals() {
        let json = serde_json::to_string(&Amounts {
            whole: Money::ZERO,
            some: Some(Money::from_fen(150)),
            none: None,
        })
        .unwrap();
        assert_eq!(json, r#"{"whole":"0.00","some":"1.50","none":null}"#);
    }
}
