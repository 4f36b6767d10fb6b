//! What a vocabulary entry means: the categories of `data/vocab/*.tsv` and the values they carry, and how a
//! table row's category and value columns are read into them.

/// Which way a direction word points from the anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dir {
    Past,
    Next,
    This,
    /// "قبل الماضي": one before the last.
    BeforeLast,
    /// "بعد القادم": one after the next.
    AfterNext,
    /// The coming one, on or after the anchor: a weekday said of what is planned ("ستبدأ المفاوضات الاثنين").
    /// Never read from a word: the grammar gives it from the tense around a weekday (`grammar/tense.rs`).
    Coming,
}

/// A calendar unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

/// How many units a unit word carries by itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Count {
    /// With the article ("الأسبوع"): the unit as a period, not a count.
    Definite,
    /// Singular (1) or dual (2).
    Fixed(u8),
    /// A plural that needs a count before it.
    Plural,
}

/// Part of a day, as TIMEX3 names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    Morning,
    /// Noon ("ظهر السبت", "ظهرًا"): written as the clock time 12:00 of its day, as CONVENTIONS writes "ظهرًا"
    /// after the hour 12.
    Noon,
    Afternoon,
    Evening,
    Night,
    /// Midnight ("منتصف الليل"): written as the clock time 00:00 of its day, as the readers write it (4 of 4);
    /// before or after it ("قبل منتصف الليل", "بعيد منتصف الليل") is the night.
    Midnight,
}

impl Part {
    /// How a TIMEX3 value writes the part after its day: "MO", "AF", "EV", "NI", or the clock time of noon
    /// and midnight.
    pub(crate) fn code(self) -> &'static str {
        match self {
            Part::Morning => "MO",
            Part::Noon => "12:00",
            Part::Afternoon => "AF",
            Part::Evening => "EV",
            Part::Night => "NI",
            Part::Midnight => "00:00",
        }
    }
}

/// How a part of the day written after a clock hour moves it (CONVENTIONS.md, "Clock times").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shift {
    /// صباحًا، فجرًا، ص: the hour as written.
    Keep,
    /// مساءً، عصرًا، بعد الظهر، م: 1-11 are afternoon hours.
    Pm,
    /// ظهرًا: 12 stays noon, 1-3 are 13-15.
    Noon,
    /// ليلًا: 6-11 are evening hours.
    Night,
}

/// How a holiday's day is found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Feast {
    /// A fixed Gregorian month and day.
    Gregorian { month: u8, day: u8 },
    /// A fixed Hijri month and day, by Umm al-Qura.
    Hijri { month: u8, day: u8 },
    /// Western Easter Sunday, by the Gregorian computus.
    Easter,
}

/// Part of a month, year or week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PeriodPart {
    Start,
    Mid,
    End,
}

/// A month of one of the calendar systems.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MonthName {
    pub month: u8,
    pub hijri: bool,
    pub standalone: bool,
}

/// Number words by the role they play in a number phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumberKind {
    Ordinal,
    UnitOrdinal,
    Tens,
    Teen,
    Cardinal,
    UnitCardinal,
    /// 11-19 in one word, as spoken ("خمستاشر").
    TeenWord,
    /// 100-900, value = hundreds ("تسعمائة" = 9).
    Hundreds,
    /// 1000 or 2000, value = thousands ("ألفين" = 2).
    Thousands,
}

/// What a vocabulary entry means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cat {
    /// First, so that an empty match (`Hits::EMPTY`) is all zero bytes and the parser's cache of them is
    /// cleared by one `memset` rather than copied from a constant.
    Skip,
    RelDay(i32),
    RelPart(i32, Part),
    Direction(Dir),
    /// A direction with no article, read only after a count and its unit ("ستة أشهر ماضية").
    BareDirection(Dir),
    This,
    /// A colloquial demonstrative, read only after its unit ("الشهر ده").
    ThisAfter,
    Unit(Unit, Count),
    PartNoun(Part),
    PartAdverb(Part, Shift),
    PeriodPart(PeriodPart),
    Since,
    Until,
    Ago(i8),
    Between,
    From,
    To,
    /// A word that may stand before an hour written without "الساعة" ("عند", "نحو", "قرابة").
    ClockLead,
    /// A word that shows the bare number before it is a year ("في 2012 على البلاد").
    YearFollower,
    /// A noun that names an event or a plan by its year, making the bare number after it a year ("ثورة 1936",
    /// "لانتخابات 2014"), and "ما بعد" ("ما بعد 2011").
    /// The value is how many words may stand between the label and the year: 1 for "عيد" ("عيد الرسل 2025").
    YearLabel(u8),
    /// A word that leads a count ("بلغ", "نحو", "رقم"): a number of a year's size after it that ends a clause
    /// is a count, not a year ("بلغ عددهم 2000.").
    CountLead,
    /// A measure a fraction written like a day and month counts ("3/4 كوب", "2/1 كلغ"): no date.
    Measure,
    /// An epithet the press gives a month of a revolution between the month and its year ("تموز المجيدة
    /// 1958", "ثورة مايس الخالدة 1941").
    MonthEpithet,
    EraGregorian,
    EraHijri,
    DayWord,
    MonthWord,
    YearWord,
    YearsWord,
    /// "شهري": the dual construct that names two months ("شهري تموز وآب").
    MonthsWord,
    ClockWord,
    Agreeing,
    Fraction(u8),
    Month(MonthName),
    Weekday(u8),
    Number(u8, NumberKind),
    /// "الآن", "في هذه اللحظة": the anchor itself.
    Now,
    /// "إلا" in a clock time ("الرابعة إلا ربعًا").
    Minus,
    /// "بتوقيت" before the place a clock time is given in.
    Zone,
    /// "أول", "ثاني", ... "آخر" (-1) before a bare weekday or "أيام".
    Nth(i8),
    /// A weekday without its article, after an ordinal ("أول جمعة").
    WeekdayNoun(u8),
    /// "الأخير"/"الأخيرة" after a weekday or "اليوم".
    Last,
    /// "الأيام", "الأسابيع", "اليومين": the units of "the last/next N units"; the count is 2 for a dual, 0
    /// for a plural that takes a number.
    Units(Unit, u8),
    /// A holiday.
    Holiday(Feast),
    /// "العام الهجري", "السنة الهجرية".
    HijriYearWord,
    /// A season (0 spring, 1 summer, 2 autumn, 3 winter), read with its year or direction.
    Season(u8),
    /// "العام الجديد": the year whose 1 January is nearest.
    NewYear,
    /// "نفسه", "ذاته": the unit of an earlier date.
    Same,
    /// "التالي", "اللاحق": the unit after an earlier date.
    Following,
    /// "ذلك", "تلك": an earlier date of the text.
    That,
    /// "الربع" (4 parts) or "النصف" (2 parts) of a year, before an ordinal or a direction.
    YearPart(u8),
    /// A decade by its tens digit ("التسعينيات" 9).
    Decade(u8),
    /// "العقد".
    DecadeWord,
    /// "القرن".
    CenturyWord,
    /// "عطلة نهاية الأسبوع".
    Weekend,
    /// A hedge before a count ("نحو", "أكثر من").
    Approx,
    /// A part of the day that may stand alone after "في" ("في المساء").
    PartAlone(Part),
    /// "كل": a time that recurs ("كل خميس", "23 أيلول من كل عام") names no date.
    Every,
    /// A verb whose object takes "من" ("حذرت قبل يومين من الأمطار"): the "من" after a count is the verb's.
    TakesFrom,
    /// A word that ties a count to a time the text named before ("منذ ثلاثين عاما حينها"): the count is not
    /// from the anchor.
    Then,
}

pub(super) fn parse_cat(category: &str, value: &str) -> Cat {
    let part = |v: &str| match v.split(':').next().unwrap_or(v) {
        "MO" => Part::Morning,
        "MI" => Part::Noon,
        "AF" => Part::Afternoon,
        "EV" => Part::Evening,
        "NI" => Part::Night,
        "MN" => Part::Midnight,
        other => panic!("words.tsv: unknown part of day {other:?}"),
    };
    match category {
        "relday" => Cat::RelDay(value.parse().expect("words.tsv: relday value is an integer")),
        "relpart" => {
            let (offset, p) = value.split_once(':').expect("words.tsv: relpart value is offset:part");
            Cat::RelPart(offset.parse().expect("words.tsv: relpart offset"), part(p))
        }
        "direction" => Cat::Direction(direction(value)),
        "bare-direction" => Cat::BareDirection(direction(value)),
        "this" => Cat::This,
        "this-after" => Cat::ThisAfter,
        "unit" => {
            let (unit, count) = value.split_once(':').expect("words.tsv: unit value is unit:count");
            let unit = unit_of(unit);
            let count = match count {
                "0" => Count::Definite,
                "n" => Count::Plural,
                n => Count::Fixed(n.parse().expect("words.tsv: unit count")),
            };
            Cat::Unit(unit, count)
        }
        "part-noun" => Cat::PartNoun(part(value)),
        "part-adverb" => {
            let p = part(value);
            let shift = match value.split_once(':').map(|(_, s)| s) {
                Some("keep") => Shift::Keep,
                Some("pm") => Shift::Pm,
                Some("noon") => Shift::Noon,
                Some("night") => Shift::Night,
                Some(other) => panic!("words.tsv: unknown clock shift {other:?}"),
                None => super::super::grammar::shift_of(p),
            };
            Cat::PartAdverb(p, shift)
        }
        "now" => Cat::Now,
        "minus" => Cat::Minus,
        "zone" => Cat::Zone,
        "nth" => Cat::Nth(value.parse().expect("words.tsv: nth value is an integer")),
        "weekday-noun" => Cat::WeekdayNoun(value.parse().expect("words.tsv: ISO weekday")),
        "last" => Cat::Last,
        "units" => {
            let (unit, count) = value.split_once(':').expect("words.tsv: units value is unit:count");
            Cat::Units(
                unit_of(unit),
                if count == "n" {
                    0
                } else {
                    count.parse().expect("words.tsv: units count")
                },
            )
        }
        "hijri-year-word" => Cat::HijriYearWord,
        "season" => Cat::Season(match value {
            "SP" => 0,
            "SU" => 1,
            "FA" => 2,
            "WI" => 3,
            other => panic!("words.tsv: unknown season {other:?}"),
        }),
        "new-year" => Cat::NewYear,
        "same" => Cat::Same,
        "following" => Cat::Following,
        "that" => Cat::That,
        "year-part" => Cat::YearPart(value.parse().expect("periods.tsv: year-part is 2 or 4")),
        "decade" => Cat::Decade(value.parse().expect("periods.tsv: decade is a tens digit")),
        "decade-word" => Cat::DecadeWord,
        "century-word" => Cat::CenturyWord,
        "weekend" => Cat::Weekend,
        "every" => Cat::Every,
        "takes-from" => Cat::TakesFrom,
        "then" => Cat::Then,
        "approx" => Cat::Approx,
        "part-alone" => Cat::PartAlone(part(value)),
        "part-of-period" => Cat::PeriodPart(match value {
            "start" => PeriodPart::Start,
            "mid" => PeriodPart::Mid,
            "end" => PeriodPart::End,
            other => panic!("words.tsv: unknown period part {other:?}"),
        }),
        "since" => Cat::Since,
        "until" => Cat::Until,
        "ago" => Cat::Ago(value.parse().expect("words.tsv: ago value is 1 or -1")),
        "between" => Cat::Between,
        "from" => Cat::From,
        "to" => Cat::To,
        "skip" => Cat::Skip,
        "clock-lead" => Cat::ClockLead,
        "year-follower" => Cat::YearFollower,
        "year-label" => Cat::YearLabel(if value == "-" {
            0
        } else {
            value.parse().expect("words.tsv: year-label gap")
        }),
        "count-lead" => Cat::CountLead,
        "measure" => Cat::Measure,
        "month-epithet" => Cat::MonthEpithet,
        "era-gregorian" => Cat::EraGregorian,
        "era-hijri" => Cat::EraHijri,
        "day-word" => Cat::DayWord,
        "month-word" => Cat::MonthWord,
        "year-word" => Cat::YearWord,
        "years-word" => Cat::YearsWord,
        "months-word" => Cat::MonthsWord,
        "clock-word" => Cat::ClockWord,
        "agreeing" => Cat::Agreeing,
        "fraction" => Cat::Fraction(value.parse().expect("words.tsv: fraction minutes")),
        other => panic!("words.tsv: unknown category {other:?}"),
    }
}

fn unit_of(unit: &str) -> Unit {
    match unit {
        "minute" => Unit::Minute,
        "hour" => Unit::Hour,
        "day" => Unit::Day,
        "week" => Unit::Week,
        "month" => Unit::Month,
        "year" => Unit::Year,
        other => panic!("words.tsv: unknown unit {other:?}"),
    }
}

/// A direction of `words.tsv` by its value.
fn direction(value: &str) -> Dir {
    match value {
        "past" => Dir::Past,
        "next" => Dir::Next,
        "this" => Dir::This,
        "before-last" => Dir::BeforeLast,
        "after-next" => Dir::AfterNext,
        other => panic!("words.tsv: unknown direction {other:?}"),
    }
}
