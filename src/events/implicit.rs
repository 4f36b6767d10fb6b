//! Who a clause with no written subject is told by: the agent phrase of a deed in the passive ("قتل ضابطان على
//! أيدي مسلحين", or the doer of an attack: "في هجوم لمسلحين") or the according phrase of a toll ("قتل 12 مدنيا
//! في قصف، وفق وزارة الصحة"). Asked by [`super::subject::choose`] before it carries the previous speaker.

use chrono::NaiveDate;

use super::cause::Doer;
use super::clause::Clause;
use super::lexicon::NounRole;
use super::memory::{anaphor, named_before, Previous};
use super::phrase;
use super::referent::Referent;
use super::verb::Predicate;
use super::view::View;
use super::Recognition;
use crate::actors::Gender;
use crate::text::without_pronoun;

/// The actor a clause with no written subject is attributed to by a relay word: "وبحسب المرصد السوري، قتل 4
/// عناصر"، "قتل 12 مدنيا في قصف على البلدة، وفق وزارة الصحة". The toll or deed is told in that actor's name.
/// Not the outlet after a relay verb whose pronoun stands for a statement ("ودعت الهيئة، في البيان الذي
/// نقلته وكالة X، إلى"): it carried what another said, and is the relay of a statement, never its speaker.
/// Nor a relay word inside quotation marks ('وقال "حسب تقارير المستشفيات سقط قتيل"'): it is what is said.
pub(super) fn according_to(view: &View, clause: &Clause, v: usize) -> Option<Referent> {
    let end = clause.tokens.end;
    let says = view.is_speech_verb(v);
    (clause.tokens.start..end)
        .filter(|&k| k != v && !view.quoted[k] && view.has(k, |r| r == NounRole::Via))
        .filter(|&k| !(says && carried_statement(view, k)))
        .find_map(|k| {
            let mut j = k + 1;
            // "وفق ما أفادت به X"، "بحسب ما ذكرت X".
            if matches!(view.word(j), "ما" | "لما") {
                j += 1;
                while j < end && (view.finite_verb_at(j).is_some() || matches!(view.word(j), "به" | "بها")) {
                    j += 1;
                }
            }
            phrase::actor_at(view, j, end)
                .or_else(|| phrase::dative_actor(view, j, end))
                .map(|(r, _)| r)
        })
}

/// Whether the via word at `k` is a verb with the pronoun of what it carried ("نقلته", "أوردتها", "بثه").
fn carried_statement(view: &View, k: usize) -> bool {
    let w = view.word(k);
    without_pronoun(w).is_some_and(|s| view.lexicon.verb(s).is_some())
}

/// The agent of a deed told in the passive, named after an agent phrase in the clause ("قتل ضابطان على أيدي
/// مسلحين"، "قتل 13 شخصا بنيران الجيش"، "احتجزت ناقلة من قبل البحرية الإيرانية").
pub(super) fn passive_agent(
    view: &View,
    clause: &Clause,
    v: usize,
    day: NaiveDate,
    previous: &Previous,
) -> Option<Referent> {
    let end = clause.tokens.end;
    (v + 1..end).find_map(|k| {
        // "قتل خمسة حراس في هجوم لمسلحين"، "لقصف من القوات": the doer of the attack.
        let j = if let Some(doer) = super::cause::attack_doer(view, k, end) {
            match doer {
                Doer::Dative(found) => return Some(found),
                Doer::After(j) => j,
            }
        } else if view.has(k, |r| r == NounRole::Agent) {
            k + 1
        } else {
            let words = [view.word(k), view.word(k + 1)];
            match view.lexicon.phrase(&words) {
                Some((2, NounRole::Agent)) => k + 2,
                _ => return None,
            }
        };
        if j >= end || view.quoted[j] {
            return None;
        }
        if let Some((found, _)) = phrase::actor_at(view, j, end) {
            return Some(found);
        }
        let word = view.word(j);
        for &role in view.roles(j) {
            if let NounRole::Anaphor(kind, _) = role {
                if word.contains("ال") {
                    // "بنيران الجيش" with no army named before: the noun as written.
                    let found = anaphor(view, j, kind, day, Some(previous)).map(|r| r.as_(r.how, Some(j..j + 1)));
                    return found.or_else(|| Some(phrase::adhoc(view, j, j + 1, Gender::Masculine).0));
                }
            }
        }
        let gender = phrase::definite_head(view, word)?;
        Some(named_before(view, j, end, gender, previous, day).0)
    })
}

/// Whether a deed with no subject of its own in `clause` opens it with "و" ("قال المتحدث إن الطواقم انتشلت 12
/// جثمانا، ونقلت 50 مصابا"): in the sentence of what a statement says, it goes on telling that, and is no deed
/// of the speaker.
pub(crate) fn joined_to_what_is_said(view: &View, clause: &Clause, verb: &Predicate, source: &Referent) -> bool {
    !verb.says(view) && joined_carried(view, clause, verb, source)
}

/// Whether the clause opens with its verb joined by "و" and carries its subject from before ("وتعهدت
/// بمواصلة هجماتها" after "وسبق لحركة X أن استهدفت"): it goes on telling the clause before it.
pub(crate) fn joined_carried(view: &View, clause: &Clause, verb: &Predicate, source: &Referent) -> bool {
    let carried =
        source.how == Recognition::Implicit || source.tokens.as_ref().is_none_or(|t| t.start < clause.tokens.start);
    carried && clause.first_word(view) == Some(verb.at) && view.word(verb.at).starts_with('و')
}

/// Whether a deed with no written subject opens a sentence of its own after the latest event's, joined to no
/// clause before it ("وتخوض حرب شوارع"، "وتهدم أو تجبرهم على هدم منازلهم"): the subject it would carry is the
/// previous sentence's, and such a clause is mostly background, a description or a subject no reader found
/// ("واستهدف قصف مدفعي إسرائيلي"). What is said goes on from its speaker ("وأضاف", "وأدان الهجوم"), a verbal
/// noun takes the pronoun it carries ("عقب إطلاقها"), deeds joined in one sentence keep their doer ("شنت ...
/// حيث قصفت"), and so does the background their doer's story goes back to ("وكانت قد استعادت"). On 180
/// development pages, leaving such deeds out lost 4 gold events and 14 wrong ones.
pub(crate) fn carried_to_a_deed(
    view: &View,
    clause: &Clause,
    verb: &Predicate,
    joined: bool,
    previous: &Previous,
) -> bool {
    !verb.says(view)
        && !joined
        && !verb.hit.masdar
        && previous.sentence != Some(clause.sentence)
        && !super::dating::pluperfect(view, clause)
}
