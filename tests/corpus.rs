//! The phrase corpus beside the vocabulary (`data/corpus/*.tsv`): every phrase with its anchor and the value a
//! reader gives it. Adding a case is adding a line to one of those files.

use std::fs;
use std::path::Path;

use tarikh::{Anchor, DateFinder};

/// The value of the mention that covers most of the phrase, as the evaluation reads it.
fn best_value(finder: &DateFinder, phrase: &str, anchor: &Anchor) -> String {
    finder
        .find(phrase, Some(anchor))
        .into_iter()
        .filter_map(|m| m.value.map(|v| (m.end - m.start, v.value)))
        .max_by_key(|(len, _)| *len)
        .map(|(_, v)| v)
        .unwrap_or_default()
}

#[test]
fn every_corpus_phrase_resolves_as_written() {
    let finder = DateFinder::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/corpus");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("data/corpus exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    assert!(files.len() >= 5, "the corpus has a file per vocabulary area");
    let (mut total, mut failures) = (0, Vec::new());
    for file in &files {
        let text = fs::read_to_string(file).expect("corpus file is UTF-8");
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (anchor, phrase) = (cols.next().unwrap_or(""), cols.next().unwrap_or(""));
            let expected = cols.next().unwrap_or("");
            let anchor: Anchor = anchor
                .parse()
                .unwrap_or_else(|e| panic!("{}:{}: {e}", file.display(), n + 1));
            total += 1;
            let got = best_value(&finder, phrase, &anchor);
            if got != expected {
                failures.push(format!(
                    "{}:{} [{anchor}] {phrase}: expected {expected:?}, got {got:?}",
                    file.file_name().unwrap_or_default().to_string_lossy(),
                    n + 1
                ));
            }
        }
    }
    assert!(total > 500, "only {total} corpus phrases were read");
    assert!(
        failures.is_empty(),
        "{} of {total} phrases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
