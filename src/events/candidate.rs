//! The subject a clause leaves implicit, chosen among candidates gathered with where they stand.
//!
//! When no subject is written (see [`super::slot`] for the slot after a statement's verb), the candidates are
//! the previous speaker of the same sentence, the names of the sentence that stand where a subject stands, the
//! previous speaker, and the names of the text before. A name in a position no subject takes is no candidate:
//! the object of a preposition, a relay's outlet, a quotation or a statement's content, the genitive of another
//! noun ("وفد بلدية أنقرة"), a dateline ("أنقرة -"). The first candidate, in that order of position, that fits
//! what the verb wants is chosen: its agreement ("قال"/"قالت"/"قالوا") and, for a deed of force, an actor that
//! can do one (not a news outlet or a monitor).

use std::ops::Range;

use chrono::NaiveDate;

use super::chunk;
use super::clause::Clause;
use super::lexicon::{Agreement, NounRole, VerbClass};
use super::memory::Previous;
use super::phrase;
use super::referent::{Referent, Who};
use super::verb::{self, Predicate};
use super::view::{NameTok, View};
use super::Recognition;
use crate::actors::ActorKind;

/// How far back, in tokens, the names of the text are candidates: about one long article.
const NAMED_REACH: usize = 4_000;

/// Where a candidate for an implicit subject stands, in the order of preference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Position {
    /// The speaker of an earlier clause of the same sentence.
    SpeakerOfSentence,
    /// A name of the sentence before the verb, standing where a subject stands.
    SubjectOfSentence,
    /// The speaker of the latest event.
    PreviousSpeaker,
    /// A name of the text before the sentence, standing where a subject stands.
    SubjectOfText,
}

/// A candidate for an implicit subject: who, and where it stands.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub referent: Referent,
    pub position: Position,
    /// Where the speaker's latest statement may name a document it was made through: a masculine verb may go on
    /// from such a statement whatever the speaker's gender ("وذكرت الهيئة في بيان أن ... . وأضاف أن").
    pub document: Option<Range<usize>>,
}

/// What the verb of a clause without a written subject asks of its subject: the gender or number its form
/// agrees with ("قال"/"قالت"/"قالوا"), and whether it tells a deed of force, which a news outlet or a monitor
/// does not do ("وقصفت" after "قالت الوكالة" is not the agency's).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Wants {
    pub agreement: Agreement,
    pub force: bool,
    /// The verb tells a statement and opens its clause ("وأوضح أن"), as one that goes on from a document does.
    pub says_first: bool,
}

impl Wants {
    /// What the verb `verb` of `clause` asks of its implicit subject.
    pub(crate) fn of(view: &View, clause: &Clause, verb: &Predicate) -> Wants {
        let entry = verb.entry(view);
        let force = entry.class == VerbClass::Action && entry.kind.is_force();
        Wants {
            agreement: verb.hit.agreement,
            force,
            says_first: verb.says(view) && clause.first_word(view) == Some(verb.at),
        }
    }

    /// Whether a masculine verb of speech goes on from a statement made through a document ("وذكرت الهيئة في
    /// بيان أن ... . وأضاف أن"): it agrees with the document, and the issuer, of any gender, speaks again.
    fn through_document(self, candidate: &Candidate, view: &View) -> bool {
        self.says_first
            && self.agreement == Agreement::Masculine
            && candidate
                .document
                .clone()
                .is_some_and(|tokens| verb::names_document_in(view, tokens))
    }

    /// Whether a candidate fits: the verb agrees with its gender and number (a plural is no one person), and a
    /// deed of force is an actor's that can do one.
    fn fits(self, referent: &Referent, view: &View, day: NaiveDate) -> bool {
        let agrees = referent
            .agreeing_gender(view.catalog, day)
            .is_some_and(|g| self.agreement.accepts(g));
        let able = !self.force
            || !matches!(
                referent.who.kind(view.catalog, day),
                Some(ActorKind::Media | ActorKind::Monitor)
            );
        // "اعتقل عسكريون الرئيس X، وأعلنوا": a plural verb never goes on for one person of the catalog.
        let one_person = self.agreement == Agreement::Plural
            && match &referent.who {
                Who::Role(_) => true,
                Who::Actor(_) => referent.who.kind(view.catalog, day) == Some(ActorKind::Person),
                Who::AdHoc(_) => false,
            };
        // "فيما تمكن الجنود الأوكرانيون من ... . وأوضح أن": a singular masculine verb never goes on for men the
        // text counts as many.
        let many = self.agreement == Agreement::Masculine && plural_people(view, referent);
        agrees && able && !one_person && !many
    }
}

/// Whether an actor the catalog does not know is people named in the plural: its head a sound masculine plural
/// ("المتظاهرون", "مسلحين") or a plural speaker head of the vocabulary ("الجنود", "قادة").
fn plural_people(view: &View, referent: &Referent) -> bool {
    let Who::AdHoc(a) = &referent.who else { return false };
    // Not a person ("حسين"، "ياسين" end in "ين" too).
    if a.gender != crate::actors::Gender::Masculine || a.kind == ActorKind::Person {
        return false;
    }
    let Some(first) = a.text.split_whitespace().next() else {
        return false;
    };
    let head = crate::text::fold_str(first);
    let bare = head.strip_prefix("ال").unwrap_or(&head);
    head.ends_with("ون")
        || head.ends_with("ين")
        || view.lexicon.singular(bare).is_some()
        || view.lexicon.singular(&head).is_some()
}

/// The subject left implicit before the verb at `v`: the candidates in order of position (the previous speaker
/// if it spoke earlier in the same sentence, the names of the sentence standing as subjects latest first, the
/// previous speaker, the names of the text before), the first that fits what the verb wants. Gathered lazily:
/// each name is looked at once.
pub(crate) fn implicit(
    view: &View,
    sentence_start: usize,
    v: usize,
    wants: Wants,
    day: NaiveDate,
    previous: &Previous,
    same_sentence: bool,
) -> Option<Referent> {
    let before_verb = &view.names[..view.names.partition_point(|n| n.tokens.1 <= v)];
    let names = |range: std::ops::Range<usize>, position: Position| {
        before_verb
            .iter()
            .enumerate()
            .rev()
            .skip_while(move |(_, n)| n.tokens.0 >= range.end)
            .take_while(move |(_, n)| n.tokens.0 >= range.start)
            .filter(|(_, n)| subjectish(view, n))
            .filter_map(move |(i, n)| {
                let gender = phrase::name_gender(view, i, day)?;
                let referent = Referent {
                    who: Who::from(n.target),
                    how: Recognition::Implicit,
                    tokens: None,
                    gender: Some(gender),
                };
                Some(Candidate {
                    referent,
                    position,
                    document: None,
                })
            })
    };
    let speaker = |position: Position| {
        latest_speaker(previous).map(|(referent, document)| Candidate {
            referent: referent.clone(),
            position,
            document,
        })
    };
    let candidates = speaker(Position::SpeakerOfSentence)
        .filter(|_| same_sentence)
        .into_iter()
        .chain(names(sentence_start..v, Position::SubjectOfSentence))
        .chain(speaker(Position::PreviousSpeaker))
        .chain(names(
            sentence_start.saturating_sub(NAMED_REACH)..sentence_start,
            Position::SubjectOfText,
        ));
    prefer(candidates, wants, view, day)
}

/// The latest event's speaker, and whether they made the latest statement through a document (not a deed told
/// since: "وذكرت الهيئة في بيان أن ... . وأضاف أن" goes on for the body).
fn latest_speaker(previous: &Previous) -> Option<(&Referent, Option<Range<usize>>)> {
    let latest = previous.subject.as_ref()?;
    let document = previous
        .document
        .clone()
        .filter(|_| previous.said.as_ref().is_some_and(|s| s.who == latest.who));
    Some((latest, document))
}

/// The first candidate, in position order, that fits what the verb wants.
fn prefer(candidates: impl Iterator<Item = Candidate>, wants: Wants, view: &View, day: NaiveDate) -> Option<Referent> {
    candidates
        .filter(|c| wants.through_document(c, view) || wants.fits(&c.referent, view, day))
        .map(|c| {
            let mut r = c.referent.as_(Recognition::Implicit, None);
            // A name's written gender was only for agreement; the catalog's stands in the output.
            if c.position != Position::SpeakerOfSentence && c.position != Position::PreviousSpeaker {
                r.gender = None;
            }
            r
        })
        .next()
}

/// Whether the word before `first` is a noun in construct state whose genitive the name is ("قائد عمليات حزام
/// المدينة", "وفد بلدية أنقرة", "حكومة الرئيس X"): a word without the article that is the head noun of a body
/// or a speaker, or no vocabulary word at all, and no verb, date, name or nisba. After a title the name is in
/// apposition ("نظيره الأردني X").
fn genitive(view: &View, first: usize) -> bool {
    // A name in apposition after a title ("حكومة الرئيس اليمني X") is the genitive its title is.
    let named = first;
    let mut first = first;
    while first > 0 && !view.line_break_before(first) {
        let w = view.word(first - 1);
        let title = chunk::is_definite(w) && view.has(first - 1, |r| matches!(r, NounRole::Title(_) | NounRole::Rank));
        if !(title || view.lexicon.nisba(w).is_some()) {
            break;
        }
        first -= 1;
    }
    let Some(k) = first.checked_sub(1) else { return false };
    let word = view.word(k);
    let head = view
        .roles(k)
        .iter()
        .all(|r| matches!(r, NounRole::Institution(..) | NounRole::SpeakerHead(_)));
    // A word the vocabulary does not know may be a verb it does not know ("وتتقدم فصائل X", "وجهتها سفارة X"):
    // it is taken for a noun only inside a phrase, without a conjunction or a pronoun suffix.
    let suffixed = ["ها", "هم", "هما", "هن", "نا", "كم"].iter().any(|s| word.ends_with(s));
    let inside = k > 0 && !view.line_break_before(k) && view.toks[k - 1].kind == crate::text::TokenKind::Word;
    // After a title, only a body's head noun is sure to be in construct state ("حكومة الرئيس X"); a word the
    // vocabulary does not know may be a verbal noun whose agent the title names ("عقب إدانة الرئيس X الهجوم").
    let unsure = view.roles(k).is_empty() && (suffixed || word.starts_with(['و', 'ف']) || !inside || first < named);
    word.chars().count() >= 2
        && !view.line_break_before(first)
        && !chunk::is_definite(word)
        && !unsure
        && head
        && view.name_at[k].is_none()
        && view.date_at[k].is_none()
        && view.verb_at(k).is_none()
        && view.lexicon.nisba(word).is_none()
        && !view.quoted[k]
}

/// Whether a name may be the subject a later verb leaves implicit: not the object of a preposition
/// ("في سوريا", "شمال شرقي سوريا", "بدمشق"), not a relay's outlet ("بحسب ما نقلت وكالة X"), not inside a
/// quotation or the content of a statement ("قال إن روسيا ..."), not a topic fronted before the verb ("وفيما
/// يخص X، قال").
fn subjectish(view: &View, n: &NameTok) -> bool {
    let first = n.tokens.0;
    if view.quoted[first] || super::preverbal::object_position(view, n) || genitive(view, first) {
        return false;
    }
    // A dateline ("بغداد – الوكالة -") names where the dispatch was filed, not who acts; a wire's credit ("أ ش أ
    // وصل المئات") who sent it.
    let (start, end) = n.tokens;
    if (start == 0 || view.line_break_before(start)) && (view.is_punct(end, '-') || view.is_punct(end, '–')) {
        return false;
    }
    if super::outlet::in_dateline(view, n) {
        return false;
    }
    let mut k = first;
    while k > 0 && !view.line_break_before(k) {
        k -= 1;
        if view.is_stop(k) {
            return true;
        }
        if view.is_punct(k, ':') {
            return false;
        }
        let w = view.word(k);
        // "وفيما يخص الرئيس X، قال": the topic spoken about.
        if view.has(k, |r| matches!(r, NounRole::Complementizer | NounRole::Topic)) {
            return false;
        }
        if view.finite_verb_at(k).is_some()
            || view
                .lexicon
                .has(w, |r| matches!(r, NounRole::Auxiliary | NounRole::ClauseOpener))
        {
            return true;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use crate::events::subject::tests::subjects;

    #[test]
    fn the_object_of_a_background_clause_is_no_implicit_subject() {
        // W4: "حكومة الرئيس X" names X as the genitive of a title; the next pro-drop statement is not X's.
        let got = subjects("ويقاتل التحالف لإعادة حكومة الرئيس السوري بشار الأسد. وأشار إلى أن الدفاعات اعترضت صاروخا.");
        assert!(got.iter().all(|s| s.as_deref() != Some("bashar-al-assad")));
    }

    #[test]
    fn a_deed_of_force_is_no_news_outlet_s() {
        let got = subjects("وقالت وكالة الأناضول إن الوضع هادئ. وقصفت المدفعية مواقع في الريف.");
        assert!(got.iter().skip(1).all(|s| s.as_deref() != Some("anadolu")));
    }

    #[test]
    fn a_genitive_or_a_dateline_is_no_implicit_subject() {
        // "وفد بلدية أنقرة": the city is the genitive of another noun, not who speaks next.
        let got = subjects("وصل وفد بلدية أنقرة إلى المدينة. وقالت إن الطريق مفتوح.");
        assert!(got.iter().all(|s| s.as_deref() != Some("tr")));
        let got =
            subjects("قتل 5 أشخاص في هجوم على مقر وسط العاصمة أنقرة. وفي وقت سابق، أفادت أن المسلحين خطفوا العشرات.");
        assert!(got.iter().all(|s| s.as_deref() != Some("tr")));
        let got = subjects("أنقرة - قالت إن الوضع هادئ في المدينة.");
        assert!(got.iter().all(|s| s.as_deref() != Some("tr")));
        // A word the vocabulary does not know at the head of a clause may be a verb: the name after it stays a
        // candidate ("وتتقدم X، عقب إطلاقها").
        let got = subjects("وتتقدم القوات التركية في الريف، عقب إطلاقها عملية عسكرية في 20 يناير.");
        assert_eq!(got.last().cloned().flatten().as_deref(), Some("tr.armed-forces"));
    }

    #[test]
    fn a_masculine_statement_goes_on_from_a_document() {
        // "وأضاف" agrees with the statement ("بيان") through which the feminine body spoke.
        let got = subjects("وذكرت وزارة الصحة الفلسطينية في بيان أن المستشفى خرج عن الخدمة. وأضاف أن الوقود نفد.");
        assert_eq!(got, vec![Some("ps.moh".to_string()); 2]);
        // Without a document, a masculine verb does not go on for a feminine body.
        let got = subjects("وذكرت وزارة الصحة الفلسطينية أن المستشفى خرج عن الخدمة. وأضاف أن الوقود نفد.");
        assert!(got.iter().skip(1).all(|s| s.as_deref() != Some("ps.moh")));
    }
}
