//! Dates that stand inside a part of the clause other than its event: a since phrase ([`since`]), one of
//! another happening or of another verb's state ([`since_other`]), and a relative or time clause before the
//! event's verb ([`in_clause_before`]). They date that part only.

use super::is_since;
use crate::dates::Modifier;
use crate::events::lexicon::NounRole;
use crate::events::view::View;

/// Whether since-date `d` tells when something other than the verb at `verb` began: it dates the noun a "منذ"
/// after the verb opens ("وصل الوزير إلى المدينة في أول زيارة منذ اندلاع الحرب عام 2009": the war's year, not
/// the arrival's; not a time word, "منذ ساعات الفجر الأولى ليوم أمس"), or stands after another finite verb than
/// the event's or a clause opener, whose state it bounds ("فرقت الشرطة المحتجين في الساحة حيث يعتصمون منذ
/// آذار"), or follows "the first time" ("للمرة الأولى منذ الأربعاء", "لأول مرة منذ"). A past deed right after
/// "منذ" ("وسيطر المسلحون على البلدة منذ الأحد") keeps its date.
pub(super) fn since_other(view: &View, d: usize, verb: usize) -> bool {
    let start = view.dates[d].tokens.start;
    let right_after = is_since(view, start)
        || view.dates[d].mention.modifier == Some(Modifier::Since)
        || (start > 0 && is_since(view, start - 1));
    if right_after {
        // "حلق الطيران فوق المدينة للمرة الأولى منذ الأربعاء", "لأول مرة منذ": a comparison with the last time.
        let since_at = if start > 0 && is_since(view, start - 1) {
            start - 1
        } else {
            start
        };
        let first_time = since_at > 0 && matches!(view.word(since_at - 1), "الاولي" | "مره");
        return first_time
            || (verb + 1..start)
                .any(|k| view.finite_verb_at(k).is_some() || view.has(k, |r| r == NounRole::ClauseOpener));
    }
    (start.saturating_sub(SINCE_REACH).max(verb + 1)..start)
        .rev()
        .take_while(|&k| view.toks[k].kind != crate::text::TokenKind::Punct && view.verb_at(k).is_none())
        .find(|&k| is_since(view, k))
        // A time phrase right after "منذ" ("منذ ساعات الفجر الأولى") is the verb's; a noun that only may open
        // one ("منذ بداية العدوان في 7 أكتوبر") is the noun's.
        .is_some_and(|k| !crate::dates::may_open_date(view.word(k + 1)) || view.date_of(k + 1).is_none())
}

/// Whether since-date `d` stands in a phrase that opens its clause before the verb at `verb`, with a noun after
/// "منذ" ("ومنذ اندلاع النزاع عام 2011، شنت إسرائيل عدة ضربات"): what has gone on since the noun began, not
/// the time of the verb. A date right after "منذ" ("ومنذ الأحد، سيطر") is read as before.
pub(super) fn fronted_since(view: &View, first: usize, d: usize, verb: usize) -> bool {
    let start = view.dates[d].tokens.start;
    let word = view.word(first);
    start < verb
        && super::super::lexicon::strip_conjunction(word).unwrap_or(word) == "منذ"
        && first + 1 < start
        && view.date_of(first + 1).is_none()
}

/// Whether date `d` stands before the verb at `verb`, in a relative clause or a time clause ("قبل أن") opened
/// after `start` ("ارتفعت حصيلة الاشتباكات التي اندلعت ليل الأحد إلى 20، وفق ما أفاد مصدر"), with no comma
/// after it: it dates that clause's verb, not the event's.
pub(super) fn in_clause_before(view: &View, d: usize, start: usize, verb: usize) -> bool {
    let at = view.dates[d].tokens.start;
    if at >= verb {
        return false;
    }
    // Back from the date to the clause's start: a comma first closes such a clause ("المناطق التي تشهد توغلات
    // متكررة، ففي 21 من آب، اعتقل الجيش").
    for k in (start..at).rev() {
        if view.is_punct(k, ',') {
            return false;
        }
        let opens = !view.quoted[k]
            && ((view.has(k, |r| r == NounRole::Relative) && !view.has(k + 1, |r| r == NounRole::Naming))
                || (view.has(k, |r| r == NounRole::TemporalPreposition) && view.word(k + 1) == "ان"));
        if opens {
            return true;
        }
    }
    false
}

/// Whether date `d` tells since when something lasts: a since phrase, or one "منذ" opens ([`after_since`]).
pub(super) fn since(view: &View, d: usize) -> bool {
    view.dates[d].mention.modifier == Some(Modifier::Since) || after_since(view, d)
}

/// How many words back a "منذ" may open the phrase a date stands in ("الأعنف منذ الحرب بين إسرائيل وحزب الله في
/// صيف 2006").
const SINCE_REACH: usize = 8;

/// Whether date `d` follows or opens with "منذ" ("منذ 22 شهرا" counts back from the anchor and carries no
/// since modifier), or stands in a phrase that "منذ" opens a few words before it, with no verb or punctuation
/// between ("منذ الحرب ... في صيف 2006": a comparison with the past, not the time of what follows).
fn after_since(view: &View, d: usize) -> bool {
    let start = view.dates[d].tokens.start;
    is_since(view, start)
        || (start.saturating_sub(SINCE_REACH)..start)
            .rev()
            .take_while(|&k| view.toks[k].kind != crate::text::TokenKind::Punct && view.verb_at(k).is_none())
            .any(|k| is_since(view, k))
}
