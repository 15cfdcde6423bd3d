//! The checker's report in the customer's words: what every shell shows, already localised.

use serde::Serialize;

use super::checker::CheckReport;
use super::types::{HOTLINE_96110, Verdict};
use crate::i18n::{Locale, Localizer};

/// The one-tap call to the anti-fraud hotline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CallAction {
    /// Button label.
    pub label: String,
    /// The number to dial.
    pub number: String,
    /// A `tel:` URI for the shell.
    pub uri: String,
}

impl CallAction {
    /// The 96110 call in `locale`.
    pub fn hotline(locale: Locale) -> CallAction {
        CallAction {
            label: Localizer::get(locale).format("af-call-96110", &[]),
            number: HOTLINE_96110.to_owned(),
            uri: format!("tel:{HOTLINE_96110}"),
        }
    }
}

/// A phrase to highlight in the message, with why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FindingView {
    /// Start, in UTF-8 bytes of the text the customer gave.
    pub start: usize,
    /// End, in UTF-8 bytes.
    pub end: usize,
    /// Start in UTF-16 code units (for JavaScript, Kotlin and Swift strings).
    pub start_utf16: usize,
    /// End in UTF-16 code units.
    pub end_utf16: usize,
    /// The words as pasted.
    pub phrase: String,
    /// Why each matters, in plain words.
    pub reasons: Vec<String>,
}

/// The checker's verdict as shown to the customer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CheckView {
    /// `safe`, `suspicious` or `scam`.
    pub verdict: Verdict,
    /// The headline.
    pub headline: String,
    /// Stable id of the scam type, when one stands out.
    pub scam_type: Option<String>,
    /// Its name.
    pub scam_type_name: Option<String>,
    /// How this kind of scam works.
    pub explanation: String,
    /// What to do now.
    pub advice: String,
    /// Phrases to highlight.
    pub findings: Vec<FindingView>,
    /// Red flags outside the words (the sender; the text model's reading of the whole message).
    pub signals: Vec<String>,
    /// Set when only the start of a very long text was checked.
    pub truncated_note: Option<String>,
    /// The 96110 button (shown for every verdict: asking costs nothing).
    pub call: CallAction,
    /// Everything above as one text for reading aloud.
    pub read_aloud: String,
}

fn flag_message_id(concept: &str) -> String {
    format!(
        "af-flag-{}",
        concept.trim_start_matches('@').replace('_', "-")
    )
}

/// Localises a report. `text` is the text that was checked (to give UTF-16 offsets).
pub fn view(report: &CheckReport, text: &str, locale: Locale) -> CheckView {
    let l10n = Localizer::get(locale);
    let flag = |concept: &str| {
        let id = flag_message_id(concept);
        if l10n.has(&id) {
            l10n.format(&id, &[])
        } else {
            // A pack update may bring a concept this app has no words for yet.
            l10n.format("af-flag-generic", &[])
        }
    };
    let headline = l10n.format(&format!("af-verdict-{}", report.verdict.id()), &[]);
    let (scam_type, scam_type_name, explanation, advice) = match (report.verdict, report.scam_type)
    {
        (Verdict::Safe, _) => (
            None,
            None,
            l10n.format("af-explain-safe", &[]),
            l10n.format("af-advice-safe", &[]),
        ),
        (_, Some(t)) => {
            let key = t.fluent_key();
            (
                Some(t.id().to_owned()),
                Some(l10n.format(&format!("af-type-{key}"), &[])),
                l10n.format(&format!("af-type-{key}-explain"), &[]),
                l10n.format(&format!("af-type-{key}-advice"), &[]),
            )
        }
        (_, None) => (
            None,
            None,
            l10n.format("af-explain-unknown", &[]),
            l10n.format("af-advice-suspicious", &[]),
        ),
    };
    let utf16 = |byte: usize| text.get(..byte).map_or(0, |s| s.encode_utf16().count());
    let findings: Vec<FindingView> = report
        .findings
        .iter()
        .map(|f| FindingView {
            start: f.span.start,
            end: f.span.end,
            start_utf16: utf16(f.span.start),
            end_utf16: utf16(f.span.end),
            phrase: f.phrase.clone(),
            reasons: f.concepts.iter().map(|c| flag(c)).collect(),
        })
        .collect();
    let signals: Vec<String> = report
        .signals
        .iter()
        // Link flags are shown on their findings; the model's "ordinary" reading is no red flag.
        .filter(|s| s.starts_with("@sender") || *s == "@model_scam" || *s == "@model_leaning")
        .map(|s| flag(s))
        .collect();
    let truncated_note = report.truncated.then(|| l10n.format("af-truncated", &[]));
    let mut read_aloud = vec![headline.clone()];
    read_aloud.extend(scam_type_name.clone());
    read_aloud.push(explanation.clone());
    read_aloud.push(advice.clone());
    let call = CallAction::hotline(locale);
    if report.verdict != Verdict::Safe {
        read_aloud.push(call.label.clone());
    }
    CheckView {
        verdict: report.verdict,
        headline,
        scam_type,
        scam_type_name,
        explanation,
        advice,
        findings,
        signals,
        truncated_note,
        call,
        read_aloud: read_aloud.join(if locale == Locale::En { " " } else { "" }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::anti_fraud::checker::{MessageInput, check};
    use crate::domain::anti_fraud::pack::RulePack;
    use crate::domain::anti_fraud::pack::SIGNAL_CONCEPTS;
    use crate::domain::anti_fraud::rules::Rules;
    use crate::domain::anti_fraud::types::ScamType;

    #[test]
    fn every_type_concept_and_signal_has_words_in_every_locale() {
        let pack = RulePack::built_in().unwrap();
        for locale in Locale::ALL {
            let l = Localizer::get(locale);
            for t in ScamType::ALL {
                for suffix in ["", "-explain", "-advice"] {
                    let id = format!("af-type-{}{suffix}", t.fluent_key());
                    assert!(l.has(&id), "{} lacks {id}", locale.tag());
                }
            }
            let concepts = pack
                .concepts
                .iter()
                .map(|c| c.id.as_str())
                .chain(SIGNAL_CONCEPTS.iter().copied());
            for c in concepts {
                assert!(
                    l.has(&flag_message_id(c)),
                    "{} lacks {}",
                    locale.tag(),
                    flag_message_id(c)
                );
            }
        }
    }

    #[test]
    fn view_localises_and_gives_utf16_offsets() {
        let rules = Rules::built_in().unwrap();
        let text = "😀警官说你涉嫌洗钱，把钱转到安全账户";
        let report = check(
            &rules,
            &MessageInput {
                text,
                ..Default::default()
            },
        );
        let v = view(&report, text, Locale::En);
        assert_eq!(v.verdict, Verdict::Scam);
        assert_eq!(v.scam_type.as_deref(), Some("fake_police"));
        assert_eq!(v.call.uri, "tel:96110");
        let utf16: Vec<u16> = text.encode_utf16().collect();
        for f in &v.findings {
            assert_eq!(
                String::from_utf16_lossy(&utf16[f.start_utf16..f.end_utf16]),
                f.phrase
            );
            assert!(!f.reasons.is_empty());
        }
        let zh = view(&report, text, Locale::ZhCn);
        assert_ne!(zh.explanation, v.explanation);
        assert!(zh.read_aloud.contains(&zh.advice));
    }
}
