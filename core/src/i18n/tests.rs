//! Every message in every locale, with the same variables, and no syntax errors.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

use super::*;

type Vars = BTreeSet<String>;

fn inline_vars(e: &InlineExpression<&str>, out: &mut Vars) {
    match e {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for a in &arguments.named {
                inline_vars(&a.value, out);
            }
        }
        InlineExpression::Placeable { expression } => expr_vars(expression, out),
        _ => {}
    }
}

fn expr_vars(e: &Expression<&str>, out: &mut Vars) {
    match e {
        Expression::Inline(i) => inline_vars(i, out),
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
    }
}

fn pattern_vars(p: &Pattern<&str>, out: &mut Vars) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expr_vars(expression, out);
        }
    }
}

/// message id (with `.attr` for attributes) → variables, over all files of a locale.
fn messages(locale: Locale) -> BTreeMap<String, Vars> {
    let mut map = BTreeMap::new();
    for (name, src) in locale.sources() {
        let res = parser::parse(*src)
            .unwrap_or_else(|(_, errs)| panic!("{} {name}: syntax errors {errs:?}", locale.tag()));
        for entry in res.body {
            let (id, value, attrs) = match entry {
                Entry::Message(m) => (m.id.name.to_owned(), m.value, m.attributes),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                _ => continue,
            };
            let mut vars = Vars::new();
            if let Some(v) = &value {
                pattern_vars(v, &mut vars);
            }
            assert!(
                map.insert(id.clone(), vars).is_none(),
                "{} defines {id} twice",
                locale.tag()
            );
            for a in attrs {
                let mut vars = Vars::new();
                pattern_vars(&a.value, &mut vars);
                map.insert(format!("{id}.{}", a.id.name), vars);
            }
        }
    }
    map
}

#[test]
fn every_message_exists_in_every_locale_with_the_same_variables() {
    let en = messages(Locale::En);
    assert!(en.len() > 10, "the English files are nearly empty");
    for locale in [Locale::ZhCn, Locale::ZhTw] {
        let other = messages(locale);
        let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", locale.tag());
        assert!(
            extra.is_empty(),
            "{} has messages English lacks: {extra:?}",
            locale.tag()
        );
        for (id, vars) in &en {
            assert_eq!(
                &other[id],
                vars,
                "{} message {id} uses other variables",
                locale.tag()
            );
        }
    }
}

#[test]
fn formats_with_arguments_and_survives_missing_messages() {
    let en = Localizer::get(Locale::En);
    let zh = Localizer::get(Locale::ZhCn);
    assert_eq!(en.format("no-such-message", &[]), "no-such-message");
    let msg = zh.format(
        "error-id-length",
        &[("expected", 18.into()), ("actual", 17.into())],
    );
    assert!(msg.contains("18") && msg.contains("17"), "{msg}");
    assert!(!msg.contains('\u{2068}'), "no bidi isolation marks");
}

#[test]
fn locale_files_are_in_their_own_script() {
    // A cheap guard against pasting Simplified text into the Traditional files and vice versa.
    let simplified_only = ['这', '们', '认', '证', '码', '请', '银', '贷', '还', '号'];
    for (name, src) in Locale::ZhTw.sources() {
        for line in src.lines().filter(|l| !l.trim_start().starts_with('#')) {
            assert!(
                !line.chars().any(|c| simplified_only.contains(&c)),
                "zh-TW {name} has simplified characters: {line}"
            );
        }
    }
}
