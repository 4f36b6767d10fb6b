//! Short numeric dates that Duckling and HeidelTime read: a day and a month with no year ("5/12", "20/11")
//! and a two-digit year ("5/12/24", "05.12.24"). Full numeric dates are read by `Parser::numeric_date`.

use super::{Core, DateParts, Expr, Parser, Step};

impl Parser<'_> {
    /// "5/12" (day/month, `/` only: "5-12" is a range of days) and "5/12/24", "05.12.24", "5-12-24" (a
    /// two-digit year: 00-49 is 2000-2049, 50-99 is 1950-1999). Every part is glued to the next.
    pub(super) fn short_numeric_date(&self, i: usize) -> Step<DateParts> {
        let (d, dd) = self.number(i)?;
        let sep = ['/', '-', '.'].into_iter().find(|&c| self.punct(i + 1, c))?;
        let (m, dm) = self.number(i + 2)?;
        if dd > 2 || dm > 2 || !self.glued(i + 1) || !self.glued(i + 2) {
            return None;
        }
        if !(1..=31).contains(&d) || !(1..=12).contains(&m) {
            return None;
        }
        // Part of a longer code ("2/5/12/3", "ref/5/12"): not a date.
        if i > 0 && self.glued(i) && self.toks.get(i - 1).is_some_and(|t| self.text[t.range()].len() == 1) {
            return None;
        }
        let mut parts = DateParts {
            day: Some(d as u8),
            month: Some(m as u8),
            ..DateParts::default()
        };
        if self.punct(i + 3, sep) && self.glued(i + 3) {
            let (y, dy) = self.number(i + 4)?;
            if dy != 2 || !self.glued(i + 4) || (self.punct(i + 5, sep) && self.glued(i + 5)) {
                return None;
            }
            parts.year = Some(if y < 50 { 2000 + y as i32 } else { 1900 + y as i32 });
            return Some((parts, i + 5));
        }
        // A day and month alone: only with a slash, and not glued to more digits or signs.
        if sep != '/' || self.toks.get(i + 3).is_some_and(|t| !t.spaced) {
            return None;
        }
        Some((parts, i + 3))
    }

    /// A month and year in digits, the year first ("2015/3", "2015-03", "2015.3") or last ("2/2013",
    /// "3-2015", "03.2015"); every part glued to the next.
    pub(super) fn numeric_year_month(&self, i: usize) -> Step<Expr> {
        let (a, da) = self.number(i)?;
        let sep = ['/', '-', '.'].into_iter().find(|&c| self.punct(i + 1, c))?;
        let (b, db) = self.number(i + 2)?;
        if !self.glued(i + 1) || !self.glued(i + 2) || (self.punct(i + 3, sep) && self.glued(i + 3)) {
            return None;
        }
        let (y, m) = match (da, db) {
            (4, 1 | 2) => (a, b),
            (1 | 2, 4) => (b, a),
            _ => return None,
        };
        if !(1000..=2200).contains(&y) || !(1..=12).contains(&m) {
            return None;
        }
        let parts = DateParts {
            month: Some(m as u8),
            year: Some(y as i32),
            ..DateParts::default()
        };
        Some((Expr::new(Core::Date(parts)), i + 3))
    }
}
