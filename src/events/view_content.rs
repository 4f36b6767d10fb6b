//! Whether what a statement says follows a speech verb's next words ([`View::speaker_then_content`],
//! [`View::name_then_content`], [`View::aside_then_content`]): the homograph gate of `view_verbs` asks, since
//! a form that is also a noun ("ذكر", "كتب") is a verb when a speaker and what is said follow it.

use super::*;

impl<'a> View<'a> {
    /// Whether a speech verb at `i` is followed by a name of one to three words the lexicon does not know and
    /// the content ("وذكر سينكيفيتش أن", "وذكر محمد العبدالله أن"), maybe after an aside set off by a comma
    /// ("وذكر X، وفق «Y»، أن", "ووصف سامر الخطيب، الباحث في مركز الدراسات، الهدنة بأنها"): a speaker named by
    /// those words.
    pub(super) fn speaker_then_content(&self, i: usize, hit: VerbHit) -> bool {
        let word = i + 1;
        if self.class(hit) != VerbClass::Speech || !self.roles(word).is_empty() || self.toks.get(word).is_none() {
            return false;
        }
        let content = |k: usize| self.has(k, |r| r == NounRole::Complementizer);
        // "وأردف الحوثي مشددا:": a participle of saying may stand before the content.
        let participle = self.has(word + 1, |r| r == NounRole::SayingParticiple)
            && (content(word + 2) || self.is_punct(word + 2, ':') || self.is_punct(word + 2, '"'));
        // A name's words: no roles, no verb forms ("ووصف ما حدث بأنه" is the object), more than two letters.
        let plain = |k: usize| {
            self.roles(k).is_empty()
                && self.toks.get(k).is_some_and(|t| t.kind == TokenKind::Word)
                && self.forms.get(k).is_some_and(Option::is_none)
                && self.word(k).chars().nth(2).is_some()
        };
        // The content right after the name, or after an aside.
        let ends = |after: usize| content(after) || self.aside_then_content(after);
        participle
            || ends(word + 1)
            || (plain(word) && plain(word + 1) && (ends(word + 2) || (plain(word + 2) && ends(word + 3))))
    }

    /// Whether one to three words of a personal name stand at `k`, then what is said: a colon, a complementizer,
    /// or an aside before either ("على تليغرام:").
    pub(super) fn name_then_content(&self, k: usize) -> bool {
        let end = (k..(k + 3).min(self.toks.len()))
            .find(|&j| !crate::events::personal::may_be_personal_name(self, j))
            .unwrap_or(k + 3);
        let said = |j: usize| self.is_punct(j, ':') || self.has(j, |r| r == NounRole::Complementizer);
        end > k
            && (said(end)
                || self.aside_then_content(end)
                || (matches!(self.word(end), "علي" | "عبر")
                    && (end + 1..(end + 8).min(self.toks.len()))
                        .take_while(|&j| !self.is_punct(j, '.'))
                        .any(|j| self.is_punct(j, ':'))))
    }

    /// Whether an aside set off by a comma ("، وفق «Y»،") or told by a preposition ("على منصة إكس", "في
    /// تغريدة له", "في وقت سابق لوكالة X") opens at `after` and the content of a statement follows it, past a
    /// description and a platform ("، وهو مستشار لوزير الداخلية، على تليجرام، أن").
    pub(super) fn aside_then_content(&self, after: usize) -> bool {
        let aside = self.is_punct(after, ',') || matches!(self.word(after), "علي" | "عبر" | "في");
        aside
            && (after + 1..(after + 12).min(self.toks.len()))
                .take_while(|&k| !self.is_punct(k, '.'))
                .any(|k| self.has(k, |r| r == NounRole::Complementizer))
    }
}
