//! Adverbs that tell a deed as one that recurs, not as the news of a day: "بين الحين والآخر", "من حين لآخر",
//! "غالبا ما", "عادة ما", a closing "باستمرار", "بشكل مستمر", "بصورة يومية", "يوميا". A present verb with one of
//! them in its clause tells the background of the news ("وتشن القوات بين الحين والآخر حملات دهم", "وغالبا ما
//! تسفر هذه الحملات عن اعتقالات").

use crate::events::clause::Clause;
use crate::events::view::View;

/// Whether the clause holds, outside quotes, an adverb of a deed that recurs. Only the words of the clause are
/// read, each compared to a few short words.
pub(crate) fn says_recurs(view: &View, clause: &Clause) -> bool {
    clause
        .tokens
        .clone()
        .any(|k| !view.quoted[k] && recurs_at(view, k, clause))
}

/// Whether an adverb of recurrence stands at token `k` of the clause.
fn recurs_at(view: &View, k: usize, clause: &Clause) -> bool {
    let next = |n: usize| {
        if k + n < clause.tokens.end {
            view.word(k + n)
        } else {
            ""
        }
    };
    match view.word(k) {
        // "باستمرار" ends what it qualifies ("ويقصف الجيش المخازن باستمرار."): before a word it is mostly "with
        // the continuation of" ("تطالب الحكومة باستمرار الدعم").
        "باستمرار" => next(1).is_empty(),
        // "غالبا ما تشن", "عادة ما يقصف": "ما" after the adverb, as "often" and "usually".
        "غالبا" | "عاده" | "وغالبا" | "وعاده" => next(1) == "ما",
        // "بين الحين والآخر", "من حين لآخر", "من حين إلى آخر", "بين حين وآخر".
        "الحين" | "حين" => {
            let before = if k > clause.tokens.start { view.word(k - 1) } else { "" };
            matches!(before, "بين" | "من")
                && (matches!(next(1), "والاخر" | "لاخر" | "واخر" | "لاخري" | "والاخري")
                    || (matches!(next(1), "الي" | "و") && matches!(next(2), "اخر" | "الاخر")))
        }
        // "بشكل مستمر", "بصورة يومية": the manner of a deed that goes on or comes back.
        "بشكل" | "بصوره" => matches!(
            next(1),
            "مستمر"
                | "مستمره"
                | "متواصل"
                | "متواصله"
                | "متكرر"
                | "متكرره"
                | "يومي"
                | "يوميه"
                | "دائم"
                | "دائمه"
        ),
        "يوميا" | "بانتظام" => true,
        _ => false,
    }
}
