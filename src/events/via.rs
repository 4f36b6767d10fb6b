//! The outlet that passes a statement on (`via`), found by where it is named: the one spoken to ("لوكالة X",
//! "-للجزيرة-"), after a via word ("نقلا عن X", "وفق ما أوردته X"), right after the speaker as the speech
//! verb's object ("أفادت مصادر محلية «X» بأن"), or in quotation marks at the end of a statement.

use std::ops::Range;

use super::lexicon::NounRole;
use super::outlet;
use super::phrase;
use super::referent::Referent;
use super::view::View;
use super::Recognition;
use crate::actors::ActorKind;
use crate::text::TokenKind;

/// An outlet the catalog does not know, named as the one spoken to between dashes right after the speaker:
/// "قال مصدر عسكري -للجزيرة- إن ...".
pub(super) fn dash_dative(view: &View, from: usize, content: usize) -> Option<Referent> {
    let dash = (from..content.min(from + 3)).find(|&k| view.is_punct(k, '-'))?;
    let first = dash + 1;
    let close = (first + 1..(first + 6).min(content)).find(|&k| view.is_punct(k, '-'))?;
    let fits = (first..close)
        .all(|k| view.is_punct(k, '"') || (view.toks[k].kind == TokenKind::Word && view.roles(k).is_empty()));
    let words: Vec<usize> = (first..close)
        .filter(|&k| view.toks[k].kind == TokenKind::Word)
        .collect();
    let (&dative, _) = words.split_first()?;
    if !fits || (first..close).any(|k| view.name_at[k].is_some()) {
        return None;
    }
    // "-لـ«X»-" (a lone ل before the name) or "-للجزيرة-" ("ل" + "الجزيرة", the article's alif dropped); the
    // name keeps the text's spelling.
    let named: Vec<String> = if view.word(dative) == "ل" {
        words[1..]
            .iter()
            .map(|&k| view.original(k..k + 1).to_string())
            .collect()
    } else {
        let rest = view.word(dative).strip_prefix('ل').filter(|r| r.chars().count() >= 2)?;
        let original = view.original(dative..dative + 1);
        let written = original
            .strip_prefix('ل')
            .map_or(original, |r| r.trim_start_matches('ـ'));
        let head = match (rest.starts_with('ل'), written.strip_prefix('ل')) {
            (true, Some(noun)) => format!("ال{noun}"),
            _ => written.to_string(),
        };
        std::iter::once(head)
            .chain(words[1..].iter().map(|&k| view.original(k..k + 1).to_string()))
            .collect()
    };
    if named.is_empty() || named.len() > 3 {
        return None;
    }
    Some(adhoc_outlet(named.join(" "), first..close))
}

/// An outlet the catalog does not know, named in quotation marks after an according word and a verb of
/// reporting at the end of a statement: "..., حسبما ذكرت «X».", "وفق ما أوردته «X»".
pub(super) fn reported_by_quoted(view: &View, range: Range<usize>) -> Option<Referent> {
    let k = range
        .clone()
        .rev()
        .find(|&k| !view.quoted[k] && view.has(k, |r| r == NounRole::According))?;
    let mut j = k + 1;
    if view.word(j) == "ما" {
        j += 1;
    }
    view.lexicon.verb(view.word(j)).filter(|h| !h.masdar)?;
    let open = j + 1;
    if !view.is_punct(open, '"') {
        return None;
    }
    let close = (open + 2..(open + 5).min(range.end)).find(|&i| view.is_punct(i, '"'))?;
    let words = (open + 1..close).all(|i| view.toks[i].kind == TokenKind::Word && view.name_at[i].is_none());
    // The quotation closes the clause: what follows is punctuation only.
    let last = (close + 1..range.end).all(|i| view.toks[i].kind == TokenKind::Punct);
    if !words || !last {
        return None;
    }
    let text = (open + 1..close)
        .map(|i| view.original(i..i + 1))
        .collect::<Vec<_>>()
        .join(" ");
    Some(adhoc_outlet(text, open + 1..close))
}

/// An outlet the catalog does not know, by the words that name it.
fn adhoc_outlet(text: String, tokens: Range<usize>) -> Referent {
    Referent {
        who: super::referent::Who::AdHoc {
            text,
            gender: crate::actors::Gender::Feminine,
            kind: ActorKind::Media,
            country: None,
            role: None,
        },
        how: Recognition::AdHoc,
        tokens: Some(tokens),
        gender: Some(crate::actors::Gender::Feminine),
    }
}

/// The outlet a clause names as the channel of its content: "لوكالة X", "في اتصال مع X", "بحسب X", "نقلا عن
/// X", "وفق ما أفادت به X", "أوردته قناة X".
pub(super) fn via_in(view: &View, range: Range<usize>) -> Option<Referent> {
    for k in range.clone() {
        let Some(n) = view.name_at[k] else { continue };
        let name = view.names[n];
        if !outlet::is_outlet(view, &name) {
            continue;
        }
        let after_via = (k.saturating_sub(5)..k)
            .rev()
            .take_while(|&j| view.toks[j].kind == TokenKind::Word || view.is_punct(j, '"'))
            .any(|j| view.has(j, |r| r == NounRole::Via));
        let head_dative = k > range.start && {
            let prev = view.word(k - 1);
            prev.strip_prefix('ل')
                .is_some_and(|rest| view.lexicon.has(rest, |r| matches!(r, NounRole::SpeakerHead(_))))
        };
        if outlet::spoken_to(view, &name) || after_via || head_dative {
            return Some(phrase::name(view, n).0);
        }
    }
    None
}

/// An outlet named right after the speaker, as the object of the speech verb: "وأفادت مصادر محلية «X» بأن",
/// "حسب ما أفادت مصادر أمنية وكالة X".
pub(super) fn named_after_speaker(view: &View, mut k: usize, content: usize) -> Option<Referent> {
    while k < content && view.is_punct(k, '"') {
        k += 1;
    }
    let n = view
        .name_starting(k)
        .filter(|&n| k < content && !view.names[n].clitic)?;
    outlet::is_outlet(view, &view.names[n]).then(|| phrase::name(view, n).0)
}

/// Whether a via word ("بحسب", "نقلا عن") stands within three words before the relay's name.
pub(super) fn via_word_before(view: &View, via: &Referent) -> bool {
    via.tokens.as_ref().is_some_and(|t| {
        (t.start.saturating_sub(4)..t.start)
            .filter(|&j| !view.is_punct(j, '"'))
            .any(|j| view.has(j, |r| r == NounRole::Via))
    })
}
