//! The total order of a timeline's events (see the module documentation of `timeline`).

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};

use crate::dates::Granularity;
use crate::events::EventDate;

/// Where an event sorts; see the module documentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct SortKey {
    pub(super) undated: bool,
    pub(super) first_day: NaiveDate,
    /// Days the span touches.
    pub(super) days: i64,
    /// Minutes from midnight of the first day to the start of the span.
    pub(super) offset: i64,
    /// Length of the span in minutes.
    pub(super) minutes: i64,
    pub(super) rank: Granularity,
}

impl SortKey {
    pub(super) fn of(date: Option<&EventDate>) -> SortKey {
        let Some(date) = date else {
            return SortKey {
                undated: true,
                first_day: NaiveDate::MAX,
                days: 0,
                offset: 0,
                minutes: 0,
                rank: Granularity::Year,
            };
        };
        let (first, second) = match date.value.split_once('/') {
            Some((a, b)) => (a, Some(b)),
            None => (date.value.as_str(), None),
        };
        let midnight = |d: NaiveDate| d.and_time(NaiveTime::MIN);
        // Saturating: a date at the end of chrono's range (a caller's own `EventDate`) must not panic.
        let plus = |t: NaiveDateTime, by: Duration| t.checked_add_signed(by).unwrap_or(NaiveDateTime::MAX);
        let start = match intraday(first) {
            Some((offset, _)) => plus(midnight(date.first_day), offset),
            None => midnight(date.first_day),
        };
        let end = match (second.and_then(intraday), second) {
            (Some((offset, length)), _) => plus(midnight(date.last_day), offset + length),
            (None, Some(_)) => plus(midnight(date.last_day), Duration::days(1)),
            (None, None) => match intraday(first) {
                Some((_, length)) => plus(start, length),
                None => plus(midnight(date.last_day), Duration::days(1)),
            },
        };
        SortKey {
            undated: false,
            first_day: date.first_day,
            days: (date.last_day - date.first_day).num_days() + 1,
            offset: (start - midnight(date.first_day)).num_minutes(),
            minutes: (end - start).num_minutes().max(1),
            rank: date.granularity,
        }
    }
}

/// The offset from midnight and the length of the time of day a TIMEX3 value names ("2024-12-06T15:00",
/// "2024-12-06TMO"), if it names one.
fn intraday(value: &str) -> Option<(Duration, Duration)> {
    let (_, time) = value.split_once('T')?;
    let hours = |h: i64| Duration::hours(h);
    match time {
        "MO" => Some((hours(6), hours(6))),
        "MI" => Some((hours(12), hours(1))),
        "AF" => Some((hours(12), hours(6))),
        "EV" => Some((hours(18), hours(4))),
        "NI" => Some((hours(22), hours(8))),
        "DT" => Some((hours(6), hours(12))),
        _ => {
            let mut parts = time.split(':');
            let h: i64 = parts.next()?.parse().ok().filter(|h| (0..=24).contains(h))?;
            match parts.next() {
                Some(m) => {
                    let m: i64 = m.parse().ok().filter(|m| (0..60).contains(m))?;
                    Some((hours(h) + Duration::minutes(m), Duration::minutes(1)))
                }
                None => Some((hours(h), hours(1))),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(value: &str, first: &str, last: &str, granularity: Granularity) -> EventDate {
        EventDate {
            value: value.to_string(),
            first_day: first.parse().expect("a day"),
            last_day: last.parse().expect("a day"),
            granularity,
            basis: crate::events::DateBasis::Explicit,
            mention: None,
        }
    }

    #[test]
    fn extreme_dates_sort_without_panicking() {
        let mut last = date("2024-12-01T23:59", "2024-12-01", "2024-12-01", Granularity::Time);
        last.first_day = NaiveDate::MAX;
        last.last_day = NaiveDate::MAX;
        let huge = date(
            "2024-12-01T99999999999999999:99",
            "2024-12-01",
            "2024-12-01",
            Granularity::Time,
        );
        let keys = [SortKey::of(Some(&last)), SortKey::of(Some(&huge))];
        assert_eq!(keys[0].first_day, NaiveDate::MAX);
        // A time that is no time of day is read as the day itself.
        assert_eq!(keys[1].offset, 0);
    }

    #[test]
    fn spans_sort_by_start_then_length() {
        let day = date("2024-12-01", "2024-12-01", "2024-12-01", Granularity::Day);
        let range = date("2024-12-01/2024-12-03", "2024-12-01", "2024-12-03", Granularity::Day);
        let month = date("2024-12", "2024-12-01", "2024-12-31", Granularity::Month);
        let morning = date("2024-12-01TMO", "2024-12-01", "2024-12-01", Granularity::PartOfDay);
        let three = date("2024-12-01T15:00", "2024-12-01", "2024-12-01", Granularity::Time);
        let eve = date("2024-11-30", "2024-11-30", "2024-11-30", Granularity::Day);
        let mut keys = [&month, &three, &range, &morning, &day, &eve]
            .map(|d| (SortKey::of(Some(d)), d.value.clone()))
            .to_vec();
        keys.push((SortKey::of(None), "undated".into()));
        keys.sort();
        let order: Vec<&str> = keys.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(
            order,
            [
                "2024-11-30",
                "2024-12-01",
                "2024-12-01TMO",
                "2024-12-01T15:00",
                "2024-12-01/2024-12-03",
                "2024-12",
                "undated"
            ]
        );
    }
}
