//! Checks of what a customer types (ID, phone, card) before anything is sent to the bank, as
//! view models: masked numbers and localised labels, never the full number.

use serde::Serialize;

use super::Puhui;
use crate::domain::format;
use crate::domain::identity::{
    MobileNumber, Sex, validate_borrower_id, validate_disbursement_card,
};
use crate::error::PublicError;
use crate::i18n::Localizer;
use crate::ports::{Clock, SystemClock};

/// A resident ID that passed every check, as shown back to the customer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ResidentIdView {
    /// e.g. `110***********002X`.
    pub masked: String,
    /// Birth date, formatted for the locale.
    pub birth_date: String,
    /// Age today in whole years.
    pub age: u32,
    /// Localised sex.
    pub sex: String,
}

/// A bank card that may receive a disbursement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CardView {
    /// e.g. `6222 **** **** 1234`.
    pub masked: String,
    /// The issuing bank's localised name.
    pub bank: String,
    /// Localised card type (always debit here).
    pub card_type: String,
}

/// A mainland mobile number.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MobileView {
    /// e.g. `138****5678`.
    pub masked: String,
}

impl Puhui {
    /// Checks a borrower's resident ID: format, check character, real birth date, adult.
    pub fn check_borrower_id(&self, input: &str) -> Result<ResidentIdView, PublicError> {
        let locale = self.locale();
        let today = SystemClock.today();
        let id =
            validate_borrower_id(input, today).map_err(|e| PublicError::localise(&e, locale))?;
        let sex_id = match id.sex() {
            Sex::Male => "identity-sex-male",
            Sex::Female => "identity-sex-female",
        };
        Ok(ResidentIdView {
            masked: id.masked(),
            birth_date: format::date(id.birth_date(), locale),
            age: id.age_on(today),
            sex: Localizer::get(locale).format(sex_id, &[]),
        })
    }

    /// Checks a card for a disbursement: length, Luhn, a known bank, a debit card.
    pub fn check_disbursement_card(&self, input: &str) -> Result<CardView, PublicError> {
        let locale = self.locale();
        let card =
            validate_disbursement_card(input).map_err(|e| PublicError::localise(&e, locale))?;
        let l = Localizer::get(locale);
        Ok(CardView {
            masked: card.masked(),
            bank: card
                .bank()
                .map(|b| b.localised_name(locale))
                .unwrap_or_default(),
            card_type: card
                .card_type()
                .map(|t| t.localised_name(locale))
                .unwrap_or_else(|| l.format("card-type-debit", &[])),
        })
    }

    /// Checks a mainland mobile number.
    pub fn check_mobile(&self, input: &str) -> Result<MobileView, PublicError> {
        let m = MobileNumber::parse(input).map_err(|e| PublicError::localise(&e, self.locale()))?;
        Ok(MobileView { masked: m.masked() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facade::Config;

    fn core(locale: &str) -> (tempfile::TempDir, Puhui) {
        let dir = tempfile::tempdir().unwrap();
        let core = Puhui::open(Config::new(dir.path(), locale)).unwrap();
        (dir, core)
    }

    #[test]
    fn shows_back_masked_numbers_and_localised_labels() {
        let (_d, core) = core("zh-CN");
        let id = core.check_borrower_id("11010519491231002x").unwrap();
        assert_eq!(id.masked, "110***********002X");
        assert_eq!(id.birth_date, "1949年12月31日");
        assert!(id.age >= 76);
        let m = core.check_mobile("+86 138 0013 8000").unwrap();
        assert_eq!(m.masked, "138****8000");
    }

    #[test]
    fn errors_are_localised_and_never_echo_the_number() {
        let (_d, core) = core("en");
        let err = core.check_borrower_id("110105194912310021").unwrap_err();
        assert_eq!(err.code, "ID_CHECK_CHARACTER");
        assert!(!err.message.contains("1101"), "{}", err.message);
        let err = core
            .check_disbursement_card("4111 1111 1111 1111")
            .unwrap_err();
        assert!(!err.message.contains("4111"), "{}", err.message);
    }
}
