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
    /// The places where the alignment of folded and original bytes changes, as (folded byte, original byte),
    /// starting with (0, 0). Between two of them, folded and original bytes correspond one to one: most
    /// Arabic letters fold to letters of the same length, so the map stays small.
    anchors: Vec<(u32, u32)>,
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
        let bytes = original.as_bytes();
        let mut folded = String::with_capacity(original.len());
        let mut anchors = vec![(0u32, 0u32)];
        // Original bytes copied unchanged since `run`.
        let mut run = 0;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if (0x20..0x7F).contains(&b) {
                i += 1;
                continue;
            }
            // Most Arabic letters fold to themselves: decode them from their two bytes without a table.
            if (b == 0xD8 || b == 0xD9) && i + 1 < bytes.len() {
                let cp = (u32::from(b & 0x1F) << 6) | u32::from(bytes[i + 1] & 0x3F);
                let unchanged =
                    matches!(cp, 0x0621 | 0x0624 | 0x0626..=0x0628 | 0x062A..=0x063A | 0x0641..=0x0648 | 0x064A);
                if unchanged {
                    i += 2;
                    continue;
                }
            }
            let ch = original[i..].chars().next().expect("i is on a char boundary");
            let len = ch.len_utf8();
            let fold = fold_char(ch);
            if matches!(fold, Fold::Keep(k) if k == ch) {
                i += len;
                continue;
            }
            folded.push_str(&original[run..i]);
            match fold {
                Fold::Keep(k) => folded.push(k),
                Fold::Drop => {}
                Fold::Compat => {
                    let mut first = true;
                    for c in ch.to_string().nfkc() {
                        if let Fold::Keep(k) = fold_char(c) {
                            if !first {
                                // A later character of an expansion ("ﻻ" → "لا") starts where the glyph did.
                                anchors.push((folded.len() as u32, i as u32));
                            }
                            folded.push(k);
                            first = false;
                        }
                    }
                }
            }
            i += len;
            run = i;
            let (f, o) = (folded.len() as u32, i as u32);
            let &(lf, lo) = anchors.last().expect("anchors start with (0, 0)");
            if o - lo != f - lf || matches!(fold, Fold::Compat) {
                anchors.push((f, o));
            }
        }
        folded.push_str(&original[run..]);
        FoldedText {
            folded,
            anchors,
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

    /// The original byte that folded byte `f` came from.
    fn original(&self, f: usize) -> usize {
        let at = self.anchors.partition_point(|a| a.0 as usize <= f) - 1;
        let (af, ao) = self.anchors[at];
        ao as usize + (f - af as usize)
    }

    /// The byte range of the original text that the folded byte range `folded` came from. A range ends
    /// where the next folded character begins, so it covers the marks and controls removed after its last
    /// letter ("غداً").
    ///
    /// The result always lies on character boundaries of the original when `folded` lies on character
    /// boundaries of the folded text.
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
        let start = self.original(folded.start);
        let end = if folded.end == self.folded.len() {
            self.original_len
        } else {
            self.original(folded.end)
        };
        start..end.max(start)
    }
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

/// The character at a byte offset known to be a boundary; two-byte characters (all of Arabic) are decoded
/// by hand, the hot case of the tokenizer.
#[inline]
fn char_at(text: &str, i: usize) -> char {
    let bytes = text.as_bytes();
    let b = bytes[i];
    if b < 0x80 {
        return char::from(b);
    }
    if b & 0xE0 == 0xC0 {
        let cp = (u32::from(b & 0x1F) << 6) | u32::from(bytes[i + 1] & 0x3F);
        return char::from_u32(cp).unwrap_or(char::REPLACEMENT_CHARACTER);
    }
    text[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER)
}

/// Whether a character belongs to a word: the Arabic letters first, without a table look-up.
#[inline]
fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{0621}'..='\u{064A}').contains(&c) || (!c.is_ascii() && c.is_alphabetic())
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
            let ch = char_at(folded, i);
            if is_letter(ch) {
                i += ch.len_utf8();
                while i < bytes.len() {
                    // The letters of folded Arabic (U+0621-U+063A, U+0641-U+064A) by their bytes.
                    if i + 1 < bytes.len() {
                        let (b0, b1) = (bytes[i], bytes[i + 1]);
                        if (b0 == 0xD8 && (0xA1..=0xBA).contains(&b1)) || (b0 == 0xD9 && (0x81..=0x8A).contains(&b1)) {
                            i += 2;
                            continue;
                        }
                    }
                    let c = char_at(folded, i);
                    if !is_letter(c) {
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
        // A DFA takes a tenth of a second to build for a few thousand names and then reads text several
        // times faster than the default NFA, which pays off over an archive. Unoptimized builds (tests, doc
        // tests) build many matchers and read little text: they keep the automatic choice.
        let kind = if cfg!(debug_assertions) {
            None
        } else {
            Some(aho_corasick::AhoCorasickKind::DFA)
        };
        let matcher = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .kind(kind)
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
