//! The day before: a deed or statement told a day before its clause ("وجاء الهجوم بعد يوم من شن القوات غارات", "ويأتي القصف،
//! غداة إعلان الجيش") is news of its own, dated the day before that clause.

use super::super::clause::Clause;
use super::super::verb::Predicate;
use super::super::view::View;
use super::super::{DateBasis, EventDate};

/// Where a verbal noun, or a relative deed on a noun, is told a day before its clause ("وجاء الهجوم بعد يوم من شن
/// القوات غارات", "ويأتي القصف، غداة إعلان الجيش", "وذلك بعد يوم من غارات شنها الجيش"): the token of "غداة" or
/// "بعد/عقب" before it. Readers count such a deed or statement as news
/// of its own, on the day before the clause's date ([`eve`]); a bare "بعد" gives no day.
pub(crate) fn day_before(view: &View, clause: &Clause, verb: &Predicate) -> Option<usize> {
    // The deed's noun: the verbal noun itself, or the noun a relative deed is on ("بعد يوم من غارات شنها الجيش").
    let noun = match verb.hit {
        h if h.masdar => verb.at,
        h if h.object && !h.present => verb.at.checked_sub(1)?,
        _ => return None,
    };
    offset_before(view, noun).filter(|&k| k >= clause.sentence_start)
}

/// The token of a day offset right before the verbal noun at `j`: "غداة X", "بعد/عقب يوم (واحد) من X".
pub(crate) fn offset_before(view: &View, j: usize) -> Option<usize> {
    let k = j.checked_sub(1)?;
    if view.word(k) == "غداه" {
        return Some(k);
    }
    if view.word(k) != "من" {
        return None;
    }
    let at = if view.word(k.checked_sub(1)?) == "واحد" {
        k.checked_sub(3)?
    } else {
        k.checked_sub(2)?
    };
    (view.word(at + 1) == "يوم" && matches!(view.word(at), "بعد" | "عقب")).then_some(at)
}

/// The day before a date of one day ([`day_before`]); a longer date is kept, as no single day is known.
pub(crate) fn eve(date: EventDate) -> EventDate {
    let day = date.first_day.pred_opt();
    match day {
        Some(day) if date.first_day == date.last_day => EventDate::days(day, day, DateBasis::Inherited),
        _ => date,
    }
}
