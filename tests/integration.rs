//! The one integration-test binary (one link step instead of one per file).
//!
//! Where new tests go: CLI behaviour (the real binary in a temp dir) in `cli.rs`; the mapper's
//! SHACL conformance in `shapes.rs`; `queries/*.rq` against the example in `queries.rs`; the
//! extractor's contract and the example's gold items in `extract.rs`; scoring in `eval.rs`; the
//! HTTP server in `serve.rs`; `diplokg gazetteer build` in `gazetteer_build.rs`. Shared helpers
//! live in `util.rs`.

mod cli;
mod clients;
mod eval;
mod extract;
mod gazetteer_build;
mod gold_items;
mod queries;
mod serve;
mod shapes;
mod util;
