//! The data model of whosaid: what an article is and what its analysis holds.
//!
//! This crate knows nothing of language or file formats. It defines the
//! [`Document`] that goes in, the [`Analysis`] that comes out, and the
//! [`Span`] that ties every sentence, quote, speaker mention and cue back to
//! the exact bytes of the article text.
//!
//! Offsets inside Rust are **bytes from 0, end exclusive**. Exported files use
//! Unicode code points instead; [`CharOffsets`] converts between the two.
//!
//! # Example
//!
//! ```
//! use whosaid_core::{CharOffsets, Document, Span};
//!
//! let doc = Document::new("a1", "“Hé,” she said.");
//! let content = Span::new(3, 6); // the bytes of `Hé`
//! assert_eq!(&doc.text[content], "Hé");
//!
//! // Code points for Python, R and spreadsheet users.
//! let chars = CharOffsets::new(&doc.text);
//! assert_eq!(chars.span(content), (1, 3));
//! ```

mod analysis;
mod document;
mod offsets;
mod span;

pub use analysis::{
    Analysis, Attribution, Cue, CueKind, Outcome, Quote, QuoteKind, Resolution, Sentence, Speaker,
    SpeakerKind,
};
pub use document::{Document, Meta};
pub use offsets::CharOffsets;
pub use span::Span;
