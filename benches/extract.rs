//! The whole article pipeline (dates, names, clauses, attribution, events) over about 1 MB of articles, each
//! read against its own publication date, and a `linear` group that reads one text of 1×, 10× and 100× a
//! 100 KB base of dispatches: the cost per byte should not grow with the length of one text.
//!
//! ```text
//! cargo bench --bench extract
//! ```
//!
//! Reads `bench-corpus/articles-10mb.jsonl` (`python3 scripts/gen-corpus.py`) when it is there, else
//! recombines the fixtures in-process.

mod common;

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
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

/// The base of the `linear` group.
const LINEAR_BASE: usize = 100_000;

fn linear(c: &mut Criterion) {
    let extractor = Extractor::new();
    let anchor = common::plain_anchor();
    let base = common::joined(&common::take_bytes(&common::news_1mb(), LINEAR_BASE));
    let mut group = c.benchmark_group("extract_linear");
    for times in [1, 10, 100] {
        let text = vec![base.as_str(); times].join("\n\n");
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("extract", format!("{times}x")), &text, |b, text| {
            b.iter(|| extractor.extract(black_box(text), anchor).events.len())
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::criterion();
    targets = extract, linear
}
criterion_main!(benches);
