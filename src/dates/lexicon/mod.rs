//! The date vocabulary, read from the tables in `data/vocab/` and compiled into lookup maps once.
//!
//! Every entry is folded with [`crate::text::fold_str`] before it is stored, so a table lists a word once in
//! its usual spelling and matches every hamza, ى/ي, ة/ه and diacritic variant of it.
//!
//! [`cat`] holds what an entry means, [`load`] how the tables are compiled; this module holds the compiled
//! vocabulary and the look-ups the grammar asks of it.

mod cat;
mod load;

pub(crate) use cat::{Cat, Count, Dir, Feast, MonthName, NumberKind, Part, PeriodPart, Shift, Unit};

use rustc_hash::FxHashMap;

use crate::text::{Token, TokenKind, WordFilter};

#[derive(Debug)]
struct Entry {
    /// The folded words after the first one.
    rest: Box<[Box<str>]>,
    cat: Cat,
}

/// A vocabulary match at a token: what it means, the token after it, and how many bytes of proclitics
/// ("و", "ف", "ب", "ل", "ك") stand before it in its first token.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub cat: Cat,
    /// The token after the entry.
    pub next: u32,
    /// Bytes of proclitics (at most two letters).
    pub clitic: u8,
}

/// The vocabulary matches at one token, held on the stack: the grammar asks for them many times per phrase.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hits {
    items: [Hit; 12],
    len: u8,
}

impl Default for Hits {
    fn default() -> Self {
        Hits::EMPTY
    }
}

impl Hits {
    /// No match. A constant, so that an array of them (the parser's cache) is copied from one block of
    /// read-only data: built at run time, it was unrolled into 13 KB of stores, one a field.
    pub(crate) const EMPTY: Hits = Hits {
        items: [Hit {
            cat: Cat::Skip,
            next: 0,
            clitic: 0,
        }; 12],
        len: 0,
    };

    /// Keeps a match; a word with more than 12 readings (none has more than 4) keeps its first 12.
    pub(crate) fn push(&mut self, hit: Hit) {
        if let Some(slot) = self.items.get_mut(usize::from(self.len)) {
            *slot = hit;
            self.len += 1;
        }
    }

    pub(crate) fn as_slice(&self) -> &[Hit] {
        &self.items[..usize::from(self.len)]
    }

    fn as_mut_slice(&mut self) -> &mut [Hit] {
        &mut self.items[..usize::from(self.len)]
    }
}

/// An exclusion: a date word in a context where it is not a date.
#[derive(Debug)]
struct NotDate {
    before: Box<[Box<str>]>,
    after: Box<[Box<str>]>,
}

/// The compiled vocabulary.
#[derive(Debug)]
pub(crate) struct Lexicon {
    entries: FxHashMap<Box<str>, Vec<Entry>>,
    not_dates: FxHashMap<Box<str>, Vec<NotDate>>,
    /// The word just before `[#]` in every rule of `not-dates.tsv` that has one ("شارع", "قوى").
    name_heads: FxHashMap<Box<str>, ()>,
    /// Words that folding makes a date word but whose spelling is a name (`spelled` rows of `not-dates.tsv`:
    /// "ألان", Alain, folds to "الان", "now"), as written.
    spelled_names: FxHashMap<Box<str>, ()>,
    /// First words that can open a phrase, and how, written with every sequence of proclitics; a word with
    /// its article also stands here in its "لل" form without the alef ("لعام" for "للعام").
    openers: FxHashMap<Box<str>, Opening>,
    /// The openers' filter: a word it does not hold opens nothing, which most words of a text are told
    /// without a look-up in `openers`.
    opener_filter: WordFilter,
    /// Every key of `entries` written with every sequence of proclitics, and in its "لل" form: a word it does
    /// not hold has no match, which [`Lexicon::lookup`] tells without hashing each form of the word.
    entry_filter: WordFilter,
    /// The keys of the entries of "every" ("كل") written as `entry_filter` writes them: a word it does not hold
    /// has no such match, which the recurrence tests read before the parser's cache.
    every_filter: WordFilter,
}

impl Lexicon {
    /// Every vocabulary entry that matches at token `i`, longest first. With `clitics`, the first token may
    /// carry the proclitics و/ف then ب/ل/ك ("وبعد", "فالأمس", "للعام"). Written into `out` (the parser's
    /// cache slot), whose earlier matches are dropped: returned, the 196 bytes were copied twice a look-up.
    pub(crate) fn lookup(&self, text: &str, toks: &[Token], i: usize, clitics: bool, out: &mut Hits) {
        out.len = 0;
        let Some(tok) = toks.get(i) else { return };
        if tok.kind != TokenKind::Word {
            return;
        }
        let mut lower = [0u8; 16];
        let word = ascii_lowercase(&mut lower, &text[tok.range()]);
        if !self.entry_filter.may_hold(word) {
            return;
        }
        self.lookup_form(text, toks, i, word, 0, out);
        if !clitics {
            // Longest first here too: "رمضان المبارك" before "رمضان".
            out.as_mut_slice().sort_by_key(|h| std::cmp::Reverse(h.next));
            return;
        }
        let mut rest = word;
        let mut clitic = 0u8;
        for set in [&['و', 'ف'][..], &['ب', 'ل', 'ك'][..]] {
            let Some(c) = rest.chars().next() else { break };
            if !set.contains(&c) || rest.chars().nth(2).is_none() {
                continue;
            }
            rest = &rest[c.len_utf8()..];
            clitic += c.len_utf8() as u8;
            self.lookup_form(text, toks, i, rest, clitic, out);
            // "لل" + noun stands for "ل" + "ال" + noun ("للعام").
            if c == 'ل' && rest.starts_with('ل') {
                let mut buf = [0u8; 64];
                if let Some(with_article) = prefixed(&mut buf, "ا", rest) {
                    self.lookup_form(text, toks, i, with_article, clitic, out);
                }
            }
        }
        out.as_mut_slice().sort_by_key(|h| std::cmp::Reverse(h.next));
    }

    /// Whether a word may have a match of [`Cat::Every`] ([`Lexicon::lookup`], with or without proclitics):
    /// false means it has none.
    pub(crate) fn may_be_every(&self, word: &str) -> bool {
        let mut lower = [0u8; 16];
        self.every_filter.may_hold(ascii_lowercase(&mut lower, word))
    }

    fn lookup_form(&self, text: &str, toks: &[Token], i: usize, word: &str, clitic: u8, out: &mut Hits) {
        let Some(entries) = self.entries.get(word) else {
            return;
        };
        'entry: for entry in entries {
            for (k, w) in entry.rest.iter().enumerate() {
                match toks.get(i + 1 + k) {
                    Some(t) if t.kind == TokenKind::Word && text[t.range()] == **w => {}
                    _ => continue 'entry,
                }
            }
            out.push(Hit {
                cat: entry.cat,
                next: (i + 1 + entry.rest.len()) as u32,
                clitic,
            });
        }
    }

    /// The value of a one-word cardinal below ten ("ثلاثة" → 3) or of a tens word ("عشرين" → 20), for counts
    /// written with the article ("الأيام الثلاثة", "العشرين عامًا الماضية").
    pub(crate) fn cardinal(&self, word: &str) -> Option<u32> {
        self.entries.get(word)?.iter().find_map(|e| match e.cat {
            Cat::Number(v, NumberKind::Cardinal | NumberKind::TeenWord | NumberKind::Tens) if e.rest.is_empty() => {
                Some(u32::from(v))
            }
            _ => None,
        })
    }

    /// How many words after token `i` belong to the not-date context that matches there, if one does.
    /// A number stands for the bracketed word `[#]` of a rule ("شارع [#]": a street named by a date).
    pub(crate) fn excluded_after(&self, text: &str, toks: &[Token], i: usize, word: &str) -> Option<usize> {
        let word_at = |j: usize, w: &str| toks.get(j).is_some_and(|t| strip_clitics(&text[t.range()]) == w);
        // The words before may stand with "ل" or "ب" ("لقناة فبراير"), and the name in quotation marks ("قناة
        // \"فبراير\"").
        let quoted =
            i > 0 && toks[i - 1].kind == TokenKind::Punct && matches!(&text[toks[i - 1].range()], "\"" | "«" | "“");
        let head = i - usize::from(quoted);
        let before_at = |j: usize, w: &str| {
            word_at(j, w)
                || toks.get(j).is_some_and(|t| {
                    let word = &text[t.range()];
                    word.strip_prefix(['ل', 'ب']).is_some_and(|rest| rest == w)
                })
        };
        let matching = |rules: &Vec<NotDate>| {
            // The word after and the word before, read once for all the rules ("اليوم" has two dozen): a rule
            // whose first word after or before is not there is let go on a comparison of two slices, and the
            // words after them are read only for a rule whose first ones are there.
            let next = toks.get(i + 1).map(|t| strip_clitics(&text[t.range()]));
            let prev = head.checked_sub(1).and_then(|j| toks.get(j)).map(|t| {
                let word = &text[t.range()];
                (strip_clitics(word), word.strip_prefix(['ل', 'ب']))
            });
            rules
                .iter()
                .find(|rule| {
                    rule.after.first().is_none_or(|w| next == Some(&**w))
                        && rule
                            .before
                            .first()
                            .is_none_or(|w| prev.is_some_and(|(bare, rest)| bare == &**w || rest == Some(&**w)))
                        && rule
                            .after
                            .iter()
                            .enumerate()
                            .skip(1)
                            .all(|(k, w)| word_at(i + 1 + k, w))
                        && rule
                            .before
                            .iter()
                            .enumerate()
                            .skip(1)
                            .all(|(k, w)| head > k && before_at(head - 1 - k, w))
                })
                .map(|rule| rule.after.len())
        };
        if let Some(found) = self.not_dates.get(word).and_then(matching) {
            return Some(found);
        }
        // Only a word that heads a name built on a number ("شارع") is worth the rules of [#].
        let before = i.checked_sub(1).and_then(|j| toks.get(j))?;
        if word.bytes().all(|b| b.is_ascii_digit())
            && self.name_heads.contains_key(strip_clitics(&text[before.range()]))
        {
            return self.not_dates.get("#").and_then(matching);
        }
        None
    }

    /// Whether `written`, a word as the text spells it (a leading "و" taken off), is a name that folding
    /// would make a date word (`spelled` rows of `not-dates.tsv`).
    pub(crate) fn is_spelled_name(&self, written: &str) -> bool {
        self.spelled_names.contains_key(written)
    }

    /// Whether the first token of a mention at `i` (its form without proclitics being `word`) stands in a
    /// context listed in `not-dates.tsv`.
    pub(crate) fn is_excluded(&self, text: &str, toks: &[Token], i: usize, word: &str) -> bool {
        self.excluded_after(text, toks, i, word).is_some()
    }

    /// Whether a phrase can start at this folded word (with or without proclitics): the prefilter that
    /// lets the recognizer skip most tokens of a text after one hash look-up.
    ///
    /// Inlined in the recognizer's loop over tokens, with a path for a word of the Arabic script (the usual
    /// case, which [`ascii_lowercase`] passes on as it is) that writes no buffer for it.
    #[inline]
    pub(crate) fn opens(&self, word: &str) -> Opening {
        if word.as_bytes().first().is_some_and(u8::is_ascii) {
            return self.opens_latin(word);
        }
        if !self.opener_filter.may_hold(word) {
            return Opening::No;
        }
        self.opener(word)
    }

    /// [`opens`](Self::opens) of a word that starts with an ASCII byte: in lower case if it is Latin.
    #[inline(never)]
    fn opens_latin(&self, word: &str) -> Opening {
        let mut lower = [0u8; 16];
        let word = ascii_lowercase(&mut lower, word);
        if !self.opener_filter.may_hold(word) {
            return Opening::No;
        }
        self.opener(word)
    }

    /// The entry of a word the filter may hold: out of line, as few words pass the filter.
    #[inline(never)]
    fn opener(&self, word: &str) -> Opening {
        self.openers.get(word).copied().unwrap_or(Opening::No)
    }
}

/// A Latin word in lower case ("December" → "december"), written into `buf`; any other word as it is.
fn ascii_lowercase<'b>(buf: &'b mut [u8; 16], word: &'b str) -> &'b str {
    // Arabic words, the usual case, are passed on after a look at their first byte.
    if word.as_bytes().first().is_none_or(|b| !b.is_ascii())
        || word.len() > buf.len()
        || !word.bytes().any(|b| b.is_ascii_uppercase())
        || !word.is_ascii()
    {
        return word;
    }
    let out = &mut buf[..word.len()];
    out.copy_from_slice(word.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).unwrap_or(word)
}

/// `prefix` + `word` written into `buf`, if it fits (every vocabulary word does).
fn prefixed<'b>(buf: &'b mut [u8], prefix: &str, word: &str) -> Option<&'b str> {
    let len = prefix.len() + word.len();
    let out = buf.get_mut(..len)?;
    out[..prefix.len()].copy_from_slice(prefix.as_bytes());
    out[prefix.len()..].copy_from_slice(word.as_bytes());
    std::str::from_utf8(out).ok()
}

/// Whether a word opens a date phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Opening {
    No,
    Yes,
    /// Only when a date word or a number follows ("بين 1 و5", "من 27 تشرين الثاني").
    BeforeDate,
}

/// The word without a leading و/ف, for matching context words.
fn strip_clitics(word: &str) -> &str {
    match word.chars().next() {
        Some(c @ ('و' | 'ف')) if word.chars().nth(3).is_some() => &word[c.len_utf8()..],
        _ => word,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{fold_str, tokenize};

    fn hits(phrase: &str) -> Vec<Cat> {
        let lex = Lexicon::bundled();
        let folded = fold_str(phrase);
        let toks = tokenize(&folded);
        let mut out = Hits::EMPTY;
        lex.lookup(&folded, &toks, 0, true, &mut out);
        out.as_slice().iter().map(|h| h.cat).collect()
    }

    #[test]
    fn every_table_loads() {
        let lex = Lexicon::bundled();
        assert!(lex.entries.len() > 200);
    }

    #[test]
    fn months_of_every_system() {
        let month = |p: &str| {
            hits(p).into_iter().find_map(|c| match c {
                Cat::Month(m) => Some((m.month, m.hijri)),
                _ => None,
            })
        };
        assert_eq!(month("كانون الأول"), Some((12, false)));
        assert_eq!(month("إبريل"), Some((4, false)));
        assert_eq!(month("جوان"), Some((6, false)));
        assert_eq!(month("شتنبر"), Some((9, false)));
        assert_eq!(month("جمادى الآخرة"), Some((6, true)));
        assert_eq!(month("وتشرين الثاني"), Some((11, false)));
        // A common slip, which no other entry folds to.
        assert_eq!(month("سبتمر"), Some((9, false)));
        assert_eq!(hits("سبتمر").len(), 1);
    }

    #[test]
    fn sunset_is_a_part_of_the_day_before_its_day() {
        assert!(hits("غروب شمس").contains(&Cat::PartNoun(Part::Evening)));
        assert!(hits("مغيب").contains(&Cat::PartNoun(Part::Evening)));
    }

    #[test]
    fn multiword_entries_win_over_their_first_word() {
        assert_eq!(hits("أول من أمس")[0], Cat::RelDay(-2));
        assert_eq!(hits("بعد غد")[0], Cat::RelDay(2));
    }

    #[test]
    fn proclitics_are_stripped() {
        assert!(hits("وأمس").contains(&Cat::RelDay(-1)));
        assert!(hits("للعام").contains(&Cat::YearWord));
        assert!(hits("بغداد").is_empty());
    }

    #[test]
    fn exclusions_need_their_context() {
        let lex = Lexicon::bundled();
        let folded = fold_str("قناة روسيا اليوم");
        let toks = tokenize(&folded);
        assert!(lex.is_excluded(&folded, &toks, 2, "اليوم"));
        let folded = fold_str("وصل الوفد اليوم");
        let toks = tokenize(&folded);
        assert!(!lex.is_excluded(&folded, &toks, 2, "اليوم"));
    }

    #[test]
    fn a_number_is_excluded_after_a_word_that_heads_a_name() {
        let lex = Lexicon::bundled();
        let folded = fold_str("في ميدان 6 أكتوبر");
        let toks = tokenize(&folded);
        assert!(lex.is_excluded(&folded, &toks, 2, "6"));
        let folded = fold_str("في 6 أكتوبر");
        let toks = tokenize(&folded);
        assert!(!lex.is_excluded(&folded, &toks, 1, "6"));
    }
}
