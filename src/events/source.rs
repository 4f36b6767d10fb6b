//! Anonymous sources: what the phrase of a source head goes on to say about where the source stands ("مصدر
//! من داخل المخيم", "مصدر مقرب من الحركة"), so that the source is named as the text names it and not by its bare
//! head, which names no one ("وقال المصدر" after it is that source again); and "المصدر" for the speaker quoted
//! last when no source was named before ("قال فلان المتحدث باسم X … وأوضح المصدر").

use chrono::NaiveDate;

use super::chunk;
use super::lexicon::NounRole;
use super::memory::Previous;
use super::referent::Referent;
use super::view::View;
use super::Recognition;
use crate::actors::ActorKind;

/// How far a quoted name after "من" may run, in tokens ("من «قوات الدعم السريع»").
const QUOTED_REACH: usize = 7;

/// One past the phrase of the source head at `head`, whose own phrase ends at `end`, when "من" follows with
/// where the source stands: a definite noun, a place, a body of the catalog, a quoted name, or a noun in
/// construct ("مصدر من داخل مخيم الشاطئ", "مصادر من الحركة", "مصدر مقرب من «الجبهة»", "مصدر من مكتب رئيس
/// الوزراء"). The bare head "مصدر" is everyone's word: cut there, two sources of one article are one actor, and
/// the source the text names is lost. "من" before a pronoun or an adverb ("مصدر من جهته") adds nothing.
pub(crate) fn affiliation_end(view: &View, head: usize, end: usize, limit: usize) -> usize {
    if !view.has(head, |r| r == NounRole::Partial) || view.word(end) != "من" {
        return end;
    }
    let j = end + 1;
    if j >= limit || view.quoted[j] && !view.is_punct(j, '"') {
        return end;
    }
    if view.is_punct(j, '"') {
        return (j + 2..(j + QUOTED_REACH).min(limit))
            .find(|&c| view.is_punct(c, '"'))
            .map_or(end, |close| close + 1);
    }
    if view.toks[j].kind != crate::text::TokenKind::Word || view.date_covering(j).is_some() || view.verb_at(j).is_some()
    {
        return end;
    }
    let np = chunk::chunk(view, j, limit);
    let named = chunk::is_definite(view.word(j)) || view.name_starting(j).is_some() || view.place_starting(j).is_some();
    if named || np.body_end > j + 1 {
        np.body_end
    } else {
        end
    }
}

/// The person who spoke last, for the definite source head at `k` ("وأوضح المصدر" after "قال فلان المتحدث
/// باسم X"), whose word without the article is `bare` and whose phrase ends at `end`, when no source of that
/// head was named before (the caller has looked): the writer calls the person they quoted "the source", even
/// after a body's statement in between. A body or a state spoken of last is not taken: "المصدر" after "أعلن
/// الجيش …، بحسب تصريح رئيس الإدارة" is the one the according-to phrase names. An adjective of its own
/// ("المصدر الأمني") names a source of its own kind.
pub(crate) fn said_again(
    view: &View,
    k: usize,
    end: usize,
    bare: &str,
    previous: &Previous,
    day: NaiveDate,
) -> Option<(Referent, usize)> {
    if end != k + 1 || !view.lexicon.noun(bare).contains(&NounRole::OneSource) {
        return None;
    }
    // A person, or one unnamed teller: a speaker the catalog does not know whose phrase opens with a singular
    // head of one source or one official ("قال مسؤول في قوات X … وأضاف المصدر"), not witnesses or sources.
    let person = |r: &Referent| match r.who.kind(view.catalog, day) {
        Some(ActorKind::Person) => true,
        Some(ActorKind::AdHoc) => r.tokens.as_ref().is_some_and(|t| one_teller(view, t.start)),
        _ => false,
    };
    if let Some(last) = previous.subject.as_ref().filter(|r| person(r)) {
        return Some((last.as_(Recognition::Anaphor, Some(k..end)), end));
    }
    // The person or unnamed teller named last as a subject, of the catalog or not.
    let unknown = previous
        .entities
        .iter()
        .map(|known| &known.referent)
        .filter(|r| person(r))
        .filter_map(|r| Some((r, r.tokens.as_ref()?.start)));
    let listed = previous.named.iter().filter(|(r, _)| person(r)).map(|(r, at)| (r, *at));
    let (last, _) = unknown
        .chain(listed)
        .filter(|&(_, at)| at < k)
        .max_by_key(|&(_, at)| at)?;
    Some((last.as_(Recognition::Anaphor, Some(k..end)), end))
}

/// Whether the phrase at `head` opens with a singular head of one source or one official ("مصدر أمني", "مسؤول
/// في الحزب"), with no article: one teller the writer may call "المصدر" later.
fn one_teller(view: &View, head: usize) -> bool {
    let word = view.word(head);
    let bare = super::lexicon::strip_conjunction(word).unwrap_or(word);
    view.has(head, |r| matches!(r, NounRole::OneSource | NounRole::Official)) && !bare.starts_with("ال")
}

#[cfg(test)]
mod tests {
    use crate::events::Extractor;

    fn sources(text: &str) -> Vec<Option<String>> {
        let article = Extractor::new().extract(text, "2024-12-06".parse().expect("an anchor"));
        article
            .events
            .into_iter()
            .map(|e| e.source.map(|s| s.name.to_string()))
            .collect()
    }

    #[test]
    fn a_source_is_named_with_where_it_stands() {
        let got = sources(
            "وقال مصدر من داخل مخيم الشاطئ لوكالة رويترز إن القصف توقف. وأضاف المصدر أن الطرق مغلقة. وأفادت مصادر \
             من الحركة أن القادة اجتمعوا. وذكر مصدر مقرب من «الجبهة» أن الهدنة صامدة.",
        );
        assert_eq!(
            got,
            [
                Some("مصدر من داخل مخيم الشاطئ".to_string()),
                Some("مصدر من داخل مخيم الشاطئ".to_string()),
                Some("مصادر من الحركة".to_string()),
                Some("مصدر مقرب من «الجبهة»".to_string()),
            ]
        );
        // "من" before a pronoun or an adverb says nothing of the source.
        assert_eq!(sources("وقال مصدر من جهته إن القصف توقف."), [Some("مصدر".to_string())]);
    }

    #[test]
    fn the_source_after_a_named_speaker_is_that_speaker() {
        let got = sources(
            "قال سامي العلي المتحدث باسم لجنة الأهالي لوكالة رويترز إن القصف توقف. وأوضح المصدر أن الطرق مغلقة.",
        );
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].as_deref(), Some("سامي العلي"), "{got:?}");
        assert_eq!(got[1], got[0]);
        // After a body's statement in between, still the person quoted.
        let got = sources(
            "قال سامي العلي المتحدث باسم لجنة الأهالي لوكالة رويترز إن القصف توقف. وأعلنت وزارة الصحة اللبنانية أن \
             المستشفيات تعمل. وأضاف المصدر أن الطرق مغلقة.",
        );
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[2].as_deref(), Some("سامي العلي"), "{got:?}");
        // With no person quoted before, the head as written.
        let got = sources("أعلنت وزارة الصحة اللبنانية أن المستشفيات تعمل. وأضاف المصدر أن الطرق مغلقة.");
        assert_eq!(got[1].as_deref(), Some("المصدر"), "{got:?}");
        // With an adjective of its own, a source of its own kind.
        let got = sources("قال سامي العلي لوكالة رويترز إن القصف توقف. وقال المصدر الأمني إن الطرق مغلقة.");
        assert_eq!(got[1].as_deref(), Some("المصدر الأمني"), "{got:?}");
    }
}
