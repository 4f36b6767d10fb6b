//! A table of words looked up by the hash every token of a text already carries ([`NameKeys::whole`]): the
//! attribution vocabulary, which the view of a text asks of every word.
//!
//! [`NameKeys::whole`]: super::NameKeys::whole

use std::fmt;

use super::slots::{filter_of, hash, look_up, slots_of};

/// Words and a value for each, found by open addressing over [`hash`] behind a filter ([`filter_of`]): most
/// words of a text are in no such table, and the filter tells so from the hash alone. A token's hash is made
/// once for the name sets ([`NameKeys`](super::NameKeys)) and serves here again
/// ([`get_hashed`](Self::get_hashed)), where a hash map hashed each word once more and compared a found one
/// through `memcmp`.
pub(crate) struct HashedWords<T> {
    /// Every word, concatenated; `ranges` holds their byte ranges.
    text: String,
    ranges: Vec<(u32, u32)>,
    values: Vec<T>,
    slots: Vec<u32>,
    filter: Vec<u64>,
}

impl<T> HashedWords<T> {
    /// The table of `items`, each word once.
    pub(crate) fn new(items: impl IntoIterator<Item = (String, T)>) -> Self {
        let (mut text, mut ranges, mut values) = (String::new(), Vec::new(), Vec::new());
        for (word, value) in items {
            let start = u32::try_from(text.len()).expect("words of fewer than 4 GiB");
            text.push_str(&word);
            ranges.push((start, text.len() as u32));
            values.push(value);
        }
        let word = |i: usize| {
            let (start, end) = ranges[i];
            &text[start as usize..end as usize]
        };
        let slots = slots_of(ranges.len(), word);
        let filter = filter_of(ranges.len(), word);
        HashedWords {
            text,
            ranges,
            values,
            slots,
            filter,
        }
    }

    /// The value of `word`.
    #[inline]
    pub(crate) fn get(&self, word: &str) -> Option<&T> {
        self.get_hashed(word, hash(word))
    }

    /// The value of `word`, whose [`hash`] is `h` (a token's [`NameKeys::whole`](super::NameKeys::whole)).
    #[inline]
    pub(crate) fn get_hashed(&self, word: &str, h: u32) -> Option<&T> {
        let entry = look_up(&self.filter, &self.slots, &self.text, (word.as_bytes(), h), |e| {
            self.ranges[e as usize]
        })?;
        Some(&self.values[entry as usize])
    }
}

impl<T> Default for HashedWords<T> {
    fn default() -> Self {
        HashedWords::new(std::iter::empty())
    }
}

impl<T> fmt::Debug for HashedWords<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HashedWords")
            .field("words", &self.ranges.len())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_word_by_its_hash_and_no_other() {
        let words: Vec<String> = ["قال", "وقال", "الوزير", "ان", "بحسب", "a", "وزاره الخارجيه"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        let table = HashedWords::new(words.iter().cloned().zip(0..));
        for (k, w) in words.iter().enumerate() {
            assert_eq!(table.get(w), Some(&k));
            assert_eq!(table.get_hashed(w, hash(w)), Some(&k));
        }
        for w in ["", "قا", "قالت", "فقال", "b", "وزاره"] {
            assert_eq!(table.get(w), None, "{w}");
        }
        assert_eq!(HashedWords::<u8>::default().get("قال"), None);
    }
}
