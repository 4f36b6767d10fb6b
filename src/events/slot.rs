//! The subject slot of a statement: what stands between the verb and the content it introduces.
//!
//! A statement's verb is followed by its subject, then by its content ("وقال X إن ..."). When the phrase
//! readers name nobody in that slot but a noun phrase fills it up to the content, the sentence names its own
//! speaker: "وقال نقيب في شرطة المدينة إن"، "وقال فلان الفلاني لوكالة X إن"، "وقالت التنسيقية إن". Falling back
//! to the previous speaker there gives the statement to the wrong actor; the phrase is read instead, as a
//! speaker the catalog does not know, or as an actor the text named before by a word of its name. When the
//! slot is empty, or holds only the object of a preposition or a dative ("وأضاف أن", "وأكد للصحفيين أن"), the
//! subject is implicit (see [`super::candidate`]). A statement with no complementizer has its object where the
//! content would be: a body's phrase with its adjective or tie before that object ("وأعلن المكتب الإعلامي
//! مقتل", "وأعربت الهيئة عن") is its speaker too.

use chrono::NaiveDate;

use super::chunk;
use super::lexicon::NounRole;
use super::memory::{anaphor, Previous};
use super::phrase;
use super::referent::{Referent, Who};
use super::verb::Predicate;
use super::view::View;
use super::Recognition;
use crate::actors::{ActorKind, Gender};
use crate::text::fold_str;

/// How far back, in tokens, a word of an earlier name is looked for ("وقالت التنسيقية" after "تنسيقية لجان
/// المقاومة في المدينة"): about one long article.
const NAMED_REACH: usize = 4_000;

/// How many words may stand between a written subject and the content ("في منشور على وسائل التواصل
/// الاجتماعي"، "لوكالة الأنباء الرسمية من مدينة X").
const PHRASE_AFTER: usize = 8;

/// The speaker a statement writes between its verb and its content that no phrase reader named: a title or
/// speaker head and its phrase, a personal name, or a definite word that an earlier name of the text carries.
/// `None` when the slot is empty, holds a preposition's object or a dative only, or what fills it does not
/// run up to the content (then it is the verb's object: "ودعا السكان إلى الملاجئ").
pub(crate) fn unread_speaker(
    view: &View,
    verb: &Predicate,
    day: NaiveDate,
    previous: &Previous,
) -> Option<(Referent, usize)> {
    let content = verb.content;
    if !verb.says(view) {
        return None;
    }
    let k = slot_start(view, verb.at + 1, content)?;
    // "وحذر الإسرائيليين من أن": a plural in the oblique case right after the verb is its object; a subject
    // would stand in the nominative ("الإسرائيليون").
    let word = view.word(k);
    if chunk::is_definite(word) && word.ends_with("ين") && view.name_at[k].is_none() && view.place_at[k].is_none() {
        return None;
    }
    let gender = verb.hit.agreement.gender();
    // "ونددت حكومات غربية وعربية بـ"، "أكدت مواقع سورية توقف": an indefinite noun with a country's adjective
    // after a statement's verb is its subject, whatever follows it.
    if let Some(found) = described(view, k, content, gender) {
        return Some(found);
    }
    if !opens_content(view, content) {
        return before_object(view, k, content, gender);
    }
    // "وأشار ذات المسؤول"، "وقال نفس المصدر": the same speaker as before.
    if matches!(view.word(k), "ذات" | "نفس") {
        let same = previous.subject.as_ref()?;
        let end = (k + 2).min(content);
        return Some((same.as_(Recognition::Anaphor, Some(k..end)), end));
    }
    let (found, end) = phrase::head_said_before(view, k, content)
        .or_else(|| person_phrase(view, k, content, gender, day, previous))
        .or_else(|| personal_name(view, k, content, gender))
        .or_else(|| named_by_word(view, k, previous))
        .or_else(|| surname_of_named(view, k, gender))
        .or_else(|| bare_definite(view, k, content, gender, day, previous))?;
    let (found, end) = apposed(view, (found, end), k, content, gender);
    let person = matches!(&found.who, Who::AdHoc(a) if a.kind == ActorKind::Person);
    reaches(view, end, content, person).then_some((found, end))
}

/// A personal name in quotation marks or between commas right after the phrase read ('المعارض الإيراني "فلان
/// الفلاني"', "مسؤول في البلدية، فلان الفلاني،"): the person is the speaker, the phrase their role.
fn apposed(
    view: &View,
    (found, end): (Referent, usize),
    k: usize,
    content: usize,
    gender: Gender,
) -> (Referent, usize) {
    let quoted = view.is_punct(end, '"');
    let comma = view.is_punct(end, ',');
    let name = (quoted || comma)
        .then(|| chunk::person_after(view, end, content))
        .flatten()
        .filter(|p| p.len() >= 2 && p.start == end + 1);
    // Only after a descriptor: a definite word or a title ("المعارض الإيراني", "مسؤول").
    let descriptor = chunk::is_definite(view.word(k))
        || view.has(k, |r| {
            matches!(r, NounRole::Title(_) | NounRole::Rank | NounRole::SpeakerHead(_))
        });
    let Some(name) = name.filter(|_| descriptor) else {
        return (found, end);
    };
    let close = name.end + usize::from(quoted && view.is_punct(name.end, '"'));
    let closed = close >= content || view.is_punct(close, ',') || quoted;
    if !closed || matches!(found.who, Who::Actor(_) | Who::Role(_)) {
        return (found, end);
    }
    let referent = Referent::unknown_person(
        view.original(name.clone()).trim().to_string(),
        gender,
        None,
        Some(view.original(k..end).trim().into()),
        k..close,
    );
    (referent, close)
}

/// An indefinite noun the vocabulary does not know followed by a country's adjective ("مواقع سورية", "حكومات
/// غربية"), or by one noun in construct and the adjective ("منصات إعلام تركية"): a speaker the catalog does not
/// know, named by the phrase.
fn described(view: &View, k: usize, limit: usize, gender: Gender) -> Option<(Referent, usize)> {
    let word = view.word(k);
    // "وكالات أنباء روسية": the adjective may follow one indefinite noun in construct.
    let nisba = |j: usize| j < limit && view.lexicon.nisba(view.word(j)).is_some();
    // The noun in construct may be a head of the vocabulary ("وكالات أنباء"), not a member's ("مقتل جنود").
    let genitive = |j: usize| {
        let w = view.word(j);
        j < limit
            && !chunk::is_definite(w)
            && !w.starts_with(['و', 'ف', 'ب', 'ل', 'ك'])
            && view.name_at[j].is_none()
            && view.place_at[j].is_none()
            && view.verb_at(j).is_none()
            && view
                .roles(j)
                .iter()
                .all(|r| matches!(r, NounRole::SpeakerHead(_) | NounRole::Institution(..)))
    };
    let construct = || genitive(k + 1) && nisba(k + 2);
    // A "و" that is no conjunction ("وكالات") leaves a word the vocabulary does not know behind it.
    let radical = || {
        word.strip_prefix('و')
            .is_some_and(|rest| view.lexicon.noun(rest).is_empty())
    };
    let noun = !chunk::is_definite(word) && chunk::name_word(view, k) && {
        let plain = !word.starts_with(['و', 'ف', 'ب', 'ل', 'ك']);
        (plain && nisba(k + 1)) || ((plain || radical()) && construct())
    };
    noun.then(|| phrase::adhoc(view, k, limit, gender))
}

/// A body's phrase no list knows in the subject slot of a statement without a complementizer, with the verb's
/// object right after it ("وأعلن المكتب الإعلامي، مقتل ثلاثة"، "وأكد الذراع العسكري لحركة X في بيان له مقتل
/// قائد"، "وأعربت الهيئة الوطنية عن قلقها"): the speaker, not the previous one carried over. The head has the
/// article, agrees with the verb by its form and has an adjective or a tie after it, or "عن"/"إلى" right after
/// it; a bare noun before anything else is as often the verb's object ("وأعلن الحداد"). After the phrase
/// (past commas, dates, the body it is part of and "في بيان له") stands what is said: a quotation,
/// "عن"/"إلى", a word behind "ب", or a word without the article that is no name, place, date, verb or
/// preposition (a verbal noun: "مقتل"، "سيطرتها"). An object followed by where or when ("وأعلن الحداد الرسمي
/// في البلاد") is left alone.
fn before_object(view: &View, k: usize, limit: usize, gender: Gender) -> Option<(Referent, usize)> {
    let word = view.word(k);
    let body_noun = view.roles(k).iter().all(
        |r| matches!(r, NounRole::Institution(kind, _) | NounRole::Anaphor(kind, _) if *kind != ActorKind::Person),
    );
    let head = chunk::is_definite(word)
        && body_noun
        && view.name_at[k].is_none()
        && view.place_at[k].is_none()
        && view.verb_at(k).is_none()
        && view.lexicon.nisba(word).is_none()
        && !super::personal::definite_verbal_noun(word)
        && super::lexicon::feminine_form(word) == (gender == Gender::Feminine);
    if !head {
        return None;
    }
    // "وأعربت الهيئة عن", "وأشارت اللجنة إلى": a verb of speech reaches what it says through "عن" or "إلى", so
    // a bare noun right before either is its subject.
    let np = chunk::chunk(view, k, limit);
    let through = matches!(view.word(k + 1), "عن" | "الي");
    if np.core_end <= k + 1 && np.tied.is_none() && !through {
        return None;
    }
    let (found, end) = phrase::adhoc(view, k, limit, gender);
    let j = slot_start_or_said(view, end, limit)?;
    let w = view.word(j);
    let said = view.is_punct(j, '"')
        || matches!(w, "عن" | "الي")
        || (w.starts_with('ب') && chunk::on_proclitic(view, j))
        || (!w.is_empty()
            && !chunk::is_definite(w)
            && !chunk::on_proclitic(view, j)
            && view
                .roles(j)
                .iter()
                .all(|r| matches!(r, NounRole::DeedNoun | NounRole::Happening))
            && view.name_at[j].is_none()
            && view.place_at[j].is_none()
            && view.verb_at(j).is_none()
            && !w.starts_with(|c: char| c.is_ascii_digit()));
    said.then_some((found, end))
}

/// The first word after a subject's phrase at `from`: past commas, dates, the body it belongs to behind "ل"
/// and a setting of the statement ("في بيان له"، "خلال مؤتمر صحفي").
fn slot_start_or_said(view: &View, from: usize, limit: usize) -> Option<usize> {
    let mut k = from;
    loop {
        k = view.past_dates_and_commas(k, limit);
        if k >= limit {
            return None;
        }
        // "الجناح العسكري لحركة X": the body the phrase is a part of, behind "ل".
        if let Some(n) = view
            .name_starting(k)
            .filter(|&n| view.names[n].clitic && view.word(k).starts_with('ل'))
        {
            k = view.names[n].tokens.1;
            continue;
        }
        // "في" or "خلال" only before a setting word ("في بيان"), not before a place ("في البلاد").
        let skip = |j: usize| view.has(j, |r| r == NounRole::SubjectSkip);
        let preposition = view.has(k, |r| r == NounRole::Preposition);
        if !skip(k) || (preposition && !skip(k + 1)) {
            return Some(k);
        }
        k += 1;
    }
}

/// Whether the content of a statement opens at `k` with a complementizer, a colon or a quotation.
fn opens_content(view: &View, k: usize) -> bool {
    k < view.toks.len()
        && (view.has(k, |r| r == NounRole::Complementizer) || view.is_punct(k, ':') || view.is_punct(k, '"'))
}

/// The first word of the subject slot after the verb: past dates, commas and the words that may stand between
/// a verb and its subject ("فيه", "في بيان"). `None` when the content or a preposition comes first.
fn slot_start(view: &View, from: usize, content: usize) -> Option<usize> {
    let mut k = from;
    loop {
        k = view.past_dates_and_commas(k, content);
        if k >= content {
            break;
        }
        if view.has(k, |r| r == NounRole::SubjectSkip) {
            // "في بيان", "في إحاطتها الأسبوعية": the object of such a preposition, with its phrase, is no
            // subject either.
            let preposition = view.has(k, |r| r == NounRole::Preposition);
            k += 1;
            if preposition && k < content && view.date_covering(k).is_none() {
                k = chunk::chunk(view, k, content).end().max(k + 1);
            }
            continue;
        }
        let word = view.word(k);
        if word.is_empty()
            || chunk::on_proclitic(view, k)
            || view.has(k, |r| r == NounRole::Preposition)
            || view.quoted[k]
        {
            return None;
        }
        return Some(k);
    }
    None
}

/// Whether the words from `end` to the content are only what may follow a subject: commas, dates, a dative
/// ("لوكالة X", "للصحفيين"), or a phrase opened by a preposition ("في منشور على حسابه"، "من مدينة X") of a few
/// words. Anything else after the phrase (a second noun) makes it the verb's object, not its subject.
fn reaches(view: &View, end: usize, content: usize, person: bool) -> bool {
    let mut k = end;
    let mut words = 0;
    let mut opened = false;
    while k < content {
        if let Some(d) = view.date_covering(k) {
            k = view.dates[d].tokens.end;
            continue;
        }
        if view.is_punct(k, ',') || view.is_punct(k, '"') || view.is_punct(k, '-') {
            k += 1;
            continue;
        }
        // An outlet's other name in brackets ("بحسب وكالة الأنباء العراقية (واع):") counts as none of the words.
        let past = view.past_bracketed_name(k, content);
        if past > k {
            k = past;
            continue;
        }
        let opener = view.has(k, |r| {
            matches!(
                r,
                NounRole::SubjectSkip
                    | NounRole::Preposition
                    | NounRole::According
                    | NounRole::SayingParticiple
                    // "وأكد باراك، عقب لقائه الرئيس، أن": when it was said.
                    | NounRole::TemporalPreposition
            )
        }) || chunk::on_proclitic(view, k)
            || (person && describes(view, k));
        if !opened && !opener {
            return false;
        }
        opened = true;
        words += 1;
        // A dative's outlet or a phrase of where and how it was said runs a few words.
        if words > PHRASE_AFTER {
            return false;
        }
        k += 1;
    }
    true
}

/// Whether the word at `k` opens what a person named without a comma is ("وقال فلان الفلاني صاحب منزل مهدم"،
/// "أحد سكان الحي"، "وهو مسؤول في البلدية"): an indefinite title or speaker head, or a word of description.
fn describes(view: &View, k: usize) -> bool {
    let word = view.word(k);
    super::personal::describes_person(view, k)
        || view.has(k, |r| r == NounRole::Description)
        || (!chunk::is_definite(word) && view.has(k, |r| matches!(r, NounRole::Title(_) | NounRole::SpeakerHead(_))))
}

/// A person named by a title, a rank or a speaker head at `k` with no name the catalog knows: the phrase
/// ("مستشار لوزارة الداخلية", "نقيب في شرطة المدينة", "المتحدث باسم البعثة").
fn person_phrase(
    view: &View,
    k: usize,
    limit: usize,
    gender: Gender,
    day: NaiveDate,
    previous: &Previous,
) -> Option<(Referent, usize)> {
    let title = view.has(k, |r| {
        matches!(r, NounRole::Title(_) | NounRole::Rank | NounRole::SpeakerHead(_))
    });
    if !title {
        return None;
    }
    let np = chunk::chunk(view, k, limit);
    let end = np.end().max(k + 1);
    // A bare definite title ("وقال المرشد", "وأضاف الوزير") names again the person it was said of.
    if chunk::is_definite(view.word(k)) && end == k + 1 {
        let found = anaphor(view, k, ActorKind::Person, day, Some(previous))?;
        return Some((found.as_(Recognition::Anaphor, Some(k..end)), end));
    }
    if let Some(found) = phrase::apposed_unknown(view, k, limit, gender) {
        return Some(found);
    }
    let text = view.original(k..end).trim().to_string();
    let country = np.country.clone().or_else(|| np.attached_country.clone());
    Some((Referent::unknown_person(text, gender, country, None, k..end), end))
}

/// A personal name the catalog does not know, of one to four words ("فلان الفلاني"), right after the verb.
fn personal_name(view: &View, k: usize, limit: usize, gender: Gender) -> Option<(Referent, usize)> {
    // One word alone ("معلومات", "نؤكد") is too often a common noun or another verb form.
    let name = chunk::person_after(view, k, limit).filter(|p| p.start == k && p.len() >= 2)?;
    let text = view.original(name.clone()).trim().to_string();
    Some((
        Referent::unknown_person(text, gender, None, None, name.clone()),
        name.end,
    ))
}

/// A definite word that an earlier name of the text carries ("التنسيقية" after "تنسيقية لجان المقاومة",
/// "الرميض" after "مهيمن الرميض"): that actor, named again by a word of its name.
fn named_by_word(view: &View, k: usize, previous: &Previous) -> Option<(Referent, usize)> {
    let word = view.word(k);
    let bare = super::lexicon::strip_conjunction(word).unwrap_or(word);
    let bare = bare.strip_prefix("ال").filter(|b| b.chars().count() >= 3)?;
    let body_noun = view.roles(k).iter().all(|r| matches!(r, NounRole::Institution(..)));
    if !body_noun || view.name_at[k].is_some() || view.lexicon.nisba(word).is_some() {
        return None;
    }
    let same = |w: &str| {
        let w = w.strip_prefix('و').filter(|r| r.starts_with("ال")).unwrap_or(w);
        let w = w.strip_prefix("ال").unwrap_or(w);
        w == bare || w.strip_suffix('ه').is_some_and(|s| bare.strip_suffix('ه') == Some(s))
    };
    // An actor the catalog does not know, named as a subject before.
    let known = previous.entities.iter().rev().find_map(|e| {
        let Who::AdHoc(a) = &e.referent.who else {
            return None;
        };
        fold_str(&a.text).split_whitespace().any(same).then_some(&e.referent)
    });
    if let Some(e) = known {
        return Some((e.as_(Recognition::Anaphor, Some(k..k + 1)), k + 1));
    }
    // A catalog name of the text with that word among its words.
    let end = view.names.partition_point(|n| n.tokens.1 <= k);
    let reach = k.saturating_sub(NAMED_REACH);
    let n = view.names[..end]
        .iter()
        .rev()
        .take_while(|n| n.tokens.0 >= reach)
        .find(|n| (n.tokens.0..n.tokens.1).any(|j| same(view.word(j))))?;
    let who = Who::from(n.target);
    Some((
        Referent {
            who,
            how: Recognition::Anaphor,
            tokens: Some(k..k + 1),
            gender: None,
        },
        k + 1,
    ))
}

/// A definite word no vocabulary list knows, heading the slot up to the content ("وقالت التنسيقية إن"): a speaker
/// the catalog does not know, named by its phrase.
fn bare_definite(
    view: &View,
    k: usize,
    limit: usize,
    gender: Gender,
    day: NaiveDate,
    previous: &Previous,
) -> Option<(Referent, usize)> {
    let word = view.word(k);
    let definite = chunk::is_definite(word) && word.chars().count() >= 5;
    // A head noun of the vocabulary the readers found no antecedent for ("وقال الجيش إنه" with no army named
    // before) is a speaker of its own, not the previous one.
    let head = view.roles(k).iter().all(|r| {
        matches!(
            r,
            NounRole::Anaphor(..)
                | NounRole::Institution(..)
                | NounRole::Title(_)
                | NounRole::SpeakerHead(_)
                | NounRole::Represents
        )
    });
    let unknown = head
        && view.name_at[k].is_none()
        && view.place_at[k].is_none()
        && view.lexicon.nisba(word).is_none()
        && view.verb_at(k).is_none();
    // A feminine verb wants a feminine subject ("واتهمت الغرب بـ" has its subject left implicit).
    let agrees = gender == Gender::Masculine || phrase::written_gender(view, k, Gender::Masculine) == Gender::Feminine;
    // "ولفت الانتباه إلى أن": a verbal noun the vocabulary does not know is the verb's object.
    let object = view.roles(k).is_empty() && super::personal::definite_verbal_noun(word);
    if !(definite && unknown && agrees) || object {
        return None;
    }
    // A body's noun with no antecedent stands for the state the text was speaking of ("وقالت السلطات" after a
    // state's statement); else it is a speaker of its own.
    let kind = view.roles(k).iter().find_map(|&r| match r {
        NounRole::Anaphor(kind, _) | NounRole::Institution(kind, _) if kind != ActorKind::Person => Some(kind),
        _ => None,
    });
    if kind.is_some() {
        // The readers before tried the latest actor of its kind (for an anaphor noun) and an earlier name with
        // the same head (for a body's noun).
        let state = previous
            .subject
            .as_ref()
            .filter(|p| p.who.kind(view.catalog, day) == Some(ActorKind::State));
        if let Some(p) = state {
            return Some((p.as_(Recognition::Anaphor, Some(k..k + 1)), k + 1));
        }
    }
    Some(phrase::adhoc(view, k, limit, gender))
}

/// One word the vocabulary does not know, right after the verb ("وقال كوزلوف خلال اجتماعه مع X إن"): the surname
/// of a person the text named in full before ("ألكسندر كوزلوف"), who is the speaker; the earlier mention is
/// looked for in the text before, its one to three words before the surname being words of a name.
fn surname_of_named(view: &View, k: usize, gender: Gender) -> Option<(Referent, usize)> {
    let word = view.word(k);
    let plain = chunk::may_be_personal_name(view, k) || (chunk::is_definite(word) && view.roles(k).is_empty());
    if !plain {
        return None;
    }
    if view.name_at[k].is_some() || word.chars().count() < 3 {
        return None;
    }
    // A nisba ("وعبر السوداني عن ترحيبه") is a surname only of a person of the catalog named in full before
    // ("محمد شياع السوداني"): right after a verb it qualifies no noun.
    let nisba = view.lexicon.nisba(word).is_some();
    super::memory::surname_named_before(view, k, gender).filter(|(r, _)| !nisba || matches!(r.who, Who::Actor(_)))
}

#[cfg(test)]
#[path = "slot_tests.rs"]
mod tests;
