//! Tests of the extractor on the vocabulary of deeds of force and their agents (data/attribution and the
//! catalog's aliases), read in whole sentences of our own.

use super::*;

#[test]
fn arresting_told_by_its_fixed_object_is_an_arrest_and_a_speech_stays_one() {
    let article = Extractor::new().extract(
        "ألقت الشرطة العراقية القبض على ثلاثة مطلوبين في البصرة. وقبضت قوات الأمن الأردنية على مهربين. وألقى \
         رئيس الوزراء العراقي كلمة أكد فيها أن الحملة مستمرة.",
        "2024-12-06".parse().expect("an anchor"),
    );
    let kinds: Vec<_> = article.events.iter().map(|e| (e.lemma.as_str(), e.kind)).collect();
    assert_eq!(
        kinds,
        [
            ("قبض", EventKind::Arrest),
            ("قبض", EventKind::Arrest),
            ("ألقى", EventKind::Statement)
        ],
        "{kinds:?}"
    );
}

#[test]
fn the_regime_s_aircraft_and_guns_are_its_army() {
    let got =
        read("قصفت طائرات النظام الحربية مدينة خان شيخون، بغازات سامة. وألقت مروحيات الأسد براميل متفجرة على داريا.");
    let sources: Vec<_> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(sources[0], Some("Syrian Arab Army"), "{got:?}");
}
