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

mod filter;
mod fold;
mod hashed;
mod names;
mod pairs;
mod slots;
mod tokens;

use std::ops::Range;

pub(crate) use filter::WordFilter;
pub(crate) use fold::{fold_str, without_pronoun};
pub(crate) use hashed::HashedWords;
pub(crate) use names::{unmatchable, NameKeys, NameSet};
pub(crate) use tokens::{tokenize, Token, TokenKind};

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
    /// For each block of [`BLOCK`] folded bytes, the number of anchors before it: [`FoldedText::original`]
    /// searches only the anchors of one block (a news text has an anchor every few words: at each "،",
    /// digit or diacritic).
    blocks: Vec<u32>,
    original_len: usize,
}

/// The folded bytes of a block of [`FoldedText::blocks`], as a power of two.
const BLOCK_BITS: u32 = 8;

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
        // Room for an anchor every 32 bytes (a news text has one every few words): the map does not grow from
        // one anchor, four or five times a text.
        let mut anchors = Vec::with_capacity(original.len() / 32 + 1);
        anchors.push((0u32, 0u32));
        fold::fold_into(original, &mut folded, |f, o| {
            let (f, o) = (f as u32, o as u32);
            let &(lf, lo) = anchors.last().expect("anchors start with (0, 0)");
            // A place where the alignment stays as the last anchor says adds nothing to the map.
            if o - lo != f - lf {
                anchors.push((f, o));
            }
        });
        let mut blocks = Vec::with_capacity((folded.len() >> BLOCK_BITS) + 2);
        let mut k = 0;
        for b in 0..(folded.len() >> BLOCK_BITS) + 2 {
            while anchors.get(k).is_some_and(|a| (a.0 as usize) < b << BLOCK_BITS) {
                k += 1;
            }
            blocks.push(k as u32);
        }
        FoldedText {
            folded,
            anchors,
            blocks,
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
        // The anchor that maps `f` is the last one at or before it: after the anchors before f's block (the
        // first of which is (0, 0)) and before those of the next block.
        let block = f >> BLOCK_BITS;
        let lo = self.blocks.get(block).map_or(self.anchors.len(), |&k| k as usize);
        let hi = self.blocks.get(block + 1).map_or(self.anchors.len(), |&k| k as usize);
        let at = lo + self.anchors[lo..hi].partition_point(|a| a.0 as usize <= f) - 1;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_off_a_third_person_pronoun() {
        assert_eq!(without_pronoun("مراسلها"), Some("مراسل"));
        assert_eq!(without_pronoun("نقلته"), Some("نقلت"));
        assert_eq!(without_pronoun("مراسل"), None);
    }

    #[test]
    fn folds_letters_digits_and_marks() {
        assert_eq!(fold_str("أإآٱ"), "اااا");
        assert_eq!(fold_str("مصطفى"), "مصطفي");
        assert_eq!(fold_str("الجمعة"), "الجمعه");
        assert_eq!(fold_str("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹"), "0123456789 0123456789");
        assert_eq!(fold_str("غداً"), "غدا");
        assert_eq!(fold_str("كانـــون"), "كانون");
        assert_eq!(fold_str("أمس،اليوم؛"), "امس,اليوم;");
        // Tatweel standing alone between spaces is a dash; inside or after a word it is dropped.
        assert_eq!(fold_str("12 ــ 13"), "12 - 13");
        assert_eq!(fold_str("بغداد ـ"), "بغداد -");
        assert_eq!(fold_str("عـــاجل ـ"), "عاجل -");
        assert_eq!(fold_str("كـ ـ"), "ك -");
        // Between two digits it is a dash too ("2014ـ2018", "١٩٥٤ـ١٩٦٢").
        assert_eq!(fold_str("2014ـ2018"), "2014-2018");
        assert_eq!(fold_str("١٩٥٤ــ١٩٦٢"), "1954-1962");
        assert_eq!(fold_str("ـ2018"), "2018");
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
            "لـ/المعلومة/، قبل /5/ أيام",
            "قناة ((المسيرة)) و((1))",
        ] {
            assert_eq!(fold_str(s), FoldedText::new(s).as_str(), "{s:?}");
        }
    }

    #[test]
    fn slashes_around_a_name_or_a_number_are_quotes() {
        assert_eq!(
            fold_str("وقال مصدر أمني لـ/المعلومة/، إن"),
            "وقال مصدر امني ل\"المعلومه\", ان"
        );
        assert_eq!(
            fold_str("وقالت في بيان تلقت /بغداد اليوم/ نسخة"),
            "وقالت في بيان تلقت \"بغداد اليوم\" نسخه"
        );
        assert_eq!(fold_str("قبل /5/ أيام"), "قبل  5  ايام");
        // A space after the mark that follows a proclitic; single quotes, straight or curly, around a name.
        assert_eq!(
            fold_str("وقال النائب عن الكتلة في حديث لـ/ المعلومة/، ان"),
            "وقال النائب عن الكتله في حديث ل\" المعلومه\", ان"
        );
        assert_eq!(fold_str("وأفادت قناة 'كان' العبرية"), "وافادت قناه \"كان\" العبريه");
        assert_eq!(fold_str("وأفادت قناة ‘كان’ العبرية"), "وافادت قناه \"كان\" العبريه");
        // Not an apostrophe in a Latin name, nor a number in quotes.
        assert_eq!(fold_str("O'Brien's '90"), "O'Brien's '90");
        // Dates, paired month names, "و/أو", a lone slash and addresses stay as they are.
        // So do the wires of a dateline, among the first words of a line.
        for kept in [
            "الدوحة /قنا/ - أعلنت",
            "بغداد - /نينا/",
            "5/12/2024",
            "آذار/مارس",
            "و/أو غيرها",
            "2014 / قتل",
            "https://a.com/b/c",
            "/مغلق",
        ] {
            assert_eq!(
                fold_str(kept),
                fold_str(&kept.replace('/', "|")).replace('|', "/"),
                "{kept}"
            );
        }
        // A slash whose reach ends inside a two-byte letter.
        let long = format!("/{}", "ت".repeat(40));
        assert_eq!(fold_str(&long), long);
    }

    #[test]
    fn double_parentheses_around_a_name_are_quotes() {
        assert_eq!(fold_str("وذكرت قناة ((الساحة)) أن"), "وذكرت قناه  \"الساحه\"  ان");
        assert_eq!(fold_str("((نبأ اليوم))"), " \"نبا اليوم\" ");
        // Numbers in a list, parentheses inside parentheses and a mark glued to a word stay as they are.
        for kept in ["((1))", "(أ (ب))", "((قال (هنا)))", "ب((سطر))", "((غير مغلق"] {
            assert_eq!(
                fold_str(kept),
                fold_str(&kept.replace('(', "[").replace(')', "]"))
                    .replace('[', "(")
                    .replace(']', ")"),
                "{kept}"
            );
        }
    }

    #[test]
    fn hashtags_read_as_words_apart() {
        assert_eq!(fold_str("أعلنت #قوات_الدعم_السريع"), "اعلنت  قوات الدعم السريع");
        assert_eq!(fold_str("في قضاء #خانقين ب #ديالى"), "في قضاء  خانقين ب  ديالي");
        for kept in ["file_name.txt", "#1", "a#b", "رقم_1"] {
            assert_eq!(fold_str(kept), kept, "{kept}");
        }
        // Full-width marks fold to the ASCII ones and are read as they are.
        assert_eq!(fold_str("أعلنت ＃قوات＿الدعم"), "اعلنت  قوات الدعم");
        assert_eq!(
            fold_str("وقال مصدر امني لـ／المعلومة／ ان"),
            "وقال مصدر امني ل\"المعلومه\" ان"
        );
    }

    #[test]
    fn folds_presentation_forms() {
        // ﻻ is the lam-alef ligature; ﺳ ﻮ ﺭ ﻳ ﺎ are contextual forms of سوريا.
        assert_eq!(fold_str("ﻻ"), "لا");
        assert_eq!(fold_str("ﺳﻮﺭﻳﺎ"), "سوريا");
    }

    /// The block index finds the anchor a binary search over all of them finds, at every folded byte.
    #[test]
    fn the_block_index_maps_as_a_full_search_does() {
        let original = "قالَ الوزيرُ، في ٣ أيّام «غداً» ﻻ\u{200F} ".repeat(60);
        let folded = FoldedText::new(&original);
        assert!(folded.blocks.len() > 4);
        for f in 0..=folded.as_str().len() {
            let at = folded.anchors.partition_point(|a| a.0 as usize <= f) - 1;
            let (af, ao) = folded.anchors[at];
            assert_eq!(folded.original(f), ao as usize + (f - af as usize), "at {f}");
        }
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
