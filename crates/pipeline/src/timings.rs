//! Where the time goes: per-stage totals, so that `dyad code --timings` can show that date
//! and place resolution is never the slowest stage (issue 5) and where to optimize next.

use std::fmt;
use std::time::Duration;

/// Time spent per stage, summed over documents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StageTimes {
    /// Normalization, segmentation, tokenization and the dateline.
    pub segment: Duration,
    /// Tagging, lemmas and parsing.
    pub analyze: Duration,
    /// Event coding.
    pub code: Duration,
    /// Dates and places of events.
    pub resolve: Duration,
    /// Documents counted.
    pub documents: u64,
}

impl StageTimes {
    /// Adds one document's stage times.
    pub fn add(&mut self, segment: Duration, analyze: Duration, code: Duration, resolve: Duration) {
        self.segment += segment;
        self.analyze += analyze;
        self.code += code;
        self.resolve += resolve;
        self.documents += 1;
    }

    /// Adds another thread's totals.
    pub fn merge(&mut self, other: &StageTimes) {
        self.segment += other.segment;
        self.analyze += other.analyze;
        self.code += other.code;
        self.resolve += other.resolve;
        self.documents += other.documents;
    }
}

impl fmt::Display for StageTimes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let total = (self.segment + self.analyze + self.code + self.resolve).as_secs_f64();
        let pct = |d: Duration| {
            if total > 0.0 {
                100.0 * d.as_secs_f64() / total
            } else {
                0.0
            }
        };
        write!(
            f,
            "stage CPU time over {} documents: segment {:.2}s ({:.1}%), tag+parse {:.2}s ({:.1}%), code {:.2}s ({:.1}%), date+place {:.2}s ({:.1}%)",
            self.documents,
            self.segment.as_secs_f64(),
            pct(self.segment),
            self.analyze.as_secs_f64(),
            pct(self.analyze),
            self.code.as_secs_f64(),
            pct(self.code),
            self.resolve.as_secs_f64(),
            pct(self.resolve),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals_add_and_merge() {
        let ms = Duration::from_millis;
        let mut a = StageTimes::default();
        a.add(ms(1), ms(10), ms(2), ms(1));
        let mut b = StageTimes::default();
        b.add(ms(1), ms(20), ms(2), ms(1));
        a.merge(&b);
        assert_eq!((a.documents, a.analyze), (2, ms(30)));
        assert!(a.to_string().contains("tag+parse 0.03s"));
    }
}
