//! Actors named again right after a verb: a body's head with the article alone ("وزار الوفد المخيم" after "وصل
//! وفد أممي") and a surname alone in quotation marks ('وقال "الفلاني"، إن'). Asked by the subject reader
//! ([`super::choose`]) where a phrase names no one new.

use super::super::chunk;
use super::super::lexicon::{strip_conjunction, NounRole};
use super::super::memory::{self, named_again, Previous};
use super::super::referent::Referent;
use super::super::view::View;
use super::super::Recognition;
use crate::actors::Gender;

/// [`Previous::introduced_with_head`] for the word at `k`, a body's head with the article and nothing after it
/// that extends it, right after verb `v` and agreeing with it.
pub(super) fn head_again(view: &View, v: usize, k: usize, previous: &Previous) -> Option<(Referent, usize)> {
    let word = view.word(k);
    let gender = view.roles(k).iter().find_map(|&r| match r {
        NounRole::Institution(_, g) => Some(g),
        _ => None,
    })?;
    let agrees = view.verb_at(v).is_some_and(|h| h.agreement.gender() == gender);
    let bare = strip_conjunction(word).unwrap_or(word).strip_prefix("ال")?;
    if !agrees || k != v + 1 || chunk::chunk(view, k, k + 4).extended() {
        return None;
    }
    let earlier = previous.introduced_with_head(bare)?;
    Some((earlier.as_(Recognition::Anaphor, Some(k..k + 1)), k + 1))
}

/// A surname alone in quotation marks right after a verb of speech and before what is said ('وقال "الفلاني"، إن'):
/// the person the text named in full before with that last word, of the catalog or not. The words of a quotation
/// are no name words elsewhere (a quotation may be what is said), so the surname is read here, where the
/// quotation closes on one word before a comma or a complementizer.
pub(super) fn quoted_surname(view: &View, v: usize, k: usize, previous: &Previous) -> Option<(Referent, usize)> {
    if k != v + 1 || !view.is_punct(k, '"') || !view.is_punct(k + 2, '"') {
        return None;
    }
    let said = view.is_punct(k + 3, ',') || view.has(k + 3, |r| r == NounRole::Complementizer);
    if !said || !view.is_speech_verb(v) || !view.roles(k + 1).is_empty() || view.word(k + 1).is_empty() {
        return None;
    }
    let gender = view.verb_at(v).map_or(Gender::Masculine, |h| h.agreement.gender());
    let (found, _) =
        named_again(view, k + 1, previous).or_else(|| memory::surname_named_before(view, k + 1, gender))?;
    Some((found.as_(found.how, Some(k..k + 3)), k + 3))
}
