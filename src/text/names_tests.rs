//! Tests of `names.rs`.

use super::*;

/// A word of Arabic letters for each number, all different.
fn word(mut i: usize) -> String {
    const LETTERS: [char; 20] = [
        'ب', 'ت', 'ث', 'ج', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز', 'س', 'ش', 'ص', 'ض', 'ط', 'ظ', 'ع', 'غ', 'ف', 'ق',
    ];
    let mut out = String::from("م");
    loop {
        out.push(LETTERS[i % LETTERS.len()]);
        i /= LETTERS.len();
        if i == 0 {
            return out;
        }
    }
}

#[test]
fn proclitics_split_fewest_first() {
    let splits = |w: &str, kind| {
        let (all, n) = clitic_splits(w, kind);
        all[..n].to_vec()
    };
    assert_eq!(splits("وبلافروف", TokenKind::Word), [(0, false), (2, false), (4, false)]);
    assert_eq!(splits("وللسفاره", TokenKind::Word), [(0, false), (2, false), (4, true)]);
    assert_eq!(splits("فكتب", TokenKind::Word), [(0, false), (2, false), (4, false)]);
    assert_eq!(splits("لسفاره", TokenKind::Word), [(0, false), (2, true)]);
    assert_eq!(splits("ول", TokenKind::Word), [(0, false), (2, false)]);
    assert_eq!(splits("ل", TokenKind::Word), [(0, false)]);
    assert_eq!(splits("دمشق", TokenKind::Word), [(0, false)]);
    assert_eq!(splits("وdamascus", TokenKind::Word), [(0, false), (2, false)]);
    assert_eq!(splits("12", TokenKind::Number), [(0, false)]);
}

#[test]
fn names_that_can_never_match_are_named_with_a_reason() {
    assert_eq!(unmatchable("حمص"), None);
    assert_eq!(unmatchable("دير الزور"), None);
    for name in [
        "",
        "  ",
        "ـــ",
        "\u{064E}\u{0650}",
        "...",
        "ب",
        "ـبـ",
        "ريف\rحلب",
        "ريف\nحلب",
    ] {
        assert!(unmatchable(name).is_some(), "{name:?}");
    }
    let set = NameSet::new([("ـــ", 0), ("حمص", 1)]);
    let folded = fold_str("في حمص");
    let found = set.find_tokens(&folded, &tokenize(&folded));
    assert_eq!(found.iter().map(|m| m.key).collect::<Vec<_>>(), [1]);
}

/// The keys of the names `set` finds in `text`, in order.
fn keys_in(set: &NameSet, text: &str) -> Vec<usize> {
    let folded = fold_str(text);
    set.find_tokens(&folded, &tokenize(&folded))
        .iter()
        .map(|m| m.key)
        .collect()
}

#[test]
fn compound_names_match_glued_and_apart() {
    let set = NameSet::new([("أبو عبيدة", 0), ("عبدالرحمن الصافي", 1)]);
    let keys = |text: &str| keys_in(&set, text);
    assert_eq!(keys("قال أبوعبيدة إن"), [0]);
    assert_eq!(keys("قال أبو عبيدة إن"), [0]);
    assert_eq!(keys("وأكد عبد الرحمن الصافي أن"), [1]);
    assert_eq!(keys("وأكد عبدالرحمن الصافي أن"), [1]);
}

/// A word the press spells two ways (`data/vocab/spellings.tsv`) matches in both, whichever the name writes.
#[test]
fn names_match_in_either_spelling_of_a_word() {
    let set = NameSet::new([("جبهة القوى الديمقراطية", 0), ("السفارة الأميركية في عمان", 1)]);
    let keys = |text: &str| keys_in(&set, text);
    assert_eq!(keys("وقالت جبهة القوى الديموقراطية إن"), [0]);
    assert_eq!(keys("وقالت جبهة القوى الديمقراطية إن"), [0]);
    assert_eq!(keys("وحذرت السفارة الأمريكية في عمان من"), [1]);
    assert_eq!(keys("وحذرت السفارة الأميركية في عمان من"), [1]);
}

/// Names that share their first word ("ريف X", "فلان X") hang from one node: building the set is linear
/// (issue 13: 100,000 such names took 44 s when each child was found by a scan).
#[test]
fn names_sharing_a_first_word_load_in_linear_work() {
    let names = |n: usize| (0..n).map(|i| format!("فلان {} الثاني", word(i))).collect::<Vec<_>>();
    let mut work = [0, 0];
    for (w, n) in work.iter_mut().zip([1000, 16_000]) {
        let names = names(n);
        let set = NameSet::new_counted(names.iter().map(|s| s.as_str()).zip(0..), w);
        let text = format!("وقال {} أمس", names[n - 1]);
        let folded = fold_str(&text);
        let found = set.find_tokens(&folded, &tokenize(&folded));
        assert_eq!(found.iter().map(|m| m.key).collect::<Vec<_>>(), [n - 1]);
    }
    assert!(
        work[1] <= 2 * 16 * work[0],
        "work at 1x {}, at 16x {}",
        work[0],
        work[1]
    );
}
