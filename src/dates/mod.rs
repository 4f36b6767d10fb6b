//! Finding Arabic date phrases and normalizing them to calendar values.
//!
//! [`DateFinder`] is built once (it compiles the vocabulary of `data/vocab/`) and reused for any number of
//! texts and threads. [`DateFinder::find`] returns every [`DateMention`] of a text; each carries its byte span
//! in the caller's text, what kind of phrase it is and, when it can be resolved, a [`TimeValue`]: a TIMEX3
//! value string, the first and last day it covers, and its granularity.
//!
//! # Example
//!
//! ```
//! use tarikh::dates::{Anchor, DateFinder};
//!
//! let finder = DateFinder::new();
//! let anchor: Anchor = "2024-12-06".parse()?;
//! let text = "وجهت السفارة دعوتها أمس الخميس، بعد معارك بدأت في 27 من تشرين الثاني الماضي.";
//! let values: Vec<_> = finder
//!     .find(text, Some(&anchor))
//!     .into_iter()
//!     .map(|m| (m.text, m.value.map(|v| v.value)))
//!     .collect();
//! assert_eq!(values, [
//!     ("أمس الخميس".to_string(), Some("2024-12-05".to_string())),
//!     ("27 من تشرين الثاني الماضي".to_string(), Some("2024-11-27".to_string())),
//! ]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod chain;
mod eras;
mod grammar;
mod hijri;
mod lexicon;
mod reckon;
mod resolve;

use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};
use serde::Serialize;

use crate::error::{AnchorError, InputError};
use crate::text::{tokenize, FoldedText, Token};
use grammar::{Core, Found, Parsed, Parser};
use lexicon::{Cat, Lexicon};

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

/// The unit a value is precise to.
///
/// # Example
///
/// ```
/// use tarikh::dates::{DateFinder, Granularity};
///
/// let finder = DateFinder::new();
/// let anchor = "2024-12-06".parse()?;
/// let granularity = |phrase: &str| {
///     finder.parse_phrase(phrase, Some(&anchor)).and_then(|m| m.value).map(|v| v.granularity)
/// };
/// assert_eq!(granularity("الأسبوع الماضي"), Some(Granularity::Week));
/// assert_eq!(granularity("مساء أمس"), Some(Granularity::PartOfDay));
/// assert!(Granularity::Day < Granularity::Month); // finer first
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    /// A clock time on a day.
    Time,
    /// A part of a day (morning, afternoon, evening, night).
    PartOfDay,
    /// A day.
    Day,
    /// An ISO week.
    Week,
    /// A month.
    Month,
    /// A quarter of a year ("الربع الأول من 2024").
    Quarter,
    /// A season ("الصيف الماضي").
    Season,
    /// A half of a year ("النصف الثاني من العام").
    Half,
    /// A year.
    Year,
    /// A decade ("التسعينيات").
    Decade,
    /// A century ("القرن الماضي").
    Century,
}

/// A modifier that keeps the value of what it modifies, as TIMEX3's `mod` does.
///
/// # Example
///
/// ```
/// use tarikh::dates::{DateFinder, Modifier};
///
/// let anchor = "2024-12-06".parse()?;
/// let mention = DateFinder::new().parse_phrase("منتصف أيار الماضي", Some(&anchor)).ok_or("a date")?;
/// assert_eq!(mention.modifier, Some(Modifier::Mid));
/// // The value is the month the modifier narrows, as in TIMEX3.
/// assert_eq!(mention.value.map(|v| v.value), Some("2024-05".to_string()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Modifier {
    /// "مطلع", "أوائل", "بداية".
    Start,
    /// "منتصف", "أواسط".
    Mid,
    /// "أواخر", "نهاية".
    End,
    /// "منذ" before a date.
    Since,
    /// "حتى" before a date.
    Until,
}

/// The calendar a phrase was written in.
///
/// # Example
///
/// ```
/// use tarikh::dates::{CalendarSystem, DateFinder};
///
/// let mention = DateFinder::new().parse_phrase("الخامس من رمضان 1445 هـ", None).ok_or("a date")?;
/// assert_eq!(mention.calendar, CalendarSystem::Hijri);
/// assert_eq!(mention.value.map(|v| v.value), Some("2024-03-15".to_string()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CalendarSystem {
    /// Any of the Gregorian month systems (Levantine, Egyptian, Maghrebi), digits or relative words.
    Gregorian,
    /// The Hijri calendar, converted by the Umm al-Qura tables.
    Hijri,
}

/// What kind of phrase a mention is.
///
/// # Example
///
/// ```
/// use tarikh::dates::{DateFinder, ExpressionKind};
///
/// let anchor = "2024-12-06".parse()?;
/// let found = DateFinder::new().find("عاد قبل ثلاثة أيام إلى حلب التي غادرها عام 2012", Some(&anchor));
/// let kinds: Vec<ExpressionKind> = found.iter().map(|m| m.kind).collect();
/// assert_eq!(kinds, [ExpressionKind::Offset, ExpressionKind::Year]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ExpressionKind {
    /// A day written as a calendar date ("6 كانون الأول 2024", "6/12/2024").
    Date,
    /// A month ("كانون الأول 2024", "آذار الماضي").
    Month,
    /// A year ("عام 2011").
    Year,
    /// A day relative to the anchor ("أمس", "بعد غد").
    RelativeDay,
    /// A weekday ("الخميس", "الجمعة المقبلة").
    Weekday,
    /// A week, month or year relative to the anchor ("الأسبوع الماضي").
    RelativePeriod,
    /// A count of units from the anchor ("قبل ثلاثة أيام").
    Offset,
    /// A season, a quarter or half of a year, a decade, a century or a weekend ("الصيف الماضي",
    /// "الربع الأول من 2024", "التسعينيات").
    Era,
    /// A part of a day ("مساء أمس").
    PartOfDay,
    /// A clock time ("الساعة العاشرة صباحًا").
    ClockTime,
    /// A range ("بين 1 و5 كانون الأول").
    Range,
}

/// A resolved calendar value.
///
/// # Example
///
/// ```
/// use tarikh::dates::{DateFinder, Granularity};
///
/// let anchor = "2024-12-06".parse()?;
/// let value = DateFinder::new()
///     .parse_phrase("بين 2 و4 كانون الأول", Some(&anchor))
///     .and_then(|m| m.value)
///     .ok_or("a value")?;
/// assert_eq!(value.value, "2024-12-02/2024-12-04");
/// assert_eq!(value.first_day.to_string(), "2024-12-02");
/// assert_eq!(value.last_day.to_string(), "2024-12-04");
/// assert_eq!(value.granularity, Granularity::Day);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimeValue {
    /// The TIMEX3 value: `2024-12-06`, `2024-12`, `2024`, `2024-W49`, `2024-12-06TEV`, `2024-12-06T15:00`,
    /// or `START/END` for a range.
    pub value: String,
    /// The first day the value covers.
    pub first_day: NaiveDate,
    /// The last day the value covers.
    pub last_day: NaiveDate,
    /// What the value is precise to (for a range, its start).
    pub granularity: Granularity,
}

/// Something about a mention that a careful reader should know.
///
/// # Example
///
/// ```
/// use chrono::Weekday;
/// use tarikh::dates::{DateFinder, Warning};
///
/// let finder = DateFinder::new();
/// // 6 December 2024 was a Friday: the date is kept, and the disagreement reported.
/// let mention = finder.parse_phrase("الخميس 6 كانون الأول 2024", None).ok_or("a date")?;
/// assert_eq!(mention.value.map(|v| v.value), Some("2024-12-06".to_string()));
/// assert_eq!(mention.warnings, [Warning::WeekdayMismatch { written: Weekday::Thu, actual: Weekday::Fri }]);
/// // A day that does not exist gets no value.
/// let mention = finder.parse_phrase("31 شباط 2024", None).ok_or("a date")?;
/// assert!(mention.value.is_none());
/// assert!(matches!(mention.warnings[..], [Warning::NonexistentDate { month: 2, day: 31, .. }]));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "warning", rename_all = "snake_case")]
pub enum Warning {
    /// The weekday written beside a date is not that date's weekday; the date was kept.
    WeekdayMismatch {
        /// The weekday the text wrote.
        written: Weekday,
        /// The weekday of the date.
        actual: Weekday,
    },
    /// "اليوم"/"أمس" written beside a date that is another day; the date was kept.
    RelativeDayMismatch {
        /// The day the relative word names.
        relative: NaiveDate,
        /// The date written beside it.
        date: NaiveDate,
    },
    /// The day does not exist ("31 شباط 2024"); no value is given.
    NonexistentDate {
        /// The year, if one was written.
        year: Option<i32>,
        /// The month number.
        month: u8,
        /// The day number.
        day: u8,
    },
    /// The phrase is relative and no anchor was given.
    Unresolved,
    /// The two months of a dual form ("تشرين الثاني/ديسمبر") differ; the first was kept.
    DualMonthMismatch,
    /// A Hijri date and the Gregorian date given for it after "الموافق" are different days; the Gregorian
    /// one was kept.
    CalendarsDisagree {
        /// The day of the first date.
        first: NaiveDate,
        /// The day of the second date.
        second: NaiveDate,
    },
    /// The two ends of a range are in the wrong order ("من 5 إلى 3 تموز 2022"); no value is given.
    ReversedRange {
        /// The first day of the start.
        first_day: NaiveDate,
        /// The last day of the end.
        last_day: NaiveDate,
    },
    /// A Hijri year outside the supported 1300-1500 AH.
    HijriOutOfRange {
        /// The year written.
        year: i32,
    },
    /// A count moves the date outside the years 1-9999 ("بعد 300000 عام"); no value is given.
    OutOfRange,
}

/// A date phrase found in a text.
///
/// # Example
///
/// ```
/// use tarikh::dates::{DateFinder, ExpressionKind};
///
/// let anchor = "2024-12-06".parse()?;
/// let text = "وصل الوفد مساء أمس إلى دمشق";
/// let mention = &DateFinder::new().find(text, Some(&anchor))[0];
/// assert_eq!(mention.text, "مساء أمس");
/// assert_eq!(&text[mention.start..mention.end], mention.text);
/// assert_eq!(mention.kind, ExpressionKind::PartOfDay);
/// assert!(mention.relative);
/// assert_eq!(mention.value.as_ref().map(|v| v.value.as_str()), Some("2024-12-05TEV"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateMention {
    /// The phrase as the text wrote it.
    pub text: String,
    /// Byte offset of the phrase in the text (UTF-8, on a character boundary).
    pub start: usize,
    /// Byte offset just past the phrase.
    pub end: usize,
    /// What kind of phrase it is.
    pub kind: ExpressionKind,
    /// The calendar value, when the phrase could be resolved.
    #[serde(flatten)]
    pub value: Option<TimeValue>,
    /// "مطلع", "منتصف", "أواخر", "منذ", "حتى" ... around the phrase.
    pub modifier: Option<Modifier>,
    /// Whether the value depends on the anchor.
    pub relative: bool,
    /// The calendar the phrase was written in.
    pub calendar: CalendarSystem,
    /// What a careful reader should know about the phrase.
    pub warnings: Vec<Warning>,
    /// What the phrase says about an earlier date of the text, when it points back to one ("اليوم التالي").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub points_back: Option<PointBack>,
    /// The byte span of the earlier mention a phrase that points back was resolved against, set by
    /// [`chain::resolve_chain`]; `None` while it is resolved against the anchor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub antecedent: Option<std::ops::Range<usize>>,
}

/// What a phrase that points back to an earlier date of the text says about it: "اليوم التالي" is one day
/// after it, "29 من الشهر ذاته" day 29 of its month, "مساء اليوم نفسه" its day in the evening.
///
/// # Example
///
/// ```
/// use tarikh::dates::{DateFinder, Granularity};
///
/// let anchor = "2024-12-06".parse()?;
/// let mention = DateFinder::new().parse_phrase("بعد يومين من ذلك", Some(&anchor)).ok_or("a date")?;
/// let back = mention.points_back.ok_or("it points back")?;
/// assert_eq!((back.unit, back.shift), (Granularity::Day, 2));
/// // Alone, the anchor stands in for the earlier date.
/// assert_eq!(mention.value.map(|v| v.value), Some("2024-12-08".to_string()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PointBack {
    /// The unit the phrase names: [`Granularity::Day`], [`Granularity::Week`], [`Granularity::Month`] or
    /// [`Granularity::Year`].
    pub unit: Granularity,
    /// How many units after (+) or before (-) the earlier date.
    pub shift: i32,
    /// A day of the month written with it ("29 من الشهر ذاته").
    pub day: Option<u8>,
    /// The part of the day or the clock time written with it, as in a TIMEX3 value after its `T` ("EV",
    /// "20:00").
    pub time: Option<String>,
}

/// A mention and the tokens of the folded text it covers.
#[derive(Debug, Clone)]
pub(crate) struct Located {
    pub mention: DateMention,
    pub tokens: std::ops::Range<usize>,
}

/// Finds and resolves date phrases. Build it once and share it: it is `Send + Sync` and holds only the
/// compiled vocabulary.
///
/// # Example
///
/// ```
/// use tarikh::dates::{Anchor, DateFinder};
///
/// let finder = DateFinder::new();
/// let anchor: Anchor = "2024-12-06".parse()?;
/// let found = finder.find("صباح اليوم", Some(&anchor));
/// assert_eq!(found[0].value.as_ref().map(|v| v.value.as_str()), Some("2024-12-06TMO"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct DateFinder {
    lexicon: Lexicon,
}

impl Default for DateFinder {
    fn default() -> Self {
        DateFinder::new()
    }
}

impl DateFinder {
    /// Compiles the bundled vocabulary.
    ///
    /// # Example
    ///
    /// ```
    /// let finder = tarikh::dates::DateFinder::new();
    /// assert!(finder.find("لا تاريخ هنا", None).is_empty());
    /// ```
    pub fn new() -> DateFinder {
        DateFinder {
            lexicon: Lexicon::bundled(),
        }
    }

    /// Every date phrase in `text`, in order, resolved against `anchor`. Without an anchor, absolute dates
    /// still resolve and relative ones carry [`Warning::Unresolved`] and no value.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::dates::DateFinder;
    ///
    /// let finder = DateFinder::new();
    /// let found = finder.find("في 15 آذار 2011 وأمس", None);
    /// assert_eq!(found[0].value.as_ref().map(|v| v.value.as_str()), Some("2011-03-15"));
    /// assert!(found[1].value.is_none());
    /// ```
    pub fn find(&self, text: &str, anchor: Option<&Anchor>) -> Vec<DateMention> {
        let folded = FoldedText::new(text);
        let tokens = tokenize(folded.as_str());
        self.find_folded(text, &folded, &tokens, anchor)
    }

    /// [`find`](Self::find) on a text already folded and tokenized.
    fn find_folded(
        &self,
        text: &str,
        folded: &FoldedText,
        tokens: &[Token],
        anchor: Option<&Anchor>,
    ) -> Vec<DateMention> {
        self.locate(text, folded, tokens, anchor)
            .into_iter()
            .map(|l| l.mention)
            .collect()
    }

    /// Every mention with the tokens it covers, for the article pipeline.
    pub(crate) fn locate(
        &self,
        text: &str,
        folded: &FoldedText,
        tokens: &[Token],
        anchor: Option<&Anchor>,
    ) -> Vec<Located> {
        let parser = Parser::new(&self.lexicon, folded.as_str(), tokens);
        parser
            .find_all()
            .into_iter()
            .map(|found| Located {
                mention: mention(text, folded, tokens, &found, anchor),
                tokens: found.first..found.end,
            })
            .collect()
    }

    /// [`locate`](Self::locate) with the phrases that point back resolved against the dates before them in
    /// their paragraph ([`chain::resolve_chain`]), for the article pipeline.
    pub(crate) fn locate_article(
        &self,
        text: &str,
        folded: &FoldedText,
        tokens: &[Token],
        anchor: Option<&Anchor>,
    ) -> Vec<Located> {
        let mut located = self.locate(text, folded, tokens, anchor);
        let mut mentions: Vec<DateMention> = located.iter().map(|l| l.mention.clone()).collect();
        chain::resolve_chain(&mut mentions, &chain::paragraph_starts(text), anchor);
        for (l, m) in located.iter_mut().zip(mentions) {
            l.mention = m;
        }
        located
    }

    /// Every date phrase of an article, with the phrases that point back to an earlier date ("اليوم التالي",
    /// "في الشهر ذاته") resolved against the latest dated phrase before them in their paragraph (a line of the
    /// text); [`find`](Self::find) resolves them against the anchor.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::dates::DateFinder;
    ///
    /// let anchor = "2024-12-06".parse()?;
    /// let text = "اندلعت المواجهات في 27 تشرين الثاني، وفي اليوم التالي أُعلنت الهدنة.";
    /// let found = DateFinder::new().find_article(text, Some(&anchor));
    /// assert_eq!(found[1].value.as_ref().map(|v| v.value.as_str()), Some("2024-11-28"));
    /// assert_eq!(found[1].antecedent, Some(found[0].start..found[0].end));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn find_article(&self, text: &str, anchor: Option<&Anchor>) -> Vec<DateMention> {
        let mut mentions = self.find(text, anchor);
        chain::resolve_chain(&mut mentions, &chain::paragraph_starts(text), anchor);
        mentions
    }

    /// [`find`](Self::find) on bytes that may not be valid UTF-8, as a scraper hands them over.
    ///
    /// # Errors
    ///
    /// [`InputError::InvalidUtf8`] with the offset of the first invalid byte.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::{DateFinder, InputError};
    ///
    /// let finder = DateFinder::new();
    /// assert_eq!(finder.find_bytes("أمس".as_bytes(), None)?.len(), 1);
    /// let broken = [b'a', 0xD8];
    /// assert!(matches!(
    ///     finder.find_bytes(&broken, None),
    ///     Err(InputError::InvalidUtf8 { valid_up_to: 1, invalid_len: None })
    /// ));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn find_bytes(&self, bytes: &[u8], anchor: Option<&Anchor>) -> Result<Vec<DateMention>, InputError> {
        let text = std::str::from_utf8(bytes)?;
        Ok(self.find(text, anchor))
    }

    /// The one phrase that covers most of `phrase`, or `None` when it holds no date.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::dates::DateFinder;
    ///
    /// let anchor = "2024-12-06".parse()?;
    /// let mention = DateFinder::new().parse_phrase("5 جمادى الآخرة 1446 هـ", Some(&anchor));
    /// assert_eq!(mention.and_then(|m| m.value).map(|v| v.value), Some("2024-12-06".to_string()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_phrase(&self, phrase: &str, anchor: Option<&Anchor>) -> Option<DateMention> {
        self.find(phrase, anchor)
            .into_iter()
            .max_by_key(|m| (m.end - m.start, std::cmp::Reverse(m.start)))
    }

    /// Infers the publication date of an undated text from a phrase that names both a weekday and a day of a
    /// month ("الجمعة 6 من كانون الأول"): the latest day on or before `now` whose weekday agrees, searched
    /// over the 28 years in which every such pair recurs. Returns `None` when the text has no such phrase.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tarikh::dates::DateFinder;
    ///
    /// let now = NaiveDate::from_ymd_opt(2026, 11, 29).ok_or("no such day")?;
    /// let day = DateFinder::new().infer_publication_date("دعت السفارة اليوم الجمعة 6 من كانون الأول", now);
    /// assert_eq!(day, NaiveDate::from_ymd_opt(2024, 12, 6));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn infer_publication_date(&self, text: &str, now: NaiveDate) -> Option<NaiveDate> {
        let folded = FoldedText::new(text);
        let tokens = tokenize(folded.as_str());
        let parser = Parser::new(&self.lexicon, folded.as_str(), &tokens);
        parser.find_all().into_iter().find_map(|found| {
            let Parsed::One(e) = &found.parsed else {
                return None;
            };
            let (Core::Date(p), Some(wd)) = (&e.core, e.weekday) else {
                return None;
            };
            let (day, month) = (u32::from(p.day?), u32::from(p.month?));
            if p.hijri {
                return None;
            }
            let years = match p.year {
                Some(y) => y..=y,
                None => now.year() - 28..=now.year(),
            };
            years
                .rev()
                .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
                .filter(|d| *d <= now || p.year.is_some())
                .find(|d| d.weekday().number_from_monday() == u32::from(wd))
        })
    }
}

fn kind_of(parsed: &Parsed) -> ExpressionKind {
    let e = match parsed {
        Parsed::Range(..) => return ExpressionKind::Range,
        Parsed::One(e) => e,
    };
    if e.clock.is_some() {
        return ExpressionKind::ClockTime;
    }
    if e.part.is_some() {
        return ExpressionKind::PartOfDay;
    }
    match e.core {
        Core::Date(p) if p.day.is_some() || p.rel_month.is_some() => ExpressionKind::Date,
        Core::Date(p) if p.month.is_some() => ExpressionKind::Month,
        Core::Date(_) => ExpressionKind::Year,
        Core::RelDay(_) => ExpressionKind::RelativeDay,
        Core::Weekday { .. } => ExpressionKind::Weekday,
        Core::Period { .. } => ExpressionKind::RelativePeriod,
        Core::Shift { .. } => ExpressionKind::Offset,
        Core::Now => ExpressionKind::RelativeDay,
        Core::Step { .. } => ExpressionKind::RelativePeriod,
        Core::Holiday { .. } | Core::InSpan { .. } => ExpressionKind::Date,
        Core::HijriYear(_) | Core::NewYear => ExpressionKind::Year,
        Core::Back(_) => ExpressionKind::RelativeDay,
        Core::Era(_) => ExpressionKind::Era,
    }
}

fn mention(text: &str, folded: &FoldedText, tokens: &[Token], found: &Found, anchor: Option<&Anchor>) -> DateMention {
    let from = tokens[found.first].start as usize + found.clitic as usize;
    let to = tokens[found.end - 1].end as usize;
    let span = folded.original_span(from..to);
    let resolution = resolve::resolve(&found.parsed, anchor);
    let modifier = resolution.modifier.or(match found.preposition {
        Some(Cat::Since) if !matches!(found.parsed, Parsed::One(ref e) if matches!(e.core, Core::Shift { .. })) => {
            Some(Modifier::Since)
        }
        Some(Cat::Until) => Some(Modifier::Until),
        _ => None,
    });
    DateMention {
        text: text[span.clone()].to_string(),
        start: span.start,
        end: span.end,
        kind: kind_of(&found.parsed),
        value: resolution.value,
        modifier,
        relative: resolution.relative,
        calendar: resolution.calendar,
        warnings: resolution.warnings,
        points_back: chain::points_back(&found.parsed),
        antecedent: None,
    }
}

fn shared_finder() -> &'static DateFinder {
    static FINDER: OnceLock<DateFinder> = OnceLock::new();
    FINDER.get_or_init(DateFinder::new)
}

/// Every date phrase in `text`, with a finder built once per process. Use a [`DateFinder`] of your own to
/// control when the vocabulary is compiled.
///
/// # Example
///
/// ```
/// let anchor = "2024-12-06".parse()?;
/// let found = tarikh::find_dates("قبل ثلاثة أيام", Some(&anchor));
/// assert_eq!(found[0].value.as_ref().map(|v| v.value.as_str()), Some("2024-12-03"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn find_dates(text: &str, anchor: Option<&Anchor>) -> Vec<DateMention> {
    shared_finder().find(text, anchor)
}
