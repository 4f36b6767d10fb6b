//! Tests of the extractor on deeds whose doer is written where the clause's verb does not look first: the name a
//! relative clause is about, after its conjunction or a comma; the agent of a verbal noun after "بعد"; a crowd
//! named by what its people are. Whole sentences of our own.

use super::*;

#[test]
fn a_relative_deed_about_a_name_after_its_conjunction_is_that_actors() {
    let got = read("وقعت مواجهات بين السكان والجيش اللبناني الذي داهم الحي فجرا.");
    assert_eq!(got, [("داهم".to_string(), Some("Lebanese Armed Forces".to_string()))]);
    let got = read("اندلعت اشتباكات بين الأهالي وقوات الدعم السريع، التي اقتحمت القرية صباح اليوم.");
    assert_eq!(got, [("اقتحم".to_string(), Some("Rapid Support Forces".to_string()))]);
    // Without a day of the news, the relative clause describes the forces.
    assert!(read("اندلعت اشتباكات بين الأهالي وقوات الدعم السريع، التي اقتحمت القرية.").is_empty());
}

#[test]
fn a_verb_that_wants_its_subject_written_finds_it_in_the_name_a_relative_clause_is_about() {
    // "انتشر" is a deployment only with forces written beside it: here they are the relative clause's antecedent.
    let got = read("وكان المبنى محاطا بعناصر حزب الله، الذين انتشروا أمس في الشوارع المجاورة.");
    assert_eq!(got, [("انتشر".to_string(), Some("Hezbollah".to_string()))]);
}

#[test]
fn an_undated_deed_told_by_its_verbal_noun_after_bad_is_news_of_its_agent() {
    let got = read("وأصيب ثلاثة مدنيين بعد اقتحام قوات الاحتلال بلدة قباطية.");
    assert_eq!(got, [("اقتحم".to_string(), Some("Israel Defense Forces".to_string()))]);
    // "منذ" tells a state since then.
    assert!(read("وتعيش المدينة أزمة منذ اقتحام قوات الاحتلال البلدة.").is_empty());
}

#[test]
fn an_undated_statement_told_by_its_verbal_noun_with_its_speaker_is_news_of_the_speaker() {
    // After "بعد", as a deed there is; and after a connective of cause ("على خلفية").
    let got = read("وارتفعت الأسعار بعد إعلان الحكومة الأردنية خطتها.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "أعلن", "{got:?}");
    assert!(got[0].1.is_some(), "{got:?}");
    let got = read("واندلعت احتجاجات على خلفية إعلان الحكومة التونسية رفع الأسعار.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "أعلن", "{got:?}");
    // In the frame of what the news comes after ("وجاءت هذه الخطوة بعد"), the statement is news too; an undated
    // deed there stays the background, and "منذ" still tells a state since then.
    let got = read("وجاءت هذه الخطوة بعد إعلان وزارة الداخلية المغربية تفكيك خلية.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "أعلن", "{got:?}");
    assert!(read("ويأتي القصف بعد تنفيذ الجيش الأردني غارات على البلدة.").is_empty());
    assert!(read("وتعيش المدينة أزمة منذ إعلان الحكومة الأردنية خطتها.").is_empty());
}

#[test]
fn a_crowd_is_named_by_what_its_people_are() {
    // The people of a country with the article, protesting or on the move; not as the victims of a deed.
    let got = read("وتظاهر اللبنانيون في ساحة رياض الصلح.");
    assert_eq!(got, [("تظاهر".to_string(), Some("اللبنانيون".to_string()))]);
    assert!(read("وقتل اللبنانيون الثلاثة في الحادث.").is_empty());
    // Youths, like protesters, are a doer the catalog does not know.
    let got = read("وأحرق الشبان إطارات قرب الحاجز.");
    assert_eq!(got, [("أحرق".to_string(), Some("الشبان".to_string()))]);
}

#[test]
fn a_deed_told_beside_the_news_by_a_connective_of_cause_or_answer_is_news_of_its_agent() {
    // "وسط", "جراء", "ردا على", "على خلفية" before a verbal noun with its doer written after it.
    let got = read("وأصيب عشرة شبان وسط إطلاق الجيش اللبناني الرصاص المطاطي في الساحة.");
    assert_eq!(got, [("أطلق".to_string(), Some("Lebanese Armed Forces".to_string()))]);
    // What a deed answers, with no day of its own, is its background (`dating::nominal_deed`); with one it is news.
    let got = read("وقصفت مقاتلات التحالف مواقع في الحديدة ردا على استهداف الحوثيين ميناء جازان.");
    assert_eq!(got.len(), 1, "{got:?}");
    let got = read("وقصفت مقاتلات التحالف مواقع في الحديدة ردا على استهداف الحوثيين ميناء جازان فجر الأربعاء.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        got[1],
        ("استهدف".to_string(), Some("Ansar Allah (Houthis)".to_string()))
    );
    // A naming verb after the doer is no verb of the clause the connective opens.
    let got = read("واندلعت اشتباكات في البلدة على خلفية اعتقال الجيش اللبناني أمس شابا يدعى سمير النجار.");
    assert_eq!(got, [("اعتقل".to_string(), Some("Lebanese Armed Forces".to_string()))]);
    // A place after "وسط", or a verbal noun with no doer written after it, tells no deed.
    assert!(read("وأصيب عشرة شبان وسط إطلاق نار كثيف في وسط المدينة.").is_empty());
}

#[test]
fn a_preposition_with_a_pronoun_between_the_verb_and_its_subject_is_skipped() {
    // "معها", "منها", "بموجبها" point back to what went before: the subject is written after them.
    let got = read("وأطلقت معها حركة الجهاد الإسلامي صواريخ على المدينة.");
    assert_eq!(
        got,
        [("أطلق".to_string(), Some("Palestinian Islamic Jihad".to_string()))]
    );
    let got = read("وانسحبت منها قوات الجيش اللبناني فجرا.");
    assert_eq!(got, [("انسحب".to_string(), Some("Lebanese Armed Forces".to_string()))]);
    let got = read("واستقبلت بموجبها الأردن مئات اللاجئين.");
    assert_eq!(got, [("استقبل".to_string(), Some("Jordan".to_string()))]);
}

#[test]
fn a_relative_deed_on_what_a_statement_condemns_is_part_of_the_statement() {
    // The relative pronoun is the deed's subject; with no day of its own the clause tells the object condemned.
    let got = read("واستنكر الرئيس السوداني عبد الفتاح البرهان هجوم قوات الدعم السريع الذي استهدف مقر الولاية.");
    assert_eq!(got.len(), 1, "{got:?}");
    // A time noun's clause is an event of its own.
    let got = read("وثقت الشبكة السورية لحقوق الإنسان مقتل 23 مدنيا، في الوقت الذي قالت فيه وزارة الدفاع الروسية إن طائراتها لم تقصف.");
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn a_plural_verb_carries_its_subject_and_what_follows_is_its_object() {
    // A verb before its subject stays singular: after "وأحرقوا" the definite noun is the object, and the doers
    // are the plural named before; a singular nisba ("القرية") is no adjective of a plural head.
    let got = read("هاجم المستوطنون القرية مساء أمس، وأحرقوا المنازل.");
    assert_eq!(
        got,
        [
            ("هاجم".to_string(), Some("المستوطنون".to_string())),
            ("أحرق".to_string(), Some("المستوطنون".to_string())),
        ]
    );
}

#[test]
fn weapons_after_a_masculine_verb_are_its_object_and_the_doer_goes_on() {
    // Weapons that do a deed take a feminine verb: after a masculine one they are what was used or hit.
    let got = read("وشن الجيش السوري غارات على البلدة، كما استخدم المروحيات والدبابات في القصف.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1], ("استخدم".to_string(), Some("Syrian Arab Army".to_string())));
    // A feminine verb before them makes them the doer; after a verbal noun the doer is a genitive of any gender.
    let got = read("وقصفت المروحيات الروسية البلدة. وأصيب مواطن جراء قصف مدفعية الاحتلال الإسرائيلي صباح الاثنين.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Israel Defense Forces"), "{got:?}");
}
