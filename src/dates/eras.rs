//! Resolution of seasons, parts of a year, decades, centuries and weekends against the anchor (see
//! `grammar::eras` for the phrases and DESIGN.md, dates, for the values).

use chrono::{Datelike, Days, NaiveDate};

use super::grammar::{Era, EraKind, Of};
use super::resolve::{Point, VALUE_YEARS};

/// The season a day falls in, as (season year, season): winter belongs to the year of its December.
fn season_of(day: NaiveDate) -> (i32, u8) {
    match day.month() {
        3..=5 => (day.year(), 1),
        6..=8 => (day.year(), 2),
        9..=11 => (day.year(), 3),
        12 => (day.year(), 4),
        _ => (day.year() - 1, 4),
    }
}

/// The point `era` names, seen from `anchor`; `None` when it leaves the years a value can write.
pub(super) fn resolve(era: Era, anchor: NaiveDate) -> Option<Point> {
    let year = anchor.year();
    let in_range = |y: i32| VALUE_YEARS.contains(&y).then_some(y);
    let point = match era.kind {
        EraKind::Season(s) => {
            let y = match era.of {
                Of::Year(y) => y,
                Of::YearRel(n) => year + i32::from(n),
                Of::Own(n) => {
                    let (hy, hs) = season_of(anchor);
                    let here = hy * 4 + i32::from(hs);
                    let same_year = |y: i32| y * 4 + i32::from(s);
                    // The occurrences before, at or after the anchor's season.
                    let latest_before = if same_year(hy) < here { hy } else { hy - 1 };
                    let first_after = if same_year(hy) > here { hy } else { hy + 1 };
                    match n {
                        0 if hs == s => hy,
                        0 => year,
                        n if n < 0 => latest_before + i32::from(n) + 1,
                        n => first_after + i32::from(n) - 1,
                    }
                }
                _ => return None,
            };
            Point::Season(in_range(y)?, s)
        }
        EraKind::Quarter(q) | EraKind::Half(q) => {
            let parts: i32 = if matches!(era.kind, EraKind::Quarter(_)) { 4 } else { 2 };
            let (y, n) = match era.of {
                Of::Year(y) => (y, i32::from(q)),
                Of::YearRel(k) => (year + i32::from(k), i32::from(q)),
                Of::Own(k) => {
                    let here = (anchor.month0() as i32) / (12 / parts);
                    let index = year * parts + here + i32::from(k);
                    (index.div_euclid(parts), index.rem_euclid(parts) + 1)
                }
                _ => return None,
            };
            let (y, n) = (in_range(y)?, n as u8);
            if parts == 4 {
                Point::Quarter(y, n)
            } else {
                Point::Half(y, n)
            }
        }
        EraKind::Decade(tens) => {
            let century = year.div_euclid(100);
            let decade = match (tens, era.of) {
                (Some(t), Of::Latest) => {
                    let here = century * 10 + i32::from(t);
                    if here * 10 <= year {
                        here
                    } else {
                        here - 10
                    }
                }
                (Some(t), Of::Century(c)) => c * 10 + i32::from(t),
                (Some(t), Of::CenturyRel(n)) => (century + i32::from(n)) * 10 + i32::from(t),
                (None, Of::Own(n)) => year.div_euclid(10) + i32::from(n),
                _ => return None,
            };
            in_range(decade * 10)?;
            in_range(decade * 10 + 9)?;
            Point::Decade(decade)
        }
        EraKind::Century => {
            let century = match era.of {
                Of::Century(c) => c,
                Of::Own(n) => year.div_euclid(100) + i32::from(n),
                _ => return None,
            };
            in_range(century * 100)?;
            in_range(century * 100 + 99)?;
            Point::Century(century)
        }
        EraKind::Weekend => {
            let Of::Own(n) = era.of else { return None };
            let monday = anchor - Days::new(u64::from(anchor.weekday().num_days_from_monday()));
            let moved = monday.checked_add_signed(chrono::Duration::days(7 * i64::from(n)))?;
            in_range(moved.year())?;
            Point::Weekend(moved)
        }
    };
    Some(point)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(kind: EraKind, of: Of, anchor: &str) -> Option<String> {
        let anchor: NaiveDate = anchor.parse().ok()?;
        resolve(Era { kind, of }, anchor).map(|p| p.value().value)
    }

    #[test]
    fn seasons_before_after_and_this_year() {
        let summer = EraKind::Season(2);
        let winter = EraKind::Season(4);
        assert_eq!(value(summer, Of::Own(-1), "2024-12-06").as_deref(), Some("2024-SU"));
        assert_eq!(value(summer, Of::Own(-1), "2024-07-10").as_deref(), Some("2023-SU"));
        assert_eq!(value(summer, Of::Own(1), "2024-12-06").as_deref(), Some("2025-SU"));
        assert_eq!(value(winter, Of::Own(-1), "2024-12-06").as_deref(), Some("2023-WI"));
        assert_eq!(value(winter, Of::Own(0), "2025-01-20").as_deref(), Some("2024-WI"));
        assert_eq!(value(summer, Of::Own(0), "2024-12-06").as_deref(), Some("2024-SU"));
    }

    #[test]
    fn quarters_halves_decades_centuries() {
        assert_eq!(
            value(EraKind::Quarter(0), Of::Own(-1), "2024-12-06").as_deref(),
            Some("2024-Q3")
        );
        assert_eq!(
            value(EraKind::Quarter(0), Of::Own(1), "2024-12-06").as_deref(),
            Some("2025-Q1")
        );
        assert_eq!(
            value(EraKind::Half(2), Of::YearRel(0), "2024-12-06").as_deref(),
            Some("2024-H2")
        );
        assert_eq!(
            value(EraKind::Decade(Some(9)), Of::Latest, "2024-12-06").as_deref(),
            Some("199")
        );
        assert_eq!(
            value(EraKind::Decade(Some(2)), Of::Latest, "2024-12-06").as_deref(),
            Some("202")
        );
        assert_eq!(
            value(EraKind::Decade(Some(3)), Of::Latest, "2024-12-06").as_deref(),
            Some("193")
        );
        assert_eq!(
            value(EraKind::Decade(None), Of::Own(-1), "2024-12-06").as_deref(),
            Some("201")
        );
        assert_eq!(
            value(EraKind::Century, Of::Own(-1), "2024-12-06").as_deref(),
            Some("19")
        );
        assert_eq!(value(EraKind::Century, Of::Century(0), "2024-12-06"), None);
        assert_eq!(
            value(EraKind::Weekend, Of::Own(0), "2024-12-06").as_deref(),
            Some("2024-W49-WE")
        );
    }
}
