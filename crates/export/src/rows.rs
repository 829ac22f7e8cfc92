//! The tables of a report, shared by the CSV and workbook writers.

use std::collections::HashMap;

use whosaid_core::{Analysis, CharOffsets, Outcome, QuoteKind, Span, SpeakerKind};

/// Separator shown between the parts of an interrupted quote.
pub const PART_SEPARATOR: &str = " … ";

/// Column names of the quotes table.
pub const QUOTE_COLUMNS: [&str; 19] = [
    "article_id",
    "title",
    "published",
    "source",
    "quote_index",
    "kind",
    "speaker",
    "speaker_kind",
    "speaker_as_written",
    "resolved",
    "cue",
    "cue_lemma",
    "addressee",
    "quote",
    "sentence",
    "start",
    "end",
    "cue_kind",
    "nested_in",
];

/// One row of the quotes table: a quote with its article and speaker.
#[derive(Clone, Debug, PartialEq)]
pub struct QuoteRow<'a> {
    /// Article identifier.
    pub article_id: &'a str,
    /// Article title.
    pub title: &'a str,
    /// Publication date as given.
    pub published: &'a str,
    /// Outlet.
    pub source: &'a str,
    /// Position of the quote in its article, from 1.
    pub quote_index: usize,
    /// Quote kind.
    pub kind: QuoteKind,
    /// Canonical speaker name, empty when unknown.
    pub speaker: &'a str,
    /// Speaker kind name, empty when unknown.
    pub speaker_kind: &'static str,
    /// The mention as written.
    pub speaker_as_written: &'a str,
    /// How the speaker was found.
    pub resolved: &'static str,
    /// The cue as written.
    pub cue: &'a str,
    /// The cue's dictionary form.
    pub cue_lemma: &'a str,
    /// `speech`, `belief` or `evidential`, empty without a cue.
    pub cue_kind: &'static str,
    /// Whom it was said to.
    pub addressee: &'a str,
    /// The quote, its parts joined with [`PART_SEPARATOR`].
    pub quote: String,
    /// The sentences holding the quote and its speaker.
    pub sentence: &'a str,
    /// Offsets of the sentence context, for highlighting: the quote parts and
    /// the speaker mention, as byte ranges into `sentence`.
    pub highlights: Highlights,
    /// First code point of the quote in the article.
    pub start: usize,
    /// One past its last code point.
    pub end: usize,
    /// The `quote_index` of the quote holding this one as part of what it
    /// reports (see [`Quote::nested_in`](whosaid_core::Quote::nested_in)).
    pub nested_in: Option<usize>,
}

/// Byte ranges into a row's `sentence` to highlight.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Highlights {
    /// The quote parts.
    pub quote: Vec<(usize, usize)>,
    /// The speaker mention.
    pub speaker: Option<(usize, usize)>,
}

/// The quote rows of one analysed article.
pub fn quote_rows(analysis: &Analysis) -> Vec<QuoteRow<'_>> {
    let doc = &analysis.document;
    let text = doc.text.as_str();
    let chars = CharOffsets::new(text);
    let meta = &doc.meta;
    analysis
        .quotes
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let speaker = q.attribution.map(|a| &analysis.speakers[a.speaker]);
            // The quote's sentences, and the speaker's when it is close by.
            let mut context = analysis.sentences[q.sentence].span.cover(q.span);
            if let Some(a) = q.attribution {
                let near =
                    a.mention.start + 400 >= context.start && a.mention.end <= context.end + 400;
                if near {
                    context = context.cover(a.mention);
                }
            }
            // Whole sentences, trailing whitespace dropped.
            let first = analysis
                .sentences
                .partition_point(|s| s.span.end <= context.start);
            let last = analysis
                .sentences
                .partition_point(|s| s.span.start < context.end);
            let context = Span::new(
                analysis
                    .sentences
                    .get(first)
                    .map_or(context.start, |s| s.span.start),
                analysis
                    .sentences
                    .get(last.wrapping_sub(1))
                    .map_or(context.end, |s| s.span.end),
            );
            let sentence = text[context].trim_end();
            let relative = |s: Span| {
                let start = s.start.max(context.start) - context.start;
                let end = (s.end.min(context.start + sentence.len())).saturating_sub(context.start);
                (start, end.max(start))
            };
            let highlights = Highlights {
                quote: q.parts.iter().map(|&p| relative(p)).collect(),
                speaker: q
                    .attribution
                    .map(|a| relative(a.mention))
                    .filter(|(s, e)| s < e),
            };
            let (start, end) = chars.span(q.span);
            QuoteRow {
                article_id: &doc.id,
                title: meta.title.as_deref().unwrap_or(""),
                published: meta.published.as_deref().unwrap_or(""),
                source: meta.source.as_deref().unwrap_or(""),
                quote_index: i + 1,
                kind: q.kind,
                speaker: speaker.map_or("", |s| s.name.as_str()),
                speaker_kind: speaker.map_or("", |s| s.kind.as_str()),
                speaker_as_written: q.attribution.map_or("", |a| &text[a.mention]),
                resolved: q.attribution.map_or("", |a| a.resolved.as_str()),
                cue: q.cue.as_ref().map_or("", |c| &text[c.span]),
                cue_lemma: q.cue.as_ref().map_or("", |c| c.lemma.as_ref()),
                cue_kind: q.cue.as_ref().map_or("", |c| c.kind.as_str()),
                addressee: q.addressee.map_or("", |a| &text[a]),
                quote: q
                    .parts
                    .iter()
                    .map(|&p| &text[p])
                    .collect::<Vec<_>>()
                    .join(PART_SEPARATOR),
                sentence,
                highlights,
                start,
                end,
                nested_in: q.nested_in.map(|holder| holder + 1),
            }
        })
        .collect()
}

/// Column names of the articles table.
pub const ARTICLE_COLUMNS: [&str; 13] = [
    "article_id",
    "title",
    "url",
    "source",
    "published",
    "sentences",
    "quotes",
    "direct",
    "partial",
    "mixed",
    "indirect",
    "speakers",
    "status",
];

/// One row of the articles table; failed articles included.
#[derive(Clone, Debug, PartialEq)]
pub struct ArticleRow<'a> {
    /// Article identifier.
    pub article_id: &'a str,
    /// Title.
    pub title: &'a str,
    /// URL.
    pub url: &'a str,
    /// Outlet.
    pub source: &'a str,
    /// Publication date.
    pub published: &'a str,
    /// Number of sentences.
    pub sentences: usize,
    /// Number of quotes.
    pub quotes: usize,
    /// Quotes by kind, in [`QuoteKind::ALL`] order.
    pub by_kind: [usize; 4],
    /// Number of speakers.
    pub speakers: usize,
    /// `ok`, or `error: ` and the reason.
    pub status: String,
}

/// The article row of one outcome.
pub fn article_row(outcome: &Outcome) -> ArticleRow<'_> {
    let meta = outcome.meta();
    let mut row = ArticleRow {
        article_id: outcome.id(),
        title: meta.title.as_deref().unwrap_or(""),
        url: meta.url.as_deref().unwrap_or(""),
        source: meta.source.as_deref().unwrap_or(""),
        published: meta.published.as_deref().unwrap_or(""),
        sentences: 0,
        quotes: 0,
        by_kind: [0; 4],
        speakers: 0,
        status: "ok".into(),
    };
    match outcome {
        Outcome::Analysed(analysis) => {
            row.sentences = analysis.sentences.len();
            row.quotes = analysis.quotes.len();
            row.by_kind = kind_counts(analysis);
            row.speakers = analysis.speakers.len();
        }
        Outcome::Failed { error, .. } => row.status = format!("error: {error}"),
    }
    row
}

fn kind_counts(analysis: &Analysis) -> [usize; 4] {
    let mut counts = [0; 4];
    for q in &analysis.quotes {
        counts[kind_index(q.kind)] += 1;
    }
    counts
}

fn kind_index(kind: QuoteKind) -> usize {
    QuoteKind::ALL.iter().position(|&k| k == kind).unwrap_or(0)
}

/// Column names of the speakers table.
pub const SPEAKER_COLUMNS: [&str; 8] = [
    "speaker", "kind", "quotes", "direct", "partial", "mixed", "indirect", "articles",
];

/// One canonical speaker across the corpus.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpeakerRow {
    /// Canonical name.
    pub speaker: String,
    /// Speaker kind.
    pub kind: SpeakerKind,
    /// Quotes in all articles.
    pub quotes: usize,
    /// Quotes by kind, in [`QuoteKind::ALL`] order.
    pub by_kind: [usize; 4],
    /// Articles quoting the speaker.
    pub articles: usize,
}

/// Corpus-wide totals, built up article by article; memory grows with the
/// number of distinct speakers, not with the number of quotes.
#[derive(Debug, Default)]
pub struct Tally {
    speakers: HashMap<(String, SpeakerKind), SpeakerRow>,
    /// Articles seen.
    pub articles: usize,
    /// Articles that failed.
    pub failed: usize,
    /// Quotes by kind, in [`QuoteKind::ALL`] order.
    pub by_kind: [usize; 4],
    /// Quotes whose speaker is anonymous.
    pub anonymous_quotes: usize,
}

impl Tally {
    /// Adds one article.
    pub fn add(&mut self, outcome: &Outcome) {
        self.articles += 1;
        let analysis = match outcome {
            Outcome::Analysed(analysis) => analysis,
            Outcome::Failed { .. } => {
                self.failed += 1;
                return;
            }
        };
        let mut quoted = vec![false; analysis.speakers.len()];
        for q in &analysis.quotes {
            self.by_kind[kind_index(q.kind)] += 1;
            let Some(a) = q.attribution else { continue };
            let speaker = &analysis.speakers[a.speaker];
            if speaker.kind == SpeakerKind::Anonymous {
                self.anonymous_quotes += 1;
            }
            let row = self
                .speakers
                .entry((speaker.name.clone(), speaker.kind))
                .or_insert_with(|| SpeakerRow {
                    speaker: speaker.name.clone(),
                    kind: speaker.kind,
                    quotes: 0,
                    by_kind: [0; 4],
                    articles: 0,
                });
            row.quotes += 1;
            row.by_kind[kind_index(q.kind)] += 1;
            if !quoted[a.speaker] {
                quoted[a.speaker] = true;
                row.articles += 1;
            }
        }
    }

    /// All quotes counted.
    pub fn quotes(&self) -> usize {
        self.by_kind.iter().sum()
    }

    /// Speakers, most quoted first, then by name.
    pub fn speaker_rows(&self) -> Vec<SpeakerRow> {
        let mut rows: Vec<SpeakerRow> = self.speakers.values().cloned().collect();
        rows.sort_by(|a, b| {
            b.quotes
                .cmp(&a.quotes)
                .then_with(|| a.speaker.cmp(&b.speaker))
                .then(a.kind.cmp(&b.kind))
        });
        rows
    }
}
