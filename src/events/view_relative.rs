//! Relative clauses that tell an event of their own ([`View::relative_deed_of_named`],
//! [`View::relative_antecedent`]): the verb after "الذي/التي" is otherwise the verb of a description, no event
//! (`view_verbs`).

use super::*;

/// How far after its verb a relative clause's own day may stand: an agent and a place of a dozen words.
const RELATIVE_REACH: usize = 16;

impl View<'_> {
    /// Whether a deed verb with an object pronoun at `i` heads a relative clause whose agent is a catalog name
    /// right after it and which gives the deed a day of its own: "القائد الذي اغتالته إسرائيل بغارة يوم 27
    /// سبتمبر"، "الحرب التي شنتها \"إسرائيل\" في 14 نوفمبر 2012". A deed in the background without a day
    /// ("المواقع التي هاجمتها إسرائيل في وقت سابق") is no event of its own.
    pub(crate) fn relative_deed_of_named(&self, i: usize, hit: VerbHit) -> bool {
        if i == 0 || !self.has(i - 1, |r| r == NounRole::Relative) || self.class(hit) != VerbClass::Action {
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
}
