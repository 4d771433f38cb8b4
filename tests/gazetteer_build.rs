//! `diplokg gazetteer build` (the real binary) against a SPARQL endpoint on 127.0.0.1 serving a
//! Wikidata-shaped sample (`tests/data/wikidata-sample.ttl`): no network needed.

use crate::util::{TestDir, project_file};
use diplokg::Store;
use diplokg::facts::RoleKind;
use diplokg::gazetteer::Gazetteer;
use diplokg::map::BaseIri;
use diplokg::serve::ServeConfig;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{Graph, Literal, NamedNode, NamedNodeRef, TripleRef};
use std::path::Path;

const SAMPLE: &str = "tests/data/wikidata-sample.ttl";
const BUILT: [&str; 5] = [
    "built-countries.ttl",
    "built-organizations.ttl",
    "built-people.ttl",
    "built-places.ttl",
    "built-positions.ttl",
];

/// A `diplokg serve`-equivalent server over an in-memory store holding the sample.
struct Endpoint {
    runtime: tokio::runtime::Runtime,
    url: String,
}

impl Endpoint {
    fn start() -> Self {
        let store = Store::in_memory(BaseIri::default()).expect("memory store");
        let sample = std::fs::read(project_file(SAMPLE)).expect("the sample exists");
        store
            .oxigraph()
            .load_from_slice(
                RdfParser::from_format(RdfFormat::Turtle)
                    .without_named_graphs()
                    .with_default_graph(NamedNodeRef::new_unchecked(
                        "http://example.org/graph/wikidata-sample",
                    )),
                &sample,
            )
            .expect("the sample is valid Turtle");
        let runtime = tokio::runtime::Runtime::new().expect("runtime");
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .expect("a free port");
        let address = listener.local_addr().expect("bound");
        runtime.spawn(diplokg::serve::serve(
            store,
            ServeConfig::default(),
            listener,
        ));
        Self {
            runtime,
            url: format!("http://{address}/sparql"),
        }
    }
}

fn wd(qid: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("http://www.wikidata.org/entity/{qid}"))
}

fn wds(id: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("http://www.wikidata.org/entity/statement/{id}"))
}

fn wdt(pid: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("http://www.wikidata.org/prop/direct/{pid}"))
}

fn dk(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("https://w3id.org/diplokg/ontology#{local}"))
}

fn tagged(text: &str, lang: &str) -> Literal {
    Literal::new_language_tagged_literal_unchecked(text, lang)
}

/// The built files, as `(name, Turtle)`, and all their triples.
fn read_built(dir: &Path) -> (Vec<(String, String)>, Graph) {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("the output directory exists")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, BUILT, "exactly the built files, no temporary ones");
    let mut graph = Graph::new();
    let files: Vec<(String, String)> = names
        .into_iter()
        .map(|name| {
            let text = std::fs::read_to_string(dir.join(&name)).expect("readable");
            for triple in RdfParser::from_format(RdfFormat::Turtle).for_slice(text.as_bytes()) {
                let quad = triple.unwrap_or_else(|e| panic!("{name}: {e}"));
                graph.insert(TripleRef::new(
                    quad.subject.as_ref(),
                    quad.predicate.as_ref(),
                    quad.object.as_ref(),
                ));
            }
            (name, text)
        })
        .collect();
    (files, graph)
}

#[test]
fn builds_a_loadable_gazetteer_from_a_wikidata_sample() {
    let endpoint = Endpoint::start();
    let dir = TestDir::new();
    let out = dir.path().join("gazetteer");
    let out_arg = out.to_str().expect("UTF-8 path");
    dir.run_ok(&[
        "gazetteer",
        "build",
        "--endpoint",
        &endpoint.url,
        "--out",
        out_arg,
    ]);
    let (files, graph) = read_built(&out);
    let has = |s: &NamedNode, p: &NamedNode, o: oxigraph::model::TermRef<'_>| {
        graph.contains(TripleRef::new(s, p, o))
    };
    let a = rdf::TYPE.into_owned();
    let label = rdfs::LABEL.into_owned();
    let alt = NamedNode::new_unchecked("http://www.w3.org/2004/02/skos/core#altLabel");

    // Countries: names in the four languages only, demonyms as dk:demonym.
    for qid in ["Q159", "Q148", "Q145", "Q142", "Q183"] {
        assert!(
            has(&wd(qid), &a, dk("Country").as_ref().into()),
            "{qid} is a country"
        );
    }
    assert!(has(
        &wd("Q159"),
        &label,
        tagged("Россия", "ru").as_ref().into()
    ));
    assert!(has(
        &wd("Q159"),
        &label,
        tagged("俄罗斯", "zh").as_ref().into()
    ));
    assert!(has(
        &wd("Q159"),
        &alt,
        tagged("روسيا الاتحادية", "ar").as_ref().into()
    ));
    assert!(has(
        &wd("Q159"),
        &dk("demonym"),
        tagged("روسي", "ar").as_ref().into()
    ));
    assert!(has(
        &wd("Q148"),
        &dk("demonym"),
        tagged("Chinese", "en").as_ref().into()
    ));
    assert!(!has(
        &wd("Q159"),
        &label,
        tagged("Russland", "de").as_ref().into()
    ));
    assert!(!has(
        &wd("Q159"),
        &wdt("P1549"),
        tagged("Russian", "en").as_ref().into()
    ));

    // The capital, the organisation and its organ.
    assert!(has(&wd("Q649"), &a, dk("Place").as_ref().into()));
    assert!(has(
        &wd("Q649"),
        &label,
        tagged("موسكو", "ar").as_ref().into()
    ));
    assert!(has(&wd("Q159"), &wdt("P36"), wd("Q649").as_ref().into()));
    assert!(has(&wd("Q1065"), &a, dk("Organization").as_ref().into()));
    assert!(has(&wd("Q1065"), &alt, tagged("UN", "en").as_ref().into()));
    assert!(has(&wd("Q37470"), &a, dk("Organization").as_ref().into()));
    assert!(has(
        &wd("Q37470"),
        &wdt("P361"),
        wd("Q1065").as_ref().into()
    ));

    // Positions with their role type and country.
    let role_type = dk("roleType");
    let role_of = dk("roleOf");
    assert!(has(&wd("Q218295"), &a, dk("Position").as_ref().into()));
    assert!(has(
        &wd("Q218295"),
        &role_type,
        dk("President").as_ref().into()
    ));
    assert!(has(&wd("Q218295"), &role_of, wd("Q159").as_ref().into()));
    assert!(has(
        &wd("Q218295"),
        &label,
        tagged("رئيس روسيا", "ar").as_ref().into()
    ));
    assert!(has(
        &wd("Q14211"),
        &role_type,
        dk("PrimeMinister").as_ref().into()
    ));
    assert!(has(&wd("Q14211"), &role_of, wd("Q145").as_ref().into()));

    // People and tenures since 2010, dates at their precision; not the deprecated statement
    // nor the tenure that ended in 2008.
    assert!(has(&wd("Q7747"), &a, dk("Person").as_ref().into()));
    assert!(has(
        &wd("Q7747"),
        &label,
        tagged("فلاديمير بوتين", "ar").as_ref().into()
    ));
    assert!(has(
        &wd("Q7747"),
        &wdt("P39"),
        wd("Q218295").as_ref().into()
    ));
    let tenure = wds("Q7747-sample-2012");
    assert!(has(&tenure, &a, dk("Tenure").as_ref().into()));
    assert!(has(&tenure, &dk("holder"), wd("Q7747").as_ref().into()));
    assert!(has(&tenure, &dk("position"), wd("Q218295").as_ref().into()));
    let date = |value: &str, datatype| Literal::new_typed_literal(value, datatype);
    assert!(has(
        &tenure,
        &dk("start"),
        date("2012-05-07", xsd::DATE).as_ref().into()
    ));
    assert_eq!(
        graph.triples_for_subject(&tenure).count(),
        4,
        "open tenure: no dk:end"
    );
    let medvedev = wds("Q23530-sample-2008");
    assert!(has(
        &medvedev,
        &dk("start"),
        date("2008-05-07", xsd::DATE).as_ref().into()
    ));
    assert!(has(
        &medvedev,
        &dk("end"),
        date("2012-05", xsd::G_YEAR_MONTH).as_ref().into()
    ));
    assert_eq!(
        graph.triples_for_subject(&wds("Q7747-sample-2000")).count(),
        0
    );
    assert_eq!(
        graph
            .triples_for_subject(&wds("Q23530-sample-deprecated"))
            .count(),
        0
    );
    assert!(!has(
        &wd("Q23530"),
        &wdt("P39"),
        wd("Q14211").as_ref().into()
    ));

    // The loader reads the files and finds the people and their tenures.
    let sources: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let gazetteer = Gazetteer::from_turtle(&sources).expect("the built files load");
    let index = |qid: &str| {
        gazetteer
            .entities()
            .iter()
            .position(|e| e.qid.as_deref() == Some(qid))
            .unwrap_or_else(|| panic!("{qid} loaded"))
    };
    let found = gazetteer.matches("استقبل فلاديمير بوتين في موسكو وفدا من الأمم المتحدة");
    let iris: Vec<&str> = found.iter().map(|(_, _, iri)| iri.as_str()).collect();
    assert_eq!(
        iris,
        [
            wd("Q7747").as_str(),
            wd("Q649").as_str(),
            wd("Q1065").as_str()
        ],
        "{found:?}"
    );
    let president = gazetteer
        .position_for(RoleKind::President, index("Q159"))
        .expect("the President of Russia");
    assert_eq!(
        gazetteer.holder_on(president, "2026-05-20"),
        Some(index("Q7747"))
    );
    assert_eq!(
        gazetteer.holder_on(president, "2010-06-01"),
        Some(index("Q23530"))
    );

    // Rebuilding from the same data gives the same bytes.
    dir.run_ok(&[
        "gazetteer",
        "build",
        "--endpoint",
        &endpoint.url,
        "--out",
        out_arg,
    ]);
    let (again, _) = read_built(&out);
    assert_eq!(files, again);

    // An HTTP error names the endpoint, the query file and the status, and writes nothing.
    let missing = endpoint.url.replace("/sparql", "/no-such-endpoint");
    let failed_out = dir.path().join("failed");
    let output = dir.run(&[
        "gazetteer",
        "build",
        "--endpoint",
        &missing,
        "--out",
        failed_out.to_str().expect("UTF-8 path"),
    ]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        stderr.contains(&missing) && stderr.contains("countries.rq") && stderr.contains("HTTP 404"),
        "{stderr}"
    );
    assert!(!failed_out.exists());
    endpoint.runtime.shutdown_background();
}

#[test]
fn an_unreachable_endpoint_is_a_clear_error_and_writes_nothing() {
    // A port that was free a moment ago: nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let url = format!("http://127.0.0.1:{port}/sparql");
    let dir = TestDir::new();
    let out = dir.path().join("gazetteer");
    std::fs::create_dir(&out).expect("created");
    std::fs::write(out.join("built-countries.ttl"), "# an earlier build\n").expect("written");
    let output = dir.run(&[
        "gazetteer",
        "build",
        "--endpoint",
        &url,
        "--out",
        out.to_str().expect("UTF-8 path"),
        "--timeout",
        "10",
    ]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        stderr.contains(&url) && stderr.contains("countries.rq"),
        "{stderr}"
    );
    let names: Vec<_> = std::fs::read_dir(&out)
        .expect("still there")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names, ["built-countries.ttl"]);
    assert_eq!(
        std::fs::read_to_string(out.join("built-countries.ttl")).expect("readable"),
        "# an earlier build\n"
    );
}
