//! A day of the anchor's month, or of the month before or after it, written with a direction and no month:
//! "في 15 الجاري", "يوم 3 الحالي", "في 28 الماضي", "في 15 من الجاري" (the press's short form of "من الشهر
//! الجاري/الماضي").

use super::{DateParts, Parser, Step};
use crate::dates::lexicon::{Cat, Count, Dir, Unit};

impl Parser<'_> {
    /// A day number (digits or ordinal words, after "يوم" or not) and "الجاري"/"الحالي"/"الماضي"/"المقبل".
    pub(super) fn day_of_relative_month(&self, i: usize, clitics: bool) -> Step<DateParts> {
        let day_word = self.is(i, clitics, Cat::DayWord);
        let before = i.checked_sub(1);
        let i = day_word.unwrap_or(i);
        let (day, j, words) = match self.number(i) {
            Some((n @ 1..=31, 1 | 2)) => (n as u8, i + 1, false),
            Some(_) => return None,
            None => {
                let (d, j) = self.day_number(i, clitics)?;
                (d, j, true)
            }
        };
        // "في 15 من الجاري"
        let j = self.is(j, false, Cat::From).unwrap_or(j);
        // "فاتح الشهر القادم", "غرة الشهر المقبل": a day in words before "الشهر" and its direction ("15 الشهر
        // الماضي" in digits may count what happened last month).
        let month = |c: Cat| (c == Cat::Unit(Unit::Month, Count::Definite)).then_some(());
        let (j, digits_month) = match self.cat(j, false, month) {
            Some((_, k)) if words => (k, false),
            Some((_, k)) => (k, true),
            None => (j, false),
        };
        let (dir, k) = self.direction(j)?;
        if !matches!(dir, Dir::This | Dir::Past | Dir::Next) {
            return None;
        }
        // Digits before "الشهر" and its direction are a day after "يوم" ("يوم 25 الشهر الماضي"), or before "الشهر
        // الجاري/الحالي" after a preposition ("في 25 الشهر الجاري"): a count says what happened over the month.
        // So are the last digits of a list of days ("يومي 10 و11 الشهر الجاري", "بين 10 و12 الشهر المقبل").
        let listed = before.is_some_and(|b| self.word(b) == Some("و") && b > 0 && self.number(b - 1).is_some());
        if digits_month
            && day_word.is_none()
            && !listed
            && !(dir == Dir::This && before.is_some_and(|b| self.preposition_at(b)))
        {
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

    /// Whether a preposition that leads a day stands at `b` ("في", "حتى", "منذ", "قبل", "بعد", "الى").
    fn preposition_at(&self, b: usize) -> bool {
        matches!(
            self.word(b),
            Some("في" | "وفي" | "حتي" | "وحتي" | "منذ" | "قبل" | "بعد" | "الي" | "لغايه")
        )
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::test_support::{pair, read};

    #[test]
    fn the_first_day_written_fatih_or_ghurra() {
        let found = read("يبدأ العمل بالقانون في فاتح الشهر المقبل.", "2024-07-24");
        assert_eq!(found, pair("فاتح الشهر المقبل", "2024-08-01"));
        let found = read("دخل القرار حيز التنفيذ في الفاتح من مارس الماضي", "2024-07-24");
        assert_eq!(found, pair("الفاتح من مارس الماضي", "2024-03-01"));
        let found = read("تصرف المنح غرة الشهر القادم", "2024-07-24");
        assert_eq!(found, pair("غرة الشهر القادم", "2024-08-01"));
        // In digits, a number before "الشهر الماضي" may be a count.
        assert_eq!(
            read("قتل 15 الشهر الماضي", "2024-07-24"),
            pair("الشهر الماضي", "2024-06")
        );
    }
}
