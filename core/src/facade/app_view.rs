//! The view model every shell renders its frame from: locale, mode and the words of the screens.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Mode, Puhui};
use crate::i18n::{Locale, Localizer};

/// Prefix of the Fluent messages that label screens (`ui-…` in `i18n/*/ui.ftl`).
pub const UI_PREFIX: &str = "ui-";

/// What a shell needs to draw its frame.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AppView {
    /// The negotiated locale tag (`zh-CN`, `zh-TW`, `en`).
    pub locale: String,
    /// `standard` or `elder`.
    pub mode: Mode,
    /// Whether the bank is the embedded sandbox (shown as a banner so nobody mistakes it for
    /// a real bank).
    pub sandbox_bank: bool,
    /// Every `ui-…` message, formatted for the locale: message id → text.
    pub strings: BTreeMap<String, String>,
}

impl Puhui {
    /// The frame of the app in the customer's locale and mode.
    pub fn app_view(&self) -> AppView {
        let locale: Locale = self.locale();
        AppView {
            locale: locale.tag().to_owned(),
            mode: self.mode(),
            sandbox_bank: self.config.bank_url.is_none() || self.config.sandbox_bank,
            strings: Localizer::get(locale).format_all(UI_PREFIX),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facade::Config;

    #[test]
    fn follows_the_customers_locale_and_mode() {
        let dir = tempfile::tempdir().unwrap();
        let core = Puhui::open(Config::new(dir.path(), "en-US")).unwrap();
        let en = core.app_view();
        assert_eq!(en.locale, "en");
        assert!(en.sandbox_bank);
        assert!(en.strings.len() >= 5);
        core.settings().set_locale("zh-Hant").unwrap();
        core.settings().set_mode(Mode::Elder).unwrap();
        let tw = core.app_view();
        assert_eq!(tw.mode, Mode::Elder);
        assert_eq!(
            tw.strings.keys().collect::<Vec<_>>(),
            en.strings.keys().collect::<Vec<_>>()
        );
        assert_eq!(tw.strings["ui-mode-elder"], "長輩版");
        assert_ne!(tw.strings["ui-home-title"], en.strings["ui-home-title"]);
    }
}
