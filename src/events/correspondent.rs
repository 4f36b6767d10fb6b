//! An outlet's reporters ("مراسل «X»", "مراسلون لرويترز", "مصور الأناضول"): who is one, the outlet they work for,
//! and whom an event of theirs is told by. A reporter of a catalog outlet who is not named by person speaks for
//! the outlet ([`as_told`]); in a relay, the reporter stands for the outlet that relays ([`outlet_of`]).

use super::lexicon::NounRole;
use super::phrase;
use super::referent::Referent;
use super::view::View;
use super::Recognition;
use crate::text::without_pronoun;

/// The referent an event is told by: the outlet an unnamed reporter works for ([`employer`]), else `r` itself.
pub(crate) fn as_told(view: &View, r: &Referent) -> Referent {
    employer(view, r).unwrap_or_else(|| r.clone())
}

/// The outlet an unnamed correspondent speaks for, when the catalog names it and nothing follows it in their
/// name ("مراسل الأناضول", "مراسلون لرويترز", "مصور «فرانس برس»"): a report of the outlet's own. A correspondent
/// named by person ("مراسل الجزيرة فلان الفلاني") stays that person.
fn employer(view: &View, r: &Referent) -> Option<Referent> {
    if !is_correspondent(view, r) || r.how != Recognition::AdHoc {
        return None;
    }
    let t = r.tokens.clone()?;
    let n = (t.start + 1..t.end).find_map(|k| {
        view.name_starting(k)
            .filter(|&n| super::outlet::is_outlet(view, &view.names[n]))
    })?;
    let end = view.names[n].tokens.1;
    (end == t.end || (end + 1 == t.end && view.is_punct(end, '"'))).then(|| phrase::name(view, n).0)
}

/// The outlet a correspondent works for, when the catalog names it ("مراسل الأناضول"); any other referent as
/// it is.
pub(super) fn outlet_of(view: &View, r: Referent) -> Referent {
    if !is_correspondent(view, &r) {
        return r;
    }
    let outlet = r.tokens.clone().and_then(|t| {
        t.clone().find_map(|k| {
            view.name_starting(k)
                .filter(|&n| super::outlet::is_outlet(view, &view.names[n]))
        })
    });
    // "وأضاف المراسل": the outlet of the correspondent named before, the last outlet written in their name.
    let outlet = outlet.or_else(|| {
        let (super::referent::Who::AdHoc(a), Some(t)) = (&r.who, &r.tokens) else {
            return None;
        };
        let before = view.names.partition_point(|n| n.tokens.1 <= t.start);
        view.names[..before].iter().rposition(|n| {
            super::outlet::is_outlet(view, n) && a.text.contains(view.original(n.tokens.0..n.tokens.1).trim())
        })
    });
    match outlet {
        Some(n) => phrase::name(view, n).0,
        None => r,
    }
}

/// A correspondent named by the relaying outlet's pronoun ("ونقلت وكالة وفا عن مراسلها"), named by that outlet
/// as written ("مراسل وكالة وفا"): "مراسلها" alone tells a reader of the timeline nothing. Any other referent as
/// it is.
pub(super) fn named_by_outlet(view: &View, r: Referent, outlet: &Referent) -> Referent {
    let (super::referent::Who::AdHoc(a), Some(t), Some(o)) = (&r.who, &r.tokens, &outlet.tokens) else {
        return r;
    };
    if t.len() != 1 || !own_correspondent(view, view.word(t.start)) {
        return r;
    }
    let text = format!("مراسل {}", view.original(o.clone()).trim());
    Referent::unknown_person(text, a.gender, None, None, t.clone())
}

/// Whether `word` is a correspondent with the possessive pronoun of the outlet they work for ("مراسلها",
/// "مراسله").
pub(super) fn own_correspondent(view: &View, word: &str) -> bool {
    without_pronoun(word).is_some_and(|stem| view.lexicon.has(stem, |role| role == NounRole::Correspondent))
}

/// Whether a referent is an outlet's correspondent ("مراسل «X»"), or one named again ("وأضاف المراسل").
pub(super) fn is_correspondent(view: &View, r: &Referent) -> bool {
    let correspondent = |k: usize| {
        let word = view.word(k);
        view.has(k, |role| role == NounRole::Correspondent)
            || own_correspondent(view, word)
            || (r.how == Recognition::Anaphor
                && word
                    .strip_prefix("ال")
                    .is_some_and(|rest| view.lexicon.has(rest, |role| role == NounRole::Correspondent)))
    };
    matches!(r.how, Recognition::AdHoc | Recognition::Anaphor)
        && r.tokens.as_ref().is_some_and(|t| correspondent(t.start))
}
