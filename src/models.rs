//! The models the binary ships with, and loading overrides from a directory.
//!
//! Models are embedded with `include_bytes!` so `dyad` is one self-contained file; `--models DIR`
//! replaces them with `DIR/<lang>/syntax.dyad` (for a freshly trained model, say).

use std::path::Path;

use anyhow::Context;
use dyad_core::Lang;
use dyad_syntax::Analyzer;

fn embedded(lang: Lang) -> &'static [u8] {
    match lang {
        Lang::En => include_bytes!("../models/en/syntax.dyad"),
        Lang::Es => include_bytes!("../models/es/syntax.dyad"),
    }
}

/// Loads the analyzer for `lang`, from `dir` when given, else the built-in model.
pub fn analyzer(lang: Lang, dir: Option<&Path>) -> anyhow::Result<Analyzer> {
    match dir {
        Some(d) => {
            let p = d.join(lang.code()).join("syntax.dyad");
            let bytes =
                std::fs::read(&p).with_context(|| format!("reading model {}", p.display()))?;
            Analyzer::from_bytes(&bytes).with_context(|| format!("loading model {}", p.display()))
        }
        None => Analyzer::from_bytes(embedded(lang))
            .with_context(|| format!("loading the built-in {lang} model")),
    }
}
