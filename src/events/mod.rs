//! Who said or did what, and when: from one article and its publication date to dated, attributed events.
//!
//! An [`Extractor`] is built once (it owns the date finder, the actor catalog, the gazetteer and the
//! attribution vocabulary of `data/attribution/`) and reused across articles and threads. Each article goes
//! through stages, each a module with one job that takes the previous stage's output:
//!
//! 1. `view`: the text is folded and tokenized once; its date phrases, catalog names, quotations and the
//!    vocabulary roles of its words are found and kept per token;
//! 2. `clause`: sentences (quotations kept whole) and clauses ("، وأضاف", "حيث", "في المقابل" ...);
//! 3. `verb`: the clause's event verb (a speech, relay or action verb in any of its agreement forms, or a
//!    verbal noun with a pronoun after "عقب/بعد": "عقب إطلاقها") and where a statement's content starts;
//! 4. `phrase` and `subject`: the noun phrase that is the verb's subject, written after the verb, before it,
//!    as a role noun resolved through the catalog at the event's date, as a bare noun ("السفارة") standing for
//!    the latest actor of its kind, as a speaker the catalog does not know ("مصدر عسكري"), or left implicit and
//!    resolved to the latest actor that agrees with the verb;
//! 5. `relay`: the outlet that relays another's words becomes `via`, and the original speaker the source;
//! 6. `dating`: the date written in the clause (`explicit`), else the date of the clause it continues
//!    (`inherited`), else the publication date (`publication`);
//! 7. `kind`: the event kind of the verb's row in the vocabulary.
//!
//!
//! # Example
//!
//! ```
//! use tarikh::events::Extractor;
//!
//! let extractor = Extractor::new();
//! let text = "أكد وزير الخارجية الروسي أمس الخميس ضرورة التهدئة. وأضاف أن بلاده تتابع الوضع.";
//! let article = extractor.extract(text, "2024-12-06".parse()?);
//! let first = &article.events[0];
//! assert_eq!(first.source.as_ref().map(|s| s.name.as_str()), Some("Sergey Lavrov"));
//! assert_eq!(first.date.as_ref().map(|d| d.value.as_str()), Some("2024-12-05"));
//! let second = &article.events[1];
//! assert_eq!(second.source.as_ref().map(|s| s.name.as_str()), Some("Sergey Lavrov"));
//! assert_eq!(second.date.as_ref().map(|d| d.value.as_str()), Some("2024-12-05"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod air;
mod apposition;
mod builder;
mod candidate;
mod cause;
mod chunk;
mod clause;
mod correspondent;
mod crowd;
mod dating;
mod document;
mod heading;
mod holder;
mod implicit;
mod kind;
mod lexicon;
mod members;
mod memory;
mod model;
mod object;
mod outlet;
mod personal;
mod phrase;
mod preverbal;
mod referent;
mod relay;
mod relay_sentence;
mod reported;
mod roles;
mod sentence;
mod settle;
mod slot;
mod source;
mod speaker;
mod subject;
mod title_again;
mod verb;
mod via;
mod via_again;
mod view;
mod word_order;

use std::borrow::Cow;

use crate::actors::Catalog;
use crate::dates::{Anchor, DateFinder};
use crate::error::InputError;
use crate::places::Gazetteer;
pub use builder::ExtractorBuilder;
pub use kind::EventKind;
use lexicon::AttributionLexicon;
pub use model::{ActorRef, Article, DateBasis, Event, EventDate, Location, Recognition, Span};
use subject::Previous;
use view::{Tables, View};

/// Reads articles into dated, attributed events. Build it once and share it: it is `Send + Sync`.
///
/// # Example
///
/// ```
/// let extractor = tarikh::events::Extractor::new();
/// let article = extractor.extract("وقصفت قوات النظام مدينة حلب أمس.", "2024-12-06".parse()?);
/// assert_eq!(article.events[0].kind, tarikh::events::EventKind::Attack);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct Extractor {
    finder: DateFinder,
    catalog: Cow<'static, Catalog>,
    gazetteer: Cow<'static, Gazetteer>,
    lexicon: &'static AttributionLexicon,
    date_from_publication: bool,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new()
    }
}

impl Extractor {
    /// An extractor with the bundled catalog and gazetteer, dating undated events by the publication date.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::events::{EventKind, Extractor};
    ///
    /// let extractor = Extractor::new();
    /// let text = "أدانت وزارة الخارجية القطرية قصف مخيم للنازحين في ريف إدلب.";
    /// let article = extractor.extract(text, "2024-12-06".parse()?);
    /// assert_eq!(article.events[0].kind, EventKind::Condemnation);
    /// assert_eq!(article.events[0].source.as_ref().map(|s| s.country.as_deref()), Some(Some("QA")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new() -> Extractor {
        Extractor::builder().build()
    }

    /// A builder to choose the catalog, gazetteer and dating policy.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::events::Extractor;
    ///
    /// let extractor = Extractor::builder().date_from_publication(false).build();
    /// let article = extractor.extract("وقال مصدر عسكري إن الهجوم على ريف حماة فشل.", "2024-12-06".parse()?);
    /// assert!(article.events[0].date.is_none()); // no date in the text, and none taken from the publication
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::bundled()
    }

    /// The catalog the extractor attributes with.
    ///
    /// # Example
    ///
    /// ```
    /// let extractor = tarikh::events::Extractor::new();
    /// assert!(extractor.catalog().actor("anadolu").is_some());
    /// ```
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// Reads one article published on `published`.
    ///
    /// # Example
    ///
    /// ```
    /// let extractor = tarikh::events::Extractor::new();
    /// let text = "ونقلت وكالة الأناضول تصريحات الرئيس التركي، اليوم الجمعة 6 من كانون الأول.";
    /// let article = extractor.extract(text, "2024-12-06".parse()?);
    /// let event = &article.events[0];
    /// assert_eq!(event.source.as_ref().map(|s| s.id.as_str()), Some("recep-tayyip-erdogan"));
    /// assert_eq!(event.via.as_ref().map(|s| s.id.as_str()), Some("anadolu"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn extract(&self, text: &str, published: Anchor) -> Article {
        let folded = crate::text::FoldedText::new(text);
        let view = View::read(self.tables(), text, &folded, &published);
        let clauses = clause::split(&view);
        let mut previous = Previous::default();
        let mut carried = dating::Carried::default();
        let mut events: Vec<Event> = Vec::with_capacity(clauses.len() / 2 + 1);
        // The end of the paragraph of a statement opened by a colon without quotation marks ("صرّح X: ...").
        let mut said_until = 0;
        // The sentence of the latest statement with a content ("قال X إن ...").
        let mut said_in = None;
        // The sentence of the latest clause told as background ("وسبق لحركة X أن استهدفت ... وتعهدت").
        let mut background_in = None;
        let headings = heading::find(&view);
        // For each event: whether it is told in a heading. This table and the next have an entry an event: made
        // with the room of `events`, they do not grow three or four times a text.
        let mut in_heading = Vec::with_capacity(events.capacity());
        // Whether an event has been told outside the headings: the lead is past.
        let mut past_lead = false;
        // For each event: its sentence, and whether its relay closes that sentence ("، حسبما ذكرت قناة X.").
        let mut relays = Vec::with_capacity(events.capacity());
        // The relay of the latest event: a statement that goes on from it ("وأضاف") came through it too.
        let mut last_via: Option<referent::Referent> = None;
        // The speakers of the latest event told by several ("ورحبت مصر وقطر"), for a plural verb going on.
        let mut joint: Option<Vec<referent::Referent>> = None;
        // The clause of the latest event, and the tokens its words cover.
        let mut last_event_clause = None;
        // Whether the latest event says (a statement), for a relative deed that follows it.
        let mut last_event_says = false;
        let mut last_event_tokens: Option<std::ops::Range<usize>> = None;
        for (c, clause) in clauses.iter().enumerate() {
            // "جاء ذلك في تصريحات نقلتها وكالة X": the sentence tells where the event before it came from.
            let sentence_end = clauses[c..]
                .iter()
                .take_while(|next| next.sentence == clause.sentence)
                .map(|next| next.tokens.end)
                .max()
                .unwrap_or(clause.tokens.end);
            // "جاء ذلك في بيان نشرته الوزارة الثلاثاء": the date of what went before.
            if let Some(d) = dating::restated_time(&view, clause) {
                let last_sentence = relays.last().map(|&(s, _, _)| s);
                if dating::redate_before(&view, &mut events, last_sentence, clause.sentence, d) {
                    carried.restated(clause, d);
                }
            }
            if let Some(via) = relay::restated(&view, clause, sentence_end) {
                let before = relays.last().is_some_and(|&(s, _, _)| s + 1 == clause.sentence);
                if let (Some(event), true) = (events.last_mut(), before) {
                    if event.via.is_none() {
                        let day = event.date.as_ref().map_or(published.date(), |d| d.first_day);
                        event.via = Some(via.resolve(&view, day));
                        last_via = Some(via);
                    }
                }
                carried.clause_without_event(&view, clause);
                continue;
            }
            let Some(verb) = verb::find(&view, clause) else {
                if clause.tokens.start >= said_until {
                    carried.clause_without_event(&view, clause);
                }
                continue;
            };
            // What such a statement says runs to the end of its paragraph: a deed told there ("وقد زار الرئيس
            // الأسبوع الماضي ...") is said, not an event; a new statement ("وأضاف") is one.
            if clause.tokens.start < said_until && !verb.says(&view) {
                continue;
            }
            // "قال المرصد إن القوات قصفت البلدة، حيث أغار الطيران على أطرافها": a deed opened by "حيث" or "كما" in
            // the sentence of a statement's content goes on telling that content.
            if said_in == Some(clause.sentence) && !verb.says(&view) && clause::goes_on(&view, clause) {
                continue;
            }
            let cut = clause::cut_short(&view, clause, verb.at) || clause::negated(&view, clause);
            if cut || heading::byline(&view, verb.at) {
                continue;
            }
            // Past the lead (an event told outside the headings), a present deed with no day is background too.
            if dating::habitual(&view, clause, &verb, published.date(), !past_lead)
                || carried.goes_on_habitual(&view, clause, &verb)
            {
                carried.habitual(clause);
                continue;
            }
            let explicit = dating::written(&view, clause, Some(&verb));
            // "وجاء الهجوم اليوم بعد يوم من شن القوات غارات": a deed told a day before its clause.
            let aside = dating::day_before(&view, clause, &verb);
            // "بعد أن سيطرت الفصائل على حلب": a deed or statement told as the background of another, with no
            // date of its own, is no event (its time is only "before" the main clause's).
            if explicit.is_none()
                && (dating::subordinate(&view, clause)
                    || ((dating::framed(&view, clause, &verb) || dating::nominal_deed(&view, clause, &verb))
                        && aside.is_none())
                    || dating::meanwhile(&view, clause, &verb)
                    || dating::background_opener(&view, clause, &verb))
            {
                background_in = Some(clause.sentence);
                continue;
            }
            let rough_day = dating::first_day(&view, explicit, published.date());
            // "أدانت الحكومة الهجوم الذي شنته قوات X", "أعلنت إيران مقتل 7 في الهجوم الذي شنته إسرائيل اليوم": a
            // deed told in a relative clause right after a statement of the same sentence is part of what
            // that statement tells, not an event of its own, unless it has a day of its own ("لصد الهجوم الذي
            // بدأته قوات X الخميس الماضي"); that event's words run on through it. After a clause with no event
            // ("قتل 5 في غارة شنتها طائرات X") it is the event.
            let follows_event = last_event_clause.is_some_and(|last| last + 1 == c);
            // After a deed ("صدت القوات هجوما شنته مسلحون على البلدة") the relative deed is another doer's act,
            // told as news of its own: only a statement's relative deed is part of what it tells.
            let follows_statement = follows_event && last_event_says;
            // A day before the clause ("بعد يوم من غارات شنها الجيش") is a day of its own.
            let same_day = (explicit.is_none() && aside.is_none())
                || events
                    .last()
                    .is_some_and(|e| e.date.as_ref().map_or(published.date(), |d| d.first_day) == rough_day);
            // "، فيما وصفه X"، "وهو ما أكدته X": opened by a comma, a clause opener or "وهو ما", the verb tells the
            // stance of a subject of its own on what went before, an event of its own.
            let opens_own = verb.at > 0
                && (view.is_punct(verb.at - 1, ',')
                    || view.has(verb.at - 1, |r| r == lexicon::NounRole::ClauseOpener)
                    || view.which_is_what(verb.at - 1));
            // "واستنكر X هجوم الجماعة الذي استهدف الوالي": a relative clause on the object of the statement, its
            // pronoun the subject, tells the object too.
            // Not a time noun's clause, an event of its own ("في الوقت الذي قالت فيه X").
            let relative_subject = verb.at > 1
                && view.has(verb.at - 1, |r| r == lexicon::NounRole::Relative)
                && !view.has(verb.at - 2, |r| r == lexicon::NounRole::TimeRelative)
                && !verb.says(&view);
            if !opens_own
                && (verb.hit.object || relative_subject)
                && follows_statement
                && same_day
                && previous.sentence == Some(clause.sentence)
            {
                if let (Some(event), Some(tokens)) = (events.last_mut(), last_event_tokens.as_mut()) {
                    tokens.end = clause.tokens.end;
                    event.text = view.original(tokens.clone()).trim().to_string();
                    event.span = view.span(tokens.clone());
                }
                last_event_clause = Some(c);
                continue;
            }
            if clause::relative_deed(&view, clause, &verb) && !explicit.is_some_and(|d| dating::of_the_news(&view, d)) {
                continue;
            }
            let (subject, subject_end) = subject::choose(&view, clause, &verb, rough_day, &previous);
            // "يزور الوزير X البلد الأسبوع المقبل": a plan, no event; a surname later is still the person it names.
            if dating::planned(&view, clause, &verb, explicit, published.date()) {
                subject.iter().for_each(|s| previous.remember(s));
                continue;
            }
            let joined = follows_event && clause.coordinated(&view, verb.at);
            let attribution = relay::attribute(&view, clause, &verb, (subject, subject_end), joined, rough_day);
            let attribution = relay::by_document_again(&view, clause, attribution, &previous, rough_day);
            let Some(source) = attribution.source else {
                // A clause whose verb makes an event only with a written subject ("أخرى أطلقها، الخميس،")
                // still dates what follows, as a clause without a verb does.
                // Not a relative clause on a noun of the event just told ("أعلن الجيش، اليوم، مقتل جنود في هجوم
                // شنه صباح أمس مسلحون"): its date is that noun's, and what follows goes on from the event.
                // Before the dispatch's first event, a deed whose doer is no actor ("استهدفت قذيفة، أمس الأحد،
                // المنطقة الخضراء") tells the news that the next sentences report: its date is carried too.
                let entry = verb.entry(&view);
                let relative = verb.hit.object && follows_event && previous.sentence == Some(clause.sentence);
                let carries = entry.class == lexicon::VerbClass::According || entry.written_subject || verb.hit.object;
                if (carries || !past_lead) && !relative {
                    carried.clause_without_event(&view, clause);
                }
                continue;
            };
            let source = previous.said_again(&view, source, &verb);
            if speaker::no_author(&view, &source) {
                continue;
            }
            // "يذكر أن هجمات متزامنة استهدفت ...": the writer's background; the speaker before is not its author.
            if source.how == Recognition::Implicit && preverbal::bare_remark(&view, clause, verb.at) {
                continue;
            }
            // A deed joined by "و" to what is said, or any verb joined to a background clause, goes on telling it.
            let after_background = background_in == Some(clause.sentence) && explicit.is_none();
            if (said_in == Some(clause.sentence) && implicit::joined_to_what_is_said(&view, clause, &verb, &source))
                || (after_background && implicit::joined_carried(&view, clause, &verb, &source))
            {
                continue;
            }
            // "وتخوض حرب شوارع": a deed in a sentence of its own, its subject carried from an earlier one.
            if source.how == Recognition::Implicit
                && implicit::carried_to_a_deed(&view, clause, &verb, joined, &previous)
            {
                continue;
            }
            // "قال الوزير إن ...، حيث رأى أن", "وصل الرئيس إلى واشنطن قادما من باريس، حيث شارك في قمة": the
            // statement or the deed before goes on. After a clause with no event ("مطالبات وجهتها سفارة الصين،
            // حيث طالبت رعاياها") the "حيث" clause tells the event itself; after a deed, a deed of force ("شنت
            // الحركة هجوما على المدينة، حيث استهدفت مطارها") is one more strike of the same doer, told as news.
            if source.how == Recognition::Implicit
                && previous.sentence == Some(clause.sentence)
                && clause::elaborates(&view, clause)
                && (last_event_says || !clause::force_deed(&view, &verb))
            {
                continue;
            }
            let explicit = if attribution.deed_in_content {
                // The agent's deed or words inside the outlet's statement: their date is the clause's.
                dating::written(&view, clause, None)
            } else {
                let said_after = source.tokens.as_ref().map_or(subject_end, |t| t.end.max(subject_end));
                dating::of_saying(&view, clause, &verb, said_after, explicit)
            };
            // A source written in an according phrase that tells when it spoke ("قتل 12 شخصا مساء الاثنين، وفق ما
            // أعلنته اللجنة في بيان اليوم الثلاثاء") is dated by that phrase, not by what it reports.
            let explicit = if attribution.deed_in_content {
                explicit
            } else {
                dating::of_according(&view, clause, source.tokens.as_ref()).or(explicit)
            };
            // An outlet that reports another's deed is still the one speaking: "وأضافت" after it is the outlet's,
            // and its report goes on from its earlier ones.
            let speaker = match &attribution.via {
                Some(outlet) if attribution.deed_in_content || attribution.body_speaks => outlet.clone(),
                _ => source.clone(),
            };
            // After a background clause, in the pluperfect or with no event of its own ("والقائد هو الذي أقرت
            // الجماعة، الاثنين، بمقتله"), a clause that names its subject again or refers back
            // to another actor returns to the story ("وكانت قوات X قد طالبت في أكتوبر ... . وتجاهلت قوات X أسئلة
            // الصحفيين", "وكانت قوات الدفاع الجوي اعترضت أمس ... . وأشار المالكي إلى أن"): it does not take the
            // background's date. A verb without a written subject ("وأضافت") goes on with the background.
            let returns = carried.dates_background()
                && !dating::pluperfect(&view, clause)
                && match speaker.how {
                    Recognition::Implicit => false,
                    // A bare noun for the background's own subject goes on with it ("وكانت الوزارة أعلنت أمس ...
                    // . وأكدت الوزارة"); for another actor, or when the background told no event of its own, it
                    // returns to the story.
                    Recognition::Anaphor => {
                        carried.sentence() != previous.sentence
                            || previous
                                .subject
                                .as_ref()
                                .is_some_and(|p| !p.who.same(&speaker.who, view.catalog, rough_day))
                    }
                    _ => true,
                };
            let continues = !returns && previous.continued_by(&view, &speaker, rough_day);
            // Only a statement of a named speaker (catalog or not) in its own words dates a later one of theirs: a
            // deed's date or the date of what an outlet reports is not that of a statement.
            let named_speaker =
                !matches!(speaker.how, Recognition::Implicit) && verb.says(&view) && !attribution.deed_in_content;
            let own = (explicit.is_none() && !continues && !returns && named_speaker)
                .then(|| carried.said_on(&view, &speaker.who, rough_day))
                .flatten();
            let follows = match (continues, own) {
                (true, _) => dating::Follows::Previous,
                (false, Some(d)) => dating::Follows::Own(d),
                (false, None) => dating::Follows::Nothing,
            };
            let follows = dating::undated(&view, clause, &verb, &carried, explicit.is_some(), follows);
            if dating::lately_deed(&view, &verb, follows) {
                continue;
            }
            // "ونقلت وكالة X عن الوزير قوله ... . وأضاف أن": the statement goes on through the same outlet.
            let via = match attribution.via {
                // Not to the source itself ("وذكرت الوزارة نقلا عن مديرها ... . وأضاف البيان").
                None if continues && verb.says(&view) => last_via
                    .clone()
                    .filter(|v| !v.who.same(&source.who, view.catalog, rough_day)),
                via => via,
            };
            // "وقال هذا المصدر" after "بحسب ما أفاد مصدر طبي لوكالة X": named again, a speaker still tells the outlet
            // they were named with.
            let via = via.or_else(|| {
                (source.how == Recognition::Anaphor && verb.says(&view) && !attribution.deed_in_content)
                    .then(|| via_again::told_when_named(&view, &source))
                    .flatten()
            });
            let heading = headings.iter().any(|h| h.contains(&clause.tokens.start));
            let date = carried
                .date(&view, clause, explicit, follows, &published, &verb)
                .filter(|d| self.date_from_publication || d.basis != DateBasis::Publication);
            // The deed the news comes a day after is dated the day before the clause's date, unless a date phrase
            // after the offset dates it itself.
            let date = match aside {
                Some(k) if explicit.is_none_or(|d| view.dates[d].tokens.end <= k) => date.map(dating::eve),
                _ => date,
            };
            if let (Some(d), true) = (explicit, named_speaker) {
                carried.said(&speaker.who, d);
            }
            let day = date.as_ref().map_or(published.date(), |d| d.first_day);
            // The clause's span, for the event, its text and its places; a verb of saying that closes its sentence
            // says the clauses before it ("وتم توقيف ثلاثة أشخاص، يضيف البيان.").
            let start =
                if clause::closing_attribution(&view, clause, &verb) && previous.sentence != Some(clause.sentence) {
                    clause.sentence_start
                } else {
                    clause.tokens.start
                };
            let span = view.span(start..clause.tokens.end);
            let event = Event {
                date,
                source: Some(correspondent::as_told(&view, &source).resolve(&view, day)),
                via: via.as_ref().map(|v| v.resolve(&view, day)),
                verb: view.original(verb.at..verb.at + 1).to_string(),
                lemma: verb.entry(&view).lemma.clone(),
                kind: verb.entry(&view).kind,
                quotation: clause.quotation(&view),
                locations: view.locations(&span),
                text: view.text[span.start..span.end].trim().to_string(),
                span,
                confidence: referent::confidence(&source, verb.hit.masdar),
            };
            if !heading {
                carried.lead(&view, clause, &verb, explicit);
            }
            past_lead |= !heading;
            in_heading.push(heading);
            let last_of_sentence = clauses.get(c + 1).is_none_or(|next| next.sentence != clause.sentence);
            let (closing, opening) =
                relay_sentence::sentence_relay(&view, clause, via.as_ref(), &source, last_of_sentence);
            relays.push((clause.sentence, closing, opening));
            // "ونددت كل من باريس وبرلين بالهجوم": each member joined to a subject says it too, and goes on saying
            // what a verb in the dual or plural with no subject of its own says ("كما حثتا").
            let others = members::others(&view, &source, &verb, clause.tokens.end, day, joint.as_deref());
            let template = (!others.is_empty()).then(|| event.clone());
            joint = template
                .as_ref()
                .map(|_| std::iter::once(source.clone()).chain(others.iter().cloned()).collect());
            events.push(event);
            let (sentence_of, pluperfect) = (
                |i: usize| relays.get(i).map(|r| r.0),
                || dating::pluperfect(&view, clause),
            );
            dating::redate_lead(&mut events, sentence_of, published.date(), pluperfect);
            if let Some(template) = template {
                let heading = in_heading.last().copied().unwrap_or(false);
                for _ in 0..members::push_events(&view, &mut events, &template, others, day) {
                    past_lead |= !heading;
                    in_heading.push(heading);
                    relays.push((clause.sentence, closing, opening));
                }
            }
            if attribution.deed_in_content || aside.is_some() {
                // The agent stays known by name for a later back-reference.
                previous.remember(&source);
            }
            // A body that told the deed ("، بحسب ما أعلنت وزارة الطاقة") is named again by its head ("وقالت الوزارة").
            if let Some(teller) = via
                .as_ref()
                .filter(|v| v.who.kind(view.catalog, day) != Some(crate::actors::ActorKind::Media))
            {
                previous.remember(teller);
            }
            // A deed or statement of the day before, told aside ("وتأتي الضربات بعد يوم من إطلاق X صاروخا"), is
            // no speaker the story goes on with: "وقال البيان" after it is still the earlier speaker's.
            if aside.is_none() {
                previous.spoke(
                    speaker,
                    clause.sentence,
                    verb.says(&view),
                    verb.document_span(&view, clause),
                );
                previous.note_group(&view, day);
                // What relays a deed ("غارة شنتها طائرة ...، وفقا لمصادر طبية") relays no statement its doer
                // makes next ("وأعلن الجيش في بيان"): only a statement's relay goes on with its speaker.
                last_via = via.filter(|_| verb.says(&view));
            }
            last_event_clause = Some(c);
            last_event_says = verb.says(&view);
            last_event_tokens = Some(clause.tokens.clone());
            if verb.says(&view) && verb.content < clause.tokens.end {
                said_in = Some(clause.sentence);
            }
            if let Some(end) = clause::colon_paragraph_end(&view, clause, &verb) {
                said_until = end;
            }
        }
        relay_sentence::spread_closing(&mut events, &relays);
        Article {
            published: published.date(),
            dates: view.dates.into_iter().map(|l| l.mention).collect(),
            events: settle::told_once(settle::without_headings(events, &in_heading)),
        }
    }

    /// [`extract`](Self::extract) on bytes that may not be valid UTF-8.
    ///
    /// # Errors
    ///
    /// [`InputError::InvalidUtf8`] with the offset of the first invalid byte.
    ///
    /// # Example
    ///
    /// ```
    /// let extractor = tarikh::events::Extractor::new();
    /// let article = extractor.extract_bytes("قال مصدر عسكري إن الهجوم فشل.".as_bytes(), "2024-12-06".parse()?)?;
    /// assert_eq!(article.events.len(), 1);
    /// assert!(extractor.extract_bytes(&[0xFF, 0xFE], "2024-12-06".parse()?).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn extract_bytes(&self, bytes: &[u8], published: Anchor) -> Result<Article, InputError> {
        Ok(self.extract(std::str::from_utf8(bytes)?, published))
    }

    fn tables(&self) -> Tables<'_> {
        Tables {
            finder: &self.finder,
            catalog: &self.catalog,
            gazetteer: &self.gazetteer,
            lexicon: self.lexicon,
        }
    }
}

#[cfg(test)]
#[path = "extract_tests.rs"]
mod tests;
