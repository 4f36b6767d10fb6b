//! Tests of the attribution vocabulary (`lexicon.rs`).

use super::*;
use crate::text::fold_str;

#[test]
fn verb_forms_agree_and_take_conjunctions() {
    let lex = AttributionLexicon::bundled();
    let hit = lex.verb(&fold_str("وأضافت")).unwrap();
    assert_eq!(lex.verbs[hit.verb as usize].lemma, "أضاف");
    assert_eq!(hit.agreement, Agreement::Feminine);
    assert!(!hit.masdar);
    assert!(lex
        .verb(&fold_str("قالوا"))
        .is_some_and(|h| h.agreement == Agreement::Plural));
    assert!(lex.verb(&fold_str("بغداد")).is_none());
}

#[test]
fn present_forms_and_rows_without_forms() {
    let lex = AttributionLexicon::bundled();
    let hit = lex.verb(&fold_str("وتنفي")).unwrap();
    assert_eq!(lex.verbs[hit.verb as usize].lemma, "نفى");
    assert!(hit.present && hit.agreement == Agreement::Feminine);
    assert!(lex
        .verb(&fold_str("يقولون"))
        .is_some_and(|h| h.agreement == Agreement::Plural));
    // Folded, the noun سيطرة is "سيطره" ("he controlled it"): the lexicon holds the object form, the view
    // drops it where the text writes "ة".
    assert!(lex.verb(&fold_str("سيطرة")).is_some_and(|h| h.object));
    assert!(lex.verbs.iter().any(|v| v.lemma == "وصل" && v.written_subject));
    assert!(lex
        .according
        .is_some_and(|v| lex.verbs[v].class == VerbClass::According));
}

#[test]
fn object_pronouns_and_present_forms() {
    let lex = AttributionLexicon::bundled();
    let hit = lex.verb(&fold_str("شنتها")).unwrap();
    assert!(hit.object && !hit.masdar && hit.agreement == Agreement::Feminine);
    assert_eq!(
        lex.verbs[lex.verb(&fold_str("نعاه")).unwrap().verb as usize].lemma,
        "نعى"
    );
    let hit = lex.verb(&fold_str("وتحذر")).unwrap();
    assert!(!hit.object && hit.agreement == Agreement::Feminine);
    // A verbal noun with a pronoun is not shadowed by an object form.
    assert!(lex.verb(&fold_str("إطلاقها")).unwrap().masdar);
    // The masculine past takes "ه" too ("شنه"); the view tells "وزارة" from "و" + "زاره" by its "ة".
    assert!(lex.verb(&fold_str("نفذه")).is_some_and(|h| h.object));
}

#[test]
fn verbs_of_the_news_with_their_senses_kept_apart() {
    let lex = AttributionLexicon::bundled();
    let lemma = |w: &str| {
        lex.verb(&fold_str(w))
            .map(|h| lex.verbs[h.verb as usize].lemma.as_str())
    };
    // A deadline, an expectation, an explanation, an identification, a pledge.
    assert_eq!(lemma("وأمهلت"), Some("أمهل"));
    assert_eq!(lemma("وتوقّع"), Some("توقع"));
    assert_eq!(lemma("فسرت"), Some("فسر"));
    assert_eq!(lemma("وحددت"), Some("حدد"));
    assert_eq!(lemma("تعهدوا"), Some("تعهد"));
    assert_eq!(lemma("تصدت"), Some("تصدى"));
    assert_eq!(lemma("وتوصل"), Some("توصل"));
    assert_eq!(lemma("وطمأن"), Some("طمأن"));
    // "وجاء في بيان X أن", "وجاء في البيان أن": a statement only where a statement is named after the verb.
    let hit = lex.verb(&fold_str("وجاء")).unwrap();
    let needs = lex.verb_needs(hit).expect("words that must follow جاء");
    assert!(needs.contains(&fold_str("بيان")));
    assert!(needs.contains(&fold_str("البيان")));
    assert!(lex.verb(&fold_str("ويواصل")).is_some_and(|h| h.present));
    // "تواصل" is also the noun "contact": only the masculine present of واصل is read.
    assert!(lex.verb(&fold_str("تواصل")).is_none());
    // Verbs of real pages: chairing, a rejoinder ("عقب" alone is "after"), resuming, a misspelt reassurance.
    assert_eq!(lemma("وترأس"), Some("ترأس"));
    assert_eq!(lemma("عقبت"), Some("عقّب"));
    assert!(lex.verb(&fold_str("عقب")).is_none());
    assert_eq!(lemma("عاود"), Some("عاود"));
    assert_eq!(lemma("وطمئنت"), Some("طمأن"));
    // "برأ" folds to "برا" (by land): a verb only with "من" after it.
    let hit = lex.verb(&fold_str("وبرأ")).unwrap();
    assert_eq!(lex.verb_needs(hit), Some(&[fold_str("من")][..]));
    // "أعاد" is a statement only in "أعاد ... التأكيد" ("أعاد فتح الطريق" is no statement).
    let hit = lex.verb(&fold_str("وأعاد")).unwrap();
    assert_eq!(lex.verb_needs(hit), Some(&[fold_str("التأكيد")][..]));
    // "وحدد موعد" (passive) and "وأدلى الناخبون بأصواتهم" are no events of the previous speaker.
    for lemma in ["حدد", "أدلى", "أصاب", "كلف", "جاء"] {
        assert!(
            lex.verbs.iter().any(|v| v.lemma == lemma && v.written_subject),
            "{lemma}"
        );
    }
}

#[test]
fn verbal_nouns_take_pronouns() {
    let lex = AttributionLexicon::bundled();
    let hit = lex.verb(&fold_str("إطلاقها")).unwrap();
    assert!(hit.masdar && hit.agreement == Agreement::Feminine);
    let hit = lex.verb(&fold_str("سيطرتهم")).unwrap();
    assert!(hit.masdar && hit.agreement == Agreement::Plural);
}

#[test]
fn nouns_and_phrases() {
    let lex = AttributionLexicon::bundled();
    assert!(lex.has(&fold_str("السفارة"), |r| matches!(
        r,
        NounRole::Anaphor(ActorKind::Embassy, _)
    )));
    assert!(lex.has(&fold_str("أنه"), |r| r == NounRole::Complementizer));
    assert_eq!(lex.nisba(&fold_str("الصينية")), Some("CN"));
    assert_eq!(lex.nisba(&fold_str("لبناني")), Some("LB"));
    assert_eq!(lex.nisba(&fold_str("الأممية")), None);
    assert!(lex.has(&fold_str("وزارة"), |r| matches!(
        r,
        NounRole::Institution(ActorKind::GovernmentBody, _)
    )));
    // A local volunteer body ("غرفة طوارئ نيالا") and its short back-reference; an aide by title.
    assert!(lex.has(&fold_str("غرفة"), |r| matches!(
        r,
        NounRole::Institution(ActorKind::Humanitarian, Gender::Feminine)
    )));
    assert!(lex.has(&fold_str("الغرفة"), |r| matches!(r, NounRole::Anaphor(..))));
    assert!(lex.has(&fold_str("مساعد"), |r| matches!(r, NounRole::Title(_))));
    let words = ["في", "المقابل", "قال"];
    assert_eq!(lex.phrase(&words), Some((2, NounRole::ClauseOpener)));
}

#[test]
fn homographs_in_the_indefinite_accusative_are_homographs_too() {
    let lex = AttributionLexicon::bundled();
    // "تشهد المنطقة قصفا متبادلا": "قصفا" is shelling, written like the dual "they both shelled".
    assert!(lex.has(&fold_str("قصفا"), |r| r == NounRole::Homograph));
    assert!(lex.has(&fold_str("هجوما"), |r| r == NounRole::Homograph));
    assert!(!lex.has(&fold_str("قالا"), |r| r == NounRole::Homograph));
}

#[test]
fn every_army_is_an_armed_force_of_its_country_in_the_bundled_catalog() {
    let lex = AttributionLexicon::bundled();
    let catalog = crate::actors::Catalog::bundled();
    assert!(!lex.armies.is_empty());
    for (country, id) in &lex.armies {
        let actor = catalog
            .actor(id)
            .unwrap_or_else(|| panic!("armies.tsv: no actor {id:?} in the catalog"));
        assert_eq!(actor.country.as_deref(), Some(country.as_str()), "armies.tsv: {id}");
        assert_eq!(actor.kind, ActorKind::ArmedGroup, "armies.tsv: {id}");
    }
}

#[test]
fn verbs_that_are_also_nouns_are_homographs() {
    let lex = AttributionLexicon::bundled();
    // "فجر اليوم" is dawn, "بيان صادر عن" issued, "فرض" an imposition: verbs only before what a verb takes.
    for word in ["فجر", "صادر", "فرض"] {
        assert!(lex.verb(&fold_str(word)).is_some(), "{word} is a verb form");
        assert!(
            lex.has(&fold_str(word), |r| r == NounRole::Homograph),
            "{word} is a homograph"
        );
    }
}

#[test]
fn every_air_force_is_of_its_country_in_the_bundled_catalog() {
    let lex = AttributionLexicon::bundled();
    let catalog = crate::actors::Catalog::bundled();
    assert!(!lex.air_forces.is_empty());
    for (country, id) in &lex.air_forces {
        let actor = catalog
            .actor(id)
            .unwrap_or_else(|| panic!("armies.tsv: no air force {id:?} in the catalog"));
        assert_eq!(actor.country.as_deref(), Some(country.as_str()), "armies.tsv: {id}");
    }
    assert!(lex.is_aircraft(&fold_str("المقاتلات")) && !lex.is_aircraft(&fold_str("زوارق")));
}

#[test]
fn a_feminine_dual_is_read_as_the_verb() {
    let lex = AttributionLexicon::bundled();
    // "أعلنتا" (two states, two ministries): the feminine singular with alif, read as a plural's agreement.
    let hit = lex.verb(&fold_str("أعلنتا")).expect("the feminine dual of أعلن");
    assert_eq!(lex.verbs[hit.verb as usize].lemma, "أعلن");
    assert_eq!(hit.agreement, Agreement::Plural);
    assert!(lex.verb(&fold_str("حثتا")).is_some());
}
