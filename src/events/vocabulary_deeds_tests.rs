//! Tests of the extractor on its vocabulary, continued (`vocabulary_tests.rs`): verbs of deeds, events of
//! crowds and bodies, and the subjects their rows ask for, read in whole sentences of our own.

use super::*;

#[test]
fn surrounding_calling_in_and_commemorating_are_deeds() {
    // "طوّق", "استعان", "أحيا": deeds of the subject written after them; "طوق أمني" (a cordon) is a noun.
    let got = read(
        "وطوقت قوات الأمن مبنى البرلمان. واستعانت الشرطة المصرية بقوات مكافحة الشغب. وأحيا آلاف المحتجين ذكرى \
         الانتفاضة. وفرضت الشرطة المصرية طوق أمني حول المبنى.",
    );
    let lemmas: Vec<&str> = got.iter().map(|(lemma, _)| lemma.as_str()).collect();
    assert_eq!(lemmas, ["طوق", "استعان", "أحيا", "فرض"], "{got:?}");
}

#[test]
fn states_in_the_plural_are_a_group_of_states() {
    // "رحبت الدول الخليجية", "قالت دول عربية": the states named together speak, as "الدولة" alone does.
    let got = read("ورحبت الدول الخليجية بالهدنة يوم الأحد. وقالت دول أفريقية في بيان مشترك إن الحوار هو الحل.");
    let sources: Vec<Option<&str>> = got.iter().map(|(_, source)| source.as_deref()).collect();
    assert_eq!(sources, [Some("الدول الخليجية"), Some("دول أفريقية")], "{got:?}");
}

#[test]
fn showing_hosting_raising_a_toll_being_forced_using_asking_and_finding_are_events() {
    // "أظهر", "استضاف", "رفع" (before a toll), "اضطر", "استعمل", "تساءل", "عثر": each an event of the subject written
    // after it. Lifting barriers ("رفع الحواجز") is none, nor a find told in the passive ("وعثر على جثة").
    let got = read(
        "وأظهر التلفزيون السوري الرسمي صورا لمخزن الأسلحة. واستضافت قطر جولة جديدة من المفاوضات. ورفعت وزارة \
         الصحة الفلسطينية عدد الضحايا إلى 40 قتيلا. واضطرت الأونروا إلى إغلاق مدرستين. واستعملت الشرطة \
         الإسرائيلية خراطيم المياه لتفريق المحتجين. وتساءل وزير الخارجية الروسي عن جدوى العقوبات. وعثرت الشرطة \
         العراقية على مخزن للأسلحة. ورفع الجيش اللبناني الحواجز عن الطريق. وعثر على جثة في النهر.",
    );
    let lemmas: Vec<&str> = got.iter().map(|(lemma, _)| lemma.as_str()).collect();
    assert_eq!(
        lemmas,
        ["أظهر", "استضاف", "رفع", "اضطر", "استعمل", "تساءل", "عثر"],
        "{got:?}"
    );
    assert_eq!(got[5].1.as_deref(), Some("Sergey Lavrov"), "{got:?}");
}

#[test]
fn receiving_reviewing_crowding_and_expelling_are_events() {
    // "تسلّم", "استعرض", "تجمهر", and "قام X بطرد": each an event of the subject written after it.
    let got = read(
        "وتسلّم وزير الخارجية الأردني نسخة من أوراق اعتماد السفير الياباني. واستعرض الوزيران الأوضاع في \
         المنطقة. وتجمهر مئات المزارعين أمام مبنى البلدية. وقامت الشرطة الفرنسية بطرد المحتجين من الساحة.",
    );
    let lemmas: Vec<&str> = got.iter().map(|(lemma, _)| lemma.as_str()).collect();
    assert_eq!(lemmas, ["تسلم", "استعرض", "تجمهر", "طرد"], "{got:?}");
}

#[test]
fn the_darfur_joint_force_is_named_as_it_names_itself() {
    // Its statements and the Sudanese press call it "القوة المشتركة لحركات الكفاح المسلح"; the shorter form the
    // catalog gave as its name stays an alias.
    let extractor = Extractor::new();
    let article = extractor.extract(
        "وقالت القوة المشتركة للحركات المسلحة في بيان إنها صدت هجوما على مدينة الطينة.",
        "2024-06-10".parse().expect("an anchor"),
    );
    let source = article.events[0].source.as_ref().expect("a source");
    assert_eq!(
        (source.id.as_str(), source.name_ar.as_str()),
        ("sd.joint-force", "القوة المشتركة لحركات الكفاح المسلح")
    );
}

#[test]
fn fleeing_retreating_voting_and_blocking_are_deeds_of_their_written_subject() {
    // "فر", "تراجع", "صوت بالإجماع", "سد الطرق": deeds of the subject after them; the ones who fled in a
    // relative clause, a verbal noun, a rate that falls, a voice and a dam are none.
    let got = read(
        "وفرّ قائد الميليشيا من المدينة مساء الأحد. وتراجعت القوات الحكومية إلى أطراف البلدة. وصوت البرلمان \
         الأردني بالإجماع على القانون. وسد المحتجون الطرق المؤدية إلى المطار. وفي المخيم عائلات فرت من القرية. \
         وسط تراجع ملحوظ للمسلحين. وتراجعت وتيرة الهجمات في الجنوب. وكان صوت الانفجار قويا. \
         وارتفع منسوب المياه خلف سد الموصل.",
    );
    let lemmas: Vec<&str> = got.iter().map(|(lemma, _)| lemma.as_str()).collect();
    assert_eq!(lemmas, ["فر", "تراجع", "صوت", "سد"], "{got:?}");
}

#[test]
fn overthrowing_a_ruler_and_wreaking_destruction_are_deeds() {
    // "أطاح X بالرئيس" (a coup) and "أحدث X دمارا" are deeds of their subject; "أحدث" before no destruction is
    // a report's or a thing's "newest", and the overthrow told as a noun is background.
    let got = read(
        "وأطاح الجيش السوداني بالرئيس فجر الاثنين. وأحدثت القوات الإسرائيلية دمارا واسعا في حي الشجاعية. \
         وافتتحت الشركة أحدث مصانعها في المدينة. ومنذ الإطاحة بالرئيس تراجعت الخدمات.",
    );
    let lemmas: Vec<&str> = got.iter().map(|(lemma, _)| lemma.as_str()).collect();
    assert_eq!(lemmas, ["أطاح", "أحدث"], "{got:?}");
}

#[test]
fn setting_about_or_doing_again_a_deed_is_the_deed_of_its_verbal_noun() {
    // "أعاد/باشر" + the verbal noun of a deed as their object, without "بـ": that deed, of the subject between.
    let got = read("وأعادت قوات الاحتلال اقتحام بلدة بيتا جنوب نابلس.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "اقتحم");
    assert_eq!(got[0].1.as_deref(), Some("Israel Defense Forces"), "{got:?}");
    let got = read("وباشر الجيش السوداني اقتحام مدينة بارا من ثلاثة محاور.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "اقتحم");
    assert_eq!(got[0].1.as_deref(), Some("Sudanese Armed Forces"), "{got:?}");
    // "أعاد التأكيد" stays a statement; doing again what no verb of the table tells is no event.
    let got = read("وأعاد وزير الخارجية المصري التأكيد على رفض التهجير. وأعادت البلدية ترميم السوق القديم.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "أعاد");
}

#[test]
fn trying_or_managing_a_deed_is_the_deed_of_its_object() {
    // "حاول/استطاع X + verbal noun": the deed of the verbal noun, of X; with an object no verb of the table tells,
    // the attempt itself.
    let got = read(
        "وحاولت قوات الاحتلال اقتحام بلدة عقربا. واستطاع الجيش السوداني السيطرة على جسر الحلفايا. \
         وحاول مسلحون مجهولون التسلل إلى ثكنة للجيش.",
    );
    let lemmas: Vec<&str> = got.iter().map(|(lemma, _)| lemma.as_str()).collect();
    assert_eq!(lemmas, ["اقتحم", "سيطر", "حاول"], "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Israel Defense Forces"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Sudanese Armed Forces"), "{got:?}");
    // A verb of managing already in the table takes the kind of its object too.
    let got = read("وتمكنت قوات الجيش اللبناني من اعتقال أحد المطلوبين.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "اعتقل");
}

#[test]
fn hastening_to_a_deed_is_that_deed_of_a_written_subject() {
    // "سارع/بادر X إلى + verbal noun": the deed of the verbal noun; hastening to what no verb tells is none.
    let got = read("وسارعت الخارجية الروسية إلى نفي التقرير. وبادر الأهالي إلى إسعاف الجرحى.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "نفى");
}

#[test]
fn a_funeral_of_martyrs_a_session_s_sitting_and_an_apology_are_events() {
    // "شيّع X الشهيدين", "عقد المجلس أولى جلساته", "اعتذر X عن": a funeral, a meeting, a statement; "شيّع"
    // with nothing mourned after it is none.
    let got = read(
        "وشيّع حزب الله الشهيدين في بلدة عيترون. وعقد مجلس النواب الليبي أولى جلساته في بنغازي. واعتذر وزير \
         الخارجية الأردني عن المشاركة في المؤتمر. وشيّع الحزب أفكاره بين الشباب.",
    );
    let lemmas: Vec<&str> = got.iter().map(|(lemma, _)| lemma.as_str()).collect();
    assert_eq!(lemmas, ["شيع", "عقد", "اعتذر"], "{got:?}");
}

#[test]
fn users_of_social_media_attackers_and_a_local_media_office_are_speakers() {
    let got = read(
        "وتداول مستخدمو مواقع التواصل صورا للقصف. كما أضرم المهاجمون النار في المنازل. وأوضح إعلام محافظة \
         تعز أن القصف استهدف حيا سكنيا. وصوت النواب الحاضرون على القانون. وشكر وزير الصحة الأردني كل من ساهم في الإغاثة.",
    );
    let sources: Vec<&str> = got.iter().filter_map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        sources,
        [
            "مستخدمو مواقع التواصل",
            "المهاجمون",
            "إعلام محافظة تعز",
            "النواب",
            "وزير الصحة الأردني"
        ],
        "{got:?}"
    );
}

#[test]
fn urging_with_dad_repeating_and_raining_rockets_are_events() {
    // "حضّ" is "حثّ" with another letter; "كرر" restates; "أمطر" a barrage of rockets or shells.
    let got = read(
        "وحضت السلطات الأوكرانية السكان على البقاء في الملاجئ. وكرر الجيش الإسرائيلي مزاعمه بأن المدرسة مقر \
         للمسلحين. وأمطرت كتائب القسام البلدات الحدودية بالصواريخ.",
    );
    let lemmas: Vec<&str> = got.iter().map(|(lemma, _)| lemma.as_str()).collect();
    assert_eq!(lemmas, ["حض", "كرر", "أمطر"], "{got:?}");
}

#[test]
fn families_rescuers_and_the_militia_named_again_are_subjects() {
    // "ذوو X" and "رجال X" head subjects the catalog does not know; "الميليشيا" is the armed group named last,
    // not the speaker before it.
    let got = read(
        "قالت السلطات إن 20 شخصا قتلوا. وواصل رجال الإنقاذ البحث عن ناجين. وعبر ذوو المختطفين عن قلقهم. أعلنت جماعة \
         الحوثي استهداف سفينة. وأعلنت القيادة المركزية الأمريكية تدمير مسيرات، في حين أعلنت الميليشيا إسقاط طائرة.",
    );
    let sources: Vec<&str> = got.iter().filter_map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        sources,
        [
            "السلطات",
            "رجال الإنقاذ",
            "ذوو المختطفين",
            "Ansar Allah (Houthis)",
            "United States Central Command",
            "Ansar Allah (Houthis)"
        ],
        "{got:?}"
    );
}

#[test]
fn an_incursion_told_after_a_light_verb_is_a_deed() {
    // "قامت X بالتوغل": the verbal noun of "توغل" is written as its verb.
    let got = read("وقامت قوات الاحتلال بالتوغل في قرية الصمدانية.");
    let lemmas: Vec<&str> = got.iter().map(|(lemma, _)| lemma.as_str()).collect();
    assert_eq!(lemmas, ["توغل"], "{got:?}");
}

#[test]
fn without_opens_no_subject() {
    // "دون الكشف عن اسمه" is how the speaker spoke, not who.
    let got = read("وقال مصدر عسكري إن القصف مستمر. وأضاف دون الكشف عن اسمه أن الطرق مغلقة.");
    let sources: Vec<&str> = got.iter().filter_map(|(_, s)| s.as_deref()).collect();
    assert_eq!(sources, ["مصدر عسكري", "مصدر عسكري"], "{got:?}");
}

#[test]
fn a_country_s_people_counted_are_a_crowd() {
    // "مئات الأردنيين": the plural of a nisba counted in construct names people, the subject of their deed.
    let got = read("واصل مئات الأردنيين احتجاجهم قرب السفارة الإسرائيلية.");
    let sources: Vec<&str> = got.iter().filter_map(|(_, s)| s.as_deref()).collect();
    assert_eq!(sources, ["مئات الأردنيين"], "{got:?}");
}

#[test]
fn abstaining_breaching_planting_engaging_adopting_and_touring_are_deeds() {
    // Each a deed of the body named, as real dispatches tell them (sentences of our own).
    let cases = [
        ("وامتنعت روسيا عن التصويت على مشروع القرار.", "امتنع"),
        ("واخترقت طائرة مسيرة إسرائيلية أجواء الجنوب اللبناني.", "اخترق"),
        ("وزرع مسلحو تنظيم داعش عبوات ناسفة على طريق القرية.", "زرع"),
        ("وتعاملت الدفاعات الجوية السورية مع أهداف معادية في سماء دمشق.", "تعامل"),
        ("واعتمد مجلس الأمن الدولي القرار بإجماع أعضائه.", "اعتمد"),
        ("وطهرت قوات سوريا الديمقراطية الحي من الألغام.", "طهر"),
        ("وتجول مستوطنون في باحات المسجد الأقصى.", "تجول"),
    ];
    for (text, lemma) in cases {
        let got = read(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].0, lemma, "{text}");
    }
    // "تعامل" alone is as often the verbal noun ("كيفية تعامل الحكومة"): only the feminine and plural forms.
    assert!(read("وسئل الوزير عن كيفية تعامل روسيا مع الأزمة.")
        .iter()
        .all(|e| e.0 != "تعامل"));
}

#[test]
fn pursuing_sitting_in_mediating_and_wondering_are_events() {
    let got = read(
        "ولاحقت الشرطة العراقية باقي المهاجمين. واعتصم عشرات المعلمين قرب مبنى المحافظة. وكانت مصر توسطت في \
         اتفاق لوقف إطلاق النار. واستغرب رئيس مجلس النواب اللبناني كيف يطالب البعض بالتأجيل.",
    );
    let lemmas: Vec<&str> = got.iter().map(|(lemma, _)| lemma.as_str()).collect();
    assert_eq!(lemmas, ["لاحق", "اعتصم", "توسط", "استغرب"], "{got:?}");
}

#[test]
fn a_standing_accusation_or_claim_in_the_present_is_no_event() {
    // "وتتهم المعارضة النظام باستخدام البراميل", "فيما تدعي جمعيات ملكيتها للأرض": a position held, not a
    // statement made on a day; the past forms stay statements.
    let got = read(
        "وتتهم المعارضة السورية الحكومة السورية باستخدام البراميل المتفجرة. فيما تدعي جمعيات استيطانية ملكيتها \
         للأرض. واتهمت المعارضة السورية الحكومة السورية بقصف المدينة. وادعت جمعيات استيطانية ملكيتها للأرض.",
    );
    let lemmas: Vec<&str> = got.iter().map(|(lemma, _)| lemma.as_str()).collect();
    assert_eq!(lemmas, ["اتهم", "ادعى"], "{got:?}");
}

#[test]
fn people_named_by_what_they_are_to_a_group_speak_for_themselves() {
    // "هدد أفراد العائلة"، "وقال أنصار الحركة"، "وتظاهر طلاب الجامعة": a construct headed by such a noun is the
    // subject, never the ministry that spoke before.
    let got = read(
        "قالت وزارة الداخلية العراقية في بيان إن الوضع مستقر. وهدد أفراد العائلة بإضرام النار في المنزل. وقال \
         أنصار الحركة إنهم سيواصلون الاعتصام. وتظاهر طلاب الجامعة أمام الوزارة.",
    );
    let sources: Vec<Option<&str>> = got.iter().map(|(_, source)| source.as_deref()).collect();
    assert_eq!(
        sources[1..],
        [Some("أفراد العائلة"), Some("أنصار الحركة"), Some("طلاب الجامعة")],
        "{got:?}"
    );
}

#[test]
fn what_a_deed_strikes_is_never_its_doer() {
    // "مواقع الحوثيين" after "استهدفت" are the Houthis' positions, struck by someone else; "مواقع في البلدة"
    // are no actor at all.
    let got = read("استهدفت مواقع للحوثيين في المدينة. وقصفت منازل في البلدة. واستهدفت مواقع الحوثيين قرب المطار.");
    assert!(got.is_empty(), "{got:?}");
    // Websites that tell the news still speak.
    let got = read("وذكرت مواقع إخبارية يمنية أن الجيش تقدم نحو المطار.");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn promising_observing_and_authorising_are_events() {
    // "وعد" (a promise to the people), "لاحظ" (what monitors saw), "أجاز" (a leader's authorisation).
    let got = read(
        "وعد رئيس مجلس السيادة السوداني شعبه بالنصر. ولاحظت قوة الأمم المتحدة المؤقتة في لبنان أعمال بناء جديدة. \
         وأجاز الرئيس الروسي عملية عسكرية خاصة.",
    );
    let lemmas: Vec<&str> = got.iter().map(|(lemma, _)| lemma.as_str()).collect();
    assert_eq!(lemmas, ["وعد", "لاحظ", "أجاز"], "{got:?}");
}
