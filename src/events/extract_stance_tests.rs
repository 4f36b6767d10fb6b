//! Tests of the extractor (`mod.rs`): background, frames, relative clauses and stances.

use super::*;

#[test]
fn a_present_after_a_date_that_since_opens_is_background() {
    // "ومنذ مارس، تشن القوات هجوما": a state that has lasted since then, no event of the day.
    for text in [
        "أعلن الجيش السوداني صد هجوم. ومنذ مطلع مارس الماضي، تشن قوات الدعم السريع هجوما على العاصمة.",
        "أعلن الجيش السوداني صد هجوم. ومنذ 12 يناير تشن قوات الدعم السريع غارات على المدينة.",
    ] {
        assert_eq!(read(text).len(), 1, "{:?}", read(text));
    }
}

#[test]
fn an_honorific_before_a_name_is_skipped_to_reach_the_person() {
    // "معالي الدكتور فلان": the honorific stands as a rank does; "معاليه" after it is that person again.
    let got = read(
        "أعلن معالي الدكتور سالم بن حمد الكعبي، مستشار رئيس الدولة، أن بلاده سترسل مساعدات. وأوضح معاليه أن القوافل جاهزة.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].1.as_deref().is_some_and(|s| s.contains("الكعبي")), "{got:?}");
    assert_eq!(got[1].1, got[0].1, "{got:?}");
}

#[test]
fn the_frame_naming_a_statement_s_issuer_is_its_statement() {
    // "جاء ذلك في بيان لـX" / "صادر عن X": X's statement, and "أكدت فيه" after it is X's too.
    let got = read("جاء هذا في بيان لوزارة الخارجية المصرية مساء الأحد، أكدت فيه أن الحوار هو الحل.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].0, "جاء");
    assert!(got[0].1.is_some() && got[0].1 == got[1].1, "{got:?}");
    let got = read("جاء ذلك في بيان صادر عن وزارة الخارجية المصرية.");
    assert_eq!(got.len(), 1, "{got:?}");
}

/// Each event as its lemma, source and date value, published 2024-12-06.
pub(super) fn read_dated(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let article = Extractor::new().extract(text, "2024-12-06".parse().expect("an anchor"));
    article
        .events
        .into_iter()
        .map(|e| (e.lemma, e.source.map(|s| s.name.to_string()), e.date.map(|d| d.value)))
        .collect()
}

#[test]
fn what_a_place_suffered_from_an_agent_is_that_agents_deed() {
    // "تعرضت X لقصف من قبل Y": Y's attack; with no agent written, nobody's.
    let got = read_dated("وتعرضت بلدة حدودية قرب إربد يوم الثلاثاء لقصف مدفعي من قبل الجيش السوري.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "هاجم", "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Syrian Arab Army"), "{got:?}");
    assert_eq!(got[0].2.as_deref(), Some("2024-12-03"), "{got:?}");
    assert!(read_dated("وتعرضت البلدة يوم الثلاثاء لقصف مدفعي عنيف.").is_empty());
}

#[test]
fn a_writer_s_remark_without_a_written_subject_is_no_event() {
    // "يذكر أن هجمات استهدفت": background in the writer's voice, not the statement of the speaker before.
    let got = read(
        "وأعلنت الشرطة الكينية مقتل أربعة عناصر في الإقليم. يذكر أن هجمات منسقة، استهدفت فجر الجمعة مراكز للشرطة في الإقليم.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "أعلن", "{got:?}");
    // A remark that names the doer keeps its deed ("يشار إلى أن" is a remark as "يذكر أن" is).
    let got = read("وقال الجيش الكيني إن الوضع هادئ. ويشار إلى أن إسرائيل قصفت مواقع في الجنوب الأحد.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Israel"), "{got:?}");
    // A doer the subject reader misses ("كانت دمرت" after its subject) is not the speaker of the sentence
    // before: a deed in a sentence of its own carries no subject (`implicit::carried_to_a_deed`).
    let got = read(
        "وأعلنت حركة الجهاد الإسلامي إطلاق عشرين صاروخا على عسقلان. ويُشار إلى أنّ مقاتلات الاحتلال الإسرائيلي كانت دمرت مخزنا في رفح ظهر اليوم.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "أعلن", "{got:?}");
}

#[test]
fn a_present_verb_after_meanwhile_is_a_state_not_an_event() {
    // "في وقت يواصل X", "في الوقت الذي تخوض فيه X": what goes on while the news happens.
    let got = read("أعلنت وزارة الدفاع الروسية إسقاط 12 مسيرة، في وقت يواصل الجيش الأوكراني هجومه في كورسك.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "أعلن", "{got:?}");
    let got = read(
        "قتل ثلاثة مدنيين في قصف على البلدة، بحسب الدفاع المدني، في الوقت الذي تخوض فيه القوات التركية معارك عنيفة في الريف.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn amounts_to_is_no_statement() {
    // "ويبلغ عدد سكانها": the present of "أبلغ" is a measure, not a speaker informing anyone.
    let got = read(
        "وقال الدفاع المدني الأوكراني إن القصف طال مدينة سومي. وتقع المدينة قرب الحدود ويبلغ عدد سكانها ربع مليون نسمة.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_verbal_noun_after_took_place_is_no_deed() {
    // "جرى/تم + verbal noun" with no doer written: the passive of a deed, nobody's event.
    let got =
        read("وأعلنت الشرطة العمانية توقيف شخصين في صحار، حيث جرى رصد تحركاتهما المريبة وملاحقتهما إلى أن تم ضبطهما.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "أعلن", "{got:?}");
}

#[test]
fn a_relative_clause_s_date_is_not_passed_on_to_the_next_statement() {
    // "في هجوم شنه مساء الأربعاء" dates the attack the statement tells; the army's next statement goes on from
    // the day of its first one, not from that evening.
    let got = read_dated(
        "أعلن الجيش النيجري، اليوم الجمعة، مقتل 12 جنديا في هجوم شنه مساء الأربعاء في منطقة تيلابيري. وقال بيان الجيش النيجري إن “الوحدة صدت المهاجمين”.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].2.as_deref(), Some("2024-12-06"), "{got:?}");
}

#[test]
fn a_relative_verb_opened_by_a_comma_or_a_clause_opener_is_a_stance_of_its_own() {
    let text = "رحبت دول الخليج بالاتفاق أمس، فيما وصفته الخارجية الأمريكية بأنه خطوة مهمة.";
    let article = Extractor::new().extract(text, "2024-03-05".parse().expect("an anchor"));
    assert_eq!(article.events.len(), 2, "{:?}", article.events);
    assert!(
        article.events[1].text.starts_with("فيما وصفته"),
        "{:?}",
        article.events[1].text
    );
    // "وهو ما" opens it too.
    let got = read("شنت القوات الحكومية هجوما على بلدة الزاوية أمس، وهو ما وصفته المعارضة بأنه خرق للهدنة.");
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn a_verb_asked_about_or_supposed_is_no_event() {
    // The statement's own author goes on through a sentence that asks whether something happened.
    let text = "قال الجيش الأردني في بيان يوم الاثنين إن مقاتلاته قصفت مخزنا للأسلحة. ولم يوضح البيان ما إذا كان \
                القائد الميداني أبو سالم قد قتل. وذكر البيان أن الطائرات دمرت ثلاث آليات.";
    let article = Extractor::new().extract(text, "2017-02-14".parse().expect("an anchor"));
    assert_eq!(article.events.len(), 2, "{:?}", article.events);
    let last = &article.events[1];
    assert_eq!(
        last.source.as_ref().map(|s| s.name_ar.as_str()),
        Some("الجيش الأردني"),
        "{last:?}"
    );
    assert!(read("وإذا هاجمت القوات المدينة فإن الرد سيكون قاسيا.").is_empty());
    assert!(read("في حال قصفت الطائرات الجسر ستنقطع الطريق.").is_empty());
    // "في حالة" before a noun is a state, not "in case".
    assert_eq!(read("وكانت القوات في حالة تأهب بعدما هاجم مسلحون نقطة تفتيش.").len(), 1);
}

#[test]
fn a_relative_clause_about_a_named_actor_tells_that_actors_event() {
    let got = read("وأثار القصف التركي غضب وحدات حماية الشعب الكردية التي دعت إلى حمل السلاح.");
    assert!(
        got.iter()
            .any(|(l, s)| l == "دعا" && s.as_deref() == Some("People's Protection Units")),
        "{got:?}"
    );
    // With a subject of its own after the verb, the clause is not about the name before it.
    let got = read("والتقى الوفد بممثلي حركة حماس التي شارك فيها الوسطاء.");
    assert!(!got.iter().any(|(_, s)| s.as_deref() == Some("Hamas")), "{got:?}");
}

#[test]
fn a_deed_of_forces_joined_to_their_clause_after_a_date_phrase_is_theirs() {
    // "انتشر" is a deed only of forces: joined by "و" to a clause whose subject they are, it is theirs.
    let got = read("اقتحمت قوات الأمن البلدة، صباح الاثنين، وانتشرت في ساحاتها الرئيسية.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, "انتشر", "{got:?}");
    assert_eq!(got[0].1, got[1].1, "{got:?}");
    // After "فيما", with no forces right before it, it is news spreading.
    let got = read("اقتحمت قوات الأمن البلدة واعتقلت شابين، فيما انتشرت الأنباء عن إصابة ثالث.");
    assert!(got.iter().all(|(lemma, _)| lemma != "انتشر"), "{got:?}");
}

#[test]
fn the_subject_after_illa_anna_is_the_subject_of_its_verb() {
    let got = read("قال الوزير إن المسيرة سلمية. إلا أن وحدة من الشرطة داهمت الساحة واعتقلت ثلاثة.");
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[1].0, "داهم", "{got:?}");
    assert!(got[1].1.as_deref().is_some_and(|s| s.contains("الشرطة")), "{got:?}");
    // "بيد أن" and "غير أن" open the same contrast.
    for opener in ["بيد أن", "غير أن"] {
        let got = read(&format!(
            "قال الجيش إن قواته اعتقلت شابين. {opener} الهلال الأحمر أكد نقل مصاب إلى المستشفى."
        ));
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(
            got[1].1.as_deref().is_some_and(|s| s.contains("الهلال")),
            "{opener}: {got:?}"
        );
    }
}

#[test]
fn a_verb_after_fima_with_a_deed_noun_as_its_object_is_the_subject_s_next_deed() {
    let got = read("وأعلن الجيش اللبناني إغلاق الطريق، فيما شن هجوما على مواقع المسلحين.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, "شن", "{got:?}");
    assert_eq!(got[0].1, got[1].1, "{got:?}");
}

#[test]
fn a_verb_joined_after_a_comma_shares_a_quoted_subject_of_its_agreement() {
    let got = read("نفذت طائرات \"الناتو\" غارة على مخزن للذخيرة، وقصفت أهدافا أخرى قرب الجسر.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1, got[1].1, "{got:?}");
}

#[test]
fn a_sentence_that_names_who_said_the_news_before_is_that_speaker_s_statement() {
    // "جاء ذلك على لسان X في بيان له، أذاعه Y": X's statement, through Y, besides the event told before it.
    let article = Extractor::new().extract(
        "أعلن الجيش الأردني إحباط محاولة تهريب. جاء ذلك على لسان العميد سامي ناصر قائد المنطقة الشمالية في بيان \
         له، أذاعه التلفزيون الرسمي.",
        "2024-12-06".parse().expect("an anchor"),
    );
    let got: Vec<_> = article
        .events
        .iter()
        .map(|e| {
            (
                e.source.as_ref().map(|s| s.name_ar.as_str()),
                e.via.as_ref().map(|v| v.name_ar.as_str()),
            )
        })
        .collect();
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, Some("سامي ناصر"), "{got:?}");
    assert_eq!(got[1].1, Some("التلفزيون الرسمي"), "{got:?}");
}

#[test]
fn the_figures_of_a_body_after_according_to_are_its_statement() {
    // "وحسب أرقام X فإن": the figures X gave, as "حسب إحصائية X" is.
    let got = read("وحسب أرقام وزارة الصحة اللبنانية فإن 20 شخصا يحق لهم التعويض.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].1.is_some(), "{got:?}");
}

#[path = "false_events_tests.rs"]
mod false_events;

#[path = "deed_doers_tests.rs"]
mod deed_doers;

#[path = "members_tests.rs"]
mod members;
