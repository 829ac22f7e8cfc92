//! Reading articles for whosaid: plain text, HTML, JSON Lines and CSV, from
//! files, directories and standard input.
//!
//! The `whosaid` binary is built on this library; it is public so that the
//! readers can be reused and fuzzed. Every article read yields one
//! [`input::Article`]: a document, or a failure naming the article and the
//! reason, so that nothing is lost downstream.
//!
//! ```
//! use whosaid_cli::input::{Article, InputFormat, InputOptions, read_from};
//!
//! let options = InputOptions { max_bytes: 1 << 20, text_field: "text".into(), id_field: "id".into() };
//! let lines = "{\"id\": \"a\", \"text\": \"Hello.\"}\nnot json\n";
//! let mut ids = Vec::new();
//! read_from(lines.as_bytes(), InputFormat::JsonLines, "corpus", &options, &mut |article| {
//!     ids.push(match article.resolve(&options) {
//!         Article::Ready(document) => document.id,
//!         Article::Failed { id, .. } => format!("{id} (failed)"),
//!         Article::JsonLine { .. } => unreachable!(),
//!     });
//!     true
//! });
//! assert_eq!(ids, ["a", "corpus:2 (failed)"]);
//! ```

pub mod html;
pub mod input;
