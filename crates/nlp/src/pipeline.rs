//! The pipeline: sentences, quotation marks, attribution, speakers.

use whosaid_core::{Analysis, Document, Sentence, Span};

use crate::attribution::{AttributionOptions, attribute_with};
use crate::quotes::find_quotations;
use crate::sentences::SentenceSplitter;

/// Runs every stage on a document and returns its [`Analysis`].
///
/// A pipeline holds no state between documents: the same article gives the
/// same analysis whatever was analysed before, on any thread.
///
/// ```
/// use whosaid_core::{Document, QuoteKind};
/// use whosaid_nlp::Pipeline;
///
/// let doc = Document::new("a", "“We will win,” Jane Roe said. “It is over.”");
/// let analysis = Pipeline::new().analyse(doc);
/// let quote = &analysis.quotes[0];
/// assert_eq!(quote.kind, QuoteKind::Direct);
/// assert_eq!(quote.parts.len(), 2);
/// let speaker = &analysis.speakers[quote.attribution.unwrap().speaker];
/// assert_eq!(speaker.name, "Jane Roe");
/// ```
#[derive(Clone, Debug, Default)]
pub struct Pipeline {
    splitter: SentenceSplitter,
    attribution: AttributionOptions,
}

impl Pipeline {
    /// A pipeline with the default sentence splitter.
    pub fn new() -> Pipeline {
        Pipeline::default()
    }

    /// A pipeline using `splitter` for sentences.
    pub fn with_splitter(splitter: SentenceSplitter) -> Pipeline {
        Pipeline {
            splitter,
            attribution: AttributionOptions::default(),
        }
    }

    /// This pipeline with attribution `options`: for instance speech only,
    /// without beliefs and intentions.
    ///
    /// ```
    /// use whosaid_core::Document;
    /// use whosaid_nlp::{AttributionOptions, Pipeline};
    ///
    /// let text = "Jane Roe hopes the mill will reopen next year.";
    /// let speech_only = Pipeline::new().with_attribution(AttributionOptions { beliefs: false });
    /// assert!(speech_only.analyse(Document::new("a", text)).quotes.is_empty());
    /// assert_eq!(Pipeline::new().analyse(Document::new("a", text)).quotes.len(), 1);
    /// ```
    pub fn with_attribution(mut self, options: AttributionOptions) -> Pipeline {
        self.attribution = options;
        self
    }

    /// The sentence splitter in use.
    pub fn splitter(&self) -> &SentenceSplitter {
        &self.splitter
    }

    /// Analyses one document.
    pub fn analyse(&self, document: Document) -> Analysis {
        let text = document.text.as_str();
        let sentences: Vec<Sentence> = self.splitter.split(text).collect();
        let paragraphs = paragraph_spans(&sentences);
        let quotations = find_quotations(text, &paragraphs);
        let (quotes, speakers) = attribute_with(text, &sentences, &quotations, self.attribution);
        Analysis {
            document,
            sentences,
            quotes,
            speakers,
        }
    }
}

/// The byte span of each paragraph, from the sentences that make it up:
/// what [`find_quotations`] takes when the sentences come from elsewhere.
///
/// ```
/// use whosaid_nlp::{SentenceSplitter, paragraph_spans};
///
/// let text = "One. Two.\n\nThree.";
/// let sentences: Vec<_> = SentenceSplitter::new().split(text).collect();
/// let paragraphs = paragraph_spans(&sentences);
/// assert_eq!(paragraphs.len(), 2);
/// assert_eq!(text[paragraphs[1].range()].trim(), "Three.");
/// ```
pub fn paragraph_spans(sentences: &[Sentence]) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    let mut current = usize::MAX;
    for sentence in sentences {
        match spans.last_mut() {
            Some(last) if sentence.paragraph == current => last.end = sentence.span.end,
            _ => {
                spans.push(sentence.span);
                current = sentence.paragraph;
            }
        }
    }
    spans
}
