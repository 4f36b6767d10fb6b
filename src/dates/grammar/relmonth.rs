//! A day of the anchor's month, or of the month before or after it, written with a direction and no month:
//! "في 15 الجاري", "يوم 3 الحالي", "في 28 الماضي", "في 15 من الجاري" (the press's short form of "من الشهر
//! الجاري/الماضي").

use super::{DateParts, Parser, Step};
use crate::dates::lexicon::{Cat, Dir};

impl Parser<'_> {
    /// A day number (digits or ordinal words, after "يوم" or not) and "الجاري"/"الحالي"/"الماضي"/"المقبل".
    pub(super) fn day_of_relative_month(&self, i: usize, clitics: bool) -> Step<DateParts> {
        let i = self.is(i, clitics, Cat::DayWord).unwrap_or(i);
        let (day, j) = match self.number(i) {
            Some((n @ 1..=31, 1 | 2)) => (n as u8, i + 1),
            Some(_) => return None,
            None => self.day_number(i, clitics)?,
        };
        // "في 15 من الجاري"
        let j = self.is(j, false, Cat::From).unwrap_or(j);
        let (dir, k) = self.direction(j)?;
        if !matches!(dir, Dir::This | Dir::Past | Dir::Next) {
            return None;
        }
        // Only the masculine singular agrees with an implied "الشهر" ("15 الجاري", not "3 الماضية").
        let word = self.word(j)?;
        if word.ends_with('ه') || word.ends_with("ين") || word.ends_with("ان") {
            return None;
        }
        Some((
            DateParts {
                day: Some(day),
                rel_month: Some(dir),
                ..DateParts::default()
            },
            k,
        ))
    }
}
