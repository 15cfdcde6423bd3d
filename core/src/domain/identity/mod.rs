//! Identity validation: resident ID, mobile numbers, bank cards, business credit codes, and
//! masking for logs and screens.
//!
//! Everything here is pure: no clock, no network, no files. Where a rule depends on the date
//! (a birth date in the future, the age of a borrower) "today" is a parameter, so that a test,
//! the sandbox bank and a phone in another time zone all reach the same verdict.
//!
//! # Input policy
//!
//! Customers type numbers on phones with Chinese input methods, copy them from chat messages
//! and read them aloud to a relative who types for them. So every validator reads its input
//! the same lenient-but-strict way:
//!
//! - full-width digits and letters (`１２３`, `Ｘ`) are folded to ASCII
//!   ([`crate::domain::text::compact_number_input`]);
//! - spaces of any kind, tabs, line breaks, hyphens and dashes between the characters are
//!   ignored, and so are invisible zero-width characters that ride along with pasted text;
//! - a lower-case `x` is read as `X` at the end of a resident ID, and lower-case letters are
//!   read as capitals in a Unified Social Credit Code;
//! - any other character is refused with [`IdentityError::BadCharacter`], which names its
//!   1-based position counted over the characters that are kept (separators do not count),
//!   so that "character 7" is the 7th digit printed on the card. The error never echoes the
//!   input itself.
//!
//! # Personal data
//!
//! [`ResidentId`], [`MobileNumber`] and [`BankCard`] print masked through both `Display`
//! and `Debug`, so a stray `tracing::debug!("{id:?}")` cannot leak a number. The full number is
//! only available through a method whose name says so (`full_number`), for the one call that
//! sends it to the bank. Errors carry lengths, positions and ages, never characters of the
//! input. The masking functions in [`mask`] are total: any text in, never more than the kept
//! characters out.

mod age;
mod bank_card;
mod bins;
mod error;
mod input;
pub mod mask;
mod mobile;
mod name;
mod resident_id;
mod uscc;

#[cfg(test)]
mod tests;

pub use age::{DEFAULT_MINIMUM_LOAN_AGE, age_on};
pub use bank_card::{
    BankCard, luhn_check_digit, validate_disbursement_card, validate_disbursement_card_with,
};
pub use bins::{Bank, BinEntry, BinTable, CardType};
pub use error::{IdentityError, IdentityField};
pub use mask::{mask_card, mask_mobile, mask_resident_id};
pub use mobile::MobileNumber;
pub use name::{ensure_holder_name_matches, holder_name_matches, normalise_name};
pub use resident_id::{
    ResidentId, Sex, is_known_province_code, resident_id_check_character, validate_borrower_id,
};
pub use uscc::{CreditCode, RegistrationAuthority, credit_code_check_character};
