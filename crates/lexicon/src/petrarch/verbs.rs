//! PETRARCH verb dictionaries: synsets, verb blocks, patterns and transformations.
//!
//! One reader serves the three dialects found in the wild, because they share a line grammar:
//! PETRARCH2's `CAMEO.2.0.txt` (prepositional phrases in `( )`, noun phrases in `{ }`), the
//! older PETRARCH-1/TABARI-style validation file (`PETR.Validate.verbs.txt`: `_` joins words that
//! must be consecutive, synsets may be defined between blocks) and UniversalPetrarch's Spanish
//! `verbpatterns_es_*.txt` (same grammar; looser spacing such as `---[a]` after a header,
//! `*WORD` and `WORD+`).
//!
//! ```text
//! &SYNSET            a synset; `+` lines that follow are its members (`&NAME_`: no plurals)
//! --- NAME [code] ---   a verb block; [code] applies to its verbs unless they carry one
//! VERB {FORMS} [code]   a verb; `{...}` lists every inflected form (none are generated then);
//!                       `+GIVE_UP`, `WIRE_+TAP`: multi-word verb, `+` marks the inflected word
//! - before * after [code]  a pattern around the verb (`*`)
//! ~ a (a b ATTACK) SAY = a b 015   a transformation of nested verb events
//! ```
//!
//! Pattern elements: a word; `&SYNSET`; `$` source; `+` target; `%` compound actor (source and
//! target from one conjoined phrase); `^` skip a noun phrase; `{A B HEAD}` a noun phrase whose
//! last word is the head; `(PREP ...)` a prepositional phrase; `A_B` words that must be
//! consecutive; `A/B` alternatives. A pattern without `[code]` takes the block's code.
//!
//! Not replicated: PETRARCH2 stops recording patterns after any line starting with `<!`, which
//! is why it cannot use the validation file; here comments are only comments.

use std::collections::HashSet;
use std::path::Path;

use super::lines::lines;
use super::{read, words, Ctx, Loaded, VerbCode};
use crate::Result;

/// A whole verb dictionary.
#[derive(Debug, Clone, Default)]
pub struct VerbDictionary {
    /// Synonym sets, in file order.
    pub synsets: Vec<Synset>,
    /// Verb blocks, in file order.
    pub blocks: Vec<VerbBlock>,
    /// Transformations (`~` lines).
    pub transformations: Vec<Transformation>,
}

/// `&NAME` and its `+` members.
#[derive(Debug, Clone, PartialEq)]
pub struct Synset {
    /// The label without `&` or a trailing `_`.
    pub name: String,
    /// False when the label ends in `_`: no member gets a generated plural.
    pub plurals: bool,
    /// Members in file order.
    pub members: Vec<SynsetMember>,
    /// Line of the `&` label.
    pub line: usize,
}

/// One `+` line of a synset.
#[derive(Debug, Clone, PartialEq)]
pub struct SynsetMember {
    /// The words (a member may name another synset, `&TIETYPES`, as the validation file does).
    pub words: Vec<String>,
    /// False when the member ends in `_` (PETRARCH generates no plural for it).
    pub plural: bool,
    /// Line number.
    pub line: usize,
}

/// `--- NAME [code] ---` with its verbs and patterns.
#[derive(Debug, Clone, PartialEq)]
pub struct VerbBlock {
    /// The block name (`EXPLAIN_VERBAL`), which transformations refer to.
    pub name: String,
    /// The block's code; `[---]` or no code at all is [`VerbCode::Null`].
    pub code: VerbCode,
    /// The verbs of the block.
    pub verbs: Vec<Verb>,
    /// The patterns of the block.
    pub patterns: Vec<Pattern>,
    /// Line of the header.
    pub line: usize,
}

/// A verb, possibly multi-word, with its inflected forms.
#[derive(Debug, Clone, PartialEq)]
pub struct VerbPhrase {
    /// The words, in order.
    pub words: Vec<String>,
    /// Index of the word that inflects (marked `+` in a multi-word verb; 0 otherwise).
    pub head: usize,
}

/// One verb line.
#[derive(Debug, Clone, PartialEq)]
pub struct Verb {
    /// The base form.
    pub phrase: VerbPhrase,
    /// Irregular forms from `{...}`: when present they are *all* the other forms and none are
    /// generated (`{}` means no other forms); `None` means regular `-S -ED -ING` forms apply.
    pub forms: Option<Vec<VerbPhrase>>,
    /// The verb's own code, overriding the block's.
    pub code: Option<VerbCode>,
    /// Line number.
    pub line: usize,
}

/// One element of a pattern.
#[derive(Debug, Clone, PartialEq)]
pub enum Elem {
    /// A literal word.
    Word(String),
    /// Any of several words (`BOMBING/EXPLOSION`).
    AnyOf(Vec<String>),
    /// A synset reference, by name without `&`.
    Synset(String),
    /// `$`: the source actor.
    Source,
    /// `+`: the target actor.
    Target,
    /// `%`: a compound actor supplying both source and target.
    Compound,
    /// `^`: skip one noun phrase.
    Skip,
    /// `A_B`: elements that must be consecutive.
    Consecutive(Vec<Elem>),
    /// `{...}`: a noun phrase; the last element is its head.
    NounPhrase(Vec<Elem>),
    /// `(PREP ...)`: a prepositional phrase.
    Prep {
        /// The preposition(s): `(TO/FOR X)` gives two alternatives.
        prep: Vec<String>,
        /// What the preposition governs (may be empty: `(TO)`).
        object: Vec<Elem>,
    },
}

/// `- before * after [code]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    /// Elements before the verb, in text order.
    pub before: Vec<Elem>,
    /// Elements after the verb, in text order.
    pub after: Vec<Elem>,
    /// `X_*`: the last element before must immediately precede the verb.
    pub joined_before: bool,
    /// `*_X`: the first element after must immediately follow the verb.
    pub joined_after: bool,
    /// The code; `None` means the block's code.
    pub code: Option<VerbCode>,
    /// Line number.
    pub line: usize,
}

/// A node of a transformation's left-hand side.
#[derive(Debug, Clone, PartialEq)]
pub enum TransformNode {
    /// A lower-case actor variable (`a`, `b`); `_` and `.` are PETRARCH's "no actor" and
    /// "same as outer" placeholders and are kept as written.
    Var(String),
    /// A verb-block name (`SAY`, `ATTACK`) or `Q` (any verb).
    Verb(String),
    /// A parenthesised nested event.
    Group(Vec<TransformNode>),
}

/// `~ lhs = source target code`.
#[derive(Debug, Clone, PartialEq)]
pub struct Transformation {
    /// The nested-event shape to match.
    pub pattern: Vec<TransformNode>,
    /// Variable naming the resulting source.
    pub source: String,
    /// Variable naming the resulting target.
    pub target: String,
    /// The resulting code; `None` for `Q` (keep the inner event's code).
    pub code: Option<VerbCode>,
    /// Line number.
    pub line: usize,
}

impl VerbDictionary {
    /// Reads a verb dictionary file.
    pub fn load(path: &Path) -> Result<Loaded<VerbDictionary>> {
        Self::parse(&read(path)?, path)
    }

    /// Parses dictionary text; `path` is used in messages only.
    pub fn parse(text: &str, path: &Path) -> Result<Loaded<VerbDictionary>> {
        let mut cx = Ctx::new(path);
        let mut d = VerbDictionary::default();
        // Whether `+` lines currently extend the last synset.
        let mut in_synset = false;
        for l in lines(text) {
            let t = l.text.trim();
            if t.starts_with("---") {
                in_synset = false;
                d.blocks.push(parse_header(t, l.no, &mut cx));
            } else if let Some(rest) = t.strip_prefix('&') {
                let label = rest.split_whitespace().next().unwrap_or("");
                if label.is_empty() {
                    return Err(cx.error(l.no, "`&` without a synset name"));
                }
                if rest.split_whitespace().count() > 1 {
                    cx.warn(l.no, format!("text after synset label &{label} ignored"));
                }
                let plurals = !label.ends_with('_');
                d.synsets.push(Synset {
                    name: label.trim_end_matches('_').to_string(),
                    plurals,
                    members: Vec::new(),
                    line: l.no,
                });
                in_synset = true;
            } else if let (true, Some(rest)) = (in_synset, t.strip_prefix('+')) {
                let member = rest.trim();
                let syn = d
                    .synsets
                    .last_mut()
                    .expect("invariant: in_synset implies a synset");
                syn.members.push(SynsetMember {
                    words: words(member),
                    plural: !member.ends_with('_'),
                    line: l.no,
                });
            } else if let Some(rest) = t.strip_prefix('~') {
                in_synset = false;
                d.transformations
                    .push(parse_transformation(rest, l.no, &cx)?);
            } else if let Some(rest) = t.strip_prefix('-') {
                in_synset = false;
                let Some(block) = d.blocks.last_mut() else {
                    return Err(cx.error(l.no, "pattern before any `--- NAME [code] ---` block"));
                };
                if let Some(p) = parse_pattern(rest, l.no, &mut cx) {
                    block.patterns.push(p);
                }
            } else {
                in_synset = false;
                let Some(block) = d.blocks.last_mut() else {
                    return Err(cx.error(
                        l.no,
                        format!("{t:?} is not a synset, block header, pattern or transformation, and no verb block is open"),
                    ));
                };
                block.verbs.push(parse_verb(t, l.no, &mut cx)?);
            }
        }
        check_synset_refs(&d, &mut cx);
        Ok(cx.finish(d))
    }

    /// Number of patterns over all blocks.
    pub fn pattern_count(&self) -> usize {
        self.blocks.iter().map(|b| b.patterns.len()).sum()
    }

    /// Number of verb lines over all blocks.
    pub fn verb_count(&self) -> usize {
        self.blocks.iter().map(|b| b.verbs.len()).sum()
    }

    /// Every code in the dictionary (blocks, verbs, patterns, transformations).
    pub fn codes(&self) -> impl Iterator<Item = &VerbCode> {
        self.blocks
            .iter()
            .flat_map(|b| {
                std::iter::once(&b.code)
                    .chain(b.verbs.iter().filter_map(|v| v.code.as_ref()))
                    .chain(b.patterns.iter().filter_map(|p| p.code.as_ref()))
            })
            .chain(self.transformations.iter().filter_map(|t| t.code.as_ref()))
    }
}

/// Splits `text [code] trailing` at the last bracket group.
fn split_code(t: &str) -> (&str, Option<&str>, &str) {
    match (t.rfind('['), t.rfind(']')) {
        (Some(a), Some(b)) if a < b => (&t[..a], Some(&t[a + 1..b]), &t[b + 1..]),
        _ => (t, None, ""),
    }
}

fn parse_header(t: &str, no: usize, cx: &mut Ctx) -> VerbBlock {
    let body = t.trim_start_matches('-');
    // The code is the first bracket group; Spanish headers may add `[a]` after the dashes.
    let (name, code, rest) = match (body.find('['), body.find(']')) {
        (Some(a), Some(b)) if a < b => (&body[..a], Some(&body[a + 1..b]), &body[b + 1..]),
        _ => (body, None, ""),
    };
    let rest = rest.trim().trim_matches('-').trim();
    if !rest.is_empty() {
        cx.warn(
            no,
            format!("text {rest:?} after the block header's code ignored"),
        );
    }
    let name = name.trim().trim_end_matches('-').trim();
    let code = code.and_then(VerbCode::parse).unwrap_or(VerbCode::Null);
    VerbBlock {
        name: name.to_string(),
        code,
        verbs: Vec::new(),
        patterns: Vec::new(),
        line: no,
    }
}

fn parse_phrase(s: &str) -> (VerbPhrase, bool) {
    let pieces: Vec<&str> = s.split('_').filter(|w| !w.is_empty()).collect();
    let marked = pieces.iter().position(|w| w.starts_with('+'));
    let words = pieces
        .iter()
        .map(|w| w.trim_start_matches('+').to_string())
        .collect::<Vec<_>>();
    let multi = words.len() > 1;
    (
        VerbPhrase {
            words,
            head: marked.unwrap_or(0),
        },
        // A multi-word verb should say which word inflects.
        !multi || marked.is_some(),
    )
}

fn parse_verb(t: &str, no: usize, cx: &mut Ctx) -> Result<Verb> {
    let (head, code, rest) = split_code(t);
    if !rest.trim().is_empty() {
        cx.warn(
            no,
            format!("text {:?} after the verb's code ignored", rest.trim()),
        );
    }
    let (base, forms) = match (head.find('{'), head.find('}')) {
        (Some(a), Some(b)) if a < b => {
            let forms = head[a + 1..b]
                .split_whitespace()
                .map(|f| parse_phrase(f).0)
                .collect();
            if !head[b + 1..].trim().is_empty() {
                cx.warn(
                    no,
                    format!("text {:?} after `}}` ignored", head[b + 1..].trim()),
                );
            }
            (&head[..a], Some(forms))
        }
        (None, None) => (head, None),
        _ => return Err(cx.error(no, "unbalanced `{` `}` in verb forms")),
    };
    let mut toks = base.split_whitespace();
    let Some(first) = toks.next() else {
        return Err(cx.error(no, "verb line without a verb"));
    };
    let extra: Vec<&str> = toks.collect();
    if !extra.is_empty() {
        cx.warn(
            no,
            format!("verb line has words after the verb ({}); only {first:?} is the verb (a pattern missing its `-`?)", extra.join(" ")),
        );
    }
    let (phrase, ok) = parse_phrase(first);
    if !ok {
        cx.warn(no, format!("multi-word verb {first:?} has no `+` on the inflected word; the first word is taken"));
    }
    Ok(Verb {
        phrase,
        forms,
        code: code.and_then(VerbCode::parse),
        line: no,
    })
}

fn parse_pattern(rest: &str, no: usize, cx: &mut Ctx) -> Option<Pattern> {
    let (body, code, trailing) = split_code(rest);
    if !trailing.trim().is_empty() {
        cx.warn(
            no,
            format!(
                "text {:?} after the pattern's code ignored",
                trailing.trim()
            ),
        );
    }
    if body.matches('*').count() != 1 {
        cx.warn(
            no,
            format!(
                "pattern has {} `*` (exactly one marks the verb); pattern skipped",
                body.matches('*').count()
            ),
        );
        return None;
    }
    let (before, after) = body.split_once('*').expect("invariant: one `*`");
    let joined_before = before.ends_with('_');
    let joined_after = after.starts_with('_');
    let res = (|| {
        Some(Pattern {
            before: parse_elems(before.trim_end_matches('_'))?,
            after: parse_elems(after.trim_start_matches('_'))?,
            joined_before,
            joined_after,
            code: code.and_then(VerbCode::parse),
            line: no,
        })
    })();
    if res.is_none() {
        cx.warn(
            no,
            "unbalanced `(` `)` or `{` `}` in pattern; pattern skipped",
        );
    }
    res
}

/// Parses pattern elements; `None` on unbalanced brackets.
fn parse_elems(s: &str) -> Option<Vec<Elem>> {
    let spaced = s
        .replace('(', " ( ")
        .replace(')', " ) ")
        .replace('{', " { ")
        .replace('}', " } ");
    let toks: Vec<&str> = spaced.split_whitespace().collect();
    let mut pos = 0;
    let out = seq(&toks, &mut pos, None)?;
    (pos == toks.len()).then_some(out)
}

fn seq(toks: &[&str], pos: &mut usize, close: Option<&str>) -> Option<Vec<Elem>> {
    let mut out = Vec::new();
    while *pos < toks.len() {
        let t = toks[*pos];
        *pos += 1;
        match t {
            ")" | "}" => return (Some(t) == close).then_some(out),
            "(" => {
                let inner = seq(toks, pos, Some(")"))?;
                let mut inner = inner.into_iter();
                let prep = match inner.next() {
                    Some(Elem::Word(w)) => vec![w],
                    Some(Elem::AnyOf(ws)) => ws,
                    Some(other) => {
                        // `(+ ...)`-style groups without a preposition: keep the element.
                        out.push(other);
                        Vec::new()
                    }
                    None => Vec::new(),
                };
                out.push(Elem::Prep {
                    prep,
                    object: inner.collect(),
                });
            }
            "{" => out.push(Elem::NounPhrase(seq(toks, pos, Some("}"))?)),
            _ => out.extend(atom_token(t)),
        }
    }
    close.is_none().then_some(out)
}

/// One whitespace token: `A_B_C` → consecutive; attached markers (`POR+`, `*X` handled
/// earlier) are split off.
fn atom_token(t: &str) -> Vec<Elem> {
    let pieces: Vec<&str> = t.split('_').filter(|p| !p.is_empty()).collect();
    let mut elems: Vec<Elem> = pieces.iter().flat_map(|p| atom_piece(p)).collect();
    if elems.len() > 1 && t.contains('_') {
        vec![Elem::Consecutive(std::mem::take(&mut elems))]
    } else {
        elems
    }
}

fn marker(c: char) -> Option<Elem> {
    match c {
        '$' => Some(Elem::Source),
        '+' => Some(Elem::Target),
        '%' => Some(Elem::Compound),
        '^' => Some(Elem::Skip),
        _ => None,
    }
}

fn atom_piece(p: &str) -> Vec<Elem> {
    let mut out = Vec::new();
    let mut s = p;
    // Leading markers glued to a word.
    while let Some(m) = s.chars().next().and_then(marker) {
        out.push(m);
        s = &s[1..];
    }
    let mut tail = Vec::new();
    while let Some(m) = s.chars().last().and_then(marker) {
        tail.push(m);
        s = &s[..s.len() - 1];
    }
    if !s.is_empty() {
        out.push(if let Some(name) = s.strip_prefix('&') {
            Elem::Synset(name.trim_end_matches('_').to_string())
        } else if s.contains('/') {
            Elem::AnyOf(
                s.split('/')
                    .filter(|w| !w.is_empty())
                    .map(str::to_string)
                    .collect(),
            )
        } else {
            Elem::Word(s.to_string())
        });
    }
    out.extend(tail.into_iter().rev());
    out
}

fn parse_transformation(rest: &str, no: usize, cx: &Ctx) -> Result<Transformation> {
    let Some((lhs, rhs)) = rest.split_once('=') else {
        return Err(cx.error(no, "transformation without `=`"));
    };
    let spaced = lhs.replace('(', " ( ").replace(')', " ) ");
    let toks: Vec<&str> = spaced.split_whitespace().collect();
    let mut pos = 0;
    let pattern = tnodes(&toks, &mut pos, false)
        .filter(|_| pos == toks.len())
        .ok_or_else(|| cx.error(no, "unbalanced parentheses in transformation"))?;
    let r: Vec<&str> = rhs.split_whitespace().collect();
    let [source, target, code] = r[..] else {
        return Err(cx.error(
            no,
            format!(
                "transformation result should be `source target code`, found {:?}",
                rhs.trim()
            ),
        ));
    };
    Ok(Transformation {
        pattern,
        source: source.to_string(),
        target: target.to_string(),
        code: if code == "Q" {
            None
        } else {
            VerbCode::parse(code)
        },
        line: no,
    })
}

fn tnodes(toks: &[&str], pos: &mut usize, nested: bool) -> Option<Vec<TransformNode>> {
    let mut out = Vec::new();
    while *pos < toks.len() {
        let t = toks[*pos];
        *pos += 1;
        match t {
            ")" => return nested.then_some(out),
            "(" => out.push(TransformNode::Group(tnodes(toks, pos, true)?)),
            _ if t.chars().any(|c| c.is_ascii_uppercase()) => {
                out.push(TransformNode::Verb(t.to_string()))
            }
            _ => out.push(TransformNode::Var(t.to_string())),
        }
    }
    (!nested).then_some(out)
}

/// Warns once per line that names a synset the file never defines (PETRARCH2 drops such
/// patterns with a console message).
fn check_synset_refs(d: &VerbDictionary, cx: &mut Ctx) {
    let known: HashSet<&str> = d.synsets.iter().map(|s| s.name.as_str()).collect();
    fn walk<'a>(e: &'a Elem, out: &mut Vec<&'a str>) {
        match e {
            Elem::Synset(n) => out.push(n),
            Elem::Consecutive(v) | Elem::NounPhrase(v) => v.iter().for_each(|x| walk(x, out)),
            Elem::Prep { object, .. } => object.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    for b in &d.blocks {
        for p in &b.patterns {
            let mut names = Vec::new();
            p.before
                .iter()
                .chain(&p.after)
                .for_each(|e| walk(e, &mut names));
            let missing: Vec<&str> = names.into_iter().filter(|n| !known.contains(n)).collect();
            if !missing.is_empty() {
                cx.warn(
                    p.line,
                    format!("undefined synset(s) &{}", missing.join(", &")),
                );
            }
        }
    }
    for s in &d.synsets {
        for m in &s.members {
            for w in m.words.iter().filter_map(|w| w.strip_prefix('&')) {
                if !known.contains(w.trim_end_matches('_')) {
                    cx.warn(m.line, format!("synset member names undefined synset &{w}"));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
