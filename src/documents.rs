//! Turning `dyad code` inputs into documents: text files, JSONL, folders, stdin.
//!
//! A text file is one document: first line the headline, the rest the body. A JSONL file holds
//! one document a line (`id`, `title`, `text`, `date`, `lang`, `source`, `url`). A malformed line
//! is reported with file and line and skipped; the rest of the file is still read.
//!
//! Inputs stream: a JSONL file is read a line at a time ([`Source`] is an iterator over its
//! records), so memory stays bounded whatever the file size; invalid UTF-8 in a line is decoded
//! with U+FFFD and counted.

use std::io::BufRead;
use std::path::{Path, PathBuf};

use anyhow::Context;
use dyad_core::Document;

use crate::input;

/// A document, or why an input record could not become one.
pub type Record = Result<Document, String>;

/// Expands folders (recursively, sorted) into the `.txt`, `.jsonl` and `.ndjson` files inside,
/// and glob patterns (`news/*.jsonl`) the shell left unexpanded (quoted, or on Windows).
pub fn expand(inputs: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in inputs {
        let text = p.to_string_lossy();
        if !p.exists() && text.contains(['*', '?', '[']) {
            let mut found: Vec<PathBuf> = glob::glob(&text)
                .with_context(|| format!("bad glob pattern {text}"))?
                .filter_map(Result::ok)
                .collect();
            if found.is_empty() {
                anyhow::bail!("no files match {text}");
            }
            found.sort();
            out.extend(expand(&found)?);
        } else if p.is_dir() {
            let mut found = Vec::new();
            walk(p, &mut found).with_context(|| format!("reading folder {}", p.display()))?;
            found.sort();
            out.extend(found);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for e in std::fs::read_dir(dir)? {
        let p = e?.path();
        if p.is_dir() {
            walk(&p, out)?;
        } else if matches!(
            p.extension().and_then(|e| e.to_str()),
            Some("txt" | "jsonl" | "ndjson")
        ) {
            out.push(p);
        }
    }
    Ok(())
}

/// One input being read: an iterator over its document records.
pub struct Source {
    name: String,
    kind: Kind,
    line: usize,
    bytes: u64,
    replaced: usize,
}

enum Kind {
    /// One document a line.
    Jsonl(Box<dyn BufRead>),
    /// One document, not yet returned (boxed: a `Document` is large next to a reader).
    Text(Option<Box<Document>>),
}

/// Opens one input (`-` for stdin). Standard input is JSONL when its first non-blank byte is `{`.
pub fn open(path: &Path) -> anyhow::Result<Source> {
    let (name, mut reader): (String, Box<dyn BufRead>) = if path == Path::new("-") {
        (
            "stdin".into(),
            Box::new(std::io::BufReader::new(std::io::stdin())),
        )
    } else {
        let f = std::fs::File::open(path).with_context(|| format!("reading {}", path.display()))?;
        (
            path.display().to_string(),
            Box::new(std::io::BufReader::with_capacity(1 << 16, f)),
        )
    };
    let is_jsonl = matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("jsonl" | "ndjson")
    ) || (path == Path::new("-") && starts_with_brace(&mut reader)?);
    let mut src = Source {
        name,
        kind: Kind::Text(None),
        line: 0,
        bytes: 0,
        replaced: 0,
    };
    if is_jsonl {
        src.kind = Kind::Jsonl(reader);
    } else {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut reader, &mut bytes)
            .with_context(|| format!("reading {}", src.name))?;
        src.bytes = bytes.len() as u64;
        let (text, replaced) = input::decode(bytes);
        src.replaced = replaced;
        let id = Path::new(&src.name)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "stdin".into());
        let (title, body) = match text.split_once('\n') {
            Some((t, b)) => (t.trim().to_string(), b.to_string()),
            None => (String::new(), text),
        };
        src.kind = Kind::Text(Some(Box::new(Document {
            id,
            title: Some(title).filter(|t| !t.is_empty()),
            text: body,
            ..Default::default()
        })));
    }
    Ok(src)
}

/// Skips leading whitespace in `r` and says whether a `{` follows (without consuming it).
fn starts_with_brace(r: &mut Box<dyn BufRead>) -> anyhow::Result<bool> {
    loop {
        let buf = r.fill_buf().context("reading standard input")?;
        if buf.is_empty() {
            return Ok(false);
        }
        match buf.iter().position(|b| !b.is_ascii_whitespace()) {
            Some(i) => {
                let brace = buf[i] == b'{';
                r.consume(i);
                return Ok(brace);
            }
            None => {
                let n = buf.len();
                r.consume(n);
            }
        }
    }
}

impl Source {
    /// The input's name for messages.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Bytes read so far (for progress).
    pub fn bytes_read(&self) -> u64 {
        self.bytes
    }

    /// Invalid UTF-8 sequences replaced with U+FFFD so far.
    pub fn replaced(&self) -> usize {
        self.replaced
    }
}

impl Iterator for Source {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        match &mut self.kind {
            Kind::Text(doc) => doc.take().map(|d| Ok(*d)),
            Kind::Jsonl(r) => loop {
                let mut buf = Vec::new();
                let n = match r.read_until(b'\n', &mut buf) {
                    Ok(0) => return None,
                    Ok(n) => n,
                    Err(e) => {
                        self.line += 1;
                        let msg = format!("{}:{}: read error: {e}", self.name, self.line);
                        // An I/O error mid-file would repeat forever: end this input.
                        self.kind = Kind::Text(None);
                        return Some(Err(msg));
                    }
                };
                self.bytes += n as u64;
                self.line += 1;
                let (line, replaced) = input::decode(buf);
                self.replaced += replaced;
                if line.trim().is_empty() {
                    continue;
                }
                return Some(
                    parse_json_line(&line).map_err(|e| format!("{}:{}: {e}", self.name, self.line)),
                );
            },
        }
    }
}

fn parse_json_line(line: &str) -> Result<Document, String> {
    let v: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("malformed JSON: {e}"))?;
    dyad_pipeline::document_from_json(v, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_lines_parse_or_say_why() {
        let d = parse_json_line(
            r#"{"id": 7, "title": "T", "text": "Body.", "date": "2024-05-01", "lang": "es"}"#,
        )
        .unwrap();
        assert_eq!((d.id.as_str(), d.lang), ("7", Some(dyad_core::Lang::Es)));
        assert_eq!(d.date.unwrap().to_string(), "2024-05-01");
        assert!(parse_json_line("{not json")
            .unwrap_err()
            .contains("malformed JSON"));
        assert!(parse_json_line(r#"{"id": "x", "date": "yesterday"}"#)
            .unwrap_err()
            .contains("invalid date"));
        assert!(parse_json_line(r#"{"id": "x", "lang": "fr"}"#)
            .unwrap_err()
            .contains("unsupported language"));
        let a = parse_json_line(r#"{"text": "Same."}"#).unwrap();
        assert!(a.id.starts_with("sha-"));
        let b = parse_json_line(r#"{"text": "Same."}"#).unwrap();
        assert_eq!(a.id, b.id);
    }

    #[test]
    fn jsonl_streams_line_by_line_with_line_numbers() {
        let dir = std::env::temp_dir().join(format!("dyad-docs-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("in.jsonl");
        std::fs::write(
            &p,
            b"{\"id\": \"a\", \"text\": \"One.\"}\n\n{oops\n{\"id\": \"b\", \"text\": \"T\xffwo.\"}\n",
        )
        .unwrap();
        let mut src = open(&p).unwrap();
        let recs: Vec<Record> = src.by_ref().collect();
        assert_eq!(recs.len(), 3, "the blank line is no record");
        assert_eq!(recs[0].as_ref().unwrap().id, "a");
        assert!(recs[1]
            .as_ref()
            .unwrap_err()
            .contains("in.jsonl:3: malformed JSON"));
        assert_eq!(recs[2].as_ref().unwrap().text, "T\u{FFFD}wo.");
        assert_eq!(src.replaced(), 1);
        assert_eq!(src.bytes_read(), std::fs::metadata(&p).unwrap().len());
        std::fs::remove_dir_all(&dir).ok();
    }
}
