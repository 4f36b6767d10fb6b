//! Matching a set of names (actors, places) on the tokens of folded text.
//!
//! Also compiled into the crate's build script (`build.rs`), which builds the bundled catalog's and
//! gazetteer's sets at build time and writes their tables as static arrays ([`NameSet::to_rust`]); the crate
//! reads them back with [`NameSet::from_static`], without building anything at run time.

use std::borrow::Cow;
use std::ops::Range;

use rustc_hash::FxHashMap;

use super::fold::fold_str;
use super::slots::{filter_of, hash, look_up, might_hold, slots_of, NONE};
use super::tokens::{tokenize, Token, TokenKind};

/// A set of names (actors, places) matched on the tokens of folded text, leftmost-longest, with proclitics
/// allowed before a name ("والسفارة", "للسفارة", "بدمشق").
///
/// The names form a trie of tokens: a hash table from the first token of a name to its node, then at each node
/// the sorted tokens that can follow. A text costs one to three hash look-ups per word, whatever the number
/// of names, and a common first word ("رئيس" opens 160 titles) costs a binary search per further token. (An
/// aho-corasick automaton over the folded bytes did the same job at a third of the speed: Arabic names share
/// their first bytes, so no prefilter applies and every byte walks a large automaton.)
///
/// The set is a handful of flat tables of integers and one string, so that the build script can write the
/// bundled sets as static arrays and the crate use them as they are ([`NameSet::from_static`]); a set built at
/// run time ([`NameSet::new`]) has the same tables, owned.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct NameSet {
    /// Every first token and every later token of the names, concatenated; the tables below hold byte ranges
    /// of it.
    text: Cow<'static, str>,
    /// Open addressing over `roots` by [`hash`]: a power of two of slots, each the index of a root or
    /// [`NONE`]; at most half are used.
    root_slots: Cow<'static, [u32]>,
    /// A filter over the hashes of the roots: most words of a text are told apart from them without a look-up.
    root_filter: Cow<'static, [u64]>,
    /// Each first token of a name: its byte range in `text`, its node, and the node of the names that begin
    /// with the article when the token is their "ل" form ("لسفاره": "للسفارة" is "ل" + "السفارة"), which
    /// match only after a "ل" ([`NONE`] when absent).
    roots: Cow<'static, [[u32; 4]]>,
    /// Open addressing over `words`, as `root_slots`.
    word_slots: Cow<'static, [u32]>,
    /// A filter over the hashes of `words`, as `root_filter`.
    word_filter: Cow<'static, [u64]>,
    /// Every token after the first of a name, interned (its id is its index): its byte range in `text`. A
    /// token of the text is looked up here once, by hash, and the children of a node are found by its id,
    /// without comparing strings.
    words: Cow<'static, [[u32; 2]]>,
    /// Each node: the range of its children in `children`, and the caller's key of the name that ends there
    /// ([`NONE`] when none does).
    nodes: Cow<'static, [[u32; 3]]>,
    /// The tokens that can follow a node, as (word id × 2 + whether white space stands before it, child
    /// node), sorted within each node.
    children: Cow<'static, [[u32; 2]]>,
}

/// A [`NameSet`] while it is built: maps to find a root, a word and a child by hash, and each node's
/// children unsorted.
#[derive(Default)]
struct Draft {
    text: String,
    root_ids: FxHashMap<Box<str>, u32>,
    roots: Vec<[u32; 4]>,
    word_ids: FxHashMap<Box<str>, u32>,
    words: Vec<[u32; 2]>,
    /// Each node: its children as (word id × 2 + spaced, child), and the key of the name that ends there.
    nodes: Vec<(Vec<[u32; 2]>, u32)>,
    /// (node, word id × 2 + spaced) → child.
    edges: FxHashMap<(u32, u32), u32>,
}

/// Where `s` is appended to `text`.
fn append(text: &mut String, s: &str) -> [u32; 2] {
    let start = u32::try_from(text.len()).expect("names of fewer than 4 GB");
    text.push_str(s);
    [start, u32::try_from(text.len()).expect("names of fewer than 4 GB")]
}

impl Draft {
    fn new_node(&mut self) -> u32 {
        self.nodes.push((Vec::new(), NONE));
        u32::try_from(self.nodes.len() - 1).expect("fewer than 2^32 name tokens")
    }

    fn root(&mut self, first: &str, lam: bool) -> u32 {
        let at = match self.root_ids.get(first) {
            Some(&at) => at as usize,
            None => {
                let [start, end] = append(&mut self.text, first);
                self.roots.push([start, end, NONE, NONE]);
                let at = self.roots.len() - 1;
                self.root_ids.insert(first.into(), at as u32);
                at
            }
        };
        let slot = if lam { 3 } else { 2 };
        if self.roots[at][slot] == NONE {
            self.roots[at][slot] = self.new_node();
        }
        self.roots[at][slot]
    }

    fn insert(&mut self, mut node: u32, folded: &str, rest: &[Token], key: u32, work: &mut usize) {
        for tok in rest {
            *work += 1;
            let word = &folded[tok.range()];
            let word_id = match self.word_ids.get(word) {
                Some(&id) => id,
                None => {
                    let id = u32::try_from(self.words.len()).expect("fewer than 2^31 name tokens");
                    let range = append(&mut self.text, word);
                    self.words.push(range);
                    self.word_ids.insert(word.into(), id);
                    id
                }
            };
            let edge = word_id * 2 + u32::from(tok.spaced);
            node = match self.edges.get(&(node, edge)) {
                Some(&child) => child,
                None => {
                    let child = self.new_node();
                    self.nodes[node as usize].0.push([edge, child]);
                    self.edges.insert((node, edge), child);
                    child
                }
            };
        }
        let end = &mut self.nodes[node as usize].1;
        if *end == NONE {
            *end = key;
        }
    }

    /// The flat tables, each node's children sorted for the binary search of [`NameSet::find_keyed`].
    fn finish(self, work: &mut usize) -> NameSet {
        let mut nodes = Vec::with_capacity(self.nodes.len());
        let mut children = Vec::with_capacity(self.edges.len());
        for (mut kids, key) in self.nodes {
            *work += kids.len();
            kids.sort_unstable();
            let start = children.len() as u32;
            children.extend(kids);
            nodes.push([start, children.len() as u32, key]);
        }
        let text = self.text;
        let range = |[start, end]: [u32; 2]| &text[start as usize..end as usize];
        let root_slots = slots_of(self.roots.len(), |i| range([self.roots[i][0], self.roots[i][1]]));
        let word_slots = slots_of(self.words.len(), |i| range(self.words[i]));
        let root_filter = filter_of(self.roots.len(), |i| range([self.roots[i][0], self.roots[i][1]]));
        let word_filter = filter_of(self.words.len(), |i| range(self.words[i]));
        NameSet {
            root_slots: root_slots.into(),
            root_filter: root_filter.into(),
            word_filter: word_filter.into(),
            roots: self.roots.into(),
            word_slots: word_slots.into(),
            words: self.words.into(),
            nodes: nodes.into(),
            children: children.into(),
            text: text.into(),
        }
    }
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

/// A name found by a [`NameSet`]: the caller's key, the byte offset in the folded text where it starts
/// (proclitics excluded), and the tokens it covers.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NameMatch {
    pub key: usize,
    pub start: usize,
    /// Index of the first and one past the last token of the name.
    pub tokens: (usize, usize),
}

/// A text's tokens as a [`NameSet`] looks them up: each token's splits into proclitics and a word
/// ([`clitic_splits`]), and the hash of each such word. Made once per text and shared by every set matched on
/// it (the catalog's and the gazetteer's), so that each token is split and hashed once.
pub(crate) struct NameKeys {
    keys: Vec<TokenKey>,
}

/// A token's splits as [`NameKeys`] holds them, fewest proclitics first: the hashes of the words after
/// none, one and two proclitics (the first `n`), and whether the last split follows a "ل". Every proclitic is a
/// letter of two bytes, so the `k`th split drops the token's first `2 k` bytes.
#[derive(Debug, Clone, Copy)]
struct TokenKey {
    hashes: [u32; 3],
    n: u8,
    last_after_lam: bool,
}

impl NameKeys {
    /// The keys of `toks`, the tokens of the folded text `folded`.
    pub(crate) fn new(folded: &str, toks: &[Token]) -> NameKeys {
        let keys = toks
            .iter()
            .map(|tok| TokenKey::new(&folded[tok.range()], tok.kind))
            .collect();
        NameKeys { keys }
    }

    /// The hash of token `i` as a whole: two tokens of the same text have the same.
    #[inline]
    pub(crate) fn whole(&self, i: usize) -> u32 {
        self.keys[i].hashes[0]
    }

    /// The tokens in `tokens`, latest first, whose hash as a whole is token `k`'s: every token of the same word
    /// as `k`, and few others. A scan back over thousands of tokens for one word compares one integer a token,
    /// read in a row.
    pub(crate) fn same_hash_before(&self, k: usize, tokens: Range<usize>) -> impl Iterator<Item = usize> + '_ {
        let hash = self.keys[k].hashes[0];
        let start = tokens.start;
        self.keys[tokens]
            .iter()
            .enumerate()
            .rev()
            .filter(move |(_, key)| key.hashes[0] == hash)
            .map(move |(d, _)| start + d)
    }
}

impl TokenKey {
    fn new(word: &str, kind: TokenKind) -> TokenKey {
        let (splits, n) = clitic_splits(word, kind);
        let mut hashes = [0; 3];
        for (k, (hash_k, &(clitic, _))) in hashes.iter_mut().zip(&splits[..n]).enumerate() {
            debug_assert_eq!(clitic, 2 * k, "proclitics of two bytes");
            *hash_k = hash(&word[clitic..]);
        }
        TokenKey {
            hashes,
            n: n as u8,
            last_after_lam: splits[n - 1].1,
        }
    }

    /// Whether the `k`th split's last proclitic is "ل".
    #[inline]
    fn after_lam(&self, k: usize) -> bool {
        k + 1 == usize::from(self.n) && self.last_after_lam
    }
}

/// The pairs of `data/vocab/spellings.tsv`: two spellings of one word inside a name.
const SPELLINGS: &str = include_str!("../../data/vocab/spellings.tsv");

/// A folded name's other usual spellings: "عبد الله" and "أبو عبيدة" are as often written glued ("عبدالله",
/// "أبوعبيدة"), and glued names apart; a word of `data/vocab/spellings.tsv` in its other spelling
/// ("الديموقراطية" for "الديمقراطية"). Every combination, without the name itself.
fn other_spellings(folded: &str) -> Vec<String> {
    let mut all = vec![folded.to_owned()];
    let glued = if folded.contains("عبد ال") || folded.contains("ابو ") {
        Some(folded.replace("عبد ال", "عبدال").replace("ابو ", "ابو"))
    } else if folded.contains("عبدال") {
        Some(folded.replace("عبدال", "عبد ال"))
    } else {
        None
    };
    all.extend(glued);
    let pairs = SPELLINGS
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once('\t'));
    for (one, other) in pairs {
        for (from, to) in [(one, other), (other, one)] {
            for i in 0..all.len() {
                if all[i].contains(from) {
                    let respelled = all[i].replace(from, to);
                    if !all.contains(&respelled) {
                        all.push(respelled);
                    }
                }
            }
        }
    }
    all.remove(0);
    all
}

impl NameSet {
    /// Compiles `(name, key)` pairs; names are folded here, and a name seen twice keeps its first key. A name
    /// that [`unmatchable`] refuses is left out (the loaders refuse it first, with an error).
    ///
    /// Linear in the total length of the names: while the set is built, the child of a node is found by hash
    /// (a node may have 100,000 children when names share their first word), and each node's children are
    /// sorted once at the end for the binary search of [`find_keyed`](Self::find_keyed).
    pub(crate) fn new<'a>(names: impl IntoIterator<Item = (&'a str, usize)>) -> NameSet {
        NameSet::new_counted(names, &mut 0)
    }

    /// [`new`](Self::new), adding to `work` one for each token inserted and each child looked up: the work of
    /// building, which tests hold linear in the number of names.
    fn new_counted<'a>(names: impl IntoIterator<Item = (&'a str, usize)>, work: &mut usize) -> NameSet {
        let mut set = Draft::default();
        let names = names.into_iter();
        // Room for the usual catalog: about two tokens after the first of a name, few names sharing them.
        let n = names.size_hint().0;
        set.root_ids.reserve(n);
        set.roots.reserve(n);
        set.nodes.reserve(3 * n);
        set.word_ids.reserve(n);
        set.words.reserve(n);
        set.edges.reserve(2 * n);
        let mut lam_form = String::new();
        for (name, key) in names {
            if unmatchable(name).is_some() {
                continue;
            }
            let key = u32::try_from(key)
                .ok()
                .filter(|&k| k != NONE)
                .expect("fewer than 2^32 names");
            let folded = fold_str(name.trim());
            let others = other_spellings(&folded);
            for folded in std::iter::once(folded.as_str()).chain(others.iter().map(String::as_str)) {
                let toks = tokenize(folded);
                let Some((head, tail)) = toks.split_first() else {
                    continue;
                };
                let first = &folded[head.range()];
                if let Some(noun) = first.strip_prefix("ال").filter(|_| head.kind == TokenKind::Word) {
                    lam_form.clear();
                    lam_form.push('ل');
                    lam_form.push_str(noun);
                    let root = set.root(&lam_form, true);
                    set.insert(root, folded, tail, key, work);
                }
                let root = set.root(first, false);
                set.insert(root, folded, tail, key, work);
            }
        }
        set.finish(work)
    }

    /// A set whose tables are static arrays, as [`to_rust`](Self::to_rust) writes them; each look-up table
    /// comes as its slots and its filter.
    #[allow(dead_code)] // The build script writes sets but never reads one.
    pub(crate) const fn from_static(
        text: &'static str,
        (root_slots, root_filter): (&'static [u32], &'static [u64]),
        roots: &'static [[u32; 4]],
        (word_slots, word_filter): (&'static [u32], &'static [u64]),
        words: &'static [[u32; 2]],
        nodes: &'static [[u32; 3]],
        children: &'static [[u32; 2]],
    ) -> NameSet {
        NameSet {
            text: Cow::Borrowed(text),
            root_slots: Cow::Borrowed(root_slots),
            root_filter: Cow::Borrowed(root_filter),
            roots: Cow::Borrowed(roots),
            word_slots: Cow::Borrowed(word_slots),
            word_filter: Cow::Borrowed(word_filter),
            words: Cow::Borrowed(words),
            nodes: Cow::Borrowed(nodes),
            children: Cow::Borrowed(children),
        }
    }

    /// Rust source of a `const NAME: NameSet` holding this set's tables, for [`from_static`](Self::from_static).
    /// `text_path` is a file holding [`text`](Self::text), which the source includes with `include_str!`.
    #[allow(dead_code)] // Used by the build script and the tests.
    pub(crate) fn to_rust(&self, name: &str, text_path: &str) -> String {
        use std::fmt::Write;
        fn list<T: std::fmt::Debug>(out: &mut String, items: &[T]) {
            out.push_str("&[");
            for item in items {
                let _ = write!(out, "{item:?},");
            }
            out.push_str("],\n");
        }
        fn table(out: &mut String, slots: &[u32], filter: &[u64]) {
            out.push('(');
            list(out, slots);
            list(out, filter);
            out.push_str("),\n");
        }
        let mut out = format!("const {name}: NameSet = NameSet::from_static(\ninclude_str!({text_path:?}),\n");
        table(&mut out, &self.root_slots, &self.root_filter);
        list(&mut out, &self.roots);
        table(&mut out, &self.word_slots, &self.word_filter);
        list(&mut out, &self.words);
        list(&mut out, &self.nodes);
        list(&mut out, &self.children);
        out.push_str(");\n");
        out
    }

    /// The string that the tables index, for [`to_rust`](Self::to_rust).
    #[allow(dead_code)] // Used by the build script and the tests.
    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    /// The node of a first token, plain and "ل" form, given as its bytes and their hash.
    #[inline]
    fn root(&self, word: (&[u8], u32)) -> Option<(u32, u32)> {
        let at = look_up(&self.root_filter, &self.root_slots, &self.text, word, |r| {
            let [start, end, ..] = self.roots[r as usize];
            (start, end)
        })?;
        let [_, _, plain, lam] = self.roots[at as usize];
        Some((plain, lam))
    }

    /// The id of a token that follows the first of some name, given as its bytes and their hash.
    #[inline]
    fn word(&self, word: (&[u8], u32)) -> Option<u32> {
        look_up(&self.word_filter, &self.word_slots, &self.text, word, |w| {
            let [start, end] = self.words[w as usize];
            (start, end)
        })
    }

    /// The key of the name that ends at `node`.
    #[inline]
    fn end(&self, node: u32) -> Option<usize> {
        let key = self.nodes[node as usize][2];
        (key != NONE).then_some(key as usize)
    }

    /// [`find_keyed`](Self::find_keyed) with the tokens' keys made for this set alone (tests).
    #[cfg(test)]
    pub(crate) fn find_tokens(&self, folded: &str, toks: &[Token]) -> Vec<NameMatch> {
        self.find_keyed(folded, toks, &NameKeys::new(folded, toks))
    }

    /// Every name in a folded text already split into `toks`, by the tokens' [`NameKeys`], which every set
    /// matched on the text shares: at each token, the name that starts earliest in it (after the fewest
    /// proclitics), the longest of those; the search goes on after it.
    pub(crate) fn find_keyed(&self, folded: &str, toks: &[Token], keys: &NameKeys) -> Vec<NameMatch> {
        // About one name in 16 tokens in news: a few growths at most.
        let mut out = Vec::with_capacity(toks.len() / 16 + 4);
        let mut i = 0;
        while i < toks.len() {
            // Most tokens begin no name, which the filter tells from their hashes alone: they are passed over in
            // this small loop, which keeps its state in registers, and only the others are looked up.
            match keys.keys[i..toks.len()].iter().position(|key| self.may_open(key)) {
                Some(skipped) => i += skipped,
                None => break,
            }
            match self.longest_at(folded, toks, keys, i) {
                Some(m) => {
                    i = m.tokens.1;
                    out.push(m);
                }
                None => i += 1,
            }
        }
        out
    }

    /// Whether some split of a token may be the first token of a name, by the filter of the roots alone.
    #[inline]
    fn may_open(&self, key: &TokenKey) -> bool {
        key.hashes[..usize::from(key.n)]
            .iter()
            .any(|&h| might_hold(&self.root_filter, h))
    }

    fn longest_at(&self, folded: &str, toks: &[Token], keys: &NameKeys, i: usize) -> Option<NameMatch> {
        let key = &keys.keys[i];
        for k in 0..usize::from(key.n) {
            // Most words begin no name: the filter tells so before the token is read.
            let hash = key.hashes[k];
            if !might_hold(&self.root_filter, hash) {
                continue;
            }
            let tok = &toks[i];
            let clitic = 2 * k;
            let Some((plain, lam)) =
                self.root((&folded.as_bytes()[tok.start as usize + clitic..tok.end as usize], hash))
            else {
                continue;
            };
            let lam = if key.after_lam(k) { lam } else { NONE };
            let best = [plain, lam]
                .into_iter()
                .filter(|&node| node != NONE)
                .filter_map(|root| self.walk(folded, toks, keys, i, root))
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
    fn walk(&self, folded: &str, toks: &[Token], keys: &NameKeys, i: usize, mut node: u32) -> Option<(usize, usize)> {
        let mut best = self.end(node).map(|key| (key, i + 1));
        let mut j = i + 1;
        while let Some(t) = toks.get(j) {
            let [start, end, _] = self.nodes[node as usize];
            let children = &self.children[start as usize..end as usize];
            if children.is_empty() {
                break;
            }
            // A name does not run over a line break.
            if t.newline {
                break;
            }
            let child = |j: usize, spaced: bool| {
                let edge = self.word((&folded.as_bytes()[toks[j].range()], keys.whole(j)))? * 2 + u32::from(spaced);
                let at = children.binary_search_by(|&[e, _]| e.cmp(&edge)).ok()?;
                Some(children[at][1])
            };
            // A quotation mark may open inside a name: "قناة "العربية"", "وكالة «سانا»".
            let quote = t.kind == TokenKind::Punct && &folded[t.range()] == "\"";
            let step = match child(j, t.spaced) {
                Some(next) => Some((next, 1)),
                None if quote => toks
                    .get(j + 1)
                    .and_then(|n| child(j + 1, t.spaced || n.spaced))
                    .map(|next| (next, 2)),
                None => None,
            };
            let Some((next, used)) = step else { break };
            node = next;
            j += used;
            if let Some(key) = self.end(node) {
                best = Some((key, j));
            }
        }
        best
    }
}

/// The ways a token can be split into proclitics and a word, fewest proclitics first: the bytes of the
/// proclitics, and whether the last of them is "ل"; the first `n` of the array. A word of letters may carry و or
/// ف, then ب, ل or ك. (An array and its length, not an iterator: the loop over them runs for every token.)
fn clitic_splits(word: &str, kind: TokenKind) -> ([(usize, bool); 3], usize) {
    let mut splits = [(0, false); 3];
    let mut n = 1;
    if kind == TokenKind::Word {
        // By their UTF-8 bytes: و D9 88, ف D9 81; ب D8 A8, ل D9 84, ك D9 83.
        let bytes = word.as_bytes();
        let mut c = 0;
        if let [0xD9, 0x88 | 0x81, ..] = bytes {
            c = 2;
            splits[n] = (c, false);
            n += 1;
        }
        if let [p0 @ (0xD8 | 0xD9), p1, ..] = bytes[c..] {
            let lam = p0 == 0xD9 && p1 == 0x84;
            let clitic = (p0 == 0xD8 && p1 == 0xA8) || lam || (p0 == 0xD9 && p1 == 0x83);
            if clitic && c + 2 < bytes.len() {
                splits[n] = (c + 2, lam);
                n += 1;
            }
        }
    }
    (splits, n)
}

#[cfg(test)]
#[path = "names_tests.rs"]
mod name_set_tests;
