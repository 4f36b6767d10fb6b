//! Recognition: from tokens to date expressions, leftmost-longest.
//!
//! The grammar is a set of small functions, one per kind of phrase, each taking the index of a token and
//! returning what it read and the index after it. None of them backtracks beyond the phrase it reads, so a
//! text is read in time linear in its length. Vocabulary comes from [`Lexicon`]; this module holds only the
//! order in which words combine.

use super::lexicon::{
    Cat, Count, Dir, Feast, Hit, Hits, Lexicon, MonthName, NumberKind, Opening, Part, PeriodPart, Unit,
};
use std::cell::RefCell;

mod anaphora;
mod calendar;
mod clock;
mod holidays;
mod night;
mod numwords;
mod stamps;

pub(crate) use anaphora::Back;
pub(crate) use calendar::{Pick, Span};
pub(crate) use holidays::Sel;

use crate::text::{Token, TokenKind};

/// The calendar fields a phrase wrote down; what it left out is filled in from the anchor.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct DateParts {
    pub day: Option<u8>,
    pub month: Option<u8>,
    pub year: Option<i32>,
    pub hijri: bool,
    /// "الماضي"/"المقبل" after a month: which occurrence is meant.
    pub dir: Option<Dir>,
    /// "السادس من الشهر الجاري": a day of a month given relative to the anchor.
    pub rel_month: Option<Dir>,
    /// The two names of a dual form ("تشرين الثاني/ديسمبر") named different months.
    pub dual_mismatch: bool,
    /// A day written with its weekday and no month ("السبت السادس عشر"): the month is the nearby one in
    /// which that day falls on that weekday.
    pub weekday_hint: Option<u8>,
}

/// The heart of an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Core {
    Date(DateParts),
    RelDay(i32),
    Weekday {
        day: u8,
        dir: Option<Dir>,
    },
    Period {
        unit: Unit,
        dir: Dir,
    },
    Shift {
        unit: Unit,
        n: i64,
    },
    /// "الآن": the anchor itself, with its clock time.
    Now,
    /// The unit `n` steps from the anchor's own, at the unit's grain (an end of "الأيام الثلاثة الماضية").
    Step {
        unit: Unit,
        n: i64,
    },
    /// A holiday ("عيد الفطر الماضي").
    Holiday {
        feast: Feast,
        sel: Sel,
    },
    /// A Hijri year as a span of days ("العام الهجري الماضي").
    HijriYear(Sel),
    /// "العام الجديد".
    NewYear,
    /// A day picked inside a span ("أول جمعة من كانون الأول", "آخر يوم من العام").
    InSpan {
        pick: Pick,
        span: Span,
    },
    /// A phrase that points back to an earlier date of the text ("اليوم التالي").
    Back(Back),
}

/// An expression: its core and what stands around it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Expr {
    pub core: Core,
    /// A weekday written beside a date or a relative day ("أمس الخميس"), to be checked.
    pub weekday: Option<u8>,
    /// A relative day written beside a date ("اليوم، 6 كانون الأول"), to be checked.
    pub relday: Option<i32>,
    pub part: Option<Part>,
    pub clock: Option<(u8, u8)>,
    pub period_part: Option<PeriodPart>,
    /// The same day in the other calendar, after "الموافق".
    pub also: Option<DateParts>,
    /// The day was not written: a clock time alone belongs to the anchor's day.
    pub implicit_day: bool,
    /// Days added to the resolved day (the second day of "ليلة السبت على الأحد").
    pub plus_days: i8,
}

impl Expr {
    fn new(core: Core) -> Expr {
        Expr {
            core,
            weekday: None,
            relday: None,
            part: None,
            clock: None,
            period_part: None,
            also: None,
            implicit_day: false,
            plus_days: 0,
        }
    }
}

/// A recognized phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Parsed {
    One(Expr),
    Range(Expr, Expr),
}

/// A phrase and where it stands: tokens `first..end`, less `clitic` bytes at the start of the first token.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub parsed: Parsed,
    pub first: usize,
    pub end: usize,
    pub clitic: u32,
    /// "منذ"/"حتى" stood just before the phrase.
    pub preposition: Option<Cat>,
}

pub(crate) struct Parser<'a> {
    lex: &'a Lexicon,
    text: &'a str,
    toks: &'a [Token],
    /// The vocabulary matches of the last tokens looked at: the rules of a phrase ask for the same few tokens
    /// many times. Direct-mapped on the token index and whether proclitics were allowed.
    cache: RefCell<[(u32, Hits); CACHE]>,
}

/// Slots of [`Parser::cache`]: more than the tokens a phrase spans.
const CACHE: usize = 16;

type Step<T> = Option<(T, usize)>;

impl<'a> Parser<'a> {
    pub(crate) fn new(lex: &'a Lexicon, text: &'a str, toks: &'a [Token]) -> Self {
        Parser {
            lex,
            text,
            toks,
            cache: RefCell::new([(u32::MAX, Hits::default()); CACHE]),
        }
    }

    /// Every phrase in the text, leftmost-longest, not overlapping.
    pub(crate) fn find_all(&self) -> Vec<Found> {
        let mut found = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            if !self.may_start(i) {
                i += 1;
                continue;
            }
            // A number that starts a name ("مدينة 6 أكتوبر", "قوى 14 آذار"): the whole name is passed over.
            if let Some(after) = self.excluded_number(i) {
                let end = self.phrase(i).map_or(i + 1, |(_, end, _)| end);
                i = end.max(i + 1 + after);
                continue;
            }
            match self.phrase(i) {
                Some((parsed, end, clitic)) => {
                    let preposition = self.preposition_before(i);
                    found.push(Found {
                        parsed,
                        first: i,
                        end,
                        clitic,
                        preposition,
                    });
                    i = end;
                }
                None => i += 1,
            }
        }
        found
    }

    fn may_start(&self, i: usize) -> bool {
        let t = &self.toks[i];
        match t.kind {
            TokenKind::Number => true,
            // "الـ10 أيام": the article glued to a count.
            TokenKind::Word if t.end - t.start == 4 && self.article_before_number(i) => true,
            TokenKind::Word => match self.lex.opens(&self.text[t.range()]) {
                Opening::Yes => true,
                Opening::No => false,
                Opening::BeforeDate => self.toks.get(i + 1).is_some_and(|n| match n.kind {
                    TokenKind::Number => true,
                    TokenKind::Word => self.lex.opens(&self.text[n.range()]) == Opening::Yes,
                    TokenKind::Punct => false,
                }),
            },
            TokenKind::Punct => false,
        }
    }

    /// The longest phrase at `i`: a range or a single expression.
    fn phrase(&self, i: usize) -> Option<(Parsed, usize, u32)> {
        let clitic = self.clitic_len(i);
        let single = self.core(i, true).map(|(e, j)| (Parsed::One(e), j));
        let opens_range = self.number(i).is_some()
            || self.with_hits(i, true, |hits| {
                hits.iter().any(|h| {
                    matches!(
                        h.cat,
                        Cat::Between
                            | Cat::From
                            | Cat::Since
                            | Cat::Month(_)
                            | Cat::Number(_, NumberKind::Ordinal | NumberKind::UnitOrdinal | NumberKind::Tens)
                    )
                })
            });
        let range = if opens_range { self.range(i) } else { None }.map(|((a, b), j)| (Parsed::Range(a, b), j));
        let mut best = match (single, range) {
            (Some(s), Some(r)) => Some(if r.1 > s.1 { r } else { s }),
            (s, r) => s.or(r),
        };
        // Ranges that read more than two dates: clock ranges, nights, "the last N days".
        let after = best.as_ref().map(|(_, j)| *j);
        // These read a phrase more closely than the general range, so they win a tie with it.
        let mut consider = |found: Step<(Expr, Expr)>| {
            if let Some(((a, b), j)) = found {
                if best.as_ref().is_none_or(|(_, e)| j >= *e) {
                    best = Some((Parsed::Range(a, b), j));
                }
            }
        };
        if self.opens_clock_range(i, after) {
            consider(self.clock_range(i));
        }
        if self.has_part_noun(i) {
            consider(self.night_range(i));
        }
        if self.opens_stretch(i) {
            consider(self.stretch(i));
        }
        let best = best?;
        Some((best.0, best.1, clitic))
    }

    /// Bytes of proclitics on token `i` that the phrase does not include.
    fn clitic_len(&self, i: usize) -> u32 {
        self.with_hits(i, true, |hits| {
            hits.iter().map(|h| u32::from(h.clitic)).min().unwrap_or(0)
        })
    }

    fn preposition_before(&self, i: usize) -> Option<Cat> {
        let prev = i.checked_sub(1)?;
        self.with_hits(prev, true, |hits| {
            hits.iter()
                .map(|h| h.cat)
                .find(|c| matches!(c, Cat::Since | Cat::Until))
        })
    }

    // ----- token helpers -----

    /// `f` of the vocabulary matches at `i`, from the cache when they are there. `f` must not look up
    /// tokens itself.
    fn with_hits<R>(&self, i: usize, clitics: bool, f: impl FnOnce(&[Hit]) -> R) -> R {
        let key = (i as u32) << 1 | u32::from(clitics);
        let slot = key as usize % CACHE;
        {
            let cache = self.cache.borrow();
            if cache[slot].0 == key {
                return f(cache[slot].1.as_slice());
            }
        }
        let hits = self.lex.lookup(self.text, self.toks, i, clitics);
        let result = f(hits.as_slice());
        self.cache.borrow_mut()[slot] = (key, hits);
        result
    }

    /// The vocabulary matches at `i`, copied out of the cache.
    fn hits(&self, i: usize, clitics: bool) -> Hits {
        self.with_hits(i, clitics, |hits| {
            let mut copy = Hits::default();
            for &h in hits {
                copy.push(h);
            }
            copy
        })
    }

    /// The longest vocabulary entry at `i` that `f` accepts.
    fn cat<T>(&self, i: usize, clitics: bool, f: impl Fn(Cat) -> Option<T>) -> Step<T> {
        self.with_hits(i, clitics, |hits| {
            hits.iter().find_map(|h| f(h.cat).map(|t| (t, h.next as usize)))
        })
    }

    fn is(&self, i: usize, clitics: bool, want: Cat) -> Option<usize> {
        self.cat(i, clitics, |c| (c == want).then_some(())).map(|(_, j)| j)
    }

    fn word(&self, i: usize) -> Option<&str> {
        self.toks
            .get(i)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| &self.text[t.range()])
    }

    fn number(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.toks.get(i).filter(|t| t.kind == TokenKind::Number)?;
        let digits = &self.text[t.range()];
        if digits.len() > 9 {
            return None;
        }
        Some((digits.parse().ok()?, digits.len()))
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Punct && self.text[t.range()].starts_with(c))
    }

    /// Whether token `i` follows token `i - 1` with no space between them.
    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.spaced)
    }

    fn skip_comma(&self, i: usize) -> usize {
        if self.punct(i, ',') {
            i + 1
        } else {
            i
        }
    }

    /// "و" standing alone before the next part of a phrase ("بين 1 و5"): the index after it. A و glued to a
    /// word ("والعشرين") is read as a proclitic of that word instead.
    fn and(&self, i: usize) -> usize {
        if self.word(i) == Some("و") {
            i + 1
        } else {
            i
        }
    }

    // ----- numbers -----

    /// A day of the month: 1-31 in digits or in words ("السادس", "الحادي عشر", "الخامس والعشرين").
    fn day_number(&self, i: usize, clitics: bool) -> Step<u8> {
        if let Some((n, digits)) = self.number(i) {
            return (digits <= 2 && (1..=31).contains(&n)).then_some((n as u8, i + 1));
        }
        let (n, j) = self.number_words(i, clitics, true)?;
        (1..=31).contains(&n).then_some((n as u8, j))
    }

    /// A count: digits, or cardinal words ("ثلاثة", "خمسة عشر", "أحد عشر", "عشرين").
    fn count(&self, i: usize, clitics: bool) -> Step<u32> {
        if let Some((n, _)) = self.number(i) {
            return Some((n, i + 1));
        }
        // A count too long for `number` is still a count ("قبل 99999999999 يوما"): beyond `u32` it saturates
        // (u32::MAX minutes is past the year 9999 either way), and resolves to no value and a warning instead
        // of being read as something else.
        if let Some(t) = self.toks.get(i).filter(|t| t.kind == TokenKind::Number) {
            let digits = &self.text[t.range()];
            if digits.bytes().all(|b| b.is_ascii_digit()) {
                let n = digits.parse::<u64>().ok().and_then(|n| u32::try_from(n).ok());
                return Some((n.unwrap_or(u32::MAX), i + 1));
            }
        }
        self.number_words(i, clitics, false)
    }

    /// Number words, ordinal (`ordinal`) or cardinal, with the compounds 11-19 and 21-39.
    fn number_words(&self, i: usize, clitics: bool, ordinal: bool) -> Step<u32> {
        let (unit, single, j) = self
            .cat(i, clitics, |c| match c {
                Cat::Number(v, NumberKind::Ordinal) if ordinal => Some((v, true)),
                Cat::Number(v, NumberKind::UnitOrdinal) if ordinal => Some((v, false)),
                Cat::Number(v, NumberKind::Cardinal) if !ordinal => Some((v, true)),
                Cat::Number(v, NumberKind::UnitCardinal) if !ordinal => Some((v, false)),
                Cat::Number(v, NumberKind::TeenWord) if !ordinal => Some((v, true)),
                Cat::Number(v, NumberKind::Tens) => Some((v, true)),
                _ => None,
            })
            .map(|((v, single), j)| (v as u32, single, j))?;
        if unit >= 20 {
            return Some((unit, j));
        }
        if unit < 10 {
            if let Some(k) = self.is(j, false, Cat::Number(10, NumberKind::Teen)) {
                return Some((unit + 10, k));
            }
            let after_and = self.and(j);
            if let Some((tens, k)) = self.cat(after_and, true, |c| match c {
                Cat::Number(v, NumberKind::Tens) => Some(v as u32),
                _ => None,
            }) {
                return Some((unit + tens, k));
            }
        }
        single.then_some((unit, j))
    }

    // ----- calendar pieces -----

    /// A month name, with a dual form after it ("تشرين الثاني/نوفمبر", "كانون الأول (ديسمبر)").
    fn month(&self, i: usize, clitics: bool) -> Step<(MonthName, bool)> {
        let (m, j) = self.cat(i, clitics, |c| match c {
            Cat::Month(m) => Some(m),
            _ => None,
        })?;
        let other = |k: usize| {
            self.cat(k, false, |c| match c {
                Cat::Month(o) if o.hijri == m.hijri => Some(o.month),
                _ => None,
            })
        };
        if self.punct(j, '/') {
            if let Some((o, k)) = other(j + 1) {
                return Some(((m, o != m.month), k));
            }
        }
        if self.punct(j, '(') {
            if let Some((o, k)) = other(j + 1) {
                if self.punct(k, ')') {
                    return Some(((m, o != m.month), k + 1));
                }
            }
        }
        Some(((m, false), j))
    }

    /// A four-digit year and the era marker after it: `Some(true)` for هـ, `Some(false)` for م.
    fn year(&self, i: usize) -> Step<(i32, Option<bool>)> {
        let (y, digits) = self.number(i)?;
        if digits != 4 || !(1000..=2200).contains(&y) {
            return None;
        }
        let j = i + 1;
        match self.cat(j, false, |c| match c {
            Cat::EraHijri => Some(true),
            Cat::EraGregorian => Some(false),
            _ => None,
        }) {
            Some((hijri, k)) => Some(((y as i32, Some(hijri)), k)),
            None => Some(((y as i32, None), j)),
        }
    }

    fn direction(&self, i: usize) -> Step<Dir> {
        self.cat(i, false, |c| match c {
            Cat::Direction(d) => Some(d),
            _ => None,
        })
    }

    /// A full or partial calendar date with a day: "6 من كانون الأول 2024", "السادس من ديسمبر",
    /// "5 جمادى الآخرة 1446 هـ", "6/12/2024", "السادس من الشهر الجاري".
    fn date(&self, i: usize, clitics: bool) -> Step<DateParts> {
        if let Some(found) = self.numeric_date(i) {
            return Some(found);
        }
        if let Some(found) = self.month_first_date(i, clitics) {
            return Some(found);
        }
        if let Some(found) = self.month_ordinal_date(i, clitics) {
            return Some(found);
        }
        // "مدينة العاشر من رمضان" (a number that starts a name is passed over by `find_all`).
        if self.word(i).is_some() && self.excluded(i) {
            return None;
        }
        let i = self.is(i, clitics, Cat::DayWord).unwrap_or(i);
        // Up to two digits before a month name are its day, even when no month has that day ("32 آذار"):
        // resolution reports the day as nonexistent rather than reading the month alone.
        let (day, mut j) = match self.number(i) {
            Some((n, 1 | 2)) if n > 31 => (n as u8, i + 1),
            _ => self.day_number(i, clitics)?,
        };
        // "3- تشرين الثاني- 2022": dashes around the month name.
        let dashed = self.punct(j, '-') && self.month(j + 1, false).is_some();
        if dashed {
            j += 1;
        }
        let from = self.is(j, false, Cat::From);
        if let Some(k) = from {
            // "السادس من الشهر الجاري"
            if let Some((dir, k2)) = self.relative_month(k) {
                let parts = DateParts {
                    day: Some(day),
                    rel_month: Some(dir),
                    ..DateParts::default()
                };
                return Some((parts, k2));
            }
            j = k;
        }
        j = self.is(j, false, Cat::MonthWord).unwrap_or(j);
        let ((m, mismatch), mut j) = self.month(j, false)?;
        let mut parts = DateParts {
            day: Some(day),
            month: Some(m.month),
            hijri: m.hijri,
            dual_mismatch: mismatch,
            ..DateParts::default()
        };
        let k = self.skip_comma(j);
        let k = if dashed && self.punct(k, '-') { k + 1 } else { k };
        if let Some(((y, era), k)) = self.date_year(k) {
            parts.year = Some(y);
            if era == Some(true) && !m.hijri {
                return None;
            }
            j = k;
        } else if let Some((dir, k)) = self.direction(j) {
            parts.dir = Some(dir);
            j = k;
        } else if m.hijri {
            j = self.is(j, false, Cat::EraHijri).unwrap_or(j);
        }
        Some((parts, j))
    }

    /// "يوليو 13", "ديسمبر 6، 2024": the month first and the day in digits after it.
    fn month_first_date(&self, i: usize, clitics: bool) -> Step<DateParts> {
        let ((m, mismatch), j) = self.month(i, clitics)?;
        if m.hijri || !(m.standalone || self.month_context(i)) {
            return None;
        }
        let (day, digits) = self.number(j)?;
        if digits > 2 || !(1..=31).contains(&day) {
            return None;
        }
        let mut parts = DateParts {
            day: Some(day as u8),
            month: Some(m.month),
            dual_mismatch: mismatch,
            ..DateParts::default()
        };
        let k = self.skip_comma(j + 1);
        let end = match self.year(k) {
            Some(((y, None | Some(false)), k)) => {
                parts.year = Some(y);
                k
            }
            _ => j + 1,
        };
        Some((parts, end))
    }

    /// "الشهر الجاري", "الشهر الماضي", "هذا الشهر" after a day.
    fn relative_month(&self, i: usize) -> Step<Dir> {
        match self.period(i, false) {
            Some((Core::Period { unit: Unit::Month, dir }, j)) => Some((dir, j)),
            _ => None,
        }
    }

    /// d/m/yyyy, d-m-yyyy, d.m.yyyy, yyyy-mm-dd and yyyy/mm/dd, written without spaces.
    fn numeric_date(&self, i: usize) -> Step<DateParts> {
        let (a, da) = self.number(i)?;
        let sep = ['/', '-', '.'].into_iter().find(|&c| self.punct(i + 1, c))?;
        let (b, db) = self.number(i + 2)?;
        if !self.punct(i + 3, sep) {
            return None;
        }
        let (c, dc) = self.number(i + 4)?;
        // "27- 6- 2024": a space may follow a separator glued to the number before it.
        let spaced_ok = sep != '.' && (da == 4 || dc == 4);
        if !self.glued(i + 1) || !self.glued(i + 3) || db > 2 {
            return None;
        }
        if (!self.glued(i + 2) || !self.glued(i + 4)) && !spaced_ok {
            return None;
        }
        let (y, m, d) = match (da, dc) {
            (4, 1 | 2) => (a, b, c),
            (1 | 2, 4) => (c, b, a),
            _ => return None,
        };
        if !(1000..=2200).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        // A number glued after the date ("6/12/2024/1") is some other code.
        if self.punct(i + 5, sep) && self.glued(i + 5) {
            return None;
        }
        let mut parts = DateParts {
            day: Some(d as u8),
            month: Some(m as u8),
            year: Some(y as i32),
            ..DateParts::default()
        };
        // "15/6/1446 هـ" is a Hijri date; the "م" of "5/12/2024 م" is the era, not p.m.
        let era = self.cat(i + 5, false, |c| match c {
            Cat::EraHijri => Some(true),
            Cat::EraGregorian => Some(false),
            _ => None,
        });
        let mut end = i + 5;
        if let Some((hijri, k)) = era {
            parts.hijri = hijri;
            end = k;
        }
        Some((parts, end))
    }

    /// "2/2013": a month and a year in digits, written without spaces.
    fn numeric_month(&self, i: usize) -> Step<Expr> {
        let (m, digits) = self.number(i)?;
        if digits > 2 || !(1..=12).contains(&m) || !self.punct(i + 1, '/') {
            return None;
        }
        let (y, yd) = self.number(i + 2)?;
        if yd != 4 || !(1000..=2200).contains(&y) || !self.glued(i + 1) || !self.glued(i + 2) {
            return None;
        }
        if self.punct(i + 3, '/') && self.glued(i + 3) {
            return None;
        }
        let parts = DateParts {
            month: Some(m as u8),
            year: Some(y as i32),
            ..DateParts::default()
        };
        Some((Expr::new(Core::Date(parts)), i + 3))
    }

    /// A weekday, with "يوم" before it and a direction after it.
    fn weekday(&self, i: usize, clitics: bool) -> Step<(u8, Option<Dir>)> {
        // "هذا الأربعاء": the weekday of the anchor's week.
        if let Some(j) = self.is(i, clitics, Cat::This) {
            let ((day, dir), k) = self.weekday(j, false)?;
            return Some(((day, dir.or(Some(Dir::This))), k));
        }
        let start = self.is(i, clitics, Cat::DayWord);
        let (k, clitics) = match start {
            Some(k) => (k, false),
            None => (i, clitics),
        };
        let (day, j) = self.cat(k, clitics, |c| match c {
            Cat::Weekday(d) => Some(d),
            _ => None,
        })?;
        if self.excluded(k) {
            return None;
        }
        match self.direction(j) {
            Some((dir, j)) => Some(((day, Some(dir)), j)),
            None => Some(((day, None), j)),
        }
    }

    fn excluded(&self, i: usize) -> bool {
        let word = match self.toks.get(i) {
            Some(t) if t.kind != TokenKind::Punct => &self.text[t.range()],
            _ => return false,
        };
        let bare = match word.chars().next() {
            Some(c @ ('و' | 'ف')) if word.chars().count() > 3 => &word[c.len_utf8()..],
            _ => word,
        };
        self.lex.is_excluded(self.text, self.toks, i, bare)
    }

    /// Whether the number at `i` counts something: digits followed by a noun that starts no date ("12 مواطنا").
    fn counts(&self, i: usize) -> bool {
        self.number(i).is_some() && self.word(i + 1).is_some() && !self.may_start(i + 1)
    }

    /// The words after a number that `not-dates.tsv` lists as part of a name, if it does.
    fn excluded_number(&self, i: usize) -> Option<usize> {
        let t = self.toks.get(i).filter(|t| t.kind == TokenKind::Number)?;
        self.lex.excluded_after(self.text, self.toks, i, &self.text[t.range()])
    }

    fn relday(&self, i: usize, clitics: bool) -> Step<i32> {
        let found = self.cat(i, clitics, |c| match c {
            Cat::RelDay(n) => Some(n),
            _ => None,
        })?;
        (!self.excluded(i)).then_some(found)
    }

    /// A date optionally followed by "الموافق" and the same date in the other calendar.
    fn date_with_also(&self, i: usize, clitics: bool) -> Step<(DateParts, Option<DateParts>)> {
        let (d, j) = self.date(i, clitics)?;
        let k = self.skip_comma(j);
        if let Some(k) = self.is(k, false, Cat::Agreeing) {
            let k = self.is(k, false, Cat::DayWord).unwrap_or(k);
            let k = self.weekday(k, false).map_or(k, |(_, k)| k);
            let k = self.skip_comma(k);
            if let Some((other, k)) = self.date(k, false) {
                return Some(((d, Some(other)), k));
            }
        }
        Some(((d, None), j))
    }

    /// A day: a relative day, a weekday or a date, in the combinations the press writes them
    /// ("اليوم، الجمعة 6 من كانون الأول", "أمس الخميس", "الجمعة الموافق 6 كانون الأول").
    fn day_expr(&self, i: usize, clitics: bool) -> Step<Expr> {
        let mut best: Step<Expr> = None;
        let mut consider = |cand: Step<Expr>| {
            if let Some((e, j)) = cand {
                if best.as_ref().is_none_or(|(_, b)| j > *b) {
                    best = Some((e, j));
                }
            }
        };
        if let Some((n, j)) = self.relday(i, clitics) {
            let mut e = Expr::new(Core::RelDay(n));
            let mut end = j;
            let k = self.skip_comma(j);
            let (wd, k) = match self.weekday(k, false) {
                Some(((wd, None), k)) => (Some(wd), k),
                _ => (None, k),
            };
            if wd.is_some() {
                e.weekday = wd;
                end = k;
            }
            let k2 = self.skip_comma(end);
            let k2 = self.is(k2, false, Cat::Agreeing).unwrap_or(k2);
            if let Some(((d, also), k3)) = self.date_with_also(k2, false) {
                e.core = Core::Date(d);
                e.relday = Some(n);
                e.also = also;
                end = k3;
            }
            consider(Some((e, end)));
        }
        if let Some(((wd, dir), j)) = self.weekday(i, clitics) {
            let mut e = Expr::new(Core::Weekday { day: wd, dir });
            let mut end = j;
            if dir.is_none() {
                let k = self.skip_comma(j);
                // "الأحد-15 ديسمبر 2024": a dash glued between the weekday and its date.
                let k = if self.punct(k, '-') { k + 1 } else { k };
                let k = self.is(k, false, Cat::Agreeing).unwrap_or(k);
                let k = self.is(k, false, Cat::Skip).unwrap_or(k);
                // The date may stand in brackets after its weekday: "السبت (7 كانون الأول)".
                let bracket = self.punct(k, '(');
                let k = k + usize::from(bracket);
                if let Some(((d, also), k)) = self.date_with_also(k, false) {
                    e.core = Core::Date(d);
                    e.weekday = Some(wd);
                    e.also = also;
                    end = if bracket && self.punct(k, ')') { k + 1 } else { k };
                } else if let Some((day, k)) = self
                    .day_number(k, false)
                    .filter(|&(_, k)| !bracket && !self.counts(k - 1))
                {
                    // "السبت السادس عشر": a day of the month named with its weekday, no month written.
                    let parts = DateParts {
                        day: Some(day),
                        weekday_hint: Some(wd),
                        ..DateParts::default()
                    };
                    e.core = Core::Date(parts);
                    e.weekday = Some(wd);
                    end = k;
                }
            }
            // A Latin weekday ("Sunday") is read only beside its date.
            let latin = self.word(i).is_some_and(|w| w.is_ascii());
            if !(latin && matches!(e.core, Core::Weekday { .. })) {
                consider(Some((e, end)));
            }
        }
        if let Some(((d, also), j)) = self.date_with_also(i, clitics) {
            let mut e = Expr::new(Core::Date(d));
            e.also = also;
            consider(Some((e, j)));
        }
        best
    }

    /// A day with what may follow it: a part of the day ("أمس مساءً") or a clock time.
    fn day_with_time(&self, i: usize, clitics: bool) -> Step<Expr> {
        let (mut e, j) = self.day_expr(i, clitics)?;
        if let Some((part, k)) = self.cat(j, false, |c| match c {
            Cat::PartAdverb(p, _) => Some(p),
            _ => None,
        }) {
            e.part = Some(part);
            return Some((e, k));
        }
        if let Some(((time, part), k)) = self.clock_after_day(j, &e) {
            e.part = part.or(e.part);
            e.clock = Some(time);
            return Some((e, k));
        }
        Some((e, j))
    }

    /// "الليلة", "الليلة الماضية", "هذا المساء": a part of a day relative to the anchor.
    fn relative_part(&self, i: usize, clitics: bool) -> Step<Expr> {
        let ((n, part), j) = self.cat(i, clitics, |c| match c {
            Cat::RelPart(n, p) => Some((n, p)),
            _ => None,
        })?;
        let mut e = Expr::new(Core::RelDay(n));
        e.part = Some(part);
        Some((e, j))
    }

    /// "صباح اليوم", "مساء أمس", "ليلة الجمعة", "فجر السبت الماضي".
    fn part_expr(&self, i: usize, clitics: bool) -> Step<Expr> {
        let (part, j) = self.cat(i, clitics, |c| match c {
            Cat::PartNoun(p) => Some(p),
            _ => None,
        })?;
        let j = self.is(j, false, Cat::DayWord).unwrap_or(j);
        let (mut e, k) = self.day_expr(j, false).or_else(|| self.back_expr(j, false))?;
        e.part = Some(part);
        // "ليلة السبت على الأحد" is read by `night_range`.
        Some((e, k))
    }

    /// A month, with its year or direction: "كانون الأول 2024", "آذار الماضي", "شهر رمضان", "في مارس".
    fn month_expr(&self, i: usize, clitics: bool) -> Step<Expr> {
        let word = self.is(i, clitics, Cat::MonthWord);
        let (j, clitics) = match word {
            Some(j) => (j, false),
            None => (i, clitics),
        };
        if word.is_none() {
            if let Some(found) = self.numeric_month(i) {
                return Some(found);
            }
        }
        let named = self.month(j, clitics).or_else(|| {
            // "شهر 11", "شهر تسعة": a month by its number after "شهر".
            word?;
            let (n, k) = self.count(j, false)?;
            let month = u8::try_from(n).ok().filter(|m| (1..=12).contains(m))?;
            let name = MonthName {
                month,
                hijri: false,
                standalone: true,
            };
            Some(((name, false), k))
        });
        let ((m, mismatch), j) = named?;
        let mut parts = DateParts {
            month: Some(m.month),
            hijri: m.hijri,
            dual_mismatch: mismatch,
            ..DateParts::default()
        };
        let k = self.skip_comma(j);
        let end = if let Some(((y, era), k)) = self.date_year(k) {
            if era == Some(true) && !m.hijri {
                return None;
            }
            parts.year = Some(y);
            k
        } else if let Some((dir, k)) = self.direction(j) {
            parts.dir = Some(dir);
            k
        } else {
            let context = word.is_some() || (!m.hijri && (m.standalone || self.month_context(i)));
            if !context {
                return None;
            }
            j
        };
        Some((Expr::new(Core::Date(parts)), end))
    }

    /// Whether the word before `i` makes an ambiguous month name a month ("في مارس", "منذ آب").
    fn month_context(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1) else {
            return false;
        };
        self.with_hits(prev, true, |hits| {
            hits.iter().any(|h| {
                matches!(
                    h.cat,
                    Cat::Skip | Cat::Since | Cat::Until | Cat::From | Cat::To | Cat::Between | Cat::PeriodPart(_)
                )
            })
        })
    }

    /// A year: "عام 2011", "العام 2024", "سنة 1446 هـ", "2019م", and a bare year after منذ/حتى/في.
    fn year_expr(&self, i: usize, clitics: bool) -> Step<Expr> {
        let word = self.is(i, clitics, Cat::YearWord);
        let j = word.unwrap_or(i);
        let ((y, era), k) = self.year(j).or_else(|| {
            // "عام ألفين وأربعة وعشرين"
            word?;
            let (y, k) = self.year_words(j, false)?;
            Some(((y as i32, None), k))
        })?;
        if word.is_none() && era.is_none() && !self.bare_year_context(i) {
            return None;
        }
        let parts = DateParts {
            year: Some(y),
            hijri: era == Some(true),
            ..DateParts::default()
        };
        Some((Expr::new(Core::Date(parts)), k))
    }

    /// Whether a bare four-digit number at `i` is a year: after "منذ"/"حتى" always ("منذ 2011 قُتل ..."); after
    /// "في"/"خلال" only when no noun follows it ("في 2011،" but not "في 2000 منزل").
    fn bare_year_context(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1) else {
            return false;
        };
        let (since, skip) = self.with_hits(prev, true, |hits| {
            (
                hits.iter().any(|h| matches!(h.cat, Cat::Since | Cat::Until)),
                hits.iter().any(|h| h.cat == Cat::Skip),
            )
        });
        if since {
            return true;
        }
        let after_ok = match self.toks.get(i + 1) {
            None => true,
            Some(t) => t.kind == TokenKind::Punct || self.may_start(i + 1),
        };
        after_ok && skip
    }

    /// "الآن", "في هذه اللحظة": the anchor itself. "حتى الآن" ("so far") is listed in `not-dates.tsv`.
    fn now_expr(&self, i: usize, clitics: bool) -> Step<Expr> {
        let j = self.is(i, clitics, Cat::Now)?;
        (!self.excluded(i)).then(|| (Expr::new(Core::Now), j))
    }

    /// "الأسبوع الماضي", "الشهر المقبل", "العام الجاري", "هذا الأسبوع", "هذه السنة".
    fn period(&self, i: usize, clitics: bool) -> Step<Core> {
        let unit_at = |k: usize, clitics: bool| {
            self.cat(k, clitics, |c| match c {
                Cat::Unit(u, Count::Definite) => Some(u),
                _ => None,
            })
        };
        if let Some(j) = self.is(i, clitics, Cat::This) {
            let (unit, k) = unit_at(j, false)?;
            return Some((Core::Period { unit, dir: Dir::This }, k));
        }
        let (unit, j) = unit_at(i, clitics)?;
        if self.excluded(i) {
            return None;
        }
        // "الشهر هذا" puts the demonstrative after the unit.
        if let Some(k) = self.is(j, false, Cat::This) {
            return Some((Core::Period { unit, dir: Dir::This }, k));
        }
        let (dir, k) = self.direction(j)?;
        // "العام المقبل 2023": the year written wins over the one reckoned.
        if unit == Unit::Year {
            if let Some(((year, None | Some(false)), end)) = self.year(k) {
                let parts = DateParts {
                    year: Some(year),
                    ..DateParts::default()
                };
                return Some((Core::Date(parts), end));
            }
        }
        Some((Core::Period { unit, dir }, k))
    }

    /// "قبل ثلاثة أيام", "منذ يومين", "بعد أسبوعين", "قبل 10 أيام".
    fn shift(&self, i: usize, clitics: bool) -> Step<Core> {
        let (sign, j) = self.cat(i, clitics, |c| match c {
            Cat::Ago(s) => Some(s as i64),
            _ => None,
        })?;
        let unit_at = |k: usize| {
            self.cat(k, false, |c| match c {
                Cat::Unit(u, count) if count != Count::Definite => Some((u, count)),
                _ => None,
            })
        };
        let (unit, n, k) = if let Some(((unit, count), k)) = unit_at(j) {
            let Count::Fixed(n) = count else { return None };
            // "قبل عام 2011", "قبل يوم الجمعة", "بعد شهر رمضان": the unit word names a date, not a count.
            if self.number(k).is_some() || self.starts_date_word(k) {
                return None;
            }
            (unit, n as i64, k)
        } else {
            let (n, k) = self.count(j, false)?;
            let ((unit, count), k) = unit_at(k)?;
            if count == Count::Fixed(2) {
                return None;
            }
            (unit, n as i64, k)
        };
        // "بعد يومين من الغارات" counts from another event, not from the anchor.
        if self.is(k, false, Cat::From).is_some() && !self.starts_date_word(k + 1) {
            return None;
        }
        Some((Core::Shift { unit, n: sign * n }, k))
    }

    fn starts_date_word(&self, i: usize) -> bool {
        self.with_hits(i, false, |hits| {
            hits.iter()
                .any(|h| matches!(h.cat, Cat::Month(_) | Cat::Weekday(_) | Cat::RelDay(_)))
        })
    }

    /// "مطلع كانون الأول", "أواخر العام الماضي", "منتصف الشهر الماضي", "نهاية عام 2011".
    fn period_part_expr(&self, i: usize, clitics: bool) -> Step<Expr> {
        let (pp, j) = self.cat(i, clitics, |c| match c {
            Cat::PeriodPart(p) => Some(p),
            _ => None,
        })?;
        let bare_year = || {
            self.year(j).map(|((y, era), k)| {
                let parts = DateParts {
                    year: Some(y),
                    hijri: era == Some(true),
                    ..DateParts::default()
                };
                (Expr::new(Core::Date(parts)), k)
            })
        };
        // "منتصف الشهر", "نهاية الأسبوع", "مطلع العام": the anchor's own unit.
        let bare_unit = || {
            self.cat(j, false, |c| match c {
                Cat::Unit(unit, Count::Definite) if unit != Unit::Day => Some(unit),
                _ => None,
            })
            .map(|(unit, k)| (Expr::new(Core::Period { unit, dir: Dir::This }), k))
        };
        let target = self
            .month_expr(j, false)
            .or_else(|| self.year_expr(j, false))
            .or_else(bare_year)
            .or_else(|| self.hijri_year_expr(j, false))
            .or_else(|| self.back_expr(j, false))
            .or_else(|| self.period(j, false).map(|(c, k)| (Expr::new(c), k)))
            .or_else(bare_unit);
        let (mut e, k) = target?;
        e.period_part = Some(pp);
        Some((e, k))
    }

    /// One expression at `i`, the longest of the kinds above.
    fn core(&self, i: usize, clitics: bool) -> Step<Expr> {
        // Only the kinds of phrase that can open with this token are tried.
        let hits = self.hits(i, clitics);
        let has = |want: fn(Cat) -> bool| hits.iter().any(|h| want(h.cat));
        let number = self.number(i).is_some();
        let mut best: Step<Expr> = None;
        let mut consider = |found: Step<Expr>| {
            if let Some((e, j)) = found {
                if best.as_ref().is_none_or(|(_, b)| j > *b) {
                    best = Some((e, j));
                }
            }
        };
        // A day picked in a period ("الأحد الأول من الشهر المقبل") wins a tie with a weekday and a date.
        if has(|c| matches!(c, Cat::Nth(_) | Cat::Weekday(_) | Cat::Unit(Unit::Day, Count::Definite))) {
            consider(self.in_span(i, clitics));
        }
        if has(|c| matches!(c, Cat::RelPart(..))) {
            consider(self.relative_part(i, clitics));
        }
        if has(|c| matches!(c, Cat::PeriodPart(_))) {
            consider(self.period_part_expr(i, clitics));
        }
        let hour_word = |c: Cat| {
            matches!(
                c,
                Cat::ClockWord | Cat::Number(_, NumberKind::Ordinal | NumberKind::UnitOrdinal | NumberKind::Cardinal)
            )
        };
        if number || has(hour_word) {
            consider(self.clock_expr(i, clitics));
        }
        if has(|c| matches!(c, Cat::PartNoun(_))) {
            consider(self.part_expr(i, clitics));
        }
        let day_start = |c: Cat| {
            matches!(
                c,
                Cat::RelDay(_)
                    | Cat::Weekday(_)
                    | Cat::DayWord
                    | Cat::This
                    | Cat::Month(_)
                    | Cat::Number(_, NumberKind::Ordinal | NumberKind::UnitOrdinal | NumberKind::Tens)
            )
        };
        if number || has(day_start) {
            consider(self.day_with_time(i, clitics));
        }
        if number || has(|c| matches!(c, Cat::Month(_) | Cat::MonthWord)) {
            consider(self.month_expr(i, clitics));
        }
        if number || has(|c| c == Cat::YearWord) {
            consider(self.year_expr(i, clitics));
        }
        if has(|c| matches!(c, Cat::Unit(_, Count::Definite) | Cat::This)) {
            consider(self.period(i, clitics).map(|(c, j)| (Expr::new(c), j)));
        }
        if has(|c| matches!(c, Cat::Ago(_))) {
            consider(self.shift(i, clitics).map(|(c, j)| (Expr::new(c), j)));
        }
        if has(|c| c == Cat::Now) {
            consider(self.now_expr(i, clitics));
        }
        if has(|c| matches!(c, Cat::Holiday(_))) {
            consider(self.holiday_expr(i, clitics));
        }
        if has(|c| c == Cat::HijriYearWord) {
            consider(self.hijri_year_expr(i, clitics));
        }
        if has(|c| c == Cat::NewYear) {
            consider(self.new_year_expr(i, clitics));
        }
        let points_back = |c: Cat| {
            matches!(
                c,
                Cat::Unit(_, Count::Definite)
                    | Cat::RelPart(..)
                    | Cat::Same
                    | Cat::That
                    | Cat::Ago(_)
                    | Cat::Number(_, NumberKind::Ordinal | NumberKind::UnitOrdinal | NumberKind::Tens)
            )
        };
        if number || has(points_back) {
            consider(self.back_expr(i, clitics));
        }
        best
    }

    /// The left side of a range may be a bare day or a bare year that borrows the rest from the right side.
    fn range_left(&self, i: usize) -> Step<Expr> {
        let bare = self
            .year(i)
            .map(|((y, era), j)| {
                let parts = DateParts {
                    year: Some(y),
                    hijri: era == Some(true),
                    ..DateParts::default()
                };
                (Expr::new(Core::Date(parts)), j)
            })
            .or_else(|| {
                self.day_number(i, false).map(|(d, j)| {
                    let parts = DateParts {
                        day: Some(d),
                        ..DateParts::default()
                    };
                    (Expr::new(Core::Date(parts)), j)
                })
            });
        match (self.core(i, false), bare) {
            (Some(c), Some(b)) => Some(if c.1 >= b.1 { c } else { b }),
            (c, b) => c.or(b),
        }
    }

    fn range_right(&self, i: usize, left: &Expr) -> Step<Expr> {
        let clitics = true;
        if let Some(found) = self.core(i, clitics) {
            return Some(found);
        }
        // A bare year after a year ("بين 2011 و2024"), a bare day after a full date.
        let Core::Date(l) = left.core else {
            return None;
        };
        if l.year.is_some() && l.month.is_none() {
            let ((y, era), j) = self.year(i)?;
            let parts = DateParts {
                year: Some(y),
                hijri: era == Some(true) || l.hijri,
                ..DateParts::default()
            };
            return Some((Expr::new(Core::Date(parts)), j));
        }
        None
    }

    /// "بين 1 و5 كانون الأول", "بين عامي 2011 و2024", "من 27 تشرين الثاني حتى 8 كانون الأول", "1-5 آذار".
    fn range(&self, i: usize) -> Step<(Expr, Expr)> {
        if let Some(j) = self.is(i, true, Cat::Between) {
            let j = self.is(j, false, Cat::YearsWord).unwrap_or(j);
            let (left, k) = self.range_left(j)?;
            let k = self.and(k);
            let (right, end) = self.range_right(k, &left)?;
            return Some((complete_range(left, right)?, end));
        }
        let from = self.is(i, true, Cat::From).or_else(|| self.is(i, true, Cat::Since));
        if let Some(j) = from {
            let (left, k) = self.range_left(j)?;
            let k = self.and(k);
            let k = self.cat(k, true, |c| (c == Cat::To).then_some(())).map(|(_, k)| k)?;
            let (right, end) = self.range_right(k, &left)?;
            return Some((complete_range(left, right)?, end));
        }
        if let Some((d, j)) = self.day_number(i, true) {
            // "1-5 آذار", "13 الى 15 تموز".
            let to = if self.punct(j, '-') {
                Some(j + 1)
            } else {
                self.cat(j, false, |c| (c == Cat::To).then_some(())).map(|(_, k)| k)
            };
            if let Some(k) = to {
                if let Some((right, end)) = self.core(k, false) {
                    let left = Expr::new(Core::Date(DateParts {
                        day: Some(d),
                        ..DateParts::default()
                    }));
                    return Some((complete_range(left, right)?, end));
                }
            }
        }
        // "يوليو 13-15", "تموز 13 الى 15": a date, then the last day alone.
        let (left, j) = self.core(i, true)?;
        let Core::Date(l) = left.core else { return None };
        l.day?;
        l.month?;
        let to = if self.punct(j, '-') {
            j + 1
        } else {
            self.cat(j, false, |c| (c == Cat::To).then_some(())).map(|(_, k)| k)?
        };
        let (d, end) = self.day_number(to, false)?;
        if self.month(end, false).is_some() {
            return None;
        }
        let right = Expr::new(Core::Date(DateParts { day: Some(d), ..l }));
        Some(((left, right), end))
    }
}

/// Gives a partial left side of a range what it left to the right side: "بين 1 و5 كانون الأول" is 1 and 5
/// December. Returns `None` when the two sides cannot form a range.
fn complete_range(mut left: Expr, right: Expr) -> Option<(Expr, Expr)> {
    if let (Core::Date(l), Core::Date(r)) = (&mut left.core, &right.core) {
        match (l.day, l.month, l.year) {
            (Some(_), None, None) => {
                r.day?;
                r.month?;
                l.month = r.month;
                l.year = r.year;
                l.hijri = r.hijri;
                l.dir = r.dir;
            }
            (_, Some(_), None) if r.year.is_some() => {
                l.year = r.year;
                if (l.month, l.day) > (r.month, r.day) {
                    l.year = r.year.map(|y| y - 1);
                }
            }
            (None, None, Some(_)) if r.day.is_some() || r.month.is_some() => return None,
            _ => {}
        }
    }
    Some((left, right))
}
