//! Referents: who a phrase of the text stands for, and how the text named them. A role is resolved to its
//! holder only once the event is dated, so a referent keeps the role until then.

use std::ops::Range;
use std::rc::Rc;

use chrono::NaiveDate;
use smol_str::SmolStr;

use super::view::View;
use super::{ActorRef, Recognition};
use crate::actors::{Actor, ActorKind, Catalog, Gender, Target};

/// An actor before its date is known: roles are resolved once the event is dated.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Who {
    Actor(usize),
    Role(usize),
    AdHoc(Rc<AdHoc>),
}

/// An actor the catalog does not know, named by the text's phrase (for a person, their name), with the
/// office a title gave them and the country of the phrase.
///
/// Behind a pointer in [`Who`]: inline, its three strings made a `Referent` 112 bytes, moved whole (tens of
/// vector moves each time) by every rule that returns or passes one on; so, a `Referent` is 48 bytes. Shared
/// (`Rc`), never changed once built: a clone of a `Referent` copies no string, and dropping one frees nothing
/// but the last copy (the inlined drop of three strings was in some fifty places).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct AdHoc {
    pub text: String,
    pub gender: Gender,
    pub kind: ActorKind,
    pub country: Option<SmolStr>,
    pub role: Option<SmolStr>,
}

impl From<Target> for Who {
    fn from(target: Target) -> Who {
        match target {
            Target::Actor(a) => Who::Actor(a),
            Target::Role(r) => Who::Role(r),
        }
    }
}

impl Who {
    /// The catalog actor it stands for on a day, if it is one.
    pub(crate) fn actor<'c>(&self, catalog: &'c Catalog, day: NaiveDate) -> Option<&'c Actor> {
        match self {
            Who::Actor(i) => Some(catalog.actor_at(*i)),
            Who::Role(r) => catalog.holder_of(catalog.role_at(*r), day),
            Who::AdHoc(_) => None,
        }
    }

    pub(crate) fn gender(&self, catalog: &Catalog, day: NaiveDate) -> Option<Gender> {
        match self {
            Who::AdHoc(a) => Some(a.gender),
            _ => self.actor(catalog, day).map(|a| a.gender),
        }
    }

    pub(crate) fn kind(&self, catalog: &Catalog, day: NaiveDate) -> Option<ActorKind> {
        match self {
            Who::AdHoc(a) => Some(a.kind),
            _ => self.actor(catalog, day).map(|a| a.kind),
        }
    }

    /// Whether two referents stand for the same actor on a day.
    pub(crate) fn same(&self, other: &Who, catalog: &Catalog, day: NaiveDate) -> bool {
        match (self.actor(catalog, day), other.actor(catalog, day)) {
            (Some(x), Some(y)) => x.id == y.id,
            _ => self == other,
        }
    }
}

/// Who a phrase stands for, how the text named them, and where.
#[derive(Debug, Clone)]
pub(crate) struct Referent {
    pub who: Who,
    pub how: Recognition,
    pub tokens: Option<Range<usize>>,
    /// The gender of the words that named it, when they differ from the catalog's ("القوات التركية").
    pub gender: Option<Gender>,
}

impl Referent {
    /// A person the catalog does not know, named `text` by the words at `tokens`, with the country and the
    /// office the phrase gave them.
    pub(crate) fn unknown_person(
        text: String,
        gender: Gender,
        country: Option<SmolStr>,
        role: Option<SmolStr>,
        tokens: Range<usize>,
    ) -> Referent {
        Referent {
            who: Who::AdHoc(Rc::new(AdHoc {
                text,
                gender,
                kind: ActorKind::Person,
                country,
                role,
            })),
            how: Recognition::AdHoc,
            tokens: Some(tokens),
            gender: Some(gender),
        }
    }

    /// Whether the phrase named a person by their name: a person of the catalog, or one it does not know
    /// named after their office ("وزير الخارجية البوركيني فلان الفلاني"), not an office alone.
    pub(crate) fn names_person(&self) -> bool {
        match &self.who {
            Who::AdHoc(a) => a.kind == ActorKind::Person && a.role.is_some(),
            _ => self.how == Recognition::Name,
        }
    }

    /// A body the catalog does not know, of kind `kind`, named `text` by the words at `tokens`.
    pub(crate) fn unknown_body(
        text: String,
        gender: Gender,
        kind: ActorKind,
        country: Option<SmolStr>,
        tokens: Range<usize>,
    ) -> Referent {
        Referent {
            who: Who::AdHoc(Rc::new(AdHoc {
                text,
                gender,
                kind,
                country,
                role: None,
            })),
            how: Recognition::AdHoc,
            tokens: Some(tokens),
            gender: Some(gender),
        }
    }

    /// The catalog actor at index `actor`, named by the words at `tokens`.
    pub(crate) fn named(actor: usize, tokens: Range<usize>) -> Referent {
        Referent {
            who: Who::Actor(actor),
            how: Recognition::Name,
            tokens: Some(tokens),
            gender: None,
        }
    }

    /// A group of people the catalog does not know ("مسلحون مجهولون", "عشرات المتظاهرين"), named `text` by the
    /// words at `tokens`; such a group takes a masculine verb.
    pub(crate) fn unknown_group(text: String, tokens: Range<usize>) -> Referent {
        Referent {
            who: Who::AdHoc(Rc::new(AdHoc {
                text,
                gender: Gender::Masculine,
                kind: ActorKind::AdHoc,
                country: None,
                role: None,
            })),
            how: Recognition::AdHoc,
            tokens: Some(tokens),
            gender: Some(Gender::Masculine),
        }
    }

    /// The same actor, named another way (or not written at all).
    pub(crate) fn as_(&self, how: Recognition, tokens: Option<Range<usize>>) -> Referent {
        Referent {
            how,
            tokens,
            ..self.clone()
        }
    }

    /// The gender a verb agrees with: the written one, else the catalog's.
    pub(crate) fn agreeing_gender(&self, catalog: &Catalog, day: NaiveDate) -> Option<Gender> {
        self.gender.or_else(|| self.who.gender(catalog, day))
    }

    /// The actor as the API reports it, resolved on `day`.
    pub(crate) fn resolve(&self, view: &View, day: NaiveDate) -> ActorRef {
        let catalog = view.catalog;
        let mention = self.tokens.clone().map(|t| view.span(t));
        let from_actor = |a: &Actor, role: Option<SmolStr>| ActorRef {
            id: a.id.clone(),
            name: a.name.clone(),
            name_ar: a.name_ar.clone(),
            kind: a.kind,
            country: a.country.clone(),
            recognized_by: self.how,
            role,
            mention,
        };
        match &self.who {
            Who::Actor(i) => from_actor(catalog.actor_at(*i), None),
            Who::Role(r) => {
                let role = catalog.role_at(*r);
                match catalog.holder_of(role, day) {
                    Some(a) => from_actor(a, Some(role.id.clone())),
                    None => ActorRef {
                        id: role.id.clone(),
                        name: role.name.clone(),
                        name_ar: role.titles_ar.first().map_or_else(SmolStr::default, SmolStr::from),
                        kind: ActorKind::Person,
                        country: role.country.clone(),
                        recognized_by: self.how,
                        role: Some(role.id.clone()),
                        mention,
                    },
                }
            }
            Who::AdHoc(a) => {
                let name = SmolStr::from(a.text.as_str());
                ActorRef {
                    id: adhoc_id(&a.text),
                    name_ar: name.clone(),
                    name,
                    kind: a.kind,
                    country: a.country.clone(),
                    recognized_by: self.how,
                    role: a.role.clone(),
                    mention,
                }
            }
        }
    }
}

/// How sure an attribution to `source` is: a name is surer than a role, a bare noun, an unknown speaker or an
/// implicit one; a deed told by a verbal noun (`masdar`) is less sure than one told by a verb.
pub(crate) fn confidence(source: &Referent, masdar: bool) -> f32 {
    let how = match source.how {
        Recognition::Name => 0.9,
        Recognition::Role => 0.85,
        Recognition::Anaphor => 0.75,
        Recognition::AdHoc => 0.7,
        Recognition::Implicit => 0.6,
    };
    how * if masdar { 0.9 } else { 1.0 }
}

/// The id of an actor the catalog does not know: "adhoc:" and its folded name, written without the
/// formatter (`format!` cost about four times the two copies, once an event).
fn adhoc_id(text: &str) -> SmolStr {
    const PREFIX: &str = "adhoc:";
    let folded = crate::text::fold_str(text);
    let mut id = String::with_capacity(PREFIX.len() + folded.len());
    id.push_str(PREFIX);
    id.push_str(&folded);
    SmolStr::from(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::view::tests::view;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("a date")
    }

    #[test]
    fn a_role_resolves_to_its_holder_on_the_day() {
        let v = view("وزير الخارجية الروسي");
        let n = v.names[0];
        let r = Referent {
            who: n.target.into(),
            how: Recognition::Role,
            tokens: Some(0..3),
            gender: None,
        };
        let actor = r.resolve(&v, day("2024-12-06"));
        assert_eq!(actor.id, "sergey-lavrov");
        assert_eq!(actor.role.as_deref(), Some("ru.foreign-minister"));
        assert_eq!(actor.mention.map(|m| m.start), Some(0));
        assert!(r.who.same(
            &Who::Actor(
                v.catalog
                    .actors()
                    .iter()
                    .position(|a| a.id == "sergey-lavrov")
                    .unwrap_or(0)
            ),
            v.catalog,
            day("2024-12-06")
        ));
    }

    #[test]
    fn an_adhoc_speaker_keeps_the_text_phrase() {
        let v = view("مصدر عسكري");
        let r = Referent {
            who: Who::AdHoc(Rc::new(AdHoc {
                text: "مصدر عسكري".into(),
                gender: Gender::Masculine,
                kind: ActorKind::AdHoc,
                country: None,
                role: None,
            })),
            how: Recognition::AdHoc,
            tokens: Some(0..2),
            gender: Some(Gender::Masculine),
        };
        let actor = r.resolve(&v, day("2024-12-06"));
        assert_eq!(actor.id, "adhoc:مصدر عسكري");
        assert_eq!(r.who.kind(v.catalog, day("2024-12-06")), Some(ActorKind::AdHoc));
        assert_eq!(r.as_(Recognition::Implicit, None).tokens, None);
    }
}
