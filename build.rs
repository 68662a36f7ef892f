//! Embeds the built-in lexicon: every `lexicon/<lang>/*.txt` becomes an `include_str!` entry, so
//! the binary is self-contained and a new lexicon file needs no code change.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let mut out =
        String::from("/// The built-in lexicon files: (language code, file name, text).\n");
    out.push_str("pub static BUILTIN_LEXICON: &[(&str, &str, &str)] = &[\n");
    for lang in ["en", "es"] {
        let dir = root.join("lexicon").join(lang);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
        files.sort();
        for f in files {
            let name = f
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            writeln!(
                out,
                "    ({lang:?}, {name:?}, include_str!({:?})),",
                f.display().to_string()
            )
            .expect("write to String");
        }
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("builtin_lexicon.rs");
    std::fs::write(dest, out).expect("write builtin_lexicon.rs");
}
