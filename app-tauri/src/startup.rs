//! Opening the core for the desktop: where the data lives and which bank to talk to.

use std::path::PathBuf;

use puhui_core::{Config, Puhui};
use puhui_sandbox::{SandboxConfig, SandboxHandle};

/// The core plus the embedded sandbox bank it may be talking to (kept alive with it).
pub struct DesktopCore {
    /// The open core.
    pub core: Puhui,
    /// The embedded sandbox, when no real bank is configured.
    pub sandbox: Option<SandboxHandle>,
}

/// `PUHUI_BANK_URL`, when set and not empty: the bank to use instead of the embedded sandbox.
pub fn bank_url_from_env() -> Option<String> {
    std::env::var("PUHUI_BANK_URL")
        .ok()
        .filter(|s| !s.trim().is_empty())
}

/// `PUHUI_RULE_PACK_KEYS`: comma-separated ed25519 public keys (hex) of the bank's anti-fraud
/// rule-pack signer. Only used with a real bank; the embedded sandbox's key is built in.
pub fn rule_pack_keys_from_env() -> Vec<String> {
    std::env::var("PUHUI_RULE_PACK_KEYS")
        .unwrap_or_default()
        .split(',')
        .map(|k| k.trim().to_owned())
        .filter(|k| !k.is_empty())
        .collect()
}

/// `PUHUI_DATA_DIR` if set, else the platform's app-data directory, else `./puhui-data`.
pub fn data_dir(platform_dir: Option<PathBuf>) -> PathBuf {
    std::env::var_os("PUHUI_DATA_DIR")
        .map(PathBuf::from)
        .or(platform_dir)
        .unwrap_or_else(|| PathBuf::from("puhui-data"))
}

/// Opens the core in `data_dir`. Without a bank URL it starts the sandbox bank in-process on
/// a free loopback port, with its database beside the app's.
pub async fn open_core(
    data_dir: PathBuf,
    bank_url: Option<String>,
) -> Result<DesktopCore, Box<dyn std::error::Error>> {
    let locale = sys_locale::get_locale().unwrap_or_else(|| "zh-CN".to_owned());
    let mut config = Config::new(&data_dir, &locale);
    let sandbox = match bank_url {
        Some(url) => {
            config.bank_url = Some(url);
            config.rule_pack_keys = rule_pack_keys_from_env();
            None
        }
        None => {
            std::fs::create_dir_all(&data_dir)?;
            let handle = puhui_sandbox::start(SandboxConfig {
                db: Some(data_dir.join("sandbox-bank.sqlite3")),
                ..SandboxConfig::default()
            })
            .await?;
            tracing::info!(url = handle.url(), "embedded sandbox bank started");
            config.bank_url = Some(handle.url().to_owned());
            config.sandbox_bank = true;
            // The sandbox signs its rule packs with a published development key.
            config.rule_pack_keys = vec![puhui_sandbox::DEV_PUBLIC_KEY_HEX.to_owned()];
            Some(handle)
        }
    };
    let core = Puhui::open(config)?;
    Ok(DesktopCore { core, sandbox })
}
