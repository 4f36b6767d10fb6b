//! Clauses that tell the background of the news rather than news of their own: what the news "comes after"
//! ("ويأتي ذلك بعد"), a deed told only by its verbal noun, and a clause opened as the time before the news
//! ("وسبق أن"، "ومنذ ذلك الحين"). With no date of their own they are no event.

use super::super::clause::Clause;
use super::super::lexicon::NounRole;
use super::super::verb::Predicate;
use super::super::view::View;

/// Whether the clause opens with a temporal preposition of the vocabulary and "أن" ("بعد أن سيطرت الفصائل على
/// حلب", "قبل أن", "منذ أن") or with "بعدما", or tells what the news comes after ("يأتي ذلك بعدما"): a time
/// clause that tells the background of another.
pub(crate) fn subordinate(view: &View, clause: &Clause) -> bool {
    let Some(first) = clause.first_word(view) else {
        return false;
    };
    let after_time = |k: usize| {
        (view.has(k, |r| r == NounRole::TemporalPreposition) && view.word(k + 1) == "ان") || view.word(k) == "بعدما"
    };
    if after_time(first) {
        return true;
    }
    // "يأتي ذلك بعدما أوردت وسائل إعلام", "وتأتي هذه التحذيرات بعد أن استولت": what the news "comes after".
    let comes = comes_after(view.word(first));
    comes && (first + 1..(first + 5).min(clause.tokens.end)).any(after_time)
}

/// Whether the clause tells, by a verbal noun, what the news of its sentence comes after ("ويأتي هذا التطور بعد
/// تنفيذ الجيش غارات", "جاءت هذه الاشتباكات بعد عودة مجموعة مسلحة"): "يأتي/جاء" with its subject, then a
/// preposition of time or circumstance. Such a deed is the background of the news. A span before it ("بعد
/// ساعات من إعلان X") keeps it news of its own, as does a finite verb ("تمكنت خلاله من"); "وجاء في البيان"
/// (the preposition right after the verb) quotes a statement and is no such frame. So does a statement whose
/// speaker is written right after its verbal noun (`object`: "جاءت التطورات بعد إعلان الرئاسة إحباط هجوم"):
/// what was said is news of its speaker, which the readers counted wherever a speaker was written (9 of 9, in
/// five sets); an undated deed there stays the background of the news.
pub(crate) fn framed(view: &View, clause: &Clause, verb: &Predicate) -> bool {
    let said = verb.hit.object && view.class(verb.hit) == super::super::lexicon::VerbClass::Speech;
    if !verb.hit.masdar || said || (clause.sentence_start..verb.at).any(|k| view.has(k, |r| r == NounRole::Interval)) {
        return false;
    }
    let first = (clause.sentence_start..clause.tokens.end).find(|&k| view.toks[k].kind == crate::text::TokenKind::Word);
    let Some(first) = first else {
        return false;
    };
    let comes = comes_after(view.word(first));
    let circumstance = |k: usize| {
        view.has(k, |r| r == NounRole::TemporalPreposition)
            || matches!(view.word(k), "بعدما" | "في" | "خلال" | "ضمن" | "بينما" | "وسط" | "مع")
    };
    comes && !circumstance(first + 1) && (first + 2..(first + 5).min(clause.tokens.end)).any(circumstance)
}

/// Whether the clause tells a deed only by its verbal noun ("جراء قصف النظام"، "بعد انسحاب الجيش منها"، "ردا على
/// استهداف واشنطن قائد فيلق القدس"): with no date of its own, it is the cause or the background of the news, not
/// news of its own (on the readers' real rounds, 1 of 14 such deeds dated by the publication day or the date
/// before was an event). Three stay news: the doer of a toll told in the passive before it in its sentence
/// ("وأصيب ثلاثة مدنيين بعد اقتحام قوات الاحتلال البلدة"), as readers count a toll whose doer the text names;
/// an attack that heads its clause ("وكان قصف إسرائيلي على البلدة أسفر عن"); and a statement told by its verbal
/// noun with its speaker ("عقب إعلان رئيس المجلس فلانا رئيسا").
pub(crate) fn nominal_deed(view: &View, clause: &Clause, verb: &Predicate) -> bool {
    let toll = |k: usize| {
        view.has(k, |r| r == NounRole::PassiveReading)
            || (view.verb_at(k).is_none() && view.lexicon.passive(view.word(k)).is_some())
    };
    // "أدى القصف الإسرائيلي على منزل إلى مقتل": the attack the clause opens with is its news (`cause`).
    let heads = || super::super::cause::told_attack(view, clause.tokens.clone()).is_some_and(|(i, _)| i == verb.at);
    verb.hit.masdar
        && view.class(verb.hit) != super::super::lexicon::VerbClass::Speech
        && !(clause.sentence_start..verb.at).any(toll)
        && !heads()
}

/// Whether a word is "يأتي/جاء" as the news "comes after" something ("ويأتي ذلك بعد", "جاءت هذه الاشتباكات").
fn comes_after(word: &str) -> bool {
    matches!(
        super::super::lexicon::strip_conjunction(word).unwrap_or(word),
        "ياتي" | "تاتي" | "جاء" | "جاءت"
    )
}

/// Whether the clause opens as the time before the news: "وسبق أن/وسبق لـ" (it had already happened: "وسبق أن
/// شنت القوات حملات"), or, for a deed, "ومنذ" + a time ("ومنذ ذلك الحين، تبادلت روسيا وأوكرانيا"، "ومنذ أيام،
/// شرعت إسرائيل في"): what had happened before, or what has gone on since. On the readers' real rounds, 1 of 10
/// such clauses without a date of their own was an event. A statement or a teller's according phrase there
/// ("ومنذ ذلك الحين حرم مليون فتاة من التعليم، حسبما ذكرت البعثة") is news of its speaker.
pub(crate) fn background_opener(view: &View, clause: &Clause, verb: &Predicate) -> bool {
    let Some(first) = clause.first_word(view) else {
        return false;
    };
    let word = view.word(first);
    let bare = super::super::lexicon::strip_conjunction(word).unwrap_or(word);
    // Inside the clause too: "وكانت الحركة قد سبق لها أن أعلنت", "فصائل عديدة سبق أن توعدت إسرائيل".
    if already_before(view, clause, verb.at) {
        return true;
    }
    match bare {
        "سبق" => {
            let next = view.word(first + 1);
            next == "ان" || (next.starts_with('ل') && next.chars().nth(2).is_some())
        }
        "منذ" => first + 1 < verb.at && !verb.says(view),
        _ => false,
    }
}

/// Whether "سبق (لـ X) أن" stands right before the verb at `v` in its clause ("سبق أن توعدت", "قد سبق لها أن
/// أعلنت", "سبق لحركة الشباب أن استهدفت"): what had already happened before the news.
fn already_before(view: &View, clause: &Clause, v: usize) -> bool {
    if v == 0 || view.word(v - 1) != "ان" {
        return false;
    }
    let from = clause.tokens.start.max(v.saturating_sub(6));
    (from..v - 1).any(|k| {
        let word = view.word(k);
        super::super::lexicon::strip_conjunction(word).unwrap_or(word) == "سبق"
            && (k + 1 == v - 1 || view.word(k + 1).starts_with('ل'))
    })
}
