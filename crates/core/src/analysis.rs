use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::{Document, Meta, Span};

/// One sentence: a span of the text and the paragraph it belongs to.
///
/// The sentences of an analysis partition the text: each one's span includes
/// the whitespace that follows it, so concatenated they give the text back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// The sentence's bytes, trailing whitespace included.
    pub span: Span,
    /// Index of its paragraph, from 0.
    pub paragraph: usize,
}

/// How a quotation relates to quotation marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// The whole reported content is inside quotation marks.
    Direct,
    /// A quoted fragment inside the writer's own sentence.
    Partial,
    /// Reported speech that embeds a quoted fragment.
    Mixed,
    /// Reported speech without quotation marks.
    Indirect,
}

impl QuoteKind {
    /// The lowercase name used in every export (`direct`, `partial`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Mixed => "mixed",
            QuoteKind::Indirect => "indirect",
        }
    }

    /// All kinds, in report order.
    pub const ALL: [QuoteKind; 4] = [
        QuoteKind::Direct,
        QuoteKind::Partial,
        QuoteKind::Mixed,
        QuoteKind::Indirect,
    ];
}

/// The reporting expression that introduces a quote: `said`, `told`,
/// `according to`, a colon; or a verb of belief or intention (`believes`,
/// `wants`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cue {
    /// The cue's bytes in the text.
    pub span: Span,
    /// Its dictionary form: `say` for `said`, `according to`, `:` for a
    /// colon. Borrowed from the cue lexicon when found in text, owned when
    /// read back from JSON.
    pub lemma: Cow<'static, str>,
    /// Whether the cue reports speech, a belief or the writer's evidence.
    #[serde(default)]
    pub kind: CueKind,
}

impl Cue {
    /// A cue of speech: `said`, `according to`, a colon.
    pub fn speech(span: Span, lemma: impl Into<Cow<'static, str>>) -> Cue {
        Cue {
            span,
            lemma: lemma.into(),
            kind: CueKind::Speech,
        }
    }

    /// A cue of belief or intention: `believes`, `wants`.
    pub fn belief(span: Span, lemma: impl Into<Cow<'static, str>>) -> Cue {
        Cue {
            span,
            lemma: lemma.into(),
            kind: CueKind::Belief,
        }
    }

    /// A cue of how something seems to the writer: `seems`, `appeared`.
    pub fn evidential(span: Span, lemma: impl Into<Cow<'static, str>>) -> Cue {
        Cue {
            span,
            lemma: lemma.into(),
            kind: CueKind::Evidential,
        }
    }
}

/// Whether a cue reports what someone said, what they think or want, or
/// how something seems to the writer.
///
/// Analysts counting who *said* what keep [`CueKind::Speech`]; studies of
/// attribution in the wider sense (stances, beliefs, intentions, the
/// writer's hedges) keep all three.
///
/// ```
/// use whosaid_core::CueKind;
///
/// assert_eq!(CueKind::Belief.as_str(), "belief");
/// assert_eq!(CueKind::Evidential.as_str(), "evidential");
/// assert_eq!(CueKind::default(), CueKind::Speech);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CueKind {
    /// Saying, writing, asking, announcing, `according to`, ...
    #[default]
    Speech,
    /// Thinking, believing, hoping, fearing, wanting, planning, ...
    Belief,
    /// Seeming and appearing (`The plan seems doomed`, `Roe appeared
    /// tired`): the writer's evidence, with no source but the one who
    /// seems so, if a person or a group.
    Evidential,
}

impl CueKind {
    /// The kind's name in reports: `speech`, `belief` or `evidential`.
    pub fn as_str(self) -> &'static str {
        match self {
            CueKind::Speech => "speech",
            CueKind::Belief => "belief",
            CueKind::Evidential => "evidential",
        }
    }
}

/// How the speaker of a quote was found; lets analysts filter by confidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Resolution {
    /// A name or noun phrase next to the cue (`X said`, `said X`).
    Explicit,
    /// A pronoun (`he`, `she`, `they`) resolved to an earlier speaker, or a
    /// relative pronoun (`Cruz, who says …`) to its antecedent.
    Pronoun,
    /// A description (`the spokesman`, `the senator`) resolved to an earlier speaker.
    Description,
    /// A quote-only sentence or paragraph continuing the previous speaker.
    Continuation,
    /// `according to X`.
    AccordingTo,
}

impl Resolution {
    /// The kebab-case name used in every export.
    pub fn as_str(self) -> &'static str {
        match self {
            Resolution::Explicit => "explicit",
            Resolution::Pronoun => "pronoun",
            Resolution::Description => "description",
            Resolution::Continuation => "continuation",
            Resolution::AccordingTo => "according-to",
        }
    }
}

/// Who said a quote: the speaker entity, the words that name them here, and
/// how the link was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    /// Index of the speaker in [`Analysis::speakers`].
    pub speaker: usize,
    /// The mention as written (`Blinken`, `he`, `the spokesman`).
    pub mention: Span,
    /// How the mention was linked to the quote.
    pub resolved: Resolution,
}

/// One quotation, with its content, kind and attribution.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// Direct, partial, mixed or indirect.
    pub kind: QuoteKind,
    /// The content from its first to its last byte, quotation marks excluded.
    pub span: Span,
    /// The quoted pieces, in order: one, or several when a speech tag
    /// interrupts the quote (`"We will win," he said. "It is over."`).
    pub parts: Vec<Span>,
    /// Index of the sentence where the quote starts.
    pub sentence: usize,
    /// The speaker, when one was found.
    pub attribution: Option<Attribution>,
    /// The reporting verb or expression, when one was found.
    pub cue: Option<Cue>,
    /// Whom the speech was addressed to (`told Blinken`), when stated.
    pub addressee: Option<Span>,
    /// Index in [`Analysis::quotes`] of the quote that holds this one in
    /// its content as part of what it reports: when a source vouches for
    /// the speaker's words (in `“We will win,” Roe said, according to the
    /// Gazette`, Roe's quote is nested in the Gazette's), or for a belief
    /// in a speaker's words before their tag (`Voters want change, Roe
    /// said.`: Roe's claim). The outermost such quote, which is itself
    /// nested in none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nested_in: Option<usize>,
}

/// What kind of entity a speaker is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named or described person.
    Person,
    /// A company, ministry, party, agency or outlet.
    Organization,
    /// Several people or sides (`both sides`, `officials`).
    Group,
    /// An unnamed source (`sources`, `a person familiar with the matter`).
    Anonymous,
    /// Could not tell.
    Unknown,
}

impl SpeakerKind {
    /// The lowercase name used in every export.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organization => "organization",
            SpeakerKind::Group => "group",
            SpeakerKind::Anonymous => "anonymous",
            SpeakerKind::Unknown => "unknown",
        }
    }
}

/// One speaker of an article, with every variant of their name merged.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// Index of this speaker in [`Analysis::speakers`].
    pub id: usize,
    /// Canonical name: the fullest form seen (`Antony Blinken` for `Blinken`).
    pub name: String,
    /// Person, organization, group, anonymous or unknown.
    pub kind: SpeakerKind,
    /// Every mention of the speaker that was attributed a quote, in text order.
    pub mentions: Vec<Span>,
}

/// The result of analysing one article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The article analysed; every span indexes into its text.
    pub document: Document,
    /// Sentences, partitioning the text.
    pub sentences: Vec<Sentence>,
    /// Quotes in text order, nested ones included (see
    /// [`Quote::nested_in`]).
    pub quotes: Vec<Quote>,
    /// Speakers of the quotes, indexed by [`Speaker::id`].
    pub speakers: Vec<Speaker>,
}

impl Analysis {
    /// The number of quotes attributed to each speaker, nested ones
    /// included, indexed by speaker id.
    pub fn quotes_per_speaker(&self) -> Vec<usize> {
        let mut counts = vec![0; self.speakers.len()];
        for quote in &self.quotes {
            if let Some(attribution) = quote.attribution {
                counts[attribution.speaker] += 1;
            }
        }
        counts
    }
}

/// What became of one input article: analysed, or failed with a reason.
///
/// Every input article yields one outcome, so no report ever loses a row.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// The article was analysed.
    Analysed(Analysis),
    /// The article could not be read or analysed.
    Failed {
        /// The article's identifier.
        id: String,
        /// Whatever metadata could be read.
        meta: Meta,
        /// Why it failed, written for a person.
        error: String,
    },
}

impl Outcome {
    /// The article's identifier.
    pub fn id(&self) -> &str {
        match self {
            Outcome::Analysed(analysis) => &analysis.document.id,
            Outcome::Failed { id, .. } => id,
        }
    }

    /// The article's metadata.
    pub fn meta(&self) -> &Meta {
        match self {
            Outcome::Analysed(analysis) => &analysis.document.meta,
            Outcome::Failed { meta, .. } => meta,
        }
    }
}
