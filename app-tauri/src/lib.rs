//! The Puhui desktop shell. Commands are thin: each one calls the core and returns its view
//! model; no rule lives here.

mod commands;
mod startup;

pub use commands::{app_view, check_message, set_locale, set_mode};
pub use startup::{DesktopCore, open_core};

/// Starts the desktop app: opens the core (on the embedded sandbox bank unless `PUHUI_BANK_URL`
/// names a real one) and shows the window.
pub fn run() {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .init();
    let result = tauri::Builder::default()
        .setup(|app| {
            use tauri::Manager;
            let data_dir = startup::data_dir(app.path().app_data_dir().ok());
            let core =
                tauri::async_runtime::block_on(open_core(data_dir, startup::bank_url_from_env()))?;
            app.manage(core);
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app_view_cmd,
            commands::set_mode_cmd,
            commands::set_locale_cmd,
            commands::check_message_cmd
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("Puhui could not start: {e}");
        std::process::exit(1);
    }
}
