//! `/store`: the [SPARQL 1.1 Graph Store HTTP Protocol](https://www.w3.org/TR/sparql11-http-rdf-update/)
//! (indirect graph identification: `?graph=IRI` or `?default`), and the write token check shared
//! with SPARQL Update.
//!
//! Reading (`GET`, `HEAD`) is always open: `?graph=IRI` gives one graph, `?default` the store's
//! default graph, and no parameter the whole dataset (N-Quads or TriG), which is the dump link the
//! VoID description points to. Writing (`PUT` replaces, `POST` adds, `DELETE` drops) needs
//! `Authorization: Bearer TOKEN` equal to the configured write token; without a configured token
//! writes are refused with 403, with a missing or wrong token with 401. Tokens are compared in
//! constant time (on their SHA-256 digests, so the length does not leak either).
//!
//! `PUT` needs `?graph` or `?default`: it never replaces the whole store. A `POST` without
//! `?graph` or `?default` and with a quad format (TriG, N-Quads) adds the quads
//! to their own graphs; with a triple format it is refused (this server does not mint graph IRIs).

use super::AppState;
use super::error::ApiError;
use super::negotiate::{self, GRAPHS, Representation};
use super::sparql::{ChannelWriter, parse_urlencoded};
use axum::body::{Body, Bytes};
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{GraphName, GraphNameRef, NamedNode, Quad};
use sha2::{Digest, Sha256};
use std::io::Write;
use tokio::sync::mpsc;

/// Checks the bearer token of a write request.
///
/// # Errors
/// 403 when writes are disabled, 401 when the token is missing or wrong.
pub(super) fn authorize(state: &AppState, headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(expected) = state.config.write_token.as_deref() else {
        return Err(ApiError::Forbidden(
            "writes are disabled on this server (start it with a write token to enable them)"
                .into(),
        ));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            let (scheme, token) = v.trim().split_once(' ')?;
            scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
        })
        .ok_or(ApiError::Unauthorized)?;
    if constant_time_eq(given.as_bytes(), expected.as_bytes()) {
        Ok(())
    } else {
        Err(ApiError::Unauthorized)
    }
}

/// Compares the SHA-256 digests of `a` and `b` without stopping at the first difference.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    let (a, b) = (Sha256::digest(a), Sha256::digest(b));
    a.iter()
        .zip(b.iter())
        .fold(0u8, |acc, (x, y)| acc | (x ^ y))
        == 0
}

/// Which part of the store a request targets.
#[derive(Debug, Clone)]
enum Target {
    /// The store's default graph (`?default`).
    Default,
    /// A named graph (`?graph=IRI`).
    Named(NamedNode),
    /// The whole dataset (no parameter).
    Dataset,
}

impl Target {
    fn from_query(raw: Option<&str>) -> Result<Self, ApiError> {
        let params = parse_urlencoded(raw.unwrap_or_default().as_bytes());
        let graph = params.iter().find(|(k, _)| k == "graph").map(|(_, v)| v);
        let default = params.iter().any(|(k, _)| k == "default");
        match (graph, default) {
            (Some(_), true) => Err(ApiError::BadRequest(
                "give either ?graph=IRI or ?default, not both".into(),
            )),
            (Some(iri), false) => NamedNode::new(iri.as_str())
                .map(Self::Named)
                .map_err(|e| ApiError::BadRequest(format!("graph {iri:?}: {e}"))),
            (None, true) => Ok(Self::Default),
            (None, false) => Ok(Self::Dataset),
        }
    }

    fn graph_name(&self) -> Option<GraphNameRef<'_>> {
        match self {
            Self::Default => Some(GraphNameRef::DefaultGraph),
            Self::Named(g) => Some(GraphNameRef::NamedNode(g.as_ref())),
            Self::Dataset => None,
        }
    }
}

/// `GET|HEAD /store`: a graph or the whole dataset, streamed.
pub(super) async fn get(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let target = Target::from_query(raw.as_deref())?;
    let format = parse_urlencoded(raw.unwrap_or_default().as_bytes())
        .into_iter()
        .find(|(k, _)| k == "format")
        .map(|(_, v)| v);
    let candidates: &[Representation] = match target {
        // Quads only: a dataset has graphs.
        Target::Dataset => &GRAPHS[4..],
        _ => &GRAPHS,
    };
    let Representation::Rdf(rdf_format) =
        negotiate::negotiate(&headers, format.as_deref(), candidates)?
    else {
        return Err(ApiError::internal("a graph representation that is not RDF"));
    };
    if let Target::Named(graph) = &target {
        let store = state.store.clone();
        let graph = graph.clone();
        let exists = state
            .run_blocking(move |_| {
                store
                    .oxigraph()
                    .contains_named_graph(&graph)
                    .map_err(ApiError::internal)
            })
            .await?;
        if !exists {
            return Err(ApiError::NotFound("no such graph in the store".into()));
        }
    }
    let permit = state
        .acquire(tokio::time::Instant::now() + state.config.query_timeout)
        .await?;
    let (sender, receiver) = mpsc::channel(4);
    let store = state.store.clone();
    let prefixes = super::prefixes(state.base());
    tokio::task::spawn_blocking(move || {
        let _permit = permit;
        let mut writer = ChannelWriter::new(sender);
        let result = (|| {
            let mut serializer = RdfSerializer::from_format(rdf_format);
            if !matches!(rdf_format, RdfFormat::NQuads | RdfFormat::NTriples) {
                for (name, iri) in &prefixes {
                    serializer = serializer
                        .with_prefix(*name, iri.as_str())
                        .map_err(ApiError::internal)?;
                }
            }
            let mut serializer = serializer.for_writer(&mut writer);
            for quad in store
                .oxigraph()
                .quads_for_pattern(None, None, None, target.graph_name())
            {
                let quad = quad.map_err(ApiError::internal)?;
                if matches!(rdf_format, RdfFormat::TriG | RdfFormat::NQuads) {
                    serializer.serialize_quad(&quad)
                } else {
                    serializer.serialize_triple(quad.as_ref())
                }
                .map_err(ApiError::internal)?;
            }
            serializer.finish().map_err(ApiError::internal)?;
            writer.flush().map_err(ApiError::internal)
        })();
        if let Err(error) = result {
            writer.abort(&error);
        }
    });
    let mut response = Response::new(Body::from_stream(
        tokio_stream::wrappers::ReceiverStream::new(receiver),
    ));
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(rdf_format.media_type()),
    );
    Ok(response)
}

/// Parses an RDF body for `target` in the format of its `Content-Type`.
fn parse_body(headers: &HeaderMap, body: &[u8], target: &Target) -> Result<Vec<Quad>, ApiError> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let format = RdfFormat::from_media_type(content_type).ok_or_else(|| {
        ApiError::UnsupportedMediaType(format!(
            "cannot read {content_type:?}; send Turtle, N-Triples, RDF/XML, JSON-LD, TriG or N-Quads"
        ))
    })?;
    let mut parser = RdfParser::from_format(format);
    match target {
        Target::Named(graph) => {
            parser = parser
                .with_base_iri(graph.as_str())
                .map_err(ApiError::internal)?
                .with_default_graph(GraphName::NamedNode(graph.clone()))
                .without_named_graphs();
        }
        Target::Default => parser = parser.without_named_graphs(),
        Target::Dataset if !format.supports_datasets() => {
            return Err(ApiError::BadRequest(
                "a triple format needs ?graph=IRI or ?default; only TriG and N-Quads can be \
                 posted to the whole store"
                    .into(),
            ));
        }
        Target::Dataset => {}
    }
    parser
        .for_slice(body)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| ApiError::BadRequest(format!("RDF syntax: {e}")))
}

/// Writes `quads` into `target`, replacing its content first when `replace` is set; returns
/// whether the graph existed before.
async fn write(
    state: &AppState,
    target: Target,
    quads: Vec<Quad>,
    replace: bool,
) -> Result<bool, ApiError> {
    let store = state.store.clone();
    state
        .run_blocking(move |_| {
            let store = store.oxigraph();
            let existed = match &target {
                Target::Named(g) => store.contains_named_graph(g).map_err(ApiError::internal)?,
                _ => true,
            };
            let mut transaction = store.start_transaction().map_err(ApiError::internal)?;
            if let (true, Some(graph)) = (replace, target.graph_name()) {
                transaction.clear_graph(graph).map_err(ApiError::internal)?;
            }
            if let Target::Named(graph) = &target {
                transaction.insert_named_graph(graph);
            }
            transaction.extend(&quads);
            transaction.commit().map_err(ApiError::internal)?;
            Ok(existed)
        })
        .await
}

/// `PUT /store`: replaces a graph (201 when created, 204 when replaced).
pub(super) async fn put(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
    body: Result<Bytes, axum::extract::rejection::BytesRejection>,
) -> Result<Response, ApiError> {
    authorize(&state, &headers)?;
    let body = body?;
    let target = Target::from_query(raw.as_deref())?;
    if matches!(target, Target::Dataset) {
        return Err(ApiError::BadRequest(
            "PUT needs ?graph=IRI or ?default (this server does not replace the whole store)"
                .into(),
        ));
    }
    let quads = parse_body(&headers, &body, &target)?;
    let existed = write(&state, target, quads, true).await?;
    Ok(if existed {
        StatusCode::NO_CONTENT
    } else {
        StatusCode::CREATED
    }
    .into_response())
}

/// `POST /store`: adds to a graph (201 when created, 204 otherwise).
pub(super) async fn post(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
    body: Result<Bytes, axum::extract::rejection::BytesRejection>,
) -> Result<Response, ApiError> {
    authorize(&state, &headers)?;
    let body = body?;
    let target = Target::from_query(raw.as_deref())?;
    let quads = parse_body(&headers, &body, &target)?;
    let existed = write(&state, target, quads, false).await?;
    Ok(if existed {
        StatusCode::NO_CONTENT
    } else {
        StatusCode::CREATED
    }
    .into_response())
}

/// `DELETE /store`: drops a named graph or empties the default graph (204, or 404).
pub(super) async fn delete(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    authorize(&state, &headers)?;
    let target = Target::from_query(raw.as_deref())?;
    let store = state.store.clone();
    let found = state
        .run_blocking(move |_| {
            let store = store.oxigraph();
            match &target {
                Target::Named(graph) => {
                    if store
                        .contains_named_graph(graph)
                        .map_err(ApiError::internal)?
                    {
                        store
                            .remove_named_graph(graph)
                            .map_err(ApiError::internal)?;
                        Ok(true)
                    } else {
                        Ok(false)
                    }
                }
                Target::Default => {
                    store
                        .clear_graph(GraphNameRef::DefaultGraph)
                        .map_err(ApiError::internal)?;
                    Ok(true)
                }
                Target::Dataset => Err(ApiError::BadRequest(
                    "DELETE needs ?graph=IRI or ?default".into(),
                )),
            }
        })
        .await?;
    if found {
        Ok(StatusCode::NO_CONTENT.into_response())
    } else {
        Err(ApiError::NotFound("no such graph in the store".into()))
    }
}
