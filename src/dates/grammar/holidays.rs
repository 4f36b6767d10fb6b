//! Holidays and Hijri years: "عيد الفطر", "عيد الأضحى المقبل", "عيد الفصح 2017", "رأس السنة الهجرية",
//! "العام الهجري الماضي", "مطلع العام الهجري 1447" (CONVENTIONS.md, "Holidays", "Hijri years").

use super::{Core, DateParts, Expr, Parser, Step};
use crate::dates::lexicon::{Cat, Dir, Feast, Part};

/// Which occurrence of a holiday or Hijri year is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sel {
    /// The occurrence nearest the anchor; ties go to the past. For a Hijri year, the one whose first day is
    /// nearest.
    Nearest,
    /// "الماضي", "المقبل", "الحالي".
    Dir(Dir),
    /// The occurrence in this Gregorian year.
    Year(i32),
    /// The occurrence in this Hijri year.
    HijriYear(i32),
}

impl Parser<'_> {
    /// A holiday with what picks its occurrence.
    #[inline(never)]
    pub(super) fn holiday_expr(&self, i: usize, clitics: bool) -> Step<Expr> {
        let (feast, j) = self.cat(i, clitics, |c| match c {
            Cat::Holiday(f) => Some(f),
            _ => None,
        })?;
        // "عيد الفصح اليهودي" is Passover, not Easter (not-dates.tsv).
        if self.excluded(i) {
            return None;
        }
        let (sel, end) = self.selection(j, matches!(feast, Feast::Hijri { .. }));
        let mut e = Expr::new(Core::Holiday { feast, sel });
        // "ليلة رأس السنة", "ليلة القدر": a feast named by its night is that night.
        if self.word(i).is_some_and(|w| w.ends_with("ليله")) {
            e.part = Some(Part::Night);
        }
        Some((e, end))
    }

    /// "الماضي"/"المقبل", or a year ("2024", "لعام 1445 هـ", "عام 2017") after a holiday. A year without an
    /// era after an Islamic holiday is Hijri when it is below 1600.
    fn selection(&self, j: usize, islamic: bool) -> (Sel, usize) {
        if let Some((dir, k)) = self.direction(j) {
            return (Sel::Dir(dir), k);
        }
        let k = self.is(j, true, Cat::YearWord).unwrap_or(j);
        if let Some(((y, era), end)) = self.year(k) {
            let hijri = era == Some(true) || (era.is_none() && islamic && y < 1600);
            return (if hijri { Sel::HijriYear(y) } else { Sel::Year(y) }, end);
        }
        (Sel::Nearest, j)
    }

    /// "العام الهجري المقبل", "السنة الهجرية الحالية", "العام الهجري 1447".
    #[inline(never)]
    pub(super) fn hijri_year_expr(&self, i: usize, clitics: bool) -> Step<Expr> {
        let j = self.is(i, clitics, Cat::HijriYearWord)?;
        if let Some((dir, k)) = self.direction(j) {
            return Some((Expr::new(Core::HijriYear(Sel::Dir(dir))), k));
        }
        // "العام الهجري الجديد": the Hijri year whose first day is nearest.
        if matches!(self.word(j), Some("الجديد" | "الجديده")) {
            return Some((Expr::new(Core::HijriYear(Sel::Nearest)), j + 1));
        }
        if let Some(((y, _), k)) = self.year(j) {
            let parts = DateParts {
                year: Some(y),
                hijri: true,
                ..DateParts::default()
            };
            return Some((Expr::new(Core::Date(parts)), k));
        }
        Some((Expr::new(Core::HijriYear(Sel::Dir(Dir::This))), j))
    }
}
