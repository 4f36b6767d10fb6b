//! The subject written before its verb: a catalog name just before it ("السفارة الروسية طالبت"), or the phrase
//! between an auxiliary and the verb ("وكانت وكالة الأنباء اللبنانية أفادت", "وكان الجيش قد أعلن", "وكان مسلحون
//! مجهولون قد اغتالوا"). The subject stage (`subject`) asks here before it reads after the verb.

use chrono::NaiveDate;

use super::chunk;
use super::clause::Clause;
use super::lexicon::{strip_conjunction, Agreement, NounRole};
use super::memory::{anaphor, Previous};
use super::outlet;
use super::phrase;
use super::referent::Referent;
use super::view::{NameTok, View};
use super::Recognition;
use crate::actors::Gender;
use crate::text::TokenKind;

/// A catalog name just before the verb in its clause ("السفارة الروسية طالبت").
pub(crate) fn before(view: &View, clause: &Clause, v: usize, day: NaiveDate, previous: &Previous) -> Option<Referent> {
    let opener = (clause.tokens.start..v)
        .find(|&j| view.has(j, |r| r == NounRole::Auxiliary))
        .or_else(|| particle(view, clause, v))
        .or_else(|| noted(view, clause, v));
    opener
        .and_then(|k| between(view, k + 1, v, day, previous))
        .or_else(|| name_before(view, clause, v))
        .or_else(|| initial(view, clause, v))
        .or_else(|| initial_anaphor(view, clause, v, day, previous))
        .or_else(|| lede_unknown(view, clause, v, previous))
}

/// A bare definite noun that names again an actor of its kind, opening its sentence right before the verb
/// ("الحزب قال في بيان إن", "الوزارة أكدت"): that actor, as after an auxiliary ("وكان الحزب قد أعلن").
fn initial_anaphor(view: &View, clause: &Clause, v: usize, day: NaiveDate, previous: &Previous) -> Option<Referent> {
    let k = clause
        .first_word(view)
        .filter(|&k| k + 1 == v && k == clause.sentence_start)?;
    if view.verb_at(k).is_some() || view.quoted[k] || strip_conjunction(view.word(k)).is_some() {
        return None;
    }
    bare_anaphor(view, k, day, previous).map(|(found, _)| found)
}

/// How many tokens a lede's subject may take before its verb.
const LEDE_WORDS: usize = 10;

/// A subject no reader names that opens its sentence right before a verb of speech with no conjunction, as a
/// lede does: "المصادر ذاتها أكدت" (the sources spoken of), "فلان الفلاني قال:", "الفلاني قال:" (a person
/// named in full before), "صحيفة X العبرية، قالت:". The phrase runs up to the verb, past a comma, "قد" or a
/// word of sameness ("ذاتها", "نفسه"), and what is said follows the verb at once (a verb with a phrase after it
/// has its subject there).
fn lede_unknown(view: &View, clause: &Clause, v: usize, previous: &Previous) -> Option<Referent> {
    // The clause may start at the verb after a comma ("صحيفة X، قالت:"); the phrase then opens the sentence.
    let k = clause.sentence_start;
    if k >= v || v - k > LEDE_WORDS || !view.is_speech_verb(v) || view.toks[k].kind != TokenKind::Word {
        return None;
    }
    if view.quoted[k] || strip_conjunction(view.word(k)).is_some() || (k..v).any(|j| view.verb_at(j).is_some()) {
        return None;
    }
    // The verb writes no subject after it: what it says comes right after it ("أكدت مقتل"، "قال:").
    let j = view.past_dates_and_commas(v + 1, view.toks.len());
    let said = view.is_punct(j, ':')
        || view.is_punct(j, '"')
        || view.has(j, |r| r == NounRole::Complementizer)
        || (!chunk::is_definite(view.word(j))
            && view.has(j, |r| matches!(r, NounRole::DeedNoun | NounRole::Happening)));
    if !said || (k..v).any(|j| view.spelled_as_finite_verb(j)) {
        return None;
    }
    let gender = view.verb_at(v)?.agreement.gender();
    let (subject, end) = super::memory::named_again(view, k, previous)
        .or_else(|| person_between(view, k, v))
        .or_else(|| {
            super::personal::name_word(view, k)
                .then(|| super::memory::surname_named_before(view, k, gender))
                .flatten()
        })
        .or_else(|| unknown_between(view, k, v))?;
    // A catalog name inside the phrase ("صحيفة X العبرية") is read by the readers of names in the sentence.
    if (k..end).any(|j| view.name_at[j].is_some()) {
        return None;
    }
    let same = |j: usize| matches!(view.word(j), "ذاتها" | "ذاته" | "نفسها" | "نفسه" | "ذاتهم" | "انفسهم");
    let tight = (end..v).all(|j| view.is_punct(j, ',') || view.word(j) == "قد" || same(j));
    tight.then_some(subject)
}

/// A subject that opens its clause right before the verb, as a lede does: "وزارة الصحة تحذر من", "مصادر
/// محلية أكدت أن", "السفارة الأمريكية تدعو رعاياها": a body, an unnamed speaker or a name of the catalog.
fn initial(view: &View, clause: &Clause, v: usize) -> Option<Referent> {
    let k = clause.first_word(view).filter(|&k| k < v)?;
    if view.verb_at(k).is_some() || view.quoted[k] {
        return None;
    }
    // "أ ش أ وصل المئات": a wire's credit heads the dispatch; it is no subject.
    if view
        .name_starting(k)
        .is_some_and(|n| outlet::in_dateline(view, &view.names[n]) || credit_line(view, &view.names[n], v))
    {
        return None;
    }
    let (subject, end) = phrase::actor_at(view, k, v)?;
    let tight = (end..v).all(|j| view.is_punct(j, ',') || view.is_punct(j, '"') || view.word(j) == "قد");
    tight.then_some(subject)
}

/// The particle that opens a clause with its subject before the verb: "، لكن مصادر محلية أكدت أن", "بينما
/// أفاد ناشطون", "إلا أن القوات تقدمت", "بيد أن"، "غير أن" (the verb right after it has its subject after it,
/// read there).
fn particle(view: &View, clause: &Clause, v: usize) -> Option<usize> {
    let first = clause.first_word(view).filter(|&k| k < v)?;
    let word = view.word(first);
    let bare = strip_conjunction(word).unwrap_or(word);
    // "إلا أن القوة تدخلت", "بيد أن الهلال الأحمر أكد", "غير أن الجيش نفى": the subject after "أن".
    if matches!(bare, "الا" | "بيد" | "غير") && view.word(first + 1) == "ان" {
        return (first + 2 < v).then_some(first + 1);
    }
    let opens = matches!(bare, "لكن" | "بينما" | "فيما");
    (opens && first + 1 < v).then_some(first)
}

/// How many words may open a clause before the complementizer of a remark ("وتجدر الإشارة إلى أن").
const REMARK_WORDS: usize = 3;

/// The complementizer that ends a writer's remark opening the clause ("الجدير بالذكر أن الهيئة المحلية
/// أعلنت"، "وتجدر الإشارة إلى أن اللجنة الأهلية قالت"): the subject stands between it and the verb, as after
/// an auxiliary. The remark's head is listed ('remark' in nouns.tsv); its few words hold no verb or name.
fn noted(view: &View, clause: &Clause, v: usize) -> Option<usize> {
    let first = clause.first_word(view).filter(|&k| k < v)?;
    let c = remark_end(view, first, v)?;
    let remark = (first + 1..c).all(|j| view.verb_at(j).is_none() && view.name_at[j].is_none() && !view.quoted[j]);
    (remark && c + 1 < v).then_some(c)
}

/// Whether the clause opens with a writer's remark ("يذكر أن"، "يشار إلى أن"، "وتجدر الإشارة إلى أن") and no
/// name of the catalog stands between it and the verb at `v` ("يذكر أن هجمات متزامنة استهدفت"): the writer
/// tells background in their own voice, so the verb, whose subject is not written, is no one's statement or
/// deed (not the speaker of the sentences before).
pub(crate) fn bare_remark(view: &View, clause: &Clause, v: usize) -> bool {
    let Some(first) = clause.first_word(view).filter(|&k| k < v) else {
        return false;
    };
    remark_end(view, first, v).is_some_and(|c| (c + 1..v).all(|j| view.name_at[j].is_none()))
}

/// The complementizer that ends a writer's remark opening at `first` ("يذكر أن", "وتجدر الإشارة إلى أن"),
/// within [`REMARK_WORDS`] words and before `limit`.
pub(crate) fn remark_end(view: &View, first: usize, limit: usize) -> Option<usize> {
    if !view.has(first, |r| r == NounRole::Remark) {
        return None;
    }
    (first + 1..(first + 1 + REMARK_WORDS).min(limit)).find(|&j| view.has(j, |r| r == NounRole::Complementizer))
}

/// The subject between an auxiliary or a particle and its verb, from `k`: "وكانت وكالة الأنباء اللبنانية
/// أفادت"، "وكان رئيس الوزراء نجيب ميقاتي قد دعا"، "لكن مصادر محلية أكدت".
fn between(view: &View, k: usize, v: usize, day: NaiveDate, previous: &Previous) -> Option<Referent> {
    // "وكان الموفد الفرنسي جان إيف لو دريان قال": a title before a name of the catalog is that person.
    let titled = || {
        view.has(k, |r| matches!(r, NounRole::Title(_)))
            .then(|| phrase::titled_person(view, k, v, Gender::Masculine))
            .flatten()
            .filter(|(r, _)| matches!(r.who, super::referent::Who::Actor(_)))
    };
    let (subject, end) = titled()
        .or_else(|| phrase::actor_at(view, k, v))
        .or_else(|| plural_noun(view, k, v))
        .or_else(|| accusative_head(view, k, v))
        // "وبدوره كان العقيد فلان الفلاني قد أكد": a rank or title with a name is that person, not the latest
        // person of the text.
        .or_else(|| phrase::titled_person(view, k, v, Gender::Masculine))
        .or_else(|| bare_anaphor(view, k, day, previous))
        // "وكانت المقاومة قد استهدفت": the actor whose name holds the word, or the noun as written.
        .or_else(|| {
            let gender = match super::lexicon::feminine_form(view.word(k)) {
                true => Gender::Feminine,
                false => Gender::Masculine,
            };
            super::memory::self_named(view, k, v, gender, || None)
        })
        .or_else(|| surname_between(view, k, v))
        .or_else(|| unknown_between(view, k, v))
        .or_else(|| person_between(view, k, v))?;
    // What stands between the subject's phrase and the verb goes on with the subject ("مصدر أمني في X أفاد"),
    // or is an adverb, a date or "قد": no verb stands there (the verb is the clause's first).
    let gap = (end..v).all(|j| {
        view.is_punct(j, ',')
            || view.is_punct(j, '"')
            || (view.toks[j].kind == TokenKind::Word && !view.has(j, |r| r == NounRole::Complementizer))
            || view.date_covering(j).is_some()
    });
    (gap && v - end <= PLUPERFECT_GAP).then_some(subject)
}

/// A speaker head in the accusative, written with the alif of its tanween after a particle that takes it ("لكن
/// سكانا قالوا", "لكن شهودا أكدوا"): the speakers as the text names them.
fn accusative_head(view: &View, k: usize, v: usize) -> Option<(Referent, usize)> {
    let stem = view.word(k).strip_suffix('ا')?;
    let gender = view.lexicon.noun(stem).iter().find_map(|&r| match r {
        NounRole::SpeakerHead(g) => Some(g),
        _ => None,
    })?;
    Some(phrase::adhoc(view, k, v, gender))
}

/// A person named again by one word of their name, alone between an auxiliary and its singular verb ("وكان
/// كنعاني قال" after "ناصر كنعاني", a surname that reads as an adjective too).
fn surname_between(view: &View, k: usize, v: usize) -> Option<(Referent, usize)> {
    let next = if view.word(k + 1) == "قد" { k + 2 } else { k + 1 };
    let agreement = view.verb_at(v)?.agreement;
    let word = view.word(k);
    // Three letters or more ("قد" is none), without the article.
    let surname = word.chars().nth(2).is_some() && !chunk::is_definite(word);
    if next != v || !surname || agreement == Agreement::Plural || !super::personal::name_word(view, k) {
        return None;
    }
    super::memory::surname_named_before(view, k, agreement.gender())
}

/// How many tokens may stand between the subject read after an auxiliary and its verb: a person's offices in
/// apposition ("وكان الفريق X عضو مجلس السيادة نائب القائد العام للقوات المسلحة قد أكد").
const PLUPERFECT_GAP: usize = 10;

/// A noun phrase no reader names, between an auxiliary and its verb ("وكانت المقاومة قد استهدفت", "وكانت قوة
/// تابعة للجيش تمكنت"): a definite noun or a head of the vocabulary, as an actor the catalog does not know.
fn unknown_between(view: &View, k: usize, v: usize) -> Option<(Referent, usize)> {
    let word = view.word(k);
    let head = view.has(k, |r| matches!(r, NounRole::Institution(..) | NounRole::SpeakerHead(_)));
    // Not a report or a deed ("وكانت الحصيلة السابقة تشير", "وكان القصف قد طال").
    let report = view
        .lexicon
        .bare_noun(word)
        .0
        .iter()
        .any(|&r| matches!(r, NounRole::StatementNoun | NounRole::DeedNoun | NounRole::Document));
    let noun = chunk::is_definite(word) && view.roles(k).is_empty() && view.lexicon.nisba(word).is_none() && !report;
    if k >= v || view.date_covering(k).is_some() || view.quoted[k] || !(head || noun) {
        return None;
    }
    Some(phrase::adhoc(view, k, v, Gender::Masculine))
}

/// A personal name of two words or more the catalog does not know, right after an auxiliary whose verb is
/// a singular verb of speech ("وكان فلان الفلاني قد أعلن", "وكان فلان الفلاني، وهو مسؤول محلي، أعلن"): that
/// person. Before a deed the words may be a noun phrase ("وكانت أشد الهجمات قد وقعت").
fn person_between(view: &View, k: usize, v: usize) -> Option<(Referent, usize)> {
    let agreement = view.verb_at(v)?.agreement;
    if agreement == Agreement::Plural || !view.is_speech_verb(v) || view.asks_anonymity(k) {
        return None;
    }
    let name = chunk::person_after(view, k, v).filter(|p| p.start == k && p.len() >= 2)?;
    let text = view.original(name.clone()).trim().to_string();
    let referent = Referent::unknown_person(text, agreement.gender(), None, None, name.clone());
    Some((referent, name.end))
}

/// A bare definite noun that stands for the latest actor of its kind ("وكان الجيش قد أعلن" after "الجيش
/// الإسرائيلي"), between an auxiliary and its verb.
fn bare_anaphor(view: &View, k: usize, day: NaiveDate, previous: &Previous) -> Option<(Referent, usize)> {
    let word = view.word(k);
    if !word.contains("ال") || view.word(k + 1) == "باسم" {
        return None;
    }
    let kind = view.roles(k).iter().find_map(|&r| match r {
        NounRole::Anaphor(kind, _) => Some(kind),
        _ => None,
    })?;
    let found = anaphor(view, k, kind, day, Some(previous))?;
    Some((found.as_(Recognition::Anaphor, Some(k..k + 1)), k + 1))
}

/// An indefinite sound masculine plural that no list knows, with its plural adjectives, as a subject between
/// an auxiliary and its verb ("وكان إرهابيون قد هاجموا", "وكان مسلحون مجهولون قد اغتالوا"): a group the
/// catalog does not know.
///
/// After a speech verb the same plural, with or without the article, is its subject: "قال انفصاليون إن",
/// "وأضاف الانفصاليون الموالون للحكومة" (the nominative "ون" is no object).
pub(crate) fn plural_noun(view: &View, k: usize, limit: usize) -> Option<(Referent, usize)> {
    let plural = |j: usize| {
        let w = view.word(j);
        let bare = w.strip_prefix("ال").unwrap_or(w);
        // "للتلفزيون": a loanword in "ون" behind a preposition is no group of people.
        w.ends_with("ون")
            && bare.chars().count() >= 5
            && !bare.starts_with('ي')
            && chunk::name_word(view, j)
            && !chunk::on_proclitic(view, j)
    };
    if k >= limit || !plural(k) {
        return None;
    }
    let mut end = (k + 1..limit).find(|&j| !plural(j)).unwrap_or(limit);
    // "الانفصاليون الموالون للحكومة": the tie and the body after "ل" name the group too.
    if view.has(end, |r| r == NounRole::Tie) {
        let alone = end + usize::from(chunk::is_definite(view.word(end)));
        end = chunk::tie(view, end, limit).map_or(alone, |tied| tied.end);
    }
    Some((
        Referent::unknown_group(view.original(k..end).trim().to_string(), k..end),
        end,
    ))
}

/// Whether a deed or a happening with the article opens the clause as the subject of its verb at `v`, with at
/// most two definite adjectives and "قد" between ("الحملة استهدفت مسلحين", "والعملية العسكرية قد طالت
/// قرى"): the deed is the subject, nobody the text names, so the phrase after the verb is its object and never
/// the source. A country's adjective names the doer ("القصف الإسرائيلي استهدف"): not such a subject.
pub(crate) fn fronted_deed(view: &View, clause: &Clause, v: usize) -> bool {
    let Some(k) = clause.first_word(view).filter(|&k| k < v && v - k <= 3) else {
        return false;
    };
    let (roles, definite) = view.lexicon.bare_noun(view.word(k));
    if !definite
        || !roles
            .iter()
            .any(|&r| matches!(r, NounRole::DeedNoun | NounRole::Happening))
    {
        return false;
    }
    (k..v).all(|j| view.name_of(j).is_none() && !view.quoted[j])
        && (k + 1..v).all(|j| {
            let w = view.word(j);
            w == "قد" || (chunk::is_definite(w) && view.roles(j).is_empty() && view.lexicon.nisba(w).is_none())
        })
}

/// A catalog name just before the verb.
fn name_before(view: &View, clause: &Clause, v: usize) -> Option<Referent> {
    // A clause opened by an adverbial of side ("حركة X من جهتها أكدت", '"حزب الله" من جهته أعلن') starts
    // after its subject, a name that opens the sentence.
    let first_word = (clause.sentence_start..clause.tokens.start).find(|&k| view.toks[k].kind != TokenKind::Punct);
    let side_opened = matches!(view.phrase_at(clause.tokens.start), Some((_, NounRole::ClauseOpener)));
    let opens_sentence = |n: usize| side_opened && Some(view.names[n].tokens.0) == first_word;
    // Names are in text order: the last one ending before the verb is the only candidate.
    let last = |end: usize| {
        view.names
            .partition_point(|n| n.tokens.1 <= end)
            .checked_sub(1)
            .filter(|&n| view.names[n].tokens.0 >= clause.tokens.start || opens_sentence(n))
    };
    let mut n = last(v)?;
    let mut v = v;
    // "قوات X، بقيادة القائد Y، تمكنت": the group before its leader.
    if let Some(j) = leader_word(view, view.names[n].tokens.0) {
        let close = (view.names[n].tokens.1..v).all(|k| view.is_punct(k, ','));
        v = if view.is_punct(j - 1, ',') { j - 1 } else { j };
        n = last(v).filter(|_| close)?;
    }
    // "قصف مدفعي لقوات النظام استهدف ...": the "ل" of a deed's agent, not of an object.
    let name = &view.names[n];
    let agent = name.clitic
        && view.word(name.tokens.0).starts_with('ل')
        && (name.tokens.0.saturating_sub(2)..name.tokens.0).any(|j| view.has(j, |r| r == NounRole::DeedNoun));
    if (!agent && object_position(view, name)) || outlet::in_dateline(view, name) || credit_line(view, name, v) {
        return None;
    }
    let between = view.names[n].tokens.1..v;
    // The adverbial of side the clause opens with ("من جهتها", "من جانبه"), after a name that opens the sentence.
    let side = match view.phrase_at(clause.tokens.start) {
        Some((len, NounRole::ClauseOpener)) if opens_sentence(n) => clause.tokens.start..clause.tokens.start + len,
        _ => 0..0,
    };
    let close = between.clone().all(|j| {
        view.is_punct(j, ',')
            || view.is_punct(j, '"')
            || side.contains(&j)
            || view.has(j, |r| matches!(r, NounRole::SubjectSkip | NounRole::Auxiliary))
    });
    // Two words at most, past a closing quotation mark ('"حزب الله" من جهته أعلن').
    let words = between.filter(|&j| !view.is_punct(j, '"')).count();
    (close && words <= 2).then(|| phrase::name(view, n).0)
}

/// Whether an outlet's name opens its line right before a verb whose own subject follows it ("المركز الفلسطيني
/// للإعلام هدمت قوات الاحتلال منزلين"): the credit of the page, glued to the lead without a mark, not the
/// subject. An outlet that speaks ("وكالة X قالت إن") keeps its verb.
fn credit_line(view: &View, name: &NameTok, v: usize) -> bool {
    let first = name.tokens.0;
    let opens = first == 0 || view.line_break_before(first);
    let next = view.word(v + 1);
    opens
        && name.tokens.1 == v
        && outlet::is_outlet(view, name)
        && (super::chunk::is_definite(next) || view.name_starting(v + 1).is_some())
        && !view.has(v + 1, |r| r == NounRole::Complementizer)
}

/// Whether a name is the object of a preposition ("في سوريا", "شمال شرقي سوريا", "بدمشق", "وفي دمشق") or
/// a relay's outlet ("بحسب ما نقلت وكالة X").
pub(crate) fn object_position(view: &View, n: &NameTok) -> bool {
    let first = n.tokens.0;
    let word = view.word(first);
    // The name read behind a proclitic ("بدمشق", "لروسيا"); a name that begins with the letter ("بوتين",
    // "لافروف", "كييف") is no object for that.
    (n.clitic && matches!(word.chars().next(), Some('ب' | 'ل' | 'ك')) && !word.starts_with("ال"))
        || (first > 0 && view.has(first - 1, |r| r == NounRole::Preposition))
        || (first.saturating_sub(3)..first).any(|j| view.has(j, |r| r == NounRole::Via))
        || leader_word(view, first).is_some()
}

/// The "بقيادة" that names the person at `first` the leader of a group named before it, over a title between
/// them ("قوات X، بقيادة القائد المنشق Y"): the group acts, the leader only describes it.
fn leader_word(view: &View, first: usize) -> Option<usize> {
    (first.saturating_sub(4)..first)
        .rev()
        .find(|&j| view.has(j, |r| r == NounRole::LedBy))
        .filter(|&j| j > 0 && (j + 1..first).all(|k| !view.word(k).is_empty() && view.finite_verb_at(k).is_none()))
}

#[cfg(test)]
mod tests {
    use super::{object_position, plural_noun};
    use crate::events::view::tests::{at, view};

    #[test]
    fn a_plural_of_people_but_no_loanword_behind_a_preposition() {
        let v = view("وقال متطوعون إن الطريق مغلق");
        let k = at(&v, "متطوعون");
        assert_eq!(plural_noun(&v, k, v.toks.len()).map(|(_, end)| end), Some(k + 1));
        let v = view("وأعلن للتلفزيون أن الطريق مغلق");
        assert!(plural_noun(&v, at(&v, "للتلفزيون"), v.toks.len()).is_none());
    }

    #[test]
    fn a_speaker_head_in_the_accusative_after_but_is_the_subject() {
        use crate::events::subject::tests::subjects;
        let got = subjects("وقال شاهد إن قوات الأمن أطلقت النار. لكن سكانا قالوا إن المتظاهرين كانوا سلميين.");
        assert_eq!(got[1].as_deref(), Some("adhoc:سكانا"), "{got:?}");
    }

    #[test]
    fn a_surname_alone_before_the_verb_of_a_pluperfect_is_the_person_named_before() {
        use crate::events::subject::tests::subjects;
        let got = subjects(
            "قال المتحدث سامر حلبي إن الطريق مغلق. وقال الوزير ماهر الكنعاني إن المعبر مفتوح. وكان حلبي قال إن \
             القصف توقف.",
        );
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got[2].as_deref().is_some_and(|s| s.contains("سامر")), "{got:?}");
    }

    #[test]
    fn the_subject_after_a_writer_s_remark_stands_before_its_verb() {
        use crate::events::subject::tests::subjects;
        let said = "قال المتحدث إن الطريق مغلق. ";
        let got = subjects(&format!(
            "{said}الجدير بالذكر أن السلطات في البلدة علقت الدراسة في المدارس أمس."
        ));
        assert_eq!(got[1].as_deref(), Some("adhoc:السلطات في البلده"));
        let got = subjects(&format!(
            "{said}وتجدر الإشارة إلى أن المكتب الإعلامي للبلدية قال إن السوق مغلق."
        ));
        assert_eq!(got[1].as_deref(), Some("adhoc:المكتب الاعلامي للبلديه"));
    }

    #[test]
    fn a_fronted_deed_is_the_subject_and_its_object_no_source() {
        use crate::events::subject::tests::subjects;
        let said = "قال المتحدث باسم الشرطة إن الطريق مغلق. ";
        let got = subjects(&format!("{said}الحملة استهدفت عناصر يعتقد أنهم مهربون قرب الحدود."));
        assert!(
            got.iter().all(|s| !s.as_deref().unwrap_or("").contains("عناصر")),
            "{got:?}"
        );
    }

    #[test]
    fn names_after_prepositions_are_not_subjects() {
        let v = view("وفي دمشق قال");
        assert!(object_position(&v, &v.names[0]));
    }

    #[test]
    fn a_leader_after_bi_qiyadat_is_not_a_subject() {
        let v = view("هجوم شنته قوات درع السودان، بقيادة القائد المنشق أبو عاقلة كيكل، تمكنت خلاله");
        let leader = v
            .names
            .iter()
            .find(|n| v.word(n.tokens.0) == "ابو")
            .expect("the leader is a catalog name");
        assert!(object_position(&v, leader));
        let group = v
            .names
            .iter()
            .find(|n| v.word(n.tokens.0) == "قوات")
            .expect("the group is a catalog name");
        assert!(!object_position(&v, group));
    }
}
