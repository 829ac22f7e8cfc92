//! Writes 1,000,000 quote rows to a workbook or to CSV and reports the time
//! and the peak memory of the process.
//!
//! ```text
//! cargo bench -p whosaid-export --bench million_rows -- xlsx
//! cargo bench -p whosaid-export --bench million_rows -- csv
//! ```

use std::io::{BufWriter, Write};
use std::time::Instant;

use whosaid_core::{
    Analysis, Attribution, Cue, Document, Outcome, Quote, QuoteKind, Resolution, Sentence, Span,
    Speaker, SpeakerKind,
};
use whosaid_export::{CsvOptions, QuotesCsvWriter, WorkbookOptions, WorkbookReport};

const ROWS: usize = 1_000_000;
const QUOTES_PER_ARTICLE: usize = 10;

/// An article of `QUOTES_PER_ARTICLE` quotes by rotating speakers.
fn article(n: usize) -> Outcome {
    let mut text = String::new();
    let mut quotes = Vec::new();
    let mut speakers = Vec::new();
    let mut sentences = Vec::new();
    for q in 0..QUOTES_PER_ARTICLE {
        let start = text.len();
        text.push_str(&format!(
            "“Quote {q} of article {n} says something about policy,” Speaker {} said. ",
            (n + q) % 500
        ));
        let content = Span::new(start + 3, start + text[start..].find(',').unwrap_or(4));
        let mention_start = start + text[start..].find("Speaker").unwrap_or(0);
        let mention = Span::new(
            mention_start,
            mention_start + text[mention_start..].find(" said").unwrap_or(7),
        );
        sentences.push(Sentence {
            span: Span::new(start, text.len()),
            paragraph: 0,
        });
        speakers.push(Speaker {
            id: q,
            name: text[mention].to_string(),
            kind: SpeakerKind::Person,
            mentions: vec![mention],
        });
        quotes.push(Quote {
            kind: QuoteKind::Direct,
            span: content,
            parts: vec![content],
            sentence: q,
            attribution: Some(Attribution {
                speaker: q,
                mention,
                resolved: Resolution::Explicit,
            }),
            cue: Some(Cue::speech(
                Span::new(mention.end + 1, mention.end + 5),
                "say",
            )),
            addressee: None,
            nested_in: None,
        });
    }
    Outcome::Analysed(Analysis {
        document: Document::new(format!("article-{n}"), text),
        sentences,
        quotes,
        speakers,
    })
}

/// Peak resident memory of this process, from /proc (Linux), in MiB.
fn peak_memory_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let format = std::env::args()
        .skip(1)
        .find(|a| a == "xlsx" || a == "csv")
        .unwrap_or_else(|| "xlsx".into());
    let dir = std::env::temp_dir();
    let started = Instant::now();
    match format.as_str() {
        "csv" => {
            let file = BufWriter::new(std::fs::File::create(dir.join("whosaid-bench.csv"))?);
            let mut writer = QuotesCsvWriter::new(file, CsvOptions::new())?;
            for n in 0..ROWS / QUOTES_PER_ARTICLE {
                writer.write(&article(n))?;
            }
            writer.finish()?.flush()?;
        }
        _ => {
            let mut report = WorkbookReport::new(WorkbookOptions::new())?;
            for n in 0..ROWS / QUOTES_PER_ARTICLE {
                report.write(&article(n))?;
            }
            let file = BufWriter::new(std::fs::File::create(dir.join("whosaid-bench.xlsx"))?);
            report.save_to_writer(file)?;
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    let peak = peak_memory_mib().map_or("unknown".to_string(), |m| format!("{m:.1} MiB"));
    println!(
        "{format}: {ROWS} quote rows in {seconds:.2} s ({:.0} rows/s), peak memory {peak}",
        ROWS as f64 / seconds
    );
    Ok(())
}
