//! The comment and blank-line rules every PETRARCH dictionary shares.

/// One meaningful line: its 1-based number and its text with comments removed (not trimmed).
pub(crate) struct Line<'a> {
    pub no: usize,
    pub text: &'a str,
}

/// Iterates over the meaningful lines of a dictionary.
///
/// Rules (PETRARCH's `read_FIN_line`): skip lines starting with `#` or `<!`; remove
/// `<!-- ... -->` comments, including ones spanning lines; cut at the first `#` outside
/// `[...]`; skip what is then blank. A byte-order mark at the start is ignored.
pub(crate) fn lines(text: &str) -> impl Iterator<Item = Line<'_>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut in_comment = false;
    text.lines().enumerate().filter_map(move |(i, raw)| {
        let mut s = raw;
        if in_comment {
            match s.find("-->") {
                Some(k) => {
                    in_comment = false;
                    s = &s[k + 3..];
                }
                None => return None,
            }
        }
        if s.starts_with('#') {
            return None;
        }
        if s.starts_with("<!") {
            // A one-line `<!-- ... -->` or the start of a multi-line one; PETRARCH skips the
            // whole line either way.
            if s.starts_with("<!--") && !s.contains("-->") {
                in_comment = true;
            }
            return None;
        }
        let s = cut_comment(s);
        if let Some(k) = s.find("<!--") {
            // Text before a comment is kept; a comment opened here may close on a later line.
            let rest = &s[k..];
            if !rest.contains("-->") {
                in_comment = true;
            }
            let head = &s[..k];
            return (!head.trim().is_empty()).then_some(Line {
                no: i + 1,
                text: head,
            });
        }
        (!s.trim().is_empty()).then_some(Line { no: i + 1, text: s })
    })
}

/// Cuts a line at the first `#` that is not inside `[...]`.
fn cut_comment(s: &str) -> &str {
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            '#' if depth == 0 => return &s[..i],
            _ => {}
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(t: &str) -> Vec<(usize, String)> {
        lines(t)
            .map(|l| (l.no, l.text.trim().to_string()))
            .collect()
    }

    #[test]
    fn comments_and_blanks() {
        let t = "# head\n\nALPHA [X] # note\n<!-- one -->\n<!-- two\nstill\n-->\nBETA [###] #c\n  \t\nGAMMA#tight\n";
        assert_eq!(
            collect(t),
            vec![
                (3, "ALPHA [X]".to_string()),
                (8, "BETA [###]".to_string()),
                (10, "GAMMA".to_string())
            ]
        );
    }
}
