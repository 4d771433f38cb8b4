//! The HTTP server: routes and status codes through `app(..)` with `oneshot` (no socket), and one
//! real server on 127.0.0.1:0 queried with ureq, including a query cancelled by the timeout.

use crate::util::project_file;
use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use diplokg::map::{BaseIri, map_facts};
use diplokg::serve::{ServeConfig, app};
use diplokg::{Facts, Store};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::sparql::QueryResults;
use std::time::{Duration, Instant};
use tower::ServiceExt;

const FACTS: &str = "tests/data/ar-2026-05-20-xi-putin-talks.facts.json";
const TOKEN: &str = "test-token-0123456789";

/// The example article's facts, or a small stand-in while that file does not exist.
fn facts() -> Facts {
    if let Ok(json) = std::fs::read_to_string(project_file(FACTS)) {
        return Facts::from_json(&json).expect("valid facts");
    }
    let text = "استقبل الرئيس الصيني شي جين بينغ الرئيس الروسي فلاديمير بوتين في بكين يوم الأربعاء. وأجرى الجانبان محادثات حول التعاون.";
    let span = |s: &str| {
        let byte = text.find(s).expect("in the text");
        let start = text[..byte].chars().count();
        (start, start + s.chars().count())
    };
    let mention = |id: &str, s: &str| {
        let (start, end) = span(s);
        serde_json::json!({ "id": id, "start": start, "end": end, "anchor": s })
    };
    let json = serde_json::json!({
        "version": "diplokg-facts/1",
        "document": {
            "id": "test-article", "lang": "ar", "title": "شي يستقبل بوتين",
            "published": "2026-05-20",
            "text_sha256": diplokg::facts::text_sha256(text), "text": text
        },
        "mentions": [mention("m1", "شي جين بينغ"), mention("m2", "فلاديمير بوتين"),
                     mention("m3", "بكين"), mention("m4", "محادثات")],
        "entities": [
            { "id": "xi", "kind": "person", "name": "شي جين بينغ", "wikidata": "Q15031", "mentions": ["m1"] },
            { "id": "putin", "kind": "person", "name": "فلاديمير بوتين", "wikidata": "Q7747", "mentions": ["m2"] },
            { "id": "beijing", "kind": "place", "name": "بكين", "wikidata": "Q956", "mentions": ["m3"] },
            { "id": "aide", "kind": "person", "name": "مساعد", "mentions": [] }
        ],
        "events": [{
            "id": "talks", "kind": "talks", "label": "محادثات شي وبوتين",
            "date": { "value": "2026-05-20", "precision": "day", "source": "resolved" },
            "place": "beijing",
            "participants": [{ "entity": "xi", "role": "host" }, { "entity": "putin", "role": "guest" },
                             { "entity": "aide", "role": "attendee" }],
            "mentions": ["m4"]
        }]
    });
    Facts::from_json(&json.to_string()).expect("valid stand-in facts")
}

/// A fresh in-memory store with the reference graphs and the article.
fn store() -> Store {
    let base = BaseIri::default();
    let store = Store::in_memory(base.clone()).expect("memory store");
    store.load_reference().expect("reference data");
    store
        .replace_article(&map_facts(&facts(), &base).expect("facts map"))
        .expect("stored");
    store
}

/// The first IRI a query's `?x` binds.
fn first_iri(store: &Store, query: &str) -> String {
    match store.query(query).expect("query runs") {
        QueryResults::Solutions(mut solutions) => match solutions.next() {
            Some(Ok(solution)) => match solution.get("x") {
                Some(oxigraph::model::Term::NamedNode(n)) => n.as_str().to_owned(),
                other => panic!("not an IRI: {other:?}"),
            },
            other => panic!("no solution for {query}: {other:?}"),
        },
        _ => panic!("not a SELECT"),
    }
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: String,
}

impl Answer {
    fn content_type(&self) -> &str {
        self.headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }
}

async fn send(app: &Router, request: Request<Body>) -> Answer {
    let response = app
        .clone()
        .oneshot(request)
        .await
        .expect("the router answers");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .expect("a complete body");
    Answer {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

async fn get(app: &Router, uri: &str, accept: &str) -> Answer {
    let mut request = Request::get(uri);
    if !accept.is_empty() {
        request = request.header(header::ACCEPT, accept);
    }
    send(app, request.body(Body::empty()).expect("request")).await
}

fn query_uri(query: &str) -> String {
    format!("/sparql?query={}", encode(query))
}

fn parses_as(body: &str, format: RdfFormat) -> usize {
    RdfParser::from_format(format)
        .for_slice(body.as_bytes())
        .collect::<Result<Vec<_>, _>>()
        .unwrap_or_else(|e| panic!("{format} does not parse: {e}\n{body}"))
        .len()
}

const COUNT: &str = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

#[tokio::test]
async fn sparql_protocol_routes_formats_and_status_codes() {
    let app = app(store(), ServeConfig::default());

    let a = get(&app, &query_uri(COUNT), "").await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert_eq!(a.content_type(), "application/sparql-results+json");
    let json: serde_json::Value = serde_json::from_str(&a.body).expect("JSON results");
    assert!(json["results"]["bindings"][0]["n"]["value"].is_string());

    for (accept, media) in [
        (
            "application/sparql-results+xml",
            "application/sparql-results+xml",
        ),
        ("text/csv", "text/csv; charset=utf-8"),
        (
            "text/tab-separated-values;q=0.9, text/csv;q=0.1",
            "text/tab-separated-values; charset=utf-8",
        ),
        ("*/*", "application/sparql-results+json"),
    ] {
        let a = get(&app, &query_uri(COUNT), accept).await;
        assert_eq!(
            (a.status, a.content_type()),
            (StatusCode::OK, media),
            "{accept}"
        );
    }
    let a = get(
        &app,
        &format!("{}&format=tsv", query_uri(COUNT)),
        "application/json",
    )
    .await;
    assert_eq!(a.content_type(), "text/tab-separated-values; charset=utf-8");
    assert!(a.body.starts_with("?n\n"), "{}", a.body);

    let construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 20";
    for (accept, format) in [
        ("text/turtle", RdfFormat::Turtle),
        ("application/n-triples", RdfFormat::NTriples),
        ("application/rdf+xml", RdfFormat::RdfXml),
        ("application/trig", RdfFormat::TriG),
        ("application/n-quads", RdfFormat::NQuads),
    ] {
        let a = get(&app, &query_uri(construct), accept).await;
        assert_eq!(a.status, StatusCode::OK, "{accept}: {}", a.body);
        assert_eq!(a.content_type(), format.media_type());
        assert_eq!(parses_as(&a.body, format), 20, "{accept}");
    }
    let a = get(&app, &format!("{}&format=jsonld", query_uri(construct)), "").await;
    assert_eq!(a.content_type(), "application/ld+json");
    assert_eq!(parses_as(&a.body, diplokg_json_ld()), 20);

    // ASK, POST urlencoded, POST direct.
    let a = send(
        &app,
        Request::post("/sparql")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(format!("query={}", encode("ASK { ?s ?p ?o }"))))
            .expect("request"),
    )
    .await;
    assert_eq!(
        (a.status, a.body.as_str()),
        (StatusCode::OK, r#"{"head":{},"boolean":true}"#)
    );
    let a = send(
        &app,
        Request::post("/sparql")
            .header(header::CONTENT_TYPE, "application/sparql-query")
            .header(header::ACCEPT, "application/sparql-results+xml")
            .body(Body::from("ASK { ?s ?p ?o }"))
            .expect("request"),
    )
    .await;
    assert!(a.body.contains("<boolean>true</boolean>"), "{}", a.body);

    // Dataset parameters replace the union default graph.
    let graph = first_iri(
        &store(),
        "SELECT ?x WHERE { GRAPH ?x { ?a a <https://schema.org/NewsArticle> } }",
    );
    let a = get(
        &app,
        &format!(
            "{}&default-graph-uri={}",
            query_uri(COUNT),
            encode("http://example.org/empty")
        ),
        "text/csv",
    )
    .await;
    assert_eq!(a.body.trim_end(), "n\r\n0".trim_end(), "{}", a.body);
    let a = get(
        &app,
        &format!(
            "{}&named-graph-uri={}",
            query_uri("SELECT ?g WHERE { GRAPH ?g {} }"),
            encode(&graph)
        ),
        "text/csv",
    )
    .await;
    assert!(a.body.contains(&graph), "{}", a.body);

    // Errors.
    let a = get(&app, &query_uri("SELECT ?x WHERE { ?x"), "").await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST);
    assert!(
        a.body.contains("error at 1:"),
        "the parser's message and position: {}",
        a.body
    );
    let a = get(&app, &query_uri(COUNT), "image/png").await;
    assert_eq!(a.status, StatusCode::NOT_ACCEPTABLE);
    let a = get(&app, &format!("{}&format=ttl", query_uri(COUNT)), "").await;
    assert_eq!(a.status, StatusCode::NOT_ACCEPTABLE);
    let a = get(&app, &format!("{}&format=bogus", query_uri(COUNT)), "").await;
    assert_eq!(a.status, StatusCode::BAD_REQUEST);
    let a = send(
        &app,
        Request::post("/sparql")
            .header(header::CONTENT_TYPE, "text/plain")
            .body(Body::from("ASK {}"))
            .expect("request"),
    )
    .await;
    assert_eq!(a.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let a = get(&app, "/nowhere", "").await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);

    // Service description, health, query page, assets.
    let a = get(&app, "/sparql", "text/turtle").await;
    assert_eq!(a.status, StatusCode::OK);
    assert!(a.body.contains("sd:Service"), "{}", a.body);
    parses_as(&a.body, RdfFormat::Turtle);
    let a = get(
        &app,
        "/sparql",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    )
    .await;
    assert_eq!(a.status, StatusCode::SEE_OTHER);
    assert_eq!(get(&app, "/health", "").await.status, StatusCode::OK);
    let a = get(&app, "/", "text/html").await;
    assert_eq!(a.status, StatusCode::OK);
    assert!(a.body.contains("assets/yasgui/yasgui.min.js") && a.body.contains("PREFIX dk:"));
    // Every queries/*.rq is an example on the page.
    for entry in std::fs::read_dir(project_file("queries"))
        .into_iter()
        .flatten()
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(stem) = name.strip_suffix(".rq") {
            assert!(
                a.body.contains(&format!("\"name\":\"{stem}\"")),
                "example {name} missing"
            );
        }
    }
    let a = get(&app, "/assets/yasgui/yasgui.min.js", "").await;
    assert_eq!(
        (a.status, a.content_type()),
        (StatusCode::OK, "text/javascript; charset=utf-8")
    );
    assert!(a.body.len() > 100_000);
    assert_eq!(
        get(&app, "/assets/nope.js", "").await.status,
        StatusCode::NOT_FOUND
    );

    // VoID.
    let a = get(&app, "/.well-known/void", "application/n-triples").await;
    assert_eq!(a.status, StatusCode::OK);
    assert!(
        a.body.contains("<http://rdfs.org/ns/void#triples>"),
        "{}",
        a.body
    );
    assert!(a.body.contains(&graph));
    parses_as(&a.body, RdfFormat::NTriples);
}

fn diplokg_json_ld() -> RdfFormat {
    RdfFormat::from_media_type("application/ld+json").expect("JSON-LD")
}

#[tokio::test]
async fn limits_rows_and_body_size() {
    let config = ServeConfig {
        max_rows: 3,
        body_limit: 1024,
        ..ServeConfig::default()
    };
    let app = app(store(), config);
    let a = get(
        &app,
        &query_uri("SELECT * WHERE { ?s ?p ?o }"),
        "text/tab-separated-values",
    )
    .await;
    assert_eq!(a.body.lines().count(), 4, "a header and 3 rows: {}", a.body);
    let a = send(
        &app,
        Request::post("/sparql")
            .header(header::CONTENT_TYPE, "application/sparql-query")
            .body(Body::from(format!("ASK {{}} #{}", "x".repeat(2000))))
            .expect("request"),
    )
    .await;
    assert_eq!(a.status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn linked_data_dereferences_minted_iris() {
    let store = store();
    let base = store.base().as_str().to_owned();
    let event = first_iri(
        &store,
        &format!(
            "SELECT ?x WHERE {{ ?x <http://www.wikidata.org/prop/direct/P710> ?p ; <{base}ontology#mention> ?m \
             FILTER(STRSTARTS(STR(?x), \"{base}resource/event/\")) }} ORDER BY ?x LIMIT 1"
        ),
    );
    let article = first_iri(
        &store,
        "SELECT ?x WHERE { ?x a <https://schema.org/NewsArticle> }",
    );
    let labels = oxigraph::model::NamedNode::new_unchecked("http://example.org/graph/labels");
    for (text, language) in [("Vladimir Putin", "en"), ("Владимир Путин", "ru")] {
        store
            .oxigraph()
            .insert(&oxigraph::model::Quad::new(
                oxigraph::model::NamedNode::new_unchecked("http://www.wikidata.org/entity/Q7747"),
                oxigraph::model::vocab::rdfs::LABEL,
                oxigraph::model::Literal::new_language_tagged_literal_unchecked(text, language),
                labels.clone(),
            ))
            .expect("label stored");
    }
    let app = app(store, ServeConfig::default());
    let path = event.strip_prefix(&base).expect("under the base");
    let rest = path.strip_prefix("resource/").expect("a resource");
    let depth = "../".repeat(rest.matches('/').count() + 1);

    let a = get(&app, &format!("/{path}"), "text/html").await;
    assert_eq!(a.status, StatusCode::SEE_OTHER);
    assert_eq!(
        a.headers[header::LOCATION],
        format!("{depth}page/{rest}").as_str()
    );
    let a = get(&app, &format!("/{path}"), "text/turtle").await;
    assert_eq!(
        a.headers[header::LOCATION],
        format!("{depth}data/{rest}.ttl").as_str()
    );
    let a = get(&app, &format!("/{path}"), "application/ld+json").await;
    assert_eq!(
        a.headers[header::LOCATION],
        format!("{depth}data/{rest}.jsonld").as_str()
    );
    assert_eq!(
        get(&app, "/resource/event/nothing/here", "").await.status,
        StatusCode::NOT_FOUND
    );

    // The page: label, links, the mention highlighted in its sentence.
    let a = get(&app, &format!("/page/{rest}"), "text/html").await;
    assert_eq!(a.status, StatusCode::OK);
    assert!(
        a.body.contains("<mark>"),
        "a highlighted mention: {}",
        a.body
    );
    assert!(a.body.contains("wdt:P710") || a.body.contains("participant"));
    assert!(a.body.contains(&format!("{depth}data/{rest}.ttl")));

    // The data documents.
    let a = get(&app, &format!("/data/{rest}.ttl"), "").await;
    assert_eq!(
        (a.status, a.content_type()),
        (StatusCode::OK, "text/turtle")
    );
    assert!(parses_as(&a.body, RdfFormat::Turtle) > 3);
    let a = get(&app, &format!("/data/{rest}.nt"), "").await;
    assert!(a.body.contains(&format!(
        "<{event}> <http://www.wikidata.org/prop/direct/P710>"
    )));
    let a = get(&app, &format!("/data/{rest}.jsonld"), "").await;
    assert!(parses_as(&a.body, diplokg_json_ld()) > 3);

    // The article and its text (hash IRIs of the NIF context and mentions).
    let article_rest = article
        .strip_prefix(&format!("{base}resource/"))
        .expect("minted");
    let a = get(&app, &format!("/page/{article_rest}"), "").await;
    assert_eq!(a.status, StatusCode::OK);
    let text_rest = article_rest.replacen("article/", "text/", 1);
    let a = get(&app, &format!("/resource/{text_rest}"), "").await;
    assert_eq!(a.status, StatusCode::SEE_OTHER);
    let a = get(&app, &format!("/page/{text_rest}"), "").await;
    assert!(a.body.contains("<mark id=\"char="), "{}", a.body);

    // Any IRI, e.g. a Wikidata entity, through /page?iri=, labelled in the reader's language.
    let putin = format!(
        "/page?iri={}",
        encode("http://www.wikidata.org/entity/Q7747")
    );
    let page = |language: &'static str| {
        Request::get(putin.as_str())
            .header(header::ACCEPT_LANGUAGE, language)
            .body(Body::empty())
            .expect("request")
    };
    let a = send(&app, page("ru, en;q=0.5")).await;
    assert_eq!(a.status, StatusCode::OK);
    assert!(
        a.body
            .contains("<h1 dir=\"auto\" lang=\"ru\">Владимир Путин</h1>"),
        "{}",
        a.body
    );
    let a = send(&app, page("de, en;q=0.8")).await;
    assert!(
        a.body
            .contains("<h1 dir=\"auto\" lang=\"en\">Vladimir Putin</h1>"),
        "{}",
        a.body
    );
    let a = send(&app, page("ar")).await;
    assert!(a.body.contains("lang=\"ar\">"), "{}", a.body);
    let a = get(
        &app,
        &format!("/page?iri={}", encode("http://example.org/unknown")),
        "",
    )
    .await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);
}

fn with_token(request: axum::http::request::Builder, token: &str) -> axum::http::request::Builder {
    request.header(header::AUTHORIZATION, format!("Bearer {token}"))
}

#[tokio::test]
async fn writes_need_the_token() {
    let graph = "http://example.org/graph/test";
    let uri = format!("/store?graph={}", encode(graph));
    let turtle = "<http://example.org/s> <http://example.org/p> \"o\" .";
    let put = |token: Option<&str>| {
        let mut request = Request::put(uri.as_str()).header(header::CONTENT_TYPE, "text/turtle");
        if let Some(token) = token {
            request = with_token(request, token);
        }
        request.body(Body::from(turtle)).expect("request")
    };

    // Writes are off without a configured token; reading stays open.
    let closed = app(store(), ServeConfig::default());
    assert_eq!(
        send(&closed, put(Some(TOKEN))).await.status,
        StatusCode::FORBIDDEN
    );
    let update = |token: Option<&str>| {
        let mut request =
            Request::post("/sparql").header(header::CONTENT_TYPE, "application/sparql-update");
        if let Some(token) = token {
            request = with_token(request, token);
        }
        request
            .body(Body::from(format!("INSERT DATA {{ GRAPH <{graph}> {{ <http://example.org/s> <http://example.org/p> 1 }} }}")))
            .expect("request")
    };
    assert_eq!(
        send(&closed, update(Some(TOKEN))).await.status,
        StatusCode::FORBIDDEN
    );
    let a = get(&closed, "/store?format=nq", "").await;
    assert_eq!(a.status, StatusCode::OK);
    assert!(parses_as(&a.body, RdfFormat::NQuads) > 10);

    let open = app(
        store(),
        ServeConfig {
            write_token: Some(TOKEN.into()),
            ..ServeConfig::default()
        },
    );
    assert_eq!(
        send(&open, put(None)).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        send(&open, put(Some("wrong"))).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        send(&open, update(None)).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(get(&open, &uri, "").await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        send(&open, put(Some(TOKEN))).await.status,
        StatusCode::CREATED
    );
    assert_eq!(
        send(&open, put(Some(TOKEN))).await.status,
        StatusCode::NO_CONTENT
    );
    let a = get(&open, &uri, "application/n-triples").await;
    assert_eq!(a.body.trim(), turtle);
    assert_eq!(
        send(&open, update(Some(TOKEN))).await.status,
        StatusCode::NO_CONTENT
    );
    let a = get(&open, &uri, "text/turtle").await;
    assert_eq!(parses_as(&a.body, RdfFormat::Turtle), 2);
    let bad = with_token(Request::put(uri.as_str()), TOKEN)
        .header(header::CONTENT_TYPE, "text/turtle")
        .body(Body::from("<broken"))
        .expect("request");
    assert_eq!(send(&open, bad).await.status, StatusCode::BAD_REQUEST);
    let whole_store = with_token(Request::put("/store"), TOKEN)
        .header(header::CONTENT_TYPE, "application/n-quads")
        .body(Body::from(""))
        .expect("request");
    assert_eq!(
        send(&open, whole_store).await.status,
        StatusCode::BAD_REQUEST
    );
    let delete = || {
        with_token(Request::delete(uri.as_str()), TOKEN)
            .body(Body::empty())
            .expect("request")
    };
    assert_eq!(send(&open, delete()).await.status, StatusCode::NO_CONTENT);
    assert_eq!(send(&open, delete()).await.status, StatusCode::NOT_FOUND);
}

/// A cross join filtered by a lookup that never matches: n² store reads and no row. Oxigraph
/// checks the cancellation token at each read, so the evaluation stops promptly.
const SLOW: &str = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f \
    FILTER EXISTS { ?a <http://example.org/none> ?f } }";

/// Adds 3,000 triples, so that [`SLOW`] runs far past 1 s whatever the article's size.
fn pad(store: &Store) {
    let graph = oxigraph::model::NamedNode::new_unchecked("http://example.org/graph/padding");
    let p = oxigraph::model::NamedNode::new_unchecked("http://example.org/p");
    let quads = (0..3000).map(|i| {
        oxigraph::model::Quad::new(
            oxigraph::model::NamedNode::new_unchecked(format!("http://example.org/s{i}")),
            p.clone(),
            oxigraph::model::Literal::from(i),
            graph.clone(),
        )
    });
    store.oxigraph().extend(quads).expect("padding stored");
}

#[test]
fn real_server_answers_clients_and_cancels_slow_queries() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .expect("a free port");
    let address = listener.local_addr().expect("bound");
    let config = ServeConfig {
        query_timeout: Duration::from_secs(1),
        ..ServeConfig::default()
    };
    let store = store();
    pad(&store);
    runtime.spawn(diplokg::serve::serve(store, config, listener));
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let url = |path: &str| format!("http://{address}{path}");

    let mut response = agent
        .get(url(&query_uri(COUNT)))
        .header("Accept", "application/sparql-results+json")
        .call()
        .expect("the server answers");
    assert_eq!(response.status(), 200);
    let json: serde_json::Value =
        serde_json::from_str(&response.body_mut().read_to_string().expect("body")).expect("JSON");
    assert!(json["results"]["bindings"][0]["n"]["value"].is_string());

    let start = Instant::now();
    let mut response = agent
        .get(url(&query_uri(SLOW)))
        .call()
        .expect("the server answers");
    let elapsed = start.elapsed();
    assert_eq!(
        response.status(),
        503,
        "{}",
        response.body_mut().read_to_string().unwrap_or_default()
    );
    assert!(elapsed < Duration::from_secs(2), "503 after {elapsed:?}");

    // Still serving.
    let response = agent
        .post(url("/sparql"))
        .header("Content-Type", "application/sparql-query")
        .send("ASK { ?s ?p ?o }")
        .expect("the server answers");
    assert_eq!(response.status(), 200);
    let response = agent.get(url("/health")).call().expect("health");
    assert_eq!(response.status(), 200);
    runtime.shutdown_background();
}
