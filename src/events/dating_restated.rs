//! Dates told apart from the clause they date: the date of a dateline, which stamps the dispatch and yields to
//! a date of the clause's own ("أربيل 16 سبتمبر 2017 (وكالة) - وافق البرلمان يوم أمس"), and the date of a
//! sentence that restates when and where what went before was said ("أكدت الوزارة أن ... . جاء ذلك في بيان
//! نشرته الثلاثاء"), which dates the events it points back to.

use super::super::clause::Clause;
use super::super::lexicon::{strip_conjunction, NounRole};
use super::super::view::View;
use super::super::{DateBasis, Event, EventDate};

/// How many tokens may stand before a dateline's date on its line (the city, "خاص").
const DATELINE_HEAD: usize = 3;

/// How many tokens may stand after a dateline's date before its dash (an agency's name in brackets).
const DATELINE_TAIL: usize = 6;

/// Whether date `d` stands in a dateline: among the first words of a line, before the dash that ends the
/// line's head ("القاهرة 5 مارس (رويترز) -", "دمشق 12/3/2019 - سانا -"), with no verb between.
pub(super) fn in_dateline(view: &View, d: usize) -> bool {
    let tokens = &view.dates[d].tokens;
    let line_start =
        (tokens.start.saturating_sub(DATELINE_HEAD)..=tokens.start).any(|k| k == 0 || view.toks[k].newline);
    line_start
        && (tokens.end..(tokens.end + DATELINE_TAIL).min(view.toks.len()))
            .take_while(|&k| view.verb_at(k).is_none())
            .any(|k| view.is_punct(k, '-') || view.is_punct(k, '–'))
}

/// The date phrase of a clause that restates where and when the events before it were told: "جاء ذلك" or
/// "جاء هذا", then "في"/"خلال"/"على" or a comma ("جاء ذلك في بيان نشرته الوزارة الثلاثاء"، "وجاء ذلك خلال مؤتمر
/// صحفي عقده مساء أمس"), and a date with a value outside quotation marks. Not "جاء ذلك بعد ..." or "جاء ذلك
/// عقب ...", which tell what came before it, nor a date after "منذ" or "بعد" ("جاء ذلك في بيان بعد يومين من").
pub(crate) fn restated_time(view: &View, clause: &Clause) -> Option<usize> {
    let k = clause.first_word(view)?;
    let word = view.word(k);
    if strip_conjunction(word).unwrap_or(word) != "جاء" || !matches!(view.word(k + 1), "ذلك" | "هذا") {
        return None;
    }
    let next = k + 2;
    if !(matches!(view.word(next), "في" | "خلال" | "علي") || view.is_punct(next, ',')) {
        return None;
    }
    (next..clause.tokens.end).filter_map(|i| view.date_of(i)).find(|&d| {
        let start = view.dates[d].tokens.start;
        !view.quoted[start]
            && view.dates[d].mention.value.is_some()
            && !view.has(start - 1, |r| {
                matches!(r, NounRole::TemporalPreposition | NounRole::Span)
            })
    })
}

/// Dates by date phrase `d` the events that the clause of `sentence` restates: the last event, told in the
/// sentence before, and the events of the same source before it back to one dated by a phrase of its own
/// ("قال الوزير إن ... وأضاف أن ... . جاء ذلك خلال مؤتمر صحفي الثلاثاء"). `last_sentence` is the sentence of
/// the last event. Whether it dated any.
pub(crate) fn redate_before(
    view: &View,
    events: &mut [Event],
    last_sentence: Option<usize>,
    sentence: usize,
    d: usize,
) -> bool {
    let Some(last) = events.len().checked_sub(1) else {
        return false;
    };
    if last_sentence.is_none_or(|s| s + 1 != sentence) {
        return false;
    }
    let Some(date) = EventDate::of_mention(&view.dates[d].mention, DateBasis::Explicit) else {
        return false;
    };
    let source = events[last].source.as_ref().map(|s| s.id.clone());
    for event in events.iter_mut().rev() {
        let explicit = event.date.as_ref().is_some_and(|e| e.basis == DateBasis::Explicit);
        if explicit || event.source.as_ref().map(|s| &s.id) != source.as_ref() {
            break;
        }
        event.date = Some(date.clone());
    }
    true
}

/// How many days before publication the day of a later statement may lie for the undated lead before it to
/// take it: the news of the last days, not history.
const LEAD_DAYS: i64 = 3;

/// Dates the undated statements that open what the last event goes on with, by the day the last event tells
/// ("قال الوزير إن ... . وأضاف الوزير في تصريحات لإذاعة X، أمس الأحد، أن ..."): statements of the same speaker, in the
/// sentence before or the same one, given the publication day for want of a date of their own, said it on the
/// day told with its continuation. `sentence_of` gives the sentence of each event by index. Not for a
/// continuation told as what had happened before (`pluperfect`, asked only when the rest holds), nor for a day
/// far from the news.
pub(crate) fn redate_lead(
    events: &mut [Event],
    sentence_of: impl Fn(usize) -> Option<usize>,
    published: chrono::NaiveDate,
    pluperfect: impl FnOnce() -> bool,
) {
    let Some((last, before)) = events.split_last_mut() else {
        return;
    };
    if !last.kind.is_statement() {
        return;
    }
    let Some(date) = last.date.clone().filter(|d| d.basis == DateBasis::Explicit) else {
        return;
    };
    let recent = (published - date.last_day).num_days();
    if !(1..=LEAD_DAYS).contains(&recent) || pluperfect() {
        return;
    }
    let Some(sentence) = sentence_of(before.len()) else {
        return;
    };
    let source = last.source.as_ref().map(|s| &s.id);
    for (i, event) in before.iter_mut().enumerate().rev() {
        let undated =
            event.kind.is_statement() && event.date.as_ref().is_some_and(|d| d.basis == DateBasis::Publication);
        let near = sentence_of(i).is_some_and(|s| s + 1 >= sentence);
        if !undated || !near || event.source.as_ref().map(|s| &s.id) != source {
            break;
        }
        // Inherited, with the phrase it came from, as any date carried from another clause.
        event.date = Some(EventDate {
            basis: DateBasis::Inherited,
            ..date.clone()
        });
    }
}

#[cfg(test)]
#[path = "dating_restated_tests.rs"]
mod tests;
