//! One line of JSON Lines in, JSON Lines of events out: what the `batch` example runs on each line.

use chrono::NaiveDate;
use serde::Serialize;

use super::{Document, DocumentError};
use crate::dates::Anchor;
use crate::events::{Event, Extractor};
use crate::input::{Line, MAX_ARTICLE_BYTES};

/// One output record of [`process_jsonl_line`] for an event.
#[derive(Serialize)]
struct LineEvent<'a> {
    line: usize,
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    outlet: Option<&'a str>,
    published: NaiveDate,
    #[serde(flatten)]
    event: &'a Event,
}

/// Reads one line of JSON Lines input (see [`Document::from_json_line`]) and returns its output records, each
/// a JSON object on a line of its own, ending in `\n`; `line` is the line's number, from 1. Every line gives at
/// least one record, so a batch run accounts for all its input:
///
/// - one record per event: `{"line", "id", "url", "outlet", "published", ...the Event's fields}`;
/// - for an article without events: `{"line": N, "id": ..., "events": 0}`;
/// - for a line that is not a document: `{"line": N, "error": "..."}`.
///
/// # Example
///
/// ```
/// use tarikh::events::Extractor;
/// use tarikh::timeline::process_jsonl_line;
///
/// let extractor = Extractor::new();
/// let out = process_jsonl_line(&extractor, 1, r#"{"id": "a", "published": "2024-12-06", "text": "وقصفت قوات النظام مدينة حلب أمس."}"#);
/// let record: serde_json::Value = serde_json::from_str(out.trim_end())?;
/// assert_eq!(record["kind"], "attack");
/// let out = process_jsonl_line(&extractor, 2, "{not json");
/// assert!(out.starts_with(r#"{"line":2,"error":"#));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn process_jsonl_line(extractor: &Extractor, line: usize, input: &str) -> String {
    process_text(extractor, line, input, MAX_ARTICLE_BYTES)
}

fn process_text(extractor: &Extractor, line: usize, input: &str, max_article_bytes: usize) -> String {
    let document = match Document::from_json_line_limited(input, line, max_article_bytes) {
        Ok(d) => d,
        Err(e) => return error_record(line, &e.to_string()),
    };
    let anchor = match Anchor::new(document.published) {
        Ok(a) => a,
        Err(e) => return error_record(line, &e.to_string()),
    };
    let article = extractor.extract(&document.text, anchor);
    if article.events.is_empty() {
        return record(&LineEmpty {
            line,
            id: &document.id,
            events: 0,
        })
        .unwrap_or_else(|e| error_record(line, &e.to_string()));
    }
    let mut out = String::new();
    for event in &article.events {
        let item = LineEvent {
            line,
            id: &document.id,
            url: document.url.as_deref(),
            outlet: document.outlet.as_deref(),
            published: document.published,
            event,
        };
        out.push_str(&record(&item).unwrap_or_else(|e| error_record(line, &e.to_string())));
    }
    out
}

/// [`process_jsonl_line`] on a [`Line`] read by a [`LineReader`](crate::input::LineReader), with a text of at
/// most `max_article_bytes` (see [`Document::from_json_line_limited`]): a line too long for the reader, a
/// line that is not UTF-8 (with the offset of its first bad byte) and a text over the limit each give an
/// error record. This is what the `batch` example runs on each line.
///
/// # Example
///
/// ```
/// use tarikh::events::Extractor;
/// use tarikh::input::LineReader;
/// use tarikh::timeline::process_jsonl;
///
/// let article = |text: &str| format!("{{\"published\": \"2024-12-06\", \"text\": \"{text}\"}}\n");
/// let long = "قال مصدر إن الهجوم فشل. ".repeat(100);
/// let input = article("قصفت قوات النظام مدينة حلب أمس.") + &article(&long);
/// let extractor = Extractor::new();
/// let mut out = String::new();
/// for line in LineReader::new(input.as_bytes(), 100_000) {
///     out.push_str(&process_jsonl(&extractor, &line?, 1000));
/// }
/// let records: Vec<serde_json::Value> = out.lines().map(serde_json::from_str).collect::<Result<_, _>>()?;
/// assert_eq!(records.len(), 2);
/// assert_eq!((&records[0]["line"], &records[0]["kind"]), (&1.into(), &"attack".into()));
/// assert_eq!(records[1]["line"], 2);
/// assert!(records[1]["error"].as_str().is_some_and(|e| e.contains("limit of 1000 bytes")));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn process_jsonl(extractor: &Extractor, line: &Line, max_article_bytes: usize) -> String {
    if line.is_too_long() {
        let error = DocumentError::TooLarge {
            bytes: line.len,
            max: max_article_bytes,
        };
        return error_record(
            line.number,
            &format!("the line is too long to hold an article: {error}"),
        );
    }
    match line.text() {
        Ok(text) => process_text(extractor, line.number, text, max_article_bytes),
        Err(e) => error_record(line.number, &e.to_string()),
    }
}

/// [`process_jsonl_line`] on a line of bytes: a line that is not UTF-8 gives an error record.
///
/// # Example
///
/// ```
/// use tarikh::events::Extractor;
/// use tarikh::timeline::process_jsonl_bytes;
///
/// let out = process_jsonl_bytes(&Extractor::new(), 7, &[b'{', 0xFF, b'}']);
/// let record: serde_json::Value = serde_json::from_str(out.trim_end())?;
/// assert_eq!(record["line"], 7);
/// assert!(record["error"].as_str().is_some_and(|e| e.contains("UTF-8")));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn process_jsonl_bytes(extractor: &Extractor, line: usize, input: &[u8]) -> String {
    match std::str::from_utf8(input) {
        Ok(text) => process_jsonl_line(extractor, line, text),
        Err(e) => error_record(
            line,
            &format!(
                "not valid UTF-8 at byte offset {} of the line; decode the line with its own charset",
                e.valid_up_to()
            ),
        ),
    }
}

/// The output record of an article without events.
#[derive(Serialize)]
struct LineEmpty<'a> {
    line: usize,
    id: &'a str,
    events: usize,
}

/// The output record of a line that is not an article.
#[derive(Serialize)]
struct LineError<'a> {
    line: usize,
    error: &'a str,
}

fn record<T: Serialize>(value: &T) -> Result<String, serde_json::Error> {
    serde_json::to_string(value).map(|mut json| {
        json.push('\n');
        json
    })
}

fn error_record(line: usize, error: &str) -> String {
    // A struct of a number and a string always serializes.
    record(&LineError { line, error }).unwrap_or_else(|_| format!("{{\"line\":{line},\"error\":\"unprintable\"}}\n"))
}
