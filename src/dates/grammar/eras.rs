//! Periods the calendar's units do not name: seasons ("الصيف الماضي", "شتاء 2024"), quarters and halves of a
//! year ("الربع الأول من 2024", "النصف الثاني من العام"), decades ("التسعينيات", "ثمانينيات القرن الماضي",
//! "العقد الماضي"), centuries ("القرن العشرين", "القرن الماضي") and the weekend ("عطلة نهاية الأسبوع").
//! Their values are TIMEX3's: `2024-SU`, `2024-Q1`, `2024-H2`, `199`, `19`, `2024-W49-WE` (DESIGN.md, dates).

use super::{Count, Expr, Parser, Step};
use crate::dates::grammar::Core;
use crate::dates::lexicon::{Cat, Dir, PeriodPart, Unit};

/// Which period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EraKind {
    /// 1 spring, 2 summer, 3 autumn, 4 winter.
    Season(u8),
    /// The n-th quarter (1-4) of a year.
    Quarter(u8),
    /// The n-th half (1-2) of a year.
    Half(u8),
    /// A decade by its tens digit, or `None` for "العقد" (the anchor's decade, moved by a direction).
    Decade(Option<u8>),
    Century,
    Weekend,
}

/// What places the period in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Of {
    /// A year written down ("صيف 2023", "الربع الأول من عام 2022").
    Year(i32),
    /// The anchor's year moved by n ("صيف العام الماضي", "النصف الأول من العام المقبل").
    YearRel(i8),
    /// The anchor's own period of this kind moved by n ("الصيف الماضي", "الربع المقبل", "القرن الماضي");
    /// for a season, the latest one before the anchor (-1), the first after it (1), or this year's (0).
    Own(i8),
    /// A decade alone ("التسعينيات"): the latest one that began on or before the anchor.
    Latest,
    /// A century written down, as TIMEX3 writes it (the 20th century is 19).
    Century(i32),
    /// A decade of the anchor's century moved by n ("تسعينيات القرن الماضي").
    CenturyRel(i8),
}

/// A period of [`EraKind`] placed by [`Of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Era {
    pub kind: EraKind,
    pub of: Of,
}

fn step(dir: Dir) -> i8 {
    match dir {
        Dir::Past => -1,
        Dir::Next | Dir::Coming => 1,
        Dir::This => 0,
        Dir::BeforeLast => -2,
        Dir::AfterNext => 2,
    }
}

impl Parser<'_> {
    /// A season, a part of a year, a decade, a century or the weekend, with what places it.
    #[inline(never)]
    pub(super) fn era_expr(&self, i: usize, clitics: bool) -> Step<Expr> {
        // "هذا الصيف", "هذا القرن", "هذا الربع", "هذا العقد"
        if let Some(j) = self.is(i, clitics, Cat::This) {
            let kind = self.cat(j, false, |c| match c {
                Cat::Season(s) => Some(EraKind::Season(s + 1)),
                Cat::DecadeWord => Some(EraKind::Decade(None)),
                Cat::CenturyWord => Some(EraKind::Century),
                Cat::YearPart(4) if !self.term_word(j) => Some(EraKind::Quarter(0)),
                Cat::Weekend => Some(EraKind::Weekend),
                _ => None,
            });
            let (kind, k) = kind?;
            return Some((era(kind, Of::Own(0)), k));
        }
        if self.excluded(i) {
            return None;
        }
        let (cat, j) = self.cat(i, clitics, |c| match c {
            Cat::Season(_) | Cat::YearPart(_) | Cat::Decade(_) | Cat::DecadeWord | Cat::CenturyWord | Cat::Weekend => {
                Some(c)
            }
            _ => None,
        })?;
        match cat {
            Cat::Season(s) => {
                let kind = EraKind::Season(s + 1);
                if let Some((dir, k)) = self.direction(j) {
                    return Some((era(kind, Of::Own(step(dir))), k));
                }
                let (of, k) = self.year_of(j)?;
                Some((era(kind, of), k))
            }
            Cat::YearPart(_) if self.term_word(i) => self.term_quarter(j),
            Cat::YearPart(parts) => self.year_part(parts, j),
            Cat::Decade(tens) => {
                // "رجل في الأربعينات من العمر", "في العشرينيات من عمره": an age, not a decade.
                let age =
                    |w: Option<&str>| w.is_some_and(|w| ["العمر", "عمر", "اعمار"].iter().any(|a| w.starts_with(a)));
                if age(self.word(j)) || (self.word(j) == Some("من") && age(self.word(j + 1))) {
                    return None;
                }
                let kind = EraKind::Decade(Some(tens));
                let (of, k) = self.century_of(j).unwrap_or((Of::Latest, j));
                Some((era(kind, of), k))
            }
            Cat::DecadeWord => {
                // "عقد التسعينيات"
                if let Some((tens, k)) = self.cat(j, false, |c| match c {
                    Cat::Decade(t) => Some(t),
                    _ => None,
                }) {
                    let (of, end) = self.century_of(k).unwrap_or((Of::Latest, k));
                    return Some((era(EraKind::Decade(Some(tens)), of), end));
                }
                let (dir, k) = self.direction(j)?;
                Some((era(EraKind::Decade(None), Of::Own(step(dir))), k))
            }
            Cat::CenturyWord => {
                let (of, k) = self.century_rest(j)?;
                Some((era(EraKind::Century, of), k))
            }
            Cat::Weekend => match self.direction(j) {
                Some((dir, k)) => Some((era(EraKind::Weekend, Of::Own(step(dir))), k)),
                None => Some((era(EraKind::Weekend, Of::Own(0)), j)),
            },
            _ => None,
        }
    }

    /// Whether the word at `k` is "الفصل", which is a quarter of a year only in [`term_quarter`](Self::term_quarter).
    fn term_word(&self, k: usize) -> bool {
        self.word(k).is_some_and(|w| w.ends_with("فصل"))
    }

    /// "الفصل الأول من عام 2006": a quarter of a year written in digits. "الفصل" is also a school term, a
    /// chapter and a season ("الفصل الأول في عام 1959", "الفصل الماضي"), so only an ordinal up to the fourth
    /// and "من" with the year's number.
    fn term_quarter(&self, j: usize) -> Step<Expr> {
        let (n, k) = self.number_words(j, false, true).filter(|(n, _)| (1..=4).contains(n))?;
        let k = self.is(k, false, Cat::From)?;
        let k = self.is(k, false, Cat::YearWord).unwrap_or(k);
        let ((y, hijri), end) = self.year(k)?;
        (hijri != Some(true)).then(|| (era(EraKind::Quarter(n as u8), Of::Year(y)), end))
    }

    /// "الربع الأول من 2024", "النصف الثاني من العام", "الربع الأخير من العام الجاري", "الربع المقبل".
    fn year_part(&self, parts: u8, j: usize) -> Step<Expr> {
        let make = |n: u8| {
            if parts == 4 {
                EraKind::Quarter(n)
            } else {
                EraKind::Half(n)
            }
        };
        // "الربع الماضي", "الربع الحالي": the anchor's quarter moved.
        if parts == 4 {
            if let Some((dir, k)) = self.direction(j) {
                return Some((era(make(0), Of::Own(step(dir))), k));
            }
        }
        let (n, k) = match self.number_words(j, false, true) {
            Some((n, k)) if (1..=u32::from(parts)).contains(&n) => (n as u8, k),
            Some(_) => return None,
            None => (parts, self.is(j, false, Cat::Last)?),
        };
        // "النصف الأول من نوفمبر المقبل": the half of a Gregorian month keeps the month's value, as "مطلع" and
        // "أواخر" do, with the start or end reported beside it.
        if parts == 2 {
            if let Some(found) = self.half_of_month(n, k) {
                return Some(found);
            }
        }
        // A quarter or half with no year is the quarter of a game or of a text: it needs its year.
        let (of, end) = self.year_of(k)?;
        Some((era(make(n), of), end))
    }

    /// "من نوفمبر المقبل" at `k` after "النصف الأول"/"النصف الثاني" (`n` 1 or 2): that month, its start or end.
    fn half_of_month(&self, n: u8, k: usize) -> Step<Expr> {
        let k = self.is(k, false, Cat::From)?;
        let (mut e, end) = self.month_expr(k, false)?;
        if !matches!(e.core, Core::Date(p) if p.day.is_none() && p.month.is_some() && !p.hijri) {
            return None;
        }
        e.period_part = Some(if n == 1 { PeriodPart::Start } else { PeriodPart::End });
        Some((e, end))
    }

    /// The year a season or a part of a year is in: "2023", "عام 2023", "من العام 2023", "من العام الماضي",
    /// "من العام" (this year), "هذا العام".
    fn year_of(&self, j: usize) -> Step<Of> {
        let j = self
            .is(j, false, Cat::From)
            .or_else(|| self.is(j, false, Cat::Skip))
            .unwrap_or(j);
        let k = self.is(j, true, Cat::YearWord).unwrap_or(j);
        // "صيف ألفين وعشرين", "شتاء (2019)": the year in words or brackets, as a date writes it.
        if let Some(((y, era), end)) = self.year(k).or_else(|| self.date_year(j)) {
            return (era != Some(true)).then_some((Of::Year(y), end));
        }
        if let Some((core, end)) = self.period(j, true) {
            return match core {
                Core::Period { unit: Unit::Year, dir } => Some((Of::YearRel(step(dir)), end)),
                Core::Date(p) if p.month.is_none() && p.day.is_none() && !p.hijri => Some((Of::Year(p.year?), end)),
                _ => None,
            };
        }
        // "من العام", "من السنة": the anchor's year.
        self.cat(j, true, |c| match c {
            Cat::Unit(Unit::Year, Count::Definite) => Some(Of::YearRel(0)),
            _ => None,
        })
    }

    /// The century a decade is in: "القرن الماضي", "من القرن العشرين", "القرن 20".
    fn century_of(&self, j: usize) -> Step<Of> {
        let j = self.is(j, false, Cat::From).unwrap_or(j);
        let k = self.is(j, false, Cat::CenturyWord)?;
        let (of, end) = self.century_rest(k)?;
        Some((
            match of {
                Of::Own(n) => Of::CenturyRel(n),
                other => other,
            },
            end,
        ))
    }

    /// What follows "القرن": an ordinal in words or digits ("العشرين", "الحادي والعشرين", "19") or a
    /// direction ("الماضي", "الحالي").
    fn century_rest(&self, j: usize) -> Step<Of> {
        if let Some((dir, k)) = self.direction(j) {
            return Some((Of::Own(step(dir)), k));
        }
        let (n, k) = match self.number(j) {
            Some((n, digits)) if digits <= 2 => (n, j + 1),
            Some(_) => return None,
            None => self.number_words(j, false, true)?,
        };
        (1..=99).contains(&n).then_some((Of::Century(n as i32 - 1), k))
    }
}

fn era(kind: EraKind, of: Of) -> Expr {
    Expr::new(Core::Era(Era { kind, of }))
}

#[cfg(test)]
mod tests {
    use crate::dates::{Anchor, DateFinder, ExpressionKind};

    /// The one mention of `phrase`, as (its kind, its value).
    fn read(phrase: &str, anchor: &str) -> Option<(ExpressionKind, String)> {
        let anchor: Anchor = anchor.parse().ok()?;
        let found = DateFinder::new().find(phrase, Some(&anchor));
        let [mention] = &found[..] else { return None };
        assert_eq!(mention.text, phrase, "the whole phrase is read");
        Some((mention.kind, mention.value.as_ref()?.value.clone()))
    }

    #[test]
    fn a_quarter_written_as_the_term_of_a_year() {
        let found = read("الفصل الأول من عام 2006", "2007-04-20");
        assert_eq!(found, Some((ExpressionKind::Era, "2006-Q1".into())));
        assert_eq!(
            read("الفصل الرابع من 2023", "2024-12-06").map(|f| f.1),
            Some("2023-Q4".into())
        );
        // A chapter, a school term, a season of a show.
        assert_eq!(read("الفصل الأول", "2024-12-06"), None);
        assert_eq!(read("هذا الفصل", "2024-12-06"), None);
        assert_eq!(read("الفصل الماضي", "2024-12-06"), None);
    }

    #[test]
    fn seasons_quarters_and_halves_have_one_reader() {
        let era = |v: &str| Some((ExpressionKind::Era, v.to_string()));
        // A season with "الماضي"/"المقبل" is read as a month name is (CONVENTIONS.md: "ديسمبر الماضي" said in
        // December 2024 is 2023-12): the latest one before the anchor, the first one after it.
        assert_eq!(read("الصيف الماضي", "2024-12-06"), era("2024-SU"));
        assert_eq!(read("الصيف الماضي", "2024-07-10"), era("2023-SU"));
        assert_eq!(read("الشتاء الماضي", "2024-12-06"), era("2023-WI"));
        assert_eq!(read("الربيع المقبل", "2024-12-06"), era("2025-SP"));
        // With its year, the season of that year.
        assert_eq!(read("صيف العام الماضي", "2024-12-06"), era("2023-SU"));
        assert_eq!(read("صيف 2020", "2024-12-06"), era("2020-SU"));
        assert_eq!(read("صيف عام ألفين وعشرين", "2024-12-06"), era("2020-SU"));
        assert_eq!(read("خريف عام 2019", "2024-12-06"), era("2019-FA"));
        assert_eq!(read("الربع الأول من العام الجاري", "2024-12-06"), era("2024-Q1"));
        assert_eq!(read("النصف الثاني من 2023", "2024-12-06"), era("2023-H2"));
    }

    #[test]
    fn the_half_of_a_month_and_the_maghreb_semester() {
        let want = |v: &str| Some(v.to_string());
        let value = |text: &str| read(text, "2024-12-06").map(|(_, v)| v);
        assert_eq!(value("النصف الأول من يناير المقبل"), want("2025-01"));
        assert_eq!(value("النصف الثاني من نوفمبر"), want("2024-11"));
        assert_eq!(value("السداسي الأول من 2024"), want("2024-H1"));
        assert_eq!(value("الثلاثي الثالث من العام الجاري"), want("2024-Q3"));
    }
}
