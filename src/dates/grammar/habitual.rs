//! A day or month without its year in a sentence that says it comes back every year ("مع نهاية كل عام، تطل
//! علينا شمس يوم 28 نوفمبر", "يحتفل به سنويا في 8 مارس"): a date that recurs names no one day (CONVENTIONS.md,
//! dp12-dp16 «من كل عام»). The greeting "كل عام وأنتم بخير" says nothing of the sort.

use super::{Core, Parsed, Parser, Span};
use crate::dates::lexicon::{Cat, Unit};
use crate::text::TokenKind;

/// Tokens looked at before the phrase, and after it, within its sentence.
const BEFORE: usize = 12;
const AFTER: usize = 6;

impl Parser<'_> {
    /// Whether the phrase `parsed` over tokens `i..end` is a day or month without a year (nor a direction, a
    /// weekday or a clock time) in a sentence that says "كل عام"/"كل سنة" or "سنويا".
    pub(super) fn habitual(&self, parsed: &Parsed, i: usize, end: usize) -> bool {
        let Parsed::One(e) = parsed else { return false };
        // "أول جمعة من شهر آذار في كل عام": a day picked in a month recurs as the month does.
        let p = match e.core {
            Core::Date(p)
            | Core::InSpan {
                span: Span::Date(p), ..
            } => p,
            _ => return false,
        };
        // A weekday, a clock time or a relative day beside the date pins one occurrence ("الأحد 14 مايو 5:37
        // م كما في كل عام" is a page's stamp).
        let pinned = e.weekday.is_some() || e.clock.is_some() || e.relday.is_some();
        let yearless = !pinned
            && p.month.is_some()
            && p.year.is_none()
            && p.rel_year.is_none()
            && p.rel_month.is_none()
            && p.dir.is_none()
            && !p.anniversary;
        if !yearless {
            return false;
        }
        let before = (i.saturating_sub(BEFORE)..i)
            .rev()
            .take_while(|&k| !self.ends_sentence(k, true));
        let after = (end..(end + AFTER).min(self.toks.len())).take_while(|&k| !self.ends_sentence(k, false));
        before.chain(after).any(|k| self.yearly_at(k))
    }

    /// Whether token `k` ends a sentence (a full stop, a question or exclamation mark, a semicolon, a line
    /// break); `back` looks at the break after it, which ends the sentence before the phrase.
    fn ends_sentence(&self, k: usize, back: bool) -> bool {
        let t = &self.toks[k];
        if t.kind == TokenKind::Punct && self.text[t.range()].starts_with(['.', '!', '?', ';']) {
            return true;
        }
        let (from, to) = if back {
            (
                t.end as usize,
                self.toks.get(k + 1).map_or(t.end as usize, |n| n.start as usize),
            )
        } else {
            (
                k.checked_sub(1).map_or(t.start as usize, |p| self.toks[p].end as usize),
                t.start as usize,
            )
        };
        self.text.get(from..to).is_some_and(|gap| gap.contains('\n'))
    }

    /// "سنويا", or "كل عام"/"كل سنة" not followed by "وأنتم بخير", at token `k`.
    fn yearly_at(&self, k: usize) -> bool {
        if self.toks[k].kind != TokenKind::Word {
            return false;
        }
        if matches!(self.word(k), Some("سنويا" | "وسنويا")) {
            return true;
        }
        // Most words hold no "every": the vocabulary's filter tells them before the parser's cache.
        if !self.word(k).is_some_and(|w| self.lex.may_be_every(w)) {
            return false;
        }
        let Some(n) = self.is(k, true, Cat::Every) else {
            return false;
        };
        let year = self
            .cat(n, false, |c| {
                matches!(c, Cat::Unit(Unit::Year, _) | Cat::YearWord).then_some(())
            })
            .map(|(_, m)| m);
        year.is_some_and(|m| !matches!(self.word(m), Some("وانتم" | "وانتن" | "و")))
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::test_support;

    fn values(text: &str) -> Vec<Option<String>> {
        test_support::values(text, "2024-12-06")
            .into_iter()
            .map(|(_, value)| value)
            .collect()
    }

    #[test]
    fn a_day_that_comes_back_every_year_names_no_date() {
        assert!(values("مع بداية كل عام، يحتفل السكان يوم 14 يناير بالعيد").is_empty());
        assert!(values("تحيي المنظمة سنويا في 3 ديسمبر ذكرى تأسيسها").is_empty());
    }

    #[test]
    fn a_weekday_picked_in_a_month_every_year_names_no_date() {
        assert!(values("اعتبارا من منتصف ليلة آخر يوم خميس من شهر آذار في كل عام").is_empty());
        assert!(values("يوم الجمعة الأخير من شهر آذار في كل عام").is_empty());
        assert_eq!(
            values("أول جمعة من مارس 2025 كما في كل عام"),
            vec![Some("2025-03-07".to_string())]
        );
    }

    #[test]
    fn a_date_pinned_to_one_year_is_kept() {
        // Its year, a direction, a weekday or a clock time.
        assert_eq!(
            values("كما يحدث كل عام، وصل الوفد في 3 ديسمبر 2024"),
            [Some("2024-12-03".into())]
        );
        assert_eq!(
            values("كما كل عام، افتتح المعرض في 3 نوفمبر الماضي"),
            [Some("2024-11-03".into())]
        );
        assert_eq!(
            values("الثلاثاء 3 ديسمبر 10:30 ص كما في كل عام"),
            [Some("2024-12-03T10:30".into())]
        );
        // "كل عام" a few words before a phrase that writes its year ("كعادة كل عام منذ ...").
        assert_eq!(
            values("كعادة كل عام منذ منتصف شهر ذو القعدة 1445 يتوافد الحجاج"),
            [Some("2024-05-09/2024-06-06".into())]
        );
        assert!(values("يقام كل عام في 3 ديسمبر").is_empty());
        // The greeting, and a yearly word in another sentence.
        assert_eq!(
            values("كل عام وأنتم بخير بمناسبة 25 ديسمبر"),
            [Some("2024-12-25".into())]
        );
        assert_eq!(
            values("يقام المهرجان كل سنة. وفي 3 ديسمبر وصل الوفد"),
            [Some("2024-12-03".into())]
        );
    }
}
