//! When and where: each coded event gets the date and place its sentence gives it
//! (`dyad-time`, `dyad-geo`), else the dateline's place, and says which it used.
//!
//! Runs after coding and only on sentences that have events, so most sentences of a day of
//! news never reach it: it cannot be the slowest stage.

use dyad_core::{ActorCode, Date, Lang, Sentence};
use dyad_events::{DatePrecision, Event, EventDate, LocationRecord, TriggerKind};
use dyad_geo::{PlaceFinder, PlaceId, PlaceMention};
use dyad_time::{Dateline, Precision, TimeExpr, TimeTagger};

/// One language's resolvers.
pub(crate) struct Resolvers {
    pub time: TimeTagger,
    pub places: PlaceFinder,
}

impl Resolvers {
    pub fn new(lang: Lang) -> Resolvers {
        Resolvers {
            time: TimeTagger::new(lang),
            places: PlaceFinder::new(lang),
        }
    }

    /// Fills `date` and `place` of every event of the document. `anchor` is the date relative
    /// expressions count from (publication, else dateline); `dateline` the parsed dateline.
    pub fn resolve(
        &self,
        sentences: &[Sentence],
        events: &mut [Event],
        anchor: Option<Date>,
        dateline: Option<&Dateline>,
    ) {
        if events.is_empty() {
            return;
        }
        // The place names of the sentences that have events, found once.
        let mut mentions: Vec<(u32, Vec<PlaceMention>)> = Vec::new();
        for e in events.iter() {
            if mentions.last().map(|m| m.0) != Some(e.sentence_index) {
                if let Some(s) = sentences.get(e.sentence_index as usize) {
                    mentions.push((e.sentence_index, self.places.find(s)));
                }
            }
        }
        let mentions_of = |i: u32| {
            mentions
                .iter()
                .find(|m| m.0 == i)
                .map_or(&[][..], |m| &m.1[..])
        };
        // The countries the document is about: every actor's, which settle ambiguous names
        // ("Santiago" in a story about Chile). Not the country of an actor that is itself an
        // ambiguous town's name, which the lexicon gives one country ("Florencia" is Florence
        // in Italy there): that would settle the name by its own guess.
        let mut countries: Vec<String> = Vec::new();
        // (Which sentences name each, so that an event's own parties can be left out below.)
        let mut named_in: Vec<(String, u32)> = Vec::new();
        for e in events.iter() {
            for a in std::iter::once(&e.source).chain(e.target.as_ref()) {
                // (Nor a country only the story's earlier sentences gave: an inference.)
                let sentence = sentences.get(e.sentence_index as usize);
                if a.country_from == Some("story")
                    || sentence.is_some_and(|s| {
                        self.town_named(a, mentions_of(e.sentence_index), s)
                            .is_some()
                    })
                {
                    continue;
                }
                for c in a.codes.iter() {
                    if let dyad_events::ActorTag::Code(code) = c {
                        if let Some(k) = code.country() {
                            if !countries.iter().any(|x| x == k) {
                                countries.push(k.to_string());
                            }
                            named_in.push((k.to_string(), e.sentence_index));
                        }
                    }
                }
            }
        }
        let country_refs: Vec<&str> = countries.iter().map(String::as_str).collect();
        let dateline_place = dateline.and_then(|d| self.dateline_place(&d.place, &country_refs));

        // An actor named by a town the gazetteer places in another country than the lexicon
        // does is that country's: "Florencia, Caquetá" and "Florencia" in a story about
        // Colombia are Colombian, not Florence.
        for e in events.iter_mut() {
            let found = mentions_of(e.sentence_index);
            let Some(sentence) = sentences.get(e.sentence_index as usize) else {
                continue;
            };
            for a in std::iter::once(&mut e.source).chain(e.target.as_mut()) {
                let Some(m) = self.town_named(a, found, sentence) else {
                    continue;
                };
                let Some(id) = self.places.resolve(m, &country_refs) else {
                    continue;
                };
                let country = self.places.gazetteer().get(id).country_code();
                let [dyad_events::ActorTag::Code(old)] = &a.codes[..] else {
                    continue;
                };
                // Only on evidence, not on size alone: a country another sentence of the story
                // names, or words that narrowed the name ("Florencia, Caquetá"). A bare
                // "Valencia" keeps the lexicon's reading, and so does "Egipto abrió el paso
                // de Rafah" (the other party's country is no evidence of where the town is).
                let g = self.places.gazetteer();
                let narrowed = !m
                    .candidates
                    .iter()
                    .any(|&c| old.country() == Some(g.get(c).country_code()));
                let elsewhere = named_in
                    .iter()
                    .any(|(k, i)| k == country && *i != e.sentence_index);
                // ... and not when the sentence itself names the lexicon's country: "The
                // Spanish king visited Valencia" in a story about Venezuela.
                let here = named_in
                    .iter()
                    .any(|(k, i)| Some(k.as_str()) == old.country() && *i == e.sentence_index);
                if old.country() == Some(country) || !(narrowed || elsewhere && !here) {
                    continue;
                }
                // The same roles in the other country: ITAMIL → COLMIL.
                let recoded = format!("{country}{}", old.as_str().get(3..).unwrap_or(""));
                if let Ok(code) = recoded.parse::<ActorCode>() {
                    a.codes = vec![dyad_events::ActorTag::Code(code)].into();
                    a.country_from = Some("place");
                }
            }
        }
        let mut current: Option<(u32, Vec<TimeExpr>, &[PlaceMention])> = None;
        for e in events.iter_mut() {
            let Some(s) = sentences.get(e.sentence_index as usize) else {
                continue;
            };
            // Events come in sentence order: find a sentence's expressions once.
            if current.as_ref().map(|c| c.0) != Some(e.sentence_index) {
                let times = anchor.map(|a| self.time.find(s, a)).unwrap_or_default();
                // (The place names were found above, once per sentence.)
                current = Some((e.sentence_index, times, mentions_of(e.sentence_index)));
            }
            let Some((_, times, places)) = current.as_ref() else {
                continue;
            };
            // A nominal event ("the visit on Tuesday surprised analysts", "la visita … el
            // martes sorprendió") takes the date of the clause it is an argument of when its
            // noun has none of its own: parsers often hang the date on that verb.
            let own = self.time.attach(s, times, e.trigger_word);
            let governing = || {
                (e.trigger_kind == TriggerKind::Noun)
                    .then(|| s.words.get(e.trigger_word as usize)?.head)
                    .flatten()
                    .filter(|h| *h > 0)
                    .and_then(|h| self.time.attach(s, times, h - 1))
            };
            if let Some(t) = own.or_else(governing) {
                e.date = Some(EventDate {
                    value: t.value.to_string(),
                    precision: precision(t.value.precision),
                    span: t.span,
                });
            }
            let mention = self.places.attach(s, places, e.trigger_word);
            let here = mention.and_then(|m| {
                let id = self.places.resolve(m, &country_refs)?;
                Some(self.location(id, "text", Some([m.span.start, m.span.end])))
            });
            // An actor the text gives no country is placed where the event happened, when
            // the sentence itself says where ("a roadside bomb near Samarra killed ..." →
            // IRQ); a dateline only says where the reporter was.
            if let Some(state) = here
                .as_ref()
                .and_then(|p| p.country.as_deref())
                .and_then(|c| c.parse::<ActorCode>().ok())
            {
                // (For the actor too: "Estudiantes ... se enfrentaron con la policía en
                // Bogotá" in a story that began in Chile are Colombian students.)
                // (Not one who travels there: "the president arrived in Nairobi" is a visitor,
                // the visitor of a host (043) too, and both parties of a meeting at a third
                // place (044).)
                let code = e.code.cameo();
                let visitor_source = code.is_some_and(|c| matches!(c.as_str(), "042" | "044"));
                let visitor_target = code.is_some_and(|c| matches!(c.as_str(), "043" | "044"));
                let placed = !visitor_source
                    && (e.source.place_in(&state, "place")
                        || e.source.replace_story_state(&state, "place"));
                if let Some(t) = e.target.as_mut().filter(|_| !visitor_target) {
                    // The sentence's own place outranks the story's state for the one acted
                    // upon ("Russian forces killed civilians in Kharkiv").
                    if !t.place_in(&state, "place") {
                        t.replace_story_state(&state, "place");
                    }
                }
                // "Thousands of people marched in Buenos Aires": the marchers placed there,
                // the place is no target of theirs.
                // (Its words may run past the place's name: "en el palacio de Miraflores".)
                let the_place = |t: &dyad_events::Actor| {
                    t.codes == e.source.codes
                        && mention.is_some_and(|m| {
                            t.span.start <= m.span.start && m.span.end <= t.span.end
                        })
                };
                if placed && e.target.as_ref().is_some_and(the_place) {
                    e.target = None;
                }
            }
            e.place = here.or_else(|| dateline_place.clone());
        }
        // The same words are the same actor in every event of their sentence: "Miles de
        // trabajadores se declararon en huelga en Chile para exigir aumentos" places the
        // strikers in Chile for the demand too, which names no place of its own.
        // (Over a country only the story gave, too.)
        for i in 0..events.len() {
            let story = events[i].source.country_from == Some("story");
            if events[i].source.country_from.is_some() && !story {
                continue;
            }
            let placed = events.iter().find(|o| {
                o.sentence_index == events[i].sentence_index
                    && o.source.span == events[i].source.span
                    && o.source.country_from == Some("place")
            });
            if let Some(codes) = placed.map(|o| o.source.codes.clone()) {
                if story || events[i].source.countryless() {
                    events[i].source.codes = codes;
                    events[i].source.country_from = Some("place");
                }
            }
        }
    }

    /// The place mention that gave actor `a` its country, when that mention is the name of
    /// towns or regions in more than one country: the lexicon's `city:`/`capital:` lines give
    /// such a name one country, the gazetteer knows them all. The mention lies inside the
    /// actor's words ("Florencia", "un campamento cerca de Florencia"), no country bears the
    /// name, and one of its places is in the actor's country.
    fn town_named<'m>(
        &self,
        a: &dyad_events::Actor,
        mentions: &'m [PlaceMention],
        s: &Sentence,
    ) -> Option<&'m PlaceMention> {
        let [dyad_events::ActorTag::Code(code)] = &a.codes[..] else {
            return None;
        };
        let country = code.country()?;
        let g = self.places.gazetteer();
        mentions.iter().find(|m| {
            if !(a.span.start <= m.span.start && m.span.end <= a.span.end) {
                return false;
            }
            let name: Vec<&str> = (m.first_word..=m.last_word)
                .filter_map(|k| s.words.get(k as usize).map(|w| w.form.as_str()))
                .collect();
            let all = g.lookup_in(self.places.lang(), &name.join(" "));
            all.iter()
                .all(|&c| g.get(c).kind != dyad_geo::PlaceKind::Country)
                && all.iter().any(|&c| g.get(c).country_code() == country)
                && all.iter().any(|&c| g.get(c).country_code() != country)
        })
    }

    /// The dateline's place (`BOGOTÁ`, `SAN JOSÉ`) in the gazetteer, as written or title-cased.
    fn dateline_place(&self, place: &str, countries: &[&str]) -> Option<LocationRecord> {
        let g = self.places.gazetteer();
        let title: String = place
            .split_whitespace()
            .map(|w| {
                let mut c = w.chars();
                match c.next() {
                    Some(f) => f
                        .to_uppercase()
                        .chain(c.flat_map(char::to_lowercase))
                        .collect(),
                    None => String::new(),
                }
            })
            .collect::<Vec<String>>()
            .join(" ");
        let head = title.split(',').next().unwrap_or(&title).trim().to_string();
        let mut ids = g.lookup_in(self.places.lang(), &head);
        if ids.is_empty() {
            ids = g.lookup(&head).to_vec();
        }
        let best = ids.iter().copied().max_by(|a, b| {
            let (pa, pb) = (g.get(*a), g.get(*b));
            let ka = countries.contains(&pa.country_code());
            let kb = countries.contains(&pb.country_code());
            (ka, pa.prominence())
                .partial_cmp(&(kb, pb.prominence()))
                .unwrap_or(std::cmp::Ordering::Equal)
        })?;
        Some(self.location(best, "dateline", None))
    }

    fn location(&self, id: PlaceId, from: &str, span: Option<[u32; 2]>) -> LocationRecord {
        let p = self.places.gazetteer().get(id);
        LocationRecord {
            name: p.name.clone(),
            country: Some(p.country_code().to_string()),
            lat: Some(coordinate(p.lat)),
            lon: Some(coordinate(p.lon)),
            geonames_id: Some(p.geonames_id),
            from: Some(from.to_string()),
            span,
        }
    }
}

/// A gazetteer coordinate (`f32`) as the decimal it was written as: five places, about a
/// metre, rather than the widened binary value (9.024999618530273).
fn coordinate(x: f32) -> f64 {
    (f64::from(x) * 1e5).round() / 1e5
}

fn precision(p: Precision) -> DatePrecision {
    match p {
        Precision::Day => DatePrecision::Day,
        Precision::Week => DatePrecision::Week,
        Precision::Month => DatePrecision::Month,
        Precision::Year => DatePrecision::Year,
        Precision::Decade => DatePrecision::Decade,
        Precision::Document => DatePrecision::Document,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_print_as_written() {
        assert_eq!(coordinate(9.025).to_string(), "9.025");
        assert_eq!(coordinate(-74.08175).to_string(), "-74.08175");
    }

    #[test]
    fn every_precision_has_its_contract_word() {
        for (p, w) in [
            (Precision::Day, "day"),
            (Precision::Week, "week"),
            (Precision::Month, "month"),
            (Precision::Year, "year"),
            (Precision::Decade, "decade"),
            (Precision::Document, "document"),
        ] {
            assert_eq!(precision(p).as_str(), w);
        }
    }
}
