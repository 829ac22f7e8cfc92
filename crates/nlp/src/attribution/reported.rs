//! Reported (indirect) speech in sentences without quotation marks:
//!
//! - `X said (that) CLAUSE`, `X told Y (that) CLAUSE`;
//! - `X urged / pressed / asked Y to VP` (the content is `Y to VP`);
//! - `CLAUSE, X said.` and `CLAUSE, said X.`;
//! - `According to X, CLAUSE` and `CLAUSE, according to X.`, and polls
//!   (`In a new poll, CLAUSE`, `CLAUSE in a poll released Monday.`);
//! - beliefs and intentions, when asked for (`X believes (that) CLAUSE`,
//!   `X wants (Y) to VP`, `X supports Y`), with a cue of kind
//!   [`CueKind::Belief`].
//!
//! Only cues make a quote: a sentence is not reported speech because it
//! contains `said` somewhere, and a verb of belief is never taken for one
//! of speech. The cue needs a speaker next to it and the content at least
//! [`MIN_CONTENT_WORDS`] words.

use crate::words::word_sets;
use whosaid_core::{Cue, CueKind, QuoteKind, Span};

use super::{
    ADDRESSING, Attributor, CATENATIVES, CLAUSE_OPENERS, DETERMINERS, DOCUMENT_NOUNS,
    FINITE_AUXILIARIES, MEANS_PREPOSITIONS, MENTION_ENDING_PREPOSITIONS, NOUN_FORMS,
    NOUN_LIKE_CUES, NOUN_MARKERS, NOUN_MODIFIERS, PERSON_RELATIVES, POLL_NOUNS, PRONOUNS,
    SUBORDINATORS, TIME_UNITS, Tag, WEEKDAYS, is_dash, is_number, is_stop_word, is_verb, lower_in,
    pronoun_span, speaker_like,
};
use crate::cues::cue_lemma;
use crate::quotes::Quotation;
use crate::speakers::{POSSESSIVE_PRONOUNS, is_possessive, is_speaker_head, without_possessive};
use crate::tokens::{Token, tokenize, word_spans};

/// Pronouns that can be the person addressed (`told me`).
pub(super) const OBJECT_PRONOUNS: &[&str] = &["me", "us", "him", "her", "them", "you"];

/// Most tokens of a relative clause between its subject and the subject's
/// own verb (`Ruiz, who says …, said`).
const MAX_RELATIVE_TOKENS: usize = 40;

/// Most words between `in` and the poll's noun (`in the latest Marist
/// College poll`).
const MAX_POLL_WORDS: usize = 7;

/// Most tokens before `in a poll` searched for the finding's figures.
const MAX_POLL_FINDING_TOKENS: usize = 60;

/// Fewest tokens of a finding before `in a poll`.
const MIN_POLL_CONTENT_WORDS: usize = 4;

word_sets! {
    /// Nouns of studies and polls, which find without `that` (`the survey
    /// found most voters …`).
    EVIDENCE_NOUNS = [
    "study", "studies", "poll", "polls", "survey", "surveys", "analysis", "report", "research",
    "review", "investigation", "audit", "panel", "researchers", "investigators", "auditors",
    "scientists", "data", "census", "probe",
    "inquiry", "assessment", "experiment", "jury", "numbers", "figures", "results", "records",
    "documents", "statistics", "estimates", "polling", "tally", "count", "returns", "filings",
    "analyses", "reports", "reviews", "models", "projections", "forecasts", "ratings",
];
}

/// Most tokens dating a poll between its noun and its cue (`released in
/// late August`).
const MAX_POLL_DATING_TOKENS: usize = 5;

/// Most tokens of the subject of a participle after `with`.
const MAX_ABSOLUTE_SUBJECT_TOKENS: usize = 8;

word_sets! {
    /// Words after `call` and a pronoun that make it a phone call or a
    /// summons (`called him back`, `called her on Monday`).
    NOT_A_NAME_AFTER_CALL = [
    "back", "up", "out", "off", "on", "in", "at", "to", "for", "from", "and", "after", "before",
    "last", "this", "yesterday", "today", "again", "quits",
];
}

/// Pronouns that `call` names (`called him a liar`, `call it the nerd
/// prom`).
const CALLED_PRONOUNS: &[&str] = &[
    "it",
    "him",
    "her",
    "them",
    "me",
    "us",
    "himself",
    "herself",
    "themselves",
    "myself",
];

/// Most words of a subject before its verb, looking for a clause joined
/// to a content (`, and the new levy on imports failed`).
const MAX_SUBJECT_WORDS_BEFORE_VERB: usize = 6;

/// Most tokens of a noun phrase reported with a date closing it
/// (`announced his bid for the seat in June`).
const MAX_DATED_OBJECT_TOKENS: usize = 10;

/// Most words from a preposition to the venue it names (`at a packed
/// campaign rally`).
const MAX_VENUE_WORDS: usize = 4;

word_sets! {
    /// Where things are said: events, programmes and media (`at a rally`,
    /// `on Twitter`).
    VENUES = [
    "rally", "rallies", "conference", "event", "speech", "debate", "hearing", "interview",
    "statement", "twitter", "facebook", "instagram", "website", "radio", "show", "broadcast",
    "forum", "meeting", "summit", "convention", "dinner", "luncheon", "breakfast", "appearance",
    "podcast", "television", "tweet", "tweets", "op-ed", "briefing", "town", "stop",
    ];
}

/// Most words of a parenthesis closing a content that stays in it
/// (`Sen. Ted Cruz (R-Texas)`, `the Trans-Pacific Partnership (TPP)`).
const MAX_KEPT_PARENTHESIS_WORDS: usize = 3;

/// Fewest words of reported content.
const MIN_CONTENT_WORDS: usize = 3;

/// Most tokens after the cue of a trailing tag (`, she said on Monday in
/// a statement.`) before the sentence ends.
const MAX_TAG_TAIL: usize = 8;

/// Most tokens of a parenthesis holding a report (`(…, Roe says)`).
const MAX_PARENTHESIS_TOKENS: usize = 40;

/// Most tokens of a clause a source closing it vouches for (`…, according
/// to X.`), or opening it (`According to X, …`).
const MAX_VOUCHED_CLAUSE_TOKENS: usize = 120;

/// Most tokens of a participle phrase opening a sentence before the comma
/// that closes it (`Noting that …, Tester said`).
const MAX_OPENING_PHRASE_TOKENS: usize = 60;

/// Words after `appear` that make it showing up, not seeming
/// (`appeared on Fox News`, `appeared with Roe`).
const SHOWING_UP: &[&str] = &[
    "on",
    "in",
    "at",
    "before",
    "with",
    "alongside",
    "as",
    "for",
    "during",
    "onstage",
    "together",
    "live",
];

/// Auxiliaries and adverbs between a subject and `seems` (`would seem`,
/// `does not appear`).
const EVIDENTIAL_AUXILIARIES: &[&str] = &[
    "would", "may", "might", "could", "does", "do", "did", "had", "has", "have", "not", "also",
    "still", "now", "often",
];

/// Words besides `be` between a subject and `known as` (`has long been
/// known`, `is perhaps best known`).
const REPUTATION_AUXILIARIES: &[&str] = &[
    "been", "be", "also", "best", "better", "well", "now", "once", "long", "has", "have", "had",
];

/// Conjunctions opening the clause of an evidential inside another (`a
/// report that a guard appeared to …`).
const EMBEDDING_CONJUNCTIONS: &[&str] = &[
    "that", "because", "if", "when", "while", "but", "although", "though",
];

/// Relative pronouns that may stand for part of what is reported in their
/// clause (`which he said …`); lower case only, since a capitalised one
/// opens a question or a free relative subject.
const RELATIVE_GAP_PRONOUNS: &[&str] = &["which", "what", "who", "whom"];

/// Prepositions before a relative pronoun that make it the setting of a
/// report rather than part of its content (`an interview in which he
/// said …`).
const RELATIVE_SCENE_PREPOSITIONS: &[&str] = &[
    "in", "at", "on", "by", "for", "with", "from", "of", "to", "during", "under", "through",
    "about", "after", "before",
];

/// Prepositions opening a phrase of setting before the clause (`In the
/// end,`, `For Trump,`).
const OPENING_PREPOSITIONS: &[&str] = &[
    "in",
    "for",
    "despite",
    "after",
    "before",
    "on",
    "at",
    "with",
    "during",
    "since",
    "under",
    "among",
    "amid",
    "unlike",
    "like",
    "throughout",
    "by",
];

/// Most tokens of a prepositional phrase opening a clause.
const MAX_OPENING_PREPOSITIONAL_TOKENS: usize = 12;

/// Most tokens after an evidential or a reputation (`seems`, `known as`)
/// looked at for its clause, so that a sentence of many stays linear.
const MAX_EVIDENTIAL_TOKENS: usize = 80;

word_sets! {
    /// Verbs whose content is the person addressed and an infinitive
    /// (`pressed the US to adhere`).
    DIRECTIVES = [
    "urge",
    "press",
    "ask",
    "call",
    "warn",
    "advise",
    "encourage",
    "implore",
    "beg",
];
}

word_sets! {
    /// Cues of a gesture or a sound made while speaking, which tag quoted
    /// words but report nothing unquoted (`“Great,” she beamed`, not `the
    /// crowd cheered, she laughed`).
    GESTURES = ["laugh", "chuckle", "sigh", "beam", "groan"];
}

word_sets! {
    /// Cue verbs whose object is not reported speech unless `that` follows
    /// (`concluded that …`, not `concluded his trip`); the others report their
    /// object (`announced a plan`, `denied the allegations`).
    NEEDS_THAT = [
    "find",
    "indicate",
    "conclude",
    "continue",
    "read",
    "call",
    "press",
    "sing",
    "laugh",
    "cry",
    "snap",
    "scream",
    "shout",
    "chant",
    "post",
    "quote",
    "term",
    "brand",
    "label",
    "mock",
    "answer",
    "counter",
    "dub",
    "scoff",
    "interject",
    "plead",
    "observe",
    "maintain",
    "state",
    "agree",
    "bark",
    "gush",
    "rave",
    "sneer",
    "grumble",
    "gripe",
    "marvel",
    "murmur",
    "mutter",
    "rant",
    "chuckle",
    "sigh",
    "beam",
    "groan",
    "fume",
    "intimate",
    "concur",
    "confide",
];
}

/// Fewest words of a headline's claim after `Source:`.
const MIN_HEADLINE_CONTENT_WORDS: usize = 5;

/// Most words of a headline's source before its colon.
const MAX_HEADLINE_SOURCE: usize = 4;

/// Labels in [`NOT_SOURCES`] that bid the reader act (`Watch:`), which
/// may also end a group's name (`Judicial Watch`).
const IMPERATIVE_LABELS: &[&str] = &["watch", "read", "listen", "live"];

word_sets! {
    /// Labels that open a line with a colon without naming a source.
    NOT_SOURCES = [
    "update",
    "updated",
    "note",
    "video",
    "photo",
    "photos",
    "transcript",
    "editor",
    "correction",
    "related",
    "watch",
    "read",
    "listen",
    "q",
    "a",
    "analysis",
    "opinion",
    "commentary",
    "live",
    "breaking",
    "exclusive",
    "what",
    "why",
    "how",
    "when",
    "where",
    "who",
    "the",
    "here",
    "question",
    "answer",
    "topics",
    "tags",
    "source",
    "sources",
    "caption",
    "credit",
    "revealed",
    "warning",
];
}

/// The quotations, in text order and not overlapping, that overlap `span`.
fn overlapping(quotations: &[Quotation], span: Span) -> &[Quotation] {
    let first = quotations.partition_point(|q| q.outer.end <= span.start);
    let last = quotations.partition_point(|q| q.outer.start < span.end);
    let found = &quotations[first..last.max(first)];
    debug_assert!(found.iter().all(|q| q.outer.overlaps(span)));
    found
}

/// The end of tokens `from..to` without the punctuation closing them.
fn words_end(tokens: &[Token], from: usize, to: usize) -> usize {
    let mut end = to.min(tokens.len());
    while end > from && !tokens[end - 1].is_word {
        end -= 1;
    }
    end
}

/// Whether `word` is a pronoun contracted with `be` (`he’s`, `they're`,
/// `I'm`).
pub(super) fn pronoun_contraction(word: &str) -> bool {
    word.split_once(['’', '\''])
        .is_some_and(|(pronoun, be)| matches!(be, "s" | "re" | "m") && PRONOUNS.contains(pronoun))
}

/// Whether a verb joined by `and` to a cue's content may be the cue's
/// own second verb: both in the past or both in the present (`said … and
/// added`), and not after a participle (`saying … and indicated`).
fn tense_agrees(cue: &str, verb: &str) -> bool {
    let participle = |word: &str| word.ends_with("ing");
    if participle(cue) {
        return participle(verb);
    }
    is_past(cue) == is_past(verb) || participle(verb)
}

/// Whether `word` looks like a finite verb: an auxiliary or a modal
/// (`will`, `was`, `has`), or a verb in the past (see [`is_past`]).
pub(super) fn is_finite(word: &str) -> bool {
    FINITE_AUXILIARIES.contains(word) || is_past(word)
}

/// Whether `word` looks like a verb in the past: in `-ed` (not `-eed`) or
/// one of [`IRREGULAR_PAST`].
pub(super) fn is_past(word: &str) -> bool {
    (word.ends_with("ed") && !word.ends_with("eed")) || IRREGULAR_PAST.contains(word)
}

fn is_capitalised_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

word_sets! {
    /// Words opening a reported question (`asked whether …`).
    QUESTION_WORDS = [
    "whether", "if", "why", "how", "what", "when", "where", "who", "which", "whom",
];
}

word_sets! {
    /// Cues that may introduce their words after a colon (`said: the plan
    /// is dead`).
    COLON_CUES = [
    "say", "add", "write", "tweet", "explain", "argue", "note", "warn", "insist", "declare",
    "reply", "answer", "conclude", "remark", "post",
];
}

word_sets! {
    /// Nouns of speech reporting a `that` clause (`made the case that`).
    SPEECH_NOUNS = [
    "case", "argument", "point", "claim", "claims", "assertion", "suggestion", "warning",
    "assurance", "assurances", "promise", "pledge", "vow", "prediction", "accusation",
    "accusations", "allegation", "allegations", "statement", "announcement", "admission",
    "threat", "charge", "complaint", "complaints", "observation",
];

    /// Nouns of belief reporting a `that` clause (`voiced concern that`).
    BELIEF_NOUNS = [
    "concern", "concerns", "confidence", "belief", "hope", "hopes", "fear", "fears", "doubt",
    "doubts", "view", "worry", "worries", "conviction", "expectation", "optimism", "skepticism",
];

    /// Nouns of asking or worrying whose topic follows `about` or `over`
    /// (`raised questions about`).
    TOPIC_NOUNS = [
    "question", "questions", "concern", "concerns", "doubt", "doubts", "fear", "fears", "worry",
    "worries", "complaint", "complaints",
];

    /// Verbs making a noun of speech or belief (`made the case`, `raised
    /// concerns`).
    MAKING_VERBS = [
    "make", "makes", "made", "making", "raise", "raises", "raised", "raising", "voice", "voices",
    "voiced", "voicing", "offer", "offers", "offered", "offering", "give", "gives", "gave",
    "given", "renew", "renews", "renewed", "advance", "advanced", "press", "pressed", "put",
    "puts", "lodge", "lodged", "level", "leveled", "levelled", "air", "aired", "share",
    "shared", "shares",
];
}

word_sets! {
    /// Adjectives of belief, cues after a linking verb (`is confident
    /// that`).
    BELIEF_ADJECTIVES = [
    "confident", "convinced", "hopeful", "optimistic", "certain", "sure", "adamant",
    "skeptical", "doubtful", "positive", "concerned", "critical", "supportive", "eager",
    "reluctant",
];
}

/// Adjectives of belief that report an intention with an infinitive (`is
/// eager to run`).
const INTENT_ADJECTIVES: &[&str] = &["eager", "reluctant"];

/// Verbs linking a subject to an adjective of belief, beside `be`.
const LINKING_VERBS: &[&str] = &[
    "am", "remain", "remains", "remained", "seem", "seems", "seemed", "appear", "appears",
    "appeared", "feel", "feels", "felt", "sounded", "grew",
];

word_sets! {
    /// Cues whose content is an infinitive (`declined to comment`).
    INFINITIVE_VERBS = ["decline", "refuse"];
}

word_sets! {
    /// Cues committing the speaker to an act, reported with an infinitive
    /// (`vowed to be tougher`).
    COMMISSIVES = ["vow", "promise", "pledge", "threaten", "propose", "offer", "agree"];
}

word_sets! {
    /// Cues whose content may be a bare answer (`said yes`, `said she
    /// would`).
    REPLIES = ["say", "answer", "reply", "respond", "tell", "insist", "predict", "agree"];
}

/// Auxiliaries that end an elliptical answer (`said he would`).
const ELLIPTICAL_AUXILIARIES: &[&str] = &[
    "would",
    "could",
    "will",
    "can",
    "did",
    "does",
    "do",
    "should",
    "might",
    "may",
    "must",
    "was",
    "were",
    "is",
    "are",
    "had",
    "has",
    "have",
    "wouldn't",
    "couldn't",
    "won't",
    "can't",
    "didn't",
    "wouldn’t",
    "couldn’t",
    "won’t",
    "can’t",
    "didn’t",
];

word_sets! {
    /// Cues taking a stance on their object, which is what they report
    /// however short (`endorsed Ryan`, `attacked the plan`).
    STANCE_OBJECTS = [
    "endorse", "support", "attack", "criticize", "criticise", "praise", "blame", "condemn",
    "defend", "slam", "blast", "hail", "reject", "denounce", "oppose", "accuse", "question",
    "laud", "applaud", "commend", "deride", "ridicule", "scold", "berate", "rebuke", "lambaste",
    "excoriate", "disparage", "belittle", "extol", "assail", "seek", "want", "cite", "dismiss",
    "claim", "back", "vote", "offer", "recall", "repeat", "deny", "thank", "invoke", "welcome",
    "request", "prefer", "favor", "mock", "decry", "announce", "chide", "bemoan", "lament",
    "tout", "mention", "discuss", "reference", "confirm", "disclose", "reveal", "recommend",
    "demand", "quote", "describe", "express", "characterize", "brand", "label", "dub", "remind",
    "echo", "highlight", "celebrate", "signal", "challenge", "ignore", "list",
    "negotiate", "approve", "persuade", "authorize", "deem", "recognize", "credit", "castigate",
    "chastise", "dispute", "rip", "knock", "trash", "taunt", "needle",
];
}

word_sets! {
    /// Nouns of feeling expressed or voiced about something (`expressed
    /// concern about`).
    FEELING_NOUNS = [
    "concern", "concerns", "confidence", "frustration", "support", "doubt", "doubts", "fear",
    "fears", "alarm", "dismay", "astonishment", "interest", "sympathy", "condolences", "regret",
    "admiration", "optimism", "outrage", "disappointment", "discomfort", "misgivings",
    "reservations", "opposition", "skepticism", "scepticism", "hope", "hopes", "enthusiasm",
    "disapproval", "anger", "displeasure", "gratitude", "appreciation", "amusement", "remorse",
    "surprise", "worry", "worries", "unease", "anxiety", "pessimism", "contempt", "disgust",
];
}

/// Prepositions after a noun of feeling, before what it is about.
const FEELING_PREPOSITIONS: &[&str] = &[
    "about", "over", "for", "with", "at", "in", "toward", "towards", "on",
];

word_sets! {
    /// Belief cues reported with an infinitive (`wants to run`).
    INTENTIONS = [
    "want", "hope", "plan", "intend", "expect", "wish", "seek", "decide", "vote", "prefer",
    "eager", "reluctant",
];
}

word_sets! {
    /// Belief cues whose content is their object (`wants a recount`,
    /// `supports the bill`).
    STANCES = [
    "want", "support", "seek", "consider", "back", "prefer", "favor", "ignore", "deem",
    "recognize",
];
}

word_sets! {
    /// Intentions whose infinitive can have its own subject (`wants
    /// Congress to act`).
    OBJECT_INFINITIVES = ["want", "expect", "wish"];
}

word_sets! {
    /// Belief cues reported with a clause (`believes the plan will fail`).
    BELIEFS = [
    "think", "believe", "feel", "fear", "worry", "doubt", "suspect", "hope", "expect", "wish",
    "know", "learn", "realize", "decide", "consider", "estimate", "calculate", "recognize",
];
}

word_sets! {
    /// Words after a cue that open no reported clause (`said in May`,
    /// `said so`, `showed up`, `said nothing`).
    NO_CLAUSE_OPENERS = [
    "in", "on", "at", "to", "of", "for", "with", "by", "from", "about", "so", "as", "nothing",
    "something", "anything", "yes", "up", "than",
];
}

/// Most tokens of a report's content, and of the search for the tag
/// ending it.
const MAX_CONTENT_TOKENS: usize = 150;

/// How far before its verb the clause of a passive with an agent may
/// open (`The plan … was criticized by`).
const MAX_PASSIVE_SUBJECT_TOKENS: usize = 40;

/// Reports other than stances whose passive with an agent reports
/// (`was first reported by the Gazette`).
const PASSIVE_AGENT_REPORTS: &[&str] = &["report", "confirm", "write"];

/// Participles that report in the passive, with their lemma and kind
/// (`is expected to`, `was reported that`).
const PASSIVE_REPORTS: &[(&str, &str, CueKind)] = &[
    ("expected", "expect", CueKind::Belief),
    ("said", "say", CueKind::Speech),
    ("reported", "report", CueKind::Speech),
    ("rumored", "rumor", CueKind::Speech),
    ("alleged", "allege", CueKind::Speech),
    ("believed", "believe", CueKind::Belief),
    ("thought", "think", CueKind::Belief),
    ("feared", "fear", CueKind::Belief),
    ("estimated", "estimate", CueKind::Belief),
    ("projected", "project", CueKind::Belief),
    ("predicted", "predict", CueKind::Belief),
    ("seen", "see", CueKind::Belief),
    ("viewed", "view", CueKind::Belief),
    ("regarded", "regard", CueKind::Belief),
    ("considered", "consider", CueKind::Belief),
    ("described", "describe", CueKind::Speech),
    ("criticized", "criticize", CueKind::Speech),
    ("condemned", "condemn", CueKind::Speech),
    ("praised", "praise", CueKind::Speech),
    ("blamed", "blame", CueKind::Speech),
    ("accused", "accuse", CueKind::Speech),
    ("charged", "charge", CueKind::Speech),
];

word_sets! {
    /// Verbs of judgement among [`NEEDS_THAT`] that report a clause
    /// without `that` (`agreed the plan was flawed`, `has indicated she
    /// will run`).
    JUDGEMENTS = ["agree", "indicate", "conclude", "maintain", "state", "observe", "counter"];
}

word_sets! {
    /// Cues whose content follows `for` (`called for new sanctions`).
    REQUESTS = ["call", "ask", "press", "plead", "argue"];
}

word_sets! {
    /// Words of a duration after `for` (`for the third time`, `for hours`).
    DURATION_WORDS = [
    "time", "times", "years", "months", "weeks", "days", "hours", "minutes", "decades", "while",
    "now", "long", "ages",
];
}

/// The most tokens in an aside between a cue and `that` (`said, in a
/// statement released on Monday, that …`).
pub(super) const MAX_ASIDE_TOKENS: usize = 16;

/// Conjunctions opening a clause of reason or concession, which ends an
/// object (`backs Ruiz because …`).
const OBJECT_CLOSERS: &[&str] = &["because", "although", "though", "whereas", "unless"];

/// Cues whose content is the object of a preposition after them, with
/// that preposition (`agrees with Park`, `worried about the levy`).
const OBJECT_PREPOSITIONS: &[(&str, &str)] = &[
    ("agree", "with"),
    ("apologize", "for"),
    ("boast", "of"),
    ("boast", "about"),
    ("brag", "about"),
    ("joke", "about"),
    ("write", "about"),
    ("complain", "about"),
    ("scoff", "at"),
    ("worry", "about"),
    ("concerned", "about"),
    ("critical", "of"),
    ("supportive", "of"),
    ("skeptical", "of"),
];

/// Phrasal cues whose content may be a short topic (`talked about the
/// levy`).
const TOPIC_CUES: &[&str] = &[
    "talk about",
    "speak about",
    "speak of",
    "speak out",
    "brush off",
    "rule out",
    "push for",
    "lash out",
    "push back",
    "fire back",
    "shoot back",
    "sound off",
    "point to",
    "take issue with",
    "take aim at",
    "take credit for",
];

/// Nouns of stance taken by their possessor, with the preposition before
/// their object (`his attacks on Roe`).
const STANCE_NOUNS: &[(&str, &str)] = &[
    ("attack", "on"),
    ("attacks", "on"),
    ("criticism", "of"),
    ("critique", "of"),
    ("endorsement", "of"),
    ("opposition", "to"),
    ("support", "for"),
    ("praise", "for"),
    ("defense", "of"),
    ("rejection", "of"),
];

/// Prepositions before what is warned of (`warned of the risk`).
const WARNED_OF: &[&str] = &["of", "about", "against"];

/// Forms of `be` that make a participle cue a finite verb (`is saying`).
pub(super) const BE_FORMS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "been",
    "be",
    "isn’t",
    "aren’t",
    "wasn’t",
    "weren’t",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
];

word_sets! {
    /// Words opening an adverbial between a cue and `that`.
    ADVERBIAL_OPENERS = [
    "that",
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "last",
    "earlier",
    "later",
    "today",
    "yesterday",
    "tonight",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "also",
    "again",
    "repeatedly",
    "publicly",
    "privately",
    "recently",
    "this",
    "through",
    "via",
    "over",
    "late",
    "early",
    "previously",
    "under",
    "then",
    "now",
    "separately",
];
}

word_sets! {
    /// Irregular pasts that end a clause of two words (`said profits
    /// rose`, `said Roe won`).
    INTRANSITIVE_PASTS = [
    "rose", "fell", "grew", "won", "lost", "ran", "quit", "lied", "died", "left", "stayed",
];
}

word_sets! {
    /// Past forms that start a second predicate after `and`
    /// (`pressed the Chinese to release detainees and took up an offer`).
    IRREGULAR_PAST = [
    "took", "made", "went", "gave", "met", "left", "came", "held", "sent", "spent", "brought",
    "said", "told", "found",
];
}

impl Attributor<'_> {
    /// Finds reported speech in sentence `sentence`, which holds no
    /// quotation marks.
    pub(super) fn reported(&mut self, sentence: usize) {
        let span = self.sentences[sentence].span;
        let mut tokens = std::mem::take(&mut self.tokens);
        tokens.clear();
        tokenize(self.text, span, &mut tokens);
        let words_end = tokens.iter().rposition(|t| t.is_word).map_or(0, |k| k + 1);
        let words_end = self.closing_parenthesis_kept(&tokens, 0, words_end);
        let clause = (0, words_end);
        self.reported_in(&tokens, clause, (0, tokens.len()), sentence, &[], None);
        self.tokens = tokens;
    }

    /// Finds reported speech in tokens `from..to` of sentence `sentence`,
    /// whose tokens are `clause` (a source vouching for the sentence,
    /// `According to X, …` or `…, according to X.`, vouches for all of
    /// it, other reports included). Content that embeds one of
    /// `quotations` is mixed.
    pub(super) fn reported_in(
        &mut self,
        tokens: &[Token],
        clause: (usize, usize),
        (from, to): (usize, usize),
        sentence: usize,
        quotations: &[Quotation],
        previous: Option<&Tag>,
    ) {
        let end = self.closing_parenthesis_kept(tokens, from, words_end(tokens, from, to));
        let mut floor = from;
        let parenthesised = tokens[from..end].iter().any(|t| self.word(*t) == "(");
        let mut c = from;
        let mut previous: Option<Tag> = previous.cloned();
        // The object and tag of a stance taken by a participle after its
        // noun (`groups backing Roe`), whose clause goes on.
        let mut stance_modifier: Option<(Span, Tag)> = None;
        // Quotations ending at or before token `c`, passed; `c` only grows.
        let mut passed = tokens.get(from).map_or(0, |t| {
            quotations.partition_point(|q| q.content.end <= t.span.start)
        });
        while c < end {
            // A verb inside quotation marks is the speaker's, not a cue of
            // the writer's.
            let at = tokens[c].span.start;
            while passed < quotations.len() && quotations[passed].content.end <= at {
                passed += 1;
            }
            if quotations
                .get(passed)
                .is_some_and(|q| q.content.start <= at)
            {
                c += 1;
                continue;
            }
            if let Some((cue, asker, content)) = self.put_question(tokens, floor, c, end) {
                let kind = match !overlapping(quotations, content).is_empty() {
                    true => QuoteKind::Mixed,
                    false => QuoteKind::Indirect,
                };
                match asker {
                    Some(tag) => {
                        self.push_quote(kind, content, vec![content], sentence, Some(&tag))
                    }
                    None => self.push_unattributed(kind, content, sentence, cue.clone()),
                }
                // `Park was asked about it and said …`: the one asked
                // answers, not the one asking.
                let asked = c > floor && lower_in(BE_FORMS, self.word(tokens[c - 1]));
                if asked {
                    previous = self
                        .subject_before(tokens, c - 1, floor)
                        .map(|(mention, words)| Tag::new(cue, mention, words, (c, c + 1)));
                }
                floor = tokens.partition_point(|t| t.span.start < content.end);
                c = floor;
                continue;
            }
            if let Some((cue, content, tag)) = self
                .passive_report(tokens, floor, c, end)
                .map(|(cue, content)| (cue, content, None))
                .or_else(|| {
                    // (An evidential leaves a quotation to its own tag.)
                    self.evidential_report(tokens, floor, c, end)
                        .or_else(|| self.known_as(tokens, floor, c, end))
                        .or_else(|| self.passive_with_agent(tokens, floor, c, end))
                        .filter(|(_, content, _)| overlapping(quotations, *content).is_empty())
                })
            {
                let kind = match !overlapping(quotations, content).is_empty() {
                    true => QuoteKind::Mixed,
                    false => QuoteKind::Indirect,
                };
                match tag {
                    Some(tag) => {
                        self.push_quote(kind, content, vec![content], sentence, Some(&tag))
                    }
                    None => self.push_unattributed(kind, content, sentence, cue),
                }
                floor = tokens.partition_point(|t| t.span.start < content.end);
                c = floor.max(c + 1);
                continue;
            }
            // `Her ratings (at one point 19 percent, Roe says) fell`: a
            // report inside parentheses stays inside them.
            let (inner_floor, inner_end) = parenthesised
                .then(|| self.parenthesis_around(tokens, floor, c, end))
                .flatten()
                .unwrap_or((floor, end));
            let found = self
                .reported_at(tokens, clause, inner_floor, c, inner_end)
                .or_else(|| self.coordinated(tokens, previous.as_ref(), c, end));
            match found {
                Some((mut tag, content)) => {
                    // `Democrats backing Roe have said …`: the subject of
                    // the verb after a participle's object is the one
                    // taking the stance, not its object.
                    if let Some((object, modifier)) = &stance_modifier
                        && object.contains(tag.mention)
                    {
                        // (The mention as written runs over the participle.)
                        tag.mention = Span::new(modifier.mention.start, object.end);
                        tag.name_words = modifier.name_words.clone();
                    }
                    let embedded = overlapping(quotations, content);
                    // Content ending inside a quotation ends with it,
                    // closing mark included (`… she was “the best.”`).
                    let content = match embedded.last() {
                        Some(q) if q.outer.end > content.end => {
                            Span::new(content.start, q.outer.end)
                        }
                        _ => content,
                    };
                    let content_end = tokens.partition_point(|t| t.span.start < content.end);
                    let (span, parts) = self.with_relative_gap(tokens, &tag, content);
                    let (span, parts) = match embedded.is_empty() {
                        true => self.without_concession(tokens, span, parts),
                        false => (span, parts),
                    };
                    let embeds_quote = !embedded.is_empty();
                    let kind = if embeds_quote {
                        QuoteKind::Mixed
                    } else {
                        QuoteKind::Indirect
                    };
                    // A belief cut short by a quotation inside the writer's
                    // part of a mixed quote (`Voters saw the council as`)
                    // is that quote's.
                    let nested = tag.cue.kind == CueKind::Belief
                        && self.quotes.iter().rev().take(4).any(|quote| {
                            quote.kind == QuoteKind::Mixed
                                && quote.parts.iter().any(|part| part.contains(content))
                        });
                    // `Voters saw the council as “…,” Ruiz said`: a belief
                    // gives way to the speech tag of its quotation.
                    let tagged_quotation = tag.cue.kind == CueKind::Belief
                        && embeds_quote
                        && embedded.iter().any(|q| {
                            let after = tokens.partition_point(|t| t.span.start < q.outer.end);
                            (after..(after + 3).min(tokens.len()))
                                .any(|k| self.speech_cue(tokens, k).is_some())
                        });
                    // `Park plans to run, Roe said`, `Roe offers a reminder
                    // of the stakes, said Jo Park`: a report leaves its
                    // clause to the speech tag closing it.
                    let speech_follows = match tag.cue.kind {
                        CueKind::Belief => {
                            tokens
                                .get(content_end)
                                .is_some_and(|t| self.word(*t) == ",")
                                && (content_end + 1..(content_end + 6).min(end)).any(|k| {
                                    self.speech_cue(tokens, k)
                                        .is_some_and(|(cue, _, _)| cue.kind == CueKind::Speech)
                                })
                        }
                        // (Only while the clause is whole: the tag's content
                        // starts where the clause does.)
                        _ if floor > from || content.start < tokens[c].span.end => false,
                        _ => self
                            .speech_tag_after_comma(tokens, content_end, end)
                            .is_some_and(|k| {
                                !self.participle_cue(tokens, k)
                                    && self.speech_cue(tokens, k).is_some_and(|(cue, _, _)| {
                                        cue.kind == CueKind::Speech
                                            && !STANCE_OBJECTS.contains(&cue.lemma)
                                    })
                            }),
                    };
                    if speech_follows {
                        // (A report of speech inside the clause is the
                        // tag's speaker's to tell; a belief stays.)
                        if tag.cue.kind == CueKind::Belief {
                            self.push_quote(kind, span, parts, sentence, Some(&tag));
                        }
                        c += 1;
                        continue;
                    }
                    let gives_way = tagged_quotation || (nested && kind == QuoteKind::Indirect);
                    if !gives_way {
                        self.push_quote(kind, span, parts, sentence, Some(&tag));
                    }
                    // `According to X, Roe said …`: the source vouches
                    // for Roe's report, which is looked for in its content;
                    // so does a poll for its respondents' (`In a poll, 75
                    // percent said …`), but its other findings are its own.
                    let opening = content.start >= tokens[c].span.end;
                    let respondents_speak = || {
                        let from = tag.tokens.1;
                        (from..content_end.min(from + MAX_TAG_TAIL))
                            .any(|k| self.speech_cue(tokens, k).is_some())
                    };
                    let vouched = opening
                        && (tag.cue.lemma == "according to"
                            || (tag.cue.lemma == "in" && respondents_speak()));
                    // (A participle after its noun, `groups backing Roe`,
                    // leaves its object to the clause's verb as a subject.)
                    let modifier = !vouched
                        && c > 0
                        && tag.mention.end == tokens[c - 1].span.end
                        && STANCE_OBJECTS.contains(&tag.cue.lemma)
                        && self.participle_cue(tokens, c);
                    floor = match vouched {
                        true => tag.tokens.1.max(c + 1),
                        false if modifier => c + 1,
                        false => content_end.max(tag.tokens.1).max(c + 1),
                    };
                    c = match modifier {
                        true => content_end.max(c + 1),
                        false => floor,
                    };
                    stance_modifier = modifier.then(|| (content, tag.clone()));
                    previous = Some(tag);
                }
                None => c += 1,
            }
        }
    }

    /// A report's `span` and `parts` without a concession closing them
    /// (`said she would back him despite his record`), which is the
    /// writer's.
    fn without_concession(
        &self,
        tokens: &[Token],
        span: Span,
        mut parts: Vec<Span>,
    ) -> (Span, Vec<Span>) {
        // (A search of the text first: most reports have no concession.)
        let Some(last) = parts.last_mut().filter(|last| {
            let text = &self.text[**last];
            text.contains("despite") || text.contains("Despite")
        }) else {
            return (span, parts);
        };
        let from = tokens.partition_point(|t| t.span.start < last.start);
        let to = tokens.partition_point(|t| t.span.start < last.end);
        // (A concession longer than what comes before it may be the
        // point of the report.)
        let kept_end = (from + MIN_CONTENT_WORDS..to)
            .find(|&k| self.word(tokens[k]).eq_ignore_ascii_case("despite"))
            .filter(|&k| to - k < k - from)
            .map(|despite| words_end(tokens, from, despite))
            .filter(|&end| end > from);
        match kept_end {
            Some(end) => {
                last.end = tokens[end - 1].span.end;
                (Span::new(span.start, last.end), parts)
            }
            None => (span, parts),
        }
    }

    /// The relative pronoun standing for part of a report's `content` in its
    /// clause (`the wall, which he said Mexico would pay for`, `what critics
    /// said was a mistake`), right before the tag's subject. A pronoun after
    /// a preposition (`in which he said …`) sets the scene of the report
    /// and is none, nor is a pronoun that is the speaker (`who said …`).
    pub(super) fn relative_gap_pronoun(
        &self,
        tokens: &[Token],
        tag: &Tag,
        content: Span,
    ) -> Option<usize> {
        let subject = tokens.partition_point(|t| t.span.start < tag.mention.start);
        // (`who previously worked for Roe, …, called it`: a mention opening
        // with an adverb or a verb is the pronoun's own clause.)
        let first = tokens.get(subject).map_or("", |t| self.word(*t));
        let own_clause = self.is_adverb(first) || is_past(first);
        if content.start < tag.cue.span.end || own_clause {
            return None;
        }
        self.gap_pronoun_before(tokens, subject)
    }

    /// The relative pronoun right before the subject at token `subject`
    /// that may stand for part of what it reports: `which`, `what`, `who`
    /// or `whom`, not after a preposition (`in which he said …`).
    fn gap_pronoun_before(&self, tokens: &[Token], subject: usize) -> Option<usize> {
        let k = subject.checked_sub(1)?;
        let scene = k > 0 && lower_in(RELATIVE_SCENE_PREPOSITIONS, self.word(tokens[k - 1]));
        (!scene && RELATIVE_GAP_PRONOUNS.contains(&self.word(tokens[k]))).then_some(k)
    }

    /// The span and parts of a report's `content`, opened by the relative
    /// pronoun that stands for part of it, if any (see
    /// [`relative_gap_pronoun`](Self::relative_gap_pronoun)): the pronoun,
    /// then the content after the tag.
    pub(super) fn with_relative_gap(
        &self,
        tokens: &[Token],
        tag: &Tag,
        content: Span,
    ) -> (Span, Vec<Span>) {
        let Some(k) = self.relative_gap_pronoun(tokens, tag, content) else {
            return (content, vec![content]);
        };
        // `The levy, which critics said was unfair, failed`: a clause set
        // off by commas ends before the verb of the sentence.
        let mut content = content;
        if k > 0 && self.word(tokens[k - 1]) == "," {
            let from = tokens.partition_point(|t| t.span.start < content.start);
            let to = tokens.partition_point(|t| t.span.start < content.end);
            let verb_after_comma = (from + 1..to.saturating_sub(1)).find(|&j| {
                let next = self.word(tokens[j + 1]);
                self.word(tokens[j]) == "," && (FINITE_AUXILIARIES.contains(next) || is_past(next))
            });
            if let Some(comma) = verb_after_comma {
                content = Span::new(content.start, tokens[comma - 1].span.end);
            }
        }
        (
            Span::new(tokens[k].span.start, content.end),
            vec![tokens[k].span, content],
        )
    }

    /// The cue of a speech tag right after the comma at `comma`, before
    /// `end`: inverted (`…, said Roe`) or after its speaker, ending the
    /// clause (`…, Roe said.`, `…, the New York Post reported,`).
    fn speech_tag_after_comma(&self, tokens: &[Token], comma: usize, end: usize) -> Option<usize> {
        if comma >= end || self.word(tokens[comma]) != "," {
            return None;
        }
        // (Inverted, its speaker closes the clause: `said the family
        // deserved better` is the verb of the sentence.)
        if let Some((_, after, _)) = self.speech_cue(tokens, comma + 1) {
            let speaker_closes =
                self.noun_phrase_after(tokens, after, end)
                    .is_some_and(|name_end| {
                        tokens.get(name_end).is_none_or(|t| {
                            name_end >= end || matches!(self.word(*t), "," | "." | ";")
                        })
                    });
            return speaker_closes.then_some(comma + 1);
        }
        (comma + 2..(comma + 8).min(end)).find(|&k| {
            self.speech_cue(tokens, k).is_some()
                && self
                    .subject_before(tokens, k, comma + 1)
                    .is_some_and(|(mention, _)| mention.start == tokens[comma + 1].span.start)
                && tokens
                    .get(k + 1)
                    .is_none_or(|t| matches!(self.word(*t), "." | "," | ";"))
        })
    }

    /// Whether the subject at token `subject` follows a conjunction or a
    /// preposition opening a subordinate clause or phrase at the start of
    /// the clause from `floor` (`While Roe says …`, `Even as critics argue
    /// …`, `Despite Roe’s claim …`).
    pub(super) fn opening_subordinate(
        &self,
        tokens: &[Token],
        floor: usize,
        subject: usize,
    ) -> bool {
        let Some(opener) = subject.checked_sub(1).filter(|&k| k >= floor) else {
            return false;
        };
        // `Despite Roe’s claim that …, the council …` opens the same way.
        let word = self.word(tokens[opener]);
        if !lower_in(SUBORDINATORS, word) && !lower_in(&["as", "despite", "amid"], word) {
            return false;
        }
        let opener = match opener.checked_sub(1) {
            Some(even) if even >= floor && self.word(tokens[even]).eq_ignore_ascii_case("even") => {
                even
            }
            _ => opener,
        };
        self.opens_clause_at(tokens, floor, opener)
    }

    /// Where an inverted tag inserted in a clause ends (`The plan, said
    /// Jo Park, an expert, will fail.`), its speaker's name in tokens
    /// `after..name_end`: the index of the comma closing it.
    pub(super) fn inserted_tag_after(
        &self,
        tokens: &[Token],
        after: usize,
        name_end: usize,
        end: usize,
    ) -> Option<usize> {
        let possessive = lower_in(
            &["his", "her", "their", "its", "our", "my", "your"],
            self.word(tokens[after]),
        );
        if possessive || tokens.get(name_end).is_none_or(|t| self.word(*t) != ",") {
            return None;
        }
        self.inserted_tag_end(tokens, name_end, end)
    }

    /// Where a speaker inserted in a clause ends, the comma at
    /// `comma` and an optional appositive after the name (`Jo Park, an
    /// expert,`) followed by the clause's verb (`will fail`): the index of
    /// the closing comma.
    fn inserted_tag_end(&self, tokens: &[Token], comma: usize, end: usize) -> Option<usize> {
        let verb_after = |k: usize| {
            self.word(tokens[k]) == ","
                && tokens
                    .get(k + 1)
                    .is_some_and(|t| FINITE_AUXILIARIES.contains(self.word(*t)))
        };
        if verb_after(comma) {
            return Some(comma);
        }
        // The appositive: words up to the next comma.
        let closing = (comma + 1..end.min(comma + 1 + MAX_TAG_TAIL * 2))
            .find(|&k| !tokens[k].is_word && self.word(tokens[k]) != ".")?;
        (closing > comma + 1 && verb_after(closing)).then_some(closing)
    }

    /// What the writer is told by no one named, `told` being token `c`:
    /// `I'm told Roe considered resigning`, `we are now being told that
    /// …` (the clause is the content).
    fn told_the_writer(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
        end: usize,
    ) -> Option<(whosaid_core::Cue, Span)> {
        let mut k = c.checked_sub(1).filter(|&k| k >= floor)?;
        let skip_adverbs = |k: &mut usize| {
            while *k > floor && self.is_adverb(self.word(tokens[*k])) {
                *k -= 1;
            }
        };
        skip_adverbs(&mut k);
        if self.word(tokens[k]) == "being" && k > floor {
            k -= 1;
            skip_adverbs(&mut k);
        }
        let be = self.word(tokens[k]);
        let writer = |word: &str| lower_in(&["i", "we"], word);
        let told_writer = match be.split_once(['’', '\'']) {
            Some((pronoun, _)) => writer(pronoun) && pronoun_contraction(be),
            None => lower_in(BE_FORMS, be) && k > floor && writer(self.word(tokens[k - 1])),
        };
        if !told_writer || c + 1 >= end {
            return None;
        }
        let start = match self.word(tokens[c + 1]) {
            "that" => c + 1,
            _ if self.clause_after_participle(tokens, c + 1, end) => c + 1,
            _ => return None,
        };
        let clause_end = self.next_tag_start(tokens, start, end, None).unwrap_or(end);
        let cue = whosaid_core::Cue::speech(tokens[c].span, "tell");
        Some((cue, self.content(tokens, start, clause_end)?))
    }

    /// A report or expectation in the passive, with no source named: `It
    /// was reported that CLAUSE` (the clause is the content) and `The House
    /// is expected to pass the bill`, `The plan is said to have failed`
    /// (the whole clause, its subject included). `c` is the participle.
    fn passive_report(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
        end: usize,
    ) -> Option<(whosaid_core::Cue, Span)> {
        let word = self.word(tokens[c]);
        if word == "told" {
            return self.told_the_writer(tokens, floor, c, end);
        }
        let &(_, lemma, kind) = PASSIVE_REPORTS.iter().find(|(form, _, _)| *form == word)?;
        let mut be = c.checked_sub(1).filter(|&k| k > floor)?;
        if self.is_adverb(self.word(tokens[be])) && be > floor + 1 {
            be -= 1;
        }
        if !lower_in(BE_FORMS, self.word(tokens[be])) {
            return None;
        }
        let next = tokens.get(c + 1).map_or("", |t| self.word(*t));
        let cue = whosaid_core::Cue {
            span: tokens[c].span,
            lemma: lemma.into(),
            kind,
        };
        let subject_at = be - 1;
        // `It was reported that …`: the clause after `that`.
        if self.word(tokens[subject_at]).eq_ignore_ascii_case("it") && next == "that" {
            let clause_end = self.next_tag_start(tokens, c + 2, end, None).unwrap_or(end);
            return Some((cue, self.content(tokens, c + 1, clause_end)?));
        }
        // `X is reported to have called …`: the inner cue reports, for X.
        let inner_cue = next == "to" && {
            let mut verb = c + 2;
            if tokens.get(verb).is_some_and(|t| self.word(*t) == "have") {
                verb += 1;
            }
            verb < end && self.speech_cue(tokens, verb).is_some()
        };
        if inner_cue {
            return None;
        }
        // `X is expected (to …)`, `X is said to …`, `X is seen as …`.
        let complement = match lemma {
            "expect" => next != "by" && next != "that",
            "see" | "view" | "regard" | "describe" => next == "as",
            "consider" => next == "as" || next == "to",
            // `Park was criticized for …`, `was widely praised as …`.
            "criticize" | "condemn" | "praise" | "blame" => next == "as" || next == "for",
            "accuse" => next == "of",
            "charge" => next == "with",
            _ => next == "to",
        };
        // (`the assaults he is accused of.`: a complement must follow.)
        let complement = complement && (next.is_empty() || (c + 2 < end && tokens[c + 2].is_word));
        // The subject ends in a word, or in the comma closing its
        // appositive (`The plan, which …, is expected to …`).
        if !complement || !(tokens[subject_at].is_word || self.word(tokens[subject_at]) == ",") {
            return None;
        }
        // The subject: a relative pronoun, or the clause from its opening on.
        let relative = lower_in(
            &["who", "which", "that", "what"],
            self.word(tokens[subject_at]),
        );
        let start = if relative {
            subject_at
        } else {
            let start = self.skip_clause_opening(tokens, floor, be);
            let plain = start < be
                && tokens[start..be]
                    .iter()
                    .all(|t| t.is_word || matches!(self.word(*t), "," | "." | "’" | "'" | "-"))
                && !(start..be).any(|k| self.any_cue(tokens, k).is_some());
            if !plain {
                return None;
            }
            start
        };
        let mut clause_end = self.next_tag_start(tokens, c + 1, end, None).unwrap_or(end);
        // `Trump, who is seen as a strong leader, hopes …`: a relative
        // clause set off by commas ends at its closing comma.
        if relative && subject_at > floor && self.word(tokens[subject_at - 1]) == "," {
            clause_end = (c + 1..clause_end)
                .find(|&k| self.word(tokens[k]) == ",")
                .unwrap_or(clause_end);
        }
        Some((cue, self.content(tokens, start, clause_end)?))
    }

    /// Where the subject of a passive whose verb group starts at `verb`
    /// starts: a relative pronoun right before it (`which was reported
    /// by`), or the clause from its opening on.
    fn passive_subject_start(&self, tokens: &[Token], floor: usize, verb: usize) -> usize {
        let subject_at = verb - 1;
        match lower_in(&["who", "which", "that"], self.word(tokens[subject_at])) {
            true => subject_at,
            false => self.skip_clause_opening(tokens, floor, verb),
        }
    }

    /// A stance or a report in the passive with its agent, the participle
    /// at token `c`: `The plan was criticized by Democrats`, `Roe's move
    /// was first reported by the Gazette`. The subject is the content and
    /// the agent after `by` the speaker. (Kept out of line: it is tried
    /// at every word, and inlined it made that loop dearer.)
    #[inline(never)]
    fn passive_with_agent(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
        end: usize,
    ) -> Option<(whosaid_core::Cue, Span, Option<Tag>)> {
        // (`by` first: it rules out nearly every word at once.)
        if tokens.get(c + 1).is_none_or(|t| self.word(*t) != "by") || c <= floor + 1 {
            return None;
        }
        let word = self.word(tokens[c]);
        let participle = word.ends_with("ed") || word == "written";
        if !participle {
            return None;
        }
        let (lemma, kind) = cue_lemma(word)?;
        let reported = STANCE_OBJECTS.contains(lemma) || lower_in(PASSIVE_AGENT_REPORTS, lemma);
        if kind != CueKind::Speech || !reported {
            return None;
        }
        let agent_end = self.noun_phrase_after(tokens, c + 2, end)?;
        let verb = self.verb_group_start(tokens, floor, c, |word| {
            lower_in(BE_FORMS, word) || lower_in(&["being", "has", "have", "had"], word)
        });
        let passive = tokens[verb..c].iter().any(|t| {
            let word = self.word(*t);
            lower_in(BE_FORMS, word) || word.eq_ignore_ascii_case("being")
        });
        // (The clause opens a bounded distance before, so that a sentence
        // of many stays linear.)
        if !passive || verb <= floor || verb - floor > MAX_PASSIVE_SUBJECT_TOKENS {
            return None;
        }
        let start = self.passive_subject_start(tokens, floor, verb);
        let plain = start < verb
            && tokens[start..verb]
                .iter()
                .all(|t| t.is_word || matches!(self.word(*t), "," | "." | "’" | "'" | "-"))
            && !(start..verb).any(|k| self.any_cue(tokens, k).is_some());
        let subject_end = words_end(tokens, start, verb);
        if !plain || subject_end <= start {
            return None;
        }
        let content = Span::new(tokens[start].span.start, tokens[subject_end - 1].span.end);
        let cue = whosaid_core::Cue {
            span: tokens[c].span,
            lemma: lemma.into(),
            kind,
        };
        let mention = Span::new(tokens[c + 2].span.start, tokens[agent_end - 1].span.end);
        let words = word_spans(&tokens[c + 2..agent_end]);
        let tag = Tag::new(cue.clone(), mention, words, (c, agent_end));
        Some((cue, content, Some(tag)))
    }

    /// A reputation with no source, `known as` or `known for` at token
    /// `c`: `the contests known as Super Tuesday`, `Roe, also known as
    /// Jo`, `Park is best known for her tax plan`. The content runs from
    /// the noun phrase or the clause's subject to the end of the name or
    /// the reason.
    fn known_as(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
        end: usize,
    ) -> Option<(whosaid_core::Cue, Span, Option<Tag>)> {
        if !self.options.beliefs || !self.word(tokens[c]).eq_ignore_ascii_case("known") {
            return None;
        }
        let next = tokens.get(c + 1).map_or("", |t| self.word(*t));
        if !lower_in(&["as", "for"], next) || c + 2 >= end || c <= floor {
            return None;
        }
        // Adverbs and a form of `be` before it (`is perhaps best known`,
        // `has long been known`), not a perfect (`had known him for years`).
        let verb = self.verb_group_start(tokens, floor, c, |word| {
            lower_in(BE_FORMS, word) || lower_in(REPUTATION_AUXILIARIES, word)
        });
        let auxiliaries = &tokens[verb..c];
        let passive = auxiliaries
            .iter()
            .any(|t| lower_in(BE_FORMS, self.word(*t)));
        if !passive
            && auxiliaries
                .iter()
                .any(|t| lower_in(&["has", "have", "had"], self.word(*t)))
        {
            return None;
        }
        let start = match passive {
            // `Park is best known for …`: the clause from its subject.
            true => self.passive_subject_start(tokens, floor, verb),
            // `Roe, also known as Jo`, `the contests known as …`: the noun
            // phrase before.
            false => {
                let noun_end = match self.word(tokens[verb - 1]) {
                    "," => verb - 1,
                    _ => verb,
                };
                self.noun_phrase_start(tokens, noun_end, floor)?
            }
        };
        let end = end.min(c + MAX_EVIDENTIAL_TOKENS);
        let stop = (c + 2..end)
            .find(|&k| matches!(self.word(tokens[k]), "," | ";" | ")" | ":"))
            .unwrap_or(end);
        let clause_end = self
            .next_tag_start(tokens, c + 2, stop, None)
            .unwrap_or(stop);
        if start >= c {
            return None;
        }
        let lemma = match next {
            "for" => "known for",
            _ => "known as",
        };
        let span = Span::new(tokens[c].span.start, tokens[c + 1].span.end);
        let cue = whosaid_core::Cue::evidential(span, lemma);
        Some((cue, self.content(tokens, start, clause_end)?, None))
    }

    /// Where the verb group ending at token `c` starts: back over adverbs
    /// and the words `auxiliary` accepts (`would seem`, `is best known`),
    /// leaving a token after `floor` for its subject.
    fn verb_group_start(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
        auxiliary: impl Fn(&str) -> bool,
    ) -> usize {
        let mut verb = c;
        while verb > floor + 1 && {
            let before = self.word(tokens[verb - 1]);
            tokens[verb - 1].is_word && (self.is_adverb(before) || auxiliary(before))
        } {
            verb -= 1;
        }
        verb
    }

    /// After a prepositional phrase opening the clause at `floor` and set
    /// off by a comma (`In the end,`, `For all the uncertainty,`, `Despite
    /// a month of attacks,`): the token after the comma.
    fn opening_phrase_end(&self, tokens: &[Token], floor: usize, to: usize) -> Option<usize> {
        let first = self.word(*tokens.get(floor)?);
        if !lower_in(OPENING_PREPOSITIONS, first) || !is_capitalised_word(first) {
            return None;
        }
        let comma = (floor + 1..to.min(floor + MAX_OPENING_PREPOSITIONAL_TOKENS))
            .find(|&k| !tokens[k].is_word)
            .filter(|&k| self.word(tokens[k]) == ",")?;
        let plain = tokens[floor + 1..comma].iter().all(|t| {
            let word = self.word(*t);
            !is_verb(word) && !lower_in(&["that", "who", "which"], word)
        });
        (plain && comma + 1 < to).then_some(comma + 1)
    }

    /// The writer's evidential at token `c`, a report with no source: `The
    /// plan seems doomed`, `Roe sounded tired`, `It appears (that)
    /// CLAUSE`, and speech reported by someone unnamed, `The FBI is
    /// reportedly planning …`. The clause is the content, its subject and
    /// verb included (`It appears` leaves out the `it`); a person or a
    /// group seeming so is the speaker.
    fn evidential_report(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
        end: usize,
    ) -> Option<(whosaid_core::Cue, Span, Option<Tag>)> {
        let word = self.word(tokens[c]);
        let (lemma, kind) = match word {
            "seem" | "seems" | "seemed" => ("seem", CueKind::Evidential),
            "appear" | "appears" | "appeared" => ("appear", CueKind::Evidential),
            "sounded" => ("sound", CueKind::Evidential),
            // `Roe reportedly considered …`: a report by someone unnamed.
            "reportedly" => ("report", CueKind::Speech),
            _ => return None,
        };
        if kind == CueKind::Evidential && !self.options.beliefs {
            return None;
        }
        let next = tokens.get(c + 1).map_or("", |t| self.word(*t));
        // `appeared on Fox News`, `appeared with Roe`: showing up, not
        // seeming.
        let showing_up = lemma == "appear" && lower_in(SHOWING_UP, next);
        // `Roe appeared to concede that …`: the inner cue reports, for
        // Roe.
        // (`Roe reportedly told aides that …`: the same.)
        let inner_cue = match next {
            "to" => {
                let mut verb = c + 2;
                if tokens.get(verb).is_some_and(|t| self.word(*t) == "have") {
                    verb += 1;
                }
                verb < end && self.any_cue(tokens, verb).is_some()
            }
            _ => lemma == "report" && c + 1 < end && self.any_cue(tokens, c + 1).is_some(),
        };
        if showing_up || inner_cue || c <= floor {
            return None;
        }
        let cue = whosaid_core::Cue {
            span: tokens[c].span,
            lemma: lemma.into(),
            kind,
        };
        // The verb group: auxiliaries and adverbs before the verb.
        let verb = self.verb_group_start(tokens, floor, c, |word| {
            lower_in(EVIDENTIAL_AUXILIARIES, word)
        });
        let subject_at = verb - 1;
        let subject = self.word(tokens[subject_at]);
        let end = end.min(c + MAX_EVIDENTIAL_TOKENS);
        let clause_end = self.next_tag_start(tokens, c + 1, end, None).unwrap_or(end);
        // `It appears (that) CLAUSE`: the clause.
        if subject.eq_ignore_ascii_case("it") && !lower_in(&["to", "like"], next) {
            return Some((cue, self.content(tokens, c + 1, clause_end)?, None));
        }
        if !(tokens[subject_at].is_word || subject == ",") {
            return None;
        }
        let relative = lower_in(&["who", "which", "that"], subject);
        // (`… shared a report that a guard appeared to …`: the clause
        // after its conjunction.)
        let start = match relative {
            true => subject_at,
            false => {
                // (`For Trump, the returns seemed …`: a phrase of setting
                // is the writer's.)
                let opening = self
                    .opening_phrase_end(tokens, floor, verb)
                    .unwrap_or_else(|| self.skip_clause_opening(tokens, floor, verb));
                (opening..verb)
                    .rev()
                    .find(|&k| lower_in(EMBEDDING_CONJUNCTIONS, self.word(tokens[k])))
                    .map_or(opening, |k| k + 1)
            }
        };
        let mut clause_end = clause_end;
        if relative && subject_at > floor && self.word(tokens[subject_at - 1]) == "," {
            clause_end = (c + 1..clause_end)
                .find(|&k| self.word(tokens[k]) == ",")
                .unwrap_or(clause_end);
        }
        // (A cue in the clause reports it, or part of it, and so does a
        // closing tag: `… appears to be working, said Roe`.)
        let closing_tag = self
            .speech_tag_after_comma(tokens, clause_end, end)
            .is_some();
        let reported =
            closing_tag || (c + 1..clause_end).any(|k| self.any_cue(tokens, k).is_some());
        if start >= verb || reported {
            return None;
        }
        let content = self.content(tokens, start, clause_end)?;
        // `Voters seem to care …`: a person or a group seems, and is the
        // speaker; a thing seeming has none.
        let speaker = (kind == CueKind::Evidential)
            .then(|| self.subject_before(tokens, verb, floor))
            .flatten()
            .filter(|(_, words)| {
                words.last().is_some_and(|head| {
                    let head = &self.text[head.start..head.end];
                    speaker_like(head) && !lower_in(&["it", "there", "this", "that"], head)
                })
            })
            .map(|(mention, words)| Tag::new(cue.clone(), mention, words, (start, c + 1)));
        Some((cue, content, speaker))
    }

    /// Reported speech whose cue is token `c`, in tokens `floor..end` of
    /// the sentence's tokens `clause_from..clause_to` (its closing
    /// punctuation left out, a closing quotation mark kept).
    pub(super) fn reported_at(
        &self,
        tokens: &[Token],
        (clause_from, clause_to): (usize, usize),
        floor: usize,
        c: usize,
        end: usize,
    ) -> Option<(Tag, Span)> {
        if c > floor && self.word(tokens[c]) == ":" {
            return self.headline_colon(tokens, floor, c, end);
        }
        if self.word(tokens[c]).eq_ignore_ascii_case("in") {
            return self.in_poll(tokens, (floor, c, end), clause_to);
        }
        if let Some(found) = self.nominal_report(tokens, floor, c, end) {
            return Some(found);
        }
        if let Some(found) = self.as_reported_by(tokens, floor, c, end) {
            return Some(found);
        }
        let (cue, after, according_to) = self.any_cue(tokens, c)?;
        // `“Thanks,” she laughed.`: a manner of speaking tags quoted words
        // only.
        if GESTURES.contains(&cue.lemma) {
            return None;
        }
        let comma_before = c > floor && self.word(tokens[c - 1]) == ",";
        let adverbs_after_comma = self.adverbs_after_comma(tokens, floor, c);
        // A participle reports speech after a comma (`…, saying the plan
        // failed`) or after a form of `be` (`is saying`, `wasn’t saying`),
        // not as an object (`countering terrorism`).
        let progressive = self.progressive_auxiliary(tokens, floor, c);
        // `…, with 62 percent of voters saying …`: the participle's
        // subject follows `with`.
        let (absolute_at, absolute) = self.absolute_subject(tokens, floor, c).unzip();
        // `… picked up the theme by saying …`, `was vocal in rejecting …`,
        // `charged him after determining that …`: the means or the time of
        // what the clause's subject did.
        let of_means = c > floor
            && self.participle_cue(tokens, c)
            && lower_in(MEANS_PREPOSITIONS, self.word(tokens[c - 1]));
        // `…, before adding that …`, `…, while insisting …`: a participle
        // after a conjunction of time, set off by a comma; inside an
        // aside, it ends where the clause's verb follows (`Trump, after
        // railing against …, produced`).
        let timed = self.after_time_conjunction(tokens, floor, c);
        let end = match timed {
            true => self.aside_verb_after(tokens, c, end).unwrap_or(end),
            false => end,
        };
        // `Park was quoted as saying …`: the subject of the passive.
        let quoted_as = (c >= floor + 3
            && self.word(tokens[c - 1]) == "as"
            && self.word(tokens[c - 2]) == "quoted"
            && self.participle_cue(tokens, c))
        .then(|| {
            let mut be = c - 3;
            if be > floor && self.is_adverb(self.word(tokens[be])) {
                be -= 1;
            }
            match lower_in(BE_FORMS, self.word(tokens[be])) {
                true => self.subject_before(tokens, be, floor),
                false => None,
            }
        })
        .flatten();
        // `Park issued a statement saying …`: a document speaks for its
        // author, the subject of the verb issuing it.
        // (`filed a lawsuit in 2013 alleging …`: a time between.)
        let document_at = (c > floor && self.participle_cue(tokens, c))
            .then(|| {
                let noun = self
                    .time_before(tokens, c, floor)
                    .filter(|&start| start > floor)
                    .map_or(c - 1, |start| start - 1);
                DOCUMENT_NOUNS
                    .contains(self.word(tokens[noun]))
                    .then_some(noun)
            })
            .flatten();
        let document = document_at.is_some();
        let document_author = if let Some(noun) = document_at {
            // (`a statement announcing that …`: a stance with its clause.)
            let clause = tokens.get(after).is_some_and(|t| self.word(*t) == "that");
            let speech =
                cue.kind == CueKind::Speech && (!STANCE_OBJECTS.contains(&cue.lemma) || clause);
            Some(
                self.document_author(tokens, floor, noun)
                    .filter(|_| speech)?,
            )
        } else {
            None
        };
        // (`Having announced that …, the judge …`: a perfect participle;
        // `Having said that, …` is an idiom.)
        let perfect = c == floor + 1 && self.word(tokens[floor]) == "Having";
        let idiom = perfect
            && tokens.get(after).is_some_and(|t| self.word(*t) == "that")
            && tokens.get(after + 1).is_some_and(|t| self.word(*t) == ",");
        if idiom {
            return None;
        }
        if !according_to
            && (self.participle_cue(tokens, c) || perfect)
            && let Some(found) = self.opening_participle(tokens, floor, c, &cue, after, end)
        {
            return Some(found);
        }
        // `groups supporting Park`, `those backing the bill`: a stance
        // taken by the speaker the participle follows.
        // (Not an adjective: `a supporting role`.)
        let stance_of_noun = c > floor
            && !document
            && self.participle_cue(tokens, c)
            && STANCE_OBJECTS.contains(&cue.lemma)
            && !INTENTIONS.contains(&cue.lemma)
            && absolute.is_none()
            && tokens[c - 1].is_word
            && {
                let noun = self.word(tokens[c - 1]);
                is_speaker_head(noun) || lower_in(&["those", "others"], noun)
            }
            && tokens
                .get(after)
                .is_none_or(|t| !lower_in(&["role", "roles", "cast", "evidence"], self.word(*t)));
        if !according_to
            && self.participle_cue(tokens, c)
            && !stance_of_noun
            && !comma_before
            && !adverbs_after_comma
            && !of_means
            && !timed
            && !document
            && quoted_as.is_none()
            // `… of “New York values,” saying …`
            && !(c >= floor + 2
                && matches!(self.word(tokens[c - 1]), "”" | "\"" | "’" | "'")
                && self.word(tokens[c - 2]) == ",")
            // `… on the spot – saying she was …`
            && !(c > floor && is_dash(self.word(tokens[c - 1])))
            && progressive.is_none()
            && absolute.is_none()
        {
            return None;
        }
        if according_to {
            // `But according to X, CLAUSE`
            // … or after a colon, a semicolon or a dash: `It has not gone
            // unnoticed: according to X, CLAUSE`.
            // A dash opens the clause when a comma ends the source, and
            // closes the content when the source ends the sentence (`… —
            // including robbery — according to FBI data.`).
            let last_clause = !(after..end).any(|k| self.word(tokens[k]) == ",");
            let dash_before = c > floor && is_dash(self.word(tokens[c - 1]));
            let opens = self.opens_clause_at(tokens, floor, c)
                || matches!(self.word(tokens[c - 1]), ":" | ";")
                || (dash_before && !last_clause);
            let comma_before = comma_before || dash_before;
            let clause_start = self.clause_start(tokens, clause_from, c);
            return if opens {
                // `According to X, CLAUSE`, to the sentence end.
                let to = end.max(clause_to);
                let comma = (after..to).find(|&k| self.word(tokens[k]) == ",")?;
                let tag = self.tag_between(tokens, cue, after, comma, (c, comma + 1), true)?;
                Some((
                    tag,
                    self.content_to_clause_end(tokens, comma + 1, end, clause_to)?,
                ))
            } else if comma_before {
                // `CLAUSE, according to X.`, or `Since May, according to X,
                // CLAUSE`: then the content runs over the tag.
                let comma = (after..end).find(|&k| self.word(tokens[k]) == ",");
                // `…, according to Jo Park, an analyst at Acme.`: an
                // appositive closing the sentence is the source's.
                let appositive = comma.is_some_and(|comma| {
                    let next = tokens.get(comma + 1).map_or("", |t| self.word(*t));
                    let verbless = tokens[comma + 1..end].iter().all(|t| {
                        let word = self.word(*t);
                        t.is_word
                            && !is_verb(word)
                            && !lower_in(BE_FORMS, word)
                            && !lower_in(
                                &["has", "have", "had", "will", "would", "can", "could", "may"],
                                word,
                            )
                    });
                    (lower_in(&["a", "an", "the"], next) && verbless)
                        || self.noun_phrase_after(tokens, comma + 1, end) == Some(end)
                });
                let comma = comma.filter(|_| !appositive);
                // Closing the sentence, the source vouches for its whole
                // clause, reports inside it included (`Voters who say X
                // backed Y, according to exit polls.`).
                // (`“…,” Roe said, according to X, during a visit`: with no
                // words of its own before it, the source closes the clause.)
                let opening_words = tokens[floor..c - 1].iter().any(|t| t.is_word);
                let after_source = comma
                    .and_then(|comma| tokens.get(comma + 1))
                    .map_or("", |t| self.word(*t));
                // (`…, according to Jo Park, who advised Roe.`: a relative
                // clause on the source.)
                let relative = lower_in(&["who", "whose"], after_source);
                // (`Sales dropped, according to X, even as …`: a whole
                // clause before the source is what it vouches for, unless
                // the clause goes on after it: `…, and the bank lost
                // money`, `…, becoming …`.)
                let goes_on =
                    lower_in(&["and", "but"], after_source) || after_source.ends_with("ing");
                // (Nor is a tag a clause: `Politico reported (that),
                // according to X, …`.)
                let tag_before = c >= 2
                    && (self.word(tokens[c - 2]) == "that"
                        || self.speech_cue(tokens, c - 2).is_some());
                let clause_before = !goes_on
                    && !tag_before
                    && self.clause_after_participle(tokens, clause_start, c - 1);
                let (name_to, content_start, content_end) = match comma {
                    Some(comma) if opening_words && !relative && !clause_before => {
                        (comma, floor, end)
                    }
                    Some(comma) => (comma, clause_start, c - 1),
                    None => (end, clause_start, c - 1),
                };
                let tag = self.tag_between(tokens, cue, after, name_to, (c - 1, name_to), true)?;
                Some((tag, self.content(tokens, content_start, content_end)?))
            } else if let Some(that) = self.demonstrative_vouched_for(tokens, floor, c) {
                // `That’s according to a new poll.`
                let tag = self.tag_between(tokens, cue, after, end, (c, end), true)?;
                Some((tag, that))
            } else if last_clause && c > floor.min(clause_start) + MIN_CONTENT_WORDS {
                // `… 46 percent to 39 percent according to a new poll.`
                let tag = self.tag_between(tokens, cue, after, end, (c, end), true)?;
                Some((tag, self.content(tokens, clause_start, c)?))
            } else {
                None
            };
        }
        // `CLAUSE, said X.` and `CLAUSE, said X, an aide to Y.`; never
        // after a participle, whose object is no speaker (`…, accusing
        // his rivals of fraud`).
        let participle = self.participle_cue(tokens, c);
        // Not a gerund (`…, say taxing consumption encourages savings`).
        let gerund_after = tokens.get(after).is_some_and(|t| {
            let word = self.word(*t);
            word.ends_with("ing") && !is_capitalised_word(word)
        });
        // (A stance or a belief takes no speaker after it: `Cruz, as he has
        // in the past, opposed the measure`.)
        let invertible = cue.kind == CueKind::Speech && !STANCE_OBJECTS.contains(&cue.lemma);
        if comma_before
            && invertible
            && !participle
            && !gerund_after
            && let Some(name_end) = self.noun_phrase_after(tokens, after, end)
        {
            // `said an official familiar with the talks`: the phrase's head
            // is before its complement.
            let head_end = (after + 1..name_end)
                .find(|&k| lower_in(&["familiar", "close"], self.word(tokens[k])))
                .unwrap_or(name_end);
            let next = tokens.get(head_end).map_or("", |t| self.word(*t));
            // `said an official who …`, `said one source in the room`: a
            // relative clause, or a phrase after a role, ends the sentence
            // with the speaker.
            let head = self.word(tokens[head_end - 1]);
            let source = !is_capitalised_word(head) && is_speaker_head(head);
            let described = matches!(next, "who" | "whose")
                || lower_in(&["in", "at", "with", "from", "close", "familiar"], next);
            // `Park, an aide, said the official who …`: the words before
            // the comma are the subject, not a clause.
            let subject_before = || {
                self.subject_before(tokens, c, floor)
                    .is_some_and(|(mention, _)| tokens[floor].span.start >= mention.start)
            };
            // `The plan, said Jo Park, an expert, will fail.`: the clause
            // goes on after the tag, which sits inside the content.
            if let Some(tag_end) = self.inserted_tag_after(tokens, after, name_end, end) {
                let mention = Span::new(tokens[after].span.start, tokens[tag_end - 1].span.end);
                let words = word_spans(&tokens[after..name_end]);
                let tag = Tag::new(cue, mention, words, (c - 1, tag_end + 1));
                return Some((tag, self.content(tokens, floor, end)?));
            }
            // (`…, tweeted a warning.`: a thing, not a speaker, after the
            // cue; the words before are its subject.)
            if speaker_like(head)
                && (name_end == end
                    || matches!(next, "," | "(")
                    || (source && described && !subject_before()))
            {
                let tag = self.tag_between(tokens, cue.clone(), after, end, (c - 1, end), false)?;
                if let Some(content) = self.content(tokens, floor, c - 1) {
                    return Some((tag, content));
                }
            }
        }
        let verb_start = progressive
            .or_else(|| self.linking_verb_before(tokens, c))
            .unwrap_or(c);
        let own_subject = absolute
            .or(document_author)
            .or(quoted_as)
            .or_else(|| {
                stance_of_noun
                    .then(|| self.noun_before_participle(tokens, floor, c))
                    .flatten()
            })
            .or_else(|| match of_means {
                true => self.antecedent_of_open_relative(tokens, floor, c),
                false => self.subject_before(tokens, verb_start, floor),
            })
            .or_else(|| self.antecedent_before_relative(tokens, verb_start))
            .or_else(|| {
                self.subject_before_quoted_relative(tokens, clause_from, floor, verb_start)
            });
        let next_to_cue = own_subject.is_some();
        if let Some(found) = own_subject
            .as_ref()
            .and_then(|subject| self.as_tag(tokens, floor, end, &cue, after, subject))
        {
            return Some(found);
        }
        let (mention, name_words) = own_subject
            .or_else(|| self.clause_subject(tokens, floor, verb_start))
            .or_else(|| self.far_subject(tokens, floor, verb_start, after))
            // `Salceda, citing data from X, said …`: the subject before an
            // aside that reported on its own.
            // (A verb, not a participle, right after the aside's report,
            // before its own clause.)
            .or_else(|| {
                let after_aside = comma_before
                    && floor > clause_from
                    && floor + 1 >= c
                    && !self.participle_cue(tokens, c)
                    && (self.that_clause_at(tokens, after)
                        || self.clause_after_participle(tokens, after, end));
                after_aside
                    .then(|| self.far_subject(tokens, clause_from, verb_start, after))
                    .flatten()
            })?;
        if self.thing_taking_sides(&cue.lemma, &name_words) {
            return None;
        }
        let subject = tokens.partition_point(|t| t.span.start < mention.start);
        // `what economists call spending`, `what he described as a trap`:
        // the name given, with `what` and its speaker.
        if let Some(content) = self.name_given_with_what(tokens, &cue.lemma, subject, after, end) {
            let tag = Tag {
                cue,
                mention,
                name_words,
                addressee: None,
                tokens: (subject, after),
                according_to: false,
            };
            return Some((tag, content));
        }
        // `CLAUSE, X said`: the subject right before the cue, the clause
        // before its comma.
        // `CLAUSE, X told reporters (on Monday).`: the person addressed
        // comes before the tail.
        let told = (cue.lemma == "tell")
            .then(|| self.addressee_end(tokens, after, end))
            .flatten()
            .filter(|&name_end| name_end > after);
        let tail_from = told.unwrap_or(after);
        // `…, Park pledges to cut taxes`: an infinitive is what was
        // pledged, no tail.
        // (`…, Trump continues to lead`: continuing, not speaking.)
        let infinitive_follows = tokens.get(after).is_some_and(|t| self.word(*t) == "to")
            && (COMMISSIVES.contains(&cue.lemma)
                || INTENTIONS.contains(&cue.lemma)
                || INFINITIVE_VERBS.contains(&cue.lemma)
                || cue.lemma == "continue")
            // `…, Park called for a recount`, `called on Roe to quit`
            || (REQUESTS.contains(&cue.lemma)
                && tokens
                    .get(after)
                    .is_some_and(|t| lower_in(&["for", "on", "upon"], self.word(*t))));
        // (`Park, who wrote in the book that …, laughed`: a relative
        // clause is no tag.)
        let relative_subject = lower_in(&["who", "which", "whom"], self.word(tokens[subject]));
        if next_to_cue
            && !infinitive_follows
            && !relative_subject
            && subject > floor + 1
            && self.word(tokens[subject - 1]) == ","
            && let Some(tail) = self.tail_end(tokens, tail_from, end)
        {
            let covers = (subject - 1, tail);
            let addressee = told
                .map(|name_end| Span::new(tokens[after].span.start, tokens[name_end - 1].span.end));
            let tag = Tag {
                cue: cue.clone(),
                mention,
                name_words: name_words.clone(),
                addressee,
                tokens: covers,
                according_to: false,
            };
            // `CLAUSE, X said (on Monday).`, or `His wife, he says, plans to
            // leave`: the tag sits inside the content, which runs over it.
            // (`CLAUSE, X said, adding that …`: a joined participle reports
            // apart.)
            // (But not after an introductory phrase: `Earlier this week,
            // X wrote, asking …`.)
            let introduced = self.skip_clause_opening(tokens, floor, subject) >= subject;
            let clause_ends = tail == end
                || self.word(tokens[tail]) == ";"
                || (self.word(tokens[tail]) == ","
                    && !introduced
                    && tail + 1 < end
                    && self.participle_at(tokens, tail + 1))
                // (`CLAUSE, X said, although they …`: a contrast opens a
                // clause of its own.)
                || (self.word(tokens[tail]) == ","
                    && tokens.get(tail + 1).is_some_and(|t| {
                        lower_in(&["although", "though", "but", "while", "whereas", "yet"], self.word(*t))
                    }));
            let content_end = if clause_ends { subject - 1 } else { end };
            if let Some(content) = self.content(tokens, floor, content_end) {
                return Some((tag, content));
            }
        }
        // `X said (that) CLAUSE`, `X told Y that CLAUSE`, `X urged Y to VP`;
        // a study finds without `that` (`the survey found most voters …`).
        let (content_start, addressee) = self
            .reported_start(tokens, &cue.lemma, after, end)
            .or_else(|| {
                self.finding_start(tokens, &cue.lemma, (subject, &name_words), after, end)
            })?;
        let directive = DIRECTIVES.contains(&cue.lemma)
            || INTENTIONS.contains(&cue.lemma)
            || addressee.is_some_and(|_| {
                cue.lemma == "tell"
                    && content_start < end
                    && tokens[content_start].span.start == addressee.map_or(0, |a| a.start)
            });
        // `Cruz, who says the polls have tightened, kept …`: a relative
        // clause's content ends at its closing comma, and so does an
        // absolute phrase's or a subordinate clause's opening the sentence
        // (`With most saying …, the race is open`, `While Roe agrees the
        // law failed, critics fear …`).
        // An object ends there too without the comma before (`the mayor
        // who backed it over the years, said …`).
        let relative = subject >= 1
            && lower_in(&["who", "which"], self.word(tokens[subject]))
            && (self.word(tokens[subject - 1]) == "," || STANCE_OBJECTS.contains(&cue.lemma));
        let opening_absolute = absolute_at.is_some_and(|with| with == floor);
        let opening_subordinate = self.opening_subordinate(tokens, floor, subject);
        // `Among voters who said …, most backed Roe`: a relative clause in
        // a phrase opening the sentence ends at its comma; `Voters who said
        // taxes matter backed Roe`: one in the subject, at the main verb.
        let restrictive = self.word(tokens[subject]).eq_ignore_ascii_case("who")
            && subject > floor
            && self.word(tokens[subject - 1]) != ",";
        let opening_phrase = restrictive
            && lower_in(
                &["among", "of", "for", "like", "unlike"],
                self.word(tokens[floor]),
            );
        let end = match relative || opening_absolute || opening_subordinate || opening_phrase {
            true => (content_start..end)
                .find(|&k| self.word(tokens[k]) == ",")
                .unwrap_or(end),
            false if restrictive => self.main_verb_after(tokens, content_start, end),
            false => end,
        };
        // (`continued to criticize it and said …`: an infinitive takes the
        // tense of the verb before its `to`.)
        let tensed = match c >= floor + 2 && self.word(tokens[c - 1]) == "to" {
            true if !is_capitalised_word(self.word(tokens[c - 2])) => c - 2,
            _ => c,
        };
        // (A content runs at most so many tokens, so that a sentence of
        // many cues stays linear.)
        let end = end.min(content_start + MAX_CONTENT_TOKENS);
        let clause_end = self
            .next_tag_start(tokens, content_start, end, Some(self.word(tokens[tensed])))
            .unwrap_or(end);
        // `said it was time to move on, but Roe disagreed`, `said taxes
        // would rise, and the levy failed`: a contrast or a clause joined
        // after a comma, with a subject of its own, is the writer's.
        let clause_end = (content_start + 1..clause_end)
            .find(|&k| match self.word(tokens[k]) {
                "but" => {
                    tokens.get(k + 1).is_some_and(|t| {
                        let next = self.word(*t);
                        PRONOUNS.contains(next) || next == "there" || is_capitalised_word(next)
                    }) || self.subject_with_verb_at(tokens, k + 1, clause_end)
                        || self.phrase_then_subject_at(tokens, k + 1, clause_end)
                }
                "and" => {
                    self.word(tokens[k - 1]) == ","
                        && self.subject_with_verb_at(tokens, k + 1, clause_end)
                }
                _ => false,
            })
            .map_or(clause_end, |but| match self.word(tokens[but - 1]) {
                "," => but - 1,
                _ => but,
            });
        // `said the levy would fail, which angered voters`: a relative
        // clause after the last comma is the writer's.
        let clause_end = (content_start + 1..clause_end)
            .rev()
            .find(|&k| self.word(tokens[k]) == ",")
            .filter(|&comma| {
                tokens
                    .get(comma + 1)
                    .is_some_and(|t| self.word(*t) == "which")
            })
            .unwrap_or(clause_end);
        // `Park’s claim that the levy failed was false`: the possessed
        // noun heads the subject of a clause, whose verb ends the content.
        let possessed = {
            let last = tokens.partition_point(|t| t.span.start < mention.end);
            let possessor = self.word(tokens[last.saturating_sub(1)]);
            is_possessive(possessor)
        };
        let clause_end = if possessed && NOUN_LIKE_CUES.contains(self.word(tokens[c])) {
            self.complement_end(tokens, content_start, clause_end)
        } else {
            clause_end
        };
        let mut dated = None;
        let content_end = if directive {
            self.predicate_end(tokens, content_start, clause_end)
        } else if STANCE_OBJECTS.contains(&cue.lemma)
            || (cue.lemma == "warn"
                && lower_in(
                    WARNED_OF,
                    self.word(tokens[content_start.saturating_sub(1)]),
                ))
            || self.object_after_preposition(tokens, &cue.lemma, content_start)
        {
            // `Voters worried about the levy were angry`: the main verb
            // after the object of a participle.
            let clause_end = match self.noun_phrase_after(tokens, content_start, clause_end) {
                Some(k)
                    if k < clause_end
                        && self.object_after_preposition(tokens, &cue.lemma, content_start)
                        && FINITE_AUXILIARIES.contains(self.word(tokens[k])) =>
                {
                    k
                }
                // `groups backing Roe spent …`: the verb of the clause
                // ends the participle's object.
                _ if stance_of_noun => self.finite_verb_after(tokens, content_start, clause_end),
                _ => clause_end,
            };
            self.object_end(tokens, content_start, clause_end)
        } else {
            dated = self.date_after_object(tokens, content_start, clause_end);
            dated.unwrap_or(clause_end)
        };
        // `expressed concern about X`, `voiced confidence that …`: what
        // the feeling is about.
        // `tweeted out a photo`: the particle is the cue's.
        let shifted = self
            .feeling_expressed(tokens, &cue.lemma, content_start, content_end)
            .or_else(|| self.after_particle(tokens, content_start, content_end));
        let content_start = shifted.unwrap_or(content_start);
        // `said yes, compared with …`: an answer set off by a comma.
        // (Not `said no, she would not run`: what follows is the answer.)
        let answer = tokens
            .get(content_start)
            .is_some_and(|t| lower_in(&["yes", "no"], self.word(*t)))
            && tokens
                .get(content_start + 1)
                .is_some_and(|t| self.word(*t) == ",")
            && self.answer_ends_at(tokens, content_start + 1);
        let content_end = match answer {
            true => content_start + 1,
            false => content_end,
        };
        let content = self
            .content(tokens, content_start, content_end)
            .or_else(|| self.short_infinitive(tokens, &cue.lemma, content_start, content_end))
            .or_else(|| self.short_object(tokens, &cue.lemma, content_start, content_end))
            .or_else(|| self.short_naming(tokens, &cue.lemma, content_start, content_end))
            .or_else(|| self.short_answer(tokens, &cue.lemma, content_start, content_end))
            .or_else(|| self.short_after_relative(tokens, subject, content_start, content_end))
            // (What a feeling is about, or a particle's object, short as
            // it may be: `voiced support for Roe`, `sent out invitations`.)
            .or_else(|| {
                let end = words_end(tokens, content_start, content_end);
                (shifted.is_some() && end > content_start)
                    .then(|| Span::new(tokens[content_start].span.start, tokens[end - 1].span.end))
            })
            // (A dated noun phrase is an object, short as it may be.)
            .or_else(|| {
                dated.map(|date| {
                    Span::new(tokens[content_start].span.start, tokens[date - 1].span.end)
                })
            })?;
        let tag = Tag {
            cue,
            mention,
            name_words,
            addressee,
            tokens: (subject, content_start),
            according_to: false,
        };
        Some((tag, content))
    }

    /// Where what a feeling is about starts, when the object of `express`
    /// or `voice` at tokens `from..to` is a noun of feeling (`expressed
    /// deep concern about the plan`, `voiced confidence that …`): after
    /// the noun's preposition, or at its `that`.
    fn feeling_expressed(
        &self,
        tokens: &[Token],
        lemma: &str,
        from: usize,
        to: usize,
    ) -> Option<usize> {
        if !matches!(lemma, "express" | "voice") {
            return None;
        }
        let noun = (from..to.min(from + 4))
            .take_while(|&k| tokens[k].is_word)
            .find(|&k| FEELING_NOUNS.contains(self.word(tokens[k])))?;
        let after = noun + 1;
        let next = self.word(*tokens.get(after).filter(|_| after + 1 < to)?);
        if next == "that" {
            return Some(after);
        }
        lower_in(FEELING_PREPOSITIONS, next).then_some(after + 1)
    }

    /// Where the object proper starts in tokens `from..to` after a cue's
    /// particle (`tweeted out a photo`, but not `out of`, `out loud`).
    fn after_particle(&self, tokens: &[Token], from: usize, to: usize) -> Option<usize> {
        let word = |k: usize| {
            tokens
                .get(k)
                .filter(|_| k < to)
                .map_or("", |t| self.word(*t))
        };
        (word(from) == "out"
            && tokens[from + 1..to].first().is_some_and(|t| t.is_word)
            && !matches!(word(from + 1), "of" | "loud"))
        .then_some(from + 1)
    }

    /// A short content whose subject is the relative pronoun right before
    /// the tag's subject at token `subject` (`which he said was unfair`):
    /// a verb and what follows it, which the pronoun completes.
    fn short_after_relative(
        &self,
        tokens: &[Token],
        subject: usize,
        from: usize,
        to: usize,
    ) -> Option<Span> {
        self.gap_pronoun_before(tokens, subject)?;
        let to = words_end(tokens, from, to);
        let verb = tokens.get(from).map_or("", |t| self.word(*t));
        (to == from + 2 && is_finite(verb))
            .then(|| Span::new(tokens[from].span.start, tokens[to - 1].span.end))
    }

    /// Whether a subject of its own, with its verb, opens at token `k`
    /// (before `end`): a pronoun, or a phrase opened by a determiner or a
    /// name and followed by a finite verb within a few words (`the levy
    /// failed`, `Roe has said`).
    /// Whether a prepositional phrase opens at token `k` (before `end`)
    /// and a pronoun subject with its verb follows within a few words: `in
    /// the course of their report they could not …`.
    pub(super) fn phrase_then_subject_at(&self, tokens: &[Token], k: usize, end: usize) -> bool {
        let preposition = tokens.get(k).is_some_and(|t| {
            lower_in(&["in", "on", "at", "after", "during", "for"], self.word(*t))
        });
        preposition
            && (k + 2..end.min(k + MAX_VENUE_WORDS + 3))
                .take_while(|&j| tokens[j].is_word || self.word(tokens[j]) == ",")
                .any(|j| {
                    let word = self.word(tokens[j]);
                    PRONOUNS.contains(word)
                        && word != "it"
                        && tokens.get(j + 1).is_some_and(|t| is_finite(self.word(*t)))
                })
    }

    fn subject_with_verb_at(&self, tokens: &[Token], k: usize, end: usize) -> bool {
        let Some(first) = tokens.get(k).filter(|_| k + 1 < end).map(|t| self.word(*t)) else {
            return false;
        };
        if PRONOUNS.contains(first) || first.eq_ignore_ascii_case("there") {
            return tokens[k + 1].is_word;
        }
        if !DETERMINERS.contains(first) && !is_capitalised_word(first) {
            return false;
        }
        (k + 1..end.min(k + 1 + MAX_SUBJECT_WORDS_BEFORE_VERB))
            .take_while(|&j| tokens[j].is_word)
            .any(|j| {
                let word = self.word(tokens[j]);
                FINITE_AUXILIARIES.contains(word) || (is_past(word) && !word.ends_with("en"))
            })
    }

    /// The tokens inside the parentheses around token `c`, within
    /// `floor..end`, when it is inside a pair.
    fn parenthesis_around(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
        end: usize,
    ) -> Option<(usize, usize)> {
        let lower = floor.max(c.saturating_sub(MAX_PARENTHESIS_TOKENS));
        let open = (lower..c)
            .rev()
            .take_while(|&k| self.word(tokens[k]) != ")")
            .find(|&k| self.word(tokens[k]) == "(")?;
        let close = (c + 1..end.min(open + MAX_PARENTHESIS_TOKENS))
            .find(|&k| matches!(self.word(tokens[k]), ")" | "("))?;
        (self.word(tokens[close]) == ")").then_some((open + 1, close))
    }

    /// `Park made the case that …`, `Roe voiced concern that …`: a noun of
    /// speech or belief at token `c`, with its `that` clause, made by the
    /// subject of a verb that is no cue itself (`dismissed the claim
    /// that` is reported as dismissing).
    fn nominal_report(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
        end: usize,
    ) -> Option<(Tag, Span)> {
        // `Park’s view is that …`: the possessor's, after `be`.
        let predicate = tokens
            .get(c + 1)
            .is_some_and(|t| lower_in(&["is", "was"], self.word(*t)));
        // `Park’s assertion Monday that …`, `her claim during the debate
        // that …`: a time or an occasion between a possessed noun and its
        // clause.
        let that = match predicate {
            true => c + 2,
            false => self
                .that_after_occasion(tokens, c + 1, end)
                .unwrap_or(c + 1),
        };
        if that >= end {
            return None;
        }
        if self.word(tokens[that]) != "that" {
            // (Most tokens are followed by none of the prepositions these
            // nouns take: one comparison first.)
            let preposition = matches!(
                self.word(tokens[that]),
                "about" | "over" | "of" | "on" | "to" | "for"
            );
            return match !predicate && preposition {
                true => self.topic_of_noun(tokens, floor, c, end),
                false => None,
            };
        }
        // `Park’s view is that …`, `Park’s assertion Monday that …`: the
        // possessor's; `Roe shared her view that …`: the maker's, then the
        // possessor's (`Park’s assertion that …`).
        if predicate || that > c + 1 {
            return self.possessor_report(tokens, floor, c, that, end);
        }
        // (A noun that is also a cue, `Park’s claim that …`, is reported
        // as its verb is.)
        let made = self.made_noun_report(tokens, floor, c, that, end);
        match cue_lemma(self.word(tokens[c])) {
            Some(_) => made,
            None => made.or_else(|| self.possessor_report(tokens, floor, c, that, end)),
        }
    }

    /// `Park made the case that …`: the noun at token `c`, its clause
    /// opening at `that`, made by the subject of the verb before it, or by
    /// a document's author.
    fn made_noun_report(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
        that: usize,
        end: usize,
    ) -> Option<(Tag, Span)> {
        let cue = self.noun_cue(tokens[c], false)?;
        // The noun right after its verb, or after a determiner.
        let verb = if c > floor && cue_lemma(self.word(tokens[c - 1])).is_none() {
            c - 1
        } else {
            c
        };
        let made = |k: usize| {
            let word = self.word(tokens[k]);
            MAKING_VERBS.contains(word) && cue_lemma(word).is_none()
        };
        let (mention, name_words) = if verb < c && made(verb) {
            self.subject_before(tokens, verb, floor)?
        } else {
            let (mention, words) = self.document_author(tokens, floor, c)?;
            let determiner = (floor..c)
                .rev()
                .find(|&k| DETERMINERS.contains(self.word(tokens[k])))?;
            if !made(determiner - 1) {
                return None;
            }
            (mention, words)
        };
        let clause_end = self.next_tag_start(tokens, that, end, None).unwrap_or(end);
        let content = self.content(tokens, that, clause_end)?;
        let subject = tokens.partition_point(|t| t.span.start < mention.start);
        let tag = Tag::new(cue, mention, name_words, (subject, that));
        Some((tag, content))
    }

    /// `Park raised questions about the levy`, `Roe voiced concern over
    /// it`, `Roe made no mention of it`: a noun of asking, worrying or
    /// mentioning at token `c` with the topic after its preposition, made
    /// by the subject of the verb before it (one adjective may stand
    /// between: `raised serious doubts about`).
    fn topic_of_noun(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
        end: usize,
    ) -> Option<(Tag, Span)> {
        let word = self.word(tokens[c]);
        let preposition = tokens.get(c + 1).map_or("", |t| self.word(*t));
        if let Some(found) = self.possessed_stance(tokens, floor, c, preposition, end) {
            return Some(found);
        }
        let making = |k: usize| {
            MAKING_VERBS.contains(self.word(tokens[k])) && cue_lemma(self.word(tokens[k])).is_none()
        };
        // `made no mention of Roe`, `makes only passing mention of it`:
        // what is (or is not) mentioned.
        if word == "mention" && preposition == "of" {
            let verb = (c.saturating_sub(3).max(floor)..c).find(|&k| making(k))?;
            if !tokens[verb + 1..c].iter().all(|t| t.is_word) {
                return None;
            }
            let cue = whosaid_core::Cue::speech(tokens[c].span, "mention");
            let subject = self.subject_before(tokens, verb, floor)?;
            return self.object_report(tokens, cue, subject, c + 2, end);
        }
        if !TOPIC_NOUNS.contains(word) || !lower_in(&["about", "over"], preposition) {
            return None;
        }
        let verb = (c.saturating_sub(2).max(floor)..c).find(|&k| making(k))?;
        if (verb + 1..c).any(|k| !tokens[k].is_word || DETERMINERS.contains(self.word(tokens[k]))) {
            return None;
        }
        let cue = match lower_in(&["question", "questions"], word) {
            true => whosaid_core::Cue::speech(tokens[c].span, "question"),
            false => self.noun_cue(tokens[c], false)?,
        };
        let subject = self.subject_before(tokens, verb, floor)?;
        self.object_report(tokens, cue, subject, c + 2, end)
    }

    /// The report of a noun's object starting at token `from`, up to the
    /// object's end before `end`, for the mention and naming words of
    /// `subject`.
    fn object_report(
        &self,
        tokens: &[Token],
        cue: whosaid_core::Cue,
        (mention, name_words): (Span, Vec<Span>),
        from: usize,
        end: usize,
    ) -> Option<(Tag, Span)> {
        let to = words_end(tokens, from, self.object_end(tokens, from, end));
        if to <= from {
            return None;
        }
        let content = Span::new(tokens[from].span.start, tokens[to - 1].span.end);
        let subject = tokens.partition_point(|t| t.span.start < mention.start);
        Some((Tag::new(cue, mention, name_words, (subject, from)), content))
    }

    /// `his attacks on Roe`, `Park’s endorsement of Lee`: a noun of stance
    /// at token `c` with its possessor, who takes the stance, and its
    /// object after `preposition`.
    fn possessed_stance(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
        preposition: &str,
        end: usize,
    ) -> Option<(Tag, Span)> {
        let word = self.word(tokens[c]);
        let lemma = STANCE_NOUNS
            .iter()
            .find(|(noun, taken)| word.eq_ignore_ascii_case(noun) && *taken == preposition)?
            .0;
        // (One adjective may stand between: `his harsh attacks on`.)
        let (mention, name_words) = self.possessor_of(tokens, floor, c, 2)?;
        let from = c + 2;
        // `Park’s attacks on Roe grew`: the verb after the object is the
        // clause's.
        let end = match self.noun_phrase_after(tokens, from, end) {
            Some(k)
                if k < end && {
                    let verb = self.word(tokens[k]);
                    FINITE_AUXILIARIES.contains(verb)
                        || (is_past(verb) && !is_capitalised_word(verb))
                } =>
            {
                k
            }
            _ => end,
        };
        let cue = whosaid_core::Cue::speech(tokens[c].span, lemma);
        self.object_report(tokens, cue, (mention, name_words), from, end)
    }

    /// The cue of a noun of speech or belief (`case`, `concerns`), its
    /// singular as the lemma; `stated` also takes the nouns that report
    /// only after `be` (`her message was that …`).
    fn noun_cue(&self, token: Token, stated: bool) -> Option<whosaid_core::Cue> {
        let word = self.word(token);
        let lower = word.to_lowercase();
        let lemma = match lower.strip_suffix("ies") {
            Some(stem) => format!("{stem}y"),
            None => match lower.strip_suffix('s') {
                Some(stem) if !stem.ends_with('s') => stem.to_string(),
                _ => lower,
            },
        };
        if SPEECH_NOUNS.contains(word) || (stated && lower_in(&["message", "position"], word)) {
            Some(whosaid_core::Cue::speech(token.span, lemma))
        } else if BELIEF_NOUNS.contains(word) && self.options.beliefs {
            Some(whosaid_core::Cue::belief(token.span, lemma))
        } else {
            None
        }
    }

    /// Whether token `c` follows `, before`, `, while` or `, after` and
    /// any adverbs (`…, while also saying`), within tokens from `floor`.
    fn after_time_conjunction(&self, tokens: &[Token], floor: usize, c: usize) -> bool {
        if c <= floor {
            return false;
        }
        let mut conjunction = c - 1;
        while conjunction > floor && self.is_adverb(self.word(tokens[conjunction])) {
            conjunction -= 1;
        }
        conjunction > floor
            && lower_in(
                &["before", "while", "after"],
                self.word(tokens[conjunction]),
            )
            && self.word(tokens[conjunction - 1]) == ","
    }

    /// The end of a place opening at token `k`: `in` or `at`, then
    /// capitalised words (`in Georgia`, `at Fort Bragg`).
    fn place_after(&self, tokens: &[Token], k: usize, end: usize) -> Option<usize> {
        if k + 1 >= end || !lower_in(&["in", "at"], self.word(tokens[k])) {
            return None;
        }
        let place_end = (k + 1..end)
            .take_while(|&k| tokens[k].is_word && is_capitalised_word(self.word(tokens[k])))
            .last()?;
        Some(place_end + 1)
    }

    /// The comma closing an aside that opened before token `c`, followed
    /// by the verb of the clause around it (`Park, after saying …, left`).
    fn aside_verb_after(&self, tokens: &[Token], c: usize, end: usize) -> Option<usize> {
        // (Within an aside's length, so that a sentence of many stays linear.)
        let limit = end.saturating_sub(1).min(c + 1 + MAX_ASIDE_TOKENS * 2);
        (c + 1..limit).find(|&k| {
            let verb = self.word(tokens[k + 1]);
            self.word(tokens[k]) == ","
                && tokens[k + 1].is_word
                && !is_capitalised_word(verb)
                && is_finite(verb)
        })
    }

    /// The possessor of the noun at token `c`, within `reach` tokens
    /// before it with only lower-case words between (`his`, `Park’s`,
    /// `Roe’s repeated`): the mention as written and the name without its
    /// `’s`.
    fn possessor_of(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
        reach: usize,
    ) -> Option<(Span, Vec<Span>)> {
        let possessor = (c.saturating_sub(reach).max(floor)..c).rev().find(|&k| {
            let word = self.word(tokens[k]);
            is_possessive(word) || lower_in(POSSESSIVE_PRONOUNS, word)
        })?;
        if (possessor + 1..c)
            .any(|k| !tokens[k].is_word || is_capitalised_word(self.word(tokens[k])))
        {
            return None;
        }
        let possessive = self.word(tokens[possessor]);
        if lower_in(POSSESSIVE_PRONOUNS, possessive) {
            return Some((tokens[possessor].span, vec![tokens[possessor].span]));
        }
        let start = self.noun_phrase_start(tokens, possessor + 1, floor)?;
        if start > possessor {
            return None;
        }
        let mention = Span::new(tokens[start].span.start, tokens[possessor].span.end);
        let mut words = word_spans(&tokens[start..=possessor]);
        if let Some(last) = words.last_mut() {
            last.end = last.start + without_possessive(possessive).len();
        }
        Some((mention, words))
    }

    /// The `that` after a short time or occasion opening at token `from`
    /// (`Monday that`, `during the debate that`, `on Sunday that`).
    fn that_after_occasion(&self, tokens: &[Token], from: usize, end: usize) -> Option<usize> {
        let first = self.word(*tokens.get(from)?);
        let occasion = WEEKDAYS.contains(first)
            || lower_in(
                &["during", "on", "in", "at", "last", "this", "earlier"],
                first,
            );
        if !occasion {
            return None;
        }
        (from + 1..end.min(from + 6))
            .take_while(|&k| tokens[k].is_word)
            .find(|&k| self.word(tokens[k]) == "that")
    }

    /// `Park’s view is that …`, `the mayor’s message was that …`, `Park’s
    /// assertion Monday that …`: the possessor of the noun at token `c`
    /// reports the clause opening at `that`.
    fn possessor_report(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
        that: usize,
        end: usize,
    ) -> Option<(Tag, Span)> {
        let cue = self.noun_cue(tokens[c], true)?;
        // (`Park’s most explosive claim`: modifiers between; not `Park’s
        // supporters claim`, a noun, then a verb.)
        let (mention, name_words) = self.possessor_of(tokens, floor, c, 4)?;
        let possessor_end = tokens.partition_point(|t| t.span.start < mention.end);
        if tokens[possessor_end..c]
            .iter()
            .any(|t| self.word(*t).ends_with('s'))
            && cue_lemma(self.word(tokens[c])).is_some()
        {
            return None;
        }
        // (`his claim that …; his criticism of …`: one item of a list.)
        let clause_end = self.next_tag_start(tokens, that, end, None).unwrap_or(end);
        let clause_end = (that..clause_end)
            .find(|&k| self.word(tokens[k]) == ";" || is_dash(self.word(tokens[k])))
            .unwrap_or(clause_end);
        let content = self.content(tokens, that, clause_end)?;
        let subject = tokens.partition_point(|t| t.span.start < mention.start);
        Some((Tag::new(cue, mention, name_words, (subject, that)), content))
    }

    /// `Park, who called it “a disaster,” said …`: when the cue at `c`
    /// opens what is left of the sentence after a relative clause holding a
    /// quotation (reported on its own), its subject before that clause,
    /// searched from `clause_from`.
    fn subject_before_quoted_relative(
        &self,
        tokens: &[Token],
        clause_from: usize,
        floor: usize,
        c: usize,
    ) -> Option<(Span, Vec<Span>)> {
        if c != floor || floor < clause_from + 2 || floor >= tokens.len() {
            return None;
        }
        let closes = matches!(self.word(tokens[floor - 1]), "”" | "\"")
            && self.word(tokens[floor - 2]) == ",";
        if !closes {
            return None;
        }
        let lower = clause_from.max(floor.saturating_sub(MAX_RELATIVE_TOKENS));
        let relative = (lower..floor - 2).rev().find(|&k| {
            k > clause_from
                && self.word(tokens[k - 1]) == ","
                && lower_in(PERSON_RELATIVES, self.word(tokens[k]))
        })?;
        let start = self.noun_phrase_start(tokens, relative - 1, clause_from)?;
        let mention = Span::new(tokens[start].span.start, tokens[relative - 2].span.end);
        Some((mention, word_spans(&tokens[start..relative - 1])))
    }

    /// The verb linking a subject to the adjective of belief at token `c`
    /// (`is confident`, `remains very sure`).
    fn linking_verb_before(&self, tokens: &[Token], c: usize) -> Option<usize> {
        // (`were worried that`: a participle as an adjective.)
        let word = self.word(tokens[c]);
        if !BELIEF_ADJECTIVES.contains(word) && !word.eq_ignore_ascii_case("worried") {
            return None;
        }
        let mut verb = c.checked_sub(1)?;
        while verb > 0
            && !lower_in(BE_FORMS, self.word(tokens[verb]))
            && (self.is_adverb(self.word(tokens[verb]))
                || lower_in(
                    &["very", "so", "quite", "more", "less", "not"],
                    self.word(tokens[verb]),
                ))
        {
            verb -= 1;
        }
        let word = self.word(tokens[verb]);
        if pronoun_contraction(word) {
            // `I’m sure`, `she’s confident`: the verb is in the pronoun's
            // word.
            return Some(verb + 1);
        }
        (lower_in(BE_FORMS, word) || lower_in(LINKING_VERBS, word)).then_some(verb)
    }

    /// The noun phrase a participle at `c` follows, its subject (`the
    /// outside groups backing Roe`, `those backing Roe`), not reaching over
    /// a preposition or a verb (`the wishes of progressives backing Roe`).
    fn noun_before_participle(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
    ) -> Option<(Span, Vec<Span>)> {
        let start = match lower_in(&["those", "others"], self.word(tokens[c - 1])) {
            true => c - 1,
            false => {
                let start = self.noun_phrase_start(tokens, c, floor)?;
                (start..c)
                    .rev()
                    .find(|&k| {
                        let word = self.word(tokens[k]);
                        !tokens[k].is_word
                            || (!is_capitalised_word(word)
                                && (is_verb(word)
                                    || MENTION_ENDING_PREPOSITIONS.contains(word)
                                    || lower_in(&["of", "for", "among"], word)))
                    })
                    .map_or(start, |k| k + 1)
            }
        };
        (start < c).then(|| {
            let mention = Span::new(tokens[start].span.start, tokens[c - 1].span.end);
            (mention, word_spans(&tokens[start..c]))
        })
    }

    /// `Groups backing [Roe] also spent …`: where the verb of the clause
    /// starts after an object at tokens `from..end` (`end` when none is
    /// seen), adverbs before it included.
    fn finite_verb_after(&self, tokens: &[Token], from: usize, end: usize) -> usize {
        let verb = (from + 1..end).find(|&k| {
            let word = self.word(tokens[k]);
            let before = self.word(tokens[k - 1]);
            !is_capitalised_word(word)
                && (FINITE_AUXILIARIES.contains(word) || (is_past(word) && !word.ends_with("en")))
                && !lower_in(
                    &["to", "that", "who", "which", "has", "have", "had"],
                    before,
                )
                && !lower_in(BE_FORMS, before)
        });
        let Some(mut verb) = verb else {
            return end;
        };
        while verb > from + 1 && self.is_adverb(self.word(tokens[verb - 1])) {
            verb -= 1;
        }
        verb
    }

    /// `Voters who said [taxes were too high] backed Roe`: where the verb
    /// of the sentence starts after the clause reported in a relative
    /// clause of its subject, at tokens `from..end` (`end` when none is
    /// seen): a past after a finite clause, not joined to it.
    fn main_verb_after(&self, tokens: &[Token], from: usize, end: usize) -> usize {
        let Some(first_verb) = (from + 1..end).find(|&k| is_finite(self.word(tokens[k]))) else {
            return end;
        };
        // (`who refused to back Roe, said …`: a verb after a comma is the
        // clause's, the relative one having none in its content.)
        if self.word(tokens[first_verb - 1]) == ","
            && !is_capitalised_word(self.word(tokens[first_verb]))
        {
            return first_verb;
        }
        (first_verb + 2..end)
            .find(|&k| {
                let word = self.word(tokens[k]);
                let before = self.word(tokens[k - 1]);
                // (`a Republican who refused to back Roe, said …`: after the
                // comma closing an appositive.)
                (tokens[k - 1].is_word || before == ",")
                    && !is_capitalised_word(word)
                    && (is_past(word) && !word.ends_with("en") || FINITE_AUXILIARIES.contains(word))
                    && !FINITE_AUXILIARIES.contains(before)
                    && !lower_in(BE_FORMS, before)
                    && !lower_in(
                        &[
                            "and", "or", "but", "that", "who", "which", "to", "not", "have", "has",
                            "had", "never", "also",
                        ],
                        before,
                    )
                    && !PRONOUNS.contains(before)
                    && !self.is_adverb(before)
                    && tokens.get(k + 1).is_none_or(|t| self.word(*t) != "by")
            })
            .unwrap_or(end)
    }

    /// `Park issued a statement`, `The group sent them a long letter`: the
    /// subject of the verb whose object is the document at `noun`.
    fn document_author(
        &self,
        tokens: &[Token],
        floor: usize,
        noun: usize,
    ) -> Option<(Span, Vec<Span>)> {
        let lower = floor.max(noun.saturating_sub(4));
        let determiner = (lower..noun)
            .rev()
            .find(|&k| DETERMINERS.contains(self.word(tokens[k])))?;
        if (determiner + 1..noun).any(|k| !tokens[k].is_word) || determiner == floor {
            return None;
        }
        let mut verb = determiner - 1;
        // `sent them a letter`: an indirect object before it.
        if verb > floor && lower_in(OBJECT_PRONOUNS, self.word(tokens[verb])) {
            verb -= 1;
        }
        // `sent out a letter`: a particle after the verb.
        if verb > floor && lower_in(&["out", "up", "off"], self.word(tokens[verb])) {
            verb -= 1;
        }
        let word = self.word(tokens[verb]);
        let verb_like = tokens[verb].is_word
            && !is_capitalised_word(word)
            && (is_past(word) || (word.ends_with('s') && !word.ends_with("ss")));
        if !verb_like {
            return None;
        }
        self.subject_before(tokens, verb, floor)
    }

    /// `Noting that the bill failed, Tester said …`, `After saying he was
    /// nervous, the man asked …`, `Having announced that …, the judge …`:
    /// a participle cue at token `c` opening the clause from `floor`
    /// reports for the subject after its comma.
    fn opening_participle(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
        cue: &whosaid_core::Cue,
        after: usize,
        end: usize,
    ) -> Option<(Tag, Span)> {
        // (Capitalised: the sentence's first word.)
        let opens = (c == floor && is_capitalised_word(self.word(tokens[c])))
            || (c == floor + 1
                && [
                    "After", "Before", "While", "Since", "When", "By", "In", "Without", "Despite",
                    "Besides", "Upon", "Having",
                ]
                .contains(&self.word(tokens[floor])));
        if !opens {
            return None;
        }
        // The first comma followed by a subject and its verb closes the
        // phrase.
        let (comma, subject, name_end) = (after..end.min(after + MAX_OPENING_PHRASE_TOKENS))
            .filter(|&k| self.word(tokens[k]) == ",")
            .find_map(|comma| {
                // (The comma may close a quotation: `… job,” Will urged`.)
                let closing = tokens
                    .get(comma + 1)
                    .is_some_and(|t| matches!(self.word(*t), "”" | "\""));
                let subject = comma + 1 + usize::from(closing);
                let name_end = self.name_after(tokens, subject, end)?;
                let verb = tokens.get(name_end).is_some_and(|t| {
                    let word = self.word(*t);
                    t.is_word
                        && !is_capitalised_word(word)
                        && (!is_stop_word(word)
                            || is_verb(word)
                            || FINITE_AUXILIARIES.contains(word))
                });
                verb.then_some((comma, subject, name_end))
            })?;
        let (start, addressee) = self.reported_start(tokens, &cue.lemma, after, comma)?;
        let content = self
            .content(tokens, start, comma)
            .or_else(|| self.short_object(tokens, &cue.lemma, start, comma))?;
        let mention = Span::new(tokens[subject].span.start, tokens[name_end - 1].span.end);
        let tag = Tag {
            cue: cue.clone(),
            mention,
            name_words: word_spans(&tokens[subject..name_end]),
            addressee,
            tokens: (floor, start),
            according_to: false,
        };
        Some((tag, content))
    }

    /// `As Park said, CLAUSE` and `CLAUSE, as Park said`: the clause on the
    /// other side of the comma is the content. `subject` is the cue's
    /// mention and name words; `after` the token after the cue.
    fn as_tag(
        &self,
        tokens: &[Token],
        floor: usize,
        end: usize,
        cue: &whosaid_core::Cue,
        after: usize,
        (mention, name_words): &(Span, Vec<Span>),
    ) -> Option<(Tag, Span)> {
        let mention = *mention;
        let subject = tokens.partition_point(|t| t.span.start < mention.start);
        let as_at = subject.checked_sub(1).filter(|&k| k >= floor)?;
        if !self.word(tokens[as_at]).eq_ignore_ascii_case("as") {
            return None;
        }
        let tag = |covers| Tag::new(cue.clone(), mention, name_words.clone(), covers);
        // `as she said at the outset`: a short phrase of time or place may
        // follow the cue (not an object: `as Kerry continues to …`).
        let timed = tokens.get(after).is_some_and(|t| {
            let word = self.word(*t);
            ADVERBIAL_OPENERS.contains(word) && !lower_in(&["that", "over", "through", "via"], word)
        });
        let after = match self.tail_end(tokens, after, end) {
            Some(tail) if timed && tail > after => tail,
            _ => after,
        };
        // (`And as Comey noted, …`, `…, but as Comey noted, …`)
        let joined = as_at > floor
            && lower_in(&["and", "but", "yet", "so"], self.word(tokens[as_at - 1]))
            && (as_at - 1 == floor || !tokens[as_at - 2].is_word);
        let opens_clause = as_at == floor || !tokens[as_at - 1].is_word || joined;
        // `Ailes met Trump, as the Times reported, and he will …`: set off
        // after a clause with its verb, before `and` or `but`, the tag
        // vouches for the clause before it.
        let clause_before = as_at > floor + 1
            && self.word(tokens[as_at - 1]) == ","
            && after + 1 < end
            && self.word(tokens[after]) == ","
            && lower_in(&["and", "but"], self.word(tokens[after + 1]))
            && tokens[floor..as_at - 1]
                .iter()
                .any(|t| is_finite(self.word(*t)));
        if clause_before {
            let content = self.content(tokens, floor, as_at - 1)?;
            return Some((tag((as_at - 1, after + 1)), content));
        }
        if opens_clause && after < end && self.word(tokens[after]) == "," {
            let content = self.content(tokens, after + 1, end)?;
            return Some((tag((as_at, after + 1)), content));
        }
        let closes_sentence = after >= end;
        if closes_sentence && as_at > floor && self.word(tokens[as_at - 1]) == "," {
            let content = self.content(tokens, floor, as_at - 1)?;
            return Some((tag((as_at - 1, end)), content));
        }
        None
    }

    /// `As reported by X, CLAUSE` and `CLAUSE, as first reported by X.`:
    /// a passive `as` clause names its source after `by`, or after `in`
    /// for a publication (`as noted in the Times`). `c` is the participle.
    fn as_reported_by(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
        end: usize,
    ) -> Option<(Tag, Span)> {
        // (The cheapest tests first: this is tried at every token.)
        let by = c + 1;
        if c <= floor || by + 1 >= end || !matches!(self.word(tokens[by]), "by" | "in") {
            return None;
        }
        let word = self.word(tokens[c]);
        if !word.ends_with("ed") {
            return None;
        }
        // (`as first reported by`, `as previously noted in`)
        let mut as_at = c - 1;
        while as_at > floor && self.is_adverb(self.word(tokens[as_at])) {
            as_at -= 1;
        }
        if !self.word(tokens[as_at]).eq_ignore_ascii_case("as") {
            return None;
        }
        let (lemma, CueKind::Speech) = cue_lemma(word)? else {
            return None;
        };
        let cue = Cue::speech(tokens[c].span, lemma);
        let joined = as_at == floor + 1 && lower_in(&["and", "but"], self.word(tokens[floor]));
        if as_at == floor || joined {
            let comma = (by + 1..end).find(|&k| self.word(tokens[k]) == ",")?;
            let tag = self.tag_between(tokens, cue, by + 1, comma, (as_at, comma + 1), true)?;
            return Some((tag, self.content(tokens, comma + 1, end)?));
        }
        if self.word(tokens[as_at - 1]) == "," {
            let tag = self.tag_between(tokens, cue, by + 1, end, (as_at - 1, end), true)?;
            return Some((tag, self.content(tokens, floor, as_at - 1)?));
        }
        None
    }

    /// A question put to someone, in a clause opened by `asked`: `Asked
    /// whether the plan would pass, she said …`, `… when asked by a
    /// reporter about the plan`. The content runs from the question word
    /// (or `about`, `to`) to the clause's comma; the asker, when `by` names
    /// one, is the speaker.
    pub(super) fn put_question(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
        end: usize,
    ) -> Option<(whosaid_core::Cue, Option<Tag>, Span)> {
        if !self.word(tokens[c]).eq_ignore_ascii_case("asked") {
            return None;
        }
        let opens_clause = |k: usize| k == floor || matches!(self.word(tokens[k - 1]), "," | "(");
        let opens = opens_clause(c)
            || (c > floor
                && lower_in(
                    &[
                        "when", "after", "once", "if", "as", "while", "before", "and", "but",
                    ],
                    self.word(tokens[c - 1]),
                ));
        // `Rubio was asked by the moderator whether …`: in the passive, the
        // one asked is no speaker.
        let passive = c > floor && lower_in(BE_FORMS, self.word(tokens[c - 1]));
        if !(opens || passive) {
            return None;
        }
        let mut k = c + 1;
        while k < end && tokens[k].is_word && self.is_adverb(self.word(tokens[k])) {
            k += 1;
        }
        if k + 1 < end
            && self.word(tokens[k]) == "on"
            && WEEKDAYS.contains(self.word(tokens[k + 1]))
        {
            k += 2;
        } else if k + 1 < end && WEEKDAYS.contains(self.word(tokens[k])) {
            // `Asked Tuesday about …`
            k += 1;
        }
        // `asked in May whether …`, `asked at a rally if …`: a short
        // phrase of time or place before the question.
        if k < end
            && lower_in(&["in", "at", "during", "on"], self.word(tokens[k]))
            && let Some(question) = (k + 2..(k + 6).min(end))
                .take_while(|&j| tokens[j].is_word)
                .find(|&j| {
                    lower_in(
                        &["whether", "if", "why", "how", "what", "whom", "about"],
                        self.word(tokens[j]),
                    )
                })
        {
            k = question;
        }
        let cue = whosaid_core::Cue::speech(tokens[c].span, "ask");
        let mut asker = None;
        if k < end && self.word(tokens[k]) == "by" {
            let name_end = self.noun_phrase_after(tokens, k + 1, end)?;
            let mention = Span::new(tokens[k + 1].span.start, tokens[name_end - 1].span.end);
            asker = Some(Tag::new(
                cue.clone(),
                mention,
                word_spans(&tokens[k + 1..name_end]),
                (c, name_end),
            ));
            k = name_end;
        }
        let first = self.word(*tokens.get(k)?);
        // `Asked (a direct) question about …`
        let question_noun = lower_in(&["a", "the"], first)
            && (k + 1..(k + 3).min(end))
                .any(|j| lower_in(&["question", "questions"], self.word(tokens[j])));
        // (A request in the passive, `was asked to leave`, is not reported.)
        let request = first == "to" && !passive;
        if !(QUESTION_WORDS.contains(first) || first == "about" || request || question_noun) {
            return None;
        }
        // (`was asked about it and said …`: the question ends where the
        // answer's tag starts.)
        let comma = (k..end)
            .find(|&j| self.word(tokens[j]) == ",")
            .unwrap_or(end);
        let comma = self.next_tag_start(tokens, k, comma, None).unwrap_or(comma);
        // `When asked why, …`: the question word alone.
        let content = self.content(tokens, k, comma).or_else(|| {
            let alone = lower_in(&["why", "how", "what", "when", "where"], first);
            (comma == k + 1 && alone).then_some(tokens[k].span)
        })?;
        Some((cue, asker, content))
    }

    /// `Sanders: Clinton email story has moved.` A name or a source
    /// (`Poll`, `Newspaper`) of at most four words opening a sentence,
    /// then a colon: a headline's attribution.
    fn headline_colon(
        &self,
        tokens: &[Token],
        floor: usize,
        colon: usize,
        end: usize,
    ) -> Option<(Tag, Span)> {
        if floor != 0 {
            return None;
        }
        // `EXCLUSIVE – Park:`: a shouted label set off by a dash opens
        // the headline.
        let from = (floor + 1..colon.min(floor + 3))
            .find(|&k| {
                is_dash(self.word(tokens[k]))
                    && tokens[floor..k]
                        .iter()
                        .all(|t| t.is_word && !self.word(*t).chars().any(char::is_lowercase))
            })
            .map_or(floor, |dash| dash + 1);
        // `Clinton to Planned Parenthood:`, `Mukasey at RNC:`: the one
        // addressed or the venue after the source's name.
        let source_end = (from + 1..colon)
            .find(|&k| {
                lower_in(&["to", "at"], self.word(tokens[k]))
                    && tokens[k + 1..colon]
                        .iter()
                        .all(|t| t.is_word && is_capitalised_word(self.word(*t)))
            })
            .unwrap_or(colon);
        let words = &tokens[from..source_end];
        if words.is_empty() || colon - from > 2 * MAX_HEADLINE_SOURCE {
            return None;
        }
        // `Dr. Park:`: the dot of an abbreviated title is no word.
        let title_dot = |k: usize| {
            k > 0
                && self.word(words[k]) == "."
                && is_capitalised_word(self.word(words[k - 1]))
                && self.word(words[k - 1]).len() <= 4
        };
        if words.iter().filter(|t| t.is_word).count() > MAX_HEADLINE_SOURCE {
            return None;
        }
        // (`Clinton camp:`: a name, then the group it heads; not
        // `Limited Tools to …:`, a participle heading a subhead.)
        let named = words.iter().enumerate().all(|(k, t)| {
            let word = self.word(*t);
            let participle = word.len() > 4 && word.ends_with("ed");
            title_dot(k)
                || (t.is_word
                    && !participle
                    && (is_capitalised_word(word)
                        || (k > 0
                            && k + 1 == words.len()
                            && (is_speaker_head(word) || word == "camp"))))
        });
        // `HUFFPOST READERS:` shouts a section label, not a source.
        let shouted = words.len() > 1
            && words
                .iter()
                .all(|t| !self.word(*t).chars().any(char::is_lowercase));
        // (`Editor’s Note:` labels by its last word; `Watch:` by its
        // first, but `Judicial Watch:` is a group.)
        let last = self.word(words[words.len() - 1]);
        let label = NOT_SOURCES.contains(self.word(words[0]))
            || (NOT_SOURCES.contains(last) && !lower_in(IMPERATIVE_LABELS, last));
        if !named || shouted || label {
            return None;
        }
        // `Christie: A closing surge.` heads a section; a headline's
        // claim is a clause of some length.
        let content_words = tokens[colon + 1..end].iter().filter(|t| t.is_word).count();
        if content_words < MIN_HEADLINE_CONTENT_WORDS {
            return None;
        }
        let mention = Span::new(words[0].span.start, words[words.len() - 1].span.end);
        let cue = whosaid_core::Cue::speech(tokens[colon].span, ":");
        let name_words = word_spans(words);
        let tag = Tag::new(cue, mention, name_words, (floor, colon + 1));
        Some((tag, self.content(tokens, colon + 1, end)?))
    }

    /// Whether one or two adverbs between a comma and token `c`, within
    /// `floor..`, stand before a participle: `…, even suggesting …`, `…,
    /// falsely claiming …`.
    fn adverbs_after_comma(&self, tokens: &[Token], floor: usize, c: usize) -> bool {
        (1..=2).any(|n| {
            c > floor + n
                && self.word(tokens[c - n - 1]) == ","
                && tokens[c - n..c].iter().all(|t| {
                    let word = self.word(*t);
                    lower_in(
                        &["even", "also", "again", "then", "still", "just", "once"],
                        word,
                    ) || (word.ends_with("ly") && self.is_adverb(word))
                })
        })
    }

    /// `X said A and added B`, `X said A, noting B`, `X backs A but
    /// believes B`: a cue coordinated with the previous tag's verb reports
    /// for the same speaker.
    fn coordinated(
        &self,
        tokens: &[Token],
        previous: Option<&Tag>,
        c: usize,
        end: usize,
    ) -> Option<(Tag, Span)> {
        let previous = previous?;
        // (The cue first: most words are none, and the search for a
        // conjunction costs more; a second verb is a word in lower case.)
        let word = self.word(tokens[c]);
        if !tokens[c].is_word || !word.starts_with(|ch: char| ch.is_ascii_lowercase()) {
            return None;
        }
        let (cue, after, false) = self.any_cue(tokens, c)? else {
            return None;
        };
        let participle = self.participle_cue(tokens, c);
        // `…, saying`, or `…,” saying` after a quotation.
        let after_comma = c > 0
            && (self.word(tokens[c - 1]) == ","
                || (c > 1
                    && matches!(self.word(tokens[c - 1]), "”" | "\"" | "’" | "'")
                    && self.word(tokens[c - 2]) == ","));
        // `…, while (also) saying`, `…, before adding`: a participle after a
        // conjunction of time.
        let timed = participle && self.after_time_conjunction(tokens, 0, c);
        // `praised the nurses before explaining …`: a participle after a
        // preposition, with no comma.
        let means = participle && c > 0 && lower_in(MEANS_PREPOSITIONS, self.word(tokens[c - 1]));
        // (`and are calling`: a progressive is joined before its `be`.)
        let verb_start = self.progressive_auxiliary(tokens, 0, c).unwrap_or(c);
        let joined = c > 0
            && (self.conjunction_before(tokens, 0, verb_start).is_some()
                || (participle && (after_comma || self.adverbs_after_comma(tokens, 0, c)))
                || timed
                || means);
        if !joined {
            return None;
        }
        let (start, addressee) = self.reported_start(tokens, &cue.lemma, after, end)?;
        let content_end = self.next_tag_start(tokens, start, end, None).unwrap_or(end);
        // (`…, citing health reasons`: a short object of a stance.)
        let content = self
            .content(tokens, start, content_end)
            .or_else(|| self.short_object(tokens, &cue.lemma, start, content_end))?;
        let tag = Tag {
            cue,
            mention: previous.mention,
            name_words: previous.name_words.clone(),
            addressee,
            tokens: (c, start),
            according_to: false,
        };
        Some((tag, content))
    }

    /// End of a tag's adverbials (`on Monday in a statement`): the
    /// sentence end, or the comma closing a tag inside the sentence;
    /// `None` when a clause follows instead.
    fn tail_end(&self, tokens: &[Token], after: usize, end: usize) -> Option<usize> {
        // `…, analysts say; in 2012, …`: a semicolon ends the clause
        // (searched only as far as a tail may reach).
        let end = (after..end.min(after + MAX_TAG_TAIL + 1))
            .find(|&k| self.word(tokens[k]) == ";")
            .unwrap_or(end);
        // The tail is adverbial (`on Monday`) or nothing; a clause after
        // the cue (`he was facing scrutiny`) makes it a leading tag.
        let first = self.word(tokens.get(after).map_or(tokens[end - 1], |t| *t));
        let adverbial = after == end
            || first == ","
            // (`over` opens an object as often: `found over 2,200 emails`)
            || (ADVERBIAL_OPENERS.contains(first) && !lower_in(&["that", "over"], first))
            || lower_in(
                &["to", "by", "about", "with", "from", "for", "of"],
                self.word(tokens[after]),
            );
        if !adverbial {
            return None;
        }
        let comma =
            (after..end.min(after + MAX_TAG_TAIL + 1)).find(|&k| self.word(tokens[k]) == ",");
        comma.or((end - after <= MAX_TAG_TAIL).then_some(end))
    }

    /// The form of `be` (or its `not`) before the participle cue at `c`
    /// (`is saying`, `was not saying`, `has been arguing`), as the start of
    /// the verb group.
    fn progressive_auxiliary(&self, tokens: &[Token], floor: usize, c: usize) -> Option<usize> {
        if !self.participle_cue(tokens, c) {
            return None;
        }
        let mut k = c.checked_sub(1).filter(|&k| k >= floor)?;
        // `is not saying`, `are definitely not voting`, `is once again
        // questioning`: up to three adverbs between.
        for _ in 0..3 {
            let word = self.word(tokens[k]);
            let adverb = lower_in(&["not", "now", "still", "already", "even", "just"], word)
                || (self.is_adverb(word)
                    && !FINITE_AUXILIARIES.contains(word)
                    && !lower_in(BE_FORMS, word));
            if !(adverb && k > floor) {
                break;
            }
            k -= 1;
        }
        // `was on CNN talking about …`, `was in Iowa saying …`: a place
        // named between.
        let name_start = (k.saturating_sub(2).max(floor + 1)..=k).find(|&j| {
            tokens[j..=k]
                .iter()
                .all(|t| is_capitalised_word(self.word(*t)))
        });
        if let Some(start) = name_start
            && start > floor + 1
            && lower_in(&["on", "in", "at"], self.word(tokens[start - 1]))
            && lower_in(BE_FORMS, self.word(tokens[start - 2]))
        {
            k = start - 2;
        }
        let auxiliary = self.word(tokens[k]);
        // `He’s saying`, `they're saying`: the subject and `be` in one
        // word; the cue's subject is right before it.
        if pronoun_contraction(auxiliary) {
            return Some(k + 1);
        }
        // `is saying`, and `kept asking`, `began saying`.
        (lower_in(BE_FORMS, auxiliary) || CATENATIVES.contains(auxiliary)).then_some(k)
    }

    /// The demonstrative that is all of the clause before the `according
    /// to` at token `c` (`That’s according to X`, `This is according to
    /// X`): it stands for what the source vouches for, said before.
    fn demonstrative_vouched_for(&self, tokens: &[Token], floor: usize, c: usize) -> Option<Span> {
        let demonstrative = |word: &str| lower_in(&["that", "this"], word);
        let first = self.word(*tokens.get(floor)?);
        match c.checked_sub(floor)? {
            1 => {
                let (pronoun, be) = first.split_once(['’', '\''])?;
                let start = tokens[floor].span.start;
                (demonstrative(pronoun) && be == "s")
                    .then(|| Span::new(start, start + pronoun.len()))
            }
            2 => (demonstrative(first) && lower_in(&["is", "was"], self.word(tokens[floor + 1])))
                .then_some(tokens[floor].span),
            _ => None,
        }
    }

    /// Whether token `c` opens the clause that starts at `floor`: it is
    /// the first token, or follows a conjunction (`But according to …`) or
    /// punctuation other than a comma left by content before (`… who
    /// believe X, according to exit polls.`).
    fn opens_clause_at(&self, tokens: &[Token], floor: usize, c: usize) -> bool {
        c == floor
            || (c == floor + 1
                && ((!tokens[floor].is_word && self.word(tokens[floor]) != ",")
                    || CLAUSE_OPENERS.contains(self.word(tokens[floor]))))
    }

    /// Where the content of `find` starts without `that`, when
    /// the subject named by `name_words` is a study or a poll (`A study
    /// found the nominee got twice the airtime`): at the clause right after
    /// the cue.
    fn finding_start(
        &self,
        tokens: &[Token],
        lemma: &str,
        (subject, name_words): (usize, &[Span]),
        after: usize,
        end: usize,
    ) -> Option<(usize, Option<Span>)> {
        let head = &self.text[*name_words.last()?];
        // `A study by Pew found …`: the study speaks for its author.
        let study_by = || {
            let author = (subject..after).find(|&k| self.word(tokens[k]) == "by");
            author.is_some_and(|by| self.study_by(tokens, by + 1, subject).is_some())
        };
        // `The study found …`, `An email shows State sent …`
        let evidence = lemma == "find" && (EVIDENCE_NOUNS.contains(head) || study_by())
            || lower_in(&["show", "suggest", "indicate", "reveal"], lemma)
                && (EVIDENCE_NOUNS.contains(head) || DOCUMENT_NOUNS.contains(head) || study_by());
        let first = tokens.get(after).filter(|_| after < end)?;
        let word = self.word(*first);
        let clause =
            first.is_word && !NO_CLAUSE_OPENERS.contains(word) && !lower_in(&["no", "that"], word);
        (evidence && clause).then_some((after, None))
    }

    /// A poll as the source of a finding: `In a new Fox poll, CLAUSE` and
    /// `CLAUSE in a new Fox poll (released Monday).`, with the cue `in`
    /// at token `c`; the poll speaks as with `according to`.
    fn in_poll(
        &self,
        tokens: &[Token],
        (floor, c, end): (usize, usize, usize),
        clause_to: usize,
    ) -> Option<(Tag, Span)> {
        // The poll's noun within a few words after `in`, and nothing but
        // words before it (`in the latest Marist poll`).
        let head = (c + 1..(c + 1 + MAX_POLL_WORDS).min(end))
            .take_while(|&k| {
                let word = self.word(tokens[k]);
                // `ABC News/Washington Post poll`
                (tokens[k].is_word || word == "/")
                    && !word.ends_with("ed")
                    && !lower_in(
                        &[
                            "of", "for", "with", "by", "from", "as", "that", "which", "when",
                        ],
                        word,
                    )
            })
            .find(|&k| POLL_NOUNS.contains(self.word(tokens[k])))?;
        let opens = self.opens_clause_at(tokens, floor, c);
        // Opening the clause, the poll vouches for it to its end.
        let reach = match opens {
            true => end.max(clause_to),
            false => end,
        };
        let comma =
            (head + 1..reach.min(head + 2 + MAX_TAG_TAIL)).find(|&k| self.word(tokens[k]) == ",");
        let cue = Cue::speech(tokens[c].span, "in");
        if opens {
            // `In a new poll (of 800 voters)(, conducted in May), CLAUSE`
            let mut comma = comma.filter(|&k| k - head <= MAX_TAG_TAIL)?;
            let participle = tokens.get(comma + 1).is_some_and(|t| {
                let word = self.word(*t);
                word.ends_with("ed") || word.ends_with("ing")
            });
            if participle {
                comma = (comma + 1..reach.min(comma + 1 + MAX_TAG_TAIL))
                    .find(|&k| self.word(tokens[k]) == ",")?;
            }
            // `In a poll, the firm found that …`: the clause has its own
            // tag, unless a share of the respondents speaks (`In a new
            // poll, 75 percent said …`: the poll's finding).
            let own_tag = (comma + 1..reach.min(comma + 1 + MAX_TAG_TAIL))
                .find(|&k| self.speech_cue(tokens, k).is_some());
            if own_tag.is_some_and(|k| !self.share_of_respondents(tokens, comma + 1, k)) {
                return None;
            }
            let tag = self.tag_between(tokens, cue, c + 1, comma, (c, comma + 1), true)?;
            return Some((
                tag,
                self.content_to_clause_end(tokens, comma + 1, end, clause_to)?,
            ));
        }
        // `CLAUSE in a new poll released Thursday.`, or followed by a
        // comma and more: one poll's figures (not `leading in the polls`).
        let source_end = comma.unwrap_or(end);
        if source_end - head > MAX_TAG_TAIL || c < floor + MIN_POLL_CONTENT_WORDS {
            return None;
        }
        let one_poll = !self.word(tokens[head]).ends_with('s');
        // What follows the poll describes it (`released Monday`, `of 900
        // voters`), not the clause's verb (`had a lead`).
        let described = tokens.get(head + 1).is_none_or(|t| {
            let word = self.word(*t);
            head + 1 >= source_end
                || word.ends_with("ed")
                || word.ends_with("ing")
                || lower_in(&["of", "by", "from", "for", "this", "last", "taken"], word)
        });
        let figures = (floor.max(c.saturating_sub(MAX_POLL_FINDING_TOKENS))..c)
            .any(|k| self.word(tokens[k]).bytes().any(|b| b.is_ascii_digit()));
        if !(one_poll && figures && described) {
            return None;
        }
        let tag = self.tag_between(tokens, cue, c + 1, source_end, (c, source_end), true)?;
        Some((tag, self.content(tokens, floor, c)?))
    }

    /// `with three in 10 saying …`: the subject of a participle cue at `c`
    /// in an absolute phrase opened by `with`, and the index of `with`.
    fn absolute_subject(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
    ) -> Option<(usize, (Span, Vec<Span>))> {
        if !self.participle_cue(tokens, c) || c == floor {
            return None;
        }
        let with = (floor..c)
            .rev()
            .take(MAX_ABSOLUTE_SUBJECT_TOKENS + 1)
            .find(|&k| self.word(tokens[k]).eq_ignore_ascii_case("with"))?;
        let start = with + 1;
        if start == c || self.noun_phrase_start(tokens, c, start) != Some(start) {
            return None;
        }
        let mention = Span::new(tokens[start].span.start, tokens[c - 1].span.end);
        Some((with, (mention, word_spans(&tokens[start..c]))))
    }

    /// `Ruiz, who says …, said …`: the subject of the cue at `c` right
    /// after a relative clause set off by commas is the clause's
    /// antecedent.
    fn antecedent_before_relative(&self, tokens: &[Token], c: usize) -> Option<(Span, Vec<Span>)> {
        // `…, FIFA, who is under investigation, saying …`: a participle
        // takes the subject of its clause.
        if self.participle_cue(tokens, c) {
            return None;
        }
        let closing = c.checked_sub(1).filter(|&k| self.word(tokens[k]) == ",")?;
        let lower = closing.saturating_sub(MAX_RELATIVE_TOKENS);
        let opening = (lower..closing)
            .rev()
            .take_while(|&k| !matches!(self.word(tokens[k]), "." | ";" | ":"))
            .find(|&k| self.word(tokens[k]) == ",")?;
        let relative = tokens.get(opening + 1)?;
        if !lower_in(&["who", "which"], self.word(*relative)) {
            return None;
        }
        // The mention keeps the relative clause, as it keeps an
        // appositive, unless the clause reports speech of its own; the
        // antecedent names the speaker.
        let start = self.noun_phrase_start(tokens, opening, 0)?;
        let reports = (opening + 2..closing).any(|k| self.speech_cue(tokens, k).is_some());
        let end = if reports { opening } else { closing };
        let mention = Span::new(tokens[start].span.start, tokens[end - 1].span.end);
        Some((mention, word_spans(&tokens[start..opening])))
    }

    /// The antecedent of a relative clause still open at token `c`, a
    /// participle of means: `the candidate who launched his campaign by
    /// declaring …` (the mention leaves the clause out).
    fn antecedent_of_open_relative(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
    ) -> Option<(Span, Vec<Span>)> {
        let who = (floor.max(c.saturating_sub(MAX_RELATIVE_TOKENS))..c)
            .rev()
            .take_while(|&k| tokens[k].is_word)
            .find(|&k| self.word(tokens[k]).eq_ignore_ascii_case("who"))
            .filter(|&who| who > floor)?;
        let start = self.noun_phrase_start(tokens, who, floor)?;
        let mention = Span::new(tokens[start].span.start, tokens[who - 1].span.end);
        Some((mention, word_spans(&tokens[start..who])))
    }

    /// The start of the clause ending at token `c`: after the last `;` or
    /// `:` from `from` on, within a bounded window (so that a sentence of
    /// many sources stays linear).
    fn clause_start(&self, tokens: &[Token], from: usize, c: usize) -> usize {
        let from = from.max(c.saturating_sub(MAX_VOUCHED_CLAUSE_TOKENS));
        (from..c)
            .rev()
            .find(|&k| matches!(self.word(tokens[k]), ";" | ":"))
            .map_or(from, |k| k + 1)
    }

    /// The verb of belief or intention `lemma` at token `c`, as a cue:
    /// `believes (that) CLAUSE`, `wants (Y) to VP`, `hopes that CLAUSE`.
    /// Forms that are also nouns (`plans`, `fears`) count only after a
    /// pronoun, a name, an adverb or a plural noun they agree with.
    pub(super) fn belief_cue(
        &self,
        tokens: &[Token],
        c: usize,
        lemma: &'static str,
    ) -> Option<(whosaid_core::Cue, usize, bool)> {
        if !self.options.beliefs {
            return None;
        }
        let token = tokens[c];
        let word = self.word(token);
        if is_capitalised_word(word) && !self.headline_verb(tokens, c) {
            return None;
        }
        let previous = self.word(tokens[c.checked_sub(1)?]);
        // `is confident that …`, `remains convinced that …`: an adjective
        // of belief after its verb, with its clause.
        if BELIEF_ADJECTIVES.contains(word) {
            let next = tokens.get(c + 1).map_or("", |t| self.word(*t));
            // `is critical of the plan`, `are concerned about it`: the
            // object of its preposition.
            let object = tokens.get(c + 2).is_some_and(|t| t.is_word)
                && OBJECT_PREPOSITIONS.contains(&(lemma, next));
            let after = c + 1 + usize::from(object);
            let linked = self.linking_verb_before(tokens, c).is_some();
            // `is eager to run`, `was reluctant to say`: an intention.
            let infinitive = lower_in(INTENT_ADJECTIVES, word)
                && next == "to"
                && tokens.get(c + 2).is_some_and(|t| t.is_word);
            return ((next == "that" || object || infinitive) && linked)
                .then(|| (whosaid_core::Cue::belief(token.span, lemma), after, false));
        }
        if previous == "to"
            || NOUN_MARKERS.contains(previous)
            // `is expected`, but not `is hoping`; `is worried`, but not
            // `is worrying`, an adjective
            || (lower_in(BE_FORMS, previous)
                && (lemma == "worry") == word.ends_with("ing"))
        {
            return None;
        }
        // `do you think …?`: a question, not a belief.
        let question = c >= 2
            && PRONOUNS.contains(previous)
            && lower_in(&["do", "does", "did"], self.word(tokens[c - 2]));
        if question {
            return None;
        }
        // `his plans`, `security fears`, `Obama’s plan`: nouns. `rules
        // intended to`, `widely expected to`: participles.
        let possessive = is_possessive(previous);
        let participle = word.ends_with("ed");
        // `is backing Ruiz`: a progressive is a verb; so is a form in -s
        // after an aside (`Trump, who …, hopes to …`).
        let next_word = tokens.get(c + 1).map_or("", |t| self.word(*t));
        let after_aside =
            previous == "," && word.ends_with('s') && lower_in(&["to", "that"], next_word);
        let subject_before = PRONOUNS.contains(previous)
            || after_aside
            || (word.ends_with("ing") && lower_in(BE_FORMS, previous))
            || lower_in(&["who", "that"], previous)
            || (is_capitalised_word(previous) && !possessive)
            || (self.is_adverb(previous) && !(participle && previous.ends_with("ly")))
            || (!participle && self.agreeing_subject(tokens, c))
            // `students polled support …`: respondents.
            || (!participle && self.respondents_before(tokens, c));
        // `voted` is a verb after any noun (`The council voted to …`), and
        // `hoped` or `wanted` after a speaker (`Party leaders hoped …`).
        let speaker_verb = lemma == "vote"
            || (lower_in(&["hope", "want", "wish", "decide"], lemma)
                && is_speaker_head(previous)
                && !is_capitalised_word(previous));
        let participle_noun = participle && INTENTIONS.contains(lemma) && !speaker_verb;
        if (NOUN_FORMS.contains(word) || participle_noun) && !subject_before {
            return None;
        }
        let next = tokens.get(c + 1).map_or(".", |t| self.word(*t));
        // `voted for Ruiz`, `voted against the bill`: the choice after
        // the preposition; `voted to delay the tax` is an intention.
        if lemma == "vote" && lower_in(&["for", "against"], next) {
            let cue = whosaid_core::Cue::belief(token.span, lemma);
            return Some((cue, c + 2, false));
        }
        // `worried about the levy`: what is worried about.
        if lemma == "worry" && next == "about" && tokens.get(c + 2).is_some_and(|t| t.is_word) {
            let cue = whosaid_core::Cue::belief(token.span, lemma);
            return Some((cue, c + 2, false));
        }
        // `voted in favor of the bill`, `voted in support of Roe`
        let word_at = |k: usize| tokens.get(k).map_or("", |t| self.word(*t));
        if lemma == "vote"
            && next == "in"
            && lower_in(&["favor", "favour", "support"], word_at(c + 2))
            && word_at(c + 3) == "of"
            && tokens.get(c + 4).is_some_and(|t| t.is_word)
        {
            let cue = whosaid_core::Cue::belief(token.span, lemma);
            return Some((cue, c + 4, false));
        }
        if lemma == "vote" && next != "to"
            // `backed down`, `backed away from`, `back and forth`
            || lemma == "back"
                && lower_in(
                    &["down", "off", "away", "up", "out", "into", "in", "by", "and", "forth"],
                    next,
                )
        {
            return None;
        }
        // `Trump support is strong`: a noun before the verb.
        if NOUN_FORMS.contains(word)
            && (lower_in(BE_FORMS, next)
                || lower_in(&["has", "have", "had", "will", "would", "can"], next))
        {
            return None;
        }
        let clause = next == "that"
            // `thinks so`
            || (BELIEFS.contains(lemma) && next == "so" && self.answer_ends_at(tokens, c + 2))
            // `believes, for example, that …`
            || self.that_after_aside(tokens, c + 1, tokens.len()).is_some()
            || (BELIEFS.contains(lemma)
                && (PRONOUNS.contains(next)
                    // `think it’s …`, `think that’s …`
                    || pronoun_contraction(next)
                    || lower_in(&["that’s", "that's", "there’s", "there's"], next)
                    // `knows what …`, `wonders whether …`
                    || QUESTION_WORDS.contains(next)
                    || lower_in(&["there", "the", "a", "an", "his", "her", "their", "its"], next)
                    // `believe this provides …`: a demonstrative and its verb.
                    || (lower_in(&["this", "these", "those"], next)
                        && tokens.get(c + 2).is_some_and(|t| {
                            let verb = self.word(*t);
                            FINITE_AUXILIARIES.contains(verb)
                                || is_past(verb)
                                || (verb.ends_with('s')
                                    && !verb.ends_with("ss")
                                    && !is_capitalised_word(verb))
                        }))
                    || is_capitalised_word(next)
                    // `think other senators would …`
                    || self.bare_clause_at(tokens, c + 1, tokens.len())))
            // `wants a ban on …`, `supports raising the wage`: what is
            // wanted or supported.
            || (STANCES.contains(lemma) && tokens.get(c + 1).is_some_and(|t| t.is_word))
            // `sees golf courses as wasted space`
            || (matches!(lemma, "see" | "view") && self.sees_as(tokens, c));
        let infinitive = INTENTIONS.contains(lemma)
            && (next == "to"
                // `decided on Monday to run`
                || self.infinitive_after_adverbial(tokens, c + 1, tokens.len()).is_some()
                // `decided not to run`
                || (next == "not" && tokens.get(c + 2).is_some_and(|t| self.word(*t) == "to"))
                || (OBJECT_INFINITIVES.contains(lemma)
                    && self
                        .addressee_end(tokens, c + 1, tokens.len())
                        .is_some_and(|k| tokens.get(k).is_some_and(|t| self.word(*t) == "to"))));
        if !(clause || infinitive) {
            return None;
        }
        let cue = whosaid_core::Cue::belief(token.span, lemma);
        Some((cue, c + 1, false))
    }

    /// A poll or survey as the subject of the cue at `cue_at`, with what
    /// dates it between them (`A Quinnipiac poll released in late August
    /// found`, `a WBUR poll last week showed`): the mention runs to the
    /// cue.
    pub(super) fn poll_subject(
        &self,
        tokens: &[Token],
        cue_at: usize,
        floor: usize,
    ) -> Option<(Span, Vec<Span>)> {
        let lower = cue_at.saturating_sub(MAX_POLL_DATING_TOKENS + 1).max(floor);
        let poll = (lower..cue_at)
            .rev()
            .find(|&k| POLL_NOUNS.contains(self.word(tokens[k])))?;
        // `The poll also found`: adverbs and auxiliaries are no date.
        let mut end = cue_at;
        while end > poll + 1 && {
            let word = self.word(tokens[end - 1]);
            self.is_adverb(word) && !is_capitalised_word(word)
        } {
            end -= 1;
        }
        let dating = &tokens[poll + 1..end];
        let plain = !dating.is_empty()
            && dating.iter().all(|t| {
                let word = self.word(*t);
                t.is_word
                    && !lower_in(&["that", "which", "who", "and", "but"], word)
                    && !is_verb(word)
                    && !PRONOUNS.contains(word)
            });
        if !plain {
            return None;
        }
        let start = self.noun_phrase_start(tokens, poll + 1, floor)?;
        let mention = Span::new(tokens[start].span.start, tokens[end - 1].span.end);
        Some((mention, word_spans(&tokens[start..poll + 1])))
    }

    /// Where the mention of a study or a report starts when its author,
    /// at token `author`, follows it after `by`: `a study by Pew`.
    pub(super) fn study_by(&self, tokens: &[Token], author: usize, floor: usize) -> Option<usize> {
        let by = author.checked_sub(1).filter(|&by| by > floor)?;
        (self.word(tokens[by]) == "by" && EVIDENCE_NOUNS.contains(self.word(tokens[by - 1])))
            .then(|| self.noun_phrase_start(tokens, by, floor))
            .flatten()
    }

    /// Whether `see` at `c` is followed by a noun phrase and `as` (`sees
    /// the plan as a trap`): a view, not a sight.
    fn sees_as(&self, tokens: &[Token], c: usize) -> bool {
        let as_at = |k: usize| tokens.get(k).is_some_and(|t| self.word(*t) == "as");
        // (`see him as a threat`: a pronoun.)
        self.noun_phrase_after(tokens, c + 1, tokens.len())
            .is_some_and(as_at)
            || (tokens
                .get(c + 1)
                .is_some_and(|t| lower_in(OBJECT_PRONOUNS, self.word(*t)) || self.word(*t) == "it")
                && as_at(c + 2))
    }

    /// Whether `that` at token `at` opens a clause, not a relative one
    /// (`remarks that were …`: a noun and its relative clause).
    fn that_clause_at(&self, tokens: &[Token], at: usize) -> bool {
        tokens.get(at).is_some_and(|t| self.word(*t) == "that")
            && tokens.get(at + 1).is_some_and(|t| {
                let word = self.word(*t);
                t.is_word && !FINITE_AUXILIARIES.contains(word) && !is_past(word)
            })
    }

    /// Whether the verb at `c` follows respondents described by how they
    /// were asked (`students polled`).
    fn respondents_before(&self, tokens: &[Token], c: usize) -> bool {
        c >= 2
            && lower_in(
                &["polled", "surveyed", "interviewed", "questioned"],
                self.word(tokens[c - 1]),
            )
    }

    /// Whether the base form at `c` follows a determiner and a plural noun,
    /// its subject (`most residents plan`, `many voters fear`); a singular
    /// noun before it makes a compound (`the tax plan`, `a security fear`).
    fn agreeing_subject(&self, tokens: &[Token], c: usize) -> bool {
        if c < 2 {
            return false;
        }
        let noun = self.word(tokens[c - 1]);
        let determiner = self.word(tokens[c - 2]);
        // `foreign observers worry …`: a plural speaker noun needs no
        // determiner.
        if is_speaker_head(noun)
            && noun.ends_with('s')
            && !self.word(tokens[c]).ends_with('s')
            && tokens[c - 1].is_word
            && !is_capitalised_word(noun)
        {
            return true;
        }
        // `Supporters of the law hope …`: a plural before `of` and its
        // object.
        let base_form = !self.word(tokens[c]).ends_with('s');
        let plural_before_of = (c.saturating_sub(3)..c - 1)
            .find(|&k| self.word(tokens[k]) == "of")
            .filter(|&of| of > 0 && tokens[of + 1..c].iter().all(|t| t.is_word))
            .is_some_and(|of| {
                let head = self.word(tokens[of - 1]);
                head.ends_with('s') && !head.ends_with("ss") && !head.ends_with("’s")
            });
        if base_form && plural_before_of {
            return true;
        }
        // `About 60 percent support …`, `two-thirds favor …`: a share of
        // the people asked, opening its clause (not `got 45 percent
        // support`).
        let share_start = match lower_in(&["percent", "%"], noun) {
            true => (c >= 2 && is_number(self.word(tokens[c - 2]))).then(|| c - 2),
            false => (noun.ends_with("-thirds")
                || noun.ends_with("-quarters")
                || noun.ends_with("-fifths")
                || noun.eq_ignore_ascii_case("majorities"))
            .then(|| c - 1),
        };
        let opens_clause = |start: usize| {
            start.checked_sub(1).is_none_or(|k| {
                let word = self.word(tokens[k]);
                !tokens[k].is_word
                    || lower_in(
                        &[
                            "about", "nearly", "almost", "roughly", "only", "just", "than", "and",
                        ],
                        word,
                    )
            })
        };
        if base_form && share_start.is_some_and(opens_clause) {
            return true;
        }
        if !lower_in(
            &[
                "the", "these", "those", "many", "most", "some", "a", "an", "this",
            ],
            determiner,
        ) || !tokens[c - 1].is_word
            || !noun.chars().all(|ch| ch.is_ascii_lowercase())
        {
            return false;
        }
        let noun_plural = noun.ends_with('s') && !noun.ends_with("ss");
        // `the campaign worries that …`: a singular noun with a verb in
        // `-s` before `that`.
        let that_follows = tokens.get(c + 1).is_some_and(|t| self.word(*t) == "that");
        // `the candidate plans to return`: a speaker with an infinitive.
        let speaker_to = is_speaker_head(noun)
            && tokens.get(c + 1).is_some_and(|t| self.word(*t) == "to")
            && tokens.get(c + 2).is_some_and(|t| {
                let verb = self.word(*t);
                t.is_word && !is_capitalised_word(verb) && !DETERMINERS.contains(verb)
            });
        (base_form && noun_plural) || (!base_form && !noun_plural && (that_follows || speaker_to))
    }

    /// Where the next speech tag of the sentence begins inside reported
    /// content: `… and said`, `…, though Mrs. Roe said`. `outer` is the
    /// form of the cue whose content this is, if any: a verb joined by
    /// `and` in another tense continues the content (`Police say he
    /// posed a threat and refused to drop the gun`, `arguing that it
    /// showed intent and indicated …`).
    fn next_tag_start(
        &self,
        tokens: &[Token],
        from: usize,
        end: usize,
        outer: Option<&str>,
    ) -> Option<usize> {
        // (Searched as far as a content runs at most.)
        let end = end.min(from + MAX_CONTENT_TOKENS);
        (from + 1..end).find_map(|c| {
            let (cue, after, according_to) = self.speech_cue(tokens, c)?;
            if self.continues_infinitive(tokens, from, c) {
                return None;
            }
            let before = self.word(tokens[c - 1]);
            // `…, said Robert Shapiro, a professor.`: an inverted closing
            // tag, its speaker named after the cue.
            let inverted = before == ","
                && !STANCE_OBJECTS.contains(&cue.lemma)
                && self
                    .noun_phrase_after(tokens, after, end)
                    .is_some_and(|name_end| {
                        let head = self.word(tokens[name_end - 1]);
                        speaker_like(head)
                            && tokens
                                .get(name_end)
                                .is_none_or(|t| matches!(self.word(*t), "," | "." | ";"))
                    });
            if inverted {
                return Some(c - 1);
            }
            // `a Republican who refused to endorse Trump, said the family
            // deserved better`: the verb of the sentence after an
            // appositive, its clause after it.
            let main_verb = before == ","
                && !according_to
                && !self.participle_cue(tokens, c)
                && (self.that_clause_at(tokens, after)
                    || self.clause_after_participle(tokens, after, end));
            // `…, according to exit polls.`
            if according_to {
                return (before == ",").then_some(c - 1);
            }
            // `… and have been calling for …`: a participle after `be` is
            // a verb of its own, joined like any other.
            let progressive = self
                .progressive_auxiliary(tokens, from, c)
                .filter(|&auxiliary| auxiliary < c && tokens[auxiliary].is_word)
                .and_then(|auxiliary| self.conjunction_before(tokens, from, auxiliary));
            if let Some(conjunction) = progressive {
                return Some(conjunction);
            }
            if self.participle_cue(tokens, c) {
                // `…, noting her comments`: a participle after a comma, or
                // joined to another (`acknowledging … but warning that`,
                // `… while promising to`).
                let joined =
                    lower_in(&["but", "and", "while", "before", "after"], before) && c >= from + 2;
                // `…, with Roe arguing that …`: a participle with its own
                // subject after `with`.
                let absolute = self
                    .absolute_subject(tokens, from, c)
                    .map(|(with, _)| with)
                    .filter(|&with| with > from + 1 && self.word(tokens[with - 1]) == ",");
                if let Some(with) = absolute {
                    return Some(with - 1);
                }
                return (before == "," || joined).then_some(c - 1);
            }
            if let Some(conjunction) = self.conjunction_before(tokens, from, c) {
                // `… and has repeatedly described it as …`
                let inner = outer.is_some_and(|outer| {
                    conjunction + 1 == c && !tense_agrees(outer, self.word(tokens[c]))
                });
                return (!inner).then_some(conjunction);
            }
            let Some((mention, _)) = self.subject_before(tokens, c, from) else {
                return main_verb.then_some(c - 1);
            };
            let subject = tokens.partition_point(|t| t.span.start < mention.start);
            // `…, compared with 64 percent who say the same`: a share of
            // respondents answering in a relative clause opens a report of
            // its own.
            if self.word(tokens[subject]).eq_ignore_ascii_case("who")
                && subject > from + 1
                && self.word(tokens[subject - 1]) != ","
                && let Some(start) = self.antecedent_start(tokens, subject, from + 1)
                && self.share_of_respondents(tokens, start, subject)
            {
                return Some(start);
            }
            // (`and more than 4 in 10 said`: a bound before a number opens
            // the subject.)
            let mut subject = subject;
            for _ in 0..2 {
                if subject > from + 1
                    && lower_in(
                        &[
                            "than", "least", "nearly", "almost", "about", "roughly", "only",
                            "just", "some",
                        ],
                        self.word(tokens[subject - 1]),
                    )
                {
                    subject -= 1;
                    if lower_in(
                        &["more", "fewer", "less", "at"],
                        self.word(tokens[subject - 1]),
                    ) {
                        subject -= 1;
                    }
                }
            }
            let joint = subject.checked_sub(1).filter(|&k| {
                k > from
                    && lower_in(
                        &[
                            ",", "and", "but", "though", "although", "while", "whereas", "as",
                            "because", "—", "–", "-", ";",
                        ],
                        self.word(tokens[k]),
                    )
            });
            match joint {
                Some(joint) if joint > from + 1 && self.word(tokens[joint - 1]) == "," => {
                    Some(joint - 1)
                }
                Some(joint) => Some(joint),
                // (`endorse Trump, said the family …`: the words before the
                // comma are no subject of the verb after it.)
                None => main_verb.then_some(c - 1),
            }
        })
    }

    /// Whether tokens `from..to` name a share of respondents (`64
    /// percent`, `the same number`, `those`, `a majority`).
    fn share_of_respondents(&self, tokens: &[Token], from: usize, to: usize) -> bool {
        to > from
            && tokens[from..to].iter().any(|t| {
                let word = self.word(*t);
                is_number(word)
                    || lower_in(
                        &[
                            "percent", "%", "number", "share", "majority", "minority", "half",
                            "third", "those", "many", "most", "few",
                        ],
                        word,
                    )
            })
    }

    /// The `and` or `but` joining the cue at `c` to what comes before,
    /// past adverbs and auxiliaries (`and has repeatedly described`, `and
    /// then warned`), after token `from`.
    fn conjunction_before(&self, tokens: &[Token], from: usize, c: usize) -> Option<usize> {
        let mut k = c.checked_sub(1)?;
        while k > from && k + 3 > c && self.is_adverb(self.word(tokens[k])) {
            k -= 1;
        }
        // `but in a later interview said`: a circumstance after the
        // conjunction (when none stands right before the cue).
        let conjunction = |k: usize| matches!(self.word(tokens[k]), "and" | "but");
        if !conjunction(k)
            && let Some(preposition) = (c.saturating_sub(5).max(from + 1)..k)
                .rev()
                .take_while(|&j| tokens[j].is_word)
                .find(|&j| lower_in(&["in", "on", "at", "during"], self.word(tokens[j])))
                .filter(|&j| {
                    // (`but on Tuesday wrote`: a day.)
                    let next = self.word(tokens[j + 1]);
                    lower_in(&["a", "an", "his", "her", "their", "its", "the"], next)
                        || WEEKDAYS.contains(next)
                })
        {
            k = preposition - 1;
        }
        (k > from && conjunction(k)).then_some(k)
    }

    /// A tag whose speaker is the noun phrase in tokens `from..to`.
    fn tag_between(
        &self,
        tokens: &[Token],
        cue: whosaid_core::Cue,
        from: usize,
        to: usize,
        covers: (usize, usize),
        according_to: bool,
    ) -> Option<Tag> {
        // `according to the “Medicare for all” document`: with a title
        // inside, the whole phrase names the source.
        let name_end = self
            .noun_phrase_after(tokens, from, to)
            .or_else(|| (according_to && to > from + 1).then_some(to))?;
        let mention = Span::new(
            tokens[from].span.start,
            tokens[to.max(name_end) - 1].span.end,
        );
        let name_words = word_spans(&tokens[from..name_end]);
        Some(Tag {
            cue,
            mention,
            name_words,
            addressee: None,
            tokens: covers,
            according_to,
        })
    }

    /// Where `that` is after an aside set off by commas or dashes opening at
    /// token `mark`: `said, however, that …`, `believes, for example, that
    /// …`, `can now say, with hindsight, that …`, `said — on Twitter, as it
    /// happens — that …`.
    fn that_after_aside(&self, tokens: &[Token], mark: usize, end: usize) -> Option<usize> {
        self.after_aside(tokens, mark, end)
            .filter(|&that| that < end && self.word(tokens[that]) == "that")
    }

    /// Where a clause without `that` starts after an aside opening at token
    /// `mark`: `said, if elected, she would …`.
    fn clause_after_aside(&self, tokens: &[Token], mark: usize, end: usize) -> Option<usize> {
        self.after_aside(tokens, mark, end)
            .filter(|&start| self.bare_clause_at(tokens, start, end))
    }

    /// The token after an aside set off by commas or dashes opening at token
    /// `mark`, within a few words.
    fn after_aside(&self, tokens: &[Token], mark: usize, end: usize) -> Option<usize> {
        if mark + 1 >= end {
            return None;
        }
        let opening = self.word(tokens[mark]);
        let dash = is_dash(opening);
        if opening != "," && !dash {
            return None;
        }
        // A comma inside a dash's aside is part of it.
        let closes = |word: &str| match dash {
            true => is_dash(word),
            false => word == ",",
        };
        let closing = (mark + 2..(mark + 2 + MAX_ASIDE_TOKENS).min(end))
            .take_while(|&k| {
                tokens[k].is_word || self.word(tokens[k]) == "," || closes(self.word(tokens[k]))
            })
            .find(|&k| closes(self.word(tokens[k])))?;
        Some(closing + 1)
    }

    /// Where an infinitive starts after a short adverbial that opens at
    /// `after` (`sought on Wednesday to ease …`, `declined for years to
    /// say`, `decided after a long inquiry not to charge her`).
    fn infinitive_after_adverbial(
        &self,
        tokens: &[Token],
        after: usize,
        end: usize,
    ) -> Option<usize> {
        let next = self.word(*tokens.get(after)?);
        let duration = next == "for"
            && (after + 1..(after + 3).min(end))
                .any(|k| DURATION_WORDS.contains(self.word(tokens[k])));
        if !(ADVERBIAL_OPENERS.contains(next) || WEEKDAYS.contains(next) || duration)
            || next == "that"
        {
            return None;
        }
        let to = (after + 1..(after + 7).min(end))
            .take_while(|&k| tokens[k].is_word)
            .find(|&k| self.word(tokens[k]) == "to")
            .filter(|&to| to + 1 < end && tokens[to + 1].is_word)?;
        Some(if self.word(tokens[to - 1]) == "not" {
            to - 1
        } else {
            to
        })
    }

    /// Where the reported content starts after a cue, and the addressee:
    /// `told Blinken that …` skips `Blinken`; `urged the US to …` keeps it;
    /// `said on Monday that …` starts at `that`.
    pub(super) fn reported_start(
        &self,
        tokens: &[Token],
        lemma: &str,
        after: usize,
        end: usize,
    ) -> Option<(usize, Option<Span>)> {
        if after >= end {
            return None;
        }
        // `wondered aloud whether …`: how it was said.
        let after = match self.word(tokens[after]) {
            "aloud" | "publicly" | "privately" | "openly" if after + 1 < end => after + 1,
            // (`slammed into the crowd`: a motion.)
            "into" => return None,
            _ => after,
        };
        if let Some(that) = self.that_after_aside(tokens, after, end) {
            return Some((that, None));
        }
        // (A verb of saying alone: `the drinking continued, and four years
        // later, Freddy was dead` continues nothing said.)
        if COLON_CUES.contains(lemma)
            && let Some(start) = self.clause_after_aside(tokens, after, end)
        {
            return Some((start, None));
        }
        // `that` right after the cue, or after a short adverbial (`said on
        // Monday that`); not one inside the clause (`say it is unlikely that`).
        // (`said for weeks that`: a duration, not a request; `stated of
        // the scandal that`: its topic, but not `warned of`, where only
        // `that` opens the clause: `said of the meeting he had …` holds a
        // relative clause.)
        let topic = self.word(tokens[after]) == "of" && lemma != "warn";
        // (`said with a smile that`, `say by a wide margin that`, `say
        // for certain who`; not a passive's agent: `was told by aides
        // that`.)
        let word_at = |k: usize| tokens.get(k).map_or("", |t| self.word(*t));
        let passive = after >= 2 && lower_in(BE_FORMS, word_at(after - 2));
        let adverbial = ADVERBIAL_OPENERS.contains(self.word(tokens[after]))
            || topic
            || (self.word(tokens[after]) == "for"
                && (after + 1..(after + 4).min(end))
                    .any(|k| DURATION_WORDS.contains(self.word(tokens[k]))))
            || (word_at(after) == "for" && lower_in(&["certain", "sure"], word_at(after + 1)))
            || (word_at(after) == "with" && !passive)
            || (word_at(after) == "by" && !passive && !is_past(word_at(after - 1)));
        let reach = if adverbial { 12 } else { 1 };
        // A pronoun opens a clause without `that` (`said on Friday he met
        // …`, `said on Friday he’s …`): a later `that` is inside it.
        let pronoun = |word: &str| PRONOUNS.contains(word) || pronoun_contraction(word);
        let opening = (after..(after + reach).min(end))
            .take_while(|&k| self.word(tokens[k]) != ",")
            .find(|&k| {
                let word = self.word(tokens[k]);
                word == "that" || (!topic && (pronoun(word) || QUESTION_WORDS.contains(word)))
            });
        // `said on CNN, where he is a paid contributor, that …`: an aside
        // after the adverbial.
        if opening.is_none()
            && adverbial
            && let Some(comma) = (after..(after + reach).min(end))
                .find(|&k| !tokens[k].is_word)
                .filter(|&k| self.word(tokens[k]) == ",")
            && let Some(that) = self.that_after_aside(tokens, comma, end)
        {
            return Some((that, None));
        }
        let that = opening.filter(|&k| self.word(tokens[k]) == "that");
        if let Some(pronoun) = opening.filter(|&k| adverbial && pronoun(self.word(tokens[k]))) {
            return Some((pronoun, None));
        }
        // `said Monday the plan failed`, `said last week taxes would
        // rise`: a time, then a clause without `that`.
        if opening.is_none() {
            let word = |k: usize| tokens.get(k).map_or("", |t| self.word(*t));
            let mut clause = match self.word(tokens[after]) {
                day if WEEKDAYS.contains(day)
                    || lower_in(&["today", "yesterday", "tonight"], day) =>
                {
                    after + 1
                }
                "last" | "this" if TIME_UNITS.contains(word(after + 1)) => after + 2,
                _ => after,
            };
            if clause > after && TIME_UNITS.contains(word(clause)) {
                clause += 1;
            }
            // `reported at least six planes filled …`: a bound of a
            // number, not a place.
            if lower_in(&["at", "up"], word(after)) && self.bare_clause_at(tokens, after, end) {
                return Some((after, None));
            }
            // (After a time, a noun phrase and a past open the clause: `said
            // Monday the plan failed`.)
            if clause > after && clause < end && self.clause_after_participle(tokens, clause, end) {
                return Some((clause, None));
            }
            // `said in a statement the plan failed`: a phrase of
            // circumstance, then a clause without `that`.
            if lower_in(&["in", "during"], self.word(tokens[after]))
                && tokens.get(after + 1).is_some_and(|t| {
                    lower_in(
                        &["a", "an", "the", "his", "her", "their", "its"],
                        self.word(*t),
                    )
                })
                && let Some(phrase_end) = self.noun_phrase_after(tokens, after + 1, end)
                && phrase_end < end
                && self.clause_after_participle(tokens, phrase_end, end)
            {
                return Some((phrase_end, None));
            }
        }
        // `said to reporters that`, `explained to CBS why`: the person
        // addressed after `to`, then the clause.
        // (`suggested to me that`: a pronoun.)
        let pronoun_told = tokens
            .get(after + 1)
            .is_some_and(|t| lower_in(OBJECT_PRONOUNS, self.word(*t)))
            && tokens
                .get(after + 2)
                .is_some_and(|t| self.word(*t) == "that");
        if self.word(tokens[after]) == "to"
            && let Some(name_end) = match pronoun_told {
                true => Some(after + 2),
                false => self.noun_phrase_after(tokens, after + 1, end),
            }
            // (`said to a crowd in Georgia that`: a place after them.)
            && let name_end = self.place_after(tokens, name_end, end).unwrap_or(name_end)
            && tokens.get(name_end).is_some_and(|t| {
                let word = self.word(*t);
                word == "that" || lower_in(&["why", "how", "what", "whether"], word)
            })
        {
            let addressee = Span::new(tokens[after + 1].span.start, tokens[name_end - 1].span.end);
            return Some((name_end, Some(addressee)));
        }
        // `asked whether`, `wondered if`; other cues report only a clear
        // question (`explained how`), not a time or condition (`laughed
        // when asked`, `said if elected`).
        let asking = matches!(lemma, "ask" | "wonder");
        let question = |k: usize| {
            tokens.get(k).is_some_and(|t| {
                let word = self.word(*t);
                QUESTION_WORDS.contains(word)
                    && (asking || lower_in(&["whether", "how", "why", "what"], word))
            })
        };
        if question(after) {
            // `asked whether the plan would pass`
            return Some((after, None));
        }
        // `would not say for certain whether …`
        if let Some(k) = opening.filter(|&k| adverbial && question(k)) {
            return Some((k, None));
        }
        let next = self.word(tokens[after]);
        // `said: the plan is dead`: the words after a colon.
        if next == ":"
            && COLON_CUES.contains(lemma)
            && tokens.get(after + 1).is_some_and(|t| t.is_word)
            && after + 2 < end
        {
            return Some((after + 1, None));
        }
        // `added 160 officers`: a sum, not a statement.
        if lemma == "add" && is_number(next) {
            return None;
        }
        // `said yes.`, `said so;`: a whole answer.
        let answer_ends = self.answer_ends_at(tokens, after + 1);
        let answers = REPLIES.contains(lemma) && lower_in(&["yes", "no"], next);
        if (answers || (REPLIES.contains(lemma) || BELIEFS.contains(lemma)) && next == "so")
            && answer_ends
        {
            return Some((after, None));
        }
        if REPLIES.contains(lemma)
            && next.eq_ignore_ascii_case("as")
            && tokens
                .get(after + 1)
                .is_some_and(|t| self.word(*t) == "much")
        {
            // `said as much`
            return Some((after, None));
        }
        // `claims to have voted twice`, but not `China’s claim to
        // sovereignty`, a noun after `to`.
        let claims_infinitive = lemma == "claim"
            && tokens.get(after + 1).is_some_and(|t| {
                let word = self.word(*t);
                !is_capitalised_word(word)
                    && ![
                        "ty", "tion", "sion", "ment", "ness", "ship", "ism", "ance", "ence",
                    ]
                    .iter()
                    .any(|suffix| word.ends_with(suffix))
            });
        // `sought on Wednesday to ease …`, `vowed again to fight`: a short
        // adverbial before the infinitive.
        let takes_infinitive = COMMISSIVES.contains(lemma)
            || INTENTIONS.contains(lemma)
            || INFINITIVE_VERBS.contains(lemma);
        if takes_infinitive && let Some(start) = self.infinitive_after_adverbial(tokens, after, end)
        {
            return Some((start, None));
        }
        if (COMMISSIVES.contains(lemma) || claims_infinitive) && next == "to" {
            // `vowed to be tougher`, `promised to release the records`
            return Some((after, None));
        }
        // `called Friday for …`, `warned Sunday against …`: a day between
        // the cue and its preposition.
        let (after, next) = match tokens.get(after + 1).map(|t| self.word(*t)) {
            Some(preposition)
                if WEEKDAYS.contains(next)
                    && ((REQUESTS.contains(lemma) && preposition == "for")
                        || (lemma == "warn" && lower_in(WARNED_OF, preposition))
                        || OBJECT_PREPOSITIONS.contains(&(lemma, preposition))) =>
            {
                (after + 1, preposition)
            }
            _ => (after, next),
        };
        if REQUESTS.contains(lemma) && next == "for" && after + 1 < end {
            // `called for new sanctions`, `asked for a recount`; not a
            // duration (`called for the third time`, `argued for hours`).
            // (`argued for months that …`: the clause after the duration.)
            let duration = (after + 1..(after + 4).min(end))
                .any(|k| DURATION_WORDS.contains(self.word(tokens[k])));
            return match (duration, that) {
                (false, _) => Some((after + 1, None)),
                // (Not a determiner: `called for the third time that
                // week`.)
                (true, that) => that
                    .filter(|&that| self.clause_after_participle(tokens, that + 1, end))
                    .map(|that| (that, None)),
            };
        }
        // `denied Garland a hearing`: a person deprived, not a claim
        // denied (`denied Trump’s claims`).
        if lemma == "deny" && is_capitalised_word(next) && !is_possessive(next) {
            return None;
        }
        if lower_in(&["comment", "double down"], lemma) && next == "on" && after + 1 < end {
            // `would not comment on whether …`, `doubled down on her
            // claim`: what was commented on.
            return Some((after + 1, None));
        }
        if lemma == "speak out" {
            // `spoke out against the levy`, `spoke out in favor of it`: the
            // cause spoken for or against.
            let favor = next == "in"
                && lower_in(&["favor", "favour", "support"], word_at(after + 1))
                && word_at(after + 2) == "of";
            let start = match favor {
                true => after + 3,
                false => after + 1,
            };
            let cause = favor || lower_in(&["about", "against", "on", "for"], next);
            return (cause && start < end).then_some((start, None));
        }
        if that.is_none() && OBJECT_PREPOSITIONS.contains(&(lemma, next)) && after + 1 < end {
            // `agrees with Dean`, `boasted of his skills`: the object of
            // the preposition.
            return Some((after + 1, None));
        }
        // `apologized to his supporters (and to Roe) for the remark`: those
        // addressed, then the object.
        if lemma == "apologize" && next == "to" && that.is_none() {
            // (A noun phrase may run on over `for` and `and`: `the staff
            // for the remark`; the first of them ends the addressee.)
            let addressed = |from: usize| {
                let phrase_end = self
                    .noun_phrase_after(tokens, from, end)
                    .or_else(|| self.addressee_end(tokens, from, end))?;
                (from + 1..=phrase_end).find(|&k| lower_in(&["for", "and"], word_at(k)))
            };
            let mut name_end = addressed(after + 1)?;
            while word_at(name_end) == "and" && word_at(name_end + 1) == "to" {
                name_end = addressed(name_end + 2)?;
            }
            let addressee = Span::new(tokens[after + 1].span.start, tokens[name_end - 1].span.end);
            return (word_at(name_end) == "for" && name_end + 1 < end)
                .then_some((name_end + 1, Some(addressee)));
        }
        if lemma == "insist" && next == "on" && that.is_none() && after + 1 < end {
            // `insisted on building a wall`: what is insisted on (not a
            // day: `insisted on Monday that …`).
            return Some((after + 1, None));
        }
        if lemma == "warn" && lower_in(WARNED_OF, next) && after + 1 < end {
            // `warned of the risk`, `warned against complacency`: the
            // danger warned of.
            return Some((after + 1, None));
        }
        if lower_in(&["refer", "respond", "reply"], lemma) && next == "to" && after + 1 < end {
            // `…, referring to the nominee`: what the speaker meant;
            // `responded to the report`: what was answered.
            return Some((after + 1, None));
        }
        if lemma == "call" && next == "out" && after + 1 < end && tokens[after + 1].is_word {
            // `called out his rival for …`: the one rebuked.
            return Some((after + 1, None));
        }
        if lemma == "call" && lower_in(&["on", "upon"], next) {
            // `called on Congress to act`, `called on him to resign`: the
            // addressee, then the request.
            let name_end = self.addressee_end(tokens, after + 1, end)?;
            let addressee = Span::new(tokens[after + 1].span.start, tokens[name_end - 1].span.end);
            return (tokens.get(name_end).is_some_and(|t| self.word(*t) == "to"))
                .then_some((after + 1, Some(addressee)));
        }
        let verb_follows = tokens.get(after + 1).is_some_and(|t| t.is_word);
        if INTENTIONS.contains(lemma) && next == "to" && verb_follows {
            return Some((after, None));
        }
        // `felt the FBI was slow`, but not `felt good`, `feel the heat`.
        if lemma == "feel"
            && next != "that"
            && (lower_in(&["like", "as"], next) || !self.bare_clause_at(tokens, after, end))
        {
            return None;
        }
        if OBJECT_INFINITIVES.contains(lemma)
            && let Some(name_end) = self.addressee_end(tokens, after, end)
            && tokens.get(name_end).is_some_and(|t| self.word(*t) == "to")
        {
            // `wants Congress to act`
            return Some((after, None));
        }
        if INFINITIVE_VERBS.contains(lemma) {
            // `declined to comment`, `refused to say`
            return (self.word(tokens[after]) == "to").then_some((after, None));
        }
        if lemma == "call" && lower_in(CALLED_PRONOUNS, next) {
            // `called him a liar`, `called herself pro-choice`: a name for
            // someone, not a phone call (`called him back`, `called her on
            // Monday`).
            let named = tokens.get(after + 1).is_some_and(|t| {
                let word = self.word(*t);
                t.is_word && !NOT_A_NAME_AFTER_CALL.contains(word) && !WEEKDAYS.contains(word)
            });
            // `called it a day`, `call it a night`: an idiom.
            let idiom = next.eq_ignore_ascii_case("it")
                && tokens
                    .get(after + 2)
                    .is_some_and(|t| lower_in(&["day", "night"], self.word(*t)));
            let named = named && !idiom;
            return named.then_some((after, None));
        }
        if lemma == "call"
            && !lower_in(&["off", "up", "back", "out", "in", "half"], next)
            && let Some(name_end) = self.noun_phrase_after(tokens, after, end)
        {
            // `called Trump a fascist`, `called the actions lawful`: a
            // name given to something, not a call placed to it (`called
            // the police`, `called the meeting to order`).
            // `calls Ohio her home state`, `called Trump the worst choice`
            let renamed = tokens.get(name_end).is_some_and(|t| {
                lower_in(
                    &[
                        "a", "an", "the", "his", "her", "their", "its", "my", "our", "your",
                    ],
                    self.word(*t),
                )
            });
            let last = self.word(tokens[name_end - 1]);
            let judged =
                name_end - after >= 2 && !NOUN_MODIFIERS.contains(last) && self.modifies_noun(last);
            if renamed || judged || self.judgement_closes(tokens, name_end, end) {
                return Some((after, None));
            }
        }
        // Not in the passive (`was called to testify`, `get called to
        // jury duty`), nor a noun (`phone calls to reach voters`).
        let passive_or_noun = || {
            after.checked_sub(2).is_none_or(|k| {
                let previous = self.word(tokens[k]);
                lower_in(BE_FORMS, previous)
                    || lower_in(&["get", "gets", "got", "getting", "been"], previous)
                    || !tokens[k].is_word
                    || (!is_capitalised_word(previous)
                        && !PRONOUNS.contains(previous)
                        && !lower_in(&["who", "that"], previous)
                        && !self.is_adverb(previous))
            })
        };
        if lemma == "call"
            && next == "to"
            && !passive_or_noun()
            && tokens.get(after + 1).is_some_and(|t| {
                let word = self.word(*t);
                t.is_word
                    && !is_capitalised_word(word)
                    && !DETERMINERS.contains(word)
                    && !lower_in(OBJECT_PRONOUNS, word)
            })
        {
            // `called to ban imports`: a call for an act.
            return Some((after, None));
        }
        // `promised voters that …`: one promised, when a clause follows
        // (`promised voters a tax cut` is an object).
        if lemma == "promise"
            && let Some(name_end) = self.addressee_end(tokens, after, end)
            && tokens
                .get(name_end)
                .is_some_and(|t| self.word(*t) == "that")
        {
            let addressee = Span::new(tokens[after].span.start, tokens[name_end - 1].span.end);
            return Some((name_end, Some(addressee)));
        }
        let addressing = ADDRESSING.contains(lemma) || DIRECTIVES.contains(lemma);
        // `warned it could harm commerce`, `warned the plan would fail`:
        // no one addressed, a clause.
        if addressing && lemma != "tell" && self.bare_clause_at(tokens, after, end) {
            return Some((after, None));
        }
        if addressing && let Some(mut name_end) = self.addressee_end(tokens, after, end) {
            // `asked the court for a ruling`: the request is no complement.
            if REQUESTS.contains(lemma)
                && let Some(for_at) = (after + 1..name_end).find(|&k| self.word(tokens[k]) == "for")
            {
                name_end = for_at;
            }
            let addressee = Span::new(tokens[after].span.start, tokens[name_end - 1].span.end);
            let next = tokens.get(name_end).map(|t| self.word(*t));
            // `told The Associated Press on Monday that …`, `told voters
            // in Salem, New Hampshire, that …`, `told guests at the gala
            // how …`
            if next.is_some_and(|w| ADVERBIAL_OPENERS.contains(w) && w != "that")
                && let Some(that) = (name_end..(name_end + 12).min(end))
                    .take_while(|&k| {
                        self.word(tokens[k]) != "," || self.comma_in_place_name(tokens, k)
                    })
                    .find(|&k| self.word(tokens[k]) == "that" || (k > name_end + 1 && question(k)))
            {
                return Some((that, Some(addressee)));
            }
            // `told CNN on Sunday she would run`: a clause without `that`
            // after a phrase of time.
            if lemma == "tell"
                && let Some(clause) = (name_end + 1..(name_end + 4).min(end)).find(|&k| {
                    self.time_before(tokens, k, name_end) == Some(name_end)
                        && self.bare_clause_at(tokens, k, end)
                })
            {
                return Some((clause, Some(addressee)));
            }
            // `told reporters, however, that …`
            if let Some(that) = self.that_after_aside(tokens, name_end, end) {
                return Some((that, Some(addressee)));
            }
            // (`urged voters not to stay home`: a request in the negative.)
            let negated_to = next == Some("not")
                && tokens
                    .get(name_end + 1)
                    .is_some_and(|t| self.word(*t) == "to");
            return match next {
                // (`called the meeting to order`: an idiom.)
                Some("to")
                    if (DIRECTIVES.contains(lemma) || lemma == "tell")
                        && !(lemma == "call"
                            && tokens
                                .get(name_end + 1)
                                .is_some_and(|t| self.word(*t) == "order")) =>
                {
                    Some((after, Some(addressee)))
                }
                Some("not") if negated_to && (DIRECTIVES.contains(lemma) || lemma == "tell") => {
                    Some((after, Some(addressee)))
                }
                // `asked the court for quick action`
                Some("for") if REQUESTS.contains(lemma) && name_end + 1 < end => {
                    Some((name_end + 1, Some(addressee)))
                }
                // `asked Carson about his ties to the firm`
                Some("about") if lemma == "ask" && name_end + 1 < end => {
                    Some((name_end + 1, Some(addressee)))
                }
                // (Not after `call`, where `that` opens a relative clause:
                // `called the assault that killed … “…”`.)
                Some("that") if lemma != "call" => Some((name_end, Some(addressee))),
                // `told Roe, a lawyer, that …`
                Some(",")
                    if tokens
                        .get(name_end + 1)
                        .is_some_and(|t| self.word(*t) == "that") =>
                {
                    Some((name_end + 1, Some(addressee)))
                }
                // `asked Roe, who leads the count, to explain …`
                Some(",")
                    if (DIRECTIVES.contains(lemma) || lemma == "tell")
                        && tokens
                            .get(name_end + 1)
                            .is_some_and(|t| self.word(*t) == "to") =>
                {
                    Some((after, Some(addressee)))
                }
                _ if question(name_end) => Some((name_end, Some(addressee))),
                // `assured voters he would stay`
                _ if lemma != "tell" && self.bare_clause_at(tokens, name_end, end) => {
                    Some((name_end, Some(addressee)))
                }
                // `urged restraint`, `urged an end to the strikes`: what is
                // urged, not someone urged.
                _ if lemma == "urge" && {
                    let first = self.word(tokens[after]);
                    lower_in(&["a", "an", "more", "greater"], first)
                        || (!is_capitalised_word(first)
                            && !DETERMINERS.contains(first)
                            && !lower_in(OBJECT_PRONOUNS, first)
                            && !PRONOUNS.contains(first))
                } =>
                {
                    Some((after, None))
                }
                // `told reporters this was the only chance`
                _ if lemma == "tell" => {
                    let clause = tokens.get(name_end).is_some_and(|t| {
                        t.is_word
                            && !lower_in(&["about", "of", "in", "on", "at", "for"], self.word(*t))
                    });
                    that.map(|t| (t, Some(addressee)))
                        .or(clause.then_some((name_end, Some(addressee))))
                }
                _ => None,
            };
        }
        if let Some(that) = that {
            return Some((that, None));
        }
        if NEEDS_THAT.contains(lemma) {
            // `concludes his trip`, `called him a liar`: without `that`,
            // these verbs do not report speech, unless a verb of judgement
            // has a whole clause after it (`agreed the plan was flawed`).
            let judged = JUDGEMENTS.contains(lemma) && self.bare_clause_at(tokens, after, end);
            // `mocked Roe for the delay`: the one mocked, and why.
            let mocked = lemma == "mock"
                && self
                    .addressee_end(tokens, after, end)
                    .is_some_and(|name_end| {
                        tokens
                            .get(name_end)
                            .is_some_and(|t| lower_in(&["for", "as"], self.word(*t)))
                    });
            return (judged || mocked).then_some((after, None));
        }
        // `said the plan failed`: the clause follows the cue directly.
        // (`said about 20 people …`, `announced $5 million was …`: an
        // amount opens it too.)
        let first = self.word(tokens[after]);
        let amount = tokens.get(after + 1).is_some_and(|t| {
            let next = self.word(*t);
            (first.eq_ignore_ascii_case("about") || first == "$")
                && next.bytes().next().is_some_and(|b| b.is_ascii_digit())
        });
        let clause_like = (tokens[after].is_word && !NO_CLAUSE_OPENERS.contains(first)) || amount;
        (clause_like && !self.occasion_only(tokens, after, end)).then_some((after, None))
    }

    /// Whether tokens `from..end` after a cue only say when or where it was
    /// said (`Thursday on CNBC’s “Squawk Box”`, `during the primaries`):
    /// a day and a preposition, or `during`, and no verb or `that` after.
    fn occasion_only(&self, tokens: &[Token], from: usize, end: usize) -> bool {
        let word = |k: usize| {
            tokens
                .get(k)
                .filter(|_| k < end)
                .map_or("", |t| self.word(*t))
        };
        let mut k = from;
        let opens = if WEEKDAYS.contains(word(k)) {
            k += 1;
            if lower_in(&["morning", "afternoon", "evening", "night"], word(k)) {
                k += 1;
            }
            lower_in(&["on", "during", "at", "in"], word(k))
        } else {
            word(k).eq_ignore_ascii_case("during")
        };
        opens
            && !(k..end).any(|j| {
                let word = self.word(tokens[j]);
                is_finite(word) || word == "that"
            })
    }

    /// The name given in `what X calls NAME` (`what economists call
    /// spending`, `what he described as a trap in the law`), from `what`
    /// before the subject at token `subject` to the name's end; the cue's
    /// lemma is `lemma`, the token after it `after`.
    fn name_given_with_what(
        &self,
        tokens: &[Token],
        lemma: &str,
        subject: usize,
        after: usize,
        end: usize,
    ) -> Option<Span> {
        let what = subject.checked_sub(1)?;
        if !self.word(tokens[what]).eq_ignore_ascii_case("what") {
            return None;
        }
        let start = match lemma {
            "call" | "term" | "dub" | "label" => after,
            "describe" | "characterize" | "see" | "view" => {
                (tokens.get(after).is_some_and(|t| self.word(*t) == "as")).then_some(after + 1)?
            }
            _ => return None,
        };
        let mut name_end = self.noun_phrase_after(tokens, start, end)?;
        // `corruption in politics`, `the party of Lincoln`
        while let Some(next) = tokens.get(name_end).filter(|_| name_end < end)
            && lower_in(&["of", "in", "on", "for"], self.word(*next))
            && let Some(object_end) = self.noun_phrase_after(tokens, name_end + 1, end)
        {
            name_end = object_end;
        }
        Some(Span::new(
            tokens[what].span.start,
            tokens[name_end - 1].span.end,
        ))
    }

    /// The end of a noun's complement in tokens `from..end` before the
    /// verb of the clause the noun is the subject of: `to build a wall`
    /// before `was`, `that the levy failed` (past its own verb) before
    /// `was`.
    fn complement_end(&self, tokens: &[Token], from: usize, end: usize) -> usize {
        let verb = |k: usize| {
            let word = self.word(tokens[k]);
            FINITE_AUXILIARIES.contains(word)
                || IRREGULAR_PAST.contains(word)
                || (word.ends_with("ed") && !is_capitalised_word(word))
        };
        let mut k = from + 1;
        if self.word(tokens[from]).eq_ignore_ascii_case("that") {
            // The clause's own verb first.
            while k < end && !verb(k) {
                k += 1;
            }
            k += 1;
        }
        (k..end)
            .find(|&j| FINITE_AUXILIARIES.contains(self.word(tokens[j])))
            .unwrap_or(end)
    }

    /// Whether a clause opens at token `at` after a participle of speech
    /// (`saying the city embodied …`): a bare clause, or a noun phrase and
    /// a past not in the passive.
    pub(super) fn clause_after_participle(&self, tokens: &[Token], at: usize, end: usize) -> bool {
        if self.bare_clause_at(tokens, at, end) {
            return true;
        }
        let word = |k: usize| {
            tokens
                .get(k)
                .filter(|_| k < end)
                .map_or("", |t| self.word(*t))
        };
        self.noun_phrase_after(tokens, at, end).is_some_and(|k| {
            is_past(word(k)) && !is_capitalised_word(word(k)) && word(k + 1) != "by"
        })
    }

    /// Whether a clause with its own subject and verb starts at token
    /// `at`, without `that`: a pronoun subject (`he would`), or a noun
    /// phrase before an auxiliary or a verb in the past (`the plan was`,
    /// `Ruiz won`), not an object (`the deal`, `it in May`).
    pub(super) fn bare_clause_at(&self, tokens: &[Token], at: usize, end: usize) -> bool {
        let Some(first) = tokens.get(at).filter(|t| at < end && t.is_word) else {
            return false;
        };
        // A verb in `-ed` after a name only: after a common noun it may
        // be a participle (`a pledged lead`).
        let finite = |k: usize, after_name: bool| {
            tokens.get(k).filter(|_| k < end).is_some_and(|t| {
                let word = self.word(*t);
                FINITE_AUXILIARIES.contains(word)
                    || if after_name {
                        is_past(word)
                    } else {
                        IRREGULAR_PAST.contains(word)
                    }
            })
        };
        let word = self.word(*first);
        // `at least six planes filled …`, `more than half say …`: a
        // bound before a number opens its noun phrase.
        let bound = match word.to_ascii_lowercase().as_str() {
            "at" | "more" | "fewer" | "less" | "up" => tokens
                .get(at + 1)
                .filter(|t| lower_in(&["least", "most", "than", "to"], self.word(**t)))
                .map(|_| at + 2),
            "nearly" | "almost" | "about" | "roughly" | "only" | "just" => Some(at + 1),
            _ => None,
        };
        if let Some(number) = bound.filter(|&k| {
            k < end && {
                let word = self.word(tokens[k]);
                is_number(word) || lower_in(&["half", "a", "one"], word)
            }
        }) {
            // (A number's noun takes no participle: `at least six planes
            // filled the skies`.)
            return self.clause_after_participle(tokens, number, end);
        }
        // `it` and `there` may be objects or adverbs: a verb must follow.
        if word.eq_ignore_ascii_case("it") || word.eq_ignore_ascii_case("there") {
            return finite(at + 1, false);
        }
        if pronoun_span(word, *first).is_some() {
            return tokens.get(at + 1).is_some_and(|t| t.is_word);
        }
        // (`bigotry and xenophobia are …`: two nouns joined by `and`.)
        let phrase_end = self.noun_phrase_after(tokens, at, end).map(|k| {
            match tokens.get(k).is_some_and(|t| self.word(*t) == "and") {
                true => self.noun_phrase_after(tokens, k + 1, end).unwrap_or(k),
                false => k,
            }
        });
        // (`her anger in the debate was`: prepositional phrases after the
        // noun.)
        let phrase_end = phrase_end.map(|mut k| {
            for _ in 0..3 {
                let preposition = tokens.get(k).is_some_and(|t| {
                    lower_in(
                        &["of", "in", "on", "at", "for", "from", "about"],
                        self.word(*t),
                    )
                });
                match self.noun_phrase_after(tokens, k + 1, end) {
                    Some(next) if preposition => k = next,
                    _ => break,
                }
            }
            k
        });
        phrase_end.is_some_and(|k| {
            let name = tokens[at..k]
                .iter()
                .all(|t| is_capitalised_word(self.word(*t)));
            // (`his campaign here was`: an adverb before the verb.)
            let adverb = tokens.get(k).is_some_and(|t| {
                lower_in(&["here", "there", "now", "also", "still"], self.word(*t))
            });
            finite(k + usize::from(adverb), name)
        })
    }

    /// Whether one word closing the clause follows a name given with
    /// `call` at token `k` (`calls Ruiz unqualified.`, `called him
    /// divisive and …`): a judgement, not a time (`called him today`) or a
    /// manner (`called him quickly`).
    fn judgement_closes(&self, tokens: &[Token], k: usize, end: usize) -> bool {
        let Some(word) = tokens
            .get(k)
            .filter(|t| k < end && t.is_word)
            .map(|t| self.word(*t))
        else {
            return false;
        };
        let closes = tokens
            .get(k + 1)
            .is_none_or(|t| !t.is_word || lower_in(&["and", "but", "for"], self.word(*t)));
        closes
            && !is_capitalised_word(word)
            && !is_stop_word(word)
            && !self.is_adverb(word)
            && !NOT_A_NAME_AFTER_CALL.contains(word)
            && !is_number(word)
    }

    /// The end of an infinitive predicate: before `and` + a second verb in
    /// the past (`… to release detainees and took up an offer`).
    fn predicate_end(&self, tokens: &[Token], from: usize, end: usize) -> usize {
        (from..end)
            .find(|&k| {
                self.word(tokens[k]) == "and"
                    && tokens.get(k + 1).is_some_and(|t| is_past(self.word(*t)))
            })
            .unwrap_or(end)
    }

    /// Whether the comma at token `k` separates or closes the parts of a
    /// place's name (`Salem, New Hampshire,`): after a capitalised word,
    /// before another, or closing a name that one such comma opened.
    fn comma_in_place_name(&self, tokens: &[Token], k: usize) -> bool {
        let capitalised = |j: usize| {
            tokens
                .get(j)
                .is_some_and(|t| t.is_word && is_capitalised_word(self.word(*t)))
        };
        let opens = |j: usize| self.word(tokens[j]) == "," && capitalised(j + 1);
        k > 0
            && capitalised(k - 1)
            && (capitalised(k + 1)
                || (k.saturating_sub(4)..k).any(|j| j > 0 && capitalised(j - 1) && opens(j)))
    }

    /// The end of the person addressed right after a cue at `after`: an
    /// object pronoun (`told me`) or a noun phrase (`told The Daily Star`).
    pub(super) fn addressee_end(
        &self,
        tokens: &[Token],
        after: usize,
        end: usize,
    ) -> Option<usize> {
        if after >= end {
            return None;
        }
        let word = self.word(tokens[after]);
        // `her` alone, or `her assistant`.
        let first_end = if word.eq_ignore_ascii_case("her") {
            self.noun_phrase_after(tokens, after, end)
                .filter(|&name_end| name_end > after + 1)
                .unwrap_or(after + 1)
        } else if lower_in(OBJECT_PRONOUNS, word) {
            after + 1
        } else {
            self.noun_phrase_after(tokens, after, end)?
        };
        // `Gov. Rick Snyder (R)`: a party and state after a name.
        let first_end = match tokens.get(first_end).map(|t| self.word(*t)) {
            Some("(") if is_capitalised_word(self.word(tokens[first_end - 1])) => (first_end + 1
                ..(first_end + 8).min(end))
                .find(|&j| self.word(tokens[j]) == ")")
                .map_or(first_end, |close| close + 1),
            _ => first_end,
        };
        // `Mills, Sullivan and Abedin`, `the Trump and Clinton campaigns`:
        // a list ending in `and` is one addressee.
        let mut k = first_end;
        while k < end && self.word(tokens[k]) == "," {
            match tokens.get(k + 1).map(|t| self.word(*t)) {
                Some("and") => {
                    k += 1;
                    break;
                }
                _ => match self.noun_phrase_after(tokens, k + 1, end) {
                    Some(item_end) => k = item_end,
                    None => break,
                },
            }
        }
        if k < end
            && self.word(tokens[k]) == "and"
            && let Some(last_end) = self.noun_phrase_after(tokens, k + 1, end)
        {
            return Some(last_end);
        }
        // `told Roe, a lawyer, that …`, `asked Roe, who leads the count,
        // to explain …`: an appositive or a relative clause before `that`
        // or the infinitive.
        if self.word(tokens[first_end.min(end - 1)]) == "," {
            let relative = tokens
                .get(first_end + 1)
                .is_some_and(|t| lower_in(PERSON_RELATIVES, self.word(*t)));
            let appositive_end = match relative {
                true => (first_end + 2..end.min(first_end + 2 + MAX_RELATIVE_TOKENS))
                    .find(|&k| self.word(tokens[k]) == ","),
                false => self
                    .noun_phrase_after(tokens, first_end + 1, end)
                    .filter(|&k| tokens.get(k).is_some_and(|t| self.word(*t) == ",")),
            };
            if let Some(appositive_end) = appositive_end
                && tokens
                    .get(appositive_end + 1)
                    .is_some_and(|t| lower_in(&["that", "to"], self.word(*t)))
            {
                return Some(appositive_end);
            }
        }
        Some(first_end)
    }

    /// The end of a stance's object in tokens `from..to`: before a date
    /// closing it, which dates the stance (`endorsed Ruiz on Tuesday`).
    fn object_end(&self, tokens: &[Token], from: usize, to: usize) -> usize {
        // `is backing Ruiz because she …`, `backs Ruiz, but he …`: a
        // clause of reason or contrast is no part of the object.
        let to = (from + 1..to)
            .find(|&k| {
                let word = self.word(tokens[k]);
                lower_in(OBJECT_CLOSERS, word)
                    || word == ";"
                    || (word == ","
                        && tokens
                            .get(k + 1)
                            .is_some_and(|t| lower_in(&["but", "yet"], self.word(*t))))
                    // `complained about the mic, even suggesting …`: a
                    // participle of its own.
                    || (word == ","
                        && (k + 1..(k + 4).min(to))
                            .map(|j| self.word(tokens[j]))
                            .find(|w| !(w.ends_with("ly") || lower_in(&["even", "also"], w)))
                            .is_some_and(|w| w.ends_with("ing") && cue_lemma(w).is_some()))
                    // `echoed Roe, who told reporters that …`: the
                    // relative clause reports on its own.
                    || self.relative_cue_at(tokens, k, to)
                    || self.second_predicate_at(tokens, from, k, to)
            })
            .unwrap_or(to);
        // `deemed them personal and says …`: the next tag ends the object,
        // its cue followed by more words (`law and order.` holds a noun).
        let to = self
            .next_tag_start(tokens, from, to, None)
            .filter(|&tag| {
                (tag..to)
                    .find(|&k| self.speech_cue(tokens, k).is_some())
                    .is_some_and(|cue| {
                        tokens
                            .get(cue + 1)
                            .is_some_and(|t| cue + 1 < to && t.is_word)
                    })
            })
            .unwrap_or(to);
        // Not after a verb of the object's own (`plans to widen the road
        // next year`, `a bill that passed on Monday`, `cuts starting in
        // June`).
        let has_verb = |date: usize| {
            tokens[from..date].iter().any(|t| {
                let word = self.word(*t);
                word == "to" || word == "that" || QUESTION_WORDS.contains(word)
            }) || self.word(tokens[date - 1]).ends_with("ing")
        };
        // `thanked voters at a rally`, `endorsed Roe on Twitter`: the
        // place of the stance is no part of its object.
        let to = (from + 1..to)
            .find(|&k| self.venue_at(tokens, k, to) && !has_verb(k))
            .unwrap_or(to);
        let end = words_end(tokens, from, to);
        match self.time_before(tokens, end, from + 1) {
            Some(date) if !has_verb(date) => date,
            _ => to,
        }
    }

    /// Whether the subject's second predicate opens at token `k` (before
    /// `to`), ending an object: `and`, then a finite verb taking words of
    /// its own (`praised the plan and embraced its aim`, `mentioned CNN
    /// and then seemed to blame it`, `backs Roe and has said …`). (Not
    /// `the police and armed forces`: a noun follows the verb; nor `a man
    /// who won and lost`: the verb is the relative clause's.)
    fn second_predicate_at(&self, tokens: &[Token], from: usize, k: usize, to: usize) -> bool {
        let relative = || {
            tokens[from..k]
                .iter()
                .any(|t| lower_in(&["who", "which", "that"], self.word(*t)))
        };
        if self.word(tokens[k]) != "and" || relative() {
            return false;
        }
        let verb = (k + 1..to)
            .find(|&j| !(self.word(tokens[j]).ends_with("ly") || self.word(tokens[j]) == "then"));
        let Some(verb) = verb.filter(|&j| j + 1 < to && tokens[j].is_word) else {
            return false;
        };
        let word = self.word(tokens[verb]);
        let next = self.word(tokens[verb + 1]);
        let opens_words = DETERMINERS.contains(next)
            || lower_in(CALLED_PRONOUNS, next)
            || lower_in(&["to", "that", "as", "back", "on", "for", "about"], next)
            || is_past(next)
            || next.ends_with("ly");
        FINITE_AUXILIARIES.contains(word) || (is_past(word) && opens_words)
    }

    /// Whether a phrase naming where something was said opens at token
    /// `k` (before `to`): a preposition, then a venue within a few words
    /// (`at a rally`, `on Twitter`, `during a news conference`).
    fn venue_at(&self, tokens: &[Token], k: usize, to: usize) -> bool {
        // (`in the event of`: no event.)
        let idiom = self.word(tokens[k]) == "in"
            && tokens.get(k + 2).is_some_and(|t| self.word(*t) == "event");
        lower_in(&["at", "on", "in", "during"], self.word(tokens[k]))
            && !idiom
            && (k + 1..to.min(k + 1 + MAX_VENUE_WORDS))
                .take_while(|&j| tokens[j].is_word)
                .any(|j| VENUES.contains(self.word(tokens[j])))
    }

    /// `announced his candidacy in June`, `celebrated the ruling Monday`:
    /// where a date closing a noun phrase at tokens `from..to` starts,
    /// the phrase being short, opened by a determiner and with no verb of
    /// its own, so that the date dates the report.
    fn date_after_object(&self, tokens: &[Token], from: usize, to: usize) -> Option<usize> {
        let end = words_end(tokens, from, to);
        let phrase = &tokens[from..end];
        let noun_phrase = DETERMINERS.contains(self.word(tokens[from]))
            && phrase.len() <= MAX_DATED_OBJECT_TOKENS
            && phrase.iter().all(|t| {
                let word = self.word(*t);
                t.is_word
                    && !FINITE_AUXILIARIES.contains(word)
                    && !is_past(word)
                    && !lower_in(&["to", "that"], word)
                    && !QUESTION_WORDS.contains(word)
            });
        if !noun_phrase {
            return None;
        }
        (from + 2..end)
            .find(|&k| self.venue_at(tokens, k, end))
            .or_else(|| self.time_before(tokens, end, from + 2))
    }

    /// An infinitive of one verb after a refusal or a commitment, too
    /// short for [`Attributor::content`]: `declined to comment`, `vowed to
    /// fight` (not an intention, whose object may come before it: `the
    /// seat she hopes to win`).
    fn short_infinitive(
        &self,
        tokens: &[Token],
        lemma: &str,
        from: usize,
        to: usize,
    ) -> Option<Span> {
        let takes_infinitive = INFINITIVE_VERBS.contains(lemma) || COMMISSIVES.contains(lemma);
        let to = words_end(tokens, from, to);
        (takes_infinitive && to == from + 2 && self.word(tokens[from]) == "to")
            .then(|| Span::new(tokens[from].span.start, tokens[to - 1].span.end))
    }

    /// The object of a cue taking a stance on someone or something, when
    /// it is a noun phrase too short for [`Attributor::content`] and ends
    /// the clause: `Pence endorsed Ryan.`, `Park attacked the plan.`
    fn short_object(&self, tokens: &[Token], lemma: &str, from: usize, to: usize) -> Option<Span> {
        // `called for the ban`, `responded to the report`
        let before = if from > 0 {
            self.word(tokens[from - 1])
        } else {
            ""
        };
        let requested = REQUESTS.contains(lemma) && before == "for"
            || lower_in(&["respond", "reply"], lemma) && before == "to"
            || self.object_after_preposition(tokens, lemma, from)
            // `talked about the levy`, `spoke out against it`: a topic.
            || lower_in(TOPIC_CUES, lemma);
        if !(STANCE_OBJECTS.contains(lemma) || requested) {
            return None;
        }
        let to = self.closing_parenthesis_kept(tokens, from, words_end(tokens, from, to));
        // `endorsed her`, `agrees with them`: a pronoun alone.
        let pronoun = to == from + 1 && lower_in(OBJECT_PRONOUNS, self.word(tokens[from]));
        (to > from && (pronoun || self.noun_phrase_after(tokens, from, to) == Some(to)))
            .then(|| Span::new(tokens[from].span.start, tokens[to - 1].span.end))
    }

    /// `end`, or one past it when the parenthesis closing there opened
    /// within tokens `from..end` (`endorsed Sen. Ted Cruz (R-Texas)`).
    fn closing_parenthesis_kept(&self, tokens: &[Token], from: usize, end: usize) -> usize {
        let closes = tokens.get(end).is_some_and(|t| self.word(*t) == ")");
        match closes && tokens[from..end].iter().any(|t| self.word(*t) == "(") {
            true => end + 1,
            false => end,
        }
    }

    /// Whether the content at token `from` is the object of the
    /// preposition after a cue: `agrees with Park`, `worried about the
    /// levy`.
    fn object_after_preposition(&self, tokens: &[Token], lemma: &str, from: usize) -> bool {
        from > 0
            && OBJECT_PREPOSITIONS.iter().any(|&(cue, preposition)| {
                cue == lemma && self.word(tokens[from - 1]) == preposition
            })
    }

    /// A name given with `call` in two words, too short for
    /// [`Attributor::content`]: `called him divisive`, `calls Ruiz
    /// unqualified`.
    fn short_naming(&self, tokens: &[Token], lemma: &str, from: usize, to: usize) -> Option<Span> {
        let to = words_end(tokens, from, to);
        (lemma == "call" && to == from + 2 && self.judgement_closes(tokens, from + 1, to + 1))
            .then(|| Span::new(tokens[from].span.start, tokens[to - 1].span.end))
    }

    /// Whether a short answer ending before token `k` is whole: the
    /// sentence or clause ends there, or another clause or a comparison
    /// follows (`said yes, but …`, `said yes while …`, `said yes, compared
    /// with …`).
    fn answer_ends_at(&self, tokens: &[Token], k: usize) -> bool {
        let next = tokens.get(k).map(|t| self.word(*t));
        let then = tokens.get(k + 1).map_or("", |t| self.word(*t));
        match next {
            None | Some("." | ";" | "!") => true,
            // (`said yes, compared with 23 percent who …`)
            Some(",") => lower_in(
                &[
                    "but", "while", "and", "though", "although", "too", "compared", "versus",
                ],
                then,
            ),
            Some(word) => lower_in(&["but", "while", "whereas"], word),
        }
    }

    /// A reply too short for [`Attributor::content`] that ends the
    /// clause: `said yes`, `said so`, `said he would`, `said she could
    /// not`.
    fn short_answer(&self, tokens: &[Token], lemma: &str, from: usize, to: usize) -> Option<Span> {
        let mut to = words_end(tokens, from, to);
        // `said so, too`
        if to >= from + 3 && self.word(tokens[to - 1]) == "too" && self.word(tokens[to - 2]) == ","
        {
            to -= 2;
        }
        // `thinks so`: a belief's answer.
        let belief_so = BELIEFS.contains(lemma)
            && to == from + 1
            && tokens.get(from).is_some_and(|t| self.word(*t) == "so");
        if !REPLIES.contains(lemma) && !belief_so {
            return None;
        }
        if !self.answer_ends_at(tokens, to) {
            return None;
        }
        let words: Vec<&str> = tokens[from..to].iter().map(|t| self.word(*t)).collect();
        let answer = match words.as_slice() {
            [word] => lower_in(&["yes", "no", "so"], word),
            // `said the same`, `said as much`
            [first, second]
                if (first.eq_ignore_ascii_case("the") && *second == "same")
                    || (first.eq_ignore_ascii_case("as") && *second == "much") =>
            {
                true
            }
            [pronoun, auxiliary] | [pronoun, auxiliary, "not"] => {
                PRONOUNS.contains(pronoun) && lower_in(ELLIPTICAL_AUXILIARIES, auxiliary)
            }
            _ => false,
        };
        answer.then(|| Span::new(tokens[from].span.start, tokens[to - 1].span.end))
    }

    /// The content from token `from` to the end of the clause, which is
    /// `end` or, past the quotes found there, `clause_to` (`According to
    /// X, Roe said “…”`), its closing quotation mark kept.
    fn content_to_clause_end(
        &self,
        tokens: &[Token],
        from: usize,
        end: usize,
        clause_to: usize,
    ) -> Option<Span> {
        let clause_to = clause_to.min(from + MAX_VOUCHED_CLAUSE_TOKENS).max(end);
        let content = self.content(tokens, from, clause_to)?;
        Some(match clause_to > end {
            true => Span::new(content.start, tokens[clause_to - 1].span.end),
            false => content,
        })
    }

    /// `… the tax would fall, a claim the agency disputes`: where a phrase
    /// set off at the end of tokens `from..to` to sum up what came before
    /// starts (a comma or a dash, then `a` or `an`, then no clause of its
    /// own), less than twice as long as the words before it; an
    /// appositive of a name too (`met Jo Park, a lawyer from Ohio`),
    /// which the writer adds.
    pub(super) fn closing_appositive(
        &self,
        tokens: &[Token],
        from: usize,
        to: usize,
    ) -> Option<usize> {
        let mark = (from + 2..to.saturating_sub(2)).rev().find(|&k| {
            let word = self.word(tokens[k]);
            word == "," || is_dash(word) || word == "-" || word == "(" || word == "“"
        })?;
        let set_off = self.word(tokens[mark]);
        let spaced_hyphen = set_off != "-"
            || (tokens[mark - 1].span.end < tokens[mark].span.start
                && tokens[mark].span.end < tokens[mark + 1].span.start);
        let mut cut = mark;
        if set_off == "-" && self.word(tokens[mark - 1]) == "-" {
            cut = mark - 1;
        }
        if !matches!(set_off, "," | "-") && !is_dash(set_off)
            || !spaced_hyphen
            || !lower_in(&["a", "an"], self.word(tokens[mark + 1]))
            || !tokens[cut - 1].is_word
            || !tokens[mark + 1..to].iter().all(|t| t.is_word)
            // (A phrase twice as long as the words before may be their
            // point.)
            || to - mark >= 2 * (cut - from)
        {
            return None;
        }
        // (`a call center, a hotel and an IHOP`: the last items of a list.)
        let list = tokens[mark + 2..to].windows(2).any(|pair| {
            lower_in(&["and", "or"], self.word(pair[0]))
                && lower_in(&["a", "an"], self.word(pair[1]))
        });
        if list {
            return None;
        }
        // (`To be clear, a share of any tax would be …`: a clause.)
        for t in &tokens[mark + 2..to] {
            let word = self.word(*t);
            if lower_in(
                &["that", "which", "who", "whose", "whom", "where", "when"],
                word,
            ) {
                break;
            }
            if FINITE_AUXILIARIES.contains(word) || word.ends_with("n’t") || word.ends_with("n't")
            {
                return None;
            }
        }
        Some(cut)
    }

    /// The content span of tokens `from..to`, when it has enough words,
    /// without what closes it as the writer's: trailing punctuation, a
    /// phrase summing it up, a relative clause on a name, a remark in
    /// parentheses.
    fn content(&self, tokens: &[Token], from: usize, to: usize) -> Option<Span> {
        let mut to = to.min(tokens.len());
        // `railed against the levy`, `asked about the levy`: what is
        // reported is the preposition's object (`about 60 percent` is a
        // number).
        // (The preposition counts towards the words a content needs.)
        let written_from = from;
        let from = match tokens.get(from).map(|t| self.word(*t)) {
            Some("against") if from + 1 < to => from + 1,
            Some("about")
                if from + 1 < to
                    && !self
                        .word(tokens[from + 1])
                        .starts_with(|c: char| c.is_ascii_digit()) =>
            {
                from + 1
            }
            // (`…, X said`: the comma of a report ending before the clause's
            // verb left in front.)
            Some(",") if from + 1 < to => from + 1,
            _ => from,
        };
        // Trailing punctuation, and a conjunction left before the next
        // verb (`slammed the plan and accused …`), are not content.
        while to > from {
            let word = self.word(tokens[to - 1]);
            // (A closing parenthesis stays with its opening one.)
            let closes = self.closing_parenthesis_kept(tokens, from, to - 1) == to;
            let punctuation = !tokens[to - 1].is_word && !closes && word != "]";
            if !(punctuation || matches!(word, "and" | "but" | "or")) {
                break;
            }
            to -= 1;
        }
        if let Some(appositive) = self.closing_appositive(tokens, from, to) {
            to = appositive;
        }
        // `… met Jo Park, who runs the bank`: a relative clause on a name
        // closing the content is the writer's.
        let last_comma = (from + 2..to).rev().find(|&k| self.word(tokens[k]) == ",");
        if let Some(comma) = last_comma
            && is_capitalised_word(self.word(tokens[comma - 1]))
            && tokens
                .get(comma + 1)
                .is_some_and(|t| lower_in(&["who", "whose"], self.word(*t)))
        {
            to = comma;
        }
        // `… called them rapists (although he allowed that some were
        // good)`: a remark in parentheses closing the content is the
        // writer's; a short one stays (`Sen. Ted Cruz (R-Texas)`).
        let open = (from + 2..to).rev().find(|&k| self.word(tokens[k]) == "(");
        if let Some(open) = open {
            let words = tokens[open + 1..to].iter().filter(|t| t.is_word).count();
            let closes_content = tokens[open + 1..to.saturating_sub(1)]
                .iter()
                .all(|t| self.word(*t) != ")");
            if words > MAX_KEPT_PARENTHESIS_WORDS && closes_content {
                to = words_end(tokens, from, open);
            }
        }
        let words = tokens[written_from..to]
            .iter()
            .filter(|t| t.is_word)
            .count();
        // `said they lost`: a pronoun and its verb make a clause; so do a
        // noun and a verb in the past (`said costs doubled`, `said Roe
        // lied`).
        let clause = words == 2 && to == from + 2 && {
            let (first, second) = (self.word(tokens[from]), self.word(tokens[from + 1]));
            let function_word = DETERMINERS.contains(first)
                || self.is_adverb(first)
                || lower_in(
                    &[
                        "and", "or", "but", "nor", "so", "yet", "then", "as", "to", "if",
                    ],
                    first,
                );
            let past = is_past(second) || INTRANSITIVE_PASTS.contains(second);
            let noun_and_past = !function_word && !is_capitalised_word(second) && past;
            (lower_in(&["he", "she", "they", "we", "i"], first)
                || pronoun_contraction(first)
                || noun_and_past)
                && !lower_in(ELLIPTICAL_AUXILIARIES, second)
        };
        (words >= MIN_CONTENT_WORDS || clause)
            .then(|| Span::new(tokens[from].span.start, tokens[to - 1].span.end))
    }
}
