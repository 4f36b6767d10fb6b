//! Arbitrary bytes through `Catalog::from_json`: an error or a catalog, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tarikh::actors::Catalog;

fuzz_target!(|data: &[u8]| {
    let Ok(json) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(catalog) = Catalog::from_json(json) {
        for actor in catalog.actors() {
            assert!(
                catalog.actor(&actor.id).is_some(),
                "actor {:?} not found by its id",
                actor.id
            );
        }
    }
});
