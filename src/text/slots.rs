//! Open addressing over the strings of a [`NameSet`](super::NameSet)'s tables: the hash both the build script
//! and the crate compute, the look-up and the table of slots.
//!
//! Also compiled into the crate's build script (`build.rs`), with the other modules of the name matcher.

/// The empty slot of a table, and the absent node or key of a [`NameSet`](super::NameSet).
pub(super) const NONE: u32 = u32::MAX;

/// The hash of a token for the tables of a [`NameSet`](super::NameSet): the same at build time and at run time
/// on every platform (eight bytes at a time, little-endian, multiplied as FxHash does). The last bytes are read
/// as the eight that end the token (or, in a shorter one, its first and last four), without copying them.
pub(super) fn hash(s: &str) -> u32 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let bytes = s.as_bytes();
    let len = bytes.len();
    let read = |at: usize, n: usize| -> u64 {
        let mut word = [0u8; 8];
        word[..n].copy_from_slice(&bytes[at..at + n]);
        u64::from_le_bytes(word)
    };
    let mix = |h: u64, word: u64| (h.rotate_left(5) ^ word).wrapping_mul(K);
    let mut h = len as u64;
    let mut at = 0;
    while at + 8 <= len {
        h = mix(h, read(at, 8));
        at += 8;
    }
    if at < len {
        let tail = if len >= 8 {
            read(len - 8, 8)
        } else if len >= 4 {
            read(0, 4) | (read(len - 4, 4) << 32)
        } else {
            u64::from(bytes[0]) | (u64::from(bytes[len / 2]) << 8) | (u64::from(bytes[len - 1]) << 16)
        };
        h = mix(h, tail);
    }
    (h >> 32) as u32
}

/// How many `u64` words a [`filter_of`] holds: 2^16 bits, 8 KiB, small enough to stay in the first-level cache
/// while the tables it guards do not.
const FILTER_WORDS: usize = 1 << 10;

/// The bit of a filter for hash `h`: bits the slots do not use (they take the low ones).
#[inline]
fn filter_bit(h: u32) -> (usize, u64) {
    let bit = (h >> 16) as usize;
    (bit >> 6, 1 << (bit & 63))
}

/// A filter over the hashes of `n` strings, the `i`th being `string(i)`: a string whose bit is clear is in none
/// of them. Most words of a text are not the first word of any name, and the filter tells so without touching
/// the slots or the strings, which cache misses make dear.
pub(super) fn filter_of<'a>(n: usize, string: impl Fn(usize) -> &'a str) -> Vec<u64> {
    if n == 0 {
        return Vec::new();
    }
    let mut filter = vec![0u64; FILTER_WORDS];
    for i in 0..n {
        let (word, bit) = filter_bit(hash(string(i)));
        filter[word] |= bit;
    }
    filter
}

/// Whether a string whose [`hash`] is `h` can be among those of `filter` ([`filter_of`]); an empty filter
/// (of no strings) does not tell.
#[inline]
pub(super) fn might_hold(filter: &[u64], h: u32) -> bool {
    let (word, bit) = filter_bit(h);
    filter.get(word).is_none_or(|&w| w & bit != 0)
}

/// The entry of `slots` whose string (`range` of it in `text`) is `key`, whose [`hash`] is `h`, after asking
/// `filter` ([`filter_of`] over the same strings) whether it can be there. The caller hashes `key`, once for
/// every table it looks it up in.
#[inline]
pub(super) fn look_up(
    filter: &[u64],
    slots: &[u32],
    text: &str,
    (key, h): (&[u8], u32),
    range: impl Fn(u32) -> (u32, u32),
) -> Option<u32> {
    let mask = slots.len().checked_sub(1)?;
    if !might_hold(filter, h) {
        return None;
    }
    let mut at = h as usize & mask;
    loop {
        let entry = slots[at];
        if entry == NONE {
            return None;
        }
        let (start, end) = range(entry);
        if text
            .as_bytes()
            .get(start as usize..end as usize)
            .is_some_and(|s| same(s, key))
        {
            return Some(entry);
        }
        at = (at + 1) & mask;
    }
}

/// Whether two byte strings are equal: those of 4 to 16 bytes (most words) by two overlapping reads of each,
/// without a call to `memcmp`.
#[inline]
fn same(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    let read = |s: &[u8], at: usize, width: usize| -> u64 {
        let mut word = [0u8; 8];
        word[..width].copy_from_slice(&s[at..at + width]);
        u64::from_le_bytes(word)
    };
    match n {
        8..=16 => read(a, 0, 8) == read(b, 0, 8) && read(a, n - 8, 8) == read(b, n - 8, 8),
        4..=7 => read(a, 0, 4) == read(b, 0, 4) && read(a, n - 4, 4) == read(b, n - 4, 4),
        _ => a == b,
    }
}

/// The open-addressing slots of `n` strings, the `i`th being `string(i)`: twice as many slots as strings,
/// rounded up to a power of two.
pub(super) fn slots_of<'a>(n: usize, string: impl Fn(usize) -> &'a str) -> Vec<u32> {
    if n == 0 {
        return Vec::new();
    }
    let mut slots = vec![NONE; (2 * n).next_power_of_two()];
    let mask = slots.len() - 1;
    for i in 0..n {
        let mut at = hash(string(i)) as usize & mask;
        while slots[at] != NONE {
            at = (at + 1) & mask;
        }
        slots[at] = u32::try_from(i).expect("fewer than 2^32 name tokens");
    }
    slots
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_strings_compare_at_every_length() {
        let long = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        for n in 0..=long.len() {
            let a = &long.as_bytes()[..n];
            assert!(same(a, a));
            for k in 0..n {
                let mut b = a.to_vec();
                b[k] ^= 1;
                assert!(!same(a, &b), "{n} {k}");
            }
            assert!(!same(a, &long.as_bytes()[..n.saturating_sub(1)]) || n == 0);
        }
    }
}
