//! Resolution of the calendar-arithmetic phrases: holidays (Umm al-Qura for the Islamic feasts, the Gregorian
//! computus for Easter), Hijri years as spans of days, a day picked inside a period, the new year, and the
//! phrases that point back to an earlier date (read alone, they point to the anchor).

use chrono::{Datelike, Days, Months, NaiveDate};

use super::grammar::{Back, Core, DateParts, Pick, Sel, Span};
use super::hijri;
use super::lexicon::{Dir, Feast, Unit};
use super::resolve::{pick, shifted, Point, VALUE_YEARS};

/// Western Easter Sunday of a Gregorian year, by the anonymous Gregorian computus (Meeus/Jones/Butcher).
pub(crate) fn easter(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let (b, c) = (year.div_euclid(100), year.rem_euclid(100));
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    NaiveDate::from_ymd_opt(year, (n / 31) as u32, (n % 31 + 1) as u32)
}

/// Every occurrence of a feast in the Gregorian years around `year` (a Hijri feast may fall twice in one).
fn occurrences(feast: Feast, years: std::ops::RangeInclusive<i32>) -> Vec<NaiveDate> {
    match feast {
        Feast::Gregorian { month, day } => years
            .filter_map(|y| NaiveDate::from_ymd_opt(y, u32::from(month), u32::from(day)))
            .collect(),
        Feast::Easter => years.filter_map(easter).collect(),
        Feast::Hijri { month, day } => {
            let (Some(first), Some(last)) = (
                NaiveDate::from_ymd_opt(*years.start(), 1, 1).and_then(hijri::year_of),
                NaiveDate::from_ymd_opt(*years.end(), 12, 31).and_then(hijri::year_of),
            ) else {
                return Vec::new();
            };
            (first..=last)
                .filter_map(|y| hijri::to_gregorian(y, month, day))
                .collect()
        }
    }
}

/// The day of a holiday, by the occurrence the phrase selects.
pub(super) fn holiday(feast: Feast, sel: Sel, anchor: NaiveDate) -> Option<NaiveDate> {
    let y = anchor.year();
    match sel {
        Sel::Year(year) => occurrences(feast, year..=year).into_iter().find(|d| d.year() == year),
        Sel::HijriYear(year) => {
            if let Feast::Hijri { month, day } = feast {
                return hijri::to_gregorian(year, month, day);
            }
            let (first, _) = hijri::month_span(year, 1)?;
            let (_, last) = hijri::month_span(year, 12)?;
            occurrences(feast, first.year()..=last.year())
                .into_iter()
                .find(|d| (first..=last).contains(d))
        }
        Sel::Nearest => pick(occurrences(feast, y - 2..=y + 2).into_iter(), None, |d| {
            (d - anchor).num_days()
        }),
        Sel::Dir(dir) => pick(occurrences(feast, y - 2..=y + 2).into_iter(), Some(dir), |d| {
            (d - anchor).num_days()
        }),
    }
}

/// The Hijri year of the occurrence of a Hijri month a phrase means: with no direction, the one that holds
/// `anchor`, else the one whose nearest day is nearest it; "الماضي" the latest that ended before it, "المقبل"
/// the first that starts after it.
pub(super) fn hijri_month_year(here: i32, month: u8, dir: Option<Dir>, anchor: NaiveDate) -> Option<i32> {
    let distance = |(first, last): (NaiveDate, NaiveDate)| {
        if anchor < first {
            (first - anchor).num_days()
        } else if anchor > last {
            (last - anchor).num_days()
        } else {
            0
        }
    };
    let candidates = (here - 2..=here + 2).filter_map(|y| hijri::month_span(y, month).map(|span| (y, span)));
    pick(candidates, dir, |(_, span)| distance(span)).map(|(y, _)| y)
}

/// The day with weekday `want` nearest `day` (at most three days away).
pub(super) fn nearest_weekday(day: NaiveDate, want: chrono::Weekday) -> NaiveDate {
    let ahead = (7 + want.num_days_from_monday() - day.weekday().num_days_from_monday()) % 7;
    let moved = if ahead <= 3 {
        day.checked_add_days(Days::new(u64::from(ahead)))
    } else {
        day.checked_sub_days(Days::new(u64::from(7 - ahead)))
    };
    moved.unwrap_or(day)
}

/// The first and last days of a Hijri year.
fn hijri_year_days(year: i32) -> Option<(NaiveDate, NaiveDate)> {
    let (first, _) = hijri::month_span(year, 1)?;
    let (_, last) = hijri::month_span(year, 12)?;
    Some((first, last))
}

/// The Hijri year a phrase selects.
fn hijri_year(sel: Sel, anchor: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let here = hijri::year_of(anchor)?;
    let year = match sel {
        Sel::HijriYear(y) => y,
        Sel::Dir(dir) => here + step(dir),
        Sel::Nearest => {
            let start = |y: i32| hijri::to_gregorian(y, 1, 1).map(|d| (d - anchor).num_days());
            pick((here..=here + 1).filter(|&y| start(y).is_some()), None, |y| {
                start(y).unwrap_or(0)
            })?
        }
        Sel::Year(_) => return None,
    };
    hijri_year_days(year)
}

fn step(dir: Dir) -> i32 {
    match dir {
        Dir::Past => -1,
        Dir::Next | Dir::Coming => 1,
        Dir::BeforeLast => -2,
        Dir::AfterNext => 2,
        Dir::This => 0,
    }
}

/// "العام الجديد": the year whose 1 January is nearest the anchor; ties go to the past.
fn new_year(anchor: NaiveDate) -> i32 {
    let y = anchor.year();
    let (this, next) = (
        NaiveDate::from_ymd_opt(y, 1, 1).map(|d| (anchor - d).num_days()),
        NaiveDate::from_ymd_opt(y + 1, 1, 1).map(|d| (d - anchor).num_days()),
    );
    match (this, next) {
        (Some(a), Some(b)) if b < a => y + 1,
        _ => y,
    }
}

/// The first and last days of the period a pick is made in.
fn span_days(
    span: Span,
    anchor: NaiveDate,
    date: &mut dyn FnMut(&DateParts) -> Option<Point>,
) -> Option<(NaiveDate, NaiveDate)> {
    Some(match span {
        Span::Date(p) => date(&p)?.first_last(),
        Span::Period { unit, dir } => shifted(anchor, unit, i64::from(step(dir)), true)?.first_last(),
        Span::Holiday { feast, sel } => {
            let day = holiday(feast, sel, anchor)?;
            (day, day)
        }
        Span::HijriYear(sel) => hijri_year(sel, anchor)?,
        Span::NewYear => Point::Year(new_year(anchor)).first_last(),
    })
}

/// The day a pick names in the span `first..=last`. The n-th day of a one-day span (a holiday) may lie past it:
/// "ثاني أيام عيد الفطر".
fn pick_day(pick: Pick, first: NaiveDate, last: NaiveDate) -> Option<NaiveDate> {
    let day = match pick {
        Pick::WeekdayOrDay { day, n } => {
            let nth = u64::try_from(n - 1)
                .ok()
                .and_then(|k| first.checked_add_days(Days::new(k)));
            return match nth {
                Some(d) if d <= last && d.weekday().number_from_monday() == u32::from(day) => Some(d),
                _ => pick_day(Pick::Weekday { day, n }, first, last),
            };
        }
        Pick::Day(n) if n > 0 => {
            let day = first.checked_add_days(Days::new(u64::try_from(n - 1).ok()?))?;
            return (first == last || day <= last).then_some(day);
        }
        // The n-th day from the end (-1 the last).
        Pick::Day(n) => last.checked_sub_days(Days::new(u64::from(n.unsigned_abs()).checked_sub(1)?))?,
        Pick::Weekday { day, n } if n > 0 => {
            let want = u32::from(day) - 1;
            let ahead = (7 + want - first.weekday().num_days_from_monday()) % 7;
            first.checked_add_days(Days::new(u64::from(ahead) + 7 * u64::try_from(n - 1).ok()?))?
        }
        Pick::Weekday { day, .. } => {
            let want = u32::from(day) - 1;
            let back = (7 + last.weekday().num_days_from_monday() - want) % 7;
            last.checked_sub_days(Days::new(u64::from(back)))?
        }
    };
    (first..=last).contains(&day).then_some(day)
}

/// A phrase that points back, resolved against the days `first..=last` of the date it points to; `None` when
/// the result leaves the years a value may have ("بعد 300000 عام من ذلك").
pub(crate) fn back_from(back: Back, first: NaiveDate, last: NaiveDate) -> Option<Point> {
    back_point(back, first, last).filter(|p| p.in_value_years())
}

fn back_point(back: Back, first: NaiveDate, last: NaiveDate) -> Option<Point> {
    let shift = back.shift;
    Some(match back.unit {
        None => {
            if first == last {
                Point::Day(first)
            } else {
                Point::Days(first, last)
            }
        }
        Some(Unit::Day) => {
            let base = if shift > 0 { last } else { first };
            Point::Day(base.checked_add_signed(chrono::Duration::days(i64::from(shift)))?)
        }
        Some(Unit::Week) => Point::Week(first.checked_add_signed(chrono::Duration::days(7 * i64::from(shift)))?),
        Some(Unit::Month) => {
            let month = first.with_day(1)?;
            let month = if shift >= 0 {
                month.checked_add_months(Months::new(shift.unsigned_abs()))?
            } else {
                month.checked_sub_months(Months::new(shift.unsigned_abs()))?
            };
            match back.day {
                Some(d) => Point::Day(month.with_day(u32::from(d))?),
                None => Point::Month(month.year(), month.month()),
            }
        }
        Some(Unit::Year) => {
            let year = first.year().checked_add(shift)?;
            VALUE_YEARS.contains(&year).then_some(Point::Year(year))?
        }
        Some(Unit::Hour | Unit::Minute) => return None,
    })
}

/// Resolves the cores of this module against the anchor; `date` resolves the month or year of a span.
pub(super) fn core(core: &Core, anchor: NaiveDate, date: &mut dyn FnMut(&DateParts) -> Option<Point>) -> Option<Point> {
    match *core {
        Core::Holiday { feast, sel } => holiday(feast, sel, anchor).map(Point::Day),
        Core::HijriYear(sel) => hijri_year(sel, anchor).map(|(a, b)| Point::Days(a, b)),
        Core::NewYear => Some(Point::Year(new_year(anchor))),
        Core::InSpan { pick, span } => {
            let (first, last) = span_days(span, anchor, date)?;
            pick_day(pick, first, last).map(Point::Day)
        }
        Core::Back(back) => back_from(back, anchor, anchor),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn easter_by_the_computus() {
        assert_eq!(easter(2017), Some(ymd(2017, 4, 16)));
        assert_eq!(easter(2024), Some(ymd(2024, 3, 31)));
        assert_eq!(easter(2025), Some(ymd(2025, 4, 20)));
        assert_eq!(easter(1943), Some(ymd(1943, 4, 25)));
        assert_eq!(easter(2038), Some(ymd(2038, 4, 25)));
        assert_eq!(easter(2008), Some(ymd(2008, 3, 23)));
    }

    #[test]
    fn islamic_feasts_by_umm_al_qura() {
        let fitr = Feast::Hijri { month: 10, day: 1 };
        let anchor = ymd(2024, 12, 6);
        assert_eq!(holiday(fitr, Sel::Nearest, anchor), Some(ymd(2025, 3, 30)));
        assert_eq!(holiday(fitr, Sel::Dir(Dir::Past), anchor), Some(ymd(2024, 4, 10)));
        assert_eq!(holiday(fitr, Sel::HijriYear(1445), anchor), Some(ymd(2024, 4, 10)));
    }

    #[test]
    fn picks_inside_a_span() {
        let (first, last) = (ymd(2024, 12, 1), ymd(2024, 12, 31));
        assert_eq!(
            pick_day(Pick::Weekday { day: 5, n: 1 }, first, last),
            Some(ymd(2024, 12, 6))
        );
        assert_eq!(
            pick_day(Pick::Weekday { day: 6, n: -1 }, first, last),
            Some(ymd(2024, 12, 28))
        );
        assert_eq!(
            pick_day(Pick::Weekday { day: 2, n: 5 }, first, last),
            Some(ymd(2024, 12, 31))
        );
        assert_eq!(pick_day(Pick::Weekday { day: 3, n: 5 }, first, last), None);
        assert_eq!(pick_day(Pick::Day(-1), first, last), Some(last));
        assert_eq!(pick_day(Pick::Day(-3), first, last), Some(ymd(2024, 12, 29)));
        // "الثلاثاء الثالث من ديسمبر": 3 December 2024 was a Tuesday, so it is that day; "الأربعاء الثالث" is
        // not the 3rd, so it is the third Wednesday.
        assert_eq!(
            pick_day(Pick::WeekdayOrDay { day: 2, n: 3 }, first, last),
            Some(ymd(2024, 12, 3))
        );
        assert_eq!(
            pick_day(Pick::WeekdayOrDay { day: 3, n: 3 }, first, last),
            Some(ymd(2024, 12, 18))
        );
        assert_eq!(
            pick_day(Pick::WeekdayOrDay { day: 6, n: -1 }, first, last),
            Some(ymd(2024, 12, 28))
        );
    }

    #[test]
    fn the_new_year_is_the_nearest() {
        assert_eq!(new_year(ymd(2024, 12, 6)), 2025);
        assert_eq!(new_year(ymd(2025, 2, 1)), 2025);
    }
}
