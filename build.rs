//! Compiles the bundled data that `Extractor::new()` would otherwise compile at every start of a program:
//!
//! - reads the actor catalog's files (`data/actors/*.json`, every file of the folder, so that a new file of
//!   actors is bundled by adding it there, without touching code) and lists them for the tests of
//!   `src/actors/mod.rs`;
//! - writes the catalog's entries in the compact form of `src/actors/compact.rs` (`bundled_*.txt`), which
//!   the crate reads without a JSON parser;
//! - builds the catalog's name matcher (every Arabic name, alias and role title, folded and tokenized into a
//!   trie) and the gazetteer's (`data/places.tsv`), and writes their tables as static arrays, with the key
//!   of each catalog name (`bundled_names.rs`, included by `src/actors/mod.rs` and `src/places.rs`).
//!
//! Folding, tokenizing and the trie are the crate's own code (`src/text/fold.rs`, `tokens.rs`, `names.rs`, `slots.rs`,
//! compiled here as modules of the build script), so build time and run time fold and match alike; the
//! crate's tests hold the static tables equal to a run-time build of the same files. The catalog's entries
//! are checked by those tests and when the crate first reads them, not here.

use std::env;
use std::fmt::Write;
use std::fs;
use std::path::Path;

#[allow(dead_code)]
#[path = "src/text/fold.rs"]
mod fold;
#[allow(dead_code)]
#[path = "src/text/names.rs"]
mod names;
#[allow(dead_code)]
#[path = "src/text/pairs.rs"]
mod pairs;
#[allow(dead_code)]
#[path = "src/text/slots.rs"]
mod slots;
#[allow(dead_code)]
#[path = "src/text/tokens.rs"]
mod tokens;

use names::NameSet;

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out_dir = Path::new(&out_dir);
    for source in [
        "src/text/fold.rs",
        "src/text/names.rs",
        "src/text/pairs.rs",
        "src/text/tokens.rs",
        "data/places.tsv",
        "data/vocab/spellings.tsv",
    ] {
        println!("cargo::rerun-if-changed={source}");
    }
    let dir = Path::new("data/actors");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files: Vec<String> = fs::read_dir(dir)
        .expect("data/actors exists in the crate")
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".json"))
        .collect();
    files.sort();
    let mut out =
        String::from("/// The bundled catalog's files, by name, in name order, which the tests read as JSON.\n#[cfg(test)]\nconst BUNDLED: &[(&str, &str)] = &[\n");
    for name in &files {
        println!("cargo::rerun-if-changed=data/actors/{name}");
        out.push_str(&format!(
            "    (\"data/actors/{name}\", include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/data/actors/{name}\"))),\n"
        ));
    }
    out.push_str("];\n");
    fs::write(out_dir.join("bundled_actors.rs"), out).expect("OUT_DIR is writable");

    let parsed: Vec<serde_json::Value> = files
        .iter()
        .map(|name| {
            let json = fs::read_to_string(format!("data/actors/{name}")).expect("a catalog file is readable");
            serde_json::from_str(&json).unwrap_or_else(|e| panic!("data/actors/{name} is not JSON: {e}"))
        })
        .collect();
    write_compact(&parsed, out_dir);
    let (set, keys) = catalog_names(&parsed);
    let mut out = write_set(&set, "BUNDLED_NAMES", out_dir, "bundled_names.txt");
    out.push_str("/// What each name of [`BUNDLED_NAMES`] stands for, by its key.\nstatic BUNDLED_KEYS: &[Key] = &[\n");
    for key in keys {
        let _ = writeln!(out, "{key},");
    }
    out.push_str("];\n");
    fs::write(out_dir.join("bundled_names.rs"), out).expect("OUT_DIR is writable");

    let tsv = fs::read_to_string("data/places.tsv").expect("data/places.tsv exists in the crate");
    let out = write_set(
        &place_names(&tsv),
        "BUNDLED_PLACE_NAMES",
        out_dir,
        "bundled_place_names.txt",
    );
    fs::write(out_dir.join("bundled_place_names.rs"), out).expect("OUT_DIR is writable");
}

/// The Rust source of a static set, its string written beside it.
fn write_set(set: &NameSet, name: &str, out_dir: &Path, text_file: &str) -> String {
    let text_path = out_dir.join(text_file);
    fs::write(&text_path, set.text()).expect("OUT_DIR is writable");
    format!(
        "/// The matcher of the bundled names, built by build.rs.\n{}",
        set.to_rust(name, &text_path.to_string_lossy())
    )
}

/// The catalog's matcher and the key of each of its names, in the order of `Catalog::compile`: the aliases
/// declared shared, then each actor's Arabic name and aliases, then each role's titles, every file's entries
/// of a kind after the previous file's.
fn catalog_names(parsed: &[serde_json::Value]) -> (NameSet, Vec<String>) {
    let entries = |field: &'static str| entries(parsed, field);
    let text =
        |value: &serde_json::Value, field: &str| value.get(field).and_then(|v| v.as_str()).unwrap_or("").to_string();
    let texts = |value: &serde_json::Value, field: &str| -> Vec<String> {
        let list = value.get(field).and_then(|v| v.as_array());
        list.into_iter()
            .flatten()
            .filter_map(|v| v.as_str())
            .map(str::to_string)
            .collect()
    };
    let mut names: Vec<String> = Vec::new();
    let mut keys = Vec::new();
    for (i, d) in entries("ambiguous").enumerate() {
        names.push(text(d, "alias"));
        keys.push(format!("Key::Shared({i})"));
    }
    for (i, a) in entries("actors").enumerate() {
        for name in std::iter::once(text(a, "name_ar")).chain(texts(a, "aliases_ar")) {
            names.push(name);
            keys.push(format!("Key::Name(Target::Actor({i}))"));
        }
    }
    for (i, r) in entries("roles").enumerate() {
        for title in texts(r, "titles_ar") {
            names.push(title);
            keys.push(format!("Key::Name(Target::Role({i}))"));
        }
    }
    let set = NameSet::new(names.iter().map(String::as_str).zip(0..));
    (set, keys)
}

/// The gazetteer's matcher, in the order of `Gazetteer::from_tsv`: each row's Arabic names (the third
/// column, split at `|`), keyed by the row's index among the places; blank lines, comments and the header
/// skipped.
fn place_names(tsv: &str) -> NameSet {
    let mut names = Vec::new();
    let mut place = 0;
    let mut first_row = true;
    for line in tsv.strip_prefix('\u{feff}').unwrap_or(tsv).lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if std::mem::take(&mut first_row) && cols.first().is_some_and(|c| c.trim().eq_ignore_ascii_case("id")) {
            continue;
        }
        let column = cols.get(2).copied().unwrap_or("");
        for name in column.split('|').map(str::trim).filter(|s| !s.is_empty()) {
            names.push((name, place));
        }
        place += 1;
    }
    NameSet::new(names)
}

/// Every entry of a kind (`"actors"`, `"roles"`, `"ambiguous"`), every file's after the previous file's.
fn entries<'a>(parsed: &'a [serde_json::Value], field: &'static str) -> impl Iterator<Item = &'a serde_json::Value> {
    parsed
        .iter()
        .flat_map(move |file| file.get(field).and_then(|v| v.as_array()).into_iter().flatten())
}

/// Writes the catalog's entries in the compact form that `src/actors/compact.rs` reads (see there):
/// `bundled_actors.txt`, `bundled_roles.txt`, `bundled_ambiguous.txt`.
fn write_compact(parsed: &[serde_json::Value], out_dir: &Path) {
    const RECORD: char = '\u{1e}';
    const FIELD: &str = "\u{1f}";
    const ITEM: &str = "\u{1d}";
    const HOLDER: &str = "\u{1c}";
    const NONE: &str = "\u{15}";
    let text = |v: &serde_json::Value, field: &str| -> String {
        let s = v.get(field).and_then(|v| v.as_str()).unwrap_or("");
        assert!(
            !s.chars().any(|c| matches!(c, '\u{15}' | '\u{1c}'..='\u{1f}')),
            "a catalog value holds a control character: {s:?}"
        );
        s.to_string()
    };
    let optional = |v: &serde_json::Value, field: &str| match v.get(field) {
        Some(serde_json::Value::String(_)) => text(v, field),
        _ => NONE.to_string(),
    };
    let list = |v: &serde_json::Value, field: &str| -> String {
        let items = v.get(field).and_then(|v| v.as_array());
        let items: Vec<String> = items
            .into_iter()
            .flatten()
            .map(|item| text(&serde_json::json!({ "s": item }), "s"))
            .collect();
        items.join(ITEM)
    };
    // One record a line of fields, for each entry of a kind, in the file the library reads it from.
    let write = |kind: &'static str, file: &str, fields: &dyn Fn(&serde_json::Value) -> Vec<String>| {
        let mut out = String::new();
        for entry in entries(parsed, kind) {
            out.push_str(&fields(entry).join(FIELD));
            out.push(RECORD);
        }
        fs::write(out_dir.join(file), &out).expect("OUT_DIR is writable");
    };
    write("actors", "bundled_actors.txt", &|a| {
        vec![
            text(a, "id"),
            text(a, "name"),
            text(a, "name_ar"),
            list(a, "aliases_ar"),
            text(a, "kind"),
            optional(a, "country"),
            text(a, "gender"),
        ]
    });
    write("roles", "bundled_roles.txt", &|r| {
        let holders = r.get("holders").and_then(|v| v.as_array());
        let holders: Vec<String> = holders
            .into_iter()
            .flatten()
            .map(|h| [text(h, "actor"), text(h, "from"), optional(h, "to")].join(ITEM))
            .collect();
        let plural = r.get("plural").and_then(|v| v.as_bool()).unwrap_or(false);
        vec![
            text(r, "id"),
            text(r, "name"),
            list(r, "titles_ar"),
            optional(r, "country"),
            holders.join(HOLDER),
            if plural { "1" } else { "" }.to_string(),
        ]
    });
    write("ambiguous", "bundled_ambiguous.txt", &|d| {
        vec![
            text(d, "alias"),
            list(d, "actors"),
            optional(d, "default"),
            optional(d, "note"),
        ]
    });
}
