//! Filters over a timeline's events.

use chrono::NaiveDate;

use super::TimelineEvent;
use crate::events::EventKind;

/// A filter over a timeline's events; every condition given must hold.
///
/// # Example
///
/// ```
/// use tarikh::events::EventKind;
/// use tarikh::timeline::{Document, Query, Timeline};
///
/// let doc = Document::new("d1", "2024-12-06".parse()?, "وقصفت قوات النظام مدينة حلب أمس. وقال لافروف إن الوضع خطير.");
/// let timeline = Timeline::from_documents(&tarikh::events::Extractor::new(), &[doc])?;
/// let query = Query::new().kind(EventKind::Attack).place("Aleppo");
/// assert_eq!(timeline.query(&query).count(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Query {
    actor: Option<String>,
    country: Option<String>,
    range: Option<(NaiveDate, NaiveDate)>,
    kinds: Vec<EventKind>,
    place: Option<String>,
}

impl Query {
    /// A query that every event matches.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(tarikh::timeline::Query::new() == Default::default());
    /// ```
    pub fn new() -> Query {
        Query::default()
    }

    /// Events whose source, or the relay of one of whose reports, is the actor `id`.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::events::Extractor;
    /// use tarikh::timeline::{Document, Query, Timeline};
    ///
    /// let text = "وقصفت القوات الروسية فجر أمس مواقع في ريف إدلب. \
    ///             وقال وزير الخارجية الروسي اليوم إن موسكو تدعم الحل السياسي.";
    /// let doc = Document::new("d1", "2024-12-06".parse()?, text);
    /// let timeline = Timeline::from_documents(&Extractor::new(), &[doc])?; // a strike on the 5th, a statement on the 6th
    /// let numbers: Vec<usize> = timeline.query(&Query::new().actor("sergey-lavrov")).map(|e| e.number).collect();
    /// assert_eq!(numbers, [2]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn actor(mut self, id: impl Into<String>) -> Query {
        self.actor = Some(id.into());
        self
    }

    /// Events whose source belongs to the country `code` (ISO 3166-1 alpha-2, any case).
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::events::Extractor;
    /// use tarikh::timeline::{Document, Query, Timeline};
    ///
    /// let text = "وقصفت القوات الروسية فجر أمس مواقع في ريف إدلب. \
    ///             وقال وزير الخارجية الروسي اليوم إن موسكو تدعم الحل السياسي.";
    /// let doc = Document::new("d1", "2024-12-06".parse()?, text);
    /// let timeline = Timeline::from_documents(&Extractor::new(), &[doc])?; // a strike on the 5th, a statement on the 6th
    /// assert_eq!(timeline.query(&Query::new().country("ru")).count(), 2);
    /// assert_eq!(timeline.query(&Query::new().country("SY")).count(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn country(mut self, code: impl Into<String>) -> Query {
        self.country = Some(code.into().to_ascii_uppercase());
        self
    }

    /// Events whose date span overlaps `from..=to`; undated events never match.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::events::{EventKind, Extractor};
    /// use tarikh::timeline::{Document, Query, Timeline};
    ///
    /// let text = "وقصفت القوات الروسية فجر أمس مواقع في ريف إدلب. \
    ///             وقال وزير الخارجية الروسي اليوم إن موسكو تدعم الحل السياسي.";
    /// let doc = Document::new("d1", "2024-12-06".parse()?, text);
    /// let timeline = Timeline::from_documents(&Extractor::new(), &[doc])?; // a strike on the 5th, a statement on the 6th
    /// let day = "2024-12-05".parse()?;
    /// let kinds: Vec<EventKind> = timeline.query(&Query::new().between(day, day)).map(|e| e.event.kind).collect();
    /// assert_eq!(kinds, [EventKind::Attack]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn between(mut self, from: NaiveDate, to: NaiveDate) -> Query {
        self.range = Some((from.min(to), from.max(to)));
        self
    }

    /// Events of this kind; call it again to accept several kinds.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::events::{EventKind, Extractor};
    /// use tarikh::timeline::{Document, Query, Timeline};
    ///
    /// let text = "وقصفت القوات الروسية فجر أمس مواقع في ريف إدلب. \
    ///             وقال وزير الخارجية الروسي اليوم إن موسكو تدعم الحل السياسي.";
    /// let doc = Document::new("d1", "2024-12-06".parse()?, text);
    /// let timeline = Timeline::from_documents(&Extractor::new(), &[doc])?; // a strike on the 5th, a statement on the 6th
    /// assert_eq!(timeline.query(&Query::new().kind(EventKind::Attack)).count(), 1);
    /// assert_eq!(timeline.query(&Query::new().kind(EventKind::Attack).kind(EventKind::Statement)).count(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn kind(mut self, kind: EventKind) -> Query {
        if !self.kinds.contains(&kind) {
            self.kinds.push(kind);
        }
        self
    }

    /// Events that name a place whose gazetteer id (`sy.idlib`) or first-level division (`Idlib`) is `place`.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::events::Extractor;
    /// use tarikh::timeline::{Document, Query, Timeline};
    ///
    /// let text = "وقصفت القوات الروسية فجر أمس مواقع في ريف إدلب. \
    ///             وقال وزير الخارجية الروسي اليوم إن موسكو تدعم الحل السياسي.";
    /// let doc = Document::new("d1", "2024-12-06".parse()?, text);
    /// let timeline = Timeline::from_documents(&Extractor::new(), &[doc])?; // a strike on the 5th, a statement on the 6th
    /// let numbers = |query: Query| timeline.query(&query).map(|e| e.number).collect::<Vec<_>>();
    /// assert_eq!(numbers(Query::new().place("Idlib")), [1]); // "ريف إدلب": the governorate
    /// assert_eq!(numbers(Query::new().place("ru.moscow")), [2]); // "موسكو", by its gazetteer id
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn place(mut self, place: impl Into<String>) -> Query {
        self.place = Some(place.into());
        self
    }

    /// Whether `event` matches.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::timeline::{Document, Query, Timeline};
    ///
    /// let doc = Document::new("d1", "2024-12-06".parse()?, "وقصفت قوات النظام مدينة حلب أمس.");
    /// let timeline = Timeline::from_documents(&tarikh::events::Extractor::new(), &[doc])?;
    /// assert!(Query::new().place("sy.aleppo").matches(&timeline.events()[0]));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn matches(&self, event: &TimelineEvent) -> bool {
        let e = &event.event;
        self.actor.as_deref().is_none_or(|id| event.involves(id))
            && self.country.as_deref().is_none_or(|code| {
                e.source
                    .as_ref()
                    .and_then(|s| s.country.as_deref())
                    .is_some_and(|c| c.eq_ignore_ascii_case(code))
            })
            && self
                .range
                .is_none_or(|(from, to)| e.date.as_ref().is_some_and(|d| d.first_day <= to && d.last_day >= from))
            && (self.kinds.is_empty() || self.kinds.contains(&e.kind))
            && self
                .place
                .as_deref()
                .is_none_or(|p| e.locations.iter().any(|l| l.id == p || l.admin1 == p))
    }
}
