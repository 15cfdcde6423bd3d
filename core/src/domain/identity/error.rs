//! Why an identity number, card or name was refused.

use crate::error::UserFacing;
use crate::i18n::MessageArg;

/// Which kind of number an error is about; it picks the words of the message, because
/// "18 characters" means nothing to someone who was typing a phone number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IdentityField {
    /// 居民身份证号码.
    ResidentId,
    /// A mainland mobile number.
    Mobile,
    /// A bank card number.
    BankCard,
    /// 统一社会信用代码 of a business.
    CreditCode,
}

/// Why a number or name was refused. Every variant carries only counts, positions and ages:
/// never a character of what the customer typed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum IdentityError {
    /// Nothing was entered (or only spaces and separators).
    #[error("{field:?}: empty")]
    Empty {
        /// What was being entered.
        field: IdentityField,
    },
    /// The number has the wrong count of characters.
    #[error("{field:?}: expected {min}..={max} characters, got {actual}")]
    WrongLength {
        /// What was being entered.
        field: IdentityField,
        /// Fewest characters allowed.
        min: usize,
        /// Most characters allowed (equal to `min` for fixed-length numbers).
        max: usize,
        /// Characters entered, separators not counted.
        actual: usize,
    },
    /// A character that cannot appear at this place in such a number.
    #[error("{field:?}: character at position {position} not allowed")]
    BadCharacter {
        /// What was being entered.
        field: IdentityField,
        /// 1-based position among the kept characters (separators not counted).
        position: usize,
    },
    /// The check character (or Luhn digit) does not match the rest: almost always a typo.
    #[error("{field:?}: check character does not match")]
    WrongCheckCharacter {
        /// What was being entered.
        field: IdentityField,
    },
    /// The first two digits of a resident ID are no province code.
    #[error("resident ID: unknown province code")]
    UnknownProvince,
    /// The birth date inside a resident ID does not exist or is before 1900.
    #[error("resident ID: impossible birth date")]
    ImpossibleBirthDate,
    /// The birth date inside a resident ID is after today.
    #[error("resident ID: birth date in the future")]
    BirthDateInFuture,
    /// The applicant is younger than the product allows.
    #[error("applicant aged {age}, minimum {minimum}")]
    UnderAge {
        /// Full years of age today.
        age: u32,
        /// The minimum age of the product.
        minimum: u32,
    },
    /// Eleven digits, but not a mainland mobile number (or a foreign country code).
    #[error("not a mainland mobile number")]
    NotAMobileNumber,
    /// The card's BIN is not in the table, so the bank (and the card type) is unknown.
    #[error("bank card: issuing bank unknown")]
    UnknownBank,
    /// A credit (or semi-credit) card where the money must go to a debit card.
    #[error("bank card: credit card where a debit card is required")]
    CreditCardNotAllowed,
    /// The card holder's name differs from the applicant's.
    #[error("card holder name differs from the applicant's")]
    NameMismatch,
}

fn count(n: usize) -> MessageArg {
    MessageArg::Int(i64::try_from(n).unwrap_or(i64::MAX))
}

impl UserFacing for IdentityError {
    fn code(&self) -> &'static str {
        use IdentityError as E;
        use IdentityField as F;
        match self {
            E::Empty {
                field: F::ResidentId,
            } => "ID_EMPTY",
            E::Empty { field: F::Mobile } => "MOBILE_EMPTY",
            E::Empty { field: F::BankCard } => "CARD_EMPTY",
            E::Empty {
                field: F::CreditCode,
            } => "USCC_EMPTY",
            E::WrongLength {
                field: F::ResidentId,
                ..
            } => "ID_LENGTH",
            E::WrongLength {
                field: F::Mobile, ..
            } => "MOBILE_LENGTH",
            E::WrongLength {
                field: F::BankCard, ..
            } => "CARD_LENGTH",
            E::WrongLength {
                field: F::CreditCode,
                ..
            } => "USCC_LENGTH",
            E::BadCharacter {
                field: F::ResidentId,
                ..
            } => "ID_BAD_CHARACTER",
            E::BadCharacter {
                field: F::Mobile, ..
            } => "MOBILE_BAD_CHARACTER",
            E::BadCharacter {
                field: F::BankCard, ..
            } => "CARD_BAD_CHARACTER",
            E::BadCharacter {
                field: F::CreditCode,
                ..
            } => "USCC_BAD_CHARACTER",
            E::WrongCheckCharacter {
                field: F::ResidentId,
            } => "ID_CHECK_CHARACTER",
            // A mobile number has no check digit; kept total rather than unreachable.
            E::WrongCheckCharacter { field: F::Mobile } => "MOBILE_NOT_MAINLAND",
            E::WrongCheckCharacter { field: F::BankCard } => "CARD_CHECK_DIGIT",
            E::WrongCheckCharacter {
                field: F::CreditCode,
            } => "USCC_CHECK_CHARACTER",
            E::UnknownProvince => "ID_UNKNOWN_PROVINCE",
            E::ImpossibleBirthDate => "ID_IMPOSSIBLE_DATE",
            E::BirthDateInFuture => "ID_BIRTH_DATE_IN_FUTURE",
            E::UnderAge { .. } => "ID_UNDER_AGE",
            E::NotAMobileNumber => "MOBILE_NOT_MAINLAND",
            E::UnknownBank => "CARD_UNKNOWN_BANK",
            E::CreditCardNotAllowed => "CARD_CREDIT_NOT_ALLOWED",
            E::NameMismatch => "NAME_MISMATCH",
        }
    }

    fn message_id(&self) -> &'static str {
        use IdentityError as E;
        use IdentityField as F;
        match self {
            E::Empty {
                field: F::ResidentId,
            } => "error-id-empty",
            E::Empty { field: F::Mobile } => "error-mobile-empty",
            E::Empty { field: F::BankCard } => "error-card-empty",
            E::Empty {
                field: F::CreditCode,
            } => "error-uscc-empty",
            E::WrongLength {
                field: F::ResidentId,
                ..
            } => "error-id-length",
            E::WrongLength {
                field: F::Mobile, ..
            } => "error-mobile-length",
            E::WrongLength {
                field: F::BankCard, ..
            } => "error-card-length",
            E::WrongLength {
                field: F::CreditCode,
                ..
            } => "error-uscc-length",
            E::BadCharacter {
                field: F::ResidentId,
                ..
            } => "error-id-bad-character",
            E::BadCharacter {
                field: F::Mobile, ..
            } => "error-mobile-bad-character",
            E::BadCharacter {
                field: F::BankCard, ..
            } => "error-card-bad-character",
            E::BadCharacter {
                field: F::CreditCode,
                ..
            } => "error-uscc-bad-character",
            E::WrongCheckCharacter {
                field: F::ResidentId,
            } => "error-id-check-character",
            E::WrongCheckCharacter { field: F::Mobile } => "error-mobile-not-mainland",
            E::WrongCheckCharacter { field: F::BankCard } => "error-card-check-digit",
            E::WrongCheckCharacter {
                field: F::CreditCode,
            } => "error-uscc-check-character",
            E::UnknownProvince => "error-id-unknown-province",
            E::ImpossibleBirthDate => "error-id-impossible-date",
            E::BirthDateInFuture => "error-id-birth-in-future",
            E::UnderAge { .. } => "error-id-under-age",
            E::NotAMobileNumber => "error-mobile-not-mainland",
            E::UnknownBank => "error-card-unknown-bank",
            E::CreditCardNotAllowed => "error-card-credit-not-allowed",
            E::NameMismatch => "error-name-mismatch",
        }
    }

    fn args(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            IdentityError::WrongLength {
                field: IdentityField::BankCard,
                min,
                max,
                actual,
            } => {
                vec![
                    ("min", count(*min)),
                    ("max", count(*max)),
                    ("actual", count(*actual)),
                ]
            }
            IdentityError::WrongLength { min, actual, .. } => {
                vec![("expected", count(*min)), ("actual", count(*actual))]
            }
            IdentityError::BadCharacter { position, .. } => vec![("position", count(*position))],
            IdentityError::UnderAge { age, minimum } => {
                vec![
                    ("age", MessageArg::Int(i64::from(*age))),
                    ("minimum", MessageArg::Int(i64::from(*minimum))),
                ]
            }
            _ => Vec::new(),
        }
    }
}
