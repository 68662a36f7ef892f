//! Reading `POST /documents` bodies into [`Document`]s.
//!
//! A body is one JSON document object, a JSON array of them, or JSONL (one object a line): all
//! three are a stream of JSON values, so one streaming reader takes them alike and can say on
//! which line a malformed value starts. The fields are those `dyad code` reads from JSONL, so
//! a file coded on the command line can be posted as it is.

use dyad_core::{Document, Lang};
use serde_json::Value;

use crate::error::{Error, Result};

/// The documents of a request body; an error names the line (and, in an array, the item)
/// that could not be read. `default_lang` applies to documents that name none.
pub(crate) fn parse(body: &[u8], default_lang: Option<Lang>) -> Result<Vec<Document>> {
    let text = std::str::from_utf8(body)
        .map_err(|e| Error::BadRequest(format!("body is not UTF-8: {e}")))?;
    if text.trim().is_empty() {
        return Err(Error::BadRequest(
            "empty body: send a JSON document, an array of them, or JSONL".into(),
        ));
    }
    let mut docs = Vec::new();
    let mut stream = serde_json::Deserializer::from_str(text).into_iter::<Value>();
    loop {
        let start = stream.byte_offset();
        let line = line_of(text, start);
        let value = match stream.next() {
            None => break,
            Some(Ok(v)) => v,
            Some(Err(e)) => {
                return Err(Error::BadRequest(format!(
                    "malformed JSON at line {}, column {}: {e}",
                    e.line(),
                    e.column()
                )))
            }
        };
        match value {
            Value::Array(items) => {
                for (i, v) in items.into_iter().enumerate() {
                    let d = document(v, default_lang)
                        .map_err(|m| Error::BadRequest(format!("line {line}, item {i}: {m}")))?;
                    docs.push(d);
                }
            }
            v => docs.push(
                document(v, default_lang)
                    .map_err(|m| Error::BadRequest(format!("line {line}: {m}")))?,
            ),
        }
    }
    Ok(docs)
}

fn line_of(text: &str, offset: usize) -> usize {
    // The reader's offset sits before the whitespace that precedes the next value.
    let skipped = text[offset..].len() - text[offset..].trim_start().len();
    1 + text.as_bytes()[..offset + skipped]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
}

fn document(v: Value, default_lang: Option<Lang>) -> std::result::Result<Document, String> {
    let d = dyad_pipeline::document_from_json(v, default_lang)?;
    if d.text.trim().is_empty() && d.title.as_deref().is_none_or(|t| t.trim().is_empty()) {
        return Err("document has no `text`".into());
    }
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(r: Result<Vec<Document>>) -> String {
        match r {
            Err(Error::BadRequest(m)) => m,
            other => panic!("expected a bad request, got {other:?}"),
        }
    }

    #[test]
    fn one_object_an_array_and_jsonl_read_alike() {
        let one = parse(br#"{"id": "a", "text": "Rebels shelled the town."}"#, None).unwrap();
        assert_eq!(one.len(), 1);
        assert_eq!(one[0].id, "a");
        let arr = parse(br#"[{"id": 1, "text": "x"}, {"id": 2, "text": "y"}]"#, None).unwrap();
        assert_eq!(
            arr.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
            ["1", "2"]
        );
        let jsonl = parse(
            b"{\"id\":\"a\",\"text\":\"x\",\"lang\":\"es\",\"date\":\"2024-05-01\"}\n\n{\"text\":\"y\"}\n",
            Some(Lang::En),
        )
        .unwrap();
        assert_eq!(jsonl.len(), 2);
        assert_eq!(jsonl[0].lang, Some(Lang::Es));
        assert_eq!(jsonl[0].date.unwrap().to_string(), "2024-05-01");
        assert_eq!(jsonl[1].lang, Some(Lang::En));
        assert!(jsonl[1].id.starts_with("sha-"));
    }

    #[test]
    fn the_same_text_gets_the_same_id() {
        let a = parse(br#"{"text": "Same."}"#, None).unwrap();
        let b = parse(br#"{"text": "Same."}"#, None).unwrap();
        assert_eq!(a[0].id, b[0].id);
    }

    #[test]
    fn errors_say_where_and_why() {
        let m = msg(parse(b"{\"text\":\"x\"}\n{\"text\": }\n", None));
        assert!(m.contains("line 2"), "{m}");
        let m = msg(parse(b"{\"text\":\"x\"}\n{\"title\":\"\"}\n", None));
        assert!(m.contains("line 2") && m.contains("no `text`"), "{m}");
        let m = msg(parse(br#"{"text":"x","date":"2024-13-01"}"#, None));
        assert!(m.contains("date"), "{m}");
        let m = msg(parse(br#"{"text":"x","lang":"fr"}"#, None));
        assert!(m.contains("lang"), "{m}");
        let m = msg(parse(b"42", None));
        assert!(m.contains("a number"), "{m}");
        let m = msg(parse(b"  ", None));
        assert!(m.contains("empty"), "{m}");
    }
}
