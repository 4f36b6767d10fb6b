//! JSON Lines of articles in, JSON Lines of events out, in parallel and in bounded memory.
//!
//! ```text
//! cargo run --release --example batch -- articles.jsonl > events.jsonl
//! python3 scripts/gen-corpus.py && cargo run --release --example batch -- bench-corpus/articles-10mb.jsonl --out events.jsonl
//! cat articles.jsonl | cargo run --release --example batch > events.jsonl
//! ```
//!
//! Each input line is an object `{"id", "url", "outlet", "published", "text"}` (see
//! `tarikh::timeline::Document::from_json_line`). The input is read a batch of lines at a time (at most
//! `--batch-lines` lines, 1024 by default, or 16 MB), the batch is read by all cores (rayon), its records are
//! written in input order, and the next batch is read. An article may be at most `--max-article-bytes` long
//! (16 MiB by default, `tarikh::input::MAX_ARTICLE_BYTES`); a longer line is counted and skipped without
//! being held in memory, so memory stays bounded by the batch and the limit whatever the input.
//!
//! Every input line is accounted for in the output (`tarikh::timeline::process_jsonl`): one record per event
//! (`{"line": N, "id", ..., the event's fields}`), `{"line": N, "id": ..., "events": 0}` for an article
//! without events, `{"line": N, "error": "..."}` for a line that is not an article (bad JSON, no text, a bad
//! date, bytes that are not UTF-8 with the offset of the first, a line over the limit). The run goes on after
//! an error: a failure inside the library while reading one article (a panic, which is a bug to report) is
//! caught for that article alone and written as its error record. The summary (lines, records, errors) is
//! printed on standard error at the end of every run, even one stopped by a failure to read or write. A
//! progress bar is drawn on standard error when it is a terminal.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, IsTerminal, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::process::ExitCode;

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use tarikh::events::Extractor;
use tarikh::input::{Line, LineReader, MAX_ARTICLE_BYTES};
use tarikh::timeline::{process_jsonl, JSON_LINE_MARGIN};

const MAX_BATCH_BYTES: usize = 16 << 20;

const USAGE: &str = "usage: batch [FILE.jsonl|-] [--out FILE] [--batch-lines N] [--max-article-bytes N]";

struct Options {
    input: Option<String>,
    out: Option<String>,
    batch_lines: usize,
    max_article_bytes: usize,
}

/// What a run did, printed whatever happens.
#[derive(Default)]
struct Summary {
    lines: usize,
    records: usize,
    errors: usize,
    panics: usize,
}

fn parse_args() -> Result<Options, String> {
    let mut options = Options {
        input: None,
        out: None,
        batch_lines: 1024,
        max_article_bytes: MAX_ARTICLE_BYTES,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--out" => options.out = Some(args.next().ok_or("--out needs a file")?),
            "--batch-lines" => {
                let n = args.next().ok_or("--batch-lines needs a number")?;
                options.batch_lines = n
                    .parse::<usize>()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or(format!("--batch-lines {n:?} is not a positive number"))?;
            }
            "--max-article-bytes" => {
                let n = args.next().ok_or("--max-article-bytes needs a number")?;
                options.max_article_bytes = n
                    .parse::<usize>()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or(format!("--max-article-bytes {n:?} is not a positive number"))?;
            }
            "-h" | "--help" => return Err(USAGE.into()),
            "-" => options.input = None,
            other if other.starts_with("--") => return Err(format!("unknown option {other}")),
            other => options.input = Some(other.to_string()),
        }
    }
    Ok(options)
}

fn progress(total: Option<u64>) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    match total {
        Some(len) => {
            let bar = ProgressBar::new(len);
            if let Ok(style) = ProgressStyle::with_template(
                "{elapsed_precise} [{wide_bar}] {bytes}/{total_bytes} ({bytes_per_sec}, {eta}) {msg}",
            ) {
                bar.set_style(style);
            }
            bar
        }
        None => {
            let bar = ProgressBar::new_spinner();
            if let Ok(style) =
                ProgressStyle::with_template("{spinner} {elapsed_precise} {bytes} ({bytes_per_sec}) {msg}")
            {
                bar.set_style(style);
            }
            bar
        }
    }
}

/// The record of a line whose reading failed inside the library.
#[derive(serde::Serialize)]
struct Failed<'a> {
    line: usize,
    error: &'a str,
}

/// The records of one line; a panic inside the library is caught here, for this line alone, as a last line of
/// defence: the run goes on and the line still gets its record.
fn records(extractor: &Extractor, line: &Line, max_article_bytes: usize) -> (String, bool) {
    match catch_unwind(AssertUnwindSafe(|| process_jsonl(extractor, line, max_article_bytes))) {
        Ok(out) => (out, false),
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown".into());
            let error = format!("internal error while reading this article ({what}); please report it with the line");
            let record = serde_json::to_string(&Failed {
                line: line.number,
                error: &error,
            })
            .unwrap_or_else(|_| format!("{{\"line\":{},\"error\":\"internal error\"}}", line.number));
            (record + "\n", true)
        }
    }
}

fn run(options: &Options, summary: &mut Summary) -> Result<(), String> {
    let (reader, total): (Box<dyn BufRead>, Option<u64>) = match &options.input {
        Some(path) => {
            let file = File::open(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            let len = file.metadata().ok().map(|m| m.len());
            (Box::new(BufReader::with_capacity(1 << 20, file)), len)
        }
        None => (Box::new(BufReader::new(std::io::stdin().lock())), None),
    };
    let mut out: Box<dyn Write> = match &options.out {
        Some(path) => Box::new(BufWriter::new(
            File::create(path).map_err(|e| format!("cannot write {path}: {e}"))?,
        )),
        None => Box::new(BufWriter::new(std::io::stdout().lock())),
    };
    let extractor = Extractor::new();
    let bar = progress(total);
    // A line longer than this is counted but not kept: it cannot hold an article within the limit.
    let mut lines = LineReader::new(reader, options.max_article_bytes.saturating_add(JSON_LINE_MARGIN));
    let mut batch: Vec<Line> = Vec::with_capacity(options.batch_lines);
    loop {
        // Read a bounded batch.
        batch.clear();
        let mut bytes = 0;
        let mut eof = false;
        while batch.len() < options.batch_lines && bytes < MAX_BATCH_BYTES {
            match lines.next() {
                Some(line) => {
                    let line = line.map_err(|e| format!("cannot read the input: {e}"))?;
                    bytes += line.len + 1;
                    summary.lines += 1;
                    batch.push(line);
                }
                None => {
                    eof = true;
                    break;
                }
            }
        }
        // Read it on every core; collect keeps the input order.
        let outputs: Vec<(String, bool)> = batch
            .par_iter()
            .map(|line| records(&extractor, line, options.max_article_bytes))
            .collect();
        for (output, panicked) in &outputs {
            summary.records += output.lines().count();
            summary.errors += output.lines().filter(|l| l.contains("\"error\":")).count();
            summary.panics += usize::from(*panicked);
            out.write_all(output.as_bytes())
                .map_err(|e| format!("cannot write the output: {e}"))?;
        }
        bar.inc(bytes as u64);
        bar.set_message(format!("{} lines", summary.lines));
        if eof {
            break;
        }
    }
    out.flush().map_err(|e| format!("cannot write the output: {e}"))?;
    bar.finish_and_clear();
    Ok(())
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("batch: {message}");
            return ExitCode::from(2);
        }
    };
    let mut summary = Summary::default();
    let result = run(&options, &mut summary);
    if let Err(message) = &result {
        eprintln!("batch: {message}");
    }
    eprintln!(
        "batch: {} lines read, {} records written, {} of them errors{}{}",
        summary.lines,
        summary.records,
        summary.errors,
        if summary.panics > 0 {
            format!(
                " ({} articles failed inside the library: a bug, please report it)",
                summary.panics
            )
        } else {
            String::new()
        },
        if result.is_err() { "; stopped early" } else { "" }
    );
    // Every line has its record either way; a failure inside the library still makes the status say so.
    match result {
        Ok(()) if summary.panics == 0 => ExitCode::SUCCESS,
        _ => ExitCode::FAILURE,
    }
}
