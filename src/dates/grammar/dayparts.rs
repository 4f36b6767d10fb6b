//! Parts of a day and weekdays placed the way Duckling's and Microsoft Recognizers' Arabic tests write them:
//! a part of a day with a clock time after it ("صباح الغد الساعة 7", "الليلة حوالي الساعة 9"), a part of the
//! day alone after "في" or "عند" ("في المساء": the anchor's day), and a weekday of a relative week ("الجمعة من
//! الأسبوع المقبل", "الأسبوع الماضي يوم الأحد").

use super::clock::{shift_of, Loose};
use super::{Core, Expr, Parser, Pick, Span, Step};
use crate::dates::lexicon::{Cat, Unit};

impl Parser<'_> {
    /// A part of a day ("صباح الغد", "الليلة", "هذا المساء") and a clock time after it, which the part moves
    /// into the afternoon or night as it would after the time ("الليلة الساعة 9" is 21:00). `read` is the part
    /// of the day as [`relative_part`](Self::relative_part) or [`part_expr`](Self::part_expr) read it at the
    /// same token.
    #[inline(never)]
    pub(super) fn part_then_clock(&self, read: Step<Expr>) -> Step<Expr> {
        let (mut e, j) = read?;
        let part = e.part?;
        if e.clock.is_some() {
            return None;
        }
        // "في الساعة", "عند الساعة", "حوالي الساعة", "، الساعة"
        let comma = self.skip_comma(j);
        let led = self
            .is(comma, false, Cat::Skip)
            .or_else(|| self.is(comma, false, Cat::Approx))
            .or_else(|| (self.word(comma) == Some("عند")).then_some(comma + 1));
        // "في تمام التاسعة": a word that leads an hour after "في".
        let clock_led = led.and_then(|k| self.is(k, false, Cat::ClockLead));
        let k = clock_led.or(led).unwrap_or(comma);
        let (written, end) = self.clock_time(k, false, Loose::Any)?;
        // A bare number with nothing that makes it a time, neither "الساعة", minutes nor a part of the day, is an
        // hour only where the phrase ends ("فجر الثلاثاء، 9 فلسطينيين" counts people), or in words or after
        // "عند"/"تمام" ("مساء أمس في 3 مواقع" counts places; "مساء اليوم في الخامسة" is a time).
        let in_digits = self.number(k).is_some();
        let plain = !written.word && !written.colon && written.part.is_none();
        let weak_lead = clock_led.is_none() && self.word(comma) != Some("عند");
        let bare = plain && (k == comma || (in_digits && weak_lead));
        // A cardinal in words without the article right after "في" counts what follows it ("فجر الجمعة، في خمس
        // غارات"); an hour in words is the ordinal with it ("في الخامسة").
        let counted = !in_digits
            && clock_led.is_none()
            && k > 0
            && self.word(k - 1) == Some("في")
            && self.word(k).is_some_and(|w| !w.starts_with("ال"));
        if (bare || counted) && self.word(end).is_some() {
            return None;
        }
        let shift = written.part.unwrap_or((part, shift_of(part)));
        e.clock = Some(written.at(Some(shift))?);
        e.part = Some(shift.0);
        Some((e, end))
    }

    /// "المساء", "الصباح", "الليل" alone after "في"/"عند": that part of the anchor's day.
    #[inline(never)]
    pub(super) fn bare_part(&self, i: usize, clitics: bool) -> Step<Expr> {
        let (part, j) = self.cat(i, clitics, |c| match c {
            Cat::PartAlone(p) => Some(p),
            _ => None,
        })?;
        let prev = i.checked_sub(1)?;
        // Only after "في"/"عند", or "منذ" ("منذ الصباح": since this morning): "خلال الليل" in a dispatch is
        // "overnight", before the day it reports.
        let after_preposition = matches!(self.word(prev), Some("في" | "وفي" | "عند" | "وعند" | "منذ" | "ومنذ"));
        if !after_preposition || self.excluded(i) {
            return None;
        }
        let mut e = Expr::new(Core::RelDay(0));
        e.part = Some(part);
        e.implicit_day = true;
        Some((e, j))
    }

    /// "الجمعة من الأسبوع المقبل", "الأسبوع المقبل يوم الجمعة", "هذا الأسبوع الخميس": that weekday of the
    /// ISO week named.
    #[inline(never)]
    pub(super) fn week_weekday(&self, i: usize, clitics: bool) -> Step<Expr> {
        let week = |k: usize, clitics: bool| match self.period(k, clitics)? {
            (Core::Period { unit: Unit::Week, dir }, end) => Some((dir, end)),
            _ => None,
        };
        let pick = |day: u8, dir| Core::InSpan {
            pick: Pick::Weekday { day, n: 1 },
            span: Span::Period { unit: Unit::Week, dir },
        };
        if let Some(((day, None), j)) = self.weekday(i, clitics) {
            let k = self.is(j, false, Cat::From)?;
            let (dir, end) = week(k, false)?;
            return Some((Expr::new(pick(day, dir)), end));
        }
        let (dir, j) = week(i, clitics)?;
        let k = self.is(j, false, Cat::DayWord).unwrap_or(j);
        let ((day, None), end) = self.weekday(k, false)? else {
            return None;
        };
        Some((Expr::new(pick(day, dir)), end))
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::test_support::{pair, read};

    #[test]
    fn weather_report_parts_of_the_day_and_the_time_after_a_prayer() {
        assert_eq!(
            read("أمطار متفرقة في ساعات ما قبل الظهر.", "2025-12-15"),
            pair("قبل الظهر", "2025-12-15TMO")
        );
        assert_eq!(
            read("سحب ركامية خلال الظهيرة فوق المرتفعات", "2020-07-24"),
            pair("خلال الظهيرة", "2020-07-24TAF")
        );
        assert_eq!(
            read("يتحسن الجو مع ساعات الصباح المتأخر", "2015-05-03"),
            pair("ساعات الصباح", "2015-05-03TMO")
        );
        assert_eq!(
            read("تقام الصلاة يوم الجمعة بعد صلاة المغرب في الجامع", "2024-09-07"),
            pair("يوم الجمعة بعد صلاة المغرب", "2024-09-06TEV")
        );
    }

    #[test]
    fn since_this_morning_and_the_hours_of_the_night() {
        assert_eq!(
            read("تتواصل المواجهات منذ الصباح في البلدة", "2024-05-10").map(|p| p.1),
            Some("2024-05-10TMO".to_string())
        );
        assert_eq!(
            read("وتحلق الطائرات ومنذ المساء فوق المدينة", "2024-05-10").map(|p| p.1),
            Some("2024-05-10TEV".to_string())
        );
        assert_eq!(
            read("يتوقع هطول أمطار خلال ساعات الليل", "2024-05-10"),
            pair("ساعات الليل", "2024-05-10TNI")
        );
        assert_eq!(
            read("تنشط الرياح اعتبارا من ساعات المساء", "2024-05-10"),
            pair("ساعات المساء", "2024-05-10TEV")
        );
    }
}
