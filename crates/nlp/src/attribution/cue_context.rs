//! Whether a word of the cue lexicon is a cue where it stands: a verb,
//! not a noun (`the report said`) or an idiom (`called the meeting to
//! order`), with the phrasal forms (`according to`, `ruled out`) and
//! the verbs that report only with an object (`cast X as Y`).

use super::*;
use crate::speakers::is_speaker_or_person_noun;

/// Particles that make a cue another verb right after it (`ripped off`,
/// `knocked on doors`, `showed up`), and those that do so a few words on (`knocked
/// both rivals out of the race`).
const PARTICLES_OF_OTHER_VERBS: &[(&str, &[&str], &[&str])] = &[
    (
        "rip",
        &[
            "off", "away", "out", "up", "down", "apart", "through", "open",
        ],
        &["off", "away", "apart"],
    ),
    (
        "knock",
        &[
            "on", "off", "out", "down", "over", "back", "around", "door", "doors",
        ],
        &["off", "out", "down"],
    ),
    ("hammer", &["out", "away"], &["out"]),
    // `voters will show up`
    ("show", &["up"], &[]),
];

/// Ordinal numbers in words (`the fifth state`).
const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// Words naming a kind of show before `show` (`a talk show`).
pub(super) const SHOW_KINDS: &[&str] = &[
    "talk",
    "news",
    "game",
    "radio",
    "tv",
    "television",
    "cable",
    "morning",
    "late-night",
    "reality",
    "quiz",
    "comedy",
    "road",
];

/// Cues that report only a clause opened by `that` right after them.
const THAT_ONLY_CUES: &[&str] = &["charge", "rule", "project", "determine", "forecast"];

/// Words for people holding a view, after `To` opening a sentence (`To
/// many, …`, `To critics, …`).
const VIEW_HOLDERS: &[&str] = &[
    "many",
    "some",
    "most",
    "critics",
    "supporters",
    "voters",
    "others",
    "opponents",
    "fans",
    "observers",
    "skeptics",
    "conservatives",
    "liberals",
    "progressives",
    "him",
    "her",
    "them",
    "me",
    "us",
];

/// Most words naming the one charged before `with` (`charged the former
/// police officer with murder`).
const MAX_CHARGED_TOKENS: usize = 5;

/// Cues that report only a portrayal: an object, then `as` (`cast Park as
/// a villain`, not `cast a ballot`).
const PORTRAYAL_CUES: &[&str] = &[
    "depict",
    "cast",
    "paint",
    "present",
    "introduce",
    "frame",
    "posture",
    "identify",
];

/// Nouns of legislation, whose passing is reported (`passed a bill`).
const LEGISLATION_NOUNS: &[&str] = &[
    "bill",
    "bills",
    "law",
    "laws",
    "legislation",
    "measure",
    "measures",
    "resolution",
    "resolutions",
    "referendum",
    "referendums",
    "act",
    "amendment",
    "ordinance",
];

/// Cues that report a text made public (`released a report`, `filed a
/// complaint`), only with an object right after them: not when
/// modifying a noun (`a poll released Sunday`, `the report, published in
/// May,`, `the published guidelines`).
const PUBLICATION_CUES: &[&str] = &["release", "publish", "file", "issue"];

/// Most words of a noun phrase looked through for what was issued.
const MAX_ISSUED_TEXT_TOKENS: usize = 5;

/// What is issued to be heard (`issued a formal complaint`, `issued a
/// ruling`), not a thing handed out (`issued the rules`, `issue
/// subpoenas`).
const ISSUED_TEXTS: &[&str] = &[
    "statement",
    "statements",
    "letter",
    "complaint",
    "threat",
    "threats",
    "warning",
    "warnings",
    "plan",
    "ruling",
    "report",
    "proposal",
    "proposals",
    "injunction",
    "tweet",
    "apology",
    "call",
    "appeal",
    "decision",
    "opinion",
    "veto",
    "challenge",
    "ultimatum",
    "response",
    "rebuttal",
    "denial",
    "memo",
    "paper",
    "directive",
    "proclamation",
    "declaration",
    "invitation",
    "plea",
    "demand",
    "demands",
    "request",
    "notice",
    "condemnation",
    "rebuke",
    "reprimand",
    "retraction",
    "correction",
    "clarification",
    "announcement",
    "advisory",
    "verdict",
    "judgment",
    "endorsement",
];

/// Results posted, not texts (`posted a big win`, `posted losses`).
const POSTED_RESULTS: &[&str] = &[
    "victory",
    "victories",
    "win",
    "wins",
    "gain",
    "gains",
    "loss",
    "losses",
    "record",
    "lead",
    "profit",
    "profits",
    "surplus",
    "deficit",
    "growth",
    "decline",
    "increase",
    "bail",
    "bond",
    "score",
    "time",
    "total",
    "numbers",
    "showing",
    "finish",
    "margin",
];

/// Most tokens after a publication cue looked through for a report inside
/// its object.
const MAX_PUBLISHED_CLAUSE_TOKENS: usize = 40;

/// Most words of the object between a portrayal's verb and its `as`.
const MAX_PORTRAYED_WORDS: usize = 8;

/// Nouns that are plural without an -s (`the police say`).
const PLURALS_WITHOUT_S: &[&str] = &[
    "police", "people", "media", "staff", "public", "crew", "clergy", "rest", "other", "men",
    "women", "children", "faithful", "poor", "rich", "young", "elderly",
];

/// Words that are subjects on their own, with no determiner (`who
/// claims`, `most claim`, `one notes`).
const BARE_SUBJECTS: &[&str] = &[
    "who",
    "that",
    "which",
    "what",
    "all",
    "both",
    "most",
    "many",
    "some",
    "few",
    "several",
    "more",
    "each",
    "none",
    "one",
    "another",
    "either",
    "neither",
    "everyone",
    "someone",
    "anyone",
    "nobody",
    "everybody",
    "somebody",
    "anybody",
];

/// How many bare singular words before a cue form are looked through
/// (`in animated off-the-cuff remarks`).
const MAX_BARE_MODIFIERS: usize = 3;

/// Words before which a noun phrase opens: prepositions, conjunctions
/// and the comma.
const PHRASE_OPENERS: &[&str] = &[
    ",", "and", "or", "as", "of", "about", "for", "with", "on", "in", "at", "from", "by", "over",
    "into", "against", "despite", "after", "before", "amid", "among", "to",
];

/// Cues of talk, outside [`NOUN_LIKE_CUES`], that are as often nouns
/// (`emotional stress`, `loud chants`).
const NOUN_LIKE_TALK: &[&str] = &[
    "stress", "rant", "rants", "chant", "chants", "whisper", "whispers",
];

/// Nouns of a share after `a`, which take a plural verb (`a third say`).
const SHARE_NOUNS: &[&str] = &[
    "third",
    "quarter",
    "half",
    "fifth",
    "majority",
    "minority",
    "plurality",
    "number",
    "few",
    "lot",
    "dozen",
];

word_sets! {
    /// Verbs whose object a cue form after them is (`make jokes`, `made
    /// remarks`, `gave answers`).
    LIGHT_VERBS = [
    "make", "makes", "made", "making", "give", "gives", "gave", "giving", "issue", "issues",
    "issued", "issuing",
];
}

word_sets! {
    /// Words before `the` and a noun inside a subject's phrase or a
    /// question, where a base form after the noun is the clause's verb
    /// (`Notes on the talks describe`, `Did the inquiry find`).
    SUBJECT_PHRASE_WORDS = [
    "of", "on", "in", "at", "around", "across", "from", "with", "for", "about", "by", "to",
    "into", "over", "under", "near", "throughout", "within", "among", "and", "or", "do", "does",
    "did",
];
}

word_sets! {
    /// Participles that name what comes next (`a film called “…”`).
    NAMING_PARTICIPLES = ["called", "dubbed", "titled", "named", "nicknamed", "termed", "labeled"];
}

/// Forms of `talk` and `speak` that take the person addressed before
/// their topic (`spoke to CNN about`).
const TALK_FORMS: &[&str] = &[
    "talk", "talks", "talked", "talking", "speak", "speaks", "spoke", "spoken",
];

/// Most tokens from `who` back from a verb agreeing with the relative
/// clause's antecedent (`People who studied the plan say`).
const MAX_RELATIVE_SUBJECT_TOKENS: usize = 10;

/// Words that may open the adverbials between `talk` or `speak` and
/// `about` (`talked openly on Twitter about`, `spoke out before about`).
const TALK_ADVERBIAL_OPENERS: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "out",
    "publicly",
    "openly",
    "privately",
    "before",
    "this",
    "last",
];

/// Most tokens between `talk` or `speak` and `about` (`spoke to Breitbart
/// News on Sirius XM about`).
const MAX_TALK_ADVERBIAL_TOKENS: usize = 12;

impl Attributor<'_> {
    /// A speech cue at token `k`: the cue, the index after it, and whether it
    /// is `according to`.
    pub(super) fn speech_cue(&self, tokens: &[Token], k: usize) -> Option<(Cue, usize, bool)> {
        let token = *tokens.get(k)?;
        if !token.is_word {
            return None;
        }
        self.speech_cue_of(tokens, k, cue_lemma(self.word(token)))
    }

    /// Where the particle stands after the person addressed by `talk` or
    /// `speak`, the `word` at token `k` (`spoke to CNN about`, `talks with
    /// voters about`, `spoke at length about`), when one does.
    fn after_addressee_of_talk(&self, tokens: &[Token], k: usize, word: &str) -> Option<usize> {
        // (Called for nearly every word: the first letter rules out most
        // at once.)
        if !matches!(word.as_bytes().first(), Some(b't' | b's' | b'T' | b'S'))
            || !lower_in(TALK_FORMS, word)
        {
            return None;
        }
        let word_at = |j: usize| tokens.get(j).map_or("", |t| self.word(*t));
        let addressed = matches!(word_at(k + 1), "to" | "with");
        let at_length = word_at(k + 1) == "at" && word_at(k + 2) == "length";
        let adverbial =
            lower_in(TALK_ADVERBIAL_OPENERS, word_at(k + 1)) || word_at(k + 1).ends_with("ly");
        if !(addressed || at_length || adverbial) {
            return None;
        }
        if at_length {
            return Some(k + 3);
        }
        let addressee_end = addressed
            .then(|| self.noun_phrase_after(tokens, k + 2, tokens.len()))
            .flatten();
        if let Some(name_end) = addressee_end.filter(|&end| word_at(end) == "of") {
            return Some(name_end);
        }
        // `talked openly on social media about`, `spoke out before about`,
        // `spoke to CNN on Sunday about`: a few words of manner, place or
        // time, with no punctuation, clause or verb of their own.
        (k + 1..(k + 1 + MAX_TALK_ADVERBIAL_TOKENS).min(tokens.len()))
            .take_while(|&j| {
                let word = word_at(j);
                tokens[j].is_word
                    && !lower_in(
                        &["that", "who", "which", "and", "but", "because", "if"],
                        word,
                    )
                    && (word == "about" || cue_lemma(word).is_none())
            })
            .find(|&j| word_at(j) == "about")
    }

    /// Whether a short object, then `as`, starts at token `from`:
    /// `Park as a villain`, `the state’s new plan as a trap`. (Not `cast
    /// their votes as …`, a vote cast; nor `presents a chance as he
    /// seeks …`, where `as` opens a clause.)
    fn object_then_as(&self, tokens: &[Token], from: usize) -> bool {
        let as_at = (from..tokens.len().min(from + MAX_PORTRAYED_WORDS + 1))
            .take_while(|&k| tokens[k].is_word || matches!(self.word(tokens[k]), "’" | "'" | "-"))
            .find(|&k| self.word(tokens[k]) == "as");
        let Some(as_at) = as_at.filter(|&k| k > from) else {
            return false;
        };
        let vote = tokens[from..as_at]
            .iter()
            .any(|t| lower_in(&["vote", "votes", "ballot", "ballots"], self.word(*t)));
        let clause = tokens
            .get(as_at + 1)
            .is_some_and(|t| PRONOUNS.contains(self.word(*t)) && self.word(*t) != "it");
        !vote && !clause
    }

    /// Whether a comparison's object starts at token `from`, followed by
    /// `to` within a few words of its own (`Trump to a coach`).
    fn object_then_to(&self, tokens: &[Token], from: usize) -> bool {
        (from..tokens.len().min(from + MAX_PORTRAYED_WORDS + 1))
            .take_while(|&k| tokens[k].is_word || matches!(self.word(tokens[k]), "’" | "'" | "-"))
            .find(|&k| self.word(tokens[k]) == "to")
            .is_some_and(|to| to > from && !lower_in(&["with", "by"], self.word(tokens[from])))
    }

    /// Whether the noun phrase from token `from` names a text of
    /// [`ISSUED_TEXTS`] before any preposition (`a statement of concern`,
    /// `the most detailed policy proposals`, not `by the department`).
    fn issued_text_at(&self, tokens: &[Token], from: usize) -> bool {
        tokens[from.min(tokens.len())..]
            .iter()
            .take(MAX_ISSUED_TEXT_TOKENS)
            .map(|t| (t.is_word, self.word(*t)))
            .take_while(|&(is_word, word)| {
                is_word && !is_stop_word(word) && !lower_in(&["of", "for", "with", "from"], word)
            })
            .any(|(_, word)| lower_in(ISSUED_TEXTS, word))
    }

    /// Whether a publication cue's object starts at token `from`: a word
    /// that is no preposition or time (not `released Sunday`), and no
    /// report inside the object (`released a statement saying …`, `filed a
    /// lawsuit in 2013 alleging that …`, `released a reply: “…”` report
    /// what the text says).
    fn published_object_at(&self, tokens: &[Token], from: usize) -> bool {
        // (Not a time, a place or a manner: `a paper published shortly
        // before the speech`.)
        let opened = tokens.get(from).is_some_and(|t| {
            let word = self.word(*t);
            t.is_word
                && !self.time_or_place_after_past(word)
                && !self.is_adverb(word)
                && !lower_in(TIME_PREPOSITIONS, word)
        });
        if !opened {
            return false;
        }
        // The rest of the clause, to a colon or the end of the sentence.
        let clause_end = (from..tokens.len().min(from + MAX_PUBLISHED_CLAUSE_TOKENS))
            .find(|&k| matches!(self.word(tokens[k]), "." | ";" | ":" | "?" | "!"))
            .unwrap_or(tokens.len().min(from + MAX_PUBLISHED_CLAUSE_TOKENS));
        let report_inside = tokens[from..clause_end].iter().any(|t| {
            let word = self.word(*t);
            word == "that"
                || (word.ends_with("ing")
                    && cue_lemma(word).is_some_and(|(_, kind)| kind == CueKind::Speech))
        });
        let then_colon = tokens.get(clause_end).is_some_and(|t| self.word(*t) == ":");
        !report_inside && !then_colon
    }

    /// Whether the word in `-ing` at token `k` follows an opener of a
    /// participle ending in `to` (`In addition to stating …`, `prior to
    /// announcing …`) or a habit taken up (`have taken to saying`), not an
    /// infinitive's `to`.
    fn participle_after_to(&self, tokens: &[Token], k: usize) -> bool {
        let taken_to = k >= 2 && lower_in(HABIT_VERBS, self.word(tokens[k - 2]));
        self.word(tokens[k]).ends_with("ing")
            && (taken_to
                || reported::PARTICIPLE_OPENERS.iter().any(|phrase| {
                    phrase.len() >= 2
                        && phrase.last() == Some(&"to")
                        && k >= phrase.len()
                        && phrase
                            .iter()
                            .zip(&tokens[k - phrase.len()..k])
                            .all(|(a, &b)| a.eq_ignore_ascii_case(self.word(b)))
                }))
    }

    /// Whether `named` at token `k` names someone to a post or as
    /// something (`Obama named her his successor`, `the FBI named
    /// Cleveland as …`): a verb after a name, a pronoun or a definite
    /// subject, not a participle after a noun (`a man named Roe`, `named
    /// for his father`) nor a passive (`was named`); `name` after `to` or
    /// a modal (`will name a successor`).
    fn naming_at(&self, tokens: &[Token], k: usize) -> bool {
        let word = self.word(tokens[k]);
        let next = tokens.get(k + 1).map_or("", |t| self.word(*t));
        let Some(mut before) = k.checked_sub(1) else {
            return false;
        };
        if word.eq_ignore_ascii_case("name") {
            return lower_in(
                &[
                    "to", "will", "would", "could", "should", "might", "may", "must",
                ],
                self.word(tokens[before]),
            );
        }
        if !word.eq_ignore_ascii_case("named")
            || !tokens.get(k + 1).is_some_and(|t| t.is_word)
            || lower_in(&["for", "after", "in", "by", "on", "to", "as"], next)
        {
            return false;
        }
        // (`first named`, `later named`: an adverb between.)
        if before > 0 && self.is_adverb(self.word(tokens[before])) {
            before -= 1;
        }
        let subject = self.word(tokens[before]);
        let definite = before > 0
            && is_speaker_head(subject)
            && lower_in(
                &["the", "his", "her", "its", "their"],
                self.word(tokens[before - 1]),
            );
        (is_capitalised(subject) && (before == 0 || tokens[before - 1].is_word))
            || (PRONOUNS.contains(subject) && !lower_in(&["it", "this", "that"], subject))
            || definite
    }

    /// A cue of speech or, when beliefs are reported, of belief at token
    /// `k`, looking the word up once.
    pub(super) fn any_cue(&self, tokens: &[Token], k: usize) -> Option<(Cue, usize, bool)> {
        let token = *tokens.get(k)?;
        if !token.is_word {
            return None;
        }
        if let Some(wish) = self.wish_at(tokens, k) {
            return Some(wish);
        }
        if let Some(view) = self.viewpoint_at(tokens, k) {
            return Some(view);
        }
        match cue_lemma(self.word(token)) {
            // `has convinced activists that …`, `convinced them to run`:
            // the verb with its object, where no linking verb makes it the
            // adjective of `is convinced that …` (nor a comma, of `resigned,
            // convinced that …`).
            Some(("convinced", CueKind::Belief)) if self.convinced_verb_at(tokens, k) => {
                self.speech_cue_of(tokens, k, Some(("convince", CueKind::Speech)))
            }
            Some((lemma, CueKind::Belief)) => self.belief_cue(tokens, k, lemma),
            // `is determined to win`: an intention, where `determined
            // that …` is a finding (and `was determined to be a hoax`, to
            // have been, a finding in the passive).
            // (`is determined not to lose`: negated.)
            Some(("determine", _))
                if self.word(token) == "determined"
                    && {
                        let to = match tokens.get(k + 1).map(|t| self.word(*t)) {
                            Some("not") => k + 2,
                            _ => k + 1,
                        };
                        tokens.get(to).is_some_and(|t| self.word(*t) == "to")
                            && tokens
                                .get(to + 1)
                                .is_some_and(|t| !lower_in(&["be", "have"], self.word(*t)))
                    }
                    && self.linking_verb_before(tokens, k).is_some() =>
            {
                self.belief_cue(tokens, k, "determined")
            }
            found => self.speech_cue_of(tokens, k, found),
        }
    }

    /// Whether `convinced` at token `k` is the verb (`has convinced
    /// activists that …`): after a word, not a linking verb, and before
    /// its object.
    fn convinced_verb_at(&self, tokens: &[Token], k: usize) -> bool {
        let after_word = k.checked_sub(1).is_some_and(|p| tokens[p].is_word);
        let object = tokens
            .get(k + 1)
            .is_some_and(|t| t.is_word && self.word(*t) != "that");
        after_word && object && self.linking_verb_before(tokens, k).is_none()
    }

    /// `would like to …`, `’d love to …`: a wish, an intention whose verb
    /// is too common a word for the lexicon, at token `k`.
    fn wish_at(&self, tokens: &[Token], k: usize) -> Option<(Cue, usize, bool)> {
        let lemma = match self.word(tokens[k]) {
            "like" => "would like",
            "love" => "would love",
            _ => return None,
        };
        let conditional = k.checked_sub(1).is_some_and(|p| {
            let previous = self.word(tokens[p]);
            previous.eq_ignore_ascii_case("would")
                || previous.ends_with("’d")
                || previous.ends_with("'d")
        });
        let infinitive = tokens.get(k + 1).is_some_and(|t| self.word(*t) == "to");
        (self.options.beliefs && conditional && infinitive)
            .then(|| (Cue::belief(tokens[k].span, lemma), k + 1, false))
    }

    /// `To many voters, the plan is a trap`, `To Sexton, it marked a
    /// turning point`: a view held by the people named after `To`, at
    /// token `k`, reported as `according to` is. Sentences opening with
    /// an infinitive (`To win, Roe must …`) or a time (`To date, …`) are
    /// no views.
    fn viewpoint_at(&self, tokens: &[Token], k: usize) -> Option<(Cue, usize, bool)> {
        if !self.options.beliefs || self.word(tokens[k]) != "To" || self.in_title_case() {
            return None;
        }
        let next = self.word(*tokens.get(k + 1)?);
        let people = lower_in(VIEW_HOLDERS, next)
            || (is_capitalised(next) && !is_stop_word(next) && !self.month(next));
        let comma = (k + 2..tokens.len().min(k + 2 + MAX_SUBJECT_TOKENS))
            .find(|&j| !tokens[j].is_word || self.word(tokens[j]) == ",")
            .filter(|&j| self.word(tokens[j]) == ",");
        (people && comma.is_some()).then(|| (Cue::belief(tokens[k].span, "to"), k + 1, true))
    }

    /// Whether the participle at `k` modifies the noun after it, a
    /// quantity before it, and that noun goes on to the clause's verb:
    /// `Many worried parents have said …`, `Some concerned voters say …`.
    pub(super) fn adjective_before_subject(&self, tokens: &[Token], k: usize) -> bool {
        k >= 1
            && self.word(tokens[k]).ends_with("ed")
            && NOUN_MODIFIERS.contains(self.word(tokens[k - 1]))
            && self.verb_after_noun_phrase(tokens, k + 1) == Some(true)
    }

    /// Whether the quantity right before the participle at `k` opens its
    /// clause as the subject, the participle its verb: `Some warned voters
    /// that …`, `Many endorsed Clinton`, not `Some concerned voters said`,
    /// whose noun goes on to a verb of its own.
    fn quantity_subject_before(&self, tokens: &[Token], k: usize) -> bool {
        let opens_clause = match k.checked_sub(2) {
            None => true,
            Some(j) => matches!(self.word(tokens[j]), "," | ";" | ":" | "and" | "but" | "—"),
        };
        let quantity = lower_in(
            &["some", "many", "several", "most", "few", "both", "all"],
            self.word(tokens[k - 1]),
        );
        opens_clause && quantity && self.verb_after_noun_phrase(tokens, k + 1) == Some(false)
    }

    /// Whether the noun phrase opening at token `from` goes on to a verb
    /// (a finite form or a cue); `None` when no noun phrase opens there.
    fn verb_after_noun_phrase(&self, tokens: &[Token], from: usize) -> Option<bool> {
        let end = self.noun_phrase_after(tokens, from, tokens.len())?;
        Some(tokens.get(end).is_some_and(|t| {
            let next = self.word(*t);
            reported::is_finite(next) || self.any_cue(tokens, end).is_some()
        }))
    }

    /// The lemma and the preposition's token of a cue made of a verb, its
    /// noun and a preposition at token `k`: `took issue with`, `takes aim
    /// at`, `took credit for`, `took (some) shots at`, `taking swipes at`,
    /// `paid tribute to`, `threw her support behind`, `lent his support
    /// to`, `lined up behind`, `pleaded guilty to`, `took offense at`,
    /// `took note of`, `made no secret of`.
    fn verb_noun_preposition(&self, tokens: &[Token], k: usize) -> Option<(&'static str, usize)> {
        let word = self.word(tokens[k]);
        // (Called for nearly every word: the first letter rules out most
        // at once.)
        if !matches!(
            word.as_bytes().first().map(|b| b | 0x20),
            Some(b't' | b'p' | b'l' | b'm')
        ) {
            return None;
        }
        let take = lower_in(&["take", "takes", "took", "taking", "taken"], word);
        let pay = lower_in(&["pay", "pays", "paid", "paying"], word);
        let throw = lower_in(&["throw", "throws", "threw", "thrown", "throwing"], word);
        let lend = lower_in(&["lend", "lends", "lent", "lending"], word);
        let plead = lower_in(&["plead", "pleads", "pleaded", "pled", "pleading"], word);
        let make = lower_in(&["make", "makes", "made", "making"], word);
        let line = lower_in(&["line", "lines", "lined", "lining"], word);
        if !(take || pay || throw || lend || plead || make || line) {
            return None;
        }
        let mut noun = k + 1;
        // (`made no secret of`, `made little secret of`)
        let none = make && lower_in(&["no", "little"], self.word(*tokens.get(noun)?));
        if none {
            noun += 1;
        }
        // (`threw her full support behind`, `lent their support to`)
        if throw || lend {
            if lower_in(
                &["his", "her", "their", "its", "my", "our"],
                self.word(*tokens.get(noun)?),
            ) {
                noun += 1;
            }
            if lower_in(
                &["full", "strong", "considerable", "enthusiastic"],
                self.word(*tokens.get(noun)?),
            ) {
                noun += 1;
            }
        }
        // (`took some shots at`, `took multiple swipes at`, `takes a swipe
        // at`)
        if take
            && lower_in(
                &[
                    "a", "some", "several", "multiple", "frequent", "repeated", "more", "few",
                ],
                self.word(*tokens.get(noun)?),
            )
        {
            noun += 1;
        }
        // (`pleaded not guilty to`)
        let denied = plead && self.word(*tokens.get(noun)?) == "not";
        if denied {
            noun += 1;
        }
        let mut preposition = noun + 1;
        // (`pleaded guilty in May to`, `pleaded guilty last week to`: the
        // time between.)
        if plead
            && self.word(*tokens.get(noun)?) == "guilty"
            && lower_in(
                &["in", "on", "last", "earlier", "this"],
                self.word(*tokens.get(preposition)?),
            )
        {
            preposition = (preposition + 1..tokens.len().min(preposition + 4))
                .take_while(|&j| tokens[j].is_word)
                .find(|&j| self.word(tokens[j]) == "to")?;
        }
        let lemma = match (
            self.word(*tokens.get(noun)?),
            self.word(*tokens.get(preposition)?),
        ) {
            ("issue", "with") if take => "take issue with",
            ("aim", "at") if take => "take aim at",
            ("credit", "for") if take => "take credit for",
            ("offense" | "offence" | "umbrage", "at") if take => "take offense at",
            ("note", "of") if take => "take note of",
            ("secret", "of") if none => "make no secret",
            // (A single shot is an attempt, `a shot at the title`, unless
            // at someone or something of theirs: `a shot at Roe`, `at her
            // record`.)
            ("shot", "at") if take && self.personal_target_at(tokens, preposition + 1) => {
                "take shots at"
            }
            ("shots" | "swipe" | "swipes" | "jab" | "jabs" | "potshots", "at") if take => {
                "take shots at"
            }
            ("tribute", "to") if pay => "pay tribute to",
            ("support", "behind" | "to") if throw => "throw support",
            ("support", "to") if lend => "lend support to",
            // (`lined up behind Roe`: backing; `lined up outside`, `lined
            // up with` are none.)
            ("up", "behind") if line => "line up behind",
            ("guilty", "to") if denied => "plead not guilty",
            ("guilty", "to") if plead => "plead guilty to",
            _ => return None,
        };
        Some((lemma, preposition))
    }

    /// Whether a piece of legislation is named at token `from`: a
    /// determiner or possessive, up to three words, then its noun (`a
    /// bill`, `its own religious-freedom law`, `laws`, `the 1973 War Powers
    /// Act`).
    fn legislation_at(&self, tokens: &[Token], from: usize) -> bool {
        let word_at = |j: usize| tokens.get(j).map_or("", |t| self.word(*t));
        let start = match lower_in(
            &["a", "an", "the", "its", "their", "his", "her"],
            word_at(from),
        ) {
            true => from + 1,
            false => from,
        };
        (start..(start + 4).min(tokens.len()))
            .take_while(|&j| tokens[j].is_word)
            .any(|j| {
                lower_in(LEGISLATION_NOUNS, word_at(j))
                    && (j == start
                        || (start..j).all(|m| {
                            let word = word_at(m);
                            !DETERMINERS.contains(word) && cue_lemma(word).is_none()
                        }))
            })
    }

    /// Where the choice starts after a ballot cast, the ballot opening at
    /// token `from`: `(cast) a vote for Roe`, `their ballots against the
    /// levy`.
    fn ballot_cast_at(&self, tokens: &[Token], from: usize) -> Option<usize> {
        let word_at = |j: usize| tokens.get(j).map_or("", |t| self.word(*t));
        let mut ballot = from;
        if lower_in(
            &[
                "a", "the", "their", "his", "her", "its", "our", "my", "your",
            ],
            word_at(ballot),
        ) {
            ballot += 1;
        }
        (lower_in(&["vote", "votes", "ballot", "ballots"], word_at(ballot))
            && lower_in(&["for", "against"], word_at(ballot + 1))
            && tokens.get(ballot + 2).is_some_and(|t| t.is_word))
        .then_some(ballot + 2)
    }

    /// Whether a person, or something a possessive says is someone's,
    /// opens at token `k`: a capitalised word (`Roe`, `Democratic nominee
    /// Roe`), a pronoun (`him`, `them`) or a possessive (`her record`,
    /// `Roe’s plan`).
    fn personal_target_at(&self, tokens: &[Token], k: usize) -> bool {
        tokens.get(k).is_some_and(|t| {
            let word = self.word(*t);
            t.is_word
                && (is_capitalised(word)
                    || is_possessive(word)
                    || lower_in(&["his", "her", "their", "its", "him", "them"], word))
        })
    }

    /// Whether the word at token `k`, a form read as a noun first
    /// (`questions`, `attack`), stands as a verb between a subject and an
    /// object: after a name or a plural of people, an adverb allowed
    /// between, and before a determiner, a possessive or a question word
    /// (`Sanders often questions Park's ties`, `most voters question his
    /// record`; not `the Orlando attack was`, `the Trump attacks the
    /// media covered`).
    fn verb_between_subject_and_object(&self, tokens: &[Token], k: usize) -> bool {
        let Some(next) = tokens.get(k + 1).filter(|t| t.is_word) else {
            return false;
        };
        let next = self.word(*next);
        let object = DETERMINERS.contains(next)
            || lower_in(
                &["his", "her", "their", "its", "whether", "why", "how"],
                next,
            )
            || (is_capitalised(next) && is_possessive(next));
        if !object || k == 0 {
            return false;
        }
        let mut subject = k - 1;
        if subject > 0 && self.is_adverb(self.word(tokens[subject])) {
            subject -= 1;
        }
        let word = self.word(tokens[subject]);
        // (`the Trump attacks the media covered`: a name modifying a noun.)
        let modifier = subject > 0 && DETERMINERS.contains(self.word(tokens[subject - 1]));
        tokens[subject].is_word
            && !DETERMINERS.contains(word)
            && ((is_capitalised(word) && !is_possessive(word) && !modifier)
                || is_plural_of_people(word))
    }

    /// Whether someone charged with an offence follows at token `from`
    /// (`charged the officer with murder`, `charge Cosby with abuse`): a
    /// few words, then `with` (not `a charge against him with`).
    fn charged_with_at(&self, tokens: &[Token], from: usize) -> bool {
        let Some(first) = tokens.get(from).filter(|t| t.is_word) else {
            return false;
        };
        if lower_in(
            &["with", "against", "of", "for", "in", "on"],
            self.word(*first),
        ) {
            return false;
        }
        (from + 1..tokens.len().min(from + 1 + MAX_CHARGED_TOKENS))
            .take_while(|&j| tokens[j].is_word)
            .any(|j| self.word(tokens[j]) == "with" && tokens.get(j + 1).is_some_and(|t| t.is_word))
    }

    /// Whether the verb at token `k` closes a tag set off by a comma at the
    /// end of its sentence, a day allowed after it (`…, a federal judge
    /// ruled Monday.`).
    fn closes_tag_after_comma(&self, tokens: &[Token], k: usize) -> bool {
        let word_at = |j: usize| tokens.get(j).map_or(".", |t| self.word(*t));
        let after = match WEEKDAYS.contains(word_at(k + 1)) {
            true => k + 2,
            false => k + 1,
        };
        let closes = matches!(word_at(after), "." | "!");
        let comma = (k.saturating_sub(MAX_SUBJECT_TOKENS)..k)
            .rev()
            .take_while(|&j| tokens[j].is_word || self.word(tokens[j]) == ",")
            .find(|&j| self.word(tokens[j]) == ",");
        closes && comma.is_some_and(|comma| comma + 1 < k)
    }

    /// Whether the word at token `k` is `all`, `both` or `each` floating
    /// after a subject or an auxiliary (`they all support`, `will all
    /// back`, `Roe and Park both endorsed`, `who has both endorsed`),
    /// which leaves the word after it a verb, not its noun (`won all
    /// pledged delegates`).
    pub(in crate::attribution) fn floating_quantifier_at(
        &self,
        tokens: &[Token],
        k: usize,
    ) -> bool {
        k >= 1 && lower_in(&["all", "both", "each"], self.word(tokens[k])) && {
            let before = self.word(tokens[k - 1]);
            PRONOUNS.contains(before)
                || lower_in(&["you", "who", "have", "do"], before)
                || FINITE_AUXILIARIES.contains(before)
                // (A name, not a sentence's first word: `Both said`.)
                || (k >= 2 && is_capitalised(before))
        }
    }

    /// [`Attributor::speech_cue`] with the word at `k` already looked up.
    fn speech_cue_of(
        &self,
        tokens: &[Token],
        k: usize,
        found: Option<(&'static str, CueKind)>,
    ) -> Option<(Cue, usize, bool)> {
        let token = tokens[k];
        let word = self.word(token);
        // `The Senate passed a bill making …`: legislation passed, a
        // stance as a vote is.
        if found.is_none()
            && self.options.beliefs
            && word.starts_with('p')
            && lower_in(&["passes", "passed"], word)
            && self.legislation_at(tokens, k + 1)
        {
            return Some((Cue::belief(token.span, "pass"), k + 1, false));
        }
        // `cast their votes for Roe`: a vote, as `voted for Roe` is.
        if found.is_some_and(|(lemma, _)| lemma == "cast")
            && self.options.beliefs
            && let Some(choice) = self.ballot_cast_at(tokens, k + 1)
        {
            return Some((Cue::belief(token.span, "vote"), choice, false));
        }
        // `charged that …`, `ruled that …`: these verbs report only a
        // clause (not `charged a fee`, `ruled the country`), unless with a
        // particle (`ruled out`).
        // `cast Park as a villain`, `painted the plan as a trap`: these
        // verbs report a portrayal only, the object and then `as`.
        let found = found.filter(|(lemma, _)| {
            if lower_in(THAT_ONLY_CUES, lemma) {
                // (`faces charges that …`: a form in -s after a verb in -s
                // is its object.)
                let object_of_verb = word.ends_with('s')
                    && k.checked_sub(1).is_some_and(|p| {
                        let previous = self.word(tokens[p]);
                        tokens[p].is_word
                            && !is_capitalised(previous)
                            && previous.ends_with('s')
                            && !PRONOUNS.contains(previous)
                    });
                return !object_of_verb
                    && (tokens.get(k + 1).is_some_and(|t| self.word(*t) == "that")
                        || (*lemma == "charge" && self.charged_with_at(tokens, k + 1))
                        || (*lemma == "rule" && self.closes_tag_after_comma(tokens, k)));
            }
            if *lemma == "name" {
                return self.naming_at(tokens, k);
            }
            // `railed against the deal`, not `rail service`.
            if *lemma == "rail" {
                return tokens
                    .get(k + 1)
                    .is_some_and(|t| lower_in(&["against", "at", "about"], self.word(*t)));
            }
            // `the fifth state that …`, `states that have voted`: the noun,
            // counted or heading a relative clause.
            if *lemma == "state" && lower_in(&["state", "states"], word) {
                let counted = k.checked_sub(1).is_some_and(|p| {
                    let before = self.word(tokens[p]);
                    is_number(before) || lower_in(ORDINALS, before)
                });
                let relative = tokens.get(k + 1).is_some_and(|t| self.word(*t) == "that")
                    && tokens
                        .get(k + 2)
                        .is_some_and(|t| FINITE_AUXILIARIES.contains(self.word(*t)));
                return !(counted || relative);
            }
            // (`pleaded guilty to`: read with its adjective, below.)
            if *lemma == "plead"
                && tokens
                    .get(k + 1)
                    .is_some_and(|t| matches!(self.word(*t), "guilty" | "not"))
            {
                return false;
            }
            // `The men criticized after the vote`: a stance with no object
            // reports nothing.
            if reported::takes_stance(lemma) && self.time_after_stance(tokens, k) {
                return false;
            }
            // `posted a photo`, but not `posted a victory`, `posted gains`:
            // a result; and `post`, `posts`, `Posted` are mostly nouns or
            // names (`stubborn posts and signs`, `Post Assembles Army`).
            if *lemma == "post" {
                let word_at = |j: usize| tokens.get(j).map_or("", |t| self.word(*t));
                // (`did post on Twitter that`, `Bush's Facebook post: “…”`)
                let verb_or_colon = word == "post"
                    && ((k > 0 && lower_in(&["did", "to", "will", "would"], word_at(k - 1)))
                        || word_at(k + 1) == ":");
                return (matches!(word, "posted" | "posting") || verb_or_colon)
                    && !self
                        .noun_phrase_after(tokens, k + 1, tokens.len())
                        .is_some_and(|end| lower_in(POSTED_RESULTS, self.word(tokens[end - 1])));
            }
            if lower_in(PUBLICATION_CUES, lemma) {
                // (Not `their own published guidelines`.)
                let adjective = k > 0
                    && (DETERMINERS.contains(self.word(tokens[k - 1]))
                        || self.word(tokens[k - 1]) == "own");
                let issued_text = *lemma != "issue" || self.issued_text_at(tokens, k + 1);
                return !adjective && issued_text && self.published_object_at(tokens, k + 1);
            }
            // `compared Trump to a coach`: an object, then `to` (not
            // `compared to 39 percent`, `compared with last year`).
            if *lemma == "compare" {
                return self.object_then_to(tokens, k + 1);
            }
            !lower_in(PORTRAYAL_CUES, lemma) || self.object_then_as(tokens, k + 1)
        });
        let Some((lemma, kind)) = found else {
            // Not in the lexicon: `according to`, or a phrasal verb
            // (`shot back`, `pointed out`, `as she put it`).
            let next = tokens.get(k + 1)?;
            if word.eq_ignore_ascii_case("according") {
                if self.word(*next) == "to" {
                    let cue =
                        Cue::speech(Span::new(token.span.start, next.span.end), "according to");
                    return Some((cue, k + 2, true));
                }
                return None;
            }
            // `made it (very) clear that`: `make clear` around its object.
            let clear_at = (lower_in(&["make", "makes", "made", "making"], word)
                && self.word(*next) == "it")
                .then(|| {
                    (k + 2..(k + 4).min(tokens.len()))
                        .find(|&j| {
                            let word = self.word(tokens[j]);
                            !(self.is_adverb(word) || lower_in(&["very", "crystal", "quite"], word))
                        })
                        .filter(|&j| self.word(tokens[j]) == "clear")
                })
                .flatten();
            // `took issue with`, `took some shots at`, `paid tribute to`,
            // `threw her support behind`: a verb with its noun and
            // preposition.
            let noun_phrase_cue = self.verb_noun_preposition(tokens, k);
            let (lemma, particle) = match (clear_at, noun_phrase_cue) {
                (Some(clear), _) => ("make clear", clear),
                (None, Some(phrase)) => phrase,
                (None, None) => {
                    // `spoke briefly about`, `talked openly about`: an
                    // adverb between the verb and its particle; `spoke to
                    // CNN about`, `talks with voters about`: the person
                    // addressed.
                    let particle = match self.word(*next) {
                        adverb if adverb.ends_with("ly") && self.is_adverb(adverb) => self
                            .after_addressee_of_talk(tokens, k, word)
                            .unwrap_or(k + 2),
                        // (`talked more about`, `spoke instead about`)
                        "more" | "instead" | "much" | "again" | "often" => k + 2,
                        _ => self
                            .after_addressee_of_talk(tokens, k, word)
                            .unwrap_or(k + 1),
                    };
                    let lemma = phrasal_cue_lemma(word, self.word(*tokens.get(particle)?))?;
                    (lemma, particle)
                }
            };
            // `lashed out at Park`, `pushed back on the plan`, `weighed
            // in on the race`: the preposition naming the target is the
            // cue's too.
            let target = lower_in(
                &[
                    "lash out",
                    "push back",
                    "fire back",
                    "shoot back",
                    "sound off",
                    "weigh in",
                    "chime in",
                ],
                lemma,
            ) && tokens
                .get(particle + 1)
                .is_some_and(|t| lower_in(&["at", "on", "against"], self.word(*t)));
            let particle = particle + usize::from(target);
            // (`touched on Monday`: a day, not a topic; but `weighed in
            // Friday about`, `made clear Monday that`.)
            if !target
                && self.word(tokens[particle]) == "on"
                && tokens
                    .get(particle + 1)
                    .is_some_and(|t| WEEKDAYS.contains(self.word(*t)))
            {
                return None;
            }
            // (`fired back after the vote`: a time, not what was said.)
            if tokens
                .get(particle + 1)
                .is_some_and(|t| lower_in(TIME_PREPOSITIONS, self.word(*t)))
            {
                return None;
            }
            let next = &tokens[particle];
            if is_capitalised(word) && !self.headline_verb(tokens, k) {
                return None;
            }
            // (`the stories that will be talked about`: a passive reports
            // nothing.)
            if k > 0
                && (lower_in(reported::BE_FORMS, self.word(tokens[k - 1]))
                    || self.word(tokens[k - 1]) == "being")
                && word.ends_with("ed")
            {
                return None;
            }
            // `a chance to talk about`: an infinitive; but the infinitive
            // of a verb of trying or starting is the cue (`tried to walk
            // back`).
            if k > 0
                && self.word(tokens[k - 1]) == "to"
                && self.catenative_before(tokens, k - 1).is_none()
            {
                return None;
            }
            // `percentage points to`, `at one point to`, `the talk about`:
            // nouns.
            let noun = k.checked_sub(1).is_some_and(|p| {
                let previous = self.word(tokens[p]);
                is_number(previous)
                    || previous.bytes().any(|b| b.is_ascii_digit())
                    || NOUN_MARKERS.contains(previous)
                    || NOUN_MODIFIERS.contains(previous)
                    || previous.eq_ignore_ascii_case("percentage")
            });
            if noun {
                return None;
            }
            let cue = Cue::speech(Span::new(token.span.start, next.span.end), lemma);
            return Some((cue, particle + 1, false));
        };
        if kind != CueKind::Speech {
            return None;
        }
        // `pledged delegates`: an adjective.
        let next_word = tokens.get(k + 1).map_or("", |t| self.word(*t));
        if lemma == "pledge" && lower_in(&["delegate", "delegates"], next_word) {
            return None;
        }
        // Capitalised, `State`, `Press` or `Post` is a name; only a few
        // cues open a sentence (`Said Ellis: “…”`, and a participle:
        // `Noting that …, Tester said`), and in a headline in title case,
        // any after its first word (`Ruiz Slams Park`).
        let opening_participle = word.ends_with("ing")
            && k.checked_sub(1)
                .is_none_or(|p| matches!(self.word(tokens[p]), "." | "?" | "!" | "”" | "\""));
        let opens_sentence =
            ["Said", "Says", "Asked", "Added", "Wrote"].contains(&word) || opening_participle;
        if is_capitalised(word) && !opens_sentence && !self.headline_verb(tokens, k) {
            return None;
        }
        // `to counter`, `a retort`, `the report`: an infinitive or a noun;
        // `prepared remarks`, `whiter states`, `any state`: a noun after
        // an adjective or a quantifier.
        let previous = k.checked_sub(1).map(|p| self.word(tokens[p]));
        // `270 pledged delegates`, `more pledged delegates`: a participle
        // before a noun, after a number or a quantifier.
        let participle_adjective = |p: &str| {
            word.ends_with("ed")
                && (p.bytes().any(|b| b.is_ascii_digit()) || NOUN_MODIFIERS.contains(p))
                && !self.is_adverb(p)
                && tokens.get(k + 1).is_some_and(|t| {
                    let next = self.word(*t);
                    t.is_word && !is_stop_word(next) && !DETERMINERS.contains(next)
                })
                && !self.quantity_subject_before(tokens, k)
                && !self.floating_quantifier_at(tokens, k - 1)
        };
        // `continued to call for`, `began to argue`: the infinitive of a
        // verb of continuing or starting is the cue (but `began to show`
        // is no finding, unless a clause follows: `has to show that …`).
        let catenative_infinitive = previous == Some("to")
            && (self.catenative_before(tokens, k - 1).is_some()
                || self.caused_before(tokens, k - 1, 0).is_some()
                || self.ranked_agent_before(tokens, k - 1, 0).is_some())
            && (word != "show" || tokens.get(k + 1).is_some_and(|t| self.word(*t) == "that"));
        // `the Orlando attack`, `a big question`, `her private email`:
        // these forms are nouns but after a subject pronoun (`they
        // question …`) or as an infinitive (`continued to question …`).
        if lower_in(
            &[
                "attack",
                "attacks",
                "question",
                "questions",
                "email",
                "emails",
                "e-mail",
                "e-mails",
            ],
            word,
        ) && !previous
            .is_some_and(|p| p != "it" && (PRONOUNS.contains(p) || p.eq_ignore_ascii_case("who")))
            && !catenative_infinitive
            && !self.verb_between_subject_and_object(tokens, k)
            // (`Some Democrats, however, question the …`: after a subject
            // and a discourse adverb set off, before its object.)
            && !(k >= 3
                && previous == Some(",")
                && self.discourse_aside(tokens, k - 2)
                && self.word(tokens[k - 3]) == ","
                && tokens.get(k + 1).is_some_and(|t| {
                    let next = self.word(*t);
                    DETERMINERS.contains(next)
                        || is_capitalised(next)
                        || lower_in(&["whether", "why", "how", "if"], next)
                }))
        {
            return None;
        }
        // `Radio talk show host Glenn Beck`, `a late-night show`,
        // `Blitzer’s CNN show`: a show of some kind or some network's, or
        // one that has a host, is the noun.
        let network_before =
            k >= 2 && previous.is_some_and(|p| is_capitalised(p) && !p.ends_with('s')) && {
                let before = self.word(tokens[k - 2]);
                is_possessive(before)
                    || lower_in(&["his", "her", "their", "its", "our", "my", "your"], before)
            };
        let kind_of_show = lower_in(&["show", "shows"], word)
            && (previous.is_some_and(|p| lower_in(SHOW_KINDS, p))
                || network_before
                || tokens
                    .get(k + 1)
                    .is_some_and(|t| lower_in(&["host", "hosts"], self.word(*t))));
        if kind_of_show {
            return None;
        }
        // `had received offers`, `issued statements`: a form in -s right
        // after a participle is its object.
        let object_of_participle = previous
            .is_some_and(|p| p.ends_with("ed") && !is_capitalised(p) && !self.is_adverb(p))
            && word.ends_with('s')
            && !word.ends_with("ss");
        if object_of_participle {
            return None;
        }
        // `about crude remarks`, `and loud chants`, `in animated
        // off-the-cuff remarks`: singular words with no determiner are no
        // subject, so a form after them that is as often a noun is one
        // (but `who claims`, `police say`, `most claim`).
        let bare_singular = |j: usize| {
            let p = self.word(tokens[j]);
            tokens[j].is_word
                && !is_capitalised(p)
                && !p.ends_with('s')
                && !lower_in(PHRASE_OPENERS, p)
                && !DETERMINERS.contains(p)
                && !is_possessive(p)
                && !LIGHT_VERBS.contains(p)
                && !lower_in(&["but", "so"], p)
                && !PRONOUNS.contains(p)
                && !lower_in(BARE_SUBJECTS, p)
                && !lower_in(PLURALS_WITHOUT_S, p)
                && !lower_in(SHARE_NOUNS, p)
                && !is_number(p)
                && !self.is_adverb(p)
        };
        let modifiers = (k.saturating_sub(MAX_BARE_MODIFIERS)..k)
            .rev()
            .take_while(|&j| bare_singular(j))
            .count();
        // (The phrase opens before them: `Journal poll shows` goes on.)
        let bare_singular_before = modifiers > 0 && k > modifiers && {
            let before = self.word(tokens[k - modifiers - 1]);
            lower_in(PHRASE_OPENERS, before) || LIGHT_VERBS.contains(before)
        };
        let noun_like = (NOUN_LIKE_CUES.contains(word)
            && !lower_in(
                &["show", "shows", "report", "reports", "state", "states"],
                word,
            ))
            || lower_in(NOUN_LIKE_TALK, word);
        if bare_singular_before && noun_like {
            return None;
        }
        // `Park’s first tweet`, `The Post report found …`: a noun after an
        // ordinal, or before the clause's verb.
        let ordinal = previous.is_some_and(|p| {
            lower_in(&["first", "second", "last", "final", "own"], p) && k >= 2 && {
                let before = self.word(tokens[k - 2]);
                is_possessive(before) || DETERMINERS.contains(before)
            }
        });
        // (Not after a subject: `who he claims has been unfair`, `who
        // polls show has a lead`.)
        let noun_before = previous.is_some_and(|p| {
            let subject = PRONOUNS.contains(p) || lower_in(&["who", "that", "which"], p);
            let agreeing = p.ends_with('s') && !p.ends_with("’s") && !word.ends_with('s');
            !(subject || agreeing)
        });
        // (`Company reports show …`: a plural before a verb in the base
        // form, which agrees with it.)
        let verb_follows = noun_before
            && tokens.get(k + 1).is_some_and(|t| {
                let next = self.word(*t);
                FINITE_AUXILIARIES.contains(next)
                    || (reported::is_past(next) && is_verb(next))
                    || (reported::is_third_person(word)
                        && is_verb(next)
                        && cue_lemma(next).is_some_and(|(lemma, _)| lemma == next))
            });
        // (`the 2013 report`: after a year or a number too.)
        let after_number =
            previous.is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
        // (`has the final say on`: a base form after an ordinal too.)
        if (NOUN_LIKE_CUES.contains(word) && (ordinal || verb_follows || after_number))
            || (ordinal && lemma == word)
        {
            return None;
        }
        // `a snappy retort`: a base form after `a` and a word is a noun
        // (a verb after `a spokesman` agrees: `says`, `said`).
        // (Not after a share: `a third say`, `a majority agree`.)
        // So after `the` and a singular word (`the caustic chant`), but
        // for nouns plural without an -s (`the police say`) and inside a
        // subject's phrase (`Notes on the talks describe`).
        // (A past spelled as the base, `the editorial read`, agrees.)
        let base_form = lemma == word && !lower_in(&["read", "put", "set", "cut", "cast"], word);
        let determiner = self.word(tokens[k.saturating_sub(2)]);
        // (Nor in a question: `Did the inquiry find …?`)
        // (Nor after a relative clause on the subject: `People who studied
        // the plan say`.)
        let in_phrase = || {
            k >= 3 && {
                let before = self.word(tokens[k - 3]);
                FINITE_AUXILIARIES.contains(before)
                    || SUBJECT_PHRASE_WORDS.contains(before)
                    || (k.saturating_sub(MAX_RELATIVE_SUBJECT_TOKENS)..k - 2)
                        .rev()
                        .take_while(|&j| tokens[j].is_word)
                        .any(|j| self.word(tokens[j]) == "who")
            }
        };
        let singular =
            |p: &str| !p.ends_with('s') && !lower_in(PLURALS_WITHOUT_S, p) && !is_number(p);
        let after_article = k >= 2
            && base_form
            && previous.is_some_and(|p| {
                !is_capitalised(p)
                    && !lower_in(SHARE_NOUNS, p)
                    && (lower_in(&["a", "an"], determiner)
                        || (determiner.eq_ignore_ascii_case("the") && singular(p) && !in_phrase()))
            });
        if after_article {
            return None;
        }
        if previous.is_some_and(|p| {
            (p == "to" && !catenative_infinitive && !self.participle_after_to(tokens, k))
                // `<tweet author="…">`: markup, not prose.
                || p == "<"
                || p == "/"
                || NOUN_MARKERS.contains(p)
                || noun_in_s_after(p, word)
                || (NOUN_LIKE_CUES.contains(word)
                    && self.modifies_noun(p)
                    && !self.floating_quantifier_at(tokens, k - 1))
                // `brushed off comments`, `asked about remarks`: a noun
                // after a particle or a preposition.
                || (NOUN_LIKE_CUES.contains(word)
                    && lower_in(
                        &[
                            "off", "up", "out", "down", "of", "about", "for", "with", "on", "in",
                            "at", "from", "by", "over", "into", "against", "despite", "after",
                            "before",
                        ],
                        p,
                    ))
                || participle_adjective(p)
                // `to contradict comments from …`: the object of an
                // infinitive.
                || (NOUN_LIKE_CUES.contains(word)
                    && k >= 2
                    && self.word(tokens[k - 2]) == "to"
                    && tokens[k - 1].is_word
                    && !is_capitalised(p)
                    && !self.is_adverb(p))
                // `a company called Harmony gave …`: a naming participle
                // after an indefinite noun, a name after it and no second
                // object (`a spokesman called Ruiz a liar`).
                || (lemma == "call"
                    && word.ends_with("ed")
                    && k >= 2
                    && lower_in(&["a", "an"], determiner)
                    && !is_capitalised(p)
                    && tokens.get(k + 1).is_some_and(|t| is_capitalised(self.word(*t)))
                    && {
                        let name_end = (k + 1..tokens.len().min(k + 1 + MAX_SUBJECT_TOKENS))
                            .find(|&j| !is_capitalised(self.word(tokens[j])))
                            .unwrap_or(tokens.len());
                        tokens
                            .get(name_end)
                            .is_none_or(|t| !DETERMINERS.contains(self.word(*t)))
                    })
                // `make jokes`, `made remarks`, `gave answers`: the object
                // of a light verb.
                || LIGHT_VERBS.contains(p)
        }) {
            return None;
        }
        // `his home state because`, `stop state policies`: `state` and
        // `states` are nouns but before `that`, a colon, a quotation or
        // the end of a tag.
        let next = tokens.get(k + 1).map_or(".", |t| self.word(*t));
        if lower_in(&["state", "states"], word)
            && !matches!(next, "that" | ":" | "," | "." | "“" | "\"" | "‘")
        {
            return None;
        }
        // `press secretary`, `state officials`, `report card`: the first
        // noun of a compound.
        let compound = tokens.get(k + 1).is_some_and(|t| {
            COMPOUND_HEADS.contains(self.word(*t))
                && (NOUN_LIKE_CUES.contains(word) || word.eq_ignore_ascii_case("press"))
        });
        if compound {
            return None;
        }
        // `a scathing report`, `his mid-morning tweet`: a noun after an
        // adjective in -ing.
        let adjective_in_ing = k >= 2
            && previous.is_some_and(|p| p.ends_with("ing"))
            && NOUN_MARKERS.contains(self.word(tokens[k - 2]));
        if adjective_in_ing && NOUN_LIKE_CUES.contains(word) {
            return None;
        }
        // `making racist remarks`, `posting angry tweets`: a noun after a
        // participle's modifier (but `saying critics claim`, whose
        // subject agrees).
        // (A verb in -ing after a preposition, an auxiliary or a comma,
        // not an adjective: `a tracking poll shows`.)
        let participle_object = k >= 3
            && NOUN_LIKE_CUES.contains(word)
            && {
                let participle = self.word(tokens[k - 2]);
                let before = self.word(tokens[k - 3]);
                participle.ends_with("ing")
                    && !is_capitalised(participle)
                    && self.speech_cue(tokens, k - 2).is_none()
                    && (before == ","
                        || lower_in(reported::BE_FORMS, before)
                        || lower_in(
                            &[
                                "of", "by", "for", "about", "after", "before", "while", "without",
                                "and",
                            ],
                            before,
                        ))
            }
            && previous.is_some_and(|p| {
                let agreeing = p.ends_with('s') && !word.ends_with('s');
                !is_capitalised(p) && !PRONOUNS.contains(p) && !agreeing
            });
        if participle_object {
            return None;
        }
        // `32% of Republican claims as …`, `a string of Trump tweets`: a
        // noun after `of` and its modifier, unless a clause follows
        // (`the head of Hamas claims the attack was …`).
        // (After a plural, a verb agrees with the noun before `of`: `an
        // average of polls shows …`.)
        let after_of = k >= 2
            && NOUN_LIKE_CUES.contains(word)
            && self.word(tokens[k - 2]) == "of"
            && previous.is_some_and(|p| !p.ends_with('s'))
            && tokens.get(k + 1).is_none_or(|t| {
                let next = self.word(*t);
                !matches!(next, "that" | ":" | ",")
                    && !self.bare_clause_at(tokens, k + 1, tokens.len())
            });
        if after_of {
            return None;
        }
        // `a close call`, `the call-in show`: after `a` and one word, or
        // `the` and a singular noun, a base form is a noun (a verb there
        // would agree: `a spokesman claims`, `the polls show`); one with
        // `that` still reports (`a false claim that …`).
        let singular_before = previous.is_some_and(|p| !p.ends_with('s') && !is_capitalised(p));
        let after_article = k >= 2
            && (lower_in(&["a", "an"], self.word(tokens[k - 2]))
                || (lower_in(
                    &["the", "this", "his", "her", "its", "their"],
                    self.word(tokens[k - 2]),
                ) && singular_before));
        let next_is_that = tokens.get(k + 1).is_some_and(|t| self.word(*t) == "that");
        if after_article && NOUN_LIKE_CUES.contains(word) && !word.ends_with('s') && !next_is_that {
            return None;
        }
        // `the reality show “The Apprentice”`, `the show, “The
        // Apprentice,”`, `a film called “Familias”`: a noun or a naming
        // participle before a title.
        let is_mark = |t: &Token| matches!(self.word(*t), "“" | "\"" | "‘" | "'" | "«" | "„");
        let title_follows = tokens.get(k + 1).is_some_and(is_mark)
            || (tokens.get(k + 1).is_some_and(|t| self.word(*t) == ",")
                && tokens.get(k + 2).is_some_and(is_mark));
        // (`Park claims “…”`, `the ad claims “…”`, `Sanders notes “…”`: a
        // verb agreeing with a singular subject or a name; `calls` only
        // after a pronoun or a name, as in a name given (`what he calls
        // “…”`, `one Roe calls “…”`), not after a noun (`phone calls
        // “…”`). `Officials claim “…”`: a base form agreeing with a
        // plural, but not after `news` (`the news show “…”`).)
        let naming_subject = previous.is_some_and(|p| PRONOUNS.contains(p) || is_capitalised(p));
        let plain_word = |p: &str| {
            p.chars().all(char::is_alphabetic) && !is_stop_word(p) && !DETERMINERS.contains(p)
        };
        let agrees = !self.in_title_case()
            && previous.is_some_and(|p| match word.ends_with('s') {
                true => {
                    (!word.eq_ignore_ascii_case("calls") || naming_subject)
                        && (PRONOUNS.contains(p)
                            || (plain_word(p) && (!p.ends_with('s') || is_capitalised(p))))
                }
                false => {
                    lower_in(&["we", "they", "i", "you"], p)
                        || (plain_word(p)
                            && p.ends_with('s')
                            && !p.ends_with("ss")
                            && !lower_in(&["news", "plus"], p))
                }
            });
        if title_follows
            && ((NOUN_LIKE_CUES.contains(word) && !agrees)
                || (NAMING_PARTICIPLES.contains(word)
                    && previous.is_some_and(|p| {
                        p.chars().next().is_some_and(char::is_lowercase)
                            && !PRONOUNS.contains(p)
                            && !self.is_adverb(p)
                    })))
        {
            return None;
        }
        // `a competition called the Home Prize`, `a new law dubbed the …`:
        // a thing named after `a` and its noun, not someone calling (but
        // `a refrain that called to mind …`).
        let named_thing = NAMING_PARTICIPLES.contains(word)
            && previous.is_some_and(|p| {
                p.chars().next().is_some_and(char::is_lowercase)
                    && !is_speaker_or_person_noun(p)
                    && !PRONOUNS.contains(p)
                    && !self.is_adverb(p)
            })
            && (k.saturating_sub(3)..k).any(|j| lower_in(&["a", "an"], self.word(tokens[j])))
            && tokens[k.saturating_sub(3)..k].iter().all(|t| t.is_word)
            && tokens.get(k + 1).is_some_and(|t| {
                let next = self.word(*t);
                is_capitalised(next) || lower_in(&["the", "a", "an"], next)
            });
        if named_thing {
            return None;
        }
        let other_verb = PARTICLES_OF_OTHER_VERBS
            .iter()
            .find(|(verb, _, _)| *verb == lemma)
            .is_some_and(|(_, next, near)| {
                (k + 1..(k + 8).min(tokens.len())).any(|j| {
                    let word = self.word(tokens[j]);
                    lower_in(near, word) || (j == k + 1 && lower_in(next, word))
                })
            });
        // (`positions that run counter to …`: running, not a retort.)
        let runs_counter = lemma == "counter"
            && previous.is_some_and(|p| lower_in(&["run", "runs", "ran", "running"], p));
        // (`Only time will tell if …`: no one tells.)
        let time_tells = lemma == "tell"
            && k >= 2
            && self.word(tokens[k - 1]).eq_ignore_ascii_case("will")
            && self.word(tokens[k - 2]).eq_ignore_ascii_case("time");
        if other_verb || runs_counter || time_tells {
            return None;
        }
        // `won’t defend or campaign with Trump`: a verb joined to the next
        // by `or` shares its object, and reports nothing of its own.
        if tokens
            .get(k + 1)
            .is_some_and(|t| lower_in(&["or", "nor"], self.word(*t)))
        {
            return None;
        }
        let cue = Cue::speech(token.span, lemma);
        Some((cue, k + 1, false))
    }
}
