//! Tests of `phrase.rs`.

use super::*;
use crate::events::view::tests::{at, view};

fn text_of(v: &View, r: &Referent) -> String {
    r.tokens.clone().map(|t| v.original(t).to_string()).unwrap_or_default()
}

#[test]
fn a_definite_head_with_a_nisba_names_again_the_body_named_before() {
    let v = view("أعلنت وزارة الدفاع الروسية السيطرة على قرية. وكتبت الوزارة الروسية أن قواتها تقدمت.");
    let k = at(&v, "الوزارة");
    let (r, _) = actor_at(&v, k, v.toks.len()).expect("the ministry");
    assert_eq!(r.how, Recognition::Anaphor);
    assert!(
        matches!(r.who, Who::Actor(a) if v.catalog.actor_at(a).id == v.catalog.actor_at(match v.names[0].target { Target::Actor(b) => b, Target::Role(_) => unreachable!() }).id)
    );
    // Another country's ministry is not the one named before.
    let v = view("أعلنت وزارة الدفاع الروسية السيطرة على قرية. وكتبت الوزارة التركية أن قواتها تقدمت.");
    let (r, _) = actor_at(&v, at(&v, "الوزارة"), v.toks.len()).expect("a ministry");
    assert_eq!(r.how, Recognition::AdHoc);
}

#[test]
fn members_or_units_of_a_named_body_are_that_body() {
    for text in [
        "قالت الوكالة إن وحدات من الجيش العربي السوري دخلت المدينة.",
        "إن عناصر حزب الله انسحبوا.",
    ] {
        let v = view(text);
        let k = (0..v.toks.len())
            .find(|&k| v.has(k, |r| r == NounRole::Members))
            .expect("a members noun");
        let (r, end) = actor_at(&v, k, v.toks.len()).expect("the body");
        assert_eq!(r.how, Recognition::Name, "{text}");
        assert_eq!(r.tokens, Some(k..end), "{text}");
    }
    // Before no name, the noun keeps its other roles.
    let v = view("إن عناصر مسلحة هاجمت الحاجز.");
    let (r, _) = actor_at(&v, 1, v.toks.len()).expect("an unnamed speaker");
    assert_eq!(r.how, Recognition::AdHoc);
}

#[test]
fn an_army_s_generic_name_with_another_state_s_adjective_is_that_state_s_forces() {
    let v = view("اشتبكت قوات النظام البحريني مع محتجين.");
    let (r, end) = name(&v, 0);
    assert_eq!(text_of(&v, &r), "قوات النظام البحريني");
    assert_eq!(end, at(&v, "مع"));
    match &r.who {
        Who::AdHoc(a) => assert_eq!(a.country.as_deref(), Some("BH")),
        other => panic!("forces of Bahrain, not {other:?}"),
    }
    // The army's own adjective keeps the catalog's army.
    let v = view("قصفت قوات النظام السوري القرية.");
    assert!(matches!(name(&v, 0).0.who, Who::Actor(_)));
}

#[test]
fn a_correspondent_is_not_the_outlet() {
    let v = view("بحسب مراسل \"سانا\" في المدينة");
    let k = at(&v, "مراسل");
    let (r, _) = actor_at(&v, k, v.toks.len()).expect("a speaker");
    assert!(matches!(&r.who, Who::AdHoc(a) if a.kind == ActorKind::Person && a.text == "مراسل سانا"));
    let v = view("وقال مراسل سانا في ريف حمص، عماد الخطيب، إن الطريق مغلق");
    let (r, _) = actor_at(&v, at(&v, "مراسل"), v.toks.len()).expect("a reporter");
    assert!(matches!(&r.who, Who::AdHoc(a) if a.kind == ActorKind::Person && a.text == "عماد الخطيب"));
    let v = view("بحسب وكالة \"سانا\" في المدينة");
    let (r, _) = actor_at(&v, at(&v, "وكالة"), v.toks.len()).expect("an outlet");
    assert_eq!(r.how, Recognition::Name);
}

#[test]
fn a_title_and_its_holder_are_one_person() {
    let v = view("وزير الخارجية الروسي، سيرغي لافروف");
    let (r, end) = name(&v, 0);
    assert_eq!(r.how, Recognition::Name);
    assert_eq!(end, v.toks.len());
    assert_eq!(text_of(&v, &r), "وزير الخارجية الروسي، سيرغي لافروف");
}

#[test]
fn a_speaker_the_catalog_does_not_know() {
    // The place it speaks from belongs to the phrase; the object after it does not.
    let v = view("مصدر عسكري في دمشق إن");
    let (r, end) = adhoc(&v, 0, v.toks.len(), Gender::Masculine);
    assert_eq!(text_of(&v, &r), "مصدر عسكري في دمشق");
    assert_eq!(end, at(&v, "إن"));
    let v = view("مصدر عسكري مقتل الجنود");
    let (r, _) = adhoc(&v, 0, v.toks.len(), Gender::Masculine);
    assert_eq!(text_of(&v, &r), "مصدر عسكري");
    let v = view("صحيفة \"الأيام\" المحلية أن");
    let (r, _) = adhoc(&v, 0, v.toks.len(), Gender::Feminine);
    assert_eq!(
        r.who.kind(v.catalog, "2024-12-06".parse().expect("a date")),
        Some(ActorKind::Media)
    );
}

#[test]
fn a_spokesperson_named_after_their_body() {
    // A body whose spokesperson is no role of the catalog ("المتحدثة باسم البيت الأبيض" is one now).
    let v = view("المتحدثة باسم الهلال الأحمر التركي كارين جونسون إن");
    let (r, _) = headed(&v, 0, v.toks.len(), Gender::Feminine);
    assert!(matches!(&r.who, Who::AdHoc(a) if a.kind == ActorKind::Person));
    assert_eq!(text_of(&v, &r), "المتحدثة باسم الهلال الأحمر التركي كارين جونسون");
}

#[test]
fn a_person_named_before_the_title() {
    let v = view("وقال سامر الخطيب، رئيس بلدية الزبداني، إن");
    let (r, end) = name_first(&v, 1, v.toks.len(), Gender::Masculine).expect("a person");
    assert_eq!(r.resolve(&v, "2024-12-06".parse().expect("a date")).name, "سامر الخطيب");
    assert!(matches!(&r.who, Who::AdHoc(a) if a.role.as_deref() == Some("رئيس بلدية الزبداني")));
    assert_eq!(end, at(&v, "الزبداني") + 1);
    let v = view("وقال سامر الخطيب الطريق");
    assert!(name_first(&v, 1, v.toks.len(), Gender::Masculine).is_none());
}

#[test]
fn feminine_by_the_written_noun() {
    let v = view("القوات التركية");
    assert_eq!(written_gender(&v, 0, Gender::Masculine), Gender::Feminine);
    let v = view("قال لـ\"الوطن\"");
    assert!(dative_before(&v, at(&v, "الوطن")));
}

#[test]
fn members_tied_to_a_named_body_are_that_body() {
    let v = view("وقصفت مقاتلات تابعة للجيش الأردني مواقع المهربين.");
    let k = at(&v, "مقاتلات");
    let (r, end) = actor_at(&v, k, v.toks.len()).expect("the army");
    assert_eq!(r.how, Recognition::Name);
    assert_eq!(v.original(k..end), "مقاتلات تابعة للجيش الأردني");
    // A unit that is a body of its own is not the body it serves.
    let v = view("وقالت قوة تابعة لحزب الله إنها صدت الهجوم.");
    let k = at(&v, "قوة");
    let (r, end) = actor_at(&v, k, v.toks.len()).expect("the unit");
    assert_eq!(r.how, Recognition::AdHoc);
    assert_eq!(v.original(k..end), "قوة تابعة لحزب الله");
}

#[test]
fn a_document_of_an_issuer_no_list_knows_is_that_issuer_s() {
    // A definite head with no role after "بيان لـ", with the words that qualify it up to a comma or the content.
    assert_eq!(
        crate::events::subject::tests::subjects("وقال بيان للتجمع الطلابي للواء الساحلي، إن المقاتلين صدوا تقدما."),
        vec![Some("adhoc:التجمع الطلابي".to_string())]
    );
    // A speaker head ("إعلام") after "ل" is read as a speaker is, with the body it belongs to.
    assert_eq!(
        crate::events::subject::tests::subjects("وقال بيان للإعلام العسكري للواء الساحلي، إن المقاتلين صدوا تقدما."),
        vec![Some("adhoc:الاعلام العسكري للواء الساحلي".to_string())]
    );
    // A lone head, or one that runs on into a preposition, is what the document is for, not who issued it.
    assert_eq!(
        crate::events::subject::tests::subjects("وجاء في بيان للترحيب بالضيوف أن الزيارة ناجحة."),
        vec![None]
    );
    // An outlet the catalog does not know after "ل" is the one spoken to, not the issuer: the speaker goes on.
    let got = crate::events::subject::tests::subjects(
        "قال وزير الداخلية الليبي فتحي باشاغا إن الوضع مستقر. وأضاف في تصريحات لصحيفة الوسط أن القوات تقدمت.",
    );
    assert_eq!(got[1], got[0], "{got:?}");
}

#[test]
fn a_person_named_before_a_speaker_head_or_after_and_he_is() {
    // "مسؤول" is a speaker head, not a title; "وهو" opens the role of the person just named.
    let v = view("وأفاد كريم منصور مسؤول فرق الإنقاذ في جمعية الإغاثة بأن");
    let (r, _) = name_first(&v, 1, v.toks.len(), Gender::Masculine).expect("a person");
    assert_eq!(r.resolve(&v, "2024-12-06".parse().expect("a date")).name, "كريم منصور");
    let v = view("وقال وليد حداد وهو متحدث باسم البلدية إن");
    let (r, _) = name_first(&v, 1, v.toks.len(), Gender::Masculine).expect("a person");
    assert_eq!(r.resolve(&v, "2024-12-06".parse().expect("a date")).name, "وليد حداد");
}

#[test]
fn a_holder_named_in_quotation_marks_after_a_role_is_the_speaker() {
    let names = crate::events::tests::source_names;
    // A person the catalog does not know, not the role's holder of the day.
    assert_eq!(
        names("وقال وزير الداخلية الأردني \"سامر الخطيب\" إن الحدود مغلقة."),
        ["سامر الخطيب"]
    );
    // A catalog person after an office inside a title's chain, in curly marks.
    assert_eq!(
        names("وقال مساعد وزير الدفاع الأمريكي “جوناثان هوفمان” إن الضربات ناجحة."),
        ["Jonathan Hoffman"]
    );
}

#[test]
fn a_body_s_own_name_in_quotation_marks_or_brackets_after_its_description_is_that_body() {
    let names = crate::events::tests::source_names;
    // Not the genitive inside the description ("الأمم المتحدة"), nor a body the catalog does not know.
    assert_eq!(
        names("وأعلنت قوة الأمم المتحدة المؤقتة «اليونيفيل» أن الجيش اللبناني انتشر في الجنوب."),
        ["UNIFIL"]
    );
    assert_eq!(
        names("وأعلنت القوات الدولية في لبنان (اليونيفيل) أن الجيش انتشر."),
        ["UNIFIL"]
    );
    assert_eq!(
        names("قالت الرئاسة الروسية (الكرملين)، إن الاتصالات مستمرة."),
        ["Kremlin"]
    );
}

#[test]
fn a_company_speaks_for_itself() {
    let names = crate::events::tests::source_names;
    // Not the previous speaker: the company is named by the whole phrase.
    assert_eq!(
        names("قالت سلطة الطاقة في غزة إن المحطة توقفت. وأعلنت شركة توزيع كهرباء غزة أن جدول التوزيع سيتغير."),
        ["سلطة الطاقة في غزة", "شركة توزيع كهرباء غزة"]
    );
}
