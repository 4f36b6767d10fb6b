//! Where a news outlet's name stands in a clause when it is not the speaker: the outlet a speaker talks to
//! ("قال لوكالة X", "لـ«X»", "-للجزيرة-", "في اتصال هاتفي مع X"), and the wire of a dateline ("بيروت (أ ف ب)",
//! "اليمن/ فلان / الأناضول قالت الحكومة"). Subject choice skips such a name; relays read it as `via` or not at
//! all: a wire is the source only of what it says in its own name.

use std::ops::Range;
use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::lexicon::{mark, NounRole};
use super::phrase;
use super::view::{NameTok, View};
use crate::actors::{ActorKind, Target};
use crate::table::{rows, OUTLETS};
use crate::text::{fold_str, TokenKind};

/// How many adjectives after an outlet's head (or its quoted name) belong to the name ("وسائل الإعلام المحلية
/// الرسمية").
const ADJECTIVES: usize = 3;

/// The heads and ties of `data/attribution/outlets.tsv`, folded (its carrier and copy words are marks of the
/// attribution vocabulary, read once a token).
struct OutletWords {
    /// Heads, each as its folded words ("هيئه البث" is two), and whether it carries its owner's pronoun.
    heads: Vec<(Vec<String>, bool)>,
    /// The one-word heads without the article or a pronoun ("صحيفه", "قناه"), which a dative may be glued to.
    bare_heads: FxHashSet<String>,
    /// The heads a speaker talks to with the article, without it ("تلفزيون" of "التلفزيون"): the dative glued
    /// to the article takes its alif ("للتلفزيون").
    definite_heads: FxHashSet<String>,
    tie: FxHashSet<String>,
    /// Outlets named by a common word only where they are spoken to ("للجزيرة", "لـ«العربية»"), with their
    /// catalog ids: each folded as written alone and with the dative glued to it.
    short_names: FxHashMap<String, String>,
}

fn outlet_words() -> &'static OutletWords {
    static WORDS: OnceLock<OutletWords> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut w = OutletWords {
            heads: Vec::new(),
            bare_heads: FxHashSet::default(),
            definite_heads: FxHashSet::default(),
            tie: FxHashSet::default(),
            short_names: FxHashMap::default(),
        };
        for row in rows(OUTLETS) {
            if let ["short-name", form, id] = row[..] {
                let folded = fold_str(form);
                // Also as written with the dative glued to it, the article's alif dropped ("للجزيره").
                if let Some(rest) = folded.strip_prefix("ال") {
                    w.short_names.insert(format!("لل{rest}"), id.to_string());
                }
                w.short_names.insert(folded, id.to_string());
                continue;
            }
            let [form, role] = row[..] else { continue };
            let folded = fold_str(form);
            match role {
                "head" | "own-head" | "spoken-head" => {
                    let words: Vec<String> = folded.split_whitespace().map(str::to_string).collect();
                    if role == "head" && words.len() == 1 && !folded.starts_with("ال") {
                        w.bare_heads.insert(folded.clone());
                    }
                    if let Some(stem) = folded.strip_prefix("ال").filter(|_| role == "spoken-head") {
                        w.definite_heads.insert(stem.to_string());
                    }
                    w.heads.push((words, role == "own-head"));
                }
                "tie" => drop(w.tie.insert(folded)),
                _ => {}
            }
        }
        w
    })
}

/// The end of an outlet head ("قناة", "التلفزيون", "هيئة البث") that opens at token `k`, and whether it
/// carries its owner's pronoun ("قناته").
fn head_end(view: &View, k: usize) -> Option<(usize, bool)> {
    if !view.marked(k, mark::HEAD) {
        return None;
    }
    longest_head(view, k, view.word(k))
}

/// The longest outlet head whose first word is `first` (the word at `k`, or that word without a glued dative)
/// and whose other words follow `k`: its end and whether it carries its owner's pronoun.
fn longest_head(view: &View, k: usize, first: &str) -> Option<(usize, bool)> {
    outlet_words()
        .heads
        .iter()
        .filter(|(head, _)| {
            head.first().is_some_and(|w| w == first)
                && head[1..].iter().enumerate().all(|(i, w)| view.word(k + 1 + i) == w)
        })
        .map(|(head, own)| (k + head.len(), *own))
        .max()
}

/// The outlet named by a dative glued to an outlet's head of one or more words ("لوسائل إعلام محلية",
/// "لوسائل الإعلام"): the head's tokens, as [`named_at`] reads them without the "ل".
pub(crate) fn dative_headed(view: &View, k: usize) -> Option<OutletAt> {
    let rest = view.word(k).strip_prefix('ل').filter(|w| !w.starts_with('ل'))?;
    longest_head(view, k, rest).map(|(end, _)| OutletAt::Headed(k..end))
}

/// Whether a folded word is the one-word head of an outlet without the article ("صحيفه", "قناه", "فضائيه"): the
/// head a dative is glued to ("لصحيفة").
pub(crate) fn is_bare_head(word: &str) -> bool {
    outlet_words().bare_heads.contains(word)
}

/// Whether a folded word is a dative glued to an outlet's one-word head: "لصحيفه", "لقناه", or with the
/// article, whose alif the dative takes, "للتلفزيون", "للاذاعه".
pub(crate) fn is_dative_head(word: &str) -> bool {
    let words = outlet_words();
    match word.strip_prefix("لل") {
        Some(stem) => words.definite_heads.contains(stem),
        None => word
            .strip_prefix('ل')
            .is_some_and(|rest| words.bare_heads.contains(rest)),
    }
}

/// The catalog id of the outlet known by a short name that is also a common word (`folded`: "الجزيره",
/// "العربيه"), as `outlets.tsv` lists them.
pub(crate) fn short_name(folded: &str) -> Option<&'static str> {
    outlet_words().short_names.get(folded).map(String::as_str)
}

/// An outlet the speaker talks to, named by the dative at `k` and a short name or a quotation: "للجزيرة",
/// "لـ«العربية»" (a short name of `outlets.tsv`, which elsewhere is a common word: the catalog outlet), or
/// "لـ «تموز نت»" (a quoted name the catalog does not know). Its tokens, and the catalog id when it has one.
pub(crate) fn dative_short_name(view: &View, k: usize, limit: usize) -> Option<(Range<usize>, Option<&'static str>)> {
    let word = view.word(k);
    // "للجزيره": the dative glued to the article, whose alif it drops.
    if word.starts_with("لل") {
        return short_name(word).map(|id| (k..k + 1, Some(id)));
    }
    if word != "ل" {
        return None;
    }
    let quoted = view.is_punct(k + 1, '"');
    let first = k + 1 + usize::from(quoted);
    if let Some(id) = short_name(view.word(first)) {
        let end = first + 1 + usize::from(quoted && view.is_punct(first + 1, '"'));
        return Some((k..end, Some(id)));
    }
    // "لـ(X)": brackets as quotation marks.
    let bracketed = || {
        let close = (k + 3..(k + 7).min(limit)).find(|&i| view.is_punct(i, ')'))?;
        quoted_name(view, k + 2..close).then_some(OutletAt::Headed(k + 2..close))
    };
    let found = if view.is_punct(k + 1, '(') {
        bracketed()
    } else {
        match quoted_at(view, k + 1, limit) {
            Some(found) => Some(found),
            None => return spaced_name(view, k + 1, limit).map(|end| (k..end, None)),
        }
    };
    match found? {
        // A catalog name that is only the start of the quoted name ("لـ(بغداد اليوم)") does not name it.
        OutletAt::Headed(words)
            if match view.name_starting(words.start) {
                Some(n) => view.names[n].tokens.1 < words.end,
                None => view.name_at[words.start].is_none(),
            } =>
        {
            Some((k..words.end + 1, None))
        }
        _ => None,
    }
}

/// Whether token `i` is a word that starts no catalog name and is no place, date or verb form: a word an
/// outlet's own name may hold.
fn unlisted_word(view: &View, i: usize) -> bool {
    view.toks[i].kind == TokenKind::Word
        && view.name_at[i].is_none()
        && view.place_at[i].is_none()
        && view.date_at[i].is_none()
        && view.form(i).is_none()
}

/// The end of an outlet's name written apart from a lone dative without quotation marks ("قال مصدر لـ الميدان
/// إن"): one or two definite words that no list knows (no name, place, date or verb), which the content, a
/// mark or the clause's end closes.
fn spaced_name(view: &View, first: usize, limit: usize) -> Option<usize> {
    let plain =
        |j: usize| j < limit && unlisted_word(view, j) && view.word(j).starts_with("ال") && view.roles(j).is_empty();
    if !plain(first) {
        return None;
    }
    let end = first + 1 + usize::from(plain(first + 1));
    let closed =
        end >= limit || view.toks[end].kind == TokenKind::Punct || view.has(end, |r| r == NounRole::Complementizer);
    closed.then_some(end)
}

/// A short name of `outlets.tsv` in quotation marks at `k` ("نقلت «الجزيرة» عن"): the catalog outlet, as
/// the quotation marks set it apart from the common word. Its tokens with the marks, and its id.
pub(crate) fn quoted_short_name(view: &View, k: usize) -> Option<(Range<usize>, &'static str)> {
    if !view.is_punct(k, '"') || !view.is_punct(k + 2, '"') {
        return None;
    }
    let id = outlet_words().short_names.get(view.word(k + 1))?;
    Some((k..k + 3, id.as_str()))
}

/// Whether token `k` is a word before the outlet that carried a statement ("بثها", "عبر").
pub(crate) fn is_carrier(view: &View, k: usize) -> bool {
    view.marked(k, mark::CARRIER)
}

/// Whether token `k` is a verb by which a copy of a statement reached an outlet ("وصل", "اطلعت").
pub(crate) fn is_copy_verb(view: &View, k: usize) -> bool {
    view.marked(k, mark::COPY)
}

/// Whether token `k` is the copy a statement reached an outlet as ("نسخة").
pub(crate) fn is_copy_noun(view: &View, k: usize) -> bool {
    view.marked(k, mark::COPY_NOUN)
}

/// The tokens of an outlet named at `k` before `limit`: a catalog outlet ("وكالة الأنباء السورية"), or a head
/// with its quoted name or its adjectives ("التلفزيون الرسمي", "إذاعة «الأندلس»", "موقع «X» المقرب منها",
/// "وسائل الإعلام المحلية"), up to a word that ties it to its owner; a catalog outlet quoted after its head
/// ("قناته «المنار»") is that outlet. Quotation marks before the name are skipped.
pub(crate) fn named_at(view: &View, mut k: usize, limit: usize) -> Option<OutletAt> {
    while k < limit && (view.is_punct(k, '"') || view.is_punct(k, '(')) {
        k += 1;
    }
    if k >= limit {
        return None;
    }
    if let Some(n) = view.name_starting(k) {
        return is_outlet(view, &view.names[n]).then_some(OutletAt::Catalog(n));
    }
    let (mut j, own) = head_end(view, k)?;
    if own && !view.is_punct(j, '"') && !view.is_punct(j, '(') {
        return None;
    }
    // "قناة «X»", or the name in brackets as quotation marks ("قناة (X)").
    let bracket = view.is_punct(j, '(');
    if view.is_punct(j, '"') || bracket {
        let open = j;
        let mark = if bracket { ')' } else { '"' };
        let close = (open + 2..(open + 6).min(limit)).find(|&i| view.is_punct(i, mark))?;
        if let Some(n) = view.name_starting(open + 1) {
            if is_outlet(view, &view.names[n]) && view.names[n].tokens.1 == close {
                return Some(OutletAt::Catalog(n));
            }
        }
        if !quoted_name(view, open + 1..close) {
            return None;
        }
        j = close + 1;
    }
    let end = adjectives_end(view, j, limit);
    // "وكالة الأنباء الرسمية «إرنا»": the catalog's outlet quoted after its head and adjectives is that outlet.
    if end > j && view.is_punct(end, '"') {
        let quoted = view
            .name_starting(end + 1)
            .filter(|&n| is_outlet(view, &view.names[n]) && view.is_punct(view.names[n].tokens.1, '"'));
        if let Some(n) = quoted {
            return Some(OutletAt::Catalog(n));
        }
    }
    Some(OutletAt::Headed(k..end))
}

/// The end of the adjectives that belong to an outlet's name from `j` ("الرسمي", "المحلية الرسمية"), up to a
/// word that ties it to its owner.
fn adjectives_end(view: &View, mut j: usize, limit: usize) -> usize {
    let words = outlet_words();
    let mut adjectives = 0;
    while j < limit
        && adjectives < ADJECTIVES
        && view.toks[j].kind == TokenKind::Word
        && view.word(j).starts_with("ال")
        && !words.tie.contains(view.word(j))
        && view.roles(j).iter().all(|&r| r == NounRole::Adjective)
        && view.name_at[j].is_none()
        && view.date_at[j].is_none()
        && view.form(j).is_none()
    {
        j += 1;
        adjectives += 1;
    }
    j
}

/// The outlet named by a head glued to the dative at `k` ("لصحيفة «الأخبار»", "لقناة الحدث", "لموقع X"): its
/// head without the "ل", and its quoted name or the definite words that name it (two at most); a definite head
/// ("للتلفزيون الرسمي") with its adjectives.
pub(crate) fn named_after_dative_head(view: &View, k: usize, limit: usize) -> Option<OutletAt> {
    // "للتلفزيون الرسمي": a definite head names the outlet with its adjectives, or alone.
    if view.word(k).starts_with("لل") {
        return Some(OutletAt::Headed(k..adjectives_end(view, k + 1, limit)));
    }
    let mut j = k + 1;
    if view.is_punct(j, '"') {
        let close = (j + 2..(j + 6).min(limit)).find(|&i| view.is_punct(i, '"'))?;
        return quoted_name(view, j + 1..close).then_some(OutletAt::Headed(k..close + 1));
    }
    if let Some(n) = view.name_starting(j) {
        return (is_outlet(view, &view.names[n]) && !view.names[n].clitic).then_some(OutletAt::Catalog(n));
    }
    // "لوكالة إخبارية", "لصحيفة محلية": an outlet the text does not name, by its head and a relative adjective.
    let relative = |j: usize| {
        let w = view.word(j);
        !w.starts_with("ال")
            && (w.ends_with("يه") || w.ends_with('ي'))
            && view.roles(j).iter().all(|&r| r == NounRole::Adjective)
    };
    // "لشبكة CNN", "لصحيفة The Times": a name in Latin letters, with a number after its first word.
    let latin = |j: usize| {
        let kind = view.toks[j].kind;
        (kind == TokenKind::Word && view.word(j).bytes().all(|b| b.is_ascii_alphabetic()))
            || (kind == TokenKind::Number && j > k + 1)
    };
    if j < limit && latin(j) && view.toks[j].kind == TokenKind::Word {
        while j < limit.min(k + 4) && latin(j) {
            j += 1;
        }
        return Some(OutletAt::Headed(k..j));
    }
    let plain = |j: usize| unlisted_word(view, j);
    // "لراديو سوا إن", "لإذاعة مونت كارلو:": one or two words no list knows, without the article, that the
    // content or a mark closes right after them.
    let bare = view.word(k).strip_prefix('ل').is_some_and(is_bare_head);
    let named = |j: usize| j < limit && plain(j) && view.roles(j).is_empty() && !view.word(j).starts_with("ال");
    if bare && named(j) {
        let end = j + 1 + usize::from(named(j + 1));
        let closed =
            end >= limit || view.toks[end].kind == TokenKind::Punct || view.has(end, |r| r == NounRole::Complementizer);
        if closed && !relative(end - 1) {
            return Some(OutletAt::Headed(k..end));
        }
    }
    if j < limit && plain(j) && relative(j) && bare {
        while j < limit.min(k + 3) && plain(j) && relative(j) {
            j += 1;
        }
        return Some(OutletAt::Headed(k..j));
    }
    while j < limit.min(k + 3)
        && view.toks[j].kind == TokenKind::Word
        && view.word(j).starts_with("ال")
        && view.roles(j).is_empty()
        && view.date_at[j].is_none()
        && view.place_at[j].is_none()
        && view.form(j).is_none()
    {
        j += 1;
    }
    (j > k + 1).then_some(OutletAt::Headed(k..j))
}

/// Whether the tokens inside quotation marks may be an outlet's name: words, and numbers after the first word, as
/// channels are named ("قناة «الساحل 24»", "إذاعة «المدينة 1»"); a quotation that opens with a number is a
/// figure, not a name.
fn quoted_name(view: &View, inside: Range<usize>) -> bool {
    let first = inside.start;
    inside.clone().all(|i| match view.toks[i].kind {
        TokenKind::Word => true,
        TokenKind::Number => i > first,
        TokenKind::Punct => false,
    })
}

/// The words of a short quotation opening at `k` ("اطلعت «X» على نسخة منه"), an outlet where the words after
/// it say so.
pub(crate) fn quoted_at(view: &View, k: usize, limit: usize) -> Option<OutletAt> {
    if !view.is_punct(k, '"') {
        return None;
    }
    let close = (k + 2..(k + 6).min(limit)).find(|&i| view.is_punct(i, '"'))?;
    (k + 1..close)
        .all(|i| view.toks[i].kind == TokenKind::Word)
        .then_some(OutletAt::Headed(k + 1..close))
}

/// An outlet named in a relay: a catalog name, or the tokens of a phrase the catalog does not know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum OutletAt {
    Catalog(usize),
    Headed(Range<usize>),
}

impl OutletAt {
    /// The token after the outlet's name.
    pub(crate) fn end(&self, view: &View) -> usize {
        match self {
            OutletAt::Catalog(n) => view.names[*n].tokens.1,
            OutletAt::Headed(r) => r.end,
        }
    }
}

/// Whether a catalog name is a news outlet.
pub(crate) fn is_outlet(view: &View, name: &NameTok) -> bool {
    matches!(name.target, Target::Actor(a) if view.catalog.actor_at(a).kind == ActorKind::Media)
}

/// Whether an outlet's name is the one a speaker talks to: a dative ("لوكالة X", "لـ«X»") or the partner of a
/// conversation ("في اتصال هاتفي مع X", "في مقابلة مع X").
pub(crate) fn spoken_to(view: &View, name: &NameTok) -> bool {
    if !is_outlet(view, name) {
        return false;
    }
    let first = name.tokens.0;
    let word = view.word(first);
    if (name.clitic && word.starts_with('ل') && !word.starts_with("ال")) || phrase::dative_before(view, first) {
        return true;
    }
    // "في تصريح بقناة X", "في مقابلة بإذاعة X": the outlet of an interview, with "ب".
    let interview_before = || (first.saturating_sub(3)..first).any(|j| view.has(j, |r| r == NounRole::Interview));
    if name.clitic && word.starts_with('ب') && interview_before() {
        return true;
    }
    // Back over quotation marks, parentheses, the "أنباء" of "لوكالة أنباء «X»" and, after a conversation, the
    // outlet's head ("في لقاء على قناة «X»").
    let mut k = first;
    // A catalog name may hold its head ("قناة العربية").
    let mut head = head_end(view, first).is_some();
    while k > 0 && (view.is_punct(k - 1, '"') || view.is_punct(k - 1, '(') || view.word(k - 1) == "انباء") {
        k -= 1;
    }
    if k > 0 && head_end(view, k - 1).is_some_and(|(end, own)| end == k && !own) {
        k -= 1;
        head = true;
    }
    let Some(prev) = k.checked_sub(1).map(|p| view.word(p)) else {
        return false;
    };
    let to_head = is_dative_head(prev);
    let partner = prev == "مع" || (head && matches!(prev, "علي" | "على" | "عبر"));
    to_head || (partner && (k.saturating_sub(5)..k - 1).any(|j| view.has(j, |r| r == NounRole::Interview)))
}

/// Whether an outlet's name is the wire of a dateline: after a slash ("/ الأناضول"), in parentheses ("(أ ف
/// ب)"), opening a line before a dash ("المرصد نيوز - "), or spelled in letters at the head of a line ("أ ش أ
/// وصل المئات"), as a wire's credit is and no subject is.
pub(crate) fn in_dateline(view: &View, name: &NameTok) -> bool {
    if !is_outlet(view, name) {
        return false;
    }
    let (first, end) = name.tokens;
    let after_slash = first > 0 && view.is_punct(first - 1, '/');
    let in_parentheses = first > 0 && view.is_punct(first - 1, '(') && view.is_punct(end, ')');
    let line_head = first == 0 || view.line_break_before(first);
    let opens_line = line_head && view.is_punct(end, '-');
    let letters = line_head && (first..end).all(|k| view.word(k).chars().nth(1).is_none());
    after_slash || in_parentheses || opens_line || letters
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::view::tests::{at, view};

    fn outlet(v: &View, word: &str) -> NameTok {
        let n = v.name_starting(at(v, word)).expect("a name");
        v.names[n]
    }

    #[test]
    fn the_outlet_spoken_to() {
        let v = view("وأضاف لوكالة سانا أن الطريق مفتوح");
        assert!(spoken_to(&v, &v.names[0]));
        let v = view("وأضاف في اتصال هاتفي مع سانا أن الطريق مفتوح");
        assert!(spoken_to(&v, &outlet(&v, "سانا")));
        let v = view("وقالت المصادر لوكالة أنباء ((سانا)) إن الطريق مفتوح");
        assert!(spoken_to(&v, &outlet(&v, "سانا")));
        let v = view("وقالت سانا إن الطريق مفتوح");
        assert!(!spoken_to(&v, &outlet(&v, "سانا")));
        let v = view("وقال الوزير في لقاء على قناة \"سانا\" إن الطريق مفتوح");
        assert!(spoken_to(&v, &outlet(&v, "سانا")));
        let v = view("وقال الوزير على قناة \"سانا\" إن الطريق مفتوح");
        assert!(!spoken_to(&v, &outlet(&v, "سانا")));
    }

    #[test]
    fn a_dative_glued_to_an_outlet_s_head() {
        for word in ["لصحيفة", "لقناة", "للتلفزيون", "للإذاعة", "للقناة"] {
            assert!(is_dative_head(&fold_str(word)), "{word}");
        }
        // The agency, the site and the network are mostly "of" ("المدير العام للوكالة"); other words are no
        // outlet.
        for word in ["للوكالة", "للموقع", "للشبكة", "للحكومة"] {
            assert!(!is_dative_head(&fold_str(word)), "{word}");
        }
    }

    fn headed(v: &View, word: &str) -> String {
        match named_at(v, at(v, word), v.toks.len()) {
            Some(OutletAt::Headed(r)) => v.original(r).to_string(),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn an_outlet_the_catalog_does_not_know_by_its_head() {
        let v = view("في تصريحات بثها التلفزيون الرسمي، قال الوزير");
        assert_eq!(headed(&v, "التلفزيون"), "التلفزيون الرسمي");
        let v = view("عبر موقع \"البوابة نت\" المقرب منها، أعلنت الحركة");
        assert_eq!(headed(&v, "موقع"), "موقع \"البوابة نت\"");
        let v = view("حسب ما ذكرت وسائل الإعلام المحلية.");
        assert_eq!(headed(&v, "وسائل"), "وسائل الإعلام المحلية");
        let v = view("وقالت هيئة البث العامة إن الطريق مغلق");
        assert_eq!(headed(&v, "هيئة"), "هيئة البث العامة");
        // A word that is not an outlet's head names none.
        let v = view("وقالت الحكومة الرسمية إن الطريق مغلق");
        assert_eq!(named_at(&v, at(&v, "الحكومة"), v.toks.len()), None);
    }

    #[test]
    fn a_catalog_outlet_quoted_after_its_head() {
        let v = view("وأعلن الحزب عبر قناته \"سانا\" أن الطريق مفتوح");
        let found = named_at(&v, at(&v, "قناته"), v.toks.len());
        assert!(matches!(found, Some(OutletAt::Catalog(n)) if v.names[n].tokens.0 == at(&v, "سانا")));
    }

    #[test]
    fn an_outlet_named_in_brackets_after_its_head() {
        // "قناة (X)": the brackets set the name apart as quotation marks do.
        let v = view("حسبما أفادت قناة (روسيا اليوم) مساء أمس");
        let found = named_at(&v, at(&v, "قناة"), v.toks.len());
        assert!(matches!(found, Some(OutletAt::Catalog(n)) if v.names[n].tokens.0 == at(&v, "روسيا")));
        let v = view("حسبما أفادت إذاعة (صوت المدينة) مساء أمس");
        assert_eq!(headed(&v, "إذاعة"), "إذاعة (صوت المدينة)");
    }

    #[test]
    fn the_wire_of_a_dateline() {
        let v = view("دمشق/ سانا قالت الوزارة إن الطريق مفتوح");
        assert!(in_dateline(&v, &outlet(&v, "سانا")));
        let v = view("وقالت سانا إن الطريق مفتوح");
        assert!(!in_dateline(&v, &outlet(&v, "سانا")));
        // A credit spelled in letters at the head of the dispatch.
        let v = view("أ ش أ وصل المحتجون إلى مقر البرلمان");
        assert!(in_dateline(&v, &v.names[0]));
    }

    #[test]
    fn a_short_name_in_quotation_marks_is_the_outlet() {
        let v = view("ونقلت «الجزيرة» عن مصدر قوله إن القصف استمر. وقال إن العربية لغة رسمية.");
        assert_eq!(quoted_short_name(&v, 1).map(|f| f.1), Some("al-jazeera"));
        assert!((0..v.toks.len())
            .filter(|&k| k != 1)
            .all(|k| quoted_short_name(&v, k).is_none()));
    }

    #[test]
    fn an_outlet_spoken_to_by_a_name_in_latin_letters_or_a_name_no_list_knows() {
        for (text, head) in [
            ("وقال المسؤول لشبكة CNN إن الوضع هادئ", "لشبكة"),
            ("وقال الضابط لراديو سوا إن الوضع هادئ", "لراديو"),
        ] {
            let v = view(text);
            let k = at(&v, head);
            assert_eq!(
                named_after_dative_head(&v, k, v.toks.len()),
                Some(OutletAt::Headed(k..k + 2)),
                "{text}"
            );
        }
        // A word of the vocabulary after the head goes on with the sentence.
        let v = view("وقال المسؤول لصحيفة إن الوضع هادئ");
        assert_eq!(named_after_dative_head(&v, at(&v, "لصحيفة"), v.toks.len()), None);
    }

    #[test]
    fn short_names_are_outlets_only_where_they_are_spoken_to() {
        let v = view("وقال مصدر للجزيرة إن اللغة العربية تراجعت");
        assert_eq!(
            dative_short_name(&v, at(&v, "للجزيرة"), v.toks.len()).map(|f| f.1),
            Some(Some("al-jazeera"))
        );
        assert!(dative_short_name(&v, at(&v, "العربية"), v.toks.len()).is_none());
        let v = view("وقال مصدر لـ«العربية» إن");
        let k = (0..v.toks.len()).find(|&k| v.word(k) == "ل").expect("a lone dative");
        assert_eq!(
            dative_short_name(&v, k, v.toks.len()),
            Some((k..k + 4, Some("al-arabiya")))
        );
        // A quoted name the catalog does not know, after a lone dative.
        let v = view("وأفادت مصادر محلية لـ «صدى الجنوب» بأن");
        let k = (0..v.toks.len()).find(|&k| v.word(k) == "ل").expect("a lone dative");
        assert_eq!(dative_short_name(&v, k, v.toks.len()), Some((k..k + 5, None)));
    }
}
