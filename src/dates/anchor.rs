//! The anchor: the moment relative phrases are resolved against.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate, NaiveTime};
use serde::Serialize;

use crate::error::AnchorError;

/// The moment relative phrases are resolved against: the publication date of the text (TimeML's document
/// creation time), with a time of day when one is known.
///
/// # Example
///
/// ```
/// use tarikh::dates::Anchor;
///
/// let anchor: Anchor = "2024-12-06T15:30".parse()?;
/// assert_eq!(anchor.date().to_string(), "2024-12-06");
/// assert_eq!(anchor.time().map(|t| t.to_string()), Some("15:30:00".to_string()));
/// assert_eq!(anchor.to_string(), "2024-12-06T15:30");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Anchor {
    date: NaiveDate,
    time: Option<NaiveTime>,
}

/// The years an anchor may fall in: the span over which month names, weekdays and the Hijri calendar are
/// resolved reliably.
///
/// # Example
///
/// ```
/// use tarikh::dates::{Anchor, ANCHOR_YEARS};
///
/// assert!(ANCHOR_YEARS.contains(&2024));
/// assert!("1899-12-31".parse::<Anchor>().is_err());
/// assert!("1900-01-01".parse::<Anchor>().is_ok());
/// ```
pub const ANCHOR_YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

impl Anchor {
    /// An anchor on a day.
    ///
    /// # Errors
    ///
    /// [`AnchorError::OutOfRange`] when the year is outside [`ANCHOR_YEARS`].
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tarikh::dates::Anchor;
    ///
    /// let day = NaiveDate::from_ymd_opt(2024, 12, 6).ok_or("no such day")?;
    /// let anchor = Anchor::new(day)?;
    /// assert_eq!(anchor.date(), day);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(date: NaiveDate) -> Result<Anchor, AnchorError> {
        if !ANCHOR_YEARS.contains(&date.year()) {
            return Err(AnchorError::OutOfRange { date });
        }
        Ok(Anchor { date, time: None })
    }

    /// The same anchor with a time of day.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::{NaiveDate, NaiveTime};
    /// use tarikh::dates::Anchor;
    ///
    /// let day = NaiveDate::from_ymd_opt(2024, 12, 6).ok_or("no such day")?;
    /// let noon = NaiveTime::from_hms_opt(12, 0, 0).ok_or("no such time")?;
    /// assert_eq!(Anchor::new(day)?.with_time(noon).time(), Some(noon));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_time(self, time: NaiveTime) -> Anchor {
        Anchor {
            time: Some(time),
            ..self
        }
    }

    /// The anchor's day.
    ///
    /// # Example
    ///
    /// ```
    /// let anchor: tarikh::dates::Anchor = "2025-01-10".parse()?;
    /// assert_eq!(anchor.date().to_string(), "2025-01-10");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn date(&self) -> NaiveDate {
        self.date
    }

    /// The anchor's time of day, if one was given.
    ///
    /// # Example
    ///
    /// ```
    /// let anchor: tarikh::dates::Anchor = "2025-01-10".parse()?;
    /// assert_eq!(anchor.time(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn time(&self) -> Option<NaiveTime> {
        self.time
    }
}

impl FromStr for Anchor {
    type Err = AnchorError;

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS` (a space may stand for the `T`).
    fn from_str(s: &str) -> Result<Anchor, AnchorError> {
        let s = s.trim();
        let invalid = || AnchorError::Invalid { input: s.to_string() };
        let (day, time) = match s.split_once(['T', ' ']) {
            Some((d, t)) => (d, Some(t)),
            None => (s, None),
        };
        let date = NaiveDate::parse_from_str(day, "%Y-%m-%d").map_err(|_| invalid())?;
        let anchor = Anchor::new(date)?;
        match time {
            None => Ok(anchor),
            Some(t) => {
                let time = NaiveTime::parse_from_str(t, "%H:%M:%S")
                    .or_else(|_| NaiveTime::parse_from_str(t, "%H:%M"))
                    .map_err(|_| invalid())?;
                Ok(anchor.with_time(time))
            }
        }
    }
}

impl fmt::Display for Anchor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.time {
            Some(t) => write!(f, "{}T{}", self.date, t.format("%H:%M")),
            None => write!(f, "{}", self.date),
        }
    }
}
