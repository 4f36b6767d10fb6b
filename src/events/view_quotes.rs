//! Which tokens stand inside a quotation, read once with the view.

use crate::text::{FoldedText, Token, TokenKind};

/// For each token, whether it stands inside a quotation; a quotation that never closes on its line ends at its
/// first sentence end ("بجماعة "أنصار الله (الحوثيون)، لكنه لم يكن في المنزل. وأشاروا إلى أن": a stray mark in a
/// name quotes no more than its sentence; on the 57 classed sets +3 events, +1 extra).
///
/// Every mark folds to `"`, so a mark turns a quotation on or off. A quotation that a sentence end and then a
/// mark that opens cross before any mark closes it was never closed: it ends at its first sentence end, and
/// that mark opens the next one ("تبنته جماعة “الكتائب. ثم قال “لن نتراجع”": "ثم قال" is narration, not what
/// is quoted). A mark opens when white space stands before it and a word right after it.
pub(super) fn quotations(folded: &FoldedText, toks: &[Token]) -> Vec<bool> {
    let mut quoted = vec![false; toks.len()];
    let mark = |i: usize| toks[i].kind == TokenKind::Punct && &folded.as_str()[toks[i].range()] == "\"";
    let mut open = false;
    // The first sentence end inside the open quotation.
    let mut stop: Option<usize> = None;
    for i in 0..toks.len() {
        let t = &toks[i];
        if i > 0 && t.newline {
            // Never closed on its line: it ends at its first sentence end.
            if let Some(end) = stop.filter(|_| open) {
                quoted[end..i].fill(false);
            }
            open = false;
            stop = None;
        }
        if mark(i) {
            match stop.filter(|_| open && opens(toks, i)) {
                Some(end) => quoted[end..i].fill(false),
                None => open = !open,
            }
            stop = None;
            quoted[i] = true;
            continue;
        }
        if open && stop.is_none() && ends_sentence(folded, toks, i) {
            stop = Some(i);
        }
        quoted[i] = open;
    }
    if let Some(end) = stop.filter(|_| open) {
        quoted[end..].fill(false);
    }
    quoted
}

/// Whether the mark at `i` opens a quotation by its spacing: white space (or a line break) before it, and a
/// word or a number right after it ("قال “إنه").
fn opens(toks: &[Token], i: usize) -> bool {
    (i == 0 || toks[i].spaced)
        && toks
            .get(i + 1)
            .is_some_and(|next| !next.spaced && next.kind != TokenKind::Punct)
}

/// Whether token `i` is a full stop, "?" or "!" that ends a sentence: white space or the end of the text after
/// it (not the point of "2.5", nor one of ".."), or a word written against a full stop after a word of two
/// letters or more ("خلال اليومين الماضيين.وأعلن المجلس"; not "د.سامي", nor "أ.ف.ب").
fn ends_sentence(folded: &FoldedText, toks: &[Token], i: usize) -> bool {
    let t = &toks[i];
    let text = folded.as_str();
    let word = |k: usize| toks.get(k).is_some_and(|w| w.kind == TokenKind::Word);
    t.kind == TokenKind::Punct
        && matches!(&text[t.range()], "." | "?" | "!")
        && toks.get(i + 1).is_none_or(|next| {
            next.spaced
                || (word(i + 1)
                    && i > 0
                    && word(i - 1)
                    && &text[t.range()] == "."
                    && text[toks[i - 1].range()].chars().nth(1).is_some())
        })
}
