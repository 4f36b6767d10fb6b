//! Tests of `dating_restated.rs`.

use super::super::tests::event_dates;

#[test]
fn a_date_of_the_clause_comes_before_the_date_of_its_dateline() {
    assert_eq!(
        event_dates("أربيل 6 ديسمبر 2024 (خاص) - وافق برلمان إقليم كردستان يوم أمس الخميس على الموازنة."),
        ["2024-12-05"]
    );
    // With no date of its own, the clause keeps the dateline's.
    assert_eq!(
        event_dates("أربيل 4 ديسمبر 2024 (خاص) - وافق برلمان إقليم كردستان على الموازنة."),
        ["2024-12-04"]
    );
}

#[test]
fn a_sentence_that_restates_when_it_was_said_dates_the_statements_before_it() {
    let text = "أكدت وزارة الخارجية السورية أن الحدود مغلقة. وأضافت أن المعابر ستفتح قريبا. جاء ذلك في بيان نشرته \
                الوزارة الثلاثاء على موقعها. وقال مصدر في المعبر إن الحركة متوقفة.";
    assert_eq!(event_dates(text), ["2024-12-03", "2024-12-03", "2024-12-06"]);
}

#[test]
fn what_the_news_came_after_dates_nothing_before_it() {
    // "جاء ذلك بعد ..." tells what came before the news, not when it was said.
    let text = "أكدت وزارة الخارجية السورية أن الحدود مغلقة. جاء ذلك بعد يومين من اشتباكات على الحدود الثلاثاء.";
    assert_eq!(event_dates(text).first().map(String::as_str), Some("2024-12-06"));
}

#[test]
fn what_the_speaker_goes_on_to_say_after_the_restated_date_was_said_then() {
    let text = "قال وزير الخارجية الأردني إن الحدود مغلقة. جاء ذلك في مؤتمر صحفي عقده في عمان، الثلاثاء. وأوضح \
                الوزير أن المعابر ستفتح قريبا. وذكر أن المحادثات مستمرة.";
    assert_eq!(event_dates(text), ["2024-12-03", "2024-12-03", "2024-12-03"]);
}

#[test]
fn an_undated_lead_statement_takes_the_day_its_speaker_goes_on_with() {
    // "وأضاف ... أمس الخميس": the minister said the lead that day too.
    let text = "قال وزير الداخلية الأردني سامي الحديد إن الحدود آمنة. وأضاف الحديد في حديث للتلفزيون الرسمي، أمس \
                الخميس، أن الدوريات عززت.";
    assert_eq!(event_dates(text), ["2024-12-05", "2024-12-05"]);
    // Not a deed before it, nor a lead whose continuation tells what had been said before ("وكان ... قد").
    let text = "سيطرت قوات سوريا الديمقراطية على البلدة. وأعلنت قوات سوريا الديمقراطية أمس الخميس بدء التمشيط.";
    assert_eq!(event_dates(text), ["2024-12-06", "2024-12-05"]);
    let text = "قال وزير الداخلية الأردني سامي الحديد إن الحدود آمنة. وكان الحديد قد أكد أمس الخميس أن الدوريات عززت.";
    assert_eq!(event_dates(text).first().map(String::as_str), Some("2024-12-06"));
}
