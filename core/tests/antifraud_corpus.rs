//! Judges the message checker on the team's labelled corpus (`tests/data/antifraud/corpus.tsv`):
//! recall and precision per scam type, and the false-positive rate on ordinary messages.
//!
//! A message counts as flagged when the verdict is suspicious or scam. Messages whose id ends
//! in 0, 1 or 2 are held out: the rules were never tuned on them, so their figures estimate
//! how the checker does on messages nobody has seen. Run with `--nocapture` to see the table.
//!
//! More sets were written blind, by writers who had seen neither the rules nor the corpus:
//! the `blind_dev*.tsv` sets were each judged once untouched (the figures are in their
//! headers), then the rules were tuned on them and the text model trained on them;
//! `blind_judge.tsv` (1,199 messages by four further writers) was never tuned or trained on and
//! is the best estimate here of real messages nobody has seen.

use puhui_core::domain::anti_fraud::labelled::{self, LabelledMessage, Score};
use puhui_core::domain::anti_fraud::{Rules, ScamType};

const CORPUS: &str = include_str!("data/antifraud/corpus.tsv");
const BLIND_JUDGE: &str = include_str!("data/antifraud/blind_judge.tsv");
const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/antifraud/");

/// The tuning sets `blind_dev*.tsv` (name, contents), in name order; new rounds add files.
fn tuning_sets() -> Vec<(String, String)> {
    let names = std::fs::read_dir(DATA)
        .expect("list the test data")
        .filter_map(|e| e.ok()?.file_name().into_string().ok());
    labelled::tuning_sets(names)
        .into_iter()
        .map(|n| {
            let text = std::fs::read_to_string(format!("{DATA}{n}")).expect("read a tuning set");
            (n, text)
        })
        .collect()
}

fn corpus() -> Vec<LabelledMessage> {
    load(CORPUS)
}

fn load(file: &str) -> Vec<LabelledMessage> {
    labelled::parse(file).unwrap_or_else(|e| panic!("{e}"))
}

fn evaluate<'a>(rules: &Rules, messages: impl Iterator<Item = &'a LabelledMessage>) -> Score {
    labelled::score(rules, messages)
}

fn print(title: &str, score: &Score) {
    println!("\n{title}\n{}", score.table());
}

#[test]
fn corpus_is_large_and_covers_every_type_in_every_locale() {
    let c = corpus();
    let sets = tuning_sets();
    assert!(sets.len() >= 8, "{} tuning sets", sets.len());
    for (name, blind) in sets
        .iter()
        .map(|(n, t)| (n.as_str(), load(t)))
        .chain([("blind_judge.tsv", load(BLIND_JUDGE))])
    {
        let scams = blind.len() - blind.iter().filter(|s| s.scam_type.is_none()).count();
        // Every set has the same number of scams of each type, give or take the few rows
        // dropped because another writer had written the very same text.
        let per_type = scams / ScamType::ALL.len();
        let legit = blind.iter().filter(|s| s.scam_type.is_none()).count();
        assert!(
            legit >= scams * 9 / 10,
            "{name}: at least about as many ordinary messages as scams"
        );
        for t in ScamType::ALL {
            let n = blind.iter().filter(|s| s.scam_type == Some(t)).count();
            assert!(
                (per_type.saturating_sub(1)..=per_type + 1).contains(&n),
                "{name}, {t:?}: {n}"
            );
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
    let tuning: std::collections::HashSet<String> = std::iter::once(CORPUS)
        .chain(sets.iter().map(|(_, t)| t.as_str()))
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
    print("whole corpus", &all);
    print("tuning part (ids ending 3-9)", &tuning);
    print(
        "held-out part (ids ending 0-2, never tuned on), without the check set",
        &held_out,
    );
    print(
        "held-out part including the check set's held-out ids",
        &evaluate(&rules, c.iter().filter(|s| s.held_out())),
    );
    print(
        "independent check set",
        &evaluate(&rules, c.iter().filter(|s| s.check_set)),
    );
    print(
        "independent check set, held-out ids",
        &evaluate(&rules, c.iter().filter(|s| s.check_set && s.held_out())),
    );
    for (name, set) in tuning_sets() {
        print(
            &format!("{name} (tuned and trained on)"),
            &evaluate(&rules, load(&set).iter()),
        );
    }
    let judge = evaluate(&rules, load(BLIND_JUDGE).iter());
    print("blind_judge.tsv (never tuned or trained on)", &judge);
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
    // writers who never saw the rules, is the fairer of the two: on its first run it met both
    // targets, by a small margin (see the README). These floors (what the checker reached on its first run, less a small
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
    assert!(
        judge.recall() >= 0.935,
        "judge recall {:.3}",
        judge.recall()
    );
    assert!(
        judge.fpr() <= 0.02,
        "judge false-positive rate {:.3}",
        judge.fpr()
    );
}
