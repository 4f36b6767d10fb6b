//! Recognition: from tokens to date expressions, leftmost-longest.
//!
//! The grammar is a set of small functions, one per kind of phrase, each taking the index of a token and
//! returning what it read and the index after it. None of them backtracks beyond the phrase it reads, so a
//! text is read in time linear in its length. Vocabulary comes from [`Lexicon`]; this module holds only the
//! order in which words combine.

use super::lexicon::{
    Cat, Count, Dir, Feast, Hit, Hits, Lexicon, MonthName, NumberKind, Opening, Part, PeriodPart, Unit,
};
use std::cell::{Cell, RefCell};

mod anaphora;
mod calendar;
mod clock;
mod dateranges;
mod dayparts;
mod days;
mod eras;
mod holidays;
mod lastn;
mod night;
mod numeric;
mod numwords;
mod offsets;
mod periods;
mod ranges;
mod relmonth;
mod stamps;
mod yearof;

use ranges::complete_range;

pub(crate) use anaphora::Back;
pub(crate) use calendar::{Pick, Span};
pub(crate) use eras::{Era, EraKind, Of};
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
    /// The year as the anchor's moved by n ("نوفمبر من العام الماضي").
    pub rel_year: Option<i8>,
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
    /// A season, a part of a year, a decade, a century or the weekend ("الربع الأول من 2024").
    Era(Era),
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
    /// The expressions read at the last few (token, proclitics) keys: a phrase is read as a single expression
    /// and again as the left side of each kind of range ([`Parser::phrase`]), so the same key is asked for up
    /// to four times in a row. Direct-mapped like `cache`.
    cores: RefCell<[(u32, Step<Expr>); CORES]>,
    /// The answers of [`Parser::excluded`] at the last few tokens, direct-mapped on the token index.
    excluded: Cell<[Option<(usize, bool)>; EXCLUDED]>,
}

/// Slots of [`Parser::excluded`].
const EXCLUDED: usize = 4;

/// Slots of [`Parser::cache`]: more than the tokens a phrase spans.
const CACHE: usize = 32;

/// Slots of [`Parser::cores`]: the start of a phrase and the start of the right side of a range.
const CORES: usize = 4;

type Step<T> = Option<(T, usize)>;

impl<'a> Parser<'a> {
    pub(crate) fn new(lex: &'a Lexicon, text: &'a str, toks: &'a [Token]) -> Self {
        Parser {
            lex,
            text,
            toks,
            cache: RefCell::new([(u32::MAX, Hits::default()); CACHE]),
            cores: RefCell::new([const { (u32::MAX, None) }; CORES]),
            excluded: Cell::new([None; EXCLUDED]),
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
                            | Cat::YearsWord
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
        if self.with_hits(i, true, |hits| hits.iter().any(|h| h.cat == Cat::Nth(-1))) {
            consider(self.last_n(i));
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

    /// The vocabulary matches at `i`, copied out of the cache whole.
    fn hits(&self, i: usize, clitics: bool) -> Hits {
        let key = (i as u32) << 1 | u32::from(clitics);
        let slot = key as usize % CACHE;
        {
            let cache = self.cache.borrow();
            if cache[slot].0 == key {
                return cache[slot].1;
            }
        }
        let hits = self.lex.lookup(self.text, self.toks, i, clitics);
        self.cache.borrow_mut()[slot] = (key, hits);
        hits
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
        // A number token is ASCII digits (`tokenize`); nine of them fit a `u32`.
        let digits = &self.text.as_bytes()[t.range()];
        if digits.len() > 9 {
            return None;
        }
        let mut n = 0u32;
        for &b in digits {
            if !b.is_ascii_digit() {
                return None;
            }
            n = n * 10 + u32::from(b - b'0');
        }
        Some((n, digits.len()))
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

    /// Whether the word at `i` stands in a context of `not-dates.tsv`, asked of [`Lexicon::is_excluded`] once
    /// per token: a weekday or a relative day is asked again by each kind of phrase it may open.
    fn excluded(&self, i: usize) -> bool {
        let slot = i % EXCLUDED;
        if let Some((_, known)) = self.excluded.get()[slot].filter(|&(k, _)| k == i) {
            return known;
        }
        let found = self.read_excluded(i);
        let mut memo = self.excluded.get();
        memo[slot] = Some((i, found));
        self.excluded.set(memo);
        found
    }

    fn read_excluded(&self, i: usize) -> bool {
        let word = match self.toks.get(i) {
            Some(t) if t.kind != TokenKind::Punct => &self.text[t.range()],
            _ => return false,
        };
        let bare = match word.chars().next() {
            Some(c @ ('و' | 'ف')) if word.chars().nth(3).is_some() => &word[c.len_utf8()..],
            _ => word,
        };
        self.lex.is_excluded(self.text, self.toks, i, bare)
    }

    /// The words after a number that `not-dates.tsv` lists as part of a name, if it does.
    fn excluded_number(&self, i: usize) -> Option<usize> {
        let t = self.toks.get(i).filter(|t| t.kind == TokenKind::Number)?;
        self.lex.excluded_after(self.text, self.toks, i, &self.text[t.range()])
    }

    /// One expression at `i`, the longest of the kinds above, read once per key ([`Parser::cores`]).
    fn core(&self, i: usize, clitics: bool) -> Step<Expr> {
        let key = (i as u32) << 1 | u32::from(clitics);
        let slot = key as usize % CORES;
        if let Some((_, found)) = self.cores.borrow().get(slot).filter(|(k, _)| *k == key) {
            return found.clone();
        }
        let found = self.read_core(i, clitics);
        self.cores.borrow_mut()[slot] = (key, found.clone());
        found
    }

    /// [`core`](Self::core) without the memo.
    fn read_core(&self, i: usize, clitics: bool) -> Step<Expr> {
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
        // A holiday named with a part of the day ("ليلة رأس السنة") is the holiday.
        if has(|c| matches!(c, Cat::Holiday(_))) {
            consider(self.holiday_expr(i, clitics));
        }
        // A day picked in a period ("الأحد الأول من الشهر المقبل") wins a tie with a weekday and a date.
        if has(|c| matches!(c, Cat::Nth(_) | Cat::Weekday(_) | Cat::Unit(Unit::Day, Count::Definite))) {
            consider(self.in_span(i, clitics));
        }
        // A part of the day is read once, alone here and with a clock time after it below.
        let rel_part = if has(|c| matches!(c, Cat::RelPart(..))) {
            self.relative_part(i, clitics)
        } else {
            None
        };
        consider(rel_part.clone());
        if has(|c| {
            matches!(
                c,
                Cat::PeriodPart(_) | Cat::Unit(Unit::Week, Count::Definite) | Cat::Units(Unit::Day | Unit::Week, _)
            )
        }) {
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
        let part_noun = if has(|c| matches!(c, Cat::PartNoun(_))) {
            self.part_expr(i, clitics)
        } else {
            None
        };
        consider(part_noun.clone());
        let day_start = |c: Cat| {
            matches!(
                c,
                Cat::RelDay(_)
                    | Cat::Weekday(_)
                    | Cat::DayWord
                    | Cat::This
                    | Cat::Month(_)
                    | Cat::Number(
                        _,
                        NumberKind::Ordinal
                            | NumberKind::UnitOrdinal
                            | NumberKind::Tens
                            | NumberKind::Cardinal
                            | NumberKind::UnitCardinal
                            | NumberKind::TeenWord
                    )
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
        if number {
            consider(self.count_from_now(i).map(|(c, j)| (Expr::new(c), j)));
        }
        if has(|c| c == Cat::Now) {
            consider(self.now_expr(i, clitics));
        }
        if has(|c| c == Cat::HijriYearWord) {
            consider(self.hijri_year_expr(i, clitics));
        }
        if has(|c| c == Cat::NewYear) {
            consider(self.new_year_expr(i, clitics));
        }
        consider(self.part_then_clock(rel_part.or(part_noun)));
        if has(|c| matches!(c, Cat::PartAlone(_))) {
            consider(self.bare_part(i, clitics));
        }
        if has(|c| matches!(c, Cat::Weekday(_) | Cat::Unit(Unit::Week, Count::Definite) | Cat::This)) {
            consider(self.week_weekday(i, clitics));
        }
        let era_start = |c: Cat| {
            matches!(
                c,
                Cat::Season(_)
                    | Cat::YearPart(_)
                    | Cat::Decade(_)
                    | Cat::DecadeWord
                    | Cat::CenturyWord
                    | Cat::Weekend
                    | Cat::This
            )
        };
        if has(era_start) {
            consider(self.era_expr(i, clitics));
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
        // Digits point back only as the day of "29 من الشهر ذاته".
        let day_digits = matches!(self.number(i), Some((1..=31, 1 | 2)));
        if day_digits || has(points_back) {
            consider(self.back_expr(i, clitics));
        }
        best
    }
}
