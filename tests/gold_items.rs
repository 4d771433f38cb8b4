//! The example article's gold items (../shared/gold/, restated as SPARQL ASK queries in
//! `tests/asks/`) hold in the store: once for the hand-written facts (which checks the queries
//! and the mapper), once for the facts the extractor takes from the text itself.

use crate::util::project_file;
use diplokg::extract::{ExtractOptions, Extractor};
use diplokg::gazetteer::Gazetteer;
use diplokg::map::{BaseIri, map_facts};
use diplokg::{Facts, Store};
use oxigraph::sparql::QueryResults;

const ARTICLE: &str = "ar-2026-05-20-xi-putin-talks";

/// `(name, query)` pairs from an ASK file: the shared prologue, then `#- name` sections.
fn ask_queries(name: &str) -> Vec<(String, String)> {
    let text =
        std::fs::read_to_string(project_file(&format!("tests/asks/{name}.rq"))).expect("ASK file");
    let mut sections = text.split("\n#- ");
    let prologue: String = sections
        .next()
        .expect("a prologue")
        .lines()
        .filter(|l| l.starts_with("PREFIX"))
        .collect::<Vec<_>>()
        .join("\n");
    sections
        .map(|section| {
            let (title, body) = section.split_once('\n').expect("a query under each title");
            (title.trim().to_owned(), format!("{prologue}\n{body}"))
        })
        .collect()
}

/// Stores `facts` in a fresh in-memory store and returns the names of the ASKs that fail.
fn failing_asks(facts: &Facts) -> Vec<String> {
    let base = BaseIri::default();
    let store = Store::in_memory(base.clone()).expect("memory store");
    store.load_reference().expect("reference data loads");
    store
        .replace_article(&map_facts(facts, &base).expect("facts map"))
        .expect("stored");
    let mut failures = Vec::new();
    let queries = ask_queries(ARTICLE);
    assert!(queries.len() >= 30, "only {} ASK queries", queries.len());
    for (title, query) in queries {
        match store.query(&query) {
            Ok(QueryResults::Boolean(true)) => {}
            Ok(QueryResults::Boolean(false)) => failures.push(title),
            Ok(_) => failures.push(format!("{title}: not an ASK query")),
            Err(e) => failures.push(format!("{title}: {e}")),
        }
    }
    failures
}

#[test]
fn gold_items_hold_for_the_hand_written_facts() {
    let json = std::fs::read_to_string(project_file(&format!("tests/data/{ARTICLE}.facts.json")))
        .expect("facts");
    let facts = Facts::from_json(&json).expect("valid facts");
    let failures = failing_asks(&facts);
    assert!(
        failures.is_empty(),
        "gold items missing:\n  {}",
        failures.join("\n  ")
    );
}

#[test]
fn gold_items_hold_for_the_extracted_facts() {
    let text =
        std::fs::read_to_string(project_file(&format!("corpus/{ARTICLE}.txt"))).expect("article");
    let extractor = Extractor::new(Gazetteer::bundled().expect("bundled gazetteer"));
    let options = ExtractOptions {
        doc_id: Some(ARTICLE.to_owned()),
        ..ExtractOptions::default()
    };
    let facts = extractor.extract(&text, &options);
    facts.validate().expect("the extractor's facts are valid");
    let failures = failing_asks(&facts);
    assert!(
        failures.is_empty(),
        "gold items the extractor missed:\n  {}",
        failures.join("\n  ")
    );
}
