//! The clause's event verb: the first finite speech, relay or action verb (in any agreement form, with و or ف
//! before it), else a verbal noun with a pronoun after "عقب/بعد/إثر" ("عقب إطلاقها"), which stands for a deed of
//! the pronoun's referent when the text dates it or tells it as a cause. A statement's content starts at a complementizer, a colon or a quotation longer than
//! a name; what stands there is what was said, not who said it or when.

use std::ops::Range;

use super::clause::Clause;
use super::lexicon::{strip_conjunction, Agreement, NounRole, Verb, VerbClass, VerbHit};
use super::view::View;
use crate::actors::{ActorKind, Gender, Target};
use crate::text::TokenKind;

/// The event verb of a clause.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Predicate {
    /// Its token.
    pub at: usize,
    pub hit: VerbHit,
    /// Where the content of a statement begins (the clause's end for a deed).
    pub content: usize,
}

impl Predicate {
    /// The verb's entry in the vocabulary.
    pub(crate) fn entry<'a>(&self, view: &View<'a>) -> &'a Verb {
        &view.lexicon.verbs[self.hit.verb as usize]
    }

    /// Whether the verb reports something said (a finite speech or relay verb).
    pub(crate) fn says(&self, view: &View) -> bool {
        !self.hit.masdar && self.entry(view).class != VerbClass::Action
    }

    /// Where a statement may name the document it is made through, before its content ("وذكرت الهيئة في بيان
    /// أن", "واتهم بيان للحركة الجيش", "وأضاف البيان أن"); none for a deed. Read with [`names_document_in`] only
    /// when a later verb asks, since most statements are never gone on from that way.
    pub(crate) fn document_span(&self, view: &View, clause: &Clause) -> Option<Range<usize>> {
        self.says(view)
            .then(|| clause.tokens.start..self.content.min(clause.tokens.end))
    }
}

/// Whether a word of the tokens names a document, with the article or without it ("البيان", "في بيان", "وبيان").
pub(crate) fn names_document_in(view: &View, tokens: Range<usize>) -> bool {
    tokens.into_iter().any(|k| view.lexicon.document(view.word(k)))
}

/// The event verb of a clause, if it has one.
pub(crate) fn find(view: &View, clause: &Clause) -> Option<Predicate> {
    let range = clause.tokens.clone();
    let finite = range.clone().find_map(|i| view.finite_verb_at(i).map(|h| (i, h)));
    // A passive with its agent before the first finite verb is the clause's deed ("قتل الناشط X برصاص قوات
    // الأمن، بحسب ما أفاد المرصد").
    let before_finite = range.start..finite.map_or(range.end, |(f, _)| f);
    let first_passive = passive(view, before_finite, range.end);
    // A clause opened by a connective of cause or answer tells the deed of its verbal noun ("جراء اعتقال
    // الجيش شابا يدعى X"): a finite verb after it is a relative clause's or a naming's.
    let beside = (view.marked(range.start, super::lexicon::mark::CONNECTIVE)
        && !view.has(range.start, |r| r == NounRole::TemporalPreposition))
    .then(|| deed_noun_with_agent(view, range.start, range.end))
    .flatten()
    .filter(|&(_, h)| deed_after(view, range.start, h));
    let (at, hit) = beside
        .or(first_passive)
        .or(finite)
        .or_else(|| {
            range.clone().find_map(|i| {
                let hit = view.verb_at(i).filter(|h| h.masdar)?;
                let prev = i.checked_sub(1)?;
                (view
                    .lexicon
                    .has(view.word(prev), |r| r == NounRole::TemporalPreposition)
                    && told_as_event(view, prev, range.end))
                .then_some((i, hit))
            })
        })
        .or_else(|| {
            range.clone().find_map(|i| {
                deed_noun_with_agent(view, i, range.end).filter(|&(j, h)| {
                    told_as_event(view, i, range.end)
                        || deed_after(view, i, h)
                        || super::dating::offset_before(view, j) == Some(i)
                })
            })
        })
        .or_else(|| {
            range
                .clone()
                .find(|&i| view.has(i, |r| r == NounRole::Witness))
                .and_then(|i| witnessed(view, i, range.end))
        })
        .or_else(|| super::cause::told_attack(view, range.clone()))
        .or_else(|| according(view, range.clone()))?;
    let content = content_start(view, at, range.end, hit);
    Some(Predicate { at, hit, content })
}

/// Whether a verbal noun after the preposition at `i` tells an event of its own: the text dates it ("عقب
/// إطلاقها معركة X في 27 من تشرين الثاني", "منذ انسحاب القوات في نوفمبر"), or it is the cause of what the
/// clause before tells ("استشهد مواطن إثر قصف طائرة حربية"). Undated, "بعد إعلان X" only sets the news against
/// what came before; an undated deed there is read by [`deed_after`].
fn told_as_event(view: &View, i: usize, end: usize) -> bool {
    view.has(i, |r| r == NounRole::Cause) || (i + 2..end).any(|k| view.date_at[k].is_some())
}

/// Whether the verbal noun of a deed or a statement after the preposition or connective at `i`, with its agent
/// written after it, tells an event though the text gives it no date: after "بعد/غداة/عقب/إثر" ("بعد قصف طائرة
/// مسيرة موقعا", "عقب اقتحام قوات X البلدة", "بعد إعلان الرئاسة إحباط هجوم") or a connective of cause or answer
/// ("وسط إطلاق الشرطة الرصاص", "ردا على استهداف الجماعة", "على خلفية إعلان X") the deed is done or the statement
/// made, and news of its own: the readers of five sets counted every such statement with its doer written (9 of
/// 9). "منذ/قبل" tell a state since or a time before.
fn deed_after(view: &View, i: usize, hit: VerbHit) -> bool {
    matches!(
        view.lexicon.verbs[hit.verb as usize].class,
        VerbClass::Action | VerbClass::Speech
    ) && !matches!(
        strip_conjunction(view.word(i)).unwrap_or(view.word(i)),
        "منذ" | "قبل" | "قبيل"
    )
}

/// A verbal noun after a temporal preposition, with its agent written after it: "بعد ساعات من إعلان الحوثيين
/// استهداف ..."، "بعد يوم على إرسال الجيش تعزيزات"، "عقب اغتيال طائرات الاحتلال لقائد". The preposition is at
/// `i`; the verbal noun's token and its hit (a verbal noun whose subject must be written: `object`) are returned.
pub(crate) fn deed_noun_with_agent(view: &View, i: usize, end: usize) -> Option<(usize, VerbHit)> {
    if view.quoted[i] {
        return None;
    }
    if !view.has(i, |r| r == NounRole::TemporalPreposition) {
        // "جراء قمع الشرطة المحتجين", "ردا على استهداف الجماعة": the verbal noun right after the connective.
        let j = i + connective_len(view, i)?;
        if j + 1 >= end || view.quoted[j] || view.date_at[j].is_some() {
            return None;
        }
        return with_written_agent(view, j);
    }
    // "بعد ساعات من", "بعد يوم على" (the span may be read as a date phrase, with or without its "على").
    let mut j = i + 1;
    while j < (i + 4).min(end) && (view.date_at[j].is_some() || view.has(j, |r| r == NounRole::Interval)) {
        j += 1;
    }
    // "بعد يوم واحد من": the count after the span's noun.
    if j > i + 1 && matches!(view.word(j), "واحد" | "واحده") {
        j += 1;
    }
    if j > i + 1 {
        let linked = |k: usize| matches!(view.word(k), "من" | "على");
        if linked(j) {
            j += 1;
        } else if !linked(j - 1) {
            return None;
        }
    }
    if j + 1 >= end || view.quoted[j] || view.date_at[j].is_some() {
        return None;
    }
    with_written_agent(view, j)
}

/// The length in words of a connective of cause or answer at `i` ("جراء", "وسط", "ردا على", "على خلفية").
pub(crate) fn connective_len(view: &View, i: usize) -> Option<usize> {
    if !view.marked(i, super::lexicon::mark::CONNECTIVE) {
        return None;
    }
    if view.has(i, |r| r == NounRole::DeedConnective) {
        return Some(1);
    }
    // A connective of several words: its second word must be one's.
    if !view.marked(i + 1, super::lexicon::mark::CONNECTIVE_TAIL) {
        return None;
    }
    match view.phrase_at(i) {
        Some((n, NounRole::DeedConnective)) => Some(n),
        _ => None,
    }
}

/// The verbal noun at `j` with its agent written right after it, as a name or the head of a speaker, a body or
/// an anaphor: the hit of its verb (a verbal noun whose subject must be written: `object`).
fn with_written_agent(view: &View, j: usize) -> Option<(usize, VerbHit)> {
    let verb = view.lexicon.bare_masdar(view.word(j))?;
    let agent = j + 1;
    let named = view.name_starting(agent).is_some_and(|n| !view.names[n].clitic);
    let headed = !named
        && view.name_at[agent].is_none()
        && view.date_at[agent].is_none()
        && view.has(agent, |r| {
            matches!(
                r,
                NounRole::SpeakerHead(_) | NounRole::Institution(..) | NounRole::Anaphor(..)
            )
        });
    (named || headed).then_some((j, written_agent_hit(verb)))
}

/// The hit of a verbal noun of verb row `verb` whose doer is written after it: masculine, like the masdar itself,
/// and wanting a written subject (`object`).
fn written_agent_hit(verb: usize) -> VerbHit {
    VerbHit {
        verb: verb as u32,
        agreement: Agreement::Masculine,
        masdar: true,
        present: false,
        object: true,
    }
}

/// How many words the subject of a witness verb may have ("شهدت جلسة المجلس الأولى").
const WITNESS_SUBJECT: usize = 3;

/// A witness verb at `i` ("وشهد اللقاء تأكيد الوزير للوفد أن"): past its subject of a few words, none a name, a
/// date or a verbal noun, the deed's verbal noun with its doer written after it.
fn witnessed(view: &View, i: usize, end: usize) -> Option<(usize, VerbHit)> {
    if view.quoted[i] {
        return None;
    }
    let words =
        |k: usize| view.toks[k].kind == TokenKind::Word && view.name_at[k].is_none() && view.date_at[k].is_none();
    let subject = i + 1;
    if subject >= end || !words(subject) || view.lexicon.bare_masdar(view.word(subject)).is_some() {
        return None;
    }
    (subject + 1..(subject + 1 + WITNESS_SUBJECT).min(end))
        .take_while(|&j| words(j))
        .find(|&j| view.lexicon.bare_masdar(view.word(j)).is_some())
        .and_then(|j| {
            let agent = j + 1;
            // A person named in full before, written again by the surname ("تأكيد السوداني" after "محمد شياع
            // السوداني"), or any actor a noun phrase names.
            let again = || super::memory::surname_named_before(view, agent, Gender::Masculine).is_some();
            let named = || super::phrase::actor_at(view, agent, end).is_some();
            with_written_agent(view, j).or_else(|| {
                (agent < end && (again() || named())).then(|| {
                    (
                        j,
                        written_agent_hit(view.lexicon.bare_masdar(view.word(j)).unwrap_or_default()),
                    )
                })
            })
        })
}

/// A deed told in the passive at the head of its clause, with its agent written after an agent phrase ("قتل
/// ثلاثة جنود على أيدي مسلحين"، "فيما قتل 13 شخصا بنيران الجيش"): the form is a verb although no definite word
/// follows it.
fn passive(view: &View, range: std::ops::Range<usize>, end: usize) -> Option<(usize, VerbHit)> {
    let first = range.clone().find(|&i| !view.word(i).is_empty())?;
    // At the head of the clause, after an opener ("فيما"), or after a dateline ("X – الأربعاء 14 حزيران – قتل").
    let heads = range.clone().filter(|&i| {
        i == first
            || i == first + 1
            || (i > range.start && (view.toks[i - 1].kind == TokenKind::Punct || view.date_at[i - 1].is_some()))
    });
    heads.into_iter().find_map(|i| passive_at(view, i, end).map(|h| (i, h)))
}

/// The passive of a deed at token `i` whose agent phrase follows before `end` and before a comma ("قتل ضابطان
/// على أيدي مسلحين").
pub(crate) fn passive_at(view: &View, i: usize, end: usize) -> Option<VerbHit> {
    if i >= end || view.quoted[i] || view.date_at[i].is_some() {
        return None;
    }
    let hit = view.lexicon.passive(view.word(i))?;
    // A date set off by commas may stand between ("استشهد الشاب X، الأحد، برصاص قوات Y").
    let dated_comma = |k: usize| view.date_at.get(k + 1).is_some_and(Option::is_some) || view.date_at[k - 1].is_some();
    let agent = (i + 1..end.min(i + AGENT_REACH))
        .take_while(|&k| (!view.is_punct(k, ',') || dated_comma(k)) && !view.is_stop(k))
        .any(|k| {
            view.has(k, |r| r == NounRole::Agent)
                || matches!(
                    view.lexicon.phrase(&[view.word(k), view.word(k + 1)]),
                    Some((2, NounRole::Agent))
                )
                || super::cause::attack_doer(view, k, end).is_some()
        });
    agent.then_some(hit)
}

/// Whether a person follows the verb at `i` and then, in the same clause, a cause or an agent phrase: "قتل
/// إسماعيل هنية جراء استهداف"، "اعتقل الناشط X في مداهمة"، "قتل القائد X بنيران القوات". A verb that is also
/// its own unvowelled passive (`NounRole::PassiveReading`) then tells what befell the person; an agent, a
/// state or a group after it is its subject ("قتل الجيش 5 مسلحين في غارة").
pub(crate) fn victim_then_cause(view: &View, i: usize) -> bool {
    let k = i + 1;
    // A text cut off right after the verb ("ووفق المصدر ذاته، استهدف").
    if k >= view.toks.len() {
        return false;
    }
    let named_person = view.name_starting(k).is_some_and(|n| match view.names[n].target {
        Target::Role(_) => true,
        Target::Actor(a) => view.catalog.actor_at(a).kind == ActorKind::Person,
    });
    let person_head = |r: NounRole| {
        matches!(
            r,
            NounRole::Title(_) | NounRole::Rank | NounRole::SpeakerHead(_) | NounRole::Anaphor(ActorKind::Person, _)
        )
    };
    // "الناشط": a speaker head with the article.
    let bare = view.word(k).strip_prefix("ال").unwrap_or("");
    let titled = view.name_at[k].is_none() && (view.has(k, person_head) || view.lexicon.has(bare, person_head));
    if !named_person && !titled {
        return false;
    }
    // A count after the person is the object of their deed ("قتل مسلحون 5 جنود في هجوم").
    (k + 1..(k + VICTIM_REACH).min(view.toks.len()))
        .take_while(|&j| {
            !view.is_punct(j, ',')
                && !view.is_stop(j)
                && view.verb_at(j).is_none()
                && view.toks[j].kind != TokenKind::Number
        })
        .any(|j| cause_at(view, j))
}

/// Whether a cause or an agent phrase opens at `j` ("جراء", "برصاص", "على أيدي").
pub(crate) fn cause_at(view: &View, j: usize) -> bool {
    view.has(j, |r| matches!(r, NounRole::Cause | NounRole::Agent))
        || matches!(
            view.lexicon.phrase(&[view.word(j), view.word(j + 1)]),
            Some((2, NounRole::Cause | NounRole::Agent))
        )
}

/// How far after a verb the cause of a victim's death may stand: a name with titles of a few words.
const VICTIM_REACH: usize = 9;

/// How far after a passive deed its agent phrase may stand: a toll of a dozen words.
const AGENT_REACH: usize = 14;

/// A clause without an event verb that attributes what it reports ("قتل 5 أشخاص، بحسب مصدر طبي"): the
/// attribution word stands for the verb of a statement.
fn according(view: &View, range: std::ops::Range<usize>) -> Option<(usize, VerbHit)> {
    let verb = view.lexicon.according?;
    // "وكان فلان مسؤولا عن ...، وفقا لوكالة X": a state told in the background, not an event.
    let first = view.word(range.start);
    if matches!(strip_conjunction(first).unwrap_or(first), "كان" | "كانت" | "كانوا") {
        return None;
    }
    let at = range
        .clone()
        .find(|&i| !view.quoted[i] && view.according_len(i).is_some_and(|n| i + n < range.end))?;
    let hit = VerbHit {
        verb: verb as u32,
        agreement: Agreement::Masculine,
        masdar: false,
        present: false,
        object: false,
    };
    Some((at, hit))
}

/// Where the content of a statement begins: a complementizer, a colon, or a quotation longer than a
/// name. Action verbs and verbal nouns have no content.
fn content_start(view: &View, v: usize, end: usize, hit: VerbHit) -> usize {
    if hit.masdar || view.class(hit) == VerbClass::Action {
        return end;
    }
    let mut k = v + 1;
    while k < end {
        if view.is_punct(k, ':') || view.has(k, |r| r == NounRole::Complementizer) {
            return k;
        }
        if view.is_punct(k, '"') && view.quoted.get(k + 1).copied().unwrap_or(false) {
            let close = (k + 1..end).find(|&j| view.is_punct(j, '"')).unwrap_or(end);
            if close - k > 4 && !quoted_speaker(view, v, k, close, end) {
                return k;
            }
            k = close + 1;
            continue;
        }
        k += 1;
    }
    end
}

/// How many words a speaker's quoted name may hold ("«المرصد السوري لحقوق الإنسان»").
const QUOTED_NAME_WORDS: usize = 6;

/// How far after a speaker's quoted name what is said may begin, past an aside ("، في بيان عبر موقعها
/// مساء اليوم، إن") or an adjective ("المعارضة إلى أن").
const SAID_AFTER_NAME: usize = 12;

/// Whether the quotation from `open` to `close`, written right after the verb of speech at `v`, is who speaks
/// rather than what is said: a few words, none spelled as a finite verb, and then, before any verb, quotation
/// or sentence end, a complementizer or a colon ("وقالت «الهيئة الوطنية للإغاثة»، في بيان، إن"، "وأشارت «رابطة
/// الصيادين المستقلة» إلى أن"). A quoted sentence holds a verb ("وقال «قصفت الطائرات منازلنا» مضيفا أن").
fn quoted_speaker(view: &View, v: usize, open: usize, close: usize, end: usize) -> bool {
    let words = open + 1..close;
    if open != v + 1 || words.len() > QUOTED_NAME_WORDS || words.clone().any(|j| view.spelled_as_finite_verb(j)) {
        return false;
    }
    if quoted_body(view, words.clone()) {
        return true;
    }
    (close + 1..(close + 1 + SAID_AFTER_NAME).min(end))
        .take_while(|&j| !view.is_stop(j) && !view.is_punct(j, '"') && view.finite_verb_at(j).is_none())
        .any(|j| view.is_punct(j, ':') || view.has(j, |r| r == NounRole::Complementizer))
}

/// Whether the words of a quotation that opens right after a verb of speech name a body: they start with a
/// body of the catalog or the head of a body's phrase, and hold no verb ("أفادت «الوكالة الوطنية للإعلام
/// اللبنانية» بشن غارة"، "وأعلنت “قيادة عمليات أمن المطار” فجر اليوم ..."; not "وقال «الجيش يتقدم»"). A body
/// named so is who speaks whatever follows it, a verbal noun or a date, and not only before a complementizer.
fn quoted_body(view: &View, words: std::ops::Range<usize>) -> bool {
    let first = words.start;
    if words.clone().any(|j| view.verb_at(j).is_some()) {
        return false;
    }
    let body = view.name_starting(first).is_some_and(|n| {
        let name = &view.names[n];
        !name.clitic
            && matches!(name.target, crate::actors::Target::Actor(a)
                if view.catalog.actor_at(a).kind != crate::actors::ActorKind::Person)
    });
    body || view.has(first, |r| matches!(r, NounRole::Institution(..)))
}

/// Whether a word as written marks the passive: a damma on the first letter after its conjunction ("قُتل",
/// "وأُصيب", "فَأُعلن"), or, in a derived form opened by a bare alif, two letters after it ("واستُهدفت").
pub(crate) fn written_passive(original: &str) -> bool {
    const DAMMA: char = '\u{064F}';
    let is_mark = |c: char| ('\u{064B}'..='\u{0652}').contains(&c);
    let mut letters = original.chars().filter(|&c| c != 'ـ').peekable();
    let mut first = letters.next();
    // A conjunction and its own vowel ("وُجد" is itself a passive).
    if matches!(first, Some('و' | 'ف')) && letters.peek().is_some_and(|&c| c != DAMMA) {
        while letters.peek().is_some_and(|&c| is_mark(c)) {
            letters.next();
        }
        first = letters.next();
    }
    // "استُهدفت", "اعتُقل", "انتُخب": a derived form opened by a bare alif carries the damma of its passive on the
    // letter after the two that follow the alif.
    if first == Some('ا') {
        let mut rest = letters.filter(|&c| c == DAMMA || !is_mark(c));
        return rest.next().is_some_and(|c| c != DAMMA)
            && rest.next().is_some_and(|c| c != DAMMA)
            && rest.next() == Some(DAMMA);
    }
    first.is_some() && letters.next() == Some(DAMMA)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::clause::split;
    use crate::events::view::tests::{at, view};
    use crate::events::EventKind;

    fn first(text: &str) -> (View<'_>, Option<Predicate>) {
        let v = view(text);
        let c = split(&v).remove(0);
        let p = find(&v, &c);
        (v, p)
    }

    #[test]
    fn a_statement_and_its_content() {
        let (v, p) = first("وأكد المتحدث باسم الوزارة أمس أن الهجوم فشل");
        let p = p.expect("a verb");
        assert_eq!((p.at, p.entry(&v).lemma.as_str()), (0, "أكد"));
        assert_eq!(p.content, at(&v, "أن"));
        assert!(p.says(&v));
    }

    #[test]
    fn a_short_quotation_is_a_name_not_content() {
        let (v, p) = first("وقالت صحيفة \"الوطن\" أمس: الطريق مفتوح");
        assert_eq!(p.expect("a verb").content, at(&v, "الطريق") - 1);
    }

    #[test]
    fn a_quoted_name_before_what_is_said_is_the_speaker() {
        let (v, p) = first("وقالت «الهيئة الوطنية للإغاثة والإيواء»، في بيان مساء أمس، إن القافلة وصلت");
        assert_eq!(p.expect("a verb").content, at(&v, "إن"));
        let (v, p) = first("وأشارت «رابطة الصيادين المستقلة» المحلية إلى أن القوارب عادت");
        assert_eq!(p.expect("a verb").content, at(&v, "أن"));
        // A quoted sentence holds a verb: it is what is said.
        let (v, p) = first("وقال «قصفت الطائرات منازلنا ليلا» مضيفا أن الأهالي نزحوا");
        assert_eq!(p.expect("a verb").content, at(&v, "قصفت") - 1);
    }

    #[test]
    fn a_quoted_body_is_the_speaker_before_a_verbal_noun_or_a_date() {
        // The quotation names a body: no complementizer needs to follow it.
        let (v, p) = first("وأعلنت «هيئة الإغاثة الأهلية في المدينة» صباح اليوم توزيع المساعدات");
        assert_eq!(p.expect("a verb").content, v.toks.len());
        let (v, p) = first("أفادت «الوكالة الوطنية للإعلام اللبنانية» بتحليق طائرات فوق البلدة");
        assert_eq!(p.expect("a verb").content, v.toks.len());
        // A quotation that holds a verb is what is said, whatever word opens it.
        let (v, p) = first("وقالت «هيئة الإغاثة أعلنت وقف العمل في المخيم» بحسب مصدر");
        assert_eq!(p.expect("a verb").content, at(&v, "هيئة") - 1);
    }

    #[test]
    fn a_deed_has_no_content() {
        let (v, p) = first("قصفت الطائرات البلدة أن");
        let p = p.expect("a verb");
        assert_eq!(p.entry(&v).kind, EventKind::Attack);
        assert_eq!(p.content, v.toks.len());
    }

    #[test]
    fn deeds_of_security_news_and_forms_that_are_names_or_verbal_nouns() {
        for (text, lemma) in [
            ("اشتبك مسلحون مع قوات الأمن", "اشتبك"),
            ("وحلقت طائرات التحالف فوق المدينة", "حلّق"),
            ("وفتحت الحكومة تحقيقا", "فتح"),
            ("ومنعت الشرطة المتظاهرين", "منع"),
            ("واستنفرت القوات عناصرها", "استنفر"),
            ("ووثقت الشبكة مقتل 23 مدنيا", "وثّق"),
            ("وأردف المتحدث أن القوات تقدمت", "أردف"),
            ("وبرر الرئيس العملية", "برّر"),
            ("وفرت عناصر التنظيم من المدينة", "فرّ"),
        ] {
            let (v, p) = first(text);
            assert_eq!(p.expect(text).entry(&v).lemma, lemma, "{text}");
        }
        // The movement's name, and verbal nouns after another verb, are no verbs of their own.
        let (v, p) = first("وقالت حركة فتح إن");
        assert_eq!(p.expect("قالت").entry(&v).lemma, "قال");
        let (v, p) = first("وأعلن الجيش سحب قواته");
        assert_eq!(p.expect("أعلن").entry(&v).lemma, "أعلن");
        assert!((0..v.toks.len()).all(|k| v
            .verb_at(k)
            .is_none_or(|h| v.lexicon.verbs[h.verb as usize].lemma != "سحب")));
    }

    #[test]
    fn a_person_then_a_cause_after_a_verb_that_is_its_own_passive_is_its_victim() {
        for text in [
            "وقتل القيادي حسن الموسوي جراء غارة على سيارته.",
            "واعتقل الناشط سامر الديري في مداهمة لمنزله.",
            "قتل وزير الدفاع السوري داود راجحة في انفجار.",
        ] {
            let v = view(text);
            assert!(victim_then_cause(&v, 0), "{text}");
            assert!(v.finite_verb_at(0).is_none(), "{text}");
        }
        // An army, a count after the person, or no cause: the verb's subject and object.
        for text in [
            "قتل الجيش خمسة مسلحين في غارة.",
            "قتل مسلحون 5 جنود في هجوم على حاجز.",
            "وقتل الناشط سامر الديري.",
        ] {
            assert!(!victim_then_cause(&view(text), 0), "{text}");
        }
        // With an agent phrase the passive is the agent's deed, before the verb of an according phrase.
        let (v, p) = first("قتل الناشط سامر الديري برصاص قوات النظام، بحسب ما أفاد المرصد.");
        assert_eq!(p.expect("the passive").at, 0);
        assert_eq!(v.word(0), "قتل");
    }

    #[test]
    fn a_passive_spelled_unlike_its_lemma_with_an_agent_phrase() {
        let v = view("وأصيب ثلاثة شبان برصاص الجيش. وأصيب خمسة أشخاص في حادث سير.");
        let hit = passive_at(&v, 0, v.toks.len()).expect("أصيب with an agent");
        assert_eq!(v.lexicon.verbs[hit.verb as usize].lemma, "أصاب");
        let second = at(&v, "حادث") - 4;
        assert_eq!(v.word(second), "واصيب");
        assert!(passive_at(&v, second, v.toks.len()).is_none());
        let v = view("واستشهد شاب بنيران الجيش.");
        let hit = passive_at(&v, 0, v.toks.len()).expect("استشهد with an agent");
        assert_eq!(v.lexicon.verbs[hit.verb as usize].lemma, "قتل");
        // A day set off by commas stands between the victim and the agent phrase; another comma ends the reach.
        let v = view("واستشهد الشاب علي، الأحد، برصاص الجيش.");
        assert!(passive_at(&v, 0, v.toks.len()).is_some());
        let v = view("واستشهد الشاب علي، وقال والده إنه خرج برصاص الجيش.");
        assert!(passive_at(&v, 0, v.toks.len()).is_none());
    }

    #[test]
    fn a_verbal_noun_after_a_temporal_preposition() {
        let (v, p) = first("عقب إطلاقها الهجوم أمس");
        let p = p.expect("a verbal noun");
        assert!(p.hit.masdar && !p.says(&v));
        let (_, p) = first("إطلاقها الهجوم أمس");
        assert!(p.is_none());
        // Undated, the deed only sets the news against what came before; as a cause, it is told.
        let (_, p) = first("عقب إطلاقها الهجوم");
        assert!(p.is_none());
        let (_, p) = first("استشهد شاب إثر قصف طائرات الاحتلال المنزل");
        assert!(p.is_some());
    }
}

#[cfg(test)]
#[path = "verb_witness_tests.rs"]
mod witness_tests;
