//! A small on-device text model that backs up the rules: a logistic regression over the
//! character 1- to 3-grams of the normalised message, trained only on the project's own
//! labelled messages (`cargo run -p puhui-core --example antifraud_train`).
//!
//! Rules know *why* a message is a scam and point at the phrases; the model knows what scam
//! messages *sound like* and catches wordings no rule has met yet. Its opinion enters the score
//! as three signals with weights in the pack (`@model_scam`, `@model_leaning`,
//! `@model_ordinary`), so it can tip a borderline message either way but never explains one.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::error::PackError;

/// Weights are stored as integers in thousandths of a logit, so a pack is exact data that
/// signs and compares byte for byte.
pub const WEIGHT_SCALE: f64 = 1000.0;

/// Only the start of a message is read by the model: scam messages state their pretext and
/// their ask within a few hundred characters, and the rules still read the whole text.
pub const MODEL_WINDOW_CHARS: usize = 600;

/// The model as it travels in a rule pack.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModelSpec {
    /// Weight of each n-gram (in thousandths of a logit).
    pub grams: BTreeMap<String, i32>,
    /// The intercept (thousandths of a logit).
    pub bias: i32,
    /// From this logit on: `@model_scam` (set so that about 0.5% of ordinary messages reach it
    /// in cross-validation).
    pub scam_at: i32,
    /// From this logit on: `@model_leaning` (about 5% of ordinary messages).
    pub leaning_at: i32,
    /// Below this logit: `@model_ordinary` (about 5% of scam messages).
    pub ordinary_below: i32,
}

/// What the model makes of a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModelOpinion {
    /// Reads like the scam messages it was trained on.
    Scam,
    /// Leans towards scam: counts only together with a rule.
    Leaning,
    /// No opinion.
    Neutral,
    /// Reads like an ordinary message.
    Ordinary,
}

impl ModelOpinion {
    /// The signal concept this opinion raises, if any.
    pub fn concept(self) -> Option<&'static str> {
        match self {
            ModelOpinion::Scam => Some("@model_scam"),
            ModelOpinion::Leaning => Some("@model_leaning"),
            ModelOpinion::Neutral => None,
            ModelOpinion::Ordinary => Some("@model_ordinary"),
        }
    }
}

/// A compiled model: n-grams packed into integers for a fast lookup.
#[derive(Clone, Debug)]
pub struct Model {
    /// Packed n-gram → (weight, dense index for the seen-set).
    table: FxHashMap<u64, (i32, u32)>,
    bias: i64,
    scam_at: i64,
    leaning_at: i64,
    ordinary_below: i64,
}

impl Model {
    /// Compiles a model from its pack form.
    pub fn compile(spec: &ModelSpec) -> Result<Model, PackError> {
        if !(spec.ordinary_below <= spec.leaning_at && spec.leaning_at <= spec.scam_at) {
            return Err(PackError::Invalid {
                reason: "model thresholds must be ordered".into(),
            });
        }
        let mut table = FxHashMap::default();
        table.reserve(spec.grams.len());
        for (gram, w) in &spec.grams {
            let chars: Vec<char> = gram.chars().collect();
            let key = match chars.as_slice() {
                [a] => pack_key(&[*a]),
                [a, b] => pack_key(&[*a, *b]),
                [a, b, c] => pack_key(&[*a, *b, *c]),
                _ => {
                    return Err(PackError::Invalid {
                        reason: format!("model n-gram {gram:?} is not 1 to 3 characters"),
                    });
                }
            };
            let ix = u32::try_from(table.len()).map_err(|_| PackError::Invalid {
                reason: "model too large".into(),
            })?;
            table.insert(key, (*w, ix));
        }
        Ok(Model {
            table,
            bias: i64::from(spec.bias),
            scam_at: i64::from(spec.scam_at),
            leaning_at: i64::from(spec.leaning_at),
            ordinary_below: i64::from(spec.ordinary_below),
        })
    }

    /// The model's logit for a normalised text, in thousandths.
    pub fn logit_milli(&self, normalised: &str) -> i64 {
        // A bit per known n-gram so each counts once (the model was trained on presence); a
        // bitset of a few hundred words is cheaper to clear than a hash set is to fill.
        let mut seen = vec![0u64; self.table.len().div_ceil(64)];
        let mut sum = self.bias;
        for_each_gram(normalised, |key| {
            if let Some(&(w, ix)) = self.table.get(&key) {
                let (word, bit) = ((ix / 64) as usize, 1u64 << (ix % 64));
                if let Some(slot) = seen.get_mut(word)
                    && *slot & bit == 0
                {
                    *slot |= bit;
                    sum += i64::from(w);
                }
            }
        });
        sum
    }

    /// The opinion for a normalised text.
    pub fn opinion(&self, normalised: &str) -> ModelOpinion {
        let logit = self.logit_milli(normalised);
        if logit >= self.scam_at {
            ModelOpinion::Scam
        } else if logit >= self.leaning_at {
            ModelOpinion::Leaning
        } else if logit < self.ordinary_below {
            ModelOpinion::Ordinary
        } else {
            ModelOpinion::Neutral
        }
    }
}

/// Packs up to three characters into one key (21 bits each; Unicode needs 21). The length is
/// implied: an absent character is 0, which normalised text never contains.
fn pack_key(chars: &[char]) -> u64 {
    chars
        .iter()
        .fold(0u64, |k, c| (k << 21) | u64::from(u32::from(*c)))
}

/// The model's reading of a character: digits are one symbol (amounts and numbers differ in
/// every message; that there is a number is what counts) and whitespace is dropped.
fn model_char(c: char) -> Option<char> {
    if c.is_whitespace() {
        None
    } else if c.is_ascii_digit() {
        Some('0')
    } else {
        Some(c)
    }
}

/// Calls `f` with the key of every 1-, 2- and 3-gram in the model window of `normalised`.
pub fn for_each_gram(normalised: &str, mut f: impl FnMut(u64)) {
    let mut window = [0u32; 3];
    let mut filled = 0usize;
    for c in normalised
        .chars()
        .filter_map(model_char)
        .take(MODEL_WINDOW_CHARS)
    {
        window = [window[1], window[2], u32::from(c)];
        filled = (filled + 1).min(3);
        let (a, b, c) = (
            u64::from(window[0]),
            u64::from(window[1]),
            u64::from(window[2]),
        );
        f(c);
        if filled >= 2 {
            f((b << 21) | c);
        }
        if filled >= 3 {
            f((a << 42) | (b << 21) | c);
        }
    }
}

/// Every 1-, 2- and 3-gram of `normalised` as text, for training: [`for_each_gram`]'s keys
/// unpacked, so training and checking can never read a message differently.
pub fn grams_of(normalised: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_gram(normalised, |key| out.push(unpack_key(key)));
    out
}

/// The text of a packed key (the inverse of [`pack_key`]).
fn unpack_key(key: u64) -> String {
    (0..3)
        .rev()
        .map(|k| ((key >> (21 * k)) & 0x1F_FFFF) as u32)
        .filter(|c| *c != 0)
        .filter_map(char::from_u32)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(grams: &[(&str, i32)]) -> ModelSpec {
        ModelSpec {
            grams: grams.iter().map(|(g, w)| ((*g).to_owned(), *w)).collect(),
            bias: -1000,
            scam_at: 2000,
            leaning_at: 1000,
            ordinary_below: -1500,
        }
    }

    #[test]
    fn text_and_packed_grams_agree() {
        let text = "请先交 1000 元保证金";
        let mut packed = Vec::new();
        for_each_gram(text, |k| packed.push(k));
        let from_text: Vec<u64> = grams_of(text)
            .iter()
            .map(|g| pack_key(&g.chars().collect::<Vec<_>>()))
            .collect();
        let (mut a, mut b) = (packed, from_text);
        a.sort_unstable();
        b.sort_unstable();
        assert_eq!(a, b);
        assert!(
            grams_of(text).contains(&"0元".to_owned()),
            "digits read as 0"
        );
    }

    #[test]
    fn repeated_grams_count_once_and_thresholds_order_the_opinion() {
        let m =
            Model::compile(&spec(&[("保证金", 1500), ("保证", 600), ("验证码", -2000)])).unwrap();
        assert_eq!(m.logit_milli("保证金"), -1000 + 1500 + 600);
        assert_eq!(m.logit_milli("保证金保证金保证金"), -1000 + 1500 + 600);
        assert_eq!(m.opinion("保证金"), ModelOpinion::Leaning);
        assert_eq!(m.opinion("你好"), ModelOpinion::Neutral);
        assert_eq!(m.opinion("验证码"), ModelOpinion::Ordinary);
        assert_eq!(ModelOpinion::Scam.concept(), Some("@model_scam"));
    }

    #[test]
    fn bad_models_are_refused() {
        let mut s = spec(&[("四个字符", 1)]);
        assert!(Model::compile(&s).is_err());
        s = spec(&[]);
        s.scam_at = 0;
        assert!(Model::compile(&s).is_err(), "thresholds out of order");
    }
}
