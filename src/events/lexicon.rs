//! The attribution vocabulary, read from `data/attribution/`: event verbs with their agreement forms and
//! verbal nouns, and the nouns that open subjects, relays, contents and clauses.

use rustc_hash::FxHashMap;

use super::kind::EventKind;
use crate::actors::{ActorKind, Gender};
use crate::table::rows;
use crate::text::fold_str;

const VERBS: &str = include_str!("../../data/attribution/verbs.tsv");
const NOUNS: &str = include_str!("../../data/attribution/nouns.tsv");
const NISBA: &str = include_str!("../../data/attribution/nisba.tsv");
const OUTLETS: &str = include_str!("../../data/attribution/outlets.tsv");
const ARMIES: &str = include_str!("../../data/attribution/armies.tsv");

pub(crate) use super::roles::{mark, NounRole};

/// A word of the vocabulary: its roles, its marks and the verb form it is, kept together so that one look-up
/// reads all three.
#[derive(Debug, Default)]
struct Noun {
    roles: Vec<NounRole>,
    marks: u8,
    form: Option<VerbHit>,
}

/// What [`AttributionLexicon::word`] reads of a folded word.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WordInfo<'a> {
    /// Its roles ([`AttributionLexicon::noun`]).
    pub roles: &'a [NounRole],
    /// Its marks ([`mark`]).
    pub marks: u8,
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
    /// The word that must follow a form of this verb in its clause for it to be a verb ("عبر" → "عن").
    pub needs: Option<String>,
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
    /// Verb forms that are verbs only when a given word follows in the clause ("عبر" is "expressed" before
    /// "عن", and the preposition "through" elsewhere), with that word.
    verb_if_followed: FxHashMap<String, String>,
    /// The first words of multi-word nouns ("في حين", "وسائل إعلام"), with the full folded phrases.
    phrases: FxHashMap<String, Vec<(Vec<String>, NounRole)>>,
    /// Country adjectives, folded, with and without the article and ة: "السوريه" → SY.
    nisba: FxHashMap<String, String>,
    /// Action verbs by their folded lemma, which unvowelled is also the passive ("قتل" killed, was killed).
    lemmas: FxHashMap<String, usize>,
    /// Verbal nouns without a pronoun ("إعلان", "إرسال"), folded, with their verb.
    masdars: FxHashMap<String, usize>,
    /// The catalog id of a state's armed forces, by country code (`armies.tsv`).
    armies: FxHashMap<String, String>,
}

fn kind_of(name: &str) -> EventKind {
    EventKind::from_name(name).unwrap_or_else(|| panic!("verbs.tsv: unknown event kind {name:?}"))
}

fn actor_kind(name: &str) -> ActorKind {
    serde_json::from_value(serde_json::Value::String(name.to_string()))
        .unwrap_or_else(|_| panic!("nouns.tsv: unknown actor kind {name:?}"))
}

fn gender(name: &str) -> Gender {
    match name {
        "m" => Gender::Masculine,
        "f" => Gender::Feminine,
        other => panic!("nouns.tsv: unknown gender {other:?}"),
    }
}

impl AttributionLexicon {
    /// The bundled vocabulary, compiled on first use and shared by every extractor of the process.
    pub(crate) fn shared() -> &'static AttributionLexicon {
        static SHARED: std::sync::OnceLock<AttributionLexicon> = std::sync::OnceLock::new();
        SHARED.get_or_init(AttributionLexicon::bundled)
    }

    pub(crate) fn bundled() -> AttributionLexicon {
        let mut lex = AttributionLexicon {
            verbs: Vec::new(),
            according: None,
            verb_if_followed: FxHashMap::default(),
            nouns: FxHashMap::default(),
            phrases: FxHashMap::default(),
            nisba: FxHashMap::default(),
            lemmas: FxHashMap::default(),
            masdars: FxHashMap::default(),
            armies: FxHashMap::default(),
        };
        let mut object_forms = Vec::new();
        for row in rows(VERBS) {
            lex.add_verb(&row, &mut object_forms);
        }
        // After every finite form and verbal noun, so that none of them is shadowed.
        for (form, verb, agreement) in object_forms {
            lex.nouns.entry(form).or_default().form.get_or_insert(VerbHit {
                verb: verb as u32,
                agreement,
                masdar: false,
                object: true,
                present: false,
            });
        }
        let mut receiving = Vec::new();
        for row in rows(NOUNS) {
            let [form, role, value] = row[..] else {
                panic!("nouns.tsv: expected 3 columns in {row:?}")
            };
            let words: Vec<String> = fold_str(form).split_whitespace().map(str::to_string).collect();
            if role == "written-subject" {
                for verb in lex.verbs.iter_mut().filter(|v| fold_str(&v.lemma) == words[0]) {
                    verb.written_subject = true;
                }
                continue;
            }
            if role == "receiving" {
                receiving.push(words[0].clone());
                continue;
            }
            if role == "passive" {
                // "أصيب 3 برصاص X": an unvowelled passive spelled unlike its verb's lemma, read as that verb's
                // passive (with an agent phrase, `verb::passive_at`).
                let verb = lex.lemmas.get(&fold_str(value)).copied();
                let verb = verb.unwrap_or_else(|| panic!("nouns.tsv: passive of {value:?}, not an action verb"));
                lex.lemmas.insert(words[0].clone(), verb);
                continue;
            }
            if role == "verb-if-followed-by" {
                lex.verb_if_followed.insert(words[0].clone(), fold_str(value));
                continue;
            }
            if role == "anaphor" {
                // One role per kind: "الإدارة" may stand for an armed group's command or a government body.
                let (kinds, g) = value.split_once(':').expect("nouns.tsv: anaphor value is kinds:gender");
                for kind in kinds.split('|') {
                    let role = NounRole::Anaphor(actor_kind(kind), gender(g));
                    lex.nouns.entry(words[0].clone()).or_default().roles.push(role);
                }
                continue;
            }
            if role == "light-verb" {
                let (agreement, tense) = value.split_once(' ').unwrap_or((value, ""));
                let agreement = match agreement {
                    "m" => Agreement::Masculine,
                    "f" => Agreement::Feminine,
                    "p" => Agreement::Plural,
                    other => panic!("nouns.tsv: light-verb agreement is m, f or p, not {other:?}"),
                };
                let role = NounRole::LightVerb(agreement, tense == "present");
                lex.nouns.entry(words[0].clone()).or_default().roles.push(role);
                continue;
            }
            if role == "institution" {
                let (kind, g) = value
                    .split_once(':')
                    .expect("nouns.tsv: institution value is kind:gender");
                let role = NounRole::Institution(actor_kind(kind), gender(g));
                lex.nouns.entry(words[0].clone()).or_default().roles.push(role);
                continue;
            }
            let role = match role {
                "speaker-head" => NounRole::SpeakerHead(gender(value)),
                "title" => NounRole::Title(gender(value)),
                "rank" => NounRole::Rank,
                "adjective" => NounRole::Adjective,
                "statement-noun" => NounRole::StatementNoun,
                "via" => NounRole::Via,
                "complementizer" => NounRole::Complementizer,
                "clause-opener" => NounRole::ClauseOpener,
                "time-adverb" => NounRole::TimeAdverb,
                "latest" => NounRole::Latest(gender(value)),
                "official" => NounRole::Official,
                "temporal-preposition" => NounRole::TemporalPreposition,
                "subject-skip" => NounRole::SubjectSkip,
                "auxiliary" => NounRole::Auxiliary,
                "preposition" => NounRole::Preposition,
                "relative" => NounRole::Relative,
                "span" => NounRole::Span,
                "naming" => NounRole::Naming,
                "correspondent" => NounRole::Correspondent,
                "description" => NounRole::Description,
                "then" => NounRole::Then,
                "homograph" => NounRole::Homograph,
                "deed-noun" => NounRole::DeedNoun,
                "document" => NounRole::Document,
                "according" => NounRole::According,
                "interview" => NounRole::Interview,
                "agent" => NounRole::Agent,
                "cause" => NounRole::Cause,
                "passive-reading" => NounRole::PassiveReading,
                "time-relative" => NounRole::TimeRelative,
                "members" => NounRole::Members,
                "interval" => NounRole::Interval,
                "saying-participle" => NounRole::SayingParticiple,
                "quantifier" => NounRole::Quantifier,
                "led-by" => NounRole::LedBy,
                other => panic!("nouns.tsv: unknown role {other:?}"),
            };
            if words.len() == 1 {
                lex.nouns.entry(words[0].clone()).or_default().roles.push(role);
            } else {
                lex.phrases.entry(words[0].clone()).or_default().push((words, role));
            }
        }
        for verb in &mut lex.verbs {
            let lemma = fold_str(&verb.lemma);
            verb.needs = lex.verb_if_followed.get(&lemma).cloned();
            verb.receives = receiving.contains(&lemma);
        }
        lex.add_accusatives();
        lex.add_marks();
        lex.add_armies();
        for row in rows(NISBA) {
            let [form, country] = row[..] else {
                panic!("nisba.tsv: expected 2 columns in {row:?}")
            };
            let stem = fold_str(form);
            for form in [
                stem.clone(),
                format!("{stem}ه"),
                format!("ال{stem}"),
                format!("ال{stem}ه"),
            ] {
                lex.nisba.insert(form, country.to_string());
            }
        }
        lex
    }

    /// The marks of `outlets.tsv` and of the first words of phrases. A word whose roles are found only without
    /// its conjunction ("وفي" of "في حين") takes the phrase mark of that form here, so that [`word`](Self::word)
    /// reads it with one look-up whenever the word has roles of its own.
    fn add_marks(&mut self) {
        for row in rows(OUTLETS) {
            let [form, role] = row[..] else { continue };
            let folded = fold_str(form);
            let (word, mark) = match role {
                "carrier" => (folded, mark::CARRIER),
                "copy" => (folded, mark::COPY),
                "copy-noun" => (folded, mark::COPY_NOUN),
                "head" | "own-head" => match folded.split_whitespace().next() {
                    Some(first) => (first.to_string(), mark::HEAD),
                    None => continue,
                },
                _ => continue,
            };
            self.nouns.entry(word).or_default().marks |= mark;
        }
        let firsts: Vec<String> = self.phrases.keys().cloned().collect();
        for first in firsts {
            self.nouns.entry(first).or_default().marks |= mark::PHRASE;
        }
        let stripped_phrases: Vec<String> = self
            .nouns
            .iter()
            .filter(|(word, noun)| {
                !noun.roles.is_empty() && strip_conjunction(word).is_some_and(|w| self.phrases.contains_key(w))
            })
            .map(|(word, _)| word.clone())
            .collect();
        for word in stripped_phrases {
            if let Some(noun) = self.nouns.get_mut(&word) {
                noun.marks |= mark::STRIPPED_PHRASE;
            }
        }
    }

    /// The roles of a folded word and the verb form it holds, each allowing a leading و or ف, and its marks
    /// ([`mark`]): one look-up for a word of the vocabulary with roles and a form, two for the others, where
    /// [`noun`](Self::noun) and [`verb`](Self::verb) take up to two each.
    pub(crate) fn word(&self, word: &str) -> WordInfo<'_> {
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
                    info.marks |= noun.marks & mark::PHRASE;
                }
                info.form = info.form.or(noun.form);
            }
        }
        info
    }

    /// The platform heads and the armies of `armies.tsv`.
    fn add_armies(&mut self) {
        for row in rows(ARMIES) {
            match row[..] {
                ["platform", form] => self.nouns.entry(fold_str(form)).or_default().marks |= mark::PLATFORM,
                ["army", country, id] => {
                    self.armies.insert(country.to_string(), id.to_string());
                }
                _ => panic!("armies.tsv: expected 'platform FORM' or 'army COUNTRY ID' in {row:?}"),
            }
        }
    }

    /// The catalog id of the armed forces of `country` ("IL" → "il.idf").
    pub(crate) fn army(&self, country: &str) -> Option<&str> {
        self.armies.get(country).map(String::as_str)
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

    /// One row of `verbs.tsv`: its past forms, the verbal noun with its pronouns ("إطلاقها") and the present
    /// forms; the object-pronoun forms of its past ("شنتها") are left in `object_forms`, to be added after every
    /// row so that no finite form or verbal noun is shadowed by one.
    fn add_verb(&mut self, row: &[&str], object_forms: &mut Vec<(String, usize, Agreement)>) {
        let (lemma, class, kind, forms, masdar, present) = match *row {
            [l, c, k, f, m] => (l, c, k, f, m, "-"),
            [l, c, k, f, m, p] => (l, c, k, f, m, p),
            _ => panic!("verbs.tsv: expected 5 or 6 columns in {row:?}"),
        };
        let class = match class {
            "speech" => VerbClass::Speech,
            "action" => VerbClass::Action,
            "relay" => VerbClass::Relay,
            "according" => VerbClass::According,
            other => panic!("verbs.tsv: unknown class {other:?}"),
        };
        let verb = self.verbs.len();
        if class == VerbClass::Action {
            self.lemmas.entry(fold_str(lemma)).or_insert(verb);
        }
        if class == VerbClass::According {
            self.according.get_or_insert(verb);
        }
        self.verbs.push(Verb {
            lemma: lemma.to_string(),
            needs: None,
            receives: false,
            class,
            kind: kind_of(kind),
            written_subject: false,
        });
        let hit = |agreement, masdar, present| VerbHit {
            verb: verb as u32,
            agreement,
            masdar,
            object: false,
            present,
        };
        let agreements = [
            Agreement::Masculine,
            Agreement::Feminine,
            Agreement::Plural,
            Agreement::Plural,
            Agreement::Plural,
        ];
        for (form, agreement) in forms.split('|').zip(agreements) {
            if form != "-" {
                let form = fold_str(form);
                object_forms.extend(with_object(&form).into_iter().map(|f| (f, verb, agreement)));
                self.add_form(form, hit(agreement, false, false));
            }
        }
        let present_agreements = [Agreement::Masculine, Agreement::Feminine, Agreement::Plural];
        for (form, agreement) in present.split('|').zip(present_agreements) {
            if form != "-" {
                self.add_form(fold_str(form), hit(agreement, false, true));
            }
        }
        if masdar != "-" {
            let stem = fold_str(masdar);
            self.masdars.entry(stem.clone()).or_insert(verb);
            // A final ta marbuta (folded to ه) is written ت before a pronoun: سيطرة → سيطرتها.
            let stem = match stem.strip_suffix('ه') {
                Some(s) => format!("{s}ت"),
                None => stem,
            };
            for (pronoun, agreement) in [
                ("ه", Agreement::Masculine),
                ("ها", Agreement::Feminine),
                ("هم", Agreement::Plural),
                ("هما", Agreement::Plural),
            ] {
                self.add_form(format!("{stem}{pronoun}"), hit(agreement, true, false));
            }
        }
    }

    /// A verb form, unless an earlier row or form already holds the word.
    fn add_form(&mut self, form: String, hit: VerbHit) {
        self.nouns.entry(form).or_default().form.get_or_insert(hit);
    }

    /// The verb form in a folded word, allowing a leading و or ف.
    pub(crate) fn verb(&self, word: &str) -> Option<VerbHit> {
        self.nouns.get(word).and_then(|n| n.form).or_else(|| {
            let rest = strip_conjunction(word)?;
            self.nouns.get(rest).and_then(|n| n.form)
        })
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

    /// A form that is also a common noun is one in the indefinite accusative too ("شهدت المنطقة قصفا متبادلا",
    /// "شنت هجوما"), which writes the alif of a verb's dual: that form needs what the verb takes as well.
    fn add_accusatives(&mut self) {
        let homographs: Vec<String> = self
            .nouns
            .iter()
            .filter(|(_, noun)| noun.roles.contains(&NounRole::Homograph))
            .map(|(word, _)| format!("{word}ا"))
            .collect();
        for word in homographs {
            let noun = self.nouns.entry(word).or_default();
            if !noun.roles.contains(&NounRole::Homograph) {
                noun.roles.push(NounRole::Homograph);
            }
        }
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

    /// The word that must follow a verb's form for it to be a verb, whatever the form ("عبرت" as "عبر").
    pub(crate) fn verb_needs(&self, hit: VerbHit) -> Option<&str> {
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
        first
            .iter()
            .filter(|(w, _)| w.len() <= words.len() && w[1..].iter().zip(&words[1..]).all(|(a, b)| a == b))
            .max_by_key(|(w, _)| w.len())
            .map(|(w, role)| (w.len(), *role))
    }
}

/// A folded past form with an object pronoun: "شنت" → "شنته", "شنتها"; "نفذوا" → "نفذوه"; "نعي" (نعى) → "نعاه".
/// A masculine form takes "ه" only after a long vowel it ends in ("نعاه"): "زاره" is also "وزارة" folded, so a
/// bare "ه" after a consonant would read nouns in ة as verbs.
fn with_object(form: &str) -> Vec<String> {
    let (stem, him) = if let Some(s) = form.strip_suffix("وا") {
        (format!("{s}و"), true)
    } else if let Some(s) = form.strip_suffix('ي').filter(|s| s.chars().count() >= 2) {
        (format!("{s}ا"), true)
    } else {
        (form.to_string(), form.ends_with('ت'))
    };
    let pronouns: &[&str] = if him {
        &["ه", "ها", "هم"]
    } else {
        &["ها", "هم"]
    };
    pronouns.iter().map(|p| format!("{stem}{p}")).collect()
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
