//! Scores the message checker on any labelled TSV file in the corpus format
//! (`id, label, type, locale, sender, text`), so a new, unseen set can be judged without
//! adding it to the project first.
//!
//! `cargo run -p puhui-core --example antifraud_eval -- FILE.tsv [PACK.json] [--misses]`
//!
//! With a pack path the rules are read from that file instead of the built-in pack, which
//! makes trying a rule change a matter of seconds (rules only, unless the pack carries a model).

use puhui_core::domain::anti_fraud::Rules;
use puhui_core::domain::anti_fraud::labelled;
use puhui_core::domain::anti_fraud::pack::RulePack;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_misses = args.iter().any(|a| a == "--misses");
    let paths: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let Some(set) = paths.first() else {
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
    let text = std::fs::read_to_string(set).expect("read the labelled set");
    let messages = labelled::parse(&text).unwrap_or_else(|e| {
        eprintln!("{set}: {e}");
        std::process::exit(2);
    });
    let score = labelled::score(&rules, &messages);
    if show_misses {
        for m in &score.misses {
            println!("MISS {m}");
        }
    }
    print!("{}", score.table());
}
