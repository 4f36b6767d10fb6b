//! Tests of the extractor on the vocabulary of deeds of force and their agents (data/attribution and the
//! catalog's aliases), read in whole sentences of our own.

use super::*;

/// The article of `text`, published on Friday 2024-12-06.
fn extract(text: &str) -> crate::events::Article {
    Extractor::new().extract(text, "2024-12-06".parse().expect("an anchor"))
}

#[test]
fn arresting_told_by_its_fixed_object_is_an_arrest_and_a_speech_stays_one() {
    let article = extract(
        "ألقت الشرطة العراقية القبض على ثلاثة مطلوبين في البصرة. وقبضت قوات الأمن الأردنية على مهربين. وألقى \
         رئيس الوزراء العراقي كلمة أكد فيها أن الحملة مستمرة.",
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

#[test]
fn executions_posts_committees_and_roads_cut_are_read() {
    let got = read(
        "وأعدمت قوات الاحتلال الإسرائيلي شابا في جنين. وغرد الوزير حسين الشيخ على تويتر قائلا إن الهدنة صامدة. \
         وشكل الجيش السوداني لجنة للتحقيق. وقطعت قوات الأمن العراقية الطرق المؤدية إلى المطار.",
    );
    let lemmas: Vec<_> = got.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(lemmas, ["أعدم", "غرد", "شكل", "قطع"], "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Israel Defense Forces"), "{got:?}");
    // The passive "شُكّلت" and "constituted" are not deeds of anyone: no feminine form is read.
    assert!(read("وشكلت الهجمات تهديدا للمدنيين.").is_empty());
}

#[test]
fn a_speech_verb_before_its_medium_speaks_for_the_previous_speaker() {
    let got = read("وقال المفوض العام فيليب لازاريني إن الوضع كارثي. وكتب في تدوينة على صفحته: «غزة جحيم».");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1, got[0].1, "{got:?}");
}

#[test]
fn a_response_told_by_the_deed_it_was_is_that_deed() {
    let got = read("وردت حركة حماس بإطلاق عشرات الصواريخ على المستوطنات.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Hamas"), "{got:?}");
    // A reply with no deed after "بـ" is no event of this verb.
    assert!(read("وردت الوزارة على الانتقادات ببيان مقتضب.").is_empty());
}

#[test]
fn a_formal_warning_and_a_plan_presented_are_events() {
    let article = extract("أنذر الجيش الإسرائيلي صباح الجمعة، سكان سبع قرى حدودية بإخلاء منازلهم.");
    assert_eq!(article.events.len(), 1, "{:?}", article.events);
    assert_eq!(article.events[0].kind, EventKind::Warning);
    let got = read("وخلال الجلسة عرض قائد الجيش اللبناني، العماد سمير الخوري، خطة لنشر الوحدات على الحدود.");
    assert_eq!(got.len(), 1, "{got:?}");
    // "عرض" alone is still the noun ("عرض عسكري") or a verb of nothing the vocabulary reads.
    assert!(read("وشهدت الساحة عرض الفرقة الرابعة.").is_empty());
}

#[test]
fn agreeing_together_is_an_agreement_of_the_parties() {
    let article = extract("واتفق طرفا الصراع في الإقليم على وقف الأعمال القتالية.");
    assert_eq!(article.events.len(), 1, "{:?}", article.events);
    assert_eq!(article.events[0].kind, EventKind::Agreement);
}

#[test]
fn taking_captive_rising_up_and_declining_are_deeds_and_hikmat_a_name() {
    let article = extract(
        "وكانت عناصر من حركة حماس قد أسرت جنديا إسرائيليا قرب كرم أبو سالم. وانتفض أهالي البلدة ضد المسلحين. \
         وأحجمت وزارة الدفاع الأمريكية عن الإدلاء بتفاصيل.",
    );
    let got: Vec<_> = article.events.iter().map(|e| (e.lemma.as_str(), e.kind)).collect();
    assert_eq!(
        got,
        [
            ("أسر", EventKind::Arrest),
            ("انتفض", EventKind::Protest),
            ("أحجم", EventKind::Decision)
        ],
        "{got:?}"
    );
    // The masculine "أسر" is a noun ("families"): no event.
    assert!(extract("وقال إن أسر الضحايا تطالب بحكم عادل.")
        .events
        .iter()
        .all(|e| e.lemma != "أسر"));
    // "حكمت" is a given name as often as "she sentenced", and no verb here: the spokesman is named whole.
    let article = extract("وقال المتحدث باسم الشرطة حكمت سليمان إن الوضع هادئ.");
    assert_eq!(article.events.len(), 1);
    assert_eq!(
        article.events[0].source.as_ref().map(|s| s.name.as_str()),
        Some("حكمت سليمان")
    );
}
