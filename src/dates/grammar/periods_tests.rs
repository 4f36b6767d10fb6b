//! Tests of the readers of `periods.rs`, on sentences of our own.

use crate::dates::test_support::{pair, read, values};

#[test]
fn two_digits_after_the_word_for_year_are_a_year_of_the_1900s() {
    assert_eq!(read("والأراضي المحتلة عام 48.", "2015-03-30"), pair("عام 48", "1948"));
    assert_eq!(
        read("في أول يوم مدرسة عام ٦٦ دخلت", "2023-09-15"),
        pair("عام ٦٦", "1966")
    );
    // Below 30 the century is not known; "سنة" may count years of a life.
    assert_eq!(read("منذ عام 15 تقريبًا", "2024-12-06"), None);
    assert_eq!(read("في سنة 45 من عمره", "2024-12-06"), None);
}

#[test]
fn the_gregorian_year_named_before_its_number() {
    assert_eq!(
        read("للموظفين للعام الميلادي 2024 ويشمل الجدول", "2023-12-20"),
        pair("لعام الميلادي 2024", "2024")
    );
    assert_eq!(
        read("خلال السنة الميلادية 2023 وما قبلها", "2024-12-06"),
        pair("السنة الميلادية 2023", "2023")
    );
}

#[test]
fn a_year_that_closes_a_title_or_a_clause() {
    assert_eq!(
        read("معرض الفنون الإسلامية 1962: صور نادرة", "2024-12-06"),
        pair("1962", "1962")
    );
    assert_eq!(read("وُلد في القاهرة (1931) ودرس", "2024-12-06"), pair("1931", "1931"));
    assert_eq!(
        read("تقرير التنمية البشرية، 2003 ، الأمم المتحدة", "2024-12-06"),
        pair("2003", "2003")
    );
    assert_eq!(read("ضمن رؤية المملكة 2030.", "2024-12-06"), pair("2030", "2030"));
    // A count after a word that leads one, and a number before a noun, are no years.
    assert_eq!(read("وبلغ عدد المشاركين 2000.", "2024-12-06"), None);
    assert_eq!(read("ارتفع المؤشر إلى 1950، وهو", "2024-12-06"), None);
    assert_eq!(read("تضم المدينة 2000 منزل", "2024-12-06"), None);
}

#[test]
fn a_year_after_an_edition_a_fiscal_year_a_tournament_or_a_feast() {
    assert_eq!(read("خلال نسخة 2015 من الدوري", "2024-03-01"), pair("2015", "2015"));
    assert_eq!(
        read("ميزانية السنة المالية 2021 للشركة", "2024-03-01"),
        pair("2021", "2021")
    );
    assert_eq!(read("نهائي كأس العالم 2022 في قطر", "2024-03-01"), pair("2022", "2022"));
    // After "عيد", one word, the feast's name, may stand between.
    assert_eq!(
        read("تهاني عيد الاستقلال 2023 للجميع", "2024-03-01"),
        pair("2023", "2023")
    );
    assert_eq!(read("وصل عدد الزوار 2023 زائرا", "2024-03-01"), None);
}

#[test]
fn a_year_with_its_era_after_this_year_is_that_year() {
    assert_eq!(
        read("ولهذا العام 1445 هـ صدر القرار", "2024-06-13"),
        pair("هذا العام 1445 هـ", "2023-07-19/2024-07-06")
    );
    // Without an era the anchor's year stands, and a count after it is no year.
    assert_eq!(read("هذا العام 2000 زائر", "2024-06-13"), pair("هذا العام", "2024"));
}

#[test]
fn a_year_after_a_noun_that_names_an_event_by_it_is_that_year() {
    assert_eq!(
        read("خاض الجيش حرب 1973 على جبهتين", "2024-06-13"),
        pair("1973", "1973")
    );
    assert_eq!(read("قبل لانتخابات 2026 بأشهر", "2024-06-13"), pair("2026", "2026"));
    assert_eq!(read("عن مرحلة ما بعد 2011!", "2024-06-13"), pair("2011", "2011"));
    assert_eq!(read("ذكرى ثورة 1919 المصرية", "2024-06-13"), pair("1919", "1919"));
    // A day and month after a revolution are still its name, and a count after another noun no year.
    assert_eq!(read("شباب ثورة 25 يناير", "2024-06-13"), None);
    assert_eq!(read("شارك 2000 متظاهر", "2024-06-13"), None);
}

#[test]
fn a_year_of_three_digits_needs_its_year_word_and_era() {
    assert_eq!(read("في معركة كربلاء عام 680م.", "2024-06-13"), pair("عام 680م", "0680"));
    assert_eq!(read("منذ سنة 284 م", "2024-06-13"), pair("سنة 284 م", "0284"));
    assert_eq!(read("على بعد 500م من الحدود", "2024-06-13"), None);
    // Two digits from 30 are a year of the 1900s in shorthand (two_digits_after_the_word_for_year...).
    assert_eq!(read("في عام 48 هاجروا", "2024-06-13"), pair("عام 48", "1948"));
}

#[test]
fn an_epithet_between_a_month_and_its_year() {
    assert_eq!(
        read("ومن ثم ثورة مايس الخالدة 1941 التي قادها", "2015-07-14"),
        pair("مايس الخالدة 1941", "1941-05")
    );
    assert_eq!(
        read("قامت ثورة تموز المجيدة 1958", "2015-07-14"),
        pair("تموز المجيدة 1958", "1958-07")
    );
    // Without a year after it, the epithet is left out.
    assert_eq!(read("في تموز المجيد", "2015-07-14"), pair("تموز", "2015-07"));
}

#[test]
fn a_bare_year_beside_the_anchors_hijri_year_is_hijri() {
    assert_eq!(
        read("استعدادات موسم الحج لعام 1446", "2025-05-20"),
        pair("عام 1446", "2024-07-07/2025-06-25")
    );
    assert_eq!(
        read("في عام 1453 فتحت القسطنطينية", "2025-05-20"),
        pair("عام 1453", "1453")
    );
}

#[test]
fn a_part_of_the_day_before_a_day_written_with_the_article() {
    let found = read("اعتقل فجر الـ 6 من آب الجاري في بلدته", "2019-08-20");
    assert_eq!(found, pair("فجر الـ 6 من آب الجاري", "2019-08-06TMO"));
}

#[test]
fn colloquial_and_dropped_letter_forms() {
    assert_eq!(
        read("موضوعنا انهاردة عن مصر", "2025-07-01"),
        pair("انهاردة", "2025-07-01")
    );
    assert_eq!(
        read("وكانوا اعلنوا لأربعاء، سقوط", "2023-11-02"),
        pair("لأربعاء", "2023-11-01")
    );
    let found = read("تبدأ الساعة الواحدة والنص بعد الظهر", "2025-11-28");
    assert_eq!(found, pair("الساعة الواحدة والنص بعد الظهر", "2025-11-28T13:30"));
    let found = read("منذ تسعنيات القرن الماضي", "2017-06-16");
    assert_eq!(found, pair("تسعنيات القرن الماضي", "199"));
}

#[test]
fn a_count_after_another_event_is_no_date() {
    assert_eq!(read("بعد ثلاثة أعوام على تأسيسها", "2023-05-10"), None);
    // "قبل" with "على" may be "against": still a count from the anchor.
    assert_eq!(
        read("هجوم بدأ قبل يومين على الحدود", "2023-05-10"),
        pair("قبل يومين", "2023-05-08")
    );
}

#[test]
fn a_period_then_the_full_date_it_names_is_that_date() {
    assert_eq!(
        read("كما جرى العام الماضي 3 مارس 2023 في الساحة", "2024-05-01"),
        pair("العام الماضي 3 مارس 2023", "2023-03-03")
    );
    assert_eq!(
        read("الشهر الماضي 12 نوفمبر 2024", "2024-12-06"),
        pair("الشهر الماضي 12 نوفمبر 2024", "2024-11-12")
    );
    assert_eq!(
        read("الأسبوع الماضي، 28/11/2024", "2024-12-06").map(|p| p.1),
        Some("2024-11-28".to_string())
    );
}

#[test]
fn a_count_from_a_time_named_before_is_no_date() {
    assert!(values("حكم البلاد منذ ثلاثين عاما حينها", "2020-01-25").is_empty());
    assert!(values("كان قد غادر قبل عامين آنذاك", "2020-01-25").is_empty());
    assert!(values("بعد أسبوع وقتها وصل الرد", "2020-01-25").is_empty());
}

#[test]
fn a_count_before_the_object_of_a_verb_that_takes_min_is_from_the_anchor() {
    assert_eq!(
        read("وكانت الأرصاد حذرت قبل ثلاثة أيام من موجة حر", "2024-07-10"),
        pair("قبل ثلاثة أيام", "2024-07-07")
    );
    assert_eq!(
        read("الخبراء نبهوا قبل يومين من خطورة الوضع", "2024-07-10").map(|p| p.1),
        Some("2024-07-08".to_string())
    );
    assert_eq!(
        read("وحذر قبل أسبوعين من انهيار المبنى", "2024-07-10").map(|p| p.0),
        Some("قبل أسبوعين".to_string())
    );
    // After any other word the count is from the event.
    assert!(values("وصل الوفد قبل يومين من الانتخابات", "2024-07-10").is_empty());
}
