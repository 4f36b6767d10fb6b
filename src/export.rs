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
//! | [`JsonLines`](Format::JsonLines) | `jsonl` | one [`TimelineEvent`](crate::timeline::TimelineEvent) a line |
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

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write;
use std::str::FromStr;

use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;

use crate::actors::ActorKind;
use crate::events::{DateBasis, Event, EventKind, Location};
use crate::places::Gazetteer;
use crate::text::FoldedText;
use crate::timeline::Timeline;

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

/// Writes one [`TimelineEvent`](crate::timeline::TimelineEvent) a line.
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

/// The PLOVER event category for an event kind.
///
/// PLOVER (the Political Language Ontology for Verifiable Event Records) has sixteen categories and codes no
/// bare commentary; tarikh's speech events are mapped to the nearest category so that none is lost, and the
/// record keeps the exact kind in its `kind` field:
///
/// | kind | PLOVER |
/// |---|---|
/// | statement, announcement, decision, meeting, movement, publication | `CONSULT` |
/// | call | `DEMAND` |
/// | warning | `THREATEN` |
/// | denial | `REJECT` |
/// | accusation, condemnation | `DISAPPROVE` |
/// | attack, offensive_launched, territory_taken, assassination, killing | `ASSAULT` |
/// | advance, deployment | `MOBILIZE` |
/// | withdrawal | `RETREAT` |
/// | arrest | `COERCE` |
/// | agreement | `AGREE` |
/// | protest | `PROTEST` |
/// | evacuation | `AID` |
///
/// # Example
///
/// ```
/// use tarikh::events::EventKind;
/// assert_eq!(tarikh::export::plover_event(EventKind::Warning), "THREATEN");
/// ```
pub fn plover_event(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Statement
        | EventKind::Announcement
        | EventKind::Decision
        | EventKind::Meeting
        | EventKind::Movement
        | EventKind::Publication => "CONSULT",
        EventKind::Call => "DEMAND",
        EventKind::Warning => "THREATEN",
        EventKind::Denial => "REJECT",
        EventKind::Accusation | EventKind::Condemnation => "DISAPPROVE",
        EventKind::Attack
        | EventKind::OffensiveLaunched
        | EventKind::TerritoryTaken
        | EventKind::Assassination
        | EventKind::Killing => "ASSAULT",
        EventKind::Advance | EventKind::Deployment => "MOBILIZE",
        EventKind::Withdrawal => "RETREAT",
        EventKind::Arrest => "COERCE",
        EventKind::Agreement => "AGREE",
        EventKind::Evacuation => "AID",
        EventKind::Protest => "PROTEST",
    }
}

#[derive(Serialize)]
struct PloverRecord<'a> {
    id: String,
    date: String,
    enddate: Option<String>,
    source: Option<&'a str>,
    source_id: Option<&'a str>,
    recipient: Option<&'a str>,
    event: &'static str,
    kind: EventKind,
    event_text: &'a str,
    text_info: TextInfo<'a>,
    cite_info: CiteInfo<'a>,
    coder: &'static str,
}

#[derive(Serialize)]
struct TextInfo<'a> {
    document: &'a str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct CiteInfo<'a> {
    publication: Option<&'a str>,
    url: Option<&'a str>,
}

/// Writes one PLOVER-style record a line: `id` (`tarikh-N`), `date` and `enddate` (`YYYY-MM-DD`; `enddate`
/// null for one day), `source` (the actor's name) and `source_id`, `recipient` (null: tarikh does not find
/// targets), `event` ([`plover_event`]), `kind`, `event_text`, `text_info` `{document, start, end}` and
/// `cite_info` `{publication, url}` of the report the event's fields come from
/// ([`TimelineEvent::report`](crate::timeline::TimelineEvent::report)), and `coder` `"tarikh"`. Undated events
/// are left out.
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
/// let doc = Document::new("d1", "2024-12-06".parse()?, "وحذر لافروف أمس من انهيار الاتفاق.").with_outlet("Levant Wire");
/// let timeline = Timeline::from_documents(&tarikh::events::Extractor::new(), &[doc])?;
/// let mut out = Vec::new();
/// tarikh::export::write_plover(&timeline, &mut out)?;
/// let record: serde_json::Value = serde_json::from_slice(&out)?;
/// assert_eq!(record["event"], "THREATEN");
/// assert_eq!(record["date"], "2024-12-05");
/// assert_eq!(record["cite_info"]["publication"], "Levant Wire");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_plover<W: Write>(timeline: &Timeline, mut out: W) -> Result<ExportSummary, ExportError> {
    let mut summary = ExportSummary::default();
    for te in timeline {
        let e = &te.event;
        let Some(date) = &e.date else {
            summary.undated += 1;
            continue;
        };
        let first = te.report();
        let record = PloverRecord {
            id: format!("tarikh-{}", te.number),
            date: date.first_day.to_string(),
            enddate: (date.last_day != date.first_day).then(|| date.last_day.to_string()),
            source: e.source.as_ref().map(|s| s.name.as_str()),
            source_id: e.source.as_ref().map(|s| s.id.as_str()),
            recipient: None,
            event: plover_event(e.kind),
            kind: e.kind,
            event_text: first.map_or(e.text.as_str(), |p| p.text.as_str()),
            text_info: TextInfo {
                document: first.map_or("", |p| p.document.as_str()),
                start: first.map_or(e.span.start, |p| p.span.start),
                end: first.map_or(e.span.end, |p| p.span.end),
            },
            cite_info: CiteInfo {
                publication: first.and_then(|p| p.outlet.as_deref()),
                url: first.and_then(|p| p.url.as_deref()),
            },
            coder: "tarikh",
        };
        serde_json::to_writer(&mut out, &record)?;
        out.write_all(b"\n")?;
        summary.written += 1;
    }
    out.flush()?;
    Ok(summary)
}

/// The columns of ACLED's data export, in its order.
///
/// # Example
///
/// ```
/// use tarikh::export::{self, Format, ACLED_COLUMNS};
///
/// assert_eq!(ACLED_COLUMNS[..2], ["event_id_cnty", "event_date"]);
/// let csv = export::to_string(Format::Acled, &tarikh::timeline::Timeline::builder().build())?;
/// assert_eq!(csv.trim_end(), ACLED_COLUMNS.join(","));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub const ACLED_COLUMNS: [&str; 31] = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
];

/// ACLED's event type and sub-event type for an event.
///
/// | kind | event_type | sub_event_type |
/// |---|---|---|
/// | attack, by air ("غارة", "طائرات", "الطيران", "مسيرة" ... in the clause) | Explosions/Remote violence | Air/drone strike |
/// | attack, by shelling ("قصف", "قذائف", "صواريخ", "مدفعية" ...) | Explosions/Remote violence | Shelling/artillery/missile attack |
/// | attack otherwise, offensive_launched, advance | Battles | Armed clash |
/// | territory_taken by a state organ of the place's country (`sy.army`, kind state or government body) | Battles | Government regains territory |
/// | territory_taken otherwise | Battles | Non-state actor overtakes territory |
/// | assassination, killing | Violence against civilians | Attack |
/// | withdrawal | Strategic developments | Non-violent transfer of territory |
/// | arrest | Strategic developments | Arrests |
/// | agreement | Strategic developments | Agreement |
/// | deployment | Strategic developments | Change to group/activity |
/// | statements, calls, warnings, meetings, decisions, evacuations ... | Strategic developments | Other |
///
/// # Example
///
/// ```
/// let extractor = tarikh::events::Extractor::new();
/// let article = extractor.extract("وشنت الطائرات الروسية غارات على مدينة إدلب أمس.", "2024-12-06".parse()?);
/// assert_eq!(tarikh::export::acled_event_type(&article.events[0]), ("Explosions/Remote violence", "Air/drone strike"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn acled_event_type(event: &Event) -> (&'static str, &'static str) {
    const SD: &str = "Strategic developments";
    match event.kind {
        EventKind::Attack => {
            let folded = FoldedText::new(&event.text);
            let text = folded.as_str();
            let any = |words: &[&str]| words.iter().any(|w| text.contains(w));
            if any(&[
                "غاره",
                "غارات",
                "طائرات",
                "طائره",
                "الطيران",
                "جويه",
                "مسيره",
                "مسيرات",
                "الحربي",
            ]) {
                ("Explosions/Remote violence", "Air/drone strike")
            } else if event.lemma == "قصف" || any(&["قصف", "قذائف", "صواريخ", "صاروخ", "مدفعي", "راجمات"])
            {
                ("Explosions/Remote violence", "Shelling/artillery/missile attack")
            } else {
                ("Battles", "Armed clash")
            }
        }
        EventKind::OffensiveLaunched | EventKind::Advance => ("Battles", "Armed clash"),
        EventKind::TerritoryTaken => {
            let place_country = event.locations.first().map(|l| l.country.as_str());
            let state = event.source.as_ref().is_some_and(|s| {
                let organ = matches!(s.kind, ActorKind::State | ActorKind::GovernmentBody)
                    || s.id.split_once('.').is_some_and(|(prefix, _)| prefix.len() == 2);
                organ && place_country.is_none_or(|c| s.country.as_deref() == Some(c))
            });
            if state {
                ("Battles", "Government regains territory")
            } else {
                ("Battles", "Non-state actor overtakes territory")
            }
        }
        EventKind::Assassination | EventKind::Killing => ("Violence against civilians", "Attack"),
        EventKind::Withdrawal => (SD, "Non-violent transfer of territory"),
        EventKind::Arrest => (SD, "Arrests"),
        EventKind::Agreement => (SD, "Agreement"),
        EventKind::Deployment => (SD, "Change to group/activity"),
        EventKind::Protest => ("Protests", "Peaceful protest"),
        _ => (SD, "Other"),
    }
}

/// ACLED's time precision for a date span: 1 a day, 2 a week or up to seven days, 3 a month or up to 31 days;
/// `None` when coarser.
fn time_precision(first: NaiveDate, last: NaiveDate) -> Option<u8> {
    match (last - first).num_days() + 1 {
        ..=1 => Some(1),
        2..=7 => Some(2),
        8..=31 => Some(3),
        _ => None,
    }
}

/// ACLED's geographic precision for a gazetteer kind: 1 a town, 2 a district or region, 3 a governorate or
/// country.
fn geo_precision(kind: &str) -> u8 {
    match kind {
        "district" | "region" => 2,
        "governorate" | "country" => 3,
        _ => 1,
    }
}

/// The most precise place an event names, the first of equals.
fn best_location(locations: &[Location]) -> Option<&Location> {
    locations
        .iter()
        .enumerate()
        .min_by_key(|(i, l)| (geo_precision(&l.kind), *i))
        .map(|(_, l)| l)
}

/// ISO 3166-1 alpha-3 codes of the countries of the bundled gazetteer, for ACLED's event ids.
fn alpha3(alpha2: &str) -> &'static str {
    const CODES: &[(&str, &str)] = &[
        ("AE", "ARE"),
        ("AF", "AFG"),
        ("AM", "ARM"),
        ("AT", "AUT"),
        ("AZ", "AZE"),
        ("BE", "BEL"),
        ("BH", "BHR"),
        ("CA", "CAN"),
        ("CH", "CHE"),
        ("CN", "CHN"),
        ("CY", "CYP"),
        ("DE", "DEU"),
        ("DK", "DNK"),
        ("DZ", "DZA"),
        ("EG", "EGY"),
        ("ES", "ESP"),
        ("FR", "FRA"),
        ("GB", "GBR"),
        ("GR", "GRC"),
        ("IL", "ISR"),
        ("IQ", "IRQ"),
        ("IR", "IRN"),
        ("IT", "ITA"),
        ("JO", "JOR"),
        ("KW", "KWT"),
        ("KZ", "KAZ"),
        ("LB", "LBN"),
        ("LY", "LBY"),
        ("MA", "MAR"),
        ("NL", "NLD"),
        ("OM", "OMN"),
        ("PK", "PAK"),
        ("PS", "PSE"),
        ("QA", "QAT"),
        ("RU", "RUS"),
        ("SA", "SAU"),
        ("SD", "SDN"),
        ("SE", "SWE"),
        ("SY", "SYR"),
        ("TN", "TUN"),
        ("TR", "TUR"),
        ("UA", "UKR"),
        ("US", "USA"),
        ("YE", "YEM"),
    ];
    CODES
        .binary_search_by_key(&alpha2, |&(a2, _)| a2)
        .map_or("XXX", |i| CODES[i].1)
}

/// The English name of a country, from the bundled gazetteer.
fn country_name(alpha2: &str) -> String {
    Gazetteer::bundled()
        .places()
        .iter()
        .find(|p| p.kind == "country" && p.country == alpha2)
        .map_or_else(|| alpha2.to_string(), |p| p.name.clone())
}

/// Writes ACLED's columns ([`ACLED_COLUMNS`]) with the csv crate, one row per event dated to a month or more
/// precisely:
///
/// - `event_id_cnty`: the alpha-3 code of the event's country (of its place, else of its source) and the
///   event's number ("SYR12");
/// - `event_date` (`YYYY-MM-DD`) and `time_precision`: 1 for a day (or a time of it), 2 for a week or a span of
///   up to seven days, 3 for a month or a span of up to 31 days, the date being the first day for 1 and the
///   middle day of the span for 2 and 3; coarser and undated events are left out and counted in the summary;
/// - `event_type`, `sub_event_type`, `disorder_type`: [`acled_event_type`];
/// - `actor1`: the source's name; the other actor columns, `inter*`, `iso`, `region`, `admin2`, `admin3`,
///   `source_scale`, `fatalities`, `tags` and `timestamp` are left empty: tarikh does not find them;
/// - `country`, `admin1`, `location`, `latitude`, `longitude`, `geo_precision`: the most precise place the event
///   names (1 a town or city, 2 a district or region, 3 a governorate or country); empty without a place;
/// - `source`: the outlets that reported the event, then the agencies they relayed, joined by "; " (never the
///   speaker);
/// - `notes`: the date, source, kind and clause.
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
/// let doc = Document::new("d1", "2024-12-06".parse()?, "وقصفت قوات النظام مدينة حلب أمس. وكانت قد استعادت أحياءها الشرقية عام 2016.");
/// let timeline = Timeline::from_documents(&tarikh::events::Extractor::new(), &[doc.with_outlet("Levant Wire")])?;
/// let mut out = Vec::new();
/// let summary = tarikh::export::write_acled(&timeline, &mut out)?;
/// assert_eq!((summary.written, summary.too_coarse), (1, 1));
/// let mut reader = csv::Reader::from_reader(out.as_slice());
/// let row = reader.records().next().ok_or("a row")??;
/// assert_eq!(&row[5], "Explosions/Remote violence");
/// assert_eq!(&row[25], "Levant Wire");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_acled<W: Write>(timeline: &Timeline, out: W) -> Result<ExportSummary, ExportError> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(ACLED_COLUMNS)?;
    let mut summary = ExportSummary::default();
    for te in timeline {
        let e = &te.event;
        let Some(date) = &e.date else {
            summary.undated += 1;
            continue;
        };
        let Some(precision) = time_precision(date.first_day, date.last_day) else {
            summary.too_coarse += 1;
            continue;
        };
        let day = if precision == 1 {
            date.first_day
        } else {
            date.first_day + Duration::days((date.last_day - date.first_day).num_days() / 2)
        };
        let (event_type, sub_event_type) = acled_event_type(e);
        let disorder = if event_type == "Strategic developments" {
            "Strategic developments"
        } else {
            "Political violence"
        };
        let place = best_location(&e.locations);
        let country = place
            .map(|l| l.country.as_str())
            .or_else(|| e.source.as_ref().and_then(|s| s.country.as_deref()))
            .unwrap_or("");
        let mut sources: Vec<&str> = te.outlets();
        for via in te.provenance.iter().filter_map(|p| p.via.as_ref()) {
            if !sources.contains(&via.name.as_str()) {
                sources.push(&via.name);
            }
        }
        let actor = e.source.as_ref().map_or("", |s| s.name.as_str());
        let notes = format!("{}: {} ({}): {}", date.value, actor, kind_name(e.kind), e.text);
        let number = te.number.to_string();
        let year = day.year().to_string();
        let precision = precision.to_string();
        let (lat, lon, geo) = place.map_or((String::new(), String::new(), String::new()), |l| {
            (l.lat.to_string(), l.lon.to_string(), geo_precision(&l.kind).to_string())
        });
        let row: [&str; 31] = [
            &format!("{}{number}", alpha3(country)),
            &day.to_string(),
            &year,
            &precision,
            disorder,
            event_type,
            sub_event_type,
            actor,
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            &place.map_or_else(String::new, |l| country_name(&l.country)),
            place.map_or("", |l| l.admin1.as_str()),
            "",
            "",
            place.map_or("", |l| l.name.as_str()),
            &lat,
            &lon,
            &geo,
            &sources.join("; "),
            "",
            &notes,
            "",
            "",
            "",
        ];
        writer.write_record(row)?;
        summary.written += 1;
    }
    writer.flush()?;
    Ok(summary)
}

/// The serde name of an event kind ("territory_taken").
fn kind_name(kind: EventKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Arabic label of an event kind, for the HTML page.
fn kind_label_ar(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Statement => "تصريح",
        EventKind::Announcement => "إعلان",
        EventKind::Call => "دعوة",
        EventKind::Warning => "تحذير",
        EventKind::Denial => "نفي",
        EventKind::Accusation => "اتهام",
        EventKind::Condemnation => "إدانة",
        EventKind::OffensiveLaunched => "إطلاق معركة",
        EventKind::Attack => "هجوم",
        EventKind::TerritoryTaken => "سيطرة",
        EventKind::Withdrawal => "انسحاب",
        EventKind::Advance => "تقدم",
        EventKind::Assassination => "اغتيال",
        EventKind::Killing => "قتل",
        EventKind::Arrest => "اعتقال",
        EventKind::Meeting => "لقاء",
        EventKind::Agreement => "اتفاق",
        EventKind::Evacuation => "إجلاء",
        EventKind::Decision => "قرار",
        EventKind::Deployment => "انتشار",
        EventKind::Protest => "احتجاج",
        EventKind::Movement => "تنقل",
        EventKind::Publication => "نشر",
    }
}

/// A Markdown table cell: no pipes or line breaks.
fn md_cell(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
        .trim()
        .to_string()
}

/// Writes a Markdown table, one row per event: number, date, source, relay, kind, the clause, and the outlets
/// that reported it.
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
/// let doc = Document::new("d1", "2024-12-06".parse()?, "وقصفت قوات النظام مدينة حلب أمس.").with_outlet("Levant Wire");
/// let timeline = Timeline::from_documents(&tarikh::events::Extractor::new(), &[doc])?;
/// let md = tarikh::export::to_string(tarikh::export::Format::Markdown, &timeline)?;
/// assert_eq!(md.lines().count(), 3);
/// assert!(md.lines().nth(2).is_some_and(|row| row.starts_with("| 1 | 2024-12-05 |")));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_markdown<W: Write>(timeline: &Timeline, mut out: W) -> Result<ExportSummary, ExportError> {
    writeln!(out, "| # | Date | Source | Via | Kind | Event | Reported by |")?;
    writeln!(out, "|---|---|---|---|---|---|---|")?;
    for te in timeline {
        let e = &te.event;
        let date = e.date.as_ref().map_or("undated".to_string(), |d| d.value.clone());
        let source = e.source.as_ref().map_or("", |s| s.name.as_str());
        let mut vias: Vec<&str> = Vec::new();
        for via in e.via.iter().chain(te.provenance.iter().filter_map(|p| p.via.as_ref())) {
            if !vias.contains(&via.name.as_str()) {
                vias.push(&via.name);
            }
        }
        let mut reported: Vec<String> = te.outlets().into_iter().map(str::to_string).collect();
        if reported.is_empty() {
            reported = te.provenance.iter().map(|p| p.document.clone()).collect();
        }
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            te.number,
            md_cell(&date),
            md_cell(source),
            md_cell(&vias.join(", ")),
            kind_name(e.kind),
            md_cell(&e.text),
            md_cell(&reported.join(", ")),
        )?;
    }
    out.flush()?;
    Ok(ExportSummary::all_of(timeline))
}

/// Escapes text for HTML content and attribute values.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A URL safe to link to: http(s) only, escaped.
fn safe_url(url: &str) -> Option<String> {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then(|| esc(url.trim()))
}

/// Colour of the n-th actor: a qualitative palette, then hues around the circle.
fn colour(n: usize) -> String {
    const PALETTE: [&str; 10] = [
        "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
    ];
    match PALETTE.get(n) {
        Some(c) => (*c).to_string(),
        None => format!("hsl({:.0}, 60%, 40%)", (n as f64 * 137.508) % 360.0),
    }
}

/// An actor's lane: its number of events, its first event, its Arabic and English names.
type Lane<'a> = (usize, usize, &'a str, &'a str);

/// At most this many lanes; the actors with fewer events share the last one.
const MAX_LANES: usize = 16;

const STYLE: &str = r#"
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px 32px; background: #fafafa; color: #1d1d1f;
  font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "DejaVu Sans", "Arial", sans-serif; line-height: 1.7; }
h1 { font-size: 28px; margin: 0 0 4px; }
.summary { color: #555; margin: 0 0 16px; }
.lanes { background: #fff; border: 1px solid #ddd; border-radius: 8px; margin-bottom: 16px; }
.lanes text { font-size: 13px; fill: #333; }
.lanes .tick { font-size: 11px; fill: #777; }
.lanes a:hover circle, .lanes a:hover rect { stroke: #000; stroke-width: 2; }
.legend { list-style: none; padding: 0; margin: 0 0 20px; display: flex; flex-wrap: wrap; gap: 8px 16px; }
.legend li { display: flex; align-items: center; gap: 6px; font-size: 14px; }
.swatch { width: 14px; height: 14px; border-radius: 3px; background: var(--c); display: inline-block; }
ol.events { list-style: none; padding: 0; margin: 0; border-inline-start: 3px solid #ccc; }
li.event { position: relative; margin: 0 0 14px; padding-inline-start: 22px; }
li.event::before { content: ""; position: absolute; inset-inline-start: -9px; top: 14px; width: 15px; height: 15px;
  border-radius: 50%; background: var(--c); border: 2px solid #fff; }
.card { background: #fff; border: 1px solid #ddd; border-inline-start: 6px solid var(--c); border-radius: 8px; padding: 10px 14px; }
.meta { display: flex; flex-wrap: wrap; gap: 10px; align-items: baseline; font-size: 14px; color: #555; }
.meta time { font-weight: bold; color: #1d1d1f; font-size: 16px; }
.meta .num { color: #999; }
.kind { background: #eee; border-radius: 10px; padding: 0 8px; }
.basis { font-size: 12px; color: #888; }
.who { font-size: 18px; margin-top: 2px; }
.who .en { color: #777; font-size: 13px; }
.via { color: #555; font-size: 14px; }
blockquote { margin: 8px 0; padding: 6px 12px; background: #f4f4f6; border-inline-start: 4px solid var(--c); font-size: 17px; }
.text { margin: 6px 0; }
.reports { margin: 4px 0 0; padding: 0; list-style: none; font-size: 13px; color: #555; }
.reports li::before { content: "◂ "; color: var(--c); }
a { color: #0b5cad; }
"#;

/// Writes one self-contained HTML page (`dir="rtl" lang="ar"`, no network: inline CSS and SVG): an overview
/// with one lane and colour per source actor (time runs right to left), a legend, and every event as a card
/// with its date, source, relay, quotation, clause and reports. All text is escaped; only http(s) URLs are
/// linked.
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
/// let doc = Document::new("d1", "2024-12-06".parse()?, "وقال لافروف إن \"<الوضع> خطير\" اليوم.");
/// let timeline = Timeline::from_documents(&tarikh::events::Extractor::new(), &[doc])?;
/// let html = tarikh::export::to_string(tarikh::export::Format::Html, &timeline)?;
/// assert!(html.contains(r#"<html lang="ar" dir="rtl">"#));
/// assert!(html.contains("&lt;الوضع&gt;"));
/// assert!(!html.contains("<الوضع>"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_html<W: Write>(timeline: &Timeline, mut out: W) -> Result<ExportSummary, ExportError> {
    // Lanes: source actors by number of events, then first appearance.
    let mut actors: BTreeMap<&str, Lane> = BTreeMap::new();
    for (i, te) in timeline.iter().enumerate() {
        let (id, ar, en) = te.event.source.as_ref().map_or(("", "غير معروف", "unknown"), |s| {
            (s.id.as_str(), s.name_ar.as_str(), s.name.as_str())
        });
        actors.entry(id).or_insert((0, i, ar, en)).0 += 1;
    }
    let mut ranked: Vec<(&str, Lane)> = actors.into_iter().collect();
    ranked.sort_by_key(|(_, (count, first, _, _))| (std::cmp::Reverse(*count), *first));
    let overflow = ranked.len() > MAX_LANES;
    let lane_of = |id: &str| -> usize {
        let i = ranked.iter().position(|(a, _)| *a == id).unwrap_or(0);
        if overflow {
            i.min(MAX_LANES - 1)
        } else {
            i
        }
    };
    let lanes = ranked.len().min(MAX_LANES);

    let mut h = String::new();
    h.push_str("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.push_str("<title>الخط الزمني</title>\n<style>");
    h.push_str(STYLE);
    h.push_str("</style>\n</head>\n<body>\n<h1>الخط الزمني</h1>\n");
    let _ = writeln!(
        h,
        "<p class=\"summary\"><bdi>{}</bdi> حدثًا من <bdi>{}</bdi> مقالًا</p>",
        timeline.len(),
        timeline.documents().len()
    );

    // Overview: one lane per actor. The axis is ordinal: one column per distinct first day, in order, so that
    // a year-old event does not squeeze the weeks the timeline is about into a corner.
    let mut columns: Vec<NaiveDate> = timeline
        .iter()
        .filter_map(|te| te.event.date.as_ref().map(|d| d.first_day))
        .collect();
    columns.sort_unstable();
    columns.dedup();
    if !columns.is_empty() {
        let (width, label, lane_h, top, pad) = (1100.0_f64, 250.0_f64, 30.0_f64, 34.0_f64, 40.0_f64);
        let plot = width - label - 2.0 * pad;
        let last = (columns.len() - 1) as f64;
        // The column of a day: the last column on or before it. Time runs right to left, from the labels.
        let column = |d: NaiveDate| columns.partition_point(|&c| c <= d).saturating_sub(1);
        let x_of = |c: usize| {
            if last == 0.0 {
                width - label - pad - plot / 2.0
            } else {
                width - label - pad - c as f64 / last * plot
            }
        };
        let x = |d: NaiveDate| x_of(column(d));
        let height = top + lanes as f64 * lane_h + 24.0;
        let _ = writeln!(
            h,
            "<svg class=\"lanes\" xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"الأحداث حسب الجهة\">"
        );
        let ticks = columns.len().min(9);
        let mut shown = Vec::new();
        for k in 0..ticks {
            let c = if ticks == 1 {
                0
            } else {
                (k as f64 * last / (ticks - 1) as f64).round() as usize
            };
            if shown.contains(&c) {
                continue;
            }
            shown.push(c);
            let xd = x_of(c);
            let _ = writeln!(
                h,
                "<line x1=\"{xd:.1}\" y1=\"{:.1}\" x2=\"{xd:.1}\" y2=\"{:.1}\" stroke=\"#e3e3e3\"/><text class=\"tick\" x=\"{xd:.1}\" y=\"18\" text-anchor=\"middle\" direction=\"ltr\">{}</text>",
                top - 8.0,
                height - 20.0,
                columns[c]
            );
        }
        let _ = writeln!(
            h,
            "<text class=\"tick\" x=\"{:.1}\" y=\"{:.1}\">المحور بترتيب التواريخ، لا بمقياس الزمن</text>",
            width - label - pad,
            height - 6.0
        );
        for (lane, (_, (_, _, ar, _))) in ranked.iter().take(lanes).enumerate() {
            let y = top + lane as f64 * lane_h + lane_h / 2.0;
            let name = if overflow && lane == MAX_LANES - 1 {
                "جهات أخرى"
            } else {
                ar
            };
            let _ = writeln!(
                h,
                "<line x1=\"{pad}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"#f0f0f0\"/><rect x=\"{:.1}\" y=\"{:.1}\" width=\"10\" height=\"10\" rx=\"2\" fill=\"{}\"/><text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
                width - label,
                width - 18.0,
                y - 5.0,
                colour(lane),
                width - 24.0,
                y + 5.0,
                esc(name)
            );
        }
        for te in timeline {
            let Some(date) = &te.event.date else { continue };
            let lane = lane_of(te.event.source.as_ref().map_or("", |s| s.id.as_str()));
            let y = top + lane as f64 * lane_h + lane_h / 2.0;
            let title = format!("{} · {} · {}", date.value, kind_label_ar(te.event.kind), te.event.text);
            let _ = write!(h, "<a href=\"#e{}\"><title>{}</title>", te.number, esc(&title));
            if date.last_day > date.first_day {
                let (x1, x2) = (x(date.last_day), x(date.first_day));
                let _ = write!(
                    h,
                    "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"10\" rx=\"5\" fill=\"{}\" fill-opacity=\"0.55\"/>",
                    x1 - 4.0,
                    y - 5.0,
                    (x2 - x1 + 8.0).max(8.0),
                    colour(lane)
                );
            } else {
                let _ = write!(
                    h,
                    "<circle cx=\"{:.1}\" cy=\"{y:.1}\" r=\"6\" fill=\"{}\" fill-opacity=\"0.85\"/>",
                    x(date.first_day),
                    colour(lane)
                );
            }
            h.push_str("</a>\n");
        }
        h.push_str("</svg>\n");
    }

    h.push_str("<ul class=\"legend\">\n");
    for (lane, (id, (count, _, ar, en))) in ranked.iter().enumerate().take(lanes) {
        let (ar, en) = if overflow && lane == MAX_LANES - 1 {
            ("جهات أخرى", "others")
        } else {
            (*ar, *en)
        };
        let _ = writeln!(
            h,
            "<li title=\"{}\"><span class=\"swatch\" style=\"--c:{}\"></span>{} <bdi>({})</bdi></li>",
            esc(id),
            colour(lane),
            esc(ar),
            if overflow && lane == MAX_LANES - 1 {
                "…".to_string()
            } else if en == ar {
                count.to_string()
            } else {
                format!("{}, {count}", esc(en))
            }
        );
    }
    h.push_str("</ul>\n<ol class=\"events\">\n");

    for te in timeline {
        let e = &te.event;
        let lane = lane_of(e.source.as_ref().map_or("", |s| s.id.as_str()));
        let _ = writeln!(
            h,
            "<li class=\"event\" id=\"e{}\" style=\"--c:{}\"><div class=\"card\">",
            te.number,
            colour(lane)
        );
        h.push_str("<div class=\"meta\">");
        let _ = write!(h, "<span class=\"num\"><bdi>#{}</bdi></span>", te.number);
        match &e.date {
            Some(d) => {
                let _ = write!(
                    h,
                    "<time datetime=\"{}\" dir=\"ltr\">{}</time>",
                    esc(&d.first_day.to_string()),
                    esc(&d.value)
                );
                let basis = match d.basis {
                    DateBasis::Explicit => "تاريخ مذكور",
                    DateBasis::Inherited => "تاريخ الجملة السابقة",
                    DateBasis::Publication => "تاريخ النشر",
                };
                let _ = write!(h, "<span class=\"basis\">{basis}</span>");
            }
            None => h.push_str("<time>بلا تاريخ</time>"),
        }
        let _ = writeln!(h, "<span class=\"kind\">{}</span></div>", kind_label_ar(e.kind));
        match &e.source {
            Some(s) => {
                let _ = writeln!(
                    h,
                    "<div class=\"who\"><strong class=\"source\">{}</strong> <bdi class=\"en\">{}</bdi></div>",
                    esc(&s.name_ar),
                    esc(&s.name)
                );
            }
            None => h.push_str("<div class=\"who\"><strong class=\"source\">مصدر غير معروف</strong></div>\n"),
        }
        let mut vias: Vec<&str> = Vec::new();
        for via in e.via.iter().chain(te.provenance.iter().filter_map(|p| p.via.as_ref())) {
            if !vias.contains(&via.name_ar.as_str()) {
                vias.push(&via.name_ar);
            }
        }
        if !vias.is_empty() {
            let _ = writeln!(h, "<div class=\"via\">نقلًا عن: {}</div>", esc(&vias.join("، ")));
        }
        if let Some(q) = &e.quotation {
            let _ = writeln!(h, "<blockquote>«{}»</blockquote>", esc(q));
        }
        let _ = writeln!(h, "<p class=\"text\">{}</p>", esc(&e.text));
        h.push_str("<ul class=\"reports\">");
        for p in &te.provenance {
            let outlet = p.outlet.as_deref().unwrap_or(p.document.as_str());
            h.push_str("<li>");
            match p.url.as_deref().and_then(safe_url) {
                Some(url) => {
                    let _ = write!(h, "<a href=\"{url}\">{}</a>", esc(outlet));
                }
                None => h.push_str(&esc(outlet)),
            }
            let _ = write!(
                h,
                " · <bdi>{}</bdi> · نُشر <bdi dir=\"ltr\">{}</bdi></li>",
                esc(&p.document),
                p.published
            );
        }
        h.push_str("</ul>\n</div></li>\n");
    }
    h.push_str("</ol>\n</body>\n</html>\n");
    out.write_all(h.as_bytes())?;
    out.flush()?;
    Ok(ExportSummary::all_of(timeline))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alpha3_table_is_sorted() {
        assert_eq!(alpha3("SY"), "SYR");
        assert_eq!(alpha3("TR"), "TUR");
        assert_eq!(alpha3("ZZ"), "XXX");
    }

    #[test]
    fn precision_codes() {
        let d = |s: &str| s.parse::<NaiveDate>().expect("a day");
        assert_eq!(time_precision(d("2024-12-06"), d("2024-12-06")), Some(1));
        assert_eq!(time_precision(d("2024-12-02"), d("2024-12-08")), Some(2));
        assert_eq!(time_precision(d("2024-12-01"), d("2024-12-31")), Some(3));
        assert_eq!(time_precision(d("2024-01-01"), d("2024-12-31")), None);
    }

    #[test]
    fn escapes_markup() {
        assert_eq!(
            esc("<a href='x'>&\"</a>"),
            "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;"
        );
        assert_eq!(safe_url("javascript:alert(1)"), None);
        assert_eq!(md_cell("a|b\nc"), "a\\|b c");
    }
}
