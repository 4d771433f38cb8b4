//! `diplokg query`: SPARQL against the store, with the union of all graphs as default graph.
//! Results as SPARQL JSON/XML/CSV/TSV, RDF for CONSTRUCT/DESCRIBE, or a table for people.

use super::StoreArgs;
use super::format::{PREFIXES, QueryFormat, query_format};
use super::output::write_quads;
use anyhow::{Context, Result, bail};
use clap::Args;
use diplokg::map::BaseIri;
use oxigraph::io::RdfFormat;
use oxigraph::model::{GraphNameRef, Term};
use oxigraph::sparql::QueryResults;
use oxigraph::sparql::results::QueryResultsSerializer;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `diplokg query`.
#[derive(Debug, Args)]
pub struct QueryArgs {
    #[command(flatten)]
    pub store: StoreArgs,
    /// Read the query from this file (`-` for standard input) instead of the argument.
    #[arg(long, short = 'f', value_name = "Q.rq", conflicts_with = "query")]
    pub file: Option<PathBuf>,
    /// Output: table (default on a terminal), json, xml, csv, tsv (default otherwise) for
    /// SELECT/ASK; ttl, nt, nq, trig, rdf, jsonld for CONSTRUCT/DESCRIBE (default ttl).
    #[arg(long)]
    pub format: Option<String>,
    /// The SPARQL query.
    #[arg(value_name = "SPARQL", required_unless_present = "file")]
    pub query: Option<String>,
}

/// Runs the query and prints its results.
pub fn run(args: QueryArgs, base: &BaseIri) -> Result<ExitCode> {
    let query = match (&args.query, &args.file) {
        (Some(query), _) => query.clone(),
        (None, Some(file)) => super::input::Input::from_arg(file).read_to_string()?,
        (None, None) => bail!("give a query or --file"),
    };
    let source = args
        .file
        .as_ref()
        .map_or_else(|| "the query".to_owned(), |f| f.display().to_string());
    let format = match &args.format {
        Some(name) => query_format(name)?,
        None if std::io::stdout().is_terminal() => QueryFormat::Table,
        None => QueryFormat::Results(oxigraph::sparql::results::QueryResultsFormat::Tsv),
    };
    let store = args.store.open_existing(base)?;
    let results = store.query(&query).with_context(|| source.clone())?;
    print_results(results, format)?;
    Ok(ExitCode::SUCCESS)
}

/// Prints results in `format` on standard output (streaming, except the table).
pub fn print_results(results: QueryResults<'_>, format: QueryFormat) -> Result<()> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match (results, format) {
        (QueryResults::Graph(triples), format) => {
            let rdf = match format {
                QueryFormat::Rdf(rdf) => rdf,
                QueryFormat::Table => RdfFormat::Turtle,
                QueryFormat::Results(_) => {
                    bail!(
                        "a CONSTRUCT or DESCRIBE query gives a graph: use an RDF format (ttl, nt, jsonld, ...)"
                    )
                }
            };
            let triples = triples.collect::<Result<Vec<_>, _>>()?;
            write_quads(
                &mut out,
                rdf,
                triples
                    .iter()
                    .map(|t| t.as_ref().in_graph(GraphNameRef::DefaultGraph)),
            )?;
        }
        (QueryResults::Boolean(value), QueryFormat::Table) => writeln!(out, "{value}")?,
        (QueryResults::Boolean(value), QueryFormat::Results(format)) => {
            QueryResultsSerializer::from_format(format)
                .serialize_boolean_to_writer(&mut out, value)?;
        }
        (QueryResults::Solutions(solutions), QueryFormat::Results(format)) => {
            let mut serializer = QueryResultsSerializer::from_format(format)
                .serialize_solutions_to_writer(&mut out, solutions.variables().to_vec())?;
            for solution in solutions {
                serializer.serialize(&solution?)?;
            }
            serializer.finish()?;
        }
        (QueryResults::Solutions(solutions), QueryFormat::Table) => {
            let header: Vec<String> = solutions
                .variables()
                .iter()
                .map(|v| v.as_str().to_owned())
                .collect();
            let mut rows = Vec::new();
            for solution in solutions {
                let solution = solution?;
                rows.push(
                    header
                        .iter()
                        .map(|v| solution.get(v.as_str()).map(short_term).unwrap_or_default())
                        .collect::<Vec<_>>(),
                );
            }
            write_table(&mut out, &header, &rows)?;
        }
        (QueryResults::Boolean(_) | QueryResults::Solutions(_), QueryFormat::Rdf(_)) => {
            bail!("a SELECT or ASK query gives a table: use table, json, xml, csv or tsv")
        }
    }
    out.flush()?;
    Ok(())
}

/// A term as a person reads it: prefixed IRIs, literal values without datatype noise.
fn short_term(term: &Term) -> String {
    match term {
        Term::NamedNode(node) => PREFIXES
            .iter()
            .find_map(|(prefix, iri)| {
                node.as_str()
                    .strip_prefix(iri)
                    .map(|rest| format!("{prefix}:{rest}"))
            })
            .unwrap_or_else(|| format!("<{}>", node.as_str())),
        Term::Literal(literal) => literal.value().to_owned(),
        other => other.to_string(),
    }
}

/// Writes an aligned text table (widths in code points).
fn write_table(out: &mut impl Write, header: &[String], rows: &[Vec<String>]) -> Result<()> {
    let width = |s: &str| s.chars().count();
    let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell)).min(60);
        }
    }
    let line = |out: &mut dyn Write, cells: &[String]| -> std::io::Result<()> {
        let mut first = true;
        for (cell, w) in cells.iter().zip(&widths) {
            if !first {
                write!(out, " | ")?;
            }
            first = false;
            let shown: String = if width(cell) > *w {
                cell.chars()
                    .take(w.saturating_sub(1))
                    .chain(std::iter::once('…'))
                    .collect()
            } else {
                cell.clone()
            };
            write!(out, "{shown}{}", " ".repeat(w - width(&shown)))?;
        }
        writeln!(out)
    };
    line(out, header)?;
    writeln!(
        out,
        "{}",
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .join("-+-")
    )?;
    for row in rows {
        line(out, row)?;
    }
    writeln!(
        out,
        "({} row{})",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    )?;
    Ok(())
}
