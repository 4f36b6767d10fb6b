//! Headings: the title line above a dispatch ("حزب الله يعلن استهداف قاعدة عسكرية") and the short
//! subheadings inside its body ("زيلينسكي يتوعد"). A heading tells again, in the present tense of titles,
//! what the body tells as a dated event; read as an event of its own, it is the same statement twice, or a
//! deed credited to the country of the minister who spoke ("السعودية تقول إن ...").
//!
//! A heading is a line that does not end a sentence (no final ".", "!", "?", "؟", "…" or ":") with a line
//! after it: the first line of the text when it has at most [`TITLE_WORDS`] words (a line above it that only
//! dates the page, "الأحد 2021/05/09", is no line of text), a later one when it has at
//! most [`SUBHEADING_WORDS`] and the line before it ended a sentence (a paragraph that lost its final stop is
//! longer, and a sentence broken across lines does not follow a full stop).
//!
//! Above a lead that opens with its verb in the past ("أعلن الجيش"), a line that opens with its doer and has its
//! verb in the present after it ("جيش البلد يعلن مقتل ...", "الوزير يستقبل السفير.") is a heading too, with a full
//! stop or a length of its own: it sums up the lead in the grammar of titles.

use std::ops::Range;

use super::roles::NounRole;
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
    // The tokens' flags read in a row, without a check of the index: every token of the text is asked.
    for (i, t) in view.toks.iter().enumerate().skip(1) {
        if t.newline {
            lines.push(start..i);
            start = i;
        }
    }
    if !view.toks.is_empty() {
        lines.push(start..view.toks.len());
    }
    let mut headings = Vec::new();
    // The title is the first line that is not a dateline above it ("30 نوفمبر، 2024 3:49 م", "18-08-2019, 09:32").
    let title = lines.iter().position(|line| !dateline(view, line)).unwrap_or(0);
    for (n, line) in lines.iter().enumerate().skip(title) {
        // A title may end in a mark of its own ("!", "؟", ".."), which ends no lead sentence.
        let ended = if n == title {
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
        let heading = if n == title {
            words <= TITLE_WORDS && !past_verb
        } else {
            words <= SUBHEADING_WORDS && ends_sentence(view, &lines[n - 1]) && !view.word(line.start).starts_with('و')
        };
        if heading {
            headings.push(line.clone());
        }
    }
    // Above the lead, a line told as titles tell ("الوزير يستقبل السفير.", "الوزارة، تعلن عن ...") sums up the
    // lead below it, even with a full stop or a length of its own. The lead opens with its verb in the past
    // ("أعلن الجيش"), among the first lines; without one, the head of the text is not known and no line is
    // read so.
    let head_end = lines.len().min(title + HEAD_LINES + 1);
    let lead = (title..head_end).find(|&n| view.finite_verb_at(lines[n].start).is_some_and(|h| !h.present));
    for line in &lines[title..lead.unwrap_or(title)] {
        if !headings.contains(line) && told_as_titles(view, line) {
            headings.push(line.clone());
        }
    }
    headings.sort_unstable_by_key(|h| h.start);
    headings
}

/// The lines above the lead, from the title, read for [`told_as_titles`].
const HEAD_LINES: usize = 4;

/// The most tokens of a subject before the verb of a line told as titles tell.
const SUBJECT_TOKENS: usize = 12;

/// Whether the line opens with its doer, a name or a noun of a speaker or a body ("جيش البلد", "وزير الخارجية"),
/// and its first verb is in the present after it ("جيش البلد يعلن مقتل ..."): the grammar of titles, not of a
/// lead ("أعلن الجيش") nor of a relay or a clause before the verb ("وبحسب مصادر، يناقش الوسطاء").
fn told_as_titles(view: &View, line: &Range<usize>) -> bool {
    let doer = view.name_starting(line.start).is_some()
        || view.has(line.start, |r| {
            matches!(
                r,
                NounRole::SpeakerHead(_) | NounRole::Official | NounRole::OneSource | NounRole::Anaphor(..)
            )
        });
    if !doer {
        return false;
    }
    let end = line.end.min(line.start + SUBJECT_TOKENS + 1);
    let first = (line.start..end).find_map(|k| view.finite_verb_at(k).map(|h| (k, h)));
    first.is_some_and(|(k, h)| k > line.start && h.present)
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

/// Whether the line only dates the page: numbers, marks and words of date phrases, with at least one number or
/// date word, and letters of one character ("م", "ص" after a clock time).
fn dateline(view: &View, line: &Range<usize>) -> bool {
    let mut dated = false;
    for k in line.clone() {
        match view.toks[k].kind {
            TokenKind::Number => dated = true,
            TokenKind::Punct => {}
            TokenKind::Word if view.date_covering(k).is_some() => dated = true,
            TokenKind::Word if view.word(k).chars().nth(1).is_none() => {}
            TokenKind::Word => return false,
        }
    }
    dated
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
        // One full stop ends a lead, which is no heading (unless told as titles tell, in the present after its
        // doer).
        assert!(headings(&format!("سيطرة الجيش على بلدة جديدة.{body}")).is_empty());
    }

    #[test]
    fn a_dateline_above_the_title_leaves_it_the_title() {
        let body = "\nهاجمت القوات المسلحة أمس قرية جديدة.\nوقال مصدر محلي إن القوات انسحبت.";
        for date in ["الأحد 2021/05/09", "14-03-2020, 11:05", "9 أيار، 2021 4:20 م"] {
            let title = "مسلحون يهاجمون قرية في شمال البلاد (صور)";
            assert_eq!(headings(&format!("{date}\n{title}{body}")), [title], "{date}");
        }
        // A line with words of its own beside its date is no dateline.
        let v = view("الأحد 2021/05/09 أخبار المدينة");
        assert!(!dateline(&v, &(0..v.toks.len())));
    }

    #[test]
    fn a_line_above_the_lead_with_a_subject_and_a_present_verb_sums_it_up() {
        let lead = "أعلن الجيش اليوم مقتل عشرة مسلحين في هجوم على قرية في الشمال.\nوقال مصدر محلي إن القوات انسحبت.";
        for summary in [
            "الجيش يعلن مقتل عشرة مسلحين في هجوم على قرية.",
            "وزير الدفاع في الحكومة الانتقالية، يعلن عن مقتل عشرة مسلحين في هجوم على قرية في الشمال أمس بعد معارك استمرت ساعات طويلة مع قوات الأمن.",
        ] {
            assert_eq!(headings(&format!("{summary}\n{lead}")), [summary]);
            assert_eq!(headings(&format!("خبر عاجل\n{summary}\n{lead}")), ["خبر عاجل", summary]);
        }
        // A lead told in the past, or a present line below the lead, is no heading.
        assert!(headings(&format!("أعلن الجيش مقتل عشرة مسلحين.\n{lead}")).is_empty());
        assert!(headings(&format!(
            "{lead}\nالجيش يعلن مقتل عشرة مسلحين في هجوم على قرية.\nوقال الوزير إن الوضع مستقر."
        ))
        .is_empty());
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
