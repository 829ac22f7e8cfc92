//! Reports of whosaid analyses: JSON Lines (the contract), JSON, CSV tables
//! and an Excel workbook.
//!
//! Every writer takes [`Outcome`](whosaid_core::Outcome)s one at a time, in
//! input order, so reports stream: an article that failed still gets its
//! record and its row. Offsets in every report are Unicode code points, end
//! exclusive. This crate never runs the language pipeline; it only writes.
//!
//! # Example
//!
//! ```
//! use whosaid_core::{Analysis, Document, Meta, Outcome};
//! use whosaid_export::{CsvOptions, JsonLinesWriter, QuotesCsvWriter};
//!
//! let outcomes = vec![
//!     Outcome::Analysed(Analysis {
//!         document: Document::new("a1", "Nothing quoted."),
//!         sentences: vec![],
//!         quotes: vec![],
//!         speakers: vec![],
//!     }),
//!     Outcome::Failed { id: "a2".into(), meta: Meta::default(), error: "empty article".into() },
//! ];
//! let mut jsonl = Vec::new();
//! let mut writer = JsonLinesWriter::new(&mut jsonl);
//! for outcome in &outcomes {
//!     writer.write(outcome)?;
//! }
//! drop(writer);
//! let text = String::from_utf8(jsonl)?;
//! assert_eq!(text.lines().count(), 2);
//! assert!(text.lines().nth(1).unwrap().contains(r#""error":"empty article""#));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod csv_report;
mod error;
mod record;
mod rows;
mod xlsx_report;

pub use csv_report::{CsvOptions, CsvTables, QuotesCsvWriter};
pub use error::ExportError;
pub use record::{
    ArticleRecord, CueRecord, JsonArrayWriter, JsonLinesWriter, QuoteRecord, QuoteSpeakerRecord,
    SentenceRecord, SentencesRecord, SpeakerRecord, TextSpanRecord,
};
pub use rows::{
    ARTICLE_COLUMNS, ArticleRow, Highlights, PART_SEPARATOR, QUOTE_COLUMNS, QuoteRow,
    SPEAKER_COLUMNS, SpeakerRow, Tally, article_row, quote_rows,
};
pub use xlsx_report::{WorkbookOptions, WorkbookReport};
