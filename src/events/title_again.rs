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
    named_with_title(view, k, limit, false)
}

/// [`title_named_before`] for a role of the catalog said again without a name ("وأوضح المتحدث باسم البنتاغون"):
/// the earlier title must be the same role, or serve a body whose every word the later one writes, without a
/// country's adjective of its own ("رئيس الوزراء الإسرائيلي" is not "رئيس مجلس الوزراء فلان" named before).
pub(crate) fn role_named_before(view: &View, k: usize, limit: usize) -> Option<(Referent, usize)> {
    named_with_title(view, k, limit, true)
}

/// [`title_named_before`], strictly for a role of the catalog when `role_said_again`.
fn named_with_title(view: &View, k: usize, limit: usize, role_said_again: bool) -> Option<(Referent, usize)> {
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
    // The catalog role the title names, when it names one: an earlier title of the same role serves the same
    // body by whatever name ("الناطق باسم البنتاغون" after "الناطق باسم وزارة الدفاع الأمريكية").
    let role = |j: usize| {
        view.name_starting(j)
            .map(|n| view.names[n].target)
            .filter(|t| matches!(t, crate::actors::Target::Role(_)))
    };
    let own_role = role(k);
    // Only the earlier titles are read: the view lists them, where the head costs a hash look-up at every token.
    let titles = view.titles_in(k.saturating_sub(SPOKESMAN_REACH)..k);
    titles.rev().find_map(|j| {
        if head_of(j) != head {
            return None;
        }
        // The body first: most earlier titles serve another one, and reading the person costs more.
        // The body's other name in parentheses is the body's too ("الناطق باسم وزارة الدفاع (X)").
        let body_end = chunk::chunk(view, j, view.toks.len()).body_end;
        let body_end = view.past_bracketed_name(body_end, k);
        // Another office of the catalog is someone else ("رئيس الوزراء الإسرائيلي" after "رئيس مجلس الوزراء فلان").
        let earlier_role = role(j);
        if own_role.is_some() && earlier_role.is_some() && earlier_role != own_role {
            return None;
        }
        let same_role = own_role.is_some() && earlier_role == own_role;
        let earlier = in_name_of(view, j).unwrap_or(j + 1)..body_end;
        // A role said again with a country's adjective the earlier title did not write ("الناطق باسم الجيش
        // الإسرائيلي" after "الناطق باسم الجيش فلان"): that person only if the catalog gives them that country.
        let mut of_country = None;
        if !same_role && !serves_same(view, &served, earlier.clone(), !role_said_again) {
            if !role_said_again || !serves_same(view, &served, earlier, true) {
                return None;
            }
            of_country = Some(served.iter().find_map(|&i| view.lexicon.nisba(view.word(i)))?);
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
            (None, None) => {
                holder_named(view, j, gender).or_else(|| phrase::titled_person(view, j, view.toks.len(), gender))?
            }
        };
        if let Some(country) = of_country {
            let super::referent::Who::Actor(a) = earlier.who else {
                return None;
            };
            if view.catalog.actor_at(a).country.as_deref() != Some(country) {
                return None;
            }
        }
        Some((earlier.as_(Recognition::Anaphor, Some(k..end)), end))
    })
}

/// The person an earlier title describes after their name ("أكد فلان الفلاني، وهو مستشار وزير الإعلام،", "قال
/// فلان الفلاني، المتحدث باسم الحركة،"): the catalog person or the two to four name words between the verb and
/// the comma before "وهو" at `title - 1`, or right before the title.
fn described_before(view: &View, title: usize, gender: Gender) -> Option<Referent> {
    if title < 4 {
        return None;
    }
    let end = if matches!(view.word(title - 1), "وهو" | "وهي") && view.is_punct(title - 2, ',') {
        title - 2
    } else if view.is_punct(title - 1, ',') {
        title - 1
    } else {
        return None;
    };
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

/// The person named after a role of the catalog at `j` ("المتحدث باسم البنتاغون، فلان الفلاني،", "الناطق باسم
/// وزارة الدفاع فلان الفلاني إن"), not the role itself.
fn holder_named(view: &View, j: usize, gender: Gender) -> Option<(Referent, usize)> {
    let n = view.name_starting(j)?;
    if !matches!(view.names[n].target, crate::actors::Target::Role(_)) {
        return None;
    }
    let limit = view.toks.len();
    let found = phrase::apposed_unknown(view, j, limit, gender).unwrap_or_else(|| phrase::name(view, n));
    (!matches!(found.0.who, super::referent::Who::Role(_))).then_some(found)
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
/// earlier phrase wrote none ("مستشار وزير الإعلام في الحكومة اللبنانية" after "مستشار وزير الإعلام في الحكومة"),
/// when `new_adjective` allows one.
fn serves_same(view: &View, served: &[usize], earlier: Range<usize>, new_adjective: bool) -> bool {
    let words: Vec<&str> = earlier.clone().map(|i| bare(view.word(i))).collect();
    let targets: Vec<crate::actors::Target> = earlier
        .clone()
        .filter_map(|i| view.name_of(i))
        .map(|n| view.names[n].target)
        .collect();
    let has_nisba = !new_adjective || earlier.clone().any(|i| view.lexicon.nisba(view.word(i)).is_some());
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
