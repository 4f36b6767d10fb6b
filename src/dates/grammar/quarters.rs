//! Quarters, halves and seasons of a year: "الربع الأول من العام الجاري", "النصف الثاني من 2023", "صيف 2020",
//! "خريف العام الماضي", "الشتاء المقبل". TIMEX3 writes them `2024-Q1`, `2023-H2`, `2020-SU`.

use super::{Core, DateParts, Expr, Parser, Span, Step};
use crate::dates::lexicon::{Cat, Count, Dir, NumberKind, Unit};
use crate::dates::reckon::YearPart;

impl Parser<'_> {
    /// A quarter, half or season and the year it is in.
    pub(super) fn year_part_expr(&self, i: usize, clitics: bool) -> Step<Expr> {
        if let Some((s, j)) = self.cat(i, clitics, |c| match c {
            Cat::Season(s) => Some(s),
            _ => None,
        }) {
            // "الصيف الماضي", "صيف 2020", "خريف العام الماضي", "شتاء عام 2019".
            if let Some((dir, k)) = self.direction(j) {
                let e = Expr::new(Core::YearPart {
                    part: YearPart::Season(s),
                    year: Span::Period { unit: Unit::Year, dir },
                });
                return Some((e, k));
            }
            let (year, k) = self.year_of_part(j)?;
            let e = Expr::new(Core::YearPart {
                part: YearPart::Season(s),
                year,
            });
            return Some((e, k));
        }
        // "الربع الأول من", "النصف الثاني من".
        let (fraction, j) = self.cat(i, clitics, |c| match c {
            Cat::Fraction(m @ (15 | 30)) => Some(m),
            _ => None,
        })?;
        let (n, k) = self.cat(j, false, |c| match c {
            Cat::Number(v @ 1..=4, NumberKind::Ordinal) => Some(v),
            _ => None,
        })?;
        let part = match (fraction, n) {
            (15, _) => YearPart::Quarter(n),
            (30, 1 | 2) => YearPart::Half(n),
            _ => return None,
        };
        let k = self.is(k, false, Cat::From)?;
        let (year, end) = self.year_of_part(k)?;
        Some((Expr::new(Core::YearPart { part, year }), end))
    }

    /// The year of a quarter or season: "2020", "عام 2019", "العام الماضي", "هذا العام", "العام".
    fn year_of_part(&self, j: usize) -> Step<Span> {
        if let Some(((y, None | Some(false)), k)) = self.date_year(j) {
            let parts = DateParts {
                year: Some(y),
                ..DateParts::default()
            };
            return Some((Span::Date(parts), k));
        }
        if let Some((Core::Period { unit: Unit::Year, dir }, k)) = self.period(j, false) {
            return Some((Span::Period { unit: Unit::Year, dir }, k));
        }
        let k = self.is(j, false, Cat::Unit(Unit::Year, Count::Definite))?;
        Some((
            Span::Period {
                unit: Unit::Year,
                dir: Dir::This,
            },
            k,
        ))
    }
}
