//! `diplokg eval GOLD_DIR`: extract each gold file's text again and score the result against the
//! gold facts (precision, recall, F1 per kind), printed as a table with the misses.

use anyhow::{Context, Result, bail};
use clap::Args;
use diplokg::extract::{ExtractOptions, Extractor};
use diplokg::gazetteer::Gazetteer;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `diplokg eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Directory of gold `*.facts.json` files (their document text is what gets extracted).
    #[arg(value_name = "GOLD_DIR")]
    pub gold: PathBuf,
    /// Also print the misses (gold items not found, predicted items not in gold).
    #[arg(long)]
    pub misses: bool,
}

/// Scores every gold file and prints the micro-averaged table.
pub fn run(args: EvalArgs) -> Result<ExitCode> {
    let extractor = Extractor::new(Gazetteer::bundled().context("loading the bundled gazetteer")?);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&args.gold)
        .with_context(|| format!("{}: cannot list", args.gold.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".facts.json"))
        .collect();
    files.sort();
    if files.is_empty() {
        bail!("{}: no *.facts.json gold files", args.gold.display());
    }
    let mut reports = Vec::new();
    for file in &files {
        let gold = super::map::read_facts(&super::input::Input::File(file.clone()))?;
        let options = ExtractOptions {
            doc_id: Some(gold.document.id.clone()),
            lang: Some(gold.document.lang.clone()),
            published: gold
                .document
                .published
                .as_deref()
                .and_then(|d| super::extract::parse_date(d).ok()),
            source_url: gold.document.source_url.clone(),
        };
        let predicted = extractor.extract(&gold.document.text, &options);
        reports.push(diplokg::eval::score(&gold, &predicted));
    }
    let mut report = diplokg::eval::merge(reports);
    if !args.misses {
        report.misses.clear();
    }
    println!(
        "{} gold document(s) in {}",
        files.len(),
        args.gold.display()
    );
    print!("{report}");
    Ok(ExitCode::SUCCESS)
}
