//! Tests of `slot.rs`.

use crate::events::subject::tests::subjects;

#[test]
fn a_surname_alone_names_the_catalog_person_named_in_full_before() {
    let got = subjects(
        "أعلن المتحدث باسم القوات المسلحة اليمنية العميد يحيى سريع أن الصواريخ أصابت أهدافها. وقال سريع في بيان له، يوم الأحد، إن العمليات مستمرة.",
    );
    assert_eq!(got[0].as_deref(), Some("yahya-saree"));
    assert_eq!(got[1].as_deref(), Some("yahya-saree"), "{got:?}");
}

#[test]
fn a_nisba_alone_after_a_verb_is_the_surname_of_the_catalog_person_named_before() {
    // "السوداني" is also "the Sudanese"; right after a verb it qualifies no noun, so it is the prime minister
    // the office's statement named. Not so without a full name before it.
    let got = subjects(
        "أعلن المكتب الإعلامي لرئيس الوزراء العراقي أن محمد شياع السوداني استقبل السفير الياباني. وأكد السوداني أن \
         العراق يدعم الحوار.",
    );
    assert_eq!(got[1].as_deref(), Some("mohammed-shia-al-sudani"), "{got:?}");
    let got = subjects("قال وزير الخارجية التركي إن الحدود آمنة. وأكد السوداني أن الحوار هو الحل.");
    assert_ne!(
        got.get(1).cloned().flatten().as_deref(),
        Some("mohammed-shia-al-sudani"),
        "{got:?}"
    );
}

#[test]
fn a_surname_that_is_also_an_adjective_of_a_body_ends_a_person_s_name() {
    // "الدفاع المدني" (civil defence) ends a body's name with "المدني"; after a first name it is a surname.
    let got = subjects("قصف الطيران مواقع في المدينة. وقال كامل المدني إن القوات تعاملت مع المسلحين.");
    assert_eq!(got[1].as_deref(), Some("adhoc:كامل المدني"), "{got:?}");
}

#[test]
fn an_indefinite_title_with_its_phrase_is_its_own_speaker() {
    let got =
        subjects("قال وزير الخارجية التركي إن الحدود آمنة. وقال نقيب في شرطة أزمير إن قذيفة سقطت. وأضاف أن لا إصابات.");
    assert_eq!(got[0].as_deref(), Some("hakan-fidan"));
    assert_eq!(got[1].as_deref(), Some("adhoc:نقيب في شرطه ازمير"));
    assert_eq!(got[2], got[1]);
    let got = subjects(
        "قال الرئيس التركي إن الوضع صعب. وقال مستشار لوزارة الداخلية التركية في منشور على حسابه، إن خمسة قتلوا.",
    );
    assert_eq!(got[1].as_deref(), Some("adhoc:مستشار لوزاره الداخليه التركيه"));
}

#[test]
fn a_personal_name_before_a_dative_is_its_own_speaker() {
    let got = subjects(
        "قال المرصد السوري إن القصف عنيف. وقال كنان الفرحان لوكالة رويترز إن المقاتلين صامدون. وأكد الفرحان أن الطريق مقطوع.",
    );
    assert_eq!(got[1].as_deref(), Some("adhoc:كنان الفرحان"));
    assert_eq!(got[2], got[1]);
}

#[test]
fn a_name_in_quotation_marks_after_a_descriptor_is_the_speaker() {
    let got = subjects(
        "قال الجيش التركي إن الحدود آمنة. من جانبه قال المعارض الكردي \"سامان أحمدي\" على حسابه في تويتر إن الصواريخ سقطت على القرى.",
    );
    assert_eq!(got.last().cloned().flatten().as_deref(), Some("adhoc:سامان احمدي"));
}

#[test]
fn an_indefinite_noun_with_a_country_s_adjective_is_its_own_speaker() {
    let got = subjects("قال الجيش التركي إن الحدود آمنة. ونددت منظمات تركية بحملة القصف على القرى.");
    assert_eq!(got.last().cloned().flatten().as_deref(), Some("adhoc:منظمات تركيه"));
}

#[test]
fn a_bare_unknown_noun_before_the_content_is_no_previous_speaker() {
    let got = subjects("قالت وكالة الصحافة الفرنسية إن خمسة قتلوا. وقالت التنسيقية إن القصف مستمر.");
    assert_eq!(got[1].as_deref(), Some("adhoc:التنسيقيه"));
}

#[test]
fn a_preposition_s_object_and_its_adjective_are_no_subject() {
    let got = subjects("قالت وزارة الخارجية التركية إن الوضع خطير. وأضافت في إحاطتها الأسبوعية أن أنقرة تتابع.");
    assert_eq!(got[1], got[0]);
}

#[test]
fn a_bare_definite_title_names_again_the_person() {
    let got = subjects("قال وزير الخارجية التركي إن الحدود آمنة. وقال الوزير في بيان إن الطريق مفتوح.");
    assert_eq!(got[1], got[0]);
    let got = subjects("قال وزير الخارجية التركي إن الحدود آمنة. وأشار ذات المسؤول إلى أن الطريق مفتوح.");
    assert_eq!(got[1], got[0]);
}

#[test]
fn an_object_that_does_not_reach_the_content_is_no_subject() {
    // "دعا السكان إلى": the inhabitants are called on; the speaker is the one before.
    let got = subjects("قال الجيش التركي إن الحدود آمنة. وأعلن الحداد العام في البلاد.");
    assert_ne!(got.get(1).cloned().flatten().as_deref(), Some("adhoc:الحداد العام"));
}

#[test]
fn a_resumptive_pronoun_stands_between_the_verb_and_its_subject() {
    let got = subjects("قال الرئيس التركي إن الوضع صعب. وجاء ذلك في وقت قال فيه وزير الخارجية التركي إن الوفد وصل.");
    assert_eq!(got.last().cloned().flatten().as_deref(), Some("hakan-fidan"));
}

#[test]
fn a_surname_alone_before_the_content_or_an_according_aside() {
    // "ذكر" is also a noun: before one word and the content, or one word and an aside, it is the verb.
    let got = subjects(
        "وأكد رئيس بلدية خيرسون، إيغور كوليخاييف، أن القصف طال سوقا. وذكر كوليخاييف أن الجرحى نقلوا. وذكر كوليخاييف، وفق وكالة رويترز، أن الكهرباء انقطعت.",
    );
    assert_eq!(got.len(), 3);
    assert_eq!(got[1].as_deref(), Some("adhoc:ايغور كوليخاييف"));
    assert_eq!(got[2], got[1]);
}

#[test]
fn a_participle_of_saying_may_stand_between_a_surname_and_the_content() {
    let got = subjects("وأضاف الحوثي مؤكدا أن القوات ستنسحب. وأردف الحوثي مشددا: \"لن نتراجع\".");
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].as_deref(), Some("adhoc:الحوثي"));
    assert_eq!(got[1], got[0]);
}

#[test]
fn dhakara_before_its_content_is_the_verb_of_the_previous_speaker() {
    let got = subjects("قال المتحدث باسم الجيش الإسرائيلي إن القوات تقدمت. وذكر أن الهجوم فشل.");
    assert_eq!(got.len(), 2);
    assert_eq!(got[1], got[0]);
}

#[test]
fn a_bare_definite_head_names_again_the_unnamed_speaker_of_that_head() {
    // Named before in an according phrase, not as a subject; an adjective of its own keeps another apart.
    let got = subjects(
        "قتل 12 شخصا في تفجير، حسبما ذكر مصدر بوزارة الداخلية. وأفاد المصدر أن الانتحاري فجر نفسه. وقالت المصادر الطبية إن 3 قتلوا.",
    );
    assert_eq!(got[1].as_deref(), Some("adhoc:مصدر بوزاره الداخليه"));
    assert_eq!(got[2].as_deref(), Some("adhoc:المصادر الطبيه"));
}

#[test]
fn a_statement_named_by_its_document_is_its_issuer_s() {
    assert_eq!(
        subjects("وذكر بيان للجيش السوداني أن القوات استعادت المدينة."),
        vec![Some("sd.army".to_string())]
    );
    assert_eq!(
        subjects("وقال بيان رسمي لوزارة الخارجية المصرية إن الوزير التقى نظيره."),
        subjects("وقالت وزارة الخارجية المصرية إن الوزير التقى نظيره.")
    );
    assert_eq!(
        subjects("وقال بيان صادر عن الجيش اللبناني إن دورية تعرضت لإطلاق نار."),
        subjects("وقال الجيش اللبناني إن دورية تعرضت لإطلاق نار.")
    );
}

#[test]
fn a_surname_names_the_catalog_person_the_text_named_in_a_clause_without_event() {
    // "المالكي" alone is Nouri al-Maliki in the catalog; the text named the coalition's colonel before.
    let got = subjects(
        "جاء ذلك بعد مؤتمر صحفي عقده المتحدث باسم التحالف، العقيد الركن تركي المالكي، في الرياض. وقال المالكي إن الدفاعات اعترضت طائرتين.",
    );
    assert_eq!(got.last().cloned().flatten().as_deref(), Some("turki-al-maliki"));
}

#[test]
fn an_officer_named_by_rank_and_unit_speaks() {
    let got = subjects("قال المتحدث باسم الوزارة إن الوضع هادئ. وقال عقيد في الشرطة لوكالة رويترز إن 15 شخصا قتلوا.");
    assert_eq!(got[1].as_deref(), Some("adhoc:عقيد في الشرطه"));
}

#[test]
fn plural_people_heads_speak_for_themselves() {
    let got = subjects("قال رئيس البلدية إن الوضع صعب. وطالب نواب المنطقة الحكومة بإرسال تعزيزات.");
    assert_eq!(got[1].as_deref(), Some("adhoc:نواب المنطقه"));
}

#[test]
fn an_unnamed_adviser_to_an_office_holder_is_no_body() {
    // The body after "ل" and the title of the one served is where the adviser serves.
    assert_eq!(
        subjects("قال مستشار لرئيس الإدارة العسكرية في مقاطعة ميكولايف إن القصف استمر."),
        vec![Some("adhoc:مستشار لرئيس الاداره العسكريه في مقاطعه ميكولايف".to_string())]
    );
    assert_eq!(
        subjects("قال مستشار لوزير الداخلية الأوكراني إن القصف استمر."),
        vec![Some("adhoc:مستشار لوزير الداخليه الاوكراني".to_string())]
    );
    assert_eq!(
        subjects("وقال المستشار الإعلامي لرئيس الحكومة، فراس العلي، إن الاجتماع انتهى."),
        vec![Some("adhoc:فراس العلي".to_string())]
    );
}

#[test]
fn a_surname_alone_names_the_person_named_in_full_before() {
    let got = subjects(
        "قال الرئيس التركي إن الوضع صعب. وأكد رئيس هيئة التحقيق التركية، سليم قره داغ، أن الشاحنة عبرت. وقال داغ خلال اجتماعه مع الرئيس التركي إن المنفذين معروفون.",
    );
    assert_eq!(got[1].as_deref(), Some("adhoc:سليم قره داغ"));
    assert_eq!(got[2], got[1]);
}

#[test]
fn a_masculine_noun_after_a_feminine_verb_is_its_object() {
    let got = subjects("وحاصرت قوات الأمن التركية منزلا في أزمير، وطالبت الأهالي بالخروج منه.");
    assert_eq!(got.len(), 2);
    assert_eq!(got[1], got[0]);
}

#[test]
fn a_pronoun_after_the_verb_leaves_its_subject_written_after_it() {
    // (After "حسب ما" the verb is no event's: the according phrase names the source, `relay`.)
    let got = subjects("أصيب 5 أشخاص. وهذا ما أعلنت عنه وزارة الداخلية التركية.");
    assert_eq!(got.last().cloned().flatten().as_deref(), Some("tr.moi"));
}

#[test]
fn a_body_s_phrase_no_list_knows_before_the_object_is_the_speaker() {
    let got = subjects("قال وزير الداخلية التركي إن الوضع مستقر. وأعلن المكتب الإعلامي، مقتل أربعة مسلحين في كمين.");
    assert_eq!(got[1].as_deref(), Some("adhoc:المكتب الاعلامي"), "{got:?}");
    let got = subjects("قال وزير الداخلية التركي إن الوضع مستقر. وأعربت الهيئة الساحلية عن قلقها من التصعيد.");
    assert_eq!(
        got.get(1).cloned().flatten().as_deref(),
        Some("adhoc:الهيئه الساحليه"),
        "{got:?}"
    );
    let got =
        subjects("قال وزير الداخلية التركي إن الوضع مستقر. وأكد الذراع العسكري لحركة حماس في بيان له مقتل أحد قادته.");
    assert_ne!(got[1], got[0], "{got:?}");
    assert!(got[1].is_some());
}

#[test]
fn an_object_with_its_setting_after_a_statement_s_verb_stays_the_object() {
    let got = subjects("قال وزير الداخلية التركي إن الوضع مستقر. وأعلن الحداد الرسمي في البلاد.");
    assert_eq!(got[1], got[0], "{got:?}");
}

#[test]
fn an_indefinite_noun_in_construct_with_a_country_s_adjective_is_the_speaker() {
    let got = subjects("قال وزير الداخلية التركي إن الوضع مستقر. وأفادت منصات إعلام تركية بمقتل جنديين.");
    assert_eq!(
        got.get(1).cloned().flatten().as_deref(),
        Some("adhoc:منصات اعلام تركيه"),
        "{got:?}"
    );
}

#[test]
fn a_plural_in_construct_with_a_speaker_s_head_and_an_adjective_is_the_speaker() {
    let got = subjects("قال وزير الداخلية التركي إن الوضع مستقر. وأفادت وكالات أنباء تركية بمقتل جنديين.");
    assert_eq!(
        got.get(1).cloned().flatten().as_deref(),
        Some("adhoc:وكالات انباء تركيه"),
        "{got:?}"
    );
}

#[test]
fn a_bare_noun_before_what_a_verb_of_speech_says_through_a_preposition_is_the_speaker() {
    let got = subjects("قال وزير الداخلية التركي إن الوضع مستقر. وأعربت الرابطة عن قلقها من التصعيد.");
    assert_eq!(
        got.get(1).cloned().flatten().as_deref(),
        Some("adhoc:الرابطه"),
        "{got:?}"
    );
}

#[test]
fn an_outlet_s_other_name_in_brackets_does_not_lengthen_the_phrase_after_a_subject() {
    // The statement's phrase, then the relay with its acronym: the body named again is still the speaker.
    let got = subjects(
        "أعلنت خلية الإعلام الأمني سقوط قذيفتين قرب الجسر. وقالت الخلية في بيان لها، بحسب وكالة الأنباء العراقية (واع): إن القذيفتين لم توقعا إصابات.",
    );
    assert_eq!(got[1], got[0], "{got:?}");
}
