//! A crowd counted by a number word ("عشرات المتظاهرين", "الآلاف من أنصار الحركة", "عدد غير قليل من السكان"),
//! as the subject of a deed: an actor the catalog does not know, named by the phrase.

use super::chunk::{self, is_definite};
use super::lexicon::NounRole;
use super::referent::Referent;
use super::speaker::definite_head;
use super::view::View;
use crate::text::TokenKind;

/// A crowd headed by a number word at `k` ("عشرات المتظاهرين الموالين لموسكو", "عشرات الآلاف من أنصار
/// الحركة", "الآلاف من مواطني الولاية"), as the subject of a deed: an actor the catalog does not know, named by
/// the phrase, when the noun counted heads a speaker ("المتظاهرين") or `crowd_verb` (a verb of protest or
/// movement) says the count is of people.
pub(crate) fn crowd(view: &View, k: usize, limit: usize, crowd_verb: bool) -> Option<(Referent, usize)> {
    // "وتظاهر المئات في شوارع المدينة": a count with the article and no noun after it is the crowd of a
    // protest or a movement.
    let alone = k + 1 >= limit
        || view.toks[k + 1].kind == TokenKind::Punct
        || (view.has(k + 1, |r| r == NounRole::Preposition) && view.word(k + 1) != "من");
    if crowd_verb && alone && is_definite(view.word(k)) && view.has(k, |r| r == NounRole::Quantifier) {
        return Some((
            Referent::unknown_group(view.original(k..k + 1).to_string(), k..k + 1),
            k + 1,
        ));
    }
    let mut j = k + 1;
    while j < limit && view.has(j, |r| r == NounRole::Quantifier) {
        j += 1;
    }
    j = past_size(view, j, limit);
    if view.word(j) == "من" {
        j += 1;
    } else if view.has(k, |r| r == NounRole::GroupNoun) {
        return None;
    }
    if j >= limit || view.date_at[j].is_some() || view.toks[j].kind != TokenKind::Word {
        return None;
    }
    // "المئات من مسلحي تنظيم X", "العشرات من عناصر حركة Y": members of a body the catalog names are that body.
    if let Some(found) = counted_members(view, k, j, limit) {
        return Some(found);
    }
    let word = view.word(j);
    // "مئات الأردنيين", "آلاف السوريين": a country's people in the plural, counted in construct, are people
    // (after "من" they are as often the object: "وأجبرت عشرات الآلاف من الفلسطينيين على النزوح").
    let nationals = view.word(j - 1) != "من"
        && word
            .strip_suffix("ين")
            .or_else(|| word.strip_suffix("ون"))
            .is_some_and(|singular| view.lexicon.nisba(singular).is_some());
    let people =
        nationals || view.has(j, |r| matches!(r, NounRole::SpeakerHead(_))) || definite_head(view, word).is_some();
    if !(people || crowd_verb) || !view.roles(j).iter().all(|&r| matches!(r, NounRole::SpeakerHead(_))) {
        return None;
    }
    let mut end = chunk::chunk(view, j, limit).body_end;
    // Adjectives of the crowd the chunker does not know ("المتظاهرين الموالين لموسكو", "الغاضبين"), which agree
    // with it; not a definite noun, the object after the subject ("اقتحم مئات المستوطنين المسجد الأقصى").
    let agrees = |i: usize| {
        let w = view.word(i);
        w.ends_with("ين") || (chunk::looks_like_adjective(w) && !view.maqsura_noun(i))
    };
    while end < limit
        && is_definite(view.word(end))
        && view.roles(end).is_empty()
        && view.date_at[end].is_none()
        && agrees(end)
    {
        let adjective = view.word(end);
        end += 1;
        if adjective.ends_with("ين") && view.word(end).starts_with('ل') && end < limit {
            end += 1;
            break;
        }
    }
    Some((Referent::unknown_group(view.original(k..end).to_string(), k..end), end))
}

/// A crowd counted in digits or number words, hedged or not, as the subject of the verb of protest or movement
/// at `v`: "وتجمع نحو 20 ألف مواطن", "وتظاهر قرابة ألفي شخص", "وتظاهر 300 طالب". The people counted are one
/// noun without the article that no list knows, or a speaker head, with its country's adjective.
pub(crate) fn counted_people(view: &View, v: usize, k: usize, limit: usize) -> Option<(Referent, usize)> {
    let crowd_verb = view
        .verb_at(v)
        .is_some_and(|h| view.lexicon.verbs[h.verb as usize].kind.is_crowd());
    if !crowd_verb {
        return None;
    }
    let mut j = k + usize::from(hedge(view, k));
    let count = j;
    while j < limit && (number(view, j) || view.has(j, |r| r == NounRole::Multiplier)) {
        j += 1;
    }
    if j == count || j >= limit || view.toks[j].kind != TokenKind::Word {
        return None;
    }
    let noun = view.word(j);
    let people = view.roles(j).iter().all(|&r| matches!(r, NounRole::SpeakerHead(_)));
    if is_definite(noun)
        || !people
        || view.name_at[j].is_some()
        || view.date_at[j].is_some()
        || view.verb_at(j).is_some()
    {
        return None;
    }
    let mut end = j + 1;
    if end < limit && view.lexicon.nisba(view.word(end)).is_some() {
        end += 1;
    }
    Some((Referent::unknown_group(view.original(k..end).to_string(), k..end), end))
}

/// Whether the word at `k` hedges the count after it ("نحو", "قرابة", "حوالي", "زهاء": nouns.tsv's hedge rows).
fn hedge(view: &View, k: usize) -> bool {
    view.has(k, |r| r == NounRole::Hedge)
}

/// Whether token `k` is digits or a number word of the vocabulary ("ثلاثة").
fn number(view: &View, k: usize) -> bool {
    view.toks[k].kind == TokenKind::Number || view.has(k, |r| r == NounRole::Numeral)
}

/// Whether a count opens at `k`, after a hedge or not ("نحو 20 ألف", "300", "ثلاثة").
pub(crate) fn count_at(view: &View, k: usize) -> bool {
    let k = k + usize::from(hedge(view, k));
    k < view.toks.len() && number(view, k)
}

/// Past the word or two that tell a crowd's size before its "من" ("عدد كبير من الطلاب", "عدد غير قليل من
/// السكان"): indefinite words that no list knows, or "غير"; `j` itself when no "من" follows them.
fn past_size(view: &View, j: usize, limit: usize) -> usize {
    let size = |i: usize| {
        let w = view.word(i);
        view.toks[i].kind == TokenKind::Word
            && !is_definite(w)
            && (w == "غير" || view.roles(i).is_empty())
            && view.name_at[i].is_none()
            && view.date_at[i].is_none()
            && view.verb_at(i).is_none()
    };
    let most = (j + 2).min(limit);
    let end = (j..most).find(|&i| !size(i)).unwrap_or(most);
    if end > j && end < limit && view.word(end) == "من" {
        end
    } else {
        j
    }
}

/// The members of a body the catalog names at `j`, counted from `k` ("العشرات من عناصر حركة الشباب", "4 آليات
/// تابعة للجيش"): that body, named by the phrase from the count.
pub(crate) fn counted_members(view: &View, k: usize, j: usize, limit: usize) -> Option<(Referent, usize)> {
    let (found, end) = super::phrase::members_of_named(view, j, limit)?;
    Some((found.as_(found.how, Some(k..end)), end))
}

/// [`counted_members`] after a count in digits at `k` ("وتوغلت 4 آليات تابعة للجيش"); not before people, who may
/// be the object ("واعتقلت 3 شبان").
pub(crate) fn digits_before_members(view: &View, k: usize, limit: usize) -> Option<(Referent, usize)> {
    (k + 1 < limit && view.toks[k].kind == TokenKind::Number)
        .then(|| counted_members(view, k, k + 1, limit))
        .flatten()
}
