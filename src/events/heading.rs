//! Headings: the title line above a dispatch ("حزب الله يعلن استهداف قاعدة عسكرية") and the short
//! subheadings inside its body ("زيلينسكي يتوعد"). A heading tells again, in the present tense of titles,
//! what the body tells as a dated event; read as an event of its own, it is the same statement twice, or a
//! deed credited to the country of the minister who spoke ("السعودية تقول إن ...").
//!
//! A heading is a line that does not end a sentence (no final ".", "!", "?", "؟", "…" or ":") with a line
//! after it: the first line of the text when it has at most [`TITLE_WORDS`] words, a later one when it has at
//! most [`SUBHEADING_WORDS`] and the line before it ended a sentence (a paragraph that lost its final stop is
//! longer, and a sentence broken across lines does not follow a full stop).

use std::ops::Range;

use super::view::View;
use crate::text::TokenKind;

/// The longest title line, in words: news titles run to a dozen words, a lead sentence to thirty or more.
const TITLE_WORDS: usize = 20;

/// The longest subheading inside the body, in words.
const SUBHEADING_WORDS: usize = 8;

/// The lines of a text [`find`] makes room for at once.
const LINES: usize = 16;

/// The token ranges of the headings of the text, in order.
pub(crate) fn find(view: &View) -> Vec<Range<usize>> {
    // Room for the lines of most texts: the vector does not grow two or three times a text.
    let mut lines = Vec::with_capacity(LINES);
    let mut start = 0;
    for i in 1..=view.toks.len() {
        if i == view.toks.len() || view.line_break_before(i) {
            lines.push(start..i);
            start = i;
        }
    }
    let mut headings = Vec::new();
    for (n, line) in lines.iter().enumerate() {
        // A title may end in a mark of its own ("!", "؟", ".."), which ends no lead sentence.
        let ended = if n == 0 {
            ends_lead(view, line)
        } else {
            ends_sentence(view, line)
        };
        if n + 1 == lines.len() || ended {
            continue;
        }
        let words = line.clone().filter(|&k| view.toks[k].kind == TokenKind::Word).count();
        // A later line that opens with "و" goes on with the text ("وقال الوزير إن الوضع" broken across lines).
        // A line that opens with a past verb is a lead cut by a line break ("صرح الرئيس ... إن ما يقرب"), not
        // a title, which is nominal or in the present ("الجيش يعلن", "مقتل 5 في غارة").
        let past_verb = view.verb_at(line.start).is_some_and(|h| !h.present);
        let heading = if n == 0 {
            words <= TITLE_WORDS && !past_verb
        } else {
            words <= SUBHEADING_WORDS && ends_sentence(view, &lines[n - 1]) && !view.word(line.start).starts_with('و')
        };
        if heading {
            headings.push(line.clone());
        }
    }
    headings
}

/// The most words a byline names after its colon ("كتب: فلان الفلاني", "كتب: وكالة X، وكالة Y").
const BYLINE_WORDS: usize = 8;

/// Whether the verb at `at` opens a byline ("كتب: فلان الفلاني", "الأحد 21-08-2011 | كتب: وكالة X |"): the
/// verb with no conjunction right before a colon, first on its line or after a bar, and few words after the
/// colon before the line or a bar ends. It names who wrote the page, no statement.
pub(crate) fn byline(view: &View, at: usize) -> bool {
    if !view.is_punct(at + 1, ':') {
        return false;
    }
    let opens = at == 0 || view.line_break_before(at) || view.is_punct(at - 1, '|');
    if !opens || super::lexicon::strip_conjunction(view.word(at)).is_some() {
        return false;
    }
    let end = (at + 2..view.toks.len())
        .find(|&k| view.line_break_before(k) || view.is_punct(k, '|'))
        .unwrap_or(view.toks.len());
    (at + 2..end).filter(|&k| view.toks[k].kind == TokenKind::Word).count() <= BYLINE_WORDS
}

/// Whether the line's last token, past closing quotation marks and brackets, ends a sentence.
fn ends_sentence(view: &View, line: &Range<usize>) -> bool {
    last_mark(view, line).is_some_and(|k| ['.', '!', '?', '؟', '…', ':'].iter().any(|&c| view.is_punct(k, c)))
}

/// Whether the first line ends as a lead sentence does: with one full stop or a colon. A title that ends in
/// an exclamation, a question or a trailing "..", "…" ("الطيران يجدد قصفه على ريف المدينة..", "ماذا قال الوزير
/// عن المعارك؟", "الجيش يعلن السيطرة على البلدة!") tells again what the body tells; a lead ends on one stop.
fn ends_lead(view: &View, line: &Range<usize>) -> bool {
    last_mark(view, line).is_some_and(|k| {
        let single_stop = view.is_punct(k, '.')
            && view.toks[k].end - view.toks[k].start == 1
            && !(k > line.start && view.is_punct(k - 1, '.'));
        single_stop || view.is_punct(k, ':')
    })
}

/// The line's last token past closing quotation marks and brackets.
fn last_mark(view: &View, line: &Range<usize>) -> Option<usize> {
    let closing = ['"', '»', '”', '’', '\'', ')', ']'];
    line.clone()
        .rev()
        .find(|&k| !closing.iter().any(|&c| view.is_punct(k, c)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::view::tests::view;

    fn headings(text: &str) -> Vec<String> {
        let v = view(text);
        find(&v).into_iter().map(|r| v.original(r).trim().to_string()).collect()
    }

    #[test]
    fn a_title_line_and_a_short_subheading_after_a_full_stop() {
        let text = "الجيش يعلن السيطرة على بلدة جديدة\nأعلن الجيش اليوم سيطرته على البلدة.\nتقدم في الشمال\n\
                    وقال مصدر عسكري إن القوات تقدمت.";
        assert_eq!(headings(text), ["الجيش يعلن السيطرة على بلدة جديدة", "تقدم في الشمال"]);
    }

    #[test]
    fn a_title_that_ends_in_a_mark_of_titles_is_a_heading() {
        let body = "\nأعلن الجيش اليوم سيطرته على البلدة.\nوقال مصدر عسكري إن القوات تقدمت.";
        for title in [
            "الجيش يعلن السيطرة على بلدة جديدة!",
            "الجيش يجدد قصفه على أطراف البلدة..",
            "ماذا قال الجيش عن البلدة؟",
        ] {
            assert_eq!(headings(&format!("{title}{body}")), [title]);
        }
        // One full stop ends a lead, which is no heading.
        assert!(headings(&format!("الجيش يعلن السيطرة على بلدة جديدة.{body}")).is_empty());
    }

    #[test]
    fn a_lead_a_paragraph_without_its_stop_and_a_last_line_are_no_headings() {
        // A first line of more than twenty words is a lead that lost its stop.
        let lead = "أعلن المتحدث باسم وزارة الداخلية في المدينة اليوم الأحد أن قوات الأمن أوقفت عشرة أشخاص \
                    يشتبه في مشاركتهم في أعمال العنف التي شهدتها الأحياء الشرقية خلال الأيام الماضية";
        assert!(headings(&format!("{lead}\nوأضاف أن التحقيق مستمر.")).is_empty());
        // A short line after a line that did not end a sentence goes on with it.
        assert!(headings("أعلن الجيش سيطرته على البلدة.\nوقال الوزير إن الوضع\nمستقر تماما\nفي المدينة.").is_empty());
        // A first line that opens with a past verb is a lead that a line break cut.
        assert!(headings("صرح الرئيس اليوم بأن ما يقرب من ألف جندي قتلوا في الأيام\nالستة الأولى.").is_empty());
        // The last line has no body after it.
        assert!(headings("أعلن الجيش سيطرته على البلدة.\nالمصدر: وكالات").is_empty());
    }

    #[test]
    fn a_verb_before_a_colon_that_opens_a_short_line_is_a_byline() {
        for (text, verb) in [
            ("كتب: سليم الراوي\nأعلن الجيش سيطرته على البلدة.", 0),
            ("الاثنين 4-3-2019 | كتب: وكالة الرافدين |", 7),
        ] {
            let v = view(text);
            assert_eq!(v.word(verb), "كتب", "{text}");
            assert!(byline(&v, verb), "{text}");
        }
        // A statement after the colon is longer, and "وكتب" goes on with the text.
        let v = view("كتب: إن الجيش الذي دخل البلدة فجر اليوم لم يطلق النار على أحد من سكانها ولا من المارة.");
        assert!(!byline(&v, 0));
        let v = view("وكتب: سليم الراوي");
        assert!(!byline(&v, 0));
    }
}
