//! Documents as JSON (`{"id", "title", "text", "date", "lang", "source", "url"}`): one reader
//! for `dyad code`'s JSONL and `dyad serve`'s `POST /documents`, so that a file coded on the
//! command line posts as it is and both give a text without an id the same id.

use dyad_core::{Date, Document, Lang};
use serde::Deserialize;
use serde_json::Value;

/// A document as JSON gives it. Unknown fields are ignored, so that feeds with extra metadata
/// load as they are.
#[derive(Deserialize)]
struct DocIn {
    id: Option<Value>,
    title: Option<String>,
    text: Option<String>,
    date: Option<String>,
    lang: Option<String>,
    source: Option<String>,
    url: Option<String>,
}

/// The document a JSON value describes; the error says which field is wrong and why.
/// `default_lang` applies when the document names none (or `auto`). A missing `text` is an
/// empty body here: the pipeline refuses empty documents with its own reason.
pub fn document_from_json(v: Value, default_lang: Option<Lang>) -> Result<Document, String> {
    if !v.is_object() {
        return Err(format!("expected a document object, found {}", kind(&v)));
    }
    let d: DocIn = serde_json::from_value(v).map_err(|e| format!("document: {e}"))?;
    let text = d.text.unwrap_or_default();
    let id = match d.id {
        Some(Value::String(s)) if !s.trim().is_empty() => s,
        Some(Value::Number(n)) => n.to_string(),
        None | Some(Value::Null) => content_id(d.title.as_deref().unwrap_or(""), &text),
        Some(Value::String(_)) => content_id(d.title.as_deref().unwrap_or(""), &text),
        Some(other) => return Err(format!("`id` must be a string or number, found {other}")),
    };
    let date = match d.date.as_deref().filter(|s| !s.trim().is_empty()) {
        Some(s) => Some(
            s.parse::<Date>()
                .map_err(|e| format!("document {id}: `date`: {e}"))?,
        ),
        None => None,
    };
    let lang = match d.lang.as_deref().map(str::trim) {
        None | Some("") | Some("auto") => default_lang,
        Some(l) => Some(
            l.parse::<Lang>()
                .map_err(|e| format!("document {id}: `lang`: {e}"))?,
        ),
    };
    Ok(Document {
        id,
        title: d.title,
        text,
        date,
        lang,
        source: d.source,
        url: d.url,
    })
}

/// The id of a document that comes without one: `sha-` and FNV-1a over headline and body, so
/// that coding or posting the same text twice stores it once.
pub fn content_id(title: &str, text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in title.bytes().chain([0u8]).chain(text.bytes()) {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01B3);
    }
    format!("sha-{h:016x}")
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(s: &str) -> Result<Document, String> {
        document_from_json(serde_json::from_str(s).unwrap(), None)
    }

    #[test]
    fn fields_parse_or_say_why() {
        let d =
            doc(r#"{"id": 7, "title": "T", "text": "Body.", "date": "2024-05-01", "lang": "es"}"#)
                .unwrap();
        assert_eq!((d.id.as_str(), d.lang), ("7", Some(Lang::Es)));
        assert!(doc(r#"{"id": "x", "date": "yesterday"}"#)
            .unwrap_err()
            .contains("`date`"));
        assert!(doc(r#"{"id": "x", "lang": "fr"}"#)
            .unwrap_err()
            .contains("`lang`"));
        assert!(doc(r#"{"id": [1]}"#)
            .unwrap_err()
            .contains("string or number"));
        assert!(doc("[1]").unwrap_err().contains("an array"));
    }

    #[test]
    fn a_text_without_id_gets_a_stable_one() {
        let a = doc(r#"{"text": "Rebels shelled the town."}"#).unwrap();
        let b = doc(r#"{"text": "Rebels shelled the town.", "source": "x"}"#).unwrap();
        assert_eq!(a.id, b.id);
        assert!(a.id.starts_with("sha-"));
        assert_ne!(a.id, doc(r#"{"text": "Another."}"#).unwrap().id);
    }
}
