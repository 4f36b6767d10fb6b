//! Many articles, one timeline: the events of every document in chronological order, the same event told by
//! several outlets merged into one with every report kept.
//!
//! A [`TimelineBuilder`] takes [`Document`]s (it reads them with an [`Extractor`]) or articles already read
//! ([`TimelineBuilder::add_article`]), and [`build`](TimelineBuilder::build)s a [`Timeline`]: merged, sorted
//! and numbered [`TimelineEvent`]s, which [`Query`] filters and [`crate::export`] writes out.
//!
//! # Order
//!
//! Every date is a span of days, and within a day a clock time is a minute and a part of a day its hours
//! (morning 06:00-12:00, afternoon 12:00-18:00, evening 18:00-22:00, night 22:00-06:00). Events sort by
//!
//! 1. dated before undated;
//! 2. the first day of their span: a month sorts at its first day, so it stands inside the days of the month
//!    before it (after every event of 30 November, "2024-12" comes before those of 2 December), and a year
//!    likewise;
//! 3. the number of days the span covers, fewest first: among events starting on 1 December, the day
//!    "2024-12-01" (and the times of it) come before the range "2024-12-01/2024-12-03", which comes before the
//!    week and the month "2024-12";
//! 4. within one day, the time of day the span starts, then its length: the day itself (it starts at midnight
//!    and has no time of its own) first, then "morning" (06:00), then "15:00";
//! 5. the granularity, finer first (a week before a seven-day range that starts the same Monday);
//! 6. the order the documents were added, then the position of the event in its document.
//!
//! The order is total and the sort stable: the same input always gives the same timeline.
//!
//! # Merging
//!
//! Two events are one when several outlets tell it: they have the same source (the same catalog id: events of
//! different sources, or without a source, are never merged), their date spans overlap, they come from
//! different documents, and what they say is close enough: the Jaccard similarity of the token sets of their
//! clauses is at least [`TimelineConfig::merge_threshold`]. The tokens are the words and numbers of the
//! clause folded by [`FoldedText`](crate::text::FoldedText), without the words that name the source, the relay and the date (each
//! outlet writes them its own way), without the verb and common function words, and with a leading
//! conjunction "و" and article "ال" taken off. The merged event keeps the report with the most precise date
//! (a date written in the text before one inherited or taken from the publication date; then the highest
//! confidence, then the earliest report) and lists every report in its
//! [`provenance`](TimelineEvent::provenance).
//!
//! Candidates are found per source and, within a source, by a sweep over dates: an event is compared only with
//! the groups of the same source whose dates are still open, latest first, at most 256 of them, passing over
//! at most 256 that already hold a report of its own document; and with at most 16 reports of each group (the
//! first four and the latest twelve). Merging is linear in the number of events (times the log of the open
//! groups), whatever the number of events of one document or of outlets retelling one claim.
//!
//! # Example
//!
//! ```
//! use tarikh::events::Extractor;
//! use tarikh::timeline::{Document, Timeline};
//!
//! let extractor = Extractor::new();
//! let day = "2024-12-06".parse()?;
//! let first = Document::new("a1", day, "قال وزير الخارجية الروسي سيرغي لافروف اليوم إن على الأطراف العودة إلى تنفيذ اتفاقات إدلب.")
//!     .with_outlet("Levant Wire");
//! let second = Document::new("b7", day, "وقال لافروف إن على الأطراف العودة إلى تنفيذ اتفاقات إدلب دون تأخير.")
//!     .with_outlet("Euphrates Daily");
//! let timeline = Timeline::from_documents(&extractor, &[first, second])?;
//! assert_eq!(timeline.len(), 1);
//! let event = &timeline.events()[0];
//! assert_eq!(event.event.source.as_ref().map(|s| s.id.as_str()), Some("sergey-lavrov"));
//! assert_eq!(event.outlets(), ["Levant Wire", "Euphrates Daily"]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::events::{ActorRef, Article, Event, EventDate, EventKind, Extractor, Span};
use crate::input::MAX_ARTICLE_BYTES;

mod builder;
mod document;
mod jsonl;
mod merge;
mod order;
mod query;
pub use builder::TimelineBuilder;
pub use document::{Document, Origin, JSON_LINE_MARGIN};
pub use query::Query;

pub use jsonl::{process_jsonl, process_jsonl_bytes, process_jsonl_line};

pub use crate::error::DocumentError;

/// How a timeline is built.
///
/// # Example
///
/// ```
/// use tarikh::timeline::{Timeline, TimelineConfig};
///
/// let strict = Timeline::builder().config(TimelineConfig { merge_threshold: 0.8, ..TimelineConfig::default() });
/// # let _ = strict;
/// assert_eq!(TimelineConfig::default().merge_threshold, 0.5);
/// assert_eq!(TimelineConfig::default().max_article_bytes, tarikh::input::MAX_ARTICLE_BYTES);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct TimelineConfig {
    /// The least Jaccard similarity (0 to 1) of two reports' tokens for them to be merged; above 1, nothing is
    /// merged.
    pub merge_threshold: f64,
    /// The longest document text [`TimelineBuilder::add_document`] reads, in bytes
    /// ([`MAX_ARTICLE_BYTES`] by default); a longer one is refused with
    /// [`DocumentError::TooLarge`]. Reading takes memory a few times the text's size.
    #[serde(default = "default_max_article_bytes")]
    pub max_article_bytes: usize,
}

fn default_max_article_bytes() -> usize {
    MAX_ARTICLE_BYTES
}

impl Default for TimelineConfig {
    fn default() -> Self {
        TimelineConfig {
            merge_threshold: 0.5,
            max_article_bytes: MAX_ARTICLE_BYTES,
        }
    }
}

/// One report of an event: which document told it, where, and how.
///
/// # Example
///
/// ```
/// use tarikh::timeline::{Document, Timeline};
///
/// let doc = Document::new("d1", "2024-12-06".parse()?, "ونقلت وكالة الأناضول تصريحات الرئيس التركي اليوم.");
/// let timeline = Timeline::from_documents(&tarikh::events::Extractor::new(), &[doc])?;
/// let report = &timeline.events()[0].provenance[0];
/// assert_eq!(report.document, "d1");
/// assert_eq!(report.via.as_ref().map(|v| v.id.as_str()), Some("anadolu"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Provenance {
    /// The document's id.
    pub document: String,
    /// The document's outlet.
    pub outlet: Option<String>,
    /// The document's URL.
    pub url: Option<String>,
    /// The document's publication date.
    pub published: NaiveDate,
    /// Where the clause stands in the document.
    pub span: Span,
    /// The relay this document names.
    pub via: Option<ActorRef>,
    /// The date this document gives.
    pub date: Option<EventDate>,
    /// The clause as this document wrote it.
    pub text: String,
}

/// An event of the timeline: the best report of it and every report.
///
/// Serialized, the fields of the [`Event`] stand beside `number` and `provenance`.
///
/// # Example
///
/// ```
/// use tarikh::timeline::{Document, Timeline};
///
/// let doc = Document::new("d1", "2024-12-06".parse()?, "وقصفت قوات النظام مدينة حلب أمس.");
/// let timeline = Timeline::from_documents(&tarikh::events::Extractor::new(), &[doc])?;
/// let event = &timeline.events()[0];
/// assert_eq!(event.number, 1);
/// assert_eq!(event.event.date.as_ref().map(|d| d.value.as_str()), Some("2024-12-05"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineEvent {
    /// The event's place in the timeline, from 1.
    pub number: usize,
    /// The report with the most precise date.
    #[serde(flatten)]
    pub event: Event,
    /// Every report, in the order the documents were added.
    pub provenance: Vec<Provenance>,
    /// Which report `event` is.
    #[serde(skip)]
    best: usize,
}

impl TimelineEvent {
    /// The distinct outlets that reported the event, in the order of [`provenance`](Self::provenance).
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::timeline::{Document, Timeline};
    ///
    /// let doc = Document::new("d1", "2024-12-06".parse()?, "وقصفت قوات النظام مدينة حلب أمس.").with_outlet("Levant Wire");
    /// let timeline = Timeline::from_documents(&tarikh::events::Extractor::new(), &[doc])?;
    /// assert_eq!(timeline.events()[0].outlets(), ["Levant Wire"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn outlets(&self) -> Vec<&str> {
        let mut outlets: Vec<&str> = Vec::new();
        for outlet in self.provenance.iter().filter_map(|p| p.outlet.as_deref()) {
            if !outlets.contains(&outlet) {
                outlets.push(outlet);
            }
        }
        outlets
    }

    /// The report the event's fields come from (the one with the most precise date).
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::timeline::{Document, Timeline};
    ///
    /// let doc = Document::new("d1", "2024-12-06".parse()?, "وقصفت قوات النظام مدينة حلب أمس.");
    /// let timeline = Timeline::from_documents(&tarikh::events::Extractor::new(), &[doc])?;
    /// assert_eq!(timeline.events()[0].report().map(|r| r.document.as_str()), Some("d1"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn report(&self) -> Option<&Provenance> {
        self.provenance.get(self.best)
    }

    /// Whether `id` is the event's source or a relay of one of its reports.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::timeline::{Document, Timeline};
    ///
    /// let doc = Document::new("d1", "2024-12-06".parse()?, "ونقلت وكالة الأناضول تصريحات الرئيس التركي اليوم.");
    /// let timeline = Timeline::from_documents(&tarikh::events::Extractor::new(), &[doc])?;
    /// assert!(timeline.events()[0].involves("anadolu"));
    /// assert!(timeline.events()[0].involves("recep-tayyip-erdogan"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn involves(&self, id: &str) -> bool {
        self.event.source.as_ref().is_some_and(|s| s.id == id)
            || self.event.via.as_ref().is_some_and(|v| v.id == id)
            || self
                .provenance
                .iter()
                .any(|p| p.via.as_ref().is_some_and(|v| v.id == id))
    }
}

/// Merged, sorted and numbered events of many documents.
///
/// Serialized, a timeline is `{"documents": [Origin...], "events": [TimelineEvent...]}`.
///
/// # Example
///
/// ```
/// use tarikh::events::Extractor;
/// use tarikh::timeline::{Document, Timeline};
///
/// let extractor = Extractor::new();
/// let mut builder = Timeline::builder();
/// builder.add_document(&extractor, &Document::new("d2", "2024-12-08".parse()?, "أعلنت إدارة العمليات العسكرية دخول دمشق."))?;
/// builder.add_document(&extractor, &Document::new("d1", "2024-12-06".parse()?, "وقصفت قوات النظام مدينة حلب أمس."))?;
/// let timeline = builder.build();
/// let days: Vec<String> = timeline.iter().filter_map(|e| e.event.date.as_ref()).map(|d| d.value.clone()).collect();
/// assert_eq!(days, ["2024-12-05", "2024-12-08"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Timeline {
    documents: Vec<Origin>,
    events: Vec<TimelineEvent>,
}

impl Timeline {
    /// A builder with the default [`TimelineConfig`].
    ///
    /// # Example
    ///
    /// ```
    /// let timeline = tarikh::timeline::Timeline::builder().build();
    /// assert!(timeline.is_empty());
    /// ```
    pub fn builder() -> TimelineBuilder {
        TimelineBuilder::new(TimelineConfig::default())
    }

    /// Reads `documents` with `extractor` and builds their timeline with the default [`TimelineConfig`].
    ///
    /// # Errors
    ///
    /// [`DocumentError`] for the first document that cannot be read: its publication date is outside the years
    /// the crate resolves, or its text is larger than [`MAX_ARTICLE_BYTES`].
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::timeline::{Document, Timeline};
    ///
    /// let doc = Document::new("d1", "2024-12-06".parse()?, "وقصفت قوات النظام مدينة حلب أمس.");
    /// assert_eq!(Timeline::from_documents(&tarikh::events::Extractor::new(), &[doc])?.len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_documents(extractor: &Extractor, documents: &[Document]) -> Result<Timeline, DocumentError> {
        let mut builder = Timeline::builder();
        for document in documents {
            builder.add_document(extractor, document)?;
        }
        Ok(builder.build())
    }

    /// Builds the timeline of articles already read, each with where it came from.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::timeline::{Document, Timeline};
    ///
    /// let doc = Document::new("d1", "2024-12-06".parse()?, "وقصفت قوات النظام مدينة حلب أمس.");
    /// let article = tarikh::events::Extractor::new().extract(&doc.text, "2024-12-06".parse()?);
    /// assert_eq!(Timeline::from_articles([(doc.origin(), article)]).len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_articles(articles: impl IntoIterator<Item = (Origin, Article)>) -> Timeline {
        let mut builder = Timeline::builder();
        for (origin, article) in articles {
            builder.add_article(origin, article);
        }
        builder.build()
    }

    /// The events, in order.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(tarikh::timeline::Timeline::builder().build().events().is_empty());
    /// ```
    pub fn events(&self) -> &[TimelineEvent] {
        &self.events
    }

    /// Where the documents came from, in the order they were added.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::timeline::{Document, Timeline};
    ///
    /// let doc = Document::new("d1", "2024-12-06".parse()?, "");
    /// let timeline = Timeline::from_documents(&tarikh::events::Extractor::new(), &[doc])?;
    /// assert_eq!(timeline.documents()[0].id, "d1");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn documents(&self) -> &[Origin] {
        &self.documents
    }

    /// The events, in order.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(tarikh::timeline::Timeline::builder().build().iter().count(), 0);
    /// ```
    pub fn iter(&self) -> std::slice::Iter<'_, TimelineEvent> {
        self.events.iter()
    }

    /// How many events there are.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(tarikh::timeline::Timeline::builder().build().len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.events.len()
    }

    /// Whether there are no events.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(tarikh::timeline::Timeline::builder().build().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// The events that match `query`, in order.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::timeline::{Document, Query, Timeline};
    ///
    /// let doc = Document::new("d1", "2024-12-06".parse()?, "وقصفت قوات النظام مدينة حلب أمس. وقال لافروف إن الوضع خطير.");
    /// let timeline = Timeline::from_documents(&tarikh::events::Extractor::new(), &[doc])?;
    /// assert_eq!(timeline.query(&Query::new().country("RU")).count(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn query<'a>(&'a self, query: &'a Query) -> impl Iterator<Item = &'a TimelineEvent> + 'a {
        self.events.iter().filter(move |e| query.matches(e))
    }

    /// The events whose source, or the relay of one of whose reports, is the actor `id`.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::timeline::{Document, Timeline};
    ///
    /// let doc = Document::new("d1", "2024-12-06".parse()?, "وقال لافروف إن الوضع خطير.");
    /// let timeline = Timeline::from_documents(&tarikh::events::Extractor::new(), &[doc])?;
    /// assert_eq!(timeline.by_actor("sergey-lavrov").len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn by_actor(&self, id: &str) -> Vec<&TimelineEvent> {
        self.events.iter().filter(|e| e.involves(id)).collect()
    }

    /// The events whose source belongs to the country `code` (ISO 3166-1 alpha-2, any case).
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::timeline::{Document, Timeline};
    ///
    /// let doc = Document::new("d1", "2024-12-06".parse()?, "وقال لافروف إن الوضع خطير.");
    /// let timeline = Timeline::from_documents(&tarikh::events::Extractor::new(), &[doc])?;
    /// assert_eq!(timeline.by_country("ru").len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn by_country(&self, code: &str) -> Vec<&TimelineEvent> {
        let query = Query::new().country(code);
        self.events.iter().filter(|e| query.matches(e)).collect()
    }

    /// The events whose date span overlaps `from..=to`.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::timeline::{Document, Timeline};
    ///
    /// let doc = Document::new("d1", "2024-12-06".parse()?, "وقصفت قوات النظام مدينة حلب أمس.");
    /// let timeline = Timeline::from_documents(&tarikh::events::Extractor::new(), &[doc])?;
    /// assert_eq!(timeline.between("2024-12-01".parse()?, "2024-12-05".parse()?).len(), 1);
    /// assert!(timeline.between("2024-12-06".parse()?, "2024-12-31".parse()?).is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn between(&self, from: NaiveDate, to: NaiveDate) -> Vec<&TimelineEvent> {
        let query = Query::new().between(from, to);
        self.events.iter().filter(|e| query.matches(e)).collect()
    }

    /// The events of one kind.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::events::EventKind;
    /// use tarikh::timeline::{Document, Timeline};
    ///
    /// let doc = Document::new("d1", "2024-12-06".parse()?, "وقصفت قوات النظام مدينة حلب أمس.");
    /// let timeline = Timeline::from_documents(&tarikh::events::Extractor::new(), &[doc])?;
    /// assert_eq!(timeline.by_kind(EventKind::Attack).len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn by_kind(&self, kind: EventKind) -> Vec<&TimelineEvent> {
        let query = Query::new().kind(kind);
        self.events.iter().filter(|e| query.matches(e)).collect()
    }

    /// The events that name a place whose gazetteer id or first-level division is `place`.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::timeline::{Document, Timeline};
    ///
    /// let doc = Document::new("d1", "2024-12-06".parse()?, "وقصفت قوات النظام مدينة حلب أمس.");
    /// let timeline = Timeline::from_documents(&tarikh::events::Extractor::new(), &[doc])?;
    /// assert_eq!(timeline.at_place("Aleppo").len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn at_place(&self, place: &str) -> Vec<&TimelineEvent> {
        let query = Query::new().place(place);
        self.events.iter().filter(|e| query.matches(e)).collect()
    }
}

impl<'a> IntoIterator for &'a Timeline {
    type Item = &'a TimelineEvent;
    type IntoIter = std::slice::Iter<'a, TimelineEvent>;

    fn into_iter(self) -> Self::IntoIter {
        self.events.iter()
    }
}
