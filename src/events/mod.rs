//! Who said or did what, and when: from one article and its publication date to dated, attributed events.
//!
//! An [`Extractor`] is built once (it owns the date finder, the actor catalog, the gazetteer and the
//! attribution vocabulary of `data/attribution/`) and reused across articles and threads. For each article it
//!
//! 1. folds and tokenizes the text once, and finds the date phrases, catalog names and places in it;
//! 2. splits it into sentences (quotations kept whole) and clauses ("، وأضاف", "حيث", "في المقابل" ...);
//! 3. in each clause, finds the event verb (a speech, relay or action verb in any of its agreement forms,
//!    or a verbal noun with a pronoun after "عقب/بعد": "عقب إطلاقها") and its subject: written after the
//!    verb, before it, as a role noun resolved through the catalog at the event's date, as a bare noun
//!    ("السفارة") standing for the latest actor of its kind, as a speaker the catalog does not know ("مصدر
//!    عسكري"), or left implicit and resolved to the latest actor that agrees with the verb;
//! 4. dates the event: the date written in the clause (`explicit`), else the date of the clause it continues
//!    (`inherited`), else the publication date (`publication`).
//!
//! # Example
//!
//! ```
//! use tarikh::events::Extractor;
//!
//! let extractor = Extractor::new();
//! let text = "أكد وزير الخارجية الروسي أمس الخميس ضرورة التهدئة. وأضاف أن بلاده تتابع الوضع.";
//! let article = extractor.extract(text, "2024-12-06".parse()?);
//! let first = &article.events[0];
//! assert_eq!(first.source.as_ref().map(|s| s.name.as_str()), Some("Sergey Lavrov"));
//! assert_eq!(first.date.as_ref().map(|d| d.value.as_str()), Some("2024-12-05"));
//! let second = &article.events[1];
//! assert_eq!(second.source.as_ref().map(|s| s.name.as_str()), Some("Sergey Lavrov"));
//! assert_eq!(second.date.as_ref().map(|d| d.value.as_str()), Some("2024-12-05"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod lexicon;

use std::borrow::Cow;
use std::ops::Range;

use chrono::NaiveDate;
use serde::Serialize;

use crate::actors::{Actor, ActorKind, Catalog, Gender, Target};
use crate::dates::{Anchor, DateFinder, DateMention, Granularity, Located};
use crate::error::InputError;
use crate::places::Gazetteer;
use crate::text::{tokenize, FoldedText, Token, TokenKind};
use lexicon::{Agreement, AttributionLexicon, NounRole, VerbClass, VerbHit};

/// How far back, in tokens, an anaphor ("الوزارة", "السفارة") looks for the actor it stands for: a long news
/// article is about 1,500 words, so the whole of one; the limit keeps a text of megabytes linear.
const ANAPHOR_REACH: usize = 4_000;

/// What kind of event a clause reports, from its verb.
///
/// # Example
///
/// ```
/// use tarikh::events::{EventKind, Extractor};
///
/// let text = "حذرت منظمة الصحة العالمية من انتشار الكوليرا في دير الزور.";
/// let article = Extractor::new().extract(text, "2024-12-06".parse()?);
/// assert_eq!(article.events[0].kind, EventKind::Warning);
/// assert!(article.events[0].kind.is_statement());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// قال، أكد، أضاف ...
    Statement,
    /// أعلن، كشف.
    Announcement,
    /// دعا، طالب، ناشد، نصح.
    Call,
    /// حذر، هدد.
    Warning,
    /// نفى.
    Denial,
    /// اتهم.
    Accusation,
    /// أدان، ندد، استنكر.
    Condemnation,
    /// أطلق (an offensive, an operation).
    OffensiveLaunched,
    /// قصف، استهدف، هاجم، شن.
    Attack,
    /// سيطر، استعاد، دخل.
    TerritoryTaken,
    /// انسحب.
    Withdrawal,
    /// تقدم.
    Advance,
    /// اغتال.
    Assassination,
    /// قتل.
    Killing,
    /// اعتقل.
    Arrest,
    /// التقى، اجتمع، استقبل.
    Meeting,
    /// وقع (an agreement).
    Agreement,
    /// أجلى.
    Evacuation,
    /// قرر، أصدر، أرجأ.
    Decision,
    /// أرسل، نشر.
    Deployment,
}

impl EventKind {
    /// Whether the event is something said rather than done.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::events::EventKind;
    /// assert!(EventKind::Warning.is_statement());
    /// assert!(!EventKind::Attack.is_statement());
    /// ```
    pub fn is_statement(self) -> bool {
        matches!(
            self,
            EventKind::Statement
                | EventKind::Announcement
                | EventKind::Call
                | EventKind::Warning
                | EventKind::Denial
                | EventKind::Accusation
                | EventKind::Condemnation
        )
    }
}

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
    /// The first day the value covers.
    pub first_day: NaiveDate,
    /// The last day the value covers.
    pub last_day: NaiveDate,
    /// What the value is precise to.
    pub granularity: Granularity,
    /// Where the date came from.
    pub basis: DateBasis,
    /// The date phrase it came from, when there is one.
    pub mention: Option<Span>,
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
    pub id: String,
    /// English name (for an ad-hoc speaker, the Arabic phrase).
    pub name: String,
    /// Arabic name.
    pub name_ar: String,
    /// Kind of actor.
    pub kind: ActorKind,
    /// ISO 3166-1 alpha-2 country code, if known.
    pub country: Option<String>,
    /// How the text named it.
    pub recognized_by: Recognition,
    /// The role id, when the text named a role.
    pub role: Option<String>,
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
    pub id: String,
    /// English name.
    pub name: String,
    /// The name as written.
    pub text: String,
    /// `country`, `capital`, `governorate`, `city` ...
    pub kind: String,
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
    /// First-level division.
    pub admin1: String,
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

/// Builds an [`Extractor`] with a catalog, a gazetteer or a dating policy of your own.
///
/// # Example
///
/// ```
/// use tarikh::events::Extractor;
///
/// let extractor = Extractor::builder().date_from_publication(false).build();
/// let article = extractor.extract("وقال مصدر عسكري إن الهجوم فشل.", "2024-12-06".parse()?);
/// assert!(article.events[0].date.is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct ExtractorBuilder {
    catalog: Cow<'static, Catalog>,
    gazetteer: Cow<'static, Gazetteer>,
    date_from_publication: bool,
}

impl ExtractorBuilder {
    /// Uses this catalog instead of the bundled one.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::Catalog;
    /// use tarikh::events::Extractor;
    ///
    /// let catalog = Catalog::bundled().extend(r#"{"actors": [{"id": "x", "name": "X", "name_ar": "مجلس سراقب",
    ///   "kind": "government_body", "country": "SY", "gender": "m"}]}"#)?;
    /// let extractor = Extractor::builder().catalog(catalog).build();
    /// let article = extractor.extract("وأعلن مجلس سراقب فتح المدارس.", "2024-12-06".parse()?);
    /// assert_eq!(article.events[0].source.as_ref().map(|s| s.id.as_str()), Some("x"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn catalog(mut self, catalog: Catalog) -> Self {
        self.catalog = Cow::Owned(catalog);
        self
    }

    /// Uses this gazetteer instead of the bundled one.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::events::Extractor;
    /// use tarikh::places::Gazetteer;
    ///
    /// let tsv = "id\tname\tnames_ar\tkind\tcountry\tadmin1\tlat\tlon\nx\tSaraqib\tسراقب\ttown\tSY\tIdlib\t35.86\t36.8\n";
    /// let extractor = Extractor::builder().gazetteer(Gazetteer::from_tsv(tsv)?).build();
    /// let article = extractor.extract("وقصفت قوات النظام مدينة سراقب.", "2024-12-06".parse()?);
    /// assert_eq!(article.events[0].locations[0].name, "Saraqib");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn gazetteer(mut self, gazetteer: Gazetteer) -> Self {
        self.gazetteer = Cow::Owned(gazetteer);
        self
    }

    /// Whether an event with no date of its own and none to inherit takes the publication date (the
    /// default) or is left undated.
    ///
    /// # Example
    ///
    /// ```
    /// let extractor = tarikh::events::Extractor::builder().date_from_publication(true).build();
    /// let article = extractor.extract("وقال مصدر عسكري إن الهجوم فشل.", "2024-12-06".parse()?);
    /// assert_eq!(article.events[0].date.as_ref().map(|d| d.value.as_str()), Some("2024-12-06"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn date_from_publication(mut self, yes: bool) -> Self {
        self.date_from_publication = yes;
        self
    }

    /// Builds the extractor.
    ///
    /// # Example
    ///
    /// ```
    /// let extractor = tarikh::events::Extractor::builder().build();
    /// assert!(extractor.extract("", "2024-12-06".parse()?).events.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn build(self) -> Extractor {
        Extractor {
            finder: DateFinder::new(),
            catalog: self.catalog,
            gazetteer: self.gazetteer,
            lexicon: AttributionLexicon::bundled(),
            date_from_publication: self.date_from_publication,
        }
    }
}

/// Reads articles into dated, attributed events. Build it once and share it: it is `Send + Sync`.
///
/// # Example
///
/// ```
/// let extractor = tarikh::events::Extractor::new();
/// let article = extractor.extract("وقصفت قوات النظام مدينة حلب أمس.", "2024-12-06".parse()?);
/// assert_eq!(article.events[0].kind, tarikh::events::EventKind::Attack);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct Extractor {
    finder: DateFinder,
    catalog: Cow<'static, Catalog>,
    gazetteer: Cow<'static, Gazetteer>,
    lexicon: AttributionLexicon,
    date_from_publication: bool,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new()
    }
}

/// A subject before its date is known: roles are resolved once the event is dated.
#[derive(Debug, Clone, PartialEq)]
enum Who {
    Actor(usize),
    Role(usize),
    AdHoc {
        text: String,
        gender: Gender,
        kind: ActorKind,
    },
}

#[derive(Debug, Clone)]
struct Subject {
    who: Who,
    how: Recognition,
    tokens: Option<Range<usize>>,
    /// The gender of the words that named it, when they differ from the catalog's ("القوات التركية").
    gender: Option<Gender>,
}

/// A catalog name located on tokens.
#[derive(Debug, Clone, Copy)]
struct NameTok {
    target: Target,
    tokens: (usize, usize),
    /// The name carries a proclitic in its first token ("لوكالة", "بدمشق").
    clitic: bool,
}

/// A clause: a token range in a sentence.
#[derive(Debug, Clone)]
struct Clause {
    tokens: Range<usize>,
    sentence: usize,
}

/// Everything known about one article while it is read.
struct Doc<'a> {
    text: &'a str,
    folded: FoldedText,
    toks: Vec<Token>,
    dates: Vec<Located>,
    /// For each token, the date mention covering it.
    date_at: Vec<Option<usize>>,
    names: Vec<NameTok>,
    /// For each token, the catalog name starting at it.
    name_at: Vec<Option<usize>>,
    /// For each token, whether it stands inside a quotation.
    quoted: Vec<bool>,
    /// For each token, its roles in the attribution vocabulary: the rules ask for them three times a word.
    roles: Vec<&'a [NounRole]>,
}

impl Doc<'_> {
    /// Whether token `i` is a word with a role that `role` accepts.
    fn has(&self, i: usize, role: impl Fn(NounRole) -> bool) -> bool {
        self.roles(i).iter().any(|&r| role(r))
    }

    /// The roles of token `i` in the attribution vocabulary.
    fn roles(&self, i: usize) -> &[NounRole] {
        self.roles.get(i).copied().unwrap_or_default()
    }

    fn word(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) if t.kind == TokenKind::Word => &self.folded.as_str()[t.range()],
            _ => "",
        }
    }

    fn is_punct(&self, i: usize, c: char) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Punct && self.folded.as_str()[t.range()].starts_with(c))
    }

    fn span(&self, tokens: Range<usize>) -> Span {
        let t = &self.toks;
        let r = self
            .folded
            .original_span(t[tokens.start].start as usize..t[tokens.end - 1].end as usize);
        Span {
            start: r.start,
            end: r.end,
        }
    }

    /// Whether a line break stands between tokens `i - 1` and `i`.
    fn line_break_before(&self, i: usize) -> bool {
        i > 0 && self.folded.as_str()[self.toks[i - 1].end as usize..self.toks[i].start as usize].contains('\n')
    }
}

impl Extractor {
    /// An extractor with the bundled catalog and gazetteer, dating undated events by the publication date.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::events::{EventKind, Extractor};
    ///
    /// let extractor = Extractor::new();
    /// let text = "أدانت وزارة الخارجية القطرية قصف مخيم للنازحين في ريف إدلب.";
    /// let article = extractor.extract(text, "2024-12-06".parse()?);
    /// assert_eq!(article.events[0].kind, EventKind::Condemnation);
    /// assert_eq!(article.events[0].source.as_ref().map(|s| s.country.as_deref()), Some(Some("QA")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new() -> Extractor {
        Extractor::builder().build()
    }

    /// A builder to choose the catalog, gazetteer and dating policy.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::events::Extractor;
    ///
    /// let extractor = Extractor::builder().date_from_publication(false).build();
    /// let article = extractor.extract("وقال مصدر عسكري إن الهجوم على ريف حماة فشل.", "2024-12-06".parse()?);
    /// assert!(article.events[0].date.is_none()); // no date in the text, and none taken from the publication
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder {
            catalog: Cow::Borrowed(Catalog::bundled()),
            gazetteer: Cow::Borrowed(Gazetteer::bundled()),
            date_from_publication: true,
        }
    }

    /// The catalog the extractor attributes with.
    ///
    /// # Example
    ///
    /// ```
    /// let extractor = tarikh::events::Extractor::new();
    /// assert!(extractor.catalog().actor("anadolu").is_some());
    /// ```
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// Reads one article published on `published`.
    ///
    /// # Example
    ///
    /// ```
    /// let extractor = tarikh::events::Extractor::new();
    /// let text = "ونقلت وكالة الأناضول تصريحات الرئيس التركي، اليوم الجمعة 6 من كانون الأول.";
    /// let article = extractor.extract(text, "2024-12-06".parse()?);
    /// let event = &article.events[0];
    /// assert_eq!(event.source.as_ref().map(|s| s.id.as_str()), Some("recep-tayyip-erdogan"));
    /// assert_eq!(event.via.as_ref().map(|s| s.id.as_str()), Some("anadolu"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn extract(&self, text: &str, published: Anchor) -> Article {
        let doc = self.read(text, &published);
        let clauses = self.clauses(&doc);
        let events = self.events(&doc, &clauses, &published);
        Article {
            published: published.date(),
            dates: doc.dates.into_iter().map(|l| l.mention).collect(),
            events,
        }
    }

    /// [`extract`](Self::extract) on bytes that may not be valid UTF-8.
    ///
    /// # Errors
    ///
    /// [`InputError::InvalidUtf8`] with the offset of the first invalid byte.
    ///
    /// # Example
    ///
    /// ```
    /// let extractor = tarikh::events::Extractor::new();
    /// let article = extractor.extract_bytes("قال مصدر عسكري إن الهجوم فشل.".as_bytes(), "2024-12-06".parse()?)?;
    /// assert_eq!(article.events.len(), 1);
    /// assert!(extractor.extract_bytes(&[0xFF, 0xFE], "2024-12-06".parse()?).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn extract_bytes(&self, bytes: &[u8], published: Anchor) -> Result<Article, InputError> {
        Ok(self.extract(std::str::from_utf8(bytes)?, published))
    }

    fn read<'a>(&'a self, text: &'a str, published: &Anchor) -> Doc<'a> {
        let folded = FoldedText::new(text);
        let toks = tokenize(folded.as_str());
        let dates = self.finder.locate(text, &folded, &toks, Some(published));
        let mut date_at = vec![None; toks.len()];
        for (d, l) in dates.iter().enumerate() {
            for slot in &mut date_at[l.tokens.clone()] {
                *slot = Some(d);
            }
        }
        let mut names = Vec::new();
        let mut name_at = vec![None; toks.len()];
        for hit in self
            .catalog
            .find_names_on(folded.as_str(), &toks, Some(published.date()))
        {
            let (first, end) = hit.tokens;
            name_at[first] = Some(names.len());
            names.push(NameTok {
                target: hit.target,
                tokens: (first, end),
                clitic: hit.start > toks[first].start as usize,
            });
        }
        let mut quoted = vec![false; toks.len()];
        let mut open = false;
        for i in 0..toks.len() {
            let t = &toks[i];
            if i > 0 && folded.as_str()[toks[i - 1].end as usize..t.start as usize].contains('\n') {
                open = false;
            }
            if t.kind == TokenKind::Punct && &folded.as_str()[t.range()] == "\"" {
                open = !open;
                quoted[i] = true;
                continue;
            }
            quoted[i] = open;
        }
        let roles = toks
            .iter()
            .map(|t| match t.kind {
                TokenKind::Word => self.lexicon.noun(&folded.as_str()[t.range()]),
                _ => &[],
            })
            .collect();
        Doc {
            text,
            folded,
            toks,
            dates,
            date_at,
            names,
            name_at,
            quoted,
            roles,
        }
    }

    /// The verb form a token holds, if any.
    fn verb_at(&self, doc: &Doc, i: usize) -> Option<VerbHit> {
        let word = doc.word(i);
        if word.is_empty() || doc.quoted[i] || doc.date_at[i].is_some() {
            return None;
        }
        let hit = self.lexicon.verb(word)?;
        if let Some(after) = self.lexicon.verb_needs(word) {
            // Within the next words of the sentence, past a subject of a dozen words ("عبر وزير الخارجية
            // الروسي سيرغي لافروف عن قلقه").
            let followed = (i + 1..(i + 16).min(doc.toks.len()))
                .take_while(|&j| !doc.is_punct(j, '.'))
                .any(|j| doc.word(j) == after);
            if !followed {
                return None;
            }
        }
        // After a preposition a verb form is a noun ("في وجه"); after a relative pronoun it heads a relative
        // clause ("التي سيطر عليها"), not an event of its own.
        let prev = i.checked_sub(1).map_or("", |p| doc.word(p));
        let blocked = i > 0 && doc.has(i - 1, |r| matches!(r, NounRole::Preposition | NounRole::Relative));
        if blocked && !hit.masdar {
            return None;
        }
        // A form that is also a common noun ("قصف مدفعي", "تقدم ملحوظ") is a verb only before what a verb
        // takes: a definite word, a name, a date or a quotation.
        if !hit.masdar && doc.has(i, |r| r == NounRole::Homograph) && !matches!(prev, "قد" | "لقد") {
            let next = i + 1;
            let takes = doc.word(next).starts_with("ال")
                || doc.name_at.get(next).copied().flatten().is_some()
                || doc.date_at.get(next).copied().flatten().is_some()
                || doc.is_punct(next, '"')
                || doc.is_punct(next, ',');
            if !takes {
                return None;
            }
        }
        Some(hit)
    }

    fn is_speech_verb(&self, doc: &Doc, i: usize) -> bool {
        self.verb_at(doc, i)
            .is_some_and(|h| !h.masdar && self.lexicon.verbs[h.verb].class != VerbClass::Action)
    }

    /// Sentences, then clauses: a new clause starts at "، و" + a verb, "، " + a speech verb, or a clause
    /// opener ("حيث", "بينما", "في المقابل") before a verb. Inside the content of a statement only a new
    /// speech verb starts a clause.
    fn clauses(&self, doc: &Doc) -> Vec<Clause> {
        let mut sentences: Vec<Range<usize>> = Vec::new();
        let mut start = 0;
        for i in 0..doc.toks.len() {
            if i > start && doc.line_break_before(i) {
                sentences.push(start..i);
                start = i;
            }
            let end = !doc.quoted[i]
                && (doc.is_punct(i, '.') || doc.is_punct(i, '?') || doc.is_punct(i, '!') || doc.is_punct(i, ';'))
                && !(doc.is_punct(i, '.')
                    && doc
                        .toks
                        .get(i + 1)
                        .is_some_and(|t| t.kind == TokenKind::Number && !t.spaced));
            if end {
                sentences.push(start..i + 1);
                start = i + 1;
            }
        }
        if start < doc.toks.len() {
            sentences.push(start..doc.toks.len());
        }
        let mut clauses = Vec::new();
        for (s, sentence) in sentences.into_iter().enumerate() {
            let mut from = sentence.start;
            let mut in_content = false;
            let mut seen_verb = false;
            for i in sentence.clone() {
                if doc.quoted[i] {
                    continue;
                }
                if seen_verb && (doc.has(i, |r| r == NounRole::Complementizer) || doc.is_punct(i, ':')) {
                    in_content = true;
                }
                let split_at = if i > from && doc.is_punct(i, ',') {
                    let next = i + 1;
                    let verb = self.verb_at(doc, next).filter(|h| !h.masdar);
                    let speech = self.is_speech_verb(doc, next);
                    let opener = self.opener_len(doc, next);
                    let after_opener = opener.map(|n| next + n);
                    let opened_verb = after_opener.is_some_and(|k| {
                        (k..k + 3).any(|j| {
                            self.verb_at(doc, j).is_some_and(|h| !h.masdar)
                                && (!in_content || self.is_speech_verb(doc, j))
                        })
                    });
                    let conj = doc.word(next).starts_with('و') || doc.word(next).starts_with('ف');
                    (speech || opened_verb || (verb.is_some() && conj && !in_content)).then_some(next)
                } else if i > from && !in_content && self.opener_len(doc, i).is_some() {
                    let k = i + self.opener_len(doc, i).unwrap_or(1);
                    (k..k + 3)
                        .any(|j| self.verb_at(doc, j).is_some_and(|h| !h.masdar))
                        .then_some(i)
                } else if i > from && seen_verb && !in_content && self.subordinate_deed(doc, i) {
                    Some(i)
                } else {
                    None
                };
                if let Some(at) = split_at {
                    if at > from && at < sentence.end {
                        clauses.push(Clause {
                            tokens: from..at,
                            sentence: s,
                        });
                        from = at;
                        in_content = false;
                        seen_verb = false;
                    }
                }
                if self.verb_at(doc, i).is_some_and(|h| !h.masdar) {
                    seen_verb = true;
                }
            }
            if from < sentence.end {
                clauses.push(Clause {
                    tokens: from..sentence.end,
                    sentence: s,
                });
            }
        }
        clauses
    }

    /// Whether a temporal subordinate clause with a deed of its own starts at `i`: "بعد أن بدأت موسكو ...",
    /// "عقب إطلاقها ...". It is an event of its own, dated by its own date phrase.
    fn subordinate_deed(&self, doc: &Doc, i: usize) -> bool {
        if !doc.has(i, |r| r == NounRole::TemporalPreposition) {
            return false;
        }
        let next = i + 1;
        if self.verb_at(doc, next).is_some_and(|h| h.masdar) {
            return true;
        }
        let that = matches!(doc.word(next), "ان" | "بان");
        that && self.verb_at(doc, next + 1).is_some_and(|h| !h.masdar)
    }

    /// The length in tokens of a clause opener at `i`.
    fn opener_len(&self, doc: &Doc, i: usize) -> Option<usize> {
        if doc.has(i, |r| r == NounRole::ClauseOpener) {
            return Some(1);
        }
        if !self.lexicon.starts_phrase(doc.word(i)) {
            return None;
        }
        let words: Vec<&str> = (i..(i + 3).min(doc.toks.len())).map(|j| doc.word(j)).collect();
        match self.lexicon.phrase(&words) {
            Some((n, NounRole::ClauseOpener)) => Some(n),
            _ => None,
        }
    }

    fn gender_of(&self, who: &Who, day: NaiveDate) -> Option<Gender> {
        match who {
            Who::Actor(i) => Some(self.catalog.actor_at(*i).gender),
            Who::Role(r) => self.catalog.holder_of(self.catalog.role_at(*r), day).map(|a| a.gender),
            Who::AdHoc { gender, .. } => Some(*gender),
        }
    }

    fn kind_of(&self, who: &Who, day: NaiveDate) -> Option<ActorKind> {
        match who {
            Who::Actor(i) => Some(self.catalog.actor_at(*i).kind),
            Who::Role(r) => self.catalog.holder_of(self.catalog.role_at(*r), day).map(|a| a.kind),
            Who::AdHoc { kind, .. } => Some(*kind),
        }
    }

    /// The catalog actor a subject stands for on a day, if it is one.
    fn actor_of<'c>(&'c self, who: &Who, day: NaiveDate) -> Option<&'c Actor> {
        match who {
            Who::Actor(i) => Some(self.catalog.actor_at(*i)),
            Who::Role(r) => self.catalog.holder_of(self.catalog.role_at(*r), day),
            Who::AdHoc { .. } => None,
        }
    }

    fn same_actor(&self, a: &Who, b: &Who, day: NaiveDate) -> bool {
        match (self.actor_of(a, day), self.actor_of(b, day)) {
            (Some(x), Some(y)) => x.id == y.id,
            _ => a == b,
        }
    }

    /// The subject a catalog name gives, with a role followed by its holder's name read as one person
    /// ("وزير الخارجية الروسي، سيرغي لافروف").
    fn subject_from_name(&self, doc: &Doc, n: usize) -> (Subject, usize) {
        let name = doc.names[n];
        let (first, mut end) = name.tokens;
        let mut who = match name.target {
            Target::Actor(a) => Who::Actor(a),
            Target::Role(r) => Who::Role(r),
        };
        let mut how = match name.target {
            Target::Actor(_) => Recognition::Name,
            Target::Role(_) => Recognition::Role,
        };
        if let Target::Role(_) = name.target {
            let k = if doc.is_punct(end, ',') { end + 1 } else { end };
            if let Some(m) = doc.name_at.get(k).copied().flatten() {
                if let Target::Actor(a) = doc.names[m].target {
                    if self.catalog.actor_at(a).kind == ActorKind::Person {
                        who = Who::Actor(a);
                        how = Recognition::Name;
                        end = doc.names[m].tokens.1;
                    }
                }
            }
        }
        let gender = match who {
            Who::Actor(a) if self.catalog.actor_at(a).kind != ActorKind::Person => {
                Some(written_gender(doc, first, self.catalog.actor_at(a).gender))
            }
            _ => None,
        };
        (
            Subject {
                who,
                how,
                tokens: Some(first..end),
                gender,
            },
            end,
        )
    }

    /// A speaker the catalog does not know: the head noun and up to four words after it, up to a comma, a
    /// preposition, a complementizer, a date or a verb.
    fn adhoc(&self, doc: &Doc, head: usize, limit: usize, gender: Gender) -> (Subject, usize) {
        let mut end = head + 1;
        // The title of an outlet the catalog does not know, in quotation marks: 'صحيفة "الوطن"'.
        if is_media_head(doc.word(head)) && doc.is_punct(end, '"') {
            if let Some(close) = (end + 2..(end + 7).min(limit)).find(|&j| doc.is_punct(j, '"')) {
                end = close + 1;
            }
        }
        let stop_at = end + 4;
        while end < limit && end < stop_at {
            let w = doc.word(end);
            let stop = w.is_empty()
                || doc.date_at[end].is_some()
                || self.verb_at(doc, end).is_some()
                || doc.has(end, |r| {
                    matches!(
                        r,
                        NounRole::Complementizer | NounRole::SubjectSkip | NounRole::Via | NounRole::StatementNoun
                    )
                })
                || (doc.has(end, |r| r == NounRole::Preposition) && w != "باسم")
                || (w.starts_with('ل') && !w.starts_with("ال") && doc.name_at[end].is_none_or(|n| doc.names[n].clitic));
            if stop {
                break;
            }
            end += 1;
        }
        let span = doc.span(head..end);
        let text = doc.text[span.start..span.end].to_string();
        let kind = if self
            .lexicon
            .has(doc.word(head), |r| matches!(r, NounRole::SpeakerHead(_)))
            && is_media_head(doc.word(head))
        {
            ActorKind::Media
        } else {
            ActorKind::AdHoc
        };
        (
            Subject {
                who: Who::AdHoc { text, gender, kind },
                how: Recognition::AdHoc,
                tokens: Some(head..end),
                gender: Some(gender),
            },
            end,
        )
    }

    /// [`subject_from_name`](Self::subject_from_name) for a name that a title or head noun at `head` stands
    /// before: the subject's tokens start at the head.
    fn subject_from_name_after(&self, doc: &Doc, head: usize, n: usize) -> (Subject, usize) {
        let (s, end) = self.subject_from_name(doc, n);
        (
            Subject {
                tokens: Some(head..end),
                ..s
            },
            end,
        )
    }

    /// Whether token `j` may be a word of a personal name the catalog does not know: a word without the
    /// article that is no date, name, verb or vocabulary word.
    fn may_be_personal_name(&self, doc: &Doc, j: usize) -> bool {
        let word = doc.word(j);
        !word.is_empty()
            && !word.starts_with("ال")
            && !word.starts_with("لل")
            && word.chars().count() >= 2
            && doc.roles(j).is_empty()
            && doc.date_at[j].is_none()
            && doc.name_at[j].is_none()
            && !doc.quoted[j]
            && self.verb_at(doc, j).is_none()
    }

    /// The latest actor of a kind named before token `before`, or the previous source if it is one. The
    /// search goes back [`ANAPHOR_REACH`] tokens at most.
    fn anaphor(
        &self,
        doc: &Doc,
        before: usize,
        kind: ActorKind,
        day: NaiveDate,
        previous: Option<&Subject>,
    ) -> Option<Subject> {
        if let Some(p) = previous {
            if self.kind_of(&p.who, day) == Some(kind) {
                return Some(Subject {
                    how: Recognition::Anaphor,
                    ..p.clone()
                });
            }
        }
        let end = doc.names.partition_point(|n| n.tokens.1 <= before);
        let reach = before.saturating_sub(ANAPHOR_REACH);
        doc.names[..end]
            .iter()
            .rev()
            .take_while(|n| n.tokens.0 >= reach)
            .find_map(|n| {
                let who = match n.target {
                    Target::Actor(a) => Who::Actor(a),
                    Target::Role(r) => Who::Role(r),
                };
                (self.kind_of(&who, day) == Some(kind)).then_some(Subject {
                    who,
                    how: Recognition::Anaphor,
                    tokens: None,
                    gender: None,
                })
            })
    }

    /// The subject written after the verb at `v`, scanning up to the content of the statement.
    fn subject_after(
        &self,
        doc: &Doc,
        v: usize,
        limit: usize,
        day: NaiveDate,
        previous: Option<&Subject>,
    ) -> Option<(Subject, usize)> {
        let mut k = v + 1;
        let limit = limit.min(v + 10);
        while k < limit {
            if let Some(d) = doc.date_at[k] {
                k = doc.dates[d].tokens.end;
                continue;
            }
            if let Some(n) = doc.name_at[k] {
                return Some(self.subject_from_name(doc, n));
            }
            if doc.is_punct(k, ',') || doc.is_punct(k, '"') || doc.is_punct(k, '(') || doc.is_punct(k, ')') {
                k += 1;
                continue;
            }
            let word = doc.word(k);
            if word.is_empty() {
                return None;
            }
            for &role in doc.roles(k) {
                match role {
                    NounRole::Anaphor(kind, _) if word.contains("ال") && doc.word(k + 1) != "باسم" => {
                        // A title before the name of one of its kind is an apposition: "الرئيس الأسد",
                        // "الوزير لافروف" name the actor, not the latest person of the text.
                        let named = doc.name_at.get(k + 1).copied().flatten().filter(|&n| {
                            !doc.names[n].clitic && self.kind_of(&who_of(doc.names[n].target), day) == Some(kind)
                        });
                        if let Some(n) = named {
                            return Some(self.subject_from_name_after(doc, k, n));
                        }
                        if let Some(s) = self.anaphor(doc, k, kind, day, previous) {
                            return Some((
                                Subject {
                                    tokens: Some(k..k + 1),
                                    ..s
                                },
                                k + 1,
                            ));
                        }
                    }
                    NounRole::Document => {
                        if let Some(p) = previous {
                            return Some((
                                Subject {
                                    how: Recognition::Anaphor,
                                    tokens: Some(k..k + 1),
                                    ..p.clone()
                                },
                                k + 1,
                            ));
                        }
                    }
                    NounRole::SpeakerHead(gender) => {
                        // A head noun before catalog names is part of them: "وكالة “الأناضول”", "رئيس مجلس
                        // الوزراء محمد غازي الجلالي", "وكيل الأمين العام ... مارتن غريفيث". A person named
                        // in the phrase is the speaker; else the first body named.
                        let phrase_end = self.adhoc(doc, k, limit, gender).1;
                        let window = (k + 1..(k + 9).min(limit)).take_while(|&j| {
                            doc.is_punct(j, '"')
                                || !(doc.toks[j].kind == TokenKind::Punct
                                    || doc.date_at[j].is_some()
                                    || self.verb_at(doc, j).is_some()
                                    || doc.has(j, |r| r == NounRole::Complementizer))
                        });
                        let names: Vec<usize> = window.filter_map(|j| doc.name_at[j]).collect();
                        let person = names.iter().copied().find(|&n| {
                            matches!(doc.names[n].target, Target::Actor(a) if self.catalog.actor_at(a).kind == ActorKind::Person)
                        });
                        let body = names.first().copied().filter(|&n| {
                            let name = &doc.names[n];
                            !name.clitic
                                && !dative_before(doc, name.tokens.0)
                                && (name.tokens.0 < phrase_end || doc.is_punct(name.tokens.0 - 1, '"'))
                        });
                        // A person the catalog does not know, named after the body they speak for:
                        // "المتحدثة باسم البيت الأبيض كارولين ليفيت" is the spokeswoman, not the White House.
                        if let (None, Some(n)) = (person, body) {
                            let after = doc.names[n].tokens.1;
                            let name_end = (after..(after + 3).min(limit))
                                .find(|&j| !self.may_be_personal_name(doc, j))
                                .unwrap_or((after + 3).min(limit));
                            if name_end >= after + 2 {
                                let span = doc.span(k..name_end);
                                let who = Who::AdHoc {
                                    text: doc.text[span.start..span.end].to_string(),
                                    gender,
                                    kind: ActorKind::Person,
                                };
                                let subject = Subject {
                                    who,
                                    how: Recognition::AdHoc,
                                    tokens: Some(k..name_end),
                                    gender: Some(gender),
                                };
                                return Some((subject, name_end));
                            }
                        }
                        if let Some(n) = person.or(body) {
                            return Some(self.subject_from_name_after(doc, k, n));
                        }
                        return Some(self.adhoc(doc, k, limit, gender));
                    }
                    _ => {}
                }
            }
            if doc.has(k, |r| r == NounRole::SubjectSkip) {
                // The object of a preposition ("في دمشق", "خلال مؤتمر") is not the subject either.
                let preposition = doc.has(k, |r| r == NounRole::Preposition);
                k += 1;
                if preposition {
                    k = match doc.name_at.get(k).copied().flatten() {
                        Some(n) => doc.names[n].tokens.1,
                        None if doc.date_at.get(k).copied().flatten().is_none() => k + 1,
                        None => k,
                    };
                }
                continue;
            }
            return None;
        }
        None
    }

    /// A catalog name just before the verb in its clause ("السفارة الروسية طالبت").
    fn subject_before(&self, doc: &Doc, clause: &Clause, v: usize) -> Option<Subject> {
        // Names are in text order: the last one ending before the verb is the only candidate.
        let n = doc
            .names
            .partition_point(|n| n.tokens.1 <= v)
            .checked_sub(1)
            .filter(|&n| doc.names[n].tokens.0 >= clause.tokens.start)?;
        // "قصف مدفعي لقوات النظام استهدف ...": the "ل" of a deed's agent, not of an object.
        let name = &doc.names[n];
        let agent = name.clitic
            && doc.word(name.tokens.0).starts_with('ل')
            && (name.tokens.0.saturating_sub(2)..name.tokens.0).any(|j| doc.has(j, |r| r == NounRole::DeedNoun));
        if !agent && self.object_position(doc, name) {
            return None;
        }
        let between = doc.names[n].tokens.1..v;
        let close = between.clone().all(|j| {
            doc.is_punct(j, ',')
                || doc.is_punct(j, '"')
                || doc.has(j, |r| matches!(r, NounRole::SubjectSkip | NounRole::Auxiliary))
        });
        (close && between.len() <= 2).then(|| self.subject_from_name(doc, n).0)
    }

    /// The subject left implicit: the previous speaker if it spoke earlier in the same sentence, else the
    /// latest actor of the sentence standing as a subject that agrees with the verb, else the previous
    /// speaker, else the latest agreeing subject of the text.
    #[allow(clippy::too_many_arguments)]
    fn implicit(
        &self,
        doc: &Doc,
        sentence_start: usize,
        v: usize,
        agreement: Agreement,
        day: NaiveDate,
        previous_here: Option<&Subject>,
        previous: Option<&Subject>,
    ) -> Option<Subject> {
        let agreeing = |p: Option<&Subject>| {
            p.filter(|p| {
                p.gender
                    .or_else(|| self.gender_of(&p.who, day))
                    .is_some_and(|g| agreement.accepts(g))
            })
            .map(|p| Subject {
                how: Recognition::Implicit,
                tokens: None,
                ..p.clone()
            })
        };
        let before_verb = &doc.names[..doc.names.partition_point(|n| n.tokens.1 <= v)];
        let candidate = |lo: usize| {
            before_verb
                .iter()
                .rev()
                .take_while(|n| n.tokens.0 >= lo)
                .filter(|n| self.subjectish(doc, n))
                .find_map(|n| {
                    let g = self.hit_gender(doc, n, day)?;
                    agreement.accepts(g).then(|| Subject {
                        who: who_of(n.target),
                        how: Recognition::Implicit,
                        tokens: None,
                        gender: None,
                    })
                })
        };
        agreeing(previous_here)
            .or_else(|| candidate(sentence_start))
            .or_else(|| agreeing(previous))
            .or_else(|| candidate(0))
    }

    /// Whether a name may be the subject a later verb leaves implicit: not the object of a preposition
    /// ("في سوريا", "شمال شرقي سوريا", "بدمشق"), not a relay's outlet ("بحسب ما نقلت وكالة X"), not inside a
    /// quotation or the content of a statement ("قال إن روسيا ...").
    fn subjectish(&self, doc: &Doc, n: &NameTok) -> bool {
        let first = n.tokens.0;
        if doc.quoted[first] || self.object_position(doc, n) {
            return false;
        }
        let mut k = first;
        while k > 0 && !doc.line_break_before(k) {
            k -= 1;
            if doc.is_punct(k, '.') || doc.is_punct(k, '?') || doc.is_punct(k, '!') || doc.is_punct(k, ';') {
                return true;
            }
            if doc.is_punct(k, ':') {
                return false;
            }
            let w = doc.word(k);
            if doc.has(k, |r| r == NounRole::Complementizer) {
                return false;
            }
            if self.verb_at(doc, k).is_some_and(|h| !h.masdar)
                || self
                    .lexicon
                    .has(w, |r| matches!(r, NounRole::Auxiliary | NounRole::ClauseOpener))
            {
                return true;
            }
        }
        true
    }

    /// Whether a name is the object of a preposition ("في سوريا", "شمال شرقي سوريا", "بدمشق", "وفي دمشق") or
    /// a relay's outlet ("بحسب ما نقلت وكالة X").
    fn object_position(&self, doc: &Doc, n: &NameTok) -> bool {
        let first = n.tokens.0;
        let word = doc.word(first);
        (matches!(word.chars().next(), Some('ب' | 'ل' | 'ك')) && !word.starts_with("ال"))
            || (first > 0 && doc.has(first - 1, |r| r == NounRole::Preposition))
            || (first.saturating_sub(3)..first).any(|j| doc.has(j, |r| r == NounRole::Via))
    }

    /// The grammatical gender of a name as written (see [`written_gender`]); persons keep the catalog's.
    fn hit_gender(&self, doc: &Doc, n: &NameTok, day: NaiveDate) -> Option<Gender> {
        let who = who_of(n.target);
        let catalog_gender = self.gender_of(&who, day)?;
        if self.kind_of(&who, day) == Some(ActorKind::Person) {
            return Some(catalog_gender);
        }
        Some(written_gender(doc, n.tokens.0, catalog_gender))
    }

    /// The outlet a clause names as the channel of its content: "لوكالة X", "بحسب X", "نقلا عن X".
    fn via_in(&self, doc: &Doc, range: Range<usize>) -> Option<Subject> {
        for k in range.clone() {
            let Some(n) = doc.name_at[k] else { continue };
            let name = doc.names[n];
            let Target::Actor(a) = name.target else {
                continue;
            };
            if self.catalog.actor_at(a).kind != ActorKind::Media {
                continue;
            }
            let word = doc.word(k);
            let dative = (word.starts_with('ل') && !word.starts_with("ال")) || dative_before(doc, k);
            // "بحسب X", "نقلا عن X", and with the outlet's verb between: "وفق ما أفادت به X".
            let after_via = (k.saturating_sub(5)..k)
                .rev()
                .take_while(|&j| doc.toks[j].kind == TokenKind::Word)
                .any(|j| doc.has(j, |r| r == NounRole::Via));
            let head_dative = k > range.start && {
                let prev = doc.word(k - 1);
                prev.strip_prefix('ل')
                    .is_some_and(|rest| self.lexicon.has(rest, |r| matches!(r, NounRole::SpeakerHead(_))))
            };
            if dative || after_via || head_dative {
                return Some(self.subject_from_name(doc, n).0);
            }
        }
        None
    }

    fn events(&self, doc: &Doc, clauses: &[Clause], published: &Anchor) -> Vec<Event> {
        let day0 = published.date();
        let places = self.gazetteer.find_folded(&doc.folded, &doc.toks);
        let mut events = Vec::new();
        let mut previous: Option<Subject> = None;
        // The date the last clause stood at, for the clauses that continue it.
        // The date the last clause stood at and the sentence it stood in.
        let mut carried: Option<(usize, usize)> = None;
        let mut previous_sentence = usize::MAX;
        for clause in clauses {
            let range = clause.tokens.clone();
            // The event verb: the first finite verb of the clause, else a verbal noun after "عقب/بعد".
            let verb = range
                .clone()
                .find_map(|i| self.verb_at(doc, i).filter(|h| !h.masdar).map(|h| (i, h)))
                .or_else(|| {
                    range.clone().find_map(|i| {
                        let hit = self.verb_at(doc, i).filter(|h| h.masdar)?;
                        let prev = i.checked_sub(1)?;
                        self.lexicon
                            .has(doc.word(prev), |r| r == NounRole::TemporalPreposition)
                            .then_some((i, hit))
                    })
                });
            let content = verb.map_or(range.end, |(v, h)| self.content_start(doc, v, range.end, h));
            let in_clause_date = |limit: usize| {
                (range.start..limit)
                    .filter_map(|i| doc.date_at[i].filter(|_| !doc.quoted[i]))
                    .find(|&d| doc.dates[d].mention.value.is_some())
            };
            let explicit = match verb {
                Some((_, h)) if !h.masdar && self.lexicon.verbs[h.verb].class != VerbClass::Action => {
                    in_clause_date(content)
                }
                _ => in_clause_date(range.end),
            };
            let Some((v, hit)) = verb else {
                if let Some(d) = in_clause_date(range.end) {
                    carried = Some((d, clause.sentence));
                }
                continue;
            };
            let verb_info = &self.lexicon.verbs[hit.verb];
            // Subject: after the verb, before it, implicit; relays look for the original speaker.
            let rough_day = explicit
                .and_then(|d| doc.dates[d].mention.value.as_ref().map(|t| t.first_day))
                .unwrap_or(day0);
            // A name right before a verb without a conjunction is its subject ("وكانت أنقرة قد أطلقت"); before
            // "وبحث" it is the object of the verb before.
            let conjoined =
                lexicon::strip_conjunction(doc.word(v)).is_some_and(|rest| self.lexicon.verb(rest).is_some());
            let before = (!hit.masdar && !conjoined)
                .then(|| self.subject_before(doc, clause, v))
                .flatten();
            let after = if hit.masdar {
                None
            } else if let Some(s) = before {
                Some((s, v + 1))
            } else {
                self.subject_after(doc, v, content, rough_day, previous.as_ref())
            };
            let (mut subject, subject_end) = match after {
                Some((s, end)) => (Some(s), end),
                None => (
                    self.subject_before(doc, clause, v).or_else(|| {
                        // Clauses are in text order: the first of this sentence by binary search.
                        let sentence_start = clauses
                            .get(clauses.partition_point(|c| c.sentence < clause.sentence))
                            .filter(|c| c.sentence == clause.sentence)
                            .map_or(range.start, |c| c.tokens.start);
                        let here = previous.as_ref().filter(|_| previous_sentence == clause.sentence);
                        self.implicit(
                            doc,
                            sentence_start,
                            v,
                            hit.agreement,
                            rough_day,
                            here,
                            previous.as_ref(),
                        )
                    }),
                    v + 1,
                ),
            };
            let mut via = None;
            let media_subject = subject
                .as_ref()
                .is_some_and(|s| self.kind_of(&s.who, rough_day) == Some(ActorKind::Media));
            if verb_info.class == VerbClass::Relay || (verb_info.class == VerbClass::Speech && media_subject) {
                if let Some(original) = self.relayed_speaker(doc, subject_end, range.end, rough_day) {
                    via = subject.take();
                    subject = Some(original);
                }
            }
            if via.is_none() {
                let scope = if verb_info.class == VerbClass::Action {
                    range.clone()
                } else {
                    subject_end.min(content)..content
                };
                via = self.via_in(doc, scope).filter(|v| {
                    subject
                        .as_ref()
                        .is_none_or(|s| !self.same_actor(&s.who, &v.who, rough_day))
                });
                if via.is_none() {
                    via = self.via_in(doc, range.clone()).filter(|v| {
                        subject
                            .as_ref()
                            .is_none_or(|s| !self.same_actor(&s.who, &v.who, rough_day))
                            && v.tokens.as_ref().is_some_and(|t| t.start >= content)
                            && self.via_word_before(doc, v)
                    });
                }
            }
            let Some(subject) = subject else { continue };
            // Dating: explicit, else inherited from the clause this one continues (a clause of the same
            // sentence, or one whose subject is left implicit, is a bare noun for an actor already named, or
            // is the previous speaker again), else publication. A date after منذ/حتى bounds a state ("تدور
            // منذ الأحد اشتباكات") and is not passed on.
            let then = range.clone().any(|k| doc.has(k, |r| r == NounRole::Then));
            let same_sentence = carried.is_some_and(|(_, s)| s == clause.sentence);
            let continues = then
                || same_sentence
                || match subject.how {
                    Recognition::Implicit | Recognition::Anaphor => true,
                    _ => previous
                        .as_ref()
                        .is_some_and(|p| self.same_actor(&p.who, &subject.who, rough_day)),
                };
            let passable = |d: usize| {
                !matches!(
                    doc.dates[d].mention.modifier,
                    Some(crate::dates::Modifier::Since | crate::dates::Modifier::Until)
                )
            };
            let (date_index, basis) = match (explicit, carried) {
                (Some(d), _) => (Some(d), DateBasis::Explicit),
                (None, Some((d, _))) if continues && passable(d) => (Some(d), DateBasis::Inherited),
                _ => (None, DateBasis::Publication),
            };
            let date = match date_index {
                Some(d) => doc.dates[d].mention.value.as_ref().map(|t| EventDate {
                    value: t.value.clone(),
                    first_day: t.first_day,
                    last_day: t.last_day,
                    granularity: t.granularity,
                    basis,
                    mention: Some(Span {
                        start: doc.dates[d].mention.start,
                        end: doc.dates[d].mention.end,
                    }),
                }),
                None if self.date_from_publication => Some(EventDate {
                    value: published.date().format("%Y-%m-%d").to_string(),
                    first_day: day0,
                    last_day: day0,
                    granularity: Granularity::Day,
                    basis: DateBasis::Publication,
                    mention: None,
                }),
                None => None,
            };
            carried = date_index.map(|d| (d, clause.sentence));
            let day = date.as_ref().map_or(day0, |d| d.first_day);
            let source = self.actor_ref(doc, &subject, day);
            let via_ref = via.as_ref().and_then(|v| self.actor_ref(doc, v, day));
            let span = doc.span(range.clone());
            let verb_span = doc.span(v..v + 1);
            let quotation = self.quotation(doc, range.clone());
            // The places are in text order: those inside the clause are found without reading the others.
            let locations = places[places.partition_point(|p| p.start < span.start)..]
                .iter()
                .take_while(|p| p.start < span.end)
                .filter(|p| p.end <= span.end)
                .map(|p| Location {
                    id: p.place.id.clone(),
                    name: p.place.name.clone(),
                    text: doc.text[p.start..p.end].to_string(),
                    kind: p.place.kind.clone(),
                    country: p.place.country.clone(),
                    admin1: p.place.admin1.clone(),
                    lat: p.place.lat,
                    lon: p.place.lon,
                    span: Span {
                        start: p.start,
                        end: p.end,
                    },
                })
                .collect();
            let confidence = match subject.how {
                Recognition::Name => 0.9,
                Recognition::Role => 0.85,
                Recognition::Anaphor => 0.75,
                Recognition::AdHoc => 0.7,
                Recognition::Implicit => 0.6,
            } * if hit.masdar { 0.9 } else { 1.0 };
            events.push(Event {
                date,
                source,
                via: via_ref,
                verb: doc.text[verb_span.start..verb_span.end].to_string(),
                lemma: verb_info.lemma.clone(),
                kind: verb_info.kind,
                quotation,
                locations,
                text: doc.text[span.start..span.end].trim().to_string(),
                span,
                confidence,
            });
            previous = Some(subject);
            previous_sentence = clause.sentence;
        }
        events
    }

    /// Whether a via word ("بحسب", "نقلا عن") stands within three tokens before the relay's name.
    fn via_word_before(&self, doc: &Doc, via: &Subject) -> bool {
        via.tokens
            .as_ref()
            .is_some_and(|t| (t.start.saturating_sub(3)..t.start).any(|j| doc.has(j, |r| r == NounRole::Via)))
    }

    /// Where the content of a statement begins: a complementizer, a colon, or a quotation longer than a
    /// name. Action verbs have no content.
    fn content_start(&self, doc: &Doc, v: usize, end: usize, hit: VerbHit) -> usize {
        if hit.masdar || self.lexicon.verbs[hit.verb].class == VerbClass::Action {
            return end;
        }
        let mut k = v + 1;
        while k < end {
            if doc.is_punct(k, ':') || doc.has(k, |r| r == NounRole::Complementizer) {
                return k;
            }
            if doc.is_punct(k, '"') && doc.quoted.get(k + 1).copied().unwrap_or(false) {
                let close = (k + 1..end).find(|&j| doc.is_punct(j, '"')).unwrap_or(end);
                if close - k > 4 {
                    return k;
                }
                k = close + 1;
                continue;
            }
            k += 1;
        }
        end
    }

    /// In a relay ("نقلت وكالة X تصريحات Y", "نقلت وكالة X عن Y"), the original speaker.
    fn relayed_speaker(&self, doc: &Doc, from: usize, end: usize, day: NaiveDate) -> Option<Subject> {
        let mut k = from;
        while k < end && k < from + 4 {
            let word = doc.word(k);
            let opens = word == "عن" || doc.has(k, |r| r == NounRole::StatementNoun);
            if opens {
                let j = k + 1;
                if let Some(n) = doc.name_at.get(j).copied().flatten() {
                    return Some(self.subject_from_name(doc, n).0);
                }
                let head = doc.word(j);
                if let Some(NounRole::SpeakerHead(g)) = self
                    .lexicon
                    .noun(head)
                    .iter()
                    .copied()
                    .find(|r| matches!(r, NounRole::SpeakerHead(_)))
                {
                    return Some(self.adhoc(doc, j, end, g).0);
                }
                if head.contains("ال") {
                    if let Some(NounRole::Anaphor(kind, _)) = self.lexicon.noun(head).first().copied() {
                        return self.anaphor(doc, j, kind, day, None);
                    }
                }
            }
            if let Some(d) = doc.date_at[k] {
                k = doc.dates[d].tokens.end;
                continue;
            }
            if doc.is_punct(k, ',') {
                break;
            }
            k += 1;
        }
        None
    }

    /// The first quotation of a clause, without its marks.
    fn quotation(&self, doc: &Doc, range: Range<usize>) -> Option<String> {
        let open = range
            .clone()
            .find(|&k| doc.is_punct(k, '"') && doc.quoted.get(k + 1).copied().unwrap_or(false))?;
        let close = (open + 1..range.end)
            .find(|&k| doc.is_punct(k, '"'))
            .unwrap_or(range.end);
        if close <= open + 1 {
            return None;
        }
        let span = doc.span(open + 1..close);
        let text = doc.text[span.start..span.end].trim();
        (text.chars().count() > 1 && close - open > 4).then(|| text.to_string())
    }

    fn actor_ref(&self, doc: &Doc, subject: &Subject, day: NaiveDate) -> Option<ActorRef> {
        let mention = subject.tokens.clone().map(|t| doc.span(t));
        let from_actor = |a: &Actor, role: Option<String>| ActorRef {
            id: a.id.clone(),
            name: a.name.clone(),
            name_ar: a.name_ar.clone(),
            kind: a.kind,
            country: a.country.clone(),
            recognized_by: subject.how,
            role,
            mention,
        };
        match &subject.who {
            Who::Actor(i) => Some(from_actor(self.catalog.actor_at(*i), None)),
            Who::Role(r) => {
                let role = self.catalog.role_at(*r);
                match self.catalog.holder_of(role, day) {
                    Some(a) => Some(from_actor(a, Some(role.id.clone()))),
                    None => {
                        let title = role.titles_ar.first().cloned().unwrap_or_default();
                        Some(ActorRef {
                            id: role.id.clone(),
                            name: role.name.clone(),
                            name_ar: title,
                            kind: ActorKind::Person,
                            country: role.country.clone(),
                            recognized_by: subject.how,
                            role: Some(role.id.clone()),
                            mention,
                        })
                    }
                }
            }
            Who::AdHoc { text, kind, .. } => Some(ActorRef {
                id: format!("adhoc:{}", crate::text::fold_str(text)),
                name: text.clone(),
                name_ar: text.clone(),
                kind: *kind,
                country: None,
                recognized_by: subject.how,
                role: None,
                mention,
            }),
        }
    }
}

/// A non-person named by a feminine noun ("القوات التركية", "وزارة") takes a feminine verb whatever the
/// catalog says of its canonical name.
fn written_gender(doc: &Doc, first: usize, catalog: Gender) -> Gender {
    let word = doc.word(first);
    let word = lexicon::strip_conjunction(word).unwrap_or(word);
    let word = word.strip_prefix("ال").unwrap_or(word);
    if word.ends_with('ه') || word.ends_with("ات") {
        Gender::Feminine
    } else {
        catalog
    }
}

/// Whether a lone "ل" (written "لـ", the tatweel folded away) stands before token `i`, quote marks aside:
/// "لـ\"الجزيرة نت\"" names the outlet spoken to, not the speaker.
fn dative_before(doc: &Doc, i: usize) -> bool {
    let mut k = i;
    while k > 0 && doc.is_punct(k - 1, '"') {
        k -= 1;
    }
    k > 0 && doc.word(k - 1) == "ل"
}

fn who_of(target: Target) -> Who {
    match target {
        Target::Actor(a) => Who::Actor(a),
        Target::Role(r) => Who::Role(r),
    }
}

fn is_media_head(word: &str) -> bool {
    matches!(word, "وكاله" | "قناه" | "صحيفه")
}
