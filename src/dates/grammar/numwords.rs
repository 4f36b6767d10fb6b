//! Years written in number words: "ألفين وأربعة وعشرين", "ألف وتسعمائة وثمانية وأربعين", "ألفين وخمستاشر".
//! The thousands, then the hundreds, then a cardinal of 1-99 (standard or spoken), each after "و".

use super::{Parser, Step};
use crate::dates::lexicon::{Cat, NumberKind};

impl Parser<'_> {
    /// A year in words (1000-2999) at `i`.
    pub(super) fn year_words(&self, i: usize, clitics: bool) -> Step<u32> {
        let (thousands, mut j) = self.cat(i, clitics, |c| match c {
            Cat::Number(v, NumberKind::Thousands) => Some(u32::from(v)),
            _ => None,
        })?;
        let mut year = thousands * 1000;
        let k = self.and(j);
        if let Some((hundreds, k2)) = self.hundreds(k, k == j) {
            year += hundreds * 100;
            j = k2;
        }
        let k = self.and(j);
        if let Some((n, k2)) = self.number_words(k, k == j, false) {
            if n < 100 {
                year += n;
                j = k2;
            }
        }
        Some((year, j))
    }

    /// The year of a date or month: digits with their era ("2024", "1446 هـ"), or "عام"/"سنة" before digits or
    /// words ("من حزيران عام ألفين وسبعة").
    pub(super) fn date_year(&self, k: usize) -> Step<(i32, Option<bool>)> {
        if let Some(found) = self.year(k) {
            return Some(found);
        }
        // "تشرين الأول(2016)": the year in brackets.
        if self.punct(k, '(') && self.punct(k + 2, ')') {
            if let Some(((y, era), _)) = self.year(k + 1) {
                return Some(((y, era), k + 3));
            }
        }
        // "25 ديسمبر ألفين وعشرين": a year in words opens with its thousands, so it needs no "عام" before it.
        let j = self.is(k, false, Cat::YearWord).unwrap_or(k);
        if let Some(found) = self.year(j).filter(|_| j > k) {
            return Some(found);
        }
        let (y, end) = self.year_words(j, false)?;
        // Without "عام", "ألف" or "ألفين" alone counts something ("ديسمبر ألف جندي").
        (j > k || y % 1000 != 0).then_some(((y as i32, None), end))
    }

    /// "تسعمائة", "تسع مائة", "مئتين": the hundreds of a number.
    fn hundreds(&self, i: usize, clitics: bool) -> Step<u32> {
        let whole = |k: usize, clitics: bool| {
            self.cat(k, clitics, |c| match c {
                Cat::Number(v, NumberKind::Hundreds) => Some(u32::from(v)),
                _ => None,
            })
        };
        if let Some(found) = whole(i, clitics) {
            return Some(found);
        }
        // "تسع مائة": a unit, then "مائة".
        let (unit, k) = self.cat(i, clitics, |c| match c {
            Cat::Number(v @ 3..=9, NumberKind::Cardinal) => Some(u32::from(v)),
            _ => None,
        })?;
        match whole(k, false)? {
            (1, end) => Some((unit, end)),
            _ => None,
        }
    }
}
