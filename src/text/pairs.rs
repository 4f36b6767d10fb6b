//! A run of two-byte units at the start of a text, read by a table of byte pairs: the loop shared by the folder
//! (characters that fold to themselves) and the tokenizer (Arabic letters).

/// A table over every two bytes `b0 b1`, at index `u16::from_le_bytes([b0, b1])`: whether a run goes on over them.
pub(crate) type PairTable = [bool; 0x10000];

/// The length of the run of pairs `table` passes at the start of `bytes`: two pairs at a time (four bytes read
/// at once, each pair one look-up), then one. Read through what is left of the slice, the loop keeps no index
/// to check against the length: about 7 instructions a pair.
#[inline(always)]
pub(crate) fn pairs_prefix(bytes: &[u8], table: &PairTable) -> usize {
    let pass = |w: u32| table[(w & 0xFFFF) as usize];
    let mut rest = bytes;
    while let Some((four, tail)) = rest.split_first_chunk::<4>() {
        let w = u32::from_le_bytes(*four);
        if !(pass(w) && pass(w >> 16)) {
            break;
        }
        rest = tail;
    }
    // Where two pairs did not pass, the first may.
    if let Some((two, tail)) = rest.split_first_chunk::<2>() {
        if pass(u32::from(u16::from_le_bytes(*two))) {
            rest = tail;
        }
    }
    bytes.len() - rest.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_stops_at_the_first_pair_the_table_refuses() {
        let mut table = Box::new([false; 0x10000]);
        table[usize::from(u16::from_le_bytes(*b"ab"))] = true;
        assert_eq!(pairs_prefix(b"ababab!", &table), 6);
        assert_eq!(pairs_prefix(b"abab", &table), 4);
        assert_eq!(pairs_prefix(b"aba", &table), 2);
        assert_eq!(pairs_prefix(b"ba", &table), 0);
    }
}
