//! Inputs shared by the benches: the corpus of `bench-corpus/` when `scripts/gen-corpus.py` has written it,
//! else dispatches recombined here from the fixtures, so that `cargo bench` runs from a clean checkout.
//! `TARIKH_BENCH_CORPUS=DIR` reads the corpus from another folder (a missing one forces the recombination).
//!
//! Both are deterministic: the same files give the same inputs, and the recombination draws from a fixed seed.

// Each bench target compiles this module on its own and uses only part of it.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::Criterion;
use tarikh::Anchor;

/// One dispatch and the day it was published.
#[derive(Debug, Clone)]
pub struct Doc {
    pub published: Anchor,
    pub text: String,
}

/// The anchor of the plain-text corpus, which carries no publication dates of its own.
pub const PLAIN_ANCHOR: &str = "2024-12-06";

/// Short runs, so that every bench finishes in a few minutes on two cores.
pub fn criterion() -> Criterion {
    Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
}

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn corpus_file(name: &str) -> PathBuf {
    match std::env::var_os("TARIKH_BENCH_CORPUS") {
        Some(dir) => PathBuf::from(dir).join(name),
        None => root().join("bench-corpus").join(name),
    }
}

pub fn plain_anchor() -> Anchor {
    PLAIN_ANCHOR
        .parse()
        .unwrap_or_else(|e| panic!("{PLAIN_ANCHOR} is an anchor: {e}"))
}

/// Dispatches from `bench-corpus/news-1mb.txt` (blank lines between them), or about 1 MB recombined from the
/// fixtures when the file is absent.
pub fn news_1mb() -> Vec<Doc> {
    let path = corpus_file("news-1mb.txt");
    match fs::read_to_string(&path) {
        Ok(text) => {
            eprintln!("input: {}", path.display());
            let anchor = plain_anchor();
            text.split("\n\n")
                .filter(|t| !t.trim().is_empty())
                .map(|t| Doc {
                    published: anchor,
                    text: t.to_string(),
                })
                .collect()
        }
        Err(_) => {
            eprintln!(
                "input: {} is absent; recombining 1 MB from the fixtures",
                path.display()
            );
            Recombiner::new(0x7A41_4B48).docs(1_000_000)
        }
    }
}

/// At least `bytes` of articles from `bench-corpus/articles-10mb.jsonl`, each with its own publication date,
/// or as much recombined from the fixtures when the file is absent.
pub fn articles(bytes: usize) -> Vec<Doc> {
    let path = corpus_file("articles-10mb.jsonl");
    let Ok(jsonl) = fs::read_to_string(&path) else {
        eprintln!(
            "input: {} is absent; recombining {bytes} bytes from the fixtures",
            path.display()
        );
        return Recombiner::new(0x4152_5449).docs(bytes);
    };
    eprintln!("input: {}", path.display());
    let mut docs = Vec::new();
    let mut total = 0;
    for (n, line) in jsonl.lines().enumerate() {
        if total >= bytes {
            break;
        }
        let record: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), n + 1));
        let field = |name: &str| {
            record[name]
                .as_str()
                .unwrap_or_else(|| panic!("{}:{}: no string {name:?}", path.display(), n + 1))
                .to_string()
        };
        let published = field("published")
            .parse()
            .unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), n + 1));
        let text = field("text");
        total += text.len();
        docs.push(Doc { published, text });
    }
    docs
}

/// Total bytes of text.
pub fn bytes(docs: &[Doc]) -> u64 {
    docs.iter().map(|d| d.text.len() as u64).sum()
}

/// The dispatches as one text, a blank line between them.
pub fn joined(docs: &[Doc]) -> String {
    docs.iter().map(|d| d.text.as_str()).collect::<Vec<_>>().join("\n\n")
}

/// The first dispatches of `docs` that add up to at least `bytes`.
pub fn take_bytes(docs: &[Doc], bytes: usize) -> Vec<Doc> {
    let mut total = 0;
    docs.iter()
        .take_while(|d| {
            let more = total < bytes;
            total += d.text.len();
            more
        })
        .cloned()
        .collect()
}

/// xorshift64*: enough randomness to shuffle sentences, and the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Recombines the sentences of the fixture dispatches with the dated phrases of `data/corpus/` into new
/// dispatches: the small, in-process cousin of `scripts/gen-corpus.py`.
struct Recombiner {
    rng: Rng,
    published: Vec<Anchor>,
    sentences: Vec<String>,
    phrases: Vec<String>,
}

impl Recombiner {
    fn new(seed: u64) -> Recombiner {
        let fixtures = root().join("tests/fixtures/articles");
        let mut paths: Vec<PathBuf> = fs::read_dir(&fixtures)
            .unwrap_or_else(|e| panic!("{}: {e}", fixtures.display()))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        let mut published = Vec::new();
        let mut sentences = Vec::new();
        for path in &paths {
            let gold =
                fs::read_to_string(path.with_extension("json")).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let gold: serde_json::Value =
                serde_json::from_str(&gold).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            if let Some(Ok(day)) = gold["published"].as_str().map(str::parse) {
                published.push(day);
            }
            let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            for paragraph in text.lines() {
                sentences.extend(
                    paragraph
                        .split_inclusive(". ")
                        .map(str::trim)
                        .filter(|s| s.len() > 20)
                        .map(str::to_string),
                );
            }
        }
        let corpus = root().join("data/corpus");
        let mut tsvs: Vec<PathBuf> = fs::read_dir(&corpus)
            .unwrap_or_else(|e| panic!("{}: {e}", corpus.display()))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
            .collect();
        tsvs.sort();
        let mut phrases = Vec::new();
        for tsv in &tsvs {
            let text = fs::read_to_string(tsv).unwrap_or_else(|e| panic!("{}: {e}", tsv.display()));
            phrases.extend(
                text.lines()
                    .filter(|l| !l.starts_with('#'))
                    .filter_map(|l| l.split('\t').nth(1))
                    .filter(|p| !p.trim().is_empty())
                    .map(str::to_string),
            );
        }
        assert!(
            !published.is_empty() && !sentences.is_empty() && !phrases.is_empty(),
            "the fixtures and the phrase corpus are in place"
        );
        Recombiner {
            rng: Rng(seed | 1),
            published,
            sentences,
            phrases,
        }
    }

    fn sentence(&mut self) -> String {
        let sentence = self.rng.pick(&self.sentences).clone();
        match self.rng.below(4) {
            0 => format!("وفي {}، {sentence}", self.rng.pick(&self.phrases)),
            1 => format!(
                "وقال مصدر عسكري {} إن \"{}\"",
                self.rng.pick(&self.phrases),
                sentence.trim_end_matches('.')
            ),
            _ => sentence,
        }
    }

    fn doc(&mut self) -> Doc {
        let paragraphs = 4 + self.rng.below(9);
        let text = (0..paragraphs)
            .map(|_| {
                let sentences = 1 + self.rng.below(3);
                (0..sentences).map(|_| self.sentence()).collect::<Vec<_>>().join(" ")
            })
            .collect::<Vec<_>>()
            .join("\n");
        Doc {
            published: *self.rng.pick(&self.published),
            text,
        }
    }

    fn docs(&mut self, bytes: usize) -> Vec<Doc> {
        let mut docs = Vec::new();
        let mut total = 0;
        while total < bytes {
            let doc = self.doc();
            total += doc.text.len();
            docs.push(doc);
        }
        docs
    }
}
