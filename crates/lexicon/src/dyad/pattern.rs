//! The pattern grammar of verb and noun entries: conditions on the predicate's dependents by
//! UD relation, then the code.
//!
//! ```text
//! pattern: obj=visit obl:to=target => 042
//! pattern: prt=off obj=@meeting => 164 reverse 164
//! pattern: obj=target(@person) !obl:with=@weapon => 173
//! pattern: obj=balance|pose|chord => none
//! pattern: obj=aid+military|defense => 072
//! ```
//!
//! A condition is `REL`, `REL=FILLER` or `!REL[=TEST]`:
//! - `REL`: `subj obj iobj obl obl:P nmod nmod:P poss amod compound xcomp ccomp prt expl`,
//!   where `P` is the lemma of the dependent's case marker (`obl:to`, `obl:con`; several words
//!   joined by `_`: `obl:en_contra_de`). `prt` is UD `compound:prt`, `expl` the Spanish
//!   pronominal `se` (`expl:pv`), `poss` the possessor `nmod:poss`;
//! - `FILLER`: `source` or `target` (the dependent is an actor and fills that slot; a test in
//!   parentheses narrows it: `target(@person)`), or a TEST: `*` (present), `@class`, or lemmas
//!   `a|b|c` of the dependent's head; a TEST may add `+TEST` for a modifier of that head
//!   (`amod`, `compound` or `nmod`): `obj=aid+military` is military aid, not aid;
//! - `!`: a negative constraint: the pattern does not apply when such a dependent exists.
//!
//! The code is a CAMEO code, `none` (recognized, not an event), or `CODE reverse CODE` /
//! `reverse CODE` for the target→source event PETRARCH writes `[a:b]`.

use crate::petrarch::{EventCode, VerbCode};
use crate::Result;

use super::block::At;

/// A dependency relation a condition looks at, named from the predicate (verb or noun).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ArgRel {
    /// `subj`: the subject (`nsubj`; of a passive, the `obl:agent`).
    Subj,
    /// `obj`: the direct object (of a passive, `nsubj:pass`).
    Obj,
    /// `iobj`: the indirect object.
    Iobj,
    /// `obl` / `obl:P`: an oblique, with its case marker's lemma words when given.
    Obl(Option<Vec<String>>),
    /// `nmod` / `nmod:P`: a nominal modifier (of an event noun), with its case marker.
    Nmod(Option<Vec<String>>),
    /// `poss`: a possessor (`nmod:poss`, "her trip", "su visita").
    Poss,
    /// `amod`: an adjectival modifier ("the Saudi-led campaign").
    Amod,
    /// `compound`: a nominal compound modifier ("the Gondor visit").
    Compound,
    /// `xcomp`: an open clausal complement ("plans to visit").
    Xcomp,
    /// `ccomp`: a clausal complement.
    Ccomp,
    /// `prt`: a verb particle (`compound:prt`: "call off").
    Prt,
    /// `expl`: a pronominal clitic (`expl:pv`: "reunirse").
    Expl,
}

impl ArgRel {
    fn parse(s: &str) -> Option<ArgRel> {
        let prep = |p: &str| -> Option<Option<Vec<String>>> {
            let w: Vec<String> = p.split('_').map(str::to_string).collect();
            (!w.iter().any(String::is_empty)).then_some(Some(w))
        };
        Some(match s.split_once(':') {
            Some(("obl", p)) => ArgRel::Obl(prep(p)?),
            Some(("nmod", p)) => ArgRel::Nmod(prep(p)?),
            Some(_) => return None,
            None => match s {
                "subj" => ArgRel::Subj,
                "obj" => ArgRel::Obj,
                "iobj" => ArgRel::Iobj,
                "obl" => ArgRel::Obl(None),
                "nmod" => ArgRel::Nmod(None),
                "poss" => ArgRel::Poss,
                "amod" => ArgRel::Amod,
                "compound" => ArgRel::Compound,
                "xcomp" => ArgRel::Xcomp,
                "ccomp" => ArgRel::Ccomp,
                "prt" => ArgRel::Prt,
                "expl" => ArgRel::Expl,
                _ => return None,
            },
        })
    }
}

/// The event slot a dependent fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slot {
    /// Who acts.
    Source,
    /// Who is acted on.
    Target,
}

/// What a dependent must be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Test {
    /// `*`: anything.
    Any,
    /// `@actor`: it names an actor (dictionary actor or agent).
    Actor,
    /// `@person`: it names a person (a `person` actor or an agent of kind `person`).
    Person,
    /// `@name`: its head lemma is in the word class `name`.
    Class(String),
    /// `a|b`: its head lemma is one of these.
    Lemmas(Vec<String>),
}

/// One condition of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cond {
    /// The relation.
    pub rel: ArgRel,
    /// `!`: no dependent may satisfy the rest of the condition.
    pub negated: bool,
    /// The slot the dependent fills, if any.
    pub bind: Option<Slot>,
    /// What the dependent must be.
    pub test: Test,
    /// `+TEST`: what one of the dependent's modifiers must be ("ayuda+militar": the aid is
    /// military), so that a kind of thing gets its own code where its head noun alone cannot
    /// tell (072 military aid, 073 humanitarian aid, 070 aid).
    pub modifier: Option<Test>,
}

/// `pattern: CONDITIONS => CODE`.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    /// Conditions, all of which must hold.
    pub conds: Vec<Cond>,
    /// The code.
    pub code: VerbCode,
    /// Line number.
    pub line: usize,
}

pub(crate) fn parse_pattern(v: &str, line: usize, at: At<'_>) -> Result<Pattern> {
    let Some((lhs, rhs)) = v.split_once("=>") else {
        return Err(at.err(line, format!("pattern {v:?} lacks `=> CODE`")));
    };
    let code = parse_code(rhs, line, at)?;
    let mut conds = Vec::new();
    for c in lhs.split_whitespace() {
        conds.push(parse_cond(c, line, at)?);
    }
    if conds.is_empty() {
        return Err(at.err(
            line,
            "pattern without conditions: write the verb's own code as `code:`",
        ));
    }
    Ok(Pattern { conds, code, line })
}

fn parse_cond(c: &str, line: usize, at: At<'_>) -> Result<Cond> {
    let (negated, body) = match c.strip_prefix('!') {
        Some(b) => (true, b),
        None => (false, c),
    };
    let (rel_s, filler) = match body.split_once('=') {
        Some((r, f)) => (r, Some(f)),
        None => (body, None),
    };
    let rel = ArgRel::parse(rel_s).ok_or_else(|| {
        at.err(
            line,
            format!("{rel_s:?} in {c:?} is not a relation: expected subj, obj, iobj, obl, obl:P, nmod, nmod:P, poss, amod, compound, xcomp, ccomp, prt, expl"),
        )
    })?;
    let (bind, test) = match filler {
        None => (None, Test::Any),
        Some(f) => {
            let (slot, rest) = if let Some(r) = f.strip_prefix("source") {
                (Some(Slot::Source), r)
            } else if let Some(r) = f.strip_prefix("target") {
                (Some(Slot::Target), r)
            } else {
                (None, f)
            };
            match slot {
                Some(s) if rest.is_empty() => (Some(s), Test::Actor),
                Some(s) => {
                    let inner = rest
                        .strip_prefix('(')
                        .and_then(|r| r.strip_suffix(')'))
                        .ok_or_else(|| {
                            at.err(
                                line,
                                format!("in {c:?}: expected `source`, `target` or `target(TEST)`"),
                            )
                        })?;
                    (Some(s), parse_test(inner, c, line, at)?)
                }
                // `obj=aid+military`: the head's test; the modifier's is read below.
                None => {
                    let head = rest.split_once('+').map_or(rest, |(h, _)| h);
                    (None, parse_test(head, c, line, at)?)
                }
            }
        }
    };
    let modifier = match (&bind, filler.and_then(|f| f.split_once('+'))) {
        (None, Some((_, m))) => Some(parse_test(m, c, line, at)?),
        _ => None,
    };
    if negated && bind.is_some() {
        return Err(at.err(
            line,
            format!("{c:?}: a negative condition cannot fill a slot"),
        ));
    }
    Ok(Cond {
        rel,
        negated,
        bind,
        test,
        modifier,
    })
}

fn parse_test(t: &str, c: &str, line: usize, at: At<'_>) -> Result<Test> {
    if t == "*" {
        return Ok(Test::Any);
    }
    if let Some(name) = t.strip_prefix('@') {
        if name.is_empty()
            || !name
                .chars()
                .all(|ch| ch.is_alphanumeric() || ch == '-' || ch == '_')
        {
            return Err(at.err(line, format!("in {c:?}: {t:?} is not a class name")));
        }
        return Ok(match name {
            "actor" => Test::Actor,
            "person" => Test::Person,
            _ => Test::Class(name.to_string()),
        });
    }
    let lemmas: Vec<String> = t.split('|').map(str::to_string).collect();
    if lemmas
        .iter()
        .any(|l| l.is_empty() || l.chars().any(|ch| "()=!@*+".contains(ch)))
    {
        return Err(at.err(
            line,
            format!("in {c:?}: expected `*`, `@class` or lemmas `a|b`, found {t:?}"),
        ));
    }
    Ok(Test::Lemmas(lemmas))
}

/// `none`, `CODE`, `CODE reverse CODE` or `reverse CODE`.
pub(crate) fn parse_code(s: &str, line: usize, at: At<'_>) -> Result<VerbCode> {
    let cameo = |x: &str| -> Result<EventCode> {
        x.parse()
            .map(EventCode::Cameo)
            .map_err(|_| at.err(line, format!("{x:?} is not a CAMEO event code")))
    };
    let p: Vec<&str> = s.split_whitespace().collect();
    Ok(match p.as_slice() {
        ["none"] => VerbCode::Null,
        [c] => VerbCode::Event(cameo(c)?),
        [c, "reverse", r] => VerbCode::Pair {
            forward: Some(cameo(c)?),
            reverse: Some(cameo(r)?),
        },
        ["reverse", r] => VerbCode::Pair {
            forward: None,
            reverse: Some(cameo(r)?),
        },
        _ => {
            return Err(at.err(
                line,
                format!(
                    "code {:?}: expected `none`, `CODE`, `CODE reverse CODE` or `reverse CODE`",
                    s.trim()
                ),
            ))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn at() -> At<'static> {
        At {
            path: Path::new("verbs.txt"),
        }
    }

    #[test]
    fn a_modifier_test_after_plus() {
        let p = parse_pattern("obj=aid|help+@aid_military obl:to=target => 072", 3, at()).unwrap();
        assert_eq!(
            p.conds[0].test,
            Test::Lemmas(vec!["aid".into(), "help".into()])
        );
        assert_eq!(
            p.conds[0].modifier,
            Some(Test::Class("aid_military".into()))
        );
        assert_eq!(p.conds[1].modifier, None);
        // Not inside a slot's test, and a lemma never contains `+`.
        assert!(parse_pattern("obj=target(aid+military) => 072", 3, at()).is_err());
        assert!(parse_pattern("obj=aid+ => 072", 3, at()).is_err());
    }

    #[test]
    fn conditions_and_codes() {
        let p = parse_pattern(
            "obj=visita obl:a=target !obl:en_contra_de=@arma subj=source(@person) prt => 042 reverse 043",
            7,
            at(),
        )
        .unwrap();
        assert_eq!(p.conds.len(), 5);
        assert_eq!(p.conds[0].test, Test::Lemmas(vec!["visita".into()]));
        assert_eq!(p.conds[1].rel, ArgRel::Obl(Some(vec!["a".into()])));
        assert_eq!(
            (p.conds[1].bind, &p.conds[1].test),
            (Some(Slot::Target), &Test::Actor)
        );
        assert!(p.conds[2].negated);
        assert_eq!(
            p.conds[2].rel,
            ArgRel::Obl(Some(vec!["en".into(), "contra".into(), "de".into()]))
        );
        assert_eq!(p.conds[2].test, Test::Class("arma".into()));
        assert_eq!(p.conds[3].test, Test::Person);
        assert_eq!(p.conds[4].test, Test::Any);
        assert_eq!(p.code.codes().count(), 2);
        assert_eq!(parse_code(" none ", 1, at()).unwrap(), VerbCode::Null);
    }

    #[test]
    fn malformed() {
        for v in [
            "obj=visit",
            "=> 042",
            "obj=visit => 999",
            "obj=visit => 042 043",
            "object=visit => 042",
            "obl:=x => 042",
            "!obj=target => 042",
            "obj=target[x] => 042",
            "obj=@ => 042",
            "obj=a||b => 042",
            "acl:relcl=x => 042",
        ] {
            match parse_pattern(v, 9, at()) {
                Err(crate::Error::Syntax { line: 9, .. }) => {}
                other => panic!("{v:?}: {other:?}"),
            }
        }
    }
}
