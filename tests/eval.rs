//! Scoring (`diplokg::eval`): the example's gold facts against themselves and against damaged
//! copies, where each change must lower exactly the rows it concerns; and `diplokg eval DIR`.

use crate::util::{TestDir, project_file};
use diplokg::Facts;
use diplokg::eval::{Counts, Report, merge, score};

const EXAMPLE_FACTS: &str = "tests/data/ar-2026-05-20-xi-putin-talks.facts.json";

fn example() -> Facts {
    let json = std::fs::read_to_string(project_file(EXAMPLE_FACTS)).expect("the example exists");
    Facts::from_json(&json).expect("the example is valid")
}

fn counts(gold: usize, predicted: usize, matched: usize) -> Counts {
    Counts {
        gold,
        predicted,
        matched,
    }
}

/// The rows of the example scored against itself: (gold, predicted, matched) all equal.
fn perfect() -> Report {
    Report {
        documents: 1,
        entities_linked: counts(13, 13, 13),
        entities_all: counts(22, 22, 22),
        roles: counts(2, 2, 2),
        events: counts(11, 11, 11),
        event_types_dates: counts(11, 11, 11),
        agreements: counts(5, 5, 5),
        counts: counts(2, 2, 2),
        dates: counts(16, 16, 16),
        anniversaries: counts(2, 2, 2),
        misses: vec![],
    }
}

fn entity_mut<'a>(facts: &'a mut Facts, id: &str) -> &'a mut diplokg::facts::Entity {
    facts
        .entities
        .iter_mut()
        .find(|e| e.id == id)
        .expect("the entity exists")
}

fn event_mut<'a>(facts: &'a mut Facts, id: &str) -> &'a mut diplokg::facts::Event {
    facts
        .events
        .iter_mut()
        .find(|e| e.id == id)
        .expect("the event exists")
}

#[test]
fn gold_against_itself_is_perfect() {
    let gold = example();
    let report = score(&gold, &gold);
    assert_eq!(report, perfect());
    for (label, row) in report.rows() {
        assert!(row.gold > 0, "{label} has gold items in the example");
        assert_eq!(
            (row.precision(), row.recall(), row.f1()),
            (1.0, 1.0, 1.0),
            "{label}"
        );
    }
}

#[test]
fn dropping_an_event_lowers_the_event_and_date_rows() {
    let gold = example();
    let mut predicted = gold.clone();
    predicted.events.retain(|e| e.id != "banquet");
    let report = score(&gold, &predicted);
    let expected = Report {
        events: counts(11, 10, 10),
        event_types_dates: counts(11, 10, 10),
        dates: counts(16, 15, 15),
        misses: vec![
            "ar-2026-05-20-xi-putin-talks: missed event banquet 2026-05-20 \
             [cai-qi, ding-xuexiang, he-lifeng, shen-yiqin, wang-yi, wd:Q15031, wd:Q7747, zhang-guoqing]"
                .to_owned(),
            "ar-2026-05-20-xi-putin-talks: missed event type+date banquet 2026-05-20".to_owned(),
            "ar-2026-05-20-xi-putin-talks: missed date event banquet 2026-05-20 (day)".to_owned(),
        ],
        ..perfect()
    };
    assert_eq!(report, expected);
    assert!((report.events.recall() - 10.0 / 11.0).abs() < 1e-12);
    assert_eq!(report.events.precision(), 1.0);
}

#[test]
fn changing_a_date_is_one_miss_and_one_spurious_item() {
    let gold = example();
    let mut predicted = gold.clone();
    if let Some(date) = &mut event_mut(&mut predicted, "talks").date {
        date.value = "2026-05-21".to_owned();
    }
    let report = score(&gold, &predicted);
    let expected = Report {
        events: counts(11, 11, 10),
        event_types_dates: counts(11, 11, 10),
        dates: counts(16, 16, 15),
        ..perfect()
    };
    assert_eq!(
        Report {
            misses: vec![],
            ..report.clone()
        },
        expected
    );
    let doc = "ar-2026-05-20-xi-putin-talks";
    assert!(
        report
            .misses
            .contains(&format!("{doc}: missed event type+date talks 2026-05-20"))
    );
    assert!(
        report
            .misses
            .contains(&format!("{doc}: spurious event type+date talks 2026-05-21"))
    );
    assert!(report.misses.contains(&format!(
        "{doc}: spurious date event talks 2026-05-21 (day)"
    )));
    assert_eq!(report.misses.len(), 6);
}

#[test]
fn a_missing_qid_costs_only_the_linked_row() {
    let gold = example();
    let mut predicted = gold.clone();
    entity_mut(&mut predicted, "xi-jinping").wikidata = None;
    let report = score(&gold, &predicted);
    assert_eq!(
        report,
        Report {
            entities_linked: counts(13, 12, 12),
            misses: vec![
                "ar-2026-05-20-xi-putin-talks: missed linked entity wd:Q15031 شي جينبينغ"
                    .to_owned()
            ],
            ..perfect()
        }
    );
}

#[test]
fn an_unaligned_person_costs_every_fact_about_him() {
    let gold = example();
    let mut predicted = gold.clone();
    let xi = entity_mut(&mut predicted, "xi-jinping");
    xi.wikidata = None;
    xi.mentions.clear();
    xi.name = "somebody else".to_owned();
    let report = score(&gold, &predicted);
    assert_eq!(report.entities_linked, counts(13, 12, 12));
    assert_eq!(report.entities_all, counts(22, 22, 21));
    assert_eq!(report.roles, counts(2, 2, 1));
    // Nine of the eleven events have Xi among their participants.
    assert_eq!(report.events, counts(11, 11, 2));
    assert_eq!(report.event_types_dates, counts(11, 11, 11));
    assert_eq!(report.agreements, counts(5, 5, 5), "parties are countries");
    assert!(report.misses.contains(
        &"ar-2026-05-20-xi-putin-talks: spurious role unmatched:somebody else president of wd:Q148"
            .to_owned()
    ));
}

#[test]
fn agreements_match_on_title_or_count_and_parties() {
    let gold = example();
    let mut predicted = gold.clone();
    // A title differing only in spacing still matches; a wrong count or party set does not.
    if let Some(title) = &mut predicted.agreements[0].title {
        title.text = format!("  {}  ", title.text.replace(' ', "   "));
    }
    predicted.agreements[3].count = Some(21);
    predicted.agreements[4].parties.pop();
    let report = score(&gold, &predicted);
    assert_eq!(report.agreements, counts(5, 5, 3));
    assert_eq!(report.counts, counts(2, 2, 1));
    assert_eq!(report.entities_all, counts(22, 22, 22));
}

#[test]
fn merge_sums_counts_and_keeps_misses() {
    let gold = example();
    let mut predicted = gold.clone();
    predicted.anniversaries.clear();
    let merged = merge(vec![score(&gold, &gold), score(&gold, &predicted)]);
    assert_eq!(merged.documents, 2);
    assert_eq!(merged.events, counts(22, 22, 22));
    assert_eq!(merged.anniversaries, counts(4, 2, 2));
    assert_eq!(merged.misses.len(), 2);
    assert_eq!(merged.anniversaries.recall(), 0.5);
    assert_eq!(merge(Vec::new()), Report::default());
}

#[test]
fn report_prints_an_aligned_table_then_the_misses() {
    let gold = example();
    let mut predicted = gold.clone();
    predicted.anniversaries.pop();
    let text = score(&gold, &predicted).to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "kind                gold   pred  match      P      R     F1"
    );
    assert_eq!(
        lines[9],
        "anniversaries          2      1      1  1.000  0.500  0.667"
    );
    assert!(lines[1..10].iter().all(|l| l.len() == lines[0].len()));
    assert_eq!(lines[10], "");
    assert_eq!(lines[11], "misses (1):");
    assert_eq!(
        lines[12],
        "ar-2026-05-20-xi-putin-talks: missed anniversary 25 -> 2001"
    );
}

#[test]
fn cli_scores_a_directory_of_gold_files() {
    let dir = TestDir::new();
    let data = dir.path().join("data-dir");
    std::fs::create_dir(&data).expect("a data directory");
    std::fs::copy(
        project_file(EXAMPLE_FACTS),
        data.join("ar-2026-05-20-xi-putin-talks.facts.json"),
    )
    .expect("copy the example");
    let out = dir.run_ok(&["eval", "data-dir"]);
    assert!(
        out.contains("kind                gold   pred  match      P      R     F1"),
        "{out}"
    );
    assert!(out.starts_with("1 gold document(s) in data-dir"), "{out}");

    // Gold counts do not depend on the extractor.
    let json = dir.run_ok(&["eval", "data-dir", "--json", "--misses"]);
    let report: serde_json::Value = serde_json::from_str(&json).expect("JSON output");
    assert_eq!(report["documents"], 1);
    assert_eq!(report["events"]["gold"], 11);
    assert_eq!(report["dates"]["gold"], 16);
    assert!(report["events"]["f1"].is_number());
    assert!(report["misses"].is_array());
}

#[test]
fn cli_fails_without_gold_files_and_on_a_bad_one() {
    let dir = TestDir::new();
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).expect("a directory");
    let output = dir.run(&["eval", "empty"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no *.facts.json gold files"));

    std::fs::copy(project_file(EXAMPLE_FACTS), empty.join("good.facts.json"))
        .expect("copy the example");
    std::fs::write(empty.join("bad.facts.json"), "{}").expect("write a bad file");
    let output = dir.run(&["eval", "empty"]);
    assert_eq!(output.status.code(), Some(2));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.starts_with("1 gold document(s)"), "{stdout}");
    assert!(String::from_utf8_lossy(&output.stderr).contains("bad.facts.json"));
}
