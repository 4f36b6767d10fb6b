//! Deeds told in the present as the background of the news, not as the news of a day ([`habitual`]): one that
//! has gone on since a time well before publication, or one told with an adverb of a deed that recurs: "بين
//! الحين والآخر", "من حين لآخر", "غالبا ما", "عادة ما", a closing "باستمرار", "بشكل مستمر", "بصورة يومية",
//! "يوميا" ("وتشن القوات بين الحين والآخر حملات دهم", "وغالبا ما تسفر هذه الحملات عن اعتقالات").

use chrono::NaiveDate;

use super::is_since;
use crate::events::clause::Clause;
use crate::events::lexicon::{strip_conjunction, VerbClass};
use crate::events::verb::Predicate;
use crate::events::view::View;

/// How recent a "since" date keeps a deed in the present the news of its day ("تشن القوات منذ يومين هجمات").
const ONGOING_DAYS: i64 = 7;

/// Whether the clause tells a deed in the present that has gone on since a time more than [`ONGOING_DAYS`]
/// before `published`, or since an event ("ويشن الحوثيون هجمات على السفن منذ تشرين الثاني", "وتخوض الجماعة
/// تمردا منذ عام 2009", "منذ بدء الحرب"): the background of the news, not an event of its day.
/// A present deed the clause says recurs ("بين الحين والآخر", "غالبا ما": [`says_recurs`]) is
/// background too, of any verb, and so is one with no day of its own told after the `lead`
/// ([`present_background`]). A past verb is background when its clause says it was repeated ([`repeated`]).
pub(crate) fn habitual(view: &View, clause: &Clause, verb: &Predicate, published: NaiveDate, lead: bool) -> bool {
    if !verb.hit.present {
        return repeated(view, clause, verb);
    }
    if says_recurs(view, clause) || (!lead && present_background(view, clause, verb)) {
        return true;
    }
    if verb.entry(view).class != VerbClass::Action {
        return false;
    }
    (verb.at + 1..clause.tokens.end).any(|k| {
        if view.quoted[k] || !is_since(view, k) {
            return false;
        }
        let since = view
            .date_covering(k)
            .or(view.date_covering(k + 1))
            .and_then(|d| view.dates[d].mention.value.as_ref())
            .map(|v| v.first_day);
        since.is_none_or(|day| (published - day).num_days() > ONGOING_DAYS)
    })
}

/// How many words after a past verb its adverb of repetition may stand ("أعلن الجيش الأمريكي في بيان مرارا").
const REPEATED_REACH: usize = 10;

/// Whether a past verb's clause says it happened many times ("أعلن الجيش مرارا أنه", "قصفت إسرائيل مراراً
/// أهدافا", "حذرت الوزارة أكثر من مرة من"): many occasions, no event of one day. For a statement, only the
/// words before what it says count. Not when the clause goes on to the latest time ("عدة مرات كان آخرها في
/// نيسان"): that one is the event.
fn repeated(view: &View, clause: &Clause, verb: &Predicate) -> bool {
    let end = if verb.says(view) {
        verb.content.min(clause.tokens.end)
    } else {
        clause.tokens.end
    };
    // The adverb stands by the verb and its subject: only those words are read.
    let start = verb.at.saturating_sub(2).max(clause.tokens.start);
    let end = end.min(verb.at + REPEATED_REACH);
    let latest = || {
        clause
            .tokens
            .clone()
            .any(|k| matches!(view.word(k), "اخرها" | "واخرها"))
    };
    (start..end).any(|k| {
        !view.quoted[k]
            && match strip_conjunction(view.word(k)).unwrap_or(view.word(k)) {
                "مرارا" | "تكرارا" => true,
                "مرات" => matches!(view.word(k + 1), "عده" | "عديده"),
                "عده" => view.word(k + 1) == "مرات",
                "اكثر" => view.word(k + 1) == "من" && view.word(k + 2) == "مره",
                _ => false,
            }
    }) && !latest()
}

/// Whether the clause holds, outside quotes, an adverb of a deed that recurs. Only the words of the clause are
/// read, each compared to a few short words.
pub(crate) fn says_recurs(view: &View, clause: &Clause) -> bool {
    clause
        .tokens
        .clone()
        .any(|k| !view.quoted[k] && recurs_at(view, k, clause))
}

/// Whether an adverb of recurrence stands at token `k` of the clause.
fn recurs_at(view: &View, k: usize, clause: &Clause) -> bool {
    let next = |n: usize| {
        if k + n < clause.tokens.end {
            view.word(k + n)
        } else {
            ""
        }
    };
    match view.word(k) {
        // "باستمرار" ends what it qualifies ("ويقصف الجيش المخازن باستمرار."): before a word it is mostly "with
        // the continuation of" ("تطالب الحكومة باستمرار الدعم").
        "باستمرار" => next(1).is_empty(),
        // "غالبا ما تشن", "عادة ما يقصف": "ما" after the adverb, as "often" and "usually".
        "غالبا" | "عاده" | "وغالبا" | "وعاده" => next(1) == "ما",
        // "بين الحين والآخر", "من حين لآخر", "من حين إلى آخر", "بين حين وآخر".
        "الحين" | "حين" => {
            let before = if k > clause.tokens.start { view.word(k - 1) } else { "" };
            matches!(before, "بين" | "من")
                && (matches!(next(1), "والاخر" | "لاخر" | "واخر" | "لاخري" | "والاخري")
                    || (matches!(next(1), "الي" | "و") && matches!(next(2), "اخر" | "الاخر")))
        }
        // "بشكل مستمر", "بصورة يومية": the manner of a deed that goes on or comes back.
        "بشكل" | "بصوره" => matches!(
            next(1),
            "مستمر"
                | "مستمره"
                | "متواصل"
                | "متواصله"
                | "متكرر"
                | "متكرره"
                | "يومي"
                | "يوميه"
                | "دائم"
                | "دائمه"
        ),
        "يوميا" | "بانتظام" => true,
        _ => false,
    }
}

/// Whether the clause tells, after the news has begun, a deed in the present with no time of its own ("ويواصل
/// الجيش هجماته على القطاع", "ويطالب المحتجون بتوفير الخدمات"): a dispatch tells the news of its day in the
/// past, and the present past its lead is what goes on, the background of that news. A present deed with a day
/// ("يلتقي الرئيس اليوم الثلاثاء") and a present of saying ("ويقول السكان إن") are told as news.
fn present_background(view: &View, clause: &Clause, verb: &Predicate) -> bool {
    verb.hit.present
        && !verb.hit.masdar
        && verb.entry(view).class == VerbClass::Action
        && !view.quoted[verb.at]
        && !clause
            .tokens
            .clone()
            .any(|k| !view.quoted[k] && view.date_covering(k).is_some())
}
