//! The kinds of vocabulary entry at a token, as one bit each: which readers of a phrase a token may open is
//! decided by a few `and`s on one word instead of a scan of its matches per reader. (The scans, one inlined
//! loop for each of some thirty tests, were a large part of the code every phrase start runs.)
//!
//! Each [`Cat`] falls in exactly one class; a test is the union of the classes it accepts, so `kinds & test
//! != 0` is true exactly when one of the token's matches passes the test.

use super::Parser;
use crate::dates::lexicon::{Cat, Count, NumberKind, Part, Unit};

pub(super) const HOLIDAY: u64 = 1 << 0;
/// "جمعة" without its article (`WeekdayNoun(5)`).
pub(super) const FRIDAY_NOUN: u64 = 1 << 1;
/// `Nth(n)` other than `Nth(-1)`.
pub(super) const NTH: u64 = 1 << 2;
/// `Nth(-1)`: "آخر".
pub(super) const NTH_LAST: u64 = 1 << 3;
pub(super) const WEEKDAY: u64 = 1 << 4;
pub(super) const DAY_DEFINITE: u64 = 1 << 5;
pub(super) const WEEK_DEFINITE: u64 = 1 << 6;
/// `Unit(u, Definite)` of any other unit.
pub(super) const OTHER_DEFINITE: u64 = 1 << 7;
pub(super) const REL_PART: u64 = 1 << 8;
pub(super) const PERIOD_PART: u64 = 1 << 9;
/// `Units(Day | Week, _)`.
pub(super) const DAYS_WEEKS: u64 = 1 << 10;
/// `Units(u, _)` of any other unit.
pub(super) const OTHER_UNITS: u64 = 1 << 11;
pub(super) const CLOCK_WORD: u64 = 1 << 12;
pub(super) const ORDINAL: u64 = 1 << 13;
pub(super) const UNIT_ORDINAL: u64 = 1 << 14;
pub(super) const TENS: u64 = 1 << 15;
pub(super) const CARDINAL: u64 = 1 << 16;
pub(super) const UNIT_CARDINAL: u64 = 1 << 17;
pub(super) const TEEN_WORD: u64 = 1 << 18;
/// `PartNoun(Night)`.
pub(super) const NIGHT_NOUN: u64 = 1 << 19;
/// `PartNoun(p)` of any other part.
pub(super) const OTHER_PART_NOUN: u64 = 1 << 20;
pub(super) const REL_DAY: u64 = 1 << 21;
pub(super) const DAY_WORD: u64 = 1 << 22;
pub(super) const THIS: u64 = 1 << 23;
pub(super) const MONTH: u64 = 1 << 24;
pub(super) const MONTH_WORD: u64 = 1 << 25;
pub(super) const YEAR_WORD: u64 = 1 << 26;
pub(super) const AGO: u64 = 1 << 27;
pub(super) const NOW: u64 = 1 << 28;
pub(super) const HIJRI_YEAR_WORD: u64 = 1 << 29;
pub(super) const NEW_YEAR: u64 = 1 << 30;
pub(super) const PART_ALONE: u64 = 1 << 31;
pub(super) const SEASON: u64 = 1 << 32;
pub(super) const YEAR_PART: u64 = 1 << 33;
pub(super) const DECADE: u64 = 1 << 34;
pub(super) const DECADE_WORD: u64 = 1 << 35;
pub(super) const CENTURY_WORD: u64 = 1 << 36;
pub(super) const WEEKEND: u64 = 1 << 37;
pub(super) const SAME: u64 = 1 << 38;
pub(super) const THAT: u64 = 1 << 39;
pub(super) const BETWEEN: u64 = 1 << 40;
pub(super) const YEARS_WORD: u64 = 1 << 41;
pub(super) const MONTHS_WORD: u64 = 1 << 42;
pub(super) const FROM: u64 = 1 << 43;
pub(super) const SINCE: u64 = 1 << 44;

/// `Unit(_, Definite)`.
pub(super) const DEFINITE_UNIT: u64 = DAY_DEFINITE | WEEK_DEFINITE | OTHER_DEFINITE;
/// `Units(..)`.
pub(super) const UNITS: u64 = DAYS_WEEKS | OTHER_UNITS;
/// `PartNoun(_)`.
pub(super) const PART_NOUN: u64 = NIGHT_NOUN | OTHER_PART_NOUN;

/// The class of `cat`; 0 for the kinds no test asks about.
fn class(cat: Cat) -> u64 {
    match cat {
        Cat::Holiday(_) => HOLIDAY,
        Cat::WeekdayNoun(5) => FRIDAY_NOUN,
        Cat::Nth(-1) => NTH_LAST,
        Cat::Nth(_) => NTH,
        Cat::Weekday(_) => WEEKDAY,
        Cat::Unit(Unit::Day, Count::Definite) => DAY_DEFINITE,
        Cat::Unit(Unit::Week, Count::Definite) => WEEK_DEFINITE,
        Cat::Unit(_, Count::Definite) => OTHER_DEFINITE,
        Cat::RelPart(..) => REL_PART,
        Cat::PeriodPart(_) => PERIOD_PART,
        Cat::Units(Unit::Day | Unit::Week, _) => DAYS_WEEKS,
        Cat::Units(..) => OTHER_UNITS,
        Cat::ClockWord => CLOCK_WORD,
        Cat::Number(_, NumberKind::Ordinal) => ORDINAL,
        Cat::Number(_, NumberKind::UnitOrdinal) => UNIT_ORDINAL,
        Cat::Number(_, NumberKind::Tens) => TENS,
        Cat::Number(_, NumberKind::Cardinal) => CARDINAL,
        Cat::Number(_, NumberKind::UnitCardinal) => UNIT_CARDINAL,
        Cat::Number(_, NumberKind::TeenWord) => TEEN_WORD,
        Cat::PartNoun(Part::Night) => NIGHT_NOUN,
        Cat::PartNoun(_) => OTHER_PART_NOUN,
        Cat::RelDay(_) => REL_DAY,
        Cat::DayWord => DAY_WORD,
        Cat::This => THIS,
        Cat::Month(_) => MONTH,
        Cat::MonthWord => MONTH_WORD,
        Cat::YearWord => YEAR_WORD,
        Cat::Ago(_) => AGO,
        Cat::Now => NOW,
        Cat::HijriYearWord => HIJRI_YEAR_WORD,
        Cat::NewYear => NEW_YEAR,
        Cat::PartAlone(_) => PART_ALONE,
        Cat::Season(_) => SEASON,
        Cat::YearPart(_) => YEAR_PART,
        Cat::Decade(_) => DECADE,
        Cat::DecadeWord => DECADE_WORD,
        Cat::CenturyWord => CENTURY_WORD,
        Cat::Weekend => WEEKEND,
        Cat::Same => SAME,
        Cat::That => THAT,
        Cat::Between => BETWEEN,
        Cat::YearsWord => YEARS_WORD,
        Cat::MonthsWord => MONTHS_WORD,
        Cat::From => FROM,
        Cat::Since => SINCE,
        _ => 0,
    }
}

impl Parser<'_> {
    /// The classes of the vocabulary matches at `i` (with proclitics when `clitics`).
    pub(super) fn kinds(&self, i: usize, clitics: bool) -> u64 {
        self.with_hits(i, clitics, |hits| hits.iter().fold(0, |m, h| m | class(h.cat)))
    }

    /// [`Parser::is`], asked only when `first`, the classes read once at `i` ([`Parser::kinds`]), holds the
    /// class of `want`: a class bit is set exactly when the token has a match of that category, and an `is`
    /// that fails costs a look-up and a scan of the matches.
    pub(super) fn is_among(&self, first: u64, i: usize, clitics: bool, want: Cat) -> Option<usize> {
        if first & class(want) != 0 {
            self.is(i, clitics, want)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::lexicon::{Dir, MonthName};

    #[test]
    fn each_tested_kind_has_its_own_bit() {
        let all = [
            HOLIDAY,
            FRIDAY_NOUN,
            NTH,
            NTH_LAST,
            WEEKDAY,
            DAY_DEFINITE,
            WEEK_DEFINITE,
            OTHER_DEFINITE,
            REL_PART,
            PERIOD_PART,
            DAYS_WEEKS,
            OTHER_UNITS,
            CLOCK_WORD,
            ORDINAL,
            UNIT_ORDINAL,
            TENS,
            CARDINAL,
            UNIT_CARDINAL,
            TEEN_WORD,
            NIGHT_NOUN,
            OTHER_PART_NOUN,
            REL_DAY,
            DAY_WORD,
            THIS,
            MONTH,
            MONTH_WORD,
            YEAR_WORD,
            AGO,
            NOW,
            HIJRI_YEAR_WORD,
            NEW_YEAR,
            PART_ALONE,
            SEASON,
            YEAR_PART,
            DECADE,
            DECADE_WORD,
            CENTURY_WORD,
            WEEKEND,
            SAME,
            THAT,
            BETWEEN,
            YEARS_WORD,
            MONTHS_WORD,
            FROM,
            SINCE,
        ];
        assert_eq!(all.iter().fold(0, |m, b| m | b).count_ones() as usize, all.len());
        assert_eq!(class(Cat::Nth(-1)), NTH_LAST);
        assert_eq!(class(Cat::Nth(2)), NTH);
        assert_eq!(class(Cat::WeekdayNoun(4)), 0);
        assert_eq!(class(Cat::Unit(Unit::Hour, Count::Definite)), OTHER_DEFINITE);
        assert_eq!(class(Cat::Unit(Unit::Day, Count::Plural)), 0);
        assert_eq!(class(Cat::Number(3, NumberKind::Hundreds)), 0);
        assert_eq!(class(Cat::Direction(Dir::Past)), 0);
        assert_eq!(
            class(Cat::Month(MonthName {
                month: 1,
                hijri: false,
                standalone: false
            })),
            MONTH
        );
    }
}
