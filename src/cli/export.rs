//! `diplokg export`: the store, or one graph, in any RDF syntax Oxigraph writes.

use super::StoreArgs;
use super::format::rdf_format;
use super::output::QuadWriter;
use anyhow::{Context, Result, bail};
use clap::Args;
use diplokg::map::BaseIri;
use oxigraph::model::{GraphNameRef, NamedNode};
use std::io::Write;
use std::process::ExitCode;

/// Arguments of `diplokg export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub store: StoreArgs,
    /// RDF syntax: nquads/nq, trig (keep graphs); turtle/ttl, ntriples/nt, rdfxml/rdf, jsonld
    /// (need --graph, or merge all graphs into one).
    #[arg(long, short)]
    pub format: String,
    /// Only this named graph (an IRI, e.g. https://w3id.org/diplokg/graph/article/ID).
    #[arg(long, value_name = "IRI")]
    pub graph: Option<String>,
}

/// Streams the quads out.
pub fn run(args: ExportArgs, base: &BaseIri) -> Result<ExitCode> {
    let format = rdf_format(&args.format)?;
    let store = args.store.open_existing(base)?;
    let graph = match &args.graph {
        Some(iri) => {
            let graph = NamedNode::new(iri).with_context(|| format!("--graph {iri}"))?;
            if !store.oxigraph().contains_named_graph(&graph)? {
                bail!("the store has no graph <{iri}>");
            }
            Some(graph)
        }
        None => None,
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut writer = QuadWriter::new(&mut out, format)?;
    for quad in store.oxigraph().quads_for_pattern(
        None,
        None,
        None,
        graph.as_ref().map(|g| GraphNameRef::NamedNode(g.as_ref())),
    ) {
        writer.write(quad?.as_ref())?;
    }
    writer.finish()?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
