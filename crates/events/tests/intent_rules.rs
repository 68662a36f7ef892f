//! Coder rules of issue 4 (English PLOVER dev set), each on a hand-written UD tree coded with
//! the built-in English lexicon (`tests/fixtures/intent/`): joint acts of coordinated
//! subjects, demands stated with "must", commitments and threats coded as CAMEO intents (03,
//! 13), announced intents and ultimatums, quantity words in lemma tests, and a sector object
//! ("troops") giving way to the state an oblique names.

mod common;

/// `SOURCE,TARGET,CODE,modality` of every event of fixture `name`, sorted.
fn code(name: &str) -> Vec<String> {
    common::code_fixture("en", "intent", &format!("{name}.conllu"), true)
}

#[test]
fn coordinated_subjects_of_a_joint_act_are_each_others_target() {
    assert_eq!(
        code("reciprocal"),
        ["CHL,PER,057,asserted", "PER,CHL,057,asserted"]
    );
}

#[test]
fn must_in_what_a_speaker_says_is_a_demand_on_its_subject() {
    assert!(code("obligation").contains(&"JPN,CHN,100,asserted".to_string()));
}

#[test]
fn the_complement_of_ready_is_an_intent_to_cooperate() {
    // The second sentence: a pronoun the parser called `expl` ("it is willing to") is still
    // the subject its complement borrows, and "its troops" are no target.
    let got = code("commitment");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0], "KEN,SOM,033,asserted");
    assert!(got[1].starts_with("SYR,LBN,0356,"), "{got:?}");
}

#[test]
fn an_infinitive_of_threaten_is_coded_as_the_threat() {
    let got = code("threat");
    assert!(
        got.iter().any(|e| e.starts_with("IRN,IRQ,1312,")),
        "{got:?}"
    );
    assert!(!code("threat").iter().any(|e| e.contains(",163,")));
}

#[test]
fn announcing_ones_own_future_act_is_an_intent() {
    // The intent is expressed now: asserted, as threats are.
    assert_eq!(code("announced"), ["JPN,NPL,033,asserted"]);
}

#[test]
fn an_announced_act_with_unless_is_a_threat() {
    let got = code("ultimatum");
    assert!(got.contains(&"TUR,SYR,130,asserted".to_string()), "{got:?}");
    assert!(!got.iter().any(|e| e.contains(",087,")), "{got:?}");
}

#[test]
fn a_pattern_reads_what_a_quantity_word_measures() {
    // ... and troops sent are not whom the sending is aimed at: the state they go to is.
    assert_eq!(
        code("quantity"),
        ["EGY,SDN,154,asserted", "JPN,NPL,073,asserted"]
    );
}

#[test]
fn an_event_called_off_is_not_coded_but_the_calling_off_is() {
    // (The government of a story about Kenyan unions is Kenya's: KENGOV.)
    let got = code("cancellation");
    assert!(!got.iter().any(|e| e.contains(",14")), "{got:?}");
    assert!(
        got.contains(&"KENLAB,KENGOV,082,asserted".to_string()),
        "{got:?}"
    );
}
