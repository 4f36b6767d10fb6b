use super::*;
use crate::dates::DateFinder;

fn values(text: &str, anchor: &str) -> Vec<(String, String, Option<String>)> {
    let anchor: Anchor = anchor.parse().unwrap();
    DateFinder::new()
        .find_article(text, Some(&anchor))
        .into_iter()
        .map(|m| {
            let antecedent = m.antecedent.map(|r| text[r].to_string());
            (m.text, m.value.map(|v| v.value).unwrap_or_default(), antecedent)
        })
        .collect()
}

fn value_of(found: &[(String, String, Option<String>)], phrase: &str) -> String {
    found
        .iter()
        .find(|(t, _, _)| t.contains(phrase))
        .map(|(_, v, _)| v.clone())
        .unwrap_or_default()
}

#[test]
fn quotations_by_their_marks_on_one_line() {
    let spans_of = |text: &str| {
        let mut spans = Vec::new();
        for (start, line) in paragraph_starts(text).into_iter().zip(text.split('\n')) {
            quotations(line, start, &mut spans);
        }
        spans.into_iter().map(|r| text[r].to_string()).collect::<Vec<_>>()
    };
    let text = "قال «نحن هنا» ثم \"غدا\" و“أمس” و«لم تغلق\nسطر «آخر» بلا \"إغلاق";
    assert_eq!(
        spans_of(text),
        ["«نحن هنا»", "\"غدا\"", "“أمس”", "«لم تغلق", "«آخر»", "\"إغلاق"]
    );
    // A closing mark of another kind, or one with nothing open, closes nothing.
    assert_eq!(spans_of("» «أ” ب» “ج\""), ["«أ” ب»", "“ج\""]);
}

#[test]
fn resolves_against_the_latest_date_of_the_paragraph() {
    let text = "وصل المبعوث إلى بيروت في 14 شباط 2023، وغادرها في اليوم التالي، ثم عاد بعد ثلاثة أيام من ذلك.";
    let found = values(text, "2024-12-06");
    assert_eq!(value_of(&found, "التالي"), "2023-02-15");
    // A resolved phrase is the antecedent of the next one.
    assert_eq!(value_of(&found, "ثلاثة أيام"), "2023-02-18");
    assert_eq!(found[1].2.as_deref(), Some("14 شباط 2023"));
}

#[test]
fn a_clock_time_without_its_day_is_on_the_day_last_named() {
    // The day may be named in an earlier paragraph; a year or a month is no day for it.
    let text = "اندلعت الاشتباكات مساء الأحد 3 آذار.\nومنذ الساعة 22,30 سمع دوي انفجارات.\nوفي 2011 بدأت الحرب، وعند الساعة التاسعة صباحا وصل الوفد.";
    let found = values(text, "2024-03-05");
    assert_eq!(value_of(&found, "22,30"), "2024-03-03T22:30");
    assert_eq!(found[1].2.as_deref(), Some("مساء الأحد 3 آذار"));
    assert_eq!(value_of(&found, "التاسعة"), "2024-03-03T09:00");
    // "أمس" says when the text is written, not which day it tells; and the day is looked for in this
    // paragraph and the one before only.
    let text = "وصل الوفد أمس.\nوعند الساعة العاشرة صباحا أقلعت الطائرة.";
    assert_eq!(value_of(&values(text, "2024-03-05"), "العاشرة"), "2024-03-05T10:00");
    let text = "اندلعت الاشتباكات الأحد 3 آذار.\nوتواصلت.\nوعند الساعة العاشرة صباحا أقلعت الطائرة.";
    assert_eq!(value_of(&values(text, "2024-03-05"), "العاشرة"), "2024-03-05T10:00");
    // Without an earlier day the publication date stands in.
    let found = values("وعند الساعة التاسعة صباحا وصل الوفد.", "2024-03-05");
    assert_eq!(value_of(&found, "التاسعة"), "2024-03-05T09:00");
    // A phrase that names its day ("في اليوم نفسه") looks back in its own paragraph only, whatever its
    // clock time: the mark is how the phrase was written, not the shape of its value.
    let written = DateFinder::new()
        .parse_phrase("في اليوم نفسه الساعة الثامنة", Some(&"2024-03-05".parse().unwrap()))
        .and_then(|m| m.points_back)
        .map(|b| b.bare_clock);
    assert_eq!(written, Some(false));
    let text = "اندلعت الاشتباكات الأحد 3 آذار.\nوفي اليوم نفسه الساعة الثامنة وصل الوفد.";
    assert_eq!(value_of(&values(text, "2024-03-05"), "الثامنة"), "2024-03-05T08:00");
}

#[test]
fn a_text_read_alone_dates_a_bare_clock_time_by_the_day_before_it() {
    let anchor: Anchor = "2024-03-04".parse().unwrap();
    let found = |text: &str| -> Vec<String> {
        DateFinder::new()
            .find(text, Some(&anchor))
            .into_iter()
            .map(|m| m.value.map(|v| v.value).unwrap_or_default())
            .collect()
    };
    let text = "تقام المباراة يوم الأحد المقبل على الملعب الأولمبي في تمام الساعة السابعة مساءً";
    assert_eq!(found(text), ["2024-03-10", "2024-03-10T19:00"]);
    // "أمس" names no day for it, and another line is another paragraph.
    assert_eq!(
        found("وصل أمس، وعند الساعة العاشرة صباحا بدأ"),
        ["2024-03-03", "2024-03-04T10:00"]
    );
    let text = "تقام الجولة الأحد المقبل.\nوعند الساعة العاشرة صباحا يبدأ الحفل";
    assert_eq!(found(text), ["2024-03-10", "2024-03-04T10:00"]);
}

#[test]
fn a_relative_day_inside_a_quotation_the_article_dates() {
    let text = "وأفاد قادة الحركة مساء الجمعة بالسيطرة على الولاية، وقال أحدهم: “نسيطر الآن على البلاد”.";
    let found = values(text, "2021-09-04");
    assert_eq!(value_of(&found, "الآن"), "2021-09-03");
    assert_eq!(found[1].2.as_deref(), Some("مساء الجمعة"));
    // Said today, or with no date before the quotation: the publication date.
    let text = "وقال الوزير اليوم: «الوضع اليوم أفضل»، وأضاف: «وصلنا أمس إلى اتفاق».";
    let found = values(text, "2021-09-04");
    assert_eq!(
        found
            .iter()
            .filter(|f| f.0 == "اليوم")
            .map(|f| f.1.as_str())
            .collect::<Vec<_>>(),
        ["2021-09-04"; 2]
    );
    assert_eq!(value_of(&found, "أمس"), "2021-09-03");
}

#[test]
fn months_years_days_of_the_month_and_parts_of_the_day() {
    let text = "بدأت الحملة في 27 نوفمبر 2024، واشتدت في 29 من الشهر ذاته، ووقعت الغارة مساء اليوم ذاته. \
                وتوقفت نهاية الشهر نفسه، وفي العام نفسه أُعلن الاتفاق.";
    let found = values(text, "2025-03-01");
    assert_eq!(value_of(&found, "29 من"), "2024-11-29");
    assert_eq!(value_of(&found, "نهاية"), "2024-11");
    assert_eq!(value_of(&found, "مساء"), "2024-11-29TEV");
    assert_eq!(value_of(&found, "العام نفسه"), "2024");
}

#[test]
fn another_paragraph_falls_back_to_the_anchor() {
    let text = "جرت الانتخابات في 5 أيار 2022.\nوفي اليوم التالي أُعلنت النتائج.";
    let found = values(text, "2024-12-06");
    assert_eq!(value_of(&found, "التالي"), "2024-12-07");
    assert_eq!(found[1].2, None);
}

#[test]
fn no_anchor_and_no_date_before_leaves_it_unresolved() {
    let mut found = DateFinder::new().find("في اليوم التالي", None);
    resolve_chain(&mut found, &[0], None);
    assert!(found[0].value.is_none());
    assert!(found[0].points_back.is_some());
}

#[test]
fn a_count_of_days_reached_is_the_day_the_text_is_at() {
    // Alone, the anchor's day; after a day the sentence named, that day, as "اليوم نفسه" is.
    let found = values("تواصلت الغارات لليوم الـ20 على التوالي.", "2024-03-05");
    assert_eq!(value_of(&found, "ليوم الـ20"), "2024-03-05");
    let text = "أعلنت الفصائل أمس بدء المعركة، حيث استمرت لليوم الثالث على التوالي اشتباكات عنيفة.";
    assert_eq!(value_of(&values(text, "2024-03-05"), "ليوم الثالث"), "2024-03-04");
    // The first day of something is its own start, not a day of the text.
    assert!(values("في اليوم الأول لطوفان الأقصى", "2024-03-05").is_empty());
}
