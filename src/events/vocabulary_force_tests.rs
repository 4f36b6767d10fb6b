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

#[test]
fn a_place_after_the_adjective_of_warplanes_is_their_target_not_their_owner() {
    // Warplanes of no named state tell no one's deed; the city is what they struck.
    assert!(read("قصفت طائرات حربية مدينة حلب.").is_empty());
    let got = read("قصفت طائرات حربية روسية مدينة حلب.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].1.as_deref().is_some_and(|s| s.contains("Russian")), "{got:?}");
    // A one-word place after the adjective is still a nisba ("مصادر محلية سورية").
    let got = read("وذكرت مصادر محلية سورية أن الطريق مغلق.");
    assert_eq!(got[0].1.as_deref(), Some("مصادر محلية سورية"), "{got:?}");
}
