//! Relays: the outlet that passes on someone else's words, and attributions without a speech verb.
//!
//! - "نقلت وكالة X تصريحات Y" / "نقلت X عن Y" / an outlet that "ذكرت، نقلًا عن Y، ..." give source Y via X;
//! - an outlet that reports, in a complement, a deed or a statement of someone it names ("أفادت وكالة X بأن
//!   الطيران الحربي نفذ غارة", "ذكرت X أن وزارة الصحة أعلنت") gives that agent via X; a complement without an
//!   agent (a passive, a toll, "أنه تم") stays the outlet's own statement;
//! - "لوكالة X", "لـ«X»", "في اتصال مع X", "بحسب ما نقلت X", "وفق ما أوردته X", "أوردته قناة X", and an outlet
//!   named right after the speaker ("أفادت مصادر محلية «X» بأن") give the relay of a statement whose speaker is
//!   named (where such an outlet may stand is read in `via`);
//! - "بحسب/وفق/حسب + actor" after a deed or a toll makes what the clause reports that actor's statement; on a
//!   deed whose agent the clause names ("قصف الجيش مواقع، بحسب المرصد"), whether the phrase closes the clause
//!   ("هاجم مسلحون مركزا، حسب مصدر أمني") or opens it ("وبحسب مسؤول أمني، هاجم مسلحون مركزا"; not weapons no
//!   one is named for), the actor relays the agent's deed, and the teller, not the outlet it told ("وفق ما
//!   أفادت به مصادر لقناة X");
//! - a body that cites reports or media "نقلا عن" them ("وقالت الشركة نقلا عن تقارير") stays the source;
//! - a body that quotes "نقلا عن" someone in its own statement ("وذكرت الوزارة في بيان نقلا عن مساعد الوزير")
//!   relays their words, and goes on speaking ("وأضاف البيان");
//! - an according phrase that opens a sentence ("وحسبما نشر المرصد، فقد قصفت ...، فيما ردت ...") or closes it
//!   relays every event of that sentence without a relay of its own (`relay_sentence::spread_closing`); its verb is no event.

use chrono::NaiveDate;

use super::clause::Clause;
use super::correspondent::{is_correspondent, outlet_of};
use super::lexicon::{NounRole, VerbClass};
use super::phrase;
use super::referent::Referent;
use super::reported::{according, agent_after_fa, relayed_speaker, reported_agent};
use super::speaker;
use super::verb::Predicate;
use super::via::{
    according_lead, as_reported_at_end, carried, carried_at_end, copy_before, dash_dative, named_after_description,
    named_after_speaker, reported_by_quoted, sent_to, sources_outlet, spoken_to_after_content, spoken_to_head, via_in,
    via_word_before,
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
    /// The relay is a body that passes on, in its own statement, the words of whom it quotes ("وذكرت الوزارة في
    /// بيان نقلا عن مساعد الوزير"), or an army that tells in its statement of its warplanes' deed ("أغارت
    /// طائرات حربية على موقع، وفقا لبيان الجيش"): the body goes on speaking ("وأضاف البيان").
    pub body_speaks: bool,
}

/// The source and relay of a clause whose subject is `subject`, written up to `subject_end`. `joined`: the
/// clause's verb is joined by "و" to the event told just before it in the same sentence, whose subject it
/// shares ("شنت القوات حملة في مأرب، وتمكنت من تأمين الطريق").
pub(crate) fn attribute(
    view: &View,
    clause: &Clause,
    verb: &Predicate,
    (mut subject, subject_end): (Option<Referent>, usize),
    joined: bool,
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
                    body_speaks: false,
                },
                None => {
                    let doer = super::cause::doer(view, range.clone(), verb.at);
                    let (source, via) = match doer {
                        Some(doer) => (doer, Some(outlet)),
                        None => (outlet, None),
                    };
                    Attribution {
                        source: Some(source),
                        via,
                        deed_in_content: false,
                        body_speaks: false,
                    }
                }
            },
            // "قتل 9 مدنيين في قصف جوي للتحالف، وفق المرصد": the toll is the deed of the attack's doer, which
            // the according actor relays.
            Some((source, via)) => {
                let doer = via
                    .is_none()
                    .then(|| super::cause::doer(view, range.clone(), verb.at))
                    .flatten();
                let (source, via) = match doer {
                    Some(doer) => (doer, Some(source)),
                    None => (source, via),
                };
                Attribution {
                    source: Some(source),
                    via,
                    deed_in_content: false,
                    body_speaks: false,
                }
            }
            None => Attribution {
                source: None,
                via: None,
                deed_in_content: false,
                body_speaks: false,
            },
        };
    }
    // A verb too common in other senses for an implicit subject takes it from the verb it is joined to
    // ("…، وتمكنت من تأمين الطريق"); so does a verb of trying or hastening, whose deed is told by its object
    // ("…، سارعت إلى إعلان مسؤوليتها" after a sentence of other actors).
    let needs_subject = ((verb.entry(view).written_subject || view.is_modal(verb.at)) && !joined) || verb.hit.object;
    if needs_subject && subject.as_ref().is_some_and(|s| s.how == Recognition::Implicit) {
        subject = None;
    }
    let mut via = None;
    let mut deed_in_content = false;
    let mut receiver = verb.entry(view).receives.then_some(subject_end);
    let media_subject = subject.as_ref().is_some_and(is_media);
    // A correspondent reports a deed as the outlet does ("وأفاد مراسل «X» بأن الجيش قصف"), also one the text
    // names ("أفاد مراسل قناة X، فلان الفلاني، أن قوات Y قصفت").
    let correspondent = subject.as_ref().is_some_and(|s| is_correspondent(view, s));
    // "ذكرت دائرة الإعلام في الوزارة عن المتحدث باسمها قوله": any body passes on the words it quotes. Read
    // last, when the tests before it have not decided: it scans the rest of the clause.
    // So does one that passes them on "نقلا عن" someone, before what it says ("وذكرت الوزارة في بيان نقلا عن
    // مساعد الوزير ...").
    let passes_on = || {
        let reach = verb.content.min(subject_end + 8).min(range.end);
        (subject_end..reach)
            .any(|k| view.word(k) == "نقلا" && view.word(k + 1) == "عن")
            .then(|| relayed_speaker(view, subject_end, range.end, day))
            .flatten()
    };
    let on = (class == VerbClass::Speech && !media_subject && !correspondent && subject.is_some())
        .then(passes_on)
        .flatten();
    // Not reports or media it cites ("وقالت الشركة نقلا عن تقارير إن ..."): the body says what they tell, and
    // they are no relay of its words.
    let (passed_on, cited) = match on {
        Some(r) if outlet_headed(view, &r) => (false, r.tokens),
        Some(_) => (true, None),
        None => (false, None),
    };
    let quotes = || {
        subject.is_some()
            && (subject_end..range.end).any(|k| view.word_starts_with(k, "قول"))
            && relayed_speaker(view, subject_end, range.end, day)
                .and_then(|r| r.tokens)
                .is_some_and(|t| view.word_starts_with(t.end, "قول"))
    };
    if class == VerbClass::Relay
        || (class == VerbClass::Speech && (media_subject || correspondent || passed_on || quotes()))
    {
        // An outlet is the source only of what it says in its own name: "أفادت وكالة X بأن الجيش شن غارات" is
        // the army's deed, "ذكرت وكالة X أن وزارة الصحة أعلنت" the ministry's statement, relayed by X.
        // "وقالت قناة X، نقلا عن مراسلها، إن الجيش قصف": what the correspondent saw is the agent's deed.
        let relayed = relayed_speaker(view, subject_end, range.end, day).map(|original| {
            let agent = is_correspondent(view, &original)
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
        // An outlet that relays from no one it names reports the deed as it would in its own words ("ونقلت
        // قناة X عن مراسلها أن الجيش قصف"); sources that relay ("ونقلت مصادر بأن ...") are the source.
        let own_report = class == VerbClass::Speech || media_subject;
        let original = relayed.or_else(|| {
            let (agent, at) = own_report
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
            subject = Some(match &via {
                Some(outlet) => super::correspondent::named_by_outlet(view, original, outlet),
                None => original,
            });
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
    // So is the subject a verb shares with the event before it in its sentence ("اقتحمت القوات القرية واحتجزت
    // ستة شبان، وفق ما أكده ناشطون").
    let shared = |s: &Referent| joined || (s.how == Recognition::Implicit && range.start > clause.sentence_start);
    let named_agent = subject.as_ref().is_some_and(|s| {
        shared(s)
            || matches!(s.how, Recognition::Name | Recognition::Role)
            || matches!(&s.who, super::referent::Who::AdHoc(a) if a.country.is_some())
    });
    // The actor of the according phrase of a deed whose agent the clause writes: it relays the deed ("قصف
    // الجيش مواقع، بحسب المرصد", "وحسب صحف محلية، فقد هاجم مسلحون القرية").
    let mut told_by = None;
    // The army that tells of its warplanes' deed in its statement: it goes on speaking ("وأشار البيان").
    let mut army_tells = false;
    let in_cause = || told_in_cause(view, range.start, verb);
    // Whether the clause's according phrase was read here: read again below it would give nothing new.
    let searched = class == VerbClass::Action && (!named_agent || in_cause());
    if searched {
        // An outlet, or its correspondent ("وبحسب مراسل X، أحرق المتظاهرون ..."), relays the written agent's deed;
        // with no agent written, the outlet's report is the event ("قتل ثلاثة في هجوم استهدف حافلة، حسبما أفادت
        // وسائل إعلام إسرائيلية"). So do witnesses ("قصف الطيران المخازن بحسب شهود عيان").
        // "وانسحبت القوات من البلدة، وفقا لما أكده مسؤولون", "هاجم مسلحون مركزا للشرطة، حسب مصدر أمني": the
        // doer the clause writes keeps its deed, told by whom the according phrase names, after the deed or
        // before it ("وبحسب مسؤول أمني، هاجم مسلحون مركزا"); not weapons no one is named for ("أغارت طائرات
        // حربية على ...، وفقا لبيان الجيش"), which the teller's report names.
        match according_in(view, clause, day) {
            Some((source, _, _))
                if subject.as_ref().is_some_and(|s| {
                    let written = s.how != Recognition::Implicit && !super::speaker::no_author(view, s);
                    is_media(&source)
                        || ((witnesses(view, &source) || written) && !in_cause() && !unknown(view, s))
                        // A doer named in the cause of a toll keeps its deed whoever tells it ("قتل شخص إثر
                        // غارات شنتها المقاتلات الإسرائيلية، وفقا لمصادر طبية").
                        || (named_agent && in_cause())
                }) =>
            {
                told_by = Some(source);
            }
            // "أغارت طائرات حربية على معسكر، وفقا لبيان الجيش X": the army's warplanes are its air force, whose
            // deed the army relays.
            Some((source, relay, k)) => {
                match speaker::own_warplanes(view, subject.as_ref(), (&source, k, range.end), day) {
                    Some(air) => {
                        subject = Some(air);
                        told_by = Some(source);
                        army_tells = true;
                    }
                    None => {
                        subject = Some(source);
                        via = relay;
                    }
                }
            }
            None => {}
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
        // "قصفت المدفعية قرية، وفق ما أفادت به مصادر محلية لقناة X": those who told the named agent's deed relay
        // it, not the outlet they told it to.
        // Read once here: the according phrase of a named agent's deed relays it below when nothing else does.
        let phrase_of_deed = (class == VerbClass::Action && !searched && subject.is_some())
            .then(|| according_in(view, clause, day))
            .flatten();
        via = phrase_of_deed
            .as_ref()
            .filter(|(_, outlet, _)| outlet.is_some())
            .map(|(teller, _, _)| teller.clone())
            .filter(|v| other(v));
        let scope = if class == VerbClass::Action {
            range.clone()
        } else {
            subject_end.min(verb.content)..verb.content
        };
        if via.is_none() {
            via = via_in(view, scope.clone()).filter(|v| other(v));
        }
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
            via = named_after_speaker(view, subject_end, verb.content)
                .or_else(|| named_after_description(view, subject_end, verb.content))
                .filter(|v| other(v));
        }
        // "وقال X، في لقاء عقده ...، وفق بيان لوزارة الدفاع: «...»": the body whose statement tells the words
        // relays them (not reports an according phrase names, "وفقا للتقارير الأولية").
        if via.is_none() && class != VerbClass::Action && subject.is_some() {
            via = (subject_end..verb.content)
                .find(|&k| !view.quoted[k] && view.has(k, |r| r == NounRole::According) && by_statement(view, k))
                .and_then(|k| according(view, k, range.start, range.end, day))
                .map(|(body, _)| body)
                .filter(|v| other(v));
        }
        if via.is_none() && class != VerbClass::Action {
            via = subject.as_ref().and_then(|s| sources_outlet(view, s));
        }
        // The outlet spoken to between the speaker and the words ("وقال X للتلفزيون الرسمي «...». بحسب ما
        // أوردت وكالة Y"): it heard them first, and relays them rather than an according phrase after them.
        if via.is_none() && class != VerbClass::Action && !media_subject && subject.is_some() {
            via = dash_dative(view, subject_end, verb.content)
                .or_else(|| spoken_to_head(view, subject_end, verb.content).filter(|v| other(v)));
        }
        // An action's scope is its whole clause: the outlet this would find was read above, and found no relay.
        if via.is_none() && class != VerbClass::Action {
            via = via_in(view, range.clone()).filter(|v| {
                other(v) && v.tokens.as_ref().is_some_and(|t| t.start >= verb.content) && via_word_before(view, v)
            });
        }
        if via.is_none() && class != VerbClass::Action && !media_subject && subject.is_some() {
            // "وفي لقاء مع فضائية «X»، قال ...": the conversation told before the verb, from the sentence's start,
            // or from the comma that opens the adverbial when the clause goes on a sentence after a comma ("...،
            // وفي تصريحات لـ«X»، قال شهود").
            let start = match range.start.checked_sub(1) {
                Some(comma) if comma > clause.sentence_start && view.is_punct(comma, ',') => (clause.sentence_start
                    ..comma)
                    .rev()
                    .find(|&j| view.is_punct(j, ','))
                    .map_or(clause.sentence_start, |j| j + 1),
                _ => clause.sentence_start,
            };
            let lead = start..verb.at;
            via = lead
                .clone()
                .all(|j| view.verb_at(j).is_none())
                .then(|| spoken_to_head(view, lead.start, lead.end))
                .flatten()
                .filter(|v| other(v))
                .or_else(|| reported_by_quoted(view, range.clone()))
                .or_else(|| sent_to(view, subject_end..range.end).filter(|v| other(v)));
        }
        if via.is_none() && range.start > clause.sentence_start {
            via = according_lead(view, clause.sentence_start..range.start).filter(|v| other(v));
        }
        if via.is_none() && class != VerbClass::Action && subject.is_some() {
            let after = verb.content.max(range.start)..range.end;
            via = carried_at_end(view, after.clone())
                .or_else(|| spoken_to_after_content(view, after))
                .filter(|v| other(v));
        }
        if via.is_none() && subject.is_some() {
            via = as_reported_at_end(view, verb.at + 1..range.end).filter(|v| other(v));
        }
        // A deed of a named agent told according to a body or a witness that is no outlet ("قصف الجيش مواقع، بحسب
        // المرصد"، "حسب بيان لقوات X"): that actor relays it.
        if via.is_none() && class == VerbClass::Action && subject.is_some() {
            via = told_by
                .take()
                .or_else(|| phrase_of_deed.map(|(s, _, _)| s))
                .filter(|v| other(v));
        }
    }
    if let (Some(c), Some(v)) = (&cited, via.as_ref().and_then(|v| v.tokens.as_ref())) {
        if c.start < v.end && v.start < c.end {
            via = None;
        }
    }
    Attribution {
        source: subject,
        body_speaks: (passed_on || army_tells) && via.is_some(),
        via,
        deed_in_content,
    }
}

/// "ووفق البيان، فقد نفذت الغارة", "وبحسب البيان، سيطرت القوات على بلدتين", "حسب ذات البيان أن": an according
/// phrase whose teller is a document named again by its definite noun alone, no issuer written after it. The
/// document is the latest speaker's, who issued it: it tells a deed with no written doer, and relays one whose
/// doer the clause writes.
pub(crate) fn by_document_again(
    view: &View,
    clause: &Clause,
    mut attribution: Attribution,
    previous: &super::memory::Previous,
    day: NaiveDate,
) -> Attribution {
    if attribution.via.is_some() {
        return attribution;
    }
    let range = clause.tokens.clone();
    let Some(k) = range.clone().find(|&k| {
        view.has(k, |r| r == NounRole::Document) && super::chunk::is_definite(view.word(k)) && k > range.start && {
            // "حسب ذات البيان", "بحسب نفس البيان".
            let at = k - 1 - usize::from(matches!(view.word(k - 1), "ذات" | "نفس") && k - 1 > range.start);
            view.according_len(at) == Some(1)
        }
    }) else {
        return attribution;
    };
    let next = k + 1 + usize::from(matches!(view.word(k + 1), "نفسه" | "ذاته"));
    let closed = next >= range.end
        || view.toks[next].kind == crate::text::TokenKind::Punct
        || view.has(next, |r| r == NounRole::Complementizer)
        || view.word(next) == "الي";
    let Some(issuer) = previous.said.as_ref().or(previous.subject.as_ref()).filter(|_| closed) else {
        return attribution;
    };
    let issuer = issuer.as_(Recognition::Anaphor, Some(k..k + 1));
    match &attribution.source {
        None => attribution.source = Some(issuer),
        Some(s) if !s.who.same(&issuer.who, view.catalog, day) => attribution.via = Some(issuer),
        Some(_) => {}
    }
    attribution
}

/// Whether the according word at `k` names a statement: "وفق بيان لـX", "وفقا لبيان X", "بحسب تصريح لـX".
fn by_statement(view: &View, k: usize) -> bool {
    let j = k + view.according_len(k).unwrap_or(1);
    let j = j + usize::from(view.word(j) == "ل");
    let w = view.word(j);
    let w = w.strip_prefix('ل').filter(|r| !r.starts_with('ل')).unwrap_or(w);
    view.lexicon
        .has(w, |r| matches!(r, NounRole::StatementNoun | NounRole::Document))
}

/// Whether the deed of `verb` is told in a relative clause on the cause of what the clause reports before it:
/// "أصيب ثلاثة صيادين في غارة شنتها طائرة إسرائيلية"، "جراء غارات نفذتها طائرات X". The verb's pronoun stands
/// for the raid, and the clause reports the toll: with an according phrase ("، بحسب مصدر طبي") the toll is that
/// reporter's statement, not a deed of the raid's agent. A deed noun that is the subject of its own verb ("جراء
/// قصف مدفعي لقوات النظام استهدف المدينة، بحسب ما أفاد الدفاع المدني") tells the agent's deed, and an agent
/// phrase of the passive itself ("قتل 5 برصاص قوات الأمن، بحسب المرصد") names who did it: both stay the agent's.
fn told_in_cause(view: &View, start: usize, verb: &Predicate) -> bool {
    verb.hit.object
        && !verb.hit.masdar
        && (start..verb.at)
            .any(|k| view.has(k, |r| r == NounRole::Cause) || matches!(view.phrase_at(k), Some((_, NounRole::Cause))))
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

/// The actor of the clause's first according phrase ("بحسب المرصد", "وفق ما أكده ناشطون", "، على ما أعلن X") with
/// its relay, unless it is an outlet's correspondent. Not inside quotation marks: 'وقال "حسب تقارير
/// المستشفيات سقط قتيل"' is what the speaker said. Also the according word's token.
fn according_in(view: &View, clause: &Clause, day: NaiveDate) -> Option<(Referent, Option<Referent>, usize)> {
    let range = clause.tokens.clone();
    range
        .clone()
        .filter(|&k| !view.quoted[k])
        .filter(|&k| view.has(k, |r| r == NounRole::According) || view.on_what_told(k))
        .find_map(|k| according(view, k, range.start, range.end, day).map(|(s, v)| (s, v, k)))
        .filter(|(source, _, _)| !is_correspondent(view, source))
}

/// Whether a referent is witnesses or sources the text does not name ("شهود عيان", "مصادر إعلامية"): they
/// report what they saw or heard, and a deed whose agent the clause writes stays that agent's.
fn witnesses(view: &View, r: &Referent) -> bool {
    r.how == Recognition::AdHoc
        && r.tokens.as_ref().is_some_and(|t| {
            matches!(
                view.word(t.start),
                "شهود"
                    | "الشهود"
                    | "لشهود"
                    | "للشهود"
                    | "شاهد"
                    | "مصادر"
                    | "المصادر"
                    | "لمصادر"
                    | "للمصادر"
            )
        })
}

/// Whether the text calls an agent unknown ("مسلحون مجهولون"): it names no one, and those who report its deed are
/// the source.
fn unknown(view: &View, r: &Referent) -> bool {
    r.tokens
        .as_ref()
        .is_some_and(|t| t.clone().any(|k| view.word(k).starts_with("مجهول")))
}

/// The relay named by a sentence that opens by pointing back at the event told before it ("أعلن الوزير وقف
/// إطلاق النار. جاء ذلك في تصريحات نقلتها وكالة X", "جاء ذلك خلال اتصال هاتفي، بحسب وكالة X", "أوردت ذلك وكالة
/// X في نبأ عاجل"): the outlet
/// found in the sentence up to `end`, when `clause` opens with a `restated` phrase of nouns.tsv. A clause that
/// opens so and names a relay tells no event of its own; without one it may ("جاء ذلك بعد ليلة أعلن فيها X").
pub(crate) fn restated(view: &View, clause: &Clause, end: usize) -> Option<Referent> {
    let first = clause.first_word(view).filter(|&k| k == clause.sentence_start)?;
    let (len, role) = view.phrase_at(first)?;
    if role != NounRole::Restated {
        return None;
    }
    // "جاء ذلك على لسان X في بيان له": the sentence names who said it, a statement of X's own (subject.rs).
    if view.word(first + len) == "علي" && view.word(first + len + 1) == "لسان" {
        return None;
    }
    let scope = first + len..end;
    // "أوردت ذلك وكالة الأناضول": the outlet is the phrase's subject.
    super::relay_sentence::outlet_at(view, scope.start, scope.end)
        .or_else(|| via_in(view, scope.clone()))
        .or_else(|| carried(view, scope.clone()))
        .or_else(|| spoken_to_head(view, scope.start, scope.end))
        .or_else(|| reported_by_quoted(view, scope))
}

#[cfg(test)]
#[path = "relay_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "relay_according_tests.rs"]
mod according_tests;

#[cfg(test)]
#[path = "relay_carried_tests.rs"]
mod carried_tests;
