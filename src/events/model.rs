//! What the extractor returns: events with their date, source, relay, places and spans.

use chrono::NaiveDate;
use serde::Serialize;
use smol_str::SmolStr;

use super::EventKind;
use crate::actors::ActorKind;
use crate::dates::{DateMention, ExpressionKind, Granularity};

/// Where an event's date came from.
///
/// # Example
///
/// ```
/// use tarikh::events::{DateBasis, Extractor};
///
/// let text = "دعت السفارة الأمريكية في دمشق رعاياها يوم الثلاثاء إلى المغادرة. وقالت السفارة إن الوضع خطير. \
///             وقال مصدر عسكري إن الهجوم على ريف حماة فشل.";
/// let article = Extractor::new().extract(text, "2024-12-06".parse()?);
/// let dates = article.events.iter().filter_map(|e| e.date.as_ref()).map(|d| (&d.value[..], d.basis));
/// assert_eq!(dates.collect::<Vec<_>>(), [
///     ("2024-12-03", DateBasis::Explicit),    // "يوم الثلاثاء"
///     ("2024-12-03", DateBasis::Inherited),   // the embassy again, in the next sentence
///     ("2024-12-06", DateBasis::Publication), // no date, a new speaker
/// ]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateBasis {
    /// A date phrase in the event's own clause.
    Explicit,
    /// The date of the clause the event's clause continues.
    Inherited,
    /// The publication date: news reports what was said on the day it is published.
    Publication,
}

/// A byte range of the original text.
///
/// # Example
///
/// ```
/// use tarikh::events::Extractor;
///
/// let text = "قال وزير الخارجية الروسي أمس إن بلاده تدعو إلى وقف القتال.";
/// let event = &Extractor::new().extract(text, "2024-12-06".parse()?).events[0];
/// let span = event.source.as_ref().and_then(|s| s.mention).ok_or("the source is written")?;
/// assert_eq!(&text[span.start..span.end], "وزير الخارجية الروسي");
/// assert_eq!(&text[event.span.start..event.span.end], text);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// Byte just past the end.
    pub end: usize,
}

/// An event's date.
///
/// # Example
///
/// ```
/// use tarikh::events::{DateBasis, Extractor};
///
/// let text = "قصفت الطائرات الروسية بين 2 و4 كانون الأول مواقع في ريف إدلب.";
/// let article = Extractor::new().extract(text, "2024-12-06".parse()?);
/// let date = article.events[0].date.as_ref().ok_or("the event is dated")?;
/// assert_eq!(date.value, "2024-12-02/2024-12-04");
/// assert_eq!((date.first_day.to_string(), date.last_day.to_string()), ("2024-12-02".into(), "2024-12-04".into()));
/// assert_eq!(date.basis, DateBasis::Explicit);
/// let mention = date.mention.ok_or("the date is written")?;
/// assert_eq!(&text[mention.start..mention.end], "بين 2 و4 كانون الأول");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EventDate {
    /// The TIMEX3 value.
    pub value: String,
    /// The first day the value covers; `start` in JSON, which is where a reader of a month or week value
    /// ("2024-11") finds the days it spans without parsing TIMEX3.
    #[serde(rename = "start")]
    pub first_day: NaiveDate,
    /// The last day the value covers; `end` in JSON.
    #[serde(rename = "end")]
    pub last_day: NaiveDate,
    /// What the value is precise to.
    pub granularity: Granularity,
    /// Where the date came from.
    pub basis: DateBasis,
    /// The date phrase it came from, when there is one.
    pub mention: Option<Span>,
}

impl EventDate {
    /// The date an event takes from its date phrase: the phrase's value, except for the night between two
    /// days ("ليل الخميس - الجمعة", "ليلة 5 على 6 كانون الأول"). As a phrase that night is the range of its
    /// two days (CONVENTIONS.md); as the time of one event it is the night of the first day (`2024-12-05TNI`,
    /// still covering both days): a deed happens at one time in that night, and readers date it by the
    /// evening it began.
    pub(crate) fn of_mention(mention: &DateMention, basis: DateBasis) -> Option<EventDate> {
        let t = mention.value.as_ref()?;
        let night = mention.kind == ExpressionKind::Range
            && t.granularity == Granularity::Day
            && t.first_day.succ_opt() == Some(t.last_day)
            && opens_with_night(&mention.text);
        let value = match night {
            true => {
                let mut value = String::with_capacity(13);
                crate::dates::push_day(&mut value, t.first_day);
                value.push_str("TNI");
                value
            }
            false => t.value.clone(),
        };
        Some(EventDate {
            value,
            first_day: t.first_day,
            last_day: t.last_day,
            granularity: if night { Granularity::PartOfDay } else { t.granularity },
            basis,
            mention: Some(Span {
                start: mention.start,
                end: mention.end,
            }),
        })
    }

    /// The days from `first_day` to `last_day` with no date phrase behind them (the publication day, the recent
    /// past, the day before a clause's date): one day's value, or a range of two; day grain.
    pub(crate) fn days(first_day: NaiveDate, last_day: NaiveDate, basis: DateBasis) -> EventDate {
        // Digit by digit, as TIMEX3 values are: chrono's formatter parses its pattern at every call.
        let mut value = String::with_capacity(21);
        crate::dates::push_day(&mut value, first_day);
        if first_day != last_day {
            value.push('/');
            crate::dates::push_day(&mut value, last_day);
        }
        EventDate {
            value,
            first_day,
            last_day,
            granularity: Granularity::Day,
            basis,
            mention: None,
        }
    }
}

/// How a source or relay was recognized.
///
/// # Example
///
/// ```
/// use tarikh::events::{Extractor, Recognition};
///
/// let text = "قال وزير الخارجية الروسي أمس إن بلاده تدعو إلى التهدئة. وأضاف أن موسكو تتابع الوضع عن كثب.";
/// let article = Extractor::new().extract(text, "2024-12-06".parse()?);
/// let how = article.events.iter().filter_map(|e| e.source.as_ref()).map(|s| (&s.id[..], s.recognized_by));
/// assert_eq!(how.collect::<Vec<_>>(), [("sergey-lavrov", Recognition::Role), ("sergey-lavrov", Recognition::Implicit)]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Recognition {
    /// By one of its catalog names.
    Name,
    /// By a role noun resolved through the catalog at the event's date.
    Role,
    /// By a bare noun standing for the latest actor of its kind ("السفارة").
    Anaphor,
    /// Not written: the latest actor that agrees with the verb.
    Implicit,
    /// A speaker the catalog does not know, named by the text's phrase.
    AdHoc,
}

/// Who an event is attributed to (or relayed by).
///
/// # Example
///
/// ```
/// use tarikh::events::Extractor;
///
/// let text = "نقلت وكالة سانا عن وزير الخارجية السوري قوله أمس إن \"الحوار هو الطريق الوحيد\".";
/// let event = &Extractor::new().extract(text, "2024-12-06".parse()?).events[0];
/// let source = event.source.as_ref().ok_or("a source")?;
/// assert_eq!(source.id, "bassam-sabbagh"); // who held the office on 5 December 2024
/// assert_eq!(source.role.as_deref(), Some("sy.foreign-minister"));
/// assert_eq!(event.via.as_ref().map(|v| v.id.as_str()), Some("sana"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActorRef {
    /// The catalog id, or `adhoc:` and the phrase for a speaker the catalog does not know.
    pub id: SmolStr,
    /// English name (for an ad-hoc speaker, the Arabic phrase).
    pub name: SmolStr,
    /// Arabic name.
    pub name_ar: SmolStr,
    /// Kind of actor.
    pub kind: ActorKind,
    /// ISO 3166-1 alpha-2 country code, if known.
    pub country: Option<SmolStr>,
    /// How the text named it.
    pub recognized_by: Recognition,
    /// The role id, when the text named a role.
    pub role: Option<SmolStr>,
    /// The words of the text that name it, when they are written.
    pub mention: Option<Span>,
}

/// A place named in an event's clause.
///
/// # Example
///
/// ```
/// use tarikh::events::Extractor;
///
/// let text = "وقال مصدر طبي إن قذائف سقطت على مدينة حمص.";
/// let event = &Extractor::new().extract(text, "2024-12-06".parse()?).events[0];
/// let homs = &event.locations[0];
/// assert_eq!((homs.id.as_str(), homs.admin1.as_str()), ("sy.homs", "Homs"));
/// assert_eq!(&text[homs.span.start..homs.span.end], homs.text);
/// assert!((34.0..35.0).contains(&homs.lat) && (36.0..37.0).contains(&homs.lon));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Location {
    /// Gazetteer id.
    pub id: SmolStr,
    /// English name.
    pub name: SmolStr,
    /// The name as written.
    pub text: String,
    /// `country`, `capital`, `governorate`, `city` ...
    pub kind: SmolStr,
    /// ISO 3166-1 alpha-2 country code.
    pub country: SmolStr,
    /// First-level division.
    pub admin1: SmolStr,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// Where the name stands.
    pub span: Span,
}

/// A dated, attributed statement or action.
///
/// # Example
///
/// ```
/// use tarikh::events::{EventKind, Extractor};
///
/// let text = "ودعت وزارة الخارجية الأردنية اليوم إلى \"ضبط النفس وحماية المدنيين\" في جنوب سوريا.";
/// let article = Extractor::new().extract(text, "2024-12-06".parse()?);
/// let event = &article.events[0];
/// assert_eq!(event.kind, EventKind::Call);
/// assert_eq!((event.verb.as_str(), event.lemma.as_str()), ("ودعت", "دعا"));
/// assert_eq!(event.quotation.as_deref(), Some("ضبط النفس وحماية المدنيين"));
/// assert_eq!(event.date.as_ref().map(|d| d.value.as_str()), Some("2024-12-06"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    /// When; `None` only when the extractor was asked to leave undated events undated.
    pub date: Option<EventDate>,
    /// Who said or did it.
    pub source: Option<ActorRef>,
    /// The outlet that relayed it, if the text names one.
    pub via: Option<ActorRef>,
    /// The verb as written.
    pub verb: String,
    /// The verb's dictionary form.
    pub lemma: String,
    /// What kind of event it is.
    pub kind: EventKind,
    /// The quotation in the clause, without its quote marks.
    pub quotation: Option<String>,
    /// Places named in the clause.
    pub locations: Vec<Location>,
    /// The clause.
    pub text: String,
    /// Where the clause stands.
    pub span: Span,
    /// How sure the attribution is, from 0 to 1.
    pub confidence: f32,
}

/// What the extractor read in one article.
///
/// # Example
///
/// ```
/// use tarikh::events::Extractor;
///
/// let article = Extractor::new().extract("قال مصدر عسكري مساء أمس إن الهجوم فشل.", "2024-12-06".parse()?);
/// assert_eq!(article.published.to_string(), "2024-12-06");
/// assert_eq!(article.dates[0].text, "مساء أمس");
/// assert_eq!(article.events.len(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Article {
    /// The publication date the article was read against.
    pub published: NaiveDate,
    /// Every date phrase.
    pub dates: Vec<DateMention>,
    /// Every event, in text order.
    pub events: Vec<Event>,
}

/// Whether a phrase opens with the night noun ("ليل", "ليلة", written with a conjunction or preposition
/// glued to it: "وليلة", "بليل").
fn opens_with_night(phrase: &str) -> bool {
    let first = phrase.split_whitespace().next().unwrap_or("");
    let bare = first.strip_prefix(['و', 'ف']).unwrap_or(first);
    let bare = bare
        .strip_prefix(['ب', 'ل'])
        .filter(|b| b.starts_with("ليل"))
        .unwrap_or(bare);
    matches!(bare, "ليل" | "ليلة" | "ليله")
}

#[cfg(test)]
mod tests {
    use super::opens_with_night;
    use crate::events::Extractor;

    #[test]
    fn an_event_in_the_night_between_two_days_is_the_night_of_the_first() {
        let text = "اقتحم مستوطنون، ليل الأحد الاثنين، قرية في ريف نابلس وأحرقوا ثلاث سيارات.";
        let article = Extractor::new().extract(text, "2024-03-12".parse().expect("a day"));
        // The phrase keeps its value, the two days (CONVENTIONS.md).
        let phrase = article
            .dates
            .iter()
            .find(|d| d.text.starts_with("ليل"))
            .expect("the night");
        assert_eq!(
            phrase.value.as_ref().map(|v| v.value.as_str()),
            Some("2024-03-10/2024-03-11")
        );
        let date = article.events[0].date.as_ref().expect("a date");
        assert_eq!(date.value, "2024-03-10TNI");
        assert_eq!(
            (date.first_day.to_string(), date.last_day.to_string()),
            ("2024-03-10".into(), "2024-03-11".into())
        );
    }

    #[test]
    fn two_days_that_are_not_a_night_keep_their_range() {
        let text = "وبحث الوزيران يومي الأحد والاثنين جولة مفاوضات في القاهرة.";
        let article = Extractor::new().extract(text, "2024-03-12".parse().expect("a day"));
        let date = article.events[0].date.as_ref().expect("a date");
        assert_eq!(date.value, "2024-03-10/2024-03-11");
    }

    #[test]
    fn the_night_noun_opens_a_phrase_with_or_without_a_glued_word() {
        for phrase in [
            "ليل الخميس الجمعة",
            "ليلة 5 على 6 أيار",
            "وليلة السبت على الأحد",
            "بليل الأحد",
        ] {
            assert!(opens_with_night(phrase), "{phrase}");
        }
        for phrase in ["يومي الخميس والجمعة", "بين الخميس والجمعة", "ليلا"] {
            assert!(!opens_with_night(phrase), "{phrase}");
        }
    }
}
