//! The builder of an [`Extractor`]: the catalog, the gazetteer and the dating policy it reads with.

use std::borrow::Cow;

use super::lexicon::AttributionLexicon;
use super::Extractor;
use crate::actors::Catalog;
use crate::dates::DateFinder;
use crate::places::Gazetteer;

/// Builds an [`Extractor`] with a catalog, a gazetteer or a dating policy of your own.
///
/// # Example
///
/// ```
/// use tarikh::events::Extractor;
///
/// let extractor = Extractor::builder().date_from_publication(false).build();
/// let article = extractor.extract("وقال مصدر عسكري إن الهجوم فشل.", "2024-12-06".parse()?);
/// assert!(article.events[0].date.is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct ExtractorBuilder {
    catalog: Cow<'static, Catalog>,
    gazetteer: Cow<'static, Gazetteer>,
    date_from_publication: bool,
}

impl ExtractorBuilder {
    /// The bundled catalog and gazetteer, dating undated events by the publication date.
    pub(super) fn bundled() -> ExtractorBuilder {
        ExtractorBuilder {
            catalog: Cow::Borrowed(Catalog::bundled()),
            gazetteer: Cow::Borrowed(Gazetteer::bundled()),
            date_from_publication: true,
        }
    }

    /// Uses this catalog instead of the bundled one.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::Catalog;
    /// use tarikh::events::Extractor;
    ///
    /// let catalog = Catalog::bundled().extend(r#"{"actors": [{"id": "x", "name": "X", "name_ar": "مجلس سراقب",
    ///   "kind": "government_body", "country": "SY", "gender": "m"}]}"#)?;
    /// let extractor = Extractor::builder().catalog(catalog).build();
    /// let article = extractor.extract("وأعلن مجلس سراقب فتح المدارس.", "2024-12-06".parse()?);
    /// assert_eq!(article.events[0].source.as_ref().map(|s| s.id.as_str()), Some("x"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn catalog(mut self, catalog: Catalog) -> Self {
        self.catalog = Cow::Owned(catalog);
        self
    }

    /// Uses this gazetteer instead of the bundled one.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::events::Extractor;
    /// use tarikh::places::Gazetteer;
    ///
    /// let tsv = "id\tname\tnames_ar\tkind\tcountry\tadmin1\tlat\tlon\nx\tSaraqib\tسراقب\ttown\tSY\tIdlib\t35.86\t36.8\n";
    /// let extractor = Extractor::builder().gazetteer(Gazetteer::from_tsv(tsv)?).build();
    /// let article = extractor.extract("وقصفت قوات النظام مدينة سراقب.", "2024-12-06".parse()?);
    /// assert_eq!(article.events[0].locations[0].name, "Saraqib");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn gazetteer(mut self, gazetteer: Gazetteer) -> Self {
        self.gazetteer = Cow::Owned(gazetteer);
        self
    }

    /// Whether an event with no date of its own and none to inherit takes the publication date (the
    /// default) or is left undated.
    ///
    /// # Example
    ///
    /// ```
    /// let extractor = tarikh::events::Extractor::builder().date_from_publication(true).build();
    /// let article = extractor.extract("وقال مصدر عسكري إن الهجوم فشل.", "2024-12-06".parse()?);
    /// assert_eq!(article.events[0].date.as_ref().map(|d| d.value.as_str()), Some("2024-12-06"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn date_from_publication(mut self, yes: bool) -> Self {
        self.date_from_publication = yes;
        self
    }

    /// Builds the extractor.
    ///
    /// # Example
    ///
    /// ```
    /// let extractor = tarikh::events::Extractor::builder().build();
    /// assert!(extractor.extract("", "2024-12-06".parse()?).events.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn build(self) -> Extractor {
        Extractor {
            finder: DateFinder::new(),
            catalog: self.catalog,
            gazetteer: self.gazetteer,
            lexicon: AttributionLexicon::shared(),
            date_from_publication: self.date_from_publication,
        }
    }
}
