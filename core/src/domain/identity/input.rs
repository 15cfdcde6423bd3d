//! The one reading of typed numbers shared by every validator (see the input policy in the
//! module documentation).

use super::error::{IdentityError, IdentityField};
use crate::domain::text::compact_number_input;

/// Characters that separate groups of digits, or ride along invisibly with pasted text.
fn is_ignorable(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}'
        )
}

/// The characters of a typed number that count: full-width forms folded, separators dropped.
/// Positions reported to the customer are 1-based indices into this vector.
pub(crate) fn significant_chars(input: &str) -> Vec<char> {
    compact_number_input(input)
        .chars()
        .filter(|c| !is_ignorable(*c))
        .collect()
}

/// [`significant_chars`], refusing input with nothing in it.
pub(crate) fn read_number(input: &str, field: IdentityField) -> Result<Vec<char>, IdentityError> {
    let chars = significant_chars(input);
    if chars.is_empty() {
        return Err(IdentityError::Empty { field });
    }
    Ok(chars)
}

/// The 1-based position of the first character `allowed` refuses, as the customer's error.
pub(crate) fn check_characters(
    chars: &[char],
    field: IdentityField,
    offset: usize,
    allowed: impl Fn(char) -> bool,
) -> Result<(), IdentityError> {
    match chars.iter().position(|c| !allowed(*c)) {
        Some(i) => Err(IdentityError::BadCharacter {
            field,
            position: offset + i + 1,
        }),
        None => Ok(()),
    }
}

/// Refuses a number whose length is outside `min..=max`.
pub(crate) fn check_length(
    chars: &[char],
    field: IdentityField,
    min: usize,
    max: usize,
) -> Result<(), IdentityError> {
    if (min..=max).contains(&chars.len()) {
        Ok(())
    } else {
        Err(IdentityError::WrongLength {
            field,
            min,
            max,
            actual: chars.len(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_separators_and_folds_full_width() {
        let got: String = significant_chars(" ６２２２\u{3000}0212–3456\u{200B}\n")
            .into_iter()
            .collect();
        assert_eq!(got, "622202123456");
    }

    #[test]
    fn keeps_everything_else_for_the_validator_to_judge() {
        let got: String = significant_chars("12a.3").into_iter().collect();
        assert_eq!(got, "12a.3");
    }
}
