//! Date finding and resolving: throughput over about 1 MB of dispatches, and a `linear` group that runs one
//! text of 1×, 10× and 100× a 100 KB base to show that the cost per byte does not grow with the input.
//!
//! ```text
//! cargo bench --bench dates
//! ```
//!
//! Reads `bench-corpus/news-1mb.txt` (`python3 scripts/gen-corpus.py`) when it is there, else recombines the
//! fixtures in-process.

mod common;

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use tarikh::DateFinder;

/// The base of the `linear` group.
const LINEAR_BASE: usize = 100_000;

fn find(c: &mut Criterion) {
    let finder = DateFinder::new();
    let docs = common::news_1mb();
    let mut group = c.benchmark_group("dates");
    group.throughput(Throughput::Bytes(common::bytes(&docs)));
    group.bench_function("find_1mb", |b| {
        b.iter(|| {
            let mut found = 0;
            for doc in &docs {
                found += finder.find(black_box(&doc.text), Some(&doc.published)).len();
            }
            found
        })
    });
    group.bench_function("find_1mb_unanchored", |b| {
        b.iter(|| {
            let mut found = 0;
            for doc in &docs {
                found += finder.find(black_box(&doc.text), None).len();
            }
            found
        })
    });
    group.finish();

    c.benchmark_group("dates_setup")
        .bench_function("finder_new", |b| b.iter(DateFinder::new));
}

fn linear(c: &mut Criterion) {
    let finder = DateFinder::new();
    let anchor = common::plain_anchor();
    let base = common::joined(&common::take_bytes(&common::news_1mb(), LINEAR_BASE));
    let mut group = c.benchmark_group("linear");
    for times in [1, 10, 100] {
        let text = vec![base.as_str(); times].join("\n\n");
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("find", format!("{times}x")), &text, |b, text| {
            b.iter(|| finder.find(black_box(text), Some(&anchor)).len())
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::criterion();
    targets = find, linear
}
criterion_main!(benches);
