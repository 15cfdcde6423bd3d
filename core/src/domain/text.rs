//! Small text helpers shared by validators and parsers.

/// Maps a full-width ASCII form (U+FF01–U+FF5E, typed by Chinese input methods) and the
/// ideographic space to its ASCII twin; every other character is returned unchanged.
pub fn fold_full_width(c: char) -> char {
    match c {
        '\u{3000}' => ' ',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '￥' => '¥',
        _ => c,
    }
}

/// Folds full-width forms and drops the separators people type inside numbers (spaces,
/// ideographic spaces, hyphens), so that `６２２２ ０２１２-３４５６` reads as `62220212 3456`
/// without the gaps.
pub fn compact_number_input(input: &str) -> String {
    input
        .chars()
        .map(fold_full_width)
        .filter(|c| !matches!(c, ' ' | '-' | '\t'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_full_width_forms() {
        assert_eq!(fold_full_width('０'), '0');
        assert_eq!(fold_full_width('Ｘ'), 'X');
        assert_eq!(fold_full_width('ｘ'), 'x');
        assert_eq!(fold_full_width('\u{3000}'), ' ');
        assert_eq!(fold_full_width('中'), '中');
        assert_eq!(compact_number_input("６２２２ ０２１２-３４"), "6222021234");
    }
}
