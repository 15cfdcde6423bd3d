//! The IPC commands the web UI may call (each listed in `build.rs` and allowed in
//! `capabilities/default.json`). Every error crossing IPC is a `PublicError`: a stable code and
//! a localised message, never a panic.

use puhui_core::domain::anti_fraud::CheckView;
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

/// Checks a pasted message for scam patterns (反诈): verdict, the phrases that raised the
/// alarm, plain advice and the 96110 call, in the customer's language.
pub fn check_message(
    core: &Puhui,
    text: &str,
    sender: Option<&str>,
) -> Result<CheckView, PublicError> {
    core.anti_fraud().check_message(text, sender, &[])
}

#[tauri::command(rename_all = "snake_case")]
pub(crate) fn check_message_cmd(
    state: tauri::State<'_, DesktopCore>,
    text: String,
    sender: Option<String>,
) -> Result<CheckView, PublicError> {
    check_message(&state.core, &text, sender.as_deref())
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
    async fn checks_a_pasted_message_in_the_customers_language() {
        let dir = tempfile::tempdir().unwrap();
        let desktop = open_core(dir.path().to_path_buf(), None).await.unwrap();
        let text = "【贷款中心】您的贷款已审批通过，因银行卡号填写错误资金被冻结，请先缴纳解冻费2000元到指定账户";
        let view = check_message(&desktop.core, text, Some("+85298765432")).unwrap();
        assert_eq!(view.verdict, puhui_core::domain::anti_fraud::Verdict::Scam);
        assert!(view.call.uri.ends_with("96110"), "{}", view.call.uri);
        assert!(!view.findings.is_empty());
        let safe = check_message(
            &desktop.core,
            "您的快递已到小区驿站，请凭取件码 8-2-1034 取件。",
            None,
        )
        .unwrap();
        assert_eq!(safe.verdict, puhui_core::domain::anti_fraud::Verdict::Safe);
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
