//! Phrases that point back to an earlier date of a text ("اليوم التالي", "في اليوم نفسه", "الشهر ذاته",
//! "29 من الشهر ذاته", "بعد يومين من ذلك"): a pass over the mentions of a text, after each was found, that
//! resolves every such phrase against the latest dated mention before it in its paragraph, and against the
//! anchor when there is none (CONVENTIONS.md, "Phrases that point back to a date of the article").
//!
//! # Example
//!
//! ```
//! use tarikh::dates::{chain, DateFinder};
//!
//! let anchor = "2024-12-06".parse()?;
//! let text = "بدأ الهجوم في 27 نوفمبر. وفي 29 من الشهر ذاته دخلت القوات المدينة.\nوصل الوفد اليوم التالي.";
//! let mut found = DateFinder::new().find(text, Some(&anchor));
//! chain::resolve_chain(&mut found, &chain::paragraph_starts(text), Some(&anchor));
//! let values: Vec<_> = found.iter().filter_map(|m| m.value.as_ref()).map(|v| v.value.as_str()).collect();
//! // The second paragraph has no date before its phrase: the anchor stands in.
//! assert_eq!(values, ["2024-11-27", "2024-11-29", "2024-12-07"]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::borrow::{Borrow, BorrowMut};

use chrono::NaiveDate;

use super::grammar::{Back, Core, Parsed};
use super::lexicon::{Part, Unit};
use super::reckon::back_from;
use super::resolve::Point;
use super::{Anchor, DateMention, ExpressionKind, Granularity, PointBack, TimeValue, Warning};

/// The byte offsets at which the paragraphs of `text` start: the start of the text and of every line.
///
/// # Example
///
/// ```
/// assert_eq!(tarikh::dates::chain::paragraph_starts("أ\nب"), [0, 3]);
/// ```
pub fn paragraph_starts(text: &str) -> Vec<usize> {
    // memchr's iterator: a line break is one byte, and `match_indices` paid a searcher's setup per line.
    std::iter::once(0)
        .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
        .collect()
}

/// Resolves, in order, every mention that points back against the latest mention before it with a value in the
/// same paragraph (`paragraphs` holds the byte offsets where paragraphs start, ascending), and records that
/// mention's span in [`DateMention::antecedent`]. A phrase with no dated mention before it in its paragraph
/// keeps its value against `anchor`. A mention resolved this way may itself be the antecedent of the next.
///
/// # Example
///
/// ```
/// use tarikh::dates::{chain, DateFinder};
///
/// let anchor = "2025-01-10".parse()?;
/// let text = "عُقد الاجتماع في 3 آذار 2023، وصدر البيان في العام نفسه.";
/// let mut found = DateFinder::new().find(text, Some(&anchor));
/// assert_eq!(found[1].value.as_ref().map(|v| v.value.as_str()), Some("2025"));
/// chain::resolve_chain(&mut found, &[0], Some(&anchor));
/// assert_eq!(found[1].value.as_ref().map(|v| v.value.as_str()), Some("2023"));
/// assert_eq!(found[1].antecedent, Some(found[0].start..found[0].end));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn resolve_chain(mentions: &mut [DateMention], paragraphs: &[usize], anchor: Option<&Anchor>) {
    follow(
        mentions,
        paragraphs,
        anchor,
        Follow {
            clock_reach: 1,
            all: true,
        },
    );
}

/// How [`follow`] reads the phrases that point back: how many paragraphs before its own a clock time with no day
/// looks for that day, and whether the other phrases are resolved too (or keep their value against the anchor).
struct Follow {
    clock_reach: usize,
    all: bool,
}

/// Resolves the phrases that point back, as `how` says, against the latest mention before them.
fn follow<M: BorrowMut<DateMention>>(mentions: &mut [M], paragraphs: &[usize], anchor: Option<&Anchor>, how: Follow) {
    let paragraph_of = |offset: usize| paragraphs.partition_point(|&p| p <= offset);
    // The latest mention with a value: its index and paragraph; and the latest one that names a single day
    // (a weekday or a date, not "أمس" or "اليوم", which say when the text is written, not which day it tells).
    let mut latest: Option<(usize, usize)> = None;
    let mut latest_day: Option<(usize, usize)> = None;
    for k in 0..mentions.len() {
        let here = paragraph_of(mentions[k].borrow().start);
        if let Some(back) = mentions[k]
            .borrow()
            .points_back
            .clone()
            .filter(|b| how.all || b.bare_clock)
        {
            // A clock time with no day ("واعتبارا من الساعة 21,00") is on the day the text last named, in this
            // paragraph or, in an article, the one before; other phrases look back in their paragraph only.
            let before = if back.bare_clock {
                latest_day.filter(|&(_, p)| p + how.clock_reach >= here).map(|(j, _)| j)
            } else {
                latest.filter(|&(_, p)| p == here).map(|(j, _)| j)
            };
            match before.and_then(|j| Some((j, mentions[j].borrow().value.clone()?))) {
                Some((j, earlier)) => {
                    let value = resolve_back(&back, &earlier);
                    let span = mentions[j].borrow().start..mentions[j].borrow().end;
                    let m = mentions[k].borrow_mut();
                    m.value = value;
                    m.antecedent = Some(span);
                    out_of_range(m, &back);
                }
                None if how.all => {
                    // The anchor stands in, as when the phrase was found.
                    let m = mentions[k].borrow_mut();
                    m.antecedent = None;
                    if let Some(day) = anchor.map(|a| a.date()) {
                        m.value = resolve_back(&back, &day_value(day));
                        out_of_range(m, &back);
                    }
                }
                None => {}
            }
        }
        if let Some(v) = &mentions[k].borrow().value {
            if v.first_day == v.last_day && mentions[k].borrow().kind != ExpressionKind::RelativeDay {
                latest_day = Some((k, here));
            }
            latest = Some((k, here));
        }
    }
}

/// A clock time with no day of its own ("الساعة السابعة مساءً") on the day its paragraph named before it
/// ("يوم الجمعة المقبل، بمباراة نيجيريا ضد أنجولا، في تمام الساعة السابعة مساءً"), as [`resolve_chain`] dates it
/// in an article, for a text read alone ([`DateFinder::find`](super::DateFinder::find)): only the paragraph
/// itself is looked in, and "أمس" or "اليوم" are no day for it. The other phrases that point back keep their
/// value against the anchor.
pub(crate) fn date_bare_clocks(text: &str, mentions: &mut [DateMention]) {
    let bare = |m: &DateMention| m.points_back.as_ref().is_some_and(|b| b.bare_clock);
    if mentions.len() < 2 || !mentions.iter().any(bare) {
        return;
    }
    follow(
        mentions,
        &paragraph_starts(text),
        None,
        Follow {
            clock_reach: 0,
            all: false,
        },
    );
}

/// Dates a day said relative to the moment of speaking inside a quotation ("اليوم", "الآن", "أمس") by the
/// statement that carries the quotation, when the article dates it otherwise than the anchor ("وأضاف في كلمة
/// نشرها أمس الجمعة: «لدينا اليوم أخبار سارة»" is Friday's today): the statement's date is the latest mention of
/// a single day before the quotation in its paragraph, outside any quotation (CONVENTIONS.md: "Dates inside a
/// quotation are resolved against the publication date unless the article dates the quotation otherwise").
///
/// # Example
///
/// ```
/// use tarikh::dates::{chain, DateFinder};
///
/// let anchor = "2022-11-12".parse()?;
/// let text = "وقال الرئيس في كلمة مساء أمس الجمعة: «لدينا اليوم أخبار سارة».";
/// let mut found = DateFinder::new().find(text, Some(&anchor));
/// chain::date_quotations(text, &mut found, Some(&anchor));
/// assert_eq!(found[1].value.as_ref().map(|v| v.value.as_str()), Some("2022-11-11"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn date_quotations(text: &str, mentions: &mut [DateMention], anchor: Option<&Anchor>) {
    date_quotations_in(text, &paragraph_starts(text), mentions, anchor);
}

/// Both passes over the mentions of an article, [`resolve_chain`] then [`date_quotations`], with the
/// paragraphs read only when a mention needs them (most articles have no phrase that points back and no day
/// said relative to the moment of speaking).
/// Generic over what holds each mention: the article pipeline passes its located mentions, not moved out.
pub(crate) fn resolve_article<M: BorrowMut<DateMention>>(text: &str, mentions: &mut [M], anchor: Option<&Anchor>) {
    if !mentions
        .iter()
        .map(Borrow::borrow)
        .any(|m| m.points_back.is_some() || said_in_a_quotation_may_move(m))
    {
        return;
    }
    let paragraphs = paragraph_starts(text);
    // resolve_chain's pass, on the mentions where they are held.
    follow(
        mentions,
        &paragraphs,
        anchor,
        Follow {
            clock_reach: 1,
            all: true,
        },
    );
    date_quotations_in(text, &paragraphs, mentions, anchor);
}

/// [`date_quotations`] with the paragraph starts of `text` given.
fn date_quotations_in<M: BorrowMut<DateMention>>(
    text: &str,
    paragraphs: &[usize],
    mentions: &mut [M],
    anchor: Option<&Anchor>,
) {
    let Some(anchor_day) = anchor.map(|a| a.date()) else {
        return;
    };
    let paragraph_of = |offset: usize| paragraphs.partition_point(|&p| p <= offset);
    // Only the quotations of a paragraph with a relative day in it can move one (a statement dates a quotation
    // of its own paragraph): the others are not read. Mentions are in text order, so quotations are too.
    let mut quotes = Vec::new();
    let mut read = None;
    for m in mentions
        .iter()
        .map(Borrow::borrow)
        .filter(|m| said_in_a_quotation_may_move(m))
    {
        let p = paragraph_of(m.start);
        if read != Some(p) {
            read = Some(p);
            let start = paragraphs[p - 1];
            let end = paragraphs.get(p).map_or(text.len(), |&next| next - 1);
            quotations(&text[start..end], start, &mut quotes);
        }
    }
    if quotes.is_empty() {
        return;
    }
    // One pass in text order: the quotation around each mention (quotations and mentions both run forward),
    // and the latest mention of a single day outside quotations, with its paragraph.
    let mut q = 0;
    let mut statement: Option<(usize, usize)> = None;
    for k in 0..mentions.len() {
        let (start, end) = (mentions[k].borrow().start, mentions[k].borrow().end);
        while q < quotes.len() && quotes[q].end <= start {
            q += 1;
        }
        let quote = quotes.get(q).filter(|r| r.start <= start && end <= r.end).cloned();
        let Some(quote) = quote else {
            if mentions[k]
                .borrow()
                .value
                .as_ref()
                .is_some_and(|v| v.first_day == v.last_day)
            {
                statement = Some((k, paragraph_of(start)));
            }
            continue;
        };
        let m = mentions[k].borrow();
        if !said_in_a_quotation_may_move(m) {
            continue;
        }
        let Some(value) = m.value.as_ref() else {
            continue;
        };
        let offset = value.first_day - anchor_day;
        let Some((j, _)) = statement.filter(|&(_, p)| p == paragraph_of(quote.start)) else {
            continue;
        };
        let day = mentions[j].borrow().value.as_ref().map_or(anchor_day, |v| v.first_day);
        if day == anchor_day {
            continue;
        }
        let span = mentions[j].borrow().start..mentions[j].borrow().end;
        if let Some(moved) = day.checked_add_signed(offset) {
            let m = mentions[k].borrow_mut();
            m.value = Some(day_value(moved));
            m.antecedent = Some(span);
        }
    }
}

/// Whether a mention is a single day said relative to the moment of speaking ("اليوم", "أمس"), which a
/// quotation dated by its statement moves.
fn said_in_a_quotation_may_move(m: &DateMention) -> bool {
    m.kind == ExpressionKind::RelativeDay
        && m.points_back.is_none()
        && m.value.as_ref().is_some_and(|v| v.first_day == v.last_day)
}

/// Pushes the spans of the quotations of `line` (which starts at byte `offset` of the text) onto `spans`:
/// between « and », “ and ”, or a pair of '"'; a quotation that never closes runs to the end of the line. Read
/// by bytes: every mark is a byte sequence no other character contains.
fn quotations(line: &str, offset: usize, spans: &mut Vec<std::ops::Range<usize>>) {
    const MARKS: [(&[u8], Quote); 5] = [
        (b"\"", Quote::Open('"')),
        ("«".as_bytes(), Quote::Open('«')),
        ("“".as_bytes(), Quote::Open('“')),
        ("»".as_bytes(), Quote::Close('«')),
        ("”".as_bytes(), Quote::Close('“')),
    ];
    let bytes = line.as_bytes();
    let mut open: Option<(usize, char)> = None;
    let mut i = 0;
    while let Some(at) = next_mark_start(bytes, i) {
        i = at;
        let Some(&(mark, quote)) = MARKS.iter().find(|(mark, _)| bytes[i..].starts_with(mark)) else {
            i += 1;
            continue;
        };
        let end = i + mark.len();
        match (open, quote) {
            (None, Quote::Open(o)) => open = Some((i, o)),
            (Some((start, o)), q) if q.closes(o) => {
                spans.push(offset + start..offset + end);
                open = None;
            }
            _ => {}
        }
        i = end;
    }
    if let Some((start, _)) = open {
        spans.push(offset + start..offset + bytes.len());
    }
}

/// Whether a byte may start a quotation mark of [`quotations`]: '"', or the first byte of «, », “ and ”.
#[inline]
fn may_start_mark(b: u8) -> bool {
    // Three comparisons, not a `matches!`, which the compiler makes branches of, one byte at a time.
    (b == b'"') | (b == 0xC2) | (b == 0xE2)
}

/// The first byte at or after `from` that may start a quotation mark ([`may_start_mark`]). Blocks of 16 bytes
/// with none, most of a paragraph, are let go with one test each, which the compiler makes on the whole block
/// at once (a test a byte was most of the time of [`date_quotations`]).
fn next_mark_start(bytes: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    let (blocks, _) = bytes[from..].as_chunks::<16>();
    for block in blocks {
        // Or-ed over the block, not `any`: a test that may stop at any byte would be made a byte at a time.
        if block.iter().fold(0u8, |found, &b| found | u8::from(may_start_mark(b))) != 0 {
            break;
        }
        at += block.len();
    }
    bytes[at..].iter().position(|&b| may_start_mark(b)).map(|k| at + k)
}

/// A quotation mark, by the opening mark it belongs to.
#[derive(Clone, Copy)]
enum Quote {
    Open(char),
    Close(char),
}

impl Quote {
    /// Whether this mark closes a quotation opened by `open`: its closing mark, or a second straight '"'.
    fn closes(self, open: char) -> bool {
        match self {
            Quote::Close(c) => c == open,
            Quote::Open(c) => c == '"' && open == '"',
        }
    }
}

/// A phrase resolved again says whether its value left the years 1-9999 (without a day of the month, that is
/// the only way it has none).
fn out_of_range(m: &mut DateMention, back: &PointBack) {
    m.warnings.retain(|w| *w != Warning::OutOfRange);
    if m.value.is_none() && back.day.is_none() {
        m.warnings.push(Warning::OutOfRange);
    }
}

fn day_value(day: NaiveDate) -> TimeValue {
    Point::Day(day).value()
}

/// The value of a phrase that points back to `earlier`.
fn resolve_back(back: &PointBack, earlier: &TimeValue) -> Option<TimeValue> {
    let unit = match back.unit {
        Granularity::Week => Unit::Week,
        Granularity::Month => Unit::Month,
        Granularity::Year => Unit::Year,
        _ => Unit::Day,
    };
    let inner = Back {
        unit: Some(unit),
        shift: back.shift,
        day: back.day,
    };
    let point = back_from(inner, earlier.first_day, earlier.last_day)?;
    let point = match (point, back.time.as_deref()) {
        (Point::Day(d), Some(time)) => timed(d, time).unwrap_or(point),
        _ => point,
    };
    Some(point.value())
}

/// A day with the part of the day ("EV") or clock time ("20:00") written with the phrase.
fn timed(day: NaiveDate, time: &str) -> Option<Point> {
    let part = match time {
        "MO" => Some(Part::Morning),
        "AF" => Some(Part::Afternoon),
        "EV" => Some(Part::Evening),
        "NI" => Some(Part::Night),
        _ => None,
    };
    if let Some(p) = part {
        return Some(Point::Part(day, p));
    }
    let (h, m) = time.split_once(':')?;
    Some(Point::Time(day, h.parse().ok()?, m.parse().ok()?))
}

/// A clock time as "HH:MM", as `format!("{h:02}:{m:02}")` writes it, without the formatter.
fn clock_text(h: u8, m: u8) -> String {
    let mut s = String::with_capacity(5);
    super::timex::push_padded(&mut s, i64::from(h), 2);
    s.push(':');
    super::timex::push_padded(&mut s, i64::from(m), 2);
    s
}

/// What a parsed phrase says about an earlier date, if it points back to one.
pub(super) fn points_back(parsed: &Parsed) -> Option<PointBack> {
    let Parsed::One(e) = parsed else { return None };
    // A clock time with no day written is on the day the text last named.
    if let (Core::RelDay(0), true, Some((h, m))) = (e.core, e.implicit_day, e.clock) {
        return Some(PointBack {
            unit: Granularity::Day,
            shift: 0,
            day: None,
            time: Some(clock_text(h, m)),
            bare_clock: true,
        });
    }
    let Core::Back(back) = e.core else { return None };
    let unit = match back.unit? {
        Unit::Day => Granularity::Day,
        Unit::Week => Granularity::Week,
        Unit::Month => Granularity::Month,
        Unit::Year => Granularity::Year,
        Unit::Hour | Unit::Minute => return None,
    };
    let time = match (e.clock, e.part) {
        (Some((h, m)), _) => Some(clock_text(h, m)),
        (None, Some(p)) => Some(p.code().to_string()),
        (None, None) => None,
    };
    Some(PointBack {
        unit,
        shift: back.shift,
        day: back.day,
        time,
        bare_clock: false,
    })
}

#[cfg(test)]
mod tests;
