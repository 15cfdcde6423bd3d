//! 统一社会信用代码, the 18-character Unified Social Credit Code of GB 32100-2015 that every
//! business, public institution and social organisation carries on its licence.
//!
//! Layout: registration authority (1 character), organisation type (1), administrative
//! division (6 digits), organisation code (9, itself per GB 11714), check character (1). The
//! alphabet is the digits and the capital letters without I, O, S, V and Z (which are too easily
//! mistaken for 1, 0, 5, U and 2). A business's code is public, so unlike personal numbers it
//! prints in full.

use std::fmt;

use super::error::{IdentityError, IdentityField};
use super::input::{check_characters, check_length, read_number};

const LEN: usize = 18;
const FIELD: IdentityField = IdentityField::CreditCode;
const ALPHABET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
/// 3^i mod 31 for the 17 body characters, as tabulated in GB 32100.
const WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

fn value_of(c: char) -> Option<u32> {
    let upper = c.to_ascii_uppercase();
    ALPHABET
        .iter()
        .position(|a| char::from(*a) == upper)
        .and_then(|i| u32::try_from(i).ok())
}

/// The check character of the first 17 characters of a credit code, or `None` when `first17`
/// is not 17 characters of the code's alphabet. Exposed for the sandbox bank and test data.
pub fn credit_code_check_character(first17: &str) -> Option<char> {
    if first17.chars().count() != 17 {
        return None;
    }
    let mut sum = 0;
    for (c, w) in first17.chars().zip(WEIGHTS) {
        sum += value_of(c)? * w;
    }
    let check = (31 - sum % 31) % 31;
    Some(char::from(ALPHABET[check as usize]))
}

/// Who registered the organisation (the first character). Only the authorities of the original
/// standard are named; later amendments added more, which read as
/// [`Unlisted`](RegistrationAuthority::Unlisted) rather than being refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegistrationAuthority {
    /// `1`: 机构编制 — government bodies and public institutions.
    InstitutionalStaffing,
    /// `5`: 民政 — social organisations, foundations, private non-enterprise units.
    CivilAffairs,
    /// `9`: 工商 (now 市场监管) — companies, sole proprietors (个体工商户), co-operatives.
    MarketRegulation,
    /// `Y`: any other authority.
    Other,
    /// A character the original standard does not list.
    Unlisted(char),
}

/// A Unified Social Credit Code that passed the format and check-character tests.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct CreditCode(String);

impl CreditCode {
    /// Reads a code typed by a customer (see the input policy of the module; lower-case
    /// letters are read as capitals).
    pub fn parse(input: &str) -> Result<CreditCode, IdentityError> {
        let chars = read_number(input, FIELD)?;
        check_characters(&chars, FIELD, 0, |c| value_of(c).is_some())?;
        check_length(&chars, FIELD, LEN, LEN)?;
        let code: String = chars.iter().map(char::to_ascii_uppercase).collect();
        let (body, check) = code.split_at(LEN - 1);
        if credit_code_check_character(body) != check.chars().next() {
            return Err(IdentityError::WrongCheckCharacter { field: FIELD });
        }
        Ok(CreditCode(code))
    }

    /// The registration authority (first character).
    pub fn registration_authority(&self) -> RegistrationAuthority {
        match self.0.as_bytes()[0] {
            b'1' => RegistrationAuthority::InstitutionalStaffing,
            b'5' => RegistrationAuthority::CivilAffairs,
            b'9' => RegistrationAuthority::MarketRegulation,
            b'Y' => RegistrationAuthority::Other,
            other => RegistrationAuthority::Unlisted(char::from(other)),
        }
    }

    /// The organisation type within the authority (second character); under
    /// [`MarketRegulation`](RegistrationAuthority::MarketRegulation) `1` is an enterprise, `2` a
    /// sole proprietor (个体工商户) and `3` a farmers' co-operative.
    pub fn organisation_type(&self) -> char {
        char::from(self.0.as_bytes()[1])
    }

    /// The six-digit administrative division of the registering authority.
    pub fn division_code(&self) -> &str {
        &self.0[2..8]
    }

    /// The nine-character organisation code (组织机构代码).
    pub fn organisation_code(&self) -> &str {
        &self.0[8..17]
    }

    /// The whole code, in capitals.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CreditCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for CreditCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("CreditCode").field(&self.0).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_published_example() {
        let code = CreditCode::parse("91350100M000100Y43");
        let Ok(code) = code else {
            panic!("published example refused: {code:?}")
        };
        assert_eq!(
            code.registration_authority(),
            RegistrationAuthority::MarketRegulation
        );
        assert_eq!(code.organisation_type(), '1');
        assert_eq!(code.division_code(), "350100");
        assert_eq!(code.organisation_code(), "M000100Y4");
        assert_eq!(code.as_str(), "91350100M000100Y43");
    }

    #[test]
    fn applies_the_input_policy() {
        assert_eq!(
            CreditCode::parse("9135 0100 m000 100y 43").map(|c| c.to_string()),
            Ok("91350100M000100Y43".to_owned())
        );
        assert_eq!(
            CreditCode::parse("91350100M000100Z43"),
            Err(IdentityError::BadCharacter {
                field: FIELD,
                position: 16
            })
        );
        assert_eq!(
            CreditCode::parse("91350100M000100Y4"),
            Err(IdentityError::WrongLength {
                field: FIELD,
                min: 18,
                max: 18,
                actual: 17
            })
        );
        assert_eq!(
            CreditCode::parse(""),
            Err(IdentityError::Empty { field: FIELD })
        );
    }

    #[test]
    fn refuses_a_wrong_check_character() {
        assert_eq!(
            CreditCode::parse("91350100M000100Y44"),
            Err(IdentityError::WrongCheckCharacter { field: FIELD })
        );
    }

    #[test]
    fn a_check_value_of_zero_is_the_digit_zero() {
        // Find a body whose sum is a multiple of 31 by adjusting the last body character.
        let body = (0..31)
            .map(|i| format!("9111000071000000{}", char::from(ALPHABET[i])))
            .find(|b| {
                let sum: u32 = b
                    .chars()
                    .zip(WEIGHTS)
                    .filter_map(|(c, w)| value_of(c).map(|v| v * w))
                    .sum();
                sum.is_multiple_of(31)
            });
        let Some(body) = body else {
            panic!("weights are coprime to 31, one must fit")
        };
        assert_eq!(credit_code_check_character(&body), Some('0'));
        assert!(CreditCode::parse(&format!("{body}0")).is_ok());
    }
}
