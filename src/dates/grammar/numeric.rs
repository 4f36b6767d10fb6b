//! Short numeric dates that Duckling and HeidelTime read: a day and a month with no year ("5/12", "20/11")
//! and a two-digit year ("5/12/24", "05.12.24"). Full numeric dates are read by `Parser::numeric_date`.

use super::{Core, DateParts, Expr, Parser, Step};
use crate::dates::lexicon::Cat;
use crate::text::TokenKind;

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
        // "2/1 كلغ لحم", "4/3 ملعقة صغيرة": a fraction before a measure is a quantity.
        let measure = self.is(i + 3, false, Cat::Measure).is_some();
        if measure || self.fraction_of_unit(i + 3) || self.counter(i, m) {
            return None;
        }
        Some((parts, i + 3))
    }

    /// Whether a unit of time stands at `k`, after a number with a slash: a fraction of it ("1/2 قرن", "3/4
    /// ساعة").
    fn fraction_of_unit(&self, k: usize) -> bool {
        matches!(self.word(k), Some("قرن" | "قرنا" | "القرن"))
            || self
                .cat(k, false, |c| {
                    matches!(c, Cat::Unit(..) | Cat::CenturyWord).then_some(())
                })
                .is_some()
    }

    /// Whether the "n/m" at `i` is one of a run of counters with the same m and a sign between them ("صور •
    /// 1/6 • 2/6 • 3/6"): the next or the one before, each at most m. Commas and dashes are left out: "1/6،
    /// 2/6" and "1/6 - 3/6" may be days.
    fn counter(&self, i: usize, m: u32) -> bool {
        let fraction_at = |k: usize| {
            self.number(k).is_some_and(|(n, _)| n <= m)
                && self.punct(k + 1, '/')
                && self.number(k + 2).is_some_and(|(o, _)| o == m)
        };
        let sign_at = |k: usize| {
            self.toks
                .get(k)
                .is_some_and(|t| t.kind == TokenKind::Punct && !self.text[t.range()].starts_with([',', '،', '-', '–']))
        };
        let own = self.number(i).is_some_and(|(n, _)| n <= m);
        own && ((sign_at(i + 3) && fraction_at(i + 4)) || (i >= 4 && sign_at(i - 1) && fraction_at(i - 4)))
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

#[cfg(test)]
mod tests {
    use crate::dates::test_support::{pair, read};

    #[test]
    fn a_fraction_of_a_unit_and_a_run_of_counters_are_no_days() {
        assert_eq!(read("قبل أكثر من 1/2 قرن، كانت", "2024-05-01"), None);
        assert_eq!(read("انتظرنا 3/4 ساعة", "2024-05-01"), None);
        assert_eq!(read("ألبوم الصور • 1/4 • 2/4 • 3/4 • 4/4", "2024-05-01"), None);
        // A day and month alone, and days listed with a comma, are still days.
        assert_eq!(
            read("وصل الوفد في 1/6 صباحا", "2024-05-01"),
            pair("1/6 صباحا", "2024-06-01TMO")
        );
        assert_eq!(read("يوم 3/5 وصل", "2024-05-01"), pair("3/5", "2024-05-03"));
    }

    #[test]
    fn a_fraction_before_a_measure_is_no_date() {
        assert_eq!(read("2/1 كلغ لحم غنم مفروم", "2010-01-05"), None);
        assert_eq!(read("أضف 4/3 ملعقة صغيرة فلفل", "2010-01-05"), None);
        assert_eq!(read("وصل في 2/1 مع الوفد", "2010-01-05"), pair("2/1", "2010-01-02"));
    }
}
