//! The facts model: the contract between extraction and mapping.
//!
//! `extract` produces a [`Facts`] value, `map` consumes one, and any other extractor (an LLM, a
//! human annotator, an event coder) can feed the mapper with a JSON file of this shape. The JSON
//! Schema generated from these types is published at `schema/facts.schema.json` (regenerate with
//! `diplokg schema`); [`Facts::from_json`] parses and then [`Facts::validate`]s, naming the JSON
//! path and position of the first problem.
//!
//! Conventions:
//! - items refer to each other by their local `id` (an [`EntityId`], event id, ...), unique per
//!   kind within one document; ids are short ASCII slugs (`[a-z0-9][a-z0-9._-]*`) because the
//!   mapper uses them as the stable key of minted IRIs;
//! - mention offsets count Unicode code points of [`Document::text`], as RFC 5147 and NIF 2.0 do:
//!   `text.chars().skip(start).take(end - start)` equals the mention's `anchor`;
//! - dates are ISO 8601 (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) with an explicit [`DatePrecision`] and
//!   [`DateSource`], so a resolved or derived date is never mistaken for a stated one.
//!
//! This module imports nothing from the rest of the crate, so it can move to its own crate as is.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fmt;

/// Version tag written in every facts file; bump on incompatible changes.
pub const FACTS_VERSION: &str = "diplokg-facts/1";

/// Everything extracted from one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Facts {
    /// Format version, [`FACTS_VERSION`].
    pub version: String,
    /// The article itself.
    pub document: Document,
    /// Every surface form used, with its code-point offsets into [`Document::text`].
    #[serde(default)]
    pub mentions: Vec<Mention>,
    /// People, countries, organisations and places, known or not.
    #[serde(default)]
    pub entities: Vec<Entity>,
    /// "Person X holds role R of Y", as stated in the text.
    #[serde(default)]
    pub roles: Vec<Role>,
    /// Talks, visits, ceremonies, signings, calls, ...
    #[serde(default)]
    pub events: Vec<Event>,
    /// Treaties, joint statements, memoranda, batches of cooperation documents, ...
    #[serde(default)]
    pub agreements: Vec<Agreement>,
    /// Ordinal anniversaries ("the 25th anniversary of the signing") and their derived years.
    #[serde(default)]
    pub anniversaries: Vec<Anniversary>,
}

/// The article: identity, metadata and the full text that mentions point into.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Stable id of the article: a slug chosen by the source (file stem or header `id:`), else
    /// derived from the text hash. Re-ingesting a changed version under the same id replaces it.
    pub id: String,
    /// BCP 47 language tag of the text (`ar`, `en`, `zh`, `ru`, ...).
    pub lang: String,
    /// Headline as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Publication date (`YYYY-MM-DD`), if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// Where the article was published, an absolute IRI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    /// Lowercase hex SHA-256 of `text` (UTF-8 bytes).
    pub text_sha256: String,
    /// The article text that mention offsets index into.
    pub text: String,
}

/// One surface form in the text (a NIF 2.0 `nif:Phrase`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Mention {
    /// Local id, referenced by entities, events, roles, ...
    pub id: String,
    /// First code point, inclusive (`nif:beginIndex`).
    pub start: usize,
    /// Last code point, exclusive (`nif:endIndex`).
    pub end: usize,
    /// The text between `start` and `end`, exactly (`nif:anchorOf`).
    pub anchor: String,
}

/// Local id of an entity within one facts file.
pub type EntityId = String;

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum EntityKind {
    /// A human being.
    Person,
    /// A sovereign state.
    Country,
    /// An international organisation, institution, organ, party, army or company.
    Organization,
    /// A city, venue, square, hall or region.
    Place,
}

/// A person, country, organisation or place mentioned in the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Entity {
    /// Local id, stable key of the minted IRI when there is no QID.
    pub id: EntityId,
    /// What it is.
    pub kind: EntityKind,
    /// Preferred name, in the article's language when it names the entity.
    pub name: String,
    /// Wikidata item id (`Q…`) when the entity is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wikidata: Option<String>,
    /// Mentions that refer to this entity.
    #[serde(default)]
    pub mentions: Vec<String>,
}

/// A role held by a person, e.g. "President of Russia" (Wikidata P39 when the position is known).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// Local id.
    pub id: String,
    /// The person holding the role.
    pub person: EntityId,
    /// Kind of role.
    pub role: RoleKind,
    /// Country or organisation the role is of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub of: Option<EntityId>,
    /// Wikidata item of the position (e.g. Q218295, President of Russia), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<String>,
    /// The title as written ("الرئيس الروسي").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Mentions of the title.
    #[serde(default)]
    pub mentions: Vec<String>,
}

/// Kinds of roles the extractor recognises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RoleKind {
    /// Head of state with the title president.
    President,
    /// Vice-president.
    VicePresident,
    /// Monarch: king, emir, sultan.
    Monarch,
    /// Crown prince.
    CrownPrince,
    /// Prime minister or premier.
    PrimeMinister,
    /// Vice or deputy prime minister / vice premier.
    DeputyPrimeMinister,
    /// Foreign minister.
    ForeignMinister,
    /// Any other minister.
    Minister,
    /// Secretary-general of an organisation.
    SecretaryGeneral,
    /// Chair or president of a body.
    Chair,
    /// Speaker of a parliament.
    Speaker,
    /// Ambassador or envoy.
    Ambassador,
    /// Spokesperson.
    Spokesperson,
    /// Any other stated role; `title` says which.
    Other,
}

/// A date with how precise it is and how it was obtained.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DateValue {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, matching `precision`.
    pub value: String,
    /// Day, month or year.
    pub precision: DatePrecision,
    /// Stated in the text, resolved from a relative expression, or derived (e.g. from an anniversary).
    pub source: DateSource,
    /// The mention of the date expression, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mention: Option<String>,
}

/// Precision of a [`DateValue`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DatePrecision {
    /// `YYYY-MM-DD`.
    Day,
    /// `YYYY-MM`.
    Month,
    /// `YYYY`.
    Year,
}

/// How a [`DateValue`] was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DateSource {
    /// Written in the text.
    Stated,
    /// Resolved from a relative expression ("yesterday", "the same evening") against an anchor.
    Resolved,
    /// Computed from other facts (an anniversary ordinal, ...).
    Derived,
}

/// Part of the day an event took place in, when stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum TimeOfDay {
    /// Morning.
    Morning,
    /// Noon / midday.
    Noon,
    /// Afternoon.
    Afternoon,
    /// Evening.
    Evening,
    /// Night.
    Night,
}

/// Event types of the diplomacy domain (see the ontology for definitions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    /// Talks between delegations or leaders.
    Talks,
    /// A meeting (including restricted-format meetings).
    Meeting,
    /// A state visit.
    StateVisit,
    /// An official visit.
    OfficialVisit,
    /// Any other visit.
    Visit,
    /// Arrival of a visitor.
    Arrival,
    /// A welcome ceremony.
    WelcomeCeremony,
    /// A signing of documents.
    Signing,
    /// A press conference.
    PressConference,
    /// A banquet.
    Banquet,
    /// A summit.
    Summit,
    /// A telephone call.
    PhoneCall,
    /// A video call.
    VideoCall,
    /// A speech or address.
    Speech,
    /// Adoption of a resolution or declaration.
    Adoption,
    /// Ratification of a treaty.
    Ratification,
    /// An announcement.
    Announcement,
    /// A decision to extend an agreement.
    Extension,
    /// Issuing of a statement or document.
    Issuance,
    /// Hearing briefings or reports.
    Briefing,
    /// A conference or forum.
    Conference,
}

/// Part a participant plays in an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ParticipantRole {
    /// Hosts the event.
    Host,
    /// Guest or visitor.
    Guest,
    /// Chairs the event.
    Chair,
    /// Attends.
    Attendee,
    /// Signs.
    Signatory,
    /// Witnesses a signing.
    Witness,
    /// Takes part, without a more specific part stated.
    Participant,
}

/// A participant of an event and its part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    /// The person, country or organisation.
    pub entity: EntityId,
    /// Its part.
    pub role: ParticipantRole,
}

/// Whether an event happened, is going on, or is planned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum EventStatus {
    /// Reported as having happened.
    #[default]
    Happened,
    /// Going on at publication time (e.g. a visit in progress).
    Ongoing,
    /// Future, conditional or invited.
    Planned,
}

/// A topic discussed at an event: an entity, a label, or both.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// The topic as written.
    pub label: String,
    /// The entity the topic is about, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<EntityId>,
}

/// Something that happened (or is planned): talks, a visit, a ceremony, a signing, ...
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Local id.
    pub id: String,
    /// Event type.
    pub kind: EventKind,
    /// Short description as written (the trigger phrase).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// When it happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<DateValue>,
    /// Part of the day, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_of_day: Option<TimeOfDay>,
    /// Venue or city (an entity of kind place or country).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<EntityId>,
    /// Who took part, and how.
    #[serde(default)]
    pub participants: Vec<Participant>,
    /// The event this one is part of (a ceremony within a visit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// Topics discussed.
    #[serde(default)]
    pub topics: Vec<Topic>,
    /// Happened, ongoing or planned.
    #[serde(default)]
    pub status: EventStatus,
    /// Ordinal of a recurring event ("the 25th summit").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ordinal: Option<u32>,
    /// Mentions of the trigger.
    #[serde(default)]
    pub mentions: Vec<String>,
}

/// Kinds of agreements and documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AgreementKind {
    /// A treaty.
    Treaty,
    /// A joint statement.
    JointStatement,
    /// A declaration.
    Declaration,
    /// A memorandum (of understanding).
    Memorandum,
    /// A cooperation agreement.
    CooperationAgreement,
    /// A cooperation document.
    CooperationDocument,
    /// A resolution (e.g. of the UN Security Council).
    Resolution,
    /// A plan, programme or roadmap.
    Plan,
    /// Any other agreement or document.
    Agreement,
}

/// Title of an agreement as written, with its language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Title {
    /// The title, without the surrounding quotation marks.
    pub text: String,
    /// BCP 47 language tag.
    pub lang: String,
}

/// An agreement or document, or a batch of them (`count`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    /// Local id.
    pub id: String,
    /// Type of document.
    pub kind: AgreementKind,
    /// Title as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Title>,
    /// Countries or organisations that are parties.
    #[serde(default)]
    pub parties: Vec<EntityId>,
    /// People who signed (Wikidata P1891).
    #[serde(default)]
    pub signatories: Vec<EntityId>,
    /// Date of signing or adoption.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<DateValue>,
    /// Number of documents when this is a batch ("20 cooperation documents").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
    /// Fields the documents cover, as written.
    #[serde(default)]
    pub fields: Vec<String>,
    /// The event at which it was signed, issued, adopted or extended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    /// Mentions of the agreement (title or trigger).
    #[serde(default)]
    pub mentions: Vec<String>,
}

/// An ordinal anniversary and the year it lets us derive.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Anniversary {
    /// Local id.
    pub id: String,
    /// The ordinal: 25 for "the 25th anniversary".
    pub ordinal: u32,
    /// What it is the anniversary of, as written.
    pub of: String,
    /// The agreement or event it is the anniversary of, if it is one of ours.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Year in which the anniversary falls (`YYYY`), from the text or its dates.
    pub year: i32,
    /// Year of the original event, `year - ordinal`, always derived.
    pub derived_year: i32,
    /// Mentions of the anniversary expression.
    #[serde(default)]
    pub mentions: Vec<String>,
}

/// A facts file that does not fit the contract: where and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactsError {
    /// JSON path of the offending field (`events[2].date.precision`).
    pub path: String,
    /// Line and column in the JSON text, when known (1-based).
    pub position: Option<(usize, usize)>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for FactsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() || self.path == "." {
            "(top level)"
        } else {
            &self.path
        };
        match self.position {
            Some((line, column)) => {
                write!(
                    f,
                    "{path} at line {line}, column {column}: {}",
                    self.message
                )
            }
            None => write!(f, "{path}: {}", self.message),
        }
    }
}

impl std::error::Error for FactsError {}

impl Facts {
    /// Parses a facts JSON document and validates it (see [`Facts::validate`]).
    ///
    /// # Errors
    /// A [`FactsError`] naming the JSON path, and the line and column for syntax and type errors.
    pub fn from_json(json: &str) -> Result<Self, FactsError> {
        let mut deserializer = serde_json::Deserializer::from_str(json);
        let facts: Self = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
            let inner = e.inner();
            FactsError {
                path: e.path().to_string(),
                position: (inner.line() > 0).then(|| (inner.line(), inner.column())),
                message: strip_serde_position(&inner.to_string()),
            }
        })?;
        deserializer.end().map_err(|e| FactsError {
            path: String::new(),
            position: Some((e.line(), e.column())),
            message: strip_serde_position(&e.to_string()),
        })?;
        facts.validate()?;
        Ok(facts)
    }

    /// Serialises to pretty JSON.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self)
            .expect("facts always serialise: no maps with non-string keys")
    }

    /// Checks what types cannot: version, ids, references, offsets, anchors, QIDs, dates, IRIs.
    ///
    /// # Errors
    /// The first problem found, with the JSON path of the field.
    pub fn validate(&self) -> Result<(), FactsError> {
        Validator::new(self).run()
    }
}

/// JSON Schema (draft 2020-12) of the facts format, as published in `schema/facts.schema.json`.
pub fn json_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Facts)).expect("a schema is plain JSON")
}

/// Lowercase hex SHA-256 of a text, as stored in [`Document::text_sha256`].
pub fn text_sha256(text: &str) -> String {
    use sha2::Digest;
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = sha2::Sha256::digest(text.as_bytes());
    let mut hex = String::with_capacity(2 * digest.len());
    for &b in digest.iter() {
        hex.push(char::from(HEX[usize::from(b >> 4)]));
        hex.push(char::from(HEX[usize::from(b & 15)]));
    }
    hex
}

/// serde_json appends " at line L column C" to its messages; we report the position separately.
fn strip_serde_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

fn error(path: String, message: impl Into<String>) -> FactsError {
    FactsError {
        path,
        position: None,
        message: message.into(),
    }
}

/// True for local ids: `[a-z0-9][a-z0-9._-]*` (ASCII, safe as an IRI path segment).
pub fn is_valid_local_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-'))
}

/// True for Wikidata item ids: `Q` followed by a number without leading zero.
pub fn is_valid_qid(qid: &str) -> bool {
    qid.strip_prefix('Q').is_some_and(|n| {
        !n.is_empty()
            && !n.starts_with('0')
            && n.len() <= 12
            && n.bytes().all(|b| b.is_ascii_digit())
    })
}

/// True when `value` is a valid ISO date of the given precision (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
pub fn is_valid_date(value: &str, precision: DatePrecision) -> bool {
    let parts: Vec<&str> = value.split('-').collect();
    let numeric = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_digit());
    match (precision, parts.as_slice()) {
        (DatePrecision::Year, [y]) => numeric(y, 4),
        (DatePrecision::Month, [y, m]) => {
            numeric(y, 4) && numeric(m, 2) && (1..=12).contains(&m.parse::<u8>().unwrap_or(0))
        }
        (DatePrecision::Day, [y, m, d]) if numeric(y, 4) && numeric(m, 2) && numeric(d, 2) => {
            let format = time::macros::format_description!("[year]-[month]-[day]");
            time::Date::parse(value, format).is_ok()
        }
        _ => false,
    }
}

/// True for a well-formed BCP 47 language tag (simplified: 2–8 letter subtags separated by `-`).
fn is_valid_lang(tag: &str) -> bool {
    let mut parts = tag.split('-');
    matches!(parts.next(), Some(p) if (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()))
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Walks a [`Facts`] value once, collecting ids first so references can be checked.
struct Validator<'a> {
    facts: &'a Facts,
    mentions: HashSet<&'a str>,
    entities: HashSet<&'a str>,
    events: HashSet<&'a str>,
    agreements: HashSet<&'a str>,
}

impl<'a> Validator<'a> {
    fn new(facts: &'a Facts) -> Self {
        Self {
            facts,
            mentions: facts.mentions.iter().map(|m| m.id.as_str()).collect(),
            entities: facts.entities.iter().map(|e| e.id.as_str()).collect(),
            events: facts.events.iter().map(|e| e.id.as_str()).collect(),
            agreements: facts.agreements.iter().map(|a| a.id.as_str()).collect(),
        }
    }

    fn run(&self) -> Result<(), FactsError> {
        let facts = self.facts;
        if facts.version != FACTS_VERSION {
            return Err(error(
                "version".into(),
                format!("expected \"{FACTS_VERSION}\", found \"{}\"", facts.version),
            ));
        }
        self.document()?;
        self.mentions()?;
        self.unique_ids("entities", facts.entities.iter().map(|e| e.id.as_str()))?;
        self.unique_ids("roles", facts.roles.iter().map(|r| r.id.as_str()))?;
        self.unique_ids("events", facts.events.iter().map(|e| e.id.as_str()))?;
        self.unique_ids("agreements", facts.agreements.iter().map(|a| a.id.as_str()))?;
        self.unique_ids(
            "anniversaries",
            facts.anniversaries.iter().map(|a| a.id.as_str()),
        )?;
        for (i, entity) in facts.entities.iter().enumerate() {
            let at = format!("entities[{i}]");
            if entity.name.trim().is_empty() {
                return Err(error(format!("{at}.name"), "must not be empty"));
            }
            if let Some(qid) = &entity.wikidata {
                self.qid(&format!("{at}.wikidata"), qid)?;
            }
            self.mention_refs(&at, &entity.mentions)?;
        }
        for (i, role) in facts.roles.iter().enumerate() {
            let at = format!("roles[{i}]");
            self.entity_ref(&format!("{at}.person"), &role.person)?;
            if let Some(of) = &role.of {
                self.entity_ref(&format!("{at}.of"), of)?;
            }
            if let Some(qid) = &role.position {
                self.qid(&format!("{at}.position"), qid)?;
            }
            self.mention_refs(&at, &role.mentions)?;
        }
        for (i, event) in facts.events.iter().enumerate() {
            self.event(i, event)?;
        }
        for (i, agreement) in facts.agreements.iter().enumerate() {
            self.agreement(i, agreement)?;
        }
        for (i, anniversary) in facts.anniversaries.iter().enumerate() {
            let at = format!("anniversaries[{i}]");
            if anniversary.ordinal == 0 {
                return Err(error(format!("{at}.ordinal"), "must be at least 1"));
            }
            if i64::from(anniversary.year) - i64::from(anniversary.ordinal)
                != i64::from(anniversary.derived_year)
            {
                return Err(error(
                    format!("{at}.derived_year"),
                    format!(
                        "must equal year - ordinal ({} - {})",
                        anniversary.year, anniversary.ordinal
                    ),
                ));
            }
            if let Some(subject) = &anniversary.subject {
                if !self.events.contains(subject.as_str())
                    && !self.agreements.contains(subject.as_str())
                {
                    return Err(error(
                        format!("{at}.subject"),
                        format!("\"{subject}\" is neither an event nor an agreement id"),
                    ));
                }
            }
            self.mention_refs(&at, &anniversary.mentions)?;
        }
        Ok(())
    }

    fn document(&self) -> Result<(), FactsError> {
        let doc = &self.facts.document;
        if !is_valid_local_id(&doc.id) {
            return Err(error(
                "document.id".into(),
                format!("\"{}\" is not a slug ([a-z0-9][a-z0-9._-]*)", doc.id),
            ));
        }
        if !is_valid_lang(&doc.lang) {
            return Err(error(
                "document.lang".into(),
                format!("\"{}\" is not a BCP 47 language tag", doc.lang),
            ));
        }
        if let Some(date) = &doc.published {
            if !is_valid_date(date, DatePrecision::Day) {
                return Err(error(
                    "document.published".into(),
                    format!("\"{date}\" is not a YYYY-MM-DD date"),
                ));
            }
        }
        if let Some(url) = &doc.source_url {
            if iri_string::types::IriStr::new(url).is_err() {
                return Err(error(
                    "document.source_url".into(),
                    format!("\"{url}\" is not an absolute IRI"),
                ));
            }
        }
        let hash = text_sha256(&doc.text);
        if doc.text_sha256 != hash {
            return Err(error(
                "document.text_sha256".into(),
                format!("does not match the text (its SHA-256 is {hash})"),
            ));
        }
        Ok(())
    }

    fn mentions(&self) -> Result<(), FactsError> {
        self.unique_ids(
            "mentions",
            self.facts.mentions.iter().map(|m| m.id.as_str()),
        )?;
        // Code-point offsets: index the text's chars once, then check every mention against it.
        let byte_at: Vec<usize> = self
            .facts
            .document
            .text
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(self.facts.document.text.len()))
            .collect();
        let length = byte_at.len() - 1;
        for (i, mention) in self.facts.mentions.iter().enumerate() {
            let at = format!("mentions[{i}]");
            if mention.start >= mention.end {
                return Err(error(
                    format!("{at}.end"),
                    format!(
                        "end {} must be greater than start {}",
                        mention.end, mention.start
                    ),
                ));
            }
            if mention.end > length {
                return Err(error(
                    format!("{at}.end"),
                    format!(
                        "offset {} is past the end of the text ({length} code points)",
                        mention.end
                    ),
                ));
            }
            let slice = &self.facts.document.text[byte_at[mention.start]..byte_at[mention.end]];
            if slice != mention.anchor {
                return Err(error(
                    format!("{at}.anchor"),
                    format!(
                        "\"{}\" differs from the text at {}..{}: \"{slice}\"",
                        mention.anchor, mention.start, mention.end
                    ),
                ));
            }
        }
        Ok(())
    }

    fn event(&self, i: usize, event: &Event) -> Result<(), FactsError> {
        let at = format!("events[{i}]");
        if let Some(date) = &event.date {
            self.date(&format!("{at}.date"), date)?;
        }
        if let Some(place) = &event.place {
            self.entity_ref(&format!("{at}.place"), place)?;
        }
        for (j, participant) in event.participants.iter().enumerate() {
            self.entity_ref(
                &format!("{at}.participants[{j}].entity"),
                &participant.entity,
            )?;
        }
        if let Some(parent) = &event.parent {
            if !self.events.contains(parent.as_str()) {
                return Err(error(
                    format!("{at}.parent"),
                    format!("no event has id \"{parent}\""),
                ));
            }
            if parent == &event.id {
                return Err(error(
                    format!("{at}.parent"),
                    "an event cannot be its own parent",
                ));
            }
        }
        for (j, topic) in event.topics.iter().enumerate() {
            if let Some(entity) = &topic.entity {
                self.entity_ref(&format!("{at}.topics[{j}].entity"), entity)?;
            }
        }
        self.mention_refs(&at, &event.mentions)
    }

    fn agreement(&self, i: usize, agreement: &Agreement) -> Result<(), FactsError> {
        let at = format!("agreements[{i}]");
        if let Some(title) = &agreement.title {
            if title.text.trim().is_empty() {
                return Err(error(format!("{at}.title.text"), "must not be empty"));
            }
            if !is_valid_lang(&title.lang) {
                return Err(error(
                    format!("{at}.title.lang"),
                    format!("\"{}\" is not a BCP 47 language tag", title.lang),
                ));
            }
        }
        for (j, party) in agreement.parties.iter().enumerate() {
            self.entity_ref(&format!("{at}.parties[{j}]"), party)?;
        }
        for (j, signatory) in agreement.signatories.iter().enumerate() {
            self.entity_ref(&format!("{at}.signatories[{j}]"), signatory)?;
        }
        if let Some(date) = &agreement.date {
            self.date(&format!("{at}.date"), date)?;
        }
        if agreement.count == Some(0) {
            return Err(error(format!("{at}.count"), "must be at least 1"));
        }
        if let Some(event) = &agreement.event {
            if !self.events.contains(event.as_str()) {
                return Err(error(
                    format!("{at}.event"),
                    format!("no event has id \"{event}\""),
                ));
            }
        }
        self.mention_refs(&at, &agreement.mentions)
    }

    fn unique_ids<'b>(
        &self,
        kind: &str,
        ids: impl Iterator<Item = &'b str>,
    ) -> Result<(), FactsError> {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            if !is_valid_local_id(id) {
                return Err(error(
                    format!("{kind}[{i}].id"),
                    format!("\"{id}\" is not a slug ([a-z0-9][a-z0-9._-]*)"),
                ));
            }
            if !seen.insert(id) {
                return Err(error(
                    format!("{kind}[{i}].id"),
                    format!("duplicate id \"{id}\""),
                ));
            }
        }
        Ok(())
    }

    fn entity_ref(&self, at: &str, id: &str) -> Result<(), FactsError> {
        if self.entities.contains(id) {
            Ok(())
        } else {
            Err(error(at.into(), format!("no entity has id \"{id}\"")))
        }
    }

    fn mention_refs(&self, at: &str, ids: &[String]) -> Result<(), FactsError> {
        for (j, id) in ids.iter().enumerate() {
            if !self.mentions.contains(id.as_str()) {
                return Err(error(
                    format!("{at}.mentions[{j}]"),
                    format!("no mention has id \"{id}\""),
                ));
            }
        }
        Ok(())
    }

    fn qid(&self, at: &str, qid: &str) -> Result<(), FactsError> {
        if is_valid_qid(qid) {
            Ok(())
        } else {
            Err(error(
                at.into(),
                format!("\"{qid}\" is not a Wikidata item id (Q followed by digits)"),
            ))
        }
    }

    fn date(&self, at: &str, date: &DateValue) -> Result<(), FactsError> {
        if !is_valid_date(&date.value, date.precision) {
            return Err(error(
                format!("{at}.value"),
                format!(
                    "\"{}\" is not a valid date of precision {:?}",
                    date.value, date.precision
                ),
            ));
        }
        if let Some(mention) = &date.mention {
            if !self.mentions.contains(mention.as_str()) {
                return Err(error(
                    format!("{at}.mention"),
                    format!("no mention has id \"{mention}\""),
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_in_lowercase_hex() {
        assert_eq!(
            text_sha256("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn qids() {
        assert!(is_valid_qid("Q15031"));
        assert!(!is_valid_qid("Q"));
        assert!(!is_valid_qid("Q0123"));
        assert!(!is_valid_qid("P31"));
        assert!(!is_valid_qid("Q12a"));
    }

    #[test]
    fn dates() {
        assert!(is_valid_date("2026-05-20", DatePrecision::Day));
        assert!(!is_valid_date("2026-02-30", DatePrecision::Day));
        assert!(is_valid_date("2026-05", DatePrecision::Month));
        assert!(!is_valid_date("2026-13", DatePrecision::Month));
        assert!(is_valid_date("2001", DatePrecision::Year));
        assert!(!is_valid_date("2001", DatePrecision::Day));
    }

    #[test]
    fn local_ids() {
        assert!(is_valid_local_id("xi-jinping"));
        assert!(is_valid_local_id("e1.a_b"));
        assert!(!is_valid_local_id("Xi"));
        assert!(!is_valid_local_id("-x"));
        assert!(!is_valid_local_id("a b"));
    }

    fn minimal(text: &str) -> Facts {
        Facts {
            version: FACTS_VERSION.into(),
            document: Document {
                id: "doc".into(),
                lang: "en".into(),
                title: None,
                published: None,
                source_url: None,
                text_sha256: text_sha256(text),
                text: text.into(),
            },
            mentions: vec![],
            entities: vec![],
            roles: vec![],
            events: vec![],
            agreements: vec![],
            anniversaries: vec![],
        }
    }

    #[test]
    fn offsets_count_code_points() {
        let mut facts = minimal("قال بوتين");
        facts.mentions.push(Mention {
            id: "m1".into(),
            start: 4,
            end: 9,
            anchor: "بوتين".into(),
        });
        assert_eq!(facts.validate(), Ok(()));
        facts.mentions[0].end = 10;
        let err = facts.validate().expect_err("past the end");
        assert_eq!(err.path, "mentions[0].end");
    }

    #[test]
    fn type_errors_name_path_and_position() {
        let json = "{\"version\": \"diplokg-facts/1\",\n \"document\": {\"id\": 5}}";
        let err = Facts::from_json(json).expect_err("id is not a string");
        assert_eq!(err.path, "document.id");
        assert_eq!(err.position.map(|p| p.0), Some(2));
    }

    #[test]
    fn round_trip() {
        let facts = minimal("text");
        let again = Facts::from_json(&facts.to_json_pretty()).expect("valid");
        assert_eq!(facts, again);
    }
}
