//! The date of a statement: the date phrase of its saying, before what is said (a setting, a long relative
//! clause or an aside may stand before it), or that of an according phrase that tells when its source spoke.
//! A date inside what is said (an object with no "أن", an object opened by "عن", an accusation's charge) dates
//! what is said.

use super::{closes_before_content, in_name, is_span, pluperfect, since};
use crate::events::clause::Clause;
use crate::events::lexicon::NounRole;
use crate::events::verb::Predicate;
use crate::events::view::View;

/// The explicit date of a statement once its subject is known: a date that stands after the start of what
/// is said (an object such as "وصول 61 شهيدا ... منذ بدء العدوان في 7 أكتوبر" with no "أن" before it) dates what
/// is said, not the saying. Between the subject and the date of the saying stand at most a few words besides names,
/// commas and fillers: "في كلمة مصورة مساء أمس", "التلفزيون السوري الرسمي أمس".
pub(crate) fn of_saying(
    view: &View,
    clause: &Clause,
    verb: &Predicate,
    subject_end: usize,
    explicit: Option<usize>,
) -> Option<usize> {
    explicit
        .and_then(|d| saying_before_content(view, clause, verb, subject_end, d))
        .or_else(|| according_date(view, clause, subject_end))
}

/// [`of_saying`] on date phrase `d`, the one [`written`] found.
fn saying_before_content(
    view: &View,
    clause: &Clause,
    verb: &Predicate,
    subject_end: usize,
    d: usize,
) -> Option<usize> {
    /// Words of the setting of a statement that may stand before its date.
    const SETTING: usize = 6;
    if !verb.says(view) || view.dates[d].tokens.start < subject_end {
        return Some(d);
    }
    if charged(view, verb, subject_end, view.dates[d].tokens.start) {
        return None;
    }
    let mut words = (subject_end..view.dates[d].tokens.start).filter(|&k| {
        view.toks[k].kind == crate::text::TokenKind::Word
            && !view.has(k, |r| {
                matches!(
                    r,
                    NounRole::SubjectSkip | NounRole::StatementNoun | NounRole::Via | NounRole::Span
                )
            })
            && !in_name(view, k)
    });
    let span = is_span(view, d);
    // A setting opened by a preposition ("خلال مؤتمر صحفي مع نظيره في أنقرة يوم الاثنين") is not what is said;
    // "عن" opens the object of the statement ("أعربت عن ارتياحها للتوقيع في 8 آب"), which is.
    let first = words.next();
    // An object opened by "عن" tells a happening ("تحدث القائد عن سيطرة قواته على البلدة ظهر أمس", "أفاد أطباء
    // عن سقوط قتيلين الجمعة"): a date past a word of it dates that happening, not the saying, however short or
    // recent the object. Set apart before the content ("عن ...، اليوم، إن") it is the saying's; so it is set off by
    // commas inside the object ("أعلنت عن توصلها إلى اتفاق مع الأردن، الثلاثاء 12 تموز، يقضي بـ"), an adverb of
    // the verb.
    if about(view, verb, first)
        && words.clone().next().is_some()
        && !set_apart_before_content(view, d, verb.content)
        && !set_off(view, d)
    {
        return None;
    }
    let setting = first.is_none_or(|k| view.has(k, |r| r == NounRole::Preposition) && view.word(k) != "عن");
    // A span right after the subject is when the saying went on ("وكانت إسرائيل أعلنت خلال الشهرين الماضيين
    // اغتيال ..."); after any word of what is said it is what is said ("أعلن المرصد عن مقتل 50 شخصا خلال ...").
    if span {
        return first.is_none().then_some(d);
    }
    (setting
        || words.count() < SETTING
        || set_apart_before_content(view, d, verb.content)
        || after_asides(view, d, subject_end)
        || reported_day(view, verb, d)
        || background_object(view, clause, verb, d))
    .then_some(d)
}

/// Whether the first word of what a statement says after its subject, `first`, is "عن", which opens the
/// object of a verb of speech ("كشف المتحدث عن تكبد المسلحين ..."); not a relay's ("نقلت الوكالة عن").
fn about(view: &View, verb: &Predicate, first: Option<usize>) -> bool {
    first.is_some_and(|k| view.word(k) == "عن") && verb.entry(view).class == crate::events::lexicon::VerbClass::Speech
}

/// Whether date `d`, set apart by a comma, ends at the content of a statement or at the comma before it ("وقال
/// القائد الذي يعد الرجل الذي أمر بالانسحاب، في تصريحات له، اليوم إن"): whatever stands before it, it dates the saying.
fn set_apart_before_content(view: &View, d: usize, content: usize) -> bool {
    let tokens = &view.dates[d].tokens;
    let opened = tokens.start > 0 && view.is_punct(tokens.start - 1, ',');
    opened && (tokens.end == content || closes_before_content(view, d, content))
}

/// Whether date `d`, set off by commas, follows only asides of the subject: after a comma right after it, a
/// relative clause or another name, and no complementizer nor quotation before the date ("أعلنت الجبهة، وجيش
/// التحرير، اللذان يقاتلان الحكومة، أمس الأحد، عن السيطرة"). The asides describe the speakers, and the date
/// standing after them is the saying's. Not an object set off by the comma ("أعلنت الرئاسة، الحداد 48 ساعة، بعد
/// مقتل 41 في كمين، الخميس الماضي،"), whose words tell what the date is of.
fn after_asides(view: &View, d: usize, subject_end: usize) -> bool {
    let start = view.dates[d].tokens.start;
    let first = subject_end + 1;
    set_off(view, d)
        && view.is_punct(subject_end, ',')
        && first < start
        && (view.has(first, |r| r == NounRole::Relative) || in_name(view, first))
        && (subject_end..start).all(|k| !view.quoted[k] && !view.has(k, |r| r == NounRole::Complementizer))
}

/// Whether date `d` stands between two commas ("، الثلاثاء 12 تموز،").
fn set_off(view: &View, d: usize) -> bool {
    let tokens = &view.dates[d].tokens;
    tokens.start > 0 && view.is_punct(tokens.start - 1, ',') && view.is_punct(tokens.end, ',')
}

/// Whether an accusation states its charge between `from` and `to` ("اتهم الائتلاف الجيش بقصف البلدة أمس",
/// "واتهمت المعارضة القوات بقتل المئات الأربعاء"): a "ب" word, no catalog name nor preposition. A date after the
/// charge is the day of the deed accused, not of the accusation.
fn charged(view: &View, verb: &Predicate, from: usize, to: usize) -> bool {
    verb.entry(view).kind == crate::events::EventKind::Accusation
        && (from..to).any(|k| {
            view.toks[k].kind == crate::text::TokenKind::Word
                && view.word(k).starts_with('ب')
                && !in_name(view, k)
                && !view.has(k, |r| matches!(r, NounRole::Preposition | NounRole::StatementNoun))
        })
}

/// How many days before publication a day told in what a statement reports is the day of the statement
/// ([`reported_day`]).
const RECENT_DAYS: i64 = 2;

/// Whether date `d` tells the day of what a statement in the past reports with no verb of its own: a day of
/// the last [`RECENT_DAYS`] before publication, or that day itself, and no span ("أعلنت الوزارة مقتل ثلاثة من
/// عناصرها بقصف على أطراف المدينة فجر أمس"). A toll or an outcome told with its day is announced on that day,
/// however long the object before the date. A verb or a relative pronoun between ("عن هجوم استهدف الجيش يوم
/// 19", "من مهاجمة الحشد الذي نظمه أنصاره الجمعة") keeps the date theirs, and a statement in the present
/// ("تتحدث مصادر عن مقتلهم بعد اعتقالهما السبت") is told now.
fn reported_day(view: &View, verb: &Predicate, d: usize) -> bool {
    let recent = view.dates[d].mention.value.as_ref().is_some_and(|v| {
        let back = (view.published - v.first_day).num_days();
        v.first_day == v.last_day && (0..=RECENT_DAYS).contains(&back)
    });
    recent
        && !verb.hit.present
        && !is_span(view, d)
        && !since(view, d)
        && (verb.at + 1..view.dates[d].tokens.start)
            .all(|k| view.finite_verb_at(k).is_none() && !view.has(k, |r| r == NounRole::Relative))
}

/// Whether date `d` closes the object of a statement told in the pluperfect, with no "أن" and no verb of its
/// own before it ("وكانت الهيئة أعلنت تعليق الرحلات إلى المطار في آذار"): such a clause tells, out of the order
/// of the story, that the statement was made back then, so the date is the statement's. Told in the past
/// ("أعلنت الهيئة تعليق الرحلات ... في آذار") the date stays what is said; a verb between ("أعلنت عن مقتل شاب
/// في قصف استهدف البلدة أمس") keeps it the deed's.
fn background_object(view: &View, clause: &Clause, verb: &Predicate, d: usize) -> bool {
    let start = view.dates[d].tokens.start;
    pluperfect(view, clause)
        && verb.content >= clause.tokens.end
        && !since(view, d)
        && (verb.at + 1..start).all(|k| view.finite_verb_at(k).is_none())
}

/// The date of a statement told in an according phrase after what is said ("أعربت الجزائر عن ارتياحها ...،
/// حسبما أكده أول أمس المتحدث"): the first date after the according word, outside quotations.
fn according_date(view: &View, clause: &Clause, from: usize) -> Option<usize> {
    let range = clause.tokens.clone();
    let at =
        (from.max(range.start)..range.end).find(|&k| !view.quoted[k] && view.has(k, |r| r == NounRole::According))?;
    (at + 1..range.end.min(at + 5))
        .filter_map(|i| view.date_of(i).filter(|_| !view.quoted[i]))
        .find(|&d| view.dates[d].mention.value.is_some() && !is_span(view, d))
}

/// How far after an according word its source may start: "بحسب ما أفاد به مصدر", "وفق ما أعلنته لجنة".
const ACCORDING_REACH: usize = 5;

/// The date of a statement whose source is written in an according phrase of the clause, when that phrase
/// tells it ("ارتفع عدد القتلى منذ الاثنين إلى 90، وفق ما أعلنت الوزارة مساء اليوم الأحد", "قتل 12 شخصا مساء
/// الاثنين، وفق ما أعلنته اللجنة في بيان اليوم الثلاثاء"): the first date after the according word, outside
/// quotations and before any content of its own. It wins over the dates of what the source reports; without it
/// the clause's own date stands ("أصيب شاب مساء الاثنين، بحسب ما أفاد به الهلال الأحمر").
pub(crate) fn of_according(view: &View, clause: &Clause, source: Option<&std::ops::Range<usize>>) -> Option<usize> {
    let range = clause.tokens.clone();
    let start = source?.start;
    if start <= range.start || start > range.end {
        return None;
    }
    let at = (range.start..start)
        .rev()
        .find(|&k| !view.quoted[k] && view.has(k, |r| r == NounRole::According))?;
    if start > at + ACCORDING_REACH {
        return None;
    }
    // The phrase ends at what it says ("أن"), or at a comma or a clause opener after its source ("بحسب
    // المرصد، فيما تستمر الاشتباكات هذا الصباح": that morning is the next clause's).
    (at + 1..range.end)
        .take_while(|&i| {
            view.quoted[i]
                || !(view.has(i, |r| matches!(r, NounRole::Complementizer | NounRole::ClauseOpener))
                    || (i > start && view.is_punct(i, ',')))
        })
        .filter_map(|i| view.date_of(i).filter(|_| !view.quoted[i]))
        .find(|&d| view.dates[d].mention.value.is_some() && !is_span(view, d))
}

#[cfg(test)]
#[path = "dating_saying_tests.rs"]
mod tests;
