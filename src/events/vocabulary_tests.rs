//! Tests of the extractor on its vocabulary (data/attribution: verbs, titles, nouns, catalog rows): one family of
//! words each, read in whole sentences of our own.

use super::*;

#[test]
fn making_do_with_saying_is_a_statement() {
    // "اكتفى X بالقول إن": a statement; making do with anything else is none.
    let got = read("واكتفى الناطق باسم الجيش اللبناني بالقول إن التحقيق جار. واكتفت القوات بمراقبة الطريق.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "اكتفى");
    assert_eq!(got[0].1.as_deref(), Some("Lebanese Armed Forces"), "{got:?}");
}

#[test]
fn reading_out_a_statement_is_a_statement() {
    // "تلا/قرأ X بيانا": a statement of the reader; "تلا ذلك" (followed) and other reading are none.
    let got = read(
        "وتلا وزير الدفاع الأوكراني بيانا باسم الحكومة. وقرأت الناطقة باسم الخارجية الروسية رسالة الوزير. \
         وتلا ذلك انسحاب القوات من البلدة. وقرأ الطلاب الدروس.",
    );
    let lemmas: Vec<&str> = got.iter().map(|(lemma, _)| lemma.as_str()).collect();
    assert_eq!(lemmas, ["تلا", "قرأ"], "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Maria Zakharova"), "{got:?}");
}

#[test]
fn mocking_is_a_statement_and_harnessing_is_none() {
    // "سخر X من": a statement of X; "سخّرت الحكومة إمكاناتها" (harnessed), with no "من" or "قائلة", is none.
    let got = read("وسخر وزير الخارجية الروسي من التصريحات الأمريكية. وسخرت الحكومة إمكاناتها لخدمة النازحين.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "سخر");
    assert_eq!(got[0].1.as_deref(), Some("Sergey Lavrov"), "{got:?}");
}

#[test]
fn clearing_a_place_is_an_evacuation() {
    let got = read("وأخلى الجيش اللبناني مواقعه الحدودية قبل الغارة.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "أخلى");
    assert_eq!(got[0].1.as_deref(), Some("Lebanese Armed Forces"), "{got:?}");
}

#[test]
fn granting_is_a_decision_and_grants_are_none() {
    let got = read("ومنحت الحكومة العراقية الفصائل مهلة أسبوع لتسليم السلاح.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "منح");
    assert_eq!(got[0].1.as_deref(), Some("Government of Iraq"), "{got:?}");
    // "منح دراسية" is the noun "grants": the statement is the only event.
    let got = read("وأعلنت وزارة التعليم العالي العراقية عن منح دراسية للطلاب.");
    let lemmas: Vec<&str> = got.iter().map(|(lemma, _)| lemma.as_str()).collect();
    assert_eq!(lemmas, ["أعلن"], "{got:?}");
}

#[test]
fn sending_on_a_mission_is_a_deployment() {
    let got = read("وأوفد الرئيس الفرنسي مبعوثا خاصا إلى بيروت.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "أوفد");
    assert_eq!(got[0].1.as_deref(), Some("Emmanuel Macron"), "{got:?}");
}

#[test]
fn extending_a_state_is_a_decision_and_reinforcements_are_none() {
    let got = read("ومددت الحكومة العراقية حظر التجول في المدينة.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "مدّد");
    assert_eq!(got[0].1.as_deref(), Some("Government of Iraq"), "{got:?}");
    // "مدد" is also "reinforcements".
    let got = read("وينتظر المقاتلون مدد من القيادة.");
    assert!(got.iter().all(|(lemma, _)| lemma != "مدّد"), "{got:?}");
}

#[test]
fn suspending_exams_is_a_suspension() {
    let got = read("وعلقت وزارة التربية العراقية امتحانات الشهادة الإعدادية بسبب الاشتباكات.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "علق");
    assert_eq!(got[0].1.as_deref(), Some("Ministry of Education (Iraq)"), "{got:?}");
}

#[test]
fn escorting_surrounding_forcing_organising_pounding_and_wrecking_are_deeds() {
    let got = read("ورافقت قوات من الجيش السوري قافلة المساعدات إلى حمص.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "رافق");
    assert_eq!(got[0].1.as_deref(), Some("Syrian Arab Army"), "{got:?}");
    let got = read("وأحاط مقاتلو حركة حماس الموقع العسكري من ثلاث جهات.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "أحاط");
    assert_eq!(got[0].1.as_deref(), Some("Hamas"), "{got:?}");
    let got = read("وكانت قوات الدعم السريع أجبرت مئات الأسر على مغادرة القرية.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "أجبر");
    assert_eq!(got[0].1.as_deref(), Some("Rapid Support Forces"), "{got:?}");
    let got = read("ودكت المدفعية الإسرائيلية أطراف بلدة الخيام.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "دكّ");
    assert_eq!(got[0].1.as_deref(), Some("Israel Defense Forces"), "{got:?}");
    // The light verb with the verbal noun of "خرّب".
    let got = read("وقامت قوات الاحتلال بتخريب شبكة المياه في المخيم.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "خرّب");
    assert_eq!(got[0].1.as_deref(), Some("Israel Defense Forces"), "{got:?}");
    // "شرع" only with the "في" of what is begun.
    let got = read("وشرعت فرق الدفاع المدني السوري في رفع الأنقاض.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "شرع");
    // "دفع" with the army's own vehicles.
    let got = read("اقتحمت قوات الاحتلال البلدة، ودفعت بآلياتها إلى وسطها.");
    let lemmas: Vec<&str> = got.iter().map(|(lemma, _)| lemma.as_str()).collect();
    assert_eq!(lemmas, ["اقتحم", "دفع"], "{got:?}");
}

#[test]
fn organising_is_a_protest_and_systems_are_none() {
    let got = read("ونظم آلاف الطلاب في الخرطوم مسيرات تندد بالحرب.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "نظّم");
    // "نظم" is also "systems": without what is organised after it, no verb.
    let got = read("وتعمل نظم الدفاع الجوي على اعتراض الصواريخ.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn halting_a_service_and_resigning_are_decisions() {
    let got = read("وأوقفت السلطات السودانية خدمة الإنترنت في ولاية الجزيرة.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "أوقف");
    assert_eq!(got[0].1.as_deref(), Some("Government of Sudan"), "{got:?}");
    let got = read("واستقال وزير الصحة اللبناني فراس الأبيض من منصبه.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "استقال");
    assert_eq!(got[0].1.as_deref(), Some("Firass Abiad"), "{got:?}");
    // The unvowelled passive, with no subject written, is no deed of the speaker before.
    let got = read("وقال الجيش السوداني إن الوضع هادئ. وأوقف ثلاثة أشخاص عند الحاجز.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "قال");
}

#[test]
fn sniping_is_an_attack_and_the_noun_is_none() {
    let got = read("وقامت قوات الدعم السريع بقنص عدد من المدنيين قرب السوق.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "قنص");
    assert_eq!(got[0].1.as_deref(), Some("Rapid Support Forces"), "{got:?}");
    let got = read("وقنصت القوات الإسرائيلية شابا قرب الحاجز.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Israel Defense Forces"), "{got:?}");
    // The noun: "برصاص قنص".
    let got = read("وقالت وزارة الصحة الفلسطينية إن شابا أصيب برصاص قنص في المخيم.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "قال");
}

#[test]
fn winning_is_a_deed_of_the_subject_written() {
    let got = read("وفاز حزب الله بمقاعد الدائرة كلها.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "فاز");
    assert_eq!(got[0].1.as_deref(), Some("Hezbollah"), "{got:?}");
    let got = read("وأعلنت حركة حماس النفير العام. وفازت بالجائزة الأولى.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "أعلن");
}

#[test]
fn taking_a_street_is_a_movement_and_a_corps_is_none() {
    let got = read("وسلك المتظاهرون شارع الجمهورية وصولا إلى القصر.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "سلك");
    assert_eq!(got[0].1.as_deref(), Some("المتظاهرون"), "{got:?}");
    let got = read("وقال الجيش السوري إن سلك الشرطة يتبع وزارة الداخلية.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "قال");
}

#[test]
fn holding_a_meeting_in_the_present_is_an_event() {
    let got = read("ويعقد مجلس الأمن الدولي جلسة طارئة حول السودان.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "عقد");
    assert_eq!(got[0].1.as_deref(), Some("United Nations Security Council"), "{got:?}");
    // After "لن" it is none.
    let got = read("وقال مصدر دبلوماسي إن المجلس لن يعقد جلسة هذا الأسبوع.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "قال");
}

#[test]
fn organising_in_the_present_is_a_protest_and_regulating_is_none() {
    let got = read("وتنظم حركة حماس مسيرة حاشدة في غزة يوم الجمعة.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "نظّم");
    assert_eq!(got[0].1.as_deref(), Some("Hamas"), "{got:?}");
    let got = read("وقالت الحكومة المصرية إن القانون الجديد ينظم عمل المنظمات الأهلية.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "قال");
}

#[test]
fn tweeters_are_a_crowd_that_posts() {
    let got = read("ونشر مغردون سودانيون صورا للدمار في الخرطوم.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "نشر");
    assert_eq!(got[0].1.as_deref(), Some("مغردون سودانيون"), "{got:?}");
}

#[test]
fn the_typo_of_announced_is_read_only_with_its_about() {
    let got = read("وكان الجيش المالي قد أعن عن مقتل جنديين.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "أعن");
    assert_eq!(got[0].1.as_deref(), Some("Malian Armed Forces"), "{got:?}");
}

#[test]
fn a_sergeant_a_colonel_pilot_and_a_founder_are_titles_of_the_named_person() {
    let got = read("وقالت الرقيب أول سلمى عثمان، المتحدثة باسم اللواء، إن الدفاعات صدت الهجوم.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("سلمى عثمان"), "{got:?}");
    // A rank and its specialty without the article between a title and the name.
    let got = read("وقال الناطق باسم قوات الحكومة عقيد طيار سالم الورفلي، إن قواته تقدمت.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("سالم الورفلي"), "{got:?}");
    let got = read("وأعلن مؤسس حركة الشباب الديمقراطي، سامر خليل، أن الحركة ستقاطع الانتخابات.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("سامر خليل"), "{got:?}");
}

#[test]
fn taking_part_and_expecting_are_events_in_the_present() {
    let got = read("ويشارك وزير الخارجية التركي في اجتماع بروكسل.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "شارك");
    assert_eq!(got[0].1.as_deref(), Some("Hakan Fidan"), "{got:?}");
    let got = read("ويتوقع محللون أن تستمر المعارك.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "توقع");
    // Negated, no event.
    let got = read("ولا يتوقع محللون أن تستمر المعارك.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn scorning_is_a_condemnation() {
    let got = read("واستهجن الجيش السوري صمت المجتمع الدولي.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "استهجن");
    assert_eq!(got[0].1.as_deref(), Some("Syrian Arab Army"), "{got:?}");
    let got = read("واستهجنت وزارة الخارجية التركية قرار البرلمان الأوروبي.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "استهجن");
}

#[test]
fn exposing_and_belying_a_claim_are_statements_and_a_lie_is_none() {
    let got = read("وفضح الجيش السوري ادعاءات الفصائل المسلحة.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "فضح");
    assert_eq!(got[0].1.as_deref(), Some("Syrian Arab Army"), "{got:?}");
    let got = read("وكذبت وزارة الخارجية التركية التقارير عن انسحاب قواتها.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "كذّب");
    // "كذب" is also the noun "lie": no verb before an indefinite adjective.
    let got = read("وقال الجيش السوري إن ما نشرته الفصائل كذب صريح.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "قال");
}

#[test]
fn a_governor_who_is_a_woman_is_a_title_before_her_name() {
    let got = read("وقالت محافظة اللاذقية سعاد الحسن لوكالة رويترز إن القصف توقف.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("سعاد الحسن"), "{got:?}");
    // With no name after it, the governorate speaks.
    let got = read("وقالت محافظة حماة في بيان إن الطريق مغلق.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("محافظة حماة"), "{got:?}");
}

#[test]
fn waqa_a_is_signing_only_before_what_is_signed() {
    let got = read("ووقع وزير الخارجية سامر العلي اتفاقا للتعاون الأمني مع نظيره.");
    assert_eq!(got.len(), 1, "{got:?}");
    // "وقعت اشتباكات", "وقع انفجار": something happened, no one signed.
    let lead = "وقال مصدر أمني إن القوات تقدمت. ";
    for text in [
        "حيث وقعت اشتباكات عنيفة في المدينة.",
        "ووقع انفجار قرب السفارة صباح اليوم.",
    ] {
        let got = read(&format!("{lead}{text}"));
        assert_eq!(got.len(), 1, "{text}: {got:?}");
    }
}

#[test]
fn withdrawing_told_with_the_light_verb_is_a_withdrawal() {
    let got = read("وقامت موسكو بسحب مستشاريها العسكريين من القاعدة الجوية.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "سحب");
    assert_eq!(got[0].1.as_deref(), Some("Russia"), "{got:?}");
}

#[test]
fn closing_is_a_deed_of_a_written_subject() {
    let got = read("وأغلقت السلطات المصرية معبر رفح أمام المسافرين.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "أغلق");
    // Unvowelled "أغلق" is mostly the passive, and "وأغلقوا" with no subject takes no speaker.
    let got = read("وقال مصدر أمني إن الوضع هادئ. وأغلق المعبر أمام المسافرين. وأغلقوا الطرق المؤدية إلى المدينة.");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn reacting_is_a_deed_only_before_its_with() {
    let got = read("وتفاعل ناشطون سودانيون على منصة إكس مع الوسم.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "تفاعل");
    // The noun "interaction", and the verb with no "مع" after it.
    let got = read("وقال مصدر أمني إن التفاعل مع الوسم كبير. وتفاعلت القضية في الأوساط السياسية.");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_lawyer_a_professor_a_writer_a_commander_and_a_witness_are_titles_of_the_named_person() {
    for (text, name) in [
        ("وأكد المحامي سالم العتيبي أن المحكمة رفضت الطعن.", "سالم العتيبي"),
        (
            "وقالت أستاذة القانون الدولي، منى الكندري: إن القرار ملزم.",
            "منى الكندري",
        ),
        ("وأوضح الكاتب الصحفي ناصر القحطاني أن الحوار متعثر.", "ناصر القحطاني"),
        (
            "وأعلن آمر غرفة عمليات المنطقة الغربية، العقيد فهد الشريف، أن الطريق فتح.",
            "فهد الشريف",
        ),
        (
            "وقال شاهد العيان عمر حسن يوسف إن القذائف سقطت قرب المدرسة.",
            "عمر حسن يوسف",
        ),
    ] {
        let got = read(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].1.as_deref(), Some(name), "{text}: {got:?}");
    }
}

#[test]
fn the_azawad_framework_and_the_army_of_mali_are_in_the_catalog() {
    let got = read("واتهم الإطار الاستراتيجي لحماية شعب أزواد القوات الحكومية بقصف سوق البلدة.");
    assert_eq!(got.len(), 1, "{got:?}");
    let framework = "Strategic Framework for the Defence of the People of Azawad (CSP-DPA)";
    assert_eq!(got[0].1.as_deref(), Some(framework), "{got:?}");
    let got = read("وقال جيش مالي في بيان إن دورياته صدت هجوما قرب الحدود.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Malian Armed Forces"), "{got:?}");
}

#[test]
fn telling_an_outlet_or_an_official_is_a_statement() {
    // The outlet told, as after "أبلغ", is the relay of what is said.
    let got = read("وأخبر مسؤولان عسكريان صحيفة الشرق الأوسط عن تعزيزات في المنطقة.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "أخبر");
    let got = read("وأخبرت وزارة الخارجية الإماراتية السفراء أن الحدود مغلقة.");
    assert_eq!(got.len(), 1, "{got:?}");
    let mofa = "Ministry of Foreign Affairs (United Arab Emirates)";
    assert_eq!(got[0].1.as_deref(), Some(mofa), "{got:?}");
}

#[test]
fn condolences_are_a_statement_only_with_the_loss_after_them() {
    let got = read("عزت وزارة الخارجية القطرية بسقوط ضحايا في انفجار الميناء.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "عزّى");
    let mofa = "Ministry of Foreign Affairs (Qatar)";
    assert_eq!(got[0].1.as_deref(), Some(mofa), "{got:?}");
    // "عزت" the given name, and "عزت" the feminine of "عزا" (attributed).
    let got = read("وقال عزت الرشق إن الحركة ملتزمة بالاتفاق. وعزت الوزارة الحادث إلى خلل فني.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "قال");
}

#[test]
fn the_security_media_cell_is_named_without_its_head_noun() {
    let got = read("أعلن الإعلام الأمني العراقي، مساء الأحد، اعتقال ثلاثة مطلوبين في كركوك.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Security Media Cell (Iraq)"), "{got:?}");
}

#[test]
fn stressing_is_a_statement_only_before_what_is_said() {
    let got = read("وأبرز المتحدث العسكري أن الدفاعات الجوية اعترضت الصواريخ.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "أبرز");
    // The elative "most prominent", with no "أن" after it.
    let got =
        read("وقال مصدر أمني إن المدينة هادئة. وتعد الجماعة أبرز فصائل المعارضة في الجنوب. وأبرزها الهجوم على المطار.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "قال");
}

#[test]
fn fighting_told_in_the_present_is_a_deed_but_not_after_haythu() {
    let got = read("وتقاتل حركة الشباب القوات الحكومية في إقليم شبيلي.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "قاتل");
    assert_eq!(got[0].1.as_deref(), Some("Al-Shabaab (Somalia)"), "{got:?}");
    // After "حيث" a present explains what went before: a state, no event.
    let got = read("وقال مصدر أمني إن الوضع متوتر في الشمال، حيث تقاتل القوات الحكومية المتمردين.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "قال");
}

#[test]
fn fighter_jets_of_a_country_are_its_air_force_and_vehicles_its_army() {
    for (text, force) in [
        (
            "شنت مقاتلات إسرائيلية، مساء الأحد، غارات على مستودعات في الميناء.",
            "Israeli Air Force",
        ),
        (
            "وتقدمت الآليات العسكرية الإسرائيلية نحو أطراف البلدة.",
            "Israel Defense Forces",
        ),
    ] {
        let got = read(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].1.as_deref(), Some(force), "{text}: {got:?}");
    }
}
