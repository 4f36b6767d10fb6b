//! Finding Arabic date phrases and normalizing them to calendar values.
//!
//! [`DateFinder`] is built once (it compiles the vocabulary of `data/vocab/`) and reused for any number of
//! texts and threads. [`DateFinder::find`] returns every [`DateMention`] of a text; each carries its byte span
//! in the caller's text, what kind of phrase it is and, when it can be resolved, a [`TimeValue`]: a TIMEX3
//! value string, the first and last day it covers, and its granularity.
//!
//! # Example
//!
//! ```
//! use tarikh::dates::{Anchor, DateFinder};
//!
//! let finder = DateFinder::new();
//! let anchor: Anchor = "2024-12-06".parse()?;
//! let text = "وجهت السفارة دعوتها أمس الخميس، بعد معارك بدأت في 27 من تشرين الثاني الماضي.";
//! let values: Vec<_> = finder
//!     .find(text, Some(&anchor))
//!     .into_iter()
//!     .map(|m| (m.text, m.value.map(|v| v.value)))
//!     .collect();
//! assert_eq!(values, [
//!     ("أمس الخميس".to_string(), Some("2024-12-05".to_string())),
//!     ("27 من تشرين الثاني الماضي".to_string(), Some("2024-11-27".to_string())),
//! ]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod anchor;
pub mod chain;
mod eras;
mod finder;
mod grammar;
mod hijri;
mod lexicon;
mod mention;
mod pairs;
mod point;
mod reckon;
mod resolve;
#[cfg(test)]
mod test_support;
mod timex;
pub(crate) use timex::push_day;

pub use anchor::{Anchor, ANCHOR_YEARS};
pub(crate) use finder::Located;
pub use finder::{find_dates, DateFinder};
/// Whether a folded word may open a date phrase ("ساعات", "صباح", "مطلع"): a time word, not the noun of an event.
pub(crate) fn may_open_date(word: &str) -> bool {
    lexicon::Lexicon::shared().opens(word) != lexicon::Opening::No
}

pub use mention::{CalendarSystem, DateMention, ExpressionKind, Granularity, Modifier, PointBack, TimeValue, Warning};
