//! Reads one phrase a line on standard input and prints, for each, one JSON line with the date phrases found
//! in it and their values.
//!
//! ```text
//! echo "أمس الخميس" | cargo run --release --example dates -- --anchor 2024-12-06
//! ```
//!
//! With no `--anchor`, relative phrases are reported unresolved.

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use serde::Serialize;
use tarikh::{Anchor, DateFinder, DateMention};

#[derive(Serialize)]
struct Line<'a> {
    text: &'a str,
    dates: Vec<DateMention>,
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
    for line in stdin.lock().lines() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("dates: cannot read standard input: {e}");
                return ExitCode::FAILURE;
            }
        };
        let dates = finder.find(&line, anchor.as_ref());
        let record = Line { text: &line, dates };
        if serde_json::to_writer(&mut out, &record).is_err() || writeln!(out).is_err() {
            return ExitCode::FAILURE;
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
