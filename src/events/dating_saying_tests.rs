//! Tests of `dating_saying.rs`.

use super::*;
use crate::events::clause::split;
use crate::events::dating::written;
use crate::events::subject::{choose, Previous};
use crate::events::verb;
use crate::events::view::tests::view;

/// The date of the first clause's statement, published on Friday 2024-12-06.
fn saying(text: &str) -> Option<String> {
    let v = view(text);
    let c = split(&v).remove(0);
    let p = verb::find(&v, &c).expect("a verb");
    let explicit = written(&v, &c, Some(&p));
    let day = "2024-12-06".parse().expect("a date");
    let (_, end) = choose(&v, &c, &p, day, &Previous::default());
    let d = of_saying(&v, &c, &p, end, explicit)?;
    v.dates[d].mention.value.as_ref().map(|t| t.value.clone())
}

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
