//! Months, years, parts of the day and of periods, periods relative to the anchor and counts of units from
//! it: "آذار الماضي", "عام 2011", "مساء أمس", "مطلع العام", "الأسبوع الماضي", "قبل ثلاثة أيام", "الآن".

use super::yearof::YearOf;
use super::{Core, DateParts, Expr, Parser, Step};
use crate::dates::lexicon::{Cat, Count, Dir, MonthName, NumberKind, Part, PeriodPart, Unit};
use crate::text::TokenKind;

impl Parser<'_> {
    /// "الليلة", "الليلة الماضية", "هذا المساء": a part of a day relative to the anchor.
    #[inline(never)]
    pub(super) fn relative_part(&self, i: usize, clitics: bool) -> Step<Expr> {
        let ((n, part), j) = self.cat(i, clitics, |c| match c {
            Cat::RelPart(n, p) => Some((n, p)),
            _ => None,
        })?;
        // "مساء الخير" (a greeting): a phrase of `not-dates.tsv`. A word that is also the part of a day before a
        // day ("مساء السبت عند الساعة 7") is read so when a day follows it.
        if self.excluded(i) || self.part_expr(i, clitics).is_some() {
            return None;
        }
        let mut e = Expr::new(Core::RelDay(n));
        e.part = Some(part);
        Some((e, j))
    }

    /// "صباح اليوم", "مساء أمس", "ليلة الجمعة", "فجر السبت الماضي", "ظهر هذا اليوم".
    #[inline(never)]
    pub(super) fn part_expr(&self, i: usize, clitics: bool) -> Step<Expr> {
        let (part, j) = self.cat(i, clitics, |c| match c {
            Cat::PartNoun(p) => Some(p),
            _ => None,
        })?;
        let j = self.is(j, false, Cat::DayWord).unwrap_or(j);
        // "فجر الـ 6 من آب": the article written before the day's digits.
        let j = if self.article_before_number(j) { j + 1 } else { j };
        // "فجر (الثلاثاء)": the day in brackets after the part of the day, as wires write it.
        if self.punct(j, '(') {
            let (mut e, k) = self.day_expr(j + 1, false)?;
            if !self.punct(k, ')') {
                return None;
            }
            e.eve = part == Part::Night && matches!(e.core, Core::Weekday { dir: None, .. });
            e.part = Some(part);
            return Some((e, k + 1));
        }
        let (mut e, k) = self
            .day_expr(j, false)
            .or_else(|| self.back_expr(j, false))
            .or_else(|| self.holiday_expr(j, false))
            // "صباح هذا اليوم" is "صباح اليوم".
            .or_else(|| match self.period(j, false)? {
                (
                    Core::Period {
                        unit: Unit::Day,
                        dir: Dir::This,
                    },
                    k,
                ) => Some((Expr::new(Core::RelDay(0)), k)),
                _ => None,
            })?;
        // "ليلة عيد الفطر", "ليلة رأس السنة الميلادية 2018": the night before the feast's day, its eve (a feast
        // named by its night, "ليلة القدر", is read whole by `holiday_expr`).
        if part == Part::Night && matches!(e.core, Core::Holiday { .. }) && e.part.is_none() {
            e.plus_days = -1;
        }
        e.part = Some(part);
        e.eve = part == Part::Night && matches!(e.core, Core::Weekday { dir: None, .. });
        // "ليلة السبت على الأحد" is read by `night_range`.
        Some((e, k))
    }

    /// A month, with its year or direction: "كانون الأول 2024", "آذار الماضي", "شهر رمضان", "في مارس".
    #[inline(never)]
    pub(super) fn month_expr(&self, i: usize, clitics: bool) -> Step<Expr> {
        let word = self.is(i, clitics, Cat::MonthWord);
        let (j, clitics) = match word {
            Some(j) => (j, false),
            None => (i, clitics),
        };
        if word.is_none() {
            if let Some(found) = self.numeric_year_month(i) {
                return Some(found);
            }
        }
        let named = self.month(j, clitics).or_else(|| {
            // "شهر 11", "شهر تسعة": a month by its number after "شهر".
            word?;
            let (n, k) = self.count(j, false)?;
            let month = u8::try_from(n).ok().filter(|m| (1..=12).contains(m))?;
            let name = MonthName {
                month,
                hijri: false,
                standalone: true,
            };
            Some(((name, false), k))
        });
        let month_at = j;
        let ((m, mismatch), j) = named?;
        let mut parts = DateParts {
            month: Some(m.month),
            hijri: m.hijri,
            dual_mismatch: mismatch,
            ..DateParts::default()
        };
        let k = self.skip_comma(j);
        // "ثورة مايس الخالدة 1941": an epithet between a Gregorian month and its year.
        let k = match self.is(k, false, Cat::MonthEpithet) {
            Some(after) if !m.hijri && self.year(after).is_some() => after,
            _ => k,
        };
        let end = if let Some(((y, era), k)) = self.date_year(k) {
            if era == Some(true) && !m.hijri {
                return None;
            }
            parts.year = Some(y);
            k
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
            k
        } else if let Some((dir, k)) = self.direction(j) {
            parts.dir = Some(dir);
            k
        } else {
            // "منتصف شعبان", "أواخر رمضان": after a part of a period a Hijri month is a month, not a name.
            let after_part = i.checked_sub(1).is_some_and(|p| {
                self.with_hits(p, true, |hits| hits.iter().any(|h| matches!(h.cat, Cat::PeriodPart(_))))
            });
            let context =
                word.is_some() || (!m.hijri && (m.standalone || self.month_context(i))) || (m.hijri && after_part);
            // "قناة فبراير": a month alone that names something (`not-dates.tsv`).
            if !context || self.excluded(month_at) {
                return None;
            }
            j
        };
        Some((Expr::new(Core::Date(parts)), end))
    }

    /// Whether the word before `i` makes an ambiguous month name a month ("في مارس", "منذ آب").
    pub(super) fn month_context(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1) else {
            return false;
        };
        self.with_hits(prev, true, |hits| {
            hits.iter().any(|h| {
                matches!(
                    h.cat,
                    Cat::Skip
                        | Cat::Since
                        | Cat::Until
                        | Cat::From
                        | Cat::To
                        | Cat::Between
                        | Cat::PeriodPart(_)
                        | Cat::MonthsWord
                )
            })
        })
    }

    /// A year: "عام 2011", "العام 2024", "سنة 1446 هـ", "2019م", and a bare year after منذ/حتى/في.
    #[inline(never)]
    pub(super) fn year_expr(&self, i: usize, clitics: bool) -> Step<Expr> {
        let word = self.is(i, clitics, Cat::YearWord);
        let j = word.unwrap_or(i);
        let ((y, era), k) = self.year(j).or_else(|| {
            word?;
            // "عام 680م": a year of one to three digits, with the Gregorian era after it. Without it, two digits
            // from 30 after "عام" are a year of the 1900s in shorthand ("عام 48", "عام ٦٦"); below 30 they may
            // be either century, and other numbers are left alone.
            if let Some((n @ 1..=999, digits)) = self.number(j) {
                if let Some(k) = self.is(j + 1, false, Cat::EraGregorian) {
                    return Some(((n as i32, Some(false)), k));
                }
                // "لعام ٩٢ / ٩٣": a span of two, whose calendar is not known.
                let aam = self.word(i).is_some_and(|w| w.ends_with("عام")) && !self.date_goes_on(j + 1);
                return (aam && digits == 2 && (30..=99).contains(&n)).then_some(((1900 + n as i32, None), j + 1));
            }
            // "عام ألفين وأربعة وعشرين"
            let (y, k) = self.year_words(j, false)?;
            Some(((y as i32, None), k))
        })?;
        if word.is_none() && era.is_none() && !self.bare_year_context(i) {
            return None;
        }
        let parts = DateParts {
            year: Some(y),
            hijri: era == Some(true),
            ..DateParts::default()
        };
        Some((Expr::new(Core::Date(parts)), k))
    }

    /// Whether a bare four-digit number at `i` is a year: after "منذ"/"حتى" always ("منذ 2011 قُتل ..."); after
    /// "في"/"خلال"/"بحلول" when it is a year of the news (1945-2035) or when no noun follows it ("في 2011،",
    /// "في 2012 ضد" but not "في 2000 منزل").
    pub(super) fn bare_year_context(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1) else {
            return false;
        };
        let (since, skip) = self.with_hits(prev, true, |hits| {
            (
                hits.iter().any(|h| matches!(h.cat, Cat::Since | Cat::Until)),
                hits.iter().any(|h| h.cat == Cat::Skip),
            )
        });
        if since || self.labelled_year(i) {
            return true;
        }
        // A year of the news (1945-2035) after "في"/"خلال"/"بحلول" is a year whatever follows ("في 2011
        // اندلعت", "خلال 2023 وفق"): a count that large after such a preposition is rare.
        if skip && self.year(i).is_some_and(|((y, _), _)| (1945..=2035).contains(&y)) {
            return true;
        }
        // A preposition after it cannot be a counted noun: "الغزو في 2012 على البلاد" (words.tsv,
        // `year-follower`).
        let after_ok = match self.toks.get(i + 1) {
            None => true,
            Some(t) => {
                t.kind == TokenKind::Punct
                    || self.may_start(i + 1)
                    || self.is(i + 1, false, Cat::YearFollower).is_some()
            }
        };
        after_ok && skip || self.closing_year(i, prev)
    }

    /// A year of the news (1900-2035) that closes a title, a heading or a clause: after a word or an opening
    /// bracket or comma, and before closing punctuation or the end of the text ("المرأة الطرابلسية 1947:",
    /// "جيل 2008)", "(2015)", "، 1996 ،", "في أفق 2022."). A count that ends a clause follows a word that leads
    /// a count up to three words back ("وبلغ عدد المشاركين 2000.": words.tsv, `count-lead`) or a number. Not between dashes, which list codes
    /// ("- 2222 - أرامكو - 2030 -"), nor before a closing quotation mark, which ends a name ("إكسبو الدولي 2020").
    fn closing_year(&self, i: usize, prev: usize) -> bool {
        if !self
            .year(i)
            .is_some_and(|((y, era), _)| era.is_none() && (1900..=2035).contains(&y))
        {
            return false;
        }
        let mark = |k: usize, marks: &[char]| marks.iter().any(|&c| self.punct(k, c));
        // "1947.5" is a decimal.
        let closes = match self.toks.get(i + 1) {
            None => true,
            Some(_) if mark(i + 1, &['.', ',']) => !(self.glued(i + 2) && self.number(i + 2).is_some()),
            Some(_) => mark(i + 1, &[':', '،', ')', '|', '؛', ';']),
        };
        let opens = match self.toks[prev].kind {
            // "وبلغ عدد المشاركين 2000.": the word that leads the count may stand up to three words back.
            // Glued to a word it is part of it ("الجمعةكانونالأول2024").
            TokenKind::Word => {
                !self.glued(i) && (prev.saturating_sub(2)..=prev).all(|k| self.is(k, true, Cat::CountLead).is_none())
            }
            TokenKind::Punct => {
                mark(prev, &['(', '،', ',', '|']) && prev.checked_sub(1).is_none_or(|k| self.number(k).is_none())
            }
            TokenKind::Number => false,
        };
        closes && opens
    }

    /// Whether a noun that names an event by its year, or "ما بعد", stands right before the number at `i`
    /// ("ثورة 1936", "لانتخابات 2014", "ما بعد 2011"; words.tsv, `year-label`).
    pub(super) fn labelled_year(&self, i: usize) -> bool {
        (i.saturating_sub(3)..i).any(|k| {
            self.with_hits(k, true, |hits| {
                hits.iter().any(|h| match h.cat {
                    Cat::YearLabel(gap) => (h.next as usize..=h.next as usize + usize::from(gap)).contains(&i),
                    _ => false,
                })
            })
        })
    }

    /// "الآن", "في هذه اللحظة": the anchor itself. "حتى الآن" ("so far") is listed in `not-dates.tsv`.
    #[inline(never)]
    pub(super) fn now_expr(&self, i: usize, clitics: bool) -> Step<Expr> {
        let j = self.is(i, clitics, Cat::Now)?;
        (!self.excluded(i)).then(|| (Expr::new(Core::Now), j))
    }

    /// "الأسبوع الماضي", "الشهر المقبل", "العام الجاري", "هذا الأسبوع", "هذه السنة".
    /// The year after "(في مثل) هذا اليوم" or "اليوم ذاته" at `k` ("من عام 1980", "من العام الماضي"): the
    /// day of the year the anchor is on, in that year.
    ///
    /// So is a count of years back ("في مثل هذا اليوم قبل 10 أعوام"): the anchor's day, that many years before.
    pub(super) fn anniversary(&self, k: usize) -> Step<Core> {
        let years_ago = || match self.shift(k, false)? {
            (Core::Shift { unit: Unit::Year, n }, end) if n < 0 => Some((YearOf::Rel(i8::try_from(n).ok()?), end)),
            _ => None,
        };
        let (year, rel_year, end) = match self.year_of_month(k).or_else(years_ago)? {
            (YearOf::Written(year, None | Some(false)), end) => (Some(year), None, end),
            (YearOf::Rel(n), end) => (None, Some(n), end),
            _ => return None,
        };
        let parts = DateParts {
            year,
            rel_year,
            anniversary: true,
            ..DateParts::default()
        };
        Some((Core::Date(parts), end))
    }

    #[inline(never)]
    pub(super) fn period(&self, i: usize, clitics: bool) -> Step<Core> {
        let unit_at = |k: usize, clitics: bool| {
            self.cat(k, clitics, |c| match c {
                Cat::Unit(u, Count::Definite) => Some(u),
                _ => None,
            })
        };
        if let Some(j) = self.is(i, clitics, Cat::This) {
            let (unit, k) = unit_at(j, false)?;
            if unit == Unit::Day {
                if let Some(found) = self.anniversary(k) {
                    return Some(found);
                }
            }
            // "لهذا العام 1421ه": a year written with its era after it is the year meant, in its calendar.
            if unit == Unit::Year {
                if let Some(((year, Some(hijri)), end)) = self.year(k) {
                    let parts = DateParts {
                        year: Some(year),
                        hijri,
                        ..DateParts::default()
                    };
                    return Some((Core::Date(parts), end));
                }
            }
            return Some((Core::Period { unit, dir: Dir::This }, k));
        }
        let (unit, j) = unit_at(i, clitics)?;
        if self.excluded(i) {
            return None;
        }
        // "الشهر هذا" puts the demonstrative after the unit, as "الشهر ده" does.
        if let Some(k) = self
            .is(j, false, Cat::This)
            .or_else(|| self.is(j, false, Cat::ThisAfter))
        {
            return Some((Core::Period { unit, dir: Dir::This }, k));
        }
        let (dir, k) = self.direction(j)?;
        // "العام الماضي 25 يناير 2013", "الشهر الماضي 12 نوفمبر 2024": the full date written after the period
        // is the day it names.
        if let Some(((d, _), end)) = self.date_with_also(self.skip_comma(k), false) {
            if d.day.is_some() && d.month.is_some() && d.year.is_some() {
                return Some((Core::Date(d), end));
            }
        }
        // "العام المقبل 2023": the year written wins over the one reckoned.
        if unit == Unit::Year {
            if let Some(((year, None | Some(false)), end)) = self.year(k) {
                let parts = DateParts {
                    year: Some(year),
                    ..DateParts::default()
                };
                return Some((Core::Date(parts), end));
            }
        }
        Some((Core::Period { unit, dir }, k))
    }

    /// "قبل ثلاثة أيام", "منذ يومين", "بعد أسبوعين", "قبل 10 أيام".
    #[inline(never)]
    pub(super) fn shift(&self, i: usize, clitics: bool) -> Step<Core> {
        let (sign, j) = self.cat(i, clitics, |c| match c {
            Cat::Ago(s) => Some(s as i64),
            _ => None,
        })?;
        let j = self.skip_approx(j);
        let unit_at = |k: usize| {
            self.cat(k, false, |c| match c {
                Cat::Unit(u, count) if count != Count::Definite => Some((u, count)),
                _ => None,
            })
        };
        let (unit, n, k) = if let Some(((unit, count), k)) = unit_at(j) {
            let Count::Fixed(n) = count else { return None };
            // "قبل عام 2011", "قبل يوم الجمعة", "بعد شهر رمضان": the unit word names a date, not a count.
            if self.number(k).is_some() || self.starts_date_word(k) {
                return None;
            }
            (unit, n as i64, k)
        } else {
            let (n, k) = self.count(j, false)?;
            let ((unit, count), k) = unit_at(k)?;
            if count == Count::Fixed(2) {
                return None;
            }
            (unit, n as i64, k)
        };
        // "منذ ثلاثين عاما حينها", "قبل عامين آنذاك": counted from a time the text named before, not the anchor.
        if self.is(k, false, Cat::Then).is_some() {
            return None;
        }
        // "بعد ثلاثة أيام من الآن"
        if let Some(end) = self.now_after(k) {
            return Some((Core::Shift { unit, n: sign * n }, end));
        }
        // "بعد يومين من الغارات", "بعد عامين على اندلاعها" count from another event, not from the anchor ("قبل
        // يومين على القوات", "منذ أسبوع على المباني": "على" there goes with the verb).
        let from = self.is(k, false, Cat::From).is_some() || (sign > 0 && self.word(k) == Some("علي"));
        // "حذرت قبل يومين من هطول الأمطار": after a verb that takes "من", the "من" is the verb's and the count
        // is from the anchor.
        let verbs = sign < 0
            && from
            && i.checked_sub(1)
                .is_some_and(|v| self.is(v, true, Cat::TakesFrom).is_some());
        if from && !verbs && !self.starts_date_word(k + 1) {
            return None;
        }
        Some((Core::Shift { unit, n: sign * n }, k))
    }

    pub(super) fn starts_date_word(&self, i: usize) -> bool {
        self.with_hits(i, false, |hits| {
            hits.iter()
                .any(|h| matches!(h.cat, Cat::Month(_) | Cat::Weekday(_) | Cat::RelDay(_)))
        })
    }

    /// "مطلع كانون الأول", "أواخر العام الماضي", "منتصف الشهر الماضي", "نهاية عام 2011"; "الأسبوع الأول من
    /// تشرين الأول", "الأيام الأخيرة من العام الماضي" (a week or days of a period keep the period's value, as
    /// a modifier does).
    #[inline(never)]
    pub(super) fn period_part_expr(&self, i: usize, clitics: bool) -> Step<Expr> {
        let (pp, j) = match self.cat(i, clitics, |c| match c {
            Cat::PeriodPart(p) => Some(p),
            _ => None,
        }) {
            Some((pp, j)) => (Some(pp), j),
            None => self.weeks_of(i, clitics)?,
        };
        let bare_year = || {
            self.year(j).map(|((y, era), k)| {
                let parts = DateParts {
                    year: Some(y),
                    hijri: era == Some(true),
                    ..DateParts::default()
                };
                (Expr::new(Core::Date(parts)), k)
            })
        };
        // "منتصف الشهر", "نهاية الأسبوع", "مطلع العام": the anchor's own unit.
        let bare_unit = || {
            self.cat(j, false, |c| match c {
                Cat::Unit(unit, Count::Definite) if unit != Unit::Day => Some(unit),
                _ => None,
            })
            .map(|(unit, k)| (Expr::new(Core::Period { unit, dir: Dir::This }), k))
        };
        let target = self
            .month_expr(j, false)
            .or_else(|| self.year_expr(j, false))
            .or_else(bare_year)
            .or_else(|| self.hijri_year_expr(j, false))
            .or_else(|| self.back_expr(j, false))
            .or_else(|| self.era_expr(j, false))
            .or_else(|| self.period(j, false).map(|(c, k)| (Expr::new(c), k)))
            .or_else(bare_unit);
        let (mut e, k) = target?;
        // "أول شباط", "في أول آذار", "أول شهر رمضان": "أول" before a month by its name is its first day (the
        // start of a month is "مطلع"/"بداية", and "أول الشهر" keeps the modifier).
        let first = pp == Some(PeriodPart::Start) && self.is(i, clitics, Cat::Nth(1)).is_some();
        let named_month = self.month(j, false).or_else(|| self.month(j + 1, false)).is_some();
        match &mut e.core {
            Core::Date(p) if first && named_month && p.month.is_some() && p.day.is_none() => p.day = Some(1),
            _ => e.period_part = pp,
        }
        Some((e, k))
    }

    /// "الأسبوع الأول من", "الأسبوع الأخير من", "الأيام الأولى من", "الأسابيع الأخيرة من": the part of the
    /// period they stand for (the first is its start, the last its end, a middle week none) and where the
    /// period starts.
    fn weeks_of(&self, i: usize, clitics: bool) -> Step<Option<PeriodPart>> {
        let (_, j) = self.cat(i, clitics, |c| match c {
            Cat::Unit(Unit::Week, Count::Definite) | Cat::Units(Unit::Day | Unit::Week, _) => Some(()),
            _ => None,
        })?;
        let (pp, k) = self.cat(j, false, |c| match c {
            Cat::Number(1, NumberKind::Ordinal) => Some(Some(PeriodPart::Start)),
            Cat::Number(2..=5, NumberKind::Ordinal) => Some(None),
            Cat::Last => Some(Some(PeriodPart::End)),
            _ => None,
        })?;
        Some((pp, self.is(k, false, Cat::From)?))
    }
}

#[cfg(test)]
#[path = "periods_tests.rs"]
mod tests;
