//! `dyad train syntax`: a model from named files, and clear errors for what cannot be one.

use crate::cli::{dyad, Run};

/// `dyad train syntax --lang en --train FIXTURE --oversample OVERSAMPLE --out OUT`, then `more`.
fn train(oversample: &str, out: &str, more: &[&str]) -> Run {
    let mut args = vec![
        "train",
        "syntax",
        "--lang",
        "en",
        "--train",
        GOLD,
        "--oversample",
        oversample,
        "--out",
        out,
    ];
    args.extend_from_slice(more);
    dyad(&args, b"")
}

const GOLD: &str = "tests/fixtures/en_gold.conllu";

#[test]
fn oversampling_trains_a_model_that_parses_and_a_file_not_trained_on_is_an_error() {
    let dir = std::env::temp_dir().join(format!("dyad-train-{}", std::process::id()));
    let out = dir.join("en").join("syntax.dyad");
    let out = out.to_string_lossy().into_owned();
    let r = train(&format!("{GOLD}=2"), &out, &["--holdout-every", "3"]);
    assert_eq!(r.status, 0, "{}", r.stderr);
    // The model loads and parses.
    let models = dir.to_string_lossy().into_owned();
    let p = dyad(
        &["parse", "--lang", "en", "--models", &models, "-"],
        b"Rebels attacked the town.",
    );
    assert_eq!(p.status, 0, "{}", p.stderr);
    assert!(p.stdout.lines().any(|l| l.starts_with("1\tRebels\t")));
    // A file that is not a --train file, or a weight out of range, is refused by name.
    for (arg, says) in [
        (
            "tests/fixtures/en_blank.conllu=2".to_string(),
            "not one of the --train files",
        ),
        (format!("{GOLD}=0"), "from 1 to 10"),
    ] {
        let r = train(&arg, &out, &[]);
        assert_ne!(r.status, 0);
        assert!(r.stderr.contains(says), "{arg}: {}", r.stderr);
    }
    std::fs::remove_dir_all(&dir).ok();
}
