//! The language side of whosaid: sentences, quotation marks, reporting cues
//! and speakers, for English news text.
//!
//! Everything is rule- and lexicon-based, deterministic and explainable.
//! [`Pipeline`] runs all stages on a [`Document`](whosaid_core::Document);
//! each stage is also usable alone: [`SentenceSplitter`] for sentences,
//! [`find_quotations`] for quotation marks, [`cue_lemma`] for reporting verbs,
//! [`attribute`] for cues and speakers, [`SpeakerRegistry`] for canonical
//! speakers.
//!
//! # Example
//!
//! ```
//! use whosaid_core::{Document, QuoteKind};
//! use whosaid_nlp::Pipeline;
//!
//! let text = "The talks were “candid and constructive,” the State Department said.";
//! let analysis = Pipeline::new().analyse(Document::new("1", text));
//!
//! let quote = &analysis.quotes[0];
//! assert_eq!(quote.kind, QuoteKind::Partial);
//! assert_eq!(&text[quote.span], "candid and constructive");
//! let speaker = &analysis.speakers[quote.attribution.unwrap().speaker];
//! assert_eq!(speaker.name, "State Department");
//! assert_eq!(quote.cue.as_ref().unwrap().lemma, "say");
//! ```

mod attribution;
mod cues;
mod first_names;
mod pipeline;
mod quotes;
mod sentences;
mod speakers;
mod tokens;
mod words;

pub use attribution::{AttributionOptions, attribute, attribute_with};
pub use cues::{cue_lemma, phrasal_cue_lemma};
pub use pipeline::{Pipeline, paragraph_spans};
pub use quotes::{Quotation, find_quotations};
pub use sentences::{SentenceSplitter, SentenceSplitterBuilder, Sentences};
pub use speakers::SpeakerRegistry;
pub use whosaid_core::CueKind;
