//! A filter over a vocabulary's words, asked before its hash table: most words of a text are in no vocabulary,
//! and the filter says so from 8 KiB that stay in the first-level cache, without hashing the word for the table
//! and missing the cache in it.

/// How many `u64` words a filter holds: 2^16 bits, 8 KiB.
const WORDS: usize = 1 << 10;

/// A set of bits, one for each word put in; a word whose bit is clear was never put in.
#[derive(Debug, Clone)]
pub(crate) struct WordFilter {
    bits: Vec<u64>,
}

impl WordFilter {
    /// A filter that holds every word of `words`.
    pub(crate) fn of<'a>(words: impl IntoIterator<Item = &'a str>) -> WordFilter {
        let mut bits = vec![0; WORDS];
        for word in words {
            let (at, bit) = bit_of(word);
            bits[at] |= bit;
        }
        WordFilter { bits }
    }

    /// Whether `word` may have been put in: false means it was not.
    #[inline]
    pub(crate) fn may_hold(&self, word: &str) -> bool {
        let (at, bit) = bit_of(word);
        self.bits.get(at).is_some_and(|&w| w & bit != 0)
    }
}

/// The word and bit of the filter for a word: its length and its first and last eight bytes (four in a word
/// of four to seven bytes, every byte in a shorter one), mixed by one multiplication. Each read is of a fixed
/// width: a copy of a word's own length was a call to `memcpy` for every short word.
#[inline]
fn bit_of(word: &str) -> (usize, u64) {
    let bytes = word.as_bytes();
    let n = bytes.len();
    let read = |at: usize, len: usize| -> u64 {
        let mut w = [0u8; 8];
        w[..len].copy_from_slice(&bytes[at..at + len]);
        u64::from_le_bytes(w)
    };
    let (head, tail) = match n {
        8.. => (read(0, 8), read(n - 8, 8)),
        4..=7 => (read(0, 4), read(n - 4, 4)),
        // The first, middle and last bytes are all the bytes of a word of one to three.
        1..=3 => (
            u64::from(bytes[0]) | u64::from(bytes[n / 2]) << 8 | u64::from(bytes[n - 1]) << 16,
            0,
        ),
        0 => (0, 0),
    };
    let h = (head ^ tail.rotate_left(29) ^ n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let bit = (h >> 48) as usize;
    (bit >> 6, 1 << (bit & 63))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_every_word_put_in_and_few_others() {
        let words: Vec<String> = (0..2000).map(|i| format!("كلمة{i}")).collect();
        let filter = WordFilter::of(words.iter().map(String::as_str));
        assert!(words.iter().all(|w| filter.may_hold(w)));
        let others = (0..2000).filter(|i| filter.may_hold(&format!("غيرها{i}"))).count();
        assert!(others < 200, "{others} false positives");
        assert!(WordFilter::of([]).may_hold("x").eq(&false));
    }
}
