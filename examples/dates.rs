//! Reads one phrase a line on standard input and prints, for each, one JSON line with the date phrases found
//! in it and their values.
//!
//! ```text
//! echo "أمس الخميس" | cargo run --release --example dates -- --anchor 2024-12-06
//! ```
//!
//! With no `--anchor`, relative phrases are reported unresolved.
//!
//! Every input line gets one output line. A line that is not UTF-8 (or is longer than 16 MiB) gets
//! `{"line": N, "error": "..."}`, with the byte offset of the first bad byte, and the same message on standard
//! error; the run goes on with the next line.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use serde::Serialize;
use tarikh::input::{LineReader, MAX_ARTICLE_BYTES};
use tarikh::{Anchor, DateFinder, DateMention};

#[derive(Serialize)]
struct Line<'a> {
    text: &'a str,
    dates: Vec<DateMention>,
}

#[derive(Serialize)]
struct Unread {
    line: usize,
    error: String,
}

fn main() -> ExitCode {
    let mut anchor: Option<Anchor> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--anchor" => match args.next().map(|a| a.parse::<Anchor>()) {
                Some(Ok(a)) => anchor = Some(a),
                Some(Err(e)) => {
                    eprintln!("dates: {e}");
                    return ExitCode::from(2);
                }
                None => {
                    eprintln!("dates: --anchor needs a value: --anchor YYYY-MM-DD[THH:MM]");
                    return ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                println!("usage: dates [--anchor YYYY-MM-DD[THH:MM]] < phrases.txt");
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!("dates: unknown argument {other:?}; usage: dates [--anchor YYYY-MM-DD[THH:MM]]");
                return ExitCode::from(2);
            }
        }
    }
    let finder = DateFinder::new();
    let stdin = io::stdin();
    let mut out = BufWriter::new(io::stdout().lock());
    let mut bad = 0usize;
    for line in LineReader::new(stdin.lock(), MAX_ARTICLE_BYTES) {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("dates: cannot read standard input: {e}");
                return ExitCode::FAILURE;
            }
        };
        let written = match line.text() {
            Ok(text) => {
                let dates = finder.find(text, anchor.as_ref());
                serde_json::to_writer(&mut out, &Line { text, dates })
            }
            Err(e) => {
                bad += 1;
                eprintln!("dates: line {}: {e}; line skipped", line.number);
                serde_json::to_writer(
                    &mut out,
                    &Unread {
                        line: line.number,
                        error: e.to_string(),
                    },
                )
            }
        };
        if written.is_err() || writeln!(out).is_err() {
            return ExitCode::FAILURE;
        }
    }
    if bad > 0 {
        eprintln!("dates: {bad} lines could not be read (see above)");
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
