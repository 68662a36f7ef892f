//! CoNLL-U reading and writing.
//!
//! The reader keeps what the writer needs to round-trip a treebank (comments, XPOS, MISC) and
//! gives every word a byte span: from `TokenRange=start:end` in MISC when present (dyad writes it),
//! else by aligning the surface tokens to the `# text` line. Enhanced-dependency empty nodes
//! (`5.1`) are skipped: dyad predicts basic trees only.

use std::fmt::Write as _;
use std::io::BufRead;

use dyad_core::{DepRel, Feats, MultiwordToken, Sentence, Span, Upos, Word};

use crate::{Error, Result};

/// Reads every sentence of a CoNLL-U text; `source_name` labels errors (usually the path).
pub fn read_str(text: &str, source_name: &str) -> Result<Vec<Sentence>> {
    read(text.as_bytes(), source_name)
}

/// Reads every sentence from a buffered reader.
pub fn read<R: BufRead>(reader: R, source_name: &str) -> Result<Vec<Sentence>> {
    let mut out = Vec::new();
    let mut cur = Builder::default();
    for (i, line) in reader.lines().enumerate() {
        let line = line?;
        let lineno = i + 1;
        let err = |message: String| Error::Conllu {
            source_name: source_name.to_string(),
            line: lineno,
            message,
        };
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if let Some(s) = cur.finish().map_err(err)? {
                out.push(s);
            }
            cur = Builder::default();
            continue;
        }
        cur.line(line).map_err(err)?;
    }
    if let Some(s) = cur.finish().map_err(|message| Error::Conllu {
        source_name: source_name.to_string(),
        line: 0,
        message,
    })? {
        out.push(s);
    }
    Ok(out)
}

#[derive(Default)]
struct Builder {
    sent: Sentence,
    /// Surface tokens for span alignment: (form, first word, last word, has TokenRange).
    surface: Vec<(String, usize, usize, Option<Span>)>,
    started: bool,
}

impl Builder {
    fn line(&mut self, line: &str) -> std::result::Result<(), String> {
        self.started = true;
        if let Some(c) = line.strip_prefix('#') {
            let c = c.strip_prefix(' ').unwrap_or(c);
            if let Some(v) = c
                .strip_prefix("sent_id = ")
                .or_else(|| c.strip_prefix("sent_id ="))
            {
                self.sent.id = Some(v.trim().to_string());
            } else if let Some(v) = c
                .strip_prefix("text = ")
                .or_else(|| c.strip_prefix("text ="))
            {
                self.sent.text = v.to_string();
            } else {
                self.sent.comments.push(c.to_string());
            }
            return Ok(());
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(format!(
                "expected 10 tab-separated columns, found {}",
                cols.len()
            ));
        }
        let id = cols[0];
        if id.contains('.') {
            return Ok(()); // empty node of enhanced dependencies
        }
        let misc = parse_misc(cols[9]);
        if let Some((a, b)) = id.split_once('-') {
            let (a, b) = (parse_id(a)?, parse_id(b)?);
            if b < a {
                return Err(format!("multiword range {id} is inverted"));
            }
            self.sent.multiwords.push(MultiwordToken {
                first: a as u32,
                last: b as u32,
                form: cols[1].to_string(),
                span: misc.range.unwrap_or_default(),
                space_after: misc.space_after,
            });
            self.surface.push((cols[1].to_string(), a, b, misc.range));
            return Ok(());
        }
        let n = parse_id(id)?;
        if n != self.sent.words.len() + 1 {
            return Err(format!(
                "word id {n} out of sequence (expected {})",
                self.sent.words.len() + 1
            ));
        }
        let mut w = Word::new(cols[1], misc.range.unwrap_or_default());
        w.lemma = opt(cols[2]).map(str::to_string);
        w.upos = match opt(cols[3]) {
            Some(t) => Some(t.parse::<Upos>().map_err(|e| e.to_string())?),
            None => None,
        };
        w.xpos = opt(cols[4]).map(str::to_string);
        w.feats = cols[5].parse::<Feats>().map_err(|e| e.to_string())?;
        w.head = match opt(cols[6]) {
            Some(h) => Some(
                h.parse::<u32>()
                    .map_err(|_| format!("head {h:?} is not a number"))?,
            ),
            None => None,
        };
        w.deprel = match opt(cols[7]) {
            Some(r) => Some(r.parse::<DepRel>().map_err(|e| e.to_string())?),
            None => None,
        };
        w.space_after = misc.space_after;
        w.misc = misc.rest;
        // a word inside a multiword token takes the token's surface entry
        let inside = self
            .sent
            .multiwords
            .last()
            .is_some_and(|m| (m.first as usize..=m.last as usize).contains(&n));
        if !inside {
            self.surface.push((cols[1].to_string(), n, n, misc.range));
        } else if let Some(m) = self.sent.multiwords.last() {
            w.space_after = if n as u32 == m.last {
                m.space_after
            } else {
                false
            };
        }
        self.sent.words.push(w);
        Ok(())
    }

    fn finish(&mut self) -> std::result::Result<Option<Sentence>, String> {
        if !self.started || self.sent.words.is_empty() {
            return Ok(None);
        }
        let nwords = self.sent.words.len() as u32;
        for (i, w) in self.sent.words.iter().enumerate() {
            if w.head.is_some_and(|h| h > nwords) {
                return Err(format!(
                    "word {} has head {} beyond the sentence",
                    i + 1,
                    w.head.unwrap_or(0)
                ));
            }
        }
        let text = if self.sent.text.is_empty() {
            rebuild_text(&self.surface, &self.sent)
        } else {
            self.sent.text.clone()
        };
        self.sent.text = text;
        self.assign_spans();
        self.sent.span = Span::new(0, self.sent.text.len() as u32);
        Ok(Some(std::mem::take(&mut self.sent)))
    }

    /// Gives every surface token a span: its TokenRange, or where its form is next found in the
    /// text (whitespace-insensitive), or an empty span at the cursor when the text disagrees.
    fn assign_spans(&mut self) {
        let text = self.sent.text.as_str();
        let mut cursor = 0usize;
        for (form, a, b, range) in &self.surface {
            let span = match range {
                Some(r) => *r,
                None => {
                    let rest = &text[cursor..];
                    let skip = rest.len() - rest.trim_start().len();
                    let at = cursor + skip;
                    if text[at..].starts_with(form.as_str()) {
                        Span::new(at as u32, (at + form.len()) as u32)
                    } else if let Some(off) = text[cursor..].find(form.as_str()) {
                        let s = cursor + off;
                        Span::new(s as u32, (s + form.len()) as u32)
                    } else {
                        Span::new(at as u32, at as u32)
                    }
                }
            };
            cursor = (span.end as usize).max(cursor).min(text.len());
            while !text.is_char_boundary(cursor) {
                cursor += 1;
            }
            for w in &mut self.sent.words[a - 1..*b] {
                w.span = span;
            }
            if a != b {
                if let Some(m) = self
                    .sent
                    .multiwords
                    .iter_mut()
                    .find(|m| m.first as usize == *a)
                {
                    m.span = span;
                }
            }
        }
    }
}

fn rebuild_text(surface: &[(String, usize, usize, Option<Span>)], sent: &Sentence) -> String {
    let mut t = String::new();
    for (form, _, b, _) in surface {
        t.push_str(form);
        if sent.words[b - 1].space_after {
            t.push(' ');
        }
    }
    t.trim_end().to_string()
}

struct Misc {
    range: Option<Span>,
    space_after: bool,
    rest: Vec<String>,
}

fn parse_misc(col: &str) -> Misc {
    let mut m = Misc {
        range: None,
        space_after: true,
        rest: Vec::new(),
    };
    if col == "_" {
        return m;
    }
    for item in col.split('|') {
        if item == "SpaceAfter=No" {
            m.space_after = false;
        } else if let Some(r) = item.strip_prefix("TokenRange=") {
            if let Some((a, b)) = r.split_once(':') {
                if let (Ok(a), Ok(b)) = (a.parse(), b.parse()) {
                    m.range = Some(Span::new(a, b));
                    continue;
                }
            }
            m.rest.push(item.to_string());
        } else if !item.is_empty() {
            m.rest.push(item.to_string());
        }
    }
    m
}

fn parse_id(s: &str) -> std::result::Result<usize, String> {
    s.parse::<usize>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| format!("bad word id {s:?}"))
}

fn opt(s: &str) -> Option<&str> {
    if s == "_" {
        None
    } else {
        Some(s)
    }
}

/// Writes one sentence as CoNLL-U, ending with the blank line.
///
/// `TokenRange=start:end` (byte offsets into the original document) goes into MISC of every
/// surface token, so downstream tools can map words back to the text; `base` is subtracted from
/// spans when a caller wants sentence-relative offsets (pass 0 for document offsets).
pub fn write_sentence(out: &mut String, s: &Sentence, fallback_id: &str) {
    let id = s.id.as_deref().unwrap_or(fallback_id);
    let _ = writeln!(out, "# sent_id = {id}");
    for c in &s.comments {
        let _ = writeln!(out, "# {c}");
    }
    let _ = writeln!(out, "# text = {}", s.text.replace('\n', " "));
    let mut mw = s.multiwords.iter().peekable();
    for (i, w) in s.words.iter().enumerate() {
        let n = i as u32 + 1;
        let mut inside_mwt = false;
        while let Some(m) = mw.peek() {
            if m.last < n {
                mw.next();
                continue;
            }
            if m.first == n {
                let misc = misc_string(m.span, m.space_after, &[]);
                let _ = writeln!(
                    out,
                    "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}",
                    m.first, m.last, m.form, misc
                );
            }
            inside_mwt = m.first <= n && n <= m.last;
            break;
        }
        let misc = if inside_mwt {
            join_misc(&w.misc)
        } else {
            misc_string(w.span, w.space_after, &w.misc)
        };
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t_\t{}",
            n,
            w.form,
            w.lemma.as_deref().unwrap_or("_"),
            w.upos.map(|u| u.as_str()).unwrap_or("_"),
            w.xpos.as_deref().unwrap_or("_"),
            w.feats,
            w.head.map(|h| h.to_string()).unwrap_or_else(|| "_".into()),
            w.deprel
                .as_ref()
                .map(|d| d.to_string())
                .unwrap_or_else(|| "_".into()),
            misc
        );
    }
    out.push('\n');
}

fn misc_string(span: Span, space_after: bool, rest: &[String]) -> String {
    let mut m = String::new();
    if !space_after {
        m.push_str("SpaceAfter=No|");
    }
    let _ = write!(m, "TokenRange={}:{}", span.start, span.end);
    for r in rest {
        m.push('|');
        m.push_str(r);
    }
    m
}

fn join_misc(rest: &[String]) -> String {
    if rest.is_empty() {
        "_".to_string()
    } else {
        rest.join("|")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# sent_id = t1\n# text = Llegó al poder.\n1\tLlegó\tllegar\tVERB\t_\tMood=Ind\t0\troot\t_\t_\n2-3\tal\t_\t_\t_\t_\t_\t_\t_\t_\n2\ta\ta\tADP\t_\t_\t4\tcase\t_\t_\n3\tel\tel\tDET\t_\t_\t4\tdet\t_\t_\n4\tpoder\tpoder\tNOUN\t_\t_\t1\tobl\t_\tSpaceAfter=No\n5\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\n";

    #[test]
    fn reads_words_multiwords_and_spans() {
        let s = read_str(SAMPLE, "sample").unwrap();
        assert_eq!(s.len(), 1);
        let s = &s[0];
        assert_eq!(s.words.len(), 5);
        assert_eq!(s.multiwords[0].form, "al");
        assert_eq!(&s.text[s.words[1].span.range()], "al");
        assert_eq!(&s.text[s.words[3].span.range()], "poder");
        assert_eq!(&s.text[s.words[4].span.range()], ".");
        assert!(!s.words[3].space_after);
        assert_eq!(s.words[3].deprel.as_ref().unwrap().to_string(), "obl");
    }

    #[test]
    fn write_then_read_round_trips() {
        let s = read_str(SAMPLE, "sample").unwrap();
        let mut out = String::new();
        write_sentence(&mut out, &s[0], "x");
        let back = read_str(&out, "written").unwrap();
        assert_eq!(back[0].words, s[0].words);
        assert_eq!(back[0].multiwords, s[0].multiwords);
    }

    #[test]
    fn errors_name_source_and_line() {
        let bad = "1\tA\ta\tNOPE\t_\t_\t0\troot\t_\t_\n";
        let e = read_str(bad, "bad.conllu").unwrap_err().to_string();
        assert!(e.starts_with("bad.conllu:1:"), "{e}");
        let e = read_str("1\tA\n", "x").unwrap_err().to_string();
        assert!(e.contains("10 tab-separated"), "{e}");
    }
}
