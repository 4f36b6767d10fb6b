//! Inputs built to find a superlinear path: each is run through date finding and the whole pipeline at two
//! sizes, ten times apart, as one text. The throughput of the larger should match that of the smaller.
//!
//! ```text
//! cargo bench --bench adversarial
//! cargo bench --bench adversarial -- digits     # one input
//! ```

mod common;

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use tarikh::events::Extractor;
use tarikh::DateFinder;

const KB: usize = 1_000;
const MB: usize = 1_000_000;

/// `unit` repeated until the text holds at least `bytes`.
fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()))
}

/// The adversarial inputs: a name, a builder, and the two sizes it is run at.
type Input = (&'static str, fn(usize) -> String, [usize; 2]);

const INPUTS: &[Input] = &[
    // One long run of digits: every token a number, and no word to stop the grammar.
    ("digits", |n| repeat_to("0123456789", n), [MB, 10 * MB]),
    // Arabic letters and date words with no space: one token of a megabyte.
    (
        "no_spaces",
        |n| repeat_to("أعلنالجيشالسوريأمسالجمعة6كانونالأول2024", n),
        [100 * KB, MB],
    ),
    // A weekday over and over: every token starts a date phrase. Sized by repetitions (13 bytes each).
    ("repeated_weekday", |n| "الجمعة ".repeat(n), [10_000, 100_000]),
    // A quotation opened once and never closed, over dispatch-like text full of verbs and dates.
    (
        "unclosed_quotation",
        |n| {
            let mut text = String::from("وقال المتحدث باسم الجيش \"");
            text.push_str(&repeat_to(
                "إن القوات سيطرت أمس الخميس على البلدة، وأكد مصدر عسكري اليوم أن الهجوم فشل في 6 كانون الأول 2024، ",
                n,
            ));
            text
        },
        [100 * KB, MB],
    ),
    // Only combining marks: fatha, damma, kasra, shadda, sukun, tanwin.
    (
        "only_diacritics",
        |n| repeat_to("\u{64E}\u{64F}\u{650}\u{651}\u{652}\u{64B}\u{64C}\u{64D}", n),
        [100 * KB, MB],
    ),
    // Only bidirectional controls: RLM, LRM, embeddings, isolates, pops.
    (
        "only_bidi",
        |n| {
            repeat_to(
                "\u{200F}\u{200E}\u{202B}\u{202A}\u{202C}\u{2067}\u{2066}\u{2069}\u{061C}",
                n,
            )
        },
        [100 * KB, MB],
    ),
    ("nul_bytes", |n| "\0".repeat(n), [100 * KB, MB]),
    // Many dispatches run together as one text: thousands of names, verbs and places for the attribution to
    // search through.
    (
        "dispatches_as_one_text",
        |n| common::joined(&common::take_bytes(&common::articles(n), n)),
        [300 * KB, 3 * MB],
    ),
    // English wire copy with an Arabic date phrase every few sentences.
    (
        "latin_with_arabic",
        |n| {
            let mut text = String::new();
            let mut i = 0;
            while text.len() < n {
                text.push_str("The army said on Friday 6 December 2024 that the offensive near Hama continued. ");
                i += 1;
                if i % 8 == 0 {
                    text.push_str("وقال مصدر أمس الخميس إن \"الهجوم فشل\". ");
                }
            }
            text
        },
        [100 * KB, MB],
    ),
];

fn adversarial(c: &mut Criterion) {
    let finder = DateFinder::new();
    let extractor = Extractor::new();
    let anchor = common::plain_anchor();
    for (name, build, sizes) in INPUTS {
        let mut group = c.benchmark_group(*name);
        for size in sizes {
            let text = build(*size);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new("find", text.len()), &text, |b, text| {
                b.iter(|| finder.find(black_box(text), Some(&anchor)).len())
            });
            group.bench_with_input(BenchmarkId::new("extract", text.len()), &text, |b, text| {
                b.iter(|| extractor.extract(black_box(text), anchor).events.len())
            });
        }
        group.finish();
    }
}

criterion_group! {
    name = benches;
    config = common::criterion().measurement_time(std::time::Duration::from_secs(3));
    targets = adversarial
}
criterion_main!(benches);
