//! Resolution: from a recognized expression and an anchor to a calendar value, by the rules of
//! `CONVENTIONS.md` (see the crate's design document).

use chrono::{Datelike, Days, Duration, Months, NaiveDate, Timelike, Weekday};

use super::grammar::{Core, DateParts, Expr, Parsed};
use super::hijri;
use super::lexicon::{Dir, PeriodPart, Unit};
pub(crate) use super::point::{Point, VALUE_YEARS};
use super::reckon;
use super::{Anchor, CalendarSystem, Modifier, TimeValue, Warning};

/// What resolution made of a phrase.
pub(crate) struct Resolution {
    pub value: Option<TimeValue>,
    pub warnings: Vec<Warning>,
    pub relative: bool,
    pub calendar: CalendarSystem,
    pub modifier: Option<Modifier>,
}

fn weekday_of(iso: u8) -> Weekday {
    match iso {
        1 => Weekday::Mon,
        2 => Weekday::Tue,
        3 => Weekday::Wed,
        4 => Weekday::Thu,
        5 => Weekday::Fri,
        6 => Weekday::Sat,
        _ => Weekday::Sun,
    }
}

struct Cx<'a> {
    anchor: Option<&'a Anchor>,
    warnings: Vec<Warning>,
    relative: bool,
    hijri: bool,
}

impl Cx<'_> {
    /// The anchor's day, noting that the phrase needed it.
    fn anchor_day(&mut self) -> Option<NaiveDate> {
        self.relative = true;
        match self.anchor {
            Some(a) => Some(a.date()),
            None => {
                if !self.warnings.contains(&Warning::Unresolved) {
                    self.warnings.push(Warning::Unresolved);
                }
                None
            }
        }
    }

    fn date(&mut self, p: &DateParts) -> Option<Point> {
        if p.dual_mismatch {
            self.warnings.push(Warning::DualMonthMismatch);
        }
        if p.hijri {
            self.hijri = true;
            return self.hijri_date(p);
        }
        if let Some(n) = p.rel_year {
            let anchor = self.anchor_day()?;
            let moved = DateParts {
                year: Some(anchor.year() + i32::from(n)),
                rel_year: None,
                ..*p
            };
            return self.date(&moved);
        }
        if p.anniversary {
            let anchor = self.anchor_day()?;
            return self.day(p.year?, anchor.month(), anchor.day().try_into().ok()?);
        }
        if let Some(dir) = p.rel_month {
            let anchor = self.anchor_day()?;
            let first = first_of_month(anchor);
            let month = match dir {
                Dir::Past => first - Months::new(1),
                Dir::Next | Dir::Coming => first + Months::new(1),
                Dir::BeforeLast => first - Months::new(2),
                Dir::AfterNext => first + Months::new(2),
                Dir::This => first,
            };
            return self.day(month.year(), month.month(), p.day?);
        }
        match (p.day, p.month, p.year) {
            (Some(d), Some(m), Some(y)) => self.day(y, u32::from(m), d),
            (Some(d), Some(m), None) => {
                let anchor = self.anchor_day()?;
                let m = u32::from(m);
                let d = u32::from(d);
                if NaiveDate::from_ymd_opt(2024, m, d).is_none() {
                    self.warnings.push(Warning::NonexistentDate {
                        year: None,
                        month: m as u8,
                        day: d as u8,
                    });
                    return None;
                }
                let candidates = (anchor.year() - 2..=anchor.year() + 2)
                    .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
                    .filter(|&c| !(p.not_after && c > anchor));
                pick(candidates, p.dir, |c| (c - anchor).num_days()).map(Point::Day)
            }
            (None, Some(m), Some(y)) => Some(Point::Month(y, u32::from(m))),
            (None, Some(m), None) => {
                let anchor = self.anchor_day()?;
                let index = |y: i32, m: u32| i64::from(y) * 12 + i64::from(m);
                let here = index(anchor.year(), anchor.month());
                let m = u32::from(m);
                let candidates = (anchor.year() - 2..=anchor.year() + 2)
                    .map(|y| (y, m))
                    .filter(|&(y, m)| !(p.not_after && index(y, m) > here));
                if p.dir == Some(Dir::This) {
                    return Some(Point::Month(anchor.year(), m));
                }
                pick(candidates, p.dir, |(y, m)| index(y, m) - here).map(|(y, m)| Point::Month(y, m))
            }
            // "مناسك الحج لعام 1445" in 2024 (`hijri::is_current_year`).
            (None, None, Some(y)) if self.anchor.is_some_and(|a| hijri::is_current_year(y, a.date())) => {
                self.hijri = true;
                self.hijri_date(&DateParts { hijri: true, ..*p })
            }
            (None, None, Some(y)) => Some(Point::Year(y)),
            (Some(d), None, None) => {
                // The nearby month in which the day falls on the weekday written beside it; else this month.
                let anchor = self.anchor_day()?;
                let first = first_of_month(anchor);
                let months = [0i32, -1, 1, -2, 2].map(|k| {
                    if k < 0 {
                        first - Months::new(k.unsigned_abs())
                    } else {
                        first + Months::new(k as u32)
                    }
                });
                let on_weekday = |m: &NaiveDate| {
                    let day = m.with_day(u32::from(d))?;
                    p.weekday_hint
                        .is_none_or(|w| day.weekday() == weekday_of(w))
                        .then_some(day)
                };
                let candidates = months.iter().filter_map(on_weekday);
                match pick(candidates, None, |c| (c - anchor).num_days()) {
                    Some(day) => Some(Point::Day(day)),
                    None => self.day(anchor.year(), anchor.month(), d),
                }
            }
            _ => None,
        }
    }

    fn day(&mut self, y: i32, m: u32, d: u8) -> Option<Point> {
        match NaiveDate::from_ymd_opt(y, m, u32::from(d)) {
            Some(day) => Some(Point::Day(day)),
            None => {
                self.warnings.push(Warning::NonexistentDate {
                    year: Some(y),
                    month: m as u8,
                    day: d,
                });
                None
            }
        }
    }

    fn hijri_date(&mut self, p: &DateParts) -> Option<Point> {
        let year = match p.year {
            Some(y) => y,
            None => {
                let anchor = self.anchor_day()?;
                let here = hijri::year_of(anchor)?;
                let month = p.month?;
                match p.day {
                    Some(day) => {
                        let candidates =
                            (here - 1..=here + 1).filter_map(|y| hijri::to_gregorian(y, month, day).map(|g| (y, g)));
                        pick(candidates, p.dir, |(_, g)| (g - anchor).num_days())?.0
                    }
                    // A month: the one that holds the anchor, else the one with the nearest day.
                    None => reckon::hijri_month_year(here, month, p.dir, anchor)?,
                }
            }
        };
        // "رمضان 2026", "3 رمضان 2021": a Hijri month or day with the Gregorian year it falls in.
        let year = match (p.month, p.year) {
            (Some(m), Some(y)) if !hijri::SUPPORTED_YEARS.contains(&y) && y > hijri::GREGORIAN_AFTER => {
                hijri::in_gregorian_year(y, m, p.day).unwrap_or(y)
            }
            _ => year,
        };
        if !hijri::SUPPORTED_YEARS.contains(&year) {
            self.warnings.push(Warning::HijriOutOfRange { year });
            return None;
        }
        match (p.month, p.day) {
            (Some(m), Some(d)) => match hijri::to_gregorian(year, m, d) {
                Some(g) => Some(Point::Day(g)),
                None => {
                    self.warnings.push(Warning::NonexistentDate {
                        year: Some(year),
                        month: m,
                        day: d,
                    });
                    None
                }
            },
            (Some(m), None) => hijri::month_span(year, m).map(|(a, b)| Point::Days(a, b)),
            (None, _) => {
                let (a, _) = hijri::month_span(year, 1)?;
                let (_, b) = hijri::month_span(year, 12)?;
                Some(Point::Days(a, b))
            }
        }
    }

    fn core(&mut self, core: &Core) -> Option<Point> {
        match *core {
            Core::Date(ref p) => self.date(p),
            Core::RelDay(n) => {
                let anchor = self.anchor_day()?;
                let day = add_days(anchor, i64::from(n)).map(Point::Day);
                day.or_else(|| self.out_of_range())
            }
            Core::Weekday { day, dir } => {
                let anchor = self.anchor_day()?;
                let want = weekday_of(day);
                let back = (7 + anchor.weekday().num_days_from_monday() - want.num_days_from_monday()) % 7;
                let on_or_before = anchor - Days::new(u64::from(back));
                Some(Point::Day(match dir {
                    None => on_or_before,
                    Some(Dir::Past) if back == 0 => anchor - Days::new(7),
                    Some(Dir::Past) => on_or_before,
                    Some(Dir::BeforeLast) if back == 0 => anchor - Days::new(14),
                    Some(Dir::BeforeLast) => on_or_before - Days::new(7),
                    Some(Dir::Coming) if back == 0 => anchor,
                    Some(Dir::Next | Dir::Coming) => on_or_before + Days::new(7),
                    Some(Dir::AfterNext) => on_or_before + Days::new(14),
                    Some(Dir::This) => {
                        let monday = anchor - Days::new(u64::from(anchor.weekday().num_days_from_monday()));
                        monday + Days::new(u64::from(want.num_days_from_monday()))
                    }
                }))
            }
            Core::Period { unit, dir } => {
                let anchor = self.anchor_day()?;
                let step = match dir {
                    Dir::Past => -1,
                    Dir::Next | Dir::Coming => 1,
                    Dir::BeforeLast => -2,
                    Dir::AfterNext => 2,
                    Dir::This => 0,
                };
                shifted(anchor, unit, step, true).or_else(|| self.out_of_range())
            }
            Core::Shift { unit, n } => {
                let anchor = self.anchor_day()?;
                if matches!(unit, Unit::Hour | Unit::Minute) {
                    let at = self.anchor.and_then(|a| a.time());
                    let seconds = if unit == Unit::Hour { 3600 } else { 60 };
                    let moment = n
                        .checked_mul(seconds)
                        .and_then(Duration::try_seconds)
                        .and_then(|by| anchor.and_time(at.unwrap_or_default()).checked_add_signed(by))
                        .filter(|m| VALUE_YEARS.contains(&m.year()));
                    let Some(moment) = moment else {
                        return self.out_of_range();
                    };
                    // With no clock time on the anchor, whole days of hours still move the day ("قبل 48 ساعة").
                    let Some(_) = at else {
                        let days = n.saturating_mul(seconds) / 86_400;
                        return add_days(anchor, days).map(Point::Day).or_else(|| self.out_of_range());
                    };
                    return Some(Point::Time(moment.date(), moment.hour() as u8, moment.minute() as u8));
                }
                shifted(anchor, unit, n, false).or_else(|| self.out_of_range())
            }
            Core::Now => {
                let anchor = self.anchor_day()?;
                Some(match self.anchor.and_then(|a| a.time()) {
                    Some(t) => Point::Time(anchor, t.hour() as u8, t.minute() as u8),
                    None => Point::Day(anchor),
                })
            }
            Core::Step {
                unit: unit @ (Unit::Hour | Unit::Minute),
                n,
            } => {
                // An hour of "the last/next N hours": counted from the anchor's own hour, or, with no clock time
                // on the anchor, from its day, which is then the anchor's own unit and never included.
                let anchor = self.anchor_day()?;
                let at = self.anchor.and_then(|a| a.time());
                // Without a clock time, the hours ahead start after the anchor's day: the first is 00:00 of the
                // next day.
                let (start, n) = match at {
                    Some(t) if unit == Unit::Hour => (anchor.and_hms_opt(t.hour(), 0, 0)?, n),
                    Some(t) => (anchor.and_hms_opt(t.hour(), t.minute(), 0)?, n),
                    None if n > 0 => (add_days(anchor, 1)?.and_hms_opt(0, 0, 0)?, n - 1),
                    None => (anchor.and_hms_opt(0, 0, 0)?, n),
                };
                let seconds = if unit == Unit::Hour { 3600 } else { 60 };
                let moment = n
                    .checked_mul(seconds)
                    .and_then(Duration::try_seconds)
                    .and_then(|by| start.checked_add_signed(by))
                    .filter(|m| VALUE_YEARS.contains(&m.year()));
                match (moment, at) {
                    (None, _) => self.out_of_range(),
                    (Some(m), Some(_)) => Some(Point::Time(m.date(), m.hour() as u8, m.minute() as u8)),
                    (Some(m), None) => Some(Point::Day(m.date())),
                }
            }
            Core::Step { unit, n } => shifted(self.anchor_day()?, unit, n, true).or_else(|| self.out_of_range()),
            Core::Era(era) => {
                let anchor = self.anchor_day()?;
                super::eras::resolve(era, anchor).or_else(|| self.out_of_range())
            }
            Core::Holiday { .. } | Core::HijriYear(_) | Core::NewYear | Core::InSpan { .. } | Core::Back(_) => {
                let anchor = self.anchor_day()?;
                let point = reckon::core(core, anchor, &mut |p| self.date(p));
                // Without a day of the month, a phrase that points back has no value only out of the years.
                match core {
                    Core::Back(b) if point.is_none() && b.day.is_none() => self.out_of_range(),
                    _ => point,
                }
            }
        }
    }

    /// No value: the phrase moves the date out of [`VALUE_YEARS`].
    fn out_of_range<T>(&mut self) -> Option<T> {
        if !self.warnings.contains(&Warning::OutOfRange) {
            self.warnings.push(Warning::OutOfRange);
        }
        None
    }

    fn expr(&mut self, e: &Expr) -> Option<Point> {
        let mut point = self.core(&e.core)?;
        if let (Point::Day(day), true) = (point, e.plus_days != 0) {
            point = Point::Day(add_days(day, i64::from(e.plus_days))?);
        }
        // "ليلة الأحد" written on a Sunday: the night that ended that morning, as the phrase traditionally means.
        if let (Point::Day(day), true) = (point, e.eve) {
            if self.anchor.is_some_and(|a| a.date() == day) {
                point = Point::Day(add_days(day, -1)?);
            }
        }
        if let (Some(also), Point::Day(day)) = (&e.also, point) {
            let hijri_before = self.hijri;
            if let Some(Point::Day(other)) = self.date(also) {
                if other != day {
                    self.warnings.push(Warning::CalendarsDisagree {
                        first: day,
                        second: other,
                    });
                }
                // The Gregorian side is what the outlet printed for its readers: prefer it.
                if hijri_before && !also.hijri {
                    point = Point::Day(other);
                    self.hijri = false;
                } else {
                    self.hijri = hijri_before;
                }
            }
        }
        if let Point::Day(day) = point {
            if let Some(wd) = e.weekday {
                let written = weekday_of(wd);
                if written != day.weekday() {
                    self.warnings.push(Warning::WeekdayMismatch {
                        written,
                        actual: day.weekday(),
                    });
                    // "أمس الخميس" a day off the anchor (an edition dated the day after it was written): the
                    // weekday, which the writer chose, is the nearer day.
                    if matches!(e.core, Core::RelDay(_)) {
                        point = Point::Day(reckon::nearest_weekday(day, written));
                    }
                }
            }
            let Point::Day(day) = point else { return Some(point) };
            if let (Some(n), false) = (e.relday, matches!(e.core, Core::RelDay(_))) {
                if let Some(said) = self.anchor.and_then(|a| add_days(a.date(), i64::from(n))) {
                    if said != day {
                        self.warnings.push(Warning::RelativeDayMismatch {
                            relative: said,
                            date: day,
                        });
                    }
                }
            }
            if e.implicit_day {
                self.relative = true;
            }
            if let Some((h, m)) = e.clock {
                return Some(Point::Time(day, h, m));
            }
            if let Some(part) = e.part {
                return Some(Point::Part(day, part));
            }
        }
        Some(point)
    }
}

/// The candidate nearest to the anchor (ties go to the past); with a direction, the latest before or first after.
pub(super) fn pick<T: Copy>(
    candidates: impl Iterator<Item = T>,
    dir: Option<Dir>,
    distance: impl Fn(T) -> i64,
) -> Option<T> {
    let mut all: Vec<T> = candidates.collect();
    all.sort_by_key(|&c| distance(c));
    let before = || all.iter().rev().copied().filter(|&c| distance(c) < 0);
    let after = || all.iter().copied().filter(|&c| distance(c) > 0);
    match dir {
        Some(Dir::Past) => before().next(),
        Some(Dir::BeforeLast) => before().nth(1),
        Some(Dir::Next | Dir::Coming) => after().next(),
        Some(Dir::AfterNext) => after().nth(1),
        Some(Dir::This) | None => all.iter().copied().min_by_key(|&c| {
            let d = distance(c);
            (d.abs(), d > 0)
        }),
    }
}

fn first_of_month(d: NaiveDate) -> NaiveDate {
    d.with_day(1).expect("day 1 exists")
}

/// `day` moved by `n` days, if the result stays in [`VALUE_YEARS`].
fn add_days(day: NaiveDate, n: i64) -> Option<NaiveDate> {
    let moved = day.checked_add_signed(Duration::try_days(n)?)?;
    VALUE_YEARS.contains(&moved.year()).then_some(moved)
}

/// The anchor moved by `n` units. As a period ("الشهر الماضي") a unit keeps its grain; as a count of days
/// or weeks ("قبل أسبوعين") it names a day. `None` when the result leaves [`VALUE_YEARS`].
pub(super) fn shifted(anchor: NaiveDate, unit: Unit, n: i64, period: bool) -> Option<Point> {
    Some(match unit {
        Unit::Minute | Unit::Hour => Point::Day(anchor),
        Unit::Day => Point::Day(add_days(anchor, n)?),
        Unit::Week if period => Point::Week(add_days(anchor, n.checked_mul(7)?)?),
        Unit::Week => Point::Day(add_days(anchor, n.checked_mul(7)?)?),
        Unit::Month => {
            let first = first_of_month(anchor);
            let months = Months::new(u32::try_from(n.unsigned_abs()).ok()?);
            let moved = if n >= 0 {
                first.checked_add_months(months)?
            } else {
                first.checked_sub_months(months)?
            };
            VALUE_YEARS.contains(&moved.year()).then_some(())?;
            Point::Month(moved.year(), moved.month())
        }
        Unit::Year => {
            let year = anchor.year().checked_add(i32::try_from(n).ok()?)?;
            VALUE_YEARS.contains(&year).then_some(())?;
            Point::Year(year)
        }
    })
}

/// The same day, month or part of a day in another year; `None` for 29 February in a common year.
fn in_year(p: Point, year: i32) -> Option<Point> {
    Some(match p {
        Point::Day(d) => Point::Day(d.with_year(year)?),
        Point::Part(d, part) => Point::Part(d.with_year(year)?, part),
        Point::Time(d, h, m) => Point::Time(d.with_year(year)?, h, m),
        Point::Month(_, m) => Point::Month(year, m),
        other => other,
    })
}

fn modifier(e: &Expr) -> Option<Modifier> {
    e.period_part.map(|p| match p {
        PeriodPart::Start => Modifier::Start,
        PeriodPart::Mid => Modifier::Mid,
        PeriodPart::End => Modifier::End,
    })
}

/// Resolves a parsed phrase against an anchor.
pub(crate) fn resolve(parsed: &Parsed, anchor: Option<&Anchor>) -> Resolution {
    let mut cx = Cx {
        anchor,
        warnings: Vec::new(),
        relative: false,
        hijri: false,
    };
    let (value, modifier) = match parsed {
        Parsed::One(e) => (cx.expr(e).map(Point::value), modifier(e)),
        Parsed::Range(a, b) => {
            let mut right = cx.expr(b);
            let mut left = cx.expr(a);
            let yearless = |e: &Expr| matches!(e.core, Core::Date(p) if p.year.is_none() && p.rel_month.is_none());
            // "يومي السبت والأحد", "من الأحد إلى الثلاثاء المقبلين": the end is the first such weekday after the
            // start, and a direction written after the end holds for the start too.
            let plain = a.plus_days == 0 && b.plus_days == 0;
            if let (Core::Weekday { day: first, dir: None }, Core::Weekday { day: last, dir }, true) =
                (a.core, b.core, plain)
            {
                let mut start = a.clone();
                start.core = Core::Weekday { day: first, dir };
                left = cx.expr(&start);
                // "بين مساء الجمعة وصباح السبت": each end keeps its part of the day.
                let end_day = left
                    .map(|l| l.first_last().0)
                    .and_then(|d| add_days(d, (i64::from(last) - i64::from(first)).rem_euclid(7)));
                right = end_day.and_then(|d| right.and_then(|r| r.moved_to(d)));
            } else if let (Core::Weekday { day: first, dir: None }, Some(Point::Day(end)), true) =
                (a.core, right, plain)
            {
                // "يومي الأربعاء والخميس من الأسبوع المقبل": the start is the latest such weekday on or before the end.
                let back = (7 + end.weekday().num_days_from_monday() - weekday_of(first).num_days_from_monday()) % 7;
                left = Some(Point::Day(end - Days::new(u64::from(back))));
            }
            match (left, right) {
                // "من تشرين الأول 2019 حتى شباط": the end is the first such day or month after the start.
                (Some(l), Some(r)) if yearless(b) && !yearless(a) => {
                    let start = l.first_last().0;
                    right = in_year(r, start.year()).and_then(|r| {
                        if r.first_last().1 < start {
                            in_year(r, start.year() + 1)
                        } else {
                            Some(r)
                        }
                    });
                }
                // "بين 1 و5 كانون الأول", "من أيار إلى تموز": the start is the latest such day or month before
                // the end.
                (Some(l), Some(r)) if yearless(a) => {
                    let end = r.first_last().1;
                    left = in_year(l, end.year()).and_then(|l| {
                        if l.first_last().0 > end {
                            in_year(l, end.year() - 1)
                        } else {
                            Some(l)
                        }
                    });
                }
                // "من تشرين الأول 2025 حتى نهاية العام": the year the range is in.
                (Some(l), Some(Point::Year(_)))
                    if matches!(
                        b.core,
                        Core::Period {
                            unit: Unit::Year,
                            dir: Dir::This
                        }
                    ) =>
                {
                    right = Some(Point::Year(l.first_last().0.year()));
                }
                _ => {}
            }
            let value = match (left, right) {
                // Two ends that fall on one point ("the last 24 hours" when the anchor has no clock time) are
                // that point.
                (Some(l), Some(r)) if l == r => Some(l.value()),
                (Some(l), Some(r)) => {
                    let (first_day, _) = l.first_last();
                    let (_, last_day) = r.first_last();
                    if first_day > last_day {
                        cx.warnings.push(Warning::ReversedRange { first_day, last_day });
                        None
                    } else {
                        let mut value = String::with_capacity(40);
                        l.push_range_end(&mut value, false);
                        value.push('/');
                        r.push_range_end(&mut value, true);
                        Some(TimeValue {
                            value,
                            first_day,
                            last_day,
                            granularity: l.granularity(),
                        })
                    }
                }
                _ => None,
            };
            (value, None)
        }
    };
    Resolution {
        value,
        warnings: cx.warnings,
        relative: cx.relative,
        calendar: if cx.hijri {
            CalendarSystem::Hijri
        } else {
            CalendarSystem::Gregorian
        },
        modifier,
    }
}
