//! The store's public API over hand-made documents: idempotent ingest, near-duplicate stories,
//! filters, counts, the document view, schema versions, several connections on one file.

use dyad_events::{
    ActorRecord, DatePrecision, EventRecord, LocationRecord, Modality, PloverRecord, TriggerKind,
};
use dyad_store::{Bucket, Error, EventFilter, IngestDoc, Page, Store};

fn actor(code: &str, country: Option<&str>, text: &str, start: u32) -> ActorRecord {
    ActorRecord {
        code: code.into(),
        country: country.map(Into::into),
        sectors: code
            .get(3..)
            .filter(|s| !s.is_empty())
            .map(|s| vec![s.to_string()])
            .unwrap_or_default(),
        name: Some(text.into()),
        text: text.into(),
        span: [start, start + text.len() as u32],
        country_from: None,
    }
}

fn event(doc: &str, sentence: &str, src: &str, tgt: &str, cameo: &str, date: &str) -> EventRecord {
    EventRecord {
        doc_id: doc.into(),
        sentence_index: 0,
        sentence: sentence.into(),
        date: Some(date.into()),
        date_precision: DatePrecision::Document,
        source: actor(src, Some(&src[..3]), "Ethiopia", 0),
        target: Some(actor(tgt, Some(&tgt[..3]), "Eritrea", 20)),
        cameo: cameo.into(),
        cameo_root: Some(cameo[..2].into()),
        quad_class: Some(if cameo.starts_with("19") { 4 } else { 1 }),
        goldstein: Some(if cameo.starts_with("19") { -10.0 } else { 1.0 }),
        plover: Some(PloverRecord {
            event: if cameo.starts_with("19") {
                "ASSAULT"
            } else {
                "CONSULT"
            }
            .into(),
            mode: None,
        }),
        modality: Modality::Asserted,
        location: Some(LocationRecord {
            name: "Badme".into(),
            country: Some("ERI".into()),
            lat: Some(14.7),
            lon: Some(37.8),
            geonames_id: Some(338_000),
            from: Some("text".into()),
            span: Some([30, 35]),
        }),
        trigger: "shelled".into(),
        trigger_span: [9, 16],
        trigger_kind: TriggerKind::Verb,
        confidence: 0.7,
    }
}

fn doc(id: &str, text: &str, events: Vec<EventRecord>) -> IngestDoc {
    let mut d = IngestDoc::from_text(id, text);
    d.date = Some("2024-01-03".into());
    d.events = events;
    d
}

const WIRE: &str = "Ethiopia's army shelled Eritrean positions near Badme on Tuesday, killing \
    three soldiers, the defence ministry in Addis Ababa said in a statement. Eritrea called the \
    attack a violation of the Algiers agreement and asked the African Union to intervene.";

#[test]
fn coding_twice_replaces_and_never_duplicates() {
    let mut s = Store::open_in_memory().unwrap();
    let docs = vec![
        doc(
            "a",
            WIRE,
            vec![event("a", WIRE, "ETHMIL", "ERI", "190", "2024-01-02")],
        ),
        doc(
            "b",
            "Kenya and Ethiopia held talks.",
            vec![event(
                "b",
                "Kenya and Ethiopia held talks.",
                "KEN",
                "ETH",
                "040",
                "2024-01-09",
            )],
        ),
    ];
    let first = s.ingest(&docs).unwrap();
    assert_eq!((first.documents, first.events, first.replaced), (2, 2, 0));
    let second = s.ingest(&docs).unwrap();
    assert_eq!(second.replaced, 2);
    let st = s.stats().unwrap();
    assert_eq!((st.documents, st.sentences, st.events), (2, 2, 2));
    assert_eq!(st.actors, 4, "one mention per side per event");
    assert!(s.check().unwrap().is_empty());
    // A document coded again with fewer events loses the old ones.
    s.ingest(&[doc("a", WIRE, vec![])]).unwrap();
    assert_eq!(s.stats().unwrap().events, 1);
    assert!(s.check().unwrap().is_empty());
}

#[test]
fn records_read_back_exactly() {
    let mut s = Store::open_in_memory().unwrap();
    let e = event("a", WIRE, "ETHMIL", "ERI", "190", "2024-01-02");
    s.ingest(&[doc("a", WIRE, vec![e.clone()])]).unwrap();
    let got = s.events(&EventFilter::default(), Page::default()).unwrap();
    assert_eq!(got, vec![e]);
    let d = s.document("a").unwrap().unwrap();
    assert_eq!(
        (d.text.as_str(), d.sentences.len(), d.events.len()),
        (WIRE, 1, 1)
    );
    assert!(s.document("missing").unwrap().is_none());
}

#[test]
fn wire_copies_share_a_story_and_count_once() {
    let mut s = Store::open_in_memory().unwrap();
    let copy = WIRE.replace("on Tuesday", "on Tuesday 2 January");
    let other = "Colombia's foreign minister met his Venezuelan counterpart in Caracas on \
        Monday to reopen border crossings closed since 2019, both governments said.";
    s.ingest(&[
        doc(
            "reuters",
            WIRE,
            vec![event("reuters", WIRE, "ETHMIL", "ERI", "190", "2024-01-02")],
        ),
        doc(
            "afp",
            &copy,
            vec![event("afp", &copy, "ETHMIL", "ERI", "190", "2024-01-02")],
        ),
        doc("col", other, vec![]),
    ])
    .unwrap();
    let story = |s: &Store, id: &str| s.document(id).unwrap().unwrap().story_id;
    assert_eq!(story(&s, "reuters"), "reuters");
    assert_eq!(
        story(&s, "afp"),
        "reuters",
        "the copy joins the first document's story"
    );
    assert_eq!(story(&s, "col"), "col");
    assert_eq!(s.stats().unwrap().stories, 2);
    let dy = s.dyads(&EventFilter::default(), Bucket::Day).unwrap();
    assert_eq!(dy.len(), 1);
    assert_eq!((dy[0].events, dy[0].stories), (2, 1));
    // Re-coding the first copy keeps the link.
    s.ingest(&[doc("reuters", WIRE, vec![])]).unwrap();
    assert_eq!(story(&s, "afp"), "reuters");
    assert_eq!(story(&s, "reuters"), "reuters");
}

#[test]
fn filters_select_what_they_say() {
    let mut s = Store::open_in_memory().unwrap();
    let t2 = "Kenya and Ethiopia held talks in Nairobi.";
    s.ingest(&[
        doc(
            "a",
            WIRE,
            vec![event("a", WIRE, "ETHMIL", "ERI", "190", "2024-01-02")],
        ),
        doc(
            "b",
            t2,
            vec![event("b", t2, "KEN", "ETH", "040", "2024-02-09")],
        ),
    ])
    .unwrap();
    let n = |f: EventFilter| s.count_events(&f).unwrap();
    let f = EventFilter::default;
    assert_eq!(n(f()), 2);
    assert_eq!(
        n(EventFilter {
            actor: Some("eth".into()),
            ..f()
        }),
        2
    );
    assert_eq!(
        n(EventFilter {
            source: Some("ETH".into()),
            ..f()
        }),
        1
    );
    assert_eq!(
        n(EventFilter {
            target: Some("ETH".into()),
            ..f()
        }),
        1
    );
    assert_eq!(
        n(EventFilter {
            country: Some("KEN".into()),
            ..f()
        }),
        1
    );
    assert_eq!(
        n(EventFilter {
            cameo: Some("19".into()),
            ..f()
        }),
        1
    );
    assert_eq!(
        n(EventFilter {
            root: Some("4".into()),
            ..f()
        }),
        1
    );
    assert_eq!(
        n(EventFilter {
            quad: Some(4),
            ..f()
        }),
        1
    );
    assert_eq!(
        n(EventFilter {
            plover: Some("consult".into()),
            ..f()
        }),
        1
    );
    assert_eq!(
        n(EventFilter {
            from: Some("2024-02".into()),
            ..f()
        }),
        1
    );
    assert_eq!(
        n(EventFilter {
            to: Some("2024-01".into()),
            ..f()
        }),
        1
    );
    assert_eq!(
        n(EventFilter {
            place: Some("badm".into()),
            ..f()
        }),
        2
    );
    assert_eq!(
        n(EventFilter {
            text: Some("nairobi".into()),
            ..f()
        }),
        1
    );
    assert_eq!(
        n(EventFilter {
            doc: Some("a".into()),
            ..f()
        }),
        1
    );
    assert_eq!(
        n(EventFilter {
            text: Some("100%_".into()),
            ..f()
        }),
        0,
        "LIKE wildcards are escaped"
    );
    assert!(matches!(
        s.count_events(&EventFilter {
            from: Some("yesterday".into()),
            ..f()
        }),
        Err(Error::InvalidFilter { field: "from", .. })
    ));
    let page = s
        .events(
            &f(),
            Page {
                offset: 1,
                limit: 1,
            },
        )
        .unwrap();
    assert_eq!(page[0].doc_id, "b", "ordered by date");
    let actors = s.actors(&f()).unwrap();
    assert_eq!(actors.len(), 4);
    let eth = actors.iter().find(|a| a.code == "ETH").unwrap();
    assert_eq!(
        (eth.as_source, eth.as_target, eth.country.as_deref()),
        (0, 1, Some("ETH"))
    );
    let weeks = s.dyads(&f(), Bucket::Week).unwrap();
    assert_eq!(weeks[0].period.as_deref(), Some("2024-W01"));
    let months = s.dyads(&f(), Bucket::Month).unwrap();
    assert_eq!(months[1].period.as_deref(), Some("2024-02"));
    assert_eq!(months[0].mean_goldstein, Some(-10.0));
    // The server builds filters from query strings.
    let q: EventFilter = serde_json::from_str(r#"{"actor": "ETH", "quad": 4}"#).unwrap();
    assert_eq!(n(q), 1);
}

#[test]
fn several_connections_share_one_file_and_versions_are_checked() {
    let dir = std::env::temp_dir().join(format!("dyad-store-api-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("x.db");
    let _ = std::fs::remove_file(&path);
    let mut w = Store::open(&path).unwrap();
    let r = Store::open_read_only(&path).unwrap();
    let mut w2 = Store::open(&path).unwrap();
    w.ingest(&[doc("a", WIRE, vec![])]).unwrap();
    w2.ingest(&[doc("b", "Another text entirely.", vec![])])
        .unwrap();
    assert_eq!(
        r.stats().unwrap().documents,
        2,
        "a reader sees committed writes"
    );
    drop((w, w2, r));

    // Another schema version is refused with a typed error.
    let old = dir.join("old.db");
    let _ = std::fs::remove_file(&old);
    {
        let s = Store::open(&old).unwrap();
        drop(s);
        let c = rusqlite_set_version(&old, 99);
        assert!(c);
    }
    match Store::open(&old) {
        Err(Error::Incompatible {
            found: 99,
            supported,
            ..
        }) => {
            assert_eq!(supported, dyad_store::SCHEMA_VERSION)
        }
        Err(e) => panic!("wrong error {e}"),
        Ok(_) => panic!("opened a version-99 store"),
    }
    // A file that is not a database at all is an error, not a panic.
    let junk = dir.join("junk.db");
    std::fs::write(
        &junk,
        b"this is not sqlite, just some text long enough to look like a header",
    )
    .unwrap();
    assert!(Store::open(&junk).is_err());
    std::fs::remove_dir_all(&dir).ok();
}

/// Sets `PRAGMA user_version` through the sqlite3 command line when present, else by patching
/// the header bytes (offset 60, big-endian), which is where SQLite keeps it.
fn rusqlite_set_version(path: &std::path::Path, v: u32) -> bool {
    let mut bytes = std::fs::read(path).unwrap();
    bytes[60..64].copy_from_slice(&v.to_be_bytes());
    std::fs::write(path, bytes).is_ok()
}

#[test]
fn a_store_can_move_between_threads() {
    // The server keeps a writer behind a mutex shared by request handlers.
    fn send<T: Send + 'static>() {}
    send::<Store>();
    send::<IngestDoc>();
}

/// A store written by schema version 1 (`dyad code --db` over `examples/news/`, then vacuumed;
/// named `.sqlite` because `.gitignore` skips `*.db`) still opens and reads back.
#[test]
fn a_version_1_store_still_reads() {
    let dir = std::env::temp_dir().join(format!("dyad-store-v1-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("v1.db");
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/schema-v1.sqlite"
        ),
        &path,
    )
    .unwrap();
    let s = Store::open_read_only(&path).unwrap();
    assert!(s.check().unwrap().is_empty());
    let st = s.stats().unwrap();
    assert_eq!((st.documents, st.events), (2, 6));
    let d = s.document("en-horn-of-africa").unwrap().unwrap();
    assert!(d
        .events
        .iter()
        .any(|e| e.cameo == "112" && e.source.code == "ETHMIL"));
    for e in &d.events {
        assert_eq!(
            &d.text[e.trigger_span[0] as usize..e.trigger_span[1] as usize],
            e.trigger
        );
    }
    drop(s);
    std::fs::remove_dir_all(&dir).ok();
}
