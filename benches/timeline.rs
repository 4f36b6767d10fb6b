//! Timelines: reading documents and merging their events (`Timeline::from_documents`) over about 1 MB of
//! articles, merging and sorting alone (`Timeline::from_articles` on articles already read), and a `merge_linear`
//! group that merges 100 KB, 1 MB and 10 MB of distinct articles to show that merging stays close to linear.
//!
//! ```text
//! cargo bench --bench timeline
//! ```
//!
//! Reads `bench-corpus/articles-10mb.jsonl` (`python3 scripts/gen-corpus.py`) when it is there, else recombines
//! the fixtures in-process. Throughput is in bytes of article text.

mod common;

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, Throughput};
use tarikh::events::{Article, Extractor};
use tarikh::timeline::{Document, Origin, Timeline};

fn documents(docs: &[common::Doc]) -> Vec<Document> {
    docs.iter()
        .enumerate()
        .map(|(n, d)| {
            Document::new(format!("bench-{n}"), d.published.date(), d.text.clone())
                .with_outlet(format!("outlet-{}", n % 7))
        })
        .collect()
}

fn read(extractor: &Extractor, documents: &[Document], docs: &[common::Doc]) -> Vec<(Origin, Article)> {
    documents
        .iter()
        .zip(docs)
        .map(|(document, doc)| (document.origin(), extractor.extract(&doc.text, doc.published)))
        .collect()
}

fn timeline(c: &mut Criterion) {
    let extractor = Extractor::new();
    let docs = common::articles(1_000_000);
    let documents = documents(&docs);
    let articles = read(&extractor, &documents, &docs);
    let mut group = c.benchmark_group("timeline");
    group.throughput(Throughput::Bytes(common::bytes(&docs)));
    group.bench_function("from_documents_1mb", |b| {
        b.iter(|| {
            Timeline::from_documents(&extractor, black_box(&documents))
                .map(|t| t.len())
                .unwrap_or_else(|e| panic!("the corpus dates are in range: {e}"))
        })
    });
    group.bench_function("from_articles_1mb", |b| {
        b.iter_batched(
            || articles.clone(),
            |articles| Timeline::from_articles(articles).len(),
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

fn merge_linear(c: &mut Criterion) {
    let extractor = Extractor::new();
    let all = common::articles(10_000_000);
    let mut group = c.benchmark_group("merge_linear");
    for bytes in [100_000, 1_000_000, 10_000_000] {
        let docs = common::take_bytes(&all, bytes);
        let articles = read(&extractor, &documents(&docs), &docs);
        group.throughput(Throughput::Bytes(common::bytes(&docs)));
        group.bench_with_input(
            BenchmarkId::new("from_articles", common::bytes(&docs)),
            &articles,
            |b, articles| {
                b.iter_batched(
                    || articles.clone(),
                    |articles| Timeline::from_articles(articles).len(),
                    BatchSize::LargeInput,
                )
            },
        );
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::criterion();
    targets = timeline, merge_linear
}
criterion_main!(benches);
