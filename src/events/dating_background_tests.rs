//! Tests of `dating.rs`: the date of a clause without an event, for a subject named again.

use super::tests::event_dates;

#[test]
fn a_speaker_named_again_after_a_relative_clause_of_another_actor_does_not_take_its_date() {
    // The relative clause's Tuesday is the group's admission, told in a sentence with no event.
    let text = "قال المتحدث باسم الجيش العقيد سامر الخطيب، اليوم، إن المعابر مفتوحة. والقائد هو أبرز مسؤولي الجماعة، والذي أقرت الجماعة، الثلاثاء، بمقتله. وذكر الخطيب أن الطرق آمنة.";
    let got = event_dates(text);
    assert_eq!(got, ["2024-12-06", "2024-12-06"], "{got:?}");
    // A deed that goes on with the scene of a clause without event still takes its date.
    let text = "وأصيب 40 متظاهرا بجروح مساء أمس خلال مواجهات قرب الجسر. وأطلقت قوات الأمن قنابل الغاز على المحتجين.";
    let got = event_dates(text);
    assert_eq!(got, ["2024-12-05TEV"], "{got:?}");
}

#[test]
fn lately_is_the_recent_past_before_the_day_of_the_news() {
    assert_eq!(
        event_dates("وأعلنت وزارة الدفاع مؤخرا أنها أسقطت 12 طائرة مسيرة."),
        ["2024-11-06/2024-12-05"]
    );
    assert_eq!(
        event_dates("وفي الآونة الأخيرة، أعلنت وزارة الدفاع أنها أسقطت 12 طائرة مسيرة."),
        ["2024-11-06/2024-12-05"]
    );
    // Inside what a statement says, it dates what is said, not the saying.
    assert_eq!(
        event_dates("وقال المتحدث باسم الحكومة إن القوات انسحبت مؤخرا من البلدة."),
        ["2024-12-06"]
    );
    // Days or weeks without a count tell the recent past too (a deed told so is background, no event); the span
    // of a toll told today does not.
    assert!(event_dates("وقبل أيام هاجمت قوات الدعم السريع مخيما للنازحين.").is_empty());
    assert_eq!(
        event_dates("وقبل أيام أعلنت قوات الدعم السريع سيطرتها على المخيم."),
        ["2024-11-06/2024-12-05"]
    );
    assert_eq!(
        event_dates("وقتل 50 شخصا خلال الأيام الماضية، بحسب الأمم المتحدة."),
        ["2024-12-06"]
    );
}

#[test]
fn statements_after_a_dated_lead_without_an_actor_are_of_its_day() {
    // The lead tells the news with no doer; the statements of it in the next sentences were made that day.
    let text = "سقطت قذيفة هاون، أمس الخميس، قرب مبنى المحافظة دون أن تسفر عن إصابات. وقالت قيادة الشرطة إن القذيفة أطلقت من بستان قريب. وقال مصدر أمني إن فرقا هندسية فحصت الموقع.";
    assert_eq!(event_dates(text), ["2024-12-05", "2024-12-05"]);
    let text = "واتجهت الأنظار أمس الخميس إلى العاصمة التي شهدت أول جولة من المحادثات. ورحبت الجامعة العربية ببدء المحادثات في بيان.";
    assert_eq!(event_dates(text), ["2024-12-05"]);
    // Past the lead, such a clause is the background of a speaker named again.
    let text = "قال المتحدث باسم الشرطة اليوم إن الطرق مفتوحة. وسقطت قذيفة هاون، أمس الخميس، قرب مبنى المحافظة. وقال المتحدث باسم الشرطة إن فرقا فحصت الموقع.";
    assert_eq!(event_dates(text), ["2024-12-06", "2024-12-06"]);
}

#[test]
fn a_deed_told_in_a_relative_clause_of_a_statement_of_the_day_is_its_background() {
    // The shelling is Thursday's; the civil defence speaks on the day of the report.
    let text = "أفادت مصادر طبية بمقتل 4 مدنيين جراء قصف نفذته القوات الحكومية على البلدة أمس الخميس. وقال الدفاع المدني إن فرقه انتشلت الجثث.";
    assert_eq!(event_dates(text), ["2024-12-06", "2024-12-05", "2024-12-06"]);
}

#[test]
fn a_deed_of_the_recent_past_with_no_day_is_background() {
    let text = "قال الجيش إن قواته صدت هجوما. وكثفت الطائرات المسيرة في الآونة الأخيرة ضرباتها على مواقع المسلحين.";
    assert_eq!(event_dates(text), ["2024-12-06"]);
    // A statement made lately stays one, over the days before publication.
    let text = "وأعلنت وزارة الصحة مؤخرا أن المستشفيات تعمل بنصف طاقتها.";
    assert_eq!(event_dates(text), ["2024-11-06/2024-12-05"]);
}
