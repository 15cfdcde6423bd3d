//! The rule pack: scam knowledge as data, so that the bank can ship new rules without a new
//! app. A built-in default is compiled in; updates arrive signed (see `signature.rs`).
//!
//! A pack names *concepts* (groups of phrases that mean the same thing: "a fee before the
//! loan is paid out", "a safe account") and scores each scam type by the concepts present and
//! by combinations of them. Rules built from concepts and combinations generalise to messages
//! nobody has seen; rules that quote whole sentences do not.

use serde::{Deserialize, Serialize};

use super::error::PackError;
use super::model::ModelSpec;
use super::types::ScamType;

/// The pack format this app understands. A pack with a higher number needs a newer app.
pub const PACK_FORMAT: u32 = 1;

/// Larger than any sensible pack: refused before parsing.
pub const MAX_PACK_BYTES: usize = 2 * 1024 * 1024;

/// The built-in pack, shipped inside the app.
pub const DEFAULT_PACK_JSON: &str = include_str!("default_pack.json");

/// The built-in pack's trained model. It is a file of its own because training rewrites it
/// (`--example antifraud_train`) and must never touch the hand-written rules; an update from
/// the bank carries the model inside the signed pack.
pub const DEFAULT_MODEL_JSON: &str = include_str!("default_model.json");

/// Signals found outside the text's words, by the sender and link checks. Rules refer to them
/// as concepts named `@…`.
pub const SIGNAL_CONCEPTS: &[&str] = &[
    "@sender_not_official",
    "@sender_international",
    "@sender_fake_96110",
    "@link_ip",
    "@link_punycode",
    "@link_lookalike",
    "@link_shortener",
    "@link_apk",
    "@link_plain_http",
    "@model_scam",
    "@model_leaning",
    "@model_ordinary",
];

/// Score limits for the verdict.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Thresholds {
    /// From this score on, the message is suspicious.
    pub suspicious: i32,
    /// From this score on, the message is a scam.
    pub scam: i32,
}

/// A group of phrases with one meaning. Patterns are written in Simplified Chinese or lower
/// case English; they pass through the same normalisation as messages. For Latin patterns a
/// leading or trailing `*` allows the word to continue (`refund*` also finds `refunds`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Concept {
    /// Stable id, also the suffix of its Fluent explanation `af-flag-<id>`.
    pub id: String,
    /// The phrases.
    pub patterns: Vec<String>,
    /// Concepts whose phrases lose their meaning inside a phrase of this one: "我先付了" (the
    /// sender already paid) contains "先付" but asks nothing of the reader.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub overrides: Vec<String>,
}

/// A concept and what it adds to a score (negative for reassuring phrases).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Weighted {
    /// Concept id (or a signal `@…`).
    pub concept: String,
    /// Points added when the concept is present, once however often it appears.
    pub weight: i32,
}

/// Points added when every listed concept is present.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Combo {
    /// Concepts that must all be present.
    pub all: Vec<String>,
    /// Points added.
    pub weight: i32,
}

/// How one scam type is recognised.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TypeRules {
    /// The scam type.
    pub id: ScamType,
    /// Single red flags of this type.
    pub flags: Vec<Weighted>,
    /// Combinations that make the type likely.
    pub combos: Vec<Combo>,
}

/// Reassurances ("we will never charge a fee") mention the very things scams ask for. A
/// phrase of an `applies_to` concept that follows a negator in the same clause, within
/// `scope_chars` characters, does not count.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NegationRule {
    /// The concept whose phrases negate (不会, 无需, never, …).
    pub concept: String,
    /// How far a negation reaches, in normalised characters.
    pub scope_chars: usize,
    /// Concepts that a negation cancels.
    pub applies_to: Vec<String>,
}

/// A whole rule pack.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RulePack {
    /// Format number, see [`PACK_FORMAT`].
    pub format: u32,
    /// Monotonic version: an update must be newer than the pack in use.
    pub version: u32,
    /// Verdict limits.
    pub thresholds: Thresholds,
    /// The phrase groups.
    pub concepts: Vec<Concept>,
    /// Flags that count for every type (urgency, secrecy, links, sender).
    pub generic: Vec<Weighted>,
    /// One entry per scam type.
    pub types: Vec<TypeRules>,
    /// How reassurances cancel red flags, if at all.
    #[serde(default)]
    pub negation: Option<NegationRule>,
    /// The text model that backs up the rules, if the pack has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<ModelSpec>,
}

impl RulePack {
    /// Parses and validates a pack. Signature checks happen before this, in `signature.rs`.
    pub fn parse(bytes: &[u8]) -> Result<RulePack, PackError> {
        if bytes.is_empty() {
            return Err(PackError::Empty);
        }
        if bytes.len() > MAX_PACK_BYTES {
            return Err(PackError::TooLarge { bytes: bytes.len() });
        }
        // Read the format first, so that a newer pack is reported as such rather than as
        // malformed when its shape changed.
        #[derive(Deserialize)]
        struct Head {
            format: u32,
        }
        let head: Head = serde_json::from_slice(bytes).map_err(malformed)?;
        if head.format != PACK_FORMAT {
            return Err(PackError::UnsupportedFormat { found: head.format });
        }
        let pack: RulePack = serde_json::from_slice(bytes).map_err(malformed)?;
        pack.validate()?;
        Ok(pack)
    }

    /// The built-in pack.
    pub fn built_in() -> Result<RulePack, PackError> {
        let mut pack = RulePack::parse(DEFAULT_PACK_JSON.as_bytes())?;
        if pack.model.is_none() {
            pack.model = Some(serde_json::from_str(DEFAULT_MODEL_JSON).map_err(malformed)?);
        }
        Ok(pack)
    }

    fn validate(&self) -> Result<(), PackError> {
        let invalid = |reason: String| Err(PackError::Invalid { reason });
        if self.thresholds.suspicious <= 0 || self.thresholds.scam < self.thresholds.suspicious {
            return invalid("thresholds must be positive and ordered".into());
        }
        let mut ids = std::collections::HashSet::new();
        for c in &self.concepts {
            if c.id.is_empty() || c.id.starts_with('@') || !ids.insert(c.id.as_str()) {
                return invalid(format!(
                    "concept id {:?} is empty, reserved or repeated",
                    c.id
                ));
            }
            if c.patterns
                .iter()
                .any(|p| p.trim_matches('*').trim().is_empty())
            {
                return invalid(format!("concept {} has an empty pattern", c.id));
            }
        }
        let known = |id: &str| ids.contains(id) || SIGNAL_CONCEPTS.contains(&id);
        let referenced = self
            .generic
            .iter()
            .map(|w| w.concept.as_str())
            .chain(self.types.iter().flat_map(|t| {
                t.flags.iter().map(|w| w.concept.as_str()).chain(
                    t.combos
                        .iter()
                        .flat_map(|c| c.all.iter().map(String::as_str)),
                )
            }))
            .chain(
                self.concepts
                    .iter()
                    .flat_map(|c| c.overrides.iter().map(String::as_str)),
            )
            .chain(self.negation.iter().flat_map(|n| {
                std::iter::once(n.concept.as_str()).chain(n.applies_to.iter().map(String::as_str))
            }));
        for id in referenced {
            if !known(id) {
                return invalid(format!("unknown concept {id:?}"));
            }
            // The model's say is its points, bounded in its own spec; a weight on one of the
            // signals that name its reading would count it twice.
            if id.starts_with("@model_") {
                return invalid(format!("{id} carries no weight; the model's points do"));
            }
        }
        if self
            .types
            .iter()
            .any(|t| t.combos.iter().any(|c| c.all.len() < 2))
        {
            return invalid("a combination needs at least two concepts".into());
        }
        let mut seen = std::collections::HashSet::new();
        for t in &self.types {
            if !seen.insert(t.id) {
                return invalid(format!("type {:?} appears twice", t.id));
            }
        }
        if seen.len() != ScamType::ALL.len() {
            return invalid("every scam type needs rules".into());
        }
        Ok(())
    }
}

fn malformed(e: serde_json::Error) -> PackError {
    PackError::Malformed {
        line: e.line(),
        column: e.column(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_pack_is_valid_and_covers_every_type() {
        let pack = RulePack::built_in().unwrap();
        assert_eq!(pack.format, PACK_FORMAT);
        for t in ScamType::ALL {
            assert!(pack.types.iter().any(|r| r.id == t), "{t:?}");
        }
    }

    #[test]
    fn truncated_and_malformed_packs_are_refused() {
        let full = DEFAULT_PACK_JSON.as_bytes();
        for cut in [1, 10, full.len() / 2, full.len() - 2] {
            let err = RulePack::parse(&full[..cut]).unwrap_err();
            assert!(
                matches!(err, PackError::Malformed { .. }),
                "cut {cut}: {err:?}"
            );
        }
        assert_eq!(RulePack::parse(b""), Err(PackError::Empty));
        assert!(matches!(
            RulePack::parse(b"[1,2]"),
            Err(PackError::Malformed { .. })
        ));
    }

    #[test]
    fn newer_format_and_dangling_references_are_refused() {
        let mut v: serde_json::Value = serde_json::from_str(DEFAULT_PACK_JSON).unwrap();
        v["format"] = 2.into();
        let err = RulePack::parse(v.to_string().as_bytes()).unwrap_err();
        assert_eq!(err, PackError::UnsupportedFormat { found: 2 });

        let mut v: serde_json::Value = serde_json::from_str(DEFAULT_PACK_JSON).unwrap();
        v["generic"][0]["concept"] = "no_such_concept".into();
        let err = RulePack::parse(v.to_string().as_bytes()).unwrap_err();
        assert!(matches!(err, PackError::Invalid { .. }), "{err:?}");

        let mut v: serde_json::Value = serde_json::from_str(DEFAULT_PACK_JSON).unwrap();
        v["thresholds"]["scam"] = 0.into();
        assert!(matches!(
            RulePack::parse(v.to_string().as_bytes()),
            Err(PackError::Invalid { .. })
        ));
    }

    #[test]
    fn oversized_pack_is_refused_before_parsing() {
        let big = vec![b' '; MAX_PACK_BYTES + 1];
        assert_eq!(
            RulePack::parse(&big),
            Err(PackError::TooLarge {
                bytes: MAX_PACK_BYTES + 1
            })
        );
    }
}
