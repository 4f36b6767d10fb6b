//! Personal names the catalog does not know: which words may open or continue a person's name, a name after
//! ranks or in quotation marks, and a one-word catalog name that is only a namesake's surname. The noun-phrase
//! chunker (`chunk`) and the speaker readers ask these questions of single tokens.

use std::ops::Range;

use super::lexicon::NounRole;
use super::referent::Referent;
use super::view::View;
use crate::actors::Gender;

/// A personal name the catalog does not know, after ranks ("العميد", "الفريق أول"): a word that is no
/// vocabulary word, then up to three more, with the article ("الصفدي") or without.
pub(crate) fn person_after(view: &View, from: usize, limit: usize) -> Option<Range<usize>> {
    let mut k = from;
    if view.is_punct(k, ',') {
        k += 1;
    }
    let ranks = k;
    while k < limit && view.has(k, |r| r == NounRole::Rank) {
        k += 1;
    }
    if k > ranks && k + 1 < limit && of_rank(view, k) {
        k += 1;
    }
    if view.is_punct(k, '"') {
        return quoted_name(view, k, limit);
    }
    let opens_with_ali = ali(view, k, limit);
    if k >= limit || view.asks_anonymity(k) || !(may_open_name(view, k) || opens_with_ali) || accusative(view, k) {
        return None;
    }
    let start = k;
    k += 1;
    // Up to four parts, a compound such as "عبد الرحمن" or "أبو بكر" counting as one ("عبد الله عبد المجيد
    // الشعبي").
    let mut most = start + 4 + usize::from(compound_first(view.word(start)));
    // "بن علي الشريف": "علي" inside a name, before another word of it.
    while k < limit && k < most && (may_continue_name(view, k) || ali(view, k, limit) || compound_second(view, k)) {
        most += usize::from(compound_first(view.word(k)));
        k += 1;
    }
    Some(start..k)
}

/// Whether the word at `k`, right after a rank, tells the nationality or the arm of its holder and stands
/// between the rank and the name: "العقيد الفرنسي جان دوبوا", "اللواء البحري فلان".
pub(crate) fn of_rank(view: &View, k: usize) -> bool {
    let w = view.word(k);
    w.starts_with("ال") && (view.lexicon.nisba(w).is_some() || super::chunk::looks_like_adjective(w))
}

/// Whether the word at `k` is written with the tanween of the accusative ("صوراً", "بياناً"): an indefinite
/// object ("وعرض المتحدث صوراً للحطام"), never the first word of a name.
fn accusative(view: &View, k: usize) -> bool {
    if k >= view.toks.len() {
        return false;
    }
    let original = view.original(k..k + 1);
    original.ends_with('ً') || original.ends_with("ًا")
}

/// Whether "علي" at `k` is the given name: the preposition "على" folds to it. Written with alif maqsura, a
/// vowel mark after it or not, it is the preposition ("وأعلن المتحدث، على صفحته، أن"); written with ya, it is
/// the name when another word of a name follows ("بن علي الشريف").
fn ali(view: &View, k: usize, limit: usize) -> bool {
    view.word(k) == "علي" && !view.original(k..k + 1).contains('ى') && k + 1 < limit && may_continue_name(view, k + 1)
}

/// The first word of a compound name part ("عبد الرحمن", "أبو بكر"), folded.
fn compound_first(word: &str) -> bool {
    matches!(word, "عبد" | "ابو")
}

/// The second word of a compound name part right after its first ("عبد الأمير", "عبد الملك", "أبو الفضل"):
/// any word with the article, a title of the vocabulary too, that is no date, place, verb or quote.
fn compound_second(view: &View, k: usize) -> bool {
    compound_first(view.word(k - 1))
        && view.word(k).starts_with("ال")
        && view.word(k).chars().nth(3).is_some()
        && view.date_at[k].is_none()
        && view.place_at[k].is_none()
        && view.verb_at(k).is_none()
        && !view.quoted[k]
}

/// A personal name of two to four words in quotes at `open` ('الناطق باسم X "فلان الفلاني"'): the words inside.
fn quoted_name(view: &View, open: usize, limit: usize) -> Option<Range<usize>> {
    let start = open + 1;
    let close = (start..(start + 5).min(limit)).find(|&j| view.is_punct(j, '"'))?;
    let words = |j: usize| {
        let word = view.word(j);
        !word.is_empty()
            && view.roles(j).is_empty()
            && view.date_at[j].is_none()
            && view.name_at[j].is_none()
            && view.lexicon.nisba(word).is_none()
    };
    // A quotation that closes its sentence is what is said ('أكد الوزير الفرنسي "ضرورة تجنب التصعيد".').
    let after = close + 1;
    let closes = after >= view.toks.len() || view.is_punct(after, '.') || view.line_break_before(after);
    (close >= start + 2 && !closes && (start..close).all(words)).then_some(start..close)
}

/// A verbal noun of the pattern تفعيل ("تسجيل", "تدمير", "تنفيذ"): the object of a statement, never the first
/// word of a name ("وأوضح نائب عميد بلدية درنة تسجيل غرق"); "تحسين" is also a given name.
fn tafil(word: &str) -> bool {
    let letters: Vec<char> = word.chars().collect();
    letters.len() == 5 && letters[0] == 'ت' && letters[3] == 'ي' && word != "تحسين"
}

/// A verbal noun behind the preposition "ب" or "ل" ("بوصول", "بتحرير", "لإطلاق"): the complement of a verb
/// ("وأفاد مراسل وكالة X، بوصول جثامين"), never the first word of a name. The stem after the preposition has
/// one of the patterns فعول, تفعّل, تفعيل, إفعال, افتعال, انفعال, مفاعلة or استفعال; names that begin with "ب" or
/// "ل" ("بسام", "بلال", "بتول", "بوتين", "لافروف") have none of them. فعال ("بسماع") is left out: "باراك", "لوران" and
/// "لقمان" have it.
fn verbal_noun_behind_preposition(word: &str) -> bool {
    let Some(stem) = word.strip_prefix('ب').or_else(|| word.strip_prefix('ل')) else {
        return false;
    };
    let c: Vec<char> = stem.chars().collect();
    match c.len() {
        // فعول ("وصول", "سقوط"), تفعّل ("لتلقي العلاج", "بتقدم"): the purpose or manner of a verb.
        4 => c[2] == 'و' || c[0] == 'ت',
        // تفعيل ("تحرير"), إفعال ("اطلاق" folded).
        5 => tafil(stem) || (c[0] == 'ا' && c[3] == 'ا'),
        // افتعال ("اعتقال"), انفعال ("انسحاب"), مفاعلة ("مواصلة", "مساعدة").
        6 => {
            (c[0] == 'ا' && (c[2] == 'ت' || c[1] == 'ن') && c[4] == 'ا') || (c[0] == 'م' && c[2] == 'ا' && c[5] == 'ه')
        }
        7 => istifal(stem),
        _ => false,
    }
}

/// A noun between a preposition and a possessive pronoun ("بقراره", "بموقفها", "لدعمهم"): the object of a
/// verb ("وأشاد بقراره الاستمرار في منصبه"), never the first word of a name. With "ه", which folding shares with
/// "ة", only a stem of four letters counts: names so spelt ("بثينة", "لطيفة") have three, and longer words
/// ("بوتفليقة") are names.
fn possessed_behind_preposition(word: &str) -> bool {
    let Some(stem) = word.strip_prefix(['ب', 'ل']) else {
        return false;
    };
    if let Some(noun) = ["هما", "ها", "هم", "هن"].iter().find_map(|p| stem.strip_suffix(p)) {
        return noun.chars().nth(1).is_some();
    }
    stem.strip_suffix('ه').is_some_and(|noun| noun.chars().count() == 4)
}

/// A definite verbal noun of a derived pattern ("الانتباه", "الاستعداد", "التأكيد" folded "التاكيد"): right after
/// a verb of speech it is the verb's object ("ولفت الانتباه إلى", "وأبدى الاستعداد لـ"), never who speaks. The
/// patterns are افتعال, انفعال, استفعال and تفعيل, which no body's or person's bare noun of the vocabulary-less
/// kind has; إفعال is left out ("الإخوان").
pub(crate) fn definite_verbal_noun(word: &str) -> bool {
    let Some(stem) = word.strip_prefix("ال") else {
        return false;
    };
    let c: Vec<char> = stem.chars().take(8).collect();
    match c.len() {
        5 => tafil(stem),
        6 => c[0] == 'ا' && (c[2] == 'ت' || c[1] == 'ن') && c[4] == 'ا',
        7 => istifal(stem),
        _ => false,
    }
}

/// A verbal noun of the pattern استفعال ("استمرار", "استهداف", "استخدام"), with or without a preposition: the
/// object of a statement ("وأكد مسؤول الأمن في المحافظة استمرار المواجهات"), never the first word of a name.
fn istifal(word: &str) -> bool {
    word.starts_with("است") && word.chars().count() == 7 && word.chars().nth(5) == Some('ا')
}

/// The first word of a personal name: no article, no vocabulary role, no date, name, place, verb or quote.
pub(crate) fn may_open_name(view: &View, j: usize) -> bool {
    let word = view.word(j);
    may_be_personal_name(view, j)
        && !tafil(word)
        && !istifal(word)
        && !verbal_noun_behind_preposition(word)
        && !possessed_behind_preposition(word)
        // "ضابط إسرائيلي لراديو سوا": the outlet spoken to.
        && !super::outlet::is_dative_head(word)
        && !clitic_on_vocabulary(view, word)
        && view.lexicon.nisba(word).is_none()
        && view.place_at[j].is_none()
}

/// Whether token `j` may be a word of a personal name the catalog does not know: a word without the
/// article that is no date, name, verb or vocabulary word.
pub(crate) fn may_be_personal_name(view: &View, j: usize) -> bool {
    let word = view.word(j);
    !word.is_empty()
        && !word.starts_with("ال")
        && !word.starts_with("لل")
        && !pronoun_on_preposition(word)
        // "والتعاون", "بالجيش": a proclitic before the article is no name.
        && !clitic_before_article(word, &['و', 'ف', 'ب', 'ك'])
        // Two characters or more, without counting them all.
        && word.chars().nth(1).is_some()
        && view.roles(j).is_empty()
        && view.date_at[j].is_none()
        && view.name_at[j].is_none()
        && !view.quoted[j]
        && view.verb_at(j).is_none()
        && !describes_person(view, j)
}

/// Whether the word at `k` opens what a person is, after their name ("فلان الفلاني صاحب منزل مهدم", "أحد سكان
/// الحي"): nouns.tsv's describes rows, or "one of"; never a word of the name.
pub(crate) fn describes_person(view: &View, k: usize) -> bool {
    view.has(k, |r| r == NounRole::Describes) || super::lexicon::one_of(view.word(k)).is_some()
}

/// A preposition with a pronoun ("بها", "عليه", "منهم"), never a word of a name: "المعترف بها دوليا".
fn pronoun_on_preposition(word: &str) -> bool {
    let Some(stem) = ["ها", "هم", "هما", "هن", "ه"].iter().find_map(|p| word.strip_suffix(p)) else {
        return false;
    };
    matches!(
        stem,
        "ب" | "ل" | "عن" | "من" | "في" | "علي" | "الي" | "لدي" | "مع" | "عند" | "فيما"
    )
}

/// Whether token `j` may be a word of a personal name, with the article or without ("ألكسندر", "كوزلوف"): no
/// vocabulary word, name, place, date, verb, nisba or quotation.
pub(crate) fn name_word(view: &View, j: usize) -> bool {
    let word = view.word(j);
    // Two characters or more, without counting them all.
    word.chars().nth(1).is_some()
        && !pronoun_on_preposition(word)
        && view.roles(j).is_empty()
        && view.name_at[j].is_none()
        && view.place_at[j].is_none()
        && view.date_at[j].is_none()
        && view.verb_at(j).is_none()
        && view.lexicon.nisba(word).is_none()
        && !view.quoted[j]
}

/// Whether a folded word is one of `clitics` glued to the article and a word of two letters or more ("والتعاون",
/// "بالجيش", "كالعادة"): no word of a personal name.
pub(crate) fn clitic_before_article(word: &str, clitics: &[char]) -> bool {
    clitics.iter().any(|&c| {
        word.strip_prefix(c)
            .is_some_and(|rest| rest.starts_with("ال") && rest.chars().nth(3).is_some())
    })
}

/// Whether a word is a vocabulary word behind a proclitic ("لوكالة", "بوزارة").
pub(crate) fn clitic_on_vocabulary(view: &View, word: &str) -> bool {
    ['ل', 'ب', 'ك'].iter().any(|&c| {
        word.strip_prefix(c)
            .is_some_and(|rest| !view.lexicon.noun(rest).is_empty())
    })
}

/// Whether token `j` is a one-word catalog name of a person right after a word that may open a personal name
/// ("مراسل الجزيرة سمير الكباشي"): a namesake's surname, not the catalog's person.
pub(crate) fn surname_of_another(view: &View, j: usize) -> bool {
    let Some(n) = view.name_of(j) else { return false };
    let name = view.names[n];
    view.names_person(n) && name.tokens.0 == j && name.tokens.1 == j + 1 && j > 0 && may_open_name(view, j - 1)
}

/// A later word of a personal name: as [`may_open_name`], or a definite word that is no vocabulary word,
/// nisba or place ("الصفدي", "الدين"), or the one-word catalog name of a person, which after a first name the
/// catalog does not know is a surname they share ("سالم الحلبوسي" is not Mohammed al-Halbousi).
fn may_continue_name(view: &View, j: usize) -> bool {
    let word = view.word(j);
    if may_open_name(view, j) {
        return !word.starts_with('و') || word.chars().count() > 4;
    }
    if surname_of_another(view, j) {
        return true;
    }
    // An adjective row ends a body's name ("الدفاع المدني"), not a person's: "محمد المدني", "كامل الأحمر".
    word.starts_with("ال")
        && view.roles(j).iter().all(|&r| r == NounRole::Adjective)
        && view.lexicon.nisba(word).is_none()
        && view.place_at[j].is_none()
        && view.name_at[j].is_none()
        && view.date_at[j].is_none()
        && view.verb_at(j).is_none()
        && !view.quoted[j]
}

/// A personal name the catalog does not know, in quotation marks right after a speech verb and before what is
/// said ("قال «يفغيني بريغوزين»، مؤسس مجموعة فاغنر، إن", "وقال «فلان الفلاني» (Latin name) إن"): the person.
pub(crate) fn quoted_person(view: &View, v: usize, k: usize, limit: usize) -> Option<(Referent, usize)> {
    if k != v + 1 || !view.is_punct(k, '"') || !view.is_speech_verb(v) {
        return None;
    }
    let close = (k + 2..(k + 5).min(limit)).find(|&j| view.is_punct(j, '"'))?;
    let words = k + 1..close;
    let plain = words.clone().all(|j| {
        view.toks[j].kind == crate::text::TokenKind::Word
            && view.roles(j).is_empty()
            && view.name_at[j].is_none()
            && view.date_at[j].is_none()
            && view.verb_at(j).is_none()
    });
    // What is said follows, past an aside or the name in Latin letters.
    let after = close + 1;
    let said =
        view.is_punct(after, ',') || view.is_punct(after, '(') || view.has(after, |r| r == NounRole::Complementizer);
    if !plain || !said || words.len() < 2 {
        return None;
    }
    let gender = view.verb_at(v).map_or(Gender::Masculine, |h| h.agreement.gender());
    let name = view.original(words.clone()).trim().to_string();
    Some((Referent::unknown_person(name, gender, None, None, words), after))
}
