//! Reads articles and prints their timeline.
//!
//! ```text
//! cargo run --release --example timeline                       # the embedded sample, as a Markdown table
//! cargo run --release --example timeline -- --format html --out sample.html
//! cargo run --release --example timeline -- --published 2024-12-06 --format json article.txt
//! cargo run --release --example timeline -- --format csv --out acled.csv articles.jsonl more/ extra.txt
//! ```
//!
//! With no input it reads the sample of five short dispatches embedded below. Inputs are plain-text files
//! (one article each, read against `--published`, or else against the date of its dateline), `-` for standard
//! input, JSON Lines files (`.jsonl`: one `{"id", "url", "outlet", "published", "text"}` a line), and
//! directories (their `.txt` and `.jsonl` files, in name order; a text without a date is reported and
//! skipped). Input is read as bytes, a line at a time:
//!
//! - in a `.jsonl` file, a line that is not UTF-8, not a document, or larger than `--max-article-bytes` is
//!   reported on standard error with its file, line number and (for bad bytes) the byte offset of the first
//!   bad byte in the line, and skipped; the other lines are read;
//! - in a plain text, each line holding bytes that are not UTF-8 is reported with its line number and byte
//!   offsets (in the line and in the file), its bad bytes are read as U+FFFD, and the article is read;
//! - a plain-text article larger than `--max-article-bytes` (16 MiB by default) is an error that stops the run
//!   when the file is named, and is reported and skipped in a directory (as is a text without a date).
//!
//! Options: `--format json|jsonl|plover|csv|md|html` (default `md`), `--published YYYY-MM-DD` (for plain
//! files), `--outlet NAME` (for plain files), `--threshold X` (merge threshold, default 0.5),
//! `--max-article-bytes N`, `--out FILE`, `--help`.
//!
//! One plain-text article with `--format json` prints what the extractor read in it, the serde form of
//! `tarikh::events::Article`: `{"published", "dates": [...], "events": [...]}` (the form
//! `shared/eval/score.py` reads). Every other case prints the timeline in the format asked for.

use std::fs;
use std::io::{BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use rayon::prelude::*;
use tarikh::events::Extractor;
use tarikh::export::{self, Format};
use tarikh::input::{LineReader, MAX_ARTICLE_BYTES};
use tarikh::timeline::{Document, TimelineBuilder, TimelineConfig, JSON_LINE_MARGIN};
use tarikh::{Anchor, DateFinder, DocumentError};

/// The embedded sample: (id, outlet, url, published, text). Five dispatches of four invented outlets about
/// the last two weeks of the Assad government; the Syrian Observatory's account of the withdrawal from Aleppo
/// airport and the entry into Damascus are each told by two outlets.
const SAMPLE: &[(&str, &str, &str, &str, &str)] = &[
    (
        "levant-wire-1130",
        "Levant Wire",
        "https://levant-wire.example/2024/11/30/aleppo",
        "2024-11-30",
        "حلب – أعلنت إدارة العمليات العسكرية اليوم السبت سيطرتها على معظم أحياء مدينة حلب، بعد ثلاثة أيام من إطلاق معركة \"ردع العدوان\".
وقال المرصد السوري لحقوق الإنسان إن قوات النظام انسحبت من مطار حلب الدولي ومن الأكاديمية العسكرية دون مواجهات تذكر.
وكانت منظمة الأمم المتحدة للطفولة قد حذرت في تشرين الثاني من تدهور الوضع الإنساني في شمال غرب سوريا.",
    ),
    (
        "euphrates-daily-1201",
        "Euphrates Daily",
        "https://euphrates-daily.example/news/1201-idlib",
        "2024-12-01",
        "أفاد المرصد السوري لحقوق الإنسان أمس السبت بأن قوات النظام انسحبت من مطار حلب الدولي والأكاديمية العسكرية دون مواجهات تذكر.
وشنت الطائرات الروسية صباح اليوم غارات على مدينة إدلب، في أول قصف جوي على المدينة منذ بدء الهجوم.
وكانت قوات النظام قد استعادت الأحياء الشرقية من حلب عام 2016 بدعم جوي روسي.",
    ),
    (
        "orontes-times-1202",
        "Orontes Times",
        "https://orontes-times.example/a/2024-12-02/moscow-ankara",
        "2024-12-02",
        "موسكو – نقلت وكالة تاس عن المتحدث باسم الكرملين دميتري بيسكوف قوله اليوم إن موسكو \"تواصل دعم السلطات الشرعية في سوريا\".
ودعت وزارة الخارجية التركية في بيان أمس الأحد إلى \"وقف فوري للتصعيد وحماية المدنيين\".
ونفذت القوات الروسية بين 29 تشرين الثاني و1 كانون الأول غارات على مواقع للمسلحين في ريف إدلب وريف حماة، بحسب وزارة الدفاع الروسية.",
    ),
    (
        "barada-dispatch-1208",
        "Barada Dispatch",
        "https://barada-dispatch.example/2024/12/08/damascus",
        "2024-12-08",
        "دمشق – أعلنت إدارة العمليات العسكرية فجر اليوم الأحد دخول قواتها إلى العاصمة دمشق.
وقالت الإدارة في بيان عبر التلفزيون الرسمي إن \"مرحلة جديدة بدأت في تاريخ سوريا\".
وكانت الفصائل قد سيطرت ليل أمس السبت على مدينة حمص بعد انسحاب وحدات الجيش منها.
وقال رئيس مجلس الوزراء محمد غازي الجلالي إنه مستعد للتعاون مع أي قيادة يختارها الشعب.",
    ),
    (
        "levant-wire-1208",
        "Levant Wire",
        "https://levant-wire.example/2024/12/08/damascus",
        "2024-12-08",
        "أعلنت إدارة العمليات العسكرية صباح اليوم دخول قواتها إلى العاصمة دمشق.
ودعا المبعوث الأممي إلى سوريا غير بيدرسن جميع الأطراف إلى ضبط النفس وحماية المدنيين.",
    ),
];

/// A failure and the exit status it gives.
enum Failure {
    /// The command line is wrong (status 2).
    Usage(String),
    /// An input or output failed (status 1).
    Run(String),
    /// `--help` (status 0).
    Help,
}

const HELP: &str = "\
usage: timeline [--format json|jsonl|plover|csv|md|html] [--published YYYY-MM-DD] [--outlet NAME]
                [--threshold X] [--max-article-bytes N] [--out FILE] [FILE|DIR|FILE.jsonl|-]...

Reads articles and prints their merged timeline (with no input, an embedded sample of five dispatches).
  FILE         a plain-text article, dated by --published or else by its dateline
  FILE.jsonl   one {\"id\", \"url\", \"outlet\", \"published\", \"text\"} a line
  DIR          its .txt and .jsonl files, in name order (an undated text is reported and skipped)
  -            standard input, one plain-text article

Input is read as bytes, a line at a time. In a .jsonl file, a line that is not UTF-8, not a document, or
larger than --max-article-bytes is reported on standard error (file, line number, and the byte offset of the
first bad byte) and skipped; the other lines are read. In a plain text, a line with bytes that are not UTF-8
is reported (line number, byte offsets) and its bad bytes are read as U+FFFD. A plain-text article larger
than --max-article-bytes (default 16 MiB), or without a date, stops the run when the file is named, and is
reported and skipped in a directory.

  --format F             md (default), json, jsonl, plover, csv or html; json on one plain-text article
                         prints what the extractor read in it
  --published DATE       publication date of plain-text articles
  --outlet NAME          outlet of plain-text articles
  --threshold X          merge threshold, 0 to 1 (default 0.5); above 1 nothing is merged
  --max-article-bytes N  largest article read (default 16777216)
  --out FILE             write there instead of standard output";

struct Options {
    format: Option<Format>,
    published: Option<Anchor>,
    outlet: Option<String>,
    threshold: Option<f64>,
    max_article_bytes: usize,
    out: Option<PathBuf>,
    inputs: Vec<String>,
}

fn parse_args() -> Result<Options, Failure> {
    let mut options = Options {
        format: None,
        published: None,
        outlet: None,
        threshold: None,
        max_article_bytes: MAX_ARTICLE_BYTES,
        out: None,
        inputs: Vec::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .ok_or_else(|| Failure::Usage(format!("{name} needs a value")))
        };
        match arg.as_str() {
            "--format" => {
                let v = value("--format")?;
                options.format = Some(v.parse().map_err(|e| Failure::Usage(format!("{e}")))?);
            }
            "--published" => {
                let v = value("--published")?;
                options.published = Some(v.parse().map_err(|e| Failure::Usage(format!("{e}")))?);
            }
            "--outlet" => options.outlet = Some(value("--outlet")?),
            "--threshold" => {
                let v = value("--threshold")?;
                let t: f64 = v
                    .parse()
                    .map_err(|_| Failure::Usage(format!("--threshold {v:?} is not a number")))?;
                options.threshold = Some(t);
            }
            "--out" => options.out = Some(PathBuf::from(value("--out")?)),
            "--max-article-bytes" => {
                let v = value("--max-article-bytes")?;
                options.max_article_bytes = v
                    .parse()
                    .ok()
                    .filter(|&n: &usize| n > 0)
                    .ok_or_else(|| Failure::Usage(format!("--max-article-bytes {v:?} is not a positive number")))?;
            }
            "-h" | "--help" => return Err(Failure::Help),
            other if other.starts_with("--") => return Err(Failure::Usage(format!("unknown option {other}"))),
            other => options.inputs.push(other.to_string()),
        }
    }
    Ok(options)
}

/// Today, from the system clock.
fn today() -> NaiveDate {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default() + chrono::Duration::days(days as i64)
}

/// A plain-text article: dated by `--published`, else by its dateline.
fn plain(id: String, text: String, options: &Options, finder: &DateFinder) -> Result<Document, Failure> {
    let published = match options.published {
        Some(anchor) => anchor.date(),
        None => finder.infer_publication_date(&text, today()).ok_or_else(|| {
            Failure::Usage(format!(
                "{id}: no publication date; give --published YYYY-MM-DD (the text has no dateline to read it from)"
            ))
        })?,
    };
    let mut doc = Document::new(id, published, text);
    doc.outlet = options.outlet.clone();
    Ok(doc)
}

fn read_jsonl(path: &Path, options: &Options, documents: &mut Vec<Document>) -> Result<(), Failure> {
    let cannot = |e: std::io::Error| Failure::Run(format!("cannot read {}: {e}", path.display()));
    let file = fs::File::open(path).map_err(cannot)?;
    let max = options.max_article_bytes;
    for line in LineReader::new(BufReader::new(file), max.saturating_add(JSON_LINE_MARGIN)) {
        let line = line.map_err(cannot)?;
        if line.is_too_long() {
            let error = DocumentError::TooLarge { bytes: line.len, max };
            eprintln!("timeline: {}:{}: {error}; line skipped", path.display(), line.number);
            continue;
        }
        let read = line.text().map_err(|e| e.to_string()).and_then(|text| {
            if text.trim().is_empty() {
                return Ok(None);
            }
            Document::from_json_line_limited(text, line.number, max)
                .map(Some)
                .map_err(|e| e.to_string())
        });
        match read {
            Ok(doc) => documents.extend(doc),
            Err(e) => eprintln!("timeline: {}:{}: {e}; line skipped", path.display(), line.number),
        }
    }
    Ok(())
}

/// Bytes of a plain-text article as text: a line with bytes that are not UTF-8 is reported with its number and
/// offsets, and its bad bytes are read as U+FFFD.
fn decode(label: &str, bytes: Vec<u8>) -> String {
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => return text,
        Err(e) => e.into_bytes(),
    };
    let mut text = String::with_capacity(bytes.len());
    let mut offset = 0;
    for (i, line) in bytes.split_inclusive(|&b| b == b'\n').enumerate() {
        match std::str::from_utf8(line) {
            Ok(t) => text.push_str(t),
            Err(e) => {
                eprintln!(
                    "timeline: {label}:{}: not valid UTF-8 from byte {} of the line (byte {} of the file); its bad \
                     bytes are read as U+FFFD (decode the file with its own charset, often windows-1256)",
                    i + 1,
                    e.valid_up_to(),
                    offset + e.valid_up_to()
                );
                text.push_str(&String::from_utf8_lossy(line));
            }
        }
        offset += line.len();
    }
    text
}

/// At most `max` bytes of `reader`, or a failure naming the limit.
fn read_limited(label: &str, reader: impl Read, max: usize) -> Result<Vec<u8>, Failure> {
    let mut bytes = Vec::new();
    reader
        .take(max as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Failure::Run(format!("cannot read {label}: {e}")))?;
    if bytes.len() > max {
        return Err(Failure::Usage(format!(
            "{label}: larger than the limit of {max} bytes for one article; split it, or raise --max-article-bytes"
        )));
    }
    Ok(bytes)
}

fn is_jsonl(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "jsonl")
}

fn read_inputs(options: &Options, finder: &DateFinder) -> Result<Vec<Document>, Failure> {
    let mut documents = Vec::new();
    for input in &options.inputs {
        if input == "-" {
            let bytes = read_limited("standard input", std::io::stdin().lock(), options.max_article_bytes)?;
            documents.push(plain("stdin".into(), decode("stdin", bytes), options, finder)?);
            continue;
        }
        let path = Path::new(input);
        if path.is_dir() {
            let mut files: Vec<PathBuf> = fs::read_dir(path)
                .map_err(|e| Failure::Run(format!("cannot read {input}: {e}")))?
                .filter_map(|entry| entry.ok().map(|e| e.path()))
                .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "txt" || e == "jsonl"))
                .collect();
            files.sort();
            for file in files {
                // In a directory, an article without a date is skipped rather than fatal.
                if let Err(Failure::Usage(message)) = read_file(&file, options, finder, &mut documents) {
                    eprintln!("timeline: {message}; skipped");
                }
            }
        } else {
            read_file(path, options, finder, &mut documents)?;
        }
    }
    Ok(documents)
}

fn read_file(
    path: &Path,
    options: &Options,
    finder: &DateFinder,
    documents: &mut Vec<Document>,
) -> Result<(), Failure> {
    if is_jsonl(path) {
        return read_jsonl(path, options, documents);
    }
    let label = path.display().to_string();
    let file = fs::File::open(path).map_err(|e| Failure::Run(format!("cannot read {label}: {e}")))?;
    let text = decode(&label, read_limited(&label, file, options.max_article_bytes)?);
    let id = path
        .file_stem()
        .map_or_else(|| path.display().to_string(), |s| s.to_string_lossy().into_owned());
    documents.push(plain(id, text, options, finder)?);
    Ok(())
}

fn sample() -> Result<Vec<Document>, Failure> {
    SAMPLE
        .iter()
        .map(|&(id, outlet, url, published, text)| {
            let published = published
                .parse()
                .map_err(|e| Failure::Run(format!("sample {id}: {e}")))?;
            Ok(Document::new(id, published, text).with_outlet(outlet).with_url(url))
        })
        .collect()
}

fn output(options: &Options) -> Result<Box<dyn Write>, Failure> {
    match &options.out {
        Some(path) => fs::File::create(path)
            .map(|f| Box::new(std::io::BufWriter::new(f)) as Box<dyn Write>)
            .map_err(|e| Failure::Run(format!("cannot write {}: {e}", path.display()))),
        None => Ok(Box::new(std::io::stdout().lock())),
    }
}

fn run() -> Result<(), Failure> {
    let options = parse_args()?;
    let extractor = Extractor::new();
    let finder = DateFinder::new();
    let format = options.format.unwrap_or(Format::Markdown);
    let single_plain = options.inputs.len() == 1
        && (options.inputs[0] == "-"
            || (Path::new(&options.inputs[0]).is_file() && !is_jsonl(Path::new(&options.inputs[0]))));
    let documents = if options.inputs.is_empty() {
        sample()?
    } else {
        read_inputs(&options, &finder)?
    };

    if single_plain && format == Format::Json {
        // The contract of shared/eval/score.py: one article, the serde form of what the extractor read.
        let doc = &documents[0];
        let anchor = Anchor::new(doc.published).map_err(|e| Failure::Usage(e.to_string()))?;
        let article = extractor.extract(&doc.text, anchor);
        let mut out = output(&options)?;
        serde_json::to_writer_pretty(&mut out, &article).map_err(|e| Failure::Run(e.to_string()))?;
        writeln!(out)
            .and_then(|_| out.flush())
            .map_err(|e| Failure::Run(e.to_string()))?;
        return Ok(());
    }

    let anchors = documents
        .iter()
        .map(|d| Anchor::new(d.published).map_err(|e| Failure::Usage(format!("{}: {e}", d.id))))
        .collect::<Result<Vec<_>, _>>()?;
    let articles: Vec<_> = documents
        .par_iter()
        .zip(anchors.par_iter())
        .map(|(doc, anchor)| extractor.extract(&doc.text, *anchor))
        .collect();
    let mut config = TimelineConfig {
        max_article_bytes: options.max_article_bytes,
        ..TimelineConfig::default()
    };
    if let Some(t) = options.threshold {
        config.merge_threshold = t;
    }
    let mut builder = TimelineBuilder::new(config);
    for (doc, article) in documents.iter().zip(articles) {
        builder.add_article(doc.origin(), article);
    }
    let timeline = builder.build();
    let mut out = output(&options)?;
    let summary = export::write(format, &timeline, &mut out).map_err(|e| Failure::Run(e.to_string()))?;
    if summary.too_coarse + summary.undated > 0 {
        eprintln!(
            "timeline: wrote {} events; left out {} dated less precisely than the format allows and {} undated",
            summary.written, summary.too_coarse, summary.undated
        );
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Help) => {
            println!("{HELP}");
            ExitCode::SUCCESS
        }
        Err(Failure::Usage(message)) => {
            eprintln!("timeline: {message}");
            ExitCode::from(2)
        }
        Err(Failure::Run(message)) => {
            eprintln!("timeline: {message}");
            ExitCode::FAILURE
        }
    }
}
