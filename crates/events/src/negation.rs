//! PETRARCH's negation algebra: what a negated verb codes under PETRARCH verb dictionaries.
//!
//! Why: CAMEO codes acts, not the absence of acts, so with dyad's own lexicon a negated
//! predicate keeps its code and is marked `negated` ([`crate::Modality::Negated`]). PETRARCH 2
//! and UniversalPetrarch read some codes as the negation of others instead: their internal
//! ontology writes *disapprove* (110) as "not *engage in diplomatic cooperation*" (050),
//! *coerce* (170) as "not *sign a formal agreement*" (057), and each *reject* code (12x) as "not"
//! the thing rejected, so "did not clash with" codes 050 and "did not cooperate" codes 121.
//! Users who bring their PETRARCH dictionaries expect PETRARCH's events, and the re-coded
//! PETRARCH functional suite is scored that way; so when a lexicon has PETRARCH verbs
//! ([`dyad_lexicon::Lexicon::has_petrarch_verbs`]) a negated event whose code has a
//! counterpart here is emitted as that counterpart, asserted. Codes without one stay negated.

use dyad_lexicon::petrarch::EventCode;

use crate::{Event, Modality};

/// Negating the first code gives the second (PETRARCH's ontology subtracts its "not"
/// component; the reverse direction has no code of its own there, so it is not listed).
const COUNTERPARTS: [(&str, &str); 11] = [
    ("110", "050"),
    ("170", "057"),
    ("060", "121"),
    ("061", "1211"),
    ("062", "1212"),
    ("080", "124"),
    ("081", "1241"),
    ("082", "1242"),
    ("085", "1244"),
    ("086", "1245"),
    ("087", "1246"),
];

/// The code PETRARCH gives a negated event of `code` (CAMEO digits), if any.
pub(crate) fn petrarch_counterpart(code: &str) -> Option<&'static str> {
    COUNTERPARTS
        .iter()
        .find(|(from, _)| *from == code)
        .map(|(_, to)| *to)
}

/// Rewrites each negated event of `events` whose code has a PETRARCH counterpart as that
/// counterpart, asserted.
pub(crate) fn apply_petrarch(events: &mut [Event]) {
    for e in events
        .iter_mut()
        .filter(|e| e.modality == Modality::Negated)
    {
        let Some(to) = e
            .code
            .cameo()
            .and_then(|c| petrarch_counterpart(c.as_str()))
        else {
            continue;
        };
        e.code = EventCode::parse(to);
        e.modality = Modality::Asserted;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negated_disapproval_is_cooperation_and_negated_cooperation_a_rejection() {
        assert_eq!(petrarch_counterpart("110"), Some("050"));
        assert_eq!(petrarch_counterpart("060"), Some("121"));
        assert_eq!(petrarch_counterpart("050"), None);
        assert_eq!(petrarch_counterpart("190"), None);
    }

    #[test]
    fn every_counterpart_is_a_cameo_code() {
        for (from, to) in COUNTERPARTS {
            for c in [from, to] {
                assert!(c.parse::<dyad_core::CameoCode>().is_ok(), "{c}");
            }
        }
    }
}
