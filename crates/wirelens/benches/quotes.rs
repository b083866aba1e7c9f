//! Criterion benchmarks of quote attribution: the five seed articles (budget:
//! well under 5 ms), articles of 1,000 and 10,000 quote marks (linear time),
//! and a generated corpus of 1,000 articles (~4 MB).
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};

const SEEDS: [&str; 5] = [
    include_str!("../../../seeds/000_3f04ed3890fa3ca4.txt"),
    include_str!("../../../seeds/001_3a15821f95648dd1.txt"),
    include_str!("../../../seeds/002_fad698e21613d5de.txt"),
    include_str!("../../../seeds/003_81a701cb0d8ed4aa.txt"),
    include_str!("../../../seeds/004_22fdcdff3e63ad71.txt"),
];
const IDS: [&str; 5] = ["000", "001", "002", "003", "004"];

fn seeds(c: &mut Criterion) {
    c.bench_function("quotes/seeds", |b| {
        b.iter(|| wirelens::quotes::attribute(&IDS, &SEEDS))
    });
}

fn quote_marks(c: &mut Criterion) {
    let mut group = c.benchmark_group("quotes/marks");
    for marks in [1_000usize, 10_000] {
        let text: String = (0..marks / 2)
            .map(|i| format!("\"We won game {i} today,\" said Anna Berg. "))
            .collect();
        group.bench_with_input(BenchmarkId::from_parameter(marks), &text, |b, text| {
            b.iter(|| wirelens::quotes::attribute(&["000"], &[text.as_str()]))
        });
    }
    group.finish();
}

fn synth_corpus(c: &mut Criterion) {
    let corpus = wirelens::synth::corpus(&SEEDS, 1_000, 42);
    let ids: Vec<&str> = corpus.documents.iter().map(|d| d.id.as_str()).collect();
    let texts: Vec<&str> = corpus.documents.iter().map(|d| d.text.as_str()).collect();
    c.bench_function("quotes/synth/1000", |b| {
        b.iter(|| wirelens::quotes::attribute(&ids, &texts))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).warm_up_time(std::time::Duration::from_secs(1)).measurement_time(std::time::Duration::from_secs(2));
    targets = seeds, quote_marks, synth_corpus
}
criterion_main!(benches);
