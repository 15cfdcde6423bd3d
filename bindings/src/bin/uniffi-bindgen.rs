//! Generates the Kotlin, Swift and Python sources from the built library:
//! `cargo run -p puhui-ffi --bin uniffi-bindgen -- generate --library target/debug/libpuhui_ffi.so --language kotlin --out-dir out`.

fn main() {
    uniffi::uniffi_bindgen_main()
}
