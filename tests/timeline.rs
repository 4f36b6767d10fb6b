//! The timeline: ordering with mixed precision, merging across outlets, queries, every export's structure,
//! and the batch line processing's accounting.

use chrono::NaiveDate;
use tarikh::actors::ActorKind;
use tarikh::dates::Granularity;
use tarikh::events::{ActorRef, Article, DateBasis, Event, EventDate, EventKind, Extractor, Recognition, Span};
use tarikh::export::{self, Format, ACLED_COLUMNS};
use tarikh::timeline::{
    process_jsonl_bytes, process_jsonl_line, Document, Origin, Query, Timeline, TimelineBuilder, TimelineConfig,
};

type Result = std::result::Result<(), Box<dyn std::error::Error>>;

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap_or_else(|e| panic!("{s} is a day: {e}"))
}

fn actor(id: &str) -> ActorRef {
    ActorRef {
        id: id.into(),
        name: id.into(),
        name_ar: id.into(),
        kind: ActorKind::GovernmentBody,
        country: Some("SY".into()),
        recognized_by: Recognition::Name,
        role: None,
        mention: None,
    }
}

/// An event of `source` dated `value` (first and last day, granularity) saying `text`.
fn event(source: &str, date: Option<(&str, &str, &str, Granularity)>, text: &str) -> Event {
    Event {
        date: date.map(|(value, first, last, granularity)| EventDate {
            value: value.to_string(),
            first_day: day(first),
            last_day: day(last),
            granularity,
            basis: DateBasis::Explicit,
            mention: None,
        }),
        source: Some(actor(source)),
        via: None,
        verb: "قال".into(),
        lemma: "قال".into(),
        kind: EventKind::Statement,
        quotation: None,
        locations: Vec::new(),
        text: text.to_string(),
        span: Span {
            start: 0,
            end: text.len(),
        },
        confidence: 0.9,
    }
}

fn origin(id: &str, outlet: &str) -> Origin {
    Origin {
        id: id.into(),
        url: Some(format!("https://example.org/{id}")),
        outlet: Some(outlet.into()),
        published: day("2024-12-08"),
    }
}

fn article(events: Vec<Event>) -> Article {
    Article {
        published: day("2024-12-08"),
        dates: Vec::new(),
        events,
    }
}

fn values(timeline: &Timeline) -> Vec<String> {
    timeline
        .iter()
        .map(|e| e.event.date.as_ref().map_or("undated".to_string(), |d| d.value.clone()))
        .collect()
}

#[test]
fn mixed_precision_sorts_by_start_then_length() {
    use Granularity::*;
    // Every event has its own source and text, so nothing merges.
    let events = vec![
        event("a", Some(("2024-12", "2024-12-01", "2024-12-31", Month)), "شهر"),
        event("b", None, "بلا تاريخ"),
        event(
            "c",
            Some(("2024-12-01T15:00", "2024-12-01", "2024-12-01", Time)),
            "ساعة",
        ),
        event("d", Some(("2024-12-02", "2024-12-02", "2024-12-02", Day)), "يوم ثان"),
        event(
            "e",
            Some(("2024-12-01/2024-12-03", "2024-12-01", "2024-12-03", Day)),
            "مدى",
        ),
        event("f", Some(("2024", "2024-01-01", "2024-12-31", Year)), "سنة"),
        event(
            "g",
            Some(("2024-12-01TMO", "2024-12-01", "2024-12-01", PartOfDay)),
            "صباح",
        ),
        event("h", Some(("2024-W49", "2024-12-02", "2024-12-08", Week)), "أسبوع"),
        event("i", Some(("2024-12-01", "2024-12-01", "2024-12-01", Day)), "يوم أول"),
        event("j", Some(("2024-11-30", "2024-11-30", "2024-11-30", Day)), "عشية"),
    ];
    let timeline = Timeline::from_articles([(origin("d1", "A"), article(events))]);
    assert_eq!(
        values(&timeline),
        [
            "2024",
            "2024-11-30",
            "2024-12-01",
            "2024-12-01TMO",
            "2024-12-01T15:00",
            "2024-12-01/2024-12-03",
            "2024-12",
            "2024-12-02",
            "2024-W49",
            "undated",
        ]
    );
    let numbers: Vec<usize> = timeline.iter().map(|e| e.number).collect();
    assert_eq!(numbers, (1..=10).collect::<Vec<_>>());
}

#[test]
fn ties_keep_document_order_and_position() {
    let d = Some(("2024-12-08", "2024-12-08", "2024-12-08", Granularity::Day));
    let first = article(vec![event("x", d, "الأول"), event("y", d, "الثاني")]);
    let second = article(vec![event("z", d, "الثالث")]);
    // Added second, then first: ties follow the order of addition, then the order in the text.
    let timeline = Timeline::from_articles([(origin("d2", "B"), second), (origin("d1", "A"), first)]);
    let texts: Vec<&str> = timeline.iter().map(|e| e.event.text.as_str()).collect();
    assert_eq!(texts, ["الثالث", "الأول", "الثاني"]);
}

const CLAIM: &str = "قال المرصد إن قوات النظام انسحبت من مطار حلب الدولي ومن الأكاديمية العسكرية دون مواجهات تذكر";
const RETOLD: &str = "وأفاد المرصد بأن قوات النظام انسحبت من مطار حلب الدولي والأكاديمية العسكرية دون مواجهات تذكر";

fn on(value: &str) -> Option<(&str, &str, &str, Granularity)> {
    Some((value, value, value, Granularity::Day))
}

#[test]
fn same_source_same_claim_merges_across_outlets() {
    let month = Some(("2024-11", "2024-11-01", "2024-11-30", Granularity::Month));
    let timeline = Timeline::from_articles([
        (origin("a", "Levant Wire"), article(vec![event("sohr", month, CLAIM)])),
        (
            origin("b", "Euphrates Daily"),
            article(vec![event("sohr", on("2024-11-30"), RETOLD)]),
        ),
    ]);
    assert_eq!(timeline.len(), 1);
    let merged = &timeline.events()[0];
    assert_eq!(merged.provenance.len(), 2);
    assert_eq!(merged.outlets(), ["Levant Wire", "Euphrates Daily"]);
    // The report with the finer date speaks for the event; every report keeps its own date and text.
    assert_eq!(merged.event.date.as_ref().map(|d| d.value.as_str()), Some("2024-11-30"));
    assert_eq!(merged.report().map(|r| r.document.as_str()), Some("b"));
    assert_eq!(merged.provenance[0].text, CLAIM);
    assert_eq!(
        merged.provenance[0].date.as_ref().map(|d| d.value.as_str()),
        Some("2024-11")
    );
    assert_eq!(merged.provenance[1].document, "b");
    assert_eq!(merged.provenance[1].url.as_deref(), Some("https://example.org/b"));
}

#[test]
fn different_sources_never_merge() {
    let timeline = Timeline::from_articles([
        (origin("a", "A"), article(vec![event("sohr", on("2024-11-30"), CLAIM)])),
        (origin("b", "B"), article(vec![event("snhr", on("2024-11-30"), CLAIM)])),
    ]);
    assert_eq!(timeline.len(), 2);
}

#[test]
fn disjoint_dates_dissimilar_claims_and_one_document_do_not_merge() {
    let timeline = Timeline::from_articles([
        (origin("a", "A"), article(vec![event("sohr", on("2024-11-30"), CLAIM)])),
        (origin("b", "B"), article(vec![event("sohr", on("2024-12-02"), CLAIM)])),
        (
            origin("c", "C"),
            article(vec![event(
                "sohr",
                on("2024-11-30"),
                "قال المرصد إن الطائرات قصفت مدينة إدلب",
            )]),
        ),
        (
            origin("d", "D"),
            article(vec![
                event("sohr", on("2024-12-05"), CLAIM),
                event("sohr", on("2024-12-05"), CLAIM),
            ]),
        ),
    ]);
    assert_eq!(timeline.len(), 5);
    assert!(timeline.iter().all(|e| e.provenance.len() == 1));
}

#[test]
fn the_threshold_is_a_setting() {
    let pair = || {
        [
            (origin("a", "A"), article(vec![event("sohr", on("2024-11-30"), CLAIM)])),
            (origin("b", "B"), article(vec![event("sohr", on("2024-11-30"), RETOLD)])),
        ]
    };
    let build = |threshold: f64| {
        let mut builder = TimelineBuilder::new(TimelineConfig {
            merge_threshold: threshold,
            ..TimelineConfig::default()
        });
        for (o, a) in pair() {
            builder.add_article(o, a);
        }
        builder.build().len()
    };
    assert_eq!(build(0.5), 1);
    assert_eq!(build(0.99), 2);
    assert_eq!(build(1.5), 2);
}

/// Five short dispatches, two of which retell events of the others.
fn dispatches() -> Vec<Document> {
    let doc = |id: &str, outlet: &str, published: &str, text: &str| {
        Document::new(id, day(published), text)
            .with_outlet(outlet)
            .with_url(format!("https://example.org/{id}"))
    };
    vec![
        doc(
            "lw-1130",
            "Levant Wire",
            "2024-11-30",
            "حلب – أعلنت إدارة العمليات العسكرية اليوم السبت سيطرتها على معظم أحياء مدينة حلب.\nوقال المرصد السوري لحقوق الإنسان إن قوات النظام انسحبت من مطار حلب الدولي ومن الأكاديمية العسكرية دون مواجهات تذكر.\nوكانت قوات النظام قد استعادت الأحياء الشرقية من حلب عام 2016.",
        ),
        doc(
            "ed-1201",
            "Euphrates Daily",
            "2024-12-01",
            "أفاد المرصد السوري لحقوق الإنسان أمس السبت بأن قوات النظام انسحبت من مطار حلب الدولي والأكاديمية العسكرية دون مواجهات تذكر.\nوشنت الطائرات الروسية صباح اليوم غارات على مدينة إدلب.",
        ),
        doc(
            "ot-1202",
            "Orontes Times",
            "2024-12-02",
            "نقلت وكالة تاس عن المتحدث باسم الكرملين دميتري بيسكوف قوله اليوم إن موسكو \"تواصل دعم السلطات الشرعية في سوريا\".\nونفذت القوات الروسية بين 29 تشرين الثاني و1 كانون الأول غارات على مواقع للمسلحين في ريف إدلب.",
        ),
        doc(
            "bd-1208",
            "Barada Dispatch",
            "2024-12-08",
            "دمشق – أعلنت إدارة العمليات العسكرية فجر اليوم الأحد دخول قواتها إلى العاصمة دمشق.\nوكانت منظمة الأمم المتحدة للطفولة قد حذرت في تشرين الثاني من تدهور الوضع الإنساني.",
        ),
        doc(
            "lw-1208",
            "Levant Wire",
            "2024-12-08",
            "أعلنت إدارة العمليات العسكرية صباح اليوم دخول قواتها إلى العاصمة دمشق.",
        ),
    ]
}

fn sample_timeline() -> std::result::Result<Timeline, Box<dyn std::error::Error>> {
    Ok(Timeline::from_documents(&Extractor::new(), &dispatches())?)
}

#[test]
fn extracted_dispatches_merge_and_sort() -> Result {
    let timeline = sample_timeline()?;
    let merged: Vec<Vec<&str>> = timeline
        .iter()
        .filter(|e| e.provenance.len() > 1)
        .map(|e| e.provenance.iter().map(|p| p.document.as_str()).collect())
        .collect();
    assert_eq!(merged, [vec!["lw-1130", "ed-1201"], vec!["bd-1208", "lw-1208"]]);
    let firsts: Vec<NaiveDate> = timeline
        .iter()
        .filter_map(|e| e.event.date.as_ref().map(|d| d.first_day))
        .collect();
    assert!(firsts.windows(2).all(|w| w[0] <= w[1]), "{firsts:?}");
    assert_eq!(values(&timeline).first().map(String::as_str), Some("2016"));
    Ok(())
}

#[test]
fn queries() -> Result {
    let timeline = sample_timeline()?;
    let sohr = timeline.by_actor("sohr");
    assert_eq!(sohr.len(), 1);
    // A relay counts as an actor of the event.
    assert_eq!(timeline.by_actor("tass").len(), 1);
    assert!(timeline
        .by_country("ru")
        .iter()
        .all(|e| e.event.source.as_ref().and_then(|s| s.country.as_deref()) == Some("RU")));
    assert!(timeline.by_country("RU").len() >= 2);
    let december = timeline.between(day("2024-12-01"), day("2024-12-31"));
    // The range 29 November - 1 December overlaps December; the year 2016 does not.
    assert!(december
        .iter()
        .any(|e| e.event.date.as_ref().is_some_and(|d| d.value.contains('/'))));
    assert!(december
        .iter()
        .all(|e| e.event.date.as_ref().is_some_and(|d| d.last_day >= day("2024-12-01"))));
    assert!(!timeline.by_kind(EventKind::Attack).is_empty());
    assert!(timeline
        .by_kind(EventKind::Attack)
        .iter()
        .all(|e| e.event.kind == EventKind::Attack));
    assert!(!timeline.at_place("Idlib").is_empty());
    assert!(!timeline.at_place("sy.damascus").is_empty());
    let both = Query::new().actor("military-operations-command").place("Damascus");
    assert_eq!(timeline.query(&both).count(), 1);
    Ok(())
}

#[test]
fn json_round_trips() -> Result {
    let timeline = sample_timeline()?;
    let json = export::to_string(Format::Json, &timeline)?;
    let value: serde_json::Value = serde_json::from_str(&json)?;
    let again: serde_json::Value = serde_json::from_str(&serde_json::to_string(&value)?)?;
    assert_eq!(value, again);
    let events = value["events"].as_array().ok_or("events is an array")?;
    assert_eq!(events.len(), timeline.len());
    assert_eq!(value["documents"].as_array().map(Vec::len), Some(5));
    for (e, event) in events.iter().zip(timeline.iter()) {
        for field in [
            "number",
            "date",
            "source",
            "via",
            "verb",
            "kind",
            "text",
            "span",
            "provenance",
        ] {
            assert!(e.get(field).is_some(), "{field} in {e}");
        }
        assert_eq!(e["number"], event.number);
        assert_eq!(e["text"], event.event.text.as_str());
        assert_eq!(e["provenance"].as_array().map(Vec::len), Some(event.provenance.len()));
    }
    Ok(())
}

#[test]
fn jsonl_is_one_object_a_line() -> Result {
    let timeline = sample_timeline()?;
    let jsonl = export::to_string(Format::JsonLines, &timeline)?;
    assert_eq!(jsonl.lines().count(), timeline.len());
    for (line, event) in jsonl.lines().zip(timeline.iter()) {
        let value: serde_json::Value = serde_json::from_str(line)?;
        assert!(value.is_object());
        assert_eq!(value["number"], event.number);
    }
    Ok(())
}

#[test]
fn plover_records_have_their_fields() -> Result {
    let timeline = sample_timeline()?;
    let plover = export::to_string(Format::Plover, &timeline)?;
    assert_eq!(
        plover.lines().count(),
        timeline.iter().filter(|e| e.event.date.is_some()).count()
    );
    for line in plover.lines() {
        let record: serde_json::Value = serde_json::from_str(line)?;
        for field in [
            "id",
            "date",
            "enddate",
            "source",
            "recipient",
            "event",
            "event_text",
            "text_info",
            "cite_info",
            "coder",
        ] {
            assert!(record.get(field).is_some(), "{field} in {record}");
        }
        assert_eq!(record["coder"], "tarikh");
        assert!(record["recipient"].is_null());
        assert!(record["text_info"]["start"].is_u64() && record["text_info"]["end"].is_u64());
        assert!(record["cite_info"]["publication"].is_string());
        let category = record["event"].as_str().ok_or("event is a string")?;
        assert!(category.chars().all(|c| c.is_ascii_uppercase()), "{category}");
    }
    Ok(())
}

#[test]
fn acled_csv_parses_back() -> Result {
    let timeline = sample_timeline()?;
    let mut out = Vec::new();
    let summary = export::write_acled(&timeline, &mut out)?;
    let mut reader = csv::Reader::from_reader(out.as_slice());
    let header: Vec<String> = reader.headers()?.iter().map(str::to_string).collect();
    assert_eq!(header, ACLED_COLUMNS);
    let rows = reader.records().collect::<std::result::Result<Vec<_>, _>>()?;
    assert_eq!(rows.len(), summary.written);
    // The event of 2016 is dated to a year: left out and counted.
    assert_eq!(summary.too_coarse, 1);
    assert_eq!(summary.written + summary.too_coarse + summary.undated, timeline.len());
    let column = |name: &str| ACLED_COLUMNS.iter().position(|c| *c == name).ok_or("a column");
    let (id, precision, source, kind, lat) = (
        column("event_id_cnty")?,
        column("time_precision")?,
        column("source")?,
        column("event_type")?,
        column("latitude")?,
    );
    for row in &rows {
        assert_eq!(row.len(), ACLED_COLUMNS.len());
        assert!(["1", "2", "3"].contains(&&row[precision]), "{row:?}");
        assert!(row[id].len() > 3 && row[id][3..].parse::<usize>().is_ok(), "{row:?}");
        assert!(!row[source].is_empty());
        assert!(!row[lat].is_empty() || row[column("location")?].is_empty());
    }
    // The range of three days is precise to a week.
    assert!(rows.iter().any(|r| &r[precision] == "2"));
    assert!(rows.iter().any(|r| &r[kind] == "Explosions/Remote violence"));
    // The merged account of the Observatory cites both outlets, never the speaker.
    let actor1 = column("actor1")?;
    let sohr = rows
        .iter()
        .find(|r| r[actor1].contains("Observatory"))
        .ok_or("the Observatory's row")?;
    assert_eq!(&sohr[source], "Levant Wire; Euphrates Daily");
    Ok(())
}

#[test]
fn markdown_and_html() -> Result {
    let timeline = sample_timeline()?;
    let md = export::to_string(Format::Markdown, &timeline)?;
    assert_eq!(md.lines().count(), timeline.len() + 2);
    assert!(md.lines().all(|l| l.starts_with('|') && l.ends_with('|')));

    let evil = Document::new(
        "<x>",
        day("2024-12-06"),
        "وقال لافروف إن \"<script>alert('x')</script> & كل شيء\" اليوم.",
    )
    .with_outlet("<b>Outlet</b>")
    .with_url("javascript:alert(1)");
    let timeline = Timeline::from_documents(&Extractor::new(), &[evil])?;
    let html = export::to_string(Format::Html, &timeline)?;
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(!html.contains("<script"));
    assert!(!html.contains("javascript:"));
    assert!(html.contains("&lt;script&gt;"));
    assert!(html.contains("&lt;b&gt;Outlet&lt;/b&gt;"));
    assert!(html.contains("<svg"));
    assert!(!html.contains("http://") || html.contains("http://www.w3.org/2000/svg"));
    Ok(())
}

#[test]
fn batch_accounts_for_every_line() -> Result {
    let extractor = Extractor::new();
    let input = [
        r#"{"id": "ok", "url": "https://example.org/ok", "published": "2024-12-06", "text": "وقصفت قوات النظام مدينة حلب أمس. وقال لافروف إن الوضع خطير."}"#,
        r#"{"id": "quiet", "published": "2024-12-06", "text": "طقس مشمس في دمشق."}"#,
        r#"{"id": "broken", "published": "2024-12-06", "text": "#,
        r#"{"id": "no-text", "published": "2024-12-06"}"#,
        r#"{"id": "bad-date", "published": "6/12/2024", "text": "قال مصدر إن الهجوم فشل."}"#,
        r#"{"id": "far", "published": "1850-01-01", "text": "قال مصدر إن الهجوم فشل."}"#,
        r#"["not", "an", "object"]"#,
        "",
        r#"{"published": "2024-12-06", "text": "قال مصدر عسكري إن الهجوم فشل."}"#,
        "\u{FFFD}",
    ];
    let mut seen = Vec::new();
    for (i, line) in input.iter().enumerate() {
        let n = i + 1;
        // The last line stands for bytes that are not UTF-8.
        let out = if n == input.len() {
            process_jsonl_bytes(&extractor, n, &[b'{', 0xFF, b'}'])
        } else {
            process_jsonl_line(&extractor, n, line)
        };
        assert!(out.starts_with(&format!("{{\"line\":{n},")), "{out}");
        assert!(out.ends_with('\n'));
        let records: Vec<serde_json::Value> = out
            .lines()
            .map(serde_json::from_str)
            .collect::<std::result::Result<_, _>>()?;
        assert!(!records.is_empty(), "line {n} gives a record");
        assert!(records.iter().all(|r| r["line"] == n), "{records:?}");
        let what = if records[0].get("error").is_some() {
            "error"
        } else if records[0]["events"] == 0 {
            "none"
        } else {
            "events"
        };
        seen.push((what, records.len()));
        if n == 1 {
            assert_eq!(records[0]["id"], "ok");
            assert_eq!(records[0]["url"], "https://example.org/ok");
            assert_eq!(records[0]["kind"], "attack");
            assert_eq!(records[0]["date"]["value"], "2024-12-05");
        }
        if n == 9 {
            assert_eq!(records[0]["id"], "line-9");
        }
    }
    assert_eq!(
        seen,
        [
            ("events", 2),
            ("none", 1),
            ("error", 1),
            ("error", 1),
            ("error", 1),
            ("error", 1),
            ("error", 1),
            ("error", 1),
            ("events", 1),
            ("error", 1),
        ]
    );
    Ok(())
}

#[test]
fn a_claim_retold_by_many_outlets_is_one_event() {
    // Past the sixteen reports a new one is compared with, retellings still join the same group.
    let articles = (0..200).map(|n| {
        let text = if n % 2 == 0 { CLAIM } else { RETOLD };
        (
            origin(&format!("d{n}"), &format!("outlet-{n}")),
            article(vec![event("sohr", on("2024-11-30"), text)]),
        )
    });
    let timeline = Timeline::from_articles(articles);
    assert_eq!(timeline.len(), 1);
    assert_eq!(timeline.events()[0].provenance.len(), 200);
}
