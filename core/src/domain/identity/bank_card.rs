//! Bank card numbers: 16–19 digits with a Luhn check digit (ISO/IEC 7812), issuing bank and
//! card type from the BIN, and the stricter rules for a card that receives a loan.

use std::fmt;

use super::bins::{Bank, BinTable, CardType};
use super::error::{IdentityError, IdentityField};
use super::input::{check_characters, check_length, read_number};
use super::mask::mask_card;

const MIN_LEN: usize = 16;
const MAX_LEN: usize = 19;
const FIELD: IdentityField = IdentityField::BankCard;

/// The Luhn check digit for `payload` (the card number without its last digit), or `None`
/// when `payload` is empty or not all ASCII digits. Exposed for the sandbox bank and test data.
pub fn luhn_check_digit(payload: &str) -> Option<char> {
    if payload.is_empty() || !payload.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // Walking from the right, the digit next to the (future) check digit is doubled first.
    let sum: u32 = payload
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i.is_multiple_of(2) {
                let twice = d * 2;
                if twice > 9 { twice - 9 } else { twice }
            } else {
                d
            }
        })
        .sum();
    char::from_digit((10 - sum % 10) % 10, 10)
}

/// A card number that passed the format and Luhn checks. The bank and card type are known when
/// the BIN table lists its prefix. Prints masked (`6222 **** **** 1234`).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct BankCard {
    number: String,
    issuer: Option<(Bank, CardType)>,
}

impl BankCard {
    /// Reads a card number typed by a customer (see the input policy of the module) and looks
    /// its BIN up in the built-in table.
    pub fn parse(input: &str) -> Result<BankCard, IdentityError> {
        BankCard::parse_with(input, BinTable::builtin())
    }

    /// Like [`BankCard::parse`] with the bank's own BIN table.
    pub fn parse_with(input: &str, bins: &BinTable) -> Result<BankCard, IdentityError> {
        let chars = read_number(input, FIELD)?;
        check_characters(&chars, FIELD, 0, |c| c.is_ascii_digit())?;
        check_length(&chars, FIELD, MIN_LEN, MAX_LEN)?;
        let number: String = chars.iter().collect();
        let (payload, check) = number.split_at(number.len() - 1);
        if luhn_check_digit(payload) != check.chars().next() {
            return Err(IdentityError::WrongCheckCharacter { field: FIELD });
        }
        let issuer = bins.lookup(&number).map(|e| (e.bank, e.card_type));
        Ok(BankCard { number, issuer })
    }

    /// The issuing bank, when the BIN table knows the prefix.
    pub fn bank(&self) -> Option<Bank> {
        self.issuer.map(|(bank, _)| bank)
    }

    /// Debit or credit, when the BIN table knows the prefix.
    pub fn card_type(&self) -> Option<CardType> {
        self.issuer.map(|(_, t)| t)
    }

    /// The last four digits, which customers use to tell their cards apart.
    pub fn last_four(&self) -> &str {
        &self.number[self.number.len() - 4..]
    }

    /// Refuses a card that cannot receive a loan: unknown bank (we could not tell whether it is
    /// a debit card) or a credit card.
    pub fn ensure_disbursable(&self) -> Result<(), IdentityError> {
        match self.issuer {
            None => Err(IdentityError::UnknownBank),
            Some((_, CardType::Credit)) => Err(IdentityError::CreditCardNotAllowed),
            Some((_, CardType::Debit)) => Ok(()),
        }
    }

    /// The full number, for the single request that sends it to the bank. Never log it; use
    /// `Display` (masked) for anything a person or a log file may see.
    pub fn full_number(&self) -> &str {
        &self.number
    }

    /// The masked form, `6222 **** **** 1234`.
    pub fn masked(&self) -> String {
        mask_card(&self.number)
    }
}

/// Checks a card meant to receive a loan, before the application is submitted (story S1: a
/// mistyped card must never bounce a disbursement): format, Luhn, a known bank, and a debit
/// card. The holder's name is checked separately with
/// [`ensure_holder_name_matches`](super::ensure_holder_name_matches). No date is needed:
/// mainland debit cards carry no expiry that the number could reveal.
pub fn validate_disbursement_card(input: &str) -> Result<BankCard, IdentityError> {
    validate_disbursement_card_with(input, BinTable::builtin())
}

/// Like [`validate_disbursement_card`] with the bank's own BIN table.
pub fn validate_disbursement_card_with(
    input: &str,
    bins: &BinTable,
) -> Result<BankCard, IdentityError> {
    let card = BankCard::parse_with(input, bins)?;
    card.ensure_disbursable()?;
    Ok(card)
}

impl fmt::Display for BankCard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

impl fmt::Debug for BankCard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BankCard")
            .field("number", &self.masked())
            .field("bank", &self.bank())
            .field("card_type", &self.card_type())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A Luhn-valid number with the given start, padded with a fixed body.
    fn card(prefix: &str, len: usize) -> String {
        let mut payload = prefix.to_owned();
        let body = "3141592653589793238";
        payload.push_str(&body[..len - 1 - prefix.len()]);
        let check = luhn_check_digit(&payload).unwrap_or('?');
        format!("{payload}{check}")
    }

    #[test]
    fn accepts_well_known_luhn_test_numbers() {
        for n in [
            "4111111111111111",
            "5555555555554444",
            "6011111111111117",
            "6200000000000005",
            "6205500000000000004",
        ] {
            let parsed = BankCard::parse(n);
            assert!(parsed.is_ok(), "{n}: {parsed:?}");
        }
        assert_eq!(
            BankCard::parse("4111111111111112"),
            Err(IdentityError::WrongCheckCharacter { field: FIELD })
        );
    }

    #[test]
    fn knows_bank_and_type_from_the_bin() {
        let Ok(icbc) = BankCard::parse(&card("622202", 19)) else {
            panic!("valid")
        };
        assert_eq!(
            (icbc.bank(), icbc.card_type()),
            (Some(Bank::Icbc), Some(CardType::Debit))
        );
        let Ok(cmb) = BankCard::parse(&card("622575", 16)) else {
            panic!("valid")
        };
        assert_eq!(
            (cmb.bank(), cmb.card_type()),
            (Some(Bank::Cmb), Some(CardType::Credit))
        );
        let Ok(visa) = BankCard::parse("4111111111111111") else {
            panic!("valid")
        };
        assert_eq!(visa.bank(), None);
    }

    #[test]
    fn disbursement_needs_a_known_debit_card() {
        assert!(validate_disbursement_card(&card("621700", 19)).is_ok());
        assert_eq!(
            validate_disbursement_card("4111111111111111"),
            Err(IdentityError::UnknownBank)
        );
        assert_eq!(
            validate_disbursement_card(&card("622575", 16)),
            Err(IdentityError::CreditCardNotAllowed)
        );
        assert_eq!(
            validate_disbursement_card(&card("622836", 16)),
            Err(IdentityError::CreditCardNotAllowed)
        );
    }

    #[test]
    fn applies_the_input_policy() {
        let n = card("622202", 19);
        let typed = format!("{} {}-{} {}", &n[..4], &n[4..8], &n[8..12], &n[12..]);
        assert_eq!(
            BankCard::parse(&typed).map(|c| c.full_number().to_owned()),
            Ok(n)
        );
        assert_eq!(
            BankCard::parse("6222 02O2 3456 1234"),
            Err(IdentityError::BadCharacter {
                field: FIELD,
                position: 7
            })
        );
        assert_eq!(
            BankCard::parse("622202123456789"),
            Err(IdentityError::WrongLength {
                field: FIELD,
                min: 16,
                max: 19,
                actual: 15
            })
        );
        assert_eq!(
            BankCard::parse("   "),
            Err(IdentityError::Empty { field: FIELD })
        );
    }

    #[test]
    fn prints_masked_with_bank() {
        let n = card("622202", 19);
        let Ok(c) = BankCard::parse(&n) else {
            panic!("valid")
        };
        assert_eq!(c.to_string(), format!("6222 **** **** {}", &n[15..]));
        assert_eq!(c.last_four(), &n[15..]);
        let debug = format!("{c:?}");
        assert!(!debug.contains(&n[4..15]), "{debug}");
        assert!(debug.contains("Icbc"), "{debug}");
    }
}
