//! ACLED's CSV columns.

use std::io::Write;

use chrono::{Datelike, Duration, NaiveDate};

use crate::actors::ActorKind;
use crate::events::{Event, EventKind, Location};
use crate::places::Gazetteer;
use crate::text::FoldedText;
use crate::timeline::Timeline;

use super::{kind_name, ExportError, ExportSummary};

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
        .map_or_else(|| alpha2.to_string(), |p| p.name.to_string())
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
    let mut summary = ExportSummary::undated_of(timeline);
    for (te, date) in super::dated(timeline) {
        let e = &te.event;
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
}
