//! Arcs UD never has, refused at prediction time: a subject with a case marker.
//!
//! Why: the greedy parser scores each transition alone, so it can make the `with` phrase of
//! "the king's talks with Egyptian officials went well" a second subject of *went*. The event
//! coder reads subjects as sources, so such trees invent actors and lose the nominal event.
//! UD subjects (`nsubj`, `csubj` and subtypes) never take a `case` dependent (the possessive
//! 's hangs from its `nmod:poss`), so the arc is refused and the next-best transition stands,
//! usually the right attachment. Training is unchanged (the oracle never proposes these arcs);
//! when every alternative is refused the parse is as before ([`super::best_legal`] falls back).
//!
//! Measured (predicted tags, `dyad eval syntax`): EWT dev UAS/LAS 84.60/81.39 → 84.60/81.40,
//! en PUD 81.48/78.14 → 81.50/78.14. Also tried and rejected: refusing a second subject of
//! one predicate, which cost 0.14 UAS on EWT dev and 0.2 on en PUD (the first subject the
//! greedy parser attaches is not always the right one); refusing nominal relations (`nsubj`,
//! `obj`, `obl`, `nmod`, `amod`, `case`...) to finite verbs and `case`/`det` under them, which
//! moved UAS by -0.01 (EWT dev), -0.02 (en PUD), -0.07 (es PUD) and +0.12 (GSD): no gain,
//! and the parses it was meant for ("the visit on Tuesday surprised analysts") stayed wrong.

use dyad_core::{DepRel, UdRel};

use super::transition::{decode, Kind, State, NONE};

/// Which labels the rule concerns.
#[derive(Debug, Clone, Default)]
pub(crate) struct Constraints {
    /// Per label: a subject relation.
    subject: Vec<bool>,
    /// `label % 64` bits of `case` in the child-label sets of [`State`]; 0 (rule off) when
    /// another label shares a bit with it.
    case_bits: u64,
}

impl Constraints {
    /// The rule for a parser with these labels.
    pub fn new(labels: &[DepRel]) -> Constraints {
        let subject = labels
            .iter()
            .map(|l| matches!(l.base(), UdRel::Nsubj | UdRel::Csubj))
            .collect();
        let is_case = |l: &DepRel| l.base() == UdRel::Case && l.subtype().is_none();
        let bits = |keep: bool| {
            labels
                .iter()
                .enumerate()
                .filter(|(_, l)| is_case(l) == keep)
                .fold(0u64, |b, (i, _)| b | 1 << (i % 64))
        };
        let (case, others) = (bits(true), bits(false));
        Constraints {
            subject,
            case_bits: if case & others == 0 { case } else { 0 },
        }
    }

    /// Whether transition class `c` builds an arc the rule allows in state `st`.
    #[inline]
    pub fn allow(&self, st: &State, c: usize) -> bool {
        let (kind, label) = decode(c);
        if kind == Kind::Shift || !self.subject.get(label as usize).copied().unwrap_or(false) {
            return true;
        }
        // LEFT and RIGHT both attach the stack top.
        let dep = st.s(0);
        dep == NONE || (st.lset[dep as usize] | st.rset[dep as usize]) & self.case_bits == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(names: &[&str]) -> Vec<DepRel> {
        names.iter().map(|n| n.parse().unwrap()).collect()
    }

    #[test]
    fn subjects_and_case_are_found_among_the_labels() {
        let c = Constraints::new(&labels(&["root", "nsubj", "csubj:pass", "case", "obj"]));
        assert_eq!(c.subject, [false, true, true, false, false]);
        assert_eq!(c.case_bits, 0b1000);
    }

    #[test]
    fn a_case_bit_shared_with_another_label_switches_the_rule_off() {
        // 65 labels: `case`, the 65th, shares bit 0 with `root`.
        let mut names = vec!["root"];
        names.extend(std::iter::repeat_n("obj", 63));
        names.push("case");
        assert_eq!(Constraints::new(&labels(&names)).case_bits, 0);
    }
}
