//! A Markdown table, one row per event.

use std::io::Write;

use crate::timeline::Timeline;

use super::{kind_name, ExportError, ExportSummary};

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_keeps_the_table_whole() {
        assert_eq!(md_cell("a|b\nc"), "a\\|b c");
    }
}
