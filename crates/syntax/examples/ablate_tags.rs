//! Which predicted layer costs the parser most? Parses a gold file with every mix of gold and
//! predicted UPOS / FEATS / lemma and prints UAS/LAS for each.
//!
//! `ablate_tags MODEL.dyad GOLD.conllu`

use dyad_syntax::eval::score_words;
use dyad_syntax::{conllu, Analyzer, ParserScratch, TaggerScratch};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let model = Analyzer::from_bytes(&std::fs::read(&args[1])?)?;
    let gold = conllu::read_str(&std::fs::read_to_string(&args[2])?, &args[2])?;
    let mut tagged = gold.clone();
    let mut ts = TaggerScratch::default();
    for s in &mut tagged {
        model.tagger().annotate(s, &mut ts);
    }
    let mut ps = ParserScratch::default();
    for mask in 0..8u8 {
        let (gu, gf, gl) = (mask & 1 != 0, mask & 2 != 0, mask & 4 != 0);
        let mut pred = tagged.clone();
        for (p, g) in pred.iter_mut().zip(&gold) {
            for (pw, gw) in p.words.iter_mut().zip(&g.words) {
                if gu {
                    pw.upos = gw.upos;
                }
                if gf {
                    pw.feats = gw.feats.clone();
                }
                if gl {
                    pw.lemma = gw.lemma.clone();
                }
            }
            model.parser().annotate(p, &mut ps);
        }
        let (sc, _) = score_words(&gold, &pred);
        println!(
            "gold upos={gu:5} feats={gf:5} lemma={gl:5}  UAS {:.2} LAS {:.2}",
            sc.uas, sc.las
        );
    }
    Ok(())
}
