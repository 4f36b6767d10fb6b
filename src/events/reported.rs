//! What an outlet or an attribution word reports, read in the clause after it: the agent of a deed or the
//! speaker of a statement an outlet tells in a complement ("أفادت وكالة X بأن الطيران الحربي نفذ غارة", "قالت
//! سانا إن الجيش تصدى", "ووفقا لما نقلته X فإن ..."), and the actor an according-to phrase names ("بحسب مصدر
//! طبي", "وفق حصيلة جديدة لوزارة الصحة"), and the original speaker a relay names after "عن" ("نقلت وكالة X عن
//! Y", the issuer of "عن بيان صادر عن Y"). A crowd counted by a number word ("أن عشرات المسلحين اقتحموا") is an
//! agent too. The relay stage (`relay`) decides what these readings make of a clause's source and via.

use chrono::NaiveDate;

use super::chunk;
use super::lexicon::{one_of, same_as_before, strip_conjunction, Agreement, NounRole, VerbClass};
use super::memory::{self, Previous};
use super::phrase;
use super::referent::Referent;
use super::subject;
use super::verb::Predicate;
use super::via::{named_after_description, spoken_to_head, via_in};
use super::view::View;
use super::EventKind;
use super::Recognition;
use crate::actors::{ActorKind, Gender};
use crate::text::{without_pronoun, TokenKind};

/// How far after its complementizer the verb of a reported deed may stand: an agent of a dozen words.
const AGENT_REACH: usize = 12;

/// The actor a phrase opening at `k` names, and the token after it: a catalog name, a body ("وزارة الصحة
/// اللبنانية"), a speaker the catalog does not know ("مصادر محلية"), or a bare noun for an actor already named
/// ("الجيش").
fn actor_at(view: &View, mut k: usize, limit: usize, day: NaiveDate) -> Option<(Referent, usize)> {
    while k < limit && view.is_punct(k, '"') {
        k += 1;
    }
    if k >= limit {
        return None;
    }
    if view
        .name_of(k)
        .is_some_and(|n| view.names[n].clitic && view.word(k).starts_with('ل'))
    {
        return None;
    }
    // "حسب القناة ذاتها", "وفق الوكالة،": a bare noun alone for the body of its kind named before.
    let alone = |j: usize| j >= limit || view.toks[j].kind == TokenKind::Punct || same_as_before(view.word(j));
    let anaphor = view.roles(k).iter().find_map(|&r| match r {
        NounRole::Anaphor(kind, _) => Some(kind),
        _ => None,
    });
    if let Some(kind) = anaphor.filter(|_| chunk::is_definite(view.word(k)) && alone(k + 1)) {
        if let Some(r) = subject::anaphor(view, k, kind, day, None) {
            // Past "ذاتها"/"نفسها", which `alone` lets stand after it.
            let end = k + 1 + usize::from(k + 1 < limit && view.toks[k + 1].kind == TokenKind::Word);
            return Some((r.as_(r.how, Some(k..end)), end));
        }
    }
    // "وبحسب المصادر" after "مصادر في الشرطة": the unnamed speaker named before by the same head.
    if let Some(found) = super::speaker::head_said_before(view, k, limit) {
        return Some(found);
    }
    // A name, a body, a title before its holder ("الرئيس بشار الأسد") or an unnamed speaker.
    if let Some(found) = phrase::actor_at(view, k, limit) {
        return Some(found);
    }
    let word = view.word(k);
    for &role in view.roles(k) {
        match role {
            NounRole::SpeakerHead(gender) => return Some(phrase::headed(view, k, limit, gender)),
            NounRole::Anaphor(kind, _) if word.contains("ال") => {
                let r = subject::anaphor(view, k, kind, day, None)?;
                return Some((r.as_(r.how, Some(k..k + 1)), k + 1));
            }
            _ => {}
        }
    }
    if let Some(gender) = phrase::definite_head(view, word) {
        return Some(phrase::adhoc(view, k, limit, gender));
    }
    phrase::bare_body(view, k, limit)
}

/// What an outlet reports in its own words when the content names an agent and a verb: "أفادت الوكالة بأن
/// الطيران الحربي الإسرائيلي نفذ غارة", "قالت سانا إن الجيش السوري تصدى", or after a colon or a quotation mark
/// with the verb first ("قالت الوكالة: "استهدفت وحدة من الجيش ...""). None for a complement with a pronoun
/// ("أنه تم", "أنها"), a passive or a toll: those stay the outlet's statement. So does a deed of weapons no
/// one is named for ("قالت وكالة X إن طائرات مسيرة شنت هجوما"): the outlet's report is the event.
pub(super) fn reported_agent(view: &View, verb: &Predicate, end: usize, day: NaiveDate) -> Option<(Referent, usize)> {
    let c = verb.content;
    if c >= end {
        return None;
    }
    let complementizer = view.has(c, |r| r == NounRole::Complementizer);
    if complementizer && !matches!(view.word(c), "ان" | "بان" | "لان") {
        return None;
    }
    agent_in_content(view, c, end, complementizer, day).filter(|(agent, _)| !super::speaker::no_author(view, agent))
}

/// The agent of a deed an outlet reports after an attribution to it: "ووفقا لما نقلته وكالة X فإن الدفاعات
/// الجوية تصدت لصواريخ".
pub(super) fn agent_after_fa(view: &View, at: usize, end: usize, day: NaiveDate) -> Option<Referent> {
    let fa = (at + 1..end).find(|&k| !view.quoted[k] && view.word(k) == "فان")?;
    agent_in_content(view, fa, end, true, day).map(|(agent, _)| agent)
}

/// The agent named in a content opened at `c` (a complementizer, a colon, a quotation mark) with the verb of
/// their deed, and that verb's token.
fn agent_in_content(
    view: &View,
    c: usize,
    end: usize,
    complementizer: bool,
    day: NaiveDate,
) -> Option<(Referent, usize)> {
    let mut k = c + 1;
    // "قالت الصحيفة: "…", "اعترفت الصحيفة: بأن …".
    while k < end && (view.is_punct(k, '"') || view.is_punct(k, ':') || view.has(k, |r| r == NounRole::Complementizer))
    {
        k += 1;
    }
    let reach = (k + AGENT_REACH).min(end);
    // Verbs inside a quotation are not events of their own, so the view does not mark them: read the word.
    let finite =
        |j: usize| view.date_at[j].is_none() && view.name_at[j].is_none() && view.form(j).is_some_and(|h| !h.masdar);
    let first_verb = (k..reach).find(|&j| finite(j));
    if first_verb == Some(k) {
        return (!complementizer)
            .then(|| actor_at(view, k + 1, reach, day))
            .flatten()
            .map(|(agent, _)| (agent, k));
    }
    if let Some(found) = first_verb.and_then(|v| agent_of_deed_noun(view, k, v, reach, day)) {
        return Some(found);
    }
    let limit = first_verb.unwrap_or(reach);
    // "أن 4 آليات تابعة للجيش الإسرائيلي توغلت": a count in digits before a named body's vehicles or units.
    let (agent, mut after) = super::crowd::digits_before_members(view, k, limit)
        .or_else(|| counted(view, k, limit, first_verb))
        .or_else(|| actor_at(view, k, limit, day))?;
    if agent.who.kind(view.catalog, day) == Some(ActorKind::Media) {
        return None;
    }
    // Commas, quotation marks, "قد" and adjectives after a name ("طيران الكيان الحربي شن").
    while after < reach
        && (view.is_punct(after, ',')
            || view.is_punct(after, '"')
            || view.word(after) == "قد"
            || view.has(after, |r| r == NounRole::Adjective)
            || trailing_adjective(view, &agent, after))
    {
        after += 1;
    }
    // An agent the catalog does not know but whose country the text gives ("مسيّرة إسرائيلية أغارت") is named
    // too.
    let named =
        agent.how == Recognition::Name || matches!(&agent.who, super::referent::Who::AdHoc(a) if a.country.is_some());
    // A verb the vocabulary does not know may stand there before one it knows ("إن رئيس الوزراء X، ألمح في
    // تصريحات أدلى بها").
    let unknown_verb = first_verb.is_none_or(|f| f > after) && named && looks_like_verb(view, after);
    // "إن الشاب فلان قتل برصاص مجهولين": a verb that is also its own passive, then a cause or an agent, tells
    // what befell the person, who did nothing.
    let befell = view.has(after, |r| r == NounRole::PassiveReading) && super::verb::cause_at(view, after + 1);
    (!befell && (Some(after) == first_verb || unknown_verb)).then_some((agent, after))
}

/// A crowd counted by a number word at `k` as the agent of a reported deed ("أفادت الوكالة بأن عشرات المستوطنين
/// اقتحموا البلدة"): its verb `first_verb` is a deed in the plural, which says the count is of people who did
/// it; not a killing, whose plural after a count is mostly the toll's passive ("أن عشرات المدنيين قتلوا").
fn counted(view: &View, k: usize, limit: usize, first_verb: Option<usize>) -> Option<(Referent, usize)> {
    if !view.has(k, |r| matches!(r, NounRole::Quantifier | NounRole::GroupNoun)) {
        return None;
    }
    let hit = view.form(first_verb?)?;
    let verb = &view.lexicon.verbs[hit.verb as usize];
    let deed = verb.class == VerbClass::Action && verb.kind != EventKind::Killing;
    (deed && hit.agreement == Agreement::Plural)
        .then(|| super::crowd::crowd(view, k, limit, true))
        .flatten()
}

/// The agent of a deed told by its noun and a verb whose object pronoun stands for it, at the head of an
/// outlet's content: "أفادت الوكالة بأن غارة جوية شنتها الطائرات الإسرائيلية على البلدة أسفرت عن ...", "أن
/// "غارة عنيفة نفذتها الطائرات الحربية الإسرائيلية"": the raid is the agent's deed. `k` is the deed's noun (a
/// weapon or a raid, `platform` rows of armies.tsv), `v` the first verb after it, with the pronoun; the agent
/// after it must be named, or given a country, as a reported agent is.
fn agent_of_deed_noun(view: &View, k: usize, v: usize, reach: usize, day: NaiveDate) -> Option<(Referent, usize)> {
    let deed_noun = view.marked(k, super::lexicon::mark::PLATFORM) && !chunk::is_definite(view.word(k));
    let with_pronoun = view.form(v).is_some_and(|h| h.object);
    // Only the noun's adjectives stand between it and the verb ("غارة جوية", "غارة عنيفة").
    let adjectives = (k + 1..v).all(|j| view.toks[j].kind == TokenKind::Word && !chunk::is_definite(view.word(j)));
    if !(deed_noun && with_pronoun && adjectives) {
        return None;
    }
    let (agent, _) = actor_at(view, v + 1, reach, day)?;
    let named = agent.how == Recognition::Name
        || agent.how == Recognition::Role
        || matches!(&agent.who, super::referent::Who::AdHoc(a) if a.country.is_some());
    (named && agent.who.kind(view.catalog, day) != Some(ActorKind::Media)).then_some((agent, v))
}

/// Whether the word at `j` still describes the agent read just before it, which the agent's phrase left out: a
/// country adjective after a catalog name ("إن طيران العدو الإسرائيلي، يواصل غاراته"), or a weapon's indefinite
/// name used as an adjective after a weapon ("بأن طائرة إسرائيلية مسيرة ألقت قنابل").
fn trailing_adjective(view: &View, agent: &Referent, j: usize) -> bool {
    let word = view.word(j);
    if view.lexicon.nisba(word).is_some() {
        return chunk::is_definite(word) == agent_definite(view, agent);
    }
    let weapon = agent
        .tokens
        .as_ref()
        .is_some_and(|t| view.marked(t.start, super::lexicon::mark::PLATFORM));
    weapon && view.marked(j, super::lexicon::mark::PLATFORM) && !chunk::is_definite(word)
}

/// Whether the agent's phrase is definite: a nisba after it agrees with it ("الجيش ... السوري", "طائرة ...
/// إسرائيلية").
fn agent_definite(view: &View, agent: &Referent) -> bool {
    agent
        .tokens
        .as_ref()
        .is_some_and(|t| t.clone().any(|k| chunk::is_definite(view.word(k))))
}

/// Whether a word the vocabulary does not know may be the verb after an agent ("إن الجيش السوري تصدى"): a word
/// without the article, no name, date, number or vocabulary word.
fn looks_like_verb(view: &View, j: usize) -> bool {
    let word = view.word(j);
    let letters = word.chars().count();
    // "بأن القاهرة سترسل وفدا": a future is what is planned or said, not a deed the outlet reports.
    let future = letters >= 5 && ["سي", "ست", "سن"].iter().any(|p| word.starts_with(p)) && view.form(j).is_none();
    !future
        && (3..=8).contains(&letters)
        && !word.starts_with("ال")
        && view.roles(j).is_empty()
        && view.name_at[j].is_none()
        && view.date_at[j].is_none()
}

/// The actor an attribution word at `k` names ("بحسب مصدر طبي", "وفقًا للمرصد", "حسب ما أفادت مصادر محلية",
/// "وفق ما أوردته وكالة X"), with the outlet it spoke to ("مصادر عسكرية لـ«X»").
pub(super) fn according(
    view: &View,
    k: usize,
    start: usize,
    end: usize,
    day: NaiveDate,
) -> Option<(Referent, Option<Referent>)> {
    let mut j = k + view.according_len(k).unwrap_or(1);
    // "حسبما أفادت X", "وفقما أعلن X": the "ما" written joined to the according word.
    // "، على ما أعلن X": the phrase ends in its "ما".
    let joined = view.word(j - 1).ends_with("ما");
    if joined || matches!(view.word(j), "ما" | "لما") {
        j += usize::from(!joined);
        // "وفق ما أعلنت X", "وفقا لما أكده X": the verb, also with the pronoun of "ما".
        let w = view.word(j);
        let with_pronoun = without_pronoun(w).is_some_and(|s| view.lexicon.verb(s).is_some());
        if view.form(j).is_some() || with_pronoun || view.has(j, |r| r == NounRole::Via) {
            j += 1;
        }
        if matches!(view.word(j), "به" | "عنه" | "عنها") {
            j += 1;
        }
    } else if view.word(j) == "ل" {
        j += 1;
    }
    let reach = (j + AGENT_REACH).min(end);
    // The teller ends at its comma ("وبحسب مسؤول أمني، أصيب أربعة أشخاص": what follows is the news), unless a
    // second comma closes a name set off after it ("بحسب المتحدث باسم الشرطة، فلان الفلاني،").
    let comma = (j..reach).find(|&c| super::apposition::aside(view, c));
    let reach = match comma {
        Some(c) if !(c + 1..reach).any(|k| super::apposition::aside(view, k)) => c,
        _ => reach,
    };
    let (source, after) = match view.name_starting(j) {
        // "وفقا للمرصد": the name keeps its "ل".
        Some(n) if view.names[n].clitic => (phrase::name(view, n).0, view.names[n].tokens.1),
        _ => actor_at(view, j, reach, day)
            .or_else(|| phrase::dative_actor(view, j, reach))
            .or_else(|| issuer(view, j, reach, day))?,
    };
    // "ووفقًا لوكالة X، أعلن ...": the clause of the verb after it holds what is reported.
    let punct = |i: usize| view.toks[i].kind == TokenKind::Punct;
    if (start..k).all(punct) && (after..end).all(punct) {
        return None;
    }
    let via = (after < end)
        .then(|| via_in(view, after..(after + 4).min(end)))
        .flatten()
        // "وفق ما أفاد مسؤول مطلع على سير المفاوضات وكالة X".
        .or_else(|| named_after_description(view, after, end))
        // "حسبما قال مصدر طبي لـ الميدان", "وفق ما أفاد مسؤول لوكالة محلية".
        .or_else(|| spoken_to_head(view, after, (after + 4).min(end)))
        .filter(|v| !v.who.same(&source.who, view.catalog, day));
    Some((source, via))
}

/// The body that issued a report named after the attribution word ("وفق إحصائية أولية لوزارة الأشغال", "بحسب
/// بيان للجيش", "وفق حصيلة جديدة لوزارة الصحة"): the actor after "ل" within a few words of the report noun.
///
/// Also one that issued it ("حسب بيانات صادرة عن مكتب X", "وفق بيان صادر من وزارة X"), a verb with the report
/// as its object and the issuer after it ("بحسب حصيلة أعلنها مسؤول في وزارة X"), or the issuer as the genitive
/// of the report's noun ("بحسب بيان وزارة الصحة", "ووفقا لبيانات وكالة X"). A word that says which report it
/// is may stand before the noun ("حسب آخر حصيلة للسلطات المحلية").
fn issuer(view: &View, j: usize, reach: usize, day: NaiveDate) -> Option<(Referent, usize)> {
    let j = j + usize::from(view.has(j, |r| r == NounRole::ReportModifier));
    let word = view.word(j);
    let noun = |w: &str| {
        view.lexicon.has(w, |r| r == NounRole::StatementNoun) || strip_conjunction(w).unwrap_or(w) == "بيانات"
    };
    // "وفقا لتقرير صادر عن X": the dative glued to the report.
    let glued = word.strip_prefix('ل').filter(|w| !w.starts_with('ل') && noun(w));
    if !noun(word) && glued.is_none() {
        return None;
    }
    // A noun without the article is in construct state: the word after it may be its issuer.
    let construct = !chunk::is_definite(strip_conjunction(glued.unwrap_or(word)).unwrap_or(word));
    (j + 1..(j + 4).min(reach)).find_map(|k| {
        let issued = matches!(view.word(k), "صادر" | "صادره" | "الصادر" | "الصادره");
        if issued && matches!(view.word(k + 1), "عن" | "من") {
            return actor_at(view, k + 2, reach, day);
        }
        if view.form(k).is_some_and(|h| h.object) {
            return actor_at(view, k + 1, reach, day);
        }
        if let Some(n) = view.name_starting(k).filter(|&n| view.names[n].clitic) {
            return view.word(k).starts_with('ل').then(|| phrase::name(view, n));
        }
        if view.word(k) == "ل" {
            return actor_at(view, k + 1, reach, day);
        }
        phrase::dative_actor(view, k, reach).or_else(|| {
            (construct && k == j + 1)
                .then(|| actor_at(view, k, reach, day))
                .flatten()
        })
    })
}

/// In a relay ("نقلت وكالة X تصريحات Y", "نقلت وكالة X عن Y"), the original speaker.
///
/// Also past a comma, a date or an outlet's acronym set off by commas ("ونقلت وكالة X، عن Y", "ونقلت شبكة X،
/// مساء الثلاثاء، عن Y", "وذكرت وكالة X، «Z»، نقلا عن Y").
pub(super) fn relayed_speaker(view: &View, from: usize, end: usize, day: NaiveDate) -> Option<Referent> {
    let mut k = from;
    // Words read past a date or an aside do not count towards the reach.
    let mut skipped = 0;
    while k < end && k < from + 5 + skipped {
        let word = view.word(k);
        // "نقلت هيئة البث على لسان المتحدث أن", "على لسانه": the words of the one whose tongue it was.
        let tongue = word == "علي" && view.word(k + 1).starts_with("لسان");
        if tongue {
            if let Some(gender) = match view.word(k + 1) {
                "لسانه" => Some(Gender::Masculine),
                "لسانها" => Some(Gender::Feminine),
                _ => None,
            } {
                return memory::latest_named(view, k, gender, day, &Previous::default())
                    .map(|r| r.as_(Recognition::Anaphor, Some(k..k + 2)));
            }
        }
        let opens = word == "عن" || tongue || view.has(k, |r| r == NounRole::StatementNoun);
        if opens {
            let j = k + 1 + usize::from(tongue);
            if let Some(n) = view.name_starting(j) {
                return Some(phrase::name(view, n).0);
            }
            // "نقلت وكالة X عن بيان صادر عن Y": the body that issued the statement, not a name inside it; "عن
            // بيان للجيش": the body of that kind named before.
            if let Some((body, _)) = (word == "عن")
                .then(|| {
                    let reach = end.min(j + AGENT_REACH);
                    phrase::document_of(view, j, reach).or_else(|| issuer(view, j, reach, day))
                })
                .flatten()
            {
                return Some(body);
            }
            let head = view.word(j);
            // "عن أحد الناجين، ويدعى فلان،": one of a crowd, maybe named after it; "عن إحدى الكتائب قولها" in the
            // feminine.
            if let Some(g) = one_of(head).filter(|_| chunk::is_definite(view.word(j + 1))) {
                return Some(phrase::adhoc(view, j, end, g).0);
            }
            if let Some(person) = surname_quoted(view, j, end).or_else(|| unknown_quoted(view, j, end)) {
                return Some(person);
            }
            // "ونقل موقع X عن مصادره أن": the outlet's own sources, named with its pronoun.
            if let Some(g) = own_speakers(view, head) {
                return Some(phrase::adhoc(view, j, j + 1, g).0);
            }
            if let Some(NounRole::SpeakerHead(g)) = view
                .lexicon
                .noun(head)
                .iter()
                .copied()
                .find(|r| matches!(r, NounRole::SpeakerHead(_)))
            {
                // "عن المتحدث باسم الشرطة، فلان الفلاني، قوله": the person in apposition; "عن المتحدث باسمها
                // عباس موسوي قوله": the person named after the title.
                if let Some((person, _)) = phrase::apposed_unknown(view, j, end, g)
                    .or_else(|| phrase::titled_person(view, j, end, g).filter(|(r, _)| r.names_person()))
                {
                    return Some(person);
                }
                return Some(phrase::adhoc(view, j, end, g).0);
            }
            // "عن إدارة الإعلام الأمني قولها", "عن محافظ الحديدة قوله": a body or an office the catalog may
            // not know.
            if view.has(j, |r| matches!(r, NounRole::Institution(..) | NounRole::Title(_))) {
                let title = view.roles(j).iter().find_map(|&r| match r {
                    NounRole::Title(g) => Some(g),
                    _ => None,
                });
                // "عن وزير الخارجية البوركيني فلان الفلاني قوله": the person the title names, whole.
                if let Some((person, _)) = title
                    .and_then(|g| phrase::titled_person(view, j, end, g))
                    .filter(|(r, _)| r.names_person())
                {
                    return Some(person);
                }
                if let Some((found, _)) = phrase::actor_at(view, j, end) {
                    return Some(found);
                }
                if let Some(g) = title {
                    // "عن مستشار وزير الداخلية، فلان الفلاني، قوله": the person in apposition.
                    if let Some((person, _)) = phrase::apposed_unknown(view, j, end, g) {
                        return Some(person);
                    }
                    return Some(phrase::adhoc(view, j, end, g).0);
                }
            }
            if head.contains("ال") {
                if let Some(NounRole::Anaphor(kind, _)) = view.lexicon.noun(head).first().copied() {
                    return subject::anaphor(view, j, kind, day, None);
                }
            }
            // "ونقلت قناة X عن التحالف أن", "عن القيادة العامة قولها": a body the vocabulary does not know, or
            // a body's head alone ("عن الشرطة القول إن"), when what it said follows ("عن" is also "about").
            let said = |after: usize| {
                view.word(after) == "القول"
                    || view.has(after, |r| {
                        matches!(r, NounRole::Complementizer | NounRole::StatementNoun)
                    })
            };
            if chunk::is_definite(head) {
                if view.roles(j).is_empty() && view.place_at[j].is_none() {
                    let (body, after) = phrase::adhoc(view, j, end, Gender::Masculine);
                    if said(after) {
                        return Some(body);
                    }
                }
                if let Some((body, after)) = phrase::bare_body(view, j, end) {
                    let after = if view.is_punct(after, ',') { after + 1 } else { after };
                    if said(after) {
                        return Some(body);
                    }
                }
            }
        }
        // "وذكرت وزارة الدفاع (البنتاغون) في بيان نقلا عن": a name in brackets after the relay's.
        if view.is_punct(k, '(') {
            if let Some(close) = (k + 2..(k + 5).min(end)).find(|&i| view.is_punct(i, ')')) {
                skipped += close + 1 - k;
                k = close + 1;
                continue;
            }
        }
        if let Some(d) = view.date_of(k) {
            let mut after = view.dates[d].tokens.end;
            // The comma that closes a date set off by commas.
            if view.is_punct(after, ',') {
                after += 1;
            }
            skipped += after - k;
            k = after;
            continue;
        }
        // "وأضافت الوكالة، نقلًا عن مصادر أمنية، أن ...": a comma before a via word does not end the search.
        // Nor one before a date ("، مساء الثلاثاء، عن") or before an acronym in quotation marks ("، «سانا»، ").
        // Nor one before عن itself ("ونقلت وكالة X الروسية، عن مستشار ...").
        if view.is_punct(k, ',')
            && !view.has(k + 1, |r| r == NounRole::Via)
            && view.date_covering(k + 1).is_none()
            && view.word(k + 1) != "عن"
        {
            match acronym_aside(view, k, end).or_else(|| description_aside(view, k, end)) {
                Some(after) => {
                    skipped += after - k;
                    k = after;
                    continue;
                }
                None => break,
            }
        }
        k += 1;
    }
    None
}

/// The gender of a speaker head with a possessive pronoun, the relay's own sources: "مصادره", "مصادرها". (A
/// singular head with "ه" may be a feminine noun whose "ة" is folded to "ه".)
fn own_speakers(view: &View, word: &str) -> Option<Gender> {
    let stem = without_pronoun(word)?;
    if stem != "مصادر" && stem != "مراسل" {
        return None;
    }
    view.lexicon.noun(stem).iter().find_map(|&r| match r {
        NounRole::SpeakerHead(g) => Some(g),
        _ => None,
    })
}

/// How far after the surname at "عن" the noun of what was said may stand, past an aside ("عن فلان، في تغريدة
/// له، اليوم الأربعاء، قوله").
const SAYING_REACH: usize = 12;

/// A surname after "عن" in a relay, with the noun of what was said after it: "ونقلت وكالة X عن الفلاني قوله"
/// after "سمير الفلاني" earlier in the text, the person the text named in full (the catalog's or not). The
/// surname alone is no catalog name, and "عن" is also "about": what was said ("قوله", "قولها") must follow.
fn surname_quoted(view: &View, j: usize, end: usize) -> Option<Referent> {
    let word = view.word(j);
    let plain = chunk::may_be_personal_name(view, j) || (chunk::is_definite(word) && view.roles(j).is_empty());
    if !plain || view.name_at[j].is_some() || view.lexicon.nisba(word).is_some() || word.chars().count() < 3 {
        return None;
    }
    let saying = saying_after(view, j + 1, end)?;
    memory::surname_named_before(view, j, saying).map(|(person, _)| person)
}

/// The gender of the noun of what was said ("قوله", "قولها") within [`SAYING_REACH`] words from `from`, past an
/// aside but not past a verb or the end of the sentence.
fn saying_after(view: &View, from: usize, end: usize) -> Option<Gender> {
    (from..end.min(from + SAYING_REACH))
        .take_while(|&k| !view.is_stop(k) && view.finite_verb_at(k).is_none())
        .find_map(|k| match view.word(k) {
            "قوله" => Some(Gender::Masculine),
            "قولها" => Some(Gender::Feminine),
            _ => None,
        })
}

/// A person the catalog does not know, named in full after "عن" in a relay, with the noun of what was said
/// after the name or an aside on them: "ونقلت وكالة X عن فلان الفلاني، المتحدث باسم الكتيبة، قوله". Two words
/// of a name at least; "عن" is also "about", so what was said must follow.
fn unknown_quoted(view: &View, j: usize, end: usize) -> Option<Referent> {
    let name = super::personal::person_after(view, j, end).filter(|p| p.start == j && p.len() >= 2)?;
    let gender = saying_after(view, name.end, end)?;
    let text = view.original(name.clone()).trim().to_string();
    Some(Referent::unknown_person(text, gender, None, None, name))
}

/// The token after a short description of the outlet set off by commas, from the comma at `k`, when "عن"
/// follows it: "ونقلت وكالة X، المقربة من الحرس الثوري، عن مصدر". A verb or a stop in it ends the search.
fn description_aside(view: &View, k: usize, end: usize) -> Option<usize> {
    const REACH: usize = 8;
    let close = (k + 2..(k + 2 + REACH).min(end))
        .take_while(|&i| !view.is_stop(i) && view.finite_verb_at(i).is_none())
        .find(|&i| view.is_punct(i, ','))?;
    (view.word(close + 1) == "عن").then_some(close + 1)
}

/// The token after an outlet's acronym set off by commas, from the comma at `k`: "، «سانا»، ", "، "وال"، ".
fn acronym_aside(view: &View, k: usize, end: usize) -> Option<usize> {
    let open = k + 1;
    if !view.is_punct(open, '"') {
        return None;
    }
    let close = (open + 2..(open + 4).min(end)).find(|&i| view.is_punct(i, '"'))?;
    let words = (open + 1..close).all(|i| view.toks[i].kind == TokenKind::Word);
    (words && view.is_punct(close + 1, ',')).then_some(close + 2)
}

#[cfg(test)]
#[path = "reported_tests.rs"]
mod tests;
