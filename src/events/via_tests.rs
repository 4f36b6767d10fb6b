//! Tests of the relay an outlet's name gives (`via.rs`), read through the whole extractor.

use crate::events::Extractor;

/// Asserts that `text` gives one event, of the Russian foreign minister, relayed by the outlet named `via` (its
/// Arabic name) or by none.
#[track_caller]
fn assert_relayed(text: &str, via: Option<&str>) {
    let article = Extractor::new().extract(text, "2024-12-06".parse().expect("an anchor"));
    let got: Vec<_> = article
        .events
        .into_iter()
        .map(|e| (e.source.map(|s| s.id), e.via.map(|v| v.name_ar)))
        .collect();
    assert_eq!(got, [(Some("sergey-lavrov".into()), via.map(String::from))], "{text}");
}

#[test]
fn an_unknown_outlet_closing_a_statement_after_a_relay_word_is_its_relay() {
    // The outlet's name is a common noun after its head, or its owner after "لـ".
    assert_relayed(
        "وقال وزير الخارجية الروسي إن الحوار ضروري، بحسب صحيفة أخبار الجنوب.",
        Some("صحيفة أخبار الجنوب"),
    );
    assert_relayed(
        "وقال وزير الخارجية الروسي إن الحوار ضروري، بحسب الموقع الرسمي للوزارة.",
        Some("الموقع الرسمي للوزارة"),
    );
    // Generic media with their adjective, and a second outlet joined to them.
    assert_relayed(
        "وقال وزير الخارجية الروسي إن الحوار ضروري، وفقا لوسائل إعلام محلية ووكالة رسمية.",
        Some("وسائل إعلام محلية ووكالة رسمية"),
    );
    // Words that go on past the outlet with a verb of their own are no name.
    assert_relayed(
        "وقال وزير الخارجية الروسي إن الحوار ضروري، بحسب صحيفة أخبار الجنوب التي نشرت المقابلة.",
        None,
    );
}

#[test]
fn an_unknown_outlet_after_an_according_word_of_a_deed_is_named_to_the_comma() {
    // Before the deed or after it, the outlet's head with the name the lexicon reads as common words.
    assert_relayed(
        "ووفقا لموقع أخبار الجنوب، فقد زار وزير الخارجية الروسي دمشق.",
        Some("موقع أخبار الجنوب"),
    );
    assert_relayed(
        "وزار وزير الخارجية الروسي دمشق، بحسب موقع أخبار الجنوب.",
        Some("موقع أخبار الجنوب"),
    );
}
