//! Tests of reported deeds (`reported.rs`), read through the whole extractor: an outlet's report of what an
//! agent did gives the agent as the source and the outlet as the relay.

use crate::events::tests::named_sources_and_relays as named;
use crate::events::Extractor;

/// The source and relay of each event, by their ids.
fn relayed(text: &str) -> Vec<(Option<String>, Option<String>)> {
    let article = Extractor::new().extract(text, "2024-12-06".parse().expect("an anchor"));
    article
        .events
        .into_iter()
        .map(|e| (e.source.map(|s| s.id.to_string()), e.via.map(|v| v.id.to_string())))
        .collect()
}

#[test]
fn an_agent_whose_adjectives_run_on_after_its_name_is_the_source_of_a_reported_deed() {
    // A country adjective after a catalog name, past a comma in a quotation.
    let got = relayed("وذكرت وكالة سانا أن \"طيران الاحتلال الإسرائيلي، شن غارات على ريف القنيطرة\".");
    assert_eq!(got, [(Some("il.iaf".into()), Some("sana".into()))]);
    // A weapon named as an adjective after the weapon and its country.
    let got = relayed("أفادت قناة المسيرة بأن طائرة أمريكية مسيرة قصفت سيارة في مأرب.");
    assert_eq!(got, [(Some("us.armed-forces".into()), Some("al-masirah".into()))]);
}

#[test]
fn a_raid_an_outlet_reports_with_its_agent_after_a_pronoun_is_the_agent_s() {
    let got = relayed(
        "وأفادت الوكالة الوطنية للإعلام بأن غارة جوية نفذتها الطائرات الإسرائيلية على بلدة الخيام أدت إلى تدمير منزل.",
    );
    assert_eq!(got, [(Some("il.iaf".into()), Some("nna".into()))]);
    // A raid whose agent has no country stays the outlet's report.
    let got = relayed("وأفادت الوكالة الوطنية للإعلام بأن غارة نفذتها طائرة مسيرة على بلدة الخيام أدت إلى تدمير منزل.");
    assert_eq!(got, [(Some("nna".into()), None)]);
}

#[test]
fn a_sentence_that_tells_where_the_event_before_came_from_gives_its_relay() {
    let got = relayed(
        "وأعلن وزير الخارجية الأردني أيمن الصفدي رفض بلاده للتهجير. جاء ذلك في تصريحات نقلتها قناة الجزيرة عقب لقائه \
         نظيره المصري.",
    );
    assert_eq!(got, [(Some("ayman-safadi".into()), Some("al-jazeera".into()))]);
    // With an according phrase at its end, that phrase is no event of its own.
    let got = relayed(
        "وأعلن وزير الخارجية الأردني أيمن الصفدي رفض بلاده للتهجير. وجاء ذلك خلال مؤتمر صحفي في عمان، بحسب وكالة \
         الأنباء الأردنية.",
    );
    assert_eq!(got, [(Some("ayman-safadi".into()), Some("petra".into()))]);
    // "أوردت ذلك وكالة X": the outlet carried the deed told before, and the sentence is no event of its own.
    let got = relayed("اقتحمت قوات الاحتلال الإسرائيلي فجر اليوم بلدة بيتا واعتقلت ثلاثة شبان. أوردت ذلك وكالة الأناضول.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|(s, _)| s.as_deref() == Some("il.idf")), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("anadolu"), "{got:?}");
}

#[test]
fn an_outlet_named_by_its_screen_carries_what_is_said_on_it() {
    let got = relayed("وأضاف نجيب ميقاتي خلال مداخلة عبر شاشة «الجزيرة»، أن الحكومة مستمرة في عملها.");
    assert_eq!(got, [(Some("najib-mikati".into()), Some("al-jazeera".into()))]);
    let got = relayed("وأضاف نجيب ميقاتي خلال مداخلة عبر شاشة “القاهرة الإخبارية”، أن الحكومة مستمرة في عملها.");
    assert_eq!(got, [(Some("najib-mikati".into()), Some("al-qahera-news".into()))]);
}

#[test]
fn an_outlet_reporting_a_deed_of_weapons_no_one_is_named_for_is_the_source() {
    let got = relayed("وقالت وكالة رويترز إن طائرات مسيرة شنت هجوما على القاعدة.");
    assert_eq!(got[0], (Some("reuters".into()), None));
    // A country adjective in quotation marks names the state still.
    let got = relayed("وقالت الوكالة الوطنية للإعلام إن مسيرة \"إسرائيلية\" نفذت غارة على بلدة عيترون.");
    assert_eq!(got[0], (Some("il.idf".into()), Some("nna".into())));
}

#[test]
fn the_issuer_of_a_cited_report_is_the_source() {
    // The issuer as the genitive of the report's noun, also glued to the "ل" of "وفقا".
    let got = relayed("أصيب أربعة صيادين قرب الساحل، بحسب بيان وزارة الصحة الفلسطينية.");
    assert_eq!(got, [(Some("ps.moh".into()), None)]);
    let got = relayed("ووفقا لبيانات وكالة الأنباء السودانية، تجددت الاشتباكات في نيالا.");
    assert_eq!(got, [(Some("suna".into()), None)]);
    // A word that says which report it is, before the noun; a report issued "من" the body.
    let got = relayed("تضرر 40 منزلا في القرية، حسب آخر حصيلة لوزارة الصحة الفلسطينية.");
    assert_eq!(got, [(Some("ps.moh".into()), None)]);
    let got = relayed("قتل ثلاثة رعاة في هجوم على القرية، وفق بيان صادر من وزارة الصحة الفلسطينية.");
    assert_eq!(got, [(Some("ps.moh".into()), None)]);
    // A report no one is named for gives no event.
    assert!(relayed("أصيب أربعة صيادين قرب الساحل، بحسب بيان صحفي.").is_empty());
}

#[test]
fn a_toll_whose_cause_a_relative_clause_tells_is_the_raid_agent_s() {
    // The raid's agent in a relative clause on the cause: the raid is the agent's deed, which the reporter (an
    // official, a medic) relays.
    let got = relayed("أصيب أربعة صيادين في غارة شنتها طائرة إسرائيلية على الميناء، بحسب مسؤول محلي في البلدة.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0.as_deref(), Some("il.iaf"), "{got:?}");
    assert!(got[0].1.is_some(), "{got:?}");
    // A deed noun that is the subject of its own verb tells the agent's deed, which the reporter relays.
    let got = relayed("قتل ستة رعاة في قصف مدفعي لقوات النظام السوري استهدف القرية، وفق المرصد السوري لحقوق الإنسان.");
    assert_eq!(got, [(Some("sy.army".into()), Some("sohr".into()))]);
}

#[test]
fn an_according_word_with_its_ma_joined_names_the_reporter_after_the_verb() {
    let got = relayed("قتل ثلاثة رعاة في هجوم استهدف القرية، حسبما أفاد المرصد السوري لحقوق الإنسان.");
    assert_eq!(got, [(Some("sohr".into()), None)]);
    let got = relayed("تضرر منزلان في هجوم استهدف القرية، وفقما أورد المرصد السوري لحقوق الإنسان.");
    assert_eq!(got, [(Some("sohr".into()), None)]);
}

#[test]
fn an_outlet_is_the_source_of_a_deed_it_reports_with_no_agent_written() {
    let got = relayed("قتل ثلاثة رعاة في هجوم استهدف حافلة قرب القرية، حسبما ذكرت وكالة رويترز.");
    assert_eq!(got, [(Some("reuters".into()), None)]);
    // With the agent written, the outlet relays the agent's deed.
    let got = relayed("وبحسب قناة الجزيرة، قصف الجيش الإسرائيلي حافلة قرب القرية.");
    assert_eq!(got, [(Some("il.idf".into()), Some("al-jazeera".into()))]);
}

#[test]
fn a_monitor_or_a_media_office_that_counts_a_toll_relays_the_raid_of_a_named_agent() {
    // The monitor counts what the raid did: the raid is its agent's, relayed by the monitor.
    let got = relayed("أصيب أربعة صيادين في غارة شنتها طائرة إسرائيلية على الميناء، بحسب المرصد السوري لحقوق الإنسان.");
    assert_eq!(got, [(Some("il.iaf".into()), Some("sohr".into()))]);
    let got = relayed(
        "قتل سبعة مزارعين جراء غارات نفذتها طائرة إسرائيلية على القرية، وفق ما أكده المكتب الإعلامي لقوات الحماية.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0.as_deref(), Some("il.iaf"), "{got:?}");
    assert!(got[0].1.is_some(), "{got:?}");
}

fn both(source: &str, via: Option<&str>) -> (Option<String>, Option<String>) {
    (Some(source.to_string()), via.map(String::from))
}

#[test]
fn a_counted_crowd_an_outlet_reports_doing_a_deed_is_its_source() {
    let got = named("وأكدت وكالة سانا أن عشرات المسلحين اقتحموا قرية في ريف حمص.");
    assert_eq!(got, [both("عشرات المسلحين", Some("الوكالة العربية السورية للأنباء"))]);
    // A count of the killed is the toll's passive: the outlet's report.
    let got = relayed("وأكدت وكالة سانا أن عشرات المدنيين قتلوا في القصف.");
    assert_eq!(got, [(Some("sana".into()), None)]);
}

#[test]
fn the_issuer_of_a_statement_an_outlet_relays_is_the_source() {
    let got = named(
        "نقلت وكالة تاس عن بيان صادر عن القوات المسلحة الفنزويلية جاء فيه: \"صدت وحداتنا هجوما لجماعة مسلحة على الحدود\".",
    );
    assert_eq!(got, [both("القوات المسلحة الفنزويلية", Some("وكالة تاس"))]);
}

#[test]
fn a_body_that_cites_reports_stays_the_source_of_what_it_says() {
    let got = named(
        "أعلنت شركة ميرسك أن سفينة تعرضت لهجوم. وقالت الشركة نقلا عن تقارير إن سفينة أخرى تعرضت لهجوم في البحر الأحمر.",
    );
    assert_eq!(got, [both("شركة ميرسك", None), both("شركة ميرسك", None)]);
}

#[test]
fn a_written_doer_keeps_its_deed_told_according_to_someone_after_it() {
    assert_eq!(
        named("هاجم مسلحون مركزا للشرطة في المدينة، حسب مصدر أمني."),
        [both("مسلحون", Some("مصدر أمني"))]
    );
    // Warplanes no one is named for, told by a state's army: that state's air force, the army its relay
    // (`speaker::own_warplanes`).
    assert_eq!(
        named("أغارت طائرات حربية على معسكر في المدينة، وفقا لبيان الجيش الإسرائيلي."),
        [both("سلاح الجو الإسرائيلي", Some("الجيش الإسرائيلي"))]
    );
    // Those who told the deed relay it, not the outlet they told it to.
    assert_eq!(
        named("قصفت المدفعية التركية قرية في ريف حلب، وفق ما أفادت به مصادر محلية لقناة العربية."),
        [both("المدفعية التركية", Some("مصادر محلية"))]
    );
}

#[test]
fn the_outlet_a_teller_spoke_to_after_a_lone_dative_relays_the_report() {
    assert_eq!(
        named("قتل 4 أشخاص في قصف على السوق، حسبما قال مصدر طبي لـ الميدان."),
        [both("مصدر طبي", Some("الميدان"))]
    );
}

#[test]
fn a_leader_the_text_does_not_name_relays_the_deed_he_told() {
    assert_eq!(
        named("سيطرت قوات الدعم السريع على بلدة في شمال دارفور، بحسب ما أفاد زعيم قبلي."),
        [both("قوات الدعم السريع", Some("زعيم قبلي"))]
    );
}

#[test]
fn a_person_named_after_a_title_before_the_verb_is_the_speaker_an_outlet_reports() {
    let article = Extractor::new().extract(
        "وذكرت وكالة سانا أن وزير الدفاع السوري فهد الناصر أكد أن القوات تقدمت نحو البلدة.",
        "2024-12-06".parse().expect("an anchor"),
    );
    let event = &article.events[0];
    assert_eq!(event.source.as_ref().map(|s| s.name.as_str()), Some("فهد الناصر"));
    assert_eq!(event.via.as_ref().map(|v| v.id.as_str()), Some("sana"));
}

#[test]
fn a_person_a_relay_quotes_after_their_office_is_named_whole() {
    // The holder the catalog does not know, named after the title and its country adjective: the name, not the
    // office alone.
    let names: Vec<_> =
        named("ونقلت وكالة رويترز عن وزير الخارجية البوركيني كاراموكو جان ماري تراوري قوله إن الحكومة سترد.")
            .into_iter()
            .map(|(source, _)| source)
            .collect();
    assert_eq!(names, [Some("كاراموكو جان ماري تراوري".to_string())]);
}

#[test]
fn a_future_an_outlet_reports_is_its_own_statement() {
    // "سترسل" is planned, not done: the outlet is the source, no agent in its content.
    let got = relayed("وأفادت وكالة رويترز بأن القاهرة سترسل وفدا أمنيا إلى غزة.");
    assert_eq!(got, [(Some("reuters".into()), None)]);
    let got = relayed("وأفادت وكالة رويترز بأن القاهرة أرسلت وفدا أمنيا إلى غزة.");
    assert_eq!(got, [(Some("eg".into()), Some("reuters".into()))]);
}

#[test]
fn a_person_to_whom_a_killing_befell_is_no_reported_doer() {
    // "قتل برصاص": the passive with its agent; the correspondent speaks.
    let got = relayed("وقال مراسل الوكالة إن الشاب سامر الخطيب قتل برصاص مجهولين قرب منزله.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].0.as_deref().is_some_and(|s| s.contains("مراسل")), "{got:?}");
    // A doer with its object stays the doer the outlet reports.
    let got = relayed("وقالت وكالة سانا إن الجيش السوري قتل خمسة مسلحين في غارة.");
    assert_eq!(got[0].1.as_deref(), Some("sana"), "{got:?}");
}
