//! The minutes of a clock time in digits or words after its hour ("10:30", "الساعة 9 و45 دقيقة", "الرابعة
//! إلا ربعًا", "10 : 6 مساءً" copied right to left), and the digits that confirm an hour in words.

use super::{Parser, Step};
use crate::dates::lexicon::{Cat, Count, Unit};

impl Parser<'_> {
    /// "10 : 6 مساءً", "00 : 10 صباحًا", "34 : 10 PM", "الساعة 00: 18": an hour and its minutes in digits with
    /// a space beside the colon, and the token after them. Text copied from a page that runs right to left
    /// often has the two the other way round: a first number past 23, a second of one digit (minutes take two)
    /// or a first "00" before an hour put the hour second.
    pub(super) fn spaced_colon(&self, j: usize) -> Option<(u32, i16, usize)> {
        let (a, da) = self.number(j)?;
        if !self.punct(j + 1, ':') || (self.glued(j + 1) && self.glued(j + 2)) || self.punct(j + 3, ':') {
            return None;
        }
        let (b, db) = self.number(j + 2)?;
        if da > 2 || db > 2 {
            return None;
        }
        let reversed = a > 23 || db == 1 || (a == 0 && da == 2 && (1..=23).contains(&b));
        let (h, m) = if reversed { (b, a) } else { (a, b) };
        (h <= 23 && m <= 59).then_some((h, m as i16, j + 3))
    }

    /// "(20.00)", "«3:30»" at `j`: an hour and its minutes in digits, in brackets or quotation marks, and the
    /// token after them.
    pub(super) fn confirming_digits(&self, j: usize) -> Option<(u32, i16, usize)> {
        let close = if self.punct(j, '(') {
            ')'
        } else if self.punct(j, '"') {
            '"'
        } else {
            return None;
        };
        let (h, digits) = self.number(j + 1)?;
        if digits > 2 || h > 24 {
            return None;
        }
        let (m, k) = self
            .colon_minutes(j + 2)
            .or_else(|| self.separated_minutes(j + 2, '.'))?;
        self.punct(k, close).then_some((h, m, k + 1))
    }

    /// ":30" or ":30:00" glued after an hour: the minutes and the token after them.
    pub(super) fn colon_minutes(&self, i: usize) -> Step<i16> {
        self.separated_minutes(i, ':')
    }

    /// Two-digit minutes glued after `separator` at `i` (and seconds after a second one).
    pub(super) fn separated_minutes(&self, i: usize, separator: char) -> Step<i16> {
        if !(self.punct(i, separator) && self.glued(i) && self.glued(i + 1)) {
            return None;
        }
        let (m, digits) = self.number(i + 1)?;
        if digits != 2 || m > 59 {
            return None;
        }
        let mut k = i + 2;
        if self.punct(k, separator)
            && self.glued(k)
            && self.glued(k + 1)
            && self.number(k + 1).is_some_and(|(_, d)| d == 2)
        {
            k += 2;
        }
        Some((m as i16, k))
    }

    /// The minutes after an hour in words: "والنصف", "ونص", "إلا ربعًا", "وعشر دقائق", "إلا خمس دقائق".
    pub(super) fn clock_minutes(&self, j: usize) -> Step<i16> {
        let fraction = |k: usize, clitics: bool| {
            self.cat(k, clitics, |c| match c {
                Cat::Fraction(m) => Some(i16::from(m)),
                _ => None,
            })
        };
        // "إلا دقيقتين", "ودقيقتين": the dual of the minute is two minutes.
        let minutes_of = |k: usize, clitics: bool| {
            let dual = |c: Cat| (c == Cat::Unit(Unit::Minute, Count::Fixed(2))).then_some(2);
            if let Some(found) = self.cat(k, clitics, dual) {
                return Some(found);
            }
            let (n, k2) = self.count(k, clitics)?;
            let (_, k3) = self.cat(k2, false, |c| matches!(c, Cat::Unit(Unit::Minute, _)).then_some(()))?;
            (n < 60).then_some((n as i16, k3))
        };
        if let Some(k) = self.is(j, false, Cat::Minus) {
            let (m, k) = fraction(k, false).or_else(|| minutes_of(k, false))?;
            return Some((-m, k));
        }
        let k = self.and(j);
        fraction(k, true).or_else(|| minutes_of(k, k == j))
    }

    /// "و 15" or "و15", with "دقيقة" after it or not: minutes in digits after an hour.
    pub(super) fn digit_minutes(&self, j: usize) -> Step<i16> {
        let k = self.and(j);
        let k = if k == j && self.word(j) == Some("و") { j + 1 } else { k };
        if k == j {
            return None;
        }
        let (m, digits) = self.number(k)?;
        if digits > 2 || !(1..60).contains(&m) {
            return None;
        }
        let after = k + 1;
        // "و 15 كانون الأول", "و15 عاما": the number belongs to something else.
        if self.starts_date_word(after) {
            return None;
        }
        // Without "دقيقة" after them the minutes take two digits ("و 15", not "و 6": another hour).
        match self.cat(after, false, |c| match c {
            Cat::Unit(Unit::Minute, _) => Some(true),
            Cat::Unit(..) => Some(false),
            _ => None,
        }) {
            Some((true, end)) => Some((m as i16, end)),
            Some((false, _)) => None,
            None => (digits == 2).then_some((m as i16, after)),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::test_support::{pair, read};

    #[test]
    fn a_spaced_colon_in_either_order() {
        let found = read("تنطلق المباراة عند الـ 15 : 8 مساءً بالملعب", "2024-12-06");
        assert_eq!(found, pair("15 : 8 مساءً", "2024-12-06T20:15"));
        let found = read("الجلسة الساعة 00 : 9 صباحًا بالمقر", "2024-12-06");
        assert_eq!(found, pair("الساعة 00 : 9 صباحًا", "2024-12-06T09:00"));
        let found = read("موعد اللقاء على الساعة 00: 20، بالملعب", "2024-12-06");
        assert_eq!(found, pair("الساعة 00: 20", "2024-12-06T20:00"));
        let found = read("نشر في 41 : 11 PM | #2", "2024-12-06");
        assert_eq!(found, pair("41 : 11 PM", "2024-12-06T23:41"));
        let found = read("يبدأ الحفل الساعة 10 : 30 صباحًا", "2024-12-06");
        assert_eq!(found, pair("الساعة 10 : 30 صباحًا", "2024-12-06T10:30"));
        // Without "الساعة" or a part of the day it may be a score.
        assert_eq!(read("فاز الفريق 2 : 1 على ضيفه", "2024-12-06"), None);
    }
}
