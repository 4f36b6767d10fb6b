//! What the article has named so far, and the words that point back to it: the latest speaker and its
//! sentence, the actors the catalog does not know and the catalog actors named as subjects ([`Previous`]); a
//! bare definite noun for the latest actor of its kind ("وقالت السفارة"), a surname or a whole name said again,
//! and a definite speaker head for the indefinite one named before ("وأوضحت المصادر" after "مصادر عسكرية").

use std::ops::Range;

use chrono::NaiveDate;

use super::chunk;
use super::lexicon::{strip_conjunction, NounRole};
use super::phrase;
use super::referent::{Referent, Who};
pub(crate) use super::title_again::{role_named_before, title_named_before};
use super::verb::Predicate;
use super::view::View;
use super::Recognition;
use crate::actors::{ActorKind, Gender};

#[path = "memory_anaphor.rs"]
mod kind;
use kind::state_force;
pub(crate) use kind::{anaphor, self_named, short_of_name};

/// How far back, in tokens, an anaphor ("الوزارة", "السفارة") looks for the actor it stands for: a long news
/// article is about 1,500 words, so the whole of one; the limit keeps a text of megabytes linear.
const ANAPHOR_REACH: usize = 4_000;

/// How many actors the catalog does not know are remembered for a later bare noun or surname: an article
/// names a handful; the bound keeps a text of megabytes linear.
const REMEMBERED: usize = 32;

/// The room [`Previous::remember`] makes in its lists at their first entry.
const ROOM: usize = 8;

/// The speaker of the latest event, the sentence it stood in, and the actors the catalog does not know that
/// the article has named as subjects so far (a later "الوزارة" or a surname refers back to them).
#[derive(Debug, Clone, Default)]
pub(crate) struct Previous {
    pub subject: Option<Referent>,
    pub sentence: Option<usize>,
    pub entities: Vec<Known>,
    /// The catalog actors (or roles) named as speakers so far, latest last, where the text named them.
    pub named: Vec<(Referent, usize)>,
    /// The speaker of the latest statement, whatever deeds were told after it.
    pub said: Option<Referent>,
    /// Where that statement may name the document it was made through ("وذكرت الهيئة في بيان", "وأضاف
    /// البيان"): a masculine verb after it ("وأضاف أن") agrees with the document and goes on for its issuer, of
    /// any gender.
    pub document: Option<Range<usize>>,
    /// The latest subject that is an armed group and no state's army, for a later descriptor of the group
    /// ("وأعلن المسلحون", "وأضاف الجهاديون") rather than a group named in passing since ("زعيم جماعة X").
    pub group: Option<Referent>,
}

/// An actor the catalog does not know, named as a subject, with the folded words of its name.
#[derive(Debug, Clone)]
pub(crate) struct Known {
    pub referent: Referent,
    words: Vec<String>,
}

impl Previous {
    /// The latest event's speaker is `subject`, in sentence `sentence`; `says` when the event is a statement,
    /// `document` the tokens where a statement may name the document it was made through.
    #[inline]
    pub(crate) fn spoke(&mut self, subject: Referent, sentence: usize, says: bool, document: Option<Range<usize>>) {
        self.remember(&subject);
        if says {
            self.said = Some(subject.clone());
            self.document = document;
        }
        self.subject = Some(subject);
        self.sentence = Some(sentence);
    }

    /// Remembers an actor named as a subject for a later back-reference, without making it the latest
    /// speaker: one the catalog does not know ("أرياسا" after "خورخي أرياسا"), or a catalog actor named by
    /// their name or office (a surname after it is theirs, not another catalog bearer's).
    pub(crate) fn remember(&mut self, subject: &Referent) {
        let named = subject.how == Recognition::AdHoc && subject.tokens.is_some();
        if named && matches!(subject.who, Who::AdHoc(_)) {
            // The same actor named again keeps the words of its name, read when it was first remembered: equal
            // `Who`s are the same phrase.
            let mut again = None;
            self.entities.retain_mut(|e| {
                if e.referent.who != subject.who {
                    return true;
                }
                again.get_or_insert_with(|| std::mem::take(&mut e.words));
                false
            });
            if self.entities.len() == REMEMBERED {
                self.entities.remove(0);
            }
            let words = again.unwrap_or_else(|| match &subject.who {
                Who::AdHoc(a) => crate::text::fold_str(&a.text)
                    .split_whitespace()
                    .map(str::to_string)
                    .collect(),
                _ => Vec::new(),
            });
            if self.entities.capacity() == 0 {
                // Room for the actors of most texts at once: the list does not grow from four.
                self.entities.reserve_exact(ROOM);
            }
            self.entities.push(Known {
                referent: subject.clone(),
                words,
            });
        }
        if let (Who::Actor(_) | Who::Role(_), Some(at)) = (&subject.who, subject.tokens.as_ref().map(|t| t.start)) {
            if subject.how != Recognition::Implicit && subject.how != Recognition::Anaphor {
                self.named.retain(|(r, _)| r.who != subject.who);
                if self.named.len() == REMEMBERED {
                    self.named.remove(0);
                }
                if self.named.capacity() == 0 {
                    self.named.reserve_exact(ROOM);
                }
                self.named.push((subject.clone(), at));
            }
        }
    }

    /// The latest actor the catalog does not know, no person, named with the head `bare` ("مصادر عسكرية", "وفد
    /// أممي", "مصادر"), not the definite head alone remembered when nothing was found for it ("وقال المصدر").
    fn named_with_head(&self, bare: &str) -> Option<&Known> {
        self.entities.iter().rev().find(|known| {
            known
                .words
                .first()
                .is_some_and(|w| w.strip_prefix("ال").unwrap_or(w) == bare)
                && (known.words.len() > 1 || !known.words[0].starts_with("ال"))
                && !matches!(&known.referent.who, Who::AdHoc(a) if a.kind == ActorKind::Person)
        })
    }

    /// [`Previous::named_with_head`], introduced with more words than its head, for "وزار الوفد" after "وفد أممي".
    pub(crate) fn introduced_with_head(&self, bare: &str) -> Option<&Referent> {
        self.named_with_head(bare)
            .filter(|known| known.words.len() > 1)
            .map(|known| &known.referent)
    }

    /// Keeps the latest speaker as the latest group that acted when it is an armed group and no state's army.
    pub(crate) fn note_group(&mut self, view: &View, day: NaiveDate) {
        let Some(s) = self.subject.as_ref().filter(|s| s.tokens.is_some()) else {
            return;
        };
        if s.who.kind(view.catalog, day) == Some(ActorKind::ArmedGroup) && !state_force(view, s, day) {
            self.group = Some(s.clone());
        }
    }

    /// The latest speaker for a name the catalog does not know that points back to them: "the same" ("وأضاف
    /// المصدر نفسه", "وتابع المصدر ذاته") or the first words of the name they were given ("وأضافت القوات الجوية"
    /// after "قالت القوات الجوية الأوكرانية"), in a statement that goes on with "و" ("وأضاف", not a new
    /// "أعلنت وزارة الدفاع" after "وفق ما أكدته وزارة الدفاع الليبية"). Their statement goes on, with its date.
    pub(crate) fn said_again(&self, view: &View, subject: Referent, verb: &Predicate) -> Referent {
        let (Some(t), Some(last)) = (subject.tokens.clone(), self.said.as_ref()) else {
            return subject;
        };
        if subject.how != Recognition::AdHoc || last.how == Recognition::Implicit || last.who == subject.who {
            return subject;
        }
        // Cheap tests first: the verb's own "و" ("وأضاف", not "وصف").
        let goes_on = view.word(verb.at).starts_with('و') && !verb.entry(view).lemma.starts_with('و');
        if !goes_on || !verb.says(view) {
            return subject;
        }
        let same = matches!(view.word(t.end), "نفسه" | "ذاته" | "نفسها" | "ذاتها");
        let shorter = last.tokens.as_ref().is_some_and(|l| {
            l.len() > t.len() && t.len() > 1 && t.clone().zip(l.clone()).all(|(a, b)| view.word(a) == view.word(b))
        });
        if !same && !shorter {
            return subject;
        }
        Referent {
            how: Recognition::Anaphor,
            tokens: Some(t),
            ..last.clone()
        }
    }

    /// Whether `subject` goes on from the latest speaker: left implicit, a bare noun, or the same actor.
    pub(crate) fn continued_by(&self, view: &View, subject: &Referent, day: NaiveDate) -> bool {
        match subject.how {
            Recognition::Implicit => true,
            // A bare noun for the previous speaker goes on with it; for another actor ("وقالت الوزارة" after the
            // embassy's deed) it does not.
            Recognition::Anaphor if self.subject.is_none() => true,
            _ => self
                .subject
                .as_ref()
                .is_some_and(|p| p.who.same(&subject.who, view.catalog, day)),
        }
    }
}

/// "الأخير" / "الأخيرة" at token `k`: the actor of `gender` named last before it, from the catalog or among
/// those the catalog does not know ("استقبل الوزير X نظيره Y، وأكد الأخير" is Y). The search goes back
/// [`ANAPHOR_REACH`] tokens at most.
pub(crate) fn latest_named(
    view: &View,
    k: usize,
    gender: Gender,
    day: NaiveDate,
    previous: &Previous,
) -> Option<Referent> {
    let reach = k.saturating_sub(ANAPHOR_REACH);
    let end = view.names.partition_point(|n| n.tokens.1 <= k);
    let named = view.names[..end]
        .iter()
        .rev()
        .take_while(|n| n.tokens.0 >= reach)
        // A name after a preposition is a place or an object ("في سوريا", "بالسعودية"), not one who acts.
        .filter(|n| !n.clitic && (n.tokens.0 == 0 || !view.has(n.tokens.0 - 1, |r| r == NounRole::Preposition)))
        .map(|n| (n.tokens.0, Who::from(n.target)))
        .find(|(_, who)| who.gender(view.catalog, day) == Some(gender));
    let unknown = previous.entities.iter().rev().find_map(|known| {
        let at = known.referent.tokens.as_ref()?.start;
        (at < k && at >= reach && known.referent.agreeing_gender(view.catalog, day) == Some(gender))
            .then(|| (at, known.referent.who.clone()))
    });
    let (_, who) = match (named, unknown) {
        (Some(n), Some(u)) => std::cmp::max_by_key(n, u, |(at, _)| *at),
        (n, u) => n.or(u)?,
    };
    Some(Referent {
        who,
        how: Recognition::Anaphor,
        tokens: Some(k..k + 1),
        gender: None,
    })
}

/// A person the catalog does not know, named earlier in the article, referred to again by their surname or
/// their whole name at token `k`.
pub(crate) fn named_again(view: &View, k: usize, previous: &Previous) -> Option<(Referent, usize)> {
    let word = view.word(k);
    let word = strip_conjunction(word)
        .filter(|_| view.lexicon.noun(word).is_empty())
        .unwrap_or(word);
    previous.entities.iter().rev().find_map(|known| {
        let e = &known.referent;
        if !matches!(&e.who, Who::AdHoc(a) if a.kind == ActorKind::Person) {
            return None;
        }
        let words = &known.words;
        let whole = words.len() >= 2 && words.iter().enumerate().all(|(i, w)| view.word(k + i) == w);
        if whole {
            return Some((e.as_(Recognition::AdHoc, Some(k..k + words.len())), k + words.len()));
        }
        let surname = words.len() >= 2 && words.last().is_some_and(|w| w == word) && word.chars().count() >= 3;
        surname.then(|| (e.as_(Recognition::AdHoc, Some(k..k + 1)), k + 1))
    })
}

/// A singular head with the article at `k` ("وأضاف القائد") for the speaker the article described as one of a
/// group of that head ("قال أحد قادة المتمردين"): the latest such speaker, not a person of the catalog who holds
/// a title of that word.
pub(crate) fn one_of_again(view: &View, k: usize, previous: &Previous) -> Option<(Referent, usize)> {
    let word = view.word(k);
    let bare = strip_conjunction(word).unwrap_or(word).strip_prefix("ال")?;
    previous.entities.iter().rev().find_map(|known| {
        let [one, plural, ..] = &known.words[..] else {
            return None;
        };
        let meant = matches!(one.as_str(), "احد" | "احدي")
            && known.referent.tokens.as_ref().is_some_and(|t| t.start < k)
            && view.lexicon.singular(plural) == Some(bare);
        meant.then(|| (known.referent.as_(Recognition::Anaphor, Some(k..k + 1)), k + 1))
    })
}

/// A one-word catalog name that is the surname of a person the article named just before and the catalog
/// does not know ("وأضاف المالكي" after "العقيد تركي المالكي" is that colonel, not the catalog's Nouri
/// al-Maliki): the person named in the text wins over the catalog's bearer of the surname.
pub(crate) fn surname_again(view: &View, n: usize, previous: &Previous, day: NaiveDate) -> Option<(Referent, usize)> {
    let (start, end) = view.names[n].tokens;
    if end != start + 1 {
        return None;
    }
    let word = view.word(start);
    let target = Who::from(view.names[n].target);
    // The latest person of the text whose name ends in this word: one the catalog does not know, or a catalog
    // person named by another name or by their office ("المتحدث باسم التحالف" is the colonel whose surname
    // follows).
    let unknown = previous.entities.iter().rev().find_map(|known| {
        let at = known.referent.tokens.as_ref()?.start;
        let person = matches!(&known.referent.who, Who::AdHoc(a) if a.kind == ActorKind::Person);
        (person && known.words.len() >= 2 && known.words.last().is_some_and(|w| w == word))
            .then_some((&known.referent, at))
    });
    let listed = previous.named.iter().rev().find_map(|(r, at)| {
        let actor = r.who.actor(view.catalog, day)?;
        // Only a person named before is folded: folding is the costly test.
        if actor.kind != ActorKind::Person || *at >= start {
            return None;
        }
        let surname = crate::text::fold_str(&actor.name_ar);
        let last = surname.split_whitespace().last()?;
        (last == word).then_some((r, *at))
    });
    let (earlier, _) = match (unknown, listed) {
        (Some(u), Some(l)) => {
            if u.1 > l.1 {
                u
            } else {
                l
            }
        }
        (None, None) => return surname_named_before(view, start, gender_of(view, n)),
        (u, l) => u.or(l)?,
    };
    if earlier.who.same(&target, view.catalog, day) {
        return None;
    }
    Some((earlier.as_(Recognition::Anaphor, Some(start..end)), end))
}

/// How far back a surname looks for the full name it shortens.
const SURNAME_REACH: usize = 4_000;

/// The gender a catalog name's target has, for a person named by it.
fn gender_of(view: &View, n: usize) -> Gender {
    match view.names[n].target {
        crate::actors::Target::Actor(a) => view.catalog.actor_at(a).gender,
        crate::actors::Target::Role(_) => Gender::Masculine,
    }
}

/// The word at `k` taken as the surname of a person the text named in full before, in any clause ("وقال كوزلوف"
/// after "ألكسندر كوزلوف"; "وقال المالكي" after "العقيد الركن تركي المالكي", though "المالكي" alone is another
/// person of the catalog): the catalog person whose full name ends there, else a person the catalog does not
/// know, named by the one to three name words before the surname.
pub(crate) fn surname_named_before(view: &View, k: usize, gender: Gender) -> Option<(Referent, usize)> {
    let word = view.word(k);
    let reach = k.saturating_sub(SURNAME_REACH);
    // A person of the catalog named by several words, one of them at `j`.
    let full_name = |j: usize| {
        let n = view.names.partition_point(|n| n.tokens.0 <= j).checked_sub(1)?;
        let name = view.names[n];
        (view.names_person(n) && name.tokens.1 > j && name.tokens.1 - name.tokens.0 >= 2).then_some(n)
    };
    let found = |j: usize| view.is_word(j, word) && j > 0 && (full_name(j).is_some() || chunk::name_word(view, j - 1));
    // A token of another word mostly hashes otherwise: its bytes are not read. (Any non-word token is "" as
    // a word, whatever its hash.)
    let at = if word.is_empty() {
        (reach..k).rev().find(|&j| found(j))
    } else {
        view.maybe_same_tokens_before(k, reach..k).find(|&j| found(j))
    }?;
    if let Some(n) = full_name(at) {
        let (known, _) = phrase::name(view, n);
        return Some((known.as_(Recognition::Anaphor, Some(k..k + 1)), k + 1));
    }
    let mut start = at - 1;
    while start > reach && at - start < 3 && chunk::name_word(view, start - 1) {
        start -= 1;
    }
    let name = view.original(start..at + 1).trim().to_string();
    Some((Referent::unknown_person(name, gender, None, None, k..k + 1), k + 1))
}

/// A definite speaker head that names again a speaker introduced indefinitely ("وأوضحت المصادر" after
/// "مصادر عسكرية", "وقالت الصفحات" after "صفحات موالية"): the latest such speaker the article named with the
/// same head, else the phrase itself.
pub(crate) fn named_before(
    view: &View,
    k: usize,
    limit: usize,
    gender: Gender,
    previous: &Previous,
    day: NaiveDate,
) -> (Referent, usize) {
    let (own, end) = phrase::adhoc(view, k, limit, gender);
    let word = view.word(k);
    let bare = strip_conjunction(word).filter(|w| w.starts_with("ال")).unwrap_or(word);
    let bare = bare.strip_prefix("ال").unwrap_or(bare);
    // The earlier phrase, with or without the article ("وقالت المصادر" after "مصادر عسكرية").
    let earlier = previous.named_with_head(bare);
    match earlier {
        // "المصادر الأمنية" after "مصادر عسكرية" is another speaker: an adjective of its own keeps it apart.
        Some(known)
            if end == k + 1
                || known.words.get(1).is_some_and(|w| {
                    Some(w.strip_prefix("ال").unwrap_or(w)) == view.word(k + 1).strip_prefix("ال")
                }) =>
        {
            (known.referent.as_(Recognition::Anaphor, Some(k..end)), end)
        }
        // Named before by the same head, though not as a subject ("حسبما ذكر مصدر X ... وأفاد المصدر").
        _ => super::speaker::head_said_before(view, k, limit)
            .or_else(|| {
                let bare_head = view.lexicon.noun(bare).contains(&NounRole::Official);
                let person = bare_head
                    .then(|| last_person_speaker(view, &own, previous, day))
                    .flatten()?;
                Some((person.as_(Recognition::Anaphor, Some(k..end)), end))
            })
            .or_else(|| super::source::said_again(view, k, end, bare, previous, day))
            .unwrap_or((own, end)),
    }
}

/// The person who spoke last, for a definite official's noun ("وأضاف المسؤول الإيراني" after "قال فلان"),
/// unless the noun's nisba names another country than theirs.
fn last_person_speaker(view: &View, own: &Referent, previous: &Previous, day: NaiveDate) -> Option<Referent> {
    let last = previous.subject.as_ref()?;
    if last.who.kind(view.catalog, day) != Some(ActorKind::Person) {
        return None;
    }
    let country_of = |who: &Who| match who {
        Who::AdHoc(a) => a.country.clone(),
        _ => who.actor(view.catalog, day).and_then(|a| a.country.clone()),
    };
    match (country_of(&own.who), country_of(&last.who)) {
        (Some(a), Some(b)) if a != b => None,
        _ => Some(last.clone()),
    }
}

#[cfg(test)]
#[path = "memory_tests.rs"]
mod tests;
