//! Stored and streamed pages end anywhere: mid-sentence, right after a verb, at the comma after a subject. Every
//! fixture article (written for this project), cut after each of its words, must read without a panic and with
//! every span a range of the cut text. (A sweep of this kind over real pages found four places that looked one
//! token past the end of the text.)

use std::fs;

use tarikh::events::Extractor;
use tarikh::Anchor;

#[test]
fn every_fixture_article_cut_after_any_word_reads_without_a_panic() {
    let extractor = Extractor::new();
    let anchor: Anchor = "2024-06-15".parse().expect("a valid anchor");
    let mut read = 0;
    for entry in fs::read_dir("tests/fixtures/articles").expect("the fixtures folder") {
        let path = entry.expect("a folder entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("txt") {
            continue;
        }
        let text = fs::read_to_string(&path).expect("a fixture text");
        let cuts = text.char_indices().filter(|(_, c)| c.is_whitespace()).map(|(i, _)| i);
        for cut in cuts {
            let prefix = &text[..cut];
            let article = extractor.extract(prefix, anchor);
            for event in &article.events {
                assert!(
                    prefix.get(event.span.start..event.span.end).is_some(),
                    "{}: cut at {cut}: span {:?}",
                    path.display(),
                    event.span
                );
            }
            read += 1;
        }
    }
    assert!(read > 1000, "only {read} cuts were read: are the fixtures there?");
}
