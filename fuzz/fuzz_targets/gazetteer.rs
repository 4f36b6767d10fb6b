//! Arbitrary bytes through `Gazetteer::from_tsv`: an error or a gazetteer, never a panic; and a gazetteer keeps
//! no name that a text can never match: each Arabic name of each place, alone as a text, is found.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tarikh::places::Gazetteer;

fuzz_target!(|data: &[u8]| {
    let Ok(tsv) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(gazetteer) = Gazetteer::from_tsv(tsv) else {
        return;
    };
    for place in gazetteer.places() {
        for name in &place.names_ar {
            let found = gazetteer.find(name);
            assert!(!found.is_empty(), "place {:?}: its name {name:?} is never found", place.id);
            for m in &found {
                assert!(m.start < m.end && m.end <= name.len(), "span {}..{} of {name:?}", m.start, m.end);
                assert!(name.is_char_boundary(m.start) && name.is_char_boundary(m.end));
            }
        }
    }
});
