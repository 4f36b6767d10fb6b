//! The bundled catalog's entries in the compact form that `build.rs` writes from `data/actors/*.json`: one
//! text a kind of entry, read here without a JSON parser when the bundled catalog's entries are first needed.
//!
//! Each entry ends with [`RECORD`]; its fields, in the order of its struct, are separated by [`FIELD`]; the
//! items of a list by [`ITEM`] (an empty field is an empty list); the holders of a role by [`HOLDER`], each
//! `actor ITEM from ITEM to`; an absent optional value is [`NONE`]. Kinds and genders are written as their
//! JSON names and read by their serde names, dates as `YYYY-MM-DD`. The tests hold the entries read here
//! equal to the JSON files read by `serde_json`.

use chrono::NaiveDate;
use serde::de::value::{Error as ValueError, StrDeserializer};
use serde::Deserialize;
use smol_str::SmolStr;

use super::types::{Actor, Ambiguity, Holder, Role};

/// Ends an entry.
pub(crate) const RECORD: char = '\u{1e}';
/// Separates the fields of an entry.
pub(crate) const FIELD: char = '\u{1f}';
/// Separates the items of a list, and the fields of a holder.
pub(crate) const ITEM: char = '\u{1d}';
/// Separates the holders of a role.
pub(crate) const HOLDER: char = '\u{1c}';
/// An absent optional value.
pub(crate) const NONE: &str = "\u{15}";

/// The entries of one text, each split into its fields.
fn records(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.split_terminator(RECORD).map(|r| r.split(FIELD).collect())
}

fn list(field: &str) -> Vec<String> {
    if field.is_empty() {
        return Vec::new();
    }
    field.split(ITEM).map(str::to_string).collect()
}

fn optional(field: &str) -> Option<SmolStr> {
    (field != NONE).then(|| field.into())
}

/// A kind or gender by its serde name.
fn named<'de, T: Deserialize<'de>>(field: &'de str) -> T {
    T::deserialize(StrDeserializer::<ValueError>::new(field))
        .unwrap_or_else(|e| panic!("build.rs writes serde names: {field:?}: {e}"))
}

fn date(field: &str) -> NaiveDate {
    field
        .parse()
        .unwrap_or_else(|e| panic!("build.rs writes dates as YYYY-MM-DD: {field:?}: {e}"))
}

/// The actors of a compact text.
///
/// # Panics
///
/// On a text that `build.rs` did not write: an entry with too few fields or a value it never writes.
pub(crate) fn actors(text: &str) -> Vec<Actor> {
    records(text)
        .map(|f| Actor {
            id: f[0].into(),
            name: f[1].into(),
            name_ar: f[2].into(),
            aliases_ar: list(f[3]),
            kind: named(f[4]),
            country: optional(f[5]),
            gender: named(f[6]),
        })
        .collect()
}

/// The roles of a compact text (panics as [`actors`]).
pub(crate) fn roles(text: &str) -> Vec<Role> {
    records(text)
        .map(|f| Role {
            id: f[0].into(),
            name: f[1].into(),
            titles_ar: list(f[2]),
            country: optional(f[3]),
            holders: f[4]
                .split_terminator(HOLDER)
                .map(|h| {
                    let h: Vec<&str> = h.split(ITEM).collect();
                    Holder {
                        actor: h[0].to_string(),
                        from: date(h[1]),
                        to: (h[2] != NONE).then(|| date(h[2])),
                    }
                })
                .collect(),
            plural: f[5] == "1",
        })
        .collect()
}

/// The declarations of shared names of a compact text (panics as [`actors`]).
pub(crate) fn ambiguities(text: &str) -> Vec<Ambiguity> {
    records(text)
        .map(|f| Ambiguity {
            alias: f[0].to_string(),
            actors: list(f[1]),
            default: optional(f[2]).map(String::from),
            note: optional(f[3]).map(String::from),
        })
        .collect()
}
