//! The pieces every phrase is built of: the vocabulary matches at a token (cached), digits, punctuation,
//! numbers in words, month names with their dual forms, years, directions, and whether a word stands in a
//! not-date context. The phrase readers of the sibling modules ask these.

use super::{Parser, Step, CACHE, EXCLUDED};
use crate::dates::lexicon::{Cat, Dir, Hit, MonthName, NumberKind};
use crate::text::{Token, TokenKind};

impl Parser<'_> {
    // ----- token helpers -----

    /// `f` of the vocabulary matches at `i`, from the cache when they are there. `f` must not look up
    /// tokens itself.
    pub(super) fn with_hits<R>(&self, i: usize, clitics: bool, f: impl FnOnce(&[Hit]) -> R) -> R {
        let slot = self.cached(i, clitics);
        f(self.cache.borrow()[slot].1.as_slice())
    }

    /// The slot of [`Parser::cache`] that holds the matches at `i`, looked up first if it does not. Not
    /// generic and not inlined: the look-up and the copy of its 196 bytes into the cache were part of every
    /// copy of `with_hits` (one a test of the grammar).
    #[inline(never)]
    fn cached(&self, i: usize, clitics: bool) -> usize {
        let key = (i as u32) << 1 | u32::from(clitics);
        let slot = key as usize % CACHE;
        // 0 marks an empty slot.
        let tag = key.wrapping_add(1);
        if self.cache.borrow()[slot].0 != tag {
            self.fill(slot, tag, i, clitics);
        }
        slot
    }

    /// Looks up the matches at `i` into `slot` of [`Parser::cache`]. Apart from [`cached`](Self::cached): most
    /// asks find their slot filled (six in seven), and without the look-up's call in its body `cached` saves
    /// and restores no registers for them.
    #[cold]
    #[inline(never)]
    fn fill(&self, slot: usize, tag: u32, i: usize, clitics: bool) {
        let mut cache = self.cache.borrow_mut();
        cache[slot].0 = tag;
        self.lex.lookup(self.text, self.toks, i, clitics, &mut cache[slot].1);
    }

    /// The longest vocabulary entry at `i` that `f` accepts.
    pub(super) fn cat<T>(&self, i: usize, clitics: bool, f: impl Fn(Cat) -> Option<T>) -> Step<T> {
        self.with_hits(i, clitics, |hits| {
            hits.iter().find_map(|h| f(h.cat).map(|t| (t, h.next as usize)))
        })
    }

    /// The token after the entry `want` at `i`. Not inlined: the grammar asks it in some eighty places, and
    /// with `cached` out of line it became small enough to be copied into each.
    #[inline(never)]
    pub(super) fn is(&self, i: usize, clitics: bool, want: Cat) -> Option<usize> {
        self.cat(i, clitics, |c| (c == want).then_some(())).map(|(_, j)| j)
    }

    /// The word at `i`. This and the two readers below test the token's kind inline (most tokens they are
    /// asked of are of another kind) and read its text out of line: the grammar asks them in some hundred
    /// places, and each inlined copy carried its slice checks (7 KB of the date code together).
    #[inline]
    pub(super) fn word(&self, i: usize) -> Option<&str> {
        let t = self.toks.get(i).filter(|t| t.kind == TokenKind::Word)?;
        Some(self.text_of(t))
    }

    #[inline(never)]
    fn text_of(&self, t: &Token) -> &str {
        &self.text[t.range()]
    }

    #[inline]
    pub(super) fn number(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.toks.get(i).filter(|t| t.kind == TokenKind::Number)?;
        self.number_value(t)
    }

    #[inline(never)]
    fn number_value(&self, t: &Token) -> Option<(u32, usize)> {
        // A number token is ASCII digits (`tokenize`); nine of them fit a `u32`.
        let digits = &self.text.as_bytes()[t.range()];
        if digits.len() > 9 {
            return None;
        }
        let mut n = 0u32;
        for &b in digits {
            if !b.is_ascii_digit() {
                return None;
            }
            n = n * 10 + u32::from(b - b'0');
        }
        Some((n, digits.len()))
    }

    #[inline]
    pub(super) fn punct(&self, i: usize, c: char) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Punct && self.text_of(t).starts_with(c))
    }

    /// Whether token `i` follows token `i - 1` with no space between them.
    pub(super) fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.spaced)
    }

    pub(super) fn skip_comma(&self, i: usize) -> usize {
        if self.punct(i, ',') {
            i + 1
        } else {
            i
        }
    }

    /// "و" standing alone before the next part of a phrase ("بين 1 و5"): the index after it. A و glued to a
    /// word ("والعشرين") is read as a proclitic of that word instead.
    pub(super) fn and(&self, i: usize) -> usize {
        if self.word(i) == Some("و") {
            i + 1
        } else {
            i
        }
    }

    // ----- numbers -----

    /// A day of the month: 1-31 in digits or in words ("السادس", "الحادي عشر", "الخامس والعشرين").
    pub(super) fn day_number(&self, i: usize, clitics: bool) -> Step<u8> {
        if let Some((n, digits)) = self.number(i) {
            return (digits <= 2 && (1..=31).contains(&n)).then_some((n as u8, i + 1));
        }
        let (n, j) = self.number_words(i, clitics, true)?;
        (1..=31).contains(&n).then_some((n as u8, j))
    }

    /// Whether the word at `i` is an ordinal in the feminine ("الثانية", "الثامنة", "الأولى"), which agrees with
    /// a weekday ("الجمعة الثانية"), never with the masculine day of a month.
    pub(super) fn feminine_ordinal(&self, i: usize) -> bool {
        let ordinal = self
            .cat(i, false, |c| {
                matches!(c, Cat::Number(_, NumberKind::Ordinal | NumberKind::UnitOrdinal)).then_some(())
            })
            .is_some();
        ordinal && self.word(i).is_some_and(|w| w.ends_with('ه') || w.ends_with("ولي"))
    }

    /// A count: digits, or cardinal words ("ثلاثة", "خمسة عشر", "أحد عشر", "عشرين").
    pub(super) fn count(&self, i: usize, clitics: bool) -> Step<u32> {
        if let Some((n, _)) = self.number(i) {
            return Some((n, i + 1));
        }
        // A count too long for `number` is still a count ("قبل 99999999999 يوما"): beyond `u32` it saturates
        // (u32::MAX minutes is past the year 9999 either way), and resolves to no value and a warning instead
        // of being read as something else.
        if let Some(t) = self.toks.get(i).filter(|t| t.kind == TokenKind::Number) {
            let digits = &self.text[t.range()];
            if digits.bytes().all(|b| b.is_ascii_digit()) {
                let n = digits.parse::<u64>().ok().and_then(|n| u32::try_from(n).ok());
                return Some((n.unwrap_or(u32::MAX), i + 1));
            }
        }
        self.number_words(i, clitics, false)
    }

    /// Number words, ordinal (`ordinal`) or cardinal, with the compounds 11-19 and 21-39.
    pub(super) fn number_words(&self, i: usize, clitics: bool, ordinal: bool) -> Step<u32> {
        let (unit, single, j) = self
            .cat(i, clitics, |c| match c {
                Cat::Number(v, NumberKind::Ordinal) if ordinal => Some((v, true)),
                Cat::Number(v, NumberKind::UnitOrdinal) if ordinal => Some((v, false)),
                Cat::Number(v, NumberKind::Cardinal) if !ordinal => Some((v, true)),
                Cat::Number(v, NumberKind::UnitCardinal) if !ordinal => Some((v, false)),
                Cat::Number(v, NumberKind::TeenWord) if !ordinal => Some((v, true)),
                Cat::Number(v, NumberKind::Tens) => Some((v, true)),
                _ => None,
            })
            .map(|((v, single), j)| (v as u32, single, j))?;
        if unit >= 20 {
            return Some((unit, j));
        }
        if unit < 10 {
            if let Some(k) = self.is(j, false, Cat::Number(10, NumberKind::Teen)) {
                return Some((unit + 10, k));
            }
            let after_and = self.and(j);
            if let Some((tens, k)) = self.cat(after_and, true, |c| match c {
                Cat::Number(v, NumberKind::Tens) => Some(v as u32),
                _ => None,
            }) {
                return Some((unit + tens, k));
            }
        }
        // "منذ الحادي من محرم": "الحادي" with no "عشر", a slip for "الأول", read only before "من" and a month.
        let first_of_month = || {
            unit == 1
                && ordinal
                && self
                    .is(j, false, Cat::From)
                    .is_some_and(|k| self.month(k, false).is_some())
        };
        (single || first_of_month()).then_some((unit, j))
    }

    // ----- calendar pieces -----

    /// A month name, with a dual form after it ("تشرين الثاني/نوفمبر", "كانون الأول (ديسمبر)").
    pub(super) fn month(&self, i: usize, clitics: bool) -> Step<(MonthName, bool)> {
        let (m, j, clitic) = self.with_hits(i, clitics, |hits| {
            hits.iter().find_map(|h| match h.cat {
                Cat::Month(m) => Some((m, h.next as usize, h.clitic)),
                _ => None,
            })
        })?;
        if clitic > 0 && !self.glued_month_dated(i, j, clitic) {
            return None;
        }
        let other = |k: usize| {
            self.cat(k, false, |c| match c {
                Cat::Month(o) if o.hijri == m.hijri => Some(o.month),
                _ => None,
            })
        };
        if self.punct(j, '/') {
            if let Some((o, k)) = other(j + 1) {
                return Some(((m, o != m.month), k));
            }
        }
        if self.punct(j, '(') {
            if let Some((o, k)) = other(j + 1) {
                if self.punct(k, ')') {
                    return Some(((m, o != m.month), k + 1));
                }
            }
        }
        // "29 ديسمبر كانون الأول" (the wires' dateline): the same month in the other name, with nothing between;
        // and "7 أكتوبر-تشرين الأول" with a dash (a dash between two different months is a range).
        let after_dash = if self.punct(j, '-') { j + 1 } else { j };
        if let Some((_, k)) = other(after_dash).filter(|&(o, _)| o == m.month) {
            return Some(((m, false), k));
        }
        Some(((m, false), j))
    }

    /// Whether a month name of one word found after a proclitic, `clitic` bytes into token `i` and ending
    /// before `j`, is a month. A name of four letters or fewer is also the tail of common words ("باب" is
    /// "ب" + "آب", "بصفر" "with zero"), so glued to a proclitic it is one only beside a day or year number
    /// ("وآب 2020", "لتموز 2021", "في 3 وآب") or after another month ("بين أيار وآب"), never alone ("من باب
    /// الحيطة", "في باب المندب").
    fn glued_month_dated(&self, i: usize, j: usize, clitic: u8) -> bool {
        // Folded Arabic letters are two bytes each.
        let letters = (self.toks[i].range().len() - usize::from(clitic)) / 2;
        j > i + 1
            || letters > 4
            || i.checked_sub(1).is_some_and(|p| self.number(p).is_some())
            || self.number(self.skip_comma(j)).is_some()
            // "بين كانون الأول وشباط": the second of two months.
            || (i.saturating_sub(2)..i).any(|p| {
                self.with_hits(p, false, |hits| {
                    hits.iter().any(|h| matches!(h.cat, Cat::Month(_)) && h.next as usize == i)
                })
            })
    }

    /// A four-digit year and the era marker after it: `Some(true)` for هـ, `Some(false)` for م.
    pub(super) fn year(&self, i: usize) -> Step<(i32, Option<bool>)> {
        let (y, digits) = self.number(i)?;
        if digits != 4 || !(1000..=2200).contains(&y) {
            return None;
        }
        let j = i + 1;
        match self.cat(j, false, |c| match c {
            Cat::EraHijri => Some(true),
            Cat::EraGregorian => Some(false),
            _ => None,
        }) {
            Some((hijri, k)) => Some(((y as i32, Some(hijri)), k)),
            None => Some(((y as i32, None), j)),
        }
    }

    pub(super) fn direction(&self, i: usize) -> Step<Dir> {
        self.cat(i, false, |c| match c {
            Cat::Direction(d) => Some(d),
            _ => None,
        })
    }

    /// Whether the word at `i` stands in a context of `not-dates.tsv`, asked of the lexicon
    /// ([`Lexicon::is_excluded`](crate::dates::lexicon::Lexicon::is_excluded)) once per token: a weekday or a
    /// relative day is asked again by each kind of phrase it may open.
    pub(super) fn excluded(&self, i: usize) -> bool {
        let slot = i % EXCLUDED;
        if let Some((_, known)) = self.excluded.get()[slot].filter(|&(k, _)| k == i) {
            return known;
        }
        let found = self.read_excluded(i);
        let mut memo = self.excluded.get();
        memo[slot] = Some((i, found));
        self.excluded.set(memo);
        found
    }

    pub(super) fn read_excluded(&self, i: usize) -> bool {
        let word = match self.toks.get(i) {
            Some(t) if t.kind != TokenKind::Punct => &self.text[t.range()],
            _ => return false,
        };
        let bare = match word.chars().next() {
            Some(c @ ('و' | 'ف')) if word.chars().nth(3).is_some() => &word[c.len_utf8()..],
            _ => word,
        };
        // "لليوم الثاني على التوالي": "ل" with the article written "لل" is the word with "ال".
        if let Some(rest) = bare.strip_prefix("لل").filter(|r| !r.is_empty()) {
            const ARTICLE: &str = "ال";
            let mut buf = [0u8; 64];
            if let Some(out) = buf.get_mut(..ARTICLE.len() + rest.len()) {
                out[..ARTICLE.len()].copy_from_slice(ARTICLE.as_bytes());
                out[ARTICLE.len()..].copy_from_slice(rest.as_bytes());
                if let Ok(w) = std::str::from_utf8(out) {
                    return self.lex.is_excluded(self.text, self.toks, i, w);
                }
            }
        }
        // "فبراير" starts with the letter of "ف": the word as written too.
        self.lex.is_excluded(self.text, self.toks, i, bare)
            || (bare.len() < word.len() && self.lex.is_excluded(self.text, self.toks, i, word))
    }

    /// The words after a number that `not-dates.tsv` lists as part of a name, if it does.
    pub(super) fn excluded_number(&self, i: usize) -> Option<usize> {
        let t = self.toks.get(i).filter(|t| t.kind == TokenKind::Number)?;
        self.lex.excluded_after(self.text, self.toks, i, &self.text[t.range()])
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::test_support::values;

    #[test]
    fn al_hadi_alone_before_a_month_is_its_first_day() {
        let found = values("تقام المجالس من الحادي من محرم 1446 حتى العاشر منه", "2024-12-06");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1.as_deref(), Some("2024-07-07/2024-07-16"));
        // Not before anything else, and "الحادي عشر" is still the eleventh.
        assert!(values("الحادي من اللاعبين", "2024-12-06").is_empty());
        let found = values("في الحادي عشر من ديسمبر", "2024-12-06");
        assert_eq!(found[0].1.as_deref(), Some("2024-12-11"));
    }

    #[test]
    fn a_short_month_after_a_proclitic_needs_a_number_beside_it() {
        // "باب" is "ب" + "آب": after a preposition it is no month.
        assert!(values("رست الناقلة في باب الميناء الشرقي", "2024-12-06").is_empty());
        assert!(values("أغلقت المحال من باب الحيطة", "2024-12-06").is_empty());
        // With a year or a day beside it, the glued name is the month.
        let found = values("بين حزيران وآب 2019 تراجعت الأسعار", "2024-12-06");
        assert_eq!(found[0].1.as_deref(), Some("2019-06/2019-08"));
        let found = values("أُرجئ الموعد لتموز 2021", "2024-12-06");
        assert_eq!(found[0].1.as_deref(), Some("2021-07"));
        // After another month it is the second of the two.
        let found = values("تراجعت الأسعار بين كانون الأول وشباط", "2024-12-06");
        assert_eq!(found[0].1.as_deref(), Some("2024-12/2025-02"));
        // A longer name glued to a proclitic is a month as before.
        let found = values("تراجعت الأسعار بين أكتوبر ونوفمبر", "2024-12-06");
        assert_eq!(found[0].1.as_deref(), Some("2024-10/2024-11"));
    }
}
