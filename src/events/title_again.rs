//! A title said again without a name ("وقال المتحدث باسم الوزارة", "وأكد مدير المستشفى") for the person the text
//! named with that title before: the same head word and the same body served.

use std::ops::Range;

use super::chunk;
use super::lexicon::{strip_conjunction, NounRole};
use super::phrase;
use super::referent::Referent;
use super::view::View;
use super::Recognition;
use crate::actors::Gender;

/// How far back, in tokens, a title without a name looks for the one named before: a long dispatch.
const SPOKESMAN_REACH: usize = 800;

/// A title without a name at `k` ("وقال المتحدث باسم الوزارة إن", "وأكد مدير المستشفى أن") after the text named
/// the holder of that title ("أعلن المتحدث باسم وزارة الصحة في غزة فلان", "قال مدير مستشفى الشفاء فلان"): that
/// person. The title's head must be the same word and every word of the body it serves (after "باسم" or in
/// construct: "متحدث الحوثيين" is "المتحدث العسكري باسم الحوثيين") must stand in the earlier phrase (see
/// [`serves_same`]), so "المتحدث باسم الخارجية" is not the army's spokesman named before.
pub(crate) fn title_named_before(view: &View, k: usize, limit: usize) -> Option<(Referent, usize)> {
    let gender = view.roles(k).iter().find_map(|&r| match r {
        NounRole::Title(g) => Some(g),
        _ => None,
    })?;
    let np = chunk::chunk(view, k, limit);
    if np.person.is_some() {
        return None;
    }
    // "الناطق" and "المتحدث" are the same office ("قال المتحدث باسم X فلان ... وأدان الناطق باسم X").
    let head_of = |j: usize| {
        let head = bare(strip_conjunction(view.word(j)).unwrap_or(view.word(j)));
        view.lexicon.same_office(head).unwrap_or(head)
    };
    let head = head_of(k);
    let first = in_name_of(view, k).unwrap_or(k + 1);
    let served: Vec<usize> = (first..np.body_end).filter(|&j| !view.word(j).is_empty()).collect();
    if served.is_empty() {
        return None;
    }
    let end = np.body_end;
    (k.saturating_sub(SPOKESMAN_REACH)..k).rev().find_map(|j| {
        // The role first: a look-up in the token's roles, where the head costs a hash look-up at every token.
        if !view.has(j, |r| matches!(r, NounRole::Title(_))) || head_of(j) != head {
            return None;
        }
        // The body first: most earlier titles serve another one, and reading the person costs more.
        let body_end = chunk::chunk(view, j, view.toks.len()).body_end;
        if !serves_same(view, &served, in_name_of(view, j).unwrap_or(j + 1)..body_end) {
            return None;
        }
        // A catalog person named after the phrase first ("مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن"),
        // else the person the title names.
        let at = if view.is_punct(body_end, ',') {
            body_end + 1
        } else {
            body_end
        };
        let catalog = view.person_starting(at);
        let (earlier, _) = match (catalog, described_before(view, j, gender)) {
            (Some(n), _) => phrase::name(view, n),
            (None, Some(person)) => (person, j),
            (None, None) => phrase::titled_person(view, j, view.toks.len(), gender)?,
        };
        Some((earlier.as_(Recognition::Anaphor, Some(k..end)), end))
    })
}

/// The person an earlier title describes after their name ("أكد فلان الفلاني، وهو مستشار وزير الإعلام،"): the
/// catalog person or the two to four name words between the verb and the comma before "وهو" at `title - 1`.
fn described_before(view: &View, title: usize, gender: Gender) -> Option<Referent> {
    if title < 4 || !matches!(view.word(title - 1), "وهو" | "وهي") || !view.is_punct(title - 2, ',') {
        return None;
    }
    let end = title - 2;
    // The longest name first: its first word is the earliest that opens one running to the comma.
    (end.saturating_sub(4)..end - 1).find_map(|start| {
        if let Some(n) = view.person_starting(start).filter(|&n| view.names[n].tokens.1 == end) {
            return Some(phrase::name(view, n).0);
        }
        let name = chunk::person_after(view, start, end).filter(|p| p.start == start && p.end == end)?;
        let text = view.original(name.clone()).trim().to_string();
        Some(Referent::unknown_person(text, gender, None, None, name))
    })
}

/// A word without the article.
fn bare(w: &str) -> &str {
    w.strip_prefix("ال").unwrap_or(w)
}

/// Where the body served by the title at `j` starts when the title speaks in its name: after "باسم", also
/// past the title's own adjective ("المتحدث الرسمي باسم الجيش"). `None` for a title without "باسم".
fn in_name_of(view: &View, j: usize) -> Option<usize> {
    if view.word(j + 1) == "باسم" {
        return Some(j + 2);
    }
    (view.word(j + 2) == "باسم" && chunk::is_definite(view.word(j + 1))).then_some(j + 3)
}

/// Whether the body a title serves (its tokens `served`) is the one an earlier title served (`earlier`): every
/// word stands in the earlier phrase, or is a word of a catalog name of the same actor there ("مدير المركز
/// الإعلامي لقسد" after "مدير المركز الإعلامي لقوات سوريا الديمقراطية"), or is a country's adjective where the
/// earlier phrase wrote none ("مستشار وزير الإعلام في الحكومة اللبنانية" after "مستشار وزير الإعلام في الحكومة").
fn serves_same(view: &View, served: &[usize], earlier: Range<usize>) -> bool {
    let words: Vec<&str> = earlier.clone().map(|i| bare(view.word(i))).collect();
    let targets: Vec<crate::actors::Target> = earlier
        .clone()
        .filter_map(|i| view.name_of(i))
        .map(|n| view.names[n].target)
        .collect();
    let has_nisba = earlier.clone().any(|i| view.lexicon.nisba(view.word(i)).is_some());
    // One past the catalog name of an actor of the earlier phrase that the served words are reading.
    let mut same_name_until = 0;
    served.iter().all(|&i| {
        if let Some(n) = view.name_of(i).filter(|&n| targets.contains(&view.names[n].target)) {
            same_name_until = view.names[n].tokens.1;
        }
        let word = view.word(i);
        i < same_name_until || words.contains(&bare(word)) || (!has_nisba && view.lexicon.nisba(word).is_some())
    })
}
