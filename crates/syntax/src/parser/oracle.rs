//! The dynamic oracle of the arc-hybrid system (Goldberg & Nivre 2013): from any configuration, how
//! many gold arcs each transition makes unreachable.
//!
//! Training follows the model's own (sometimes wrong) transitions after the first epoch and asks
//! this oracle for the best move from there, so the parser learns to recover from its mistakes
//! instead of only ever seeing perfect histories (+1–2 LAS over a static oracle in the paper).
//!
//! UD trees are sometimes non-projective (about 5% of EWT and AnCora sentences). The arc-decomposed
//! costs below are exact only for projective trees; on a non-projective one they still rank moves
//! sensibly (at worst every move costs something and the cheapest is taken as correct), which is how
//! the BIST parser trains on raw UD. Crossing arcs are then simply never predicted.

use super::transition::{Kind, State, NONE};

/// One sentence's gold tree in oracle form: heads with the root as `n + 1`, labels, and children.
#[derive(Debug, Default)]
pub(crate) struct Gold {
    pub heads: Vec<u32>,
    pub labels: Vec<u16>,
    /// Children of each id, as ranges into `kids`.
    start: Vec<u32>,
    kids: Vec<u32>,
}

impl Gold {
    /// Fills from 1-based heads (`0` = root) and label indices of an `n`-word sentence.
    pub fn set(&mut self, heads: &[u32], labels: &[u16]) {
        let n = heads.len() as u32;
        let len = n as usize + 2;
        self.heads.clear();
        self.heads.push(NONE);
        self.heads
            .extend(heads.iter().map(|h| if *h == 0 { n + 1 } else { *h }));
        self.heads.push(NONE);
        self.labels.clear();
        self.labels.push(0);
        self.labels.extend_from_slice(labels);
        self.labels.push(0);
        // Counting sort of dependents by head.
        self.start.clear();
        self.start.resize(len + 1, 0);
        for d in 1..=n as usize {
            self.start[self.heads[d] as usize + 1] += 1;
        }
        for i in 1..=len {
            self.start[i] += self.start[i - 1];
        }
        self.kids.clear();
        self.kids.resize(n as usize, 0);
        let mut fill = self.start.clone();
        for d in 1..=n {
            let h = self.heads[d as usize] as usize;
            self.kids[fill[h] as usize] = d;
            fill[h] += 1;
        }
    }

    fn children(&self, h: u32) -> &[u32] {
        let h = h as usize;
        &self.kids[self.start[h] as usize..self.start[h + 1] as usize]
    }

    /// Gold dependents of `h` still in the buffer (ids `>= b`).
    fn deps_in_buffer(&self, h: u32, b: u32) -> u32 {
        self.children(h).iter().filter(|d| **d >= b).count() as u32
    }
}

/// Unlabeled costs of the three transition kinds (`u32::MAX` when illegal), plus what the label
/// part needs: the gold label of `s0` and whether its gold head is `b0` or `s1`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Costs {
    pub shift: u32,
    pub left: u32,
    pub right: u32,
    /// Gold label of `s0` when its gold head is `b0` (a `LEFT` with another label costs one more).
    pub left_label: Option<u16>,
    /// Gold label of `s0` when its gold head is `s1`.
    pub right_label: Option<u16>,
}

impl Costs {
    /// Cost of a labeled transition.
    #[inline]
    pub fn of(&self, kind: Kind, label: u16) -> u32 {
        match kind {
            Kind::Shift => self.shift,
            Kind::Left => self.left.saturating_add(wrong(self.left_label, label)),
            Kind::Right => self.right.saturating_add(wrong(self.right_label, label)),
        }
    }
}

#[inline]
fn wrong(gold: Option<u16>, label: u16) -> u32 {
    matches!(gold, Some(g) if g != label) as u32
}

/// The costs of every transition from `st` under `gold`.
pub(crate) fn costs(st: &State, gold: &Gold) -> Costs {
    let b = st.b;
    let s0 = st.s(0);
    let s1 = st.s(1);
    let mut c = Costs {
        shift: u32::MAX,
        left: u32::MAX,
        right: u32::MAX,
        left_label: None,
        right_label: None,
    };
    if st.legal(Kind::Shift) {
        // b0 can no longer take a head from the stack below s0, nor any dependent on the stack.
        let h = gold.heads[b as usize];
        let mut cost = (h != s0 && h != st.root() && st.on_stack[h as usize]) as u32;
        // The root must end up alone on the stack, so a gold root shifted over anything is lost.
        cost += (h == st.root() && s0 != NONE) as u32;
        cost += gold
            .children(b)
            .iter()
            .filter(|d| st.on_stack[**d as usize])
            .count() as u32;
        c.shift = cost;
    }
    if s0 != NONE {
        let h = gold.heads[s0 as usize];
        let deps = gold.deps_in_buffer(s0, b);
        if st.legal(Kind::Left) {
            // s0 gets b0 as head: lost if its gold head is s1 or further in the buffer.
            c.left = deps + (h == s1 && s1 != NONE || h > b) as u32;
            if h == b {
                c.left_label = Some(gold.labels[s0 as usize]);
            }
        }
        if st.legal(Kind::Right) {
            // s0 gets s1 as head: lost if its gold head is anywhere in the buffer.
            c.right = deps + (h >= b) as u32;
            if h == s1 {
                c.right_label = Some(gold.labels[s0 as usize]);
            }
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Following zero-cost moves reproduces a projective gold tree exactly.
    #[test]
    fn zero_cost_path_rebuilds_projective_trees() {
        // "The senate voted on Monday ." : heads 2 3 0 5 3 3
        let heads = [2, 3, 0, 5, 3, 3];
        let labels = [1, 2, 0, 3, 4, 5];
        let mut gold = Gold::default();
        gold.set(&heads, &labels);
        let mut st = State::default();
        st.reset(heads.len() as u32);
        while !st.is_terminal() {
            let c = costs(&st, &gold);
            let (kind, label) = if c.shift == 0 {
                (Kind::Shift, 0)
            } else if c.left == 0 {
                (Kind::Left, c.left_label.unwrap_or(0))
            } else {
                assert_eq!(c.right, 0, "some move must be free");
                (Kind::Right, c.right_label.unwrap_or(0))
            };
            st.apply(kind, label);
        }
        for (i, h) in heads.iter().enumerate() {
            let want = if *h == 0 { 7 } else { *h };
            assert_eq!(st.heads[i + 1], want);
            assert_eq!(st.labels[i + 1], labels[i]);
        }
    }
}
