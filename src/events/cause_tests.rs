//! Tests of the readers of a deed's doer written in its noun phrase (`cause.rs`).

use crate::events::Extractor;

/// An event's lemma, source id, relay id and date value.
type Read = (String, Option<String>, Option<String>, Option<String>);

/// The events of `text`, published on Friday 2024-12-06.
fn read(text: &str) -> Vec<Read> {
    let article = Extractor::new().extract(text, "2024-12-06".parse().expect("an anchor"));
    article
        .events
        .into_iter()
        .map(|e| {
            (
                e.lemma,
                e.source.map(|s| s.id.to_string()),
                e.via.map(|s| s.id.to_string()),
                e.date.map(|d| d.value),
            )
        })
        .collect()
}

#[test]
fn a_deed_noun_with_a_country_adjective_heading_a_clause_without_a_verb_is_its_news_not_after_a_preposition() {
    // After "وكان", with its own date set off by commas; the according phrase relays it.
    let got =
        read("وكان قصف روسي، صباح الأربعاء، على قرية تل حمرا في ريف إدلب، خلف ثلاثة قتلى، وفق ما أفاد الدفاع المدني.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "قصف", "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("ru.armed-forces"), "{got:?}");
    assert_eq!(got[0].3.as_deref(), Some("2024-12-04TMO"), "{got:?}");
    // With the article, after a verb the vocabulary does not read, after a comma.
    let got = read("وفي وقت لاحق، أدى القصف المدفعي التركي على مخيم قرب منبج إلى مقتل طفلين.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("tr.armed-forces"), "{got:?}");
    // After a preposition it is only what the clause answers or follows.
    assert!(read("وذلك ردا على القصف التركي لمواقع في ريف الحسكة.").is_empty());
    assert!(read("ويأتي ذلك في ظل تصاعد القصف الروسي على أرياف حماة.").is_empty());
    // An adjective of another definiteness is no agent of the noun ("قصف المدينة الروسية").
    assert!(read("وكان قصف المدينة الروسية أسفر عن أضرار.").is_empty());
}

#[test]
fn the_doer_of_an_attack_after_its_noun_with_li_or_min_is_the_agent_of_a_deed_told_in_the_passive() {
    // "لـ" and a crowd's head: the gunmen, dated by the clause's own date.
    let got = read("قتل سبعة حراس على الأقل في هجوم لمسلحين على نقطة تفتيش، مساء الأربعاء، قرب الحدود.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "قتل", "{got:?}");
    assert_eq!(got[0].3.as_deref(), Some("2024-12-04TEV"), "{got:?}");
    // "لـ" and a catalog name, after a verbal noun the attack is the object of: that actor's attack killed them.
    let got = read("قتل ثلاثة من عناصر الشرطة، الثلاثاء، خلال التصدي لهجوم لتنظيم داعش على بلدة قرب تكريت.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("isis"), "{got:?}");
    // "من" and a named body: what the village suffered is that body's deed.
    let got = read("وتعرضت قرية المالكية لقصف مدفعي من الجيش التركي صباح الخميس.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("tr.armed-forces"), "{got:?}");
    assert_eq!(got[0].3.as_deref(), Some("2024-12-05TMO"), "{got:?}");
    // The attack that another deed answers, at a heading, is not that deed's agent; nor a place after "من".
    assert!(read("الجبهة: صد هجوم واسع لقوات معادية على الإقليم").is_empty());
    assert!(read("وتعرضت قرية المالكية لقصف مدفعي من الشمال صباح الخميس.").is_empty());
}

#[test]
fn a_strike_told_as_the_subject_is_its_state_s_forces() {
    // "واستهدفت غارات جوية روسية": the strikes' country adjective names their doer, the state's army.
    let got = read("واستهدفت غارات جوية روسية مستشفى في ريف إدلب أمس.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("ru.armed-forces"), "{got:?}");
    assert_eq!(got[0].3.as_deref(), Some("2024-12-05"), "{got:?}");
    // With no country, the strikes name no one.
    let got = read("واستهدفت غارات جوية مستشفى في ريف إدلب أمس.");
    assert!(got.is_empty(), "{got:?}");
}
