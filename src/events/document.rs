//! Speakers named by their document: "وقال بيان للجيش إن", "وذكر بيان صادر عن وزارة الدفاع أن", "وكشف تحقيق
//! أجرته منظمة X أن". The document's issuer speaks; an outlet that carried it issued nothing.

use super::chunk::{self, is_definite};
use super::lexicon::{strip_conjunction, NounRole};
use super::outlet;
use super::phrase::{self, written_gender};
use super::referent::Referent;
use super::speaker::{adhoc, dative_actor, without_dative};
use super::view::View;
use super::Recognition;
use crate::actors::{ActorKind, Gender};
use crate::text::TokenKind;

/// A statement named by its document right after the verb, with its issuer: "وقال بيان للجيش اللبناني إن",
/// "وذكر بيان صادر عن وزارة الدفاع أن", "وأوضحت بيانات للتحالف أن", "وكشف تحقيق أجرته منظمة X أن": the issuer
/// speaks.
pub(crate) fn document_of(view: &View, k: usize, limit: usize) -> Option<(Referent, usize)> {
    let word = view.word(k);
    let document = view.has(k, |r| r == NounRole::StatementNoun) || strip_conjunction(word).unwrap_or(word) == "بيانات";
    if !document || is_definite(word) || view.quoted[k] {
        return None;
    }
    // An adjective of the document may come first ("بيان رسمي للجيش", "بيان مشترك صادر عن").
    let mut j = k + 1;
    let nisba = view.roles(j).iter().all(|&r| r == NounRole::SubjectSkip) && view.word(j).ends_with('ي');
    if j < limit && (nisba || view.has(j, |r| r == NounRole::Adjective)) && view.name_at[j].is_none() {
        j += 1;
    }
    if matches!(view.word(j), "صادر" | "صادره") && view.word(j + 1) == "عن" {
        // "صادر عن "كتائب القسام"": past the quotation mark that opens the issuer's name.
        let at = j + 2 + usize::from(view.is_punct(j + 2, '"'));
        return phrase::actor_at(view, at, limit);
    }
    // "وقال بيان من قيادة العمليات إن": the body it comes from, named as a subject would be.
    if view.word(j) == "من" && j + 1 < limit {
        return phrase::actor_at(view, j + 1, limit);
    }
    // "تحقيق أجرته منظمة X", "تقرير نشرته وزارة X": a verb with the document as its object, then its agent.
    // Not a relay's ("بيان نقلته وكالة X"): the outlet carried the document, and issued nothing.
    // Nor an outlet's that published or aired it ("بيان نشرته وكالة X", "كلمة بثها التلفزيون"), as a body
    // publishes its own report ("تقرير نشرته منظمة X").
    if let Some(hit) = view.form(j).filter(|h| h.object) {
        let carried = view.has(j, |r| r == NounRole::Via) || outlet::is_carrier(view, j);
        if view.lexicon.verbs[hit.verb as usize].class == super::lexicon::VerbClass::Relay
            || (carried && outlet::named_at(view, j + 1, limit).is_some())
        {
            return None;
        }
        return phrase::actor_at(view, j + 1, limit);
    }
    let dative = view.word(j).strip_prefix('ل').is_some_and(|r| r.chars().count() >= 3);
    if !dative {
        return genitive_issuer(view, j, limit);
    }
    if let Some(n) = view.name_starting(j).filter(|&n| view.names[n].clitic) {
        let name = view.names[n];
        if outlet::is_outlet(view, &name) {
            return None;
        }
        return Some(phrase::name(view, n));
    }
    // "في تصريحات لصحيفة الوسط", "لموقع X": an outlet the catalog does not know, spoken to.
    if outlet::is_dative_head(view.word(j)) || outlet::dative_headed(view, j).is_some() {
        return None;
    }
    dative_actor(view, j, limit)
        .or_else(|| dative_anaphor(view, j, limit))
        .or_else(|| unknown_issuer(view, j, limit))
}

/// A bare definite noun of a body after "ل" standing alone ("بيان للوزارة اليوم", "بيان للشرطة،"): the body of
/// its kind the text named before, else that body as written.
fn dative_anaphor(view: &View, j: usize, limit: usize) -> Option<(Referent, usize)> {
    let bare = super::lexicon::definite_of_dative(view.word(j))?;
    let (kind, gender) = view.lexicon.noun(&bare).iter().find_map(|&r| match r {
        NounRole::Anaphor(kind, gender) => Some((kind, gender)),
        _ => None,
    })?;
    let next = j + 1;
    let alone = next >= limit
        || view.toks[next].kind == TokenKind::Punct
        || view.date_at[next].is_some()
        || view.has(next, |r| r == NounRole::Complementizer);
    if !alone {
        return None;
    }
    if let Some(found) = super::subject::anaphor(view, j, kind, view.published, None) {
        return Some((found.as_(Recognition::Anaphor, Some(j..next)), next));
    }
    let referent = Referent::unknown_body(without_dative(view.original(j..next)), gender, kind, None, j..next);
    Some((referent, next))
}

/// The issuer of a document in construct with it ("وأشار بيان العسكريين إلى", "وقال بيان الجيش إن"): a definite
/// genitive at `j` that names an actor, or a plural of people no list names as a body ("العسكريين", "الضباط"),
/// the group as the text writes it. A definite word that is neither ("بيان الأمس", "تقرير المنظمة" with no
/// organisation named) names no one.
fn genitive_issuer(view: &View, j: usize, limit: usize) -> Option<(Referent, usize)> {
    let word = view.word(j);
    if j >= limit || !is_definite(word) || view.date_at[j].is_some() {
        return None;
    }
    if view.name_starting(j).is_some_and(|n| !view.names[n].clitic) {
        return phrase::actor_at(view, j, limit);
    }
    let bare = word.strip_prefix("ال")?;
    let plural_of_people = |w: &str| {
        let head = |w: &str| view.lexicon.has(w, |r| r == NounRole::SpeakerHead(Gender::Masculine));
        head(w)
            || w.strip_suffix("ين").is_some_and(|stem| head(&format!("{stem}ون")))
            || view.lexicon.singular(w).is_some_and(head)
    };
    if !plural_of_people(bare) {
        return None;
    }
    let (found, end) = adhoc(view, j, limit, Gender::Masculine);
    Some((found, end))
}

/// The issuer of a document no list knows, after "بيان لـ": a definite head with no role and the adjectives
/// that qualify it, up to a comma, the content or the body it belongs to ("وقال بيان للإعلام العسكري للمقاومة
/// الوطنية، إن" → "الإعلام العسكري"): a body the catalog does not know, which issued the statement. A lone
/// head, or one followed by a preposition ("بيان للترحيب بالضيوف"), is what the document is for, not its issuer.
fn unknown_issuer(view: &View, j: usize, limit: usize) -> Option<(Referent, usize)> {
    let word = view.word(j);
    if !word.starts_with("لل") || !view.roles(j).is_empty() || view.name_at[j].is_some() {
        return None;
    }
    // The adjectives: definite words no list knows ("العسكري", "الإعلامي").
    let end = (j + 1..limit)
        .find(|&i| {
            !is_definite(view.word(i))
                || !view.roles(i).is_empty()
                || view.name_at[i].is_some()
                || view.date_at[i].is_some()
        })
        .unwrap_or(limit);
    let closed = end == limit
        || view.date_at[end].is_some()
        || view.is_punct(end, ',')
        || view.has(end, |r| r == NounRole::Complementizer)
        // "للمقاومة الوطنية", "لألوية الشمال": the body it belongs to.
        || view.word(end).starts_with('ل');
    if end < j + 2 || !closed {
        return None;
    }
    let np = chunk::chunk(view, j, end);
    let referent = Referent::unknown_body(
        without_dative(view.original(j..end)),
        written_gender(view, j, Gender::Masculine),
        ActorKind::AdHoc,
        np.country.or(np.attached_country),
        j..end,
    );
    Some((referent, end))
}
