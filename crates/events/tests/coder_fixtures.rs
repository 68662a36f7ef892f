//! The coder on hand-written CoNLL-U fixtures (fictional actors; English and Spanish).

use std::path::Path;
use std::sync::Arc;

use dyad_events::{Coder, CoderConfig, DocContext, EventRecord};
use dyad_lexicon::petrarch::{
    actors::ActorDictionary, agents::AgentDictionary, discards::DiscardList, verbs::VerbDictionary,
};
use dyad_lexicon::Lexicon;

const VERBS: &str = "\
--- ATTACK [190] ---
ATTACK
ATACAR {ATACÓ ATACARON ATACADO}
--- CALL [010] ---
CALL
- * (FOR TALKS) (WITH +) [036]
";
const ACTORS: &str = "ROHAN [ROH]\nGONDOR [GON]\nMORDOR [MOR]\n";
const AGENTS: &str = "ARMY [~MIL]\nEJÉRCITO [~MIL]\n";

fn coder() -> Coder {
    let p = Path::new("fixture");
    let v = VerbDictionary::parse(VERBS, p).unwrap().value;
    let a = ActorDictionary::parse(ACTORS, p).unwrap().value;
    let g = AgentDictionary::parse(AGENTS, p).unwrap().value;
    let lex = Lexicon::from_petrarch(&v, &[&a], &g, &DiscardList::default());
    Coder::new(Arc::new(lex), CoderConfig::default())
}

/// Events of a fixture as sorted `SOURCE,TARGET,CODE` strings.
fn code(name: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    let sentences = dyad_syntax::conllu::read_str(&text, name).unwrap();
    let c = coder();
    let mut out: Vec<String> = sentences
        .iter()
        .flat_map(|s| c.code_sentence(s, &DocContext::default()))
        .map(|e| {
            let t = e.target.as_ref().map_or("---".into(), |t| t.code_text());
            format!("{},{},{}", e.source.code_text(), t, e.code)
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
fn negation_is_not_the_positive_event() {
    assert!(code("negation.conllu").is_empty());
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
    assert!(code("es_negation.conllu").is_empty());
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
