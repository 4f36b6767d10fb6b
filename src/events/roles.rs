//! What a word of the attribution vocabulary may be, besides a verb form: its roles in a clause (`NounRole`,
//! the rows of `data/attribution/nouns.tsv`) and its marks (`mark`, the outlet words of `outlets.tsv`, the first
//! words of multi-word nouns and the platform heads of `armies.tsv`), which `lexicon` reads with one look-up.

use crate::actors::{ActorKind, Gender};

/// Marks of a word read with its roles by the same look-up (`AttributionLexicon::word`): the outlet words of
/// `outlets.tsv`, matched as written (without taking off a conjunction), and the first words of multi-word
/// nouns.
pub(crate) mod mark {
    /// A word before the outlet that carried a statement ("بثها", "عبر").
    pub(crate) const CARRIER: u16 = 1;
    /// A verb by which a copy of a statement reached an outlet ("وصل", "اطلعت").
    pub(crate) const COPY: u16 = 2;
    /// The copy a statement reached an outlet as ("نسخة").
    pub(crate) const COPY_NOUN: u16 = 4;
    /// The first word of an outlet's head ("قناة", "هيئة" of "هيئة البث").
    pub(crate) const HEAD: u16 = 8;
    /// The first word of a multi-word noun, allowing a leading و or ف.
    pub(crate) const PHRASE: u16 = 16;
    /// Kept with a word that has roles of its own: the word without its conjunction opens a multi-word noun.
    pub(crate) const STRIPPED_PHRASE: u16 = 32;
    /// A head noun naming weapons ("طائرات", "مسيرة"): with a country adjective, that state's armed forces.
    pub(crate) const PLATFORM: u16 = 64;
    /// A word that asks for anonymity ("طالبا", "فضل"), with or without a leading و or ف: the readers test
    /// this mark before they look the word up (`AttributionLexicon::anonymity`).
    pub(crate) const ANONYMITY_ASK: u16 = 128;
    /// A connective of cause or answer, or the first word of one ("جراء", "ردا" of "ردا على"): the deed readers
    /// test this mark before they look a phrase up (`verb::deed_noun_with_agent`).
    pub(crate) const CONNECTIVE: u16 = 256;
    /// The second word of a connective of several ("على" of "ردا على", "خلفية" of "على خلفية"): with
    /// [`CONNECTIVE`] on the word before it, the only pairs worth looking up.
    pub(crate) const CONNECTIVE_TAIL: u16 = 512;
}

/// The role of a noun in attribution.
#[derive(Debug, Clone, Copy, Eq)]
pub(crate) enum NounRole {
    Anaphor(ActorKind, Gender),
    /// "الأخير" / "الأخيرة" as a subject: the actor of this gender named last before it ("التقى X نظيره Y،
    /// وأكد الأخير" is Y).
    Latest(Gender),
    /// A singular noun for one person who holds a post or a place in a group ("مسؤول", "قيادي"): in the
    /// definite, with no one of that head named before, it stands for the person who spoke last
    /// ("قال فلان … وأضاف المسؤول الإيراني").
    Official,
    /// The singular of a source head ("مصدر"): in the definite, with no source of that head named before, it
    /// names again the one who spoke last ("قال فلان المتحدث باسم X … وأوضح المصدر").
    OneSource,
    SpeakerHead(Gender),
    StatementNoun,
    Via,
    Complementizer,
    ClauseOpener,
    /// A time adverbial that shares its first words with a clause opener and opens no clause ("في وقت سابق"
    /// against "في وقت").
    TimeAdverb,
    TemporalPreposition,
    /// A bare definite noun that names its actor in its own right when the text names no actor with it nor,
    /// for a body's noun, a body of its kind before ("وأقالت السلطات قائد الشرطة", "وواصلت المقاومة"): the actor
    /// as the text writes it.
    SelfNamed,
    /// A bare definite noun that, as a subject, names the catalog actor one of whose names in the same text
    /// holds it ("وواصل النظام قصفه" in a text that names "قوات النظام").
    ShortOfName,
    /// What names the occasion a clause is told on ("في ذكرى حرب 2006", "بمناسبة عيد الفصح"): a date in its noun
    /// phrase is the commemorated one, not the clause's.
    Occasion,
    /// What a deed is told beside, as its cause or what it answers, before a verbal noun with its doer written
    /// after it ("جراء قصف الجيش"، "وسط إطلاق الشرطة الرصاص"، "ردا على استهداف الجماعة"، "على خلفية اعتقال X"):
    /// that doer's deed, as after a temporal preposition.
    DeedConnective,
    /// A verb whose subject is a gathering or a place, and whose object is a deed's verbal noun with its doer in
    /// the genitive ("شهد الاجتماع توقيع الوزير اتفاقا", "تخللت الزيارة إعلان الرئيس أن"): the doer's deed.
    Witness,
    SubjectSkip,
    Auxiliary,
    /// The head of a writer's remark that ends in a complementizer before a subject and its verb ("الجدير
    /// بالذكر أن الهيئة أعلنت").
    Remark,
    Preposition,
    Relative,
    /// A word after which a date is the span a state or a count covers, not the time of a statement
    /// ("منذ", "خلال", "طوال", "على مدى").
    Span,
    /// A verb that names what a relative pronoun stands for ("العملية التي أسمتها X"): such a relative clause
    /// is a name, not a clause with a time of its own.
    Naming,
    /// An anaphor for an armed group that is no state's army ("الفصائل", "الجماعة"): never the army named before.
    NonState,
    /// A reporter of an outlet ("مراسل"): with the outlet's name after it, the reporter speaks, not the outlet
    /// ("بحسب مراسل «X»").
    Correspondent,
    /// A pronoun that opens, after a comma, a description of the noun before it ("، وهي مركز تجاري").
    Description,
    Then,
    /// "مؤخرا", "في الآونة الأخيرة": a clause it stands in tells the recent past, not the day of the news.
    Lately,
    Homograph,
    DeedNoun,
    /// A verbal noun that opens what a statement says as its object ("وأكد الملك أهمية الشراكة", "جدد الوزير
    /// رفض بلاده"): never a word of a personal name after a title.
    StatementObject,
    /// What a deed of force strikes ("مواقع", "منازل", "مقرات"): right after the verb of a deed it is the
    /// object, never the one who did it ("واستهدفت مواقع الحوثيين", "قصفت منازل في البلدة").
    Target,
    /// Something that happens or is reckoned, not done by anyone ("اشتباكات", "تقديرات", "تطورات"): as a verb's
    /// subject it names no actor.
    Happening,
    /// A text that speaks for whoever issued it ("وأضاف البيان").
    Document,
    /// A word that attributes what the clause reports to the phrase after it ("بحسب", "وفق", "حسبما").
    According,
    /// A word that says which of a body's reports an according word cites, before the report's noun ("حسب
    /// آخر حصيلة للسلطات", "بحسب أحدث إحصائية لوزارة الصحة").
    ReportModifier,
    /// A conversation or interview, after which "مع X" names the outlet spoken to ("في اتصال هاتفي مع X").
    Interview,
    /// What introduces the agent of a deed told in the passive ("قتل جنديان على أيدي مسلحين", "بنيران الجيش",
    /// "احتجزت الناقلة من قبل البحرية").
    Agent,
    /// What introduces the cause of a death or a capture told in the passive ("جراء", "إثر", "في غارة"):
    /// after a verb that is also its own passive and a person, it shows the person is the victim.
    Cause,
    /// A verb form that is also its own unvowelled passive ("قتل" / "قُتل"): followed by a person and a cause
    /// ("قتل القائد X جراء غارة"), it tells the person's death, not their deed.
    PassiveReading,
    /// Members or units of a body ("قوات", "وحدات", "عناصر"): before the body's name they name the body.
    Members,
    /// A time noun before a relative pronoun whose verb tells an event of its own ("في الوقت الذي قالت فيه X").
    TimeRelative,
    /// A number word that heads a crowd ("عشرات المتظاهرين", "الآلاف من مواطني الولاية").
    Quantifier,
    /// A cardinal number word from three to ten ("ثلاثة", "خمس"): before a speaker's head it counts the
    /// speakers ("قالت ثلاثة مصادر أمنية").
    Numeral,
    /// A speaker head that names some people of a body, not the body ("مصادر الاحتلال", "مصدر في الجيش").
    Partial,
    /// A noun of a group that counts people only with "من" after it ("مجموعة من المستوطنين", "عدد من النواب").
    GroupNoun,
    /// A span of time between a temporal preposition and a verbal noun ("بعد ساعات من إعلان الحوثيين").
    Interval,
    /// A participle of saying that follows the speaker ("وتابع محمود قائلا إن", "مضيفا أن"): it ends a name.
    SayingParticiple,
    /// A particle, quantifier or demonstrative ("ما", "كل", "عدة", "هذه"): never a word of a personal name.
    FunctionWord,
    /// What fronts the topic of a statement ("فيما يخص X، قال"): a name after it is spoken about.
    Topic,
    /// What opens a sentence that tells where the event before it was told ("جاء ذلك في تصريحات نقلتها X"):
    /// no event of its own; the relay it names is that event's.
    Restated,
    /// The head of a noun phrase that names a body of this kind ("وزارة", "خلية", "السفارة").
    Institution(ActorKind, Gender),
    /// The head of a phrase that names a person by office ("رئيس", "المتحدث").
    Title(Gender),
    /// A rank between a title and a name ("العميد", "الدكتور").
    Rank,
    /// An adjective that follows a definite head without being a nisba ("المسلحة").
    Adjective,
    /// What names the leader of the group before it ("قوات بقيادة X", "تحت قيادة X"): the group is the
    /// actor, the leader only describes it.
    LedBy,
    /// What ties a body to the one it belongs to or serves, with "ل" after it ("القوات التابعة لحرس الثورة",
    /// "قوات موالية لحكومة الوفاق"): the body after "ل" belongs to the phrase.
    Tie,
    /// A title of one who sits for a bloc, a party or a place, named after "عن" ("النائب عن تحالف الفتح فلان",
    /// "عضو عن محافظة نينوى"): the "عن" phrase belongs to the title's phrase.
    Represents,
    /// A word that multiplies the count before it ("20 ألف", "ألفي", "مليون"), part of the count of a crowd.
    Multiplier,
    /// A word that hedges the count after it ("تجمع نحو 20 ألف مواطن", "قرابة", "حوالي", "زهاء").
    Hedge,
    /// A word that opens what a person is, after their name and without a comma ("وقال فلان صاحب منزل مهدم"):
    /// never a word of the name.
    Describes,
    /// "Former" right after a title ("وزير الدفاع اليمني السابق", "الرئيس الأسبق"): the office was held before,
    /// not by the catalog's holder of the day.
    Former,
    /// A verb form that tells a deed by the verbal noun after "بـ" ("قامت القوات بهدم"): its agreement,
    /// whether it is a present form, and where else its verbal noun may stand.
    LightVerb(super::lexicon::Agreement, bool, LightObject),
}

/// Where a light verb's verbal noun may stand besides after "بـ" ("قامت القوات بهدم").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LightObject {
    /// Only after "بـ".
    Ba,
    /// Also as its object, in construct with what it acts on, so without the article ("أعادت القوات اقتحام
    /// المخيم", "باشر الجيش هدم المنازل").
    Direct,
    /// A verb of trying, managing or hastening that is an event of its own ("حاول", "استطاع", "سارع إلى"): its
    /// object, with or without the article and after "إلى/من/على/في", is the verbal noun whose deed it tells
    /// ("حاولت القوات اقتحام المخيم", "سارعت الحركة إلى إعلان مسؤوليتها", "نجحت القوات في السيطرة"); without one
    /// it is its own verb.
    Modal,
    /// A verb that tells a deed with one fixed object, the verbal noun of that deed's verb (this index), with
    /// the article or without ("ألقت الشرطة القبض على"); with another object it is its own verb ("ألقى كلمة").
    Idiom(u32),
}

/// Equality as derived, written out so that it is inlined: the readers ask `r == NounRole::X` of a token's
/// roles several hundred thousand times a megabyte, and the derived function, called each time, cost more
/// than the comparison. With a role without data on one side, it is one comparison of discriminants. A new
/// variant that carries data needs an arm of its own here: the last arm compares discriminants only.
impl PartialEq for NounRole {
    #[inline(always)]
    fn eq(&self, other: &Self) -> bool {
        use NounRole::*;
        match (self, other) {
            (Anaphor(k, g), Anaphor(k2, g2)) | (Institution(k, g), Institution(k2, g2)) => k == k2 && g == g2,
            (Latest(g), Latest(g2)) | (SpeakerHead(g), SpeakerHead(g2)) | (Title(g), Title(g2)) => g == g2,
            (LightVerb(a, b, c), LightVerb(a2, b2, c2)) => a == a2 && b == b2 && c == c2,
            _ => std::mem::discriminant(self) == std::mem::discriminant(other),
        }
    }
}
