//! Criterion benchmarks of reuse detection and of the whole analysis, on the
//! embedded seed articles and on generated corpora of 10 to 10,000 articles
//! (~4 KB each, see `wirelens::synth`). Budgets (SPEC.md): seeds < 5 ms in
//! the browser, 1,000 articles < 0.5 s natively; cost close to linear in the
//! corpus size.
//!
//! `cargo bench -p wirelens --bench analyze -- --warm-up-time 1 --measurement-time 2`
//! (the larger corpora use 10 samples whatever the measurement time).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::time::Duration;
use wirelens::{analyze, reuse, synth, Document};

const SEEDS: [(&str, &str); 5] = [
    (
        "000_3f04ed3890fa3ca4",
        include_str!("../../../seeds/000_3f04ed3890fa3ca4.txt"),
    ),
    (
        "001_3a15821f95648dd1",
        include_str!("../../../seeds/001_3a15821f95648dd1.txt"),
    ),
    (
        "002_fad698e21613d5de",
        include_str!("../../../seeds/002_fad698e21613d5de.txt"),
    ),
    (
        "003_81a701cb0d8ed4aa",
        include_str!("../../../seeds/003_81a701cb0d8ed4aa.txt"),
    ),
    (
        "004_22fdcdff3e63ad71",
        include_str!("../../../seeds/004_22fdcdff3e63ad71.txt"),
    ),
];

fn seed_texts() -> Vec<&'static str> {
    SEEDS.iter().map(|(_, text)| *text).collect()
}

fn seeds(c: &mut Criterion) {
    let texts = seed_texts();
    let docs: Vec<Document> = SEEDS
        .iter()
        .map(|(id, text)| Document::new(*id, *text))
        .collect();
    c.bench_function("reuse/seeds", |b| b.iter(|| reuse::find_passages(&texts)));
    c.bench_function("analyze/seeds", |b| b.iter(|| analyze(&docs)));
}

fn synthetic(c: &mut Criterion) {
    let texts = seed_texts();
    let mut group = c.benchmark_group("analyze/synth");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(500));
    for n in [10usize, 100, 1000, 10_000] {
        let corpus = synth::corpus(&texts, n, 42);
        let bytes: usize = corpus.documents.iter().map(|d| d.text.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_with_input(
            BenchmarkId::from_parameter(n),
            &corpus.documents,
            |b, docs| b.iter(|| analyze(docs)),
        );
    }
    group.finish();

    // Reuse detection alone: its cost should grow about linearly with the corpus.
    let mut group = c.benchmark_group("reuse/synth");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(500));
    for n in [100usize, 1000, 10_000] {
        let corpus = synth::corpus(&texts, n, 42);
        let docs: Vec<&str> = corpus.documents.iter().map(|d| d.text.as_str()).collect();
        group.bench_with_input(BenchmarkId::from_parameter(n), &docs, |b, docs| {
            b.iter(|| reuse::find_passages(docs))
        });
    }
    group.finish();
}

/// Articles made of the seeds' most frequent words: every article pair shares
/// common n-grams, so this shows whether cost stays close to linear (issue 10:
/// 10,000 articles at most 12 times the time of 1,000).
fn common_words(c: &mut Criterion) {
    let texts = seed_texts();
    let mut group = c.benchmark_group("analyze/common_words");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(500));
    for n in [1000usize, 3000, 10_000] {
        let docs = synth::common_words_corpus(&texts, n, 42);
        group.bench_with_input(BenchmarkId::from_parameter(n), &docs, |b, docs| {
            b.iter(|| analyze(docs))
        });
    }
    group.finish();
}

criterion_group!(benches, seeds, synthetic, common_words);
criterion_main!(benches);
