//! Noun phrases that name actors: a catalog name (with a title before a holder's name read as one person), a
//! head noun before the names it governs ("وكالة “الأناضول”", "المتحدثة باسم البيت الأبيض كارولين ليفيت"),
//! and speakers the catalog does not know ("مصدر عسكري").

use chrono::NaiveDate;

use super::chunk::{self, is_definite, may_be_personal_name, NounPhrase};
use super::lexicon::{strip_conjunction, NounRole};
use super::referent::{Referent, Who};
use super::view::View;
use super::Recognition;
use crate::actors::{ActorKind, Gender, Target};
use crate::text::TokenKind;

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
    if let Target::Role(_) = name.target {
        let k = if view.is_punct(end, ',') { end + 1 } else { end };
        if let Some(m) = view.name_starting(k) {
            if let Target::Actor(a) = view.names[m].target {
                if view.catalog.actor_at(a).kind == ActorKind::Person {
                    who = Who::Actor(a);
                    how = Recognition::Name;
                    end = view.names[m].tokens.1;
                }
            }
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
    let country = match kind {
        // The country of an embassy is the one it represents, never its host.
        ActorKind::Embassy => np.country.clone(),
        _ => np.country.clone().or_else(|| np.attached_country.clone()),
    };
    let who = Who::AdHoc {
        text: view.original(np.head..np.body_end).to_string(),
        gender: written_gender(view, np.head, gender),
        kind,
        country,
        role: None,
    };
    let referent = Referent {
        who,
        how: Recognition::AdHoc,
        tokens: Some(np.head..np.body_end),
        gender: Some(written_gender(view, np.head, gender)),
    };
    (referent, np.body_end)
}

/// A person the catalog does not know, named after a title ("وزير خارجية X فلان الفلاني"): the name is all its
/// words, the title is the role, and the country is the title's.
pub(crate) fn titled_person(view: &View, k: usize, limit: usize, gender: Gender) -> Option<(Referent, usize)> {
    if !view.has(k, |r| matches!(r, NounRole::Title(_) | NounRole::Rank)) {
        return None;
    }
    let np = chunk::chunk(view, k, limit);
    // A person of the catalog after the title ("نظيره الأردني مازن الفراية"): the title is theirs.
    let mut j = np.body_end;
    while j < limit && (view.is_punct(j, ',') || view.has(j, |r| r == NounRole::Rank)) {
        j += 1;
    }
    let catalog_person = view.name_starting(j).filter(|&n| {
        let name = view.names[n];
        !name.clitic && matches!(name.target, Target::Actor(a) if view.catalog.actor_at(a).kind == ActorKind::Person)
    });
    if let Some(n) = catalog_person {
        return Some(name_after(view, k, n));
    }
    let person = np.person.clone().filter(|p| p.len() >= 2)?;
    let who = Who::AdHoc {
        text: view.original(person.clone()).to_string(),
        gender,
        kind: ActorKind::Person,
        country: np.country.clone().or_else(|| np.attached_country.clone()),
        role: Some(view.original(k..np.body_end).to_string()),
    };
    let referent = Referent {
        who,
        how: Recognition::AdHoc,
        tokens: Some(k..person.end),
        gender: Some(gender),
    };
    Some((referent, person.end))
}

/// The actor a noun phrase at `k` names, whatever its kind of head: a catalog name (unless its phrase goes on to
/// another country), a body, a person after a title, or a speaker the catalog does not know. Bare nouns that
/// stand for an actor named before are not read here.
pub(crate) fn actor_at(view: &View, k: usize, limit: usize) -> Option<(Referent, usize)> {
    if let Some(n) = view.name_starting(k).filter(|&n| !view.names[n].clitic) {
        return Some(body_unlike_name(view, k, n, limit).unwrap_or_else(|| name(view, n)));
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
            titled_person(view, k, limit, title)
        }
    }
}

/// A person the catalog does not know, named before their title: "وقال عدي فلان، وهو صديق الضحية"، "أكد فلان
/// الفلاني، رئيس مجلس X، أن". The name (two to four words) must be followed by what ends a subject: a comma, a
/// title, a complementizer, a date, a bracket or a colon; the title after a comma is the role.
pub(crate) fn name_first(view: &View, k: usize, limit: usize, gender: Gender) -> Option<(Referent, usize)> {
    if view.has(k, |r| r == NounRole::Rank) {
        return None;
    }
    let name = chunk::person_after(view, k, limit).filter(|p| p.start == k && p.len() >= 2)?;
    let next = name.end;
    let ends = view.is_punct(next, ',')
        || view.is_punct(next, '(')
        || view.is_punct(next, ':')
        || view.has(next, |r| {
            matches!(r, NounRole::Title(_) | NounRole::Complementizer | NounRole::SubjectSkip)
        })
        || view.date_covering(next).is_some();
    if !ends {
        return None;
    }
    let title = if view.is_punct(next, ',') { next + 1 } else { next };
    let role = view
        .has(title, |r| matches!(r, NounRole::Title(_)))
        .then(|| chunk::chunk(view, title, limit))
        .filter(|np| np.person.is_none());
    let who = Who::AdHoc {
        text: view.original(name.clone()).to_string(),
        gender,
        kind: ActorKind::Person,
        country: role
            .as_ref()
            .and_then(|np| np.country.clone().or_else(|| np.attached_country.clone())),
        role: role.as_ref().map(|np| view.original(np.head..np.body_end).to_string()),
    };
    let end = role.as_ref().map_or(name.end, |np| np.body_end);
    let referent = Referent {
        who,
        how: Recognition::AdHoc,
        tokens: Some(name.start..end),
        gender: Some(gender),
    };
    Some((referent, end))
}

/// A phrase opened by a speaker head ("مصدر", "المتحدثة", "وكالة", "رئيس") at `k`: a head noun before catalog
/// names is part of them ("وكالة “الأناضول”", "رئيس مجلس الوزراء محمد غازي الجلالي"). A person named in the
/// phrase is the referent; else a person the catalog does not know named after the body they speak for;
/// else the first body named; else the phrase itself as a speaker the catalog does not know.
pub(crate) fn headed(view: &View, k: usize, limit: usize, gender: Gender) -> (Referent, usize) {
    // "أفادت مصادر أمنية وكالة X بأن", "مصادر محلية «X»": an outlet after the speaker's adjectives is the
    // verb's object, the relay; the phrase ends before it.
    let limit = if is_media_head(view.word(k)) {
        limit
    } else {
        (k + 2..(k + 9).min(limit))
            .find(|&j| {
                let outlet = view.name_at[j].is_some_and(|n| {
                    let name = &view.names[n];
                    !name.clitic
                        && matches!(name.target, Target::Actor(a) if view.catalog.actor_at(a).kind == ActorKind::Media)
                });
                let before = if view.is_punct(j - 1, '"') { j - 2 } else { j - 1 };
                outlet && before > k && !view.has(before, |r| r == NounRole::Preposition)
            })
            .unwrap_or(limit)
    };
    let np = chunk::chunk(view, k, limit);
    // A body named in an attached phrase ("مراسل الجزيرة في دمشق", "قائد ميداني في الفصائل") is where the
    // speaker stands, not who speaks.
    let phrase_end = np.core_end;
    let window = (k + 1..(k + 9).min(limit)).take_while(|&j| {
        view.is_punct(j, '"')
            || !(view.toks[j].kind == TokenKind::Punct
                || view.date_at[j].is_some()
                || view.verb_at(j).is_some()
                || view.has(j, |r| r == NounRole::Complementizer))
    });
    let names: Vec<usize> = window.filter_map(|j| view.name_at[j]).collect();
    let person = names.iter().copied().find(|&n| {
        matches!(view.names[n].target, Target::Actor(a) if view.catalog.actor_at(a).kind == ActorKind::Person)
            && !chunk::surname_of_another(view, view.names[n].tokens.0)
    });
    let body = names.first().copied().filter(|&n| {
        let name = &view.names[n];
        !name.clitic
            && !dative_before(view, name.tokens.0)
            && (name.tokens.0 < phrase_end || view.is_punct(name.tokens.0 - 1, '"'))
    });
    if person.is_none() {
        if let Some(found) = titled_person(view, k, limit, gender) {
            return found;
        }
    }
    // "بحسب مراسل «X»": the reporter of an outlet is a source of their own, not the outlet.
    if let (None, Some(n), true) = (person, body, view.has(k, |r| r == NounRole::Correspondent)) {
        let outlet =
            matches!(view.names[n].target, Target::Actor(a) if view.catalog.actor_at(a).kind == ActorKind::Media);
        let mut end = view.names[n].tokens.1;
        if view.is_punct(end, '"') {
            end += 1;
        }
        // "مراسل شبكة X في ريف Y، فلان الفلاني، إن": the reporter named in apposition.
        let after = np.body_end.max(end);
        let named = view
            .is_punct(after, ',')
            .then(|| chunk::person_after(view, after + 1, limit))
            .flatten()
            .filter(|p| p.start == after + 1 && p.len() >= 2 && view.is_punct(p.end, ','));
        if let (true, Some(p)) = (outlet, named) {
            let who = Who::AdHoc {
                text: view.original(p.clone()).to_string(),
                gender,
                kind: ActorKind::Person,
                country: None,
                role: Some(view.original(k..after).to_string()),
            };
            let referent = Referent {
                who,
                how: Recognition::AdHoc,
                tokens: Some(k..p.end),
                gender: Some(gender),
            };
            return (referent, p.end);
        }
        if outlet && end <= limit {
            let text = (k..end)
                .filter(|&j| view.toks[j].kind == TokenKind::Word)
                .map(|j| view.original(j..j + 1))
                .collect::<Vec<_>>()
                .join(" ");
            let who = Who::AdHoc {
                text,
                gender,
                kind: ActorKind::Person,
                country: None,
                role: None,
            };
            let referent = Referent {
                who,
                how: Recognition::AdHoc,
                tokens: Some(k..end),
                gender: Some(gender),
            };
            return (referent, end);
        }
    }
    // "المتحدثة باسم البيت الأبيض كارولين ليفيت" is the spokeswoman, not the White House.
    if let (None, Some(n)) = (person, body) {
        // The name may stand in quotes: 'الناطق باسم وحدات X "فلان الفلاني"'.
        let quoted = view.is_punct(view.names[n].tokens.1, '"');
        let after = view.names[n].tokens.1 + usize::from(quoted);
        let mut name_end = (after..(after + 3).min(limit))
            .find(|&j| !may_be_personal_name(view, j))
            .unwrap_or((after + 3).min(limit));
        if quoted && name_end >= after + 2 && view.is_punct(name_end, '"') {
            name_end += 1;
        }
        if name_end >= after + 2 {
            let who = Who::AdHoc {
                text: view.original(k..name_end).to_string(),
                gender,
                kind: ActorKind::Person,
                country: None,
                role: None,
            };
            let referent = Referent {
                who,
                how: Recognition::AdHoc,
                tokens: Some(k..name_end),
                gender: Some(gender),
            };
            return (referent, name_end);
        }
    }
    if let Some(n) = person.or(body) {
        return name_after(view, k, n);
    }
    adhoc(view, k, limit, gender)
}

/// A speaker the catalog does not know: the head noun and up to four words after it, up to a comma, a
/// preposition, a complementizer, a date or a verb.
pub(crate) fn adhoc(view: &View, head: usize, limit: usize, gender: Gender) -> (Referent, usize) {
    let np = chunk::chunk(view, head, limit);
    let end = np.body_end;
    let text = view.original(head..end).to_string();
    let kind = if is_media_head(view.word(head)) {
        ActorKind::Media
    } else {
        ActorKind::AdHoc
    };
    let referent = Referent {
        who: Who::AdHoc {
            text,
            gender,
            kind,
            country: np.country.or(np.attached_country),
            role: None,
        },
        how: Recognition::AdHoc,
        tokens: Some(head..end),
        gender: Some(gender),
    };
    (referent, end)
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
    if word.ends_with('ه') || word.ends_with("ات") {
        Gender::Feminine
    } else {
        catalog
    }
}

/// An actor whose head carries the preposition "ل" ("وفقا لمصادر أمنية", "للمصادر الأمنية", "لوزارة الأشغال
/// العامة في الحكومة X"): the head is read without it, a speaker the catalog does not know or a body, named
/// as the text would name it as a subject ("مصادر أمنية", "المصادر الأمنية").
pub(crate) fn dative_actor(view: &View, k: usize, limit: usize) -> Option<(Referent, usize)> {
    let word = view.word(k);
    let rest = word.strip_prefix('ل').filter(|r| r.chars().count() >= 3)?;
    let bare = match rest.strip_prefix('ل') {
        Some(r) => format!("ال{r}"),
        None => rest.to_string(),
    };
    let role = view.lexicon.noun(&bare).iter().find_map(|&r| match r {
        NounRole::SpeakerHead(g) => Some((None, g)),
        NounRole::Institution(kind, g) => Some((Some(kind), g)),
        _ => None,
    });
    let (kind, gender) = role.or_else(|| definite_head(view, &bare).map(|g| (None, g)))?;
    let np = chunk::chunk(view, k, limit);
    let end = np.body_end;
    let kind = kind.unwrap_or(if is_media_head(&bare) {
        ActorKind::Media
    } else {
        ActorKind::AdHoc
    });
    let referent = Referent {
        who: Who::AdHoc {
            text: without_dative(view.original(k..end)),
            gender,
            kind,
            country: np.country.or(np.attached_country),
            role: None,
        },
        how: Recognition::AdHoc,
        tokens: Some(k..end),
        gender: Some(gender),
    };
    Some((referent, end))
}

/// A crowd headed by a number word at `k` ("عشرات المتظاهرين الموالين لموسكو", "عشرات الآلاف من أنصار
/// الحركة", "الآلاف من مواطني الولاية"), as the subject of a deed: an actor the catalog does not know, named by
/// the phrase, when the noun counted heads a speaker ("المتظاهرين") or `crowd_verb` (a verb of protest or
/// movement) says the count is of people.
pub(crate) fn crowd(view: &View, k: usize, limit: usize, crowd_verb: bool) -> Option<(Referent, usize)> {
    let mut j = k + 1;
    while j < limit && view.has(j, |r| r == NounRole::Quantifier) {
        j += 1;
    }
    if view.word(j) == "من" {
        j += 1;
    }
    if j >= limit || view.date_at[j].is_some() || view.toks[j].kind != TokenKind::Word {
        return None;
    }
    let word = view.word(j);
    let people = view.has(j, |r| matches!(r, NounRole::SpeakerHead(_))) || definite_head(view, word).is_some();
    if !(people || crowd_verb) || !view.roles(j).iter().all(|&r| matches!(r, NounRole::SpeakerHead(_))) {
        return None;
    }
    let mut end = chunk::chunk(view, j, limit).body_end;
    // Adjectives of the crowd the chunker does not know ("المتظاهرين الموالين لموسكو", "الغاضبين").
    while end < limit && is_definite(view.word(end)) && view.roles(end).is_empty() && view.date_at[end].is_none() {
        let adjective = view.word(end);
        end += 1;
        if adjective.ends_with("ين") && view.word(end).starts_with('ل') && end < limit {
            end += 1;
            break;
        }
    }
    let referent = Referent {
        who: Who::AdHoc {
            text: view.original(k..end).to_string(),
            gender: Gender::Masculine,
            kind: ActorKind::AdHoc,
            country: None,
            role: None,
        },
        how: Recognition::AdHoc,
        tokens: Some(k..end),
        gender: Some(Gender::Masculine),
    };
    Some((referent, end))
}

/// The gender of a definite word whose bare form heads a speaker the catalog does not know ("المصادر" of
/// "مصادر", "الناشطون", "الصفحات"): the text names again a speaker it introduced indefinitely.
pub(crate) fn definite_head(view: &View, word: &str) -> Option<Gender> {
    let bare = strip_conjunction(word)
        .filter(|w| w.starts_with("ال"))
        .unwrap_or(word)
        .strip_prefix("ال")?;
    if !view.lexicon.noun(word).is_empty() {
        return None;
    }
    view.lexicon.noun(bare).iter().find_map(|&r| match r {
        NounRole::SpeakerHead(g) => Some(g),
        _ => None,
    })
}

/// A phrase as written without the "ل" of its first word: "للمصادر الأمنية" → "المصادر الأمنية", "لـمصادر" →
/// "مصادر".
fn without_dative(original: &str) -> String {
    let rest = original.trim_start().strip_prefix('ل').unwrap_or(original);
    // The tatweel and the short vowels written on the "ل" ("لِلمصادر") go with it.
    let rest = rest.trim_start_matches(|c: char| c == 'ـ' || ('\u{064B}'..='\u{065F}').contains(&c));
    if rest.starts_with('ل') {
        format!("ا{rest}")
    } else {
        rest.to_string()
    }
}

/// Whether a lone "ل" (written "لـ", the tatweel folded away) stands before token `i`, quote marks aside:
/// "لـ\"الجزيرة نت\"" names the outlet spoken to, not the speaker.
pub(crate) fn dative_before(view: &View, i: usize) -> bool {
    let mut k = i;
    while k > 0 && view.is_punct(k - 1, '"') {
        k -= 1;
    }
    k > 0 && view.word(k - 1) == "ل"
}

/// Whether a head noun names an outlet.
pub(crate) fn is_media_head(word: &str) -> bool {
    matches!(word, "وكاله" | "قناه" | "صحيفه")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::view::tests::{at, view};

    fn text_of(v: &View, r: &Referent) -> String {
        r.tokens.clone().map(|t| v.original(t).to_string()).unwrap_or_default()
    }

    #[test]
    fn a_definite_head_with_a_nisba_names_again_the_body_named_before() {
        let v = view("أعلنت وزارة الدفاع الروسية السيطرة على قرية. وكتبت الوزارة الروسية أن قواتها تقدمت.");
        let k = at(&v, "الوزارة");
        let (r, _) = actor_at(&v, k, v.toks.len()).expect("the ministry");
        assert_eq!(r.how, Recognition::Anaphor);
        assert!(
            matches!(r.who, Who::Actor(a) if v.catalog.actor_at(a).id == v.catalog.actor_at(match v.names[0].target { Target::Actor(b) => b, Target::Role(_) => unreachable!() }).id)
        );
        // Another country's ministry is not the one named before.
        let v = view("أعلنت وزارة الدفاع الروسية السيطرة على قرية. وكتبت الوزارة التركية أن قواتها تقدمت.");
        let (r, _) = actor_at(&v, at(&v, "الوزارة"), v.toks.len()).expect("a ministry");
        assert_eq!(r.how, Recognition::AdHoc);
    }

    #[test]
    fn a_correspondent_is_not_the_outlet() {
        let v = view("بحسب مراسل \"سانا\" في المدينة");
        let k = at(&v, "مراسل");
        let (r, _) = actor_at(&v, k, v.toks.len()).expect("a speaker");
        assert!(matches!(&r.who, Who::AdHoc { text, kind: ActorKind::Person, .. } if text == "مراسل سانا"));
        let v = view("وقال مراسل سانا في ريف حمص، عماد الخطيب، إن الطريق مغلق");
        let (r, _) = actor_at(&v, at(&v, "مراسل"), v.toks.len()).expect("a reporter");
        assert!(matches!(&r.who, Who::AdHoc { text, kind: ActorKind::Person, .. } if text == "عماد الخطيب"));
        let v = view("بحسب وكالة \"سانا\" في المدينة");
        let (r, _) = actor_at(&v, at(&v, "وكالة"), v.toks.len()).expect("an outlet");
        assert_eq!(r.how, Recognition::Name);
    }

    #[test]
    fn a_title_and_its_holder_are_one_person() {
        let v = view("وزير الخارجية الروسي، سيرغي لافروف");
        let (r, end) = name(&v, 0);
        assert_eq!(r.how, Recognition::Name);
        assert_eq!(end, v.toks.len());
        assert_eq!(text_of(&v, &r), "وزير الخارجية الروسي، سيرغي لافروف");
    }

    #[test]
    fn a_speaker_the_catalog_does_not_know() {
        // The place it speaks from belongs to the phrase; the object after it does not.
        let v = view("مصدر عسكري في دمشق إن");
        let (r, end) = adhoc(&v, 0, v.toks.len(), Gender::Masculine);
        assert_eq!(text_of(&v, &r), "مصدر عسكري في دمشق");
        assert_eq!(end, at(&v, "إن"));
        let v = view("مصدر عسكري مقتل الجنود");
        let (r, _) = adhoc(&v, 0, v.toks.len(), Gender::Masculine);
        assert_eq!(text_of(&v, &r), "مصدر عسكري");
        let v = view("صحيفة \"الأيام\" المحلية أن");
        let (r, _) = adhoc(&v, 0, v.toks.len(), Gender::Feminine);
        assert_eq!(
            r.who.kind(v.catalog, "2024-12-06".parse().expect("a date")),
            Some(ActorKind::Media)
        );
    }

    #[test]
    fn a_spokesperson_named_after_their_body() {
        // A body whose spokesperson is no role of the catalog ("المتحدثة باسم البيت الأبيض" is one now).
        let v = view("المتحدثة باسم الهلال الأحمر التركي كارين جونسون إن");
        let (r, _) = headed(&v, 0, v.toks.len(), Gender::Feminine);
        assert!(matches!(
            &r.who,
            Who::AdHoc {
                kind: ActorKind::Person,
                ..
            }
        ));
        assert_eq!(text_of(&v, &r), "المتحدثة باسم الهلال الأحمر التركي كارين جونسون");
    }

    #[test]
    fn a_person_named_before_the_title() {
        let v = view("وقال سامر الخطيب، رئيس بلدية الزبداني، إن");
        let (r, end) = name_first(&v, 1, v.toks.len(), Gender::Masculine).expect("a person");
        assert_eq!(r.resolve(&v, "2024-12-06".parse().expect("a date")).name, "سامر الخطيب");
        assert!(matches!(&r.who, Who::AdHoc { role: Some(role), .. } if role == "رئيس بلدية الزبداني"));
        assert_eq!(end, at(&v, "الزبداني") + 1);
        let v = view("وقال سامر الخطيب الطريق");
        assert!(name_first(&v, 1, v.toks.len(), Gender::Masculine).is_none());
    }

    #[test]
    fn feminine_by_the_written_noun() {
        let v = view("القوات التركية");
        assert_eq!(written_gender(&v, 0, Gender::Masculine), Gender::Feminine);
        let v = view("قال لـ\"الوطن\"");
        assert!(dative_before(&v, at(&v, "الوطن")));
    }

    #[test]
    fn a_phrase_without_its_dative() {
        assert_eq!(without_dative("للمصادر الأمنية"), "المصادر الأمنية");
        assert_eq!(without_dative("لِلمصادر"), "المصادر");
        assert_eq!(without_dative("لـمصادر طبية"), "مصادر طبية");
    }
}
