//! The bundled actor catalog checked as a whole: every term of office is sound, a one-person office has one
//! holder at a time, every name means one actor or is declared shared, every role title leads to its role,
//! every entry has what the extractor needs, and the catalog has the coverage the project promises.

use std::collections::HashMap;

use chrono::NaiveDate;
use tarikh::actors::{ActorKind, Catalog, Named};

/// The coverage issue 12 asks for: 3,000 actors and 500 roles with holders, 200 news outlets.
const MIN_ACTORS: usize = 3_000;
const MIN_ROLES: usize = 500;
/// News outlets, and international bodies (UN, its agencies, regional organisations, monitors, relief).
const MIN_MEDIA: usize = 200;
const MIN_INTERNATIONAL: usize = 150;

fn day(s: &str) -> NaiveDate {
    s.parse().expect("a valid date")
}

#[test]
fn terms_of_office_are_within_the_period_and_run_forward() {
    let catalog = Catalog::bundled();
    let mut bad = Vec::new();
    for role in catalog.roles() {
        for h in &role.holders {
            // The loader refuses a term that ends before it starts; this also catches typos in years.
            if h.from < day("1900-01-01") || h.from > day("2030-12-31") || h.to.is_some_and(|to| to > day("2030-12-31"))
            {
                bad.push(format!("{}: {} {} .. {:?}", role.id, h.actor, h.from, h.to));
            }
            if h.to.is_some_and(|to| to < h.from) {
                bad.push(format!("{}: {} ends before it starts", role.id, h.actor));
            }
        }
    }
    assert!(bad.is_empty(), "terms out of range:\n{}", bad.join("\n"));
}

#[test]
fn a_one_person_office_has_one_holder_at_a_time() {
    let catalog = Catalog::bundled();
    let mut overlaps = Vec::new();
    for role in catalog.roles().iter().filter(|r| !r.plural) {
        let mut terms: Vec<_> = role.holders.iter().collect();
        terms.sort_by_key(|h| h.from);
        for pair in terms.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            // A hand-over on the same day is one term ending as the other begins.
            let overlap = match a.to {
                None => true,
                Some(to) => to > b.from,
            };
            if overlap {
                overlaps.push(format!(
                    "{}: {} ({} .. {:?}) and {} (from {})",
                    role.id, a.actor, a.from, a.to, b.actor, b.from
                ));
            }
        }
    }
    assert!(
        overlaps.is_empty(),
        "terms that overlap in a one-person role (close the first term, or mark the role \"plural\": true):\n{}",
        overlaps.join("\n")
    );
}

#[test]
fn every_shared_name_is_declared() {
    let catalog = Catalog::bundled();
    let undeclared: Vec<String> = catalog
        .shared_names()
        .into_iter()
        .filter(|s| !s.declared)
        .map(|s| {
            let ids: Vec<&str> = s.actors.iter().map(|a| a.id.as_str()).collect();
            format!("{} → {}", s.name, ids.join(", "))
        })
        .collect();
    assert!(
        undeclared.is_empty(),
        "{} names that several actors share are not declared in \"ambiguous\" (declare them or make them specific):\n{}",
        undeclared.len(),
        undeclared.join("\n")
    );
}

#[test]
fn every_name_and_title_leads_to_its_entry() {
    let catalog = Catalog::bundled();
    let mut lost = Vec::new();
    for actor in catalog.actors() {
        for name in actor.names_ar() {
            let found = match catalog.lookup(name) {
                Some(Named::Actor(a)) => a.id == actor.id,
                Some(Named::Shared(d)) => d.actors.iter().any(|id| *id == actor.id),
                _ => false,
            };
            if !found {
                lost.push(format!(
                    "actor {}: {name:?} means {:?}",
                    actor.id,
                    catalog.lookup(name).map(describe)
                ));
            }
        }
    }
    for role in catalog.roles() {
        for title in &role.titles_ar {
            if !matches!(catalog.lookup(title), Some(Named::Role(r)) if r.id == role.id) {
                lost.push(format!(
                    "role {}: {title:?} means {:?}",
                    role.id,
                    catalog.lookup(title).map(describe)
                ));
            }
        }
    }
    assert!(lost.is_empty(), "names that lead elsewhere:\n{}", lost.join("\n"));
}

fn describe(named: Named<'_>) -> String {
    match named {
        Named::Actor(a) => format!("actor {}", a.id),
        Named::Role(r) => format!("role {}", r.id),
        Named::Shared(d) => format!("shared {:?}", d.actors),
    }
}

#[test]
fn every_entry_has_a_kind_gender_and_country_it_needs() {
    let catalog = Catalog::bundled();
    let mut bad = Vec::new();
    for a in catalog.actors() {
        if a.kind == ActorKind::AdHoc {
            bad.push(format!(
                "{}: kind ad_hoc is for speakers the catalog does not know",
                a.id
            ));
        }
        let national = matches!(
            a.kind,
            ActorKind::State | ActorKind::GovernmentBody | ActorKind::Embassy
        );
        if national && a.country.is_none() {
            bad.push(format!("{}: a {:?} needs its country", a.id, a.kind));
        }
        if a.kind == ActorKind::InternationalOrganisation && a.country.is_some() {
            bad.push(format!("{}: an international organisation has no country", a.id));
        }
    }
    for r in catalog.roles() {
        for h in &r.holders {
            let holder = catalog.actor(&h.actor).map(|a| a.kind);
            if holder != Some(ActorKind::Person) && !r.plural {
                // Offices are held by people; a body "holding" an office is a data error.
                bad.push(format!("{}: held by {} ({holder:?})", r.id, h.actor));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn ids_are_slugs() {
    let catalog = Catalog::bundled();
    let slug = |id: &str| {
        id.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.' || b == b'_')
    };
    let bad: Vec<&str> = catalog
        .actors()
        .iter()
        .map(|a| a.id.as_str())
        .chain(catalog.roles().iter().map(|r| r.id.as_str()))
        .filter(|id| !slug(id))
        .collect();
    assert!(bad.is_empty(), "ids that are not lower-case slugs: {bad:?}");
}

#[test]
fn the_catalog_has_the_promised_coverage() {
    let catalog = Catalog::bundled();
    let mut kinds: HashMap<ActorKind, usize> = HashMap::new();
    for a in catalog.actors() {
        *kinds.entry(a.kind).or_default() += 1;
    }
    let media = kinds.get(&ActorKind::Media).copied().unwrap_or(0);
    let international = [
        ActorKind::InternationalOrganisation,
        ActorKind::Monitor,
        ActorKind::Humanitarian,
    ]
    .iter()
    .map(|k| kinds.get(k).copied().unwrap_or(0))
    .sum::<usize>();
    assert!(media >= MIN_MEDIA, "{media} news outlets, fewer than {MIN_MEDIA}");
    assert!(
        international >= MIN_INTERNATIONAL,
        "{international} international, monitoring and relief bodies, fewer than {MIN_INTERNATIONAL}"
    );
    let actors = catalog.actors().len();
    let roles = catalog.roles().len();
    assert!(actors >= MIN_ACTORS, "{actors} actors, fewer than {MIN_ACTORS}");
    assert!(roles >= MIN_ROLES, "{roles} roles, fewer than {MIN_ROLES}");
}
