//! PLOVER records, one JSON object a line.

use std::io::Write;

use serde::Serialize;

use crate::events::EventKind;
use crate::timeline::Timeline;

use super::{ExportError, ExportSummary};

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
    let mut summary = ExportSummary::undated_of(timeline);
    for (te, date) in super::dated(timeline) {
        let e = &te.event;
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
