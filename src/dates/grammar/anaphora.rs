//! Phrases that point back to an earlier date of the text: "اليوم التالي", "في اليوم نفسه", "الشهر ذاته",
//! "29 من الشهر ذاته", "بعد يومين من ذلك", "قبل ذلك بأسبوع". The grammar reads what they say;
//! [`crate::dates::chain`] finds the date they point to. A phrase read alone points to the anchor.

use super::{Core, Expr, Parser, Step};
use crate::dates::lexicon::{Cat, Count, Dir, Part, Unit};

/// What a phrase that points back says about the date it points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Back {
    /// The unit it names (day, week, month, year); `None` for the earlier date itself.
    pub unit: Option<Unit>,
    /// How many units after (+) or before (-) the earlier date.
    pub shift: i32,
    /// A day of the month written with it ("29 من الشهر ذاته").
    pub day: Option<u8>,
}

impl Parser<'_> {
    /// A definite unit ("اليوم", "الشهر", "العام") or "الليلة" (a day, at night) at `i`.
    fn definite_unit(&self, i: usize, clitics: bool) -> Step<(Unit, Option<Part>)> {
        self.cat(i, clitics, |c| match c {
            Cat::Unit(u, Count::Definite) if u != Unit::Hour && u != Unit::Minute => Some((u, None)),
            Cat::RelPart(0, Part::Night) => Some((Unit::Day, Some(Part::Night))),
            _ => None,
        })
    }

    /// A phrase that points back, with a part of the day when "الليلة" named it, and the hour written after
    /// it ("في اليوم التالي عند الساعة العاشرة").
    #[inline(never)]
    pub(super) fn back_expr(&self, i: usize, clitics: bool) -> Step<Expr> {
        let (back, part, end) = self.back(i, clitics)?;
        // "اليوم ذاته من عام 1999": the anchor's day of the year, in 1999.
        if back.unit == Some(Unit::Day) && back.shift == 0 && back.day.is_none() && part.is_none() {
            if let Some((core, k)) = self.anniversary(end) {
                return Some((Expr::new(core), k));
            }
        }
        let mut e = Expr::new(Core::Back(back));
        e.part = part;
        if back.unit == Some(Unit::Day) {
            if let Some(((time, part), k)) = self.clock_after_day(end, &e) {
                e.part = part.or(e.part);
                e.clock = Some(time);
                return Some((e, k));
            }
        }
        Some((e, end))
    }

    fn back(&self, i: usize, clitics: bool) -> Option<(Back, Option<Part>, usize)> {
        let back = |unit: Unit, shift: i32| Back {
            unit: Some(unit),
            shift,
            day: None,
        };
        // "اليوم نفسه", "الشهر ذاته", "اليوم التالي", "اليوم السابق", "الليلة نفسها".
        if let Some(((unit, part), j)) = self.definite_unit(i, clitics) {
            if let Some(k) = self.is(j, false, Cat::Same) {
                return Some((back(unit, 0), part, k));
            }
            if let Some(k) = self.is(j, false, Cat::Following) {
                return Some((back(unit, 1), part, k));
            }
            if unit == Unit::Day {
                if let Some((Dir::Past, k)) = self.direction(j) {
                    return Some((back(unit, -1), part, k));
                }
                // "في اليوم الـ224 للحرب", "لليوم السابع على التوالي", "اليوم الخامس عشر من الهجوم": the day a count
                // of the days of a war or a strike has reached is the day the text is at, as "اليوم نفسه" is (the
                // readers of the real rounds valued 15 of 16 so), even where the ordinal alone would make a name
                // ("صحيفة اليوم السابع" has no such tail). The first day of something is its own start.
                if part.is_none() && self.counts_days(j) {
                    if let Some((_, k)) = self.day_count(j).filter(|&(n, _)| n >= 2) {
                        return Some((back(unit, 0), None, k));
                    }
                }
            }
            return None;
        }
        // "نفس اليوم", "ذات الشهر", "ذلك اليوم", "تلك الليلة".
        if let Some(j) = self
            .is(i, clitics, Cat::Same)
            .or_else(|| self.is(i, clitics, Cat::That))
        {
            let ((unit, part), k) = self.definite_unit(j, false)?;
            return Some((back(unit, 0), part, k));
        }
        // "في الثاني عشر منه", "للثاني عشر منه": only after what leads a day ("البند الثالث منه" is a clause).
        let led = self.word(i).is_some_and(|w| w.starts_with("لل"))
            || i.checked_sub(1)
                .and_then(|p| self.word(p))
                .is_some_and(|w| matches!(w, "في" | "وفي" | "يوم" | "ويوم" | "حتي" | "وحتي" | "منذ" | "الموافق"));
        if led {
            if let Some((found, k)) = self.day_of_it(i, clitics) {
                return Some((found, None, k));
            }
        }
        // "29 من الشهر ذاته", "التاسع والعشرين من الشهر نفسه", "15 من ذلك الشهر".
        if let Some((day, j)) = self.day_number(i, clitics) {
            let j = self.is(j, false, Cat::From)?;
            let month = |j: usize| {
                self.cat(j, false, |c| match c {
                    Cat::Unit(Unit::Month, Count::Definite) => Some(Unit::Month),
                    _ => None,
                })
            };
            let (unit, shift, k) = match self.is(j, false, Cat::That) {
                Some(m) => {
                    let (unit, k) = month(m)?;
                    (unit, 0, k)
                }
                None => {
                    let (unit, k) = month(j)?;
                    match self.is(k, false, Cat::Same) {
                        Some(k) => (unit, 0, k),
                        None => (unit, 1, self.is(k, false, Cat::Following)?),
                    }
                }
            };
            let found = Back {
                unit: Some(unit),
                shift,
                day: Some(day),
            };
            return Some((found, None, k));
        }
        self.back_count(i, clitics).map(|(b, k)| (b, None, k))
    }

    /// "الثاني عشر منه", "12 منه": a day of the month named last ("منه", of it).
    pub(super) fn day_of_it(&self, i: usize, clitics: bool) -> Step<Back> {
        let (day, j) = self.day_number(i, clitics)?;
        (self.word(j) == Some("منه")).then_some(())?;
        let found = Back {
            unit: Some(Unit::Month),
            shift: 0,
            day: Some(day),
        };
        Some((found, j + 1))
    }

    /// "بعد يومين من ذلك", "بعد ثلاثة أيام من ذلك", "قبل ذلك بأسبوع", "بعد ذلك بيومين".
    fn back_count(&self, i: usize, clitics: bool) -> Step<Back> {
        let (sign, j) = self.cat(i, clitics, |c| match c {
            Cat::Ago(s) => Some(i32::from(s)),
            _ => None,
        })?;
        // "قبل ذلك بيومين": the demonstrative first, the count after ب.
        let (that_first, j) = match self.is(j, false, Cat::That) {
            Some(k) => (true, k),
            None => (false, j),
        };
        let (unit, n, k) = self.counted_units(j, that_first)?;
        let end = if that_first {
            k
        } else {
            let k = self.is(k, false, Cat::From)?;
            self.is(k, false, Cat::That)?
        };
        // Saturating: a count of up to ten digits ("بعد 999999999 أسابيع من ذلك") overflows an i32 of days; the
        // phrase is still read whole and resolves to no value and a warning.
        let (unit, n) = match unit {
            Unit::Week => (Unit::Day, n.saturating_mul(7)),
            Unit::Day | Unit::Month | Unit::Year => (unit, n),
            Unit::Hour | Unit::Minute => return None,
        };
        let back = Back {
            unit: Some(unit),
            shift: sign.saturating_mul(n),
            day: None,
        };
        Some((back, end))
    }

    /// "يومين", "ثلاثة أيام", "بأسبوع" (with ب when `clitic`): the unit and the count.
    fn counted_units(&self, j: usize, clitic: bool) -> Option<(Unit, i32, usize)> {
        let unit_at = |k: usize, clitics: bool| {
            self.cat(k, clitics, |c| match c {
                Cat::Unit(u, count) if count != Count::Definite => Some((u, count)),
                _ => None,
            })
        };
        if let Some(((unit, count), k)) = unit_at(j, clitic) {
            let Count::Fixed(n) = count else { return None };
            return Some((unit, i32::from(n), k));
        }
        let (n, k) = self.count(j, clitic)?;
        let ((unit, _), k) = unit_at(k, false)?;
        Some((unit, i32::try_from(n).unwrap_or(i32::MAX), k))
    }
}
