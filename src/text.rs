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
///
/// # Example
///
/// ```
/// use tarikh::text::FoldedText;
///
/// let original = "أعلنت الوزارةُ إِخلاءَ المبنى";
/// let folded = FoldedText::new(original);
/// assert_eq!(folded.as_str(), "اعلنت الوزاره اخلاء المبني");
/// let at = folded.as_str().find("اخلاء").ok_or("the word is there")?;
/// assert_eq!(&original[folded.original_span(at..at + "اخلاء".len())], "إِخلاءَ");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
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
        let two_byte = two_byte_folds();
        let mut folded = String::with_capacity(original.len());
        let mut anchors = vec![(0u32, 0u32)];
        // Original bytes copied unchanged since `run`.
        let mut run = 0;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if (0x20..0x7F).contains(&b) || b == b'\n' {
                i += 1;
                continue;
            }
            // Two-byte characters (all of Arabic, Latin-1 and the Arabic-Indic digits) by table.
            let fold = if b & 0xE0 == 0xC0 && i + 1 < bytes.len() {
                let cp = (usize::from(b & 0x1F) << 6) | usize::from(bytes[i + 1] & 0x3F);
                match two_byte[cp - 0x80] {
                    SAME => {
                        i += 2;
                        continue;
                    }
                    DROP => None,
                    code => Some(TWO_BYTE_TARGETS[usize::from(code - FIRST_TARGET)]),
                }
            } else {
                let ch = original[i..].chars().next().expect("i is on a char boundary");
                match fold_char(ch) {
                    Fold::Keep(k) if k == ch => {
                        i += ch.len_utf8();
                        continue;
                    }
                    Fold::Keep(k) => Some(k),
                    Fold::Drop => None,
                    Fold::Compat => {
                        folded.push_str(&original[run..i]);
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
                        i += ch.len_utf8();
                        run = i;
                        anchors.push((folded.len() as u32, i as u32));
                        continue;
                    }
                }
            };
            folded.push_str(&original[run..i]);
            i += utf8_len(b);
            if let Some(k) = fold {
                folded.push(k);
            }
            run = i;
            let (f, o) = (folded.len() as u32, i as u32);
            let &(lf, lo) = anchors.last().expect("anchors start with (0, 0)");
            if o - lo != f - lf {
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

/// The length of the UTF-8 sequence that starts with byte `b`.
fn utf8_len(b: u8) -> usize {
    match b.leading_ones() {
        0 => 1,
        n => n as usize,
    }
}

/// A two-byte character (U+0080 to U+07FF) that folds to itself, in [`two_byte_folds`].
const SAME: u8 = 0;
/// A two-byte character that is removed.
const DROP: u8 = 1;
/// The first code of [`two_byte_folds`] that stands for a character of [`TWO_BYTE_TARGETS`].
const FIRST_TARGET: u8 = 2;
/// Every character a two-byte character folds to; code `FIRST_TARGET + i` of [`two_byte_folds`] is the `i`th.
const TWO_BYTE_TARGETS: [char; 20] = [
    'ا', 'ي', 'ه', 'ك', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ',', ';', '?', '.', '"', ' ',
];

/// [`fold_char`] over U+0080 to U+07FF as one byte a character ([`SAME`], [`DROP`] or an index into
/// [`TWO_BYTE_TARGETS`]), computed once: 1,920 bytes, read for every Arabic letter of a text.
fn two_byte_folds() -> &'static [u8; 0x780] {
    static TABLE: std::sync::OnceLock<[u8; 0x780]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        std::array::from_fn(|k| {
            let ch = char::from_u32(0x80 + k as u32).expect("U+0080 to U+07FF are characters");
            match fold_char(ch) {
                Fold::Keep(c) if c == ch => SAME,
                Fold::Keep(c) => {
                    let at = TWO_BYTE_TARGETS.iter().position(|&t| t == c);
                    FIRST_TARGET + at.expect("TWO_BYTE_TARGETS lists every fold of a two-byte character") as u8
                }
                Fold::Drop => DROP,
                Fold::Compat => unreachable!("no compatibility form below U+0800"),
            }
        })
    })
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

/// Whether `b0 b1` is a letter of folded Arabic (U+0621-U+063A, U+0641-U+064A).
#[inline]
fn is_arabic_letter(b0: u8, b1: u8) -> bool {
    (b0 == 0xD8 && (0xA1..=0xBA).contains(&b1)) || (b0 == 0xD9 && (0x81..=0x8A).contains(&b1))
}

/// The length of the letter at `i`, or 0 if the character there is not a letter.
#[inline]
fn letter_len(folded: &str, i: usize) -> usize {
    let bytes = folded.as_bytes();
    let b = bytes[i];
    if b < 0x80 {
        return usize::from(b.is_ascii_alphabetic());
    }
    if let Some(&b1) = bytes.get(i + 1) {
        if is_arabic_letter(b, b1) {
            return 2;
        }
    }
    let c = char_at(folded, i);
    if is_letter(c) {
        c.len_utf8()
    } else {
        0
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
            let len = letter_len(folded, i);
            if len > 0 {
                i += len;
                loop {
                    // Arabic letters two bytes at a time, the rest through `letter_len`.
                    while let [b0, b1, ..] = bytes[i..] {
                        if !is_arabic_letter(b0, b1) {
                            break;
                        }
                        i += 2;
                    }
                    match bytes.get(i).map(|_| letter_len(folded, i)) {
                        None | Some(0) => break,
                        Some(n) => i += n,
                    }
                }
                TokenKind::Word
            } else {
                let ch = char_at(folded, i);
                i += ch.len_utf8();
                if ch.is_whitespace() {
                    spaced = true;
                    continue;
                }
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
///
/// The same as `FoldedText::new(s).as_str()`, without the offset map: ASCII and two-byte characters (all of
/// Arabic) by table, anything else through [`FoldedText::new`]. Catalogs fold thousands of names when they are
/// built, so this is on the path of the first `Catalog::bundled()`.
pub(crate) fn fold_str(s: &str) -> String {
    let bytes = s.as_bytes();
    let two_byte = two_byte_folds();
    let mut out = String::with_capacity(s.len());
    // Bytes copied unchanged since `run`.
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if (0x20..0x7F).contains(&b) || b == b'\n' {
            i += 1;
            continue;
        }
        if b & 0xE0 != 0xC0 || i + 1 >= bytes.len() {
            return FoldedText::new(s).folded;
        }
        let cp = (usize::from(b & 0x1F) << 6) | usize::from(bytes[i + 1] & 0x3F);
        let code = two_byte[cp - 0x80];
        if code != SAME {
            out.push_str(&s[run..i]);
            if code != DROP {
                out.push(TWO_BYTE_TARGETS[usize::from(code - FIRST_TARGET)]);
            }
            run = i + 2;
        }
        i += 2;
    }
    out.push_str(&s[run..]);
    out
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
    fn fold_str_folds_as_folded_text_does() {
        for s in [
            "",
            "وزير الخارجية الروسي",
            "الجُمُعة ٦ كانـــون الأوّل",
            "«غداً»\r\n\tب\u{0001}ج",
            "ﺳﻮﺭﻳﺎ ﻻ",
            "Müller – ١٢٣ “قال”\u{200F}",
            "ا\u{00A0}ب\u{00AD}ج",
        ] {
            assert_eq!(fold_str(s), FoldedText::new(s).as_str(), "{s:?}");
        }
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

/// A set of names (actors, places) matched on the tokens of folded text, leftmost-longest, with proclitics
/// allowed before a name ("والسفارة", "للسفارة", "بدمشق").
///
/// The names form a trie of tokens: a hash map from the first token of a name to its node, then at each node
/// the sorted tokens that can follow. A text costs one to three hash look-ups per word, whatever the number
/// of names, and a common first word ("رئيس" opens 160 titles) costs a binary search per further token. (An
/// aho-corasick automaton over the folded bytes did the same job at a third of the speed: Arabic names share
/// their first bytes, so no prefilter applies and every byte walks a large automaton.)
#[derive(Debug, Clone, Default)]
pub(crate) struct NameSet {
    /// First token of a name → its node, and the node of the names that begin with the article when the
    /// token is their "ل" form ("لسفاره": "للسفارة" is "ل" + "السفارة"), which match only after a "ل".
    roots: rustc_hash::FxHashMap<Box<str>, (Option<u32>, Option<u32>)>,
    nodes: Vec<Node>,
    /// Every token after the first of a name, interned: a token of the text is looked up here once, by hash,
    /// and the children of a node are found by its id, without comparing strings.
    words: rustc_hash::FxHashMap<Box<str>, u32>,
}

/// The edges of a [`NameSet`] while it is built: (node, word id, spaced) → child.
#[derive(Default)]
struct Edges {
    children: rustc_hash::FxHashMap<(u32, u32, bool), u32>,
}

/// Why a name could never be found in a text, or `None` if it can be: it is empty, has no letter or digit
/// once folded (only tatweel, diacritics or punctuation), folds to a single character, or holds a line break
/// (a name is never matched across one). The loaders of
/// names (the gazetteer, the actor catalog) refuse such a name with this reason; [`NameSet`] leaves it out.
pub(crate) fn unmatchable(name: &str) -> Option<&'static str> {
    let name = name.trim();
    if name.is_empty() {
        return Some("it is empty: remove it or write the name");
    }
    // A name does not run over a line break ("\r" folds to one).
    if name.bytes().any(|b| b == b'\r' || b == b'\n') {
        return Some("it holds a line break (\\r or \\n): write the name on one line");
    }
    // Two letters of the Arabic alphabet (tatweel excluded) or ASCII letters and digits survive folding: most
    // names are decided without folding them.
    let plain = |c: &char| {
        c.is_ascii_alphanumeric() || ('\u{0621}'..='\u{063A}').contains(c) || ('\u{0641}'..='\u{064A}').contains(c)
    };
    if name.chars().filter(plain).nth(1).is_some() {
        return None;
    }
    let folded = fold_str(name);
    if !folded.chars().any(char::is_alphanumeric) {
        return Some("it has no letter, only tatweel, diacritics or punctuation: write the name in letters");
    }
    if folded.chars().filter(|c| !c.is_whitespace()).count() < 2 {
        return Some("it is a single letter: write the whole name");
    }
    None
}

#[derive(Debug, Clone, Default)]
struct Node {
    /// The tokens that can follow (their id in [`NameSet::words`]), each with whether white space stands
    /// before it, and the child node; sorted.
    children: Vec<(u32, bool, u32)>,
    /// The caller's key of the name that ends here.
    end: Option<usize>,
}

/// A name found by a [`NameSet`]: the caller's key, the byte offset in the folded text where it starts
/// (proclitics excluded), and the tokens it covers.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NameMatch {
    pub key: usize,
    pub start: usize,
    /// Index of the first and one past the last token of the name.
    pub tokens: (usize, usize),
}

impl NameSet {
    /// Compiles `(name, key)` pairs; names are folded here, and a name seen twice keeps its first key. A name
    /// that [`unmatchable`] refuses is left out (the loaders refuse it first, with an error).
    ///
    /// Linear in the total length of the names: while the set is built, the child of a node is found by hash
    /// (a node may have 100,000 children when names share their first word), and each node's children are
    /// sorted once at the end for the binary search of [`find_tokens`](Self::find_tokens).
    pub(crate) fn new<'a>(names: impl IntoIterator<Item = (&'a str, usize)>) -> NameSet {
        NameSet::new_counted(names, &mut 0)
    }

    /// [`new`](Self::new), adding to `work` one for each token inserted and each child looked up: the work of
    /// building, which tests hold linear in the number of names.
    fn new_counted<'a>(names: impl IntoIterator<Item = (&'a str, usize)>, work: &mut usize) -> NameSet {
        let mut set = NameSet::default();
        let names = names.into_iter();
        // Room for the usual catalog: about two tokens after the first of a name, few names sharing them.
        let n = names.size_hint().0;
        set.roots.reserve(n);
        set.nodes.reserve(3 * n);
        set.words.reserve(n);
        let mut build = Edges::default();
        build.children.reserve(2 * n);
        let mut lam_form = String::new();
        for (name, key) in names {
            if unmatchable(name).is_some() {
                continue;
            }
            let folded = fold_str(name.trim());
            let toks = tokenize(&folded);
            let Some((head, tail)) = toks.split_first() else {
                continue;
            };
            let first = &folded[head.range()];
            if let Some(noun) = first.strip_prefix("ال").filter(|_| head.kind == TokenKind::Word) {
                lam_form.clear();
                lam_form.push('ل');
                lam_form.push_str(noun);
                let root = set.root(&lam_form, true);
                set.insert(&mut build, root, &folded, tail, key, work);
            }
            let root = set.root(first, false);
            set.insert(&mut build, root, &folded, tail, key, work);
        }
        for node in &mut set.nodes {
            *work += node.children.len();
            node.children.sort_unstable();
        }
        set
    }

    fn new_node(&mut self) -> u32 {
        self.nodes.push(Node::default());
        u32::try_from(self.nodes.len() - 1).expect("fewer than 2^32 name tokens")
    }

    fn root(&mut self, first: &str, lam: bool) -> u32 {
        let existing = self.roots.get(first).copied().unwrap_or_default();
        let slot = if lam { existing.1 } else { existing.0 };
        if let Some(node) = slot {
            return node;
        }
        let node = self.new_node();
        let entry = self.roots.entry(first.into()).or_default();
        if lam {
            entry.1 = Some(node);
        } else {
            entry.0 = Some(node);
        }
        node
    }

    fn insert(&mut self, build: &mut Edges, mut node: u32, folded: &str, rest: &[Token], key: usize, work: &mut usize) {
        for tok in rest {
            *work += 1;
            let (word, spaced) = (&folded[tok.range()], tok.spaced);
            let word_id = match self.words.get(word) {
                Some(&id) => id,
                None => {
                    let id = u32::try_from(self.words.len()).expect("fewer than 2^32 name tokens");
                    self.words.insert(word.into(), id);
                    id
                }
            };
            node = match build.children.get(&(node, word_id, spaced)) {
                Some(&child) => child,
                None => {
                    let child = self.new_node();
                    self.nodes[node as usize].children.push((word_id, spaced, child));
                    build.children.insert((node, word_id, spaced), child);
                    child
                }
            };
        }
        self.nodes[node as usize].end.get_or_insert(key);
    }

    /// Every name in a folded text already split into `toks`: at each token, the name that starts earliest
    /// in it (after the fewest proclitics), the longest of those; the search goes on after it.
    pub(crate) fn find_tokens(&self, folded: &str, toks: &[Token]) -> Vec<NameMatch> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            match self.longest_at(folded, toks, i) {
                Some(m) => {
                    i = m.tokens.1;
                    out.push(m);
                }
                None => i += 1,
            }
        }
        out
    }

    fn longest_at(&self, folded: &str, toks: &[Token], i: usize) -> Option<NameMatch> {
        let tok = &toks[i];
        let word = &folded[tok.range()];
        for (clitic, after_lam) in clitic_splits(word, tok.kind) {
            let Some(&(plain, lam)) = self.roots.get(&word[clitic..]) else {
                continue;
            };
            let lam = lam.filter(|_| after_lam);
            let best = [plain, lam]
                .into_iter()
                .flatten()
                .filter_map(|root| self.walk(folded, toks, i, root))
                .max_by_key(|&(_, end)| end);
            if let Some((key, end)) = best {
                // A split with fewer proclitics starts earlier: it wins over any later one.
                return Some(NameMatch {
                    key,
                    start: tok.start as usize + clitic,
                    tokens: (i, end),
                });
            }
        }
        None
    }

    /// The longest name from `node` (the node of token `i`) on: its key and the token after it.
    fn walk(&self, folded: &str, toks: &[Token], i: usize, mut node: u32) -> Option<(usize, usize)> {
        let mut best = self.nodes[node as usize].end.map(|key| (key, i + 1));
        let mut j = i + 1;
        while let Some(t) = toks.get(j) {
            let children = &self.nodes[node as usize].children;
            if children.is_empty() {
                break;
            }
            // A name does not run over a line break.
            if t.spaced && folded[toks[j - 1].end as usize..t.start as usize].contains('\n') {
                break;
            }
            let child = |t: &Token, spaced: bool| {
                let &word = self.words.get(&folded[t.range()])?;
                let at = children
                    .binary_search_by(|&(w, s, _)| (w, s).cmp(&(word, spaced)))
                    .ok()?;
                Some(children[at].2)
            };
            // A quotation mark may open inside a name: "قناة "العربية"", "وكالة «سانا»".
            let quote = t.kind == TokenKind::Punct && &folded[t.range()] == "\"";
            let step = match child(t, t.spaced) {
                Some(next) => Some((next, 1)),
                None if quote => toks
                    .get(j + 1)
                    .and_then(|n| child(n, t.spaced || n.spaced))
                    .map(|next| (next, 2)),
                None => None,
            };
            let Some((next, used)) = step else { break };
            node = next;
            j += used;
            if let Some(key) = self.nodes[node as usize].end {
                best = Some((key, j));
            }
        }
        best
    }
}

/// The ways a token can be split into proclitics and a word, fewest proclitics first: the bytes of the
/// proclitics, and whether the last of them is "ل". A word of letters may carry و or ف, then ب, ل or ك.
fn clitic_splits(word: &str, kind: TokenKind) -> impl Iterator<Item = (usize, bool)> {
    let mut splits = [(0, false); 3];
    let mut n = 1;
    if kind == TokenKind::Word {
        let mut c = 0;
        if word.starts_with(['و', 'ف']) {
            c = 'و'.len_utf8();
            splits[n] = (c, false);
            n += 1;
        }
        if let Some(p) = word[c..].chars().next().filter(|p| matches!(p, 'ب' | 'ل' | 'ك')) {
            if c + p.len_utf8() < word.len() {
                splits[n] = (c + p.len_utf8(), p == 'ل');
                n += 1;
            }
        }
    }
    splits.into_iter().take(n)
}

#[cfg(test)]
mod name_set_tests {
    use super::*;

    /// A word of Arabic letters for each number, all different.
    fn word(mut i: usize) -> String {
        const LETTERS: [char; 20] = [
            'ب', 'ت', 'ث', 'ج', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز', 'س', 'ش', 'ص', 'ض', 'ط', 'ظ', 'ع', 'غ', 'ف', 'ق',
        ];
        let mut out = String::from("م");
        loop {
            out.push(LETTERS[i % LETTERS.len()]);
            i /= LETTERS.len();
            if i == 0 {
                return out;
            }
        }
    }

    #[test]
    fn names_that_can_never_match_are_named_with_a_reason() {
        assert_eq!(unmatchable("حمص"), None);
        assert_eq!(unmatchable("دير الزور"), None);
        for name in [
            "",
            "  ",
            "ـــ",
            "\u{064E}\u{0650}",
            "...",
            "ب",
            "ـبـ",
            "ريف\rحلب",
            "ريف\nحلب",
        ] {
            assert!(unmatchable(name).is_some(), "{name:?}");
        }
        let set = NameSet::new([("ـــ", 0), ("حمص", 1)]);
        let folded = fold_str("في حمص");
        let found = set.find_tokens(&folded, &tokenize(&folded));
        assert_eq!(found.iter().map(|m| m.key).collect::<Vec<_>>(), [1]);
    }

    /// Names that share their first word ("ريف X", "فلان X") hang from one node: building the set is linear
    /// (issue 13: 100,000 such names took 44 s when each child was found by a scan).
    #[test]
    fn names_sharing_a_first_word_load_in_linear_work() {
        let names = |n: usize| (0..n).map(|i| format!("فلان {} الثاني", word(i))).collect::<Vec<_>>();
        let mut work = [0, 0];
        for (w, n) in work.iter_mut().zip([1000, 16_000]) {
            let names = names(n);
            let set = NameSet::new_counted(names.iter().map(|s| s.as_str()).zip(0..), w);
            let text = format!("وقال {} أمس", names[n - 1]);
            let folded = fold_str(&text);
            let found = set.find_tokens(&folded, &tokenize(&folded));
            assert_eq!(found.iter().map(|m| m.key).collect::<Vec<_>>(), [n - 1]);
        }
        assert!(
            work[1] <= 2 * 16 * work[0],
            "work at 1x {}, at 16x {}",
            work[0],
            work[1]
        );
    }
}
