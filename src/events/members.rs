//! Coordinated subjects of a statement: the members joined by "و" to a subject written after a verb of saying
//! ("ونددت كل من باريس وبرلين ومدريد بالهجوم", "ودانت الحكومة المركزية وحكومة الإقليم القصف", "وقال فلان، عضو
//! اللجنة، ووزير الدفاع فلان إن"): each is told one event of its own, with the clause's verb, date and relay,
//! as the readers of most sets tell a joint condemnation or talks.
//!
//! A joint deed ("دخلت القوات X والفصائل Y البلدة", "شنت الفصائل وهيئة X هجوما") is told as one operation of
//! its first member, as the readers tell it.

use std::rc::Rc;

use chrono::NaiveDate;

use super::lexicon::{Agreement, NounRole};
use super::phrase;
use super::referent::{AdHoc, Referent, Who};
use super::verb::Predicate;
use super::view::View;
use super::Recognition;
use crate::actors::ActorKind;

/// How many words a description set off by commas after a person may run ("، عضو الهيئة العامة للثورة،").
const APPOSITION_WORDS: usize = 10;

/// The speakers other than `source` who say or do the clause's event, in text order: the members joined to a
/// subject written after a verb of saying (`joined`), or, for a verb in the dual or the plural whose subject is
/// left implicit and is the first of the latest `joint` speakers ("ورحبت مصر وقطر بالهدنة، كما حثتا على"),
/// the others of those.
pub(crate) fn others(
    view: &View,
    source: &Referent,
    verb: &Predicate,
    end: usize,
    day: NaiveDate,
    joint: Option<&[Referent]>,
) -> Vec<Referent> {
    if source.how == Recognition::Implicit {
        let plural = verb.hit.agreement == Agreement::Plural;
        return match joint {
            Some([first, rest @ ..]) if plural && first.who.same(&source.who, view.catalog, day) => rest.to_vec(),
            _ => Vec::new(),
        };
    }
    let member_at = source
        .tokens
        .as_ref()
        .filter(|t| t.start > verb.at && verb.says(view))
        .filter(|_| matches!(source.how, Recognition::Name | Recognition::Role))
        .map(|t| t.end);
    let person = member_at.is_some() && source.who.kind(view.catalog, day) == Some(ActorKind::Person);
    let mut found = Vec::new();
    let mut next = member_at.and_then(|k| joined(view, k, end, person));
    while let Some((member, at)) = next.take() {
        next = joined(view, at, end, person);
        found.push(member);
    }
    found
}

/// Pushes an event for each member joined to the subject ("ونددت كل من باريس وبرلين بالهجوم"): `template`
/// with the member as its source. A second title of the person just named ("رئيس الوزراء ووزير الخارجية،
/// فلان") makes no second event. How many it pushed.
pub(crate) fn push_events(
    view: &View,
    events: &mut Vec<super::Event>,
    template: &super::Event,
    members: Vec<Referent>,
    day: NaiveDate,
) -> usize {
    let mut pushed = 0;
    for member in members {
        let resolved = member.resolve(view, day);
        let told = |e: &super::Event| e.span == template.span && e.source.as_ref().is_some_and(|s| s.id == resolved.id);
        if events.iter().rev().take(4).any(told) {
            continue;
        }
        events.push(super::Event {
            source: Some(resolved),
            ..template.clone()
        });
        pushed += 1;
    }
    pushed
}

/// The member joined by "و" at `k`, right after a subject (past its closing quotation mark, or past a person's
/// description between commas when `person`), and the token after it; within `limit`. A member is a catalog
/// name, or a person named after a title ("ووزير الدفاع فلان الفلاني"): a conjoined phrase that names no one
/// ("ومصادر طبية", "وشهود عيان") is told by most readers as part of the first member's statement.
pub(crate) fn joined(view: &View, k: usize, limit: usize, person: bool) -> Option<(Referent, usize)> {
    // "فلان الفلاني،" وفلان: past the comma and the quotation mark that close the subject.
    let k = if view.is_punct(k, ',') && view.is_punct(k + 1, '"') {
        k + 1
    } else {
        k
    };
    let k = if view.is_punct(k, '"') { k + 1 } else { k };
    let k = if person && view.is_punct(k, ',') {
        past_apposition(view, k, limit)?
    } else {
        k
    };
    // Cheap test first: the word opens with "و".
    if k >= limit || !view.word_bytes(k).starts_with("و".as_bytes()) {
        return None;
    }
    if let Some(n) = view.name_starting(k) {
        let name = view.names[n];
        if !name.conjoined || name.tokens.1 > limit {
            return None;
        }
        let (member, end) = phrase::name(view, n);
        return Some((member, end.min(limit)));
    }
    let gender = view.roles(k).iter().find_map(|&r| match r {
        NounRole::Title(g) => Some(g),
        _ => None,
    })?;
    let (member, end) = phrase::titled_person(view, k, limit, gender)?;
    named_person(view, member).map(|m| (m, end))
}

/// The token after the description set off by commas at `k` ("، عضو اللجنة المركزية،"), if a second comma
/// closes it within a few words that tell no date and no verb.
fn past_apposition(view: &View, k: usize, limit: usize) -> Option<usize> {
    let last = (k + 1 + APPOSITION_WORDS).min(limit);
    let close =
        (k + 1..last).find(|&j| view.is_punct(j, ',') || view.date_at[j].is_some() || view.verb_at(j).is_some())?;
    (close > k + 1 && view.is_punct(close, ',')).then_some(close + 1)
}

/// A member read after a title, when it is a person the catalog knows or one the text names (named without
/// the "و" that joined it); a title alone ("ووزير الخارجية") is no member.
fn named_person(view: &View, member: Referent) -> Option<Referent> {
    let adhoc = match &member.who {
        Who::AdHoc(adhoc) => adhoc,
        Who::Actor(a) => return (view.catalog.actor_at(*a).kind == ActorKind::Person).then_some(member),
        Who::Role(_) => return None,
    };
    if adhoc.kind != ActorKind::Person || adhoc.role.is_none() {
        return None;
    }
    let Some(role) = adhoc.role.as_deref().and_then(|r| r.strip_prefix('و')) else {
        return Some(member);
    };
    let who = Who::AdHoc(Rc::new(AdHoc {
        role: Some(role.into()),
        ..(**adhoc).clone()
    }));
    Some(Referent { who, ..member })
}
