//! Every graph the mapper writes conforms to `ontology/shapes.ttl`, checked by a real SHACL
//! validator (pyshacl, installed by `scripts/setup --test`), and the shapes catch broken graphs.

use crate::util::{TestDir, project_file};
use std::path::PathBuf;

/// Facts files with hand-written or gold facts: test data, gold, development and held-out sets.
fn facts_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in ["tests/data", "tests/gold", "tests/dev", "tests/heldout"] {
        let Ok(entries) = std::fs::read_dir(project_file(dir)) else {
            continue;
        };
        files.extend(
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.to_string_lossy().ends_with(".facts.json")),
        );
    }
    files.sort();
    files
}

fn validate(dir: &TestDir, data: &std::path::Path) -> (Option<i32>, String) {
    let output = dir.run(&["validate", &data.to_string_lossy()]);
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

#[test]
fn mapped_facts_files_conform_to_the_shapes() {
    let files = facts_files();
    assert!(files.len() >= 2, "test facts are missing: {files:?}");
    let dir = TestDir::new();
    for file in &files {
        let turtle = dir.run_ok(&["map", &file.to_string_lossy(), "--format", "turtle"]);
        let data = dir.path().join("graph.ttl");
        std::fs::write(&data, turtle).expect("write");
        let (code, report) = validate(&dir, &data);
        assert_eq!(
            code,
            Some(0),
            "{} does not conform:\n{report}",
            file.display()
        );
    }
}

#[test]
fn the_ingested_example_text_conforms_to_the_shapes() {
    let dir = TestDir::new();
    let store = dir.store();
    let store = store.to_string_lossy();
    let example = project_file("corpus/ar-2026-05-20-xi-putin-talks.txt");
    dir.run_ok(&[
        "ingest",
        "--quiet",
        "--store",
        &store,
        &example.to_string_lossy(),
    ]);
    let output = dir.run(&["validate", "--store", &store]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
}

/// An edit of one N-Triples line: the new line, or `None` to drop it.
type LineEdit = fn(&str) -> Option<String>;

/// Each broken variant of the example graph breaks one rule of the shapes.
#[test]
fn the_shapes_reject_broken_graphs() {
    let dir = TestDir::new();
    let example = project_file("tests/data/ar-2026-05-20-xi-putin-talks.facts.json");
    let ntriples = dir.run_ok(&["map", &example.to_string_lossy(), "--format", "nt"]);
    let breakages: [(&str, LineEdit); 4] = [
        ("an event without status", |l| {
            (!l.contains("ontology#status>")).then(|| l.to_owned())
        }),
        ("a negative offset", |l| {
            Some(l.replace("beginIndex> \"0\"^^", "beginIndex> \"-1\"^^"))
        }),
        ("an unknown role type", |l| {
            Some(l.replace("ontology#President>", "ontology#Emperor>"))
        }),
        ("a date without its precision", |l| {
            (!l.contains("ontology#datePrecision>")).then(|| l.to_owned())
        }),
    ];
    for (what, edit) in breakages {
        let broken: String = ntriples
            .lines()
            .filter_map(edit)
            .map(|l| l + "\n")
            .collect();
        assert_ne!(
            broken.len(),
            ntriples.len(),
            "{what}: the edit changed nothing"
        );
        let data = dir.path().join("broken.nt");
        std::fs::write(&data, broken).expect("write");
        let (code, report) = validate(&dir, &data);
        assert_eq!(code, Some(1), "{what} was not caught:\n{report}");
    }
}
