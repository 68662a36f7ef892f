//! Prints the places found in a text file, each resolved without document countries, and the
//! place attached to each sentence's root predicate: a way to look at what the finder does on
//! real text.
//!
//! `cargo run --release -p dyad-geo --example find_places -- en FILE`

use dyad_core::Lang;
use dyad_geo::{Gazetteer, PlaceFinder};
use dyad_syntax::{Analyzer, AnalyzerScratch};
use dyad_text::Segmenter;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(lang), Some(path)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: find_places en|es FILE");
        std::process::exit(2);
    };
    let lang: Lang = lang.parse().expect("en or es");
    let model = format!(
        "{}/../../models/{}/syntax.dyad",
        env!("CARGO_MANIFEST_DIR"),
        lang.code()
    );
    let analyzer =
        Analyzer::from_bytes(&std::fs::read(&model).expect("model file")).expect("model loads");
    let text = std::fs::read_to_string(path).expect("readable UTF-8 file");
    let finder = PlaceFinder::new(lang);
    let g = Gazetteer::builtin();
    let mut scratch = AnalyzerScratch::default();
    for mut s in Segmenter::new(lang).segment(&text) {
        analyzer.annotate(&mut s, &mut scratch);
        let mentions = finder.find(&s);
        if mentions.is_empty() {
            continue;
        }
        println!("# {}", s.text);
        for m in &mentions {
            let name = &text[m.span.start as usize..m.span.end as usize];
            let place = finder.resolve(m, &[]).map(|id| g.get(id));
            if let Some(p) = place {
                println!(
                    "  {name:?} -> {} {} {:?} ({} candidates)",
                    p.name,
                    p.country_code(),
                    p.kind,
                    m.candidates.len()
                );
            }
        }
        if let Some(root) = s.words.iter().position(|w| w.head == Some(0)) {
            if let Some(m) = finder.attach(&s, &mentions, root as u32) {
                let name = &text[m.span.start as usize..m.span.end as usize];
                println!("  event place of {:?}: {name:?}", s.words[root].form);
            }
        }
    }
}
