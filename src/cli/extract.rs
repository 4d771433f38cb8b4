//! `diplokg extract FILE`: the facts of one article as JSON on standard output.

use super::input::Input;
use anyhow::{Context, Result};
use clap::Args;
use diplokg::extract::{ExtractOptions, Extractor};
use diplokg::gazetteer::Gazetteer;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `diplokg extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Publication date (YYYY-MM-DD) that relative dates resolve against, when the text's header
    /// gives none.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub published: Option<time::Date>,
    /// Language of the text (ar, en, zh, ru), instead of detecting it.
    #[arg(long, value_name = "L")]
    pub lang: Option<String>,
    /// Document id (a slug); by default the file name without extension.
    #[arg(long)]
    pub id: Option<String>,
    /// Source URL of the article.
    #[arg(long)]
    pub url: Option<String>,
    /// The article: a UTF-8 text file, or `-` for standard input.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

/// Parses a `YYYY-MM-DD` date argument.
pub fn parse_date(value: &str) -> Result<time::Date, String> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(value, format).map_err(|e| format!("'{value}' is not a YYYY-MM-DD date: {e}"))
}

/// Extracts and prints.
pub fn run(args: ExtractArgs) -> Result<ExitCode> {
    let input = Input::from_arg(&args.file);
    let text = input.read_to_string()?;
    let extractor = Extractor::new(Gazetteer::bundled().context("loading the bundled gazetteer")?);
    let options = ExtractOptions {
        doc_id: args.id.or_else(|| input.doc_id()),
        lang: args.lang,
        published: args.published,
        source_url: args.url,
    };
    let facts = extractor.extract(&text, &options);
    let mut out = std::io::stdout().lock();
    writeln!(out, "{}", facts.to_json_pretty())?;
    Ok(ExitCode::SUCCESS)
}
