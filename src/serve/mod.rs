//! The HTTP server (`diplokg serve`): SPARQL 1.1 Protocol, Graph Store Protocol, linked-data
//! pages and a query page, over one [`Store`].
//!
//! Pipeline position: the last stage. It only reads the store, except for SPARQL Update and
//! Graph Store writes, which are off unless a write token is configured.
//!
//! | route | what | file |
//! |---|---|---|
//! | `GET /` | query page (YASGUI, bundled, with the `queries/*.rq` examples) | `html.rs` |
//! | `GET, POST /sparql` | SPARQL 1.1 query and update; service description without a query | `sparql.rs`, `void.rs` |
//! | `GET, PUT, POST, DELETE /store` | SPARQL 1.1 Graph Store HTTP Protocol | `gsp.rs` |
//! | `GET /resource/…` | 303 to `/page/…` (HTML) or `/data/….ttl` (RDF) by `Accept` | `linked_data.rs` |
//! | `GET /page/…`, `GET /page?iri=` | HTML description of a resource | `linked_data.rs`, `html.rs` |
//! | `GET /data/….{ttl,nt,jsonld,rdf,trig,nq}` | RDF description of a resource | `linked_data.rs` |
//! | `GET /.well-known/void` | VoID description of the dataset | `void.rs` |
//! | `GET /health` | liveness probe (`ok`, and the store answers) | here |
//!
//! Choices where the design notes are silent:
//! - Evaluation blocks, so it runs in [`tokio::task::spawn_blocking`]; a semaphore with
//!   [`ServeConfig::concurrency`] permits bounds how many evaluations run at once (a request
//!   waits for a permit at most the query timeout, then gets 503).
//! - Each query gets an Oxigraph [`CancellationToken`]
//!   cancelled when [`ServeConfig::query_timeout`] runs out, so evaluation really stops; the
//!   response is 503 if no result was sent yet, else the stream is cut (the client sees an
//!   incomplete body rather than a truncated one that looks complete). Oxigraph checks the token
//!   whenever it reads the store, and the server checks it between rows; an operator that
//!   works only on data already in memory (say, a cartesian product of two large patterns under
//!   an aggregate) notices at its next store read. The client gets its 503 at the timeout plus
//!   a grace of half a second in any case, and the server keeps serving.
//! - [`ServeConfig::max_rows`] cuts long results silently (SPARQL result formats have no place
//!   to say so); use `LIMIT`/`OFFSET` to page.
//! - Results stream: the blocking task serializes solutions into 32 KiB chunks sent through a
//!   bounded channel, so memory stays flat whatever the result size.
//! - Every request is logged in one line (method, path, status, milliseconds) with `tracing`.

mod error;
mod gsp;
mod html;
mod linked_data;
mod negotiate;
mod sparql;
mod void;

pub use error::ApiError;

use crate::Store;
use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderValue, Method, header};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::get;
use oxigraph::sparql::CancellationToken;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Semaphore;
use tower_http::cors::{Any, CorsLayer};

/// Limits and switches of the server.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    /// Time a query may run before it is cancelled (503). Default 30 s.
    pub query_timeout: Duration,
    /// Most solutions (SELECT) or triples (CONSTRUCT, DESCRIBE) sent for one query; the rest is
    /// left out silently, as public endpoints do. Default 100,000.
    pub max_rows: usize,
    /// Largest request body accepted (queries, updates, Graph Store uploads), in bytes; larger
    /// bodies get 413. Default 10 MiB.
    pub body_limit: usize,
    /// Most SPARQL evaluations running at once; others wait. Default: the number of CPUs, at
    /// least 2.
    pub concurrency: usize,
    /// Bearer token that enables SPARQL Update and Graph Store writes. `None` (the default)
    /// disables writes; reading through the Graph Store protocol stays available.
    pub write_token: Option<String>,
}

impl Default for ServeConfig {
    fn default() -> Self {
        Self {
            query_timeout: Duration::from_secs(30),
            max_rows: 100_000,
            body_limit: 10 * 1024 * 1024,
            concurrency: std::thread::available_parallelism()
                .map_or(2, std::num::NonZeroUsize::get)
                .max(2),
            write_token: None,
        }
    }
}

/// What every handler shares: the store, the limits, the evaluation permits.
#[derive(Clone)]
struct AppState {
    store: Store,
    config: Arc<ServeConfig>,
    permits: Arc<Semaphore>,
}

impl AppState {
    /// The base IRI data IRIs are minted under, e.g. `https://w3id.org/diplokg/`.
    fn base(&self) -> &str {
        self.store.base().as_str()
    }

    /// Runs blocking store work `f` on the blocking pool under an evaluation permit, with a
    /// cancellation token cancelled at the query timeout.
    ///
    /// # Errors
    /// 503 when no permit frees up or `f` does not finish in time; `f`'s own errors.
    async fn run_blocking<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(CancellationToken) -> Result<T, ApiError> + Send + 'static,
    {
        let timeout = self.config.query_timeout;
        let deadline = tokio::time::Instant::now() + timeout;
        let permit = self.acquire(deadline).await?;
        let token = cancel_at(deadline);
        let task = tokio::task::spawn_blocking(move || {
            let _permit = permit;
            f(token)
        });
        match tokio::time::timeout_at(deadline + GRACE, task).await {
            Ok(Ok(result)) => result,
            Ok(Err(join)) => Err(ApiError::internal(join)),
            Err(_) => Err(ApiError::Timeout),
        }
    }

    /// Waits for an evaluation permit until `deadline`.
    async fn acquire(
        &self,
        deadline: tokio::time::Instant,
    ) -> Result<tokio::sync::OwnedSemaphorePermit, ApiError> {
        match tokio::time::timeout_at(deadline, Arc::clone(&self.permits).acquire_owned()).await {
            Ok(Ok(permit)) => Ok(permit),
            Ok(Err(closed)) => Err(ApiError::internal(closed)),
            Err(_) => Err(ApiError::Timeout),
        }
    }
}

/// Time allowed past the timeout for a cancelled evaluation to notice and stop before the
/// server answers 503 without it.
const GRACE: Duration = Duration::from_millis(500);

/// A cancellation token cancelled at `deadline` by a timer task.
fn cancel_at(deadline: tokio::time::Instant) -> CancellationToken {
    let token = CancellationToken::new();
    let timer = token.clone();
    tokio::spawn(async move {
        tokio::time::sleep_until(deadline).await;
        timer.cancel();
    });
    token
}

/// The prefixes used in Turtle, TriG and HTML output (and declared on the query page).
fn prefixes(base: &str) -> Vec<(&'static str, String)> {
    let mut list = vec![("dk", format!("{base}ontology#"))];
    for (name, iri) in [
        ("wd", "http://www.wikidata.org/entity/"),
        ("wdt", "http://www.wikidata.org/prop/direct/"),
        ("schema", "https://schema.org/"),
        (
            "nif",
            "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
        ),
        ("itsrdf", "http://www.w3.org/2005/11/its/rdf#"),
        ("prov", "http://www.w3.org/ns/prov#"),
        ("skos", "http://www.w3.org/2004/02/skos/core#"),
        ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
        ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
        ("owl", "http://www.w3.org/2002/07/owl#"),
        ("xsd", "http://www.w3.org/2001/XMLSchema#"),
        ("void", "http://rdfs.org/ns/void#"),
        ("sd", "http://www.w3.org/ns/sparql-service-description#"),
    ] {
        list.push((name, iri.to_owned()));
    }
    list
}

/// The router: every route, with CORS, request logging, the body limit and the state.
pub fn app(store: Store, config: ServeConfig) -> Router {
    let body_limit = config.body_limit;
    let state = AppState {
        store,
        permits: Arc::new(Semaphore::new(config.concurrency.max(1))),
        config: Arc::new(config),
    };
    let cors = CorsLayer::new()
        .allow_origin(Any)
        .allow_methods([Method::GET, Method::POST, Method::HEAD, Method::OPTIONS])
        .allow_headers([
            header::ACCEPT,
            header::CONTENT_TYPE,
            header::ACCEPT_LANGUAGE,
        ])
        .expose_headers([header::CONTENT_TYPE, header::LOCATION]);
    Router::new()
        .route("/", get(html::index))
        .route("/assets/{*file}", get(html::asset))
        .route("/health", get(health))
        .route("/sparql", get(sparql::get).post(sparql::post))
        .route(
            "/store",
            get(gsp::get)
                .head(gsp::get)
                .put(gsp::put)
                .post(gsp::post)
                .delete(gsp::delete),
        )
        .route("/.well-known/void", get(void::void))
        .route("/resource/{*path}", get(linked_data::resource))
        .route("/page", get(linked_data::page_by_iri))
        .route("/page/{*path}", get(linked_data::page))
        .route("/data/{*path}", get(linked_data::data))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(cors)
        .layer(middleware::from_fn(log_request))
        .with_state(state)
}

/// `GET /health`: 200 `ok` when the store answers (one quad read), 503 otherwise.
async fn health(State(state): State<AppState>) -> Result<&'static str, ApiError> {
    let store = state.store.clone();
    state
        .run_blocking(move |_| match store.oxigraph().iter().next() {
            Some(Err(e)) => Err(ApiError::internal(e)),
            _ => Ok("ok\n"),
        })
        .await
}

/// 404 for any other path.
async fn not_found() -> ApiError {
    ApiError::NotFound(
        "no such route; see / for the query page and /sparql for the endpoint".into(),
    )
}

/// Logs one line per request: method, path, status, milliseconds.
async fn log_request(request: Request, next: Next) -> Response {
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let start = Instant::now();
    let mut response = next.run(request).await;
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    let status = response.status().as_u16();
    tracing::info!(target: "diplokg::http", %method, %path, status, ms = format_args!("{ms:.1}"), "request");
    let headers = response.headers_mut();
    let varies_on_accept = headers.get_all(header::VARY).iter().any(|v| {
        v.to_str().is_ok_and(|v| {
            v.to_ascii_lowercase().contains("accept,") || v.eq_ignore_ascii_case("accept")
        })
    });
    if !varies_on_accept {
        headers.append(header::VARY, HeaderValue::from_static("accept"));
    }
    response
}

/// Serves `app(store, config)` on `listener` until SIGTERM or Ctrl-C, then lets running
/// requests finish.
///
/// # Errors
/// When the listener fails.
pub async fn serve(
    store: Store,
    config: ServeConfig,
    listener: tokio::net::TcpListener,
) -> std::io::Result<()> {
    axum::serve(listener, app(store, config))
        .with_graceful_shutdown(shutdown_signal())
        .await
}

/// Resolves on Ctrl-C or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::warn!("cannot listen for Ctrl-C: {e}");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(e) => {
                tracing::warn!("cannot listen for SIGTERM: {e}");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing running requests");
}
