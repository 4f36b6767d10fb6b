//! Tests of the readers of `ranges.rs`, on sentences of our own.

use crate::dates::{Anchor, DateFinder};

/// The value of the one mention of `text`, which covers `phrase`.
fn value(text: &str, phrase: &str, anchor: &str) -> Option<String> {
    let anchor: Anchor = anchor.parse().ok()?;
    let found = DateFinder::new().find(text, Some(&anchor));
    let [mention] = &found[..] else { return None };
    assert_eq!(mention.text, phrase);
    Some(mention.value.as_ref()?.value.clone())
}

#[test]
fn days_listed_in_words_or_with_dashes_and_the_weekdays_after_a_range() {
    assert_eq!(
        value(
            "تكون الخامس والسادس والسابع من مارس عطلة",
            "الخامس والسادس والسابع من مارس",
            "2025-02-20"
        )
        .as_deref(),
        Some("2025-03-05/2025-03-07")
    );
    assert_eq!(
        value("المعرض أيام 7-8-9 مارس 2025 بالمدينة", "7-8-9 مارس 2025", "2025-02-20").as_deref(),
        Some("2025-03-07/2025-03-09")
    );
    // The weekdays of the first and last days, after a comma or a dash, are read with the range.
    assert_eq!(
        value(
            "عطلة في 6 و7 مارس، الخميس والجمعة، للموظفين",
            "6 و7 مارس، الخميس والجمعة",
            "2025-02-20"
        )
        .as_deref(),
        Some("2025-03-06/2025-03-07")
    );
    assert_eq!(
        value(
            "من 3 مارس إلى 7 مارس - الاثنين إلى الجمعة",
            "من 3 مارس إلى 7 مارس - الاثنين إلى الجمعة",
            "2025-02-20"
        )
        .as_deref(),
        Some("2025-03-03/2025-03-07")
    );
    // "ونهايتها في": the end of what began on the first date.
    assert_eq!(
        value(
            "تبدأ يوم الأول من مارس ونهايتها في الخامس من مارس",
            "يوم الأول من مارس ونهايتها في الخامس من مارس",
            "2025-02-20"
        )
        .as_deref(),
        Some("2025-03-01/2025-03-05")
    );
}

#[test]
fn a_number_before_a_full_date_is_no_year_of_a_range() {
    let v = value(
        "المجلة-العدد: 1984 - 2006 / 5 / 4 - 10:20 المحور",
        "2006 / 5 / 4 - 10:20",
        "2024-12-06",
    );
    assert_eq!(v.as_deref(), Some("2006-05-04T10:20"));
    // Two years alone are still a range.
    let v = value("خلال الفترة 1967 - 2007 في البلاد", "1967 - 2007", "2024-12-06");
    assert_eq!(v.as_deref(), Some("1967/2007"));
}

#[test]
fn days_of_one_month_joined_by_a_dash_of_any_kind() {
    // Tatweel written as a dash.
    let v = value("تقام الدورة 4 ــ 6 مارس المقبل", "4 ــ 6 مارس المقبل", "2024-12-06");
    assert_eq!(v.as_deref(), Some("2025-03-04/2025-03-06"));
    // A weekday before the range: the weekday of its first day.
    let v = value(
        "تنطلق الخميس 5-7 ديسمبر 2024 في عمان",
        "الخميس 5-7 ديسمبر 2024",
        "2024-12-01",
    );
    assert_eq!(v.as_deref(), Some("2024-12-05/2024-12-07"));
}

#[test]
fn two_clock_times_joined_by_a_dash() {
    let v = value("يفتح المعبر من الساعة 4- 7 مساء", "من الساعة 4- 7 مساء", "2024-12-06");
    assert_eq!(v.as_deref(), Some("2024-12-06T16:00/2024-12-06T19:00"));
}

#[test]
fn two_parts_of_days_in_a_row() {
    let v = value(
        "دارت معارك الليلة الماضية حتى فجر اليوم في المدينة",
        "الليلة الماضية حتى فجر اليوم",
        "2024-12-06",
    );
    assert_eq!(v.as_deref(), Some("2024-12-05TNI/2024-12-06TMO"));
    let v = value("ما حدث خلال مساء أمس وصباح اليوم.", "مساء أمس وصباح اليوم", "2024-12-06");
    assert_eq!(v.as_deref(), Some("2024-12-05TEV/2024-12-06TMO"));
    // A later part first is a list of two, not a span.
    let found = crate::dates::test_support::values("صباح اليوم ومساء أمس", "2024-12-06");
    assert_eq!(found.len(), 2);
}

#[test]
fn a_range_of_dates_joined_past_an_aside_a_verb_of_lasting_or_from_a_part_of_a_day() {
    let v = value(
        "العطلة من الأحد 8 مارس (الموافق 19 رمضان) وحتى الخميس 12 مارس للجميع",
        "من الأحد 8 مارس (الموافق 19 رمضان) وحتى الخميس 12 مارس",
        "2026-03-01",
    );
    assert_eq!(v.as_deref(), Some("2026-03-08/2026-03-12"));
    let v = value(
        "تبدأ الدورة يوم السبت 3 يناير لتتواصل إلى غاية يوم الخميس 8 يناير بالقاعة",
        "يوم السبت 3 يناير لتتواصل إلى غاية يوم الخميس 8 يناير",
        "2026-01-01",
    );
    assert_eq!(v.as_deref(), Some("2026-01-03/2026-01-08"));
    let v = value(
        "تنطلق مساء الجمعة 6 مارس، وصولاً إلى صباح الأحد 8 مارس في المدينة",
        "مساء الجمعة 6 مارس، وصولاً إلى صباح الأحد 8 مارس",
        "2026-03-01",
    );
    assert_eq!(v.as_deref(), Some("2026-03-06TEV/2026-03-08TMO"));
    let v = value(
        "من الأحد 4 أكتوبر حتى الموافق 8 من شهر أكتوبر 2026 للطلاب",
        "من الأحد 4 أكتوبر حتى الموافق 8 من شهر أكتوبر 2026",
        "2026-09-01",
    );
    assert_eq!(v.as_deref(), Some("2026-10-04/2026-10-08"));
}

#[test]
fn a_second_day_of_the_same_month_after_and() {
    assert_eq!(
        value(
            "يصل الوفد في 7 مارس المقبل و8 منه إلى عمّان",
            "7 مارس المقبل و8 منه",
            "2024-02-10"
        ),
        Some("2024-03-07/2024-03-08".into())
    );
}

#[test]
fn a_range_of_two_months_and_a_range_to_the_end_of_a_day() {
    assert_eq!(
        value("يتوقع ذلك بين أيلول وشباط", "بين أيلول وشباط", "2023-10-20"),
        Some("2023-09/2024-02".into())
    );
    assert_eq!(
        value(
            "العمل من يوم الاثنين الموافق 6- 3 -2023، إلى نهاية يوم الجمعة الموافق 10 - 3 - 2023",
            "من يوم الاثنين الموافق 6- 3 -2023، إلى نهاية يوم الجمعة الموافق 10 - 3 - 2023",
            "2023-02-20"
        ),
        Some("2023-03-06/2023-03-10".into())
    );
}

#[test]
fn a_number_after_a_full_date_is_no_end_day() {
    // "إلى 410" counts a toll up to a number: after a date with its year, a bare number is no day of a range.
    assert_eq!(
        value("ارتفع عدد القتلى منذ 3 آب 2024 إلى 410 قتيلا", "3 آب 2024", "2024-12-06").as_deref(),
        Some("2024-08-03")
    );
    // Without a year, the last day alone still ends the range.
    assert_eq!(
        value("تعقد الدورة في تموز 13 إلى 15", "تموز 13 إلى 15", "2024-06-06").as_deref(),
        Some("2024-07-13/2024-07-15")
    );
}
