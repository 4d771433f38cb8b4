//! Mapping throughput: the example article's facts to quads, in MB/s of facts JSON.
//!
//! Run: `cargo bench --bench map`. Data is prepared outside the timed loop.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use diplokg::Facts;
use diplokg::map::{BaseIri, map_facts};
use std::hint::black_box;

/// The allocator of the `diplokg` binary, so that the figures are the program's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn bench_map(c: &mut Criterion) {
    let json = std::fs::read_to_string("tests/data/ar-2026-05-20-xi-putin-talks.facts.json")
        .expect("run from the project root");
    let facts = Facts::from_json(&json).expect("valid facts");
    let base = BaseIri::default();
    let mut group = c.benchmark_group("map");
    group.throughput(Throughput::Bytes(json.len() as u64));
    group.bench_function("parse+validate facts JSON", |b| {
        b.iter(|| Facts::from_json(black_box(&json)).expect("valid"))
    });
    group.bench_function("map facts to quads", |b| {
        b.iter(|| map_facts(black_box(&facts), &base).expect("maps"))
    });
    group.finish();
}

criterion_group!(benches, bench_map);
criterion_main!(benches);
