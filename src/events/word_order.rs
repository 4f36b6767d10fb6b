//! Word order and agreement around a verb: which noun near it is its subject and which its object.
//!
//! Arabic writes the subject after the verb, before it, or after a fronted object, and marks the pairing by
//! gender agreement. These readers answer the subject stage ([`super::subject`]) for single positions: a
//! noun right after the verb that cannot be its subject by agreement (its object), an object written before the
//! subject ("وتبنت الهجوم حركة X"), a verb describing the indefinite noun before it, a happening as subject, a
//! target or a weapon right after a deed's verb (its object), a body no list knows after a verb of speech, and
//! the actor a relative clause is about.

use super::clause::Clause;
use super::lexicon::{Agreement, NounRole};
use super::phrase;
use super::referent::Referent;
use super::verb::Predicate;
use super::view::View;
use crate::actors::Gender;

/// Whether the word at `k`, right after the verb at `v`, cannot be its subject by agreement: a feminine body's
/// head after a masculine verb ("استهدف مديرية"), or a masculine dual or plural in "ين" after a feminine verb
/// ("دعت الطرفين"). It is the verb's object.
pub(super) fn object_by_agreement(view: &View, v: usize, k: usize) -> bool {
    let agreement = view.verb_at(v).map(|h| h.agreement);
    match agreement {
        Some(super::lexicon::Agreement::Masculine) => {
            view.has(k, |r| matches!(r, NounRole::Institution(_, Gender::Feminine)))
        }
        // "ودعت الطرفين إلى", "وطالبت المسؤولين بـ": a masculine dual or plural in "ين" after a feminine verb is
        // its object (a subject there would be "الطرفان"), whatever a speaker head it may be elsewhere.
        Some(super::lexicon::Agreement::Feminine) => {
            view.word(k).ends_with("ين") && view.has(k, |r| matches!(r, NounRole::SpeakerHead(Gender::Masculine)))
        }
        _ => false,
    }
}

/// Whether the word at `k`, right after the finite masculine verb at `v`, is weapons in "ات" or one weapon in "ة"
/// ("كما استخدم المروحيات والدبابات", "وأسقط مسيرة"): weapons that do a deed take a feminine verb, so these are
/// its object, also where the catalog knows them by name. Asked of a finite verb only: after a verbal noun the
/// doer is a genitive of any gender ("جراء قصف مدفعية الاحتلال").
pub(super) fn weapon_object(view: &View, v: usize, k: usize) -> bool {
    let masculine = view.verb_at(v).is_some_and(|h| h.agreement == Agreement::Masculine);
    if !masculine {
        return false;
    }
    let word = view.word(k);
    let feminine_head = |r: NounRole| r == NounRole::SpeakerHead(Gender::Feminine);
    let plural = word.ends_with("ات")
        && (view.has(k, feminine_head)
            || word
                .strip_prefix("ال")
                .is_some_and(|bare| view.lexicon.has(bare, feminine_head)));
    plural || (word.ends_with('ه') && view.marked(k, super::lexicon::mark::PLATFORM))
}

/// Whether the word right after the deed's verb at `v` names what it struck ("واستهدفت مواقع الحوثيين",
/// "قصفت منازل في البلدة"): the verb's object, its subject left implicit, and no actor named in the object's
/// phrase did the deed.
pub(super) fn target_object(view: &View, v: usize, k: usize) -> bool {
    view.verb_at(v)
        .is_some_and(|h| !h.masdar && view.class(h) == super::lexicon::VerbClass::Action)
        && view.lexicon.bare_noun(view.word(k)).0.contains(&NounRole::Target)
}

/// Whether the verb at `v` carries its subject in its own plural ending ("وأحرقوا", "يقولون"): a verb before its
/// subject stays singular in standard Arabic, so what follows a plural verb ("وأضرموا النيران", "وهاجموا
/// الجيش") is its object, and its subject is the plural named before.
pub(super) fn plural_marked(view: &View, v: usize) -> bool {
    let word = view.word(v);
    view.verb_at(v).is_some_and(|h| h.agreement == Agreement::Plural) && (word.ends_with("وا") || word.ends_with("ون"))
}

/// Whether the verb at `v` describes the indefinite deed or statement noun right before it ("ويأتي ذلك بعد
/// يومين من هجوم استهدف المدينة", "غارة طالت منزلا"): an adjectival clause, whose subject is that noun; with no
/// subject written after the verb, no actor of the text did it. (The caller has seen that the verb has no
/// conjunction.)
pub(super) fn adjectival_clause(view: &View, clause: &Clause, v: usize) -> bool {
    let Some(mut prev) = v.checked_sub(1).filter(|&p| p >= clause.tokens.start) else {
        return false;
    };
    // Past the noun's indefinite adjectives ("ضربات جوية استهدفت", "تصعيد إسرائيلي استهدف"), two at most.
    let adjective = |k: usize| {
        let w = view.word(k);
        !w.starts_with("ال")
            && (view.lexicon.nisba(w).is_some()
                || view.has(k, |r| r == NounRole::Adjective)
                || (super::chunk::looks_like_adjective(w) && view.roles(k).is_empty()))
    };
    for _ in 0..2 {
        if prev > clause.tokens.start && adjective(prev) {
            prev -= 1;
        }
    }
    !view.word(prev).starts_with("ال")
        && view.has(prev, |r| matches!(r, NounRole::DeedNoun | NounRole::StatementNoun))
        && view.verb_at(v).is_some_and(|h| !h.present)
}

/// The first word after the verb at `v`, past commas and dates.
pub(super) fn first_word_after(view: &View, v: usize, limit: usize) -> Option<usize> {
    let k = view.past_dates_and_commas(v + 1, limit);
    (k < limit && !view.word(k).is_empty()).then_some(k)
}

/// Whether a deed's verb is followed by a definite noun that names no actor ("واستهدفت الغارة منزلا",
/// "وشهدت المدينة اشتباكات"): that noun is the subject, and the deed is nobody's the text names, so it must not
/// fall to the previous speaker. A speaker's head with the article ("الدبابات" of "دبابات") names actors: one
/// that disagrees with the verb is its object ([`weapon_object`]).
pub(super) fn non_actor_subject(view: &View, v: usize, limit: usize) -> bool {
    first_word_after(view, v, limit).is_some_and(|k| {
        let w = view.word(k);
        let head = |bare: &str| view.lexicon.has(bare, |r| matches!(r, NounRole::SpeakerHead(_)));
        super::chunk::is_definite(w)
            && view.name_starting(k).is_none()
            && view.roles(k).is_empty()
            && view.lexicon.nisba(w).is_none()
            && !w.strip_prefix("ال").is_some_and(head)
    })
}

/// Whether the subject of the verb at `v` is a happening, not an actor: with the article at the head of the
/// clause right before the verb ("القصف الصاروخي استهدف مقرا"), or right after a verb of speech, with the
/// article or without it ("وتهدد الاشتباكات بعرقلة", "تشير تقديرات إلى"). Such a clause
/// tells no actor's event and must not take the previous speaker. (After a deed's verb, a noun without the
/// article is its object: "وشنت غارات".)
pub(super) fn happening_subject(view: &View, clause: &Clause, v: usize, verb: &Predicate) -> bool {
    let noun = |k: usize| view.lexicon.bare_noun(view.word(k));
    let happens = |r: &NounRole| matches!(r, NounRole::Happening | NounRole::DeedNoun);
    let fronted = clause
        .first_word(view)
        .filter(|&k| k < v && v - k <= 3)
        .is_some_and(|k| {
            let (roles, definite) = noun(k);
            definite && roles.iter().any(happens)
        });
    // Right before a verb with no conjunction, a happening without the article is what the verb describes
    // ("فيما خيم هدوء حذر على المدينة": "حذر" is "cautious" there, not "warned"; "اشتباكات اندلعت").
    let described = v > 0
        && view.toks[v - 1].kind == crate::text::TokenKind::Word
        && super::lexicon::strip_conjunction(view.word(v)).is_none()
        && {
            let (roles, definite) = noun(v - 1);
            !definite && roles.contains(&NounRole::Happening)
        };
    // A deed's noun after a verb of speech is mostly its object ("وأدانت الهجوم", "دعت العمليات المشتركة").
    let after = verb.says(view)
        && first_word_after(view, v, verb.content).is_some_and(|k| noun(k).0.contains(&NounRole::Happening));
    fronted || described || after
}

/// Whether the definite noun at `k`, right after the verb at `v`, disagrees with it in gender by its form, so
/// that it is the verb's object and the subject is unwritten ("، ومنعت التجول", "، واعتقلت السكان", "، وأغلق
/// المنطقة"). A feminine noun ends in "ة" or "ات"; nouns feminine by nature ("الحرب") and broken plurals of
/// things look masculine, so the rule is asked only of a verb joined after a comma to the clause before.
pub(crate) fn disagrees(view: &View, v: usize, k: usize) -> bool {
    let feminine = super::lexicon::feminine_form(view.word(k));
    match view.verb_at(v).map(|h| h.agreement) {
        Some(Agreement::Feminine) => !feminine,
        Some(Agreement::Masculine) => feminine,
        _ => false,
    }
}

/// How many words back from a relative pronoun the noun phrase it is about may start.
const ANTECEDENT_WORDS: usize = 6;

/// The actor a noun phrase that ends right before `end` names ("وحدات حماية الشعب"، "حركة X"), read from the
/// earliest word within a few before it whose phrase ends exactly there.
pub(super) fn antecedent(view: &View, end: usize) -> Option<Referent> {
    let first = end.saturating_sub(ANTECEDENT_WORDS);
    let first = (first..end)
        .rev()
        .take_while(|&k| view.toks[k].kind != crate::text::TokenKind::Punct)
        .last()?;
    (first..end).find_map(|k| {
        // "بين الأهالي والجيش X الذي": the name after its conjunction.
        let conjoined = view
            .name_starting(k)
            .filter(|&n| view.names[n].conjoined && view.names[n].tokens.1 == end);
        if let Some(n) = conjoined {
            return Some(phrase::name_after(view, k, n).0);
        }
        phrase::actor_at(view, k, end)
            .filter(|&(_, e)| e == end)
            .map(|(r, _)| r)
    })
}

/// "وتبنت الهجوم حركة X", "وتبنى العملية تنظيم Y": a definite noun right after the verb that disagrees with it
/// is its object, written before the subject; a name right after it (past one adjective) is the subject.
pub(super) fn fronted_object(view: &View, v: usize, k: usize, limit: usize) -> Option<(Referent, usize)> {
    // Past the end of the clause (or of a text cut there), nothing is read.
    let unnamed = |j: usize| j < limit && view.name_at.get(j).is_some_and(|n| n.is_none());
    if k != v + 1 || !unnamed(k) || !super::chunk::is_definite(view.word(k)) || !disagrees(view, v, k) {
        return None;
    }
    // An adjective of the object agrees with it, so it disagrees with the verb too ("الهجوم الانتحاري").
    let adjective = |j: usize| unnamed(j) && super::chunk::is_definite(view.word(j)) && disagrees(view, v, j);
    let j = if view.name_starting(k + 1).is_none() && adjective(k + 1) {
        k + 2
    } else {
        k + 1
    };
    let n = (j < limit)
        .then(|| view.name_starting(j))
        .flatten()
        .filter(|&n| !view.names[n].clitic)?;
    Some(phrase::body_unlike_name(view, j, n, limit).unwrap_or_else(|| phrase::name(view, n)))
}

/// Whether `word` is the accusative or genitive of a sound masculine plural speaker head ("مسؤولين" of
/// "مسؤولون"), which is no subject.
pub(super) fn accusative_plural(view: &View, word: &str) -> bool {
    let word = super::lexicon::strip_conjunction(word).unwrap_or(word);
    word.strip_suffix("ين").is_some_and(|stem| {
        view.lexicon
            .has(&format!("{stem}ون"), |r| matches!(r, NounRole::SpeakerHead(_)))
    })
}

/// A body named by a head no list knows, right after a verb of speech that agrees with it, in construct with a
/// definite noun and tied to a country ("أعلنت خدمات الإسعاف الأردنية، وفاة", "وذكرت هيئة البث العامة التابعة
/// للحكومة اليابانية أن"): a body the catalog does not know, not the previous speaker carried over. The phrase must
/// run to the content or a comma, so that an object after a verb with no written subject ("وأكد ضرورة الحوار
/// الوطني الليبي") stays one.
pub(super) fn body_no_list_knows(view: &View, k: usize, limit: usize, gender: Gender) -> Option<(Referent, usize)> {
    let np = super::chunk::chunk(view, k, limit);
    let feminine = super::lexicon::feminine_form(view.word(k));
    let closed = np.body_end == limit || view.is_punct(np.body_end, ',');
    let tied = np.country.is_some() || np.attached_country.is_some();
    let construct = super::chunk::is_definite(view.word(k + 1)) && np.core_end > k + 2;
    (feminine == (gender == Gender::Feminine) && closed && tied && construct)
        .then(|| super::speaker::adhoc(view, k, limit, gender))
}
