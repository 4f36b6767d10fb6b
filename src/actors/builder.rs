//! [`CatalogBuilder`]: a catalog assembled from values and JSON, edited (added, replaced, removed entries,
//! a new holder of an office), then checked and compiled once by [`CatalogBuilder::build`].

use smol_str::SmolStr;
use std::collections::HashMap;

use chrono::NaiveDate;

use super::{Actor, Ambiguity, Catalog, CatalogFile, Holder, Role};
use crate::error::CatalogError;

/// Entries of a catalog being assembled. Start empty ([`Catalog::builder`]) or from a catalog
/// ([`Catalog::to_builder`], e.g. the bundled one), add and edit entries, then [`build`](Self::build).
///
/// An entry whose id is already present replaces the old one in place, as [`HashMap::insert`] does; nothing
/// is checked until `build`, which refuses what the matcher could not use (see [`CatalogError`]).
///
/// # Example
///
/// ```
/// use tarikh::actors::{Actor, ActorKind, Catalog, Gender, Role};
///
/// let catalog = Catalog::builder()
///     .actor(Actor::new("rsf", "Rapid Support Forces", "قوات الدعم السريع", ActorKind::ArmedGroup, Gender::Feminine)
///         .with_alias("الدعم السريع")
///         .with_country("SD"))
///     .actor(Actor::new("hemedti", "Mohamed Hamdan Dagalo", "محمد حمدان دقلو", ActorKind::Person, Gender::Masculine)
///         .with_alias("حميدتي")
///         .with_country("SD"))
///     .role(Role::new("rsf.commander", "Commander of the RSF", "قائد قوات الدعم السريع")
///         .with_country("SD")
///         .with_holder("hemedti", "2013-08-01".parse()?, None))
///     .build()?;
/// assert_eq!(catalog.actors_named("الدعم السريع")[0].id, "rsf");
/// assert_eq!(catalog.holder("rsf.commander", "2024-12-06".parse()?).map(|a| a.id.as_str()), Some("hemedti"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct CatalogBuilder {
    actors: Vec<Actor>,
    roles: Vec<Role>,
    ambiguous: Vec<Ambiguity>,
    /// Position of each actor id, rebuilt after an entry could have changed its id.
    actor_at: HashMap<SmolStr, usize>,
    role_at: HashMap<SmolStr, usize>,
    stale: bool,
}

impl CatalogBuilder {
    /// An empty builder (the same as [`Catalog::builder`]).
    ///
    /// # Example
    ///
    /// ```
    /// let catalog = tarikh::actors::CatalogBuilder::new().build()?;
    /// assert!(catalog.actors().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new() -> CatalogBuilder {
        CatalogBuilder::default()
    }

    pub(super) fn from_parts(actors: Vec<Actor>, roles: Vec<Role>, ambiguous: Vec<Ambiguity>) -> CatalogBuilder {
        let mut builder = CatalogBuilder {
            actors,
            roles,
            ambiguous,
            stale: true,
            ..CatalogBuilder::default()
        };
        builder.reindex();
        builder
    }

    fn reindex(&mut self) {
        if !self.stale {
            return;
        }
        self.actor_at = self.actors.iter().enumerate().map(|(i, a)| (a.id.clone(), i)).collect();
        self.role_at = self.roles.iter().enumerate().map(|(i, r)| (r.id.clone(), i)).collect();
        self.stale = false;
    }

    /// Adds an actor, or replaces the actor with its id (a renamed group keeps its id and its roles).
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::{Actor, ActorKind, Catalog, Gender};
    ///
    /// let renamed = Actor::new("hts", "Hayat Tahrir al-Sham", "هيئة تحرير الشام", ActorKind::ArmedGroup, Gender::Feminine)
    ///     .with_alias("جبهة فتح الشام")
    ///     .with_alias("جبهة النصرة")
    ///     .with_country("SY");
    /// let catalog = Catalog::bundled().to_builder().actor(renamed).build()?;
    /// assert_eq!(catalog.actor("hts").map(|a| a.aliases_ar.len()), Some(2));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn actor(mut self, actor: Actor) -> CatalogBuilder {
        self.insert_actor(actor);
        self
    }

    /// Adds a role, or replaces the role with its id.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::{Actor, ActorKind, Catalog, Gender, Role};
    ///
    /// let role = Role::new("saraqib.council-head", "Head of the Saraqib local council", "رئيس المجلس المحلي في سراقب")
    ///     .with_country("SY")
    ///     .with_holder("council-head", "2024-01-01".parse()?, None);
    /// let catalog = Catalog::builder()
    ///     .actor(Actor::new("council-head", "A council head", "فلان الفلاني", ActorKind::Person, Gender::Masculine))
    ///     .role(role)
    ///     .build()?;
    /// assert_eq!(catalog.holder("saraqib.council-head", "2024-06-01".parse()?).map(|a| a.id.as_str()), Some("council-head"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn role(mut self, role: Role) -> CatalogBuilder {
        self.insert_role(role);
        self
    }

    /// Declares a name shared by several actors (see [`Ambiguity`]); a declaration of the same alias
    /// (folded) replaces the old one.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::{Actor, ActorKind, Ambiguity, Catalog, Gender};
    ///
    /// let person = |id: &str, name: &str| Actor::new(id, id, name, ActorKind::Person, Gender::Masculine).with_alias("الحلبي");
    /// let catalog = Catalog::builder()
    ///     .actor(person("a", "أحمد الحلبي"))
    ///     .actor(person("b", "محمود الحلبي"))
    ///     .ambiguity(Ambiguity::new("الحلبي", ["a", "b"]).with_default("a"))
    ///     .build()?;
    /// assert_eq!(catalog.ambiguities().len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn ambiguity(mut self, declaration: Ambiguity) -> CatalogBuilder {
        self.insert_ambiguity(declaration);
        self
    }

    /// Adds the entries of JSON of the catalog's form (`{"actors": [...], "roles": [...], "ambiguous": [...]}`,
    /// `"roles"` and `"ambiguous"` optional); an entry whose id is already present replaces the old one.
    ///
    /// # Errors
    ///
    /// [`CatalogError::Json`] when the text is not JSON of that form, [`CatalogError::DuplicateId`] when it
    /// uses an id twice.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::Catalog;
    ///
    /// let json = r#"{"actors": [{"id": "saraqib-council", "name": "Saraqib local council",
    ///   "name_ar": "مجلس سراقب المحلي", "kind": "government_body", "country": "SY", "gender": "m"}]}"#;
    /// let catalog = Catalog::bundled().to_builder().extend_json(json)?.build()?;
    /// assert!(catalog.actor("saraqib-council").is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn extend_json(mut self, json: &str) -> Result<CatalogBuilder, CatalogError> {
        let file = CatalogFile::parse(json)?;
        file.check_unique()?;
        self.extend(file.actors);
        self.extend(file.roles);
        for d in file.ambiguous {
            self.insert_ambiguity(d);
        }
        Ok(self)
    }

    /// Adds an actor, or replaces the one with its id and returns it, as [`HashMap::insert`] does.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::{Actor, ActorKind, Catalog, Gender};
    ///
    /// let mut builder = Catalog::bundled().to_builder();
    /// let mut lavrov = Catalog::bundled().actor("sergey-lavrov").cloned().ok_or("a bundled actor")?;
    /// lavrov.aliases_ar.push("سيرجي لافروف".into());
    /// let old = builder.insert_actor(lavrov);
    /// assert!(old.is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn insert_actor(&mut self, actor: Actor) -> Option<Actor> {
        self.reindex();
        match self.actor_at.get(&actor.id) {
            Some(&i) => Some(std::mem::replace(&mut self.actors[i], actor)),
            None => {
                self.actor_at.insert(actor.id.clone(), self.actors.len());
                self.actors.push(actor);
                None
            }
        }
    }

    /// Adds a role, or replaces the one with its id and returns it.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::{Catalog, Role};
    ///
    /// let mut builder = Catalog::bundled().to_builder();
    /// let role = Role::new("ru.foreign-minister", "Foreign Minister of Russia", "وزير الخارجية الروسي")
    ///     .with_country("RU").with_holder("sergey-lavrov", "2004-03-09".parse()?, None);
    /// assert!(builder.insert_role(role).is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn insert_role(&mut self, role: Role) -> Option<Role> {
        self.reindex();
        match self.role_at.get(&role.id) {
            Some(&i) => Some(std::mem::replace(&mut self.roles[i], role)),
            None => {
                self.role_at.insert(role.id.clone(), self.roles.len());
                self.roles.push(role);
                None
            }
        }
    }

    /// Declares a shared name, or replaces the declaration of the same alias and returns it.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::{Ambiguity, Catalog};
    ///
    /// let mut builder = Catalog::bundled().to_builder();
    /// let old = builder.insert_ambiguity(Ambiguity::new("قنا", ["qna"]));
    /// assert!(old.is_some()); // the bundled catalog declares it already
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn insert_ambiguity(&mut self, declaration: Ambiguity) -> Option<Ambiguity> {
        let key = super::check::name_key(&declaration.alias);
        match self
            .ambiguous
            .iter()
            .position(|d| super::check::name_key(&d.alias) == key)
        {
            Some(i) => Some(std::mem::replace(&mut self.ambiguous[i], declaration)),
            None => {
                self.ambiguous.push(declaration);
                None
            }
        }
    }

    /// The actor with this id, to edit in place.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::Catalog;
    ///
    /// let mut builder = Catalog::bundled().to_builder();
    /// builder.actor_mut("sergey-lavrov").ok_or("a bundled actor")?.aliases_ar.push("سيرجي لافروف".into());
    /// let catalog = builder.build()?;
    /// assert_eq!(catalog.actors_named("سيرجي لافروف")[0].id, "sergey-lavrov");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn actor_mut(&mut self, id: &str) -> Option<&mut Actor> {
        self.reindex();
        let i = *self.actor_at.get(id)?;
        // The caller may change the id.
        self.stale = true;
        Some(&mut self.actors[i])
    }

    /// The role with this id, to edit in place.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::Catalog;
    ///
    /// let mut builder = Catalog::bundled().to_builder();
    /// builder.role_mut("ru.foreign-minister").ok_or("a bundled role")?.titles_ar.push("كبير الدبلوماسيين الروس".into());
    /// let catalog = builder.build()?;
    /// assert!(catalog.role("ru.foreign-minister").is_some_and(|r| r.titles_ar.len() > 1));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn role_mut(&mut self, id: &str) -> Option<&mut Role> {
        self.reindex();
        let i = *self.role_at.get(id)?;
        self.stale = true;
        Some(&mut self.roles[i])
    }

    /// A new holder of an office from `from` on: the terms still open that began before `from` end the day
    /// before it (a new minister replaces the old one).
    ///
    /// # Errors
    ///
    /// [`CatalogError::UnknownRole`] when no role has the id. The actor is checked by [`build`](Self::build).
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::{Actor, ActorKind, Catalog, Gender};
    ///
    /// let mut builder = Catalog::bundled().to_builder().actor(
    ///     Actor::new("new-fm", "A new minister", "فلان الفلاني", ActorKind::Person, Gender::Masculine).with_country("RU"));
    /// builder.appoint("ru.foreign-minister", "new-fm", "2030-01-01".parse()?)?;
    /// let catalog = builder.build()?;
    /// assert_eq!(catalog.holder("ru.foreign-minister", "2030-06-01".parse()?).map(|a| a.id.as_str()), Some("new-fm"));
    /// assert_eq!(catalog.holder("ru.foreign-minister", "2029-12-31".parse()?).map(|a| a.id.as_str()), Some("sergey-lavrov"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn appoint(&mut self, role: &str, actor: &str, from: NaiveDate) -> Result<&mut CatalogBuilder, CatalogError> {
        let r = self
            .role_mut(role)
            .ok_or_else(|| CatalogError::UnknownRole { role: role.to_string() })?;
        let eve = from.pred_opt().unwrap_or(from);
        for h in r.holders.iter_mut().filter(|h| h.to.is_none() && h.from < from) {
            h.to = Some(eve);
        }
        r.holders.push(Holder::new(actor, from, None));
        Ok(self)
    }

    /// Removes the actor or the role with this id, and says whether there was one. An actor's terms of
    /// office go with it, and so do the roles left without a holder; the declarations of shared names drop it.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::Catalog;
    ///
    /// let mut builder = Catalog::bundled().to_builder();
    /// assert!(builder.remove("sergey-lavrov"));
    /// assert!(!builder.remove("sergey-lavrov"));
    /// let catalog = builder.build()?;
    /// assert!(catalog.actor("sergey-lavrov").is_none());
    /// assert!(catalog.actors_named("لافروف").is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn remove(&mut self, id: &str) -> bool {
        self.reindex();
        if let Some(i) = self.role_at.get(id).copied() {
            self.roles.remove(i);
            self.stale = true;
            return true;
        }
        let Some(i) = self.actor_at.get(id).copied() else {
            return false;
        };
        self.actors.remove(i);
        for r in &mut self.roles {
            r.holders.retain(|h| h.actor != id);
        }
        self.roles.retain(|r| !r.holders.is_empty());
        for d in &mut self.ambiguous {
            d.actors.retain(|a| a != id);
            if d.default.as_deref() == Some(id) {
                d.default = None;
            }
        }
        self.ambiguous.retain(|d| !d.actors.is_empty());
        self.stale = true;
        true
    }

    /// Checks the entries and compiles the matcher.
    ///
    /// # Errors
    ///
    /// The variants of [`CatalogError`] that name an entry and what to fix in it.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::{Catalog, Role};
    /// use tarikh::CatalogError;
    ///
    /// let orphan = Role::new("x.pm", "Prime Minister", "رئيس الوزراء").with_holder("nobody", "2024-01-01".parse()?, None);
    /// let error = Catalog::builder().role(orphan).build().err().ok_or("an unknown holder is refused")?;
    /// assert!(matches!(error, CatalogError::UnknownHolder { .. }));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn build(self) -> Result<Catalog, CatalogError> {
        Catalog::compile(self.actors, self.roles, self.ambiguous)
    }
}

impl Extend<Actor> for CatalogBuilder {
    /// Adds or replaces each actor, as [`insert_actor`](CatalogBuilder::insert_actor).
    fn extend<I: IntoIterator<Item = Actor>>(&mut self, actors: I) {
        for a in actors {
            self.insert_actor(a);
        }
    }
}

impl Extend<Role> for CatalogBuilder {
    /// Adds or replaces each role, as [`insert_role`](CatalogBuilder::insert_role).
    fn extend<I: IntoIterator<Item = Role>>(&mut self, roles: I) {
        for r in roles {
            self.insert_role(r);
        }
    }
}

impl FromIterator<Actor> for CatalogBuilder {
    /// A builder of these actors.
    fn from_iter<I: IntoIterator<Item = Actor>>(actors: I) -> CatalogBuilder {
        let mut builder = CatalogBuilder::new();
        builder.extend(actors);
        builder
    }
}

impl From<&Catalog> for CatalogBuilder {
    /// The same as [`Catalog::to_builder`].
    fn from(catalog: &Catalog) -> CatalogBuilder {
        catalog.to_builder()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::{ActorKind, Gender};

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn person(id: &str, name_ar: &str) -> Actor {
        Actor::new(id, id, name_ar, ActorKind::Person, Gender::Masculine).with_country("XX")
    }

    #[test]
    fn replacing_keeps_the_place_and_roles() {
        let mut b: CatalogBuilder = [person("a", "فلان"), person("b", "علان")].into_iter().collect();
        b.extend([Role::new("r", "R", "رئيس اللجنة").with_holder("a", day("2020-01-01"), None)]);
        let old = b.insert_actor(person("a", "فلان الجديد"));
        assert_eq!(old.map(|a| a.name_ar.to_string()), Some("فلان".to_string()));
        let c = b.build().unwrap();
        assert_eq!(c.actors()[0].name_ar, "فلان الجديد");
        assert_eq!(c.holder("r", day("2024-01-01")).unwrap().id, "a");
    }

    #[test]
    fn an_id_changed_in_place_is_seen_by_later_inserts() {
        let mut b: CatalogBuilder = [person("a", "فلان")].into_iter().collect();
        b.actor_mut("a").unwrap().id = "z".into();
        assert!(b.insert_actor(person("z", "علان")).is_some());
        assert!(b.insert_actor(person("a", "فلان")).is_none());
        assert_eq!(b.build().unwrap().actors().len(), 2);
    }

    #[test]
    fn appointing_closes_the_open_term() {
        let mut b: CatalogBuilder = [person("a", "فلان"), person("b", "علان")].into_iter().collect();
        b.extend([Role::new("r", "R", "رئيس اللجنة").with_holder("a", day("2020-01-01"), None)]);
        b.appoint("r", "b", day("2024-03-01")).unwrap();
        assert!(matches!(
            b.appoint("nope", "b", day("2024-03-01")),
            Err(CatalogError::UnknownRole { .. })
        ));
        let c = b.build().unwrap();
        assert_eq!(c.role("r").unwrap().holders[0].to, Some(day("2024-02-29")));
        assert_eq!(c.holder("r", day("2024-02-29")).unwrap().id, "a");
        assert_eq!(c.holder("r", day("2024-03-01")).unwrap().id, "b");
    }

    #[test]
    fn removing_an_actor_takes_its_terms_and_empty_roles() {
        let mut b: CatalogBuilder = [person("a", "فلان"), person("b", "علان")].into_iter().collect();
        b.extend([
            Role::new("r", "R", "رئيس اللجنة").with_holder("a", day("2020-01-01"), None),
            Role::new("s", "S", "نائب رئيس اللجنة")
                .with_holder("a", day("2020-01-01"), None)
                .with_holder("b", day("2020-01-01"), None)
                .with_plural(true),
        ]);
        assert!(b.remove("a"));
        let c = b.build().unwrap();
        assert!(c.role("r").is_none());
        assert_eq!(c.role("s").unwrap().holders.len(), 1);
        assert!(c.actors_named("فلان").is_empty());
    }

    #[test]
    fn json_entries_replace_known_ids() {
        let b: CatalogBuilder = [person("a", "فلان")].into_iter().collect();
        let json = r#"{"actors": [{"id": "a", "name": "A", "name_ar": "فلان الفلاني", "kind": "person", "country": "SY", "gender": "m"}]}"#;
        let c = b.extend_json(json).unwrap().build().unwrap();
        assert_eq!(c.actors().len(), 1);
        assert_eq!(c.actor("a").unwrap().name_ar, "فلان الفلاني");
        assert!(matches!(
            CatalogBuilder::new().extend_json("{"),
            Err(CatalogError::Json { .. })
        ));
    }
}
