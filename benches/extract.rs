//! Extraction throughput in MB/s of article text, on the example article and on a long text
//! made of many copies of it (linear-time scanning keeps the two figures close).
//!
//! Run: `cargo bench --bench extract`. The gazetteer and lexicon are compiled outside the loop.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use diplokg::extract::{ExtractOptions, Extractor};
use diplokg::gazetteer::Gazetteer;
use std::hint::black_box;
use std::time::Duration;

/// The allocator of the `diplokg` binary, so that the figures are the program's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn bench_extract(c: &mut Criterion) {
    let article = std::fs::read_to_string("corpus/ar-2026-05-20-xi-putin-talks.txt")
        .expect("run from the project root");
    let extractor = Extractor::new(Gazetteer::bundled().expect("bundled gazetteer"));
    let options = ExtractOptions::default();
    let long = article.repeat(64);
    let mut group = c.benchmark_group("extract");
    group.measurement_time(Duration::from_secs(8));
    group.throughput(Throughput::Bytes(article.len() as u64));
    group.bench_function("example article (ar, 13 KB)", |b| {
        b.iter(|| extractor.extract(black_box(&article), &options))
    });
    group.throughput(Throughput::Bytes(long.len() as u64));
    group.sample_size(10);
    group.bench_function("64 copies (ar, 0.8 MB)", |b| {
        b.iter(|| extractor.extract(black_box(&long), &options))
    });
    group.finish();
}

criterion_group!(benches, bench_extract);
criterion_main!(benches);
