//! A day written in both calendars side by side, with no "الموافق" between them: "25 من رجب 1423 (3 أكتوبر
//! 2002)", "27 رجب 24 – أبريل – 2017", "6/2/2016 م 26/4/1437 هـ". The two are one mention, and its value is
//! the Gregorian day the text wrote: the outlet printed it for its readers, and the Umm al-Qura table may be a
//! day off the sighting the writer followed.
//!
//! Also a day named and then its dates in brackets, a list of days that holds it ("اليوم الجمعة ويوم غد السبت
//! (25 و26 غشت)"): the days in brackets are what the text dates.

use chrono::NaiveDate;

use super::finder::Located;
use super::grammar::{Core, DateParts, Found, Parsed};
use super::mention::{CalendarSystem, Granularity, Warning};
use super::{resolve, Anchor, ExpressionKind};

/// Days the two sides may lie apart and still be the same day (a month begun a day early or late by
/// sighting, the table's own day off it).
const SLACK: i64 = 2;

/// Joins each pair of neighbouring mentions that name one day in two calendars.
pub(crate) fn join(text: &str, found: &[Found], located: &mut Vec<Located>) {
    if located.len() < 2 {
        return;
    }
    // `found[k]` is what `located[k]` was read from until a pair is joined; `shift` counts the joins.
    let (mut k, mut shift) = (0, 0);
    while k + 1 < located.len() {
        let merged = pair(text, &found[k + shift..], located, k)
            .or_else(|| bracketed(text, located, k))
            .or_else(|| years(text, located, k))
            .or_else(|| apposed(text, located, k));
        if let Some(merged) = merged {
            located[k] = merged;
            located.remove(k + 1);
            shift += 1;
        }
        k += 1;
    }
}

/// The mention `k`, a day (or days), joined to the range of days in brackets right after it that holds it.
fn bracketed(text: &str, located: &[Located], k: usize) -> Option<Located> {
    let (a, b) = (&located[k], &located[k + 1]);
    let day = a.mention.value.as_ref().filter(|v| v.granularity == Granularity::Day)?;
    let days = b.mention.value.as_ref().filter(|v| v.granularity == Granularity::Day)?;
    let opens = text.get(a.mention.end..b.mention.start)?.trim() == "(";
    let closes = text.get(b.mention.end..)?.trim_start().starts_with(')');
    let holds =
        b.mention.kind == ExpressionKind::Range && days.first_day <= day.first_day && day.last_day <= days.last_day;
    if !(opens && closes && holds) {
        return None;
    }
    let mut mention = b.mention.clone();
    mention.start = a.mention.start;
    mention.text = text[mention.start..mention.end].to_string();
    mention.modifier = a.mention.modifier.or(b.mention.modifier);
    Some(Located {
        mention,
        tokens: a.tokens.start..b.tokens.end,
    })
}

/// The mention `k`, a part of a day or a time, joined to the same day named again after a comma ("صباح اليوم
/// الأربعاء، ثاني أيام العيد", "مساء أمس، أول أيام رمضان"): the part or the time is what the text dates.
fn apposed(text: &str, located: &[Located], k: usize) -> Option<Located> {
    let (a, b) = (&located[k], &located[k + 1]);
    let timed = |g: Granularity| matches!(g, Granularity::PartOfDay | Granularity::Time);
    let part = a.mention.value.as_ref().filter(|v| timed(v.granularity))?;
    let day = b.mention.value.as_ref().filter(|v| v.granularity == Granularity::Day)?;
    let comma = matches!(text.get(a.mention.end..b.mention.start)?.trim(), "،" | ",");
    if !comma || day.first_day != day.last_day || part.first_day != day.first_day {
        return None;
    }
    let mut mention = a.mention.clone();
    mention.end = b.mention.end;
    mention.text = text[mention.start..mention.end].to_string();
    Some(Located {
        mention,
        tokens: a.tokens.start..b.tokens.end,
    })
}

/// The mentions `k` and `k + 1` joined, when they are a Hijri year and the Gregorian year it mostly falls in, side
/// by side ("1424 هـ/2003 م", "2003م (1424هـ)"), or a Hijri month and a Gregorian month it overlaps ("رمضان 1446
/// هـ (مارس 2025 م)"): one mention whose value is the Gregorian year or month, as a day written in both
/// calendars is the Gregorian day.
fn years(text: &str, located: &[Located], k: usize) -> Option<Located> {
    let (a, b) = (&located[k].mention, &located[k + 1].mention);
    let grain = match a.kind {
        ExpressionKind::Year => Granularity::Year,
        ExpressionKind::Month => Granularity::Month,
        _ => return None,
    };
    let alike = |m: &super::DateMention| m.kind == a.kind && m.value.is_some();
    if !alike(b) || a.value.is_none() || a.calendar == b.calendar || !close(text.get(a.end..b.start)?) {
        return None;
    }
    let (hijri, gregorian) = if a.calendar == CalendarSystem::Hijri {
        (a, b)
    } else {
        (b, a)
    };
    let (h, g) = (hijri.value.as_ref()?, gregorian.value.as_ref()?);
    if g.granularity != grain || !(g.first_day <= h.last_day && h.first_day <= g.last_day) {
        return None;
    }
    let mut mention = gregorian.clone();
    mention.start = a.start;
    mention.end = b.end;
    mention.text = text[mention.start..mention.end].to_string();
    mention.modifier = a.modifier.or(b.modifier);
    Some(Located {
        mention,
        tokens: located[k].tokens.start..located[k + 1].tokens.end,
    })
}

/// The day a mention resolved to, at day grain.
fn day_of(l: &Located) -> Option<NaiveDate> {
    let m = &l.mention;
    let v = m.value.as_ref()?;
    let day = m.kind == ExpressionKind::Date && v.granularity == Granularity::Day && v.first_day == v.last_day;
    day.then_some(v.first_day)
}

/// The date a phrase wrote with its day and month, and whether it is Hijri: `None` for anything else (a
/// holiday, a weekday, a range).
fn written(found: &Found) -> Option<DateParts> {
    match &found.parsed {
        Parsed::One(e) => match e.core {
            Core::Date(p) if p.day.is_some() && p.month.is_some() => Some(p),
            _ => None,
        },
        Parsed::Range(..) => None,
    }
}

/// Whether the text between two mentions is only spaces and punctuation (a bracket, a dash, a colon), a
/// calendar's letter or name ("م", "هجري"), or a word garbled with digits ("مي7دي" for ميلادي).
fn close(gap: &str) -> bool {
    // A bar between them is a table's columns ("02 /05 /1445 هـ | 16 /11 /2023م"): they are still one day.
    // The gap may be a whole paragraph: its length is read first, in bytes (four at most a character), then in
    // characters (20 at most, with "الموافق").
    let long = |most: usize| gap.len() > 4 * most || gap.chars().count() > most;
    if long(20) || gap.contains(['.', '\n', '؛', ';', '!', '?']) || gap.matches('|').count() > 1 {
        return false;
    }
    let words = || gap.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    // "، الموافق لليوم" before the Gregorian day written out in words ("الرابع عشر من شهر تموز سنة 1958").
    let agreeing = words().any(|w| AGREEING[..3].contains(&w));
    if !agreeing && long(12) {
        return false;
    }
    words().all(|w| {
        MARKERS.contains(&w)
            || (agreeing && AGREEING.contains(&w))
            || (w.chars().any(|c| c.is_ascii_digit()) && w.chars().any(char::is_alphabetic))
    })
}

/// "الموافق" and the words for "(to) the day" that may follow it between a day and the same day in the other
/// calendar.
const AGREEING: [&str; 5] = ["الموافق", "الموافقة", "موافق", "لليوم", "ليوم"];

/// A calendar's name or letter written after its date.
const MARKERS: [&str; 10] = [
    "م",
    "ه",
    "هـ",
    "ميلادي",
    "ميلادية",
    "ميلاديه",
    "هجري",
    "هجرية",
    "هجريه",
    "للهجرة",
];

/// The mentions `k` and `k + 1` joined, when they are one day in two calendars; `found` starts at what
/// `located[k]` was read from.
fn pair(text: &str, found: &[Found], located: &[Located], k: usize) -> Option<Located> {
    let (a, b) = (&located[k], &located[k + 1]);
    let (pa, pb) = (written(found.first()?)?, written(found.get(1)?)?);
    if pa.hijri == pb.hijri || !close(text.get(a.mention.end..b.mention.start)?) {
        return None;
    }
    let (hijri, gregorian, g_parts) = if pa.hijri { (0, b, pb) } else { (1, a, pa) };
    // The Gregorian side names its year: a day and month alone may be the same day by chance.
    g_parts.year?;
    let g_day = day_of(gregorian)?;
    day_of(&located[k + hijri])?;
    // The Hijri side read again from the Gregorian day: a Hijri day without its year ("27 رجب") is then the
    // occurrence nearest the day written beside it.
    let at = Anchor::new(g_day).ok()?;
    let h_day = resolve::resolve(&found.get(hijri)?.parsed, Some(&at)).value?.first_day;
    if (h_day - g_day).num_days().abs() > SLACK {
        return None;
    }
    let mut mention = gregorian.mention.clone();
    mention.start = a.mention.start;
    mention.end = b.mention.end;
    mention.text = text[mention.start..mention.end].to_string();
    mention.modifier = a.mention.modifier.or(b.mention.modifier);
    mention.calendar = CalendarSystem::Gregorian;
    if h_day != g_day {
        let (first, second) = if pa.hijri { (h_day, g_day) } else { (g_day, h_day) };
        mention.warnings.push(Warning::CalendarsDisagree { first, second });
    }
    Some(Located {
        mention,
        tokens: a.tokens.start..b.tokens.end,
    })
}

#[cfg(test)]
mod tests {
    use crate::dates::test_support::values;

    #[test]
    fn the_gregorian_day_beside_a_hijri_one_is_the_value() {
        let found = values("صدر بتاريخ 14 من شعبان 1430 (5 أغسطس 2009) في الجريدة", "2012-01-01");
        assert_eq!(
            found,
            [(
                "14 من شعبان 1430 (5 أغسطس 2009".to_string(),
                Some("2009-08-05".to_string())
            )]
        );
        // Gregorian first, the Hijri day after it.
        let found = values("نشر في 5/8/2009 م 14/8/1430 هـ", "2012-01-01");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1.as_deref(), Some("2009-08-05"));
    }

    #[test]
    fn a_hijri_day_without_its_year_takes_the_gregorian_one_beside_it() {
        let found = values("ذكرى المولد 12 ربيع الأول 19 – نوفمبر – 2018 في المسجد", "2019-06-01");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1.as_deref(), Some("2018-11-19"));
    }

    #[test]
    fn a_day_and_the_list_of_days_in_brackets_that_holds_it() {
        let found = values(
            "تشتد الأمطار اليوم السبت وغدا الأحد (7 و8 ديسمبر) في الشمال",
            "2024-12-07",
        );
        assert_eq!(
            found,
            [(
                "اليوم السبت وغدا الأحد (7 و8 ديسمبر".to_string(),
                Some("2024-12-07/2024-12-08".to_string())
            )]
        );
        let found = values("ويوم غد الأحد (7 و8 ديسمبر)", "2024-12-07");
        assert_eq!(
            found,
            [(
                "يوم غد الأحد (7 و8 ديسمبر".to_string(),
                Some("2024-12-07/2024-12-08".to_string())
            )]
        );
        // Days that do not hold the day named stay apart.
        assert_eq!(values("يوم غد الأحد (12 و13 ديسمبر)", "2024-12-07").len(), 2);
    }

    #[test]
    fn a_hijri_year_beside_its_gregorian_year_is_the_gregorian_year() {
        let found = values("المرجع: الجاسر، حمد؛ 1402 هـ/1982 م، الرياض", "2020-01-01");
        assert_eq!(found, [("1402 هـ/1982 م".to_string(), Some("1982".to_string()))]);
        let found = values("صدر عام 1995م (1415هـ) عن الدار", "2020-01-01");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1.as_deref(), Some("1995"));
        // A year the Hijri one does not reach stays apart.
        assert_eq!(values("1402 هـ/1990 م", "2020-01-01").len(), 2);
    }

    #[test]
    fn a_hijri_day_and_its_gregorian_day_in_a_table_row() {
        let found = values("الاختبارات | 13 /06 /1445 هـ | 26 /12 /2023م |", "2023-08-01");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1.as_deref(), Some("2023-12-26"));
    }

    #[test]
    fn a_hijri_day_and_the_gregorian_day_agreeing_with_it_in_words() {
        let text =
            "في اليوم السادس والعشرين من شهر ذي الحجة سنة 1377 هجرية، الموافق لليوم الرابع عشر من شهر تموز سنة 1958";
        let found = values(text, "2017-07-13");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1.as_deref(), Some("1958-07-14"));
    }

    #[test]
    fn a_part_of_the_day_keeps_the_same_day_named_again_after_a_comma() {
        let one = |text: &str, value: &str| vec![(text.to_string(), Some(value.to_string()))];
        assert_eq!(
            values("صباح اليوم الاثنين، ثاني أيام عيد الأضحى", "2024-06-17"),
            one("صباح اليوم الاثنين، ثاني أيام عيد الأضحى", "2024-06-17TMO")
        );
        assert_eq!(
            values("مساء أمس الأربعاء، أول أيام عيد الفطر", "2024-04-11"),
            one("مساء أمس الأربعاء، أول أيام عيد الفطر", "2024-04-10TEV")
        );
        // Another day after the comma is another mention.
        assert_eq!(values("صباح اليوم، ثاني أيام عيد الفطر", "2024-04-12").len(), 2);
    }

    #[test]
    fn a_hijri_month_beside_the_gregorian_month_it_overlaps_is_the_gregorian_month() {
        let one = |text: &str, value: &str| vec![(text.to_string(), Some(value.to_string()))];
        assert_eq!(
            values("صيام رمضان 1445 هـ (مارس 2024 م)", "2024-02-20"),
            one("رمضان 1445 هـ (مارس 2024 م", "2024-03")
        );
        assert_eq!(
            values("شوال 1445 هـ / أبريل 2024 م", "2024-02-20"),
            one("شوال 1445 هـ / أبريل 2024 م", "2024-04")
        );
        // A month the Hijri one does not touch stays apart.
        assert_eq!(values("رمضان 1445 هـ (يوليو 2024)", "2024-02-20").len(), 2);
    }

    #[test]
    fn two_days_far_apart_stay_two_mentions() {
        let found = values("بين 14 شعبان 1430 (10 مارس 2012)", "2012-01-01");
        assert_eq!(found.len(), 2);
        // Two Gregorian days are a list, not one day in two calendars.
        assert_eq!(values("يوم 5 أغسطس 2009 (6 أغسطس 2009)", "2012-01-01").len(), 2);
    }
}
