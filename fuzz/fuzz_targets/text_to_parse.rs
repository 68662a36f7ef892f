//! Any bytes → text → sentences → tokens → tags → tree, in both languages, must never panic and
//! must always give well-formed output (spans inside the text, one root, heads in range, no
//! cycle: every word reaches the root).
#![no_main]

use std::sync::OnceLock;

use dyad_core::Lang;
use dyad_syntax::{Analyzer, AnalyzerScratch};
use dyad_text::Segmenter;
use libfuzzer_sys::fuzz_target;

struct Stages {
    seg: [Segmenter; 2],
    analyzers: [Analyzer; 2],
}

fn stages() -> &'static Stages {
    static S: OnceLock<Stages> = OnceLock::new();
    S.get_or_init(|| Stages {
        seg: [Segmenter::new(Lang::En), Segmenter::new(Lang::Es)],
        analyzers: [
            Analyzer::from_bytes(include_bytes!("../../models/en/syntax.dyad")).expect("en model"),
            Analyzer::from_bytes(include_bytes!("../../models/es/syntax.dyad")).expect("es model"),
        ],
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let li = (first & 1) as usize;
    let text = String::from_utf8_lossy(rest);
    let _ = dyad_text::detect_language(&text);
    let st = stages();
    let mut scratch = AnalyzerScratch::default();
    for mut s in st.seg[li].segment(&text) {
        assert!(s.span.end as usize <= text.len());
        for w in &s.words {
            assert!(
                text.get(w.span.range()).is_some(),
                "word span off a char boundary"
            );
        }
        st.analyzers[li].annotate(&mut s, &mut scratch);
        let n = s.words.len() as u32;
        let roots = s.words.iter().filter(|w| w.head == Some(0)).count();
        assert!(n == 0 || roots == 1, "one root");
        assert!(s
            .words
            .iter()
            .all(|w| w.head.is_some_and(|h| h <= n) && w.deprel.is_some()));
        for k in 0..s.words.len() {
            let mut h = k;
            let mut steps = 0;
            while let Some(x) = s.words[h].head.filter(|x| *x > 0) {
                h = x as usize - 1;
                steps += 1;
                assert!(steps <= s.words.len(), "word {k} never reaches the root");
            }
        }
    }
});
