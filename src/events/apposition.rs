//! Apposition: a person named between commas after a title ("قائد اللواء 35 مدرع، العقيد فلان الفلاني، إن",
//! "المتحدث باسم رئيس الوزراء X فلان، عمر الفلاني، إن"), or after "يدعى". The speaker readers
//! ([`super::speaker`]) ask here once the head of the subject is read. A personal name right after a role the
//! catalog has no holder of on the day is that person too ("المبعوث الأميركي للشرق الأوسط عاموس هوكستين").

use super::chunk::{self, is_definite};
use super::lexicon::{strip_conjunction, NounRole};
use super::phrase::name_after;
use super::referent::Referent;
use super::view::View;
use crate::actors::{Gender, Target};
use crate::text::TokenKind;

/// A personal name of two to four words the catalog does not know, between the first comma after the head at
/// `k` and a comma or the end of the subject ("المتحدث باسم رئيس جمهورية X، فلان الفلاني، أن").
pub(crate) fn apposed_unknown(view: &View, k: usize, limit: usize, gender: Gender) -> Option<(Referent, usize)> {
    apposed_unknown_chunked(view, k, limit, gender, &chunk::chunk(view, k, limit))
}

/// [`apposed_unknown`] with the phrase at `k` already read (`np`, `chunk::chunk(view, k, limit)`).
pub(super) fn apposed_unknown_chunked(
    view: &View,
    k: usize,
    limit: usize,
    gender: Gender,
    np: &chunk::NounPhrase,
) -> Option<(Referent, usize)> {
    // The comma must close the head's own phrase ("رئيس هيئة X،"), or the words that go on describing it
    // ("قائد اللواء 35 مدرع،", "محافظ الحديدة المعين من الحكومة،"), not a later complement.
    let comma = (np.body_end.min(np.end())..(np.end() + 5).min(limit))
        .take_while(|&j| j < np.end() || describes(view, j))
        .find(|&j| j >= np.body_end && aside(view, j))?;
    // "وأعلن مصدر طبي استشهاد الشاب، فلان،": the name after an object the verb announces is that object's.
    let object = (k + 1..comma).any(|j| {
        let (roles, _) = view.lexicon.bare_noun(view.word(j));
        roles.contains(&NounRole::StatementObject) || view.verb_at(j).is_some_and(|h| h.masdar)
    });
    if object {
        return None;
    }
    let mut start = comma + 1;
    while start < limit && view.has(start, |r| r == NounRole::Rank) {
        start += 1;
    }
    if start > comma + 1 && start + 1 < limit && super::personal::of_rank(view, start) {
        start += 1;
    }
    let name = apposed_name(view, start, limit)?;
    let closed = name.end >= limit || aside(view, name.end) || view.has(name.end, |r| r == NounRole::Complementizer);
    if !closed {
        return None;
    }
    let referent = Referent::unknown_person(
        view.original(name.clone()).trim().to_string(),
        gender,
        np.country.clone().or_else(|| np.attached_country.clone()),
        Some(view.original(k..comma).trim().into()),
        k..name.end,
    );
    Some((referent, name.end))
}

/// A person named in apposition after the principal a title serves ("المتحدث باسم رئيس الوزراء X فلان، عمر
/// الفلاني، إن", "مستشار الرئيس الأمريكي X فلان، جاريد الفلاني،"): the speaker is the one named between the
/// commas, with the title up to the principal's name as their role, never the principal. The principal
/// (catalog name `n`) must stand in the title's phrase after the office they hold, so that a holder named right
/// after their own title ("المتحدث باسم الجيش فلان، عبر حسابه") is not read so.
pub(crate) fn apposed_to_principal(
    view: &View,
    k: usize,
    n: usize,
    limit: usize,
    gender: Gender,
    country: Option<smol_str::SmolStr>,
) -> Option<(Referent, usize)> {
    let (from, to) = view.names[n].tokens;
    if from <= k + 1 || !aside(view, to) || !holds_office_named_in(view, k + 1..from, n) {
        return None;
    }
    let closes = |j: usize| j >= limit || aside(view, j) || view.has(j, |r| r == NounRole::Complementizer);
    if let Some(p) = view.person_starting(to + 1).filter(|&p| closes(view.names[p].tokens.1)) {
        return Some(name_after(view, k, p));
    }
    let name = apposed_name(view, to + 1, limit).filter(|name| closes(name.end))?;
    let role = Some(view.original(k..to).trim().into());
    let referent = Referent::unknown_person(
        view.original(name.clone()).trim().to_string(),
        gender,
        country,
        role,
        k..name.end,
    );
    Some((referent, name.end))
}

/// Whether catalog person `n` holds an office whose catalog name stands within `tokens`.
fn holds_office_named_in(view: &View, tokens: std::ops::Range<usize>, n: usize) -> bool {
    let Target::Actor(a) = view.names[n].target else {
        return false;
    };
    let id = &view.catalog.actor_at(a).id;
    tokens.filter_map(|j| view.name_starting(j)).any(|m| {
        matches!(view.names[m].target, Target::Role(r) if view.catalog.role_at(r).holders.iter().any(|h| &h.actor == id))
    })
}

/// A comma or a dash, which set off a name in apposition ("المتحدث باسم X، فلان،", "المتحدث باسم X - اللواء فلان").
pub(super) fn aside(view: &View, j: usize) -> bool {
    view.is_punct(j, ',') || view.is_punct(j, '-') || view.is_punct(j, '–')
}

/// A name given after a phrase by "يدعى"/"واسمه", after a comma or not ("رجل يدعى فلان", "أحد الناجين، ويدعى
/// فلان الفلاني،"): its tokens.
pub(super) fn called(view: &View, end: usize, limit: usize) -> Option<std::ops::Range<usize>> {
    let k = if aside(view, end) { end + 1 } else { end };
    let word = view.word(k);
    if !matches!(
        strip_conjunction(word).unwrap_or(word),
        "يدعي" | "تدعي" | "اسمه" | "اسمها"
    ) {
        return None;
    }
    // One word is enough after "يدعى" ("رجل يدعى محمد").
    let reach = (k + 5).min(limit);
    let end = (k + 1..reach).find(|&j| !chunk::name_word(view, j)).unwrap_or(reach);
    (end > k + 1).then_some(k + 1..end)
}

/// A word that may go on describing a title before the comma that closes it: a number ("اللواء 35"), or a
/// word that opens no clause, date or complement ("مدرع", "المعين", "من", "الحكومة").
fn describes(view: &View, j: usize) -> bool {
    match view.toks[j].kind {
        TokenKind::Number => true,
        TokenKind::Word => {
            view.date_at[j].is_none()
                && view.verb_at(j).is_none()
                && !view.quoted[j]
                && !view.has(j, |r| {
                    matches!(
                        r,
                        NounRole::Complementizer | NounRole::Via | NounRole::According | NounRole::SayingParticiple
                    )
                })
        }
        // The mark that closes a quoted name of the body ('المتحدث باسم "X"، فلان،').
        _ => aside(view, j) || view.is_punct(j, '"'),
    }
}

/// A personal name of two to four words from `start` ("أحمد عباس", "جورج نصر الله"): words that may be
/// a name's, and after the first, a person's name in the catalog that is a surname they share. Between
/// commas a first name may carry the article ("ألكسندر").
fn apposed_name(view: &View, start: usize, limit: usize) -> Option<std::ops::Range<usize>> {
    // A text cut off at the comma ("وقال المتحدث باسم التحالف،").
    if start >= limit {
        return None;
    }
    let reach = (start + 4).min(limit);
    let namesake = |j: usize| {
        view.person_starting(j)
            .map(|n| view.names[n])
            .filter(|name| name.tokens.0 == j && name.tokens.1 <= reach)
    };
    // A title without the article first is a given name ("سلطان", "أمير") when a name follows.
    let given = start + 1 < reach
        && !is_definite(view.word(start))
        && view.has(start, |r| matches!(r, NounRole::Title(_)))
        && (chunk::name_word(view, start + 1) || namesake(start + 1).is_some());
    // Not after a descriptor with the article ("، الطبيب X،"): a catalog person there is that person.
    // (As written: "إلياس" folds to a word with the article.)
    let descriptor = view.original(start..start + 1).trim_start().starts_with("ال");
    let mut end = start;
    while end < reach {
        // "، المثير للجدل،", "، المعروف بالصرامة،": a word with a preposition glued to the article
        // ends an epithet, never stands in a name.
        let word = view.word(end);
        let epithet = word.starts_with("لل") || super::personal::clitic_before_article(word, &['ب', 'ك']);
        if epithet || (end == start && super::personal::clitic_on_vocabulary(view, word)) {
            break;
        }
        if (end == start && given) || chunk::name_word(view, end) {
            end += 1;
            continue;
        }
        match namesake(end).filter(|_| end > start && !descriptor) {
            Some(name) => end = name.tokens.1,
            None => break,
        }
    }
    (end >= start + 2).then_some(start..end)
}

/// A role the catalog has no holder of on `day`, with a personal name right after it that the catalog does not
/// know ("المبعوث الأميركي للشرق الأوسط عاموس هوكستين إلى أن"): that person, with the role's words as title.
pub(crate) fn unheld_role_then_name(
    view: &View,
    found: &(Referent, usize),
    k: usize,
    limit: usize,
    day: chrono::NaiveDate,
) -> Option<(Referent, usize)> {
    let super::referent::Who::Role(r) = found.0.who else {
        return None;
    };
    let role = view.catalog.role_at(r);
    if view.catalog.holder_of(role, day).is_some() {
        return None;
    }
    let name = chunk::person_after(view, found.1, limit).filter(|p| p.start == found.1 && p.len() >= 2)?;
    let person = Referent::unknown_person(
        view.original(name.clone()).trim().to_string(),
        Gender::Masculine,
        role.country.clone(),
        Some(view.original(k..found.1).trim().into()),
        k..name.end,
    );
    Some((person, name.end))
}
