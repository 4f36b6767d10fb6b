//! Tests of the readers of `days.rs`, on sentences of our own.

use crate::dates::test_support::{pair, read, values};

#[test]
fn a_comma_between_a_day_and_a_hijri_month_with_its_year_is_passed_over() {
    assert_eq!(
        read("الأحد 12 ,رجب 1446 محليات", "2025-01-12"),
        pair("الأحد 12 ,رجب 1446", "2025-01-12")
    );
    // Not before a Gregorian month, nor without a year after the Hijri one.
    assert_eq!(read("الصفحة 12 ,مارس 2024", "2025-01-12"), pair("مارس 2024", "2024-03"));
    assert_eq!(read("العدد 12 ,رجب", "2025-01-12"), None);
}

#[test]
fn a_comma_glued_between_a_day_and_a_latin_month_with_its_year() {
    assert_eq!(
        read("Monday 9,Mar,2026 أخبار", "2026-03-09"),
        pair("Monday 9,Mar,2026", "2026-03-09")
    );
    // Not with the comma spaced, nor without a year.
    assert_eq!(read("الفقرة 9, Mar 2026", "2026-03-09"), pair("Mar 2026", "2026-03"));
    assert_ne!(
        read("رقم 9,Mar", "2026-03-09").map(|f| f.1),
        Some("2026-03-09".to_string())
    );
}

#[test]
fn muwafiq_without_its_article_joins_the_two_calendars() {
    let found = read("يوم الاثنين 20 رجب 1446 ه موافق 20 يناير 2025 م", "2025-01-01");
    assert_eq!(
        found,
        pair("يوم الاثنين 20 رجب 1446 ه موافق 20 يناير 2025 م", "2025-01-20")
    );
}

#[test]
fn a_written_month_wins_over_the_relative_one_after_it() {
    let found = read("اعتقل في 22 نوفمبر من الشهر الماضي بعد استدعائه", "2023-12-17");
    assert_eq!(found, pair("22 نوفمبر من الشهر الماضي", "2023-11-22"));
}

#[test]
fn a_numeric_date_with_its_dashes_set_apart_by_spaces() {
    assert_eq!(
        read("تبدأ العطلة الموافق 14- 5 -2023 للطلاب", "2023-04-20"),
        pair("14- 5 -2023", "2023-05-14")
    );
    // An en dash is the same separator as a hyphen, spaced either way.
    assert_eq!(
        read("تبدأ العطلة 7 – 6 – 2023 للطلاب", "2023-04-20"),
        pair("7 – 6 – 2023", "2023-06-07")
    );
    // Without a four-digit year, dashes set apart are no date.
    assert_eq!(read("فاز الفريق 3 - 1 - 0 في المباراة", "2023-04-20"), None);
}

#[test]
fn a_weekday_then_a_colon_and_its_date() {
    assert_eq!(
        read("الجمعة: 12/05/2023 بتوقيت مكة", "2023-05-10"),
        pair("الجمعة: 12/05/2023", "2023-05-12")
    );
    // A bare number after the colon is no day of the month.
    assert_eq!(read("الأحد: 5 قتلى", "2023-05-10"), pair("الأحد", "2023-05-07"));
}

#[test]
fn a_hijri_month_before_its_day_and_year() {
    assert_eq!(
        read("شعبان 9 1445 هـ", "2024-02-01"),
        pair("شعبان 9 1445 هـ", "2024-02-19")
    );
    // Without its Hijri year after the day, a Hijri month first is no day.
    assert_ne!(
        read("شعبان 9 من الشهر", "2024-02-01").map(|f| f.1),
        Some("2024-02-19".to_string())
    );
}

#[test]
fn a_weekday_agreeing_with_a_day_of_the_month_named_last() {
    assert_eq!(
        read("حتى مساء يوم الخميس الموافق للرابع عشر منه", "2023-09-05"),
        pair("مساء يوم الخميس الموافق للرابع عشر منه", "2023-09-14TEV")
    );
}

#[test]
fn a_day_in_digits_before_the_current_month_written_out() {
    assert_eq!(
        read("يبدأ التسجيل يوم 27 الشهر الجاري", "2023-03-05"),
        pair("يوم 27 الشهر الجاري", "2023-03-27")
    );
    assert_eq!(
        read("تنتهي المهلة في 9 الشهر الحالي", "2023-03-05"),
        pair("9 الشهر الحالي", "2023-03-09")
    );
    // Digits with neither "يوم" nor a preposition before them may count what happened this month.
    assert_eq!(
        read("أصيب 9 الشهر الجاري", "2023-03-05"),
        pair("الشهر الجاري", "2023-03")
    );
}

#[test]
fn the_nth_of_the_month_named_last() {
    assert_eq!(
        read("تعقد الجلسة في الخامس عشر منه", "2023-05-02"),
        pair("الخامس عشر منه", "2023-05-15")
    );
    // A clause of a text or a phase of a plan is no day.
    assert_eq!(read("نص البند الثالث منه على", "2023-05-02"), None);
    assert_eq!(read("تستمر المرحلة الأولى منه شهرا", "2023-05-02"), None);
}

#[test]
fn an_ordinal_weekday_of_an_event_is_the_weekday_alone() {
    // "الجمعة الرابعة من الاعتصام" counts the Fridays of a sit-in: the latest Friday, not Friday the 4th.
    assert_eq!(
        read("خرج المعتصمون في الجمعة الرابعة من الاعتصام أمام البرلمان", "2025-03-12"),
        pair("الجمعة", "2025-03-07")
    );
    // Before a month or a period, or with nothing after it, the number is still the day of the month.
    assert_eq!(
        read("يعقد المؤتمر السبت الخامس من الشهر المقبل", "2025-03-12"),
        pair("السبت الخامس من الشهر المقبل", "2025-04-05")
    );
    assert_eq!(
        read("وصل الوفد يوم السبت الثامن ثم غادر", "2025-03-12"),
        pair("يوم السبت الثامن", "2025-03-08")
    );
}

#[test]
fn a_dash_between_a_day_and_min_before_a_hijri_month_with_its_year() {
    assert_eq!(
        read("صدر العدد ١٢ -من ربيع الأول 1445هـ", "2023-09-27"),
        pair("١٢ -من ربيع الأول 1445هـ", "2023-09-27")
    );
    // Not before a Hijri month without its year, nor a Gregorian month.
    let found = values("الفقرة 12 -من رجب", "2023-09-27");
    assert!(found.iter().all(|(text, _)| !text.starts_with("12")), "{found:?}");
    assert_eq!(
        read("البند 12 -من مارس 2023", "2023-09-27"),
        pair("مارس 2023", "2023-03")
    );
}

#[test]
fn a_page_stamp_writes_the_time_between_the_weekday_and_the_date() {
    assert_eq!(
        read("آخر تحديث: الأربعاء 14:30 5-3-2025", "2025-03-05"),
        pair("الأربعاء 14:30 5-3-2025", "2025-03-05T14:30")
    );
    assert_eq!(
        read("نشر في السبت 09:15 12/4/2025 القسم", "2025-04-12"),
        pair("السبت 09:15 12/4/2025", "2025-04-12T09:15")
    );
    assert_eq!(
        read("الخميس 23:05 2025-02-06", "2025-02-07"),
        pair("الخميس 23:05 2025-02-06", "2025-02-06T23:05")
    );
    // A time with no date after it leaves the weekday alone, as before.
    let found = values("الخميس 12:55 وصل الوفد", "2025-02-07");
    assert_eq!(found[0], ("الخميس".to_string(), Some("2025-02-06".to_string())));
}

#[test]
fn a_weekday_named_again_as_a_day_after_or_before_the_anchor() {
    assert_eq!(
        read("يصل الوفد يوم السبت بعد غد إلى العاصمة", "2024-12-05"),
        pair("يوم السبت بعد غد", "2024-12-07")
    );
    assert_eq!(
        read("تنطلق القمة الجمعة غدا", "2024-12-05"),
        pair("الجمعة غدا", "2024-12-06")
    );
    assert_eq!(
        read("ويبدأ الإضراب الأحد بعد غدا", "2024-12-06"),
        pair("الأحد بعد غدا", "2024-12-08")
    );
}
