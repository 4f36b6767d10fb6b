//! Anonymous sources: what the phrase of a source head goes on to say about where the source stands ("مصدر
//! من داخل المخيم", "مصدر مقرب من الحركة"), so that the source is named as the text names it and not by its bare
//! head, which names no one ("وقال المصدر" after it is that source again).

use super::chunk;
use super::lexicon::NounRole;
use super::view::View;

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

#[cfg(test)]
mod tests {
    use crate::events::Extractor;

    fn sources(text: &str) -> Vec<Option<String>> {
        let article = Extractor::new().extract(text, "2024-12-06".parse().expect("an anchor"));
        article.events.into_iter().map(|e| e.source.map(|s| s.name)).collect()
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
}
