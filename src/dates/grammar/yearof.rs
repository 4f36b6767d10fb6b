//! The year of a month or a date given after "من" (HeidelTime's `"<month> من العام <year>"`): "مايو من العام
//! 2011", "في شهر آب من عام 2020", "19 نوفمبر من العام الماضي", "نوفمبر من العام المقبل".

use super::{Core, Parsed, Parser, Step};
use crate::dates::lexicon::{Cat, Dir, Unit};

/// A year written after a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum YearOf {
    /// A year in digits, with its era marker when one follows (`Some(true)` for هـ).
    Written(i32, Option<bool>),
    /// The anchor's year moved by n.
    Rel(i8),
}

impl Parser<'_> {
    /// "من العام 2011", "من عام 2011", "من العام الماضي", "من هذا العام", "من السنة الجارية"; without "من",
    /// the year phrase right after the month ("يونيو العام المقبل") or after "لـ"/"بـ" glued to it ("سبتمبر
    /// لعام 2014", "للعام الماضي", "بعام 2014").
    pub(super) fn year_of_month(&self, k: usize) -> Step<YearOf> {
        let (j, clitics) = match self.is(k, false, Cat::From) {
            Some(j) => (j, false),
            None => (k, self.word(k).is_some_and(|w| w.starts_with(['ل', 'ب']))),
        };
        if let Some(after_word) = self.is(j, clitics, Cat::YearWord) {
            if let Some(((y, era), end)) = self.year(after_word) {
                return Some((YearOf::Written(y, era), end));
            }
        }
        match self.period(j, clitics)? {
            (Core::Period { unit: Unit::Year, dir }, end) => Some((
                YearOf::Rel(match dir {
                    Dir::Past => -1,
                    Dir::Next | Dir::Coming => 1,
                    Dir::This => 0,
                    Dir::BeforeLast => -2,
                    Dir::AfterNext => 2,
                }),
                end,
            )),
            (Core::Date(p), end) if p.month.is_none() && p.day.is_none() => {
                Some((YearOf::Written(p.year?, p.hijri.then_some(true)), end))
            }
            _ => None,
        }
    }

    /// "نوروز 2030الخميس21 مارس": a year glued to the phrase at `i`, with no space, is the year of a day or month
    /// written there without one (a heading run together).
    pub(super) fn glued_year(&self, i: usize, parsed: &mut Parsed) {
        let Parsed::One(e) = parsed else { return };
        let Core::Date(p) = &mut e.core else { return };
        if p.hijri || p.month.is_none() || p.year.is_some() || p.rel_year.is_some() || p.rel_month.is_some() {
            return;
        }
        if i == 0 || !self.glued(i) || self.word(i).is_none() {
            return;
        }
        if let Some(((y, None), _)) = self.year(i - 1) {
            p.year = Some(y);
            p.dir = None;
            p.not_after = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::test_support::{pair, read};

    #[test]
    fn a_year_glued_before_a_day_without_one_is_its_year() {
        assert_eq!(
            read("افتتاح المعرض 2031الجمعة21 مارس", "2024-03-27"),
            pair("الجمعة21 مارس", "2031-03-21")
        );
        // With a space the year is not read into the day.
        assert_eq!(
            read("موسم 2031 الجمعة 21 مارس", "2024-03-27"),
            pair("الجمعة 21 مارس", "2024-03-21")
        );
    }
}
