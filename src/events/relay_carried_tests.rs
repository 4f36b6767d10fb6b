//! Tests of the relay on the outlet that carried a statement: named after the verb of carrying it, or named
//! once for a speaker who is named again.

use super::tests::names;

#[test]
fn a_statement_an_outlet_carried_names_it_after_the_verb_and_its_pronoun() {
    // "بيان" is masculine: the verb of a masculine outlet with "ه", or of a feminine one with "ته".
    let (_, via) = names("أعلنت هيئة الأركان، في بيان أورده التلفزيون الرسمي، أن القوات قتلت عشرة مسلحين.");
    assert!(via.is_some_and(|v| v.contains("التلفزيون")));
    let (_, via) = names("وقال المحافظ في تصريحات بثها التلفزيون السوري إن الطريق مغلق.");
    assert_eq!(via.as_deref(), Some("Syrian Arab Television"));
    // The body that issued it is no outlet: no relay.
    let (source, via) = names("وقالت هيئة الأركان في بيان نشره الجيش على صفحته إن الطريق مغلق.");
    assert_eq!(via, None, "{source:?}");
}

#[test]
fn sources_named_again_still_speak_through_the_outlet_a_relay_word_named() {
    let got = crate::events::tests::named_sources_and_relays(
        "وقالت مصادر طبية وأمنية نقلا عن \"رويترز\": إن عشرة أشخاص قتلوا، في الوقت الذي أكد فيه متظاهرون استمرار \
         إطلاق النار. وأضافت المصادر أن خمسين آخرين أصيبوا.",
    );
    // Named again after another speaker, the sources still speak through the outlet.
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[2], got[0], "{got:?}");
    assert!(got[2].1.as_deref().is_some_and(|v| v.contains("رويترز")), "{got:?}");
}

#[test]
fn a_relay_from_a_statement_of_a_body_named_by_its_head_is_that_body_s() {
    // "عن بيان للجيش": the army named before, not an outlet and not the army of a country named after it.
    let got = crate::events::tests::named_sources_and_relays(
        "أعلن الجيش الإسرائيلي اليوم أنه قصف موقعا لحزب الله في جنوب لبنان. ونقلت صحيفة \"هآرتس\" عن بيان للجيش أن \
         الغارة استهدفت مخزنا للسلاح. وأشار البيان إلى أن الموقع كان يستخدم لإطلاق الصواريخ.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    for (source, _) in &got {
        assert_eq!(source.as_deref(), Some("الجيش الإسرائيلي"), "{got:?}");
    }
    assert!(got[1].1.as_deref().is_some_and(|v| v.contains("هآرتس")), "{got:?}");
    assert!(got[2].1.as_deref().is_some_and(|v| v.contains("هآرتس")), "{got:?}");
}

#[test]
fn an_acronym_written_with_stops_ends_no_sentence_and_names_the_outlet_that_heard_it() {
    // "(د.ب.أ)": its stops end no sentence; the conversation "وذلك" points back to names the outlet spoken to.
    let got = crate::events::tests::named_sources_and_relays(
        "قال مصدر عسكري سوري إن الطائرات قصفت المطار، وذلك في تصريح لوكالة الأنباء الألمانية (د.ب.أ). وأعلنت \
         سرايا القدس، في بيان تلقت وكالة الأنباء الألمانية (د.ب.أ) نسخة منه، أن خمسة من مقاتليها قتلوا.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    for (_, via) in &got {
        assert!(via.as_deref().is_some_and(|v| v.contains("الألمانية")), "{got:?}");
    }
}

#[test]
fn a_statement_an_outlet_published_is_its_issuer_s_carried_by_the_outlet() {
    // "بيان نشرته وكالة X": the outlet carried the statement, dated or not, and issued nothing.
    let got = crate::events::tests::named_sources_and_relays(
        "أعلن الحرس الثوري الإيراني بدء مناورات في الخليج. وجاء في البيان الذي نشرته وكالة أنباء \"فارس\" اليوم \
         أن المناورات تستمر ثلاثة أيام. وجاء في بيان نشرته وكالة تسنيم أن الزوارق شاركت فيها.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    for (source, via) in &got[1..] {
        assert_eq!(source, &got[0].0, "{got:?}");
        assert!(via.is_some(), "{got:?}");
    }
}

#[test]
fn an_outlet_s_own_correspondent_is_named_by_the_outlet() {
    // "عن مراسلها": the correspondent tells what no agent did, named by the outlet as written.
    let (source, via) = names("ونقلت وكالة وفا عن مراسلها أن غالبية الشهداء ارتقوا في قصف على المخيم.");
    assert_eq!(source.as_deref(), Some("مراسل وكالة وفا"));
    assert!(via.is_some_and(|v| v.contains("WAFA") || v.contains("Wafa")));
    // A deed the correspondent tells is its agent's.
    let (source, _) = names("ونقلت وكالة وفا عن مراسلها أن قوات الاحتلال قصفت منزلا في المخيم.");
    assert_eq!(source.as_deref(), Some("Israel Defense Forces"));
}

#[test]
fn the_outlet_a_statement_reached_is_its_relay() {
    // "اطلعت عليه X", "اطلعت X عليه": the statement itself reached the outlet, as a copy of it does.
    for text in [
        "وقالت حركة حماس في بيان اطلعت عليه الأناضول إن القصف مستمر.",
        "وقالت حركة حماس في بيان اطلعت وكالة الأناضول عليه إن القصف مستمر.",
        "وقالت حركة حماس في بيان اطلعت وكالة الأناضول على نسخة منه إن القصف مستمر.",
    ] {
        let (_, via) = names(text);
        assert_eq!(via.as_deref(), Some("Anadolu Agency"), "{text}");
    }
}

#[test]
fn the_relay_of_a_deed_does_not_go_on_with_its_doer_s_own_statement() {
    let got = crate::events::tests::named_sources_and_relays(
        "قتل شاب إثر غارة شنتها طائرة مسيرة إسرائيلية على بلدة عيتا الشعب، وفقا لمصادر طبية. وأعلن الجيش \
         الإسرائيلي في بيان أنه قصف مواقع في المنطقة.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].1.is_some(), "{got:?}");
    assert_eq!(got[1].1, None, "{got:?}");
}

#[test]
fn a_station_named_by_its_head_and_a_genitive_relays_what_it_carried() {
    // "نقل" is also a noun (transport): before an outlet's head it is the verb of a relay, and the station is
    // the whole construct ("تلفزيون الدولة"), not its head.
    let (source, via) = names("ونقل تلفزيون الدولة عن وزارة الخارجية قولها إن المندوب أبلغ المجلس بالرد.");
    assert_eq!(source.as_deref(), Some("وزارة الخارجية"), "{via:?}");
    assert_eq!(via.as_deref(), Some("تلفزيون الدولة"), "{source:?}");
    let (source, _) = names("وقال تلفزيون الدولة إن الجيش تقدم في المدينة.");
    assert_eq!(source.as_deref(), Some("تلفزيون الدولة"));
    // The Israeli channels written with the article before their number ("القناة الـ 12").
    let (source, _) = names("وقالت القناة الـ 12 العبرية، إنه تمت الموافقة على مشروع القانون.");
    assert_eq!(source.as_deref(), Some("Channel 12 (Israel)"));
}
