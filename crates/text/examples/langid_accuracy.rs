//! Language identification accuracy per sentence on CoNLL-U files whose language is known:
//! every `# text` line is one short text, as a headline or a one-sentence document is.
//!
//! `cargo run --release -p dyad-text --example langid_accuracy -- en FILE... -- es FILE...`
//! prints, per language, how many sentences were identified right, wrong and not at all, and
//! the first wrong ones (a sentence of another language quoted inside is counted as wrong).

use std::io::BufRead;

use dyad_core::Lang;

fn main() {
    let mut lang: Option<Lang> = None;
    let mut shown = 0;
    let mut totals: Vec<(Lang, [usize; 3])> = Vec::new();
    for arg in std::env::args().skip(1) {
        if let Ok(l) = arg.parse::<Lang>() {
            lang = Some(l);
            totals.push((l, [0; 3]));
            continue;
        }
        let Some(want) = lang else {
            eprintln!("name the language before its files: en FILE... es FILE...");
            std::process::exit(2);
        };
        let file = std::fs::File::open(&arg).unwrap_or_else(|e| panic!("{arg}: {e}"));
        for line in std::io::BufReader::new(file).lines() {
            let line = line.unwrap_or_else(|e| panic!("{arg}: {e}"));
            let Some(text) = line.strip_prefix("# text = ") else {
                continue;
            };
            let counts = &mut totals.last_mut().expect("a language was named").1;
            match dyad_text::detect_language(text) {
                Some((got, _)) if got == want => counts[0] += 1,
                Some(_) => {
                    counts[1] += 1;
                    if shown < 40 {
                        shown += 1;
                        println!("wrong ({want}): {text}");
                    }
                }
                None => counts[2] += 1,
            }
        }
    }
    for (l, [right, wrong, none]) in totals {
        let n = (right + wrong + none).max(1);
        println!(
            "{l}: {right} right, {wrong} wrong, {none} undecided of {n} ({:.2}% right)",
            100.0 * right as f64 / n as f64
        );
    }
}
