//! Sentence splitting throughput: whosaid against raw UAX #29 sentence
//! boundaries from unicode-segmentation and against sentencex, on the seed article and on a
//! generated 10 MB news-like corpus.
//!
//! Run with `cargo bench -p whosaid-nlp --bench sentences`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use unicode_segmentation::UnicodeSegmentation;
use whosaid_nlp::SentenceSplitter;

mod news_corpus;

fn texts() -> Vec<(&'static str, String)> {
    let seed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../seeds/000_8f1725446b0f4224.txt"
    ))
    .expect("the seed article");
    vec![
        ("seed", seed),
        ("news-10MB", news_corpus::generate(10 << 20)),
    ]
}

fn bench(c: &mut Criterion) {
    let splitter = SentenceSplitter::new();
    for (name, text) in texts() {
        let mut group = c.benchmark_group(format!("sentences/{name}"));
        group.throughput(Throughput::Bytes(text.len() as u64));
        if text.len() > 1 << 20 {
            group.sample_size(10);
        }
        group.bench_function("whosaid", |b| {
            b.iter(|| splitter.split(black_box(&text)).count())
        });
        group.bench_function("unicode-segmentation", |b| {
            b.iter(|| black_box(&text).split_sentence_bound_indices().count())
        });
        group.bench_function("sentencex", |b| {
            b.iter(|| sentencex::segment("en", black_box(&text)).len())
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
