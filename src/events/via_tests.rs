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

/// The source id and the relay's Arabic name of each event of `text`.
fn sources_and_relays(text: &str) -> Vec<(Option<String>, Option<String>)> {
    let article = Extractor::new().extract(text, "2024-12-06".parse().expect("an anchor"));
    article
        .events
        .into_iter()
        .map(|e| (e.source.map(|s| s.id), e.via.map(|v| v.name_ar)))
        .collect()
}

#[test]
fn a_statement_an_agency_received_a_copy_of_is_relayed_by_it_when_named_in_brackets() {
    // "وكالة أنباء (X)": the head of two words before the bracketed name.
    assert_relayed(
        "وقال وزير الخارجية الروسي، في بيان تلقت وكالة أنباء (شينخوا) نسخة منه، إن الحوار ضروري.",
        Some("وكالة أنباء شينخوا"),
    );
}

#[test]
fn an_outlet_named_after_a_relay_word_before_the_clause_relays_it() {
    // "وفي بيان له، نقلته وكالة X، قال ...", the outlet quoted after its head and adjectives.
    assert_relayed(
        "وفي بيان له مساء أمس، نقلته الوكالة الرسمية «تاس»، قال وزير الخارجية الروسي إن الحوار ضروري.",
        Some("وكالة تاس"),
    );
    assert_relayed(
        "وفي بيان له، نقلته وكالة تاس، قال وزير الخارجية الروسي إن الحوار ضروري.",
        Some("وكالة تاس"),
    );
}

#[test]
fn an_outlet_after_the_speakers_description_is_the_speech_verbs_object() {
    let afp = Some("وكالة الصحافة الفرنسية".to_string());
    let got = sources_and_relays("وأفاد مسؤول أمني مطلع على سير المحادثات وكالة فرانس برس بأن الهدنة صامدة.");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].1, afp);
    let got = sources_and_relays(
        "أغلقت الشرطة الطريق الساحلي، وفق ما أفاد مسؤول محلي مطلع على الملف وكالة فرانس برس الخميس.",
    );
    assert_eq!(got.iter().map(|e| e.1.clone()).collect::<Vec<_>>(), [afp]);
}

#[test]
fn a_body_whose_statement_tells_the_words_relays_them() {
    // "وقال X، في لقاء ...، وفق بيان لـY: «...»".
    assert_relayed(
        "وقال وزير الخارجية الروسي، في لقاء مع سفراء عرب، وفق بيان لوزارة الخارجية الروسية: «الحوار ضروري».",
        Some("وزارة الخارجية الروسية"),
    );
    // Reports an according phrase names in the content relay nothing.
    assert_relayed("وأكد وزير الخارجية الروسي على ضرورة الحوار وفقا للتقارير الأولية.", None);
}

#[test]
fn an_outlet_spoken_to_without_a_name_or_quotation_marks_is_the_relay() {
    // A lone dative written apart from the outlet's name.
    assert_relayed("وقال وزير الخارجية الروسي لـ الميدان إن الحوار ضروري.", Some("الميدان"));
    // An outlet's head with an adjective, no name.
    assert_relayed(
        "وقال وزير الخارجية الروسي لصحيفة محلية إن الحوار ضروري.",
        Some("صحيفة محلية"),
    );
}
