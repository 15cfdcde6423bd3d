//! Generates the Python bindings from the built library with uniffi-bindgen and drives the core
//! from a real Python interpreter: the same path a Kotlin or Swift app takes, through the C ABI.
#![cfg(target_os = "linux")]

use std::path::Path;
use std::process::Command;

const SCRIPT: &str = r#"
import tempfile, puhui_ffi as p
d = tempfile.mkdtemp()
core = p.PuhuiCore.open(p.CoreConfig(data_dir=d, bank_url=None, locale="zh-HK", elder_mode=False))
frame = core.app_frame()
assert frame.locale == "zh-TW", frame.locale
assert not frame.elder_mode
frame = core.set_elder_mode(True)
assert frame.elder_mode and frame.strings["ui-mode-elder"] == "長輩版"
assert p.negotiate_locale("zh-SG") == "zh-CN"
try:
    p.PuhuiCore.open(p.CoreConfig(data_dir=d, bank_url="http://bank.example", locale="en", elder_mode=False))
    raise SystemExit("an insecure bank URL was accepted")
except p.PuhuiError.Failed as e:
    assert e.code == "CONFIG_INSECURE_BANK_URL", e.code
    assert "HTTPS" in e.message, e.message
print("python bindings ok")
"#;

#[test]
fn python_opens_the_core_switches_mode_and_gets_typed_errors() {
    let bindgen = Path::new(env!("CARGO_BIN_EXE_uniffi-bindgen"));
    // Cargo leaves the cdylib built for the tests in `deps/` and copies it up only on `build`.
    let lib = [
        bindgen.with_file_name("deps").join("libpuhui_ffi.so"),
        bindgen.with_file_name("libpuhui_ffi.so"),
    ]
    .into_iter()
    .find(|p| p.exists())
    .expect("libpuhui_ffi.so is built with the tests");
    let out = tempfile::tempdir().unwrap();
    let generated = Command::new(bindgen)
        .args(["generate", "--library"])
        .arg(&lib)
        .args(["--language", "python", "--out-dir"])
        .arg(out.path())
        .output()
        .unwrap();
    assert!(
        generated.status.success(),
        "uniffi-bindgen failed: {}",
        String::from_utf8_lossy(&generated.stderr)
    );
    std::fs::copy(&lib, out.path().join("libpuhui_ffi.so")).unwrap();
    let run = Command::new("python3")
        .arg("-c")
        .arg(SCRIPT)
        .env("PYTHONPATH", out.path())
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "python failed:\n{}\n{}",
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(String::from_utf8_lossy(&run.stdout).contains("python bindings ok"));
}
