//! Command line: clap arguments become checked values here, then one file per subcommand runs.
//!
//! Only this module (and `serve`) deals with processes, files and terminals; everything it calls
//! in the library takes typed values. `anyhow` stays here: library errors are typed.

mod eval;
mod export;
mod extract;
mod format;
mod gazetteer;
mod ingest;
mod input;
mod map;
mod output;
mod query;
mod schema;
#[cfg(feature = "serve")]
mod serve;
mod validate;

use anyhow::{Context, Result};
use clap::{Args as ClapArgs, Parser, Subcommand};
use diplokg::map::BaseIri;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Default store directory when `--store` is not given.
pub const DEFAULT_STORE: &str = "diplokg-store";

/// diplokg turns news about diplomacy into a linked-data knowledge graph.
///
/// Pipeline: text -> facts (JSON) -> RDF -> Oxigraph store -> SPARQL / linked data / exports.
/// Known people, countries, institutions and places are Wikidata IRIs, so results join with
/// Wikidata in federated queries.
#[derive(Debug, Parser)]
#[command(name = "diplokg", version, about, long_about = None, propagate_version = true)]
pub struct Args {
    /// Base IRI of minted data IRIs (articles, events, agreements, ...).
    #[arg(
        long,
        global = true,
        env = "DIPLOKG_BASE",
        default_value = "https://w3id.org/diplokg/"
    )]
    pub base: String,
    /// More log output on standard error (-v info, -vv debug).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands; names are stable (design.md).
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract, map and store articles (text files, or facts JSON files mapped directly).
    ///
    /// Each article replaces its own named graph atomically; an unchanged article is left as it
    /// was. Errors on one file are reported and the others still go in (exit status 2 at the end).
    Ingest(ingest::IngestArgs),
    /// Print the facts extracted from one article as JSON.
    Extract(extract::ExtractArgs),
    /// Map a facts JSON file to RDF on standard output.
    Map(map::MapArgs),
    /// Run a SPARQL query against the store (default graph = union of all graphs).
    Query(query::QueryArgs),
    /// Write the store (or one graph) in an RDF syntax.
    Export(export::ExportArgs),
    /// Serve SPARQL 1.1, linked-data pages and a query page over HTTP.
    #[cfg(feature = "serve")]
    Serve(serve::ServeArgs),
    /// Check SHACL conformance of the store's article graphs or of an RDF file (uses pyshacl).
    Validate(validate::ValidateArgs),
    /// Score extraction against gold facts files: precision, recall and F1 per kind.
    Eval(eval::EvalArgs),
    /// Print the JSON Schema of the facts format.
    Schema,
    /// Build gazetteer files from Wikidata (or another SPARQL endpoint with its data).
    #[command(subcommand)]
    Gazetteer(gazetteer::GazetteerCommand),
}

/// Where the store lives: a directory, or memory for a one-off run.
#[derive(Debug, Clone, ClapArgs)]
pub struct StoreArgs {
    /// Store directory (created when missing).
    #[arg(long, value_name = "DIR", default_value = DEFAULT_STORE)]
    pub store: PathBuf,
    /// Use a store in memory instead of a directory (gone when the command ends).
    #[arg(long, conflicts_with = "store")]
    pub memory: bool,
}

impl StoreArgs {
    /// Opens the store for writing, loading the reference graphs.
    pub fn open(&self, base: &BaseIri) -> Result<diplokg::Store> {
        let store = if self.memory {
            diplokg::Store::in_memory(base.clone())?
        } else {
            open_on_disk(&self.store, base)?
        };
        store
            .load_reference()
            .context("loading the ontology and gazetteer")?;
        Ok(store)
    }

    /// Opens an existing store for reading; a missing directory is an error, not a new store.
    pub fn open_existing(&self, base: &BaseIri) -> Result<diplokg::Store> {
        if self.memory {
            anyhow::bail!(
                "--memory makes an empty store: this command needs an existing --store DIR"
            );
        }
        if !self.store.is_dir() {
            anyhow::bail!(
                "no store at {} (create one with `diplokg ingest --store {} FILE`)",
                self.store.display(),
                self.store.display()
            );
        }
        open_on_disk(&self.store, base)
    }
}

#[cfg(feature = "rocksdb")]
fn open_on_disk(path: &Path, base: &BaseIri) -> Result<diplokg::Store> {
    Ok(diplokg::Store::open(path, base.clone())?)
}

#[cfg(not(feature = "rocksdb"))]
fn open_on_disk(path: &Path, _base: &BaseIri) -> Result<diplokg::Store> {
    anyhow::bail!(
        "this build has no on-disk store (feature rocksdb is off): use --memory instead of {}",
        path.display()
    )
}

/// Runs the parsed command line.
pub fn run(args: Args) -> Result<ExitCode> {
    let base = BaseIri::new(&args.base).with_context(|| format!("--base {}", args.base))?;
    match args.command {
        Command::Ingest(a) => ingest::run(a, &base),
        Command::Extract(a) => extract::run(a),
        Command::Map(a) => map::run(a, &base),
        Command::Query(a) => query::run(a, &base),
        Command::Export(a) => export::run(a, &base),
        #[cfg(feature = "serve")]
        Command::Serve(a) => serve::run(a, &base),
        Command::Validate(a) => validate::run(a, &base),
        Command::Eval(a) => eval::run(a),
        Command::Schema => schema::run(),
        Command::Gazetteer(c) => gazetteer::run(c),
    }
}

/// Logs go to standard error; `RUST_LOG` overrides `-v`.
pub fn init_logging(verbose: u8) {
    let default = match verbose {
        0 => "warn,diplokg::http=info",
        1 => "info",
        _ => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
}

/// A closed pipe on standard output (`diplokg query ... | head`) is not an error.
pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
