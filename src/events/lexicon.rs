//! The attribution vocabulary, read from `data/attribution/`: event verbs with their agreement forms and
//! verbal nouns, and the nouns that open subjects, relays, contents and clauses.

use rustc_hash::{FxHashMap, FxHashSet};

use super::kind::EventKind;
use crate::actors::{ActorKind, Gender};
use crate::text::HashedWords;

pub(crate) use super::roles::{mark, LightObject, NounRole};

#[path = "lexicon_load.rs"]
mod load;

/// A word of the vocabulary: its roles, its marks and the verb form it is, kept together so that one look-up
/// reads all three.
#[derive(Debug, Default)]
struct Noun {
    roles: Vec<NounRole>,
    marks: u16,
    form: Option<VerbHit>,
}

/// What [`AttributionLexicon::word`] reads of a folded word.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WordInfo<'a> {
    /// Its roles ([`AttributionLexicon::noun`]).
    pub roles: &'a [NounRole],
    /// Its marks ([`mark`]).
    pub marks: u16,
    /// The verb form it holds ([`AttributionLexicon::verb`]).
    pub form: Option<VerbHit>,
}

/// What a verb reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum VerbClass {
    Speech,
    Action,
    Relay,
    /// An attribution without a verb ("بحسب X", "وفق X"): the row that stands for it when a clause has no
    /// event verb of its own; it has no forms.
    According,
}

/// Who a verb form agrees with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Agreement {
    Masculine,
    Feminine,
    Plural,
}

impl Agreement {
    /// The gender of a subject the form agrees with when none is written: feminine for a feminine form, else
    /// masculine.
    pub(crate) fn gender(self) -> Gender {
        match self {
            Agreement::Feminine => Gender::Feminine,
            _ => Gender::Masculine,
        }
    }

    pub(crate) fn accepts(self, gender: Gender) -> bool {
        matches!(
            (self, gender),
            (Agreement::Masculine, Gender::Masculine)
                | (Agreement::Feminine, Gender::Feminine)
                | (Agreement::Plural, _)
        )
    }
}

#[derive(Debug)]
pub(crate) struct Verb {
    pub lemma: String,
    /// The words one of which must follow a form of this verb in its clause for it to be a verb ("عبر" →
    /// "عن"), split once here: the view asks at each of the dozen words after every such form.
    pub needs: Option<Vec<String>>,
    /// A verb of receiving ("تلقى اتصالا من Y"): the deed is the one's it came from.
    pub receives: bool,
    pub class: VerbClass,
    pub kind: EventKind,
    /// Too common in other senses to make an event of an implicit subject ("وصلت الحصيلة إلى 40").
    pub written_subject: bool,
}

/// A verb form or verbal noun found in a word.
#[derive(Debug, Clone, Copy)]
pub(crate) struct VerbHit {
    /// The verb's row in [`AttributionLexicon::verbs`] (`u32`: a hit is kept for every token of a text).
    pub verb: u32,
    pub agreement: Agreement,
    /// A verbal noun with a possessive pronoun ("إطلاقها"), not a finite verb.
    pub masdar: bool,
    /// A past form with an object pronoun ("شنتها", "نفذته"): the verb of a relative clause whose agent is
    /// written after it ("غارة شنتها طائرة مسيرة").
    pub object: bool,
    /// A present-tense form ("تحذر", "تنفي").
    pub present: bool,
}

#[derive(Debug)]
pub(crate) struct AttributionLexicon {
    pub verbs: Vec<Verb>,
    /// The row that stands for an attribution without a verb ("بحسب X").
    pub according: Option<usize>,
    /// Every word with roles, marks or a verb form ("forms": the agreement forms, verbal nouns with a pronoun and
    /// object-pronoun forms of the verbs).
    nouns: FxHashMap<String, Noun>,
    /// What [`word`](Self::word) answers for each word it finds anything for: the words of `nouns`, and each
    /// with a leading و or ف. Read once when the vocabulary is built ([`word_read`](Self::word_read)): every
    /// token of a text asks, most of them words of neither kind, and one look-up here answers where `nouns`
    /// took two for a word with a leading و or ف.
    words: HashedWords<Noun>,
    /// Verb forms that are verbs only when a given word follows in the clause ("عبر" is "expressed" before
    /// "عن", and the preposition "through" elsewhere), with that word.
    verb_if_followed: FxHashMap<String, String>,
    /// The first words of multi-word nouns ("في حين", "وسائل إعلام"), with the full folded phrases, sorted by
    /// their second word ([`second_word_key`]; in the order of `nouns.tsv` for the same second word).
    phrases: FxHashMap<String, Vec<(Vec<String>, NounRole)>>,
    /// Country adjectives, folded, with and without the article and ة: "السوريه" → SY.
    nisba: FxHashMap<String, String>,
    /// Action verbs by their folded lemma, which unvowelled is also the passive ("قتل" killed, was killed).
    lemmas: FxHashMap<String, usize>,
    /// Verbal nouns without a pronoun ("إعلان", "إرسال"), folded, with their verb.
    masdars: FxHashMap<String, usize>,
    /// The catalog id of a state's armed forces, by country code (`armies.tsv`).
    armies: FxHashMap<String, String>,
    /// The catalog id of the air force that flies a state's warplanes, by country code (`armies.tsv`).
    air_forces: FxHashMap<String, String>,
    /// The platform heads, folded, that name warplanes ("طائرات", "المقاتلات").
    aircraft: FxHashSet<String>,
    /// The catalog id of the navy that sails a state's warships, by country code (`armies.tsv`).
    navies: FxHashMap<String, String>,
    /// The platform heads, folded, that name warships or boats ("زوارق", "البوارج").
    vessels: FxHashSet<String>,
    /// The words of a source's asking not to be named ("طالبا", "فضل": true) and of what is withheld ("عدم",
    /// "الكشف": false). Kept apart from the roles: "فضل" is also a given name.
    anonymity: FxHashMap<String, bool>,
    /// Title heads, folded and without the article, named by another word for the same office ("ناطق" is
    /// "متحدث").
    offices: FxHashMap<String, String>,
    /// Plural speaker heads and their singulars, folded ("قاده" → "قائد"; `plural-of` rows).
    singulars: FxHashMap<String, String>,
    /// The people of a place, folded and without the article, whom a call is addressed to ("أهالي", "سكان").
    /// Kept apart from the roles: they head a speaker elsewhere ("وقال سكان إن").
    addressees: FxHashSet<String>,
    /// The document nouns without the article ("بيان" for "البيان"), for a statement made "في بيان".
    documents: FxHashSet<String>,
}

impl AttributionLexicon {
    /// The bundled vocabulary, compiled on first use and shared by every extractor of the process.
    pub(crate) fn shared() -> &'static AttributionLexicon {
        static SHARED: std::sync::OnceLock<AttributionLexicon> = std::sync::OnceLock::new();
        SHARED.get_or_init(AttributionLexicon::bundled)
    }

    /// The roles of a folded word and the verb form it holds, each allowing a leading و or ف, and its marks
    /// ([`mark`]): one look-up (in `words`, read from `nouns` once), where [`noun`](Self::noun) and
    /// [`verb`](Self::verb) take up to two each.
    #[inline]
    pub(crate) fn word(&self, word: &str) -> WordInfo<'_> {
        Self::info(self.words.get(word))
    }

    /// [`word`](Self::word) of a token whose hash is made already ([`NameKeys::whole`]): the view asks it of
    /// every word of a text.
    ///
    /// [`NameKeys::whole`]: crate::text::NameKeys::whole
    #[inline]
    pub(crate) fn word_hashed(&self, word: &str, hash: u32) -> WordInfo<'_> {
        Self::info(self.words.get_hashed(word, hash))
    }

    #[inline]
    fn info(noun: Option<&Noun>) -> WordInfo<'_> {
        match noun {
            Some(noun) => WordInfo {
                roles: &noun.roles,
                marks: noun.marks,
                form: noun.form,
            },
            None => WordInfo {
                roles: &[],
                marks: 0,
                form: None,
            },
        }
    }

    /// [`word`](Self::word) read from `nouns`: its answer for every word that is not in `words`, none.
    fn word_read(&self, word: &str) -> WordInfo<'_> {
        let direct = self.nouns.get(word);
        let mut info = WordInfo {
            roles: &[],
            marks: 0,
            form: None,
        };
        if let Some(noun) = direct {
            info.form = noun.form;
            if noun.roles.is_empty() {
                info.marks = noun.marks;
            } else {
                info.roles = &noun.roles;
                info.marks = noun.marks & !mark::STRIPPED_PHRASE;
                if noun.marks & mark::STRIPPED_PHRASE != 0 {
                    info.marks |= mark::PHRASE;
                }
            }
        }
        if info.roles.is_empty() || info.form.is_none() {
            if let Some(noun) = strip_conjunction(word).and_then(|rest| self.nouns.get(rest)) {
                if info.roles.is_empty() {
                    info.roles = &noun.roles;
                    info.marks |= noun.marks & (mark::PHRASE | mark::CONNECTIVE | mark::CONNECTIVE_TAIL);
                }
                info.form = info.form.or(noun.form);
            }
        }
        info
    }

    /// Fills `words` from `nouns` ([`word`](Self::word)), once the vocabulary is complete.
    pub(super) fn read_words(&mut self) {
        let mut words = FxHashMap::default();
        for key in self.nouns.keys() {
            // A word met twice (a key that is also another's with و or ف) is read the same both times.
            for word in [key.clone(), format!("و{key}"), format!("ف{key}")] {
                let info = self.word_read(&word);
                let noun = Noun {
                    roles: info.roles.to_vec(),
                    marks: info.marks,
                    form: info.form,
                };
                words.insert(word, noun);
            }
        }
        self.words = HashedWords::new(words);
    }

    /// Whether a folded word (with or without a leading و) asks for anonymity (`Some(true)`: "طالبا", "فضل")
    /// or names what is withheld (`Some(false)`: "عدم", "الكشف").
    pub(crate) fn anonymity(&self, word: &str) -> Option<bool> {
        self.anonymity
            .get(word)
            .or_else(|| strip_conjunction(word).and_then(|w| self.anonymity.get(w)))
            .copied()
    }

    /// Whether a folded word, with or without a leading و or ف and the article, names the people of a place a
    /// call is addressed to ("الأهالي", "سكان").
    pub(crate) fn addressee(&self, word: &str) -> bool {
        let word = strip_conjunction(word).unwrap_or(word);
        // A row written with the article is called on only in the definite ("الجهات المعنية"; "جهات حقوقية" is
        // as often who calls).
        self.addressees.contains(word.strip_prefix("ال").unwrap_or(word)) || self.addressees.contains(word)
    }

    /// Whether a folded word, with or without a leading و or ف and the article, names a document ("البيان",
    /// "بيان", "وبيان").
    pub(crate) fn document(&self, word: &str) -> bool {
        let word = strip_conjunction(word).unwrap_or(word);
        self.documents.contains(word.strip_prefix("ال").unwrap_or(word))
    }

    /// The word the vocabulary uses for the office a folded title head names, when it has another
    /// ("ناطق" → "متحدث").
    pub(crate) fn same_office(&self, head: &str) -> Option<&str> {
        self.offices.get(head).map(String::as_str)
    }

    /// The singular of a folded plural speaker head ("قاده" → "قائد"), when the vocabulary lists it.
    pub(crate) fn singular(&self, plural: &str) -> Option<&str> {
        self.singulars.get(plural).map(String::as_str)
    }

    /// The catalog id of the armed forces of `country` ("IL" → "il.idf").
    pub(crate) fn army(&self, country: &str) -> Option<&str> {
        self.armies.get(country).map(String::as_str)
    }

    /// The catalog id of the air force that flies the warplanes of `country` ("IL" → "il.iaf").
    pub(crate) fn air_force(&self, country: &str) -> Option<&str> {
        self.air_forces.get(country).map(String::as_str)
    }

    /// The catalog id of the armed forces of `country` that wield a weapon: its air force for warplanes
    /// (`air`), else its army ("طائرات حربية إسرائيلية" → il.iaf, "دبابات إسرائيلية" → il.idf).
    pub(crate) fn forces(&self, country: &str, air: bool) -> Option<&str> {
        air.then(|| self.air_force(country))
            .flatten()
            .or_else(|| self.army(country))
    }

    /// Whether a folded platform head names warplanes ("طائرات", "المقاتلات"), not ships or troops.
    pub(crate) fn is_aircraft(&self, word: &str) -> bool {
        self.aircraft.contains(word)
    }

    /// The catalog id of the armed forces of `country` that sail the vessels a platform head names
    /// ("الزوارق الحربية الإسرائيلية" → il.navy), where `armies.tsv` gives the state a navy.
    pub(crate) fn navy_of(&self, country: &str, head: &str) -> Option<&str> {
        self.vessels
            .contains(head)
            .then(|| self.navies.get(country).map(String::as_str))
            .flatten()
    }

    /// The country a folded nisba adjective names ("السوريه" → SY), allowing a leading و.
    pub(crate) fn nisba(&self, word: &str) -> Option<&str> {
        self.nisba
            .get(word)
            .or_else(|| word.strip_prefix('و').and_then(|w| self.nisba.get(w)))
            .map(String::as_str)
    }

    /// The country of a people named by the indefinite plural of its nisba ("يمنيون", "وفلسطينيون" → YE, PS).
    pub(crate) fn people_of(&self, word: &str) -> Option<&str> {
        let stem = word.strip_suffix("ون")?;
        self.nisba(stem).filter(|_| !stem.starts_with("ال"))
    }

    /// The verb form in a folded word, allowing a leading و or ف.
    pub(crate) fn verb(&self, word: &str) -> Option<VerbHit> {
        self.nouns.get(word).and_then(|n| n.form).or_else(|| {
            let rest = strip_conjunction(word)?;
            self.nouns.get(rest).and_then(|n| n.form)
        })
    }

    /// Whether a folded word is the past of verb row `verb` with an object pronoun, as the lexicon writes such
    /// forms ("شنه", "شنها", "نفاه"): the verbal noun with a pronoun may be spelled the same ("شنه").
    pub(crate) fn is_past_with_object(&self, verb: u32, word: &str) -> bool {
        load::with_object(&crate::text::fold_str(&self.verbs[verb as usize].lemma))
            .iter()
            .any(|form| form == word)
    }

    /// Whether a folded word is a conjunction و or ف glued to a verb form ("وقال"; not "وصف", a verb itself).
    pub(crate) fn conjoined_verb(&self, word: &str) -> bool {
        strip_conjunction(word).is_some_and(|rest| self.verb(rest).is_some())
    }

    /// The action verb whose lemma a folded word is, allowing a leading و or ف: unvowelled, the passive of a
    /// deed ("وقتل ثلاثة جنود على أيدي مسلحين") whose masculine form the verb table leaves out.
    pub(crate) fn passive(&self, word: &str) -> Option<VerbHit> {
        let verb = self
            .lemmas
            .get(word)
            .or_else(|| strip_conjunction(word).and_then(|w| self.lemmas.get(w)))?;
        Some(VerbHit {
            verb: *verb as u32,
            agreement: Agreement::Masculine,
            masdar: false,
            object: false,
            present: false,
        })
    }

    /// The verbal noun a folded word is, without a pronoun ("إعلان", "إرسال"), allowing a leading و or ف.
    pub(crate) fn bare_masdar(&self, word: &str) -> Option<usize> {
        self.masdars
            .get(word)
            .or_else(|| strip_conjunction(word).and_then(|w| self.masdars.get(w)))
            .copied()
    }

    /// The roles of a folded word, allowing a leading و or ف.
    pub(crate) fn noun(&self, word: &str) -> &[NounRole] {
        match self.nouns.get(word) {
            Some(noun) if !noun.roles.is_empty() => &noun.roles,
            _ => strip_conjunction(word)
                .and_then(|rest| self.nouns.get(rest))
                .map_or(&[], |noun| noun.roles.as_slice()),
        }
    }

    /// The roles of a folded word read without its conjunction and article ("والاشتباكات" as "اشتباكات"), and
    /// whether it had the article.
    pub(crate) fn bare_noun(&self, word: &str) -> (&[NounRole], bool) {
        let word = strip_conjunction(word).unwrap_or(word);
        match word.strip_prefix("ال") {
            Some(bare) => (self.noun(bare), true),
            None => (self.noun(word), false),
        }
    }

    /// The words one of which must follow a verb's form for it to be a verb, whatever the form ("عبرت" as "عبر").
    pub(crate) fn verb_needs(&self, hit: VerbHit) -> Option<&[String]> {
        self.verbs[hit.verb as usize].needs.as_deref()
    }

    /// Whether a folded word has the role, allowing a leading و or ف.
    pub(crate) fn has(&self, word: &str, role: impl Fn(NounRole) -> bool) -> bool {
        self.noun(word).iter().any(|&r| role(r))
    }

    /// Multi-word nouns starting with `words[0]`: the number of words matched and the role.
    pub(crate) fn phrase(&self, words: &[&str]) -> Option<(usize, NounRole)> {
        let first = words.first()?;
        let first = self
            .phrases
            .get(*first)
            .or_else(|| strip_conjunction(first).and_then(|f| self.phrases.get(f)))?;
        // Every phrase has a second word, and a first word's phrases are sorted by it ("في" opens twenty): only
        // those with the text's second word are compared, found by a binary search.
        let second = *words.get(1)?;
        let from = first.partition_point(|(w, _)| second_word_key(w) < (second.len(), second));
        first[from..]
            .iter()
            .take_while(|(w, _)| w[1] == second)
            .filter(|(w, _)| w.len() <= words.len() && w[2..].iter().zip(&words[2..]).all(|(a, b)| a == b))
            .max_by_key(|(w, _)| w.len())
            .map(|(w, role)| (w.len(), *role))
    }
}

/// The order of the phrases of one first word: by the length of their second word, then by its bytes (most
/// comparisons of the binary search are decided by the lengths, without comparing the words).
fn second_word_key(phrase: &[String]) -> (usize, &str) {
    (phrase[1].len(), phrase[1].as_str())
}

/// Whether a word says "the same" after a noun ("المصدر ذاته", "القناة نفسها"): that noun is the one named
/// before.
pub(crate) fn same_as_before(word: &str) -> bool {
    matches!(word, "ذاته" | "ذاتها" | "نفسه" | "نفسها")
}

/// The gender of "one of" ("أحد", folded "احد"; "إحدى", folded "احدي"), which heads someone of a crowd the text
/// does not name ("وقال أحد السكان", "عن إحدى الكتائب قولها").
pub(crate) fn one_of(word: &str) -> Option<Gender> {
    match word {
        "احد" => Some(Gender::Masculine),
        "احدي" => Some(Gender::Feminine),
        _ => None,
    }
}

/// Whether a folded word has a feminine noun's form: the ending ة (folded to ه) or the plural ات ("وزارة",
/// "القوات"), whatever its vocabulary gender.
pub(crate) fn feminine_form(word: &str) -> bool {
    word.ends_with('ه') || word.ends_with("ات")
}

/// The noun a dative glued to its article stands for: "للجيش" is "ل" and "الجيش", the article's alif dropped.
pub(crate) fn definite_of_dative(word: &str) -> Option<String> {
    word.strip_prefix("لل").map(|rest| format!("ال{rest}"))
}

/// The word without a leading و or ف, if it has one and something remains.
pub(crate) fn strip_conjunction(word: &str) -> Option<&str> {
    let rest = word.strip_prefix('و').or_else(|| word.strip_prefix('ف'))?;
    // Two characters or more, without counting them all.
    rest.chars().nth(1).map(|_| rest)
}

#[cfg(test)]
#[path = "lexicon_tests.rs"]
mod tests;
