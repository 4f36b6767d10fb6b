//! Where things happen: a gazetteer of the governorates, districts, towns, camps, crossings and sites of the
//! conflicts the Arabic press reports (Syria, Iraq, Lebanon, Gaza and the West Bank, Yemen, Sudan, Libya, the
//! Ukraine war and more) and the world's countries and capitals (`data/places.tsv`), with coordinates.
//!
//! # Example
//!
//! ```
//! use tarikh::places::Gazetteer;
//!
//! let gazetteer = Gazetteer::bundled();
//! let found = gazetteer.find("تقدمت الفصائل نحو حمص وريف حماة");
//! assert_eq!(found[0].place.name, "Homs");
//! assert_eq!(found[0].place.admin1, "Homs");
//! ```

use std::sync::OnceLock;

use serde::Serialize;
use smol_str::SmolStr;

use rustc_hash::FxHashMap;

use crate::error::GazetteerError;
use crate::text::{tokenize, unmatchable, FoldedText, NameKeys, NameSet, Token};

const BUNDLED: &str = include_str!("../data/places.tsv");
include!(concat!(env!("OUT_DIR"), "/bundled_place_names.rs"));

/// The columns of a gazetteer file, as its header names them.
const HEADER: [&str; 8] = ["id", "name", "names_ar", "kind", "country", "admin1", "lat", "lon"];

/// The longest id a gazetteer row may have, in characters.
///
/// # Example
///
/// ```
/// use tarikh::places::{Gazetteer, MAX_ID_CHARS};
///
/// let row = |id: &str| format!("{id}\tSaraqib\tسراقب\ttown\tSY\tIdlib\t35.86\t36.80\n");
/// assert!(Gazetteer::from_tsv(&row(&"s".repeat(MAX_ID_CHARS))).is_ok());
/// assert!(Gazetteer::from_tsv(&row(&"s".repeat(MAX_ID_CHARS + 1))).is_err());
/// ```
pub const MAX_ID_CHARS: usize = 100;

/// Fails on an id that is empty, longer than [`MAX_ID_CHARS`] or holds white space.
fn check_id(line: usize, id: &str) -> Result<(), GazetteerError> {
    let id = id.trim();
    let chars = id.chars().count();
    let reason = if id.is_empty() {
        "it is empty: give each place a short slug such as \"sy.saraqib\"".to_string()
    } else if chars > MAX_ID_CHARS {
        format!("it has {chars} characters, more than {MAX_ID_CHARS}: use a short slug such as \"sy.saraqib\"")
    } else if id.chars().any(|c| c.is_whitespace() || c.is_control()) {
        "it holds white space or a control character: join its words with '_' or '.'".to_string()
    } else {
        return Ok(());
    };
    Err(GazetteerError::BadId {
        line,
        id: id.chars().take(60).collect(),
        reason,
    })
}

/// A place of the gazetteer.
///
/// # Example
///
/// ```
/// use tarikh::places::Gazetteer;
///
/// let homs = Gazetteer::bundled().places().iter().find(|p| p.id == "sy.homs").ok_or("Homs is in the gazetteer")?;
/// assert!(homs.names_ar.iter().any(|name| name == "حمص"));
/// assert_eq!((homs.kind.as_str(), homs.country.as_str()), ("city", "SY"));
/// assert!((34.0..35.0).contains(&homs.lat));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Place {
    /// Stable identifier (`sy.aleppo`).
    pub id: SmolStr,
    /// English name.
    pub name: SmolStr,
    /// The Arabic names, most common first.
    pub names_ar: Vec<String>,
    /// `country`, `capital`, `governorate`, `district`, `city`, `town`, `region` or `site`.
    pub kind: SmolStr,
    /// ISO 3166-1 alpha-2 country code.
    pub country: SmolStr,
    /// First-level division (for Syria, the governorate); empty for a country.
    pub admin1: SmolStr,
    /// Latitude in decimal degrees.
    pub lat: f64,
    /// Longitude in decimal degrees.
    pub lon: f64,
}

/// A place named in a text.
///
/// # Example
///
/// ```
/// use tarikh::places::Gazetteer;
///
/// let text = "وصلت القافلة إلى دير الزور صباحًا";
/// let found = Gazetteer::bundled().find(text);
/// assert_eq!(found[0].place.id, "sy.deir_ez_zor");
/// assert_eq!(&text[found[0].start..found[0].end], "دير الزور");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlaceMention<'g> {
    /// The place.
    pub place: &'g Place,
    /// Byte offset of the name in the text.
    pub start: usize,
    /// Byte offset just past the name.
    pub end: usize,
}

/// The gazetteer and its compiled name matcher.
///
/// # Example
///
/// ```
/// use tarikh::events::Extractor;
/// use tarikh::places::Gazetteer;
///
/// let tsv = "id\tname\tnames_ar\tkind\tcountry\tadmin1\tlat\tlon\n\
///            sy.tal-rifaat\tTal Rifaat\tتل رفعت|تل رفعت الجديدة\ttown\tSY\tAleppo\t36.47\t37.10\n";
/// let extractor = Extractor::builder().gazetteer(Gazetteer::from_tsv(tsv)?).build();
/// let article = extractor.extract("وقال مصدر محلي إن النازحين عادوا إلى تل رفعت.", "2024-12-06".parse()?);
/// assert_eq!(article.events[0].locations[0].name, "Tal Rifaat");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Gazetteer {
    /// The places; for the bundled gazetteer, read from its file on first use.
    places: OnceLock<Vec<Place>>,
    matcher: NameSet,
}

impl Gazetteer {
    /// The gazetteer bundled with the crate, built once per process.
    ///
    /// # Panics
    ///
    /// Never in a released crate: the bundled file is checked by the crate's tests.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(tarikh::places::Gazetteer::bundled().places().len() > 200);
    /// ```
    pub fn bundled() -> &'static Gazetteer {
        // The matcher was built from the bundled file by build.rs; the places are read from it on first use
        // (an extraction that finds a place, or `places`).
        static BUNDLED_GAZETTEER: Gazetteer = Gazetteer {
            places: OnceLock::new(),
            matcher: BUNDLED_PLACE_NAMES,
        };
        &BUNDLED_GAZETTEER
    }

    /// Loads a gazetteer from tab-separated text: rows of `id name names_ar kind country admin1 lat lon` (the
    /// Arabic names separated by `|`), blank lines and lines starting with `#` ignored. The first row may be
    /// the header naming those eight columns; it is recognised, not assumed: a file without one loses no row,
    /// and a first row whose first column is `id` must be exactly that header.
    ///
    /// Every row must be usable: an id of at most [`MAX_ID_CHARS`] characters, not repeated, with no white
    /// space; an English name; Arabic names that a text can match (not empty, not only tatweel or diacritics,
    /// not a single letter, at most [`MAX_NAME_CHARS`](crate::actors::MAX_NAME_CHARS) characters).
    ///
    /// # Errors
    ///
    /// [`GazetteerError`] naming the line, the column and what to write instead.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::places::Gazetteer;
    ///
    /// let tsv = "id\tname\tnames_ar\tkind\tcountry\tadmin1\tlat\tlon\n\
    ///            sy.saraqib\tSaraqib\tسراقب\ttown\tSY\tIdlib\t35.86\t36.80\n";
    /// let gazetteer = Gazetteer::from_tsv(tsv)?;
    /// assert_eq!(gazetteer.find("في سراقب")[0].place.id, "sy.saraqib");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_tsv(tsv: &str) -> Result<Gazetteer, GazetteerError> {
        let places = read_places(tsv)?;
        let names = places
            .iter()
            .enumerate()
            .flat_map(|(i, p)| p.names_ar.iter().map(move |n| (n.as_str(), i)));
        let matcher = NameSet::new(names);
        Ok(Gazetteer {
            places: OnceLock::from(places),
            matcher,
        })
    }

    /// Every place, in file order.
    ///
    /// # Example
    ///
    /// ```
    /// let g = tarikh::places::Gazetteer::bundled();
    /// assert!(g.places().iter().any(|p| p.name == "Aleppo"));
    /// ```
    pub fn places(&self) -> &[Place] {
        self.places
            .get_or_init(|| read_places(BUNDLED).expect("the bundled gazetteer is valid"))
    }

    /// Every place named in `text`, in order.
    ///
    /// # Example
    ///
    /// ```
    /// let g = tarikh::places::Gazetteer::bundled();
    /// let names: Vec<_> = g.find("من إدلب إلى حلب").iter().map(|m| m.place.name.as_str()).collect();
    /// assert_eq!(names, ["Idlib", "Aleppo"]);
    /// ```
    pub fn find<'g>(&'g self, text: &str) -> Vec<PlaceMention<'g>> {
        let folded = FoldedText::new(text);
        let toks = tokenize(folded.as_str());
        let keys = NameKeys::new(folded.as_str(), &toks);
        self.find_folded(&folded, &toks, &keys)
    }

    /// [`find`](Self::find) on a text already folded and split into `toks`, whose [`NameKeys`] are `keys`.
    pub(crate) fn find_folded<'g>(
        &'g self,
        folded: &FoldedText,
        toks: &[Token],
        keys: &NameKeys,
    ) -> Vec<PlaceMention<'g>> {
        self.matcher
            .find_keyed(folded.as_str(), toks, keys)
            .into_iter()
            .map(|m| {
                let span = folded.original_span(m.start..toks[m.tokens.1 - 1].end as usize);
                PlaceMention {
                    place: &self.places()[m.key],
                    start: span.start,
                    end: span.end,
                }
            })
            .collect()
    }

    /// [`find_folded`](Self::find_folded) with each place's tokens and whether a proclitic opens its first
    /// token ("بغزة", "لدمشق"): the attribution reads places inside noun phrases on tokens.
    pub(crate) fn find_on_tokens<'g>(
        &'g self,
        folded: &FoldedText,
        toks: &[Token],
        keys: &NameKeys,
    ) -> Vec<PlaceHit<'g>> {
        self.matcher
            .find_keyed(folded.as_str(), toks, keys)
            .into_iter()
            .map(|m| {
                let span = folded.original_span(m.start..toks[m.tokens.1 - 1].end as usize);
                PlaceHit {
                    mention: PlaceMention {
                        place: &self.places()[m.key],
                        start: span.start,
                        end: span.end,
                    },
                    tokens: m.tokens,
                    clitic: m.start > toks[m.tokens.0].start as usize,
                }
            })
            .collect()
    }
}

/// A place found on tokens (see [`Gazetteer::find_on_tokens`]).
#[derive(Debug, Clone)]
pub(crate) struct PlaceHit<'g> {
    pub mention: PlaceMention<'g>,
    /// Index of the first and one past the last token of the name.
    pub tokens: (usize, usize),
    /// A proclitic opens the first token.
    pub clitic: bool,
}

/// The places of a gazetteer's tab-separated text, checked: see [`Gazetteer::from_tsv`].
fn read_places(tsv: &str) -> Result<Vec<Place>, GazetteerError> {
    let mut places = Vec::new();
    let mut ids: FxHashMap<&str, usize> = FxHashMap::default();
    let mut first_row = true;
    for (n, line) in tsv.strip_prefix('\u{feff}').unwrap_or(tsv).lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let line_no = n + 1;
        let cols: Vec<&str> = line.split('\t').collect();
        if std::mem::take(&mut first_row) && cols.first().is_some_and(|c| c.trim().eq_ignore_ascii_case("id")) {
            if cols.iter().map(|c| c.trim()).eq(HEADER) {
                continue;
            }
            return Err(GazetteerError::Header {
                line: line_no,
                found: cols.join(" "),
            });
        }
        let [id, name, names, kind, country, admin1, lat, lon] = cols[..] else {
            return Err(GazetteerError::Columns {
                line: line_no,
                found: cols.len(),
            });
        };
        let coordinate = |column: &'static str, value: &str, limit: f64| {
            value
                .trim()
                .parse::<f64>()
                .ok()
                .filter(|v| v.abs() <= limit)
                .ok_or_else(|| GazetteerError::Coordinate {
                    line: line_no,
                    column,
                    value: value.to_string(),
                })
        };
        check_id(line_no, id)?;
        if let Some(first_line) = ids.insert(id.trim(), line_no) {
            return Err(GazetteerError::DuplicateId {
                line: line_no,
                id: id.trim().to_string(),
                first_line,
            });
        }
        if name.trim().is_empty() {
            return Err(GazetteerError::NoEnglishName { line: line_no });
        }
        let names_ar: Vec<String> = names
            .split('|')
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        if names_ar.is_empty() {
            return Err(GazetteerError::NoName { line: line_no });
        }
        if let Some(chars) = names_ar
            .iter()
            .map(|n| n.chars().count())
            .find(|&n| n > crate::actors::MAX_NAME_CHARS)
        {
            return Err(GazetteerError::NameTooLong {
                line: line_no,
                chars,
                max: crate::actors::MAX_NAME_CHARS,
            });
        }
        if let Some((name, reason)) = names_ar.iter().find_map(|n| Some((n, unmatchable(n)?))) {
            return Err(GazetteerError::Unmatchable {
                line: line_no,
                name: name.clone(),
                reason,
            });
        }
        places.push(Place {
            id: id.trim().into(),
            name: name.trim().into(),
            names_ar,
            kind: kind.into(),
            country: country.into(),
            admin1: admin1.into(),
            lat: coordinate("lat", lat, 90.0)?,
            lon: coordinate("lon", lon, 180.0)?,
        });
    }
    Ok(places)
}

#[cfg(test)]
mod tests {
    /// build.rs compiles the bundled file's names into static tables: they are the tables a run-time build of
    /// the same file gives.
    #[test]
    fn the_bundled_matcher_is_the_run_time_build_of_the_bundled_file() {
        let built = Gazetteer::from_tsv(BUNDLED).unwrap();
        assert!(
            built.matcher == BUNDLED_PLACE_NAMES,
            "build.rs and NameSet::new disagree"
        );
        assert_eq!(built.places(), Gazetteer::bundled().places());
    }

    use super::*;

    #[test]
    fn the_bundled_gazetteer_loads() {
        let g = Gazetteer::bundled();
        assert!(g.places().len() > 200);
        assert!(g.places().iter().all(|p| !p.country.is_empty()));
    }

    #[test]
    fn bad_rows_name_their_line() {
        let header = "id\tname\tnames_ar\tkind\tcountry\tadmin1\tlat\tlon\n";
        let short = format!("{header}x\tX\tس\n");
        assert_eq!(
            Gazetteer::from_tsv(&short).unwrap_err(),
            GazetteerError::Columns { line: 2, found: 3 }
        );
        let far = format!("{header}x\tX\tسراقب\ttown\tSY\tIdlib\t95\t36\n");
        assert!(Gazetteer::from_tsv(&far).unwrap_err().to_string().contains("lat"));
    }

    const ROW: &str = "sy.saraqib\tSaraqib\tسراقب\ttown\tSY\tIdlib\t35.86\t36.80";

    #[test]
    fn the_header_is_recognised_not_assumed() {
        let header = HEADER.join("\t");
        let other = "sy.binnish\tBinnish\tبنش\ttown\tSY\tIdlib\t35.95\t36.71";
        for tsv in [
            format!("{header}\n{ROW}\n{other}\n"),
            format!("{ROW}\n{other}\n"),
            format!("\u{feff}# places of Idlib\n\n{header}\r\n{ROW}\r\n{other}\r\n"),
        ] {
            let g = Gazetteer::from_tsv(&tsv).expect("loads");
            let ids: Vec<&str> = g.places().iter().map(|p| p.id.as_str()).collect();
            assert_eq!(ids, ["sy.saraqib", "sy.binnish"], "{tsv:?}");
        }
        let wrong = format!("id\tname\tlat\tlon\n{ROW}\n");
        assert!(matches!(
            Gazetteer::from_tsv(&wrong),
            Err(GazetteerError::Header { line: 1, .. })
        ));
        // A header further down is a row like any other, and a bad one.
        let late = format!("{ROW}\n{header}\n");
        assert!(matches!(
            Gazetteer::from_tsv(&late),
            Err(GazetteerError::Coordinate { line: 2, .. })
        ));
    }

    #[test]
    fn rows_that_can_never_work_are_refused_with_their_line() {
        let with = |column: usize, value: &str| {
            let mut cols: Vec<&str> = ROW.split('\t').collect();
            cols[0] = "sy.other";
            cols[column] = value;
            format!("{ROW}\n{}\n", cols.join("\t"))
        };
        let error = |tsv: String| Gazetteer::from_tsv(&tsv).unwrap_err();
        assert!(matches!(
            error(with(0, "sy.saraqib")),
            GazetteerError::DuplicateId {
                line: 2,
                first_line: 1,
                ..
            }
        ));
        assert!(matches!(error(with(0, "")), GazetteerError::BadId { line: 2, .. }));
        assert!(matches!(
            error(with(0, "sy saraqib")),
            GazetteerError::BadId { line: 2, .. }
        ));
        assert!(matches!(
            error(with(0, &"x".repeat(10_000))),
            GazetteerError::BadId { line: 2, .. }
        ));
        assert!(matches!(error(with(1, " ")), GazetteerError::NoEnglishName { line: 2 }));
        assert!(matches!(error(with(2, "|")), GazetteerError::NoName { line: 2 }));
        for name in ["ـــ", "\u{064E}\u{064B}", "س", "سراقب2|ـ"] {
            let e = error(format!("{}\n", with(2, name).lines().nth(1).unwrap_or_default()));
            assert!(
                matches!(e, GazetteerError::Unmatchable { line: 1, .. }),
                "{name:?}: {e}"
            );
            assert!(e.to_string().contains("can never match"), "{e}");
        }
    }

    /// A word of Arabic letters for each number, all different.
    fn word(i: usize) -> String {
        let letters: Vec<char> = "بتثجحخدذرزسشصضطظعغفق".chars().collect();
        let mut out = String::from("م");
        let mut i = i;
        loop {
            out.push(letters[i % letters.len()]);
            i /= letters.len();
            if i == 0 {
                return out;
            }
        }
    }

    /// Places that share their first word ("ريف X") load and are found (issue 13: 50,000 took 7 s).
    #[test]
    fn places_sharing_a_first_word_load() {
        let tsv: String = (0..5000)
            .map(|i| format!("p{i}\tP{i}\tريف {}\tregion\tSY\t\t35\t36\n", word(i)))
            .collect();
        let g = Gazetteer::from_tsv(&tsv).expect("loads");
        assert_eq!(g.places().len(), 5000);
        let name = format!("نحو ريف {}", word(4321));
        assert_eq!(g.find(&name)[0].place.id, "p4321");
    }
}
