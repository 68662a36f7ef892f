//! Turning `dyad code` inputs into documents: text files, JSONL, folders, stdin.
//!
//! A text file is one document: first line the headline, the rest the body. A JSONL file holds
//! one document a line (`id`, `title`, `text`, `date`, `lang`, `source`, `url`). A malformed line
//! is reported with file and line and skipped; the rest of the file is still read.

use std::path::{Path, PathBuf};

use anyhow::Context;
use dyad_core::{Date, Document, Lang};
use serde::Deserialize;

use crate::input;

/// A document, or why an input record could not become one.
pub type Record = Result<Document, String>;

#[derive(Deserialize)]
struct JsonDoc {
    id: Option<serde_json::Value>,
    title: Option<String>,
    text: Option<String>,
    date: Option<String>,
    lang: Option<String>,
    source: Option<String>,
    url: Option<String>,
}

/// Expands folders (recursively, sorted) into the `.txt`, `.jsonl` and `.ndjson` files inside.
pub fn expand(inputs: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in inputs {
        if p.is_dir() {
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

/// Reads one input into document records.
pub fn read(path: &Path) -> anyhow::Result<Vec<Record>> {
    let inp = input::read(path)?;
    let is_jsonl = matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("jsonl" | "ndjson")
    ) || (path == Path::new("-") && inp.text.trim_start().starts_with('{'));
    if is_jsonl {
        Ok(inp
            .text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, l)| parse_json_line(l).map_err(|e| format!("{}:{}: {e}", inp.name, i + 1)))
            .collect())
    } else {
        let id = Path::new(&inp.name)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "stdin".into());
        let (title, body) = match inp.text.split_once('\n') {
            Some((t, b)) => (t.trim().to_string(), b.to_string()),
            None => (String::new(), inp.text.clone()),
        };
        Ok(vec![Ok(Document {
            id,
            title: Some(title).filter(|t| !t.is_empty()),
            text: body,
            ..Default::default()
        })])
    }
}

fn parse_json_line(line: &str) -> Result<Document, String> {
    let j: JsonDoc = serde_json::from_str(line).map_err(|e| format!("malformed JSON: {e}"))?;
    let text = j.text.unwrap_or_default();
    let id = match j.id {
        Some(serde_json::Value::String(s)) => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        Some(other) => return Err(format!("`id` must be a string or number, found {other}")),
        None => format!(
            "sha-{:016x}",
            content_hash(j.title.as_deref().unwrap_or(""), &text)
        ),
    };
    let date = match j.date.as_deref().filter(|d| !d.trim().is_empty()) {
        Some(d) => Some(
            d.parse::<Date>()
                .map_err(|e| format!("document {id}: {e}"))?,
        ),
        None => None,
    };
    let lang = match j.lang.as_deref().filter(|l| !l.trim().is_empty()) {
        Some(l) => Some(
            l.parse::<Lang>()
                .map_err(|e| format!("document {id}: {e}"))?,
        ),
        None => None,
    };
    Ok(Document {
        id,
        title: j.title,
        text,
        date,
        lang,
        source: j.source,
        url: j.url,
    })
}

/// A stable id for documents that come without one (FNV-1a over headline and body), so
/// re-coding the same text gives the same id.
fn content_hash(title: &str, text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in title.bytes().chain([0u8]).chain(text.bytes()) {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01B3);
    }
    h
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
        assert_eq!((d.id.as_str(), d.lang), ("7", Some(Lang::Es)));
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
        let b = parse_json_line(r#"{"text": "Same."}"#).unwrap();
        assert_eq!(a.id, b.id);
    }
}
