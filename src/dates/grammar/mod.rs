//! Recognition: from tokens to date expressions, leftmost-longest.
//!
//! The grammar is a set of small functions, one per kind of phrase, each taking the index of a token and
//! returning what it read and the index after it. None of them backtracks beyond the phrase it reads, so a
//! text is read in time linear in its length. Vocabulary comes from [`Lexicon`]; this module holds the order.

use super::lexicon::{Cat, Count, Dir, Feast, Hits, Lexicon, Opening, Part, PeriodPart, Unit};
use std::cell::{Cell, RefCell};

mod anaphora;
mod calendar;
mod clock;
mod dateranges;
mod dayparts;
mod days;
mod eras;
mod habitual;
mod holidays;
mod kinds;
mod lastn;
mod minutes;
mod night;
mod numeric;
mod numwords;
mod offsets;
mod periods;
mod ranges;
mod relmonth;
mod spandays;
mod stamps;
mod tense;
mod tokens;
mod yearof;

pub(crate) use anaphora::Back;
pub(crate) use calendar::{Pick, Span};
pub(crate) use clock::shift_of;
pub(crate) use eras::{Era, EraKind, Of};
pub(crate) use holidays::Sel;
use ranges::complete_range;

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
    /// "منذ" stands before the date in its clause ("منذ هجوم 7 أكتوبر"): what has lasted since cannot start
    /// after the anchor, so a day or month without a year is its latest occurrence on or before it.
    pub not_after: bool,
    /// "في مثل هذا اليوم من عام 1980": the anchor's day and month in the year written.
    pub anniversary: bool,
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
    /// A night named by a bare weekday ("ليلة الأحد"): on that weekday itself, the night that ended it.
    pub eve: bool,
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
            eve: false,
        }
    }
}

/// A recognized phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Parsed {
    One(Expr),
    Range(Expr, Expr),
}

impl Parsed {
    /// Whether it holds a day or month written without a year (or a year relative to the anchor).
    fn has_yearless(&self) -> bool {
        match self {
            Parsed::One(e) => yearless(e),
            Parsed::Range(a, b) => yearless(a) || yearless(b),
        }
    }

    /// Whether it writes a year of its own ("ذي الحجة 1433", "عام 2011").
    fn has_written_year(&self) -> bool {
        let written = |e: &Expr| matches!(e.core, Core::Date(p) if p.year.is_some());
        match self {
            Parsed::One(e) => written(e),
            Parsed::Range(a, b) => written(a) || written(b),
        }
    }

    /// Marks its dates without a year as on or before the anchor.
    fn not_after(&mut self) {
        match self {
            Parsed::One(e) => mark_not_after(e),
            Parsed::Range(a, b) => {
                mark_not_after(a);
                mark_not_after(b);
            }
        }
    }
}

/// Whether `e` is a day or month written without a year, absolute or relative.
fn yearless(e: &Expr) -> bool {
    matches!(e.core, Core::Date(p) if p.year.is_none() && p.rel_year.is_none() && p.rel_month.is_none() && p.month.is_some())
}

fn mark_not_after(e: &mut Expr) {
    if yearless(e) {
        if let Core::Date(p) = &mut e.core {
            p.not_after = true;
        }
    }
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

/// Slots of [`Parser::cache`]: eight tokens, with and without proclitics, about what a phrase spans. Each text clears
/// them all (200 bytes a slot), so more slots cost more than the look-ups they save.
const CACHE: usize = 16;

/// [`Parser::cache`] with no token in it (key 0; a slot's key is one more than its token's). A constant of
/// zero bytes, which a parser clears its cache with: built at run time, the empty slots were written field by
/// field (13 KB of instructions a text); a constant with other bytes was copied, reading 6 KB a text.
const EMPTY_CACHE: [(u32, Hits); CACHE] = [(0, Hits::EMPTY); CACHE];

/// Slots of [`Parser::cores`]: the start of a phrase and the start of the right side of a range.
const CORES: usize = 4;

type Step<T> = Option<(T, usize)>;

impl<'a> Parser<'a> {
    pub(crate) fn new(lex: &'a Lexicon, text: &'a str, toks: &'a [Token]) -> Self {
        Parser {
            lex,
            text,
            toks,
            cache: RefCell::new(EMPTY_CACHE),
            cores: RefCell::new([const { (u32::MAX, None) }; CORES]),
            excluded: Cell::new([None; EXCLUDED]),
        }
    }

    /// Every phrase in the text, leftmost-longest, not overlapping.
    pub(crate) fn find_all(&self) -> Vec<Found> {
        let mut found = Vec::with_capacity(self.toks.len() / 24 + 4);
        let mut i = 0;
        while i < self.toks.len() {
            if !self.may_start(i) {
                i += 1;
                continue;
            }
            // A number that starts a name ("مدينة 6 أكتوبر", "قوى 14 آذار"): the whole name is passed over.
            // A year alone after a revolution is its year ("ثورة 1936"), though "ثورة 25 يناير" is a name.
            if let Some(after) = self.excluded_number(i).filter(|_| !self.labelled_year_alone(i)) {
                let end = self.phrase(i).map_or(i + 1, |(_, end, _)| end);
                i = end.max(i + 1 + after);
                continue;
            }
            match self.phrase(i) {
                // "كل خميس", "23 أيلول من كل عام", and a time of that day after it ("كل خميس في الخامسة
                // مساء"): a time that recurs names no date; nor does a day in a sentence that says it comes
                // back every year (`habitual`).
                Some((ref parsed, end, _)) if self.recurs(parsed, i, end) || self.habitual(parsed, i, end) => i = end,
                Some((mut parsed, end, clitic)) => {
                    let preposition = self.preposition_before(i);
                    if parsed.has_yearless() && self.since_before(i) {
                        parsed.not_after();
                    }
                    self.glued_year(i, &mut parsed);
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

    /// Whether the phrase at `i` is a year alone, after a noun that names an event by its year.
    fn labelled_year_alone(&self, i: usize) -> bool {
        self.labelled_year(i)
            && matches!(self.phrase(i), Some((Parsed::One(Expr { core: Core::Date(p), .. }), _, _))
                if p.month.is_none() && p.year.is_some())
    }

    /// Whether the phrase over tokens `i..end` names a time that recurs: "كل" before it ("كل خميس", "كل يوم
    /// جمعة"), or "(من) كل" and a unit or weekday after it ("23 أيلول من كل عام").
    ///
    /// A phrase with its year written, a few words after "كل عام", names one occurrence ("كعادة كل عام منذ
    /// أواخر ذي الحجة 1433").
    fn recurs(&self, parsed: &Parsed, i: usize, end: usize) -> bool {
        let day_at = |n: usize| {
            let day = |c: Cat| matches!(c, Cat::Unit(..) | Cat::Weekday(_) | Cat::WeekdayNoun(_) | Cat::DayWord);
            self.cat(n, false, |c| day(c).then_some(())).is_some()
        };
        // "كل" right before, or with a day or unit after it up to three words before, in the same stretch ("كل
        // خميس في الخامسة مساء"); not "كل من" (both).
        // A word no entry of "every" can be read at is let go before the parser's cache is asked (most words
        // before a phrase are such; the filter is the vocabulary's, `Lexicon::may_be_every`).
        let before = (i.saturating_sub(4)..i)
            .rev()
            .take_while(|&k| self.toks[k].kind != TokenKind::Punct)
            .filter(|&k| self.word(k).is_some_and(|w| self.lex.may_be_every(w)))
            .find_map(|k| self.is(k, true, Cat::Every));
        if let Some(n) = before {
            return n == i || (day_at(n) && !parsed.has_written_year());
        }
        let k = self.is(end, false, Cat::From).unwrap_or(end);
        self.is(k, false, Cat::Every).is_some_and(day_at)
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
                Opening::BeforeDate => {
                    self.toks.get(i + 1).is_some_and(|n| match n.kind {
                        TokenKind::Number => true,
                        TokenKind::Word => self.lex.opens(&self.text[n.range()]) == Opening::Yes,
                        TokenKind::Punct => false,
                    }) || self.indefinite_dir(i + 2).is_some()
                }
            },
            TokenKind::Punct => false,
        }
    }

    /// The longest phrase at `i`: a range or a single expression.
    fn phrase(&self, i: usize) -> Option<(Parsed, usize, u32)> {
        let clitic = self.clitic_len(i);
        let single = self.core(i, true).map(|(e, j)| (Parsed::One(e), j));
        // The kinds of the first token, read once for the tests below.
        let first = self.kinds(i, true);
        let opens_range = self.number(i).is_some()
            || first
                & (kinds::BETWEEN
                    | kinds::YEARS_WORD
                    | kinds::MONTHS_WORD
                    | kinds::FROM
                    | kinds::SINCE
                    | kinds::MONTH
                    // "الخميس 7 نوفمبر وحتى 27 مارس", "اليوم الثلاثاء 24 ديسمبر وتنتهي في 26 ديسمبر"
                    | kinds::WEEKDAY
                    | kinds::PART_NOUN
                    | kinds::REL_DAY
                    | kinds::DAY_WORD
                    | kinds::ORDINAL
                    | kinds::UNIT_ORDINAL
                    | kinds::TENS)
                != 0;
        let range = if opens_range { self.range(i) } else { None }.map(|((a, b), j)| (Parsed::Range(a, b), j));
        let mut best = match (single, range) {
            (Some(s), Some(r)) => Some(if r.1 > s.1 { r } else { s }),
            (s, r) => s.or(r),
        };
        // Ranges that read more than two dates: clock ranges, nights, "the last N days".
        let after = best.as_ref().map(|(_, j)| *j);
        // These read a phrase more closely than the general range, so they win a tie with it.
        let mut consider = |found: Step<Parsed>| {
            if let Some((p, j)) = found {
                if best.as_ref().is_none_or(|(_, e)| j >= *e) {
                    best = Some((p, j));
                }
            }
        };
        let range = |found: Step<(Expr, Expr)>| found.map(|((a, b), j)| (Parsed::Range(a, b), j));
        if first & (kinds::BETWEEN | kinds::FROM) != 0 || self.opens_clock_range(i, after) {
            consider(range(self.clock_range(i)));
        }
        if first & (kinds::WEEKDAY | kinds::BETWEEN) != 0 {
            consider(range(self.weekday_pair(i)));
        }
        if first & kinds::NIGHT_NOUN != 0 {
            // "بعد منتصف ليل الجمعة - السبت" is in the small hours of Saturday, "قبل منتصف ..." on Friday.
            let night = match (self.night_range(i), self.midnight_side(i)) {
                (Some(((a, b), j)), Some(after)) => Some((Parsed::One(if after { b } else { a }), j)),
                (found, _) => range(found),
            };
            consider(night);
        }
        // Asked once for the two tests below: it reads the vocabulary at `i` and the token after it.
        let stretch_opens = first & kinds::UNITS != 0 || self.opens_stretch(i);
        if stretch_opens {
            consider(range(self.stretch(i)));
            consider(range(self.days_of_span(i)));
        }
        if stretch_opens || self.number(i).is_some() {
            consider(range(self.months_of_year(i)));
        }
        if first & kinds::NTH_LAST != 0 {
            consider(range(self.last_n(i)));
        }
        if first & kinds::YEAR_WORD != 0 {
            consider(range(self.year_word_span(i)));
        }
        let count_word = kinds::CARDINAL | kinds::UNIT_CARDINAL | kinds::TEEN_WORD | kinds::TENS;
        if self.number(i).is_some() || first & count_word != 0 {
            consider(range(self.indefinite_n(i)));
        }
        if first & (kinds::REL_PART | kinds::PART_NOUN) != 0 {
            consider(range(self.part_pair(i)));
        }
        let (mut parsed, mut end) = best?;
        // A range of days with their weekdays after it ("1 و2 ديسمبر، الاثنين والثلاثاء").
        if let Parsed::Range(a, b) = &mut parsed {
            let day = |e: &Expr| matches!(e.core, Core::Date(p) if p.day.is_some()) && e.weekday.is_none();
            if day(a) && day(b) {
                if let Some(((wa, wb), after)) = self.weekdays_after(end) {
                    (a.weekday, b.weekday, end) = (Some(wa), Some(wb), after);
                }
            }
        }
        Some((self.toward_future(parsed, i), end, clitic))
    }

    /// Bytes of proclitics on token `i` that the phrase does not include.
    fn clitic_len(&self, i: usize) -> u32 {
        self.with_hits(i, true, |hits| {
            hits.iter().map(|h| u32::from(h.clitic)).min().unwrap_or(0)
        })
    }

    /// Whether "منذ" stands a few words before token `i` in the same stretch of text ("منذ 7 أكتوبر", "منذ
    /// هجوم حماس في 7 أكتوبر"): up to five words back, not across punctuation.
    fn since_before(&self, i: usize) -> bool {
        (i.saturating_sub(5)..i)
            .rev()
            .take_while(|&j| self.toks[j].kind != TokenKind::Punct)
            // "منذ" opens a date phrase (before a date): one look-up of the word lets the others go at once.
            .filter(|&j| {
                self.toks[j].kind == TokenKind::Word && self.lex.opens(&self.text[self.toks[j].range()]) != Opening::No
            })
            .any(|j| self.with_hits(j, true, |hits| hits.iter().any(|h| h.cat == Cat::Since)))
    }

    fn preposition_before(&self, i: usize) -> Option<Cat> {
        let prev = i.checked_sub(1)?;
        self.with_hits(prev, true, |hits| {
            hits.iter()
                .map(|h| h.cat)
                .find(|c| matches!(c, Cat::Since | Cat::Until))
        })
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
    ///
    /// The readers of each kind are `#[inline(never)]`: inlined here and in [`phrase`](Self::phrase) they made
    /// one body of code too large for the instruction cache, though a token tries only the few kinds it may
    /// open (callgrind's cache simulation: first-level instruction misses of an extraction 3.13 M -> 2.94 M).
    fn read_core(&self, i: usize, clitics: bool) -> Step<Expr> {
        // Only the kinds of phrase that can open with this token are tried.
        let kinds = self.kinds(i, clitics);
        let has = |want: u64| kinds & want != 0;
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
        if has(kinds::HOLIDAY) {
            consider(self.holiday_expr(i, clitics));
        }
        if has(kinds::FRIDAY_NOUN) {
            consider(self.named_friday(i));
        }
        // A day picked in a period ("الأحد الأول من الشهر المقبل", "يوم الجمعة الأخير من الشهر") wins a tie
        // with a weekday and a date.
        if has(kinds::NTH | kinds::NTH_LAST | kinds::WEEKDAY | kinds::DAY_DEFINITE | kinds::DAY_WORD) {
            consider(self.in_span(i, clitics));
        }
        // A part of the day is read once, alone here and with a clock time after it below.
        let rel_part = if has(kinds::REL_PART) {
            self.relative_part(i, clitics)
        } else {
            None
        };
        consider(rel_part.clone());
        if has(kinds::PERIOD_PART | kinds::WEEK_DEFINITE | kinds::DAYS_WEEKS) {
            consider(self.period_part_expr(i, clitics));
        }
        let hour_word = kinds::CLOCK_WORD | kinds::ORDINAL | kinds::UNIT_ORDINAL | kinds::CARDINAL;
        if number || has(hour_word) {
            consider(self.clock_expr(i, clitics));
        }
        let part_noun = if has(kinds::PART_NOUN) {
            self.part_expr(i, clitics)
        } else {
            None
        };
        consider(part_noun.clone());
        let day_start = kinds::REL_DAY
            | kinds::WEEKDAY
            | kinds::DAY_WORD
            | kinds::THIS
            | kinds::MONTH
            | kinds::ORDINAL
            | kinds::UNIT_ORDINAL
            | kinds::TENS
            | kinds::CARDINAL
            | kinds::UNIT_CARDINAL
            | kinds::TEEN_WORD;
        if number || has(day_start) {
            consider(self.day_with_time(i, clitics));
        }
        if number || has(kinds::MONTH | kinds::MONTH_WORD) {
            consider(self.month_expr(i, clitics));
        }
        if number || has(kinds::YEAR_WORD) {
            consider(self.year_expr(i, clitics));
        }
        if has(kinds::DEFINITE_UNIT | kinds::THIS) {
            consider(self.period(i, clitics).map(|(c, j)| (Expr::new(c), j)));
        }
        if has(kinds::AGO) {
            consider(self.shift(i, clitics).map(|(c, j)| (Expr::new(c), j)));
        }
        if number {
            consider(self.count_from_now(i).map(|(c, j)| (Expr::new(c), j)));
        }
        if has(kinds::NOW) {
            consider(self.now_expr(i, clitics));
        }
        if has(kinds::HIJRI_YEAR_WORD) {
            consider(self.hijri_year_expr(i, clitics));
        }
        if has(kinds::NEW_YEAR) {
            consider(self.new_year_expr(i, clitics));
        }
        consider(self.part_then_clock(rel_part.or(part_noun)));
        if has(kinds::PART_ALONE) {
            consider(self.bare_part(i, clitics));
        }
        if has(kinds::WEEKDAY | kinds::WEEK_DEFINITE | kinds::THIS) {
            consider(self.week_weekday(i, clitics));
        }
        let era_start = kinds::SEASON
            | kinds::YEAR_PART
            | kinds::DECADE
            | kinds::DECADE_WORD
            | kinds::CENTURY_WORD
            | kinds::WEEKEND
            | kinds::THIS;
        if has(era_start) {
            consider(self.era_expr(i, clitics));
        }
        let points_back = kinds::DEFINITE_UNIT
            | kinds::REL_PART
            | kinds::SAME
            | kinds::THAT
            | kinds::AGO
            | kinds::ORDINAL
            | kinds::UNIT_ORDINAL
            | kinds::TENS;
        // Digits point back only as the day of "29 من الشهر ذاته".
        let day_digits = matches!(self.number(i), Some((1..=31, 1 | 2)));
        if day_digits || has(points_back) {
            consider(self.back_expr(i, clitics));
        }
        best
    }
}
