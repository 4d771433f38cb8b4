//! Builds gazetteer files from Wikidata: the queries of `ontology/gazetteer/queries/*.rq` sent to
//! a SPARQL endpoint, their results turned into the Turtle that [`crate::gazetteer`] reads.
//!
//! Where it sits: outside the article pipeline. `diplokg gazetteer build` runs it once in a while
//! (heads of government change); extraction then reads the files it wrote (`ingest --gazetteer`),
//! next to the hand-verified bundled ones, which it never overwrites: its files are named
//! `built-*.ttl` ([`BuiltGazetteer::write_to`]).
//!
//! Choices made here:
//! - Queries are plain SPARQL 1.1 SELECTs (no `SERVICE wikibase:label`, which only the Wikidata
//!   Query Service has), so a mirror of Wikidata's RDF or a test store answers them too. Each
//!   file's header comment says what it selects and which columns it returns.
//! - The request is a POST of `query=` (`application/x-www-form-urlencoded`, as the SPARQL 1.1
//!   Protocol allows and as long queries need) with a descriptive `User-Agent`, which the WDQS
//!   policy requires; the results format follows the response's `Content-Type` (JSON asked).
//! - Every query runs and every file is checked with the gazetteer loader before anything is
//!   written, and files are written to temporary names then renamed: a failed build leaves the
//!   output directory as it was.
//! - Tenures are the Wikidata statement nodes (`wds:…`) typed `dk:Tenure`; a statement that is a
//!   blank node still gives `wdt:P39`, an undated tenure. Dates keep Wikidata's precision: day
//!   (`xsd:date`), month (`xsd:gYearMonth`) or year (`xsd:gYear`).
//! - Triples are sorted before they are written, so a rebuild from unchanged data gives the same
//!   bytes.

use crate::gazetteer::{Gazetteer, GazetteerError};
use crate::vocab::{dk, wd, wdt};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{Graph, Literal, NamedNode, NamedNodeRef, Term, TripleRef};
use oxigraph::sparql::QuerySolution;
use oxigraph::sparql::results::{
    QueryResultsFormat, QueryResultsParseError, QueryResultsParser, ReaderQueryResultsParserOutput,
};
use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The Wikidata Query Service endpoint.
pub const WIKIDATA_ENDPOINT: &str = "https://query.wikidata.org/sparql";

const SKOS_ALT_LABEL: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("http://www.w3.org/2004/02/skos/core#altLabel");
/// Wikidata P1549, "demonym".
const WDT_DEMONYM: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("http://www.wikidata.org/prop/direct/P1549");
const DK_PERSON: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("https://w3id.org/diplokg/ontology#Person");
const DK_COUNTRY: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("https://w3id.org/diplokg/ontology#Country");
const DK_ORGANIZATION: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("https://w3id.org/diplokg/ontology#Organization");
const DK_PLACE: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("https://w3id.org/diplokg/ontology#Place");
const DK_POSITION: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("https://w3id.org/diplokg/ontology#Position");
const DK_TENURE: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("https://w3id.org/diplokg/ontology#Tenure");
const DK_DEMONYM: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("https://w3id.org/diplokg/ontology#demonym");
const DK_START: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("https://w3id.org/diplokg/ontology#start");
const DK_END: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("https://w3id.org/diplokg/ontology#end");

/// Role types `positions.rq` may bind, from the most to the least important: an office that is
/// both a head of state's and a head of government's keeps the first.
const ROLE_TYPES: [&str; 4] = ["Monarch", "President", "PrimeMinister", "ForeignMinister"];

/// The largest response accepted for one query (the people query of WDQS is a few MB).
const MAX_RESPONSE_BYTES: u64 = 512 * 1024 * 1024;

/// What a query's rows become.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Countries,
    Capitals,
    Organizations,
    Positions,
    Tenures,
    People,
}

impl Kind {
    /// The variables each row must have (others may be unbound).
    fn columns(self) -> &'static [&'static str] {
        match self {
            Self::Countries | Self::People => &["item", "p", "name"],
            Self::Capitals => &["country", "item", "p", "name"],
            Self::Organizations => &["item", "org", "p", "name"],
            Self::Positions => &["position", "country", "role", "p", "name"],
            Self::Tenures => &[
                "person",
                "position",
                "statement",
                "start",
                "startPrecision",
                "end",
                "endPrecision",
            ],
        }
    }
}

/// One query file of `ontology/gazetteer/queries/` and the gazetteer file its results go to.
#[derive(Debug, Clone, Copy)]
pub struct GazetteerQuery {
    /// File name, e.g. `countries.rq`.
    pub file: &'static str,
    /// The SPARQL text (the file, embedded at build time).
    pub sparql: &'static str,
    /// The gazetteer file written from its results, e.g. `built-countries.ttl`.
    pub output: &'static str,
    kind: Kind,
}

/// The queries, in the order they run.
pub const QUERIES: [GazetteerQuery; 6] = [
    GazetteerQuery {
        file: "countries.rq",
        sparql: include_str!("../ontology/gazetteer/queries/countries.rq"),
        output: "built-countries.ttl",
        kind: Kind::Countries,
    },
    GazetteerQuery {
        file: "capitals.rq",
        sparql: include_str!("../ontology/gazetteer/queries/capitals.rq"),
        output: "built-places.ttl",
        kind: Kind::Capitals,
    },
    GazetteerQuery {
        file: "organizations.rq",
        sparql: include_str!("../ontology/gazetteer/queries/organizations.rq"),
        output: "built-organizations.ttl",
        kind: Kind::Organizations,
    },
    GazetteerQuery {
        file: "positions.rq",
        sparql: include_str!("../ontology/gazetteer/queries/positions.rq"),
        output: "built-positions.ttl",
        kind: Kind::Positions,
    },
    GazetteerQuery {
        file: "tenures.rq",
        sparql: include_str!("../ontology/gazetteer/queries/tenures.rq"),
        output: "built-people.ttl",
        kind: Kind::Tenures,
    },
    GazetteerQuery {
        file: "people.rq",
        sparql: include_str!("../ontology/gazetteer/queries/people.rq"),
        output: "built-people.ttl",
        kind: Kind::People,
    },
];

/// Why a build failed: which endpoint and query file, and what happened.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    /// No answer: the endpoint is unreachable, the connection failed or timed out.
    #[error("{endpoint}: query {query}: no answer")]
    Request {
        /// The endpoint URL.
        endpoint: String,
        /// The query file.
        query: &'static str,
        /// The HTTP client's error.
        #[source]
        source: Box<ureq::Error>,
    },
    /// The endpoint answered with an error status.
    #[error("{endpoint}: query {query}: HTTP {status}: {body}")]
    Status {
        /// The endpoint URL.
        endpoint: String,
        /// The query file.
        query: &'static str,
        /// The HTTP status code.
        status: u16,
        /// The start of the response body (the endpoint's message).
        body: String,
    },
    /// The response is not a SPARQL results document of the kind expected.
    #[error("{endpoint}: query {query}: invalid SPARQL results ({content_type})")]
    Results {
        /// The endpoint URL.
        endpoint: String,
        /// The query file.
        query: &'static str,
        /// The response's `Content-Type`.
        content_type: String,
        /// The results parser's error.
        #[source]
        source: Box<QueryResultsParseError>,
    },
    /// The results lack a variable the query file promises, or are a boolean.
    #[error("{endpoint}: query {query}: {message}")]
    Shape {
        /// The endpoint URL.
        endpoint: String,
        /// The query file.
        query: &'static str,
        /// What is missing.
        message: String,
    },
    /// The built files do not load as a gazetteer (a bug, or a query edited into a wrong shape).
    #[error("the built gazetteer does not load")]
    Invalid(#[source] Box<GazetteerError>),
    /// A file could not be written.
    #[error("writing {}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: io::Error,
    },
}

/// How to talk to the endpoint.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Timeout of each query, from connection to the last byte.
    pub timeout: Duration,
    /// The `User-Agent` header ([`default_user_agent`]).
    pub user_agent: String,
}

impl Default for BuildOptions {
    fn default() -> Self {
        Self {
            timeout: Duration::from_secs(300),
            user_agent: default_user_agent(),
        }
    }
}

/// `diplokg/VERSION (https://w3id.org/diplokg/; gazetteer build)`: names the tool and where
/// it is from, as the [Wikimedia User-Agent policy](https://meta.wikimedia.org/wiki/User-Agent_policy)
/// asks.
pub fn default_user_agent() -> String {
    format!(
        "diplokg/{} (https://w3id.org/diplokg/; gazetteer build)",
        env!("CARGO_PKG_VERSION")
    )
}

/// One gazetteer file: its name and triples.
#[derive(Debug, Clone)]
pub struct BuiltFile {
    /// File name, e.g. `built-countries.ttl`.
    pub name: &'static str,
    /// The query files its triples come from.
    pub queries: Vec<&'static str>,
    /// Its triples.
    pub graph: Graph,
}

/// The gazetteer files built from one endpoint.
#[derive(Debug, Clone)]
pub struct BuiltGazetteer {
    /// The endpoint queried.
    pub endpoint: String,
    /// The files, in [`QUERIES`] order.
    pub files: Vec<BuiltFile>,
}

/// Runs every query of [`QUERIES`] against `endpoint` and builds the gazetteer files.
///
/// Nothing is written: see [`BuiltGazetteer::write_to`].
///
/// # Errors
/// A [`BuildError`] naming the endpoint and query file when a request fails, the endpoint
/// answers with an error status or results of the wrong shape; [`BuildError::Invalid`] when
/// the files would not load as a gazetteer.
pub fn build(endpoint: &str, options: &BuildOptions) -> Result<BuiltGazetteer, BuildError> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(options.timeout))
        .user_agent(options.user_agent.as_str())
        .http_status_as_error(false)
        .build()
        .into();
    let mut builder = Builder::default();
    for query in &QUERIES {
        tracing::info!(endpoint, query = query.file, "running");
        let solutions = fetch(&agent, endpoint, query)?;
        tracing::info!(query = query.file, rows = solutions.len(), "answered");
        builder.add(query, &solutions);
    }
    let built = builder.finish(endpoint);
    built.check()?;
    Ok(built)
}

impl BuiltGazetteer {
    /// The file `name`, if built.
    pub fn file(&self, name: &str) -> Option<&BuiltFile> {
        self.files.iter().find(|f| f.name == name)
    }

    /// Each file as Turtle, with a comment header naming the endpoint and queries.
    ///
    /// # Errors
    /// An I/O error from the Turtle serializer (none is expected when writing to memory).
    pub fn to_turtle(&self) -> io::Result<Vec<(&'static str, Vec<u8>)>> {
        self.files
            .iter()
            .map(|file| Ok((file.name, file.to_turtle(&self.endpoint)?)))
            .collect()
    }

    /// Checks that the files load with [`Gazetteer::from_turtle`], as extraction will load them.
    ///
    /// # Errors
    /// [`BuildError::Invalid`] with the loader's error.
    pub fn check(&self) -> Result<(), BuildError> {
        let turtle = self.to_turtle().map_err(|source| BuildError::Write {
            path: PathBuf::from("(memory)"),
            source,
        })?;
        let texts: Vec<(&str, String)> = turtle
            .iter()
            .map(|(name, bytes)| (*name, String::from_utf8_lossy(bytes).into_owned()))
            .collect();
        let sources: Vec<(&str, &str)> = texts.iter().map(|(n, t)| (*n, t.as_str())).collect();
        Gazetteer::from_turtle(&sources).map_err(|e| BuildError::Invalid(Box::new(e)))?;
        Ok(())
    }

    /// Writes the files into `dir` (created when missing) and returns their paths.
    ///
    /// Each file goes to a temporary name in `dir` first; only when all are written are they
    /// renamed, so an error leaves no half-written file (and removes the temporary ones).
    ///
    /// # Errors
    /// [`BuildError::Write`] naming the file.
    pub fn write_to(&self, dir: &Path) -> Result<Vec<PathBuf>, BuildError> {
        let write_error = |path: &Path| {
            let path = path.to_owned();
            move |source| BuildError::Write { path, source }
        };
        fs::create_dir_all(dir).map_err(write_error(dir))?;
        let turtle = self.to_turtle().map_err(write_error(dir))?;
        let mut staged: Vec<(PathBuf, PathBuf)> = Vec::new();
        let result = (|| {
            for (name, bytes) in &turtle {
                let target = dir.join(name);
                let temporary = dir.join(format!(".{name}.{}.tmp", std::process::id()));
                staged.push((temporary.clone(), target));
                let mut file = fs::File::create(&temporary).map_err(write_error(&temporary))?;
                file.write_all(bytes)
                    .and_then(|()| file.sync_all())
                    .map_err(write_error(&temporary))?;
            }
            for (temporary, target) in &staged {
                fs::rename(temporary, target).map_err(write_error(target))?;
            }
            Ok(())
        })();
        if result.is_err() {
            for (temporary, _) in &staged {
                // Best effort: the file may not exist (failed creation) or be renamed already.
                let _ = fs::remove_file(temporary);
            }
        }
        result.map(|()| staged.into_iter().map(|(_, target)| target).collect())
    }
}

impl BuiltFile {
    fn to_turtle(&self, endpoint: &str) -> io::Result<Vec<u8>> {
        let mut out = Vec::new();
        let endpoint: String = endpoint.chars().filter(|c| !c.is_control()).collect();
        writeln!(
            out,
            "# Built by `diplokg gazetteer build` (diplokg {}) from {endpoint}\n\
             # with ontology/gazetteer/queries/{}. Rebuild rather than edit: hand-verified entities\n\
             # belong in the bundled files (countries.ttl, people.ttl, ...).",
            env!("CARGO_PKG_VERSION"),
            self.queries.join(", ")
        )?;
        let mut serializer = RdfSerializer::from_format(RdfFormat::Turtle);
        for (prefix, iri) in [
            ("dk", dk::NAMESPACE),
            ("wd", wd::NAMESPACE),
            ("wds", "http://www.wikidata.org/entity/statement/"),
            ("wdt", wdt::NAMESPACE),
            ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            ("skos", "http://www.w3.org/2004/02/skos/core#"),
            ("xsd", "http://www.w3.org/2001/XMLSchema#"),
        ] {
            serializer = serializer
                .with_prefix(prefix, iri)
                .expect("the prefix IRIs are valid");
        }
        let mut writer = serializer.for_writer(out);
        let mut triples: Vec<TripleRef<'_>> = self.graph.iter().collect();
        triples.sort_by_cached_key(|t| {
            (
                t.subject.to_string(),
                t.predicate != rdf::TYPE,
                t.predicate.to_string(),
                t.object.to_string(),
            )
        });
        for triple in triples {
            writer.serialize_triple(triple)?;
        }
        writer.finish()
    }
}

/// Gathers the triples of every file while the query results come in.
#[derive(Debug, Default)]
struct Builder {
    files: Vec<BuiltFile>,
    /// Office → (role rank in [`ROLE_TYPES`], country): resolved in [`Builder::finish`].
    positions: BTreeMap<NamedNode, (usize, NamedNode)>,
}

impl Builder {
    /// Index of the file `query` writes to, added when new.
    fn file_index(&mut self, query: &GazetteerQuery) -> usize {
        let index = match self.files.iter().position(|f| f.name == query.output) {
            Some(i) => i,
            None => {
                self.files.push(BuiltFile {
                    name: query.output,
                    queries: Vec::new(),
                    graph: Graph::new(),
                });
                self.files.len() - 1
            }
        };
        let file = &mut self.files[index];
        if !file.queries.contains(&query.file) {
            file.queries.push(query.file);
        }
        index
    }

    fn add(&mut self, query: &GazetteerQuery, solutions: &[QuerySolution]) {
        let index = self.file_index(query);
        let mut skipped = 0usize;
        for row in solutions {
            let graph = &mut self.files[index].graph;
            let used = match query.kind {
                Kind::Countries => add_named(graph, row, "item", DK_COUNTRY, true),
                Kind::People => add_named(graph, row, "item", DK_PERSON, false),
                Kind::Capitals => add_capital(graph, row),
                Kind::Organizations => add_organization(graph, row),
                Kind::Positions => add_position(&mut self.positions, graph, row),
                Kind::Tenures => add_tenure(graph, row),
            };
            if !used {
                skipped += 1;
            }
        }
        if skipped > 0 {
            tracing::debug!(
                query = query.file,
                skipped,
                "rows without the expected terms"
            );
        }
    }

    fn finish(mut self, endpoint: &str) -> BuiltGazetteer {
        let outputs: Vec<&str> = QUERIES
            .iter()
            .filter(|q| q.kind == Kind::Positions)
            .map(|q| q.output)
            .collect();
        if let Some(file) = self.files.iter_mut().find(|f| outputs.contains(&f.name)) {
            for (position, (rank, country)) in &self.positions {
                let role =
                    NamedNode::new_unchecked(format!("{}{}", dk::NAMESPACE, ROLE_TYPES[*rank]));
                file.graph
                    .insert(TripleRef::new(position, rdf::TYPE, DK_POSITION));
                file.graph
                    .insert(TripleRef::new(position, dk::ROLE_TYPE, &role));
                file.graph
                    .insert(TripleRef::new(position, dk::ROLE_OF, country));
            }
        }
        BuiltGazetteer {
            endpoint: endpoint.to_owned(),
            files: self.files,
        }
    }
}

/// A `positions.rq` row: the office's role (kept in `positions` for [`Builder::finish`]) and
/// its name.
fn add_position(
    positions: &mut BTreeMap<NamedNode, (usize, NamedNode)>,
    graph: &mut Graph,
    row: &QuerySolution,
) -> bool {
    let (Some(position), Some(country), Some(role)) =
        (iri(row, "position"), iri(row, "country"), iri(row, "role"))
    else {
        return false;
    };
    let Some(rank) = role
        .as_str()
        .strip_prefix(dk::NAMESPACE)
        .and_then(|local| ROLE_TYPES.iter().position(|r| *r == local))
    else {
        return false;
    };
    let entry = positions
        .entry(position.clone())
        .or_insert((rank, country.clone()));
    if (rank, country.as_str()) < (entry.0, entry.1.as_str()) {
        *entry = (rank, country);
    }
    if let Some((predicate, name)) = name(row, false) {
        graph.insert(TripleRef::new(&position, predicate, &name));
    }
    true
}

/// A `capitals.rq` row: the capital as a place, and `?country wdt:P36 ?item`.
fn add_capital(graph: &mut Graph, row: &QuerySolution) -> bool {
    let (Some(country), Some(item)) = (iri(row, "country"), iri(row, "item")) else {
        return false;
    };
    if !add_named(graph, row, "item", DK_PLACE, false) {
        return false;
    }
    graph.insert(TripleRef::new(&country, wdt::CAPITAL, &item));
    true
}

/// An `organizations.rq` row: the organisation, and `?item wdt:P361 ?org` for an organ.
fn add_organization(graph: &mut Graph, row: &QuerySolution) -> bool {
    let (Some(item), Some(org)) = (iri(row, "item"), iri(row, "org")) else {
        return false;
    };
    if !add_named(graph, row, "item", DK_ORGANIZATION, false) {
        return false;
    }
    if item != org {
        graph.insert(TripleRef::new(&item, wdt::PART_OF, &org));
    }
    true
}

/// Adds `?item a class` and its name `?p ?name`; false when the row lacks them.
fn add_named(
    graph: &mut Graph,
    row: &QuerySolution,
    variable: &str,
    class: NamedNodeRef<'_>,
    demonyms: bool,
) -> bool {
    let (Some(item), Some((predicate, name))) = (iri(row, variable), name(row, demonyms)) else {
        return false;
    };
    graph.insert(TripleRef::new(&item, rdf::TYPE, class));
    graph.insert(TripleRef::new(&item, predicate, &name));
    true
}

/// A `tenures.rq` row: `?person wdt:P39 ?position`, and the dated tenure when the statement is
/// an IRI.
fn add_tenure(graph: &mut Graph, row: &QuerySolution) -> bool {
    let (Some(person), Some(position)) = (iri(row, "person"), iri(row, "position")) else {
        return false;
    };
    graph.insert(TripleRef::new(&person, rdf::TYPE, DK_PERSON));
    graph.insert(TripleRef::new(&person, wdt::POSITION_HELD, &position));
    if let Some(statement) = iri(row, "statement") {
        graph.insert(TripleRef::new(&statement, rdf::TYPE, DK_TENURE));
        graph.insert(TripleRef::new(&statement, dk::HOLDER, &person));
        graph.insert(TripleRef::new(&statement, dk::POSITION, &position));
        for (value, precision, predicate) in [
            ("start", "startPrecision", DK_START),
            ("end", "endPrecision", DK_END),
        ] {
            if let Some(date) = literal(row, value).and_then(|v| date(v, literal(row, precision))) {
                graph.insert(TripleRef::new(&statement, predicate, &date));
            }
        }
    }
    true
}

/// The row's `?p ?name` as a gazetteer name: `rdfs:label` and `skos:altLabel` as they are,
/// `wdt:P1549` as `dk:demonym` (when `demonyms`); the name must carry a language tag.
fn name(row: &QuerySolution, demonyms: bool) -> Option<(NamedNodeRef<'static>, Literal)> {
    let predicate = iri(row, "p")?;
    let predicate = match predicate.as_ref() {
        p if p == rdfs::LABEL => rdfs::LABEL,
        p if p == SKOS_ALT_LABEL => SKOS_ALT_LABEL,
        p if p == WDT_DEMONYM && demonyms => DK_DEMONYM,
        _ => return None,
    };
    let name = literal(row, "name")?;
    (name.language().is_some() && !name.value().trim().is_empty())
        .then(|| (predicate, name.clone()))
}

fn iri(row: &QuerySolution, variable: &str) -> Option<NamedNode> {
    match row.get(variable)? {
        Term::NamedNode(n) => Some(n.clone()),
        _ => None,
    }
}

fn literal<'a>(row: &'a QuerySolution, variable: &str) -> Option<&'a Literal> {
    match row.get(variable)? {
        Term::Literal(l) => Some(l),
        _ => None,
    }
}

/// A Wikidata time (`2012-05-07T00:00:00Z`) at its precision (`wikibase:timePrecision`: 9 year,
/// 10 month, 11 day; day when unknown). Years before 1 and precisions coarser than a year give
/// `None`.
fn date(value: &Literal, precision: Option<&Literal>) -> Option<Literal> {
    let text = value.value();
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        bytes
            .get(range)
            .is_some_and(|b| b.iter().all(u8::is_ascii_digit))
    };
    if !(digits(0..4) && bytes.get(4) == Some(&b'-') && digits(5..7)) {
        return None;
    }
    let day = bytes.get(7) == Some(&b'-') && digits(8..10) && &text[8..10] != "00";
    let precision = match precision {
        Some(p) => p.value().parse::<u8>().ok()?,
        None => 11,
    };
    match precision {
        9 => Some(Literal::new_typed_literal(&text[..4], xsd::G_YEAR)),
        10 => Some(Literal::new_typed_literal(&text[..7], xsd::G_YEAR_MONTH)),
        11.. if day => Some(Literal::new_typed_literal(&text[..10], xsd::DATE)),
        11.. => Some(Literal::new_typed_literal(&text[..7], xsd::G_YEAR_MONTH)),
        _ => None,
    }
}

/// Sends one query and reads its solutions.
fn fetch(
    agent: &ureq::Agent,
    endpoint: &str,
    query: &GazetteerQuery,
) -> Result<Vec<QuerySolution>, BuildError> {
    let shape = |message: String| BuildError::Shape {
        endpoint: endpoint.to_owned(),
        query: query.file,
        message,
    };
    let mut response = agent
        .post(endpoint)
        .header(
            "Accept",
            "application/sparql-results+json, application/sparql-results+xml;q=0.9",
        )
        .send_form([("query", query.sparql)])
        .map_err(|source| BuildError::Request {
            endpoint: endpoint.to_owned(),
            query: query.file,
            source: Box::new(source),
        })?;
    let status = response.status();
    if !status.is_success() {
        let body = response
            .body_mut()
            .with_config()
            .limit(64 * 1024)
            .lossy_utf8(true)
            .read_to_string()
            .unwrap_or_default();
        let mut excerpt: String = body.split_whitespace().collect::<Vec<_>>().join(" ");
        if let Some((cut, _)) = excerpt.char_indices().nth(300) {
            excerpt.truncate(cut);
            excerpt.push('…');
        }
        return Err(BuildError::Status {
            endpoint: endpoint.to_owned(),
            query: query.file,
            status: status.as_u16(),
            body: excerpt,
        });
    }
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("no Content-Type")
        .to_owned();
    let format =
        QueryResultsFormat::from_media_type(&content_type).unwrap_or(QueryResultsFormat::Json);
    let results_error = |source: QueryResultsParseError| BuildError::Results {
        endpoint: endpoint.to_owned(),
        query: query.file,
        content_type: content_type.clone(),
        source: Box::new(source),
    };
    let reader = response
        .body_mut()
        .with_config()
        .limit(MAX_RESPONSE_BYTES)
        .reader();
    let solutions = match QueryResultsParser::from_format(format)
        .for_reader(reader)
        .map_err(results_error)?
    {
        ReaderQueryResultsParserOutput::Solutions(solutions) => solutions,
        ReaderQueryResultsParserOutput::Boolean(_) => {
            return Err(shape("a boolean instead of solutions".into()));
        }
    };
    let missing: Vec<&str> = query
        .kind
        .columns()
        .iter()
        .copied()
        .filter(|c| !solutions.variables().iter().any(|v| v.as_str() == *c))
        .collect();
    if !missing.is_empty() {
        return Err(shape(format!(
            "the results lack the variables ?{}",
            missing.join(", ?")
        )));
    }
    solutions.collect::<Result<_, _>>().map_err(results_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn time(value: &str) -> Literal {
        Literal::new_typed_literal(value, xsd::DATE_TIME)
    }

    #[test]
    fn dates_keep_their_precision() {
        let t = time("2012-05-07T00:00:00Z");
        let day = Literal::from(11);
        let month = Literal::from(10);
        let year = Literal::from(9);
        let decade = Literal::from(8);
        assert_eq!(
            date(&t, None),
            Some(Literal::new_typed_literal("2012-05-07", xsd::DATE))
        );
        assert_eq!(
            date(&t, Some(&day)),
            Some(Literal::new_typed_literal("2012-05-07", xsd::DATE))
        );
        assert_eq!(
            date(&t, Some(&month)),
            Some(Literal::new_typed_literal("2012-05", xsd::G_YEAR_MONTH))
        );
        assert_eq!(
            date(&t, Some(&year)),
            Some(Literal::new_typed_literal("2012", xsd::G_YEAR))
        );
        assert_eq!(date(&t, Some(&decade)), None);
        assert_eq!(
            date(&time("2012-05-00T00:00:00Z"), None),
            Some(Literal::new_typed_literal("2012-05", xsd::G_YEAR_MONTH))
        );
        assert_eq!(date(&time("-0044-03-15T00:00:00Z"), None), None);
        assert_eq!(date(&Literal::new_simple_literal("soon"), None), None);
    }

    #[test]
    fn every_query_parses_and_selects_its_columns() {
        for query in &QUERIES {
            if let Err(e) = oxigraph::sparql::SparqlEvaluator::new().parse_query(query.sparql) {
                panic!("{}: {e}", query.file);
            }
            let select = query
                .sparql
                .lines()
                .find(|l| l.starts_with("SELECT"))
                .unwrap_or_default();
            for column in query.kind.columns() {
                assert!(
                    select.contains(&format!("?{column} ")),
                    "{}: ?{column}",
                    query.file
                );
            }
            assert!(
                query.sparql.starts_with(&format!("# {}:", query.file)),
                "{}: header",
                query.file
            );
            let mut code = query.sparql.lines().filter(|l| !l.starts_with('#'));
            assert!(
                !code.any(|l| l.contains("SERVICE")),
                "{}: no SERVICE (wikibase:label is WDQS only)",
                query.file
            );
        }
    }
}
