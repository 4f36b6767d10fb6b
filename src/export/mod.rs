//! Writing a [`Timeline`] out: JSON, JSON Lines, PLOVER records, ACLED's CSV, a Markdown table and a
//! self-contained HTML page.
//!
//! Every writer takes any [`std::io::Write`] and returns an [`ExportSummary`] of what it wrote and what it
//! left out (only PLOVER and ACLED leave events out: undated ones, and for ACLED those dated no more precisely
//! than a year).
//!
//! | [`Format`] | name | what |
//! |---|---|---|
//! | [`Json`](Format::Json) | `json` | the serde form of the [`Timeline`]: `{"documents": [...], "events": [...]}` |
//! | [`JsonLines`](Format::JsonLines) | `jsonl` | one [`TimelineEvent`] a line |
//! | [`Plover`](Format::Plover) | `plover` | one PLOVER-style record a line (see [`plover_event`]) |
//! | [`Acled`](Format::Acled) | `csv` | ACLED's columns ([`ACLED_COLUMNS`], see [`acled_event_type`]) |
//! | [`Markdown`](Format::Markdown) | `md` | a table, one row per event |
//! | [`Html`](Format::Html) | `html` | one page, no network: inline CSS and SVG, right to left, one lane and colour per actor |
//!
//! # Example
//!
//! ```
//! use tarikh::export::{self, Format};
//! use tarikh::timeline::{Document, Timeline};
//!
//! let doc = Document::new("d1", "2024-12-06".parse()?, "وقصفت قوات النظام مدينة حلب أمس.").with_outlet("Levant Wire");
//! let timeline = Timeline::from_documents(&tarikh::events::Extractor::new(), &[doc])?;
//! let csv = export::to_string(Format::Acled, &timeline)?;
//! assert!(csv.starts_with("event_id_cnty,event_date,year,time_precision,"));
//! assert!(csv.contains("SYR1,2024-12-05,2024,1,Political violence,"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::io::Write;
use std::str::FromStr;

use serde::Serialize;

use crate::events::{EventDate, EventKind};
use crate::timeline::{Timeline, TimelineEvent};

mod acled;
mod html;
mod markdown;
mod plover;

pub use acled::{acled_event_type, write_acled, ACLED_COLUMNS};
pub use html::write_html;
pub use markdown::write_markdown;
pub use plover::{plover_event, write_plover};

pub use crate::error::{ExportError, UnknownFormat};

/// An output format.
///
/// # Example
///
/// ```
/// use tarikh::export::Format;
///
/// let format: Format = "plover".parse()?;
/// assert_eq!(format, Format::Plover);
/// assert_eq!(format.extension(), "jsonl");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// The serde form of the timeline, pretty-printed.
    Json,
    /// One timeline event a line.
    JsonLines,
    /// One PLOVER-style record a line.
    Plover,
    /// ACLED's CSV columns.
    Acled,
    /// A Markdown table.
    Markdown,
    /// A self-contained HTML page.
    Html,
}

impl Format {
    /// The file extension for the format.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(tarikh::export::Format::Acled.extension(), "csv");
    /// ```
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::JsonLines | Format::Plover => "jsonl",
            Format::Acled => "csv",
            Format::Markdown => "md",
            Format::Html => "html",
        }
    }
}

impl FromStr for Format {
    type Err = UnknownFormat;

    /// `json`, `jsonl`, `plover`, `csv` (or `acled`), `md` (or `markdown`), `html`.
    fn from_str(s: &str) -> Result<Format, UnknownFormat> {
        match s.trim().to_ascii_lowercase().as_str() {
            "json" => Ok(Format::Json),
            "jsonl" | "ndjson" => Ok(Format::JsonLines),
            "plover" => Ok(Format::Plover),
            "csv" | "acled" => Ok(Format::Acled),
            "md" | "markdown" => Ok(Format::Markdown),
            "html" => Ok(Format::Html),
            _ => Err(UnknownFormat { name: s.to_string() }),
        }
    }
}

/// What an export wrote and what it left out.
///
/// # Example
///
/// ```
/// use tarikh::export::{self, Format};
///
/// let summary = export::write(Format::Acled, &tarikh::timeline::Timeline::builder().build(), Vec::new())?;
/// assert_eq!(summary, export::ExportSummary::default());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ExportSummary {
    /// Events written.
    pub written: usize,
    /// Events left out because their date is coarser than the format allows (ACLED: coarser than a month).
    pub too_coarse: usize,
    /// Events left out because they have no date (PLOVER, ACLED).
    pub undated: usize,
}

impl ExportSummary {
    /// Every event of `timeline` written, none left out: the summary of the formats that take every event.
    fn all_of(timeline: &Timeline) -> ExportSummary {
        ExportSummary {
            written: timeline.len(),
            ..ExportSummary::default()
        }
    }

    /// The summary of a format that leaves undated events out, before any is written: `undated` counted.
    fn undated_of(timeline: &Timeline) -> ExportSummary {
        ExportSummary {
            undated: timeline.iter().filter(|te| te.event.date.is_none()).count(),
            ..ExportSummary::default()
        }
    }
}

/// The events of `timeline` that have a date, in timeline order, each with its date.
fn dated(timeline: &Timeline) -> impl Iterator<Item = (&TimelineEvent, &EventDate)> {
    timeline.iter().filter_map(|te| Some((te, te.event.date.as_ref()?)))
}

/// Writes `timeline` in `format` to `out`.
///
/// # Errors
///
/// [`ExportError`] when `out` fails or a record cannot be serialized.
///
/// # Example
///
/// ```
/// use tarikh::export::{self, Format};
///
/// let mut out = Vec::new();
/// export::write(Format::Json, &tarikh::timeline::Timeline::builder().build(), &mut out)?;
/// let value: serde_json::Value = serde_json::from_slice(&out)?;
/// assert!(value["events"].as_array().is_some_and(|e| e.is_empty()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write<W: Write>(format: Format, timeline: &Timeline, out: W) -> Result<ExportSummary, ExportError> {
    match format {
        Format::Json => write_json(timeline, out),
        Format::JsonLines => write_jsonl(timeline, out),
        Format::Plover => write_plover(timeline, out),
        Format::Acled => write_acled(timeline, out),
        Format::Markdown => write_markdown(timeline, out),
        Format::Html => write_html(timeline, out),
    }
}

/// [`write()`] to a string.
///
/// # Errors
///
/// [`ExportError`] when a record cannot be serialized.
///
/// # Example
///
/// ```
/// use tarikh::export::{self, Format};
/// let md = export::to_string(Format::Markdown, &tarikh::timeline::Timeline::builder().build())?;
/// assert!(md.starts_with("| # |"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_string(format: Format, timeline: &Timeline) -> Result<String, ExportError> {
    let mut out = Vec::new();
    write(format, timeline, &mut out)?;
    // Every writer writes UTF-8 text.
    Ok(String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

/// Writes the serde form of the timeline, pretty-printed.
///
/// # Errors
///
/// [`ExportError`] when `out` fails.
///
/// # Example
///
/// ```
/// let mut out = Vec::new();
/// tarikh::export::write_json(&tarikh::timeline::Timeline::builder().build(), &mut out)?;
/// assert!(String::from_utf8(out)?.contains("\"events\": []"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_json<W: Write>(timeline: &Timeline, mut out: W) -> Result<ExportSummary, ExportError> {
    serde_json::to_writer_pretty(&mut out, timeline)?;
    out.write_all(b"\n")?;
    out.flush()?;
    Ok(ExportSummary::all_of(timeline))
}

/// Writes one [`TimelineEvent`] a line.
///
/// # Errors
///
/// [`ExportError`] when `out` fails.
///
/// # Example
///
/// ```
/// use tarikh::timeline::{Document, Timeline};
///
/// let doc = Document::new("d1", "2024-12-06".parse()?, "وقصفت قوات النظام مدينة حلب أمس. وقال لافروف إن الوضع خطير.");
/// let timeline = Timeline::from_documents(&tarikh::events::Extractor::new(), &[doc])?;
/// let mut out = Vec::new();
/// tarikh::export::write_jsonl(&timeline, &mut out)?;
/// assert_eq!(String::from_utf8(out)?.lines().count(), 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_jsonl<W: Write>(timeline: &Timeline, mut out: W) -> Result<ExportSummary, ExportError> {
    for event in timeline {
        serde_json::to_writer(&mut out, event)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(ExportSummary::all_of(timeline))
}

/// The serde name of an event kind ("territory_taken").
fn kind_name(kind: EventKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}
