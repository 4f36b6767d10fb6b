//! Reads an article and prints its dates and events.
//!
//! ```text
//! cargo run --release --example timeline -- --published 2024-12-06 --format json article.txt
//! ```

use std::io::Read;
use std::process::ExitCode;

use tarikh::events::Extractor;
use tarikh::Anchor;

fn main() -> ExitCode {
    let mut published: Option<Anchor> = None;
    let mut file: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--published" => match args.next().map(|a| a.parse::<Anchor>()) {
                Some(Ok(a)) => published = Some(a),
                Some(Err(e)) => {
                    eprintln!("timeline: {e}");
                    return ExitCode::from(2);
                }
                None => {
                    eprintln!("timeline: --published needs a date");
                    return ExitCode::from(2);
                }
            },
            "--format" => {
                args.next();
            }
            other => file = Some(other.to_string()),
        }
    }
    let text = match file.as_deref() {
        Some("-") | None => {
            let mut s = String::new();
            if std::io::stdin().read_to_string(&mut s).is_err() {
                eprintln!("timeline: standard input is not UTF-8 text");
                return ExitCode::FAILURE;
            }
            s
        }
        Some(path) => match std::fs::read_to_string(path) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("timeline: cannot read {path}: {e}");
                return ExitCode::FAILURE;
            }
        },
    };
    let Some(published) = published else {
        eprintln!("timeline: give --published YYYY-MM-DD");
        return ExitCode::from(2);
    };
    let article = Extractor::new().extract(&text, published);
    match serde_json::to_string_pretty(&article) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("timeline: {e}");
            ExitCode::FAILURE
        }
    }
}
