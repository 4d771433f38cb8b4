//! `diplokg eval GOLD_DIR`: extract each gold file's text again and score the result against the
//! gold facts (precision, recall, F1 per kind, micro-averaged over documents), printed as a table
//! (or JSON with `--json`), with the misses on request.
//!
//! A gold file that cannot be read or does not validate is reported on standard error and
//! skipped; the others are still scored and the exit status is 2 at the end.

use anyhow::{Context, Result, bail};
use clap::Args;
use diplokg::extract::{ExtractOptions, Extractor};
use diplokg::gazetteer::Gazetteer;
use std::io::Write;
use std::path::{Path, PathBuf};
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
    /// Print the report as JSON (counts, precision, recall and F1 per kind; misses with --misses).
    #[arg(long)]
    pub json: bool,
}

/// Scores every gold file and prints the micro-averaged report.
pub fn run(args: EvalArgs) -> Result<ExitCode> {
    let files = gold_files(&args.gold)?;
    let extractor = Extractor::new(Gazetteer::bundled().context("loading the bundled gazetteer")?);
    let mut reports = Vec::with_capacity(files.len());
    let mut failed = 0;
    for file in &files {
        let gold = match super::map::read_facts(&super::input::Input::File(file.clone())) {
            Ok(gold) => gold,
            Err(e) => {
                failed += 1;
                eprintln!("diplokg: {e:#}");
                continue;
            }
        };
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
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.json {
        // Serialised first, so a closed pipe stays an `io::Error` (quietly ignored in `main`).
        let json = serde_json::to_string_pretty(&report).context("serialising the report")?;
        writeln!(out, "{json}")?;
    } else {
        writeln!(
            out,
            "{} gold document(s) in {}",
            report.documents,
            args.gold.display()
        )?;
        write!(out, "{report}")?;
    }
    out.flush()?;
    if failed > 0 {
        eprintln!(
            "diplokg: {failed} of {} gold file(s) could not be scored",
            files.len()
        );
        return Ok(ExitCode::from(2));
    }
    Ok(ExitCode::SUCCESS)
}

/// The `*.facts.json` files directly in `dir`, sorted by name.
fn gold_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in
        std::fs::read_dir(dir).with_context(|| format!("{}: cannot list", dir.display()))?
    {
        let path = entry
            .with_context(|| format!("{}: cannot list", dir.display()))?
            .path();
        if path.is_file() && path.to_string_lossy().ends_with(".facts.json") {
            files.push(path);
        }
    }
    files.sort();
    if files.is_empty() {
        bail!("{}: no *.facts.json gold files", dir.display());
    }
    Ok(files)
}
