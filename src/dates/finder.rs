//! The finder: date phrases found in a text by the grammar and resolved against an anchor.

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};

use super::grammar::{Core, Found, Parsed, Parser};
use super::lexicon::{Cat, Lexicon};
use super::{chain, pairs, resolve, Anchor, DateMention, ExpressionKind, Modifier};
use crate::error::InputError;
use crate::text::{tokenize, FoldedText, Token};

/// A mention and the tokens of the folded text it covers.
#[derive(Debug, Clone)]
pub(crate) struct Located {
    pub mention: DateMention,
    pub tokens: std::ops::Range<usize>,
}

impl std::borrow::Borrow<DateMention> for Located {
    fn borrow(&self) -> &DateMention {
        &self.mention
    }
}

impl std::borrow::BorrowMut<DateMention> for Located {
    fn borrow_mut(&mut self) -> &mut DateMention {
        &mut self.mention
    }
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
    lexicon: &'static Lexicon,
}

impl Default for DateFinder {
    fn default() -> Self {
        DateFinder::new()
    }
}

impl DateFinder {
    /// A finder with the bundled vocabulary, which is compiled once per process, by the first finder built,
    /// and shared by all.
    ///
    /// # Example
    ///
    /// ```
    /// let finder = tarikh::dates::DateFinder::new();
    /// assert!(finder.find("لا تاريخ هنا", None).is_empty());
    /// ```
    pub fn new() -> DateFinder {
        DateFinder {
            lexicon: Lexicon::shared(),
        }
    }

    /// Every date phrase in `text`, in order, resolved against `anchor`. Without an anchor, absolute dates
    /// still resolve and relative ones carry [`Warning::Unresolved`](super::Warning::Unresolved) and no value.
    /// A clock time with no day of its own takes the day written before it in its paragraph (a line).
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
        let mut mentions: Vec<DateMention> = self
            .locate(text, &folded, &tokens, anchor)
            .into_iter()
            .map(|l| l.mention)
            .collect();
        // A clock time with no day of its own is on the day written before it in its paragraph.
        chain::date_bare_clocks(text, &mut mentions);
        mentions
    }

    /// Every mention with the tokens it covers, for the article pipeline.
    pub(crate) fn locate(
        &self,
        text: &str,
        folded: &FoldedText,
        tokens: &[Token],
        anchor: Option<&Anchor>,
    ) -> Vec<Located> {
        let parser = Parser::new(self.lexicon, folded.as_str(), tokens);
        let mut found = parser.find_all();
        found.retain(|f| !a_name(self.lexicon, text, folded, tokens, f));
        let mut located: Vec<Located> = found
            .iter()
            .map(|found| Located {
                mention: mention(text, folded, tokens, found, anchor),
                tokens: found.first..found.end,
            })
            .collect();
        // A day written in both calendars side by side is one mention (`pairs`).
        pairs::join(text, &found, &mut located);
        located
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
        // The mentions are resolved where they stand, not moved out and back.
        let mut located = self.locate(text, folded, tokens, anchor);
        chain::resolve_article(text, &mut located, anchor);
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
        chain::resolve_article(text, &mut mentions, anchor);
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
        let parser = Parser::new(self.lexicon, folded.as_str(), &tokens);
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

/// Whether `found` is a word that folding made a date but whose spelling is a name (`spelled` rows of
/// `not-dates.tsv`): "ألان" (Alain, Alassane) folds to "الان", "now", which is written "الآن" or "الان", never
/// with a hamza on its first letter.
fn a_name(lexicon: &Lexicon, text: &str, folded: &FoldedText, tokens: &[Token], found: &Found) -> bool {
    if found.end != found.first + 1 {
        return false;
    }
    let t = &tokens[found.first];
    let span = folded.original_span(t.start as usize..t.end as usize);
    text.get(span)
        .is_some_and(|w| lexicon.is_spelled_name(w.trim_start_matches('و')))
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
        Core::Date(p) if p.day.is_some() || p.rel_month.is_some() || p.anniversary => ExpressionKind::Date,
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
