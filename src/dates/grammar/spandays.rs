//! The first or last days of a month, a year or a holiday: "الأيام الخمسة الأولى من شهر محرم", "الأيام العشرة
//! الأخيرة من ديسمبر", "العشر الأوائل من ذي الحجة", and "العشر الأواخر من رمضان", the nights from the 21st
//! to the month's end.

use super::{Core, DateParts, Expr, Parser, Step};
use crate::dates::grammar::calendar::{Pick, Span};
use crate::dates::lexicon::{Cat, Count, Dir, NumberKind, Unit};

impl Parser<'_> {
    /// The first or last `n` days of the period after "من" (or "في"), as a range of the two days.
    #[inline(never)]
    pub(super) fn days_of_span(&self, i: usize) -> Step<(Expr, Expr)> {
        let units = self.cat(i, true, |c| match c {
            Cat::Units(Unit::Day, n) => Some(n),
            _ => None,
        });
        // "الأيام الخمسة", "اليومين", or a count with the article and no unit ("العشر", "الثلاثة أيام").
        let (n, j, bare) = match units {
            Some((2, j)) => (2, j, false),
            Some((_, j)) => {
                let (n, k) = self.definite_count(j)?;
                (n, k, false)
            }
            None if self.definite_cardinal(i) => {
                let (n, k) = self.definite_count(i)?;
                match self.cat(k, false, |c| {
                    matches!(c, Cat::Unit(Unit::Day, Count::Plural)).then_some(())
                }) {
                    Some((_, k)) => (n, k, false),
                    None => (n, k, true),
                }
            }
            None => return None,
        };
        if !(2..=30).contains(&n) {
            return None;
        }
        let (first, k) = self.first_or_last(j)?;
        let k = self.is(k, false, Cat::From).or_else(|| self.is(k, false, Cat::Skip))?;
        let (span, end) = self.span(k)?;
        if !matches!(span, Span::Date(p) if p.day.is_none() && p.month.is_some())
            && !matches!(span, Span::Period { .. })
        {
            return None;
        }
        let n = n as i8;
        let (a, b) = match (first, bare && n == 10) {
            (true, _) => (1, n),
            // "العشر الأواخر من رمضان": the last third of the month, from its 21st day to its end (29 or 30).
            (false, true) => (21, -1),
            (false, false) => (-n, -1),
        };
        let pick = |d: i8| {
            Expr::new(Core::InSpan {
                pick: Pick::Day(d),
                span,
            })
        };
        Some(((pick(a), pick(b)), end))
    }

    /// "الأشهر الخمسة الأولى من 2014", "5 أشهر الأولى من 2014", "الأشهر الثلاثة الأخيرة من العام الماضي": the
    /// first or last `n` months of a year, as a range of the two months.
    #[inline(never)]
    pub(super) fn months_of_year(&self, i: usize) -> Step<(Expr, Expr)> {
        let units = self.cat(i, true, |c| match c {
            Cat::Units(Unit::Month, n) => Some(n),
            _ => None,
        });
        let (n, j) = match units {
            Some((2, j)) => (2, j),
            Some((_, j)) => self.definite_count(j)?,
            // "5 أشهر الأولى", "الخمسة أشهر الأولى"
            None => {
                let (n, j) = match self.number(i) {
                    Some((n, _)) => (n, i + 1),
                    None => self.definite_count(i)?,
                };
                (n, self.is(j, false, Cat::Unit(Unit::Month, Count::Plural))?)
            }
        };
        if !(2..=11).contains(&n) {
            return None;
        }
        let (first, k) = self.first_or_last(j)?;
        let k = self.is(k, false, Cat::From).or_else(|| self.is(k, false, Cat::Skip))?;
        let span = self.span(k).or_else(|| {
            let ((y, era), end) = self.year(k)?;
            let parts = DateParts {
                year: Some(y),
                hijri: era == Some(true),
                ..DateParts::default()
            };
            Some((Span::Date(parts), end))
        });
        let (parts, end) = match span? {
            (Span::Date(p), end) if p.year.is_some() && p.month.is_none() && !p.hijri => (p, end),
            (Span::Period { unit: Unit::Year, dir }, end) => {
                let rel = match dir {
                    Dir::Past => -1,
                    Dir::Next | Dir::Coming => 1,
                    Dir::This => 0,
                    Dir::BeforeLast => -2,
                    Dir::AfterNext => 2,
                };
                let parts = DateParts {
                    rel_year: Some(rel),
                    ..DateParts::default()
                };
                (parts, end)
            }
            _ => return None,
        };
        let n = n as u8;
        let (a, b) = if first { (1, n) } else { (13 - n, 12) };
        let month = |m: u8| {
            Expr::new(Core::Date(DateParts {
                month: Some(m),
                ..parts
            }))
        };
        Some(((month(a), month(b)), end))
    }

    /// "الأولى", "الأوائل" (true), "الأخيرة", "الأواخر" (false) at `k`, and the token after it.
    fn first_or_last(&self, k: usize) -> Step<bool> {
        if matches!(self.word(k), Some("الاوائل")) {
            return Some((true, k + 1));
        }
        if matches!(self.word(k), Some("الاواخر")) {
            return Some((false, k + 1));
        }
        if let Some(after) = self.is(k, false, Cat::Last) {
            return Some((false, after));
        }
        self.is(k, false, Cat::Number(1, NumberKind::Ordinal))
            .map(|after| (true, after))
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::test_support::{pair, read};

    #[test]
    fn the_first_or_last_days_of_a_month() {
        let found = read("تقام المعارض في الأيام الثلاثة الأولى من شهر مارس المقبل", "2024-12-06");
        assert_eq!(
            found,
            pair("الأيام الثلاثة الأولى من شهر مارس المقبل", "2025-03-01/2025-03-03")
        );
        let found = read("ترتفع الأسعار في الأيام العشرة الأخيرة من نوفمبر", "2024-12-06");
        assert_eq!(found, pair("الأيام العشرة الأخيرة من نوفمبر", "2024-11-21/2024-11-30"));
        // The days of a Hijri month, by Umm al-Qura: Ramadan 1445 began on 11 March 2024 and had 30 days.
        let found = read("يعتكف المصلون في العشر الأواخر من رمضان 1445", "2024-12-06");
        assert_eq!(found, pair("العشر الأواخر من رمضان 1445", "2024-03-31/2024-04-09"));
        let found = read("صيام العشر الأوائل من ذي الحجة 1445", "2024-12-06");
        assert_eq!(found, pair("العشر الأوائل من ذي الحجة 1445", "2024-06-07/2024-06-16"));
    }

    #[test]
    fn the_nth_day_of_a_month_without_min() {
        let found = read("في ثالث يوم رمضان 1445 خرجنا", "2024-12-06");
        assert_eq!(found, pair("ثالث يوم رمضان 1445", "2024-03-13"));
    }

    #[test]
    fn the_first_or_last_months_of_a_year() {
        let found = read("خلال 5 أشهر الأولى من 2014 استعادوا أسلحة", "2024-12-06");
        assert_eq!(found, pair("5 أشهر الأولى من 2014", "2014-01/2014-05"));
        let found = read("في الأشهر الثلاثة الأخيرة من العام الماضي", "2024-12-06");
        assert_eq!(found, pair("الأشهر الثلاثة الأخيرة من العام الماضي", "2023-10/2023-12"));
    }
}
