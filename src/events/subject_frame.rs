//! The frames that name who speaks before any subject is read after the verb: "جاء ذلك في بيان لـX", "جاء ذلك
//! على لسان X", "وجاء في بيان للوزارة أن", and a document named again ("وأضاف البيان") that speaks for whoever
//! issued it. Asked by the subject reader ([`super::choose`]) first.

use super::super::lexicon::{strip_conjunction, NounRole};
use super::super::phrase;
use super::super::referent::Referent;
use super::super::view::View;
use super::super::Recognition;
use super::Previous;
use crate::actors::Gender;

/// Who a frame right after the speech verb at `v` names as the speaker, and the token after it.
pub(super) fn framed(view: &View, v: usize, limit: usize, previous: &Previous) -> Option<(Referent, usize)> {
    // "جاء ذلك في بيان لوزارة الخارجية", "جاء هذا في بيان صادر عن الجيش": the frame that says whose statement
    // the words before it were is that issuer's statement.
    if matches!(view.word(v + 1), "ذلك" | "هذا") && view.word(v + 2) == "في" && view.is_speech_verb(v) {
        if let Some(found) = phrase::document_of(view, v + 3, limit) {
            return Some(found);
        }
    }
    // "جاء ذلك على لسان الوزير", "وجاء على لسان الناطق أن": who said it, named after "على لسان".
    let tongue = v + 1 + usize::from(matches!(view.word(v + 1), "ذلك" | "هذا"));
    if view.word(tongue) == "علي" && view.word(tongue + 1) == "لسان" && view.is_speech_verb(v) {
        // A rank and the name after it ("على لسان الفريق الركن فلان الفلاني", "الفريق" also a team) as after a
        // title.
        let at = tongue + 2;
        let ranked = || {
            view.has(at, |r| r == NounRole::Rank)
                .then(|| phrase::titled_person(view, at, limit, Gender::Masculine))
                .flatten()
        };
        let found = ranked().or_else(|| phrase::actor_at(view, at, limit));
        if found.is_some() {
            return found;
        }
    }
    // "وجاء في بيان لوزارة الخارجية أن", "وقالت في بيان للجيش إن": a document right after the speech verb, with
    // its issuer, names who speaks.
    if view.word(v + 1) == "في" && view.is_speech_verb(v) {
        if let Some(found) = phrase::document_of(view, v + 2, limit) {
            return Some(found);
        }
        // "وجاء في البيان أن": the document named before speaks for the speaker who issued it.
        if let Some(found) = document_again(view, v + 2, previous) {
            return Some(found);
        }
        if let Some(found) = document_unsigned(view, v, previous) {
            return Some(found);
        }
    }
    None
}

/// A document named again at `k` ("وأضاف البيان", "وجاء في البيان"): it speaks for the author of the latest
/// statement, who issued it, whoever did a deed told since ("قال الجيش في بيان ... ولم يوضح البيان ما إذا كان
/// فلان قد استهدف. وذكر البيان" is the army's, not that person's).
pub(super) fn document_again(view: &View, k: usize, previous: &Previous) -> Option<(Referent, usize)> {
    if !view.has(k, |r| r == NounRole::Document) {
        return None;
    }
    let p = previous.said.as_ref().or(previous.subject.as_ref())?;
    Some((p.as_(Recognition::Anaphor, Some(k..k + 1)), k + 1))
}

/// "وجاء في بيان أن", "وجاء في بيان: «...»", "وجاء في بيان للوزارة أن": "جاء في" and a document with no
/// issuer written, or one named again by its head alone (a body named before), right before what it says: the
/// statement of the latest speaker, who issued it. Only "جاء", which has no subject of its own to agree with.
fn document_unsigned(view: &View, v: usize, previous: &Previous) -> Option<(Referent, usize)> {
    let k = v + 2;
    let word = view.word(k);
    if !view.has(k, |r| r == NounRole::StatementNoun) || super::super::chunk::is_definite(word) || view.quoted[k] {
        return None;
    }
    let verb = view.word(v);
    if !matches!(strip_conjunction(verb).unwrap_or(verb), "جاء" | "جاءت") {
        return None;
    }
    let content =
        |j: usize| view.has(j, |r| r == NounRole::Complementizer) || view.is_punct(j, ':') || view.is_punct(j, '"');
    // "للوزارة": the dative of a head that names a body named before.
    let named_again = |j: usize| {
        view.name_at.get(j).is_some_and(Option::is_none)
            && super::super::lexicon::definite_of_dative(view.word(j))
                .is_some_and(|bare| view.lexicon.has(&bare, |r| matches!(r, NounRole::Anaphor(..))))
    };
    // "بيان نشرته وكالة X أن": the outlet that carried it, then what it says.
    let carried = |j: usize| {
        (view.has(j, |r| r == NounRole::Via) || super::super::outlet::is_carrier(view, j))
            && super::super::outlet::named_at(view, j + 1, view.toks.len())
                .is_some_and(|o| (o.end(view)..o.end(view) + 3).any(content))
    };
    let end = if content(k + 1) || carried(k + 1) {
        k + 1
    } else if named_again(k + 1) && content(k + 2) {
        k + 2
    } else {
        return None;
    };
    let p = previous.said.as_ref().or(previous.subject.as_ref())?;
    Some((p.as_(Recognition::Anaphor, Some(k..end)), end))
}
