//! Normalisation that undoes the usual evasions before matching, with a map back to the
//! original text so that the customer sees the exact phrases that raised the alarm.
//!
//! Scammers write `安 全 账 户`, `安.全.帳.戶`, `ＳＡＦＥ ａｃｃｏｕｎｔ` or hide zero-width
//! characters inside words so that naive filters miss them. We fold full-width forms, drop
//! zero-width and formatting characters, drop spaces and symbols that sit next to Chinese
//! characters, collapse other separators to one space, fold letter case and convert
//! Traditional characters to Simplified (with the `fast2s` table, which maps one character
//! to one character, so offsets stay exact).

use std::ops::Range;

use crate::domain::text::fold_full_width;

/// Text ready for matching, plus where every character came from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Normalised {
    text: String,
    /// Byte offset in `text` of each normalised character, plus `text.len()` at the end.
    starts: Vec<usize>,
    /// Byte span in the original text of each normalised character.
    origins: Vec<Range<usize>>,
    /// Indices of the normalised characters that follow clause punctuation (，。！？; …):
    /// the edges of a negation's reach.
    breaks: Vec<usize>,
}

impl Normalised {
    /// The normalised text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Number of characters in the normalised text.
    pub fn char_len(&self) -> usize {
        self.origins.len()
    }

    /// Index of the character that starts at this byte offset of the normalised text.
    pub fn char_index(&self, byte: usize) -> Option<usize> {
        self.starts.binary_search(&byte).ok()
    }

    /// True when clause punctuation stood between these two byte offsets of the normalised
    /// text (`from` < `to`).
    pub fn clause_break_between(&self, from: usize, to: usize) -> bool {
        let (Some(a), Some(b)) = (self.char_index(from), self.char_index(to)) else {
            return false;
        };
        let first_after = self.breaks.partition_point(|&k| k < a);
        self.breaks.get(first_after).is_some_and(|&k| k <= b)
    }

    /// Maps a byte range of the normalised text (as a matcher reports it) to the byte range of
    /// the original text it came from: from the start of the first character to the end of
    /// the last. `None` when the range is empty or not on character boundaries.
    pub fn original_span(&self, range: Range<usize>) -> Option<Range<usize>> {
        if range.start >= range.end {
            return None;
        }
        let first = self.starts.binary_search(&range.start).ok()?;
        let after = self.starts.binary_search(&range.end).ok()?;
        let last = after.checked_sub(1)?;
        let start = self.origins.get(first)?.start;
        let end = self.origins.get(last)?.end;
        Some(start..end)
    }
}

/// Characters that render as nothing and are used to split words invisibly.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{17B4}'
            | '\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{E0000}'..='\u{E007F}'
    )
}

/// Variant characters that the Traditional→Simplified table leaves apart but that mean the
/// same in money talk (帳戶 → 帐户 → 账户).
fn fold_variant(c: char) -> char {
    match c {
        '帐' => '账',
        '綫' | '線' => '线',
        _ => c,
    }
}

fn fold_case(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    if c.is_uppercase() {
        let mut lower = c.to_lowercase();
        if let (Some(l), None) = (lower.next(), lower.next()) {
            return l;
        }
    }
    c
}

/// Normalises `input` for matching. Linear in the input; never fails.
pub fn normalise(input: &str) -> Normalised {
    let mut text = String::with_capacity(input.len());
    let mut origins: Vec<Range<usize>> = Vec::with_capacity(input.len() / 2);
    // The first separator seen since the last kept character, if any.
    let mut pending_sep: Option<Range<usize>> = None;
    let mut last_kept: Option<char> = None;
    let mut breaks = Vec::new();
    let mut pending_break = false;
    for (i, raw) in input.char_indices() {
        let span = i..i + raw.len_utf8();
        if is_invisible(raw) {
            continue;
        }
        let c = fold_case(fold_full_width(raw));
        if !c.is_alphanumeric() {
            pending_break |= is_clause_break(c);
            if pending_sep.is_none() {
                pending_sep = Some(span);
            }
            continue;
        }
        if let (Some(sep), Some(prev)) = (pending_sep.take(), last_kept) {
            // A separator between two Latin words or numbers keeps them apart; next to a
            // Chinese character it is an evasion (or plain punctuation) and goes.
            if prev.is_ascii() && c.is_ascii() {
                text.push(' ');
                origins.push(sep);
            }
        }
        pending_sep = None;
        if std::mem::take(&mut pending_break) && last_kept.is_some() {
            breaks.push(origins.len());
        }
        text.push(c);
        origins.push(span);
        last_kept = Some(c);
    }
    let text = to_simplified(text, origins.len());
    let mut starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    starts.push(text.len());
    Normalised {
        text,
        starts,
        origins,
        breaks,
    }
}

fn is_clause_break(c: char) -> bool {
    matches!(
        c,
        ',' | '.' | '!' | '?' | ';' | '\n' | '、' | '。' | '｡' | '，' | '；' | '！' | '？'
    )
}

/// Traditional → Simplified, one character for one character. Falls back to the input if the
/// table ever broke that promise, because the offset map depends on it.
fn to_simplified(text: String, chars: usize) -> String {
    if text.is_ascii() {
        return text;
    }
    let converted: String = fast2s::convert(&text).chars().map(fold_variant).collect();
    if converted.chars().count() == chars {
        converted
    } else {
        tracing::warn!("traditional-to-simplified table changed the character count");
        text.chars().map(fold_variant).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn original_of<'a>(input: &'a str, n: &Normalised, needle: &str) -> &'a str {
        let at = n
            .as_str()
            .find(needle)
            .unwrap_or_else(|| panic!("{needle} not in {}", n.as_str()));
        let span = n.original_span(at..at + needle.len()).unwrap();
        &input[span]
    }

    #[test]
    fn defeats_spacing_symbols_and_zero_width() {
        let input = "请转入 安 全.账\u{200B}户，立即";
        let n = normalise(input);
        assert_eq!(n.as_str(), "请转入安全账户立即");
        assert_eq!(original_of(input, &n, "安全账户"), "安 全.账\u{200B}户");
    }

    #[test]
    fn folds_full_width_case_and_traditional() {
        let input = "ＳＡＦＥ　Ａccount 請匯款到安全帳戶";
        let n = normalise(input);
        assert_eq!(n.as_str(), "safe account请汇款到安全账户");
        assert_eq!(original_of(input, &n, "安全账户"), "安全帳戶");
        assert_eq!(original_of(input, &n, "safe account"), "ＳＡＦＥ　Ａccount");
    }

    #[test]
    fn latin_words_stay_apart_but_separators_collapse() {
        let n = normalise("Pay  the --- unlock\tfee!!");
        assert_eq!(n.as_str(), "pay the unlock fee");
        assert_eq!(normalise("").as_str(), "");
        assert_eq!(normalise("  ，。 ").as_str(), "");
    }

    #[test]
    fn clause_breaks_are_remembered() {
        let n = normalise("不会收费，请先交钱");
        let at = |s: &str| n.as_str().find(s).unwrap();
        assert!(n.clause_break_between(at("收费"), at("先交")));
        assert!(!n.clause_break_between(at("不会"), at("收费")));
    }

    #[test]
    fn spans_outside_char_boundaries_are_refused() {
        let n = normalise("安全账户");
        assert_eq!(n.original_span(0..1), None);
        assert_eq!(n.original_span(3..3), None);
        assert_eq!(n.original_span(0..6), Some(0..6));
    }

    proptest! {
        #[test]
        fn every_normalised_char_maps_inside_the_original(s in "\\PC{0,60}") {
            let n = normalise(&s);
            prop_assert_eq!(n.char_len(), n.as_str().chars().count());
            let mut prev_end = 0;
            for (i, c) in n.as_str().char_indices() {
                let span = n.original_span(i..i + c.len_utf8());
                prop_assert!(span.is_some());
                let span = span.unwrap_or(0..0);
                prop_assert!(span.end <= s.len() && span.start >= prev_end.min(span.start));
                prop_assert!(s.is_char_boundary(span.start) && s.is_char_boundary(span.end));
                prev_end = span.end;
            }
        }

        #[test]
        fn normalising_is_idempotent(s in "[a-zA-Z0-9 ,.安全账户帳戶转账\u{200B}　Ａ-Ｚ]{0,40}") {
            let once = normalise(&s);
            let twice = normalise(once.as_str());
            prop_assert_eq!(once.as_str(), twice.as_str());
        }
    }
}
