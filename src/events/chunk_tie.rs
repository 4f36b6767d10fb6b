//! The "ل"-phrase after a tie word ("القوات التابعة لحرس الثورة", "إعلام تابع لحزب الله"): the body a phrase is
//! tied to, read for the chunker and for the readers of a doer's forces.

use super::super::view::View;

/// The "ل"-phrase after a tie word: one past what it reads, whether an iḍāfa chain goes on after it, and the
/// catalog name it starts with.
pub(crate) struct Tied {
    pub end: usize,
    pub open: bool,
    pub name: Option<usize>,
}

/// The "ل"-phrase after the tie word at `i` ("التابعة لحرس الثورة", "تابع لحزب الله", "الموالية للحكومة"): a
/// catalog name on the proclitic, read whole; else a definite noun, or a noun in construct whose chain goes on
/// ("لقوات حكومة الوفاق"). A pronoun ("التابعة لها") or no "ل" at all is no such phrase: then "تابع" may be the
/// verb "continued".
pub(crate) fn tie(view: &View, i: usize, limit: usize) -> Option<Tied> {
    let j = i + 1;
    let rest = view.word(j).strip_prefix('ل')?;
    if let Some(n) = view.name_starting(j).filter(|&n| view.names[n].clitic) {
        let end = view.names[n].tokens.1;
        return (end <= limit).then_some(Tied {
            end,
            open: false,
            name: Some(n),
        });
    }
    // Three letters or more after "ل", without counting them all: "لها", "لهم" are pronouns.
    let noun = j < limit
        && rest.chars().nth(2).is_some()
        && view.verb_at(j).is_none()
        && view.date_at[j].is_none()
        && view.toks[j].kind == crate::text::TokenKind::Word;
    noun.then_some(Tied {
        end: j + 1,
        open: !rest.starts_with('ل'),
        name: None,
    })
}
