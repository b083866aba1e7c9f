//! Criterion benchmarks of the whole analysis (filled in with issue #4).
use criterion::{criterion_group, criterion_main, Criterion};

fn seeds(c: &mut Criterion) {
    let docs: Vec<wirelens::Document> = Vec::new();
    c.bench_function("analyze/empty", |b| b.iter(|| wirelens::analyze(&docs)));
}

criterion_group!(benches, seeds);
criterion_main!(benches);
