//! Tests of the extractor on what is no event of the news (a plan, a deed that recurs, a verbal noun after
//! "despite", a byline), on sentences a title of one letter used to cut, and on the text of a sentence that a
//! verb of saying closes: whole sentences of our own.

use super::*;

#[test]
fn a_speaker_after_a_title_of_one_letter_is_read_through_its_stop() {
    let got = read("وقال د. رامي العطار مدير مستشفى الرحمة إن القصف طال الجناح الشرقي للمستشفى.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].1.as_deref().is_some_and(|s| s.contains("رامي العطار")),
        "{got:?}"
    );
}

#[test]
fn a_present_form_dated_after_the_day_of_publication_is_a_plan() {
    // Published 2024-12-06: next week and tomorrow are to come.
    let got = read("ويزور رئيس الوزراء الأردني جعفر حسان القاهرة الأسبوع المقبل. وتعقد اللجنة اجتماعها غدا.");
    assert!(got.is_empty(), "{got:?}");
    // Today, or a past day, is news.
    let got = read("ويزور رئيس الوزراء الأردني جعفر حسان القاهرة اليوم.");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn after_despite_a_verb_form_is_its_verbal_noun() {
    let got = read("ورغم تقدم الجيش الأردني في البلدة، لا يزال الطريق مغلقا.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn the_person_a_plan_names_is_known_to_a_surname_after_it() {
    let got = read(
        "وتزور وزيرة الخارجية الألمانية أنالينا بيربوك عمان الأسبوع المقبل. وقالت الوكالة إن من المقرر أن تزور بيربوك \
         الأردن. وأكدت بيربوك أمس أن الزيارة مهمة.",
    );
    // The plan is no event; "بيربوك" is the minister named in it.
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Annalena Baerbock"), "{got:?}");
}

#[test]
fn a_present_deed_in_a_manner_that_recurs_is_background() {
    for text in [
        "أعلن الجيش الأردني إحباط عملية تهريب. ويقصف الجيش مخازن المهربين بشكل مستمر، ما يوقع خسائر.",
        "أعلن الجيش الأردني إحباط عملية تهريب. وينفذ الجيش دوريات على الحدود بصورة يومية.",
        "أعلن الجيش الأردني إحباط عملية تهريب. ويضبط الجيش يوميا شحنات من المخدرات.",
    ] {
        assert_eq!(read(text).len(), 1, "{:?}", read(text));
    }
}

#[test]
fn a_byline_names_the_writer_and_tells_nothing() {
    let got = read(
        "الجيش الأردني يحبط عملية تهريب على الحدود\nالأحد 3-3-2019 10:00 | كتب: وكالة الرافدين |\nأعلن الجيش الأردني \
         إحباط عملية تهريب.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "أعلن", "{got:?}");
}

#[test]
fn a_deed_the_news_comes_a_day_after_is_news_of_the_day_before() {
    // "غداة" and "بعد يوم (واحد) من" before a verbal noun with its agent: a statement or a deed of its own.
    let got = read_dated("ويأتي القصف، غداة إعلان الجيش الأردني استعادة البلدة.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2.as_deref(), Some("2024-12-05"), "{got:?}");
    let got = read_dated("وجاء هجوم اليوم الجمعة بعد يوم واحد من شن الجيش الأردني غارات على البلدة.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2.as_deref(), Some("2024-12-05"), "{got:?}");
    // A relative deed on the noun after the offset.
    let got =
        read_dated("قصفت القوات الأردنية البلدة صباح الجمعة، وذلك بعد يوم من غارات شنتها طائرات سورية على القرية.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].2.as_deref(), Some("2024-12-05"), "{got:?}");
    // A bare "بعد" gives no day: the deed stays the frame of the news.
    assert!(read("ويأتي القصف بعد تنفيذ الجيش الأردني غارات على البلدة.").is_empty());
}

#[test]
fn a_statement_after_a_deed_of_the_day_before_goes_on_from_the_earlier_speaker() {
    let got = read_dated(
        "أصدرت وزارة الدفاع الأردنية اليوم بيانا عن الضربات. وتأتي الضربات بعد يوم واحد من إعلان الجيش السوري استعادة البلدة. وقال البيان إن الضربات دقيقة.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[1].2.as_deref(), Some("2024-12-05"), "{got:?}");
    assert_eq!(got[2].1, got[0].1, "{got:?}");
}

#[test]
fn a_deed_taken_for_its_doer_names_no_source() {
    // A verbal noun or a deed noun read where a subject stands is what happened, not who did it.
    let got = read("تجدد إطلاق الصواريخ من شمال القطاع نحو عسقلان بعد أن قصفت المدفعية حي الشجاعية.");
    assert!(
        got.iter()
            .all(|(_, s)| !s.as_deref().is_some_and(|s| s.contains("إطلاق"))),
        "{got:?}"
    );
    let got = read("ووصفت الغارات بأنها الأشد منذ مطلع العام في ريف حماة.");
    assert!(got.is_empty(), "{got:?}");
    // With a country's adjective the deed stays that country's.
    let got = read("ووصفت الغارات الروسية بأنها الأشد منذ مطلع العام في ريف حماة.");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_killing_after_a_verb_of_speech_is_its_object() {
    // "وأعلنت مقتل": the toll is what is announced; the speaker is the one before.
    let got = read("وقالت وزارة الصحة في بيان إن المستشفى امتلأ. وأعلنت مقتل خمسة مدنيين في القصف.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        got[1].1.as_deref().is_some_and(|s| s.contains("وزارة الصحة")),
        "{got:?}"
    );
}

#[test]
fn a_force_deed_after_hayth_following_a_deed_is_one_more_strike_of_its_doer() {
    // After a deed, "حيث" with a deed of force and no subject tells another strike of the same doer.
    let got = read("هاجمت جماعة أنصار الله مدينة مأرب صباح الأحد، حيث قصفت مبنى المحافظة بالصواريخ.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, "قصف", "{got:?}");
    assert_eq!(got[1].1, got[0].1, "{got:?}");
    // A deed of another kind after "حيث" describes where or how the deed before happened: no event of its own.
    let got = read("ووصل وزير الخارجية الأردني إلى الرباط قادما من تونس، حيث شارك في اجتماع وزاري.");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_deed_in_a_sentence_of_its_own_carries_no_subject_from_the_sentence_before() {
    // The street fighting is told with no doer: background, not the aircraft's deed.
    let got = read("شن الطيران الحربي غارات على أطراف البلدة مساء أمس. وتخوض حرب شوارع مع عناصر التنظيم.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "شن");
    // Joined in its sentence, the deed keeps the doer; a statement goes on from its speaker.
    let got = read(
        "اقتحمت قوات الاحتلال قرية بيت عور أمس، واعتقلت ثلاثة شبان. وقالت إن الشبان مطلوبون. وأضافت أن الحملة مستمرة.",
    );
    assert_eq!(got.len(), 4, "{got:?}");
}

#[test]
fn a_verb_of_saying_closing_its_sentence_says_the_clauses_before_it() {
    // "، يضيف البيان.": the arrests are what the statement adds; the event's text is the whole sentence.
    let article = Extractor::new().extract(
        "وأعلنت مديرية الأمن العام ضبط شحنة من الأسلحة أمس. وتم توقيف أربعة أشخاص في المداهمة، يضيف البيان.",
        "2024-12-06".parse().expect("an anchor"),
    );
    let texts: Vec<&str> = article.events.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(texts[1].starts_with("وتم توقيف أربعة أشخاص"), "{texts:?}");
    // A clause after a comma that says something itself keeps its own text.
    let article = Extractor::new().extract(
        "من جهته، دعا رئيس مجلس النواب إلى التهدئة.",
        "2024-12-06".parse().expect("an anchor"),
    );
    assert!(
        article.events[0].text.starts_with("دعا"),
        "{:?}",
        article.events[0].text
    );
}

#[test]
fn a_present_deed_with_no_day_after_the_lead_is_what_goes_on() {
    let got = read(
        "قصفت المدفعية الإسرائيلية أطراف بلدة الخيام اليوم. ويواصل الجيش عملياته في المنطقة الحدودية. ويقول السكان \
         إن القصف لم يتوقف.",
    );
    // The deed in the present is the background of the news; the present of saying is news.
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|e| !e.0.contains("ويواصل")), "{got:?}");
    // The same present deed opening the dispatch is its news, and with a day of its own later on too.
    let got = read("يواصل الجيش الأردني عمليات التمشيط في البادية. ويعقد الوزير مؤتمرا صحفيا اليوم.");
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn a_past_deed_or_statement_told_as_repeated_is_no_event_of_one_day() {
    assert!(read("وأعلن الجيش الأمريكي مرارا أنه قتل قادة في التنظيم.").is_empty());
    assert!(read("وقصفت إسرائيل مراراً مواقع للجيش السوري منذ عام 2011.").is_empty());
    assert!(read("وحذرت وزارة الخارجية الأردنية أكثر من مرة من التصعيد.").is_empty());
    // The latest of them, told with its own time, is the event; a repetition inside what is said is not the
    // speaker's.
    assert_eq!(
        read("وقصفت إسرائيل المطار عدة مرات، كان آخرها في نيسان الماضي.").len(),
        1
    );
    assert_eq!(read("وقال الجيش السوري إن إسرائيل قصفت المطار مرارا.").len(), 1);
}

#[test]
fn a_present_form_joined_by_aw_to_a_negated_one_is_negated_too() {
    assert!(read("ولم يعلق حزب الله على الخبر، كما لم ينف أو يؤكد مقتل القائد.").is_empty());
}

#[test]
fn a_word_and_a_dash_opening_a_short_line_credit_an_outlet() {
    // "رصد – X" credits the site; the dispatch after it is news. A verb with its conjunction and an aside after
    // a dash is a verb still.
    let got = read("رصد – أخبار الولاية\nأكد مدير المعبر أن الطريق مغلق.\nوأضاف -في حديثه للموقع- أن الحافلات عادت.");
    let lemmas: Vec<_> = got.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(lemmas, ["أكد", "أضاف"], "{got:?}");
}

#[test]
fn a_deed_told_only_by_its_verbal_noun_needs_a_date_of_its_own() {
    // The cause or the background of the news, with no day of its own: no event.
    let got = read(
        "واشتدت المعارك في كردفان بعد انسحاب الجيش السوداني من مدينة بارا. وتضررت المنازل جراء قصف قوات الدعم \
         السريع للحي. وتوقفت المحادثات ردا على استهداف قوات الدعم السريع قافلة إغاثة.",
    );
    assert!(got.is_empty(), "{got:?}");
    // With a day of its own it is the deed of that day; so is the doer of a toll told in the passive.
    let got = read("واشتدت المعارك في كردفان بعد انسحاب الجيش السوداني من مدينة بارا مساء الأربعاء.");
    assert_eq!(got.len(), 1, "{got:?}");
    let got = read("قتل ثلاثة مدنيين جراء قصف قوات الدعم السريع لمنازلهم.");
    assert_eq!(got.len(), 1, "{got:?}");
    // A statement told by its verbal noun with its speaker is what the speaker said.
    let got = read("وعلا التصفيق في القاعة عقب إعلان رئيس المجلس نبيه بري فوز المرشح بالرئاسة.");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_clause_opened_as_the_time_before_the_news_needs_a_date_of_its_own() {
    // "وسبق أن", "وسبق لـ": it had happened before; "ومنذ ذلك الحين" + a deed: what has gone on since.
    let got = read(
        "وسبق أن شنت القوات العراقية حملات ضد الخلايا في الصحراء. وسبق لمسؤولين إيرانيين أن هددوا بإغلاق المضيق. \
         ومنذ ذلك الحين، تبادلت روسيا وأوكرانيا مئات الأسرى.",
    );
    assert!(got.is_empty(), "{got:?}");
    // With a day of its own it is the news of that day; a teller's statement since then is news.
    let got = read("وسبق أن أعلنت وزارة الدفاع العراقية، الشهر الماضي، تحرير القرية.");
    assert_eq!(got.len(), 1, "{got:?}");
    let got = read("ومنذ ذلك الحين، قتل أكثر من مئة مدني، حسبما ذكرت الأمم المتحدة.");
    assert_eq!(got.len(), 1, "{got:?}");
    // "سبق (لـ X) أن" inside the clause, after its subject or an auxiliary, and a verb joined to such a clause
    // with the same subject: all told as the time before the news.
    let got = read(
        "وكانت الجبهة قد سبق لها أن أعلنت النفير العام. عشائر عربية عديدة سبق أن هددت الحكومة بالتصعيد. \
         وسبق لجيش التحرير أن هاجم المعسكر ذاته وتوعد بمواصلة هجماته.",
    );
    assert!(got.is_empty(), "{got:?}");
    // "ومنذ" + a noun + its date, before a deed: what has gone on since the war broke out.
    let got = read("ومنذ اندلاع المعارك في الإقليم عام 2019، شنت الطائرات عشرات الغارات على القرى.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_verb_form_right_after_a_happening_describes_it() {
    // "هدوء حذر": a cautious calm, not "warned"; the speaker before does not warn of anything.
    let got =
        read("قال محافظ المدينة إن الوضع تحت السيطرة. فيما ساد هدوء حذر على الأحياء الشرقية بعد ليلة من المواجهات.");
    assert_eq!(got.len(), 1, "{got:?}");
    let got = read("وأفاد شهود بأن المدينة شهدت هدوءا حذرا صباح اليوم.");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_clause_opened_by_lam_tells_nothing_that_happened() {
    // Neither the comment nor the announcement after "أو" happened.
    let got = read("قصف الجيش الإسرائيلي مواقع في الجنوب. ولم يعلق حزب الله على الغارات أو يعلن مقتل عناصر له.");
    assert_eq!(got.len(), 1, "{got:?}");
    let got = read("ولم يصدر تعليق فوري من قوات الدعم السريع على ما ورد في بيان شبكة أطباء السودان.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_relative_clause_that_tells_a_deed_describes_its_antecedent() {
    // The operation was launched before the news: the clause names it, and is no event.
    let got = read("وقال المرصد إن عشرة مقاتلين قتلوا في المعارك. وتتواصل العملية، التي أطلقتها القوات التركية في 20 يناير الماضي، ضد المسلحين.");
    assert_eq!(got.len(), 1, "{got:?}");
    let got = read("وأعلنت وزارة الدفاع مقتل خمسة مسلحين، والتي وصلت قواتها إلى البلدة في مارس الماضي.");
    assert_eq!(got.len(), 1, "{got:?}");
    // A statement told in a relative clause is one.
    let got = read("وتعرضت دورية لهجوم قرب الحدود، بحسب وزارة الدفاع التركية، التي أكدت أن الهجوم لم يسفر عن إصابات.");
    assert!(got.iter().any(|(lemma, _)| lemma == "أكد"), "{got:?}");
}

#[test]
fn a_deed_of_the_last_weeks_or_months_is_background() {
    assert!(read("وحقق الجيش تقدما ملحوظا في الأشهر القليلة الماضية.").is_empty());
    assert!(read("وصعدت القوات من هجماتها في الأسابيع الماضية.").is_empty());
    // A statement made then stays one, and the time is no part of its speaker's name.
    let got = read("وأعلنت الوزارة في الآونة الأخيرة أنها ستفتح المعبر.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("الوزارة"), "{got:?}");
}

#[test]
fn a_deed_joined_to_what_a_statement_says_goes_on_telling_it() {
    // "وفرضت" has no subject of its own: the police of what the office says, not the office.
    let got = read(
        "وأضافت دائرة الأوقاف أن الشرطة حولت البلدة القديمة إلى ثكنة عسكرية، وفرضت قيودا على دخول المصلين. \
         وفرضت الشرطة الإسرائيلية قيودا على دخول المصلين.",
    );
    let lemmas: Vec<&str> = got.iter().map(|(lemma, _)| lemma.as_str()).collect();
    // In a sentence of its own the deed is one.
    assert_eq!(lemmas, ["أضاف", "فرض"], "{got:?}");
}

#[test]
fn a_statement_about_the_antecedent_of_a_relative_pronoun_is_no_event() {
    // "التي أعلن عنها الرئيس", "الذي أعلنت الحركة مسؤوليتها عنه": the clause describes the plan or the attack;
    // "وزارة الدفاع، التي أكدت أن" is the ministry's statement still.
    let got = read(
        "ورحب الأردن بالخطة. التي أعلن عنها الرئيس الأمريكي دونالد ترامب. وقتل عشرة في الهجوم. الذي أعلنت حركة \
         طالبان مسؤوليتها عنه. وقالت وزارة الدفاع الروسية، التي أكدت أن الهجوم فشل، إن الحدود آمنة.",
    );
    let lemmas: Vec<&str> = got.iter().map(|(lemma, _)| lemma.as_str()).collect();
    assert_eq!(lemmas, ["رحب", "قال", "أكد"], "{got:?}");
}
