//! How a shell opens the core.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::domain::bank_url::is_acceptable_bank_url;
use crate::domain::loan::ComplianceSettings;
use crate::error::UserFacing;
use crate::i18n::{Locale, negotiate};

/// Standard screens, or 长辈版 (elder mode: large text, fewer steps, longer time-outs).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// The standard app.
    #[default]
    Standard,
    /// 长辈版.
    Elder,
}

impl Mode {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Standard => "standard",
            Mode::Elder => "elder",
        }
    }

    /// Parses a stored name.
    pub fn parse(s: &str) -> Option<Mode> {
        match s {
            "standard" => Some(Mode::Standard),
            "elder" => Some(Mode::Elder),
            _ => None,
        }
    }
}

/// What a shell passes to [`crate::Puhui::open`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Config {
    /// Directory for the database and other local files; created if missing.
    pub data_dir: PathBuf,
    /// The bank's API base URL; `None` means the embedded sandbox bank.
    pub bank_url: Option<String>,
    /// The platform's locale tag (`zh-Hant-HK`, `en-US`, …); negotiated to a shipped locale.
    pub locale: String,
    /// The mode to start in until the customer chooses.
    pub mode: Mode,
    /// True when `bank_url` points at a sandbox bank started by the shell (the desktop app
    /// embeds one); the app then says so on every screen.
    #[serde(default)]
    pub sandbox_bank: bool,
    /// Consumer-protection thresholds (24%, 4 × the one-year LPR) and the LPR itself: settings,
    /// because the LPR is republished monthly and a regulator may move the thresholds.
    #[serde(default)]
    pub compliance: ComplianceSettings,
    /// ed25519 public keys (64 hex digits each) whose signatures on anti-fraud rule-pack
    /// updates the app accepts. Empty: updates are refused and the built-in pack stays.
    #[serde(default)]
    pub rule_pack_keys: Vec<String>,
}

/// Why a configuration is refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ConfigError {
    /// The bank URL is not a URL, or is plain HTTP to a host other than this machine.
    #[error("bank URL must be https (http only for loopback)")]
    InsecureBankUrl,
    /// No data directory given.
    #[error("data directory missing")]
    NoDataDir,
}

impl UserFacing for ConfigError {
    fn code(&self) -> &'static str {
        match self {
            ConfigError::InsecureBankUrl => "CONFIG_INSECURE_BANK_URL",
            ConfigError::NoDataDir => "CONFIG_NO_DATA_DIR",
        }
    }
    fn message_id(&self) -> &'static str {
        match self {
            ConfigError::InsecureBankUrl => "error-config-insecure-bank-url",
            ConfigError::NoDataDir => "error-config-no-data-dir",
        }
    }
}

impl Config {
    /// A configuration for the embedded sandbox bank in the standard mode.
    pub fn new(data_dir: impl Into<PathBuf>, locale: &str) -> Config {
        Config {
            data_dir: data_dir.into(),
            bank_url: None,
            locale: locale.to_owned(),
            mode: Mode::Standard,
            sandbox_bank: false,
            compliance: ComplianceSettings::default(),
            rule_pack_keys: Vec::new(),
        }
    }

    /// The negotiated locale.
    pub fn locale(&self) -> Locale {
        negotiate(&self.locale)
    }

    /// Checks the configuration before anything is opened.
    pub fn validate(&self) -> Result<(), ConfigError> {
        if self.data_dir.as_os_str().is_empty() {
            return Err(ConfigError::NoDataDir);
        }
        match &self.bank_url {
            Some(url) if !is_acceptable_bank_url(url) => Err(ConfigError::InsecureBankUrl),
            _ => Ok(()),
        }
    }

    /// A name that keeps this installation's secrets apart from any other's on the machine.
    pub fn secret_namespace(&self) -> String {
        // FNV-1a of the data directory: short, stable across runs, and no path in the keyring.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in self.data_dir.to_string_lossy().bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        format!("profile-{h:016x}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn namespaces_differ_per_data_dir() {
        let a = Config::new("/tmp/a", "en").secret_namespace();
        let b = Config::new("/tmp/b", "en").secret_namespace();
        assert_ne!(a, b);
        assert_eq!(a, Config::new("/tmp/a", "zh").secret_namespace());
    }
}
