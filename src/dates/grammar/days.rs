//! Days: calendar dates in words and digits ("6 من كانون الأول 2024", "6/12/2024", "يوليو 13"), weekdays,
//! days relative to the anchor, the combinations the press writes them in ("اليوم، الجمعة 6 من كانون الأول"),
//! and a day with the part of the day or clock time after it.

use super::clock::Loose;
use super::yearof::YearOf;
use super::{kinds, Core, DateParts, Expr, Parser, Step};
use crate::dates::lexicon::{Cat, Dir, Unit};

/// Four-digit years that a numeric date with no era marker gives in the Hijri calendar: 1300-1499 AH is
/// 1882-2076 CE, while a Gregorian date of those centuries is never written in digits and slashes.
const HIJRI_YEARS_WITHOUT_ERA: std::ops::Range<u32> = 1300..1500;

impl Parser<'_> {
    /// A full or partial calendar date with a day: "6 من كانون الأول 2024", "السادس من ديسمبر",
    /// "5 جمادى الآخرة 1446 هـ", "6/12/2024", "السادس من الشهر الجاري".
    pub(super) fn date(&self, i: usize, clitics: bool) -> Step<DateParts> {
        // Every form below opens with digits, "يوم", a month or a number word: any other token is let go after
        // one look at its vocabulary matches.
        let opens = self.number(i).is_some()
            || self.with_hits(i, clitics, |hits| {
                hits.iter()
                    .any(|h| matches!(h.cat, Cat::DayWord | Cat::Month(_) | Cat::Number(..)))
            });
        if !opens {
            return None;
        }
        if let Some(found) = self
            .numeric_date(i)
            .or_else(|| self.short_numeric_date(i))
            .or_else(|| self.day_of_relative_month(i, clitics))
        {
            return Some(found);
        }
        if let Some(found) = self.month_first_date(i, clitics) {
            return Some(found);
        }
        if let Some(found) = self.month_ordinal_date(i, clitics) {
            return Some(found);
        }
        let start = i;
        let i = self.is(i, clitics, Cat::DayWord).unwrap_or(i);
        // Up to two digits before a month name are its day, even when no month has that day ("32 آذار"):
        // resolution reports the day as nonexistent rather than reading the month alone.
        let (day, mut j) = match self.number(i) {
            Some((n, 1 | 2)) if n > 31 => (n as u8, i + 1),
            // "15th December 2024"; a comma or "of" may stand before the month ("13th, April 2024", "1st of May
            // 2024").
            Some((n @ 1..=31, 1 | 2)) if self.ordinal_suffix(i + 1) => {
                let mut k = i + 2;
                if (self.punct(k, ',') || self.word(k) == Some("of")) && self.month(k + 1, false).is_some() {
                    k += 1;
                }
                (n as u8, k)
            }
            _ => self.day_number(i, clitics).or_else(|| self.spoken_day(i, clitics))?,
        };
        // "مدينة العاشر من رمضان" (a number that starts a name is passed over by `find_all`). Asked once a day
        // is read: most words that start no day are let go without the look-up.
        if self.word(start).is_some() && self.excluded(start) {
            return None;
        }
        // "3- تشرين الثاني- 2022", "25/أبريل/2024", "14/ صفر/1399هـ": dashes or slashes around the month name.
        let sep = ['-', '/']
            .into_iter()
            .find(|&c| self.punct(j, c) && self.month(j + 1, false).is_some());
        if sep.is_some() {
            j += 1;
        }
        // "30 ,شعبان 1421": a comma a page's layout put between the day and a Hijri month with its year;
        // "13,Feb,2026": a comma glued between the day, a month in Latin letters and its year, as a page's
        // header writes them.
        if sep.is_none() && self.punct(j, ',') {
            let latin = self.word(j + 1).is_some_and(|w| w.is_ascii()) && self.glued(j) && self.glued(j + 1);
            let year_at = |k: usize| if latin { self.skip_comma(k) } else { k };
            let month = self.month(j + 1, false).filter(|((m, _), _)| m.hijri || latin);
            if month.is_some_and(|(_, k)| self.date_year(year_at(k)).is_some()) {
                j += 1;
            }
        }
        // "٥ -من ذى الحجة 1440هـ": a dash a page's layout put between the day and "من" before a Hijri month with
        // its year.
        if sep.is_none() && self.punct(j, '-') {
            let month = self.is(j + 1, false, Cat::From).and_then(|k| self.month(k, false));
            if month.is_some_and(|((m, _), k)| m.hijri && self.date_year(k).is_some()) {
                j += 1;
            }
        }
        let from = self.is(j, false, Cat::From);
        if let Some(k) = from {
            // "السادس من الشهر الجاري"
            if let Some((dir, k2)) = self.relative_month(k) {
                let parts = DateParts {
                    day: Some(day),
                    rel_month: Some(dir),
                    ..DateParts::default()
                };
                return Some((parts, k2));
            }
            j = k;
        }
        j = self.is(j, false, Cat::MonthWord).unwrap_or(j);
        let ((m, mismatch), mut j) = self.month(j, false)?;
        let mut parts = DateParts {
            day: Some(day),
            month: Some(m.month),
            hijri: m.hijri,
            dual_mismatch: mismatch,
            ..DateParts::default()
        };
        let k = self.skip_comma(j);
        let k = match sep {
            Some(c) if self.punct(k, c) => k + 1,
            _ => k,
        };
        if let Some(((y, era), k)) = self.date_year(k) {
            parts.year = Some(y);
            if era == Some(true) && !m.hijri {
                return None;
            }
            j = k;
        } else if let Some((of, k)) = self
            .year_of_month(j)
            .filter(|(of, _)| !m.hijri || matches!(of, YearOf::Written(..)))
        {
            // A Hijri month takes a written year after "لعام" too ("التاسع من شهر ذي الحجة لعام 1444 هـ"),
            // not a relative one, which counts Gregorian years.
            match of {
                YearOf::Written(_, Some(true)) if !m.hijri => return None,
                YearOf::Written(y, _) => parts.year = Some(y),
                YearOf::Rel(n) => parts.rel_year = Some(n),
            }
            j = k;
        } else if let Some((dir, k)) = self.direction(j) {
            parts.dir = Some(dir);
            j = k;
        } else if m.hijri {
            j = self.is(j, false, Cat::EraHijri).unwrap_or(j);
        } else if let Some(k) = self.month_named_again(j) {
            // "22 نوفمبر من الشهر الماضي": the month written wins over the relative one that names it again.
            j = k;
        }
        Some((parts, j))
    }

    /// "من الشهر الماضي", "من الشهر الجاري" at `j`: the token after it.
    fn month_named_again(&self, j: usize) -> Option<usize> {
        let k = self.is(j, false, Cat::From)?;
        match self.period(k, false)? {
            (Core::Period { unit: Unit::Month, .. }, end) => Some(end),
            _ => None,
        }
    }

    /// "يوليو 13", "ديسمبر 6، 2024": the month first and the day in digits after it.
    pub(super) fn month_first_date(&self, i: usize, clitics: bool) -> Step<DateParts> {
        let ((m, mismatch), j) = self.month(i, clitics)?;
        if !(m.hijri || m.standalone || self.month_context(i)) {
            return None;
        }
        let (day, digits) = self.number(j)?;
        if digits > 2 || !(1..=31).contains(&day) {
            return None;
        }
        let mut parts = DateParts {
            day: Some(day as u8),
            month: Some(m.month),
            hijri: m.hijri,
            dual_mismatch: mismatch,
            ..DateParts::default()
        };
        // "December 15th, 2024": an English ordinal suffix glued to the day.
        let after_day = j + 1 + usize::from(self.ordinal_suffix(j + 1));
        let k = self.skip_comma(after_day);
        let end = match self.year(k) {
            Some(((y, None | Some(false)), k)) if !m.hijri => {
                parts.year = Some(y);
                k
            }
            // "رجب 12 1447 هـ": a Hijri month first, only with its Hijri year after the day.
            Some(((y, era), k)) if m.hijri && (era == Some(true) || HIJRI_YEARS_WITHOUT_ERA.contains(&(y as u32))) => {
                parts.year = Some(y);
                k
            }
            _ if m.hijri => return None,
            _ => after_day,
        };
        Some((parts, end))
    }

    /// "الشهر الجاري", "الشهر الماضي", "هذا الشهر" after a day.
    pub(super) fn relative_month(&self, i: usize) -> Step<Dir> {
        match self.period(i, false) {
            Some((Core::Period { unit: Unit::Month, dir }, j)) => Some((dir, j)),
            _ => None,
        }
    }

    /// d/m/yyyy, d-m-yyyy, d.m.yyyy, yyyy-mm-dd and yyyy/mm/dd, written without spaces ("d / m / yyyy" with
    /// slashes set apart).
    pub(super) fn numeric_date(&self, i: usize) -> Step<DateParts> {
        let (a, da) = self.number(i)?;
        let sep = ['/', '-', '.'].into_iter().find(|&c| self.punct(i + 1, c))?;
        let (b, db) = self.number(i + 2)?;
        if !self.punct(i + 3, sep) {
            return None;
        }
        let (c, dc) = self.number(i + 4)?;
        // "27- 6- 2024": a space may follow a separator glued to the number before it. "30 / 01 / 2018": with a
        // four-digit year, slashes may be set apart by spaces on both sides.
        let spaced_ok = sep != '.' && (da == 4 || dc == 4);
        // With a four-digit year, slashes and dashes (an en dash is folded to one) may be spaced any way ("30 /
        // 01 / 2018", "٩ /١١ /١٤٤١هـ", "٨/ ٨ /١٤٤٢", "30- 3 -2025", "2- 4 – 2025").
        let set_apart = spaced_ok;
        if db > 2 || (!set_apart && (!self.glued(i + 1) || !self.glued(i + 3))) {
            return None;
        }
        if (!self.glued(i + 2) || !self.glued(i + 4)) && !spaced_ok {
            return None;
        }
        let (y, m, d) = match (da, dc) {
            (4, 1 | 2) => (a, b, c),
            // "12/15/2024": the American order, when the middle number cannot be a month.
            (1 | 2, 4) if b > 12 && (1..=12).contains(&a) => (c, a, b),
            (1 | 2, 4) => (c, b, a),
            _ => return None,
        };
        if !(1000..=2200).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        // A number glued after the date ("6/12/2024/1") is some other code.
        if self.punct(i + 5, sep) && self.glued(i + 5) {
            return None;
        }
        let mut parts = DateParts {
            day: Some(d as u8),
            month: Some(m as u8),
            year: Some(y as i32),
            ..DateParts::default()
        };
        // "15/6/1446 هـ" is a Hijri date; the "م" of "5/12/2024 م" is the era, not p.m.
        let era = self.cat(i + 5, false, |c| match c {
            Cat::EraHijri => Some(true),
            Cat::EraGregorian => Some(false),
            _ => None,
        });
        let mut end = i + 5;
        if let Some((hijri, k)) = era {
            parts.hijri = hijri;
            end = k;
        } else {
            // "21 / 9 / 1444", "1447-02-04": a year of the Hijri centuries that news is dated in, without "هـ".
            parts.hijri = (HIJRI_YEARS_WITHOUT_ERA).contains(&y);
        }
        Some((parts, end))
    }

    /// A weekday, with "يوم" before it and a direction after it.
    pub(super) fn weekday(&self, i: usize, clitics: bool) -> Step<(u8, Option<Dir>)> {
        // The classes at `i`, read once: most tokens asked here are none of the three words below, and each
        // `is` that fails is a look-up and a scan of the matches.
        let first = self.kinds(i, clitics);
        // "هذا الأربعاء": the weekday of the anchor's week.
        if let Some(j) = self.is_among(first, i, clitics, Cat::This) {
            let ((day, dir), k) = self.weekday(j, false)?;
            return Some(((day, dir.or(Some(Dir::This))), k));
        }
        let start = self.is_among(first, i, clitics, Cat::DayWord);
        let (k, clitics) = match start {
            Some(k) => (k, false),
            None if first & kinds::WEEKDAY == 0 => return None,
            None => (i, clitics),
        };
        let (day, j) = self.cat(k, clitics, |c| match c {
            Cat::Weekday(d) => Some(d),
            _ => None,
        })?;
        if self.excluded(k) {
            return None;
        }
        match self.direction(j) {
            Some((dir, j)) => Some(((day, Some(dir)), j)),
            None => Some(((day, None), j)),
        }
    }

    /// A Friday of protest named after its slogan, as the Syrian and Yemeni uprisings named each week's ("في جمعة
    /// الحماية الدولية", "تظاهرات جمعة «ارحل»", "يوم جمعة تجميد العضوية"): that Friday, as a bare weekday. Only
    /// after a word that leads a day or a protest, since "جمعة" is also a given name ("جمعة عناد").
    #[inline(never)]
    pub(super) fn named_friday(&self, i: usize) -> Step<Expr> {
        // The word alone, without a proclitic.
        if self.word(i) != Some("جمعه") {
            return None;
        }
        // The lead word may stand before the quotation that holds the name (في "جمعة ...").
        let before = match i.checked_sub(1) {
            Some(p) if self.punct(p, '"') => p.checked_sub(1),
            p => p,
        };
        let lead = before.and_then(|p| self.word(p)).is_some_and(|w| {
            matches!(
                w,
                "في" | "وفي"
                    | "يوم"
                    | "تظاهرات"
                    | "مظاهرات"
                    | "احتجاجات"
                    | "مسيرات"
                    | "اعتصامات"
                    | "خلال"
            )
        });
        // The slogan follows: a word or a quotation, no number or month.
        let k = if self.punct(i + 1, '"') { i + 2 } else { i + 1 };
        let slogan = self.word(k).is_some() && self.with_hits(k, false, |hits| hits.is_empty());
        if !lead || !slogan || self.excluded(i) {
            return None;
        }
        Some((Expr::new(Core::Weekday { day: 5, dir: None }), i + 1))
    }

    /// "st", "nd", "rd", "th" glued after a number.
    pub(super) fn ordinal_suffix(&self, i: usize) -> bool {
        self.glued(i)
            && self
                .word(i)
                .is_some_and(|w| matches!(w, "st" | "nd" | "rd" | "th" | "er"))
    }

    /// A day of the month in cardinal words, as speech gives it, before its month: "خمستاشر ديسمبر", "تلاتة
    /// من آذار".
    pub(super) fn spoken_day(&self, i: usize, clitics: bool) -> Step<u8> {
        let (n, j) = self.number_words(i, clitics, false)?;
        let k = self.is(j, false, Cat::From).unwrap_or(j);
        let k = self.is(k, false, Cat::MonthWord).unwrap_or(k);
        let ((m, _), _) = self.month(k, false)?;
        (!m.hijri || k > j).then_some(())?;
        u8::try_from(n).ok().filter(|d| (1..=31).contains(d)).map(|d| (d, j))
    }

    /// Whether the number at `i` counts something: digits followed by a noun that starts no date ("12 مواطنا").
    pub(super) fn counts(&self, i: usize) -> bool {
        self.number(i).is_some() && self.word(i + 1).is_some() && !self.may_start(i + 1)
    }

    pub(super) fn relday(&self, i: usize, clitics: bool) -> Step<i32> {
        let found = self.cat(i, clitics, |c| match c {
            Cat::RelDay(n) => Some(n),
            _ => None,
        })?;
        (!self.excluded(i) && !self.counts_days(found.1)).then_some(found)
    }

    /// The ordinal after "اليوم" at `j` and its end, when "لـ", "من" or "على" (folded "علي") follows it: the
    /// war, the strike or "على التوالي" whose days it counts ([`Parser::back_expr`] reads the phrase).
    pub(super) fn day_count(&self, j: usize) -> Option<(u32, usize)> {
        let (n, end) = if self.article_before_number(j) {
            (self.number(j + 1)?.0, j + 2)
        } else {
            self.number_words(j, false, true)?
        };
        let w = self.word(end)?;
        // Not a day of a month ("الموافق لليوم الرابع عشر من شهر تموز"), which its own rule reads.
        let counted =
            (w.starts_with('ل') && w.chars().nth(2).is_some()) || w == "علي" || (w == "من" && !self.may_start(end + 1));
        counted.then_some((n, end))
    }

    /// Whether an ordinal follows "اليوم" at `j`: "لليوم الرابع على التوالي", "في اليوم الـ329 للحرب" count
    /// the days of something, and are not the anchor's day but the day the count has reached
    /// ([`Parser::back_expr`]). (The first days of a period, "اليوم الأول من الشهر", are read before this by their
    /// own rule.)
    pub(super) fn counts_days(&self, j: usize) -> bool {
        self.article_before_number(j)
            || (self.number_words(j, false, true).is_some()
                && self
                    .cat(j, false, |c| matches!(c, Cat::Weekday(_)).then_some(()))
                    .is_none())
    }

    /// Past "الموافق" at `k`, if it stands there, and whether it did: the date after it may carry the
    /// preposition "لـ" ("السبت الموافق للأول من مارس").
    fn agreeing(&self, k: usize) -> (usize, bool) {
        // "الموافق .. 18 / 8 / 1432هـ": dots written after it.
        let past_dots = |j: usize| (j..j + 3).find(|&m| !self.punct(m, '.')).unwrap_or(j + 3);
        match self.is(k, false, Cat::Agreeing).map(past_dots) {
            // "الموافق لـ 18/7/2021": the preposition written apart.
            Some(j) if self.word(j) == Some("ل") => (j + 1, true),
            Some(j) => (j, true),
            None => (k, false),
        }
    }

    /// A date optionally followed by "الموافق" and the same date in the other calendar.
    #[inline(never)]
    pub(super) fn date_with_also(&self, i: usize, clitics: bool) -> Step<(DateParts, Option<DateParts>)> {
        let (d, j) = self.date(i, clitics)?;
        let k = self.skip_comma(j);
        if let Some(k) = self.is(k, false, Cat::Agreeing) {
            let k = self.is(k, false, Cat::DayWord).unwrap_or(k);
            let k = self.weekday(k, false).map_or(k, |(_, k)| k);
            let k = self.skip_comma(k);
            if let Some((other, k)) = self.date(k, false) {
                return Some(((d, Some(other)), k));
            }
        }
        Some(((d, None), j))
    }

    /// A day: a relative day, a weekday or a date, in the combinations the press writes them
    /// ("اليوم، الجمعة 6 من كانون الأول", "أمس الخميس", "الجمعة الموافق 6 كانون الأول").
    #[inline(never)]
    pub(super) fn day_expr(&self, i: usize, clitics: bool) -> Step<Expr> {
        let mut best: Step<Expr> = None;
        let mut consider = |cand: Step<Expr>| {
            if let Some((e, j)) = cand {
                if best.as_ref().is_none_or(|(_, b)| j > *b) {
                    best = Some((e, j));
                }
            }
        };
        if let Some((n, j)) = self.relday(i, clitics) {
            let mut e = Expr::new(Core::RelDay(n));
            let mut end = j;
            let k = self.skip_comma(j);
            let (wd, k) = match self.weekday(k, false) {
                Some(((wd, None), k)) => (Some(wd), k),
                // "أمس (الثلاثاء)": the weekday in brackets.
                _ => match self.weekday(k + 1, false) {
                    Some(((wd, None), m)) if self.punct(k, '(') && self.punct(m, ')') => (Some(wd), m + 1),
                    _ => (None, k),
                },
            };
            if wd.is_some() {
                e.weekday = wd;
                end = k;
            }
            let k2 = self.skip_comma(end);
            let (k2, agreeing) = self.agreeing(k2);
            // The date may stand in brackets: "فجر اليوم الأحد (29 مارس/آذار 2015)".
            let bracket = self.punct(k2, '(');
            if let Some(((d, also), k3)) = self.date_with_also(k2 + usize::from(bracket), agreeing) {
                e.core = Core::Date(d);
                e.relday = Some(n);
                e.also = also;
                end = if bracket && self.punct(k3, ')') { k3 + 1 } else { k3 };
            }
            consider(Some((e, end)));
        }
        if let Some(((wd, dir), j)) = self.weekday(i, clitics) {
            let mut e = Expr::new(Core::Weekday { day: wd, dir });
            let mut end = j;
            if dir.is_none() {
                // "يوم الأحد التالي، الموافق 25 فبراير": the weekday's own date, written after "الموافق".
                let k = match self.is(j, false, Cat::Following) {
                    Some(f) if self.agreeing(self.skip_comma(f)).1 => f,
                    _ => j,
                };
                let k = self.skip_comma(k);
                // "الأحد-15 ديسمبر 2024": a dash glued between the weekday and its date; "الأحد: 15/12/2024": a
                // colon glued to the weekday, before a date with its month (a bare number after it is read
                // below only without the colon).
                let colon = self.punct(k, ':') && self.glued(k);
                let k = if self.punct(k, '-') || colon { k + 1 } else { k };
                let (k, agreeing) = self.agreeing(k);
                let k = self.is(k, false, Cat::Skip).unwrap_or(k);
                // "الخميس الـ5 من مارس": the article before the day's number.
                let k = k + usize::from(self.article_before_number(k));
                // "الثلاثاء 07:44 20-1-2026": a page's stamp writes the time between the weekday and its date.
                let (stamp, k) = match self.time_before_date(k) {
                    Some((time, m)) => (Some(time), m),
                    None => (None, k),
                };
                // The date may stand in brackets after its weekday: "السبت (7 كانون الأول)".
                let bracket = self.punct(k, '(');
                let k = k + usize::from(bracket);
                // "يوم الاثنين بعد غد", "الجمعة غدا": the weekday named again as a day from the anchor, as "غدا
                // الجمعة" names it the other way round.
                let again = self.relday(j, false).filter(|&(n, _)| n != 0);
                if let Some((n, k)) = again {
                    e.core = Core::RelDay(n);
                    e.weekday = Some(wd);
                    end = k;
                } else if let Some(((d, also), k)) = self.date_with_also(k, agreeing) {
                    e.core = Core::Date(d);
                    e.weekday = Some(wd);
                    e.also = also;
                    e.clock = stamp;
                    end = if bracket && self.punct(k, ')') { k + 1 } else { k };
                } else if let Some((back, k)) = self.day_of_it(k, agreeing).filter(|_| agreeing) {
                    // "الثلاثاء الموافق للثاني عشر منه": a day of the month named last.
                    e.core = Core::Back(back);
                    e.weekday = Some(wd);
                    end = k;
                } else if let Some((day, k)) = self
                    .day_number(k, false)
                    // "الثلاثاء 12:55": an hour, not the twelfth.
                    .filter(|&(_, k)| {
                        let hour = self.punct(k, ':') && self.glued(k);
                        !(bracket || colon || self.counts(k - 1) || self.part_of_day_at(k) || hour || self.of_other(k))
                    })
                    // "الجمعة الثامنة عشرة لمسيرات العودة": an ordinal agreeing with the weekday (feminine) counts
                    // the weekdays of a series; a day of the month is masculine ("السبت السادس عشر").
                    .filter(|_| !self.feminine_ordinal(k))
                {
                    // "السبت السادس عشر": a day of the month named with its weekday, no month written.
                    let parts = DateParts {
                        day: Some(day),
                        weekday_hint: Some(wd),
                        ..DateParts::default()
                    };
                    e.core = Core::Date(parts);
                    e.weekday = Some(wd);
                    end = k;
                }
            } else {
                // "الأحد المقبل 19 آب الحالي", "السبت القادم، الموافق 2 ديسمبر": the date of the weekday named,
                // with its month (a bare number after "المقبل" may be a count).
                let k = self.skip_comma(j);
                let (k, agreeing) = self.agreeing(k);
                if let Some(((d, also), k)) = self.date_with_also(k, agreeing) {
                    e.core = Core::Date(d);
                    e.weekday = Some(wd);
                    e.also = also;
                    end = k;
                }
            }
            // A Latin weekday ("Sunday") is read only beside its date.
            let latin = self.word(i).is_some_and(|w| w.is_ascii());
            if !(latin && matches!(e.core, Core::Weekday { .. })) {
                consider(Some((e, end)));
            }
        }
        if let Some(((d, also), j)) = self.date_with_also(i, clitics) {
            let mut e = Expr::new(Core::Date(d));
            e.also = also;
            consider(Some((e, j)));
        }
        best
    }

    /// An `HH:MM` at `k` with a date of day and month right after it ("الثلاثاء 07:44 20-1-2026"): the time
    /// and where the date starts. Only a glued colon after the number is worth reading further.
    fn time_before_date(&self, k: usize) -> Option<((u8, u8), usize)> {
        if !(self.number(k).is_some() && self.punct(k + 1, ':') && self.glued(k + 1)) {
            return None;
        }
        let (written, m) = self.clock_time(k, false, Loose::Colon)?;
        if !written.colon {
            return None;
        }
        let time = written.at(written.part)?;
        let ((d, _), _) = self.date_with_also(m, false)?;
        (d.day.is_some() && d.month.is_some()).then_some((time, m))
    }

    /// Whether "من" follows at `k` with no month or period after it ("الجمعة الثالثة من الاعتصام"): the number
    /// counts the weekdays of an event, not the day of a month, and the weekday stands alone.
    fn of_other(&self, k: usize) -> bool {
        self.is(k, false, Cat::From).is_some_and(|m| self.span(m).is_none())
    }

    /// Whether a part of the day follows at `k` ("صباحا", "من مساء"): after a weekday, "في العاشرة صباحا" is an
    /// hour, not the tenth of the month.
    fn part_of_day_at(&self, k: usize) -> bool {
        let k = self.is(k, false, Cat::From).unwrap_or(k);
        self.with_hits(k, false, |hits| {
            hits.iter()
                .any(|h| matches!(h.cat, Cat::PartAdverb(..) | Cat::PartNoun(_)))
        })
    }

    /// A day with what may follow it: a part of the day ("أمس مساءً") or a clock time.
    #[inline(never)]
    pub(super) fn day_with_time(&self, i: usize, clitics: bool) -> Step<Expr> {
        let (mut e, j) = self.day_expr(i, clitics)?;
        if let Some((part, k)) = self.cat(j, false, |c| match c {
            Cat::PartAdverb(p, _) => Some(p),
            _ => None,
        }) {
            e.part = Some(part);
            return Some((e, k));
        }
        if let Some(((time, part), k)) = self.clock_after_day(j, &e) {
            e.part = part.or(e.part);
            e.clock = Some(time);
            return Some((e, k));
        }
        Some((e, j))
    }
}

#[cfg(test)]
#[path = "days_tests.rs"]
mod tests;
