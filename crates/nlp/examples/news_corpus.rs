//! Writes a generated news-like corpus as JSON Lines, for whole-process
//! benchmarks: `cargo run --release -p whosaid-nlp --example news_corpus -- 100`
//! writes about 100 MB to standard output. The text comes from templates
//! written for whosaid (see `benches/news_corpus.rs`), the same every run.

use std::io::{BufWriter, Write};

#[path = "../benches/news_corpus.rs"]
mod news_corpus;

fn main() -> std::io::Result<()> {
    let megabytes: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10);
    let text = news_corpus::generate(megabytes << 20);
    let mut out = BufWriter::new(std::io::stdout().lock());
    for (n, article) in text
        .split("\n\n\n")
        .filter(|a| !a.trim().is_empty())
        .enumerate()
    {
        let record = serde_json::json!({"id": format!("gen-{n}"), "text": article});
        writeln!(out, "{record}")?;
    }
    out.flush()
}
