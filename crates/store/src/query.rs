//! Reading: [`EventFilter`], event pages, dyad and actor counts, documents, statistics.

use dyad_events::EventRecord;
use rusqlite::types::Value;
use rusqlite::{params_from_iter, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::ingest::SentenceRow;
use crate::{Error, Result, Store};

/// Which events to read. Every field is optional and they combine with AND; the default is
/// every event. Deserializable so the server can build it straight from a query string
/// (`?actor=ETH&root=11&from=2024-01`).
///
/// Codes match by prefix and ignore case (`actor=ETH` matches `ETH` and `ETHMIL`); countries
/// match exactly (upper case, ISO alpha-3 = CAMEO country codes); dates compare on the digits
/// both sides have (`from=2024-01` includes every January day, `to=2024-01` too).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EventFilter {
    /// Actor code prefix or country, on either side.
    pub actor: Option<String>,
    /// Source actor code prefix or country.
    pub source: Option<String>,
    /// Target actor code prefix or country.
    pub target: Option<String>,
    /// Country of the source or the target.
    pub country: Option<String>,
    /// CAMEO event code prefix (`19` is every code under root 19; `190` one code and its children).
    pub cameo: Option<String>,
    /// CAMEO root code (`01`–`20`).
    pub root: Option<String>,
    /// GDELT quad class, 1–4.
    pub quad: Option<u8>,
    /// PLOVER event type (`ASSAULT`, `CONSULT`, ...), any case.
    pub plover: Option<String>,
    /// First date (ISO, possibly `YYYY` or `YYYY-MM`).
    pub from: Option<String>,
    /// Last date, inclusive.
    pub to: Option<String>,
    /// Place name (substring, any case) or country code.
    pub place: Option<String>,
    /// Words in the event's sentence (substring, any case).
    pub text: Option<String>,
    /// Document id.
    pub doc: Option<String>,
    /// Story id (a document id shared by near-duplicate copies).
    pub story: Option<String>,
}

/// A page of results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Page {
    /// Rows to skip.
    pub offset: u64,
    /// Rows to return at most.
    pub limit: u64,
}

impl Default for Page {
    /// The first 100 rows: a screenful for a table, a reasonable API page.
    fn default() -> Page {
        Page {
            offset: 0,
            limit: 100,
        }
    }
}

/// Period length for [`Store::dyads`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Bucket {
    /// `2024-01-03`.
    Day,
    /// ISO week, `2024-W01`.
    Week,
    /// `2024-01`.
    Month,
}

impl std::str::FromStr for Bucket {
    type Err = Error;
    fn from_str(s: &str) -> Result<Bucket> {
        match s {
            "day" => Ok(Bucket::Day),
            "week" => Ok(Bucket::Week),
            "month" => Ok(Bucket::Month),
            other => Err(Error::InvalidFilter {
                field: "bucket",
                message: format!("`{other}`: expected day, week or month"),
            }),
        }
    }
}

/// Events between one source and one target in one period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DyadCount {
    /// Source actor code.
    pub source: String,
    /// Target actor code (`None`: events without a target).
    pub target: Option<String>,
    /// The period (`2024-01-03`, `2024-W01`, `2024-01`); `None` for events without a date, or
    /// whose date is too coarse for the bucket (a month-precise date has no day or week).
    pub period: Option<String>,
    /// Events.
    pub events: u64,
    /// Distinct stories those events come from: wire copies counted once.
    pub stories: u64,
    /// Mean Goldstein value (`None` when no event has one).
    pub mean_goldstein: Option<f64>,
}

/// How often an actor code appears in the selected events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorCount {
    /// Actor code.
    pub code: String,
    /// Its country, when the code names one.
    pub country: Option<String>,
    /// Events with it as source.
    pub as_source: u64,
    /// Events with it as target.
    pub as_target: u64,
}

/// A stored document with everything a document view needs: text, sentence spans and events
/// (whose spans point into `text`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredDocument {
    /// Document id.
    pub id: String,
    /// Headline.
    pub title: Option<String>,
    /// The analysed text (headline, blank line, body).
    pub text: String,
    /// Publication date.
    pub date: Option<String>,
    /// Language code.
    pub lang: String,
    /// Outlet.
    pub source: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// Story id (the first stored near-duplicate's id; its own id when it has none).
    pub story_id: String,
    /// Documents in the same story, this one included.
    pub story_size: u64,
    /// Sentences in order.
    pub sentences: Vec<SentenceRow>,
    /// Events in order.
    pub events: Vec<EventRecord>,
}

/// One row of [`Store::documents`]: a document without its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentSummary {
    /// Document id.
    pub id: String,
    /// Headline.
    pub title: Option<String>,
    /// Publication date.
    pub date: Option<String>,
    /// Language code.
    pub lang: String,
    /// Outlet.
    pub source: Option<String>,
    /// Story id.
    pub story_id: String,
    /// Sentences.
    pub sentences: u64,
    /// Events.
    pub events: u64,
}

/// What the store holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stats {
    /// Documents.
    pub documents: u64,
    /// Sentences.
    pub sentences: u64,
    /// Events.
    pub events: u64,
    /// Actor mentions.
    pub actors: u64,
    /// Distinct stories (documents after near-duplicates are merged).
    pub stories: u64,
    /// Earliest event date.
    pub first_date: Option<String>,
    /// Latest event date.
    pub last_date: Option<String>,
}

/// A filter as SQL: a `WHERE` clause over `events e` and its parameters.
pub(crate) struct Sql {
    pub(crate) clause: String,
    pub(crate) params: Vec<Value>,
}

fn like_prefix(s: &str) -> String {
    format!("{}%", escape_like(s))
}

fn like_infix(s: &str) -> String {
    format!("%{}%", escape_like(s))
}

fn escape_like(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

fn check_date(field: &'static str, s: &str) -> Result<String> {
    let s = s.trim();
    let ok = matches!(s.len(), 4 | 7 | 10)
        && s.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if ok {
        Ok(s.to_string())
    } else {
        Err(Error::InvalidFilter {
            field,
            message: format!("`{s}`: expected YYYY, YYYY-MM or YYYY-MM-DD"),
        })
    }
}

impl EventFilter {
    /// The filter as a SQL condition over `events e`.
    pub(crate) fn to_sql(&self) -> Result<Sql> {
        let mut c: Vec<String> = vec!["1".into()];
        let mut p: Vec<Value> = Vec::new();
        let side = |c: &mut Vec<String>, p: &mut Vec<Value>, sides: &[&str], v: &str| {
            let v = v.trim();
            let mut alts = Vec::new();
            for s in sides {
                alts.push(format!("e.{s}_code LIKE ? ESCAPE '\\'"));
                p.push(Value::Text(like_prefix(v)));
                alts.push(format!("e.{s}_country = ?"));
                p.push(Value::Text(v.to_uppercase()));
            }
            c.push(format!("({})", alts.join(" OR ")));
        };
        if let Some(v) = &self.actor {
            side(&mut c, &mut p, &["source", "target"], v);
        }
        if let Some(v) = &self.source {
            side(&mut c, &mut p, &["source"], v);
        }
        if let Some(v) = &self.target {
            side(&mut c, &mut p, &["target"], v);
        }
        if let Some(v) = &self.country {
            c.push("(e.source_country = ? OR e.target_country = ?)".into());
            p.push(Value::Text(v.trim().to_uppercase()));
            p.push(Value::Text(v.trim().to_uppercase()));
        }
        if let Some(v) = &self.cameo {
            c.push("e.cameo LIKE ? ESCAPE '\\'".into());
            p.push(Value::Text(like_prefix(v.trim())));
        }
        if let Some(v) = &self.root {
            let v = v.trim();
            let v = if v.len() == 1 {
                format!("0{v}")
            } else {
                v.to_string()
            };
            c.push("e.cameo_root = ?".into());
            p.push(Value::Text(v));
        }
        if let Some(q) = self.quad {
            if !(1..=4).contains(&q) {
                return Err(Error::InvalidFilter {
                    field: "quad",
                    message: format!("{q}: expected 1 to 4"),
                });
            }
            c.push("e.quad_class = ?".into());
            p.push(Value::Integer(q.into()));
        }
        if let Some(v) = &self.plover {
            c.push("upper(e.plover_event) = ?".into());
            p.push(Value::Text(v.trim().to_uppercase()));
        }
        if let Some(v) = &self.from {
            let v = check_date("from", v)?;
            c.push("substr(e.date, 1, ?) >= ?".into());
            p.push(Value::Integer(v.len() as i64));
            p.push(Value::Text(v));
        }
        if let Some(v) = &self.to {
            let v = check_date("to", v)?;
            c.push("substr(e.date, 1, ?) <= ?".into());
            p.push(Value::Integer(v.len() as i64));
            p.push(Value::Text(v));
        }
        if let Some(v) = &self.place {
            c.push("(e.location_name LIKE ? ESCAPE '\\' OR e.location_country = ?)".into());
            p.push(Value::Text(like_infix(v.trim())));
            p.push(Value::Text(v.trim().to_uppercase()));
        }
        if let Some(v) = &self.text {
            c.push(
                "EXISTS (SELECT 1 FROM sentences s WHERE s.doc_id = e.doc_id
                         AND s.idx = e.sentence_index AND s.text LIKE ? ESCAPE '\\')"
                    .into(),
            );
            p.push(Value::Text(like_infix(v)));
        }
        if let Some(v) = &self.doc {
            c.push("e.doc_id = ?".into());
            p.push(Value::Text(v.clone()));
        }
        if let Some(v) = &self.story {
            c.push("e.doc_id IN (SELECT id FROM documents WHERE story_id = ?)".into());
            p.push(Value::Text(v.clone()));
        }
        Ok(Sql {
            clause: c.join(" AND "),
            params: p,
        })
    }
}

pub(crate) fn parse_record(doc_id: String, json: &str) -> Result<EventRecord> {
    serde_json::from_str(json).map_err(|source| Error::BadRecord { doc_id, source })
}

impl Store {
    /// One page of the events `filter` selects, ordered by date (undated last), then by
    /// document and position. Records read back exactly as `dyad code` printed them.
    pub fn events(&self, filter: &EventFilter, page: Page) -> Result<Vec<EventRecord>> {
        let sql = filter.to_sql()?;
        let mut st = self.conn.prepare(&format!(
            "SELECT e.doc_id, e.record FROM events e WHERE {}
             ORDER BY e.date IS NULL, e.date, e.doc_id, e.ord LIMIT ? OFFSET ?",
            sql.clause
        ))?;
        let mut params = sql.params;
        params.push(Value::Integer(page.limit.min(i64::MAX as u64) as i64));
        params.push(Value::Integer(page.offset.min(i64::MAX as u64) as i64));
        let rows = st.query_map(params_from_iter(params), |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?;
        let mut out = Vec::new();
        for r in rows {
            let (doc, json) = r?;
            out.push(parse_record(doc, &json)?);
        }
        Ok(out)
    }

    /// How many events `filter` selects (the total behind [`Store::events`]' pages).
    pub fn count_events(&self, filter: &EventFilter) -> Result<u64> {
        let sql = filter.to_sql()?;
        let n: i64 = self.conn.query_row(
            &format!("SELECT count(*) FROM events e WHERE {}", sql.clause),
            params_from_iter(sql.params),
            |r| r.get(0),
        )?;
        Ok(n as u64)
    }

    /// Calls `f` on every event `filter` selects, in [`Store::events`]' order, without holding
    /// them all in memory: for exports of any size. Stops at the first error `f` returns.
    pub fn for_each_event(
        &self,
        filter: &EventFilter,
        mut f: impl FnMut(EventRecord) -> Result<()>,
    ) -> Result<u64> {
        let sql = filter.to_sql()?;
        let mut st = self.conn.prepare(&format!(
            "SELECT e.doc_id, e.record FROM events e WHERE {}
             ORDER BY e.date IS NULL, e.date, e.doc_id, e.ord",
            sql.clause
        ))?;
        let mut rows = st.query(params_from_iter(sql.params))?;
        let mut n = 0;
        while let Some(r) = rows.next()? {
            let doc: String = r.get(0)?;
            let json: String = r.get(1)?;
            f(parse_record(doc, &json)?)?;
            n += 1;
        }
        Ok(n)
    }

    /// Event counts per (source code, target code, period), with distinct stories and mean
    /// Goldstein value: the series an analyst plots. Ordered by period, then by count.
    pub fn dyads(&self, filter: &EventFilter, bucket: Bucket) -> Result<Vec<DyadCount>> {
        let sql = filter.to_sql()?;
        // ISO weeks need SQLite ≥ 3.46 (`%G`, `%V`); the bundled SQLite has them. A date
        // without a day gives NULL, as the field documents.
        let period = match bucket {
            Bucket::Day => "CASE WHEN length(e.date) >= 10 THEN substr(e.date, 1, 10) END",
            Bucket::Week => "strftime('%G-W%V', substr(e.date, 1, 10))",
            Bucket::Month => "CASE WHEN length(e.date) >= 7 THEN substr(e.date, 1, 7) END",
        };
        let mut st = self.conn.prepare(&format!(
            "SELECT e.source_code, e.target_code, {period} AS period, count(*),
                    count(DISTINCT d.story_id), avg(e.goldstein)
             FROM events e JOIN documents d ON d.id = e.doc_id
             WHERE {}
             GROUP BY e.source_code, e.target_code, period
             ORDER BY period IS NULL, period, count(*) DESC, e.source_code, e.target_code",
            sql.clause
        ))?;
        let rows = st.query_map(params_from_iter(sql.params), |r| {
            Ok(DyadCount {
                source: r.get(0)?,
                target: r.get(1)?,
                period: r.get(2)?,
                events: r.get::<_, i64>(3)? as u64,
                stories: r.get::<_, i64>(4)? as u64,
                mean_goldstein: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How often each actor code is source or target of the selected events, most frequent
    /// first.
    pub fn actors(&self, filter: &EventFilter) -> Result<Vec<ActorCount>> {
        let sql = filter.to_sql()?;
        let mut st = self.conn.prepare(&format!(
            "WITH f AS (SELECT e.source_code, e.source_country, e.target_code, e.target_country
                        FROM events e WHERE {})
             SELECT code, max(country), sum(src), sum(tgt) FROM (
                 SELECT source_code AS code, source_country AS country, 1 AS src, 0 AS tgt FROM f
                 UNION ALL
                 SELECT target_code, target_country, 0, 1 FROM f WHERE target_code IS NOT NULL)
             GROUP BY code ORDER BY sum(src) + sum(tgt) DESC, code",
            sql.clause
        ))?;
        let rows = st.query_map(params_from_iter(sql.params), |r| {
            Ok(ActorCount {
                code: r.get(0)?,
                country: r.get(1)?,
                as_source: r.get::<_, i64>(2)? as u64,
                as_target: r.get::<_, i64>(3)? as u64,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One document with its sentences and events, or `None` when no document has this id.
    pub fn document(&self, id: &str) -> Result<Option<StoredDocument>> {
        let doc = self
            .conn
            .query_row(
                "SELECT d.id, d.title, d.text, d.date, d.lang, d.source, d.url, d.story_id,
                        (SELECT count(*) FROM documents o WHERE o.story_id = d.story_id)
                 FROM documents d WHERE d.id = ?1",
                [id],
                |r| {
                    Ok(StoredDocument {
                        id: r.get(0)?,
                        title: r.get(1)?,
                        text: r.get(2)?,
                        date: r.get(3)?,
                        lang: r.get(4)?,
                        source: r.get(5)?,
                        url: r.get(6)?,
                        story_id: r.get(7)?,
                        story_size: r.get::<_, i64>(8)? as u64,
                        sentences: Vec::new(),
                        events: Vec::new(),
                    })
                },
            )
            .optional()?;
        let Some(mut doc) = doc else {
            return Ok(None);
        };
        let mut st = self.conn.prepare(
            "SELECT idx, start, end, text FROM sentences WHERE doc_id = ?1 ORDER BY idx",
        )?;
        doc.sentences = st
            .query_map([id], |r| {
                Ok(SentenceRow {
                    index: r.get(0)?,
                    start: r.get(1)?,
                    end: r.get(2)?,
                    text: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        doc.events = self.events(
            &EventFilter {
                doc: Some(id.to_string()),
                ..Default::default()
            },
            Page {
                offset: 0,
                limit: u64::MAX,
            },
        )?;
        // `events` orders by date; a document view wants text order.
        doc.events
            .sort_by_key(|e| (e.sentence_index, e.trigger_span[0]));
        Ok(Some(doc))
    }

    /// Documents, most recently first coded last (first-ingest order), a page at a time.
    pub fn documents(&self, page: Page) -> Result<Vec<DocumentSummary>> {
        let mut st = self.conn.prepare(
            "SELECT id, title, date, lang, source, story_id, n_sentences, n_events
             FROM documents ORDER BY seq LIMIT ?1 OFFSET ?2",
        )?;
        let rows = st.query_map(
            [
                page.limit.min(i64::MAX as u64) as i64,
                page.offset.min(i64::MAX as u64) as i64,
            ],
            |r| {
                Ok(DocumentSummary {
                    id: r.get(0)?,
                    title: r.get(1)?,
                    date: r.get(2)?,
                    lang: r.get(3)?,
                    source: r.get(4)?,
                    story_id: r.get(5)?,
                    sentences: r.get::<_, i64>(6)? as u64,
                    events: r.get::<_, i64>(7)? as u64,
                })
            },
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Counts of everything stored.
    pub fn stats(&self) -> Result<Stats> {
        let count = |sql: &str| -> Result<u64> {
            Ok(self.conn.query_row(sql, [], |r| r.get::<_, i64>(0))? as u64)
        };
        let (first_date, last_date) =
            self.conn
                .query_row("SELECT min(date), max(date) FROM events", [], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?;
        Ok(Stats {
            documents: count("SELECT count(*) FROM documents")?,
            sentences: count("SELECT count(*) FROM sentences")?,
            events: count("SELECT count(*) FROM events")?,
            actors: count("SELECT count(*) FROM actors")?,
            stories: count("SELECT count(DISTINCT story_id) FROM documents")?,
            first_date,
            last_date,
        })
    }
}
