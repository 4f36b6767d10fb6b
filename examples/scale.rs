//! Times the four inputs that were once quadratic (issue 13), at the sizes given, so that a regression shows
//! as a number:
//!
//! - `merge-one-document N`: one article of N sentences "وقال الجيش السوري أمس إن ..." of one source and one
//!   day, read, then merged (the timeline's build);
//! - `merge-retellings N`: N documents each retelling one claim, read, then merged;
//! - `gazetteer N`: a gazetteer of N places named "ريف X_i", all sharing their first word, loaded;
//! - `catalog N`: a catalog of N actors named "فلان X_i", loaded.
//!
//! ```text
//! cargo run --release --example scale                                 # every case at its issue-13 size
//! cargo run --release --example scale -- merge-one-document 80000     # one case
//! ```
//!
//! Each line prints the case, N, and the wall seconds of each stage with its CPU seconds (from
//! `/proc/self/stat`, where there is one).

use std::process::ExitCode;
use std::time::Instant;

use tarikh::actors::Catalog;
use tarikh::events::Extractor;
use tarikh::places::Gazetteer;
use tarikh::timeline::{Document, Timeline};

/// A word of Arabic letters for each number, all different.
fn word(mut i: usize) -> String {
    let letters: Vec<char> = "بتثجحخدذرزسشصضطظعغفق".chars().collect();
    let mut out = String::from("م");
    loop {
        out.push(letters[i % letters.len()]);
        i /= letters.len();
        if i == 0 {
            return out;
        }
    }
}

fn seconds(since: Instant) -> f64 {
    since.elapsed().as_secs_f64()
}

/// The CPU seconds (user and system) this process has used, where `/proc/self/stat` tells them (Linux, in
/// clock ticks of 1/100 s): on a loaded machine the wall time of a stage says more about the other processes.
fn cpu() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The fields after the command name (which may hold spaces) start after its closing parenthesis.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i)?.parse::<f64>().ok();
    Some((ticks(11)? + ticks(12)?) / 100.0)
}

/// Wall seconds since `start`, and CPU seconds since `cpu_start` when known.
fn took(start: Instant, cpu_start: Option<f64>) -> String {
    match (cpu(), cpu_start) {
        (Some(now), Some(then)) => format!("{:.2} s ({:.2} s CPU)", seconds(start), now - then),
        _ => format!("{:.2} s", seconds(start)),
    }
}

fn merge(name: &str, documents: Vec<Document>) -> Result<(), String> {
    let extractor = Extractor::new();
    let (start, cpu_start) = (Instant::now(), cpu());
    let mut builder = Timeline::builder();
    let mut events = 0;
    for doc in &documents {
        events += builder.add_document(&extractor, doc).map_err(|e| e.to_string())?;
    }
    let read = took(start, cpu_start);
    let (start, cpu_start) = (Instant::now(), cpu());
    let timeline = builder.build();
    println!(
        "{name}: {} documents, {events} events -> {} timeline events; read {read}, merge {}",
        documents.len(),
        timeline.len(),
        took(start, cpu_start)
    );
    Ok(())
}

fn run(case: &str, n: usize) -> Result<(), String> {
    let day = "2024-12-06".parse().map_err(|e| format!("{e}"))?;
    match case {
        "merge-one-document" => {
            let text: String = (0..n)
                .map(|i| {
                    format!(
                        "وقال الجيش السوري أمس إن {} {} {} {}. ",
                        word(4 * i),
                        word(4 * i + 1),
                        word(4 * i + 2),
                        word(4 * i + 3)
                    )
                })
                .collect();
            merge(case, vec![Document::new("one", day, text)])
        }
        "merge-retellings" => {
            let docs = (0..n)
                .map(|i| {
                    Document::new(
                        format!("d{i}"),
                        day,
                        "وقال الجيش السوري أمس إن القوات انسحبت من المدينة.",
                    )
                })
                .collect();
            merge(case, docs)
        }
        "gazetteer" => {
            let tsv: String = (0..n)
                .map(|i| format!("p{i}\tP{i}\tريف {}\tregion\tSY\t\t35\t36\n", word(i)))
                .collect();
            let (start, cpu_start) = (Instant::now(), cpu());
            let g = Gazetteer::from_tsv(&tsv).map_err(|e| e.to_string())?;
            println!(
                "{case}: {} places sharing a first word; load {}",
                g.places().len(),
                took(start, cpu_start)
            );
            Ok(())
        }
        "catalog" => {
            let actors: Vec<String> = (0..n)
                .map(|i| {
                    format!(
                        r#"{{"id": "p{i}", "name": "P{i}", "name_ar": "فلان {}", "kind": "person", "gender": "m"}}"#,
                        word(i)
                    )
                })
                .collect();
            let json = format!(r#"{{"actors": [{}]}}"#, actors.join(","));
            let (start, cpu_start) = (Instant::now(), cpu());
            let c = Catalog::from_json(&json).map_err(|e| e.to_string())?;
            println!(
                "{case}: {} actors sharing a first word; load {}",
                c.actors().len(),
                took(start, cpu_start)
            );
            Ok(())
        }
        other => Err(format!(
            "unknown case {other:?}: merge-one-document, merge-retellings, gazetteer or catalog"
        )),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cases: Vec<(String, usize)> = match args.as_slice() {
        [] => vec![
            ("merge-one-document".into(), 80_000),
            ("merge-retellings".into(), 40_000),
            ("gazetteer".into(), 100_000),
            ("catalog".into(), 100_000),
        ],
        [case, n] => match n.parse() {
            Ok(n) => vec![(case.clone(), n)],
            Err(_) => {
                eprintln!("scale: {n:?} is not a number");
                return ExitCode::from(2);
            }
        },
        _ => {
            eprintln!("usage: scale [CASE N]");
            return ExitCode::from(2);
        }
    };
    for (case, n) in cases {
        if let Err(e) = run(&case, n) {
            eprintln!("scale: {e}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
