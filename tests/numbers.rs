//! Arbitrary integers, up to `u64::MAX`, in every place of a date phrase that holds a number: the count of
//! every relative offset ("قبل N أيام", each ago word of `data/vocab/words.tsv` with each unit form), a day of
//! the month, a year, a clock time, a numeric date, a month by number and a Hijri date, in the three digit
//! systems, alone and inside a sentence given to the extractor.
//!
//! An offset is checked against an oracle computed here with chrono: the value when the result lies in the
//! years 1-9999, else no value and `Warning::OutOfRange`. Everywhere else: no panic, spans on the text, and
//! any value a real span of days inside those years.
//!
//! The cases are drawn from a fixed seed; `PROPTEST_RNG_SEED=<number>` explores others and
//! `PROPTEST_CASES=<n>` draws more.

use std::sync::OnceLock;

mod common;

use chrono::{Datelike, Duration, Months, NaiveDate};
use common::{anchor, digits, extractor, finder};
use proptest::prelude::*;
use proptest::sample::select;
use tarikh::dates::{ExpressionKind, Warning};
use tarikh::DateMention;

const SEED: u64 = 0x6e75_6d62_6572;

const WORDS: &str = include_str!("../data/vocab/words.tsv");
const MONTHS: &str = include_str!("../data/vocab/months.tsv");

/// A unit word that takes a count: its form, its unit (`day`, `week`, `month`, `year`, `hour`, `minute`).
#[derive(Debug, Clone)]
struct UnitForm {
    form: String,
    unit: String,
}

/// The rows of `words.tsv` of one category: (form, value).
fn rows(category: &str) -> Vec<(String, String)> {
    WORDS
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let (form, cat, value) = (cols.next()?, cols.next()?, cols.next()?);
            (cat == category).then(|| (form.to_string(), value.to_string()))
        })
        .collect()
}

/// The ago words ("قبل", "منذ", "بعد") with their direction.
fn ago_words() -> &'static [(String, i64)] {
    static AGO: OnceLock<Vec<(String, i64)>> = OnceLock::new();
    AGO.get_or_init(|| {
        let words: Vec<(String, i64)> = rows("ago")
            .into_iter()
            .filter_map(|(form, sign)| Some((form, sign.parse().ok()?)))
            .collect();
        assert!(words.len() >= 3, "ago words: {words:?}");
        words
    })
}

/// The unit forms that follow a count in digits: the singular and the plural ("يوم", "أيام"), not the dual or
/// the definite ("يومين", "اليوم"), which carry their own count.
fn unit_forms() -> &'static [UnitForm] {
    static UNITS: OnceLock<Vec<UnitForm>> = OnceLock::new();
    UNITS.get_or_init(|| {
        let forms: Vec<UnitForm> = rows("unit")
            .into_iter()
            .filter_map(|(form, value)| {
                let (unit, count) = value.split_once(':')?;
                matches!(count, "1" | "n").then(|| UnitForm {
                    form,
                    unit: unit.to_string(),
                })
            })
            .collect();
        for unit in ["day", "week", "month", "year", "hour", "minute"] {
            assert!(forms.iter().any(|f| f.unit == unit), "no form of {unit}");
        }
        forms
    })
}

/// Month names, one a month (the first of each), so that a day or year can be put beside them.
fn month_names() -> &'static [String] {
    static NAMES: OnceLock<Vec<String>> = OnceLock::new();
    NAMES.get_or_init(|| {
        MONTHS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| l.split('\t').next())
            .map(str::to_string)
            .collect()
    })
}

/// Integers of every size: small ones, those near the edges of chrono and of the years 1-9999 in each unit,
/// and any `u64`.
fn integer() -> impl Strategy<Value = u64> {
    prop_oneof![
        2 => 0u64..100,
        2 => 100u64..100_000,
        2 => 2_000u64..4_000_000,
        1 => 95_000_000u64..110_000_000,
        1 => 999_999_000u64..1_000_001_000,
        1 => prop_oneof![
            Just(u64::from(u32::MAX)),
            Just(u64::from(u32::MAX) + 1),
            Just(i64::MAX as u64),
            Just(u64::MAX)
        ],
        2 => any::<u64>(),
    ]
}

/// Every mention is a slice of the text; every value a span of days, first before last, inside 1-9999; a
/// mention without a value says why.
fn check(text: &str, mentions: &[DateMention]) -> Result<(), TestCaseError> {
    for m in mentions {
        prop_assert!(
            m.start < m.end && m.end <= text.len(),
            "{text:?}: span {}..{}",
            m.start,
            m.end
        );
        prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        prop_assert_eq!(&m.text, &text[m.start..m.end]);
        if let Some(v) = &m.value {
            prop_assert!(v.first_day <= v.last_day, "{text:?}: {v:?}");
            for day in [v.first_day, v.last_day] {
                prop_assert!((0..=9999).contains(&day.year()), "{text:?}: {v:?}");
            }
        }
    }
    Ok(())
}

/// What "ago n unit" must resolve to against the anchor: `Some(value)` or `None` (out of the years 1-9999).
fn oracle(unit: &str, sign: i64, n: u64) -> Option<String> {
    let day = anchor().date();
    let in_range = |d: NaiveDate| (1..=9999).contains(&d.year()).then_some(d);
    let days = |k: u64| -> Option<NaiveDate> {
        let k = i64::try_from(k).ok()?.checked_mul(sign)?;
        in_range(day.checked_add_signed(Duration::try_days(k)?)?)
    };
    let ymd = |d: NaiveDate| format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day());
    match unit {
        "day" => days(n).map(ymd),
        "week" => days(n.checked_mul(7)?).map(ymd),
        "month" => {
            let months = Months::new(u32::try_from(n).ok()?);
            let first = day.with_day(1)?;
            let moved = if sign > 0 {
                first.checked_add_months(months)?
            } else {
                first.checked_sub_months(months)?
            };
            in_range(moved).map(|d| format!("{:04}-{:02}", d.year(), d.month()))
        }
        "year" => {
            let year = i64::from(day.year()).checked_add(sign.checked_mul(i64::try_from(n).ok()?)?)?;
            (1..=9999).contains(&year).then(|| format!("{year:04}"))
        }
        // Without a time on the anchor, a count of hours or minutes moves the anchor's day by its whole days
        // ("قبل 48 ساعة" is two days back, "قبل 5 ساعات" the anchor's day), if the moment it names is inside
        // the years.
        "hour" | "minute" => {
            let seconds = if unit == "hour" { 3600 } else { 60 };
            let by = i64::try_from(n).ok()?.checked_mul(seconds)?.checked_mul(sign)?;
            let moment = day
                .and_hms_opt(0, 0, 0)?
                .checked_add_signed(Duration::try_seconds(by)?)?;
            if !(1..=9999).contains(&moment.year()) {
                return None;
            }
            let moved = day.checked_add_signed(Duration::try_days(by / 86_400)?)?;
            (1..=9999).contains(&moved.year()).then(|| ymd(moved))
        }
        other => panic!("unknown unit {other}"),
    }
}

proptest! {
    #![proptest_config(common::proptest_config(SEED))]

    /// "قبل N أيام" and every other ago word and unit form, any N: one offset mention of the whole phrase,
    /// whose value is the oracle's, or no value and `Warning::OutOfRange`.
    #[test]
    fn every_offset_takes_any_count(
        ago in select(ago_words()),
        unit in select(unit_forms()),
        n in integer(),
        system in 0u8..3,
    ) {
        let text = format!("{} {} {}", ago.0, digits(n, system), unit.form);
        let found = finder().find(&text, Some(&anchor()));
        check(&text, &found)?;
        prop_assert_eq!(found.len(), 1, "{:?}: {:#?}", text, found);
        let m = &found[0];
        prop_assert_eq!(&m.text, &text);
        prop_assert_eq!(m.kind, ExpressionKind::Offset, "{:?}", text);
        let expected = oracle(&unit.unit, ago.1, n);
        prop_assert_eq!(m.value.as_ref().map(|v| v.value.clone()), expected.clone(), "{:?}", text);
        if expected.is_none() {
            prop_assert_eq!(&m.warnings, &vec![Warning::OutOfRange], "{:?}", text);
        }
        // Without an anchor: no value, and the reason.
        let unanchored = finder().find(&text, None);
        check(&text, &unanchored)?;
        prop_assert!(unanchored.iter().all(|m| m.value.is_none() && !m.warnings.is_empty()));
    }

    /// "بعد N أيام من ذلك" and the other phrases that point back with a count, read alone (they point to the
    /// anchor): one mention of the whole phrase with the oracle's value, or no value and `Warning::OutOfRange`.
    #[test]
    fn every_count_that_points_back_takes_any_count(
        ago in select(ago_words()),
        unit in select(unit_forms()).prop_filter("hours and minutes do not point back", |u| {
            !matches!(u.unit.as_str(), "hour" | "minute")
        }),
        n in integer(),
        system in 0u8..3,
    ) {
        let text = format!("{} {} {} من ذلك", ago.0, digits(n, system), unit.form);
        let found = finder().find(&text, Some(&anchor()));
        check(&text, &found)?;
        prop_assert_eq!(found.len(), 1, "{:?}: {:#?}", text, found);
        let m = &found[0];
        prop_assert_eq!(&m.text, &text);
        let expected = oracle(&unit.unit, ago.1, n);
        prop_assert_eq!(m.value.as_ref().map(|v| v.value.clone()), expected.clone(), "{:?}", text);
        if expected.is_none() {
            prop_assert_eq!(&m.warnings, &vec![Warning::OutOfRange], "{:?}", text);
        }
        // After a date of the text, through the extractor (which resolves the chain).
        let sentence = format!("وقعت المعركة في 5 آذار 1990، و{text} انسحبت القوات.");
        let article = extractor().extract(&sentence, anchor());
        check(&sentence, &article.dates)?;
    }

    /// The same phrases inside a sentence, through the extractor.
    #[test]
    fn an_offset_with_any_count_does_not_stop_the_extractor(
        ago in select(ago_words()),
        unit in select(unit_forms()),
        n in integer(),
        system in 0u8..3,
    ) {
        let text = format!(
            "وقال المتحدث باسم الجيش {} {} {} إن القوات انسحبت من المدينة. وأكد مصدر محلي ذلك أمس.",
            ago.0,
            digits(n, system),
            unit.form
        );
        let article = extractor().extract(&text, anchor());
        check(&text, &article.dates)?;
        prop_assert!(!article.events.is_empty(), "{:?}", text);
        for e in &article.events {
            if let Some(d) = &e.date {
                prop_assert!(d.first_day <= d.last_day && (1..=9999).contains(&d.first_day.year()));
            }
        }
    }

    /// Any integer as a day, a month number, a year, an hour or a minute, in the forms that hold them.
    #[test]
    fn any_integer_in_any_date_form_is_safe(
        a in integer(),
        b in integer(),
        c in integer(),
        month in select(month_names()),
        system in 0u8..3,
        form in 0usize..10,
    ) {
        let (a, b, c) = (digits(a, system), digits(b, system), digits(c, system));
        let text = match form {
            0 => format!("{a} {month} {c}"),
            1 => format!("{a} {month}"),
            2 => format!("عام {a}"),
            3 => format!("{a}/{b}/{c}"),
            4 => format!("{a}-{b}-{c}"),
            5 => format!("الساعة {a}:{b} من صباح أمس"),
            6 => format!("شهر {a} من العام {c}"),
            7 => format!("{a} رمضان {c} هـ"),
            8 => format!("بين {a} و{b} {month} {c}"),
            _ => format!("في {a} من الشهر الماضي"),
        };
        check(&text, &finder().find(&text, Some(&anchor())))?;
        check(&text, &finder().find(&text, None))?;
        let article = extractor().extract(&format!("وقال مصدر محلي إن القصف بدأ {text}."), anchor());
        check(&format!("وقال مصدر محلي إن القصف بدأ {text}."), &article.dates)?;
    }
}
