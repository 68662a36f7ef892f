//! Byte spans into the original text.

/// A half-open byte range `[start, end)` into a document's original text.
///
/// `u32` keeps tokens small (documents over 4 GB are refused upstream); spans are set by the
/// tokenizer and no later stage may change them, so an event's trigger always points at the bytes
/// the user gave us, whatever normalization happened in between.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end`; `end` is clamped so the span is never inverted.
    pub fn new(start: u32, end: u32) -> Self {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// Length in bytes.
    pub fn len(&self) -> u32 {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The range, for slicing the original text.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_never_inverts() {
        let s = Span::new(5, 3);
        assert!(s.is_empty());
        assert_eq!(s.len(), 0);
    }

    #[test]
    fn cover_spans_both() {
        assert_eq!(Span::new(2, 4).cover(Span::new(7, 9)), Span::new(2, 9));
    }
}
