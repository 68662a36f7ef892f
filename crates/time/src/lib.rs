//! Temporal expressions in news sentences, resolved to calendar dates (issue 5).
//!
//! **Takes** a sentence analysed by `dyad-syntax` (words with lemma, UPOS, features, head and
//! relation) and the document date it is read against. **Gives** every temporal expression in
//! the sentence ([`TimeExpr`]: word range, byte span, resolved [`TimeValue`] with its
//! [`Precision`]), the one that modifies a given predicate ([`TimeTagger::attach`]), and the
//! dateline at the head of a story ([`TimeTagger::parse_dateline`]).
//!
//! The entry type is [`TimeTagger`], built once per language from `data/<lang>.txt` and shared
//! by all threads. It handles, in English and Spanish: absolute dates (`June 9, 2021`,
//! `9 de junio de 2021`, `09/06/2021` in the language's field order, `Jan. 3rd`); partial
//! dates (`June 9`, `in November 2021`, `en agosto`); relative ones (`yesterday`,
//! `on Thursday`, `last week`, `two days ago`, `anteayer`, `el pasado martes`,
//! `hace dos días`); parts of periods (`mid-July`, `early next year`,
//! `la primera quincena de junio`, `a finales de mes`); weekends and days of the month
//! (`over the weekend`, `el día 5`); ranges whose ends share a unit (`from April to June`,
//! `entre 2019 y 2021`); years and decades. Which Thursday or which June a year-less
//! expression means comes from the tense of the verb it hangs from: "met on Thursday" is the
//! last one, "will meet on Thursday" / "va a reunirse el jueves" the next (see `tree.rs`).
//!
//! Datelines need no analysis:
//!
//! ```
//! use dyad_core::{Date, Lang};
//! use dyad_time::{Precision, TimeTagger};
//!
//! let es = TimeTagger::new(Lang::Es);
//! let published: Date = "2021-02-13".parse().unwrap();
//! let d = es.parse_dateline("BOGOTÁ, 12 feb (EFE) - El canciller ...", Some(published)).unwrap();
//! assert_eq!((d.place.as_str(), d.agency.as_deref()), ("BOGOTÁ", Some("EFE")));
//! let date = d.date.unwrap();
//! assert_eq!((date.to_string(), date.precision), ("2021-02-12".to_string(), Precision::Day));
//! ```
//!
//! Sentences need `dyad-syntax`'s analysis first (the models live in `models/<lang>/`):
//!
//! ```no_run
//! use dyad_core::{Date, Lang};
//! use dyad_time::TimeTagger;
//!
//! # fn analysed() -> dyad_core::Sentence { unimplemented!() }
//! let tagger = TimeTagger::new(Lang::En);
//! let sentence = analysed(); // "The ministers met on Thursday." after dyad-syntax
//! let anchor: Date = "2021-06-09".parse().unwrap();
//! let exprs = tagger.find(&sentence, anchor);
//! println!("{}", exprs[0].value); // 2021-06-03 (the Thursday before; "will meet": 2021-06-10)
//! let met = 2; // the predicate's word index
//! let when = tagger.attach(&sentence, &exprs, met).map(|e| e.value);
//! ```
//!
//! **Does not**: read times of day, durations ("for three weeks"), ranges whose first end
//! borrows from the second ("del 1 al 5 de junio", "June 1-5"), set or recurring
//! expressions, or narrative-relative ones ("the next day", "el día anterior": resolved
//! against the event they follow, not the document); nor fall back to the document date when
//! nothing is attached (the caller does that, with [`TimeValue::document`], precision
//! "document"). Which Thursday a sentence means is only as good as the tagger's tense: an
//! irregular past tagged Tense=Pres ("prices fell in January") reads as future.

#![deny(missing_docs)]

mod data;
mod dateline;
mod error;
mod matcher;
mod tree;
mod value;

use dyad_core::{Date, Lang, Sentence, Span};

pub use dateline::Dateline;
pub use error::{Error, Result};
pub use value::{Precision, TimeValue};

use data::Data;
use matcher::Ctx;

/// One temporal expression found in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeExpr {
    /// First word, 0-based index into `sentence.words`.
    pub first_word: u32,
    /// Last word, 0-based, inclusive.
    pub last_word: u32,
    /// Bytes in the original text (the words' spans; a preposition such as "in" of "in 2019"
    /// is outside it, an article that carries meaning, "el jueves", inside).
    pub span: Span,
    /// The resolved value.
    pub value: TimeValue,
}

/// Finds and resolves temporal expressions for one language.
///
/// Immutable after construction and `Send + Sync`: build one per language and share it.
/// Requires the `lemma`, `upos`, `feats`, `head` and `deprel` layers (from `dyad-syntax`);
/// assigns nothing, returning [`TimeExpr`]s.
#[derive(Debug)]
pub struct TimeTagger {
    data: Data,
}

impl TimeTagger {
    /// The tagger for `lang` with its built-in data (`data/<lang>.txt`).
    pub fn new(lang: Lang) -> TimeTagger {
        let text = match lang {
            Lang::En => include_str!("../data/en.txt"),
            Lang::Es => include_str!("../data/es.txt"),
        };
        TimeTagger::from_data(text).expect("invariant: built-in time data parses (tested)")
    }

    /// A tagger from data in the `data/<lang>.txt` format, so a new language or a fix can be
    /// tried without rebuilding; errors name the line.
    pub fn from_data(text: &str) -> Result<TimeTagger> {
        Ok(TimeTagger {
            data: Data::parse(text)?,
        })
    }

    /// Every temporal expression in `sentence`, left to right, resolved against `anchor` (the
    /// document date). Sentences with no digit and no time word return at once.
    pub fn find(&self, sentence: &Sentence, anchor: Date) -> Vec<TimeExpr> {
        let Some(pieces) = self.data.pieces(sentence) else {
            return Vec::new();
        };
        let ctx = Ctx {
            data: &self.data,
            sentence,
            pieces: &pieces,
            anchor,
        };
        ctx.scan()
            .into_iter()
            .filter_map(|m| {
                let value = m.value?;
                let first = pieces[m.content].word;
                let last = pieces[m.end - 1].word;
                let span = sentence.words[first as usize]
                    .span
                    .cover(sentence.words[last as usize].span);
                Some(TimeExpr {
                    first_word: first,
                    last_word: last,
                    span,
                    value,
                })
            })
            .collect()
    }

    /// The expression among `exprs` that modifies `predicate` (0-based word): one hanging from
    /// it directly (`obl`, `obl:tmod`, `nmod:tmod`, `advmod`) or from a phrase that does, but
    /// not one inside another clause ("said on Friday that they met on Thursday": "Friday"
    /// for "said", "Thursday" for "met"). The nearest in the tree wins.
    ///
    /// A non-finite clause with no expression of its own happens when the clause it serves
    /// does: "used tear gas on Tuesday to disperse protesters", "began on Monday shelling the
    /// town" take the governing verb's day.
    pub fn attach<'a>(
        &self,
        sentence: &Sentence,
        exprs: &'a [TimeExpr],
        predicate: u32,
    ) -> Option<&'a TimeExpr> {
        let own = |p: u32| {
            exprs
                .iter()
                .filter_map(|e| {
                    tree::distance_to(sentence, e.first_word, e.last_word, p).map(|d| (d, e))
                })
                .min_by_key(|(d, _)| *d)
                .map(|(_, e)| e)
        };
        let mut p = predicate;
        for _ in 0..3 {
            if let Some(e) = own(p) {
                return Some(e);
            }
            p = tree::non_finite_governor(sentence, p)?;
        }
        None
    }

    /// The dateline at the start of `text` (a story body), if it has one: its place, agency and
    /// date, the date's year taken from `published` when the dateline gives none.
    pub fn parse_dateline(&self, text: &str, published: Option<Date>) -> Option<Dateline> {
        self.data.dateline(text, published)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn tagger_is_send_sync_and_builds_for_every_language() {
        assert_send_sync::<TimeTagger>();
        for l in Lang::ALL {
            let _ = TimeTagger::new(l);
        }
    }

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn datelines_in_english() {
        let t = TimeTagger::new(Lang::En);
        let p = Some(d("2022-01-04"));
        let x = t
            .parse_dateline("NAIROBI, Jan. 3rd - Kenya's president said", p)
            .unwrap();
        assert_eq!(x.place, "NAIROBI");
        assert_eq!(x.agency, None);
        assert_eq!(x.date.unwrap().to_string(), "2022-01-03");
        let text = "WASHINGTON, March 4 (AP) — The Senate voted";
        let x = t.parse_dateline(text, Some(d("2021-03-05"))).unwrap();
        assert_eq!(&text[x.span.range()], "WASHINGTON, March 4 (AP) —");
        assert_eq!(x.agency.as_deref(), Some("AP"));
        assert_eq!(x.date.unwrap().to_string(), "2021-03-04");
        let x = t.parse_dateline("TOKYO (Reuters) - Japan's", None).unwrap();
        assert_eq!(
            (x.place.as_str(), x.agency.as_deref(), x.date),
            ("TOKYO", Some("Reuters"), None)
        );
        // A dateline in early January read with a date from December of the year before.
        let x = t
            .parse_dateline("KABUL, Dec. 30 (AP) -", Some(d("2022-01-02")))
            .unwrap();
        assert_eq!(x.date.unwrap().to_string(), "2021-12-30");
        let x = t
            .parse_dateline("GOMA, Congo (Reuters) - Rebels", None)
            .unwrap();
        assert_eq!(x.place, "GOMA, Congo");
        let x = t
            .parse_dateline("NEW YORK, June 9, 2020 (AP) -", None)
            .unwrap();
        assert_eq!(x.date.unwrap().to_string(), "2020-06-09");
        let text = "ADDIS ABABA/NAIROBI, Nov 16 (Reuters) - Ethiopia";
        let x = t.parse_dateline(text, Some(d("2020-11-17"))).unwrap();
        assert_eq!(x.place, "ADDIS ABABA/NAIROBI");
        assert_eq!(x.date.unwrap().to_string(), "2020-11-16");
    }

    #[test]
    fn datelines_in_spanish() {
        let t = TimeTagger::new(Lang::Es);
        let x = t
            .parse_dateline("BOGOTÁ, 12 feb (EFE) - El Gobierno", Some(d("2021-02-12")))
            .unwrap();
        assert_eq!(x.place, "BOGOTÁ");
        assert_eq!(x.agency.as_deref(), Some("EFE"));
        assert_eq!(x.date.unwrap().to_string(), "2021-02-12");
        let x = t
            .parse_dateline(
                "MADRID, 3 Mar. (EUROPA PRESS) - El presidente",
                Some(d("2023-03-03")),
            )
            .unwrap();
        assert_eq!(x.agency.as_deref(), Some("EUROPA PRESS"));
        assert_eq!(x.date.unwrap().to_string(), "2023-03-03");
        let x = t
            .parse_dateline("SAN JOSÉ, 5 de abril (AFP) —", Some(d("2023-04-06")))
            .unwrap();
        assert_eq!(x.place, "SAN JOSÉ");
        assert_eq!(x.date.unwrap().to_string(), "2023-04-05");
        let text = "CIUDAD DE MÉXICO, 5 dic (Reuters) - México";
        let x = t.parse_dateline(text, Some(d("2022-12-05"))).unwrap();
        assert_eq!(x.place, "CIUDAD DE MÉXICO");
        assert_eq!(x.date.unwrap().to_string(), "2022-12-05");
    }

    #[test]
    fn ordinary_first_sentences_are_not_datelines() {
        let en = TimeTagger::new(Lang::En);
        let es = TimeTagger::new(Lang::Es);
        for text in [
            "Kenya's president flew to Addis Ababa on Tuesday.",
            "EU leaders met in Brussels on Monday, officials said.",
            "The UN - which has 193 members - voted.",
            "NATO, the EU and Russia agreed on Friday to talk.",
            "In 2019, the army took power.",
        ] {
            assert_eq!(en.parse_dateline(text, None), None, "{text}");
        }
        for text in [
            "El Gobierno de Colombia anunció el martes un acuerdo.",
            "La ONU, con sede en Nueva York, pidió calma.",
            "EE.UU. y China firmaron un acuerdo.",
        ] {
            assert_eq!(es.parse_dateline(text, None), None, "{text}");
        }
    }
}
