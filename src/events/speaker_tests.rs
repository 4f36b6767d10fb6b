//! Tests of `speaker.rs`.

use super::super::apposition::apposed_unknown;
use super::{adhoc, without_dative};
use crate::actors::Gender;
use crate::events::referent::Who;
use crate::events::view::tests::{at, view};

fn apposed(text: &str, head: &str) -> Option<(String, String)> {
    let v = view(text);
    let (r, _) = apposed_unknown(&v, at(&v, head), v.toks.len(), Gender::Masculine)?;
    match r.who {
        Who::AdHoc(a) => Some((a.text.clone(), a.role.as_deref().unwrap_or_default().to_string())),
        _ => None,
    }
}

#[test]
fn a_person_in_apposition_after_a_title_that_goes_on_before_the_comma() {
    // A unit's number and the words that go on describing the title before its comma.
    let (name, role) = apposed("قال قائد الكتيبة 17 مشاة، العقيد سمير الهاشمي، إن", "قائد").expect("a person");
    assert_eq!((name.as_str(), role.as_str()), ("سمير الهاشمي", "قائد الكتيبة 17 مشاة"));
    let (name, _) = apposed("وقال محافظ إدلب المعين من الحكومة، ماهر الزين، لوكالة", "محافظ").expect("a person");
    assert_eq!(name, "ماهر الزين");
    // A title without the article is a given name ("سلطان"); a catalog person's name after a first name is
    // a surname they share ("نصر الله").
    let (name, _) = apposed("قال رئيس البلدية، العقيد سلطان المحمد، إن", "رئيس").expect("a person");
    assert_eq!(name, "سلطان المحمد");
    let (name, _) = apposed("قال رئيس بلدية القاع، إلياس نصر الله، إن", "رئيس").expect("a person");
    assert_eq!(name, "إلياس نصر الله");
    // No name between the commas: a setting or a date is no person.
    assert_eq!(apposed("قال رئيس الوزراء، في مؤتمر صحفي، إن", "رئيس"), None);
    assert_eq!(apposed("قال وزير الخارجية، أمس الأحد، إن", "وزير"), None);
    // A verb before the comma ends the subject: what follows is another clause's.
    assert_eq!(apposed("قال رئيس الوفد إنه التقى، سامي العلي، أمس", "رئيس"), None);
    // An epithet (a preposition glued to the article) or a place with its preposition between the commas is
    // no person: "، المتهم بالفساد،", "، بمحافظة الأنبار،".
    assert_eq!(
        apposed("وطالب الأهالي بعزل قائد الشرطة، المعروف بالتشدد، سمير العلي", "قائد"),
        None
    );
    assert_eq!(
        apposed("وطالب الأهالي بعزل قائد الشرطة، المثير للجدل، في البلدة", "قائد"),
        None
    );
    assert_eq!(apposed("وكان قائد حرس الحدود، بمحافظة ديالى، أفاد", "قائد"), None);
}

#[test]
fn a_phrase_without_its_dative() {
    assert_eq!(without_dative("للمصادر الأمنية"), "المصادر الأمنية");
    assert_eq!(without_dative("لِلمصادر"), "المصادر");
    assert_eq!(without_dative("لـمصادر طبية"), "مصادر طبية");
}

/// The catalog id, or the ad hoc name, of the phrase read at the word `head` of `text`.
fn adhoc_id(text: &str, head: &str) -> String {
    let v = view(text);
    let (r, _) = adhoc(&v, at(&v, head), v.toks.len(), Gender::Feminine);
    match r.who {
        Who::Actor(a) => v.catalog.actor_at(a).id.to_string(),
        Who::AdHoc(a) => a.text.clone(),
        Who::Role(_) => String::new(),
    }
}

#[test]
fn weapons_with_a_country_adjective_are_that_state_s_armed_forces() {
    let army = adhoc_id;
    assert_eq!(army("ونفذت طائرة مسيرة إسرائيلية غارة", "طائرة"), "il.idf");
    assert_eq!(army("وأطلقت زوارق حربية روسية صواريخ", "زوارق"), "ru.armed-forces");
    // Warships of a state with a navy of its own are its navy's; with the article too.
    assert_eq!(army("وأطلقت زوارق حربية مصرية النار", "زوارق"), "eg.navy");
    assert_eq!(army("وأطلقت السفن الحربية الإسرائيلية قذائف", "السفن"), "il.navy");
    assert_eq!(army("وقصفت الدبابات الإسرائيلية البلدة", "الدبابات"), "il.idf");
    // Without a country, or with a head that names no weapon, the phrase as written.
    assert_eq!(army("وحلقت طائرة مسيرة.", "طائرة"), "طائرة مسيرة");
    assert_eq!(army("وقالت مصادر إسرائيلية إن", "مصادر"), "مصادر إسرائيلية");
}

#[test]
fn an_adverb_of_manner_after_a_title_is_no_name() {
    // "بشدة" after the body spoken for opens no name ("بشدة قصف"): the spokesman named before speaks again.
    let got = crate::events::subject::tests::subjects(
        "قال المتحدث باسم لجنة الإغاثة سامر الكردي إن الفرق وصلت. وأدان الناطق باسم لجنة الإغاثة بشدة قصف المخازن.",
    );
    assert_eq!(got[1].as_deref(), Some("adhoc:سامر الكردي"), "{got:?}");
    assert_eq!(got[0], got[1], "{got:?}");
}

#[test]
fn a_spokesman_with_the_adjectives_of_his_office_is_a_speaker_of_his_own() {
    // Two adjectives, or "باسم" after one, name an office in full: not the person who spoke last.
    let got = crate::events::subject::tests::subjects(
        "قال وزير الداخلية سامر الحلو إن الأمن مستتب. وقال المتحدث العسكري الليبي في بيان إن القوات تقدمت. \
         وقال المتحدث الصحفي باسم الرئاسة الليبية كمال العبد، إن الرئيس عاد.",
    );
    assert_eq!(got[1].as_deref(), Some("adhoc:المتحدث العسكري الليبي"), "{got:?}");
    assert_eq!(got[2].as_deref(), Some("adhoc:كمال العبد"), "{got:?}");
    // One adjective names again the spokesman named before.
    let got = crate::events::subject::tests::subjects(
        "قال المتحدث باسم الخارجية الليبية كمال العبد إن الوفد وصل. وأضاف المتحدث الليبي أن المحادثات بدأت.",
    );
    assert_eq!(got[0], got[1], "{got:?}");
}

#[test]
fn a_rank_and_a_name_after_a_role_of_the_catalog_are_that_day_s_holder() {
    // The nationality of the rank's holder may stand between the rank and the name.
    let got = crate::events::subject::tests::subjects(
        "وقال الناطق باسم التحالف العقيد الفرنسي جان دوبوا في بيان إن الغارات دمرت جسرا.",
    );
    assert_eq!(got, vec![Some("adhoc:جان دوبوا".to_string())]);
    // So may the arm it serves in, after a title the catalog does not know.
    let got = crate::events::subject::tests::subjects(
        "وقال نائب رئيس المركز الروسي للمصالحة اللواء البحري فاديم كوليت إن الصواريخ أسقطت.",
    );
    assert_eq!(got, vec![Some("adhoc:فاديم كوليت".to_string())]);
}

#[test]
fn a_title_in_construct_with_an_office_whose_holder_is_named_is_someone_unnamed() {
    // The name after "مساعد قائد X" is the commander's: the assistant speaks, unnamed.
    let got = crate::events::subject::tests::subjects(
        "وأكد مساعد قائد قوات الدعم السريع محمد حمدان دقلو أن القوات انسحبت من السوق.",
    );
    assert_eq!(got, vec![Some("adhoc:مساعد قائد قوات الدعم السريع".to_string())]);
}

/// A head no list knows, in construct and tied to a country, right after a verb of speech that agrees with it
/// and running to the content or a comma, is a body of its own, not the previous speaker; an object after a
/// verb with no written subject stays one.
#[test]
fn a_body_no_list_knows_after_a_verb_of_speech() {
    use crate::events::subject::tests::subjects;
    let got = subjects("قالت وزارة الصحة الفلسطينية إن المستشفى توقف. وأعلنت خدمات الإسعاف الأردنية، وصول الجرحى.");
    assert_eq!(got[1].as_deref(), Some("adhoc:خدمات الاسعاف الاردنيه"));
    let got =
        subjects("قالت وزارة الصحة الفلسطينية إن المستشفى توقف. وأكد ضرورة الحوار الوطني الليبي، وأن الحل سياسي.");
    assert!(got.iter().all(|s| !s.as_deref().is_some_and(|s| s.contains("ضروره"))));
}

#[test]
fn a_verbal_noun_of_the_istifal_pattern_opens_no_name() {
    // What follows the title is what is said ("استمرار الاشتباكات"), not the official's name.
    let got = crate::events::subject::tests::subjects("وأكد مسؤول الصحة في المحافظة استمرار الاشتباكات في الأحياء.");
    assert_eq!(got, vec![Some("adhoc:مسؤول الصحه في المحافظه".to_string())]);
    let got =
        crate::events::subject::tests::subjects("قال الجيش إنه صد هجوما. وأكد استمرار المعارك العنيفة في البلدة.");
    assert_eq!(got[1], got[0], "{got:?}");
}

#[test]
fn a_body_named_in_quotation_marks_then_the_person_the_title_names() {
    // The quotation mark that closes the body's name is the phrase's; the spokesman's name follows it.
    for text in [
        "وقال المتحدث باسم قوات \"العمالقة\" سامر العلي، إن القوات تقدمت.",
        "وقال المتحدث باسم حركة \"حماس\" سامر العلي إن الوفد وصل.",
    ] {
        let got = crate::events::subject::tests::subjects(text);
        assert_eq!(got, vec![Some("adhoc:سامر العلي".to_string())], "{text}");
    }
}

#[test]
fn the_people_of_a_place_after_a_verb_of_call_are_those_called_on() {
    // Before what they are called to, they are the object: the one who spoke before calls.
    let got = crate::events::subject::tests::subjects(
        "قال رئيس البلدية سامر الحلو إن المياه عادت. ودعا أهالي البلدة إلى الصبر. وحث السكان على البقاء في منازلهم.",
    );
    assert_eq!(got, vec![Some("adhoc:سامر الحلو".to_string()); 3]);
    // With an object of their own after them, they call.
    let got = crate::events::subject::tests::subjects("وطالب أهالي القرية الحكومة بالتدخل.");
    assert_eq!(got, vec![Some("adhoc:اهالي القريه".to_string())]);
}

#[test]
fn a_foreign_rank_written_as_said_heads_the_person_it_names() {
    use crate::events::subject::tests::subjects;
    let told = subjects("وقال الكولونيل الفرنسي بيير لامبير المتحدث باسم القوة إن دورية تعرضت لكمين. وأكد الكابتن مارك دوبوا أن الجنود بخير.");
    assert_eq!(
        told,
        vec![
            Some("adhoc:بيير لامبير".to_string()),
            Some("adhoc:مارك دوبوا".to_string())
        ]
    );
}

#[test]
fn a_crowd_counted_by_a_noun_of_multitude_or_of_size_is_the_subject() {
    use crate::events::subject::tests::subjects;
    // "جموع" heads its plural as a number word does; "محتجين" is a crowd's noun in every case.
    let got = subjects("ورفضت جموع المحتجين أمام مبنى المحافظة قرار الحكومة.");
    assert_eq!(got, vec![Some("adhoc:جموع المحتجين".to_string())]);
    // A word or two of size between the count and its "من".
    let got = subjects("خرج عدد غير قليل من السكان إلى الساحة الرئيسية.");
    assert_eq!(got, vec![Some("adhoc:عدد غير قليل من السكان".to_string())]);
    let got = subjects("نشرت عدة صفحات على مواقع التواصل صورا للحريق.");
    assert_eq!(got, vec![Some("adhoc:عده صفحات".to_string())]);
}

#[test]
fn the_bodies_concerned_after_a_verb_of_call_are_called_on_only_in_the_definite() {
    use crate::events::subject::tests::subjects;
    // "ودعا الجهات المختصة إلى": the speaker before calls on them.
    let got = subjects("قال رئيس البلدية سامر الحلو إن المياه عادت. ودعا الجهات المعنية إلى صيانة الشبكة.");
    assert_eq!(got, vec![Some("adhoc:سامر الحلو".to_string()); 2]);
    // Indefinite, they are who calls.
    let got = subjects("ودعت جهات حقوقية إلى الإفراج عن المعتقلين.");
    assert_eq!(got, vec![Some("adhoc:جهات حقوقيه".to_string())]);
}

#[test]
fn warplanes_with_a_country_adjective_are_that_state_s_air_force() {
    let who = adhoc_id;
    assert_eq!(who("وقصفت طائرات حربية إسرائيلية مخزنا", "طائرات"), "il.iaf");
    assert_eq!(who("وضربت المقاتلات الروسية جسرا", "المقاتلات"), "ru.aerospace-forces");
    assert_eq!(
        who("وأغارت طائرات حربية حكومية سورية على قرية", "طائرات"),
        "sy.air-force"
    );
    // A drone is the army's; so are the warplanes of a state whose navy flies them too.
    assert_eq!(who("وضربت طائرة مسيرة إسرائيلية سيارة", "طائرة"), "il.idf");
    assert_eq!(who("وضربت طائرة إسرائيلية مسيرة سيارة", "طائرة"), "il.idf");
    assert_eq!(who("وقصفت مقاتلات أمريكية موقعا", "مقاتلات"), "us.armed-forces");
}

#[test]
fn a_person_in_apposition_after_the_principal_a_title_serves_is_the_speaker() {
    // The spokesman or adviser of a catalog person, then a name between commas: that name speaks, with the title
    // as their role; never the principal. The principal's own name after their own office, or a setting between
    // the commas, leaves the reading as it was.
    let extractor = crate::events::Extractor::new();
    let source = |text: &str| {
        let article = extractor.extract(text, "2024-03-05".parse().expect("an anchor"));
        let event = article.events.first().expect("an event");
        let source = event.source.as_ref().expect("a source");
        (source.name.clone(), source.role.clone())
    };
    let (name, role) = source("وقال المتحدث باسم رئيس الوزراء الإسرائيلي بنيامين نتنياهو، نمرود شاحار، إن الوفد سيعود.");
    assert_eq!(name, "نمرود شاحار");
    assert_eq!(
        role.as_deref(),
        Some("المتحدث باسم رئيس الوزراء الإسرائيلي بنيامين نتنياهو")
    );
    let (name, _) = source("وقال مستشار الرئيس الأمريكي دونالد ترامب، كيفن هارتلي، إن المحادثات مستمرة.");
    assert_eq!(name, "كيفن هارتلي");
    let (name, _) = source("وقال الرئيس الأمريكي دونالد ترامب، في مؤتمر صحفي، إن المحادثات مستمرة.");
    assert_eq!(name, "Donald Trump");
    let (name, _) = source("وقال المتحدث باسم رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الوفد سيعود.");
    assert_eq!(name, "Benjamin Netanyahu");
}

#[test]
fn warplanes_named_with_their_war_adjective_are_the_air_force_as_well() {
    // "الطائرات الحربية الإسرائيلية" is read as "الطائرات الإسرائيلية" is: the catalog names it for the air force.
    let extractor = crate::events::Extractor::new();
    let id = |text: &str| {
        let article = extractor.extract(text, "2024-03-05".parse().expect("an anchor"));
        let event = article.events.first().expect("an event");
        event.source.as_ref().expect("a source").id.clone()
    };
    assert_eq!(
        id("وشنت الطائرات الحربية الإسرائيلية غارات على حي الزيتون فجر الأحد."),
        "il.iaf"
    );
    assert_eq!(id("وقصفت المقاتلات الحربية الإسرائيلية مبنى في بلدة الخيام."), "il.iaf");
}

#[test]
fn warplanes_tied_to_a_state_or_its_army_are_its_air_force() {
    let extractor = crate::events::Extractor::new();
    let id = |text: &str| {
        let article = extractor.extract(text, "2024-03-05".parse().expect("an anchor"));
        let event = article.events.first().expect("an event");
        event.source.as_ref().expect("a source").id.clone()
    };
    assert_eq!(id("وقصفت طائرات حربية تابعة لإسرائيل مخزنا قرب صور."), "il.iaf");
    assert_eq!(
        id("وقصفت مقاتلات تابعة للجيش السوري مواقع قرب معرة النعمان."),
        "sy.air-force"
    );
    // A state with no air row keeps its own name, as before.
    assert_eq!(id("وقصفت طائرات حربية تابعة لتركيا مواقع قرب عفرين."), "tr");
}

#[test]
fn a_body_named_by_a_bare_noun_after_the_lam_of_a_statement_ends_before_its_date() {
    let sources = crate::events::tests::source_names;
    // The ministry named before, not "الوزارة اليوم الجمعة".
    let got =
        sources("أعلنت وزارة الصحة اللبنانية مقتل شخصين. وذكر بيان للوزارة اليوم الجمعة أن الجرحى نقلوا إلى المستشفى.");
    assert_eq!(
        got,
        [
            "Ministry of Public Health (Lebanon)",
            "Ministry of Public Health (Lebanon)"
        ]
    );
    // With none named before, the body as written.
    let got = sources("وقال بيان للشرطة اليوم إن الطريق أغلق.");
    assert_eq!(got, ["الشرطة"]);
}

#[test]
fn the_people_of_a_capital_are_its_residents_not_the_state() {
    let sources = crate::events::tests::source_names;
    assert_eq!(sources("وقال سكان دمشق إن الانفجارات هزت المدينة."), ["سكان دمشق"]);
    assert_eq!(sources("وعلق أهالي طهران على القرار بغضب."), ["أهالي طهران"]);
    // The capital alone speaks for its state.
    assert_eq!(sources("وقالت طهران إن القرار ظالم."), ["Iran"]);
}

#[test]
fn forces_of_security_or_police_with_a_state_s_adjective_are_not_its_army() {
    let sources = crate::events::tests::source_names;
    assert_eq!(
        sources("وقالت قوات الأمن العراقية إنها اعتقلت ثلاثة مسلحين."),
        ["Iraqi Security Forces"]
    );
    // Forces with the adjective alone are the army.
    assert_eq!(sources("وقصفت القوات العراقية مواقع المسلحين."), ["Iraqi Armed Forces"]);
}

#[test]
fn a_spokesman_of_a_body_s_police_does_not_speak_for_the_body() {
    use crate::events::Extractor;
    let article = Extractor::new().extract(
        "وقال متحدث باسم شرطة حركة حماس إن القصف استهدف المقرات.",
        "2024-12-06".parse().expect("an anchor"),
    );
    let source = article.events[0].source.as_ref().map(|s| s.name.as_str());
    assert_eq!(source, Some("متحدث باسم شرطة حركة حماس"));
}
