//! Dating: a date phrase of the clause (for a statement, only before its content: a date inside what is said
//! dates what is said, not the saying); else the date of the clause it continues (a clause of the same
//! sentence, one whose subject goes on from the previous speaker, or one tied by "حينها"); else the
//! publication date; another speaker's statement opened by a contrast ("، فيما قال سكان إن") does not go on
//! from its sentence. A date after منذ/حتى bounds a state ("تدور منذ الأحد اشتباكات") and is not passed on; a
//! span ("خلال الأسبوعين الماضيين", "منذ ثلاثة أشهر") never dates a statement; a date told in a relative clause
//! ("الحرب التي اندلعت في نيسان") dates that clause, not the event nor what follows. A statement in a sentence of
//! its own, with no date of its own, does not take the day of a deed of force told before it ("نفذت القوات
//! غارات مساء أمس. وقالت القوات في بيان إن"): it is made on the day of the news.

use chrono::NaiveDate;

use super::clause::Clause;
use super::lexicon::NounRole;
use super::referent::Who;
use super::verb::Predicate;
use super::view::View;
use super::{DateBasis, EventDate};
use crate::dates::{Anchor, Modifier};

/// The date the latest dated clause stood at, for the clauses that continue it, and the dates of the named
/// speakers' statements (catalog or not), for their later ones.
#[derive(Debug, Clone, Default)]
pub(crate) struct Carried {
    /// The date mention, the sentence it dated, and whether it may be passed on.
    last: Option<(usize, usize, bool)>,
    /// Whether that date is of a deed or statement told in the pluperfect as background ("وكانت قوات X
    /// اعترضت أمس صاروخين").
    background: bool,
    /// Whether that date was told by a clause that makes no event ([`Carried::clause_without_event`]) and no
    /// event has taken it since.
    eventless: bool,
    /// Whether that clause without an event told the dispatch's news before any event of it ("استهدفت قذيفة،
    /// أمس الأحد، المنطقة الخضراء"): the statements told of it in the next sentences were made on its day.
    lead_scene: bool,
    /// Whether that date is of a statement: what a speaker goes on to say carries it however long ago it was.
    of_statement: bool,
    /// Whether that date is of a deed of armed force told by an event of its own ("قصفت الطائرات البلدة أمس"): a
    /// statement in a later sentence with no date of its own does not take it.
    of_force: bool,
    /// The named speakers with the date phrase of each dated statement in their own words, in text order.
    said_on: Vec<(Who, usize)>,
    /// The sentence of the latest deed told as the background of the news ([`habitual`]).
    habitual_in: Option<usize>,
    /// The latest day an event was dated to in its own words, of those [`fresh_day`] accepts: the day of the
    /// news the dispatch has come to.
    news_day: Option<NaiveDate>,
    /// The sentence that restated the date of the statements before it ([`Carried::restated`]): its date is
    /// theirs, not a clause's without an event.
    restated_in: Option<usize>,
    /// Whether the dispatch's first event outside its headings has been seen ([`Carried::lead`]).
    lead_seen: bool,
    /// The date phrase of that first event when it is a statement dated the day before publication in its own
    /// words ("أعلن الجيش أمس أنه سيطر"): the dispatch is a report of that day's news, and its later events with
    /// no day of their own are of it.
    report: Option<usize>,
    /// Whether the latest event was dated by publication: the speaker going on from it does not return to
    /// the report's day.
    at_publication: bool,
    /// The sentence of the latest event when it was a statement dated by publication ("أفادت التنسيقية بمقتل 6
    /// جراء قصف نفذته القوات أمس"): a deed told in a relative clause of what it says is part of its report.
    said_today_in: Option<usize>,
}

impl Carried {
    /// The date phrase of the last dated statement `who` made in their own words, for a later one of theirs
    /// with no date ("وأشار كباشي" paragraphs after "قال كباشي أمس").
    pub(crate) fn said_on(&self, view: &View, who: &Who, day: NaiveDate) -> Option<usize> {
        self.said_on
            .iter()
            .rev()
            .find(|(w, _)| who.same(w, view.catalog, day))
            .map(|&(_, d)| d)
    }

    /// Notes that `who` made a statement dated by date phrase `d`.
    pub(crate) fn said(&mut self, who: &Who, d: usize) {
        self.said_on.push((who.clone(), d));
    }

    /// Notes that the clause tells a habitual deed ([`habitual`]), the background of the news.
    pub(crate) fn habitual(&mut self, clause: &Clause) {
        self.habitual_in = Some(clause.sentence);
    }

    /// Whether the clause says, in the present, what the actors of a habitual deed of its sentence say of it
    /// ("ويشن المتمردون هجمات على القوافل منذ أشهر، ويقولون إنها رد على الحصار", "فيما تقول الجماعة إنه
    /// دفاع عن النفس"): the claim goes with that background, and is no statement of the day.
    pub(crate) fn goes_on_habitual(&self, view: &View, clause: &Clause, verb: &Predicate) -> bool {
        verb.hit.present && self.habitual_in == Some(clause.sentence) && verb.says(view)
    }

    /// Notes the date of a clause without an event verb ("في 8 كانون الأول، ..."), for the clauses after it.
    /// Such a date is background to a subject named again, as a pluperfect's: a passive, a relative clause on
    /// another actor, a heading ("وشوهدت الصواريخ أمس تنطلق نحو المدينة", "والقائد هو الذي أقرت الجماعة،
    /// الاثنين، بمقتله"). A verb with no written subject goes on with it; a speaker or doer named again returns
    /// to the story and does not take it.
    pub(crate) fn clause_without_event(&mut self, view: &View, clause: &Clause) {
        if self.restated_in == Some(clause.sentence) {
            return;
        }
        if let Some(d) = written(view, clause, None) {
            self.last = Some((d, clause.sentence, !opens_with_since(view, clause)));
            self.background = pluperfect(view, clause);
            self.eventless = true;
            self.lead_scene = !self.lead_seen && !self.background;
            self.of_statement = false;
            self.of_force = false;
        }
    }

    /// Notes that the clause restated the date `d` of the statements before it ("جاء ذلك في مؤتمر صحفي
    /// الأربعاء", [`redate_before`]): what the speaker goes on to say after it was said then too.
    pub(crate) fn restated(&mut self, clause: &Clause, d: usize) {
        self.restated_in = Some(clause.sentence);
        self.last = Some((d, clause.sentence, true));
        self.background = false;
        self.eventless = false;
        self.of_statement = true;
        self.of_force = false;
    }

    /// Notes the dispatch's first event outside its headings, of `verb` in `clause`, dated by date phrase
    /// `explicit` of its own: a statement of the day before publication makes the dispatch a report of that day
    /// ([`Carried::report`]), whether the date is the saying's or that of a deed it relays ("أفادت الوكالة بأن
    /// الجيش شن صباح الأربعاء"), at any time of that day. Not a background ("وكان الجيش قد أعلن أمس").
    pub(crate) fn lead(&mut self, view: &View, clause: &Clause, verb: &Predicate, explicit: Option<usize>) {
        if std::mem::replace(&mut self.lead_seen, true) {
            return;
        }
        self.report =
            explicit.filter(|&d| verb.says(view) && day_before_publication(view, d) && !pluperfect(view, clause));
    }

    /// The report's date phrase ([`Carried::report`]) for a clause with no date of its own, while the dispatch is
    /// still at that day: not in the pluperfect, no event has told another day since (a background's or a
    /// since-clause's date does not count), and no later day up to publication was told since, in what was said
    /// either ("وقالت المصادر إن الطرق أعيد فتحها صباح اليوم").
    fn still_report(&self, view: &View, clause: &Clause) -> Option<usize> {
        let r = self.report?;
        let other_day = self
            .last
            .is_some_and(|(d, _, _)| day_of(view, d) != day_of(view, r) && !self.dates_background());
        (!other_day && !pluperfect(view, clause) && !later_told(view, clause, r)).then_some(r)
    }

    /// Whether date `d` is the report's day ([`Carried::report`]) and a later day up to publication was told
    /// since, up to the end of the clause: the dispatch has come to the news of that later day.
    fn report_ended(&self, view: &View, clause: &Clause, d: usize) -> bool {
        self.report.is_some_and(|r| day_of(view, r) == day_of(view, d)) && later_told(view, clause, d)
    }

    /// The sentence of the date to pass on.
    pub(crate) fn sentence(&self) -> Option<usize> {
        self.last.map(|(_, s, _)| s)
    }

    /// Whether the date to pass on is that of a background clause, in the pluperfect or with no event: a
    /// speaker the text returns to after it ("وأشار المالكي إلى أن ...") does not take it.
    pub(crate) fn dates_background(&self) -> bool {
        self.last.is_some() && (self.background || self.eventless)
    }

    /// The date of an event of `verb` in `clause`; `explicit` is [`written`]'s answer, and `follows` what the
    /// event's subject goes on from. The event's date is carried to the next clauses.
    pub(crate) fn date(
        &mut self,
        view: &View,
        clause: &Clause,
        explicit: Option<usize>,
        follows: Follows,
        published: &Anchor,
        verb: &Predicate,
    ) -> Option<EventDate> {
        let says = verb.says(view);
        // In the clause, or just before it in its sentence ("وفي وقت سابق، أعلن"): a few words back, so that a
        // sentence of many clauses is not read again for each.
        let before = clause
            .tokens
            .start
            .saturating_sub(THEN_REACH)
            .max(clause.sentence_start);
        let then = || {
            (before..clause.tokens.end)
                .any(|k| view.has(k, |r| r == NounRole::Then) || matches!(view.phrase_at(k), Some((_, NounRole::Then))))
        };
        let same_sentence = self.last.is_some_and(|(_, s, _)| s == clause.sentence);
        // The clause's words are read last, and only for a date it may inherit.
        // Another speaker's statement that a contrast opens ("قصفت الطائرات البلدة أمس، فيما قال سكان إن") tells
        // their side, not the sentence's scene: the sentence alone does not pass its date on.
        let turned = || says && follows == Follows::Nothing && turns(view, clause);
        // The day of a deed told in the sentences just before, with no day of the news since ("اعترضت الدفاعات
        // الجوية صواريخ الجمعة. وقال مصدر عسكري إن"): what another speaker says of it in a sentence of their own
        // was said on that day, when it was that day or the day before publication, before its night.
        // Not after the dispatch has told a later day ("قصفت الطائرات فجر اليوم ... واقتحمت القوات أمس"): what is
        // said then is the news of that later day.
        let first_day = |d: usize| day_of(view, d);
        let fresh = || {
            self.last.is_some_and(|(d, _, _)| {
                fresh_day(view, d) && first_day(d) >= self.news_day && !later_before(view, d, clause.tokens.start)
            })
        };
        let story = says
            && follows == Follows::Nothing
            && !self.of_statement
            && (!self.eventless || self.lead_scene)
            && !self.background
            && fresh()
            && self
                .last
                .is_some_and(|(_, s, _)| clause.sentence <= s + STORY_SENTENCES)
            && !turned();
        // Another speaker's statement right after one of the day before publication, before its night ("واتهمت
        // الشبكة، أمس الأربعاء، القوات بقصف ... . وقال المتحدث باسم المنظمة إن", "أعلن الجيش مساء أمس ... فيما
        // نفت الحركة"): the answers and the other sides a report of that day gathers were given that day, a
        // contrast too (on the 51 classed rounds the readers dated 19 such statements so, 7 by the publication day).
        let answers = || {
            says && follows == Follows::Nothing
                && self.of_statement
                && !self.background
                && !pluperfect(view, clause)
                && self.last.is_some_and(|(d, s, _)| {
                    said_the_day_before(view, d)
                        && first_day(d) >= self.news_day
                        && clause.sentence <= s + STORY_SENTENCES
                })
        };
        let continues = || (same_sentence && !turned()) || follows == Follows::Previous || then() || story || answers();
        let own = match follows {
            Follows::Own(d) => Some(d),
            _ => None,
        };
        // Passed on neither: a since or until bound, the history a statement recalls, a day to come, nor what a
        // toll or a count covers ("بلغت حصيلة الاشتباكات طيلة ليل الأحد 12 قتيلا"). Nor the day of a deed of force
        // to a statement in a sentence of its own ("نفذت القوات غارات مساء أمس. وقالت القوات في بيان إن"): it is
        // made on the day of the news, unless a "then" phrase ties it to the deed ("وقالت حينها") or the deed was
        // done on the day of the news or the day before, before its night ([`fresh_day`]). A visit or a vote is
        // the occasion of what is said at it ("زار الرئيس الجرحى أمس. وأشاد الرئيس بشجاعتهم").
        let fought = || self.of_force && !same_sentence && !then() && !fresh();
        let passable = |d: usize| {
            !(since(view, d)
                || view.dates[d].mention.modifier == Some(Modifier::Until)
                || (says && !self.of_statement && (history(view, d) || fought()))
                || to_come(view, d)
                || is_span(view, d))
        };
        // A deed told in a new sentence opened by "و" and a past verb, right after a sentence that dated a deed
        // ("تظاهر الطلاب أمس في الساحة. ورفع المحتجون الأعلام"), goes on with that scene.
        let scene = |s: usize| {
            !says
                && s + 1 == clause.sentence
                && !self.of_statement
                && !self.background
                && clause.first_word(view).is_some_and(|k| {
                    // "كما قصف الطيران ...": "كما" joins a deed to the scene as "و" does.
                    let k = if matches!(view.word(k), "كما" | "وكما") {
                        k + 1
                    } else {
                        k
                    };
                    (view.word(k).starts_with('و') || k > 0 && matches!(view.word(k - 1), "كما" | "وكما"))
                        && view.finite_verb_at(k).is_some_and(|h| !h.present)
                })
        };
        let lately = follows == Follows::Lately;
        let (date_index, basis) = match (explicit, self.last) {
            (Some(d), _) => (Some(d), DateBasis::Explicit),
            (None, _) if lately || follows == Follows::Now => (None, DateBasis::Publication),
            (None, Some((d, _, open))) if open && continues() && passable(d) && !self.report_ended(view, clause, d) => {
                (Some(d), DateBasis::Inherited)
            }
            (None, Some((d, s, open))) if open && scene(s) && passable(d) && !history(view, d) => {
                (Some(d), DateBasis::Inherited)
            }
            // A speaker named again after others ("وأشار كباشي" paragraphs after "قال كباشي أمس"): the date of
            // their own last statement.
            (None, _) if own.is_some() => (own, DateBasis::Inherited),
            // A report of the day before publication, still at that day: what it goes on to tell was of it.
            (None, _)
                if !(follows == Follows::Previous && self.at_publication)
                    && self.still_report(view, clause).is_some() =>
            {
                (self.report, DateBasis::Inherited)
            }
            _ => (None, DateBasis::Publication),
        };
        // A time clause told as the background of the news ("وتأتي التحذيرات بعد أن سيطرت القوات على المدينة في
        // 26 تشرين الأول") dates its own deed only: what the sentence goes on to tell is the news.
        let open = !opens_with_since(view, clause) && !subordinate(view, clause);
        if basis == DateBasis::Explicit {
            // A deed told in a relative clause of a statement of the day is background to that report: the
            // speakers of the next sentences say their words on the day of the news, not of the deed.
            let reported = verb.hit.object && self.said_today_in == Some(clause.sentence);
            self.background = pluperfect(view, clause) || reported;
            self.of_statement = says;
            self.of_force = !says && verb.entry(view).kind.is_force();
            if let Some(d) = date_index.filter(|&d| fresh_day(view, d)) {
                self.news_day = self.news_day.max(first_day(d));
            }
        }
        self.at_publication = date_index.is_none();
        self.said_today_in = (says && date_index.is_none()).then_some(clause.sentence);
        self.last = date_index.map(|d| (d, clause.sentence, open));
        // Taken by an event ("وفي كلمة ألقاها يوم الأحد، برر الرئيس ..."), the date is the story's.
        self.eventless = false;
        match date_index {
            Some(d) => EventDate::of_mention(&view.dates[d].mention, basis),
            None => {
                let day = published.date();
                // The recent past: the days before the publication day, as a range.
                let (first_day, last_day) = match lately {
                    true => (
                        day.checked_sub_days(chrono::Days::new(LATELY_DAYS)).unwrap_or(day),
                        day.pred_opt().unwrap_or(day),
                    ),
                    false => (day, day),
                };
                Some(EventDate::days(first_day, last_day, DateBasis::Publication))
            }
        }
    }
}

/// The first day of date phrase `d`'s value, if it has one.
fn day_of(view: &View, d: usize) -> Option<NaiveDate> {
    view.dates[d].mention.value.as_ref().map(|v| v.first_day)
}

/// Whether a day after date `d`'s, up to publication, was told after it, up to the end of the clause, outside
/// quotations (a speaker's "الآن" is no day of the news).
fn later_told(view: &View, clause: &Clause, d: usize) -> bool {
    later_day(view, d, clause.tokens.end, |_| true)
}

/// Whether a day after date `d`'s, up to publication, was told after it and before token `to`, outside
/// quotations and what a statement says ("قتل 12 مدنيا مساء الاثنين، وفق ما أعلنته اللجنة في بيان اليوم
/// الثلاثاء."): the story has come to that later day.
fn later_before(view: &View, d: usize, to: usize) -> bool {
    later_day(view, d, to, |k| !said_before(view, k))
}

/// Whether a date phrase after date `d` and starting before token `to`, outside quotations and where `counts`
/// its first token, tells a day after `d`'s first day, up to publication.
fn later_day(view: &View, d: usize, to: usize, counts: impl Fn(usize) -> bool) -> bool {
    let Some(day) = day_of(view, d) else {
        return false;
    };
    view.dates[d + 1..]
        .iter()
        .take_while(|m| m.tokens.start < to)
        .filter(|m| !view.quoted[m.tokens.start] && counts(m.tokens.start))
        .any(|m| {
            m.mention
                .value
                .as_ref()
                .is_some_and(|v| v.first_day > day && v.first_day <= view.published)
        })
}

/// How many tokens back [`said_before`] looks for a complementizer: a text without stops costs no more.
const SAID_REACH: usize = 40;

/// Whether token `k` stands in what a statement says: a complementizer ("أن", "إن") before it in its sentence.
fn said_before(view: &View, k: usize) -> bool {
    (k.saturating_sub(SAID_REACH)..k)
        .rev()
        .take_while(|&j| !view.is_stop(j))
        .any(|j| view.has(j, |r| r == NounRole::Complementizer))
}

/// What a clause with no date phrase of its own goes on from, given what its subject `follows`: the recent
/// past when "مؤخرا" or "في الآونة الأخيرة" stands before what it says ([`Follows::Lately`]); the day of the
/// news when it is a statement in the present that opens a sentence of its own ("ويقول مسؤولون إن", "وتقول
/// الهيئة إن", [`Follows::Now`]), which tells what is said now, not on the day a sentence before it dated.
pub(crate) fn undated(
    view: &View,
    clause: &Clause,
    verb: &Predicate,
    carried: &Carried,
    dated: bool,
    follows: Follows,
) -> Follows {
    if dated {
        return follows;
    }
    let says = verb.says(view);
    let limit = if says { verb.content } else { clause.tokens.end };
    let lately =
        |k: usize| view.has(k, |r| r == NounRole::Lately) || matches!(view.phrase_at(k), Some((_, NounRole::Lately)));
    // In the clause, or a few words before it in its sentence ("وفي الآونة الأخيرة، قالت"), as "then" phrases.
    let before = clause
        .tokens
        .start
        .saturating_sub(THEN_REACH)
        .max(clause.sentence_start);
    if (before..limit).any(|k| !view.quoted[k] && lately(k)) {
        return Follows::Lately;
    }
    let now = says && verb.hit.present && carried.sentence().is_some_and(|s| s != clause.sentence);
    if now {
        return Follows::Now;
    }
    follows
}

/// Whether the clause tells a deed of the recent past with no day of its own ("وكثفت تركيا في الآونة الأخيرة
/// ضرباتها", "وكانت إسرائيل قد كثفت غاراتها مؤخرا", "وقبل أيام هاجمت"): the background of the news, no event
/// (the readers of 14 rounds listed none of 12 such). A statement made lately stays one ("وأعلنت الوزارة مؤخرا").
pub(crate) fn lately_deed(view: &View, verb: &Predicate, follows: Follows) -> bool {
    follows == Follows::Lately && !verb.says(view)
}

/// How many days before publication "مؤخرا" reaches ([`Follows::Lately`]).
const LATELY_DAYS: u64 = 30;

/// How many words before a clause a "then" phrase of its sentence may stand ("وفي وقت سابق، أعلن").
const THEN_REACH: usize = 6;

/// What an event's subject goes on from, for a clause without a date of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Follows {
    /// The previous speaker, or a verb without a written subject: the latest date passes on.
    Previous,
    /// A speaker named again after others spoke: the date phrase of their own last dated event.
    Own(usize),
    /// Another speaker: no date passes on.
    Nothing,
    /// "مؤخرا", "في الآونة الأخيرة" in the clause or a few words before it in its sentence: the [`LATELY_DAYS`] before the publication day, told by no date
    /// phrase (so reckoned from publication), and passed on to no later clause.
    Lately,
    /// A statement in the present with no date of its own: the publication day, whatever it goes on from.
    Now,
}

/// Whether the clause opens with a pluperfect "وكان(ت) X (قد) VERB": background told out of the order of the
/// story.
pub(crate) fn pluperfect(view: &View, clause: &Clause) -> bool {
    clause.first_word(view).is_some_and(|k| {
        let w = view.word(k);
        w.starts_with('و')
            && view.has(k, |r| r == NounRole::Auxiliary)
            && super::lexicon::strip_conjunction(w).is_some_and(|b| b.starts_with("كان"))
    })
}

/// Whether the clause opens with a particle of contrast, "فيما", "بينما", "لكن" or "في حين" ("، فيما أكد سكان
/// أن", "في حين أعلنت الجماعة"): it turns to another side of the news. Not "في وقت" ("في وقت قال الجيش إن"),
/// which tells what was said at the same time.
fn turns(view: &View, clause: &Clause) -> bool {
    clause.first_word(view).is_some_and(|k| {
        // "فيما" and "في" open with the letter a conjunction "ف" would: only "و" is taken off.
        let w = view.word(k);
        match w.strip_prefix('و').unwrap_or(w) {
            "فيما" | "بينما" | "لكن" => true,
            "في" => view.word(k + 1) == "حين",
            _ => false,
        }
    })
}

/// Whether the clause tells, in the present, what goes on while the news happens ("في وقت تخوض القوات
/// معارك"، "في الوقت الذي يواصل فيه المسلحون تقدمهم"): the verb right after "في وقت" or "في الوقت الذي" is a
/// state that frames the news, not an event of its own. A past verb there ("في الوقت الذي أقدمت فيه") is read.
pub(crate) fn meanwhile(view: &View, clause: &Clause, verb: &Predicate) -> bool {
    if !verb.hit.present {
        return false;
    }
    let Some(first) = clause.first_word(view) else {
        return false;
    };
    let w = view.word(first);
    if super::lexicon::strip_conjunction(w).unwrap_or(w) != "في" {
        return false;
    }
    match view.word(first + 1) {
        "وقت" => verb.at == first + 2,
        "الوقت" => view.word(first + 2) == "الذي" && verb.at == first + 3,
        _ => false,
    }
}

/// Whether a present form is dated by its clause after `published` ("يزور الوزير البلد الأسبوع المقبل", "وتعقد
/// اللجنة اجتماعها غدا"): a plan, no event of the news. A plan told by an according phrase ("ويزور الوزير ...
/// الأسبوع المقبل عواصم عدة، بحسب بيان للوزارة") is the schedule a body announced, and stays an event.
pub(crate) fn planned(
    view: &View,
    clause: &Clause,
    verb: &Predicate,
    explicit: Option<usize>,
    published: NaiveDate,
) -> bool {
    verb.hit.present
        && explicit.is_some()
        && first_day(view, explicit, published) > published
        && !clause.tokens.clone().any(|k| view.has(k, |r| r == NounRole::According))
}

/// Whether the clause opens with "منذ" ("منذ أن أطلقت القوات هجومها قبل يومين"): it tells since when a state
/// lasts, and its date is not passed on.
fn opens_with_since(view: &View, clause: &Clause) -> bool {
    clause.first_word(view).is_some_and(|k| is_since(view, k))
}

/// Whether token `k` is "منذ", with or without "و".
pub(super) fn is_since(view: &View, k: usize) -> bool {
    let w = view.word(k);
    super::lexicon::strip_conjunction(w).unwrap_or(w) == "منذ"
}

/// Whether token `k` is a word of a catalog name.
fn in_name(view: &View, k: usize) -> bool {
    let n = view.names.partition_point(|n| n.tokens.1 <= k);
    view.names.get(n).is_some_and(|n| n.tokens.0 <= k)
}

/// The first day of a date mention, or `fallback` when it has no value.
pub(crate) fn first_day(view: &View, date: Option<usize>, fallback: NaiveDate) -> NaiveDate {
    date.and_then(|d| view.dates[d].mention.value.as_ref().map(|t| t.first_day))
        .unwrap_or(fallback)
}

#[path = "dating_recurring.rs"]
mod recurring;
pub(crate) use recurring::habitual;

#[path = "dating_eve.rs"]
mod eve;
pub(crate) use eve::{day_before, eve, offset_before};

#[path = "dating_age.rs"]
mod age;
pub(crate) use age::of_the_news;
use age::{day_before_publication, fresh_day, history, said_the_day_before, to_come, STORY_SENTENCES};

#[path = "dating_within.rs"]
mod within;
use within::{fronted_since, in_clause_before, since, since_other};

#[path = "dating_restated.rs"]
mod restated;
use restated::in_dateline;
pub(crate) use restated::{redate_before, redate_lead, restated_time};

#[path = "dating_written.rs"]
mod written;
pub(crate) use written::written;
use written::{closes_before_content, is_span};

#[path = "dating_background.rs"]
mod background;
pub(crate) use background::{background_opener, framed, nominal_deed, subordinate};

#[path = "dating_saying.rs"]
mod saying;
pub(crate) use saying::{of_according, of_saying};

#[cfg(test)]
#[path = "dating_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "dating_background_tests.rs"]
mod background_tests;

#[cfg(test)]
#[path = "dating_written_tests.rs"]
mod written_tests;
