//! dyad-format dictionaries: the fixture lexicons under `fixtures/dyad/` load, compile into
//! the same `Lexicon` the coder queries, and combine with PETRARCH dictionaries by precedence.

use std::path::{Path, PathBuf};

use dyad_core::Lang;
use dyad_lexicon::dyad::{load_dir, DyadLexicon};
use dyad_lexicon::petrarch::actors::{ActorDictionary, CodeSpec, DictDate};
use dyad_lexicon::petrarch::agents::{AgentDictionary, Placement};
use dyad_lexicon::petrarch::discards::DiscardList;
use dyad_lexicon::petrarch::verbs::VerbDictionary;
use dyad_lexicon::petrarch::VerbCode;
use dyad_lexicon::{
    normalize, ActorId, ActorKind, AgentKind, ArgRel, DepTest, Error, Lexicon, LexiconBuilder,
    NameRole, Slot,
};

fn fixture(lang: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/dyad")
        .join(lang)
}

/// Upper-cases a sentence's tokens as the coder does.
fn toks(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(|w| {
            let mut o = String::new();
            normalize(w, &mut o);
            o
        })
        .collect()
}

fn codes(l: &Lexicon, id: ActorId, d: Option<DictDate>) -> Vec<String> {
    l.actor_codes(id, d)
        .map(|c| match c {
            CodeSpec::Code(a) => a.to_string(),
            CodeSpec::Null => "---".into(),
            CodeSpec::Legacy(s) => s.to_string(),
        })
        .collect()
}

/// The codes of the actor named at word `i` of `sentence`.
fn actor(l: &Lexicon, sentence: &str, i: usize) -> (usize, Vec<String>, NameRole) {
    let m = l.actor_match_at(&toks(sentence), i).expect(sentence);
    (m.len, codes(l, m.id, None), m.role)
}

fn date(year: u16, month: u8, day: u8) -> Option<DictDate> {
    Some(DictDate { year, month, day })
}

#[test]
fn spanish_fixture_compiles_to_lookups() {
    let d = load_dir(&fixture("es")).unwrap();
    assert_eq!(d.lang, Some(Lang::Es));
    assert_eq!(d.files.len(), 4);
    let l = Lexicon::from_dyad(&d);
    for (s, i, n, code, role) in [
        ("Estados Unidos condenó", 0, 2, "USA", NameRole::Name),
        ("EE.UU. condenó", 0, 1, "USA", NameRole::Name),
        ("según EE. UU.", 1, 2, "USA", NameRole::Name),
        (
            "el diplomático estadounidense",
            2,
            1,
            "USA",
            NameRole::Demonym,
        ),
        ("las tropas rusas", 2, 1, "RUS", NameRole::Demonym),
        ("el Kremlin dijo", 1, 1, "RUSGOV", NameRole::Seat),
        ("Moscú respondió", 0, 1, "RUSGOV", NameRole::Capital),
        ("la Casa Blanca", 1, 2, "USAGOV", NameRole::Seat),
        ("desde México", 1, 1, "MEX", NameRole::Name),
    ] {
        assert_eq!(actor(&l, s, i), (n, vec![code.to_string()], role), "{s}");
    }
    // "canciller" → GOV, a person; plural and inflected multiword terms by form or lemma.
    let forms = toks("los cancilleres mexicanos");
    let lemmas = toks("el canciller mexicano");
    let (n, g) = l.agent_id_at_either(&forms, &lemmas, 1).unwrap();
    assert_eq!(n, 1);
    let a = l.agent(g);
    assert_eq!(a.placement, Placement::Suffix);
    assert_eq!(a.kind, Some(AgentKind::Person));
    assert!(format!("{:?}", a.code).contains("GOV"));
    let forms = toks("los ministros de Relaciones Exteriores");
    let lemmas = toks("el ministro de relación exterior");
    assert_eq!(
        l.agent_id_at_either(&forms, &lemmas, 1).map(|x| x.0),
        Some(4)
    );
    // A dated person: Ebrard is MEXGOV while foreign minister, and his only code otherwise.
    let (_, e) = l.actor_at(&toks("Marcelo Ebrard"), 0).unwrap();
    assert_eq!(l.actor_kind(e), Some(ActorKind::Person));
    assert_eq!(codes(&l, e, date(2020, 1, 1)), ["MEXGOV"]);
    // Verbs keyed by lemma; nouns with light verbs.
    let f = &l.verb_forms("VISITAR")[0];
    assert_eq!(f.code.codes().count(), 2);
    let b = l.block(f.block);
    assert!(b.patterns.is_empty() && b.deps.is_empty());
    let r = l.block(l.verb_forms("REUNIR")[0].block);
    assert_eq!(r.code, VerbCode::Null);
    assert_eq!(r.deps[0].conds[0].rel, ArgRel::Expl);
    assert_eq!(
        r.deps[0].conds[1].rel,
        ArgRel::Obl(Some(vec!["CON".into()]))
    );
    let v = l.noun_event("VISITA").unwrap();
    assert!(v.has_light_verb("EFECTUAR") && !v.has_light_verb("PAGAR"));
    assert_eq!(v.patterns[0].conds[0].bind, Some(Slot::Target));
}

#[test]
fn english_fixture_compiles_to_lookups() {
    let l = Lexicon::load_dyad_dir(&fixture("en")).unwrap();
    assert_eq!(actor(&l, "the U.S. said", 1).1, ["USA"]);
    assert_eq!(
        actor(&l, "the White House said", 1),
        (2, vec!["USAGOV".into()], NameRole::Seat)
    );
    assert_eq!(
        actor(&l, "in St. Petersburg", 1),
        (2, vec!["RUS".into()], NameRole::City)
    );
    assert_eq!(actor(&l, "the Pentagon", 1).1, ["USAMIL"]);
    assert_eq!(actor(&l, "at Georgia Tech", 1).1, ["---"]);
    let (_, un) = l.actor_at(&toks("the U.N."), 1).unwrap();
    assert_eq!(
        (l.actor_kind(un), l.actor_label(un)),
        (Some(ActorKind::Org), "IGOUNO")
    );
    // Putin's dated codes, with the undated code outside every range.
    let (_, p) = l.actor_at(&toks("Vladimir Putin"), 0).unwrap();
    assert_eq!(codes(&l, p, date(2005, 1, 1)), ["RUSGOV"]);
    assert_eq!(codes(&l, p, date(1995, 1, 1)), ["RUSELI"]);
    let (_, p2) = l.actor_at(&toks("Putin"), 0).unwrap();
    assert_eq!(p, p2);
    // NGO goes before the country; "foreign ministers" by lemma.
    let (_, ngo) = l.agent_at(&toks("human rights group"), 0).unwrap();
    assert_eq!(ngo.placement, Placement::Prefix);
    let (n, _) = l
        .agent_id_at_either(&toks("foreign ministers"), &toks("foreign minister"), 0)
        .unwrap();
    assert_eq!(n, 2);
    // Patterns: most specific first, classes resolved, `none` kept.
    let fire = l.block(l.verb_forms("FIRE")[0].block);
    assert_eq!(fire.deps.len(), 2);
    let DepTest::Class(w) = fire.deps[0].conds[0].test else {
        panic!("{:?}", fire.deps[0]);
    };
    assert!(l.in_class(w, "MISSILE") && !l.in_class(w, "COACH"));
    assert_eq!(fire.deps[1].code, VerbCode::Null);
    assert_eq!(fire.deps[1].conds[0].test, DepTest::Person);
    let call = l.block(l.verb_forms("CALL")[0].block);
    assert_eq!(call.deps[0].conds[0].rel, ArgRel::Prt);
    let mut neg: Vec<&str> = l.class_members("negator").collect();
    neg.sort_unstable();
    assert_eq!(neg, ["N'T", "NEVER", "NOT"]);
    assert!(l.noun_event("TALK").unwrap().has_light_verb("HOLD"));
}

#[test]
fn malformed_file_names_file_and_line() {
    let e = load_dir(&fixture("bad")).unwrap_err();
    match &e {
        Error::Syntax {
            path,
            line,
            message,
        } => {
            assert!(path.ends_with("bad/verbs.txt"), "{e}");
            assert_eq!(*line, 7);
            assert!(message.contains("\"46\" is not a CAMEO event code"), "{e}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn precedence_first_source_wins() {
    let p = Path::new("petrarch");
    let pv = VerbDictionary::parse(
        "--- VISIT [040] ---\nVISIT\n--- CONDEMN [122] ---\nCONDEMN\n",
        p,
    )
    .unwrap()
    .value;
    let pa = ActorDictionary::parse("WHITE_HOUSE [USA]\nGONDOR [GON]\n", p)
        .unwrap()
        .value;
    let pg = AgentDictionary::parse("PRESIDENT [~ELI]\nPOLICE [~COP]\n", p)
        .unwrap()
        .value;
    let dy = load_dir(&fixture("en")).unwrap();
    let disc = DiscardList::default();
    // dyad first: its codes win; PETRARCH fills what dyad lacks.
    let l = LexiconBuilder::new()
        .dyad(&dy)
        .petrarch(&pv, &[&pa], &pg, &disc)
        .build();
    assert_eq!(actor(&l, "White House", 0).1, ["USAGOV"]);
    assert_eq!(actor(&l, "Gondor", 0).1, ["GON"]);
    assert_eq!(l.verb_forms("VISIT").len(), 1);
    // dyad's English verb brings its own regular forms; PETRARCH's VISIT adds none.
    let visited = l.verb_forms("VISITED");
    assert_eq!(
        visited.len(),
        1,
        "PETRARCH's VISIT is shadowed with its forms"
    );
    let code = format!("{:?}", l.block(visited[0].block).code);
    assert!(
        code.contains("042"),
        "the form is dyad's (042), not PETRARCH's (040): {code}"
    );
    assert_eq!(l.verb_forms("CONDEMNED").len(), 1);
    assert!(format!("{:?}", l.agent_at(&toks("president"), 0).unwrap().1.code).contains("GOV"));
    assert!(l.agent_at(&toks("police"), 0).is_some());
    // PETRARCH first: the other way round.
    let l = LexiconBuilder::new()
        .petrarch(&pv, &[&pa], &pg, &disc)
        .dyad(&dy)
        .build();
    assert_eq!(actor(&l, "White House", 0).1, ["USA"]);
    let f = &l.verb_forms("VISIT");
    assert_eq!((f.len(), l.block(f[0].block).name.as_ref()), (1, "VISIT"));
    assert!(l.block(f[0].block).deps.is_empty());
    assert_eq!(l.verb_forms("VISITED").len(), 1);
    // dyad-only keys still come in.
    assert!(!l.verb_forms("FIRE").is_empty());
}

#[test]
fn user_file_extends_and_overrides_builtin() {
    let builtin = load_dir(&fixture("en")).unwrap();
    let mut mine = DyadLexicon::default();
    mine.add_text(
        "dyad-lexicon version=1 kind=actors lang=en\nactor USAGOV\n  name: Pentagon\n",
        Path::new("mine/actors.txt"),
    )
    .unwrap();
    mine.add_text(
        "dyad-lexicon version=1 kind=classes lang=en\nclass weapon\n  term: howitzer\n",
        Path::new("mine/classes.txt"),
    )
    .unwrap();
    mine.validate().unwrap();
    let l = LexiconBuilder::new().dyad(&mine).dyad(&builtin).build();
    assert_eq!(actor(&l, "Pentagon", 0).1, ["USAGOV"]);
    let w = l.class("weapon").unwrap();
    assert!(l.in_class(w, "HOWITZER") && l.in_class(w, "MISSILE"));
    // The built-in pattern resolves to the merged class.
    let fire = l.block(l.verb_forms("FIRE")[0].block);
    assert_eq!(fire.deps[0].conds[0].test, DepTest::Class(w));
}
