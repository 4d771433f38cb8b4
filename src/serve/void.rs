//! Self-description: the [SPARQL 1.1 Service Description](https://www.w3.org/TR/sparql11-service-description/)
//! (at `GET /sparql` without a query) and the [VoID](https://www.w3.org/TR/void/) description of
//! the dataset (at `GET /.well-known/void`, RFC 5785 and VoID §7.2).
//!
//! Both are small graphs built here and serialized by Oxigraph in the negotiated RDF format.
//! Absolute URLs of the endpoint and the dumps come from the request (`Host`, or
//! `X-Forwarded-Host`/`X-Forwarded-Proto` behind a proxy); the dataset itself is named under the
//! base IRI (`{base}.well-known/void#dataset`), so it keeps its name across deployments.
//! A browser asking for HTML at `/sparql` is sent (303) to the query page.

use super::AppState;
use super::error::ApiError;
use super::negotiate::{self, GRAPHS, Representation};
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::vocab::{rdf, xsd};
use oxigraph::model::{BlankNode, Literal, NamedNode, NamedOrBlankNode, Term, Triple};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};

const SD: &str = "http://www.w3.org/ns/sparql-service-description#";
const VOID: &str = "http://rdfs.org/ns/void#";
const FORMATS: &str = "http://www.w3.org/ns/formats/";
const DCTERMS: &str = "http://purl.org/dc/terms/";

fn iri(value: impl Into<String>) -> NamedNode {
    NamedNode::new_unchecked(value)
}

/// The absolute URL of `path` on this server, as the client reached it.
pub(super) fn public_url(headers: &HeaderMap, path: &str) -> String {
    let get = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let host = get("x-forwarded-host")
        .or_else(|| get("host"))
        .unwrap_or("localhost");
    let scheme = get("x-forwarded-proto").unwrap_or("http");
    format!("{scheme}://{host}{path}")
}

/// A graph under construction.
struct Graph(Vec<Triple>);

impl Graph {
    fn add(&mut self, s: impl Into<NamedOrBlankNode>, p: &str, o: impl Into<Term>) {
        self.0.push(Triple::new(s, iri(p), o));
    }

    /// Serializes in `format` with the server's prefixes.
    fn serialize(&self, format: RdfFormat, base: &str) -> Result<Vec<u8>, ApiError> {
        let mut serializer = RdfSerializer::from_format(format);
        let mut prefixes = super::prefixes(base);
        prefixes.push(("formats", FORMATS.to_owned()));
        prefixes.push(("dcterms", DCTERMS.to_owned()));
        for (name, iri) in prefixes {
            serializer = serializer
                .with_prefix(name, iri)
                .map_err(ApiError::internal)?;
        }
        let mut serializer = serializer.for_writer(Vec::new());
        for triple in &self.0 {
            serializer
                .serialize_triple(triple)
                .map_err(ApiError::internal)?;
        }
        serializer.finish().map_err(ApiError::internal)
    }
}

/// Answers `graph` in the representation `representation`.
fn rdf_response(
    graph: &Graph,
    representation: Representation,
    base: &str,
) -> Result<Response, ApiError> {
    let Representation::Rdf(format) = representation else {
        return Err(ApiError::internal("not an RDF representation"));
    };
    let body = graph.serialize(format, base)?;
    let mut response = body.into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(format.media_type()),
    );
    Ok(response)
}

/// The candidates: RDF formats, and HTML last (which sends a browser to the query page).
fn candidates() -> Vec<Representation> {
    let mut list = GRAPHS.to_vec();
    list.push(Representation::Html);
    list
}

/// `GET /sparql` without a query: the service description.
pub(super) async fn service_description(
    state: &AppState,
    headers: &HeaderMap,
    format: Option<&str>,
) -> Result<Response, ApiError> {
    let representation = negotiate::negotiate(headers, format, &candidates())?;
    if representation == Representation::Html {
        return Ok((StatusCode::SEE_OTHER, [(header::LOCATION, "./")]).into_response());
    }
    let base = state.base();
    let endpoint = iri(public_url(headers, "/sparql"));
    let mut g = Graph(Vec::new());
    let service = NamedOrBlankNode::from(endpoint.clone());
    g.add(
        service.clone(),
        rdf::TYPE.as_str(),
        iri(format!("{SD}Service")),
    );
    g.add(service.clone(), &format!("{SD}endpoint"), endpoint.clone());
    g.add(
        service.clone(),
        &format!("{SD}supportedLanguage"),
        iri(format!("{SD}SPARQL11Query")),
    );
    if state.config.write_token.is_some() {
        g.add(
            service.clone(),
            &format!("{SD}supportedLanguage"),
            iri(format!("{SD}SPARQL11Update")),
        );
    }
    g.add(
        service.clone(),
        &format!("{SD}feature"),
        iri(format!("{SD}UnionDefaultGraph")),
    );
    for name in [
        "SPARQL_Results_JSON",
        "SPARQL_Results_XML",
        "SPARQL_Results_CSV",
        "SPARQL_Results_TSV",
        "Turtle",
        "N-Triples",
        "RDF_XML",
        "JSON-LD",
        "TriG",
        "N-Quads",
    ] {
        g.add(
            service.clone(),
            &format!("{SD}resultFormat"),
            iri(format!("{FORMATS}{name}")),
        );
    }
    let dataset = BlankNode::default();
    g.add(
        service.clone(),
        &format!("{SD}defaultDataset"),
        dataset.clone(),
    );
    g.add(
        dataset.clone(),
        rdf::TYPE.as_str(),
        iri(format!("{SD}Dataset")),
    );
    g.add(
        dataset.clone(),
        &format!("{VOID}inDataset"),
        void_dataset(base),
    );
    let default_graph = BlankNode::default();
    g.add(
        dataset.clone(),
        &format!("{SD}defaultGraph"),
        default_graph.clone(),
    );
    g.add(
        default_graph.clone(),
        rdf::TYPE.as_str(),
        iri(format!("{SD}Graph")),
    );
    g.add(
        default_graph,
        &format!("{DCTERMS}description"),
        Literal::new_language_tagged_literal_unchecked("The union of all named graphs", "en"),
    );
    let store = state.store.clone();
    let graphs = state
        .run_blocking(move |_| store.article_graphs().map_err(ApiError::internal))
        .await?;
    for graph in graphs.into_iter().chain([
        state.store.base().ontology_graph(),
        state.store.base().gazetteer_graph(),
    ]) {
        let named = BlankNode::default();
        g.add(dataset.clone(), &format!("{SD}namedGraph"), named.clone());
        g.add(
            named.clone(),
            rdf::TYPE.as_str(),
            iri(format!("{SD}NamedGraph")),
        );
        g.add(named, &format!("{SD}name"), graph);
    }
    rdf_response(&g, representation, base)
}

/// The VoID dataset IRI.
fn void_dataset(base: &str) -> NamedNode {
    iri(format!("{base}.well-known/void#dataset"))
}

/// `GET /.well-known/void`: the VoID description with triple counts per graph.
pub(super) async fn void(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let format = super::sparql::parse_urlencoded(raw.unwrap_or_default().as_bytes())
        .into_iter()
        .find(|(k, _)| k == "format")
        .map(|(_, v)| v);
    let representation = negotiate::negotiate(&headers, format.as_deref(), &GRAPHS)?;
    let store = state.store.clone();
    let base = state.base().to_owned();
    let endpoint = public_url(&headers, "/sparql");
    let dump = public_url(&headers, "/store");
    let graph = state
        .run_blocking(move |token| {
            let base = base.as_str();
            let mut g = Graph(Vec::new());
            let dataset = void_dataset(base);
            let ds = NamedOrBlankNode::from(dataset.clone());
            g.add(ds.clone(), rdf::TYPE.as_str(), iri(format!("{VOID}Dataset")));
            g.add(ds.clone(), &format!("{DCTERMS}title"), Literal::new_language_tagged_literal_unchecked("diplokg: diplomatic news as a knowledge graph", "en"));
            g.add(ds.clone(), &format!("{VOID}sparqlEndpoint"), iri(endpoint));
            g.add(ds.clone(), &format!("{VOID}dataDump"), iri(format!("{dump}?format=nq")));
            g.add(ds.clone(), &format!("{VOID}uriSpace"), Literal::new_simple_literal(format!("{base}resource/")));
            g.add(ds.clone(), &format!("{VOID}rootResource"), iri(format!("{base}graph/ontology")));
            let total = store.len().map_err(ApiError::internal)?;
            g.add(ds.clone(), &format!("{VOID}triples"), Literal::new_typed_literal(total.to_string(), xsd::INTEGER));
            for vocabulary in [
                format!("{base}ontology#"),
                "http://www.wikidata.org/prop/direct/".to_owned(),
                "https://schema.org/".to_owned(),
                "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#".to_owned(),
                "http://www.w3.org/2005/11/its/rdf#".to_owned(),
                "http://www.w3.org/ns/prov#".to_owned(),
                "http://www.w3.org/2004/02/skos/core#".to_owned(),
                "http://www.w3.org/2000/01/rdf-schema#".to_owned(),
            ] {
                g.add(ds.clone(), &format!("{VOID}vocabulary"), iri(vocabulary));
            }
            let graphs = store
                .article_graphs()
                .map_err(ApiError::internal)?
                .into_iter()
                .chain([store.base().ontology_graph(), store.base().gazetteer_graph()]);
            for graph in graphs {
                if token.is_cancelled() {
                    return Err(ApiError::Timeout);
                }
                let count = store
                    .oxigraph()
                    .quads_for_pattern(None, None, None, Some(graph.as_ref().into()))
                    .count();
                let subset = NamedOrBlankNode::from(graph.clone());
                g.add(ds.clone(), &format!("{VOID}subset"), graph.clone());
                g.add(subset.clone(), rdf::TYPE.as_str(), iri(format!("{VOID}Dataset")));
                g.add(subset.clone(), &format!("{VOID}triples"), Literal::new_typed_literal(count.to_string(), xsd::INTEGER));
                let encoded: String = graph
                    .as_str()
                    .bytes()
                    .map(|b| if b.is_ascii_alphanumeric() || b"-._~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") })
                    .collect();
                g.add(subset, &format!("{VOID}dataDump"), iri(format!("{dump}?graph={encoded}")));
            }
            let examples = format!(
                "SELECT ?s WHERE {{ {{ SELECT ?s WHERE {{ ?s a <https://schema.org/NewsArticle> }} LIMIT 1 }} \
                 UNION {{ SELECT ?s WHERE {{ ?s <http://www.wikidata.org/prop/direct/P710> ?x . \
                 FILTER(STRSTARTS(STR(?s), \"{base}resource/event/\")) }} LIMIT 1 }} \
                 UNION {{ SELECT ?s WHERE {{ ?s <{base}ontology#party> ?x }} LIMIT 1 }} }}"
            );
            let prepared = store
                .prepare_query(&examples, SparqlEvaluator::new().with_cancellation_token(token))
                .map_err(ApiError::internal)?;
            if let QueryResults::Solutions(solutions) = prepared.execute().map_err(ApiError::internal)? {
                for solution in solutions {
                    let solution = solution.map_err(ApiError::internal)?;
                    if let Some(Term::NamedNode(example)) = solution.get("s") {
                        g.add(ds.clone(), &format!("{VOID}exampleResource"), example.clone());
                    }
                }
            }
            Ok(g)
        })
        .await?;
    rdf_response(&graph, representation, state.base())
}
