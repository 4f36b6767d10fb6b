//! The outlet that passes a statement on (`via`), found by where it is named: the one spoken to ("لوكالة X",
//! "-للجزيرة-"), after a via word ("نقلا عن X", "وفق ما أوردته X"), right after the speaker as the speech
//! verb's object ("أفادت مصادر محلية «X» بأن"), or in quotation marks at the end of a statement.

use std::ops::Range;

use super::lexicon::{NounRole, VerbClass};
use super::outlet::{self, OutletAt};
use super::phrase;
use super::referent::Referent;
use super::view::View;
use super::Recognition;
use crate::actors::ActorKind;
use crate::text::TokenKind;

/// An outlet the catalog does not know, named as the one spoken to between dashes right after the speaker:
/// "قال مصدر عسكري -للجزيرة- إن ...".
pub(super) fn dash_dative(view: &View, from: usize, content: usize) -> Option<Referent> {
    let dash = (from..content.min(from + 3)).find(|&k| view.is_punct(k, '-'))?;
    let first = dash + 1;
    let close = (first + 1..(first + 6).min(content)).find(|&k| view.is_punct(k, '-'))?;
    let fits = (first..close)
        .all(|k| view.is_punct(k, '"') || (view.toks[k].kind == TokenKind::Word && view.roles(k).is_empty()));
    let words: Vec<usize> = (first..close)
        .filter(|&k| view.toks[k].kind == TokenKind::Word)
        .collect();
    let (&dative, _) = words.split_first()?;
    if !fits || (first..close).any(|k| view.name_at[k].is_some()) {
        return None;
    }
    // "-لـ«X»-" (a lone ل before the name) or "-للجزيرة-" ("ل" + "الجزيرة", the article's alif dropped); the
    // name keeps the text's spelling.
    let named: Vec<String> = if view.word(dative) == "ل" {
        words[1..]
            .iter()
            .map(|&k| view.original(k..k + 1).to_string())
            .collect()
    } else {
        let rest = view.word(dative).strip_prefix('ل').filter(|r| r.chars().count() >= 2)?;
        let original = view.original(dative..dative + 1);
        let written = original
            .strip_prefix('ل')
            .map_or(original, |r| r.trim_start_matches('ـ'));
        let head = match (rest.starts_with('ل'), written.strip_prefix('ل')) {
            (true, Some(noun)) => format!("ال{noun}"),
            _ => written.to_string(),
        };
        std::iter::once(head)
            .chain(words[1..].iter().map(|&k| view.original(k..k + 1).to_string()))
            .collect()
    };
    if named.is_empty() || named.len() > 3 {
        return None;
    }
    Some(adhoc_outlet(named.join(" "), first..close))
}

/// The outlet a speaker talks to, named by its head between the speaker and the content, whether the catalog
/// knows it or not: "لصحيفة «X»", "لقناة الحدث", "في لقاء تلفزيوني مع فضائية «X» المصرية", "في مقابلة مع
/// صحيفة X".
pub(super) fn spoken_to_head(view: &View, from: usize, content: usize) -> Option<Referent> {
    (from..content).filter(|&k| !view.quoted[k]).find_map(|k| {
        // Every form below opens with the dative "ل" but a conversation's ("في مقابلة مع") and an according
        // word's ("وفق"): most words are let go after one look.
        if !view.word(k).starts_with('ل')
            && !view.has(k, |r| {
                matches!(r, NounRole::Interview | NounRole::According | NounRole::Via)
            })
        {
            return None;
        }
        // "وأضاف فلان وفق الجزيرة:": a short name right after an according word, closed by a mark or the
        // content, is the catalog's outlet, as after the dative.
        if let Some(known) = short_name_after_according(view, k, content) {
            return Some(known);
        }
        if let Some((tokens, id)) = outlet::dative_short_name(view, k, content) {
            return Some(match id.and_then(|id| view.catalog.actor_index(id)) {
                Some(a) => Referent::named(a, tokens),
                None => {
                    // The name as written, without the dative and the quotation marks.
                    let name = (tokens.start + 1..tokens.end)
                        .filter(|&j| view.toks[j].kind == TokenKind::Word)
                        .map(|j| view.original(j..j + 1))
                        .collect::<Vec<_>>()
                        .join(" ");
                    adhoc_outlet(name, tokens)
                }
            });
        }
        // "وفي حديث للأناضول، قال": a catalog outlet with the dative glued to it.
        if let Some(n) = view.name_starting(k) {
            let name = view.names[n];
            if name.clitic && view.word(k).starts_with('ل') && outlet::is_outlet(view, &name) {
                return Some(phrase::name(view, n).0);
            }
        }
        let word = view.word(k);
        // "لـ«الأناضول»": a lone dative before a catalog outlet in quotation marks.
        if word == "ل" {
            if let Some(OutletAt::Catalog(n)) = outlet::named_at(view, k + 1, content) {
                return outlet::is_outlet(view, &view.names[n]).then(|| phrase::name(view, n).0);
            }
        }
        // "لصحيفة", "لـقناة", "للتلفزيون": the dative glued to the outlet's head.
        if outlet::is_dative_head(word) {
            return outlet::named_after_dative_head(view, k, content).map(|found| match found {
                // The name as written, without the dative's "ل".
                OutletAt::Headed(tokens) => {
                    // "لقناتي «العربية» و«الحدث»".
                    if let Some(known) = short_name_after_head(view, tokens.clone()) {
                        return known;
                    }
                    let written = view.original(tokens.clone());
                    let name = written.strip_prefix('ل').unwrap_or(written).trim_start_matches('ـ');
                    // "للتلفزيون الرسمي": the dative took the article's alif, which the name gets back.
                    let name = if word.starts_with("لل") {
                        format!("ا{name}")
                    } else {
                        name.to_string()
                    };
                    adhoc_outlet(name.replace('"', "").trim().to_string(), tokens)
                }
                found => outlet_referent(view, found),
            });
        }
        // A conversation, then "مع" within a few words, then the outlet.
        if !view.has(k, |r| r == NounRole::Interview) {
            return None;
        }
        // "مع", or else "على"/"عبر" before the outlet's head ("في مداخلة على قناة «X»"), as for a catalog outlet.
        let near = k + 1..(k + 4).min(content);
        let (with, on) = match near.clone().find(|&j| view.word(j) == "مع") {
            Some(j) => (j, false),
            None => (near.into_iter().find(|&j| matches!(view.word(j), "علي" | "عبر"))?, true),
        };
        // "في مقابلة مع «العربية»", "في لقاء مع الجزيرة": a short name, quoted or not, is the catalog's outlet.
        if !on {
            if let Some((tokens, id)) = outlet::quoted_short_name(view, with + 1) {
                return view.catalog.actor_index(id).map(|a| Referent::named(a, tokens));
            }
            if let Some(a) = outlet::short_name(view.word(with + 1)).and_then(|id| view.catalog.actor_index(id)) {
                return Some(Referent::named(a, with + 1..with + 2));
            }
        }
        match outlet::named_at(view, with + 1, content)? {
            OutletAt::Catalog(n) => (!on && outlet::is_outlet(view, &view.names[n])).then(|| phrase::name(view, n).0),
            found => Some(outlet_referent(view, found)),
        }
    })
}

/// The catalog outlet named by its short name right after an according or via word at `k` ("وفق الجزيرة:",
/// "بحسب العربية،"), where a mark, the content or the clause's end closes it: elsewhere the word is common
/// ("بحسب العربية الفصحى").
fn short_name_after_according(view: &View, k: usize, content: usize) -> Option<Referent> {
    let j = k + 1;
    if j >= content || !view.has(k, |r| matches!(r, NounRole::According | NounRole::Via)) {
        return None;
    }
    let id = outlet::short_name(view.word(j))?;
    let closed = j + 1 >= content || view.toks[j + 1].kind == TokenKind::Punct;
    closed
        .then(|| view.catalog.actor_index(id))
        .flatten()
        .map(|a| Referent::named(a, j..j + 1))
}

/// An outlet the catalog does not know, named in quotation marks after an according word and a verb of
/// reporting at the end of a statement: "..., حسبما ذكرت «X».", "وفق ما أوردته «X»".
pub(super) fn reported_by_quoted(view: &View, range: Range<usize>) -> Option<Referent> {
    let k = range
        .clone()
        .rev()
        .find(|&k| !view.quoted[k] && view.has(k, |r| r == NounRole::According))?;
    let mut j = k + 1;
    if view.word(j) == "ما" {
        j += 1;
    }
    view.form(j).filter(|h| !h.masdar)?;
    let open = j + 1;
    if !view.is_punct(open, '"') {
        return None;
    }
    let close = (open + 2..(open + 5).min(range.end)).find(|&i| view.is_punct(i, '"'))?;
    let words = (open + 1..close).all(|i| view.toks[i].kind == TokenKind::Word && view.name_at[i].is_none());
    // The quotation closes the clause: what follows is punctuation only.
    let last = (close + 1..range.end).all(|i| view.toks[i].kind == TokenKind::Punct);
    if !words || !last {
        return None;
    }
    let text = (open + 1..close)
        .map(|i| view.original(i..i + 1))
        .collect::<Vec<_>>()
        .join(" ");
    Some(adhoc_outlet(text, open + 1..close))
}

/// The outlet that carried a statement, named after a relay word in `scope`: "في تصريحات نقلها التلفزيون
/// الرسمي", "عبر قناة «X» التابعة لها", "حسب ما ذكرت وسائل الإعلام المحلية", or the one a copy of the
/// statement reached ("في بيان وصل X نسخة منه", "في بيان اطلعت X على نسخة منه").
pub(super) fn carried(view: &View, scope: Range<usize>) -> Option<Referent> {
    scope.clone().filter(|&k| !view.quoted[k]).find_map(|k| {
        let found = if view.has(k, |r| r == NounRole::Via) || outlet::is_carrier(view, k) {
            outlet_after_via(view, k, scope.end)
        } else if outlet::is_copy_verb(view, k) {
            copy_reached(view, k, scope.end)
        } else {
            None
        };
        // "ووفقا لموقع أخبار اليمن، فقد ...": after an according word the name runs to the comma.
        let named = found.as_ref().filter(|_| view.has(k, |r| r == NounRole::According));
        let to_comma = named.and_then(|o| name_to_end(view, o, scope.end));
        to_comma.or(found).map(|o| outlet_referent(view, o))
    })
}

/// The outlet a copy of a statement reached, named in an adverbial without a verb of its own before the clause
/// that tells the statement: "وفي بيان اطلعت X على نسخة منه، قالت ...".
/// So does the outlet named after a relay word there: "وفي بيان له، نقلته وكالة X، توعد ...".
pub(super) fn copy_before(view: &View, lead: Range<usize>) -> Option<Referent> {
    let relay = |k: usize| view.has(k, |r| r == NounRole::Via) || outlet::is_carrier(view, k);
    let k = lead
        .clone()
        .find(|&k| !view.quoted[k] && (outlet::is_copy_verb(view, k) || relay(k)))?;
    if lead.clone().any(|j| j != k && view.verb_at(j).is_some()) {
        return None;
    }
    let found = if outlet::is_copy_verb(view, k) {
        copy_reached(view, k, lead.end)
    } else {
        outlet_after_via(view, k, lead.end)
    };
    found.map(|o| outlet_referent(view, o))
}

/// The outlet that carried a statement, named after the last relay word of a clause and closing it: "...،
/// بحسب التلفزيون الرسمي الإيراني.", "...، حسب ما ذكرت وسائل الإعلام المحلية.".
pub(super) fn carried_at_end(view: &View, range: Range<usize>) -> Option<Referent> {
    let k = range
        .clone()
        .rev()
        .find(|&k| !view.quoted[k] && view.has(k, |r| r == NounRole::Via))?;
    let found = outlet_after_via(view, k, range.end)?;
    let to_end = name_to_end(view, &found, range.end);
    closing(view, found, range.end).or_else(|| closing(view, to_end?, range.end))
}

/// The outlet spoken to in the conversation that "وذلك" points back to after the content: "...، وذلك في تصريح
/// لوكالة X", "...، وذلك خلال مقابلة مع قناة X".
pub(super) fn spoken_to_after_content(view: &View, range: Range<usize>) -> Option<Referent> {
    let k = range
        .clone()
        .skip(1)
        .find(|&k| view.word(k) == "وذلك" && view.is_punct(k - 1, ',') && !view.quoted[k])?;
    let told = matches!(view.word(k + 1), "في" | "خلال") && view.has(k + 2, |r| r == NounRole::Interview);
    told.then(|| spoken_to_head(view, k + 2, range.end)).flatten()
}

/// How many words after its head the name of an outlet the catalog does not know may run to the end of the
/// clause: "بحسب صحيفة عاجل", "وفقا لوسائل إعلام محلية ووكالة الأنباء الرسمية".
const NAME_TO_END: usize = 4;

/// An outlet's head the catalog does not know, with every word after it up to the end of the clause as its
/// name: "...، بحسب موقع أخبار اليمن.", "...، وفقا لصحيفة المرصد.", "...، بحسب الموقع الرسمي للأمم المتحدة.".
/// A relay word and an outlet's head that close a clause name the outlet with what follows them, even where
/// those words are not adjectives (a name the lexicon reads as a common noun, an owner after "لـ").
fn name_to_end(view: &View, found: &OutletAt, end: usize) -> Option<OutletAt> {
    let OutletAt::Headed(head) = found else { return None };
    // Up to the first mark that is not a quotation mark: a comma or the clause's end.
    let last = (head.end..end)
        .find(|&j| view.toks[j].kind == TokenKind::Punct && !view.is_punct(j, '"'))
        .unwrap_or(end);
    // An apostrophe or a bracket inside a name ("صحيفة L'Orient") leaves it to other readers.
    if last < end && !view.is_punct(last, ',') && !view.is_punct(last, '.') {
        return None;
    }
    // A relative clause or a verb after the outlet ("بحسب صحيفة X التي نشرت ...") tells more than its name.
    let plain = (head.end..last).all(|j| {
        view.is_punct(j, '"')
            || (view.toks[j].kind == TokenKind::Word
                && !view.has(j, |r| r == NounRole::Relative)
                && view.verb_at(j).is_none()
                && view.form(j).is_none()
                && view.date_at[j].is_none())
    });
    let words = (head.end..last)
        .filter(|&j| view.toks[j].kind == TokenKind::Word)
        .count();
    (plain && (1..=NAME_TO_END).contains(&words)).then_some(OutletAt::Headed(head.start..last))
}

/// The referent of an outlet found in a clause that ends at `end`, when only punctuation (its closing quotation
/// mark or bracket, the full stop) and the clause's date ("، اليوم الأربعاء.") follow it: the outlet closes the
/// clause.
fn closing(view: &View, found: OutletAt, end: usize) -> Option<Referent> {
    let after = found.end(view);
    (after..end)
        .all(|i| view.toks[i].kind == TokenKind::Punct || view.date_at[i].is_some())
        .then(|| outlet_referent(view, found))
}

/// The outlet that reported a clause, named at its end after "كما" (or "على ما") and a verb of saying, or its
/// correspondent: "...، كما ذكر مراسل وكالة X.", "...، على ما أورد التلفزيون الرسمي.". (With a content after it, "، كما
/// أفادت X بأن ..." is a statement of its own.)
pub(super) fn as_reported_at_end(view: &View, range: Range<usize>) -> Option<Referent> {
    // "كما" (or "على ما") + verb + correspondent + an outlet's name of a few words: within the clause's last
    // dozen tokens.
    // The word is compared whole with its three spellings (with "و", "ف" or none), its bytes read once a token
    // in place: most tokens end otherwise.
    let kama = |k: usize| {
        let w = view.word_bytes(k);
        w.ends_with("كما".as_bytes())
            && (w.len() == "كما".len()
                || (w.len() == "وكما".len() && (w.starts_with("و".as_bytes()) || w.starts_with("ف".as_bytes()))))
    };
    // "على ما أورد التلفزيون الرسمي", the wire's "as": the same.
    let ala_ma = |k: usize| k > 0 && view.word(k) == "ما" && view.word(k - 1) == "علي";
    let k = (range.start.max(range.end.saturating_sub(12))..range.end)
        .rev()
        .find(|&k| !view.quoted[k] && (kama(k) || ala_ma(k)))?;
    let verb = view.form(k + 1)?;
    if !matches!(
        view.lexicon.verbs[verb.verb as usize].class,
        VerbClass::Speech | VerbClass::Relay
    ) {
        return None;
    }
    let mut j = k + 2;
    if view.has(j, |r| r == NounRole::Correspondent) {
        j += 1;
    }
    closing(view, outlet::named_at(view, j, range.end)?, range.end)
}

/// The outlet named after a relay word at `k`: "بثه X", "عبر X", "نقلا عن X", "حسب ما ذكرت X", "حسبما ذكرت
/// X", "وفق ما أفادت به X".
fn outlet_after_via(view: &View, k: usize, end: usize) -> Option<OutletAt> {
    let mut j = k + 1;
    // "حسب ما ذكرت X", or "ما" glued to the word ("-حسبما أفادت قناة (X) اليوم-"): the verb after it is skipped
    // either way, so that the outlet is read where it stands.
    let glued = view.word(k).ends_with("ما");
    if glued || matches!(view.word(j), "ما" | "لما") {
        j += usize::from(!glued);
        if view.form(j).is_some() || view.has(j, |r| r == NounRole::Via) {
            j += 1;
        }
    }
    if matches!(view.word(j), "به" | "عنه" | "عنها" | "عن") {
        j += 1;
    }
    // "وفقا لوسائل إعلام محلية".
    outlet::named_at(view, j, end).or_else(|| outlet::dative_headed(view, j))
}

/// The outlet a copy reached, named after the copy verb at `k`: "وصل X نسخة منه", "اطلعت X على نسخة منه".
fn copy_reached(view: &View, k: usize, end: usize) -> Option<OutletAt> {
    // "في بيان اطلعت عليه الأناضول", "اطلعت وكالة X عليه": the statement itself, not a copy, reached the outlet.
    let on_it = |j: usize| matches!(view.word(j), "عليه" | "عليها");
    if on_it(k + 1) {
        return outlet::named_at(view, k + 2, end).or_else(|| outlet::quoted_at(view, k + 2, end));
    }
    let found = outlet::named_at(view, k + 1, end).or_else(|| outlet::quoted_at(view, k + 1, end))?;
    // Past the outlet's acronym in brackets ("وكالة الأنباء الألمانية (د.ب.أ) نسخة منه").
    let mut j = view.past_bracketed_name(found.end(view), end);
    while j < end && view.is_punct(j, '"') {
        j += 1;
    }
    // "على" may stand before the copy.
    (outlet::is_copy_noun(view, j) || outlet::is_copy_noun(view, j + 1) || on_it(j)).then_some(found)
}

/// The referent of an outlet named in a relay.
pub(super) fn outlet_referent(view: &View, found: OutletAt) -> Referent {
    match found {
        OutletAt::Catalog(n) => phrase::name(view, n).0,
        OutletAt::Headed(tokens) if same_outlet_again(view, tokens.clone()) => outlet_named_before(view, tokens.start)
            .unwrap_or_else(|| adhoc_outlet(view.original(tokens.clone()).to_string(), tokens)),
        OutletAt::Headed(tokens) => {
            // "عبر شاشة «الجزيرة»".
            if let Some(known) = short_name_after_head(view, tokens.clone()) {
                return known;
            }
            let text = view.original(tokens.clone());
            // The outlet's name without the dative glued to it ("لوسائل إعلام" names "وسائل إعلام").
            let text = match outlet::dative_headed(view, tokens.start) {
                Some(_) => text.trim_start_matches(['ل', 'ـ']),
                None => text,
            };
            adhoc_outlet(text.to_string(), tokens)
        }
    }
}

/// The catalog's outlet named by its short name right after an outlet's head ("لقناتي «العربية»", "عبر شاشة
/// «الجزيرة»"): the head with that name names the outlet itself, not one the catalog does not know.
fn short_name_after_head(view: &View, tokens: Range<usize>) -> Option<Referent> {
    let inner = (tokens.start + 1..tokens.end).find(|&j| !view.is_punct(j, '"'))?;
    let id = outlet::short_name(view.word(inner))?;
    view.catalog.actor_index(id).map(|a| Referent::named(a, tokens))
}

/// Whether `tokens` name an outlet named before by a bare noun: "حسب القناة ذاتها", "وفق الوكالة نفسها".
fn same_outlet_again(view: &View, tokens: Range<usize>) -> bool {
    let mut words = tokens.filter(|&k| view.toks[k].kind == TokenKind::Word);
    let head = words.next();
    head.is_some_and(|k| view.has(k, |r| matches!(r, NounRole::Anaphor(ActorKind::Media, _))))
        && words.all(|k| super::lexicon::same_as_before(view.word(k)))
}

/// The outlet named last before token `k`, as a bare noun for it refers to it ("وقالت قناة X ... وحسب القناة
/// ذاتها").
fn outlet_named_before(view: &View, k: usize) -> Option<Referent> {
    let before = view.names.partition_point(|n| n.tokens.1 <= k);
    let n = (0..before).rev().find(|&n| outlet::is_outlet(view, &view.names[n]))?;
    let (found, _) = phrase::name(view, n);
    Some(found.as_(Recognition::Anaphor, Some(k..k + 1)))
}

/// An outlet the catalog does not know, by the words that name it.
fn adhoc_outlet(text: String, tokens: Range<usize>) -> Referent {
    Referent {
        who: super::referent::Who::AdHoc(std::rc::Rc::new(super::referent::AdHoc {
            text,
            gender: crate::actors::Gender::Feminine,
            kind: ActorKind::Media,
            country: None,
            role: None,
        })),
        how: Recognition::AdHoc,
        tokens: Some(tokens),
        gender: Some(crate::actors::Gender::Feminine),
    }
}

/// The outlet a clause names as the channel of its content: "لوكالة X", "في اتصال مع X", "بحسب X", "نقلا عن
/// X", "وفق ما أفادت به X", "أوردته قناة X".
pub(super) fn via_in(view: &View, range: Range<usize>) -> Option<Referent> {
    for k in range.clone() {
        let Some(n) = view.name_of(k) else { continue };
        let name = view.names[n];
        if !outlet::is_outlet(view, &name) {
            continue;
        }
        let after_via = (k.saturating_sub(5)..k)
            .rev()
            .take_while(|&j| view.toks[j].kind == TokenKind::Word || view.is_punct(j, '"'))
            .any(|j| view.has(j, |r| r == NounRole::Via));
        let head_dative = k > range.start && {
            let prev = view.word(k - 1);
            prev.strip_prefix('ل')
                .is_some_and(|rest| view.lexicon.has(rest, |r| matches!(r, NounRole::SpeakerHead(_))))
        };
        if outlet::spoken_to(view, &name) || after_via || head_dative {
            return Some(phrase::name(view, n).0);
        }
    }
    None
}

/// The outlet of an according phrase that opens the sentence before the clause, alone: "وبحسب وكالة «X»، تعهد
/// الجيش ...", "ووفقا لقناة X، قصفت ...": it relays what the clause tells.
pub(super) fn according_lead(view: &View, lead: Range<usize>) -> Option<Referent> {
    let k = lead.clone().find(|&k| !view.quoted[k])?;
    if !view.has(k, |r| r == NounRole::According) {
        return None;
    }
    let found = outlet::named_at(view, k + 1, lead.end).or_else(|| {
        // "وفقا لقناة X": the dative glued to the outlet's head.
        let rest = view.word(k + 1).strip_prefix('ل')?;
        outlet::is_bare_head(rest)
            .then(|| outlet::named_after_dative_head(view, k + 1, lead.end))
            .flatten()
    })?;
    let mut end = found.end(view);
    while end < lead.end && (view.is_punct(end, '"') || view.is_punct(end, ',')) {
        end += 1;
    }
    match found {
        OutletAt::Catalog(n) if end == lead.end && outlet::is_outlet(view, &view.names[n]) => {
            Some(phrase::name(view, n).0)
        }
        _ => None,
    }
}

/// A catalog outlet a statement was sent to, named after "إلى" in the clause that tells it: "أعلنت الجماعة
/// مسؤوليتها في رسالة أرسلتها إلى وكالة X", "وقال في تصريحات إلى قناة X إن". Not in a quotation.
pub(super) fn sent_to(view: &View, range: Range<usize>) -> Option<Referent> {
    range.clone().find_map(|k| {
        // The name after it first: one look-up in a table, where most words start no name.
        let n = view.name_starting(k + 1).filter(|&n| !view.names[n].clitic)?;
        if view.word(k) != "الي" || view.quoted[k] {
            return None;
        }
        (view.names[n].tokens.1 <= range.end && outlet::is_outlet(view, &view.names[n]))
            .then(|| phrase::name(view, n).0)
    })
}

/// An outlet named right after the speaker, as the object of the speech verb: "وأفادت مصادر محلية «X» بأن",
/// "حسب ما أفادت مصادر أمنية وكالة X"; also set off by commas right before what is said ("وأبلغ مصدر أمني،
/// وكالة «X»، بأن").
pub(super) fn named_after_speaker(view: &View, mut k: usize, content: usize) -> Option<Referent> {
    let set_off = view.is_punct(k, ',');
    k += usize::from(set_off);
    while k < content && view.is_punct(k, '"') {
        k += 1;
    }
    let n = view
        .name_starting(k)
        .filter(|&n| k < content && !view.names[n].clitic)?;
    if set_off {
        let mut end = view.names[n].tokens.1;
        while end < content && view.is_punct(end, '"') {
            end += 1;
        }
        if !(view.is_punct(end, ',') && end + 1 == content) {
            return None;
        }
    }
    outlet::is_outlet(view, &view.names[n]).then(|| phrase::name(view, n).0)
}

/// How many words a speaker's description may run before the outlet its speech verb takes as object.
const DESCRIPTION_REACH: usize = 6;

/// An outlet named as the speech verb's object after a short description of the speaker that starts at `from`:
/// "أفاد مسؤول مطلع على سير المفاوضات وكالة X الأحد", "وأفاد شهود من سكان المدينة وكالة X بأن". The description
/// is words without a verb or a date; it ends in a definite word or a name, which takes no genitive ("مدير وكالة
/// X" is the agency's director), and the outlet ends it where a mark, a date or `limit` (the content) follows.
pub(super) fn named_after_description(view: &View, from: usize, limit: usize) -> Option<Referent> {
    let reach = limit.min(from + DESCRIPTION_REACH + 1);
    let plain =
        |j: usize| view.toks[j].kind == TokenKind::Word && view.verb_at(j).is_none() && view.date_at[j].is_none();
    // The end of the last name or place the description holds.
    let mut named_to = from;
    for j in from..reach {
        if let Some(n) = view.name_starting(j).filter(|&n| j > from && !view.names[n].clitic) {
            let closed = view.word(j - 1).starts_with("ال") || named_to == j;
            let end = view.names[n].tokens.1;
            let ends = end >= limit || view.toks[end].kind == TokenKind::Punct || view.date_at[end].is_some();
            if closed && ends && outlet::is_outlet(view, &view.names[n]) {
                return Some(phrase::name(view, n).0);
            }
        }
        if !plain(j) {
            return None;
        }
        if let Some(n) = view.name_at[j] {
            named_to = named_to.max(view.names[n as usize].tokens.1);
        }
        if let Some(p) = view.place_at[j] {
            named_to = named_to.max(view.places[p as usize].tokens.1);
        }
    }
    None
}

/// The outlet whose own sources speak, named right after their head: "أفادت مصادر الجزيرة بأن", "وقالت مصادر
/// «وكالة X» إن". The sources are the source, the outlet relays them (a short name, "العربية",
/// "الجزيرة", is that outlet there too). `speaker` is the subject the text names, a head the catalog does not
/// know.
pub(super) fn sources_outlet(view: &View, speaker: &Referent) -> Option<Referent> {
    let tokens = speaker.tokens.clone().filter(|_| speaker.how == Recognition::AdHoc)?;
    if !view.has(tokens.start, |r| matches!(r, NounRole::SpeakerHead(_)))
        || view.has(tokens.start, |r| r == NounRole::Correspondent)
    {
        return None;
    }
    let mut k = tokens.start + 1;
    while k < tokens.end && view.is_punct(k, '"') {
        k += 1;
    }
    if let Some(n) = view.name_starting(k).filter(|&n| !view.names[n].clitic) {
        return outlet::is_outlet(view, &view.names[n]).then(|| phrase::name(view, n).0);
    }
    let id = outlet::short_name(view.word(k))?;
    view.catalog.actor_index(id).map(|a| Referent::named(a, k..k + 1))
}

/// Whether a via word ("بحسب", "نقلا عن") stands within three words before the relay's name.
pub(super) fn via_word_before(view: &View, via: &Referent) -> bool {
    via.tokens.as_ref().is_some_and(|t| {
        (t.start.saturating_sub(4)..t.start)
            .filter(|&j| !view.is_punct(j, '"'))
            .any(|j| view.has(j, |r| r == NounRole::Via))
    })
}

#[cfg(test)]
#[path = "via_tests.rs"]
mod tests;
