//! The tense around a bare weekday: after a verb in the future or a word of what is planned ("ستستضيف واشنطن
//! اجتماعا، الثلاثاء", "الجلسة المقبلة المقررة يوم الخميس", "من المقرر أن تبث المقابلة الأحد") the weekday is
//! the coming one (on or after the anchor), not the latest on or before it, as news of the past has it
//! (CONVENTIONS.md).

use std::sync::OnceLock;

use super::{Core, Parsed, Parser};
use crate::dates::lexicon::Dir;
use crate::table::rows;
use crate::text::TokenKind;

const TENSE: &str = include_str!("../../../data/vocab/tense.tsv");

/// How many words before a weekday a word of the future is read: about one clause, with a subject of several
/// words ("وتستضيف مصر وفود حماس والولايات المتحدة وإسرائيل، الاثنين").
const REACH: usize = 12;

/// The words of `data/vocab/tense.tsv`: what is planned, and the openings of nouns that look like a future verb.
struct TenseWords {
    planned: Vec<&'static str>,
    not_future: Vec<&'static str>,
}

fn tense_words() -> &'static TenseWords {
    static WORDS: OnceLock<TenseWords> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words = TenseWords {
            planned: Vec::new(),
            not_future: Vec::new(),
        };
        for row in rows(TENSE) {
            match row[..] {
                [form, "planned"] => words.planned.push(form),
                [form, "not-future"] => words.not_future.push(form),
                _ => panic!("tense.tsv: expected a form and planned or not-future in {row:?}"),
            }
        }
        // Asked for every word before a bare weekday: searched by halves.
        words.planned.sort_unstable();
        words
    })
}

impl Parser<'_> {
    /// `parsed` read at `i`, with a bare weekday made the next one when a word of the future stands before it
    /// in the same sentence.
    pub(super) fn toward_future(&self, parsed: Parsed, i: usize) -> Parsed {
        // The weekday is asked first: the words before are read for a bare weekday only.
        match parsed {
            Parsed::One(mut e) if !e.eve => {
                if let Core::Weekday { day, dir: None } = e.core {
                    if self.future_before(i) {
                        e.core = Core::Weekday {
                            day,
                            dir: Some(Dir::Coming),
                        };
                    }
                }
                Parsed::One(e)
            }
            other => other,
        }
    }

    /// Whether a verb in the future ("ستبدأ", "سيغادر", "سوف") or a word of what is planned ("المقرر") stands
    /// within [`REACH`] words before token `i`, past commas but not a full stop nor the start of its line.
    fn future_before(&self, i: usize) -> bool {
        let tense = tense_words();
        let mut words = 0;
        let mut j = i;
        while j > 0 && words < REACH {
            // Not past the start of a line: a heading above ("اجتماع مرتقب في واشنطن") is no clause of the date.
            if self.toks[j].newline {
                return false;
            }
            j -= 1;
            let t = &self.toks[j];
            if t.kind == TokenKind::Punct {
                // Not past a bracket: "(سيرفينج إن ميشن)" is a name, not a verb in the future.
                if t.newline || !matches!(&self.text[t.range()], "," | "،" | "\"") {
                    return false;
                }
                continue;
            }
            words += 1;
            let Some(w) = self.word(j) else { continue };
            let w = w.strip_prefix('و').filter(|r| r.starts_with('س')).unwrap_or(w);
            // The prefix first: most words open otherwise, and are not counted.
            let future = ["سي", "ست", "سن"].iter().any(|p| w.starts_with(p))
                && w.chars().nth(4).is_some()
                && !tense.not_future.iter().any(|n| w.starts_with(n));
            // "وتستضيف مصر الوفود الاثنين": a planned word with its conjunction.
            let planned = |w: &str| tense.planned.binary_search(&w).is_ok();
            if future || planned(w) || w.strip_prefix('و').is_some_and(planned) {
                return true;
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::test_support::{pair, read};

    #[test]
    fn a_word_of_what_is_planned_without_the_article_looks_forward() {
        let found = read("كشف مسؤول عن قمة مرتقبة، الأحد، بين الزعيمين", "2018-12-15");
        assert_eq!(found, pair("الأحد", "2018-12-16"));
    }

    #[test]
    fn a_present_of_hosting_or_starting_tells_a_schedule() {
        let found = read("وتستضيف القاهرة وفود الطرفين، الاثنين، لبحث التبادل", "2025-10-05");
        assert_eq!(found, pair("الاثنين", "2025-10-06"));
        let found = read("ومن المتوقع الإعلان عن النتائج الثلاثاء", "2025-10-05");
        assert_eq!(found, pair("الثلاثاء", "2025-10-07"));
    }

    #[test]
    fn a_heading_above_is_no_clause_of_the_weekday() {
        // "مرتقب" in the heading does not reach the statement's Sunday on the next line.
        let found = read(
            "اجتماع مرتقب في واشنطن\nوكانت مصادر قالت، الأحد، إن الاجتماع تأجل",
            "2025-11-24",
        );
        assert_eq!(found, pair("الأحد", "2025-11-23"));
    }
}
