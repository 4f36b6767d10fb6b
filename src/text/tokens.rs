//! Tokenizing folded text into words, numbers and punctuation.
//!
//! Also compiled into the crate's build script (`build.rs`), which tokenizes the bundled catalog's names.

use std::ops::Range;

use super::pairs::{pairs_prefix, PairTable};

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
    /// Whether that white space holds a line break (read once here: names, sentences and quotations end at
    /// one).
    pub newline: bool,
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
const fn is_arabic_letter(b0: u8, b1: u8) -> bool {
    matches!((b0, b1), (0xD8, 0xA1..=0xBA) | (0xD9, 0x81..=0x8A))
}

/// For each two bytes `b0 b1`, at index `u16::from_le_bytes([b0, b1])`: whether they are a letter of folded
/// Arabic ([`is_arabic_letter`]). 64 KiB, computed at compile time.
static ARABIC_LETTER_PAIRS: PairTable = {
    let mut table = [false; 0x10000];
    let mut w = 0;
    while w < 0x10000 {
        table[w] = is_arabic_letter((w & 0xFF) as u8, (w >> 8) as u8);
        w += 1;
    }
    table
};

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
    let mut newline = false;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b' ' {
            spaced = true;
            i += 1;
            continue;
        }
        if b == b'\n' {
            spaced = true;
            newline = true;
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
                    i += pairs_prefix(&bytes[i..], &ARABIC_LETTER_PAIRS);
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
            newline,
        });
        spaced = false;
        newline = false;
    }
    tokens
}
