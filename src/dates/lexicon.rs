//! The date vocabulary, read from the tables in `data/vocab/` and compiled into lookup maps once.
//!
//! Every entry is folded with [`crate::text::fold_str`] before it is stored, so a table lists a word once in
//! its usual spelling and matches every hamza, ى/ي, ة/ه and diacritic variant of it.

use rustc_hash::FxHashMap;

use crate::table::rows;
use crate::text::{fold_str, Token, TokenKind};

const MONTHS: &str = include_str!("../../data/vocab/months.tsv");
const WEEKDAYS: &str = include_str!("../../data/vocab/weekdays.tsv");
const NUMBERS: &str = include_str!("../../data/vocab/numbers.tsv");
const WORDS: &str = include_str!("../../data/vocab/words.tsv");
const NOT_DATES: &str = include_str!("../../data/vocab/not-dates.tsv");
const HOLIDAYS: &str = include_str!("../../data/vocab/holidays.tsv");
const LATIN: &str = include_str!("../../data/vocab/latin.tsv");
const PERIODS: &str = include_str!("../../data/vocab/periods.tsv");
const VARIANTS: &str = include_str!("../../data/vocab/variants.tsv");

/// Which way a direction word points from the anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dir {
    Past,
    Next,
    This,
    /// "قبل الماضي": one before the last.
    BeforeLast,
    /// "بعد القادم": one after the next.
    AfterNext,
}

/// A calendar unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

/// How many units a unit word carries by itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Count {
    /// With the article ("الأسبوع"): the unit as a period, not a count.
    Definite,
    /// Singular (1) or dual (2).
    Fixed(u8),
    /// A plural that needs a count before it.
    Plural,
}

/// Part of a day, as TIMEX3 names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    Morning,
    Afternoon,
    Evening,
    Night,
}

/// How a part of the day written after a clock hour moves it (CONVENTIONS.md, "Clock times").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shift {
    /// صباحًا، فجرًا، ص: the hour as written.
    Keep,
    /// مساءً، عصرًا، بعد الظهر، م: 1-11 are afternoon hours.
    Pm,
    /// ظهرًا: 12 stays noon, 1-3 are 13-15.
    Noon,
    /// ليلًا: 6-11 are evening hours.
    Night,
}

/// How a holiday's day is found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Feast {
    /// A fixed Gregorian month and day.
    Gregorian { month: u8, day: u8 },
    /// A fixed Hijri month and day, by Umm al-Qura.
    Hijri { month: u8, day: u8 },
    /// Western Easter Sunday, by the Gregorian computus.
    Easter,
}

/// Part of a month, year or week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PeriodPart {
    Start,
    Mid,
    End,
}

/// A month of one of the calendar systems.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MonthName {
    pub month: u8,
    pub hijri: bool,
    pub standalone: bool,
}

/// Number words by the role they play in a number phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumberKind {
    Ordinal,
    UnitOrdinal,
    Tens,
    Teen,
    Cardinal,
    UnitCardinal,
    /// 11-19 in one word, as spoken ("خمستاشر").
    TeenWord,
    /// 100-900, value = hundreds ("تسعمائة" = 9).
    Hundreds,
    /// 1000 or 2000, value = thousands ("ألفين" = 2).
    Thousands,
}

/// What a vocabulary entry means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cat {
    RelDay(i32),
    RelPart(i32, Part),
    Direction(Dir),
    This,
    Unit(Unit, Count),
    PartNoun(Part),
    PartAdverb(Part, Shift),
    PeriodPart(PeriodPart),
    Since,
    Until,
    Ago(i8),
    Between,
    From,
    To,
    Skip,
    EraGregorian,
    EraHijri,
    DayWord,
    MonthWord,
    YearWord,
    YearsWord,
    ClockWord,
    Agreeing,
    Fraction(u8),
    Month(MonthName),
    Weekday(u8),
    Number(u8, NumberKind),
    /// "الآن", "في هذه اللحظة": the anchor itself.
    Now,
    /// "إلا" in a clock time ("الرابعة إلا ربعًا").
    Minus,
    /// "بتوقيت" before the place a clock time is given in.
    Zone,
    /// "أول", "ثاني", ... "آخر" (-1) before a bare weekday or "أيام".
    Nth(i8),
    /// A weekday without its article, after an ordinal ("أول جمعة").
    WeekdayNoun(u8),
    /// "الأخير"/"الأخيرة" after a weekday or "اليوم".
    Last,
    /// "الأيام", "الأسابيع", "اليومين": the units of "the last/next N units"; the count is 2 for a dual, 0
    /// for a plural that takes a number.
    Units(Unit, u8),
    /// A holiday.
    Holiday(Feast),
    /// "العام الهجري", "السنة الهجرية".
    HijriYearWord,
    /// A season (0 spring, 1 summer, 2 autumn, 3 winter), read with its year or direction.
    Season(u8),
    /// "العام الجديد": the year whose 1 January is nearest.
    NewYear,
    /// "نفسه", "ذاته": the unit of an earlier date.
    Same,
    /// "التالي", "اللاحق": the unit after an earlier date.
    Following,
    /// "ذلك", "تلك": an earlier date of the text.
    That,
    /// "الربع" (4 parts) or "النصف" (2 parts) of a year, before an ordinal or a direction.
    YearPart(u8),
    /// A decade by its tens digit ("التسعينيات" 9).
    Decade(u8),
    /// "العقد".
    DecadeWord,
    /// "القرن".
    CenturyWord,
    /// "عطلة نهاية الأسبوع".
    Weekend,
    /// A hedge before a count ("نحو", "أكثر من").
    Approx,
    /// A part of the day that may stand alone after "في" ("في المساء").
    PartAlone(Part),
}

#[derive(Debug)]
struct Entry {
    /// The folded words after the first one.
    rest: Box<[Box<str>]>,
    cat: Cat,
}

/// A vocabulary match at a token: what it means, the token after it, and how many bytes of proclitics
/// ("و", "ف", "ب", "ل", "ك") stand before it in its first token.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub cat: Cat,
    /// The token after the entry.
    pub next: u32,
    /// Bytes of proclitics (at most two letters).
    pub clitic: u8,
}

/// The vocabulary matches at one token, held on the stack: the grammar asks for them many times per phrase.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hits {
    items: [Hit; 12],
    len: u8,
}

impl Default for Hits {
    fn default() -> Self {
        let none = Hit {
            cat: Cat::Skip,
            next: 0,
            clitic: 0,
        };
        Hits {
            items: [none; 12],
            len: 0,
        }
    }
}

impl Hits {
    /// Keeps a match; a word with more than 12 readings (none has more than 4) keeps its first 12.
    pub(crate) fn push(&mut self, hit: Hit) {
        if let Some(slot) = self.items.get_mut(usize::from(self.len)) {
            *slot = hit;
            self.len += 1;
        }
    }

    pub(crate) fn as_slice(&self) -> &[Hit] {
        &self.items[..usize::from(self.len)]
    }

    pub(crate) fn iter(&self) -> std::slice::Iter<'_, Hit> {
        self.as_slice().iter()
    }

    fn as_mut_slice(&mut self) -> &mut [Hit] {
        &mut self.items[..usize::from(self.len)]
    }
}

/// An exclusion: a date word in a context where it is not a date.
#[derive(Debug)]
struct NotDate {
    before: Box<[Box<str>]>,
    after: Box<[Box<str>]>,
}

/// The compiled vocabulary.
#[derive(Debug)]
pub(crate) struct Lexicon {
    entries: FxHashMap<Box<str>, Vec<Entry>>,
    not_dates: FxHashMap<Box<str>, Vec<NotDate>>,
    /// The word just before `[#]` in every rule of `not-dates.tsv` that has one ("شارع", "قوى").
    name_heads: FxHashMap<Box<str>, ()>,
    /// First words that can open a phrase, and how, written with every sequence of proclitics; a word with
    /// its article also stands here in its "لل" form without the alef ("لعام" for "للعام").
    openers: FxHashMap<Box<str>, Opening>,
}

fn parse_cat(category: &str, value: &str) -> Cat {
    let part = |v: &str| match v.split(':').next().unwrap_or(v) {
        "MO" => Part::Morning,
        "AF" => Part::Afternoon,
        "EV" => Part::Evening,
        "NI" => Part::Night,
        other => panic!("words.tsv: unknown part of day {other:?}"),
    };
    match category {
        "relday" => Cat::RelDay(value.parse().expect("words.tsv: relday value is an integer")),
        "relpart" => {
            let (offset, p) = value.split_once(':').expect("words.tsv: relpart value is offset:part");
            Cat::RelPart(offset.parse().expect("words.tsv: relpart offset"), part(p))
        }
        "direction" => Cat::Direction(match value {
            "past" => Dir::Past,
            "next" => Dir::Next,
            "this" => Dir::This,
            "before-last" => Dir::BeforeLast,
            "after-next" => Dir::AfterNext,
            other => panic!("words.tsv: unknown direction {other:?}"),
        }),
        "this" => Cat::This,
        "unit" => {
            let (unit, count) = value.split_once(':').expect("words.tsv: unit value is unit:count");
            let unit = unit_of(unit);
            let count = match count {
                "0" => Count::Definite,
                "n" => Count::Plural,
                n => Count::Fixed(n.parse().expect("words.tsv: unit count")),
            };
            Cat::Unit(unit, count)
        }
        "part-noun" => Cat::PartNoun(part(value)),
        "part-adverb" => {
            let p = part(value);
            let shift = match value.split_once(':').map(|(_, s)| s) {
                Some("keep") => Shift::Keep,
                Some("pm") => Shift::Pm,
                Some("noon") => Shift::Noon,
                Some("night") => Shift::Night,
                Some(other) => panic!("words.tsv: unknown clock shift {other:?}"),
                None => match p {
                    Part::Morning => Shift::Keep,
                    Part::Afternoon | Part::Evening => Shift::Pm,
                    Part::Night => Shift::Night,
                },
            };
            Cat::PartAdverb(p, shift)
        }
        "now" => Cat::Now,
        "minus" => Cat::Minus,
        "zone" => Cat::Zone,
        "nth" => Cat::Nth(value.parse().expect("words.tsv: nth value is an integer")),
        "weekday-noun" => Cat::WeekdayNoun(value.parse().expect("words.tsv: ISO weekday")),
        "last" => Cat::Last,
        "units" => {
            let (unit, count) = value.split_once(':').expect("words.tsv: units value is unit:count");
            Cat::Units(
                unit_of(unit),
                if count == "n" {
                    0
                } else {
                    count.parse().expect("words.tsv: units count")
                },
            )
        }
        "hijri-year-word" => Cat::HijriYearWord,
        "season" => Cat::Season(match value {
            "SP" => 0,
            "SU" => 1,
            "FA" => 2,
            "WI" => 3,
            other => panic!("words.tsv: unknown season {other:?}"),
        }),
        "new-year" => Cat::NewYear,
        "same" => Cat::Same,
        "following" => Cat::Following,
        "that" => Cat::That,
        "year-part" => Cat::YearPart(value.parse().expect("periods.tsv: year-part is 2 or 4")),
        "decade" => Cat::Decade(value.parse().expect("periods.tsv: decade is a tens digit")),
        "decade-word" => Cat::DecadeWord,
        "century-word" => Cat::CenturyWord,
        "weekend" => Cat::Weekend,
        "approx" => Cat::Approx,
        "part-alone" => Cat::PartAlone(part(value)),
        "part-of-period" => Cat::PeriodPart(match value {
            "start" => PeriodPart::Start,
            "mid" => PeriodPart::Mid,
            "end" => PeriodPart::End,
            other => panic!("words.tsv: unknown period part {other:?}"),
        }),
        "since" => Cat::Since,
        "until" => Cat::Until,
        "ago" => Cat::Ago(value.parse().expect("words.tsv: ago value is 1 or -1")),
        "between" => Cat::Between,
        "from" => Cat::From,
        "to" => Cat::To,
        "skip" => Cat::Skip,
        "era-gregorian" => Cat::EraGregorian,
        "era-hijri" => Cat::EraHijri,
        "day-word" => Cat::DayWord,
        "month-word" => Cat::MonthWord,
        "year-word" => Cat::YearWord,
        "years-word" => Cat::YearsWord,
        "clock-word" => Cat::ClockWord,
        "agreeing" => Cat::Agreeing,
        "fraction" => Cat::Fraction(value.parse().expect("words.tsv: fraction minutes")),
        other => panic!("words.tsv: unknown category {other:?}"),
    }
}

fn unit_of(unit: &str) -> Unit {
    match unit {
        "minute" => Unit::Minute,
        "hour" => Unit::Hour,
        "day" => Unit::Day,
        "week" => Unit::Week,
        "month" => Unit::Month,
        "year" => Unit::Year,
        other => panic!("words.tsv: unknown unit {other:?}"),
    }
}

fn split_words(form: &str) -> Vec<Box<str>> {
    fold_str(form).split_whitespace().map(Box::from).collect()
}

impl Lexicon {
    /// Compiles the bundled tables. The tables are part of the crate, so a malformed row is a bug in the crate
    /// and panics (the unit tests load them).
    pub(crate) fn bundled() -> Lexicon {
        let mut lex = Lexicon {
            entries: FxHashMap::default(),
            not_dates: FxHashMap::default(),
            name_heads: FxHashMap::default(),
            openers: FxHashMap::default(),
        };
        for row in rows(MONTHS) {
            let [form, system, month, standalone] = row[..] else {
                panic!("months.tsv: expected 4 columns in {row:?}")
            };
            let month: u8 = month.parse().expect("months.tsv: month number");
            assert!((1..=12).contains(&month), "months.tsv: month out of range in {row:?}");
            let name = MonthName {
                month,
                hijri: system == "hijri",
                standalone: standalone == "yes",
            };
            lex.add(form, Cat::Month(name));
        }
        for row in rows(WEEKDAYS) {
            let [form, day] = row[..] else {
                panic!("weekdays.tsv: expected 2 columns in {row:?}")
            };
            lex.add(form, Cat::Weekday(day.parse().expect("weekdays.tsv: ISO weekday")));
        }
        for row in rows(NUMBERS) {
            let [form, value, kind] = row[..] else {
                panic!("numbers.tsv: expected 3 columns in {row:?}")
            };
            let kind = match kind {
                "ordinal" => NumberKind::Ordinal,
                "unit-ordinal" => NumberKind::UnitOrdinal,
                "tens" => NumberKind::Tens,
                "teen" => NumberKind::Teen,
                "cardinal" => NumberKind::Cardinal,
                "unit-cardinal" => NumberKind::UnitCardinal,
                "teen-word" => NumberKind::TeenWord,
                "hundreds" => NumberKind::Hundreds,
                "thousands" => NumberKind::Thousands,
                other => panic!("numbers.tsv: unknown kind {other:?}"),
            };
            lex.add(form, Cat::Number(value.parse().expect("numbers.tsv: value"), kind));
        }
        for row in rows(WORDS).chain(rows(PERIODS)).chain(rows(VARIANTS)) {
            let [form, category, value] = row[..] else {
                panic!("words.tsv, periods.tsv or variants.tsv: expected 3 columns in {row:?}")
            };
            lex.add(form, parse_cat(category, value));
        }
        for row in rows(HOLIDAYS) {
            let [form, calendar, month, day] = row[..] else {
                panic!("holidays.tsv: expected 4 columns in {row:?}")
            };
            let (month, day) = (
                month.parse().expect("holidays.tsv: month number"),
                day.parse().expect("holidays.tsv: day number"),
            );
            let feast = match calendar {
                "gregorian" => Feast::Gregorian { month, day },
                "hijri" => Feast::Hijri { month, day },
                "easter" => Feast::Easter,
                other => panic!("holidays.tsv: unknown calendar {other:?}"),
            };
            lex.add(form, Cat::Holiday(feast));
        }
        for row in rows(LATIN) {
            let [form, kind, value] = row[..] else {
                panic!("latin.tsv: expected 3 columns in {row:?}")
            };
            let n: u8 = value.parse().expect("latin.tsv: a number");
            let cat = match kind {
                "month" => Cat::Month(MonthName {
                    month: n,
                    hijri: false,
                    standalone: true,
                }),
                "weekday" => Cat::Weekday(n),
                other => panic!("latin.tsv: unknown kind {other:?}"),
            };
            lex.add(&form.to_ascii_lowercase(), cat);
        }
        for row in rows(NOT_DATES) {
            let line = row.join(" ");
            let (before, rest) = line.split_once('[').expect("not-dates.tsv: a [word] on each line");
            let (word, after) = rest.split_once(']').expect("not-dates.tsv: a closing ]");
            let mut before = split_words(before);
            before.reverse();
            if word.trim() == "#" {
                if let Some(head) = before.first() {
                    lex.name_heads.insert(head.clone(), ());
                }
            }
            lex.not_dates
                .entry(fold_str(word.trim()).into())
                .or_default()
                .push(NotDate {
                    before: before.into(),
                    after: split_words(after).into(),
                });
        }
        lex.openers = with_clitics(&lex.openers);
        lex
    }

    fn add(&mut self, form: &str, cat: Cat) {
        let mut words = split_words(form);
        assert!(!words.is_empty(), "empty vocabulary form");
        let first = words.remove(0);
        let opening = match cat {
            Cat::RelDay(_)
            | Cat::RelPart(..)
            | Cat::Weekday(_)
            | Cat::Month(_)
            | Cat::MonthWord
            | Cat::YearWord
            | Cat::YearsWord
            | Cat::DayWord
            | Cat::ClockWord
            | Cat::PartNoun(_)
            | Cat::PeriodPart(_)
            | Cat::This
            | Cat::Ago(_)
            | Cat::Unit(_, Count::Definite)
            | Cat::Number(_, NumberKind::Ordinal | NumberKind::UnitOrdinal | NumberKind::Tens)
            | Cat::Now
            | Cat::Nth(_)
            | Cat::Units(..)
            | Cat::Holiday(_)
            | Cat::HijriYearWord
            | Cat::Season(_)
            | Cat::NewYear
            | Cat::Same
            | Cat::That
            | Cat::YearPart(_)
            | Cat::Decade(_)
            | Cat::DecadeWord
            | Cat::CenturyWord
            | Cat::Weekend
            | Cat::PartAlone(_) => Opening::Yes,
            // A day in cardinal words opens only before its month ("خمستاشر ديسمبر").
            Cat::Between
            | Cat::From
            | Cat::Since
            | Cat::Fraction(_)
            | Cat::Number(_, NumberKind::Cardinal | NumberKind::UnitCardinal | NumberKind::TeenWord) => {
                Opening::BeforeDate
            }
            _ => Opening::No,
        };
        if opening != Opening::No {
            let lam = first.strip_prefix("ال").map(|rest| format!("ل{rest}").into_boxed_str());
            for key in std::iter::once(first.clone()).chain(lam) {
                let slot = self.openers.entry(key).or_insert(Opening::No);
                if *slot != Opening::Yes {
                    *slot = opening;
                }
            }
        }
        self.entries.entry(first).or_default().push(Entry {
            rest: words.into(),
            cat,
        });
    }

    /// Every vocabulary entry that matches at token `i`, longest first. With `clitics`, the first token may
    /// carry the proclitics و/ف then ب/ل/ك ("وبعد", "فالأمس", "للعام").
    pub(crate) fn lookup(&self, text: &str, toks: &[Token], i: usize, clitics: bool) -> Hits {
        let mut out = Hits::default();
        let Some(tok) = toks.get(i) else { return out };
        if tok.kind != TokenKind::Word {
            return out;
        }
        let mut lower = [0u8; 16];
        let word = ascii_lowercase(&mut lower, &text[tok.range()]);
        self.lookup_form(text, toks, i, word, 0, &mut out);
        if !clitics {
            // Longest first here too: "رمضان المبارك" before "رمضان".
            out.as_mut_slice().sort_by_key(|h| std::cmp::Reverse(h.next));
            return out;
        }
        let mut rest = word;
        let mut clitic = 0u8;
        for set in [&['و', 'ف'][..], &['ب', 'ل', 'ك'][..]] {
            let Some(c) = rest.chars().next() else { break };
            if !set.contains(&c) || rest.chars().nth(2).is_none() {
                continue;
            }
            rest = &rest[c.len_utf8()..];
            clitic += c.len_utf8() as u8;
            self.lookup_form(text, toks, i, rest, clitic, &mut out);
            // "لل" + noun stands for "ل" + "ال" + noun ("للعام").
            if c == 'ل' && rest.starts_with('ل') {
                let mut buf = [0u8; 64];
                if let Some(with_article) = prefixed(&mut buf, "ا", rest) {
                    self.lookup_form(text, toks, i, with_article, clitic, &mut out);
                }
            }
        }
        out.as_mut_slice().sort_by_key(|h| std::cmp::Reverse(h.next));
        out
    }

    fn lookup_form(&self, text: &str, toks: &[Token], i: usize, word: &str, clitic: u8, out: &mut Hits) {
        let Some(entries) = self.entries.get(word) else {
            return;
        };
        'entry: for entry in entries {
            for (k, w) in entry.rest.iter().enumerate() {
                match toks.get(i + 1 + k) {
                    Some(t) if t.kind == TokenKind::Word && text[t.range()] == **w => {}
                    _ => continue 'entry,
                }
            }
            out.push(Hit {
                cat: entry.cat,
                next: (i + 1 + entry.rest.len()) as u32,
                clitic,
            });
        }
    }

    /// The value of a one-word cardinal below ten ("ثلاثة" → 3), for counts written with the article
    /// ("الأيام الثلاثة").
    pub(crate) fn cardinal(&self, word: &str) -> Option<u32> {
        self.entries.get(word)?.iter().find_map(|e| match e.cat {
            Cat::Number(v, NumberKind::Cardinal | NumberKind::TeenWord) if e.rest.is_empty() => Some(u32::from(v)),
            _ => None,
        })
    }

    /// How many words after token `i` belong to the not-date context that matches there, if one does.
    /// A number stands for the bracketed word `[#]` of a rule ("شارع [#]": a street named by a date).
    pub(crate) fn excluded_after(&self, text: &str, toks: &[Token], i: usize, word: &str) -> Option<usize> {
        let word_at = |j: usize, w: &str| toks.get(j).is_some_and(|t| strip_clitics(&text[t.range()]) == w);
        let matching = |rules: &Vec<NotDate>| {
            rules
                .iter()
                .find(|rule| {
                    rule.after.iter().enumerate().all(|(k, w)| word_at(i + 1 + k, w))
                        && rule
                            .before
                            .iter()
                            .enumerate()
                            .all(|(k, w)| i > k && word_at(i - 1 - k, w))
                })
                .map(|rule| rule.after.len())
        };
        if let Some(found) = self.not_dates.get(word).and_then(matching) {
            return Some(found);
        }
        // Only a word that heads a name built on a number ("شارع") is worth the rules of [#].
        let before = i.checked_sub(1).and_then(|j| toks.get(j))?;
        if word.bytes().all(|b| b.is_ascii_digit())
            && self.name_heads.contains_key(strip_clitics(&text[before.range()]))
        {
            return self.not_dates.get("#").and_then(matching);
        }
        None
    }

    /// Whether the first token of a mention at `i` (its form without proclitics being `word`) stands in a
    /// context listed in `not-dates.tsv`.
    pub(crate) fn is_excluded(&self, text: &str, toks: &[Token], i: usize, word: &str) -> bool {
        self.excluded_after(text, toks, i, word).is_some()
    }

    /// Whether a phrase can start at this folded word (with or without proclitics): the prefilter that
    /// lets the recognizer skip most tokens of a text after one hash look-up.
    pub(crate) fn opens(&self, word: &str) -> Opening {
        let mut lower = [0u8; 16];
        let word = ascii_lowercase(&mut lower, word);
        self.openers.get(word).copied().unwrap_or(Opening::No)
    }
}

/// The openers of a word with its proclitics: the best of its forms ("وبعد" opens as "بعد" does).
fn opens_with_clitics(openers: &FxHashMap<Box<str>, Opening>, word: &str) -> Opening {
    let mut result = Opening::No;
    for form in clitic_forms(word) {
        match openers.get(form) {
            Some(Opening::Yes) => return Opening::Yes,
            Some(Opening::BeforeDate) => result = Opening::BeforeDate,
            _ => {}
        }
    }
    result
}

/// Every way the opening words can be written with proclitics, each with how it opens, so that
/// [`Lexicon::opens`] needs a single look-up.
fn with_clitics(openers: &FxHashMap<Box<str>, Opening>) -> FxHashMap<Box<str>, Opening> {
    const PROCLITICS: [&str; 12] = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"];
    let mut all = FxHashMap::default();
    for word in openers.keys() {
        for p in PROCLITICS {
            let written = format!("{p}{word}");
            let opening = opens_with_clitics(openers, &written);
            if opening != Opening::No {
                all.insert(written.into_boxed_str(), opening);
            }
        }
    }
    all
}

/// A Latin word in lower case ("December" → "december"), written into `buf`; any other word as it is.
fn ascii_lowercase<'b>(buf: &'b mut [u8; 16], word: &'b str) -> &'b str {
    // Arabic words, the usual case, are passed on after a look at their first byte.
    if word.as_bytes().first().is_none_or(|b| !b.is_ascii())
        || word.len() > buf.len()
        || !word.bytes().any(|b| b.is_ascii_uppercase())
        || !word.is_ascii()
    {
        return word;
    }
    let out = &mut buf[..word.len()];
    out.copy_from_slice(word.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).unwrap_or(word)
}

/// `prefix` + `word` written into `buf`, if it fits (every vocabulary word does).
fn prefixed<'b>(buf: &'b mut [u8], prefix: &str, word: &str) -> Option<&'b str> {
    let len = prefix.len() + word.len();
    let out = buf.get_mut(..len)?;
    out[..prefix.len()].copy_from_slice(prefix.as_bytes());
    out[prefix.len()..].copy_from_slice(word.as_bytes());
    std::str::from_utf8(out).ok()
}

/// Whether a word opens a date phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Opening {
    No,
    Yes,
    /// Only when a date word or a number follows ("بين 1 و5", "من 27 تشرين الثاني").
    BeforeDate,
}

/// The word and its forms without proclitics: و or ف, then ب, ل or ك ("وبعد" → "بعد"); "لل" + noun gives the
/// noun with its article.
fn clitic_forms(word: &str) -> impl Iterator<Item = &str> {
    let mut forms = [word, "", ""];
    let mut n = 1;
    let mut rest = word;
    for set in [&['و', 'ف'][..], &['ب', 'ل', 'ك'][..]] {
        let Some(c) = rest.chars().next() else { break };
        if !set.contains(&c) || rest.chars().nth(2).is_none() {
            continue;
        }
        rest = &rest[c.len_utf8()..];
        forms[n] = rest;
        n += 1;
    }
    forms.into_iter().take(n)
}

/// The word without a leading و/ف, for matching context words.
fn strip_clitics(word: &str) -> &str {
    match word.chars().next() {
        Some(c @ ('و' | 'ف')) if word.chars().nth(3).is_some() => &word[c.len_utf8()..],
        _ => word,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn hits(phrase: &str) -> Vec<Cat> {
        let lex = Lexicon::bundled();
        let folded = fold_str(phrase);
        let toks = tokenize(&folded);
        lex.lookup(&folded, &toks, 0, true).iter().map(|h| h.cat).collect()
    }

    #[test]
    fn every_table_loads() {
        let lex = Lexicon::bundled();
        assert!(lex.entries.len() > 200);
    }

    #[test]
    fn months_of_every_system() {
        let month = |p: &str| {
            hits(p).into_iter().find_map(|c| match c {
                Cat::Month(m) => Some((m.month, m.hijri)),
                _ => None,
            })
        };
        assert_eq!(month("كانون الأول"), Some((12, false)));
        assert_eq!(month("إبريل"), Some((4, false)));
        assert_eq!(month("جوان"), Some((6, false)));
        assert_eq!(month("شتنبر"), Some((9, false)));
        assert_eq!(month("جمادى الآخرة"), Some((6, true)));
        assert_eq!(month("وتشرين الثاني"), Some((11, false)));
    }

    #[test]
    fn multiword_entries_win_over_their_first_word() {
        assert_eq!(hits("أول من أمس")[0], Cat::RelDay(-2));
        assert_eq!(hits("بعد غد")[0], Cat::RelDay(2));
    }

    #[test]
    fn proclitics_are_stripped() {
        assert!(hits("وأمس").contains(&Cat::RelDay(-1)));
        assert!(hits("للعام").contains(&Cat::YearWord));
        assert!(hits("بغداد").is_empty());
    }

    #[test]
    fn exclusions_need_their_context() {
        let lex = Lexicon::bundled();
        let folded = fold_str("قناة روسيا اليوم");
        let toks = tokenize(&folded);
        assert!(lex.is_excluded(&folded, &toks, 2, "اليوم"));
        let folded = fold_str("وصل الوفد اليوم");
        let toks = tokenize(&folded);
        assert!(!lex.is_excluded(&folded, &toks, 2, "اليوم"));
    }

    #[test]
    fn a_number_is_excluded_after_a_word_that_heads_a_name() {
        let lex = Lexicon::bundled();
        let folded = fold_str("في ميدان 6 أكتوبر");
        let toks = tokenize(&folded);
        assert!(lex.is_excluded(&folded, &toks, 2, "6"));
        let folded = fold_str("في 6 أكتوبر");
        let toks = tokenize(&folded);
        assert!(!lex.is_excluded(&folded, &toks, 1, "6"));
    }
}
