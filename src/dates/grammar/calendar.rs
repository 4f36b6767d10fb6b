//! Calendar arithmetic phrases: a day picked inside a period ("أول جمعة من كانون الأول", "الخميس الأخير من
//! تشرين الثاني", "آخر يوم من العام الجاري", "أول أيام العام الجديد", "ثاني أيام عيد الفطر") and the last or
//! next N units ("الأيام الثلاثة الماضية", "الأسبوعين المقبلين", "الـ10 أيام القادمة").

use super::{Core, DateParts, Expr, Parser, Step};
use crate::dates::lexicon::{Cat, Count, Dir, Feast, NumberKind, Unit};

use super::holidays::Sel;
use super::lastn::past_end;

/// Which day of a span a phrase picks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pick {
    /// The n-th day (1 = the first), or the last (-1).
    Day(i8),
    /// The n-th such weekday (ISO number), or the last (-1).
    Weekday { day: u8, n: i8 },
    /// "الثلاثاء الرابع من يونيو": the n-th day of the span when it falls on that weekday (Tuesday the 4th),
    /// else the n-th such weekday.
    WeekdayOrDay { day: u8, n: i8 },
}

/// The period a day is picked from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Span {
    /// A month or a year as written ("شهر آذار", "رمضان المقبل", "عام 2024").
    Date(DateParts),
    /// "الشهر الجاري", "العام المقبل".
    Period { unit: Unit, dir: Dir },
    /// A holiday (a span of one day).
    Holiday { feast: Feast, sel: Sel },
    /// A Hijri year.
    HijriYear(Sel),
    /// "العام الجديد".
    NewYear,
}

impl Parser<'_> {
    /// A day picked inside a period.
    #[inline(never)]
    pub(super) fn in_span(&self, i: usize, clitics: bool) -> Step<Expr> {
        let (pick, j) = self.pick(i, clitics)?;
        let (span, end) = self.span(j)?;
        Some((Expr::new(Core::InSpan { pick, span }), end))
    }

    /// "أول جمعة من", "الخميس الأخير من", "اليوم الأول من", "آخر يوم من", "أول أيام", "ثاني أيام": the pick
    /// and the token where its period starts.
    fn pick(&self, i: usize, clitics: bool) -> Step<Pick> {
        // "من", or "في"/"خلال" ("ثالث ثلاثاء في أيلول", "آخر يوم في شهر أكتوبر").
        let from = |k: usize| self.is(k, false, Cat::From).or_else(|| self.is(k, false, Cat::Skip));
        if let Some((n, j)) = self.cat(i, clitics, |c| match c {
            Cat::Nth(n) => Some(n),
            _ => None,
        }) {
            if let Some((day, k)) = self.cat(j, false, |c| match c {
                Cat::WeekdayNoun(d) => Some(d),
                _ => None,
            }) {
                return Some((Pick::Weekday { day, n }, from(k)?));
            }
            // "آخر يوم جمعة من", "ثاني يوم خميس من": the weekday after "يوم".
            if let Some((day, k)) = self.is(j, false, Cat::DayWord).and_then(|k| {
                self.cat(k, false, |c| match c {
                    Cat::WeekdayNoun(d) => Some(d),
                    _ => None,
                })
            }) {
                return Some((Pick::Weekday { day, n }, from(k)?));
            }
            // "ثاني يوم من رمضان", and "ثاني يوم رمضان" with the period right after the day.
            if let Some(k) = self.is(j, false, Cat::DayWord) {
                // "أول يوم من أيام شهر رمضان": the days of the period named before it.
                let k = from(k).unwrap_or(k);
                let k = self.is(k, false, Cat::Unit(Unit::Day, Count::Plural)).unwrap_or(k);
                return Some((Pick::Day(n), k));
            }
            let days = self.is(j, false, Cat::Unit(Unit::Day, Count::Plural))?;
            return Some((Pick::Day(n), from(days).unwrap_or(days)));
        }
        let ordinal = |k: usize| {
            self.cat(k, false, |c| match c {
                Cat::Number(v @ 1..=5, NumberKind::Ordinal) => Some(v as i8),
                Cat::Last => Some(-1),
                _ => None,
            })
        };
        if let Some(((day, None), j)) = self.weekday(i, clitics) {
            let (n, k) = ordinal(j)?;
            return Some((Pick::WeekdayOrDay { day, n }, from(k)?));
        }
        let j = self.is(i, clitics, Cat::Unit(Unit::Day, Count::Definite))?;
        let (n, k) = ordinal(j)?;
        Some((Pick::Day(n), from(k)?))
    }

    /// The period after a pick: a month, a year, a relative period, a holiday, a Hijri year or the new year.
    pub(super) fn span(&self, j: usize) -> Step<Span> {
        let mut best: Step<Span> = None;
        let mut consider = |found: Step<Span>| {
            if let Some((s, k)) = found {
                if best.as_ref().is_none_or(|(_, b)| k > *b) {
                    best = Some((s, k));
                }
            }
        };
        let as_span = |e: Expr| match e.core {
            Core::Date(p) if p.day.is_none() => Some(Span::Date(p)),
            Core::Holiday { feast, sel } => Some(Span::Holiday { feast, sel }),
            Core::HijriYear(sel) => Some(Span::HijriYear(sel)),
            Core::Period { unit, dir } if unit != Unit::Day => Some(Span::Period { unit, dir }),
            _ => None,
        };
        for found in [
            self.month_expr(j, false),
            self.year_expr(j, false),
            self.holiday_expr(j, false),
            self.hijri_year_expr(j, false),
            self.period(j, false).map(|(c, k)| (Expr::new(c), k)),
        ] {
            consider(found.and_then(|(e, k)| Some((as_span(e)?, k))));
        }
        // "من رمضان", "أيام رمضان": a Hijri month needs no "شهر" after a pick.
        consider(self.month(j, false).map(|((m, _), k)| {
            let mut parts = DateParts {
                month: Some(m.month),
                hijri: m.hijri,
                ..DateParts::default()
            };
            let k = match self.direction(k) {
                Some((dir, k2)) => {
                    parts.dir = Some(dir);
                    k2
                }
                None => k,
            };
            (Span::Date(parts), k)
        }));
        consider(self.is(j, false, Cat::NewYear).map(|k| (Span::NewYear, k)));
        // "آخر يوم من العام": the anchor's own unit.
        consider(self.cat(j, false, |c| match c {
            Cat::Unit(unit @ (Unit::Week | Unit::Month | Unit::Year), Count::Definite) => {
                Some(Span::Period { unit, dir: Dir::This })
            }
            _ => None,
        }));
        best
    }

    /// "العام الجديد": the year whose 1 January is nearest the anchor.
    #[inline(never)]
    pub(super) fn new_year_expr(&self, i: usize, clitics: bool) -> Step<Expr> {
        let j = self.is(i, clitics, Cat::NewYear)?;
        Some((Expr::new(Core::NewYear), j))
    }

    /// Whether "the last/next N units" may open at `i`.
    pub(super) fn opens_stretch(&self, i: usize) -> bool {
        self.article_before_number(i) || self.kinds(i, true) & super::kinds::UNITS != 0 || self.definite_cardinal(i)
    }

    /// Whether token `i` is a count in words with the article ("الثلاثة", "الأربع").
    pub(super) fn definite_cardinal(&self, i: usize) -> bool {
        self.word(i)
            .and_then(|w| w.strip_prefix("ال"))
            .is_some_and(|bare| self.lex.cardinal(bare).is_some())
    }

    /// "الـ10", "الـ 24": the article written before a number (a lone "ال" is never a word of its own, so a
    /// space may stand between). The number is asked first: `may_start` asks this of every word of two
    /// letters, and the kind of the next token lets most of them go without reading the word.
    pub(super) fn article_before_number(&self, i: usize) -> bool {
        self.number(i + 1).is_some() && self.word(i) == Some("ال")
    }

    /// "الأيام الثلاثة الماضية", "اليومين الماضيين", "الأسبوعين المقبلين", "الأشهر الستة الماضية", "الـ10 أيام
    /// القادمة", "الساعات الـ24 الماضية", "الـ 48 ساعة الماضية": the N whole units just before or after the
    /// anchor's own, as a range of the two ends.
    #[inline(never)]
    pub(super) fn stretch(&self, i: usize) -> Step<(Expr, Expr)> {
        let units = self.cat(i, true, |c| match c {
            Cat::Units(u, n) => Some((u, n)),
            _ => None,
        });
        let (unit, n, j) = if let Some(((unit, dual), j)) = units {
            if dual == 2 {
                (unit, 2, j)
            } else if let Some((n, k)) = self.definite_count(j) {
                (unit, n, k)
            } else {
                // "في الساعات الماضية", "خلال الساعات القليلة الماضية": a few hours up to the anchor's time,
                // which a day's anchor does not give: the day before and the anchor's own.
                let few = usize::from(self.word(j) == Some("القليله"));
                let (dir, end) = self.direction(j + few)?;
                if unit != Unit::Hour || dir != Dir::Past {
                    return None;
                }
                let day = |n| Expr::new(Core::Step { unit: Unit::Day, n });
                return Some(((day(-1), day(0)), end));
            }
        } else if self.article_before_number(i) || self.definite_cardinal(i) {
            // "الـ10 أيام القادمة", "الثلاثة أيام الماضية", "الأربع والعشرين ساعة الماضية"
            let (n, j) = self.definite_count(i)?;
            // "الثلاثة الأيام القادمة": the article on the unit too.
            let ((unit, ()), k) = self.cat(j, false, |c| match c {
                Cat::Unit(u, Count::Plural | Count::Fixed(1)) if u != Unit::Minute => Some((u, ())),
                Cat::Units(u, n) if n != 2 && u != Unit::Minute => Some((u, ())),
                _ => None,
            })?;
            (unit, n, k)
        } else {
            return None;
        };
        if !(1..=1000).contains(&n) {
            return None;
        }
        let n = i64::from(n);
        let (dir, end) = self
            .direction(j)
            .or_else(|| self.is(j, false, Cat::Last).map(|k| (Dir::Past, k)))?;
        // "الأيام العشرة السابقة على/للانتخابات": the units before another event, not before the anchor.
        let before_other = self.word(end).is_some_and(|w| w == "علي" || w.starts_with("لل"));
        if before_other && self.word(j).is_some_and(|w| w.starts_with("السابق")) {
            return None;
        }
        let (from, to) = match dir {
            Dir::Past => (-n, past_end(unit)),
            Dir::Next => (1, n),
            _ => return None,
        };
        let left = Expr::new(Core::Step { unit, n: from });
        let right = Expr::new(Core::Step { unit, n: to });
        Some(((left, right), end))
    }

    /// The count after definite units: "الثلاثة", "الخمس", "10", "الـ10".
    pub(super) fn definite_count(&self, j: usize) -> Step<u32> {
        if let Some((n, _)) = self.number(j) {
            return Some((n, j + 1));
        }
        if self.article_before_number(j) {
            let (n, _) = self.number(j + 1)?;
            return Some((n, j + 2));
        }
        let word = self.word(j)?;
        let bare = word.strip_prefix("ال")?;
        let n = self.lex.cardinal(bare)?;
        // "الخمسة عشر"
        if let Some(k) = self.is(j + 1, false, Cat::Number(10, NumberKind::Teen)) {
            return Some((n + 10, k));
        }
        // "الأربع والعشرين"
        if n < 10 {
            if let Some((tens, k)) = self.cat(j + 1, true, |c| match c {
                Cat::Number(v, NumberKind::Tens) => Some(v),
                _ => None,
            }) {
                return Some((n + u32::from(tens), k));
            }
        }
        Some((n, j + 1))
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::test_support::read;

    #[test]
    fn the_units_before_another_event_are_no_date() {
        assert_eq!(read("خلال الـ30 يوماً السابقة على موعد التصويت", "2023-05-10"), None);
        assert_eq!(read("خلال الأيام العشرة السابقة للتصويت", "2023-05-10"), None);
        assert_eq!(
            read("خلال الأيام العشرة السابقة", "2023-05-10"),
            Some(("الأيام العشرة السابقة".into(), "2023-04-30/2023-05-09".into()))
        );
    }

    #[test]
    fn the_article_on_both_the_count_and_the_unit() {
        let found = read("يتوقع هطول أمطار خلال الثلاثة الأيام القادمة", "2024-12-06");
        assert_eq!(
            found,
            Some(("الثلاثة الأيام القادمة".into(), "2024-12-07/2024-12-09".into()))
        );
        let found = read("تراجعت الأسعار في الخمسة الأشهر الماضية", "2024-12-06");
        assert_eq!(found, Some(("الخمسة الأشهر الماضية".into(), "2024-07/2024-11".into())));
    }

    #[test]
    fn a_count_of_tens_in_words_with_the_article() {
        let found = read("طوال العشرون عام الماضية، فلم أجد", "2020-06-04");
        assert_eq!(found, Some(("العشرون عام الماضية".into(), "2000/2019".into())));
        let found = read("في السنوات الثلاثين الماضية", "2024-12-06");
        assert_eq!(found, Some(("السنوات الثلاثين الماضية".into(), "1994/2023".into())));
        let found = read("خلال الأربعين يومًا المقبلة", "2024-12-06");
        assert_eq!(
            found,
            Some(("الأربعين يومًا المقبلة".into(), "2024-12-07/2025-01-15".into()))
        );
    }

    #[test]
    fn the_sixth_to_tenth_day_of_a_month_by_its_ordinal() {
        let found = read("بدأت الحرب في تاسع أيام شهر رمضان المبارك", "2014-07-09");
        assert_eq!(found, Some(("تاسع أيام شهر رمضان المبارك".into(), "2014-07-06".into())));
        let found = read("في سابع يوم من رمضان 1445", "2024-12-06");
        assert_eq!(found, Some(("سابع يوم من رمضان 1445".into(), "2024-03-17".into())));
        // A month has no sixth Friday.
        assert_eq!(read("سادس جمعة من ديسمبر", "2024-12-06"), None);
    }

    #[test]
    fn a_weekday_after_yawm_picked_in_a_month() {
        let found = read("يوم الجمعة الأخير من الشهر الجاري", "2024-11-20");
        assert_eq!(
            found,
            Some(("يوم الجمعة الأخير من الشهر الجاري".into(), "2024-11-29".into()))
        );
        // 1 December 2024 is a Sunday: the first Thursday.
        let found = read("يوم الخميس الأول من ديسمبر", "2024-11-20");
        assert_eq!(found, Some(("يوم الخميس الأول من ديسمبر".into(), "2024-12-05".into())));
        // 3 December 2024 is a Tuesday: Tuesday the 3rd.
        let found = read("يوم الثلاثاء الثالث من ديسمبر", "2024-11-20");
        assert_eq!(
            found,
            Some(("يوم الثلاثاء الثالث من ديسمبر".into(), "2024-12-03".into()))
        );
        let found = read("آخر يوم جمعة من ديسمبر", "2024-11-20");
        assert_eq!(found, Some(("آخر يوم جمعة من ديسمبر".into(), "2024-12-27".into())));
        let found = read("ثاني يوم خميس من شهر ديسمبر", "2024-11-20");
        assert_eq!(found, Some(("ثاني يوم خميس من شهر ديسمبر".into(), "2024-12-12".into())));
    }
}
