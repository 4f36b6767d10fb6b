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
//! written in input order, and the next batch is read: memory stays bounded whatever the input's size.
//!
//! Every input line is accounted for in the output (`tarikh::timeline::process_jsonl_bytes`): one record per
//! event (`{"line": N, "id", ..., the event's fields}`), `{"line": N, "id": ..., "events": 0}` for an article
//! without events, `{"line": N, "error": "..."}` for a line that is not an article (bad JSON, no text, a bad
//! date, bytes that are not UTF-8); the run goes on after an error. A progress bar is drawn on standard error
//! when it is a terminal.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use tarikh::events::Extractor;
use tarikh::timeline::process_jsonl_bytes;

const MAX_BATCH_BYTES: usize = 16 << 20;

struct Options {
    input: Option<String>,
    out: Option<String>,
    batch_lines: usize,
}

fn parse_args() -> Result<Options, String> {
    let mut options = Options {
        input: None,
        out: None,
        batch_lines: 1024,
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
            "-h" | "--help" => return Err("usage: batch [FILE.jsonl|-] [--out FILE] [--batch-lines N]".into()),
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

fn run() -> Result<(), String> {
    let options = parse_args()?;
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
    let mut reader = reader;
    let mut line_no = 0usize;
    let mut records = 0usize;
    let mut batch: Vec<(usize, Vec<u8>)> = Vec::with_capacity(options.batch_lines);
    loop {
        // Read a bounded batch.
        batch.clear();
        let mut bytes = 0;
        let mut eof = false;
        while batch.len() < options.batch_lines && bytes < MAX_BATCH_BYTES {
            let mut line = Vec::new();
            let n = reader
                .read_until(b'\n', &mut line)
                .map_err(|e| format!("cannot read the input: {e}"))?;
            if n == 0 {
                eof = true;
                break;
            }
            bytes += n;
            line_no += 1;
            while line.last().is_some_and(|&b| b == b'\n' || b == b'\r') {
                line.pop();
            }
            batch.push((line_no, line));
        }
        // Read it on every core; collect keeps the input order.
        let outputs: Vec<String> = batch
            .par_iter()
            .map(|(n, line)| process_jsonl_bytes(&extractor, *n, line))
            .collect();
        for output in &outputs {
            records += output.lines().count();
            out.write_all(output.as_bytes())
                .map_err(|e| format!("cannot write the output: {e}"))?;
        }
        bar.inc(bytes as u64);
        bar.set_message(format!("{line_no} lines"));
        if eof {
            break;
        }
    }
    out.flush().map_err(|e| format!("cannot write the output: {e}"))?;
    bar.finish_and_clear();
    eprintln!("batch: {line_no} lines read, {records} records written");
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("batch: {message}");
            ExitCode::FAILURE
        }
    }
}
