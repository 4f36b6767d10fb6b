//! Tests of a relative deed with an object pronoun ("هجوما شنته X"), its own event after another deed
//! (`view_verbs::after_deed`, and the extractor's merge of a statement's relative deed), and a relative clause
//! with a subject of its own (`view_relative`).

use crate::events::tests::read;

#[test]
fn a_relative_deed_after_a_deed_is_the_written_agent_s_own() {
    // After a deed, the attack another doer launched is news of its own: two events, the second its agent's.
    let got = read("صدت الشرطة العراقية فجر الأحد هجوم شنه تنظيم داعش على حاجز قرب الفلوجة.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        (got[1].0.as_str(), got[1].1.as_deref()),
        ("شن", Some("Islamic State")),
        "{got:?}"
    );
    // After a statement it stays part of what is said (the merge of a condemned attack is kept).
    let got = read("أدانت الحكومة العراقية الهجوم الذي شنه تنظيم داعش على حاجز قرب الفلوجة.");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn an_accusative_deed_noun_and_a_third_modifier_before_its_agent_open_a_relative_deed() {
    // "هجوما": the indefinite accusative writes its tanween on an alif.
    let got = read("أحبطت الشرطة العراقية فجر الأحد هجوما شنه تنظيم داعش على حاجز قرب الفلوجة.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Islamic State"), "{got:?}");
    // Three words between the deed noun and the verb when the agent follows the verb.
    let got = read("صدت الشرطة العراقية فجر الأحد هجوما جديدا واسع النطاق شنه تنظيم داعش على حاجز قرب الفلوجة.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Islamic State"), "{got:?}");
    // Not when nothing names an agent after it: the doer stands before the verb ("حاول مسلحون شنه").
    let got = read("صدت الشرطة العراقية فجر الأحد هجمات حاولت عصابات مسلحة شنها في محاولة لدخول الفلوجة.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].0 == "صد", "{got:?}");
}

#[test]
fn a_speech_verb_with_an_object_pronoun_after_a_comma_and_before_a_catalog_name_is_its_statement() {
    // "، تبناه تنظيم X": who claimed the attack told before the comma, a statement of its own.
    let got = read("قصفت القوات الروسية مواقع قرب الحدود عقب هجوم استهدف دورية في المنطقة، تبناه تنظيم داعش.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        (got[1].0.as_str(), got[1].1.as_deref()),
        ("تبنى", Some("Islamic State")),
        "{got:?}"
    );
    // A call's pronoun is the call itself, told by the clause after it: no event of its own.
    let got = read("وتأتي الخطوة بعد دعوات مماثلة، وجهتها وزارة الخارجية الروسية أمس، حيث طالبت رعاياها بالمغادرة.");
    assert!(got.iter().all(|(lemma, _)| lemma != "وجه"), "{got:?}");
}

#[test]
fn a_relative_statement_with_a_subject_of_its_own_and_a_pronoun_that_points_back_is_its_speaker_s_event() {
    // A statement: the pronoun that points back stands in what is said ("مقتله"), after the subject and a date.
    let got = read("وسقط القيادي في الحزب كريم ناصر في غارة، والذي أعلن حزب الله، الجمعة، مقتله في بيان.");
    assert_eq!(
        got.iter()
            .map(|(lemma, source)| (lemma.as_str(), source.as_deref()))
            .collect::<Vec<_>>(),
        [("أعلن", Some("Hezbollah"))],
        "{got:?}"
    );
    // A deed so told retells the news from its other side: no event of its own.
    let got = read("وخسرت القوات الحكومية مدينة الرمادي التي سيطر عليها تنظيم داعش في أيار الماضي.");
    assert!(
        got.iter().all(|(_, source)| source.as_deref() != Some("Islamic State")),
        "{got:?}"
    );
    // Without a statement the name after the verb is its object, the noun before it the doer.
    let got = read("وتقدمت القوات التي هاجمت حماس في معقلها.");
    assert!(
        got.iter().all(|(_, source)| source.as_deref() != Some("Hamas")),
        "{got:?}"
    );
    // A relay verb tells the channel of the noun's own statement, no event of the outlet.
    let got = read("وقال الناشط، الذي نقلت عنه وكالة الأنباء الفرنسية النبأ، إن الجنازة تعرضت لإطلاق نار.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "قال", "{got:?}");
}

#[test]
fn a_relative_deed_after_a_deed_noun_with_definite_adjectives_is_its_agent_s() {
    let doers = |text: &str| read(text).into_iter().filter_map(|(_, s)| s).collect::<Vec<_>>();
    // One or two definite adjectives between the deed noun and its relative pronoun.
    let got = doers("قتل خمسة جنود في الهجوم الانتحاري الذي شنه تنظيم داعش على حاجز قرب الفلوجة.");
    assert!(got.iter().any(|s| s == "Islamic State"), "{got:?}");
    let got = doers("تضررت مدارس عدة من الهجمات الصاروخية الليلية التي شنها تنظيم داعش على أطراف الرمادي.");
    assert!(got.iter().any(|s| s == "Islamic State"), "{got:?}");
    // Not in a clause that "منذ" opens: the background of what goes on.
    let got = doers("ومنذ منتصف الشهر، تتواصل الهجمات الصاروخية الليلية التي شنها تنظيم داعش على أطراف الرمادي.");
    assert!(!got.iter().any(|s| s == "Islamic State"), "{got:?}");
}

#[test]
fn a_deed_noun_after_a_preposition_that_drops_the_alif_of_its_article_opens_a_relative_deed() {
    // "للهجوم" is "ل" and "الهجوم".
    let got = read("واصلت الشرطة العراقية التصدي للهجوم الذي شنه تنظيم داعش على حاجز قرب الفلوجة.");
    assert!(
        got.iter().any(|(_, s)| s.as_deref() == Some("Islamic State")),
        "{got:?}"
    );
}

#[test]
fn the_launch_of_a_named_operation_is_its_agent_s_deed_only_with_a_date() {
    let doers = |text: &str| read(text).into_iter().filter_map(|(_, s)| s).collect::<Vec<_>>();
    let got = doers("قتل جنديان خلال عملية \"سيف الصحراء\"، التي أطلقها تنظيم داعش قرب الحدود، في 3 مايو 2023.");
    assert!(got.iter().any(|s| s == "Islamic State"), "{got:?}");
    // Undated, the operation is the frame of the news.
    let got = doers("تقدمت الشرطة العراقية في إطار عملية \"سيف الصحراء\" التي أطلقها تنظيم داعش قرب الحدود.");
    assert!(!got.iter().any(|s| s == "Islamic State"), "{got:?}");
}
