//! `/sparql`: the [SPARQL 1.1 Protocol](https://www.w3.org/TR/sparql11-protocol/).
//!
//! Queries come as `GET ?query=`, `POST` with `application/x-www-form-urlencoded` (`query=`) or
//! `POST` with `application/sparql-query` (the body is the query); `default-graph-uri` and
//! `named-graph-uri` replace the query's own dataset. Without them, and without `FROM` in the
//! query, the default graph is the union of all graphs (as [`Store::prepare_query`] does).
//! Updates come as `POST` with `update=` or `application/sparql-update`, only with the write token.
//! A `GET` without `query` answers the service description ([`super::void`]).
//!
//! The result format is chosen after evaluation starts (only then is the query form known)
//! among Oxigraph's serializers: SPARQL JSON, XML, CSV and TSV for SELECT and ASK; Turtle,
//! N-Triples, RDF/XML, JSON-LD, TriG and N-Quads for CONSTRUCT and DESCRIBE.
//!
//! Streaming: the blocking task pulls the first solution, then reports the status (200, or the
//! error) to the handler through a oneshot channel, then serializes the rest into a bounded
//! channel the response body reads from. Memory stays flat: at most a few chunks are in flight,
//! and a client that stops reading stops the evaluation (the send fails).
//!
//! [`Store::prepare_query`]: crate::Store::prepare_query

use super::error::ApiError;
use super::negotiate::{self, GRAPHS, RESULTS, Representation};
use super::{AppState, GRACE, cancel_at};
use axum::body::{Body, Bytes};
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use oxigraph::io::RdfSerializer;
use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{
    QueryDataset, QueryEvaluationError, QueryResults, SparqlEvaluator, UpdateEvaluationError,
};
use std::io::{self, Write};
use tokio::sync::{mpsc, oneshot};

/// Size of the chunks sent to the client.
const CHUNK: usize = 32 * 1024;
/// Chunks in flight between the evaluation and the socket.
const CHANNEL_CHUNKS: usize = 4;

/// The parameters of a protocol request, in order, repeated names kept.
pub(super) type Params = Vec<(String, String)>;

/// Decodes `application/x-www-form-urlencoded` (also a URL query string): `+` is a space,
/// `%XX` a byte; invalid UTF-8 is replaced.
pub(super) fn parse_urlencoded(input: &[u8]) -> Params {
    input
        .split(|b| *b == b'&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let mut parts = pair.splitn(2, |b| *b == b'=');
            let key = percent_decode(parts.next().unwrap_or_default(), true);
            let value = percent_decode(parts.next().unwrap_or_default(), true);
            (key, value)
        })
        .collect()
}

/// Decodes `%XX` escapes (and `+` as a space when `plus` is set) into UTF-8.
pub(super) fn percent_decode(input: &[u8], plus: bool) -> String {
    let mut out = Vec::with_capacity(input.len());
    let mut i = 0;
    while let Some(&b) = input.get(i) {
        let hex = |j: usize| input.get(j).and_then(|c| (*c as char).to_digit(16));
        match b {
            b'%' => {
                if let (Some(h), Some(l)) = (hex(i + 1), hex(i + 2)) {
                    out.push(u8::try_from(h * 16 + l).unwrap_or(b'?'));
                    i += 3;
                    continue;
                }
                out.push(b);
            }
            b'+' if plus => out.push(b' '),
            _ => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn param<'a>(params: &'a Params, name: &str) -> Option<&'a str> {
    params
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

fn params_named<'a>(params: &'a Params, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    params
        .iter()
        .filter(move |(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// `GET /sparql`: a query, or the service description when there is none.
pub(super) async fn get(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let params = parse_urlencoded(raw.unwrap_or_default().as_bytes());
    if param(&params, "update").is_some() {
        return Err(ApiError::MethodNotAllowed(
            "SPARQL updates must be sent with POST".into(),
        ));
    }
    match param(&params, "query") {
        Some(query) => {
            let query = query.to_owned();
            run_query(state, headers, query, &params).await
        }
        None => super::void::service_description(&state, &headers, param(&params, "format")).await,
    }
}

/// `POST /sparql`: a query or an update, as a form or directly in the body.
pub(super) async fn post(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
    body: Result<Bytes, axum::extract::rejection::BytesRejection>,
) -> Result<Response, ApiError> {
    let body = body?;
    let mut params = parse_urlencoded(raw.unwrap_or_default().as_bytes());
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let media = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    let text = || {
        String::from_utf8(body.to_vec())
            .map_err(|_| ApiError::BadRequest("the body is not UTF-8".into()))
    };
    match media.as_str() {
        "application/x-www-form-urlencoded" => {
            params.extend(parse_urlencoded(&body));
            if let Some(update) = param(&params, "update") {
                let update = update.to_owned();
                run_update(state, &headers, update, &params).await
            } else if let Some(query) = param(&params, "query") {
                let query = query.to_owned();
                run_query(state, headers, query, &params).await
            } else {
                Err(ApiError::BadRequest(
                    "the form has neither a query nor an update parameter".into(),
                ))
            }
        }
        "application/sparql-query" => run_query(state, headers, text()?, &params).await,
        "application/sparql-update" => run_update(state, &headers, text()?, &params).await,
        _ => Err(ApiError::UnsupportedMediaType(format!(
            "POST /sparql takes application/sparql-query, application/sparql-update or \
             application/x-www-form-urlencoded, not {content_type:?}"
        ))),
    }
}

/// Parses a list of graph IRIs from a protocol parameter.
fn graph_iris<'a>(
    iris: impl Iterator<Item = &'a str>,
    what: &str,
) -> Result<Vec<NamedNode>, ApiError> {
    iris.map(|iri| {
        NamedNode::new(iri).map_err(|e| ApiError::BadRequest(format!("{what} {iri:?}: {e}")))
    })
    .collect()
}

/// Sets the dataset from `default-graph-uri` / `named-graph-uri` (or `using-…` for updates);
/// returns false when neither is given.
fn set_dataset(
    dataset: &mut QueryDataset,
    params: &Params,
    default_name: &str,
    named_name: &str,
) -> Result<bool, ApiError> {
    let default = graph_iris(params_named(params, default_name), default_name)?;
    let named = graph_iris(params_named(params, named_name), named_name)?;
    if default.is_empty() && named.is_empty() {
        return Ok(false);
    }
    dataset.set_default_graph(default.into_iter().map(GraphName::NamedNode).collect());
    if !named.is_empty() {
        dataset.set_available_named_graphs(
            named.into_iter().map(NamedOrBlankNode::NamedNode).collect(),
        );
    }
    Ok(true)
}

/// What the evaluation task reports before any byte of the body is sent.
type Head = Result<Representation, ApiError>;

/// Evaluates `query` and answers with its results, streamed.
async fn run_query(
    state: AppState,
    headers: HeaderMap,
    query: String,
    params: &Params,
) -> Result<Response, ApiError> {
    let deadline = tokio::time::Instant::now() + state.config.query_timeout;
    let format = param(params, "format").map(str::to_owned);
    let token = cancel_at(deadline);
    let mut prepared = SparqlEvaluator::new()
        .with_cancellation_token(token.clone())
        .parse_query(&query)
        .map_err(|e| ApiError::BadRequest(format!("query syntax: {e}")))?;
    if !set_dataset(
        prepared.dataset_mut(),
        params,
        "default-graph-uri",
        "named-graph-uri",
    )? && prepared.dataset().is_default_dataset()
    {
        prepared.dataset_mut().set_default_graph_as_union();
    }
    let permit = state.acquire(deadline).await?;
    let (head_tx, head_rx) = oneshot::channel::<Head>();
    let (body_tx, body_rx) = mpsc::channel::<io::Result<Bytes>>(CHANNEL_CHUNKS);
    let store = state.store.clone();
    let max_rows = state.config.max_rows;
    let prefixes = super::prefixes(state.base());
    let evaluation_token = token.clone();
    tokio::task::spawn_blocking(move || {
        let _permit = permit;
        let prepared = prepared.on_store(store.oxigraph());
        let negotiate = |candidates: &[Representation]| {
            negotiate::negotiate(&headers, format.as_deref(), candidates)
        };
        let output = Output {
            max_rows,
            prefixes,
            head: head_tx,
            body: body_tx,
            token: evaluation_token,
        };
        evaluate(prepared.execute(), negotiate, output);
    });
    let head = match tokio::time::timeout_at(deadline + GRACE, head_rx).await {
        Ok(Ok(head)) => head?,
        Ok(Err(_)) => {
            return Err(ApiError::internal(
                "the evaluation task ended without answering",
            ));
        }
        Err(_) => {
            token.cancel();
            return Err(ApiError::Timeout);
        }
    };
    let stream = tokio_stream::wrappers::ReceiverStream::new(body_rx);
    let mut response = Response::new(Body::from_stream(stream));
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(&head.content_type()).map_err(ApiError::internal)?,
    );
    Ok(response)
}

/// Maps an evaluation error to the client's status: 503 when cancelled (the timeout), 400 for
/// errors the query causes, 500 for the store.
fn evaluation_error(error: QueryEvaluationError) -> ApiError {
    match error {
        QueryEvaluationError::Cancelled => ApiError::Timeout,
        QueryEvaluationError::Dataset(e) => ApiError::internal(e),
        QueryEvaluationError::Unexpected(e) => ApiError::internal(e),
        other => ApiError::BadRequest(other.to_string()),
    }
}

/// A `Write` that sends full chunks into the response body channel (blocking the evaluation
/// when the client reads slowly). A closed channel (the client left) is a `BrokenPipe`.
pub(super) struct ChannelWriter {
    buffer: Vec<u8>,
    sender: mpsc::Sender<io::Result<Bytes>>,
}

impl ChannelWriter {
    pub(super) fn new(sender: mpsc::Sender<io::Result<Bytes>>) -> Self {
        Self {
            buffer: Vec::with_capacity(CHUNK),
            sender,
        }
    }

    fn send(&mut self) -> io::Result<()> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        let chunk = Bytes::from(std::mem::replace(
            &mut self.buffer,
            Vec::with_capacity(CHUNK),
        ));
        self.sender
            .blocking_send(Ok(chunk))
            .map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "the client went away"))
    }

    /// Aborts the body: the client sees the response end in error.
    pub(super) fn abort(self, error: &ApiError) {
        // Nothing to do if the client already left.
        let _ = self
            .sender
            .blocking_send(Err(io::Error::other(error.to_string())));
    }
}

impl Write for ChannelWriter {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.buffer.extend_from_slice(data);
        if self.buffer.len() >= CHUNK {
            self.send()?;
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.send()
    }
}

/// Where and how much [`evaluate`] writes.
struct Output {
    max_rows: usize,
    prefixes: Vec<(&'static str, String)>,
    head: oneshot::Sender<Head>,
    body: mpsc::Sender<io::Result<Bytes>>,
    /// Also checked between rows: Oxigraph checks it only when it reads the store.
    token: oxigraph::sparql::CancellationToken,
}

/// Runs on the blocking pool: reports the head, then streams the body.
fn evaluate(
    results: Result<QueryResults<'_>, QueryEvaluationError>,
    negotiate: impl Fn(&[Representation]) -> Result<Representation, ApiError>,
    output: Output,
) {
    let Output {
        max_rows,
        prefixes,
        head,
        body,
        token,
    } = output;
    let fail = |head: oneshot::Sender<Head>, error: ApiError| {
        // The handler may have given up already (timeout); nothing to report then.
        let _ = head.send(Err(error));
    };
    let results = match results {
        Ok(results) => results,
        Err(e) => return fail(head, evaluation_error(e)),
    };
    let mut writer = ChannelWriter::new(body);
    let outcome: Result<(), ApiError> = match results {
        QueryResults::Boolean(value) => {
            let format = match negotiate(&RESULTS) {
                Ok(Representation::Results(f)) => f,
                Ok(_) => QueryResultsFormat::Json,
                Err(e) => return fail(head, e),
            };
            if head.send(Ok(Representation::Results(format))).is_err() {
                return;
            }
            QueryResultsSerializer::from_format(format)
                .serialize_boolean_to_writer(&mut writer, value)
                .map(drop)
                .map_err(ApiError::internal)
        }
        QueryResults::Solutions(mut solutions) => {
            let format = match negotiate(&RESULTS) {
                Ok(Representation::Results(f)) => f,
                Ok(_) => QueryResultsFormat::Json,
                Err(e) => return fail(head, e),
            };
            let first = match solutions.next().transpose() {
                Ok(first) => first,
                Err(e) => return fail(head, evaluation_error(e)),
            };
            if head.send(Ok(Representation::Results(format))).is_err() {
                return;
            }
            (|| {
                let mut serializer = QueryResultsSerializer::from_format(format)
                    .serialize_solutions_to_writer(&mut writer, solutions.variables().to_vec())
                    .map_err(ApiError::internal)?;
                let rest = first.into_iter().map(Ok).chain(solutions);
                for solution in rest.take(max_rows) {
                    let solution = solution.map_err(evaluation_error)?;
                    if token.is_cancelled() {
                        return Err(ApiError::Timeout);
                    }
                    serializer
                        .serialize(&solution)
                        .map_err(ApiError::internal)?;
                }
                serializer.finish().map(drop).map_err(ApiError::internal)
            })()
        }
        QueryResults::Graph(mut triples) => {
            let format = match negotiate(&GRAPHS) {
                Ok(Representation::Rdf(f)) => f,
                Ok(_) => oxigraph::io::RdfFormat::Turtle,
                Err(e) => return fail(head, e),
            };
            let first = match triples.next().transpose() {
                Ok(first) => first,
                Err(e) => return fail(head, evaluation_error(e)),
            };
            if head.send(Ok(Representation::Rdf(format))).is_err() {
                return;
            }
            (|| {
                let mut serializer = RdfSerializer::from_format(format);
                for (name, iri) in &prefixes {
                    serializer = serializer
                        .with_prefix(*name, iri.as_str())
                        .map_err(ApiError::internal)?;
                }
                let mut serializer = serializer.for_writer(&mut writer);
                let rest = first.into_iter().map(Ok).chain(triples);
                for triple in rest.take(max_rows) {
                    let triple = triple.map_err(evaluation_error)?;
                    if token.is_cancelled() {
                        return Err(ApiError::Timeout);
                    }
                    serializer
                        .serialize_triple(&triple)
                        .map_err(ApiError::internal)?;
                }
                serializer.finish().map(drop).map_err(ApiError::internal)
            })()
        }
    };
    match outcome.and_then(|()| writer.flush().map_err(ApiError::internal)) {
        Ok(()) => {}
        Err(ApiError::Internal(m)) if m.contains("the client went away") => {}
        Err(error) => {
            if !matches!(error, ApiError::Timeout) {
                tracing::warn!("query results stream cut: {error}");
            } else {
                tracing::warn!("query cancelled while streaming (timeout)");
            }
            writer.abort(&error);
        }
    }
}

/// Runs an update, if the request bears the write token: 204 on success.
async fn run_update(
    state: AppState,
    headers: &HeaderMap,
    update: String,
    params: &Params,
) -> Result<Response, ApiError> {
    super::gsp::authorize(&state, headers)?;
    let mut prepared = SparqlEvaluator::new()
        .parse_update(&update)
        .map_err(|e| ApiError::BadRequest(format!("update syntax: {e}")))?;
    let default = graph_iris(params_named(params, "using-graph-uri"), "using-graph-uri")?;
    let named = graph_iris(
        params_named(params, "using-named-graph-uri"),
        "using-named-graph-uri",
    )?;
    if !default.is_empty() || !named.is_empty() {
        for dataset in prepared.using_datasets_mut() {
            dataset.set_default_graph(default.iter().cloned().map(GraphName::NamedNode).collect());
            dataset.set_available_named_graphs(
                named
                    .iter()
                    .cloned()
                    .map(NamedOrBlankNode::NamedNode)
                    .collect(),
            );
        }
    }
    let store = state.store.clone();
    state
        .run_blocking(move |_| {
            prepared
                .on_store(store.oxigraph())
                .execute()
                .map_err(update_error)
        })
        .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// 400 for errors the update causes, 500 for the store.
pub(super) fn update_error(error: UpdateEvaluationError) -> ApiError {
    match error {
        UpdateEvaluationError::Storage(e) => ApiError::internal(e),
        other => ApiError::BadRequest(other.to_string()),
    }
}
