//! Tests of the extractor on coordinated subjects: each member of a statement's subject joined by "و" says it;
//! a joint deed stays its first member's. Whole sentences of our own.

use super::*;

fn sources(text: &str) -> Vec<String> {
    read(text).into_iter().filter_map(|(_, source)| source).collect()
}

#[test]
fn each_catalog_member_of_a_statements_subject_says_it() {
    assert_eq!(
        sources("ونددت كل من باريس وبرلين ولندن بالهجوم."),
        ["France", "Germany", "United Kingdom"]
    );
    assert_eq!(
        sources("وأدان الجيش اللبناني وحزب الله القصف على القرى الحدودية."),
        ["Lebanese Armed Forces", "Hezbollah"]
    );
    // A joint deed is told as one operation of its first member.
    assert_eq!(sources("ودخلت القوات التركية والجيش السوري الحر البلدة.").len(), 1);
}

#[test]
fn a_person_named_after_a_title_joined_to_a_speaker_says_it_too() {
    let got = sources("وقال سيرغي لافروف، وزير الخارجية الروسي، ووزير الدفاع كريم النجار إن المحادثات مستمرة.");
    assert_eq!(got, ["Sergey Lavrov", "كريم النجار"]);
    // A second title of the same person is no second speaker.
    let got = sources("وقال رئيس الوزراء القطري ووزير الخارجية، محمد بن عبد الرحمن آل ثاني، إن المحادثات مستمرة.");
    assert_eq!(got.len(), 1);
}

#[test]
fn a_dual_or_plural_verb_without_a_subject_goes_on_with_every_member() {
    assert_eq!(
        sources("وأدانت الأردن والسعودية القصف في بيان مشترك، كما دعتا إلى وقف فوري لإطلاق النار."),
        ["Jordan", "Saudi Arabia", "Jordan", "Saudi Arabia"]
    );
    // A singular verb is no joint statement.
    assert_eq!(sources("وأدانت الأردن والسعودية القصف. وأكدت أن الحل سياسي.").len(), 3);
}
