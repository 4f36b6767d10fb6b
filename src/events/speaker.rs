//! Speakers read from their head noun: a phrase opened by a speaker head ("مصدر عسكري", "المتحدثة باسم البيت
//! الأبيض كارولين ليفيت", "مراسل «X»"), a speaker the catalog does not know, an actor behind the preposition
//! "ل" ("وفقا لمصادر أمنية"); a crowd counted by a number word ("عشرات المتظاهرين") is read in `crowd`.

use std::rc::Rc;

use chrono::NaiveDate;

use super::apposition::{apposed_to_principal, apposed_unknown_chunked, aside, called};
use super::chunk::{self, is_definite, may_be_personal_name};
pub(crate) use super::crowd::crowd;
use super::lexicon::{strip_conjunction, NounRole};
use super::outlet;
use super::phrase::{self, name_after, titled_person};
use super::referent::{AdHoc, Referent, Who};
use super::view::View;
use super::Recognition;
use crate::actors::{ActorKind, Gender, Target};
use crate::text::TokenKind;

/// A phrase opened by a speaker head ("مصدر", "المتحدثة", "وكالة", "رئيس") at `k`: a head noun before catalog
/// names is part of them ("وكالة “الأناضول”", "رئيس مجلس الوزراء محمد غازي الجلالي"). A person named in the
/// phrase is the referent; else a person the catalog does not know named after the body they speak for;
/// else the first body named; else the phrase itself as a speaker the catalog does not know.
pub(crate) fn headed(view: &View, k: usize, limit: usize, gender: Gender) -> (Referent, usize) {
    // "أفادت مصادر أمنية وكالة X بأن", "مصادر محلية «X»": an outlet after the speaker's adjectives is the
    // verb's object, the relay; the phrase ends before it. So is one right after a crowd or a source ("وأبلغ
    // شهود رويترز أن"), which no outlet owns; a correspondent's or an officer's is their own ("مراسل رويترز",
    // "مدير التلفزيون الإيراني").
    let owned = view.has(k, |r| matches!(r, NounRole::Correspondent | NounRole::Title(_)));
    let limit = if outlet::is_bare_head(view.word(k)) {
        limit
    } else {
        (k + 1 + usize::from(owned)..(k + 9).min(limit))
            .find(|&j| {
                let outlet = view.name_of(j).is_some_and(|n| {
                    let name = &view.names[n];
                    !name.clitic
                        && matches!(name.target, Target::Actor(a) if view.catalog.actor_at(a).kind == ActorKind::Media)
                });
                let before = if view.is_punct(j - 1, '"') { j - 2 } else { j - 1 };
                outlet && (before > k || !owned) && !view.has(before, |r| r == NounRole::Preposition)
            })
            .unwrap_or(limit)
    };
    let np = chunk::chunk(view, k, limit);
    // A body named in an attached phrase ("مراسل الجزيرة في دمشق", "قائد ميداني في الفصائل") is where the
    // speaker stands, not who speaks.
    let phrase_end = np.core_end;
    // A parenthesis names the body again ("المتحدث باسم قوات سوريا الديمقراطية (قسد) فلان"): the window reaches
    // past it.
    let reach = (k + 1..(k + 9).min(limit))
        .find(|&j| view.is_punct(j, '('))
        .and_then(|open| parenthesis_end(view, open, limit))
        .map_or(k + 9, |end| end + 6);
    let window = (k + 1..reach.min(limit)).take_while(|&j| {
        view.is_punct(j, '"')
            || view.is_punct(j, '(')
            || view.is_punct(j, ')')
            || !(view.toks[j].kind == TokenKind::Punct
                || view.date_at[j].is_some()
                || view.verb_at(j).is_some()
                || view.has(j, |r| r == NounRole::Complementizer))
    });
    let names: Vec<usize> = window.filter_map(|j| view.name_of(j)).collect();
    // "اعتقل عسكريون الرئيس X": a sound plural in the nominative takes no genitive, and a person after its
    // phrase is the verb's object.
    let object_after = chunk::takes_no_genitive(view, k).then(|| np.end());
    let person = names.iter().copied().find(|&n| {
        let start = view.names[n].tokens.0;
        view.names_person(n) && !chunk::surname_of_another(view, start) && object_after.is_none_or(|end| start < end)
    });
    // "مستشار لرئيس الإدارة العسكرية": a body after "ل" and the title of the one served is where the unnamed
    // person serves, not who speaks.
    let serves = !is_definite(view.word(k))
        && view
            .word(k + 1)
            .strip_prefix('ل')
            .is_some_and(|rest| !rest.starts_with('ل') && view.lexicon.has(rest, |r| matches!(r, NounRole::Title(_))));
    let body = names.first().copied().filter(|&n| {
        let name = &view.names[n];
        // "المتحدث باسم شرطة كابل": a state named by its capital after an institution's head is where that
        // institution is, not the body spoken for.
        // "المتحدث باسم شرطة حركة حماس": nor is a body after an institution's head it owns.
        let of_institution = matches!(name.target, Target::Actor(_))
            && name.tokens.0 > k
            && view.has(name.tokens.0 - 1, |r| matches!(r, NounRole::Institution(..)));
        // "سكان دمشق", "أهالي طهران": the people of a place named by a state's capital are its residents, not
        // that state.
        let residents = view.lexicon.addressee(view.word(k))
            && matches!(name.target, Target::Actor(a) if view.catalog.actor_at(a).kind == ActorKind::State);
        !serves
            && !of_institution
            && !residents
            && !name.clitic
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
            let referent = Referent::unknown_person(
                view.original(p.clone()).to_string(),
                gender,
                None,
                Some(view.original(k..after).into()),
                k..p.end,
            );
            return (referent, p.end);
        }
        if outlet && end <= limit {
            let text = (k..end)
                .filter(|&j| view.toks[j].kind == TokenKind::Word)
                .map(|j| view.original(j..j + 1))
                .collect::<Vec<_>>()
                .join(" ");
            let referent = Referent::unknown_person(text, gender, None, None, k..end);
            return (referent, end);
        }
    }
    // "المتحدثة باسم البيت الأبيض كارولين ليفيت" is the spokeswoman, not the White House.
    if let (None, Some(n)) = (person, body) {
        // The name may stand in quotes: 'الناطق باسم وحدات X "فلان الفلاني"'.
        let quoted = view.is_punct(view.names[n].tokens.1, '"');
        let after = view.names[n].tokens.1 + usize::from(quoted);
        let after = parenthesis_end(view, after, limit).unwrap_or(after);
        let mut name_end = (after..(after + 3).min(limit))
            .find(|&j| !may_be_personal_name(view, j))
            .unwrap_or((after + 3).min(limit));
        if quoted && name_end >= after + 2 && view.is_punct(name_end, '"') {
            name_end += 1;
        }
        if name_end >= after + 2 {
            let referent =
                Referent::unknown_person(view.original(k..name_end).to_string(), gender, None, None, k..name_end);
            return (referent, name_end);
        }
    }
    // "المتحدث باسم وزارة الصحة الفلسطينية، الطبيب أشرف القدرة": a person of the catalog in apposition after
    // a comma, past a rank or a title, is the speaker the phrase names.
    if let (None, Some(n)) = (person, body) {
        let j = np.body_end.max(view.names[n].tokens.1);
        if aside(view, j) {
            let mut m = j + 1;
            while m < limit
                && m < j + 3
                && view.name_at[m].is_none()
                && (view.has(m, |r| matches!(r, NounRole::Rank | NounRole::Title(_))) || is_definite(view.word(m)))
            {
                m += 1;
            }
            if let Some(p) = view.person_starting(m) {
                return name_after(view, k, p);
            }
        }
    }
    // "رئيس لجنة التحقيق، فلان الفلاني، أن": a person the catalog does not know in apposition between commas
    // is the speaker; the title with its body is their role.
    if person.is_none() {
        if let Some(found) = apposed_unknown_chunked(view, k, limit, gender, &np) {
            return found;
        }
    }
    // "المتحدث باسم رئيس الوزراء X فلان، عمر الفلاني، إن": the one named after the principal speaks.
    if let Some(found) = person.and_then(|n| apposed_to_principal(view, k, n, limit, gender, np.country.clone())) {
        return found;
    }
    // "مصادر الاحتلال", "مصادر في الجيش": sources of a body are not the body.
    let sources = view.has(k, |r| r == NounRole::Partial);
    if let Some(n) = person.or(body.filter(|_| !sources)) {
        return name_after(view, k, n);
    }
    // The phrase at `k` up to `limit` is read already.
    adhoc_chunked(view, k, limit, gender, np)
}

/// The token after a short parenthesis opening at `open` ("(قسد)", "(الجيش الوطني الليبي)").
fn parenthesis_end(view: &View, open: usize, limit: usize) -> Option<usize> {
    if !view.is_punct(open, '(') {
        return None;
    }
    (open + 2..(open + 7).min(limit))
        .find(|&j| view.is_punct(j, ')'))
        .map(|close| close + 1)
}

/// The armed forces of the state a phrase's country adjective names, when its head names weapons or troops
/// ("زوارق حربية إيرانية", "قوة إسرائيلية") and the catalog has them; its air force, where `armies.tsv` has
/// one, when the head names warplanes ("طائرات حربية إسرائيلية", "المقاتلات الروسية"), not drones ("طائرة
/// مسيرة إسرائيلية").
pub(crate) fn army(
    view: &View,
    tokens: std::ops::Range<usize>,
    country: Option<&str>,
    gender: Gender,
) -> Option<Referent> {
    if !view.marked(tokens.start, super::lexicon::mark::PLATFORM) {
        return None;
    }
    let country = country?;
    // "قوات الأمن السورية", "قوات الشرطة العراقية": forces of security or police serve the interior, not the army.
    if matches!(view.word(tokens.start + 1), "الامن" | "الشرطه" | "الدرك") {
        return None;
    }
    // "مقاتلات أمريكية بريطانية", "مقاتلات أمريكية وبريطانية": weapons of two states are neither one's forces.
    let joint = (tokens.start + 1..tokens.end).any(|j| view.lexicon.nisba(view.word(j)).is_some_and(|c| c != country));
    if joint {
        return None;
    }
    let air = view.lexicon.is_aircraft(view.word(tokens.start))
        && !(tokens.start..=tokens.end).any(|k| is_drone(view.word(k)));
    let id = view
        .lexicon
        .navy_of(country, view.word(tokens.start))
        .or_else(|| view.lexicon.forces(country, air))?;
    Some(Referent {
        who: Who::Actor(view.catalog.actor_index(id)?),
        how: Recognition::Role,
        tokens: Some(tokens),
        gender: Some(gender),
    })
}

/// The air force of the army `teller`, named by the according phrase at `according`, when the clause's agent
/// (`subject`, or the one after "فإن" up to `end`) is warplanes the text gives no country of ("أغارت طائرات
/// حربية على معسكر، وفقا لبيان الجيش الإسرائيلي", "وبحسب بيان الجيش، فإن مقاتلات سلاح الجو هاجمت"): an army
/// tells of its own warplanes, which its state's air force flies (`air` rows of `armies.tsv`). Not drones,
/// flown by armies and air forces alike, nor the warplanes a body that is no army tells of.
pub(crate) fn own_warplanes(
    view: &View,
    subject: Option<&Referent>,
    (teller, according, end): (&Referent, usize, usize),
    day: NaiveDate,
) -> Option<Referent> {
    let army = teller.who.actor(view.catalog, day)?;
    let country = army.country.as_deref()?;
    if view.lexicon.army(country) != Some(army.id.as_str()) {
        return None;
    }
    let id = view.lexicon.air_force(country)?;
    let unplaced = |agent: &Referent| {
        let Who::AdHoc(a) = &agent.who else { return None };
        let t = agent.tokens.clone().filter(|_| a.country.is_none())?;
        let head = strip_conjunction(view.word(t.start)).unwrap_or(view.word(t.start));
        (view.lexicon.is_aircraft(head) && !t.clone().any(|k| is_drone(view.word(k)))).then_some((t, agent.gender))
    };
    let (tokens, gender) = subject.and_then(unplaced).or_else(|| {
        let agent = super::reported::agent_after_fa(view, according, end, day)?;
        unplaced(&agent)
    })?;
    Some(Referent {
        who: Who::Actor(view.catalog.actor_index(id)?),
        how: Recognition::Role,
        tokens: Some(tokens),
        gender,
    })
}

/// The country of `actor` when it is a state, or the army of its country (`armies.tsv`): an actor whose
/// warplanes are that country's air force ("طائرات حربية تابعة لإسرائيل", "مقاتلات تابعة للجيش السوري").
pub(crate) fn armed_state<'a>(view: &View, actor: &'a crate::actors::Actor) -> Option<&'a str> {
    actor
        .country
        .as_deref()
        .filter(|&c| actor.kind == ActorKind::State || view.lexicon.army(c) == Some(actor.id.as_str()))
}

/// A word of a phrase on "طائرة", or the word after it, that makes it a drone ("مسيرة", "مسيرات", "بدون طيار").
pub(crate) fn is_drone(word: &str) -> bool {
    word.starts_with("مسير") || matches!(word, "بدون" | "دون" | "درون")
}

/// Whether `r` names nobody as the author of what the clause tells: weapons or troops of no named state or body
/// ("شنت طائرات حربية غارات", "طائرات بدون طيار"; indefinite throughout, as "قوات الأمن" is not), or "reports"
/// and "news" ("كشفت تقارير إسرائيلية"، "أفادت التقارير الواردة من الإقليم"، "وتحدثت أنباء عن"). Such a clause
/// is no event of its own. Nor is a deed or a happening taken for its doer ("تجدد إطلاق الصواريخ"، "ووصفت
/// الغارات بأنها"، "أكدت مقتل شخصين"): a verbal noun, a deed noun or a happening heading a phrase of no country
/// names no one; with a nisba ("الغارات الإسرائيلية") the phrase is that country's and stays.
pub(crate) fn no_author(view: &View, r: &Referent) -> bool {
    let Who::AdHoc(a) = &r.who else { return false };
    let Some(t) = r.tokens.as_ref() else { return false };
    if a.country.is_none() && deed_or_happening(view, t.clone()) {
        return true;
    }
    if a.kind != ActorKind::AdHoc {
        return false;
    }
    let weapons = a.country.is_none()
        && view.marked(t.start, super::lexicon::mark::PLATFORM)
        && !t.clone().any(|k| is_definite(view.word(k)));
    let head = strip_conjunction(view.word(t.start)).unwrap_or(view.word(t.start));
    // Indefinite "تقارير إعلامية" are an outlet that relays (outlets.tsv); "التقارير الواردة" name no one.
    let reports = matches!(head, "التقارير" | "الانباء");
    weapons || reports
}

/// Whether the phrase over tokens `t` is headed by a deed or a happening, not a doer: a deed noun or a happening
/// ("الغارات", "الاشتباكات"), or a verbal noun of an event verb with the article or before a definite genitive
/// ("الاستهداف", "إطلاق الصواريخ"; a name such as "نجاة محمد" or a plural with a pronoun, "مصادره", is neither).
fn deed_or_happening(view: &View, t: std::ops::Range<usize>) -> bool {
    let word = view.word(t.start);
    let head = strip_conjunction(word).unwrap_or(word);
    let bare = head.strip_prefix("ال");
    let lexicon = view.lexicon;
    let noun = bare.unwrap_or(head);
    if lexicon.has(noun, |r| matches!(r, NounRole::DeedNoun | NounRole::Happening)) {
        return true;
    }
    let construct = t.len() > 1 && is_definite(view.word(t.start + 1));
    (bare.is_some() || construct) && lexicon.bare_masdar(noun).is_some()
}

/// Members or weapons with their owner after "ل", right after the head, its relative adjectives and other
/// members joined by "و" ("طائرات حربية للتحالف", "طائرات وسفن حربية للتحالف"): the owning body, as after a tie.
/// Only adjectives by their ending stand between: "قصفت طائرات مواقع لحماس" names the target's owner.
pub(crate) fn owned_members(view: &View, k: usize, limit: usize) -> Option<(Referent, usize)> {
    if !view.word(k + 1).starts_with(['ل', 'و']) && !chunk::looks_like_adjective(view.word(k + 1)) {
        return None;
    }
    let between = |i: usize| {
        let w = view.word(i);
        view.name_at[i].is_none()
            && !is_definite(w)
            && (chunk::looks_like_adjective(w)
                || strip_conjunction(w).is_some_and(|m| view.lexicon.has(m, |r| r == NounRole::Members)))
    };
    let at = (k + 1..(k + 4).min(limit)).find(|&i| !between(i))?;
    let n = view.name_starting(at).filter(|&n| view.names[n].clitic)?;
    let w = view.word(at);
    if !w.starts_with('ل') || view.names[n].tokens.1 > limit {
        return None;
    }
    phrase::members_of_body(view, k, at, n)
}

/// How far back a bare definite speaker head looks for the speaker it names again: a long dispatch.
const SAID_BEFORE_REACH: usize = 800;

/// A bare definite speaker head ("وأفاد المصدر", "وبحسب المصادر") that names again the unnamed speaker the text
/// introduced by the same head before ("حسبما ذكر مصدر بوزارة الداخلية", "وصرحت مصادر في شرطة كركوك"),
/// whether or not that one was the subject of an event: that speaker.
pub(crate) fn head_said_before(view: &View, k: usize, limit: usize) -> Option<(Referent, usize)> {
    let word = view.word(k);
    let stem = strip_conjunction(word).unwrap_or(word).strip_prefix("ال")?;
    // The head's row is written without the article ("مصدر", "مصادر").
    let gender = view.lexicon.noun(stem).iter().find_map(|&r| match r {
        NounRole::SpeakerHead(g) => Some(g),
        _ => None,
    })?;
    if chunk::chunk(view, k, limit).body_end != k + 1 {
        return None;
    }
    let j = (k.saturating_sub(SAID_BEFORE_REACH)..k).rev().find(|&j| {
        let w = view.word(j);
        !view.quoted[j] && (w == stem || ['و', 'ف', 'ل', 'ب'].iter().any(|&c| w.strip_prefix(c) == Some(stem)))
    })?;
    let end = (j + 16).min(k);
    let (earlier, _) = if view.word(j).starts_with('ل') && view.word(j) != stem {
        dative_actor(view, j, end)?
    } else {
        headed(view, j, end, gender)
    };
    if !matches!(earlier.who, Who::AdHoc(_)) {
        return None;
    }
    Some((earlier.as_(Recognition::Anaphor, Some(k..k + 1)), k + 1))
}

/// A speaker the catalog does not know: the head noun and up to four words after it, up to a comma, a
/// preposition, a complementizer, a date or a verb.
pub(crate) fn adhoc(view: &View, head: usize, limit: usize, gender: Gender) -> (Referent, usize) {
    adhoc_chunked(view, head, limit, gender, chunk::chunk(view, head, limit))
}

/// [`adhoc`] with the phrase at `head` already read (`np`, `chunk::chunk(view, head, limit)`).
fn adhoc_chunked(view: &View, head: usize, limit: usize, gender: Gender, np: chunk::NounPhrase) -> (Referent, usize) {
    let end = super::source::affiliation_end(view, head, np.body_end, limit);
    let text = view.original(head..end);
    // "وقال شهود ومصدر أمني ... وأضاف المصدر": a head named again from behind its conjunction is named without it.
    // A noun after it, not a preposition ("والي", a governor, is no "و" + "إلى").
    let conjoined = strip_conjunction(view.word(head)).is_some_and(|rest| {
        view.lexicon.noun(rest).iter().any(|r| {
            !matches!(
                r,
                NounRole::Preposition | NounRole::TemporalPreposition | NounRole::FunctionWord
            )
        })
    });
    let text = if conjoined {
        text.strip_prefix(['و', 'ف']).unwrap_or(text)
    } else {
        text
    }
    .to_string();
    // "أحد الناجين، ويدعى فلان الفلاني،": the person the phrase goes on to name.
    if let Some(name) = called(view, end, limit) {
        let referent = Referent::unknown_person(
            view.original(name.clone()).trim().to_string(),
            gender,
            np.country.or(np.attached_country),
            Some(text.into()),
            head..name.end,
        );
        return (referent, name.end);
    }
    if let Some(army) = army(view, head..end, np.country.as_deref(), gender) {
        return (army, end);
    }
    let kind = if outlet::is_bare_head(view.word(head)) {
        ActorKind::Media
    } else {
        ActorKind::AdHoc
    };
    let referent = Referent {
        who: Who::AdHoc(Rc::new(AdHoc {
            text,
            gender,
            kind,
            country: np.country.or(np.attached_country),
            role: None,
        })),
        how: Recognition::AdHoc,
        tokens: Some(head..end),
        gender: Some(gender),
    };
    (referent, end)
}

/// An actor whose head carries the preposition "ل" ("وفقا لمصادر أمنية", "للمصادر الأمنية", "لوزارة الأشغال
/// العامة في الحكومة X"): the head is read without it, a speaker the catalog does not know or a body, named
/// as the text would name it as a subject ("مصادر أمنية", "المصادر الأمنية").
pub(crate) fn dative_actor(view: &View, k: usize, limit: usize) -> Option<(Referent, usize)> {
    let word = view.word(k);
    let rest = word.strip_prefix('ل').filter(|r| r.chars().count() >= 3)?;
    let bare = super::lexicon::definite_of_dative(word).unwrap_or_else(|| rest.to_string());
    let role = view.lexicon.noun(&bare).iter().find_map(|&r| match r {
        NounRole::SpeakerHead(g) => Some((None, g)),
        NounRole::Institution(kind, g) => Some((Some(kind), g)),
        _ => None,
    });
    let (kind, gender) = role.or_else(|| definite_head(view, &bare).map(|g| (None, g)))?;
    let np = chunk::chunk(view, k, limit);
    let end = np.body_end;
    // "بيان للمتحدث باسم الحركة فلان الفلاني": after a title, the person it names; set off by commas too
    // ("بيان لرئيس الوزراء، فلان الفلاني،"), an unknown name then closed by a comma or the end.
    if view.lexicon.has(&bare, |r| matches!(r, NounRole::Title(_))) {
        let apposed = end < limit && aside(view, end);
        let start = if apposed { end + 1 } else { end };
        if let Some(n) = view.person_starting(start) {
            return Some(name_after(view, k, n));
        }
        let closed = |p: &std::ops::Range<usize>| !apposed || p.end >= limit || aside(view, p.end);
        if let Some(name) = chunk::person_after(view, start, limit).filter(|p| p.len() >= 2 && closed(p)) {
            let referent = Referent::unknown_person(
                view.original(name.clone()).to_string(),
                gender,
                np.country.or(np.attached_country),
                Some(without_dative(view.original(k..end)).into()),
                k..name.end,
            );
            return Some((referent, name.end));
        }
    }
    let kind = kind.unwrap_or(if outlet::is_bare_head(&bare) {
        ActorKind::Media
    } else {
        ActorKind::AdHoc
    });
    let referent = Referent {
        who: Who::AdHoc(Rc::new(AdHoc {
            text: without_dative(view.original(k..end)),
            gender,
            kind,
            country: np.country.or(np.attached_country),
            role: None,
        })),
        how: Recognition::AdHoc,
        tokens: Some(k..end),
        gender: Some(gender),
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
pub(crate) fn without_dative(original: &str) -> String {
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

#[cfg(test)]
#[path = "speaker_tests.rs"]
mod tests;
