//! Relays: the outlet that passes on someone else's words. "نقلت وكالة X تصريحات Y" / "نقلت X عن Y" / an
//! outlet that "ذكرت ... نقلًا عن Y" give source Y via X; "لوكالة X", "بحسب X", "وفق ما ذكرت X" give the relay
//! of a statement whose speaker is named.

use std::ops::Range;

use chrono::NaiveDate;

use super::clause::Clause;
use super::lexicon::{NounRole, VerbClass};
use super::phrase;
use super::referent::Referent;
use super::subject;
use super::verb::Predicate;
use super::view::View;
use crate::actors::{ActorKind, Target};
use crate::text::TokenKind;

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
    let mut via = None;
    let media_subject = subject
        .as_ref()
        .is_some_and(|s| s.who.kind(catalog, day) == Some(ActorKind::Media));
    if class == VerbClass::Relay || (class == VerbClass::Speech && media_subject) {
        if let Some(original) = relayed_speaker(view, subject_end, range.end, day) {
            via = subject.take();
            subject = Some(original);
        }
    }
    // An outlet is the source only of what it says in its own name: "أفادت وكالة X بأن الجيش شن غارات" is the
    // army's deed, "ذكرت وكالة X أن وزارة الصحة أعلنت" the ministry's statement, relayed by X.
    let mut deed_in_content = false;
    let mut receiver = verb.entry(view).receives.then_some(subject_end);
    if via.is_none() && media_subject && class != VerbClass::Action {
        if let Some((agent, at)) = content_agent(view, verb, range.end) {
            via = subject.take();
            subject = Some(agent);
            deed_in_content = true;
            let receives = view
                .lexicon
                .verb(view.word(at))
                .is_some_and(|h| view.lexicon.verbs[h.verb].receives);
            receiver = receives.then_some(at + 1);
        }
    }
    // "تلقى الرئيس X اتصالاً هاتفياً من الملك Y": the call is Y's.
    if let Some(from) = receiver {
        let at = (from..range.end).find(|&k| view.word(k) == "من");
        if let Some((caller, _)) = at.and_then(|k| phrase::actor_at(view, k + 1, range.end)) {
            subject = Some(caller);
        }
    }
    if via.is_none() {
        let other = |v: &Referent| subject.as_ref().is_none_or(|s| !s.who.same(&v.who, catalog, day));
        let scope = if class == VerbClass::Action {
            range.clone()
        } else {
            subject_end.min(verb.content)..verb.content
        };
        via = via_in(view, scope).filter(|v| other(v));
        if via.is_none() {
            via = via_in(view, range).filter(|v| {
                other(v) && v.tokens.as_ref().is_some_and(|t| t.start >= verb.content) && via_word_before(view, v)
            });
        }
    }
    Attribution {
        source: subject,
        via,
        deed_in_content,
    }
}

/// The actor that opens the content of a statement and does or says something in it: "أن الجيش الإسرائيلي
/// شن", "أن وزارة الصحة أعلنت". A content with no named agent (a toll, a passive) has none.
fn content_agent(view: &View, verb: &Predicate, end: usize) -> Option<(Referent, usize)> {
    let mut k = verb.content;
    if view.has(k, |r| r == NounRole::Complementizer) {
        // "أنه", "أنها": the outlet's own pronoun, not an agent.
        if view.word(k).chars().count() > 3 {
            return None;
        }
        k += 1;
    }
    if view.is_punct(k, '"') {
        k += 1;
    }
    let (agent, after) = phrase::actor_at(view, k, end).or_else(|| phrase::bare_body(view, k, end))?;
    let mut j = after;
    while j < end && j < after + 2 && (view.is_punct(j, '"') || view.word(j) == "قد") {
        j += 1;
    }
    // After its subject a form that is also a noun ("شن", "قصف") is the verb.
    let verb_after = view.lexicon.verb(view.word(j)).is_some_and(|h| !h.masdar && !h.object);
    (verb_after && !view.quoted[j]).then_some((agent, j))
}

/// In a relay ("نقلت وكالة X تصريحات Y", "نقلت وكالة X عن Y"), the original speaker.
fn relayed_speaker(view: &View, from: usize, end: usize, day: NaiveDate) -> Option<Referent> {
    let mut k = from;
    while k < end && k < from + 4 {
        let word = view.word(k);
        let opens = word == "عن" || view.has(k, |r| r == NounRole::StatementNoun);
        if opens {
            let j = k + 1;
            if let Some(n) = view.name_starting(j) {
                return Some(phrase::name(view, n).0);
            }
            let head = view.word(j);
            if let Some(NounRole::SpeakerHead(g)) = view
                .lexicon
                .noun(head)
                .iter()
                .copied()
                .find(|r| matches!(r, NounRole::SpeakerHead(_)))
            {
                return Some(phrase::adhoc(view, j, end, g).0);
            }
            if head.contains("ال") {
                if let Some(NounRole::Anaphor(kind, _)) = view.lexicon.noun(head).first().copied() {
                    return subject::anaphor(view, j, kind, day, None);
                }
            }
        }
        if let Some(d) = view.date_at[k] {
            k = view.dates[d].tokens.end;
            continue;
        }
        // "وأضافت الوكالة، نقلا عن مصادر أمنية، أن": the relay word after a comma.
        if view.is_punct(k, ',') && !view.has(k + 1, |r| r == NounRole::Via) {
            break;
        }
        k += 1;
    }
    None
}

/// The outlet a clause names as the channel of its content: "لوكالة X", "بحسب X", "نقلا عن X".
fn via_in(view: &View, range: Range<usize>) -> Option<Referent> {
    for k in range.clone() {
        let Some(n) = view.name_at[k] else { continue };
        let name = view.names[n];
        let Target::Actor(a) = name.target else {
            continue;
        };
        if view.catalog.actor_at(a).kind != ActorKind::Media {
            continue;
        }
        let word = view.word(k);
        let dative = (word.starts_with('ل') && !word.starts_with("ال")) || phrase::dative_before(view, k);
        // "بحسب X", "نقلا عن X", and with the outlet's verb between: "وفق ما أفادت به X".
        let after_via = (k.saturating_sub(5)..k)
            .rev()
            .take_while(|&j| view.toks[j].kind == TokenKind::Word)
            .any(|j| view.has(j, |r| r == NounRole::Via));
        let head_dative = k > range.start && {
            let prev = view.word(k - 1);
            prev.strip_prefix('ل')
                .is_some_and(|rest| view.lexicon.has(rest, |r| matches!(r, NounRole::SpeakerHead(_))))
        };
        if dative || after_via || head_dative {
            return Some(phrase::name(view, n).0);
        }
    }
    None
}

/// Whether a via word ("بحسب", "نقلا عن") stands within three tokens before the relay's name.
fn via_word_before(view: &View, via: &Referent) -> bool {
    via.tokens
        .as_ref()
        .is_some_and(|t| (t.start.saturating_sub(3)..t.start).any(|j| view.has(j, |r| r == NounRole::Via)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::clause::split;
    use crate::events::subject::{choose, Previous};
    use crate::events::verb;
    use crate::events::view::tests::view;

    fn read(text: &str) -> (Option<String>, Option<String>) {
        let v = view(text);
        let day: NaiveDate = "2024-12-06".parse().expect("a date");
        let c = split(&v).remove(0);
        let p = verb::find(&v, &c).expect("a verb");
        let (s, end) = choose(&v, &c, &p, day, &Previous::default());
        let a = attribute(&v, &c, &p, s, end, day);
        let id = |r: Option<Referent>| r.map(|r| r.resolve(&v, day).id);
        (id(a.source), id(a.via))
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
    fn an_outlet_reporting_an_agent_s_deed_relays_it() {
        let (source, via) = read("أفادت وكالة سانا بأن الجيش الإسرائيلي شن غارات على ريف دمشق.");
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
}
