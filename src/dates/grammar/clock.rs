//! Clock times: "الساعة الرابعة إلا ربعًا عصرًا", "10:30 ص", "الساعة 9 مساءً بتوقيت دمشق", a time after a
//! printed date ("15/12/2024 - 10:30"), and clock ranges ("بين الساعة 5 و6 مساءً") whose day part, written
//! after the second time only, holds for both (CONVENTIONS.md, "Clock times", "Clock ranges").

use super::{Core, Expr, Parser, Step};
use crate::dates::lexicon::{Cat, NumberKind, Part, Shift, Unit};
use crate::text::TokenKind;

/// What may stand for a clock time without "الساعة" or a day part after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Loose {
    /// Nothing: a time needs its word or its part.
    No,
    /// "10:30" alone (after a printed date).
    Colon,
    /// Any hour, digits or words (a side of a range whose other side shows it is a time).
    Any,
    /// An hour of 1-12 in words ("مساء اليوم في تمام التاسعة": the part of the day before shows it is a time).
    Words,
}

/// A clock time as written.
#[derive(Debug, Clone, Copy)]
pub(super) struct Written {
    /// The hour said, 0-24.
    hour: u8,
    /// Minutes after the hour (after "و") or before it (after "إلا").
    minutes: i16,
    /// The part of the day written after the time, and how it moves the hour.
    pub(super) part: Option<(Part, Shift)>,
    /// "الساعة" stood before it.
    pub(super) word: bool,
    /// Written `HH:MM`.
    pub(super) colon: bool,
}

/// How a part of the day moves an hour when the part came from the day ("مساء أمس الساعة الثامنة").
pub(crate) fn shift_of(part: Part) -> Shift {
    match part {
        Part::Morning => Shift::Keep,
        Part::Noon => Shift::Noon,
        Part::Afternoon | Part::Evening => Shift::Pm,
        Part::Night => Shift::Night,
        Part::Midnight => Shift::Keep,
    }
}

impl Written {
    /// The 24-hour time, with `part` (the time's own, or one shared by a range or its day) moving the named
    /// hour before the minutes are added: "الثانية إلا ثلثًا بعد الظهر" is 13:40.
    pub(super) fn at(&self, part: Option<(Part, Shift)>) -> Option<(u8, u8)> {
        let h = self.hour;
        let hour = match (part, h) {
            (_, 24) => 0,
            // "12 صباحًا" is midnight, but "الثانية عشرة إلا ربعًا صباحًا" is a quarter before noon.
            (Some((Part::Morning, _)), 12) if self.minutes >= 0 => 0,
            (Some((_, Shift::Pm)), 1..=11) | (Some((_, Shift::Noon)), 1..=3) | (Some((_, Shift::Night)), 6..=11) => {
                h + 12
            }
            (Some((_, Shift::Night)), 12) => 0,
            _ => h,
        };
        let total = i32::from(hour) * 60 + i32::from(self.minutes);
        if !(0..24 * 60).contains(&total) {
            return None;
        }
        Some(((total / 60) as u8, (total % 60) as u8))
    }
}

impl Parser<'_> {
    /// A clock time at `i`: "الساعة" and an hour in digits or words, the minutes ("والربع", "إلا ثلثًا", "وعشر
    /// دقائق", ":30"), the part of the day and the zone ("بتوقيت دمشق"). Without "الساعة" a part of the day
    /// must follow, unless `loose` allows less.
    pub(super) fn clock_time(&self, i: usize, clitics: bool, loose: Loose) -> Step<Written> {
        let word = self.is(i, clitics, Cat::ClockWord);
        let (j, clitics) = match word {
            // "الساعة: 09:54" in a page's stamp, "الساعة الـ7": a colon or the article between the word and the
            // hour.
            // "الساعة (19:00)": the time in brackets.
            Some(j)
                if (self.punct(j, ':') || self.punct(j, '(') || self.article_before_number(j))
                    && self.number(j + 1).is_some() =>
            {
                (j + 1, false)
            }
            Some(j) => (j, false),
            None => (i, clitics),
        };
        let hour_at = j;
        let mut spaced = false;
        let (mut hour, mut minutes, mut j, colon) = if let Some((h, k)) = self.military(j, word.is_some()) {
            (h, k, j + 1, true)
        } else if let Some((h, _)) = self.number(j) {
            // "الساعة 21,00", "الساعة 12.02": the comma of the French-style wire copy and the dot of Maghrebi and
            // Gulf notices, after "الساعة" only (elsewhere "12.02" is a decimal).
            let comma = || {
                word.and_then(|_| {
                    self.separated_minutes(j + 1, ',')
                        .or_else(|| self.separated_minutes(j + 1, '.'))
                })
                // "9.00 صباحا", "10.45 مساء", "12.00 بتوقيت موسكو", "20,30 ت غ": without "الساعة", a part of the
                // day or a zone after the dot or the comma makes it a time.
                .or_else(|| {
                    let timed = |&(_, k): &(i16, usize)| {
                        self.cat(k, false, |c| matches!(c, Cat::PartAdverb(..)).then_some(()))
                            .is_some()
                            || self.zone(k).is_some()
                    };
                    self.separated_minutes(j + 1, '.')
                        .filter(timed)
                        .or_else(|| self.separated_minutes(j + 1, ',').filter(timed))
                })
            };
            match self.colon_minutes(j + 1).or_else(comma) {
                Some((m, k)) => (h, m, k, true),
                None => match self.spaced_colon(j) {
                    // A spaced colon may be a score ("2 : 1"): it is a time only with "الساعة" or a part of
                    // the day, as an hour alone is.
                    Some((h, m, k)) => {
                        spaced = true;
                        (h, m, k, false)
                    }
                    None => (h, 0, j + 1, false),
                },
            }
        } else {
            let (h, k) = self
                .number_words(j, clitics, true)
                .or_else(|| self.number_words(j, clitics, false))?;
            // "الثالثة وعشرين دقيقة": the tens after و count the minutes, not the hour.
            let minutes_follow = self
                .cat(k, false, |c| matches!(c, Cat::Unit(Unit::Minute, _)).then_some(()))
                .is_some();
            match self.cat(j, clitics, |c| match c {
                Cat::Number(v, NumberKind::Ordinal | NumberKind::UnitOrdinal | NumberKind::Cardinal) => Some(v),
                _ => None,
            }) {
                Some((single, after)) if minutes_follow && k > after => (u32::from(single), 0, after, false),
                _ => (h, 0, k, false),
            }
        };
        if hour > 24 {
            return None;
        }
        // Minutes in words after an hour in words ("الرابعة وعشر دقائق", "الثالثة والنصف") make it a time.
        let mut spoken = false;
        if !colon && !spaced {
            if let Some((m, k)) = self.clock_minutes(j) {
                minutes = m;
                j = k;
                spoken = self.number(i).is_none() && (1..=12).contains(&hour);
            }
        }
        // "الساعة 4 و 15", "الساعة 9 و45 دقيقة": minutes in digits after و, when الساعة was written.
        // After "بين"/"من" the و joins the second hour of a range ("بين الساعة 5 و6 مساءً").
        // Asked only when it matters: the look-up of the token before is not free.
        let opens_range = || {
            i.checked_sub(1).is_some_and(|p| {
                self.with_hits(p, true, |hits| {
                    hits.iter().any(|h| matches!(h.cat, Cat::Between | Cat::From))
                })
            })
        };
        if !colon && !spaced && minutes == 0 && word.is_some() && !opens_range() {
            if let Some((m, k)) = self.digit_minutes(j) {
                minutes = m;
                j = k;
            }
        }
        // "الساعة (7:30) مساءً", "«3:30» عصراً": past the bracket or quotation mark that closes the time.
        // A mark that opened before the phrase is passed only when a part of the day follows it.
        let opened = hour_at.checked_sub(1).filter(|&p| {
            p >= i
                || self
                    .cat(j + 1, false, |c| matches!(c, Cat::PartAdverb(..)).then_some(()))
                    .is_some()
        });
        if opened.is_some_and(|p| self.punct(p, '(')) && self.punct(j, ')')
            || opened.is_some_and(|p| self.punct(p, '"')) && self.punct(j, '"')
        {
            j += 1;
        }
        // "الساعة الثامنة (20.00) مساء", "الثالثة والنصف «3:30» عصراً": the time in digits after the time in
        // words confirms it, and says which half of the day it is in.
        if self.number(hour_at).is_none() {
            if let Some((h, m, k)) = self.confirming_digits(j) {
                if h % 12 == hour % 12 && m == minutes {
                    hour = h;
                    j = k;
                }
            }
        }
        let part_at = |k: usize| {
            self.cat(k, false, |c| match c {
                Cat::PartAdverb(p, s) => Some((p, s)),
                _ => None,
            })
        };
        // "(فجرًا)": the part of the day in brackets.
        let part = part_at(j).or_else(|| {
            if !self.punct(j, '(') {
                return None;
            }
            let ((p, s), k) = part_at(j + 1)?;
            self.punct(k, ')').then_some(((p, s), k + 1))
        });
        if let Some((_, k)) = part {
            j = k;
        }
        // "في العاشرة من صباح اليوم", "عند الثامنة هذه الليلة": an hour in words is a time when the part of a day
        // that dates it follows.
        // Only after a word that leads a time ("في", "عند", "نحو", "منذ"): "الساعات الأولى من فجر اليوم" is no
        // hour.
        let led = || {
            i.checked_sub(1).is_some_and(|p| {
                self.with_hits(p, true, |hits| {
                    hits.iter().any(|h| {
                        matches!(
                            h.cat,
                            Cat::ClockLead | Cat::Skip | Cat::Since | Cat::Until | Cat::Ago(_)
                        )
                    })
                })
            })
        };
        let dated_part_follows = || {
            // Past a comma too ("في العاشرة، صباح اليوم").
            let j = if self.punct(j, ',') { j + 1 } else { j };
            let k = self.is(j, false, Cat::From).unwrap_or(j);
            self.with_hits(k, false, |hits| {
                hits.iter()
                    .any(|h| matches!(h.cat, Cat::PartNoun(_) | Cat::RelPart(..)))
            })
        };
        // Cheapest tests first: most words tried here are no hour at all.
        let bare_hour = || {
            word.is_none()
                && !colon
                && (1..=12).contains(&hour)
                && self.number(i).is_none()
                && dated_part_follows()
                && led()
        };
        let accepted = word.is_some()
            || part.is_some()
            || spoken
            || match loose {
                Loose::No => false,
                Loose::Colon => colon,
                Loose::Any => true,
                Loose::Words => self.number(hour_at).is_none() && (1..=12).contains(&hour),
            }
            || bare_hour();
        if !accepted {
            return None;
        }
        let j = self.zone(j).unwrap_or(j);
        let written = Written {
            hour: hour as u8,
            minutes,
            part: part.map(|(p, _)| p),
            word: word.is_some(),
            colon,
        };
        Some((written, j))
    }

    /// A time in four digits with no colon, hours then minutes, as wires write it ("الساعة 1500 بتوقيت غرينتش",
    /// "في الساعة 1917 بتوقيت جرينتش"): after "الساعة" and before a zone only, since four digits are mostly a
    /// year ("في عام 1917").
    fn military(&self, j: usize, word: bool) -> Option<(u32, i16)> {
        let (v, len) = self.number(j)?;
        let (hour, minutes) = (v / 100, v % 100);
        (word && len == 4 && hour < 24 && minutes < 60 && self.zone(j + 1).is_some()).then_some((hour, minutes as i16))
    }

    /// "بتوقيت دمشق", "بالتوقيت المحلي", "GMT", "بتوقيت غرينتش": the token after the zone. The written time is
    /// kept as it is.
    fn zone(&self, j: usize) -> Option<usize> {
        let k = self.is(j, true, Cat::Zone)?;
        // "بتوقيت غرينتش" names the zone with a second zone word; "بتوقيت دمشق" with a place.
        if let Some(m) = self.is(k, false, Cat::Zone) {
            return Some(m);
        }
        match self.toks.get(k) {
            // "بتوقيت القاهرة المحلي": a zone word may follow the place.
            Some(t) if t.kind == TokenKind::Word && self.word(j).is_some_and(|w| !w.is_ascii()) => {
                Some(self.is(k + 1, false, Cat::Zone).unwrap_or(k + 1))
            }
            _ => Some(k),
        }
    }

    /// A clock time and the day it belongs to, when one is written after it ("الساعة الثامنة مساء أمس").
    #[inline(never)]
    pub(super) fn clock_expr(&self, i: usize, clitics: bool) -> Step<Expr> {
        // "15:30" alone is a time (two-digit minutes after a colon, glued).
        let (written, j) = self.clock_time(i, clitics, Loose::Colon)?;
        let k = self.is(j, false, Cat::From).unwrap_or(j);
        let day = self
            .part_expr(k, false)
            .or_else(|| self.relative_part(k, false))
            .or_else(|| self.day_expr(k, false))
            // "21:26 - 2025/04/20": a page's stamp with the time first, then a dash or a bar and the full date.
            .or_else(|| {
                let separated = self.punct(k, '-') || self.punct(k, '|');
                let (e, end) = self.day_expr(k + 1, false).filter(|_| separated)?;
                matches!(e.core, Core::Date(p) if p.day.is_some() && p.month.is_some()).then_some((e, end))
            });
        // "في الساعة السادسة، مساء اليوم الجمعة": a part of a day and its day set off by a comma.
        let day = day.or_else(|| {
            let c = self.punct(j, ',').then_some(j + 1)?;
            self.part_expr(c, false).or_else(|| self.relative_part(c, false))
        });
        let (mut e, end) = match day {
            Some((e, end)) => (e, end),
            None => {
                let mut e = Expr::new(Core::RelDay(0));
                e.implicit_day = true;
                (e, j)
            }
        };
        let part = written.part.or(e.part.map(|p| (p, shift_of(p))));
        e.part = part.map(|(p, _)| p);
        e.clock = Some(written.at(part)?);
        Some((e, end))
    }

    /// A clock time after a day ("أمس الساعة الثامنة", "الأحد 15 ديسمبر 2024 - 10:30 ص",
    /// "2024-12-15T10:30:00+03:00"): after a full date, a bare `HH:MM` is its time.
    pub(super) fn clock_after_day(&self, j: usize, day: &Expr) -> Step<((u8, u8), Option<Part>)> {
        let full_date = matches!(day.core, Core::Date(p) if p.day.is_some() && p.month.is_some());
        let mut k = self.skip_comma(j);
        let mut loose = Loose::No;
        if full_date {
            loose = Loose::Colon;
            // "(السبت، 1 مارس 2025): الساعة 5:48 مساء": the date in brackets, its time after them.
            if self.punct(k, ')') {
                k = self.skip_comma(k + 1);
            }
            // "19 أوت 2023 / الساعة 16.30", "14 Jan 2018 : 01:39": a slash or a colon too.
            let separated = self.punct(k, '-')
                || self.punct(k, '|')
                || self.punct(k, '@')
                // "• 2022-05-02 • 09:24": the bullets of a page's date line.
                || self.punct(k, '•')
                || self.punct(k, '·')
                || self.punct(k, '/')
                || self.punct(k, ':')
                // "10-31-2024 (09:58 PM)": the time of a forum's stamp in brackets.
                || self.punct(k, '(')
                || self.word(k).is_some_and(|w| w.eq_ignore_ascii_case("at"));
            if separated || self.iso_time_mark(k) {
                k += 1;
            }
        }
        // "الأحد عند الساعة الثامنة", "أمس في الساعة العاشرة", "غدا في تمام الساعة": one or two words that lead
        // an hour may stand between.
        let lead = |n: usize| {
            [Cat::ClockLead, Cat::Skip]
                .into_iter()
                .find_map(|c| self.is(n, false, c))
        };
        // "ابتداء من الساعة التاسعة": "من" after a lead that asks for it, unless it opens a range of times
        // ("ابتداء من الساعة الرابعة إلى غاية يوم غد السبت"), which is read as one.
        let from = |n: usize| self.is(n, false, Cat::From);
        let second = |n: usize| lead(n).or_else(|| from(n));
        // After a part of a day, a led hour in words is its time ("مساء اليوم في تمام التاسعة").
        let led_loose = match loose {
            Loose::No if day.part.is_some() => Loose::Words,
            other => other,
        };
        let led = lead(k)
            .map(|n| second(n).unwrap_or(n))
            .and_then(|n| self.clock_time(n, false, led_loose))
            .filter(|(_, end)| {
                let ranged = self.cat(*end, false, |c| matches!(c, Cat::To | Cat::Until).then_some(()));
                ranged.is_none() || lead(k).and_then(from).is_none()
            });
        let (written, k) = match led {
            Some(found) => found,
            None => self.clock_time(k, false, loose)?,
        };
        let part = written.part.or(day.part.map(|p| (p, shift_of(p))));
        let time = written.at(part)?;
        let k = if written.colon { self.utc_offset(k) } else { k };
        Some(((time, written.part.map(|(p, _)| p)), k))
    }

    /// The `T` of an ISO 8601 stamp, glued between the date and the time.
    fn iso_time_mark(&self, k: usize) -> bool {
        self.word(k).is_some_and(|w| w.eq_ignore_ascii_case("t"))
            && self.glued(k)
            && self.glued(k + 1)
            && self.number(k + 1).is_some()
    }

    /// `Z`, `+03:00` or `-0500` glued after an ISO time: the token after it. The written time is kept.
    fn utc_offset(&self, k: usize) -> usize {
        if !self.glued(k) {
            return k;
        }
        if self.word(k).is_some_and(|w| w.eq_ignore_ascii_case("z")) {
            return k + 1;
        }
        if (self.punct(k, '+') || self.punct(k, '-')) && self.glued(k + 1) {
            if let Some((_, digits)) = self.number(k + 1) {
                if digits == 2 && self.punct(k + 2, ':') && self.glued(k + 2) && self.glued(k + 3) {
                    if let Some((_, 2)) = self.number(k + 3) {
                        return k + 4;
                    }
                }
                if digits == 4 || digits == 2 {
                    return k + 2;
                }
            }
        }
        k
    }

    /// Whether a clock range may open at `i`, or after the day phrase that ends at `after`.
    pub(super) fn opens_clock_range(&self, i: usize, after: Option<usize>) -> bool {
        let opens = |k: usize| self.kinds(k, true) & (super::kinds::BETWEEN | super::kinds::FROM) != 0;
        opens(i) || after.is_some_and(opens)
    }

    /// "بين الساعة 5 و6 مساءً", "من التاسعة صباحًا حتى الثانية ظهرًا", "غدًا بين الساعة السابعة صباحًا
    /// والسابعة مساءً", "من 10:00 إلى 14:00": two times of one day. A part of the day written only after the
    /// second time holds for the first as well.
    #[inline(never)]
    pub(super) fn clock_range(&self, i: usize) -> Step<(Expr, Expr)> {
        let opens = |k: usize, clitics: bool| {
            self.is(k, clitics, Cat::Between)
                .or_else(|| self.is(k, clitics, Cat::From))
        };
        let (day, j) = match opens(i, true) {
            Some(j) => (None, j),
            None => {
                let (day, k) = self.day_expr(i, true)?;
                (Some(day), opens(k, false)?)
            }
        };
        let (a, k) = self.clock_time(j, false, Loose::Any)?;
        let linked = self
            .cat(k, false, |c| (c == Cat::To).then_some(()))
            .map(|(_, k)| k)
            .or_else(|| (self.word(k) == Some("و")).then_some(k + 1))
            // "ما بين الساعة 11- 2 ظهرا": a dash between the two times.
            .or_else(|| self.punct(k, '-').then_some(k + 1));
        let (b, end) = match linked {
            Some(k) => self.clock_time(k, true, Loose::Any)?,
            // "والسابعة", "للساعة": the link glued to the second time.
            None => {
                let glued_link = self.word(k).is_some_and(|w| w.starts_with('و') || w.starts_with('ل'));
                if !glued_link {
                    return None;
                }
                self.clock_time(k, true, Loose::Any)?
            }
        };
        let timed = a.word || b.word || a.part.is_some() || b.part.is_some() || (a.colon && b.colon);
        if !timed {
            return None;
        }
        let (day, end) = match day {
            Some(day) => (day, end),
            None => {
                let k = self.is(end, false, Cat::From).unwrap_or(end);
                match self.part_expr(k, false).or_else(|| self.day_expr(k, false)) {
                    Some((day, after)) => (day, after),
                    None => {
                        let mut day = Expr::new(Core::RelDay(0));
                        day.implicit_day = true;
                        (day, end)
                    }
                }
            }
        };
        let day_part = day.part.map(|p| (p, shift_of(p)));
        let part_b = b.part.or(day_part);
        let part_a = a.part.or(part_b);
        let (ta, tb) = (a.at(part_a)?, b.at(part_b)?);
        if ta > tb {
            return None;
        }
        let mut left = day.clone();
        left.clock = Some(ta);
        left.part = part_a.map(|(p, _)| p);
        let mut right = day;
        right.clock = Some(tb);
        right.part = part_b.map(|(p, _)| p);
        Some(((left, right), end))
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::test_support::{pair, read};

    #[test]
    fn digits_after_an_hour_in_words_confirm_it() {
        let found = read("يبدأ الحظر عند الساعة السابعة (19.00) مساء في المدينة", "2024-12-06");
        assert_eq!(found, pair("الساعة السابعة (19.00) مساء", "2024-12-06T19:00"));
        let found = read("انطلقت المباراة في الساعة الرابعة والنصف «4:30» عصرا", "2024-12-06");
        assert_eq!(found, pair("الساعة الرابعة والنصف «4:30» عصرا", "2024-12-06T16:30"));
        // Digits that name another hour are not read with the words.
        assert_eq!(read("الساعة التاسعة (10:00) صباحا", "2024-12-06").map(|f| f.0), None);
    }

    #[test]
    fn a_time_after_a_day_past_a_start_word_or_a_bracket() {
        let found = read(
            "يوم الاثنين 3 يونيو 2024، اعتبارا من الساعة الثامنة صباحا بالمقر",
            "2024-06-01",
        );
        assert_eq!(
            found,
            pair(
                "يوم الاثنين 3 يونيو 2024، اعتبارا من الساعة الثامنة صباحا",
                "2024-06-03T08:00"
            )
        );
        let found = read("آخر نشاط : 05-14-2024 (10:05 PM) المشاركات", "2024-06-01");
        assert_eq!(found, pair("05-14-2024 (10:05 PM", "2024-05-14T22:05"));
        // "من" that opens a range of times is left to the range.
        let found = read(
            "اليوم الأحد بدءا من الساعة التاسعة إلى غاية يوم غد الاثنين على الساعة الخامسة",
            "2024-06-02",
        );
        assert_eq!(found, None);
    }

    #[test]
    fn a_time_after_a_full_date_past_a_slash_or_a_colon() {
        let found = read("الجمعة 6 ديسمبر 2024 / الساعة 16.30 الجولة الأولى", "2024-12-06");
        assert_eq!(found, pair("الجمعة 6 ديسمبر 2024 / الساعة 16.30", "2024-12-06T16:30"));
        let found = read("نشر 3 Dec 2024 : 22:15 تعليقات", "2024-12-06");
        assert_eq!(found, pair("3 Dec 2024 : 22:15", "2024-12-03T22:15"));
        let found = read("• 2024-12-03 • 14:05 الاقتصاد", "2024-12-06");
        assert_eq!(found, pair("2024-12-03 • 14:05", "2024-12-03T14:05"));
        // The date in brackets, its time after the closing one and a colon, a dash or a comma.
        let found = read("موعد الإفطار (الأحد، 5 يناير 2025): الساعة 6:10 مساء", "2025-01-01");
        assert_eq!(found.map(|f| f.1), Some("2025-01-05T18:10".to_string()));
        let found = read(
            "الجلسة الأولى (الخميس 12 ديسمبر 2024) - الساعة العاشرة صباحا",
            "2024-12-06",
        );
        assert_eq!(found.map(|f| f.1), Some("2024-12-12T10:00".to_string()));
        let found = read("الموعد (6 ديسمبر 2024)، الساعة الثامنة مساء", "2024-12-01");
        assert_eq!(found.map(|f| f.1), Some("2024-12-06T20:00".to_string()));
    }
}
