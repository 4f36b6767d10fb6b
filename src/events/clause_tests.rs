//! Tests of `clause.rs`.

use super::*;
use crate::events::view::tests::view;

fn count(text: &str) -> usize {
    clause_texts(text).len()
}

fn clause_texts(text: &str) -> Vec<String> {
    let v = view(text);
    split(&v)
        .iter()
        .map(|c| v.original(c.tokens.clone()).to_string())
        .collect()
}

#[test]
fn sentences_end_at_stops_and_lines_not_decimals() {
    let v = view("قال المصدر إن 2.5 طن وصلت. وأضاف أن الوضع هادئ\nوتابع المصدر");
    let got: Vec<String> = sentences(&v).into_iter().map(|r| v.original(r).to_string()).collect();
    assert_eq!(got.len(), 3, "{got:?}");
}

#[test]
fn a_colon_after_a_speech_verb_at_a_line_end_opens_the_next_paragraph() {
    let v = view("ويقول الناشط سامر الحلبي:\n\"القصف لم يتوقف\".\nوقال المرصد إن 12 قتلوا.");
    assert_eq!(sentences(&v).len(), 2);
    // A line that ends with a colon without a speech verb ends there.
    let v = view("الحصيلة:\n12 قتيلا.");
    assert_eq!(sentences(&v).len(), 2);
}

#[test]
fn a_stop_between_a_statement_and_its_content_ends_no_sentence() {
    let v = view("وأعلن المكتب الإعلامي للواء على صفحته. أن القوات \"طهرت الحي\". وقال مصدر إن الطريق مغلق.");
    assert_eq!(sentences(&v).len(), 2);
    // After the content has opened, or without a statement, a stop ends the sentence.
    let v = view("وقال المصدر إن الطريق مغلق. أن يفتح غدا أمر صعب.");
    assert_eq!(sentences(&v).len(), 2);
}

#[test]
fn a_stop_glued_to_a_relay_ends_no_sentence() {
    let v = view("وقالت الوزارة إن شابين أصيبا.حسبما نقلت وكالة وفا. وبحسب المرصد، قتل خمسة.");
    assert_eq!(sentences(&v).len(), 2);
    // Spaced, the according-to word opens a sentence of its own.
    let v = view("وقالت الوزارة إن شابين أصيبا. بحسب المرصد قتل خمسة.");
    assert_eq!(sentences(&v).len(), 2);
}

#[test]
fn a_relay_that_makes_a_sentence_of_nothing_else_closes_the_sentence_before_it() {
    for relay in [
        "حسبما نقلت وكالة وفا.",
        "وفق ما ذكرت وكالة “سبوتنيك”.",
        "بحسب موقع وزارة الصحة الأردنية.",
    ] {
        let text = format!("وقالت الوزارة إن شابين أصيبا. {relay} وأضافت أن الطريق مغلق.");
        let v = view(&text);
        assert_eq!(sentences(&v).len(), 2, "{relay}");
    }
    // At the end of the text too.
    let v = view("وقالت الوزارة إن شابين أصيبا. وفقا لوكالة الأنباء الأردنية.");
    assert_eq!(sentences(&v).len(), 1);
    // With news of its own after a comma or a complementizer, it opens a sentence.
    let v = view("وقالت الوزارة إن شابين أصيبا. بحسب المرصد، قتل خمسة.");
    assert_eq!(sentences(&v).len(), 2);
    let v = view("وقالت الوزارة إن شابين أصيبا. وبحسب المرصد فإن خمسة قتلوا.");
    assert_eq!(sentences(&v).len(), 2);
    // On a line of its own, it is no relay of the line before.
    let v = view("وقالت الوزارة إن شابين أصيبا.\nحسبما نقلت وكالة وفا.");
    assert_eq!(sentences(&v).len(), 2);
}

#[test]
fn a_time_noun_and_a_relative_pronoun_open_a_clause_with_its_own_verb() {
    let v = view("وثقت الشبكة مقتل 23 مدنيا، في الوقت الذي قالت فيه الوزارة إن طائراتها لم تقصف. المدينة التي سيطر عليها التنظيم");
    let clauses = split(&v);
    assert_eq!(clauses.len(), 3);
    assert!(super::super::verb::find(&v, &clauses[1]).is_some_and(|p| v.word(p.at) == "قالت"));
    // Without the time noun, a verb after a relative pronoun heads a relative clause.
    assert!(super::super::verb::find(&v, &clauses[2]).is_none());
}

#[test]
fn a_deed_verb_after_a_relative_clause_goes_on_with_it() {
    assert_eq!(
        count("واستنكرت الرابطة الانفجار الذي هز السوق الشعبي، واستهدف المتسوقين قبل العيد."),
        1
    );
    // A statement still opens a clause of its own.
    assert_eq!(
        count("وهو الهجوم الذي تبنته كتائب الجبل، وقالت إن مقاتليها عادوا سالمين."),
        2
    );
    // Without a relative clause the verb with و opens one.
    assert_eq!(count("قصفت المدفعية السوق الشعبي، واستهدفت الطائرات الجسر."), 2);
}

#[test]
fn a_semicolon_ends_a_sentence_only_before_a_new_statement() {
    let v = view(
        "وقال المسعف إن الفرق تواجه صعوبات؛ بسبب ضيق الأزقة. وأضاف أن المستشفى ممتلئ؛ وقال مدير المستشفى إن الوقود نفد.",
    );
    let got: Vec<String> = sentences(&v).into_iter().map(|r| v.original(r).to_string()).collect();
    assert_eq!(got.len(), 3, "{got:?}");
}

#[test]
fn a_comma_and_a_conjoined_verb_open_a_clause() {
    let clauses = clause_texts("قصفت الطائرات مدينة حلب، وقال مصدر إن القصف عنيف");
    assert_eq!(clauses, ["قصفت الطائرات مدينة حلب،", "وقال مصدر إن القصف عنيف"]);
}

#[test]
fn the_content_of_a_statement_stays_whole() {
    // "وسيطرت" is what the source reports, not a new clause; a new speech verb is.
    let clauses = clause_texts("قال المصدر إن القوات تقدمت، وسيطرت على البلدة، وأضاف أن المعارك مستمرة");
    assert_eq!(clauses.len(), 2);
    assert!(clauses[1].starts_with("وأضاف"));
}

#[test]
fn a_verb_after_an_auxiliary_s_subject_and_a_comma_is_its_clause_s() {
    assert_eq!(clause_texts("وكان مصدر عسكري، أكد أن المهاجمين تراجعوا").len(), 1);
    // With the verb written, a speech verb after a comma opens a clause of its own.
    assert_eq!(clause_texts("وكان الجيش قد أعلن الهدنة، أكد المصدر ذلك").len(), 2);
}

#[test]
fn a_verb_after_the_content_s_subject_and_a_comma_is_the_content_s() {
    // The subject of what is said, set off by a comma, before its own verb: one clause.
    assert_eq!(
        count("قالت الصحيفة إن رئيس الوزراء بنيامين نتنياهو، ألمح في تصريحات إلى دور"),
        1
    );
    // Once the content has its verb, a speech verb after a comma opens a clause.
    assert_eq!(count("قالت الصحيفة إن الوزير سافر، أكد المصدر ذلك"), 2);
}

#[test]
fn openers_and_subordinate_deeds_open_clauses() {
    assert_eq!(count("قصف الجيش البلدة بينما أعلنت الفصائل النفير"), 2);
    let clauses = clause_texts("قال الجيش إنه رد عقب إطلاقها الصواريخ");
    assert_eq!(clauses.len(), 1, "inside the content, no subordinate clause");
    assert_eq!(count("قصفت القوات البلدة عقب إطلاقها الصواريخ"), 2);
    // After a speech verb, what follows is said even without "أن".
    assert_eq!(count("وأعلنت الوزارة مقتل شاب عقب إطلاق الشرطة النار عليه"), 1);
    // A call's complement is what is asked: the time clause after it is the narrator's.
    assert_eq!(count("ووجه الرئيس بإنشاء إدارات عسكرية بعد إعلان الجيش الانسحاب"), 2);
}

#[test]
fn a_relative_clause_with_a_deed_of_its_own() {
    let clauses = clause_texts("قصفت القوات البلدة وقتل شخصان في غارة شنتها طائرة مسيرة على السوق");
    assert_eq!(clauses.last().map(String::as_str), Some("شنتها طائرة مسيرة على السوق"));
    // After a statement noun the relative clause is the setting of the statement.
    assert_eq!(count("وقالت الوزارة في بيان نشرته على موقعها إن الطريق مغلق"), 1);
}

#[test]
fn a_second_speaker_after_a_comma_opens_a_clause_even_inside_what_is_said() {
    let clauses = clause_texts("وقال قائد الشرطة إن الطريق فتح، وكانت كتائب الجبل قد أعلنت إغلاقه مساء الخميس.");
    assert_eq!(clauses.len(), 2);
    assert!(clauses[1].starts_with("وكانت كتائب الجبل"));
    let clauses = clause_texts("وقال المتحدث إن الحوار انتهى، لكن وزارة الداخلية أكدت أن اللجان ستجتمع.");
    assert_eq!(clauses.len(), 2);
    assert!(clauses[1].starts_with("لكن وزارة"));
    let clauses = clause_texts("وقصف الطيران قرية البيرة، كما أفادت شبكة الرصد بأن اشتباكات دارت في الوادي.");
    assert_eq!(clauses.len(), 2);
    assert!(clauses[1].starts_with("كما أفادت"));
    // Out of what is said, a deed told in the pluperfect is a clause of its own.
    assert_eq!(
        count("وانسحبت الدوريات من الحي، وكانت الفصائل قد سيطرت عليه يوم السبت."),
        2
    );
}

#[test]
fn a_particle_then_a_verb_and_its_named_subject_opens_a_clause_inside_what_is_said() {
    let got = clause_texts("وقال الناطق إن الطائرات قصفت الجسر، لكن نفت وزارة النقل أن يكون قد تضرر.");
    assert_eq!(got.len(), 2);
    assert!(got[1].starts_with("لكن نفت"));
    assert_eq!(
        count("وأفاد المرصد بأن الفصائل هاجمت التلة، بينما قصفت المدفعية التركية قرى الريف."),
        2
    );
    assert_eq!(
        count("وقالت مصادر محلية إن الأهالي نزحوا، في وقت أعلنت وزارة الدفاع إغلاق الطريق."),
        2
    );
    assert_eq!(
        count("وقال المتحدث إن الدوريات انسحبت، كما أعلنت وزارة الصحة مقتل شرطي."),
        2
    );
    // Without a named subject the clause is what the speaker goes on reporting.
    assert_eq!(
        count("وقال المتحدث إن الدوريات انسحبت، بينما بقيت الحواجز في مكانها."),
        1
    );
    // "في وقت سابق" is a time adverbial, not the opener "في وقت".
    assert_eq!(count("وقال الجيش في وقت سابق إنه قصف مخازن للسلاح."), 1);
}

#[test]
fn a_named_speaker_joined_by_wa_without_a_comma_opens_a_clause() {
    let got = clause_texts("قالت الرئاسة إن الهجوم صد وقال الرئيس سامي الخوري إن الرد قادم.");
    assert_eq!(got.len(), 2);
    assert!(got[1].starts_with("وقال الرئيس"));
    // A named object, not a speaker: no content opens after it.
    assert_eq!(count("وقال الوزير إن القصف مستمر واتهم روسيا بتعطيل الممرات."), 1);
    // "وصف" is a verb of its own, not "و" + a verb.
    assert_eq!(count("ويقول مواطنون إن وصف الحكومة للأزمة بأنها عابرة خاطئ."), 1);
}

#[test]
fn what_the_speaker_goes_on_reporting_stays_in_the_statement() {
    // A "but" without a new statement is what the speaker reports.
    assert_eq!(count("وقال المصدر إن الجنود انسحبوا، لكن القصف تواصل حتى الفجر."), 1);
    // "كما أفاد X" without "أن" tells who reported the clause before it; "كما توعد" goes on with its subject.
    assert_eq!(
        count("وجرح ستة أشخاص في انفجار قرب المرفأ، كما أفادت شبكة الرصد التي لم تحدد هوياتهم."),
        1
    );
    assert_eq!(count("وقال الوزير إنه يدين الهجوم، كما توعد بالرد عليه."), 1);
}

#[test]
fn naming_a_witness_opens_no_clause() {
    assert_eq!(
        count("وقال أحد المزارعين، يدعى كريم الناصر، لوكالة الأنباء إن المياه قطعت."),
        1
    );
    assert_eq!(
        count("ونقلت الإذاعة عن أحد الجرحى، ويدعى فادي سلوم، قوله إن النيران اشتعلت."),
        1
    );
}

#[test]
fn a_quotation_longer_than_a_name() {
    let v = view("وقال الوزير: \"لن نقبل بأي تدخل في شؤوننا\" وغادر");
    let c = &split(&v)[0];
    assert_eq!(c.quotation(&v).as_deref(), Some("لن نقبل بأي تدخل في شؤوننا"));
    let v = view("وقالت صحيفة \"الوطن\" إن الطريق مفتوح");
    assert_eq!(split(&v)[0].quotation(&v), None);
}

#[test]
fn a_dated_deed_of_a_named_agent_in_a_relative_clause_is_a_clause() {
    let clauses = clause_texts("تحل اليوم ذكرى الحرب التي شنتها إسرائيل على القطاع في 8 يوليو 2014.");
    assert_eq!(clauses.len(), 2);
    assert!(clauses[1].starts_with("التي شنتها"));
    // Without a day of its own the deed stays in the background.
    assert_eq!(count("وصل المفتشون إلى المواقع التي هاجمتها إسرائيل في وقت سابق."), 1);
}

#[test]
fn a_fronted_subject_after_a_comma_opens_a_clause() {
    assert_eq!(
        count("وقال الوزير إن الجيش استعاد المطار، وكانت قوات الحرس أعلنت السيطرة عليه قبل ساعات."),
        2
    );
    assert_eq!(count("وقال الوزير إن الجيش استعاد المطار، وكانت الأجواء هادئة."), 1);
}

#[test]
fn inside_a_content_a_joined_present_report_or_a_qad_clause_with_its_own_subject_opens_a_clause() {
    let got = clause_texts(
        "ذكرت القناة أن الطائرات قصفت البلدة، وتشير بعض المصادر المطلعة إلى أن القصف طال منازل، وقد توعد \
         رئيس الوزراء الإسرائيلي بنيامين نتنياهو بمواصلة العمليات.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got[1].starts_with("وتشير") && got[2].starts_with("وقد توعد"), "{got:?}");
    // A present verb without "و" goes on with what is said.
    assert_eq!(count("قالت السفارة إن الوضع صعب، تطالب السفارة الرعايا بالمغادرة."), 1);
}

#[test]
fn a_past_verb_after_the_comma_of_a_fronted_subordinate_clause_opens_the_main_clause() {
    assert_eq!(
        clause_texts("في الوقت الذي تقصف فيه المدفعية الأحياء الشرقية، غادر المحافظ مقر المحافظة."),
        vec![
            "في الوقت الذي تقصف فيه المدفعية الأحياء الشرقية،",
            "غادر المحافظ مقر المحافظة."
        ]
    );
    assert_eq!(
        count("وبينما كانت القوات تتقدم نحو البلدة، أعلن الجيش وقف العمليات."),
        2
    );
    // Not fronted: a past verb after a comma goes on with the clause ("قال إن القوات تقدمت، سيطرت ...").
    assert_eq!(count("أعلن الجيش أن القوات تقدمت نحو البلدة، سيطرت على التلال."), 1);
}

/// A fronted attribution and the clause after its comma are one clause: the attribution is its relay.
#[test]
fn a_fronted_attribution_stays_with_the_clause_it_attributes() {
    assert_eq!(
        clause_texts("وبحسب وسائل إعلام رسمية، وصل الوفد الروسي إلى دمشق."),
        ["وبحسب وسائل إعلام رسمية، وصل الوفد الروسي إلى دمشق."]
    );
    assert_eq!(count("وبحسب مصادر محلية، فقد قصفت قوات الاحتلال المنزل."), 1);
}

/// A line wrapped inside a sentence, as print copy wraps it, goes on; the title line always ends.
#[test]
fn a_wrapped_line_goes_on_and_a_title_ends() {
    let v = view("غارات على حلب\nشنت طائرات حربية\nإسرائيلية غارات على حلب ،\nللمرة الأولى منذ سنوات.\nوأعلن الجيش في\nبيان أن القصف مستمر.");
    let got: Vec<String> = sentences(&v).into_iter().map(|r| v.original(r).to_string()).collect();
    assert_eq!(got.len(), 3, "{got:?}");
    // The first line is a title even when it ends with a preposition.
    let v = view("غارات جديدة على\nجنوب لبنان اليوم.");
    assert_eq!(sentences(&v).len(), 2);
}

/// A line break after a comma ends the sentence when the next line opens with "و" and a verb: it is no wrap.
#[test]
fn a_line_after_a_comma_that_opens_with_a_joined_verb_is_a_new_sentence() {
    let v = view("رحلة ملغاة\nقالت الشرطة إن الطائرة أقلعت من المطار،\nوبدورها أعلنت الشركة أن الرحلة ألغيت.");
    let got: Vec<String> = sentences(&v).into_iter().map(|r| v.original(r).to_string()).collect();
    assert_eq!(got.len(), 3, "{got:?}");
    // A line that goes on after a comma, without a verb, is wrapped.
    let v = view("تضامن\nعبرت الحكومة عن تضامنها مع الجيران، شعبا وحكومة،\nوعن أسفها على إثر الفيضانات.");
    assert_eq!(sentences(&v).len(), 2);
}

/// Two verbs written one after the other are one act ("تدخلت وتمركزت"): the second opens no clause.
#[test]
fn a_verb_joined_right_after_the_first_opens_no_clause() {
    assert_eq!(count("وكانت وحدة من الشرطة قد داهمت واعتقلت ثلاثة مطلوبين في الحي."), 1);
    assert_eq!(count("داهمت وحدة من الشرطة الحي واعتقلت ثلاثة مطلوبين."), 2);
}

/// A second past verb joined by "و" without a comma is a clause of its own out of what is said; after a
/// statement only another statement is one, and inside what is said none is.
#[test]
fn a_second_past_verb_with_wa_and_no_comma_opens_a_clause() {
    assert_eq!(
        clause_texts("داهمت الشرطة الحي الشرقي واعتقلت ثلاثة مطلوبين."),
        ["داهمت الشرطة الحي الشرقي", "واعتقلت ثلاثة مطلوبين."]
    );
    assert_eq!(count("طالبت الهيئة بوقف القصف ودعت الأطراف إلى الحوار."), 2);
    // A deed after a statement goes on with what is said; inside what is said nothing splits.
    assert_eq!(count("أعلنت الهيئة تعليق الدروس واعتقلت المدير."), 1);
    assert_eq!(count("قال المصدر إن الشرطة داهمت الحي واعتقلت ثلاثة."), 1);
}

/// "، كما" and a past verb with no subject written after it is a clause of its own out of what is said, with
/// the subject of the clause before; a plain report ("كما أفاد") is not, nor anything inside what is said.
#[test]
fn kama_and_a_past_verb_without_a_subject_opens_a_clause() {
    assert_eq!(
        clause_texts("نشرت الشرطة صورا للمطلوبين، كما بثت تسجيلا لاعترافاتهم."),
        ["نشرت الشرطة صورا للمطلوبين،", "كما بثت تسجيلا لاعترافاتهم."]
    );
    assert_eq!(count("أصيب عشرة أشخاص في الانفجار، كما أفاد بذلك."), 1);
    assert_eq!(count("قال المصدر إن الشرطة داهمت الحي، كما اعتقلت ثلاثة."), 1);
}

/// "، لكنها" and a speech verb is the speaker's next statement, even inside what is said; any other verb after
/// it goes on with what is said.
#[test]
fn lakinnaha_and_a_speech_verb_opens_a_statement_inside_what_is_said() {
    assert_eq!(
        clause_texts("وأكدت الحكومة أنها لم تتلق أي عرض، لكنها أبدت استعدادها للحوار."),
        ["وأكدت الحكومة أنها لم تتلق أي عرض،", "لكنها أبدت استعدادها للحوار."]
    );
    assert_eq!(count("وقال المصدر إن القوات تقدمت، لكنها انسحبت بعد ساعات."), 1);
}

#[test]
fn the_stop_of_a_title_of_one_letter_ends_no_sentence() {
    // "د." doctor, "م." engineer, "أ. د." professor doctor, spaced or not, before a name.
    for text in [
        "وقال د. رامي العطار مدير مستشفى الرحمة إن القصف طال الجناح الشرقي.",
        "وأوضح م.رامي العطار أن الجسر انهار.",
        "وأكد أ. د. رامي العطار رئيس جامعة النهرين أن الدوام متوقف.",
    ] {
        let v = view(text);
        assert_eq!(sentences(&v).len(), 1, "{text}");
    }
    // An agency's initials, a year's era after its number and a letter at the end of a line keep their stops.
    let v = view("(أ.ف.ب) قالت الشرطة إن الطريق مغلق.");
    assert!(v.toks.iter().filter(|t| t.kind == TokenKind::Punct).count() >= 4);
    let v = view("تأسست المدينة عام 1850 م. وقال المؤرخ إن سورها قديم.");
    assert_eq!(sentences(&v).len(), 2);
    let v = view("ويتحدث الفيلم عن د.\nوقال المخرج إن التصوير انتهى.");
    assert_eq!(sentences(&v).len(), 2);
}

#[test]
fn a_text_that_ends_on_one_letter_is_cut() {
    let v = view("وقال المتحدث إن القوات انسحبت. وتنفي د");
    let clauses = split(&v);
    let last = clauses.last().expect("a clause");
    let verb = (last.tokens.clone()).find(|&k| v.word(k) == "وتنفي").expect("the verb");
    assert!(cut_short(&v, last, verb));
}

#[test]
fn besides_that_opens_a_clause_inside_a_sentence() {
    // "، إلى ذلك أعلن X": a second event in the sentence, not the first clause's words.
    let clauses = clause_texts("وقتل ثلاثة جنود في هجوم على الحاجز، إلى ذلك أعلن الجيش الأردني إغلاق المعبر");
    assert_eq!(
        clauses,
        [
            "وقتل ثلاثة جنود في هجوم على الحاجز،",
            "إلى ذلك أعلن الجيش الأردني إغلاق المعبر"
        ]
    );
}

#[test]
fn a_verb_spelled_with_fa_or_waw_after_a_comma_is_no_conjunction() {
    // "فرض" is the verbal noun an announcement's object; only "و"/"ف" glued to a verb form opens a clause.
    assert_eq!(count("أعلنت السلطات السورية، فرض السيطرة الكاملة على المدينة."), 1);
    assert_eq!(count("قصفت الطائرات المدينة، فقصفت المدفعية أطرافها."), 2);
}

#[test]
fn a_subject_after_a_writer_s_remark_awaits_its_verb_past_a_comma() {
    assert_eq!(count("يذكر أن رئاسة الأركان التركية، أعلنت أمس انطلاق العملية."), 1);
}

#[test]
fn an_ellipsis_before_what_is_said_ends_no_sentence() {
    for text in [
        "كما أكد السفير.. أنه لا حل عسكريا.",
        "ونقلت الوكالة عن دبلوماسيين قولهم... إن المبعوث سيصل.",
    ] {
        assert_eq!(sentences(&view(text)).len(), 1, "{text}");
    }
    // Before anything else, the dots end the sentence.
    assert!(sentences(&view("وصل الوفد.. وبدأت المحادثات.")).len() > 1);
}

#[test]
fn a_writer_s_remark_after_a_comma_opens_a_clause() {
    let got = clause_texts("وداهمت القوات منزل الأسير المحرر واعتقلته، ويذكر أنه أفرج عنه في 30 تموز الماضي.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[1].starts_with("ويذكر أنه"), "{got:?}");
}

#[test]
fn ith_after_a_comma_opens_a_clause_as_haythu_does() {
    let got = clause_texts("شنت الولايات المتحدة هجوما صاروخيا، إذ ذكرت وزارة الدفاع الأمريكية أن الضربة أصابت المطار.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[1].starts_with("إذ ذكرت"), "{got:?}");
}
