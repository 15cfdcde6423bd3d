//! UniFFI bindings of the Puhui core for Kotlin, Swift and Python. Only conversions live here:
//! every rule is in `puhui-core`, so that Android, iOS and the desktop apply the same one.
//! Every fallible call returns [`PuhuiError`]; nothing panics across the boundary.

use std::collections::HashMap;
use std::sync::Arc;

use puhui_core::facade::{AppView, Mode};
use puhui_core::{Config, PublicError, Puhui};

uniffi::setup_scaffolding!();

/// The one error type of the bindings: a stable code, the customer's words, and whether a retry
/// may help. Never personal data.
#[derive(Debug, thiserror::Error, uniffi::Error)]
pub enum PuhuiError {
    /// The operation failed; show `message` to the customer.
    #[error("{code}: {message}")]
    Failed {
        /// Stable machine code.
        code: String,
        /// Localised message.
        message: String,
        /// Whether trying again may help.
        retryable: bool,
    },
}

impl From<PublicError> for PuhuiError {
    fn from(e: PublicError) -> Self {
        PuhuiError::Failed {
            code: e.code,
            message: e.message,
            retryable: e.retryable,
        }
    }
}

/// How a phone app opens the core.
#[derive(Debug, Clone, uniffi::Record)]
pub struct CoreConfig {
    /// The app's private data directory.
    pub data_dir: String,
    /// The bank's HTTPS base URL.
    pub bank_url: Option<String>,
    /// The platform's locale tag.
    pub locale: String,
    /// Start in 长辈版 until the customer chooses.
    pub elder_mode: bool,
}

/// The frame of the app: locale, mode and the words of the screens.
#[derive(Debug, Clone, uniffi::Record)]
pub struct AppFrame {
    /// `zh-CN`, `zh-TW` or `en`.
    pub locale: String,
    /// True in 长辈版.
    pub elder_mode: bool,
    /// True when talking to a sandbox bank.
    pub sandbox_bank: bool,
    /// Message id → text for every `ui-…` message.
    pub strings: HashMap<String, String>,
}

impl From<AppView> for AppFrame {
    fn from(v: AppView) -> Self {
        AppFrame {
            locale: v.locale,
            elder_mode: v.mode == Mode::Elder,
            sandbox_bank: v.sandbox_bank,
            strings: v.strings.into_iter().collect(),
        }
    }
}

/// An open Puhui core.
#[derive(Debug, uniffi::Object)]
pub struct PuhuiCore {
    inner: Puhui,
}

#[uniffi::export]
impl PuhuiCore {
    /// Opens the core in the given data directory.
    #[uniffi::constructor]
    pub fn open(config: CoreConfig) -> Result<Arc<Self>, PuhuiError> {
        let mut c = Config::new(config.data_dir, &config.locale);
        c.bank_url = config.bank_url;
        c.mode = if config.elder_mode {
            Mode::Elder
        } else {
            Mode::Standard
        };
        Ok(Arc::new(PuhuiCore {
            inner: Puhui::open(c)?,
        }))
    }

    /// The frame of the app in the customer's locale and mode.
    pub fn app_frame(&self) -> AppFrame {
        self.inner.app_view().into()
    }

    /// Switches 长辈版 on or off; the choice survives restarts.
    pub fn set_elder_mode(&self, on: bool) -> Result<AppFrame, PuhuiError> {
        self.inner
            .settings()
            .set_mode(if on { Mode::Elder } else { Mode::Standard })?;
        Ok(self.app_frame())
    }

    /// Changes the language (any tag; negotiated to a shipped locale).
    pub fn set_locale(&self, tag: String) -> Result<AppFrame, PuhuiError> {
        self.inner.settings().set_locale(&tag)?;
        Ok(self.app_frame())
    }
}

/// Maps any platform locale tag to the shipped locale Puhui will speak (`zh-CN`, `zh-TW`, `en`).
#[uniffi::export]
pub fn negotiate_locale(tag: String) -> String {
    puhui_core::i18n::negotiate(&tag).tag().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_like_the_core() {
        assert_eq!(negotiate_locale("zh-Hant-HK".into()), "zh-TW");
        assert_eq!(negotiate_locale("de".into()), "en");
    }

    #[test]
    fn opens_switches_and_reports_errors_as_values() {
        let dir = tempfile::tempdir().unwrap();
        let config = CoreConfig {
            data_dir: dir.path().to_string_lossy().into_owned(),
            bank_url: None,
            locale: "zh-CN".into(),
            elder_mode: true,
        };
        let core = PuhuiCore::open(config.clone()).unwrap();
        assert!(core.app_frame().elder_mode);
        let frame = core.set_elder_mode(false).unwrap();
        assert!(!frame.elder_mode);
        assert_eq!(frame.strings["ui-mode-elder"], "长辈版");
        let bad = PuhuiCore::open(CoreConfig {
            bank_url: Some("http://evil.example".into()),
            ..config
        });
        match bad {
            Err(PuhuiError::Failed {
                code, retryable, ..
            }) => {
                assert_eq!(code, "CONFIG_INSECURE_BANK_URL");
                assert!(!retryable);
            }
            Ok(_) => panic!("an insecure bank URL was accepted"),
        }
    }
}
