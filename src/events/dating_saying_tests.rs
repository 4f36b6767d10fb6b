//! Tests of `dating_saying.rs`.

use crate::events::dating::tests::saying;

#[test]
fn a_date_past_an_object_opened_by_about_dates_what_it_tells() {
    // A recent day, however long the object: the takeover's, not the speech's.
    assert_eq!(
        saying("وتحدث قائد الفصيل عن سيطرة مقاتليه على قرى الريف الجنوبي بالكامل عصر أمس."),
        None
    );
    // A short object: the wounding's day.
    assert_eq!(saying("وأفاد مسعفون عن إصابة أربعة مدنيين السبت."), None);
    // Before the object, the date is the saying's.
    assert_eq!(
        saying("وأفاد مسعفون، السبت، عن إصابة أربعة مدنيين."),
        Some("2024-11-30".to_string())
    );
}

#[test]
fn a_date_set_off_by_commas_inside_an_object_opened_by_about_is_the_saying_s() {
    // The commas make it an adverb of the verb, not of what the object tells.
    assert_eq!(
        saying("وأعلنت الأمم المتحدة عن توصلها إلى اتفاق مع الأردن، السبت، يقضي بإدخال المساعدات."),
        Some("2024-11-30".to_string())
    );
}

#[test]
fn a_date_after_the_asides_of_the_subjects_is_the_saying_s() {
    // A second subject and a relative clause on both, set off by commas: the date after them is the saying's,
    // however many words they hold.
    assert_eq!(
        saying("أعلن الجيش السوداني، وقوات الدعم السريع، اللذان يتقاتلان منذ شهور في ولايات عدة، السبت، عن هدنة."),
        Some("2024-11-30".to_string())
    );
    // An object set off by the comma is what the date is of.
    assert_eq!(
        saying("أعلنت الحكومة السودانية، الحداد ثلاثة أيام بعد مقتل عشرين مدنيا في هجوم على القرية، السبت، في الخرطوم."),
        None
    );
}
