//! The driver: read articles on one thread, analyse batches on a pool, and
//! write results in input order.
//!
//! A reader thread sends articles through a bounded channel. The main thread
//! takes whatever is ready (at least one article, at most a batch), analyses
//! the batch in parallel, and writes it in order before taking the next, so
//! memory is bounded by a batch and a streaming consumer gets each answer as
//! soon as its batch is done.

use std::panic::{self, AssertUnwindSafe};
use std::process::ExitCode;
use std::sync::mpsc;
use std::thread;

use anyhow::{Context, Result};
use rayon::prelude::*;
use whosaid_core::{Analysis, Outcome};
use whosaid_export::{CsvOptions, WorkbookOptions};
use whosaid_nlp::{AttributionOptions, Pipeline};

use crate::output::{Sink, SinkOptions};
use crate::{Command, CommonArgs};
use whosaid_cli::input::{Article, InputOptions, PathFilter, Source, sources};

/// Articles analysed together per thread; larger batches amortise
/// scheduling, smaller ones answer sooner.
const BATCH_PER_THREAD: usize = 16;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Job {
    Extract,
    Sentences,
}

pub fn run(command: Command) -> Result<ExitCode> {
    let (common, job, sink, pipeline) = match command {
        Command::Extract(args) => {
            let csv = CsvOptions::new()
                .bom(args.excel)
                .formula_guard(!args.no_formula_guard);
            let mut workbook = WorkbookOptions::new();
            if let Some((y, m, d)) = args.created {
                workbook = workbook.created_on(y, m, d);
            }
            let sink = Sink::extract(
                args.common.output.as_deref(),
                args.common.format,
                SinkOptions { csv, workbook },
            )?;
            let pipeline = Pipeline::new().with_attribution(AttributionOptions {
                beliefs: !args.speech_only,
            });
            (args.common, Job::Extract, sink, pipeline)
        }
        Command::Sentences(common) => {
            let sink = Sink::sentences(common.output.as_deref(), common.format)?;
            (common, Job::Sentences, sink, Pipeline::new())
        }
        Command::Completions { .. } | Command::Man | Command::Eval { .. } => {
            unreachable!("handled in main")
        }
    };
    drive(common, job, sink, pipeline)
}

fn drive(common: CommonArgs, job: Job, mut sink: Sink, pipeline: Pipeline) -> Result<ExitCode> {
    let threads = common
        .jobs
        .unwrap_or_else(|| thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .context("cannot start worker threads")?;
    let batch_size = threads * BATCH_PER_THREAD;
    let filter = PathFilter::new(&common.include, &common.exclude)
        .context("bad --include or --exclude pattern")?;
    let sources = sources(&common.inputs, &filter).context("cannot list the inputs")?;
    let progress = Progress::new(&sources, common.quiet);
    let options = InputOptions {
        max_bytes: common.max_bytes,
        text_field: common.text_field.clone(),
        id_field: common.id_field.clone(),
    };

    let (sender, receiver) = mpsc::sync_channel::<Article>(batch_size * 2);
    let reader_options = options.clone();
    let reader = thread::spawn(move || {
        for source in &sources {
            if !source.read(&reader_options, &mut |article| sender.send(article).is_ok()) {
                break;
            }
        }
    });
    // Parsing input lines and encoding JSON records happen on the workers;
    // the main thread only writes.
    let encoder = sink.encoder();

    let (mut articles, mut quotes, mut failed) = (0usize, 0usize, 0usize);
    let mut batch = Vec::with_capacity(batch_size);
    while let Ok(first) = receiver.recv() {
        batch.push(first);
        while batch.len() < batch_size {
            match receiver.try_recv() {
                Ok(article) => batch.push(article),
                Err(_) => break,
            }
        }
        let outcomes: Vec<(Outcome, Option<Vec<u8>>)> = pool.install(|| {
            batch
                .par_drain(..)
                .map(|a| {
                    let outcome = analyse(&pipeline, a.resolve(&options), job);
                    let encoded = encoder.encode(&outcome);
                    (outcome, encoded)
                })
                .collect()
        });
        for (outcome, encoded) in &outcomes {
            articles += 1;
            match outcome {
                Outcome::Analysed(a) => {
                    quotes += a.quotes.len();
                    progress.advance(a.document.text.len());
                }
                Outcome::Failed { .. } => failed += 1,
            }
            match encoded {
                Some(bytes) => sink.write_encoded(bytes)?,
                None => sink.write(outcome)?,
            }
        }
        sink.flush_batch()?;
        progress.show(articles, quotes);
    }
    progress.finish();
    reader
        .join()
        .map_err(|_| anyhow::anyhow!("the input reader stopped unexpectedly"))?;
    let destination = sink.destination.clone();
    sink.finish()?;
    if !common.quiet {
        let what = match job {
            Job::Extract => format!(", {}", counted(quotes, "quote")),
            Job::Sentences => String::new(),
        };
        eprintln!(
            "whosaid: {}{what}, {failed} failed; written to {destination}",
            counted(articles, "article")
        );
    }
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn analyse(pipeline: &Pipeline, article: Article, job: Job) -> Outcome {
    match article {
        Article::Failed { id, meta, error } => Outcome::Failed { id, meta, error },
        Article::JsonLine { fallback_id, .. } => Outcome::Failed {
            id: fallback_id,
            meta: Default::default(),
            error: "internal error: unparsed input line".into(),
        },
        Article::Ready(document) => {
            // A bug must cost one article, never the batch: a panic becomes
            // that article's error record.
            let (id, meta) = (document.id.clone(), document.meta.clone());
            let analysed = panic::catch_unwind(AssertUnwindSafe(|| match job {
                Job::Extract => pipeline.analyse(document),
                Job::Sentences => {
                    let sentences = pipeline.splitter().split(&document.text).collect();
                    Analysis {
                        document,
                        sentences,
                        quotes: Vec::new(),
                        speakers: Vec::new(),
                    }
                }
            }));
            match analysed {
                Ok(analysis) => Outcome::Analysed(analysis),
                Err(_) => Outcome::Failed {
                    id,
                    meta,
                    error: "internal error while analysing this article (please report it)".into(),
                },
            }
        }
    }
}

/// A progress bar on a terminal: bytes analysed against the input size
/// when it is known, articles and quotes so far, throughput and ETA.
/// Invisible when standard error is not a terminal or with `--quiet`.
struct Progress(Option<indicatif::ProgressBar>);

impl Progress {
    fn new(sources: &[Source], quiet: bool) -> Progress {
        use std::io::IsTerminal;
        if quiet || !std::io::stderr().is_terminal() {
            return Progress(None);
        }
        let total: Option<u64> = sources
            .iter()
            .map(|s| match s {
                Source::File { path, .. } => std::fs::metadata(path).ok().map(|m| m.len()),
                Source::Stdin => None,
            })
            .sum();
        let bar = match total {
            Some(total) => indicatif::ProgressBar::new(total).with_style(
                indicatif::ProgressStyle::with_template(
                    "{bar:30} {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} ETA {eta} {msg}",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            ),
            None => indicatif::ProgressBar::new_spinner().with_style(
                indicatif::ProgressStyle::with_template("{spinner} {binary_bytes} {binary_bytes_per_sec} {msg}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
            ),
        };
        Progress(Some(bar))
    }

    fn advance(&self, bytes: usize) {
        if let Some(bar) = &self.0 {
            bar.inc(bytes as u64);
        }
    }

    fn show(&self, articles: usize, quotes: usize) {
        if let Some(bar) = &self.0 {
            bar.set_message(format!(
                "{}, {}",
                counted(articles, "article"),
                counted(quotes, "quote")
            ));
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}

/// `n` and `noun`, plural unless `n` is one (`1 article`, `2 quotes`).
fn counted(n: usize, noun: &str) -> String {
    match n {
        1 => format!("1 {noun}"),
        _ => format!("{n} {noun}s"),
    }
}
