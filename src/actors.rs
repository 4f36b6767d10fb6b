//! Who can speak or act in a dispatch: the actor catalog and its matcher.
//!
//! A [`Catalog`] holds actors (people, states, embassies, armed groups, agencies ...) with their Arabic names
//! and spelling variants, and roles ("وزير الخارجية الروسي") with the actors who held them over time. The
//! bundled catalog (the files of `data/actors/`) covers Syria and the region since 2011; [`Catalog::from_json`] loads
//! one of your own, and [`Catalog::extend`] adds yours to the bundled one. A catalog is checked when it is
//! loaded: a duplicate id, a role held by an unknown actor or a role with no holder is an error naming the
//! entry and the field.
//!
//! # Example
//!
//! ```
//! use tarikh::actors::Catalog;
//!
//! let catalog = Catalog::bundled();
//! let lavrov = catalog.actor("sergey-lavrov").ok_or("Lavrov is in the bundled catalog")?;
//! assert_eq!(lavrov.name, "Sergey Lavrov");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::CatalogError;
use crate::text::{NameSet, Token};

include!(concat!(env!("OUT_DIR"), "/bundled_actors.rs"));

/// The longest name, alias, title or place name a catalog or gazetteer accepts, in characters.
///
/// The longest in the bundled data has 66 characters: a longer "name" is a text pasted into the wrong field,
/// and loading it would hide the mistake.
///
/// # Example
///
/// ```
/// use tarikh::actors::{Catalog, MAX_NAME_CHARS};
/// use tarikh::CatalogError;
///
/// let long = "ب".repeat(MAX_NAME_CHARS + 1);
/// let json = format!(r#"{{"actors": [{{"id": "x", "name": "X", "name_ar": "{long}", "kind": "person", "gender": "m"}}]}}"#);
/// assert!(matches!(Catalog::from_json(&json), Err(CatalogError::NameTooLong { .. })));
/// ```
pub const MAX_NAME_CHARS: usize = 200;

/// Fails on a name longer than [`MAX_NAME_CHARS`].
fn check_length(entry: &str, field: &'static str, name: &str) -> Result<(), CatalogError> {
    let chars = name.trim().chars().count();
    if chars > MAX_NAME_CHARS {
        return Err(CatalogError::NameTooLong {
            entry: entry.to_string(),
            field,
            chars,
            max: MAX_NAME_CHARS,
        });
    }
    Ok(())
}

/// What kind of actor an entry is.
///
/// # Example
///
/// ```
/// use tarikh::actors::{ActorKind, Catalog};
///
/// let catalog = Catalog::bundled();
/// assert_eq!(catalog.actor("sergey-lavrov").map(|a| a.kind), Some(ActorKind::Person));
/// assert_eq!(catalog.actor("us.embassy.damascus").map(|a| a.kind), Some(ActorKind::Embassy));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A named person.
    Person,
    /// A state or its government as a whole ("تركيا", "موسكو").
    State,
    /// A ministry, presidency, army or other organ of a state.
    GovernmentBody,
    /// An embassy.
    Embassy,
    /// An armed group, militia, army in the field or coalition.
    ArmedGroup,
    /// A news agency, channel or paper.
    Media,
    /// The UN and its agencies, and other international bodies.
    InternationalOrganisation,
    /// A monitoring or human-rights organisation.
    Monitor,
    /// A rescue or relief organisation.
    Humanitarian,
    /// A political party or movement.
    PoliticalParty,
    /// A speaker the catalog does not know, named by the phrase the text used ("مصدر عسكري").
    AdHoc,
}

/// Grammatical gender of an actor's name as the subject of a verb: what "قال" or "قالت" agrees with.
///
/// # Example
///
/// ```
/// use tarikh::actors::{Catalog, Gender};
///
/// let catalog = Catalog::bundled();
/// assert_eq!(catalog.actor("maria-zakharova").map(|a| a.gender), Some(Gender::Feminine));
/// assert_eq!(catalog.actor("sergey-lavrov").map(|a| a.gender), Some(Gender::Masculine));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Gender {
    /// Masculine.
    #[serde(rename = "m")]
    Masculine,
    /// Feminine (also non-human plurals such as "فصائل").
    #[serde(rename = "f")]
    Feminine,
}

/// An actor of the catalog.
///
/// # Example
///
/// ```
/// use tarikh::actors::Catalog;
///
/// let lavrov = Catalog::bundled().actor("sergey-lavrov").ok_or("Lavrov is in the bundled catalog")?;
/// assert_eq!(lavrov.name_ar, "سيرغي لافروف");
/// assert!(lavrov.aliases_ar.iter().any(|alias| alias == "لافروف"));
/// assert_eq!(lavrov.country.as_deref(), Some("RU"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// Stable identifier (`sergey-lavrov`, `ru.embassy.damascus`).
    pub id: String,
    /// English name.
    pub name: String,
    /// Canonical Arabic name.
    pub name_ar: String,
    /// Other Arabic spellings and forms.
    #[serde(default)]
    pub aliases_ar: Vec<String>,
    /// What kind of actor it is.
    pub kind: ActorKind,
    /// ISO 3166-1 alpha-2 country code; `None` for international bodies.
    pub country: Option<String>,
    /// The gender a verb takes with this actor as its subject.
    pub gender: Gender,
}

/// One holder of a role, over a span of time.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use tarikh::actors::Catalog;
///
/// let role = Catalog::bundled().roles().iter().find(|r| r.id == "sy.prime-minister").ok_or("a bundled role")?;
/// let jalali = role.holders.iter().find(|h| h.actor == "mohammad-ghazi-al-jalali").ok_or("a holder")?;
/// assert_eq!(jalali.from, NaiveDate::from_ymd_opt(2024, 9, 14).ok_or("no such day")?);
/// assert!(jalali.to.is_some()); // no longer in office
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Holder {
    /// The actor id of the holder.
    pub actor: String,
    /// First day in office.
    pub from: NaiveDate,
    /// Last day in office; `None` while still in office.
    pub to: Option<NaiveDate>,
}

/// An office whose holder changes over time ("وزير الخارجية السوري").
///
/// # Example
///
/// ```
/// use tarikh::actors::Catalog;
///
/// let catalog = Catalog::bundled();
/// let role = catalog.roles().iter().find(|r| r.id == "ru.foreign-minister").ok_or("a bundled role")?;
/// assert!(role.titles_ar.iter().any(|title| title == "وزير الخارجية الروسي"));
/// let day = "2024-12-06".parse()?;
/// assert_eq!(catalog.holder(&role.id, day).map(|a| a.name.as_str()), Some("Sergey Lavrov"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// Stable identifier (`ru.foreign-minister`).
    pub id: String,
    /// English name of the office.
    pub name: String,
    /// The titles the press uses for it.
    pub titles_ar: Vec<String>,
    /// ISO 3166-1 alpha-2 country code, if any.
    pub country: Option<String>,
    /// The holders, in any order.
    pub holders: Vec<Holder>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogFile {
    actors: Vec<Actor>,
    #[serde(default)]
    roles: Vec<Role>,
}

/// What a name in the text refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    Actor(usize),
    Role(usize),
}

/// A name of the catalog found in a folded text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NameHit {
    pub target: Target,
    /// Byte range in the folded text, proclitics excluded.
    pub start: usize,
    /// Index of the first and one past the last token of the name.
    pub tokens: (usize, usize),
}

/// The actor catalog, with its name matcher compiled.
///
/// # Example
///
/// ```
/// use tarikh::actors::Catalog;
/// use tarikh::events::Extractor;
///
/// let json = r#"{"actors": [{"id": "saraqib-council", "name": "Saraqib local council",
///   "name_ar": "مجلس سراقب المحلي", "kind": "government_body", "country": "SY", "gender": "m"}]}"#;
/// let extractor = Extractor::builder().catalog(Catalog::bundled().extend(json)?).build();
/// let text = "وناشد مجلس سراقب المحلي أمس المنظمات الإنسانية إرسال الطحين.";
/// let article = extractor.extract(text, "2024-12-06".parse()?);
/// assert_eq!(article.events[0].source.as_ref().map(|s| s.id.as_str()), Some("saraqib-council"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Catalog {
    actors: Vec<Actor>,
    roles: Vec<Role>,
    by_id: HashMap<String, usize>,
    matcher: NameSet,
    targets: Vec<Target>,
}

impl Catalog {
    /// The catalog bundled with the crate, built once per process.
    ///
    /// # Panics
    ///
    /// Never in a released crate: the bundled file is checked by the crate's tests.
    ///
    /// # Example
    ///
    /// ```
    /// let catalog = tarikh::actors::Catalog::bundled();
    /// assert!(catalog.actors().len() >= 150);
    /// ```
    pub fn bundled() -> &'static Catalog {
        static BUNDLED_CATALOG: OnceLock<Catalog> = OnceLock::new();
        BUNDLED_CATALOG.get_or_init(|| {
            let mut actors = Vec::new();
            let mut roles = Vec::new();
            for (name, json) in BUNDLED {
                let file: CatalogFile =
                    serde_json::from_str(json).unwrap_or_else(|e| panic!("the bundled {name} is valid JSON: {e}"));
                actors.extend(file.actors);
                roles.extend(file.roles);
            }
            Catalog::build(actors, roles).expect("the bundled actor catalog is valid")
        })
    }

    /// Loads a catalog from JSON of the bundled file's form: `{"actors": [...], "roles": [...]}`.
    ///
    /// # Errors
    ///
    /// [`CatalogError::Json`] when the text is not JSON of that form (the message gives the line, column and
    /// field), and the other variants of [`CatalogError`] when an entry is inconsistent.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::Catalog;
    ///
    /// let json = r#"{"actors": [{"id": "local-council", "name": "Local council of Saraqib",
    ///   "name_ar": "المجلس المحلي في سراقب", "kind": "government_body", "country": "SY", "gender": "m"}]}"#;
    /// let catalog = Catalog::from_json(json)?;
    /// assert_eq!(catalog.actors().len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json(json: &str) -> Result<Catalog, CatalogError> {
        let file: CatalogFile = serde_json::from_str(json).map_err(|e| CatalogError::Json {
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })?;
        Catalog::build(file.actors, file.roles)
    }

    /// A new catalog with the entries of `json` added to this one's. An id already present is an error:
    /// give your entries ids of their own.
    ///
    /// # Errors
    ///
    /// As [`Catalog::from_json`].
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::Catalog;
    ///
    /// let json = r#"{"actors": [{"id": "saraqib-council", "name": "Saraqib local council",
    ///   "name_ar": "مجلس سراقب المحلي", "kind": "government_body", "country": "SY", "gender": "m"}]}"#;
    /// let catalog = Catalog::bundled().extend(json)?;
    /// assert!(catalog.actor("saraqib-council").is_some());
    /// assert!(catalog.actor("sergey-lavrov").is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn extend(&self, json: &str) -> Result<Catalog, CatalogError> {
        let file: CatalogFile = serde_json::from_str(json).map_err(|e| CatalogError::Json {
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })?;
        let mut actors = self.actors.clone();
        actors.extend(file.actors);
        let mut roles = self.roles.clone();
        roles.extend(file.roles);
        Catalog::build(actors, roles)
    }

    fn build(actors: Vec<Actor>, roles: Vec<Role>) -> Result<Catalog, CatalogError> {
        let mut by_id = HashMap::new();
        for (i, a) in actors.iter().enumerate() {
            if a.id.trim().is_empty() {
                return Err(CatalogError::Empty {
                    entry: format!("actor #{}", i + 1),
                    field: "id",
                });
            }
            if a.name_ar.trim().is_empty() {
                return Err(CatalogError::Empty {
                    entry: a.id.clone(),
                    field: "name_ar",
                });
            }
            check_length(&a.id, "name_ar", &a.name_ar)?;
            for alias in &a.aliases_ar {
                check_length(&a.id, "aliases_ar", alias)?;
            }
            if by_id.insert(a.id.clone(), i).is_some() {
                return Err(CatalogError::DuplicateId { id: a.id.clone() });
            }
        }
        let mut role_ids = HashSet::new();
        for r in &roles {
            if !role_ids.insert(r.id.as_str()) || by_id.contains_key(&r.id) {
                return Err(CatalogError::DuplicateId { id: r.id.clone() });
            }
            if r.holders.is_empty() {
                return Err(CatalogError::RoleWithoutHolder { role: r.id.clone() });
            }
            if r.titles_ar.iter().all(|t| t.trim().is_empty()) {
                return Err(CatalogError::Empty {
                    entry: r.id.clone(),
                    field: "titles_ar",
                });
            }
            for title in &r.titles_ar {
                check_length(&r.id, "titles_ar", title)?;
            }
            for h in &r.holders {
                if !by_id.contains_key(&h.actor) {
                    return Err(CatalogError::UnknownHolder {
                        role: r.id.clone(),
                        actor: h.actor.clone(),
                    });
                }
                if h.to.is_some_and(|to| to < h.from) {
                    return Err(CatalogError::BackwardTerm {
                        role: r.id.clone(),
                        actor: h.actor.clone(),
                    });
                }
            }
        }
        let mut targets = Vec::new();
        let mut names = Vec::new();
        for (i, a) in actors.iter().enumerate() {
            for name in std::iter::once(&a.name_ar).chain(&a.aliases_ar) {
                names.push((name.as_str(), targets.len()));
                targets.push(Target::Actor(i));
            }
        }
        for (i, r) in roles.iter().enumerate() {
            for t in &r.titles_ar {
                names.push((t.as_str(), targets.len()));
                targets.push(Target::Role(i));
            }
        }
        let matcher = NameSet::new(names);
        Ok(Catalog {
            actors,
            roles,
            by_id,
            matcher,
            targets,
        })
    }

    /// Every actor, in the catalog's order.
    ///
    /// # Example
    ///
    /// ```
    /// let catalog = tarikh::actors::Catalog::bundled();
    /// assert!(catalog.actors().iter().any(|a| a.id == "anadolu"));
    /// ```
    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }

    /// Every role, in the catalog's order.
    ///
    /// # Example
    ///
    /// ```
    /// let catalog = tarikh::actors::Catalog::bundled();
    /// assert!(catalog.roles().iter().any(|r| r.id == "ru.foreign-minister"));
    /// ```
    pub fn roles(&self) -> &[Role] {
        &self.roles
    }

    /// The actor with this id.
    ///
    /// # Example
    ///
    /// ```
    /// let catalog = tarikh::actors::Catalog::bundled();
    /// assert_eq!(catalog.actor("anadolu").map(|a| a.name.as_str()), Some("Anadolu Agency"));
    /// ```
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.by_id.get(id).map(|&i| &self.actors[i])
    }

    /// Who held a role on a day: the holder whose term covers it, else the latest holder whose term began
    /// before it. `None` if the role is unknown or began later.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let catalog = tarikh::actors::Catalog::bundled();
    /// let day = NaiveDate::from_ymd_opt(2024, 12, 6).ok_or("no such day")?;
    /// let minister = catalog.holder("ru.foreign-minister", day).ok_or("a minister")?;
    /// assert_eq!(minister.id, "sergey-lavrov");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn holder(&self, role: &str, day: NaiveDate) -> Option<&Actor> {
        let role = self.roles.iter().find(|r| r.id == role)?;
        self.holder_of(role, day)
    }

    pub(crate) fn holder_of(&self, role: &Role, day: NaiveDate) -> Option<&Actor> {
        let covering = role
            .holders
            .iter()
            .filter(|h| h.from <= day && h.to.is_none_or(|to| day <= to))
            .max_by_key(|h| h.from);
        let latest = || role.holders.iter().filter(|h| h.from <= day).max_by_key(|h| h.from);
        covering.or_else(latest).and_then(|h| self.actor(&h.actor))
    }

    pub(crate) fn actor_at(&self, i: usize) -> &Actor {
        &self.actors[i]
    }

    pub(crate) fn role_at(&self, i: usize) -> &Role {
        &self.roles[i]
    }

    /// Every catalog name in a folded text split into `toks` (see [`NameSet`]).
    pub(crate) fn find_names(&self, folded: &str, toks: &[Token]) -> Vec<NameHit> {
        self.matcher
            .find_tokens(folded, toks)
            .into_iter()
            .map(|m| NameHit {
                target: self.targets[m.key],
                start: m.start,
                tokens: m.tokens,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold_str;

    const SMALL: &str = r#"{"actors": [
        {"id": "a", "name": "A", "name_ar": "السفارة الروسية في دمشق", "kind": "embassy", "country": "RU", "gender": "f"},
        {"id": "b", "name": "B", "name_ar": "سيرغي لافروف", "aliases_ar": ["لافروف"], "kind": "person", "country": "RU", "gender": "m"},
        {"id": "c", "name": "C", "name_ar": "فلان", "kind": "person", "country": "RU", "gender": "m"}],
      "roles": [{"id": "r", "name": "R", "titles_ar": ["وزير الخارجية الروسي"], "country": "RU",
        "holders": [{"actor": "c", "from": "1990-01-01", "to": "2004-03-08"}, {"actor": "b", "from": "2004-03-09", "to": null}]}]}"#;

    #[test]
    fn the_bundled_catalog_loads_and_is_large() {
        let catalog = Catalog::bundled();
        assert!(catalog.actors().len() >= 150, "{} actors", catalog.actors().len());
        assert!(!catalog.roles().is_empty());
    }

    #[test]
    fn names_are_found_with_proclitics_and_on_word_boundaries() {
        let catalog = Catalog::from_json(SMALL).unwrap();
        let text = fold_str("وقالت السفارة الروسية في دمشق وبلافروف ولافروفي وللسفارة الروسية في دمشق");
        let toks = crate::text::tokenize(&text);
        let hits = catalog.find_names(&text, &toks);
        let found: Vec<&str> = hits
            .iter()
            .map(|h| &text[h.start..toks[h.tokens.1 - 1].end as usize])
            .collect();
        assert_eq!(found, ["السفاره الروسيه في دمشق", "لافروف", "لسفاره الروسيه في دمشق"]);
    }

    #[test]
    fn roles_resolve_by_date() {
        let catalog = Catalog::from_json(SMALL).unwrap();
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(catalog.holder("r", day(2000, 1, 1)).unwrap().id, "c");
        assert_eq!(catalog.holder("r", day(2024, 12, 6)).unwrap().id, "b");
        assert!(catalog.holder("r", day(1980, 1, 1)).is_none());
    }

    #[test]
    fn broken_catalogs_say_what_is_wrong() {
        let dup = SMALL.replace(r#""id": "c""#, r#""id": "a""#);
        assert!(matches!(Catalog::from_json(&dup), Err(CatalogError::DuplicateId { id }) if id == "a"));
        let unknown = SMALL.replace(r#""actor": "c""#, r#""actor": "nobody""#);
        let err = Catalog::from_json(&unknown).unwrap_err();
        assert!(
            err.to_string().contains("nobody") && err.to_string().contains("\"r\""),
            "{err}"
        );
        let empty = SMALL.replace(
            r#""holders": [{"actor": "c", "from": "1990-01-01", "to": "2004-03-08"}, {"actor": "b", "from": "2004-03-09", "to": null}]"#,
            r#""holders": []"#,
        );
        assert!(matches!(
            Catalog::from_json(&empty),
            Err(CatalogError::RoleWithoutHolder { .. })
        ));
        let bad_kind = SMALL.replace(r#""kind": "embassy""#, r#""kind": "consulate""#);
        let err = Catalog::from_json(&bad_kind).unwrap_err();
        assert!(err.to_string().contains("consulate"), "{err}");
    }
}
