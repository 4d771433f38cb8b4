//! `diplokg ingest`: extract (text) or read (facts JSON), map, and store each article in its own
//! named graph, atomically; then print what the store now knows, and optionally serve it.
//!
//! Errors on one file are reported and the run goes on (ripgrep's habit); the exit status is 2
//! when any file failed. A failed file leaves its previous graph untouched.

use super::input::{Input, expand};
use super::{StoreArgs, map::read_facts, query};
use anyhow::{Context, Result};
use clap::Args;
use diplokg::extract::{ExtractOptions, Extractor};
use diplokg::gazetteer::Gazetteer;
use diplokg::map::BaseIri;
use diplokg::store::ReplaceOutcome;
use indicatif::{ProgressBar, ProgressStyle};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `diplokg ingest`.
#[derive(Debug, Args)]
pub struct IngestArgs {
    #[command(flatten)]
    pub store: StoreArgs,
    /// Publication date (YYYY-MM-DD) that relative dates resolve against, when a text's header
    /// gives none.
    #[arg(long, value_name = "DATE", value_parser = super::extract::parse_date)]
    pub published: Option<time::Date>,
    /// Language of the texts (ar, en, zh, ru), instead of detecting it.
    #[arg(long, value_name = "L")]
    pub lang: Option<String>,
    /// Extra gazetteer file (Turtle, same shape as ontology/gazetteer/*.ttl); repeatable.
    #[arg(long, value_name = "FILE.ttl")]
    pub gazetteer: Vec<PathBuf>,
    /// After ingesting, serve the store (at 127.0.0.1:7878, or `--serve=ADDR`). The address
    /// needs `=`, so `--serve FILE` serves after ingesting FILE.
    #[cfg(feature = "serve")]
    #[arg(
        long,
        value_name = "ADDR",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "127.0.0.1:7878"
    )]
    pub serve: Option<std::net::SocketAddr>,
    /// Don't print the summary table of events after ingesting.
    #[arg(long, short)]
    pub quiet: bool,
    /// Text files, facts JSON files (`.json`), directories of them, or `-` for standard input.
    #[arg(required = true, value_name = "FILE|DIR")]
    pub inputs: Vec<PathBuf>,
}

/// The summary query printed after ingesting: every event with its type, date and place.
const SUMMARY_QUERY: &str = r##"PREFIX dk: <https://w3id.org/diplokg/ontology#>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?type ?date ?status (SAMPLE(?placeLabel) AS ?place)
       (GROUP_CONCAT(DISTINCT ?who; separator=", ") AS ?participants)
WHERE {
  # Names as the article writes them (its own graph), not every gazetteer label.
  GRAPH ?g {
    ?event a ?class ; dk:status ?st .
    OPTIONAL { ?event wdt:P585 ?date }
    OPTIONAL { ?event wdt:P276 ?p . ?p rdfs:label ?placeLabel }
    OPTIONAL { ?event wdt:P710 ?x . ?x rdfs:label ?who }
  }
  ?class rdfs:subClassOf* dk:Event ; rdfs:label ?type . FILTER(LANG(?type) = "en")
  BIND(STRAFTER(STR(?st), "#") AS ?status)
}
GROUP BY ?event ?type ?date ?status
ORDER BY ?date ?type"##;

/// Ingests every input, prints a summary, and serves when asked.
pub fn run(args: IngestArgs, base: &BaseIri) -> Result<ExitCode> {
    let inputs = expand(&args.inputs)?;
    if inputs.is_empty() {
        anyhow::bail!("no .txt, .md or .json files in {:?}", args.inputs);
    }
    let store = args.store.open(base)?;
    let mut gazetteer = Gazetteer::bundled().context("loading the bundled gazetteer")?;
    for path in &args.gazetteer {
        let turtle = std::fs::read_to_string(path)
            .with_context(|| format!("{}: cannot read", path.display()))?;
        let name = path.display().to_string();
        gazetteer
            .add_turtle(&name, &turtle)
            .with_context(|| format!("{name}: not a usable gazetteer file"))?;
        store.add_gazetteer_turtle(&name, &turtle)?;
    }
    let extractor = Extractor::new(gazetteer);

    let progress = ProgressBar::new(inputs.len() as u64).with_style(
        ProgressStyle::with_template("{bar:30} {pos}/{len} {wide_msg}")
            .expect("a valid progress template"),
    );
    let (mut inserted, mut replaced, mut unchanged, mut failed) = (0, 0, 0, 0);
    for input in &inputs {
        progress.set_message(input.name());
        match ingest_one(&store, &extractor, input, &args, base) {
            Ok(ReplaceOutcome::Inserted) => inserted += 1,
            Ok(ReplaceOutcome::Replaced) => replaced += 1,
            Ok(ReplaceOutcome::Unchanged) => unchanged += 1,
            Err(e) => {
                failed += 1;
                progress.suspend(|| eprintln!("diplokg: {e:#}"));
            }
        }
        progress.inc(1);
    }
    progress.finish_and_clear();
    store.flush()?;
    let location = if args.store.memory {
        "memory".to_owned()
    } else {
        args.store.store.display().to_string()
    };
    eprintln!(
        "{} article(s): {inserted} new, {replaced} replaced, {unchanged} unchanged, {failed} failed; store {location}: {} quads in {} article graph(s)",
        inputs.len(),
        store.len()?,
        store.article_graphs()?.len(),
    );
    if !args.quiet && failed < inputs.len() {
        println!("Events in the store:");
        query::print_results(
            store.query(SUMMARY_QUERY)?,
            super::format::QueryFormat::Table,
        )?;
    }
    #[cfg(feature = "serve")]
    if let Some(address) = args.serve {
        super::serve::serve_store(store, address, diplokg::serve::ServeConfig::default())?;
    }
    Ok(if failed > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// One article: facts from JSON or extraction, mapped, stored in one transaction.
fn ingest_one(
    store: &diplokg::Store,
    extractor: &Extractor,
    input: &Input,
    args: &IngestArgs,
    base: &BaseIri,
) -> Result<ReplaceOutcome> {
    let facts = if input.is_facts_json() {
        read_facts(input)?
    } else {
        let text = input.read_to_string()?;
        let options = ExtractOptions {
            doc_id: input.doc_id(),
            lang: args.lang.clone(),
            published: args.published,
            source_url: None,
        };
        extractor.extract(&text, &options)
    };
    let mapped = diplokg::map::map_facts(&facts, base)
        .with_context(|| format!("{}: cannot map its facts", input.name()))?;
    store.replace_article(&mapped).with_context(|| {
        format!(
            "{}: cannot store; its previous graph is unchanged",
            input.name()
        )
    })
}

#[cfg(all(test, feature = "serve"))]
mod tests {
    use crate::cli::{Args, Command};
    use clap::Parser;

    #[test]
    fn serve_takes_its_address_only_with_equals() {
        // The README's main job: `ingest --serve FILE` ingests FILE, then serves.
        let args =
            Args::try_parse_from(["diplokg", "ingest", "--serve", "corpus/a.txt"]).expect("parses");
        let Command::Ingest(ingest) = args.command else {
            panic!("not ingest")
        };
        assert_eq!(ingest.inputs, [std::path::PathBuf::from("corpus/a.txt")]);
        assert_eq!(
            ingest.serve.map(|a| a.to_string()).as_deref(),
            Some("127.0.0.1:7878")
        );
        let args = Args::try_parse_from(["diplokg", "ingest", "--serve=0.0.0.0:80", "a.txt"])
            .expect("parses");
        let Command::Ingest(ingest) = args.command else {
            panic!("not ingest")
        };
        assert_eq!(
            ingest.serve.map(|a| a.to_string()).as_deref(),
            Some("0.0.0.0:80")
        );
    }
}
