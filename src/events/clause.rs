//! Clauses: the units an event is read from, within the sentences [`super::sentence`] cuts.
//!
//! A clause starts at "، و" + a verb, "، " + a
//! speech verb, "، كما" + a past verb, "و" + a second past verb with no comma ("داهمت الشرطة الحي واعتقلت"), a
//! clause opener before a verb ("حيث", "بينما", "في المقابل"), or a temporal subordinate clause with a deed of
//! its own ("بعد أن بدأت موسكو ...", "عقب إطلاقها ..."). Inside the content of a statement
//! only a new speech verb, or a particle with a past verb and a named subject ("، بينما ردت المدفعية
//! الإسرائيلية"), starts a clause: what a speaker reports belongs to the statement.

use std::ops::Range;

use super::lexicon::{mark, strip_conjunction, NounRole};
pub(crate) use super::sentence::sentences;
use super::verb::Predicate;
use super::view::View;
use crate::events::EventKind;
use crate::text::TokenKind;

/// A clause: a token range in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Clause {
    pub tokens: Range<usize>,
    /// The index of its sentence in the article.
    pub sentence: usize,
    /// The first token of its sentence.
    pub sentence_start: usize,
}

impl Clause {
    /// The first word token of the clause (past punctuation and numbers).
    pub(crate) fn first_word(&self, view: &View) -> Option<usize> {
        self.tokens
            .clone()
            .find(|&k| view.toks[k].kind == crate::text::TokenKind::Word)
    }

    /// Whether the clause opens with its verb at `at` joined by "و" to the clause before it, after a comma,
    /// with no subject written after it ("شنت القوات حملة في مأرب، وتمكنت من تأمين الطريق"; not "، وتسببت هذه
    /// الغارة بدمار"; a definite noun that disagrees with the verb is its object, "، ومنعت التجول"): the two verbs
    /// share their subject.
    pub(crate) fn coordinated(&self, view: &View, at: usize) -> bool {
        let next = view.word(at + 1);
        self.first_word(view) == Some(at)
            && at > self.sentence_start
            && view.is_punct(at - 1, ',')
            && view
                .word(at)
                .strip_prefix('و')
                .is_some_and(|rest| rest.chars().nth(1).is_some())
            && (!next.starts_with("ال") || super::subject::disagrees(view, at, at + 1))
            && !matches!(next, "هذه" | "هذا" | "تلك" | "ذلك")
    }

    /// The first quotation of the clause, without its marks, when it is longer than a name.
    pub(crate) fn quotation(&self, view: &View) -> Option<String> {
        let range = self.tokens.clone();
        let open = range
            .clone()
            .find(|&k| view.is_punct(k, '"') && view.quoted.get(k + 1).copied().unwrap_or(false))?;
        let close = (open + 1..range.end)
            .find(|&k| view.is_punct(k, '"'))
            .unwrap_or(range.end);
        if close <= open + 1 {
            return None;
        }
        let text = view.original(open + 1..close).trim();
        // Two characters or more, without counting them all.
        (close - open > 4 && text.chars().nth(1).is_some()).then(|| text.to_string())
    }
}

/// Whether the clause opens with "حيث", which goes on describing the event before it ("شنت إسرائيل غارات على
/// طهران، حيث قصفت مبنى التلفزيون", "قال الوزير إن ...، حيث رأى أن"): with no subject of its own it is part of
/// that event, not another.
pub(crate) fn elaborates(view: &View, clause: &Clause) -> bool {
    clause.first_word(view).is_some_and(|k| view.word(k) == "حيث")
}

/// Whether `verb` is a deed of force ("قصفت"، "استهدفت"، "اعتدت"): after a deed, a "حيث" clause that tells
/// one is another strike of the same doer, not a description of the deed before.
pub(crate) fn force_deed(view: &View, verb: &super::verb::Predicate) -> bool {
    let entry = verb.entry(view);
    entry.class == super::lexicon::VerbClass::Action && entry.kind.is_force()
}

/// The clauses of the article, in text order.
pub(crate) fn split(view: &View) -> Vec<Clause> {
    let mut clauses = Vec::with_capacity(view.toks.len() / 12 + 4);
    for (s, sentence) in sentences(view).into_iter().enumerate() {
        let mut from = sentence.start;
        let mut in_content = false;
        let mut seen_verb = false;
        // Since the content opened, a verb has been read: until then a verb right after a name and a comma is
        // the content's own, after its subject ("قالت الصحيفة إن رئيس الوزراء X، ألمح في تصريحات إلى").
        let mut content_verb = false;
        // An auxiliary has opened a clause whose verb is still to come ("وكان مصدر عسكري، أكد أن"): a verb right
        // after a comma is that clause's.
        let mut awaiting_aux = false;
        // A relative clause has opened after the verb ("الاعتداء الذي ضرب المدينة، واستهدف المدنيين").
        let mut in_relative = false;
        // The verb read is a speech verb: what follows it is said, even without "أن" ("وأعلنت الوزارة استشهاد
        // مواطن عقب إطلاق الشرطة النار"), so a temporal clause there is not a deed of its own.
        let mut seen_speech = false;
        // The clause opens with a subordinate opener ("في الوقت الذي يشن فيه X ...، غادر Y"): a past verb right
        // after a comma is the main clause's.
        let mut fronted = opens_subordinate(view, from);
        let mut push = |tokens: Range<usize>| {
            clauses.push(Clause {
                tokens,
                sentence: s,
                sentence_start: sentence.start,
            })
        };
        for i in sentence.clone() {
            if view.quoted[i] || inert(view, i) {
                continue;
            }
            if seen_verb && !in_content && (view.has(i, |r| r == NounRole::Complementizer) || view.is_punct(i, ':')) {
                in_content = true;
                content_verb = false;
            }
            // "يذكر أن رئاسة الأركان، أعلنت": after a writer's remark the subject awaits its verb, past a comma,
            // as after an auxiliary.
            // (The first test spares the look-up at every token past the remark's few words.)
            if i <= from + 3 && super::preverbal::remark_end(view, from, i + 1) == Some(i) {
                awaiting_aux = true;
            }
            if seen_verb && view.has(i, |r| r == NounRole::Relative) {
                in_relative = true;
            }
            // "وبحسب وسائل إعلام رسمية، (فقد) وصل الوفد": a fronted attribution belongs to the clause after its
            // comma, which it attributes.
            let split_at = if i > from && view.is_punct(i, ',') && (seen_verb || view.according_len(from).is_none()) {
                // A name just before the comma, and a verb just after it.
                let verb_next = view.finite_verb_at(i + 1).is_some() && !conjoined(view.word(i + 1));
                let awaited = verb_next && ((in_content && !content_verb && name_ends_at(view, i)) || awaiting_aux);
                let main = fronted
                    && view.finite_verb_at(i + 1).is_some_and(|h| !h.present)
                    && (!in_content || past_verb_then_named(view, i + 1));
                (main || (!awaited && after_comma(view, i + 1, in_content, in_relative))).then_some(i + 1)
            } else if i > from && conjoined_statement(view, i) {
                Some(i)
            } else if let Some(n) = (i > from && (!in_content || (may_open(view, i) && past_verb_within(view, i + 1))))
                .then(|| opener_len(view, i))
                .flatten()
            {
                let k = i + n;
                if in_content {
                    // Inside what is said, only a named subject of its own: "بينما ردت المدفعية الإسرائيلية".
                    past_verb_then_named(view, k).then_some(i)
                } else {
                    let passive = super::verb::passive_at(view, k, sentence.end).is_some();
                    (passive || (k..k + 3).any(|j| view.finite_verb_at(j).is_some())).then_some(i)
                }
            } else if i > from
                && !in_content
                && ((seen_verb && !in_relative && joined_verb(view, i, seen_speech))
                    || (seen_verb && ((!seen_speech && subordinate_deed(view, i)) || deed_relative(view, i)))
                    || (!seen_speech && told_beside(view, i))
                    || named_relative(view, i + 1)
                    || antecedent_relative(view, i))
            {
                Some(i)
            } else {
                None
            };
            if let Some(at) = split_at {
                if at > from && at < sentence.end {
                    push(from..at);
                    from = at;
                    in_content = false;
                    in_relative = false;
                    seen_verb = false;
                    seen_speech = false;
                    awaiting_aux = false;
                    fronted = opens_subordinate(view, at);
                }
            }
            if let Some(hit) = view.finite_verb_at(i) {
                seen_verb = true;
                // A call's complement is what is asked ("ووجه الرئيس بإنشاء ... بعد إعلان روسيا"), not what is said.
                seen_speech |= !in_content
                    && view.is_speech_verb(i)
                    && view.lexicon.verbs[hit.verb as usize].kind != EventKind::Call;
                content_verb |= in_content;
                awaiting_aux = false;
            } else if !seen_verb && view.has(i, |r| r == NounRole::Auxiliary) {
                awaiting_aux = true;
            }
        }
        if from < sentence.end {
            push(from..sentence.end);
        }
    }
    clauses
}

/// Whether a new clause starts at `next`, just after a comma: a speech verb, a writer's remark, an opener before
/// a verb, or (out of a statement's content and of a relative clause) a verb with و or ف. After a relative
/// clause a deed verb with و goes on with it ("الهجوم الذي وقع الأحد، وأسفر عن مقتل ...").
fn after_comma(view: &View, next: usize, in_content: bool, in_relative: bool) -> bool {
    // "، ويدعى محمود، لوكالة" names the noun before it: a form of naming ("يدعى" folds as "يدعي", claims) opens
    // no clause.
    if view.has(next, |r| r == NounRole::Naming) {
        return false;
    }
    if new_subject(view, next, in_content) {
        return true;
    }
    // "، ويذكر أنه أفرج عنه في 30 تموز": the writer's remark is a clause of its own, with its own date.
    if super::preverbal::remark_end(view, next, view.toks.len()).is_some() {
        return true;
    }
    let verb = view.finite_verb_at(next);
    // Inside what is said, a present-tense verb goes on saying it ("، تطالب السفارة الرعايا"), unless "و" joins
    // it to a named subject of its own: "، وتشير بعض المصادر إلى أن" is the narrator's next report.
    let narrated = conjoined(view.word(next)) && {
        let k = if view.word(next + 1) == "بعض" {
            next + 2
        } else {
            next + 1
        };
        named_subject(view, k)
    };
    let speech = view.is_speech_verb(next) && !(in_content && verb.is_some_and(|h| h.present) && !narrated);
    let opened_verb = opener_len(view, next).map(|n| next + n).is_some_and(|k| {
        (k..k + 3).any(|j| view.finite_verb_at(j).is_some() && (!in_content || view.is_speech_verb(j)))
            || past_verb_then_named(view, k)
    });
    // "و" or "ف" glued to a verb form ("وقصفت"), not a verb spelled with one ("فرض", "وصل").
    let joined = verb.is_some() && view.lexicon.conjoined_verb(view.word(next));
    speech || opened_verb || (joined && !in_content && !in_relative)
}

/// Whether the clause at `from` opens with a subordinate clause opener ("في الوقت الذي", "بينما", "في حين"),
/// with or without "و": then a main clause follows it after a comma.
fn opens_subordinate(view: &View, from: usize) -> bool {
    let opens = |k: usize| {
        let k = if view.word(k) == "و" { k + 1 } else { k };
        let word = view.word(k);
        opener_len(view, k).is_some() && strip_conjunction(word).unwrap_or(word) != "حيث"
    };
    // Also after a dateline ("عدن - ", "بيروت (رويترز) - ").
    opens(from)
        || (from + 1..from + 5)
            .find(|&j| view.is_punct(j, '-'))
            .is_some_and(|dash| opens(dash + 1))
}

/// Whether a catalog name ends just before token `i`.
fn name_ends_at(view: &View, i: usize) -> bool {
    let n = view.names.partition_point(|n| n.tokens.1 < i);
    view.names.get(n).is_some_and(|n| n.tokens.1 == i)
}

/// Whether a word starts with the conjunction و or ف.
pub(super) fn conjoined(word: &str) -> bool {
    word.starts_with('و') || word.starts_with('ف')
}

/// The noun phrase between a particle and its verb: "، لكن وكالة أنباء إيرانية شبه رسمية تعهدت".
const SUBJECT_REACH: usize = 8;

/// Whether a clause with a subject of its own starts at `next`, after a comma: "، كما أفادت X بأن", "، لكن
/// وكالة X أكدت", or a pluperfect "، وكانت قوات X (قد) أعلنت" (a second speaker's statement, or out of a
/// statement's content a deed told as background). Inside what is said only a statement opens one: "قال إن
/// القوات تقدمت، لكن المعارك تواصلت" is what the speaker reports.
fn new_subject(view: &View, next: usize, in_content: bool) -> bool {
    let word = view.word(next);
    let bare = super::lexicon::strip_conjunction(word).unwrap_or(word);
    let also = bare == "كما";
    let but = bare == "لكن";
    // "، وقد توعد رئيس الوزراء X بمواصلة": a past verb after "قد" with a named subject of its own.
    if bare == "قد" && past_verb_then_named(view, next + 1) {
        return true;
    }
    // "، لكن أوضحت وزارة الدفاع أن", "، كما قصفت المدفعية الإسرائيلية": the verb right after the particle, and
    // a named subject after the verb.
    if but && past_verb_then_named(view, next + 1) {
        return true;
    }
    // "، لكنها أعربت عن استعدادها", "، لكنه نفى أن": a speech verb after "لكن" with a pronoun is the speaker's next
    // statement, even inside what is said, its subject the one the pronoun stands for.
    if matches!(bare, "لكنه" | "لكنها" | "لكنهم") && view.is_speech_verb(next + 1) {
        return true;
    }
    if also && past_verb_then_named(view, next + 1) && !plain_saying(view, next + 1) {
        return true;
    }
    // "، كما بثت مقطعا", "، كما أعلن عن هجوم": out of what is said, a past verb right after the particle with no
    // subject written goes on with the subject of the clause before, in a deed or statement of its own.
    if also
        && !in_content
        && view.finite_verb_at(next + 1).is_some_and(|h| !h.present && !h.object)
        && !plain_saying(view, next + 1)
    {
        return true;
    }
    // "، وكانت X (قد) أعلنت", "، وأما X فأكد".
    let had = word.starts_with('و') && view.has(next, |r| r == NounRole::Auxiliary);
    if !(also || but || had) {
        return false;
    }
    let end = (next + 1 + SUBJECT_REACH).min(view.toks.len());
    let Some(at) = (next + 1..end)
        .take_while(|&j| view.quoted[j] || !(view.is_punct(j, ',') || view.is_stop(j)))
        .find(|&j| view.finite_verb_at(j).is_some())
    else {
        return false;
    };
    let speech = view.is_speech_verb(at);
    if also {
        // "، كما أفادت X بأن ...": the verb right after the particle, then its subject and the content of a
        // statement of its own. Without "أن" the phrase tells who reported the clause before it ("أصيب 14
        // شخصا، كما أفاد المرصد") or goes on with the same subject ("، كما توعد بالرد").
        let end = (at + 1 + SUBJECT_REACH + 4).min(view.toks.len());
        let content = (at + 1..end)
            .take_while(|&j| view.quoted[j] || !(view.is_punct(j, ',') || view.is_stop(j)))
            .any(|j| !view.quoted[j] && view.has(j, |r| r == NounRole::Complementizer));
        return speech && at == next + 1 && content;
    }
    // A noun phrase stands between the particle and its verb ("لكن لا يمكن" has none).
    let subject = (next + 1..at).any(|j| {
        view.toks[j].kind == TokenKind::Word && !view.has(j, |r| r == NounRole::Auxiliary) && view.word(j) != "قد"
    });
    subject && (speech || (had && !in_content))
}

/// Whether the verb at `at` is a past form with a named subject right after it: a name the catalog knows, or the
/// head of a body, an office or a described speaker ("أعلنت وزارة الصحة"، "ردت المدفعية الإسرائيلية"، "قال
/// مصدر أمني"). Inside what is said, such a clause after a particle is the narrator's next report, not the
/// speaker's: a subject the speaker reports on is rarely named in full again.
fn past_verb_then_named(view: &View, at: usize) -> bool {
    view.finite_verb_at(at).is_some_and(|h| !h.present) && named_subject(view, at + 1)
}

/// Whether a named speaker's statement joined by "و" without a comma starts at `i`: "... وقال الرئيس X إن".
/// The "و" is a conjunction (the word without it is a verb form: not "وصف"), and the content opens after
/// the subject: "واتهم روسيا بمحاولة" names its object, not a new speaker.
fn conjoined_statement(view: &View, i: usize) -> bool {
    if !view.is_speech_verb(i) || !past_verb_then_named(view, i) {
        return false;
    }
    let word = view.word(i);
    if !word.starts_with('و') || !view.lexicon.conjoined_verb(word) {
        return false;
    }
    let end = (i + 2 + SUBJECT_REACH).min(view.toks.len());
    (i + 2..end)
        .take_while(|&j| !view.is_stop(j))
        .any(|j| !view.quoted[j] && (view.has(j, |r| r == NounRole::Complementizer) || view.is_punct(j, ':')))
}

/// Whether a second past verb joined by "و" without a comma starts a clause at `i`, after a clause with a verb
/// of its own and out of what is said ("اقتحمت القوات البلدة واحتجزت عسكريين", "طالبت المنظمة بالإفراج عنهم
/// ودعت إلى"): its own event, of the same subject or of one written after it. After a statement only another
/// statement is one ("أعلن المتمردون اليوم عطلة وحثوا السكان على"); a deed there goes on with what is said.
/// Right after the first verb it is one act told with two verbs ("تدخلت القوة وتمركزت" is not, "إن القوة
/// تدخلت وتمركزت في الموقع" is).
fn joined_verb(view: &View, i: usize, after_speech: bool) -> bool {
    if view.known_no_verb(i) {
        return false;
    }
    let word = view.word(i);
    word.starts_with('و')
        && !view.is_punct(i - 1, ',')
        && view.verb_at(i - 1).is_none()
        && view.finite_verb_at(i).is_some_and(|h| !h.present && !h.object)
        && view.lexicon.conjoined_verb(word)
        && (!after_speech || view.is_speech_verb(i))
}

/// Whether a clause opens with "حيث" or "كما", which go on with what the clause before tells ("قال إن القوات
/// قصفت البلدة، حيث أغار الطيران على أطرافها"); "فيما", "في حين" and "بينما" may turn to the narrator's next
/// report.
pub(crate) fn goes_on(view: &View, clause: &Clause) -> bool {
    clause.first_word(view).is_some_and(|k| {
        let word = view.word(k);
        matches!(super::lexicon::strip_conjunction(word).unwrap_or(word), "حيث" | "كما")
    })
}

/// Whether token `i` can neither start a clause nor change what [`split`] knows of its clause: a word or number
/// with no role, no mark and no verb, before a token with no verb (a relative clause's verb right after it
/// splits before it, [`named_relative`]). Each test of the loop would let it go; most tokens are such, and one
/// look at the token spares the dozen tests.
fn inert(view: &View, i: usize) -> bool {
    view.toks[i].kind != TokenKind::Punct && view.unmarked(i) && view.known_no_verb(i) && view.known_no_verb(i + 1)
}

/// Whether an opener may start at `i` (its role, or the first word of a phrase), before the phrase is looked up.
fn may_open(view: &View, i: usize) -> bool {
    view.has(i, |r| r == NounRole::ClauseOpener) || view.marked(i, mark::PHRASE)
}

/// Whether a past verb stands within the three tokens from `k`: the cheap test before an opener is looked up
/// inside a statement's content, where "في" starts many phrases and few clauses.
fn past_verb_within(view: &View, k: usize) -> bool {
    (k..k + 3).any(|j| view.finite_verb_at(j).is_some_and(|h| !h.present))
}

/// Whether a named actor starts at `j` (see [`past_verb_then_named`]): a catalog name, or a head the lexicon
/// knows, as written or without its article ("المدفعية" for "مدفعية"), or a definite noun that names an actor
/// of the article again ("الوزارة").
fn named_subject(view: &View, j: usize) -> bool {
    fn head(roles: &[NounRole]) -> bool {
        roles.iter().any(|r| {
            matches!(
                r,
                NounRole::Institution(..) | NounRole::SpeakerHead(_) | NounRole::Title(_) | NounRole::Anaphor(..)
            )
        })
    }
    if view.name_starting(j).is_some() || head(view.roles(j)) {
        return true;
    }
    view.word(j).strip_prefix("ال").is_some_and(|bare| {
        let info = view.lexicon.word(bare);
        head(info.roles) || info.marks & mark::PLATFORM != 0
    })
}

/// Whether the verb at `at` only says or reports ("أفاد", "ذكر", "قال"): after "كما" and without "أن", its
/// subject tells who reported the clause before it ("أصيب 14 شخصا، كما أفاد المرصد"), whereas an announcement,
/// a denial or a call makes a statement of its own ("، كما أعلنت وزارة الصحة مقتل شرطي").
fn plain_saying(view: &View, at: usize) -> bool {
    view.finite_verb_at(at)
        .is_some_and(|h| view.is_speech_verb(at) && view.lexicon.verbs[h.verb as usize].kind == EventKind::Statement)
}

/// Whether a relative clause with a deed and an agent of its own starts at `i`: "قتل شخصان في غارة شنتها
/// طائرة مسيرة" (the view reads a verb with an object pronoun only after a deed noun).
fn deed_relative(view: &View, i: usize) -> bool {
    view.verb_at(i).is_some_and(|h| h.object)
}

/// Whether the verb at `i` heads a relative clause telling a deed of a named agent on a day of its own ("الحرب
/// التي شنتها إسرائيل في 14 نوفمبر 2012"): its own event, from the relative pronoun on, whatever the clause
/// before it holds.
fn named_relative(view: &View, i: usize) -> bool {
    view.verb_at(i).is_some_and(|h| view.relative_deed_of_named(i, h))
}

/// Whether a relative clause with an event of its own starts at `i`: about the name before it ("وحدات X التي
/// دعت إلى"), the verb after the pronoun telling a statement or deed of that actor, or a statement with a subject
/// of its own and a pronoun that points back ("والذي أعلنت X مقتله").
fn antecedent_relative(view: &View, i: usize) -> bool {
    view.has(i, |r| r == NounRole::Relative)
        && view
            .finite_verb_at(i + 1)
            .is_some_and(|h| view.relative_antecedent(i + 1, h).is_some() || view.relative_own_subject(i + 1, h))
}

/// Whether a temporal subordinate clause with a deed of its own starts at `i`: "بعد أن بدأت موسكو ...",
/// "عقب إطلاقها ...". It is an event of its own, dated by its own date phrase.
fn subordinate_deed(view: &View, i: usize) -> bool {
    if !view.has(i, |r| r == NounRole::TemporalPreposition) {
        return false;
    }
    let next = i + 1;
    if view.verb_at(next).is_some_and(|h| h.masdar) {
        return true;
    }
    if super::verb::deed_noun_with_agent(view, i, view.toks.len()).is_some() {
        return true;
    }
    let that = matches!(view.word(next), "ان" | "بان");
    that && view.finite_verb_at(next + 1).is_some()
}

/// Whether a deed told beside the news by a connective of cause or answer starts at `i`, with its doer written
/// after its verbal noun ("جراء قمع الشرطة المحتجين", "وسط إطلاق الجيش الرصاص", "ردا على استهداف الجماعة
/// ميناء"): a clause of its own, whether or not the words before it hold a verb that was read.
fn told_beside(view: &View, i: usize) -> bool {
    // Cheap first: a connective, or the first word of one, is marked so.
    view.marked(i, mark::CONNECTIVE)
        && !view.has(i, |r| r == NounRole::TemporalPreposition)
        && super::verb::deed_noun_with_agent(view, i, view.toks.len()).is_some()
}

/// The length in tokens of a clause opener at `i`.
fn opener_len(view: &View, i: usize) -> Option<usize> {
    if view.has(i, |r| r == NounRole::ClauseOpener) {
        return Some(1);
    }
    match view.phrase_at(i) {
        Some((n, NounRole::ClauseOpener)) => Some(n),
        _ => None,
    }
}

/// Whether the text is cut off in the clause of the verb at `verb` ("وأكد تمك", "ووفق المصدر ذاته، استهدف",
/// "كما يشارك في النسخ"): the clause runs to the end of the text, which ends on a letter; the verb is its last
/// word, or after it stand only prepositions and a last word no list knows (a cut one: "تمك", not "القوات" or
/// a name, which a text without a final full stop may end on). What was done, and often by whom, is lost: no
/// event. A clause with a word of its own before the cut one ("ووصف فلان المت") keeps its event.
pub(crate) fn cut_short(view: &View, clause: &Clause, verb: usize) -> bool {
    let last = view.toks.len();
    if clause.tokens.end != last || view.toks.last().is_none_or(|t| t.kind != TokenKind::Word) {
        return false;
    }
    let cut = last - 1;
    if verb == cut {
        return true;
    }
    // A last word of one letter is cut, whatever a list says of the letter ("وتنفي إ").
    let unknown = view.word(cut).chars().nth(1).is_none()
        || (view.unmarked(cut)
            && view.name_starting(cut).is_none()
            && view.place_at[cut].is_none()
            && view.date_covering(cut).is_none()
            && view.form(cut).is_none());
    unknown
        && (verb + 1..cut).all(|k| {
            view.toks[k].kind == TokenKind::Word
                && (view.has(k, |r| r == NounRole::Preposition) || matches!(view.word(k), "ب" | "ل"))
        })
}

/// Whether the clause opens with "لم" ("ولم يعلق حزب الله على الغارات أو يعلن مقتل عناصر له"، "ولم يصدر تعليق
/// فورا من الجماعة"): what it tells did not happen, and no verb of it is an event, however far from the particle
/// it stands (none of the 6 such events on the real rounds was gold).
pub(crate) fn negated(view: &View, clause: &Clause) -> bool {
    clause
        .first_word(view)
        .is_some_and(|k| strip_conjunction(view.word(k)).unwrap_or(view.word(k)) == "لم")
}

/// Whether the clause is a relative clause that tells a deed of its antecedent ("العملية التي أطلقتها تركيا في 20
/// يناير", "، والتي وصلت إلى طرابلس في مارس", "اشتباكات بين الأهالي وقوات النظام التي حاولت اقتحام المدينة"): it
/// describes what the sentence is about, and is no event of its own unless it is dated as news (the extractor
/// asks). A statement told so is one ("وزارة الدفاع، التي أكدت أن"); so is the clause of a time noun ("في الوقت
/// الذي شنت فيه"). On the real rounds, of 15 events so opened the 11 deeds were none gold, the 4 statements
/// all; the readers counted two relative deeds, both dated that day ("التي عقدها مجلس النواب اليوم الثلاثاء").
pub(crate) fn relative_deed(view: &View, clause: &Clause, verb: &Predicate) -> bool {
    // With its conjunction too ("، والتي وصلت").
    let relative = |k: usize| view.lexicon.has(view.word(k), |r| r == NounRole::Relative);
    // A statement about the antecedent, which its pronoun resumes ("الخطة التي أعلن عنها الرئيس", "الهجوم الذي
    // أعلنت الحركة مسؤوليتها عنه"): the relative clause describes a thing, and tells no statement of its own.
    let about_antecedent = || {
        verb.hit.object
            || (verb.at + 1..(verb.at + 8).min(clause.tokens.end))
                .any(|k| matches!(view.word(k), "عنه" | "عنها" | "عنهم" | "عنهما"))
    };
    (!verb.says(view) || about_antecedent())
        && clause
            .first_word(view)
            .is_some_and(|k| relative(k) && !(k > 0 && view.has(k - 1, |r| r == NounRole::TimeRelative)))
}

/// The end of the paragraph of a statement opened by a colon without quotation marks ("صرّح X: ..."): what
/// it says runs to the next line, and a deed told there is said, not an event.
pub(crate) fn colon_paragraph_end(view: &View, clause: &Clause, verb: &Predicate) -> Option<usize> {
    let opens = verb.says(view) && verb.content < clause.tokens.end && view.is_punct(verb.content, ':');
    (opens && !view.is_punct(verb.content + 1, '"')).then(|| {
        (verb.content + 1..view.toks.len())
            .find(|&k| view.line_break_before(k))
            .unwrap_or(view.toks.len())
    })
}

/// How many tokens a closing attribution spans at most: a verb and a subject of up to five words.
const CLOSING_ATTRIBUTION_LEN: usize = 6;

/// Whether the clause is a verb of saying and its subject closing a sentence after a comma, with nothing said
/// after them ("، يضيف البيان.", "، تقول مصادر طبية."): what they say is the sentence before the comma.
pub(crate) fn closing_attribution(view: &View, clause: &Clause, verb: &Predicate) -> bool {
    let end = clause.tokens.end;
    // The sentence's stop may end the clause or follow it.
    let stop = |k: usize| ['.', '!', '?'].iter().any(|&m| view.is_punct(k, m));
    let closes = end >= view.toks.len() || stop(end) || stop(end - 1);
    // The verb and a subject of a few words: not a clause opened after a comma that says something itself
    // ("من جهته، دعا X إلى التهدئة.").
    verb.entry(view).kind == EventKind::Statement
        && verb.content >= end
        && clause.tokens.len() <= CLOSING_ATTRIBUTION_LEN
        && clause.tokens.start > clause.sentence_start
        && view.is_punct(clause.tokens.start - 1, ',')
        && clause.first_word(view) == Some(verb.at)
        && closes
}

#[cfg(test)]
#[path = "clause_tests.rs"]
mod tests;
