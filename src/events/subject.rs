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
use super::lexicon::{Agreement, NounRole, VerbClass};
use super::memory::{self, named_again, named_before, surname_again};
pub(crate) use super::memory::{anaphor, Previous};
use super::outlet;
use super::phrase;
use super::preverbal::before;
use super::referent::{Referent, Who};
use super::slot;
use super::verb::Predicate;
use super::view::View;
use super::EventKind;
use super::Recognition;
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
        after(view, v, (v + 2 + AGENT_WORDS).min(verb.content), day, previous)
    } else if let Some(s) = written_before {
        Some((s, v + 1))
    } else {
        after(view, v, verb.content, day, previous)
            .or_else(|| {
                let gender = verb.hit.agreement.gender();
                let k = first_word_after(view, v, verb.content)?;
                phrase::name_first(view, k, verb.content, gender).filter(|_| verb.says(view))
            })
            .or_else(|| slot::unread_speaker(view, verb, day, previous))
    };
    let deed = !verb.hit.masdar && !verb.hit.object && verb.entry(view).class == VerbClass::Action;
    if written.is_none() && deed {
        if let Some(agent) = passive_agent(view, clause, v, day, previous) {
            return (Some(agent), v + 1);
        }
    }
    if written.is_none() {
        if let Some(source) = according_to(view, clause, v) {
            return (Some(source), v + 1);
        }
    }
    match written {
        Some((s, end)) => (Some(s), end),
        // A relative clause's verb ("غارة شنتها طائرة") has its agent written after it, or none the text names.
        None if verb.hit.object => (None, v + 1),
        None if !conjoined && adjectival_clause(view, clause, v) => (None, v + 1),
        None if verb.entry(view).class == VerbClass::Action && non_actor_subject(view, v, clause.tokens.end) => {
            (before(view, clause, v, day, previous), v + 1)
        }
        None => {
            let same_sentence = previous.sentence == Some(clause.sentence);
            let wants = candidate::Wants::of(view, verb);
            let subject = before(view, clause, v, day, previous)
                .or_else(|| candidate::implicit(view, clause.sentence_start, v, wants, day, previous, same_sentence));
            (subject, v + 1)
        }
    }
}

/// Whether the verb at `v` describes the indefinite deed or statement noun right before it ("ويأتي ذلك بعد
/// يومين من هجوم استهدف المدينة", "غارة طالت منزلا"): an adjectival clause, whose subject is that noun; with no
/// subject written after the verb, no actor of the text did it. (The caller has seen that the verb has no
/// conjunction.)
fn adjectival_clause(view: &View, clause: &Clause, v: usize) -> bool {
    let Some(prev) = v.checked_sub(1).filter(|&p| p >= clause.tokens.start) else {
        return false;
    };
    !view.word(prev).starts_with("ال")
        && view.has(prev, |r| matches!(r, NounRole::DeedNoun | NounRole::StatementNoun))
        && view.verb_at(v).is_some_and(|h| !h.present)
}

/// The actor a clause with no written subject is attributed to by a relay word: "وبحسب المرصد السوري، قتل 4
/// عناصر"، "قتل 12 مدنيا في قصف على البلدة، وفق وزارة الصحة". The toll or deed is told in that actor's name.
fn according_to(view: &View, clause: &Clause, v: usize) -> Option<Referent> {
    let end = clause.tokens.end;
    (clause.tokens.start..end)
        .filter(|&k| k != v && view.has(k, |r| r == NounRole::Via))
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

/// A document named again at `k` ("وأضاف البيان", "وجاء في البيان"): it speaks for the previous speaker, who
/// issued it.
fn document_again(view: &View, k: usize, previous: &Previous) -> Option<(Referent, usize)> {
    if !view.has(k, |r| r == NounRole::Document) {
        return None;
    }
    let p = previous.subject.as_ref()?;
    Some((p.as_(Recognition::Anaphor, Some(k..k + 1)), k + 1))
}

/// The agent of a deed told in the passive, named after an agent phrase in the clause ("قتل ضابطان على أيدي
/// مسلحين"، "قتل 13 شخصا بنيران الجيش"، "احتجزت ناقلة من قبل البحرية الإيرانية").
fn passive_agent(view: &View, clause: &Clause, v: usize, day: NaiveDate, previous: &Previous) -> Option<Referent> {
    let end = clause.tokens.end;
    (v + 1..end).find_map(|k| {
        let j = if view.has(k, |r| r == NounRole::Agent) {
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
        Some(named_before(view, j, end, gender, previous).0)
    })
}

/// The first word after the verb at `v`, past commas and dates.
fn first_word_after(view: &View, v: usize, limit: usize) -> Option<usize> {
    let mut k = v + 1;
    while k < limit {
        if let Some(d) = view.date_covering(k) {
            k = view.dates[d].tokens.end;
            continue;
        }
        if view.is_punct(k, ',') {
            k += 1;
            continue;
        }
        return (!view.word(k).is_empty()).then_some(k);
    }
    None
}

/// Whether a deed's verb is followed by a definite noun that names no actor ("واستهدفت الغارة منزلا",
/// "وشهدت المدينة اشتباكات"): that noun is the subject, and the deed is nobody's the text names, so it must not
/// fall to the previous speaker.
fn non_actor_subject(view: &View, v: usize, limit: usize) -> bool {
    first_word_after(view, v, limit).is_some_and(|k| {
        let w = view.word(k);
        super::chunk::is_definite(w)
            && view.name_starting(k).is_none()
            && view.roles(k).is_empty()
            && view.lexicon.nisba(w).is_none()
    })
}

/// The subject written after the verb at `v`, scanning up to the content of the statement.
fn after(view: &View, v: usize, limit: usize, day: NaiveDate, previous: &Previous) -> Option<(Referent, usize)> {
    // "وجاء في بيان لوزارة الخارجية أن", "وقالت في بيان للجيش إن": a document right after the speech verb, with
    // its issuer, names who speaks.
    if view.word(v + 1) == "في" && view.is_speech_verb(v) {
        if let Some(found) = phrase::document_of(view, v + 2, limit) {
            return Some(found);
        }
        // "وجاء في البيان أن": the document named before speaks for the speaker who issued it.
        if let Some(found) = document_again(view, v + 2, previous) {
            return Some(found);
        }
    }
    let mut k = v + 1;
    // The subject starts within ten tokens of the verb; its phrase may run to the content.
    let start_limit = limit.min(v + 10);
    while k < start_limit {
        if let Some(d) = view.date_of(k) {
            k = view.dates[d].tokens.end;
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
            return Some(phrase::body_unlike_name(view, k, n, limit).unwrap_or_else(|| phrase::name(view, n)));
        }
        // "ونقلت «الجزيرة» عن مصدر": a short outlet name in quotation marks.
        if let Some((tokens, id)) = outlet::quoted_short_name(view, k) {
            if let Some(a) = view.catalog.actor_index(id) {
                let end = tokens.end;
                return Some((Referent::named(a, tokens), end));
            }
        }
        if let Some(found) = super::personal::quoted_person(view, v, k, limit) {
            return Some(found);
        }
        if view.is_punct(k, ',') || view.is_punct(k, '"') || view.is_punct(k, '(') || view.is_punct(k, ')') {
            k += 1;
            continue;
        }
        let word = view.word(k);
        if word.is_empty() {
            return None;
        }
        // "تعهد كل من الجيش وقوات الدعم السريع": the first of the actors the verb names.
        if word == "كل" && view.word(k + 1) == "من" {
            k += 2;
            continue;
        }
        if let Some(found) = phrase::document_of(view, k, limit) {
            return Some(found);
        }
        // "وقال المتحدث باسم الوزارة" after the ministry's spokesman was named: that person.
        if let Some(found) = memory::spokesman_named_before(view, k, limit) {
            return Some(found);
        }
        if let Some(found) = phrase::body(view, k, limit) {
            return Some(found);
        }
        if let Some(found) = named_again(view, k, previous) {
            return Some(found);
        }
        // "وقال يمنيون في صنعاء إن": a plural of people of a country, alone, names them.
        if view.lexicon.people_of(word).is_some() && view.is_speech_verb(v) {
            return Some(phrase::adhoc(view, k, limit, Gender::Masculine));
        }
        if view.has(k, |r| r == NounRole::Quantifier) {
            let crowd_verb = view.verb_at(v).is_some_and(|h| {
                matches!(
                    view.lexicon.verbs[h.verb as usize].kind,
                    EventKind::Protest | EventKind::Movement
                )
            });
            return phrase::crowd(view, k, limit, crowd_verb);
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
        if let Some(gender) = phrase::definite_head(view, word).filter(|&g| !word.ends_with("ين") && !disagrees(g)) {
            return Some(named_before(view, k, limit, gender, previous));
        }
        // "وزار الرئيس المدينة، وتفقد القوات المرابطة": a feminine noun after a masculine verb is its object.
        let masculine_verb = view.verb_at(v).is_some_and(|h| h.agreement == Agreement::Masculine);
        for &role in view.roles(k) {
            match role {
                NounRole::Anaphor(kind, gender)
                    if word.contains("ال")
                        && view.word(k + 1) != "باسم"
                        && !(masculine_verb && gender == Gender::Feminine) =>
                {
                    // A title before the name of one of its kind is an apposition: "الرئيس الأسد",
                    // "الوزير لافروف" name the actor, not the latest person of the text.
                    let named = view.name_starting(k + 1).filter(|&n| {
                        !view.names[n].clitic && Who::from(view.names[n].target).kind(view.catalog, day) == Some(kind)
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
                }
                NounRole::Document => {
                    if let Some(found) = document_again(view, k, previous) {
                        return Some(found);
                    }
                }
                NounRole::SpeakerHead(gender) => return Some(phrase::headed(view, k, limit, gender)),
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
        return None;
    }
    None
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::events::clause::split;
    use crate::events::verb;
    use crate::events::view::tests::view;

    /// The subject of each clause with a verb, resolved, carrying the previous speaker from clause to clause.
    fn chosen(text: &str) -> Vec<Option<crate::events::ActorRef>> {
        let v = view(text);
        let day: NaiveDate = "2024-12-06".parse().expect("a date");
        let mut previous = Previous::default();
        let mut out = Vec::new();
        for c in split(&v) {
            let Some(p) = verb::find(&v, &c) else { continue };
            let (s, _) = choose(&v, &c, &p, day, &previous);
            out.push(s.as_ref().map(|s| s.resolve(&v, day)));
            if let Some(s) = s {
                previous.spoke(s, c.sentence);
            }
        }
        out
    }

    /// The subject of each clause with a verb, as the catalog id or the ad hoc phrase.
    pub(crate) fn subjects(text: &str) -> Vec<Option<String>> {
        chosen(text).into_iter().map(|a| a.map(|a| a.id)).collect()
    }

    fn ids(list: &[&str]) -> Vec<Option<String>> {
        list.iter().map(|s| Some(s.to_string())).collect()
    }

    #[test]
    fn a_field_after_a_name_ends_it() {
        assert_eq!(
            subjects("وقال سامر الخطيب الباحث في مركز الدراسات إن الحرب ستطول."),
            vec![Some("adhoc:سامر الخطيب".to_string())]
        );
    }

    #[test]
    fn a_participle_of_saying_ends_the_speaker_s_name() {
        assert_eq!(
            subjects("وقال فراس حداد مضيفا أن المعبر مغلق."),
            vec![Some("adhoc:فراس حداد".to_string())]
        );
    }

    #[test]
    fn an_oblique_plural_after_the_verb_is_its_object_and_a_plural_before_a_pluperfect_its_subject() {
        let got = subjects("قال وزير الدفاع الإيراني إن الرد قادم. وحذر الإسرائيليين من أن يصبحوا ضحايا.");
        assert_eq!(got[1], got[0]);
        let got = subjects("قال رئيس الحكومة إن الوضع مستقر. وكان مسلحون مجهولون قد اغتالوا ضابطا.");
        assert_eq!(got[1].as_deref(), Some("adhoc:مسلحون مجهولون"));
    }

    #[test]
    fn the_subject_between_an_auxiliary_and_its_verb_in_more_shapes() {
        // A bare noun for the latest actor of its kind, a phrase that goes on before the verb, a noun no list
        // knows; a report is no subject.
        let got = subjects(
            "قال الجيش الإسرائيلي إن قواته تقدمت. وقال نتنياهو إن العملية مستمرة. وكان الجيش قد أعلن مقتل جنديين.",
        );
        assert_eq!(got[2].as_deref(), Some("il.idf"));
        let got = subjects("وكان مصدر أمني في الأنبار أفاد في تصريح سابق بمقتل 3.");
        assert_eq!(got[0].as_deref(), Some("adhoc:مصدر امني في الانبار"));
        let got = subjects("وكانت المقاومة قد استهدفت أمس مجموعة من الجنود.");
        assert_eq!(got[0].as_deref(), Some("adhoc:المقاومه"));
        let got = subjects("قال الوزير إن الوضع صعب. وكانت الحصيلة السابقة تشير إلى مقتل 12.");
        assert_ne!(got.get(1).cloned().flatten().as_deref(), Some("adhoc:الحصيله"));
    }

    #[test]
    fn a_bare_noun_names_the_body_named_with_its_head_since_the_last_speaker() {
        // RSF spoke in no event, but was named with "قوات" after the army spoke.
        let got = subjects(
            "قال الجيش السوداني إن قواته تقدمت في الخرطوم. جاء ذلك قبل ساعات من بيان لقوات الدعم السريع. وقالت القوات إنها صدت الهجوم.",
        );
        assert_eq!(got.last().cloned().flatten().as_deref(), Some("rsf"));
    }

    #[test]
    fn a_bare_noun_names_the_body_of_its_own_head_over_a_speaker_of_the_kind() {
        let got = subjects(
            "قال الجيش السوداني إن قواته تقدمت. وأعلنت قوات الدعم السريع سيطرتها على مدينة. وقال الجيش إن الهجوم فشل.",
        );
        assert_eq!(got[2], got[0]);
    }

    #[test]
    fn after_the_verb_past_dates_and_fillers() {
        assert_eq!(
            subjects("وقال أمس في بيان وزير الخارجية الروسي إن الوضع خطير."),
            ids(&["sergey-lavrov"])
        );
    }

    #[test]
    fn before_a_verb_without_a_conjunction() {
        assert_eq!(subjects("وكانت أنقرة قد أطلقت عملية عسكرية."), ids(&["tr"]));
    }

    #[test]
    fn implicit_subjects_agree_with_the_verb() {
        let got = subjects("قالت السفارة الأمريكية في دمشق إن الوضع خطير. وأضافت أن الرعايا بأمان.");
        assert_eq!(got.len(), 2);
        assert_eq!(got[0], got[1]);
    }

    #[test]
    fn a_nominative_plural_after_a_speech_verb_is_its_subject() {
        let got = subjects("قال انفصاليون إن الاستفتاء نجح. وأضاف الانفصاليون الموالون للحكومة أن النتائج نهائية.");
        assert_eq!(got[0].as_deref(), Some("adhoc:انفصاليون"));
        assert_eq!(got[1].as_deref(), Some("adhoc:الانفصاليون الموالون"));
        // Named whole, the separatists of Donbas are a catalog actor.
        let got = subjects("وأضاف الانفصاليون الموالون لروسيا أن النتائج نهائية.");
        assert_eq!(got[0].as_deref(), Some("ua.separatists"));
    }

    #[test]
    fn the_statement_named_again_speaks_for_its_issuer() {
        let got = subjects("قالت وزارة الدفاع الروسية إن القوات تقدمت. وجاء في البيان أن الهجوم فشل.");
        assert_eq!(got.len(), 2);
        assert!(got[0].is_some());
        assert_eq!(got[1], got[0]);
    }

    #[test]
    fn a_plural_of_a_people_alone_after_a_speech_verb_is_its_subject() {
        let got = subjects("وقال يمنيون في صنعاء إن الأسعار ارتفعت.");
        assert_eq!(got[0].as_deref(), Some("adhoc:يمنيون في صنعاء"));
    }

    #[test]
    fn a_subject_that_opens_its_clause_before_the_verb() {
        let got = subjects("وزارة الصحة تحذر من انتشار الكوليرا. مصادر محلية أكدت أن القصف مستمر.");
        assert_eq!(got[0].as_deref(), Some("adhoc:وزاره الصحه"));
        assert_eq!(got[1].as_deref(), Some("adhoc:مصادر محليه"));
        // A noun that names no actor is no subject.
        assert!(subjects("المعارك تواصلت في محيط المدينة.").iter().all(Option::is_none));
    }

    #[test]
    fn a_name_in_quotation_marks_after_a_speech_verb() {
        let got = subjects("قال «سامر الحلبي»، قائد الفصيل، إن مقاتليه انسحبوا.");
        assert_eq!(got[0].as_deref(), Some("adhoc:سامر الحلبي"));
        // A short quotation that closes its sentence is what is said, not a name.
        assert!(subjects("وقال «لن نستسلم».")
            .iter()
            .all(|s| s.as_deref() != Some("adhoc:لن نستسلم")));
    }

    #[test]
    fn a_bare_noun_stands_for_the_latest_of_its_kind() {
        let got = subjects(
            "دعت السفارة الأمريكية في دمشق رعاياها إلى المغادرة. وقال مصدر إن الطريق مغلق. وقالت السفارة إن الوضع خطير.",
        );
        assert_eq!(got[0], got[2]);
        assert_eq!(got[1].as_deref(), Some("adhoc:مصدر"));
    }

    /// The actors of the clauses with a verb and a subject, resolved.
    fn actors(text: &str) -> Vec<crate::events::ActorRef> {
        chosen(text).into_iter().flatten().collect()
    }

    #[test]
    fn an_embassy_the_catalog_does_not_know_is_read_by_its_phrase() {
        let got =
            actors("حثت السفارة اليابانية في العاصمة الأردنية عمّان رعاياها على الحذر. وقالت السفارة إن الطريق مغلق.");
        assert_eq!(got.len(), 2);
        assert_eq!(
            (got[0].kind, got[0].country.as_deref()),
            (ActorKind::Embassy, Some("JP"))
        );
        assert_eq!(got[1].id, got[0].id);
        assert_eq!(got[1].recognized_by, Recognition::Anaphor);
    }

    #[test]
    fn a_person_the_catalog_does_not_know_keeps_title_and_country() {
        let got = actors("وقال وزير الخارجية الماليزي أنور حكيم رزالي إن بلاده تتابع. وأضاف رزالي أن الطائرة جاهزة.");
        assert_eq!(got[0].name, "أنور حكيم رزالي");
        assert_eq!(got[0].role.as_deref(), Some("وزير الخارجية الماليزي"));
        assert_eq!(got[0].country.as_deref(), Some("MY"));
        assert_eq!(got[1].id, got[0].id);
    }

    #[test]
    fn a_council_that_shares_words_is_not_the_catalog_one() {
        // The US National Security Council is a catalog body of its own; never the UN Security Council.
        let got = actors("وأكد مجلس الأمن القومي الأمريكي أنه يراقب الوضع.");
        assert_ne!(got[0].id, "unsc");
        assert_eq!(got[0].country.as_deref(), Some("US"));
        let got = actors("وأكد مجلس الأمن القومي الباكستاني أنه يراقب الوضع.");
        assert_eq!(got[0].name, "مجلس الأمن القومي الباكستاني");
        assert_eq!(got[0].country.as_deref(), Some("PK"));
        let got = actors("ودعا مجلس الأمن الدولي إلى التهدئة.");
        assert_ne!(got[0].id, "adhoc:مجلس الامن الدولي");
    }

    #[test]
    fn the_subject_between_an_auxiliary_and_its_verb() {
        let got = actors("وكانت وكالة الأنباء المحلية قد ذكرت أن الطريق مغلق.");
        assert_eq!(got[0].name, "وكالة الأنباء المحلية");
        assert_eq!(got[0].kind, ActorKind::Media);
    }

    #[test]
    fn a_deed_of_no_actor_is_nobody_s() {
        let got = actors("قال المرصد السوري إن الغارات مستمرة. واستهدفت الغارة مستودعا للوقود.");
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn a_toll_in_the_name_of_who_reports_it() {
        let got = actors("وبحسب المرصد السوري لحقوق الإنسان، استهدف القصف 3 قرى.");
        assert_eq!(got[0].id, "sohr");
    }

    #[test]
    fn a_definite_speaker_head_names_again_the_indefinite_one() {
        let got = subjects("قالت مصادر عسكرية إن الهجوم فشل. وأوضحت المصادر أن الاشتباكات توقفت.");
        assert_eq!(got, ids(&["adhoc:مصادر عسكريه", "adhoc:مصادر عسكريه"]));
        // Another adjective is another speaker; a plural in "ين" after the verb is its object.
        let got = subjects("قالت مصادر عسكرية إن الهجوم فشل. وقالت المصادر الطبية إن القتلى ثلاثة.");
        assert_eq!(got, ids(&["adhoc:مصادر عسكريه", "adhoc:المصادر الطبيه"]));
        let got = subjects("وقال الوزير السوري إن الطريق مفتوح، ودعا المسلحين إلى تسليم السلاح.");
        assert_ne!(got.get(1).cloned().flatten().as_deref(), Some("adhoc:المسلحين"));
    }

    #[test]
    fn the_army_with_no_army_named_before_is_the_armed_forces_of_the_body_s_country() {
        let got = subjects("وأعلنت هيئة الحشد الشعبي مقتل اثنين من عناصرها. وأعلن الجيش إغلاق الطريق.");
        assert_eq!(got.get(1).cloned().flatten().as_deref(), Some("iq.army"));
        // An army named before is the one meant.
        let got =
            subjects("وقال الجيش السوداني إن قواته تقدمت. وأعلنت قوات الدعم السريع الهدنة. وأعلن الجيش إغلاق الطريق.");
        assert_eq!(got.last().cloned().flatten().as_deref(), Some("sd.army"));
    }

    #[test]
    fn a_verb_describing_an_indefinite_deed_noun_has_no_actor_of_the_text() {
        let got = subjects("وقال الوزير إن الحوار مستمر. ويأتي ذلك بعد يومين من هجوم استهدف المدينة.");
        assert_eq!(got.len(), 2);
        assert_eq!(got[1], None);
    }

    #[test]
    fn a_passive_deed_takes_the_agent_of_its_agent_phrase() {
        let got = subjects("قتل جنديان على أيدي مسلحين، فيما قتل خمسة عناصر بنيران الجيش السوري.");
        assert_eq!(got, ids(&["adhoc:مسلحين", "sy.army"]));
        // A form that is only a passive is followed by its victim, however well described.
        let got = subjects("وأصيب شاب سوري برصاص الجيش السوري قرب درعا.");
        assert_eq!(got, ids(&["sy.army"]));
    }

    #[test]
    fn a_counted_crowd_is_the_subject_of_its_deed() {
        let got = subjects("اقتحم عشرات المتظاهرين الموالين للحكومة مقر البلدية.");
        assert_eq!(got, ids(&["adhoc:عشرات المتظاهرين الموالين للحكومه"]));
        let got = subjects("خرج الآلاف من أنصار الحركة إلى الشوارع.");
        assert_eq!(got, ids(&["adhoc:الالاف من انصار الحركه"]));
        // A count of victims is no actor.
        assert!(subjects("وأصاب القصف عشرات المدنيين.")
            .iter()
            .all(|s| s.as_deref() != Some("adhoc:عشرات المدنيين")));
    }

    #[test]
    fn a_title_with_what_it_governs_is_an_unnamed_person_not_the_previous_speaker() {
        assert_eq!(
            subjects("قال الوزير أحمد عطاف إن الحوار مستمر. وانسحب محافظ حلب من وسط المدينة."),
            ids(&["ahmed-attaf", "adhoc:محافظ حلب"])
        );
    }

    #[test]
    fn a_spokesman_without_a_name_is_the_one_named_before_for_that_body() {
        let got = subjects(
            "قال المتحدث باسم الجيش السوداني نبيل عبد الله إن القوات تقدمت. وأضاف المتحدث باسم الجيش أن المعارك \
             مستمرة. وقال المتحدث باسم الخارجية إن الوزارة تتابع.",
        );
        assert_eq!(got[0], got[1], "{got:?}");
        assert_eq!(got[2].as_deref(), Some("adhoc:المتحدث باسم الخارجيه"), "{got:?}");
    }
}
