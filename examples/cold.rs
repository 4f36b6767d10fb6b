//! Builds `Extractor::new()` once, cold, and optionally extracts one file: the program profiled for issue 12
//! (`valgrind --tool=callgrind target/release/examples/cold [FILE]`, see docs/PERFORMANCE.md).
//!
//! ```sh
//! cargo run --release --example cold -- bench-corpus/news-1mb.txt
//! ```

use std::time::Instant;

use tarikh::events::Extractor;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let start = Instant::now();
    let extractor = Extractor::new();
    let built = start.elapsed();
    println!("Extractor::new() cold: {:.2} ms", built.as_secs_f64() * 1e3);
    if let Some(path) = std::env::args().nth(1) {
        let text = std::fs::read_to_string(&path)?;
        let start = Instant::now();
        let article = extractor.extract(&text, "2024-12-06".parse()?);
        let took = start.elapsed();
        println!(
            "extract {path}: {} events in {:.1} ms ({:.1} MB/s)",
            article.events.len(),
            took.as_secs_f64() * 1e3,
            text.len() as f64 / took.as_secs_f64() / 1e6
        );
    }
    Ok(())
}
