//! The labelled message sets the checker is judged on (`core/tests/data/antifraud/*.tsv`): how
//! a set is read and how the checker is scored on it. The corpus test, the trainer and the
//! evaluation tool all use this, so they can never read or count a set differently.
//!
//! A set is UTF-8 text, one message per line, six tab-separated columns: id, label (`scam` or
//! `legit`), scam type id (or `-`), locale, sender (or `-`), text. Lines starting with `#` are
//! comments; rows after [`CHECK_SET_MARKER`] form the corpus's independent check set.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::checker::{MessageInput, check};
use super::rules::Rules;
use super::types::{ScamType, Verdict};

/// Rows after a comment line starting with this form an independent check set.
pub const CHECK_SET_MARKER: &str = "# independent check set";

/// One labelled message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LabelledMessage {
    /// Row id, unique within a set.
    pub id: String,
    /// The scam type, or `None` for an ordinary message.
    pub scam_type: Option<ScamType>,
    /// `zh-CN`, `zh-TW` or `en`.
    pub locale: String,
    /// The sender, when the row gives one.
    pub sender: Option<String>,
    /// The message.
    pub text: String,
    /// In the corpus's independent check set (written after the rules, never tuned on).
    pub check_set: bool,
}

impl LabelledMessage {
    /// Held out of tuning: ids ending in 0, 1 or 2.
    pub fn held_out(&self) -> bool {
        self.id.ends_with(['0', '1', '2'])
    }
}

/// The tuning sets (`blind_dev*.tsv`) among these file names, in name order, which fixes the
/// order a trainer reads them in. Each round of blind data adds a file, and every reader picks
/// it up by this one rule.
pub fn tuning_sets(file_names: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut sets: Vec<String> = file_names
        .into_iter()
        .filter(|f| f.starts_with("blind_dev") && f.ends_with(".tsv"))
        .collect();
    sets.sort_unstable();
    sets
}

/// Reads a set; the error names the first bad line.
pub fn parse(file: &str) -> Result<Vec<LabelledMessage>, String> {
    let mut out = Vec::new();
    let mut check_set = false;
    for (n, line) in file.lines().enumerate() {
        if line.starts_with(CHECK_SET_MARKER) {
            check_set = true;
            continue;
        }
        if line.starts_with('#') || line.starts_with("id\t") || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.splitn(6, '\t').collect();
        let [id, label, kind, locale, sender, text] = cols[..] else {
            return Err(format!("line {}: not six columns", n + 1));
        };
        let scam_type = match label {
            "scam" => Some(
                ScamType::from_id(kind).ok_or_else(|| format!("line {}: type {kind}", n + 1))?,
            ),
            "legit" => None,
            other => return Err(format!("line {}: label {other}", n + 1)),
        };
        out.push(LabelledMessage {
            id: id.to_owned(),
            scam_type,
            locale: locale.to_owned(),
            sender: (sender != "-").then(|| sender.to_owned()),
            text: text.to_owned(),
            check_set,
        });
    }
    Ok(out)
}

/// Counts for one scam type.
#[derive(Clone, Debug, Default)]
pub struct TypeCounts {
    /// Scams of this type.
    pub scams: usize,
    /// Of those, flagged (suspicious or scam).
    pub flagged: usize,
    /// Of those, flagged with this type.
    pub typed_right: usize,
    /// Messages of any label flagged with this type.
    pub predicted_as: usize,
}

/// How the checker did on a set. A message counts as flagged when the verdict is suspicious
/// or scam.
#[derive(Clone, Debug, Default)]
pub struct Score {
    /// Per scam type.
    pub per_type: BTreeMap<ScamType, TypeCounts>,
    /// Ordinary messages.
    pub legit: usize,
    /// Ordinary messages flagged.
    pub false_positives: usize,
    /// One line per missed or mistyped scam and per false alarm, with the concepts found.
    pub misses: Vec<String>,
}

impl Score {
    /// Share of scams flagged.
    pub fn recall(&self) -> f64 {
        let (s, f) = self
            .per_type
            .values()
            .fold((0, 0), |(s, f), c| (s + c.scams, f + c.flagged));
        f as f64 / s.max(1) as f64
    }

    /// Share of ordinary messages flagged.
    pub fn fpr(&self) -> f64 {
        self.false_positives as f64 / self.legit.max(1) as f64
    }

    /// The per-type table (recall, type accuracy, precision) and the overall line.
    pub fn table(&self) -> String {
        let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
        let mut out = format!(
            "{:<26} {:>5} {:>8} {:>10} {:>10}\n",
            "type", "n", "recall", "type-acc", "precision"
        );
        for (t, c) in &self.per_type {
            let _ = writeln!(
                out,
                "{:<26} {:>5} {:>7.1}% {:>9.1}% {:>9.1}%",
                t.id(),
                c.scams,
                pct(c.flagged, c.scams),
                pct(c.typed_right, c.scams),
                pct(c.typed_right, c.predicted_as)
            );
        }
        let _ = writeln!(
            out,
            "overall recall {:.1}% | legit {} | false positives {} | FPR {:.2}%",
            100.0 * self.recall(),
            self.legit,
            self.false_positives,
            100.0 * self.fpr()
        );
        out
    }
}

/// Runs the checker on every message and counts.
pub fn score<'a>(rules: &Rules, messages: impl IntoIterator<Item = &'a LabelledMessage>) -> Score {
    let mut f = Score {
        per_type: ScamType::ALL
            .into_iter()
            .map(|t| (t, TypeCounts::default()))
            .collect(),
        ..Score::default()
    };
    for s in messages {
        let r = check(
            rules,
            &MessageInput {
                text: &s.text,
                sender: s.sender.as_deref(),
                links: &[],
            },
        );
        let flagged = r.verdict != Verdict::Safe;
        if let Some(p) = r
            .scam_type
            .filter(|_| flagged)
            .and_then(|t| f.per_type.get_mut(&t))
        {
            p.predicted_as += 1;
        }
        let wrong = match s.scam_type {
            Some(t) => {
                let c = f.per_type.entry(t).or_default();
                c.scams += 1;
                c.flagged += usize::from(flagged);
                c.typed_right += usize::from(flagged && r.scam_type == Some(t));
                (!flagged || r.scam_type != Some(t)).then(|| format!("{t:?}"))
            }
            None => {
                f.legit += 1;
                f.false_positives += usize::from(flagged);
                flagged.then(|| "legit".to_owned())
            }
        };
        if let Some(label) = wrong {
            f.misses.push(format!(
                "{} {label} -> {:?}/{:?} score {} concepts {:?} | {}",
                s.id,
                r.verdict,
                r.scam_type,
                r.score,
                rules.concepts_in(&s.text),
                s.text
            ));
        }
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_rows_comments_and_the_check_set_and_names_bad_lines() {
        let set = "# a comment\nid\tlabel\ttype\tlocale\tsender\ttext\n\
                   s1\tscam\tfake_loan\tzh-CN\t-\t先交保证金\n\
                   # independent check set\nl2\tlegit\t-\ten\t95588\tYour code is 1234";
        let rows = parse(set).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].scam_type, Some(ScamType::FakeLoan));
        assert!(!rows[0].check_set && rows[1].check_set);
        assert_eq!(rows[1].sender.as_deref(), Some("95588"));
        assert!(rows[1].held_out());
        assert_eq!(
            parse("x\tscam\tnope\ten\t-\thi").unwrap_err(),
            "line 1: type nope"
        );
        assert!(parse("x\tscam").unwrap_err().contains("six columns"));
    }
}
