//! Counts of units from now: "3 أيام من الآن", "بعد 3 أيام من الآن" (Duckling's `"<duration> من الان"`), and
//! the hedges of a count ("قبل نحو عامين", "منذ أكثر من عام").

use super::{Core, Count, Parser, Step};
use crate::dates::lexicon::Cat;

impl Parser<'_> {
    /// "3 أيام من الآن", "48 ساعة من الآن": the anchor moved forward.
    #[inline(never)]
    pub(super) fn count_from_now(&self, i: usize) -> Step<Core> {
        let (n, j) = self.number(i).map(|(n, _)| (n, i + 1))?;
        let ((unit, count), k) = self.cat(j, false, |c| match c {
            Cat::Unit(u, count) if count != Count::Definite => Some((u, count)),
            _ => None,
        })?;
        if count == Count::Fixed(2) {
            return None;
        }
        let end = self.now_after(k)?;
        Some((Core::Shift { unit, n: i64::from(n) }, end))
    }

    /// "من الآن" at `k`: the index after it.
    pub(super) fn now_after(&self, k: usize) -> Option<usize> {
        let k = self.is(k, false, Cat::From)?;
        self.is(k, false, Cat::Now)
    }

    /// A hedge at `j` ("نحو", "أكثر من", "ما يقرب من"): the index after it, else `j`.
    pub(super) fn skip_approx(&self, j: usize) -> usize {
        self.is(j, false, Cat::Approx).unwrap_or(j)
    }
}
