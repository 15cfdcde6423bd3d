//! Scores the message checker on any labelled TSV file in the corpus format
//! (`id, label, type, locale, sender, text`), so a new, unseen set can be judged without
//! adding it to the project first.
//!
//! `cargo run -p puhui-core --example antifraud_eval -- FILE.tsv [PACK.json] [--misses]`
//!
//! With a pack path the rules are read from that file instead of the built-in pack, which
//! makes trying a rule change a matter of seconds.

use std::collections::BTreeMap;

use puhui_core::domain::anti_fraud::pack::RulePack;
use puhui_core::domain::anti_fraud::{MessageInput, Rules, ScamType, Verdict, check};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_misses = args.iter().any(|a| a == "--misses");
    let dump = args.iter().any(|a| a == "--dump");
    let paths: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let Some(corpus) = paths.first() else {
        eprintln!("usage: antifraud_eval FILE.tsv [PACK.json] [--misses]");
        std::process::exit(2);
    };
    let rules = match paths.get(1) {
        Some(p) => {
            let bytes = std::fs::read(p).expect("read pack");
            Rules::compile(&RulePack::parse(&bytes).expect("parse pack")).expect("compile")
        }
        None => Rules::built_in().expect("built-in rules"),
    };
    let text = std::fs::read_to_string(corpus).expect("read corpus");
    // (scams, flagged, typed right) per type; legit count and false positives.
    let mut per_type: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    let (mut legit, mut fp) = (0usize, 0usize);
    for line in text.lines() {
        if line.starts_with('#') || line.starts_with("id\t") || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.splitn(6, '\t').collect();
        if cols.len() != 6 {
            eprintln!("skipped malformed line: {line}");
            continue;
        }
        let sender = (cols[4] != "-").then_some(cols[4]);
        let r = check(
            &rules,
            &MessageInput {
                text: cols[5],
                sender,
                links: &[],
            },
        );
        let flagged = r.verdict != Verdict::Safe;
        let concepts = rules.concepts_in(cols[5]);
        if dump {
            println!("DUMP\t{}\t{}\t{}", cols[0], r.score, flagged);
        }
        if cols[1] == "scam" {
            let want = ScamType::from_id(cols[2]);
            let e = per_type.entry(cols[2]).or_default();
            e.0 += 1;
            if flagged {
                e.1 += 1;
                if r.scam_type == want {
                    e.2 += 1;
                }
            }
            if show_misses && (!flagged || r.scam_type != want) {
                println!(
                    "MISS {} {} -> {:?}/{:?} {} {:?} | {}",
                    cols[0], cols[2], r.verdict, r.scam_type, r.score, concepts, cols[5]
                );
            }
        } else {
            legit += 1;
            if flagged {
                fp += 1;
                if show_misses {
                    println!(
                        "FP   {} -> {:?}/{:?} {} {:?} {:?} | {}",
                        cols[0], r.verdict, r.scam_type, r.score, r.signals, concepts, cols[5]
                    );
                }
            }
        }
    }
    let (mut s, mut f) = (0, 0);
    println!(
        "{:<26} {:>4} {:>8} {:>9}",
        "type", "n", "recall", "type-acc"
    );
    for (t, (n, fl, ty)) in &per_type {
        s += n;
        f += fl;
        println!(
            "{t:<26} {n:>4} {:>7.1}% {:>8.1}%",
            100.0 * *fl as f64 / *n as f64,
            100.0 * *ty as f64 / *n as f64
        );
    }
    println!(
        "recall {:.1}% ({f}/{s}) | false positives {fp}/{legit} = {:.2}%",
        100.0 * f as f64 / s.max(1) as f64,
        100.0 * fp as f64 / legit.max(1) as f64
    );
}
