//! Runs the end-to-end suite (`ui/e2e/desktop.e2e.mjs`) against the real desktop binary that
//! cargo builds for this test: the WebKitGTK window on the embedded sandbox bank, driven over
//! WebDriver (tauri-driver + WebKitWebDriver). Needs a display; `scripts/test-all.sh` provides
//! one with Xvfb.

use std::process::Command;

#[test]
fn the_real_window_passes_the_end_to_end_suite() {
    assert!(
        std::env::var_os("DISPLAY").is_some(),
        "no display: run the tests through scripts/test-all.sh, which starts Xvfb"
    );
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../ui/e2e/desktop.e2e.mjs");
    let out = Command::new("node")
        .arg("--test")
        .arg(script)
        .env("PUHUI_APP_BIN", env!("CARGO_BIN_EXE_puhui-app"))
        .output()
        .expect("node is installed by scripts/setup.sh");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "end-to-end suite failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("# fail 0"), "{stdout}");
    println!("{stdout}");
}
