//! The real `diplokg` binary in a fresh directory: map, ingest (idempotent, atomic replace, bad
//! input leaves the store unchanged), query, export round trips.

use crate::util::{TestDir, project_file};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{Dataset, Quad};
use std::path::Path;

const EXAMPLE_FACTS: &str = "tests/data/ar-2026-05-20-xi-putin-talks.facts.json";
const CHANGED_FACTS: &str = "tests/data/changed.facts.json";
const EXAMPLE_GRAPH: &str = "https://w3id.org/diplokg/graph/article/ar-2026-05-20-xi-putin-talks";

fn path_str(path: &Path) -> &str {
    path.to_str().expect("UTF-8 paths in tests")
}

fn parse(data: &[u8], format: RdfFormat) -> Vec<Quad> {
    RdfParser::from_format(format)
        .for_slice(data)
        .collect::<Result<Vec<_>, _>>()
        .unwrap_or_else(|e| panic!("output does not parse as {format}: {e}"))
}

/// The whole store as a sorted list of N-Quads lines.
fn dump(dir: &TestDir) -> Vec<String> {
    let store = dir.store();
    let out = dir.run_ok(&["export", "--store", path_str(&store), "--format", "nq"]);
    let mut lines: Vec<String> = out.lines().map(str::to_owned).collect();
    lines.sort();
    lines
}

fn canonical(quads: Vec<Quad>) -> Dataset {
    let mut dataset: Dataset = quads.into_iter().collect();
    dataset.canonicalize(oxigraph::model::dataset::CanonicalizationAlgorithm::Unstable);
    dataset
}

#[test]
fn map_prints_turtle_that_parses_back() {
    let dir = TestDir::new();
    let example = project_file(EXAMPLE_FACTS);
    let turtle = dir.run_ok(&["map", path_str(&example), "--format", "turtle"]);
    let triples = parse(turtle.as_bytes(), RdfFormat::Turtle);
    let nquads = dir.run_ok(&["map", path_str(&example), "--format", "nq"]);
    let quads = parse(nquads.as_bytes(), RdfFormat::NQuads);
    assert!(
        quads.len() > 100,
        "the example maps to {} quads",
        quads.len()
    );
    assert!(
        quads
            .iter()
            .all(|q| q.graph_name.to_string() == format!("<{EXAMPLE_GRAPH}>"))
    );
    let as_triples = |qs: Vec<Quad>| {
        canonical(
            qs.into_iter()
                .map(|q| {
                    Quad::new(
                        q.subject,
                        q.predicate,
                        q.object,
                        oxigraph::model::GraphName::DefaultGraph,
                    )
                })
                .collect(),
        )
    };
    assert_eq!(as_triples(triples), as_triples(quads));
}

#[test]
fn ingest_twice_changes_nothing() {
    let dir = TestDir::new();
    let store = dir.store();
    let example = project_file(EXAMPLE_FACTS);
    dir.run_ok(&["ingest", "--store", path_str(&store), path_str(&example)]);
    let first = dump(&dir);
    let output = dir.run(&["ingest", "--store", path_str(&store), path_str(&example)]);
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("1 unchanged"));
    assert_eq!(
        first,
        dump(&dir),
        "re-ingesting the same article changed the store"
    );
}

#[test]
fn ingesting_a_changed_article_replaces_its_graph_only() {
    let dir = TestDir::new();
    let store = dir.store();
    let example = project_file(EXAMPLE_FACTS);
    // A second article: the example under another id.
    let mut other: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&example).expect("example facts"))
            .expect("JSON");
    other["document"]["id"] = "other-article".into();
    let other_path = dir.path().join("other.facts.json");
    std::fs::write(&other_path, other.to_string()).expect("write");
    dir.run_ok(&[
        "ingest",
        "--store",
        path_str(&store),
        path_str(&example),
        path_str(&other_path),
    ]);
    let other_graph = "<https://w3id.org/diplokg/graph/article/other-article>";
    let other_before: Vec<String> = dump(&dir)
        .into_iter()
        .filter(|l| l.ends_with(&format!("{other_graph} .")))
        .collect();
    assert!(!other_before.is_empty());

    let changed = project_file(CHANGED_FACTS);
    dir.run_ok(&["ingest", "--store", path_str(&store), path_str(&changed)]);
    let after = dump(&dir);
    let other_after: Vec<String> = after
        .iter()
        .filter(|l| l.ends_with(&format!("{other_graph} .")))
        .cloned()
        .collect();
    assert_eq!(other_before, other_after, "another article's graph changed");

    // The example's graph now holds exactly the changed facts' quads (plus the store's time stamp).
    let mapped = dir.run_ok(&["map", path_str(&changed), "--format", "nq"]);
    let mut expected: Vec<String> = mapped.lines().map(str::to_owned).collect();
    expected.sort();
    let actual: Vec<String> = after
        .into_iter()
        .filter(|l| l.ends_with(&format!("<{EXAMPLE_GRAPH}> .")) && !l.contains("prov#endedAtTime"))
        .collect();
    assert_eq!(expected, actual);
}

#[test]
fn malformed_facts_are_refused_with_file_field_and_position() {
    let dir = TestDir::new();
    let store = dir.store();
    let example = project_file(EXAMPLE_FACTS);
    dir.run_ok(&["ingest", "--store", path_str(&store), path_str(&example)]);
    let before = dump(&dir);
    let cases = [
        ("syntax.facts.json", "line"),
        ("wrong-type.facts.json", "line"),
        ("offset.facts.json", "mentions["),
        ("qid.facts.json", "wikidata"),
    ];
    for (file, expected) in cases {
        let path = project_file(&format!("tests/data/bad/{file}"));
        let output = dir.run(&["ingest", "--store", path_str(&store), path_str(&path)]);
        assert!(!output.status.success(), "{file} was accepted");
        let stderr = String::from_utf8_lossy(&output.stderr);
        let message = stderr
            .lines()
            .find(|l| l.starts_with("diplokg: "))
            .unwrap_or_else(|| panic!("no error line for {file}: {stderr}"));
        assert!(
            message.contains(file),
            "{file}: the error does not name the file: {message}"
        );
        assert!(
            message.contains(expected),
            "{file}: the error does not say {expected}: {message}"
        );
        let output = dir.run(&["map", path_str(&path)]);
        assert_eq!(output.status.code(), Some(2), "map accepted {file}");
    }
    assert_eq!(before, dump(&dir), "a refused file changed the store");
}

#[test]
fn query_answers_in_every_results_format() {
    let dir = TestDir::new();
    let store = dir.store();
    let example = project_file(EXAMPLE_FACTS);
    dir.run_ok(&["ingest", "--store", path_str(&store), path_str(&example)]);
    let query = "PREFIX wd: <http://www.wikidata.org/entity/> PREFIX wdt: <http://www.wikidata.org/prop/direct/> \
                 SELECT ?event WHERE { ?event wdt:P710 wd:Q7747 }";
    let json = dir.run_ok(&[
        "query",
        "--store",
        path_str(&store),
        "--format",
        "json",
        query,
    ]);
    let value: serde_json::Value = serde_json::from_str(&json).expect("SPARQL JSON results");
    let rows = value["results"]["bindings"]
        .as_array()
        .expect("bindings")
        .len();
    assert!(rows >= 5, "Putin takes part in {rows} events");
    let csv = dir.run_ok(&[
        "query",
        "--store",
        path_str(&store),
        "--format",
        "csv",
        query,
    ]);
    assert_eq!(csv.lines().count(), rows + 1);
    let table = dir.run_ok(&[
        "query",
        "--store",
        path_str(&store),
        "--format",
        "table",
        query,
    ]);
    assert!(table.contains(&format!("({rows} rows)")));
    let ask = dir.run_ok(&[
        "query",
        "--store",
        path_str(&store),
        "--format",
        "json",
        "ASK { ?s ?p ?o }",
    ]);
    assert!(ask.contains("true"));
    let construct = dir.run_ok(&[
        "query",
        "--store",
        path_str(&store),
        "--format",
        "nt",
        "CONSTRUCT { ?e a ?t } WHERE { SELECT DISTINCT ?e ?t WHERE { ?e a ?t } LIMIT 5 }",
    ]);
    assert_eq!(parse(construct.as_bytes(), RdfFormat::NTriples).len(), 5);
    let bad = dir.run(&["query", "--store", path_str(&store), "SELECT WHERE {"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn exports_parse_back_to_the_same_graph() {
    let dir = TestDir::new();
    let store = dir.store();
    let example = project_file(EXAMPLE_FACTS);
    dir.run_ok(&["ingest", "--store", path_str(&store), path_str(&example)]);
    let nquads = dir.run_ok(&[
        "export",
        "--store",
        path_str(&store),
        "--format",
        "nquads",
        "--graph",
        EXAMPLE_GRAPH,
    ]);
    let reference = parse(nquads.as_bytes(), RdfFormat::NQuads);
    for (name, format) in [
        ("trig", RdfFormat::TriG),
        ("turtle", RdfFormat::Turtle),
        ("nt", RdfFormat::NTriples),
        ("rdfxml", RdfFormat::RdfXml),
        (
            "jsonld",
            RdfFormat::JsonLd {
                profile: Default::default(),
            },
        ),
    ] {
        let out = dir.run_ok(&[
            "export",
            "--store",
            path_str(&store),
            "--format",
            name,
            "--graph",
            EXAMPLE_GRAPH,
        ]);
        let parsed = parse(out.as_bytes(), format);
        let strip = |qs: &[Quad]| {
            canonical(
                qs.iter()
                    .map(|q| {
                        Quad::new(
                            q.subject.clone(),
                            q.predicate.clone(),
                            q.object.clone(),
                            oxigraph::model::GraphName::DefaultGraph,
                        )
                    })
                    .collect(),
            )
        };
        assert_eq!(strip(&reference), strip(&parsed), "{name} export differs");
    }
    let missing = dir.run(&[
        "export",
        "--store",
        path_str(&store),
        "--format",
        "nq",
        "--graph",
        "https://example.org/none",
    ]);
    assert!(!missing.status.success());
}

#[test]
fn commands_on_a_missing_store_fail_clearly() {
    let dir = TestDir::new();
    let output = dir.run(&["query", "--store", "nowhere", "ASK {}"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no store at nowhere"));
}

#[test]
fn schema_is_published_and_current() {
    let dir = TestDir::new();
    let printed = dir.run_ok(&["schema"]);
    let published = std::fs::read_to_string(project_file("schema/facts.schema.json"))
        .expect("schema/facts.schema.json");
    let printed: serde_json::Value = serde_json::from_str(&printed).expect("JSON");
    let published: serde_json::Value = serde_json::from_str(&published).expect("JSON");
    assert_eq!(
        printed, published,
        "schema/facts.schema.json is stale: run `diplokg schema > schema/facts.schema.json`"
    );
}

#[test]
fn canonical_exports_of_two_stores_with_the_same_article_are_identical() {
    let example = project_file(EXAMPLE_FACTS);
    let export = |dir: &TestDir| -> Vec<String> {
        let store = dir.store();
        dir.run_ok(&[
            "ingest",
            "--quiet",
            "--store",
            path_str(&store),
            path_str(&example),
        ]);
        let out = dir.run_ok(&["export", "--store", path_str(&store), "--canonical"]);
        // The ingest time is the one quad that differs between two runs.
        out.lines()
            .filter(|l| !l.contains("prov#endedAtTime"))
            .map(str::to_owned)
            .collect()
    };
    let (a, b) = (TestDir::new(), TestDir::new());
    let (first, second) = (export(&a), export(&b));
    assert!(first.len() > 100);
    assert!(
        first.windows(2).all(|w| w[0] <= w[1]),
        "canonical N-Quads are sorted"
    );
    assert_eq!(first, second);
    let refused = a.run(&[
        "export",
        "--store",
        path_str(&a.store()),
        "--canonical",
        "--format",
        "ttl",
    ]);
    assert!(!refused.status.success());
}

#[test]
fn validate_reports_conformance_of_the_store_and_of_files() {
    let dir = TestDir::new();
    let store = dir.store();
    let example = project_file(EXAMPLE_FACTS);
    dir.run_ok(&[
        "ingest",
        "--quiet",
        "--store",
        path_str(&store),
        path_str(&example),
    ]);
    let report = dir.run_ok(&["validate", "--store", path_str(&store)]);
    assert!(report.contains("conforms: yes"), "{report}");
    // An event without its required status does not conform, and validate says so (exit 1).
    let trig = dir.run_ok(&["map", path_str(&example), "--format", "nq"]);
    let broken: String = trig
        .lines()
        .filter(|l| !l.contains("ontology#status>"))
        .map(|l| format!("{l}\n"))
        .collect();
    let broken_path = dir.path().join("broken.nq");
    std::fs::write(&broken_path, broken).expect("write");
    let output = dir.run(&["validate", path_str(&broken_path)]);
    assert_eq!(
        output.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("conforms: no"));
}

#[test]
fn ingest_then_serve_answers_over_http() {
    // The README's main job: ingest the example, then serve it. `--serve` takes its address only
    // with `=`, so the file after it is an input, not an address.
    use std::io::{BufRead, BufReader, Read, Write};
    let dir = TestDir::new();
    let article = project_file("corpus/ar-2026-05-20-xi-putin-talks.txt");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_diplokg"))
        .args([
            "ingest",
            "--memory",
            "-q",
            "--serve=127.0.0.1:0",
            path_str(&article),
        ])
        .current_dir(dir.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("diplokg starts");
    let stderr = child.stderr.take().expect("stderr");
    let mut lines = BufReader::new(stderr).lines().map_while(Result::ok);
    let address = lines.by_ref().find_map(|line| {
        let rest = line.split("serving SPARQL at http://").nth(1)?;
        Some(rest.split('/').next()?.to_owned())
    });
    // Keep reading its log (a line per request), so the server never writes to a closed pipe.
    std::thread::spawn(move || lines.for_each(drop));
    let answer = address.map(|address| {
        let mut stream = std::net::TcpStream::connect(&address).expect("the server listens");
        let query = "ASK%20%7B%20GRAPH%20%3Fg%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D%20%7D";
        write!(
            stream,
            "GET /sparql?query={query} HTTP/1.1\r\nHost: {address}\r\n\
             Accept: application/sparql-results+json\r\nConnection: close\r\n\r\n"
        )
        .expect("request sent");
        let mut response = String::new();
        stream.read_to_string(&mut response).expect("response read");
        response
    });
    child.kill().ok();
    child.wait().ok();
    let answer = answer.expect("the server printed its address");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("\"boolean\":true"), "{answer}");
}
