//! How often is the tagger wrong at each margin of its runner-up UPOS, and how often is the
//! runner-up then the gold tag? Calibrates `ParserConfig::upos_alt_margins`.
//!
//! `upos_margins MODEL.dyad GOLD.conllu`

use dyad_syntax::{conllu, Analyzer, TaggerScratch};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let model = Analyzer::from_bytes(&std::fs::read(&args[1])?)?;
    let gold = conllu::read_str(&std::fs::read_to_string(&args[2])?, &args[2])?;
    let mut ts = TaggerScratch::default();
    let th = [0.5f32, 1., 2., 4., 8., 16., 32., 64., f32::INFINITY];
    let (mut ok, mut bad, mut alt_right) = ([0usize; 9], [0usize; 9], [0usize; 9]);
    let (mut fixed_ok, mut fixed_bad) = (0, 0);
    for g in &gold {
        let mut s = g.clone();
        model.tagger().annotate(&mut s, &mut ts);
        for ((w, gw), a) in s.words.iter().zip(&g.words).zip(ts.alternatives()) {
            let right = w.upos == gw.upos;
            match a {
                None if right => fixed_ok += 1,
                None => fixed_bad += 1,
                Some(a) => {
                    let k = th
                        .iter()
                        .position(|t| a.margin < *t)
                        .unwrap_or(th.len() - 1);
                    if right {
                        ok[k] += 1;
                    } else {
                        bad[k] += 1;
                        alt_right[k] += (Some(a.upos) == gw.upos) as usize;
                    }
                }
            }
        }
    }
    println!("dictionary-fixed: right {fixed_ok} wrong {fixed_bad}");
    for k in 0..th.len() {
        println!(
            "margin < {:>4}: right {:6} wrong {:5} (runner-up gold {:5})",
            th[k], ok[k], bad[k], alt_right[k]
        );
    }
    Ok(())
}
