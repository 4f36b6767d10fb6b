//! Reading the attribution vocabulary from `data/attribution/` into an [`AttributionLexicon`]: verbs with their
//! agreement, object-pronoun and verbal-noun forms, nouns with their roles and marks, nisbas and armies.

use rustc_hash::FxHashMap;

use super::*;
use crate::table::{rows, OUTLETS};
use crate::text::fold_str;

const VERBS: &str = include_str!("../../data/attribution/verbs.tsv");
const NOUNS: &str = include_str!("../../data/attribution/nouns.tsv");
const NISBA: &str = include_str!("../../data/attribution/nisba.tsv");
const ARMIES: &str = include_str!("../../data/attribution/armies.tsv");

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

/// A folded past form with an object pronoun: "شنت" → "شنته", "شنتها"; "شن" → "شنه"; "نفذوا" → "نفذوه"; "نعي"
/// (نعى) → "نعاه". "زاره" is also "وزارة" folded: the view drops such a form where the text writes "ة", and
/// reads the rest only after a deed noun (`View::verb_at`).
pub(super) fn with_object(form: &str) -> Vec<String> {
    let stem = if let Some(s) = form.strip_suffix("وا") {
        format!("{s}و")
    } else if let Some(s) = form.strip_suffix('ي').filter(|s| s.chars().count() >= 2) {
        format!("{s}ا")
    } else {
        form.to_string()
    };
    ["ه", "ها", "هم"].iter().map(|p| format!("{stem}{p}")).collect()
}

impl AttributionLexicon {
    pub(crate) fn bundled() -> AttributionLexicon {
        let mut lex = AttributionLexicon {
            verbs: Vec::new(),
            according: None,
            verb_if_followed: FxHashMap::default(),
            nouns: FxHashMap::default(),
            words: HashedWords::default(),
            phrases: FxHashMap::default(),
            nisba: FxHashMap::default(),
            lemmas: FxHashMap::default(),
            masdars: FxHashMap::default(),
            armies: FxHashMap::default(),
            air_forces: FxHashMap::default(),
            aircraft: Default::default(),
            navies: Default::default(),
            vessels: Default::default(),
            anonymity: FxHashMap::default(),
            addressees: Default::default(),
            documents: Default::default(),
            offices: FxHashMap::default(),
            singulars: FxHashMap::default(),
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
            if role == "same-office" {
                lex.offices.insert(words[0].clone(), fold_str(value));
                continue;
            }
            if role == "plural-of" {
                lex.singulars.insert(words[0].clone(), fold_str(value));
                continue;
            }
            if role == "addressee" {
                lex.addressees.insert(words[0].clone());
                continue;
            }
            if role == "document" {
                let bare = words[0].strip_prefix("ال").unwrap_or(&words[0]);
                lex.documents.insert(bare.to_string());
            }
            if role == "anonymity-ask" || role == "withheld" {
                lex.anonymity.insert(words[0].clone(), role == "anonymity-ask");
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
                let (agreement, rest) = value.split_once(' ').unwrap_or((value, ""));
                let agreement = match agreement {
                    "m" => Agreement::Masculine,
                    "f" => Agreement::Feminine,
                    "p" => Agreement::Plural,
                    other => panic!("nouns.tsv: light-verb agreement is m, f or p, not {other:?}"),
                };
                let role = match rest {
                    "" => NounRole::LightVerb(agreement, false, LightObject::Ba),
                    "present" => NounRole::LightVerb(agreement, true, LightObject::Ba),
                    "direct" => NounRole::LightVerb(agreement, false, LightObject::Direct),
                    "modal" => NounRole::LightVerb(agreement, false, LightObject::Modal),
                    idiom if idiom.starts_with("idiom:") => {
                        let noun = fold_str(&idiom["idiom:".len()..]);
                        let verb = lex.masdars.get(&noun).copied();
                        let verb = verb.unwrap_or_else(|| panic!("nouns.tsv: idiom {noun:?} is no verbal noun of verbs.tsv"));
                        NounRole::LightVerb(agreement, false, LightObject::Idiom(verb as u32))
                    }
                    other => panic!(
                        "nouns.tsv: light-verb takes \"present\", \"direct\", \"modal\" or \"idiom:NOUN\", not {other:?}"
                    ),
                };
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
                "one-source" => NounRole::OneSource,
                "temporal-preposition" => NounRole::TemporalPreposition,
                "occasion" => NounRole::Occasion,
                "short-of-name" => NounRole::ShortOfName,
                "self-named" => NounRole::SelfNamed,
                "deed-connective" => NounRole::DeedConnective,
                "witness" => NounRole::Witness,
                "target" => NounRole::Target,
                "statement-object" => NounRole::StatementObject,
                "subject-skip" => NounRole::SubjectSkip,
                "auxiliary" => NounRole::Auxiliary,
                "remark" => NounRole::Remark,
                "preposition" => NounRole::Preposition,
                "relative" => NounRole::Relative,
                "span" => NounRole::Span,
                "naming" => NounRole::Naming,
                "non-state" => NounRole::NonState,
                "correspondent" => NounRole::Correspondent,
                "description" => NounRole::Description,
                "then" => NounRole::Then,
                "lately" => NounRole::Lately,
                "homograph" => NounRole::Homograph,
                "deed-noun" => NounRole::DeedNoun,
                "happening" => NounRole::Happening,
                "document" => NounRole::Document,
                "according" => NounRole::According,
                "report-modifier" => NounRole::ReportModifier,
                "interview" => NounRole::Interview,
                "agent" => NounRole::Agent,
                "cause" => NounRole::Cause,
                "passive-reading" => NounRole::PassiveReading,
                "time-relative" => NounRole::TimeRelative,
                "members" => NounRole::Members,
                "interval" => NounRole::Interval,
                "saying-participle" => NounRole::SayingParticiple,
                "function-word" => NounRole::FunctionWord,
                "topic" => NounRole::Topic,
                "restated" => NounRole::Restated,
                "quantifier" => NounRole::Quantifier,
                "numeral" => NounRole::Numeral,
                "group-noun" => NounRole::GroupNoun,
                "partial" => NounRole::Partial,
                "led-by" => NounRole::LedBy,
                "tie" => NounRole::Tie,
                "represents" => NounRole::Represents,
                "hedge" => NounRole::Hedge,
                "multiplier" => NounRole::Multiplier,
                "describes" => NounRole::Describes,
                "former" => NounRole::Former,
                other => panic!("nouns.tsv: unknown role {other:?}"),
            };
            if words.len() == 1 {
                lex.nouns.entry(words[0].clone()).or_default().roles.push(role);
            } else {
                lex.phrases.entry(words[0].clone()).or_default().push((words, role));
            }
        }
        // For the binary search of `phrase`; a stable sort, which keeps the file's order among phrases with the
        // same second word.
        for phrases in lex.phrases.values_mut() {
            phrases.sort_by(|(a, _), (b, _)| second_word_key(a).cmp(&second_word_key(b)));
        }
        for verb in &mut lex.verbs {
            let lemma = fold_str(&verb.lemma);
            verb.needs = lex
                .verb_if_followed
                .get(&lemma)
                .map(|words| words.split('|').map(str::to_string).collect());
            verb.receives = receiving.contains(&lemma);
        }
        lex.add_accusatives();
        lex.add_duals();
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
        lex.read_words();
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
                "head" | "own-head" | "spoken-head" => match folded.split_whitespace().next() {
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
        // Connectives of cause or answer: one word with its role, or the first two words of a phrase.
        let connectives: Vec<(String, String)> = self
            .phrases
            .values()
            .flatten()
            .filter(|(words, r)| *r == NounRole::DeedConnective && words.len() >= 2)
            .map(|(words, _)| (words[0].clone(), words[1].clone()))
            .collect();
        for (first, second) in connectives {
            self.nouns.entry(first).or_default().marks |= mark::CONNECTIVE;
            self.nouns.entry(second).or_default().marks |= mark::CONNECTIVE_TAIL;
        }
        for noun in self.nouns.values_mut() {
            if noun.roles.contains(&NounRole::DeedConnective) {
                noun.marks |= mark::CONNECTIVE;
            }
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
        // Every form that `anonymity` reads as asking, its conjunctions written: `word` then reads the mark
        // with one look-up, whatever the word's roles.
        let asks: Vec<String> = self
            .anonymity
            .iter()
            .filter(|&(_, &ask)| ask)
            .flat_map(|(word, _)| ["", "و", "ف"].map(|c| format!("{c}{word}")))
            .collect();
        for word in asks {
            self.nouns.entry(word).or_default().marks |= mark::ANONYMITY_ASK;
        }
    }

    /// The platform heads, the armies, the air forces and the navies of `armies.tsv`.
    fn add_armies(&mut self) {
        for row in rows(ARMIES) {
            match row[..] {
                ["platform", form] => self.nouns.entry(fold_str(form)).or_default().marks |= mark::PLATFORM,
                ["aircraft", form] => {
                    self.nouns.entry(fold_str(form)).or_default().marks |= mark::PLATFORM;
                    self.aircraft.insert(fold_str(form));
                }
                ["army", country, id] => {
                    self.armies.insert(country.to_string(), id.to_string());
                }
                ["vessel", form] => {
                    self.nouns.entry(fold_str(form)).or_default().marks |= mark::PLATFORM;
                    self.vessels.insert(fold_str(form));
                }
                ["air", country, id] => {
                    self.air_forces.insert(country.to_string(), id.to_string());
                }
                ["navy", country, id] => {
                    self.navies.insert(country.to_string(), id.to_string());
                }
                _ => panic!(
                    "armies.tsv: expected 'platform|aircraft|vessel FORM' or 'army|air|navy COUNTRY ID' in {row:?}"
                ),
            }
        }
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
        for (i, (form, agreement)) in forms.split('|').zip(agreements).enumerate() {
            if form != "-" {
                let form = fold_str(form);
                object_forms.extend(with_object(&form).into_iter().map(|f| (f, verb, agreement)));
                // The feminine dual is the feminine singular with alif ("أعلنتا": two states, two ministries).
                if i == 1 && form.ends_with('ت') {
                    self.add_form(format!("{form}ا"), hit(Agreement::Plural, false, false));
                }
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

    /// The dual in the nominative of every one-word speaker head in the singular ("ضابطان" of "ضابط",
    /// "مصدران" of "مصدر"; "ناشطتان" of "ناشطة"), a speaker head of the same gender: "قال ضابطان بالجيش إن".
    /// A form listed for itself keeps its own roles.
    fn add_duals(&mut self) {
        let duals: Vec<(String, Gender)> = self
            .nouns
            .iter()
            .filter(|(word, _)| !word.starts_with("ال") && !word.ends_with("ون") && !word.ends_with("ات"))
            .filter_map(|(word, noun)| {
                let gender = noun.roles.iter().find_map(|&r| match r {
                    NounRole::SpeakerHead(g) => Some(g),
                    _ => None,
                })?;
                let dual = match word.strip_suffix('ه') {
                    Some(stem) => format!("{stem}تان"),
                    None => format!("{word}ان"),
                };
                Some((dual, gender))
            })
            .collect();
        for (dual, gender) in duals {
            self.nouns.entry(dual).or_insert_with(|| Noun {
                roles: vec![NounRole::SpeakerHead(gender)],
                ..Noun::default()
            });
        }
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
}
