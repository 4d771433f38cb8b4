//! `diplokg export`: the store, or one graph, in any RDF syntax Oxigraph writes.

use super::StoreArgs;
use super::format::rdf_format;
use super::map::write_quads;
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
    let out = std::io::BufWriter::new(std::io::stdout().lock());
    let quads = store.oxigraph().quads_for_pattern(
        None,
        None,
        None,
        graph.as_ref().map(|g| GraphNameRef::NamedNode(g.as_ref())),
    );
    let quads = quads.collect::<Result<Vec<_>, _>>()?;
    let mut out = out;
    write_quads(&mut out, format, quads.iter().map(|q| q.as_ref()))?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
