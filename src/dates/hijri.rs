//! Hijri dates by the Umm al-Qura calendar, through `icu_calendar` (its tables follow the official Saudi
//! calendar), except the months of 1343-1419 AH where the calendar as it was published then differs from ICU's:
//! those come from `data/calendars/umm-al-qura-before-1420.tsv` (see `data/SOURCES.md`).

use std::sync::OnceLock;

use chrono::NaiveDate;
use icu_calendar::cal::{Hijri, Iso};
use icu_calendar::Date;

/// The Hijri years whose conversion this crate vouches for.
pub(crate) const SUPPORTED_YEARS: std::ops::RangeInclusive<i32> = 1300..=1500;

/// The months of 1343-1419 AH whose published first day differs from ICU's, one `year\tmonth\tfirst day` a line.
const PUBLISHED: &str = include_str!("../../data/calendars/umm-al-qura-before-1420.tsv");

/// [`PUBLISHED`] read, sorted by year and month.
fn published() -> &'static [((i32, u8), NaiveDate)] {
    static TABLE: OnceLock<Vec<((i32, u8), NaiveDate)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut rows: Vec<_> = PUBLISHED
            .lines()
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .map(|line| {
                let mut fields = line.split('\t');
                let year = fields.next()?.parse().ok()?;
                let month = fields.next()?.parse().ok()?;
                let first = fields.next()?.parse().ok()?;
                Some(((year, month), first))
            })
            .collect::<Option<_>>()
            .expect("data/calendars/umm-al-qura-before-1420.tsv: a row is not year, month and day");
        rows.sort_unstable();
        rows
    })
}

/// ICU's Gregorian day of a Hijri date, whatever the year.
fn icu_day(year: i32, month: u8, day: u8) -> Option<NaiveDate> {
    let date = Date::try_new_hijri_with_calendar(year, month, day, Hijri::new_umm_al_qura()).ok()?;
    let iso = date.to_calendar(Iso);
    NaiveDate::from_ymd_opt(
        iso.year().extended_year(),
        u32::from(iso.month().ordinal),
        u32::from(iso.day_of_month().0),
    )
}

/// The first Gregorian day of a Hijri month: the published one where it differs from ICU's, else ICU's.
fn month_start(year: i32, month: u8) -> Option<NaiveDate> {
    let table = published();
    match table.binary_search_by_key(&(year, month), |&(key, _)| key) {
        Ok(i) => Some(table[i].1),
        Err(_) => icu_day(year, month, 1),
    }
}

/// The first Gregorian day of the Hijri month after `month` of `year`.
fn next_month_start(year: i32, month: u8) -> Option<NaiveDate> {
    if month == 12 {
        month_start(year + 1, 1)
    } else {
        month_start(year, month + 1)
    }
}

/// The Gregorian day of a Hijri date, or `None` if the date does not exist (day 30 of a 29-day month) or the
/// year is outside [`SUPPORTED_YEARS`].
pub(crate) fn to_gregorian(year: i32, month: u8, day: u8) -> Option<NaiveDate> {
    if !SUPPORTED_YEARS.contains(&year) || !(1..=12).contains(&month) || !(1..=30).contains(&day) {
        return None;
    }
    // From 1420 on the published calendar is ICU's: one conversion, which checks the day as well.
    if year >= PUBLISHED_UNTIL {
        return icu_day(year, month, day);
    }
    let date = month_start(year, month)? + chrono::Days::new(u64::from(day - 1));
    (date < next_month_start(year, month)?).then_some(date)
}

/// The first Hijri year whose every month [`PUBLISHED`] leaves to ICU.
const PUBLISHED_UNTIL: i32 = 1420;

/// The first and last Gregorian days of a Hijri month.
pub(crate) fn month_span(year: i32, month: u8) -> Option<(NaiveDate, NaiveDate)> {
    let first = to_gregorian(year, month, 1)?;
    Some((first, next_month_start(year, month)?.pred_opt()?))
}

/// A year written with a Hijri month above this is Gregorian ("رمضان 2026"): the Hijri calendar reaches 1500
/// in 2077.
pub(crate) const GREGORIAN_AFTER: i32 = 1600;

/// The Hijri year whose month `month` (or its day `day`) falls in the Gregorian year `year`, the first of two.
pub(crate) fn in_gregorian_year(year: i32, month: u8, day: Option<u8>) -> Option<i32> {
    use chrono::Datelike;
    // A Hijri year is about 354 days: 33 of them make 32 Gregorian years.
    let near = (year - 622) * 33 / 32;
    (near - 1..=near + 2).find(|&h| to_gregorian(h, month, day.unwrap_or(1)).is_some_and(|g| g.year() == year))
}

/// The Hijri year (Umm al-Qura) that contains a Gregorian day.
pub(crate) fn year_of(day: NaiveDate) -> Option<i32> {
    use chrono::Datelike;
    let iso = Date::try_new_iso(day.year(), day.month() as u8, day.day() as u8).ok()?;
    let year = iso.to_calendar(Hijri::new_umm_al_qura()).year().extended_year();
    // From 1420 on, ICU's first of Muharram is the published one.
    if year >= PUBLISHED_UNTIL {
        return Some(year);
    }
    // ICU's year, moved where a published first of Muharram differs from ICU's (by two days at most).
    if day < month_start(year, 1)? {
        Some(year - 1)
    } else if day >= month_start(year + 1, 1)? {
        Some(year + 1)
    } else {
        Some(year)
    }
}

/// Whether a year written with no era is the Hijri year of `anchor` or one beside it ("مناسك الحج لعام 1445"
/// in 2024): a Gregorian year of the fifteenth century is never what the news of today means by that number.
pub(crate) fn is_current_year(year: i32, anchor: NaiveDate) -> bool {
    use chrono::Datelike;
    (anchor.year() - year).abs() > 300 && year_of(anchor).is_some_and(|h| (h - year).abs() <= 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn converts_known_days() {
        assert_eq!(to_gregorian(1446, 9, 1), Some(ymd(2025, 3, 1)));
        assert_eq!(year_of(ymd(2024, 12, 6)), Some(1446));
    }

    /// Days before 1420 AH as the Umm al-Qura calendar was published then (hijridate's table), where ICU's are
    /// one day later.
    #[test]
    fn converts_days_before_1420_by_the_published_calendar() {
        assert_eq!(to_gregorian(1400, 1, 1), Some(ymd(1979, 11, 20)));
        assert_eq!(to_gregorian(1400, 9, 1), Some(ymd(1980, 7, 13)));
        assert_eq!(to_gregorian(1391, 10, 10), Some(ymd(1971, 11, 28)));
        assert_eq!(to_gregorian(1396, 12, 24), Some(ymd(1976, 12, 15)));
        assert_eq!(month_span(1346, 1).map(|(a, _)| a), Some(ymd(1927, 7, 1)));
        // 1399 ends a day earlier: its last day is 1400's first.
        assert_eq!(month_span(1399, 12).map(|(_, b)| b), Some(ymd(1979, 11, 19)));
        assert_eq!(year_of(ymd(1979, 11, 20)), Some(1400));
        assert_eq!(year_of(ymd(1979, 11, 19)), Some(1399));
        assert_eq!(year_of(ymd(1989, 8, 2)), Some(1410));
        // From 1420 on the published table and ICU agree.
        assert_eq!(to_gregorian(1420, 1, 1), Some(ymd(1999, 4, 17)));
    }

    #[test]
    fn every_published_month_differs_from_icu_and_round_trips() {
        assert!(published().len() > 500);
        for &((year, month), first) in published() {
            assert!((1343..1420).contains(&year), "{year}-{month}");
            assert_ne!(icu_day(year, month, 1), Some(first), "{year}-{month}");
            assert_eq!(to_gregorian(year, month, 1), Some(first));
            assert_eq!(year_of(first), Some(year));
        }
    }

    #[test]
    fn a_bare_year_is_hijri_only_beside_the_anchors_hijri_year() {
        let anchor = ymd(2024, 6, 13);
        assert!(is_current_year(1445, anchor));
        assert!(is_current_year(1446, anchor));
        assert!(!is_current_year(1443, anchor));
        assert!(!is_current_year(2024, anchor));
        // A year near the anchor's Gregorian one is never read as Hijri.
        assert!(!is_current_year(1400, ymd(1600, 1, 1)));
    }

    #[test]
    fn rejects_what_does_not_exist() {
        assert_eq!(to_gregorian(1446, 13, 1), None);
        assert_eq!(to_gregorian(1100, 1, 1), None);
        // Sha'ban 1400 had 29 days as published (30 in ICU's table).
        assert_eq!(to_gregorian(1400, 8, 30), None);
        assert_eq!(to_gregorian(1400, 8, 29), Some(ymd(1980, 7, 12)));
    }

    #[test]
    fn month_spans_are_29_or_30_days() {
        // As published, eight months of 1343-1364 AH were 28 or 31 days long (hijridate matches the dates on the
        // mastheads of the weekly Umm al-Qura of those years).
        let irregular = [
            ((1343, 9), 28),
            ((1345, 5), 31),
            ((1345, 8), 28),
            ((1348, 11), 31),
            ((1348, 12), 28),
            ((1349, 10), 28),
            ((1349, 11), 31),
            ((1364, 8), 28),
        ];
        for year in SUPPORTED_YEARS {
            for month in 1..=12 {
                let (a, b) = month_span(year, month).unwrap();
                let days = (b - a).num_days() + 1;
                match irregular.iter().find(|&&(key, _)| key == (year, month)) {
                    Some(&(_, published)) => assert_eq!(days, published, "{year}-{month}"),
                    None => assert!((29..=30).contains(&days), "{year}-{month}: {days}"),
                }
            }
        }
    }
}
