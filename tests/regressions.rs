//! Inputs that once broke the library, found by the fuzzers (`fuzz/`) and the property tests
//! (`tests/properties.rs`), minimized. Each test names the invariant it guards; keep them when the bug is fixed.

use tarikh::events::Extractor;
use tarikh::{Anchor, DateFinder, DateMention};

fn anchor() -> Anchor {
    "2024-12-06".parse().expect("a valid anchor")
}

fn find(text: &str) -> Vec<DateMention> {
    DateFinder::new().find(text, Some(&anchor()))
}

/// The value of the one mention of `text`, which must cover the whole text.
fn value_of(text: &str) -> Option<String> {
    let found = find(text);
    assert_eq!(found.len(), 1, "{text:?}: {found:#?}");
    assert_eq!(found[0].text, text, "{text:?}: {found:#?}");
    found[0].value.as_ref().map(|v| v.value.clone())
}

/// No mention of `text` may have a value that ends before it starts.
fn assert_ordered(text: &str) {
    for m in find(text) {
        if let Some(v) = &m.value {
            assert!(
                v.first_day <= v.last_day,
                "{text:?}: {:?} has the value {:?}, which ends ({}) before it starts ({})",
                m.text,
                v.value,
                v.last_day,
                v.first_day
            );
        }
    }
}

/// fuzz `extract`: a word that starts with "ل" before a media name was sliced at byte 1, inside the two-byte
/// "ل" (src/events/mod.rs, `via_in`: `&prev[1..]`). "لـ سانا" with a space is common in dispatches.
#[test]
fn a_word_starting_with_lam_before_a_media_name_does_not_panic() {
    let extractor = Extractor::new();
    for text in [
        "وذكرت/ل سانا",
        "وذكرت وكا/لة سانا أن القذائف التي أطلقها المسلحون أول أمس على حي الجميلية أدت إلى مقتل ثلاثة مدنيين.",
        "وقال مصدر عسكري لـ سانا إن الهجوم وقع أمس.",
    ] {
        let article = extractor.extract(text, anchor());
        for e in &article.events {
            assert!(text.get(e.span.start..e.span.end).is_some(), "{text:?}: {:?}", e.span);
        }
    }
}

/// fuzz `dates`: a range written backwards got a value whose last day was before its first. A value, when there
/// is one, must have `first_day <= last_day`.
#[test]
fn a_range_written_backwards_has_no_reversed_value() {
    for text in [
        "2-1-1-2011",
        "10-2 تشرين الأول 2019",
        "من 5 إلى 3 تموز 2022",
        "بين 20 و 12 أيار 2021",
        "من 1/4/2020 إلى 15/3/2020",
        "من 28 كانون الأول 2019 إلى 4 كانون الأول 2018",
        // The year not yet changed in January, a common slip; as written, the range ends before it starts.
        "من 28 كانون الأول 2019 إلى 4 كانون الثاني 2019",
        "بين عامي 2014 و2010",
        "من تشرين الأول 2019 حتى شباط 2019",
        "من 2012 حتى 1007",
        // "العام الجاري" is 2024 against the anchor: the text itself ends before it starts.
        "من 20 حزيران 2025 حتى نهاية العام الجاري",
    ] {
        assert_ordered(text);
    }
}

/// fuzz `dates`: the end of a range that names no year was resolved against the anchor alone, not after the
/// start of the range, so a range written in the right order came out reversed.
#[test]
fn a_range_end_without_a_year_follows_the_start() {
    // October 2019 to the February that follows it.
    assert_eq!(
        value_of("من تشرين الأول 2019 حتى شباط").as_deref(),
        Some("2019-10/2020-02")
    );
    // From the start of this month (December 2024) to the 30 June that follows it.
    assert_ordered("منذ مطلع الشهر الجاري حتى 30 حزيران");
    // "أيار" alone resolved to May 2025 and "تموز" alone to July 2024 (each the nearer one to 2024-12-06); as
    // the two ends of one range they are read in one year.
    assert_ordered("من أيار إلى تموز");
    let found = find("من أيار إلى تموز");
    let value = found.first().and_then(|m| m.value.as_ref()).map(|v| v.value.as_str());
    assert!(
        matches!(value, Some("2024-05/2024-07" | "2025-05/2025-07")),
        "من أيار إلى تموز: {value:?}"
    );
    // "نهاية العام" after a start in another year is the end of the start's year, not of the anchor's.
    assert_ordered("من تشرين الأول 2025 حتى نهاية العام");
}

/// adversarial: a catalog name of 64,000 letters took 12-25 s to load in a release build (a 512 KB name, many
/// minutes): the aho-corasick name matcher of the time was built in time quadratic in a pattern's length.
/// Names are now matched by token, which costs nothing per letter, and a name longer than `MAX_NAME_CHARS` is
/// an error that says what to fix (it is a pasted text, not a name); a name at the limit loads.
#[test]
fn a_very_long_catalog_name_is_refused_and_one_at_the_limit_loads() {
    use tarikh::actors::{Catalog, MAX_NAME_CHARS};
    let catalog = |chars: usize| {
        let name: String = ('\u{0628}'..='\u{063A}').cycle().take(chars).collect();
        Catalog::from_json(&format!(
            "{{\"actors\": [{{\"id\": \"x\", \"name\": \"x\", \"name_ar\": \"{name}\", \"kind\": \"person\", \"gender\": \"m\"}}]}}"
        ))
    };
    match catalog(64_000) {
        Err(tarikh::CatalogError::NameTooLong {
            entry,
            field,
            chars,
            max,
        }) => {
            assert_eq!(
                (entry.as_str(), field, chars, max),
                ("x", "name_ar", 64_000, MAX_NAME_CHARS)
            );
        }
        other => panic!("expected NameTooLong, got {other:?}"),
    }
    let at_limit = catalog(MAX_NAME_CHARS).expect("a name at the limit loads");
    assert_eq!(at_limit.actors().len(), 1);
}

/// The same limit holds for the names of a gazetteer.
#[test]
fn a_very_long_place_name_is_refused() {
    let name = "د".repeat(tarikh::actors::MAX_NAME_CHARS + 1);
    let tsv = format!("id\tname\tnames_ar\tkind\tcountry\tadmin1\tlat\tlon\nx\tX\t{name}\tcity\tSY\tX\t33.5\t36.3\n");
    assert!(matches!(
        tarikh::places::Gazetteer::from_tsv(&tsv),
        Err(tarikh::GazetteerError::NameTooLong { line: 2, .. })
    ));
}

/// Issue 13, item 1: a large count of years, weeks or days moved the anchor out of chrono's range and
/// panicked (`resolve.rs`: "valid year", `NaiveDate + TimeDelta` overflow). Such a phrase is a mention with
/// no value and `Warning::OutOfRange`; the extractor goes on.
#[test]
fn a_shift_out_of_the_calendar_is_a_mention_with_no_value_and_a_warning() {
    use tarikh::dates::Warning;
    for text in [
        "بعد 260119 عاما",
        "قبل 264168 عاما",
        "منذ 500000 سنوات",
        "منذ ٥٠٠٠٠٠ سنوات",
        "منذ 300000 عام",
        "قبل 14000000 أسبوعا",
        "قبل ١٤٠٠٠٠٠٠ أسبوعا",
        "قبل 999999999 يوما",
        "بعد 999999999 شهرا",
        "بعد 99999999999999999999999 يوما",
        "قبل 8000 عام",
    ] {
        assert_eq!(value_of(text), None, "{text:?}");
        let found = find(text);
        assert_eq!(found[0].warnings, [Warning::OutOfRange], "{text:?}");
        let sentence = format!("وقال الجيش {text} إن القصف توقف.");
        let article = Extractor::new().extract(&sentence, anchor());
        assert!(!article.dates.is_empty(), "{sentence:?}");
    }
    // The edges of the supported years still resolve.
    assert_eq!(value_of("بعد 7975 عاما").as_deref(), Some("9999"));
    assert_eq!(value_of("قبل 2023 عاما").as_deref(), Some("0001"));
}

/// Issue 13, item 1: a count of hours or minutes large enough to leave the calendar, with and without a time
/// of day on the anchor.
#[test]
fn a_shift_of_hours_out_of_the_calendar_does_not_panic() {
    use tarikh::dates::Warning;
    let timed = anchor().with_time(chrono::NaiveTime::from_hms_opt(10, 30, 0).expect("a time"));
    for text in ["بعد 999999999 ساعة", "قبل 999999999 ساعة", "بعد 99999999999 دقيقة"] {
        for a in [anchor(), timed] {
            let found = DateFinder::new().find(text, Some(&a));
            assert_eq!(found.len(), 1, "{text:?}: {found:#?}");
            for m in &found {
                assert!(m.value.is_none(), "{text:?}: {m:#?}");
                assert_eq!(m.warnings, [Warning::OutOfRange], "{text:?}");
            }
        }
    }
}

/// Issue 13, item 7: `Gazetteer::from_tsv` dropped its first line as a header, so a file without one lost a
/// row silently. The header is recognised; rows no text can match are refused with their line.
#[test]
fn a_gazetteer_without_a_header_keeps_its_first_row() {
    use tarikh::places::Gazetteer;
    let tsv = "sy.saraqib\tSaraqib\tسراقب\ttown\tSY\tIdlib\t35.86\t36.80\n";
    let g = Gazetteer::from_tsv(tsv).expect("a row without a header loads");
    assert_eq!(g.places().len(), 1);
    assert_eq!(g.find("في سراقب")[0].place.id, "sy.saraqib");
    let tatweel = "sy.x\tX\tـــ\ttown\tSY\tIdlib\t35.86\t36.80\n";
    assert!(matches!(
        Gazetteer::from_tsv(tatweel),
        Err(tarikh::GazetteerError::Unmatchable { line: 1, .. })
    ));
    // fuzz `gazetteer`: a "\r" inside a name folds to a line break, over which no name is matched.
    let carriage = "jo\tJordan\tالمملكة ا\r\rلأردنية\tcountry\tJO\t\t31\t36\n";
    assert!(matches!(
        Gazetteer::from_tsv(carriage),
        Err(tarikh::GazetteerError::Unmatchable { line: 1, .. })
    ));
}

/// Issue 13, item 4: places whose names share a first word ("ريف X") were inserted by a linear scan of the
/// children of that word, quadratic in their number (50,000 took 7 s). The work bound is asserted in
/// `src/text.rs`; this loads 20,000 and finds the last.
#[test]
fn many_places_sharing_a_first_word_load() {
    use tarikh::places::Gazetteer;
    let tsv: String = (0..20_000)
        .map(|i| format!("p{i}\tP{i}\tريف {}\tregion\tSY\t\t35\t36\n", distinct_word(i)))
        .collect();
    let g = Gazetteer::from_tsv(&tsv).expect("loads");
    assert_eq!(
        g.find(&format!("في ريف {}", distinct_word(19_999)))[0].place.id,
        "p19999"
    );
}

/// Issue 13, item 2: one line with "منذ 300000 عام" in the middle of a 3,000-line batch panicked and the lines
/// after it got no record. Read as the `batch` example reads (a `LineReader`, `process_jsonl` per line), every
/// line gets its records, each numbered with its line.
#[test]
fn a_poisoned_line_in_a_batch_loses_no_line() {
    use tarikh::input::{LineReader, MAX_ARTICLE_BYTES};
    use tarikh::timeline::process_jsonl;
    let mut input = Vec::new();
    for i in 1..=3000 {
        let text = match i {
            1501 => "وقال مصدر عسكري منذ 300000 عام إن القصف توقف.".to_string(),
            2000 => "قبل 999999999 يوما".to_string(),
            _ => format!("وقال الجيش أمس إن القصف توقف في القرية رقم {i}."),
        };
        input.extend_from_slice(format!(r#"{{"id": "d{i}", "published": "2024-12-06", "text": "{text}"}}"#).as_bytes());
        input.push(b'\n');
    }
    let extractor = Extractor::new();
    let mut lines_seen = Vec::new();
    for line in LineReader::new(&input[..], MAX_ARTICLE_BYTES) {
        let line = line.expect("reads");
        let out = process_jsonl(&extractor, &line, MAX_ARTICLE_BYTES);
        for record in out.lines() {
            let record: serde_json::Value = serde_json::from_str(record).expect("a JSON record");
            assert_eq!(record["line"], line.number);
            assert!(record.get("error").is_none(), "{record}");
        }
        assert!(!out.is_empty());
        lines_seen.push(line.number);
    }
    assert_eq!(lines_seen, (1..=3000).collect::<Vec<_>>());
}

/// Issue 13, item 5: a `.jsonl` with one line of bytes that are not UTF-8 was refused whole. Each line is
/// read on its own: the bad one gets an error record with its number and the offset of the bad byte.
#[test]
fn a_line_of_bad_bytes_is_reported_with_its_number_and_offset() {
    use tarikh::input::{LineReader, MAX_ARTICLE_BYTES};
    use tarikh::timeline::process_jsonl;
    let good = r#"{"id": "a", "published": "2024-12-06", "text": "قصفت قوات النظام مدينة حلب أمس."}"#;
    let mut input = format!("{good}\n").into_bytes();
    input.extend_from_slice(b"{\"id\": \"b\", \"published\": \"2024-12-06\", \"text\": \"\xd8\xa3\xff\"}\n");
    input.extend_from_slice(format!("{good}\n").as_bytes());
    let extractor = Extractor::new();
    let records: Vec<serde_json::Value> = LineReader::new(&input[..], MAX_ARTICLE_BYTES)
        .map(|line| process_jsonl(&extractor, &line.expect("reads"), MAX_ARTICLE_BYTES))
        .flat_map(|out| {
            out.lines()
                .map(|l| serde_json::from_str(l).expect("JSON"))
                .collect::<Vec<_>>()
        })
        .collect();
    let lines: Vec<u64> = records.iter().filter_map(|r| r["line"].as_u64()).collect();
    assert_eq!(lines, [1, 2, 3]);
    let error = records[1]["error"].as_str().expect("an error record");
    assert!(error.contains("at byte offset 50"), "{error}");
    // The library's byte entry points say where, too.
    let bytes = b"\xd8\xa3\xd9\x85\xd8\xb3 \xff";
    let e = tarikh::DateFinder::new()
        .find_bytes(bytes, None)
        .expect_err("not UTF-8");
    assert!(e.to_string().contains("at byte offset 7"), "{e}");
}

/// Issue 13, item 6: one 40 MB line in a batch took 1.19 GB. A line longer than the limit is counted and
/// skipped without being kept, and gets an error record that names the limit; a `Document` over the limit is
/// refused by the timeline builder.
#[test]
fn an_article_over_the_size_limit_is_refused_and_not_kept() {
    use tarikh::input::{LineReader, MAX_ARTICLE_BYTES};
    use tarikh::timeline::{process_jsonl, Document, Timeline, TimelineConfig, JSON_LINE_MARGIN};
    let text = "قال مصدر إن الهجوم فشل. ".repeat(MAX_ARTICLE_BYTES / 40);
    assert!(text.len() > MAX_ARTICLE_BYTES);
    let line = format!(r#"{{"id": "huge", "published": "2024-12-06", "text": "{text}"}}"#);
    let input = format!(
        "{line}\n{}\n",
        r#"{"id": "ok", "published": "2024-12-06", "text": "قال مصدر إن الهجوم فشل أمس."}"#
    );
    let extractor = Extractor::new();
    let read: Vec<_> = LineReader::new(input.as_bytes(), MAX_ARTICLE_BYTES + JSON_LINE_MARGIN)
        .collect::<Result<_, _>>()
        .expect("reads");
    assert_eq!(read.len(), 2);
    assert!(read[0].is_too_long() && read[0].bytes.capacity() == 0);
    let out = process_jsonl(&extractor, &read[0], MAX_ARTICLE_BYTES);
    assert!(
        out.starts_with(r#"{"line":1,"error":"#) && out.contains("limit"),
        "{out}"
    );
    assert!(process_jsonl(&extractor, &read[1], MAX_ARTICLE_BYTES).contains(r#""line":2,"id":"ok""#));

    let doc = Document::new(
        "big",
        "2024-12-06".parse().expect("a date"),
        "قال مصدر إن الهجوم فشل أمس.",
    );
    let mut builder = Timeline::builder().config(TimelineConfig {
        max_article_bytes: 10,
        ..TimelineConfig::default()
    });
    let error = builder.add_document(&extractor, &doc).expect_err("over the limit");
    assert!(
        matches!(error, tarikh::DocumentError::TooLarge { max: 10, .. }),
        "{error}"
    );
}

/// Issue 13, item 4: a catalog whose names share their first word ("فلان X", here "سامر X") loaded in quadratic time (100,000
/// in 44 s): the name set found each child by a scan. The work bound is asserted in `src/text.rs`; this loads
/// 20,000 and finds the last.
#[test]
fn many_actors_sharing_a_first_word_load() {
    use tarikh::actors::Catalog;
    let actors: Vec<String> = (0..20_000)
        .map(|i| {
            format!(
                r#"{{"id": "p{i}", "name": "P{i}", "name_ar": "سامر {}", "kind": "person", "gender": "m"}}"#,
                distinct_word(i)
            )
        })
        .collect();
    let json = format!(r#"{{"actors": [{}]}}"#, actors.join(","));
    let catalog = Catalog::from_json(&json).expect("loads");
    assert_eq!(catalog.actors().len(), 20_000);
    let extractor = Extractor::builder().catalog(catalog).build();
    let text = format!("وقال سامر {} أمس إن الهجوم فشل.", distinct_word(19_999));
    let article = extractor.extract(&text, anchor());
    let source = article
        .events
        .first()
        .and_then(|e| e.source.as_ref())
        .map(|s| s.id.as_str());
    assert_eq!(source, Some("p19999"), "{article:#?}");
}

/// tests/numbers.rs: a count of ten digits was saturated as if it had no end, so "قبل 1000000000 دقيقة"
/// (1,901 years, inside the calendar) got no value. Counts that fit in 32 bits are read exactly (with no
/// clock time on the anchor, minutes move the day by their whole days: 694,444 days back).
#[test]
fn a_ten_digit_count_is_read_exactly() {
    assert_eq!(value_of("قبل 1000000000 دقيقة").as_deref(), Some("0123-08-11"));
    assert_eq!(value_of("قبل 4000000000 دقيقة"), None);
    assert_eq!(value_of("بعد 2549000 يوما").as_deref(), Some("9003-11-10"));
}

/// A phrase that points back with a large count panicked: "بعد 999999999 أسابيع من ذلك" multiplied an i32 of
/// days by 7 (src/dates/grammar/anaphora.rs), "بعد 300000 عام من ذلك" made a year chrono cannot hold and
/// `first_last` expected one. Both are a mention with no value and `Warning::OutOfRange`; resolved again
/// against an earlier date of the text, the value and the warning follow that date.
#[test]
fn a_phrase_pointing_back_out_of_the_calendar_is_a_mention_with_a_warning() {
    use tarikh::dates::{chain, Warning};
    for text in [
        "بعد 999999999 أسابيع من ذلك",
        "بعد 300000 عام من ذلك",
        "قبل 262000 عام من ذلك",
        "بعد 99999999999 يوما من ذلك",
    ] {
        assert_eq!(value_of(text), None, "{text:?}");
        assert_eq!(find(text)[0].warnings, [Warning::OutOfRange], "{text:?}");
    }
    for (year, value) in [(1990, Some("9990")), (2020, None)] {
        let text = format!("وقعت المعركة عام {year}. وبعد 8000 عام من ذلك انتهت.");
        let mut found = find(&text);
        chain::resolve_chain(&mut found, &[0], Some(&anchor()));
        let back = &found[1];
        assert_eq!(back.value.as_ref().map(|v| v.value.as_str()), value, "{text:?}");
        let warned = back.warnings.contains(&Warning::OutOfRange);
        assert_eq!(warned, value.is_none(), "{text:?}: {:?}", back.warnings);
    }
}

/// The `i`-th of many distinct Arabic words: "م" and the digits of `i` in a base of twenty letters.
fn distinct_word(i: usize) -> String {
    let letters: Vec<char> = "بتثجحخدذرزسشصضطظعغفق".chars().collect();
    let (mut i, mut out) = (i, String::from("م"));
    loop {
        out.push(letters[i % letters.len()]);
        i /= letters.len();
        if i == 0 {
            return out;
        }
    }
}

/// Folding takes the hamza off the complementizer "بأن", which then reads as "بان": "وقال بان كي مون إن" lost
/// its subject and its event, "ودعا بان كي مون" went to the speaker before (found on real dispatches).
#[test]
fn a_name_that_folds_like_a_complementizer_is_the_subject() {
    let extractor = Extractor::new();
    for text in [
        "وقال بان كي مون أمس إن الحل سياسي.",
        "وقال فلان الفلاني إن الهدنة صامدة. ودعا بان كي مون الأطراف إلى الهدوء.",
    ] {
        let article = extractor.extract(text, anchor());
        let last = article.events.last().expect("an event");
        let source = last.source.as_ref().expect("a source");
        assert_eq!(source.name, "Ban Ki-moon", "{text}");
    }
}

/// A person of the catalog in apposition after a spokesman's phrase and a comma is the speaker, not the body the
/// phrase names (found on real dispatches: "المتحدث باسم وزارة الصحة، الطبيب X، إن").
#[test]
fn a_catalog_person_after_a_spokesmans_phrase_and_a_comma_speaks() {
    let extractor = Extractor::new();
    let text = "وقال المتحدث باسم وزارة الصحة الفلسطينية، الطبيب أشرف القدرة، أمس إن المستشفيات تعمل.";
    let article = extractor.extract(text, anchor());
    let source = article.events[0].source.as_ref().expect("a source");
    assert_eq!(source.name, "Ashraf al-Qudra");
}

/// An according phrase that opens the sentence before its clause relays what the clause tells; "كل من X و Y"
/// names its first actor as the subject, and each member after it says it too, through the same relay (found on
/// real dispatches: "وبحسب وكالة X، تعهد كل من الجيش و...", "ونددت كل من X وY وZ").
#[test]
fn an_according_phrase_before_the_clause_relays_it() {
    let extractor = Extractor::new();
    let text = "وبحسب وكالة رويترز، تعهد كل من الجيش السوداني وقوات الدعم السريع بفتح الطرق.";
    let article = extractor.extract(text, anchor());
    assert_eq!(article.events.len(), 2);
    let event = &article.events[0];
    assert_eq!(event.source.as_ref().map(|s| s.id.as_str()), Some("sd.army"));
    assert_eq!(event.via.as_ref().map(|s| s.id.as_str()), Some("reuters"));
    let member = &article.events[1];
    assert_eq!(member.source.as_ref().map(|s| s.id.as_str()), Some("rsf"));
    assert_eq!(member.via.as_ref().map(|s| s.id.as_str()), Some("reuters"));
}

/// A deed told as the background of another after "بعد أن", with no date of its own, is no event; one with its
/// own date is (found on real dispatches: "..., بعد أن سيطرت الفصائل على مدينة حلب").
#[test]
fn a_background_clause_after_ba_da_an_is_no_event_unless_dated() {
    let extractor = Extractor::new();
    let article = extractor.extract(
        "أطلق الجيش السوري عملية جديدة، بعد أن سيطرت الفصائل على مدينة حلب.",
        anchor(),
    );
    assert_eq!(article.events.len(), 1);
    let article = extractor.extract(
        "وبعد أن أعلن الجيش السوري أمس انسحابه، قالت فصائل المعارضة إنها دخلت المدينة.",
        anchor(),
    );
    assert_eq!(article.events.len(), 2);
}

/// A role's title names its holder on the day of the news: the UN envoy to Libya between Kobler and Williams
/// had no holder, so the title stayed the role (found on real dispatches of 2017-2019).
#[test]
fn the_un_envoy_to_libya_in_2018_is_ghassan_salame() {
    let extractor = Extractor::new();
    let text = "وقال رئيس بعثة الأمم المتحدة للدعم في ليبيا إن الحوار سيستأنف الأسبوع المقبل.";
    let article = extractor.extract(text, "2018-05-10".parse().expect("an anchor"));
    assert_eq!(article.events.len(), 1);
    let source = article.events[0].source.as_ref().map(|s| s.id.as_str());
    assert_eq!(source, Some("ghassan-salame"));
}

/// An outlet written without the space before its number ("دارفور24") is the outlet, as "دارفور 24" is.
#[test]
fn darfur24_without_the_space_relays() {
    let extractor = Extractor::new();
    let text = "وقالت قوات الدعم السريع بحسب دارفور24 إن القصف توقف مساء أمس.";
    let article = extractor.extract(text, anchor());
    assert_eq!(article.events.len(), 1);
    let via = article.events[0].via.as_ref().map(|s| s.id.as_str());
    assert_eq!(via, Some("darfur24"));
}

/// The journalist with the article is a title before a name the catalog does not know: the name speaks, not
/// "الصحفي" (found on real dispatches: "وأشار الصحفي فلان الفلاني إلى أن").
#[test]
fn a_journalist_with_the_article_is_a_title_of_the_named_person() {
    let extractor = Extractor::new();
    for (text, name) in [
        ("وأشارت الصحفية ليلى الحسن إلى أن المعبر مغلق منذ يومين.", "ليلى الحسن"),
        ("وأوضح الصحافي كريم يوسف أن الطريق ما زال مقطوعا.", "كريم يوسف"),
        ("وقال الصحفي ماجد العمري إن الأسعار ارتفعت.", "ماجد العمري"),
    ] {
        let article = extractor.extract(text, anchor());
        assert_eq!(article.events.len(), 1, "{text}");
        let source = article.events[0].source.as_ref().map(|s| s.name.as_str());
        assert_eq!(source, Some(name), "{text}");
    }
}

/// A text cut off right after a verb that may be read as its own passive ("استهدف" as the last word, as stored
/// pages end mid-sentence) read past the end of the tokens when it looked for the victim after the verb.
#[test]
fn a_text_cut_off_after_a_passive_reading_verb_does_not_panic() {
    let extractor = Extractor::new();
    for text in [
        "وقال مصدر محلي إن الطائرات حلقت فوق البلدة.\nووفق المصدر ذاته، استهدف",
        "اعتقلت",
        "قتل",
    ] {
        let article = extractor.extract(text, anchor());
        for event in &article.events {
            assert!(text.get(event.span.start..event.span.end).is_some(), "{text}");
        }
    }
}
