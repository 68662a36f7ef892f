//! Prints the temporal expressions dyad finds in a text file, one a line, with the dateline:
//! `cargo run --release -p dyad-time --example timex -- en 2021-06-09 FILE`.
//!
//! For eyeballing real text (false positives, misses) beside the scored test sets.

use dyad_core::{Date, Lang};
use dyad_syntax::{Analyzer, AnalyzerScratch};
use dyad_text::Segmenter;
use dyad_time::TimeTagger;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [lang, date, path] = args.as_slice() else {
        eprintln!("usage: timex en|es YYYY-MM-DD FILE");
        std::process::exit(2);
    };
    let lang: Lang = lang.parse().expect("language en or es");
    let anchor: Date = date.parse().expect("date YYYY-MM-DD");
    let text = std::fs::read_to_string(path).expect("readable UTF-8 file");
    let model = format!(
        "{}/../../models/{}/syntax.dyad",
        env!("CARGO_MANIFEST_DIR"),
        lang.code()
    );
    let an = Analyzer::from_bytes(&std::fs::read(&model).expect("model file")).expect("model");
    let tagger = TimeTagger::new(lang);
    let mut scratch = AnalyzerScratch::default();
    for para in text.lines() {
        if let Some(d) = tagger.parse_dateline(para, Some(anchor)) {
            println!(
                "DATELINE {:?} {:?} {:?}",
                d.place,
                d.agency,
                d.date.map(|v| v.to_string())
            );
        }
    }
    for mut s in Segmenter::new(lang).segment(&text) {
        an.annotate(&mut s, &mut scratch);
        for e in tagger.find(&s, anchor) {
            println!(
                "{}\t{}\t{:?}\t{}",
                e.value,
                e.value.precision,
                &text[e.span.range()],
                s.text.replace('\n', " ")
            );
        }
    }
}
