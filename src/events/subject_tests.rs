//! Tests of `subject.rs`.

use super::*;
use crate::events::clause::split;
use crate::events::verb;
use crate::events::view::tests::view;
use crate::events::Recognition;

/// The subject of each clause with a verb, resolved, carrying the previous speaker from clause to clause.
fn chosen(text: &str) -> Vec<Option<crate::events::ActorRef>> {
    let v = view(text);
    let day: NaiveDate = "2024-12-06".parse().expect("a date");
    let mut previous = Previous::default();
    let mut out = Vec::new();
    for c in split(&v) {
        let Some(p) = verb::find(&v, &c) else { continue };
        let (s, _) = choose(&v, &c, &p, day, &previous);
        out.push(s.as_ref().map(|s| s.resolve(&v, day)));
        if let Some(s) = s {
            previous.spoke(s, c.sentence, p.says(&v), p.document_span(&v, &c));
        }
    }
    out
}

/// The subject of each clause with a verb, as the catalog id or the ad hoc phrase.
pub(crate) fn subjects(text: &str) -> Vec<Option<String>> {
    chosen(text).into_iter().map(|a| a.map(|a| a.id.to_string())).collect()
}

pub(crate) fn ids(list: &[&str]) -> Vec<Option<String>> {
    list.iter().map(|s| Some(s.to_string())).collect()
}

#[test]
fn a_field_after_a_name_ends_it() {
    assert_eq!(
        subjects("وقال سامر الخطيب الباحث في مركز الدراسات إن الحرب ستطول."),
        vec![Some("adhoc:سامر الخطيب".to_string())]
    );
}

#[test]
fn a_participle_of_saying_ends_the_speaker_s_name() {
    assert_eq!(
        subjects("وقال فراس حداد مضيفا أن المعبر مغلق."),
        vec![Some("adhoc:فراس حداد".to_string())]
    );
}

#[test]
fn an_oblique_plural_after_the_verb_is_its_object_and_a_plural_before_a_pluperfect_its_subject() {
    let got = subjects("قال وزير الدفاع الإيراني إن الرد قادم. وحذر الإسرائيليين من أن يصبحوا ضحايا.");
    assert_eq!(got[1], got[0]);
    let got = subjects("قال رئيس الحكومة إن الوضع مستقر. وكان مسلحون مجهولون قد اغتالوا ضابطا.");
    assert_eq!(got[1].as_deref(), Some("adhoc:مسلحون مجهولون"));
}

#[test]
fn the_subject_between_an_auxiliary_and_its_verb_in_more_shapes() {
    // A bare noun for the latest actor of its kind, a phrase that goes on before the verb, a noun no list
    // knows; a report is no subject.
    let got =
        subjects("قال الجيش الإسرائيلي إن قواته تقدمت. وقال نتنياهو إن العملية مستمرة. وكان الجيش قد أعلن مقتل جنديين.");
    assert_eq!(got[2].as_deref(), Some("il.idf"));
    let got = subjects("وكان مصدر أمني في الأنبار أفاد في تصريح سابق بمقتل 3.");
    assert_eq!(got[0].as_deref(), Some("adhoc:مصدر امني في الانبار"));
    let got = subjects("وكانت المقاومة قد استهدفت أمس مجموعة من الجنود.");
    assert_eq!(got[0].as_deref(), Some("adhoc:المقاومه"));
    let got = subjects("قال الوزير إن الوضع صعب. وكانت الحصيلة السابقة تشير إلى مقتل 12.");
    assert_ne!(got.get(1).cloned().flatten().as_deref(), Some("adhoc:الحصيله"));
}

#[test]
fn a_bare_noun_names_the_body_named_with_its_head_since_the_last_speaker() {
    // RSF spoke in no event, but was named with "قوات" after the army spoke.
    let got = subjects(
        "قال الجيش السوداني إن قواته تقدمت في الخرطوم. جاء ذلك قبل ساعات من بيان لقوات الدعم السريع. وقالت القوات إنها صدت الهجوم.",
    );
    assert_eq!(got.last().cloned().flatten().as_deref(), Some("rsf"));
}

#[test]
fn a_bare_noun_names_the_body_of_its_own_head_over_a_speaker_of_the_kind() {
    let got = subjects(
        "قال الجيش السوداني إن قواته تقدمت. وأعلنت قوات الدعم السريع سيطرتها على مدينة. وقال الجيش إن الهجوم فشل.",
    );
    assert_eq!(got[2], got[0]);
}

#[test]
fn after_the_verb_past_dates_and_fillers() {
    assert_eq!(
        subjects("وقال أمس في بيان وزير الخارجية الروسي إن الوضع خطير."),
        ids(&["sergey-lavrov"])
    );
}

#[test]
fn before_a_verb_without_a_conjunction() {
    assert_eq!(subjects("وكانت أنقرة قد أطلقت عملية عسكرية."), ids(&["tr"]));
}

#[test]
fn implicit_subjects_agree_with_the_verb() {
    let got = subjects("قالت السفارة الأمريكية في دمشق إن الوضع خطير. وأضافت أن الرعايا بأمان.");
    assert_eq!(got.len(), 2);
    assert_eq!(got[0], got[1]);
}

#[test]
fn a_nominative_plural_after_a_speech_verb_is_its_subject() {
    let got = subjects("قال انفصاليون إن الاستفتاء نجح. وأضاف الانفصاليون الموالون للحكومة أن النتائج نهائية.");
    assert_eq!(got[0].as_deref(), Some("adhoc:انفصاليون"));
    assert_eq!(got[1].as_deref(), Some("adhoc:الانفصاليون الموالون للحكومه"));
    // Named whole, the separatists of Donbas are a catalog actor.
    let got = subjects("وأضاف الانفصاليون الموالون لروسيا أن النتائج نهائية.");
    assert_eq!(got[0].as_deref(), Some("ua.separatists"));
}

#[test]
fn the_statement_named_again_speaks_for_its_issuer() {
    let got = subjects("قالت وزارة الدفاع الروسية إن القوات تقدمت. وجاء في البيان أن الهجوم فشل.");
    assert_eq!(got.len(), 2);
    assert!(got[0].is_some());
    assert_eq!(got[1], got[0]);
}

#[test]
fn the_statement_named_again_is_its_issuer_s_after_a_deed_of_another() {
    let got = subjects(
        "أعلنت وزارة الداخلية الكينية في بيان أن الشرطة أوقفت المهربين. وقصف الجيش الصومالي مواقع قرب الحدود. \
         وذكر البيان أن الموقوفين سبعة.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert_ne!(got[1], got[0], "{got:?}");
    assert_eq!(got[2], got[0], "{got:?}");
}

#[test]
fn a_role_of_the_catalog_takes_the_person_named_after_a_quoted_body_or_its_other_name() {
    // Past the mark that closes the body's quoted name, and past its other name in parentheses.
    assert_eq!(
        subjects("وقال المتحدث الرسمي باسم \"البنتاجون\"، جون كيربي، إن الطائرات قصفت المخزن."),
        ids(&["john-kirby"])
    );
    assert_eq!(
        subjects("وقال الناطق باسم وزارة الدفاع الأمريكية (البنتاغون) جون كيربي \"نواصل تقييم الضربة\"."),
        ids(&["john-kirby"])
    );
    // A name the catalog does not know, ended where what is said starts.
    assert_eq!(
        subjects("وقال الناطق باسم وزارة الدفاع الأمريكية (البنتاغون) جون ميلر \"نواصل تقييم الضربة\"."),
        ids(&["adhoc:جون ميلر"])
    );
}

#[test]
fn a_role_of_the_catalog_said_again_is_the_person_the_article_named_with_it() {
    let got = subjects(
        "قال المتحدث باسم البنتاغون، جون ميلر، إن الطائرات قصفت المخزن. وأوضح المتحدث باسم البنتاغون أن الهدف دمر.",
    );
    assert_eq!(got, ids(&["adhoc:جون ميلر", "adhoc:جون ميلر"]));
    // Said again with the army's country, the holder the catalog gives that country; not one it does not.
    let got = subjects(
        "وقال الناطق باسم الجيش أفيخاي أدرعي إن الطائرات قصفت الموقع. واعتبر الناطق باسم الجيش الإسرائيلي أن \
         الهدف دمر.",
    );
    assert_eq!(got[1], got[0], "{got:?}");
    let got = subjects(
        "وقال الناطق باسم الجيش سامر حلبي إن الطائرات قصفت الموقع. واعتبر الناطق باسم الجيش الإسرائيلي أن \
         الهدف دمر.",
    );
    assert_ne!(got[1], got[0], "{got:?}");
}

#[test]
fn the_singular_head_with_the_article_is_the_one_of_the_group_who_spoke() {
    let got = subjects(
        "قال الوزير أحمد عطاف إن الحوار مستمر. وقال أحد قادة المتمردين في الجبل إن المعارك مستمرة. وأضاف القائد أن \
         مقاتليه تقدموا.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[2], got[1], "{got:?}");
}

#[test]
fn a_head_after_a_demonstrative_names_the_speaker_with_that_head_said_before() {
    let got = subjects(
        "أفاد ناشط حقوقي أن متظاهرا قتل اليوم، بحسب ما أفاد مصدر طبي في البلدة لإذاعة محلية. وقال هذا المصدر إن \
         المستشفى امتلأ.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        got[1].as_deref().is_some_and(|s| s.starts_with("adhoc:مصدر طبي")),
        "{got:?}"
    );
}

#[test]
fn a_name_the_catalog_does_not_know_before_a_relative_clause_speaks() {
    assert_eq!(
        subjects("وقال سمير داوود الذي عينه المجلس رئيسا للجنة إن اللجنة ستجتمع غدا."),
        ids(&["adhoc:سمير داوود"])
    );
}

#[test]
fn a_plural_of_a_people_alone_after_a_speech_verb_is_its_subject() {
    let got = subjects("وقال يمنيون في صنعاء إن الأسعار ارتفعت.");
    assert_eq!(got[0].as_deref(), Some("adhoc:يمنيون في صنعاء"));
}

#[test]
fn a_subject_that_opens_its_clause_before_the_verb() {
    let got = subjects("وزارة الصحة تحذر من انتشار الكوليرا. مصادر محلية أكدت أن القصف مستمر.");
    assert_eq!(got[0].as_deref(), Some("adhoc:وزاره الصحه"));
    assert_eq!(got[1].as_deref(), Some("adhoc:مصادر محليه"));
    // A noun that names no actor is no subject.
    assert!(subjects("المعارك تواصلت في محيط المدينة.").iter().all(Option::is_none));
}

#[test]
fn a_name_in_quotation_marks_after_a_speech_verb() {
    let got = subjects("قال «سامر الحلبي»، قائد الفصيل، إن مقاتليه انسحبوا.");
    assert_eq!(got[0].as_deref(), Some("adhoc:سامر الحلبي"));
    // A short quotation that closes its sentence is what is said, not a name.
    assert!(subjects("وقال «لن نستسلم».")
        .iter()
        .all(|s| s.as_deref() != Some("adhoc:لن نستسلم")));
}

#[test]
fn a_bare_noun_stands_for_the_latest_of_its_kind() {
    let got = subjects(
        "دعت السفارة الأمريكية في دمشق رعاياها إلى المغادرة. وقال مصدر إن الطريق مغلق. وقالت السفارة إن الوضع خطير.",
    );
    assert_eq!(got[0], got[2]);
    assert_eq!(got[1].as_deref(), Some("adhoc:مصدر"));
}

/// The actors of the clauses with a verb and a subject, resolved.
fn actors(text: &str) -> Vec<crate::events::ActorRef> {
    chosen(text).into_iter().flatten().collect()
}

#[test]
fn an_embassy_the_catalog_does_not_know_is_read_by_its_phrase() {
    let got = actors("حثت السفارة اليابانية في العاصمة الأردنية عمّان رعاياها على الحذر. وقالت السفارة إن الطريق مغلق.");
    assert_eq!(got.len(), 2);
    assert_eq!(
        (got[0].kind, got[0].country.as_deref()),
        (ActorKind::Embassy, Some("JP"))
    );
    assert_eq!(got[1].id, got[0].id);
    assert_eq!(got[1].recognized_by, Recognition::Anaphor);
}

#[test]
fn a_person_the_catalog_does_not_know_keeps_title_and_country() {
    let got = actors("وقال وزير الخارجية الماليزي أنور حكيم رزالي إن بلاده تتابع. وأضاف رزالي أن الطائرة جاهزة.");
    assert_eq!(got[0].name, "أنور حكيم رزالي");
    assert_eq!(got[0].role.as_deref(), Some("وزير الخارجية الماليزي"));
    assert_eq!(got[0].country.as_deref(), Some("MY"));
    assert_eq!(got[1].id, got[0].id);
}

#[test]
fn a_council_that_shares_words_is_not_the_catalog_one() {
    // The US National Security Council is a catalog body of its own; never the UN Security Council.
    let got = actors("وأكد مجلس الأمن القومي الأمريكي أنه يراقب الوضع.");
    assert_ne!(got[0].id, "unsc");
    assert_eq!(got[0].country.as_deref(), Some("US"));
    let got = actors("وأكد مجلس الأمن القومي الباكستاني أنه يراقب الوضع.");
    assert_eq!(got[0].name, "مجلس الأمن القومي الباكستاني");
    assert_eq!(got[0].country.as_deref(), Some("PK"));
    let got = actors("ودعا مجلس الأمن الدولي إلى التهدئة.");
    assert_ne!(got[0].id, "adhoc:مجلس الامن الدولي");
}

#[test]
fn the_subject_between_an_auxiliary_and_its_verb() {
    let got = actors("وكانت وكالة الأنباء المحلية قد ذكرت أن الطريق مغلق.");
    assert_eq!(got[0].name, "وكالة الأنباء المحلية");
    assert_eq!(got[0].kind, ActorKind::Media);
}

#[test]
fn a_deed_of_no_actor_is_nobody_s() {
    let got = actors("قال المرصد السوري إن الغارات مستمرة. واستهدفت الغارة مستودعا للوقود.");
    assert_eq!(got.len(), 1);
}

#[test]
fn a_toll_in_the_name_of_who_reports_it() {
    let got = actors("وبحسب المرصد السوري لحقوق الإنسان، استهدف القصف 3 قرى.");
    assert_eq!(got[0].id, "sohr");
}

#[test]
fn a_definite_speaker_head_names_again_the_indefinite_one() {
    let got = subjects("قالت مصادر عسكرية إن الهجوم فشل. وأوضحت المصادر أن الاشتباكات توقفت.");
    assert_eq!(got, ids(&["adhoc:مصادر عسكريه", "adhoc:مصادر عسكريه"]));
    // Another adjective is another speaker; a plural in "ين" after the verb is its object.
    let got = subjects("قالت مصادر عسكرية إن الهجوم فشل. وقالت المصادر الطبية إن القتلى ثلاثة.");
    assert_eq!(got, ids(&["adhoc:مصادر عسكريه", "adhoc:المصادر الطبيه"]));
    let got = subjects("وقال الوزير السوري إن الطريق مفتوح، ودعا المسلحين إلى تسليم السلاح.");
    assert_ne!(got.get(1).cloned().flatten().as_deref(), Some("adhoc:المسلحين"));
}

#[test]
fn the_army_with_no_army_named_before_is_the_armed_forces_of_the_body_s_country() {
    let got = subjects("وأعلنت هيئة الحشد الشعبي مقتل اثنين من عناصرها. وأعلن الجيش إغلاق الطريق.");
    assert_eq!(got.get(1).cloned().flatten().as_deref(), Some("iq.army"));
    // An army named before is the one meant.
    let got = subjects("وقال الجيش السوداني إن قواته تقدمت. وأعلنت قوات الدعم السريع الهدنة. وأعلن الجيش إغلاق الطريق.");
    assert_eq!(got.last().cloned().flatten().as_deref(), Some("sd.army"));
}

#[test]
fn a_verb_describing_an_indefinite_deed_noun_has_no_actor_of_the_text() {
    let got = subjects("وقال الوزير إن الحوار مستمر. ويأتي ذلك بعد يومين من هجوم استهدف المدينة.");
    assert_eq!(got.len(), 2);
    assert_eq!(got[1], None);
}

#[test]
fn a_passive_deed_takes_the_agent_of_its_agent_phrase() {
    let got = subjects("قتل جنديان على أيدي مسلحين، فيما قتل خمسة عناصر بنيران الجيش السوري.");
    assert_eq!(got, ids(&["adhoc:مسلحين", "sy.army"]));
    // A form that is only a passive is followed by its victim, however well described.
    let got = subjects("وأصيب شاب سوري برصاص الجيش السوري قرب درعا.");
    assert_eq!(got, ids(&["sy.army"]));
}

#[test]
fn a_counted_crowd_is_the_subject_of_its_deed() {
    let got = subjects("اقتحم عشرات المتظاهرين الموالين للحكومة مقر البلدية.");
    assert_eq!(got, ids(&["adhoc:عشرات المتظاهرين الموالين للحكومه"]));
    let got = subjects("خرج الآلاف من أنصار الحركة إلى الشوارع.");
    assert_eq!(got, ids(&["adhoc:الالاف من انصار الحركه"]));
    // A count of victims is no actor.
    assert!(subjects("وأصاب القصف عشرات المدنيين.")
        .iter()
        .all(|s| s.as_deref() != Some("adhoc:عشرات المدنيين")));
}

#[test]
fn a_title_with_what_it_governs_is_an_unnamed_person_not_the_previous_speaker() {
    assert_eq!(
        subjects("قال الوزير أحمد عطاف إن الحوار مستمر. وانسحب محافظ حلب من وسط المدينة."),
        ids(&["ahmed-attaf", "adhoc:محافظ حلب"])
    );
}

#[test]
fn a_spokesman_without_a_name_is_the_one_named_before_for_that_body() {
    let got = subjects(
        "قال المتحدث باسم الجيش السوداني نبيل عبد الله إن القوات تقدمت. وأضاف المتحدث باسم الجيش أن المعارك \
         مستمرة. وقال المتحدث باسم الخارجية إن الوزارة تتابع.",
    );
    assert_eq!(got[0], got[1], "{got:?}");
    assert_eq!(got[2].as_deref(), Some("adhoc:المتحدث باسم الخارجيه"), "{got:?}");
}

#[test]
fn an_official_noun_in_the_definite_is_the_person_who_spoke_last() {
    assert_eq!(
        subjects("قال رضا كاظمي إن المحادثات متوقفة. وأضاف المسؤول الإيراني أن الوفد عاد."),
        ids(&["adhoc:رضا كاظمي", "adhoc:رضا كاظمي"])
    );
    // Its nisba names another country than the speaker's: someone else.
    assert_eq!(
        subjects("قال وزير الخارجية الأمريكي أنتوني بلينكن إن الهدنة صامدة. وقال المسؤول الإيراني إن الوفد عاد.")[1],
        Some("adhoc:المسؤول الايراني".to_string())
    );
    // After a body, no person spoke last.
    assert_eq!(
        subjects("أعلنت وزارة الدفاع الروسية أن قواتها تقدمت. وقال المسؤول الأوكراني إن الجبهة صامدة.")[1],
        Some("adhoc:المسؤول الاوكراني".to_string())
    );
}

#[test]
fn an_official_noun_names_the_person_after_it_as_a_title_does() {
    assert_eq!(
        subjects("وقال القيادي في حماس أسامة حمدان إن الوفد غادر."),
        ids(&["osama-hamdan"])
    );
    assert_eq!(
        subjects("وقال مسؤول في حركة الجهاد، خالد منصور الساعدي، إن الوفد غادر."),
        ids(&["adhoc:خالد منصور الساعدي"])
    );
    assert_eq!(
        subjects("وقال الناشط الحقوقي سامر العلي إن المعتقلين بخير."),
        ids(&["adhoc:سامر العلي"])
    );
    // Without a name, the official as written.
    assert_eq!(
        subjects("وقال مسؤول عسكري أمريكي إن القوات باقية."),
        ids(&["adhoc:مسؤول عسكري امريكي"])
    );
}

#[test]
fn verbs_of_ratifying_repelling_and_holding_a_meeting_take_their_subject() {
    assert_eq!(
        subjects("وصادق الرئيس العراقي فؤاد معصوم على قانون الموازنة."),
        ids(&["fuad-masum"])
    );
    // "عقد" is a verb only with what is held; "صادق" only with "على".
    assert_eq!(
        subjects("وعقد غسان سلامة مؤتمرا صحفيا في تونس."),
        ids(&["ghassan-salame"])
    );
    assert_eq!(
        subjects("وقال صادق الموسوي إن الاتفاق صامد."),
        ids(&["adhoc:صادق الموسوي"])
    );
}

#[test]
fn units_of_a_known_body_with_adjectives_and_min_are_that_body() {
    assert_eq!(
        subjects("واقتحمت قوة خاصة من الجيش الإسرائيلي بلدة يعبد."),
        ids(&["il.idf"])
    );
    assert_eq!(
        subjects("واقتحمت دورية راجلة من الجيش الإسرائيلي البلدة."),
        ids(&["il.idf"])
    );
    assert_eq!(subjects("واقتحمت قوات من الجيش الإسرائيلي البلدة."), ids(&["il.idf"]));
}

#[test]
fn a_spokesman_named_again_by_the_other_word_for_spokesman_is_the_same_person() {
    assert_eq!(
        subjects("قال المتحدث باسم قوات الوفاق سامي الورفلي إن القوات تقدمت. وأدان الناطق باسم قوات الوفاق القصف."),
        ids(&["adhoc:سامي الورفلي", "adhoc:سامي الورفلي"])
    );
}

#[test]
fn a_rank_and_a_surname_named_before_are_that_person() {
    assert_eq!(
        subjects("وأفاد الناطق العميد سامي الغرياني بأن القوات تقدمت. وأكد العميد الغرياني أن القوات سيطرت على الحي."),
        ids(&["adhoc:سامي الغرياني", "adhoc:سامي الغرياني"])
    );
    // A surname that is also a catalog person's name ("الحلبوسي") is still the officer just named.
    assert_eq!(
        subjects("وأفاد العقيد سامر الحلبوسي بأن القوات تقدمت. وأكد العقيد الحلبوسي أن القوات سيطرت على الحي."),
        ids(&["adhoc:سامر الحلبوسي", "adhoc:سامر الحلبوسي"])
    );
}

#[test]
fn our_correspondent_and_verbs_of_thanks_blessing_and_comment_take_their_subject() {
    assert_eq!(
        subjects("وقال مراسلنا إن القصف استهدف البلدة."),
        ids(&["adhoc:مراسلنا"])
    );
    assert_eq!(subjects("وباركت حركة حماس العملية."), ids(&["hamas"]));
    assert_eq!(subjects("وشكر نجيب ميقاتي قطر على جهودها."), ids(&["najib-mikati"]));
    // "شكر" is also a surname: without "على" after it, no verb.
    let article = crate::events::Extractor::new().extract(
        "وتترقب إسرائيل ردا بعد اغتيالها شكر، كما تتأهب لرد من إيران.",
        "2024-08-01".parse().expect("an anchor"),
    );
    assert!(article.events.iter().all(|e| e.lemma != "شكر"));
    assert_eq!(subjects("وعلق الوزير السوري قائلا: إن الحرب انتهت.").len(), 1);
}

#[test]
fn a_title_phrase_with_a_direction_and_a_place_or_joined_places_keeps_the_name_after_it() {
    assert_eq!(
        subjects("وقال مسؤول ملف الاستيطان شمال الضفة الغربية سامي دراغمة، إن المستوطنين هاجموا القرية."),
        ids(&["adhoc:سامي دراغمه"])
    );
    assert_eq!(
        subjects("وقال الناطق باسم غرفة عمليات بنغازي ودرنة العميد سالم الورشفاني إن القوات جاهزة."),
        ids(&["adhoc:سالم الورشفاني"])
    );
}

#[test]
fn a_definite_object_that_disagrees_with_the_verb_may_come_before_its_subject() {
    assert_eq!(subjects("وتبنت الهجوم حركة الشباب في بيان."), ids(&["al-shabaab"]));
    // Past an adjective of the object.
    assert_eq!(subjects("وتبنى العملية الانتحارية تنظيم داعش."), ids(&["isis"]));
    // A noun that agrees with the verb is its subject, and the name after it the object.
    assert_eq!(subjects("واستهدف القصف حركة الشباب."), vec![None]);
}

#[test]
fn a_statement_with_no_issuer_after_came_in_is_the_latest_speaker_s() {
    // "وجاء في بيان أن", "وجاء في بيان: «...»", "وجاء في بيان للوزارة أن": no issuer written, or the body named
    // again by its head alone: the speaker of the statement before it issued it.
    for text in [
        "قالت وزارة الخارجية القطرية إن المحادثات بدأت. وجاء في بيان أن الوفدين اتفقا على هدنة.",
        "أعلنت وزارة الداخلية الكويتية اعتقال خلية. وجاء في بيان للوزارة أن الخلية ضمت خمسة أشخاص.",
        "قال الجيش الأردني إن الحدود آمنة. وجاء في بيان: «أحبطنا محاولة تهريب».",
    ] {
        let got = subjects(text);
        assert_eq!(got.len(), 2, "{text}: {got:?}");
        assert!(got[0].is_some(), "{text}: {got:?}");
        assert_eq!(got[1], got[0], "{text}: {got:?}");
    }
}

#[test]
fn militias_before_a_quoted_name_are_that_body() {
    // "مليشيات" (so spelled, as "ميليشيات") before a name, quoted or not, names the body that moved its troops.
    let got = subjects("ونقلت مليشيات \"حزب الله\"، فجر اليوم، تعزيزات عسكرية إلى بلدة حدودية.");
    assert_eq!(got[0].as_deref(), Some("hezbollah"));
}

#[test]
fn a_name_after_a_role_no_one_holds_that_day_is_the_person() {
    // The catalog's US special envoy to the Middle East has no holder on 2024-12-06: the name after the title
    // is who speaks, the title their role.
    let got = chosen("قال المبعوث الأمريكي الخاص إلى الشرق الأوسط جون سميث إن الحل ممكن.");
    let got: Vec<_> = got.into_iter().map(|a| a.map(|a| a.name_ar.to_string())).collect();
    assert_eq!(got, [Some("جون سميث".to_string())]);
}

#[test]
fn a_body_s_noun_before_a_body_s_name_is_the_subject_before_its_object() {
    // "الجيش" stands for the army named before; the forces after it are what it shelled.
    let got = subjects("أعلن الجيش السوداني السيطرة على الجسر. وقصف الجيش قوات الدعم السريع في المدينة.");
    assert_eq!(got[1], got[0], "{got:?}");
}

#[test]
fn a_number_before_a_speaker_s_head_counts_the_speakers() {
    let got = subjects("وقالت ثلاثة مصادر أمنية إن الهجوم فشل.");
    assert!(got[0].as_deref().is_some_and(|id| id.contains("مصادر")), "{got:?}");
    // After a deed, the counted people are its object.
    let got = subjects("أعلن الجيش السوداني السيطرة على الجسر. واعتقلت القوات خمسة شبان من البلدة.");
    assert!(got[1].as_deref().is_none_or(|id| !id.contains("شبان")), "{got:?}");
}

#[test]
fn a_name_that_opens_its_sentence_before_an_adverbial_of_side_is_the_subject() {
    // "من جهته" opens the clause after its subject; the speaker before is not taken.
    let got = subjects(
        "قالت وكالة سانا إن الغارات استهدفت ريف دمشق. حركة حماس من جهتها أكدت أن الهجوم فشل. \"حزب الله\" من جهته أعلن استهداف موقع.",
    );
    assert_eq!(got, ids(&["sana", "hamas", "hezbollah"]), "{got:?}");
}

#[test]
fn a_woman_leader_s_title_names_the_person_after_it() {
    let got = chosen("وقالت القيادية في قوات سوريا الديمقراطية جيهان شيخ أحمد إن الاتفاق تاريخي.");
    let got: Vec<_> = got.into_iter().map(|a| a.map(|a| a.name_ar.to_string())).collect();
    assert_eq!(got, [Some("جيهان شيخ أحمد".to_string())]);
}

#[test]
fn some_of_a_body_or_a_crowd_is_named_by_the_phrase_after_some() {
    // Not the speaker of the sentence before: "بعض" opens the subject, which the phrase after it names.
    assert_eq!(
        subjects("وقالت القناة 12 إن الحكومة ستجتمع. فقد ذكرت بعض وسائل الإعلام الإسرائيلية أن الوزير سيستقيل."),
        vec![
            Some("channel-12-il".to_string()),
            Some("adhoc:وسائل الاعلام الاسرائيليه".to_string())
        ]
    );
    // A plural in "ين" after "بعض" is its genitive, not the verb's object.
    assert_eq!(
        subjects("وأحرق بعض المتظاهرين الإطارات أمام المبنى."),
        vec![Some("adhoc:المتظاهرين".to_string())]
    );
}

#[test]
fn a_former_holder_of_an_office_is_not_its_holder_of_the_day() {
    // Named after "السابق", the person the text names, in the catalog or not.
    let got = subjects("وقال الرئيس الأمريكي السابق دونالد ترامب إن الحرب ستنتهي.");
    assert_eq!(got, [Some("donald-trump".to_string())]);
    let got = chosen("وقال وزير الدفاع اليمني السابق محمود سالم إن الحرب طويلة.");
    assert_eq!(got[0].as_ref().map(|a| a.name.as_str()), Some("محمود سالم"));
    // Unnamed, a former holder the catalog cannot tell, with the office as their role.
    let got = chosen("وقال الرئيس الأمريكي السابق إن الحرب ستنتهي.");
    let former = got[0].as_ref().expect("a speaker");
    assert_eq!(
        (former.name.as_str(), former.role.as_deref()),
        ("الرئيس الأمريكي السابق", Some("us.president"))
    );
}
