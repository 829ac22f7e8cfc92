//! Attribution: linking quotations to cues and speakers, and deciding each
//! quote's kind.
//!
//! Sentences are grouped into *units*: a quotation running over several
//! sentences joins them. In each unit the words outside quotation marks are
//! searched for speech tags next to a quotation:
//!
//! - trailing: `“…,” X said`, `“…,” said X`, `“…,” X, a spokesman, said`,
//!   `“…” — X`, `“…,” according to X`;
//! - leading: `X said: “…”`, `X told reporters, “…”`, and `X said (that)
//!   the plan is “…”` when words come between the cue and the quotation.
//!
//! A unit made only of quotations and their tags is one **direct** quote,
//! with one part per quotation. A leading cue followed by the writer's words
//! makes a **mixed** quote running from the cue to the clause end. A
//! quotation inside the writer's own clause with a trailing tag is a
//! **partial** quote. Quote-only units continue the previous speaker, and a
//! quote-only sentence right after a direct or mixed quote of the same
//! paragraph becomes another part of it, as does a quote-only paragraph
//! after one, or reopening a quotation left open at the end of the
//! previous paragraph. A
//! quotation with no cue at all (a title, a scare quote) is not reported.
//!
//! Whether a word is a cue where it stands is decided in [`cue_context`];
//! who speaks (subjects, inverted speakers, antecedents, noun phrases) in
//! [`subjects`]; speech without quotation marks in [`reported`].

use std::borrow::Cow;

use crate::words::{lower_in, word_sets};
use whosaid_core::{Attribution, Cue, Quote, QuoteKind, Resolution, Sentence, Span, SpeakerKind};

mod cue_context;
mod reported;
mod subjects;

use crate::cues::{cue_lemma, phrasal_cue_lemma};
use crate::quotes::Quotation;
use crate::speakers::{
    MentionClass, PRONOUNS, QUANTITY_BOUNDS, SpeakerRegistry, classify, is_opening_adverb,
    is_person_name_suffix, is_person_noun, is_place, is_plural_of_people, is_possessive,
    is_speaker_head, is_title_case, without_possessive,
};
use crate::tokens::{Token, tokenize, word_spans};
use whosaid_core::CueKind;

/// Most words between a tag's cue and the colon that sets off a block of
/// what was said (`said in a statement:`).
const MAX_BLOCK_TAG_TAIL_TOKENS: usize = 6;

/// Most tokens a speaker noun phrase may have before its cue.
pub(super) const MAX_SUBJECT_TOKENS: usize = 10;
/// Most words of a name opening a sentence as its subject, titles included
/// (`Retired Lt. Gen. Jo Park`; see `Attributor::note_named_subject`).
const MAX_NAMED_SUBJECT_WORDS: usize = 6;
/// Verbs of the commonest speech tags, whose subject the tag links as the
/// speaker (`Park said …`).
const SPEECH_TAG_VERBS: &[&str] = &[
    "say", "says", "said", "tell", "tells", "told", "add", "adds", "added", "write", "writes",
    "wrote",
];
/// Conjunctions opening a sentence before its subject (`But Park …`).
const CONJUNCTIONS_BEFORE_SUBJECT: &[&str] = &["but", "and", "yet", "still", "so"];
/// Prepositions opening a phrase before a sentence's subject (`On
/// Monday, Park …`).
const OPENING_PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "after", "before", "during", "since", "earlier", "later", "last",
];
/// Most words of such an opening phrase, its comma included.
const MAX_OPENING_PHRASE_WORDS: usize = 6;
/// Most words of a description set off after such a name (`Jo Park, the
/// mayor of Albany, arrived`).
const MAX_APPOSITIVE_WORDS: usize = 8;
/// Most descriptions set off one after another after such a name (`Jo
/// Park, 67, a retiree, arrived`).
const MAX_APPOSITIVES: usize = 3;
/// Most tokens of an appositive (`, a spokesman for the agency,`).
pub(super) const MAX_APPOSITIVE_TOKENS: usize = 14;
/// Most tokens between a quotation and the cue of its trailing tag.
const MAX_TAG_GAP: usize = 40;
/// Words after a quotation's comma that still read as its tag when no cue
/// is understood in them (`“…,” an angry Roe retaliated.`).
const MAX_UNREAD_TAG_WORDS: usize = 6;
/// Fewest words of a quotation reported with no tag (see
/// `Attributor::keep_untagged`).
const MIN_UNTAGGED_QUOTATION_WORDS: usize = 12;

/// Most words after a short quotation closed by a comma that a verb of
/// its tag is looked for in (`“No,” voters attending the rally said`).
const MAX_UNTAGGED_TAG_WORDS: usize = 8;
/// Most tokens searched before a quotation for its leading tag or colon
/// introduction, so that a sentence of many quotations stays linear.
const LEAD_WINDOW: usize = 80;
/// Most tokens of a person addressed between a cue and the clause it
/// reports (`assured the party’s donors he …`).
const MAX_ADDRESSEE_TOKENS: usize = 5;

/// Given names that are also stop words (`Will Doyle`, `May Ling`).
const GIVEN_NAMES_LIKE_STOP_WORDS: &[&str] = &["Will", "May", "Said", "Hope", "Can"];

/// Relative pronouns that open a clause about a person (`Park, who …`).
pub(super) const PERSON_RELATIVES: &[&str] = &["who", "whom", "whose"];

/// Most words of a quoted subhead (`‘A change warrior.’`).
const MAX_SUBHEAD_WORDS: usize = 6;

/// Words of the writer's own, before a quotation with a trailing tag, from
/// which a lead holding a form of `be` makes a clause that reports the
/// speech (a mixed quote) rather than a short frame around a quoted
/// description (a partial one: `The talks were “candid,” the agency said`).
/// A lead without `be` makes a clause at any length: the quotation holds its
/// verb (`The country “has made …,” Roe said`).
const MIN_MIXED_LEAD_WORDS: usize = 4;

/// Most tokens from the start of the writer's words to the cue of a report
/// leading to a quotation with a trailing tag (`Rick Tyler, a spokesman,
/// said`).
const MAX_LEAD_REPORT_TOKENS: usize = 16;

/// Most words of the writer's before a tag set off by commas that make the
/// first part of the quote (`Sooner or later, X said, “…”`).
const MAX_LEAD_WORDS: usize = 40;
/// Fewest words of a quotation whose trailing tag may follow without a
/// comma inside the closing mark (`“…” said X`); shorter ones are titles.
const MIN_UNPUNCTUATED_WORDS: usize = 6;
/// Most tokens of a subject with its appositive between a quotation and
/// its cue (`“…,” Jane Roe, a spokeswoman for the agency, said`).
const MAX_GAP_SUBJECT_TOKENS: usize = 40;

/// Verbs of a new habit or a new subject before `to` and a participle
/// (`have taken to saying`, `pivoted to arguing`).
pub(super) const HABIT_VERBS: &[&str] = &[
    "take", "takes", "took", "taken", "taking", "pivot", "pivots", "pivoted", "pivoting",
];

/// Prepositions (and `while`) before a participle of speech telling the
/// means or the time of what its clause's subject did (`by saying`, `in
/// rejecting`, `before announcing`, `while noting`).
pub(super) const MEANS_PREPOSITIONS: &[&str] = &["by", "in", "after", "before", "upon", "while"];

/// Pronouns that can only be a subject (`On Sunday she …`).
pub(super) const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "we", "i"];

/// Words opening a subordinate clause, whose subject comes next.
pub(super) const SUBORDINATORS: &[&str] = &[
    "when", "while", "because", "after", "before", "although", "though", "since", "if", "once",
    "until", "whereas",
];

word_sets! {
    /// Nouns of polls, whose findings they report (`in a new poll`).
    POLL_NOUNS = ["poll", "polls", "survey", "surveys", "polling"];
}

word_sets! {
    /// Prepositions that end a speaker mention right after a name (`said
    /// Paul Ryan in a statement`) or after a comma (`said Roe, on his first
    /// day`); `of` and `for` belong to the name (`Sen. Roe of Texas`).
    MENTION_ENDING_PREPOSITIONS = [
    "in", "on", "at", "during", "from", "to", "with", "via", "through", "by", "amid", "since",
    "outside", "inside", "under", "over",
];
}

word_sets! {
    /// Documents whose author speaks through them (`issued a statement
    /// saying …`).
    DOCUMENT_NOUNS = [
    "statement", "statements", "letter", "letters", "email", "emails", "e-mail", "tweet",
    "tweets", "memo", "video", "ad", "ads", "post", "release", "note", "message", "op-ed",
    "column", "essay", "book", "speech", "editorial", "filing", "brief", "complaint", "lawsuit",
    "remarks", "comments", "photo", "photos", "image", "images", "report", "reports", "paper",
    "petition", "petitions", "resolution", "resolutions", "bill", "bills", "amendment",
    "amendments",
];
}

word_sets! {
    /// Days of the week, for time phrases.
    WEEKDAYS = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];
}

word_sets! {
    /// Units of time after `last`, `this`, `next` (`last week`).
    TIME_UNITS = [
    "week", "month", "year", "night", "weekend", "fall", "spring", "summer", "winter", "morning",
    "evening", "afternoon",
];
}

word_sets! {
    /// Words that end a speaker noun phrase when met walking away from the cue.
    STOP_WORDS = [
    "about",
    "after",
    "also",
    "although",
    "and",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "during",
    "even",
    "had",
    "has",
    "have",
    "here",
    "how",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "just",
    "may",
    "might",
    "must",
    "not",
    "on",
    "once",
    "only",
    "onto",
    "or",
    "over",
    "said",
    "says",
    "shall",
    "should",
    "since",
    "so",
    "still",
    "than",
    "that",
    "then",
    "there",
    "though",
    "to",
    "under",
    "until",
    "was",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "will",
    "would",
    "yet",
    "not",
    "never",
    "we",
    "he",
    "she",
    "they",
    "i",
    "you",
    "him",
    "her",
    "them",
    "us",
    "me",
    "why",
    "however",
    "meanwhile",
    "now",
    "despite",
    "amid",
    "amidst",
    "unlike",
    "without",
    "within",
    "toward",
    "towards",
    "upon",
    "against",
    "among",
    "throughout",
];
}

word_sets! {
    /// Determiners open a noun phrase: walking back, the phrase stops after one.
    DETERMINERS = [
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "both", "one", "two",
    "three", "several", "many", "some", "other", "another", "each", "few", "these", "those",
    "this",
];
}

/// Prepositions of time, which no object of a stance opens (`embraced
/// after the vote`).
const TIME_PREPOSITIONS: &[&str] = &[
    "after",
    "before",
    "during",
    "since",
    "until",
    "amid",
    "following",
];

word_sets! {
    /// Adverbs and auxiliaries that may sit between a subject and its cue.
    BETWEEN_SUBJECT_AND_CUE = [
    "also",
    "later",
    "then",
    "previously",
    "again",
    "once",
    "repeatedly",
    "recently",
    "has",
    "have",
    "had",
    "would",
    "will",
    "reportedly",
    "often",
    "quickly",
    "simply",
    "flatly",
    "publicly",
    "privately",
    "first",
    "last",
    "earlier",
    "did",
    "not",
    "never",
    "could",
    "may",
    "might",
    "must",
    "should",
    "can",
    "only",
    "even",
    "just",
    "does",
    "didn’t",
    "didn't",
    "do",
    "don’t",
    "don't",
    "doesn’t",
    "doesn't",
    "won’t",
    "won't",
    "can’t",
    "can't",
    "wouldn’t",
    "wouldn't",
    "couldn’t",
    "couldn't",
    "shouldn’t",
    "shouldn't",
    "hasn’t",
    "hasn't",
    "haven’t",
    "haven't",
    "hadn’t",
    "hadn't",
    "quite",
    "almost",
    "nearly",
    "already",
    "has",
    "been",
    "be",
    "always",
    "still",
    "already",
    "instead",
    "further",
    "finally",
    "ever",
    "here",
    "seldom",
    "soon",
    "now",
    "sometimes",
    "too",
    "together",
    "outright",
    "longer",
    "yet",
    "twice",
    "thrice",
];
}

word_sets! {
    /// Cues that report only with a speaker as subject, which things take
    /// as often as people do (`the map favors Roe`, `the fight echoes
    /// another`, `the vote signals a shift`).
    SPEAKERS_ONLY = [
    "favor", "echo", "highlight", "celebrate", "signal", "challenge", "ignore", "list",
    "negotiate", "deem", "recognize", "approve", "persuade", "convince", "authorize", "credit",
    "demand",
];
}

word_sets! {
    /// Forms of belief verbs that are also nouns (`his plans`, `security
    /// fears`).
    NOUN_FORMS = [
    "plan", "plans", "hope", "hopes", "fear", "fears", "worry", "worries", "wish", "wishes",
    "doubt", "doubts", "suspect", "suspects", "thought", "feeling", "support", "supports",
    "estimate", "estimates", "back", "backing", "vote", "votes", "voting", "focus", "look",
    "looks", "aim", "aims",
];
}

word_sets! {
    /// Auxiliaries and modals that open a clause's verb (`will fail`, `was
    /// denied`): after a noun phrase, they show it is a subject.
    FINITE_AUXILIARIES = [
    "would", "will", "is", "was", "are", "were", "has", "had", "have", "could", "can", "may",
    "might", "should", "must", "did", "does",
];
}

word_sets! {
    /// Verbs taking a participle (`kept asking`, `began saying`).
    CATENATIVES = [
    "keep", "keeps", "kept", "begin", "begins", "began", "start", "starts", "started", "continue",
    "continues", "continued",
];
}

word_sets! {
    /// Nouns for words someone gave (`Park’s message: “…”`).
    STATED_NOUNS = [
    "message", "statement", "response", "answer", "reply", "verdict", "words", "advice", "view",
    "take", "argument", "point", "retort", "explanation", "assessment",
];
}

word_sets! {
    /// Prepositions and conjunctions opening an introductory phrase.
    INTRODUCTIONS = [
    "before",
    "after",
    "in",
    "on",
    "at",
    "during",
    "while",
    "when",
    "since",
    "with",
    "despite",
    "following",
    "asked",
    "speaking",
    "holding",
    "across",
    "around",
    "throughout",
    "near",
    "beyond",
    "along",
    "among",
    "amid",
    "absent",
    "without",
    "given",
    "unlike",
    "like",
    "under",
    "for",
];
}

word_sets! {
    /// Determiners after which a cue word is a noun (`a retort`, `the report`).
    NOUN_MARKERS = ["a", "an", "the", "his", "her", "their", "its", "our", "this"];
}

word_sets! {
    /// Adjectives ending in -ly, which are no adverbs (`called him
    /// cowardly`, `a costly plan`).
    ADJECTIVES_IN_LY = [
    "cowardly", "costly", "friendly", "unfriendly", "ugly", "silly", "lovely", "deadly", "lonely",
    "elderly", "orderly", "disorderly", "timely", "untimely", "scholarly", "worldly", "lively",
    "unruly", "unseemly", "ungodly", "ghastly", "beastly", "surly", "wily", "sickly", "manly",
    "motherly", "fatherly", "brotherly", "neighborly", "heavenly", "homely", "lowly", "cuddly",
];
}

word_sets! {
    /// Words that may open a clause before its subject.
    CLAUSE_OPENERS = [
    "as", "but", "and", "so", "then", "still", "yet", "later", "earlier", "instead", "also", "now",
    "today", "yesterday", "tonight", "meanwhile", "finally",
];
}

word_sets! {
    /// Verbs whose object is the person addressed (`told Blinken`).
    ADDRESSING = [
    "tell", "ask", "urge", "press", "warn", "assure", "reassure", "advise", "remind", "inform",
    "notify", "persuade", "convince",
];
}

word_sets! {
    /// Cue forms that are as often nouns (`remarks`, `states`, `pledges`).
    NOUN_LIKE_CUES = [
    "state", "states", "remark", "remarks", "pledge", "pledges", "comment", "comments", "claim",
    "claims", "report", "reports", "tweet", "tweets", "promise", "promises", "call", "calls",
    "post", "posts", "quote", "quotes", "note", "notes", "answer", "answers", "demand", "demands",
    "question", "questions", "response", "responses", "warning", "warnings", "statement", "show",
    "shows", "reference", "references", "offer", "offers", "request", "requests", "list", "lists",
    "block", "veto",
];
    /// Nouns that a cue form before them modifies (`press secretary`,
    /// `state officials`).
    COMPOUND_HEADS = [
    "secretary", "secretaries", "release", "releases", "conference", "conferences", "office",
    "corps", "aide", "aides", "officer", "officers", "briefing", "briefings", "pool", "card",
    "officials", "official", "department", "legislature", "legislatures", "lawmakers",
];
}

word_sets! {
    /// Words that modify a following noun: quantifiers and possessives.
    NOUN_MODIFIERS = [
    "any", "every", "each", "such", "other", "more", "most", "many", "several", "all", "both",
    "some", "few", "my", "your", "these", "those", "no", "previous", "prepared", "recent",
    "earlier", "latest", "new", "public", "written", "opening", "closing",
];
}

/// Whether `word`, a form in -s after `previous`, is a noun: after a
/// quantifier or a modifier of nouns it cannot agree as a verb (`those
/// claims`, `recent reports`; but `each says`, `the public says`).
fn noun_in_s_after(previous: &str, word: &str) -> bool {
    NOUN_MODIFIERS.contains(previous)
        && !lower_in(&["each", "public"], previous)
        && word.ends_with('s')
        && !word.ends_with("ss")
}

/// A word that ends a speaker noun phrase; an acronym (`US`, `IT`) is a
/// name, not the pronoun it spells.
pub(super) fn is_stop_word(word: &str) -> bool {
    let acronym = word.len() >= 2 && word.chars().all(|c| c.is_uppercase());
    !acronym && STOP_WORDS.contains(word)
}

/// Most tags nested inside one another's content that a quotation's tag
/// is looked for through (`Park said the way the board criticized farmers
/// who complained “…”`).
const MAX_NESTED_TAGS: usize = 3;

/// A number in digits or a small one in words (`10`, `three`).
pub(super) fn is_number(word: &str) -> bool {
    // (`21,000`: digits grouped by commas.)
    let digits = !word.is_empty()
        && word.bytes().all(|b| b.is_ascii_digit() || b == b',')
        && word.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && word.bytes().last().is_some_and(|b| b.is_ascii_digit());
    digits
        || lower_in(
            &[
                "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            ],
            word,
        )
}

/// A lower-case reporting verb (capitalised, `State` or `Post` is a name;
/// `plan` or `fears` is taken for a noun).
pub(super) fn is_verb(word: &str) -> bool {
    !is_capitalised(word) && cue_lemma(word).is_some() && !NOUN_FORMS.contains(word)
}

word_sets! {
    /// Words opening a clause before its subject (`if Park wins`, `aides
    /// say Park advises`), for [`Attributor::note_clause_subjects`].
    SUBJECT_CLAUSE_OPENERS = [
    "if", "when", "as", "because", "that", "while", "after", "before", "since", "although",
    "though", "unless", "until", "whether", "say", "says", "said", "and", "but",
];
}

word_sets! {
    /// Prepositions after an adjective describing people, before what it
    /// is about (`angry about the levy`, `loyal to Roe`).
    ADJECTIVE_PREPOSITIONS = [
    "about", "with", "to", "over", "of", "toward", "towards", "on", "against",
];
}

/// Whether `word` may be a word of a name (`Park`, `J.`, `O’Neill`; not
/// `Park’s` nor `Park,`).
fn is_name_like(word: &str) -> bool {
    is_capitalised(word)
        && !is_possessive(word)
        && word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '’' | '\''))
}

/// Whether `word`, after a name opening a sentence, reads as its verb
/// (`arrived`, `has`, `makes`, `warns`, `left.`; not `Fans`).
fn is_subject_verb(word: &str) -> bool {
    let word = word.trim_end_matches(|c: char| c.is_ascii_punctuation());
    !is_capitalised(word)
        && (reported::is_finite(word) || reported::is_third_person(word) || is_verb(word))
}

/// Whether `quote` is a source vouching for a clause (`according to X`).
fn according_to(quote: &Quote) -> bool {
    quote
        .cue
        .as_ref()
        .is_some_and(|c| c.lemma == "according to")
}

/// Whether `quote` is a source vouching for what its content reports
/// (`according to X`, `In a new poll, 75 percent said …`).
fn vouches(quote: &Quote) -> bool {
    according_to(quote)
        || quote
            .attribution
            .is_some_and(|a| a.resolved == Resolution::AccordingTo)
}

/// Fewest words of a clause trailing a report that a closing source
/// vouches for alone (see [`vouch_for_trailing_clauses`]).
const MIN_TRAILING_CLAUSE_WORDS: usize = 3;

/// `Weaver says the streak is proof, which left him 263 delegates behind,
/// according to AP.`: when the clause a closing source vouches for opens
/// with a report of someone else's, the source vouches for the relative
/// clause trailing that report's content after a comma or a dash, not
/// for the report. Narrows such indirect quotes of `quotes` to their
/// trailing clause, keeping `quotes` in text order.
fn vouch_for_trailing_clauses(text: &str, quotes: &mut [Quote]) {
    let mut narrowed = Vec::new();
    for v in 0..quotes.len() {
        let vouching = &quotes[v];
        let closing = vouching
            .cue
            .as_ref()
            .is_some_and(|c| c.span.start >= vouching.span.end);
        if !(closing && according_to(vouching) && vouching.kind == QuoteKind::Indirect) {
            continue;
        }
        let outer = vouching.span;
        // The report in the clause ending last: its cue before its content.
        // (Only the quotes starting in the clause are looked at, so that a
        // text of many sources stays linear.)
        let first = quotes.partition_point(|q| q.span.start < outer.start);
        let last = quotes.partition_point(|q| q.span.start < outer.end);
        let report_end = quotes[first..last]
            .iter()
            .enumerate()
            .filter(|&(r, q)| {
                first + r != v
                    && outer.contains(q.span)
                    && q.span.len() < outer.len()
                    && matches!(q.kind, QuoteKind::Indirect | QuoteKind::Mixed)
                    && q.cue
                        .as_ref()
                        .is_some_and(|c| outer.contains(c.span) && c.span.end <= q.span.start)
            })
            .map(|(_, q)| q.span.end)
            .max();
        let Some(report_end) = report_end else {
            continue;
        };
        let rest = &text[report_end..outer.end];
        const SEPARATORS: [char; 4] = [',', '-', '—', '–'];
        let separated = rest.trim_start().starts_with(SEPARATORS);
        let after_separator =
            rest.trim_start_matches(|c: char| c.is_whitespace() || SEPARATORS.contains(&c));
        let opener = after_separator
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let trailing = lower_in(&["which", "who"], opener);
        let words = after_separator.split_whitespace().count();
        if separated && trailing && words >= MIN_TRAILING_CLAUSE_WORDS {
            let start = outer.end - after_separator.len();
            narrowed.push((v, Span::new(start, outer.end)));
        }
    }
    for &(v, clause) in &narrowed {
        quotes[v].span = clause;
        quotes[v].parts = vec![clause];
    }
    // (A narrowed quote now starts after the report it held.)
    if !narrowed.is_empty() {
        quotes.sort_by_key(|q| q.span.start);
    }
}

/// Whether `quote` is a speaker's words before their tag (`…, Roe
/// said.`).
fn closing_speech(quote: &Quote) -> bool {
    quote
        .cue
        .as_ref()
        .is_some_and(|c| c.kind == CueKind::Speech && c.span.start >= quote.span.end)
}

/// Whether `inner` is part of what `holder` reports rather than a report
/// of its own: anything a source vouches for (`“…,” Roe said, according
/// to the Gazette`), or a belief in a speaker's words before their tag
/// (`Voters want change, Roe said.`: Roe's claim).
fn holds(holder: &Quote, inner: &Quote) -> bool {
    let inside = holder.span.contains(inner.span) && holder.span.len() > inner.span.len();
    let belief_in_words = || {
        closing_speech(holder)
            && inner
                .cue
                .as_ref()
                .is_some_and(|c| c.kind == CueKind::Belief && holder.span.contains(c.span))
    };
    inside && (vouches(holder) || belief_in_words())
}

/// Links each quote that another holds as part of what it reports (see
/// [`holds`]) to the outermost such quote, through
/// [`Quote::nested_in`]. `quotes` are in text order.
fn nest_quotes(quotes: &mut [Quote]) {
    let holders: Vec<usize> = (0..quotes.len())
        .filter(|&i| vouches(&quotes[i]) || closing_speech(&quotes[i]))
        .collect();
    let mut next = 0;
    // The holders starting at or before the quote at hand and still open
    // there: few, as each reports one clause.
    let mut open: Vec<usize> = Vec::new();
    for i in 0..quotes.len() {
        let span = quotes[i].span;
        while next < holders.len() && quotes[holders[next]].span.start <= span.start {
            open.push(holders[next]);
            next += 1;
        }
        open.retain(|&o| quotes[o].span.end > span.start);
        let holder = open
            .iter()
            .copied()
            .filter(|&o| o != i && holds(&quotes[o], &quotes[i]))
            .max_by_key(|&o| (quotes[o].span.len(), std::cmp::Reverse(o)));
        quotes[i].nested_in = holder;
    }
}

/// Whether `head`, the last word of a phrase after an inverted cue, can
/// name a speaker: a name, a speaker noun, a pronoun or a number (`said
/// Park`, `said the agency`, `said 40 percent`), not a thing (`tweeted a
/// warning`).
pub(super) fn speaker_like(head: &str) -> bool {
    is_capitalised(head)
        || is_speaker_head(head)
        || is_plural_of_people(head)
        || PRONOUNS.contains(head)
        || head.bytes().any(|b| b.is_ascii_digit())
}

/// Most bytes after a mention searched for the terms of its anonymity
/// (`an aide, who asked not to be named, said`, `said an official who
/// spoke on condition of …`).
const MAX_SET_OFF_BYTES: usize = 160;

/// Fewest bytes of a mention that says its source was granted anonymity
/// (`an aide who spoke anonymously`).
const MIN_ANONYMITY_BYTES: usize = 20;

/// Whether a speaker's mention says the source was granted anonymity
/// (`who spoke on condition of anonymity`, `who asked not to be named`,
/// `not authorized to speak publicly`).
fn grants_anonymity(mention: &str) -> bool {
    // (Too short to say so: most mentions, `Park`, `officials`.)
    if mention.len() < MIN_ANONYMITY_BYTES {
        return false;
    }
    // (One pass over the words, the last three kept.)
    let mut before = ["", "", ""];
    for word in mention.split_whitespace() {
        let word = word.trim_matches(|c: char| !c.is_alphabetic());
        let granted = match word {
            "anonymity" | "anonymously" => true,
            // `not authorized to speak`
            "authorized" => before[2] == "not",
            // `asked not to be named`, `declined to be identified`,
            // `without being identified`
            "named" | "identified" => {
                (matches!(before[0], "not" | "declined" | "refused")
                    && before[1] == "to"
                    && before[2] == "be")
                    || (before[1] == "without" && before[2] == "being")
            }
            _ => false,
        };
        if granted {
            return true;
        }
        before = [before[1], before[2], word];
    }
    false
}

/// Whether `word` is a long dash (`—`, `–`, `―`), which sets off asides
/// and bylines.
pub(super) fn is_dash(word: &str) -> bool {
    matches!(word, "—" | "–" | "―")
}

/// Whether `word` opens an aside set off before a relative pronoun: a
/// comma, a long dash or a parenthesis (`Cruz, who`, `Cruz — who`).
pub(super) fn sets_off(word: &str) -> bool {
    word == "," || word == "(" || is_dash(word)
}

/// Most words of a dateline before its dash (`CHARLESTON, S.C. -`).
const MAX_DATELINE_WORDS: usize = 6;

/// `sentence` past the dateline opening it (`WASHINGTON - `,
/// `CHARLESTON, S.C. — `): a place in capitals, then words none of which
/// is in lower case, then a dash set off by spaces.
fn after_dateline(sentence: &str) -> &str {
    let first = sentence.split_whitespace().next().unwrap_or_default();
    let first = first.trim_end_matches(',');
    if first.len() < 2 || !first.chars().all(|c| c.is_uppercase() || c == '.') {
        return sentence;
    }
    let mut rest = sentence;
    for _ in 0..=MAX_DATELINE_WORDS {
        let Some((word, after)) = rest.trim_start().split_once(char::is_whitespace) else {
            break;
        };
        if word.starts_with(char::is_lowercase) {
            break;
        }
        if matches!(word, "-" | "--") || is_dash(word) {
            return after.trim_start();
        }
        rest = after;
    }
    sentence
}

/// The span of a pronoun token, its contraction left out (`he` of
/// `he’s`, `they` of `they’ve`); `None` for other words.
fn pronoun_span(word: &str, token: Token) -> Option<Span> {
    if !token.is_word {
        return None;
    }
    let pronoun = match word.split_once(['’', '\'']) {
        Some((pronoun, "s" | "ve" | "re" | "d" | "ll" | "m")) => pronoun,
        Some(_) => return None,
        None => word,
    };
    PRONOUNS
        .contains(pronoun)
        .then(|| Span::new(token.span.start, token.span.start + pronoun.len()))
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// A speech tag found next to a quotation.
#[derive(Clone, Debug)]
struct Tag {
    cue: Cue,
    /// The speaker mention as written, appositive included.
    mention: Span,
    /// The words that name the speaker (appositive excluded).
    name_words: Vec<Span>,
    addressee: Option<Span>,
    /// Token range of the unit covered by the tag.
    tokens: (usize, usize),
    /// How the speaker will be resolved if explicit.
    according_to: bool,
}

impl Tag {
    /// A tag with no addressee, resolved as written (not `according to`).
    fn new(cue: Cue, mention: Span, name_words: Vec<Span>, tokens: (usize, usize)) -> Tag {
        Tag {
            cue,
            mention,
            name_words,
            addressee: None,
            tokens,
            according_to: false,
        }
    }

    /// Index of the first token after both the cue and the speaker's
    /// mention (`“…,” Roe said|, and …`, `“…,” said Roe|, and …`).
    fn speaker_end(&self, tokens: &[Token]) -> usize {
        let end = self.cue.span.end.max(self.mention.end);
        tokens.partition_point(|t| t.span.start < end)
    }
}

/// The attribution stage alone: the quotes of an article, direct and
/// reported, with their cues and speakers, from its sentences and
/// quotation marks. [`Pipeline`](crate::Pipeline) runs it after the
/// sentence splitter and [`find_quotations`](crate::find_quotations); it
/// is here for callers who bring their own sentences.
///
/// ```
/// use whosaid_core::{Sentence, Span};
/// use whosaid_nlp::{attribute, find_quotations};
///
/// let text = "“It is over,” Jane Roe said.";
/// let whole = Span::new(0, text.len());
/// let sentences = [Sentence { span: whole, paragraph: 0 }];
/// let quotations = find_quotations(text, &[whole]);
/// let (quotes, speakers) = attribute(text, &sentences, &quotations);
/// assert_eq!(&text[quotes[0].span], "It is over");
/// assert_eq!(speakers[0].name, "Jane Roe");
/// ```
pub fn attribute(
    text: &str,
    sentences: &[Sentence],
    quotations: &[Quotation],
) -> (Vec<Quote>, Vec<whosaid_core::Speaker>) {
    attribute_with(text, sentences, quotations, AttributionOptions::default())
}

/// [`attribute`] with options: whether beliefs, intentions and evidentials
/// are reported besides speech.
///
/// ```
/// use whosaid_core::{CueKind, Sentence, Span};
/// use whosaid_nlp::{AttributionOptions, attribute_with, find_quotations};
///
/// let text = "Jane Roe believes the mill will reopen next year.";
/// let whole = Span::new(0, text.len());
/// let sentences = [Sentence { span: whole, paragraph: 0 }];
/// let quotations = find_quotations(text, &[whole]);
///
/// let all = AttributionOptions::default();
/// let (quotes, _) = attribute_with(text, &sentences, &quotations, all);
/// assert_eq!(quotes[0].cue.as_ref().unwrap().kind, CueKind::Belief);
///
/// let speech = AttributionOptions { beliefs: false };
/// let (quotes, _) = attribute_with(text, &sentences, &quotations, speech);
/// assert!(quotes.is_empty());
/// ```
pub fn attribute_with(
    text: &str,
    sentences: &[Sentence],
    quotations: &[Quotation],
    options: AttributionOptions,
) -> (Vec<Quote>, Vec<whosaid_core::Speaker>) {
    let reading = headline_reading(text, sentences);
    let quotations = without_titles(text, quotations);
    Attributor::new(&reading, text, sentences, options).run(&quotations)
}

word_sets! {
    /// Words naming a work right before its title in quotation marks
    /// (`his 2012 book, “An American Son”`, `a memoir titled “…”`).
    WORK_NOUNS = [
    "book", "books", "memoir", "novel", "film", "movie", "documentary", "play", "song", "album",
    "column", "essay", "op-ed", "article", "show", "series", "program", "podcast", "poem",
    "biography", "autobiography", "bestseller", "reads", "titled", "entitled", "headlined",
];
}

/// The quotations that quote someone: a work's title in quotation marks
/// after the noun naming the work (`in his 2012 book, “An American Son”`)
/// or after `according to` (`according to “Man of the World”`) quotes no
/// one, and the sentence around it is read as running text.
fn without_titles<'q>(text: &str, quotations: &'q [Quotation]) -> Cow<'q, [Quotation]> {
    let is_title = |quotation: &Quotation| {
        // (A few words before are enough, so that a text of quotation
        // marks alone stays linear.)
        let mut window = quotation.outer.start.saturating_sub(MAX_WORK_NOUN_WINDOW);
        while !text.is_char_boundary(window) {
            window += 1;
        }
        let before = text[window..quotation.outer.start].trim_end();
        let before = before.strip_suffix(',').unwrap_or(before).trim_end();
        let noun = before
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("");
        // (`according to “Man of the World,” a book …`: a source's title.)
        let source = before
            .get(before.len().saturating_sub(12)..)
            .is_some_and(|tail| tail.eq_ignore_ascii_case("according to"));
        if !WORK_NOUNS.contains(noun) && !source {
            return false;
        }
        let mut words = text[quotation.content]
            .split_whitespace()
            .filter(|w| w.starts_with(|c: char| c.is_alphabetic()));
        let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase());
        words.next().is_some_and(capitalised)
            && words
                .by_ref()
                .take(MAX_TITLE_WORDS - 1)
                .all(|w| w.len() < 4 || capitalised(w))
            && words.next().is_none()
    };
    match quotations.iter().any(is_title) {
        true => Cow::Owned(
            quotations
                .iter()
                .filter(|q| !is_title(q))
                .cloned()
                .collect(),
        ),
        false => Cow::Borrowed(quotations),
    }
}

/// Most words in a work's title (see [`without_titles`]).
const MAX_TITLE_WORDS: usize = 12;

/// Bytes before a quotation looked through for the noun naming a work.
const MAX_WORK_NOUN_WINDOW: usize = 40;

word_sets! {
    /// Short function words capitalised in a headline in title case.
    HEADLINE_FUNCTION_WORDS = [
    "to", "on", "for", "of", "in", "at", "by", "with", "from", "about", "over", "against",
    "into", "toward", "after", "before", "as", "and", "or", "but", "the", "a", "an", "is", "are",
    "was", "were", "be", "been", "has", "have", "had", "will", "would", "that", "his", "her",
    "their", "its", "not",
];
}

/// The text as attribution reads it: in a headline in title case, the
/// function words after its first word are in lower case, as in running
/// text (`Obama Calls On Men To Reflect` reads `Obama Calls on Men to
/// Reflect`). Offsets are those of `text`; when no sentence is in title
/// case, the text itself.
fn headline_reading<'t>(text: &'t str, sentences: &[Sentence]) -> Cow<'t, str> {
    let mut reading = Cow::Borrowed(text);
    for sentence in sentences {
        let line = &text[sentence.span];
        if !is_title_case(line) {
            continue;
        }
        let mut words = line
            .split(|c: char| !c.is_ascii_alphabetic())
            .map(|word| (word.as_ptr() as usize - text.as_ptr() as usize, word))
            .filter(|(_, word)| !word.is_empty());
        words.next();
        for (offset, word) in words {
            let capitalised = word.as_bytes()[0].is_ascii_uppercase()
                && word.bytes().skip(1).all(|b| b.is_ascii_lowercase());
            if capitalised && HEADLINE_FUNCTION_WORDS.contains(word) {
                let lower = word.to_ascii_lowercase();
                reading
                    .to_mut()
                    .replace_range(offset..offset + word.len(), &lower);
            }
        }
    }
    reading
}

/// What the attribution stage reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AttributionOptions {
    /// Report beliefs and intentions (`X believes …`, `X wants to …`) as
    /// indirect quotes whose cue is of kind
    /// [`CueKind::Belief`], and the writer's evidentials (`The plan seems
    /// doomed`) as quotes whose cue is of kind [`CueKind::Evidential`],
    /// besides speech. On by default.
    pub beliefs: bool,
}

impl Default for AttributionOptions {
    fn default() -> AttributionOptions {
        AttributionOptions { beliefs: true }
    }
}

/// Attributes quotations and builds the quote list of one article.
pub(crate) struct Attributor<'t> {
    /// The text as read: see [`headline_reading`].
    text: &'t str,
    /// The text as written, for telling headlines in title case.
    written: &'t str,
    sentences: &'t [Sentence],
    registry: SpeakerRegistry,
    quotes: Vec<Quote>,
    tokens: Vec<Token>,
    options: AttributionOptions,
    /// While a unit with quotations is attributed: its quotes' tags, linked
    /// to speakers in text order once the unit is done, so that a name
    /// found by a later pass over the unit (reported speech before a
    /// quotation) comes before the pronoun after it.
    pending_links: Option<Vec<(usize, Tag)>>,
    /// The sentence being attributed, and whether it is a headline in
    /// title case, whose capitalised verbs can be cues (`Ruiz Slams
    /// Park`): found when a capitalised word first asks.
    sentence_span: Span,
    title_case: std::cell::Cell<Option<bool>>,
    /// Where the last quotation left without a speaker ends, when it
    /// awaited a tag of its own (`“…,” an angry Roe retaliated.`): no
    /// quotation after it goes on with a speaker before it.
    untagged_end: usize,
}

impl<'t> Attributor<'t> {
    pub fn new(
        text: &'t str,
        written: &'t str,
        sentences: &'t [Sentence],
        options: AttributionOptions,
    ) -> Attributor<'t> {
        Attributor {
            text,
            written,
            sentences,
            registry: SpeakerRegistry::default(),
            quotes: Vec::new(),
            tokens: Vec::new(),
            options,
            pending_links: None,
            sentence_span: Span::new(0, 0),
            title_case: std::cell::Cell::new(None),
            untagged_end: 0,
        }
    }

    /// Attributes every quotation, in text order.
    pub fn run(mut self, quotations: &[Quotation]) -> (Vec<Quote>, Vec<whosaid_core::Speaker>) {
        let mut q = 0;
        let mut s = 0;
        while s < self.sentences.len() {
            // The unit: this sentence, plus any sentence a quotation starting
            // in it runs into.
            let mut end_sentence = s;
            let first_quote = q;
            while q < quotations.len()
                && quotations[q].outer.start < self.sentences[end_sentence].span.end
            {
                let last =
                    self.sentence_of(quotations[q].outer.end.saturating_sub(1), end_sentence);
                end_sentence = end_sentence.max(last);
                q += 1;
            }
            self.sentence_span = self.sentences[s].span;
            self.title_case.set(None);
            self.note_named_subject(s);
            let found = self.quotes.len();
            if q > first_quote {
                self.unit(s, end_sentence, &quotations[first_quote..q]);
            } else if !self.byline(s) {
                self.reported(s);
                let next_quotation = quotations.get(q).map_or(usize::MAX, |q| q.outer.start);
                end_sentence = self.transcript_turn(s, found, next_quotation);
                if end_sentence == s && self.quotes.len() == found {
                    end_sentence = self.block_after_tag(s, next_quotation);
                }
            }
            self.note_clause_subjects(s, end_sentence, &quotations[first_quote..q], found);
            s = end_sentence + 1;
        }
        self.quotes.sort_by_key(|q| q.span.start);
        vouch_for_trailing_clauses(self.text, &mut self.quotes);
        nest_quotes(&mut self.quotes);
        (self.quotes, self.registry.into_speakers(self.written))
    }

    /// `FALLIN: Well, I think … .` A paragraph opened by a speaker's label
    /// and a colon is one turn of a transcript: the quote found in its
    /// first sentence `s` (the `found`-th, if any) runs to the paragraph's
    /// end, up to the next quotation (starting at byte `next_quotation`).
    /// Returns the last sentence taken.
    fn transcript_turn(&mut self, s: usize, found: usize, next_quotation: usize) -> usize {
        let sentence = self.sentences[s];
        let opens_paragraph = s == 0 || self.sentences[s - 1].paragraph < sentence.paragraph;
        let labelled = self.quotes.len() == found + 1
            && self.quotes[found]
                .cue
                .as_ref()
                .is_some_and(|c| c.lemma == ":")
            && self.quotes[found].sentence == s;
        if !(opens_paragraph && labelled) {
            return s;
        }
        let mut last = s;
        while last + 1 < self.sentences.len()
            && self.sentences[last + 1].paragraph == sentence.paragraph
            && self.sentences[last + 1].span.end <= next_quotation
        {
            last += 1;
        }
        if last > s {
            let end = self.text[..self.sentences[last].span.end].trim_end().len();
            let quote = &mut self.quotes[found];
            quote.span = Span::new(quote.span.start, end);
            quote.parts = vec![quote.span];
        }
        last
    }

    /// `Limbaugh added:` closing a paragraph: the next paragraph, with no
    /// quotation marks (before byte `next_quotation`), is what was said,
    /// set off as a block. Returns the last sentence taken (`s` when none
    /// is).
    fn block_after_tag(&mut self, s: usize, next_quotation: usize) -> usize {
        let sentence = self.sentences[s];
        if !self.text[sentence.span].trim_end().ends_with(':') {
            return s;
        }
        let Some(&first) = self
            .sentences
            .get(s + 1)
            .filter(|next| next.paragraph > sentence.paragraph)
        else {
            return s;
        };
        let mut last = s + 1;
        while last + 1 < self.sentences.len()
            && self.sentences[last + 1].paragraph == first.paragraph
        {
            last += 1;
        }
        if self.sentences[last].span.end > next_quotation {
            return s;
        }
        let mut tokens = std::mem::take(&mut self.tokens);
        tokens.clear();
        tokenize(self.text, sentence.span, &mut tokens);
        let colon = tokens.iter().rposition(|t| self.word(*t) == ":");
        // (A speech cue with its speaker, not a label: `Related:`; a few
        // words may follow it, `said in a statement:`.)
        let tag = colon
            .and_then(|colon| self.leading_tag(&tokens, 0, colon))
            .filter(|tag| {
                let colon = colon.unwrap_or_default();
                let between = tag.tokens.1.min(colon)..colon;
                tag.cue.kind == CueKind::Speech
                    && tag.cue.lemma != ":"
                    && !tag.according_to
                    && between.len() <= MAX_BLOCK_TAG_TAIL_TOKENS
                    && tokens[between].iter().all(|t| t.is_word)
            });
        self.tokens = tokens;
        let Some(tag) = tag else {
            return s;
        };
        let end = self.text[..self.sentences[last].span.end].trim_end().len();
        let span = Span::new(first.span.start, end);
        self.push_quote(QuoteKind::Indirect, span, vec![span], s + 1, Some(&tag));
        last
    }

    /// Whether sentences `first..=last`, holding `quotations` alone, are a
    /// subhead quoting a phrase in single marks, a paragraph of its own
    /// (`‘A change warrior.’` between two paragraphs of a profile), or a
    /// quoted label (`"Related:"`): a heading, not speech.
    fn quoted_subhead(&self, first: usize, last: usize, quotations: &[Quotation]) -> bool {
        let [quotation] = quotations else {
            return false;
        };
        let paragraph = self.sentences[first].paragraph;
        let opens_paragraph = first == 0 || self.sentences[first - 1].paragraph != paragraph;
        let closes_paragraph = self
            .sentences
            .get(last + 1)
            .is_none_or(|next| next.paragraph != paragraph);
        let outer = &self.text[quotation.outer];
        let single =
            (outer.starts_with('‘') || outer.starts_with('\'')) && !outer.starts_with("''");
        let content = &self.text[quotation.content];
        let words = content.split_whitespace().count();
        // (`"Related:"`: a label, in any marks.)
        let label = words <= 2 && content.ends_with(':');
        opens_paragraph && closes_paragraph && (single || label) && words <= MAX_SUBHEAD_WORDS
    }

    fn sentence_of(&self, byte: usize, from: usize) -> usize {
        (from..self.sentences.len())
            .find(|&i| self.sentences[i].span.end > byte)
            .unwrap_or(self.sentences.len() - 1)
    }

    fn word(&self, token: Token) -> &'t str {
        &self.text[token.span]
    }

    /// Whether a preposition of time follows the stance at token `k`,
    /// which then has no object (`The two men embraced after the vote`).
    fn time_after_stance(&self, tokens: &[Token], k: usize) -> bool {
        tokens
            .get(k + 1)
            .is_some_and(|t| lower_in(TIME_PREPOSITIONS, self.word(*t)))
    }

    /// The word of token `k` if it comes before token `end`, or `""`
    /// (`word_before(tokens, k + 1, end) == "that"` needs no bounds check).
    fn word_before(&self, tokens: &[Token], k: usize, end: usize) -> &'t str {
        tokens
            .get(k)
            .filter(|_| k < end)
            .map_or("", |t| self.word(*t))
    }

    fn unit(&mut self, first: usize, last: usize, quotations: &[Quotation]) {
        let span = Span::new(
            self.sentences[first].span.start,
            self.sentences[last].span.end,
        );
        let mut tokens = std::mem::take(&mut self.tokens);
        tokens.clear();
        tokenize(self.text, span, &mut tokens);
        let unit = Unit::new(&tokens, quotations, &self.sentences[first..=last]);
        let paragraph = self.sentences[first].paragraph;

        if unit.quote_only() {
            if self.quoted_subhead(first, last, quotations) {
                self.tokens = tokens;
                return;
            }
            let mut parts: Vec<Span> = quotations.iter().map(|q| q.content).collect();
            // `"PENCE: Well, …`: a transcript quoted whole names each turn.
            if let Some((tag, words_start)) = self.turn_label(&tokens, parts[0]) {
                parts[0] = Span::new(words_start, parts[0].end);
                self.push_direct(parts, first, Some(&tag));
                self.tokens = tokens;
                return;
            }
            let reopened = quotations[0].continues;
            self.continue_or_colon(parts, first, paragraph, reopened);
            self.tokens = tokens;
            return;
        }

        self.pending_links = Some(Vec::new());
        // Token up to which the unit's text has been accounted for, and the
        // token ranges taken by quotes and their tags.
        let mut done = 0;
        let mut used: Vec<(usize, usize)> = Vec::new();
        // Every tag found, for reported speech after it in the sweep below.
        let mut tags: Vec<Tag> = Vec::new();
        let mut i = 0;
        while i < quotations.len() {
            // A tag may hold a short title or nickname in quotation marks
            // (`Del. Marcia “Cia” Price, said`).
            let window_end = unit.ends[i] + 2 * MAX_TAG_GAP;
            let tag_limit = (i + 1..quotations.len())
                .find(|&j| unit.starts[j] >= window_end || !unit.embedded(self.text, j))
                .map_or(tokens.len(), |j| unit.starts[j])
                .min(window_end);
            if let Some(tag) = self.trailing_tag(&unit, i, tag_limit) {
                let (next, start, end) = self.quote_with_trailing_tag(&unit, first, i, done, &tag);
                used.push((start, end));
                done = end;
                tags.push(tag);
                i = next;
                continue;
            }
            let sentence = first + unit.sentence_of_token(unit.starts[i]);
            let floor = unit
                .sentence_start_token(unit.starts[i])
                .max(done)
                .max(unit.starts[i].saturating_sub(LEAD_WINDOW));
            // `“…,” Roe said Tuesday, noting the plan “…”`: right after
            // the previous quote's tag, a joined participle goes on for
            // its speaker, before any subject of the sentence.
            let continued = || self.continued_tag(&tokens, floor, unit.starts[i], tags.last());
            let leading = if floor == done && done > 0 {
                continued().or_else(|| self.leading_tag(&tokens, floor, unit.starts[i]))
            } else {
                self.leading_tag(&tokens, floor, unit.starts[i])
                    .or_else(continued)
            };
            // `he said Wednesday on MSNBC’s “Morning Joe.”`: a title
            // closing the tag's adverbials reports nothing.
            let leading = leading.filter(|tag| !self.title_after_adverbials(&unit, tag, i));
            if let Some(tag) = &leading {
                tags.push(tag.clone());
            }
            let introduced = leading
                .as_ref()
                .is_some_and(|tag| unit.introduces(self.text, tag, i));
            // `he said “zero” voters would follow`: the writer's words go
            // on after the quotation, in the same clause.
            let clause_goes_on = introduced && self.clause_goes_on(&unit, i);
            let lead = leading
                .as_ref()
                .and_then(|tag| self.lead_before_tag(&unit, floor, tag));
            match leading {
                Some(tag) if introduced && !clause_goes_on => {
                    match lead {
                        Some((first, part)) => {
                            let quoted = quotations[i].outer;
                            let span = Span::new(part.start, quoted.end);
                            let parts = vec![part, quoted];
                            self.push_quote(QuoteKind::Mixed, span, parts, sentence, Some(&tag));
                            used.push((first, unit.ends[i]));
                        }
                        None => {
                            // `the senator, who he dubbed “…”`: the pronoun
                            // stands for what is named, and is the quote's.
                            let quoted = quotations[i].outer;
                            let mut claimed_from = tag.tokens.0;
                            match self.relative_gap_pronoun(&tokens, &tag, quoted) {
                                Some(k) => {
                                    claimed_from = claimed_from.min(k);
                                    let span = Span::new(tokens[k].span.start, quoted.end);
                                    let parts = vec![tokens[k].span, quoted];
                                    self.push_quote(
                                        QuoteKind::Mixed,
                                        span,
                                        parts,
                                        sentence,
                                        Some(&tag),
                                    );
                                }
                                None => {
                                    // `chanted, “A,” and “B.”`: a list of
                                    // quotations closing the sentence is
                                    // one quote in parts.
                                    let last = unit.listed_quotations(self.text, i);
                                    let parts =
                                        quotations[i..=last].iter().map(|q| q.content).collect();
                                    self.push_direct(parts, sentence, Some(&tag));
                                    i = last;
                                }
                            }
                            self.claim(&mut used, &tokens, &tag, (claimed_from, unit.ends[i]));
                        }
                    }
                    done = unit.ends[i];
                }
                Some(tag) => {
                    // `X said the plan is “…”`: mixed, from the cue to the clause end.
                    // `said last week that …`: the content starts at `that`.
                    let from = match clause_goes_on {
                        true => unit.starts[i],
                        false => self
                            .reported_start(&tokens, &tag.cue.lemma, tag.tokens.1, unit.starts[i])
                            .map_or(tag.tokens.1, |(start, _)| start.max(tag.tokens.1)),
                    };
                    // `told MSNBC’s “Morning Joe” on Friday that …`: the
                    // programme is the addressee's; the content opens at
                    // `that`.
                    let from = self.that_after_title(&unit, i).unwrap_or(from);
                    // `railed against “…”`, `asked about a “…”`: as in
                    // reported speech, the preposition's object.
                    let from = match self.word(tokens[from]) {
                        "against" | "about"
                            if from + 1 < tokens.len()
                                && !self
                                    .word(tokens[from + 1])
                                    .starts_with(|c: char| c.is_ascii_digit()) =>
                        {
                            from + 1
                        }
                        _ => from,
                    };
                    // `pressed the US to adhere to … “…”`: as in reported
                    // speech, the person pressed and the infinitive.
                    let from = match tag.addressee {
                        Some(addressee) if self.word(tokens[from]) == "to" => {
                            tokens.partition_point(|t| t.span.start < addressee.start)
                        }
                        _ => from,
                    };
                    let mut end_token = unit.clause_end(unit.ends[i]).max(from + 1);
                    // `called the deal “terrible” and ranked …`, `called him
                    // “weak,” linking to …`: a name given takes no second verb.
                    if tag.cue.lemma == "call" && self.second_verb_at(&tokens, unit.ends[i]) {
                        end_token = end_token.min(unit.ends[i]);
                    }
                    // `after what Roe called a “rough week” for Park, …`:
                    // the name given with `what` ends the quote.
                    if let Some(name_end) = self.name_given_with_what_in_quotes(&unit, &tag, i) {
                        end_token = end_token.min(name_end);
                    }
                    // Quotations up to the clause end belong to this quote; the
                    // clause stops at a new one after them (`, and lawmakers
                    // agreed`) or where another speech tag begins.
                    if let Some(stop) = self.clause_break(&tokens, unit.ends[i], end_token) {
                        end_token = stop;
                    }
                    // After the quotation, the clause also ends where
                    // reported content would (`… “horrible” and then
                    // tweeted …`, `… “the nominee,” while Roe suggested
                    // …`): a joined verb keeps its tense's content.
                    let cue_word = self.word(tokens[self.token_of(&tokens, tag.cue.span)]);
                    let after_quotation = unit.ends[i].saturating_sub(1).max(from);
                    if let Some(stop) = self
                        .next_tag_start(&tokens, after_quotation, end_token, Some(cue_word))
                        .filter(|&k| k >= unit.ends[i] && !unit.quoted(k))
                    {
                        end_token = stop;
                    }
                    // `Even as Roe claimed that “…,” Park said …`: a clause
                    // opening the sentence ends at its comma.
                    // (The comma may close the quotation: `“…,”`.)
                    // (Also when the tag's verb is a participle whose
                    // subject opens that clause: `When Park tried to
                    // defend his remarks calling …, Roe said …`.)
                    // (`Though she called it “…” and called for “…”, Roe
                    // …`: a second verb of that clause too.)
                    let subject_at = self.token_of(&tokens, tag.mention);
                    let sentence_start = unit.sentence_start_token(unit.starts[i]);
                    // So does a relative clause set off by commas (`Park,
                    // who called it “a disaster,” said …`).
                    let relative = subject_at > 0
                        && lower_in(&["who", "which"], self.word(tokens[subject_at]))
                        && self.word(tokens[subject_at - 1]) == ",";
                    let opening = relative
                        || self.opening_subordinate(&tokens, floor, tag.tokens.0)
                        || (subject_at < tag.tokens.0
                            && self.opening_subordinate(&tokens, sentence_start, subject_at));
                    if opening
                        && let Some(comma) = (unit.ends[i].saturating_sub(2)
                            ..end_token.min(unit.ends[i] + MAX_TAG_GAP))
                            .find(|&k| {
                                self.word(tokens[k]) == ","
                                    && (k + 2 >= unit.ends[i] || !unit.quoted(k))
                            })
                    {
                        end_token = comma.max(unit.ends[i]).max(from + 1);
                    }
                    while i + 1 < quotations.len() && unit.starts[i + 1] < end_token {
                        i += 1;
                        // The clause up to `end_token` has been scanned; only
                        // a participle right after this quotation breaks it
                        // anew (`“…” saying`).
                        if unit.ends[i] < end_token && self.participle_at(&tokens, unit.ends[i]) {
                            end_token = unit.ends[i];
                        }
                    }
                    let mut end = unit.trim_end(self.text, end_token, from);
                    // `… would “not get beat up” at his rally, a swipe at
                    // …`: a phrase summing up the report is the writer's.
                    if let Some(cut) = self
                        .closing_appositive(&tokens, from, end)
                        .filter(|&cut| cut >= unit.ends[i])
                    {
                        end = unit.trim_end(self.text, cut, from);
                    }
                    // (`called it “a good start” in a statement Tuesday`:
                    // where it was said, after the quotation, is the
                    // writer's; not a time of what was said, `to secure
                    // the city during the event`.)
                    if let Some(venue) = self
                        .closing_venue(&tokens, from, end)
                        .filter(|&venue| venue >= unit.ends[i])
                        .filter(|&venue| self.word(tokens[venue]) != "during")
                    {
                        end = unit.trim_end(self.text, venue, from);
                    }
                    let content = Span::new(tokens[from].span.start, tokens[end - 1].span.end);
                    let (span, parts, first) = match lead {
                        Some((first, part)) => (
                            Span::new(part.start, content.end),
                            vec![part, content],
                            first,
                        ),
                        None => {
                            let (span, parts) = self.with_relative_gap(&tokens, &tag, content);
                            (span, parts, tag.tokens.0)
                        }
                    };
                    // (A title left out may leave no quotation in it.)
                    let first_after = quotations.partition_point(|q| q.outer.end <= span.start);
                    let kind = match quotations
                        .get(first_after)
                        .is_some_and(|q| q.outer.start < span.end)
                    {
                        true => QuoteKind::Mixed,
                        false => QuoteKind::Indirect,
                    };
                    self.push_quote(kind, span, parts, sentence, Some(&tag));
                    self.claim(&mut used, &tokens, &tag, (first, end));
                    done = end;
                }
                None => {
                    if let Some(tag) = self.colon_introduction(&unit, floor, i) {
                        match self.label_claim_end(&unit, &tag, i) {
                            // `Bernie Sanders: ‘Of Course’ Roe Is Qualified`:
                            // after a name alone, the words going on after
                            // the quotation are the speaker's too.
                            Some(end) => {
                                let span =
                                    Span::new(quotations[i].outer.start, tokens[end - 1].span.end);
                                self.push_quote(
                                    QuoteKind::Mixed,
                                    span,
                                    vec![span],
                                    sentence,
                                    Some(&tag),
                                );
                                while i + 1 < quotations.len() && unit.starts[i + 1] < end {
                                    i += 1;
                                }
                                used.push((tag.tokens.0, end));
                                done = end;
                            }
                            None => {
                                self.push_direct(vec![quotations[i].content], sentence, Some(&tag));
                                used.push((tag.tokens.0, unit.ends[i]));
                                done = unit.ends[i];
                            }
                        }
                    } else if unit.awaits_tag(self.text, i) {
                        // `“B,” an angry Roe retaliated.`: a tag not
                        // understood is still a tag; the quotation is
                        // no part of the previous speaker's. It is
                        // reported with no speaker rather than lost.
                        self.untagged_end = quotations[i].outer.end;
                        self.push_direct(vec![quotations[i].content], sentence, None);
                        used.push((unit.starts[i], unit.ends[i]));
                        done = unit.ends[i];
                    } else if i == 0
                        && !self.own_clause_before(&unit, i)
                        && self.extend_previous(&[quotations[i].content], sentence, false)
                    {
                        used.push((unit.starts[i], unit.ends[i]));
                        done = unit.ends[i];
                    }
                }
            }
            i += 1;
        }
        // Reported speech in what is left of each sentence (`She said that
        // the “supermax” prison …`): one sweep over the sorted used ranges.
        used.sort_unstable();
        let mut next_used = used.iter().peekable();
        let mut k = 0;
        // Tags come in text order: the ones before `k` are `tags[..before_k]`.
        let mut before_k = 0;
        for (s, &sentence_end) in unit.sentence_ends.iter().enumerate() {
            let sentence_start = s.checked_sub(1).map_or(0, |s| unit.sentence_ends[s]);
            // A quotation running into the sentence opens its clause
            // (`“A. B,” Roe said, according to X.`).
            let clause_start = tokens.get(sentence_start).map_or(sentence_start, |t| {
                let at = t.span.start;
                let before = quotations.partition_point(|q| q.outer.start < at);
                before
                    .checked_sub(1)
                    .filter(|&j| quotations[j].outer.end > at)
                    .map_or(sentence_start, |j| unit.starts[j])
            });
            let clause = (
                clause_start,
                unit.trim_end(self.text, sentence_end, sentence_start),
            );
            while k < sentence_end {
                while next_used.peek().is_some_and(|r| r.1 <= k) {
                    next_used.next();
                }
                while before_k < tags.len() && tags[before_k].tokens.0 < k {
                    before_k += 1;
                }
                let previous = tags[..before_k].last();
                match next_used.peek() {
                    Some(&&(start, end)) if start <= k => k = end.max(k + 1),
                    Some(&&(start, _)) => {
                        let stop = start.min(sentence_end);
                        self.reported_in(
                            &tokens,
                            clause,
                            (k, stop),
                            first + s,
                            quotations,
                            previous,
                        );
                        k = stop;
                    }
                    None => {
                        let range = (k, sentence_end);
                        self.reported_in(&tokens, clause, range, first + s, quotations, previous);
                        k = sentence_end;
                    }
                }
            }
        }
        self.keep_untagged(quotations, first + unit.sentence_of_token(0), span.start);
        self.tokens = tokens;
        self.link_pending();
    }

    /// Reports, with no speaker, each quotation of a unit starting at byte
    /// `unit_start` that no quote took, opens its sentence or follows a
    /// colon, and is long enough to be someone's words (`“… twelve words
    /// or more …” was printed on the banner`): a quote whose tag is not
    /// read is not lost.
    /// (Inside the writer's sentence, a quotation is the writer's framing
    /// of words whose speaker is the clause's, which is left unread:
    /// `The ad targets a “…”`.)
    fn keep_untagged(&mut self, quotations: &[Quotation], sentence: usize, unit_start: usize) {
        // The parts that quotes took in this unit, by start (one sweep, so
        // that a unit of many quotations stays linear).
        let mut taken: Vec<Span> = self
            .quotes
            .iter()
            .rev()
            .take_while(|q| q.span.end >= unit_start)
            .flat_map(|q| q.parts.iter().copied())
            .collect();
        taken.sort_unstable_by_key(|part| part.start);
        let (mut next_part, mut reach) = (0, 0);
        let mut sentence = sentence;
        for quotation in quotations {
            let content = quotation.content;
            // (Quotations come in order: the parts starting before this
            // one ends reach at most `reach`.)
            while next_part < taken.len() && taken[next_part].start < content.end {
                reach = reach.max(taken[next_part].end);
                next_part += 1;
            }
            let long = || {
                self.text[content]
                    .split_whitespace()
                    .nth(MIN_UNTAGGED_QUOTATION_WORDS - 1)
                    .is_some()
            };
            // (`“The plan is dead,” voters attending the rally said`: a
            // quotation closed by a comma inside its marks goes on to a tag,
            // whoever it names, however short.)
            // (Not a title: `“Billions,” a series by …`.)
            // (A few words looked at, up to the sentence's end or the next
            // quotation, so that a text of many quotations stays linear.)
            let tag_follows = || {
                let closing = &self.text[content.end..quotation.outer.end];
                let rest = &self.text[quotation.outer.end..];
                let mut ended = false;
                closing.starts_with(',')
                    && rest.trim_start().starts_with(char::is_lowercase)
                    && rest
                        .split_whitespace()
                        .take(MAX_UNTAGGED_TAG_WORDS)
                        .take_while(|word| {
                            let goes_on = !ended && !word.starts_with(['“', '"']);
                            ended |= word.contains(['.', ';']);
                            goes_on
                        })
                        .any(|word| {
                            let word = word.split(['.', ';', ',', '“', '"']).next().unwrap_or("");
                            cue_lemma(word).is_some() || reported::is_past(word)
                        })
            };
            if reach > content.start || !(long() || tag_follows()) {
                continue;
            }
            while sentence + 1 < self.sentences.len()
                && self.sentences[sentence].span.end <= content.start
            {
                sentence += 1;
            }
            // (The sentence of the content may start after the opening
            // mark, split off by a line break: then no words lead.)
            let sentence_start = self.sentences[sentence].span.start;
            let lead = &self.text[sentence_start.min(quotation.outer.start)..quotation.outer.start];
            // (`The report makes it clear: “…”`: a colon opens it too.)
            let after_colon = lead.trim_end().ends_with(':');
            if after_colon || !lead.chars().rev().any(char::is_alphanumeric) {
                self.push_direct(vec![content], sentence, None);
            }
        }
    }

    /// Whether the writer's words before quotation `i` in its sentence
    /// make a clause of their own, with a verb (`The group would not name
    /// “that person.”`): the quotation is then no part of a quote going on
    /// from the sentence before.
    fn own_clause_before(&self, unit: &Unit, i: usize) -> bool {
        let tokens = unit.tokens;
        (unit.sentence_start_token(unit.starts[i])..unit.starts[i]).any(|k| {
            let word = self.word(tokens[k]);
            tokens[k].is_word && !unit.quoted(k) && reported::is_finite(word)
        })
    }

    /// The end of the name that the quotation `i` gives in `what X
    /// called “…”` (`what Roe called a “rough week” for Park`), past a
    /// phrase of `of` or `for` after it: the token after the name. None
    /// when the quotation only modifies the noun after it.
    fn name_given_with_what_in_quotes(&self, unit: &Unit, tag: &Tag, i: usize) -> Option<usize> {
        let tokens = unit.tokens;
        let subject = self.token_of(tokens, tag.mention);
        if !self.names_with_what(tokens, subject, &tag.cue.lemma) {
            return None;
        }
        let name_end = unit.ends[i];
        // (`the “brilliant” decision Roe made`: a quoted word modifying
        // the noun after it names nothing on its own.)
        let quotation = unit.quotations[i];
        let comma_inside = self.text[quotation.content.end..quotation.outer.end].contains(',');
        let modifier = !comma_inside
            && tokens.get(name_end).is_some_and(|t| {
                let word = self.word(*t);
                t.is_word
                    && !is_capitalised(word)
                    && !is_stop_word(word)
                    && !self.time_word(word)
                    && !lower_in(&["of", "for", "last", "this", "next", "earlier"], word)
            });
        if modifier {
            return None;
        }
        let phrase_end = tokens
            .get(name_end)
            .filter(|t| lower_in(&["of", "for"], self.word(**t)))
            .and_then(|_| self.noun_phrase_after(tokens, name_end + 1, tokens.len()));
        Some(phrase_end.unwrap_or(name_end))
    }

    /// Whether quotation `i` is a title (`“Morning Joe”`) after a
    /// preposition, with no verb between `tag`'s cue and it
    /// (`said Wednesday morning on MSNBC’s`), closing its clause or
    /// before `that`.
    fn title_after_adverbials(&self, unit: &Unit, tag: &Tag, i: usize) -> bool {
        let tokens = unit.tokens;
        let (from, to) = (tag.tokens.1, unit.starts[i]);
        // (`said on “Meet the Press” that …`: the clause after the title
        // is the report.)
        let that_follows = tokens
            .get(unit.ends[i])
            .is_some_and(|t| self.word(*t) == "that");
        if from >= to
            || !self.title_after_preposition(unit, i, from)
            || (self.clause_goes_on(unit, i) && !that_follows)
        {
            return false;
        }
        let verb = tokens[from..to].iter().any(|t| {
            let word = self.word(*t);
            t.is_word
                && (FINITE_AUXILIARIES.contains(word)
                    || reported::is_past(word)
                    || lower_in(&["that", "if", "whether"], word)
                    || cue_lemma(word).is_some())
        });
        !verb
    }

    /// The `that` opening a clause a few words after quotation `i` when
    /// it is the short title of a programme or a publication after its
    /// owner's name (`told MSNBC’s “Morning Joe” on Friday that …`).
    fn that_after_title(&self, unit: &Unit, i: usize) -> Option<usize> {
        let tokens = unit.tokens;
        let content = &self.text[unit.quotations[i].content];
        let title = content.split_whitespace().count() <= 5
            && content
                .split_whitespace()
                .all(|w| w.starts_with(|c: char| !c.is_lowercase()) || w.len() <= 3);
        let owner = unit.starts[i]
            .checked_sub(1)
            .map(|k| self.word(tokens[k]))
            .is_some_and(|word| is_capitalised(word) || matches!(word, "’s" | "'s"));
        if !(title && owner) {
            return None;
        }
        (unit.ends[i]..(unit.ends[i] + 6).min(tokens.len()))
            .take_while(|&k| tokens[k].is_word && !unit.quoted(k))
            .find(|&k| self.word(tokens[k]) == "that")
    }

    /// Whether quotation `i` is a short title after a preposition, with
    /// the name of a channel or a possessive between (`on Fox News
    /// Channel’s “Fox & Friends”`, `in “The Art of the Deal”`), looking
    /// back to `floor`.
    fn title_after_preposition(&self, unit: &Unit, i: usize, floor: usize) -> bool {
        let tokens = unit.tokens;
        let content = &self.text[unit.quotations[i].content];
        let title = content
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| !c.is_lowercase()) || w.len() <= 3);
        if !title || content.split_whitespace().count() > 5 {
            return false;
        }
        let mut before = unit.starts[i];
        while before > floor && !tokens[before - 1].is_word {
            before -= 1;
        }
        let mut names = 0;
        while before > floor
            && names < 4
            && (is_capitalised(self.word(tokens[before - 1]))
                || matches!(self.word(tokens[before - 1]), "’" | "'" | "’s" | "'s"))
        {
            before -= 1;
            names += 1;
        }
        before > floor
            && lower_in(
                &["on", "in", "at", "to", "from"],
                self.word(tokens[before - 1]),
            )
    }

    /// Marks tokens `start..end`, a quote with its leading `tag`, as
    /// taken from the writer's words, but for a relative clause set off
    /// after the speaker's mention (`Graham, who says allies should act,
    /// called …`), which is then looked at for reported speech of its own.
    fn claim(
        &self,
        used: &mut Vec<(usize, usize)>,
        tokens: &[Token],
        tag: &Tag,
        (start, end): (usize, usize),
    ) {
        let after_mention = tokens.partition_point(|t| t.span.start < tag.mention.end);
        let cue_at = self.token_of(tokens, tag.cue.span);
        let relative = start < after_mention
            && after_mention + 1 < cue_at
            && self.word(tokens[after_mention]) == ","
            && lower_in(PERSON_RELATIVES, self.word(tokens[after_mention + 1]));
        // `Park denied the claims and called them “absurd”`: a verb of
        // the same subject before the tag's cue reports on its own, the
        // subject with it when the tag holds it.
        // (Not a chain of verbs: `is reported to have called`.)
        let joins = |k: usize| {
            let word = self.word(tokens[k]);
            matches!(word, "," | "and" | "but" | ";" | "-") || is_dash(word)
        };
        let joined = start < after_mention
            && (after_mention..cue_at)
                .rev()
                .find(|&k| self.any_cue(tokens, k).is_some())
                .is_some_and(|verb| (verb + 1..cue_at).any(joins));
        let opens_at_cue = start == cue_at && after_mention < cue_at;
        if relative {
            used.push((start, after_mention));
            used.push((cue_at, end));
        } else if joined || opens_at_cue {
            // (The words joining the verbs are the tag's: `, and later`.)
            let mut join = cue_at;
            while join > after_mention && self.is_adverb(self.word(tokens[join - 1])) {
                join -= 1;
            }
            if join > after_mention && joins(join - 1) {
                join -= 1;
                if join > after_mention && joins(join - 1) {
                    join -= 1;
                }
            } else {
                join = cue_at;
            }
            used.push((join, end));
        } else {
            used.push((start, end));
        }
    }

    /// Links the tags of the unit just attributed to speakers, in the order
    /// of their mentions in the text.
    fn link_pending(&mut self) {
        let Some(mut pending) = self.pending_links.take() else {
            return;
        };
        pending.sort_by_key(|(_, tag)| tag.mention.start);
        for (index, tag) in pending {
            let attribution = self.link(&tag);
            self.quotes[index].attribution = Some(attribution);
        }
    }

    /// The quote of quotation `i` with its trailing `tag`, in the unit
    /// starting at sentence `first`, the text before token `done` being
    /// accounted for: later quotations that go on with it, the writer's
    /// words around it, the question put to the speaker. Returns the next
    /// quotation to look at and the tokens where the quote and tag start
    /// and end.
    fn quote_with_trailing_tag(
        &mut self,
        unit: &Unit,
        first: usize,
        i: usize,
        done: usize,
        tag: &Tag,
    ) -> (usize, usize, usize) {
        let tokens = unit.tokens;
        let quotations = unit.quotations;
        let mut start = unit.starts[i];
        // `“A,” he said, “B.”`: later quotations right after the tag
        // and a comma are parts of this quote; others inside the tag
        // (a programme title) belong to the tag.
        let mut parts = vec![quotations[i].content];
        let mut j = i + 1;
        // `“A,” she said, adding that …`: a second cue ends the tag
        // and reports on its own for the same speaker.
        let cue_at = self.token_of(tokens, tag.cue.span);
        let near = tag.tokens.1.min(cue_at + 1 + MAX_TAG_GAP);
        // (`…, before adding that …` too, and `… wrote while
        // acknowledging …`, a participle with no comma.)
        let timed = |k: usize| {
            k >= 2
                && lower_in(&["before", "after", "while"], self.word(tokens[k - 1]))
                && (self.word(tokens[k - 2]) == "," || self.word(tokens[k]).ends_with("ing"))
        };
        // (Adverbs may stand before it: `…, falsely claiming that …`.)
        // (And `…, going on to say that …`: a participle taking the
        // infinitive.)
        let lead = |k: usize| {
            let k = self
                .catenative_participle_before(tokens, k)
                .filter(|&start| start > cue_at)
                .unwrap_or(k);
            self.words_before_adverbs(tokens, cue_at, k)
                .map_or(k, |before| before + 1)
        };
        // (`…, but she cautions that …`, `…, as he called for …`: a new
        // subject after `but`, `and` or `as` reports on its own too.)
        let new_subject = |k: usize| {
            k >= 3
                && lower_in(SUBJECT_PRONOUNS, self.word(tokens[k - 1]))
                && lower_in(&["but", "and", "as"], self.word(tokens[k - 2]))
                && self.word(tokens[k - 3]) == ","
        };
        let second_cue = (cue_at + 1..near)
            .find(|&k| {
                let lead = lead(k);
                let joined = matches!(self.word(tokens[lead - 1]), "," | "and")
                    || timed(lead)
                    || new_subject(lead);
                // (`…, said Roe, speaking of politicians, “and …”`: a topic
                // set off before a quotation going on is the tag's.)
                let cue = self.speech_cue(tokens, k).filter(|(cue, after, _)| {
                    !lower_in(reported::TOPIC_CUES, &cue.lemma)
                        || !(*after..near).any(|j| unit.quoted(j))
                });
                joined && !unit.quoted(k) && cue.is_some()
            })
            .map(lead);
        let mut end = match second_cue {
            Some(k) if new_subject(k) => k - 3,
            Some(k) if self.word(tokens[k - 1]) == "," => k - 1,
            Some(k) if timed(k) => k - 2,
            Some(k) => k,
            None => tag.tokens.1,
        };
        // `“…,” he said when asked whether …`: the question put to
        // the speaker is reported too.
        let asked = (cue_at + 1..end.min(near)).find(|&k| {
            lower_in(&["when", "after", "as"], self.word(tokens[k - 1]))
                && self.word(tokens[k]).eq_ignore_ascii_case("asked")
        });
        // The first cue after the tag's, searched as far as the
        // quotations reached.
        let mut own_cue = None;
        let mut searched = cue_at + 1;
        while j < quotations.len() && unit.starts[j] <= end {
            // `“A,” Roe said as the crowd chanted: “B”`: a cue
            // between the tag and a quotation opening a sentence
            // gives it its own tag (not `… explaining why, “but …”`).
            let opens_sentence = self.text[quotations[j].content]
                .chars()
                .next()
                .is_some_and(|c| !c.is_lowercase());
            if own_cue.is_none() {
                own_cue = (searched..unit.starts[j])
                    .find(|&k| !unit.quoted(k) && self.speech_cue(tokens, k).is_some());
                searched = searched.max(unit.starts[j]);
            }
            // `“A,” she said, “B,” Park added`: a quotation with a tag of
            // its own right after it is a quote of its own.
            // (Not a title inside the tag, nor a verb joined after a dash or
            // `and`: `“B” - and vowed to …`.)
            if unit.after_comma(self.text, j) && self.own_trailing_tag(unit, j) {
                end = end.min(tag.speaker_end(tokens).max(cue_at + 1));
                break;
            }
            if let Some(k) = own_cue.filter(|_| opens_sentence) {
                // The own cue's subject (`, who responds`) stays
                // for its quotation: this tag ends after its speaker.
                end = end.min(if self.joined_cue(tokens, k) {
                    k - 1
                } else {
                    tag.speaker_end(tokens)
                });
                break;
            }
            if unit.after_comma(self.text, j) {
                parts.push(quotations[j].content);
            }
            end = end.max(unit.clause_end(unit.ends[j]));
            j += 1;
        }
        let sentence_start = unit
            .sentence_start_token(unit.starts[i])
            .max(done)
            .max(unit.starts[i].saturating_sub(LEAD_WINDOW));
        let mut own_words =
            (sentence_start..unit.starts[i]).filter(|&k| tokens[k].is_word && !unit.quoted(k));
        let first_own = own_words.next();
        let is_be = |k: usize| lower_in(reported::BE_FORMS, self.word(tokens[k]));
        let mut lead_has_be = first_own.is_some_and(is_be);
        let own_count = first_own.map_or(0, |_| {
            1 + own_words
                .take(MIN_MIXED_LEAD_WORDS - 1)
                .inspect(|&k| lead_has_be |= is_be(k))
                .count()
        });
        let described = own_count < MIN_MIXED_LEAD_WORDS && lead_has_be;
        let sentence = first + unit.sentence_of_token(unit.starts[i]);
        let one_part = parts.len() == 1;
        // (`Despite his “…,” Roe wrote, Park is …`: the writer's words
        // before the quotation open a phrase, whose clause comes after the
        // tag.)
        let opening_phrase = first_own.is_some_and(|k| {
            let opener = self.word(tokens[k]);
            (lower_in(SUBORDINATORS, opener)
                || lower_in(
                    &["despite", "unlike", "like", "amid", "for", "with"],
                    opener,
                ))
                && !(k + 1..unit.starts[i])
                    .any(|j| !unit.quoted(j) && reported::is_finite(self.word(tokens[j])))
        });
        let tail = second_cue
            .is_none()
            .then(|| self.tail_after_tag(unit, tag, opening_phrase))
            .flatten();
        // `Roe said the plan failed - “…,” she said - and …`: a quotation
        // set off by dashes stands apart from the writer's words.
        let aside = self.text[..quotations[i].outer.start]
            .trim_end()
            .ends_with(['-', '–', '—'])
            && !(sentence_start..unit.starts[i]).any(|k| unit.quoted(k));
        // `Roe seemed irritated: “…,” she wrote`: a colon introduces the
        // quotation as a whole, not as part of the writer's clause.
        let introduced = self.text[..quotations[i].outer.start]
            .trim_end()
            .ends_with(':');
        match (first_own, tail) {
            (Some(_), None) if aside || introduced => self.push_direct(parts, sentence, Some(tag)),
            (_, Some(tail)) => {
                // `Mills “got a deal,” Roe said, and still “sat in.”`:
                // the sentence goes on after the tag; both sides are
                // what was said.
                let lead = match first_own {
                    Some(k) => Span::new(tokens[k].span.start, quotations[i].outer.end),
                    None => quotations[i].outer,
                };
                let span = Span::new(lead.start, tail.end);
                self.push_quote(
                    QuoteKind::Mixed,
                    span,
                    vec![lead, tail],
                    sentence,
                    Some(tag),
                );
            }
            (Some(first_own), None) if one_part && !described => {
                // `Roe said the fund ran dry because “…,” she said`: a
                // named speaker's report leads to the quotation, and the
                // pronoun of the trailing tag is that speaker again.
                let pronoun = PRONOUNS.contains(&self.text[tag.mention]);
                let lead = pronoun
                    .then(|| self.lead_report(tokens, first_own, unit.starts[i]))
                    .flatten();
                // `Asked whether Roe “…,” 75 percent said yes`: the lead
                // puts a question, which the quotation is part of.
                let question = self
                    .put_question(tokens, first_own, first_own, unit.ends[i])
                    .filter(|(_, asker, _)| asker.is_none());
                if let Some((lead_tag, content_start)) = lead {
                    let span = Span::new(content_start, quotations[i].outer.end);
                    self.push_quote(
                        QuoteKind::Mixed,
                        span,
                        vec![span],
                        sentence,
                        Some(&lead_tag),
                    );
                    start = first_own;
                } else if let Some((cue, _, question)) = question {
                    if question.end <= quotations[i].outer.start {
                        // `Asked about Roe, “…,” Park said`: the question,
                        // then the answer.
                        self.push_unattributed(QuoteKind::Indirect, question, sentence, cue);
                        self.push_direct(parts, sentence, Some(tag));
                    } else {
                        let span = Span::new(question.start, quotations[i].outer.end);
                        self.push_unattributed(QuoteKind::Mixed, span, sentence, cue);
                    }
                    start = first_own;
                } else {
                    // `Since May, prices have risen “at a pace never seen,”
                    // the agency said`: the writer's clause reports what
                    // was said, the quotation is a fragment of it.
                    let span = Span::new(tokens[first_own].span.start, quotations[i].outer.end);
                    self.push_quote(QuoteKind::Mixed, span, vec![span], sentence, Some(tag));
                }
            }
            (Some(_), None) if one_part => {
                // `The talks were “candid,” the agency said`: a quoted
                // description after a short frame.
                let content = quotations[i].content;
                self.push_quote(
                    QuoteKind::Partial,
                    content,
                    vec![content],
                    sentence,
                    Some(tag),
                );
            }
            _ => self.push_direct(parts, sentence, Some(tag)),
        }
        if let Some(k) = asked {
            let stop = unit.clause_end(k);
            self.reported_in(
                tokens,
                (k, stop),
                (k, stop),
                sentence,
                quotations,
                Some(tag),
            );
        }
        (j, start, end)
    }

    /// A report by a named speaker opening the writer's words in tokens
    /// `from..to` before a quotation (`Roe said the fund ran dry because`):
    /// its tag and where its content starts.
    fn lead_report(&self, tokens: &[Token], from: usize, to: usize) -> Option<(Tag, usize)> {
        (from..to).take(MAX_LEAD_REPORT_TOKENS).find_map(|c| {
            let (tag, content) = self.reported_at(tokens, (from, to), from, c, to)?;
            let named = !PRONOUNS.contains(&self.text[tag.mention]);
            let opens = tag.tokens.0 == from && content.start >= tokens[c].span.end;
            (named && opens && tag.cue.kind == CueKind::Speech).then_some((tag, content.start))
        })
    }

    /// The writer's words going on after a trailing tag and a comma, to
    /// the sentence end: with `and` or `but` and holding a quotation
    /// (`“…,” Roe said, and still “…”`), or going on with the quotation's
    /// own predicate (`“…,” he added, to pursue a levy`, `“…,” he said,
    /// aimed at …`, `“Only you,” she said, would do it`).
    fn tail_after_tag(&self, unit: &Unit, tag: &Tag, opening_phrase: bool) -> Option<Span> {
        let tokens = unit.tokens;
        let comma = tag.speaker_end(tokens);
        if tokens.get(comma).map(|t| self.word(*t)) != Some(",") {
            return None;
        }
        let word_at = |k: usize| tokens.get(k).filter(|t| t.is_word).map(|t| self.word(*t));
        let lower_case_at =
            |k: usize| word_at(k).is_some_and(|w| w.starts_with(char::is_lowercase));
        // (`to pursue a levy`, not `to cheers`, `to the crowd`, `to
        // applause`.)
        let verb_at = |k: usize| {
            lower_case_at(k)
                && word_at(k).is_some_and(|w| {
                    !w.ends_with('s')
                        && !DETERMINERS.contains(w)
                        && !PRONOUNS.contains(w)
                        && !lower_in(&["applause", "laughter"], w)
                })
        };
        let predicate_goes_on = match word_at(comma + 1) {
            Some("to") => verb_at(comma + 2),
            Some(word) if FINITE_AUXILIARIES.contains(word) => true,
            Some(word) => {
                word.ends_with("ed")
                    && word.starts_with(char::is_lowercase)
                    && word_at(comma + 2).is_some_and(|w| lower_in(&["at", "to", "by"], w))
            }
            None => false,
        };
        // (After an opening phrase, the clause itself: `Despite his “…,”
        // Roe wrote, Park is a devoted father`.)
        // (Whether a quotation starts after the comma, before the clause
        // ends.)
        let clause_end = unit.clause_end(comma);
        let quoted = || {
            let next_quotation = unit.starts.partition_point(|&start| start <= comma);
            (unit.starts.get(next_quotation)).is_some_and(|&start| start < clause_end)
        };
        let clause_goes_on = opening_phrase && {
            !quoted()
                && !word_at(comma + 1).is_some_and(|w| lower_in(&["and", "but"], w))
                && (comma + 2..clause_end).any(|k| reported::is_finite(self.word(tokens[k])))
        };
        if predicate_goes_on || clause_goes_on {
            let end = unit.trim_end(self.text, clause_end, comma + 1);
            return Some(Span::new(
                tokens[comma + 1].span.start,
                tokens[end - 1].span.end,
            ));
        }
        let conjunction = word_at(comma + 1);
        if !conjunction.is_some_and(|word| lower_in(&["and", "but"], word)) {
            return None;
        }
        // The same subject goes on (`and still`, `but added`), not a new
        // clause (`but Kevin was …`, `and as Roe …`).
        let next = tokens.get(comma + 2).map_or("", |t| self.word(*t));
        let same_subject = next.starts_with(char::is_lowercase)
            && !PRONOUNS.contains(next)
            && !DETERMINERS.contains(next)
            && !lower_in(SUBORDINATORS, next);
        if !quoted() || !same_subject {
            return None;
        }
        // (`“A,” she said, but despite …, “B,” said Kunin`: a quotation
        // with a tag of its own is not hers.)
        let next_quotation = unit.starts.partition_point(|&start| start <= comma);
        let claimed = (next_quotation..unit.starts.len())
            .take_while(|&j| unit.starts[j] < clause_end)
            .any(|j| self.own_trailing_tag(unit, j));
        if claimed {
            return None;
        }
        let last = unit.trim_end(self.text, clause_end, comma + 1) - 1;
        Some(Span::new(
            tokens[comma + 1].span.start,
            tokens[last].span.end,
        ))
    }

    /// Whether quotation `j` has a tag of its own right after it (`“B,”
    /// Park added`; not a verb joined after a dash or `and`: `“B” - and
    /// vowed to …`).
    fn own_trailing_tag(&self, unit: &Unit, j: usize) -> bool {
        let tokens = unit.tokens;
        (unit.ends[j]..tokens.len().min(unit.ends[j] + 4))
            .take_while(|&k| {
                let word = self.word(tokens[k]);
                !unit.quoted(k) && !matches!(word, "." | ";" | "and" | "but" | "-" | "–" | "—")
            })
            .any(|k| self.speech_cue(tokens, k).is_some())
    }

    /// `Sooner or later, the governor said, “it pays off.”`: the writer's
    /// words from token `floor` to a tag set off by commas, which are the
    /// first part of the quote; their first token and span.
    fn lead_before_tag(&self, unit: &Unit, floor: usize, tag: &Tag) -> Option<(usize, Span)> {
        let tokens = unit.tokens;
        let comma = tag.tokens.0.checked_sub(1).filter(|&k| k > floor)?;
        let closing = tag.tokens.1.checked_sub(1)?;
        // The tag opens with its subject (not `…, telling reporters,`).
        let subject_first = tokens[tag.tokens.0].span.start == tag.mention.start;
        if self.word(tokens[comma]) != "," || self.word(tokens[closing]) != "," || !subject_first {
            return None;
        }
        let mut words = (floor..comma).filter(|&k| tokens[k].is_word && !unit.quoted(k));
        let first = words.next()?;
        let mut named = true;
        for (n, k) in std::iter::once(first).chain(words).enumerate() {
            if n >= MAX_LEAD_WORDS || self.speech_cue(tokens, k).is_some() {
                return None;
            }
            named &= is_capitalised(self.word(tokens[k]));
        }
        // `Jo Park, president of the group said, “…”`: a name before a
        // role in lower case is the speaker's, its comma left out.
        let mention = &self.text[tag.mention];
        let role = mention.starts_with(char::is_lowercase) && !PRONOUNS.contains(mention);
        if named && role && (2..MAX_NAMED_SUBJECT_WORDS).contains(&(comma - first)) {
            return None;
        }
        Some((
            first,
            Span::new(tokens[first].span.start, tokens[comma - 1].span.end),
        ))
    }

    /// Whether a second verb of the clause starts at token `k`: `and` with
    /// a past form (`and ranked`), or a comma and a participle (`,
    /// linking`).
    fn second_verb_at(&self, tokens: &[Token], k: usize) -> bool {
        let word = |j: usize| tokens.get(j).map_or("", |t| self.word(*t));
        let lower = |w: &str| w.starts_with(char::is_lowercase);
        let participle = |w: &str| lower(w) && w.ends_with("ing");
        let next = word(k + 1);
        // The comma may stand inside the closing mark (`“weak,” linking`).
        let mark = self.closing_mark_before(tokens, k);
        let comma_in_quotes = mark > 0 && k > mark && word(k - mark - 1) == ",";
        (word(k) == "and" && lower(next) && next.ends_with("ed"))
            || (word(k) == "," && participle(next))
            || (comma_in_quotes && participle(word(k)))
    }

    /// How many tokens the closing quotation mark right before token `k`
    /// takes: one for `”`, `"` or `’`, two for `''`; 0 when none is there.
    fn closing_mark_before(&self, tokens: &[Token], k: usize) -> usize {
        match k.checked_sub(1).map(|j| self.word(tokens[j])) {
            Some("”" | "\"" | "’") => 1,
            Some("'") if k >= 2 && self.word(tokens[k - 2]) == "'" => 2,
            _ => 0,
        }
    }

    /// Whether `stop short of` comes right before token `c` (`stopped
    /// short of endorsing`, `stops short of fully endorsing`): the
    /// participle there is the clause's subject's, as one of means is.
    fn stops_short_before(&self, tokens: &[Token], c: usize) -> bool {
        let word_at = |k: usize| self.word(tokens[k]);
        // (An adverb between: `short of fully endorsing`.)
        let of = match c >= 4 && word_at(c - 1).ends_with("ly") {
            true => c - 2,
            false => c.saturating_sub(1),
        };
        of >= 2
            && word_at(of) == "of"
            && word_at(of - 1) == "short"
            && lower_in(&["stop", "stops", "stopped", "stopping"], word_at(of - 2))
    }

    /// Whether the cue at token `c` is a participle (`saying`, `adding`);
    /// `according` is not one.
    fn participle_cue(&self, tokens: &[Token], c: usize) -> bool {
        let word = self.word(tokens[c]);
        word.ends_with("ing") && !word.eq_ignore_ascii_case("according")
    }

    /// Index of the token where `span` starts.
    fn token_of(&self, tokens: &[Token], span: Span) -> usize {
        tokens.partition_point(|t| t.span.start < span.start)
    }

    /// Where a clause ends after its last quotation: at `;`, or at a comma
    /// opening another clause (`, and lawmakers agreed`, `, which …`), or
    /// before a second speech tag (`, he added`, `and said`).
    fn clause_break(&self, tokens: &[Token], from: usize, to: usize) -> Option<usize> {
        (from..to).find(|&k| {
            let word = self.word(tokens[k]);
            let next = tokens.get(k + 1).map_or("", |t| self.word(*t));
            word == ";"
                || (k == from && self.participle_at(tokens, k))
                // `… “crazy” and said the party is doomed`, `… “safe” before
                // claiming …`: a second verb of speech.
                || (lower_in(&["and", "but"], word) && self.speech_cue(tokens, k + 1).is_some())
                || (lower_in(&["before", "while"], word)
                    && k + 1 < to
                    && self.participle_at(tokens, k + 1))
                // `… “weak,” but he also noted …`, `… and Jo Park says …`:
                // a new subject with a verb of speech.
                || (lower_in(&["and", "but"], word)
                    && (PRONOUNS.contains(next) || is_capitalised(next))
                    && (k + 2..(k + 5).min(to))
                        .find(|&j| self.speech_cue(tokens, j).is_some())
                        .is_some_and(|j| {
                            self.subject_before(tokens, j, k + 1)
                                .is_some_and(|(mention, _)| mention.start == tokens[k + 1].span.start)
                        }))
                // `, and lawmakers agreed`, but not `, but that …`, a second
                // reported clause.
                || (word == ","
                    && lower_in(
                        &[
                            "and", "but", "while", "which", "though", "although", "whereas",
                        ],
                        next,
                    )
                    && tokens.get(k + 2).is_none_or(|t| self.word(*t) != "that"))
                // `… “true,” but in their report they …`, `… “true,” but he
                // …`: a new subject after the same comma inside the closing
                // quotation mark.
                || (word == "but"
                    && k >= 2
                    && self.word(tokens[k - 2]) == ","
                    && matches!(self.word(tokens[k - 1]), "”" | "\"" | "''" | "’")
                    && tokens[k - 1].span.start == tokens[k - 2].span.end
                    && tokens[k].span.start > tokens[k - 1].span.end
                    && (PRONOUNS.contains(next) || self.phrase_then_subject_at(tokens, k + 1, to)))
                // (`, had expressed`: a verb of the clause, after an
                // appositive or a place, is no tag.)
                || (word == ","
                    && (k + 1..(k + 4).min(to)).any(|j| {
                        self.speech_cue(tokens, j).is_some()
                            && (j == k + 1
                                || !tokens[k + 1..j]
                                    .iter()
                                    .all(|t| FINITE_AUXILIARIES.contains(self.word(*t))))
                    }))
                // `… “non-entities,” but he gave …`: a new subject with
                // its verb; `… “a prayer” but did not say …`: a second verb
                // of the tag's speaker.
                || (word == "but"
                    && ((lower_in(SUBJECT_PRONOUNS, next)
                        && tokens.get(k + 2).is_some_and(|t| {
                            let verb = self.word(*t);
                            reported::is_finite(verb)
                                || verb.ends_with("n’t")
                                || verb.ends_with("n't")
                        }))
                        || lower_in(&["did", "does", "do", "didn’t", "didn't"], next)))
                // `… as a “disgrace” after she attacked the police`: what
                // happened before, in a clause of its own, is the writer's.
                || (word.eq_ignore_ascii_case("after")
                    && (PRONOUNS.contains(next) || is_capitalised(next))
                    && (k + 2..(k + 5).min(to)).any(|j| {
                        let verb = self.word(tokens[j]);
                        !is_capitalised(verb) && reported::is_past(verb)
                    }))
        })
    }

    /// Whether token `k` is a speech cue in `-ing`.
    fn participle_at(&self, tokens: &[Token], k: usize) -> bool {
        self.word(tokens[k]).ends_with("ing") && self.speech_cue(tokens, k).is_some()
    }

    /// Whether a participle cue follows the comma at token `comma`, right
    /// after it or past one or two adverbs (`, adding`, `, falsely
    /// claiming`), before token `end`.
    fn participle_after_comma(&self, tokens: &[Token], comma: usize, end: usize) -> bool {
        (comma + 1..end.min(comma + 4)).any(|k| {
            self.participle_at(tokens, k)
                && (k == comma + 1 || self.words_before_adverbs(tokens, comma, k) == Some(comma))
        })
    }

    /// Whether token `k` is a second cue joined to what comes before (`,
    /// adding`, `and added`, `before asking`, `on “Today,” adding`).
    fn joined_cue(&self, tokens: &[Token], k: usize) -> bool {
        let Some(before) = k.checked_sub(1) else {
            return false;
        };
        let mark = self.closing_mark_before(tokens, k);
        let joined = match mark {
            0 => lower_in(
                &[",", "and", "before", "after", "while", "then"],
                self.word(tokens[before]),
            ),
            _ => k > mark && self.word(tokens[k - mark - 1]) == ",",
        };
        joined && self.speech_cue(tokens, k).is_some()
    }

    /// `…, adding, “…”` or `… and added: “…”`: a participle or a second
    /// verb before the quotation, reporting for the previous tag's speaker.
    fn continued_tag(
        &self,
        tokens: &[Token],
        floor: usize,
        to: usize,
        previous: Option<&Tag>,
    ) -> Option<Tag> {
        let previous = previous?;
        let c = (floor.max(1)..to)
            .rev()
            .find(|&k| self.joined_cue(tokens, k))?;
        // `… after she attacked the police and blamed …`: a clause with a
        // subject of its own comes between, whose verb goes on.
        let own_subject = (floor..c.saturating_sub(1)).any(|k| {
            lower_in(SUBORDINATORS, self.word(tokens[k]))
                && tokens.get(k + 1).is_some_and(|t| {
                    let word = self.word(*t);
                    PRONOUNS.contains(word) || is_capitalised(word)
                })
        });
        if own_subject {
            return None;
        }
        let (cue, mut after, _) = self.speech_cue(tokens, c)?;
        while after < to && matches!(self.word(tokens[after]), "," | ":") {
            after += 1;
        }
        Some(Tag::new(
            cue,
            previous.mention,
            previous.name_words.clone(),
            (c - 1, after),
        ))
    }

    /// `She turned to the crowd: “…”`: a clause ending in a colon right
    /// before the quotation, whose subject (a pronoun or a name at the
    /// clause start) is the speaker.
    fn colon_introduction(&self, unit: &Unit, floor: usize, i: usize) -> Option<Tag> {
        let tokens = unit.tokens;
        let colon = unit.starts[i]
            .checked_sub(1)
            .filter(|&k| k >= floor && self.word(tokens[k]) == ":")?;
        self.colon_subject(tokens, floor, colon)
    }

    /// Where the claim of a name line ends (`Bernie Sanders: ‘Of Course’
    /// Roe Is Qualified`): the sentence's last word, when `tag` is a name
    /// alone before the colon opening quotation `i` and words go on after
    /// the quotation.
    fn label_claim_end(&self, unit: &Unit, tag: &Tag, i: usize) -> Option<usize> {
        let tokens = unit.tokens;
        let sentence_start = unit.sentence_start_token(unit.starts[i]);
        let colon = unit.starts[i] - 1;
        let label = tag.mention.start == tokens[sentence_start].span.start
            && tag.mention.end == tokens[colon - 1].span.end;
        let end = unit.trim_end(self.text, unit.clause_end(unit.ends[i] - 1), unit.ends[i]);
        (label && (unit.ends[i]..end).any(|k| tokens[k].is_word && !unit.quoted(k))).then_some(end)
    }

    /// The tag of a clause from token `floor` to the colon at `colon`
    /// that introduces a quotation: its subject, a pronoun or a name at
    /// the clause start, speaks (`She turned to the crowd:`, `Park issued
    /// the following statement:`).
    fn colon_subject(&self, tokens: &[Token], floor: usize, colon: usize) -> Option<Tag> {
        let mut floor = floor;
        while floor < colon
            && (!tokens[floor].is_word || CLAUSE_OPENERS.contains(self.word(tokens[floor])))
        {
            floor += 1;
        }
        // `HEADLINE - Jane Roe: “…”`: a name right before the colon.
        if let Some(dash) = (floor..colon)
            .rev()
            .find(|&k| self.word(tokens[k]) == "-" || is_dash(self.word(tokens[k])))
        {
            floor = dash + 1;
        }
        let mut floor = self.skip_clause_opening(tokens, floor, colon);
        // `According to HuffPo: “…”`
        let according_to = floor + 2 < colon
            && self.word(tokens[floor]).eq_ignore_ascii_case("according")
            && self.word(tokens[floor + 1]) == "to";
        if according_to {
            floor += 2;
        }
        // (`BREAKING: “…”`, `Watch: “…”`: a label, no speaker.)
        if colon == floor + 1 && reported::is_label(self.word(tokens[floor])) {
            return None;
        }
        // `More from Park: “…”`: the one the words are from.
        if floor + 2 < colon
            && self.word(tokens[floor]).eq_ignore_ascii_case("more")
            && self.word(tokens[floor + 1]) == "from"
        {
            floor += 2;
        }
        let mut end = self.name_after(tokens, floor, colon)?;
        // `Park’s message: “…”`, `Park’s curt reply was: “…”`, `Park’s
        // message was clear: “…”`: the possessor of the words speaks.
        let described = |from: usize| {
            colon - from <= 2
                && tokens[from..colon].iter().all(|t| {
                    let word = self.word(*t);
                    t.is_word && !is_capitalised(word)
                })
        };
        let stated = (end == colon
            || (end < colon
                && lower_in(reported::BE_FORMS, self.word(tokens[end]))
                && described(end + 1)))
            && STATED_NOUNS.contains(self.word(tokens[end - 1]));
        let possessor = stated
            .then(|| {
                (floor..end - 1)
                    .rev()
                    .take_while(|&k| {
                        let word = self.word(tokens[k]);
                        is_possessive(word) || (tokens[k].is_word && !is_capitalised(word))
                    })
                    .find(|&k| is_possessive(self.word(tokens[k])))
            })
            .flatten();
        if let Some(possessor) = possessor {
            end = possessor + 1;
        }
        let words: Vec<Span> = word_spans(&tokens[floor..end]);
        let first = self.word(tokens[floor]);
        let named =
            PRONOUNS.contains(first) || words.iter().any(|&w| is_capitalised(&self.text[w]));
        if !named {
            return None;
        }
        // `Chris Park, The Daily Star: “…”`, `Jo Roe, author: “…”`: a name
        // line with its outlet or role; the mention runs to the colon.
        let outlet = self.word(tokens[end]) == ","
            && end + 1 < colon
            && colon - end <= MAX_APPOSITIVE_TOKENS
            && tokens[end + 1..colon].iter().all(|t| t.is_word);
        let label_end = if outlet { colon } else { end };
        let mention = Span::new(tokens[floor].span.start, tokens[label_end - 1].span.end);
        let cue = match according_to {
            true => Cue::speech(
                Span::new(tokens[floor - 2].span.start, tokens[floor - 1].span.end),
                "according to",
            ),
            false => Cue::speech(tokens[colon].span, ":"),
        };
        Some(Tag {
            cue,
            mention,
            name_words: words,
            addressee: None,
            tokens: (floor, colon + 1),
            according_to,
        })
    }

    /// `PENCE:` opening the words of a quotation at `content`: a speaker's
    /// label in a transcript quoted whole (up to three words in capitals).
    /// The tag, and where the turn's words start.
    fn turn_label(&self, tokens: &[Token], content: Span) -> Option<(Tag, usize)> {
        let first = tokens.partition_point(|t| t.span.start < content.start);
        let colon = (first..(first + 4).min(tokens.len()))
            .find(|&k| self.word(tokens[k]) == ":")
            .filter(|&k| k > first)?;
        let label = &tokens[first..colon];
        let shouted = label.iter().all(|t| {
            let word = self.word(*t);
            t.is_word
                && word.chars().any(char::is_uppercase)
                && !word.chars().any(char::is_lowercase)
        });
        let words_after = tokens[colon + 1..]
            .iter()
            .take_while(|t| t.span.end <= content.end)
            .filter(|t| t.is_word)
            .take(3)
            .count();
        // (`VIDEO:`, `UPDATE:`: a label, no speaker.)
        let not_source = label.len() == 1 && reported::is_label(self.word(label[0]));
        if !shouted || words_after < 3 || not_source {
            return None;
        }
        let mention = Span::new(label[0].span.start, label[label.len() - 1].span.end);
        let tag = Tag::new(
            Cue::speech(tokens[colon].span, ":"),
            mention,
            word_spans(label),
            (first, colon + 1),
        );
        Some((tag, tokens[colon + 1].span.start))
    }

    /// A sentence `— Jane Roe, Ohio.` opening the paragraph after a
    /// quote-only paragraph whose quote has no tag: a byline naming its
    /// speaker. Returns whether sentence `s` was one.
    fn byline(&mut self, s: usize) -> bool {
        let sentence = self.sentences[s];
        let opens_with_dash = self.text[sentence.span]
            .trim_start()
            .starts_with(['-', '—', '–']);
        let untagged = self.quotes.last().is_some_and(|quote| {
            quote.cue.is_none()
                && self.sentences[quote.sentence].paragraph + 1 == sentence.paragraph
                && (s == 0 || self.sentences[s - 1].paragraph < sentence.paragraph)
        });
        if !(opens_with_dash && untagged) {
            return false;
        }
        let mut tokens = Vec::new();
        tokenize(self.text, sentence.span, &mut tokens);
        let Some(name_end) = self.noun_phrase_after(&tokens, 1, tokens.len()) else {
            return false;
        };
        let tag = Tag::new(
            Cue::speech(tokens[0].span, "—"),
            Span::new(tokens[1].span.start, tokens[name_end - 1].span.end),
            word_spans(&tokens[1..name_end]),
            (0, name_end),
        );
        let attribution = self.link(&tag);
        if let Some(quote) = self.quotes.last_mut() {
            quote.attribution = Some(attribution);
            quote.cue = Some(tag.cue);
        }
        true
    }

    /// `“…,” X said`, `“…,” said X`, `“…” — X`, `“…,” according to X`,
    /// after quotation `i`, with its cue before token `next` (the next
    /// quotation). The tag runs to the end of its clause.
    fn trailing_tag(&self, unit: &Unit, i: usize, next: usize) -> Option<Tag> {
        let tokens = unit.tokens;
        let from = unit.ends[i];
        let mut k = from;
        while k < next && !tokens[k].is_word {
            let word = self.word(tokens[k]);
            if is_dash(word) && k + 1 < next {
                // Dash byline: the rest of the clause is the speaker, a
                // name with its appositive (not `— the crowd cheered.`).
                let name_end = self.noun_phrase_after(tokens, k + 1, next)?;
                let end = unit.clause_end(name_end);
                let name_ends_clause = name_end >= end
                    || !tokens[name_end].is_word
                    || unit.trim_end(self.text, end, name_end) <= name_end;
                if !name_ends_clause {
                    return None;
                }
                let mention = Span::new(
                    tokens[k + 1].span.start,
                    tokens[unit.trim_end(self.text, end, k + 1) - 1].span.end,
                );
                let cue = Cue::speech(tokens[k].span, "—");
                let name_words = word_spans(&tokens[k + 1..name_end]);
                return Some(Tag::new(cue, mention, name_words, (from, end)));
            }
            if matches!(word, "." | "?" | "!" | ";") && !unit.quoted(k) {
                return None;
            }
            k += 1;
        }
        // The quotation must end in punctuation (`“…,” X said`), unlike a
        // title (`his “Keepin' It Real” show, who said`); a long one may
        // lack its comma when the tag follows at once (`“…” said X`).
        if !unit.punctuated(self.text, i) {
            let content = unit.quotations[i].content;
            let long = self.text[content].split_whitespace().count() >= MIN_UNPUNCTUATED_WORDS;
            let adjacent = (k..(k + 4).min(next)).any(|c| self.speech_cue(tokens, c).is_some());
            if !(long && adjacent) {
                return None;
            }
        }
        // `Roe called the lines “unacceptable.” Park wrote a letter …`: a
        // quotation closing the writer's sentence with its period is
        // followed by a new sentence, not by its tag.
        let closes_sentence = self.text[unit.quotations[i].content]
            .trim_end()
            .ends_with(['.', '?', '!']);
        let embedded = unit.starts[i] > unit.sentence_start_token(unit.starts[i]);
        if closes_sentence && embedded && k < next && is_capitalised(self.word(tokens[k])) {
            return None;
        }
        // `On CBS’s “Face the Nation,” Ryan said …`: a title is no quote
        // (but the last quotation of a quote may be one: `…, made famous
        // in “Airplane!”, Roe wrote`).
        let sentence_start = unit.sentence_start_token(unit.starts[i]);
        let first_in_sentence = i == 0 || unit.ends[i - 1] <= sentence_start;
        if embedded && first_in_sentence && self.title_after_preposition(unit, i, sentence_start) {
            return None;
        }
        // `“…,” as Ruiz put it.`
        if k < next && self.word(tokens[k]) == "as" {
            k += 1;
        }
        // `X called Y a “…,” saying …`: a participle after a quotation
        // its clause already attributes is a report of its own.
        let lead_from = unit
            .sentence_start_token(unit.starts[i])
            .max(unit.starts[i].saturating_sub(LEAD_WINDOW));
        // So is one with a clause of its own after a quotation inside the
        // writer's clause (`Park delivered a defense of “New York
        // values,” saying the city …`).
        if k < next
            && self.participle_cue(tokens, k)
            && (self
                .leading_tag(tokens, lead_from, unit.starts[i])
                .is_some()
                || (embedded
                    && (self.clause_after_participle(tokens, k + 1, next)
                        // (`, telling Fox 35 that …`)
                        || self.addressee_end(tokens, k + 1, next).is_some_and(|a| {
                            tokens.get(a).is_some_and(|t| self.word(*t) == "that")
                        }))))
        {
            return None;
        }
        let limit = (k + MAX_TAG_GAP).min(next);
        // `X said`, `X, a spokesman, said`: the subject fills the gap; a
        // cue inside the gap (`Cruz, who has proposed …, said`) is not the
        // tag's.
        let ((cue, cue_end, according_to), gap_subject) = (k..limit.min(unit.clause_end(k)))
            .filter(|&c| !unit.quoted(c))
            .filter_map(|c| Some((c, self.speech_cue(tokens, c)?)))
            .find_map(|(c, found)| match c == k {
                // `said X`, but a participle's object is no speaker (`,
                // saying the city …`): the subject of its clause speaks.
                true if self.participle_cue(tokens, c) => self
                    .clause_subject(tokens, unit.sentence_start_token(c), c)
                    .map(|s| (found, Some(s))),
                true => Some((found, None)),
                false => self.gap_subject(tokens, k, c).map(|s| (found, Some(s))),
            })?;
        let mut clause_end = unit.clause_end(cue_end);
        // `In an interview on “Face the Nation,” Ryan said the plan …`:
        // the verb reports the clause after it, not the quotation before.
        // So does a verb with a whole clause after it, when the quotation
        // is inside a clause of its own (`Even as Roe claimed that “…,”
        // Park said the two cases were different`).
        // (Nor is a cue right after a quotation inside the writer's clause
        // inverted when a clause follows it: `Jo Park, host of “Today,”
        // suggested the plan could fail`.)
        // (So does one with a bare answer: `Asked whether Roe “…,” most
        // said yes`.)
        let answer = tokens
            .get(cue_end)
            .is_some_and(|t| lower_in(&["yes", "no"], self.word(*t)))
            && self.answer_ends_at(tokens, cue_end + 1);
        let clause_after = embedded && (self.bare_clause_at(tokens, cue_end, clause_end) || answer);
        // (Nor after a quotation inside an opening phrase, a verb taking a
        // stance on an object: `Bemoaning the “phony system,” Trump
        // accused Holt of …`.)
        let object_after = embedded
            && gap_subject.is_some()
            && reported::takes_stance(&cue.lemma)
            && tokens.get(cue_end).is_some_and(|t| {
                let word = self.word(*t);
                t.is_word
                    && !self.time_word(word)
                    && !self.month(word)
                    && (is_capitalised(word)
                        || DETERMINERS.contains(word)
                        || is_possessive(word)
                        || lower_in(reported::OBJECT_PRONOUNS, word))
            });
        // (Nor after a quotation inside a phrase opening the sentence with a
        // participle of speech, whose quotation it is: `Recalling “…,” the
        // statement urged …`.)
        let opening_participle = embedded
            && gap_subject.is_some()
            && self.participle_cue(tokens, sentence_start)
            && self.speech_cue(tokens, sentence_start).is_some()
            && (sentence_start..unit.starts[i]).all(|k| self.word(tokens[k]) != ",");
        if object_after || opening_participle {
            return None;
        }
        let that_clause =
            self.word(tokens[cue_end.min(tokens.len() - 1)]) == "that" && cue_end + 1 < clause_end;
        if clause_after || (gap_subject.is_some() && that_clause) {
            return None;
        }
        // `“…,” Trump said in August after Nabisco announced it would
        // move jobs`: a clause of time with a report of its own ends the
        // tag.
        // (Looked for within a tag's reach, so that a clause of many
        // quotations stays linear.)
        let reach = clause_end.min(cue_end + MAX_TAG_GAP);
        if gap_subject.is_some()
            && let Some(conjunction) = (cue_end..reach).find(|&k| {
                lower_in(
                    &["after", "when", "before", "because", "since"],
                    self.word(tokens[k]),
                )
            })
            && (conjunction + 2..reach).any(|k| self.speech_cue(tokens, k).is_some())
        {
            clause_end = conjunction;
        }
        let (mention, name_words) = if let Some(subject) = gap_subject {
            subject
        } else {
            // `said X, a spokesman for Y.`: the rest of the clause names the speaker.
            let name_end = self.noun_phrase_after(tokens, cue_end, next)?;
            // (After a quotation inside the writer's clause, only a speaker:
            // `Roe, who estimates costs were “high,” described the impact
            // as …`.)
            let head = self.word(tokens[name_end - 1]);
            // (Nor is the object of a stance, which goes on after it:
            // `Washington, star of “Scandal,” thanked Obama for …`.)
            let object_goes_on = reported::takes_stance(&cue.lemma)
                && tokens.get(name_end).is_some_and(|t| t.is_word);
            if embedded && (!speaker_like(head) || object_goes_on) && !according_to {
                return None;
            }
            let mention_end = self.mention_end(unit, cue_end, name_end, clause_end.min(next));
            // `said Jo Park, who said she …`: the relative clause reports
            // speech of its own, outside the tag; so after a place (`said
            // Jo Park, 24, from Salem, who said …`).
            if let Some(relative) = (mention_end
                ..clause_end.min(mention_end + MAX_APPOSITIVE_TOKENS))
                .find(|&k| self.relative_cue_at(tokens, k, clause_end))
            {
                clause_end = relative;
            }
            let mention = Span::new(tokens[cue_end].span.start, tokens[mention_end - 1].span.end);
            (mention, word_spans(&tokens[cue_end..name_end]))
        };
        Some(Tag {
            cue,
            mention,
            name_words,
            addressee: None,
            tokens: (from, clause_end),
            according_to,
        })
    }

    /// The subject filling tokens `from..cue_at` exactly: a noun phrase,
    /// optionally followed by an appositive between commas or a
    /// parenthesis (`Sen. Ann Roe (D-Ore.)`). Adverbs before the cue are
    /// left out.
    fn gap_subject(
        &self,
        tokens: &[Token],
        from: usize,
        cue_at: usize,
    ) -> Option<(Span, Vec<Span>)> {
        let mut end = cue_at;
        // (`“…,” Theresa May said`, `“…,” Will wrote`: after a quotation,
        // a capitalised auxiliary is a name, but not in a headline.)
        let name_like = |word: &str| is_capitalised(word) && !self.in_title_case();
        while end > from
            && tokens[end - 1].is_word
            && self.is_adverb(self.word(tokens[end - 1]))
            && !name_like(self.word(tokens[end - 1]))
        {
            end -= 1;
        }
        if end <= from || end - from > MAX_GAP_SUBJECT_TOKENS {
            return None;
        }
        // `“…,” people who know him said`
        if let Some(found) = self
            .antecedent_of_restrictive_relative(tokens, from, cue_at)
            .filter(|(mention, _)| mention.start == tokens[from].span.start)
        {
            return Some(found);
        }
        let first_word = self.word(tokens[from]);
        let given_name = GIVEN_NAMES_LIKE_STOP_WORDS.contains(&first_word) && name_like(first_word);
        if end - from == 1 && (PRONOUNS.contains(first_word) || given_name) {
            return Some((tokens[from].span, vec![tokens[from].span]));
        }
        // `her aide Jo Park said`: a possessive determiner opens a subject,
        // as does a bound (`about 60 percent of voters said`, `at least
        // 30 said`).
        let opens_subject = DETERMINERS.contains(first_word)
            || lower_in(QUANTITY_BOUNDS, first_word)
            || first_word.eq_ignore_ascii_case("at");
        if !tokens[from].is_word || (is_stop_word(first_word) && !opens_subject) {
            return None;
        }
        // (`“…,” Park, Roe and the mayor said`: a list of subjects.)
        if self.listed_subjects_end(tokens, from, end) == Some(end) {
            let mention = Span::new(tokens[from].span.start, tokens[end - 1].span.end);
            return Some((mention, word_spans(&tokens[from..end])));
        }
        // The name: up to the first comma or parenthesis.
        let name_end = (from..end)
            .find(|&k| matches!(self.word(tokens[k]), "," | "("))
            .unwrap_or(end);
        // (`“…,” Park and the mayor said`: two subjects joined by `and`.)
        let phrase_start = self.noun_phrase_start(tokens, name_end, from);
        let joined = phrase_start.is_some_and(|start| {
            start > from + 1
                && self.word(tokens[start - 1]) == "and"
                && self.noun_phrase_start(tokens, start - 1, from) == Some(from)
        });
        if name_end == from || (phrase_start != Some(from) && !joined) {
            return None;
        }
        // `X, a spokesman, said` but not `X, state Del. Y` (an empty appositive).
        if name_end < end && !matches!(self.word(tokens[end - 1]), "," | ")")
            || name_end + 1 == end && self.word(tokens[name_end]) == ","
        {
            return None;
        }
        let mention_last = if self.circumstance_after(tokens, name_end, end) {
            // `X, in an interview, said`: the name alone.
            name_end - 1
        } else if self.word(tokens[end - 1]) == "," {
            end - 2
        } else {
            end - 1
        };
        let mention = Span::new(
            tokens[from].span.start,
            tokens[mention_last.max(from)].span.end,
        );
        let words = word_spans(&tokens[from..name_end]);
        Some((mention, words))
    }

    /// Where a list of three or more noun phrases from token `from`
    /// ends, before `to`: commas between them, `and` before the last
    /// (`Park, Roe and the mayor`, `Park, Roe, and Lee`).
    fn listed_subjects_end(&self, tokens: &[Token], from: usize, to: usize) -> Option<usize> {
        // (Within a subject's reach, and a comma and `and` first, so that
        // most spans are ruled out at once.)
        let to = to.min(tokens.len()).min(from + MAX_GAP_SUBJECT_TOKENS);
        let window = &tokens[from..to];
        if !(window.iter().any(|t| self.word(*t) == ",")
            && window.iter().any(|t| self.word(*t) == "and"))
        {
            return None;
        }
        let mut k = from;
        let mut items = 0;
        loop {
            let item_end = self.noun_phrase_after(tokens, k, to)?;
            items += 1;
            let next = tokens.get(item_end).filter(|_| item_end < to);
            match next.map(|t| self.word(*t)) {
                Some(",")
                    if tokens
                        .get(item_end + 1)
                        .is_some_and(|t| self.word(*t) == "and") =>
                {
                    k = item_end + 2;
                    break;
                }
                Some(",") => k = item_end + 1,
                Some("and") => {
                    k = item_end + 1;
                    break;
                }
                _ => return None,
            }
        }
        let last_end = self.noun_phrase_after(tokens, k, to)?;
        (items >= 2).then_some(last_end)
    }

    /// Where an inverted speaker mention (`said X, …`) ends: before a
    /// participle clause (`, adding`, `, citing`) or at the clause end.
    fn mention_end(&self, unit: &Unit, start: usize, name_end: usize, clause_end: usize) -> usize {
        let tokens = unit.tokens;
        // `said Rep. Jo Park (D-Ohio) at the time`: the parenthesis
        // belongs to the name.
        let name_end = match tokens.get(name_end).map(|t| self.word(*t)) {
            Some("(") => (name_end..clause_end.min(name_end + 8))
                .find(|&j| self.word(tokens[j]) == ")")
                .map_or(name_end, |close| close + 1),
            _ => name_end,
        };
        let mut k = name_end;
        // Inside a relative clause (`Jo Park, who served as mayor after
        // the war`), time and manner words belong to the mention.
        let mut relative = false;
        while k < clause_end {
            let word = self.word(tokens[k]);
            relative |= lower_in(PERSON_RELATIVES, word);
            if !relative && lower_in(&["when", "after", "before", "while", "as"], word) {
                break;
            }
            // `said an official who oversaw the case and described it as
            // “…”`: a second verb of speech reports its own quotation.
            if lower_in(&["and", "but"], word)
                && self.speech_cue(tokens, k + 1).is_some()
                && (k + 2..tokens.len().min(k + MAX_TAG_GAP)).any(|j| unit.quoted(j))
            {
                break;
            }
            // `said Paul Ryan in a statement`: the circumstances of the
            // saying, not the speaker.
            if k == name_end
                && k > start
                && (is_capitalised(self.word(tokens[k - 1])) || self.word(tokens[k - 1]) == ")")
                && !is_capitalised(word)
                && MENTION_ENDING_PREPOSITIONS.contains(word)
            {
                break;
            }
            if word == "," {
                let next = tokens.get(k + 1).map(|t| self.word(*t)).unwrap_or("");
                // `, adding`, `, and`, or `, who added that …`; `, which
                // filed a challenge`: a clause about something else; `, on
                // his first day`: circumstances.
                // `…, said Jo Park, an expert, would read this as …`: the
                // sentence goes on with its verb.
                let verb = FINITE_AUXILIARIES.contains(next);
                if next.ends_with("ing")
                    || verb
                    || lower_in(&["and", "but", "while", "as", "which"], next)
                    || self.relative_cue_at(tokens, k, clause_end)
                    || (!relative && MENTION_ENDING_PREPOSITIONS.contains(next))
                    || (k + 1 < clause_end && self.discourse_aside(tokens, k + 1))
                {
                    break;
                }
            }
            k += 1;
        }
        unit.trim_end(self.text, k, start)
    }

    /// Whether the comma or `and` at `k` opens a relative clause with a
    /// speech cue of its own (`, who said …`, `, who later told …`, `and
    /// who hoped …`), or the next item of a list of people each with
    /// theirs (`centrists angry about the war, radicals who wanted …`).
    fn relative_cue_at(&self, tokens: &[Token], k: usize, clause_end: usize) -> bool {
        let word_at = |j: usize| tokens.get(j).map_or("", |t| self.word(*t));
        let relative_at = |j: usize| lower_in(&["who", "which"], word_at(j));
        let item = word_at(k) == ","
            && tokens.get(k + 1).is_some_and(|t| t.is_word)
            && !is_stop_word(word_at(k + 1))
            && word_at(k + 2) == "who";
        let pronoun = match item {
            true => k + 2,
            false => k + 1,
        };
        matches!(word_at(k), "," | "and")
            && relative_at(pronoun)
            && (pronoun + 1..(pronoun + 4).min(clause_end))
                .any(|j| self.speech_cue(tokens, j).is_some())
    }

    fn is_adverb(&self, word: &str) -> bool {
        BETWEEN_SUBJECT_AND_CUE.contains(word)
            || (word.ends_with("ly")
                && word.len() > 4
                && !is_capitalised(word)
                // `The family said`: nouns in -ly.
                && !lower_in(
                    &[
                        "family", "assembly", "rally", "supply", "monopoly", "anomaly", "bully",
                        "daily", "weekly", "monthly",
                    ],
                    word,
                )
                // `called him cowardly`: adjectives in -ly.
                && !ADJECTIVES_IN_LY.contains(word))
    }

    /// `X said: “…”`, `X told reporters, “…”`, `X said the plan is “…”`:
    /// the last speech cue before the quotation with its subject.
    /// A verb cue is preferred to a noun after a possessive: in `Roe said
    /// Park’s claims were “absurd”`, Roe speaks.
    fn leading_tag(&self, tokens: &[Token], from: usize, to: usize) -> Option<Tag> {
        let tag = (from..to)
            .rev()
            .filter(|&c| !self.possessed_noun_cue(tokens, c))
            .find_map(|c| self.leading_tag_at(tokens, c, from, to))
            .or_else(|| {
                (from..to)
                    .rev()
                    .filter(|&c| self.possessed_noun_cue(tokens, c))
                    .find_map(|c| self.leading_tag_at(tokens, c, from, to))
            })?;
        // `Park said the way the board criticized farmers who complained
        // “…”`: each tag inside another's content gives way to it.
        let mut tag = tag;
        for _ in 0..MAX_NESTED_TAGS {
            match self
                .outer_cue(tokens, from, &tag)
                .and_then(|k| self.leading_tag_at(tokens, k, from, to))
            {
                Some(outer) if outer.tokens.0 < tag.tokens.0 => tag = outer,
                _ => break,
            }
        }
        Some(tag)
    }

    /// The cue of an outer tag whose content holds `tag`, which then
    /// reports for the outer speaker.
    fn outer_cue(&self, tokens: &[Token], from: usize, tag: &Tag) -> Option<usize> {
        let is_cue = |k: usize| self.speech_cue(tokens, k).is_some();
        // `Roe says she admired his courage through what she calls “…”`: a
        // name given with `what` inside the clause an earlier cue reports.
        let subject = self.token_of(tokens, tag.mention);
        if subject > from && self.names_with_what(tokens, subject, &tag.cue.lemma) {
            return (from..subject - 1)
                .rev()
                .take_while(|&k| {
                    let word = self.word(tokens[k]);
                    tokens[k].is_word && !matches!(word, "and" | "but" | "or")
                })
                .find(|&k| is_cue(k) && self.subject_before(tokens, k, from).is_some());
        }
        // `Bush said history has shown the need for “…”`; `Park declared
        // in an interview that he found …`: the outer cue may stand a few
        // words before `that`.
        let before = tag.tokens.0.checked_sub(1).filter(|&k| k >= from);
        // `went on to say that, because Comey testified that …`: a clause
        // of reason or time opening the content of the cue before.
        let before = match before {
            Some(k)
                if k >= from + 2
                    && lower_in(SUBORDINATORS, self.word(tokens[k]))
                    && self.word(tokens[k - 1]) == ","
                    && self.word(tokens[k - 2]) == "that" =>
            {
                Some(k - 2)
            }
            _ => before,
        };
        let right_before = match before {
            Some(k) if self.word(tokens[k]) == "that" => (from.max(k.saturating_sub(10))..k)
                .rev()
                .take_while(|&j| tokens[j].is_word)
                .find(|&j| is_cue(j)),
            Some(k) => Some(k).filter(|&k| is_cue(k)),
            None => None,
        };
        if right_before.is_some() {
            return right_before;
        }
        let mention = &self.text[tag.mention];
        // `Roe mocked the claim, saying anyone who complains “…”`: a
        // relative clause inside another tag's content is not the tag.
        if lower_in(&["who", "which", "that"], mention)
            && let Some(k) = (from..tag.tokens.0).rev().find(|&k| is_cue(k))
        {
            // (But not when the relative clause, set off by a comma,
            // follows the outer cue's object: `echoed Roe, who told
            // reporters that “…”`.)
            let comma = tag.tokens.0.checked_sub(1);
            let object_then_relative = comma.is_some_and(|comma| {
                self.word(tokens[comma]) == ","
                    && self.speech_cue(tokens, k).is_some_and(|(_, after, _)| {
                        self.addressee_end(tokens, after, comma + 1) == Some(comma)
                    })
            });
            return (!object_then_relative).then_some(k);
        }
        // `Park said she found the plan “…”`, `Park said, she found …`: a
        // pronoun opening the content of the cue right before it.
        let pronoun_at = self.token_of(tokens, tag.mention);
        if !(PRONOUNS.contains(mention) && pronoun_at == tag.tokens.0 && pronoun_at > from) {
            // `Stevens said the way the campaign disparaged women “…”`: a
            // tag inside the clause an earlier cue reports, with no break
            // between them; a subject joined to the mention is none (`Park
            // said she and her aides called it “…”`).
            let mut subject_start = tag.tokens.0;
            if subject_start >= from + 2
                && pronoun_at == subject_start
                && self.word(tokens[subject_start - 1]) == "and"
                && (lower_in(SUBJECT_PRONOUNS, self.word(tokens[subject_start - 2]))
                    || is_capitalised(self.word(tokens[subject_start - 2])))
            {
                subject_start -= 2;
            }
            return (from..subject_start)
                .rev()
                .take_while(|&k| {
                    let word = self.word(tokens[k]);
                    tokens[k].is_word && !matches!(word, "and" | "but" | "or")
                })
                .find(|&k| is_cue(k) && self.subject_before(tokens, k, from).is_some());
        }
        let mut k = pronoun_at - 1;
        // `acknowledged that even she found`
        while k > from && self.is_adverb(self.word(tokens[k])) {
            k -= 1;
        }
        if matches!(self.word(tokens[k]), "that" | ",") && k > from {
            k -= 1;
        }
        if is_cue(k) {
            return Some(k);
        }
        // `Roe said, in an email, that he …`: an aside between the cue
        // and `that`.
        if self.word(tokens[k]) == ","
            && let Some(cue) = (from.max(k.saturating_sub(reported::MAX_ASIDE_TOKENS))..k)
                .rev()
                .take_while(|&j| tokens[j].is_word || self.word(tokens[j]) == ",")
                .find(|&j| self.word(tokens[j]) == ",")
                .and_then(|comma| comma.checked_sub(1))
                .filter(|&c| c >= from && is_cue(c))
        {
            return Some(cue);
        }
        // `Graham assures his audience he will tell …`: the person
        // addressed between the cue and the pronoun.
        (from.max(k.saturating_sub(MAX_ADDRESSEE_TOKENS))..k)
            .rev()
            .take_while(|&j| tokens[j].is_word)
            .find(|&j| {
                self.speech_cue(tokens, j).is_some_and(|(cue, after, _)| {
                    ADDRESSING.contains(&cue.lemma)
                        && self.noun_phrase_after(tokens, after, pronoun_at) == Some(k + 1)
                })
            })
    }

    /// Whether a cue of [`SPEAKERS_ONLY`] has a thing for subject, whose
    /// last naming word is `name_words`' last: `Voters favor Roe`, but
    /// `the map favors Roe`, `the fight echoes another`.
    fn thing_taking_sides(&self, lemma: &str, name_words: &[Span]) -> bool {
        // (A document speaks for its author: `the letter demanded …`.)
        SPEAKERS_ONLY.contains(lemma)
            && name_words.last().is_none_or(|head| {
                let head = &self.text[head.start..head.end];
                !speaker_like(head) && !is_person_noun(head) && !DOCUMENT_NOUNS.contains(head)
            })
    }

    /// Whether token `c` is a noun-like cue after a possessive (`Park’s
    /// claims`).
    fn possessed_noun_cue(&self, tokens: &[Token], c: usize) -> bool {
        c > 0
            && ["’s", "'s", "s’", "s'"]
                .iter()
                .any(|p| self.word(tokens[c - 1]).ends_with(p))
            && NOUN_LIKE_CUES.contains(self.word(tokens[c]))
    }

    /// A leading tag whose cue is token `cue_at`.
    fn leading_tag_at(
        &self,
        tokens: &[Token],
        cue_at: usize,
        from: usize,
        to: usize,
    ) -> Option<Tag> {
        let (cue, mut after, according_to) = self.speech_cue(tokens, cue_at)?;
        if self.continues_infinitive(tokens, from, cue_at) {
            return None;
        }
        // `CNN, Cruz said, called it “…”`: a verb right after a tag
        // inserted in its clause is the tag's content, not a tag.
        // (Not `…, Cruz said, adding`, a second verb of the tag.)
        let after_inserted_tag = cue_at >= 3
            && cue_at - 2 >= from
            && self.word(tokens[cue_at - 1]) == ","
            && !self.participle_cue(tokens, cue_at)
            && !self.participle_cue(tokens, cue_at - 2)
            && self
                .speech_cue(tokens, cue_at - 2)
                .is_some_and(|(cue, _, _)| cue.kind == CueKind::Speech)
            && self
                .subject_before(tokens, cue_at - 2, from)
                .is_some_and(|(mention, _)| {
                    let subject = tokens.partition_point(|t| t.span.start < mention.start);
                    subject > from && self.word(tokens[subject - 1]) == ","
                });
        if after_inserted_tag {
            return None;
        }
        // `Any reading, said Jo Park, an expert, would see “…”`: a tag
        // inserted in the clause, which is reported whole.
        let inserted = cue_at > from
            && self.word(tokens[cue_at - 1]) == ","
            && cue.kind == CueKind::Speech
            && self
                .noun_phrase_after(tokens, after, to)
                .and_then(|name_end| self.inserted_tag_after(tokens, after, name_end, to))
                .is_some();
        if inserted {
            return None;
        }
        // `Kasich’s showing will be …`: a possessed noun in -ing, which
        // takes no clause subject.
        let possessed_participle = self.participle_cue(tokens, cue_at)
            && cue_at > 0
            && ["’s", "'s"]
                .iter()
                .any(|s| self.word(tokens[cue_at - 1]).ends_with(s));
        // `X said`, or a clause subject (`…, adding`); else the inverted
        // `said X` and `according to X`, where the speaker follows the cue.
        let subject = if according_to {
            None
        } else {
            self.antecedent_of_restrictive_relative(tokens, from, cue_at)
                .or_else(|| self.subject_before(tokens, cue_at, from))
                .map(|(mention, words)| {
                    (
                        mention,
                        words,
                        tokens.partition_point(|t| t.span.start < mention.start),
                    )
                })
                .or_else(|| {
                    (!possessed_participle)
                        .then(|| self.clause_subject(tokens, from, cue_at))
                        .flatten()
                        .map(|(m, w)| (m, w, cue_at))
                })
        };
        let (mention, name_words, tag_start) = match subject {
            Some(found) => found,
            None if possessed_participle => return None,
            None if let Some((mention, words)) = self.far_subject(tokens, from, cue_at, after) => {
                let subject = tokens.partition_point(|t| t.span.start < mention.start);
                (mention, words, subject)
            }
            // `…, recalling her own experience: “…”`: a participle's
            // object is no speaker, nor a second verb's (`… and called
            // his rival “weak”`), which goes on for the previous speaker.
            None if self.participle_cue(tokens, cue_at) => return None,
            // `Trump’s comments carried …`: a possessed noun has no
            // speaker after it.
            None if self.possessed_noun_cue(tokens, cue_at) => return None,
            None if cue_at > 0
                && lower_in(&["and", "but", "then"], self.word(tokens[cue_at - 1])) =>
            {
                return None;
            }
            None => {
                let name_end = self.noun_phrase_after(tokens, after, to)?;
                // `said Ellis: “…”`, but not `X, who …, said the message
                // was “…”`, where a verb follows: the phrase is the subject
                // of the reported clause.
                if tokens.get(name_end).is_some_and(|t| t.is_word) {
                    return None;
                }
                let mention = Span::new(tokens[after].span.start, tokens[name_end - 1].span.end);
                let words = word_spans(&tokens[after..name_end]);
                after = name_end;
                (mention, words, cue_at)
            }
        };
        if self.thing_taking_sides(&cue.lemma, &name_words) {
            return None;
        }
        // The person addressed, for `told X that` and `urged X to`.
        let mut addressee = None;
        if ADDRESSING.contains(&cue.lemma)
            && let Some(end) = self.noun_phrase_after(tokens, after, to)
        {
            let next = tokens.get(end).map(|t| self.word(*t));
            if matches!(next, Some("that" | "," | ":" | "to")) || end == to {
                addressee = Some(Span::new(
                    tokens[after].span.start,
                    tokens[end - 1].span.end,
                ));
                after = end;
            }
        }
        // Punctuation between the tag and the quotation belongs to the tag.
        while after < to
            && !tokens[after].is_word
            && (matches!(self.word(tokens[after]), "," | ":") || is_dash(self.word(tokens[after])))
        {
            after += 1;
        }
        // Walk back over an introductory phrase ending with a comma (`In a statement, X said`).
        // A clause of its own before the comma (`X said A, telling
        // reporters, “…”`) stays outside the tag, for reported speech.
        // Other words before the comma (`Sooner or later, X said, “…”`)
        // are the writer's, and may be part of the quote.
        let mut tag_first = tag_start;
        let opening = (from..tag_start)
            .find(|&k| tokens[k].is_word && !CLAUSE_OPENERS.contains(self.word(tokens[k])))
            .map(|k| self.word(tokens[k]));
        let introductory = opening.is_some_and(|word| {
            INTRODUCTIONS.contains(word)
                || MENTION_ENDING_PREPOSITIONS.contains(word)
                || self.time_word(word)
                || word.ends_with("ing")
        });
        if tag_first > from
            && self.word(tokens[tag_first - 1]) == ","
            && tag_start < cue_at
            && introductory
            && !(from..tag_first - 1).any(|k| self.speech_cue(tokens, k).is_some())
            // (`In a new poll, 75 percent said “…”`: the poll vouches for
            // the quote and is looked at on its own.)
            && !(from..tag_first - 1).any(|k| POLL_NOUNS.contains(self.word(tokens[k])))
        {
            tag_first = from;
        }
        Some(Tag {
            cue,
            mention,
            name_words,
            addressee,
            tokens: (tag_first, after),
            according_to,
        })
    }

    /// Whether `word`, right before a noun-like cue form, makes it a noun:
    /// a quantifier or an adjective (`whiter`, `coastal`, `Islamophobic`, `Trumpian`),
    /// but not an adverb (`later remarks`). A possessive keeps the cue: `Mr.
    /// Roe’s claim that …` reports what Roe claimed.
    pub(super) fn modifies_noun(&self, word: &str) -> bool {
        if NOUN_MODIFIERS.contains(word) {
            return true;
        }
        let lower_case = word.chars().next().is_some_and(char::is_lowercase);
        let adjective = [
            "er", "est", "al", "ic", "ous", "ive", "ful", "ary", "ory", "ish", "less",
        ]
        .iter()
        .any(|suffix| word.ends_with(suffix));
        // (`The paper notes`, `the lawyer notes`: a noun in -er speaks.)
        let noun = is_speaker_head(word) || DOCUMENT_NOUNS.contains(word);
        lower_case && adjective && !self.is_adverb(word) && !noun
            || ((word.ends_with("ic") || word.ends_with("ian")) && is_capitalised(word))
    }

    /// Whether the writer's clause goes on after quotation `i`: a word
    /// follows its closing mark, and it does not end a sentence inside.
    fn clause_goes_on(&self, unit: &Unit, i: usize) -> bool {
        let quotation = unit.quotations[i];
        let content = &self.text[quotation.content];
        // `“We will win,” and added …`: a comma inside the marks closes the
        // quoted sentence.
        let closing = &self.text[quotation.content.end..quotation.outer.end];
        let ended = content.trim_end().ends_with(['.', '!', '?']) || closing.contains(',');
        let next = unit.ends[i];
        let tag_follows = self.speech_cue(unit.tokens, next).is_some()
            || (unit
                .tokens
                .get(next)
                .is_some_and(|t| lower_in(&["and", "but"], self.word(*t)))
                && self.speech_cue(unit.tokens, next + 1).is_some());
        !ended
            && !tag_follows
            && unit
                .tokens
                .get(next)
                .is_some_and(|t| t.is_word && !is_capitalised(self.word(*t)))
    }

    /// Whether the cue at `c` is one more verb of an infinitive or a modal
    /// begun after `from` (`pressed the US to adhere to …, respect … and
    /// oppose …`, `says he would sit Park down and tell him …`): a base
    /// form after `and` / `or` / a comma, with `to` or a modal before it.
    fn continues_infinitive(&self, tokens: &[Token], from: usize, c: usize) -> bool {
        let word = self.word(tokens[c]);
        let base_form = cue_lemma(word).is_some_and(|(lemma, _)| lemma.eq_ignore_ascii_case(word));
        // (`he would sit Putin down and tell him …`: a modal's verb
        // phrase, too.)
        let opens_verb_phrase = |word: &str| {
            lower_in(
                &[
                    "to", "would", "will", "could", "should", "can", "may", "might", "must",
                ],
                word,
            ) || word.ends_with("’d")
                || word.ends_with("'d")
        };
        base_form
            && c > from
            && lower_in(&["and", "or", ","], self.word(tokens[c - 1]))
            && (from.max(c.saturating_sub(LEAD_WINDOW))..c - 1)
                .any(|k| opens_verb_phrase(self.word(tokens[k])))
    }

    /// A quote whose cue names no speaker (`when asked whether …`).
    fn push_unattributed(&mut self, kind: QuoteKind, span: Span, sentence: usize, cue: Cue) {
        self.quotes.push(Quote {
            kind,
            span,
            parts: vec![span],
            sentence,
            attribution: None,
            cue: Some(cue),
            addressee: None,
            nested_in: None,
        });
    }

    fn push_direct(&mut self, parts: Vec<Span>, sentence: usize, tag: Option<&Tag>) {
        let span = Span::new(parts[0].start, parts[parts.len() - 1].end);
        self.push_quote(QuoteKind::Direct, span, parts, sentence, tag);
    }

    /// A quote-only unit: introduced by a colon in the previous sentence,
    /// another part of the previous direct or mixed quote (the same
    /// speaker going on in the next sentence or paragraph), or failing that a new
    /// quote continuing the previous speaker.
    fn continue_or_colon(
        &mut self,
        parts: Vec<Span>,
        sentence: usize,
        paragraph: usize,
        reopened: bool,
    ) {
        if sentence > 0 {
            let previous = self.sentences[sentence - 1];
            if self.text[previous.span].trim_end().ends_with(':') {
                let mut tokens = Vec::new();
                tokenize(self.text, previous.span, &mut tokens);
                let n = tokens.len();
                let colon = tokens.iter().rposition(|t| &self.text[t.span] == ":");
                let tag = self
                    .leading_tag(&tokens, 0, n)
                    .or_else(|| colon.and_then(|colon| self.colon_subject(&tokens, 0, colon)));
                if let Some(tag) = tag {
                    self.push_direct(parts, sentence, Some(&tag));
                    return;
                }
            }
        }
        // A paragraph of quotation alone after a direct or mixed quote goes
        // on with it.
        let after_quote = self
            .quote_going_on()
            .is_some_and(|q| matches!(self.quotes[q].kind, QuoteKind::Direct | QuoteKind::Mixed));
        if self.extend_previous(&parts, sentence, reopened || after_quote) {
            return;
        }
        let Some(last) = self.quotes.last() else {
            self.push_direct(parts, sentence, None);
            return;
        };
        let last_paragraph = self.sentences[last.sentence].paragraph;
        let inherited = last
            .attribution
            .filter(|_| paragraph <= last_paragraph + 1 && self.untagged_end <= last.span.end);
        let span = Span::new(parts[0].start, parts[parts.len() - 1].end);
        let attribution = inherited.map(|a| Attribution {
            resolved: Resolution::Continuation,
            ..a
        });
        self.quotes.push(Quote {
            kind: QuoteKind::Direct,
            span,
            parts,
            sentence,
            attribution,
            cue: None,
            addressee: None,
            nested_in: None,
        });
    }

    /// The quote that a quotation standing alone may go on with: the last
    /// one, or the direct or mixed quote before a report inside its
    /// sentence. (`“A,” said Roe, who said she left. “B.”`: the relative
    /// clause's reported speech does not stop the quote from going on; nor
    /// does the source vouching for the whole sentence, `“A,” Roe said,
    /// according to the Gazette. “B.”`)
    fn quote_going_on(&self) -> Option<usize> {
        let last = self.quotes.len().checked_sub(1)?;
        let inside = last > 0
            && (self.quotes[last].kind == QuoteKind::Indirect || according_to(&self.quotes[last]))
            && matches!(
                self.quotes[last - 1].kind,
                QuoteKind::Direct | QuoteKind::Mixed
            )
            && self.quotes[last - 1].sentence == self.quotes[last].sentence;
        Some(if inside { last - 1 } else { last })
    }

    /// Adds `parts` to the quote going on ([`Self::quote_going_on`]) when
    /// it is a direct or mixed quote (or a partial one in the same
    /// paragraph, which becomes mixed) with a speaker ending in the
    /// sentence just before `sentence`, in the
    /// same paragraph, or in the previous one when `across_paragraphs` (a
    /// quotation reopening one left open there, the newspaper convention
    /// for a quote running over paragraphs, or a paragraph of quotation
    /// alone after a direct or mixed quote).
    fn extend_previous(
        &mut self,
        parts: &[Span],
        sentence: usize,
        across_paragraphs: bool,
    ) -> bool {
        let Some(index) = self.quote_going_on() else {
            return false;
        };
        // (The Gazette's quote vouching for Roe's holds it and goes on
        // too.)
        let vouching = Some(self.quotes.len() - 1)
            .filter(|&last| last != index && according_to(&self.quotes[last]));
        let last = &mut self.quotes[index];
        if last.attribution.is_none() || sentence == 0 {
            return false;
        }
        let previous = self.sentences[sentence - 1];
        let same_paragraph = previous.paragraph == self.sentences[sentence].paragraph;
        if !(same_paragraph || across_paragraphs)
            || !(previous.span.start..=previous.span.end).contains(&last.span.end)
        {
            return false;
        }
        match last.kind {
            QuoteKind::Direct | QuoteKind::Mixed => {}
            // `The address “was a reply,” Roe said. “It worked.”`: the
            // fragment's sentence, frame included, is the first part of a
            // mixed quote.
            QuoteKind::Partial if same_paragraph => {
                let opening = self.sentences[last.sentence].span;
                let frame = opening.start + self.text[opening].len()
                    - self.text[opening].trim_start().len();
                // Through the fragment's closing punctuation and mark.
                let rest = &self.text[last.span.end..];
                let closed = last.span.end + rest.len()
                    - rest
                        .trim_start_matches([',', '.', '”', '’', '"', '\'', '»'])
                        .len();
                last.kind = QuoteKind::Mixed;
                last.parts = vec![Span::new(frame, closed)];
                last.span = last.parts[0];
            }
            _ => return false,
        }
        for index in std::iter::once(index).chain(vouching) {
            let quote = &mut self.quotes[index];
            quote.parts.extend_from_slice(parts);
            quote.span = Span::new(quote.span.start, parts[parts.len() - 1].end);
        }
        true
    }

    fn push_quote(
        &mut self,
        kind: QuoteKind,
        span: Span,
        parts: Vec<Span>,
        sentence: usize,
        tag: Option<&Tag>,
    ) {
        let attribution = match (tag, &mut self.pending_links) {
            (Some(tag), Some(pending)) => {
                pending.push((self.quotes.len(), tag.clone()));
                None
            }
            (tag, _) => tag.map(|tag| self.link(tag)),
        };
        self.quotes.push(Quote {
            kind,
            span,
            parts,
            sentence,
            attribution,
            cue: tag.map(|t| t.cue.clone()),
            addressee: tag.and_then(|t| t.addressee),
            nested_in: None,
        });
    }

    /// The name of two to four capitalised words that closes a mention
    /// after a comma, when the name words are the description before it
    /// (`the Vatican spokesman, Federico Lombardi`), not a place (`the
    /// mayor of Albany, New York`).
    fn appositive_name(&self, tag: &Tag) -> Option<Vec<&'t str>> {
        // (Most mentions end with their name words: nothing to look for.)
        let name_end = tag.name_words.last()?.end;
        let after_name = self.text.get(name_end..tag.mention.end)?;
        let after_name = after_name.trim_end_matches([',', ' ']);
        let comma = after_name.rfind(',')?;
        let name: Vec<&str> = after_name[comma + 1..].split_whitespace().collect();
        let capitalised = name
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) && !w.ends_with(['’', '\'']));
        let description = self.text[tag.mention]
            .split_whitespace()
            .next()
            .is_some_and(|first| lower_in(&["the", "a", "an"], first) || is_possessive(first));
        (description && capitalised && (2..=4).contains(&name.len()) && !is_place(&name))
            .then_some(name)
    }

    /// `Mayor Jo Park spoke Monday.`, `Jo Park, the mayor, arrived.`,
    /// `The mayor, Jo Park, arrived.`: a person named as the subject
    /// opening sentence `s` is noted as the person mentioned last, for the
    /// pronouns and descriptions after (`She said …`, `The mayor said …`).
    fn note_named_subject(&mut self, s: usize) {
        // (Words are read only as far as needed: most sentences open with
        // a word that is no name nor leads to one, `He`, `It`, `The vote`.)
        let sentence = after_dateline(self.text[self.sentences[s].span].trim_start());
        if !sentence.starts_with(char::is_uppercase) {
            return;
        }
        let mut rest = sentence.split_whitespace();
        let mut words: Vec<&str> = Vec::new();
        let mut read_to = |words: &mut Vec<&'t str>, n: usize| {
            if words.len() < n {
                words.extend(rest.by_ref().take(n - words.len()));
            }
        };
        read_to(&mut words, 2);
        let (first, second) = match words[..] {
            [first, second] => (first, second),
            _ => return,
        };
        let description_before_name = |the: &str, role: &str| {
            the.eq_ignore_ascii_case("the") && role.ends_with(',') && !is_capitalised(role)
        };
        let opening_word =
            lower_in(CONJUNCTIONS_BEFORE_SUBJECT, first) || lower_in(OPENING_PREPOSITIONS, first);
        if !is_capitalised(first)
            || !(opening_word
                || description_before_name(first, second)
                || !(is_stop_word(first)
                    || DETERMINERS.contains(first)
                    || PRONOUNS.contains(first)))
        {
            return;
        }
        // (`But Park …`: past a conjunction; `Domestically, Park …`: past
        // an adverb set off; `On Monday, Park …`: past an opening phrase of
        // a few words.)
        let opening = if lower_in(CONJUNCTIONS_BEFORE_SUBJECT, first)
            || (first.ends_with("ly,")
                && self.is_adverb(&first.trim_end_matches(',').to_lowercase()))
        {
            1
        } else if lower_in(OPENING_PREPOSITIONS, first) {
            read_to(&mut words, MAX_OPENING_PHRASE_WORDS);
            match words.iter().position(|w| w.ends_with(',')) {
                Some(comma) => comma + 1,
                None => return,
            }
        } else {
            0
        };
        // (`The mayor, Jo Park, …`: a description before the name.)
        read_to(&mut words, opening + 2);
        let described = match words.get(opening..opening + 2) {
            Some([the, role]) => description_before_name(the, role),
            _ => false,
        };
        let start = opening + if described { 2 } else { 0 };
        let mut end = start;
        while end - start < MAX_NAMED_SUBJECT_WORDS {
            read_to(&mut words, end + 1);
            let Some(word) = words.get(end) else {
                break;
            };
            if !is_name_like(word.trim_end_matches(',')) {
                break;
            }
            end += 1;
            if word.ends_with(',') {
                break;
            }
        }
        if end == start {
            return;
        }
        // (`Jo Park, the mayor, arrived`: past the description set off.)
        let set_off = words[end - 1].ends_with(',');
        let mut verb = end;
        if set_off && !described {
            // (`Jo Park, 67, a retiree, arrived`: past each description
            // until a verb follows one.)
            for _ in 0..MAX_APPOSITIVES {
                read_to(&mut words, verb + MAX_APPOSITIVE_WORDS);
                let Some(close) = (verb..words.len()).find(|&k| words[k].ends_with(',')) else {
                    return;
                };
                verb = close + 1;
                read_to(&mut words, verb + 1);
                if words
                    .get(verb)
                    .is_some_and(|w| is_subject_verb(w) || self.is_adverb(w))
                {
                    break;
                }
            }
        }
        read_to(&mut words, verb + 1);
        // (`Park has done`: an auxiliary makes any verb after it finite.)
        let mut auxiliary = false;
        while let Some(word) = words.get(verb).filter(|w| self.is_adverb(w)) {
            auxiliary |= FINITE_AUXILIARIES.contains(word);
            verb += 1;
            read_to(&mut words, verb + 1);
        }
        let verb_at = verb;
        read_to(&mut words, verb_at + 2);
        let Some(verb) = words.get(verb_at) else {
            return;
        };
        // (`Park said …`: the speech tag links the speaker anyway.)
        let tag_follows = lower_in(SPEECH_TAG_VERBS, verb) && words.len() > verb_at + 1;
        let verb_after_auxiliary = auxiliary && !is_capitalised(verb) && !is_stop_word(verb);
        if tag_follows || !(is_subject_verb(verb) || verb_after_auxiliary) {
            return;
        }
        // (`Jr.` as in a speech tag: `Jr`.)
        let name: Vec<&str> = words[start..end]
            .iter()
            .map(|w| {
                let w = w.trim_end_matches(',');
                if is_person_name_suffix(w) {
                    w.trim_end_matches('.')
                } else {
                    w
                }
            })
            .collect();
        self.registry.note_person(&name);
    }

    /// `… if Mr. Trump is the nominee …`, `aides say Ivanka Trump advises
    /// …`: persons named as the subject of a clause in sentences
    /// `first..=last`, outside `quotations`, noted in text order for the
    /// pronouns after (see [`Attributor::note_named_subject`]); then the
    /// last person quoted from the `found`-th quote on is again the person
    /// mentioned last, for a speaker outweighs a person they speak of.
    fn note_clause_subjects(
        &mut self,
        first: usize,
        last: usize,
        quotations: &[Quotation],
        found: usize,
    ) {
        let span = Span::new(
            self.sentences[first].span.start,
            self.sentences[last].span.end,
        );
        let bytes = self.text.as_bytes();
        let mut noted = false;
        // (Only a word with a capital after a space can open a name: look
        // back from it to the word before, then on to the verb.)
        let capitals = bytes[span.start..span.end]
            .windows(2)
            .enumerate()
            .filter(|(_, pair)| pair[0] == b' ' && pair[1].is_ascii_uppercase())
            .map(|(k, _)| span.start + k + 1);
        // (The quotations are in text order: one pass over them.)
        let mut next_quotation = 0;
        for at in capitals {
            while quotations
                .get(next_quotation)
                .is_some_and(|q| q.outer.end <= at)
            {
                next_quotation += 1;
            }
            if quotations
                .get(next_quotation)
                .is_some_and(|q| q.outer.start <= at)
            {
                continue;
            }
            let before = &self.text[span.start..at - 1];
            let opener = before.rsplit(' ').next().unwrap_or_default();
            if !SUBJECT_CLAUSE_OPENERS.contains(opener) {
                continue;
            }
            let mut rest = self.text[at..span.end].split_whitespace();
            let mut name = Vec::new();
            let mut next = rest.next();
            while let Some(w) = next
                && name.len() < MAX_NAMED_SUBJECT_WORDS
                && is_name_like(w)
            {
                name.push(w);
                next = rest.next();
            }
            // (`Park also advises`: past an adverb.)
            while let Some(w) = next
                && self.is_adverb(w)
            {
                next = rest.next();
            }
            if !name.is_empty() && next.is_some_and(is_subject_verb) {
                self.registry.note_person(&name);
                noted = true;
            }
        }
        let speaker = self.quotes[found..]
            .iter()
            .rev()
            .find_map(|quote| quote.attribution.map(|a| a.speaker));
        if noted && let Some(speaker) = speaker {
            self.registry.mark_speaker_recent(speaker);
        }
    }

    /// `tag` without the adverb opening its mention (`Perhaps Russia
    /// believes`, `Already Park has`, `so far Canova has`), when words
    /// naming the speaker follow it.
    fn after_opening_adverb(&self, tag: &Tag) -> Option<Tag> {
        let adverb_end = |span: Span| {
            let (adverb, rest) = self.text[span].split_once(char::is_whitespace)?;
            is_opening_adverb(adverb).then(|| span.end - rest.trim_start().len())
        };
        let first_name_word = *tag.name_words.first()?;
        // (The name words may hold the adverb where the mention does not.)
        let mention_start = adverb_end(tag.mention);
        let name_start = tag
            .name_words
            .get(1)
            .filter(|_| is_opening_adverb(&self.text[first_name_word]))
            .map(|second| second.start)
            .or(mention_start)?;
        let name_words: Vec<Span> = tag
            .name_words
            .iter()
            .copied()
            .filter(|w| w.start >= name_start)
            .collect();
        if name_words.is_empty() {
            return None;
        }
        Some(Tag {
            mention: Span::new(mention_start.unwrap_or(tag.mention.start), tag.mention.end),
            name_words,
            ..tag.clone()
        })
    }

    /// Whether `mention` opens with a title in quotation marks that
    /// neither a name nor its author follows (`“Man of the World,” a book
    /// …`; not `“Mad Dog” Mattis`, `“The Trumps,” by Gwenda Blair`).
    fn is_title(&self, mention: Span) -> bool {
        let Some(inner) = self.text[mention.start..].strip_prefix(['“', '"']) else {
            return false;
        };
        inner.find(['”', '"']).is_some_and(|close| {
            let after = inner[close..].trim_start_matches(['”', '"', ',', ' ']);
            !after.starts_with(char::is_uppercase) && !after.starts_with("by ")
        })
    }

    fn link(&mut self, tag: &Tag) -> Attribution {
        let trimmed;
        let tag = match self.after_opening_adverb(tag) {
            Some(after) => {
                trimmed = after;
                &trimmed
            }
            None => tag,
        };
        // The name as written, initials' periods included (`Joseph R. Biden`).
        let mut words: Vec<&str> = match (tag.name_words.first(), tag.name_words.last()) {
            (Some(first), Some(last)) => self.text[first.start..last.end]
                .split_whitespace()
                .take_while(|w| !w.starts_with('('))
                .collect(),
            _ => Vec::new(),
        };
        // `Park’s claim`: the possessor speaks.
        if let Some(last) = words.last_mut() {
            *last = without_possessive(last);
        }
        // `the F.B.I. director, James B. Comey`: the name set off after a
        // description is the speaker's.
        if let Some(name) = self.appositive_name(tag) {
            words = name;
        }
        // `Cruz, who says …`: the mention is a relative pronoun, resolved to
        // the antecedent that the name words hold.
        // (`While the meeting …, it showed …`: `it` too, its name words
        // the clause's subject.)
        let relative = lower_in(
            &["who", "which", "that", "it"],
            &self.text[tag.mention.start..tag.mention.end],
        );
        // `an official who spoke on condition of anonymity`, `the woman,
        // who asked not to be named`: an anonymous source, whoever was
        // named before.
        // (The mention and what sets it off: up to the cue after it, or
        // the rest of its sentence after an inverted cue.)
        // (At most MAX_SET_OFF_BYTES past the mention, so that a long
        // sentence of many tags stays linear.)
        let mut limit = (tag.mention.end + MAX_SET_OFF_BYTES).min(self.text.len());
        while !self.text.is_char_boundary(limit) {
            limit -= 1;
        }
        let set_off_end = match tag.cue.span.start >= tag.mention.end {
            true => tag.cue.span.start.min(limit),
            // (Only a relative clause on it: `said an official who …`.)
            false => {
                let rest = &self.text[tag.mention.end..limit];
                let relative = rest
                    .trim_start_matches([',', ' '])
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w == "who");
                let stop = rest.find(['.', '“', '”', '"', '\n']).unwrap_or(rest.len());
                tag.mention.end + if relative { stop } else { 0 }
            }
        };
        // (Not a source named: `Jo Park, who was not authorized to …`.)
        let unnamed = || {
            !matches!(
                classify(&words),
                MentionClass::Pronoun
                    | MentionClass::Named(SpeakerKind::Person | SpeakerKind::Organization)
            )
        };
        let anonymous = !relative
            && self
                .text
                .get(tag.mention.start..set_off_end)
                .is_some_and(grants_anonymity)
            && unnamed();
        if anonymous && !words.is_empty() {
            return Attribution {
                speaker: self.registry.link_anonymous(tag.mention, &words),
                mention: tag.mention,
                resolved: Resolution::Explicit,
            };
        }
        // (`according to “Man of the World,” a book …`: a work's title
        // names no person; not a nickname before a name, `“Mad Dog”
        // Mattis`.)
        if tag.according_to && !words.is_empty() && self.is_title(tag.mention) {
            return Attribution {
                speaker: self.registry.link_work(tag.mention, &words),
                mention: tag.mention,
                resolved: Resolution::AccordingTo,
            };
        }
        let (speaker, resolved) = match self.registry.link(tag.mention, &words) {
            Some((id, how)) if tag.according_to && how == Resolution::Explicit => {
                (id, Resolution::AccordingTo)
            }
            Some((id, Resolution::Explicit)) if relative => (id, Resolution::Pronoun),
            Some(found) => found,
            None => {
                let pronoun = words.len() == 1 && PRONOUNS.contains(words[0]);
                let how = if pronoun {
                    Resolution::Pronoun
                } else {
                    Resolution::Description
                };
                (self.registry.link_unresolved(tag.mention, &words), how)
            }
        };
        // (`Mrs. Roe`, `Florida Sen. Marco Rubio`: a title or role in the
        // mention shows the person's gender and descriptors, for the
        // pronouns and descriptions after.)
        if resolved != Resolution::Pronoun {
            let described = resolved == Resolution::Description;
            self.registry
                .show_mention(speaker, &self.text[tag.mention], described);
        }
        Attribution {
            speaker,
            mention: tag.mention,
            resolved,
        }
    }
}

/// The tokens of one unit with where its quotations and sentences fall.
struct Unit<'a> {
    tokens: &'a [Token],
    quotations: &'a [Quotation],
    /// Index of each quotation's first token.
    starts: Vec<usize>,
    /// Index of the first token after each quotation.
    ends: Vec<usize>,
    /// Whether each token lies inside a quotation.
    inside: Vec<bool>,
    /// Index of the first token after each sentence of the unit.
    sentence_ends: Vec<usize>,
}

impl<'a> Unit<'a> {
    fn new(tokens: &'a [Token], quotations: &'a [Quotation], sentences: &[Sentence]) -> Unit<'a> {
        let position = |byte: usize| tokens.partition_point(|t| t.span.start < byte);
        let starts = quotations.iter().map(|q| position(q.outer.start)).collect();
        let ends: Vec<usize> = quotations.iter().map(|q| position(q.outer.end)).collect();
        let mut inside = vec![false; tokens.len()];
        for q in quotations {
            for flag in &mut inside[position(q.outer.start)..position(q.outer.end)] {
                *flag = true;
            }
        }
        let sentence_ends = sentences.iter().map(|s| position(s.span.end)).collect();
        Unit {
            tokens,
            quotations,
            starts,
            ends,
            inside,
            sentence_ends,
        }
    }

    fn quoted(&self, k: usize) -> bool {
        self.inside.get(k).copied().unwrap_or(false)
    }

    /// Whether every word of the unit is inside quotation marks.
    fn quote_only(&self) -> bool {
        self.tokens
            .iter()
            .enumerate()
            .all(|(k, t)| !t.is_word || self.inside[k])
    }

    /// Index, within the unit, of the sentence holding token `k`.
    fn sentence_of_token(&self, k: usize) -> usize {
        self.sentence_ends
            .partition_point(|&end| end <= k)
            .min(self.sentence_ends.len() - 1)
    }

    fn sentence_start_token(&self, k: usize) -> usize {
        match self.sentence_of_token(k) {
            0 => 0,
            s => self.sentence_ends[s - 1],
        }
    }

    /// The end (exclusive) of the clause holding token `k`: its sentence's end.
    fn clause_end(&self, k: usize) -> usize {
        if k >= self.tokens.len() {
            return self.tokens.len();
        }
        self.sentence_ends[self.sentence_of_token(k)]
    }

    /// The last of the quotations from `i` joined by `and` or `or`
    /// (`“A,” and “B.”`, `“A,” “B” or “C”`) when nothing but punctuation
    /// follows it in its sentence; `i` otherwise.
    fn listed_quotations(&self, text: &str, i: usize) -> usize {
        let mut last = i;
        let mut joined = false;
        while last + 1 < self.quotations.len()
            && self.sentence_of_token(self.starts[last + 1])
                == self.sentence_of_token(self.starts[i])
        {
            let between = &self.tokens[self.ends[last]..self.starts[last + 1]];
            let list = between
                .iter()
                .all(|t| !t.is_word || lower_in(&["and", "or"], &text[t.span]));
            if !list {
                break;
            }
            joined |= between.iter().any(|t| t.is_word);
            last += 1;
        }
        // (A quotation may run over sentence ends: the sentence is the one
        // its last token is in.)
        let sentence_end = self.clause_end(self.ends[last] - 1);
        let closes = self.tokens[self.ends[last]..sentence_end.max(self.ends[last])]
            .iter()
            .all(|t| !t.is_word);
        match joined && closes {
            true => last,
            false => i,
        }
    }

    /// `end` moved back over punctuation outside quotation marks, not
    /// below `floor + 1`.
    fn trim_end(&self, text: &str, mut end: usize, floor: usize) -> usize {
        while end > floor + 1 {
            let t = self.tokens[end - 1];
            // Quotations are in text order and do not overlap.
            let at = self
                .quotations
                .partition_point(|q| q.outer.end < t.span.end);
            let closes_quote = self
                .quotations
                .get(at)
                .is_some_and(|q| q.outer.end == t.span.end);
            if !t.is_word && !closes_quote && !matches!(&text[t.span], ")" | "]") {
                end -= 1;
            } else {
                break;
            }
        }
        end
    }

    /// Whether quotation `i` ends in punctuation, inside its marks or
    /// just after them (`“…,” she said`, `“…”, she said`, `“…?” she asked`).
    fn punctuated(&self, text: &str, i: usize) -> bool {
        if !self.quotations[i].closed {
            return false;
        }
        let inside = self
            .last_inside(text, i)
            .is_some_and(|c| ",.?!;:—–-…".contains(c));
        let after = self.tokens.get(self.ends[i]).map(|t| &text[t.span]);
        inside || matches!(after, Some("," | ":")) || after.is_some_and(is_dash)
    }

    /// The last character before quotation `i`'s closing mark, past
    /// nested closing quotes (`…the ‘choice, not an echo,’”`).
    fn last_inside(&self, text: &str, i: usize) -> Option<char> {
        text[..self.quotations[i].outer.end]
            .chars()
            .rev()
            .skip(1)
            .find(|c| !c.is_whitespace() && !"'’\"”»".contains(*c))
    }

    /// Whether quotation `i` opens its sentence, ends in a comma and a
    /// short clause opening with a noun phrase ends the sentence (`“…,”
    /// an angry Roe retaliated.`): the shape of a quote and its trailing
    /// tag, not of the writer going on (`“…,” which votes June 7.`).
    fn awaits_tag(&self, text: &str, i: usize) -> bool {
        // (`— “…,” Roe said`, but not `With “…,” Roe escalates`.)
        let sentence_start = self.sentence_start_token(self.starts[i]);
        let opens_sentence = self.starts[i] == sentence_start
            || (self.starts[i] == sentence_start + 1 && !self.tokens[sentence_start].is_word);
        let comma =
            opens_sentence && self.quotations[i].closed && self.last_inside(text, i) == Some(',');
        let sentence_end = self.clause_end(self.starts[i]);
        let after = self.ends[i];
        if !comma || after >= sentence_end || !self.tokens[after].is_word {
            return false;
        }
        let first = &text[self.tokens[after].span];
        let opens_noun_phrase =
            is_capitalised(first) || DETERMINERS.contains(first) || PRONOUNS.contains(first);
        // Words alone up to the sentence's closing punctuation (a sum's
        // or a share's sign among them: `a $15 director said`).
        let words = (after..sentence_end)
            .take(MAX_UNREAD_TAG_WORDS + 1)
            .take_while(|&k| {
                let token = self.tokens[k];
                token.is_word || matches!(&text[token.span], "$" | "%")
            })
            .count();
        let short = words + 1 >= sentence_end - after && words <= MAX_UNREAD_TAG_WORDS;
        opens_noun_phrase && short
    }

    /// Whether quotation `j` is a short title or name inside the writer's
    /// words (`a “Ted Cruz” pin`, `Marcia “Cia” Price`): a word on both
    /// sides and no punctuation of its own.
    fn embedded(&self, text: &str, j: usize) -> bool {
        let word_at = |k: usize| self.tokens.get(k).is_some_and(|t| t.is_word);
        let short = text[self.quotations[j].content].split_whitespace().count() <= 4;
        short
            && self.starts[j] > 0
            && word_at(self.starts[j] - 1)
            && word_at(self.ends[j])
            && !self.punctuated(text, j)
    }

    /// Whether quotation `j` follows a comma or colon (`he said, “B”`).
    fn after_comma(&self, text: &str, j: usize) -> bool {
        self.starts[j]
            .checked_sub(1)
            .is_some_and(|k| matches!(&text[self.tokens[k].span], "," | ":"))
    }

    /// Whether a leading tag introduces quotation `i` as a whole
    /// (`X said: “…”`, `X wrote to followers, “…”`) rather than embedding
    /// it in reported speech (`X said the plan is “…”`).
    fn introduces(&self, text: &str, tag: &Tag, i: usize) -> bool {
        let (from, to) = (tag.tokens.1, self.starts[i]);
        if from >= to {
            return true;
        }
        let punctuated = matches!(&text[self.tokens[to - 1].span], "," | ":");
        let clause = self.tokens[from..to].iter().any(|t| {
            lower_in(
                &["that", "if", "whether", "how", "why", "what"],
                &text[t.span],
            )
        });
        // `X said the plan was dead, “…”`: a verb of its own before the
        // quotation makes the words before it reported content (not one
        // inside a relative or time clause: `told reporters who were
        // waiting, “…”`, `said after the votes were counted, “…”`).
        let subordinate = || {
            self.tokens[from..to].iter().any(|t| {
                let word = &text[t.span];
                lower_in(PERSON_RELATIVES, word)
                    || lower_in(SUBORDINATORS, word)
                    || lower_in(&["which", "as"], word)
            })
        };
        let own_verb = || {
            self.tokens[from..to]
                .iter()
                .any(|t| FINITE_AUXILIARIES.contains(&text[t.span]))
                && !subordinate()
        };
        punctuated && !clause && to - from <= 12 && !own_verb()
    }
}
