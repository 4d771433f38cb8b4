//! `diplokg map FACTS.json`: facts to RDF on standard output, for any extractor's output.

use super::format::rdf_format;
use super::input::Input;
use anyhow::{Context, Result};
use clap::Args;
use diplokg::map::BaseIri;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `diplokg map`.
#[derive(Debug, Args)]
pub struct MapArgs {
    /// Facts JSON file (`-` for standard input).
    #[arg(value_name = "FACTS.json")]
    pub facts: PathBuf,
    /// RDF syntax: trig (default; keeps the article's named graph), nquads/nq, turtle/ttl,
    /// ntriples/nt, rdfxml/rdf, jsonld.
    #[arg(long, short, default_value = "trig")]
    pub format: String,
}

/// Reads, validates, maps and prints.
pub fn run(args: MapArgs, base: &BaseIri) -> Result<ExitCode> {
    let format = rdf_format(&args.format)?;
    let input = Input::from_arg(&args.facts);
    let facts = read_facts(&input)?;
    let mapped = diplokg::map::map_facts(&facts, base)
        .with_context(|| format!("{}: cannot map", input.name()))?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    super::output::write_quads(&mut out, format, mapped.quads.iter().map(|q| q.as_ref()))?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Reads and validates a facts JSON file; the error names the file, field and position.
pub fn read_facts(input: &Input) -> Result<diplokg::Facts> {
    let json = input.read_to_string()?;
    diplokg::Facts::from_json(&json).map_err(|source| {
        diplokg::Error::Facts {
            source_name: input.name(),
            source,
        }
        .into()
    })
}
