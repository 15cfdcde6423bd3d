//! Normalisation that undoes the usual evasions before matching, with a map back to the
//! original text so that the customer sees the exact phrases that raised the alarm.
//!
//! Scammers write `安 全 账 户`, `安.全.帳.戶`, `ＳＡＦＥ ａｃｃｏｕｎｔ` or hide zero-width
//! characters inside words so that naive filters miss them. We fold full-width forms, drop
//! zero-width and formatting characters, drop spaces and symbols that sit next to Chinese
//! characters, collapse other separators to one space, fold letter case and convert
//! Traditional characters to Simplified (with the `fast2s` table, one character for one
//! character, so offsets stay exact).
//!
//! Every one of those steps depends on the character alone, so they are folded once into a
//! table over the Basic Multilingual Plane (built on first use) and a message is normalised
//! in a single pass with one lookup per character.

use std::ops::Range;
use std::sync::OnceLock;

use crate::domain::text::fold_full_width;

/// Table entry bits above the folded character (which needs 21 bits).
const DROP: u32 = 1 << 31;
const SEPARATOR: u32 = 1 << 30;
const CLAUSE_BREAK: u32 = 1 << 29;
const CHAR_BITS: u32 = (1 << 21) - 1;
/// Characters covered by the table: the Basic Multilingual Plane, where all Chinese text and
/// every full-width form lives. Rarer characters take the same path without the table.
const TABLE_LEN: usize = 0x1_0000;

/// Longest input normalised (1 GiB); see [`normalise`].
pub const MAX_INPUT_BYTES: usize = 1 << 30;

/// Text ready for matching, plus where every character came from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Normalised {
    text: String,
    /// Byte offset in `text` of each normalised character, plus `text.len()` at the end.
    starts: Vec<u32>,
    /// Byte span in the original text of each normalised character, packed as
    /// `start << 2 | (length - 1)` (a UTF-8 character is one to four bytes).
    origins: Vec<u32>,
    /// Indices of the normalised characters that follow clause punctuation (，。！？; …):
    /// the edges of a negation's reach.
    breaks: Vec<u32>,
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
        let byte = u32::try_from(byte).ok()?;
        self.starts.binary_search(&byte).ok()
    }

    /// True when clause punctuation stood between these two byte offsets of the normalised
    /// text (`from` < `to`).
    pub fn clause_break_between(&self, from: usize, to: usize) -> bool {
        let (Some(a), Some(b)) = (self.char_index(from), self.char_index(to)) else {
            return false;
        };
        let first_after = self.breaks.partition_point(|&k| (k as usize) < a);
        self.breaks
            .get(first_after)
            .is_some_and(|&k| k as usize <= b)
    }

    /// Maps a byte range of the normalised text (as a matcher reports it) to the byte range of
    /// the original text it came from: from the start of the first character to the end of
    /// the last. `None` when the range is empty or not on character boundaries.
    pub fn original_span(&self, range: Range<usize>) -> Option<Range<usize>> {
        if range.start >= range.end {
            return None;
        }
        let first = self.char_index(range.start)?;
        let after = self.char_index(range.end)?;
        let last = after.checked_sub(1)?;
        let start = (self.origins.get(first)? >> 2) as usize;
        let last = *self.origins.get(last)?;
        Some(start..(last >> 2) as usize + (last & 3) as usize + 1)
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

/// Traditional → Simplified for one character. `fast2s` only rewrites three-byte characters
/// and maps each to one three-byte character; anything else keeps the input, because the
/// offset map depends on one character staying one character.
fn to_simplified(c: char) -> char {
    if c.len_utf8() != 3 {
        return c;
    }
    let mut buf = [0u8; 4];
    let converted = fast2s::convert(c.encode_utf8(&mut buf));
    let mut chars = converted.chars();
    match (chars.next(), chars.next()) {
        (Some(s), None) if s.len_utf8() == 3 => s,
        _ => c,
    }
}

fn is_clause_break(c: char) -> bool {
    matches!(
        c,
        ',' | '.' | '!' | '?' | ';' | '\n' | '、' | '。' | '｡' | '，' | '；' | '！' | '？'
    )
}

/// What normalisation does with one character, as a table entry: dropped, a separator
/// (perhaps a clause break), or kept as the folded character in the low bits.
fn classify(raw: char) -> u32 {
    if is_invisible(raw) {
        return DROP;
    }
    let c = fold_case(fold_full_width(raw));
    if !c.is_alphanumeric() {
        return SEPARATOR | if is_clause_break(c) { CLAUSE_BREAK } else { 0 };
    }
    u32::from(fold_variant(to_simplified(c)))
}

fn table() -> &'static [u32] {
    static TABLE: OnceLock<Box<[u32]>> = OnceLock::new();
    TABLE.get_or_init(|| {
        (0..TABLE_LEN as u32)
            // Surrogate code points never occur in a `str`.
            .map(|u| char::from_u32(u).map_or(DROP, classify))
            .collect()
    })
}

/// Normalises `input` for matching. Linear in the input; never fails.
///
/// Offsets are kept in 32 bits to keep the map small: callers bound the text far below that
/// (the checker reads at most 64 KiB), and a text beyond [`MAX_INPUT_BYTES`] is normalised up
/// to there (folding can grow a character by half, so the normalised text still fits).
pub fn normalise(input: &str) -> Normalised {
    let table = table();
    let mut text = String::with_capacity(input.len());
    let mut starts: Vec<u32> = Vec::with_capacity(input.len() / 2 + 1);
    let mut origins: Vec<u32> = Vec::with_capacity(input.len() / 2);
    let mut breaks = Vec::new();
    // The first separator seen since the last kept character, if any.
    let mut pending_sep: Option<u32> = None;
    let mut pending_break = false;
    let mut last_kept_ascii: Option<bool> = None;
    for (i, raw) in input.char_indices() {
        if i >= MAX_INPUT_BYTES {
            break;
        }
        let at = i as u32;
        let entry = match table.get(raw as usize) {
            Some(&e) => e,
            None => classify(raw),
        };
        if entry & DROP != 0 {
            continue;
        }
        let span = at << 2 | (raw.len_utf8() as u32 - 1);
        if entry & SEPARATOR != 0 {
            pending_break |= entry & CLAUSE_BREAK != 0;
            pending_sep.get_or_insert(span);
            continue;
        }
        let c = char::from_u32(entry & CHAR_BITS).unwrap_or(raw);
        if let (Some(sep), Some(prev_ascii)) = (pending_sep.take(), last_kept_ascii) {
            // A separator between two Latin words or numbers keeps them apart; next to a
            // Chinese character it is an evasion (or plain punctuation) and goes.
            if prev_ascii && c.is_ascii() {
                starts.push(text.len() as u32);
                text.push(' ');
                origins.push(sep);
            }
        }
        if std::mem::take(&mut pending_break) && last_kept_ascii.is_some() {
            breaks.push(origins.len() as u32);
        }
        starts.push(text.len() as u32);
        text.push(c);
        origins.push(span);
        last_kept_ascii = Some(c.is_ascii());
    }
    starts.push(text.len() as u32);
    Normalised {
        text,
        starts,
        origins,
        breaks,
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
