//! `dyad parse`: text or CoNLL-U in, CoNLL-U with dyad's analysis out.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;
use dyad_syntax::{conllu, AnalyzerScratch};
use dyad_text::Segmenter;

use crate::args::{InputFormat, ParseArgs};
use crate::{input, models};

pub fn run(a: ParseArgs) -> anyhow::Result<ExitCode> {
    let inp = input::read(&a.input)?;
    let mut sentences = match a.input_format {
        InputFormat::Conllu => conllu::read_str(&inp.text, &inp.name)?,
        InputFormat::Text => Vec::new(),
    };
    let sample = match a.input_format {
        InputFormat::Conllu => sentences
            .iter()
            .take(50)
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        InputFormat::Text => inp.text.clone(),
    };
    let lang = super::resolve_lang(a.lang, &sample, &inp.name);
    if a.input_format == InputFormat::Text {
        sentences = Segmenter::new(lang).segment(&inp.text);
    }
    let analyzer = models::analyzer(lang, a.models.models.as_deref())?;
    let names = match a.names {
        true => Some(dyad_lexicon::Lexicon::from_dyad(&crate::lexicon::builtin(
            lang,
        )?)),
        false => None,
    };
    let mut name_scratch = dyad_pipeline::NameScratch::default();
    let mut scratch = AnalyzerScratch::default();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut buf = String::new();
    let stem = doc_stem(&inp.name);
    for (i, s) in sentences.iter_mut().enumerate() {
        match &names {
            Some(lex) => {
                dyad_pipeline::flag_names(lex, s, &mut name_scratch);
                analyzer.annotate_with_hints(
                    s,
                    &mut scratch,
                    &name_scratch.flags,
                    &name_scratch.adjectives,
                );
            }
            None => analyzer.annotate(s, &mut scratch),
        }
        buf.clear();
        conllu::write_sentence(&mut buf, s, &format!("{stem}-{}", i + 1));
        out.write_all(buf.as_bytes()).context("writing CoNLL-U")?;
    }
    out.flush().context("writing CoNLL-U")?;
    Ok(ExitCode::SUCCESS)
}

/// A sentence-id prefix from the input name: the file stem, or `stdin`.
fn doc_stem(name: &str) -> String {
    std::path::Path::new(name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "doc".into())
}
