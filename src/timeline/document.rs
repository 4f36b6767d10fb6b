//! One article to read, and where it came from.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::dates::Anchor;
use crate::error::DocumentError;
use crate::input::MAX_ARTICLE_BYTES;

/// How much longer than the article limit a JSON line may be: room for the id, URL, outlet and date, and for
/// the escapes of the text (64 KiB). See [`Document::from_json_line_limited`].
///
/// # Example
///
/// ```
/// assert_eq!(tarikh::timeline::JSON_LINE_MARGIN, 64 * 1024);
/// ```
pub const JSON_LINE_MARGIN: usize = 64 << 10;

/// One article to read: its text, when it was published and where it came from.
///
/// # Example
///
/// ```
/// use tarikh::timeline::Document;
///
/// let doc = Document::new("enab-2024-12-08-1", "2024-12-08".parse()?, "أعلنت إدارة العمليات العسكرية دخول دمشق.")
///     .with_outlet("Enab Baladi")
///     .with_url("https://example.org/2024/12/08/1");
/// assert_eq!(doc.published.to_string(), "2024-12-08");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// An identifier the caller chose, unique in the timeline.
    pub id: String,
    /// Where the article was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The outlet that published it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// The publication date: relative dates ("أمس") are read against it.
    pub published: NaiveDate,
    /// The article's text.
    pub text: String,
}

impl Document {
    /// A document with no outlet and no URL.
    ///
    /// # Example
    ///
    /// ```
    /// let doc = tarikh::timeline::Document::new("d1", "2024-12-06".parse()?, "قال مصدر عسكري إن الهجوم فشل.");
    /// assert_eq!(doc.outlet, None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(id: impl Into<String>, published: NaiveDate, text: impl Into<String>) -> Document {
        Document {
            id: id.into(),
            url: None,
            outlet: None,
            published,
            text: text.into(),
        }
    }

    /// The same document with an outlet.
    ///
    /// # Example
    ///
    /// ```
    /// let doc = tarikh::timeline::Document::new("d1", "2024-12-06".parse()?, "").with_outlet("Levant Wire");
    /// assert_eq!(doc.outlet.as_deref(), Some("Levant Wire"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_outlet(mut self, outlet: impl Into<String>) -> Document {
        self.outlet = Some(outlet.into());
        self
    }

    /// The same document with a URL.
    ///
    /// # Example
    ///
    /// ```
    /// let doc = tarikh::timeline::Document::new("d1", "2024-12-06".parse()?, "").with_url("https://example.org/1");
    /// assert_eq!(doc.url.as_deref(), Some("https://example.org/1"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_url(mut self, url: impl Into<String>) -> Document {
        self.url = Some(url.into());
        self
    }

    /// Reads one line of JSON Lines input: an object with `"text"` and `"published"` (`YYYY-MM-DD`, optionally
    /// followed by a time, which is ignored) and optionally `"id"`, `"url"` and `"outlet"`. Without an id the
    /// document is called `line-N`, after `line`. The text may be at most
    /// [`MAX_ARTICLE_BYTES`](crate::input::MAX_ARTICLE_BYTES) long (see
    /// [`from_json_line_limited`](Self::from_json_line_limited)).
    ///
    /// # Errors
    ///
    /// A [`DocumentError`] naming what is wrong: the line is not a JSON object, `"text"` or `"published"` is
    /// missing or not a string, the date is not a date, a field has the wrong type, or the text is too large.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::timeline::Document;
    ///
    /// let doc = Document::from_json_line(r#"{"id": "a1", "published": "2024-12-06", "text": "قال مصدر إن الهجوم فشل."}"#, 1)?;
    /// assert_eq!(doc.id, "a1");
    /// assert!(Document::from_json_line(r#"{"id": "a2", "published": "2024-12-06"}"#, 2).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json_line(json: &str, line: usize) -> Result<Document, DocumentError> {
        Document::from_json_line_limited(json, line, MAX_ARTICLE_BYTES)
    }

    /// [`from_json_line`](Self::from_json_line) with a text of at most `max_article_bytes`. A line longer than
    /// that plus [`JSON_LINE_MARGIN`] (room for the other fields and for escapes) is refused before it is
    /// parsed, so that reading a line takes memory bounded by the limit.
    ///
    /// # Errors
    ///
    /// As [`from_json_line`](Self::from_json_line); [`DocumentError::TooLarge`] for a text or line too long.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::timeline::Document;
    /// use tarikh::DocumentError;
    ///
    /// let line = r#"{"published": "2024-12-06", "text": "قال مصدر إن الهجوم فشل."}"#;
    /// assert!(Document::from_json_line_limited(line, 1, 1000).is_ok());
    /// let error = Document::from_json_line_limited(line, 1, 10).err().ok_or("too large")?;
    /// assert!(matches!(error, DocumentError::TooLarge { max: 10, .. }));
    /// assert!(error.to_string().contains("limit"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json_line_limited(
        json: &str,
        line: usize,
        max_article_bytes: usize,
    ) -> Result<Document, DocumentError> {
        if json.len() > max_article_bytes.saturating_add(JSON_LINE_MARGIN) {
            return Err(DocumentError::TooLarge {
                bytes: json.len(),
                max: max_article_bytes,
            });
        }
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|e| DocumentError::Json { message: e.to_string() })?;
        let serde_json::Value::Object(mut object) = value else {
            return Err(DocumentError::NotAnObject);
        };
        // Each field is taken out of the object, not copied: the text is held once.
        let mut string = |field: &'static str| -> Result<Option<String>, DocumentError> {
            match object.remove(field) {
                None | Some(serde_json::Value::Null) => Ok(None),
                Some(serde_json::Value::String(s)) => Ok(Some(s)),
                Some(serde_json::Value::Number(n)) if field == "id" => Ok(Some(n.to_string())),
                Some(_) => Err(DocumentError::NotAString { field }),
            }
        };
        let text = string("text")?.ok_or(DocumentError::Missing { field: "text" })?;
        if text.len() > max_article_bytes {
            return Err(DocumentError::TooLarge {
                bytes: text.len(),
                max: max_article_bytes,
            });
        }
        let published = string("published")?.ok_or(DocumentError::Missing { field: "published" })?;
        let anchor: Anchor = published.parse().map_err(|source| DocumentError::Date {
            value: published.clone(),
            source,
        })?;
        Ok(Document {
            id: string("id")?.unwrap_or_else(|| format!("line-{line}")),
            url: string("url")?,
            outlet: string("outlet")?,
            published: anchor.date(),
            text,
        })
    }

    /// Where the document came from, without its text.
    ///
    /// # Example
    ///
    /// ```
    /// let doc = tarikh::timeline::Document::new("d1", "2024-12-06".parse()?, "").with_outlet("Levant Wire");
    /// assert_eq!(doc.origin().outlet.as_deref(), Some("Levant Wire"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn origin(&self) -> Origin {
        Origin {
            id: self.id.clone(),
            url: self.url.clone(),
            outlet: self.outlet.clone(),
            published: self.published,
        }
    }
}

/// Where a document came from: everything of a [`Document`] but its text.
///
/// # Example
///
/// ```
/// use tarikh::timeline::Origin;
///
/// let origin = Origin { id: "d1".into(), url: None, outlet: Some("Levant Wire".into()), published: "2024-12-06".parse()? };
/// assert_eq!(origin.id, "d1");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    /// The document's id.
    pub id: String,
    /// Its URL.
    pub url: Option<String>,
    /// Its outlet.
    pub outlet: Option<String>,
    /// Its publication date.
    pub published: NaiveDate,
}
