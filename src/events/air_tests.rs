//! Tests of `air.rs`.

use crate::events::referent::Who;
use crate::events::view::tests::{at, view};

use super::air_arm;

fn source_id(text: &str) -> String {
    let extractor = crate::events::Extractor::new();
    let article = extractor.extract(text, "2025-02-11".parse().expect("an anchor"));
    let event = article.events.first().expect("an event");
    event.source.as_ref().expect("a source").id.to_string()
}

#[test]
fn the_air_arm_tied_to_a_state_s_army_is_its_air_force() {
    assert_eq!(
        source_id("وشن سلاح الجو التابع للجيش السوري غارات على مواقع قرب سراقب."),
        "sy.air-force"
    );
    assert_eq!(
        source_id("نفذ الطيران الحربي التابع لإسرائيل ضربات على مخازن قرب النبطية."),
        "il.iaf"
    );
    // The body after a lone "ل", in quotation marks.
    assert_eq!(
        source_id("وقصف الطيران الحربي التابع لـ «الجيش السوري» جسرا قرب دير الزور."),
        "sy.air-force"
    );
}

#[test]
fn the_air_arm_of_another_body_is_named_by_its_whole_phrase() {
    let v = view("وأغار الطيران الحربي التابع لحزب الله على تلة قرب القصير.");
    let k = at(&v, "الطيران");
    let (r, end) = air_arm(&v, k, v.toks.len()).expect("the air arm");
    assert_eq!(end, at(&v, "على"));
    match &r.who {
        Who::AdHoc(a) => assert_eq!(a.text, "الطيران الحربي التابع لحزب الله"),
        other => panic!("an air arm of its own, not {other:?}"),
    }
    // No tie, no air arm: "الطيران" alone is read elsewhere.
    let v = view("وأغار الطيران على تلة قرب القصير.");
    assert!(air_arm(&v, at(&v, "الطيران"), v.toks.len()).is_none());
}

#[test]
fn warplanes_the_words_of_israel_s_foes_call_zionist_are_its_air_force() {
    assert_eq!(
        source_id("اغتالت طائرة حربية صهيونية قياديا في المقاومة قرب خان يونس."),
        "il.iaf"
    );
    assert_eq!(source_id("وشنت الطائرات الصهيونية غارات على أطراف رفح."), "il.iaf");
}
