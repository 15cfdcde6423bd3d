//! Tauri's build step, with an explicit list of app commands so that the capability file can
//! allow exactly these and nothing else.

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(&[
        "app_view_cmd",
        "set_mode_cmd",
        "set_locale_cmd",
        "check_message_cmd",
    ]);
    if let Err(e) = tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)) {
        eprintln!("tauri build step failed: {e:#}");
        std::process::exit(1);
    }
}
