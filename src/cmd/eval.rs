//! `dyad eval syntax`: scores on gold tokens and from raw text.

use std::process::ExitCode;

use dyad_syntax::eval::{gold_raw_text, score_segmentation, score_words};
use dyad_syntax::{conllu, AnalyzerScratch};
use dyad_text::Segmenter;

use crate::args::EvalSyntaxArgs;
use crate::{input, models};

pub fn run(a: EvalSyntaxArgs) -> anyhow::Result<ExitCode> {
    let inp = input::read(&a.gold)?;
    let gold = conllu::read_str(&inp.text, &inp.name)?;
    let sample = gold
        .iter()
        .take(50)
        .map(|s| s.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let lang = super::resolve_lang(a.lang, &sample, &inp.name);
    let analyzer = models::analyzer(lang, a.models.models.as_deref())?;

    // Gold tokens: keep forms, forget every annotation, predict afresh.
    let mut scratch = AnalyzerScratch::default();
    let mut pred = gold.clone();
    for s in &mut pred {
        for w in &mut s.words {
            w.upos = None;
            w.lemma = None;
            w.feats = Default::default();
            w.head = None;
            w.deprel = None;
        }
        analyzer.annotate(s, &mut scratch);
    }
    let (words, skipped) = score_words(&gold, &pred);

    // Raw text: the gold sentences joined, segmented and tokenized by dyad.
    let (raw, gold_shifted) = gold_raw_text(&gold);
    let segmented = Segmenter::new(lang).segment(&raw);
    let seg = score_segmentation(&gold_shifted, &raw, &segmented, &raw);

    if a.json {
        let j = serde_json::json!({"file": inp.name, "lang": lang.code(), "gold_tokens": words, "raw_text": seg, "skipped_sentences": skipped});
        println!("{}", serde_json::to_string_pretty(&j)?);
    } else {
        println!(
            "{} ({}, {} sentences, {} words)",
            inp.name,
            lang,
            gold.len(),
            words.words
        );
        println!(
            "gold tokens   UPOS {:6.2}  UFeats {:6.2}  Lemma {:6.2}  UAS {:6.2}  LAS {:6.2}",
            words.upos, words.ufeats, words.lemma, words.uas, words.las
        );
        println!(
            "{:<56}UAS {:6.2}  LAS {:6.2}  ({} words)",
            "  without punctuation", words.uas_no_punct, words.las_no_punct, words.words_no_punct
        );
        println!("raw text      Sentences F1 {:6.2} (P {:.2} R {:.2})  Tokens F1 {:6.2} (P {:.2} R {:.2})", seg.sentences.f1, seg.sentences.precision, seg.sentences.recall, seg.tokens.f1, seg.tokens.precision, seg.tokens.recall);
        if skipped > 0 {
            println!("skipped {skipped} sentence(s) whose words could not be aligned");
        }
    }
    Ok(ExitCode::SUCCESS)
}
