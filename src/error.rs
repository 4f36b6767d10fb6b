//! The errors of the crate: one enum per operation, each variant saying what was wrong with the input and
//! what to do about it.

use chrono::NaiveDate;
use thiserror::Error;

/// An anchor (publication date) that cannot be used.
///
/// # Example
///
/// ```
/// use tarikh::{Anchor, AnchorError};
///
/// assert!(matches!("6/12/2024".parse::<Anchor>(), Err(AnchorError::Invalid { .. })));
/// assert!(matches!("1850-03-01".parse::<Anchor>(), Err(AnchorError::OutOfRange { .. })));
/// ```
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
    #[error("anchor {date} is out of range: give a publication date between the years 1900 and 2100")]
    OutOfRange {
        /// The date given.
        date: NaiveDate,
    },
}

/// An actor catalog that cannot be loaded. Each variant names the entry and the field to fix.
///
/// # Example
///
/// ```
/// use tarikh::actors::Catalog;
/// use tarikh::CatalogError;
///
/// let json = r#"{"actors": [], "roles": [{"id": "sy.pm", "name": "Prime Minister of Syria",
///   "titles_ar": ["رئيس الوزراء السوري"], "country": "SY",
///   "holders": [{"actor": "nobody", "from": "2024-09-23", "to": null}]}]}"#;
/// let error = Catalog::from_json(json).err().ok_or("a holder that is not an actor is an error")?;
/// assert!(matches!(&error, CatalogError::UnknownHolder { role, actor } if role == "sy.pm" && actor == "nobody"));
/// assert!(error.to_string().contains("add the actor or fix the id"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum CatalogError {
    /// The file is not JSON of the catalog's form.
    #[error(
        "actor catalog is not valid: {message} (line {line}, column {column}); see data/actors/core.json for the form"
    )]
    Json {
        /// Line of the error.
        line: usize,
        /// Column of the error.
        column: usize,
        /// What the JSON reader said, naming the field.
        message: String,
    },
    /// Two entries share an id.
    #[error("actor catalog: the id {id:?} is used twice; give each actor and role an id of its own")]
    DuplicateId {
        /// The repeated id.
        id: String,
    },
    /// A required text field is empty.
    #[error("actor catalog: entry {entry:?} has an empty {field:?}; fill it in")]
    Empty {
        /// The entry's id (or its position).
        entry: String,
        /// The empty field.
        field: &'static str,
    },
    /// A role lists no holder.
    #[error(
        "actor catalog: role {role:?} has no holder; add at least one {{\"actor\", \"from\", \"to\"}} to its holders"
    )]
    RoleWithoutHolder {
        /// The role's id.
        role: String,
    },
    /// A role names a holder that is not an actor of the catalog.
    #[error("actor catalog: role {role:?} names the holder {actor:?}, which is not an actor id; add the actor or fix the id")]
    UnknownHolder {
        /// The role's id.
        role: String,
        /// The unknown actor id.
        actor: String,
    },
    /// A holder's term ends before it starts.
    #[error(
        "actor catalog: in role {role:?}, the term of {actor:?} ends before it starts; swap or fix \"from\" and \"to\""
    )]
    BackwardTerm {
        /// The role's id.
        role: String,
        /// The holder's actor id.
        actor: String,
    },
    /// A name is longer than [`MAX_NAME_CHARS`](crate::actors::MAX_NAME_CHARS) characters: no name of an
    /// actor or a title is that long.
    #[error(
        "actor catalog: entry {entry:?} has a {field} of {chars} characters; names are at most {max} characters, \
         so this is probably a whole text pasted into the field: shorten it or split it into aliases"
    )]
    NameTooLong {
        /// The entry's id.
        entry: String,
        /// `name_ar`, `aliases_ar` or `titles_ar`.
        field: &'static str,
        /// The name's length in characters.
        chars: usize,
        /// The limit.
        max: usize,
    },
    /// A name, alias or title the matcher could never find in a text.
    #[error("actor catalog: entry {entry:?} has the {field} {name:?}, which can never match: {reason}")]
    Unmatchable {
        /// The entry's id.
        entry: String,
        /// `name_ar`, `aliases_ar`, `titles_ar` or `alias`.
        field: &'static str,
        /// The name as written.
        name: String,
        /// Why it cannot match, and what to write instead.
        reason: &'static str,
    },
    /// An id that is too long or holds white space.
    #[error("actor catalog: the id {id:?} is not usable: {reason}")]
    BadId {
        /// The id (cut if long).
        id: String,
        /// What is wrong and what to do.
        reason: String,
    },
    /// A country that is not an ISO 3166-1 alpha-2 code.
    #[error(
        "actor catalog: entry {entry:?} has the country {country:?}; write an ISO 3166-1 alpha-2 code of two capital \
         letters (\"SY\", \"US\") or null for an international body"
    )]
    BadCountry {
        /// The entry's id.
        entry: String,
        /// The country as written.
        country: String,
    },
    /// A declaration of a shared name (`"ambiguous"`) that cannot be used.
    #[error("actor catalog: the shared name {alias:?} in \"ambiguous\" is not usable: {reason}")]
    BadAmbiguity {
        /// The declared alias.
        alias: String,
        /// What is wrong and what to do.
        reason: String,
    },
    /// An operation of [`CatalogBuilder`](crate::actors::CatalogBuilder) named a role the catalog does not have.
    #[error("actor catalog: no role has the id {role:?}; add the role first or fix the id")]
    UnknownRole {
        /// The id given.
        role: String,
    },
}

/// A gazetteer file that cannot be loaded.
///
/// # Example
///
/// ```
/// use tarikh::places::Gazetteer;
/// use tarikh::GazetteerError;
///
/// let tsv = "id\tname\tnames_ar\tkind\tcountry\tadmin1\tlat\tlon\n\
///            sy.saraqib\tSaraqib\tسراقب\ttown\tSY\tIdlib\t35.86\n";
/// assert!(matches!(Gazetteer::from_tsv(tsv), Err(GazetteerError::Columns { line: 2, found: 7 })));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum GazetteerError {
    /// A row does not have the eight columns.
    #[error("gazetteer line {line}: {found} columns; each row needs 8 tab-separated columns: id name names_ar kind country admin1 lat lon")]
    Columns {
        /// Line number (1-based).
        line: usize,
        /// Columns found.
        found: usize,
    },
    /// A coordinate is not a number in range.
    #[error("gazetteer line {line}: {column} {value:?} is not a coordinate in decimal degrees")]
    Coordinate {
        /// Line number (1-based).
        line: usize,
        /// `lat` or `lon`.
        column: &'static str,
        /// The value given.
        value: String,
    },
    /// A row has no Arabic name.
    #[error("gazetteer line {line}: names_ar is empty; give at least one Arabic name")]
    NoName {
        /// Line number (1-based).
        line: usize,
    },
    /// A name is longer than [`MAX_NAME_CHARS`](crate::actors::MAX_NAME_CHARS) characters.
    #[error(
        "gazetteer line {line}: a name of {chars} characters in names_ar; names are at most {max} characters: \
         separate the names with '|'"
    )]
    NameTooLong {
        /// Line number (1-based).
        line: usize,
        /// The name's length in characters.
        chars: usize,
        /// The limit.
        max: usize,
    },
    /// The first row starts with `id` but is not the header the gazetteer reads.
    #[error(
        "gazetteer line {line}: the header {found:?} is not the one expected; write the eight columns \
         id name names_ar kind country admin1 lat lon, tab-separated, or leave the header out"
    )]
    Header {
        /// Line number (1-based).
        line: usize,
        /// The columns found, separated by spaces.
        found: String,
    },
    /// An id that is empty, too long or holds white space.
    #[error("gazetteer line {line}: the id {id:?} is not usable: {reason}")]
    BadId {
        /// Line number (1-based).
        line: usize,
        /// The id (cut if long).
        id: String,
        /// What is wrong and what to do.
        reason: String,
    },
    /// An id given to two rows.
    #[error("gazetteer line {line}: the id {id:?} is already the id of line {first_line}; give each place its own id")]
    DuplicateId {
        /// Line number (1-based).
        line: usize,
        /// The id.
        id: String,
        /// The line that has it first.
        first_line: usize,
    },
    /// A row whose English name is empty.
    #[error("gazetteer line {line}: the name column is empty; give the place's English name")]
    NoEnglishName {
        /// Line number (1-based).
        line: usize,
    },
    /// An Arabic name no text can match.
    #[error("gazetteer line {line}: the Arabic name {name:?} can never match: {reason}")]
    Unmatchable {
        /// Line number (1-based).
        line: usize,
        /// The name as written.
        name: String,
        /// Why, and what to write instead.
        reason: &'static str,
    },
}

/// Input bytes that are not text the crate can read.
///
/// # Example
///
/// ```
/// use tarikh::{DateFinder, InputError};
///
/// let mut bytes = "صباح أمس".as_bytes().to_vec();
/// bytes.push(0xFF); // a byte of another charset
/// let error = DateFinder::new().find_bytes(&bytes, None).err().ok_or("0xFF is not UTF-8")?;
/// assert_eq!(error, InputError::InvalidUtf8 { valid_up_to: "صباح أمس".len(), invalid_len: Some(1) });
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum InputError {
    /// The bytes are not valid UTF-8.
    #[error(
        "input is not valid UTF-8 at byte offset {valid_up_to} (the first {valid_up_to} bytes are valid): {}; decode \
         the page with its own charset (windows-1256 is common for Arabic) or replace invalid bytes before reading it",
        match .invalid_len { Some(n) => format!("{n} invalid byte(s)"), None => "the input ends inside a character".to_string() }
    )]
    InvalidUtf8 {
        /// How many bytes from the start are valid UTF-8.
        valid_up_to: usize,
        /// How many bytes after them are invalid; `None` if the input ends in the middle of a character.
        invalid_len: Option<usize>,
    },
    /// The input is longer than the limit the reader was given.
    #[error(
        "input of {bytes} bytes is larger than the limit of {max} bytes; an article is a few kilobytes, so this is \
         likely a whole file on one line: split it, or raise the limit (--max-article-bytes in the examples, \
         TimelineConfig::max_article_bytes in the library)"
    )]
    TooLarge {
        /// The input's length in bytes.
        bytes: usize,
        /// The limit.
        max: usize,
    },
}

impl From<std::str::Utf8Error> for InputError {
    fn from(e: std::str::Utf8Error) -> Self {
        InputError::InvalidUtf8 {
            valid_up_to: e.valid_up_to(),
            invalid_len: e.error_len(),
        }
    }
}

/// A line of JSON Lines input that is not a document.
///
/// # Example
///
/// ```
/// use tarikh::timeline::Document;
/// use tarikh::DocumentError;
///
/// let line = r#"{"id": "a1", "text": "قال مصدر طبي إن المستشفى خرج عن الخدمة."}"#;
/// assert_eq!(Document::from_json_line(line, 3), Err(DocumentError::Missing { field: "published" }));
/// let line = r#"{"published": "الأحد", "text": "قال مصدر طبي إن المستشفى خرج عن الخدمة."}"#;
/// assert!(matches!(Document::from_json_line(line, 4), Err(DocumentError::Date { .. })));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum DocumentError {
    /// The line is not JSON.
    #[error("not JSON: {message}; write one object a line: {{\"id\", \"url\", \"published\", \"text\"}}")]
    Json {
        /// What the JSON reader said.
        message: String,
    },
    /// The line is JSON but not an object.
    #[error("not a JSON object; write one object a line: {{\"id\", \"url\", \"published\", \"text\"}}")]
    NotAnObject,
    /// A required field is missing.
    #[error("missing {field:?}; each line needs \"text\" and \"published\" (YYYY-MM-DD)")]
    Missing {
        /// The field.
        field: &'static str,
    },
    /// A field is not a string.
    #[error("{field:?} is not a string")]
    NotAString {
        /// The field.
        field: &'static str,
    },
    /// The publication date cannot be read.
    #[error("\"published\" {value:?} cannot be used: {source}")]
    Date {
        /// The value given.
        value: String,
        /// Why.
        source: AnchorError,
    },
    /// The article (or the JSON line holding it) is larger than the limit.
    #[error(
        "the article is {bytes} bytes, larger than the limit of {max} bytes; an article is a few kilobytes, so \
         this is likely a whole file on one line: split it, or raise the limit (--max-article-bytes in the \
         examples, TimelineConfig::max_article_bytes in the library)"
    )]
    TooLarge {
        /// The size of the text (or of the line, when it is refused unread).
        bytes: usize,
        /// The limit.
        max: usize,
    },
}

/// A format name that is not one of [`Format`](crate::export::Format)'s.
///
/// # Example
///
/// ```
/// use tarikh::export::Format;
/// use tarikh::UnknownFormat;
///
/// assert_eq!("pdf".parse::<Format>(), Err(UnknownFormat { name: "pdf".to_string() }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("unknown format {name:?}: use json, jsonl, plover, csv, md or html")]
pub struct UnknownFormat {
    /// The name given.
    pub name: String,
}

/// An export that could not be written.
///
/// # Example
///
/// ```
/// use tarikh::export::{self, Format};
/// use tarikh::timeline::{Document, Timeline};
/// use tarikh::ExportError;
///
/// let doc = Document::new("d1", "2024-12-06".parse()?, "وقصفت الطائرات الروسية مدينة إدلب فجر أمس.");
/// let timeline = Timeline::from_documents(&tarikh::events::Extractor::new(), &[doc])?;
/// let mut small = [0u8; 16]; // a writer that fills up after 16 bytes
/// let result = export::write(Format::Markdown, &timeline, &mut small[..]);
/// assert!(matches!(result, Err(ExportError::Io(_))));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum ExportError {
    /// Writing failed.
    #[error("cannot write the export: {0}")]
    Io(#[from] std::io::Error),
    /// JSON serialization failed.
    #[error("cannot write the export as JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// CSV writing failed.
    #[error("cannot write the export as CSV: {0}")]
    Csv(#[from] csv::Error),
}
