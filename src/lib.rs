//! diplokg turns news about diplomacy into a linked-data knowledge graph.
//!
//! ```text
//! text (ar/en/zh/ru) --extract--> facts (serde JSON) --map--> RDF quads --store--> Oxigraph
//!                                      ^                                   |
//!                      other extractors (JSON file)          serve (SPARQL, linked data), export
//! ```
//!
//! - [`extract`] reads article text with the [`gazetteer`] and rule lexicons into [`Facts`];
//! - [`facts`] is the serde model, the contract between extraction and mapping;
//! - [`map`] turns facts into quads of one named graph per article ([`vocab`] has the terms);
//! - [`store`] keeps them in Oxigraph (on disk or in memory) with atomic per-article replacement;
//! - [`serve`] (feature `serve`) answers SPARQL 1.1 and dereferences IRIs over HTTP.

pub mod error;
pub mod eval;
pub mod extract;
pub mod facts;
pub mod gazetteer;
pub mod gazetteer_build;
pub mod map;
pub mod reference;
#[cfg(feature = "serve")]
pub mod serve;
pub mod store;
pub mod text;
pub mod vocab;

pub use crate::error::Error;
pub use crate::facts::Facts;
pub use crate::store::Store;
