//! The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011) with the root at
//! the end of the buffer (Ballesteros & Nivre 2013).
//!
//! Word ids are 1-based; id `0` means "no word" (a missing stack or buffer position, no child) and
//! id `n + 1` is the artificial root, which sits after the last word in the buffer and can never be
//! shifted. Transitions:
//!
//! - `SHIFT`: move `b0` onto the stack (not the root).
//! - `LEFT(l)`: `b0 → s0` with label `l`, pop `s0`.
//! - `RIGHT(l)`: `s1 → s0` with label `l`, pop `s0`.
//!
//! Why this shape: every sentence takes exactly `2n` transitions (linear time), and the two
//! preconditions below make every terminal configuration a tree that covers every word and has
//! exactly one child of the root, as UD requires, whatever the scores say:
//!
//! - `LEFT` onto the root is allowed only when `s0` is the last word on the stack, and it must use
//!   the `root` label; no other arc may use `root`.
//! - When `b0` is the root, only reductions are legal, so the stack empties.
//!
//! There is always a legal transition until the end (shift while words remain; then `RIGHT` while
//! two or more are stacked; then `LEFT` to the root), so the parser cannot get stuck.

/// No word.
pub(crate) const NONE: u32 = 0;

/// A transition kind; the class index of a labeled transition is given by [`class`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Shift,
    Left,
    Right,
}

/// Class index of a transition: `0` shift, `1 + 2l` left with label `l`, `2 + 2l` right.
#[inline]
pub(crate) fn class(kind: Kind, label: u16) -> usize {
    match kind {
        Kind::Shift => 0,
        Kind::Left => 1 + 2 * label as usize,
        Kind::Right => 2 + 2 * label as usize,
    }
}

/// The transition a class index stands for.
#[inline]
pub(crate) fn decode(class: usize) -> (Kind, u16) {
    if class == 0 {
        (Kind::Shift, 0)
    } else if class % 2 == 1 {
        (Kind::Left, ((class - 1) / 2) as u16)
    } else {
        (Kind::Right, ((class - 2) / 2) as u16)
    }
}

/// A parser configuration plus the arc bookkeeping the features read.
///
/// Every vector is indexed by word id (`0..=n + 1`) and reused across sentences.
#[derive(Debug, Default)]
pub(crate) struct State {
    pub n: u32,
    pub stack: Vec<u32>,
    /// Front of the buffer; `n + 1` is the root.
    pub b: u32,
    /// Predicted head (`n + 1` for the root), `NONE` while unattached.
    pub heads: Vec<u32>,
    /// Predicted label index.
    pub labels: Vec<u16>,
    /// Leftmost and second-leftmost child.
    pub lc1: Vec<u32>,
    pub lc2: Vec<u32>,
    /// Rightmost and second-rightmost child.
    pub rc1: Vec<u32>,
    pub rc2: Vec<u32>,
    /// Number of left and right children.
    pub nl: Vec<u8>,
    pub nr: Vec<u8>,
    /// Labels of the left and right children, as bit sets of `label % 64`.
    pub lset: Vec<u64>,
    pub rset: Vec<u64>,
    pub on_stack: Vec<bool>,
}

impl State {
    /// Resets to the initial configuration of an `n`-word sentence.
    pub fn reset(&mut self, n: u32) {
        let len = n as usize + 2;
        self.n = n;
        self.stack.clear();
        self.b = 1;
        for v in [
            &mut self.heads,
            &mut self.lc1,
            &mut self.lc2,
            &mut self.rc1,
            &mut self.rc2,
        ] {
            v.clear();
            v.resize(len, NONE);
        }
        self.labels.clear();
        self.labels.resize(len, 0);
        self.nl.clear();
        self.nl.resize(len, 0);
        self.nr.clear();
        self.nr.resize(len, 0);
        self.lset.clear();
        self.lset.resize(len, 0);
        self.rset.clear();
        self.rset.resize(len, 0);
        self.on_stack.clear();
        self.on_stack.resize(len, false);
    }

    /// The root's id.
    #[inline]
    pub fn root(&self) -> u32 {
        self.n + 1
    }

    /// The `i`-th stack item from the top, or `NONE`.
    #[inline]
    pub fn s(&self, i: usize) -> u32 {
        let len = self.stack.len();
        if i < len {
            self.stack[len - 1 - i]
        } else {
            NONE
        }
    }

    /// The `i`-th buffer item (the root counts as the last), or `NONE`.
    #[inline]
    pub fn buf(&self, i: u32) -> u32 {
        let id = self.b + i;
        if id <= self.n + 1 {
            id
        } else {
            NONE
        }
    }

    /// True when parsing is over (the buffer holds only the root and the stack is empty).
    #[inline]
    pub fn is_terminal(&self) -> bool {
        self.b > self.n && self.stack.is_empty()
    }

    /// Whether `kind` may be applied now; the label rule (root only onto the root) is separate.
    #[inline]
    pub fn legal(&self, kind: Kind) -> bool {
        let depth = self.stack.len();
        match kind {
            Kind::Shift => self.b <= self.n,
            Kind::Left => depth >= 1 && (self.b <= self.n || depth == 1),
            Kind::Right => depth >= 2,
        }
    }

    /// Whether `LEFT` now attaches to the root (and so must carry the `root` label).
    #[inline]
    pub fn left_is_root(&self) -> bool {
        self.b > self.n
    }

    /// The only legal transition, when there is just one (`SHIFT` onto an empty stack, or the
    /// last word onto the root with label `root_label`). Scoring is skipped there: about a
    /// quarter of all transitions, at no cost in accuracy.
    #[inline]
    pub fn forced(&self, root_label: u16) -> Option<(Kind, u16)> {
        if self.stack.is_empty() {
            Some((Kind::Shift, 0))
        } else if self.b > self.n && self.stack.len() == 1 {
            Some((Kind::Left, root_label))
        } else {
            None
        }
    }

    /// Applies a legal transition.
    pub fn apply(&mut self, kind: Kind, label: u16) {
        match kind {
            Kind::Shift => {
                self.on_stack[self.b as usize] = true;
                self.stack.push(self.b);
                self.b += 1;
            }
            Kind::Left => {
                let d = self.stack.pop().expect("invariant: LEFT is legal");
                self.on_stack[d as usize] = false;
                let h = self.b;
                self.attach(h, d, label);
                // Stack items popped later lie further left, so `d` is the new leftmost child.
                let h = h as usize;
                self.lc2[h] = self.lc1[h];
                self.lc1[h] = d;
                self.nl[h] = self.nl[h].saturating_add(1);
                self.lset[h] |= 1 << (label % 64);
            }
            Kind::Right => {
                let d = self.stack.pop().expect("invariant: RIGHT is legal");
                self.on_stack[d as usize] = false;
                let h = *self.stack.last().expect("invariant: RIGHT is legal");
                self.attach(h, d, label);
                // Anything attached to `h` later came from the buffer, so lies further right.
                let h = h as usize;
                self.rc2[h] = self.rc1[h];
                self.rc1[h] = d;
                self.nr[h] = self.nr[h].saturating_add(1);
                self.rset[h] |= 1 << (label % 64);
            }
        }
    }

    #[inline]
    fn attach(&mut self, h: u32, d: u32, label: u16) {
        self.heads[d as usize] = h;
        self.labels[d as usize] = label;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_round_trip() {
        for c in 0..41 {
            let (k, l) = decode(c);
            assert_eq!(class(k, l), c);
        }
    }

    #[test]
    fn any_legal_sequence_ends_in_a_single_rooted_tree() {
        for n in 1..8u32 {
            let mut st = State::default();
            st.reset(n);
            let mut steps = 0;
            while !st.is_terminal() {
                // Prefer reductions: the worst case for the root rule.
                let k = [Kind::Right, Kind::Left, Kind::Shift]
                    .into_iter()
                    .find(|k| st.legal(*k))
                    .unwrap();
                st.apply(k, 0);
                steps += 1;
            }
            assert_eq!(steps, 2 * n);
            let roots = (1..=n).filter(|i| st.heads[*i as usize] == n + 1).count();
            assert_eq!(roots, 1);
            assert!((1..=n).all(|i| st.heads[i as usize] != NONE));
        }
    }
}
