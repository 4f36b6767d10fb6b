//! Inputs no newsroom writes but a pipeline receives: megabytes of digits or of one word, a weekday repeated a
//! hundred thousand times, a quotation that never closes, text made only of marks or controls, NUL bytes,
//! Latin text, dates at the very edges of the text. Correctness only: the timing of these inputs is measured
//! by `benches/adversarial.rs`. The suite runs in debug builds: the digits take 10 MB, the rest 1 MB.

mod common;

use common::{anchor, extractor, finder};
use tarikh::actors::Catalog;
use tarikh::events::Article;
use tarikh::DateMention;

const MB: usize = 1 << 20;

/// `unit` repeated until the text is at least `len` bytes long.
fn repeat_to(unit: &str, len: usize) -> String {
    unit.repeat(len.div_ceil(unit.len()))
}

/// The mentions of `text`, after checking that each is a char-aligned slice of it.
fn find(text: &str) -> Vec<DateMention> {
    let found = finder().find(text, Some(&anchor()));
    for m in &found {
        assert!(
            m.start < m.end && m.end <= text.len(),
            "span {}..{} of {} bytes",
            m.start,
            m.end,
            text.len()
        );
        assert!(
            text.is_char_boundary(m.start) && text.is_char_boundary(m.end),
            "{}..{}",
            m.start,
            m.end
        );
        assert_eq!(m.text, text[m.start..m.end]);
    }
    found
}

/// The article of `text`, after checking that every span it reports is a char-aligned slice of it.
fn extract(text: &str) -> Article {
    let article = extractor().extract(text, anchor());
    for e in &article.events {
        let clause = text
            .get(e.span.start..e.span.end)
            .expect("an event span on char boundaries");
        assert!(
            clause.contains(e.text.as_str()),
            "event text {:?} outside {:?}",
            e.text,
            clause
        );
    }
    for m in &article.dates {
        assert_eq!(text.get(m.start..m.end), Some(m.text.as_str()));
    }
    article
}

fn values(mentions: &[DateMention]) -> Vec<(&str, Option<&str>)> {
    mentions
        .iter()
        .map(|m| (m.text.as_str(), m.value.as_ref().map(|v| v.value.as_str())))
        .collect()
}

#[test]
fn ten_megabytes_of_digits() {
    for digit_run in ["0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"] {
        let text = repeat_to(digit_run, 10 * MB);
        let found = find(&text);
        assert!(
            found.is_empty(),
            "a single run of digits is no date: {:?}",
            values(&found)
        );
    }
}

#[test]
fn a_megabyte_of_numbers_and_separators() {
    find(&repeat_to("12/10/2024 ", MB));
    find(&repeat_to("2024-", MB));
    find(&repeat_to("1 ", MB));
}

#[test]
fn a_megabyte_without_a_space() {
    let letters: String = ('\u{0621}'..='\u{064A}').collect();
    let found = find(&repeat_to(&letters, MB));
    assert!(found.is_empty(), "{:?}", values(&found));
    // Date words glued together are one word, not a date.
    let found = find(&repeat_to("الجمعةكانونالأول2024", MB));
    assert!(found.is_empty(), "{:?}", values(&found));
}

#[test]
fn a_weekday_repeated_a_hundred_thousand_times() {
    let alone = find("الجمعة");
    assert_eq!(alone.len(), 1);
    let text = "الجمعة ".repeat(100_000);
    let found = find(&text);
    assert_eq!(found.len(), 100_000);
    assert!(found.windows(2).all(|w| w[0].end <= w[1].start), "mentions overlap");
    assert!(
        found.iter().all(|m| m.value == alone[0].value),
        "every Friday is the same day as one Friday alone"
    );
}

#[test]
fn a_quotation_that_never_closes() {
    let closed = "وقال المتحدث باسم الجيش أمس الخميس إن القوات انسحبت من المدينة في 3 كانون الأول. ";
    let text = format!("{}{}", "وقال المتحدث: \"", closed.repeat(2_000));
    let article = extract(&text);
    let without_quote = find(&text.replacen('"', "", 1));
    assert_eq!(values(&article.dates), values(&without_quote));
    assert_eq!(article.dates.len(), 4_000);
    for (typographic, _) in [("“", "”"), ("«", "»")] {
        extract(&format!("{typographic}{}", closed.repeat(500)));
    }
}

#[test]
fn only_diacritics() {
    let marks: String = ('\u{064B}'..='\u{0652}').collect();
    let text = repeat_to(&marks, MB);
    assert!(find(&text).is_empty());
    assert!(extract(&text).events.is_empty());
}

#[test]
fn only_bidi_controls() {
    let controls = "\u{200F}\u{202B}\u{2066}\u{061C}\u{200E}\u{202C}\u{2069}";
    let text = repeat_to(controls, MB);
    assert!(find(&text).is_empty());
    assert!(extract(&text).events.is_empty());
}

#[test]
fn nul_bytes() {
    let text = "\0".repeat(MB);
    assert!(find(&text).is_empty());
    assert!(extract(&text).events.is_empty());
    let text = "\0\0 اليوم \0\0";
    assert_eq!(values(&find(text)), [("اليوم", Some("2024-12-06"))]);
    extract(&"وقال\0المتحدث\0اليوم\0إن\0".repeat(10_000));
}

#[test]
fn latin_text_with_a_few_arabic_date_words() {
    let text = "The ministry said on الخميس 5 كانون الأول 2024 that the talks in Geneva would resume غدا, \
                according to a statement.";
    assert_eq!(
        values(&find(text)),
        [
            ("الخميس 5 كانون الأول 2024", Some("2024-12-05")),
            ("غدا", Some("2024-12-07"))
        ]
    );
    let long = repeat_to(
        "Lorem ipsum dolor sit amet, 2024 consectetur 12/5 adipiscing elit. ",
        MB,
    );
    find(&long);
    extract(&long);
}

#[test]
fn a_date_at_the_very_start_and_the_very_end() {
    let text = "6 كانون الأول 2024 قال المتحدث إن القوات انسحبت من المدينة في 7 كانون الأول 2024";
    let found = find(text);
    assert_eq!(found.first().map(|m| m.start), Some(0));
    assert_eq!(found.last().map(|m| m.end), Some(text.len()));
    assert_eq!(
        values(&found),
        [
            ("6 كانون الأول 2024", Some("2024-12-06")),
            ("7 كانون الأول 2024", Some("2024-12-07"))
        ]
    );
    for (text, value) in [
        ("أمس", "2024-12-05"),
        ("الجمعة ٦ كانون الأول ٢٠٢٤", "2024-12-06"),
        ("١٥/٣/٢٠١١", "2011-03-15"),
        ("عام 2011", "2011"),
    ] {
        assert_eq!(values(&find(text)), [(text, Some(value))], "{text:?} alone");
    }
}

#[test]
fn a_megabyte_on_a_single_line() {
    let sentence = "وقالت الإدارة في بيان صباح اليوم إن القوات دخلت المدينة في 8 كانون الأول 2024، ";
    let one = find(sentence);
    assert!(!one.is_empty());
    let text = repeat_to(sentence, MB);
    let repeats = text.len() / sentence.len();
    let found = find(&text);
    assert_eq!(found.len(), one.len() * repeats);
    for (i, m) in found.iter().enumerate() {
        let model = &one[i % one.len()];
        assert_eq!((&m.text, &m.value), (&model.text, &model.value), "mention {i}");
    }
    extract(&text);
}

#[test]
fn a_catalog_that_is_not_one() {
    let nested = format!("{{\"actors\": {}{}}}", "[".repeat(100_000), "]".repeat(100_000));
    for json in ["", "\0", "null", "{}", "{\"actors\": null}", nested.as_str()] {
        assert!(Catalog::from_json(json).is_err(), "{:?}", &json[..json.len().min(40)]);
    }
    // A megabyte name is refused with an error naming the field; one at the limit loads.
    let with_name = |chars: usize| {
        let name: String = ('\u{0628}'..='\u{063A}').cycle().take(chars).collect();
        format!(
            "{{\"actors\": [{{\"id\": \"x\", \"name\": \"x\", \"name_ar\": \"{name}\", \"kind\": \"person\", \"gender\": \"m\"}}]}}"
        )
    };
    let err = Catalog::from_json(&with_name(500_000)).expect_err("a megabyte name is not a name");
    assert!(err.to_string().contains("name_ar"), "{err}");
    let catalog = Catalog::from_json(&with_name(tarikh::actors::MAX_NAME_CHARS)).expect("a name at the limit");
    assert_eq!(catalog.actors().len(), 1);
}
