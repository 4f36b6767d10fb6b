//! A resolved calendar point (a day, a week, a month, a season...) before it is written as a value: the days it
//! covers, its granularity and its TIMEX3 string.

use std::ops::RangeInclusive;

use chrono::{Datelike, Days, Months, NaiveDate};

use super::lexicon::Part;
use super::timex;
use super::{Granularity, TimeValue};

/// The years a resolved value may fall in: the four-digit years a TIMEX value writes. A shift that leaves
/// them ("بعد 300000 عام", "قبل 999999999 يوما") gives no value and
/// [`Warning::OutOfRange`](super::Warning::OutOfRange).
pub(crate) const VALUE_YEARS: RangeInclusive<i32> = 1..=9999;

/// A resolved point before it is written as a value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Point {
    Day(NaiveDate),
    Week(NaiveDate),
    Month(i32, u32),
    Year(i32),
    /// A span of days with no name of its own (a Hijri month or year).
    Days(NaiveDate, NaiveDate),
    /// A part of a day (TIMEX3's `TMO`, `TAF`, `TEV`, `TNI` after the day).
    Part(NaiveDate, Part),
    Time(NaiveDate, u8, u8),
    /// A season of a year (1 spring .. 4 winter, which runs from the year's December into the next year).
    Season(i32, u8),
    /// A quarter (1-4) of a year.
    Quarter(i32, u8),
    /// A half (1-2) of a year.
    Half(i32, u8),
    /// A decade by its first year divided by ten (199 for 1990-1999).
    Decade(i32),
    /// A century as TIMEX3 writes it (19 for 1900-1999).
    Century(i32),
    /// The weekend (Saturday and Sunday) of the ISO week of this day.
    Weekend(NaiveDate),
}

impl Point {
    /// Whether the point lies in [`VALUE_YEARS`]: every point that is given a value must (its first and last
    /// days then exist in chrono's calendar).
    pub(super) fn in_value_years(self) -> bool {
        match self {
            Point::Day(d) | Point::Week(d) | Point::Part(d, _) | Point::Time(d, _, _) => {
                VALUE_YEARS.contains(&d.year())
            }
            Point::Days(a, b) => VALUE_YEARS.contains(&a.year()) && VALUE_YEARS.contains(&b.year()),
            Point::Month(y, _) | Point::Year(y) => VALUE_YEARS.contains(&y),
            Point::Season(y, s) => VALUE_YEARS.contains(&y) && (s != 4 || VALUE_YEARS.contains(&(y + 1))),
            Point::Quarter(y, _) | Point::Half(y, _) => VALUE_YEARS.contains(&y),
            Point::Decade(d) => VALUE_YEARS.contains(&(d * 10)) && VALUE_YEARS.contains(&(d * 10 + 9)),
            Point::Century(c) => VALUE_YEARS.contains(&(c * 100)) && VALUE_YEARS.contains(&(c * 100 + 99)),
            Point::Weekend(d) => VALUE_YEARS.contains(&d.year()),
            // Winter runs into the next year.
        }
    }

    /// The same point on day `day` when it is a day, a part of one or a time on it ("صباح السبت" moved to the
    /// Saturday a range's start gives); else `None`.
    pub(super) fn moved_to(self, day: NaiveDate) -> Option<Point> {
        match self {
            Point::Day(_) => Some(Point::Day(day)),
            Point::Part(_, p) => Some(Point::Part(day, p)),
            Point::Time(_, h, m) => Some(Point::Time(day, h, m)),
            _ => None,
        }
    }

    pub(super) fn first_last(self) -> (NaiveDate, NaiveDate) {
        match self {
            Point::Day(d) | Point::Part(d, _) | Point::Time(d, _, _) => (d, d),
            Point::Week(d) => {
                let monday = d - Days::new(u64::from(d.weekday().num_days_from_monday()));
                (monday, monday + Days::new(6))
            }
            Point::Month(y, m) => {
                let first = NaiveDate::from_ymd_opt(y, m, 1).expect("valid month");
                (first, first + Months::new(1) - Days::new(1))
            }
            Point::Year(y) => (
                NaiveDate::from_ymd_opt(y, 1, 1).expect("valid year"),
                NaiveDate::from_ymd_opt(y, 12, 31).expect("valid year"),
            ),
            Point::Days(a, b) => (a, b),
            Point::Season(y, s) => {
                let (from, months) = match s {
                    1 => (3, 3),
                    2 => (6, 3),
                    3 => (9, 3),
                    _ => (12, 3),
                };
                months_span(y, from, months)
            }
            Point::Quarter(y, q) => months_span(y, u32::from(q) * 3 - 2, 3),
            Point::Half(y, h) => months_span(y, u32::from(h) * 6 - 5, 6),
            Point::Decade(d) => years_span(d * 10, 10),
            Point::Century(c) => years_span(c * 100, 100),
            Point::Weekend(d) => {
                let monday = d - Days::new(u64::from(d.weekday().num_days_from_monday()));
                (monday + Days::new(5), monday + Days::new(6))
            }
        }
    }

    pub(super) fn granularity(self) -> Granularity {
        match self {
            Point::Day(_) => Granularity::Day,
            Point::Week(_) => Granularity::Week,
            Point::Month(..) => Granularity::Month,
            Point::Year(_) => Granularity::Year,
            Point::Days(..) => Granularity::Day,
            Point::Part(..) => Granularity::PartOfDay,
            Point::Time(..) => Granularity::Time,
            Point::Season(..) => Granularity::Season,
            Point::Quarter(..) => Granularity::Quarter,
            Point::Half(..) => Granularity::Half,
            Point::Decade(_) => Granularity::Decade,
            Point::Century(_) => Granularity::Century,
            Point::Weekend(_) => Granularity::Week,
        }
    }

    pub(super) fn timex(self) -> String {
        let mut out = String::with_capacity(24);
        self.push_timex(&mut out);
        out
    }

    /// The TIMEX3 value of one end of a range, written onto `out`: a span of days with no name of its own (a
    /// Hijri year) gives the range its first day at the start and its last day at the end, so that "1437/1438
    /// هـ" is `2015-10-14/2017-09-20`, not four days.
    pub(super) fn push_range_end(self, out: &mut String, end: bool) {
        match self {
            Point::Days(a, b) => timex::push_day(out, if end { b } else { a }),
            _ => self.push_timex(out),
        }
    }

    /// The TIMEX3 value, written onto `out` ([`super::timex`]).
    pub(super) fn push_timex(self, out: &mut String) {
        let pad = |out: &mut String, n: i32, width: usize| timex::push_padded(out, i64::from(n), width);
        match self {
            Point::Day(d) => timex::push_day(out, d),
            Point::Week(d) | Point::Weekend(d) => {
                let w = d.iso_week();
                pad(out, w.year(), 4);
                out.push_str("-W");
                timex::push_padded(out, i64::from(w.week()), 2);
                if matches!(self, Point::Weekend(_)) {
                    out.push_str("-WE");
                }
            }
            Point::Month(y, m) => {
                pad(out, y, 4);
                out.push('-');
                timex::push_padded(out, i64::from(m), 2);
            }
            Point::Year(y) => pad(out, y, 4),
            Point::Days(a, b) => {
                timex::push_day(out, a);
                out.push('/');
                timex::push_day(out, b);
            }
            Point::Part(d, p) => {
                timex::push_day(out, d);
                out.push('T');
                out.push_str(p.code());
            }
            Point::Time(d, h, m) => {
                timex::push_day(out, d);
                out.push('T');
                timex::push_padded(out, i64::from(h), 2);
                out.push(':');
                timex::push_padded(out, i64::from(m), 2);
            }
            Point::Season(y, s) => {
                pad(out, y, 4);
                out.push('-');
                out.push_str(["SP", "SU", "FA", "WI"][usize::from(s.clamp(1, 4)) - 1]);
            }
            Point::Quarter(y, q) => {
                pad(out, y, 4);
                out.push_str("-Q");
                timex::push_padded(out, i64::from(q), 0);
            }
            Point::Half(y, h) => {
                pad(out, y, 4);
                out.push_str("-H");
                timex::push_padded(out, i64::from(h), 0);
            }
            Point::Decade(d) => pad(out, d, 3),
            Point::Century(c) => pad(out, c, 2),
        }
    }

    pub(super) fn value(self) -> TimeValue {
        let (first_day, last_day) = self.first_last();
        TimeValue {
            value: self.timex(),
            first_day,
            last_day,
            granularity: self.granularity(),
        }
    }
}

/// The first and last day of `months` months from month `from` of year `y` (into the next year if need be).
fn months_span(y: i32, from: u32, months: u32) -> (NaiveDate, NaiveDate) {
    let first = NaiveDate::from_ymd_opt(y, from, 1).expect("a month of a year in VALUE_YEARS");
    let end = first.checked_add_months(Months::new(months)).unwrap_or(NaiveDate::MAX);
    (first, end - Days::new(1))
}

/// The first and last day of `years` years from `from`, kept inside [`VALUE_YEARS`].
fn years_span(from: i32, years: i32) -> (NaiveDate, NaiveDate) {
    let first = from.max(*VALUE_YEARS.start());
    let last = (from + years - 1).min(*VALUE_YEARS.end());
    (
        NaiveDate::from_ymd_opt(first, 1, 1).expect("a year in VALUE_YEARS"),
        NaiveDate::from_ymd_opt(last, 12, 31).expect("a year in VALUE_YEARS"),
    )
}
