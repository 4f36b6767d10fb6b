//! One self-contained HTML page: inline CSS and SVG, right to left, one lane and colour per actor.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write;

use chrono::NaiveDate;

use crate::events::{DateBasis, EventKind};
use crate::timeline::Timeline;

use super::{ExportError, ExportSummary};

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
    fn escapes_markup() {
        assert_eq!(
            esc("<a href='x'>&\"</a>"),
            "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;"
        );
        assert_eq!(safe_url("javascript:alert(1)"), None);
    }
}
