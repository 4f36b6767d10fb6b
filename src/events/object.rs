//! Verbs whose first noun phrase after them is their object, not a new subject: a verb of call before the
//! people it calls on ("ودعا أهالي البلدة إلى الصبر"), a verb of accusation before the accused and the charge
//! ("واتهم طهران بأنها تسلح", "وحمّلت حكومة العاصمة المسؤولية الكاملة"). The one who calls or accuses is then
//! left implicit: the speaker the clause continues.

use super::chunk;
use super::lexicon::NounRole;
use super::verb::Predicate;
use super::view::View;
use super::EventKind;

/// How many tokens after a verb of accusation its charge may stand, past the accused ("وحمّلت حكومة الإقليم
/// الشمالي "المسؤولية"): a noun phrase of a few words and a quotation mark.
const CHARGE_REACH: usize = 7;

/// How many tokens after the charge a "ل" phrase may name whom it is laid on ("مسؤولية احتجاز الوزير للحكومة").
const LAID_ON_REACH: usize = 8;

/// Whether the verb of call at `v` is followed by the people of a place and then what they are called to
/// ("ودعا أهالي البلدة إلى الصبر", "وحث السكان على البقاء في منازلهم", "وطالبت المواطنين بالابتعاد"): they are
/// the call's object, and the one who calls is left implicit. With an object of their own after them
/// ("وطالب أهالي القرية الحكومة بالتدخل") they are the subject.
pub(crate) fn called_on(view: &View, v: usize) -> bool {
    let call = view
        .verb_at(v)
        .is_some_and(|h| view.lexicon.verbs[h.verb as usize].kind == EventKind::Call);
    if !call || !view.lexicon.addressee(view.word(v + 1)) {
        return false;
    }
    let end = chunk::chunk(view, v + 1, view.toks.len()).body_end;
    let next = view.word(end);
    matches!(next, "الي" | "علي") || (next.starts_with(['ب', 'ل']) && chunk::on_proclitic(view, end))
}

/// Whether the verb of accusation is followed by a name and then by what that name is accused of ("فيما اتهمت
/// الحركة الشعبية بالوقوف وراء التفجير", "واتهم طهران بأنها تسلح الميليشيات", "وحمّلت الحركة الشعبية المسؤولية"):
/// the name is the accused, the verb's object, and the accuser is left implicit. With a name of its own after
/// it ("واتهم الجيش الحركة الشعبية بالوقوف") the first name is the subject. A phrase the catalog does not name
/// before the charge the verb's row asks for is the accused as well ([`charged_phrase`]).
pub(crate) fn accused(view: &View, verb: &Predicate) -> bool {
    let entry = verb.entry(view);
    if verb.hit.masdar || entry.kind != EventKind::Accusation {
        return false;
    }
    let Some(n) = view.name_of(verb.at + 1) else {
        return entry
            .needs
            .as_deref()
            .is_some_and(|needs| charged_phrase(view, verb.at, needs));
    };
    let end = view.names[n].tokens.1;
    let next = view.word(end);
    // "بالوقوف", "بأنها", "بارتكاب": a "ب" that no name of the catalog starts with; or the charge the verb's row
    // asks for ("المسؤولية" after "حمّل").
    let charge = next.starts_with('ب') && view.name_of(end).is_none() && !view.has(end, |r| r == NounRole::Preposition);
    charge
        || entry
            .needs
            .as_ref()
            .is_some_and(|words| words.iter().any(|w| w == next))
}

/// Whether the charge a verb's row asks for ("المسؤولية" after "حمّل") stands a few words after the verb at
/// `v`, past a noun phrase the catalog does not name ("وحمّلت حكومة العاصمة المسؤولية الكاملة", 'وحمّلت الحكومة
/// "المسؤولية"'): that phrase is the one held responsible. A "ل" phrase after the charge names whom it is laid
/// on ("وحمّلت الحركة مسؤولية الهجوم للجيش"), and the phrase before the charge is then the subject.
fn charged_phrase(view: &View, v: usize, needs: &[String]) -> bool {
    let end = (v + CHARGE_REACH).min(view.toks.len());
    let mut words = 0;
    let mut j = v + 1;
    let charge = loop {
        if j >= end {
            return false;
        }
        if view.is_punct(j, '"') {
            j += 1;
            continue;
        }
        let w = view.word(j);
        if needs.iter().any(|n| n == w) {
            break j;
        }
        // Only the words of a noun phrase stand between the verb and its charge; a place noun the vocabulary
        // lists among prepositions ("حكومة العاصمة", "إدارة المدينة") is one.
        let preposition = view.has(j, |r| r == NounRole::Preposition) && !chunk::is_definite(w) && !w.ends_with('ه');
        let phrase_word = !w.is_empty()
            && !preposition
            && view.verb_at(j).is_none()
            && view.date_at[j].is_none()
            && !view.has(j, |r| r == NounRole::Complementizer)
            && !chunk::on_proclitic(view, j);
        if !phrase_word {
            return false;
        }
        words += 1;
        j += 1;
    };
    let laid_on = (charge + 1..(charge + LAID_ON_REACH).min(view.toks.len()))
        .take_while(|&k| !view.word(k).is_empty() || view.is_punct(k, '"'))
        .any(|k| view.word(k).starts_with('ل') && chunk::on_proclitic(view, k));
    words > 0 && !laid_on
}

#[cfg(test)]
#[path = "object_tests.rs"]
mod tests;
