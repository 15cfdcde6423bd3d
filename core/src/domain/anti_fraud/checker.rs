//! The message checker: paste a message (and, if known, its sender and links) and get a
//! verdict, the scam type, the exact phrases that raised the alarm and what to do.

use std::ops::Range;

use serde::Serialize;

use super::error::TextError;
use super::links::{LinkCheck, check_link, find_links};
use super::normalise::normalise;
use super::rules::{ConceptIx, Rules};
use super::sender::{SenderFlag, check_sender};
use super::types::{ScamType, Verdict};

/// Only this much of a message is checked. Real messages are a few hundred characters; a
/// paste of megabytes is checked on its first part and the report says so.
pub const MAX_TEXT_BYTES: usize = 64 * 1024;

/// What the customer gives the checker.
#[derive(Clone, Copy, Debug, Default)]
pub struct MessageInput<'a> {
    /// The message text.
    pub text: &'a str,
    /// The number or name it came from, if known.
    pub sender: Option<&'a str>,
    /// Links the shell extracted (e.g. from a rich message); links in the text are found too.
    pub links: &'a [String],
}

/// A phrase of the original text that raised the alarm.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Byte span in the (possibly truncated) original text.
    pub span: Range<usize>,
    /// The original words, exactly as the customer pasted them.
    pub phrase: String,
    /// The concepts behind it (`af-flag-<id>` explains each).
    pub concepts: Vec<String>,
}

/// The checker's result, before localisation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CheckReport {
    /// Safe, suspicious or scam.
    pub verdict: Verdict,
    /// The most likely scam type, when one stands out.
    pub scam_type: Option<ScamType>,
    /// The score behind the verdict.
    pub score: i32,
    /// Phrases that raised the alarm (empty when safe).
    pub findings: Vec<Finding>,
    /// Red flags outside the words: sender and link signals (`@…` concept ids).
    pub signals: Vec<String>,
    /// Every link seen and what is wrong with it.
    pub links: Vec<LinkCheck>,
    /// True when the text was longer than [`MAX_TEXT_BYTES`] and only its start was checked.
    pub truncated: bool,
    /// The rule pack version used.
    pub pack_version: u32,
}

/// Checks bytes from a shell that may not be UTF-8.
pub fn check_bytes(
    rules: &Rules,
    text: &[u8],
    sender: Option<&str>,
) -> Result<CheckReport, TextError> {
    let text = std::str::from_utf8(text).map_err(|e| TextError::NotUtf8 {
        valid_up_to: e.valid_up_to(),
    })?;
    Ok(check(
        rules,
        &MessageInput {
            text,
            sender,
            links: &[],
        },
    ))
}

fn truncate(text: &str) -> (&str, bool) {
    if text.len() <= MAX_TEXT_BYTES {
        return (text, false);
    }
    let mut cut = MAX_TEXT_BYTES;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    (&text[..cut], true)
}

/// Checks a message. Never fails: empty or odd text is simply safe.
pub fn check(rules: &Rules, input: &MessageInput<'_>) -> CheckReport {
    let (text, truncated) = truncate(input.text);
    let norm = normalise(text);
    let hits = rules.find(&norm);

    let mut present = vec![false; rules.concept_count()];
    for h in &hits {
        if let Some(p) = present.get_mut(h.concept) {
            *p = true;
        }
    }
    let mut signals: Vec<&'static str> = Vec::new();
    if let Some(sender) = input.sender {
        signals.extend(
            check_sender(sender, norm.as_str())
                .into_iter()
                .map(SenderFlag::concept),
        );
    }
    let mut links = find_links(text);
    for l in input.links {
        let c = check_link(l);
        if !links.iter().any(|x| x.url == c.url) {
            links.push(c);
        }
    }
    for l in &links {
        signals.extend(l.flags.iter().map(|f| f.concept()));
    }
    signals.sort_unstable();
    signals.dedup();
    for s in &signals {
        if let Some(ix) = rules.concept_ix(s) {
            present[ix] = true;
        }
    }

    let t = rules.thresholds();
    let verdict_at = |score: i32| {
        if score >= t.scam {
            Verdict::Scam
        } else if score >= t.suspicious {
            Verdict::Suspicious
        } else {
            Verdict::Safe
        }
    };
    let (mut score, scam_type, contributing) = score(rules, &present);
    // The text model is read only when its points could change the verdict: a message the
    // rules find plainly harmless, or a plain scam by a margin wider than the model's reach,
    // does not need it. A rules verdict of scam by a narrow margin may be calmed: ordinary
    // notices that warn about scams or talk about money are where the rules over-reach most.
    if let Some(model) = rules.model() {
        let (down, up) = model.reach();
        if verdict_at(score + down) != verdict_at(score + up) {
            let points = model.points(norm.as_str());
            score += points;
            signals.extend(super::model::signal_for(points));
        }
    }
    let verdict = verdict_at(score);
    let findings = if verdict == Verdict::Safe {
        Vec::new()
    } else {
        findings(rules, text, &norm, &hits, &contributing, &links)
    };
    CheckReport {
        verdict,
        scam_type: if verdict == Verdict::Safe {
            None
        } else {
            scam_type
        },
        score,
        findings,
        signals: if verdict == Verdict::Safe {
            Vec::new()
        } else {
            signals.iter().map(|s| (*s).to_owned()).collect()
        },
        links,
        truncated,
        pack_version: rules.version(),
    }
}

/// Best score over the types, the type (if its own rules contributed) and the concepts that
/// made the score.
fn score(rules: &Rules, present: &[bool]) -> (i32, Option<ScamType>, Vec<bool>) {
    let has = |ix: ConceptIx| present.get(ix).copied().unwrap_or(false);
    let mut generic = 0;
    let mut contributing = vec![false; present.len()];
    for &(ix, w) in rules.generic() {
        if has(ix) {
            generic += w;
            if w > 0 {
                contributing[ix] = true;
            }
        }
    }
    let mut best: Option<(i32, i32, usize)> = None;
    for (k, t) in rules.types().iter().enumerate() {
        let own: i32 = t
            .flags
            .iter()
            .filter(|(ix, _)| has(*ix))
            .map(|(_, w)| w)
            .sum::<i32>()
            + t.combos
                .iter()
                .filter(|(all, _)| all.iter().all(|ix| has(*ix)))
                .map(|(_, w)| w)
                .sum::<i32>();
        let candidate = (generic + own, own, k);
        let better = match best {
            None => true,
            Some((s, o, _)) => (candidate.0, candidate.1) > (s, o),
        };
        if better {
            best = Some(candidate);
        }
    }
    let Some((total, own, k)) = best else {
        return (generic, None, contributing);
    };
    let Some(t) = rules.types().get(k).filter(|_| own > 0) else {
        let _ = total;
        return (generic, None, contributing);
    };
    for &(ix, w) in &t.flags {
        if has(ix) && w > 0 {
            contributing[ix] = true;
        }
    }
    for (all, w) in &t.combos {
        if *w > 0 && all.iter().all(|ix| has(*ix)) {
            for &ix in all {
                contributing[ix] = true;
            }
        }
    }
    (total, Some(t.id), contributing)
}

fn findings(
    rules: &Rules,
    text: &str,
    norm: &super::normalise::Normalised,
    hits: &[super::rules::Hit],
    contributing: &[bool],
    links: &[LinkCheck],
) -> Vec<Finding> {
    let mut raw: Vec<(Range<usize>, &str)> = Vec::new();
    for h in hits {
        if !contributing.get(h.concept).copied().unwrap_or(false) {
            continue;
        }
        if let Some(span) = norm.original_span(h.range.clone()) {
            raw.push((span, rules.concept_id(h.concept)));
        }
    }
    for l in links {
        if let Some(span) = &l.span {
            for f in &l.flags {
                if rules
                    .concept_ix(f.concept())
                    .is_some_and(|ix| contributing.get(ix).copied().unwrap_or(false))
                {
                    raw.push((span.clone(), f.concept()));
                }
            }
        }
    }
    raw.sort_by(|a, b| a.0.start.cmp(&b.0.start).then(b.0.end.cmp(&a.0.end)));
    let mut out: Vec<Finding> = Vec::new();
    for (span, concept) in raw {
        if let Some(last) = out.last_mut().filter(|l| span.start < l.span.end) {
            last.span.end = last.span.end.max(span.end);
            if !last.concepts.iter().any(|c| c == concept) {
                last.concepts.push(concept.to_owned());
            }
            continue;
        }
        out.push(Finding {
            span,
            phrase: String::new(),
            concepts: vec![concept.to_owned()],
        });
    }
    for f in &mut out {
        f.phrase = text.get(f.span.clone()).unwrap_or_default().to_owned();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> Rules {
        Rules::built_in().unwrap()
    }

    fn run(text: &str) -> CheckReport {
        check(
            &rules(),
            &MessageInput {
                text,
                ..Default::default()
            },
        )
    }

    #[test]
    fn fee_before_payout_is_a_loan_scam_with_exact_phrases() {
        let text = "您的贷款已审批通过，因银行卡号错误资金被冻结，请先缴纳解冻金2000元";
        let r = run(text);
        assert_eq!(r.verdict, Verdict::Scam);
        assert_eq!(r.scam_type, Some(ScamType::FakeLoan));
        for f in &r.findings {
            assert_eq!(&text[f.span.clone()], f.phrase);
        }
        let phrases: Vec<&str> = r.findings.iter().map(|f| f.phrase.as_str()).collect();
        assert!(phrases.iter().any(|p| p.contains("解冻")), "{phrases:?}");
        assert!(phrases.iter().any(|p| p.contains("贷款")), "{phrases:?}");
    }

    #[test]
    fn evasions_give_the_same_verdict_with_original_spans() {
        let plain = "我是公安局民警，你涉嫌洗钱，请把钱转入安全账户";
        let evasive = "我是公 安 局民警，你涉\u{200B}嫌洗錢，請把錢轉入安.全.帳.戶";
        let (a, b) = (run(plain), run(evasive));
        assert_eq!(a.verdict, Verdict::Scam);
        assert_eq!((a.verdict, a.scam_type), (b.verdict, b.scam_type));
        assert!(
            b.findings.iter().any(|f| f.phrase == "安.全.帳.戶"),
            "{:?}",
            b.findings
        );
    }

    #[test]
    fn ordinary_bank_messages_are_safe() {
        for text in [
            "【工商银行】您的验证码为482913，5分钟内有效，请勿泄露给他人。",
            "【招商银行】您尾号1234的贷款本期应还1,234.56元，请于15日前存足资金。",
            "Your ICBC code is 482913. Never share it with anyone, including bank staff.",
            "",
        ] {
            let r = run(text);
            assert_eq!(r.verdict, Verdict::Safe, "{text}: {r:?}");
            assert!(r.findings.is_empty());
        }
    }

    #[test]
    fn saying_you_already_paid_is_not_a_request_to_pay() {
        for text in [
            "妈，爸住院了，医药费我先付了",
            "媽，爸住院了，醫藥費我先付了",
            "Mum, dad is in hospital. I already paid the bill, don't worry.",
        ] {
            let r = run(text);
            assert_eq!(r.verdict, Verdict::Safe, "{text}: {r:?}");
        }
        // Asking the reader to pay first is still a red flag.
        let r = run("宝贝，医药费你先付一下，我马上还你");
        assert_ne!(r.verdict, Verdict::Safe, "{r:?}");
        assert!(
            r.findings.iter().any(|f| f.phrase.contains("先付")),
            "{:?}",
            r.findings
        );
    }

    #[test]
    fn sender_and_link_signals_count() {
        let r = check(
            &rules(),
            &MessageInput {
                text: "【工商银行】您的账户存在风险，请点击链接 http://icbc-safe.top/v 重新认证",
                sender: Some("+86 138 1234 5678"),
                links: &[],
            },
        );
        assert_eq!(r.verdict, Verdict::Scam, "{r:?}");
        assert!(r.signals.contains(&"@sender_not_official".to_owned()));
        assert!(r.signals.contains(&"@link_lookalike".to_owned()));
        assert!(
            r.findings
                .iter()
                .any(|f| f.phrase == "http://icbc-safe.top/v"),
            "{:?}",
            r.findings
        );
    }

    /// The built-in rules with a hand-made model in place of the trained one.
    fn rules_with_model(grams: &[(&str, i32)]) -> Rules {
        let mut pack = crate::domain::anti_fraud::pack::RulePack::built_in().unwrap();
        pack.model = Some(crate::domain::anti_fraud::model::ModelSpec {
            grams: grams.iter().map(|(g, w)| ((*g).to_owned(), *w)).collect(),
            bias: 0,
            scale: crate::domain::anti_fraud::model::PointScale {
                shift: 0,
                points_per_logit: 1000,
                most_up: 3,
                most_down: 4,
            },
        });
        Rules::compile(&pack).unwrap()
    }

    fn run_with(rules: &Rules, text: &str) -> CheckReport {
        check(
            rules,
            &MessageInput {
                text,
                ..Default::default()
            },
        )
    }

    #[test]
    fn the_model_tips_a_weak_rule_hit_but_alone_flags_nothing() {
        let weak = "咕噜咕噜，今晚老地方见，尽快";
        let without = run_with(&rules_with_model(&[]), weak);
        assert_eq!(without.verdict, Verdict::Safe);
        assert!(
            (1..4).contains(&without.score),
            "one weak rule: {without:?}"
        );
        let sure = rules_with_model(&[("咕噜", 5000)]);
        let r = run_with(&sure, weak);
        assert_eq!(r.verdict, Verdict::Suspicious, "{r:?}");
        assert_eq!(r.score, without.score + 3, "clamped to the model's most_up");
        assert_eq!(r.scam_type, None, "the model gives no type");
        assert!(r.signals.contains(&"@model_scam".to_owned()), "{r:?}");
        assert!(
            r.findings.iter().all(|f| !f.phrase.contains("咕噜")),
            "the model names no phrase: {r:?}"
        );
        // Without any rule behind it, the model's three points stay below "suspicious".
        let alone = run_with(&sure, "咕噜咕噜，今晚老地方见");
        assert_eq!(alone.verdict, Verdict::Safe, "{alone:?}");
    }

    #[test]
    fn the_model_can_calm_a_borderline_rule_hit_but_not_a_plain_scam() {
        let borderline = "认识你真是缘分，我最近在做投资，你也注册一个";
        let before = run_with(&rules_with_model(&[]), borderline);
        assert_eq!(before.verdict, Verdict::Suspicious, "{before:?}");
        let calm = rules_with_model(&[("缘分", -5000)]);
        let after = run_with(&calm, borderline);
        assert!(after.score < before.score, "{after:?}");
        assert_eq!(after.verdict, Verdict::Safe, "{after:?}");
        // A message the rules find a scam by more than the model's reach is not even shown
        // to it.
        let plain = "我是公安局民警，你涉嫌洗钱，请把钱转入安全账户，不要告诉家人";
        let calm = rules_with_model(&[("公安", -50_000)]);
        let r = run_with(&calm, plain);
        assert_eq!(r.verdict, Verdict::Scam);
        assert!(!r.signals.iter().any(|s| s.starts_with("@model")), "{r:?}");
    }

    #[test]
    fn huge_and_non_utf8_input_gets_a_clear_result() {
        let big = "转入安全账户".repeat(1_000_000);
        let r = run(&big);
        assert!(r.truncated);
        assert_eq!(r.verdict, Verdict::Suspicious.max(r.verdict));
        assert!(r.findings.iter().all(|f| f.span.end <= MAX_TEXT_BYTES));
        let err = check_bytes(&rules(), &[0xE4, 0xBD, 0xA0, 0xFF], None).unwrap_err();
        assert_eq!(err, TextError::NotUtf8 { valid_up_to: 3 });
    }
}
