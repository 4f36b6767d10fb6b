//! Loading: the tables of `data/vocab/` compiled into the maps of [`Lexicon`] once, with the opening words
//! written with every sequence of proclitics.

use rustc_hash::FxHashMap;

use super::cat::{parse_cat, Cat, Count, Feast, MonthName, NumberKind};
use super::{Entry, Lexicon, NotDate, Opening};
use crate::table::rows;
use crate::text::{fold_str, WordFilter};

const MONTHS: &str = include_str!("../../../data/vocab/months.tsv");
const WEEKDAYS: &str = include_str!("../../../data/vocab/weekdays.tsv");
const NUMBERS: &str = include_str!("../../../data/vocab/numbers.tsv");
const WORDS: &str = include_str!("../../../data/vocab/words.tsv");
const NOT_DATES: &str = include_str!("../../../data/vocab/not-dates.tsv");
const HOLIDAYS: &str = include_str!("../../../data/vocab/holidays.tsv");
const LATIN: &str = include_str!("../../../data/vocab/latin.tsv");
const PERIODS: &str = include_str!("../../../data/vocab/periods.tsv");
const VARIANTS: &str = include_str!("../../../data/vocab/variants.tsv");

fn split_words(form: &str) -> Vec<Box<str>> {
    fold_str(form).split_whitespace().map(Box::from).collect()
}

impl Lexicon {
    /// Compiles the bundled tables. The tables are part of the crate, so a malformed row is a bug in the crate
    /// and panics (the unit tests load them).
    /// The bundled vocabulary, compiled on first use and shared by every finder of the process.
    pub(crate) fn shared() -> &'static Lexicon {
        static SHARED: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        SHARED.get_or_init(Lexicon::bundled)
    }

    pub(crate) fn bundled() -> Lexicon {
        let mut lex = Lexicon {
            entries: FxHashMap::default(),
            not_dates: FxHashMap::default(),
            name_heads: FxHashMap::default(),
            spelled_names: FxHashMap::default(),
            openers: FxHashMap::default(),
            opener_filter: WordFilter::of([]),
            entry_filter: WordFilter::of([]),
            every_filter: WordFilter::of([]),
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
            if let ["spelled", word] = row[..] {
                lex.spelled_names.insert(word.into(), ());
                continue;
            }
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
        lex.opener_filter = WordFilter::of(lex.openers.keys().map(|w| &**w));
        let written = written_forms(lex.entries.keys().map(|w| &**w));
        lex.entry_filter = WordFilter::of(written.iter().map(String::as_str));
        let every = written_forms(
            lex.entries
                .iter()
                .filter(|(_, entries)| entries.iter().any(|e| e.cat == Cat::Every))
                .map(|(key, _)| &**key),
        );
        lex.every_filter = WordFilter::of(every.iter().map(String::as_str));
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
            | Cat::MonthsWord
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
            | Cat::PartAlone(_)
            // "جمعة" opens a protest Friday named after it ("في جمعة الحماية الدولية").
            | Cat::WeekdayNoun(5) => Opening::Yes,
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
        // "الثلاثة أيام الماضية", "الثمانية عشر شهرا الماضية": a count with the article opens the last/next N
        // units.
        if matches!(cat, Cat::Number(_, NumberKind::Cardinal)) && words.is_empty() {
            self.openers.insert(format!("ال{first}").into_boxed_str(), Opening::Yes);
        }
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
/// The proclitics a word may carry, in the sequences [`Lexicon::lookup`] takes off.
const PROCLITICS: [&str; 12] = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"];

/// Every way `keys` can be written at a token that [`Lexicon::lookup`] reads as one of them: with each
/// sequence of proclitics, and a key with the article also as "ل" + the key without its alef ("للعام"), after
/// و or ف too.
fn written_forms<'a>(keys: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut all = Vec::new();
    for key in keys {
        all.extend(PROCLITICS.iter().map(|p| format!("{p}{key}")));
        if let Some(lam) = key.strip_prefix("ا").filter(|rest| rest.starts_with('ل')) {
            all.extend(["", "و", "ف"].iter().map(|p| format!("{p}ل{lam}")));
        }
    }
    all
}

fn with_clitics(openers: &FxHashMap<Box<str>, Opening>) -> FxHashMap<Box<str>, Opening> {
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
