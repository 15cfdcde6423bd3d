//! A small on-device text model that backs up the rules: a logistic regression over the
//! character 1- to 3-grams of the normalised message, trained only on the project's own
//! labelled messages (`cargo run -p puhui-core --example antifraud_train`).
//!
//! Rules know *why* a message is a scam and point at the phrases; the model knows what scam
//! messages *sound like* and catches wordings no rule has met yet. Its log-odds enter the score as
//! points (one per logit, clamped), so it can tip a borderline message either way but never
//! explains one; the checker names its reading with a signal (`@model_scam`, `@model_leaning`,
//! `@model_ordinary`).

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
    /// The most points the model may add to a score.
    pub most_up: i32,
    /// The most points the model may take off a score.
    pub most_down: i32,
}

/// The bound on either clamp: the model backs up the rules and must never outweigh them.
pub const MAX_POINTS: i32 = 6;

/// From this many points on the model's reading is shown as `@model_scam`.
const STRONG_POINTS: i32 = 3;

/// The signal that names the model's reading for a number of points, if any.
pub fn signal_for(points: i32) -> Option<&'static str> {
    match points {
        p if p >= STRONG_POINTS => Some("@model_scam"),
        p if p > 0 => Some("@model_leaning"),
        0 => None,
        _ => Some("@model_ordinary"),
    }
}

/// A compiled model: n-grams packed into integers for a fast lookup.
#[derive(Clone, Debug)]
pub struct Model {
    /// Packed n-gram → (weight, dense index for the seen-set).
    table: FxHashMap<u64, (i32, u32)>,
    bias: i64,
    most_up: i32,
    most_down: i32,
}

impl Model {
    /// Compiles a model from its pack form.
    pub fn compile(spec: &ModelSpec) -> Result<Model, PackError> {
        if !(0..=MAX_POINTS).contains(&spec.most_up) || !(0..=MAX_POINTS).contains(&spec.most_down)
        {
            return Err(PackError::Invalid {
                reason: format!("model points must lie between 0 and {MAX_POINTS}"),
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
            most_up: spec.most_up,
            most_down: spec.most_down,
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

    /// The model's points for a normalised text: its logit rounded to whole logits (half
    /// away from zero), clamped to the spec's bounds. One point per logit keeps the model's
    /// say proportional to its confidence; the clamps keep it from outweighing the rules.
    pub fn points(&self, normalised: &str) -> i32 {
        let logit = self.logit_milli(normalised);
        let half = if logit < 0 { -500 } else { 500 };
        let whole = (logit + half) / 1000;
        whole.clamp(-i64::from(self.most_down), i64::from(self.most_up)) as i32
    }

    /// How far the points can move a score: (most negative, most positive).
    pub fn reach(&self) -> (i32, i32) {
        (-self.most_down, self.most_up)
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
            most_up: 3,
            most_down: 4,
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
    fn repeated_grams_count_once_and_points_follow_the_clamped_logit() {
        let m = Model::compile(&spec(&[
            ("保证金", 1500),
            ("保证", 600),
            ("验证码", -2000),
            ("解冻", 9000),
        ]))
        .unwrap();
        assert_eq!(m.logit_milli("保证金"), -1000 + 1500 + 600);
        assert_eq!(m.logit_milli("保证金保证金保证金"), -1000 + 1500 + 600);
        assert_eq!(m.points("保证金"), 1, "1.1 logits round to one point");
        assert_eq!(m.points("你"), -1, "the bias alone");
        assert_eq!(m.points("验证码"), -3);
        assert_eq!(m.points("解冻"), 3, "clamped to most_up");
        assert_eq!(m.points("验证码验证码，解冻"), 3);
        assert_eq!(m.reach(), (-4, 3));
        assert_eq!(signal_for(3), Some("@model_scam"));
        assert_eq!(signal_for(1), Some("@model_leaning"));
        assert_eq!(signal_for(0), None);
        assert_eq!(signal_for(-1), Some("@model_ordinary"));
    }

    #[test]
    fn bad_models_are_refused() {
        let mut s = spec(&[("四个字符", 1)]);
        assert!(Model::compile(&s).is_err());
        s = spec(&[]);
        s.most_down = -1;
        assert!(Model::compile(&s).is_err(), "negative bound");
        s.most_down = MAX_POINTS + 1;
        assert!(Model::compile(&s).is_err(), "the model may not outweigh the rules");
    }
}
