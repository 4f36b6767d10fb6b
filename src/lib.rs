//! # tarikh (تاريخ): Arabic news to a dated, source-attributed timeline
//!
//! `tarikh` reads Arabic news dispatches and finds every date phrase in them, normalized against the
//! publication date to a calendar value: Levantine (كانون الأول), Egyptian (ديسمبر), Maghrebi (جوان) and Hijri
//! (جمادى الآخرة) months, dual forms, three digit systems, number words, weekdays, relative days and periods,
//! parts of days, clock times and ranges, each as a TIMEX3 value.
//!
//! Every span the API returns is a UTF-8 byte range of the caller's original text, whatever folding the
//! matchers did internally (see [`text`]).
//!
//! # Example
//!
//! ```
//! use tarikh::dates::{Anchor, DateFinder};
//!
//! let finder = DateFinder::new();
//! let anchor: Anchor = "2024-12-06".parse()?;
//! let text = "طالبت السفارة اليوم، الجمعة 6 من كانون الأول، رعاياها بالمغادرة";
//! let mention = &finder.find(text, Some(&anchor))[0];
//! assert_eq!(&text[mention.start..mention.end], "اليوم، الجمعة 6 من كانون الأول");
//! assert_eq!(mention.value.as_ref().map(|v| v.value.as_str()), Some("2024-12-06"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

pub mod actors;
#[doc = include_str!("../DESIGN.md")]
pub mod _documentation {}
pub mod dates;
mod error;
pub mod events;
pub mod export;
pub mod places;
mod table;
pub mod text;
pub mod timeline;

pub use dates::{find_dates, Anchor, DateFinder, DateMention, TimeValue};
pub use error::{AnchorError, CatalogError, GazetteerError, InputError};
