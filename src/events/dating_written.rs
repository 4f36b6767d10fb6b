//! The date phrase written in a clause: outside quotations and relative clauses, and for a statement only
//! before its content; a span or a since/until phrase bounds a state and dates no saying.

use super::super::clause::Clause;
use super::super::lexicon::{NounRole, VerbClass};
use super::super::verb::Predicate;
use super::super::view::View;
use super::{fronted_since, in_clause_before, in_dateline, is_since, since, since_other};
use crate::dates::{Granularity, Modifier};

/// The date phrase with a value written in the clause, outside quotations and relative clauses; for a
/// statement, only before its content.
pub(crate) fn written(view: &View, clause: &Clause, verb: Option<&Predicate>) -> Option<usize> {
    let range = clause.tokens.clone();
    let limit = match verb {
        Some(p) if p.says(view) => p.content,
        _ => range.end,
    };
    // The first relative pronoun after the verb, or description opened by "، وهي", outside quotations: a date
    // after it is the relative clause's ("مدينة ود، وهي مركز تسيطر عليه القوات منذ كانون الأول").
    let relative = (verb.map_or(range.start, |p| p.at)..limit)
        .find(|&i| {
            !view.quoted[i]
                && ((view.has(i, |r| r == NounRole::Relative) && !view.has(i + 1, |r| r == NounRole::Naming))
                    // "ما جرى ليلة أمس": what happened, told with its own date.
                    || matches!(view.phrase_at(i), Some((_, NounRole::Relative)))
                    || (view.has(i, |r| r == NounRole::Description) && i > 0 && view.is_punct(i - 1, ',')))
        })
        .unwrap_or(limit);
    // What a present form ("ويشن مسلحون منذ أسبوع هجمات") or an attribution without a verb ("الاشتباكات
    // المندلعة منذ الأحد، حسب حصيلة لـ X") tells since a date goes on now: that date is when it began, not when
    // it is told.
    let ongoing = verb.is_some_and(|p| p.hit.present || p.entry(view).class == VerbClass::According);
    // What a past verb tells happened by the day of publication: a later date in its clause is what its object
    // is set for ("وصادق المجلس على خطة تبدأ الخميس 14 نيسان"), not when it happened.
    let past = verb.is_some_and(|p| !p.hit.present);
    // Past a relative clause, a date after a comma and before another comma or the verb's complement is the
    // main verb's again ("وأفاد الناطق باسم العملية التي تقوم بها القوات، الأحد، بأن", "، الأحد بقتل").
    let aside = |d: usize| {
        let tokens = &view.dates[d].tokens;
        let closed = view.is_punct(tokens.end, ',')
            || view.word(tokens.end).starts_with('ب')
            || view.has(tokens.end, |r| r == NounRole::Complementizer);
        let opened = tokens.start > 0 && view.is_punct(tokens.start - 1, ',');
        (opened && closed) || closes_before_content(view, d, limit) || that_was(view, d)
    };
    // A statement's object: a date right after a deed noun is that deed's ([`after_deed_noun`]). Not after an
    // according word ("بحسب شهود، شن الطيران غارات صباح الإثنين"), which tells the deed itself.
    let says = verb.is_some_and(|p| p.says(view) && p.entry(view).class != VerbClass::According);
    let dates = (range.start..limit)
        .filter_map(|i| view.date_of(i).filter(|_| !view.quoted[i]))
        .filter(|&d| view.dates[d].tokens.start < relative || aside(d))
        .filter(|&d| verb.is_none_or(|p| !in_clause_before(view, d, range.start, p.at)) || aside(d))
        .filter(|&d| {
            let at = verb.map_or(range.start, |p| p.at);
            let fronted = || {
                clause
                    .first_word(view)
                    .is_some_and(|first| fronted_since(view, first, d, at))
            };
            !(since(view, d) && (ongoing || since_other(view, d, at) || fronted()))
        })
        // A date inside an adjunct "بعد/عقب/إثر/قبل/ردا على + noun" is that noun's ([`in_adjunct`]).
        .filter(|&d| verb.is_none_or(|p| !in_adjunct(view, d, p.at, !p.says(view))) || that_was(view, d))
        .filter(|&d| !(says && after_deed_noun(view, d)))
        .filter(|&d| !of_occasion(view, d))
        .filter(|&d| {
            view.dates[d]
                .mention
                .value
                .as_ref()
                .is_some_and(|v| !(past && v.first_day > view.published))
                && !running_span(view, d)
        });
    // The date of a dateline ("أربيل 16 سبتمبر 2017 (وكالة) - وافق البرلمان يوم أمس") stamps the dispatch: a date
    // of the clause's own comes first.
    let mut first = None;
    for d in dates {
        if !in_dateline(view, d) {
            return Some(d);
        }
        first = first.or(Some(d));
    }
    first
}

/// Whether date `d` stands right after a deed noun, or after a deed noun and one adjective ("ووصفت الوكالة
/// الهجوم الإسرائيلي أمس بالمروع", "أدانت الوزارة غارة فجر أمس"): in a statement it dates the deed the
/// speaker names, not the saying.
fn after_deed_noun(view: &View, d: usize) -> bool {
    let start = view.dates[d].tokens.start;
    let deed = |k: usize| view.is_deed_noun(k);
    let word = |k: usize| view.toks[k].kind == crate::text::TokenKind::Word && !view.quoted[k];
    let Some(k) = start.checked_sub(1).filter(|&k| word(k)) else {
        return false;
    };
    deed(k)
        || (k > 0 && word(k - 1) && view.word(k).starts_with("ال") && view.date_covering(k).is_none() && deed(k - 1))
}

/// How many tokens before a date the word of an occasion may stand ([`of_occasion`]): "بمناسبة الذكرى الـ11
/// لانتصار المقاومة عام 2006".
const OCCASION_REACH: usize = 7;

/// How many days before publication an occasion's date may end and still be the day it is marked ("في كلمته
/// في ذكرى عاشوراء" on the eve of the article): an older one is commemorated, not marked.
const OCCASION_DAYS: i64 = 7;

/// Whether date `d` is in the noun phrase of an occasion ("في ذكرى حرب تموز 2006"، "بمناسبة عيد الفصح"), with
/// no punctuation, quotation mark nor finite verb between, and ended over a week before publication: it is the
/// commemorated day, not the clause's.
fn of_occasion(view: &View, d: usize) -> bool {
    let old = view.dates[d]
        .mention
        .value
        .as_ref()
        .is_some_and(|v| (view.published - v.last_day).num_days() > OCCASION_DAYS);
    if !old {
        return false;
    }
    let start = view.dates[d].tokens.start;
    (start.saturating_sub(OCCASION_REACH)..start)
        .rev()
        .take_while(|&k| {
            matches!(
                view.toks[k].kind,
                crate::text::TokenKind::Word | crate::text::TokenKind::Number
            ) && !view.quoted[k]
                && view.finite_verb_at(k).is_none()
        })
        .any(|k| view.has(k, |r| r == NounRole::Occasion))
}

/// How many words before a date the preposition of an adjunct may stand ([`in_adjunct`]).
const ADJUNCT_REACH: usize = 12;

/// Whether date `d` stands, after the verb at `verb`, in an adjunct of a temporal preposition and a noun, with
/// no punctuation nor finite verb between ("حفرت القوات خنادق بعد انتشار وحدات أخرى في البلدة يوم أمس"): it
/// dates the noun, not the deed or the saying, which takes its own date or the publication day. For a `deed`,
/// a connective of cause or answer opens such an adjunct too ("قصف الجيش مقرات ردا على قصف الأخيرة لعفرين
/// أمس"); a statement of a toll keeps the recent day its cause is told with ("أعلنت الشرطة مقتل ثلاثة جراء
/// انفجار فجر أمس", [`super::of_saying`]). A verb that describes the adjunct's indefinite noun ([`describes`])
/// stays inside it. Not "منذ" ([`since`]), a date that opens with the preposition ("قبل يومين", "بعد ظهر
/// أمس"), nor a span ("بعد ساعات من").
fn in_adjunct(view: &View, d: usize, verb: usize, deed: bool) -> bool {
    let start = view.dates[d].tokens.start;
    let word = |k: usize| view.toks.get(k).is_some_and(|t| t.kind == crate::text::TokenKind::Word);
    (start.saturating_sub(ADJUNCT_REACH).max(verb + 1)..start)
        .rev()
        .take_while(|&k| word(k) && (view.finite_verb_at(k).is_none() || describes(view, k)) && !view.quoted[k])
        .any(|k| {
            let temporal = view.has(k, |r| r == NounRole::TemporalPreposition) && !is_since(view, k);
            let n = if temporal {
                1
            } else if !deed || (k > 0 && view.has(k - 1, |r| r == NounRole::Preposition)) {
                // "على وسط قطاع غزة": after a preposition the word is a noun ("the middle"), no connective.
                return false;
            } else {
                match super::super::verb::connective_len(view, k) {
                    Some(n) => n,
                    None => return false,
                }
            };
            view.date_covering(k).is_none()
                && word(k + n)
                && view.date_covering(k + n).is_none()
                && !view.has(k + n, |r| matches!(r, NounRole::Complementizer | NounRole::Interval))
        })
}

/// Whether the finite verb at `k` opens a clause that describes the indefinite noun right before it ("بعد
/// اشتباكات دامية أودت بحياة العشرات أمس"): no conjunction on the verb, and an indefinite word before it.
fn describes(view: &View, k: usize) -> bool {
    let verb = view.word(k);
    let before = k.checked_sub(1).map_or("", |j| view.word(j));
    k > 0
        && view.toks[k - 1].kind == crate::text::TokenKind::Word
        && !verb.starts_with('و')
        && !verb.starts_with('ف')
        && !before.starts_with("ال")
        && !before.starts_with("وال")
        && !view.in_name(k - 1)
}

/// Whether date `d` follows "وذلك" ("that was"), maybe with "في" ("وقصفت القوات قرية في الريف التي تسيطر عليها
/// الفصائل، وذلك مساء أمس"، "وذلك في 12 آذار"): the writer dates the clause's event, past whatever relative
/// clause stands between.
fn that_was(view: &View, d: usize) -> bool {
    let start = view.dates[d].tokens.start;
    let before = |k: usize| start >= k && view.word(start - k) == "وذلك";
    before(1) || (before(2) && view.word(start - 1) == "في")
}

/// Whether date `d` ends right before a comma that the content of a statement follows ("وقال المتحدث باسم
/// الهيئة، التي تدير المعبر، في بيان الأحد، إن", "وقال محافظ المنطقة، التي تقع على الحدود يوم الأحد، إن"):
/// the comma closes the aside, and the date standing last in it tells when the speaker said what follows.
pub(super) fn closes_before_content(view: &View, d: usize, content: usize) -> bool {
    let end = view.dates[d].tokens.end;
    view.is_punct(end, ',') && end + 1 == content && view.has(content, |r| r == NounRole::Complementizer)
}

/// Whether date `d` is a span of hours or days counted back or forth from the anchor ("الساعات الـ24 الماضية",
/// "الأيام الثلاثة الماضية"): what a toll or a count covers, never the time of an event. (A span of weeks or
/// months right after a subject may date statements made over it: "وكانت X قد أعلنت خلال الشهرين الماضيين".)
fn running_span(view: &View, d: usize) -> bool {
    let date = &view.dates[d];
    let mention = &date.mention;
    // Counted from the anchor: the phrase ends in its direction ("الماضية", "الأخيرة", "المقبلة"), unlike a
    // range between two dates ("بين 29 تشرين الثاني و1 كانون الأول").
    let last = date.tokens.end.checked_sub(1).map_or("", |k| view.word(k));
    let counted = matches!(
        last,
        "الماضيه"
            | "الماضي"
            | "الماضيين"
            | "الماضيتين"
            | "الاخيره"
            | "الاخير"
            | "الاخيرين"
            | "المقبله"
            | "المقبل"
            | "القادمه"
    );
    counted
        && mention.kind == crate::dates::ExpressionKind::Range
        && mention
            .value
            .as_ref()
            .is_some_and(|v| v.granularity <= Granularity::Day)
}

/// Whether date `d` is the span a state or a count covers: a since/until phrase, or a date after a span word
/// ("خلال", "منذ", "طوال", "على مدى").
pub(super) fn is_span(view: &View, d: usize) -> bool {
    matches!(view.dates[d].mention.modifier, Some(Modifier::Since | Modifier::Until))
        || word_before(view, d).is_some_and(|k| view.has(k, |r| r == NounRole::Span))
}

/// The word token right before date `d`, if a word stands there.
fn word_before(view: &View, d: usize) -> Option<usize> {
    let k = view.dates[d].tokens.start.checked_sub(1)?;
    (view.toks[k].kind == crate::text::TokenKind::Word).then_some(k)
}
