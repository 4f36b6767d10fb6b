//! Subject choice: who the clause's verb is about.
//!
//! The subject is looked for where the sentence writes it, in this order: a catalog name right before a verb
//! that carries no conjunction ("وكانت أنقرة قد أطلقت"); the first noun phrase after the verb, skipping dates,
//! commas, fillers and the objects of prepositions, read by the phrase readers (names, bodies, titled persons,
//! speaker heads, bare definite nouns for the latest actor of their kind); a phrase that fills a statement's
//! subject slot up to its content though no reader named it ([`super::slot`]); the agent of a passive deed or
//! the source of an according-to phrase. Only when the sentence writes none is the subject implicit, chosen among
//! the candidates of the text by position, agreement and kind ([`super::candidate`]).

use chrono::NaiveDate;

use super::candidate;
use super::clause::Clause;
use super::lexicon::{one_of, Agreement, NounRole, VerbClass};
use super::memory::{self, named_again, named_before, surname_again};
pub(crate) use super::memory::{anaphor, Previous};
use super::object;
use super::outlet;
use super::phrase;
use super::preverbal::before;
use super::referent::{Referent, Who};
use super::slot;
use super::verb::Predicate;
use super::view::View;
pub(crate) use super::word_order::disagrees;
use super::word_order::{
    accusative_plural, adjectival_clause, antecedent, body_no_list_knows, first_word_after, fronted_object,
    happening_subject, non_actor_subject, object_by_agreement, plural_marked, target_object, weapon_object,
};
use super::EventKind;
use crate::actors::{ActorKind, Gender};

/// How many words after the head of an agent a verbal noun's agent phrase may run ("طائرات الاحتلال الإسرائيلي").
const AGENT_WORDS: usize = 6;

/// The subject of a clause's verb (if any), and the token after it (after the verb when it is not written
/// after the verb).
pub(crate) fn choose(
    view: &View,
    clause: &Clause,
    verb: &Predicate,
    day: NaiveDate,
    previous: &Previous,
) -> (Option<Referent>, usize) {
    let v = verb.at;
    // A name right before a verb without a conjunction is its subject ("وكانت أنقرة قد أطلقت"); before
    // "وبحث" it is the object of the verb before.
    let conjoined = view.lexicon.conjoined_verb(view.word(v));
    let written_before = (!verb.hit.masdar && !conjoined)
        .then(|| before(view, clause, v, day, previous))
        .flatten();
    // A verbal noun has no subject, unless its agent is written after it ("بعد ساعات من إعلان الحوثيين").
    // "وقتل الناشط X برصاص قوات الأمن": the person after a passive is its victim; an agent phrase names the
    // subject.
    let victim =
        !verb.hit.masdar && view.has(v, |r| r == NounRole::PassiveReading) && super::verb::victim_then_cause(view, v);
    // "واستشهد شاب فلسطيني برصاص قوات X", "أصيب مدنيون بقصف": a form that is only a passive (no active verb form
    // is spelled so) is followed by whom the deed befell, never by its agent.
    let victim =
        victim || (!verb.hit.masdar && view.verb_at(v).is_none() && view.lexicon.passive(view.word(v)).is_some());
    let written = if victim || (verb.hit.masdar && !verb.hit.object) {
        None
    } else if verb.hit.masdar {
        // "تأكيد السوداني للسفراء" after "محمد شياع السوداني": a person named in full before, by the surname.
        after(view, v, (v + 2 + AGENT_WORDS).min(verb.content), day, previous, false)
            .or_else(|| memory::surname_named_before(view, v + 1, Gender::Masculine))
    } else if let Some(s) = written_before {
        Some((s, v + 1))
    } else if let Some(end) = view.verb_at(v).and_then(|h| view.relative_antecedent(v, h)) {
        // "وحدات X التي دعت إلى": the actor the relative clause is about, or no one.
        return (antecedent(view, end), v + 1);
    } else if object::called_on(view, v)
        || object::accused(view, verb)
        || super::preverbal::fronted_deed(view, clause, v)
    {
        None
    } else {
        after(view, v, verb.content, day, previous, true)
            .or_else(|| {
                let gender = verb.hit.agreement.gender();
                let k = first_word_after(view, v, verb.content)?;
                phrase::name_first(view, k, verb.content, gender).filter(|_| verb.says(view))
            })
            .or_else(|| slot::unread_speaker(view, verb, day, previous))
    };
    let deed = !verb.hit.masdar && !verb.hit.object && verb.entry(view).class == VerbClass::Action;
    if written.is_none() && deed {
        if let Some(agent) = super::implicit::passive_agent(view, clause, v, day, previous) {
            return (Some(agent), v + 1);
        }
    }
    // "إثر استهدافه بطائرة مسيرة إسرائيلية، بحسب الوزارة": the weapon's state did it; the according actor relays.
    if written.is_none() && verb.hit.masdar {
        if let Some(doer) = super::cause::by_weapon(view, v, clause.tokens.end) {
            return (Some(doer), v + 1);
        }
    }
    if written.is_none() {
        if let Some(source) = super::implicit::according_to(view, clause, v) {
            // "وفجرت منزلا، بحسب وكالة وفا": an outlet tells a deed whose doer the verb leaves implicit; it
            // relays, and the doer is read as any implicit subject is. A toll stays the teller's.
            let relayed_deed = deed
                && verb.entry(view).kind != super::EventKind::Killing
                && source.who.kind(view.catalog, day) == Some(crate::actors::ActorKind::Media);
            if !relayed_deed {
                return (Some(source), v + 1);
            }
        }
    }
    match written {
        Some((s, end)) => (Some(s), end),
        // A relative clause's verb ("غارة شنتها طائرة") has its agent written after it, or none the text names.
        None if verb.hit.object => (None, v + 1),
        None if !conjoined && adjectival_clause(view, clause, v) => (None, v + 1),
        // "، ومنعت التجول": after a comma, a verb joined to the clause before and a noun that disagrees with it
        // share that clause's subject (`Clause::coordinated`).
        None if verb.entry(view).class == VerbClass::Action
            && !plural_marked(view, v)
            && non_actor_subject(view, v, clause.tokens.end)
            && !clause.coordinated(view, v) =>
        {
            (before(view, clause, v, day, previous), v + 1)
        }
        None => {
            let same_sentence = previous.sentence == Some(clause.sentence);
            let wants = candidate::Wants::of(view, clause, verb);
            let subject = before(view, clause, v, day, previous)
                .or_else(|| {
                    (same_sentence && clause.coordinated(view, v))
                        .then(|| joined_subject(view, clause, verb, previous))
                        .flatten()
                })
                .or_else(|| {
                    (!happening_subject(view, clause, v, verb)).then(|| {
                        candidate::implicit(view, clause.sentence_start, v, wants, day, previous, same_sentence)
                    })?
                });
            (subject, v + 1)
        }
    }
}

/// The subject of the verb before a verb joined to it after a comma, both of one agreement ("شنت مقاتلات
/// الحلف غارة، وقصفت أهدافا أخرى"): the latest event's, whatever gender the catalog gives its name.
fn joined_subject(view: &View, clause: &Clause, verb: &Predicate, previous: &Previous) -> Option<Referent> {
    let before = (clause.sentence_start..clause.tokens.start)
        .rev()
        .find_map(|k| view.finite_verb_at(k))?;
    (before.agreement == verb.hit.agreement && !before.present)
        .then(|| previous.subject.clone())
        .flatten()
}

/// The person an official's noun at `k` names ("القيادي في حماس فلان", "مسؤول في الحكومة، فلان،"), if it is one.
fn official_named(view: &View, k: usize, limit: usize, gender: Gender) -> Option<(Referent, usize)> {
    super::chunk::is_official(view, k)
        .then(|| phrase::titled_person(view, k, limit, gender))
        .flatten()
}

/// Whether the definite title at `k` names an office in full, a speaker of its own rather than the latest
/// person named: "باسم" or "لل" after it or after its adjectives ("المتحدث الصحفي باسم الرئاسة", "الناطق
/// الرسمي للهيئة"), or two adjectives ("المتحدث العسكري الليبي"). One adjective names again ("وأضاف المتحدث
/// التركي" after "المتحدث باسم الخارجية التركية فلان").
fn office_in_full(view: &View, k: usize) -> bool {
    let adjective = |j: usize| {
        let w = view.word(j);
        super::chunk::is_definite(w)
            && view.name_at[j].is_none()
            && (view.lexicon.nisba(w).is_some()
                || view.has(j, |r| r == NounRole::Adjective)
                || super::chunk::looks_like_adjective(w))
    };
    let j = (k + 1..k + 3).find(|&j| !adjective(j)).unwrap_or(k + 3);
    let w = view.word(j);
    w == "باسم" || (j > k + 1 && w.starts_with("لل")) || j >= k + 3
}

/// The subject written after the verb at `v`, scanning up to the content of the statement.
fn after(
    view: &View,
    v: usize,
    limit: usize,
    day: NaiveDate,
    previous: &Previous,
    finite: bool,
) -> Option<(Referent, usize)> {
    if let Some(found) = frame::framed(view, v, limit, previous) {
        return Some(found);
    }
    if plural_marked(view, v) {
        return None;
    }
    let mut k = v + 1;
    // The subject starts within ten tokens of the verb; its phrase may run to the content.
    let start_limit = limit.min(v + 10);
    while k < start_limit {
        // "كما استخدم المروحيات": weapons after a masculine verb are its object; the subject is left implicit.
        if finite && k == v + 1 && (weapon_object(view, v, k) || target_object(view, v, k)) {
            return None;
        }
        if let Some(d) = view.date_of(k) {
            k = view.dates[d].tokens.end;
            continue;
        }
        // "وقالت في وقت سابق، مديرية مكافحة الإرهاب، إن": a time adverbial of several words, and its comma.
        if let Some((len, NounRole::Then | NounRole::TimeAdverb)) = view.phrase_at(k) {
            k += len;
            k += usize::from(view.is_punct(k, ','));
            continue;
        }
        if let Some(n) = view.name_of(k) {
            // "وأضاف لوكالة فرانس برس أن": the outlet spoken to is the relay, not the speaker.
            let name = view.names[n];
            let w = view.word(k);
            let dative = (name.clitic && w.starts_with('ل') && !w.starts_with("لل")) || phrase::dative_before(view, k);
            if dative || outlet::spoken_to(view, &name) {
                k = name.tokens.1;
                continue;
            }
            if let Some(found) = surname_again(view, n, previous, day) {
                return Some(found);
            }
            // "المتحدث باسم التحالف الدولي، فلان الفلاني، إن": the person the text names in apposition, not the
            // office's holder in the catalog.
            if matches!(name.target, crate::actors::Target::Role(_)) {
                if let Some(found) = phrase::apposed_unknown(view, k, limit, Gender::Masculine) {
                    return Some(found);
                }
            }
            let found = phrase::body_unlike_name(view, k, n, limit).unwrap_or_else(|| phrase::name(view, n));
            if let Some(person) = super::apposition::unheld_role_then_name(view, &found, k, limit, day) {
                return Some(person);
            }
            // "وأوضح المتحدث باسم البنتاغون" after "قال المتحدث باسم البنتاغون، فلان الفلاني": a role with no name
            // after it is the person the article named with that title, never a catalog holder it has not named.
            // Not when a rank or a catalog person follows the role within three words, before what is said ("الرئيس
            // اللبناني العماد فلان"): a name the role did not take.
            let after_role = found.1 + usize::from(view.is_punct(found.1, ','));
            let named_after = (after_role..(after_role + 3).min(limit))
                .take_while(|&j| !view.word(j).is_empty() && !view.has(j, |r| r == NounRole::Complementizer))
                .any(|j| view.has(j, |r| r == NounRole::Rank) || view.person_starting(j).is_some());
            if matches!(found.0.who, Who::Role(_)) && !named_after {
                if let Some(again) = memory::role_named_before(view, k, limit) {
                    return Some(again);
                }
            }
            return Some(found);
        }
        // "ونقلت «الجزيرة» عن مصدر": a short outlet name in quotation marks.
        if let Some((tokens, id)) = outlet::quoted_short_name(view, k) {
            if let Some(a) = view.catalog.actor_index(id) {
                let end = tokens.end;
                return Some((Referent::named(a, tokens), end));
            }
        }
        // "قالت إذاعة (X) إن": an outlet's head with the catalog's outlet in brackets after it is that outlet,
        // which says what follows in its own name (the head alone would leave the speaker to the text before).
        if view.is_punct(k + 1, '(') && view.has(k, |r| matches!(r, NounRole::Institution(ActorKind::Media, _))) {
            if let Some(outlet::OutletAt::Catalog(n)) = outlet::named_at(view, k, limit) {
                let (found, end) = phrase::name_after(view, k, n);
                return Some((found, view.past_bracketed_name(k + 1, limit).max(end)));
            }
        }
        if let Some(found) = super::personal::quoted_person(view, v, k, limit) {
            return Some(found);
        }
        if let Some(found) = quoted_surname(view, v, k, previous) {
            return Some(found);
        }
        if view.is_punct(k, ',') || view.is_punct(k, '"') || view.is_punct(k, '(') || view.is_punct(k, ')') {
            k += 1;
            continue;
        }
        // "وتوغلت 4 آليات تابعة للجيش": a count in digits before the members of a body the catalog names.
        if let Some(found) = super::crowd::digits_before_members(view, k, limit)
            .or_else(|| super::crowd::counted_people(view, v, k, limit))
        {
            return Some(found);
        }
        let word = view.word(k);
        if word.is_empty() {
            return None;
        }
        // "وقال هذا المصدر", "وأضافت هذه المصادر": the demonstrative points back as the article does.
        if matches!(word, "هذا" | "هذه") && super::chunk::is_definite(view.word(k + 1)) {
            k += 1;
            continue;
        }
        // "تعهد كل من الجيش وقوات الدعم السريع": the first of the actors the verb names; "قالت ثلاثة مصادر
        // أمنية": the speakers a number counts.
        let counted = (view.has(k, |r| r == NounRole::Numeral) || view.toks[k].kind == crate::text::TokenKind::Number)
            && view.has(k + 1, |r| matches!(r, NounRole::SpeakerHead(_)))
            && view.is_speech_verb(v);
        // "ذكرت بعض وسائل الإعلام", "وأحرق بعض المتظاهرين الإطارات": some of those the phrase after it names.
        let some = word == "بعض"
            && view
                .toks
                .get(k + 1)
                .is_some_and(|t| t.kind == crate::text::TokenKind::Word);
        if (word == "كل" && view.word(k + 1) == "من") || counted || some {
            k += if counted || some { 1 } else { 2 };
            continue;
        }
        if let Some(found) = phrase::document_of(view, k, limit) {
            return Some(found);
        }
        // "وقال المتحدث باسم الوزارة" after the ministry's spokesman was named: that person.
        if let Some(found) = memory::title_named_before(view, k, limit) {
            return Some(found);
        }
        // "واقتحمت قوة خاصة من الجيش الإسرائيلي": units of a body the catalog knows are that body.
        if let Some(found) = phrase::members_of_named(view, k, limit) {
            return Some(found);
        }
        // "بينما استهدف مديرية كتاف": a verb agrees with the subject right after it; a feminine body after a
        // masculine verb is its object, and so is a masculine "الطرفين" after a feminine one: the subject is left
        // implicit.
        if k == v + 1 && object_by_agreement(view, v, k) {
            return None;
        }
        if let Some(found) = phrase::body(view, k, limit) {
            return Some(found);
        }
        if let Some(found) = named_again(view, k, previous) {
            return Some(found);
        }
        // "وواصلت المقاومة عملياتها": the actor whose name in the text holds the word; "وأقالت السلطات قائد
        // الشرطة": the latest body of its kind named before; with neither, the noun as written.
        if k == v + 1 {
            let gender = view.verb_at(v).map_or(Gender::Feminine, |h| h.agreement.gender());
            let body_before = || {
                let kind = view.roles(k).iter().find_map(|&r| match r {
                    NounRole::Institution(kind, _) => Some(kind),
                    _ => None,
                })?;
                memory::anaphor(view, k, kind, day, Some(previous))
            };
            if let Some(found) = memory::self_named(view, k, limit, gender, body_before) {
                return Some(found);
            }
        }
        // "وأضاف القائد" after "قال أحد قادة المتمردين": that commander.
        if !previous.entities.is_empty() && view.has(k, |r| matches!(r, NounRole::Title(_) | NounRole::SpeakerHead(_)))
        {
            if let Some(found) = memory::one_of_again(view, k, previous) {
                return Some(found);
            }
        }
        // "وتحدث أحد سكان البلدة عن", "وقالت إحدى الناجيات إن": one of a crowd, someone the text does not name.
        let crowd_after = || {
            super::chunk::is_definite(view.word(k + 1)) || view.has(k + 1, |r| matches!(r, NounRole::SpeakerHead(_)))
        };
        if let Some(gender) = one_of(word).filter(|_| crowd_after()) {
            return Some(phrase::adhoc(view, k, limit, gender));
        }
        // A verb of protest or movement: what crowds do.
        let crowd_verb = || {
            view.verb_at(v).is_some_and(|h| {
                matches!(
                    view.lexicon.verbs[h.verb as usize].kind,
                    EventKind::Protest | EventKind::Movement
                )
            })
        };
        // "وقال يمنيون في صنعاء إن": a plural of people of a country, alone, names them; so does the plural with
        // the article as the crowd of a protest or a movement ("وتظاهر التشيليون في العاصمة").
        let people = view.lexicon.people_of(word).is_some() && view.is_speech_verb(v);
        let crowd_of_people = || {
            k == v + 1
                && crowd_verb()
                && word
                    .strip_prefix("ال")
                    .is_some_and(|w| view.lexicon.people_of(w).is_some())
        };
        if people || crowd_of_people() {
            return Some(phrase::adhoc(view, k, limit, Gender::Masculine));
        }
        if view.has(k, |r| matches!(r, NounRole::Quantifier | NounRole::GroupNoun)) {
            let crowd = phrase::crowd(view, k, limit, crowd_verb());
            // "مجموعة مسلحة", "عدد سكان الولاية": no crowd, and the other readings go on.
            if crowd.is_some() || view.has(k, |r| r == NounRole::Quantifier) {
                return crowd;
            }
        }
        // "ودعا المسلحين إلى": a plural in "ين" after the verb is its object, not its subject; so is a
        // masculine noun after a feminine verb ("وطالبت السكان بالخروج").
        let feminine_verb = view.verb_at(v).is_some_and(|h| h.agreement == Agreement::Feminine);
        let disagrees =
            |g: Gender| feminine_verb && g == Gender::Masculine && !view.has(k, |r| r == NounRole::Document);
        // "وأكد الأخير": the actor named last, or no event when there is none of its gender.
        let latest = view.roles(k).iter().find_map(|&r| match r {
            NounRole::Latest(g) => Some(g),
            _ => None,
        });
        if let Some(gender) = latest {
            return memory::latest_named(view, k, gender, day, previous).map(|r| (r, k + 1));
        }
        // After "بعض" the plural is its genitive ("وأحرق بعض المتظاهرين الإطارات").
        let genitive = k > 0 && view.word(k - 1) == "بعض";
        if let Some(gender) =
            phrase::definite_head(view, word).filter(|&g| (genitive || !word.ends_with("ين")) && !disagrees(g))
        {
            if let Some(found) = official_named(view, k, limit, gender) {
                return Some(found);
            }
            return Some(named_before(view, k, limit, gender, previous, day));
        }
        // "وزار الرئيس المدينة، وتفقد القوات المرابطة": a feminine noun after a masculine verb is its object.
        let masculine_verb = view.verb_at(v).is_some_and(|h| h.agreement == Agreement::Masculine);
        // A verbal noun's doer is in the genitive ("استهداف مسلحين حافلة").
        let masdar = view.verb_at(v).is_none_or(|h| h.masdar);
        for &role in view.roles(k) {
            match role {
                NounRole::Anaphor(kind, gender)
                    if word.contains("ال")
                        && !office_in_full(view, k)
                        && !(masculine_verb && gender == Gender::Feminine) =>
                {
                    // A title before the name of one of its kind is an apposition: "الرئيس الأسد",
                    // "الوزير لافروف" name the actor, not the latest person of the text. A body's noun before
                    // a body's name is the subject before the object ("وقصف الجيش قوات الدعم السريع").
                    let named = view.name_starting(k + 1).filter(|&n| {
                        !view.names[n].clitic
                            && kind == ActorKind::Person
                            && Who::from(view.names[n].target).kind(view.catalog, day) == Some(kind)
                    });
                    if let Some(n) = named {
                        // "وأضاف العقيد المالكي" after "العقيد تركي المالكي": the person just named.
                        if let Some((found, end)) = surname_again(view, n, previous, day) {
                            return Some((found.as_(found.how, Some(k..end)), end));
                        }
                        return Some(phrase::name_after(view, k, n));
                    }
                    if let Some(found) =
                        phrase::titled_person(view, k, limit, gender).filter(|_| kind == ActorKind::Person)
                    {
                        return Some(found);
                    }
                    if let Some(s) = anaphor(view, k, kind, day, Some(previous)) {
                        return Some((s.as_(s.how, Some(k..k + 1)), k + 1));
                    }
                    // "وهاجم المسلحون" with no group named before: the fighters as the text writes them (a plural
                    // of people in the nominative; "الفصائل" with none stays nobody's).
                    let bare = super::lexicon::strip_conjunction(word)
                        .unwrap_or(word)
                        .strip_prefix("ال");
                    let head = bare.and_then(|b| {
                        view.lexicon.noun(b).iter().find_map(|&r| match r {
                            NounRole::SpeakerHead(g) => Some(g),
                            _ => None,
                        })
                    });
                    if let Some(g) = head.filter(|&g| word.ends_with("ون") && !disagrees(g)) {
                        return Some(named_before(view, k, limit, g, previous, day));
                    }
                }
                // "وواصل النظام قصفه" where the text names "قوات النظام": the actor whose name holds the noun.
                NounRole::ShortOfName if first_word_after(view, v, limit) == Some(k) => {
                    if let Some(found) = memory::short_of_name(view, k) {
                        return Some((found, k + 1));
                    }
                }
                NounRole::Document => {
                    if let Some(found) = frame::document_again(view, k, previous) {
                        return Some(found);
                    }
                }
                // "والتقى مسؤولين محليين": a sound plural in "ين" right after the verb is its object; the
                // subject would be "مسؤولون".
                NounRole::SpeakerHead(_) if k == v + 1 && !masdar && accusative_plural(view, word) => return None,
                NounRole::SpeakerHead(gender) => {
                    // "وقال مسؤول في حماس، فلان الفلاني،": an official's noun names the person after it.
                    return Some(
                        official_named(view, k, limit, gender)
                            .unwrap_or_else(|| phrase::headed(view, k, limit, gender)),
                    );
                }
                NounRole::Title(gender) => {
                    let found = phrase::titled_person(view, k, limit, gender)
                        .or_else(|| phrase::apposed_unknown(view, k, limit, gender));
                    if found.is_some() {
                        return found;
                    }
                    // "وانسحب محافظ حلب": a title with what it governs is someone the text does not name, not
                    // the previous speaker.
                    if super::chunk::chunk(view, k, limit).extended() {
                        return Some(super::speaker::adhoc(view, k, limit, gender));
                    }
                }
                // "وقال اللواء بالجيش فلان الفلاني": a rank heads the phrase of the person it names.
                NounRole::Rank => {
                    // "وأكد العميد الغصري" after "العميد محمد الغصري": a rank and a surname named before.
                    let j = (k + 1..(k + 3).min(limit)).find(|&j| !view.has(j, |r| r == NounRole::Rank));
                    // "وأضاف العميد المالكي" after "تركي المالكي": a surname the catalog gives another person
                    // too is the one just named, as it is without the rank.
                    let surname = j.and_then(|j| view.name_starting(j)).filter(|&n| !view.names[n].clitic);
                    if let Some((found, end)) = surname.and_then(|n| surname_again(view, n, previous, day)) {
                        return Some((found.as_(found.how, Some(k..end)), end));
                    }
                    let lone =
                        j.filter(|&j| super::personal::name_word(view, j) && !super::personal::name_word(view, j + 1));
                    if let Some((found, end)) =
                        lone.and_then(|j| memory::surname_named_before(view, j, Gender::Masculine))
                    {
                        return Some((found.as_(found.how, Some(k..end)), end));
                    }
                    // "وأكد جلالة الملك عبدالله الثاني", "فخامة الرئيس فلان": an honorific before a name the
                    // catalog knows, whole ("الملك عبدالله الثاني") or by a title and its holder.
                    if let Some(n) = surname.filter(|&n| view.names[n].tokens.1 - view.names[n].tokens.0 >= 2) {
                        return Some(phrase::name_after(view, k, n));
                    }
                    if let Some(found) = phrase::titled_person(view, k, limit, Gender::Masculine) {
                        return Some(found);
                    }
                }
                _ => {}
            }
        }
        if view.is_speech_verb(v) {
            if let Some(found) = super::preverbal::plural_noun(view, k, limit) {
                return Some(found);
            }
        }
        // "وأشاد البرهان بصمود" after "عبد الفتاح البرهان": the surname of a catalog person named in full before.
        if super::personal::name_word(view, k) {
            let gender = view.verb_at(v).map_or(Gender::Masculine, |h| h.agreement.gender());
            let known =
                super::memory::surname_named_before(view, k, gender).filter(|(r, _)| matches!(r.who, Who::Actor(_)));
            if known.is_some() {
                return known;
            }
        }
        if view.has(k, |r| r == NounRole::SubjectSkip) {
            // The object of a preposition ("في دمشق", "خلال مؤتمر") is not the subject either.
            let preposition = view.has(k, |r| r == NounRole::Preposition);
            k += 1;
            if preposition {
                k = match view.name_starting(k) {
                    Some(n) => view.names[n].tokens.1,
                    None if view.date_covering(k).is_none() => k + 1,
                    None => k,
                };
            }
            continue;
        }
        // "وقال مشرف إدارة البلدة المستقلة، فلان الفلاني، إن": a head no list knows, with the person it names in
        // apposition between commas, is that person; the head with its chain is their role.
        // A name right after the verb is read as one by the speaker stage ("وأوضح فلان الفلاني، أحد الشهود،").
        let unknown_head = view.roles(k).is_empty() && !super::chunk::is_definite(word) && view.is_speech_verb(v);
        if unknown_head && first_word_after(view, v, limit) == Some(k) {
            let gender = view.verb_at(v).map_or(Gender::Masculine, |h| h.agreement.gender());
            let apposed = super::chunk::person_after(view, k, limit)
                .is_none_or(|p| p.len() < 2)
                .then(|| phrase::apposed_unknown(view, k, limit, gender))
                .flatten();
            return apposed.or_else(|| body_no_list_knows(view, k, limit, gender));
        }
        // "واستهدفت غارات إسرائيلية مطار حلب": a strike as the subject, its doer in its phrase.
        if k == v + 1 {
            if let Some(found) = super::cause::attack_subject(view, k, limit) {
                return Some(found);
            }
        }
        // "وزار الوفد المخيم" after "وصل وفد أممي": a body's head alone with the article names again the body
        // the text introduced with it, when the verb agrees with it.
        if let Some(found) = head_again(view, v, k, previous) {
            return Some(found);
        }
        return fronted_object(view, v, k, limit);
    }
    None
}

#[path = "subject_again.rs"]
mod again;
use again::{head_again, quoted_surname};

#[path = "subject_frame.rs"]
mod frame;

#[cfg(test)]
#[path = "subject_tests.rs"]
pub(crate) mod tests;

#[cfg(test)]
#[path = "subject_heads_tests.rs"]
mod heads_tests;

#[cfg(test)]
#[path = "subject_order_tests.rs"]
mod order_tests;
