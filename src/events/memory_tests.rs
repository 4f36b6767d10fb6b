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
}
