//! A bare definite noun for the latest actor of its kind ("وقالت السفارة", "بيان للجيش"): the actor of that
//! kind named before it, by the same head first, with the army's rule for "الجيش" ([`anaphor`]).

use chrono::NaiveDate;

use super::super::lexicon::{definite_of_dative, strip_conjunction, NounRole};
use super::super::referent::{Referent, Who};
use super::super::view::View;
use super::super::Recognition;
use super::{Previous, ANAPHOR_REACH};
use crate::actors::{ActorKind, Target};

/// The latest actor of a kind named before token `before`, or the previous source if it is one. The
/// search goes back [`ANAPHOR_REACH`] tokens at most.
pub(crate) fn anaphor(
    view: &View,
    before: usize,
    kind: ActorKind,
    day: NaiveDate,
    previous: Option<&Previous>,
) -> Option<Referent> {
    let definite = definite_form(view.word(before));
    let found = latest_of_kind(view, before, &definite, kind, day, previous)?;
    // "وأعلن الجيش" ("بيان للجيش") with no army named before it: the armed forces of the country of the body found (the
    // paramilitary or the ministry of that state), not that body.
    if definite == "الجيش" {
        if let Who::Actor(a) = found.who {
            let actor = view.catalog.actor_at(a);
            let army = actor.country.as_deref().and_then(|c| view.lexicon.army(c));
            if let Some(army) = army.filter(|&id| id != actor.id) {
                if let Some(index) = view.catalog.actor_index(army) {
                    return Some(Referent {
                        who: Who::Actor(index),
                        how: Recognition::Anaphor,
                        tokens: None,
                        gender: None,
                    });
                }
            }
        }
    }
    Some(found)
}

/// A bare noun as it stands in the nominative, without its "و" and with the article a dative "ل" absorbed:
/// "وللجيش" and "الجيش" are both "الجيش".
fn definite_form(word: &str) -> std::borrow::Cow<'_, str> {
    let word = strip_conjunction(word).unwrap_or(word);
    definite_of_dative(word).map_or(word.into(), Into::into)
}

/// Whether the name `n` is the outlet a speaker talked to ("قال مصدر إيراني لوكالة رويترز"): "ل" glued to it,
/// no statement noun before it ("في بيان لوكالة X" is the agency's own). A bare "الوكالة" later is not that
/// outlet but the one that spoke.
fn addressed(view: &View, n: &super::super::view::NameTok, day: NaiveDate) -> bool {
    let k = n.tokens.0;
    n.clitic
        && view.word(k).starts_with('ل')
        && Who::from(n.target).kind(view.catalog, day) == Some(ActorKind::Media)
        && !(k > 0 && view.has(k - 1, |r| r == NounRole::StatementNoun))
}

/// [`anaphor`] before the army's rule: the latest actor of the kind, for the noun at `before` in its definite
/// form.
fn latest_of_kind(
    view: &View,
    before: usize,
    definite: &str,
    kind: ActorKind,
    day: NaiveDate,
    previous: Option<&Previous>,
) -> Option<Referent> {
    let end = view.names.partition_point(|n| n.tokens.1 <= before);
    let reach = before.saturating_sub(ANAPHOR_REACH);
    // "وقالت الهيئة" after "في بيان لهيئة الدفاع المدني": a body named with the same head since the previous
    // speaker was named is the one meant, though it spoke in no event.
    // Further back, a body named with the same head ("الجيش السوداني") is meant rather than a previous speaker
    // of the kind named by another head ("قوات الدعم السريع"): "وقال الجيش" is not the paramilitary.
    let stem = definite.strip_prefix("ال");
    let head_of = |k: usize, clitic: bool| {
        let first = view.word(k);
        let first = if clitic {
            first.strip_prefix(['ل', 'ب']).unwrap_or(first)
        } else {
            first
        };
        stem.is_some_and(|stem| {
            strip_conjunction(first)
                .unwrap_or(first)
                .strip_prefix("ال")
                .unwrap_or(first)
                == stem
        })
    };
    if stem.is_some() {
        // Any kind the noun stands for: "الهيئة" is a group's body or a state's, and the body named "هيئة X" is
        // meant before the latest group of another head.
        let listed = |who: &Who| {
            let of = who.kind(view.catalog, day);
            of == Some(kind) || view.has(before, |r| matches!(r, NounRole::Anaphor(k, _) if Some(k) == of))
        };
        let last_speaker = previous.and_then(|p| p.subject.as_ref());
        let same_head_speaker = last_speaker.filter(|s| s.tokens.as_ref().is_some_and(|t| head_of(t.start, false)));
        let since = same_head_speaker
            .and_then(|s| s.tokens.as_ref())
            .map_or(reach, |t| t.end.max(reach));
        let same_head = view.names[..end]
            .iter()
            .rev()
            .take_while(|n| n.tokens.0 >= since)
            .filter(|n| !addressed(view, n, day))
            .find(|n| head_of(n.tokens.0, n.clitic) && listed(&Who::from(n.target)));
        if let Some(n) = same_head {
            return Some(Referent {
                who: Who::from(n.target),
                how: Recognition::Anaphor,
                tokens: None,
                gender: None,
            });
        }
        // "قالت هيئة عمليات التجارة البحرية ... وأضافت الهيئة": no other body of that head since the previous
        // speaker, who is named with it, so the noun names that speaker again.
        if let Some(s) = same_head_speaker.filter(|s| listed(&s.who)) {
            return Some(s.as_(Recognition::Anaphor, s.tokens.clone()));
        }
    }
    // "وأعلنت الفصائل" after "قال الجيش السوري": a non-state group's anaphor is never a state's army.
    let non_state = view.has(before, |r| r == NounRole::NonState);
    let fits = |who: &Who| who.kind(view.catalog, day) == Some(kind) && !(non_state && state_army(view, who, day));
    if let Some(p) = previous.and_then(|p| p.subject.as_ref()) {
        if fits(&p.who) && !(non_state && state_force(view, p, day)) {
            return Some(p.as_(Recognition::Anaphor, p.tokens.clone()));
        }
    }
    let named = view.names[..end]
        .iter()
        .rev()
        .take_while(|n| n.tokens.0 >= reach)
        .filter(|n| !addressed(view, n, day))
        .find_map(|n| {
            let who = Who::from(n.target);
            fits(&who).then_some((
                n.tokens.0,
                Referent {
                    who,
                    how: Recognition::Anaphor,
                    tokens: None,
                    gender: None,
                },
            ))
        });
    // An actor the catalog does not know, named later than the latest catalog name of the kind: one of the
    // kind, or one named with the same head ("وأضافت الفصائل" after "فصائل عراقية مسلحة").
    let entities = previous.map_or(&[][..], |p| &p.entities[..]);
    let unknown = entities.iter().rev().map(|k| &k.referent).find_map(|e| {
        let at = e.tokens.as_ref()?.start;
        let meant = fits(&e.who) || head_of(at, false);
        (at < before && at >= reach && meant && !(non_state && state_force(view, e, day))).then_some((at, e))
    });
    // "وأعلن المسلحون": the group that acted last, before a group only named since ("زعيم جماعة X", "بتنظيم X").
    let group = previous
        .and_then(|p| p.group.as_ref())
        .filter(|_| non_state && kind == ActorKind::ArmedGroup)
        .and_then(|g| Some((g.tokens.as_ref()?.start, g)))
        .filter(|&(at, _)| at < before && at >= reach);
    if let Some((at, g)) = group {
        if unknown.is_none_or(|(later, _)| later <= at) {
            return Some(g.as_(Recognition::Anaphor, None));
        }
    }
    match (named, unknown) {
        (Some((at, _)), Some((later, e))) if later > at => Some(e.as_(Recognition::Anaphor, None)),
        (None, Some((_, e))) => Some(e.as_(Recognition::Anaphor, None)),
        (named, _) => named.map(|(_, r)| r),
    }
}

/// Whether `who` is a state's armed forces (`army` rows of `armies.tsv`).
fn state_army(view: &View, who: &Who, day: NaiveDate) -> bool {
    who.actor(view.catalog, day)
        .is_some_and(|a| a.country.as_deref().and_then(|c| view.lexicon.army(c)) == Some(a.id.as_str()))
}

/// Whether `r` is a state's armed forces: of the catalog, or named by a head that stands for a state's
/// forces ("الجيش الكونغولي": an anaphor of armed groups that is no non-state one).
pub(super) fn state_force(view: &View, r: &Referent, day: NaiveDate) -> bool {
    let head = r
        .tokens
        .as_ref()
        .map(|t| t.start)
        .filter(|_| matches!(r.who, Who::AdHoc(_)));
    state_army(view, &r.who, day)
        || head.is_some_and(|k| {
            view.has(k, |role| matches!(role, NounRole::Anaphor(ActorKind::ArmedGroup, _)))
                && !view.has(k, |role| role == NounRole::NonState)
        })
}

/// The catalog actor that a bare noun at `k` with a `short-of-name` row stands for: the one actor whose names in
/// the text, before or after it (within [`ANAPHOR_REACH`] tokens either way, so that a long text stays linear),
/// hold that noun as one of their words ("وواصل النظام قصفه" where "قوات النظام" and "طائرات النظام السوري" name
/// the Syrian army; "وواصلت المقاومة" where "المقاومة الإسلامية" names Hezbollah). Names of two actors, or none,
/// name no one.
pub(crate) fn short_of_name(view: &View, k: usize) -> Option<Referent> {
    if !view.has(k, |r| r == NounRole::ShortOfName) {
        return None;
    }
    let word = definite_form(view.word(k));
    let from = view
        .names
        .partition_point(|n| n.tokens.0 < k.saturating_sub(ANAPHOR_REACH));
    let to = view.names.partition_point(|n| n.tokens.0 < k + ANAPHOR_REACH);
    let near = &view.names[from..to];
    // The one actor named with the word after its head ("قوات النظام"), else the one named with the word as
    // its head ("المقاومة الإسلامية في لبنان"); two actors where the word is first found name no one.
    let one_of = |inside: bool| -> Result<Option<Target>, ()> {
        let mut found: Option<Target> = None;
        for n in near.iter().filter(|n| n.tokens.0 > k || n.tokens.1 <= k) {
            let (first, end) = n.tokens;
            let at = |j: usize| definite_form(view.word(j)) == word;
            let holds = end - first >= 2
                && matches!(n.target, Target::Actor(_))
                && if inside { (first + 1..end).any(at) } else { at(first) };
            match found {
                _ if !holds => {}
                Some(t) if t != n.target => return Err(()),
                _ => found = Some(n.target),
            }
        }
        Ok(found)
    };
    let target = match one_of(true).ok()? {
        Some(t) => t,
        None => one_of(false).ok()??,
    };
    Some(Referent {
        who: Who::from(target),
        how: Recognition::Anaphor,
        tokens: Some(k..k + 1),
        gender: None,
    })
}

/// The actor a bare noun with a `self-named` row at `k` stands for ("وواصلت المقاومة عملياتها", "وأقالت السلطات
/// قائد الشرطة"): the one actor whose name in the text holds it ([`short_of_name`]), else the actor `earlier`
/// finds (a body of its kind named before, where the caller looks for one), else the noun's phrase as the text
/// writes it, up to `limit`, of `gender`. With the token after what it names.
pub(crate) fn self_named(
    view: &View,
    k: usize,
    limit: usize,
    gender: crate::actors::Gender,
    earlier: impl FnOnce() -> Option<Referent>,
) -> Option<(Referent, usize)> {
    if !view.has(k, |r| r == NounRole::SelfNamed) {
        return None;
    }
    if let Some(found) = short_of_name(view, k).or_else(earlier) {
        return Some((found.as_(found.how, Some(k..k + 1)), k + 1));
    }
    Some(super::super::phrase::adhoc(view, k, limit, gender))
}
