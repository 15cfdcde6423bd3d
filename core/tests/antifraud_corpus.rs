//! Judges the message checker on the team's labelled corpus (`tests/data/antifraud/corpus.tsv`):
//! recall and precision per scam type, and the false-positive rate on ordinary messages.
//!
//! A message counts as flagged when the verdict is suspicious or scam. Messages whose id ends
//! in 0, 1 or 2 are held out: the rules were never tuned on them, so their figures estimate
//! how the checker does on messages nobody has seen. Run with `--nocapture` to see the table.
//!
//! More sets were written blind, by writers who had seen neither the rules nor the corpus:
//! `blind_dev.tsv` to `blind_dev6.tsv` were each judged once untouched (the
//! figures are in their headers), then the rules were tuned on them and the text model trained
//! on them; `blind_judge.tsv` (600 messages by two further writers) was never tuned or trained
//! on and is the best estimate here of real messages nobody has seen.

use std::collections::BTreeMap;

use puhui_core::domain::anti_fraud::{MessageInput, Rules, ScamType, Verdict, check};

const CORPUS: &str = include_str!("data/antifraud/corpus.tsv");
const BLIND_DEV: &str = include_str!("data/antifraud/blind_dev.tsv");
const BLIND_DEV2: &str = include_str!("data/antifraud/blind_dev2.tsv");
const BLIND_DEV3: &str = include_str!("data/antifraud/blind_dev3.tsv");
const BLIND_DEV4: &str = include_str!("data/antifraud/blind_dev4.tsv");
const BLIND_DEV5: &str = include_str!("data/antifraud/blind_dev5.tsv");
const BLIND_DEV6: &str = include_str!("data/antifraud/blind_dev6.tsv");
const BLIND_JUDGE: &str = include_str!("data/antifraud/blind_judge.tsv");

/// Rows after this comment line form an independent check set.
const CHECK_SET_MARKER: &str = "# independent check set";

struct Sample {
    id: String,
    scam_type: Option<ScamType>,
    locale: String,
    sender: Option<String>,
    text: String,
    /// Written after the rules it checks (see the corpus comment): never tuned on, in either
    /// part.
    check_set: bool,
}

impl Sample {
    fn held_out(&self) -> bool {
        self.id.ends_with(['0', '1', '2'])
    }
}

fn corpus() -> Vec<Sample> {
    load(CORPUS)
}

fn load(file: &str) -> Vec<Sample> {
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
        assert_eq!(cols.len(), 6, "line {}: {line}", n + 1);
        let scam_type = match cols[1] {
            "scam" => Some(
                ScamType::from_id(cols[2])
                    .unwrap_or_else(|| panic!("line {}: type {}", n + 1, cols[2])),
            ),
            "legit" => None,
            other => panic!("line {}: label {other}", n + 1),
        };
        out.push(Sample {
            id: cols[0].to_owned(),
            scam_type,
            locale: cols[3].to_owned(),
            sender: (cols[4] != "-").then(|| cols[4].to_owned()),
            text: cols[5].to_owned(),
            check_set,
        });
    }
    out
}

#[derive(Default)]
struct Counts {
    scams: usize,
    flagged: usize,
    typed_right: usize,
    predicted_as: usize,
}

struct Figures {
    per_type: BTreeMap<ScamType, Counts>,
    legit: usize,
    false_positives: usize,
    misses: Vec<String>,
}

impl Figures {
    fn recall(&self) -> f64 {
        let (s, f) = self
            .per_type
            .values()
            .fold((0, 0), |(s, f), c| (s + c.scams, f + c.flagged));
        f as f64 / s.max(1) as f64
    }
    fn fpr(&self) -> f64 {
        self.false_positives as f64 / self.legit.max(1) as f64
    }
    fn print(&self, title: &str) {
        println!("\n{title}");
        println!(
            "{:<26} {:>5} {:>8} {:>10} {:>10}",
            "type", "n", "recall", "type-acc", "precision"
        );
        for (t, c) in &self.per_type {
            let precision = c.typed_right as f64 / c.predicted_as.max(1) as f64;
            println!(
                "{:<26} {:>5} {:>7.1}% {:>9.1}% {:>9.1}%",
                t.id(),
                c.scams,
                100.0 * c.flagged as f64 / c.scams.max(1) as f64,
                100.0 * c.typed_right as f64 / c.scams.max(1) as f64,
                100.0 * precision
            );
        }
        println!(
            "overall recall {:.1}% | legit {} | false positives {} | FPR {:.2}%",
            100.0 * self.recall(),
            self.legit,
            self.false_positives,
            100.0 * self.fpr()
        );
    }
}

/// The concepts found in a text, for the report of mistakes.
fn concepts(rules: &Rules, text: &str) -> Vec<String> {
    rules.concepts_in(text)
}

fn evaluate<'a>(rules: &Rules, samples: impl Iterator<Item = &'a Sample>) -> Figures {
    let mut f = Figures {
        per_type: BTreeMap::new(),
        legit: 0,
        false_positives: 0,
        misses: Vec::new(),
    };
    for t in ScamType::ALL {
        f.per_type.insert(t, Counts::default());
    }
    for s in samples {
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
        match s.scam_type {
            Some(t) => {
                let c = f.per_type.entry(t).or_default();
                c.scams += 1;
                if flagged {
                    c.flagged += 1;
                    if r.scam_type == Some(t) {
                        c.typed_right += 1;
                    }
                }
                if !flagged || r.scam_type != Some(t) {
                    f.misses.push(format!(
                        "{} {t:?} -> {:?}/{:?} score {} concepts {:?} | {}",
                        s.id,
                        r.verdict,
                        r.scam_type,
                        r.score,
                        concepts(rules, &s.text),
                        s.text
                    ));
                }
            }
            None => {
                f.legit += 1;
                if flagged {
                    f.false_positives += 1;
                    f.misses.push(format!(
                        "{} legit -> {:?}/{:?} score {} concepts {:?} | {}",
                        s.id,
                        r.verdict,
                        r.scam_type,
                        r.score,
                        concepts(rules, &s.text),
                        s.text
                    ));
                }
            }
        }
    }
    f
}

#[test]
fn corpus_is_large_and_covers_every_type_in_every_locale() {
    let c = corpus();
    for (blind, per_type) in [
        (load(BLIND_DEV), 15),
        (load(BLIND_DEV2), 15),
        (load(BLIND_DEV3), 15),
        (load(BLIND_DEV4), 30),
        (load(BLIND_DEV5), 30),
        (load(BLIND_DEV6), 30),
        // Two texts written word for word by an earlier writer too were dropped from it.
        (load(BLIND_JUDGE), 29),
    ] {
        let legit = blind.iter().filter(|s| s.scam_type.is_none()).count();
        assert!(
            legit >= per_type * 10,
            "about as many ordinary messages as scams"
        );
        for t in ScamType::ALL {
            let n = blind.iter().filter(|s| s.scam_type == Some(t)).count();
            assert!((per_type..=per_type + 1).contains(&n), "{t:?}: {n}");
        }
    }
    let scams = c.iter().filter(|s| s.scam_type.is_some()).count();
    let legit = c.len() - scams;
    assert!(scams >= 200 && legit >= 200, "{scams} scams, {legit} legit");
    for t in ScamType::ALL {
        for locale in ["zh-CN", "zh-TW", "en"] {
            let n = c
                .iter()
                .filter(|s| s.scam_type == Some(t) && s.locale == locale)
                .count();
            assert!(n >= 5, "{t:?} has {n} messages in {locale}");
        }
    }
    let mut ids: Vec<&str> = c.iter().map(|s| s.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), c.len(), "ids are unique");
    // The judge set must stay unseen: none of its messages may appear in the tuning data.
    let tuning: std::collections::HashSet<String> = [
        CORPUS, BLIND_DEV, BLIND_DEV2, BLIND_DEV3, BLIND_DEV4, BLIND_DEV5, BLIND_DEV6,
    ]
    .into_iter()
    .flat_map(load)
    .map(|s| s.text)
    .collect();
    let leaked = load(BLIND_JUDGE)
        .into_iter()
        .filter(|s| tuning.contains(&s.text))
        .count();
    assert_eq!(leaked, 0, "judge messages found in the tuning data");
}

#[test]
fn checker_meets_recall_and_false_positive_targets() {
    let rules = Rules::built_in().expect("built-in rules");
    let c = corpus();
    let all = evaluate(&rules, c.iter());
    let tuning = evaluate(&rules, c.iter().filter(|s| !s.held_out()));
    // The floors below guard the held-out rows they were set on; the independent check set,
    // written later to be harder, is reported on its own and counts in the whole-corpus targets.
    let held_out = evaluate(&rules, c.iter().filter(|s| s.held_out() && !s.check_set));
    all.print("whole corpus");
    tuning.print("tuning part (ids ending 3-9)");
    held_out.print("held-out part (ids ending 0-2, never tuned on), without the check set");
    evaluate(&rules, c.iter().filter(|s| s.held_out()))
        .print("held-out part including the check set's held-out ids");
    evaluate(&rules, c.iter().filter(|s| s.check_set)).print("independent check set");
    evaluate(&rules, c.iter().filter(|s| s.check_set && s.held_out()))
        .print("independent check set, held-out ids");
    evaluate(&rules, load(BLIND_DEV).iter()).print("blind_dev.tsv (tuned and trained on)");
    evaluate(&rules, load(BLIND_DEV2).iter()).print("blind_dev2.tsv (tuned and trained on)");
    evaluate(&rules, load(BLIND_DEV3).iter()).print("blind_dev3.tsv (tuned and trained on)");
    evaluate(&rules, load(BLIND_DEV4).iter()).print("blind_dev4.tsv (tuned and trained on)");
    evaluate(&rules, load(BLIND_DEV5).iter()).print("blind_dev5.tsv (tuned and trained on)");
    evaluate(&rules, load(BLIND_DEV6).iter()).print("blind_dev6.tsv (tuned and trained on)");
    let judge = evaluate(&rules, load(BLIND_JUDGE).iter());
    judge.print("blind_judge.tsv (never tuned or trained on)");
    if std::env::var_os("ANTIFRAUD_SHOW_MISSES").is_some() {
        // Only the tuning part's mistakes are listed: looking at held-out ones would turn them
        // into tuning data.
        for m in &tuning.misses {
            println!("miss: {m}");
        }
    }
    assert!(all.recall() >= 0.95, "recall {:.3}", all.recall());
    assert!(all.fpr() <= 0.02, "false-positive rate {:.3}", all.fpr());
    // The held-out rows and the judge set estimate unseen messages; the judge set, written by
    // writers who never saw the rules, is the fairer of the two, and it is below the targets
    // (see the README). These floors (what the checker reached on its first run, less a small
    // margin) stop it from getting worse unnoticed.
    assert!(
        held_out.recall() >= 0.95,
        "held-out recall {:.3}",
        held_out.recall()
    );
    assert!(
        held_out.fpr() <= 0.02,
        "held-out false-positive rate {:.3}",
        held_out.fpr()
    );
    assert!(judge.recall() >= 0.91, "judge recall {:.3}", judge.recall());
    assert!(
        judge.fpr() <= 0.05,
        "judge false-positive rate {:.3}",
        judge.fpr()
    );
}
