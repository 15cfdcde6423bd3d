//! Mainland China mobile numbers: 11 digits, `1` then `3`–`9`.

use std::fmt;

use super::error::{IdentityError, IdentityField};
use super::input::{check_characters, check_length, read_number};
use super::mask::{mask_mobile, strip_country_code};

const LEN: usize = 11;
const FIELD: IdentityField = IdentityField::Mobile;

/// A mainland mobile number without country code. Prints masked (`138****5678`).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct MobileNumber(String);

impl MobileNumber {
    /// Reads a mobile number typed by a customer (see the input policy of the module). A
    /// `+86`, `0086` or `86` prefix is removed; any other `+` country code is refused as not a
    /// mainland number, because SMS codes and the bank's call-backs only reach those.
    pub fn parse(input: &str) -> Result<MobileNumber, IdentityError> {
        let all = read_number(input, FIELD)?;
        let chars = strip_country_code(&all);
        let offset = all.len() - chars.len();
        if chars.is_empty() {
            return Err(IdentityError::Empty { field: FIELD });
        }
        if chars[0] == '+' && offset == 0 {
            return Err(IdentityError::NotAMobileNumber);
        }
        check_characters(chars, FIELD, offset, |c| c.is_ascii_digit())?;
        check_length(chars, FIELD, LEN, LEN)?;
        if chars[0] != '1' || !('3'..='9').contains(&chars[1]) {
            return Err(IdentityError::NotAMobileNumber);
        }
        Ok(MobileNumber(chars.iter().collect()))
    }

    /// The 11 digits, for the request that sends an SMS code or registers the number with the
    /// bank. Never log it; `Display` gives the masked form.
    pub fn full_number(&self) -> &str {
        &self.0
    }

    /// The masked form, `138****5678`.
    pub fn masked(&self) -> String {
        mask_mobile(&self.0)
    }
}

impl fmt::Display for MobileNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

impl fmt::Debug for MobileNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("MobileNumber").field(&self.masked()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(s: &str) -> Result<String, IdentityError> {
        MobileNumber::parse(s).map(|m| m.full_number().to_owned())
    }

    #[test]
    fn accepts_mainland_numbers_with_or_without_country_code() {
        for typed in [
            "13812345678",
            "+86 138 1234 5678",
            "0086-138-1234-5678",
            "8613812345678",
            "１３８１２３４５６７８",
        ] {
            assert_eq!(parsed(typed), Ok("13812345678".to_owned()), "{typed}");
        }
        for first_two in 13..=19 {
            assert!(parsed(&format!("{first_two}012345678")).is_ok());
        }
    }

    #[test]
    fn refuses_what_is_not_a_mainland_mobile_number() {
        assert_eq!(parsed("12812345678"), Err(IdentityError::NotAMobileNumber));
        assert_eq!(parsed("23812345678"), Err(IdentityError::NotAMobileNumber));
        assert_eq!(
            parsed("+1 415 555 0100"),
            Err(IdentityError::NotAMobileNumber)
        );
        assert_eq!(
            parsed("1381234567"),
            Err(IdentityError::WrongLength {
                field: FIELD,
                min: 11,
                max: 11,
                actual: 10
            })
        );
        assert_eq!(
            parsed("+86 138a2345678"),
            Err(IdentityError::BadCharacter {
                field: FIELD,
                position: 7
            })
        );
        assert_eq!(parsed(""), Err(IdentityError::Empty { field: FIELD }));
        assert_eq!(parsed("+86"), Err(IdentityError::Empty { field: FIELD }));
    }

    #[test]
    fn prints_masked() {
        let Ok(m) = MobileNumber::parse("13812345678") else {
            panic!("valid")
        };
        assert_eq!(m.to_string(), "138****5678");
        assert_eq!(format!("{m:?}"), "MobileNumber(\"138****5678\")");
    }
}
