//! Tests of `object.rs` and of the object readers beside it: the first noun phrase after a verb that is its
//! object, so that the speaker the clause continues stays its subject.

use crate::events::subject::tests::subjects;

#[test]
fn a_phrase_the_catalog_does_not_name_before_the_charge_is_the_one_held_responsible() {
    for text in [
        "أعلنت جبهة الساحل أنها صدت هجوما على مواقعها، وحمّلت حكومة الإقليم المسؤولية الكاملة عنه.",
        "أعلنت جبهة الساحل أنها صدت هجوما على مواقعها، وحمّلت الإدارة \"المسؤولية الكاملة\" عنه.",
        "أكدت جبهة الساحل حرصها على الأمن، وحمّلت حكومة المدينة المسؤولية عن القصف، وقالت إن عناصرها يهربون السلاح.",
    ] {
        let got = subjects(text);
        assert!(got.len() >= 2, "{text}: {got:?}");
        assert!(got.iter().all(|s| s == &got[0]), "{text}: {got:?}");
    }
}

#[test]
fn a_noun_between_a_preposition_and_a_possessive_pronoun_is_no_name() {
    // "وأشاد بقراره البقاء": the object of the verb, not a speaker named "بقراره البقاء".
    for text in [
        "قال الوزير سامر خليل إن الحكومة ستعمل. وأشاد بقراره البقاء في منصبه حتى نهاية العام.",
        "قال الوزير سامر خليل إن الحكومة ستعمل. ونوه بموقفها الثابت في المفاوضات.",
    ] {
        let got = subjects(text);
        assert_eq!(got.len(), 2, "{text}: {got:?}");
        assert_eq!(got[1], got[0], "{text}: {got:?}");
    }
}
