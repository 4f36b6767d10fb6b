//! Tests of the relay reader (`relay.rs`).

use super::*;
use crate::events::clause::split;
use crate::events::subject::{choose, Previous};
use crate::events::verb;
use crate::events::view::tests::view;

/// The source and relay of the first clause of `text` with a verb, each told by `tell`.
fn attributed(text: &str, tell: impl Fn(Referent, &View, NaiveDate) -> String) -> (Option<String>, Option<String>) {
    attributed_in(text, false, tell)
}

/// The source and relay of the first (or `last`) clause of `text` with a verb, each told by `tell`.
fn attributed_in(
    text: &str,
    last: bool,
    tell: impl Fn(Referent, &View, NaiveDate) -> String,
) -> (Option<String>, Option<String>) {
    let v = view(text);
    let day: NaiveDate = "2024-12-06".parse().expect("a date");
    let clauses = split(&v);
    let mut with_verb = clauses.into_iter().filter_map(|c| verb::find(&v, &c).map(|p| (c, p)));
    let (c, p) = if last { with_verb.next_back() } else { with_verb.next() }.expect("a verb");
    let (s, end) = choose(&v, &c, &p, day, &Previous::default());
    let a = attribute(&v, &c, &p, (s, end), false, day);
    (a.source.map(|r| tell(r, &v, day)), a.via.map(|r| tell(r, &v, day)))
}

/// The ids of the source and relay.
fn read(text: &str) -> (Option<String>, Option<String>) {
    attributed(text, |r, v, day| r.resolve(v, day).id.to_string())
}

/// Asserts the ids of the source and relay of `text`.
#[track_caller]
fn assert_read(text: &str, source: Option<&str>, via: Option<&str>) {
    let (s, v) = read(text);
    assert_eq!((s.as_deref(), v.as_deref()), (source, via), "{text}");
}

/// The names of the source and relay, for actors the catalog does not know.
pub(super) fn names(text: &str) -> (Option<String>, Option<String>) {
    attributed(text, |r, v, day| r.resolve(v, day).name.to_string())
}

#[test]
fn an_outlet_the_catalog_does_not_know_in_a_relay_position() {
    let (_, via) = names("قال مسؤول محلي -للشرقية- إن الطريق مغلق.");
    assert_eq!(via.as_deref(), Some("الشرقية"));
    let (_, via) = names("وقال مسؤول محلي -لـ\"الوسط نيوز\"- إن الطريق مغلق.");
    assert_eq!(via.as_deref(), Some("الوسط نيوز"));
    let (_, via) = names("نفى الكرملين التقارير عن إغلاق المعبر، حسبما ذكرت \"الوسط\".");
    assert_eq!(via.as_deref(), Some("الوسط"));
    // A quotation that does not close the clause is what was reported, not who reported it.
    let (_, via) = names("نفى الكرملين ذلك، حسبما ذكرت \"مصادر\" في المدينة.");
    assert_eq!(via, None);
}

#[test]
fn an_outlet_spoken_to_by_its_head_whether_known_or_not() {
    // The dative glued to the head, with a quoted or a definite name.
    let (_, via) = names("قال مدير المشفى، سامر الحلبي، لصحيفة \"الراصد\" إن المشفى استقبل 11 جريحا.");
    assert_eq!(via.as_deref(), Some("صحيفة الراصد"));
    let (_, via) = names("وقال المتحدث باسم الشرطة لموقع الساحل إن الطريق مغلق.");
    assert_eq!(via.as_deref(), Some("موقع الساحل"));
    // The dative glued to a definite head, with the head's adjectives or alone; the speaker's phrase ends
    // before it.
    let (source, via) = names("وقال وزير الدفاع للتلفزيون الرسمي إن القصف مستمر.");
    assert_eq!(
        (source.as_deref(), via.as_deref()),
        (Some("وزير الدفاع"), Some("التلفزيون الرسمي"))
    );
    let (source, via) = names("وقال مسؤول عسكري للإذاعة إن القصف مستمر.");
    assert_eq!(
        (source.as_deref(), via.as_deref()),
        (Some("مسؤول عسكري"), Some("الإذاعة"))
    );
    // A conversation with an outlet named by its head.
    let (_, via) = names("وأضاف المتحدث باسم الشرطة في لقاء تلفزيوني مع فضائية \"الواحة\" أن الطريق مغلق.");
    assert_eq!(via.as_deref(), Some("فضائية \"الواحة\""));
    // A dative to a person is no outlet.
    let (_, via) = names("وقال المتحدث باسم الشرطة لرئيس البلدية إن الطريق مغلق.");
    assert_eq!(via, None);
}

#[test]
fn a_relayed_speaker_keeps_its_adjectives_and_the_name_it_is_given() {
    // "رسمي" may stand between a verb and its subject, but after "مصدر" it is the source's adjective.
    let (source, via) = names("نقلت وكالة سانا عن مصدر رسمي قوله إن الحوار ضروري.");
    assert_eq!(
        (source.as_deref(), via.as_deref()),
        (Some("مصدر رسمي"), Some("Syrian Arab News Agency"))
    );
    let (source, _) = names("ونقلت وكالة فرانس برس عن أحد الناجين، ويدعى سامر نور، قوله إن المسلحين كثيرون.");
    assert_eq!(source.as_deref(), Some("سامر نور"));
    // A person in apposition after the relayed speaker's title.
    let (source, via) = names("ونقلت وكالة رويترز عن المتحدث باسم الشرطة المحلية، سامر الحلبي، قوله إن الطريق مغلق.");
    assert_eq!(
        (source.as_deref(), via.as_deref()),
        (Some("سامر الحلبي"), Some("Reuters"))
    );
    // The outlet spoken to ends the speaker's phrase and relays it.
    let (source, via) = names("وقالت مصادر مطلعة لصحيفة الراصد إن الوزير سيزور القاهرة.");
    assert_eq!(
        (source.as_deref(), via.as_deref()),
        (Some("مصادر مطلعة"), Some("صحيفة الراصد"))
    );
}

/// The names of the source and relay of the last clause of `text` with a verb.
fn last_names(text: &str) -> (Option<String>, Option<String>) {
    attributed_in(text, true, |r, v, day| r.resolve(v, day).name.to_string())
}

#[test]
fn a_relayed_speaker_named_by_a_surname_or_as_one_of_a_group() {
    // The surname of a person named in full before, with what was said after it, past an aside.
    let (source, via) = last_names(
        "قالت سلمى الخطيب، المتحدثة باسم البلدية، إن الطريق مغلق. ونقلت وكالة رويترز عن الخطيب، في تغريدة لها، قولها إن الطريق سيفتح غدا.",
    );
    assert_eq!(
        (source.as_deref(), via.as_deref()),
        (Some("سلمى الخطيب"), Some("Reuters"))
    );
    // No one named so before: the agency's own report.
    let (source, via) = last_names("ونقلت وكالة رويترز عن حداد قولها إن الطريق سيفتح غدا.");
    assert_eq!((source.as_deref(), via), (Some("Reuters"), None));
    // A person the catalog does not know, named in full, with what was said after an aside on them; "عن"
    // without it is "about".
    let (source, via) = last_names("ونقلت وكالة رويترز عن سامر الحداد، المتحدث باسم اللواء، قوله إن الطريق سيفتح غدا.");
    assert_eq!(
        (source.as_deref(), via.as_deref()),
        (Some("سامر الحداد"), Some("Reuters"))
    );
    let (source, via) = last_names("وتحدثت وكالة رويترز عن سامر الحداد وعائلته.");
    assert_eq!((source.as_deref(), via), (Some("Reuters"), None));
    // One of a group, in the feminine.
    let (source, via) = names("ونقلت وكالة رويترز عن إحدى الكتائب المسلحة قولها إنها سيطرت على الحي.");
    assert_eq!(
        (source.as_deref(), via.as_deref()),
        (Some("إحدى الكتائب المسلحة"), Some("Reuters"))
    );
}

#[test]
fn a_quoted_outlet_name_may_end_in_a_number() {
    let (source, via) = names("وأشار المحافظ، في تصريحات عبر قناة \"الساحل 24\"، إلى أن الطريق مغلق.");
    assert_eq!(
        (source.as_deref(), via.as_deref()),
        (Some("المحافظ"), Some("قناة \"الساحل 24\""))
    );
    // A quotation that opens with a number is no name.
    let (_, via) = names("وأشار المحافظ، في تصريحات عبر قناة \"24 ساعة\"، إلى أن الطريق مغلق.");
    assert_eq!(via, None);
}

#[test]
fn an_outlet_s_own_sources_speak_through_it() {
    let (source, via) = names("أفادت مصادر الجزيرة، مساء الاثنين، بأن الطريق مغلق.");
    assert_eq!(via.as_deref(), Some("Al Jazeera"));
    assert!(source.is_some_and(|s| s.starts_with("مصادر")));
    let (_, via) = names("وقالت مصادر \"العربية\" إن الطريق مغلق.");
    assert_eq!(via.as_deref(), Some("Al Arabiya"));
    // Sources of another kind relay nothing.
    let (_, via) = names("وقالت مصادر طبية إن الطريق مغلق.");
    assert_eq!(via, None);
}

#[test]
fn an_agency_relays_a_named_speaker() {
    assert_read(
        "نقلت وكالة سانا عن وزير الخارجية السوري قوله إن الحوار ضروري.",
        Some("bassam-sabbagh"),
        Some("sana"),
    );
}

#[test]
fn an_outlet_spoken_to_is_the_relay() {
    assert_read(
        "وقال وزير الخارجية الروسي لوكالة سانا إن الحوار ضروري.",
        Some("sergey-lavrov"),
        Some("sana"),
    );
}

#[test]
fn generic_media_glued_to_the_dative_of_an_according_phrase_relay() {
    let (source, via) = names("ووفقا لوسائل إعلام محلية، فإن وزير الخارجية الروسي أعلن أن الحوار ضروري.");
    assert_eq!(source.as_deref(), Some("Sergey Lavrov"));
    assert_eq!(via.as_deref(), Some("وسائل إعلام محلية"));
}

#[test]
fn an_outlet_named_after_the_clause_it_relays() {
    assert_read(
        "وقال وزير الخارجية الروسي في بيان تلقته وكالة سانا إن الحوار ضروري.",
        Some("sergey-lavrov"),
        Some("sana"),
    );
    let (_, via) = read("وقصف الجيش الإسرائيلي بلدة الخيام، كما ذكر مراسل وكالة سانا.");
    assert_eq!(via.as_deref(), Some("sana"));
    // "حسبما" is "حسب ما" in one word; the name may stand in brackets after its head.
    let (_, via) = read("وقال وزير الخارجية الروسي -حسبما أفادت قناة (روسيا اليوم) مساء أمس- إن الحوار ضروري.");
    assert_eq!(via.as_deref(), Some("rt"));
    // With a content of its own, "، كما أفادت X بأن" is no relay of the clause before it.
    let (_, via) = read("وقصف الجيش الإسرائيلي بلدة الخيام، كما أفادت وكالة سانا بأن القوات انسحبت.");
    assert_eq!(via, None);
}

/// The ids of the source and relay of the last event of `text`, read clause by clause with what the text
/// said before it.
fn read_last(text: &str) -> (Option<String>, Option<String>) {
    let v = view(text);
    let day: NaiveDate = "2024-12-06".parse().expect("a date");
    let mut previous = Previous::default();
    let mut last = None;
    for c in &split(&v) {
        let Some(p) = verb::find(&v, c) else { continue };
        let (s, end) = choose(&v, c, &p, day, &previous);
        let a = attribute(&v, c, &p, (s, end), false, day);
        if let Some(source) = &a.source {
            previous.spoke(source.clone(), c.sentence, p.says(&v), p.document_span(&v, c));
        }
        last = Some((
            a.source.map(|r| r.resolve(&v, day).id.to_string()),
            a.via.map(|r| r.resolve(&v, day).id.to_string()),
        ));
    }
    last.expect("an event")
}

#[test]
fn a_correspondent_named_again_relays_as_before() {
    let (source, via) =
        read_last("وقال مراسل وكالة سانا إن الجيش الإسرائيلي قصف الخيام. وأضاف المراسل أن الجيش الإسرائيلي قصف مرجعيون.");
    assert_eq!(source.as_deref(), Some("il.idf"));
    assert_eq!(via.as_deref(), Some("sana"));
}

#[test]
fn a_state_named_after_dawla_and_the_occupation_s_forces() {
    assert_eq!(read("وأعلنت دولة تركيا إرسال طائرة مساعدات.").0.as_deref(), Some("tr"));
    assert_eq!(read("واعتقلت قوات الاحتلال أربعة شبان.").0.as_deref(), Some("il.idf"));
    assert_eq!(read("وقالت دولة الاحتلال إنها ستواصل عملياتها.").0.as_deref(), Some("il"));
}

#[test]
fn a_subject_after_a_preposition_with_a_pronoun() {
    assert_eq!(read("وسيطر عليها تنظيم داعش منذ عام 2014.").0.as_deref(), Some("isis"));
}

#[test]
fn an_outlet_told_right_after_a_crowd_relays() {
    let (source, via) = names("وأبلغ شهود سانا أن الطريق مغلق.");
    assert_eq!(source.as_deref(), Some("شهود"));
    assert_eq!(via.as_deref(), Some("Syrian Arab News Agency"));
    // A correspondent's outlet is their own: "مراسل سانا" speaks.
    let (source, _) = names("وقال مراسل سانا إن الطريق مغلق.");
    assert_eq!(source.as_deref(), Some("مراسل سانا"));
}

#[test]
fn an_outlet_reporting_an_agent_s_deed_relays_it() {
    assert_read(
        "أفادت وكالة سانا بأن الجيش الإسرائيلي شن غارات على ريف دمشق.",
        Some("il.idf"),
        Some("sana"),
    );
}

#[test]
fn an_outlet_that_carried_a_statement() {
    let (source, via) = names("وقال وزير الخارجية الإيراني، في تصريحات نقلها التلفزيون الرسمي، إن بلاده سترد.");
    assert!(source.is_some());
    assert_eq!(via.as_deref(), Some("التلفزيون الرسمي"));
    // A station ("محطة") after a carrier verb is an outlet too.
    let (_, via) = names("وقال المتحدث باسم الحكومة في تصريح بثته محطة التلفزيون المحلية إن الطريق مغلق.");
    assert_eq!(via.as_deref(), Some("محطة التلفزيون المحلية"));
    let (_, via) = read("وتبنى تنظيم داعش، عبر وكالة سانا التابعة له، الهجوم على الحاجز.");
    assert_eq!(via.as_deref(), Some("sana"));
    let (_, via) = read("وقال المتحدث باسم الوزارة، في بيان وصل الأناضول نسخة منه، إن الطريق مغلق.");
    assert_eq!(via.as_deref(), Some("anadolu"));
    let (_, via) = names("وفي بيان اطلعت \"البوابة\" على نسخة منه، قالت وزارة الدفاع إن الطريق مغلق.");
    assert!(via.is_some_and(|v| v.contains("البوابة")));
    let (_, via) = names("شنت حركة الشباب هجوما على مقر الوزارة، حسب ما ذكرت وسائل الإعلام المحلية.");
    assert_eq!(via.as_deref(), Some("وسائل الإعلام المحلية"));
    // The outlet that reports in its own name is not its own relay.
    let (source, via) = names("وفر آلاف المدنيين من القرى، وفق ما أوردته وسائل الإعلام المحلية.");
    assert_eq!(source.as_deref(), Some("وسائل الإعلام المحلية"));
    assert_eq!(via, None);
    // The speaker's own page is no relay.
    let (_, via) = names("وأعلنت الوزارة عبر موقعها الرسمي أن الطريق مغلق.");
    assert_eq!(via, None);
}

#[test]
fn a_relay_past_a_date_an_acronym_or_a_description_set_off_by_commas() {
    assert_read(
        "ونقلت وكالة سانا، مساء الثلاثاء، عن وزير الخارجية السوري قوله إن الحوار ضروري.",
        Some("bassam-sabbagh"),
        Some("sana"),
    );
    assert_read(
        "وذكرت الوكالة العربية السورية للأنباء، \"سانا\"، نقلا عن مصدر عسكري أن الطريق مغلق.",
        Some("adhoc:مصدر عسكري"),
        Some("sana"),
    );
    // A description of the outlet set off by commas, then "عن".
    assert_read(
        "ونقلت وكالة سانا، الناطقة باسم الحكومة، عن مصدر عسكري قوله إن الطريق مغلق.",
        Some("adhoc:مصدر عسكري"),
        Some("sana"),
    );
    // An air force named by the register of some outlets ("طيران الكيان", "طيران العدو الإسرائيلي") with an adjective.
    assert_read(
        "وذكرت الوكالة الوطنية للإعلام أن طيران الكيان الحربي شن غارة على أطراف البلدة.",
        Some("il.iaf"),
        Some("nna"),
    );
    // A comma before anything else ends the relay: the outlet speaks in its own name.
    assert_read("ونقلت وكالة سانا، في تقرير مطول، أن الطريق مغلق.", Some("sana"), None);
}

#[test]
fn a_relay_past_a_comma_before_its_original_speaker() {
    assert_read(
        "ونقلت وكالة سانا، عن مصدر عسكري أن الطريق مغلق.",
        Some("adhoc:مصدر عسكري"),
        Some("sana"),
    );
    // An office, then the person who holds it set off by commas: the person speaks.
    let (source, via) = names("ونقلت وكالة سانا، عن مستشار محافظ درعا، خالد العمري، إن الطريق مغلق.");
    assert_eq!(source.as_deref(), Some("خالد العمري"));
    assert_eq!(via.as_deref(), Some("Syrian Arab News Agency"));
}

#[test]
fn a_correspondent_reporting_a_deed_relays_its_agent() {
    assert_read(
        "وأفاد مراسل الأناضول بأن الجيش الإسرائيلي قصف منزلا في خان يونس.",
        Some("il.idf"),
        Some("anadolu"),
    );
    // A correspondent the text names reports the deed as the outlet does, with the name after the place or
    // set off by commas.
    assert_read(
        "وأفاد مراسل الأناضول في غزة سامر الحلو بأن الجيش الإسرائيلي قصف منزلا.",
        Some("il.idf"),
        Some("anadolu"),
    );
    assert_read(
        "أفاد مراسل قناة الجزيرة، سامر الخطيب، أن الجيش الإسرائيلي قصف بلدة الخيام.",
        Some("il.idf"),
        Some("al-jazeera"),
    );
    // What they say in their own words is theirs.
    let (source, _) = names("وقال مراسل الأناضول في غزة سامر الحلو إن الوضع صعب.");
    assert_eq!(source.as_deref(), Some("سامر الحلو"));
}

#[test]
fn an_outlet_the_catalog_does_not_know_reporting_a_deed() {
    let (source, via) = names("وقالت هيئة البث العامة إن الجيش الإسرائيلي قصف مخازن قرب بعلبك.");
    assert_eq!(source.as_deref(), Some("Israel Defense Forces"));
    assert_eq!(via.as_deref(), Some("هيئة البث العامة"));
}

#[test]
fn an_attribution_to_an_outlet_of_an_agent_s_deed() {
    assert_read(
        "ووفقا لما نقلته وكالة سانا فإن الجيش السوري تصدى لهجوم قرب حمص.",
        Some("sy.army"),
        Some("sana"),
    );
    // Without an agent, what follows is the outlet's report.
    assert_read(
        "ووفقا لما نقلته وكالة سانا فإن الطريق مغلق منذ الصباح.",
        Some("sana"),
        None,
    );
}

#[test]
fn an_outlet_relaying_its_correspondent_on_a_deed() {
    assert_read(
        "وقالت وكالة سانا، نقلا عن مراسلها، إن الجيش الإسرائيلي قصف محيط المستشفى.",
        Some("il.idf"),
        Some("sana"),
    );
}

#[test]
fn an_outlet_relaying_its_named_correspondent_on_a_deed() {
    // Named or not, what the correspondent saw is the agent's deed, relayed by the outlet.
    assert_read(
        "وقالت وكالة سانا، نقلا عن مراسلها سامر الحلبي، إن الجيش الإسرائيلي قصف محيط المستشفى.",
        Some("il.idf"),
        Some("sana"),
    );
}

#[test]
fn an_outlet_relaying_from_its_correspondent_on_a_deed() {
    // "نقلت X عن مراسلها": no one named to relay from, so the deed is the agent's, the outlet relays it.
    assert_read(
        "ونقلت وكالة سانا عن مراسلها في درعا أن الجيش الإسرائيلي قصف محيط المستشفى.",
        Some("il.idf"),
        Some("sana"),
    );
}

#[test]
fn sources_that_relay_are_the_source() {
    let (source, via) = names("ونقلت مصادر محلية بأن الجيش الإسرائيلي قصف محيط المستشفى.");
    assert_eq!((source.as_deref(), via), (Some("مصادر محلية"), None));
}

#[test]
fn the_own_correspondent_reports_a_deed() {
    // "مراسلنا" is the publishing outlet's: what they saw is the army's deed.
    let (source, _) = read("وأفاد مراسلنا بأن الجيش الإسرائيلي قصف منزلا في خان يونس.");
    assert_eq!(source.as_deref(), Some("il.idf"));
}

#[test]
fn a_body_the_vocabulary_does_not_know_is_relayed() {
    let (source, via) = names("ونقلت قناة العربية عن التحالف أن الحوثيين أطلقوا صاروخا.");
    assert_eq!(
        (source.as_deref(), via.as_deref()),
        (Some("التحالف"), Some("Al Arabiya"))
    );
    // "عن" is also "about": with nothing said after it, no one is relayed.
    assert_eq!(
        names("ونقلت وكالة سبأ عن الهجوم تفاصيل جديدة."),
        (Some("Saba News Agency".to_string()), None)
    );
}

#[test]
fn an_intervention_on_a_channel_is_relayed_by_it() {
    assert_read(
        "وقال وزير الخارجية السوري في مداخلة مع قناة الجزيرة إن الحرب ستنتهي.",
        Some("bassam-sabbagh"),
        Some("al-jazeera"),
    );
}

#[test]
fn a_call_is_the_caller_s() {
    let (source, _) = read("تلقى الرئيس السوري اتصالا هاتفيا من الرئيس الروسي فلاديمير بوتين.");
    assert_eq!(source.as_deref(), Some("vladimir-putin"));
}

#[test]
fn an_outlet_in_its_own_name_relays_nothing() {
    assert_read("وقالت وكالة سانا إن الطريق مفتوح.", Some("sana"), None);
}

#[test]
fn an_outlet_reporting_a_named_agent_relays_it() {
    assert_read(
        "وأفادت وكالة سانا بأن القوات التركية قصفت قرية في ريف حلب.",
        Some("tr.armed-forces"),
        Some("sana"),
    );
    assert_read(
        "وقالت سانا إن الجيش السوري تصدى لهجوم على نقطة عسكرية.",
        Some("sy.army"),
        Some("sana"),
    );
}

#[test]
fn an_outlet_reporting_without_an_agent_is_the_source() {
    assert_read(
        "وأفادت وكالة سانا بأنه تم إسعاف 12 مصابا إلى المستشفى.",
        Some("sana"),
        None,
    );
}

#[test]
fn a_relay_after_a_comma_and_an_outlet_as_object() {
    assert_read(
        "وأضافت سانا، نقلا عن مصادر محلية، أن الطريق مغلق.",
        Some("adhoc:مصادر محليه"),
        Some("sana"),
    );
    assert_read(
        "وأفادت مصادر محلية \"سانا\" بأن الطريق مغلق.",
        Some("adhoc:مصادر محليه"),
        Some("sana"),
    );
}

#[test]
fn an_attribution_without_a_verb_is_a_statement() {
    assert_read(
        "قتل ثلاثة مدنيين في قصف على البلدة، بحسب مصادر طبية لوكالة سانا.",
        Some("adhoc:مصادر طبيه"),
        Some("sana"),
    );
}

#[test]
fn an_attribution_to_a_dative_head_is_that_speaker_s() {
    let (source, _) = read("انفجرت عبوتان في سوق المدينة، وفقا للمصادر الأمنية.");
    assert_eq!(source.as_deref(), Some("adhoc:المصادر الامنيه"));
    let (source, _) = read("قتل أربعة جنود، وفقا لمصادر طبية.");
    assert_eq!(source.as_deref(), Some("adhoc:مصادر طبيه"));
    let (source, _) = read("وتضرر 200 منزل، وفق إحصائية أولية لوزارة الإسكان في الحكومة اليمنية.");
    assert!(source.is_some_and(|s| s.starts_with("adhoc:وزاره الاسكان")));
    let (source, _) = read("اندلعت اشتباكات في المدينة، وفقا لما ذكرته مصادرنا.");
    assert_eq!(source.as_deref(), Some("adhoc:مصادرنا"));
}

#[test]
fn a_passive_deed_is_its_agent_s() {
    let (source, _) = read("قتل ثلاثة جنود على أيدي مسلحين في البلدة.");
    assert_eq!(source.as_deref(), Some("adhoc:مسلحين في البلده"));
    let (source, _) = read("واحتجزت ناقلة نفط قبالة السواحل من قبل البحرية الإيرانية.");
    assert_eq!(source.as_deref(), Some("ir.navy"));
}

#[test]
fn a_verbal_noun_with_its_agent_after_a_temporal_preposition() {
    let (source, _) = read("وتأتي الغارة بعد ساعات من إعلان الحوثيين أمس استهداف سفينة.");
    assert_eq!(source.as_deref(), Some("ansarallah"));
}

#[test]
fn an_outlet_of_an_interview_with_b_or_named_after_a_dual_head_is_the_relay() {
    assert_read(
        "واتهم محافظ المدينة في تصريح بقناة الجزيرة المسلحين بالهجوم على السوق.",
        Some("adhoc:محافظ المدينه"),
        Some("al-jazeera"),
    );
    assert_read(
        "وقال مصدر أمني لقناتي \"العربية\" و\"الحدث\" إن الهجوم فشل.",
        Some("adhoc:مصدر امني"),
        Some("al-arabiya"),
    );
}

#[test]
fn an_outlet_that_closes_a_sentence_relays_each_of_its_events() {
    let article = crate::events::Extractor::new().extract(
        "وبدأت القوات الإسرائيلية عملية برية، وقصفت المدفعية الإسرائيلية بلدات في الجنوب، حسبما ذكرت قناة الحدث. \
         وقال الجيش اللبناني إن الوضع هادئ.",
        "2024-12-06".parse().expect("an anchor"),
    );
    let vias: Vec<Option<&str>> = article
        .events
        .iter()
        .map(|e| e.via.as_ref().map(|v| v.id.as_str()))
        .collect();
    assert_eq!(vias, [Some("al-hadath"), Some("al-hadath"), None]);
}

#[test]
fn what_is_reported_according_to_what_someone_said_is_theirs() {
    assert_read(
        "وقتل ثلاثة مدنيين في قصف على البلدة، وفقا لما أكده مدير المستشفى سامر الحلبي.",
        Some("adhoc:سامر الحلبي"),
        None,
    );
}

#[test]
fn a_relay_on_the_tongue_of_a_speaker_and_a_body_that_quotes() {
    // "على لسان X": X's words, passed on by the outlet.
    let (source, via) = names("ونقلت هيئة البث الإسرائيلية على لسان المتحدث باسم الجيش أن القوات تقدمت.");
    assert_eq!(
        (source.as_deref(), via.as_deref()),
        (Some("المتحدث باسم الجيش"), Some("Kan (Israeli Public Broadcasting)"))
    );
    // Any body that quotes another's words ("عن X قوله") passes them on.
    let (source, via) =
        names("وذكرت دائرة الإعلام في وزارة الخارجية الإيرانية عن المتحدث باسمها عباس موسوي قوله إن العقوبات فشلت.");
    assert_eq!(source.as_deref(), Some("Abbas Mousavi"));
    assert_eq!(via.as_deref(), Some("دائرة الإعلام في وزارة الخارجية الإيرانية"));
}

#[test]
fn a_bare_noun_for_an_outlet_named_before_is_that_outlet() {
    for text in [
        "وقالت قناة الجزيرة إن القوات تقدمت. وحسب القناة ذاتها، فإن الجيش الإسرائيلي قصف المدينة.",
        "وقالت وكالة الأناضول إن القوات تقدمت. وقال الجيش الإسرائيلي إنه قصف المدينة، بحسب الوكالة.",
    ] {
        let (source, via) = read_last(text);
        assert_eq!(source.as_deref(), Some("il.idf"), "{text}");
        assert!(
            matches!(via.as_deref(), Some("al-jazeera" | "anadolu")),
            "{text}: {via:?}"
        );
    }
}
