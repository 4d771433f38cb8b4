//! Every research query in `queries/*.rq` gives, on the example article, the results written in
//! the `.srj` file next to it (SPARQL 1.1 Query Results JSON).
//!
//! The example's hand-written facts are mapped and stored in a fresh in-memory store together with
//! the ontology and gazetteer graphs; each query runs with the union of all graphs as its default
//! graph (as `Store::query` does). Solutions are compared as multisets, or as sequences when the
//! query has an `ORDER BY`. All differences are collected and reported together, query by query.

use crate::util::project_file;
use diplokg::map::{BaseIri, map_facts};
use diplokg::{Facts, Store};
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use oxigraph::sparql::results::{
    QueryResultsFormat, QueryResultsParser, SliceQueryResultsParserOutput,
};
use std::collections::BTreeMap;
use std::path::PathBuf;

const FACTS: &str = "tests/data/ar-2026-05-20-xi-putin-talks.facts.json";

/// Query results in a comparable form: variables in order, and one line per solution.
#[derive(Debug, PartialEq)]
enum Answer {
    Boolean(bool),
    Solutions {
        variables: Vec<String>,
        rows: Vec<String>,
    },
}

/// One solution as a line: `?var=term` pairs sorted by variable, blank nodes made anonymous.
fn row<'a>(bindings: impl Iterator<Item = (&'a str, &'a Term)>) -> String {
    let mut pairs: Vec<String> = bindings
        .map(|(var, term)| match term {
            Term::BlankNode(_) => format!("?{var}=[]"),
            term => format!("?{var}={term}"),
        })
        .collect();
    pairs.sort();
    pairs.join("  ")
}

fn run_query(store: &Store, query: &str) -> Result<Answer, String> {
    match store.query(query).map_err(|e| e.to_string())? {
        QueryResults::Boolean(value) => Ok(Answer::Boolean(value)),
        QueryResults::Solutions(solutions) => {
            let variables = solutions
                .variables()
                .iter()
                .map(|v| v.as_str().to_owned())
                .collect();
            let mut rows = Vec::new();
            for solution in solutions {
                let solution = solution.map_err(|e| e.to_string())?;
                rows.push(row(solution.iter().map(|(v, t)| (v.as_str(), t))));
            }
            Ok(Answer::Solutions { variables, rows })
        }
        QueryResults::Graph(_) => {
            Err("a CONSTRUCT or DESCRIBE query cannot be compared with .srj results".into())
        }
    }
}

fn expected_answer(path: &PathBuf) -> Result<Answer, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let parsed = QueryResultsParser::from_format(QueryResultsFormat::Json)
        .for_slice(&bytes)
        .map_err(|e| format!("{} does not parse: {e}", path.display()))?;
    match parsed {
        SliceQueryResultsParserOutput::Boolean(value) => Ok(Answer::Boolean(value)),
        SliceQueryResultsParserOutput::Solutions(solutions) => {
            let variables = solutions
                .variables()
                .iter()
                .map(|v| v.as_str().to_owned())
                .collect();
            let mut rows = Vec::new();
            for solution in solutions {
                let solution =
                    solution.map_err(|e| format!("{} does not parse: {e}", path.display()))?;
                rows.push(row(solution.iter().map(|(v, t)| (v.as_str(), t))));
            }
            Ok(Answer::Solutions { variables, rows })
        }
    }
}

/// True when the query (outside `#` comment lines) orders its solutions.
fn is_ordered(query: &str) -> bool {
    query
        .lines()
        .filter(|line| !line.trim_start().starts_with('#'))
        .any(|line| line.to_ascii_uppercase().contains("ORDER BY"))
}

/// Counts of each row, for multiset comparison.
fn counts(rows: &[String]) -> BTreeMap<&str, usize> {
    let mut counts = BTreeMap::new();
    for r in rows {
        *counts.entry(r.as_str()).or_insert(0) += 1;
    }
    counts
}

/// A readable description of how `actual` differs from `expected`, or `None` when they agree.
fn difference(expected: &Answer, actual: &Answer, ordered: bool) -> Option<String> {
    let (
        Answer::Solutions {
            variables: expected_vars,
            rows: expected_rows,
        },
        Answer::Solutions {
            variables: actual_vars,
            rows: actual_rows,
        },
    ) = (expected, actual)
    else {
        return (expected != actual)
            .then(|| format!("    expected {expected:?}\n    found    {actual:?}"));
    };
    let mut out = String::new();
    if expected_vars != actual_vars {
        out.push_str(&format!(
            "    variables: expected {expected_vars:?}, found {actual_vars:?}\n"
        ));
    }
    let (want, have) = (counts(expected_rows), counts(actual_rows));
    let mut missing = Vec::new();
    let mut unexpected = Vec::new();
    for (r, n) in &want {
        for _ in *have.get(r).unwrap_or(&0)..*n {
            missing.push(*r);
        }
    }
    for (r, n) in &have {
        for _ in *want.get(r).unwrap_or(&0)..*n {
            unexpected.push(*r);
        }
    }
    if !missing.is_empty() || !unexpected.is_empty() {
        out.push_str(&format!(
            "    {} rows expected, {} found\n",
            expected_rows.len(),
            actual_rows.len()
        ));
        for r in missing {
            out.push_str(&format!("    - missing:    {r}\n"));
        }
        for r in unexpected {
            out.push_str(&format!("    + unexpected: {r}\n"));
        }
    } else if ordered && expected_rows != actual_rows {
        out.push_str("    same rows in another order (the query has ORDER BY):\n");
        for (i, (e, a)) in expected_rows.iter().zip(actual_rows).enumerate() {
            if e != a {
                out.push_str(&format!(
                    "    row {i}: expected {e}\n    row {i}: found    {a}\n"
                ));
            }
        }
    }
    (!out.is_empty()).then_some(out)
}

#[test]
fn research_queries_give_the_expected_results_on_the_example() {
    let json = std::fs::read_to_string(project_file(FACTS)).expect("example facts");
    let facts = Facts::from_json(&json).expect("valid facts");
    let base = BaseIri::default();
    let mapped = map_facts(&facts, &base).expect("the example maps");
    let store = Store::in_memory(base).expect("memory store");
    store.load_reference().expect("reference data loads");
    store.replace_article(&mapped).expect("article stored");

    let mut queries: Vec<PathBuf> = std::fs::read_dir(project_file("queries"))
        .expect("queries folder")
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "rq"))
        .collect();
    queries.sort();
    assert!(
        queries.len() >= 10,
        "only {} queries in queries/",
        queries.len()
    );

    let mut failures = Vec::new();
    for path in &queries {
        let name = path
            .file_name()
            .expect("file name")
            .to_string_lossy()
            .into_owned();
        let query = std::fs::read_to_string(path).expect("query file");
        if !query.trim_start().starts_with('#') {
            failures.push(format!(
                "{name}: does not open with # comment lines saying what it asks"
            ));
        }
        let expected = match expected_answer(&path.with_extension("srj")) {
            Ok(answer) => answer,
            Err(e) => {
                failures.push(format!("{name}: {e}"));
                continue;
            }
        };
        match run_query(&store, &query) {
            Err(e) => failures.push(format!("{name}: {e}")),
            Ok(actual) => {
                if let Some(diff) = difference(&expected, &actual, is_ordered(&query)) {
                    failures.push(format!("{name}:\n{diff}"));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} queries differ from their .srj:\n{}",
        failures.len(),
        queries.len(),
        failures.join("\n")
    );
}
