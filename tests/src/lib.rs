//! Scenario tests live in `tests/`; this library holds their shared helpers.

/// A fresh temporary data directory for one scenario.
pub fn temp_data_dir() -> std::io::Result<tempfile::TempDir> {
    tempfile::tempdir()
}
