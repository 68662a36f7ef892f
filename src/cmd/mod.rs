//! One module per subcommand, each about a screen of glue.

pub mod bench;
pub mod code;
pub mod eval;
pub mod eval_events;
pub mod export;
pub mod lexicon;
pub mod parse;
pub mod query;
pub mod serve;
pub mod train;

use dyad_core::Lang;

use crate::args::LangArg;

/// The language to use: the one asked for, or the one detected in `sample`.
///
/// Detection failing (no letters, say) falls back to English with a warning rather than refusing,
/// since the output is still well-formed and the user can rerun with `--lang`.
pub fn resolve_lang(arg: LangArg, sample: &str, what: &str) -> Lang {
    match arg {
        LangArg::En => Lang::En,
        LangArg::Es => Lang::Es,
        LangArg::Auto => {
            let head: String = sample.chars().take(20_000).collect();
            match dyad_text::detect_language(&head) {
                Some((lang, _)) => lang,
                None => {
                    if !sample.trim().is_empty() {
                        eprintln!(
                            "dyad: warning: {what}: language not detected, using en (set --lang)"
                        );
                    }
                    Lang::En
                }
            }
        }
    }
}
