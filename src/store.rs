//! The Oxigraph store.

/// Placeholder until the store lands.
pub struct Store;
