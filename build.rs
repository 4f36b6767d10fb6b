//! Lists the bundled actor catalog's files (`data/actors/*.json`) for `src/actors.rs`, so that a new file of
//! actors is bundled by adding it to that folder, without touching code.

use std::env;
use std::fs;
use std::path::Path;

fn main() {
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
        String::from("/// The bundled catalog's files, by name, in name order.\nconst BUNDLED: &[(&str, &str)] = &[\n");
    for name in &files {
        println!("cargo::rerun-if-changed=data/actors/{name}");
        out.push_str(&format!(
            "    (\"data/actors/{name}\", include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/data/actors/{name}\"))),\n"
        ));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("bundled_actors.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}
