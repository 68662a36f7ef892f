//! Reading inputs: files or stdin, decoded as UTF-8 with a counted lossy fallback.

use std::io::Read;
use std::path::Path;

use anyhow::Context;

/// Text read from a file or stdin.
pub struct Input {
    pub name: String,
    pub text: String,
}

/// Reads `path` (or stdin for `-`). Invalid UTF-8 is decoded lossily, and the caller is told how
/// many sequences were replaced so it can warn instead of silently changing the text.
pub fn read(path: &Path) -> anyhow::Result<Input> {
    let (name, bytes) = if path == Path::new("-") {
        let mut b = Vec::new();
        std::io::stdin()
            .read_to_end(&mut b)
            .context("reading standard input")?;
        ("stdin".to_string(), b)
    } else {
        let b = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
        (path.display().to_string(), b)
    };
    let (text, replaced) = decode(bytes);
    if replaced > 0 {
        eprintln!(
            "dyad: warning: {name}: {replaced} invalid UTF-8 sequence(s) replaced with U+FFFD"
        );
    }
    Ok(Input { name, text })
}

/// Decodes UTF-8, replacing invalid sequences and counting them.
pub fn decode(bytes: Vec<u8>) -> (String, usize) {
    match String::from_utf8(bytes) {
        Ok(s) => (s, 0),
        Err(e) => {
            let bytes = e.into_bytes();
            let mut replaced = 0;
            let mut out = String::with_capacity(bytes.len());
            for chunk in bytes.utf8_chunks() {
                out.push_str(chunk.valid());
                if !chunk.invalid().is_empty() {
                    replaced += 1;
                    out.push('\u{FFFD}');
                }
            }
            (out, replaced)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_bytes_are_counted() {
        let (s, n) = decode(b"ok \xff\xfe then \xc3".to_vec());
        assert_eq!(n, 3, "two lone bytes and a truncated sequence");
        assert!(s.starts_with("ok "));
        let (s, n) = decode("bien".as_bytes().to_vec());
        assert_eq!((s.as_str(), n), ("bien", 0));
    }
}
