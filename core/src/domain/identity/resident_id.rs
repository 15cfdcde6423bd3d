//! 居民身份证号码, the 18-character citizen identity number of GB 11643-1999.
//!
//! Layout: 6-digit address code, 8-digit birth date (YYYYMMDD), 3-digit sequence (odd for men,
//! even for women), and one ISO 7064 MOD 11-2 check character (0–9 or X). The 15-digit numbers
//! of first-generation cards stopped being valid in 2013 and are refused as the wrong length.

use std::fmt;

use chrono::NaiveDate;

use super::age::{DEFAULT_MINIMUM_LOAN_AGE, age_on};
use super::error::{IdentityError, IdentityField};
use super::input::{check_length, read_number};
use super::mask::mask_resident_id;

const LEN: usize = 18;
const FIELD: IdentityField = IdentityField::ResidentId;

/// 2^(17-i) mod 11 for the 17 body digits, as tabulated in GB 11643.
const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/// Check character for each value of (weighted sum mod 11).
const CHECK: [u8; 11] = *b"10X98765432";

/// True for the first two digits of a province-level division in GB/T 2260, plus Taiwan (71),
/// Hong Kong (81) and Macao (82), and 83, which the residence permits for Taiwan residents
/// (港澳台居民居住证, 2018) use; without it those holders could never apply.
pub fn is_known_province_code(code: u8) -> bool {
    matches!(code, 11..=15 | 21..=23 | 31..=37 | 41..=46 | 50..=54 | 61..=65 | 71 | 81..=83)
}

/// The check character of the first 17 digits of a resident ID, or `None` when `first17` is
/// not exactly 17 ASCII digits. Exposed for the sandbox bank and test data generators.
pub fn resident_id_check_character(first17: &str) -> Option<char> {
    let bytes = first17.as_bytes();
    if bytes.len() != 17 || !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let sum: u32 = bytes
        .iter()
        .zip(WEIGHTS)
        .map(|(b, w)| u32::from(b - b'0') * w)
        .sum();
    Some(char::from(CHECK[(sum % 11) as usize]))
}

/// Biological sex as encoded in the 17th digit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sex {
    /// Odd 17th digit.
    Male,
    /// Even 17th digit.
    Female,
}

/// A resident ID that passed every check. Prints masked (see [`mask_resident_id`]) through both
/// `Display` and `Debug`.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct ResidentId {
    /// 18 ASCII characters, the last possibly `X`.
    number: String,
    birth_date: NaiveDate,
}

impl ResidentId {
    /// Reads a resident ID typed by a customer (see the input policy of the module) and checks
    /// characters, length, check character, province and birth date, in that order. `today`
    /// is the customer's date; a birth date after it is refused.
    pub fn parse(input: &str, today: NaiveDate) -> Result<ResidentId, IdentityError> {
        let chars = read_number(input, FIELD)?;
        let mut number = String::with_capacity(LEN);
        for (i, c) in chars.iter().enumerate() {
            match c {
                '0'..='9' => number.push(*c),
                'X' | 'x' => number.push('X'),
                _ => {
                    return Err(IdentityError::BadCharacter {
                        field: FIELD,
                        position: i + 1,
                    });
                }
            }
        }
        check_length(&chars, FIELD, LEN, LEN)?;
        if let Some(i) = number[..LEN - 1].find('X') {
            return Err(IdentityError::BadCharacter {
                field: FIELD,
                position: i + 1,
            });
        }
        let expected = resident_id_check_character(&number[..LEN - 1]);
        if expected != number[LEN - 1..].chars().next() {
            return Err(IdentityError::WrongCheckCharacter { field: FIELD });
        }
        if !is_known_province_code(two_digits(&number, 0)) {
            return Err(IdentityError::UnknownProvince);
        }
        let birth_date = birth_date(&number).ok_or(IdentityError::ImpossibleBirthDate)?;
        if birth_date > today {
            return Err(IdentityError::BirthDateInFuture);
        }
        Ok(ResidentId { number, birth_date })
    }

    /// The date of birth encoded in digits 7–14.
    pub fn birth_date(&self) -> NaiveDate {
        self.birth_date
    }

    /// Sex from the parity of the 17th digit.
    pub fn sex(&self) -> Sex {
        if self.number.as_bytes()[16] % 2 == 1 {
            Sex::Male
        } else {
            Sex::Female
        }
    }

    /// The two-digit province code (11 Beijing … 65 Xinjiang, 71, 81–83).
    pub fn province_code(&self) -> u8 {
        two_digits(&self.number, 0)
    }

    /// The six-digit address code of the place of first registration.
    pub fn address_code(&self) -> &str {
        &self.number[..6]
    }

    /// Age in full years on `date` (see [`age_on`]).
    pub fn age_on(&self, date: NaiveDate) -> u32 {
        age_on(self.birth_date, date)
    }

    /// Refuses a borrower younger than `minimum_age` on `today` with
    /// [`IdentityError::UnderAge`]. Products that follow the law use
    /// [`DEFAULT_MINIMUM_LOAN_AGE`]; some set a higher minimum.
    pub fn ensure_loan_age(&self, today: NaiveDate, minimum_age: u32) -> Result<(), IdentityError> {
        let age = self.age_on(today);
        if age < minimum_age {
            return Err(IdentityError::UnderAge {
                age,
                minimum: minimum_age,
            });
        }
        Ok(())
    }

    /// The full number, for the single request that sends it to the bank. Never log it or put
    /// it in an error; use `Display` (masked) for anything a person or a log file may see.
    pub fn full_number(&self) -> &str {
        &self.number
    }

    /// The masked form, e.g. `110***********002X`.
    pub fn masked(&self) -> String {
        mask_resident_id(&self.number)
    }
}

/// Parses a borrower's resident ID and checks the default minimum age
/// ([`DEFAULT_MINIMUM_LOAN_AGE`]): the one call a loan application needs.
pub fn validate_borrower_id(input: &str, today: NaiveDate) -> Result<ResidentId, IdentityError> {
    let id = ResidentId::parse(input, today)?;
    id.ensure_loan_age(today, DEFAULT_MINIMUM_LOAN_AGE)?;
    Ok(id)
}

impl fmt::Display for ResidentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

impl fmt::Debug for ResidentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ResidentId").field(&self.masked()).finish()
    }
}

/// The two ASCII digits at `at` as a number; the caller guarantees they are digits.
fn two_digits(number: &str, at: usize) -> u8 {
    let b = number.as_bytes();
    (b[at] - b'0') * 10 + (b[at + 1] - b'0')
}

/// The birth date if it exists in the calendar and is not before 1900 (nobody alive was born
/// earlier, so an earlier year is a typo).
fn birth_date(number: &str) -> Option<NaiveDate> {
    let year: i32 = number.get(6..10)?.parse().ok()?;
    let month: u32 = number.get(10..12)?.parse().ok()?;
    let day: u32 = number.get(12..14)?.parse().ok()?;
    if year < 1900 {
        return None;
    }
    NaiveDate::from_ymd_opt(year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 6, 30).unwrap_or_default()
    }

    /// A valid number for the given body, with its check character.
    fn with_check(first17: &str) -> String {
        let c = resident_id_check_character(first17).unwrap_or('?');
        format!("{first17}{c}")
    }

    #[test]
    fn reads_the_standard_example() {
        let id = ResidentId::parse("11010519491231002X", today());
        let Ok(id) = id else {
            panic!("standard example refused: {id:?}")
        };
        assert_eq!(
            id.birth_date(),
            NaiveDate::from_ymd_opt(1949, 12, 31).unwrap_or_default()
        );
        assert_eq!(id.sex(), Sex::Female);
        assert_eq!(id.province_code(), 11);
        assert_eq!(id.address_code(), "110105");
        assert_eq!(id.age_on(today()), 75);
        assert_eq!(id.full_number(), "11010519491231002X");
    }

    #[test]
    fn applies_the_input_policy() {
        let typed = " １１０１０５ 1949-1231 002x ";
        assert_eq!(
            ResidentId::parse(typed, today()).map(|i| i.full_number().to_owned()),
            Ok("11010519491231002X".into())
        );
        assert_eq!(
            ResidentId::parse("110105194912310O2X", today()),
            Err(IdentityError::BadCharacter {
                field: FIELD,
                position: 16
            })
        );
        assert_eq!(
            ResidentId::parse("11010X19491231002X", today()),
            Err(IdentityError::BadCharacter {
                field: FIELD,
                position: 6
            })
        );
        assert_eq!(
            ResidentId::parse(" - ", today()),
            Err(IdentityError::Empty { field: FIELD })
        );
        assert_eq!(
            ResidentId::parse("110105491231002", today()),
            Err(IdentityError::WrongLength {
                field: FIELD,
                min: 18,
                max: 18,
                actual: 15
            })
        );
    }

    #[test]
    fn refuses_a_wrong_check_character() {
        assert_eq!(
            ResidentId::parse("110105194912310021", today()),
            Err(IdentityError::WrongCheckCharacter { field: FIELD })
        );
    }

    #[test]
    fn refuses_unknown_provinces_and_impossible_dates() {
        assert_eq!(
            ResidentId::parse(&with_check("99010519491231002"), today()),
            Err(IdentityError::UnknownProvince)
        );
        assert_eq!(
            ResidentId::parse(&with_check("16010519491231002"), today()),
            Err(IdentityError::UnknownProvince)
        );
        assert_eq!(
            ResidentId::parse(&with_check("11010519490230002"), today()),
            Err(IdentityError::ImpossibleBirthDate)
        );
        assert_eq!(
            ResidentId::parse(&with_check("11010519491301002"), today()),
            Err(IdentityError::ImpossibleBirthDate)
        );
        assert!(
            ResidentId::parse(&with_check("11010520000229002"), today()).is_ok(),
            "2000 is a leap year"
        );
        assert_eq!(
            ResidentId::parse(&with_check("11010519000229002"), today()),
            Err(IdentityError::ImpossibleBirthDate)
        );
        assert_eq!(
            ResidentId::parse(&with_check("11010518991231002"), today()),
            Err(IdentityError::ImpossibleBirthDate)
        );
        assert_eq!(
            ResidentId::parse(&with_check("11010520250701002"), today()),
            Err(IdentityError::BirthDateInFuture)
        );
        assert!(
            ResidentId::parse(&with_check("11010520250630002"), today()).is_ok(),
            "born today is possible"
        );
    }

    #[test]
    fn residence_permits_of_taiwan_residents_are_accepted() {
        assert!(ResidentId::parse(&with_check("83000019900101001"), today()).is_ok());
    }

    #[test]
    fn refuses_minors_for_loans() {
        let id = with_check("44030120070701003");
        assert_eq!(
            validate_borrower_id(&id, today()),
            Err(IdentityError::UnderAge {
                age: 17,
                minimum: 18
            })
        );
        let next_day = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap_or_default();
        assert!(validate_borrower_id(&id, next_day).is_ok());
        let Ok(parsed) = ResidentId::parse(&id, next_day) else {
            panic!("valid")
        };
        assert_eq!(
            parsed.ensure_loan_age(next_day, 22),
            Err(IdentityError::UnderAge {
                age: 18,
                minimum: 22
            })
        );
        assert_eq!(parsed.sex(), Sex::Male);
    }

    #[test]
    fn prints_masked() {
        let Ok(id) = ResidentId::parse("11010519491231002X", today()) else {
            panic!("valid")
        };
        assert_eq!(id.to_string(), "110***********002X");
        assert_eq!(format!("{id:?}"), "ResidentId(\"110***********002X\")");
        assert!(!format!("{id:#?}").contains("19491231"));
    }
}
