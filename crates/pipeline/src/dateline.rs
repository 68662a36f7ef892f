//! A dateline (`NAIROBI, Jan. 3rd (Reuters) -`) is parsed, not coded: the segmenter keeps it
//! with the story's first sentence (as UD treebanks do), so before parsing it is split off
//! into a sentence of its own. Otherwise the parser hangs the story's subject under the
//! upper-case place and the coder reads "NAIROBI" as the actor.

use dyad_core::{MultiwordToken, Sentence, Span};

/// Splits the sentence containing byte `end` (the end of the dateline, in document offsets)
/// into the words before it and the words after it. Nothing changes when `end` falls at a
/// sentence boundary or inside a word.
pub(crate) fn split_off(sentences: &mut Vec<Sentence>, end: u32) {
    let Some(k) = sentences
        .iter()
        .position(|s| s.span.start < end && end < s.span.end)
    else {
        return;
    };
    let s = &sentences[k];
    let cut = s.words.iter().position(|w| w.span.start >= end);
    let Some(cut) = cut.filter(|c| *c > 0) else {
        return;
    };
    // A multiword token never straddles the cut.
    if s.multiwords
        .iter()
        .any(|m| (m.first as usize) <= cut && (m.last as usize) > cut)
    {
        return;
    }
    let s = sentences.remove(k);
    let (head, tail) = split(s, cut);
    sentences.insert(k, tail);
    sentences.insert(k, head);
}

fn split(s: Sentence, cut: usize) -> (Sentence, Sentence) {
    let mut words = s.words;
    let tail_words = words.split_off(cut);
    let head_span = Span::new(s.span.start, words[cut - 1].span.end);
    let tail_span = Span::new(tail_words[0].span.start, s.span.end);
    let text_of = |sp: Span| {
        let a = (sp.start - s.span.start) as usize;
        let b = (sp.end - s.span.start) as usize;
        s.text.get(a..b).unwrap_or_default().to_string()
    };
    let (head_mw, tail_mw): (Vec<MultiwordToken>, Vec<MultiwordToken>) = s
        .multiwords
        .into_iter()
        .partition(|m| (m.last as usize) <= cut);
    let shift = cut as u32;
    let tail_mw = tail_mw
        .into_iter()
        .map(|mut m| {
            m.first -= shift;
            m.last -= shift;
            m
        })
        .collect();
    let head = Sentence {
        id: s.id.clone(),
        text: text_of(head_span),
        span: head_span,
        words,
        multiwords: head_mw,
        comments: Vec::new(),
    };
    let tail = Sentence {
        id: s.id,
        text: text_of(tail_span),
        span: tail_span,
        words: tail_words,
        multiwords: tail_mw,
        comments: s.comments,
    };
    (head, tail)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_core::Lang;

    #[test]
    fn the_dateline_becomes_its_own_sentence() {
        let text = "NAIROBI, Jan. 3 (Reuters) - Kenya's president flew to Addis Ababa.";
        let mut s = dyad_text::Segmenter::new(Lang::En).segment(text);
        assert_eq!(s.len(), 1);
        let end = text.find(" - ").unwrap() as u32 + 2;
        split_off(&mut s, end);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].text, "NAIROBI, Jan. 3 (Reuters) -");
        assert_eq!(s[1].text, "Kenya's president flew to Addis Ababa.");
        assert_eq!(s[1].words[0].form, "Kenya");
        // The clitic `'s` is a multiword token, renumbered into the second sentence.
        assert!(s[1]
            .multiwords
            .iter()
            .all(|m| m.first >= 1 && (m.last as usize) <= s[1].words.len()));
        assert_eq!(
            &text[s[1].span.start as usize..s[1].span.end as usize],
            s[1].text
        );
    }

    #[test]
    fn a_cut_at_a_boundary_changes_nothing() {
        let text = "Talks resumed. Envoys met.";
        let mut s = dyad_text::Segmenter::new(Lang::En).segment(text);
        let before = s.clone();
        split_off(&mut s, 14);
        assert_eq!(s, before);
    }
}
