//! The gazetteer: reference entities from `ontology/gazetteer/*.ttl` compiled into one matcher.
//!
//! Where it sits: extraction reads it at start-up ([`Gazetteer::bundled`], plus any user file via
//! [`Gazetteer::add_turtle`]) and asks it for every name in an article ([`Gazetteer::find`]).
//!
//! What it reads (see `ontology/README.md`): subjects typed `dk:Person`, `dk:Country`,
//! `dk:Organization` or `dk:Place` with `rdfs:label` and `skos:altLabel` per language and, for
//! countries, `dk:demonym` (nisba adjectives: "الروسي", "Russian", "俄罗斯", "российский");
//! `dk:Position` with `dk:roleType` (`dk:President`, ...) and `dk:roleOf`; `dk:Tenure` with
//! `dk:holder`, `dk:position`, `dk:start`, `dk:end`; `wdt:P39` (position held) on people;
//! `wdt:P36` (capital) on countries and `wdt:P17` (country) on national news agencies.
//! Subjects that are Wikidata entity IRIs carry their QID; others keep their IRI only.
//!
//! How names become patterns: every label, alias and demonym is normalised with
//! [`crate::text::normalize_label`]. Arabic patterns of non-persons may take the article (`ال`),
//! and those starting with the article get a `لل…` variant (`ل` + `ال` contract); Arabic demonyms
//! get their feminine, dual and plural forms (`صيني` → `صينية`, `صينيان`, `صينيين`, ...). Latin
//! labels of two to five capitals (acronyms such as `UN`, `AU`) match only when written in
//! capitals, so "us" is not the United States. Matching itself is [`crate::text::scan`]
//! (aho-corasick, then boundary checks, then leftmost-longest).

use crate::facts::{EntityKind, RoleKind};
use crate::text::{self, Clitics, Matcher, Normalized, PatternRule, Script, SourceText};
use crate::vocab::wdt;
use oxigraph::io::{RdfFormat, RdfParser, RdfSyntaxError};
use oxigraph::model::{NamedOrBlankNode, Term};
use std::collections::{HashMap, HashSet};

const DK: &str = "https://w3id.org/diplokg/ontology#";
const WD: &str = "http://www.wikidata.org/entity/";
const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const RDFS_LABEL: &str = "http://www.w3.org/2000/01/rdf-schema#label";
const SKOS_ALT_LABEL: &str = "http://www.w3.org/2004/02/skos/core#altLabel";
const SKOS_PREF_LABEL: &str = "http://www.w3.org/2004/02/skos/core#prefLabel";

/// Why a gazetteer could not be loaded: which file, where, and what.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum GazetteerError {
    /// A Turtle syntax error.
    #[error("{file}, line {line}, column {column}: invalid Turtle")]
    Syntax {
        /// File name as given to the loader.
        file: String,
        /// 1-based line of the error.
        line: u64,
        /// 1-based column (code points) of the error.
        column: u64,
        /// The parser's error.
        #[source]
        source: RdfSyntaxError,
    },
    /// A well-formed file whose content does not fit the gazetteer format.
    #[error("{file}: <{subject}>: {message}")]
    Invalid {
        /// File name as given to the loader.
        file: String,
        /// The subject IRI in question.
        subject: String,
        /// What is wrong.
        message: String,
    },
    /// The name matcher could not be built (too many or too long names).
    #[error("building the name matcher")]
    Matcher(#[source] aho_corasick::BuildError),
}

/// How a name is attached to its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LabelForm {
    /// `rdfs:label` (or `skos:prefLabel`): the preferred name.
    Label,
    /// `skos:altLabel`: another name, a short form or a transliteration variant.
    Alias,
    /// `dk:demonym`: the adjective of a country ("Russian", "الروسي").
    Demonym,
}

/// One name of a reference entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// Primary language subtag (`ar`, `en`, `zh`, `ru`), empty when untagged.
    pub lang: String,
    /// The name as written in the gazetteer.
    pub text: String,
    /// Label, alias or demonym.
    pub form: LabelForm,
}

/// A person, country, organisation or place of the gazetteer.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferenceEntity {
    /// Its IRI (a Wikidata entity IRI when it has a QID).
    pub iri: String,
    /// Wikidata item id, when the IRI is a Wikidata entity.
    pub qid: Option<String>,
    /// What it is.
    pub kind: EntityKind,
    /// Labels, aliases and demonyms in every language.
    pub labels: Vec<Label>,
}

impl ReferenceEntity {
    /// The preferred label in `lang`, if any.
    pub fn label(&self, lang: &str) -> Option<&str> {
        self.labels
            .iter()
            .find(|l| l.form == LabelForm::Label && l.lang == lang)
            .map(|l| l.text.as_str())
    }
}

/// An office such as "President of Russia" (`dk:Position`).
#[derive(Debug, Clone, PartialEq)]
pub struct Position {
    /// Its IRI.
    pub iri: String,
    /// Wikidata item id, when known.
    pub qid: Option<String>,
    /// Kind of role (`dk:roleType`).
    pub role: RoleKind,
    /// The country or organisation it belongs to (`dk:roleOf`), as an index into the entities.
    pub of: Option<usize>,
}

/// Somebody holding a position for a time (`dk:Tenure`, or `wdt:P39` without dates).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tenure {
    /// Index of the person.
    pub holder: usize,
    /// Index of the position.
    pub position: usize,
    /// First day (`YYYY-MM-DD`, or a shorter prefix), when known.
    pub start: Option<String>,
    /// Last day, when known (open when absent).
    pub end: Option<String>,
}

/// One gazetteer name found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameHit {
    /// Index of the entity ([`Gazetteer::entity`]).
    pub entity: usize,
    /// Which kind of name matched.
    pub form: LabelForm,
    /// Normalised byte span of the anchor.
    pub norm_start: usize,
    /// End of the normalised byte span.
    pub norm_end: usize,
    /// Code-point span of the anchor in the source text (clitics excluded, see [`crate::text`]).
    pub start: usize,
    /// End of the code-point span.
    pub end: usize,
    /// Arabic proclitics in front of the anchor.
    pub clitics: Clitics,
}

#[derive(Debug, Clone)]
struct Target {
    entity: usize,
    form: LabelForm,
    /// For acronyms: the label as written, which the source must reproduce exactly.
    exact: Option<String>,
    /// The Arabic diacritics the label is written with ([`text::arabic_marks`]): among the
    /// targets of one pattern, a text that writes diacritics gets the one that shares most.
    marks: Vec<(char, char)>,
}

/// The targets of each pattern, pattern after pattern, in one block: pattern `i` has
/// `list[ends[i]..ends[i + 1]]`. (The scan checks the targets of every name it finds, and finds
/// them in the caches more often in one block than in a list per pattern.)
#[derive(Debug, Clone, Default)]
struct Targets {
    list: Vec<Target>,
    /// Where each pattern's targets end in `list`, after a first 0.
    ends: Vec<u32>,
}

impl Targets {
    /// The lists of targets of the patterns, in one block.
    fn new(lists: Vec<Vec<Target>>) -> Self {
        let mut list = Vec::with_capacity(lists.iter().map(Vec::len).sum());
        let mut ends = Vec::with_capacity(lists.len() + 1);
        ends.push(0);
        for targets in lists {
            list.extend(targets);
            ends.push(u32::try_from(list.len()).unwrap_or(u32::MAX));
        }
        Self { list, ends }
    }

    /// The targets of pattern `i` (`None` past the last pattern).
    fn get(&self, i: usize) -> Option<&[Target]> {
        let (start, end) = (*self.ends.get(i)?, *self.ends.get(i + 1)?);
        self.list.get(start as usize..end as usize)
    }
}

/// Raw statements of one subject, gathered before the entities are compiled.
#[derive(Debug, Clone, Default)]
struct Raw {
    types: Vec<String>,
    labels: Vec<Label>,
    role_type: Option<String>,
    role_of: Option<String>,
    holder: Option<String>,
    position: Option<String>,
    start: Option<String>,
    end: Option<String>,
    held: Vec<String>,
    capitals: Vec<String>,
    country: Option<String>,
    file: String,
}

/// Reference entities, positions and tenures, with the compiled name matcher.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    raw: Vec<(String, Raw)>,
    raw_index: HashMap<String, usize>,
    entities: Vec<ReferenceEntity>,
    positions: Vec<Position>,
    tenures: Vec<Tenure>,
    country_of: HashMap<usize, usize>,
    entity_index: HashMap<String, usize>,
    patterns: Vec<String>,
    rules: Vec<PatternRule>,
    targets: Targets,
    matcher: Option<Matcher>,
}

impl Gazetteer {
    /// The gazetteer bundled into the binary ([`crate::reference::GAZETTEER_TTL`]).
    ///
    /// # Errors
    /// A [`GazetteerError`] naming the bundled file that does not parse.
    pub fn bundled() -> Result<Self, GazetteerError> {
        Self::from_turtle(crate::reference::GAZETTEER_TTL)
    }

    /// Builds a gazetteer from `(file name, Turtle)` pairs.
    ///
    /// # Errors
    /// A [`GazetteerError`] naming the file and position of the first problem.
    pub fn from_turtle(sources: &[(&str, &str)]) -> Result<Self, GazetteerError> {
        let mut gazetteer = Self::empty();
        for (name, turtle) in sources {
            gazetteer.read(name, turtle)?;
        }
        gazetteer.compile()?;
        Ok(gazetteer)
    }

    /// Adds the entities of one more Turtle file (e.g. a user's own) and recompiles the matcher.
    ///
    /// # Errors
    /// A [`GazetteerError`] naming the file and position; the gazetteer is unchanged then.
    pub fn add_turtle(&mut self, name: &str, turtle: &str) -> Result<(), GazetteerError> {
        let mut next = self.clone();
        next.read(name, turtle)?;
        next.compile()?;
        *self = next;
        Ok(())
    }

    /// The country an entity belongs to: `?entity wdt:P17 ?country` (a national news agency),
    /// or `?country wdt:P36 ?entity` (a capital).
    pub fn country_of(&self, entity: usize) -> Option<usize> {
        self.country_of.get(&entity).copied()
    }

    /// Number of reference entities (people, countries, organisations, places).
    pub fn len(&self) -> usize {
        self.entities.len()
    }

    /// True when there is no reference entity.
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }

    /// The entity at `index` (as found in a [`NameHit`]).
    pub fn entity(&self, index: usize) -> Option<&ReferenceEntity> {
        self.entities.get(index)
    }

    /// All reference entities.
    pub fn entities(&self) -> &[ReferenceEntity] {
        &self.entities
    }

    /// All positions.
    pub fn positions(&self) -> &[Position] {
        &self.positions
    }

    /// The position at `index`.
    pub fn position(&self, index: usize) -> Option<&Position> {
        self.positions.get(index)
    }

    /// The position of kind `role` belonging to the entity `of` (e.g. president of Russia).
    pub fn position_for(&self, role: RoleKind, of: usize) -> Option<usize> {
        self.positions
            .iter()
            .position(|p| p.role == role && p.of == Some(of))
    }

    /// Positions `person` holds (or held), with the tenure dates when known.
    pub fn tenures_of(&self, person: usize) -> impl Iterator<Item = &Tenure> + '_ {
        self.tenures.iter().filter(move |t| t.holder == person)
    }

    /// Who held `position` on `date` (`YYYY-MM-DD`), when exactly one tenure with dates covers it.
    pub fn holder_on(&self, position: usize, date: &str) -> Option<usize> {
        let mut found = None;
        for t in self.tenures.iter().filter(|t| t.position == position) {
            let Some(start) = &t.start else { continue };
            let started = start.as_str() <= date;
            let not_ended = t
                .end
                .as_deref()
                .is_none_or(|e| date <= e || date.starts_with(e));
            if started && not_ended {
                if found.is_some_and(|f| f != t.holder) {
                    return None;
                }
                found = Some(t.holder);
            }
        }
        found
    }

    /// Every gazetteer name in `text`, with code-point offsets (the same matching the extractor
    /// uses): `(start, end, entity IRI)`.
    pub fn matches(&self, text: &str) -> Vec<(usize, usize, String)> {
        let (normalized, source) = Normalized::with_source(text);
        self.find(&normalized, &source)
            .into_iter()
            .filter_map(|h| {
                self.entities
                    .get(h.entity)
                    .map(|e| (h.start, h.end, e.iri.clone()))
            })
            .collect()
    }

    /// Every gazetteer name in a normalised text (leftmost-longest, non-overlapping).
    pub fn find(&self, normalized: &Normalized, source: &SourceText<'_>) -> Vec<NameHit> {
        let Some(matcher) = &self.matcher else {
            return Vec::new();
        };
        // Source span -> the target chosen by the last hit there. The first target (0) is the
        // default, so it is written only over another choice.
        let mut chosen: HashMap<(usize, usize), usize> = HashMap::new();
        // Spans where the diacritics the text writes chose among several targets.
        let mut by_marks: Vec<(usize, usize)> = Vec::new();
        let hits = text::scan(
            matcher,
            normalized.as_str(),
            |p| self.rules.get(p).copied().unwrap_or_default(),
            |hit| {
                let Some(targets) = self.targets.get(hit.pattern) else {
                    return false;
                };
                let accepts = |t: &Target| match &t.exact {
                    None => true,
                    Some(exact) => {
                        let (cs, ce) = normalized.source_span(hit.core_start, hit.end);
                        source.slice(cs, ce) == exact
                    }
                };
                let mut ok = targets.iter().position(accepts);
                // "عمّان" (Amman) and "عمان" (Oman) normalise alike: the diacritics the text
                // writes choose the label that has them (the first target on a tie).
                if ok.is_some() && targets.iter().any(|t| !t.marks.is_empty()) {
                    let (cs, ce) = normalized.source_span(hit.core_start, hit.end);
                    let written = text::arabic_marks(source.slice(cs, ce));
                    if !written.is_empty() {
                        let shared = |t: &Target| {
                            let mut left = t.marks.clone();
                            written
                                .iter()
                                .filter(|m| {
                                    left.iter()
                                        .position(|l| l == *m)
                                        .map(|i| left.swap_remove(i))
                                        .is_some()
                                })
                                .count()
                        };
                        let mut best = (0, ok);
                        for (i, t) in targets.iter().enumerate().filter(|(_, t)| accepts(t)) {
                            let n = shared(t);
                            if n > best.0 {
                                best = (n, Some(i));
                            }
                        }
                        ok = best.1;
                        by_marks.push(normalized.source_span(hit.start, hit.end));
                    }
                }
                if let Some(i) = ok.filter(|&i| i != 0 || !chosen.is_empty()) {
                    let span = normalized.source_span(hit.start, hit.end);
                    if i != 0 || chosen.contains_key(&span) {
                        chosen.insert(span, i);
                    }
                }
                ok.is_some()
            },
        );
        // For each hit, its pattern when the pattern has several targets and the diacritics did
        // not choose among them.
        let mut open: Vec<Option<usize>> = Vec::new();
        let mut found: Vec<NameHit> = hits
            .into_iter()
            .filter_map(|h| {
                let (start, end) = normalized.source_span(h.start, h.end);
                if start >= end {
                    return None;
                }
                // Most texts choose no other target: no hashing then.
                let i = if chosen.is_empty() {
                    0
                } else {
                    chosen.get(&(start, end)).copied().unwrap_or(0)
                };
                let targets = self.targets.get(h.pattern)?;
                let target = targets.get(i)?;
                open.push(
                    (targets.len() > 1 && !by_marks.contains(&(start, end))).then_some(h.pattern),
                );
                Some(NameHit {
                    entity: target.entity,
                    form: target.form,
                    norm_start: h.start,
                    norm_end: h.end,
                    start,
                    end,
                    clitics: h.clitics,
                })
            })
            .collect();
        if open.iter().any(Option::is_some) {
            self.choose_by_context(&mut found, &open);
        }
        found
    }

    /// Where one name has several targets and the text's diacritics did not choose ("عمان": Oman
    /// or Amman), the article's other names do. They stand for themselves, their countries (a
    /// capital's, an agency's) and the countries of the offices people among them held. A target
    /// among those wins, then one whose country is (Amman where Jordan or its king is named and
    /// Oman is not); otherwise the first target stays.
    fn choose_by_context(&self, found: &mut [NameHit], open: &[Option<usize>]) {
        let mut named: HashSet<usize> = HashSet::new();
        for (hit, _) in found.iter().zip(open).filter(|(_, o)| o.is_none()) {
            named.insert(hit.entity);
            named.extend(self.country_of(hit.entity));
            named.extend(
                self.tenures_of(hit.entity)
                    .filter_map(|t| self.positions.get(t.position)?.of),
            );
        }
        let score = |entity: usize| {
            if named.contains(&entity) {
                2
            } else if self.country_of(entity).is_some_and(|c| named.contains(&c)) {
                1
            } else {
                0
            }
        };
        for (hit, pattern) in found.iter_mut().zip(open) {
            let Some(targets) = pattern.and_then(|p| self.targets.get(p)) else {
                continue;
            };
            let mut best = score(hit.entity);
            // (An acronym's target needs its exact spelling, checked by the scan: left alone.)
            for t in targets.iter().filter(|t| t.exact.is_none()) {
                if score(t.entity) > best {
                    best = score(t.entity);
                    hit.entity = t.entity;
                    hit.form = t.form;
                }
            }
        }
    }

    fn empty() -> Self {
        Self {
            raw: Vec::new(),
            raw_index: HashMap::new(),
            entities: Vec::new(),
            positions: Vec::new(),
            tenures: Vec::new(),
            country_of: HashMap::new(),
            entity_index: HashMap::new(),
            patterns: Vec::new(),
            rules: Vec::new(),
            targets: Targets::default(),
            matcher: None,
        }
    }

    /// Parses one Turtle file into raw statements.
    fn read(&mut self, file: &str, turtle: &str) -> Result<(), GazetteerError> {
        for quad in RdfParser::from_format(RdfFormat::Turtle).for_slice(turtle.as_bytes()) {
            let quad = quad.map_err(|source| {
                let (line, column) = source
                    .location()
                    .map_or((0, 0), |l| (l.start.line + 1, l.start.column + 1));
                GazetteerError::Syntax {
                    file: file.to_owned(),
                    line,
                    column,
                    source,
                }
            })?;
            let NamedOrBlankNode::NamedNode(subject) = &quad.subject else {
                continue;
            };
            let subject = subject.as_str();
            let index = match self.raw_index.get(subject) {
                Some(&i) => i,
                None => {
                    self.raw.push((
                        subject.to_owned(),
                        Raw {
                            file: file.to_owned(),
                            ..Raw::default()
                        },
                    ));
                    self.raw_index
                        .insert(subject.to_owned(), self.raw.len() - 1);
                    self.raw.len() - 1
                }
            };
            let raw = &mut self.raw[index].1;
            let predicate = quad.predicate.as_str();
            match (&quad.object, predicate) {
                (Term::NamedNode(o), RDF_TYPE) => raw.types.push(o.as_str().to_owned()),
                (Term::Literal(l), RDFS_LABEL | SKOS_PREF_LABEL | SKOS_ALT_LABEL) => {
                    let form = if predicate == SKOS_ALT_LABEL {
                        LabelForm::Alias
                    } else {
                        LabelForm::Label
                    };
                    raw.labels.push(label(l.language(), l.value(), form));
                }
                (Term::Literal(l), p) if p == format!("{DK}demonym") => {
                    raw.labels
                        .push(label(l.language(), l.value(), LabelForm::Demonym));
                }
                (Term::NamedNode(o), p) if p == format!("{DK}roleType") => {
                    raw.role_type = Some(o.as_str().to_owned())
                }
                (Term::NamedNode(o), p) if p == format!("{DK}roleOf") => {
                    raw.role_of = Some(o.as_str().to_owned())
                }
                (Term::NamedNode(o), p) if p == format!("{DK}holder") => {
                    raw.holder = Some(o.as_str().to_owned())
                }
                (Term::NamedNode(o), p) if p == format!("{DK}position") => {
                    raw.position = Some(o.as_str().to_owned())
                }
                (Term::Literal(l), p) if p == format!("{DK}start") => {
                    raw.start = Some(l.value().to_owned())
                }
                (Term::Literal(l), p) if p == format!("{DK}end") => {
                    raw.end = Some(l.value().to_owned())
                }
                (Term::NamedNode(o), p) if p == wdt::POSITION_HELD.as_str() => {
                    raw.held.push(o.as_str().to_owned())
                }
                (Term::NamedNode(o), p) if p == wdt::CAPITAL.as_str() => {
                    raw.capitals.push(o.as_str().to_owned())
                }
                (Term::NamedNode(o), p) if p == wdt::COUNTRY.as_str() => {
                    raw.country = Some(o.as_str().to_owned())
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Turns the raw statements into entities, positions, tenures and the matcher.
    fn compile(&mut self) -> Result<(), GazetteerError> {
        self.entities.clear();
        self.positions.clear();
        self.tenures.clear();
        self.country_of.clear();
        self.entity_index.clear();
        for (iri, raw) in &self.raw {
            let kind = raw.types.iter().find_map(|t| match t.strip_prefix(DK)? {
                "Person" => Some(EntityKind::Person),
                "Country" => Some(EntityKind::Country),
                "Organization" => Some(EntityKind::Organization),
                "Place" => Some(EntityKind::Place),
                _ => None,
            });
            if let Some(kind) = kind {
                self.entity_index.insert(iri.clone(), self.entities.len());
                self.entities.push(ReferenceEntity {
                    iri: iri.clone(),
                    qid: qid_of(iri),
                    kind,
                    labels: raw.labels.clone(),
                });
            }
        }
        let mut position_index: HashMap<&str, usize> = HashMap::new();
        for (iri, raw) in &self.raw {
            if !raw
                .types
                .iter()
                .any(|t| t.strip_prefix(DK) == Some("Position"))
            {
                continue;
            }
            let Some(role_type) = &raw.role_type else {
                return Err(invalid(raw, iri, "a dk:Position needs a dk:roleType"));
            };
            let Some(role) = role_kind(role_type) else {
                return Err(invalid(
                    raw,
                    iri,
                    &format!("unknown role type <{role_type}>"),
                ));
            };
            let of = raw
                .role_of
                .as_ref()
                .and_then(|o| self.entity_index.get(o).copied());
            position_index.insert(iri.as_str(), self.positions.len());
            self.positions.push(Position {
                iri: iri.clone(),
                qid: qid_of(iri),
                role,
                of,
            });
        }
        for (iri, raw) in &self.raw {
            if !raw
                .types
                .iter()
                .any(|t| t.strip_prefix(DK) == Some("Tenure"))
            {
                continue;
            }
            let holder = raw
                .holder
                .as_ref()
                .and_then(|h| self.entity_index.get(h).copied());
            let position = raw
                .position
                .as_ref()
                .and_then(|p| position_index.get(p.as_str()).copied());
            match (holder, position) {
                (Some(holder), Some(position)) => self.tenures.push(Tenure {
                    holder,
                    position,
                    start: raw.start.clone(),
                    end: raw.end.clone(),
                }),
                _ => {
                    tracing::debug!(tenure = %iri, "tenure with an unknown holder or position ignored")
                }
            }
        }
        // `wdt:P39` without a dated tenure: a position held, dates unknown.
        for (iri, raw) in &self.raw {
            let Some(&holder) = self.entity_index.get(iri) else {
                continue;
            };
            for held in &raw.held {
                if let Some(&position) = position_index.get(held.as_str()) {
                    if !self
                        .tenures
                        .iter()
                        .any(|t| t.holder == holder && t.position == position)
                    {
                        self.tenures.push(Tenure {
                            holder,
                            position,
                            start: None,
                            end: None,
                        });
                    }
                }
            }
        }
        // `?entity wdt:P17 ?country` and `?country wdt:P36 ?capital`.
        for (iri, raw) in &self.raw {
            let Some(&entity) = self.entity_index.get(iri) else {
                continue;
            };
            if let Some(&country) = raw.country.as_ref().and_then(|c| self.entity_index.get(c)) {
                self.country_of.insert(entity, country);
            }
            for capital in &raw.capitals {
                if let Some(&place) = self.entity_index.get(capital) {
                    self.country_of.insert(place, entity);
                }
            }
        }
        self.build_matcher()
    }

    fn build_matcher(&mut self) -> Result<(), GazetteerError> {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut rules: Vec<PatternRule> = Vec::new();
        let mut targets: Vec<Vec<Target>> = Vec::new();
        let mut add = |pattern: String, rule: PatternRule, target: Target| {
            let i = *index.entry(pattern.clone()).or_insert_with(|| {
                patterns.push(pattern);
                rules.push(PatternRule::default());
                targets.push(Vec::new());
                patterns.len() - 1
            });
            rules[i].article_ok |= rule.article_ok;
            rules[i].open_end |= rule.open_end;
            if !targets[i].iter().any(|t| {
                t.entity == target.entity
                    && t.form == target.form
                    && t.exact == target.exact
                    && t.marks == target.marks
            }) {
                targets[i].push(target);
            }
        };
        for (e, entity) in self.entities.iter().enumerate() {
            for l in &entity.labels {
                let normalized = text::normalize_label(&l.text);
                let Some(first) = normalized.chars().next() else {
                    continue;
                };
                let script = text::script_of(first);
                let letters = normalized.chars().filter(|c| c.is_alphanumeric()).count();
                if letters == 0 || (letters < 2 && script != Script::Cjk) {
                    continue;
                }
                let acronym = (2..=5).contains(&l.text.chars().count())
                    && l.text
                        .chars()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                    && l.text.chars().any(|c| c.is_ascii_uppercase());
                let exact = acronym.then(|| l.text.clone());
                let target = Target {
                    entity: e,
                    form: l.form,
                    exact,
                    marks: if script == Script::Arabic {
                        text::arabic_marks(&l.text)
                    } else {
                        Vec::new()
                    },
                };
                if script == Script::Arabic {
                    let article_ok = entity.kind != EntityKind::Person;
                    let rule = PatternRule {
                        open_end: false,
                        article_ok,
                    };
                    let base = normalized
                        .strip_prefix("ال")
                        .filter(|b| b.chars().count() >= 2);
                    let mut forms: Vec<String> = vec![normalized.clone()];
                    if l.form == LabelForm::Demonym {
                        let stem = base.unwrap_or(&normalized).to_owned();
                        forms = arabic_nisba_forms(&stem);
                        if base.is_some() || !article_ok {
                            forms.push(normalized.clone());
                        }
                    }
                    for form in forms {
                        if let Some(rest) = form.strip_prefix("ال") {
                            if article_ok || l.form != LabelForm::Demonym {
                                add(format!("لل{rest}"), rule, target.clone());
                            }
                        }
                        add(form, rule, target.clone());
                    }
                } else {
                    // "Вьетнам" loses "ам" to the stemmer, "Вьетнама" only "а": a Russian name
                    // ending in a consonant is also matched in its oblique cases, whose stem is
                    // the whole name.
                    let consonant = l.text.chars().last().is_some_and(|c| {
                        text::script_of(c) == Script::Cyrillic
                            && c.is_alphabetic()
                            && !"аеёиоуыэюяьйъАЕЁИОУЫЭЮЯЬЙЪ".contains(c)
                    });
                    let oblique = text::normalize_label(&format!("{}а", l.text));
                    if consonant && oblique != normalized {
                        add(oblique, PatternRule::default(), target.clone());
                    }
                    add(normalized, PatternRule::default(), target);
                }
            }
        }
        self.matcher = if patterns.is_empty() {
            None
        } else {
            Some(Matcher::new(&patterns).map_err(GazetteerError::Matcher)?)
        };
        self.patterns = patterns;
        self.rules = rules;
        self.targets = Targets::new(targets);
        Ok(())
    }
}

/// Forms of an Arabic nisba adjective (normalised, without the article): `صيني` gives `صيني`,
/// `صينيه` (feminine), `صينيان`, `صينيين`, `صينيون`, `صينيتان`, `صينيتين`, `صينيات`.
fn arabic_nisba_forms(stem: &str) -> Vec<String> {
    let mut forms = vec![stem.to_owned()];
    if stem.ends_with('ي') {
        for suffix in ["ه", "ان", "ين", "ون", "تان", "تين", "ات"] {
            forms.push(format!("{stem}{suffix}"));
        }
    }
    forms
}

fn label(language: Option<&str>, value: &str, form: LabelForm) -> Label {
    let lang = language
        .unwrap_or("")
        .split('-')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    Label {
        lang,
        text: value.to_owned(),
        form,
    }
}

fn qid_of(iri: &str) -> Option<String> {
    iri.strip_prefix(WD)
        .filter(|q| crate::facts::is_valid_qid(q))
        .map(str::to_owned)
}

fn invalid(raw: &Raw, subject: &str, message: &str) -> GazetteerError {
    GazetteerError::Invalid {
        file: raw.file.clone(),
        subject: subject.to_owned(),
        message: message.to_owned(),
    }
}

/// `dk:ForeignMinister` → [`RoleKind::ForeignMinister`] (the local name in kebab case is the
/// facts spelling).
fn role_kind(iri: &str) -> Option<RoleKind> {
    let local = iri.strip_prefix(DK)?;
    let mut kebab = String::with_capacity(local.len() + 4);
    for (i, c) in local.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                kebab.push('-');
            }
            kebab.push(c.to_ascii_lowercase());
        } else {
            kebab.push(c);
        }
    }
    serde_json::from_value(serde_json::Value::String(kebab)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TTL: &str = r#"
@prefix dk: <https://w3id.org/diplokg/ontology#> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix wdt: <http://www.wikidata.org/prop/direct/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
wd:Q7747 a dk:Person ; rdfs:label "Vladimir Putin"@en , "فلاديمير بوتين"@ar ; skos:altLabel "بوتين"@ar , "Putin"@en , "Путин"@ru ; wdt:P39 wd:Q218295 .
wd:Q159 a dk:Country ; rdfs:label "Russia"@en , "روسيا"@ar , "Россия"@ru ; skos:altLabel "روسيا الاتحادية"@ar ; dk:demonym "الروسي"@ar , "Russian"@en .
wd:Q148 a dk:Country ; rdfs:label "China"@en , "الصين"@ar ; dk:demonym "الصيني"@ar .
wd:Q1065 a dk:Organization ; rdfs:label "United Nations"@en , "الأمم المتحدة"@ar ; skos:altLabel "UN"@en .
wd:Q243630 a dk:Organization ; rdfs:label "BRICS"@en ; skos:altLabel "بريكس"@ar .
wd:Q218295 a dk:Position ; dk:roleType dk:President ; dk:roleOf wd:Q159 .
<https://w3id.org/diplokg/resource/tenure/putin> a dk:Tenure ; dk:holder wd:Q7747 ; dk:position wd:Q218295 ; dk:start "2012-05-07"^^xsd:date .
"#;

    fn names(g: &Gazetteer, text: &str) -> Vec<(String, String)> {
        let chars: Vec<char> = text.chars().collect();
        g.matches(text)
            .into_iter()
            .map(|(s, e, iri)| {
                (
                    chars[s..e].iter().collect(),
                    iri.rsplit('/').next().unwrap_or("").to_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn loads_entities_positions_and_tenures() {
        let g = Gazetteer::from_turtle(&[("test.ttl", TTL)]).expect("valid");
        assert_eq!(g.len(), 5);
        let putin = g
            .entities()
            .iter()
            .position(|e| e.qid.as_deref() == Some("Q7747"))
            .expect("putin");
        let russia = g
            .entities()
            .iter()
            .position(|e| e.qid.as_deref() == Some("Q159"))
            .expect("russia");
        let p = g
            .position_for(RoleKind::President, russia)
            .expect("position");
        assert_eq!(
            g.position(p).and_then(|p| p.qid.as_deref()),
            Some("Q218295")
        );
        assert_eq!(g.holder_on(p, "2026-05-20"), Some(putin));
        assert_eq!(g.holder_on(p, "2001-01-01"), None);
        assert_eq!(g.tenures_of(putin).count(), 1);
    }

    #[test]
    fn finds_names_with_clitics_demonyms_and_acronyms() {
        let g = Gazetteer::from_turtle(&[("test.ttl", TTL)]).expect("valid");
        assert_eq!(
            names(
                &g,
                "الرئيس الروسي فلاديمير بوتين ووبوتين والعلاقات الصينية الروسية"
            ),
            vec![
                ("الروسي".into(), "Q159".into()),
                ("فلاديمير بوتين".into(), "Q7747".into()),
                ("الصينية".into(), "Q148".into()),
                ("الروسية".into(), "Q159".into()),
            ]
        );
        assert_eq!(
            names(&g, "دول البريكس وللأمم المتحدة"),
            vec![
                ("البريكس".into(), "Q243630".into()),
                ("للأمم المتحدة".into(), "Q1065".into())
            ]
        );
        assert_eq!(
            names(&g, "the UN told us"),
            vec![("UN".into(), "Q1065".into())]
        );
        assert_eq!(
            names(&g, "встреча с Путиным"),
            vec![("Путиным".into(), "Q7747".into())]
        );
    }

    #[test]
    fn errors_name_file_and_position() {
        let err = Gazetteer::from_turtle(&[(
            "bad.ttl",
            "<http://a> <http://b> \"c\" .\n<http://a> <http://b> \"c\" ;;",
        )])
        .expect_err("invalid");
        let message = err.to_string();
        assert!(message.starts_with("bad.ttl, line 2"), "{message}");
        let err = Gazetteer::from_turtle(&[(
            "pos.ttl",
            "<http://x/p> a <https://w3id.org/diplokg/ontology#Position> .",
        )])
        .expect_err("no role type");
        assert!(err.to_string().contains("pos.ttl"), "{err}");
    }

    #[test]
    fn add_turtle_keeps_the_old_state_on_error() {
        let mut g = Gazetteer::from_turtle(&[("test.ttl", TTL)]).expect("valid");
        assert!(g.add_turtle("bad.ttl", "<a> <b>").is_err());
        assert_eq!(g.len(), 5);
        g.add_turtle(
            "mine.ttl",
            "<http://example.org/x> a <https://w3id.org/diplokg/ontology#Place> ; <http://www.w3.org/2000/01/rdf-schema#label> \"Xland\"@en .",
        )
        .expect("valid");
        assert_eq!(g.len(), 6);
        assert_eq!(names(&g, "in Xland"), vec![("Xland".into(), "x".into())]);
    }
}
