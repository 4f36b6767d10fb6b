//! Hijri dates by the Umm al-Qura calendar, through `icu_calendar` (its tables follow the official Saudi
//! calendar; we keep none of our own).

use chrono::NaiveDate;
use icu_calendar::cal::{Hijri, Iso};
use icu_calendar::Date;

/// The Hijri years whose conversion this crate vouches for.
pub(crate) const SUPPORTED_YEARS: std::ops::RangeInclusive<i32> = 1300..=1500;

/// The Gregorian day of a Hijri date, or `None` if the date does not exist (day 30 of a 29-day month) or the
/// year is outside [`SUPPORTED_YEARS`].
pub(crate) fn to_gregorian(year: i32, month: u8, day: u8) -> Option<NaiveDate> {
    if !SUPPORTED_YEARS.contains(&year) {
        return None;
    }
    let date = Date::try_new_hijri_with_calendar(year, month, day, Hijri::new_umm_al_qura()).ok()?;
    let iso = date.to_calendar(Iso);
    NaiveDate::from_ymd_opt(
        iso.year().extended_year(),
        u32::from(iso.month().ordinal),
        u32::from(iso.day_of_month().0),
    )
}

/// The first and last Gregorian days of a Hijri month.
pub(crate) fn month_span(year: i32, month: u8) -> Option<(NaiveDate, NaiveDate)> {
    let first = to_gregorian(year, month, 1)?;
    let next = if month == 12 {
        to_gregorian(year + 1, 1, 1)
    } else {
        to_gregorian(year, month + 1, 1)
    }
    .or_else(|| to_gregorian(year, month, 30).map(|d| d + chrono::Days::new(1)))?;
    Some((first, next.pred_opt()?))
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
    Some(iso.to_calendar(Hijri::new_umm_al_qura()).year().extended_year())
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
        assert_eq!(to_gregorian(1400, 1, 1), Some(ymd(1979, 11, 21)));
        assert_eq!(year_of(ymd(2024, 12, 6)), Some(1446));
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
    }

    #[test]
    fn month_spans_are_29_or_30_days() {
        for year in [1300, 1400, 1446, 1500] {
            for month in 1..=12 {
                let (a, b) = month_span(year, month).unwrap();
                let days = (b - a).num_days() + 1;
                assert!((29..=30).contains(&days), "{year}-{month}: {days}");
            }
        }
    }
}
