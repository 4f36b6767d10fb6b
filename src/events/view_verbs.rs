//! Which tokens of the view hold a verb ([`View::verb_at`]): the form a word holds, read with its
//! neighbours (a passive written with its damma, a homograph before what a verb takes, a verb that needs a
//! word after it, a relative clause's verb), and cached per token.

use super::*;

/// How far before a verb that needs a word ('verb-if-followed-by') that word may stand as its subject: a
/// subject of a dozen words, a date phrase and an object before the verb joined to the first.
const NEEDED_BEFORE: usize = 24;

/// How far before a verb that needs a word that word may stand as the verb's own subject: a head and two
/// adjectives ("القوات الخاصة الإسرائيلية انتشرت").
const SUBJECT_BEFORE: usize = 3;

impl<'a> View<'a> {
    /// The verb form a token holds, if any.
    #[inline]
    pub(crate) fn verb_at(&self, i: usize) -> Option<VerbHit> {
        match self.verbs.get(i) {
            Some(cell) => *cell.get_or_init(|| self.find_verb_at(i)),
            None => None,
        }
    }

    /// Whether token `i` is known to hold no verb, without reading it: its cell was filled when the view was
    /// read (no verb form, no light verb's role) or by an earlier ask. A token past the end holds none.
    #[inline]
    pub(crate) fn known_no_verb(&self, i: usize) -> bool {
        self.verbs.get(i).is_none_or(|cell| matches!(cell.get(), Some(None)))
    }

    /// The verb form token `i` is spelled as, wherever it stands: the lexicon's form of its word, but for a
    /// past with an object pronoun where the text writes "ة" ("وزارة").
    #[inline]
    pub(crate) fn form(&self, i: usize) -> Option<VerbHit> {
        self.forms.get(i).copied().flatten()
    }

    /// Whether token `i` is spelled as a finite verb, wherever it stands (inside a quotation too): what a
    /// quoted name lacks ("“المقاومة الإسلامية”") and a quoted sentence has ("“قصفت الطائرات منازلنا”").
    pub(crate) fn spelled_as_finite_verb(&self, i: usize) -> bool {
        self.form(i).is_some_and(|h| !h.masdar)
    }

    /// A light verb at `i` with "بـ" and a verbal noun after it, past its subject ("قامت قوات الاحتلال بهدم
    /// منزل", "بعملية اغتيال"): the hit of the verbal noun's verb, agreeing as the light verb does.
    fn light_verb(&self, i: usize) -> Option<VerbHit> {
        let (agreement, present, object) = self.roles(i).iter().find_map(|&r| match r {
            NounRole::LightVerb(a, p, o) => Some((a, p, o)),
            _ => None,
        })?;
        let verb = (i + 1..(i + 12).min(self.toks.len()))
            .take_while(|&j| !self.is_stop(j) && !self.is_punct(j, ':'))
            .find_map(|j| {
                let word = self.word(j);
                let Some(rest) = word.strip_prefix('ب') else {
                    return match object {
                        LightObject::Ba => None,
                        // "أعادت القوات اقتحام المخيم": the verbal noun as the object, in construct with what
                        // it acts on, so without the article.
                        LightObject::Direct => (!word.starts_with("ال"))
                            .then(|| self.lexicon.bare_masdar(word))
                            .flatten(),
                        // "حاولت القوات اقتحام المخيم", "استطاع الجيش السيطرة على", "سارعت الحركة إلى إعلان":
                        // the object of trying or hastening, definite or not, maybe after its preposition.
                        LightObject::Modal => {
                            let noun = match word {
                                "الي" | "من" | "علي" | "في" => self.word(j + 1),
                                _ if self.genitive(i, j) => return None,
                                _ => word,
                            };
                            self.lexicon.bare_masdar(noun.strip_prefix("ال").unwrap_or(noun))
                        }
                        LightObject::Idiom(v) => {
                            let noun = word.strip_prefix("ال").unwrap_or(word);
                            (self.lexicon.bare_masdar(noun) == Some(v as usize)).then_some(v as usize)
                        }
                    };
                };
                match rest {
                    "عمليه" => self.lexicon.bare_masdar(self.word(j + 1)),
                    // "قامت الوكالة بالإعلان عن": the verbal noun with the article.
                    _ => self
                        .lexicon
                        .bare_masdar(rest)
                        .or_else(|| self.lexicon.bare_masdar(rest.strip_prefix("ال")?)),
                }
            })?;
        Some(VerbHit {
            verb: verb as u32,
            agreement,
            masdar: false,
            object: false,
            present,
        })
    }

    /// Whether a definite word at `j`, after a light verb at `i`, is the genitive of the word before it, part of
    /// the subject ("حاولت قوات الاحتلال"), not the object: the word before is no verb, no date or number, no
    /// name of its own, not definite and no sound plural ("استطاع الجيش السوداني السيطرة", "حاول مسلحون
    /// مجهولون التسلل").
    fn genitive(&self, i: usize, j: usize) -> bool {
        let p = j - 1;
        if p == i || !self.word(j).starts_with("ال") || self.toks[p].kind != TokenKind::Word {
            return false;
        }
        let before = self.word(p);
        let bare = strip_conjunction(before).unwrap_or(before);
        // A catalog name that ends before `j` ("حاولت حماس السيطرة"), not one that goes on through it.
        let n = self.names.partition_point(|n| n.tokens.1 < j);
        let own_name = self.names.get(n).is_some_and(|n| n.tokens.1 == j);
        !(bare.starts_with("ال") || bare.ends_with("ون") || self.date_at[p].is_some() || own_name)
    }

    /// Whether the form at `i` is a verb of trying, managing or hastening whose object tells the deed
    /// ([`LightObject::Modal`]).
    pub(crate) fn is_modal(&self, i: usize) -> bool {
        self.roles(i)
            .iter()
            .any(|&r| matches!(r, NounRole::LightVerb(_, _, LightObject::Modal)))
    }

    /// Whether the form at `i`, a verb of its own, may tell the deed of its object instead: a verb of trying
    /// ([`LightObject::Modal`]) or one with a fixed object ([`LightObject::Idiom`]). One look at its roles.
    fn object_tells_deed(&self, i: usize) -> bool {
        self.roles(i)
            .iter()
            .any(|&r| matches!(r, NounRole::LightVerb(_, _, LightObject::Modal | LightObject::Idiom(_))))
    }

    /// "في الوقت الذي قالت فيه وزارة الصحة إن": a verb after a relative pronoun that a time noun heads, with
    /// the pronoun that points back to it after the verb, tells an event of its own at that time.
    pub(super) fn while_clause(&self, i: usize) -> bool {
        i >= 2 && self.has(i - 2, |r| r == NounRole::TimeRelative) && matches!(self.word(i + 1), "فيه" | "فيها")
    }

    /// [`verb_at`](Self::verb_at), read from the token and its neighbours.
    fn find_verb_at(&self, i: usize) -> Option<VerbHit> {
        // Most tokens hold no verb form: they are let go before their word is read. (Punctuation and numbers
        // have neither a form nor a role.)
        if self.quoted[i] || self.date_at[i].is_some() {
            return None;
        }
        let hit = match self.forms[i] {
            // "حاولت القوات اقتحام المخيم", "ألقت الشرطة القبض": a verb of trying or with a fixed object tells the
            // deed of its object, or its own without one ("حاول مسلحون التسلل", "ألقى الرئيس كلمة").
            Some(form) if !form.masdar && self.object_tells_deed(i) => self.light_verb(i).unwrap_or(form),
            form => form.or_else(|| self.light_verb(i))?,
        };
        let word = self.word(i);
        // "لهجوم شنه الجيش": after a deed noun, a verbal noun with a pronoun that is also the verb's past with
        // an object pronoun ("شنه": "his launching", "launched it") is the verb of a relative clause.
        let mut hit =
            if hit.masdar && i > 0 && self.after_deed(i - 1) && self.lexicon.is_past_with_object(hit.verb, word) {
                VerbHit {
                    masdar: false,
                    object: true,
                    ..hit
                }
            } else {
                hit
            };
        if self.asks_anonymity(i) {
            return None;
        }
        // "قُتل", "أُعلن", "وأُصيب": a past form written with a damma on its first letter is a passive, no deed or
        // statement of a subject (an agent phrase makes it one, read apart: `verb::passive_at`).
        if !hit.present && !hit.masdar && self.dammas && crate::events::verb::written_passive(self.original(i..i + 1)) {
            return None;
        }
        // "قتل القائد X جراء غارة": unvowelled, a passive that tells the person's death.
        if self.has(i, |r| r == NounRole::PassiveReading) && crate::events::verb::victim_then_cause(self, i) {
            return None;
        }
        if let Some(after) = self.lexicon.verb_needs(hit) {
            // Within the next words of the sentence, past a subject of a dozen words ("عبر وزير الخارجية
            // الروسي سيرغي لافروف عن قلقه").
            let needed = |j: usize| {
                let word = self.word(j);
                after.iter().any(|a| word == a)
            };
            let followed = (i + 1..(i + 16).min(self.toks.len()))
                .take_while(|&j| !self.is_punct(j, '.'))
                .any(needed);
            // Or before it: as the subject of a verb it is joined to by "و", earlier in its sentence ("واقتحمت قوات
            // الجيش البلدة، فجر الأحد، وانتشرت في أزقتها"), or as its own subject written just before it ("إلا أن
            // الجنود انتشروا"). ("فيما انتشرت الأنباء" after a clause of forces is not theirs.)
            let preceded = || {
                // A "و" that is a conjunction: the word without it is a verb form ("وانتشرت"; not "وقع").
                let reach = if word.starts_with('و') && self.lexicon.conjoined_verb(word) {
                    NEEDED_BEFORE
                } else {
                    SUBJECT_BEFORE
                };
                (i.saturating_sub(reach)..i)
                    .rev()
                    .take_while(|&j| !self.is_stop(j))
                    .any(needed)
            };
            // Or as the catalog name a relative clause is about ("عناصر X، الذين انتشروا حول الموقع").
            let antecedent = || self.relative_antecedent(i, hit).is_some();
            // "، عبر قناة «X» التابعة لها، ... عن": before an outlet it is the preposition "through".
            if !(followed || preceded() || antecedent())
                || crate::events::outlet::named_at(self, i + 1, self.toks.len()).is_some()
            {
                // "وأعادت القوات اقتحام المخيم": without what it wants after it ("أعاد التأكيد"), a form may
                // still be a light verb before the verbal noun of a deed.
                hit = self.light_verb(i)?;
            }
        }
        // After a preposition a verb form is a noun ("في وجه"); after a relative pronoun it heads a relative
        // clause ("التي سيطر عليها"), not an event of its own.
        let prev = i.checked_sub(1).map_or("", |p| self.word(p));
        // "وحسبما نشر المرصد، فقد قصفت ...", "وفق ما أكده X": the verb of an according phrase says where the news
        // comes from, no event of its own.
        // A relay's verb keeps its reading ("وبحسب ما نقلت وكالة X عن قائد ميداني، فإن ...").
        if i > 0 && self.class(hit) != VerbClass::Relay && self.after_according(i - 1, prev) {
            return None;
        }
        // "والتي سبق أن استهدفتها": a relative clause telling a deed as background ("وسبق أن أعلنت" is an
        // event).
        let before_prev = i.checked_sub(2).map_or("", |p| self.word(p));
        let relative_before = i > 2 && self.has(i - 3, |r| r == NounRole::Relative);
        if prev == "ان" && strip_conjunction(before_prev).unwrap_or(before_prev) == "سبق" && relative_before {
            return None;
        }
        // "لم يعلن", "لن يسمح", "أن يبحث", "قد يشن": a present form negated, wished or possible is no event;
        // after "حيث" ("حيث تقاتل إسرائيل حماس") it explains what went before, a state, no event either.
        let negator = |w: &str| {
            matches!(
                strip_conjunction(w).unwrap_or(w),
                "لم" | "لن" | "لا" | "ما" | "لما" | "ان" | "قد" | "سوف" | "حيث"
            )
        };
        // So is the second of two present forms joined by "أو" after one ("لم ينف أو يؤكد").
        let negated_pair = prev == "او" && i > 2 && negator(self.word(i - 3));
        if hit.present && (negator(prev) || negated_pair) {
            return None;
        }
        // "حيث جرى رصد نشاطهما"، "وتم قصف المواقع": after "جرى/تم" the form is the verbal noun of a passive
        // whose doer is not written, no deed of anyone.
        if matches!(strip_conjunction(prev).unwrap_or(prev), "جري" | "تم" | "يجري" | "يتم") {
            return None;
        }
        // "ومنذ أبريل الماضي، تشن القوات هجوما على المدينة": a present form right after a date that "منذ" opens
        // tells a state that has lasted since then, background to the news, no event.
        if hit.present && self.since_date_before(i) {
            return None;
        }
        // "ولم يوضح البيان ما إذا كان القائد قد قتل", "وإذا هاجمت القوات المدينة"، "هل انسحب الجيش": a verb asked
        // about or supposed is no event.
        if self.asked_or_supposed(i) {
            return None;
        }
        // A verb with an object pronoun is the verb of a relative clause about a deed, whose agent is written
        // after it: "غارة شنتها طائرة مسيرة", "العملية التي نفذتها حركة X". Elsewhere ("مطالبات وجهتها", "بيان
        // نشرته") it is no event of its own.
        // After a clause opener a speech verb with an object pronoun is the new clause's event, its subject
        // written after it: "…، فيما وصفه شاهد عيان بأنه أعنف قصف".
        // Read only for a verb with an object pronoun.
        let stands = || {
            // "وهو ما وصفته X", "وهذا ما نفته Y": after "ما" that a pronoun before it makes "which is what".
            // "، تبنتها حركة X": after a comma, with the catalog's name of its subject right after it; not a call
            // ("مطالبات مماثلة، وجهتها سفارة X"), whose pronoun is the call itself, told by its own clause.
            let opened = i > 0
                && self.class(hit) == VerbClass::Speech
                && (self.has(i - 1, |r| r == NounRole::ClauseOpener)
                    || self.which_is_what(i - 1)
                    || (self.is_punct(i - 1, ',')
                        && self.name_starting(i + 1).is_some()
                        && self.lexicon.verbs[hit.verb as usize].kind != crate::events::EventKind::Call));
            opened || (i > 0 && self.after_deed(i - 1)) || self.relative_deed_of_named(i, hit)
        };
        if hit.object && !stands() {
            return None;
        }
        if self.credit_line(i) {
            return None;
        }
        let blocked = i > 0
            && (self.has(i - 1, |r| r == NounRole::Preposition)
                || (self.has(i - 1, |r| r == NounRole::Relative)
                    && !hit.object
                    && !self.while_clause(i)
                    && self.relative_antecedent(i, hit).is_none()
                    && !self.relative_own_subject(i, hit)));
        if blocked && !hit.masdar {
            return None;
        }
        // A form that is also a common noun ("قصف مدفعي", "تقدم ملحوظ") is a verb only before what a verb
        // takes: a definite word, a name, a date or a quotation, or, at the head of a clause (after "فيما") or
        // with its conjunction, the title of the person who does it ("وطلب رئيس الوزراء نوري المالكي من البرلمان", "بحث
        // رئيس مجلس الوزراء NAME مع") or an unnamed speaker ("وذكر مصدر أمني أن"), either agreeing with the verb
        // ("ووصف تقارير …" is a pro-drop verb before its object; "وقدم طلب رئيس البلدية" holds a noun).
        if !hit.masdar && self.has(i, |r| r == NounRole::Homograph) && !matches!(prev, "قد" | "لقد" | "فقد" | "وقد")
        {
            let next = i + 1;
            // A line break opens a clause as a stop does: a title above the lead ends with neither.
            let opens = strip_conjunction(word).is_some()
                || i == 0
                || self.toks[i].newline
                || self.toks[i - 1].kind == TokenKind::Punct
                || self.has(i - 1, |r| matches!(r, NounRole::ClauseOpener | NounRole::According));
            // "وذكر بيان للجيش أن": a statement named by its document; "وكتب في تدوينة": a speech verb whose
            // medium follows it, its subject left implicit.
            let document = opens
                && (self.has(next, |r| r == NounRole::StatementNoun)
                    || (self.class(hit) == VerbClass::Speech
                        && matches!(self.word(next), "في" | "علي" | "عبر")
                        && self.has(next + 1, |r| r == NounRole::StatementNoun)));
            // "ونقل تلفزيون الدولة عن": a verb of saying or relaying before an outlet's head.
            let says = self.class(hit) != VerbClass::Action;
            let titled = opens
                && self.has(next, |r| match r {
                    NounRole::Title(g) | NounRole::SpeakerHead(g) => hit.agreement.accepts(g),
                    NounRole::Institution(crate::actors::ActorKind::Media, g) => says && hit.agreement.accepts(g),
                    _ => false,
                });
            let takes = self.word(next).starts_with("ال")
                || titled
                || document
                || (self.word(next) == "كل" && self.word(next + 1) == "من")
                // "وذكر أن": a speech verb whose content opens right after it, its subject left implicit.
                || (opens && self.class(hit) == VerbClass::Speech && self.has(next, |r| r == NounRole::Complementizer))
                // 'وأكمل: «…»': the same with the content after a colon.
                || (opens && self.class(hit) == VerbClass::Speech && self.is_punct(next, ':'))
                // "وكان متحدث باسم الثوار ذكر في وقت سابق لوكالة X أن": after its subject, a speech verb
                // whose content follows an aside.
                || (self.class(hit) == VerbClass::Speech && self.aside_then_content(next))
                // 'وكتب أوليج كيبر على تليغرام: «…»': a personal name, then what it says.
                || (opens && self.class(hit) == VerbClass::Speech && self.name_then_content(next))
                || self.name_starting(next).is_some()
                // "وشن سلاح الجو التابع لـX غارات": the air arm, definite by its construct.
                || (opens && crate::events::air::air_head(self, next))
                || self.date_covering(next).is_some()
                || self.is_punct(next, '"')
                || self.is_punct(next, ',')
                || self.has(next, |r| r == NounRole::Quantifier)
                // "وتجمع نحو 20 ألف مواطن", "وتجمع 300 طالب": a count, hedged or not, of those who protest or
                // move (a toll's count is the passive's subject: "وقتل 9 عناصر").
                || (opens
                    && crate::events::crowd::count_at(self, next)
                    && self.lexicon.verbs[hit.verb as usize].kind.is_crowd())
                // "، فيما شن هجوما على": at the head of a clause, a deed noun in the accusative is its object.
                || (opens && self.word(next).ends_with('ا') && self.has(next, |r| r == NounRole::Homograph))
                || self.speaker_then_content(i, hit);
            if !takes {
                return None;
            }
        }
        Some(hit)
    }

    /// Whether the word `prev` at `p` ends an according word before a verb: "حسبما", "وفقما", or "ما"/"لما" after
    /// "حسب"/"وفق"/"وفقا" ("حسب ما نشرته", "وفقا لما أوردته"), or the "ما" of "، على ما أفاد X".
    fn after_according(&self, p: usize, prev: &str) -> bool {
        match prev {
            "ما" | "لما" => {
                p > 0 && (self.has(p - 1, |r| r == NounRole::According) || self.according_len(p - 1) == Some(2))
            }
            _ => prev.ends_with("ما") && self.has(p, |r| r == NounRole::According),
        }
    }

    /// Whether "على ما" at `i`, set off by a comma and followed by a past verb of speech, attributes the clause
    /// before it to the speaker after the verb ("قتل خمسة في قصف على المدينة، على ما أعلن جهاز X"), as "وفق ما"
    /// does. Without the comma it is the object of the verb before it ("ولم يرد الجيش على ما ذكره X", "ردا على
    /// ما قاله X"); before another verb it is no attribution ("، على ما يبدو").
    pub(crate) fn on_what_told(&self, i: usize) -> bool {
        i > 0
            && self.word(i) == "علي"
            && self.word(i + 1) == "ما"
            && self.is_punct(i - 1, ',')
            && self
                .form(i + 2)
                .is_some_and(|h| !h.present && !h.masdar && self.class(h) == VerbClass::Speech)
    }

    /// Whether "ما" at `k` follows a pronoun that makes it "which is what" ("وهو ما", "وهذا ما"): a new clause
    /// about what went before, with a subject of its own.
    pub(crate) fn which_is_what(&self, k: usize) -> bool {
        k > 0 && self.word(k) == "ما" && matches!(self.word(k - 1), "هو" | "وهو" | "هي" | "وهي" | "هذا" | "وهذا")
    }

    /// Whether a question or condition particle ("إذا", "ما إذا", "لو", "هل", "كلما", "في حال") opens the words
    /// before token `i`, within a few words and no punctuation: what follows it is asked or supposed, not told.
    /// Not a word of a name ("جان إيف لو دريان").
    fn asked_or_supposed(&self, i: usize) -> bool {
        (i.saturating_sub(QUESTION_REACH)..i)
            .rev()
            .take_while(|&k| self.toks[k].kind != TokenKind::Punct)
            .any(|k| {
                let word = self.word(k);
                match strip_conjunction(word).unwrap_or(word) {
                    // The names are searched only for a particle's word.
                    "اذا" | "لو" | "لولا" | "هل" | "كلما" => !self.in_name(k),
                    // "في حال قصفت", "في حال أن": "in case" only before the verb or "أن"; "في حالة تأهب" is a
                    // state.
                    "حال" | "حاله" => {
                        k > 0
                            && strip_conjunction(self.word(k - 1)).unwrap_or(self.word(k - 1)) == "في"
                            && (k + 1 == i || matches!(self.word(k + 1), "ان" | "لم" | "تم"))
                    }
                    _ => false,
                }
            })
    }

    /// Whether a date opened by "منذ" ends right before token `i`, or before a comma there ("ومنذ 4 مارس، تشن").
    fn since_date_before(&self, i: usize) -> bool {
        let before = if i > 0 && self.is_punct(i - 1, ',') { i - 1 } else { i };
        let Some(d) = before.checked_sub(1).and_then(|p| self.date_covering(p)) else {
            return false;
        };
        let start = self.dates[d].tokens.start;
        let since = |w: &str| strip_conjunction(w).unwrap_or(w) == "منذ";
        since(self.word(start)) || (start > 0 && since(self.word(start - 1)))
    }

    /// Whether token `k` is a deed noun ("غارة", "بغارة", "الهجوم", "وللقصف"), past one proclitic and the article.
    pub(crate) fn is_deed_noun(&self, k: usize) -> bool {
        let word = self.word(k);
        // "للهجوم" is "ل" and "الهجوم", its alif dropped.
        let bare = word.strip_prefix("لل").unwrap_or_else(|| {
            ['ب', 'ل', 'و', 'ف']
                .iter()
                .find_map(|&c| word.strip_prefix(c))
                .unwrap_or(word)
        });
        let bare = bare.strip_prefix("ال").unwrap_or(bare);
        let deed = |w: &str| self.lexicon.has(w, |r| r == NounRole::DeedNoun);
        // An indefinite accusative writes its tanween on an alif: "هجوما" is "هجوم".
        self.has(k, |r| r == NounRole::DeedNoun)
            || deed(bare)
            || (bare.len() == word.len() && bare.strip_suffix('ا').is_some_and(deed))
    }

    /// Whether token `e`, right before a relative pronoun, ends a definite deed noun's phrase longer than the
    /// noun: one or two definite adjectives ("الغارات الجوية العنيفة التي شنتها"), or the quoted name of an
    /// operation and perhaps a comma ("العملية \"درع الجبل\"، التي أطلقها ... في 3 مايو"). A relative clause
    /// after it (the pronoun at `j`) tells the deed of the doer it writes, as after the bare noun; not in a
    /// clause that "منذ" opens ("ومنذ أسبوع، تتواصل العملية \"X\" التي أطلقتها"), which retells a deed of the
    /// background. An operation known by its name is mostly a frame ("في إطار عملية \"X\" التي أطلقتها Y"):
    /// its launch is told only with a date in its sentence.
    fn deed_phrase_before(&self, j: usize) -> bool {
        let e = j - 1;
        let e = if self.is_punct(e, ',') && e > 0 { e - 1 } else { e };
        let noun = if self.is_punct(e, '"') {
            let dated = (j + 1..(j + DATED_REACH).min(self.toks.len()))
                .take_while(|&k| !self.is_stop(k))
                .any(|k| self.date_at[k].is_some());
            if !dated {
                return false;
            }
            // The opening quotation mark within a few words, the deed noun right before it.
            (e.saturating_sub(QUOTED_NAME_REACH)..e)
                .rev()
                .find(|&k| self.is_punct(k, '"'))
                .filter(|&q| q > 0 && q + 1 < e)
                .map(|q| q - 1)
        } else {
            let adjective = |k: usize| {
                self.toks[k].kind == TokenKind::Word
                    && self.word(k).starts_with("ال")
                    && !self.has(k, |_| true)
                    && self.name_at[k].is_none()
                    && self.date_at[k].is_none()
                    && self.verb_at(k).is_none()
            };
            match (e.checked_sub(1), e.checked_sub(2)) {
                (Some(k), _) if adjective(e) && self.is_deed_noun(k) => return !self.since_before(k),
                (Some(k), Some(n)) if adjective(e) && adjective(k) => Some(n),
                _ => None,
            }
        };
        noun.is_some_and(|n| self.is_deed_noun(n) && !self.since_before(n))
    }

    /// Whether "منذ" stands before token `n` in its sentence, within a clause's length.
    fn since_before(&self, n: usize) -> bool {
        (n.saturating_sub(SINCE_REACH)..n)
            .rev()
            .take_while(|&k| !self.is_stop(k))
            .any(|k| strip_conjunction(self.word(k)).unwrap_or(self.word(k)) == "منذ")
    }

    /// Whether token `j` ends a deed noun's phrase ("غارة", "بغارة", "الهجوم", "الهجوم الذي", "هجوم جديد").
    fn after_deed(&self, j: usize) -> bool {
        let deed = |k: usize| self.is_deed_noun(k);
        if self.has(j, |r| r == NounRole::Relative) {
            return j > 0 && (deed(j - 1) || self.deed_phrase_before(j));
        }
        // An indefinite deed noun may carry an adjective or a weapon before its relative verb ("لهجوم جديد
        // أعلنته", "هجمات بطائرات مسيرة شنتها"): up to two words that are no name, date or verb, and no word
        // that opens another phrase (a preposition, "بعد", a relative pronoun).
        let opens = |r: NounRole| {
            matches!(
                r,
                NounRole::Preposition
                    | NounRole::TemporalPreposition
                    | NounRole::Relative
                    | NounRole::ClauseOpener
                    | NounRole::Complementizer
                    | NounRole::According
                    | NounRole::Via
                    | NounRole::Agent
                    | NounRole::Cause
            )
        };
        let modifier = |k: usize| {
            self.toks[k].kind == TokenKind::Word
                && !self.has(k, opens)
                && self.name_at[k].is_none()
                && self.date_at[k].is_none()
                && self.verb_at(k).is_none()
        };
        // The third word only before an agent written right after the verb ("هجوم جديد متعدد المحاور شنته
        // الميليشيات"): "هجمات حاولت كتائب X شنها في" has its doer before the verb.
        let agent_after = || {
            let next = j + 2;
            self.name_starting(next).is_some() || crate::events::chunk::is_definite(self.word(next))
        };
        let reach = if agent_after() { 3 } else { 2 };
        (j.saturating_sub(reach)..=j).any(|k| deed(k) && (k + 1..=j).all(modifier))
    }

    /// A finite verb (not a verbal noun) at token `i`.
    #[inline]
    pub(crate) fn finite_verb_at(&self, i: usize) -> Option<VerbHit> {
        self.verb_at(i).filter(|h| !h.masdar)
    }

    /// Whether token `i` holds a finite speech or relay verb.
    pub(crate) fn is_speech_verb(&self, i: usize) -> bool {
        self.finite_verb_at(i)
            .is_some_and(|h| self.class(h) != VerbClass::Action)
    }

    /// The class of the verb a hit found.
    pub(crate) fn class(&self, hit: VerbHit) -> VerbClass {
        self.lexicon.verbs[hit.verb as usize].class
    }
}

/// How many words before a verb a question or condition particle is looked for (\"إذا كان القائد الميداني قد قتل\").
const QUESTION_REACH: usize = 8;

/// How many tokens the quoted name of an operation between a deed noun and its relative pronoun may span, its
/// closing quotation mark included ([`View::deed_phrase_before`]).
const QUOTED_NAME_REACH: usize = 6;

/// How far before a deed noun "منذ" may open the clause it stands in ([`View::deed_phrase_before`]).
const SINCE_REACH: usize = 12;

/// How far after its relative pronoun the date of an operation's launch may stand ([`View::deed_phrase_before`]).
const DATED_REACH: usize = 16;

#[cfg(test)]
#[path = "relative_deed_tests.rs"]
mod relative_deed_tests;
