//! Where a news outlet's name stands in a clause when it is not the speaker: the outlet a speaker talks to
//! ("قال لوكالة X", "لـ«X»", "-للجزيرة-", "في اتصال هاتفي مع X"), and the wire of a dateline ("بيروت (أ ف ب)",
//! "اليمن/ فلان / الأناضول قالت الحكومة"). Subject choice skips such a name; relays read it as `via` or not at
//! all: a wire is the source only of what it says in its own name.

use super::lexicon::NounRole;
use super::phrase;
use super::view::{NameTok, View};
use crate::actors::{ActorKind, Target};

/// Whether a catalog name is a news outlet.
pub(crate) fn is_outlet(view: &View, name: &NameTok) -> bool {
    matches!(name.target, Target::Actor(a) if view.catalog.actor_at(a).kind == ActorKind::Media)
}

/// Whether an outlet's name is the one a speaker talks to: a dative ("لوكالة X", "لـ«X»") or the partner of a
/// conversation ("في اتصال هاتفي مع X", "في مقابلة مع X").
pub(crate) fn spoken_to(view: &View, name: &NameTok) -> bool {
    if !is_outlet(view, name) {
        return false;
    }
    let first = name.tokens.0;
    let word = view.word(first);
    if (name.clitic && word.starts_with('ل') && !word.starts_with("ال")) || phrase::dative_before(view, first) {
        return true;
    }
    // Back over quotation marks, parentheses and the "أنباء" of "لوكالة أنباء «X»".
    let mut k = first;
    while k > 0 && (view.is_punct(k - 1, '"') || view.is_punct(k - 1, '(') || view.word(k - 1) == "انباء") {
        k -= 1;
    }
    let Some(prev) = k.checked_sub(1).map(|p| view.word(p)) else {
        return false;
    };
    let to_head = prev
        .strip_prefix('ل')
        .is_some_and(|rest| !rest.starts_with('ل') && phrase::is_media_head(rest));
    to_head || (prev == "مع" && (k.saturating_sub(5)..k - 1).any(|j| view.has(j, |r| r == NounRole::Interview)))
}

/// Whether an outlet's name is the wire of a dateline: after a slash ("/ الأناضول"), in parentheses ("(أ ف
/// ب)"), or opening a line before a dash ("المرصد نيوز - ").
pub(crate) fn in_dateline(view: &View, name: &NameTok) -> bool {
    if !is_outlet(view, name) {
        return false;
    }
    let (first, end) = name.tokens;
    let after_slash = first > 0 && view.is_punct(first - 1, '/');
    let in_parentheses = first > 0 && view.is_punct(first - 1, '(') && view.is_punct(end, ')');
    let opens_line = (first == 0 || view.line_break_before(first)) && view.is_punct(end, '-');
    after_slash || in_parentheses || opens_line
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::view::tests::{at, view};

    fn outlet(v: &View, word: &str) -> NameTok {
        let n = v.name_starting(at(v, word)).expect("a name");
        v.names[n]
    }

    #[test]
    fn the_outlet_spoken_to() {
        let v = view("وأضاف لوكالة سانا أن الطريق مفتوح");
        assert!(spoken_to(&v, &v.names[0]));
        let v = view("وأضاف في اتصال هاتفي مع سانا أن الطريق مفتوح");
        assert!(spoken_to(&v, &outlet(&v, "سانا")));
        let v = view("وقالت المصادر لوكالة أنباء ((سانا)) إن الطريق مفتوح");
        assert!(spoken_to(&v, &outlet(&v, "سانا")));
        let v = view("وقالت سانا إن الطريق مفتوح");
        assert!(!spoken_to(&v, &outlet(&v, "سانا")));
    }

    #[test]
    fn the_wire_of_a_dateline() {
        let v = view("دمشق/ سانا قالت الوزارة إن الطريق مفتوح");
        assert!(in_dateline(&v, &outlet(&v, "سانا")));
        let v = view("وقالت سانا إن الطريق مفتوح");
        assert!(!in_dateline(&v, &outlet(&v, "سانا")));
    }
}
