//! The IPC commands the web UI may call (each listed in `build.rs` and allowed in
//! `capabilities/default.json`). Every error crossing IPC is a `PublicError`: a stable code and
//! a localised message, never a panic.

use puhui_core::facade::{AppView, Mode};
use puhui_core::{PublicError, Puhui};

use crate::startup::DesktopCore;

/// The frame of the app: locale, mode and the words of the screens.
pub fn app_view(core: &Puhui) -> AppView {
    core.app_view()
}

/// Switches between the standard app and 长辈版, and returns the new frame.
pub fn set_mode(core: &Puhui, mode: Mode) -> Result<AppView, PublicError> {
    core.settings().set_mode(mode)?;
    Ok(core.app_view())
}

/// Changes the language (any BCP 47 tag; negotiated), and returns the new frame.
pub fn set_locale(core: &Puhui, tag: &str) -> Result<AppView, PublicError> {
    core.settings().set_locale(tag)?;
    Ok(core.app_view())
}

#[tauri::command(rename_all = "snake_case")]
pub(crate) fn app_view_cmd(state: tauri::State<'_, DesktopCore>) -> AppView {
    app_view(&state.core)
}

#[tauri::command(rename_all = "snake_case")]
pub(crate) fn set_mode_cmd(
    state: tauri::State<'_, DesktopCore>,
    mode: Mode,
) -> Result<AppView, PublicError> {
    set_mode(&state.core, mode)
}

#[tauri::command(rename_all = "snake_case")]
pub(crate) fn set_locale_cmd(
    state: tauri::State<'_, DesktopCore>,
    tag: String,
) -> Result<AppView, PublicError> {
    set_locale(&state.core, &tag)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::startup::open_core;

    #[tokio::test]
    async fn starts_on_the_embedded_sandbox_and_switches_mode_and_language() {
        let dir = tempfile::tempdir().unwrap();
        let desktop = open_core(dir.path().to_path_buf(), None).await.unwrap();
        let url = desktop.sandbox.as_ref().unwrap().url().to_owned();
        assert!(url.starts_with("http://127.0.0.1:"), "{url}");
        assert_eq!(
            desktop.core.config().bank_url.as_deref(),
            Some(url.as_str())
        );
        let view = app_view(&desktop.core);
        assert!(view.sandbox_bank);
        let elder = set_mode(&desktop.core, Mode::Elder).unwrap();
        assert_eq!(elder.mode, Mode::Elder);
        let tw = set_locale(&desktop.core, "zh-HK").unwrap();
        assert_eq!(tw.locale, "zh-TW");
        assert_eq!(tw.strings["ui-mode-elder"], "長輩版");
    }

    #[tokio::test]
    async fn a_real_bank_url_must_be_https() {
        let dir = tempfile::tempdir().unwrap();
        let err = open_core(
            dir.path().to_path_buf(),
            Some("http://bank.example.cn".into()),
        )
        .await
        .err()
        .unwrap();
        assert!(
            err.to_string().contains("CONFIG_INSECURE_BANK_URL"),
            "{err}"
        );
    }
}
