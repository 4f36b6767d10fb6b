//! How a date stands to the day of the news: long before it ([`history`]), after it ([`to_come`]), or the
//! day of the news or the day before, in the daytime ([`fresh_day`]).

use crate::dates::Granularity;
use crate::events::view::View;

/// How many days before publication a date tells history rather than the news ([`history`]).
const HISTORY_DAYS: i64 = 365;

/// Whether date `d` ends more than [`HISTORY_DAYS`] before publication ("اغتيال الحريري يوم 14 شباط 2005",
/// "ثوار شاركوا في الإطاحة بالنظام في 2011"): the history a deed or a remark recalls. A statement with no date
/// of its own that comes after it is made on the day of the news, not then; one that goes on from a statement
/// made then ("في عام 2014 قال الرئيس ... وأضاف") keeps its date.
pub(super) fn history(view: &View, d: usize) -> bool {
    view.dates[d]
        .mention
        .value
        .as_ref()
        .is_some_and(|v| (view.published - v.last_day).num_days() > HISTORY_DAYS)
}

/// Whether date `d` begins after the publication day ("سيبدأ الحداد اعتبارا من يوم غد الأربعاء"): what is set
/// for it has not happened yet, so it dates no later clause, which tells what was done or said by the news.
pub(super) fn to_come(view: &View, d: usize) -> bool {
    view.dates[d]
        .mention
        .value
        .as_ref()
        .is_some_and(|v| v.first_day > view.published)
}

/// How many days before publication a deed's day is still the news's ([`fresh_day`]): the day before, the day
/// of a dispatch sent overnight or the next morning.
const FRESH_DAYS: i64 = 1;

/// How many sentences after a fresh deed's a statement by another speaker may stand and still be told of it.
pub(super) const STORY_SENTENCES: usize = 2;

/// Whether date `d` is a day, a part of one or a time on it, on the day of publication or the [`FRESH_DAYS`]
/// before it, and not in its night ("اعترضت الدفاعات الجوية صواريخ الجمعة", "صباح أمس", "مساء أمس"): the others'
/// words told of such a deed in the next sentences were said on its day. After a deed of the night ("ليلة
/// الأحد") they were said on the day of the news. (On the 57 classed sets, counting the evening in dates 18
/// events more as the readers did and 18 fewer otherwise; in its paragraph only, 8.)
pub(super) fn fresh_day(view: &View, d: usize) -> bool {
    of_the_news(view, d) && !first_day_at(view, d, &["TNI"])
}

/// Whether the first day of date `d`'s value is at one of `parts` ("2024-12-05TEV", "2024-12-05TNI/2024-12-06TMO"),
/// compared at its end: a substring search costs a searcher's set-up a call.
fn first_day_at(view: &View, d: usize, parts: &[&str]) -> bool {
    view.dates[d].mention.value.as_ref().is_some_and(|v| {
        let first = v.value.split('/').next().unwrap_or_default();
        parts.iter().any(|p| first.ends_with(p))
    })
}

/// Whether date `d` is the day of publication or the [`FRESH_DAYS`] before it, or a part or a time of one of them
/// ("اليوم الثلاثاء", "بعيد منتصف الليل", "الخميس الماضي"): a deed so dated is news, wherever it is told.
pub(crate) fn of_the_news(view: &View, d: usize) -> bool {
    days_before(view, d).is_some_and(|before| (0..=FRESH_DAYS).contains(&before))
}

/// Whether date `d` is the day before publication, a part of it or a time on it, before its night ("أمس
/// الأربعاء", "مساء أمس", not "ليل أمس"): the day a report published the next morning tells.
pub(super) fn said_the_day_before(view: &View, d: usize) -> bool {
    day_before_publication(view, d) && !first_day_at(view, d, &["TNI"])
}

/// Whether date `d` is a day, a part of it or a time of the day before publication ("أمس", "مساء أمس الأحد").
pub(super) fn day_before_publication(view: &View, d: usize) -> bool {
    days_before(view, d) == Some(1)
}

/// How many days before publication date `d` falls, when it is a day, a part of one or a time on it.
fn days_before(view: &View, d: usize) -> Option<i64> {
    let v = view.dates[d].mention.value.as_ref()?;
    let fine = matches!(
        v.granularity,
        Granularity::Day | Granularity::PartOfDay | Granularity::Time
    );
    fine.then(|| (view.published - v.first_day).num_days())
}

#[cfg(test)]
mod tests {
    use super::super::tests::event_dates;

    #[test]
    fn another_speaker_right_after_a_deed_of_the_day_before_speaks_of_it_on_its_day() {
        // Published Friday 2024-12-06: Thursday morning is the story's day.
        let text =
            "اعترضت الدفاعات الجوية صواريخ فوق المدينة صباح أمس الخميس. وقال مصدر عسكري إن الصواريخ أطلقت من البحر.";
        assert_eq!(event_dates(text), ["2024-12-05TMO", "2024-12-05TMO"]);
        // So is its evening; after a deed of the night, the words come on the day of the news.
        let text =
            "اعترضت الدفاعات الجوية صواريخ فوق المدينة مساء أمس الخميس. وقال مصدر عسكري إن الصواريخ أطلقت من البحر.";
        assert_eq!(event_dates(text), ["2024-12-05TEV", "2024-12-05TEV"]);
        let text =
            "اعترضت الدفاعات الجوية صواريخ فوق المدينة ليل أمس الخميس. وقال مصدر عسكري إن الصواريخ أطلقت من البحر.";
        assert_eq!(event_dates(text), ["2024-12-05TNI", "2024-12-06"]);
        // Nor once a later day is told before the words, outside what is said: the story is at that day.
        let text = "قتل مسلحون 12 مدنيا في القرية مساء أمس الخميس، وفق ما أعلنته لجنة القرية في بيان اليوم الجمعة. \
                    وقال والي الولاية إن الجيش أرسل تعزيزات.";
        assert_eq!(event_dates(text)[1..], ["2024-12-06"]);
        // Nor after the dispatch has told a later day.
        let text =
            "قصفت الطائرات أطراف البلدة فجر اليوم. واقتحمت القوات القرية صباح أمس. وقال مصدر محلي إن الأهالي نزحوا.";
        assert_eq!(event_dates(text), ["2024-12-06TMO", "2024-12-05TMO", "2024-12-06"]);
        // After another speaker's statement of the day before, the answer is of its day too (past a lead of the
        // evening before).
        let text = "اعترضت الدفاعات الجوية صواريخ مساء أمس الخميس. أعلنت وزارة الداخلية أمس الخميس إغلاق المعبر. وقال مصدر محلي إن الأهالي نزحوا.";
        assert_eq!(event_dates(text), ["2024-12-05TEV", "2024-12-05", "2024-12-05"]);
    }

    #[test]
    fn a_dispatch_that_opens_with_a_statement_of_the_day_before_reports_that_day() {
        // Published Friday 2024-12-06: the lead says Thursday, and what follows with no day of its own is of it.
        let text = "أعلن الجيش أمس الخميس أنه سيطر على المدينة. وقال مصدر محلي إن الأهالي عادوا إلى منازلهم.";
        assert_eq!(event_dates(text), ["2024-12-05", "2024-12-05"]);
        // Until a later day is told, in an event or in what is said.
        let text = "أعلن الجيش أمس الخميس أنه سيطر على المدينة. وقال مصدر محلي إن الأهالي عادوا صباح اليوم. وأضاف المصدر أن الطرق فتحت.";
        assert_eq!(event_dates(text), ["2024-12-05", "2024-12-06", "2024-12-06"]);
        // A speaker's "now" in a quotation is no day of the news.
        let text = "أعلن الجيش أمس الخميس أنه سيطر على المدينة. وقال المتحدث: \"نحن الآن في وسطها\". وأضاف المتحدث أن الطرق فتحت.";
        assert_eq!(event_dates(text), ["2024-12-05", "2024-12-05", "2024-12-05"]);
        // A lead of the evening, or one that relays a deed of that day, makes a report of that day too.
        let text = "أعلن الجيش مساء أمس الخميس أنه سيطر على المدينة. وقال مصدر محلي إن الأهالي عادوا.";
        assert_eq!(event_dates(text), ["2024-12-05TEV", "2024-12-05TEV"]);
        let text = "أفادت الوكالة بأن الطائرات قصفت البلدة مساء أمس الخميس. وقال مصدر محلي إن الأهالي نزحوا.";
        assert_eq!(event_dates(text), ["2024-12-05TEV", "2024-12-05TEV"]);
        // Not in the pluperfect, and not for a speaker going on from words dated by publication.
        let text = "أعلن الجيش أمس الخميس أنه سيطر على المدينة. وكان مصدر عسكري قد قال إن الطرق آمنة.";
        assert_eq!(event_dates(text), ["2024-12-05", "2024-12-06"]);
        let text = "أعلن الجيش أمس الخميس أنه سيطر على المدينة. وأعلن الجيش الإسرائيلي الثلاثاء أنه شن غارات على دمشق. وأشار المرصد إلى أن المعارك توقفت. وأضاف المرصد أن الطرق فتحت.";
        assert_eq!(
            event_dates(text),
            ["2024-12-05", "2024-12-03", "2024-12-06", "2024-12-06"]
        );
        // Nor a lead of today.
        let text = "أعلن الجيش اليوم أنه سيطر على المدينة. وقال مصدر محلي إن الأهالي عادوا.";
        assert_eq!(event_dates(text), ["2024-12-06", "2024-12-06"]);
    }
}
