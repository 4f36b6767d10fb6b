//! "آخر 3 أيام", "آخر عشرة أعوام", "آخر يومين" (Duckling's "last n <cycle>"): the N whole units before the
//! anchor's own, as "الأيام الثلاثة الماضية" is (CONVENTIONS.md, "N units back or ahead").

use super::{Core, Count, Expr, Parser, Step};
use crate::dates::lexicon::{Cat, Unit};

impl Parser<'_> {
    /// "آخر" and a count of days, weeks, months or years: a range of the two ends.
    #[inline(never)]
    pub(super) fn last_n(&self, i: usize) -> Step<(Expr, Expr)> {
        let j = self.is(i, true, Cat::Nth(-1))?;
        let unit_at = |k: usize| {
            self.cat(k, false, |c| match c {
                Cat::Unit(u, count) if count != Count::Definite && !matches!(u, Unit::Hour | Unit::Minute) => {
                    Some((u, count))
                }
                _ => None,
            })
        };
        let (unit, n, end) = match unit_at(j) {
            // "آخر يومين", "آخر أسبوعين"
            Some(((unit, Count::Fixed(2)), k)) => (unit, 2, k),
            Some(_) => return None,
            None => {
                let (n, k) = self.count(j, false)?;
                let ((unit, count), end) = unit_at(k)?;
                if count == Count::Fixed(2) {
                    return None;
                }
                (unit, i64::from(n), end)
            }
        };
        if !(1..=1000).contains(&n) {
            return None;
        }
        let left = Expr::new(Core::Step { unit, n: -n });
        let right = Expr::new(Core::Step { unit, n: -1 });
        Some(((left, right), end))
    }
}
