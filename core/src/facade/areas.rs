//! The areas of the facade. Each borrows the open core and is cheap to create.

use super::{Mode, Puhui};
use crate::error::PublicError;
use crate::i18n::{Locale, negotiate};

const LOCALE_KEY: &str = "locale";
const MODE_KEY: &str = "mode";

/// The customer's preferences.
pub struct Settings<'a> {
    core: &'a Puhui,
}

impl<'a> Settings<'a> {
    pub(super) fn new(core: &'a Puhui) -> Self {
        Settings { core }
    }

    /// The saved locale, else the platform's.
    pub fn locale(&self) -> Locale {
        match self.core.store.setting(LOCALE_KEY) {
            Ok(Some(tag)) => negotiate(&tag),
            _ => self.core.config.locale(),
        }
    }

    /// Saves the customer's choice of language; any tag is negotiated to a shipped locale.
    pub fn set_locale(&self, tag: &str) -> Result<Locale, PublicError> {
        let locale = negotiate(tag);
        self.core
            .store
            .set_setting(LOCALE_KEY, locale.tag())
            .map_err(|e| PublicError::localise(&e, self.locale()))?;
        Ok(locale)
    }

    /// The saved mode, else the configured one.
    pub fn mode(&self) -> Mode {
        match self.core.store.setting(MODE_KEY) {
            Ok(Some(m)) => Mode::parse(&m).unwrap_or(self.core.config.mode),
            _ => self.core.config.mode,
        }
    }

    /// Switches between the standard app and 长辈版; the choice survives restarts.
    pub fn set_mode(&self, mode: Mode) -> Result<(), PublicError> {
        self.core
            .store
            .set_setting(MODE_KEY, mode.as_str())
            .map_err(|e| PublicError::localise(&e, self.locale()))
    }
}

/// 贷后: schedules, repayments, debit-day changes, appointments, relief and complaints.
pub struct PostLoan<'a> {
    core: &'a Puhui,
}

impl<'a> PostLoan<'a> {
    pub(super) fn new(core: &'a Puhui) -> Self {
        PostLoan { core }
    }

    /// The locale this area answers in.
    pub fn locale(&self) -> Locale {
        self.core.locale()
    }
}
