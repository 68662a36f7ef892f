//! Verb-dictionary tests on snippets written for dyad (not copied from any dictionary).

use std::path::Path;

use super::*;
use crate::petrarch::EventCode;

fn parse(t: &str) -> Loaded<VerbDictionary> {
    VerbDictionary::parse(t, Path::new("test.verbs")).unwrap()
}

const SNIPPET: &str = "\
# my test dictionary
&FRUIT
+APPLE
+PLUM_TREE
+CHERRY_

&NOUNS_
+LEDGER

####### VERB PATTERNS #######
--- HAND_OVER  [070]  ---
HAND  # a comment
+PASS_ON {+PASSES_ON +PASSED_ON +PASSING_ON} [071]
GIVE {GAVE GIVEN GIVING GIVES}
- * &FRUIT (TO +)        [073]   # note
- $ * {RIPE &FRUIT} (FROM/VIA ^) [042:043]
- SAID_* LEDGER
- % * [:110]

--- NOTHING [---] ---
IDLE
~ a (a b HAND_OVER) NOTHING = a b 071
~ a (b . HAND_OVER) NOTHING = a b Q
";

#[test]
fn reads_every_construct() {
    let l = parse(SNIPPET);
    assert!(l.warnings.is_empty(), "{:?}", l.warnings);
    let d = l.value;
    assert_eq!(d.synsets.len(), 2);
    assert_eq!(d.synsets[0].name, "FRUIT");
    assert!(d.synsets[0].plurals);
    assert_eq!(d.synsets[0].members[1].words, ["PLUM", "TREE"]);
    assert!(!d.synsets[0].members[2].plural);
    assert!(!d.synsets[1].plurals);
    assert_eq!(d.synsets[1].name, "NOUNS");

    assert_eq!(d.blocks.len(), 2);
    let b = &d.blocks[0];
    assert_eq!(b.name, "HAND_OVER");
    assert_eq!(b.line, 11);
    assert_eq!(b.code.codes().next().unwrap().to_string(), "070");
    assert_eq!(b.verbs.len(), 3);
    let pass = &b.verbs[1];
    assert_eq!(pass.phrase.words, ["PASS", "ON"]);
    assert_eq!(pass.phrase.head, 0);
    assert_eq!(pass.forms.as_ref().unwrap().len(), 3);
    assert_eq!(pass.forms.as_ref().unwrap()[1].words, ["PASSED", "ON"]);
    assert!(pass.code.is_some());
    assert!(b.verbs[0].forms.is_none());

    assert_eq!(b.patterns.len(), 4);
    let p = &b.patterns[0];
    assert!(p.before.is_empty());
    assert_eq!(
        p.after,
        vec![
            Elem::Synset("FRUIT".into()),
            Elem::Prep {
                prep: vec!["TO".into()],
                object: vec![Elem::Target]
            }
        ]
    );
    let p = &b.patterns[1];
    assert_eq!(p.before, vec![Elem::Source]);
    assert_eq!(
        p.after[0],
        Elem::NounPhrase(vec![
            Elem::Word("RIPE".into()),
            Elem::Synset("FRUIT".into())
        ])
    );
    assert_eq!(
        p.after[1],
        Elem::Prep {
            prep: vec!["FROM".into(), "VIA".into()],
            object: vec![Elem::Skip]
        }
    );
    assert!(matches!(p.code, Some(VerbCode::Pair { .. })));
    let p = &b.patterns[2];
    assert!(p.joined_before);
    assert_eq!(p.before, vec![Elem::Word("SAID".into())]);
    assert_eq!(p.code, None, "no code: the block's applies");
    assert_eq!(b.patterns[3].before, vec![Elem::Compound]);

    assert_eq!(d.blocks[1].code, VerbCode::Null);
    assert_eq!(d.transformations.len(), 2);
    let t = &d.transformations[0];
    assert_eq!(t.pattern.len(), 3);
    assert_eq!(t.pattern[2], TransformNode::Verb("NOTHING".into()));
    assert!(matches!(&t.pattern[1], TransformNode::Group(g) if g.len() == 3));
    assert_eq!((t.source.as_str(), t.target.as_str()), ("a", "b"));
    assert!(d.transformations[1].code.is_none());
    assert_eq!(d.pattern_count(), 4);
    assert_eq!(d.verb_count(), 4);
}

#[test]
fn legacy_and_tabari_style() {
    let t = "\
--- OLDSTYLE  [345]  ---
OLDSTYLE
WIRE_+TAP
- * NEW_&KINDS_TIES [903]
- FAILED_TO_*  [111]
- * THING [###]
&KINDS
+RED
+BLUE
";
    let l = parse(t);
    assert!(l.warnings.is_empty(), "{:?}", l.warnings);
    let b = &l.value.blocks[0];
    assert_eq!(b.verbs[1].phrase.head, 1);
    assert!(matches!(&b.code, VerbCode::Event(EventCode::Legacy(s)) if &**s == "345"));
    assert!(matches!(&b.patterns[0].after[0], Elem::Consecutive(v) if v.len() == 3));
    assert!(b.patterns[1].joined_before);
    assert!(
        matches!(&b.patterns[2].code, Some(VerbCode::Event(EventCode::Legacy(s))) if &**s == "###")
    );
}

#[test]
fn spanish_spacing() {
    let t = "--- CALLAR [---]---\nCALLAR\n-HOJA *VERDE POR+ [0110]\n--- HABLAR   [010] ---[x]\nHABLAR\n";
    let l = parse(t);
    assert_eq!(l.warnings.len(), 1, "{:?}", l.warnings);
    assert_eq!(l.warnings[0].line, 4);
    let p = &l.value.blocks[0].patterns[0];
    assert_eq!(p.before, vec![Elem::Word("HOJA".into())]);
    assert_eq!(
        p.after,
        vec![
            Elem::Word("VERDE".into()),
            Elem::Word("POR".into()),
            Elem::Target
        ]
    );
}

#[test]
fn oddities_are_warned_not_skipped_silently() {
    let t = "--- X [010] ---\nX\nY &FOO BAR [011]\n- NO VERB HERE [012]\n- * &MISSING [013]\n- * (OPEN [014]\n";
    let l = parse(t);
    let lines: Vec<usize> = l.warnings.iter().map(|w| w.line).collect();
    assert_eq!(lines, vec![3, 4, 6, 5]);
    assert!(l.warnings[0].to_string().starts_with("test.verbs:3: "));
    assert_eq!(l.value.pattern_count(), 1);
    assert!(parse(t).into_strict().is_err());
}

#[test]
fn malformed_lines_are_errors_with_line_numbers() {
    for (t, line) in [
        ("- * X [010]\n", 1),
        ("\nWORD\n", 2),
        ("--- A [010] ---\nA {B\n", 2),
        ("--- A [010] ---\n~ a (b SAY = a b 010\n", 2),
        ("--- A [010] ---\n~ a SAY = a 010\n", 2),
    ] {
        match VerbDictionary::parse(t, Path::new("bad.txt")) {
            Err(crate::Error::Syntax { line: l, path, .. }) => {
                assert_eq!(l, line, "{t:?}");
                assert_eq!(path, Path::new("bad.txt"));
            }
            other => panic!("{t:?}: {other:?}"),
        }
    }
}
