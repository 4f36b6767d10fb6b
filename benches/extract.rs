//! The whole article pipeline (dates, names, clauses, attribution, events) over about 1 MB of articles, each
//! read against its own publication date.
//!
//! ```text
//! cargo bench --bench extract
//! ```
//!
//! Reads `bench-corpus/articles-10mb.jsonl` (`python3 scripts/gen-corpus.py`) when it is there, else
//! recombines the fixtures in-process.

mod common;

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use tarikh::events::Extractor;

fn extract(c: &mut Criterion) {
    let extractor = Extractor::new();
    let docs = common::articles(1_000_000);
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(common::bytes(&docs)));
    group.bench_function("articles_1mb", |b| {
        b.iter(|| {
            let mut events = 0;
            for doc in &docs {
                events += extractor.extract(black_box(&doc.text), doc.published).events.len();
            }
            events
        })
    });
    group.finish();

    c.benchmark_group("extract_setup")
        .bench_function("extractor_new", |b| b.iter(Extractor::new));
}

criterion_group! {
    name = benches;
    config = common::criterion();
    targets = extract
}
criterion_main!(benches);
