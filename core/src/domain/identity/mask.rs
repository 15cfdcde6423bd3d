//! Masking of identity, card and phone numbers for logs and screens.
//!
//! Every function is total: it accepts any text (garbage, half-typed, with separators or
//! full-width digits), never panics, and reveals at most the characters it documents. The
//! output has a fixed shape that depends on the kind of number, not on the input's length, so
//! the mask does not even leak how long a mistyped number was. When the input is too short to
//! hide enough of it, nothing is revealed at all.

use super::input::significant_chars;

/// Resident ID: the first 3 characters (province and the first digit of the city) and the last
/// 4 (which people use to recognise their own number, like the end of a card), with the whole
/// birth date hidden: `110***********002X`. Inputs of fewer than 18 characters reveal nothing.
pub fn mask_resident_id(input: &str) -> String {
    let chars = significant_chars(input);
    let hidden = "*".repeat(11);
    if chars.len() < 18 {
        return "*".repeat(18);
    }
    format!("{}{hidden}{}", head(&chars, 3), tail(&chars, 4))
}

/// Bank card: the first 4 and the last 4 digits in groups, `6222 **** **** 1234`, whatever the
/// card's length. Inputs of 16 characters or more keep both ends; from 8 to 15 only the last
/// 4; shorter inputs nothing.
pub fn mask_card(input: &str) -> String {
    let chars = significant_chars(input);
    let n = chars.len();
    let first = if n >= 16 {
        head(&chars, 4)
    } else {
        "****".to_owned()
    };
    let last = if n >= 8 {
        tail(&chars, 4)
    } else {
        "****".to_owned()
    };
    format!("{first} **** **** {last}")
}

/// Mobile number: the first 3 and the last 4 of the 11 digits, `138****5678`, after removing a
/// `+86`, `0086` or `86` prefix. Inputs of fewer than 11 characters reveal nothing.
pub fn mask_mobile(input: &str) -> String {
    let chars = significant_chars(input);
    let chars = strip_country_code(&chars);
    if chars.len() < 11 {
        return "*".repeat(11);
    }
    format!("{}****{}", head(chars, 3), tail(chars, 4))
}

/// The mainland number without its country code; a bare `86` is only a prefix when 11 digits
/// follow it (no mainland mobile number starts with 8, but a 13-digit typo might).
pub(crate) fn strip_country_code(chars: &[char]) -> &[char] {
    let starts =
        |p: &str| chars.len() >= p.len() && chars.iter().zip(p.chars()).all(|(a, b)| *a == b);
    if starts("+86") {
        &chars[3..]
    } else if starts("0086") {
        &chars[4..]
    } else if starts("86") && chars.len() == 13 {
        &chars[2..]
    } else {
        chars
    }
}

fn head(chars: &[char], n: usize) -> String {
    chars.iter().take(n).collect()
}

fn tail(chars: &[char], n: usize) -> String {
    chars[chars.len().saturating_sub(n)..].iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_well_formed_numbers() {
        assert_eq!(mask_resident_id("11010519491231002X"), "110***********002X");
        assert_eq!(mask_card("6222 0212 3456 1234"), "6222 **** **** 1234");
        assert_eq!(mask_card("6222021234567891234"), "6222 **** **** 1234");
        assert_eq!(mask_mobile("13812345678"), "138****5678");
        assert_eq!(mask_mobile("+86 138-1234-5678"), "138****5678");
        assert_eq!(mask_mobile("008613812345678"), "138****5678");
        assert_eq!(mask_mobile("8613812345678"), "138****5678");
    }

    #[test]
    fn short_or_empty_input_reveals_nothing() {
        assert_eq!(mask_resident_id("1101051949"), "******************");
        assert_eq!(mask_card(""), "**** **** **** ****");
        assert_eq!(mask_card("1234567"), "**** **** **** ****");
        assert_eq!(mask_card("123456789"), "**** **** **** 6789");
        assert_eq!(mask_mobile("1381234"), "***********");
        assert_eq!(mask_mobile("+86"), "***********");
    }
}
