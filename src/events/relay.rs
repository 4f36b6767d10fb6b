//! Relays: the outlet that passes on someone else's words, and attributions without a speech verb.
//!
//! - "نقلت وكالة X تصريحات Y" / "نقلت X عن Y" / an outlet that "ذكرت، نقلًا عن Y، ..." give source Y via X;
//! - an outlet that reports, in a complement, a deed or a statement of someone it names ("أفادت وكالة X بأن
//!   الطيران الحربي نفذ غارة", "ذكرت X أن وزارة الصحة أعلنت") gives that agent via X; a complement without an
//!   agent (a passive, a toll, "أنه تم") stays the outlet's own statement;
//! - "لوكالة X", "لـ«X»", "في اتصال مع X", "بحسب ما نقلت X", "وفق ما أوردته X", "أوردته قناة X", and an outlet
//!   named right after the speaker ("أفادت مصادر محلية «X» بأن") give the relay of a statement whose speaker is
//!   named (where such an outlet may stand is read in `via`);
//! - "بحسب/وفق/حسب + actor" after a deed or a toll makes what the clause reports that actor's statement.

use chrono::NaiveDate;

use super::clause::Clause;
use super::lexicon::{NounRole, VerbClass};
use super::phrase;
use super::referent::Referent;
use super::reported::{according, agent_after_fa, relayed_speaker, reported_agent};
use super::verb::Predicate;
use super::via::{
    according_lead, as_reported_at_end, carried, carried_at_end, copy_before, dash_dative, named_after_speaker,
    reported_by_quoted, spoken_to_head, via_in, via_word_before,
};
use super::view::View;
use super::Recognition;
use crate::actors::ActorKind;

/// Who an event is attributed to, and the outlet that relayed it.
#[derive(Debug, Clone)]
pub(crate) struct Attribution {
    pub source: Option<Referent>,
    pub via: Option<Referent>,
    /// The source is the agent named in what an outlet reports, not the one who spoke.
    pub deed_in_content: bool,
}

/// The source and relay of a clause whose subject is `subject`, written up to `subject_end`.
pub(crate) fn attribute(
    view: &View,
    clause: &Clause,
    verb: &Predicate,
    mut subject: Option<Referent>,
    subject_end: usize,
    day: NaiveDate,
) -> Attribution {
    let range = clause.tokens.clone();
    let class = verb.entry(view).class;
    let catalog = view.catalog;
    let is_media = |r: &Referent| r.who.kind(catalog, day) == Some(ActorKind::Media) || outlet_headed(view, r);
    if class == VerbClass::According {
        return match according(view, verb.at, range.start, range.end, day) {
            // "ووفقا لما نقلته وكالة X فإن الدفاعات الجوية تصدت": the outlet relays the agent's deed.
            Some((outlet, None)) if is_media(&outlet) => match agent_after_fa(view, verb.at, range.end, day) {
                Some(agent) => Attribution {
                    source: Some(agent),
                    via: Some(outlet),
                    deed_in_content: true,
                },
                None => Attribution {
                    source: Some(outlet),
                    via: None,
                    deed_in_content: false,
                },
            },
            Some((source, via)) => Attribution {
                source: Some(source),
                via,
                deed_in_content: false,
            },
            None => Attribution {
                source: None,
                via: None,
                deed_in_content: false,
            },
        };
    }
    let needs_subject = verb.entry(view).written_subject || verb.hit.object;
    if needs_subject && subject.as_ref().is_some_and(|s| s.how == Recognition::Implicit) {
        subject = None;
    }
    let mut via = None;
    let mut deed_in_content = false;
    let mut receiver = verb.entry(view).receives.then_some(subject_end);
    let media_subject = subject.as_ref().is_some_and(is_media);
    // A correspondent reports a deed as the outlet does ("وأفاد مراسل «X» بأن الجيش قصف"); one the text names
    // ("مراسل «X» في حلب فلان الفلاني") is a source of their own.
    let correspondent = subject
        .as_ref()
        .is_some_and(|s| is_correspondent(view, s) && !named_person(view, s));
    if class == VerbClass::Relay || (class == VerbClass::Speech && (media_subject || correspondent)) {
        // An outlet is the source only of what it says in its own name: "أفادت وكالة X بأن الجيش شن غارات" is
        // the army's deed, "ذكرت وكالة X أن وزارة الصحة أعلنت" the ministry's statement, relayed by X.
        // "وقالت قناة X، نقلا عن مراسلها، إن الجيش قصف": what the correspondent saw is the agent's deed.
        let relayed = relayed_speaker(view, subject_end, range.end, day).map(|original| {
            let agent = (is_correspondent(view, &original) && !named_person(view, &original))
                .then(|| reported_agent(view, verb, range.end, day))
                .flatten();
            match agent {
                Some((agent, _)) => {
                    deed_in_content = true;
                    agent
                }
                None => original,
            }
        });
        let original = relayed.or_else(|| {
            let (agent, at) = (class == VerbClass::Speech)
                .then(|| reported_agent(view, verb, range.end, day))
                .flatten()?;
            deed_in_content = true;
            let receives = view
                .lexicon
                .verb(view.word(at))
                .is_some_and(|h| view.lexicon.verbs[h.verb as usize].receives);
            receiver = receives.then_some(at + 1);
            Some(agent)
        });
        if let Some(original) = original {
            via = subject.take().map(|s| outlet_of(view, s));
            subject = Some(original);
        }
    }
    // "تلقى الرئيس X اتصالاً هاتفياً من الملك Y": the call is Y's, also inside an outlet's report ("أفادت
    // الوكالة بأن الرئيس تلقى اتصالا من ...").
    if let Some(from) = receiver {
        let at = (from..range.end).find(|&k| view.word(k) == "من");
        if let Some((caller, _)) = at.and_then(|k| phrase::actor_at(view, k + 1, range.end)) {
            subject = Some(caller);
        }
    }
    // "قتل جنديان بعدما هاجم مسلحون ...، حسب مصدر أمني": the report is the source's, not that of an agent the
    // text does not name; a deed of a named actor ("قصف مدفعي لقوات النظام استهدف ...، بحسب ما أفاد الدفاع
    // المدني") stays the actor's.
    // An agent the catalog does not know but whose country the text gives ("طائرة حربية إسرائيلية") is named
    // too.
    let named_agent = subject.as_ref().is_some_and(|s| {
        matches!(s.how, Recognition::Name | Recognition::Role)
            || matches!(&s.who, super::referent::Who::AdHoc(a) if a.country.is_some())
    });
    if class == VerbClass::Action && !named_agent {
        let reported = range
            .clone()
            .filter(|&k| view.has(k, |r| r == NounRole::According))
            .find_map(|k| according(view, k, range.start, range.end, day))
            // An outlet, or its correspondent ("وبحسب مراسل X، أحرق المتظاهرون ..."), relays the written agent's deed.
            .filter(|(source, _)| !is_media(source) && !is_correspondent(view, source));
        if let Some((source, relay)) = reported {
            subject = Some(source);
            via = relay;
        }
    }
    if via.is_none() {
        // Another actor than the source, and named by other words ("..., حسب ما ذكرت وسائل الإعلام" may be
        // read both as the speaker and as the outlet after the relay word).
        let other = |v: &Referent| {
            subject.as_ref().is_none_or(|s| {
                let overlap =
                    matches!((&s.tokens, &v.tokens), (Some(a), Some(b)) if a.start < b.end && b.start < a.end);
                !s.who.same(&v.who, catalog, day) && !overlap
            })
        };
        let scope = if class == VerbClass::Action {
            range.clone()
        } else {
            subject_end.min(verb.content)..verb.content
        };
        via = via_in(view, scope.clone()).filter(|v| other(v));
        // "وقال X، في تصريحات نقلها التلفزيون الرسمي، إن": the outlet the catalog may not know, after a relay
        // word; before the verb, the one a copy of the statement reached ("وفي بيان اطلعت X على نسخة منه، قالت").
        if via.is_none() {
            let before = if class == VerbClass::Action {
                scope.clone()
            } else {
                range.start.min(scope.start)..scope.end
            };
            via = carried(view, before).filter(|v| other(v));
        }
        if via.is_none() && class != VerbClass::Action {
            via = copy_before(view, clause.sentence_start..range.start).filter(|v| other(v));
        }
        if via.is_none() && class != VerbClass::Action && !media_subject {
            via = named_after_speaker(view, subject_end, verb.content).filter(|v| other(v));
        }
        if via.is_none() {
            via = via_in(view, range.clone()).filter(|v| {
                other(v) && v.tokens.as_ref().is_some_and(|t| t.start >= verb.content) && via_word_before(view, v)
            });
        }
        if via.is_none() && class != VerbClass::Action && !media_subject && subject.is_some() {
            via = dash_dative(view, subject_end, verb.content)
                .or_else(|| spoken_to_head(view, subject_end, verb.content).filter(|v| other(v)))
                // "وفي لقاء مع فضائية «X»، قال ...": the conversation told before the verb.
                .or_else(|| {
                    // From the sentence's start, or from the comma that opens the adverbial when the clause
                    // goes on a sentence after a comma ("...، وفي تصريحات لـ«X»، قال شهود").
                    let start = match range.start.checked_sub(1) {
                        Some(comma) if comma > clause.sentence_start && view.is_punct(comma, ',') => {
                            (clause.sentence_start..comma)
                                .rev()
                                .find(|&j| view.is_punct(j, ','))
                                .map_or(clause.sentence_start, |j| j + 1)
                        }
                        _ => clause.sentence_start,
                    };
                    let lead = start..verb.at;
                    let alone = lead.clone().all(|j| view.verb_at(j).is_none());
                    alone
                        .then(|| spoken_to_head(view, lead.start, lead.end))
                        .flatten()
                        .filter(|v| other(v))
                })
                .or_else(|| reported_by_quoted(view, range.clone()));
        }
        if via.is_none() && range.start > clause.sentence_start {
            via = according_lead(view, clause.sentence_start..range.start).filter(|v| other(v));
        }
        if via.is_none() && class != VerbClass::Action && subject.is_some() {
            via = carried_at_end(view, verb.content.max(range.start)..range.end).filter(|v| other(v));
        }
        if via.is_none() && subject.is_some() {
            via = as_reported_at_end(view, verb.at + 1..range.end).filter(|v| other(v));
        }
    }
    Attribution {
        source: subject,
        via,
        deed_in_content,
    }
}

/// Whether an actor the catalog does not know is named by an outlet's head ("هيئة البث الصهيونية", "موقع
/// «X» الإخباري").
fn outlet_headed(view: &View, r: &Referent) -> bool {
    r.how == Recognition::AdHoc
        && r.tokens.as_ref().is_some_and(|t| {
            super::outlet::named_at(view, t.start, t.end).is_some()
                || super::outlet::dative_headed(view, t.start).is_some()
        })
}

/// The outlet a correspondent works for, when the catalog names it ("مراسل الأناضول"); any other referent as
/// it is.
fn outlet_of(view: &View, r: Referent) -> Referent {
    if !is_correspondent(view, &r) {
        return r;
    }
    let outlet = r.tokens.clone().and_then(|t| {
        t.clone().find_map(|k| {
            view.name_starting(k)
                .filter(|&n| super::outlet::is_outlet(view, &view.names[n]))
        })
    });
    // "وأضاف المراسل": the outlet of the correspondent named before, the last outlet written in their name.
    let outlet = outlet.or_else(|| {
        let (super::referent::Who::AdHoc(a), Some(t)) = (&r.who, &r.tokens) else {
            return None;
        };
        let before = view.names.partition_point(|n| n.tokens.1 <= t.start);
        view.names[..before].iter().rposition(|n| {
            super::outlet::is_outlet(view, n) && a.text.contains(view.original(n.tokens.0..n.tokens.1).trim())
        })
    });
    match outlet {
        Some(n) => phrase::name(view, n).0,
        None => r,
    }
}

/// Whether a phrase the catalog does not know is named by a person's name rather than by its own words
/// ("مراسل «X» في حلب فلان الفلاني" is "فلان الفلاني").
fn named_person(view: &View, r: &Referent) -> bool {
    match (&r.who, &r.tokens) {
        (super::referent::Who::AdHoc(a), Some(t)) if r.how == Recognition::AdHoc => {
            !a.text.starts_with(view.original(t.start..t.start + 1))
        }
        _ => false,
    }
}

/// Whether a referent is an outlet's correspondent ("مراسل «X»"), or one named again ("وأضاف المراسل").
fn is_correspondent(view: &View, r: &Referent) -> bool {
    let correspondent = |k: usize| {
        let word = view.word(k);
        view.has(k, |role| role == NounRole::Correspondent)
            || (r.how == Recognition::Anaphor
                && word
                    .strip_prefix("ال")
                    .is_some_and(|rest| view.lexicon.has(rest, |role| role == NounRole::Correspondent)))
    };
    matches!(r.how, Recognition::AdHoc | Recognition::Anaphor)
        && r.tokens.as_ref().is_some_and(|t| correspondent(t.start))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::clause::split;
    use crate::events::subject::{choose, Previous};
    use crate::events::verb;
    use crate::events::view::tests::view;

    /// The source and relay of the first clause of `text` with a verb, each told by `tell`.
    fn attributed(text: &str, tell: impl Fn(Referent, &View, NaiveDate) -> String) -> (Option<String>, Option<String>) {
        let v = view(text);
        let day: NaiveDate = "2024-12-06".parse().expect("a date");
        let (c, p) = split(&v)
            .into_iter()
            .find_map(|c| verb::find(&v, &c).map(|p| (c, p)))
            .expect("a verb");
        let (s, end) = choose(&v, &c, &p, day, &Previous::default());
        let a = attribute(&v, &c, &p, s, end, day);
        (a.source.map(|r| tell(r, &v, day)), a.via.map(|r| tell(r, &v, day)))
    }

    /// The ids of the source and relay.
    fn read(text: &str) -> (Option<String>, Option<String>) {
        attributed(text, |r, v, day| r.resolve(v, day).id)
    }

    /// The names of the source and relay, for actors the catalog does not know.
    fn names(text: &str) -> (Option<String>, Option<String>) {
        attributed(text, |r, v, day| r.resolve(v, day).name)
    }

    #[test]
    fn an_outlet_the_catalog_does_not_know_in_a_relay_position() {
        let (_, via) = names("قال مسؤول محلي -للشرقية- إن الطريق مغلق.");
        assert_eq!(via.as_deref(), Some("الشرقية"));
        let (_, via) = names("وقال مسؤول محلي -لـ\"الوسط نيوز\"- إن الطريق مغلق.");
        assert_eq!(via.as_deref(), Some("الوسط نيوز"));
        let (_, via) = names("نفى الكرملين التقارير عن إغلاق المعبر، حسبما ذكرت \"الوسط\".");
        assert_eq!(via.as_deref(), Some("الوسط"));
        // A quotation that does not close the clause is what was reported, not who reported it.
        let (_, via) = names("نفى الكرملين ذلك، حسبما ذكرت \"مصادر\" في المدينة.");
        assert_eq!(via, None);
    }

    #[test]
    fn an_outlet_spoken_to_by_its_head_whether_known_or_not() {
        // The dative glued to the head, with a quoted or a definite name.
        let (_, via) = names("قال مدير المشفى، سامر الحلبي، لصحيفة \"الراصد\" إن المشفى استقبل 11 جريحا.");
        assert_eq!(via.as_deref(), Some("صحيفة الراصد"));
        let (_, via) = names("وقال المتحدث باسم الشرطة لموقع الساحل إن الطريق مغلق.");
        assert_eq!(via.as_deref(), Some("موقع الساحل"));
        // A conversation with an outlet named by its head.
        let (_, via) = names("وأضاف المتحدث باسم الشرطة في لقاء تلفزيوني مع فضائية \"الواحة\" أن الطريق مغلق.");
        assert_eq!(via.as_deref(), Some("فضائية \"الواحة\""));
        // A dative to a person is no outlet.
        let (_, via) = names("وقال المتحدث باسم الشرطة لرئيس البلدية إن الطريق مغلق.");
        assert_eq!(via, None);
    }

    #[test]
    fn a_relayed_speaker_keeps_its_adjectives_and_the_name_it_is_given() {
        // "رسمي" may stand between a verb and its subject, but after "مصدر" it is the source's adjective.
        let (source, via) = names("نقلت وكالة سانا عن مصدر رسمي قوله إن الحوار ضروري.");
        assert_eq!(
            (source.as_deref(), via.as_deref()),
            (Some("مصدر رسمي"), Some("Syrian Arab News Agency"))
        );
        let (source, _) = names("ونقلت وكالة فرانس برس عن أحد الناجين، ويدعى سامر نور، قوله إن المسلحين كثيرون.");
        assert_eq!(source.as_deref(), Some("سامر نور"));
        // A person in apposition after the relayed speaker's title.
        let (source, via) =
            names("ونقلت وكالة رويترز عن المتحدث باسم الشرطة المحلية، سامر الحلبي، قوله إن الطريق مغلق.");
        assert_eq!(
            (source.as_deref(), via.as_deref()),
            (Some("سامر الحلبي"), Some("Reuters"))
        );
        // The outlet spoken to ends the speaker's phrase and relays it.
        let (source, via) = names("وقالت مصادر مطلعة لصحيفة الراصد إن الوزير سيزور القاهرة.");
        assert_eq!(
            (source.as_deref(), via.as_deref()),
            (Some("مصادر مطلعة"), Some("صحيفة الراصد"))
        );
    }

    #[test]
    fn an_agency_relays_a_named_speaker() {
        let (source, via) = read("نقلت وكالة سانا عن وزير الخارجية السوري قوله إن الحوار ضروري.");
        assert_eq!(source.as_deref(), Some("bassam-sabbagh"));
        assert_eq!(via.as_deref(), Some("sana"));
    }

    #[test]
    fn an_outlet_spoken_to_is_the_relay() {
        let (source, via) = read("وقال وزير الخارجية الروسي لوكالة سانا إن الحوار ضروري.");
        assert_eq!(source.as_deref(), Some("sergey-lavrov"));
        assert_eq!(via.as_deref(), Some("sana"));
    }

    #[test]
    fn generic_media_glued_to_the_dative_of_an_according_phrase_relay() {
        let (source, via) = names("ووفقا لوسائل إعلام محلية، فإن وزير الخارجية الروسي أعلن أن الحوار ضروري.");
        assert_eq!(source.as_deref(), Some("Sergey Lavrov"));
        assert_eq!(via.as_deref(), Some("وسائل إعلام"));
    }

    #[test]
    fn an_outlet_named_after_the_clause_it_relays() {
        let (source, via) = read("وقال وزير الخارجية الروسي في بيان تلقته وكالة سانا إن الحوار ضروري.");
        assert_eq!(source.as_deref(), Some("sergey-lavrov"));
        assert_eq!(via.as_deref(), Some("sana"));
        let (_, via) = read("وقصف الجيش الإسرائيلي بلدة الخيام، كما ذكر مراسل وكالة سانا.");
        assert_eq!(via.as_deref(), Some("sana"));
        // With a content of its own, "، كما أفادت X بأن" is no relay of the clause before it.
        let (_, via) = read("وقصف الجيش الإسرائيلي بلدة الخيام، كما أفادت وكالة سانا بأن القوات انسحبت.");
        assert_eq!(via, None);
    }

    #[test]
    fn a_correspondent_named_again_relays_as_before() {
        let v =
            view("وقال مراسل وكالة سانا إن الجيش الإسرائيلي قصف الخيام. وأضاف المراسل أن الجيش الإسرائيلي قصف مرجعيون.");
        let day: NaiveDate = "2024-12-06".parse().expect("a date");
        let clauses = split(&v);
        let mut previous = Previous::default();
        let mut last = None;
        for c in &clauses {
            let Some(p) = verb::find(&v, c) else { continue };
            let (s, end) = choose(&v, c, &p, day, &previous);
            let a = attribute(&v, c, &p, s, end, day);
            if let Some(source) = &a.source {
                previous.spoke(source.clone(), c.sentence);
            }
            last = Some((
                a.source.map(|r| r.resolve(&v, day).id),
                a.via.map(|r| r.resolve(&v, day).id),
            ));
        }
        let (source, via) = last.expect("two events");
        assert_eq!(source.as_deref(), Some("il.idf"));
        assert_eq!(via.as_deref(), Some("sana"));
    }

    #[test]
    fn a_state_named_after_dawla_and_the_occupation_s_forces() {
        assert_eq!(read("وأعلنت دولة تركيا إرسال طائرة مساعدات.").0.as_deref(), Some("tr"));
        assert_eq!(read("واعتقلت قوات الاحتلال أربعة شبان.").0.as_deref(), Some("il.idf"));
        assert_eq!(read("وقالت دولة الاحتلال إنها ستواصل عملياتها.").0.as_deref(), Some("il"));
    }

    #[test]
    fn a_subject_after_a_preposition_with_a_pronoun() {
        assert_eq!(read("وسيطر عليها تنظيم داعش منذ عام 2014.").0.as_deref(), Some("isis"));
    }

    #[test]
    fn an_outlet_told_right_after_a_crowd_relays() {
        let (source, via) = names("وأبلغ شهود سانا أن الطريق مغلق.");
        assert_eq!(source.as_deref(), Some("شهود"));
        assert_eq!(via.as_deref(), Some("Syrian Arab News Agency"));
        // A correspondent's outlet is their own: "مراسل سانا" speaks.
        let (source, _) = names("وقال مراسل سانا إن الطريق مغلق.");
        assert_eq!(source.as_deref(), Some("مراسل سانا"));
    }

    #[test]
    fn an_outlet_reporting_an_agent_s_deed_relays_it() {
        let (source, via) = read("أفادت وكالة سانا بأن الجيش الإسرائيلي شن غارات على ريف دمشق.");
        assert_eq!(source.as_deref(), Some("il.idf"));
        assert_eq!(via.as_deref(), Some("sana"));
    }

    #[test]
    fn an_outlet_that_carried_a_statement() {
        let (source, via) = names("وقال وزير الخارجية الإيراني، في تصريحات نقلها التلفزيون الرسمي، إن بلاده سترد.");
        assert!(source.is_some());
        assert_eq!(via.as_deref(), Some("التلفزيون الرسمي"));
        let (_, via) = read("وتبنى تنظيم داعش، عبر وكالة سانا التابعة له، الهجوم على الحاجز.");
        assert_eq!(via.as_deref(), Some("sana"));
        let (_, via) = read("وقال المتحدث باسم الوزارة، في بيان وصل الأناضول نسخة منه، إن الطريق مغلق.");
        assert_eq!(via.as_deref(), Some("anadolu"));
        let (_, via) = names("وفي بيان اطلعت \"البوابة\" على نسخة منه، قالت وزارة الدفاع إن الطريق مغلق.");
        assert!(via.is_some_and(|v| v.contains("البوابة")));
        let (_, via) = names("شنت حركة الشباب هجوما على مقر الوزارة، حسب ما ذكرت وسائل الإعلام المحلية.");
        assert_eq!(via.as_deref(), Some("وسائل الإعلام المحلية"));
        // The outlet that reports in its own name is not its own relay.
        let (source, via) = names("وفر آلاف المدنيين من القرى، وفق ما أوردته وسائل الإعلام المحلية.");
        assert_eq!(source.as_deref(), Some("وسائل الإعلام المحلية"));
        assert_eq!(via, None);
        // The speaker's own page is no relay.
        let (_, via) = names("وأعلنت الوزارة عبر موقعها الرسمي أن الطريق مغلق.");
        assert_eq!(via, None);
    }

    #[test]
    fn a_relay_past_a_date_or_an_acronym_set_off_by_commas() {
        let (source, via) = read("ونقلت وكالة سانا، مساء الثلاثاء، عن وزير الخارجية السوري قوله إن الحوار ضروري.");
        assert_eq!(source.as_deref(), Some("bassam-sabbagh"));
        assert_eq!(via.as_deref(), Some("sana"));
        let (source, via) = read("وذكرت الوكالة العربية السورية للأنباء، \"سانا\"، نقلا عن مصدر عسكري أن الطريق مغلق.");
        assert_eq!(source.as_deref(), Some("adhoc:مصدر عسكري"));
        assert_eq!(via.as_deref(), Some("sana"));
        // A comma before anything else ends the relay: the outlet speaks in its own name.
        let (source, via) = read("ونقلت وكالة سانا، في تقرير مطول، أن الطريق مغلق.");
        assert_eq!(source.as_deref(), Some("sana"));
        assert_eq!(via, None);
    }

    #[test]
    fn a_relay_past_a_comma_before_its_original_speaker() {
        let (source, via) = read("ونقلت وكالة سانا، عن مصدر عسكري أن الطريق مغلق.");
        assert_eq!(source.as_deref(), Some("adhoc:مصدر عسكري"));
        assert_eq!(via.as_deref(), Some("sana"));
        // An office, then the person who holds it set off by commas: the person speaks.
        let (source, via) = names("ونقلت وكالة سانا، عن مستشار محافظ درعا، خالد العمري، إن الطريق مغلق.");
        assert_eq!(source.as_deref(), Some("خالد العمري"));
        assert_eq!(via.as_deref(), Some("Syrian Arab News Agency"));
    }

    #[test]
    fn a_correspondent_reporting_a_deed_relays_its_agent() {
        let (source, via) = read("وأفاد مراسل الأناضول بأن الجيش الإسرائيلي قصف منزلا في خان يونس.");
        assert_eq!(source.as_deref(), Some("il.idf"));
        assert_eq!(via.as_deref(), Some("anadolu"));
        // A correspondent the text names is a source of their own.
        let (source, _) = names("وأفاد مراسل الأناضول في غزة سامر الحلو بأن الجيش الإسرائيلي قصف منزلا.");
        assert_eq!(source.as_deref(), Some("سامر الحلو"));
    }

    #[test]
    fn an_outlet_the_catalog_does_not_know_reporting_a_deed() {
        let (source, via) = names("وقالت هيئة البث العامة إن الجيش الإسرائيلي قصف مخازن قرب بعلبك.");
        assert_eq!(source.as_deref(), Some("Israel Defense Forces"));
        assert_eq!(via.as_deref(), Some("هيئة البث العامة"));
    }

    #[test]
    fn an_attribution_to_an_outlet_of_an_agent_s_deed() {
        let (source, via) = read("ووفقا لما نقلته وكالة سانا فإن الجيش السوري تصدى لهجوم قرب حمص.");
        assert_eq!(source.as_deref(), Some("sy.army"));
        assert_eq!(via.as_deref(), Some("sana"));
        // Without an agent, what follows is the outlet's report.
        let (source, via) = read("ووفقا لما نقلته وكالة سانا فإن الطريق مغلق منذ الصباح.");
        assert_eq!(source.as_deref(), Some("sana"));
        assert_eq!(via, None);
    }

    #[test]
    fn an_outlet_relaying_its_correspondent_on_a_deed() {
        let (source, via) = read("وقالت وكالة سانا، نقلا عن مراسلها، إن الجيش الإسرائيلي قصف محيط المستشفى.");
        assert_eq!(source.as_deref(), Some("il.idf"));
        assert_eq!(via.as_deref(), Some("sana"));
    }

    #[test]
    fn a_call_is_the_caller_s() {
        let (source, _) = read("تلقى الرئيس السوري اتصالا هاتفيا من الرئيس الروسي فلاديمير بوتين.");
        assert_eq!(source.as_deref(), Some("vladimir-putin"));
    }

    #[test]
    fn an_outlet_in_its_own_name_relays_nothing() {
        let (source, via) = read("وقالت وكالة سانا إن الطريق مفتوح.");
        assert_eq!(source.as_deref(), Some("sana"));
        assert_eq!(via, None);
    }

    #[test]
    fn an_outlet_reporting_a_named_agent_relays_it() {
        let (source, via) = read("وأفادت وكالة سانا بأن القوات التركية قصفت قرية في ريف حلب.");
        assert_eq!(source.as_deref(), Some("tr.armed-forces"));
        assert_eq!(via.as_deref(), Some("sana"));
        let (source, via) = read("وقالت سانا إن الجيش السوري تصدى لهجوم على نقطة عسكرية.");
        assert_eq!(source.as_deref(), Some("sy.army"));
        assert_eq!(via.as_deref(), Some("sana"));
    }

    #[test]
    fn an_outlet_reporting_without_an_agent_is_the_source() {
        let (source, via) = read("وأفادت وكالة سانا بأنه تم إسعاف 12 مصابا إلى المستشفى.");
        assert_eq!(source.as_deref(), Some("sana"));
        assert_eq!(via, None);
    }

    #[test]
    fn a_relay_after_a_comma_and_an_outlet_as_object() {
        let (source, via) = read("وأضافت سانا، نقلا عن مصادر محلية، أن الطريق مغلق.");
        assert_eq!(source.as_deref(), Some("adhoc:مصادر محليه"));
        assert_eq!(via.as_deref(), Some("sana"));
        let (source, via) = read("وأفادت مصادر محلية \"سانا\" بأن الطريق مغلق.");
        assert_eq!(source.as_deref(), Some("adhoc:مصادر محليه"));
        assert_eq!(via.as_deref(), Some("sana"));
    }

    #[test]
    fn an_attribution_without_a_verb_is_a_statement() {
        let (source, via) = read("قتل ثلاثة مدنيين في قصف على البلدة، بحسب مصادر طبية لوكالة سانا.");
        assert_eq!(source.as_deref(), Some("adhoc:مصادر طبيه"));
        assert_eq!(via.as_deref(), Some("sana"));
    }

    #[test]
    fn an_attribution_to_a_dative_head_is_that_speaker_s() {
        let (source, _) = read("انفجرت عبوتان في سوق المدينة، وفقا للمصادر الأمنية.");
        assert_eq!(source.as_deref(), Some("adhoc:المصادر الامنيه"));
        let (source, _) = read("قتل أربعة جنود، وفقا لمصادر طبية.");
        assert_eq!(source.as_deref(), Some("adhoc:مصادر طبيه"));
        let (source, _) = read("وتضرر 200 منزل، وفق إحصائية أولية لوزارة الإسكان في الحكومة اليمنية.");
        assert!(source.is_some_and(|s| s.starts_with("adhoc:وزاره الاسكان")));
        let (source, _) = read("اندلعت اشتباكات في المدينة، وفقا لما ذكرته مصادرنا.");
        assert_eq!(source.as_deref(), Some("adhoc:مصادرنا"));
    }

    #[test]
    fn a_passive_deed_is_its_agent_s() {
        let (source, _) = read("قتل ثلاثة جنود على أيدي مسلحين في البلدة.");
        assert_eq!(source.as_deref(), Some("adhoc:مسلحين في البلده"));
        let (source, _) = read("واحتجزت ناقلة نفط قبالة السواحل من قبل البحرية الإيرانية.");
        assert_eq!(source.as_deref(), Some("ir.navy"));
    }

    #[test]
    fn a_verbal_noun_with_its_agent_after_a_temporal_preposition() {
        let (source, _) = read("وتأتي الغارة بعد ساعات من إعلان الحوثيين استهداف سفينة.");
        assert_eq!(source.as_deref(), Some("ansarallah"));
    }
}
