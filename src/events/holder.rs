//! The person a title names past the words that go on describing it: a second title in apposition ("وزير
//! الدولة لشؤون الإعلام الناطق باسم الحكومة الدكتور فلان"), a body in quotation marks, a conjoined title ("القيادي
//! في الحركة وعضو مكتبها السياسي، فلان"), an adjective and its adverb ("المدعومة دوليا"). The chunker (`chunk`)
//! stops at the first of them, and the title alone would be a speaker the catalog does not know, though the
//! sentence names who holds it. The person stands in apposition: after a comma, a dash, a slash or a rank. Also
//! the holder named right after a role of the catalog, past a rank or "السابق" ([`ranked_holder`],
//! [`unnamed_former`]): who the text says holds the office, not the catalog's holder of the day.

use std::ops::Range;

use super::chunk::{self, is_definite};
use super::lexicon::NounRole;
use super::referent::Referent;
use super::view::View;
use crate::actors::{ActorKind, Gender, Target};
use crate::text::TokenKind;

/// How many tokens past the chunker's phrase the description of a title may run.
const REACH: usize = 16;

/// Who a title's phrase ending at `from` names further on, before `limit`.
pub(crate) enum Holder {
    /// A catalog person: the name's index.
    Known(usize),
    /// A person the catalog does not know, named after a rank and closed by a comma or what is said.
    Unknown(Range<usize>),
}

/// The person named after the description that goes on from `from` ("المفوض في حكومة الوحدة، فلان").
pub(crate) fn past_description(view: &View, from: usize, limit: usize) -> Option<Holder> {
    let reach = (from + REACH).min(limit);
    let mut quoted = false;
    for j in from..reach {
        let mark = quote_mark(view, j);
        // A name may stand in quotation marks after its rank ('العقيد "فلان الفلاني"').
        let name_at = if mark && !quoted { j + 1 } else { j };
        if let Some(n) = view.person_starting(name_at).filter(|_| !quoted) {
            return apposed(view, from, name_at).then_some(Holder::Known(n));
        }
        // "التابعة لقوات الحكومة العميد فلان الفلاني إن": after a rank, a name the catalog does not know.
        let word = view.toks[j].kind == TokenKind::Word || mark;
        if !quoted
            && word
            && j > from
            && view.has(j - 1, |r| r == NounRole::Rank)
            && !view.has(j, |r| r == NounRole::Rank)
        {
            let name = chunk::person_after(view, j, limit).filter(|p| p.len() >= 2)?;
            let after = name.end + usize::from(quote_mark(view, name.end));
            let closed =
                after >= limit || view.is_punct(after, ',') || view.has(after, |r| r == NounRole::Complementizer);
            return closed.then_some(Holder::Unknown(name));
        }
        if mark {
            quoted = !quoted;
        } else if !quoted && !describes(view, j) {
            return None;
        }
    }
    None
}

/// A catalog person set off after words that go on describing a catalog role ("المتحدث باسم الجيش للصحف
/// العربية، فلان"): the holder the text names, not the one the catalog gives for the day. Not the principal the
/// role serves ("المتحدث باسم الرئيس، فلان"): a person named right after the role is read by
/// [`phrase::name`](super::phrase::name) itself.
pub(crate) fn described_holder(view: &View, end: usize) -> Option<(usize, usize)> {
    let limit = view.toks.len();
    match past_description(view, end, limit)? {
        Holder::Known(m) if view.names[m].tokens.0 > end + 1 => match view.names[m].target {
            Target::Actor(a) if view.catalog.actor_at(a).kind == ActorKind::Person => Some((m, a)),
            _ => None,
        },
        _ => None,
    }
}

/// Whether token `j` is a quotation mark, double or single.
fn quote_mark(view: &View, j: usize) -> bool {
    view.is_punct(j, '"') || view.is_punct(j, '\'')
}

/// Whether the catalog person at `j` stands in apposition: after a comma, a dash, a slash or a rank, a
/// quotation mark aside; and something describes the title before it.
fn apposed(view: &View, from: usize, j: usize) -> bool {
    let mut before = j;
    while before > from && quote_mark(view, before - 1) {
        before -= 1;
    }
    before > from
        && (view.is_punct(before - 1, ',')
            || view.is_punct(before - 1, '-')
            || view.is_punct(before - 1, '–')
            || view.is_punct(before - 1, '/')
            || view.has(before - 1, |r| r == NounRole::Rank))
}

/// Whether token `j` may go on describing a title: a comma, a dash or a slash, a number, or a word that is
/// a title, a rank, a body, an adjective, "في" or "باسم", a definite word, a body or a place the catalog
/// knows, a noun in construct with the word after it ("لشؤون الإعلام"), or an adverb ("دوليا"). A verb, a
/// date, a complementizer or a pronoun's word ("خلال لقائه") ends the description.
fn describes(view: &View, j: usize) -> bool {
    match view.toks[j].kind {
        TokenKind::Number => return true,
        TokenKind::Punct => {
            return view.is_punct(j, ',') || view.is_punct(j, '-') || view.is_punct(j, '–') || view.is_punct(j, '/')
        }
        TokenKind::Word => {}
    }
    let word = view.word(j);
    if view.verb_at(j).is_some() || view.date_at[j].is_some() || view.quoted[j] {
        return false;
    }
    if matches!(word, "في" | "لدي" | "باسم") {
        return true;
    }
    let roles = view.roles(j);
    if !roles.is_empty() {
        return roles.iter().all(|&r| {
            matches!(
                r,
                NounRole::Title(_)
                    | NounRole::Rank
                    | NounRole::Adjective
                    | NounRole::Institution(..)
                    | NounRole::Anaphor(..)
                    | NounRole::SpeakerHead(_)
                    | NounRole::Members
                    | NounRole::Tie
                    | NounRole::Represents
            )
        });
    }
    let proclitic = ['و', 'ل', 'ب']
        .iter()
        .any(|&c| word.strip_prefix(c).is_some_and(|w| w.starts_with("ال")));
    let construct = || {
        let next = view.word(j + 1);
        is_definite(next) || view.name_starting(j + 1).is_some() || view.place_starting(j + 1).is_some()
    };
    is_definite(word)
        || proclitic
        || view.name_of(j).is_some_and(|n| !view.names_person(n))
        || view.place_starting(j).is_some()
        || (word.ends_with("يا") && word.chars().nth(4).is_some())
        || construct()
}

/// A person the catalog does not know, named after a role of the catalog (past a quoted body name or the body's
/// other name in parentheses, "وزارة الدفاع (X)") and a rank ("الناطق باسم القوة المشتركة المقدم الفرنسي جان
/// دوبوا"), or with no rank: the text names who holds the office that day, not the catalog's holder. Without a
/// rank the words after a role are more often what is said ("وأكد الرئيس التركي ضرورة الحوار"): a name then
/// must end where what is said starts (a complementizer, a quotation mark, a comma or a colon).
pub(crate) fn ranked_holder(view: &View, first: usize, end: usize) -> Option<(Referent, usize)> {
    let k = holder_start(view, end);
    let ranked = view.has(k, |r| r == NounRole::Rank);
    if !ranked && !view.has(first, |r| matches!(r, NounRole::Title(_))) {
        return None;
    }
    let limit = (k + 8).min(view.toks.len());
    let person = chunk::person_after(view, k, limit).filter(|p| p.len() >= 2)?;
    let closes = |j: usize| {
        view.has(j, |r| r == NounRole::Complementizer)
            || view.is_punct(j, '"')
            || view.is_punct(j, ',')
            || view.is_punct(j, ':')
            // Before its verb, the subject of a clause inside what is said ("أن وزير الدفاع فلان الفلاني أكد").
            || view.finite_verb_at(j).is_some()
    };
    // A name in quotation marks ('مساعد وزير الدفاع الأمريكي "فلان الفلاني" إن') ends past its closing mark.
    let quoted = view.is_punct(k, '"') && person.start == k + 1 && view.is_punct(person.end, '"');
    let end_of_name = person.end + usize::from(quoted);
    let ends_before_content = (person.start == k || quoted) && closes(end_of_name);
    if !(ranked || ends_before_content) {
        return None;
    }
    let gender = view
        .roles(first)
        .iter()
        .find_map(|&r| match r {
            NounRole::Title(g) => Some(g),
            _ => None,
        })
        .unwrap_or(Gender::Masculine);
    let referent = Referent::unknown_person(
        view.original(person.clone()).trim().to_string(),
        gender,
        chunk::chunk(view, first, end).country,
        Some(view.original(first..end).trim().into()),
        first..person.end,
    );
    Some((referent, end_of_name))
}

/// Where the holder's name may start after a role of the catalog ending at `end`: past the mark that closes a
/// quoted name of the body ('المتحدث باسم "X"، فلان'), a comma, and the body's other name in parentheses
/// ("الناطق باسم وزارة الدفاع (X) فلان").
pub(crate) fn holder_start(view: &View, end: usize) -> usize {
    let mut k = end;
    if view.is_punct(k, '"') && k > 0 && view.quoted[k - 1] {
        k += 1;
    }
    if view.is_punct(k, ',') {
        k += 1;
    }
    view.past_bracketed_name(k, view.toks.len())
}

/// A former holder of role `r` (its words `first..end`, "السابق" at `end`) whom no name after it tells ("وقال
/// الرئيس الأمريكي السابق إن"): a person the catalog cannot tell, named by the role's words, with the role and
/// its country; never the role's holder of the day.
pub(crate) fn unnamed_former(view: &View, r: usize, first: usize, end: usize) -> (Referent, usize) {
    let role = view.catalog.role_at(r);
    let gender = if view.word(end).ends_with('ه') {
        Gender::Feminine
    } else {
        Gender::Masculine
    };
    let text = view.original(first..end + 1).trim().to_string();
    let referent = Referent::unknown_person(
        text,
        gender,
        role.country.clone(),
        Some(role.id.clone()),
        first..end + 1,
    );
    (referent, end + 1)
}

#[cfg(test)]
mod tests {
    use crate::events::subject::tests::subjects;

    #[test]
    fn the_holder_past_the_description_of_a_title() {
        // A second title in apposition, then a rank and a catalog person.
        let got =
            subjects("وقال وزير الدولة لشؤون الاستثمار الناطق باسم الحكومة الأردنية الدكتور محمد المومني إن الوفد وصل.");
        assert_eq!(got, vec![Some("mohammad-al-momani".to_string())]);
        // An adjective and its adverb, then the person between commas.
        let got =
            subjects("وأعلن الناطق باسم القوات التابعة لحكومة الوفاق المدعومة دوليا، محمد قنونو، أن القوات تقدمت.");
        assert_eq!(got, vec![Some("mohamed-gnounou".to_string())]);
        // A conjoined title with a body in quotation marks.
        let got =
            subjects("وأعلن القيادي الحوثي وعضو “المجلس السياسي” التابع للحوثيين، محمد مفتاح، أن الجماعة نفذت الهجوم.");
        assert_eq!(got, vec![Some("mohammed-miftah".to_string())]);
        // A rank, then a person the catalog does not know, closed by what is said.
        let got = subjects(
            "قال الناطق باسم غرفة العمليات المشتركة، التابعة لقوات الحكومة العميد سامر الحلبي إن القوات تقدمت.",
        );
        assert_eq!(got, vec![Some("adhoc:سامر الحلبي".to_string())]);
    }

    #[test]
    fn a_person_after_a_complement_is_no_holder() {
        // "خلال لقائه" is no description of the title: the president met is not the minister.
        let got = subjects("وقال وزير الخارجية خلال لقائه بالرئيس الفرنسي، إيمانويل ماكرون، إن العلاقات متينة.");
        assert_ne!(got, vec![Some("emmanuel-macron".to_string())]);
    }
}
