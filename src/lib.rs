//! # tarikh (تاريخ): Arabic news to a dated, source-attributed timeline
//!
//! `tarikh` reads Arabic news dispatches and finds every date phrase in them, normalized against the
//! publication date to a calendar value: Levantine (كانون الأول), Egyptian (ديسمبر), Maghrebi (جوان) and Hijri
//! (جمادى الآخرة) months, dual forms, three digit systems, number words, weekdays, relative days and periods,
//! parts of days, clock times and ranges, each as a TIMEX3 value.
//!
//! From the dates it goes on to events and timelines:
//!
//! - [`dates`]: [`DateFinder`] finds date phrases and resolves them against an [`Anchor`] (the publication
//!   date) to [`TimeValue`]s;
//! - [`events`]: [`Extractor`](events::Extractor) reads an article into dated events with their source, relay,
//!   kind, quotation and places, using the [`actors`] catalog and the [`places`] gazetteer;
//! - [`timeline`]: [`Timeline`](timeline::Timeline) merges the events of many articles (the same event told by
//!   several outlets becomes one, with every report kept), orders and numbers them, and filters them with a
//!   [`Query`](timeline::Query);
//! - [`export`]: JSON, JSON Lines, PLOVER records, ACLED's CSV, Markdown and a self-contained HTML page.
//!
//! The errors of every fallible operation are re-exported here ([`AnchorError`], [`CatalogError`],
//! [`DocumentError`], [`ExportError`], [`GazetteerError`], [`InputError`], [`UnknownFormat`]); each message says
//! what to fix. How a phrase becomes a value and a clause an event, and why, is in [`_documentation`].
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
// The Rust blocks of the README run as doc tests, so the API tour cannot fall behind the API.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
mod readme {}
pub mod dates;
mod error;
pub mod events;
pub mod export;
pub mod input;
pub mod places;
mod table;
pub mod text;
pub mod timeline;

pub use dates::{find_dates, Anchor, DateFinder, DateMention, TimeValue};
pub use error::{AnchorError, CatalogError, DocumentError, ExportError, GazetteerError, InputError, UnknownFormat};
/// The string type of the catalog's and the gazetteer's names and ids, and of the actors and places an event
/// reports: it reads as a `&str` (`Deref`, `as_str`, `==` with `&str` and `String`), and a copy of it allocates
/// nothing, so an article's events share the catalog's names instead of copying them.
pub use smol_str::SmolStr;
