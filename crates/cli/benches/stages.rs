//! Throughput of each stage and of the whole pipeline, on the seed article
//! and on a generated 10 MB news-like corpus, one thread. Each stage is
//! timed alone on the output of the stages before it, computed once:
//! sentences, quotation marks, cues (every word looked up in the cue
//! lexicon), attribution (cues, speech tags and speakers from sentences
//! and quotation marks), speakers (every speaker mention linked and
//! canonical names found), JSON Lines writing, and the whole pipeline.
//!
//! The allocator is the binary's (mimalloc).
//!
//! Run with `cargo bench -p whosaid-cli --bench stages`.

use std::hint::black_box;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use whosaid_core::{Document, Outcome, Sentence, Span};
use whosaid_export::JsonLinesWriter;
use whosaid_nlp::{
    Pipeline, Quotation, SentenceSplitter, SpeakerRegistry, attribute, cue_lemma, find_quotations,
    paragraph_spans,
};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
        group.bench_function("cues", |b| {
            b.iter(|| {
                articles
                    .iter()
                    .flat_map(|a| black_box(a).split_whitespace())
                    .filter(|w| cue_lemma(w.trim_matches(|c: char| !c.is_alphanumeric())).is_some())
                    .count()
            })
        });
        let prepared: Vec<(Vec<Sentence>, Vec<Quotation>)> = articles
            .iter()
            .map(|a| {
                let sentences: Vec<Sentence> = splitter.split(a).collect();
                let paragraphs = paragraph_spans(&sentences);
                let quotations = find_quotations(a, &paragraphs);
                (sentences, quotations)
            })
            .collect();
        group.bench_function("attribution", |b| {
            b.iter(|| {
                articles
                    .iter()
                    .zip(&prepared)
                    .map(|(a, (sentences, quotations))| {
                        attribute(black_box(a), sentences, quotations).0.len()
                    })
                    .sum::<usize>()
            })
        });
        // Every speaker mention of every article, as the attribution
        // stage links them.
        let mentions: Vec<Vec<(Span, Vec<&str>)>> = articles
            .iter()
            .zip(&prepared)
            .map(|(a, (sentences, quotations))| {
                attribute(a, sentences, quotations)
                    .0
                    .iter()
                    .filter_map(|q| q.attribution)
                    .map(|at| (at.mention, a[at.mention].split_whitespace().collect()))
                    .collect()
            })
            .collect();
        group.bench_function("speakers", |b| {
            b.iter(|| {
                articles
                    .iter()
                    .zip(&mentions)
                    .map(|(a, mentions)| {
                        let mut registry = SpeakerRegistry::new();
                        for (span, words) in mentions {
                            registry.link(*span, black_box(words));
                        }
                        registry.into_speakers(a).len()
                    })
                    .sum::<usize>()
            })
        });
        // Documents own their text, as after input reading: the pipeline
        // is timed from owned documents to dropped analyses.
        let documents: Vec<Document> = articles
            .iter()
            .map(|a| Document::new("b", a.as_str()))
            .collect();
        group.bench_function("pipeline", |b| {
            b.iter_batched(
                || documents.clone(),
                |documents| {
                    documents
                        .into_iter()
                        .map(|d| pipeline.analyse(black_box(d)).quotes.len())
                        .sum::<usize>()
                },
                BatchSize::PerIteration,
            )
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
