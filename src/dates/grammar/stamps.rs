//! Dates in the order of American stamps, with the day in ordinal words: "ديسمبر الخامس عشر، 2024",
//! "يناير الثاني والعشرين، 2018" (CONVENTIONS.md, "American order with ordinals"). Latin-script names
//! ("Dec 15, 2024") are month names of the vocabulary and read by the ordinary date rules.

use super::{DateParts, Parser, Step};

impl Parser<'_> {
    /// A Gregorian month, a day in ordinal words and a year: the year is required, so that "ديسمبر الأول"
    /// alone is not a date.
    pub(super) fn month_ordinal_date(&self, i: usize, clitics: bool) -> Step<DateParts> {
        let ((m, mismatch), j) = self.month(i, clitics)?;
        if m.hijri {
            return None;
        }
        let (day, k) = self.number_words(j, false, true)?;
        if !(1..=31).contains(&day) {
            return None;
        }
        let k = self.skip_comma(k);
        let ((year, era), end) = self.year(k)?;
        if era == Some(true) {
            return None;
        }
        let parts = DateParts {
            day: Some(day as u8),
            month: Some(m.month),
            year: Some(year),
            dual_mismatch: mismatch,
            ..DateParts::default()
        };
        Some((parts, end))
    }
}
