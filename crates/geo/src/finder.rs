//! Finding place names in a tagged sentence and choosing which place each one is.

use dyad_core::{Lang, Sentence, Span, UdRel, Upos};

use crate::gazetteer::{push_normalized, Gazetteer, PlaceId, PlaceKind};
use crate::rules::Rules;

/// Longest name, in tokens, the matcher tries ("Santa Cruz de la Sierra", "Guinea - Bissau",
/// "Reino Unido de Gran Bretaña e Irlanda de el Norte" is 10).
const MAX_NAME_TOKENS: usize = 10;

/// A place name found in a sentence, with every place it may be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceMention {
    /// First word of the name (0-based index into `Sentence::words`).
    pub first_word: u32,
    /// Last word of the name (0-based, inclusive).
    pub last_word: u32,
    /// Bytes of the name in the document text.
    pub span: Span,
    /// The places it may be, most prominent first; a description ("the Colombian capital") has
    /// exactly one.
    pub candidates: Vec<PlaceId>,
}

/// Finds and resolves place names in one language's sentences.
///
/// Requires the `words` layer with `upos` (and, for [`PlaceFinder::attach`], `head` and
/// `deprel`); assigns nothing: it returns mentions. Immutable and `Send + Sync`; build one per
/// language and share it.
#[derive(Debug, Clone)]
pub struct PlaceFinder {
    lang: Lang,
    gazetteer: &'static Gazetteer,
    pub(crate) rules: Rules,
}

/// A token of the matcher: one syntactic word. Multiword tokens are not merged back: English
/// "Jerusalem's" is `Jerusalem` + `'s`, and Spanish contractions inside names ("Valle del
/// Cauca" = `Valle de el Cauca`) are in the gazetteer in their split form too.
struct Unit<'s> {
    first: u32,
    last: u32,
    form: &'s str,
}

fn units(s: &Sentence) -> Vec<Unit<'_>> {
    s.words
        .iter()
        .enumerate()
        .map(|(i, w)| Unit {
            first: i as u32,
            last: i as u32,
            form: &w.form,
        })
        .collect()
}

/// Where word `w` ends in the text. The words of a multiword token share its span, so a name
/// that is the first part of one ("Jerusalem" of "Jerusalem's") ends where its form does.
fn word_end(s: &Sentence, w: usize) -> u32 {
    let word = &s.words[w];
    let shared = s.words.get(w + 1).is_some_and(|n| n.span == word.span);
    let start = word.span.start.wrapping_sub(s.span.start) as usize;
    let written = s
        .text
        .get(start..)
        .is_some_and(|t| t.starts_with(word.form.as_str()));
    if shared && written {
        word.span.start + word.form.len() as u32
    } else {
        word.span.end
    }
}

fn capitalized(form: &str) -> bool {
    form.chars().next().is_some_and(char::is_uppercase)
}

impl PlaceFinder {
    /// The finder for `lang`, over the built-in gazetteer and rules.
    pub fn new(lang: Lang) -> PlaceFinder {
        PlaceFinder::with(lang, Gazetteer::builtin(), Rules::embedded(lang))
    }

    /// A finder over another gazetteer or rules (tests, experiments).
    pub fn with(lang: Lang, gazetteer: &'static Gazetteer, rules: Rules) -> PlaceFinder {
        PlaceFinder {
            lang,
            gazetteer,
            rules,
        }
    }

    /// The language this finder reads.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The gazetteer its ids refer to.
    pub fn gazetteer(&self) -> &'static Gazetteer {
        self.gazetteer
    }

    /// Place names in `sentence`, in order, longest match first and not overlapping.
    ///
    /// A name starts with a capital letter and matches case-sensitively; a one-word name must be
    /// tagged PROPN (so "Reading" at the start of a sentence is not the town), must not be in the
    /// language's `not_place` list (months, continents), must be longer than two letters unless
    /// it names a country ("UK"), and a small town's name used as a subject, possessor or
    /// compound is taken for a person ("Clinton said"). A name next to another proper noun is
    /// part of a longer name and skipped ("Paris Hilton", "Washington Post", "Santiago Peña").
    /// "X, Y" where Y is a country or subdivision that holds one of X's candidates keeps only
    /// those ("Paris, Texas"); "Kaduna state", "el estado Zulia" put subdivisions first. "The
    /// Colombian capital" / "la capital peruana" (capital word next to a demonym) is a mention
    /// of that capital.
    pub fn find(&self, sentence: &Sentence) -> Vec<PlaceMention> {
        let units = units(sentence);
        let mut out: Vec<PlaceMention> = Vec::new();
        let mut key = String::new();
        let (mut ids, mut best_ids) = (Vec::new(), Vec::new());
        let longest = self.gazetteer.longest_name();
        let mut i = 0;
        while i < units.len() {
            if !capitalized(units[i].form) {
                i += 1;
                continue;
            }
            let mut best: Option<usize> = None;
            key.clear();
            for (j, u) in units.iter().enumerate().skip(i).take(MAX_NAME_TOKENS) {
                let before = key.len();
                push_normalized(&mut key, 0, u.form);
                if key.len() > longest {
                    break;
                }
                if key.len() == before {
                    continue; // a hyphen between words: a name does not end on it
                }
                self.gazetteer.candidates_in(&key, self.lang, &mut ids);
                if !ids.is_empty() {
                    best = Some(j);
                    std::mem::swap(&mut ids, &mut best_ids);
                }
            }
            match best {
                Some(j) if self.acceptable(sentence, &units, i, j, &best_ids) => {
                    let before = i > 0 && self.compass(&units[i - 1], &self.rules.compass_before);
                    let after = units
                        .get(j + 1)
                        .is_some_and(|u| self.compass(u, &self.rules.compass_after));
                    let a = units[if before { i - 1 } else { i }].first as usize;
                    let j = if after { j + 1 } else { j };
                    let b = units[j].last as usize;
                    let mut candidates = best_ids.clone();
                    if self.says_admin1(&units, i, j) {
                        // Stable: the subdivisions first, each group still by prominence.
                        candidates
                            .sort_by_key(|&c| self.gazetteer.get(c).kind != PlaceKind::Admin1);
                    }
                    out.push(PlaceMention {
                        first_word: a as u32,
                        last_word: b as u32,
                        span: Span::new(sentence.words[a].span.start, word_end(sentence, b)),
                        candidates,
                    });
                    i = j + 1;
                }
                _ => i += 1,
            }
        }
        self.qualify(&units, &mut out);
        self.descriptions(sentence, &units, &mut out);
        out
    }

    fn is_propn(s: &Sentence, u: &Unit) -> bool {
        (u.first..=u.last).any(|w| {
            let up = s.words[w as usize].upos;
            up.is_none() || up == Some(Upos::Propn)
        })
    }

    /// A one-word name is taken when tagged PROPN; the tagger also calls some names NOUN or ADJ
    /// ("Asunción", "Victoria" are common nouns too), so a capitalized word inside the sentence
    /// tagged so is taken when one of its places is prominent (a country, a subdivision, a
    /// capital, a city of a million; see `Place::prominence`): rare small towns named like
    /// common words ("Police", "Union") stay out.
    fn single_word_ok(&self, s: &Sentence, u: &Unit, ids: &[PlaceId]) -> bool {
        if Self::is_propn(s, u) {
            return true;
        }
        let tag_ok = (u.first..=u.last).all(|w| {
            matches!(
                s.words[w as usize].upos,
                Some(Upos::Noun | Upos::Adj | Upos::X)
            )
        });
        tag_ok
            && u.first > 0
            && ids
                .first()
                .is_some_and(|&id| self.gazetteer.get(id).prominence() >= 1e6)
    }

    /// A one-word name whose places are all small towns (no country, subdivision, capital of
    /// 100,000 or city of a million) used as a subject, compound or part of a flat name is taken for a person or an
    /// organization: "Clinton said", "Obama administration", "Mishima wrote". Such a town is
    /// still found after a preposition or as an object ("in Eldoret", "seized Goma").
    fn person_like(&self, s: &Sentence, u: &Unit, ids: &[PlaceId]) -> bool {
        let small = ids.iter().all(|&id| {
            let p = self.gazetteer.get(id);
            p.kind == PlaceKind::City && p.prominence() < 1e6
        });
        let w = &s.words[u.first as usize];
        // A subject after its verb is more often a parser error on an object ("tomaron Goma")
        // than a person.
        let before_head = w.head.is_some_and(|h| h as usize > u.first as usize + 1);
        small
            && w.deprel.as_ref().is_some_and(|r| match r.base() {
                UdRel::Nsubj | UdRel::Csubj => before_head,
                UdRel::Compound | UdRel::Flat | UdRel::Vocative | UdRel::Appos | UdRel::Amod => {
                    true
                }
                UdRel::Nmod => r.subtype() == Some("poss"),
                _ => false,
            })
    }

    /// One or two letters ("Po", "Io") are a town only in a gazetteer; "UK" or "EU" as a
    /// country's name stays.
    fn too_short(&self, form: &str, ids: &[PlaceId]) -> bool {
        form.chars().count() <= 2
            && !ids
                .iter()
                .any(|&id| self.gazetteer.get(id).kind == PlaceKind::Country)
    }

    fn acceptable(
        &self,
        s: &Sentence,
        units: &[Unit],
        i: usize,
        j: usize,
        ids: &[PlaceId],
    ) -> bool {
        if i == j
            && (self.rules.not_place.contains(units[i].form)
                || self.too_short(units[i].form, ids)
                || !self.single_word_ok(s, &units[i], ids)
                || self.person_like(s, &units[i], ids))
        {
            return false;
        }
        let extends = |u: &Unit| {
            capitalized(u.form)
                && Self::is_propn(s, u)
                && !self.rules.not_name.contains(u.form)
                && self.gazetteer.lookup(u.form).is_empty()
        };
        let after = units.get(j + 1);
        if after.is_some_and(|u| extends(u) && !self.compass(u, &self.rules.compass_after))
            || self.names_waters(units, i, j)
        {
            return false;
        }
        !(i > 0
            && extends(&units[i - 1])
            && !self.compass(&units[i - 1], &self.rules.compass_before))
    }

    /// A capitalized direction word ("North", "Este") next to a name: part of the mention, not
    /// of a longer unknown name.
    fn compass(&self, u: &Unit, words: &std::collections::HashSet<String>) -> bool {
        capitalized(u.form) && !words.is_empty() && words.contains(&u.form.to_lowercase())
    }

    /// Whether the name `i..=j` only names a body of water: "the Sea of Japan", "el mar de la
    /// China Meridional", "Lake Chad", "the Taiwan Strait". Looks back over at most four link
    /// words and capitalized words for a water noun, and at the word after the name.
    fn names_waters(&self, units: &[Unit], i: usize, j: usize) -> bool {
        let r = &self.rules;
        let lower = |u: &Unit| u.form.to_lowercase();
        if units
            .get(j + 1)
            .is_some_and(|u| r.waters_after.contains(&lower(u)))
        {
            return true;
        }
        // A name that is itself a sea's ("the Red Sea", also a Sudanese state's name) is the
        // sea, unless the text says the state ("Red Sea state").
        if j > i && r.waters_after.contains(&lower(&units[j])) && !self.says_admin1(units, i, j) {
            return true;
        }
        for u in units[..i].iter().rev().take(4) {
            let w = lower(u);
            if r.waters_before.contains(&w) {
                return true;
            }
            if !(r.waters_link.contains(&w) || capitalized(u.form)) {
                return false;
            }
        }
        false
    }

    /// "Kaduna state", "the state of Zulia", "la provincia de Córdoba".
    fn says_admin1(&self, units: &[Unit], i: usize, j: usize) -> bool {
        let r = &self.rules;
        if units
            .get(j + 1)
            .is_some_and(|u| r.admin_after.contains(&u.form.to_lowercase()))
        {
            return true;
        }
        r.admin_before.iter().any(|p| {
            p.len() <= i
                && p.iter()
                    .zip(&units[i - p.len()..i])
                    .all(|(w, u)| u.form.to_lowercase() == *w)
        })
    }

    /// "Paris, Texas", "Córdoba, Argentina": the second name narrows the first.
    fn qualify(&self, units: &[Unit], mentions: &mut [PlaceMention]) {
        let g = self.gazetteer;
        for k in 1..mentions.len() {
            let (head, tail) = mentions.split_at_mut(k);
            let (a, b) = (&mut head[k - 1], &tail[0]);
            let comma = units
                .iter()
                .any(|u| u.first == a.last_word + 1 && u.form == "," && u.last + 1 == b.first_word);
            if !comma || a.candidates.len() < 2 {
                continue;
            }
            let kept: Vec<PlaceId> = a
                .candidates
                .iter()
                .copied()
                .filter(|&c| {
                    let pc = g.get(c);
                    b.candidates.iter().any(|&q| {
                        let pq = g.get(q);
                        pq.country == pc.country
                            && match pq.kind {
                                PlaceKind::Country => true,
                                PlaceKind::Admin1 => pq.admin1 == pc.admin1 && c != q,
                                PlaceKind::City => false,
                            }
                    })
                })
                .collect();
            if !kept.is_empty() {
                a.candidates = kept;
            }
        }
    }

    /// "the Colombian capital", "la capital peruana" (the capital); "several Iranian cities",
    /// "territorio libanés" (the country: rules `country_words`).
    fn descriptions(&self, s: &Sentence, units: &[Unit], out: &mut Vec<PlaceMention>) {
        let g = self.gazetteer;
        for (k, u) in units.iter().enumerate() {
            let word = u.form.to_lowercase();
            let capital = self.rules.capital_words.contains(&word);
            if !capital && !self.rules.country_words.contains(&word) {
                continue;
            }
            let neighbours = [k.checked_sub(1), Some(k + 1)];
            for n in neighbours.into_iter().flatten() {
                let Some(d) = units.get(n) else { continue };
                let Some(country) = g.demonym(self.lang, d.form) else {
                    continue;
                };
                let place = if capital {
                    g.capital_of(country)
                } else {
                    g.country(country)
                };
                let Some(cap) = place else {
                    continue;
                };
                let (a, b) = (u.first.min(d.first), u.last.max(d.last));
                if out.iter().any(|m| m.first_word <= b && a <= m.last_word) {
                    break;
                }
                out.push(PlaceMention {
                    first_word: a,
                    last_word: b,
                    span: Span::new(s.words[a as usize].span.start, word_end(s, b as usize)),
                    candidates: vec![cap],
                });
                break;
            }
        }
        out.sort_by_key(|m| m.first_word);
    }

    /// The place a mention stands for: the most prominent candidate in one of the document's
    /// countries (ISO 3166 alpha-3 / CAMEO codes of its other places and actors), else the most
    /// prominent one (country, then capital, then by population). `None` only for a mention
    /// without candidates.
    ///
    /// A country's name yields to a subdivision of a document's country ("Georgia" in a story
    /// about the United States) but not to a town: "central Mali" in a story that also names
    /// China is the country, not the Chinese town of Mali, and "Lebanon" stays the country in
    /// an American story. A capital yields only to a city of at least a twentieth of its
    /// population.
    pub fn resolve(&self, mention: &PlaceMention, document_countries: &[&str]) -> Option<PlaceId> {
        let g = self.gazetteer;
        let first = mention.candidates.first().copied()?;
        let top = g.get(first);
        let names_country = top.kind == PlaceKind::Country;
        // A national capital yields only to a city of some size: "Santiago" in a story about
        // Peru is Chile's capital (4.8 million), not a Peruvian district of 64,000; in a story
        // about the Dominican Republic, its second city.
        let capital = top.kind == PlaceKind::City && top.capital;
        let rival = |c: PlaceId| {
            let p = g.get(c);
            let town = p.kind == PlaceKind::City
                && (names_country || capital && p.population < top.population / 20);
            c == first || !town
        };
        mention
            .candidates
            .iter()
            .copied()
            .filter(|&c| rival(c))
            .find(|&c| document_countries.contains(&g.get(c).country_code()))
            .or(Some(first))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::Word;

    /// A sentence from `form/UPOS` tokens, no tree.
    fn tagged(text: &str) -> Sentence {
        let mut s = Sentence::default();
        let mut at = 0u32;
        for t in text.split(' ') {
            let (form, tag) = t.rsplit_once('/').unwrap();
            let mut w = Word::new(form, Span::new(at, at + form.len() as u32));
            w.upos = Some(tag.parse().unwrap());
            at += form.len() as u32 + 1;
            s.words.push(w);
        }
        s
    }

    fn names(f: &PlaceFinder, s: &Sentence) -> Vec<String> {
        f.find(s)
            .iter()
            .map(|m| {
                let ws = &s.words[m.first_word as usize..=m.last_word as usize];
                ws.iter()
                    .map(|w| w.form.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    #[test]
    fn finder_is_send_and_sync() {
        fn shared<T: Send + Sync>() {}
        shared::<PlaceFinder>();
        shared::<Gazetteer>();
    }

    #[test]
    fn admin_words_pick_the_subdivision() {
        let f = PlaceFinder::new(Lang::En);
        let g = f.gazetteer();
        let s = tagged("Gunmen/NOUN attacked/VERB Kaduna/PROPN state/NOUN ./PUNCT");
        let m = f.find(&s);
        assert_eq!(
            g.get(f.resolve(&m[0], &[]).unwrap()).kind,
            PlaceKind::Admin1
        );
        let s = tagged("Gunmen/NOUN attacked/VERB Kaduna/PROPN ./PUNCT");
        let m = f.find(&s);
        assert_eq!(g.get(f.resolve(&m[0], &[]).unwrap()).kind, PlaceKind::City);
    }

    #[test]
    fn malformed_heads_do_not_panic() {
        let f = PlaceFinder::new(Lang::En);
        let mut s = tagged("Talks/NOUN in/ADP Nairobi/PROPN ended/VERB");
        for (w, h) in s.words.iter_mut().zip([4, 3, 99, 0]) {
            w.head = Some(h);
            w.deprel = Some("obl".parse().unwrap());
        }
        let m = f.find(&s);
        assert_eq!(f.attach(&s, &m, 3), None);
        assert_eq!(f.attach(&s, &m, 77), None);
    }

    #[test]
    fn finds_multiword_and_skips_longer_names() {
        let f = PlaceFinder::new(Lang::En);
        let s = tagged("Paris/PROPN Hilton/PROPN flew/VERB to/ADP Addis/PROPN Ababa/PROPN from/ADP New/PROPN York/PROPN ./PUNCT");
        assert_eq!(names(&f, &s), ["Addis Ababa", "New York"]);
        let s = tagged("Reading/VERB the/DET report/NOUN in/ADP Nice/PROPN ,/PUNCT she/PRON smiled/VERB ./PUNCT");
        assert_eq!(names(&f, &s), ["Nice"]);
        let s = tagged(
            "Talks/NOUN in/ADP Guinea/PROPN -/PUNCT Bissau/PROPN ended/VERB Tuesday/PROPN ./PUNCT",
        );
        assert_eq!(names(&f, &s), ["Guinea - Bissau"]);
    }

    #[test]
    fn direction_words_narrow_a_name() {
        let f = PlaceFinder::new(Lang::En);
        let g = f.gazetteer();
        let s = tagged("Drones/NOUN hit/VERB North/PROPN Waziristan/PROPN and/CCONJ East/PROPN Jerusalem/PROPN ./PUNCT");
        assert_eq!(names(&f, &s), ["North Waziristan", "East Jerusalem"]);
        let m = f.find(&s);
        assert_eq!(g.get(f.resolve(&m[0], &[]).unwrap()).country_code(), "PAK");
        // An unknown word before a name still makes it another name.
        let s = tagged("Paris/PROPN Hilton/PROPN spoke/VERB ./PUNCT");
        assert!(names(&f, &s).is_empty());
        let f = PlaceFinder::new(Lang::Es);
        let s = tagged("Atacaron/VERB Jerusalén/PROPN Este/PROPN ./PUNCT");
        assert_eq!(names(&f, &s), ["Jerusalén Este"]);
    }

    #[test]
    fn a_following_state_narrows_the_city() {
        let f = PlaceFinder::new(Lang::En);
        let g = f.gazetteer();
        let s = tagged("He/PRON lives/VERB in/ADP Paris/PROPN ,/PUNCT Texas/PROPN ./PUNCT");
        let m = f.find(&s);
        let paris = f.resolve(&m[0], &[]).unwrap();
        assert_eq!(g.get(paris).country_code(), "USA");
    }

    #[test]
    fn descriptions_name_the_capital() {
        let g = Gazetteer::builtin();
        let f = PlaceFinder::new(Lang::En);
        let s =
            tagged("Protests/NOUN spread/VERB in/ADP the/DET Colombian/ADJ capital/NOUN ./PUNCT");
        let m = f.find(&s);
        assert_eq!(g.get(m[0].candidates[0]).name, "Bogotá");
        let f = PlaceFinder::new(Lang::Es);
        let s = tagged("Hubo/VERB protestas/NOUN en/ADP la/DET capital/NOUN peruana/ADJ ./PUNCT");
        let m = f.find(&s);
        assert_eq!(g.get(m[0].candidates[0]).name, "Lima");
        assert_eq!((m[0].first_word, m[0].last_word), (4, 5));
    }

    #[test]
    fn a_demonym_on_a_country_word_names_the_country() {
        let g = Gazetteer::builtin();
        let f = PlaceFinder::new(Lang::En);
        let s =
            tagged("Protests/NOUN erupted/VERB in/ADP several/ADJ Iranian/ADJ cities/NOUN ./PUNCT");
        let m = f.find(&s);
        assert_eq!(g.get(m[0].candidates[0]).country_code(), "IRN");
        assert_eq!(g.get(m[0].candidates[0]).kind, PlaceKind::Country);
        let f = PlaceFinder::new(Lang::Es);
        let s = tagged("cohetes/NOUN desde/ADP territorio/NOUN libanés/ADJ ./PUNCT");
        let m = f.find(&s);
        assert_eq!(g.get(m[0].candidates[0]).country_code(), "LBN");
    }

    #[test]
    fn document_countries_settle_ambiguity() {
        let f = PlaceFinder::new(Lang::En);
        let g = f.gazetteer();
        let s = tagged("Storms/NOUN hit/VERB Georgia/PROPN ./PUNCT");
        let m = f.find(&s);
        let code = |ids: Option<PlaceId>| g.get(ids.unwrap()).country_code().to_string();
        assert_eq!(code(f.resolve(&m[0], &[])), "GEO");
        assert_eq!(code(f.resolve(&m[0], &["USA"])), "USA");
        assert_eq!(
            g.get(f.resolve(&m[0], &["USA"]).unwrap()).kind,
            PlaceKind::Admin1
        );
    }

    #[test]
    fn a_country_name_does_not_yield_to_a_town_of_a_document_country() {
        let f = PlaceFinder::new(Lang::En);
        let g = f.gazetteer();
        let s = tagged("Gunmen/NOUN attacked/VERB villages/NOUN in/ADP Mali/PROPN ./PUNCT");
        let m = f.find(&s);
        assert!(
            m[0].candidates.len() > 1,
            "Mali is also a town: the test needs both"
        );
        let town_country = m[0].candidates[1..]
            .iter()
            .map(|&c| g.get(c).country_code())
            .find(|&c| c != "MLI")
            .expect("a town of another country");
        let place = g.get(f.resolve(&m[0], &[town_country]).unwrap());
        assert_eq!(
            (place.kind, place.country_code()),
            (PlaceKind::Country, "MLI")
        );
    }
}
