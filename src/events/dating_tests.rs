//! Tests of `dating.rs`.

use super::*;
use crate::events::clause::split;
use crate::events::verb;
use crate::events::view::tests::view;

pub(super) fn dates(text: &str, continues: &[bool]) -> Vec<(String, DateBasis)> {
    let v = view(text);
    let anchor: Anchor = "2024-12-06".parse().expect("an anchor");
    let mut carried = Carried::default();
    let mut out = Vec::new();
    let mut events = continues.iter();
    for c in split(&v) {
        let Some(p) = verb::find(&v, &c) else {
            carried.clause_without_event(&v, &c);
            continue;
        };
        let explicit = written(&v, &c, Some(&p));
        let cont = events.next().copied().unwrap_or(false);
        if let Some(d) = carried.date(
            &v,
            &c,
            explicit,
            if cont { Follows::Previous } else { Follows::Nothing },
            &anchor,
            &p,
        ) {
            out.push((d.value, d.basis));
        }
    }
    out
}

#[test]
fn explicit_then_inherited_then_publication() {
    let got = dates(
        "قالت السفارة يوم الثلاثاء إن الوضع خطير. وأضافت أن الطريق مغلق. وقال مصدر إن الهجوم فشل.",
        &[false, true, false],
    );
    assert_eq!(
        got,
        [
            ("2024-12-03".to_string(), DateBasis::Explicit),
            ("2024-12-03".to_string(), DateBasis::Inherited),
            ("2024-12-06".to_string(), DateBasis::Publication)
        ]
    );
}

#[test]
fn what_goes_on_since_a_date_is_told_now() {
    let got = dates("ويشن مسلحون منذ الأحد هجمات على البلدة.", &[false]);
    assert_eq!(got, [("2024-12-06".to_string(), DateBasis::Publication)]);
    // A past deed since a date happened then.
    let got = dates("وسيطر المسلحون على البلدة منذ الأحد.", &[false]);
    assert_eq!(got, [("2024-12-01".to_string(), DateBasis::Explicit)]);
}

#[test]
fn a_date_inside_what_is_said_does_not_date_the_saying() {
    let got = dates("قال المصدر إن القوات دخلت البلدة يوم الثلاثاء.", &[false]);
    assert_eq!(got, [("2024-12-06".to_string(), DateBasis::Publication)]);
}

#[test]
fn a_date_deep_in_the_object_of_a_statement_is_what_is_said() {
    use crate::events::subject::{choose, Previous};
    let v = view(
        "وأكدت الوزارة في بيان لها وصول 12 جريحا إلى المستشفيات في المدينة لترتفع الحصيلة يوم 3 آذار 2024 إلى 90.",
    );
    let c = split(&v).remove(0);
    let p = verb::find(&v, &c).expect("a verb");
    let explicit = written(&v, &c, Some(&p));
    assert!(explicit.is_some());
    let day = "2024-12-06".parse().expect("a date");
    let (_, end) = choose(&v, &c, &p, day, &Previous::default());
    assert_eq!(of_saying(&v, &c, &p, end, explicit), None);
    let v = view("وقال الوزير خلال مؤتمر صحفي مع نظيره في عمان يوم الاثنين إن الحدود مفتوحة.");
    let c = split(&v).remove(0);
    let p = verb::find(&v, &c).expect("a verb");
    let explicit = written(&v, &c, Some(&p));
    assert!(of_saying(&v, &c, &p, 2, explicit).is_some());
}

/// The date [`of_saying`] gives the statement of the first clause of `text`.
fn saying_date(text: &str) -> Option<String> {
    use crate::events::subject::{choose, Previous};
    let v = view(text);
    let c = split(&v).remove(0);
    let p = verb::find(&v, &c).expect("a verb");
    let explicit = written(&v, &c, Some(&p));
    let day = "2024-12-06".parse().expect("a date");
    let (_, end) = choose(&v, &c, &p, day, &Previous::default());
    of_saying(&v, &c, &p, end, explicit).and_then(|d| v.dates[d].mention.value.as_ref().map(|t| t.value.clone()))
}

#[test]
fn a_recent_day_at_the_end_of_a_reported_toll_dates_the_statement() {
    assert_eq!(
        saying_date("وأعلنت الشرطة مقتل ثلاثة من عناصرها جراء انفجار عبوة ناسفة على طريق المطار جنوبي المدينة فجر أمس."),
        Some("2024-12-05TMO".to_string())
    );
    // A verb or a relative pronoun between keeps the day theirs; a statement in the present is told now.
    assert_eq!(
        saying_date("وأعلنت الجماعة مسؤوليتها عن هجوم مسلح استهدف دورية للجيش على طريق المطار جنوبي المدينة أمس."),
        None
    );
    assert_eq!(
        saying_date("وانتقد الوزير بشدة منع المسيرة الطلابية التي نظمها اتحاد الطلاب وسط العاصمة أمس."),
        None
    );
    assert_eq!(
        saying_date("وتتحدث مصادر محلية عن مقتل ثلاثة من عناصر الشرطة جراء انفجار على طريق المطار فجر أمس."),
        None
    );
}

#[test]
fn a_day_to_come_is_not_passed_on() {
    let got = dates(
        "وسيفتح المعبر أمام المسافرين اعتبارا من يوم الأحد المقبل. واعتقلت الشرطة ثلاثة مطلوبين في البلدة.",
        &[true, true],
    );
    assert_eq!(got.last(), Some(&("2024-12-06".to_string(), DateBasis::Publication)));
}

#[test]
fn the_date_of_a_background_time_clause_is_not_passed_on() {
    let got = dates(
        "وجاءت الاشتباكات بعد أن سيطرت القوات على البلدة يوم الثلاثاء، في حين أعلن الجيش فتح تحقيق في الحادث.",
        &[false, false],
    );
    assert_eq!(
        got,
        [
            ("2024-12-03".to_string(), DateBasis::Explicit),
            ("2024-12-06".to_string(), DateBasis::Publication)
        ]
    );
}

#[test]
fn a_date_a_toll_covers_is_not_passed_on() {
    let got = dates(
        "وبلغت حصيلة الاشتباكات المتواصلة طيلة ليل السبت 12 قتيلا. وأضاف المصدر أن الهدوء عاد إلى المدينة.",
        &[true],
    );
    assert_eq!(got, [("2024-12-06".to_string(), DateBasis::Publication)]);
}

#[test]
fn a_bound_is_not_passed_on() {
    let got = dates("تدور منذ الأحد اشتباكات عنيفة. وقال مصدر إن القصف مستمر.", &[true]);
    assert_eq!(got, [("2024-12-06".to_string(), DateBasis::Publication)]);
}

#[test]
fn a_date_in_a_relative_clause_dates_neither_the_event_nor_what_follows() {
    let got = dates(
        "وعدد القائد مكاسب الحملة، التي بدأها في 3 آذار الماضي. وأضاف أن قواته تقدمت.",
        &[true],
    );
    assert_eq!(got, [("2024-12-06".to_string(), DateBasis::Publication)]);
    let got = dates("سيطرت الفصائل على تلة قرب البلدة التي تشهد منذ شهرين معارك.", &[false]);
    assert_eq!(got, [("2024-12-06".to_string(), DateBasis::Publication)]);
    let got = dates(
        "وبثت الفصائل صورا من داخل بلدة الريحان، وهي بلدة تسيطر عليها القوات منذ تشرين الأول 2023.",
        &[false],
    );
    assert_eq!(got, [("2024-12-06".to_string(), DateBasis::Publication)]);
    // A relative clause that only names closes before the date of the main verb.
    let got = dates(
        "وكانت القوات قد بدأت الحملة التي أسمتها \"درع الجبل\" يوم الأربعاء.",
        &[false],
    );
    assert_eq!(got, [("2024-12-04".to_string(), DateBasis::Explicit)]);
}

/// The date of the saying of the first clause's statement, as the extractor asks for it (published on Friday
/// 2024-12-06); the tests of `dating_saying.rs` ask it too.
pub(super) fn saying(text: &str) -> Option<String> {
    use crate::events::subject::{choose, Previous};
    let v = view(text);
    let c = split(&v).remove(0);
    let p = verb::find(&v, &c).expect("a verb");
    let explicit = written(&v, &c, Some(&p));
    let day = "2024-12-06".parse().expect("a date");
    let (_, end) = choose(&v, &c, &p, day, &Previous::default());
    let d = of_saying(&v, &c, &p, end, explicit)?;
    v.dates[d].mention.value.as_ref().map(|t| t.value.clone())
}

#[test]
fn a_span_dates_a_statement_only_right_after_its_subject() {
    assert_eq!(saying("أعلن المرصد عن مقتل 40 شخصا خلال الأسبوعين الماضيين."), None);
    assert!(saying("وكانت الوزارة أعلنت خلال الشهرين الماضيين إغلاق المعابر.").is_some());
}

#[test]
fn a_date_in_a_phrase_opened_by_since_is_not_passed_on() {
    // A comparison with the past: the war's summer is not when the minister went on speaking.
    let got = dates(
        "قال الوزير إن 68 شخصا أصيبوا. ويعد القصف الأعنف منذ الحرب بين البلدين في صيف عام 2006. وأوضح أن الفرق تعمل.",
        &[true, true],
    );
    assert_eq!(got.last(), Some(&("2024-12-06".to_string(), DateBasis::Publication)));
}

#[test]
fn a_count_back_after_since_is_not_passed_on() {
    let got = dates(
        "تتواصل المعارك في المدينة منذ 22 شهرا. وقالت الكتائب إن مقاتليها صدوا هجوما.",
        &[true],
    );
    assert_eq!(got, [("2024-12-06".to_string(), DateBasis::Publication)]);
}

/// The date of each event of `text` as the extractor gives it (published on Friday 2024-12-06); the tests of a
/// clause without an event ask it too.
pub(super) fn event_dates(text: &str) -> Vec<String> {
    let article = crate::events::Extractor::new().extract(text, "2024-12-06".parse().expect("an anchor"));
    article
        .events
        .into_iter()
        .map(|e| e.date.map(|d| d.value).unwrap_or_default())
        .collect()
}

#[test]
fn a_span_of_hours_or_days_counted_from_the_anchor_dates_no_event() {
    // What the count covers; the statement is of the publication day.
    assert_eq!(
        event_dates("أعلن الجيش الإسرائيلي استهداف أكثر من 160 موقعا في الـ24 ساعة الماضية."),
        ["2024-12-06"]
    );
    assert_eq!(
        event_dates("قال المرصد السوري إن 40 شخصا قتلوا. وأحصى المرصد السوري مقتل 12 خلال الأيام الثلاثة الماضية."),
        ["2024-12-06", "2024-12-06"]
    );
}

#[test]
fn an_according_phrase_that_tells_when_its_source_spoke_dates_the_report() {
    // The since-phrase bounds the toll; the ministry spoke on Thursday evening.
    let got = event_dates(
        "ارتفع عدد القتلى جراء القصف منذ السبت الماضي إلى 61، وفق ما أعلنت وزارة الصحة في الإقليم مساء الخميس.",
    );
    assert_eq!(got, ["2024-12-05TEV"]);
    // The statement's day, not the evening of the deed it reports, and the next statement goes on from it.
    let got = event_dates(
        "قتل تسعة مزارعين في قرية الحمرا مساء الثلاثاء، وفق ما أعلنته لجنة أهالي القرية في بيان اليوم الأربعاء. وأوضحت اللجنة أن المحاصيل أحرقت.",
    );
    assert_eq!(got.first().map(String::as_str), Some("2024-12-04"));
    assert_eq!(got.last().map(String::as_str), Some("2024-12-04"));
    // Without a date of its own the phrase leaves the clause's date standing.
    let got = event_dates("وجرح طفل برصاص مجهولين قرب بلدة السلام مساء الاثنين، بحسب ما أفاد به الهلال الأحمر.");
    assert_eq!(got, ["2024-12-02TEV"]);
}

#[test]
fn a_date_after_the_according_phrase_and_a_comma_is_the_next_clause_s() {
    let got = event_dates(
        "قتل 20 شخصا في اشتباكات بالريف الغربي يوم الأربعاء، بحسب المرصد السوري لحقوق الإنسان، فيما تتواصل المعارك صباح أمس.",
    );
    assert_eq!(got.first().map(String::as_str), Some("2024-12-04"), "{got:?}");
}

#[test]
fn a_since_clause_passes_its_date_on_to_no_one() {
    let got = event_dates(
        "أفاد محافظ الإقليم يوسف الدباغ، اليوم الجمعة، بنزوح آلاف السكان، منذ أن بدأت القوات هجومها قبل يومين. وقال الدباغ في تسجيل مصور إن الطرق مزدحمة.",
    );
    assert_eq!(got.last().map(String::as_str), Some("2024-12-06"), "{got:?}");
}

#[test]
fn a_clause_back_in_the_story_after_a_pluperfect_background_does_not_take_its_date() {
    let text = "قال المتحدث باسم التحالف تركي المالكي إن الطرق البحرية آمنة. وكانت قوات الدفاع الجوي الملكي السعودي اعترضت أمس طائرة مسيرة فوق جازان. وأشار المالكي إلى أن الرحلات مستمرة.";
    let got = event_dates(text);
    assert_eq!(got, ["2024-12-06", "2024-12-05", "2024-12-06"], "{got:?}");
    // Named again in a plain past, the background's subject is back in the story.
    let text = "أعلنت الخارجية استئناف المحادثات. وكانت قوات الدعم السريع قد طالبت في أكتوبر بتأجيلها. وتجاهلت قوات الدعم السريع أسئلة الصحفيين.";
    let got = event_dates(text);
    assert_eq!(got.last().map(String::as_str), Some("2024-12-06"), "{got:?}");
    // The subject of the background clause going on keeps its date.
    let text = "قال المتحدث باسم التحالف تركي المالكي إن الطرق البحرية آمنة. وكانت وزارة الدفاع السعودية أعلنت أمس اعتراض طائرة مسيرة. وأكدت الوزارة أن الرحلات مستمرة.";
    let got = event_dates(text);
    assert_eq!(got.last().map(String::as_str), Some("2024-12-05"), "{got:?}");
    // A background that tells no event ("رابطت" is no verb of the vocabulary): the speaker named again by
    // surname is back in the story.
    let text = "أجرى رئيس مجلس السيادة عبد الفتاح البرهان أمس زيارة إلى البلدة. وكانت قوة مسلحة قد رابطت، في يونيو من العام الماضي، في البلدة. وأشاد البرهان بصمود المواطنين.";
    let got = event_dates(text);
    assert_eq!(got, ["2024-12-05", "2024-12-06"], "{got:?}");
}

#[test]
fn a_speaker_named_again_after_another_goes_on_from_their_own_date() {
    // After a lead of the day of publication (one of the day before would make the dispatch its report).
    let text = "أعلن الجيش اليوم أنه فتح الطريق. وقال عضو مجلس السيادة شمس الدين كباشي أمس إن الجيش لن يفاوض. وقالت مصادر محلية إن الاشتباكات دارت. وأشار كباشي إلى أن الممرات ستفتح.";
    let got = event_dates(text);
    assert_eq!(got, ["2024-12-06", "2024-12-05", "2024-12-06", "2024-12-05"], "{got:?}");
}

#[test]
fn the_according_phrase_dates_a_statement_whose_object_holds_another_date() {
    let got = saying("أعربت تونس عن ترحيبها بالتوقيع على اتفاق الهدنة بين الطرفين في 2 كانون الأول الجاري، حسبما أكده أمس المتحدث باسم الخارجية.");
    assert_eq!(got.as_deref(), Some("2024-12-05"));
}

#[test]
fn a_past_deed_is_not_dated_after_publication() {
    // The plan ratified on publication day starts on 12 December: that day is the plan's, not the deed's.
    let got = dates(
        "وصادق المجلس أمس على خطة تبدأ في 12 كانون الأول وتستمر حتى 20 منه.",
        &[false],
    );
    assert_eq!(got, [("2024-12-05".to_string(), DateBasis::Explicit)]);
    let got = dates("وصادق المجلس على خطة تبدأ في 12 كانون الأول.", &[false]);
    assert_eq!(got, [("2024-12-06".to_string(), DateBasis::Publication)]);
    // A verb in the present may tell what is to come.
    let got = dates("ويصادق المجلس في 12 كانون الأول على الخطة.", &[false]);
    assert_eq!(got[0].0, "2024-12-12");
}

#[test]
fn earlier_or_later_ties_a_clause_to_the_time_of_the_one_before() {
    let got = dates(
        "قال المحافظ يوم الثلاثاء إن الطريق مغلق. وفي وقت سابق، أعلن الجيش إسقاط طائرتين.",
        &[false, false],
    );
    assert_eq!(
        got,
        [
            ("2024-12-03".to_string(), DateBasis::Explicit),
            ("2024-12-03".to_string(), DateBasis::Inherited)
        ]
    );
}

#[test]
fn a_date_set_apart_after_a_relative_clause_dates_the_main_verb() {
    let got = dates(
        "وأفاد الناطق باسم العملية التي تقوم بها القوات الحكومية، الثلاثاء بمقتل عشرة مسلحين.",
        &[false],
    );
    assert_eq!(got, [("2024-12-03".to_string(), DateBasis::Explicit)]);
    // Inside the relative clause, a date is the relative clause's.
    let got = dates(
        "وأفاد الناطق باسم العملية التي بدأت الثلاثاء بمقتل عشرة مسلحين.",
        &[false],
    );
    assert_eq!(got, [("2024-12-06".to_string(), DateBasis::Publication)]);
}

#[test]
fn a_date_after_the_object_of_a_background_statement_is_the_statement_s() {
    // Told in the pluperfect, the statement was made then.
    assert_eq!(
        saying("وكانت الهيئة أعلنت تعليق جميع الرحلات الجوية من المطار الدولي الوحيد في شمال البلاد في أيلول."),
        Some("2024-09".to_string())
    );
    // Told in the past, the date is what is said.
    assert_eq!(
        saying("أعلنت الهيئة تعليق جميع الرحلات الجوية من المطار الدولي الوحيد في شمال البلاد في أيلول."),
        None
    );
    // A verb between: the date is the deed's.
    assert_eq!(
        saying("وكانت الهيئة أعلنت عن مقتل شاب في قصف استهدف أطراف البلدة الشمالية أمس."),
        None
    );
}

#[test]
fn a_statement_does_not_take_the_date_of_the_history_told_before_it() {
    let got = dates(
        "وشارك عناصر الكتيبة في معارك المدينة عام 2015، وتؤكد قيادتها أنها تتبع الجيش.",
        &[false, false],
    );
    assert_eq!(
        got,
        [
            ("2015".to_string(), DateBasis::Explicit),
            ("2024-12-06".to_string(), DateBasis::Publication)
        ]
    );
    // What a speaker goes on to say after a statement of theirs made back then keeps its date.
    let got = dates(
        "وفي عام 2015 قال الوزير إن الحدود مغلقة. وأضاف أن الطريق مقطوع.",
        &[false, true],
    );
    assert_eq!(
        got,
        [
            ("2015".to_string(), DateBasis::Explicit),
            ("2015".to_string(), DateBasis::Inherited)
        ]
    );
}

#[test]
fn a_date_closing_an_aside_right_before_the_content_dates_the_saying() {
    assert_eq!(
        saying("وقال المتحدث باسم الهيئة، التي تدير المعبر الحدودي، في بيان الأحد، إن الحركة متوقفة."),
        Some("2024-12-01".to_string())
    );
    // Not right before the content: the relative clause's.
    assert_eq!(
        saying("وقال المتحدث باسم الهيئة التي أغلقت المعبر يوم الأحد إن الحركة متوقفة."),
        None
    );
}

#[test]
fn a_date_set_apart_right_before_the_content_dates_the_saying_after_a_long_relative_clause() {
    assert_eq!(
        saying("وقال العقيد الذي يعد القائد الميداني الذي أشرف على انسحاب الكتيبة، في حديث للصحفيين، الثلاثاء إن المواقع ستستعاد."),
        Some("2024-12-03".to_string())
    );
    // What the speaker goes on to say takes that day, not that of their earlier statement.
    let text = "قال عضو مجلس السيادة شمس الدين كباشي أمس إن الجيش لن يفاوض. وقال كباشي الذي يعد القائد الذي أشرف على انسحاب الكتيبة من المدينة، في حديث للصحفيين، اليوم إن المواقع ستستعاد. وأضاف أن الممرات ستفتح.";
    let got = event_dates(text);
    assert_eq!(got, ["2024-12-05", "2024-12-06", "2024-12-06"], "{got:?}");
}

#[test]
fn a_date_after_an_accusation_s_charge_is_the_deed_accused() {
    assert_eq!(
        event_dates("اتهم المجلس العسكري الحكومة، بقصف القرية في شمال البلاد أمس الخميس بالمدفعية."),
        ["2024-12-06"]
    );
    assert_eq!(
        event_dates("واتهمت وزارة الخارجية الروسية الجيش الأوكراني بقتل العشرات الأربعاء في الريف."),
        ["2024-12-06"]
    );
    // Before the charge, the date is the accusation's.
    assert_eq!(
        event_dates("اتهم المجلس العسكري أمس الحكومة بقصف القرية."),
        ["2024-12-05"]
    );
}

#[test]
fn a_deed_in_the_next_sentence_goes_on_with_the_dated_scene() {
    let text = "وقصفت المدفعية الإسرائيلية البلدة يوم الثلاثاء.\nوهاجم المسلحون نقاطا أمنية في المدينة. وقال الجيش الإسرائيلي إن الوضع هادئ.";
    // The statement after it, with no date of its own, is of the publication day.
    assert_eq!(event_dates(text), ["2024-12-03", "2024-12-03", "2024-12-06"]);
    // "كما" joins a deed to the scene as "و" does.
    let text = "وقصفت المدفعية الإسرائيلية البلدة يوم الثلاثاء. كما قصف الطيران الإسرائيلي أطراف المدينة.";
    assert_eq!(event_dates(text), ["2024-12-03", "2024-12-03"]);
}

#[test]
fn a_statement_in_the_present_is_made_on_the_day_of_the_news() {
    // "ويقول" opens a sentence of its own after a dated statement: what is said now, not on that day.
    let text =
        "قال مسؤولون في مستشفى الرحمة يوم الخميس إن 4 أشخاص قتلوا في القصف. ويقول المسؤولون إن الأطباء غادروا المبنى.";
    assert_eq!(event_dates(text), ["2024-12-05", "2024-12-06"]);
    // A statement in the past there goes on with the dated one, as before.
    let text =
        "قال مسؤولون في مستشفى الرحمة يوم الخميس إن 4 أشخاص قتلوا في القصف. وقال المسؤولون إن الأطباء غادروا المبنى.";
    assert_eq!(event_dates(text), ["2024-12-05", "2024-12-05"]);
}

#[test]
fn a_date_after_a_deed_noun_in_a_statement_dates_the_deed() {
    // "ووصفت الإذاعة القصف المدفعي أمس بالعنيف": yesterday's shelling, described today.
    let got = dates("ووصفت الإذاعة الرسمية القصف المدفعي أمس بالعنيف.", &[false]);
    assert_eq!(got, [("2024-12-06".to_string(), DateBasis::Publication)]);
    let got = dates("وأدانت الحكومة التونسية غارة فجر أمس على القرية.", &[false]);
    assert_eq!(got, [("2024-12-06".to_string(), DateBasis::Publication)]);
    // A date of the saying itself, before its object, is kept.
    let got = dates("وأدانت الحكومة التونسية أمس الغارة على القرية.", &[false]);
    assert_eq!(got, [("2024-12-05".to_string(), DateBasis::Explicit)]);
}

#[test]
fn another_speaker_after_a_contrast_does_not_take_the_sentence_s_date() {
    let day = |d: &str, b: DateBasis| (d.to_string(), b);
    // "فيما", "بينما", "لكن", "في حين": another side of the news, told by the day of publication.
    for text in [
        "اقتحمت الشرطة المخيم الأربعاء، فيما قال ناشطون إن العشرات اعتقلوا.",
        "اقتحمت الشرطة المخيم الأربعاء، بينما أكد الأهالي أن العشرات اعتقلوا.",
        "اقتحمت الشرطة المخيم الأربعاء، لكن الأهالي أكدوا أن العشرات اعتقلوا.",
        "اقتحمت الشرطة المخيم الأربعاء، في حين أعلنت اللجنة أن العشرات اعتقلوا.",
    ] {
        let got = dates(text, &[false, false]);
        assert_eq!(
            got,
            [
                day("2024-12-04", DateBasis::Explicit),
                day("2024-12-06", DateBasis::Publication)
            ],
            "{text}"
        );
    }
    // "في وقت" tells what was said at the same time, and the same speaker goes on with the date.
    let got = dates(
        "اقتحمت الشرطة المخيم الأربعاء، في وقت قال ناشطون إن العشرات اعتقلوا.",
        &[false, false],
    );
    assert_eq!(got[1], day("2024-12-04", DateBasis::Inherited));
    let got = dates(
        "أعلنت الشرطة الأربعاء اعتقال العشرات، فيما قالت إن التحقيق مستمر.",
        &[false, true],
    );
    assert_eq!(got[1], day("2024-12-04", DateBasis::Inherited));
}

#[test]
fn a_statement_in_a_sentence_of_its_own_does_not_take_the_day_of_a_deed_of_force() {
    // The same body named again, in a sentence of its own: its statement is made on the day of the news.
    let got = dates(
        "شنت البحرية غارات على مواقع في الساحل يوم الأربعاء. وقالت البحرية في بيان إن الغارات دمرت مخازن للذخيرة.",
        &[false, true],
    );
    assert_eq!(
        got,
        [
            ("2024-12-04".to_string(), DateBasis::Explicit),
            ("2024-12-06".to_string(), DateBasis::Publication)
        ]
    );
    // In the deed's own sentence, or tied to it by "حينها", the statement keeps its day.
    let got = dates(
        "شنت البحرية غارات على مواقع في الساحل يوم الأربعاء، وقالت البحرية إن الغارات دمرت مخازن.",
        &[false, true],
    );
    assert_eq!(got[1], ("2024-12-04".to_string(), DateBasis::Inherited));
    let got = dates(
        "شنت البحرية غارات على مواقع في الساحل يوم الأربعاء. وقالت البحرية حينها إن الغارات دمرت مخازن.",
        &[false, true],
    );
    assert_eq!(got[1], ("2024-12-04".to_string(), DateBasis::Inherited));
    // A visit is the occasion of what is said at it.
    let got = dates(
        "زار الوزير مستشفى المدينة يوم الأربعاء. وقال الوزير إن الأطباء يعملون بلا توقف.",
        &[false, true],
    );
    assert_eq!(got[1], ("2024-12-04".to_string(), DateBasis::Inherited));
}

#[test]
fn a_since_date_of_a_noun_or_of_another_verb_does_not_date_a_past_deed() {
    // The year tells when the war broke out, not when the forces entered.
    let got = dates(
        "دخلت القوات الروسية البلدة للمرة الأولى منذ اندلاع الحرب الأهلية عام 2016.",
        &[false],
    );
    assert_eq!(got, [("2024-12-06".to_string(), DateBasis::Publication)]);
    // The month tells since when the students sit in, not when the police arrested them.
    let got = dates(
        "واعتقلت الشرطة العراقية عشرات الطلاب في الساحة حيث يعتصم الطلاب منذ آذار.",
        &[false],
    );
    assert_eq!(got[0], ("2024-12-06".to_string(), DateBasis::Publication));
    // A noun that may open a date ("بداية") but opens none here: the day the offensive began, not the saying's.
    let got = dates(
        "وأوضحت الوزارة أن عدد القتلى ارتفع منذ بداية الهجوم في 3 آب 2024 إلى 410.",
        &[true],
    );
    assert_eq!(got, [("2024-12-06".to_string(), DateBasis::Publication)]);
    // Fronted, before the verb, with a noun after "منذ": what has gone on since, not the time of the deed.
    let got = dates(
        "ومنذ اندلاع المعارك في الإقليم عام 2019، شنت الطائرات عشرات الغارات.",
        &[false],
    );
    assert_eq!(got, [("2024-12-06".to_string(), DateBasis::Publication)]);
}

#[test]
fn a_date_in_a_clause_before_the_according_verb_does_not_date_the_report() {
    // The night tells when the clashes broke out (relative clause), the morning when they calmed ("قبل أن"):
    // neither tells when the source reported; the report has the publication day.
    for text in [
        "ارتفعت حصيلة المواجهات التي اندلعت ليل الأحد في مدينة حمص إلى 14 قتيلا، وفق ما أفاد مصدر في الدفاع المدني.",
        "شهدت مدينة حمص مواجهات عنيفة، قبل أن تهدأ الاشتباكات صباح يوم الأحد، بحسب ما أكدته وزارة الداخلية السورية.",
    ] {
        let article = crate::events::Extractor::new().extract(text, "2024-12-06".parse().expect("an anchor"));
        let dates: Vec<_> = article
            .events
            .iter()
            .map(|e| e.date.as_ref().map(|d| d.value.clone()))
            .collect();
        assert_eq!(dates, [Some("2024-12-06".to_string())], "{text}");
    }
}

#[test]
fn a_date_after_that_was_dates_the_event_past_a_relative_clause() {
    // "وذلك" + a date: the writer dates the clause's event, whatever relative clause stands before it.
    let got = dates(
        "وقصفت القوات التركية قرية في ريف الحسكة التي تسيطر عليها قسد، وذلك مساء أمس.",
        &[],
    );
    assert_eq!(got, [("2024-12-05TEV".to_string(), DateBasis::Explicit)]);
}

#[test]
fn meanwhile_is_the_time_of_the_clause_before() {
    // "في غضون ذلك", "في هذه الأثناء": whoever acts next does so on the day told before, not on the day of
    // publication.
    let article = crate::events::Extractor::new().extract(
        "قصفت قوات النظام السوري حي جوبر أمس. في غضون ذلك تمكنت المعارضة السورية من قتل عشرة عناصر. وفي هذه \
         الأثناء، أعلنت وزارة الدفاع التركية إغلاق المعبر.",
        "2024-12-06".parse().expect("an anchor"),
    );
    let days: Vec<&str> = article
        .events
        .iter()
        .filter_map(|e| e.date.as_ref().map(|d| d.value.as_str()))
        .collect();
    assert_eq!(days, ["2024-12-05", "2024-12-05", "2024-12-05"], "{:?}", article.events);
}
