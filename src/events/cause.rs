//! The doer of the deed that caused a toll, written inside the attack's noun phrase.
//!
//! "قتل 9 مدنيين في قصف جوي للتحالف، وفق المرصد", "جراء غارات روسية على البلدة، بحسب الوزارة", "بعد تنفيذ
//! طائرات التحالف عشر غارات": the clause tells a toll whose cause is an attack noun after a cause word (`cause`
//! rows of nouns.tsv, or "بعد"/"خلال"/"عقب" before "تنفيذ"/"شن"), and the attack's doer is written in its noun
//! phrase, as a لـ-phrase or a genitive that the catalog names, or as a country adjective (that state's armed
//! forces, `armies.tsv`). That doer is the source of what the clause tells; the according phrase relays it.
//! Read for a clause whose event is its according phrase, where the cause word stands; and, by [`by_weapon`],
//! for a deed told by a verbal noun with a state's weapon after "ب" ("إثر استهدافه بطائرة مسيرة إسرائيلية").
//!
//! A deed's verbal noun with a country adjective as its agent is the news of its clause when it is the
//! clause's subject and no finite verb tells anything else ([`told_attack`]: "وكان قصف إسرائيلي، مساء الخميس،
//! على بلدة X أسفر عن", "أدى القصف الإسرائيلي على منزل إلى مقتل"); after a preposition ("ردا على القصف
//! الإسرائيلي") it is only what the clause's own event answers or follows.
//!
//! The doer after an attack noun with "من" or "لـ" ("قتل خمسة حراس في هجوم لمسلحين"، "تعرضت القرية لقصف من
//! القوات التركية") is the agent phrase of a deed in the passive, as "من قبل" is ([`attack_doer`]).

use std::ops::Range;

use super::lexicon::{Agreement, NounRole, VerbClass, VerbHit};
use super::phrase;
use super::referent::{Referent, Who};
use super::view::View;
use super::Recognition;
use crate::actors::Gender;
use crate::text::TokenKind;

/// How many adjectives may stand between the attack noun and its doer ("قصف جوي مكثف للتحالف").
const ADJECTIVES: usize = 2;

/// Whether a folded word (its "ب" stripped by the caller) names an attack: the head of a cause's noun phrase.
fn attack(word: &str) -> bool {
    matches!(
        word,
        "قصف"
            | "غاره"
            | "غارات"
            | "غارتين"
            | "ضربه"
            | "ضربات"
            | "هجوم"
            | "هجمات"
            | "استهداف"
            // "جراء إلقاء مروحيات النظام براميل", "إثر إطلاق قوات الاحتلال النار": a deed's verbal noun whose
            // doer is its genitive.
            | "القاء"
            | "اطلاق"
    )
}

/// Whether an attack noun is told of warplanes: its doer's country is its air force where it has one.
fn by_air(word: &str) -> bool {
    matches!(word, "غاره" | "غارات" | "غارتين" | "ضربه" | "ضربات")
}

/// The doer of the attack that caused what the clause in `range` tells, the according word at `skip` left out.
pub(crate) fn doer(view: &View, range: Range<usize>, skip: usize) -> Option<Referent> {
    let end = range.end;
    range.clone().filter(|&k| k != skip && !view.quoted[k]).find_map(|k| {
        let head = if view.has(k, |r| r == NounRole::Cause) {
            // "بقصف", "بغارة": the cause word is the attack itself; "جراء"، "إثر": the attack follows.
            let w = view.word(k);
            match w.strip_prefix('ب') {
                Some(s) if attack(s) => k,
                _ => k + 1,
            }
        } else if matches!(view.phrase_at(k), Some((2, NounRole::Cause))) {
            k + 1
        } else if matches!(view.word(k), "بعد" | "خلال" | "عقب") && matches!(view.word(k + 1), "تنفيذ" | "شن")
        {
            // "بعد تنفيذ طائرات التحالف عشر غارات": the agent of the verbal noun.
            return written_doer(view, k + 2, end);
        } else {
            return None;
        };
        if head >= end {
            return None;
        }
        let noun = view.word(head);
        let noun = if head == k {
            noun.strip_prefix('ب').unwrap_or(noun)
        } else {
            noun
        };
        if !attack(noun) {
            return None;
        }
        doer_after(view, head, end, by_air(noun))
    })
}

/// A strike told as the subject right after its verb, with its doer written in its phrase ("واستهدفت غارات
/// جوية إسرائيلية مطار حلب", "استهدف قصف مدفعي إسرائيلي ريف درعا"): that doer, read as [`doer`] reads it
/// after a cause word, and where its phrase ends.
pub(crate) fn attack_subject(view: &View, k: usize, end: usize) -> Option<(Referent, usize)> {
    let noun = view.word(k);
    if !attack(noun) {
        return None;
    }
    // The state's armed forces, not its air force: readers name the state ("Israel") or its army for a strike
    // told as a subject, and the army's name holds the state's.
    let found = doer_after(view, k, end, false)?;
    let after = found.tokens.as_ref().map_or(k + 1, |t| t.end);
    Some((found, after))
}

/// The doer written after the attack noun at `head`: a genitive or a لـ-phrase the catalog
/// names, or a country adjective after at most two other adjectives (its air force when `air` and it has one).
fn doer_after(view: &View, head: usize, end: usize, air: bool) -> Option<Referent> {
    if let Some(found) = written_doer(view, head + 1, end) {
        return Some(found);
    }
    let mut j = head + 1;
    while j < end.min(head + 2 + ADJECTIVES) && view.toks[j].kind == TokenKind::Word {
        let w = view.word(j);
        if let Some(country) = view.lexicon.nisba(w).filter(|_| !w.starts_with("ال")) {
            let id = view.lexicon.forces(country, air)?;
            return Some(Referent {
                who: Who::Actor(view.catalog.actor_index(id)?),
                how: Recognition::Role,
                tokens: Some(head..j + 1),
                gender: Some(Gender::Masculine),
            });
        }
        if j > head + 1 && (w.starts_with('ل') || w.starts_with("لل")) {
            return written_doer(view, j, end);
        }
        // Only indefinite adjectives stand between ("جوي", "مدفعي").
        if w.starts_with("ال") || view.name_at[j].is_some() || !view.roles(j).is_empty() {
            return None;
        }
        j += 1;
    }
    None
}

/// Where the doer of an attack written as the agent phrase of a deed in the passive starts: after an attack
/// noun at `k` ("هجوم", "لهجوم", "بقصف"), at most [`ADJECTIVES`] indefinite adjectives, then "من" and the
/// actor's phrase ("تعرضت القرية لقصف مدفعي من القوات التركية": `Doer::After`, read as the phrase after "من
/// قبل" is), or "لـ" and the actor ("قتل خمسة حراس في هجوم لمسلحين": `Doer::Dative`, read here). "من قبل" is
/// an agent phrase of its own; a place after "من" ("هجوم من الشمال") or "لدى" names no doer.
pub(crate) fn attack_doer(view: &View, k: usize, end: usize) -> Option<Doer> {
    let w = view.word(k);
    let noun = w
        .strip_prefix('ل')
        .or_else(|| w.strip_prefix('ب'))
        .filter(|r| attack(r))
        .unwrap_or(w);
    if !attack(noun) || view.quoted[k] {
        return None;
    }
    // The attack is what befell or surrounded the deed: "لهجوم", "بقصف", "في هجوم", "خلال صد هجوم"; not the
    // object of another deed ("صد هجوم لقوات X" at a heading: X attacked, the other side repelled).
    let circumstance = |p: usize| {
        // "جراء" and "إثر" are cause rows of nouns.tsv.
        matches!(view.word(p), "في" | "خلال" | "اثناء" | "عقب") || view.has(p, |r| r == NounRole::Cause)
    };
    let framed = noun.len() < w.len()
        || (k >= 1 && circumstance(k - 1))
        || (k >= 2 && circumstance(k - 2) && {
            // "خلال صد هجوم": a verbal noun between, indefinite and no name.
            let between = view.word(k - 1);
            !between.is_empty() && !between.starts_with("ال") && view.name_at[k - 1].is_none()
        });
    if !framed {
        return None;
    }
    let mut j = k + 1;
    while j < end.min(k + 1 + ADJECTIVES) {
        let a = view.word(j);
        let adjective = view.toks[j].kind == TokenKind::Word
            && !a.starts_with("ال")
            && !a.starts_with('ل')
            && a != "من"
            && view.roles(j).is_empty()
            && view.name_at[j].is_none()
            && view.place_at[j].is_none()
            && view.date_at[j].is_none();
        if !adjective {
            break;
        }
        j += 1;
    }
    if j + 1 >= end || view.quoted[j] {
        return None;
    }
    let w = view.word(j);
    if w == "من" {
        let after = j + 1;
        let open = view.word(after) != "قبل" && view.place_at[after].is_none() && view.date_at[after].is_none();
        return open.then_some(Doer::After(after));
    }
    if w.starts_with('ل') {
        let doer = written_doer(view, j, end).or_else(|| phrase::dative_actor(view, j, end).map(|(r, _)| r));
        return doer.map(Doer::Dative);
    }
    None
}

/// The doer of an attack after its noun ([`attack_doer`]).
pub(crate) enum Doer {
    /// The actor's phrase starts at this token, after "من".
    After(usize),
    /// The actor after "لـ".
    Dative(Referent),
}

/// The actor named at `j`: the catalog's name (also with "لـ": "للتحالف"), or "لطائرات"/"لقوات" + a name.
fn written_doer(view: &View, j: usize, end: usize) -> Option<Referent> {
    if j >= end {
        return None;
    }
    if let Some(n) = view.name_starting(j) {
        let named = phrase::name(view, n).0;
        return matches!(named.how, Recognition::Name | Recognition::Role).then_some(named);
    }
    let w = view.word(j);
    let bare = w.strip_prefix('ل').unwrap_or(w);
    let members = view.lexicon.has(bare, |r| r == NounRole::Members);
    if members && j + 1 < end {
        if let Some(n) = view.name_starting(j + 1).filter(|&n| !view.names[n].clitic) {
            let named = phrase::name(view, n).0;
            return matches!(named.how, Recognition::Name | Recognition::Role).then_some(named);
        }
    }
    None
}

/// The doer of a targeting told by its verbal noun with a pronoun and a بـ-phrase of a weapon with a country
/// adjective ("إثر استهدافه بطائرة مسيرة إسرائيلية"): that state's armed forces (its air force for warplanes).
pub(crate) fn by_weapon(view: &View, v: usize, end: usize) -> Option<Referent> {
    if let Some(doer) = own_adjective(view, v, end) {
        return Some(doer);
    }
    if !view.word(v).starts_with("استهداف") || v + 2 >= end {
        return None;
    }
    let weapon = view.word(v + 1).strip_prefix('ب')?;
    if view.lexicon.word(weapon).marks & super::lexicon::mark::PLATFORM == 0 {
        return None;
    }
    let mut drone = false;
    (v + 2..end.min(v + 4)).find_map(|j| {
        let w = view.word(j);
        drone |= w.starts_with("مسير");
        let country = view.lexicon.nisba(w).filter(|_| !w.starts_with("ال"))?;
        let air = view.lexicon.is_aircraft(weapon) && !drone;
        let id = view.lexicon.forces(country, air)?;
        Some(Referent {
            who: Who::Actor(view.catalog.actor_index(id)?),
            how: Recognition::Role,
            tokens: Some(v + 1..j + 1),
            gender: Some(Gender::Feminine),
        })
    })
}

/// The verbal noun of a deed at the head of a clause in `range` that no finite verb tells, with a country
/// adjective as its agent ("قصف إسرائيلي على بلدة X أسفر عن", "وكان قصف إسرائيلي، مساء الخميس، على", "أدى
/// القصف الإسرائيلي على منزل إلى مقتل"): the deed is what the clause tells. At the head: the clause's first
/// word, a word after punctuation or a date, or one word after such a head that is no preposition, name or
/// vocabulary noun ("وكان"، "أدى"). Its agent is read by [`by_weapon`] (the hit has no written subject).
pub(crate) fn told_attack(view: &View, range: Range<usize>) -> Option<(usize, VerbHit)> {
    let first = range.clone().find(|&k| view.toks[k].kind == TokenKind::Word)?;
    let head = |k: usize| {
        k == first || (k > range.start && (view.toks[k - 1].kind == TokenKind::Punct || view.date_at[k - 1].is_some()))
    };
    range.clone().find_map(|i| {
        let opened = i > range.start && head(i - 1) && opener(view, i - 1);
        if !(head(i) || opened) || view.quoted[i] || view.date_at[i].is_some() || view.name_at[i].is_some() {
            return None;
        }
        let (verb, _) = deed_noun(view, i)?;
        own_adjective(view, i, range.end)?;
        Some((
            i,
            VerbHit {
                verb: verb as u32,
                agreement: Agreement::Masculine,
                masdar: true,
                present: false,
                object: false,
            },
        ))
    })
}

/// Whether the word at `k` may stand before a clause's subject at its head: a verb the vocabulary does not
/// read ("أدى", "أسفر") or "كان", not a preposition, a definite word, a name or a vocabulary noun.
fn opener(view: &View, k: usize) -> bool {
    let w = view.word(k);
    let bare = super::lexicon::strip_conjunction(w).unwrap_or(w);
    view.toks[k].kind == TokenKind::Word
        && !w.starts_with("ال")
        && view.name_at[k].is_none()
        && view.place_at[k].is_none()
        && view.date_at[k].is_none()
        && view.roles(k).iter().all(|&r| r == NounRole::Auxiliary)
        && !matches!(
            bare,
            // Folded: "على", "لدى", "حتى" are written with ي.
            "في" | "علي"
                | "من"
                | "عن"
                | "مع"
                | "ضد"
                | "بعد"
                | "قبل"
                | "خلال"
                | "رغم"
                | "منذ"
                | "حول"
                | "عقب"
                | "اثر"
                | "جراء"
                | "وسط"
                | "ضمن"
                | "بين"
                | "لدي"
                | "عند"
                | "حتي"
                | "ان"
                | "او"
                | "ثم"
                | "لا"
                | "لم"
        )
}

/// The action verb whose verbal noun stands at `i`, with or without the article (and "و"/"ف"), and whether it
/// has the article.
fn deed_noun(view: &View, i: usize) -> Option<(usize, bool)> {
    let w = view.word(i);
    let bare = super::lexicon::strip_conjunction(w).unwrap_or(w);
    let (noun, definite) = match bare.strip_prefix("ال") {
        Some(rest) => (rest, true),
        None => (bare, false),
    };
    let verb = view.lexicon.bare_masdar(noun)?;
    (view.lexicon.verbs[verb].class == VerbClass::Action).then_some((verb, definite))
}

/// The armed forces of the state a country adjective names right after a deed's verbal noun at `v` (at most
/// [`ADJECTIVES`] other adjectives between, with the noun's article or without it as the noun has it): "قصف
/// إسرائيلي", "القصف المدفعي الإسرائيلي".
fn own_adjective(view: &View, v: usize, end: usize) -> Option<Referent> {
    let (_, definite) = deed_noun(view, v)?;
    let w = view.word(v);
    let noun = super::lexicon::strip_conjunction(w).unwrap_or(w);
    let noun = noun.strip_prefix("ال").unwrap_or(noun);
    let mut j = v + 1;
    while j < end.min(v + 2 + ADJECTIVES) && view.toks[j].kind == TokenKind::Word {
        let w = view.word(j);
        if w.starts_with("ال") != definite || view.name_at[j].is_some() || view.quoted[j] {
            return None;
        }
        if let Some(country) = view.lexicon.nisba(w) {
            let id = view.lexicon.forces(country, by_air(noun))?;
            return Some(Referent {
                who: Who::Actor(view.catalog.actor_index(id)?),
                how: Recognition::Role,
                tokens: Some(v..j + 1),
                gender: Some(Gender::Masculine),
            });
        }
        if !view.roles(j).is_empty() || view.place_at[j].is_some() {
            return None;
        }
        j += 1;
    }
    None
}

#[cfg(test)]
#[path = "cause_tests.rs"]
mod tests;
