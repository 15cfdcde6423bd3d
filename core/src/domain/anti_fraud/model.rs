//! A small on-device text model that backs up the rules: a logistic regression over the
//! character 1- to 4-grams and the English words and word pairs of the normalised message, trained only on the project's own
//! labelled messages (`cargo run -p puhui-core --example antifraud_train`).
//!
//! Rules know *why* a message is a scam and point at the phrases; the model knows what scam
//! messages *sound like* and catches wordings no rule has met yet. Its log-odds enter the score as
//! points ([`PointScale`]), so it can tip a borderline message either way but never
//! explains one; the checker names its reading with a signal (`@model_scam`, `@model_leaning`,
//! `@model_ordinary`).

use std::collections::BTreeMap;
use std::hash::Hasher;

use rustc_hash::{FxHashMap, FxHasher};
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
    /// Weight of each feature (in thousandths of a logit): a character n-gram of 1 to 4
    /// characters, or, after a leading space, an English word or two words (`" refund"`,
    /// `" gift card"`).
    pub grams: BTreeMap<String, i32>,
    /// The intercept (thousandths of a logit).
    pub bias: i32,
    /// How the logit becomes points.
    #[serde(flatten)]
    pub scale: PointScale,
}

/// How a logit becomes the points the model adds to a score: the logit less the shift,
/// scaled, rounded to whole points (half away from zero) and clamped. Points in proportion to
/// the log-odds keep the model's say in line with its confidence; the clamps keep it from
/// outweighing the rules. The trainer reports its cross-validation with the same scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PointScale {
    /// The logit (thousandths) that counts as even: the training sets are about half scams,
    /// real inboxes are not, so the model's log-odds are shifted down before they count.
    pub shift: i32,
    /// Points per logit above or below the shift (thousandths of a point).
    pub points_per_logit: i32,
    /// The most points the model may add to a score.
    pub most_up: i32,
    /// The most points the model may take off a score.
    pub most_down: i32,
}

impl PointScale {
    /// The points for a logit given in thousandths.
    pub fn points(&self, logit_milli: i64) -> i32 {
        // Thousandths of a logit times thousandths of a point per logit: millionths of a point.
        let micro = (logit_milli - i64::from(self.shift)) * i64::from(self.points_per_logit);
        let half = if micro < 0 { -500_000 } else { 500_000 };
        let whole = (micro + half) / 1_000_000;
        whole.clamp(-i64::from(self.most_down), i64::from(self.most_up)) as i32
    }

    /// How far the points can move a score: (most negative, most positive).
    pub fn reach(&self) -> (i32, i32) {
        (-self.most_down, self.most_up)
    }

    fn validate(&self) -> Result<(), PackError> {
        if !(0..=MAX_POINTS).contains(&self.most_up) || !(0..=MAX_POINTS).contains(&self.most_down)
        {
            return Err(PackError::Invalid {
                reason: format!("model points must lie between 0 and {MAX_POINTS}"),
            });
        }
        if !(1..=MAX_POINTS_PER_LOGIT).contains(&self.points_per_logit)
            || self.shift.abs() > MAX_SHIFT
        {
            return Err(PackError::Invalid {
                reason: "model scale or shift out of range".into(),
            });
        }
        Ok(())
    }
}

/// The bound on either clamp: the model backs up the rules and must never outweigh them.
pub const MAX_POINTS: i32 = 6;

/// Bounds on the scale (thousandths of a point per logit) and the shift (thousandths of a
/// logit), so that a pack cannot make the model's say arbitrary.
const MAX_POINTS_PER_LOGIT: i32 = 2000;
const MAX_SHIFT: i32 = 10_000;

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
    /// Feature key → (weight, dense index for the seen-set).
    table: FxHashMap<u128, (i32, u32)>,
    bias: i64,
    scale: PointScale,
}

impl Model {
    /// Compiles a model from its pack form.
    pub fn compile(spec: &ModelSpec) -> Result<Model, PackError> {
        spec.scale.validate()?;
        let mut table = FxHashMap::default();
        table.reserve(spec.grams.len());
        for (gram, w) in &spec.grams {
            let key = feature_key(gram).ok_or_else(|| PackError::Invalid {
                reason: format!("model feature {gram:?} is neither 1 to 4 characters nor words"),
            })?;
            let ix = u32::try_from(table.len()).map_err(|_| PackError::Invalid {
                reason: "model too large".into(),
            })?;
            table.insert(key, (*w, ix));
        }
        Ok(Model {
            table,
            bias: i64::from(spec.bias),
            scale: spec.scale,
        })
    }

    /// The model's logit for a normalised text, in thousandths.
    pub fn logit_milli(&self, normalised: &str) -> i64 {
        // A bit per known n-gram so each counts once (the model was trained on presence); a
        // bitset of a few hundred words is cheaper to clear than a hash set is to fill.
        let mut seen = vec![0u64; self.table.len().div_ceil(64)];
        let mut sum = self.bias;
        for_each_feature(normalised, |key| {
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

    /// The model's points for a normalised text (see [`PointScale`]).
    pub fn points(&self, normalised: &str) -> i32 {
        self.scale.points(self.logit_milli(normalised))
    }

    /// How far the points can move a score: (most negative, most positive).
    pub fn reach(&self) -> (i32, i32) {
        self.scale.reach()
    }
}

/// The longest character n-gram the model reads.
const MAX_GRAM: usize = 4;

/// Word features are keyed by a hash with this bit set; character n-grams pack their
/// characters below it (21 bits each; Unicode needs 21), so the two can never collide.
const WORD_TAG: u128 = 1 << 127;

/// Packs up to four characters into one key. The length is implied: an absent character is 0,
/// which normalised text never contains.
fn pack_key(chars: impl IntoIterator<Item = char>) -> u128 {
    chars
        .into_iter()
        .fold(0u128, |k, c| (k << 21) | u128::from(u32::from(c)))
}

/// The key of a word feature (one word, or two joined by a space). The hash is computed on
/// the device from the text on both sides (pack and message), so it need not be stable
/// across versions of the hasher.
fn word_key(words: &str) -> u128 {
    let mut h = FxHasher::default();
    h.write(words.as_bytes());
    WORD_TAG | u128::from(h.finish())
}

/// The key of a feature as a pack writes it, or `None` if it is malformed.
fn feature_key(feature: &str) -> Option<u128> {
    if let Some(words) = feature.strip_prefix(' ') {
        let ok = words.split(' ').count() <= 2
            && words
                .split(' ')
                .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()));
        return ok.then(|| word_key(words));
    }
    let n = feature.chars().count();
    let ok = (1..=MAX_GRAM).contains(&n) && !feature.chars().any(char::is_whitespace);
    ok.then(|| pack_key(feature.chars()))
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

/// One feature met in a message.
enum Feature<'a> {
    /// A character 1- to 4-gram, packed.
    Chars(u128),
    /// An English word, or two neighbouring words joined by a space.
    Words(&'a str),
}

/// Walks the model window of `normalised`, calling `f` with every character 1- to 4-gram and
/// every English word and pair of neighbouring words.
fn walk(normalised: &str, mut f: impl FnMut(Feature<'_>)) {
    let mut window = [0u128; MAX_GRAM];
    let mut filled = 0usize;
    for c in normalised
        .chars()
        .filter_map(model_char)
        .take(MODEL_WINDOW_CHARS)
    {
        window.rotate_left(1);
        window[MAX_GRAM - 1] = u128::from(u32::from(c));
        filled = (filled + 1).min(MAX_GRAM);
        let mut key = 0u128;
        for k in 0..filled {
            key |= window[MAX_GRAM - 1 - k] << (21 * k);
            f(Feature::Chars(key));
        }
    }
    // Character n-grams split English into fragments; whole words and word pairs carry
    // phrases like "gift card" or "wire the" that the fragments blur.
    let window_end = normalised
        .char_indices()
        .nth(MODEL_WINDOW_CHARS)
        .map_or(normalised.len(), |(i, _)| i);
    let mut pair = String::new();
    let mut previous: Option<&str> = None;
    for word in normalised[..window_end]
        .split(|c: char| !c.is_ascii_lowercase())
        .filter(|w| !w.is_empty())
    {
        f(Feature::Words(word));
        if let Some(p) = previous {
            pair.clear();
            pair.push_str(p);
            pair.push(' ');
            pair.push_str(word);
            f(Feature::Words(&pair));
        }
        previous = Some(word);
    }
}

/// Calls `f` with the key of every feature in the model window of `normalised`.
pub fn for_each_feature(normalised: &str, mut f: impl FnMut(u128)) {
    walk(normalised, |feature| match feature {
        Feature::Chars(key) => f(key),
        Feature::Words(words) => f(word_key(words)),
    });
}

/// Every feature of `normalised` as the pack writes it, for training: the same walk as
/// [`for_each_feature`], so training and checking can never read a message differently.
pub fn features_of(normalised: &str) -> Vec<String> {
    let mut out = Vec::new();
    walk(normalised, |feature| {
        out.push(match feature {
            Feature::Chars(key) => unpack_key(key),
            Feature::Words(words) => format!(" {words}"),
        })
    });
    out
}

/// The text of a packed character key (the inverse of [`pack_key`]).
fn unpack_key(key: u128) -> String {
    (0..MAX_GRAM)
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
            scale: PointScale {
                shift: 0,
                points_per_logit: 1000,
                most_up: 3,
                most_down: 4,
            },
        }
    }

    #[test]
    fn training_and_checking_read_the_same_features() {
        let text = "请先交 1000 元保证金, then send a gift card";
        let mut keys = Vec::new();
        for_each_feature(text, |k| keys.push(k));
        let from_text: Vec<u128> = features_of(text)
            .iter()
            .map(|g| feature_key(g).expect("every feature it writes, a pack may carry"))
            .collect();
        let (mut a, mut b) = (keys, from_text);
        a.sort_unstable();
        b.sort_unstable();
        assert_eq!(a, b);
        let features = features_of(text);
        for f in [
            "0元",
            "保证金",
            "交000",
            " gift card",
            " send",
            "da",
            "0元保证",
        ] {
            assert!(features.contains(&f.to_owned()), "{f}: {features:?}");
        }
        assert!(
            !features
                .iter()
                .any(|f| f.chars().count() > 4 && !f.starts_with(' '))
        );
    }

    #[test]
    fn repeated_grams_count_once_and_points_follow_the_clamped_logit() {
        let m = Model::compile(&spec(&[
            ("保证金", 1500),
            ("保证", 600),
            ("验证码", -2000),
            ("解冻", 9000),
            (" gift card", 2500),
        ]))
        .unwrap();
        assert_eq!(m.logit_milli("buy a gift card"), -1000 + 2500);
        assert_eq!(
            m.logit_milli("gift, card"),
            -1000 + 2500,
            "neighbouring words"
        );
        assert_eq!(m.logit_milli("giftcard"), -1000);
        assert_eq!(m.logit_milli("保证金"), -1000 + 1500 + 600);
        assert_eq!(m.logit_milli("保证金保证金保证金"), -1000 + 1500 + 600);
        assert_eq!(m.points("保证金"), 1, "1.1 logits round to one point");
        assert_eq!(m.points("你"), -1, "the bias alone");
        assert_eq!(m.points("验证码"), -3);
        assert_eq!(m.points("解冻"), 3, "clamped to most_up");
        assert_eq!(m.points("验证码验证码，解冻"), 3);
        assert_eq!(m.reach(), (-4, 3));
        let mut shifted = spec(&[("解冻", 4000)]);
        shifted.scale.shift = 1000;
        shifted.scale.points_per_logit = 750;
        let m = Model::compile(&shifted).unwrap();
        assert_eq!(
            m.points("解冻"),
            2,
            "(3 − 1) logits × 0.75 = 1.5, half away from zero"
        );
        assert_eq!(m.points("你"), -2, "(−1 − 1) × 0.75 = −1.5");
        assert_eq!(signal_for(3), Some("@model_scam"));
        assert_eq!(signal_for(1), Some("@model_leaning"));
        assert_eq!(signal_for(0), None);
        assert_eq!(signal_for(-1), Some("@model_ordinary"));
    }

    #[test]
    fn bad_models_are_refused() {
        for bad in ["五个汉字啊", " Gift", " gift  card", " a b c", "a b", " "] {
            let s = spec(&[(bad, 1)]);
            assert!(Model::compile(&s).is_err(), "{bad:?}");
        }
        let mut s = spec(&[("四个汉字", 1), (" gift card", 1), (" refund", 1)]);
        assert!(Model::compile(&s).is_ok());
        s = spec(&[]);
        s.scale.most_down = -1;
        assert!(Model::compile(&s).is_err(), "negative bound");
        s.scale.most_down = MAX_POINTS + 1;
        assert!(
            Model::compile(&s).is_err(),
            "the model may not outweigh the rules"
        );
        s = spec(&[]);
        s.scale.points_per_logit = 0;
        assert!(Model::compile(&s).is_err(), "no scale");
        s = spec(&[]);
        s.scale.shift = MAX_SHIFT + 1;
        assert!(Model::compile(&s).is_err(), "shift out of range");
    }
}
