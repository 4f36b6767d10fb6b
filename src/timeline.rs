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

use std::cmp::Ordering;

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};

use crate::dates::{Anchor, Granularity};
use crate::events::{ActorRef, Article, DateBasis, Event, EventDate, EventKind, Extractor, Span};
use crate::input::MAX_ARTICLE_BYTES;

mod jsonl;
mod merge;
pub use jsonl::{process_jsonl, process_jsonl_bytes, process_jsonl_line};
use merge::merge;

pub use crate::error::DocumentError;

/// How much longer than the article limit a JSON line may be: room for the id, URL, outlet and date, and for
/// the escapes of the text (64 KiB). See [`Document::from_json_line_limited`].
///
/// # Example
///
/// ```
/// assert_eq!(tarikh::timeline::JSON_LINE_MARGIN, 64 * 1024);
/// ```
pub const JSON_LINE_MARGIN: usize = 64 << 10;

/// One article to read: its text, when it was published and where it came from.
///
/// # Example
///
/// ```
/// use tarikh::timeline::Document;
///
/// let doc = Document::new("enab-2024-12-08-1", "2024-12-08".parse()?, "أعلنت إدارة العمليات العسكرية دخول دمشق.")
///     .with_outlet("Enab Baladi")
///     .with_url("https://example.org/2024/12/08/1");
/// assert_eq!(doc.published.to_string(), "2024-12-08");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// An identifier the caller chose, unique in the timeline.
    pub id: String,
    /// Where the article was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The outlet that published it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// The publication date: relative dates ("أمس") are read against it.
    pub published: NaiveDate,
    /// The article's text.
    pub text: String,
}

impl Document {
    /// A document with no outlet and no URL.
    ///
    /// # Example
    ///
    /// ```
    /// let doc = tarikh::timeline::Document::new("d1", "2024-12-06".parse()?, "قال مصدر عسكري إن الهجوم فشل.");
    /// assert_eq!(doc.outlet, None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(id: impl Into<String>, published: NaiveDate, text: impl Into<String>) -> Document {
        Document {
            id: id.into(),
            url: None,
            outlet: None,
            published,
            text: text.into(),
        }
    }

    /// The same document with an outlet.
    ///
    /// # Example
    ///
    /// ```
    /// let doc = tarikh::timeline::Document::new("d1", "2024-12-06".parse()?, "").with_outlet("Levant Wire");
    /// assert_eq!(doc.outlet.as_deref(), Some("Levant Wire"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_outlet(mut self, outlet: impl Into<String>) -> Document {
        self.outlet = Some(outlet.into());
        self
    }

    /// The same document with a URL.
    ///
    /// # Example
    ///
    /// ```
    /// let doc = tarikh::timeline::Document::new("d1", "2024-12-06".parse()?, "").with_url("https://example.org/1");
    /// assert_eq!(doc.url.as_deref(), Some("https://example.org/1"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_url(mut self, url: impl Into<String>) -> Document {
        self.url = Some(url.into());
        self
    }

    /// Reads one line of JSON Lines input: an object with `"text"` and `"published"` (`YYYY-MM-DD`, optionally
    /// followed by a time, which is ignored) and optionally `"id"`, `"url"` and `"outlet"`. Without an id the
    /// document is called `line-N`, after `line`. The text may be at most
    /// [`MAX_ARTICLE_BYTES`](crate::input::MAX_ARTICLE_BYTES) long (see
    /// [`from_json_line_limited`](Self::from_json_line_limited)).
    ///
    /// # Errors
    ///
    /// A [`DocumentError`] naming what is wrong: the line is not a JSON object, `"text"` or `"published"` is
    /// missing or not a string, the date is not a date, a field has the wrong type, or the text is too large.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::timeline::Document;
    ///
    /// let doc = Document::from_json_line(r#"{"id": "a1", "published": "2024-12-06", "text": "قال مصدر إن الهجوم فشل."}"#, 1)?;
    /// assert_eq!(doc.id, "a1");
    /// assert!(Document::from_json_line(r#"{"id": "a2", "published": "2024-12-06"}"#, 2).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json_line(json: &str, line: usize) -> Result<Document, DocumentError> {
        Document::from_json_line_limited(json, line, MAX_ARTICLE_BYTES)
    }

    /// [`from_json_line`](Self::from_json_line) with a text of at most `max_article_bytes`. A line longer than
    /// that plus [`JSON_LINE_MARGIN`] (room for the other fields and for escapes) is refused before it is
    /// parsed, so that reading a line takes memory bounded by the limit.
    ///
    /// # Errors
    ///
    /// As [`from_json_line`](Self::from_json_line); [`DocumentError::TooLarge`] for a text or line too long.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::timeline::Document;
    /// use tarikh::DocumentError;
    ///
    /// let line = r#"{"published": "2024-12-06", "text": "قال مصدر إن الهجوم فشل."}"#;
    /// assert!(Document::from_json_line_limited(line, 1, 1000).is_ok());
    /// let error = Document::from_json_line_limited(line, 1, 10).err().ok_or("too large")?;
    /// assert!(matches!(error, DocumentError::TooLarge { max: 10, .. }));
    /// assert!(error.to_string().contains("limit"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json_line_limited(
        json: &str,
        line: usize,
        max_article_bytes: usize,
    ) -> Result<Document, DocumentError> {
        if json.len() > max_article_bytes.saturating_add(JSON_LINE_MARGIN) {
            return Err(DocumentError::TooLarge {
                bytes: json.len(),
                max: max_article_bytes,
            });
        }
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|e| DocumentError::Json { message: e.to_string() })?;
        let serde_json::Value::Object(mut object) = value else {
            return Err(DocumentError::NotAnObject);
        };
        // Each field is taken out of the object, not copied: the text is held once.
        let mut string = |field: &'static str| -> Result<Option<String>, DocumentError> {
            match object.remove(field) {
                None | Some(serde_json::Value::Null) => Ok(None),
                Some(serde_json::Value::String(s)) => Ok(Some(s)),
                Some(serde_json::Value::Number(n)) if field == "id" => Ok(Some(n.to_string())),
                Some(_) => Err(DocumentError::NotAString { field }),
            }
        };
        let text = string("text")?.ok_or(DocumentError::Missing { field: "text" })?;
        if text.len() > max_article_bytes {
            return Err(DocumentError::TooLarge {
                bytes: text.len(),
                max: max_article_bytes,
            });
        }
        let published = string("published")?.ok_or(DocumentError::Missing { field: "published" })?;
        let anchor: Anchor = published.parse().map_err(|source| DocumentError::Date {
            value: published.clone(),
            source,
        })?;
        Ok(Document {
            id: string("id")?.unwrap_or_else(|| format!("line-{line}")),
            url: string("url")?,
            outlet: string("outlet")?,
            published: anchor.date(),
            text,
        })
    }

    /// Where the document came from, without its text.
    ///
    /// # Example
    ///
    /// ```
    /// let doc = tarikh::timeline::Document::new("d1", "2024-12-06".parse()?, "").with_outlet("Levant Wire");
    /// assert_eq!(doc.origin().outlet.as_deref(), Some("Levant Wire"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn origin(&self) -> Origin {
        Origin {
            id: self.id.clone(),
            url: self.url.clone(),
            outlet: self.outlet.clone(),
            published: self.published,
        }
    }
}

/// Where a document came from: everything of a [`Document`] but its text.
///
/// # Example
///
/// ```
/// use tarikh::timeline::Origin;
///
/// let origin = Origin { id: "d1".into(), url: None, outlet: Some("Levant Wire".into()), published: "2024-12-06".parse()? };
/// assert_eq!(origin.id, "d1");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    /// The document's id.
    pub id: String,
    /// Its URL.
    pub url: Option<String>,
    /// Its outlet.
    pub outlet: Option<String>,
    /// Its publication date.
    pub published: NaiveDate,
}

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
    /// ([`MAX_ARTICLE_BYTES`](crate::input::MAX_ARTICLE_BYTES) by default); a longer one is refused with
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

/// An event waiting to be merged and sorted.
#[derive(Debug, Clone)]
struct Pending {
    document: usize,
    position: usize,
    event: Event,
}

/// Collects documents and articles, then merges and sorts their events into a [`Timeline`].
///
/// # Example
///
/// ```
/// use tarikh::events::Extractor;
/// use tarikh::timeline::{Document, Timeline, TimelineConfig};
///
/// let extractor = Extractor::new();
/// let mut builder = Timeline::builder().config(TimelineConfig { merge_threshold: 2.0, ..TimelineConfig::default() });
/// let text = "وقال لافروف إن الوضع خطير.";
/// builder.add_document(&extractor, &Document::new("a", "2024-12-06".parse()?, text))?;
/// builder.add_document(&extractor, &Document::new("b", "2024-12-06".parse()?, text))?;
/// assert_eq!(builder.build().len(), 2, "a threshold above 1 merges nothing");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct TimelineBuilder {
    config: TimelineConfig,
    documents: Vec<Origin>,
    pending: Vec<Pending>,
}

impl TimelineBuilder {
    /// An empty builder.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::timeline::{TimelineBuilder, TimelineConfig};
    /// assert!(TimelineBuilder::new(TimelineConfig::default()).build().is_empty());
    /// ```
    pub fn new(config: TimelineConfig) -> TimelineBuilder {
        TimelineBuilder {
            config,
            documents: Vec::new(),
            pending: Vec::new(),
        }
    }

    /// Uses `config`.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::events::Extractor;
    /// use tarikh::timeline::{Document, Timeline, TimelineConfig};
    ///
    /// let extractor = Extractor::new();
    /// let day = "2024-12-06".parse()?;
    /// let docs = [
    ///     Document::new("a", day, "قال لافروف اليوم إن على الأطراف العودة إلى طاولة الحوار."),
    ///     Document::new("b", day, "وقال لافروف إن على الأطراف العودة إلى طاولة الحوار في جنيف."),
    /// ];
    /// let events = |merge_threshold| -> Result<usize, tarikh::DocumentError> {
    ///     let mut builder = Timeline::builder().config(TimelineConfig { merge_threshold, ..TimelineConfig::default() });
    ///     for doc in &docs {
    ///         builder.add_document(&extractor, doc)?;
    ///     }
    ///     Ok(builder.build().len())
    /// };
    /// assert_eq!(events(0.5)?, 1); // one statement, told by two outlets
    /// assert_eq!(events(1.1)?, 2); // above 1, nothing is merged
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn config(mut self, config: TimelineConfig) -> TimelineBuilder {
        self.config = config;
        self
    }

    /// Reads `document` with `extractor` and adds its events; returns how many.
    ///
    /// # Errors
    ///
    /// [`DocumentError::Date`] when the publication date is outside the years the crate resolves;
    /// [`DocumentError::TooLarge`] when the text is longer than [`TimelineConfig::max_article_bytes`].
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::timeline::{Document, Timeline};
    ///
    /// let mut builder = Timeline::builder();
    /// let doc = Document::new("d1", "2024-12-06".parse()?, "وقصفت قوات النظام مدينة حلب أمس.");
    /// assert_eq!(builder.add_document(&tarikh::events::Extractor::new(), &doc)?, 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn add_document(&mut self, extractor: &Extractor, document: &Document) -> Result<usize, DocumentError> {
        if document.text.len() > self.config.max_article_bytes {
            return Err(DocumentError::TooLarge {
                bytes: document.text.len(),
                max: self.config.max_article_bytes,
            });
        }
        let anchor = Anchor::new(document.published).map_err(|source| DocumentError::Date {
            value: document.published.to_string(),
            source,
        })?;
        let article = extractor.extract(&document.text, anchor);
        Ok(self.add_article(document.origin(), article))
    }

    /// Adds the events of an article already read; returns how many.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::timeline::{Document, Timeline};
    ///
    /// let doc = Document::new("d1", "2024-12-06".parse()?, "وقصفت قوات النظام مدينة حلب أمس.");
    /// let article = tarikh::events::Extractor::new().extract(&doc.text, "2024-12-06".parse()?);
    /// let mut builder = Timeline::builder();
    /// assert_eq!(builder.add_article(doc.origin(), article), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn add_article(&mut self, origin: Origin, article: Article) -> usize {
        let document = self.documents.len();
        self.documents.push(origin);
        let added = article.events.len();
        self.pending
            .extend(article.events.into_iter().enumerate().map(|(position, event)| Pending {
                document,
                position,
                event,
            }));
        added
    }

    /// Merges and sorts the events.
    ///
    /// # Example
    ///
    /// ```
    /// let timeline = tarikh::timeline::Timeline::builder().build();
    /// assert!(timeline.documents().is_empty());
    /// ```
    pub fn build(self) -> Timeline {
        let TimelineBuilder {
            config,
            documents,
            pending,
        } = self;
        let clusters = merge(&pending, config.merge_threshold);
        let mut groups: Vec<Group> = clusters
            .into_iter()
            .map(|members| {
                let best = *members
                    .iter()
                    .min_by(|&&a, &&b| better(&pending[a], &pending[b]))
                    .expect("a group has a member");
                let first = members
                    .iter()
                    .map(|&m| (pending[m].document, pending[m].position))
                    .min()
                    .expect("a group has a member");
                Group {
                    key: SortKey::of(pending[best].event.date.as_ref()),
                    first,
                    best,
                    members,
                }
            })
            .collect();
        groups.sort_by(|a, b| a.key.cmp(&b.key).then(a.first.cmp(&b.first)));
        let mut slots: Vec<Option<Pending>> = pending.into_iter().map(Some).collect();
        let events = groups
            .into_iter()
            .enumerate()
            .map(|(i, group)| {
                let mut members = group.members;
                members.sort_by_key(|&m| {
                    let p = slots[m].as_ref().expect("each event is in one group");
                    (p.document, p.position)
                });
                let provenance = members
                    .iter()
                    .map(|&m| {
                        let p = slots[m].as_ref().expect("each event is in one group");
                        let origin = &documents[p.document];
                        Provenance {
                            document: origin.id.clone(),
                            outlet: origin.outlet.clone(),
                            url: origin.url.clone(),
                            published: origin.published,
                            span: p.event.span,
                            via: p.event.via.clone(),
                            date: p.event.date.clone(),
                            text: p.event.text.clone(),
                        }
                    })
                    .collect();
                let best = members.iter().position(|&m| m == group.best).unwrap_or(0);
                let event = slots[group.best].take().expect("each event is in one group").event;
                TimelineEvent {
                    number: i + 1,
                    event,
                    provenance,
                    best,
                }
            })
            .collect();
        Timeline { documents, events }
    }
}

/// A merged event before it is numbered.
struct Group {
    key: SortKey,
    /// The earliest (document, position) of its members.
    first: (usize, usize),
    best: usize,
    members: Vec<usize>,
}

/// Which report of a group speaks for it: the most precise date (a date the text wrote before one inherited or
/// taken from the publication), then the most confident, then the earliest.
fn better(a: &Pending, b: &Pending) -> Ordering {
    let precision = |p: &Pending| {
        let key = SortKey::of(p.event.date.as_ref());
        let basis = p.event.date.as_ref().map_or(3, |d| match d.basis {
            DateBasis::Explicit => 0,
            DateBasis::Inherited => 1,
            DateBasis::Publication => 2,
        });
        (key.undated, key.days, key.minutes, key.rank, basis)
    };
    precision(a)
        .cmp(&precision(b))
        .then(b.event.confidence.total_cmp(&a.event.confidence))
        .then((a.document, a.position).cmp(&(b.document, b.position)))
}

/// Where an event sorts; see the module documentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct SortKey {
    undated: bool,
    first_day: NaiveDate,
    /// Days the span touches.
    days: i64,
    /// Minutes from midnight of the first day to the start of the span.
    offset: i64,
    /// Length of the span in minutes.
    minutes: i64,
    rank: Granularity,
}

impl SortKey {
    fn of(date: Option<&EventDate>) -> SortKey {
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
