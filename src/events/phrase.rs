//! Noun phrases that name actors: a catalog name (with a title before a holder's name read as one person), a
//! head noun before the names it governs ("وكالة “الأناضول”", "المتحدثة باسم البيت الأبيض كارولين ليفيت"),
//! and persons named by a title. Speakers the catalog does not know ("مصدر عسكري") are read in
//! [`super::speaker`], re-exported here.

use std::ops::Range;
use std::rc::Rc;

use chrono::NaiveDate;

use super::chunk::{self, is_definite, NounPhrase};
use super::holder::Holder;
use super::lexicon::{strip_conjunction, NounRole};
use super::referent::{AdHoc, Referent, Who};
use super::view::View;
use super::Recognition;
use crate::actors::{ActorKind, Gender, Target};

pub(crate) use super::apposition::apposed_unknown;
pub(crate) use super::document::document_of;
pub(crate) use super::speaker::{adhoc, crowd, dative_actor, dative_before, definite_head, head_said_before, headed};

/// The referent a catalog name gives, with a role followed by its holder's name read as one person
/// ("وزير الخارجية الروسي، سيرغي لافروف"), and the token after the phrase.
pub(crate) fn name(view: &View, n: usize) -> (Referent, usize) {
    let name = view.names[n];
    let (first, mut end) = name.tokens;
    let mut who = Who::from(name.target);
    let mut how = match name.target {
        Target::Actor(_) => Recognition::Name,
        Target::Role(_) => Recognition::Role,
    };
    if let Target::Role(r) = name.target {
        // "وزير الدفاع اليمني السابق فلان": the holder's name comes after "former", and is no holder of the day.
        let former = view.has(end, |role| role == NounRole::Former);
        let after = end + usize::from(former);
        let k = super::holder::holder_start(view, after);
        if let Some(m) = view.name_starting(k) {
            if let Target::Actor(a) = view.names[m].target {
                if view.catalog.actor_at(a).kind == ActorKind::Person {
                    who = Who::Actor(a);
                    how = Recognition::Name;
                    end = view.names[m].tokens.1;
                }
            }
        } else if let Some(found) = super::holder::ranked_holder(view, first, after) {
            return found;
        } else if let Some((m, a)) = super::holder::described_holder(view, after) {
            who = Who::Actor(a);
            how = Recognition::Name;
            end = view.names[m].tokens.1;
        }
        if former && matches!(who, Who::Role(_)) {
            return super::holder::unnamed_former(view, r, first, end);
        }
    }
    if let Who::Actor(a) = who {
        if let Some(state) = other_states_forces(view, a, first, end) {
            who = state;
            end += 1;
        }
    }
    let gender = match who {
        Who::Actor(a) if view.catalog.actor_at(a).kind != ActorKind::Person => {
            Some(written_gender(view, first, view.catalog.actor_at(a).gender))
        }
        _ => None,
    };
    let referent = Referent {
        who,
        how,
        tokens: Some(first..end),
        gender,
    };
    (referent, end)
}

/// The forces of another state than a catalog army's, when that army's generic name takes the other state's
/// adjective ("قوات النظام البحريني", "القوات الحكومية الليبية" are not Syria's): forces of that state named
/// as the text names them (which of its armed or security bodies the text means, it does not say).
fn other_states_forces(view: &View, a: usize, first: usize, end: usize) -> Option<Who> {
    let actor = view.catalog.actor_at(a);
    if actor.kind != ActorKind::ArmedGroup {
        return None;
    }
    let code = view.lexicon.nisba(view.word(end))?;
    if actor.country.as_deref().is_none_or(|c| c == code) {
        return None;
    }
    Some(Who::AdHoc(Rc::new(AdHoc {
        text: view.original(first..end + 1).trim().to_string(),
        gender: actor.gender,
        kind: ActorKind::ArmedGroup,
        country: Some(code.into()),
        role: None,
    })))
}

/// [`name`] for a name that a title or head noun at `head` stands before: the phrase starts at the head.
pub(crate) fn name_after(view: &View, head: usize, n: usize) -> (Referent, usize) {
    let (r, end) = name(view, n);
    (
        Referent {
            tokens: Some(head..end),
            ..r
        },
        end,
    )
}

/// A body named by a noun phrase whose head at `k` is an institution ("وزارة الصحة اللبنانية", "خلية الإعلام
/// الأمني", "السفارة الصينية في بغداد"): the catalog actor when the head is followed by that actor's own name
/// ('وكالة "سانا"', "قيادة الجيش اللبناني"), else an actor the catalog does not know, of the head's kind, named by
/// the phrase, with its country. A definite head is read so only with a nisba after it ("الجيش السوداني"):
/// alone it is a bare noun for an actor already named.
pub(crate) fn body(view: &View, k: usize, limit: usize) -> Option<(Referent, usize)> {
    let (kind, gender) = view.roles(k).iter().find_map(|&r| match r {
        NounRole::Institution(kind, g) => Some((kind, g)),
        NounRole::Anaphor(kind, g) if kind != ActorKind::Person => Some((kind, g)),
        _ => None,
    })?;
    let np = chunk::chunk(view, k, limit);
    if let Some(found) = apposed_own_name(view, k, np.body_end, limit) {
        return Some(found);
    }
    let definite = is_definite(view.word(k));
    if !np.extended() || (definite && np.country.is_none() && np.inner_name != view.name_starting(k + 1)) {
        return None;
    }
    if let Some(n) = np.inner_name {
        let name = view.names[n];
        let right_after = name.tokens.0 == k + 1 || (name.tokens.0 == k + 2 && view.is_punct(k + 1, '"'));
        let own = match name.target {
            Target::Actor(a) => view.catalog.actor_at(a).kind == kind,
            Target::Role(_) => false,
        };
        if right_after && own && !name.clitic {
            return Some(name_after(view, k, n));
        }
    }
    if let Some(found) = named_before(view, &np) {
        return Some(found);
    }
    Some(unknown_body(view, &np, kind, gender))
}

/// The catalog body named in quotation marks or brackets right after the phrase that describes it, from its
/// head at `k` to `end`: "قوة الأمم المتحدة المؤقتة «اليونيفيل»", "القوات الدولية في لبنان (اليونيفيل)". The
/// name is the body's own, not the genitive inside the description ("الأمم المتحدة").
fn apposed_own_name(view: &View, k: usize, end: usize, limit: usize) -> Option<(Referent, usize)> {
    let open = view.is_punct(end, '"') || view.is_punct(end, '(');
    let n = view.name_starting(end + 1).filter(|_| open && end > k + 1)?;
    let name = view.names[n];
    let close = name.tokens.1;
    let closed = close < limit && (view.is_punct(close, '"') || view.is_punct(close, ')'));
    let Target::Actor(a) = name.target else { return None };
    let body = view.catalog.actor_at(a).kind != ActorKind::Person;
    (closed && body && !name.clitic).then(|| (Referent::named(a, k..close + 1), close + 1))
}

/// A definite head with only its country's nisba ("وكتبت الوزارة الروسية") that names again a body of the
/// catalog named before with the same head and country ("وزارة الدفاع الروسية").
fn named_before(view: &View, np: &NounPhrase) -> Option<(Referent, usize)> {
    let k = np.head;
    let word = view.word(k);
    let stem = strip_conjunction(word).unwrap_or(word).strip_prefix("ال")?;
    let country = np.country.as_ref()?;
    // Head and nisbas only: no iḍāfa chain, no attached phrase, no name inside.
    let only_nisbas = (k + 1..np.body_end).all(|j| view.lexicon.nisba(view.word(j)).is_some());
    if !only_nisbas || np.inner_name.is_some() || np.person.is_some() {
        return None;
    }
    let before = view.names.partition_point(|n| n.tokens.0 < k);
    let n = (0..before).rev().find(|&n| {
        let name = view.names[n];
        let Target::Actor(a) = name.target else { return false };
        let first = view.word(name.tokens.0);
        let first = if name.clitic {
            first.get(1..).unwrap_or(first)
        } else {
            first
        };
        name.tokens.1 - name.tokens.0 > 1 && first == stem && view.catalog.actor_at(a).country.as_ref() == Some(country)
    })?;
    let Target::Actor(a) = view.names[n].target else {
        return None;
    };
    let referent = Referent {
        who: Who::Actor(a),
        how: Recognition::Anaphor,
        tokens: Some(k..np.body_end),
        gender: Some(written_gender(view, k, view.catalog.actor_at(a).gender)),
    };
    Some((referent, np.body_end))
}

/// A definite body without a country, at the head of what an outlet reports ("أن الدفاعات الجوية اعترضت"): an
/// actor the catalog does not know, named by the phrase. Elsewhere such a noun stands for an actor named before.
pub(crate) fn bare_body(view: &View, k: usize, limit: usize) -> Option<(Referent, usize)> {
    let (kind, gender) = view.roles(k).iter().find_map(|&r| match r {
        NounRole::Institution(kind, g) => Some((kind, g)),
        _ => None,
    })?;
    let np = chunk::chunk(view, k, limit);
    Some(unknown_body(view, &np, kind, gender))
}

/// [`body`] when a catalog name starts at the head but the phrase goes on to name another country: "مجلس
/// الأمن القومي الأمريكي" is not "مجلس الأمن", "وزارة الصحة اللبنانية" not another country's ministry.
pub(crate) fn body_unlike_name(view: &View, k: usize, n: usize, limit: usize) -> Option<(Referent, usize)> {
    let name = view.names[n];
    let Target::Actor(a) = name.target else { return None };
    let actor = view.catalog.actor_at(a);
    if matches!(actor.kind, ActorKind::Person | ActorKind::State) {
        return None;
    }
    let (kind, gender) = view.roles(k).iter().find_map(|&r| match r {
        NounRole::Institution(kind, g) => Some((kind, g)),
        NounRole::Anaphor(kind, g) if kind != ActorKind::Person => Some((kind, g)),
        _ => None,
    })?;
    let np = chunk::chunk(view, k, limit);
    let differs = np.country.is_some() && np.country != actor.country;
    (np.body_end > name.tokens.1 && differs).then(|| unknown_body(view, &np, kind, gender))
}

/// An actor the catalog does not know, named by a noun phrase of a body.
fn unknown_body(view: &View, np: &NounPhrase, kind: ActorKind, gender: Gender) -> (Referent, usize) {
    let gender = written_gender(view, np.head, gender);
    if let Some(army) = super::speaker::army(view, np.head..np.body_end, np.country.as_deref(), gender) {
        return (army, np.body_end);
    }
    let country = match kind {
        // The country of an embassy is the one it represents, never its host.
        ActorKind::Embassy => np.country.clone(),
        _ => np.country.clone().or_else(|| np.attached_country.clone()),
    };
    let text = view.original(np.head..np.body_end).to_string();
    let referent = Referent::unknown_body(text, gender, kind, country, np.head..np.body_end);
    (referent, np.body_end)
}

/// A person the catalog does not know, named after a title ("وزير خارجية X فلان الفلاني"): the name is all its
/// words, the title is the role, and the country is the title's.
pub(crate) fn titled_person(view: &View, k: usize, limit: usize, gender: Gender) -> Option<(Referent, usize)> {
    if !view.has(k, |r| matches!(r, NounRole::Title(_) | NounRole::Rank)) && !chunk::is_official(view, k) {
        return None;
    }
    let np = chunk::chunk(view, k, limit);
    // A person of the catalog after the title ("نظيره الأردني مازن الفراية"): the title is theirs.
    // Past a comma, ranks and a descriptor with the article ("، الطبيب X").
    let mut j = np.body_end;
    while j < limit
        && j < np.body_end + 4
        && view.name_at[j].is_none()
        && (view.is_punct(j, ',')
            || view.has(j, |r| r == NounRole::Rank)
            || (j > np.body_end && is_definite(view.word(j))))
    {
        j += 1;
    }
    // 'مساعد وزير الدفاع الأمريكي "جوناثان هوفمان"': the holder's name in quotation marks.
    if view.is_punct(j, '"') && view.person_starting(j + 1).is_some() {
        j += 1;
    }
    if let Some(n) = view.person_starting(j) {
        if holds_inner_office(view, &np, n) {
            let country = np.country.clone().or_else(|| np.attached_country.clone());
            return Some(
                super::apposition::apposed_to_principal(view, k, n, limit, gender, country)
                    .unwrap_or_else(|| super::speaker::adhoc(view, k, limit, gender)),
            );
        }
        return Some(name_after(view, k, n));
    }
    // "وزير الدولة لشؤون الإعلام الناطق باسم الحكومة الدكتور فلان": the holder past the title's description.
    if np.person.is_none() {
        match super::holder::past_description(view, np.body_end, limit) {
            Some(Holder::Known(n)) if !holds_inner_office(view, &np, n) => return Some(name_after(view, k, n)),
            Some(Holder::Unknown(person)) => return Some(unknown_holder(view, &np, person, gender)),
            _ => {}
        }
    }
    // "المستشار الإعلامي لرئيس الحكومة، فلان الفلاني، إن": the name in apposition after the title's comma.
    let Some(person) = np.person.clone().filter(|p| p.len() >= 2) else {
        return apposed_unknown(view, k, limit, gender);
    };
    // A name set off by a comma is read whole between its commas ("، خالد سهيل نصر الله،").
    if person.start > np.body_end {
        if let Some(found) = apposed_unknown(view, k, limit, gender) {
            return Some(found);
        }
    }
    Some(unknown_holder(view, &np, person, gender))
}

/// A person the catalog does not know, named by `person` after the title phrase `np`: the title is their role.
fn unknown_holder(view: &View, np: &NounPhrase, person: Range<usize>, gender: Gender) -> (Referent, usize) {
    let referent = Referent::unknown_person(
        view.original(person.clone()).to_string(),
        gender,
        np.country.clone().or_else(|| np.attached_country.clone()),
        Some(view.original(np.head..np.body_end).into()),
        np.head..person.end,
    );
    (referent, person.end)
}

/// Whether the catalog person `n` after a title's phrase has held the office the phrase names inside its chain
/// ("مستشار قائد الحرس الوطني فلان" where فلان commands the guard): the name is that office's holder, and
/// the title at the head is someone the text does not name. A deputy's own name ("نائب رئيس الوزراء فلان")
/// never held the office after the head.
fn holds_inner_office(view: &View, np: &NounPhrase, n: usize) -> bool {
    let (Some(m), Target::Actor(a)) = (np.inner_name, view.names[n].target) else {
        return false;
    };
    let Target::Role(r) = view.names[m].target else {
        return false;
    };
    let id = &view.catalog.actor_at(a).id;
    // An indefinite head in construct with the office ("مستشار قائد"), not a chain of the holder's own titles
    // ("القائد العام للقوات المسلحة رئيس الوزراء فلان").
    let construct = !is_definite(view.word(np.head)) && view.names[m].tokens.0 == np.head + 1;
    construct && view.catalog.role_at(r).holders.iter().any(|h| &h.actor == id)
}

/// The actor a noun phrase at `k` names, whatever its kind of head: a catalog name (unless its phrase goes on to
/// another country), a body, a person after a title, or a speaker the catalog does not know. Bare nouns that
/// stand for an actor named before are not read here.
pub(crate) fn actor_at(view: &View, k: usize, limit: usize) -> Option<(Referent, usize)> {
    if let Some(n) = view.name_starting(k).filter(|&n| !view.names[n].clitic) {
        return Some(body_unlike_name(view, k, n, limit).unwrap_or_else(|| name(view, n)));
    }
    if let Some(found) = members_of_named(view, k, limit) {
        return Some(found);
    }
    if let Some(found) = body(view, k, limit) {
        return Some(found);
    }
    let speaker = view.roles(k).iter().find_map(|&r| match r {
        NounRole::SpeakerHead(g) => Some(g),
        _ => None,
    });
    match speaker {
        Some(g) if !is_definite(view.word(k)) || view.has(k, |r| matches!(r, NounRole::Title(_))) => {
            Some(headed(view, k, limit, g))
        }
        _ => {
            let title = view.roles(k).iter().find_map(|&r| match r {
                NounRole::Title(g) => Some(g),
                _ => None,
            })?;
            // "وقال محافظ X المعين من الحكومة، فلان الفلاني، إن": the person in apposition.
            titled_person(view, k, limit, title).or_else(|| apposed_unknown(view, k, limit, title))
        }
    }
}

/// "قوات الجيش الليبي", "وحدات من الجيش السوري", "عناصر حزب الله", "قوة خاصة من الجيش": members or units of
/// a body the catalog names are that body, named by the whole phrase.
pub(crate) fn members_of_named(view: &View, k: usize, limit: usize) -> Option<(Referent, usize)> {
    // "قوة الأمم المتحدة المؤقتة «اليونيفيل»": the force's own name, after its description.
    if view.has(k, |r| r == NounRole::Members) {
        if let Some(found) = apposed_own_name(view, k, chunk::chunk(view, k, limit).body_end, limit) {
            return Some(found);
        }
    }
    if let Some(found) = super::air::air_arm(view, k, limit) {
        return Some(found);
    }
    if !view.has(k, |r| r == NounRole::Members) {
        return None;
    }
    // "قوة خاصة من الجيش", "دورية راجلة من الجيش": up to two indefinite adjectives, then "من".
    let adjective = |i: usize| {
        let w = view.word(i);
        // `word` is empty for punctuation and numbers.
        !w.is_empty()
            && !is_definite(w)
            && view.name_at[i].is_none()
            && view.roles(i).is_empty()
            && view.verb_at(i).is_none()
    };
    let after = (k + 1..(k + 3).min(limit)).find(|&i| !adjective(i)).unwrap_or(k + 1);
    if let Some(found) = tied_members(view, k, after, limit) {
        return Some(found);
    }
    if let Some(found) = super::speaker::owned_members(view, k, limit) {
        return Some(found);
    }
    let j = if view.word(after) == "من" {
        after + 1
    } else if after == k + 1 {
        k + 1
    } else {
        return None;
    };
    let n = view.name_starting(j).filter(|&n| !view.names[n].clitic)?;
    // A body: not a person, an outlet or a role.
    let Target::Actor(a) = view.names[n].target else {
        return None;
    };
    if matches!(view.catalog.actor_at(a).kind, ActorKind::Person | ActorKind::Media) {
        return None;
    }
    let (found, end) = name(view, n);
    // The verb agrees with the members' head, not the body's name: "قوات الجيش اليمني ...، واعتقلت".
    let catalog = view.catalog.actor_at(a).gender;
    let mut found = found.as_(found.how, Some(k..end));
    found.gender = Some(written_gender(view, k, catalog));
    (end <= limit).then_some((found, end))
}

/// Members or weapons of a body the catalog names after a tie at `at` ("قوات تابعة لحكومة الوفاق", "طائرات
/// حربية تابعة للولايات المتحدة"): that body, named by the whole phrase, as "قوات الجيش الليبي" is. A unit
/// that is a body of its own ("قوة تابعة لحكومة الوفاق", an institution head) is not the body it serves.
fn tied_members(view: &View, k: usize, at: usize, limit: usize) -> Option<(Referent, usize)> {
    if !view.has(at, |r| r == NounRole::Tie) || view.has(k, |r| matches!(r, NounRole::Institution(..))) {
        return None;
    }
    let n = chunk::tie(view, at, limit)?.name?;
    members_of_body(view, k, at, n)
}

/// The body of catalog name `n`, written at `at` after the members or weapons at `k`, named by the whole phrase;
/// warplanes of a state or its army are its air force.
pub(crate) fn members_of_body(view: &View, k: usize, at: usize, n: usize) -> Option<(Referent, usize)> {
    let Target::Actor(a) = view.names[n].target else {
        return None;
    };
    let actor = view.catalog.actor_at(a);
    if matches!(actor.kind, ActorKind::Person | ActorKind::Media) {
        return None;
    }
    let (found, end) = name(view, n);
    // "طائرات حربية تابعة لإسرائيل", "مقاتلات تابعة للجيش السوري": warplanes of a state or its army are its air
    // force, as with its adjective ("طائرات حربية إسرائيلية"); not drones.
    let head = strip_conjunction(view.word(k)).unwrap_or(view.word(k));
    let air = super::speaker::armed_state(view, actor)
        .filter(|_| view.lexicon.is_aircraft(head) && !(k..at).any(|i| super::speaker::is_drone(view.word(i))));
    if let Some(force) = air.and_then(|c| view.catalog.actor_index(view.lexicon.air_force(c)?)) {
        let gender = written_gender(view, k, view.catalog.actor_at(force).gender);
        let found = Referent::named(force, k..end).as_(found.how, Some(k..end));
        return Some((
            Referent {
                gender: Some(gender),
                ..found
            },
            end,
        ));
    }
    let mut found = found.as_(found.how, Some(k..end));
    found.gender = Some(written_gender(view, k, actor.gender));
    Some((found, end))
}

/// A person the catalog does not know, named before their title: "وقال عدي فلان، وهو صديق الضحية"، "أكد فلان
/// الفلاني، رئيس مجلس X، أن". The name (two to four words) must be followed by what ends a subject: a comma, a
/// title, a complementizer, a date, a bracket, a colon or a relative pronoun ("وقال فلان الفلاني الذي عينه
/// المجلس رئيسا"); the title after a comma is the role.
pub(crate) fn name_first(view: &View, k: usize, limit: usize, gender: Gender) -> Option<(Referent, usize)> {
    if view.has(k, |r| r == NounRole::Rank) {
        return None;
    }
    let name = chunk::person_after(view, k, limit).filter(|p| p.start == k && p.len() >= 2)?;
    let next = name.end;
    // "قال فلان الفلاني وهو متحدث باسم X": the person's role after "وهو"/"وهي".
    let described = matches!(view.word(next), "وهو" | "وهي") && office(view, next + 1);
    let ends = described
        || office(view, next)
        || view.is_punct(next, ',')
        || view.is_punct(next, '(')
        || view.is_punct(next, ':')
        || view.has(next, |r| {
            matches!(
                r,
                NounRole::Title(_)
                    | NounRole::Complementizer
                    | NounRole::SubjectSkip
                    | NounRole::SayingParticiple
                    | NounRole::Relative
            )
        })
        || view.date_covering(next).is_some();
    if !ends {
        return None;
    }
    let title = if view.is_punct(next, ',') || described {
        next + 1
    } else {
        next
    };
    let role = office(view, title)
        .then(|| chunk::chunk(view, title, limit))
        .filter(|np| np.person.is_none());
    let end = role.as_ref().map_or(name.end, |np| np.body_end);
    let referent = Referent::unknown_person(
        view.original(name.clone()).to_string(),
        gender,
        role.as_ref()
            .and_then(|np| np.country.clone().or_else(|| np.attached_country.clone())),
        role.as_ref().map(|np| view.original(np.head..np.body_end).into()),
        name.start..end,
    );
    Some((referent, end))
}

/// Whether the word at `k` names a post: a title or a speaker head ("الطبيب", "مسؤول وحدة X", "متحدث باسم X"),
/// which after a personal name is that person's role.
fn office(view: &View, k: usize) -> bool {
    view.has(k, |r| matches!(r, NounRole::Title(_) | NounRole::SpeakerHead(_)))
}

/// The grammatical gender of a catalog name as written (see [`written_gender`]); persons keep the catalog's.
pub(crate) fn name_gender(view: &View, n: usize, day: NaiveDate) -> Option<Gender> {
    let name = &view.names[n];
    let who = Who::from(name.target);
    let catalog_gender = who.gender(view.catalog, day)?;
    if who.kind(view.catalog, day) == Some(ActorKind::Person) {
        return Some(catalog_gender);
    }
    Some(written_gender(view, name.tokens.0, catalog_gender))
}

/// A non-person named by a feminine noun ("القوات التركية", "وزارة") takes a feminine verb whatever the
/// catalog says of its canonical name.
pub(crate) fn written_gender(view: &View, first: usize, catalog: Gender) -> Gender {
    let word = view.word(first);
    let word = strip_conjunction(word).unwrap_or(word);
    let word = word.strip_prefix("ال").unwrap_or(word);
    if super::lexicon::feminine_form(word) {
        Gender::Feminine
    } else {
        catalog
    }
}

#[cfg(test)]
#[path = "phrase_tests.rs"]
mod tests;
