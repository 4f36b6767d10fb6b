//! "آخر 3 أيام", "آخر عشرة أعوام", "آخر يومين" (Duckling's `"last n <cycle>"`): the N whole units before the
//! anchor's own, as "الأيام الثلاثة الماضية" is (CONVENTIONS.md, "N units back or ahead"); and the same
//! with no article at all ("ستة أشهر ماضية", "ثلاثة أيام قادمة").

use super::{Core, Count, Expr, Parser, Step};
use crate::dates::lexicon::{Cat, Dir, Unit};

/// The step of the last unit of "the last N units": the one before the anchor's own, whole ("الأيام الثلاثة
/// الماضية" ends yesterday), but the anchor's own hour for hours ("الساعات الـ24 الماضية" runs up to the time
/// of writing, and on a day's anchor ends on that day, as readers date a toll "in the last 24 hours").
pub(super) fn past_end(unit: Unit) -> i64 {
    if matches!(unit, Unit::Hour | Unit::Minute) {
        0
    } else {
        -1
    }
}

impl Parser<'_> {
    /// "آخر" and a count of days, weeks, months or years: a range of the two ends.
    #[inline(never)]
    pub(super) fn last_n(&self, i: usize) -> Step<(Expr, Expr)> {
        let j = self.is(i, true, Cat::Nth(-1))?;
        let unit_at = |k: usize| {
            self.cat(k, false, |c| match c {
                Cat::Unit(u, count) if count != Count::Definite && u != Unit::Minute => Some((u, count)),
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
        let right = Expr::new(Core::Step {
            unit,
            n: past_end(unit),
        });
        Some(((left, right), end))
    }

    /// "ماضية" (past) or "قادمة"/"مقبلة" (next) at `k`: a direction with no article, read only after a count
    /// and its unit.
    pub(super) fn indefinite_dir(&self, k: usize) -> Option<Dir> {
        self.cat(k, false, |c| match c {
            Cat::BareDirection(d) => Some(d),
            _ => None,
        })
        .map(|(d, _)| d)
    }

    /// A count, a unit in the plural and "ماضية"/"قادمة"/"مقبلة" after them, none with the article ("ستة أشهر
    /// ماضية"): the N whole units before or after the anchor's own.
    #[inline(never)]
    pub(super) fn indefinite_n(&self, i: usize) -> Step<(Expr, Expr)> {
        let (n, j) = self.count(i, true)?;
        let (unit, k) = self.cat(j, false, |c| match c {
            Cat::Unit(u, Count::Plural | Count::Fixed(1)) if u != Unit::Minute => Some(u),
            _ => None,
        })?;
        // "خلال 24 ساعة الماضية": the direction with the article after a count without it, as hours are
        // often written.
        let definite = (unit == Unit::Hour)
            .then(|| self.direction(k).filter(|&(d, _)| d == Dir::Past))
            .flatten();
        if let Some((_, end)) = definite {
            let n = i64::from(n).clamp(1, 1000);
            let left = Expr::new(Core::Step { unit, n: -n });
            let right = Expr::new(Core::Step {
                unit,
                n: past_end(unit),
            });
            return Some(((left, right), end));
        }
        let dir = self.indefinite_dir(k)?;
        if !(2..=1000).contains(&n) {
            return None;
        }
        let n = i64::from(n);
        let (from, to) = if dir == Dir::Past { (-n, past_end(unit)) } else { (1, n) };
        let left = Expr::new(Core::Step { unit, n: from });
        let right = Expr::new(Core::Step { unit, n: to });
        Some(((left, right), k + 1))
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::test_support::{pair, read};

    #[test]
    fn a_count_and_its_unit_with_no_article_before_or_after_the_anchor() {
        assert_eq!(
            read("تقرير المصروفات عن ستة أشهر ماضية", "2014-10-28"),
            pair("ستة أشهر ماضية", "2014-04/2014-09")
        );
        assert_eq!(
            read("يتوقع هطول أمطار خلال 3 أيام قادمة", "2024-12-06"),
            pair("3 أيام قادمة", "2024-12-07/2024-12-09")
        );
        // Without a count it says nothing of how many.
        assert_eq!(read("في سنوات ماضية", "2024-12-06"), None);
    }
}
