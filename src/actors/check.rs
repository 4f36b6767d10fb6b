//! The checks a catalog passes when it is built: every entry can be used, and every error names the entry,
//! the field and what to do.

use smol_str::SmolStr;
use std::collections::{HashMap, HashSet};

use super::{Actor, ActorKind, Ambiguity, Role, MAX_ID_CHARS, MAX_NAME_CHARS};
use crate::error::CatalogError;
use crate::text::{fold_str, unmatchable};

/// How much of a bad id an error quotes.
const QUOTED_ID_CHARS: usize = 60;

/// An id as an error quotes it: cut after [`QUOTED_ID_CHARS`] characters.
fn quoted(id: &str) -> String {
    if id.chars().count() <= QUOTED_ID_CHARS {
        return id.to_string();
    }
    let mut cut: String = id.chars().take(QUOTED_ID_CHARS).collect();
    cut.push('…');
    cut
}

/// Fails on an id that is empty, too long, or holds white space or control characters.
fn check_id(id: &str, position: impl FnOnce() -> String) -> Result<(), CatalogError> {
    if id.trim().is_empty() {
        return Err(CatalogError::Empty {
            entry: position(),
            field: "id",
        });
    }
    let chars = id.chars().count();
    if chars > MAX_ID_CHARS {
        return Err(CatalogError::BadId {
            id: quoted(id),
            reason: format!(
                "it has {chars} characters, more than {MAX_ID_CHARS}: use a short slug such as \"ru.foreign-minister\""
            ),
        });
    }
    if id.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(CatalogError::BadId {
            id: quoted(id),
            reason: "it holds white space or a control character: join its words with '-' or '.'".to_string(),
        });
    }
    Ok(())
}

/// Fails on a country that is not two capital ASCII letters.
fn check_country(entry: &str, country: Option<&str>) -> Result<(), CatalogError> {
    match country {
        Some(code) if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) => {
            Err(CatalogError::BadCountry {
                entry: quoted(entry),
                country: code.chars().take(QUOTED_ID_CHARS).collect(),
            })
        }
        _ => Ok(()),
    }
}

/// Fails on an English name that is empty.
fn check_name(entry: &str, name: &str) -> Result<(), CatalogError> {
    if name.trim().is_empty() {
        return Err(CatalogError::Empty {
            entry: entry.to_string(),
            field: "name",
        });
    }
    Ok(())
}

/// Fails on an Arabic name the matcher could never find: empty, longer than [`MAX_NAME_CHARS`], without a
/// letter, or folding to a single character.
pub(super) fn check_arabic(entry: &str, field: &'static str, name: &str) -> Result<(), CatalogError> {
    let chars = name.trim().chars().count();
    if chars > MAX_NAME_CHARS {
        return Err(CatalogError::NameTooLong {
            entry: entry.to_string(),
            field,
            chars,
            max: MAX_NAME_CHARS,
        });
    }
    match unmatchable(name) {
        Some(reason) => Err(CatalogError::Unmatchable {
            entry: entry.to_string(),
            field,
            name: name.to_string(),
            reason,
        }),
        None => Ok(()),
    }
}

/// The position of each id.
pub(super) type Ids = HashMap<SmolStr, usize>;

/// Checks actors and roles; returns the index of each actor id and of each role id.
pub(super) fn check(actors: &[Actor], roles: &[Role]) -> Result<(Ids, Ids), CatalogError> {
    let mut by_id = HashMap::with_capacity(actors.len());
    for (i, a) in actors.iter().enumerate() {
        check_id(&a.id, || format!("actor #{}", i + 1))?;
        check_name(&a.id, &a.name)?;
        check_country(&a.id, a.country.as_deref())?;
        if a.name_ar.trim().is_empty() {
            return Err(CatalogError::Empty {
                entry: a.id.to_string(),
                field: "name_ar",
            });
        }
        check_arabic(&a.id, "name_ar", &a.name_ar)?;
        for alias in &a.aliases_ar {
            check_arabic(&a.id, "aliases_ar", alias)?;
        }
        if by_id.insert(a.id.clone(), i).is_some() {
            return Err(CatalogError::DuplicateId { id: a.id.to_string() });
        }
    }
    let mut role_by_id = HashMap::with_capacity(roles.len());
    for (i, r) in roles.iter().enumerate() {
        check_id(&r.id, || format!("role #{}", i + 1))?;
        if by_id.contains_key(&r.id) || role_by_id.insert(r.id.clone(), i).is_some() {
            return Err(CatalogError::DuplicateId { id: r.id.to_string() });
        }
        check_name(&r.id, &r.name)?;
        check_country(&r.id, r.country.as_deref())?;
        if r.holders.is_empty() {
            return Err(CatalogError::RoleWithoutHolder { role: r.id.to_string() });
        }
        if r.titles_ar.is_empty() {
            return Err(CatalogError::Empty {
                entry: r.id.to_string(),
                field: "titles_ar",
            });
        }
        for title in &r.titles_ar {
            check_arabic(&r.id, "titles_ar", title)?;
        }
        for h in &r.holders {
            if !by_id.contains_key(h.actor.as_str()) {
                return Err(CatalogError::UnknownHolder {
                    role: r.id.to_string(),
                    actor: h.actor.clone(),
                });
            }
            if h.to.is_some_and(|to| to < h.from) {
                return Err(CatalogError::BackwardTerm {
                    role: r.id.to_string(),
                    actor: h.actor.clone(),
                });
            }
        }
    }
    Ok((by_id, role_by_id))
}

/// The key under which a name is compared: folded, its words separated by one space.
pub(super) fn name_key(name: &str) -> String {
    fold_str(name.trim()).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Checks the declarations of shared names: each names known actors, and its default is one of them; an
/// alias is declared once.
pub(super) fn check_ambiguities(ambiguous: &[Ambiguity], actors: &[Actor], by_id: &Ids) -> Result<(), CatalogError> {
    let mut seen = HashSet::new();
    for d in ambiguous {
        let bad = |reason: String| CatalogError::BadAmbiguity {
            alias: d.alias.clone(),
            reason,
        };
        check_arabic(&d.alias, "alias", &d.alias)?;
        if !seen.insert(name_key(&d.alias)) {
            return Err(bad(
                "it is declared twice: merge the two declarations into one".to_string()
            ));
        }
        if d.actors.is_empty() {
            return Err(bad("it lists no actor: name the actors it may mean".to_string()));
        }
        // An actor listed need not have the alias itself: the declaration gives it the name (the bare
        // "الدفاع المدني" of national civil defences that each have a longer name).
        if let Some(id) = d.actors.iter().find(|id| !by_id.contains_key(id.as_str())) {
            return Err(bad(format!(
                "it names {id:?}, which is not an actor id: add the actor or fix the id"
            )));
        }
        // A name declared for one actor names it only where a source is cited: only an outlet is cited so.
        if let [only] = d.actors.as_slice() {
            if by_id
                .get(only.as_str())
                .is_some_and(|&i| actors[i].kind != ActorKind::Media)
            {
                return Err(bad(format!(
                    "it lists only {only:?}, which is not a news outlet; a name declared for one actor is matched \
                     only where a source is cited: list the other actors it may mean, or make the alias specific"
                )));
            }
        }
        if let Some(default) = &d.default {
            if !d.actors.contains(default) {
                return Err(bad(format!(
                    "its default {default:?} is not one of its actors: add it to \"actors\" or fix the default"
                )));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::{ActorKind, Gender};

    fn actor(id: &str, name_ar: &str) -> Actor {
        Actor::new(id, "Someone", name_ar, ActorKind::Person, Gender::Masculine)
    }

    #[test]
    fn names_that_cannot_match_are_refused_with_the_reason() {
        for (name, why) in [
            ("", "empty"),
            ("ـــــ", "no letter"),
            ("\u{064B}\u{064E}\u{0651}", "no letter"),
            ("ـ،ـ", "no letter"),
            ("ب", "single letter"),
        ] {
            let a = actor("x", "فلان").with_alias(name);
            let err = check(&[a], &[]).unwrap_err();
            assert!(
                matches!(
                    &err,
                    CatalogError::Unmatchable {
                        field: "aliases_ar",
                        ..
                    }
                ),
                "{name:?}: {err}"
            );
            assert!(err.to_string().contains(why), "{name:?}: {err}");
        }
        let err = check(&[actor("x", "ـــ")], &[]).unwrap_err();
        assert!(
            matches!(err, CatalogError::Unmatchable { field: "name_ar", .. }),
            "{err}"
        );
    }

    #[test]
    fn ids_and_english_names_are_checked() {
        let long = "x".repeat(10_000);
        let err = check(&[actor(&long, "فلان")], &[]).unwrap_err();
        assert!(matches!(err, CatalogError::BadId { .. }));
        assert!(err.to_string().len() < 400, "the message quotes a cut id: {err}");
        let err = check(&[actor("two words", "فلان")], &[]).unwrap_err();
        assert!(err.to_string().contains("white space"), "{err}");
        let mut nameless = actor("x", "فلان");
        nameless.name = " ".into();
        assert!(matches!(
            check(&[nameless], &[]),
            Err(CatalogError::Empty { field: "name", .. })
        ));
        let err = check(&[actor("x", "فلان").with_country("Syria")], &[]).unwrap_err();
        assert!(matches!(err, CatalogError::BadCountry { .. }), "{err}");
    }

    #[test]
    fn declarations_must_name_known_actors() {
        let actors = [actor("a", "فلان الفلاني").with_alias("الفلاني"), actor("b", "علان الفلاني")];
        let (by_id, _) = check(&actors, &[]).unwrap();
        // "b" does not have the alias: the declaration gives it.
        assert!(check_ambiguities(&[Ambiguity::new("الفلاني", ["a", "b"])], &actors, &by_id).is_ok());
        let err = check_ambiguities(&[Ambiguity::new("الفلاني", ["a"])], &actors, &by_id).unwrap_err();
        assert!(err.to_string().contains("not a news outlet"), "{err}");
        let err = check_ambiguities(&[Ambiguity::new("الفلاني", ["a", "c"])], &actors, &by_id).unwrap_err();
        assert!(err.to_string().contains("not an actor id"), "{err}");
        let err = check_ambiguities(
            &[Ambiguity::new("الفلاني", ["a", "b"]).with_default("c")],
            &actors,
            &by_id,
        )
        .unwrap_err();
        assert!(err.to_string().contains("default"), "{err}");
        let twice = [
            Ambiguity::new("الفلاني", ["a", "b"]),
            Ambiguity::new("الفلانى", ["a", "b"]),
        ];
        assert!(check_ambiguities(&twice, &actors, &by_id).is_err());
    }
}
