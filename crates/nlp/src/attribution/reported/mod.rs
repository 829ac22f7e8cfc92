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
//!
//! Where a content starts and ends is in [`content`]; verbs of belief and
//! intention in [`beliefs`]; nouns of speech and stance in [`nouns`]; polls
//! and studies in [`polls`]; reports with no source (the passive,
//! evidentials) in [`unsourced`].

mod beliefs;
mod content;
pub(in crate::attribution) use content::TOPIC_CUES;
mod nouns;
mod polls;
mod unsourced;

use crate::words::word_sets;
use whosaid_core::{Cue, CueKind, QuoteKind, Span};

use super::{
    ADDRESSING, Attributor, CATENATIVES, CLAUSE_OPENERS, DETERMINERS, DOCUMENT_NOUNS,
    FINITE_AUXILIARIES, HABIT_VERBS, MAX_APPOSITIVE_TOKENS, MAX_SUBJECT_TOKENS, MEANS_PREPOSITIONS,
    MENTION_ENDING_PREPOSITIONS, NOUN_FORMS, NOUN_LIKE_CUES, NOUN_MARKERS, NOUN_MODIFIERS,
    PERSON_RELATIVES, POLL_NOUNS, PRONOUNS, SUBJECT_PRONOUNS, SUBORDINATORS, TIME_UNITS, Tag,
    WEEKDAYS, is_dash, is_number, is_stop_word, is_verb, lower_in, pronoun_span, sets_off,
    speaker_like,
};
use crate::cues::cue_lemma;
use crate::quotes::Quotation;
use crate::speakers::{
    POSSESSIVE_PRONOUNS, is_person_noun, is_plural_of_people, is_possessive, is_speaker_head,
    is_speaker_or_person_noun, without_possessive,
};
use crate::tokens::{Token, tokenize, word_spans};

/// Occasions for speech, whose speaker a participle right after them
/// reports for (`opened the debate saying …`).
const OCCASIONS_OF_SPEECH: &[&str] = &[
    "debate",
    "interview",
    "rally",
    "hearing",
    "conference",
    "appearance",
    "briefing",
    "address",
    "testimony",
    "sermon",
];

/// Modal verbs, after which a verb takes its base form (`can campaign`).
const MODALS: &[&str] = &[
    "can", "could", "will", "would", "shall", "should", "may", "might", "must",
];

/// Pronouns that can be the person addressed (`told me`).
pub(super) const OBJECT_PRONOUNS: &[&str] = &["me", "us", "him", "her", "them", "you"];

/// Words before `of` naming a part of a group or its leader (`said most
/// of the senators`, `said 40 percent of voters`, `said the head of the
/// union`).
const SPEAKERS_BEFORE_OF: &[&str] = &[
    "head",
    "many",
    "some",
    "most",
    "all",
    "several",
    "both",
    "half",
    "none",
    "few",
    "each",
    "one",
    "majority",
    "minority",
    "third",
    "quarter",
    "percent",
    "number",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "handful",
    "couple",
    "dozen",
    "lot",
];

/// Most tokens of a relative clause between its subject and the subject's
/// own verb (`Ruiz, who says …, said`).
const MAX_RELATIVE_TOKENS: usize = 40;

/// Most tokens from `who` to the verb after a relative clause not set off
/// by commas (`Officials who spoke on condition of anonymity said`).
const MAX_RESTRICTIVE_RELATIVE_TOKENS: usize = 16;

/// Most tokens of the subject of a participle after `with`.
const MAX_ABSOLUTE_SUBJECT_TOKENS: usize = 8;

/// Most words of a subject before its verb, looking for a clause joined
/// to a content (`, and the new levy on imports failed`).
const MAX_SUBJECT_WORDS_BEFORE_VERB: usize = 6;

/// Most words from a preposition to the venue it names (`at a packed
/// campaign rally`).
const MAX_VENUE_WORDS: usize = 6;

/// Fewest words of reported content.
const MIN_CONTENT_WORDS: usize = 3;

/// Most tokens after the cue of a trailing tag (`, she said on Monday in
/// a statement.`) before the sentence ends.
const MAX_TAG_TAIL: usize = 8;

/// Most tokens of a phrase set off by commas after a conjunction, before
/// the verb it joins (`and, in Republican contests, has backed`).
const MAX_SET_OFF_PHRASE_TOKENS: usize = 6;

/// Most tokens of a phrase of circumstance closing the sentence after a
/// tag (`during his campaign speech to be a national delegate`).
const MAX_CIRCUMSTANCE_TAIL: usize = 14;

/// Most tokens of a parenthesis holding a report (`(…, Roe says)`).
const MAX_PARENTHESIS_TOKENS: usize = 40;

/// Most tokens of a clause a source closing it vouches for (`…, according
/// to X.`), or opening it (`According to X, …`).
const MAX_VOUCHED_CLAUSE_TOKENS: usize = 120;

/// Most tokens of a participle phrase opening a sentence before the comma
/// that closes it (`Noting that …, Tester said`).
const MAX_OPENING_PHRASE_TOKENS: usize = 60;

/// Relative pronouns that may stand for part of what is reported in their
/// clause (`which he said …`); lower case only, since a capitalised one
/// opens a question or a free relative subject.
const RELATIVE_GAP_PRONOUNS: &[&str] = &["which", "what", "who", "whom"];

/// Lemmas of cues that give a name, `what X calls NAME`.
const NAMING_LEMMAS: &[&str] = &["call", "term", "dub", "label", "describe", "characterize"];

/// Prepositions before a relative pronoun that make it the setting of a
/// report rather than part of its content (`an interview in which he
/// said …`).
const RELATIVE_SCENE_PREPOSITIONS: &[&str] = &[
    "in", "at", "on", "by", "for", "with", "from", "of", "to", "during", "under", "through",
    "about", "after", "before",
];

/// Most tokens between a document and the participle reporting what it
/// says, for whom it went to or what it was about (`sent a letter to the
/// board of directors urging …`).
const MAX_DOCUMENT_ADDRESS_TOKENS: usize = 7;

/// Prepositions opening a phrase of setting before the clause (`In the
/// end,`, `For Trump,`).
pub(in crate::attribution) const OPENING_PREPOSITIONS: &[&str] = &[
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

/// The words that may open a clause before a participle reporting for the
/// subject after the comma (`After saying …, Park left`, `In addition to
/// stating …, Roe has vowed …`).
pub(in crate::attribution) const PARTICIPLE_OPENERS: &[&[&str]] = &[
    &["after"],
    &["before"],
    &["while"],
    &["since"],
    &["when"],
    &["by"],
    &["in"],
    &["without"],
    &["despite"],
    &["besides"],
    &["upon"],
    &["having"],
    &["in", "addition", "to"],
    &["prior", "to"],
    &["instead", "of"],
    &["rather", "than"],
    &["aside", "from"],
    &["apart", "from"],
];

/// Most tokens of a prepositional phrase opening a clause.
const MAX_OPENING_PREPOSITIONAL_TOKENS: usize = 12;

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
    "persuade",
    "convince",
    "instruct",
    "exhort",
    "entreat",
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
    "notice",
    "discover",
    "demonstrate",
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
    "quote",
    "term",
    "brand",
    "label",
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

/// Whether `word` is a label opening a line with a colon without naming a
/// source (`Update:`, `VIDEO:`).
pub(in crate::attribution) fn is_label(word: &str) -> bool {
    NOT_SOURCES.contains(word)
}

/// Labels in [`NOT_SOURCES`] that bid the reader act (`Watch:`), which
/// may also end a group's name (`Judicial Watch`).
const IMPERATIVE_LABELS: &[&str] = &["watch", "read", "listen", "live"];

word_sets! {
    /// Labels that open a line with a colon without naming a source.
    NOT_SOURCES = [
    "update",
    "updated",
    "previously",
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
    "busted",
    "developing",
    "flashback",
    "bombshell",
    "alert",
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

/// The kind of a report whose content is `span`: mixed when it embeds
/// one of `quotations`, indirect otherwise.
fn report_kind(quotations: &[Quotation], span: Span) -> QuoteKind {
    match overlapping(quotations, span).is_empty() {
        true => QuoteKind::Indirect,
        false => QuoteKind::Mixed,
    }
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

/// Whether `word` is a pronoun contracted with an auxiliary, `be` or
/// another (`he’s`, `they're`, `he’d`, `we’ll`, `they’ve`): a subject
/// with its verb, opening a clause.
pub(super) fn pronoun_with_auxiliary(word: &str) -> bool {
    pronoun_contraction(word)
        || word
            .split_once(['’', '\''])
            .is_some_and(|(pronoun, auxiliary)| {
                matches!(auxiliary, "d" | "ll" | "ve") && PRONOUNS.contains(pronoun)
            })
}

/// Whether a verb joined by `and` to a cue's content may be the cue's
/// own second verb: both in the past or both in the present (`said … and
/// added`), and not after a participle (`saying … and indicated`).
fn tense_agrees(cue: &str, verb: &str) -> bool {
    let participle = |word: &str| word.ends_with("ing");
    if participle(cue) {
        return participle(verb);
    }
    // (`forecast that … and praised`: a past like its present.)
    let past_as_present = lower_in(&["forecast", "broadcast"], cue);
    past_as_present || is_past(cue) == is_past(verb) || participle(verb)
}

word_sets! {
    /// Nouns a relative clause without `that` follows as a time, a place
    /// or a reason, not as the object of its verb (`the last time he
    /// urged …`, `the reason he hopes …`).
    RELATIVE_ADVERB_NOUNS = [
    "time", "times", "day", "days", "way", "moment", "extent", "event", "reason", "place",
    "case", "hour", "minute", "point",
];
}

word_sets! {
    /// Pronouns that stand for a whole noun phrase (`someone he likes`).
    INDEFINITE_PRONOUNS = [
    "someone", "something", "anyone", "anything", "everyone", "everything", "nothing", "somebody",
    "anybody", "everybody",
];
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

/// Whether `word` may be a verb in the present's third person (`backs`,
/// `opposes`; not `discuss`).
pub(super) fn is_third_person(word: &str) -> bool {
    word.ends_with('s') && !word.ends_with("ss")
}

/// Whether `a` and `b` are verbs of one finite form, both in the past
/// (`joked`, `opposed`) or both in the present's third person (`backs`,
/// `opposes`): verbs of one series.
fn same_finite_form(a: &str, b: &str) -> bool {
    (is_past(a) && is_past(b)) || (is_third_person(a) && is_third_person(b))
}

/// Whether the phrasal cue `lemma` ends in the preposition taking its
/// object (`talk about`, `lash out at`), which is then what it reports;
/// not `according to`, whose object is the source.
fn ends_in_preposition(lemma: &str) -> bool {
    lemma != "according to"
        && lemma.rsplit_once(' ').is_some_and(|(_, last)| {
            matches!(
                last,
                "about" | "at" | "on" | "of" | "against" | "for" | "with" | "over" | "to"
            )
        })
}

/// Whether the cue `lemma` takes a stance on an object (`accused Holt`,
/// `praised the plan`): one of [`STANCE_OBJECTS`].
pub(super) fn takes_stance(lemma: &str) -> bool {
    STANCE_OBJECTS.contains(lemma)
}

fn is_capitalised_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Most tokens of a time closing a speech tag (`Vox reported last
/// week`, `Roe said on Tuesday`).
const MAX_TAG_TIME_TOKENS: usize = 2;

/// Most tokens of the time spent between `spent` and the participle
/// saying what it went on (`spent much of the run-up to the caucuses
/// portraying …`).
const MAX_SPENT_TIME_TOKENS: usize = 10;

/// The forms of `spend` (`spent Monday attacking Roe`).
const SPEND_FORMS: &[&str] = &["spend", "spends", "spent", "spending"];

word_sets! {
    /// Verbs that take in someone else's text (`is discrediting a report
    /// saying …`, `received an email urging …`).
    RECEIVING_VERBS = [
    "receive", "receives", "received", "receiving", "obtain", "obtains", "obtained", "obtaining",
    "discredit", "discredits", "discredited", "discrediting", "review", "reviews", "reviewed",
    "reviewing", "watch", "watches", "watched", "watching",
];

    /// Cue verbs whose object document is their subject's own (`released
    /// a statement saying …`); any other cue answers someone else's text
    /// (`dismissed a report saying …`).
    ISSUING_CUES = [
    "write", "tweet", "post", "publish", "issue", "release", "present", "unveil", "file", "read",
    "introduce", "propose", "announce", "offer",
];
}

/// Pronouns for people a participle's stance may follow (`those backing
/// Roe`, `anyone questioning the count`).
const PARTICIPLE_PRONOUNS: &[&str] = &[
    "those", "others", "one", "another", "anyone", "everyone", "someone",
];

/// Prepositions opening a phrase of setting right after a stance whose
/// object is missing (`a fact he mentions on the trail`, `something she
/// opposed as a senator`).
const SETTING_AFTER_MISSING_OBJECT: &[&str] = &[
    "as", "at", "on", "in", "during", "before", "after", "since", "when", "while", "amid", "until",
    "through",
];

/// Relative pronouns opening a clause set off by commas (`Roe, who …`,
/// `voters, many of whom …`).
const RELATIVE_PRONOUNS: &[&str] = &["who", "whom", "which"];

/// Words that leave a content open when it would end on them: the
/// content's clause goes on past a tag that follows them.
const DANGLING_WORDS: &[&str] = &[
    "that", "the", "a", "an", "of", "to", "between", "for", "by", "from",
];

/// Conjunctions of contrast, after which a belief with its own subject
/// opens a report apart (`…, though critics consider it …`).
const CONTRASTS: &[&str] = &["though", "although", "while", "whereas", "but"];

word_sets! {
    /// Words opening a reported question (`asked whether …`).
    QUESTION_WORDS = [
    "whether", "if", "why", "how", "what", "when", "where", "who", "which", "whom",
];
}

word_sets! {
    /// Adjectives of belief, cues after a linking verb (`is confident
    /// that`); see also [`FEELING_ADJECTIVES`] and
    /// [`is_belief_adjective`].
    BELIEF_ADJECTIVES = [
    "confident", "convinced", "hopeful", "optimistic", "certain", "sure", "unsure", "uncertain",
    "adamant",
    "skeptical", "doubtful", "positive", "concerned", "critical", "supportive", "eager",
    "reluctant", "determined",
    // Opinion divided on something (`are split on whether …`).
    "split", "divided",
    // Interest in something (`is more interested in his legacy`).
    "interested", "uninterested",
];
}

word_sets! {
    /// Adjectives of a feeling about something, of awareness of it or of
    /// openness on it, which take what it is about as the object of a
    /// preposition (`was angry about the levy`, `is wary of Roe`, `were
    /// outraged by the raids`, `is well aware of the risks`, `has been
    /// vocal about it`) or a clause (`are frustrated that …`): the
    /// holder's stance, reported as a belief.
    FEELING_ADJECTIVES = [
    "angry", "furious", "livid", "incensed", "outraged", "upset", "unhappy", "happy", "pleased",
    "delighted", "thrilled", "satisfied", "dissatisfied", "disappointed", "frustrated", "annoyed",
    "irritated", "disgusted", "appalled", "dismayed", "alarmed", "troubled", "disturbed",
    "embarrassed", "ashamed", "proud", "nervous", "anxious", "apprehensive", "afraid", "fearful",
    "wary", "leery", "suspicious", "distrustful", "mistrustful", "resentful", "hostile",
    "sympathetic", "fond", "enamored", "enthusiastic", "excited", "comfortable", "uncomfortable",
    "impressed", "unimpressed", "ambivalent", "dismissive", "aware", "unaware", "mindful",
    "conscious", "cognizant", "vocal", "outspoken", "candid", "cagey", "coy", "mum", "evasive",
    "angered", "infuriated", "enraged", "offended", "bothered", "shocked", "stunned", "surprised",
    "horrified", "heartened", "energized", "glad", "relieved", "grateful", "thankful",
];
}

/// Prepositions after an adjective of feeling, before what the feeling
/// is about (`angry at`, `wary of`, `pleased with`, `upset over`,
/// `outraged by`).
const FEELING_ADJECTIVE_PREPOSITIONS: &[&str] = &[
    "about", "with", "of", "over", "at", "by", "toward", "towards",
];

/// Whether `word` is an adjective of belief or of feeling, a cue after a
/// linking verb (`is confident that`, `was angry about`).
pub(super) fn is_belief_adjective(word: &str) -> bool {
    BELIEF_ADJECTIVES.contains(word) || FEELING_ADJECTIVES.contains(word)
}

/// Whether cue `lemma` takes its content as the object of `preposition`
/// after it (`agrees with Park`, `worried about the levy`, `angry at
/// Roe`).
pub(super) fn object_preposition(lemma: &str, preposition: &str) -> bool {
    OBJECT_PREPOSITIONS.contains(&(lemma, preposition))
        || (FEELING_ADJECTIVES.contains(lemma)
            && lower_in(FEELING_ADJECTIVE_PREPOSITIONS, preposition))
}

/// Whether cue `lemma` takes its content after a preposition
/// (see [`object_preposition`]).
fn takes_prepositional_object(lemma: &str) -> bool {
    FEELING_ADJECTIVES.contains(lemma) || OBJECT_PREPOSITIONS.iter().any(|&(cue, _)| cue == lemma)
}

/// Adjectives of belief or feeling that may take their clause without
/// `that` (`is sure the plan will pass`, `I am glad it failed`).
pub(super) const BARE_CLAUSE_ADJECTIVES: &[&str] = &[
    "glad",
    "happy",
    "pleased",
    "relieved",
    "afraid",
    "proud",
    "grateful",
    "thankful",
    "confident",
    "convinced",
    "hopeful",
    "optimistic",
    "certain",
    "sure",
    "positive",
    "skeptical",
    "doubtful",
];

/// Verbs turning attention to something (`drew attention to`, `pay
/// close attention to`).
const ATTENTION_VERBS: &[&str] = &[
    "pay",
    "pays",
    "paid",
    "paying",
    "draw",
    "draws",
    "drew",
    "drawn",
    "drawing",
    "call",
    "calls",
    "called",
    "calling",
    "turn",
    "turns",
    "turned",
    "turning",
    "devote",
    "devotes",
    "devoted",
    "devoting",
    "direct",
    "directs",
    "directed",
    "directing",
    "shift",
    "shifts",
    "shifted",
    "shifting",
];

/// Most words between a verb turning attention and `attention`
/// (`turned their full attention to`).
const MAX_ATTENTION_MODIFIERS: usize = 3;

/// Nouns of a stance someone delivers or takes, with the prepositions
/// before its object (`a critique of`, `an attack on`, `a firm stance
/// against`); shots and swipes taken are phrasal cues.
const DELIVERED_STANCES: &[(&str, &[&str])] = &[
    ("critique", &["of"]),
    ("defense", &["of"]),
    ("defence", &["of"]),
    ("indictment", &["of"]),
    ("denunciation", &["of"]),
    ("condemnation", &["of"]),
    ("rebuke", &["of"]),
    ("attack", &["on", "against"]),
    ("broadside", &["against", "at", "on"]),
    ("stance", &["on", "against", "about", "toward", "towards"]),
    ("stand", &["on", "against"]),
];

/// Verbs delivering a stance named by a noun (`delivered a critique of`,
/// `launched an attack on`).
const DELIVERING_VERBS: &[&str] = &[
    "deliver",
    "delivers",
    "delivered",
    "delivering",
    "launch",
    "launches",
    "launched",
    "launching",
    "mount",
    "mounts",
    "mounted",
    "mounting",
    "make",
    "makes",
    "made",
    "making",
    "offer",
    "offers",
    "offered",
    "offering",
    "issue",
    "issues",
    "issued",
    "issuing",
    "take",
    "takes",
    "took",
    "taken",
    "taking",
    "unleash",
    "unleashed",
    "unleashing",
    "level",
    "leveled",
    "levelled",
    "leveling",
    "wage",
    "waged",
    "waging",
    "adopt",
    "adopts",
    "adopted",
    "adopting",
];

/// Determiners opening the noun of a delivered stance (`a`, `his`).
const STANCE_DETERMINERS: &[&str] = &["a", "an", "his", "her", "their", "its", "another"];

/// Words of degree before a judgement (`looks much weaker`, `viewed him
/// more favorably`, `a very low opinion of`).
const JUDGEMENT_DEGREES: &[&str] = &[
    "much",
    "very",
    "increasingly",
    "more",
    "less",
    "even",
    "pretty",
    "quite",
    "rather",
    "so",
    "somewhat",
    "mostly",
    "generally",
];

/// Judgements of an opinion held of someone (`a favorable opinion of`).
const OPINION_JUDGEMENTS: &[&str] = &[
    "favorable",
    "unfavorable",
    "favourable",
    "unfavourable",
    "positive",
    "negative",
    "high",
    "low",
    "dim",
    "poor",
    "good",
    "bad",
];

/// Verbs holding an opinion (`had a favorable opinion of`).
const HOLDING_VERBS: &[&str] = &[
    "have", "has", "had", "having", "hold", "holds", "held", "holding",
];

/// Most tokens between a phrase of stance and the verb of its clause
/// (`had long been an influential voice on Capitol Hill in support of`).
const MAX_STANCE_PHRASE_REACH: usize = 12;

/// Verbs linking a subject to an adjective of belief, beside `be`
/// (`came away convinced`).
const LINKING_VERBS: &[&str] = &[
    "am", "remain", "remains", "remained", "seem", "seems", "seemed", "appear", "appears",
    "appeared", "feel", "feels", "felt", "sounded", "grew", "grow", "grows", "growing", "became",
    "become", "becomes", "becoming", "got", "get", "gets", "getting", "kept", "keep", "keeps",
    "stayed", "stays", "came", "come", "comes", "left",
];

/// Most adjectives joined before an adjective of belief (`surprised and
/// dismayed at`).
const MAX_JOINED_ADJECTIVES: usize = 2;

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
    /// Cues taking a stance on their object, which is what they report
    /// however short (`endorsed Ryan`, `attacked the plan`).
    STANCE_OBJECTS = [
    "endorse", "support", "attack", "criticize", "criticise", "praise", "blame", "condemn",
    "defend", "slam", "blast", "hail", "reject", "denounce", "oppose", "accuse", "question",
    "laud", "applaud", "commend", "deride", "ridicule", "scold", "berate", "rebuke", "reprimand",
    "admonish", "lambaste", "block", "veto",
    "excoriate", "disparage", "belittle", "extol", "assail", "seek", "want", "cite", "dismiss",
    "claim", "back", "vote", "offer", "recall", "repeat", "deny", "thank", "invoke", "welcome",
    "request", "prefer", "favor", "mock", "decry", "announce", "chide", "bemoan", "lament",
    "tout", "mention", "discuss", "reference", "confirm", "disclose", "reveal", "recommend",
    "demand", "quote", "describe", "express", "characterize", "brand", "label", "dub", "remind",
    "echo", "highlight", "celebrate", "signal", "challenge", "ignore", "list",
    "negotiate", "approve", "persuade", "convince", "authorize", "deem", "recognize", "credit",
    "pass", "lean",
    "castigate", "chastise", "dispute", "rip", "knock", "trash", "taunt", "needle", "underscore",
    "rebut", "refute", "affirm", "reaffirm", "trumpet", "name", "congratulate", "disavow",
    "downplay", "eviscerate", "recant", "tease", "unveil", "hammer", "bash", "protest", "champion",
    "coin", "compliment", "insult", "grill", "retweet", "release", "file", "publish", "debate",
    "lobby", "telegraph", "recite", "issue", "document", "attribute", "embrace", "admire", "regret",
    "envision", "contemplate", "mull", "ponder", "post", "advocate", "walk back", "lay out",
    "spell out",
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

/// Most tokens from `quoted` to the `as` of `quoted by … as saying`.
const MAX_QUOTED_BY_TOKENS: usize = 8;

word_sets! {
    /// Belief cues reported with an infinitive (`wants to run`).
    INTENTIONS = [
    "want", "hope", "plan", "intend", "expect", "wish", "seek", "decide", "vote", "prefer",
    "eager", "reluctant", "determined", "would like", "would love", "look", "aim",
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

/// Most letters of an abbreviation ending in a point (`Mr.`, `Gov.`).
const MAX_ABBREVIATION_CHARS: usize = 4;

/// Most tokens of a report's content, and of the search for the tag
/// ending it.
const MAX_CONTENT_TOKENS: usize = 150;

word_sets! {
    /// Prepositions and particles after a participle opening a phrase
    /// (`Speaking to voters`, `Weighing in on`).
    PARTICIPLE_PREPOSITIONS = [
    "to", "in", "on", "at", "about", "with", "from", "for", "before", "after", "during",
    "through", "into", "out", "up", "off", "back", "over", "against", "outside", "inside",
];
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

/// Cues whose content is the object of a preposition after them, with
/// that preposition (`agrees with Park`, `worried about the levy`).
const OBJECT_PREPOSITIONS: &[(&str, &str)] = &[
    ("agree", "with"),
    ("disagree", "with"),
    ("disagree", "on"),
    ("disagree", "over"),
    ("disagree", "about"),
    ("apologize", "for"),
    ("boast", "of"),
    ("boast", "about"),
    ("brag", "about"),
    ("joke", "about"),
    ("write", "about"),
    ("complain", "about"),
    ("complain", "of"),
    ("scoff", "at"),
    ("balk", "at"),
    ("seethe", "at"),
    ("seethe", "over"),
    ("beg", "for"),
    ("advocate", "for"),
    ("rail", "against"),
    ("rail", "at"),
    ("rail", "about"),
    ("comment", "on"),
    ("remark", "on"),
    ("warn", "about"),
    ("warn", "of"),
    ("warn", "against"),
    ("ask", "about"),
    ("caution", "against"),
    ("argue", "against"),
    ("argue", "for"),
    ("testify", "against"),
    ("testify", "about"),
    ("complain", "over"),
    ("insist", "on"),
    ("hope", "for"),
    ("wish", "for"),
    ("speculate", "about"),
    ("muse", "about"),
    ("snipe", "at"),
    ("tweet", "about"),
    ("yell", "at"),
    ("worry", "about"),
    ("focus", "on"),
    ("look", "for"),
    ("fret", "about"),
    ("fret", "over"),
    ("agonize", "over"),
    ("marvel", "at"),
    ("bristle", "at"),
    ("chafe", "at"),
    ("fume", "at"),
    ("fume", "about"),
    ("fume", "over"),
    ("gush", "about"),
    ("gush", "over"),
    ("concerned", "about"),
    ("critical", "of"),
    ("supportive", "of"),
    ("skeptical", "of"),
    ("interested", "in"),
    ("uninterested", "in"),
    ("split", "on"),
    ("split", "over"),
    ("divided", "on"),
    ("divided", "over"),
    ("hostile", "to"),
    ("sympathetic", "to"),
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
    "from",
];
}

word_sets! {
    /// Past forms that start a second predicate after `and`
    /// (`pressed the Chinese to release detainees and took up an offer`).
    IRREGULAR_PAST = [
    "took", "made", "went", "gave", "met", "left", "came", "held", "sent", "spent", "brought",
    "said", "told", "found", "kept", "won", "drew", "fell", "rose", "grew", "became", "began",
    "spoke", "ran", "saw", "knew", "thought", "stood", "sought", "led", "fought", "struck",
    "chose", "threw", "broke", "agreed", "disagreed", "freed", "decreed", "guaranteed", "got",
    "paid", "lost", "built", "felt", "heard", "wrote", "sat", "sold", "bought", "taught",
    "caught", "meant", "shot", "flew", "drove", "rode", "ate", "shook", "swore", "wore",
    "forgot", "hid", "slept", "understood", "withdrew", "oversaw", "dealt", "fled", "sank",
    "sang", "swam", "froze", "stole", "woke", "stuck", "swung", "hung", "dug", "spun", "arose",
    "tore", "wept", "upheld", "withheld", "rebuilt", "forgave", "undertook", "overtook",
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
                let kind = report_kind(quotations, content);
                // (`Park noted that … and asked whether …`: a verb joined to
                // the clause's asks for its subject.)
                let asker = asker.or_else(|| {
                    if !self.joined_in_lower_case(tokens, floor, c) {
                        return None;
                    }
                    let (mention, words) = match &previous {
                        Some(previous) => (previous.mention, previous.name_words.clone()),
                        None => self.clause_subject(tokens, floor, c)?,
                    };
                    Some(Tag::new(cue.clone(), mention, words, (c, c + 1)))
                });
                match asker {
                    Some(tag) => {
                        self.push_quote(kind, content, vec![content], sentence, Some(&tag))
                    }
                    None => self.push_unattributed(kind, content, sentence, cue.clone()),
                }
                let content_tokens = (
                    tokens.partition_point(|t| t.span.start < content.start),
                    tokens.partition_point(|t| t.span.start < content.end),
                );
                self.reported_in_set_off_relatives(
                    tokens,
                    clause,
                    content_tokens,
                    sentence,
                    quotations,
                );
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
            // `journalists tweeted in support of the reporter`: a stance
            // phrase, the clause's subject's.
            if let Some((tag, content)) = self.stance_phrase(tokens, floor, c, end) {
                let kind = report_kind(quotations, content);
                self.push_quote(kind, content, vec![content], sentence, Some(&tag));
                c = tokens
                    .partition_point(|t| t.span.start < content.end)
                    .max(c + 1);
                continue;
            }
            if let Some((cue, content, tag)) = self
                .passive_report(tokens, floor, c, end)
                .map(|(cue, content)| (cue, content, None))
                .or_else(|| {
                    // (An evidential leaves a quotation to its own tag.)
                    self.evidential_report(tokens, floor, c, end)
                        .or_else(|| self.writer_judgement(tokens, floor, c, end))
                        .or_else(|| self.known_as(tokens, floor, c, end))
                        .or_else(|| self.passive_with_agent(tokens, floor, c, end))
                        .or_else(|| self.criticism_received(tokens, floor, c, end))
                        .filter(|(_, content, _)| overlapping(quotations, *content).is_empty())
                })
            {
                let kind = report_kind(quotations, content);
                let evidential = cue.kind == CueKind::Evidential;
                match tag {
                    Some(tag) => {
                        self.push_quote(kind, content, vec![content], sentence, Some(&tag))
                    }
                    None => self.push_unattributed(kind, content, sentence, cue),
                }
                floor = tokens.partition_point(|t| t.span.start < content.end);
                // `Park seemed agitated when Roe implied that …`: the
                // writer's hedge leaves the reports inside it to their own
                // speakers.
                if evidential && c + 1 < floor {
                    let inner_from = tokens
                        .partition_point(|t| t.span.start < content.start)
                        .max(c + 1);
                    self.reported_in(
                        tokens,
                        clause,
                        (inner_from, floor),
                        sentence,
                        quotations,
                        None,
                    );
                }
                c = floor.max(c + 1);
                continue;
            }
            // `Her ratings (at one point 19 percent, Roe says) fell`: a
            // report inside parentheses stays inside them.
            // (Its clause too: `Iowa (93 percent white, according to exit
            // polls)`.)
            let inner = parenthesised
                .then(|| self.parenthesis_around(tokens, floor, c, end))
                .flatten();
            let (inner_floor, inner_end) = inner.unwrap_or((floor, end));
            let found = self
                .reported_at(tokens, inner.unwrap_or(clause), inner_floor, c, inner_end)
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
                    self.it_after_opening_clause(tokens, clause.0, &mut tag);
                    let antecedent = self.contact_relative(tokens, &mut tag, content);
                    let (span, parts) = match antecedent {
                        Some(antecedent) => (
                            Span::new(antecedent.start, content.end),
                            vec![antecedent, content],
                        ),
                        None => self.with_relative_gap(tokens, &tag, content),
                    };
                    let parts = self.around_inserted_tag(tokens, &tag, parts);
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
                            // (Not a stance joined to the belief: `backs “…”
                            // and opposes …`.)
                            (after..(after + 3).min(tokens.len())).any(|k| {
                                self.speech_cue(tokens, k)
                                    .is_some_and(|(cue, _, _)| !STANCE_OBJECTS.contains(&cue.lemma))
                            })
                        });
                    // `Park plans to run, Roe said`, `Roe offers a reminder
                    // of the stakes, said Jo Park`: a report leaves its
                    // clause to the speech tag closing it.
                    let speech_follows = match tag.cue.kind {
                        CueKind::Belief => {
                            let tag_next = tokens
                                .get(content_end)
                                .is_some_and(|t| self.word(*t) == ",")
                                && (content_end + 1..(content_end + 6).min(end)).any(|k| {
                                    self.speech_cue(tokens, k)
                                        .is_some_and(|(cue, _, _)| cue.kind == CueKind::Speech)
                                });
                            tag_next || self.closing_speech_tag(tokens, content_end, end)
                        }
                        // (Only while the clause is whole: the tag's content
                        // starts where the clause does.)
                        _ if floor > from || content.start < tokens[c].span.end => false,
                        // (Nor when the report opens a subordinate clause,
                        // which no tag takes as its content: `While Park
                        // says the levy failed, Roe agreed.`)
                        _ => {
                            let subject =
                                tokens.partition_point(|t| t.span.start < tag.mention.start);
                            !self.opening_subordinate(tokens, from, subject)
                                && self.speech_tag_closes_at(tokens, content_end, end)
                        }
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
                    let content_from = tokens.partition_point(|t| t.span.start < content.start);
                    if !gives_way {
                        self.push_quote(kind, span, parts, sentence, Some(&tag));
                        self.reported_in_set_off_relatives(
                            tokens,
                            clause,
                            (content_from, content_end),
                            sentence,
                            quotations,
                        );
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
                    // `parents worried about the schools`, leaves its
                    // object to the clause's verb as a subject.)
                    let modifier = !vouched
                        && c > 0
                        && tag.mention.end == tokens[c - 1].span.end
                        && ((STANCE_OBJECTS.contains(&tag.cue.lemma)
                            && self.participle_cue(tokens, c))
                            || (self.word(tokens[c]).ends_with("ed")
                                && self.object_after_preposition(
                                    tokens,
                                    &tag.cue.lemma,
                                    content_from,
                                )));
                    // A participle's phrase ending at a comma leaves the
                    // clause's subject to the verb after it (`Park, after a
                    // poll showing Roe ahead, said …`).
                    let participle_aside = self.word(tokens[c]).ends_with("ing")
                        && tag.mention.end <= tokens[c].span.start
                        && tokens
                            .get(content_end)
                            .is_some_and(|t| self.word(*t) == ",")
                        && (floor..c).any(|k| self.word(tokens[k]) == ",");
                    let before = floor;
                    floor = match vouched {
                        true => tag.tokens.1.max(c + 1),
                        false if modifier => c + 1,
                        false => content_end.max(tag.tokens.1).max(c + 1),
                    };
                    c = match modifier {
                        true => content_end.max(c + 1),
                        false => floor,
                    };
                    // `…, said Park, who predicted that …`: a relative clause
                    // on the speaker of a closing tag reports on its own.
                    // (The mention as written runs over the clause: its
                    // name ends before it.)
                    let name_end = tag.name_words.last().map_or(0, |w| w.end);
                    let speaker_end =
                        tokens.partition_point(|t| t.span.start < name_end.max(tag.cue.span.end));
                    let closing = content.end <= tag.cue.span.start;
                    if closing
                        && speaker_end + 1 < c
                        && self.word(tokens[speaker_end]) == ","
                        && lower_in(PERSON_RELATIVES, self.word(tokens[speaker_end + 1]))
                    {
                        floor = speaker_end + 1;
                        c = speaker_end + 1;
                    }
                    // `Trump, who said …, made no comment`: the antecedent
                    // of a relative clause set off by commas is still the
                    // subject of the verb after it.
                    if self.inside_set_off_relative(tokens, before, c)
                        || self.inside_restrictive_relative(tokens, &tag, content_end, end)
                        || participle_aside
                    {
                        floor = before;
                    }
                    stance_modifier = modifier.then(|| (content, tag.clone()));
                    previous = Some(tag);
                }
                // (The clause's subject stays for a verb after the noun's
                // clause: `brushed aside the claim that … and said …`.)
                None => match self
                    .unsourced_noun_report(tokens, floor, c, end)
                    .or_else(|| self.noun_is_clause(tokens, c, end))
                {
                    Some((cue, content)) => {
                        let kind = report_kind(quotations, content);
                        self.push_unattributed(kind, content, sentence, cue);
                        c = tokens
                            .partition_point(|t| t.span.start < content.end)
                            .max(c + 1);
                    }
                    None => c += 1,
                },
            }
        }
    }

    /// The first token from `k` on that is no word of degree (see
    /// [`JUDGEMENT_DEGREES`]): `much weaker` gives `weaker`.
    fn after_degrees(&self, tokens: &[Token], mut k: usize) -> usize {
        while tokens
            .get(k)
            .is_some_and(|t| lower_in(JUDGEMENT_DEGREES, self.word(*t)))
        {
            k += 1;
        }
        k
    }

    /// The parts of a content holding its own tag (`The plan, Park said,
    /// will fail`, `The levy failed, Roe said, and …`): the words before
    /// the tag and the words after it. Other contents keep `parts`.
    fn around_inserted_tag(&self, tokens: &[Token], tag: &Tag, parts: Vec<Span>) -> Vec<Span> {
        let [content] = parts[..] else {
            return parts;
        };
        // (Only a tag of speech: not a stance's object, a belief's clause,
        // nor a source vouching, `…, according to X, …`, which holds its
        // tag.)
        let speech = tag.cue.kind == CueKind::Speech && !STANCE_OBJECTS.contains(&tag.cue.lemma);
        if !speech || tag.according_to || matches!(&*tag.cue.lemma, "according to" | "in") {
            return parts;
        }
        let from = tokens.partition_point(|t| t.span.start < content.start);
        let to = tokens.partition_point(|t| t.span.start < content.end);
        let (tag_start, tag_end) = tag.tokens;
        if tag_start <= from || tag_end >= to {
            return parts;
        }
        // (Set off by commas on both sides.)
        let comma = |k: usize| self.word(tokens[k]) == ",";
        if !(comma(tag_start) || comma(tag_start - 1)) || !(comma(tag_end - 1) || comma(tag_end)) {
            return parts;
        }
        let before = (from..tag_start).rev().find(|&k| tokens[k].is_word);
        let after = (tag_end..to).find(|&k| tokens[k].is_word);
        match (before, after) {
            (Some(before), Some(after)) => vec![
                Span::new(content.start, tokens[before].span.end),
                Span::new(tokens[after].span.start, content.end),
            ],
            _ => parts,
        }
    }

    /// `said that Roe, who has called it a hoax, could win`: the reports
    /// of relative clauses set off inside a content at tokens `from..to`,
    /// which the content holds but which speak on their own.
    fn reported_in_set_off_relatives(
        &mut self,
        tokens: &[Token],
        clause: (usize, usize),
        (from, to): (usize, usize),
        sentence: usize,
        quotations: &[Quotation],
    ) {
        for who in from + 1..to {
            // (`, who …`, `, many of whom …`)
            let comma = match self.word(tokens[who - 1]) {
                "," => who - 1,
                "of" if who >= from + 3 && self.word(tokens[who - 3]) == "," => who - 3,
                _ => continue,
            };
            if !lower_in(RELATIVE_PRONOUNS, self.word(tokens[who])) {
                continue;
            }
            // (The cue after auxiliaries and adverbs: `who has long said`.)
            let Some(c) =
                (who + 1..(who + 4).min(to)).find(|&k| self.speech_cue(tokens, k).is_some())
            else {
                continue;
            };
            let Some(close) = self.aside_verb_after(tokens, c, to) else {
                continue;
            };
            if let Some((tag, content)) = self.reported_at(tokens, clause, comma, c, close) {
                let kind = report_kind(quotations, content);
                self.push_quote(kind, content, vec![content], sentence, Some(&tag));
            }
        }
    }

    /// Whether the cue at token `c` is inside a relative clause set off by
    /// a comma after its antecedent (`Trump, who said …`, `Trump, who
    /// struggled while talking about …`, `Acme, which declined to …`),
    /// within tokens from `floor`.
    fn inside_set_off_relative(&self, tokens: &[Token], floor: usize, c: usize) -> bool {
        let comma = (floor..c).rev().find(|&k| self.word(tokens[k]) == ",");
        comma.is_some_and(|comma| {
            comma > floor
                && tokens.get(comma + 1).is_some_and(|t| {
                    let word = self.word(*t);
                    lower_in(PERSON_RELATIVES, word) || word.eq_ignore_ascii_case("which")
                })
        })
    }

    /// Whether the report told by `tag` is a restrictive relative clause
    /// whose content, ending at token `content_end`, gives way to the main
    /// verb (`Voters who say the levy failed said …`), so that the
    /// antecedent is still the subject of that verb.
    fn inside_restrictive_relative(
        &self,
        tokens: &[Token],
        tag: &Tag,
        content_end: usize,
        end: usize,
    ) -> bool {
        let subject = tokens.partition_point(|t| t.span.start < tag.mention.start);
        subject > 0
            && tag.mention.end == tokens[subject].span.end
            && lower_in(PERSON_RELATIVES, self.word(tokens[subject]))
            && tokens[subject - 1].is_word
            && content_end < end
            && self.speech_cue(tokens, content_end).is_some()
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
    /// or `whom`, not after a preposition (`in which he said …`), but for
    /// `what`, which is the preposition's object (`the enactment of what it
    /// calls …`).
    fn gap_pronoun_before(&self, tokens: &[Token], subject: usize) -> Option<usize> {
        let k = subject.checked_sub(1)?;
        let scene = k > 0
            && !self.word(tokens[k]).eq_ignore_ascii_case("what")
            && lower_in(RELATIVE_SCENE_PREPOSITIONS, self.word(tokens[k - 1]));
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

    /// `While the meeting produced no deal, it showed that …`: `it` right
    /// after a subordinate clause opening the clause from `clause_start`
    /// stands for that clause's subject when it is a thing (a determiner,
    /// then words in lower case, no person): the tag's name words become
    /// that subject's, its mention stays `it`.
    fn it_after_opening_clause(&self, tokens: &[Token], clause_start: usize, tag: &mut Tag) {
        let subject = tokens.partition_point(|t| t.span.start < tag.mention.start);
        let is_it = tag.mention.len() == 2
            && self.text[tag.mention].eq_ignore_ascii_case("it")
            && subject >= clause_start + 4
            && self.word(tokens[subject - 1]) == ",";
        if !is_it {
            return;
        }
        let mut opener = clause_start;
        if lower_in(&["and", "but"], self.word(tokens[opener])) {
            opener += 1;
        }
        let subordinate = lower_in(SUBORDINATORS, self.word(tokens[opener]));
        let determiner = tokens
            .get(opener + 1)
            .is_some_and(|t| lower_in(&["the", "a", "an", "this", "that", "its"], self.word(*t)));
        if !subordinate || !determiner {
            return;
        }
        // (The determiner and up to three words in lower case before the
        // clause's verb: `the meeting didn’t`, `the new report was`.)
        let verb_like = |k: usize| {
            let word = self.word(tokens[k]);
            FINITE_AUXILIARIES.contains(word)
                || lower_in(BE_FORMS, word)
                || word.ends_with("n’t")
                || word.ends_with("n't")
                || is_past(word)
                || is_third_person(word)
        };
        let Some(verb) = (opener + 2..subject.min(opener + 6)).find(|&k| verb_like(k)) else {
            return;
        };
        let phrase = &tokens[opener + 1..verb];
        let head = self.word(phrase[phrase.len() - 1]);
        let thing = phrase.len() >= 2
            && phrase
                .iter()
                .all(|t| t.is_word && !is_capitalised_word(self.word(*t)))
            && !is_person_noun(head)
            && !is_plural_of_people(head);
        if thing {
            tag.name_words = word_spans(phrase);
        }
    }

    /// `a rule lawmakers said was needed`, `the judge Trump says is
    /// biased`: a relative clause with no pronoun, whose tag's mention as
    /// found runs the noun the clause is on into the speaker. When the
    /// report's `content` opens with a verb right after the cue, the
    /// mention opens with a determiner and the speaker can be told from the
    /// noun before it (a name after lowercase words, or a plural of people
    /// after another noun), the tag keeps the speaker alone and the noun's
    /// words are returned, as the part of the report the clause is about.
    fn contact_relative(&self, tokens: &[Token], tag: &mut Tag, content: Span) -> Option<Span> {
        let first = tokens.partition_point(|t| t.span.start < tag.mention.start);
        let last = tokens.partition_point(|t| t.span.start < tag.mention.end);
        let cue = tokens.partition_point(|t| t.span.start < tag.cue.span.start);
        let opening = tokens.partition_point(|t| t.span.start < content.start);
        let verb_first = tokens.get(opening).is_some_and(|t| {
            let word = self.word(*t);
            FINITE_AUXILIARIES.contains(word) || lower_in(BE_FORMS, word)
        });
        let words = tokens.get(first..last)?;
        let opens_with_determiner = words.first().is_some_and(|t| {
            let word = self.word(*t);
            DETERMINERS.contains(word) || lower_in(&["everything"], word)
        });
        if !(cue == last && opening == cue + 1 && verb_first && opens_with_determiner)
            || words.len() < 2
            || words.iter().any(|t| !t.is_word)
            || self.gap_pronoun_before(tokens, first).is_some()
        {
            return None;
        }
        // (The determiner may open the sentence: `Everything Trump says`.)
        let name_after_lowercase = (1..words.len()).find(|&k| {
            is_capitalised_word(self.word(words[k]))
                && (k == 1 || !is_capitalised_word(self.word(words[k - 1])))
                && words[k..]
                    .iter()
                    .all(|t| is_capitalised_word(self.word(*t)))
        });
        let people_after_noun = (words.len() >= 3 || !DETERMINERS.contains(self.word(words[0])))
            .then_some(words.len() - 1)
            .filter(|&k| {
                is_plural_of_people(self.word(words[k]))
                    && !is_plural_of_people(self.word(words[k - 1]))
            });
        let split = name_after_lowercase.or(people_after_noun)?;
        let antecedent = Span::new(words[0].span.start, words[split - 1].span.end);
        tag.mention = Span::new(words[split].span.start, tag.mention.end);
        tag.name_words = word_spans(&words[split..]);
        Some(antecedent)
    }

    /// Whether a speech tag after the last comma before `end`, past token
    /// `from`, closes the sentence (`… and found it offensive, Jo Park
    /// said.`).
    fn closing_speech_tag(&self, tokens: &[Token], from: usize, end: usize) -> bool {
        let lower = end.saturating_sub(MAX_TAG_TAIL + 4).max(from);
        (lower..end)
            .rev()
            .find(|&k| self.word(tokens[k]) == ",")
            .is_some_and(|comma| self.speech_tag_closes_at(tokens, comma, end))
    }

    /// Whether a tag of speech (no participle, no stance) right after the
    /// comma at `comma` closes the clause (`…, Roe said.`, `…, said Roe`).
    fn speech_tag_closes_at(&self, tokens: &[Token], comma: usize, end: usize) -> bool {
        self.speech_tag_after_comma(tokens, comma, end)
            .is_some_and(|k| {
                !self.participle_cue(tokens, k)
                    && self.speech_cue(tokens, k).is_some_and(|(cue, _, _)| {
                        cue.kind == CueKind::Speech && !STANCE_OBJECTS.contains(&cue.lemma)
                    })
            })
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
        // (A participle is no inverted tag: `…, applauding along with the
        // crowd`.)
        if let Some((_, after, _)) = self
            .speech_cue(tokens, comma + 1)
            .filter(|_| !self.participle_cue(tokens, comma + 1))
        {
            let speaker_closes =
                self.noun_phrase_after(tokens, after, end)
                    .is_some_and(|name_end| {
                        tokens.get(name_end).is_none_or(|t| {
                            name_end >= end || matches!(self.word(*t), "," | "." | ";")
                        })
                    });
            return speaker_closes.then_some(comma + 1);
        }
        // (`…, Vox reported last year.`: a time may close the tag, and a
        // name of where it was said: `…, Liu wrote Thursday on 38 North,
        // a website …`.)
        let closes_after_time = |k: usize| {
            let time_end = (k + 1..end.min(k + 1 + MAX_TAG_TIME_TOKENS))
                .find(|&j| {
                    let word = self.word(tokens[j]);
                    !(self.time_word(word) || TIME_UNITS.contains(word))
                })
                .unwrap_or(end.min(k + 1 + MAX_TAG_TIME_TOKENS));
            let closes = |j: usize| {
                tokens
                    .get(j)
                    .is_none_or(|t| j >= end || matches!(self.word(*t), "." | "," | ";"))
            };
            // (`on` is a time word too: `on Monday`.)
            let named_venue_end = || {
                let venue = (k + 1..=time_end.min(end - 1)).find(|&j| {
                    lower_in(&["on", "in"], self.word(tokens[j]))
                        && tokens.get(j + 1).is_some_and(|t| {
                            let word = self.word(*t);
                            (is_capitalised_word(word) || is_number(word))
                                && !WEEKDAYS.contains(word)
                                && !self.month(word)
                        })
                })?;
                let name_end = (venue + 1..end.min(venue + 2 + MAX_VENUE_WORDS))
                    .find(|&j| {
                        let word = self.word(tokens[j]);
                        !(is_capitalised_word(word) || is_number(word))
                    })
                    .unwrap_or(end);
                Some(name_end)
            };
            closes(time_end) || named_venue_end().is_some_and(closes)
        };
        // (Or a phrase of the setting: `…, Roe said in an interview.`; not
        // an object or an infinitive, `…, Roe wouldn't speculate about …`.)
        let closes_after_setting = |after: usize| {
            tokens.get(after).is_some_and(|t| {
                lower_in(
                    &["in", "at", "during", "after", "before", "while", "when"],
                    self.word(*t),
                )
            }) && self.tail_end(tokens, after, end).is_some()
        };
        (comma + 2..(comma + 8).min(end)).find(|&k| {
            self.speech_cue(tokens, k)
                .is_some_and(|(_, after, _)| closes_after_time(k) || closes_after_setting(after))
                && self
                    .subject_before(tokens, k, comma + 1)
                    .is_some_and(|(mention, _)| mention.start == tokens[comma + 1].span.start)
        })
    }

    /// The first comma in tokens `from..end` that closes the clause there,
    /// passing over an aside inside a `that` clause before its verb
    /// (`that the two men, and Roe in particular, must act`).
    pub(super) fn first_clause_comma(
        &self,
        tokens: &[Token],
        from: usize,
        end: usize,
    ) -> Option<usize> {
        let mut commas = (from..end).filter(|&k| self.word(tokens[k]) == ",");
        let first = commas.next()?;
        let aside_opens = self.word(tokens[from]) == "that"
            && !self.may_have_verb(tokens, from, first)
            && tokens.get(first + 1).is_some_and(|t| {
                lower_in(
                    &["and", "or", "including", "especially", "particularly"],
                    self.word(*t),
                )
            });
        match aside_opens {
            true => commas.nth(1),
            false => Some(first),
        }
    }

    /// Whether token `k` is a closing quotation mark (`… job,” Will
    /// urged`).
    fn closing_mark_at(&self, tokens: &[Token], k: usize) -> bool {
        tokens
            .get(k)
            .is_some_and(|t| matches!(self.word(*t), "”" | "\""))
    }

    /// Whether tokens `from..to` may hold a verb: a word in `-s` or `-ed`,
    /// a past or an auxiliary (`that the two men` has none).
    fn may_have_verb(&self, tokens: &[Token], from: usize, to: usize) -> bool {
        tokens[from..to].iter().any(|t| {
            let word = self.word(*t);
            t.is_word
                && !is_capitalised_word(word)
                && (is_finite(word) || (word.ends_with('s') && !word.ends_with("ss")))
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
        // `Despite Roe’s claim that …, the council …` opens the same way,
        // and so does a participle and its preposition (`Asked about
        // Roe’s claim that …, Park said …`).
        let word = self.word(tokens[opener]);
        if lower_in(&["about", "on", "to", "over"], word)
            && let Some(participle) = opener.checked_sub(1).filter(|&k| k >= floor)
            && {
                let form = self.word(tokens[participle]);
                form.ends_with("ed") || form.ends_with("ing")
            }
        {
            return self.opens_clause_at(tokens, floor, participle);
        }
        if !lower_in(SUBORDINATORS, word) && !lower_in(&["as", "despite", "amid"], word) {
            return false;
        }
        let opener = match opener.checked_sub(1) {
            Some(even) if even >= floor && self.word(tokens[even]).eq_ignore_ascii_case("even") => {
                even
            }
            _ => opener,
        };
        // (`… and once he has said his piece, he is …`: or joined to the
        // clause before it.)
        let joined = opener > floor
            && lower_in(SUBORDINATORS, self.word(tokens[opener]))
            && matches!(self.word(tokens[opener - 1]), "and" | "but");
        joined || self.opens_clause_at(tokens, floor, opener)
    }

    /// Whether `subject` opens a relative clause inside a phrase opening
    /// the sentence (`In a year in which voters say …, allies …`, `And
    /// in states where most say …, …`): its report ends at the comma.
    fn relative_in_opening_phrase(&self, tokens: &[Token], floor: usize, subject: usize) -> bool {
        let mut opener = floor;
        if opener < subject && lower_in(&["and", "but"], self.word(tokens[opener])) {
            opener += 1;
        }
        if opener >= subject || !lower_in(OPENING_PREPOSITIONS, self.word(tokens[opener])) {
            return false;
        }
        let phrase = &tokens[opener + 1..subject];
        phrase.len() <= MAX_OPENING_PREPOSITIONAL_TOKENS
            && phrase.iter().all(|t| t.is_word)
            && phrase
                .last()
                .is_some_and(|t| lower_in(&["which", "where", "when", "whom"], self.word(*t)))
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
        // (`will fail`, `doesn’t forgive`, `wanted`: a finite verb, not
        // one in -s, which a plural noun may be: `Park, an expert who
        // wrote books, papers and …`.)
        let verb_after = |k: usize| {
            self.word(tokens[k]) == ","
                && tokens.get(k + 1).is_some_and(|t| {
                    let word = self.word(*t);
                    FINITE_AUXILIARIES.contains(word)
                        || (t.is_word
                            && !is_capitalised_word(word)
                            && (is_past(word) || word.ends_with("n’t") || word.ends_with("n't")))
                })
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
        if let Some(found) = self.poll_standing(tokens, (floor, c, end)) {
            return Some(found);
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
            && (lower_in(MEANS_PREPOSITIONS, self.word(tokens[c - 1]))
                || self.stops_short_before(tokens, c));
        // `…, before adding that …`, `…, while insisting …`: a participle
        // after a conjunction of time, set off by a comma; inside an
        // aside, it ends where the clause's verb follows (`Trump, after
        // railing against …, produced`), as one of means does (`Trump,
        // who struggled while talking about …, made`).
        let timed = self.after_time_conjunction(tokens, floor, c);
        let end = match timed || of_means {
            true => self.aside_verb_after(tokens, c, end).unwrap_or(end),
            false => end,
        };
        // `Park was quoted as saying …`, `was quoted by state media as
        // saying …`: the subject of the passive.
        let quoted_at = match c >= floor + 3 && self.word(tokens[c - 1]) == "as" {
            true => (c.saturating_sub(MAX_QUOTED_BY_TOKENS).max(floor + 1)..c - 1)
                .rev()
                .take_while(|&k| tokens[k].is_word)
                .find(|&k| {
                    self.word(tokens[k]) == "quoted"
                        && (k + 2 == c || self.word(tokens[k + 1]) == "by")
                }),
            false => None,
        };
        let quoted_as = quoted_at
            .filter(|_| self.participle_cue(tokens, c))
            .and_then(|quoted| {
                let mut be = quoted - 1;
                if be > floor && self.is_adverb(self.word(tokens[be])) {
                    be -= 1;
                }
                match lower_in(BE_FORMS, self.word(tokens[be])) {
                    true => self.subject_before(tokens, be, floor),
                    false => None,
                }
            });
        // `Park issued a statement saying …`: a document speaks for its
        // author, the subject of the verb issuing it.
        // (`filed a lawsuit in 2013 alleging …`: a time between.)
        // (`sent a letter to the board urging …`: whom it went to, or what
        // it was about, between.)
        let document_at = (c > floor && self.participle_cue(tokens, c))
            .then(|| {
                let noun = self
                    .time_before(tokens, c, floor)
                    .filter(|&start| start > floor)
                    .map_or(c - 1, |start| start - 1);
                let addressed = || {
                    (noun.saturating_sub(MAX_DOCUMENT_ADDRESS_TOKENS).max(floor)..noun)
                        .rev()
                        .take_while(|&k| tokens[k + 1].is_word)
                        .find(|&k| {
                            DOCUMENT_NOUNS.contains(self.word(tokens[k]))
                                && lower_in(
                                    &["to", "on", "about", "from"],
                                    self.word(tokens[k + 1]),
                                )
                        })
                };
                // (Not a verb after a modal: `can campaign saying …`.)
                // (`opened the debate saying …`: an occasion for speech is
                // its speaker's, as a document is.)
                let word = self.word(tokens[noun]);
                match DOCUMENT_NOUNS.contains(word) || OCCASIONS_OF_SPEECH.contains(&word) {
                    true => (!self.after_modal(tokens, floor, noun)).then_some(noun),
                    false => addressed(),
                }
            })
            .flatten();
        let document = document_at.is_some();
        let document_author = if let Some(noun) = document_at {
            // (`a statement praising the plan`: a stance too.)
            let speech = cue.kind == CueKind::Speech;
            // (`Park spoke during a speech attacking …`, `ran ads praising
            // …`: a text named after the clause's subject is the subject's,
            // or speaks itself when there is none (`In a statement
            // announcing …`); not one whose author is named after it (`an
            // email from a voter saying …`), one opening the clause (`The
            // statement announcing the pick called …`), or time spent
            // (`spent much of his speech defending …`).)
            // (`dismissed a report saying …`, `received an email urging
            // …`: a text answered or taken in speaks for itself.)
            let phrase_start = (c == noun + 1)
                .then(|| self.noun_phrase_start(tokens, noun + 1, floor))
                .flatten();
            let answered = phrase_start.is_some_and(|start| {
                start > floor && !self.issues_its_object(self.word(tokens[start - 1]))
            });
            let named_in_clause = phrase_start.is_some_and(|start| {
                start > floor || lower_in(&["in", "during", "with"], self.word(tokens[floor]))
            }) && !(noun.saturating_sub(5).max(floor)..noun)
                .any(|k| lower_in(SPEND_FORMS, self.word(tokens[k])));
            let author = match answered {
                true => self.document_phrase(tokens, floor, noun),
                false => self.document_author(tokens, floor, noun).or_else(|| {
                    named_in_clause
                        .then(|| {
                            self.clause_subject(tokens, floor, c)
                                .or_else(|| self.document_phrase(tokens, floor, noun))
                        })
                        .flatten()
                }),
            };
            Some(author.filter(|_| speech)?)
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
            && let Some(found) =
                self.opening_participle(tokens, floor, c, &cue, after, end.max(clause_to))
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
            // (`spent much of his campaign attacking …`: the time spent.)
            && progressive.is_none_or(|k| !lower_in(SPEND_FORMS, self.word(tokens[k])))
            && tokens[c - 1].is_word
            && {
                let noun = self.word(tokens[c - 1]);
                is_speaker_or_person_noun(noun) || lower_in(PARTICIPLE_PRONOUNS, noun)
            }
            && tokens
                .get(after)
                .is_none_or(|t| !lower_in(&["role", "roles", "cast", "evidence"], self.word(*t)));
        // `left most voters saying the law is bad`: a speech participle
        // right after the people who speak, before a clause.
        let speech_of_noun = c > floor
            && !document
            && !stance_of_noun
            && cue.kind == CueKind::Speech
            && self.participle_cue(tokens, c)
            && absolute.is_none()
            && progressive.is_none()
            && tokens[c - 1].is_word
            && is_speaker_or_person_noun(self.word(tokens[c - 1]))
            && (self.that_clause_at(tokens, after) || self.bare_clause_at(tokens, after, end));
        if !according_to
            && self.participle_cue(tokens, c)
            && !stance_of_noun
            && !speech_of_noun
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
            // `… on the spot – saying she was …` (or a hyphen for a dash)
            && !(c > floor
                && (is_dash(self.word(tokens[c - 1])) || self.word(tokens[c - 1]) == "-"))
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
                // (`To Park, her aides and the mayor, …`: a list of sources.)
                // (`According to “The Trumps,” by Gwenda Blair, …`: not a
                // comma inside a title's closing mark.)
                let comma = self
                    .listed_subjects_end(tokens, after, to)
                    .filter(|&k| tokens.get(k).is_some_and(|t| self.word(*t) == ","))
                    .or_else(|| {
                        (after..to).find(|&k| {
                            self.word(tokens[k]) == "," && !self.closing_mark_after(tokens, k)
                        })
                    })?;
                let comma = self.source_aside_end(tokens, comma, to).unwrap_or(comma);
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
                let content = match content_end == c - 1 {
                    true => self.content_before_tag(tokens, content_start, content_end),
                    false => self.content(tokens, content_start, content_end),
                };
                Some((tag, content?))
            } else if let Some(that) = self.demonstrative_vouched_for(tokens, floor, c) {
                // `That’s according to a new poll.`
                let tag = self.tag_between(tokens, cue, after, end, (c, end), true)?;
                Some((tag, that))
            } else if last_clause && c > floor.min(clause_start) + MIN_CONTENT_WORDS {
                // `… 46 percent to 39 percent according to a new poll.`
                let tag = self.tag_between(tokens, cue, after, end, (c, end), true)?;
                Some((tag, self.content_before_tag(tokens, clause_start, c)?))
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
        // (Nor a verb and its particle: `Roe, the author, spoke about
        // Park` names what was spoken of.)
        // (Nor a verb whose object is the person told: `…, Jo Park, the
        // mayor, told reporters`.)
        let invertible = cue.kind == CueKind::Speech
            && !STANCE_OBJECTS.contains(&cue.lemma)
            && !cue.lemma.ends_with(" about")
            && !cue.lemma.ends_with(" of")
            && !lower_in(
                &["tell", "inform", "assure", "remind", "notify"],
                &cue.lemma,
            );
        if comma_before
            && invertible
            && !participle
            && !gerund_after
            && let Some(name_end) = self.noun_phrase_after(tokens, after, end)
        {
            // `said an official familiar with the talks`, `said people
            // briefed on the talks`: the phrase's head is before its
            // complement.
            // So is `said a spokesman for the city`.
            let head_end = (after + 1..name_end)
                .find(|&k| {
                    lower_in(&["familiar", "close"], self.word(tokens[k]))
                        || self.briefed_on(tokens, k + 1)
                        || (lower_in(&["for", "of"], self.word(tokens[k]))
                            && is_speaker_head(self.word(tokens[k - 1]))
                            && !is_capitalised_word(self.word(tokens[k - 1])))
                })
                .unwrap_or(name_end);
            // `said Ruiz and Park`: two speakers joined.
            let joined_end = (head_end == name_end
                && tokens.get(name_end).is_some_and(|t| self.word(*t) == "and"))
            .then(|| self.noun_phrase_after(tokens, name_end + 1, end))
            .flatten()
            .filter(|&second_end| {
                speaker_like(self.word(tokens[second_end - 1]))
                    && (second_end == end || self.word(tokens[second_end]) == ",")
            });
            let (name_end, head_end) = match joined_end {
                Some(second_end) => (second_end, second_end),
                None => (name_end, head_end),
            };
            let next = tokens.get(head_end).map_or("", |t| self.word(*t));
            // `said an official who …`, `said one source in the room`: a
            // relative clause, or a phrase after a role, ends the sentence
            // with the speaker.
            let head = self.word(tokens[head_end - 1]);
            // (`said a handful of Democrats who …`: a group named in
            // capitals too, before its relative clause.)
            let source = is_speaker_head(head)
                && (!is_capitalised_word(head)
                    || (head.ends_with('s') && matches!(next, "who" | "whose")));
            let described = matches!(next, "who" | "whose")
                || lower_in(
                    &[
                        "in",
                        "at",
                        "with",
                        "from",
                        "close",
                        "familiar",
                        "briefed",
                        "involved",
                        "privy",
                        "knowledgeable",
                    ],
                    next,
                );
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
            // cue; the words before are its subject. So too `…, voiced the
            // frustration of many voters`: the head stands before `of`.)
            let thing_of = (after + 1..head_end)
                .find(|&k| self.word(tokens[k]) == "of")
                .is_some_and(|k| {
                    let before_of = self.word(tokens[k - 1]);
                    !speaker_like(before_of) && !lower_in(SPEAKERS_BEFORE_OF, before_of)
                });
            if speaker_like(head)
                && !thing_of
                && (name_end == end
                    || matches!(next, "," | "(")
                    || tokens.get(name_end).is_some_and(|t| self.word(*t) == ",")
                    || (source && described && !subject_before()))
            {
                // (`…, said Howard, but her record …`: a clause joined
                // after the name is no part of the speaker's phrase.)
                let joined_after = tokens.get(name_end + 1).is_some_and(|t| {
                    self.word(tokens[name_end]) == ","
                        && lower_in(&["but", "and", "yet", "so", "though"], self.word(*t))
                });
                let tag_end = if joined_after { name_end } else { end };
                let tag =
                    self.tag_between(tokens, cue.clone(), after, tag_end, (c - 1, tag_end), false)?;
                if let Some(content) = self.content_before_tag(tokens, floor, c - 1) {
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
                (stance_of_noun || speech_of_noun)
                    .then(|| self.noun_before_participle(tokens, floor, c))
                    .flatten()
            })
            .or_else(|| match of_means {
                true => self.antecedent_of_open_relative(tokens, floor, c),
                // (From the clause's start: the relative clause may have
                // reported a stance already, `Voters who backed Roe said`.)
                false => self
                    .antecedent_of_restrictive_relative(tokens, clause_from, verb_start)
                    .or_else(|| self.subject_before(tokens, verb_start, floor)),
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
            return Some((
                Tag::new(cue, mention, name_words, (subject, after)),
                content,
            ));
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
            // (`In an interview on Monday, Park doubled down on it.`: a
            // phrase alone is no clause.)
            let phrase_only = self.phrase_only(tokens, floor, subject - 1);
            let clause_ends = tail == end
                || self.word(tokens[tail]) == ";"
                || (self.word(tokens[tail]) == ","
                    && (!introduced || phrase_only)
                    && self.participle_after_comma(tokens, tail, end))
                // (`CLAUSE, X said in his book, “An American Son.”`: a
                // title closes the tail, and so does an appositive: `…, X
                // wrote on 38 North, a website on Korea.`)
                || (self.word(tokens[tail]) == ","
                    && (self.title_closes(tokens, tail + 1, end)
                        || self.closing_appositive(tokens, subject, end) == Some(tail)))
                // (`CLAUSE, X said, although they …`: a contrast opens a
                // clause of its own; after `but`, only one with its own
                // report, as `CLAUSE, X said, but it is …` goes on.)
                || (self.word(tokens[tail]) == ","
                    && tokens.get(tail + 1).is_some_and(|t| {
                        let word = self.word(*t);
                        lower_in(&["although", "though", "while", "whereas", "yet"], word)
                            || (word == "but"
                                && (tail + 2..end.min(tail + 2 + MAX_SUBJECT_TOKENS))
                                    .any(|k| self.speech_cue(tokens, k).is_some()))
                    }));
            // (Inside the content, the tag's clause runs from a relative
            // pronoun before the tag: `…, which, aides say, would …`.)
            let content_end = if clause_ends { subject - 1 } else { end };
            let relative_before = subject >= floor + 3
                && lower_in(&["which", "who"], self.word(tokens[subject - 2]))
                && self.word(tokens[subject - 3]) == ",";
            let content_start = match relative_before && !clause_ends {
                true => subject - 2,
                false => floor,
            };
            let content = match clause_ends {
                true => self.content_before_tag(tokens, floor, content_end),
                false => self.content(tokens, content_start, content_end),
            };
            if let Some(content) = content.filter(|_| {
                !(clause_ends
                    && (phrase_only
                        || self.participle_phrase_only(tokens, floor, subject - 1)
                        || self.subordinate_only(tokens, floor, subject - 1)))
            }) {
                return Some((tag, content));
            }
        }
        // `a charge that party leaders denied,`, `The plan that Roe backed
        // failed`: the object is the relative clause's antecedent.
        if let Some(content) = self.stance_on_antecedent(tokens, &cue.lemma, subject, after) {
            return Some((
                Tag::new(cue, mention, name_words, (subject, after)),
                content,
            ));
        }
        // `the target it pledged to reach`, `The plan he backed failed`: a
        // relative clause without `that`.
        if let Some(content) = self.reduced_relative_object(tokens, &cue, subject, after) {
            return Some((
                Tag::new(cue, mention, name_words, (subject, after)),
                content,
            ));
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
        // (`Graham — who had endorsed Bush — spoke`: set off by dashes or
        // a parenthesis, it ends at the closing one.)
        let set_off_by = subject
            .checked_sub(1)
            .map(|k| self.word(tokens[k]))
            .filter(|&mark| sets_off(mark));
        let relative = subject >= 1
            && lower_in(&["who", "which"], self.word(tokens[subject]))
            && (set_off_by.is_some() || STANCE_OBJECTS.contains(&cue.lemma));
        let opening_absolute = absolute_at.is_some_and(|with| with == floor);
        let opening_subordinate = self.opening_subordinate(tokens, floor, subject);
        // `Among voters who said …, most backed Roe`: a relative clause in
        // a phrase opening the sentence ends at its comma; `Voters who said
        // taxes matter backed Roe`: one in the subject, at the main verb.
        let restrictive = self.word(tokens[subject]).eq_ignore_ascii_case("who")
            && subject > floor
            && set_off_by.is_none();
        let opening_phrase = (restrictive
            && lower_in(
                &["among", "of", "for", "like", "unlike"],
                self.word(tokens[floor]),
            ))
            || self.relative_in_opening_phrase(tokens, floor, subject);
        // (`Voters who want a ban said …`, `Voters who call it a trap
        // said …`: with no comma, the object of a stance or a name given in
        // a restrictive clause ends at the main verb.)
        let naming = NAMING_LEMMAS.contains(&cue.lemma.as_ref());
        // (`Voters who question the levy are wrong`: a stance's object as
        // well, opened by a determiner, not a clause it takes, `who claim
        // he lied`.)
        let stance_object = STANCE_OBJECTS.contains(&cue.lemma)
            && tokens
                .get(content_start)
                .is_some_and(|t| DETERMINERS.contains(self.word(*t)));
        let object_only =
            restrictive && (naming || (relative && (cue.kind == CueKind::Belief || stance_object)));
        let closing_mark = |k: usize| match set_off_by {
            Some("(") => self.word(tokens[k]) == ")",
            Some(dash) if is_dash(dash) => is_dash(self.word(tokens[k])),
            _ => false,
        };
        let end = match relative && set_off_by.is_some_and(|mark| mark != ",") {
            true => (content_start..end)
                .find(|&k| closing_mark(k))
                .unwrap_or(end),
            false => end,
        };
        let end = match relative || opening_absolute || opening_subordinate || opening_phrase {
            true => self
                .first_clause_comma(tokens, content_start, end)
                .unwrap_or_else(|| match object_only {
                    true => self.finite_verb_after(tokens, content_start, end),
                    false => end,
                }),
            false if object_only => self.finite_verb_after(tokens, content_start, end),
            false if restrictive => self.main_verb_after(tokens, content_start, end),
            // (Any other verb inside a relative clause set off by commas
            // reports up to its closing comma, where the main clause's verb
            // follows: `Romney, who campaigned on it and sought Trump’s
            // endorsement, now insists …`.)
            false if self.inside_set_off_relative(tokens, floor, c) => {
                self.aside_verb_after(tokens, c, end).unwrap_or(end)
            }
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
        let clause_end = self.before_joined_clause(tokens, content_start, clause_end);
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
            || ends_in_preposition(&cue.lemma)
        {
            // `Voters worried about the levy were angry`, `… said it
            // failed`: the main verb after the object of a participle.
            let clause_end = match self.noun_phrase_after(tokens, content_start, clause_end) {
                Some(k)
                    if k < clause_end
                        && self.object_after_preposition(tokens, &cue.lemma, content_start)
                        && (FINITE_AUXILIARIES.contains(self.word(tokens[k]))
                            || self
                                .speech_cue(tokens, k)
                                .is_some_and(|(cue, _, _)| cue.kind == CueKind::Speech)) =>
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
        // (`said so in December`: when or where the answer was given is
        // the writer's.)
        let answer_word = |words: &[&str]| {
            tokens
                .get(content_start)
                .is_some_and(|t| lower_in(words, self.word(*t)))
        };
        let answer = (answer_word(&["yes", "no"])
            && tokens
                .get(content_start + 1)
                .is_some_and(|t| matches!(self.word(*t), "," | "and"))
            && self.answer_ends_at(tokens, content_start + 1))
            || (answer_word(&["yes", "no", "so"])
                && self.circumstance_closes(tokens, content_start + 1));
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
        let content_from = tokens.partition_point(|t| t.span.start < content.start);
        let content_to = tokens.partition_point(|t| t.span.start < content.end);
        if self.time_only(tokens, content_from, content_to) {
            return None;
        }
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
        let word = |k: usize| self.word_before(tokens, k, to);
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

    /// Whether a stance's object is missing at token `from`, right after
    /// its cue, so that a relative clause's antecedent is that object: the
    /// clause ends there (`a charge that Roe denied.`), the sentence's
    /// verb follows (`The plan that Roe backed failed`), or a phrase of
    /// setting does (`a fact he mentions on the trail`, `something she
    /// opposed as a senator`, `a charge Roe denied to reporters`). A dash
    /// closes it when `dash_closes`.
    fn object_missing_at(&self, tokens: &[Token], from: usize, dash_closes: bool) -> bool {
        let Some(token) = tokens.get(from) else {
            return true;
        };
        let word = self.word(*token);
        if matches!(word, "," | "." | ";" | ")" | "?" | "!")
            || (dash_closes && (is_dash(word) || word == "-"))
        {
            return true;
        }
        if !token.is_word || is_capitalised_word(word) {
            return false;
        }
        is_finite(word)
            || SETTING_AFTER_MISSING_OBJECT.contains(&word)
            || (word == "to" && self.noun_phrase_opens_at(tokens, from + 1))
    }

    /// Whether token `k` opens a noun phrase after `to`, which is then a
    /// preposition (`to reporters`, `to the press`, `to me`), not the mark
    /// of an infinitive (`to run`).
    fn noun_phrase_opens_at(&self, tokens: &[Token], k: usize) -> bool {
        tokens.get(k).is_some_and(|t| {
            let word = self.word(*t);
            DETERMINERS.contains(word)
                || lower_in(OBJECT_PRONOUNS, word)
                || is_capitalised_word(word)
                || POSSESSIVE_PRONOUNS.contains(&word)
                || is_speaker_or_person_noun(word)
                || is_plural_of_people(word)
        })
    }

    /// The antecedent of a relative clause whose stance has no object
    /// after it, so that its object is the antecedent: `a charge that
    /// party leaders strongly denied,`, `the pact, which Putin opposed.`
    /// The cue's subject is at token `subject`, its object would start at
    /// `from`; the antecedent runs to the relative pronoun.
    fn stance_on_antecedent(
        &self,
        tokens: &[Token],
        lemma: &str,
        subject: usize,
        from: usize,
    ) -> Option<Span> {
        if !STANCE_OBJECTS.contains(lemma) {
            return None;
        }
        let closed = self.object_missing_at(tokens, from, true);
        let relative = subject.checked_sub(1)?;
        if !closed || !lower_in(&["that", "which"], self.word(tokens[relative])) {
            return None;
        }
        // (`…, a charge that`, `the pact, which`: a comma is no part of it.)
        let noun_end = match relative.checked_sub(1).map(|k| self.word(tokens[k])) {
            Some(",") => relative - 1,
            _ => relative,
        };
        // (`the day that Roe opposed in May`: a time or a reason is no
        // object of the cue; but `a point that Roe disputed` is one.)
        let noun = self.word(*tokens.get(noun_end.checked_sub(1)?)?);
        if (TIME_UNITS.contains(noun) || RELATIVE_ADVERB_NOUNS.contains(noun)) && noun != "point" {
            return None;
        }
        let start = self.noun_phrase_start(tokens, noun_end, 0)?;
        (start < noun_end && !PRONOUNS.contains(noun))
            .then(|| Span::new(tokens[start].span.start, tokens[relative].span.end))
    }

    /// A relative clause without `that` whose subject is a pronoun after
    /// a noun phrase, its verb the cue (`the target it pledged to reach`,
    /// `any fees he reported receiving`, `The plan he backed failed`): the
    /// cue's object is the antecedent, so the content runs from the
    /// antecedent through the relative clause's verb. The cue's subject is
    /// the token `subject`, its object would start at `from`.
    fn reduced_relative_object(
        &self,
        tokens: &[Token],
        cue: &Cue,
        subject: usize,
        from: usize,
    ) -> Option<Span> {
        let lemma = &*cue.lemma;
        let pronoun = self.word(tokens[subject]);
        let noun_end = subject.checked_sub(1)?;
        let noun = self.word(tokens[noun_end]);
        let pronoun_subject = lower_in(SUBJECT_PRONOUNS, pronoun) || pronoun == "it";
        // (`this time he praised …`, `the reason he hopes …`: a time or a
        // reason is no object of the cue.)
        let noun_like = tokens[noun_end].is_word
            && noun.bytes().all(|b| b.is_ascii_lowercase())
            && (!is_stop_word(noun) || INDEFINITE_PRONOUNS.contains(noun))
            // (`a charge he denied`: a determiner makes a noun of a cue.)
            && (!is_verb(noun)
                || noun_end
                    .checked_sub(1)
                    .is_some_and(|k| lower_in(&["a", "an", "the"], self.word(tokens[k]))))
            && !self.is_adverb(noun)
            && !TIME_UNITS.contains(noun)
            && !RELATIVE_ADVERB_NOUNS.contains(noun);
        // (`an offer the leadership rebuffed`, `an approach several
        // candidates have embraced`: a noun phrase for subject, right
        // after the antecedent, of a stance whose object is missing.)
        let phrase_subject = !pronoun_subject
            && (DETERMINERS.contains(pronoun) || is_capitalised_word(pronoun))
            && STANCE_OBJECTS.contains(lemma)
            && self.object_missing_at(tokens, from, false);
        if !(pronoun_subject || phrase_subject) || !noun_like || from > subject + 4 {
            return None;
        }
        // The relative clause's verb: an infinitive or a gerund after the
        // cue, or the cue itself when nothing follows it.
        let word_at = |k: usize| tokens.get(k).map_or("", |t| self.word(*t));
        let lower_word = |k: usize| {
            tokens
                .get(k)
                .is_some_and(|t| t.is_word && !is_capitalised_word(self.word(*t)))
        };
        // (`a charge she denied to reporters`: the person addressed is no
        // part of it.)
        let content_end = if word_at(from) == "to"
            && lower_word(from + 1)
            && !self.noun_phrase_opens_at(tokens, from + 1)
        {
            tokens[from + 1].span.end
        } else if lower_word(from) && word_at(from).ends_with("ing") {
            tokens[from].span.end
        } else if STANCE_OBJECTS.contains(lemma) && self.object_missing_at(tokens, from, false) {
            cue.span.end
        } else {
            return None;
        };
        // (`some`, `any fees`, `the emissions target`, `someone`: a
        // phrase opened by a determiner or standing for one.)
        // (`the tone of the campaign he wants to run`: the antecedent is
        // the phrase after the last preposition.)
        let start = self.noun_phrase_start(tokens, subject, 0)?;
        let start = (start..noun_end)
            .rev()
            .find(|&k| {
                let word = self.word(tokens[k]);
                !tokens[k].is_word
                    || MENTION_ENDING_PREPOSITIONS.contains(word)
                    || lower_in(OPENING_PREPOSITIONS, word)
                    || lower_in(
                        &["of", "about", "against", "above", "below", "than", "into"],
                        word,
                    )
            })
            .map_or(start, |k| k + 1);
        let opener = self.word(tokens[start]);
        let determined = DETERMINERS.contains(opener)
            || INDEFINITE_PRONOUNS.contains(opener)
            || lower_in(&["any", "every", "no", "all", "what"], opener);
        (start < subject && determined).then(|| Span::new(tokens[start].span.start, content_end))
    }

    /// Whether the cue of lemma `lemma`, its subject at token `subject`,
    /// gives a name with `what` before that subject (`what Roe calls …`).
    pub(in crate::attribution) fn names_with_what(
        &self,
        tokens: &[Token],
        subject: usize,
        lemma: &str,
    ) -> bool {
        NAMING_LEMMAS.contains(&lemma)
            && subject
                .checked_sub(1)
                .is_some_and(|what| self.word(tokens[what]).eq_ignore_ascii_case("what"))
    }

    /// Where content from token `from` to `clause_end` stops before a
    /// clause the writer joins with a subject of its own: `…, but Roe
    /// disagreed`, `…, and the levy failed`, `…, even as he has attacked
    /// …` (the comma or dash before it is left out).
    fn before_joined_clause(&self, tokens: &[Token], from: usize, clause_end: usize) -> usize {
        (from + 1..clause_end)
            .find(|&k| match self.word(tokens[k]) {
                "but" => {
                    tokens.get(k + 1).is_some_and(|t| {
                        let next = self.word(*t);
                        PRONOUNS.contains(next) || next == "there" || is_capitalised_word(next)
                    }) || self.subject_with_verb_at(tokens, k + 1, clause_end)
                        || self.phrase_then_subject_at(tokens, k + 1, clause_end)
                }
                // `said he would back the nominee, even as he has attacked
                // …`: a clause of contrast or time after a comma that
                // reports on its own.
                "while" | "after" | "whereas" | "as"
                    if self.word(tokens[k - 1]) == ","
                        || (self.word(tokens[k - 1]) == "even"
                            && k >= 2
                            && self.word(tokens[k - 2]) == ",") =>
                {
                    (self.word(tokens[k]) != "as" || self.word(tokens[k - 1]) == "even")
                        && (k + 2..clause_end.min(k + 2 + MAX_SUBJECT_WORDS_BEFORE_VERB + 2))
                            .any(|j| self.speech_cue(tokens, j).is_some())
                }
                // (`… with murder and Park fired …`; not names joined in
                // one subject, `Iraq and Syria meant`, `he and Park said`.)
                "and" => {
                    self.joined_clause_at(tokens, k, clause_end)
                        || (tokens[k - 1].is_word
                            && !is_capitalised_word(self.word(tokens[k - 1]))
                            && !PRONOUNS.contains(self.word(tokens[k - 1]))
                            && self.name_then_past_at(tokens, k + 1, clause_end))
                }
                _ => false,
            })
            .map_or(clause_end, |but| match self.word(tokens[but - 1]) {
                "," => but - 1,
                "even" if but >= 2 && self.word(tokens[but - 2]) == "," => but - 2,
                dash if is_dash(dash) => but - 1,
                _ => but,
            })
    }

    /// Whether a name of one or two words at token `k`, before `end`, is
    /// the subject of a verb in the past right after it (`… and Park
    /// agreed`), which the writer states.
    fn name_then_past_at(&self, tokens: &[Token], k: usize, end: usize) -> bool {
        let name = |j: usize| {
            tokens.get(j).is_some_and(|t| {
                let word = self.word(*t);
                t.is_word && is_capitalised_word(word) && !is_possessive(word)
            })
        };
        let verb_at = match (name(k), name(k + 1)) {
            (true, true) => k + 2,
            (true, false) => k + 1,
            _ => return false,
        };
        verb_at < end && {
            let verb = self.word(tokens[verb_at]);
            tokens[verb_at].is_word && is_past(verb) && !verb.ends_with("en")
        }
    }

    /// Whether the `and` at token `k` (before `end`) joins a clause with a
    /// subject of its own after a comma or a dash (`, and the levy
    /// failed`, `— and on Monday the mayor vetoed …`).
    pub(super) fn joined_clause_at(&self, tokens: &[Token], k: usize, end: usize) -> bool {
        k > 0
            && self.word(tokens[k]) == "and"
            && (self.word(tokens[k - 1]) == "," || is_dash(self.word(tokens[k - 1])))
            && (self.subject_with_verb_at(tokens, k + 1, end)
                || self.phrase_then_subject_at(tokens, k + 1, end))
    }

    /// Whether a prepositional phrase opens at token `k` (before `end`)
    /// and a subject with its verb follows within a few words: `in the
    /// course of their report they could not …`, `at one point the crowd
    /// chanted …`.
    pub(super) fn phrase_then_subject_at(&self, tokens: &[Token], k: usize, end: usize) -> bool {
        let preposition = tokens.get(k).is_some_and(|t| {
            lower_in(&["in", "on", "at", "after", "during", "for"], self.word(*t))
        });
        preposition
            && (k + 2..end.min(k + MAX_VENUE_WORDS + 3))
                .take_while(|&j| tokens[j].is_word || self.word(tokens[j]) == ",")
                .any(|j| {
                    let word = self.word(tokens[j]);
                    // (`in it is`: an object; `for voters, it is`: a subject.)
                    let pronoun = PRONOUNS.contains(word)
                        && (word != "it" || self.word(tokens[j - 1]) == ",")
                        && tokens.get(j + 1).is_some_and(|t| is_finite(self.word(*t)));
                    // (`at one point the crowd chanted`: a noun phrase after
                    // the phrase's own, and a verb in the past.)
                    let noun_phrase = DETERMINERS.contains(word)
                        && !DETERMINERS.contains(self.word(tokens[j - 1]))
                        && self.subject_with_verb_at(tokens, j, end);
                    pronoun || noun_phrase
                })
    }

    /// Whether a subject of its own, with its verb, opens at token `k`
    /// (before `end`): a pronoun, or a phrase opened by a determiner or a
    /// name and followed by a finite verb within a few words (`the levy
    /// failed`, `Roe has said`).
    pub(super) fn subject_with_verb_at(&self, tokens: &[Token], k: usize, end: usize) -> bool {
        let Some(first) = tokens.get(k).filter(|_| k + 1 < end).map(|t| self.word(*t)) else {
            return false;
        };
        if PRONOUNS.contains(first) || first.eq_ignore_ascii_case("there") {
            return tokens[k + 1].is_word;
        }
        if !DETERMINERS.contains(first) && !is_capitalised_word(first) {
            return false;
        }
        // (`Mr. Trump has …`: the point of an abbreviated title is part
        // of the subject.)
        let abbreviation_point = |j: usize| {
            self.word(tokens[j]) == "."
                && tokens[j - 1].is_word
                && tokens[j - 1].span.end == tokens[j].span.start
                && is_capitalised_word(self.word(tokens[j - 1]))
                && self.word(tokens[j - 1]).len() <= MAX_ABBREVIATION_CHARS
        };
        (k + 1..end.min(k + 1 + MAX_SUBJECT_WORDS_BEFORE_VERB))
            .take_while(|&j| tokens[j].is_word || abbreviation_point(j))
            .any(|j| {
                let word = self.word(tokens[j]);
                FINITE_AUXILIARIES.contains(word)
                    || (is_past(word) && !word.ends_with("en"))
                    // (`, and Republicans want …`: a reporting verb in the
                    // present after a noun.)
                    || (is_verb(word) && !word.ends_with("ing") && {
                        let noun = self.word(tokens[j - 1]);
                        let plural = noun.ends_with('s') && !noun.ends_with("ss");
                        tokens[j - 1].is_word
                            && !DETERMINERS.contains(noun)
                            && !is_possessive(noun)
                            && !is_stop_word(noun)
                            && plural != is_third_person(word)
                    })
            })
    }

    /// Whether a closing quotation mark follows token `k` with no space
    /// between (`“The Trumps,”`).
    fn closing_mark_after(&self, tokens: &[Token], k: usize) -> bool {
        tokens.get(k + 1).is_some_and(|next| {
            next.span.start == tokens[k].span.end
                && matches!(self.word(*next), "”" | "’" | "'" | "''" | "\"")
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
        // (`…, suddenly insisted`: adverbs may stand before the verb.)
        (c + 1..limit).find(|&k| {
            self.word(tokens[k]) == "," && {
                let mut at = k + 1;
                while at + 1 < end
                    && self.is_adverb(self.word(tokens[at]))
                    && !is_finite(self.word(tokens[at]))
                {
                    at += 1;
                }
                let verb = self.word(tokens[at]);
                tokens[at].is_word && !is_capitalised_word(verb) && is_finite(verb)
            }
        })
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
    pub(in crate::attribution) fn linking_verb_before(
        &self,
        tokens: &[Token],
        c: usize,
    ) -> Option<usize> {
        // (`were worried that`: a participle as an adjective.)
        let word = self.word(tokens[c]);
        if !is_belief_adjective(word) && !word.eq_ignore_ascii_case("worried") {
            return None;
        }
        let mut verb = c.checked_sub(1)?;
        // (`were surprised and dismayed at`, `ambivalent, disappointed or
        // frustrated with`: adjectives joined to it, the first linked.)
        let joined_adjective = |k: usize| {
            k >= 1 && lower_in(&["and", "or", ","], self.word(tokens[k])) && {
                let word = self.word(tokens[k - 1]);
                !is_capitalised_word(word)
                    && (is_belief_adjective(word)
                        || ["ed", "ive", "ous", "ful", "ent", "ant"]
                            .iter()
                            .any(|ending| word.ends_with(ending)))
            }
        };
        let mut joined = 0;
        while verb > 0 && !lower_in(BE_FORMS, self.word(tokens[verb])) {
            let word = self.word(tokens[verb]);
            if self.is_adverb(word)
                || lower_in(
                    &[
                        "very", "so", "quite", "more", "less", "than", "far", "too", "not", "away",
                        "well",
                    ],
                    word,
                )
            {
                verb -= 1;
            } else if joined < MAX_JOINED_ADJECTIVES && joined_adjective(verb) {
                joined += 1;
                verb -= 2;
            } else {
                break;
            }
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
        let start = match lower_in(PARTICIPLE_PRONOUNS, self.word(tokens[c - 1])) {
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
                                    || IRREGULAR_PAST.contains(word)
                                    || MENTION_ENDING_PREPOSITIONS.contains(word)
                                    || lower_in(&["of", "for", "among"], word)))
                    })
                    .map_or(start, |k| k + 1)
            }
        };
        // (`Republicans can reasonably campaign saying …`: a verb after a
        // modal, adverbs between, is no noun.)
        if self.is_adverb(self.word(tokens[start])) || self.after_modal(tokens, floor, start) {
            return None;
        }
        (start < c).then(|| {
            let mention = Span::new(tokens[start].span.start, tokens[c - 1].span.end);
            (mention, word_spans(&tokens[start..c]))
        })
    }

    /// Whether a modal stands right before token `k`, but for adverbs
    /// (`can reasonably`), looking back no further than `floor` for them.
    pub(in crate::attribution) fn after_modal(
        &self,
        tokens: &[Token],
        floor: usize,
        k: usize,
    ) -> bool {
        let mut k = k;
        while k > 0 {
            let word = self.word(tokens[k - 1]);
            if lower_in(MODALS, word) {
                return true;
            }
            if k <= floor || !self.is_adverb(word) {
                return false;
            }
            k -= 1;
        }
        false
    }

    /// `Groups backing [Roe] also spent …`: where the verb of the clause
    /// starts after an object at tokens `from..end` (`end` when none is
    /// seen), adverbs before it included.
    fn finite_verb_after(&self, tokens: &[Token], from: usize, end: usize) -> usize {
        let verb = (from + 1..end).find(|&k| {
            let word = self.word(tokens[k]);
            let before = self.word(tokens[k - 1]);
            // (`Groups backing Roe say …`: a cue in the present, after a
            // word ending the object.)
            let present_cue = || {
                tokens[k].is_word
                    && tokens[k - 1].is_word
                    && !word.ends_with("ing")
                    && !DETERMINERS.contains(before)
                    && !is_stop_word(before)
                    && is_verb(word)
            };
            !is_capitalised_word(word)
                && (FINITE_AUXILIARIES.contains(word)
                    || (is_past(word) && !word.ends_with("en"))
                    || present_cue())
                && !lower_in(
                    &["to", "that", "who", "which", "has", "have", "had", "having"],
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
        // `One pastor supporting Mr. Cruz, Jo Park of Salem, said`: a name
        // set off before the verb is the subject's, not the object's.
        if self.word(tokens[verb - 1]) == ","
            && let Some(comma) = (from + 1..verb - 1).find(|&k| self.word(tokens[k]) == ",")
            && tokens.get(comma + 1).is_some_and(|t| {
                let word = self.word(*t);
                is_capitalised_word(word) && !DETERMINERS.contains(word) && !is_stop_word(word)
            })
        {
            return comma;
        }
        verb
    }

    /// `Voters who said [taxes were too high] backed Roe`: where the verb
    /// of the sentence starts after the clause reported in a relative
    /// clause of its subject, at tokens `from..end` (`end` when none is
    /// seen): a past after a finite clause, not joined to it.
    fn main_verb_after(&self, tokens: &[Token], from: usize, end: usize) -> usize {
        // (Not a participle after `be` or `have`: `who asked not to be
        // named said …`.)
        let Some(first_verb) = (from + 1..end).find(|&k| {
            let word = self.word(tokens[k]);
            let participle = is_past(word)
                && lower_in(
                    &["be", "been", "being", "have", "has", "had"],
                    self.word(tokens[k - 1]),
                );
            is_finite(word) && !participle
        }) else {
            return end;
        };
        // (`Officials who asked for a recount said …`: a verb of speech
        // after an object is the sentence's, not a clause reported; but
        // `who think officials said …`, `who heard Roe say …`.)
        let before = self.word(tokens[first_verb - 1]);
        let speech_after_object = cue_lemma(self.word(tokens[first_verb]))
            .is_some_and(|(_, kind)| kind == CueKind::Speech)
            && tokens[first_verb - 1].is_word
            && !PRONOUNS.contains(before)
            && !is_stop_word(before)
            && !lower_in(&["who", "which", "that"], before)
            && !is_capitalised_word(before)
            && !is_plural_of_people(before)
            && !is_speaker_head(before);
        if speech_after_object {
            return first_verb;
        }
        // (`who refused to back Roe, said …`: a verb after a comma is the
        // clause's, the relative one having none in its content.)
        if self.word(tokens[first_verb - 1]) == ","
            && !is_capitalised_word(self.word(tokens[first_verb]))
        {
            return first_verb;
        }
        // (`Officials who urge voters [to back the levy] should know …`:
        // an infinitive has no finite verb of its own, but in a clause of
        // its own, `the levy that would …`, `more than they must`.)
        let infinitive = (from..first_verb).any(|k| self.word(tokens[k]) == "to")
            && !(from..first_verb).any(|k| {
                lower_in(
                    &[
                        "that", "which", "who", "whom", "whether", "if", "when", "because",
                    ],
                    self.word(tokens[k]),
                )
            });
        let before = self.word(tokens[first_verb - 1]);
        if infinitive
            && tokens[first_verb - 1].is_word
            && !PRONOUNS.contains(before)
            && !is_capitalised_word(before)
        {
            return first_verb;
        }
        (first_verb + 1..end)
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
            && (is_past(word) || (word.ends_with('s') && !word.ends_with("ss")))
            && self.issues_its_object(word);
        if !verb_like {
            return None;
        }
        self.subject_before(tokens, verb, floor)
    }

    /// Whether `word`, just before a document, may be its author's verb:
    /// not a cue answering the text (`dismissed a report saying …`) nor a
    /// verb taking it in (`is discrediting a report saying …`).
    fn issues_its_object(&self, word: &str) -> bool {
        let answered = cue_lemma(word).is_some_and(|(lemma, _)| !ISSUING_CUES.contains(lemma));
        !answered && !RECEIVING_VERBS.contains(word)
    }

    /// The noun phrase of the text ending at token `noun` (`a statement`,
    /// `two ads`), as the mention of what speaks when no author is named.
    fn document_phrase(
        &self,
        tokens: &[Token],
        floor: usize,
        noun: usize,
    ) -> Option<(Span, Vec<Span>)> {
        let start = self.noun_phrase_start(tokens, noun + 1, floor)?;
        (start <= noun).then(|| {
            let mention = Span::new(tokens[start].span.start, tokens[noun].span.end);
            (mention, word_spans(&tokens[start..=noun]))
        })
    }

    /// `Noting that the bill failed, Tester said …`, `After saying he was
    /// nervous, the man asked …`, `Having announced that …, the judge …`:
    /// a participle cue at token `c` opening the clause from `floor`
    /// reports for the subject after its comma, looked for up to token
    /// `end` (the clause's end: the subject may speak a quotation after
    /// it, `Noting that …, Tester added: “…”`).
    fn opening_participle(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
        cue: &whosaid_core::Cue,
        after: usize,
        end: usize,
    ) -> Option<(Tag, Span)> {
        // (Capitalised: the sentence's first word; `And in explaining …`
        // after a conjunction.)
        let start = match self.word(tokens[floor]) {
            "And" | "But" if c > floor => floor + 1,
            _ => floor,
        };
        // (Compared word by word, so that a cue far into a long clause
        // costs nothing.)
        let opener = &tokens[start..c];
        let capitalised = start > floor || is_capitalised_word(self.word(tokens[start]));
        let opens = capitalised
            && (opener.is_empty()
                || PARTICIPLE_OPENERS.iter().any(|phrase| {
                    phrase.len() == opener.len()
                        && phrase
                            .iter()
                            .zip(opener)
                            .all(|(a, &b)| a.eq_ignore_ascii_case(self.word(b)))
                }));
        if !opens {
            return None;
        }
        // The first comma followed by a subject and its verb closes the
        // phrase.
        let (comma, subject, name_end) = (after..end.min(after + MAX_OPENING_PHRASE_TOKENS))
            .filter(|&k| self.word(tokens[k]) == ",")
            .find_map(|comma| {
                // (The comma may close a quotation: `… job,” Will urged`.)
                let subject = comma + 1 + usize::from(self.closing_mark_at(tokens, comma + 1));
                let name_end = self.name_after(tokens, subject, end)?;
                // (Adverbs may stand before the verb: `Rubio only
                // occasionally disagreed`.)
                let verb_at = (name_end..end.min(name_end + 3))
                    .find(|&k| !self.is_adverb(self.word(tokens[k])))
                    .unwrap_or(name_end);
                let verb = tokens.get(verb_at).is_some_and(|t| {
                    let word = self.word(*t);
                    t.is_word
                        && !is_capitalised_word(word)
                        && (!is_stop_word(word)
                            || is_verb(word)
                            || FINITE_AUXILIARIES.contains(word))
                });
                verb.then_some((comma, subject, name_end))
            })?;
        // (`Recalling “the consequences …,” Park urged`: a quotation may
        // open right after the participle, its mark in the content.)
        let mark = usize::from(matches!(self.word(tokens[after]), "“" | "\""));
        let (start, addressee) = self.reported_start(tokens, &cue.lemma, after + mark, comma)?;
        let marked = (mark > 0 && start == after + mark)
            .then(|| self.content(tokens, after, subject))
            .flatten();
        // (A quotation closing after the comma closes in the content.)
        let content = marked
            .or_else(|| self.content(tokens, start, subject))
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
        // `As Park told reporters, …`: the person addressed.
        let addressed_end = (cue.lemma == "tell")
            .then(|| self.addressee_end(tokens, after, end))
            .flatten()
            .filter(|&name_end| name_end > after);
        let addressee = addressed_end
            .map(|name_end| Span::new(tokens[after].span.start, tokens[name_end - 1].span.end));
        let after = addressed_end.unwrap_or(after);
        let tag = |covers| Tag {
            addressee,
            ..Tag::new(cue.clone(), mention, name_words.clone(), covers)
        };
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
        // (`as the Post reported just today, …`: a time alone before the
        // comma, with `just` or `only` before it.)
        let time_from = match tokens.get(after).map(|t| self.word(*t)) {
            Some("just" | "only") => after + 1,
            _ => after,
        };
        let after = (time_from + 1..end.min(time_from + 4))
            .find(|&k| self.word(tokens[k]) == ",")
            .filter(|&comma| self.time_only(tokens, time_from, comma))
            .unwrap_or(after);
        // (`And as Comey noted, …`, `…, but as Comey noted, …`, `…,
        // although as the polls show, …`)
        let joined = as_at > floor
            && lower_in(
                &["and", "but", "yet", "so", "although", "though"],
                self.word(tokens[as_at - 1]),
            )
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
    /// `Roe has long been a voice in support of the levy`, `parents kept
    /// their children home in protest of the tests`: a phrase of stance at
    /// token `c` (`in support of`, `in favor of`, `in defense of`, `in
    /// protest of`, `in opposition to`) with its object, taken by the
    /// subject of the clause's verb before it; `against` after `be`
    /// (`Roe is against the levy`); or attention turned to something
    /// (`drew attention to the abuses`).
    fn stance_phrase(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
        end: usize,
    ) -> Option<(Tag, Span)> {
        let word_at = |k: usize| {
            tokens
                .get(k)
                .filter(|_| k < end)
                .map_or("", |t| self.word(*t))
        };
        let word_after = |k: usize| k < end && tokens[k].is_word;
        // The cue, the verb whose subject takes the stance, and where its
        // object starts.
        let (cue, verb, from) = match self.word(tokens[c]) {
            // `Sanders is against it`, `Republicans are firmly against
            // adding rules`: opposition after `be`, its subject's (not `is
            // against the law`: illegal).
            "against" if word_after(c + 1) => {
                let illegal =
                    word_at(c + 1) == "the" && lower_in(&["law", "rules"], word_at(c + 2));
                if illegal {
                    return None;
                }
                let verb = (floor..c)
                    .rev()
                    .find(|&k| !self.is_adverb(self.word(tokens[k])))
                    .filter(|&k| lower_in(BE_FORMS, self.word(tokens[k])))?;
                (
                    whosaid_core::Cue::belief(tokens[c].span, "against"),
                    verb,
                    c + 1,
                )
            }
            // `drew attention to the abuses`, `turned their attention to
            // New York`, `pay close attention to it`: what the subject
            // points to (not `to now`, a time).
            "attention" if word_at(c + 1) == "to" && word_after(c + 2) => {
                let from = c + 2;
                let to = words_end(tokens, from, self.object_end(tokens, from, end));
                if to == from + 1 && lower_in(&["now", "then"], self.word(tokens[from])) {
                    return None;
                }
                let verb = (c.saturating_sub(MAX_ATTENTION_MODIFIERS + 1).max(floor)..c)
                    .rev()
                    .find(|&k| lower_in(ATTENTION_VERBS, self.word(tokens[k])))
                    .filter(|&k| tokens[k + 1..c].iter().all(|t| t.is_word))?;
                let span = Span::new(tokens[c].span.start, tokens[c + 1].span.end);
                (whosaid_core::Cue::belief(span, "attention to"), verb, from)
            }
            // `in support of`, `in favor of`: taken by the subject of the
            // clause's nearest finite verb before, not past a comma.
            word if word.eq_ignore_ascii_case("in") && word_after(c + 3) => {
                let lemma = match (word_at(c + 1), word_at(c + 2)) {
                    ("support", "of") => "in support of",
                    ("favor" | "favour", "of") => "in favor of",
                    ("defense" | "defence", "of") => "in defense of",
                    ("protest", "of") => "in protest of",
                    ("opposition", "to") => "in opposition to",
                    _ => return None,
                };
                let verb = (floor.max(c.saturating_sub(MAX_STANCE_PHRASE_REACH))..c)
                    .rev()
                    .take_while(|&k| !matches!(self.word(tokens[k]), "," | ";" | ":"))
                    .find(|&k| {
                        let word = self.word(tokens[k]);
                        !is_capitalised_word(word) && is_finite(word)
                    })?;
                let span = Span::new(tokens[c].span.start, tokens[c + 2].span.end);
                (whosaid_core::Cue::belief(span, lemma), verb, c + 3)
            }
            // `had an unfavorable opinion of him`, `hold a positive view
            // of Roe`: an opinion held, judged by its adjective.
            "opinion" | "opinions" | "view" | "views" | "impression" | "impressions"
                if word_at(c + 1) == "of" && word_after(c + 2) =>
            {
                let adjective = c
                    .checked_sub(1)
                    .filter(|&k| k > floor && lower_in(OPINION_JUDGEMENTS, self.word(tokens[k])))?;
                let verb = (adjective.saturating_sub(4).max(floor)..adjective)
                    .rev()
                    .take_while(|&k| {
                        let word = self.word(tokens[k]);
                        lower_in(HOLDING_VERBS, word)
                            || lower_in(&["a", "an"], word)
                            || self.is_adverb(word)
                            || lower_in(JUDGEMENT_DEGREES, word)
                    })
                    .find(|&k| lower_in(HOLDING_VERBS, self.word(tokens[k])))?;
                (
                    whosaid_core::Cue::belief(tokens[c].span, "opinion"),
                    verb,
                    c + 2,
                )
            }
            // `delivered a blistering critique of the plan`, `launched an
            // attack against Roe`, `took a firm stance against it`: a
            // stance named by a noun, delivered or taken by the subject of
            // the verb before it.
            word => {
                let &(lemma, prepositions) = DELIVERED_STANCES
                    .iter()
                    .find(|(noun, _)| word.eq_ignore_ascii_case(noun))?;
                if !lower_in(prepositions, word_at(c + 1)) || !word_after(c + 2) {
                    return None;
                }
                let determiner = (c.saturating_sub(MAX_ATTENTION_MODIFIERS + 1).max(floor)..c)
                    .rev()
                    .find(|&k| lower_in(STANCE_DETERMINERS, self.word(tokens[k])))
                    .filter(|&k| tokens[k + 1..c].iter().all(|t| t.is_word))?;
                let verb = determiner
                    .checked_sub(1)
                    .filter(|&k| k >= floor && lower_in(DELIVERING_VERBS, self.word(tokens[k])))?;
                (
                    whosaid_core::Cue::speech(tokens[c].span, lemma),
                    verb,
                    c + 2,
                )
            }
        };
        // (Stances in phrases are beliefs, left out with them; a stance
        // delivered is speech.)
        if cue.kind == CueKind::Belief && !self.options.beliefs {
            return None;
        }
        let subject = self.subject_before(tokens, verb, floor)?;
        self.object_report(tokens, cue, subject, from, end)
    }

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
                        "when", "whenever", "after", "once", "if", "as", "while", "before", "and",
                        "but",
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
        // `Park was asked to release the transcripts`: a request in the
        // passive, its content the infinitive.
        let request = first == "to";
        if !(QUESTION_WORDS.contains(first) || first == "about" || request || question_noun) {
            return None;
        }
        // (`was asked about it and said …`: the question ends where the
        // answer's tag starts.)
        // Opening its sentence, the question ends at its comma (`Asked
        // whether …, Park said …`); after its subject, it may run over
        // asides (`Roe was asked whether the minister, Jo Park, could …`).
        // (`Asked whether Roe, who has called it a hoax, could win, Park
        // …`: over a relative clause set off by commas.)
        let comma = match passive || self.joined_in_lower_case(tokens, floor, c) {
            true => end,
            false => {
                let mut comma = (k..end).find(|&j| self.word(tokens[j]) == ",");
                while let Some(open) = comma.filter(|&j| {
                    tokens.get(j + 1).is_some_and(|t| {
                        let word = self.word(*t);
                        lower_in(PERSON_RELATIVES, word) || word.eq_ignore_ascii_case("which")
                    })
                }) {
                    // (Only inside the question, before another comma:
                    // `Asked about the plan, which …` ends at the first.)
                    let close = (open + 2..end).find(|&j| self.word(tokens[j]) == ",");
                    match close
                        .and_then(|close| (close + 1..end).find(|&j| self.word(tokens[j]) == ","))
                    {
                        Some(next) => comma = Some(next),
                        None => break,
                    }
                }
                comma.unwrap_or(end)
            }
        };
        let comma = self.next_tag_start(tokens, k, comma, None).unwrap_or(comma);
        // (A quotation closing after the comma closes in the question:
        // `Asked whether Roe “has integrity,” most said yes`.)
        let content_end = match self.closing_mark_at(tokens, comma + 1) {
            true => comma + 2,
            false => comma,
        };
        // `When asked why, …`: the question word alone.
        let content = self.content(tokens, k, content_end).or_else(|| {
            let alone = lower_in(&["why", "how", "what", "when", "where"], first);
            (comma == k + 1 && alone).then_some(tokens[k].span)
        })?;
        Some((cue, asker, content))
    }

    /// Whether `and` or `but` in lower case joins the verb at `c` to a
    /// clause before it (`Park noted … and asked`; `And asked why, …`
    /// opens a sentence).
    fn joined_in_lower_case(&self, tokens: &[Token], floor: usize, c: usize) -> bool {
        c > floor && matches!(self.word(tokens[c - 1]), "and" | "but")
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
        // `Iowa: Jo Park, Al Roe, Bo Lee …`, `Contributing: …`: a list of
        // three names or more after a label says nothing.
        let joints = tokens[colon + 1..end]
            .iter()
            .filter(|t| matches!(self.word(**t), "," | "and"))
            .count();
        let names_only = tokens[colon + 1..end].iter().all(|t| {
            let word = self.word(*t);
            match t.is_word {
                true => is_capitalised_word(word) || word == "and",
                false => matches!(word, "," | "." | "-"),
            }
        });
        if joints >= 2 && names_only {
            return None;
        }
        let mention = Span::new(words[0].span.start, words[words.len() - 1].span.end);
        let cue = whosaid_core::Cue::speech(tokens[colon].span, ":");
        let name_words = word_spans(words);
        let tag = Tag::new(cue, mention, name_words, (floor, colon + 1));
        Some((tag, self.content(tokens, colon + 1, end)?))
    }

    /// Whether one or two adverbs between a comma or a dash and token `c`,
    /// within `floor..`, stand before a participle: `…, even suggesting
    /// …`, `… – essentially conceding …`.
    fn adverbs_after_comma(&self, tokens: &[Token], floor: usize, c: usize) -> bool {
        self.words_before_adverbs(tokens, floor, c)
            .is_some_and(|k| {
                let word = self.word(tokens[k]);
                matches!(word, "," | "-") || is_dash(word)
            })
    }

    /// The token before one or two adverbs right before token `c`, within
    /// `floor..` (`,` in `…, also noting`, `while` in `while also
    /// saying`).
    pub(in crate::attribution) fn words_before_adverbs(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
    ) -> Option<usize> {
        (1..=2)
            .filter(|&n| c > floor + n)
            .find(|&n| {
                tokens[c - n..c].iter().all(|t| {
                    let word = self.word(*t);
                    lower_in(
                        &["even", "also", "again", "then", "still", "just", "once"],
                        word,
                    ) || (word.ends_with("ly") && self.is_adverb(word))
                }) && !self.is_adverb(self.word(tokens[c - n - 1]))
            })
            .map(|n| c - n - 1)
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
        // (`and are calling`: a progressive is joined before its `be`;
        // `and continued to defend`: an infinitive before its verb of
        // continuing or trying.)
        let verb_start = self
            .progressive_auxiliary(tokens, 0, c)
            .or_else(|| {
                (c >= 2 && self.word(tokens[c - 1]) == "to")
                    .then(|| self.catenative_before(tokens, c - 1))
                    .flatten()
            })
            .unwrap_or(c);
        // (`…, going on to say …`: a participle taking the infinitive
        // joins as the participle would.)
        let catenative_participle = self
            .catenative_participle_before(tokens, c)
            .filter(|&start| start == verb_start && start > 0);
        let participle = self.participle_cue(tokens, c) || catenative_participle.is_some();
        let lead = catenative_participle.unwrap_or(c);
        // `…, saying`, `… - saying`, or `…,” saying` after a quotation.
        let set_off = lead > 0
            && (matches!(self.word(tokens[lead - 1]), "," | "-")
                || is_dash(self.word(tokens[lead - 1]))
                || (lead > 1
                    && matches!(self.word(tokens[lead - 1]), "”" | "\"" | "’" | "'")
                    && self.word(tokens[lead - 2]) == ","));
        // `lit into the women who accused him, vowing …`: a participle
        // after a relative clause's comma is the sentence's, not the
        // relative pronoun's.
        let after_relative = participle
            && self.word(tokens[lead - 1]) == ","
            && lower_in(
                &["who", "which", "that"],
                &self.text[previous.mention.start..previous.mention.end],
            );
        let (mention, name_words) = match after_relative {
            true => self.clause_subject(tokens, 0, c)?,
            false => (previous.mention, previous.name_words.clone()),
        };
        // `…, while (also) saying`, `…, before adding`: a participle after a
        // conjunction of time.
        let timed = participle && self.after_time_conjunction(tokens, 0, c);
        // `praised the nurses before explaining …`: a participle after a
        // preposition, with no comma.
        let means = participle && c > 0 && lower_in(MEANS_PREPOSITIONS, self.word(tokens[c - 1]));
        // `joked about A, opposed B and …`: a series of past verbs.
        let series = set_off
            && self.text[previous.cue.span.start..previous.cue.span.end]
                .split(' ')
                .next()
                .is_some_and(|before| same_finite_form(before, word))
            && tokens.get(c + 1).is_some_and(|t| self.word(*t) != "by");
        let joined = c > 0
            && (self.conjunction_before(tokens, 0, verb_start).is_some()
                || (participle && (set_off || self.adverbs_after_comma(tokens, 0, c)))
                || series
                || timed
                || means);
        if !joined {
            return None;
        }
        let (start, addressee) = self.reported_start(tokens, &cue.lemma, after, end)?;
        let content_end = self.next_tag_start(tokens, start, end, None).unwrap_or(end);
        // (`…, citing health reasons`: a short object of a stance; `… and
        // called them absurd`: a short name given.)
        let content = self
            .content(tokens, start, content_end)
            .or_else(|| self.short_object(tokens, &cue.lemma, start, content_end))
            .or_else(|| self.short_naming(tokens, &cue.lemma, start, content_end))?;
        let tag = Tag {
            cue,
            mention,
            name_words,
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
        // `…, Roe said during his campaign speech to be a delegate.`: a
        // longer phrase of circumstance closing the sentence, with no
        // clause of its own.
        let long_phrase = end - after <= MAX_CIRCUMSTANCE_TAIL
            && lower_in(&["during", "in", "after", "before"], first)
            && tokens[after..end].iter().all(|t| {
                let word = self.word(*t);
                t.is_word && !is_finite(word) && !PRONOUNS.contains(word) && word != "that"
            });
        comma.or((end - after <= MAX_TAG_TAIL || long_phrase).then_some(end))
    }

    /// Whether tokens `from..to` are a title in quotation marks and the
    /// sentence's end (`“An American Son.”`).
    fn title_closes(&self, tokens: &[Token], from: usize, to: usize) -> bool {
        let mark = |k: usize| {
            matches!(
                self.word(tokens[k]),
                "“" | "”" | "\"" | "''" | "'" | "‘" | "’"
            )
        };
        from + 2 < to
            && mark(from)
            && tokens[from + 1..to].iter().enumerate().all(|(i, t)| {
                t.is_word
                    || mark(from + 1 + i)
                    || matches!(self.word(*t), "." | "!" | "?" | ":" | ",")
            })
    }

    /// Whether tokens `from..to` hold a subordinate clause and no main
    /// clause, whose main clause is then the tag's after them (`But even
    /// after growth cooled, the borrowing continued`, `On Tuesday, as
    /// shares fell, Park wrote to investors`): a conjunction opens their
    /// last part set off by commas, with one verb, and only a phrase
    /// comes before it.
    fn subordinate_only(&self, tokens: &[Token], from: usize, to: usize) -> bool {
        let part = (from..to)
            .rev()
            .find(|&k| self.word(tokens[k]) == ",")
            .map_or(from, |comma| comma + 1);
        let opener = (part..to)
            .find(|&k| !lower_in(&["but", "and", "yet", "even"], self.word(tokens[k])))
            .unwrap_or(to);
        // (`After Park took office he made changes`: a second verb group
        // is the main clause's.)
        let verb_groups = (opener + 1..to)
            .filter(|&k| is_finite(self.word(tokens[k])) && !is_finite(self.word(tokens[k - 1])))
            .count();
        opener < to
            && (lower_in(SUBORDINATORS, self.word(tokens[opener]))
                || self.word(tokens[opener]).eq_ignore_ascii_case("as"))
            && verb_groups <= 1
            && (part == from || self.phrase_only(tokens, from, part - 1))
    }

    /// Whether tokens `from..to` are one prepositional phrase opening the
    /// sentence and no clause (`In an interview with the Globe`, `In a
    /// statement released Monday`): a preposition, then no comma, subject
    /// pronoun, auxiliary, or finite verb other than a participle with
    /// words after it. (Inside parentheses a phrase may be all that is
    /// said: `(at one point 19%, Roe says)`.)
    fn phrase_only(&self, tokens: &[Token], from: usize, to: usize) -> bool {
        from < to
            && is_capitalised_word(self.word(tokens[from]))
            && (MENTION_ENDING_PREPOSITIONS.contains(self.word(tokens[from]))
                || lower_in(OPENING_PREPOSITIONS, self.word(tokens[from])))
            && !lower_in(&["since", "to"], self.word(tokens[from]))
            && (from + 1..to).all(|k| {
                let word = self.word(tokens[k]);
                let participle = is_past(word) && k + 1 < to;
                word != ","
                    && !PRONOUNS.contains(word)
                    && !FINITE_AUXILIARIES.contains(word)
                    && !lower_in(BE_FORMS, word)
                    && (participle || is_capitalised_word(word) || !is_finite(word))
            })
    }

    /// Whether tokens `from..to` are one participle phrase opening the
    /// sentence and no clause (`Speaking to voters`, `Weighing in on the
    /// debate`): a participle in `-ing` and a preposition after it, then no
    /// comma or finite verb.
    fn participle_phrase_only(&self, tokens: &[Token], from: usize, to: usize) -> bool {
        let participle = self.word(tokens[from]);
        from + 1 < to
            && is_capitalised_word(participle)
            && participle.len() > 5
            && participle.ends_with("ing")
            && PARTICIPLE_PREPOSITIONS.contains(self.word(tokens[from + 1]))
            && (from + 1..to).all(|k| {
                let word = self.word(tokens[k]);
                word != "," && !is_finite(word) && !lower_in(BE_FORMS, word)
            })
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
            // (`are all calling for`, `were both urging`: a floating
            // quantifier too.)
            let adverb = lower_in(
                &[
                    "not", "now", "still", "already", "even", "just", "all", "both",
                ],
                word,
            ) || (self.is_adverb(word)
                && !FINITE_AUXILIARIES.contains(word)
                && !lower_in(BE_FORMS, word));
            if !(adverb && k > floor) {
                break;
            }
            k -= 1;
        }
        // `spent Monday attacking Roe`, `spent much of the campaign
        // railing against …`: what the time went on; the subject of
        // `spend` speaks.
        let spent = (k.saturating_sub(MAX_SPENT_TIME_TOKENS).max(floor)..=k)
            .rev()
            .find(|&j| lower_in(SPEND_FORMS, self.word(tokens[j])))
            .filter(|&j| j < k && tokens[j + 1..c].iter().all(|t| t.is_word));
        if spent.is_some() {
            return spent;
        }
        // `have taken to saying`, `has taken to urging`: a new habit;
        // `pivoted to arguing`: a new subject.
        if k > floor
            && self.word(tokens[k]) == "to"
            && lower_in(HABIT_VERBS, self.word(tokens[k - 1]))
        {
            return Some(k - 1);
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

    /// `According to Jo Park, a professor at Salem, CLAUSE`, `…, who
    /// studied it, CLAUSE`: the comma closing an appositive or a relative
    /// clause on a source that ends at the comma at token `comma`, before
    /// `to`, when one follows it.
    fn source_aside_end(&self, tokens: &[Token], comma: usize, to: usize) -> Option<usize> {
        let next = (comma + 1..to.min(comma + 1 + MAX_ASIDE_TOKENS))
            .find(|&k| self.word(tokens[k]) == ",")?;
        let opener = self.word(tokens[comma + 1]);
        let words = &tokens[comma + 1..next];
        let verbless = words.iter().all(|t| {
            let word = self.word(*t);
            t.is_word && !is_verb(word) && !lower_in(BE_FORMS, word)
        });
        // (A role, not the clause's subject with an appositive of its
        // own: `According to Park, the plan, a costly one, failed`.)
        let role = words.iter().any(|t| is_speaker_head(self.word(*t)));
        let aside = (lower_in(&["a", "an", "the"], opener) && verbless && role)
            || lower_in(&["who", "whose"], opener);
        // (The clause goes on with its subject, not a verb.)
        let clause_after = tokens.get(next + 1).is_some_and(|t| {
            let word = self.word(*t);
            t.is_word && (is_capitalised_word(word) || !is_finite(word))
        });
        (aside && clause_after).then_some(next)
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
        // (`Most voters in Salem, who …, backed it`: the people, not the
        // place.)
        let start = self.people_before_place(tokens, start, 0).unwrap_or(start);
        let reports = (opening + 2..closing).any(|k| self.speech_cue(tokens, k).is_some());
        let end = if reports { opening } else { closing };
        let mention = Span::new(tokens[start].span.start, tokens[end - 1].span.end);
        Some((mention, word_spans(&tokens[start..opening])))
    }

    /// `People who know him say …`, `Officials who spoke on condition of
    /// anonymity said …`: the subject of the cue at `c` right after a
    /// relative clause with a verb of its own, not set off by commas, is
    /// the clause's antecedent. The mention keeps the clause, which says
    /// who they are; the antecedent names them.
    pub(in crate::attribution) fn antecedent_of_restrictive_relative(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
    ) -> Option<(Span, Vec<Span>)> {
        if self.participle_cue(tokens, c) {
            return None;
        }
        // (`Voters who back Roe, a Democrat, say`: past an appositive
        // closing the clause.)
        let scan_end = self.appositive_before(tokens, floor, c).unwrap_or(c);
        let who = (floor.max(scan_end.saturating_sub(MAX_RESTRICTIVE_RELATIVE_TOKENS))..scan_end)
            .rev()
            .take_while(|&k| tokens[k].is_word)
            .find(|&k| self.word(tokens[k]).eq_ignore_ascii_case("who"))
            .filter(|&who| who > floor && who + 3 <= c && tokens[who - 1].is_word)?;
        // The clause's verb, after its auxiliaries and adverbs (`who have
        // long studied`); a word of its own must follow it before the cue
        // (not `who has long backed …`, where the cue is the clause's).
        let before_verb = |word: &str| {
            FINITE_AUXILIARIES.contains(word)
                || word.ends_with("ly")
                || lower_in(
                    &[
                        "not", "never", "also", "first", "once", "still", "now", "then",
                    ],
                    word,
                )
        };
        let verb_at = (who + 1..c).find(|&k| !before_verb(self.word(tokens[k])))?;
        // (The cue's own auxiliaries, and adverbs after them, are no part
        // of the clause: `Voters who back Roe have long said`.)
        let mut lead = c;
        while lead > verb_at + 1
            && (FINITE_AUXILIARIES.contains(self.word(tokens[lead - 1]))
                || self.is_adverb(self.word(tokens[lead - 1])))
        {
            lead -= 1;
        }
        let lead = (lead..c)
            .find(|&k| FINITE_AUXILIARIES.contains(self.word(tokens[k])))
            .unwrap_or(c);
        if verb_at + 1 >= lead {
            return None;
        }
        // (`the man who he said was …`: a subject of its own; `who let them
        // think all women welcome …`: a clause inside the relative clause,
        // with a cue of its own, has its own subject; so has a clause of
        // time or reason, `who gained attention when he yelled …`.)
        let inner_clause = (verb_at + 1..lead).any(|k| {
            let word = self.word(tokens[k]);
            // (Not a noun after its determiner: `studied the plan`.)
            let inner_cue = cue_lemma(word).is_some()
                && !DETERMINERS.contains(self.word(tokens[k - 1]))
                && !is_possessive(self.word(tokens[k - 1]));
            inner_cue || lower_in(SUBORDINATORS, word) || lower_in(SUBJECT_PRONOUNS, word)
        });
        // (`the man who said …`: a clause-taking cue is the clause's own
        // verb; a stance on an object may be, `Voters who backed Trump
        // said …`, and so may a name given, `Voters who call it a trap
        // said …`.)
        let clause_cue = self.speech_cue(tokens, verb_at).is_some_and(|(cue, _, _)| {
            !STANCE_OBJECTS.contains(&cue.lemma) && !NAMING_LEMMAS.contains(&cue.lemma.as_ref())
        });
        // (`who made enemies and (has) bragged`: a second verb of the
        // clause.)
        let second_verb = lower_in(&["to", "and", "or", "but"], self.word(tokens[lead - 1]));
        if PRONOUNS.contains(self.word(tokens[verb_at]))
            || inner_clause
            || clause_cue
            || second_verb
        {
            return None;
        }
        // (`Those who …`, `Anyone who …`: a pronoun names them.)
        let pronoun = lower_in(
            &[
                "those", "anyone", "everyone", "many", "some", "others", "few",
            ],
            self.word(tokens[who - 1]),
        );
        let start = match pronoun {
            true => who - 1,
            false => self.noun_phrase_start(tokens, who, floor)?,
        };
        // (`Democrats in Iowa who …`: the people, not the place.)
        let start = self
            .people_before_place(tokens, start, floor)
            .unwrap_or(start);
        // (Not a relative clause inside an appositive: `Jo Park, a pollster
        // who works for Acme, a bank, said`.)
        if scan_end < c && start > floor && self.word(tokens[start - 1]) == "," {
            return None;
        }
        let last = match self.word(tokens[lead - 1]) {
            "," => lead - 2,
            _ => lead - 1,
        };
        let mention = Span::new(tokens[start].span.start, tokens[last].span.end);
        Some((mention, word_spans(&tokens[start..who])))
    }

    /// The comma opening an appositive that a comma right before token
    /// `c` closes, after a name (`Roe, a Democrat,`), past token `floor`.
    fn appositive_before(&self, tokens: &[Token], floor: usize, c: usize) -> Option<usize> {
        let closing = c.checked_sub(1).filter(|&k| self.word(tokens[k]) == ",")?;
        let opening = (closing.saturating_sub(MAX_APPOSITIVE_TOKENS).max(floor + 1)..closing)
            .rev()
            .find(|&k| !tokens[k].is_word)
            .filter(|&k| self.word(tokens[k]) == ",")?;
        let described = opening + 2 < closing
            && DETERMINERS.contains(self.word(tokens[opening + 1]))
            && is_capitalised_word(self.word(tokens[opening - 1]));
        described.then_some(opening)
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

    /// Whether `that` at token `at` opens a clause, not a relative one
    /// (`remarks that were …`: a noun and its relative clause).
    fn that_clause_at(&self, tokens: &[Token], at: usize) -> bool {
        tokens.get(at).is_some_and(|t| self.word(*t) == "that")
            && tokens.get(at + 1).is_some_and(|t| {
                let word = self.word(*t);
                t.is_word && !FINITE_AUXILIARIES.contains(word) && !is_past(word)
            })
    }

    /// Where the next speech tag of the sentence begins inside reported
    /// content: `… and said`, `…, though Mrs. Roe said`. `outer` is the
    /// form of the cue whose content this is, if any: a verb joined by
    /// `and` in another tense continues the content (`Police say he
    /// posed a threat and refused to drop the gun`, `arguing that it
    /// showed intent and indicated …`), unless it takes a clause with
    /// `that` (`say it is early but noted that …`).
    pub(super) fn next_tag_start(
        &self,
        tokens: &[Token],
        from: usize,
        end: usize,
        outer: Option<&str>,
    ) -> Option<usize> {
        // (Searched as far as a content runs at most.)
        let end = end.min(from + MAX_CONTENT_TOKENS);
        // `said that if Iran were a stock, he would advise buying it`: a
        // condition opening the content is followed by its main clause.
        let condition_at = match tokens.get(from).map(|t| self.word(*t)) {
            Some("that") => from + 1,
            _ => from,
        };
        let opens_with_condition = tokens.get(condition_at).is_some_and(|t| {
            lower_in(
                &[
                    "if", "unless", "once", "although", "though", "because", "when", "while",
                ],
                self.word(*t),
            )
        });
        // (A verb of speech reporting a clause, not an object: `said the
        // mayor and her aides …`, not `praised the mayor and …`.)
        let clause_cue = outer.and_then(cue_lemma).is_some_and(|(lemma, kind)| {
            kind == CueKind::Speech && !STANCE_OBJECTS.contains(lemma)
        });
        let tag_start_at = |c: usize| {
            let (cue, after, according_to) = match self.speech_cue(tokens, c) {
                Some(found) => found,
                // `…, though critics consider it …`: a belief with a
                // subject of its own after a conjunction of contrast ends
                // the content as well.
                None => {
                    // (A belief in the lexicon with a conjunction of
                    // contrast a subject's length before it, first: they
                    // rule out nearly every word at once.)
                    let (_, kind) = cue_lemma(self.word(tokens[c]))?;
                    let near_contrast = kind == CueKind::Belief
                        && (c.saturating_sub(MAX_SUBJECT_TOKENS).max(from + 1)..c)
                            .any(|k| lower_in(CONTRASTS, self.word(tokens[k])));
                    if !near_contrast {
                        return None;
                    }
                    let found = self.any_cue(tokens, c)?;
                    let (mention, _) = self.subject_before(tokens, c, from)?;
                    let subject = tokens.partition_point(|t| t.span.start < mention.start);
                    // (Not a share in a poll's findings: `…, while 23
                    // percent favored Cruz`.)
                    let share = is_number(self.word(tokens[subject]));
                    let contrast = subject > from + 1
                        && !share
                        && lower_in(CONTRASTS, self.word(tokens[subject - 1]));
                    if !contrast {
                        return None;
                    }
                    found
                }
            };
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
                // `…, also noting …`, `… while also promising …`: adverbs
                // before it.
                let (c, before) = match self.words_before_adverbs(tokens, from, c) {
                    Some(k) => (k + 1, self.word(tokens[k])),
                    None => (c, before),
                };
                // `…, noting her comments`: a participle after a comma, or
                // joined to another (`acknowledging … but warning that`,
                // `… while promising to`).
                // (Not a clause of time opening the content, its main
                // clause after it: `said that after praising Roe, the
                // board …`.)
                let opens_content = c - 1 <= condition_at;
                let timed = lower_in(&["while", "before", "after"], before);
                // (Nor one set off after the content's subject, its verb
                // after it: `said that the driver, after praising Roe,
                // left`.)
                let subject_aside = timed
                    && c >= condition_at + 3
                    && self.word(tokens[c - 2]) == ","
                    && !tokens[condition_at..c - 2].iter().any(|t| {
                        let word = self.word(*t);
                        is_finite(word) && !is_capitalised_word(word)
                    })
                    && self.aside_verb_after(tokens, c, end).is_some();
                if subject_aside {
                    return None;
                }
                let joined =
                    (timed || lower_in(&["but", "and"], before)) && c >= from + 2 && !opens_content;
                // `…, with Roe arguing that …`: a participle with its own
                // subject after `with`.
                let absolute = self
                    .absolute_subject(tokens, from, c)
                    .map(|(with, _)| with)
                    .filter(|&with| with > from + 1 && self.word(tokens[with - 1]) == ",");
                if let Some(with) = absolute {
                    return Some(with - 1);
                }
                // (`… - noting that …`: a dash sets it off as well.)
                let set_off = before == "," || before == "-" || is_dash(before);
                return (set_off || joined).then_some(c - 1);
            }
            if let Some(conjunction) = self.conjunction_before(tokens, from, c) {
                // `… and has repeatedly described it as …`
                let inner = outer.is_some_and(|outer| !tense_agrees(outer, self.word(tokens[c])))
                    && !self.that_clause_at(tokens, after);
                return (!inner).then_some(conjunction);
            }
            let Some((mention, _)) = self.subject_before(tokens, c, from) else {
                return main_verb.then_some(c - 1);
            };
            let subject = tokens.partition_point(|t| t.span.start < mention.start);
            // (Not a tag closing the sentence: `…, Obama said.`)
            // (Nor is a verb with no clause of its own a tag: `said that
            // when Roe announced it, the council balked.`)
            let closing_tag = !tokens.get(after).is_some_and(|t| t.is_word)
                && !STANCE_OBJECTS.contains(&cue.lemma)
                && !takes_prepositional_object(&cue.lemma);
            let main_clause_of_condition = opens_with_condition
                && !closing_tag
                && subject > condition_at + 2
                && self.word(tokens[subject - 1]) == ","
                && !tokens[condition_at..subject - 1]
                    .iter()
                    .any(|t| self.word(*t) == ",")
                // (Unless it reports a clause of its own: `admitted that
                // while the server was never central, he argued the probe
                // needed it`.)
                && !(cue.kind == CueKind::Speech
                    && (self.that_clause_at(tokens, after)
                        || self.clause_after_participle(tokens, after, end)));
            if main_clause_of_condition {
                return None;
            }
            // (Nor a relative clause set off inside the content, its verb
            // after it: `said that Roe, who has called it a hoax, could
            // win`.)
            // (`voters, many of whom say …, would …`: the pronoun closes
            // the subject.)
            let subject_end = tokens.partition_point(|t| t.span.start < mention.end);
            let set_off_relative = subject > from + 1
                && lower_in(RELATIVE_PRONOUNS, self.word(tokens[subject_end - 1]))
                && self.word(tokens[subject - 1]) == ","
                && self.aside_verb_after(tokens, c, end).is_some();
            if set_off_relative {
                return None;
            }
            // `… through what she calls a “war of words”`: a name given
            // with `what` is part of the content.
            if subject > from && self.names_with_what(tokens, subject, &cue.lemma) {
                return None;
            }
            // `…, compared with 64 percent who say the same`: a share of
            // respondents answering in a relative clause opens a report of
            // its own.
            if self.word(tokens[subject]).eq_ignore_ascii_case("who")
                && subject > from + 1
                && self.word(tokens[subject - 1]) != ","
                && let Some(start) = self.antecedent_start(tokens, subject, from + 1)
                && self.share_of_respondents(tokens, start, subject)
            {
                // (Opening the content, they are its subject: `said that
                // those who question it are wrong`.)
                return (start > condition_at).then_some(start);
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
            let joint_before = |subject: usize| {
                subject.checked_sub(1).filter(|&k| {
                    k > from
                        && lower_in(
                            &[
                                ",", "and", "but", "though", "although", "while", "whereas", "as",
                                "—", "–", "-", ";", ":",
                            ],
                            self.word(tokens[k]),
                        )
                })
            };
            // (`said he and Roe agreed …`: a pronoun joined to the name is
            // the subject with it.)
            let joint = joint_before(subject).and_then(|joint| {
                match self.word(tokens[joint]) == "and"
                    && lower_in(SUBJECT_PRONOUNS, self.word(tokens[joint - 1]))
                {
                    true => joint_before(joint - 1),
                    false => Some(joint),
                }
            });
            // (`said that the mayor and her aides ruled out …`: `and`
            // after the subject alone of a reported clause, opened by
            // `that` or after a verb of speech, joins a second subject.)
            // (Not an answer: `said yes and Roe said no`.)
            let compound_subject = joint.is_some_and(|joint| {
                lower_in(&["and", "or"], self.word(tokens[joint]))
                    && (condition_at == from + 1 || clause_cue)
                    && joint > condition_at
                    && !lower_in(&["yes", "no", "so"], self.word(tokens[condition_at]))
                    && self.noun_phrase_after(tokens, condition_at, joint) == Some(joint)
            });
            // (`told reporters that in private, Roe has shown …`, `wrote
            // that the title, history and text of the law showed …`: a
            // clause opened by `that` whose verb is still to come goes on
            // past the comma.)
            let verb_still_to_come = joint.is_some_and(|joint| {
                condition_at == from + 1 && !self.may_have_verb(tokens, condition_at, joint)
            });
            match joint {
                _ if compound_subject || verb_still_to_come => None,
                Some(joint) if joint > from + 1 && self.word(tokens[joint - 1]) == "," => {
                    Some(joint - 1)
                }
                Some(joint) => Some(joint),
                // (`endorse Trump, said the family …`: the words before the
                // comma are no subject of the verb after it.)
                None => main_verb.then_some(c - 1),
            }
        };
        // (A tag after a word that cannot end the content is inside it:
        // `echoed claims that those who question it are wrong`, `a rift
        // between his fans and those who rebuked him`.)
        (from + 1..end).find_map(|c| {
            tag_start_at(c).filter(|&start| {
                !(tokens[start].is_word && lower_in(DANGLING_WORDS, self.word(tokens[start - 1])))
            })
        })
    }

    /// The `and`, `but` or `or` joining the cue at `c` to what comes
    /// before, past adverbs and auxiliaries (`and has repeatedly
    /// described`, `and then warned`, `hasn't endorsed her or conceded`),
    /// after token `from`.
    fn conjunction_before(&self, tokens: &[Token], from: usize, c: usize) -> Option<usize> {
        let mut k = c.checked_sub(1)?;
        // (`…, yet refuses to …`: `yet` after a comma joins as `but`.)
        if self.word(tokens[k]) == "yet" && k > from && self.word(tokens[k - 1]) == "," {
            return Some(k);
        }
        while k > from && k + 3 > c && self.is_adverb(self.word(tokens[k])) {
            k -= 1;
        }
        // `but in a later interview said`: a circumstance after the
        // conjunction (when none stands right before the cue).
        let conjunction = |k: usize| matches!(self.word(tokens[k]), "and" | "but" | "or");
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
        // (`…, then says …`, `… — then attacked …`: a comma or a dash and
        // `then` join it as well.)
        let comma_then = (self.word(tokens[k]) == "," || is_dash(self.word(tokens[k])))
            && tokens.get(k + 1).is_some_and(|t| self.word(*t) == "then");
        // (`and, in Republican contests, has backed`: a phrase set off
        // after the conjunction.)
        if self.word(tokens[k]) == "," && !comma_then {
            // (`and, on Monday, added`: the circumstance passed above.)
            if k > from + 1 && conjunction(k - 1) {
                return Some(k - 1);
            }
            let set_off = (k.saturating_sub(MAX_SET_OFF_PHRASE_TOKENS).max(from + 2)..k)
                .rev()
                .take_while(|&j| tokens[j].is_word || self.word(tokens[j]) == ",")
                .find(|&j| self.word(tokens[j]) == ",")
                .filter(|&j| conjunction(j - 1) && j + 1 < k);
            if let Some(opening) = set_off {
                return Some(opening - 1);
            }
        }
        (k > from && (conjunction(k) || comma_then)).then_some(k)
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
        // (`according to a new report`: the document closing the phrase
        // is its head, not a verb.)
        let name_end = match name_end + 1 == to
            && according_to
            && DOCUMENT_NOUNS.contains(self.word(tokens[name_end]))
        {
            true => to,
            false => name_end,
        };
        let mention = Span::new(
            tokens[from].span.start,
            tokens[to.max(name_end) - 1].span.end,
        );
        // (`according to a report Tuesday from X`: the day is no name.)
        let mut name_end = name_end;
        while name_end > from + 1 && WEEKDAYS.contains(self.word(tokens[name_end - 1])) {
            name_end -= 1;
        }
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
}
