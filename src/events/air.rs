//! The air arm of a body named after a tie: "سلاح الجو التابع للجيش X", "الطيران الحربي التابع لـ «X»",
//! "وشن طيران تابع لدولة X غارات". The head is the air arm, not the tied body: the air force of a state or of
//! its army where the catalog has one ('air' rows of armies.tsv), else the state or army itself (as warplanes
//! tied to it are, `phrase::tied_members`); the air arm of any other body (an armed group, a government the
//! catalog knows without an air force) is a body of its own, named by the whole phrase.
//!
//! Read only where the head stands ("سلاح" before "الجو", "الطيران", "طيران"), before the other readers of a
//! members noun.

use super::chunk;
use super::lexicon::{strip_conjunction, NounRole};
use super::referent::Referent;
use super::speaker::{armed_state, is_drone};
use super::view::View;
use crate::actors::{ActorKind, Gender, Target};

/// Whether "سلاح الجو" stands at `k`: a head indefinite in form, definite by its construct, that a verb takes
/// as its subject as it takes a definite word ("وشن سلاح الجو غارات").
pub(crate) fn air_head(view: &View, k: usize) -> bool {
    view.word(k) == "سلاح" && view.word(k + 1) == "الجو"
}

/// The air arm at `k` tied to a body the catalog names, and the token after the phrase.
pub(crate) fn air_arm(view: &View, k: usize, limit: usize) -> Option<(Referent, usize)> {
    let word = view.word(k);
    let head = strip_conjunction(word).unwrap_or(word);
    // The cue first: "سلاح الجو", "الطيران", "طيران".
    let mut at = match head {
        "سلاح" if view.word(k + 1) == "الجو" => k + 2,
        "الطيران" | "طيران" => k + 1,
        _ => return None,
    };
    // One adjective of its own: "الحربي", "الجوي", "المسير" (drones are flown by armies and air forces alike).
    let drone = is_drone(view.word(at).strip_prefix("ال").unwrap_or(view.word(at)));
    if drone || matches!(view.word(at), "الحربي" | "حربي" | "العسكري" | "عسكري") {
        at += 1;
    }
    if at >= limit || !view.has(at, |r| r == NounRole::Tie) {
        return None;
    }
    let (n, end) = match chunk::tie(view, at, limit) {
        Some(tied) => (tied.name?, tied.end),
        None => lone_dative(view, at + 1, limit)?,
    };
    let Target::Actor(a) = view.names[n].target else {
        return None;
    };
    let actor = view.catalog.actor_at(a);
    if matches!(actor.kind, ActorKind::Person | ActorKind::Media) {
        return None;
    }
    if let Some(country) = armed_state(view, actor) {
        let force = Some(country)
            .filter(|_| !drone)
            .and_then(|c| view.lexicon.air_force(c))
            .and_then(|id| view.catalog.actor_index(id))
            .unwrap_or(a);
        let mut found = Referent::named(force, k..end);
        found.gender = Some(Gender::Masculine);
        return Some((found, end));
    }
    let text = view.original(k..end);
    let text = if head != word {
        text.strip_prefix(['و', 'ف']).unwrap_or(text)
    } else {
        text
    };
    let found = Referent::unknown_body(
        text.trim().to_string(),
        Gender::Masculine,
        ActorKind::ArmedGroup,
        actor.country.clone(),
        k..end,
    );
    Some((found, end))
}

/// A catalog name after a lone "ل" at `j` (written "لـ", the tatweel folded away), quote marks aside ("التابع
/// لـ «X»"), and the token after it and its closing mark.
fn lone_dative(view: &View, j: usize, limit: usize) -> Option<(usize, usize)> {
    if view.word(j) != "ل" {
        return None;
    }
    let quoted = view.is_punct(j + 1, '"');
    let n = view
        .name_starting(j + 1 + usize::from(quoted))
        .filter(|&n| !view.names[n].clitic)?;
    let end = view.names[n].tokens.1;
    let end = end + usize::from(quoted && view.is_punct(end, '"'));
    (end <= limit).then_some((n, end))
}

#[cfg(test)]
#[path = "air_tests.rs"]
mod tests;
