//! The errors of the crate: one enum per operation, each variant saying what was wrong with the input and
//! what to do about it.

use chrono::NaiveDate;
use thiserror::Error;

/// An anchor (publication date) that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum AnchorError {
    /// The text is not a date in the accepted forms.
    #[error("anchor {input:?} is not a date: write it as YYYY-MM-DD, optionally followed by THH:MM or THH:MM:SS")]
    Invalid {
        /// The text given.
        input: String,
    },
    /// The date is outside the years the crate resolves reliably.
    #[error(
        "anchor {date} is out of range: give a publication date between the years 1900 and 2100"
    )]
    OutOfRange {
        /// The date given.
        date: NaiveDate,
    },
}
