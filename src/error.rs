//! The library's error type: each variant says where the problem is and keeps its cause.

use std::path::PathBuf;

/// Errors of the diplokg library.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// A facts file does not fit the facts contract.
    #[error("{source_name}: {source}")]
    Facts {
        /// File name (or `-` for standard input).
        source_name: String,
        /// What and where.
        #[source]
        source: crate::facts::FactsError,
    },
    /// Facts could not be mapped to RDF (e.g. an IRI that does not validate).
    #[error(transparent)]
    Map(#[from] crate::map::MapError),
    /// An RDF file (ontology, gazetteer, user data) does not parse.
    #[error("{name}: {source}")]
    RdfParse {
        /// The file or resource name.
        name: String,
        /// The parser's error, with its position.
        #[source]
        source: oxigraph::io::RdfParseError,
    },
    /// A store directory could not be opened (missing, locked by another writer, corrupt).
    #[error("cannot open the store in {}: {source}", path.display())]
    StoreOpen {
        /// The store directory.
        path: PathBuf,
        /// Oxigraph's error.
        #[source]
        source: oxigraph::store::StorageError,
    },
    /// The store failed.
    #[error("store: {0}")]
    Storage(#[from] oxigraph::store::StorageError),
    /// A SPARQL query failed to parse or evaluate.
    #[error("query: {0}")]
    Query(#[from] oxigraph::sparql::QueryEvaluationError),
    /// A SPARQL query does not parse.
    #[error("query syntax: {0}")]
    QuerySyntax(#[from] oxigraph::sparql::SparqlSyntaxError),
}

impl Error {
    /// Wraps an I/O error with the path it happened on.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Self::Io {
            path: path.into(),
            source,
        }
    }
}
