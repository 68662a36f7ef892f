//! The lexicons `dyad code` codes with: the built-in one (embedded at build time from
//! `lexicon/<lang>/`), the user's own dyad-format files, or PETRARCH dictionaries.

use std::path::{Path, PathBuf};

use anyhow::Context;
use dyad_core::Lang;
use dyad_lexicon::dyad::{load_dir, DyadLexicon};
use dyad_lexicon::{Lexicon, LexiconBuilder};

include!(concat!(env!("OUT_DIR"), "/builtin_lexicon.rs"));

/// The built-in lexicon of `lang`.
pub fn builtin(lang: Lang) -> anyhow::Result<DyadLexicon> {
    let mut d = DyadLexicon::default();
    for (l, name, text) in BUILTIN_LEXICON.iter().filter(|(l, _, _)| *l == lang.code()) {
        let path = PathBuf::from(format!("lexicon/{l}/{name}"));
        d.add_text(text, &path)
            .with_context(|| format!("built-in lexicon {}", path.display()))?;
    }
    d.validate().context("built-in lexicon")?;
    Ok(d)
}

/// The user's lexicon directories (each either holding `<lang>/` folders or the files
/// themselves), then the built-in lexicon: on an entry defined twice the user's wins.
pub fn for_language(lang: Lang, user_dirs: &[PathBuf]) -> anyhow::Result<Lexicon> {
    let mut b = LexiconBuilder::new();
    for dir in user_dirs {
        let per_lang = dir.join(lang.code());
        let d: &Path = if per_lang.is_dir() { &per_lang } else { dir };
        let user = load_dir(d).with_context(|| format!("lexicon {}", d.display()))?;
        b = b.dyad(&user);
    }
    Ok(b.dyad(&builtin(lang)?).build())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_load_from_the_binary() {
        for lang in Lang::ALL {
            let d = builtin(lang).unwrap();
            assert!(!d.actors.is_empty(), "{lang}: no actors embedded");
        }
    }
}
