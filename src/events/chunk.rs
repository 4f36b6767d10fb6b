//! The noun-phrase chunker: from a head noun, the words that belong to its phrase.
//!
//! A head without the article is in construct state and takes a genitive ("وزارة الصحة", "رئيس برلمان
//! جمهورية X"); a definite word closes the iḍāfa chain, after which only adjectives follow (a country nisba
//! "اللبنانية", or an adjective of `nouns.tsv`); then attached phrases: "في/لدى" + a place or a definite noun,
//! "ب"/"لل" + a definite noun or a name ("بوزارة الخارجية الهندية", "للحكومة"), "باسم" + a genitive, a tie
//! ("التابعة", "تابع", "الموالية") + "ل" + a body, a catalog name or a noun in construct ("التابعة لحرس الثورة",
//! "تابع لحزب الله"). After a title, ranks ("العميد") and a personal name the catalog does not know may follow in
//! apposition ("المتحدث باسم وزارة الداخلية نور الدين فلان"). The phrase ends at a verb, a date, a comma, a
//! complementizer, a relay word or a word that fits none of these.
//!
//! The phrase's country is the first nisba of its core (head, chain and adjectives), else a state or place
//! named in the chain; a place or nisba in an attached phrase is kept apart, since for an embassy it is the
//! host country and for a ministry it may be where it sits ("وزارة الصحة في غزة").

use smol_str::SmolStr;
use std::ops::Range;

use super::lexicon::{strip_conjunction, NounRole};
pub(crate) use super::personal::{may_be_personal_name, name_word, person_after, surname_of_another};
use super::view::View;
use crate::actors::Target;

/// The longest a phrase is read, in tokens: a long title is about a dozen words.
const REACH: usize = 16;

/// A noun phrase read from its head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NounPhrase {
    pub head: usize,
    /// One past the last token that names the body or the title (head, chain, adjectives, attached phrases).
    pub body_end: usize,
    /// One past the core: the head, its iḍāfa chain and its adjectives, before any attached phrase.
    pub core_end: usize,
    /// A personal name after a title, in apposition.
    pub person: Option<Range<usize>>,
    /// The country of the core: its nisba, or a state or place in its iḍāfa chain.
    pub country: Option<SmolStr>,
    /// The country named in an attached phrase ("في العاصمة العراقية بغداد").
    pub attached_country: Option<SmolStr>,
    /// The first catalog name inside the phrase, after the head.
    pub inner_name: Option<usize>,
    /// The catalog name after a tie ("القوات التابعة لحزب الله"): the body the head belongs to.
    pub tied: Option<usize>,
}

impl NounPhrase {
    /// One past its last token.
    pub(crate) fn end(&self) -> usize {
        self.person.as_ref().map_or(self.body_end, |p| p.end)
    }

    /// Whether anything follows the head in the phrase.
    pub(crate) fn extended(&self) -> bool {
        self.end() > self.head + 1
    }
}

/// Whether a folded word carries the article (after و or ف).
pub(crate) fn is_definite(word: &str) -> bool {
    let w = word
        .strip_prefix('و')
        .or_else(|| word.strip_prefix('ف'))
        .filter(|w| w.starts_with("ال"))
        .unwrap_or(word);
    w.starts_with("ال") && w.chars().nth(3).is_some()
}

/// Whether the word at `k` carries a preposition ("بأن", "لوكالة", "للصحفيين", "كذلك"): the proclitic stands
/// before the article, a vocabulary word or a name; a personal name that merely begins with the letter
/// ("كنان", "لؤي", "باسل") does not.
pub(crate) fn on_proclitic(view: &View, k: usize) -> bool {
    let word = view.word(k);
    let Some(rest) = word.strip_prefix(['ب', 'ل', 'ك']) else {
        return false;
    };
    !word.starts_with("ال")
        && (rest.starts_with("ال")
            || rest.starts_with('ل')
            || !view.lexicon.noun(rest).is_empty()
            || view.name_of(k).is_some_and(|n| view.names[n].clitic))
}

/// A relative adjective by its ending ("المحلية", "القنصلية", "الفضائية", plural "الدوليين", "الأمميون").
pub(crate) fn looks_like_adjective(word: &str) -> bool {
    let stem = word.strip_prefix("ال").unwrap_or(word);
    // Four letters or more without the article, without counting them all.
    (word.ends_with('ي') || word.ends_with("يه") || word.ends_with("يين") || word.ends_with("يون"))
        && stem.chars().nth(3).is_some()
}

/// Whether the head at `k` is a sound masculine plural speaker head in the nominative ("مسلحون", "عسكريون"),
/// which takes no genitive: what follows its adjectives is no part of its phrase.
pub(crate) fn takes_no_genitive(view: &View, k: usize) -> bool {
    let word = view.word(k);
    word.ends_with("ون")
        && !is_definite(word)
        && view.has(k, |r| r == NounRole::SpeakerHead(crate::actors::Gender::Masculine))
}

/// A noun of place that the vocabulary lists among prepositions ("مدينة", "محافظة", "ريف").
fn is_place_noun(word: &str) -> bool {
    word.ends_with('ه') || matches!(word, "ريف" | "شمال" | "جنوب" | "شرق" | "غرب" | "وسط" | "اراضي" | "حدود")
}

/// Whether the phrase stops before token `i` whatever the state: also before an outlet spoken to
/// ("مصادر مطلعة لصحيفة X").
fn stops(view: &View, i: usize) -> bool {
    let word = view.word(i);
    // "رسمي", "صحفي" may stand between a verb and its subject ("في بيان رسمي") but are adjectives of a
    // speaker too ("مصدر رسمي").
    let skip = view.has(i, |r| r == NounRole::SubjectSkip) && !looks_like_adjective(word);
    skip || super::outlet::is_dative_head(word)
        || view.asks_anonymity(i)
        || super::outlet::dative_short_name(view, i, view.toks.len()).is_some()
        || view.date_at[i].is_some()
        || view.verb_at(i).is_some()
        || view.has(i, |r| {
            matches!(
                r,
                NounRole::Complementizer
                    | NounRole::Via
                    | NounRole::StatementNoun
                    | NounRole::Relative
                    | NounRole::ClauseOpener
                    | NounRole::TemporalPreposition
                    | NounRole::Then
                    | NounRole::LedBy
            )
        })
}

/// The country of the catalog name or place starting at `i`.
fn country_at(view: &View, i: usize) -> Option<SmolStr> {
    if let Some(n) = view.name_starting(i) {
        if let Target::Actor(a) = view.names[n].target {
            return view.catalog.actor_at(a).country.clone();
        }
    }
    view.place_starting(i).map(|p| p.mention.place.country.clone())
}

/// Whether the word at `k` is an official's noun ("مسؤول", "القيادي", "والناشط"), which names a person like a
/// title when a name follows ("القيادي في حماس فلان").
pub(crate) fn is_official(view: &View, k: usize) -> bool {
    let word = view.word(k);
    let word = strip_conjunction(word).filter(|w| w.starts_with("ال")).unwrap_or(word);
    let bare = word.strip_prefix("ال").unwrap_or(word);
    view.lexicon.noun(bare).contains(&NounRole::Official)
}

/// Whether token `i`, right after a name, closes a quotation opened inside the phrase from `head` ('المتحدث
/// باسم قوات "العمالقة" سامر العلي'): the mark is the phrase's, and the person the title names may follow.
fn closes_quote(view: &View, head: usize, i: usize) -> bool {
    view.is_punct(i, '"') && (head..i).filter(|&j| view.is_punct(j, '"')).count() % 2 == 1
}

/// The last noun phrases read in a view, by (head, limit as [`read`] bounds it), the oldest replaced first.
#[derive(Default)]
pub(crate) struct Chunks {
    slots: std::cell::RefCell<([ChunkSlot; CHUNKS], usize)>,
}

/// A slot of [`Chunks`]: the head, the bounded limit and the phrase read.
type ChunkSlot = Option<(usize, usize, NounPhrase)>;

/// Slots of [`Chunks`].
const CHUNKS: usize = 4;

/// Reads the noun phrase whose head is token `head`, up to `limit`.
pub(crate) fn chunk(view: &View, head: usize, limit: usize) -> NounPhrase {
    let limit = limit.min(head + REACH).min(view.toks.len());
    // The phrase depends on the view, `head` and the bounded limit only: a phrase read before is read again.
    if let Some((_, _, np)) = view
        .chunks
        .slots
        .borrow()
        .0
        .iter()
        .flatten()
        .find(|(h, l, _)| *h == head && *l == limit)
    {
        return np.clone();
    }
    let np = read(view, head, limit);
    let mut slots = view.chunks.slots.borrow_mut();
    let (slots, next) = &mut *slots;
    slots[*next] = Some((head, limit, np.clone()));
    *next = (*next + 1) % CHUNKS;
    np
}

/// Reads the noun phrase whose head is token `head`, up to `limit` (bounded by [`chunk`]).
fn read(view: &View, head: usize, limit: usize) -> NounPhrase {
    let mut np = NounPhrase {
        head,
        body_end: head + 1,
        core_end: head + 1,
        person: None,
        country: None,
        attached_country: None,
        inner_name: None,
        tied: None,
    };
    // A title abbreviated to one letter ("د. فلان") stands for the definite title ("الدكتور فلان"): the name after it
    // is no genitive.
    let abbreviated = || view.word(head).chars().nth(1).is_none() && view.has(head, |r| r == NounRole::Rank);
    let mut open = !is_definite(view.word(head)) && !abbreviated();
    // After an indefinite adjective ("مسؤول فلسطيني", "قوة أمنية") only more adjectives follow; so after a sound
    // masculine plural in the nominative, which takes no genitive ("مسلحون ثلاثة جنود", "ناشطون مقطعا": what
    // follows is the object).
    let head_word = view.word(head);
    // A sound masculine plural (or dual) head takes plural adjectives ("المستوطنون المتطرفون", "مسؤولين
    // أمريكيين"): a singular nisba after it ("المستوطنون القرية", "المسلحون الإسرائيلي") is not one.
    let sound_plural = (head_word.ends_with("ون") || head_word.ends_with("ين"))
        && view.has(head, |r| r == NounRole::SpeakerHead(crate::actors::Gender::Masculine))
        && !view.has(head, |r| matches!(r, NounRole::Title(_)));
    let agrees = |w: &str| !sound_plural || w.ends_with("ون") || w.ends_with("ين");
    let mut adjectives = takes_no_genitive(view, head);
    let mut attached = false;
    let mut i = head + 1;
    let note = |np: &mut NounPhrase, attached: bool, country: Option<SmolStr>| {
        let slot = if attached {
            &mut np.attached_country
        } else {
            &mut np.country
        };
        if slot.is_none() {
            *slot = country;
        }
    };
    let titled = view.has(head, |r| matches!(r, NounRole::Title(_))) || is_official(view, head);
    // Where the last place read ends.
    let mut after_place = None;
    while i < limit {
        // The word at `i`, read once for the tests below.
        let w = view.word(i);
        // "في" + a noun in construct with a definite one ("ضابط في معسكر الجيش") attaches too, unless the noun is
        // a word of the vocabulary ("في تصريح الأمس"). Read only after "في" or "لدى".
        let construct = || {
            view.roles(i + 1).is_empty()
                && !is_definite(view.word(i + 1))
                && view
                    .toks
                    .get(i + 1)
                    .is_some_and(|t| t.kind == crate::text::TokenKind::Word)
                && is_definite(view.word(i + 2))
                && view.date_at.get(i + 2).is_some_and(|d| d.is_none())
        };
        // Not a time of the clause ("وأعلنت الوزارة في الآونة الأخيرة", "في اليوم نفسه").
        let time = || {
            view.date_at.get(i + 1).is_some_and(Option::is_some)
                || view.phrase_at(i).is_some_and(|(_, r)| r == NounRole::Lately)
        };
        let attaches = matches!(w, "في" | "لدي")
            && !time()
            && (is_definite(view.word(i + 1))
                || view.place_starting(i + 1).is_some()
                // "في مدينة مصراتة", "في محافظة درعا"
                || (is_place_noun(view.word(i + 1)) && view.place_starting(i + 2).is_some())
                || view.has(i + 1, |r| matches!(r, NounRole::Institution(..) | NounRole::Members))
                // "القيادي في حماس": a body of the catalog named without its head noun.
                || view.name_starting(i + 1).is_some_and(|n| !view.names[n].clitic && !view.names_person(n))
                || construct());
        // "ضابط من القوات الخاصة", "مسؤول من الحزب": a generic speaker head with the body it comes from, right
        // after the head or its adjectives.
        let from_body = w == "من"
            && !attached
            && i == np.body_end
            && !is_definite(view.word(head))
            && view.has(head, |r| matches!(r, NounRole::SpeakerHead(_)))
            && (is_definite(view.word(i + 1))
                || view
                    .name_starting(i + 1)
                    .is_some_and(|n| !view.names[n].clitic && !view.names_person(n)));
        // "النائب عن تحالف الفتح", "عضو مجلس النواب عن محافظة نينوى": the bloc or place one sits for.
        let sits_for = w == "عن"
            && !attached
            && view.has(head, |r| r == NounRole::Represents)
            && (is_definite(view.word(i + 1))
                || view.place_starting(i + 1).is_some()
                || view
                    .name_starting(i + 1)
                    .is_some_and(|n| !view.names[n].clitic && !view.names_person(n))
                || view.has(i + 1, |r| matches!(r, NounRole::Institution(..))));
        let attaches = attaches || from_body || sits_for;
        // "مسؤول ملف الاستيطان شمال الضفة فلان": a direction and a place attach as "في" + a place does.
        let locative = is_place_noun(w)
            && view.has(i, |r| r == NounRole::Preposition)
            && view.place_starting(i + 1).is_some_and(|p| !p.clitic);
        if (attaches || locative) && i + 1 < limit {
            if !attached {
                np.core_end = np.body_end;
            }
            attached = true;
            open = true;
            adjectives = false;
            i += 1;
            continue;
        }
        // "القوات التابعة لحرس الثورة", "إعلام تابع لحزب الله": a tie and the body after "ل" (before the stops:
        // "تابع" is also a verb).
        if view.has(i, |r| r == NounRole::Tie) {
            if let Some(tied) = tie(view, i, limit) {
                // The tie word stays in the core, as an adjective does.
                if !attached {
                    np.core_end = i + 1;
                }
                attached = true;
                if let Some(n) = tied.name {
                    np.tied.get_or_insert(n);
                    note(&mut np, attached, country_at(view, i + 1));
                }
                open = tied.open;
                adjectives = false;
                i = tied.end;
                np.body_end = i;
                continue;
            }
            // "عبر قناة X التابعة لها": a definite tie ends the phrase with its pronoun.
            if is_definite(w) {
                i += 1;
                np.body_end = i;
                continue;
            }
        }
        // "مصور لوكالة الأنباء الفرنسية", "مراسل لقناة X": right after a reporter, the outlet they work for.
        if i == head + 1 && view.has(head, |r| r == NounRole::Correspondent) && super::outlet::is_dative_head(w) {
            if let Some(at) = super::outlet::named_after_dative_head(view, i, limit) {
                if let super::outlet::OutletAt::Catalog(n) = at {
                    np.inner_name.get_or_insert(n);
                }
                np.body_end = at.end(view);
                np.core_end = np.body_end;
                break;
            }
        }
        if stops(view, i) {
            break;
        }
        // "رئيس ما يسمى بـ«المجلس الانتقالي»", "عناصر ما يعرف بجيش الإسلام": the words that distance the writer
        // from a name leave the chain open to it.
        if open && w == "ما" && view.has(i + 1, |r| r == NounRole::Naming) {
            // Folding drops the tatweel: "بـ" reads as "ب".
            i += if view.word(i + 2) == "ب" { 3 } else { 2 };
            continue;
        }
        // A title in quotation marks: 'وكالة "سبأ"', 'منصة "الشعب"'.
        if view.is_punct(i, '"') {
            let close = (i + 2..(i + 7).min(limit)).find(|&j| view.is_punct(j, '"'));
            match close {
                // 'وأضاف المتحدث "فلان الفلاني" أن': a personal name in quotes right after a title is the
                // person who holds it (read below), not the title's own name ('وكالة "سبأ"').
                Some(_) if titled && i == head + 1 && person_after(view, i, limit).is_some() => break,
                Some(c) if open || i == head + 1 => {
                    if let Some(n) = view.name_starting(i + 1) {
                        np.inner_name.get_or_insert(n);
                    }
                    // A nisba in quotation marks is the country still ('مسيرة "إسرائيلية"').
                    if c == i + 2 {
                        note(
                            &mut np,
                            attached,
                            view.lexicon.nisba(view.word(i + 1)).map(SmolStr::from),
                        );
                    }
                    i = c + 1;
                    np.body_end = i;
                    open = false;
                    continue;
                }
                _ => break,
            }
        }
        // Fewer than two characters, without counting them all (this is asked of every word of a phrase).
        if w.chars().nth(1).is_none() {
            // "الأمين العام لـ«حزب الله»": the "ل" of "لـ" written apart, before the quoted body a title serves,
            // attaches it as "في" does; the name is read next.
            let quoted = w == "ل"
                && titled
                && view.is_punct(i + 1, '"')
                && view.name_starting(i + 2).is_some_and(|n| {
                    !matches!(view.names[n].target, Target::Actor(a)
                        if view.catalog.actor_at(a).kind == crate::actors::ActorKind::Media)
                });
            if !quoted {
                break;
            }
            if !attached {
                np.core_end = np.body_end;
            }
            attached = true;
            open = true;
            i += 2;
            continue;
        }
        if let Some(n) = view.name_starting(i) {
            let name = view.names[n];
            // "القائد العام للقوات المسلحة حيدر العبادي": after a title, a person of the catalog is who holds it,
            // not a word of the title's phrase.
            if titled && view.names_person(n) && !name.clitic && i > head + 1 {
                break;
            }
            let dative = name.clitic && w.starts_with('ل') && !w.starts_with("لل");
            // "الممثل الدائم لسوريا", "مستشار لوزارة الداخلية": the state or body a title serves (an outlet
            // after "ل" is the one spoken to).
            let media = matches!(name.target, Target::Actor(a)
                if view.catalog.actor_at(a).kind == crate::actors::ActorKind::Media);
            // "مراسل لوكالة X", "مراسلون لرويترز": right after a reporter, the outlet they work for.
            let employer = media && i == head + 1 && view.has(head, |r| r == NounRole::Correspondent);
            let served = name.clitic && w.starts_with('ل') && ((titled && !media) || employer);
            if ((open || attached) && !name.clitic) || (name.clitic && !dative && w.starts_with('ب')) || served {
                if name.clitic && !attached {
                    np.core_end = np.body_end;
                }
                attached |= name.clitic;
                np.inner_name.get_or_insert(n);
                note(&mut np, attached, country_at(view, i));
                i = name.tokens.1 + usize::from(closes_quote(view, head, name.tokens.1));
                np.body_end = i;
                open = false;
                continue;
            }
            break;
        }
        if let Some(p) = view.place_starting(i) {
            let on_b = p.clitic && (w.starts_with('ب') || (titled && w.starts_with('ل')));
            // "غرفة عمليات سرت والجفرة": a place joined by "و" to the place just read.
            let joined = p.clitic && w.starts_with('و') && after_place == Some(i);
            // After an indefinite adjective, a place opened by its noun is the verb's object ("قصفت طائرات حربية
            // مدينة حلب"), not a genitive ("مصادر محلية سورية" is an adjective still).
            let object = adjectives && p.tokens.1 > i + 1 && !is_definite(w) && is_place_noun(w);
            if (open && !object && !p.clitic) || on_b || (attached && !p.clitic) || joined {
                if on_b && !attached {
                    np.core_end = np.body_end;
                }
                attached |= on_b;
                note(&mut np, attached, Some(p.mention.place.country.clone()));
                after_place = Some(p.tokens.1);
                i = p.tokens.1;
                np.body_end = i;
                open = false;
                continue;
            }
            break;
        }
        // A part of a body named with the body: "وحدة من قواتنا المسلحة", "فرق من الإسعاف".
        if i == head + 1 && open && w == "من" && view.has(head, |r| matches!(r, NounRole::Institution(..))) {
            let next = view.word(i + 1);
            if i + 1 < limit && (is_definite(next) || next.ends_with("نا") || view.name_starting(i + 1).is_some()) {
                i += 1;
                continue;
            }
        }
        // "متحدث باسم الجيش": an indefinite head speaks for the body after "باسم" as a definite one does.
        if open && w == "باسم" && i == head + 1 {
            i += 1;
            continue;
        }
        if open {
            // A genitive: any noun that is not a preposition; an indefinite adjective ends the chain.
            // A place noun is a genitive ("مجلس محافظة كركوك"); a preposition is not.
            let preposition = view.has(i, |r| r == NounRole::Preposition) && !is_place_noun(w);
            // Right after "باسم" a rank word is the body spoken for ("باسم اللواء الثالث": the brigade).
            let spoken_for = i > 0 && view.word(i - 1) == "باسم";
            // "مصدر طبي استشهاد الشاب": what a statement announces is its object, never a genitive.
            if preposition
                || (view.has(i, |r| r == NounRole::Rank) && !spoken_for)
                || view.has(i, |r| r == NounRole::StatementObject)
            {
                break;
            }
            let head_noun = view.has(i, |r| matches!(r, NounRole::Institution(..) | NounRole::Title(_)));
            // A plural adjective agrees with a plural head ("مسؤولون أمريكيون", "ناشطون معارضون").
            let plural = w.ends_with("ون") && head_word.ends_with("ون") && !is_definite(w);
            // The word's country, looked up once for both uses below.
            let nisba = view.lexicon.nisba(w);
            // "جماعة مسلحة", "لجنة مشتركة": an adjective of the vocabulary without the article.
            let listed = !is_definite(w) && view.has(i, |r| r == NounRole::Adjective);
            let adjective =
                (nisba.is_some() || listed || (looks_like_adjective(w) && !head_noun) || (plural && !head_noun))
                    && agrees(w);
            if adjectives && !adjective {
                break;
            }
            note(&mut np, attached, nisba.map(SmolStr::from));
            adjectives |= adjective && !is_definite(w);
            open = !is_definite(w);
            i += 1;
            np.body_end = i;
            continue;
        }
        if let Some(c) = view.lexicon.nisba(w).filter(|_| is_definite(w) && agrees(w)) {
            note(&mut np, attached, Some(c.into()));
            i += 1;
            np.body_end = i;
            continue;
        }
        // Not a noun in "ى" that folding made look like one ("الجيش المستشفى": the object after the subject).
        // "المستوطنون المتطرفون": a nominative sound plural after a head of that form agrees with it.
        let plural_adjective =
            sound_plural && head_word.ends_with("ون") && w.ends_with("ون") && view.roles(i).is_empty();
        if is_definite(w)
            && (view.has(i, |r| r == NounRole::Adjective)
                || plural_adjective
                || (looks_like_adjective(w) && agrees(w) && !view.maqsura_noun(i)))
        {
            i += 1;
            np.body_end = i;
            continue;
        }
        // "وزير الشؤون الخارجية والتعاون الدولي", "وزارة الداخلية والبلديات": a definite noun joined by و goes
        // on with the name of an office or a body.
        let joined = w
            .strip_prefix('و')
            .is_some_and(|rest| rest.starts_with("ال") && rest.chars().count() > 4);
        if joined
            && i > head + 1
            && view.has(head, |r| matches!(r, NounRole::Institution(..) | NounRole::Title(_)))
            && view.name_at[i].is_none()
            && view.verb_at(i).is_none()
            && view.roles(i).is_empty()
        {
            i += 1;
            np.body_end = i;
            continue;
        }
        match w {
            // "المتحدث باسم X", "القائم بأعمال وزير الدفاع", "القائم بالأعمال في السفارة".
            "باسم" | "باعمال" | "بالاعمال" => {
                i += 1;
                open = true;
                continue;
            }
            // "المتحدث باسمها عباس موسوي": the body spoken for is a pronoun; a name may follow.
            "باسمه" | "باسمها" | "باسمهم" => {
                i += 1;
                np.body_end = i;
                open = false;
                continue;
            }
            _ => {}
        }
        // "بوزارة الخارجية", "بالجيش", "للحكومة": a genitive or an attached phrase on a proclitic.
        // Only a body: "بالغارة" after "نددت الحركة" is what it condemns, not part of its name.
        let on_b = w.strip_prefix('ب').filter(|rest| {
            view.lexicon
                .has(rest, |r| matches!(r, NounRole::Institution(..) | NounRole::Anaphor(..)))
        });
        let on_lam = w
            .strip_prefix('ل')
            .filter(|rest| rest.starts_with('ل') && rest.chars().count() > 3);
        // "المستشار الإعلامي لرئيس الحكومة فلان", "مستشار لوزارة الداخلية": after a title, "ل" + the title of
        // the one it serves or the body it serves (not an outlet spoken to).
        let on_lam_title = w.strip_prefix('ل').filter(|rest| {
            !rest.starts_with('ل')
                && titled
                && view.lexicon.has(rest, |r| {
                    matches!(r, NounRole::Title(_))
                        || matches!(r, NounRole::Institution(kind, _) if kind != crate::actors::ActorKind::Media)
                })
        });
        if let Some(rest) = on_b.or(on_lam).or(on_lam_title) {
            let media = view.lexicon.has(rest, |r| {
                matches!(r, NounRole::Institution(crate::actors::ActorKind::Media, _))
            });
            if on_lam.is_some() && (media || rest == "لوكاله") {
                break;
            }
            if !attached {
                np.core_end = np.body_end;
            }
            attached = true;
            open = !rest.starts_with("ال") && !rest.starts_with("لل");
            i += 1;
            np.body_end = i;
            continue;
        }
        break;
    }
    if !attached {
        np.core_end = np.body_end;
    }
    // After a title or a rank ("اللواء بالجيش فلان"): ranks, then a personal name in apposition.
    if titled || view.has(head, |r| r == NounRole::Rank) {
        np.person = person_after(view, np.body_end, limit);
    }
    np
}

#[path = "chunk_tie.rs"]
mod tie;
pub(crate) use tie::tie;

#[cfg(test)]
#[path = "chunk_tests.rs"]
mod tests;
