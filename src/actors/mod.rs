//! Who can speak or act in a dispatch: the actor catalog and its matcher.
//!
//! A [`Catalog`] holds actors (people, states, embassies, armed groups, agencies ...) with their Arabic names
//! and spelling variants, roles ("وزير الخارجية الروسي") with the actors who held them over time, and the
//! names several actors share ([`Ambiguity`]). The bundled catalog (every file of `data/actors/`) covers the
//! region's conflicts since 2011. [`Catalog::from_json`] loads one of your own; [`Catalog::to_builder`] starts
//! a [`CatalogBuilder`] from any catalog, to add, replace and remove actors, roles and holders (a new
//! minister, a renamed group) before [`CatalogBuilder::build`]. A catalog is checked when it is built: a
//! duplicate id, a role held by an unknown actor, a role with no holder, a name that can never match is an
//! error naming the entry and the field.
//!
//! # Example
//!
//! ```
//! use tarikh::actors::Catalog;
//!
//! let catalog = Catalog::bundled();
//! let lavrov = catalog.actor("sergey-lavrov").ok_or("Lavrov is in the bundled catalog")?;
//! assert_eq!(lavrov.name, "Sergey Lavrov");
//! assert_eq!(catalog.actors_named("لافروف")[0].id, "sergey-lavrov");
//! let day = "2024-12-06".parse()?;
//! assert!(catalog.roles_of("sergey-lavrov", day).any(|role| role.id == "ru.foreign-minister"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod builder;
mod check;
mod choose;
mod compact;
mod entries;
mod query;
mod types;

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::Deserialize;

pub use builder::CatalogBuilder;
pub use types::{Actor, ActorKind, Ambiguity, Gender, Holder, Role};

use crate::error::CatalogError;
use crate::text::{NameKeys, NameSet, Token};
use entries::Entries;

include!(concat!(env!("OUT_DIR"), "/bundled_actors.rs"));
include!(concat!(env!("OUT_DIR"), "/bundled_names.rs"));

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

/// The longest id a catalog accepts, in characters; an id is also free of white space.
///
/// # Example
///
/// ```
/// use tarikh::actors::{Catalog, MAX_ID_CHARS};
/// use tarikh::CatalogError;
///
/// let id = "x".repeat(MAX_ID_CHARS + 1);
/// let json = format!(r#"{{"actors": [{{"id": "{id}", "name": "X", "name_ar": "فلان", "kind": "person", "gender": "m"}}]}}"#);
/// assert!(matches!(Catalog::from_json(&json), Err(CatalogError::BadId { .. })));
/// ```
pub const MAX_ID_CHARS: usize = 100;

/// One file of the catalog's JSON form; `"actors"` is required (`[]` in a file of roles only), the rest
/// optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogFile {
    actors: Vec<Actor>,
    #[serde(default)]
    roles: Vec<Role>,
    #[serde(default)]
    ambiguous: Vec<Ambiguity>,
}

impl CatalogFile {
    fn parse(json: &str) -> Result<CatalogFile, CatalogError> {
        serde_json::from_str(json).map_err(|e| CatalogError::Json {
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })
    }

    /// Fails on an id used twice within the file (an entry of a file replaces one of another catalog, never
    /// one of its own file).
    fn check_unique(&self) -> Result<(), CatalogError> {
        let mut ids = std::collections::HashSet::new();
        let all = self
            .actors
            .iter()
            .map(|a| &a.id)
            .chain(self.roles.iter().map(|r| &r.id));
        for id in all {
            if !ids.insert(id.as_str()) {
                return Err(CatalogError::DuplicateId { id: id.to_string() });
            }
        }
        Ok(())
    }
}

/// What a name in the text refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    Actor(usize),
    Role(usize),
}

/// What a name of the matcher stands for: one actor or role, or a shared name to choose by context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Key {
    Name(Target),
    Shared(usize),
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

/// What the catalog takes a name for, before any context: see [`Catalog::lookup`].
///
/// # Example
///
/// ```
/// use tarikh::actors::{Catalog, Named};
///
/// let catalog = Catalog::bundled();
/// assert!(matches!(catalog.lookup("لافروف"), Some(Named::Actor(a)) if a.id == "sergey-lavrov"));
/// assert!(matches!(catalog.lookup("وزير الخارجية الروسي"), Some(Named::Role(r)) if r.id == "ru.foreign-minister"));
/// assert!(matches!(catalog.lookup("قنا"), Some(Named::Shared(_))));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Named<'a> {
    /// One actor.
    Actor(&'a Actor),
    /// A role, resolved to its holder on a date by [`Catalog::holder`].
    Role(&'a Role),
    /// A name declared shared, chosen by context in a text.
    Shared(&'a Ambiguity),
}

/// A name that several actors of a catalog share once folded: see [`Catalog::shared_names`].
///
/// # Example
///
/// ```
/// let catalog = tarikh::actors::Catalog::bundled();
/// for shared in catalog.shared_names() {
///     assert!(shared.actors.len() >= 2);
///     println!("{}: {} actors, declared: {}", shared.name, shared.actors.len(), shared.declared);
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedName<'a> {
    /// The name as the first actor that has it writes it.
    pub name: &'a str,
    /// The actors that have it, in the catalog's order.
    pub actors: Vec<&'a Actor>,
    /// Whether an [`Ambiguity`] declares it, so that the matcher chooses by context rather than taking the
    /// first actor.
    pub declared: bool,
}

/// The names of a catalog by folded spelling, for the look-ups; built on first use.
#[derive(Debug, Clone, Default)]
struct NameIndex {
    /// Folded Arabic name → actors, in the catalog's order.
    arabic: HashMap<String, Vec<usize>>,
    /// English name, lower case → actors.
    english: HashMap<String, Vec<usize>>,
    /// Folded title → roles.
    titles: HashMap<String, Vec<usize>>,
    /// Folded alias → declaration.
    shared: HashMap<String, usize>,
}

/// The actor catalog, with its name matcher compiled.
///
/// # Names that several actors share
///
/// Without a declaration, a name that several actors have means the first of them in the catalog's order. A
/// name declared in `"ambiguous"` ([`Ambiguity`]) is chosen in each text by what the matcher sees cheaply,
/// in this order:
///
/// 1. where a source is cited (the name in brackets as in "(قنا)", after "ل" as in "في تصريح لقنا", or after
///    a verb or preposition of citation: "ذكرت"، "أفادت"، "بحسب"، "نقلا عن" ...), the first news outlet among
///    its actors;
/// 2. a name declared with a single actor (a news outlet: the loader refuses any other) is a word of the
///    language too ("قنا" is also the city of Qena and "spears"): outside a citation it is no name at all;
/// 3. the only one of its actors who held a role on the article's date;
/// 4. the only one of its actors of the country the text's other actors and roles belong to most often (news
///    outlets do not count);
/// 5. its `default`, if it has one; else the name is left unmatched.
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
    /// The entries, with their maps; for the bundled catalog, read from its files on first use.
    entries: OnceLock<Entries>,
    matcher: NameSet,
    /// What each name of `matcher` stands for, by its key.
    keys: Cow<'static, [Key]>,
}

impl Catalog {
    /// The catalog bundled with the crate (every file of `data/actors/`), built once per process.
    ///
    /// # Panics
    ///
    /// Never in a released crate: the bundled files are checked by the crate's tests.
    ///
    /// # Example
    ///
    /// ```
    /// let catalog = tarikh::actors::Catalog::bundled();
    /// assert!(catalog.actors().len() >= 150);
    /// ```
    pub fn bundled() -> &'static Catalog {
        // The matcher was built from the bundled files by build.rs; the entries are read from them on first
        // use (an extraction that finds a name, or any accessor).
        static BUNDLED_CATALOG: Catalog = Catalog {
            entries: OnceLock::new(),
            matcher: BUNDLED_NAMES,
            keys: Cow::Borrowed(BUNDLED_KEYS),
        };
        &BUNDLED_CATALOG
    }

    /// Loads a catalog from JSON of the bundled files' form: `{"actors": [...], "roles": [...],
    /// "ambiguous": [...]}`, where `"roles"` and `"ambiguous"` are optional.
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
        let file = CatalogFile::parse(json)?;
        Catalog::compile(file.actors, file.roles, file.ambiguous)
    }

    /// A new catalog with the entries of `json` added to this one's; an entry whose id is already present
    /// replaces it, as [`HashMap::extend`] replaces the value of a known key. The same as
    /// `self.to_builder().extend_json(json)?.build()`.
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
        self.to_builder().extend_json(json)?.build()
    }

    /// An empty [`CatalogBuilder`].
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::{Actor, ActorKind, Catalog, Gender};
    ///
    /// let catalog = Catalog::builder()
    ///     .actor(Actor::new("gmo", "Government Media Office in Gaza", "المكتب الإعلامي الحكومي في غزة",
    ///         ActorKind::GovernmentBody, Gender::Masculine).with_country("PS"))
    ///     .build()?;
    /// assert_eq!(catalog.actors().len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder() -> CatalogBuilder {
        CatalogBuilder::new()
    }

    /// A [`CatalogBuilder`] holding this catalog's entries, to edit them into a new catalog.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::Catalog;
    ///
    /// let mut builder = Catalog::bundled().to_builder();
    /// builder.remove("sergey-lavrov");
    /// let catalog = builder.build()?;
    /// assert_eq!(catalog.actors().len(), Catalog::bundled().actors().len() - 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_builder(&self) -> CatalogBuilder {
        let e = self.entries();
        CatalogBuilder::from_parts(e.actors.clone(), e.roles.clone(), e.ambiguous.clone())
    }

    fn compile(actors: Vec<Actor>, roles: Vec<Role>, ambiguous: Vec<Ambiguity>) -> Result<Catalog, CatalogError> {
        let entries = Entries::new(actors, roles, ambiguous)?;
        let (names, keys) = entries.names();
        let matcher = NameSet::new(names);
        Ok(Catalog {
            entries: OnceLock::from(entries),
            matcher,
            keys: keys.into(),
        })
    }

    /// The entries: set when the catalog was built, or (the bundled catalog) read now.
    fn entries(&self) -> &Entries {
        self.entries.get_or_init(Entries::bundled)
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
        &self.entries().actors
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
        &self.entries().roles
    }

    /// Every declaration of a shared name.
    ///
    /// # Example
    ///
    /// ```
    /// let catalog = tarikh::actors::Catalog::bundled();
    /// assert!(catalog.ambiguities().iter().any(|d| d.alias == "قنا"));
    /// ```
    pub fn ambiguities(&self) -> &[Ambiguity] {
        &self.entries().ambiguous
    }

    pub(crate) fn actor_at(&self, i: usize) -> &Actor {
        &self.entries().actors[i]
    }

    pub(crate) fn role_at(&self, i: usize) -> &Role {
        &self.entries().roles[i]
    }

    /// Every catalog name in a folded text split into `toks` (see [`NameSet`]), shared names chosen without
    /// the article's date.
    #[cfg(test)]
    pub(crate) fn find_names(&self, folded: &str, toks: &[Token]) -> Vec<NameHit> {
        self.find_names_on(folded, toks, &NameKeys::new(folded, toks), None)
    }

    /// Every catalog name in a folded text split into `toks` (whose [`NameKeys`] are `keys`), each shared name
    /// chosen by its context and the article's date `day` (see
    /// [Names that several actors share](Catalog#names-that-several-actors-share)).
    pub(crate) fn find_names_on(
        &self,
        folded: &str,
        toks: &[Token],
        keys: &NameKeys,
        day: Option<NaiveDate>,
    ) -> Vec<NameHit> {
        let matches = self.matcher.find_keyed(folded, toks, keys);
        let mut countries = Vec::new();
        if matches.iter().any(|m| matches!(self.keys[m.key], Key::Shared(_))) {
            for m in &matches {
                match self.keys[m.key] {
                    Key::Name(Target::Actor(i)) if self.entries().actors[i].kind != ActorKind::Media => {
                        choose::count_country(&mut countries, self.entries().actors[i].country.as_deref());
                    }
                    Key::Name(Target::Role(r)) => {
                        choose::count_country(&mut countries, self.entries().roles[r].country.as_deref())
                    }
                    _ => {}
                }
            }
        }
        matches
            .into_iter()
            .filter_map(|m| {
                let target = match self.keys[m.key] {
                    Key::Name(target) => target,
                    Key::Shared(d) => Target::Actor(
                        self.entries().choices[d].choose(folded, toks, m.start, m.tokens, day, &countries)?,
                    ),
                };
                Some(NameHit {
                    target,
                    start: m.start,
                    tokens: m.tokens,
                })
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

    /// build.rs writes the bundled files' entries in a compact form that the bundled catalog reads on first
    /// use, unchecked: they are the entries of the JSON files, and those pass every check of a catalog.
    #[test]
    fn the_bundled_entries_are_the_json_files_and_valid() {
        let json = Entries::bundled_json().unwrap_or_else(|e| panic!("the bundled catalog is valid: {e}"));
        let compact = Entries::bundled();
        assert!(json.actors.len() > 3000 && json.roles.len() > 500);
        assert_eq!(compact.actors, json.actors);
        assert_eq!(compact.roles, json.roles);
        assert_eq!(compact.ambiguous, json.ambiguous);
        assert_eq!(compact.by_id, json.by_id);
        assert_eq!(compact.role_by_id, json.role_by_id);
        assert_eq!(format!("{:?}", compact.choices), format!("{:?}", json.choices));
    }

    /// build.rs compiles the bundled files' names into static tables: they are the tables a run-time build of
    /// the same files gives, and the keys mean the same entries.
    #[test]
    fn the_bundled_matcher_is_the_run_time_build_of_the_bundled_files() {
        let entries = Entries::bundled_json().unwrap();
        let (names, keys) = entries.names();
        assert_eq!(keys, BUNDLED_KEYS);
        assert!(
            NameSet::new(names) == BUNDLED_NAMES,
            "build.rs and NameSet::new disagree"
        );
        let rebuilt = Catalog::bundled().to_builder().build().unwrap();
        let text = fold_str("وقال وزير الخارجية الروسي سيرغي لافروف لوكالة سانا في دمشق إن الحوثيين");
        let toks = crate::text::tokenize(&text);
        let ids = |c: &Catalog| -> Vec<(usize, (usize, usize))> {
            c.find_names(&text, &toks)
                .iter()
                .map(|h| match h.target {
                    Target::Actor(i) => (i, h.tokens),
                    Target::Role(r) => (100_000 + r, h.tokens),
                })
                .collect()
        };
        assert!(ids(Catalog::bundled()).len() >= 3);
        assert_eq!(ids(Catalog::bundled()), ids(&rebuilt));
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
    fn nobody_holds_a_role_in_a_vacancy_or_after_its_last_term() {
        let json = r#"{"actors": [
            {"id": "p1", "name": "P1", "name_ar": "فلان الأول", "kind": "person", "country": "LB", "gender": "m"},
            {"id": "p2", "name": "P2", "name_ar": "فلان الثاني", "kind": "person", "country": "LB", "gender": "m"}],
          "roles": [{"id": "lb.p", "name": "President", "titles_ar": ["الرئيس اللبناني"], "country": "LB",
            "holders": [{"actor": "p1", "from": "2016-10-31", "to": "2022-10-30"},
                        {"actor": "p2", "from": "2025-01-09", "to": "2025-06-30"}]}]}"#;
        let catalog = Catalog::from_json(json).unwrap();
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(catalog.holder("lb.p", day(2022, 10, 30)).unwrap().id, "p1");
        assert!(
            catalog.holder("lb.p", day(2023, 6, 1)).is_none(),
            "a vacancy names nobody"
        );
        assert_eq!(catalog.holder("lb.p", day(2025, 1, 9)).unwrap().id, "p2");
        assert!(
            catalog.holder("lb.p", day(2025, 7, 1)).is_none(),
            "an ended term names nobody"
        );
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
