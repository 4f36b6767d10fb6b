//! A range of two dates or two months joined by "-", "إلى" or "حتى" with no "من" before it (HeidelTime's
//! "19 نوفمبر إلى 2 ديسمبر 2024", "مايو - يونيو 2011").

use super::ranges::complete_range;
use super::{Core, DateParts, Expr, Parser, Step};

impl Parser<'_> {
    /// Two dates of the same grain (both with a day, or both months) joined by a dash or a "to" word.
    pub(super) fn joined_range(&self, i: usize) -> Step<(Expr, Expr)> {
        if let Some(found) = self.year_span(i) {
            return Some(found);
        }
        let (left, j) = self.core(i, true)?;
        let Core::Date(l) = left.core else { return None };
        l.month?;
        let k = if self.punct(j, '-') || self.punct(j, '–') {
            j + 1
        } else {
            self.range_to(j)?
        };
        // "2 جويلية إلى 5 من نفس الشهر"
        if let Some((right, end)) = self.same_month_day(k, l) {
            return Some(((left, right), end));
        }
        let (right, end) = self.core(k, false)?;
        let Core::Date(r) = right.core else { return None };
        r.month?;
        if l.day.is_some() != r.day.is_some() || l.hijri != r.hijri {
            return None;
        }
        Some((complete_range(left, right)?, end))
    }

    /// "2014-2018", "2011 – 2024": two years joined by a dash, the first before the second.
    fn year_span(&self, i: usize) -> Step<(Expr, Expr)> {
        let ((a, None), j) = self.year(i)? else { return None };
        if !(self.punct(j, '-') || self.punct(j, '–')) {
            return None;
        }
        let ((b, None), end) = self.year(j + 1)? else {
            return None;
        };
        if b <= a || b - a > 300 || self.date_goes_on(end) {
            return None;
        }
        let year = |y: i32| {
            Expr::new(Core::Date(DateParts {
                year: Some(y),
                ..DateParts::default()
            }))
        };
        Some(((year(a), year(b)), end))
    }

    /// Whether a sign and a number follow a year that ends at `j`: the year opens a date in digits ("العدد:
    /// 1967 - 2007 / 7 / 5"), and is no end of a range of years.
    pub(super) fn date_goes_on(&self, j: usize) -> bool {
        ['/', '-', '.'].into_iter().any(|c| self.punct(j, c)) && self.number(j + 1).is_some()
    }
}
