//! The normalized view of a text that every matcher in the crate reads, with an offset map back to the
//! caller's original bytes.
//!
//! Arabic news text reaches us with every spelling variant that does not change a word: diacritics (تشكيل),
//! tatweel (كانـــون), four shapes of alef, ى for ي, ة for ه, three digit systems, presentation-form glyphs, and
//! invisible bidi controls pasted from web pages. [`FoldedText`] removes or unifies all of them once, so that
//! vocabulary tables need list each word only once, and keeps for every byte of the folded text the range of
//! the original it came from. Matchers work on the folded text and report spans through
//! [`FoldedText::original_span`].
//!
//! # Example
//!
//! ```
//! use tarikh::text::FoldedText;
//!
//! let original = "الجُمُعة ٦ كانـــون الأوّل";
//! let folded = FoldedText::new(original);
//! assert_eq!(folded.as_str(), "الجمعه 6 كانون الاول");
//! // "6" in the folded text is "٦" in the original.
//! let at = folded.as_str().find('6').unwrap();
//! assert_eq!(&original[folded.original_span(at..at + 1)], "٦");
//! ```

use std::ops::Range;

use unicode_normalization::UnicodeNormalization;

/// A text folded for matching, with a map from every folded byte back to the original.
#[derive(Debug, Clone)]
pub struct FoldedText {
    folded: String,
    /// For each byte of `folded`: the original byte range of the character it came from, widened over any
    /// removed characters (diacritics, controls) that follow it.
    origin: Vec<(u32, u32)>,
    original_len: usize,
}

impl FoldedText {
    /// Folds `original`.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::text::FoldedText;
    /// assert_eq!(FoldedText::new("«غداً»").as_str(), "\"غدا\"");
    /// ```
    pub fn new(original: &str) -> Self {
        let mut folded = String::with_capacity(original.len());
        let mut origin: Vec<(u32, u32)> = Vec::with_capacity(original.len());
        let mut buf = [0u8; 4];
        for (at, ch) in original.char_indices() {
            let from = at as u32;
            let to = (at + ch.len_utf8()) as u32;
            match fold_char(ch) {
                Fold::Keep(c) => push(&mut folded, &mut origin, c, from, to, &mut buf),
                Fold::Drop => {
                    // Attach what is dropped to the character before it, so that a span ending on a
                    // letter also covers its diacritics.
                    if let Some(last) = folded.chars().next_back() {
                        let n = last.len_utf8();
                        let len = origin.len();
                        for slot in &mut origin[len - n..] {
                            slot.1 = to;
                        }
                    }
                }
                Fold::Compat => {
                    for c in ch.to_string().nfkc() {
                        match fold_char(c) {
                            Fold::Keep(c) => push(&mut folded, &mut origin, c, from, to, &mut buf),
                            Fold::Drop | Fold::Compat => {}
                        }
                    }
                }
            }
        }
        FoldedText {
            folded,
            origin,
            original_len: original.len(),
        }
    }

    /// The folded text.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::text::FoldedText;
    /// assert_eq!(FoldedText::new("إدلب").as_str(), "ادلب");
    /// ```
    pub fn as_str(&self) -> &str {
        &self.folded
    }

    /// The byte range of the original text that the folded byte range `folded` came from.
    ///
    /// The result always lies on character boundaries of the original. An empty range maps to an empty range
    /// at the corresponding place.
    ///
    /// # Panics
    ///
    /// Panics if `folded` is out of bounds of the folded text.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::text::FoldedText;
    /// let original = "قبل ٣ أيّام";
    /// let folded = FoldedText::new(original);
    /// assert_eq!(&original[folded.original_span(0..folded.as_str().len())], original);
    /// ```
    pub fn original_span(&self, folded: Range<usize>) -> Range<usize> {
        assert!(folded.start <= folded.end && folded.end <= self.folded.len());
        if folded.start == folded.end {
            let at = self
                .origin
                .get(folded.start)
                .map_or(self.original_len, |o| o.0 as usize);
            return at..at;
        }
        self.origin[folded.start].0 as usize..self.origin[folded.end - 1].1 as usize
    }
}

fn push(folded: &mut String, origin: &mut Vec<(u32, u32)>, c: char, from: u32, to: u32, buf: &mut [u8; 4]) {
    let bytes = c.encode_utf8(buf).len();
    folded.push(c);
    origin.extend(std::iter::repeat_n((from, to), bytes));
}

enum Fold {
    Keep(char),
    Drop,
    /// A compatibility form (Arabic presentation forms, full-width Latin and digits): decompose with NFKC.
    Compat,
}

fn fold_char(ch: char) -> Fold {
    match ch {
        // Tashkeel, Quranic marks, superscript alef, tatweel.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}' => Fold::Drop,
        // Bidi, joiners, zero-width and BOM.
        '\u{200B}'..='\u{200F}'
        | '\u{061C}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{00AD}' => Fold::Drop,
        'أ' | 'إ' | 'آ' | 'ٱ' | '\u{0672}' | '\u{0673}' => Fold::Keep('ا'),
        'ى' | 'ی' | 'ې' => Fold::Keep('ي'),
        'ة' => Fold::Keep('ه'),
        'ک' => Fold::Keep('ك'),
        '٠'..='٩' => Fold::Keep(char::from(b'0' + (ch as u32 - '٠' as u32) as u8)),
        '۰'..='۹' => Fold::Keep(char::from(b'0' + (ch as u32 - '۰' as u32) as u8)),
        '،' => Fold::Keep(','),
        '؛' => Fold::Keep(';'),
        '؟' => Fold::Keep('?'),
        '٫' => Fold::Keep('.'),
        '“' | '”' | '„' | '‟' | '«' | '»' | '″' | '＂' | '〝' | '〞' => Fold::Keep('"'),
        '‘' | '’' | '‚' | '‛' | '‹' | '›' => Fold::Keep('\''),
        '–' | '—' | '‒' | '―' | '−' => Fold::Keep('-'),
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\t' => Fold::Keep(' '),
        '\r' => Fold::Keep('\n'),
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}' | '\u{FF01}'..='\u{FF5E}' => Fold::Compat,
        c if c.is_control() && c != '\n' => Fold::Drop,
        c => Fold::Keep(c),
    }
}

/// What a [`Token`] is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// A run of letters (Arabic or other scripts).
    Word,
    /// A run of ASCII digits (all digit systems are folded to ASCII first).
    Number,
    /// One character that is neither a letter, a digit nor white space.
    Punct,
}

/// A token of the folded text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    pub kind: TokenKind,
    /// Byte range in the folded text.
    pub start: u32,
    pub end: u32,
    /// Whether white space separates this token from the previous one.
    pub spaced: bool,
}

impl Token {
    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// Splits folded text into words, numbers and punctuation.
pub(crate) fn tokenize(folded: &str) -> Vec<Token> {
    let bytes = folded.as_bytes();
    let mut tokens = Vec::with_capacity(folded.len() / 5);
    let mut i = 0;
    let mut spaced = false;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b' ' || b == b'\n' {
            spaced = true;
            i += 1;
            continue;
        }
        let start = i;
        let kind = if b.is_ascii_digit() {
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            TokenKind::Number
        } else {
            let ch = folded[i..].chars().next().expect("i is on a char boundary");
            if ch.is_alphabetic() {
                while i < bytes.len() {
                    let c = folded[i..].chars().next().expect("char boundary");
                    if !c.is_alphabetic() {
                        break;
                    }
                    i += c.len_utf8();
                }
                TokenKind::Word
            } else if ch.is_whitespace() {
                spaced = true;
                i += ch.len_utf8();
                continue;
            } else {
                i += ch.len_utf8();
                TokenKind::Punct
            }
        };
        tokens.push(Token {
            kind,
            start: start as u32,
            end: i as u32,
            spaced,
        });
        spaced = false;
    }
    tokens
}

/// Folds a vocabulary entry the way text is folded, so tables and text meet on the same spelling.
pub(crate) fn fold_str(s: &str) -> String {
    FoldedText::new(s).folded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_letters_digits_and_marks() {
        assert_eq!(fold_str("أإآٱ"), "اااا");
        assert_eq!(fold_str("مصطفى"), "مصطفي");
        assert_eq!(fold_str("الجمعة"), "الجمعه");
        assert_eq!(fold_str("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹"), "0123456789 0123456789");
        assert_eq!(fold_str("غداً"), "غدا");
        assert_eq!(fold_str("كانـــون"), "كانون");
        assert_eq!(fold_str("أمس،اليوم؛"), "امس,اليوم;");
    }

    #[test]
    fn folds_quotes_and_controls() {
        assert_eq!(fold_str("“أ” „ب‟ «ج» \"د\""), "\"ا\" \"ب\" \"ج\" \"د\"");
        assert_eq!(fold_str("ا\u{200F}ب\u{202B}ج\u{2066}د\u{061C}ه"), "ابجده");
    }

    #[test]
    fn folds_presentation_forms() {
        // ﻻ is the lam-alef ligature; ﺳ ﻮ ﺭ ﻳ ﺎ are contextual forms of سوريا.
        assert_eq!(fold_str("ﻻ"), "لا");
        assert_eq!(fold_str("ﺳﻮﺭﻳﺎ"), "سوريا");
    }

    #[test]
    fn spans_cover_removed_marks() {
        let original = "غداً";
        let folded = FoldedText::new(original);
        assert_eq!(folded.original_span(0..folded.as_str().len()), 0..original.len());
    }

    #[test]
    fn tokens_split_letters_from_digits() {
        let folded = fold_str("بـ6 من 10، و5/12/2024");
        let toks = tokenize(&folded);
        let kinds: Vec<_> = toks.iter().map(|t| (&folded[t.range()], t.kind)).collect();
        assert_eq!(kinds[0], ("ب", TokenKind::Word));
        assert_eq!(kinds[1], ("6", TokenKind::Number));
        assert!(!toks[1].spaced);
        assert_eq!(kinds[4], (",", TokenKind::Punct));
        assert_eq!(kinds[5], ("و", TokenKind::Word));
        assert_eq!(kinds[6], ("5", TokenKind::Number));
    }
}

/// A set of names (actors, places) matched on folded text with aho-corasick, leftmost-longest, on word
/// boundaries, with proclitics allowed before a name ("والسفارة", "للسفارة", "بدمشق").
#[derive(Debug, Clone)]
pub(crate) struct NameSet {
    matcher: aho_corasick::AhoCorasick,
    /// For each pattern: the caller's key, and whether the pattern is a name with its article written as the
    /// "ل" of "لل".
    keys: Vec<(usize, bool)>,
}

/// A name found by a [`NameSet`]: the caller's key and the byte range in the folded text, proclitics
/// excluded.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NameMatch {
    pub key: usize,
    pub start: usize,
    pub end: usize,
}

impl NameSet {
    /// Compiles `(name, key)` pairs; names are folded here, and a name seen twice keeps its first key.
    pub(crate) fn new<'a>(
        names: impl IntoIterator<Item = (&'a str, usize)>,
    ) -> Result<NameSet, aho_corasick::BuildError> {
        let mut patterns = Vec::new();
        let mut keys = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (name, key) in names {
            let folded = fold_str(name.trim());
            if folded.chars().count() < 2 || !seen.insert(folded.clone()) {
                continue;
            }
            if let Some(rest) = folded.strip_prefix("ال") {
                patterns.push(format!("ل{rest}"));
                keys.push((key, true));
            }
            patterns.push(folded);
            keys.push((key, false));
        }
        let matcher = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(&patterns)?;
        Ok(NameSet { matcher, keys })
    }

    /// Every name in a folded text.
    pub(crate) fn find(&self, folded: &str) -> Vec<NameMatch> {
        let mut out = Vec::new();
        for m in self.matcher.find_iter(folded) {
            let (key, lam) = self.keys[m.pattern().as_usize()];
            let (start, end) = (m.start(), m.end());
            if folded[end..].chars().next().is_some_and(char::is_alphabetic) {
                continue;
            }
            let word_start = folded[..start]
                .char_indices()
                .rev()
                .take_while(|(_, c)| c.is_alphabetic())
                .last()
                .map_or(start, |(i, _)| i);
            let prefix = &folded[word_start..start];
            let ok = if lam {
                prefix.ends_with('ل') && is_proclitics(&prefix[..prefix.len() - 'ل'.len_utf8()])
            } else {
                is_proclitics(prefix)
            };
            if ok {
                out.push(NameMatch { key, start, end });
            }
        }
        out
    }
}

/// Whether a prefix of a word is made only of proclitics: و or ف, then ب, ل or ك.
pub(crate) fn is_proclitics(prefix: &str) -> bool {
    let mut chars = prefix.chars().peekable();
    if matches!(chars.peek(), Some('و' | 'ف')) {
        chars.next();
    }
    if matches!(chars.peek(), Some('ب' | 'ل' | 'ك')) {
        chars.next();
    }
    chars.next().is_none()
}
