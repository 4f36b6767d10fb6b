//! Invariants of the date finder and the extractor on generated Arabic-heavy text: words of the vocabulary
//! tables (read from `data/vocab/`, so a new spelling is exercised as soon as it is added), digits of the three
//! systems, diacritics, tatweel, punctuation, bidi controls and line breaks.
//!
//! The cases are drawn from a fixed seed so that a run is reproducible; set `PROPTEST_RNG_SEED=<number>` to
//! explore other cases and `PROPTEST_CASES=<n>` to draw more of them.

use std::sync::OnceLock;

mod common;

use common::{anchor, digits, extractor, finder};
use proptest::prelude::*;
use proptest::sample::select;
use tarikh::actors::Catalog;
use tarikh::events::{Article, Span};
use tarikh::{Anchor, DateFinder, DateMention};

const SEED: u64 = 0x7461_7269_6b68;

const VOCAB: [&str; 5] = [
    include_str!("../data/vocab/months.tsv"),
    include_str!("../data/vocab/weekdays.tsv"),
    include_str!("../data/vocab/words.tsv"),
    include_str!("../data/vocab/numbers.tsv"),
    include_str!("../data/vocab/not-dates.tsv"),
];

const VERBS: &str = include_str!("../data/attribution/verbs.tsv");
const NOUNS: &str = include_str!("../data/attribution/nouns.tsv");
const PLACES: &str = include_str!("../data/places.tsv");

const CORPUS: [&str; 7] = [
    include_str!("../data/corpus/hijri.tsv"),
    include_str!("../data/corpus/months.tsv"),
    include_str!("../data/corpus/negatives.tsv"),
    include_str!("../data/corpus/numbers.tsv"),
    include_str!("../data/corpus/parts.tsv"),
    include_str!("../data/corpus/ranges.tsv"),
    include_str!("../data/corpus/relative.tsv"),
];

/// Words of news prose with no date meaning, alone or beside any date phrase.
const FILLER: [&str; 20] = [
    "قال",
    "المتحدث",
    "باسم",
    "الجيش",
    "إن",
    "القوات",
    "انسحبت",
    "المدينة",
    "وأكد",
    "مصدر",
    "محلي",
    "الهجوم",
    "أسفر",
    "عن",
    "سقوط",
    "ضحايا",
    "الحكومة",
    "وزارة",
    "الخارجية",
    "السورية",
];

/// A sentence with no date word, inserted between the sentences of a text.
const NEUTRAL_SENTENCE: &str = "وتستمر المفاوضات بين الأطراف المعنية.";

const PUNCTUATION: [&str; 16] = [
    "،", "؛", "؟", ".", ",", ":", "/", "-", "(", ")", "“", "”", "«", "»", "\"", "!",
];

/// Right-to-left mark, right-to-left embedding, left-to-right isolate, Arabic letter mark.
const CONTROLS: [char; 4] = ['\u{200F}', '\u{202B}', '\u{2066}', '\u{061C}'];

const TATWEEL: char = '\u{0640}';

/// The first column of every row of a table, each word of a multi-word form separately as well (brackets of
/// `not-dates.tsv` removed).
fn vocabulary() -> &'static [String] {
    static WORDS: OnceLock<Vec<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words: Vec<String> = VOCAB
            .iter()
            .flat_map(|table| table.lines())
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
            .filter_map(|line| line.split('\t').next())
            .map(|form| form.replace(['[', ']'], ""))
            .flat_map(|form| {
                let parts: Vec<String> = form.split_whitespace().map(str::to_string).collect();
                std::iter::once(form).chain(if parts.len() > 1 { parts } else { Vec::new() })
            })
            .collect();
        words.sort();
        words.dedup();
        assert!(words.len() > 200, "only {} vocabulary words were read", words.len());
        words
    })
}

/// What the extractor reads besides dates: verb forms and nouns of `data/attribution/`, place names of
/// `data/places.tsv`, and the names and titles of the bundled actor catalog.
fn attribution() -> &'static [String] {
    static WORDS: OnceLock<Vec<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let rows = |table: &'static str| {
            table
                .lines()
                .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
                .map(|line| line.split('\t').collect::<Vec<_>>())
        };
        let column = |table, n: usize| rows(table).filter_map(move |cols| cols.get(n).copied());
        let mut words: Vec<String> = column(VERBS, 3)
            .chain(column(NOUNS, 0))
            .chain(column(PLACES, 2).skip(1))
            .flat_map(|forms| forms.split('|'))
            .filter(|w| *w != "-" && !w.is_empty())
            .map(str::to_string)
            .collect();
        let catalog = Catalog::bundled();
        for actor in catalog.actors() {
            words.push(actor.name_ar.to_string());
            words.extend(actor.aliases_ar.iter().cloned());
        }
        for role in catalog.roles() {
            words.extend(role.titles_ar.iter().cloned());
        }
        words.sort();
        words.dedup();
        assert!(words.len() > 500, "only {} attribution words were read", words.len());
        words
    })
}

/// A phrase of the corpus with its anchor.
#[derive(Debug, Clone)]
struct Phrase {
    anchor: Anchor,
    text: &'static str,
}

fn corpus() -> &'static [Phrase] {
    static PHRASES: OnceLock<Vec<Phrase>> = OnceLock::new();
    PHRASES.get_or_init(|| {
        let phrases: Vec<Phrase> = CORPUS
            .iter()
            .flat_map(|table| table.lines())
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
            .filter_map(|line| {
                let mut cols = line.split('\t');
                let anchor = cols.next()?.parse().ok()?;
                let text = cols.next()?;
                Some(Phrase { anchor, text })
            })
            .collect();
        assert!(phrases.len() > 500, "only {} corpus phrases were read", phrases.len());
        phrases
    })
}

fn number() -> impl Strategy<Value = String> {
    let n = prop_oneof![1u32..=31, 1u32..=12, 1900u32..=2100, 1400u32..=1450, 0u32..100_000];
    (n, any::<u8>()).prop_map(|(n, system)| digits(u64::from(n), system))
}

/// A vocabulary word with diacritics (U+064B-U+0652) and tatweel scattered through it.
fn decorated(word: String, marks: Vec<u8>) -> String {
    let mut out = String::new();
    for (c, mark) in word.chars().zip(marks.iter().cycle()) {
        out.push(c);
        match mark % 8 {
            0 | 1 => out.push(char::from_u32(0x064B + u32::from(mark / 8 % 8)).unwrap_or(TATWEEL)),
            2 => out.push(TATWEEL),
            _ => {}
        }
    }
    out
}

fn piece() -> impl Strategy<Value = String> {
    let vocab = || select(vocabulary());
    prop_oneof![
        6 => vocab(),
        4 => number(),
        3 => select(&FILLER[..]).prop_map(str::to_string),
        2 => (vocab(), prop::collection::vec(any::<u8>(), 1..8)).prop_map(|(w, m)| decorated(w, m)),
        2 => select(&PUNCTUATION[..]).prop_map(str::to_string),
        1 => select(&CONTROLS[..]).prop_map(String::from),
        1 => Just("\n".to_string()),
    ]
}

/// A piece of news prose: a date piece, or a verb, a noun, a name, a place or a quote mark.
fn news_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => piece(),
        2 => select(attribution()),
        1 => select(&["\"", "“", "”", "«", "»", "إن", "أن", "،", ".", "لـ", "بـ", "ل", "و", "/", "لـ/"][..]).prop_map(str::to_string),
    ]
}

/// Arabic-heavy text of up to `max` pieces, mostly separated by spaces.
fn text(max: usize) -> impl Strategy<Value = String> {
    join(piece(), max)
}

/// Text that also names actors, places and statement verbs, so that the extractor finds events in it.
fn news(max: usize) -> impl Strategy<Value = String> {
    join(news_piece(), max)
}

fn join(piece: impl Strategy<Value = String>, max: usize) -> impl Strategy<Value = String> {
    let separator = prop_oneof![6 => Just(" "), 1 => Just(""), 1 => Just("\n"), 1 => Just("  ")];
    prop::collection::vec((piece, separator), 0..max).prop_map(|pieces| {
        pieces.into_iter().fold(String::new(), |mut text, (piece, sep)| {
            text.push_str(&piece);
            text.push_str(sep);
            text
        })
    })
}

/// The part of `text` that `span` covers, after checking that it is a range of `text` on char boundaries.
fn slice<'t>(text: &'t str, start: usize, end: usize, what: &str) -> Result<&'t str, TestCaseError> {
    prop_assert!(start <= end, "{what}: reversed span {start}..{end}");
    prop_assert!(
        end <= text.len(),
        "{what}: span {start}..{end} past the end ({})",
        text.len()
    );
    prop_assert!(text.is_char_boundary(start), "{what}: start {start} inside a character");
    prop_assert!(text.is_char_boundary(end), "{what}: end {end} inside a character");
    Ok(&text[start..end])
}

fn check_mentions(text: &str, mentions: &[DateMention]) -> Result<(), TestCaseError> {
    for m in mentions {
        prop_assert!(m.start < m.end, "empty mention at {}", m.start);
        prop_assert_eq!(&m.text, slice(text, m.start, m.end, "date")?);
    }
    Ok(())
}

fn check_article(text: &str, article: &Article) -> Result<(), TestCaseError> {
    check_mentions(text, &article.dates)?;
    let within = |span: Span, what: &str| slice(text, span.start, span.end, what).map(|_| ());
    for e in &article.events {
        let clause = slice(text, e.span.start, e.span.end, "event")?;
        prop_assert!(
            clause.contains(e.text.as_str()),
            "event text {:?} outside its span {:?}",
            e.text,
            clause
        );
        if let Some(q) = &e.quotation {
            prop_assert!(
                clause.contains(q.as_str()),
                "quotation {:?} outside its clause {:?}",
                q,
                clause
            );
        }
        for actor in e.source.iter().chain(&e.via) {
            if let Some(span) = actor.mention {
                within(span, "actor mention")?;
            }
        }
        for place in &e.locations {
            prop_assert!(place.span.start >= e.span.start && place.span.end <= e.span.end);
            prop_assert_eq!(&place.text, slice(text, place.span.start, place.span.end, "place")?);
        }
        if let Some(span) = e.date.as_ref().and_then(|d| d.mention) {
            within(span, "event date")?;
        }
    }
    Ok(())
}

/// The value of the mention that covers most of the text, as `tests/corpus.rs` reads a phrase.
fn best_value(text: &str, anchor: &Anchor) -> Option<String> {
    finder()
        .find(text, Some(anchor))
        .into_iter()
        .filter_map(|m| m.value.map(|v| (m.end - m.start, v.value)))
        .max_by_key(|(len, _)| *len)
        .map(|(_, v)| v)
}

proptest! {
    #![proptest_config(common::proptest_config(SEED))]

    #[test]
    fn mentions_are_slices_of_the_text(text in text(40)) {
        check_mentions(&text, &finder().find(&text, Some(&anchor())))?;
        check_mentions(&text, &finder().find(&text, None))?;
    }

    #[test]
    fn event_spans_are_slices_of_the_text(text in news(60)) {
        check_article(&text, &extractor().extract(&text, anchor()))?;
    }

    #[test]
    fn the_same_text_gives_the_same_result(text in news(40)) {
        prop_assert_eq!(finder().find(&text, Some(&anchor())), finder().find(&text, Some(&anchor())));
        prop_assert_eq!(DateFinder::new().find(&text, Some(&anchor())), finder().find(&text, Some(&anchor())));
        prop_assert_eq!(extractor().extract(&text, anchor()), extractor().extract(&text, anchor()));
    }

    #[test]
    fn a_neutral_sentence_leaves_the_other_dates_alone(
        sentences in prop::collection::vec(text(12), 1..5),
        at in any::<prop::sample::Index>(),
    ) {
        let sentences: Vec<String> = sentences.into_iter().map(|s| format!("{}.", s.trim_end())).collect();
        let at = at.index(sentences.len() + 1);
        let before = sentences[..at].iter().map(|s| format!("{s} ")).collect::<String>();
        let after = sentences[at..].join(" ");
        let original = format!("{before}{after}");
        let inserted = format!("{before}{NEUTRAL_SENTENCE} {after}");
        let (cut, shift) = (before.len(), NEUTRAL_SENTENCE.len() + 1);
        let key = |m: DateMention| (m.start, m.end, m.text, m.value.map(|v| v.value));
        let expected: Vec<_> = finder()
            .find(&original, Some(&anchor()))
            .into_iter()
            .map(|m| {
                let moved = if m.start >= cut { m.start + shift } else { m.start };
                DateMention { start: moved, end: moved + (m.end - m.start), ..m }
            })
            .map(key)
            .collect();
        let got: Vec<_> = finder().find(&inserted, Some(&anchor())).into_iter().map(key).collect();
        prop_assert_eq!(got, expected, "in {:?}", inserted);
    }

    #[test]
    fn a_phrase_keeps_its_value_between_neutral_words(
        phrase in select(corpus()),
        prefix in prop::collection::vec(select(&FILLER[..]), 0..4),
        suffix in prop::collection::vec(select(&FILLER[..]), 0..4),
    ) {
        let sentence = prefix
            .iter()
            .copied()
            .chain(std::iter::once(phrase.text))
            .chain(suffix.iter().copied())
            .collect::<Vec<_>>()
            .join(" ");
        prop_assert_eq!(
            best_value(&sentence, &phrase.anchor),
            best_value(phrase.text, &phrase.anchor),
            "{:?} in {:?} [{}]", phrase.text, sentence, phrase.anchor
        );
    }
}
