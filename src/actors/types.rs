//! The entries of a catalog: actors, roles and their holders, and the declarations of names that several
//! actors share. Each can be read from the catalog's JSON or built in Rust with its `new` and `with_*`
//! methods.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use smol_str::SmolStr;

/// What kind of actor an entry is.
///
/// # Example
///
/// ```
/// use tarikh::actors::{ActorKind, Catalog};
///
/// let catalog = Catalog::bundled();
/// assert_eq!(catalog.actor("sergey-lavrov").map(|a| a.kind), Some(ActorKind::Person));
/// assert_eq!(catalog.actor("us.embassy.damascus").map(|a| a.kind), Some(ActorKind::Embassy));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A named person.
    Person,
    /// A state or its government as a whole ("تركيا", "موسكو").
    State,
    /// A ministry, presidency, army or other organ of a state.
    GovernmentBody,
    /// An embassy.
    Embassy,
    /// An armed group, militia, army in the field or coalition.
    ArmedGroup,
    /// A news agency, channel or paper.
    Media,
    /// The UN and its agencies, and other international bodies.
    InternationalOrganisation,
    /// A monitoring or human-rights organisation.
    Monitor,
    /// A rescue or relief organisation.
    Humanitarian,
    /// A political party or movement.
    PoliticalParty,
    /// A speaker the catalog does not know, named by the phrase the text used ("مصدر عسكري").
    AdHoc,
}

/// Grammatical gender of an actor's name as the subject of a verb: what "قال" or "قالت" agrees with.
///
/// # Example
///
/// ```
/// use tarikh::actors::{Catalog, Gender};
///
/// let catalog = Catalog::bundled();
/// assert_eq!(catalog.actor("maria-zakharova").map(|a| a.gender), Some(Gender::Feminine));
/// assert_eq!(catalog.actor("sergey-lavrov").map(|a| a.gender), Some(Gender::Masculine));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Gender {
    /// Masculine.
    #[serde(rename = "m")]
    Masculine,
    /// Feminine (also non-human plurals such as "فصائل").
    #[serde(rename = "f")]
    Feminine,
}

/// An actor of the catalog.
///
/// # Example
///
/// ```
/// use tarikh::actors::Catalog;
///
/// let lavrov = Catalog::bundled().actor("sergey-lavrov").ok_or("Lavrov is in the bundled catalog")?;
/// assert_eq!(lavrov.name_ar, "سيرغي لافروف");
/// assert!(lavrov.aliases_ar.iter().any(|alias| alias == "لافروف"));
/// assert_eq!(lavrov.country.as_deref(), Some("RU"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// Stable identifier (`sergey-lavrov`, `ru.embassy.damascus`).
    pub id: SmolStr,
    /// English name.
    pub name: SmolStr,
    /// Canonical Arabic name.
    pub name_ar: SmolStr,
    /// Other Arabic spellings and forms.
    #[serde(default)]
    pub aliases_ar: Vec<String>,
    /// What kind of actor it is.
    pub kind: ActorKind,
    /// ISO 3166-1 alpha-2 country code; `None` for international bodies.
    pub country: Option<SmolStr>,
    /// The gender a verb takes with this actor as its subject.
    pub gender: Gender,
}

impl Actor {
    /// An actor with no alias and no country; add them with [`with_alias`](Self::with_alias) and
    /// [`with_country`](Self::with_country).
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::{Actor, ActorKind, Gender};
    ///
    /// let council = Actor::new("saraqib-council", "Saraqib local council", "مجلس سراقب المحلي",
    ///     ActorKind::GovernmentBody, Gender::Masculine)
    ///     .with_alias("المجلس المحلي في سراقب")
    ///     .with_country("SY");
    /// assert_eq!(council.aliases_ar, ["المجلس المحلي في سراقب"]);
    /// assert_eq!(council.country.as_deref(), Some("SY"));
    /// ```
    pub fn new(
        id: impl Into<SmolStr>,
        name: impl Into<SmolStr>,
        name_ar: impl Into<SmolStr>,
        kind: ActorKind,
        gender: Gender,
    ) -> Actor {
        Actor {
            id: id.into(),
            name: name.into(),
            name_ar: name_ar.into(),
            aliases_ar: Vec::new(),
            kind,
            country: None,
            gender,
        }
    }

    /// The actor with one more Arabic spelling or form of its name.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::{Actor, ActorKind, Gender};
    ///
    /// let agency = Actor::new("saba", "Saba News Agency", "وكالة الأنباء اليمنية سبأ", ActorKind::Media, Gender::Feminine)
    ///     .with_alias("وكالة سبأ");
    /// assert_eq!(agency.aliases_ar.len(), 1);
    /// ```
    pub fn with_alias(mut self, alias: impl Into<String>) -> Actor {
        self.aliases_ar.push(alias.into());
        self
    }

    /// The actor with its ISO 3166-1 alpha-2 country code.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::{Actor, ActorKind, Gender};
    ///
    /// let army = Actor::new("sd.army", "Sudanese Armed Forces", "الجيش السوداني", ActorKind::GovernmentBody, Gender::Masculine)
    ///     .with_country("SD");
    /// assert_eq!(army.country.as_deref(), Some("SD"));
    /// ```
    pub fn with_country(mut self, country: impl Into<SmolStr>) -> Actor {
        self.country = Some(country.into());
        self
    }

    /// The Arabic name and every alias, the name first.
    ///
    /// # Example
    ///
    /// ```
    /// let lavrov = tarikh::actors::Catalog::bundled().actor("sergey-lavrov").ok_or("a bundled actor")?;
    /// assert!(lavrov.names_ar().any(|name| name == "لافروف"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn names_ar(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name_ar.as_str()).chain(self.aliases_ar.iter().map(String::as_str))
    }
}

/// One holder of a role, over a span of time.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use tarikh::actors::Catalog;
///
/// let role = Catalog::bundled().role("sy.prime-minister").ok_or("a bundled role")?;
/// let jalali = role.holders.iter().find(|h| h.actor == "mohammad-ghazi-al-jalali").ok_or("a holder")?;
/// assert_eq!(jalali.from, NaiveDate::from_ymd_opt(2024, 9, 14).ok_or("no such day")?);
/// assert!(jalali.to.is_some()); // no longer in office
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Holder {
    /// The actor id of the holder.
    pub actor: String,
    /// First day in office.
    pub from: NaiveDate,
    /// Last day in office; `None` while still in office.
    pub to: Option<NaiveDate>,
}

impl Holder {
    /// A term of office.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::Holder;
    ///
    /// let term = Holder::new("sergey-lavrov", "2004-03-09".parse()?, None);
    /// assert!(term.covers("2024-12-06".parse()?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(actor: impl Into<String>, from: NaiveDate, to: Option<NaiveDate>) -> Holder {
        Holder {
            actor: actor.into(),
            from,
            to,
        }
    }

    /// Whether the term includes `day` (both ends included; an open term runs on).
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::Holder;
    ///
    /// let term = Holder::new("x", "2020-01-01".parse()?, Some("2020-12-31".parse()?));
    /// assert!(term.covers("2020-12-31".parse()?));
    /// assert!(!term.covers("2021-01-01".parse()?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn covers(&self, day: NaiveDate) -> bool {
        self.from <= day && self.to.is_none_or(|to| day <= to)
    }
}

/// An office whose holder changes over time ("وزير الخارجية السوري").
///
/// # Example
///
/// ```
/// use tarikh::actors::Catalog;
///
/// let catalog = Catalog::bundled();
/// let role = catalog.role("ru.foreign-minister").ok_or("a bundled role")?;
/// assert!(role.titles_ar.iter().any(|title| title == "وزير الخارجية الروسي"));
/// let day = "2024-12-06".parse()?;
/// assert_eq!(catalog.holder(&role.id, day).map(|a| a.name.as_str()), Some("Sergey Lavrov"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// Stable identifier (`ru.foreign-minister`).
    pub id: SmolStr,
    /// English name of the office.
    pub name: SmolStr,
    /// The titles the press uses for it.
    pub titles_ar: Vec<String>,
    /// ISO 3166-1 alpha-2 country code, if any.
    pub country: Option<SmolStr>,
    /// The holders, in any order.
    pub holders: Vec<Holder>,
    /// Whether several people hold the office at once (deputies, members of a council); the terms of a role
    /// that is not plural must not overlap.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub plural: bool,
}

impl Role {
    /// A role with one title, no country and no holder yet; a role needs at least one holder to be loaded
    /// ([`with_holder`](Self::with_holder)).
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::Role;
    ///
    /// let role = Role::new("sd.rsf-commander", "Commander of the Rapid Support Forces", "قائد قوات الدعم السريع")
    ///     .with_title("قائد الدعم السريع")
    ///     .with_country("SD")
    ///     .with_holder("mohamed-hamdan-dagalo", "2013-08-01".parse()?, None);
    /// assert_eq!(role.titles_ar.len(), 2);
    /// assert_eq!(role.holders[0].actor, "mohamed-hamdan-dagalo");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(id: impl Into<SmolStr>, name: impl Into<SmolStr>, title_ar: impl Into<String>) -> Role {
        Role {
            id: id.into(),
            name: name.into(),
            titles_ar: vec![title_ar.into()],
            country: None,
            holders: Vec::new(),
            plural: false,
        }
    }

    /// The role with one more title.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::Role;
    ///
    /// let role = Role::new("x.pm", "Prime Minister", "رئيس الوزراء").with_title("رئيس الحكومة");
    /// assert_eq!(role.titles_ar, ["رئيس الوزراء", "رئيس الحكومة"]);
    /// ```
    pub fn with_title(mut self, title_ar: impl Into<String>) -> Role {
        self.titles_ar.push(title_ar.into());
        self
    }

    /// The role with its ISO 3166-1 alpha-2 country code.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::Role;
    ///
    /// let role = Role::new("ly.pm", "Prime Minister of Libya", "رئيس الحكومة الليبية").with_country("LY");
    /// assert_eq!(role.country.as_deref(), Some("LY"));
    /// ```
    pub fn with_country(mut self, country: impl Into<SmolStr>) -> Role {
        self.country = Some(country.into());
        self
    }

    /// The role with one more term of office.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::Role;
    ///
    /// let role = Role::new("x.fm", "Foreign Minister", "وزير الخارجية")
    ///     .with_holder("someone", "2020-01-01".parse()?, Some("2022-06-30".parse()?))
    ///     .with_holder("someone-else", "2022-07-01".parse()?, None);
    /// assert_eq!(role.holders.len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_holder(mut self, actor: impl Into<String>, from: NaiveDate, to: Option<NaiveDate>) -> Role {
        self.holders.push(Holder::new(actor, from, to));
        self
    }

    /// The role marked as held by several people at once, so that overlapping terms are expected.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::Role;
    ///
    /// let role = Role::new("sd.sovereignty-council-member", "Member of the Sovereignty Council",
    ///     "عضو مجلس السيادة").with_plural(true);
    /// assert!(role.plural);
    /// ```
    pub fn with_plural(mut self, plural: bool) -> Role {
        self.plural = plural;
        self
    }
}

/// A name that several actors share, or an abbreviation that is also a word of the language, declared so
/// that the matcher chooses by context instead of taking the first actor that has the name.
///
/// In the catalog's JSON: a top-level `"ambiguous"` list of `{"alias", "actors", "default", "note"}`. The
/// declaration gives the alias to every actor it lists, whether or not the actor has it among its own names
/// (national civil defences share the bare "الدفاع المدني"). How the matcher chooses is described on
/// [`Catalog`](crate::actors::Catalog#names-that-several-actors-share).
///
/// # Example
///
/// ```
/// use tarikh::actors::Catalog;
///
/// let catalog = Catalog::bundled();
/// let qna = catalog.ambiguities().iter().find(|a| a.alias == "قنا").ok_or("a bundled declaration")?;
/// assert_eq!(qna.actors, ["qna"]); // one actor: the word is matched only where a source is cited
/// assert_eq!(qna.default, None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ambiguity {
    /// The shared name, as written (it is folded as the matcher folds).
    pub alias: String,
    /// The actors it may mean, by id, in order of preference.
    pub actors: Vec<String>,
    /// The actor taken when the context does not choose; `None` leaves the name unmatched then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    /// Why the name is ambiguous (for the reader of the data; not used by the matcher).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Ambiguity {
    /// A declaration with no default and no note.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::Ambiguity;
    ///
    /// let sharaa = Ambiguity::new("الشرع", ["ahmed-al-sharaa", "farouk-al-sharaa"]).with_default("ahmed-al-sharaa");
    /// assert_eq!(sharaa.default.as_deref(), Some("ahmed-al-sharaa"));
    /// ```
    pub fn new<S: Into<String>>(alias: impl Into<String>, actors: impl IntoIterator<Item = S>) -> Ambiguity {
        Ambiguity {
            alias: alias.into(),
            actors: actors.into_iter().map(Into::into).collect(),
            default: None,
            note: None,
        }
    }

    /// The declaration with the actor taken when the context does not choose.
    ///
    /// # Example
    ///
    /// ```
    /// use tarikh::actors::Ambiguity;
    ///
    /// let assad = Ambiguity::new("الأسد", ["bashar-al-assad", "hafez-al-assad"]).with_default("bashar-al-assad");
    /// assert_eq!(assad.default.as_deref(), Some("bashar-al-assad"));
    /// ```
    pub fn with_default(mut self, actor: impl Into<String>) -> Ambiguity {
        self.default = Some(actor.into());
        self
    }
}
