//! `diplokg gazetteer build`: runs the gazetteer queries against a SPARQL endpoint and writes
//! `built-*.ttl` files (see `diplokg::gazetteer_build` and `ontology/gazetteer/queries/README.md`).

use anyhow::{Context, Result};
use clap::{Args, Subcommand};
use diplokg::gazetteer_build::{self, BuildOptions, WIKIDATA_ENDPOINT};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

/// The subcommands of `diplokg gazetteer`.
#[derive(Debug, Subcommand)]
pub enum GazetteerCommand {
    /// Query Wikidata for UN member states, their capitals, international organisations, the
    /// offices of heads of state and government and foreign ministers and their holders since
    /// 2010, and write them as gazetteer Turtle (built-*.ttl; the bundled files are untouched).
    Build(BuildArgs),
}

/// Arguments of `diplokg gazetteer build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// SPARQL endpoint with Wikidata's RDF model (wd:, wdt:, p:, ps:, pq: terms).
    #[arg(long, value_name = "URL", default_value = WIKIDATA_ENDPOINT)]
    pub endpoint: String,
    /// Directory the built-*.ttl files go to.
    #[arg(long, value_name = "DIR", default_value = "ontology/gazetteer")]
    pub out: PathBuf,
    /// Timeout of each query in seconds (WDQS stops queries itself after 60 s).
    #[arg(long, value_name = "SECS", default_value_t = 300)]
    pub timeout: u64,
    /// User-Agent header; WDQS asks for one naming the tool and a way to reach its user.
    #[arg(long, value_name = "TEXT", default_value_t = gazetteer_build::default_user_agent())]
    pub user_agent: String,
}

/// Runs a `diplokg gazetteer` subcommand.
pub fn run(command: GazetteerCommand) -> Result<ExitCode> {
    match command {
        GazetteerCommand::Build(args) => build(args),
    }
}

fn build(args: BuildArgs) -> Result<ExitCode> {
    let options = BuildOptions {
        timeout: Duration::from_secs(args.timeout.max(1)),
        user_agent: args.user_agent,
    };
    let built =
        gazetteer_build::build(&args.endpoint, &options).context("building the gazetteer")?;
    let paths = built.write_to(&args.out)?;
    for (path, file) in paths.iter().zip(&built.files) {
        eprintln!(
            "diplokg: wrote {} ({} triples)",
            path.display(),
            file.graph.len()
        );
    }
    Ok(ExitCode::SUCCESS)
}
