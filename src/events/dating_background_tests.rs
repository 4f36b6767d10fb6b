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
