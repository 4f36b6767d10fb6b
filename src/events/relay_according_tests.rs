//! Tests of the relay reader (`relay.rs`): a deed told according to someone ("بحسب", "وفق ما", "حسبما"),
//! and the relays that pass on another's words ("نقلا عن", "لـ(X)").

use super::*;
use crate::events::clause::split;
use crate::events::subject::{choose, Previous};
use crate::events::verb;
use crate::events::view::tests::view;

/// The source and relay of every clause of `text` with a verb and a source, each told by `tell`.
fn all(text: &str, tell: impl Fn(Referent, &View, NaiveDate) -> String) -> Vec<(Option<String>, Option<String>)> {
    let v = view(text);
    let day: NaiveDate = "2024-12-06".parse().expect("a date");
    let mut previous = Previous::default();
    let mut out = Vec::new();
    for c in &split(&v) {
        let Some(p) = verb::find(&v, c) else { continue };
        let (s, end) = choose(&v, c, &p, day, &previous);
        let a = attribute(&v, c, &p, (s, end), false, day);
        let a = by_document_again(&v, c, a, &previous, day);
        let Some(source) = a.source else { continue };
        previous.spoke(source.clone(), c.sentence, p.says(&v), p.document_span(&v, c));
        out.push((Some(tell(source, &v, day)), a.via.map(|r| tell(r, &v, day))));
    }
    out
}

/// The names of the source and relay of each event of `text`.
fn names(text: &str) -> Vec<(Option<String>, Option<String>)> {
    all(text, |r, v, day| r.resolve(v, day).name.to_string())
}

/// The ids of the source and relay of each event of `text`.
fn ids(text: &str) -> Vec<(Option<String>, Option<String>)> {
    all(text, |r, v, day| r.resolve(v, day).id.to_string())
}

fn pair(source: &str, via: &str) -> (Option<String>, Option<String>) {
    (Some(source.to_string()), Some(via.to_string()))
}

#[test]
fn a_named_doer_s_deed_told_according_to_a_body_is_relayed_by_it() {
    assert_eq!(
        ids("واقتحمت قوات الدعم السريع قرية شمال الأبيض يوم الخميس، بحسب الشبكة السورية لحقوق الإنسان."),
        vec![pair("rsf", "snhr")]
    );
    assert_eq!(
        ids("واقتحمت قوات الدعم السريع قرية شمال الأبيض يوم الخميس، حسب بيان للجيش السوداني."),
        vec![pair("rsf", "sd.army")]
    );
}

#[test]
fn witnesses_relay_the_deed_of_the_doer_the_clause_writes() {
    assert_eq!(
        names("وقصف الطيران الحربي مستودعات للوقود قرب المطار فجر الأحد بحسب شهود عيان."),
        vec![pair("الطيران الحربي", "شهود عيان")]
    );
    // Without a doer, the witnesses are the source.
    assert_eq!(
        names("وسقطت قذائف على سوق البلدة فجر الأحد بحسب شهود عيان.")
            .first()
            .map(|(s, _)| s.clone()),
        Some(Some("شهود عيان".to_string()))
    );
}

#[test]
fn a_relay_frame_is_no_event_and_relays_the_deed_after_it() {
    assert_eq!(
        ids("وحسب ما أفادت الشبكة السورية لحقوق الإنسان، هاجمت قوات الدعم السريع سوق المدينة مساء الأحد."),
        vec![pair("rsf", "snhr")]
    );
    assert_eq!(
        ids("وحسبما نشرت الشبكة السورية لحقوق الإنسان، فقد هاجمت قوات الدعم السريع سوق المدينة."),
        vec![pair("rsf", "snhr")]
    );
}

#[test]
fn a_body_passes_on_the_words_of_whom_it_quotes_with_naqlan_an() {
    let got = names("وأعلنت وزارة الزراعة العراقية في بيان نقلا عن مدير الري خالد السامرائي أن السد امتلأ.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        // The person the title names, not the office alone.
        got[0].0.as_deref() == Some("خالد السامرائي"),
        "{got:?}"
    );
    assert_eq!(got[0].1.as_deref(), Some("Ministry of Agriculture (Iraq)"), "{got:?}");
    // Past the name of the body in brackets.
    let got =
        ids("وذكرت وزارة الدفاع الأمريكية (البنتاغون) في بيان نقلا عن المتحدث باسمها جون كيربي، أن القوات شنت ضربات.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("us.defense-department"), "{got:?}");
}

/// The sources and relays of the events the extractor emits for `text`, by name.
fn extracted(text: &str) -> Vec<(Option<String>, Option<String>)> {
    let article = crate::events::Extractor::new().extract(text, "2024-12-06".parse().expect("an anchor"));
    article
        .events
        .into_iter()
        .map(|e| (e.source.map(|s| s.name.to_string()), e.via.map(|v| v.name.to_string())))
        .collect()
}

#[test]
fn the_body_that_passed_on_the_words_goes_on_speaking_with_no_relay_of_its_own() {
    let got = extracted(
        "وأعلنت وزارة الزراعة العراقية في بيان نقلا عن مدير الري خالد السامرائي أن السد امتلأ. وأضاف البيان أن المياه كافية.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0.as_deref(), Some("Ministry of Agriculture (Iraq)"), "{got:?}");
    assert_eq!(got[1].1, None, "{got:?}");
}

#[test]
fn an_according_phrase_that_opens_or_closes_a_sentence_relays_its_events() {
    let got = extracted(
        "واقتحمت قوات الدعم السريع سوق المدينة الأحد، وقتل خمسة مدنيين في القصف، وفق الشبكة السورية لحقوق الإنسان.",
    );
    assert_eq!(
        got[0],
        pair("Rapid Support Forces", "Syrian Network for Human Rights"),
        "{got:?}"
    );
    let got = extracted(
        "وحسب ما أفادت الشبكة السورية لحقوق الإنسان، فقد هاجمت قوات الدعم السريع سوق المدينة، فيما ردت القوات المسلحة السودانية بقصف مواقعها.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        got.iter()
            .all(|(_, via)| via.as_deref() == Some("Syrian Network for Human Rights")),
        "{got:?}"
    );
}

#[test]
fn an_interview_with_an_outlet_named_by_its_quoted_short_name() {
    let got = ids("وقال وزير الخارجية الأردني في مقابلة مع \"الجزيرة\"، أمس، إن الحدود مفتوحة.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("al-jazeera"), "{got:?}");
}

#[test]
fn sources_before_the_deed_relay_the_doer_written_after_them() {
    let got = names("وحسب مصادر محلية، فقد اقتحم مسلحون مقر البلدية مساء الأحد.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].0.as_deref().is_some_and(|s| s.starts_with("مسلحون")), "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("مصادر محلية"), "{got:?}");
}

#[test]
fn an_outlet_s_own_sources_named_with_its_pronoun() {
    assert_eq!(
        names("ونقلت قناة الجزيرة عن مصادرها أن الوفد غادر القاهرة."),
        vec![pair("مصادرها", "Al Jazeera")]
    );
}

#[test]
fn an_outlet_spoken_to_in_brackets() {
    assert_eq!(
        names("وقال مسؤول محلي لـ(إذاعة الرافدين) إن الجسر أغلق."),
        vec![pair("مسؤول محلي", "إذاعة الرافدين")]
    );
}

#[test]
fn a_verb_that_shares_its_sentence_s_subject_keeps_it_before_a_closing_relay() {
    // "واحتجزت" goes on with the forces of the verb before it; the activists relay both deeds.
    let got = names("واقتحمت قوات الأمن قرية الحويز صباح الاثنين واحتجزت ستة شبان، وفق ما أكده ناشطون محليون.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, got[0].0, "{got:?}");
    assert!(got[1].1.as_deref().is_some_and(|v| v.contains("ناشطون")), "{got:?}");
}

#[test]
fn a_trailing_according_to_what_someone_said_keeps_the_doer_the_clause_writes() {
    // "وفقا لما أكده X" tells who said it: the police did what the clause tells, the officials relay it.
    let got = names("وانسحبت قوات الشرطة من مدينة تكريت مساء الجمعة، وفقا لما أكده مسؤولون محليون.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].0.as_deref().is_some_and(|s| s.contains("الشرطة")), "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("مسؤولون محليون"), "{got:?}");
    let got = names("وخرج مسؤولون في البلدية من مدينة الرمادي، بحسب ما أفاد عضوان في مجلس المحافظة.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].0.as_deref().is_some_and(|s| s.starts_with("مسؤولون في")),
        "{got:?}"
    );
    assert!(got[0].1.as_deref().is_some_and(|v| v.starts_with("عضوان")), "{got:?}");
    // So does a bare according phrase without a verb: the doer the clause writes keeps its deed.
    let got = names("وانسحبت قوات الشرطة من مدينة تكريت مساء الجمعة، بحسب مسؤولين محليين.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].0.as_deref().is_some_and(|s| s.contains("الشرطة")), "{got:?}");
    assert!(got[0].1.as_deref().is_some_and(|v| v.contains("مسؤولين")), "{got:?}");
}

#[test]
fn a_fronted_according_phrase_keeps_the_doer_the_clause_writes() {
    // The phrase before the deed tells who told it, as the one after it does: the doer keeps its deed.
    let got = names("وبحسب مسؤول في البلدية، هاجم مسلحون مخفرا للشرطة في قرية الزيتون.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0.as_deref(), Some("مسلحون"), "{got:?}");
    assert!(got[0].1.as_deref().is_some_and(|v| v.starts_with("مسؤول")), "{got:?}");
    let got = names("ووفقا لوزارة الداخلية، طوقت قوات الدرك مبنى البلدية في مدينة الواحة.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].0.as_deref().is_some_and(|s| s.contains("الدرك")), "{got:?}");
    assert!(got[0].1.as_deref().is_some_and(|v| v.contains("الداخلية")), "{got:?}");
    // Sources named again by a bare noun relay as they did when first named.
    let got = names("أفادت مصادر أهلية بأن الجيش دخل البلدة. وبحسب المصادر، طوقت قوات الدرك مبنى البلدية.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[1].0.as_deref().is_some_and(|s| s.contains("الدرك")), "{got:?}");
    assert!(got[1].1.as_deref().is_some_and(|v| v.contains("مصادر")), "{got:?}");
    // A toll with no doer stays the teller's statement.
    let got = names("وبحسب مصدر طبي، أصيب أربعة أشخاص في الانفجار.");
    assert_eq!(got.first().and_then(|(s, _)| s.as_deref()), Some("مصدر طبي"), "{got:?}");
}

#[test]
fn a_statement_sent_to_an_outlet_is_relayed_by_it() {
    let got = ids("وأعلنت جماعة أنصار الدين مسؤوليتها عن الهجوم، في رسالة أرسلتها إلى وكالة رويترز.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("reuters"), "{got:?}");
}

#[test]
fn the_doer_written_in_the_attack_that_caused_a_toll_is_its_source_and_the_according_actor_relays() {
    // A لـ-phrase the catalog names after the attack noun and its adjective.
    let got = ids("قتل تسعة مدنيين الاثنين في قصف جوي للتحالف الدولي على بلدة الشعفة، وفق ما أفاد المرصد السوري.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].0.as_deref().is_some_and(|s| s.contains("coalition")), "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("sohr"), "{got:?}");
    // A country adjective: that state's forces, its air force for air raids.
    let got = ids("وقتل ستة أشخاص جراء غارات روسية على قرية البارة، بحسب المرصد السوري.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0.as_deref(), Some("ru.aerospace-forces"), "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("sohr"), "{got:?}");
    // The agent of "تنفيذ" after "بعد", with the according phrase before it.
    let got = ids("قتل ثمانية مدنيين، حسب المرصد السوري، بعد تنفيذ طائرات التحالف الدولي عشر غارات على البلدة.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].0.as_deref().is_some_and(|s| s.contains("coalition")), "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("sohr"), "{got:?}");
    // An attack with no doer written stays the reporter's.
    let got = ids("وقتل ستة أشخاص جراء غارات على قرية البارة، بحسب المرصد السوري.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0.as_deref(), Some("sohr"), "{got:?}");
    assert_eq!(got[0].1, None, "{got:?}");
}

#[test]
fn a_targeting_by_a_weapon_of_a_state_is_that_state_s_deed_relayed_by_the_according_actor() {
    let got = ids("وفي بلدة مارون، قتل شاب إثر استهدافه بطائرة مسيرة إسرائيلية، بحسب وزارة الصحة اللبنانية.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0.as_deref(), Some("il.idf"), "{got:?}");
    assert!(got[0].1.as_deref().is_some_and(|v| v.starts_with("lb")), "{got:?}");
}

#[test]
fn warplanes_an_army_tells_of_are_its_air_force_which_it_relays() {
    assert_eq!(
        ids("وقصفت طائرات حربية مخزنا للذخيرة قرب دير البلح مساء الجمعة، وفقا لبيان الجيش الإسرائيلي."),
        vec![pair("il.iaf", "il.idf")]
    );
    assert_eq!(
        ids("وبحسب بيان للجيش الإسرائيلي، فإن مقاتلات سلاح الجو دمرت منصة صواريخ قرب بنت جبيل."),
        vec![pair("il.iaf", "il.idf")]
    );
    // A state whose navy flies warplanes too has no air force for them: its army tells its own deed.
    assert_eq!(
        ids("وقصفت طائرات حربية مخزنا للذخيرة قرب عفرين، وفقا لبيان الجيش التركي."),
        vec![(Some("tr.armed-forces".to_string()), None)]
    );
    // The army goes on speaking in the statement it told the deed in.
    let article = crate::events::Extractor::new().extract(
        "وقصفت طائرات حربية مخزنا قرب دير البلح، وفقا لبيان الجيش الإسرائيلي. وأشار البيان إلى أن القصف جاء ردا على إطلاق قذائف.",
        "2024-12-06".parse().expect("an anchor"),
    );
    let ids: Vec<_> = article
        .events
        .iter()
        .map(|e| e.source.as_ref().map(|s| s.id.clone()))
        .collect();
    assert_eq!(ids, vec![Some("il.iaf".into()), Some("il.idf".into())]);
}

#[test]
fn a_teller_ends_at_its_comma_unless_a_name_is_set_off_after_it() {
    // What follows the comma is the news, not the name of the official who told it.
    assert_eq!(
        names("وبحسب مسؤول محلي، جرح ثلاثة مزارعين في القصف."),
        vec![(Some("مسؤول محلي".to_string()), None)]
    );
    // A name between two commas is the teller's.
    assert_eq!(
        names("وبحسب المتحدث باسم الدفاع المدني، سامر الخطيب، جرح ثلاثة مزارعين في القصف."),
        vec![(Some("سامر الخطيب".to_string()), None)]
    );
}

#[test]
fn the_statement_named_again_after_an_according_word_is_its_issuer_s() {
    // A deed whose doer the clause writes: the issuer relays it.
    assert_eq!(
        ids("أعلن الجيش السوداني في بيان أنه استعاد بلدة أم روابة. وبحسب البيان، هاجمت قوات الدعم السريع قرية قرب الفاشر."),
        vec![(Some("sd.army".to_string()), None), pair("rsf", "sd.army")]
    );
    // "ذات البيان" names it again too.
    assert_eq!(
        ids("أعلن الجيش السوداني في بيان أنه استعاد بلدة أم روابة. وهاجمت قوات الدعم السريع قرية قرب الفاشر حسب ذات البيان."),
        vec![(Some("sd.army".to_string()), None), pair("rsf", "sd.army")]
    );
    // An issuer written after the document is read as before, not the latest speaker.
    assert_ne!(
        ids("أعلن الجيش السوداني في بيان أنه استعاد بلدة أم روابة. وبحسب البيان الصادر عن الشبكة السورية لحقوق الإنسان، هاجمت قوات الدعم السريع قرية."),
        vec![(Some("sd.army".to_string()), None), pair("rsf", "sd.army")]
    );
}

#[test]
fn the_figures_or_estimates_a_body_published_are_its_own_after_an_according_word() {
    // A deed whose doer the clause writes: the body whose figures tell it relays it.
    assert_eq!(
        ids("ووفق معطيات لمكتب الأمم المتحدة لتنسيق الشؤون الإنسانية، فقد هدمت القوات الإسرائيلية 40 منزلا في الخليل."),
        vec![pair("il.idf", "ocha")]
    );
    // No doer: the body says what the clause reports.
    assert_eq!(
        ids("ووفقا لإحصائيات المفوضية السامية للأمم المتحدة لشؤون اللاجئين، فإن عدد اللاجئين في تشاد بلغ 600 ألف."),
        vec![(Some("unhcr".to_string()), None)]
    );
    assert_eq!(
        ids("وتضاعف عدد النازحين في الإقليم خلال شهرين، وفق تقديرات لمنظمة الصحة العالمية."),
        vec![(Some("who".to_string()), None)]
    );
}

#[test]
fn an_according_phrase_set_off_by_a_full_stop_relays_the_sentence_before_it() {
    assert_eq!(
        ids("وقال الجيش السوداني إن قواته استعادت بلدة أم روابة. وفق ما ذكرت وكالة رويترز."),
        vec![pair("sd.army", "reuters")]
    );
    // With no doer written, its teller says what the sentence before it reports.
    assert_eq!(
        ids("وقتل سبعة أشخاص وجرح عشرون آخرون في انفجار بسوق المدينة. بحسب الجيش السوداني."),
        vec![(Some("sd.army".to_string()), None)]
    );
}

#[test]
fn the_outlet_spoken_to_relays_the_words_rather_than_an_according_phrase_after_them() {
    for stop in ["،", "."] {
        let got = names(&format!(
            "وقال اللواء سامي الحداد للتلفزيون الرسمي \"الجيش ملتزم بحماية المدنيين\"{stop} بحسب ما أوردت وكالة رويترز."
        ));
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("التلفزيون الرسمي"), "{stop} {got:?}");
    }
}

#[test]
fn on_what_a_body_told_after_a_comma_attributes_the_clause_as_according_to_it() {
    // "، على ما أعلن X" reads as "وفق ما أعلن X": the toll, with a relative deed inside it, is the body's report.
    assert_eq!(
        names("قتل ثلاثة مدنيين الخميس في قصف استهدف مبنى سكنيا في بلدة شمال الأبيض، على ما أعلنت وزارة الصحة."),
        names("قتل ثلاثة مدنيين الخميس في قصف استهدف مبنى سكنيا في بلدة شمال الأبيض، وفق ما أعلنت وزارة الصحة.")
    );
    assert_eq!(
        names("قتل ثلاثة مدنيين الخميس في قصف استهدف مبنى سكنيا في بلدة شمال الأبيض، على ما أعلنت وزارة الصحة.").len(),
        1
    );
}

#[test]
fn on_what_without_a_comma_or_before_another_verb_attributes_nothing() {
    // The object of the verb before it ("ورد على ما أعلنته"), not a teller of the clause.
    assert!(!view("وعلق الجيش على ما أعلنته وزارة الصحة أمس.").on_what_told(2));
    assert!(view("وعلق الجيش، على ما أعلنته وزارة الصحة أمس.").on_what_told(3));
    // "على ما يبدو": no verb of speech.
    assert!(!view("قتل ثلاثة مدنيين، على ما يبدو، في قصف").on_what_told(4));
}

#[test]
fn a_relay_word_inside_a_quotation_is_what_is_said() {
    // 'وقال "حسب تقارير ..."': the speaker before says it; the reports are quoted, not who speaks.
    let got = names("قال وزير الصحة الأفغاني إن الهجوم فشل. وقال \"حسب تقارير المستشفيات سقط قتيل ونقل سبعة جرحى\".");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].0, got[1].0, "{got:?}");
}

#[test]
fn a_body_s_head_alone_after_an_be_is_the_speaker_a_relay_passes_on() {
    // "نقلت إذاعة X، عن الشرطة، القول إن": the police said it, the radio relayed it.
    let got = names("ونقلت إذاعة الساحل، عن الشرطة، القول إن المسلحين فروا.");
    assert_eq!(
        got,
        vec![(Some("الشرطة".to_string()), Some("إذاعة الساحل".to_string()))]
    );
    // "عن" as "about", with nothing said after the body: no one is relayed.
    let got = names("وتحدثت إذاعة الساحل عن الشرطة في المدينة.");
    assert!(got.iter().all(|(s, _)| s.as_deref() != Some("الشرطة")), "{got:?}");
}

#[test]
fn a_count_in_digits_before_a_named_body_s_vehicles_is_the_agent_an_outlet_reports() {
    let got = ids("وأشارت الوكالة السورية للأنباء إلى أن 4 آليات تابعة للجيش الإسرائيلي توغلت في ريف القنيطرة.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0.as_deref(), Some("il.idf"), "{got:?}");
}

#[test]
fn an_outlet_after_a_deed_joined_to_the_clause_before_relays_it() {
    let article = crate::events::Extractor::new().extract(
        "واقتحمت قوات الاحتلال بلدة عزون، وفرضت حظر التجوال، وفجرت منزلا، بحسب وكالة وفا.",
        "2024-12-06".parse().expect("an anchor"),
    );
    let got: Vec<(Option<&str>, Option<&str>)> = article
        .events
        .iter()
        .map(|e| {
            (
                e.source.as_ref().map(|s| s.id.as_str()),
                e.via.as_ref().map(|v| v.id.as_str()),
            )
        })
        .collect();
    assert_eq!(got, [(Some("il.idf"), Some("wafa")); 3]);
}

#[test]
fn a_statement_an_outlet_carried_is_the_speaker_s_left_implicit() {
    let got = ids("وقالت حركة حماس إن الاحتلال يماطل. وأضافت في بيان نقلته وكالة الأناضول أن المفاوضات متعثرة.");
    assert_eq!(got, [(Some("hamas".to_string()), None), pair("hamas", "anadolu")]);
}

#[test]
fn an_outlet_after_ala_ma_at_the_end_of_a_clause_relays_it() {
    // The wire's "على ما أورد X", as "كما أورد X", also before the clause's date.
    let got = extracted(
        "وتعهد رئيس السلطة القضائية بإجراء محاكمات سريعة للموقوفين، على ما أورد التلفزيون الرسمي، اليوم الأربعاء.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("التلفزيون الرسمي"), "{got:?}");
}

#[test]
fn a_doer_named_in_the_cause_of_a_toll_keeps_its_deed_told_according_to_anyone() {
    // The warplanes' strike told in a relative clause on its noun; the medical sources relay it.
    assert_eq!(
        names("قتل شاب وأصيب أربعة آخرون إثر غارات شنتها المقاتلات الإسرائيلية على بلدة بيت لاهيا، وفقا لمصادر طبية."),
        vec![pair("Israeli Air Force", "مصادر طبية")]
    );
    // A verbal noun with its doer in the genitive after the cause word.
    assert_eq!(
        ids("واستشهد شاب عند مدخل المخيم إثر إطلاق قوات الاحتلال النار عليه، بحسب مصادر محلية.")
            .first()
            .map(|(s, _)| s.clone()),
        Some(Some("il.idf".to_string()))
    );
}
