//! Tests of `chunk.rs`.

use super::*;
use crate::events::view::tests::{at, view};

fn read(text: &str, head: &str) -> (String, NounPhrase, Option<String>) {
    let v = view(text);
    let np = chunk(&v, at(&v, head), v.toks.len());
    let body = v.original(np.head..np.body_end).to_string();
    let person = np.person.clone().map(|p| v.original(p).to_string());
    (body, np, person)
}

#[test]
fn a_phrase_in_fi_with_a_noun_in_construct_attaches() {
    assert_eq!(read("وقال ضابط في معسكر الجيش إن", "ضابط").0, "ضابط في معسكر الجيش");
    // Not a word of the vocabulary after "في": what follows is no place of the speaker.
    assert_eq!(read("وقال مسؤول في تصريح صحفي إن", "مسؤول").0, "مسؤول");
}

#[test]
fn a_so_called_name_stays_in_the_chain() {
    assert_eq!(
        read("وقال قائد ما يسمى «لواء الفتح»، سامر العلي، إن", "قائد").0,
        "قائد ما يسمى «لواء الفتح»"
    );
    assert_eq!(
        read("وقال رئيس ما يعرف بـ\"مجلس الثوار\"، إن", "رئيس").0,
        "رئيس ما يعرف بـ\"مجلس الثوار\""
    );
}

#[test]
fn a_quotation_that_closes_its_sentence_is_no_name() {
    assert_eq!(
        read("وقال الناطق باسم الوحدات \"سامر العلي\" إن", "الناطق")
            .2
            .as_deref(),
        Some("سامر العلي")
    );
    assert_eq!(
        read("أكد خلاله الوزير الفرنسي \"ضرورة تجنب التصعيد\".", "الوزير").2,
        None
    );
}

#[test]
fn a_nominative_plural_takes_adjectives_but_no_genitive() {
    // What follows a sound masculine plural that is no adjective is the verb's object.
    assert_eq!(read("وقتل مسلحون ثلاثة جنود", "مسلحون").0, "مسلحون");
    assert_eq!(read("ونشر ناشطون مقطعا مصورا", "ناشطون").0, "ناشطون");
    assert_eq!(
        read("وقال مسؤولون عسكريون إسرائيليون إن", "مسؤولون").0,
        "مسؤولون عسكريون إسرائيليون"
    );
    assert_eq!(
        read("وقال مسؤولون في وزارة الدفاع إن", "مسؤولون").0,
        "مسؤولون في وزارة الدفاع"
    );
}

#[test]
fn iḍāfa_then_nisba_then_the_object_stops() {
    let (body, np, _) = read("أعلنت وزارة الصحة اللبنانية ارتفاع الحصيلة", "وزارة");
    assert_eq!(body, "وزارة الصحة اللبنانية");
    assert_eq!(np.country.as_deref(), Some("LB"));
}

#[test]
fn a_part_of_a_body_is_named_with_the_body() {
    let (body, _, _) = read("استهدفت سرية من قواتنا الباسلة مواقع المسلحين", "سرية");
    assert_eq!(body, "سرية");
    let (body, _, _) = read("استهدفت وحدة من قواتنا الباسلة مواقع المسلحين", "وحدة");
    assert_eq!(body, "وحدة من قواتنا الباسلة");
    let (body, _, _) = read("وصلت فرق من الهلال الأحمر إلى البلدة", "فرق");
    assert_eq!(body, "فرق من الهلال الأحمر");
    // "من" after a head with its genitive is not a part.
    let (body, _, _) = read("أعلنت وزارة الصحة من العاصمة", "وزارة");
    assert_eq!(body, "وزارة الصحة");
}

#[test]
fn an_attached_place_is_not_the_core_country() {
    let (body, np, _) = read("حثت السفارة الصينية في العاصمة العراقية بغداد رعاياها", "السفارة");
    assert_eq!(body, "السفارة الصينية في العاصمة العراقية بغداد");
    assert_eq!(np.country.as_deref(), Some("CN"));
    assert_eq!(np.attached_country.as_deref(), Some("IQ"));
}

#[test]
fn a_department_of_a_ministry() {
    let (body, np, _) = read("قالت إدارة الشؤون القنصلية بوزارة الخارجية الهندية إن", "إدارة");
    assert_eq!(body, "إدارة الشؤون القنصلية بوزارة الخارجية الهندية");
    assert_eq!(np.country, None);
    assert_eq!(np.attached_country.as_deref(), Some("IN"));
}

#[test]
fn a_title_with_a_rank_and_a_name() {
    let (body, np, person) = read(
        // A name the catalog does not know (its spokesman Nabil Abdallah is a catalog name, left to the matcher).
        "وقال المتحدث باسم القوات المسلحة السودانية العميد سامر الطيب في بيان",
        "المتحدث",
    );
    assert_eq!(body, "المتحدث باسم القوات المسلحة السودانية");
    assert_eq!(person.as_deref(), Some("سامر الطيب"));
    assert_eq!(np.country.as_deref(), Some("SD"));
}

#[test]
fn a_dative_outlet_is_not_part_of_the_phrase() {
    let (body, _, person) = read("وقال رئيس البلدية لوكالة الأنباء إن", "رئيس");
    assert_eq!(body, "رئيس البلدية");
    assert_eq!(person, None);
}

#[test]
fn indefinite_adjectives_end_at_the_object() {
    let (body, np, _) = read("وقال مسؤول فلسطيني مقتل الشاب", "مسؤول");
    assert_eq!(body, "مسؤول فلسطيني");
    assert_eq!(np.country.as_deref(), Some("PS"));
    let (body, _, _) = read("قال مصدر في وزارة الداخلية إن", "مصدر");
    assert_eq!(body, "مصدر في وزارة الداخلية");
}

#[test]
fn a_quoted_title() {
    let (body, _, _) = read("وذكرت وكالة \"سبأ\" المحلية أن", "وكالة");
    assert_eq!(body, "وكالة \"سبأ\" المحلية");
}

#[test]
fn a_name_in_quotes_or_after_a_rank_and_a_namesake_s_surname() {
    let (_, _, person) = read("الناطق باسم وحدات حماية الشعب \"سامر خليل\"، أن", "الناطق");
    assert_eq!(person.as_deref(), Some("سامر خليل"));
    let (_, _, person) = read("اللواء بالجيش سمير عبد الكريم في فيديو", "اللواء");
    assert_eq!(person.as_deref(), Some("سمير عبد الكريم"));
    let (_, _, person) = read("مراسل الجزيرة سمير الكباشي إن", "مراسل");
    assert_eq!(person.as_deref(), Some("سمير الكباشي"));
}

#[test]
fn a_title_serving_a_state_or_an_office_before_the_name() {
    let (body, _, person) = read("الممثل الدائم للسودان لدى الأمم المتحدة سمير حامد إن", "الممثل");
    assert_eq!(
        (body.as_str(), person.as_deref()),
        ("الممثل الدائم للسودان لدى الأمم المتحدة", Some("سمير حامد"))
    );
    let (_, _, person) = read("المستشار الإعلامي لرئيس الحكومة علي الخطيب، إن", "المستشار");
    assert_eq!(person.as_deref(), Some("علي الخطيب"));
}

#[test]
fn a_tie_runs_on_through_the_body_after_lam() {
    // A noun in construct after "ل": the chain goes on to its genitive.
    assert_eq!(
        read("وأعلنت الإدارة الإعلامية التابعة لحرس الحدود أن الدورية عادت.", "الإدارة").0,
        "الإدارة الإعلامية التابعة لحرس الحدود"
    );
    // A catalog name on the proclitic, after an indefinite tie, is read whole and kept as the body tied to.
    let v = view("قال مكتب تابع لحزب الله إن الموقع دمر.");
    let np = chunk(&v, at(&v, "مكتب"), v.toks.len());
    assert_eq!(v.original(np.head..np.body_end), "مكتب تابع لحزب الله");
    assert!(np.tied.is_some());
    // A pronoun after the tie is no body: the phrase ends with the tie.
    assert_eq!(
        read("عبر قناة الرسالة التابعة لها إن", "قناة").0,
        "قناة الرسالة التابعة"
    );
}

#[test]
fn a_title_of_one_letter_takes_the_name_after_it_as_its_person() {
    let (body, _, person) = read("وقال د رامي العطار مدير مستشفى الرحمة إن", "د");
    assert_eq!(body, "د");
    assert_eq!(person.as_deref(), Some("رامي العطار"));
}

#[test]
fn a_sound_plural_head_takes_plural_adjectives_only() {
    assert_eq!(
        read("هاجم المستوطنون المتطرفون القرية", "المستوطنون").0,
        "المستوطنون المتطرفون"
    );
    assert_eq!(read("هاجم المستوطنون القرية", "المستوطنون").0, "المستوطنون");
    // A title in "ين" is no plural: "أمين مجلس الأمن القومي" keeps its adjective.
    assert_eq!(read("قال أمين مجلس الأمن القومي إن", "أمين").0, "أمين مجلس الأمن القومي");
}

#[test]
fn a_reporter_s_outlet_after_the_dative_is_in_their_phrase() {
    assert_eq!(read("وقال مراسل لقناة العربية إن", "مراسل").0, "مراسل لقناة العربية");
    assert_eq!(read("ورأى مراسلون لرويترز خمسة جرحى", "مراسلون").0, "مراسلون لرويترز");
    // Not after other speakers: "لوكالة X" is who they spoke to.
    assert_eq!(read("وقال مسؤول لوكالة الأناضول إن", "مسؤول").0, "مسؤول");
}

#[test]
fn the_bloc_or_place_a_member_sits_for_is_in_the_title() {
    let (body, _, person) = read("وقال النائب عن تحالف الفتح محمد الحسيني إن", "النائب");
    assert_eq!(
        (body.as_str(), person.as_deref()),
        ("النائب عن تحالف الفتح", Some("محمد الحسيني"))
    );
    let (_, _, person) = read("وقالت النائبة عن محافظة البصرة زهرة البجاري إن", "النائبة");
    assert_eq!(person.as_deref(), Some("زهرة البجاري"));
    // Not after other titles: "عن" there is what is spoken about.
    assert_eq!(read("وقال الوزير عن الهجوم إنه", "الوزير").0, "الوزير");
}

#[test]
fn an_adjective_without_the_article_closes_an_indefinite_head_s_chain() {
    // What follows is the verb's object, not a genitive of the phrase.
    assert_eq!(read("وأعلنت جماعة مسلحة مقتل ثلاثة جنود", "جماعة").0, "جماعة مسلحة");
    assert_eq!(
        read("وأعلنت مجموعة مسلحة مسؤوليتها عن الهجوم", "مجموعة").0,
        "مجموعة مسلحة"
    );
    // More adjectives may follow it.
    assert_eq!(read("وقالت قوة أمنية مشتركة إن", "قوة").0, "قوة أمنية مشتركة");
}
