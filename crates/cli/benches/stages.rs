//! Throughput of each stage and of the whole pipeline, on the seed article
//! and on a generated 10 MB news-like corpus, one thread.
//!
//! Run with `cargo bench -p whosaid-cli --bench stages`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use whosaid_core::{Document, Outcome, Span};
use whosaid_export::JsonLinesWriter;
use whosaid_nlp::{Pipeline, SentenceSplitter, find_quotations};

#[path = "../../nlp/benches/news_corpus.rs"]
mod news_corpus;

fn texts() -> Vec<(&'static str, Vec<String>)> {
    let seed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../seeds/000_8f1725446b0f4224.txt"
    ))
    .expect("the seed article");
    let corpus = news_corpus::generate(10 << 20);
    let articles = corpus
        .split("\n\n\n")
        .filter(|a| !a.trim().is_empty())
        .map(str::to_string)
        .collect();
    vec![("seed", vec![seed]), ("news-10MB", articles)]
}

fn bench(c: &mut Criterion) {
    let splitter = SentenceSplitter::new();
    let pipeline = Pipeline::new();
    for (name, articles) in texts() {
        let bytes: usize = articles.iter().map(String::len).sum();
        let mut group = c.benchmark_group(format!("stages/{name}"));
        group.throughput(Throughput::Bytes(bytes as u64));
        if bytes > 1 << 20 {
            group.sample_size(10);
        }
        group.bench_function("sentences", |b| {
            b.iter(|| {
                articles
                    .iter()
                    .map(|a| splitter.split(black_box(a)).count())
                    .sum::<usize>()
            })
        });
        group.bench_function("quotation-marks", |b| {
            b.iter(|| {
                articles
                    .iter()
                    .map(|a| find_quotations(black_box(a), &[Span::new(0, a.len())]).len())
                    .sum::<usize>()
            })
        });
        group.bench_function("pipeline", |b| {
            b.iter(|| {
                articles
                    .iter()
                    .map(|a| {
                        pipeline
                            .analyse(Document::new("b", black_box(a.as_str())))
                            .quotes
                            .len()
                    })
                    .sum::<usize>()
            })
        });
        let outcomes: Vec<Outcome> = articles
            .iter()
            .map(|a| Outcome::Analysed(pipeline.analyse(Document::new("b", a.as_str()))))
            .collect();
        group.bench_function("json-lines", |b| {
            b.iter(|| {
                let mut writer = JsonLinesWriter::new(Vec::with_capacity(bytes * 2));
                for outcome in &outcomes {
                    writer.write(black_box(outcome)).unwrap();
                }
                writer.into_inner().len()
            })
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
