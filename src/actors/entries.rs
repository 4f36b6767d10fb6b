//! A catalog's entries and the maps built from them (all but the name matcher): checked when a catalog is
//! built, or, for the bundled catalog, read on first use from the compact form of `build.rs`.

use smol_str::SmolStr;
use std::collections::HashMap;
use std::sync::OnceLock;

use super::choose::Choice;
use super::types::{Actor, Ambiguity, Role};
use super::{check, compact, Key, NameIndex, Target};
use crate::error::CatalogError;

/// A catalog's entries and what is built from them but the matcher.
#[derive(Debug, Clone)]
pub(super) struct Entries {
    pub(super) actors: Vec<Actor>,
    pub(super) roles: Vec<Role>,
    pub(super) ambiguous: Vec<Ambiguity>,
    pub(super) by_id: HashMap<SmolStr, usize>,
    pub(super) role_by_id: HashMap<SmolStr, usize>,
    pub(super) choices: Vec<Choice>,
    pub(super) index: OnceLock<NameIndex>,
}

impl Entries {
    /// Checks the entries (see [`Catalog`]) and builds their maps.
    pub(super) fn new(
        actors: Vec<Actor>,
        roles: Vec<Role>,
        ambiguous: Vec<Ambiguity>,
    ) -> Result<Entries, CatalogError> {
        let (by_id, role_by_id) = check::check(&actors, &roles)?;
        check::check_ambiguities(&ambiguous, &actors, &by_id)?;
        Ok(Entries::assemble(actors, roles, ambiguous, by_id, role_by_id))
    }

    /// The entries of every bundled file, in file order, from the compact form build.rs wrote of them
    /// (`compact`). They are not checked here: the crate's tests check them
    /// (`the_bundled_entries_are_the_json_files_and_valid`).
    pub(super) fn bundled() -> Entries {
        let actors = compact::actors(include_str!(concat!(env!("OUT_DIR"), "/bundled_actors.txt")));
        let roles = compact::roles(include_str!(concat!(env!("OUT_DIR"), "/bundled_roles.txt")));
        let ambiguous = compact::ambiguities(include_str!(concat!(env!("OUT_DIR"), "/bundled_ambiguous.txt")));
        let by_id = actors.iter().enumerate().map(|(i, a)| (a.id.clone(), i)).collect();
        let role_by_id = roles.iter().enumerate().map(|(i, r)| (r.id.clone(), i)).collect();
        Entries::assemble(actors, roles, ambiguous, by_id, role_by_id)
    }

    /// The entries with the context choices of their shared names; the name index is built on first use.
    fn assemble(
        actors: Vec<Actor>,
        roles: Vec<Role>,
        ambiguous: Vec<Ambiguity>,
        by_id: HashMap<SmolStr, usize>,
        role_by_id: HashMap<SmolStr, usize>,
    ) -> Entries {
        let choices = ambiguous
            .iter()
            .map(|d| Choice::new(d, &actors, &roles, &by_id))
            .collect();
        Entries {
            actors,
            roles,
            ambiguous,
            by_id,
            role_by_id,
            choices,
            index: OnceLock::new(),
        }
    }

    /// The entries of every bundled file read as JSON, checked as any catalog is.
    #[cfg(test)]
    pub(super) fn bundled_json() -> Result<Entries, CatalogError> {
        let mut all = super::CatalogFile::default();
        for (_, json) in super::BUNDLED {
            let file = super::CatalogFile::parse(json)?;
            all.actors.extend(file.actors);
            all.roles.extend(file.roles);
            all.ambiguous.extend(file.ambiguous);
        }
        Entries::new(all.actors, all.roles, all.ambiguous)
    }

    /// Every Arabic name and title of the entries, with its key, and what each key stands for: the names
    /// that [`NameSet::new`] compiles into the matcher. Declarations first: a name seen twice keeps its first
    /// key. (`build.rs` lists the bundled files' names in the same order.)
    pub(super) fn names(&self) -> (Vec<(&str, usize)>, Vec<Key>) {
        let mut keys = Vec::new();
        let mut names = Vec::new();
        for (i, d) in self.ambiguous.iter().enumerate() {
            names.push((d.alias.as_str(), keys.len()));
            keys.push(Key::Shared(i));
        }
        for (i, a) in self.actors.iter().enumerate() {
            for name in a.names_ar() {
                names.push((name, keys.len()));
                keys.push(Key::Name(Target::Actor(i)));
            }
        }
        for (i, r) in self.roles.iter().enumerate() {
            for t in &r.titles_ar {
                names.push((t.as_str(), keys.len()));
                keys.push(Key::Name(Target::Role(i)));
            }
        }
        (names, keys)
    }
}
