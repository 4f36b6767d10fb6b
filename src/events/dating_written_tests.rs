//! Tests of `dating_written.rs`: which date phrase of a clause is its own.

use super::tests::{dates, event_dates};
use super::DateBasis;

#[test]
fn a_date_in_an_adjunct_of_time_dates_its_noun_not_the_deed() {
    let got = dates(
        "وقصفت المدفعية مواقع المسلحين على أطراف البلدة بعد انتشار وحدات أخرى في الساحة يوم الثلاثاء.",
        &[false],
    );
    assert_eq!(got, [("2024-12-06".to_string(), DateBasis::Publication)]);
    // Before the adjunct, the date is the deed's.
    let got = dates(
        "وقصفت المدفعية يوم الثلاثاء مواقع المسلحين على أطراف البلدة بعد انتشار وحدات أخرى في الساحة.",
        &[false],
    );
    assert_eq!(got, [("2024-12-03".to_string(), DateBasis::Explicit)]);
}

#[test]
fn a_date_after_a_connective_of_cause_or_answer_dates_what_it_answers() {
    // "ردا على" + a verbal noun: the shelling answered was the day before; the answer is of the news day.
    let got = dates(
        "قصفت المدفعية مواقع للمسلحين قرب الحدود ردا على قصف هؤلاء لبلدة حدودية أمس.",
        &[false],
    );
    assert_eq!(got, [("2024-12-06".to_string(), DateBasis::Publication)]);
    let got = dates(
        "وقصفت المدفعية أمس مواقع للمسلحين قرب الحدود ردا على قصف هؤلاء لبلدة حدودية.",
        &[false],
    );
    assert_eq!(got, [("2024-12-05".to_string(), DateBasis::Explicit)]);
    // After a preposition, "وسط" is a noun (the middle of a place), no connective ("amid"): the date is the deed's.
    let got = dates("قصفت المدفعية مواقع على وسط البلدة مساء أمس.", &[false]);
    assert_eq!(got, [("2024-12-05TEV".to_string(), DateBasis::Explicit)]);
}

#[test]
fn a_date_in_a_clause_describing_the_adjunct_s_noun_is_that_noun_s() {
    // "اشتباكات عنيفة أودت بحياة ..." describes the clashes: their day, not the announcement's.
    assert_eq!(
        event_dates("أعلنت وزارة الداخلية نشر وحدات في المدينة بعد اشتباكات عنيفة أودت بحياة العشرات أمس الخميس."),
        ["2024-12-06"]
    );
    // A verb with its conjunction is a clause of its own, not a description.
    assert_eq!(
        event_dates("نشرت وزارة الداخلية وحدات في المدينة بعد اشتباكات عنيفة، وأعلنت أمس الخميس حظر التجول."),
        ["2024-12-06", "2024-12-05"]
    );
}

#[test]
fn a_comma_closes_a_relative_clause_before_a_date_of_the_deed() {
    // "التي تشهد ..." ends at the comma; the date after "ففي" is the shelling's.
    assert_eq!(
        event_dates("وتعد البلدة من بين المناطق التي تشهد اشتباكات متكررة، ففي 3 تشرين الثاني، قصفت المدفعية أطرافها."),
        ["2024-11-03"]
    );
}

#[test]
fn the_day_after_the_first_time_since_is_no_date_of_the_deed() {
    assert_eq!(
        event_dates("حلق طيران التحالف العربي فوق المدينة للمرة الأولى منذ الأربعاء."),
        ["2024-12-06"]
    );
    assert_eq!(
        event_dates("وقصف الطيران الإسرائيلي البلدة لأول مرة منذ الأحد."),
        ["2024-12-06"]
    );
    // "منذ" right after a past deed keeps dating it.
    assert_eq!(event_dates("وسيطر المسلحون على البلدة منذ الأحد."), ["2024-12-01"]);
}

#[test]
fn a_writer_s_remark_after_a_comma_keeps_its_date() {
    assert_eq!(
        event_dates("وداهمت القوات الإسرائيلية منزل الأسير المحرر واعتقلته، ويذكر أنه أفرج عنه في 30 تموز الماضي."),
        ["2024-12-06"]
    );
}

#[test]
fn a_date_in_an_occasion_s_phrase_is_the_commemorated_day() {
    // The war of 2006 is commemorated; the speech is of the news day.
    let got = dates(
        "وقال الأمين العام للحزب، في ذكرى حرب تموز 2006، إن المقاومة أقوى من أي وقت.",
        &[false],
    );
    assert_eq!(got, [("2024-12-06".to_string(), DateBasis::Publication)]);
    let got = dates(
        "وأضاف المتحدث في بيان بمناسبة الذكرى الـ12 لحرب 2012 أن الحركة لن تتراجع.",
        &[false],
    );
    assert_eq!(got, [("2024-12-06".to_string(), DateBasis::Publication)]);
    // An occasion of the last days is the day it is marked on.
    let got = dates(
        "وقال الأمين العام للحزب في ذكرى أربعين الشهداء يوم الثلاثاء إن المقاومة باقية.",
        &[false],
    );
    assert_eq!(got, [("2024-12-03".to_string(), DateBasis::Explicit)]);
}
