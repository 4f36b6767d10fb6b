//! Merging: which events of a timeline tell the same thing (see the module documentation of
//! [`crate::timeline`]).

use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

use chrono::NaiveDate;
use rustc_hash::{FxHashMap, FxHashSet};

use super::builder::Pending;
use crate::events::Event;
use crate::text::FoldedText;

/// How many reports of a group a new event is compared with, at most.
const COMPARED: usize = 16;

/// How many open groups of one source a new event is compared with, at most: the latest opened whose dates
/// overlap its own. A source with thousands of events in one month (or with month- and year-grained dates,
/// whose groups stay open long) would otherwise make merging quadratic; a retelling of a claim comes days,
/// not thousands of claims, after it.
const OPEN_COMPARED: usize = 256;

/// How many open groups a new event passes over, at most, because they already hold a report of its own
/// document: an article that tells thousands of claims of one source on one day would otherwise make every
/// one of them walk past all the others (issue 13: 80,000 such sentences took 32 s).
const OPEN_SKIPPED: usize = 256;

/// Groups the events that tell the same thing; see the module documentation. Returns the groups as indices
/// into `pending`, every index in exactly one group.
pub(super) fn merge(pending: &[Pending], threshold: f64) -> Vec<Vec<usize>> {
    merge_counted(pending, threshold, &mut 0)
}

/// [`merge`], adding to `work` one for each open group looked at, each similarity computed and each closing
/// date taken off the queue: the work the merge does, which tests hold linear in the number of events.
fn merge_counted(pending: &[Pending], threshold: f64, work: &mut usize) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::with_capacity(pending.len());
    let mut by_source: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (i, p) in pending.iter().enumerate() {
        match (&p.event.source, &p.event.date) {
            (Some(source), Some(_)) if threshold <= 1.0 => by_source.entry(source.id.as_str()).or_default().push(i),
            _ => groups.push(vec![i]),
        }
    }
    // Visit sources in the order they first appear, so that the result does not depend on the hash map.
    let mut sources: Vec<(&str, Vec<usize>)> = by_source.into_iter().collect();
    sources.sort_by_key(|(_, members)| members[0]);
    for (_, mut members) in sources {
        if members.len() == 1 {
            groups.push(members);
            continue;
        }
        let day = |i: usize| pending[i].event.date.as_ref().map(|d| (d.first_day, d.last_day));
        members.sort_by_key(|&i| (day(i), pending[i].document, pending[i].position));
        // Tokens interned as numbers, sorted: similarity is a merge of two integer lists.
        let mut ids: FxHashMap<String, u32> = FxHashMap::default();
        let tokens: FxHashMap<usize, Vec<u32>> = members
            .iter()
            .map(|&i| (i, claim_tokens(&pending[i].event, &mut ids)))
            .collect();
        let mut sweep = Sweep::default();
        for i in members {
            let Some((first, last)) = day(i) else {
                groups.push(vec![i]);
                continue;
            };
            // Members arrive by first day, and a group's window only narrows: a group that ends before this
            // event begins can take no later event either.
            sweep.close_before(first, &mut groups, work);
            let document = pending[i].document;
            let mut best: Option<(usize, f64)> = None;
            let (mut compared, mut skipped) = (0, 0);
            // Visited latest first: on a tie the earlier group wins, as it would in text order.
            let mut at = sweep.latest;
            while let Some(g) = at {
                *work += 1;
                let open = &sweep.slots[g];
                at = open.previous;
                if open.from > last || open.to < first || sweep.documents.contains(&(g, document)) {
                    skipped += 1;
                    if skipped == OPEN_SKIPPED {
                        break;
                    }
                    continue;
                }
                // A large group is compared through its first and latest reports, which bounds the work per
                // event whatever the number of outlets that retold one claim.
                let group = &open.members;
                let sample = if group.len() > COMPARED {
                    &group[..COMPARED / 4]
                } else {
                    &group[..]
                };
                let latest = &group[group.len().saturating_sub(COMPARED - COMPARED / 4).max(sample.len())..];
                let similarity = sample
                    .iter()
                    .chain(latest)
                    .map(|&m| {
                        *work += 1;
                        jaccard(&tokens[&i], &tokens[&m])
                    })
                    .fold(0.0, f64::max);
                if similarity >= threshold && best.is_none_or(|(_, s)| similarity >= s) {
                    best = Some((g, similarity));
                }
                compared += 1;
                if compared == OPEN_COMPARED {
                    break;
                }
            }
            match best {
                Some((g, _)) => sweep.join(g, first, last, i, document),
                None => sweep.open(first, last, i, document),
            }
        }
        sweep.close_all(&mut groups);
    }
    groups
}

/// An open group of one source: the days every member shares, its members, and the groups opened just before
/// and after it that are still open.
struct Open {
    from: NaiveDate,
    to: NaiveDate,
    members: Vec<usize>,
    previous: Option<usize>,
    next: Option<usize>,
    closed: bool,
}

/// The open groups of one source in a sweep over dates: a list in the order they were opened (a group leaves
/// it in constant time, wherever it is), the days they close, and the documents each has a report of.
#[derive(Default)]
struct Sweep {
    /// Every group opened, by number; the open ones are linked from `latest` through `previous`.
    slots: Vec<Open>,
    latest: Option<usize>,
    /// (last day, group) each time a group's last day is set; an entry for a group that closed is stale.
    closing: BinaryHeap<Reverse<(NaiveDate, usize)>>,
    /// (group, document) for every report of a group.
    documents: FxHashSet<(usize, usize)>,
}

impl Sweep {
    fn open(&mut self, from: NaiveDate, to: NaiveDate, member: usize, document: usize) {
        let g = self.slots.len();
        self.slots.push(Open {
            from,
            to,
            members: vec![member],
            previous: self.latest,
            next: None,
            closed: false,
        });
        if let Some(latest) = self.latest {
            self.slots[latest].next = Some(g);
        }
        self.latest = Some(g);
        self.closing.push(Reverse((to, g)));
        self.documents.insert((g, document));
    }

    fn join(&mut self, g: usize, first: NaiveDate, last: NaiveDate, member: usize, document: usize) {
        let open = &mut self.slots[g];
        open.from = open.from.max(first);
        if last < open.to {
            open.to = last;
            self.closing.push(Reverse((last, g)));
        }
        open.members.push(member);
        self.documents.insert((g, document));
    }

    /// Moves the groups that end before `day` to `groups`.
    fn close_before(&mut self, day: NaiveDate, groups: &mut Vec<Vec<usize>>, work: &mut usize) {
        while let Some(&Reverse((to, g))) = self.closing.peek() {
            if to >= day {
                break;
            }
            *work += 1;
            self.closing.pop();
            let open = &mut self.slots[g];
            // A group's last day only moves earlier, so its first entry taken off the queue is its own.
            if open.closed {
                continue;
            }
            open.closed = true;
            let (previous, next) = (open.previous, open.next);
            groups.push(std::mem::take(&mut open.members));
            match next {
                Some(n) => self.slots[n].previous = previous,
                None => self.latest = previous,
            }
            if let Some(p) = previous {
                self.slots[p].next = next;
            }
        }
    }

    /// Moves every group still open to `groups`.
    fn close_all(self, groups: &mut Vec<Vec<usize>>) {
        groups.extend(self.slots.into_iter().filter(|o| !o.closed).map(|o| o.members));
    }
}

/// Words too common to tell two claims apart, folded.
const FUNCTION_WORDS: &[&str] = &[
    "في",
    "من",
    "الى",
    "على",
    "عن",
    "مع",
    "ان",
    "انه",
    "انها",
    "انهم",
    "بان",
    "لان",
    "ما",
    "ماذا",
    "لا",
    "لم",
    "لن",
    "قد",
    "كان",
    "كانت",
    "التي",
    "الذي",
    "الذين",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "او",
    "ثم",
    "حيث",
    "بعد",
    "قبل",
    "خلال",
    "عبر",
    "منذ",
    "حتى",
    "بين",
    "ايضا",
    "كما",
    "اي",
    "كل",
    "هو",
    "هي",
    "هم",
    "به",
    "بها",
    "له",
    "لها",
    "فيه",
    "فيها",
    "منه",
    "منها",
    "عليه",
    "عليها",
    "بيان",
    "بيانه",
    "بيانها",
    "تصريح",
    "تصريحات",
    "وفق",
    "بحسب",
    "حسب",
    "نقلا",
];

/// The tokens of what an event says, interned in `ids`, sorted and deduplicated; see the module documentation.
fn claim_tokens(event: &Event, ids: &mut FxHashMap<String, u32>) -> Vec<u32> {
    let text = event.text.as_str();
    // The clause is the original text of `span`, so the spans of its parts shift by the span's start.
    let base = event.span.start;
    let mut named: Vec<(usize, usize)> = Vec::new();
    if event.span.end.checked_sub(base) == Some(text.len()) {
        named.extend(
            [
                event.source.as_ref().and_then(|s| s.mention),
                event.via.as_ref().and_then(|v| v.mention),
                event.date.as_ref().and_then(|d| d.mention),
            ]
            .into_iter()
            .flatten()
            .filter(|s| s.start >= base && s.end <= event.span.end)
            .map(|s| (s.start - base, s.end - base)),
        );
        named.sort_unstable();
    }
    // The clause without the words that name the source, the relay and the date.
    let mut claim = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end) in named {
        if let Some(kept) = text.get(at..start.max(at)) {
            claim.push_str(kept);
            claim.push(' ');
            at = end.max(at);
        }
    }
    claim.push_str(text.get(at..).unwrap_or(""));
    let verb = FoldedText::new(&event.verb);
    let mut tokens = words(FoldedText::new(&claim).as_str(), verb.as_str(), ids);
    if tokens.is_empty() {
        tokens = words(FoldedText::new(text).as_str(), "", ids);
    }
    tokens.sort_unstable();
    tokens.dedup();
    tokens
}

/// [`FUNCTION_WORDS`] as a set, built once.
fn function_words() -> &'static rustc_hash::FxHashSet<&'static str> {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| FUNCTION_WORDS.iter().copied().collect())
}

/// The interned stems of the words of folded `text`, but `verb` and function words.
fn words(text: &str, verb: &str, ids: &mut FxHashMap<String, u32>) -> Vec<u32> {
    let mut out = Vec::new();
    for word in text.split(|c: char| !is_word_char(c)) {
        if word.is_empty() || word == verb {
            continue;
        }
        let bare = word.strip_prefix('و').unwrap_or(word);
        let token = stem(word);
        let function = function_words();
        if function.contains(word) || function.contains(bare) || function.contains(token) {
            continue;
        }
        let id = match ids.get(token) {
            Some(&id) => id,
            None => {
                let id = ids.len() as u32;
                ids.insert(token.to_string(), id);
                id
            }
        };
        out.push(id);
    }
    out
}

/// A letter or digit: the letters of folded Arabic and ASCII without the Unicode tables.
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || ('\u{0621}'..='\u{064A}').contains(&c) || (!c.is_ascii() && c.is_alphanumeric())
}

/// Takes a leading conjunction "و" and an article ("ال", "بال", "لل" ...) off a folded word, when enough of
/// the word is left to stand for it.
fn stem(word: &str) -> &str {
    let long = |w: &str, n: usize| w.chars().count() >= n;
    let mut w = word;
    if let Some(rest) = w.strip_prefix('و') {
        if long(rest, 3) {
            w = rest;
        }
    }
    for article in ["بال", "كال", "فال", "لل", "ال"] {
        if let Some(rest) = w.strip_prefix(article) {
            if long(rest, 2) {
                w = rest;
                break;
            }
        }
    }
    w
}

/// |A ∩ B| / |A ∪ B| of two sorted, deduplicated token lists.
fn jaccard<T: Ord>(a: &[T], b: &[T]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    common as f64 / (a.len() + b.len() - common) as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::Extractor;

    /// `n` reports of one source on one day: report `k` is in document `document(k)`; with `same_claim` all
    /// say the same thing, else each says something of its own.
    fn reports(n: usize, document: impl Fn(usize) -> usize, same_claim: bool) -> Vec<Pending> {
        let anchor = "2024-12-06".parse().expect("an anchor");
        let article = Extractor::new().extract("وقال الجيش السوري أمس إن القصف توقف في المدينة.", anchor);
        let event = article.events.into_iter().next().expect("an event");
        assert!(event.source.is_some() && event.date.is_some(), "{event:#?}");
        (0..n)
            .map(|k| {
                let mut event = event.clone();
                if !same_claim {
                    event.text = format!("{k}أ {k}ب {k}ج {k}د");
                }
                Pending {
                    document: document(k),
                    position: k,
                    event,
                }
            })
            .collect()
    }

    /// The work of merging `16 n` reports is at most twice 16 times that of `n`: linear, where a quadratic
    /// merge would do 16 times more again. `groups(size)`, when known, is how many groups there must be.
    fn assert_linear(n: usize, build: impl Fn(usize) -> Vec<Pending>, groups: impl Fn(usize) -> Option<usize>) {
        let mut work = [0, 0];
        for (w, size) in work.iter_mut().zip([n, 16 * n]) {
            let merged = merge_counted(&build(size), 0.5, w);
            if let Some(expected) = groups(size) {
                assert_eq!(merged.len(), expected, "groups of {size} reports");
            }
            let mut all: Vec<usize> = merged.concat();
            all.sort_unstable();
            assert_eq!(all, (0..size).collect::<Vec<_>>(), "every report in exactly one group");
        }
        assert!(
            work[1] <= 2 * 16 * work[0],
            "work at 1x {}, at 16x {}",
            work[0],
            work[1]
        );
    }

    #[test]
    fn many_claims_of_one_document_merge_in_linear_work() {
        assert_linear(1024, |n| reports(n, |_| 0, false), Some);
    }

    #[test]
    fn many_outlets_retelling_one_claim_merge_in_linear_work() {
        assert_linear(1024, |n| reports(n, |k| k, true), |_| Some(1));
    }

    #[test]
    fn two_outlets_telling_the_same_claims_merge_in_linear_work() {
        // Claim k of one outlet is claim k of the other. At 16x each outlet tells 4,096 claims of one source
        // in a day, past the 256 open groups an event is compared with: not every pair is found then, but
        // the work stays linear.
        let build = |n: usize| {
            let mut all = reports(n, |k| k % 2, false);
            for (k, p) in all.iter_mut().enumerate() {
                p.event.text = format!("{0}أ {0}ب {0}ج {0}د", k / 2);
            }
            all
        };
        assert_linear(512, build, |n| (n == 512).then_some(256));
    }

    #[test]
    fn a_group_closes_when_its_days_are_over() {
        let mut all = reports(4, |k| k, true);
        // Report 2 is a day later than the others, report 3 a day later again: each opens a group of its own
        // once the groups before it have closed.
        for (k, days) in [(2, 1), (3, 2)] {
            let date = all[k].event.date.as_mut().expect("a date");
            date.first_day = date.first_day + chrono::Days::new(days);
            date.last_day = date.first_day;
        }
        let mut merged = merge(&all, 0.5);
        merged.sort();
        assert_eq!(merged, [vec![0, 1], vec![2], vec![3]]);
    }

    #[test]
    fn stems_and_similarity() {
        assert_eq!(stem("والهدف"), "هدف");
        let mut ids = FxHashMap::default();
        assert_eq!(words("قال ان الهدف والهدف دمشق", "قال", &mut ids), [0, 0, 1]);
        assert_eq!(stem("وزير"), "زير");
        assert_eq!(stem("ال"), "ال");
        let a: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
        let b: Vec<String> = ["b", "c", "d"].map(String::from).to_vec();
        assert!((jaccard(&a, &b) - 0.5).abs() < 1e-9);
    }
}
