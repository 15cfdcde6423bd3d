//! Embeds every Fluent file under `../i18n/<locale>/` so that adding a file needs no code change.

use std::{env, fs, path::Path};

const LOCALES: [(&str, &str); 3] = [("ZH_CN", "zh-CN"), ("ZH_TW", "zh-TW"), ("EN", "en")];

fn main() {
    // Read at run time, not baked in with env!: a build script binary may be reused for a
    // second checkout of the same crate (a git worktree sharing the target directory).
    let manifest = env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let root = Path::new(&manifest).join("../i18n");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut out = String::new();
    for (konst, dir) in LOCALES {
        let dir = root.join(dir);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<_> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        out.push_str(&format!("pub(crate) const {konst}: &[(&str, &str)] = &[\n"));
        for f in files {
            println!("cargo:rerun-if-changed={}", f.display());
            let name = f
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_owned();
            let abs = fs::canonicalize(&f).unwrap_or(f);
            out.push_str(&format!(
                "    ({name:?}, include_str!({:?})),\n",
                abs.display().to_string()
            ));
        }
        out.push_str("];\n");
    }
    let dest =
        Path::new(&env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join("ftl_sources.rs");
    fs::write(dest, out).unwrap_or_else(|e| panic!("cannot write ftl_sources.rs: {e}"));
}
