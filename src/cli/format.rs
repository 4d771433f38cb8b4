//! Output format names as users type them: the usual long and short forms (design.md).
//!
//! Short forms and media types are resolved by Oxigraph's own tables
//! (`RdfFormat::from_extension`, `QueryResultsFormat::from_extension`, `from_media_type`); this file
//! only adds the long names Oxigraph does not know (`turtle`, `ntriples`, `rdfxml`, ...).

use anyhow::{Result, bail};
use oxigraph::io::RdfFormat;
use oxigraph::sparql::results::QueryResultsFormat;

/// Prefixes declared in Turtle, TriG and RDF/XML output (see `ontology/README.md`).
pub const PREFIXES: &[(&str, &str)] = &[
    ("dk", "https://w3id.org/diplokg/ontology#"),
    ("wd", "http://www.wikidata.org/entity/"),
    ("wdt", "http://www.wikidata.org/prop/direct/"),
    ("schema", "https://schema.org/"),
    (
        "nif",
        "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    ),
    ("itsrdf", "http://www.w3.org/2005/11/its/rdf#"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
];

/// Parses an RDF syntax name (`turtle`/`ttl`, `ntriples`/`nt`, `nquads`/`nq`, `trig`,
/// `rdfxml`/`rdf`, `jsonld`, `n3`, or a media type).
pub fn rdf_format(name: &str) -> Result<RdfFormat> {
    let short = match name.to_ascii_lowercase().as_str() {
        "turtle" => "ttl",
        "ntriples" | "n-triples" => "nt",
        "nquads" | "n-quads" => "nq",
        "rdfxml" | "rdf/xml" | "rdf-xml" => "rdf",
        "json-ld" => "jsonld",
        _ => name,
    }
    .to_owned();
    if short == "json" || short == "xml" {
        bail!("'{name}' is ambiguous for RDF: use jsonld or rdfxml");
    }
    match RdfFormat::from_extension(&short).or_else(|| RdfFormat::from_media_type(name)) {
        Some(format) => Ok(format),
        None => bail!(
            "unknown RDF format '{name}' (expected turtle/ttl, ntriples/nt, nquads/nq, trig, rdfxml/rdf, jsonld or n3)"
        ),
    }
}

/// Output format of `diplokg query`: SPARQL results, RDF, or a table for people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryFormat {
    /// An aligned text table (the default on a terminal).
    Table,
    /// A SPARQL results format, for SELECT and ASK.
    Results(QueryResultsFormat),
    /// An RDF syntax, for CONSTRUCT and DESCRIBE.
    Rdf(RdfFormat),
}

/// Parses a `query --format` value.
pub fn query_format(name: &str) -> Result<QueryFormat> {
    if name.eq_ignore_ascii_case("table") {
        return Ok(QueryFormat::Table);
    }
    if let Some(format) = QueryResultsFormat::from_extension(name)
        .filter(|_| !name.eq_ignore_ascii_case("txt"))
        .or_else(|| QueryResultsFormat::from_media_type(name))
    {
        return Ok(QueryFormat::Results(format));
    }
    rdf_format(name).map(QueryFormat::Rdf).map_err(|_| {
        anyhow::anyhow!(
            "unknown format '{name}' (expected table, json, xml, csv, tsv for results; ttl, nt, nq, trig, rdf, jsonld for graphs)"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_and_short_names() {
        assert_eq!(rdf_format("turtle").unwrap(), RdfFormat::Turtle);
        assert_eq!(rdf_format("TTL").unwrap(), RdfFormat::Turtle);
        assert_eq!(rdf_format("ntriples").unwrap(), RdfFormat::NTriples);
        assert_eq!(rdf_format("nq").unwrap(), RdfFormat::NQuads);
        assert_eq!(rdf_format("rdfxml").unwrap(), RdfFormat::RdfXml);
        assert!(rdf_format("json").is_err());
        assert!(rdf_format("docx").is_err());
        assert_eq!(
            query_format("json").unwrap(),
            QueryFormat::Results(QueryResultsFormat::Json)
        );
        assert_eq!(
            query_format("ttl").unwrap(),
            QueryFormat::Rdf(RdfFormat::Turtle)
        );
        assert_eq!(query_format("table").unwrap(), QueryFormat::Table);
    }
}
