//! Store throughput: replacing an article's graph in an in-memory store (one transaction), and a
//! typical research query over it. Throughput is in MB/s of article text.
//!
//! Run: `cargo bench --bench ingest`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use diplokg::map::{BaseIri, map_facts};
use diplokg::{Facts, Store};
use std::hint::black_box;

/// The allocator of the `diplokg` binary, so that the figures are the program's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn bench_ingest(c: &mut Criterion) {
    let json = std::fs::read_to_string("tests/data/ar-2026-05-20-xi-putin-talks.facts.json")
        .expect("run from the project root");
    let facts = Facts::from_json(&json).expect("valid facts");
    let base = BaseIri::default();
    let mapped = map_facts(&facts, &base).expect("maps");
    // Two versions of the same article, so every replace really rewrites the graph.
    let mut changed_facts = facts.clone();
    changed_facts.events.pop();
    let changed = map_facts(&changed_facts, &base).expect("maps");
    let store = Store::in_memory(base).expect("memory store");
    store.load_reference().expect("reference data");

    let mut group = c.benchmark_group("store");
    group.throughput(Throughput::Bytes(facts.document.text.len() as u64));
    let mut flip = false;
    group.bench_function("replace article graph", |b| {
        b.iter(|| {
            flip = !flip;
            store
                .replace_article(black_box(if flip { &mapped } else { &changed }))
                .expect("stored")
        })
    });
    group.bench_function("unchanged article (compare only)", |b| {
        store.replace_article(&mapped).expect("stored");
        b.iter(|| store.replace_article(black_box(&mapped)).expect("stored"))
    });
    group.finish();
}

criterion_group!(benches, bench_ingest);
criterion_main!(benches);
