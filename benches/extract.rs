//! Criterion benchmark of extraction (placeholder).
fn main() {}
