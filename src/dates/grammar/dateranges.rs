//! A range of two dates or two months joined by "-", "إلى" or "حتى" with no "من" before it (HeidelTime's
//! "19 نوفمبر إلى 2 ديسمبر 2024", "مايو - يونيو 2011").

use super::ranges::complete_range;
use super::{Core, DateParts, Expr, Parser, Step};
use crate::dates::lexicon::Cat;

impl Parser<'_> {
    /// Two dates of the same grain (both with a day, or both months) joined by a dash or a "to" word.
    pub(super) fn joined_range(&self, i: usize) -> Step<(Expr, Expr)> {
        if let Some(found) = self.year_span(i) {
            return Some(found);
        }
        let core = self.core(i, true);
        // "27 / 1 – 8/ 2 / 2024": a day and month with spaces around the slash, which alone may be a score or
        // a fraction, open a range whose right side is a full date.
        let spaced = core.is_none();
        let (left, j) = match core {
            Some(found) => found,
            None => self.spaced_day_month(i)?,
        };
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
        if l.day.is_some() != r.day.is_some() || l.hijri != r.hijri || (spaced && r.year.is_none()) {
            return None;
        }
        Some((complete_range(left, right)?, end))
    }

    /// A day and a month in digits with a slash between them and spaces around it ("27 / 1"), not followed
    /// by a year.
    fn spaced_day_month(&self, i: usize) -> Step<Expr> {
        let (d, dd) = self.number(i)?;
        let (m, dm) = self.number(i + 2).filter(|_| self.punct(i + 1, '/'))?;
        if dd > 2 || dm > 2 || !(1..=31).contains(&d) || !(1..=12).contains(&m) || self.punct(i + 3, '/') {
            return None;
        }
        let parts = DateParts {
            day: Some(d as u8),
            month: Some(m as u8),
            ..DateParts::default()
        };
        Some((Expr::new(Core::Date(parts)), i + 3))
    }

    /// "2014-2018", "2011 – 2024", "2014_2017", "(1919.1992)": two years joined by a dash (or an underscore, or
    /// a glued dot), the first before the second; glued to a dash, also the later first ("2021-2019"). A season or a
    /// fiscal or school year of two years in a row may also be joined by a slash, written in either order or
    /// with the second year in two digits ("2024/2025", "2026/2025", "2022/23", "2024-25"); two digits that
    /// may be a month ("2011/12") are left to the month reader, which wins the tie.
    ///
    /// An era written after the second year holds for both: "1438/1437هـ", "1431 / 1432هـ" (with it the slash
    /// may have spaces around it), "2012/2011 م".
    pub(super) fn year_span(&self, i: usize) -> Step<(Expr, Expr)> {
        let ((a, first_era), j) = self.year(i)?;
        let slash = self.punct(j, '/');
        let mut glued = self.glued(j) && self.glued(j + 1);
        // "2014_2017", "(1919.1992)": an underscore, or a dot glued between the two, joins them as a dash does.
        let dash = ['-', '–', '_'].into_iter().any(|c| self.punct(j, c));
        let dot = self.punct(j, '.') && glued;
        if !(slash || dash || dot) {
            return self.spaced_year_pair(i, a, first_era, j);
        }
        let mut hijri = first_era == Some(true);
        let (b, end) = match self.year(j + 1) {
            Some(((b, None), end)) if first_era.is_none() => (b, end),
            Some(((b, Some(era)), end)) if first_era.is_none_or(|e| e == era) => {
                hijri = era;
                glued |= slash;
                (b, end)
            }
            Some(_) => return None,
            // "2022/23": the next year's last two digits.
            None => match self.number(j + 1) {
                Some((b, 2)) if glued && b == (a as u32 + 1) % 100 => (a + 1, j + 2),
                _ => return None,
            },
        };
        // A slash joins only two years in a row, glued to it ("2024/2025"), in either order. A dash glued to two
        // years, the later first, is a range whose text ran right to left ("2021-2019", "1948-1920").
        let (a, b) = if dash && glued && b < a && !self.punct(end, '/') {
            (b, a)
        } else if slash || b < a {
            if !glued || (a - b).abs() != 1 || self.punct(end, '/') {
                return None;
            }
            (a.min(b), a.max(b))
        } else {
            (a, b)
        };
        if b <= a || b - a > 300 || self.date_goes_on(end) {
            return None;
        }
        let year = |y: i32| {
            Expr::new(Core::Date(DateParts {
                year: Some(y),
                hijri,
                ..DateParts::default()
            }))
        };
        Some(((year(a), year(b)), end))
    }

    /// "السنة الدراسية 2024 2025", "التقويم الدراسي ٢٠٢٢ ٢٠٢٣": a school or fiscal year written as two years in
    /// a row with only a space between them, the earlier first. Not within a longer run of numbers (a table's
    /// row of years), nor before a date that goes on.
    fn spaced_year_pair(&self, i: usize, a: i32, first_era: Option<bool>, j: usize) -> Step<(Expr, Expr)> {
        if first_era.is_some() || self.glued(j) || !(1900..=2100).contains(&a) {
            return None;
        }
        let ((b, era), end) = self.year(j)?;
        let run = i.checked_sub(1).is_some_and(|p| self.number(p).is_some()) || self.number(end).is_some();
        if b != a + 1 || era == Some(true) || run || self.date_goes_on(end) {
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

    /// "للعام 1446/1447", "لعام 1431 / 1432هـ": a span of two years after the word for year.
    pub(super) fn year_word_span(&self, i: usize) -> Step<(Expr, Expr)> {
        let j = self.is(i, true, Cat::YearWord)?;
        self.year_span(j)
    }

    /// Whether a sign and a number follow a year that ends at `j`: the year opens a date in digits ("العدد:
    /// 1967 - 2007 / 7 / 5"), and is no end of a range of years.
    pub(super) fn date_goes_on(&self, j: usize) -> bool {
        ['/', '-', '.'].into_iter().any(|c| self.punct(j, c)) && self.number(j + 1).is_some()
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::test_support::{pair, read};

    #[test]
    fn a_season_of_two_years_in_a_row() {
        let found = read("جدول الموسم الجديد 2022/23 كاملا", "2024-12-06");
        assert_eq!(found, pair("2022/23", "2022/2023"));
        let found = read("السنة التشريعية 2026/2025 الحالية", "2024-12-06");
        assert_eq!(found, pair("2026/2025", "2025/2026"));
        // Two years that are not in a row are not a season, nor is a month after a year ("2011/12").
        assert_eq!(read("القرار رقم 2011/2019 الصادر", "2024-12-06"), None);
        assert_eq!(read("صدر في 2011/12", "2024-12-06"), pair("2011/12", "2011-12"));
    }

    #[test]
    fn two_years_joined_by_an_underscore_a_tatweel_a_dot_or_reversed() {
        let found = read("خلال حرب التحرير (١٩٥٤_١٩٦٢).", "2024-12-06");
        assert_eq!(found, pair("١٩٥٤_١٩٦٢", "1954/1962"));
        let found = read("جميع الحقوق محفوظة 2015ـ2019 للموقع", "2024-12-06");
        assert_eq!(found, pair("2015ـ2019", "2015/2019"));
        let found = read("الشاعر الراحل (1931.2005)، الذي", "2024-12-06");
        assert_eq!(found, pair("1931.2005", "1931/2005"));
        let found = read("الخطة الخمسية 2020-2016 للوزارة", "2024-12-06");
        assert_eq!(found, pair("2020-2016", "2016/2020"));
        // Spaced, a later year first is no range; nor is a dot with spaces.
        assert_eq!(read("النتيجة 2020 - 2016 للوزارة", "2024-12-06"), None);
        assert_eq!(read("بلغ 1931 . 2005 للوزارة", "2024-12-06"), None);
    }

    #[test]
    fn a_day_and_month_with_spaced_slashes_before_a_full_date() {
        let found = read("التسجيل 3 / 2 – 9/ 2 / 2025 عن بعد", "2024-12-06");
        assert_eq!(found, pair("3 / 2 – 9/ 2 / 2025", "2025-02-03/2025-02-09"));
        // Alone, or before a date with no year, it may be a score.
        assert_eq!(read("النتيجة 3 / 2 للضيوف", "2024-12-06"), None);
        assert_eq!(read("3 / 2 - 9/2 للضيوف", "2024-12-06"), pair("9/2", "2025-02-09"));
    }

    #[test]
    fn two_hijri_years_with_their_era_after_the_second() {
        let found = read("التقويم للعام 1442/1441هـ كاملا", "2020-09-01");
        assert_eq!(found, pair("لعام 1442/1441هـ", "2019-08-31/2021-08-08"));
        let found = read("خطة عام 1441 / 1442هـ للمدارس", "2020-09-01");
        assert_eq!(found, pair("عام 1441 / 1442هـ", "2019-08-31/2021-08-08"));
        let found = read("الطبعة 2019/2018 م للكتاب", "2020-09-01");
        assert_eq!(found, pair("2019/2018 م", "2018/2019"));
        // Without an era, spaces around the slash keep the two numbers apart.
        assert_eq!(read("القرار 1441 / 1442 للمجلس", "2020-09-01"), None);
    }

    #[test]
    fn a_year_until_a_month_of_a_later_year() {
        let found = read("منذ العام 2015م وحتى شهر أكتوبر 2021 تكبدوا خسائر", "2024-12-06");
        assert_eq!(found, pair("منذ العام 2015م وحتى شهر أكتوبر 2021", "2015/2021-10"));
    }

    #[test]
    fn a_school_year_of_two_years_with_a_space_between() {
        let found = read("مع انطلاق السنة الدراسية 2024 2025 أعلنت الوزارة", "2024-09-10");
        assert_eq!(found, pair("2024 2025", "2024/2025"));
        let found = read("التقويم الدراسي ٢٠٢٢ ٢٠٢٣ الكويت", "2022-08-01");
        assert_eq!(found, pair("٢٠٢٢ ٢٠٢٣", "2022/2023"));
        // A run of years heading a table, and two years not in a row, are no span.
        assert_eq!(read("الأعوام 2022 2023 2024", "2024-09-10"), None);
        assert_eq!(read("السنة الدراسية 2020 2025", "2024-09-10"), None);
    }
}
