//! Arbitrary text through `DateFinder::find`: no panic, and every mention's span is a char-aligned range of
//! the input whose text is the mention's text.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use tarikh::{Anchor, DateFinder};

fn finder() -> &'static DateFinder {
    static FINDER: OnceLock<DateFinder> = OnceLock::new();
    FINDER.get_or_init(DateFinder::new)
}

/// `TARIKH_FUZZ_ALLOW_REVERSED=1` skips the `first_day <= last_day` check: while such a bug is open, fuzz past it.
fn check_order() -> bool {
    static CHECK: OnceLock<bool> = OnceLock::new();
    *CHECK.get_or_init(|| std::env::var_os("TARIKH_FUZZ_ALLOW_REVERSED").is_none())
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let anchor: Anchor = "2024-12-06".parse().expect("a valid anchor");
    for anchor in [Some(&anchor), None] {
        for m in finder().find(text, anchor) {
            assert!(m.start < m.end, "empty or reversed span {}..{}", m.start, m.end);
            assert!(
                m.end <= text.len(),
                "span {}..{} past the end ({})",
                m.start,
                m.end,
                text.len()
            );
            assert!(text.is_char_boundary(m.start), "start {} inside a character", m.start);
            assert!(text.is_char_boundary(m.end), "end {} inside a character", m.end);
            assert_eq!(m.text, &text[m.start..m.end]);
            if let Some(v) = m.value.as_ref().filter(|_| check_order()) {
                assert!(v.first_day <= v.last_day, "{v:?} ends before it starts");
            }
        }
    }
});
