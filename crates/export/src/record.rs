//! The JSON record of one article: the JSON Lines contract.

use std::io::Write;

use serde::Serialize;
use whosaid_core::{Analysis, CharOffsets, Meta, Outcome, Quote, Span};

use crate::ExportError;

/// One article as exported to JSON: offsets in code points, end exclusive.
///
/// Built from an [`Outcome`] with [`ArticleRecord::new`]; failed articles
/// give a record with `error` set and empty lists, so no article is lost.
#[derive(Debug, Serialize)]
pub struct ArticleRecord<'a> {
    /// The article identifier.
    pub id: &'a str,
    /// Title, URL and any other metadata of the input.
    pub meta: &'a Meta,
    /// Sentences as code point ranges.
    pub sentences: Vec<SentenceRecord>,
    /// Quotes in text order, each with the quotes nested in it.
    pub quotes: Vec<QuoteRecord<'a>>,
    /// Speakers with their counts.
    pub speakers: Vec<SpeakerRecord<'a>>,
    /// Why the article failed, or `null`.
    pub error: Option<&'a str>,
}

/// A sentence's code point range.
#[derive(Debug, Serialize)]
pub struct SentenceRecord {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

/// One quote of the JSON record.
#[derive(Debug, Serialize)]
pub struct QuoteRecord<'a> {
    /// `direct`, `partial`, `mixed` or `indirect`.
    pub kind: &'static str,
    /// The article sliced by `start` and `end`.
    pub text: &'a str,
    /// First code point of the content.
    pub start: usize,
    /// One past the last code point of the content.
    pub end: usize,
    /// The quoted pieces as `[start, end]` pairs.
    pub parts: Vec<[usize; 2]>,
    /// Index of the sentence where the quote starts.
    pub sentence: usize,
    /// Who said it, or `null`.
    pub speaker: Option<QuoteSpeakerRecord<'a>>,
    /// The cue, or `null`.
    pub cue: Option<CueRecord<'a>>,
    /// Whom it was said to, or `null`.
    pub addressee: Option<TextSpanRecord<'a>>,
    /// The quotes held in its content as part of what it reports (`“…,”
    /// Roe said, according to the Gazette`: Roe's quote in the Gazette's;
    /// see [`Quote::nested_in`]), in text order; left out when there are
    /// none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub nested: Vec<QuoteRecord<'a>>,
}

/// The speaker of one quote.
#[derive(Debug, Serialize)]
pub struct QuoteSpeakerRecord<'a> {
    /// Speaker id (from 1), as in the `speakers` list.
    pub id: usize,
    /// Canonical name.
    pub name: &'a str,
    /// `person`, `organization`, `group`, `anonymous` or `unknown`.
    pub kind: &'static str,
    /// The mention as written next to this quote.
    pub mention: &'a str,
    /// First code point of the mention.
    pub start: usize,
    /// One past the last code point of the mention.
    pub end: usize,
    /// How the mention was linked: `explicit`, `pronoun`, ...
    pub resolved: &'static str,
}

/// The cue of one quote.
#[derive(Debug, Serialize)]
pub struct CueRecord<'a> {
    /// The cue as written.
    pub text: &'a str,
    /// Its dictionary form.
    pub lemma: &'a str,
    /// `speech`, `belief` for verbs of thinking and wanting, or
    /// `evidential` for seeming and appearing.
    pub kind: &'static str,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

/// A piece of text with its code point range.
#[derive(Debug, Serialize)]
pub struct TextSpanRecord<'a> {
    /// The text.
    pub text: &'a str,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

/// One speaker of the article.
#[derive(Debug, Serialize)]
pub struct SpeakerRecord<'a> {
    /// Speaker id, from 1.
    pub id: usize,
    /// Canonical name.
    pub name: &'a str,
    /// `person`, `organization`, `group`, `anonymous` or `unknown`.
    pub kind: &'static str,
    /// Mentions attributed a quote.
    pub mentions: usize,
    /// Quotes attributed.
    pub quotes: usize,
}

impl<'a> ArticleRecord<'a> {
    /// The record of one outcome.
    pub fn new(outcome: &'a Outcome) -> ArticleRecord<'a> {
        match outcome {
            Outcome::Analysed(analysis) => from_analysis(analysis),
            Outcome::Failed { id, meta, error } => ArticleRecord {
                id,
                meta,
                sentences: Vec::new(),
                quotes: Vec::new(),
                speakers: Vec::new(),
                error: Some(error),
            },
        }
    }
}

fn from_analysis(analysis: &Analysis) -> ArticleRecord<'_> {
    let text = analysis.document.text.as_str();
    let chars = CharOffsets::new(text);
    let span = |s: Span| chars.span(s);
    let sentences = analysis
        .sentences
        .iter()
        .map(|s| {
            let (start, end) = span(s.span);
            SentenceRecord { start, end }
        })
        .collect();
    let records = analysis.quotes.iter().map(|q| {
        let (start, end) = span(q.span);
        QuoteRecord {
            kind: q.kind.as_str(),
            text: &text[q.span],
            start,
            end,
            parts: q.parts.iter().map(|&p| span(p).into()).collect(),
            sentence: q.sentence,
            speaker: q.attribution.map(|a| {
                let speaker = &analysis.speakers[a.speaker];
                let (start, end) = span(a.mention);
                QuoteSpeakerRecord {
                    id: speaker.id + 1,
                    name: &speaker.name,
                    kind: speaker.kind.as_str(),
                    mention: &text[a.mention],
                    start,
                    end,
                    resolved: a.resolved.as_str(),
                }
            }),
            cue: q.cue.as_ref().map(|c| {
                let (start, end) = span(c.span);
                CueRecord {
                    text: &text[c.span],
                    lemma: &c.lemma,
                    kind: c.kind.as_str(),
                    start,
                    end,
                }
            }),
            addressee: q.addressee.map(|a| {
                let (start, end) = span(a);
                TextSpanRecord {
                    text: &text[a],
                    start,
                    end,
                }
            }),
            nested: Vec::new(),
        }
    });
    // Each nested record moves into its holder, which is at the top level
    // (last first, then put back in text order).
    let mut records: Vec<Option<QuoteRecord>> = records.map(Some).collect();
    for (i, holder) in nesting(&analysis.quotes).into_iter().enumerate().rev() {
        if let Some(h) = holder
            && let Some(record) = records[i].take()
            && let Some(outer) = records[h].as_mut()
        {
            outer.nested.push(record);
        }
    }
    let quotes: Vec<QuoteRecord> = records
        .into_iter()
        .flatten()
        .map(|mut record| {
            record.nested.reverse();
            record
        })
        .collect();
    let counts = analysis.quotes_per_speaker();
    let speakers = analysis
        .speakers
        .iter()
        .map(|s| SpeakerRecord {
            id: s.id + 1,
            name: &s.name,
            kind: s.kind.as_str(),
            mentions: s.mentions.len(),
            quotes: counts[s.id],
        })
        .collect();
    ArticleRecord {
        id: &analysis.document.id,
        meta: &analysis.document.meta,
        sentences,
        quotes,
        speakers,
        error: None,
    }
}

/// The quote holding each quote, by index, as [`Quote::nested_in`] says
/// when it names another quote nested in none; `None` for a quote at the
/// top level.
fn nesting(quotes: &[Quote]) -> Vec<Option<usize>> {
    let top_level = |h: usize| quotes.get(h).is_some_and(|q| q.nested_in.is_none());
    quotes
        .iter()
        .enumerate()
        .map(|(i, q)| q.nested_in.filter(|&h| h != i && top_level(h)))
        .collect()
}

/// Writes one JSON record a line, in the order given.
///
/// ```
/// use whosaid_core::{Analysis, Document, Outcome};
/// use whosaid_export::JsonLinesWriter;
///
/// let analysis = Analysis {
///     document: Document::new("a1", "No quotes here."),
///     sentences: vec![],
///     quotes: vec![],
///     speakers: vec![],
/// };
/// let mut out = Vec::new();
/// let mut writer = JsonLinesWriter::new(&mut out);
/// writer.write(&Outcome::Analysed(analysis))?;
/// writer.flush()?;
/// drop(writer);
/// assert!(String::from_utf8(out)?.starts_with(r#"{"id":"a1","meta":{"title":null,"url":null}"#));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct JsonLinesWriter<W: Write> {
    out: W,
}

impl<W: Write> JsonLinesWriter<W> {
    /// Writes to `out`; wrap files in a `BufWriter`.
    pub fn new(out: W) -> JsonLinesWriter<W> {
        JsonLinesWriter { out }
    }

    /// Writes the record of one article and a newline.
    pub fn write(&mut self, outcome: &Outcome) -> Result<(), ExportError> {
        serde_json::to_writer(&mut self.out, &ArticleRecord::new(outcome))?;
        self.out.write_all(b"\n")?;
        Ok(())
    }

    /// Flushes the underlying writer.
    pub fn flush(&mut self) -> Result<(), ExportError> {
        self.out.flush()?;
        Ok(())
    }

    /// Writes a record already encoded as one JSON line (newline included),
    /// for callers that encode records on several threads.
    pub fn write_raw(&mut self, line: &[u8]) -> Result<(), ExportError> {
        self.out.write_all(line)?;
        Ok(())
    }

    /// The underlying writer.
    pub fn into_inner(self) -> W {
        self.out
    }
}

/// Writes all records as one JSON array (the `.json` format).
#[derive(Debug)]
pub struct JsonArrayWriter<W: Write> {
    out: W,
    first: bool,
}

impl<W: Write> JsonArrayWriter<W> {
    /// Writes to `out`; the array opens with the first record.
    pub fn new(out: W) -> JsonArrayWriter<W> {
        JsonArrayWriter { out, first: true }
    }

    /// Writes the record of one article.
    pub fn write(&mut self, outcome: &Outcome) -> Result<(), ExportError> {
        self.out
            .write_all(if self.first { b"[\n" } else { b",\n" })?;
        self.first = false;
        serde_json::to_writer(&mut self.out, &ArticleRecord::new(outcome))?;
        Ok(())
    }

    /// Closes the array and flushes.
    pub fn finish(mut self) -> Result<W, ExportError> {
        self.out
            .write_all(if self.first { b"[]\n" } else { b"\n]\n" })?;
        self.out.flush()?;
        Ok(self.out)
    }
}

/// The record of the `sentences` command: id and sentences with their text.
#[derive(Debug, Serialize)]
pub struct SentencesRecord<'a> {
    /// The article identifier.
    pub id: &'a str,
    /// Each sentence with its code point range.
    pub sentences: Vec<TextSpanRecord<'a>>,
    /// Why the article failed, or `null`.
    pub error: Option<&'a str>,
}

impl<'a> SentencesRecord<'a> {
    /// The sentences record of one outcome.
    pub fn new(outcome: &'a Outcome) -> SentencesRecord<'a> {
        match outcome {
            Outcome::Analysed(analysis) => {
                let text = analysis.document.text.as_str();
                let chars = CharOffsets::new(text);
                let sentences = analysis
                    .sentences
                    .iter()
                    .map(|s| {
                        let (start, end) = chars.span(s.span);
                        TextSpanRecord {
                            text: &text[s.span],
                            start,
                            end,
                        }
                    })
                    .collect();
                SentencesRecord {
                    id: &analysis.document.id,
                    sentences,
                    error: None,
                }
            }
            Outcome::Failed { id, error, .. } => SentencesRecord {
                id,
                sentences: Vec::new(),
                error: Some(error),
            },
        }
    }
}
