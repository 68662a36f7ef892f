//! What the integration tests over the built-in lexicon share: code a hand-written CoNLL-U
//! fixture with `lexicon/<lang>` and list its events as sorted strings.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use dyad_events::{Coder, CoderConfig, DocContext};
use dyad_lexicon::Lexicon;

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `SOURCE,TARGET,CODE` (and `,modality` when `modality`) of every event of the fixture
/// `crates/events/tests/fixtures/<dir>/<file>`, coded with the built-in `lexicon/<lang>`, sorted.
pub fn code_fixture(lang: &str, dir: &str, file: &str, modality: bool) -> Vec<String> {
    let lex = Lexicon::load_dyad_dir(&root().join("lexicon").join(lang)).unwrap();
    let c = Coder::new(Arc::new(lex), CoderConfig::default());
    let path = root()
        .join("crates/events/tests/fixtures")
        .join(dir)
        .join(file);
    let text = std::fs::read_to_string(path).unwrap();
    let mut out: Vec<String> = dyad_syntax::conllu::read_str(&text, file)
        .unwrap()
        .iter()
        .flat_map(|s| c.code_sentence(s, &DocContext::default()))
        .map(|e| {
            let t = e.target.as_ref().map_or("---".into(), |t| t.code_text());
            let line = format!("{},{},{}", e.source.code_text(), t, e.code);
            match modality {
                true => {
                    let m = serde_json::to_value(e.modality).unwrap();
                    format!("{line},{}", m.as_str().unwrap())
                }
                false => line,
            }
        })
        .collect();
    out.sort();
    out
}
