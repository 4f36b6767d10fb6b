//! Looking a catalog up: an actor or a role by id, the holder of a role on a day, the roles an actor held, the
//! actors a name may mean, and the names several actors share.

use chrono::NaiveDate;

use super::check::name_key;
use super::{Actor, Catalog, NameIndex, Named, Role, SharedName};

impl Catalog {
    /// The actor with this id.
    ///
    /// # Example
    ///
    /// ```
    /// let catalog = tarikh::actors::Catalog::bundled();
    /// assert_eq!(catalog.actor("anadolu").map(|a| a.name.as_str()), Some("Anadolu Agency"));
    /// ```
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.entries().by_id.get(id).map(|&i| &self.entries().actors[i])
    }

    /// The index of the actor with this id.
    pub(crate) fn actor_index(&self, id: &str) -> Option<usize> {
        self.entries().by_id.get(id).copied()
    }

    /// The role with this id.
    ///
    /// # Example
    ///
    /// ```
    /// let catalog = tarikh::actors::Catalog::bundled();
    /// assert_eq!(catalog.role("ru.foreign-minister").map(|r| r.country.as_deref()), Some(Some("RU")));
    /// ```
    pub fn role(&self, id: &str) -> Option<&Role> {
        self.entries().role_by_id.get(id).map(|&i| &self.entries().roles[i])
    }

    /// Who held a role on a day: the holder whose term covers it (the latest to begin, where terms overlap).
    /// `None` if the role is unknown or nobody held it that day: before its first term, in a vacancy, or after
    /// a last term that ended. A former holder is never named for a day their term does not cover: "the
    /// Lebanese president" in the 2023 vacancy is nobody, not Michel Aoun.
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
        self.holder_of(self.role(role)?, day)
    }

    pub(crate) fn holder_of(&self, role: &Role, day: NaiveDate) -> Option<&Actor> {
        let covering = role.holders.iter().filter(|h| h.covers(day)).max_by_key(|h| h.from);
        covering.and_then(|h| self.actor(&h.actor))
    }

    /// The roles an actor held on a day, in the catalog's order (none for an unknown id).
    ///
    /// # Example
    ///
    /// ```
    /// let catalog = tarikh::actors::Catalog::bundled();
    /// let roles: Vec<&str> = catalog.roles_of("sergey-lavrov", "2024-12-06".parse()?).map(|r| r.id.as_str()).collect();
    /// assert_eq!(roles, ["ru.foreign-minister"]);
    /// assert_eq!(catalog.roles_of("sergey-lavrov", "1990-01-01".parse()?).count(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn roles_of<'a>(&'a self, actor: &'a str, day: NaiveDate) -> impl Iterator<Item = &'a Role> + 'a {
        self.entries()
            .roles
            .iter()
            .filter(move |r| r.holders.iter().any(|h| h.actor == actor && h.covers(day)))
    }

    fn index(&self) -> &NameIndex {
        self.entries().index.get_or_init(|| {
            let mut index = NameIndex::default();
            for (i, a) in self.entries().actors.iter().enumerate() {
                for name in a.names_ar() {
                    let ids = index.arabic.entry(name_key(name)).or_default();
                    if ids.last() != Some(&i) {
                        ids.push(i);
                    }
                }
                let ids = index.english.entry(a.name.trim().to_lowercase()).or_default();
                ids.push(i);
            }
            for (i, r) in self.entries().roles.iter().enumerate() {
                for t in &r.titles_ar {
                    let ids = index.titles.entry(name_key(t)).or_default();
                    if ids.last() != Some(&i) {
                        ids.push(i);
                    }
                }
            }
            for (i, d) in self.entries().ambiguous.iter().enumerate() {
                let key = name_key(&d.alias);
                // The declaration gives its name to every actor it lists.
                let ids = index.arabic.entry(key.clone()).or_default();
                ids.extend(
                    d.actors
                        .iter()
                        .filter_map(|id| self.entries().by_id.get(id.as_str()).copied()),
                );
                ids.sort_unstable();
                ids.dedup();
                index.shared.insert(key, i);
            }
            index
        })
    }

    /// The actors with this name: their Arabic name or an alias folds as `name` does (hamza, ى/ي, ة/ه,
    /// diacritics and tatweel do not count), or their English name is `name` in any case. In the
    /// catalog's order; empty when no actor has the name. The first call builds an index of the names.
    ///
    /// # Example
    ///
    /// ```
    /// let catalog = tarikh::actors::Catalog::bundled();
    /// assert_eq!(catalog.actors_named("لافروف")[0].id, "sergey-lavrov");
    /// assert_eq!(catalog.actors_named("سيرغي لافروف")[0].id, "sergey-lavrov");
    /// assert_eq!(catalog.actors_named("sergey lavrov")[0].id, "sergey-lavrov");
    /// assert!(catalog.actors_named("فلان الفلاني").is_empty());
    /// ```
    pub fn actors_named(&self, name: &str) -> Vec<&Actor> {
        let index = self.index();
        let arabic = index.arabic.get(&name_key(name)).into_iter().flatten();
        let english = index.english.get(&name.trim().to_lowercase()).into_iter().flatten();
        let mut found: Vec<usize> = arabic.chain(english).copied().collect();
        found.sort_unstable();
        found.dedup();
        found.into_iter().map(|i| &self.entries().actors[i]).collect()
    }

    /// What the matcher takes this Arabic name for when a text holds it alone, before any context: a
    /// declared shared name, else the first actor with the name, else the first role with the title.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::{Catalog, Named};
    ///
    /// let catalog = Catalog::bundled();
    /// assert!(matches!(catalog.lookup("وزير الخارجية الروسي"), Some(Named::Role(r)) if r.id == "ru.foreign-minister"));
    /// assert_eq!(catalog.lookup("فلان الفلاني"), None);
    /// ```
    pub fn lookup(&self, name: &str) -> Option<Named<'_>> {
        let index = self.index();
        let key = name_key(name);
        if let Some(&d) = index.shared.get(&key) {
            return Some(Named::Shared(&self.entries().ambiguous[d]));
        }
        if let Some(&i) = index.arabic.get(&key).and_then(|ids| ids.first()) {
            return Some(Named::Actor(&self.entries().actors[i]));
        }
        let r = *index.titles.get(&key)?.first()?;
        Some(Named::Role(&self.entries().roles[r]))
    }

    /// Every Arabic name that several actors share once folded, with whether a declaration covers it. A
    /// name that is not declared means the first of its actors wherever it appears: declare it (see
    /// [`Ambiguity`](crate::actors::Ambiguity)) or make it specific.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::Catalog;
    ///
    /// let catalog = Catalog::from_json(r#"{"actors": [
    ///   {"id": "a", "name": "A", "name_ar": "أحمد الحلبي", "aliases_ar": ["الحلبي"], "kind": "person", "country": "SY", "gender": "m"},
    ///   {"id": "b", "name": "B", "name_ar": "محمود الحلبي", "aliases_ar": ["الحلبى"], "kind": "person", "country": "SY", "gender": "m"}]}"#)?;
    /// let shared = catalog.shared_names();
    /// assert_eq!(shared.len(), 1);
    /// assert_eq!(shared[0].name, "الحلبي");
    /// assert!(!shared[0].declared);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn shared_names(&self) -> Vec<SharedName<'_>> {
        let index = self.index();
        let mut shared: Vec<SharedName<'_>> = index
            .arabic
            .iter()
            .filter(|(_, ids)| ids.len() > 1)
            .map(|(key, ids)| {
                let first = &self.entries().actors[ids[0]];
                let name = first.names_ar().find(|n| name_key(n) == *key).unwrap_or(&first.name_ar);
                SharedName {
                    name,
                    actors: ids.iter().map(|&i| &self.entries().actors[i]).collect(),
                    declared: index.shared.contains_key(key),
                }
            })
            .collect();
        shared.sort_by(|a, b| (&a.actors[0].id, a.name).cmp(&(&b.actors[0].id, b.name)));
        shared
    }
}
