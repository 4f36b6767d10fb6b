//! What the finder returns: a mention of a date phrase, its resolved value, and what is known about it.

use chrono::{NaiveDate, Weekday};
use serde::Serialize;

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
    /// [`chain::resolve_chain`](super::chain::resolve_chain); `None` while it is resolved against the anchor.
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
    /// The phrase is a clock time written without its day ("واعتبارا من الساعة 21,00"): it is on the day the
    /// text last named by a weekday or a date, in its paragraph or the one before, where the other phrases
    /// look back in their own paragraph only. "في اليوم نفسه الساعة الثامنة" names its day and is not one.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub bare_clock: bool,
}
