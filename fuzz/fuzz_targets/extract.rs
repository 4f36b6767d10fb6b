//! Arbitrary text through `Extractor::extract`: no panic, and every span it reports (dates, events, actor
//! mentions, places, event dates) is a char-aligned range of the input.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use tarikh::events::{Extractor, Span};

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(Extractor::new)
}

fn check<'t>(text: &'t str, span: Span, what: &str) -> &'t str {
    assert!(span.start <= span.end, "{what}: reversed span {span:?}");
    assert!(
        span.end <= text.len(),
        "{what}: span {span:?} past the end ({})",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start),
        "{what}: start of {span:?} inside a character"
    );
    assert!(
        text.is_char_boundary(span.end),
        "{what}: end of {span:?} inside a character"
    );
    &text[span.start..span.end]
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let article = extractor().extract(text, "2024-12-06".parse().expect("a valid anchor"));
    for m in &article.dates {
        let span = Span {
            start: m.start,
            end: m.end,
        };
        assert_eq!(m.text, check(text, span, "date"));
    }
    for e in &article.events {
        let clause = check(text, e.span, "event");
        assert!(
            clause.contains(e.text.as_str()),
            "event text {:?} outside its clause {clause:?}",
            e.text
        );
        if let Some(q) = &e.quotation {
            assert!(
                clause.contains(q.as_str()),
                "quotation {q:?} outside its clause {clause:?}"
            );
        }
        for actor in e.source.iter().chain(&e.via) {
            if let Some(span) = actor.mention {
                check(text, span, "actor mention");
            }
        }
        for place in &e.locations {
            assert_eq!(place.text, check(text, place.span, "place"));
        }
        if let Some(span) = e.date.as_ref().and_then(|d| d.mention) {
            check(text, span, "event date");
        }
    }
});
