//! Tmp: margin distribution of the tagger's runner-up UPOS, for correct vs wrong tags.
use dyad_syntax::{conllu, Analyzer, TaggerScratch};
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let model = Analyzer::from_bytes(&std::fs::read(&args[1])?)?;
    let gold = conllu::read_str(&std::fs::read_to_string(&args[2])?, &args[2])?;
    let mut ts = TaggerScratch::default();
    let th = [0.5f32, 1., 2., 4., 8., 16., 32., 64., 1e9];
    let mut ok = vec![0usize; th.len()];
    let mut bad = vec![0usize; th.len()];
    let mut bad_alt_right = vec![0usize; th.len()];
    let (mut fixed_ok, mut fixed_bad) = (0, 0);
    for g in &gold {
        let mut s = g.clone();
        model.tagger().annotate(&mut s, &mut ts);
        for ((w, gw), a) in s.words.iter().zip(&g.words).zip(ts.alternatives()) {
            let right = w.upos == gw.upos;
            match a {
                None => {
                    if right {
                        fixed_ok += 1
                    } else {
                        fixed_bad += 1
                    }
                }
                Some(a) => {
                    let k = th.iter().position(|t| a.margin < *t).unwrap();
                    if right {
                        ok[k] += 1
                    } else {
                        bad[k] += 1;
                        if Some(a.upos) == gw.upos {
                            bad_alt_right[k] += 1
                        }
                    }
                }
            }
        }
    }
    println!("fixed ok {fixed_ok} bad {fixed_bad}");
    for k in 0..th.len() {
        println!(
            "<{:6} ok {:6} bad {:5} alt-right {:5}",
            th[k], ok[k], bad[k], bad_alt_right[k]
        );
    }
    Ok(())
}
