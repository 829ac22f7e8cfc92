//! An analyst's report from analyses: a workbook and three CSV tables.
//!
//! The analyses here are built by hand so that the example stands alone;
//! in practice they come from `whosaid_nlp::Pipeline::analyse` or from the
//! `whosaid` command line. Run with:
//!
//! ```text
//! cargo run -p whosaid-export --example app_quotes_report
//! ```

use std::fs::File;
use std::io::BufWriter;

use whosaid_core::{
    Analysis, Attribution, Cue, Document, Meta, Outcome, Quote, QuoteKind, Resolution, Sentence,
    Span, Speaker, SpeakerKind,
};
use whosaid_export::{CsvOptions, CsvTables, WorkbookOptions, WorkbookReport};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // 1. One analysed article: a direct quote by a named minister...
    let text = "“The bridge reopens Monday,” Transport Minister Ana Ruiz said.";
    let mut document = Document::new("bridge-1", text);
    document.meta = Meta {
        title: Some("Bridge to reopen".into()),
        url: Some("https://example.org/bridge".into()),
        ..Meta::default()
    };
    let mention = find(text, "Transport Minister Ana Ruiz");
    let analysis = Analysis {
        document,
        sentences: vec![Sentence {
            span: Span::new(0, text.len()),
            paragraph: 0,
        }],
        quotes: vec![Quote {
            kind: QuoteKind::Direct,
            span: find(text, "The bridge reopens Monday"),
            parts: vec![find(text, "The bridge reopens Monday")],
            sentence: 0,
            attribution: Some(Attribution {
                speaker: 0,
                mention,
                resolved: Resolution::Explicit,
            }),
            cue: Some(Cue::speech(find(text, "said"), "say")),
            addressee: None,
            nested_in: None,
        }],
        speakers: vec![Speaker {
            id: 0,
            name: "Ana Ruiz".into(),
            kind: SpeakerKind::Person,
            mentions: vec![mention],
        }],
    };

    // ...and one article that could not be read: it still gets its row.
    let outcomes = [
        Outcome::Analysed(analysis),
        Outcome::Failed {
            id: "broken-2".into(),
            meta: Meta::default(),
            error: "not valid UTF-8".into(),
        },
    ];

    // 2. The workbook: Quotes, Articles, Speakers and Summary sheets. A fixed
    //    creation date makes the file byte-for-byte reproducible.
    let dir = std::env::temp_dir().join("whosaid-example");
    std::fs::create_dir_all(&dir)?;
    let mut report = WorkbookReport::new(
        WorkbookOptions::new()
            .created_on(2024, 1, 1)
            .title("Bridge coverage"),
    )?;
    for outcome in &outcomes {
        report.write(outcome)?;
    }
    report.save_to_writer(BufWriter::new(File::create(dir.join("report.xlsx"))?))?;

    // 3. The same tables as CSV, with a byte order mark so Excel reads UTF-8.
    let create = |name: &str| File::create(dir.join(name)).map(BufWriter::new);
    let mut tables = CsvTables::new(
        create("quotes.csv")?,
        create("speakers.csv")?,
        create("articles.csv")?,
        CsvOptions::new().bom(true),
    )?;
    for outcome in &outcomes {
        tables.write(outcome)?;
    }
    tables.finish()?;

    println!(
        "wrote report.xlsx, quotes.csv, speakers.csv and articles.csv to {}",
        dir.display()
    );
    Ok(())
}

/// The span of the first occurrence of `needle` in `text`.
fn find(text: &str, needle: &str) -> Span {
    let start = text.find(needle).expect("present");
    Span::new(start, start + needle.len())
}
