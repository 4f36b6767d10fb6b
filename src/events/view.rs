//! The article's token view: the folded text and its tokens, read once, with what every later stage asks
//! of a token (its date phrase, the catalog name starting at it, whether it is quoted, its roles in the
//! attribution vocabulary, the verb it holds).

use std::cell::OnceCell;
use std::ops::Range;

use super::lexicon::{strip_conjunction, AttributionLexicon, LightObject, NounRole, VerbClass, VerbHit};
use super::{Location, Span};
use crate::actors::{ActorKind, Catalog, Target};
use crate::dates::{Anchor, DateFinder, Granularity, Located};

use crate::places::{Gazetteer, PlaceHit};
use crate::text::{tokenize, FoldedText, NameKeys, Token, TokenKind};

/// A catalog name located on tokens.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NameTok {
    pub target: Target,
    pub tokens: (usize, usize),
    /// The name carries a proclitic in its first token ("لوكالة", "بدمشق").
    pub clitic: bool,
    /// The only proclitic is the conjunction و or ف ("والجيش", "وقوات").
    pub conjoined: bool,
}

/// What the extractor knows before it reads an article: the vocabularies every stage consults.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tables<'a> {
    pub finder: &'a DateFinder,
    pub catalog: &'a Catalog,
    pub gazetteer: &'a Gazetteer,
    pub lexicon: &'a AttributionLexicon,
}

/// Everything known about one article while it is read.
pub(crate) struct View<'a> {
    pub text: &'a str,
    pub folded: &'a FoldedText,
    pub toks: Vec<Token>,
    /// For each token, its folded word ("" for punctuation and numbers), sliced once when the text is read:
    /// the rules ask [`View::word`] about three times a token.
    words: Vec<&'a str>,
    pub dates: Vec<Located>,
    /// For each token, the date mention covering it ([`View::date_of`]). This table and the two below hold
    /// `u32` indices: 8 bytes a token with the `Option`, not 16, and every token has an entry in each.
    pub date_at: Vec<Option<u32>>,
    /// The catalog names, in text order.
    pub names: Vec<NameTok>,
    /// For each token, the catalog name starting at it ([`View::name_of`]).
    pub name_at: Vec<Option<u32>>,
    /// For each token, whether it stands inside a quotation.
    pub quoted: Vec<bool>,
    /// For each token, the first byte of a punctuation mark (0 for a word or a number), read once: the rules
    /// ask [`View::is_punct`] of every token.
    punct: Vec<u8>,
    /// The gazetteer's places, in text order.
    pub places: Vec<PlaceHit<'a>>,
    /// For each token, the place starting at it.
    pub place_at: Vec<Option<u32>>,
    /// For each token, its roles in the attribution vocabulary: the rules ask for them three times a word.
    roles: Vec<&'a [NounRole]>,
    /// The tokens with a title's role, in text order, found on first ask ([`View::titles_in`]).
    titles: OnceCell<Vec<u32>>,
    /// For each token, its marks in the attribution vocabulary (`lexicon::mark`), read with its roles.
    marks: Vec<u16>,
    /// For each token, the verb form its word is in the vocabulary, read with its roles; [`View::verb_at`] decides
    /// whether it stands as a verb there.
    forms: Vec<Option<VerbHit>>,
    /// For each token, the verb form it holds ([`View::verb_at`]), found on first ask: the clause splitter
    /// and the verb finder ask up to four times a token.
    verbs: Vec<OnceCell<Option<VerbHit>>>,
    pub catalog: &'a Catalog,
    pub lexicon: &'a AttributionLexicon,
    /// The day the article was published.
    pub published: chrono::NaiveDate,
    /// Each token's hashes for the name sets, kept for [`View::maybe_same_tokens_before`].
    keys: NameKeys,
    /// The noun phrases read last ([`chunk::chunk`](super::chunk::chunk)): the speaker readers read the phrase
    /// at the same head with the same limit several times in a row (a title head, then an apposed name, then a
    /// body unlike its name).
    pub(super) chunks: super::chunk::Chunks,
    /// Whether the text writes a damma anywhere: most texts are unvowelled, and the test of a passive written
    /// with one (`verb::written_passive`) lets their verbs go without reading the
    /// original word.
    pub(super) dammas: bool,
    /// Whether the text writes a final "ي" as "ى" ("فى", "الذى"), found on first ask ([`View::maqsura_noun`]).
    ya_as_maqsura: OnceCell<bool>,
}

impl<'a> View<'a> {
    /// Folds and tokenizes `text` once and finds its date phrases, catalog names and quotations.
    pub(crate) fn read(tables: Tables<'a>, text: &'a str, folded: &'a FoldedText, published: &Anchor) -> View<'a> {
        let mut toks = tokenize(folded.as_str());
        drop_title_stops(folded.as_str(), &mut toks, tables.lexicon);
        let dates = tables.finder.locate_article(text, folded, &toks, Some(published));
        let mut date_at = nones(toks.len());
        for (d, l) in dates.iter().enumerate() {
            for slot in &mut date_at[l.tokens.clone()] {
                *slot = Some(d as u32);
            }
        }
        // Each token is split and hashed once for both the catalog and the gazetteer.
        let keys = NameKeys::new(folded.as_str(), &toks);
        let hits = tables
            .catalog
            .find_names_on(folded.as_str(), &toks, &keys, Some(published.date()));
        let mut names = Vec::with_capacity(hits.len());
        let mut name_at = nones(toks.len());
        for hit in hits {
            let (first, end) = hit.tokens;
            name_at[first] = Some(names.len() as u32);
            names.push(NameTok {
                target: hit.target,
                tokens: (first, end),
                clitic: hit.start > toks[first].start as usize,
                conjoined: hit.start == toks[first].start as usize + 2
                    && matches!(
                        folded.as_str()[toks[first].start as usize..].chars().next(),
                        Some('و' | 'ف')
                    ),
            });
        }
        let places = tables.gazetteer.find_on_tokens(folded, &toks, &keys);
        let mut place_at = nones(toks.len());
        for (p, hit) in places.iter().enumerate() {
            place_at[hit.tokens.0] = Some(p as u32);
        }
        let quoted = quotations(folded, &toks);
        let punct: Vec<u8> = toks
            .iter()
            .map(|t| match t.kind {
                TokenKind::Punct => folded.as_str().as_bytes()[t.start as usize],
                _ => 0,
            })
            .collect();
        let mut marks = Vec::with_capacity(toks.len());
        let mut forms = Vec::with_capacity(toks.len());
        let mut words = Vec::with_capacity(toks.len());
        let roles: Vec<&[NounRole]> = toks
            .iter()
            .enumerate()
            .map(|(i, t)| match t.kind {
                TokenKind::Word => {
                    let folded_word = &folded.as_str()[t.range()];
                    words.push(folded_word);
                    let word = tables.lexicon.word_hashed(folded_word, keys.whole(i));
                    marks.push(word.marks);
                    forms.push(word.form);
                    let roles = word.roles;
                    // Folding takes the hamza off "بأن", so "بان كي مون" would open the content of a statement:
                    // where a name of several words starts, the name wins over a complementizer.
                    let long_name = name_at[i].is_some_and(|n: u32| {
                        let name: &NameTok = &names[n as usize];
                        !name.clitic && name.tokens.1 > i + 1
                    });
                    if long_name && roles.contains(&NounRole::Complementizer) {
                        &[]
                    } else {
                        roles
                    }
                }
                _ => {
                    words.push("");
                    marks.push(0);
                    forms.push(None);
                    &[]
                }
            })
            .collect();
        // A token with no verb form and no role of a light verb holds no verb (`find_verb_at`): its cell is
        // filled here, and the readers that ask every token (up to four times each) find it answered.
        let verbs = forms
            .iter()
            .zip(&roles)
            .map(|(form, roles)| {
                if form.is_none() && !roles.iter().any(|r| matches!(r, NounRole::LightVerb(..))) {
                    OnceCell::from(None)
                } else {
                    OnceCell::new()
                }
            })
            .collect();
        let mut view = View {
            text,
            folded,
            toks,
            words,
            dates,
            date_at,
            names,
            name_at,
            quoted,
            punct,
            places,
            place_at,
            roles,
            titles: OnceCell::new(),
            ya_as_maqsura: OnceCell::new(),
            marks,
            forms,
            verbs,
            catalog: tables.catalog,
            lexicon: tables.lexicon,
            published: published.date(),
            keys,
            chunks: Default::default(),
            dammas: text.contains('\u{064F}'),
        };
        view.drop_nouns_in_ta_marbuta();
        view
    }

    /// Folding writes "ة" as "ه", so a noun in "ة" may fold to a past with an object pronoun ("وزارة" to "و" +
    /// "زاره", "ضربة" to "ضربه"): where the text writes "ة" the token holds no such form.
    fn drop_nouns_in_ta_marbuta(&mut self) {
        for i in 0..self.forms.len() {
            if self.forms[i].is_some_and(|h| h.object) && self.original(i..i + 1).ends_with('ة') {
                self.forms[i] = None;
                if !self.roles[i].iter().any(|r| matches!(r, NounRole::LightVerb(..))) {
                    self.verbs[i] = OnceCell::from(None);
                }
            }
        }
    }

    /// Whether a source asks not to be named at `i` ("طالبا عدم ذكر اسمه", "فضل عدم الكشف عن هويته", "رفض
    /// الكشف عن اسمه"): an aside, no verb and no word of a name.
    pub(crate) fn asks_anonymity(&self, i: usize) -> bool {
        // The mark, read with the token's roles, lets most words go without a look-up: the chunker and the verb
        // reader ask this of every word they read.
        self.marked(i, super::lexicon::mark::ANONYMITY_ASK)
            && self.lexicon.anonymity(self.word(i)) == Some(true)
            && self.lexicon.anonymity(self.word(i + 1)) == Some(false)
    }

    /// Whether token `i` is a word with a role that `role` accepts.
    pub(crate) fn has(&self, i: usize, role: impl Fn(NounRole) -> bool) -> bool {
        self.roles(i).iter().any(|&r| role(r))
    }

    /// The length of an according phrase at `i`: one word ("بحسب", "وفق") or two ("جاء في", "صدر عن").
    pub(crate) fn according_len(&self, i: usize) -> Option<usize> {
        if self.has(i, |r| r == NounRole::According) {
            return Some(1);
        }
        if !self.marked(i, super::lexicon::mark::PHRASE) {
            return None;
        }
        if self.on_what_told(i) {
            return Some(2);
        }
        match self.lexicon.phrase(&[self.word(i), self.word(i + 1)]) {
            Some((2, NounRole::According)) => Some(2),
            _ => None,
        }
    }

    /// The first token from `k` on, before `limit`, that is neither in a date phrase nor a comma (`limit` when
    /// there is none): where the words after a verb start ("وقال، أمس الأحد، المتحدث").
    pub(crate) fn past_dates_and_commas(&self, mut k: usize, limit: usize) -> usize {
        while k < limit {
            if let Some(d) = self.date_covering(k) {
                k = self.dates[d].tokens.end;
            } else if self.is_punct(k, ',') {
                k += 1;
            } else {
                return k;
            }
        }
        limit
    }

    /// Past a short name in parentheses that opens at `k` ("وزارة الدفاع (X)": the body's other name; "(د.ب.أ)",
    /// an acronym written with stops), closed before `limit`: the token after ")"; else `k`.
    pub(crate) fn past_bracketed_name(&self, k: usize, limit: usize) -> usize {
        if !self.is_punct(k, '(') {
            return k;
        }
        (k + 2..(k + 8).min(limit))
            .find(|&c| self.is_punct(c, ')'))
            .map_or(k, |c| c + 1)
    }

    /// The phrase of up to three words of `nouns.tsv` that starts at `i`, the longest: its length and role.
    pub(crate) fn phrase_at(&self, i: usize) -> Option<(usize, NounRole)> {
        if !self.marked(i, super::lexicon::mark::PHRASE) {
            return None;
        }
        let words = [self.word(i), self.word(i + 1), self.word(i + 2)];
        let n = self.toks.len().saturating_sub(i).min(words.len());
        self.lexicon.phrase(&words[..n])
    }

    /// The roles of token `i` in the attribution vocabulary.
    #[inline]
    pub(crate) fn roles(&self, i: usize) -> &[NounRole] {
        self.roles.get(i).copied().unwrap_or_default()
    }

    /// The tokens in `tokens` with a title's role (`NounRole::Title`), in text order: a scan back over hundreds
    /// of tokens for an earlier title reads only these (the list is made once a text, on first ask).
    pub(crate) fn titles_in(&self, tokens: Range<usize>) -> impl DoubleEndedIterator<Item = usize> + '_ {
        // The roles read in a row, without a check of the index: the list is made of every token of the text.
        let titles = self.titles.get_or_init(|| {
            let title = |roles: &&[NounRole]| roles.iter().any(|r| matches!(r, NounRole::Title(_)));
            let at = self.roles.iter().enumerate().filter(|(_, roles)| title(roles));
            at.map(|(i, _)| i as u32).collect()
        });
        let from = titles.partition_point(|&t| (t as usize) < tokens.start);
        let to = titles.partition_point(|&t| (t as usize) < tokens.end);
        titles[from..to].iter().map(|&t| t as usize)
    }

    /// Whether token `i` has neither a role nor a mark in the attribution vocabulary (punctuation has none).
    #[inline]
    pub(crate) fn unmarked(&self, i: usize) -> bool {
        self.roles(i).is_empty() && self.marks.get(i).is_none_or(|&m| m == 0)
    }

    /// Whether token `i` is a word with the mark `mark` (`lexicon::mark`).
    #[inline]
    pub(crate) fn marked(&self, i: usize, mark: u16) -> bool {
        self.marks.get(i).is_some_and(|&m| m & mark != 0)
    }

    /// The folded word at token `i`, or "" for punctuation, numbers and past the end.
    #[inline]
    pub(crate) fn word(&self, i: usize) -> &'a str {
        self.words.get(i).copied().unwrap_or_default()
    }

    /// The bytes of [`word`](Self::word) at `i`, read in place without the checks of a `str` slice (empty for
    /// punctuation, numbers and past the end).
    #[inline]
    pub(crate) fn word_bytes(&self, i: usize) -> &[u8] {
        match self.toks.get(i) {
            Some(t) if t.kind == TokenKind::Word => &self.folded.as_str().as_bytes()[t.range()],
            _ => &[],
        }
    }

    /// The tokens in `tokens`, latest first, that can be the same word as token `k`: their hashes ([`NameKeys`])
    /// agree. A scan back over many tokens for one word reads these, a comparison of two integers a token.
    pub(crate) fn maybe_same_tokens_before(&self, k: usize, tokens: Range<usize>) -> impl Iterator<Item = usize> + '_ {
        self.keys.same_hash_before(k, tokens)
    }

    /// Whether [`word`](Self::word) at `i` is `word`, its length compared before its bytes: a scan over many
    /// tokens for one word reads few of them.
    #[inline]
    pub(crate) fn is_word(&self, i: usize, word: &str) -> bool {
        match self.toks.get(i) {
            Some(t) if t.kind == TokenKind::Word => {
                (t.end - t.start) as usize == word.len()
                    && &self.folded.as_str().as_bytes()[t.range()] == word.as_bytes()
            }
            _ => word.is_empty(),
        }
    }

    /// Whether [`word`](Self::word) at `i` starts with `prefix`, read in place as [`is_word`](Self::is_word)
    /// reads it: a scan over a clause for one stem asks it of every token.
    #[inline]
    pub(crate) fn word_starts_with(&self, i: usize, prefix: &str) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.kind == TokenKind::Word && self.folded.as_str().as_bytes()[t.range()].starts_with(prefix.as_bytes())
        })
    }

    #[inline]
    pub(crate) fn is_punct(&self, i: usize, c: char) -> bool {
        if c.is_ascii() {
            // The rules ask this of every token: one byte compared, no slice of the text.
            return self.punct.get(i).is_some_and(|&b| b == c as u8);
        }
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Punct && self.folded.as_str()[t.range()].starts_with(c))
    }

    /// Whether token `i` ends a sentence outside a quotation: . ? ! ؛
    #[inline]
    pub(crate) fn is_stop(&self, i: usize) -> bool {
        self.is_punct(i, '.') || self.is_punct(i, '?') || self.is_punct(i, '!') || self.is_punct(i, ';')
    }

    /// The date phrase covering token `i` (none past the end of the text, which may be cut off anywhere).
    #[inline]
    pub(crate) fn date_of(&self, i: usize) -> Option<usize> {
        self.date_covering(i)
    }

    /// The catalog name starting at token `i` (none past the end of the text).
    #[inline]
    pub(crate) fn name_of(&self, i: usize) -> Option<usize> {
        self.name_starting(i)
    }

    /// The catalog name starting at token `i`.
    #[inline]
    pub(crate) fn name_starting(&self, i: usize) -> Option<usize> {
        self.name_at.get(i).copied().flatten().map(|n| n as usize)
    }

    /// Whether token `k` is a word of a catalog name, its first or a later one ("لو" of "جان إيف لو دريان").
    pub(crate) fn in_name(&self, k: usize) -> bool {
        let n = self.names.partition_point(|n| n.tokens.0 <= k);
        n.checked_sub(1).is_some_and(|n| self.names[n].tokens.1 > k)
    }

    /// Whether catalog name `n` names a person of the catalog (not a role, a body or a state).
    pub(crate) fn names_person(&self, n: usize) -> bool {
        matches!(self.names[n].target, Target::Actor(a) if self.catalog.actor_at(a).kind == ActorKind::Person)
    }

    /// The catalog person named from token `j`, written without a proclitic ("نظيره الأردني أيمن الصفدي").
    pub(crate) fn person_starting(&self, j: usize) -> Option<usize> {
        self.name_starting(j)
            .filter(|&n| !self.names[n].clitic && self.names_person(n))
    }

    /// The place starting at token `i`.
    pub(crate) fn place_starting(&self, i: usize) -> Option<&PlaceHit<'a>> {
        self.place_at
            .get(i)
            .copied()
            .flatten()
            .map(|p| &self.places[p as usize])
    }

    /// The date phrase covering token `i`.
    #[inline]
    pub(crate) fn date_covering(&self, i: usize) -> Option<usize> {
        self.date_at.get(i).copied().flatten().map(|d| d as usize)
    }

    /// The byte range of the original text that tokens `tokens` cover.
    pub(crate) fn span(&self, tokens: Range<usize>) -> Span {
        let t = &self.toks;
        let r = self
            .folded
            .original_span(t[tokens.start].start as usize..t[tokens.end - 1].end as usize);
        Span {
            start: r.start,
            end: r.end,
        }
    }

    /// The original text of tokens `tokens`.
    pub(crate) fn original(&self, tokens: Range<usize>) -> &'a str {
        let span = self.span(tokens);
        &self.text[span.start..span.end]
    }

    /// Whether the word at `i` ends in "ى" as written, in a text that does not write "ي" so ("المستشفى",
    /// "المبنى"): a noun, which folding would make look like a nisba adjective ("المستشفي").
    pub(crate) fn maqsura_noun(&self, i: usize) -> bool {
        self.original(i..i + 1).ends_with('ى')
            && !*self.ya_as_maqsura.get_or_init(|| {
                self.text
                    .split(|c: char| !c.is_alphabetic())
                    .any(|w| matches!(w, "فى" | "الذى" | "التى"))
            })
    }

    /// Whether a line break stands between tokens `i - 1` and `i`.
    #[inline]
    pub(crate) fn line_break_before(&self, i: usize) -> bool {
        i > 0 && self.toks[i].newline
    }

    /// Whether token `i` and a dash open a short line that credits an outlet ("رصد – نبض السودان", "متابعات -
    /// X"): the word is no verb. Not a verb with its conjunction and an aside ("وأضاف -في حديثه- أن"), whose line
    /// goes on.
    pub(crate) fn credit_line(&self, i: usize) -> bool {
        let dash = self.is_punct(i + 1, '-') || self.is_punct(i + 1, '–');
        dash && (i == 0 || self.line_break_before(i))
            && (i + 2..i + 7).any(|j| j >= self.toks.len() || self.line_break_before(j))
    }

    /// The places named inside `span` (the span of an event's tokens, which the event holds): `places` are in
    /// text order, so those inside are found without reading the others.
    pub(crate) fn locations(&self, span: &Span) -> Vec<Location> {
        let places = &self.places;
        places[places.partition_point(|p| p.mention.start < span.start)..]
            .iter()
            .map(|p| &p.mention)
            .take_while(|p| p.start < span.end)
            .filter(|p| p.end <= span.end)
            .map(|p| Location {
                id: p.place.id.clone(),
                name: p.place.name.clone(),
                text: self.text[p.start..p.end].to_string(),
                kind: p.place.kind.clone(),
                country: p.place.country.clone(),
                admin1: p.place.admin1.clone(),
                lat: p.place.lat,
                lon: p.place.lon,
                span: Span {
                    start: p.start,
                    end: p.end,
                },
            })
            .collect()
    }
}

/// Drops the full stop of a title written as one letter before a name ("وقال د. سامر الحلبي إن", "م. رامي",
/// "أ. د. X"; the letters are the one-letter `rank` rows of `nouns.tsv`): it abbreviates the title and ends no
/// sentence, and the readers of a subject go from the title to the name as they do from "الدكتور". Not after a
/// number ("عام 1990 م."), nor before a word of one letter that is no such title (an agency's initials, "أ.ف.ب"),
/// nor at the end of a line. Only a full stop right after a one-letter word is looked at, and nothing is
/// allocated for a text without one.
fn drop_title_stops(folded: &str, toks: &mut Vec<Token>, lexicon: &AttributionLexicon) {
    // One Arabic letter is two bytes of folded text.
    let one_letter = |t: &Token| t.kind == TokenKind::Word && t.end - t.start == 2;
    // The token's kind first: most tokens are words, and only a mark is looked at further.
    let stop_after_letter = |toks: &[Token], i: usize| {
        toks[i].kind == TokenKind::Punct && one_letter(&toks[i - 1]) && &folded[toks[i].range()] == "."
    };
    let title = |t: &Token| one_letter(t) && lexicon.word(&folded[t.range()]).roles.contains(&NounRole::Rank);
    let mut dropped: Vec<usize> = Vec::new();
    // From the end, so that "أ." is known to stand before a title whose stop goes ("أ. د. X").
    for i in (1..toks.len().saturating_sub(1)).rev() {
        if !stop_after_letter(toks, i) || !title(&toks[i - 1]) || (i >= 2 && toks[i - 2].kind == TokenKind::Number) {
            continue;
        }
        let next = &toks[i + 1];
        let name_follows =
            next.kind == TokenKind::Word && !next.newline && (!one_letter(next) || dropped.last() == Some(&(i + 2)));
        if name_follows {
            dropped.push(i);
        }
    }
    for &i in &dropped {
        toks[i + 1].spaced = true;
        toks.remove(i);
    }
}

#[path = "view_quotes.rs"]
mod quotes;
use quotes::quotations;

#[path = "view_verbs.rs"]
mod verbs;

#[path = "view_content.rs"]
mod content;

#[path = "view_relative.rs"]
mod relative;

#[cfg(test)]
#[path = "view_tests.rs"]
pub(crate) mod tests;

/// `n` times `None`, written by a loop of stores: `vec![None; n]` asks the allocator for zeroed memory, and
/// `calloc` clears a reused block with a string store, one instruction a byte (three tables a text).
fn nones(n: usize) -> Vec<Option<u32>> {
    let mut v = Vec::with_capacity(n);
    v.resize(n, None);
    v
}
