//! Tests of the relay an outlet's name gives (`via.rs`), read through the whole extractor.

use crate::events::tests::named_sources_and_relays;
use crate::events::Extractor;

/// Asserts that `text` gives one event, of the Russian foreign minister, relayed by the outlet named `via` (its
/// Arabic name) or by none.
#[track_caller]
fn assert_relayed(text: &str, via: Option<&str>) {
    let article = Extractor::new().extract(text, "2024-12-06".parse().expect("an anchor"));
    let got: Vec<_> = article
        .events
        .into_iter()
        .map(|e| (e.source.map(|s| s.id.to_string()), e.via.map(|v| v.name_ar.to_string())))
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

#[test]
fn the_partner_of_a_conversation_is_its_relay_whatever_the_catalog_knows() {
    // "على" before an outlet's head the catalog does not know, as "مع" before it.
    assert_relayed(
        "وقال وزير الخارجية الروسي في مداخلة على قناة «الوادي» إن الحوار ضروري.",
        Some("قناة «الوادي»"),
    );
    assert_relayed(
        "وقال وزير الخارجية الروسي في مداخلة على قناة «الوادي» التلفزيونية: «الحوار ضروري».",
        Some("قناة «الوادي» التلفزيونية"),
    );
    // A short name after "مع" of a conversation, without quotation marks.
    assert_relayed(
        "وقال وزير الخارجية الروسي في لقاء مع الجزيرة إن الحوار ضروري.",
        Some("قناة الجزيرة"),
    );
    // "على" before no outlet is no relay.
    assert_relayed(
        "وقال وزير الخارجية الروسي في لقاء على هامش القمة إن الحوار ضروري.",
        None,
    );
}

#[test]
fn a_short_name_closed_after_an_according_word_is_the_relay() {
    assert_relayed(
        "وأضاف وزير الخارجية الروسي وفق الجزيرة: «الحوار ضروري».",
        Some("قناة الجزيرة"),
    );
    // The common word, which goes on, is no outlet.
    assert_relayed(
        "وقال وزير الخارجية الروسي بحسب الجزيرة العربية كلها إن الحوار ضروري.",
        None,
    );
}

/// The source id and the relay's Arabic name of each event of `text`.
fn sources_and_relays(text: &str) -> Vec<(Option<String>, Option<String>)> {
    let article = Extractor::new().extract(text, "2024-12-06".parse().expect("an anchor"));
    article
        .events
        .into_iter()
        .map(|e| (e.source.map(|s| s.id.to_string()), e.via.map(|v| v.name_ar.to_string())))
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

#[test]
fn a_programme_spoken_to_relays_in_place_of_the_outlet_of_the_statement_before() {
    // "في تصريح لبرنامج «X»": the programme is the relay, not the agency that carried the statement before.
    let got = sources_and_relays(
        "قال وزير الخارجية الروسي لوكالة تاس إن الحوار ضروري. وقال لافروف في تصريح لبرنامج «الأسبوع» إن الهدنة صامدة.",
    );
    let relays: Vec<_> = got.into_iter().map(|(_, via)| via).collect();
    assert_eq!(
        relays,
        [Some("وكالة تاس".to_string()), Some("برنامج «الأسبوع»".to_string())]
    );
}

#[test]
fn an_outlet_named_in_brackets_after_its_head_speaks_in_its_own_name() {
    // "وقالت إذاعة (X) إن": the radio is the source, not the relay of the agency that spoke before.
    let got = named_sources_and_relays(
        "قالت وكالة تاس إن الهدنة صامدة. وقالت إذاعة (موزاييك إف إم) الخاصة إن المعبر أغلق أمام المسافرين.",
    );
    assert_eq!(got.len(), 2);
    assert_eq!(got[1], (Some("إذاعة موزاييك إف إم".to_string()), None));
}

#[test]
fn the_outlet_that_carried_a_statement_is_never_its_speaker() {
    // "ودعت المديرية، في البيان الذي نقلته وكالة X،": a bare noun the phrase readers leave unread is the body
    // named before, and the agency after the relay verb is the relay.
    let got = named_sources_and_relays(
        "أعلنت مديرية المياه في البصرة عن قطع مؤقت للمياه. ودعت المديرية، في البيان الذي نقلته وكالة تاس، \
         السكان إلى ترشيد الاستهلاك.",
    );
    assert_eq!(got.len(), 2);
    assert_eq!(
        got[1],
        (
            Some("مديرية المياه في البصرة".to_string()),
            Some("وكالة تاس".to_string())
        )
    );
}

#[test]
fn a_states_official_media_after_an_according_word_relay_the_statement() {
    let got =
        named_sources_and_relays("أعلن مصدر أمني تونسي إغلاق المعبر أمام المسافرين، وفق ما أورد الإعلام الرسمي التونسي.");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].1.as_deref(), Some("الإعلام الرسمي التونسي"));
}

#[test]
fn an_outlet_set_off_by_commas_before_what_is_said_is_the_speech_verbs_object() {
    // "وأبلغ مصدر أمني، وكالة «X»، بأن".
    let got = named_sources_and_relays("وأبلغ مصدر أمني في عدن، وكالة \"تاس\"، بأن المعارك توقفت.");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].1.as_deref(), Some("وكالة تاس"));
    // A comma before what is said and no outlet: no relay.
    let got = named_sources_and_relays("وأبلغ مصدر أمني في عدن، بأن المعارك توقفت.");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].1, None);
}

#[test]
fn a_speaker_named_again_keeps_the_outlet_they_were_named_with() {
    // Named in an according phrase with the outlet they told, then again by a demonstrative.
    let got = named_sources_and_relays(
        "أفاد ناشط أن الأمن فرق تجمعا في البلدة، بحسب ما أفاد مصدر طبي في المستشفى لوكالة رويترز. وقال هذا \
         المصدر إن عشرة جرحى وصلوا إلى المستشفى.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("وكالة رويترز"), "{got:?}");
    // Named again by a shorter phrase after another speaker.
    let got = named_sources_and_relays(
        "وذكر مصدر عسكري في قيادة المنطقة الشرقية لقناة الجزيرة أن القوات تقدمت نحو المطار. وقال الجيش الليبي \
         إن خسائره محدودة. وذكر المصدر العسكري أن التعزيزات وصلت.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[2].1.as_deref(), Some("قناة الجزيرة"), "{got:?}");
    // The outlet as the speech verb's object after a description; a statement that goes on keeps it too.
    let got = named_sources_and_relays(
        "وصل وفد الحكومة إلى الدوحة، وفق ما أفاد مسؤول حكومي مطلع على المحادثات وكالة فرانس برس الأحد. وقال \
         المسؤول إن الجولة ستبدأ غدا. وتابع أن الوفد يضم عشرة أعضاء.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("وكالة الصحافة الفرنسية"), "{got:?}");
    assert_eq!(got[2].1.as_deref(), Some("وكالة الصحافة الفرنسية"), "{got:?}");
    // Named without an outlet: none named again.
    let got = named_sources_and_relays("قال مصدر أمني إن الحاجز تعرض لهجوم. وأضاف المصدر أن المسلحين فروا.");
    assert_eq!(
        got,
        [(Some("مصدر أمني".into()), None), (Some("مصدر أمني".into()), None)]
    );
}
