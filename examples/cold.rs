//! Builds `Extractor::new()` once, cold, and optionally extracts one file, once or `TIMES` times: the program
//! profiled for issue 12 (`valgrind --tool=callgrind target/release/examples/cold [FILE [TIMES]]`, see
//! docs/PERFORMANCE.md). The difference between two and one extraction is the cost of a warm one.
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
        let times: usize = std::env::args().nth(2).map_or(Ok(1), |n| n.parse())?;
        let text = std::fs::read_to_string(&path)?;
        for _ in 1..times {
            extractor.extract(&text, "2024-12-06".parse()?);
        }
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
