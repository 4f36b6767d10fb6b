//! Event kinds: what a clause reports, from its verb's row in `data/attribution/verbs.tsv`.

use serde::{Deserialize, Serialize};

/// What kind of event a clause reports, from its verb.
///
/// # Example
///
/// ```
/// use tarikh::events::{EventKind, Extractor};
///
/// let text = "حذرت منظمة الصحة العالمية من انتشار الكوليرا في دير الزور.";
/// let article = Extractor::new().extract(text, "2024-12-06".parse()?);
/// assert_eq!(article.events[0].kind, EventKind::Warning);
/// assert!(article.events[0].kind.is_statement());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// قال، أكد، أضاف ...
    Statement,
    /// أعلن، كشف.
    Announcement,
    /// دعا، طالب، ناشد، نصح.
    Call,
    /// حذر، هدد.
    Warning,
    /// نفى.
    Denial,
    /// اتهم.
    Accusation,
    /// أدان، ندد، استنكر.
    Condemnation,
    /// أطلق (an offensive, an operation).
    OffensiveLaunched,
    /// قصف، استهدف، هاجم، شن.
    Attack,
    /// سيطر، استعاد، دخل.
    TerritoryTaken,
    /// انسحب.
    Withdrawal,
    /// تقدم.
    Advance,
    /// اغتال.
    Assassination,
    /// قتل.
    Killing,
    /// اعتقل.
    Arrest,
    /// التقى، اجتمع، استقبل.
    Meeting,
    /// وقع (an agreement).
    Agreement,
    /// أجلى.
    Evacuation,
    /// قرر، أصدر، أرجأ.
    Decision,
    /// أرسل، نشر.
    Deployment,
    /// تظاهر، تجمع، خرج (a crowd in the street).
    Protest,
    /// وصل، غادر، زار، عاد (an actor going somewhere).
    Movement,
    /// بث، ظهر (a video, a recording, an appearance put out).
    Publication,
}

impl EventKind {
    /// Whether the event is something said rather than done.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::events::EventKind;
    /// assert!(EventKind::Warning.is_statement());
    /// assert!(!EventKind::Attack.is_statement());
    /// ```
    pub fn is_statement(self) -> bool {
        matches!(
            self,
            EventKind::Statement
                | EventKind::Announcement
                | EventKind::Call
                | EventKind::Warning
                | EventKind::Denial
                | EventKind::Accusation
                | EventKind::Condemnation
        )
    }
}

impl EventKind {
    /// Whether the event is what crowds do: a protest or a movement ("تظاهر", "تجمع", "خرج").
    pub(crate) fn is_crowd(self) -> bool {
        matches!(self, EventKind::Protest | EventKind::Movement)
    }

    /// Whether the event is a deed of force: an attack, a strike, a raid, a killing, an arrest, a move of troops.
    pub(crate) fn is_force(self) -> bool {
        matches!(
            self,
            EventKind::OffensiveLaunched
                | EventKind::Attack
                | EventKind::TerritoryTaken
                | EventKind::Withdrawal
                | EventKind::Advance
                | EventKind::Assassination
                | EventKind::Killing
                | EventKind::Arrest
                | EventKind::Deployment
        )
    }

    /// The kind a row of the verb table names (`statement`, `attack` ...).
    pub(crate) fn from_name(name: &str) -> Option<EventKind> {
        serde_json::from_value(serde_json::Value::String(name.to_string())).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_the_verb_table() {
        assert_eq!(
            EventKind::from_name("offensive_launched"),
            Some(EventKind::OffensiveLaunched)
        );
        assert_eq!(EventKind::from_name("condemnation"), Some(EventKind::Condemnation));
        assert_eq!(EventKind::from_name("shouting"), None);
        assert!(EventKind::Denial.is_statement() && !EventKind::Killing.is_statement());
    }
}
