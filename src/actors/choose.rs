//! How the matcher chooses the actor of a shared name (an [`Ambiguity`]) from what it can see cheaply: the
//! words around the name, the article's date, and the countries of the other actors the text names.

use std::sync::OnceLock;

use chrono::NaiveDate;
use rustc_hash::FxHashSet;

use super::{Actor, ActorKind, Ambiguity, Role};
use crate::table::{forms_of, OUTLETS};
use crate::text::{fold_str, Token, TokenKind};

/// A declaration compiled: the candidates by index, their terms of office, the default.
#[derive(Debug, Clone)]
pub(super) struct Choice {
    candidates: Vec<Candidate>,
    default: Option<usize>,
}

#[derive(Debug, Clone)]
struct Candidate {
    actor: usize,
    media: bool,
    country: Option<Box<str>>,
    /// Every term of office of the actor, in any role.
    terms: Vec<(NaiveDate, Option<NaiveDate>)>,
}

/// Words after which a name is the source cited (folded; a leading "و" or "ف" is dropped before the look-up).
const CITING: &[&str] = &[
    "ذكرت",
    "افادت",
    "نقلت",
    "اوردت",
    "بثت",
    "نشرت",
    "قالت",
    "اعلنت",
    "اضافت",
    "حسب",
    "بحسب",
    "وفق",
    "وفقا",
    "عن",
    // The dative of the outlet spoken to, written apart before a quoted name: لـ"وفا".
    "ل",
    "نقلا",
    "لوكاله",
    "وكاله",
    "مراسل",
    "مراسله",
    "لمراسل",
    "لمراسله",
    // The same verbs with an object pronoun: وفق ما نقلته وام.
    "ذكرته",
    "نقلته",
    "اوردته",
    "بثته",
    "نشرته",
    "بثه",
    "بثها",
    "نقله",
    "نقلها",
    "نشره",
    "نشرها",
    // Through an outlet: وأعلن الحزب عبر "المنار"، عبر قناته "المنار".
    "عبر",
    "قناته",
    "قناتها",
    // The head noun of an outlet's name before the name in quotation marks: قناة "المسيرة".
    "قناه",
    "صحيفه",
    "جريده",
    "موقع",
    "شبكه",
    "اذاعه",
    "تلفزيون",
    "مجله",
];

impl Choice {
    /// Compiles a declaration checked by `check_ambiguities`.
    pub(super) fn new(
        d: &Ambiguity,
        actors: &[Actor],
        roles: &[Role],
        by_id: &std::collections::HashMap<smol_str::SmolStr, usize>,
    ) -> Choice {
        let candidates = d
            .actors
            .iter()
            .filter_map(|id| by_id.get(id.as_str()).copied())
            .map(|i| {
                let a = &actors[i];
                let terms = roles
                    .iter()
                    .flat_map(|r| &r.holders)
                    .filter(|h| h.actor == a.id)
                    .map(|h| (h.from, h.to))
                    .collect();
                Candidate {
                    actor: i,
                    media: a.kind == ActorKind::Media,
                    country: a.country.as_deref().map(Box::from),
                    terms,
                }
            })
            .collect();
        let default = d.default.as_deref().and_then(|id| by_id.get(id).copied());
        Choice { candidates, default }
    }

    /// The actor a shared name means at tokens `tokens` of a folded text (`start` is where the name begins
    /// after its proclitics), or `None`. `countries` counts the countries of the other actors of the text.
    pub(super) fn choose(
        &self,
        folded: &str,
        toks: &[Token],
        start: usize,
        tokens: (usize, usize),
        day: Option<NaiveDate>,
        countries: &[(&str, u32)],
    ) -> Option<usize> {
        // 1. A cited source: a news outlet among the candidates.
        if cited(folded, toks, start, tokens.0) {
            if let Some(c) = self.candidates.iter().find(|c| c.media) {
                return Some(c.actor);
            }
        }
        // A name declared for one actor is a word of the language as well: only a citation makes it a name.
        if self.candidates.len() < 2 {
            return None;
        }
        // 2. The one candidate in office on the article's date.
        if let Some(day) = day {
            let mut in_office = self.candidates.iter().filter(|c| {
                c.terms
                    .iter()
                    .any(|&(from, to)| from <= day && to.is_none_or(|to| day <= to))
            });
            if let (Some(c), None) = (in_office.next(), in_office.next()) {
                return Some(c.actor);
            }
        }
        // 3. The one candidate of the country the text names most.
        let votes = |c: &Candidate| {
            c.country
                .as_deref()
                .and_then(|code| countries.iter().find(|(k, _)| *k == code))
                .map_or(0, |&(_, n)| n)
        };
        let best = self.candidates.iter().map(votes).max().unwrap_or(0);
        if best > 0 {
            let mut top = self.candidates.iter().filter(|c| votes(c) == best);
            if let (Some(c), None) = (top.next(), top.next()) {
                return Some(c.actor);
            }
        }
        // 4. The declared default, unless the text is about another country than every candidate's: "القوات
        // الحكومية" in a Libyan story is not Syria's army. (Named twice at least: one foreign actor does not
        // make the story foreign.)
        let elsewhere = best == 0 && countries.iter().any(|&(_, n)| n >= 2);
        if elsewhere {
            return None;
        }
        self.default
    }
}

/// Whether `word` (folded, without its conjunction) is a verb by which a copy of a statement reached an outlet:
/// the `copy` rows of `data/attribution/outlets.tsv` ("في بيان وصل الأناضول نسخة منه", "اطلعت X على نسخة منه").
fn is_copy_verb(word: &str) -> bool {
    static COPY: OnceLock<FxHashSet<String>> = OnceLock::new();
    COPY.get_or_init(|| forms_of(OUTLETS, "copy").map(fold_str).collect())
        .contains(word)
}

/// Whether the name at token `first` stands where a source is cited: in brackets ("(قنا)"), after "ل" as
/// the addressee of a statement ("في تصريح لقنا"), or after a verb or preposition of citation ("ذكرت",
/// "بحسب", "نقلا عن", "اطلعت عليه").
fn cited(folded: &str, toks: &[Token], start: usize, first: usize) -> bool {
    let tok = &toks[first];
    let clitics = &folded[tok.start as usize..start];
    if clitics.ends_with('ل') {
        return true;
    }
    let word_at = |i: usize| &folded[toks[i].range()];
    let Some(mut prev) = first.checked_sub(1) else {
        return false;
    };
    // An opening quotation mark stands between the cue and the name: نقلت "وفا"، قناة "المسيرة".
    if toks[prev].kind == TokenKind::Punct && word_at(prev) == "\"" {
        match prev.checked_sub(1) {
            Some(before) => prev = before,
            None => return false,
        }
    }
    let word = word_at(prev);
    match toks[prev].kind {
        TokenKind::Punct => matches!(word, "(" | "[" | "/"),
        TokenKind::Word => {
            let bare = word.strip_prefix(['و', 'ف']).filter(|w| w.len() > 2).unwrap_or(word);
            // "في بيان اطلعت عليه الأناضول": the outlet a statement reached.
            let reached =
                matches!(word, "عليه" | "عليها") && prev.checked_sub(1).is_some_and(|p| is_copy_verb(word_at(p)));
            reached || CITING.contains(&bare) || CITING.contains(&word) || is_copy_verb(bare) || is_copy_verb(word)
        }
        TokenKind::Number => false,
    }
}

/// Counts the countries of the actors and roles a text names outside shared names, news outlets excluded
/// (an agency is cited whatever the story's country).
pub(super) fn count_country<'a>(countries: &mut Vec<(&'a str, u32)>, country: Option<&'a str>) {
    let Some(code) = country else {
        return;
    };
    match countries.iter_mut().find(|(k, _)| *k == code) {
        Some((_, n)) => *n += 1,
        None => countries.push((code, 1)),
    }
}

#[cfg(test)]
mod tests {
    use crate::actors::{Catalog, Target};
    use crate::text::{fold_str, tokenize, NameKeys};

    const SHARED: &str = r#"{"actors": [
        {"id": "qna", "name": "Qatar News Agency", "name_ar": "وكالة الأنباء القطرية", "aliases_ar": ["قنا"], "kind": "media", "country": "QA", "gender": "f"},
        {"id": "ahmed", "name": "Ahmed al-Sharaa", "name_ar": "أحمد الشرع", "aliases_ar": ["الشرع"], "kind": "person", "country": "SY", "gender": "m"},
        {"id": "farouk", "name": "Farouk al-Sharaa", "name_ar": "فاروق الشرع", "aliases_ar": ["الشرع"], "kind": "person", "country": "SY", "gender": "m"},
        {"id": "omar", "name": "Omar al-Sharaa", "name_ar": "عمر الشرع", "aliases_ar": ["الشرع"], "kind": "person", "country": "JO", "gender": "m"},
        {"id": "jo", "name": "Jordan", "name_ar": "الأردن", "kind": "state", "country": "JO", "gender": "m"},
        {"id": "tr", "name": "Turkey", "name_ar": "تركيا", "kind": "state", "country": "TR", "gender": "f"}],
      "roles": [
        {"id": "sy.president", "name": "President of Syria", "titles_ar": ["الرئيس السوري"], "country": "SY",
         "holders": [{"actor": "ahmed", "from": "2025-01-29", "to": null}]},
        {"id": "sy.vice-president", "name": "Vice President of Syria", "titles_ar": ["نائب الرئيس السوري"], "country": "SY",
         "holders": [{"actor": "farouk", "from": "2006-02-21", "to": "2014-07-17"}]}],
      "ambiguous": [
        {"alias": "قنا", "actors": ["qna"], "note": "also Qena, Egypt, and a word (spears)"},
        {"alias": "الشرع", "actors": ["ahmed", "farouk", "omar"], "default": "ahmed"}]}"#;

    fn found(catalog: &Catalog, text: &str, day: Option<&str>) -> Vec<String> {
        let folded = fold_str(text);
        let toks = tokenize(&folded);
        let day = day.map(|d| d.parse().unwrap());
        catalog
            .find_names_on(&folded, &toks, &NameKeys::new(&folded, &toks), day)
            .into_iter()
            .filter_map(|h| match h.target {
                Target::Actor(i) => Some(catalog.actor_at(i).id.to_string()),
                Target::Role(_) => None,
            })
            .collect()
    }

    #[test]
    fn a_word_declared_for_one_outlet_is_matched_only_where_a_source_is_cited() {
        let catalog = Catalog::from_json(SHARED).unwrap();
        assert_eq!(found(&catalog, "الدوحة (قنا) - أعلنت", None), ["qna"]);
        assert_eq!(found(&catalog, "وقال في تصريح لقنا إن", None), ["qna"]);
        assert_eq!(found(&catalog, "وذكرت قنا أن", None), ["qna"]);
        assert_eq!(found(&catalog, "ونقلت “قنا” عن مصادر", None), ["qna"]);
        assert_eq!(found(&catalog, "وفق ما نقلته قنا عن الوزير", None), ["qna"]);
        assert_eq!(found(&catalog, "الدوحة /قنا/ أعلنت", None), ["qna"]);
        assert!(found(&catalog, "في \"قنا\" أمس", None).is_empty());
        assert!(found(&catalog, "وصل إلى محافظة قنا أمس", None).is_empty());
        assert!(found(&catalog, "وزار قنا والأقصر", None).is_empty());
        // The full name needs no context.
        assert_eq!(found(&catalog, "أعلنت وكالة الأنباء القطرية", None), ["qna"]);
    }

    #[test]
    fn a_shared_name_goes_to_the_holder_in_office_then_the_country_then_the_default() {
        let catalog = Catalog::from_json(SHARED).unwrap();
        assert_eq!(found(&catalog, "وقال الشرع", Some("2012-05-01")), ["farouk"]);
        assert_eq!(found(&catalog, "وقال الشرع", Some("2025-05-01")), ["ahmed"]);
        // No one in office in 2020: the country of the other actors, else the default.
        assert_eq!(
            found(&catalog, "وأكد الأردن أن الشرع", Some("2020-05-01")),
            ["jo", "omar"]
        );
        assert_eq!(found(&catalog, "وقال الشرع", Some("2020-05-01")), ["ahmed"]);
        assert_eq!(found(&catalog, "وقال الشرع", None), ["ahmed"]);
    }

    #[test]
    fn a_shared_name_in_a_story_about_another_country_is_none_of_its_candidates() {
        let catalog = Catalog::from_json(SHARED).unwrap();
        // Named twice, Turkey makes the story Turkish: no candidate of "الشرع" is Turkish.
        let text = "وقالت تركيا إن الحدود مغلقة، وأكدت تركيا أن الشرع";
        assert_eq!(found(&catalog, text, Some("2020-05-01")), ["tr", "tr"]);
        // Named once, it does not: the default stands.
        assert_eq!(
            found(&catalog, "وقالت تركيا إن الشرع", Some("2020-05-01")),
            ["tr", "ahmed"]
        );
    }
}
