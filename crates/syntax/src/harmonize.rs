//! Treebank harmonization: plain-text rules that relabel training treebanks to one convention.
//!
//! Two treebanks of one language often annotate the same construction differently (Spanish
//! AnCora tags relative `que` PRON, GSD tags it SCONJ). Trained on both, a tagger learns a coin
//! toss. The fix is data, not code: a rules file per language (`data/harmonize/<lang>.txt`), read
//! by [`Rules::parse`] and applied by [`Rules::apply`] before training, so that every change to
//! the training data is a reviewable line with its reason.
//!
//! # Format
//!
//! One rule per line; `#` starts a comment (the comment block above a rule says why and which UD
//! guideline backs it). A rule is
//!
//! ```text
//! SCOPE : CONDITION... -> CHANGE...
//! ```
//!
//! - `SCOPE` is `*` (every sentence) or comma-separated `sent_id` prefixes (`CESS-,3LB-`).
//! - A `CONDITION` is `KEY=V1|V2` (the key's value is one of those) or `KEY!=V1|V2`. Keys:
//!   `form`, `lower` (lowercased form), `shape` (`X`/`x`/`d` per character, runs cut at four:
//!   `1998` → `dddd`, `Gobierno` → `Xxxxx`), `lemma`, `upos`, `deprel` (the full label, `acl:relcl`),
//!   `feat.NAME` (the feature's value; `_` when absent), and `head.` + any of those for the
//!   word's head (the root's head matches nothing but `head.upos=_`), or `child.` + any of those:
//!   `child.deprel=obj|obl` holds when some dependent has one of the values, `child.deprel!=obj`
//!   when none has; `sibling.` likewise over the other dependents of the word's head
//!   (`sibling.deprel=obj`: the head has another object). All conditions must hold.
//! - A `CHANGE` is `upos=X`, `deprel=X`, `lemma=X`, `feat.NAME=V` (set; `_` removes) or
//!   `feats=_` (clear all). Values are checked when the file is read (`upos=NUON` is an error).
//!
//! Rules run in file order over every word of every sentence in scope, each rule seeing the
//! changes of the ones before it. Rules never move heads, so trees stay trees; a rule that changes
//! a UPOS is expected to change the deprel and features that go with it in the same line.
//!
//! ```
//! use dyad_syntax::harmonize::Rules;
//! let rules = Rules::parse("es.txt", "* : lower=donde upos=PRON -> upos=ADV feats=_\n").unwrap();
//! assert_eq!(rules.len(), 1);
//! ```

use std::collections::BTreeMap;

use dyad_core::{DepRel, Feats, Sentence, Upos, Word};

use crate::{Error, Result};

/// A parsed rules file.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    rules: Vec<Rule>,
}

#[derive(Debug, Clone)]
struct Rule {
    /// 1-based line in the rules file, for reports.
    line: usize,
    /// `sent_id` prefixes; empty = every sentence.
    scope: Vec<String>,
    conds: Vec<Cond>,
    changes: Vec<Change>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Field {
    Form,
    Lower,
    Lemma,
    Upos,
    Deprel,
    Shape,
}

#[derive(Debug, Clone, PartialEq)]
enum Key {
    Field(Field),
    Feat(String),
}

/// Which word a condition looks at.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Target {
    Word,
    Head,
    /// Any dependent (`KEY=`) / no dependent (`KEY!=`) has a value in the set.
    Child,
    /// Like `Child`, over the other dependents of the word's head (never the word itself).
    Sibling,
}

#[derive(Debug, Clone)]
struct Cond {
    target: Target,
    key: Key,
    negated: bool,
    values: Vec<String>,
}

#[derive(Debug, Clone)]
enum Change {
    Upos(Upos),
    Deprel(DepRel),
    Lemma(String),
    /// Set (`Some`) or remove (`None`) one feature.
    Feat(String, Option<String>),
    ClearFeats,
}

/// How many words each rule changed, by the rule's line number.
pub type Counts = BTreeMap<usize, usize>;

impl Rules {
    /// Reads a rules file; `name` labels errors, which give the 1-based line and what was wrong.
    pub fn parse(name: &str, text: &str) -> Result<Rules> {
        let mut rules = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let body = raw.split('#').next().unwrap_or("").trim();
            if body.is_empty() {
                continue;
            }
            let err = |message: String| Error::Rules {
                source_name: name.to_string(),
                line,
                message,
            };
            rules.push(parse_rule(body, line).map_err(err)?);
        }
        Ok(Rules { rules })
    }

    /// Number of rules.
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    /// True when the file held no rule.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// Applies every rule, in file order, to `sentences`; returns how many words each rule
    /// changed (keyed by line), so a training log can show that each rule still fires.
    pub fn apply(&self, sentences: &mut [Sentence]) -> Counts {
        let mut counts = Counts::new();
        for r in &self.rules {
            let n = counts.entry(r.line).or_default();
            for s in sentences.iter_mut() {
                if !r.in_scope(s) {
                    continue;
                }
                for i in 0..s.words.len() {
                    if r.conds.iter().all(|c| c.holds(s, i)) {
                        r.change(&mut s.words[i]);
                        *n += 1;
                    }
                }
            }
        }
        counts
    }
}

impl Rule {
    fn in_scope(&self, s: &Sentence) -> bool {
        self.scope.is_empty()
            || s.id
                .as_deref()
                .is_some_and(|id| self.scope.iter().any(|p| id.starts_with(p.as_str())))
    }

    fn change(&self, w: &mut Word) {
        for c in &self.changes {
            match c {
                Change::Upos(u) => w.upos = Some(*u),
                Change::Deprel(d) => w.deprel = Some(d.clone()),
                Change::Lemma(l) => w.lemma = Some(l.clone()),
                Change::ClearFeats => w.feats = Feats::empty(),
                Change::Feat(name, value) => w.feats = set_feat(&w.feats, name, value.as_deref()),
            }
        }
    }
}

impl Cond {
    fn holds(&self, s: &Sentence, i: usize) -> bool {
        let w = match self.target {
            Target::Word => s.words.get(i),
            Target::Head => match s.words[i].head {
                Some(h) if h >= 1 => s.words.get(h as usize - 1),
                _ => None,
            },
            Target::Child => {
                let id = i as u32 + 1;
                let any = s
                    .words
                    .iter()
                    .filter(|c| c.head == Some(id))
                    .any(|c| self.values.contains(&self.value_of(c)));
                return any != self.negated;
            }
            Target::Sibling => {
                let head = s.words[i].head;
                let any = s
                    .words
                    .iter()
                    .enumerate()
                    .filter(|(j, c)| *j != i && head.is_some() && c.head == head)
                    .any(|(_, c)| self.values.contains(&self.value_of(c)));
                return any != self.negated;
            }
        };
        // A missing head (the root's) only has the value `_`.
        let value = w.map_or_else(|| "_".into(), |w| self.value_of(w));
        self.values.contains(&value) != self.negated
    }

    fn value_of(&self, w: &Word) -> String {
        match &self.key {
            Key::Field(Field::Form) => w.form.clone(),
            Key::Field(Field::Lower) => w.form.to_lowercase(),
            Key::Field(Field::Shape) => shape(&w.form),
            Key::Field(Field::Lemma) => w.lemma.clone().unwrap_or_else(|| "_".into()),
            Key::Field(Field::Upos) => w.upos.map_or("_".into(), |u| u.as_str().into()),
            Key::Field(Field::Deprel) => w.deprel.as_ref().map_or("_".into(), |d| d.to_string()),
            Key::Feat(name) => w.feats.get(name).unwrap_or("_").to_string(),
        }
    }
}

/// The form with uppercase letters as `X`, other letters `x`, digits `d`, and runs of one class
/// cut at four (`1998` → `dddd`, `123456` → `dddd`, `Gobierno` → `Xxxxx`, `3,5` → `d,d`).
fn shape(form: &str) -> String {
    let mut out = String::new();
    let (mut last, mut run) = ('\0', 0);
    for c in form.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_alphabetic() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        run = if k == last { run + 1 } else { 1 };
        last = k;
        if run <= 4 {
            out.push(k);
        }
    }
    out
}

/// `feats` with `name` set to `value` (removed when `None`), in UD's canonical order
/// (alphabetical by name, case-insensitively).
fn set_feat(feats: &Feats, name: &str, value: Option<&str>) -> Feats {
    let mut pairs: Vec<(&str, &str)> = feats.iter().filter(|(n, _)| *n != name).collect();
    if let Some(v) = value {
        pairs.push((name, v));
    }
    pairs.sort_by_key(|(n, _)| n.to_lowercase());
    let text: Vec<String> = pairs.iter().map(|(n, v)| format!("{n}={v}")).collect();
    text.join("|")
        .parse()
        .expect("invariant: names and values were checked when the rules were read")
}

fn parse_rule(body: &str, line: usize) -> std::result::Result<Rule, String> {
    let (scope, rest) = body
        .split_once(':')
        .ok_or("expected `SCOPE : CONDITIONS -> CHANGES`")?;
    let (conds, changes) = rest
        .split_once("->")
        .ok_or("expected `->` between conditions and changes")?;
    let scope = scope.trim();
    let scope = if scope == "*" {
        Vec::new()
    } else {
        let v: Vec<String> = scope.split(',').map(|p| p.trim().to_string()).collect();
        if v.iter()
            .any(|p| p.is_empty() || p.contains(char::is_whitespace))
        {
            return Err(format!(
                "bad scope {scope:?}: `*` or sent_id prefixes joined by `,`"
            ));
        }
        v
    };
    let conds = conds
        .split_whitespace()
        .map(parse_cond)
        .collect::<std::result::Result<Vec<_>, _>>()?;
    if conds.is_empty() {
        return Err("a rule needs at least one condition".into());
    }
    let changes = changes
        .split_whitespace()
        .map(parse_change)
        .collect::<std::result::Result<Vec<_>, _>>()?;
    if changes.is_empty() {
        return Err("a rule needs at least one change".into());
    }
    Ok(Rule {
        line,
        scope,
        conds,
        changes,
    })
}

fn parse_key(k: &str) -> std::result::Result<Key, String> {
    Ok(match k {
        "form" => Key::Field(Field::Form),
        "lower" => Key::Field(Field::Lower),
        "lemma" => Key::Field(Field::Lemma),
        "shape" => Key::Field(Field::Shape),
        "upos" => Key::Field(Field::Upos),
        "deprel" => Key::Field(Field::Deprel),
        _ => match k.strip_prefix("feat.") {
            Some(name) if valid_name(name) => Key::Feat(name.to_string()),
            _ => return Err(format!("unknown key {k:?}")),
        },
    })
}

fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '[' || c == ']')
}

/// Checks a value against the key's vocabulary (`_` = absent is always allowed).
fn check_value(key: &Key, v: &str) -> std::result::Result<(), String> {
    if v.is_empty() {
        return Err("empty value".into());
    }
    if v == "_" {
        return Ok(());
    }
    match key {
        Key::Field(Field::Upos) => v.parse::<Upos>().map(|_| ()).map_err(|e| e.to_string()),
        Key::Field(Field::Deprel) => v.parse::<DepRel>().map(|_| ()).map_err(|e| e.to_string()),
        Key::Feat(_) if v.contains(['|', '=']) => Err(format!("bad feature value {v:?}")),
        _ => Ok(()),
    }
}

fn parse_cond(tok: &str) -> std::result::Result<Cond, String> {
    let (k, v, negated) = match tok.split_once("!=") {
        Some((k, v)) => (k, v, true),
        None => match tok.split_once('=') {
            Some((k, v)) => (k, v, false),
            None => {
                return Err(format!(
                    "condition {tok:?} is not KEY=VALUES or KEY!=VALUES"
                ))
            }
        },
    };
    let (target, k) = if let Some(k) = k.strip_prefix("head.") {
        (Target::Head, k)
    } else if let Some(k) = k.strip_prefix("child.") {
        (Target::Child, k)
    } else if let Some(k) = k.strip_prefix("sibling.") {
        (Target::Sibling, k)
    } else {
        (Target::Word, k)
    };
    let key = parse_key(k)?;
    let values: Vec<String> = v.split('|').map(str::to_string).collect();
    for v in &values {
        check_value(&key, v).map_err(|e| format!("condition {tok:?}: {e}"))?;
    }
    Ok(Cond {
        target,
        key,
        negated,
        values,
    })
}

fn parse_change(tok: &str) -> std::result::Result<Change, String> {
    let (k, v) = tok
        .split_once('=')
        .ok_or_else(|| format!("change {tok:?} is not KEY=VALUE"))?;
    if k == "feats" {
        return match v {
            "_" => Ok(Change::ClearFeats),
            _ => Err(format!("change {tok:?}: only `feats=_` (clear) is allowed")),
        };
    }
    let key = parse_key(k)?;
    let bad = |e: String| format!("change {tok:?}: {e}");
    check_value(&key, v).map_err(bad)?;
    if v == "_" && !matches!(key, Key::Feat(_)) {
        return Err(format!(
            "change {tok:?}: only features can be removed with `_`"
        ));
    }
    Ok(match key {
        Key::Field(Field::Upos) => Change::Upos(
            v.parse()
                .map_err(|e: dyad_core::Error| bad(e.to_string()))?,
        ),
        Key::Field(Field::Deprel) => Change::Deprel(
            v.parse()
                .map_err(|e: dyad_core::Error| bad(e.to_string()))?,
        ),
        Key::Field(Field::Lemma) => Change::Lemma(v.to_string()),
        Key::Field(Field::Form | Field::Lower | Field::Shape) => {
            return Err(format!("change {tok:?}: forms are never changed"))
        }
        Key::Feat(name) => Change::Feat(name, (v != "_").then(|| v.to_string())),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conllu;

    const SNIPPET: &str = "\
# sent_id = CESS-CAST-A-1
# text = el libro que leí donde vivo
1\tel\tel\tDET\t_\tDefinite=Def|Gender=Masc|Number=Sing|PronType=Art\t2\tdet\t_\t_
2\tlibro\tlibro\tNOUN\t_\tGender=Masc|Number=Sing\t0\troot\t_\t_
3\tque\tque\tPRON\t_\tPronType=Int,Rel\t4\tobj\t_\t_
4\tleí\tleer\tVERB\t_\tMood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin\t2\tacl\t_\t_
5\tdonde\tdonde\tPRON\t_\tPronType=Int,Rel\t6\tobl\t_\t_
6\tvivo\tvivir\tVERB\t_\tMood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin\t2\tacl\t_\t_

# sent_id = es-dev-001-s9
# text = donde vivo
1\tdonde\tdonde\tPRON\t_\tPronType=Int,Rel\t2\tobl\t_\t_
2\tvivo\tvivir\tVERB\t_\tMood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin\t0\troot\t_\t_

";

    const RULES: &str = "\
# relative que: GSD convention
CESS- : lower=que upos=PRON deprel=nsubj|obj head.deprel=acl -> upos=SCONJ deprel=mark feats=_
# donde is never PRON (UD v2.12)
CESS-,3LB- : lower=donde upos=PRON -> upos=ADV deprel=advmod feat.PronType=Rel
";

    #[test]
    fn rules_apply_as_documented() {
        let mut s = conllu::read_str(SNIPPET, "snippet").unwrap();
        let rules = Rules::parse("es.txt", RULES).unwrap();
        assert_eq!(rules.len(), 2);
        let counts = rules.apply(&mut s);
        assert_eq!(counts.get(&2), Some(&1));
        assert_eq!(counts.get(&4), Some(&1));
        let que = &s[0].words[2];
        assert_eq!(que.upos, Some(Upos::Sconj));
        assert_eq!(que.deprel.as_ref().unwrap().to_string(), "mark");
        assert!(que.feats.is_empty());
        let donde = &s[0].words[4];
        assert_eq!(donde.upos, Some(Upos::Adv));
        assert_eq!(donde.deprel.as_ref().unwrap().to_string(), "advmod");
        assert_eq!(donde.feats.as_str(), "PronType=Rel");
        // heads are never moved, and sentences out of scope are untouched
        assert_eq!(que.head, Some(4));
        assert_eq!(s[1].words[0].upos, Some(Upos::Pron));
    }

    #[test]
    fn sibling_conditions_see_the_heads_other_dependents() {
        // "dio el premio a Ana": the a-phrase beside a bare object is a dative.
        let text = "\
# sent_id = CESS-1
# text = dio el premio a Ana
1\tdio\tdar\tVERB\t_\t_\t0\troot\t_\t_
2\tel\tel\tDET\t_\t_\t3\tdet\t_\t_
3\tpremio\tpremio\tNOUN\t_\t_\t1\tobj\t_\t_
4\ta\ta\tADP\t_\t_\t5\tcase\t_\t_
5\tAna\tAna\tPROPN\t_\t_\t1\tobj\t_\t_

# sent_id = CESS-2
# text = venció a Ana
1\tvenció\tvencer\tVERB\t_\t_\t0\troot\t_\t_
2\ta\ta\tADP\t_\t_\t3\tcase\t_\t_
3\tAna\tAna\tPROPN\t_\t_\t1\tobj\t_\t_

";
        let mut s = conllu::read_str(text, "snippet").unwrap();
        let rules = Rules::parse(
            "es.txt",
            "* : deprel=obj child.lower=a sibling.deprel=obj -> deprel=obl:arg\n",
        )
        .unwrap();
        assert_eq!(rules.apply(&mut s).get(&1), Some(&1));
        let label = |s: &Sentence, i: usize| s.words[i].deprel.as_ref().unwrap().to_string();
        // the dative moves; the bare object beside it has no `a` and stays
        assert_eq!(label(&s[0], 4), "obl:arg");
        assert_eq!(label(&s[0], 2), "obj");
        // a lone personal-a object has no other object beside it (it is not its own sibling)
        assert_eq!(label(&s[1], 2), "obj");
    }

    #[test]
    fn shipped_rules_parse() {
        let text = include_str!("../data/harmonize/es.txt");
        let rules = Rules::parse("data/harmonize/es.txt", text).unwrap();
        assert!(rules.len() > 500, "{}", rules.len());
    }

    #[test]
    fn shapes_cut_runs_at_four() {
        assert_eq!(shape("1998"), "dddd");
        assert_eq!(shape("1234567"), "dddd");
        assert_eq!(shape("Gobierno"), "Xxxxx");
        assert_eq!(shape("3,5"), "d,d");
    }

    #[test]
    fn features_stay_in_canonical_order() {
        let f: Feats = "Gender=Masc|Number=Sing".parse().unwrap();
        assert_eq!(
            set_feat(&f, "Definite", Some("Def")).as_str(),
            "Definite=Def|Gender=Masc|Number=Sing"
        );
        assert_eq!(set_feat(&f, "Gender", None).as_str(), "Number=Sing");
    }

    #[test]
    fn malformed_lines_name_file_and_line() {
        for (text, line, needle) in [
            ("# ok\n\n* lower=que -> upos=SCONJ\n", 3, "SCOPE"),
            ("* : lower=que upos=SCONJ\n", 1, "->"),
            (
                "* : lower=que -> upos=SCONJ\n* : lower=que -> upos=NUON\n",
                2,
                "NUON",
            ),
            ("* : colour=red -> upos=NOUN\n", 1, "unknown key"),
            ("* : lower=que -> deprel=marker\n", 1, "marker"),
            ("* : lower=que -> form=qué\n", 1, "never changed"),
            ("* : -> upos=NOUN\n", 1, "at least one condition"),
        ] {
            let e = Rules::parse("data/harmonize/es.txt", text)
                .unwrap_err()
                .to_string();
            assert!(
                e.starts_with(&format!("data/harmonize/es.txt:{line}: ")),
                "{e}"
            );
            assert!(e.contains(needle), "{e}");
        }
    }
}
