//! The outlet a speaker the catalog does not know told their words to, for a later statement of theirs that
//! names them again by a bare or shorter phrase and names no outlet of its own.
//!
//! "بحسب ما أفاد مصدر طبي في المستشفى لوكالة X. وقال هذا المصدر إن ...", "وذكر مصدر عسكري في قيادة المنطقة
//! لقناة X أن ... . وذكر المصدر العسكري أن ...", "وفق ما أفاد مسؤول مطلع على المحادثات وكالة X الأحد. وقال
//! المسؤول إن ...": the speaker named again is still speaking to the outlet they were introduced with, as a
//! statement that goes on from theirs ("وأضاف") does.

use super::lexicon::NounRole;
use super::referent::{Referent, Who};
use super::via;
use super::view::View;

/// How far back the phrase that first named the speaker is looked for: a long dispatch.
const NAMED_REACH: usize = 800;

/// How many tokens after the speaker's phrase the outlet they told may stand, before what they said.
const TOLD_REACH: usize = 12;

/// The outlet written right after the phrase that named `speaker` before it (an actor the catalog does not know,
/// named again by an anaphor): "لوكالة X", "-للجزيرة-", "وكالة X" as the speech verb's object, or after a relay
/// word ("نقلا عن «رويترز»"). Read only for a
/// statement that names no outlet of its own.
pub(super) fn told_when_named(view: &View, speaker: &Referent) -> Option<Referent> {
    let (Who::AdHoc(a), Some(now)) = (&speaker.who, speaker.tokens.as_ref()) else {
        return None;
    };
    let folded = crate::text::fold_str(&a.text);
    let mut words = folded.split_whitespace();
    let first = words.next()?;
    let rest: Vec<&str> = words.collect();
    // The latest phrase before this mention that names the speaker word for word, past the proclitics of its
    // first word ("لمصدر", "ومصادر").
    let named = (now.start.saturating_sub(NAMED_REACH)..now.start).rev().find(|&j| {
        let end = j + 1 + rest.len();
        // Cheap tests first: the word ends with the name's first word, whatever proclitics it has.
        let word = view.word(j);
        word.ends_with(first)
            && end <= now.start
            && !view.quoted[j]
            && without_proclitics(word).any(|w| w == first)
            && rest.iter().enumerate().all(|(i, w)| view.word(j + 1 + i) == *w)
    })?;
    let from = named + 1 + rest.len();
    // What they said starts at a complementizer, a colon or the sentence's end.
    let content = (from..(from + TOLD_REACH).min(now.start))
        .find(|&k| {
            view.is_punct(k, '.')
                || view.is_punct(k, ':')
                || view.has(k, |r| r == NounRole::Complementizer)
                || view.finite_verb_at(k).is_some()
        })
        .unwrap_or((from + TOLD_REACH).min(now.start));
    via::dash_dative(view, from, content)
        .or_else(|| via::spoken_to_head(view, from, content))
        .or_else(|| via::named_after_speaker(view, from, content))
        .or_else(|| via::named_after_description(view, from, content))
        .or_else(|| via::carried(view, from..content))
}

/// A word as written, then without a conjunction, then without a preposition after it.
fn without_proclitics(word: &str) -> impl Iterator<Item = &str> {
    let conj = word.strip_prefix(['و', 'ف']);
    let prep = conj.unwrap_or(word).strip_prefix(['ل', 'ب']);
    std::iter::once(word).chain(conj).chain(prep)
}
