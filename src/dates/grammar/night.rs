//! The night between two days: "ليلة السبت على الأحد", "ليل الخميس - الجمعة", "ليلة 5 على 6 كانون الأول",
//! "ليلة 31 كانون الأول على 1 كانون الثاني". The value is the two days as a range; the first resolves as it
//! would alone and the second is the day after it (CONVENTIONS.md, "The night between two days").

use super::{complete_range, Core, Expr, Parser, Step};
use crate::dates::lexicon::{Cat, Part};

impl Parser<'_> {
    /// "على", "إلى", "-", "/", "–" between the two days: the token after it.
    fn night_link(&self, k: usize) -> Option<usize> {
        if self.punct(k, '-') || self.punct(k, '/') || self.word(k) == Some("علي") {
            return Some(k + 1);
        }
        self.cat(k, false, |c| (c == Cat::To).then_some(())).map(|(_, k)| k)
    }

    /// Whether "بعد/بعيد منتصف" (`Some(true)`) or "قبل/قبيل منتصف" (`Some(false)`) stands before the night noun
    /// at `i`, or "منتصف" opens it ("منتصف ليل"): which of the two days the night joins is meant. "منتصف" alone
    /// keeps the night's value, as a modifier does (CONVENTIONS.md).
    pub(super) fn midnight_side(&self, i: usize) -> Option<bool> {
        let mid = |k: usize| self.word(k).is_some_and(|w| w.starts_with("منتصف"));
        let k = if mid(i) {
            i
        } else {
            i.checked_sub(1).filter(|&k| mid(k))?
        };
        match self.word(k.checked_sub(1)?)? {
            "بعد" | "وبعد" | "بعيد" | "وبعيد" => Some(true),
            "قبل" | "وقبل" | "قبيل" | "وقبيل" => Some(false),
            _ => None,
        }
    }

    /// A night named by the two days it joins.
    #[inline(never)]
    pub(super) fn night_range(&self, i: usize) -> Step<(Expr, Expr)> {
        let j = self.is(i, true, Cat::PartNoun(Part::Night))?;
        let j = self.is(j, false, Cat::DayWord).unwrap_or(j);
        if let Some(((day, None), k)) = self.weekday(j, false) {
            // "ليل الأحد الاثنين": two weekdays side by side need no link.
            let l = self.night_link(k).unwrap_or(k);
            let l = self.is(l, false, Cat::DayWord).unwrap_or(l);
            let ((next, None), end) = self.weekday(l, false)? else {
                return None;
            };
            if next != day % 7 + 1 {
                return None;
            }
            let left = Expr::new(Core::Weekday { day, dir: None });
            let mut right = left.clone();
            right.plus_days = 1;
            return Some(((left, right), end));
        }
        let (left, k) = self.range_left(j)?;
        let l = self.night_link(k)?;
        let (right, end) = self.core(l, false)?;
        let (Core::Date(a), Core::Date(b)) = (&left.core, &right.core) else {
            return None;
        };
        let (Some(da), Some(db)) = (a.day, b.day) else {
            return None;
        };
        if db != da + 1 && db != 1 {
            return None;
        }
        Some((complete_range(left, right)?, end))
    }
}
