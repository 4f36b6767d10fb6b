//! Sentences: where the article's text is cut into the sentences its clauses are read from.
//!
//! A sentence ends at . ? ! or a line break outside a quotation, and at ؛ before a new statement; a line break
//! that wraps a sentence inside its paragraph does not end it. The first line, a title, always ends its own.

use std::ops::Range;

use super::clause::conjoined;
use super::lexicon::NounRole;
use super::view::View;
use crate::text::TokenKind;

/// The sentences of the article, as token ranges.
pub(crate) fn sentences(view: &View) -> Vec<Range<usize>> {
    let mut sentences: Vec<Range<usize>> = Vec::with_capacity(view.toks.len() / 24 + 4);
    let mut start = 0;
    // The first line, a title, always ends its sentence.
    let first_break = (1..view.toks.len()).find(|&i| view.line_break_before(i));
    for i in 0..view.toks.len() {
        // A sentence ends only at a line break or a punctuation mark: a word or number on its line goes on.
        if view.toks[i].kind != TokenKind::Punct && !view.toks[i].newline {
            continue;
        }
        let wraps = || first_break.is_some_and(|b| i > b) && wrapped(view, i);
        if i > start && view.line_break_before(i) && !content_on_next_line(view, start, i) && !wraps() {
            sentences.push(start..i);
            start = i;
        }
        // A full stop between two digits is a decimal point ("2.5"); one between two single letters is inside
        // an acronym ("(د.ب.أ)", "أ.ف.ب").
        let end = !view.quoted[i]
            && view.is_stop(i)
            && !(view.is_punct(i, '.')
                && (view
                    .toks
                    .get(i + 1)
                    .is_some_and(|t| t.kind == TokenKind::Number && !t.spaced)
                    || abbreviated(view, i)));
        // A semicolon mostly goes on with a cause, a result or a purpose ("؛ بسبب ..."، "؛ ما أسفر عن ..."):
        // it ends a sentence only before a new statement ("؛ وأضاف").
        let goes_on = view.is_punct(i, ';') && !view.is_speech_verb(i + 1);
        if end && !goes_on && !content_follows(view, start, i) && !relay_follows(view, i) {
            sentences.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < view.toks.len() {
        sentences.push(start..view.toks.len());
    }
    sentences
}

/// Whether the full stop at `i` stands between two one-letter words, the letters of an acronym.
fn abbreviated(view: &View, i: usize) -> bool {
    let letter =
        |k: usize| view.toks.get(k).is_some_and(|t| t.kind == TokenKind::Word) && view.word(k).chars().nth(1).is_none();
    i > 0 && letter(i - 1) && letter(i + 1)
}

/// Whether the line break before `next` only wraps a sentence, as print and PDF copy does ("شنت طائرات حربية⏎
/// إسرائيلية غارات", "في⏎ بيان مقتضب"): the line before ends with a comma, or with no punctuation and a word
/// that ends no sentence (a preposition, "أن", a relative pronoun), or the next line opens with one that opens
/// none (a nisba or another adjective, "عن").
fn wrapped(view: &View, next: usize) -> bool {
    let last = next - 1;
    // A comma goes on ("غارات على احياء بمدينة حلب ،⏎ للمرة الاولى"), unless the next line opens with "و" and a
    // verb within its first words ("... صدر من البحر،⏎ وبدورها أعلنت الشركة"): a new sentence. Other
    // punctuation ends the line.
    if view.toks[last].kind == TokenKind::Punct {
        return view.is_punct(last, ',') && !(conjoined(view.word(next)) && verb_within(view, next));
    }
    let ends_none = |r: NounRole| matches!(r, NounRole::Preposition | NounRole::Complementizer | NounRole::Relative);
    let opens_none = |r: NounRole| r == NounRole::Adjective;
    let word = view.word(next);
    view.has(last, ends_none)
        || view.has(next, opens_none)
        || word == "عن"
        || (view.lexicon.nisba(word).is_some() && view.name_at[next].is_none() && view.place_at[next].is_none())
}

/// Whether a finite verb stands within the three tokens from `k` (a conjunction and a word, "وبدورها", may
/// stand before it).
fn verb_within(view: &View, k: usize) -> bool {
    (k..(k + 3).min(view.toks.len())).any(|j| view.finite_verb_at(j).is_some())
}

/// Whether the line that ends before `next` ends with a colon after a speech verb ("ويقول الناشط X:"), so that
/// what is said is the next paragraph.
fn content_on_next_line(view: &View, start: usize, next: usize) -> bool {
    let colon = next - 1;
    view.is_punct(colon, ':') && (start..colon).any(|k| !view.quoted[k] && view.is_speech_verb(k))
}

/// Whether the full stop at `stop` stands between a statement and its content ("أعلن المكتب الإعلامي على
/// صفحته. أن القوات ...", "كما أكد السفير.. أنه لا حل"): the next word opens what is said, and the sentence from `start` holds a speech
/// verb whose content has not opened yet.
fn content_follows(view: &View, start: usize, stop: usize) -> bool {
    // The dots of an ellipsis are one mark ("كما أكد السفير.. أنه لا حل"، "قولهم.. إن").
    let mut next = stop + 1;
    while view.is_punct(next, '.') && !view.toks[next].spaced {
        next += 1;
    }
    if !view.is_punct(stop, '.') || next >= view.toks.len() || view.line_break_before(next) {
        return false;
    }
    let ellipsis = next > stop + 1 || (stop > 0 && view.is_punct(stop - 1, '.') && !view.toks[stop].spaced);
    let complementizer =
        matches!(view.word(next), "ان" | "بان") || (ellipsis && view.has(next, |r| r == NounRole::Complementizer));
    if !complementizer {
        return false;
    }
    let Some(verb) = (start..stop).rev().find(|&k| !view.quoted[k] && view.is_speech_verb(k)) else {
        return false;
    };
    !(verb + 1..stop)
        .any(|k| !view.quoted[k] && (view.has(k, |r| r == NounRole::Complementizer) || view.is_punct(k, ':')))
}

/// Whether the full stop at `stop` ends a sentence whose relay follows it ("... يوم الأحد.حسبما نقلت وكالة
/// X"): the next word, on the same line and without a conjunction, is an according-to word, and either the
/// period is written against it or its phrase makes a sentence of nothing else ("... بالحجارة. وفق ما ذكرت
/// وكالة X.", "... طهران. بحسب موقع وزارة العدل."). ("وبحسب X، قتل ..." after a spaced period opens a sentence
/// of its own.)
fn relay_follows(view: &View, stop: usize) -> bool {
    let next = stop + 1;
    let Some(tok) = view.toks.get(next) else {
        return false;
    };
    view.is_punct(stop, '.')
        && !tok.newline
        && view.has(next, |r| matches!(r, NounRole::Via | NounRole::According))
        && (!tok.spaced || relay_alone(view, next))
}

/// How many tokens a relay that makes a sentence of its own may hold after its according-to word ("وفق ما
/// أوردته وكالة الأنباء الفرنسية الرسمية").
const RELAY_ALONE: usize = 10;

/// Whether the according-to word at `k` opens a phrase that ends its sentence with nothing else: within
/// [`RELAY_ALONE`] tokens it reaches a stop, a line break or the end of the text, with no comma, colon or
/// complementizer ("فإن") before, and no word spelled as a verb but the one that says how the teller told it
/// ("حسبما نقلت", "وفق ما ذكرت"; "بحسب المرصد قتل خمسة" opens a sentence).
fn relay_alone(view: &View, k: usize) -> bool {
    let end = (k + 1 + RELAY_ALONE).min(view.toks.len());
    for j in k + 1..end {
        if view.line_break_before(j) || view.is_stop(j) {
            return true;
        }
        if view.toks[j].kind == TokenKind::Punct {
            if view.is_punct(j, ',') || view.is_punct(j, ':') {
                return false;
            }
            continue;
        }
        if view.has(j, |r| r == NounRole::Complementizer) {
            return false;
        }
        if view.spelled_as_finite_verb(j) && j != k + 1 && view.word(j - 1) != "ما" {
            return false;
        }
    }
    end == view.toks.len()
}
