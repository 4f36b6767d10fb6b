//! Tests of `memory.rs`.

use crate::events::subject::tests::subjects;

fn ids(list: &[&str]) -> Vec<Option<String>> {
    list.iter().map(|s| Some(s.to_string())).collect()
}

#[test]
fn a_title_said_again_with_or_without_its_own_adjective_is_the_person_named_with_it() {
    assert_eq!(
        subjects("قال المتحدث الرسمي باسم شرطة المدينة العقيد سامي الورفلي إن الطريق فتح. وأضاف المتحدث باسم شرطة المدينة أن الدوريات عادت."),
        ids(&["adhoc:سامي الورفلي", "adhoc:سامي الورفلي"])
    );
    // "متحدث الحوثيين" is the office "المتحدث العسكري باسم الحوثيين" named before.
    assert_eq!(
        subjects(
            "أعلن المتحدث العسكري باسم الحوثيين، نادر الشمري، أن القوات تقدمت. وأشار متحدث الحوثيين إلى أن الهجوم فشل."
        ),
        ids(&["adhoc:نادر الشمري", "adhoc:نادر الشمري"])
    );
}

#[test]
fn a_title_said_again_with_another_name_of_its_body_or_a_country_added_is_the_same_person() {
    assert_eq!(
        subjects("قال مدير المكتب الإعلامي لقوات سوريا الديمقراطية سامي الورفلي إن القرى مشطت. وأكد مدير المكتب الإعلامي لقسد أن الحملة مستمرة."),
        ids(&["adhoc:سامي الورفلي", "adhoc:سامي الورفلي"])
    );
    assert_eq!(
        subjects("قال مستشار وزير المالية في الحكومة سامي الورفلي إن الرواتب تأخرت. وأضاف مستشار وزير المالية في الحكومة الليبية أن الصرف يبدأ غدا."),
        ids(&["adhoc:سامي الورفلي", "adhoc:سامي الورفلي"])
    );
    // Another country's adjective is another office.
    let other = subjects("قال مستشار وزير المالية الليبي سامي الورفلي إن الرواتب تأخرت. وأضاف مستشار وزير المالية التونسي أن الصرف يبدأ غدا.");
    assert_ne!(other[1], Some("adhoc:سامي الورفلي".to_string()));
}

#[test]
fn a_bare_noun_names_again_the_speaker_named_with_its_head_before_a_group_of_another_kind() {
    // "الهيئة" stands for a group's body or a state's: the body named "هيئة X" that just spoke, not the group.
    let told = subjects("هاجم الحوثيون سفينة تجارية في البحر الأحمر. وقالت هيئة عمليات التجارة البحرية البريطانية إن ربان سفينة أبلغ عن انفجار قربها. وأضافت الهيئة أن الطاقم بخير.");
    assert_eq!(told, ids(&["ansarallah", "gb.ukmto", "gb.ukmto"]));
    let told = subjects("قالت هيئة عمليات التجارة البحرية البريطانية إن ربان سفينة أبلغ عن انفجار قربها. ويهاجم الحوثيون السفن منذ أشهر. وقالت الهيئة البريطانية إن السفينة واصلت رحلتها. وذكرت الهيئة أن الطاقم بخير.");
    assert_eq!(told.last(), Some(&Some("gb.ukmto".to_string())));
}

#[test]
fn a_title_said_again_is_the_person_it_described_after_their_name() {
    // "فلان، وهو مستشار X،": the person before "وهو" holds the title said again later.
    assert_eq!(
        subjects("أكد سامي الورفلي، وهو مستشار وزير النقل في الحكومة، توقف الرحلات. وأضاف مستشار وزير النقل في الحكومة أن المطار يعمل."),
        ids(&["adhoc:سامي الورفلي", "adhoc:سامي الورفلي"])
    );
    // So does the title set between commas right after the name, past another speaker.
    assert_eq!(
        subjects("قال سامر الخطيب، المتحدث باسم البلدية، إن الطريق مغلق. وقالت الشرطة الأردنية إن السير متوقف. وأضاف المتحدث باسم البلدية أن الطريق سيفتح."),
        ids(&["adhoc:سامر الخطيب", "adhoc:الشرطه الاردنيه", "adhoc:سامر الخطيب"])
    );
}

#[test]
fn a_name_in_quotes_after_a_bare_title_is_the_speaker_not_the_person_named_before() {
    assert_eq!(
        subjects("قال وزير الداخلية سامي الورفلي إن الحدود مغلقة. وأضاف المتحدث \"كمال منصور\" أن الطريق مفتوح."),
        ids(&["adhoc:سامي الورفلي", "adhoc:كمال منصور"])
    );
}

#[test]
fn a_surname_in_quotes_is_the_person_named_in_full_before() {
    // The full name stood in quotes as an object, not as a subject: the catalog person whose name ends so.
    let got = subjects("التقى الوفد أمس بالشيخ \"مظهر الويس\" في مدينة درعا. وقال \"الويس\"، إن الاتفاق صامد.");
    assert_eq!(got.last(), Some(&Some("mazhar-al-wais".to_string())), "{got:?}");
}

#[test]
fn an_object_after_a_verb_or_a_bare_title_is_never_the_speaker() {
    // An indefinite accusative after a title ("صوراً") and a verbal noun after the verb ("الانتباه").
    assert_eq!(
        subjects("قال المتحدث باسم الشرطة العقيد سامر حداد إن الطريق مغلق. وعرض المتحدث صوراً لحطام السيارة."),
        ids(&["adhoc:سامر حداد", "adhoc:سامر حداد"])
    );
    assert_eq!(
        subjects("قال المحافظ سامر حداد إن المدينة هادئة. ولفت الانتباه إلى أن الأسواق فتحت."),
        ids(&["adhoc:سامر حداد", "adhoc:سامر حداد"])
    );
}

#[test]
fn a_descriptor_of_fighters_is_the_group_that_acted_last() {
    // Not the state's army that spoke since, nor a group named in passing after the one that acted.
    let got = carried("أعلنت حركة النور المسلحة مسؤوليتها عن الهجوم. وقال الجيش الكونغولي إن القتال مستمر. وأعلن المسلحون أنهم سيطروا على المعسكر.");
    assert_eq!(
        got.last(),
        Some(&Some("adhoc:حركه النور المسلحه".to_string())),
        "{got:?}"
    );
    let got = carried(
        "أعلنت كتيبة الصقور مسؤوليتها عن الهجوم، وهي مرتبطة بتنظيم القاعدة. وأضاف الجهاديون أن المقاتلين عادوا.",
    );
    assert_eq!(got.last(), Some(&Some("adhoc:كتيبه الصقور".to_string())), "{got:?}");
}

/// The subject of each clause with a verb, as `subjects` reads them, with the group that acted noted as the
/// extractor notes it after each event.
fn carried(text: &str) -> Vec<Option<String>> {
    use crate::events::clause::split;
    use crate::events::subject::{choose, Previous};
    use crate::events::verb;
    use crate::events::view::tests::view;
    let v = view(text);
    let day: chrono::NaiveDate = "2024-12-06".parse().expect("a date");
    let mut previous = Previous::default();
    let mut out = Vec::new();
    for c in split(&v) {
        let Some(p) = verb::find(&v, &c) else { continue };
        let (s, _) = choose(&v, &c, &p, day, &previous);
        out.push(s.as_ref().map(|s| s.resolve(&v, day).id.to_string()));
        if let Some(s) = s {
            previous.spoke(s, c.sentence, p.says(&v), p.document_span(&v, &c));
            previous.note_group(&v, day);
        }
    }
    out
}

/// The source and day of each event of `text`, published on 2023-03-10 (a Friday).
fn spoken(text: &str) -> Vec<(Option<String>, String)> {
    let article = crate::events::Extractor::new().extract(text, "2023-03-10".parse().expect("an anchor"));
    article
        .events
        .into_iter()
        .map(|e| {
            (
                e.source.map(|s| s.id.to_string()),
                e.date.map_or(String::new(), |d| d.first_day.to_string()),
            )
        })
        .collect()
}

#[test]
fn the_same_source_or_a_shorter_name_of_the_last_speaker_goes_on_with_its_statement_and_date() {
    // "the same source" after a body the catalog does not know, dated in its statement.
    let got = spoken(
        "أعلنت هيئة الموانئ الجنوبية، مساء الثلاثاء، أن سفينة غرقت قرب الساحل. \
         وأضاف المصدر نفسه أن طاقم السفينة نجا.",
    );
    assert_eq!(got[1], got[0], "{got:?}");
    assert_eq!(got[0].1, "2023-03-07");
    // The first words of its name.
    let got = spoken(
        "وصباح الأربعاء، قالت هيئة الموانئ الجنوبية إن سفينة غرقت قرب الساحل. \
         وأضافت هيئة الموانئ في بيان أن طاقم السفينة نجا.",
    );
    assert_eq!(got[1], got[0], "{got:?}");
}

#[test]
fn an_undated_statement_of_another_speaker_after_a_dated_one_keeps_the_publication_day() {
    let got = spoken(
        "أعلنت هيئة الموانئ الجنوبية، مساء الثلاثاء، أن سفينة غرقت قرب الساحل. \
         وقالت جمعية الصيادين المحليين إن قاربين فقدا.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1, "2023-03-10");
}

#[test]
fn a_person_the_catalog_does_not_know_takes_their_last_dated_statement_again_after_another_speaker() {
    let got = spoken(
        "قال مدير ميناء الرصيف سمير الحداد، أمس الخميس، إن سفينة غرقت قرب الساحل. \
         وقالت جمعية الصيادين المحليين إن قاربين فقدا. \
         وأشار الحداد إلى أن طاقم السفينة نجا.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[2], got[0], "{got:?}");
    assert_eq!(got[0].1, "2023-03-09");
}

#[test]
fn a_bare_source_head_is_the_source_named_before_with_the_article() {
    // "وقالت المصادر" after "أفادت المصادر الأمنية التشادية": the phrase named before, article or not.
    assert_eq!(
        subjects(
            "أفادت المصادر الأمنية التشادية صباح الأحد بأن دورية تعرضت لكمين قرب البحيرة. وقالت المصادر إن ثلاثة جنود \
             أصيبوا. وأضافت المصادر أن المهاجمين فروا."
        ),
        ids(&[
            "adhoc:المصادر الامنيه التشاديه",
            "adhoc:المصادر الامنيه التشاديه",
            "adhoc:المصادر الامنيه التشاديه"
        ])
    );
}

#[test]
fn the_source_is_the_one_official_who_spoke_not_witnesses_between() {
    // "وأضاف المصدر" after "قال مسؤول في X" with witnesses in between: the one official, not the witnesses.
    let got = subjects(
        "قال مسؤول في شرطة الميناء إن السفينة غادرت الرصيف، بينما أكد شهود عيان أن النيران اشتعلت فيها. وأضاف \
         المصدر أن الطاقم نجا.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[2], got[0], "{got:?}");
    assert_eq!(got[0].as_deref(), Some("adhoc:مسؤول في شرطه الميناء"), "{got:?}");
}

#[test]
fn a_rank_or_a_title_and_a_name_the_catalog_does_not_know_is_named_again_by_the_surname() {
    // A compound first name whose second word is a title of the vocabulary ("عبد الملك").
    assert_eq!(
        subjects("وأوضح العميد عبد الملك حداد إن القوات تقدمت. وقال حداد إن الطريق فتح."),
        ids(&["adhoc:عبد الملك حداد", "adhoc:عبد الملك حداد"])
    );
    // The physician before his name, after another speaker.
    assert_eq!(
        subjects("قالت الشرطة إن الطريق مغلق. وقال الطبيب سامر الكردي في مستشفى المدينة إن الجرحى وصلوا."),
        ids(&["adhoc:الشرطه", "adhoc:سامر الكردي"])
    );
}
