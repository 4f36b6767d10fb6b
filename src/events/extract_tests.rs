//! Tests of the extractor (`mod.rs`): whole clauses read into events.

use super::*;

/// The Arabic names of the source and the relay of each event of `text`, published 2024-12-06.
pub(super) fn named_sources_and_relays(text: &str) -> Vec<(Option<String>, Option<String>)> {
    let article = Extractor::new().extract(text, "2024-12-06".parse().expect("an anchor"));
    article
        .events
        .into_iter()
        .map(|e| {
            (
                e.source.map(|s| s.name_ar.to_string()),
                e.via.map(|v| v.name_ar.to_string()),
            )
        })
        .collect()
}

/// The name of the source of each event of `text` that has one, published 2024-12-06.
pub(super) fn source_names(text: &str) -> Vec<String> {
    let article = Extractor::new().extract(text, "2024-12-06".parse().expect("an anchor"));
    article
        .events
        .into_iter()
        .filter_map(|e| e.source.map(|s| s.name.to_string()))
        .collect()
}

/// The lemma and the source's name of each event of `text`, published 2024-12-06.
pub(super) fn read(text: &str) -> Vec<(String, Option<String>)> {
    let article = Extractor::new().extract(text, "2024-12-06".parse().expect("an anchor"));
    article
        .events
        .into_iter()
        .map(|e| (e.lemma, e.source.map(|s| s.name.to_string())))
        .collect()
}

#[test]
fn killed_is_a_deed_only_of_the_actor_written_after_it() {
    // Active "قتل"/"قتلت" with its agent; the passive of a toll, with a count or an indefinite noun, is none.
    let got = read(
        "قتلت قوات الدعم السريع ثمانية مدنيين في قرية قرب سنار. قتل خمسة أشخاص في غارة على البلدة. وقتل عشرات المدنيين في القصف.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "قتل");
    assert_eq!(got[0].1.as_deref(), Some("Rapid Support Forces"), "{got:?}");
    // "ذكر" is also a noun ("male"): before an unnamed speaker it is the verb.
    let got = read("وذكر مصدر عسكري أن الطريق مغلق.");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_statement_opened_by_a_colon_runs_to_the_end_of_its_paragraph() {
    let got = read(
        "قال المتحدث باسم الكرملين دميتري بيسكوف: الاتصالات مستمرة. وقد زار الرئيس الروسي بكين الأسبوع الماضي.\nوأضاف: المحادثات صعبة.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        got.iter().all(|(_, s)| s.as_deref() == Some("Dmitry Peskov")),
        "{got:?}"
    );
}

#[test]
fn after_an_outlet_reports_a_deed_the_outlet_speaks_on_and_the_agent_stays_known() {
    let got = read("وأفادت سانا بأن كتيبة من الجيش العربي السوري دمرت مقرا للمسلحين. وأضافت أن الطرق آمنة.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Syrian Arab News Agency"), "{got:?}");
}

#[test]
fn the_latter_is_the_actor_of_its_gender_named_last() {
    let got = read(
        "استقبل وزير الخارجية الأردني أيمن الصفدي نظيرته الألمانية أنالينا بيربوك في عمّان، وقالت الأخيرة إن \
         الحل سياسي. وأكد الأخير أن الحدود آمنة.",
    );
    let sources: Vec<_> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        sources,
        [Some("Ayman Safadi"), Some("Annalena Baerbock"), Some("Ayman Safadi")],
        "{got:?}"
    );
    // With no one of its gender named before it, "الأخير" is nobody: no event.
    let got = read("وأكدت الوزيرة أنالينا بيربوك الموقف. وقال الأخير إن الحدود آمنة.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Annalena Baerbock"), "{got:?}");
}

#[test]
fn a_present_deed_since_long_ago_is_background_one_since_two_days_is_news() {
    // Published 2024-12-06.
    assert!(read("وتخوض جماعة بوكو حرام تمردا مسلحا منذ عام 2009 في شمال شرق نيجيريا.").is_empty());
    assert!(read("ويشن الحوثيون هجمات على السفن منذ منتصف تشرين الثاني الماضي.").is_empty());
    assert_eq!(
        read("وتشن قوات المجلس الانتقالي منذ يومين هجمات على مقار الحكومة.").len(),
        1
    );
}

#[test]
fn what_the_news_comes_after_is_background() {
    let got = read("قال الجيش السوداني إن القصف مستمر. يأتي ذلك بعدما أوردت وسائل إعلام رسمية أن 13 شخصا قتلوا.");
    assert_eq!(got.len(), 1, "{got:?}");
    let got =
        read("قال الجيش السوداني إن القصف مستمر. وتأتي هذه التحذيرات بعد أن استولت قوات الدعم السريع على المدينة.");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_relative_deed_after_a_deed_noun_and_its_modifiers_is_the_agent_s() {
    let got = read("استشهد ثلاثة مدنيين جراء هجمات بطائرات مسيرة شنتها قوات الدعم السريع على المدينة.");
    assert_eq!(got, [("شن".to_string(), Some("Rapid Support Forces".to_string()))]);
    let got = read("تعرضت القاعدة لهجوم جديد أعلنته المقاومة الإسلامية في العراق.");
    assert_eq!(got.len(), 1, "{got:?}");
    // A deed noun in another phrase ("الغارات بعد تحذيرات") does not make the verb a relative deed.
    let got = read("وقالت الوزارة إن الغارات جاءت بعد تحذيرات أطلقتها الخارجية الإيرانية.");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn reports_are_an_outlet_and_the_reports_name_no_one() {
    // "التقارير الواردة من الإقليم": no one in particular.
    assert!(read("وأفادت التقارير الواردة من الإقليم بتجدد الاشتباكات.").is_empty());
    // Indefinite reports speak as an outlet does, and relay a named actor's deed.
    let got = read("كشفت تقارير إسرائيلية أن الهجوم أرجئ.");
    assert_eq!(got.len(), 1, "{got:?}");
    let text = "وأفادت تقارير إعلامية بأن الرئيس اللبناني جوزيف عون أصدر أوامر للجيش بالرد.";
    let got = Extractor::new()
        .extract(text, "2024-12-06".parse().expect("an anchor"))
        .events;
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].source.as_ref().map(|s| s.id.as_str()), Some("joseph-aoun"));
    assert_eq!(got[0].via.as_ref().map(|s| s.name_ar.as_str()), Some("تقارير إعلامية"));
}

#[test]
fn weapons_of_no_named_state_make_no_event() {
    assert!(read("وشنت طائرات حربية غارات جوية على أحياء المدينة.").is_empty());
    let got = read("وشنت طائرات حربية إسرائيلية غارات على الجنوب. وأطلقت قوات الأمن الغاز المسيل للدموع.");
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn a_relayed_statement_goes_on_through_its_outlet() {
    let ex = Extractor::new();
    let anchor: crate::Anchor = "2024-12-06".parse().expect("an anchor");
    let text = "ونقلت وكالة سبأ عن وزير الدفاع قوله إن القوات مستعدة. وأضاف أن الهجوم سيفشل. \
                وقال الجيش الإسرائيلي إنه قصف مواقع. وأضاف أن العملية مستمرة.";
    let vias: Vec<Option<String>> = ex
        .extract(text, anchor)
        .events
        .into_iter()
        .map(|e| e.via.map(|v| v.id.to_string()))
        .collect();
    assert_eq!(vias, [Some("saba".to_string()), Some("saba".to_string()), None, None]);
}

#[test]
fn a_speech_homograph_after_its_subject_is_a_verb_when_content_follows_an_aside() {
    // "ذكر" is also a noun ("male"); after "وكان + subject", with "أن" past a time and an outlet, it is the verb.
    let got = read("وكان متحدث باسم الجيش ذكر في وقت سابق لوكالة رويترز، أن القوات سيطرت على المدينة.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "ذكر");
    // A noun "ذكر" with no statement after it is no event.
    let got = read("وجاء ذكر الحادث في التقرير السنوي.");
    assert!(got.iter().all(|(lemma, _)| lemma != "ذكر"), "{got:?}");
}

#[test]
fn a_sentence_written_twice_tells_one_event_read_in_its_context() {
    let article = Extractor::new().extract(
        "كما أكد رئيس الوزراء أن البلاد ترفض أي هجوم.\nوجاء ذلك على لسان رئيس الوزراء كمال بن سالم خلال مؤتمر صحفي. كما أكد رئيس الوزراء أن البلاد ترفض أي هجوم.",
        "2024-12-06".parse().expect("an anchor"),
    );
    let said: Vec<_> = article.events.iter().filter(|e| e.lemma == "أكد").collect();
    assert_eq!(said.len(), 1, "{:?}", article.events);
    assert!(said[0].span.start > 0, "the copy in the body stays: {:?}", said[0]);
}

#[test]
fn a_verb_joined_to_the_event_before_it_shares_its_subject() {
    // The members' head ("قوات") gives the agreement, not the army's name; "تمكن" takes the subject of the verb
    // it is joined to.
    let got = read("وشنت قوات الجيش اليمني حملة أمنية في مأرب، وتمكنت من تأمين الطريق، واعتقلت عشرة مطلوبين.");
    let lemmas: Vec<&str> = got.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(lemmas, ["شن", "تمكن", "اعتقل"], "{got:?}");
    assert!(got.iter().all(|(_, s)| s == &got[0].1), "{got:?}");
    // A verb after a clause with no event, or with a subject written after it, takes none.
    let got = read("وسقطت قذيفة على مبنى، أودت بحياة شخصين، وأصابت العشرات بجروح.");
    assert!(got.is_empty(), "{got:?}");
    let got = read("وشنت طائرات إسرائيلية غارة على منزل، وتسببت هذه الغارة بدمار كبير.");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_relative_deed_after_an_event_of_its_sentence_is_part_of_it_unless_dated_apart() {
    let article = Extractor::new().extract(
        "أدانت الحكومة السودانية بشدة الهجوم الذي شنته قوات الدعم السريع على المدينة.",
        "2024-12-06".parse().expect("an anchor"),
    );
    assert_eq!(article.events.len(), 1, "{:?}", article.events);
    assert!(
        article.events[0].text.ends_with("على المدينة."),
        "{:?}",
        article.events[0].text
    );
    // After a clause with no event, the relative deed is the event.
    let got = read("قتل خمسة مدنيين في غارة شنتها طائرات حربية إسرائيلية على البلدة.");
    assert_eq!(got.len(), 1, "{got:?}");
    // In the masculine too: "شنه" after a deed noun, where the verbal noun with a pronoun is spelled the same.
    let got = read("وتعرضت قرية الصالحية لقصف شنه الجيش الإسرائيلي فجر الأحد.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0.as_str(), got[0].1.as_deref()),
        ("شن", Some("Israel Defense Forces")),
        "{got:?}"
    );
    // With a day of its own, it is an event of its own.
    let got = read("أعلنت الحكومة السودانية إطلاق عملية لصد الهجوم الذي بدأته قوات الدعم السريع الخميس الماضي.");
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn a_speaker_going_on_is_a_statement_and_completing_is_none() {
    // "وأكمل" and "واستكمل" (went on) carry the speaker on, with the content after a colon or "أن".
    let got = read(
        "وقال المتحدث باسم الجيش السوداني إن القوات استعادت السيطرة على المدينة. وأكمل: \"سنواصل العمليات حتى النهاية\". واستكمل أن الأوضاع مستقرة.",
    );
    let lemmas: Vec<&str> = got.iter().map(|(lemma, _)| lemma.as_str()).collect();
    assert_eq!(lemmas, ["قال", "أكمل", "استكمل"], "{got:?}");
    assert!(got.iter().all(|(_, source)| source == &got[0].1), "{got:?}");
    // "أكمل" is also "completed" and the adjective "most complete": no event.
    let got = read("وبعد أن أكمل انسحابه من البلدة، عاد الهدوء. وأدت القوات المهمة على أكمل وجه.");
    assert!(got.iter().all(|(lemma, _)| lemma != "أكمل"), "{got:?}");
}

#[test]
fn a_deed_told_by_a_verbal_noun_in_what_the_news_comes_after_is_background() {
    let got = read("ويأتي هذا التطور بعد تنفيذ الجيش الإسرائيلي غارات على ميناء الحديدة.");
    assert!(got.is_empty(), "{got:?}");
    // A statement told so with its speaker is news of the speaker, dated or not.
    let got = read("وتأتي الهجمات بعد ساعات من إعلان خلية الإعلام الأمني اعتقال خمسة مطلوبين.");
    assert_eq!(got.len(), 1, "{got:?}");
    let got = read("وتأتي الهجمات بعد ساعات من إعلان خلية الإعلام الأمني صباح اليوم اعتقال خمسة مطلوبين.");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn one_of_a_crowd_or_a_professional_is_someone_the_text_does_not_name() {
    let lead = "قال وزير الخارجية التركي هاكان فيدان إن بلاده تتابع الوضع. ";
    let sources = |text: &str| -> Vec<Option<String>> { read(text).into_iter().map(|(_, s)| s).collect() };
    // Not the minister carried from the sentence before.
    assert_eq!(
        sources(&format!("{lead}وتحدث أحد سكان البلدة عن سماع دوي انفجارات.")),
        [Some("Hakan Fidan".to_string()), Some("أحد سكان البلدة".to_string())]
    );
    assert_eq!(
        sources(&format!("{lead}وقالت إحدى الناجيات إن المياه انقطعت.")),
        [Some("Hakan Fidan".to_string()), Some("إحدى الناجيات".to_string())]
    );
    assert_eq!(
        sources("قال طبيب في مستشفى ميداني إن عشرة جرحى وصلوا."),
        [Some("طبيب في مستشفى ميداني".to_string())]
    );
}

#[test]
fn a_source_named_again_after_a_conjunction_is_named_without_it() {
    let got = read("وقال شهود عيان ومصدر من الشرطة لوكالة رويترز إن الاشتباكات توقفت. وأضاف المصدر أن القتلى خمسة.");
    // The source is named with where it stands, without the conjunction.
    assert_eq!(got[1].1.as_deref(), Some("مصدر من الشرطة"));
}

#[test]
fn a_verb_joined_after_a_comma_before_a_noun_that_disagrees_with_it_shares_the_subject() {
    let got = read("اقتحمت قوات الاحتلال الإسرائيلي بلدة قباطية فجر اليوم، ومنعت التجول فيها.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1, got[0].1);
    // A noun that agrees with the verb is its subject, no actor: no event.
    let got = read("اقتحمت قوات الاحتلال الإسرائيلي بلدة قباطية فجر اليوم، وشهدت البلدة مواجهات.");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_three_letter_nisba_after_an_official_s_noun_leads_to_the_name() {
    let got = read("وقال المسؤول الصحي في تعز سامي الأحمدي إن المستشفى امتلأ.");
    assert_eq!(got[0].1.as_deref(), Some("سامي الأحمدي"), "{got:?}");
}

#[test]
fn a_deed_after_hayth_or_kama_in_a_statement_s_sentence_goes_on_with_its_content() {
    let got = read("قال المرصد السوري إن قوات النظام قصفت البلدة، حيث أغار الطيران الحربي على أطرافها.");
    assert_eq!(got.len(), 1, "{got:?}");
    let got = read("وأكد المرصد السوري أن الجيش قصف القرية، كما شنت الطائرات الحربية عشر غارات.");
    assert_eq!(got.len(), 1, "{got:?}");
    // "بينما" may turn to the narrator's next report; a deed after "حيث" with no statement before is told.
    let got = read("قال المرصد السوري إن قوات النظام قصفت البلدة، بينما قصفت المدفعية التركية القرية.");
    assert_eq!(got.len(), 2, "{got:?}");
    let got = read("شنت الطائرات الإسرائيلية غارات على البلدة، حيث قصفت المدفعية التركية القرية.");
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn a_happening_as_the_subject_takes_no_previous_speaker() {
    // Each verb would agree with the speaker named before it.
    let sources = "وقالت مصادر عسكرية إن القوات تقدمت. ";
    let minister = "وقال وزير الدفاع سامر العلي إن القوات تقدمت. ";
    for (lead, text, events) in [
        (sources, "وتهدد الاشتباكات بين الطرفين بعرقلة المفاوضات.", 1),
        (sources, "في حين تشير تقديرات الجيش إلى أن الهجوم مدبر.", 1),
        (minister, "القصف المدفعي استهدف مقرا للجيش في المدينة.", 1),
        // A deed's noun after a verb of speech is its object.
        (minister, "وأدان الهجوم على المدينة.", 2),
    ] {
        let got = read(&format!("{lead}{text}"));
        assert_eq!(got.len(), events, "{text}: {got:?}");
    }
}

#[test]
fn a_verb_after_a_dual_relative_pronoun_heads_a_relative_clause() {
    // "اللذان"/"اللتان", the nominative duals, are relative pronouns as "اللذين"/"اللتين" are.
    let got = read("ولم يعرف بعد ما إذا كان الانفجاران اللذان تحدث عنهما الجيش اللبناني متصلين.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_name_between_accusing_and_its_charge_is_the_accused() {
    // "اتهمت X بـ", "حملت X المسؤولية": X is the object, and the accuser is the actor before.
    for text in [
        "أدانت وزارة الخارجية التركية القصف، فيما اتهمت حزب العمال الكردستاني بالوقوف وراءه.",
        "وندد الرئيس الأوكراني فولوديمير زيلينسكي بالقصف. واتهم روسيا بأنها تستهدف المدنيين.",
        "وأدانت وزارة الخارجية السورية الغارات، وحملت إسرائيل المسؤولية عن التصعيد.",
    ] {
        let got = read(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[1].1, got[0].1, "{got:?}");
    }
    // A name of its own before the accused is the subject.
    let got = read("واتهم الجيش الإسرائيلي حركة حماس بإطلاق الصواريخ.");
    assert_eq!(got[0].1.as_deref(), Some("Israel Defense Forces"), "{got:?}");
}

#[test]
fn what_the_actors_of_a_habitual_deed_say_of_it_in_the_present_is_background() {
    for text in [
        "أعلن الحوثيون استهداف سفينة تجارية. ويشن الحوثيون هجمات على السفن منذ أشهر، ويقولون إنها رد على الحصار.",
        "أعلنت حركة الشباب مسؤوليتها عن الهجوم. وتهاجم الجماعة القوافل منذ العام الماضي، فيما تقول إنه دفاع عن النفس.",
    ] {
        assert_eq!(read(text).len(), 1, "{:?}", read(text));
    }
}

#[test]
fn a_present_deed_told_as_one_that_recurs_is_background() {
    // "بين الحين والآخر", "من حين لآخر", "عادة ما", "باستمرار": no event of the day.
    for text in [
        "أعلن الجيش الأردني إحباط عملية تهريب. وينفذ الجيش بين الحين والآخر عمليات تفتيش على الحدود.",
        "أعلن الجيش الأردني إحباط عملية تهريب. ويشن الجيش من حين لآخر حملات على مخابئ المهربين.",
        "أعلن الجيش الأردني إحباط عملية تهريب. ويطلق الجيش عادة ما بين عشر وعشرين قذيفة على المخابئ.",
        "أعلن الجيش الأردني إحباط عملية تهريب. ويقصف الجيش مخازن المهربين باستمرار.",
    ] {
        assert_eq!(read(text).len(), 1, "{:?}", read(text));
    }
}

#[test]
fn a_deed_whose_words_the_cut_text_lost_is_no_event() {
    // The text ends on a letter right after the verb, or after the verb and a preposition.
    for text in [
        "أعلن الجيش الأردني إحباط عملية تهريب. وأوضح بيا",
        "أعلن الجيش الأردني إحباط عملية تهريب. وبحسب البيان نفسه، استهدف",
        "أعلن الجيش الأردني إحباط عملية تهريب. كما يشارك في الدور",
    ] {
        assert_eq!(read(text).len(), 1, "{:?}", read(text));
    }
    // A word of its own after the verb keeps the event.
    assert_eq!(read("أعلن الجيش الأردني إحباط عملية تهريب. وأكد الجيش الأر").len(), 2);
    // A text without its final full stop ends on a whole word, a name or one a list knows: the deed stays.
    assert_eq!(read("أعلن الجيش الأردني إحباط عملية تهريب. وقصفت إسرائيل").len(), 2);
}

#[path = "vocabulary_tests.rs"]
mod vocabulary;

#[path = "vocabulary_deeds_tests.rs"]
mod vocabulary_deeds;

#[path = "vocabulary_force_tests.rs"]
mod vocabulary_force;

#[path = "extract_stance_tests.rs"]
mod stance;

#[test]
fn striking_and_foiling_are_deeds_of_a_written_subject() {
    let got =
        read("وضربت القوات التركية موقعا لمقاتلين أكراد قرب القامشلي. وأفشلت الأجهزة الأمنية محاولة تسلل إلى المعبر.");
    let lemmas: Vec<_> = got.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(lemmas, ["ضرب", "أفشل"], "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Turkish Armed Forces"), "{got:?}");
    // The passive of a blow ("ضُرب مستشفى") and a quake that struck are no deed of anyone.
    assert!(read("وضرب مستشفى رئيسي في المدينة. ضرب زلزال بقوة 6 درجات جنوب البلاد.").is_empty());
}

#[test]
fn a_singular_verb_never_goes_on_for_people_named_in_the_plural() {
    // "ناشطون" are many: "وقال" is not theirs, and no one else is named to have said it.
    let got = read("ونشر ناشطون مقطعا مصورا للاشتباكات. وقال إن الشرطة اعتقلت ثلاثة شبان.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "نشر");
    // A person whose name ends as a plural does ("حسين").
    let got = read("وقال حسين شكاي إن المقاتلين هاجموا الحي. وأضاف أن السكان ردوا.");
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn a_person_named_without_a_comma_before_what_they_are_is_the_speaker() {
    // The description after the name ("صاحب منزل مهدم", "أحد سكان الحي", "وهو من سكان البلدة") runs up to what
    // is said, and is no word of the name.
    for text in [
        "وقال سامي العبد صاحب منزل مهدم \"نحن باقون هنا في خيامنا وسنعيد بناء منازلنا\".",
        "وقال سامي العبد أحد سكان الحي إن القصف استمر طوال الليل.",
        "وقال سامي العبد وهو من سكان البلدة إن القصف استمر.",
    ] {
        let got = read(text);
        assert_eq!(got, [("قال".to_string(), Some("سامي العبد".to_string()))], "{text}");
    }
}

#[test]
fn a_crowd_counted_in_numbers_or_by_a_count_alone_protests() {
    for (text, who) in [
        ("وتجمع نحو 20 ألف مواطن أمام القاعدة.", "نحو 20 ألف مواطن"),
        ("وتظاهر 300 مواطن أمام الجامعة.", "300 مواطن"),
        ("وتظاهر المئات في شوارع المدينة.", "المئات"),
        ("وخرج الآلاف من أنصار الحكومة إلى الساحة.", "الآلاف من أنصار الحكومة"),
    ] {
        let got = read(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].1.as_deref(), Some(who), "{text}");
    }
    // A toll's count is the passive's subject, no crowd's deed.
    assert!(read("وقتل نحو 20 شخصا في القصف.").is_empty());
}

#[test]
fn an_unnamed_reporter_speaks_for_the_outlet_they_work_for() {
    // After a reporter, "ل" + an outlet is their employer, not one spoken to; seeing and hearing are reports.
    let got = source_names(
        "وقال مراسل لرويترز إن الدخان يغطي الحي. وشاهد مراسلو وكالة فرانس برس عشرات الجرحى في المستشفى. \
         وأفاد مصور لوكالة الأناضول بأن النيران ما زالت مشتعلة.",
    );
    assert_eq!(got, ["Reuters", "Agence France-Presse", "Anadolu Agency"]);
    // A reporter named by person stays that person; a minister speaking to an outlet is no reporter of it.
    let got = named_sources_and_relays(
        "وقال مراسل قناة الجزيرة سمير الكباشي إن الطريق مغلق. وقال الوزير لرويترز إن الطريق سيفتح.",
    );
    assert_eq!(got[0].0.as_deref(), Some("سمير الكباشي"));
    assert_eq!(got[1].1.as_deref(), Some("وكالة رويترز"));
}

#[test]
fn a_person_of_the_street_is_named_after_the_word_that_says_what_they_are() {
    let got = named_sources_and_relays("وقال المواطن سامر عودة إن منزله دمر. وقالت الشابة ريم الخطيب إن الحي خال.");
    let sources: Vec<_> = got.iter().map(|(s, _)| s.as_deref()).collect();
    assert_eq!(sources, [Some("سامر عودة"), Some("ريم الخطيب")]);
    // A surname that is also such a word stays the surname.
    let got = named_sources_and_relays("وأكد سامر الحاج، مدير الدفاع المدني في المدينة، أن الطريق مغلق.");
    assert_eq!(got[0].0.as_deref(), Some("سامر الحاج"));
}

#[test]
fn refuting_a_claim_is_a_denial() {
    let got = read("وفند الجيش السوداني مزاعم قوات الدعم السريع بشأن المدينة.");
    assert_eq!(got, [("فند".to_string(), Some("Sudanese Armed Forces".to_string()))]);
}

#[test]
fn a_body_that_told_a_deed_is_named_again_by_its_head() {
    let got =
        read("قصفت القوات الروسية محطات الكهرباء، بحسب ما أعلنت وزارة الطاقة. وقالت الوزارة في بيان إن الإصلاحات جارية.");
    assert_eq!(
        got.last().and_then(|(_, s)| s.as_deref()),
        Some("وزارة الطاقة"),
        "{got:?}"
    );
}
