//! Reading documents into events and building the merged, ordered timeline.

use std::cmp::Ordering;

use crate::dates::Anchor;
use crate::events::{Article, DateBasis, Event, Extractor};

use super::merge::merge;
use super::order::SortKey;
use super::{Document, DocumentError, Origin, Provenance, Timeline, TimelineConfig, TimelineEvent};

/// An event waiting to be merged and sorted.
#[derive(Debug, Clone)]
pub(super) struct Pending {
    pub(super) document: usize,
    pub(super) position: usize,
    pub(super) event: Event,
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
