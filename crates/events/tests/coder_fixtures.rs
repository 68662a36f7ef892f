//! The coder on hand-written CoNLL-U fixtures (fictional actors; English and Spanish).

use std::path::Path;
use std::sync::Arc;

use dyad_events::{Coder, CoderConfig, DocContext, EventRecord, Modality};
use dyad_lexicon::petrarch::{
    actors::ActorDictionary, agents::AgentDictionary, discards::DiscardList, verbs::VerbDictionary,
};
use dyad_lexicon::Lexicon;

const VERBS: &str = "\
--- ATTACK [190] ---
ATTACK
ATACAR {ATACÓ ATACARON ATACADO}
--- CONDEMN [111] ---
CONDEMN
CONDENAR {CONDENÓ}
--- ACCUSE [112] ---
ACCUSE
ACUSAR {ACUSÓ ACUSARON}
--- ABANDON [345] ---
ABANDON
- * {NEW ECONOMIC RELATIONS} [903]
- * {NEW ECONOMIC} [904]
--- SAY [010] ---
SAY {SAID}
DECIR {DIJO}
--- CLASH [110] ---
CLASH
--- PRESENT [032] ---
PRESENT
--- CALL [010] ---
CALL
- * (FOR TALKS) (WITH +) [036]
";
const ACTORS: &str = "ROHAN [ROH]\nGONDOR [GON]\nMORDOR [MOR]\nEOMER [ROHGOV]\n";
const AGENTS: &str = "ARMY [~MIL]\nEJÉRCITO [~MIL]\nSOLDIER [~MIL]\nSOLDADO [~MIL]\n\
    ENVOY [~GOV]\nENVIADO [~GOV]\nEMBAJADOR {EMBAJADORES} [~GOV]\nGOVERNMENT [~GOV]\nGOBIERNO [~GOV]\n";

fn coder() -> Coder {
    coder_with(CoderConfig::default())
}

fn coder_with(config: CoderConfig) -> Coder {
    let p = Path::new("fixture");
    let v = VerbDictionary::parse(VERBS, p).unwrap().value;
    let a = ActorDictionary::parse(ACTORS, p).unwrap().value;
    let g = AgentDictionary::parse(AGENTS, p).unwrap().value;
    let lex = Lexicon::from_petrarch(&v, &[&a], &g, &DiscardList::default());
    Coder::new(Arc::new(lex), config)
}

/// Events of a fixture as sorted `SOURCE,TARGET,CODE` strings, with `,negated` (or another
/// modality) appended when not asserted.
fn code(name: &str) -> Vec<String> {
    code_with(name, CoderConfig::default())
}

fn code_with(name: &str, config: CoderConfig) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    let sentences = dyad_syntax::conllu::read_str(&text, name).unwrap();
    let c = coder_with(config);
    let mut out: Vec<String> = sentences
        .iter()
        .flat_map(|s| c.code_sentence(s, &DocContext::default()))
        .map(|e| {
            let t = e.target.as_ref().map_or("---".into(), |t| t.code_text());
            let m = match e.modality {
                Modality::Asserted => String::new(),
                other => format!(
                    ",{}",
                    serde_json::to_value(other).unwrap().as_str().unwrap()
                ),
            };
            format!("{},{},{}{m}", e.source.code_text(), t, e.code)
        })
        .collect();
    out.sort();
    out
}

#[test]
fn active() {
    assert_eq!(code("active.conllu"), ["ROH,MOR,190"]);
}

#[test]
fn passive_agent_with_agent_noun() {
    assert_eq!(code("passive_agent.conllu"), ["ROHMIL,MOR,190"]);
}

#[test]
fn coordination_of_actors() {
    assert_eq!(code("coordination.conllu"), ["GON,MOR,190", "ROH,MOR,190"]);
}

#[test]
fn negation_is_coded_with_negated_modality() {
    assert_eq!(code("negation.conllu"), ["ROH,MOR,190,negated"]);
}

#[test]
fn negated_disapproval_codes_petrarchs_counterpart_under_petrarch_verbs() {
    // PETRARCH reads 110 as "not 050": "did not clash" is diplomatic cooperation, asserted.
    assert_eq!(code("negated_clash.conllu"), ["ROH,MOR,050"]);
}

#[test]
fn a_country_split_off_its_subject_by_the_parser_is_no_second_source() {
    // "Rohan" and "Eomer" both parsed `nsubj`: one subject, ROHGOV, not also ROH.
    assert_eq!(code("split_subject.conllu"), ["ROHGOV,MOR,190"]);
}

#[test]
fn whom_a_possessed_object_is_handed_to_is_the_target() {
    // "its credentials" is Rohan's own, not whom it acts on; "to Gondor's envoy" hangs from it.
    assert_eq!(code("possessed_object.conllu"), ["ROH,GONGOV,032"]);
}

#[test]
fn preposition_pattern_places_the_target() {
    assert_eq!(code("preposition_pattern.conllu"), ["ROH,GON,036"]);
}

#[test]
fn spanish_active() {
    assert_eq!(code("es_active.conllu"), ["ROH,MOR,190"]);
}

#[test]
fn spanish_passive_agent() {
    assert_eq!(code("es_passive_agent.conllu"), ["ROHMIL,MOR,190"]);
}

#[test]
fn spanish_negated_coordination() {
    assert!(code("es_negation.conllu")
        .iter()
        .all(|e| e.ends_with(",negated")));
    assert!(!code("es_negation.conllu").is_empty());
}

#[test]
fn nested_agent_names_the_inner_phrase_only() {
    // "an attack by Mordor soldiers": the attack is not Mordor's; the soldiers are MORMIL.
    assert_eq!(code("nested_agent.conllu"), ["GON,MORMIL,111"]);
    assert_eq!(code("es_nested_agent.conllu"), ["GON,MORMIL,111"]);
}

#[test]
fn apposition_names_an_unknown_person() {
    assert_eq!(code("apposition.conllu"), ["GONGOV,MOR,112"]);
    assert_eq!(code("es_apposition.conllu"), ["GONGOV,MOR,112"]);
}

#[test]
fn coordinated_countries_share_the_agent() {
    assert_eq!(
        code("coordinated_agents.conllu"),
        ["GONMIL,MOR,190", "ROHMIL,MOR,190"]
    );
    assert_eq!(
        code("es_coordinated_agents.conllu"),
        ["GONGOV,MOR,112", "ROHGOV,MOR,112"]
    );
}

#[test]
fn statement_and_reported_event_both_coded_without_require_dyad() {
    let no_dyad = CoderConfig {
        require_target: false,
        ..CoderConfig::default()
    };
    // The said clause is someone's claim: coded, with modality `reported`.
    let want = ["GONGOV,---,010", "MOR,ROH,190,reported"];
    assert_eq!(code_with("statement.conllu", no_dyad.clone()), want);
    assert_eq!(code_with("es_statement.conllu", no_dyad), want);
    // With require_dyad (the default) the targetless statement is not an event.
    assert_eq!(code("statement.conllu"), ["MOR,ROH,190,reported"]);
}

#[test]
fn new_actor_named_by_its_words_when_enabled() {
    assert!(code("new_actor.conllu").is_empty());
    let c = CoderConfig {
        new_actor_length: 4,
        ..CoderConfig::default()
    };
    assert_eq!(
        code_with("new_actor.conllu", c),
        ["\"THE MINISTRY OF MAGIC\",MOR,190"]
    );
}

#[test]
fn record_serializes_the_contract() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/passive_agent.conllu"),
    )
    .unwrap();
    let s = &dyad_syntax::conllu::read_str(&text, "p").unwrap()[0];
    let doc = DocContext {
        doc_id: "d1".into(),
        date: dyad_lexicon::petrarch::actors::parse_date("20240102"),
    };
    let e = &coder().code_sentence(s, &doc)[0];
    let json = serde_json::to_value(EventRecord::new(e, s, &doc)).unwrap();
    assert_eq!(json["source"]["code"], "ROHMIL");
    assert_eq!(json["source"]["sectors"][0], "MIL");
    assert_eq!(json["target"]["code"], "MOR");
    assert_eq!(json["cameo_root"], "19");
    assert_eq!(json["quad_class"], 4);
    assert_eq!(json["trigger"], "attacked");
    assert_eq!(json["date"], "2024-01-02");
    assert_eq!(json["modality"], "asserted");
    assert_eq!(
        json["plover"]["event"].as_str().map(str::is_empty),
        Some(false)
    );
}

#[test]
fn pronoun_subject_of_embedded_clause_is_the_governor_subject() {
    // "would" in indirect speech is the future of the past: an intention.
    assert_eq!(code("pronoun_subject.conllu"), ["GON,MOR,190,intended"]);
    // "afirmó que ella atacó": what Gondor affirms, so reported.
    assert_eq!(code("es_pronoun_subject.conllu"), ["GON,MOR,190,reported"]);
}

#[test]
fn passive_without_agent_takes_first_actor_of_the_verb_phrase() {
    assert_eq!(code("passive_no_agent.conllu"), ["GON,MOR,111"]);
}

#[test]
fn noun_phrase_pattern_allows_only_adjectives_between_and_ends_on_the_head() {
    // Adjectives may intervene; a compound noun may not; `{NEW ECONOMIC}` never matches a
    // phrase whose head is another word.
    assert_eq!(
        code("noun_phrase_pattern.conllu"),
        ["ROH,GON,345", "ROH,GON,345", "ROH,GON,903"]
    );
}
