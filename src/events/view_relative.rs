//! Relative clauses that tell an event of their own ([`View::relative_deed_of_named`],
//! [`View::relative_antecedent`], [`View::relative_own_subject`]): the verb after "الذي/التي" is otherwise the
//! verb of a description, no event (`view_verbs`).

use super::*;

/// How far after its verb a relative clause's own day may stand: an agent and a place of a dozen words.
const RELATIVE_REACH: usize = 16;

/// How far after a relative clause's verb the pronoun that points back to its noun may stand: a subject of a
/// few words and a date set off by commas before it ("والذي اعترف الحوثيون، الاثنين، بمقتله").
const RESUMED_REACH: usize = 10;

/// How many words after a relative clause's verb its own subject may start: after a preposition with the
/// pronoun that points back ("التي تحدث عنها X") or a title before a name.
const OWN_SUBJECT_REACH: usize = 3;

impl View<'_> {
    /// Whether a deed verb with an object pronoun at `i` heads a relative clause whose agent is a catalog name
    /// right after it and which gives the deed a day of its own: "القائد الذي اغتالته إسرائيل بغارة يوم 27
    /// سبتمبر"، "الحرب التي شنتها \"إسرائيل\" في 14 نوفمبر 2012". A deed in the background without a day
    /// ("المواقع التي هاجمتها إسرائيل في وقت سابق") is no event of its own.
    pub(crate) fn relative_deed_of_named(&self, i: usize, hit: VerbHit) -> bool {
        if i == 0 || !self.has(i - 1, |r| r == NounRole::Relative) || self.class(hit) != VerbClass::Action {
            return false;
        }
        // "البيان الذي نشرته وكالة X يوم الأحد": an outlet that carried a statement did no deed of its own.
        let document = i > 1 && self.has(i - 2, |r| matches!(r, NounRole::StatementNoun | NounRole::Document));
        if document && (self.has(i, |r| r == NounRole::Via) || crate::events::outlet::is_carrier(self, i)) {
            return false;
        }
        let k = if self.is_punct(i + 1, '"') { i + 2 } else { i + 1 };
        if self.name_starting(k).is_none_or(|n| self.names[n].clitic) {
            return false;
        }
        (k..(i + RELATIVE_REACH).min(self.toks.len()))
            .take_while(|&j| !self.is_punct(j, ',') && !self.is_stop(j))
            .filter_map(|j| self.date_at[j])
            .any(|d| {
                self.dates[d as usize]
                    .mention
                    .value
                    .as_ref()
                    .is_some_and(|v| v.granularity <= Granularity::Day)
            })
    }

    /// Where the name a relative clause at `i` is about ends, when the verb's subject is that name: a past verb
    /// right after "الذي/التي/الذين" that follows a catalog name, or one and a comma ("وحدات X التي دعت إلى",
    /// "حركة X، التي أعلنت"), with no subject of its own written after it ("التي شارك فيها البرهان"). A name after
    /// its conjunction is one too ("بين الأهالي والجيش X الذي اقتحم"); after a preposition it is not read. (Read
    /// after any definite noun, it also took background and "في الوقت الذي" clauses: 1 event lost, 5 extra on
    /// the opened rounds.)
    pub(crate) fn relative_antecedent(&self, i: usize, hit: VerbHit) -> Option<usize> {
        if i < 2 || hit.present || hit.masdar || hit.object || !self.has(i - 1, |r| r == NounRole::Relative) {
            return None;
        }
        let end = if self.is_punct(i - 2, ',') { i - 2 } else { i - 1 };
        let n = self.names.partition_point(|n| n.tokens.1 < end);
        let named = self
            .names
            .get(n)
            .is_some_and(|n| n.tokens.1 == end && (!n.clitic || n.conjoined) && !self.quoted[n.tokens.0]);
        // "التي شارك فيها الوسطاء", "التي انسحب إليها المقاتلون": a preposition with a pronoun that points
        // back to the name makes it the verb's complement; its subject is written after.
        let resumed = matches!(
            self.word(i + 1),
            "فيه"
                | "فيها"
                | "فيهم"
                | "اليه"
                | "اليها"
                | "اليهم"
                | "عليه"
                | "عليها"
                | "عليهم"
                | "منه"
                | "منها"
                | "منهم"
                | "به"
                | "بها"
                | "بهم"
                | "عنه"
                | "عنها"
                | "عنهم"
                | "له"
                | "لها"
                | "لهم"
                | "معه"
                | "معها"
                | "معهم"
        );
        let own_subject = self.name_starting(i + 1).is_some_and(|m| !self.names[m].clitic);
        (named && !own_subject && !resumed).then_some(end)
    }

    /// Whether the past speech verb at `i`, right after a relative pronoun, has a subject of its own: a catalog
    /// name within its first words, and a pronoun that points back to the noun the relative pronoun stands for,
    /// right after the verb or in what is said ("اللواء الذي أعلن X أنه سقط"، "والذي اعترفت X، الاثنين،
    /// بمقتله"، "والتي أعلنت فصائل X السيطرة عليها"). That noun is then what is said, not the speaker, and the
    /// verb tells a statement of the subject the clause writes, an event of its own. Without such a pronoun the
    /// name is the verb's object and the noun before it its subject. A deed so told ("المدينة التي سيطر عليها X
    /// في أبريل") mostly retells the news from its other side, and a relay verb ("وقال الناشط، الذي نقلت عنه
    /// وكالة X، إن") only the channel of the noun's own statement: neither is an event of its own; nor is a time
    /// clause ("في الوقت الذي قالت فيه X"), read as one by `while_clause`.
    pub(crate) fn relative_own_subject(&self, i: usize, hit: VerbHit) -> bool {
        if i == 0
            || hit.present
            || hit.masdar
            || hit.object
            || !self.has(i - 1, |r| r == NounRole::Relative)
            || self.while_clause(i)
            || self.class(hit) != VerbClass::Speech
        {
            return false;
        }
        let pronoun = self.word(i - 1);
        let suffix = match strip_conjunction(pronoun).unwrap_or(pronoun) {
            "الذي" => "ه",
            "التي" => "ها",
            "الذين" => "هم",
            "اللذان" | "اللذين" | "اللتان" | "اللتين" => "هما",
            _ => return false,
        };
        let end = (i + RESUMED_REACH).min(self.toks.len());
        let Some(n) = (i + 1..(i + 1 + OWN_SUBJECT_REACH).min(end))
            .take_while(|&j| !self.is_punct(j, ',') && !self.is_stop(j) && self.date_at[j].is_none())
            .find_map(|j| self.name_starting(j))
        else {
            return false;
        };
        let name = &self.names[n];
        if name.clitic {
            return false;
        }
        let to = name.tokens.1;
        self.points_back(i + 1, suffix)
            || (to..end)
                .take_while(|&j| !self.is_stop(j) && !self.has(j, |r| r == NounRole::Relative))
                .any(|j| self.points_back(j, suffix))
    }

    /// Whether the word at `j` ends with the pronoun `suffix` ("ه", "ها", "هم"), as the text writes it: the
    /// folded word cannot tell "مقتله" from a word ending in "ة".
    fn points_back(&self, j: usize, suffix: &str) -> bool {
        if self.toks[j].kind == TokenKind::Punct {
            return false;
        }
        let word = self
            .original(j..j + 1)
            .trim_end_matches(|c: char| ('\u{64B}'..='\u{652}').contains(&c) || c == '\u{640}');
        word.len() > suffix.len() + 1 && word.ends_with(suffix)
    }
}
