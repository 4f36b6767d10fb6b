//! Folding: the one step that removes or unifies every spelling variant that does not change a word, shared
//! by [`FoldedText`](super::FoldedText) (which keeps an offset map) and [`fold_str`] (which does not).
//!
//! This file is also compiled into the crate's build script (`build.rs`), which folds the bundled catalog's
//! names at build time with the same code: it uses nothing of the crate but its sibling modules.

use unicode_normalization::UnicodeNormalization;

use super::pairs::{pairs_prefix, PairTable};

/// Folds `original` onto the end of `out` (empty on entry), calling `realign(folded, original)` at each place
/// where the alignment of folded and original bytes may change: after a character that was removed or
/// replaced by one of another length, and at every character of a compatibility expansion after its first
/// (which starts where the glyph did). Between two such places folded and original bytes correspond one to
/// one. Then the slashes, single quotes and hashtags of the folded text are read ([`paired_quotes`],
/// [`hashtags`]), one byte for one byte.
#[inline]
pub(crate) fn fold_into(original: &str, out: &mut String, mut realign: impl FnMut(usize, usize)) {
    let bytes = original.as_bytes();
    let two_byte = two_byte_folds();
    let pairs = unchanged_pairs();
    // Original bytes copied unchanged since `run`.
    let mut run = 0;
    // Whether a '/' or a '\'', and whether a '#' or '_', was read: most texts have none, and the passes over the folded
    // text that look for them are skipped.
    let (mut quotes, mut hashes) = (false, false);
    let mut i = 0;
    while i < bytes.len() {
        i += unchanged_prefix(&bytes[i..], pairs);
        let Some(&b) = bytes.get(i) else {
            break;
        };
        // Two-byte characters (all of Arabic, Latin-1 and the Arabic-Indic digits) by table.
        let fold = if b & 0xE0 == 0xC0 && i + 1 < bytes.len() {
            let cp = two_byte_code_point(b, bytes[i + 1]);
            match two_byte[cp] {
                SAME => {
                    i += 2;
                    continue;
                }
                // "12 ــ 13 أغسطس": tatweel standing alone between spaces is a dash.
                DROP if cp == 0x640 && lone_tatweel(bytes, i) => Some('-'),
                DROP => None,
                code => Some(TWO_BYTE_TARGETS[usize::from(code - FIRST_TARGET)]),
            }
        } else {
            let Some(ch) = original[i..].chars().next() else {
                break;
            };
            match fold_char(ch) {
                Fold::Keep(k) if k == ch => {
                    quotes |= matches!(ch, '/' | '\'');
                    hashes |= matches!(ch, '#' | '_');
                    i += ch.len_utf8();
                    continue;
                }
                Fold::Keep(k) => {
                    // "‘كان’": curly single quotes fold to the ASCII one.
                    quotes |= k == '\'';
                    Some(k)
                }
                Fold::Drop => None,
                Fold::Compat => {
                    out.push_str(&original[run..i]);
                    let mut first = true;
                    for c in ch.to_string().nfkc() {
                        if let Fold::Keep(k) = fold_char(c) {
                            if !first {
                                // A later character of an expansion ("ﻻ" → "لا") starts where the glyph did.
                                realign(out.len(), i);
                            }
                            out.push(k);
                            // A full-width "／", "＃" or "＿" folds to a mark.
                            quotes |= matches!(k, '/' | '\'');
                            hashes |= matches!(k, '#' | '_');
                            first = false;
                        }
                    }
                    i += ch.len_utf8();
                    run = i;
                    realign(out.len(), i);
                    continue;
                }
            }
        };
        out.push_str(&original[run..i]);
        i += utf8_len(b);
        if let Some(k) = fold {
            out.push(k);
        }
        run = i;
        realign(out.len(), i);
    }
    out.push_str(&original[run..]);
    if quotes {
        paired_quotes(out, '/');
        paired_quotes(out, '\'');
    }
    if hashes {
        hashtags(out);
    }
    double_parens(out);
}

/// The length of the run of characters at the start of `bytes` that fold to themselves: printable ASCII but the
/// marks that [`fold_into`] notes ('#', '\'', '/', '_', left out of [`UNCHANGED_ASCII`]), line breaks and the two-byte
/// characters that [`two_byte_folds`] keeps ([`SAME`]), most of a text. [`fold_into`] passes over them here, in
/// a loop small enough to keep its state in registers, before the general path: runs of pairs that `pairs`
/// ([`unchanged_pairs`]) passes (an Arabic letter, or two such ASCII bytes) by [`pairs_prefix`], and between
/// them a byte of such ASCII alone (the space before a word). About seven instructions an Arabic letter, where a
/// letter at a time took twenty.
#[inline]
fn unchanged_prefix(bytes: &[u8], pairs: &PairTable) -> usize {
    let mut rest = bytes;
    loop {
        rest = rest.split_at(pairs_prefix(rest, pairs)).1;
        match rest {
            [b, tail @ ..] if UNCHANGED_ASCII[usize::from(*b)] => rest = tail,
            _ => return bytes.len() - rest.len(),
        }
    }
}

/// For each byte, whether it is ASCII that folds to itself and no mark that [`fold_into`] notes: printable ASCII
/// but '#', '\'', '/' and '_', and the line break.
const UNCHANGED_ASCII: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = matches!(b as u8, b' '..=b'"' | b'$'..=b'&' | b'('..=b'.' | b'0'..=b'^' | b'`'..=b'~' | b'\n');
        b += 1;
    }
    table
};

/// For each two bytes `b0 b1`, at index `u16::from_le_bytes([b0, b1])`: whether [`unchanged_prefix`] passes over
/// both, as a two-byte character that folds to itself ([`SAME`] in [`two_byte_folds`]) or as two bytes of
/// [`UNCHANGED_ASCII`]. Computed once: 64 KiB.
fn unchanged_pairs() -> &'static PairTable {
    static TABLE: std::sync::OnceLock<Box<[bool; 0x10000]>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let two_byte = two_byte_folds();
        let mut table = Box::new([false; 0x10000]);
        for (w, pass) in table.iter_mut().enumerate() {
            let [b0, b1] = (w as u16).to_le_bytes();
            *pass = (matches!(b0, 0xC0..=0xDF)
                && matches!(b1, 0x80..=0xBF)
                && two_byte[two_byte_code_point(b0, b1)] == SAME)
                || (UNCHANGED_ASCII[usize::from(b0)] && UNCHANGED_ASCII[usize::from(b1)]);
        }
        table
    })
}

/// The code point of the two-byte character `b0 b1`: below 0x800, an index of [`two_byte_folds`] that needs no
/// bounds check.
#[inline]
fn two_byte_code_point(b0: u8, b1: u8) -> usize {
    (usize::from(b0 & 0x1F) << 6) | usize::from(b1 & 0x3F)
}

/// Folds a vocabulary entry the way text is folded, so tables and text meet on the same spelling: the same
/// as `FoldedText::new(s).as_str()`, without the offset map.
pub(crate) fn fold_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out, |_, _| {});
    out
}

/// A folded word without the third-person pronoun attached to its end ("مراسلها" → "مراسل", "نقلته" → "نقلت"),
/// or `None` when it ends in neither "ها" nor "ه". The stem may be no word at all: callers look it up.
pub(crate) fn without_pronoun(word: &str) -> Option<&str> {
    word.strip_suffix("ها").or_else(|| word.strip_suffix('ه'))
}

/// Whether the tatweel at `i` starts a run of tatweel with a space (or the edge of the text) on both sides, as
/// typists write a dash ("12 ــ 13 أغسطس"), or between two digits ("2014ـ2018"): not the stretching of a word
/// ("كانـــون").
fn lone_tatweel(bytes: &[u8], i: usize) -> bool {
    let mut k = i;
    while bytes.get(k..k + 2) == Some(&[0xD9, 0x80]) {
        k += 2;
    }
    // "2014ـ2018": tatweel between two digits joins them as a dash does.
    if digit_ends(bytes, i) && digit_starts(bytes, k) {
        return true;
    }
    if i > 0 && bytes[i - 1] != b' ' {
        return false;
    }
    matches!(bytes.get(k), None | Some(b' ' | b'\n'))
}

/// Whether an ASCII, Arabic-Indic or Persian digit ends right before byte `i`.
fn digit_ends(bytes: &[u8], i: usize) -> bool {
    match i {
        0 => false,
        1 => bytes[0].is_ascii_digit(),
        _ => bytes[i - 1].is_ascii_digit() || indic_digit(bytes[i - 2], bytes[i - 1]),
    }
}

/// Whether an ASCII, Arabic-Indic or Persian digit starts at byte `k`.
fn digit_starts(bytes: &[u8], k: usize) -> bool {
    match bytes.get(k..k + 2) {
        Some(&[a, b]) => a.is_ascii_digit() || indic_digit(a, b),
        _ => bytes.get(k).is_some_and(u8::is_ascii_digit),
    }
}

/// Whether the two bytes are an Arabic-Indic (U+0660-U+0669) or Persian (U+06F0-U+06F9) digit.
fn indic_digit(lead: u8, trail: u8) -> bool {
    matches!((lead, trail), (0xD9, 0xA0..=0xA9) | (0xDB, 0xB0..=0xB9))
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
/// [`TWO_BYTE_TARGETS`]), computed once and indexed by code point (the first 128 bytes, ASCII, are not read):
/// 2 KiB, read for every Arabic letter of a text.
fn two_byte_folds() -> &'static [u8; 0x800] {
    static TABLE: std::sync::OnceLock<[u8; 0x800]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        std::array::from_fn(|k| {
            if k < 0x80 {
                return SAME;
            }
            let ch = char::from_u32(k as u32).expect("U+0080 to U+07FF are characters");
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

/// The slashes that Iraqi outlets write around a name or a number ("لـ/المعلومة/", "لـ/ المعلومة/"، "قبل /5/
/// أيام"), and the single quotes others write around a name ("قناة 'كان' العبرية"), made quotation marks around
/// words and spaces around a number, so that the readers of quoted names and of numbers see them as they see
/// "«المعلومة»" and "5". Each mark is one byte and so is what replaces it: the offset map is unchanged. A mark
/// opens only at the start of a word or after a one-letter proclitic ("ل/", "و/", and a space may follow it
/// there), and closes before the end of a word within a few words on the same line: dates ("5/12/2024"), paired
/// months ("آذار/مارس"), "و/أو", addresses and an apostrophe in a Latin name are left alone.
fn paired_quotes(folded: &mut String, mark: char) {
    const REACH: usize = 48;
    let mut at = 0;
    // `str::find` of one ASCII char searches a word at a time: most texts have no slash at all.
    while let Some(found) = folded[at..].find(mark) {
        let open = at + found;
        at = open + 1;
        let bytes = folded.as_bytes();
        if !opens_quote(bytes, open) {
            continue;
        }
        let reach = &bytes[open + 1..(open + 1 + REACH).min(bytes.len())];
        let Some(len) = reach.iter().position(|&b| b == mark as u8) else {
            continue;
        };
        // Between two ASCII marks: a whole number of characters.
        let close = open + 1 + len;
        // "لـ/ المعلومة/": after a proclitic, the name may stand a space from the mark.
        let proclitic = open > 0 && !matches!(bytes[open - 1], b' ' | b'\n' | b'(' | b'"');
        let body = &folded[open + 1..close];
        let body = match body.strip_prefix(' ') {
            Some(rest) if proclitic && !rest.starts_with(|c: char| c.is_ascii_digit()) => rest,
            _ => body,
        };
        let word_char = |c: char| c.is_alphanumeric();
        let closes = body.chars().next().is_some_and(word_char)
            && body.chars().next_back().is_some_and(word_char)
            && body.chars().all(|c| word_char(c) || c == ' ')
            && folded[close + 1..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric() && c != '/');
        if !closes {
            continue;
        }
        let number = body.bytes().all(|b| b.is_ascii_digit());
        // A single quote around a number or a Latin word is no name of the press ("'90s", "O'Brien's").
        if mark == '\'' && (number || body.is_ascii()) {
            continue;
        }
        // A wire in a dateline stays between slashes, as the dateline readers know it ("الدوحة /قنا/ -").
        if mark == '/' && !number && in_dateline(bytes, open) {
            continue;
        }
        let mark = if number { " " } else { "\"" };
        folded.replace_range(open..open + 1, mark);
        folded.replace_range(close..close + 1, mark);
        at = close + 1;
    }
}

/// The double parentheses that some Yemeni and Iraqi outlets write around a name ("قناة ((المسيرة))"), made
/// quotation marks, so that the readers of quoted names see them as they see "قناة «المسيرة»". Two bytes for
/// two bytes, so the offset map is unchanged: "((" becomes a space and a mark, "))" a mark and a space. They
/// open only at the start of the text or of a word after white space, and close within a few words on the same
/// line around words alone: "((1))" in a list and parentheses inside parentheses are left as they are.
fn double_parens(folded: &mut String) {
    const REACH: usize = 64;
    let mut at = 0;
    // `str::find` of one ASCII char searches a word at a time (a search for "((" builds a searcher for each
    // text and cost ten times more): most texts have few parentheses and no "((" at all.
    while let Some(found) = folded[at..].find('(') {
        let open = at + found;
        at = open + 1;
        let bytes = folded.as_bytes();
        if bytes.get(open + 1) != Some(&b'(') {
            continue;
        }
        at = open + 2;
        if open > 0 && !matches!(bytes[open - 1], b' ' | b'\n' | b'"') {
            continue;
        }
        let reach = &bytes[open + 2..(open + 2 + REACH).min(bytes.len())];
        let Some(len) = reach.windows(2).position(|w| w == b"))") else {
            continue;
        };
        // Between ASCII marks: a whole number of characters.
        let close = open + 2 + len;
        let body = &folded[open + 2..close];
        let word_char = |c: char| c.is_alphabetic();
        let words = body.chars().next().is_some_and(word_char)
            && body.chars().next_back().is_some_and(word_char)
            && body.chars().all(|c| c.is_alphanumeric() || c == ' ');
        if !words {
            continue;
        }
        folded.replace_range(open..open + 2, " \"");
        folded.replace_range(close..close + 2, "\" ");
        at = close + 2;
    }
}

/// The hashtags of social media copied into news ("#قوات_الدعم_السريع", "ب #ديالى"): the "#" before an Arabic
/// word and the "_" between two Arabic words become spaces, so the words read as written apart. One byte for
/// one byte, as in [`paired_quotes`]; "#" and "_" elsewhere (codes, addresses) are left alone.
fn hashtags(folded: &mut String) {
    // The lead bytes of Arabic letters in UTF-8.
    let arabic = |b: Option<&u8>| matches!(b, Some(0xD8..=0xDB));
    for mark in ['#', '_'] {
        // `str::find` of one ASCII char searches a word at a time: most texts have neither.
        let mut at = 0;
        while let Some(found) = folded[at..].find(mark) {
            let i = at + found;
            at = i + 1;
            let bytes = folded.as_bytes();
            let word = arabic(bytes.get(i + 1)) && (mark == '#' || (i >= 2 && arabic(bytes.get(i - 2))));
            if word {
                folded.replace_range(i..i + 1, " ");
            }
        }
    }
}

/// Whether the byte at `at` stands among the first three words of its line, where a dateline names its wire.
fn in_dateline(bytes: &[u8], at: usize) -> bool {
    let line = &bytes[bytes[..at].iter().rposition(|&b| b == b'\n').map_or(0, |n| n + 1)..at];
    line.split(|&b| b == b' ').filter(|w| !w.is_empty()).count() <= 3
}

/// Whether the slash at `open` may open a quotation: at the start of the text or of a word, or after a
/// one-letter Arabic proclitic (ل ب و ف ك) that starts a word.
fn opens_quote(bytes: &[u8], open: usize) -> bool {
    let space = |i: usize| matches!(bytes[i], b' ' | b'\n' | b'(' | b'"');
    match open {
        0 => true,
        1 => space(0),
        _ if space(open - 1) => true,
        // ل D9 84, ب D8 A8, و D9 88, ف D9 81, ك D9 83: two bytes, then the start of the word.
        _ => {
            open >= 2
                && matches!(bytes[open - 2..open], [0xD9, 0x84 | 0x88 | 0x81 | 0x83] | [0xD8, 0xA8])
                && (open == 2 || space(open - 3))
        }
    }
}
