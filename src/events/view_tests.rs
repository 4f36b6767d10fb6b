//! The token view's tests (`view.rs`), and the view of a text that the unit tests of every stage read.

use super::*;
use crate::events::verb::written_passive;
use std::sync::OnceLock;

/// The bundled tables, built once for the unit tests of every stage.
pub(crate) fn tables() -> Tables<'static> {
    static FINDER: OnceLock<DateFinder> = OnceLock::new();
    static LEXICON: OnceLock<AttributionLexicon> = OnceLock::new();
    Tables {
        finder: FINDER.get_or_init(DateFinder::new),
        catalog: Catalog::bundled(),
        gazetteer: Gazetteer::bundled(),
        lexicon: LEXICON.get_or_init(AttributionLexicon::bundled),
    }
}

/// The view of `text` published on 6 December 2024.
pub(crate) fn view(text: &str) -> View<'_> {
    let anchor: Anchor = "2024-12-06".parse().expect("a valid anchor");
    // The folded text lives as long as the view's tests: one a test.
    let folded = Box::leak(Box::new(FoldedText::new(text)));
    View::read(tables(), text, folded, &anchor)
}

/// The token index of the first word that folds to `word`.
pub(crate) fn at(view: &View, word: &str) -> usize {
    let folded = crate::text::fold_str(word);
    (0..view.toks.len())
        .find(|&i| view.word(i) == folded)
        .unwrap_or_else(|| panic!("{word} is in the text"))
}

#[test]
fn a_light_verb_tells_the_deed_of_the_verbal_noun_after_it() {
    let v = view("وقامت قوات الاحتلال بهدم منزل، وقام الرئيس بزيارة، ثم قامت بعملية اغتيال. وقامت الحكومة بدورها.");
    let lemma = |word: &str| {
        v.verb_at(at(&v, word))
            .map(|h| v.lexicon.verbs[h.verb as usize].lemma.clone())
    };
    assert_eq!(lemma("وقامت").as_deref(), Some("هدم"));
    assert_eq!(lemma("وقام").as_deref(), Some("زار"));
    assert_eq!(lemma("قامت").as_deref(), Some("اغتال"));
    let last = (0..v.toks.len())
        .rev()
        .find(|&k| v.word(k) == "وقامت")
        .expect("the last one");
    assert!(v.verb_at(last).is_none());
}

#[test]
fn a_light_verb_reads_its_verbal_noun_with_the_article_and_succeeding_tells_its_deed() {
    let v =
        view("وقامت الوكالة بالإعلان عن تعرض مدرسة للقصف. ونجحت القوات في السيطرة على البلدة. ونجح الطالب في الامتحان.");
    let lemma = |word: &str| {
        v.verb_at(at(&v, word))
            .map(|h| v.lexicon.verbs[h.verb as usize].lemma.clone())
    };
    assert_eq!(lemma("وقامت").as_deref(), Some("أعلن"));
    assert_eq!(lemma("ونجحت").as_deref(), Some("سيطر"));
    // An exam is no verbal noun of a deed: no event.
    assert_eq!(lemma("ونجح"), None);
}

#[test]
fn quotations_close_at_the_line() {
    let v = view("قال \"نحن هنا\nثم ذهب");
    assert!(v.quoted[at(&v, "نحن")]);
    assert!(!v.quoted[at(&v, "ثم")]);
}

#[test]
fn a_quotation_never_closed_on_its_line_ends_at_its_first_sentence() {
    let v =
        view("وقال السكان إن الغارة أصابت منزل قيادي بجماعة \"أنصار الله، لكنه نجا. وأشاروا إلى أن الطيران عاد.\nثم");
    assert!(v.quoted[at(&v, "أنصار")]);
    assert!(!v.quoted[at(&v, "وأشاروا")]);
    // Also at the end of the text.
    let v = view("وقال السكان إن الغارة أصابت منزل قيادي بجماعة \"أنصار الله. وأشاروا إلى أن الطيران عاد.");
    assert!(!v.quoted[at(&v, "وأشاروا")]);
}

#[test]
fn a_quotation_left_open_ends_at_its_sentence_when_another_opens() {
    let v = view("وتبنت الهجوم جماعة “الكتائب. ثم قال المتحدث باسمها “لن نتراجع” وغادر.");
    assert!(v.quoted[at(&v, "الكتائب")]);
    assert!(!v.quoted[at(&v, "ثم")]);
    assert!(!v.quoted[at(&v, "المتحدث")]);
    assert!(v.quoted[at(&v, "نتراجع")]);
    assert!(!v.quoted[at(&v, "وغادر")]);
    // A quotation of two sentences that closes is one quotation.
    let v = view("قال “نحن هنا. لن نغادر” ثم ذهب.");
    assert!(v.quoted[at(&v, "نغادر")]);
    assert!(!v.quoted[at(&v, "ذهب")]);
}

#[test]
fn a_full_stop_written_against_the_next_word_ends_an_open_quotation_s_sentence() {
    let v = view("نقلت الصحيفة عن مصدر \"الطريق مغلق منذ يومين.وأعلن \"المجلس البلدي\" إغلاقه أمس.");
    assert!(v.quoted[at(&v, "يومين")]);
    assert!(!v.quoted[at(&v, "وأعلن")]);
    assert!(v.quoted[at(&v, "البلدي")]);
    assert!(!v.quoted[at(&v, "إغلاقه")]);
    // After a single letter it is an abbreviation's point: "د.سامي" goes on with the quotation.
    let v = view("قال الطبيب \"وصل د.سامي إلى \"المستشفى\" الآن");
    assert!(v.quoted[at(&v, "سامي")]);
}

#[test]
fn names_dates_and_verbs_sit_on_tokens() {
    let v = view("وقال وزير الخارجية الروسي أمس في موسكو إن الوضع خطير.");
    assert!(v.verb_at(0).is_some());
    assert!(v.name_starting(at(&v, "وزير")).is_some());
    assert!(v.date_covering(at(&v, "أمس")).is_some());
    // After a preposition a verb form is a noun.
    let v = view("وقف في وجه القرار");
    assert!(v.verb_at(at(&v, "وجه")).is_none());
}

#[test]
fn a_homograph_is_a_verb_only_before_what_a_verb_takes() {
    let v = view("وقع قصف مدفعي على البلدة. وقصف الجيش البلدة.");
    assert!(v.verb_at(at(&v, "قصف")).is_none());
    assert!(v.verb_at(at(&v, "وقصف")).is_some());
    // With its conjunction, before the title of whoever does it.
    let v = view("وطلب رئيس الوزراء فلان الفلاني من البرلمان إعلان الطوارئ. وقدم طلب رئيس البلدية.");
    assert!(v.verb_at(at(&v, "وطلب")).is_some());
    assert!(v.verb_at(at(&v, "طلب")).is_none());
    // At the head of a clause; before an indefinite speaker only a verb that agrees with it.
    let v = view("بحث رئيس الحكومة فلان الفلاني مع السفير العلاقات. ووصف تقارير الإعلام بأنها كاذبة.");
    assert!(v.verb_at(0).is_some());
    assert!(v.verb_at(at(&v, "ووصف")).is_none());
    // A speech verb before a name of two or three words the lexicon does not know and the content.
    let v = view("وذكر سامر العبدالله أن الطريق مغلق. ووصف ما جرى بأنه خرق.");
    assert!(v.verb_at(0).is_some());
    assert!(v.verb_at(at(&v, "ووصف")).is_none());
    // The name, then an aside set off by commas, then the content.
    let v = view("ووصف سامر الخطيب، الباحث في مركز الدراسات، الهدنة بأنها هشة.");
    assert!(v.verb_at(0).is_some());
}

#[test]
fn a_present_form_negated_or_wished_is_no_verb() {
    let v = view("وتنفي موسكو ذلك");
    assert!(v.verb_at(0).is_some());
    let v = view("ولم تنف موسكو ذلك ولم يعلن أحد");
    assert!(v.verb_at(at(&v, "يعلن")).is_none());
    let v = view("الضربات التي سبق أن شنتها الطائرات");
    assert!(v.verb_at(at(&v, "شنتها")).is_none());
}

#[test]
fn a_speech_verb_with_an_object_pronoun_after_a_clause_opener_is_a_verb() {
    let v = view("قصفت الطائرات البلدة، فيما وصفته منظمة العفو الدولية بأنه جريمة. وهو بيان نشرته الوزارة.");
    assert!(v.verb_at(at(&v, "وصفته")).is_some());
    assert!(v.verb_at(at(&v, "نشرته")).is_none());
}

#[test]
fn spans_map_back_to_the_original() {
    let text = "قالَ المصدرُ";
    let v = view(text);
    let span = v.span(0..2);
    assert_eq!(&text[span.start..span.end], text);
    assert_eq!(v.original(1..2), "المصدرُ");
}

#[test]
fn a_damma_on_the_first_letter_or_after_a_derived_prefix_writes_the_passive() {
    for word in ["قُتل", "وأُصيب", "فأُعلن", "وُجد", "أُعلِن"] {
        assert!(written_passive(word), "{word}");
    }
    for word in ["قتل", "أعلن", "وأعلن", "أَعلن", "وَأعلن"] {
        assert!(!written_passive(word), "{word}");
    }
    // A derived form opened by a bare alif carries it two letters after the alif.
    for word in ["استُهدفت", "واستُهدف", "اعتُقل", "وانتُخب"] {
        assert!(written_passive(word), "{word}");
    }
    for word in ["استهدفت", "اعتقل", "استَهدف", "اسُتهدف"] {
        assert!(!written_passive(word), "{word}");
    }
    let v = view("قُتل ثلاثة مدنيين في القصف.");
    assert!(v.verb_at(0).is_none());
}

#[test]
fn a_masculine_past_with_an_object_pronoun_after_a_deed_noun_is_a_verb() {
    // "شنه" is also the verbal noun with a pronoun ("his launching"); after a deed noun it is the relative
    // verb, after a preposition the noun.
    let v = view("تعرضت القرية لهجوم شنه الجيش فجرا، وقصف نفذه الطيران. ورد بعد شنه هجوما.");
    let hit = v.verb_at(at(&v, "شنه")).expect("the relative verb");
    assert!(hit.object && !hit.masdar);
    assert!(v.verb_at(at(&v, "نفذه")).is_some_and(|h| h.object));
    let later = (0..v.toks.len())
        .rev()
        .find(|&i| v.word(i) == "شنه")
        .expect("a second شنه");
    assert!(v.verb_at(later).is_none_or(|h| !h.object));
    // Written with ة it is a noun: "قصف وزارة الدفاع" is no "و" + "زاره".
    let v = view("بعد قصف وزارة الدفاع أمس وسيطرة القوات على ضربة");
    assert!(v.verb_at(at(&v, "وزارة")).is_none());
    assert!(!v.spelled_as_finite_verb(at(&v, "وسيطرة")) && !v.spelled_as_finite_verb(at(&v, "ضربة")));
}

#[test]
fn a_particle_inside_a_name_asks_nothing() {
    // "لو" of "جان إيف لو دريان" is no "if": the statement after the name is told.
    let got = crate::events::Extractor::new().extract(
        "وكان وزير الدفاع الفرنسي جان إيف لو دريان قال أمس إن القوات ستبقى.",
        "2016-06-10".parse().expect("an anchor"),
    );
    assert_eq!(got.events.len(), 1, "{:?}", got.events);
}

#[test]
fn slashes_around_a_short_name_are_quotation_marks() {
    let v = view("وقال في حديث لـ/ المعلومة/، إن الطريق مغلق وذكر لـ /السومرية نيوز/ أن");
    let open = at(&v, "المعلومة") - 1;
    assert!(v.is_punct(open, '"') && v.is_punct(open + 2, '"'));
    let open = at(&v, "السومرية") - 1;
    assert!(v.is_punct(open, '"') && v.is_punct(open + 3, '"'));
    // Single quotes around a short name too.
    let v = view("وأفادت قناة 'كان' العبرية بأن");
    let open = at(&v, "كان") - 1;
    assert!(v.is_punct(open, '"') && v.is_punct(open + 2, '"'));
    // Not a date's, nor two months named together.
    let v = view("في 30/3/2018 وفي تشرين الثاني/نوفمبر الماضي");
    assert!((0..v.toks.len()).all(|k| !v.is_punct(k, '"')));
}
