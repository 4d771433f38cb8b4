//! `diplokg export`: the store, or one graph, in any RDF syntax Oxigraph writes.

use super::StoreArgs;
use super::format::rdf_format;
use super::output::QuadWriter;
use anyhow::{Context, Result, bail};
use clap::Args;
use diplokg::map::BaseIri;
use oxigraph::model::{Dataset, GraphNameRef, NamedNode};
use oxrdf::dataset::{CanonicalizationAlgorithm, CanonicalizationHashAlgorithm};
use std::io::Write;
use std::process::ExitCode;

/// Arguments of `diplokg export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub store: StoreArgs,
    /// RDF syntax: nquads/nq, trig (keep graphs); turtle/ttl, ntriples/nt, rdfxml/rdf, jsonld
    /// (need --graph, or merge all graphs into one).
    #[arg(long, short, default_value = "nq")]
    pub format: String,
    /// Write RDFC-1.0 canonical N-Quads (W3C RDF Dataset Canonicalization, SHA-256): blank nodes
    /// relabelled `c14n0…`, lines sorted, so two exports of the same data are byte-identical.
    /// Needs `--format nq` (the default).
    #[arg(long)]
    pub canonical: bool,
    /// Only this named graph (an IRI, e.g. https://w3id.org/diplokg/graph/article/ID).
    #[arg(long, value_name = "IRI")]
    pub graph: Option<String>,
}

/// Streams the quads out.
pub fn run(args: ExportArgs, base: &BaseIri) -> Result<ExitCode> {
    let format = rdf_format(&args.format)?;
    if args.canonical && format != oxigraph::io::RdfFormat::NQuads {
        bail!(
            "--canonical writes N-Quads: drop --format {} or use --format nq",
            args.format
        );
    }
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
    let graph_filter = graph.as_ref().map(|g| GraphNameRef::NamedNode(g.as_ref()));
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.canonical {
        let mut dataset = Dataset::new();
        for quad in store
            .oxigraph()
            .quads_for_pattern(None, None, None, graph_filter)
        {
            dataset.insert(&quad?);
        }
        for line in canonical_nquads(dataset) {
            writeln!(out, "{line}")?;
        }
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut writer = QuadWriter::new(&mut out, format)?;
    for quad in store
        .oxigraph()
        .quads_for_pattern(None, None, None, graph_filter)
    {
        writer.write(quad?.as_ref())?;
    }
    writer.finish()?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// RDFC-1.0 (SHA-256) canonical N-Quads lines, sorted by code point as the spec's canonical form.
pub fn canonical_nquads(mut dataset: Dataset) -> Vec<String> {
    dataset.canonicalize(CanonicalizationAlgorithm::Rdfc10 {
        hash_algorithm: CanonicalizationHashAlgorithm::Sha256,
    });
    let mut lines: Vec<String> = dataset.iter().map(|q| format!("{q} .")).collect();
    lines.sort_unstable();
    lines
}
