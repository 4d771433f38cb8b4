//! Mapping: facts to RDF quads.

/// Errors of the mapper.
#[derive(Debug, thiserror::Error)]
#[error("map")]
pub struct MapError;
