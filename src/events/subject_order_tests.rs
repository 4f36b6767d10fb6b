//! Tests of the subject stage on the phrases between a verb and its subject, and on the words before a name:
//! a time adverbial, a document's adjective, an honorific, a title's "لـ" written apart, a verbal noun after a
//! title, and an outlet's credit glued to the lead. Sentences of our own, after the classes of real dispatches.

use super::tests::{ids, subjects};

#[test]
fn a_subject_after_a_time_adverbial_of_several_words_and_its_comma() {
    // "في وقت سابق" opens no clause, nor is "سابق" a speaker: the body after it speaks.
    assert_eq!(
        subjects("قصف الطيران مواقع في المدينة. وقالت في وقت سابق، وزارة الدفاع التركية، إن الطائرة انفجرت."),
        ids(&["adhoc:الطيران", "tr.mod"])
    );
}

#[test]
fn a_document_with_its_adjective_and_a_quoted_issuer_speaks_for_the_issuer() {
    let got = subjects(
        "قصف الطيران مواقع في المدينة. وذكر بيان مشترك صادر عن \"كتائب القسام\" أن الصواريخ أطلقت. وكتب سيرغي \
         بولانوف على تطبيق تيليغرام: \"أسقطنا عشر مسيرات\".",
    );
    assert_eq!(got[1].as_deref(), Some("qassam-brigades"), "{got:?}");
    assert_eq!(got[2].as_deref(), Some("adhoc:سيرغي بولانوف"), "{got:?}");
}

#[test]
fn an_honorific_before_a_catalog_name_is_skipped_as_a_rank() {
    // "جلالة", "فخامة", "سماحة" before the name: the person the catalog knows, not an unknown "جلالة الملك ...".
    assert_eq!(
        subjects(
            "استقبل جلالة الملك عبدالله الثاني وفدا من الكونغرس. وقال فخامة الرئيس رجب طيب أردوغان إن الحوار ضروري."
        ),
        ids(&["abdullah-ii", "recep-tayyip-erdogan"])
    );
}

#[test]
fn a_verbal_noun_after_a_title_is_what_is_said_not_a_name() {
    // "وأكد الملك أهمية الشراكة": "أهمية" opens the object; the king named before speaks.
    let got = subjects("أكد الملك عبدالله الثاني أن الأردن مستعد. وأكد الملك أهمية الشراكة مع الولايات المتحدة.");
    assert_eq!(got[1].as_deref(), Some("abdullah-ii"), "{got:?}");
}

#[test]
fn his_majesty_is_the_monarch_named_before() {
    // A guard of the reading, not of the 'جلالته' rows alone: without them the verb's implicit subject is the king
    // here too.
    let got = subjects(
        "استقبل جلالة الملك عبدالله الثاني وفدا من الكونغرس الأمريكي يضم النائب جيمي بانيتا. وأكد جلالته أهمية الشراكة.",
    );
    assert_eq!(got[1].as_deref(), Some("abdullah-ii"), "{got:?}");
}

#[test]
fn a_title_serves_a_quoted_body_after_a_lam_written_apart() {
    // "لـ«حزب الله»": the "ل" of the construct is written apart before the quoted name; the holder follows.
    assert_eq!(
        subjects("أكد الأمين العام لـ«حزب الله» اللبناني حسن نصرالله أن إسرائيل ستواجه ما لم تتوقعه."),
        ids(&["hassan-nasrallah"])
    );
}

#[test]
fn an_outlet_s_credit_glued_to_the_lead_is_no_subject() {
    // The page's credit opens the line with no mark before the lead's verb, whose own subject follows it; an
    // outlet that speaks in its own name keeps its verb.
    assert_eq!(
        subjects("المركز الفلسطيني للإعلام هدمت قوات الاحتلال الإسرائيلي منزلين في بلدة الخضر."),
        ids(&["il.idf"])
    );
    assert_eq!(subjects("وكالة سانا أعلنت الحصيلة."), ids(&["sana"]));
}

#[test]
fn a_name_set_off_after_what_is_announced_is_no_speaker() {
    // "وأعلن مصدر طبي استشهاد الشاب، فلان،": the name between commas is the young man's; "مشرف ...، فلان،"
    // right after a head is the speaker.
    assert_eq!(
        subjects("وأعلن مصدر طبي استشهاد الشاب، أحمد حمدان، متأثرا بجراحه."),
        ids(&["adhoc:مصدر طبي"])
    );
    assert_eq!(
        subjects("وقال مشرف إدارة البلدة، أحمد حمدان، إن الوضع صعب."),
        ids(&["adhoc:احمد حمدان"])
    );
}
