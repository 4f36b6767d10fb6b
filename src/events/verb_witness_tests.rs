//! Tests of a witness verb with a verbal noun and its doer (`verb::witnessed`), read through the extractor.

use crate::events::tests::read;

#[test]
fn a_witness_verb_tells_the_deed_of_the_doer_after_its_verbal_noun() {
    // "شهد/تخلل" + the gathering + a verbal noun with its doer in the genitive: the doer's deed or statement.
    let got = read("وشهد الاجتماع الأمني إعلان الجيش السوري سيطرته على بلدة في ريف حماة.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "أعلن", "{got:?}");
    assert!(got[0].1.is_some(), "{got:?}");
    // A place that saw clashes names no doer: no event.
    let got = read("وشهدت البلدة الحدودية اشتباكات عنيفة طوال الليل.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_witness_verb_reads_a_doer_named_again_by_the_surname() {
    // "تأكيد" is the verbal noun of "أكد"; the doer is a person named in full in the sentence before.
    let got = read(
        "التقى الوزير كريم الحداد اليوم وفدا تجاريا من تونس. وتخللت الجلسة تأكيد الحداد للوفد أهمية التعاون بين البلدين.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, "أكد", "{got:?}");
    assert_eq!(got[0].1, got[1].1, "{got:?}");
}
