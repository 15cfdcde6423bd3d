//! The Puhui desktop app.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    puhui_app_lib::run();
}
