//! "Holder name equal to the applicant's": comparing two ways of writing the same name.
//!
//! The bank's record, the ID card and what the customer typed differ in harmless ways: spaces
//! around the name, full-width letters from a Chinese input method, and above all the middle dot
//! that separates the parts of Uyghur, Tibetan and other minority names (阿卜杜拉·艾力), which
//! input methods produce as `·`, `・`, `•`, `.` or `．`. Those differences are folded away;
//! anything else, including one different character, is a different name.

use crate::domain::text::fold_full_width;

use super::error::IdentityError;

/// The separator every middle-dot variant becomes.
const DOT: char = '·';

fn is_name_dot(c: char) -> bool {
    // '．' arrives here already folded to '.'.
    matches!(c, '·' | '・' | '•' | '.' | '‧' | '∙' | '⋅' | '･')
}

/// The comparable form of a name: full-width folded, Latin letters in capitals (banks print
/// romanised names in capitals), middle dots unified with no space around them, runs of
/// spaces collapsed to one, and the ends trimmed.
pub fn normalise_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending_space = false;
    for c in name.chars().map(fold_full_width) {
        if c.is_whitespace() {
            pending_space = true;
        } else if is_name_dot(c) {
            out.push(DOT);
            pending_space = false;
        } else {
            if pending_space && !out.is_empty() && !out.ends_with(DOT) {
                out.push(' ');
            }
            pending_space = false;
            out.push(c.to_ascii_uppercase());
        }
    }
    out
}

/// True when both names are the same after [`normalise_name`]; an empty name matches nothing.
pub fn holder_name_matches(holder: &str, applicant: &str) -> bool {
    let holder = normalise_name(holder);
    !holder.is_empty() && holder == normalise_name(applicant)
}

/// [`holder_name_matches`] as a check for the disbursement card.
pub fn ensure_holder_name_matches(holder: &str, applicant: &str) -> Result<(), IdentityError> {
    if holder_name_matches(holder, applicant) {
        Ok(())
    } else {
        Err(IdentityError::NameMismatch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn harmless_differences_are_folded() {
        assert!(holder_name_matches(" 张三 ", "张三"));
        assert!(holder_name_matches("\u{3000}张三", "张三\n"));
        assert!(holder_name_matches("阿卜杜拉·艾力", "阿卜杜拉・艾力"));
        assert!(holder_name_matches("阿卜杜拉•艾力", "阿卜杜拉.艾力"));
        assert!(holder_name_matches("阿卜杜拉 · 艾力", "阿卜杜拉．艾力"));
        assert!(holder_name_matches("ＺＨＡＮＧ  San", "zhang san"));
    }

    #[test]
    fn different_names_do_not_match() {
        assert!(!holder_name_matches("张三", "张叁"));
        assert!(!holder_name_matches("张三", "张三丰"));
        assert!(!holder_name_matches("阿卜杜拉艾力", "阿卜杜拉·艾力"));
        assert!(!holder_name_matches("ZHANG SAN", "ZHANGSAN"));
        assert!(!holder_name_matches("", ""));
        assert!(!holder_name_matches("  ", " "));
        assert_eq!(
            ensure_holder_name_matches("李四", "张三"),
            Err(IdentityError::NameMismatch)
        );
        assert_eq!(ensure_holder_name_matches("张三", "张三"), Ok(()));
    }
}
