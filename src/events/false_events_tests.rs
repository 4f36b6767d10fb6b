//! Tests of the extractor on what is no event of the news (a plan, a deed that recurs, a verbal noun after
//! "despite", a byline) and on sentences a title of one letter used to cut: whole sentences of our own.

use super::*;

#[test]
fn a_speaker_after_a_title_of_one_letter_is_read_through_its_stop() {
    let got = read("وقال د. رامي العطار مدير مستشفى الرحمة إن القصف طال الجناح الشرقي للمستشفى.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].1.as_deref().is_some_and(|s| s.contains("رامي العطار")),
        "{got:?}"
    );
}

#[test]
fn a_present_form_dated_after_the_day_of_publication_is_a_plan() {
    // Published 2024-12-06: next week and tomorrow are to come.
    let got = read("ويزور رئيس الوزراء الأردني جعفر حسان القاهرة الأسبوع المقبل. وتعقد اللجنة اجتماعها غدا.");
    assert!(got.is_empty(), "{got:?}");
    // Today, or a past day, is news.
    let got = read("ويزور رئيس الوزراء الأردني جعفر حسان القاهرة اليوم.");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn after_despite_a_verb_form_is_its_verbal_noun() {
    let got = read("ورغم تقدم الجيش الأردني في البلدة، لا يزال الطريق مغلقا.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn the_person_a_plan_names_is_known_to_a_surname_after_it() {
    let got = read(
        "وتزور وزيرة الخارجية الألمانية أنالينا بيربوك عمان الأسبوع المقبل. وقالت الوكالة إن من المقرر أن تزور بيربوك \
         الأردن. وأكدت بيربوك أمس أن الزيارة مهمة.",
    );
    // The plan is no event; "بيربوك" is the minister named in it.
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Annalena Baerbock"), "{got:?}");
}

#[test]
fn a_present_deed_in_a_manner_that_recurs_is_background() {
    for text in [
        "أعلن الجيش الأردني إحباط عملية تهريب. ويقصف الجيش مخازن المهربين بشكل مستمر، ما يوقع خسائر.",
        "أعلن الجيش الأردني إحباط عملية تهريب. وينفذ الجيش دوريات على الحدود بصورة يومية.",
        "أعلن الجيش الأردني إحباط عملية تهريب. ويضبط الجيش يوميا شحنات من المخدرات.",
    ] {
        assert_eq!(read(text).len(), 1, "{:?}", read(text));
    }
}

#[test]
fn a_byline_names_the_writer_and_tells_nothing() {
    let got = read(
        "الجيش الأردني يحبط عملية تهريب على الحدود\nالأحد 3-3-2019 10:00 | كتب: وكالة الرافدين |\nأعلن الجيش الأردني \
         إحباط عملية تهريب.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "أعلن", "{got:?}");
}
