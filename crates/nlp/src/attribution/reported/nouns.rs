//! Nouns of speech, belief and stance: `Park made the case that …`,
//! `Roe raised questions about …`, `Park’s assertion that …`, `his
//! attacks on Roe`.

use super::*;
use crate::speakers::{MentionClass, classify};
use whosaid_core::SpeakerKind;

/// Nouns of a view stated after `be` (`The hope is that …`).
const STATED_BELIEF_NOUNS: &[&str] = &[
    "hope",
    "idea",
    "assumption",
    "fear",
    "concern",
    "worry",
    "thinking",
    "theory",
    "belief",
    "expectation",
    "view",
    "sense",
    "consensus",
    "bet",
    "calculation",
    "reasoning",
    "suspicion",
    "feeling",
];

/// Nouns of something said stated after `be` (`The argument is that …`,
/// `The question is whether …`).
const STATED_SPEECH_NOUNS: &[&str] = &["argument", "message", "claim", "promise", "question"];

/// Subject pronouns and their possessives (`he` and `his`).
const POSSESSIVE_OF_SUBJECT: &[(&str, &str)] = &[
    ("he", "his"),
    ("she", "her"),
    ("they", "their"),
    ("it", "its"),
    ("we", "our"),
    ("i", "my"),
];

word_sets! {
    /// Nouns of speech reporting a `that` clause with no one named making
    /// it (`amid allegations that …`, `drew complaints that …`).
    UNSOURCED_SPEECH_NOUNS = [
    "accusation", "accusations", "allegation", "allegations", "assertion", "assertions",
    "argument", "claim", "claims", "complaint", "complaints", "suggestion", "warning", "warnings",
    "assurance", "assurances", "insistence", "acknowledgment", "acknowledgement", "report",
    "reports", "rumor", "rumors", "rumour", "rumours", "speculation", "agreement", "charge",
    "charges", "admission",
];

    /// Nouns of belief reporting a `that` clause with no one named holding
    /// it (`the assumption that …`, `a sense that …`). Feelings (`fears
    /// that …`) and knowledge (`the idea that …`, `evidence that …`) are
    /// the writer's framing.
    UNSOURCED_BELIEF_NOUNS = [
    "belief", "beliefs", "assumption", "hope", "hopes", "sense", "doubt", "doubts", "recognition",
];

    /// Nouns of what is told or alleged whose topic, after `of`, `about`
    /// or `over`, is reported with no one named telling it (`amid
    /// allegations of fraud`).
    UNSOURCED_TOLD_NOUNS = [
    "accusation", "accusations", "allegation", "allegations", "claim", "claims", "charge",
    "charges", "report", "reports", "account", "accounts", "rumor", "rumors", "complaint",
    "complaints", "warning", "warnings",
];

    /// Nouns of worry whose topic, after `about` or `over`, is reported
    /// with no one named holding it (`amid concerns about the deal`).
    UNSOURCED_TOPIC_BELIEF_NOUNS = [
    "concern", "concerns", "worry", "worries", "fear", "fears", "doubt", "doubts",
];

    /// Nouns of speech reporting a `that` clause (`made the case that`).
    SPEECH_NOUNS = [
    "case", "argument", "point", "claim", "claims", "assertion", "suggestion", "warning",
    "assurance", "assurances", "promise", "pledge", "vow", "prediction", "accusation",
    "accusations", "allegation", "allegations", "statement", "announcement", "admission",
    "threat", "charge", "complaint", "complaints", "observation", "insistence",
];

    /// Nouns of a speech act reported with an infinitive after their
    /// possessor (`his refusal to endorse Roe`, `Park's call to cut it`).
    INTENT_SPEECH_NOUNS = [
    "refusal", "proposal", "call", "calls", "push", "pledge", "promise", "vow", "threat",
];

    /// Nouns of an intention reported with an infinitive after their
    /// possessor (`Park's decision to run`, `his plan to cut taxes`).
    INTENT_BELIEF_NOUNS = [
    "decision", "plan", "plans", "intention", "desire", "reluctance", "determination",
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

    /// Nouns of remarks made on, for or against something (`made comments
    /// about`, `made the case for`, `made a bizarre attack on`, `made no
    /// reference to`).
    REMARK_NOUNS = [
    "comment", "comments", "remark", "remarks", "statement", "statements", "allegation",
    "allegations", "accusation", "accusations", "attack", "attacks", "call", "case", "appeal",
    "plea", "argument", "arguments", "reference", "references", "apology", "apologies",
];

    /// Nouns of criticism, questions or support received (`faced
    /// criticism for`, `drew scrutiny from`, `won support from`).
    RECEIVED_NOUNS = [
    "criticism", "questions", "backlash", "scrutiny", "condemnation", "ridicule", "praise",
    "support", "backing", "endorsement", "endorsements",
];

    /// Nouns of backing received whose givers may follow `of` (`won the
    /// endorsement of Roe`, `has the support of most Democrats`).
    BACKING_NOUNS = ["support", "backing", "endorsement", "endorsements"];

    /// Verbs receiving criticism, questions or support (`has faced
    /// criticism`, `drew scrutiny`, `came under scrutiny`, `enjoyed
    /// support`).
    RECEIVING_VERBS = [
    "face", "faces", "faced", "facing", "draw", "draws", "drew", "drawn", "drawing", "receive",
    "receives", "received", "receiving", "endure", "endures", "endured", "enduring", "sparked",
    "attracted", "under", "won", "enjoys", "enjoyed", "garnered", "earned", "secured", "gained",
    "got", "has", "had", "have", "landed", "up",
];

    /// Verbs whose subject answers, holds or shares the questions or
    /// doubts after them (`answered a question about`, `had no doubts
    /// about`).
    HOLDING_VERBS = [
    "answer", "answers", "answered", "answering", "field", "fields", "fielded", "fielding",
    "dodge", "dodges", "dodged", "dodging", "pose", "poses", "posed", "posing", "has", "had",
    "have", "having", "share", "shares", "shared", "sharing", "sow", "sows", "sowed", "sown",
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

/// Most tokens of the people a case is made to before its clause (`made
/// the case to delegates gathered in Philadelphia that …`).
const MAX_AUDIENCE_TOKENS: usize = 10;

/// Most words between a verb holding questions or doubts and the noun
/// (`answered an early question`, `had no serious doubts`).
const MAX_HELD_TOPIC_MODIFIERS: usize = 3;

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
    ("embrace", "of"),
    ("condemnation", "of"),
    ("denunciation", "of"),
    ("portrayal", "of"),
    ("announcement", "of"),
    ("declaration", "of"),
    ("declarations", "of"),
    ("comment", "on"),
    ("comments", "on"),
    ("comment", "about"),
    ("comments", "about"),
    ("remarks", "on"),
    ("remarks", "about"),
    ("allegation", "of"),
    ("allegations", "of"),
    ("accusation", "of"),
    ("accusations", "of"),
    ("claims", "of"),
    ("warnings", "about"),
    ("warnings", "of"),
    ("complaints", "about"),
];

/// Nouns of a role taken on what follows their `of`, with the lemma of
/// the cue they give (`an outspoken supporter of the levy`).
const ROLE_NOUNS: &[(&str, &str)] = &[
    ("supporter", "supporter"),
    ("supporters", "supporter"),
    ("backer", "backer"),
    ("backers", "backer"),
    ("critic", "critic"),
    ("critics", "critic"),
    ("opponent", "opponent"),
    ("opponents", "opponent"),
    ("proponent", "proponent"),
    ("proponents", "proponent"),
    ("advocate", "advocate"),
    ("advocates", "advocate"),
    ("defender", "defender"),
    ("defenders", "defender"),
    ("champion", "champion"),
    ("champions", "champion"),
];

/// Most words describing a role before its noun (`a consistent and
/// outspoken supporter of`).
const MAX_ROLE_MODIFIER_WORDS: usize = 3;

/// Most tokens between a possessor and its noun of stance (`Park’s
/// highly personal, racially tinged attacks on`).
const MAX_STANCE_MODIFIER_TOKENS: usize = 5;

/// Most tokens from the end of a stance's object phrase to the clause's
/// own verb (`attacks on a judge hearing two suits against him have`).
const MAX_STANCE_OBJECT_TAIL_TOKENS: usize = 10;

/// Most words of a criticised topic before its critics (`criticism for
/// the controversial new move from Roe`).
const MAX_RECEIVED_TOPIC_WORDS: usize = 6;

/// Most modifiers between a verb of receiving and its noun (`came under
/// withering criticism`).
const MAX_RECEIVED_MODIFIERS: usize = 2;

/// Most tokens between the verb and a remark's noun (`made a bizarre,
/// thinly veiled attack on`).
const MAX_REMARK_MODIFIER_TOKENS: usize = 6;

/// The singular of a noun of speech, in lower case: its lemma as a cue
/// (`allegations` → `allegation`, `worries` → `worry`).
fn singular(word: &str) -> String {
    let lower = word.to_lowercase();
    match lower.strip_suffix("ies") {
        Some(stem) => format!("{stem}y"),
        None => match lower.strip_suffix('s') {
            Some(stem) if !stem.ends_with('s') => stem.to_string(),
            _ => lower,
        },
    }
}

impl Attributor<'_> {
    /// `Park made the case that …`, `Roe voiced concern that …`: a noun of
    /// speech or belief at token `c`, with its `that` clause, made by the
    /// subject of a verb that is no cue itself (`dismissed the claim
    /// that` is reported as dismissing).
    pub(super) fn nominal_report(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
        end: usize,
    ) -> Option<(Tag, Span)> {
        // `Park’s decision to run`, `his refusal to endorse Roe`: an
        // intention or a speech act, with its infinitive.
        if let Some(cue) = self.intent_cue(tokens, c) {
            return self.possessor_report(cue, tokens, floor, c, c + 1, end);
        }
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
        // `Park made his case to delegates that …`: the people addressed
        // between a noun made and its clause.
        // (`to a gathering of black leaders that …`, `to delegates
        // gathered in Philadelphia that …`: a longer phrase of plain words,
        // none opening a clause of its own.)
        let addressed_that = (!predicate && self.word(tokens[c + 1]) == "to")
            .then(|| {
                (c + 2..end.min(c + 2 + MAX_AUDIENCE_TOKENS)).find(|&k| {
                    let word = self.word(tokens[k]);
                    word == "that"
                        || !tokens[k].is_word
                        || lower_in(
                            &[
                                "who", "whom", "whose", "which", "where", "when", "whether", "if",
                            ],
                            word,
                        )
                        || cue_lemma(word).is_some()
                })
            })
            .flatten()
            .filter(|&k| k > c + 2 && self.word(tokens[k]) == "that");
        if let Some(that) = addressed_that {
            return self.made_noun_report(tokens, floor, c, that, end);
        }
        if self.word(tokens[that]) != "that" {
            // (Most tokens are followed by none of the prepositions these
            // nouns take: one comparison first.)
            let preposition = matches!(
                self.word(tokens[that]),
                "about" | "over" | "of" | "on" | "to" | "for" | "against"
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
            let cue = self.noun_cue(tokens[c], true)?;
            return self.possessor_report(cue, tokens, floor, c, that, end);
        }
        // (A noun that is also a cue, `Park’s claim that …`, is reported
        // as its verb is, unless a possessive pronoun right before it says
        // who made it: `His claim that …`.)
        let made = self.made_noun_report(tokens, floor, c, that, end);
        // (Nor when modifiers stand between: `Park’s repeated claims that
        // …`.)
        let pronoun_before = c > floor && lower_in(POSSESSIVE_PRONOUNS, self.word(tokens[c - 1]));
        let modified = c > floor && !is_possessive(self.word(tokens[c - 1]));
        match cue_lemma(self.word(tokens[c])) {
            Some(_) if !pronoun_before && !modified => made,
            _ => made.or_else(|| {
                let cue = self.noun_cue(tokens[c], true)?;
                self.possessor_report(cue, tokens, floor, c, that, end)
            }),
        }
    }

    /// `amid allegations that …`, `the assumption that …`: a noun of
    /// speech or belief at token `c` with its `that` clause and no one
    /// named making it, when no maker was found.
    /// A view or a question named by a noun and stated after `be` at
    /// token `c`: `The hope is that …`, `One view is that …`, `The
    /// question is whether …`. The clause after `that` or `whether` is the
    /// content, with no source named.
    pub(super) fn noun_is_clause(
        &self,
        tokens: &[Token],
        c: usize,
        end: usize,
    ) -> Option<(whosaid_core::Cue, Span)> {
        // (`be` first: it rules out nearly every word at once; `has
        // been` too.)
        let be = match self.word_before(tokens, c + 1, end) {
            "is" | "was" | "remains" => c + 1,
            "has" if self.word_before(tokens, c + 2, end) == "been" => c + 2,
            _ => return None,
        };
        let word = self.word(tokens[c]);
        let speech = lower_in(STATED_SPEECH_NOUNS, word);
        let &lemma = STATED_SPEECH_NOUNS
            .iter()
            .chain(STATED_BELIEF_NOUNS)
            .find(|noun| word.eq_ignore_ascii_case(noun))?;
        let that = be + 1;
        if !lower_in(&["that", "whether"], self.word_before(tokens, that, end))
            || !tokens
                .get(that + 1)
                .is_some_and(|t| that + 1 < end && t.is_word)
        {
            return None;
        }
        let cue = match speech {
            true => whosaid_core::Cue::speech(tokens[c].span, lemma),
            false if self.options.beliefs => whosaid_core::Cue::belief(tokens[c].span, lemma),
            false => return None,
        };
        let clause_end = self.next_tag_start(tokens, that, end, None).unwrap_or(end);
        Some((cue, self.content(tokens, that, clause_end)?))
    }

    pub(super) fn unsourced_noun_report(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
        end: usize,
    ) -> Option<(whosaid_core::Cue, Span)> {
        // (`that` first: most tokens are followed by none.)
        let that = c + 1;
        if that >= end {
            return None;
        }
        if self.word(tokens[that]) != "that" {
            return self.unsourced_topic(tokens, floor, c, end);
        }
        if !self.that_clause_at(tokens, that) {
            return None;
        }
        let word = self.word(tokens[c]);
        let cue = if UNSOURCED_SPEECH_NOUNS.contains(word) {
            whosaid_core::Cue::speech(tokens[c].span, singular(word))
        } else if UNSOURCED_BELIEF_NOUNS.contains(word) && self.options.beliefs {
            whosaid_core::Cue::belief(tokens[c].span, singular(word))
        } else {
            return None;
        };
        let clause_end = self.next_tag_start(tokens, that, end, None).unwrap_or(end);
        // (`The claim that the levy failed is false`: heading the
        // sentence's subject, the clause ends before its verb.)
        let subject = (floor..c).all(|k| {
            let word = self.word(tokens[k]);
            tokens[k].is_word && !is_finite(word) && cue_lemma(word).is_none()
        });
        let clause_end = match subject {
            true => self.complement_end(tokens, that, clause_end),
            false => clause_end,
        };
        let clause_end = self.before_main_clause(tokens, floor, that, clause_end, end, subject);
        // (`a charge that party leaders denied`: a clause ending in a
        // stance without its object is a relative clause on the noun, the
        // stance's object.)
        let closes = clause_end >= end || !tokens[clause_end].is_word;
        let relative = closes
            && tokens[that + 1..clause_end].iter().all(|t| t.is_word)
            && clause_end >= that + 3
            && {
                let word = self.word(tokens[clause_end - 1]);
                let before = self.word(tokens[clause_end - 2]);
                !word.ends_with("ing")
                    && !lower_in(BE_FORMS, before)
                    && before != "to"
                    && cue_lemma(word).is_some_and(|(lemma, _)| STANCE_OBJECTS.contains(lemma))
            };
        if relative {
            return None;
        }
        let content = self.content(tokens, that, clause_end)?;
        Some((cue, content))
    }

    /// `revived questions about the levy`, `amid concerns over the
    /// deal`, `the criticism of Roe`, `calls for a recount`: a noun of
    /// asking, worrying, criticizing or calling at token `c` with its
    /// topic after the preposition, when no one named raised it.
    fn unsourced_topic(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
        end: usize,
    ) -> Option<(whosaid_core::Cue, Span)> {
        // (The preposition first: most tokens are followed by none of
        // these.)
        let preposition = self.word(tokens[c + 1]);
        if !matches!(preposition, "about" | "over" | "on" | "of" | "for") {
            return None;
        }
        let word = self.word(tokens[c]);
        let span = tokens[c].span;
        let cue = match word {
            // (Not `thrown into question on Monday`: put in doubt.)
            _ if lower_in(&["question", "questions"], word)
                && lower_in(&["about", "over", "on"], preposition)
                && !(c > 0 && self.word(tokens[c - 1]).eq_ignore_ascii_case("into")) =>
            {
                whosaid_core::Cue::speech(span, "question")
            }
            _ if lower_in(&["criticism", "criticisms"], word)
                && lower_in(&["of", "about", "over"], preposition) =>
            {
                whosaid_core::Cue::speech(span, "criticism")
            }
            _ if word.eq_ignore_ascii_case("calls") && preposition == "for" => {
                whosaid_core::Cue::speech(span, "call")
            }
            // `also has praise for Roe` (praise received, `won praise for
            // its clarity`, is found before).
            _ if word.eq_ignore_ascii_case("praise") && preposition == "for" => {
                whosaid_core::Cue::speech(span, "praise")
            }
            // `amid allegations of fraud`, `reports of the explosion`:
            // what is alleged or told (not its teller: `the claims of
            // Obama's speech`).
            _ if UNSOURCED_TOLD_NOUNS.contains(word)
                && lower_in(&["of", "about", "over"], preposition)
                && tokens
                    .get(c + 2)
                    .is_some_and(|t| !is_capitalised_word(self.word(*t))) =>
            {
                whosaid_core::Cue::speech(span, singular(word))
            }
            _ if UNSOURCED_TOPIC_BELIEF_NOUNS.contains(word)
                && lower_in(&["about", "over"], preposition)
                && self.options.beliefs =>
            {
                whosaid_core::Cue::belief(span, singular(word))
            }
            _ => return None,
        };
        Some((cue, self.unsourced_topic_content(tokens, floor, c, end)?))
    }

    /// The topic after the noun at `c` and its preposition, up to the end
    /// of its phrase before `end`; in a phrase opening the sentence at
    /// `floor`, before the main clause (`Despite calls for a recount, Park
    /// said …`).
    fn unsourced_topic_content(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
        end: usize,
    ) -> Option<Span> {
        let from = c + 2;
        if from >= end || !tokens[from].is_word {
            return None;
        }
        let in_subject = (floor..c).all(|k| {
            let word = self.word(tokens[k]);
            tokens[k].is_word && !is_finite(word) && cue_lemma(word).is_none()
        });
        let object_end = self.object_end(tokens, from, end);
        let object_end = self.before_main_clause(tokens, floor, c + 1, object_end, end, in_subject);
        let span = self.object_span(tokens, from, object_end)?;
        // (A quotation closing it keeps its mark: `on the “levy,”`.)
        let closing_mark = tokens.get(object_end + 1).filter(|t| {
            self.word(tokens[object_end]) == "," && matches!(self.word(**t), "”" | "\"")
        });
        Some(match closing_mark {
            Some(mark) if span.end <= tokens[object_end].span.start => {
                Span::new(span.start, mark.span.end)
            }
            _ => span,
        })
    }

    /// Where the clause of a noun opening at `that` ends, before
    /// `clause_end`: at a comma before a subject and its verb (`Amid
    /// allegations that he lied, the mayor resigned`), or, in a phrase
    /// opening the sentence at `floor` when `in_subject` (the noun's phrase
    /// has no verb before it), before a name or a pronoun (`Amid
    /// allegations that he lied, Park quit`).
    fn before_main_clause(
        &self,
        tokens: &[Token],
        floor: usize,
        that: usize,
        clause_end: usize,
        end: usize,
        in_subject: bool,
    ) -> usize {
        let opening_phrase = in_subject
            && tokens
                .get(floor)
                .is_some_and(|t| lower_in(OPENING_PREPOSITIONS, self.word(*t)));
        (that + 1..clause_end)
            .find(|&k| {
                // (`on “jobs,” Park said …`: a closing quotation mark after
                // the comma.)
                let after = match tokens.get(k + 1).map(|t| self.word(*t)) {
                    Some("”" | "\"" | "’’" | "''") => k + 2,
                    _ => k + 1,
                };
                self.word(tokens[k]) == ","
                    && (self.subject_with_verb_at(tokens, after, end)
                        || (opening_phrase
                            && tokens.get(after).is_some_and(|t| {
                                let next = self.word(*t);
                                is_capitalised_word(next) || PRONOUNS.contains(next)
                            })))
            })
            .unwrap_or(clause_end)
    }

    /// `Park made the case that …`: the noun at token `c`, its clause
    /// opening at `that`, made by the subject of the verb of making before
    /// it (`gave assurances`, `made the case`, `is making an urgent case`).
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
        // (`gave diplomatic assurances that …`: one adjective between.)
        let verb = match verb + 1 == c && !made(verb) && verb > floor && made(verb - 1) {
            true => {
                let adjective = self.word(tokens[verb]);
                let plain = tokens[verb].is_word
                    && !is_capitalised_word(adjective)
                    && !is_stop_word(adjective)
                    && !DETERMINERS.contains(adjective);
                if plain { verb - 1 } else { verb }
            }
            false => verb,
        };
        let (mention, name_words) = if verb < c && made(verb) {
            self.subject_before(tokens, verb, floor)?
        } else {
            // (`made the case`, `is making an impassioned case`: a
            // determiner and a few words between.)
            let lower = floor.max(c.saturating_sub(4));
            let determiner = (lower..c)
                .rev()
                .find(|&k| DETERMINERS.contains(self.word(tokens[k])))?;
            let plain = tokens[determiner + 1..c].iter().all(|t| t.is_word);
            if determiner == floor || !plain || !made(determiner - 1) {
                return None;
            }
            // (`is making`, `has been making`: the subject before the
            // auxiliaries.)
            let mut verb = determiner - 1;
            if self.word(tokens[verb]).ends_with("ing") {
                while verb > floor && lower_in(BE_FORMS, self.word(tokens[verb - 1])) {
                    verb -= 1;
                }
            }
            self.subject_before(tokens, verb, floor)?
        };
        let clause_end = self.next_tag_start(tokens, that, end, None).unwrap_or(end);
        let subject = tokens.partition_point(|t| t.span.start < mention.start);
        // (`When guests made the point that …, Maher objected`: a clause
        // opening the sentence ends at its comma.)
        let clause_end = match self.opening_subordinate(tokens, floor, subject) {
            true => self
                .first_clause_comma(tokens, that, clause_end)
                .unwrap_or(clause_end),
            false => clause_end,
        };
        let content = self.content(tokens, that, clause_end)?;
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
        if preposition == "of"
            && let Some(found) = self.role_stance(tokens, floor, c, end)
        {
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
        // `made comments about Roe`, `made the case for Roe`, `made a
        // bizarre, thinly veiled attack on Roe`: a remark's topic, the
        // noun after a few words of its own.
        // (`made her case on television`: a case is for or against.)
        let remark = REMARK_NOUNS.contains(word)
            && match word {
                "case" => lower_in(&["for", "against"], preposition),
                "reference" | "references" => preposition == "to",
                // (`makes no apologies for his candor`)
                "apology" | "apologies" => preposition == "for",
                _ => lower_in(&["about", "on", "for", "against"], preposition),
            };
        if remark {
            let lower = c.saturating_sub(MAX_REMARK_MODIFIER_TOKENS + 1).max(floor);
            let verb = (lower..c).rev().find(|&k| making(k))?;
            // (`made a series of demeaning comments`: no phrase of its own
            // between.)
            let modifiers = tokens[verb + 1..c].iter().all(|t| {
                let word = self.word(*t);
                (t.is_word || matches!(word, "," | "-"))
                    && !lower_in(
                        &[
                            "of", "in", "at", "to", "with", "by", "from", "that", "which",
                        ],
                        word,
                    )
            });
            if !modifiers {
                return None;
            }
            let cue = whosaid_core::Cue::speech(tokens[c].span, singular(word));
            let subject = self.subject_before(tokens, verb, floor)?;
            return self.object_report(tokens, cue, subject, c + 2, end);
        }
        // (`had nothing but praise for Roe`: praise held for someone.)
        let praise = word.eq_ignore_ascii_case("praise") && preposition == "for";
        if !praise && (!TOPIC_NOUNS.contains(word) || !lower_in(&["about", "over"], preposition)) {
            return None;
        }
        // `answered an early question about …`, `had no doubts about …`,
        // `shared their concerns about …`: the one answering, holding or
        // sharing them speaks on the topic, a determiner and modifiers
        // between.
        let held = (c.saturating_sub(MAX_HELD_TOPIC_MODIFIERS + 1).max(floor)..c)
            .rev()
            .find(|&k| HOLDING_VERBS.contains(self.word(tokens[k])))
            .filter(|&verb| {
                tokens[verb + 1..c].iter().all(|t| {
                    let word = self.word(*t);
                    t.is_word && !is_capitalised_word(word) && cue_lemma(word).is_none()
                })
            });
        let verb = match held {
            Some(verb) => verb,
            None => (c.saturating_sub(2).max(floor)..c).find(|&k| making(k))?,
        };
        if held.is_none()
            && (verb + 1..c)
                .any(|k| !tokens[k].is_word || DETERMINERS.contains(self.word(tokens[k])))
        {
            return None;
        }
        let cue = match lower_in(&["question", "questions"], word) {
            true => whosaid_core::Cue::speech(tokens[c].span, "question"),
            false if praise => whosaid_core::Cue::speech(tokens[c].span, "praise"),
            false => self.noun_cue(tokens[c], false)?,
        };
        let subject = self.subject_before(tokens, verb, floor)?;
        self.object_report(tokens, cue, subject, c + 2, end)
    }

    /// The span of an object from token `from` to its last word before
    /// `to`; a single word will do (`attacks on Roe`, `criticism for it`).
    fn object_span(&self, tokens: &[Token], from: usize, to: usize) -> Option<Span> {
        let to = words_end(tokens, from, to);
        (to > from && !self.time_only(tokens, from, to))
            .then(|| Span::new(tokens[from].span.start, tokens[to - 1].span.end))
    }

    /// The report of a noun's object starting at token `from`, up to the
    /// object's end before `end`, for the mention and naming words of
    /// `subject`.
    pub(super) fn object_report(
        &self,
        tokens: &[Token],
        cue: whosaid_core::Cue,
        (mention, name_words): (Span, Vec<Span>),
        from: usize,
        end: usize,
    ) -> Option<(Tag, Span)> {
        let content = self.object_span(tokens, from, self.object_end(tokens, from, end))?;
        let subject = tokens.partition_point(|t| t.span.start < mention.start);
        Some((Tag::new(cue, mention, name_words, (subject, from)), content))
    }

    /// `Park is an outspoken supporter of the levy`, `Jo Roe, a longtime
    /// critic of the plan,`: a noun of a role at token `c`, taken by the
    /// subject of `be` before it or by the name it is set after, on the
    /// object after its `of`.
    fn role_stance(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
        end: usize,
    ) -> Option<(Tag, Span)> {
        let word = self.word(tokens[c]);
        let lemma = ROLE_NOUNS
            .iter()
            .find(|(noun, _)| word.eq_ignore_ascii_case(noun))?
            .1;
        // (`a consistent and outspoken supporter`: words describing it.)
        let describes = |k: usize| {
            let word = self.word(tokens[k]);
            tokens[k].is_word
                && !is_capitalised_word(word)
                && (lower_in(&["and", "more", "most"], word) || !is_stop_word(word))
                && !lower_in(BE_FORMS, word)
                && !pronoun_contraction(word)
        };
        let mut start = c;
        while start > floor && c - start < MAX_ROLE_MODIFIER_WORDS && describes(start - 1) {
            start -= 1;
        }
        if start > floor && lower_in(&["a", "an"], self.word(tokens[start - 1])) {
            start -= 1;
        }
        let before = start.checked_sub(1).filter(|&k| k >= floor)?;
        let (holder, end) = match self.word(tokens[before]) {
            // `Park is a critic of`, `Roe has long been a backer of`.
            be if lower_in(BE_FORMS, be) => (self.subject_before(tokens, before, floor)?, end),
            // `He’s a proponent of`: the pronoun with its verb.
            pronoun if pronoun_contraction(pronoun) => {
                let mention = tokens[before].span;
                ((mention, vec![mention]), end)
            }
            // `Jo Roe, a critic of the plan,`: the name it describes; the
            // object ends at the comma closing it.
            "," if before > floor && is_capitalised_word(self.word(tokens[before - 1])) => {
                let name_start = self.noun_phrase_start(tokens, before, floor)?;
                let mention = Span::new(tokens[name_start].span.start, tokens[before - 1].span.end);
                let closing = (c + 2..end).find(|&k| self.word(tokens[k]) == ",");
                (
                    (mention, word_spans(&tokens[name_start..before])),
                    closing.unwrap_or(end),
                )
            }
            _ => return None,
        };
        let cue = whosaid_core::Cue::speech(tokens[c].span, lemma);
        self.object_report(tokens, cue, holder, c + 2, end)
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
        // (Modifiers may stand between: `his harsh attacks on`, `Park’s
        // highly personal, racially tinged attacks on`.)
        let possessor = self.possessive_before(tokens, floor, c, MAX_STANCE_MODIFIER_TOKENS + 1)?;
        let modifier = |k: usize| {
            let word = self.word(tokens[k]);
            match tokens[k].is_word {
                true => !is_capitalised_word(word) && !is_stop_word(word),
                false => word == "," && k > possessor + 1 && k + 1 < c,
            }
        };
        if !(possessor + 1..c).all(modifier) {
            return None;
        }
        let (mention, name_words) = self.possessor_mention(tokens, floor, possessor)?;
        let from = c + 2;
        // (`his remarks on Tuesday`: a time, not a topic.)
        if tokens
            .get(from)
            .is_some_and(|t| WEEKDAYS.contains(self.word(*t)))
        {
            return None;
        }
        // `Park’s attacks on Roe grew`, `Park’s attacks on a judge hearing
        // the case have …`: the verb after the object is the clause's.
        // (`his criticism of Roe only makes them angrier`: adverbs before
        // it, and any present in -s.)
        let verb_after = |k: usize| {
            let at = (k..end)
                .find(|&j| {
                    !(self.is_adverb(self.word(tokens[j])) || self.word(tokens[j]) == "only")
                })
                .unwrap_or(end);
            let verb = tokens
                .get(at)
                .filter(|_| at < end)
                .map_or("", |t| self.word(*t));
            let adverbs = at > k;
            FINITE_AUXILIARIES.contains(verb)
                || (is_past(verb) && !is_capitalised_word(verb))
                || (is_verb(verb) && verb.ends_with('s'))
                || (adverbs
                    && verb.ends_with('s')
                    && !verb.ends_with("ss")
                    && !is_capitalised_word(verb))
        };
        let end = match self.noun_phrase_after(tokens, from, end) {
            Some(k) if k < end && verb_after(k) => k,
            Some(k) => (k..end.min(k + MAX_STANCE_OBJECT_TAIL_TOKENS))
                .take_while(|&j| {
                    tokens[j].is_word
                        && !lower_in(
                            &["that", "who", "which", "and", "but"],
                            self.word(tokens[j]),
                        )
                })
                .find(|&j| FINITE_AUXILIARIES.contains(self.word(tokens[j])))
                .unwrap_or(end),
            _ => end,
        };
        // (`Park’s criticism of the mayor drew applause`: an irregular
        // past after a noun of the object is the clause's verb.)
        let end = (from + 1..end)
            .take_while(|&j| tokens[j].is_word)
            .find(|&j| {
                let previous = self.word(tokens[j - 1]);
                IRREGULAR_PAST.contains(self.word(tokens[j]))
                    && !is_stop_word(previous)
                    && !DETERMINERS.contains(previous)
            })
            .unwrap_or(end);
        let cue = whosaid_core::Cue::speech(tokens[c].span, lemma);
        self.object_report(tokens, cue, (mention, name_words), from, end)
    }

    /// Criticism or questions received, the noun at token `c`: what for
    /// (`Park has faced criticism for the move`, `faced questions about
    /// it`), and who from when named (`… for the move from Roe`); or the
    /// receiver itself, what is criticised, when only the critics follow
    /// (`The bill has drawn criticism from Roe`). The critics, when named,
    /// are the speaker; so are supporters (`The levy drew support from
    /// farmers`). (Kept out of line, like the other reports tried at every
    /// word.)
    #[inline(never)]
    pub(super) fn criticism_received(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
        end: usize,
    ) -> Option<(whosaid_core::Cue, Span, Option<Tag>)> {
        let noun = self.word(tokens[c]);
        if !RECEIVED_NOUNS.contains(noun) || c + 2 >= end {
            return None;
        }
        // (Two modifiers may stand between: `faced sharp criticism`,
        // `came under withering criticism`.)
        // (An article or a possessive may open them: `won the
        // endorsement of`, `has the full support of`.)
        let reach = MAX_RECEIVED_MODIFIERS + 2;
        let verb = (c.saturating_sub(reach).max(floor)..c)
            .rev()
            .find(|&k| RECEIVING_VERBS.contains(self.word(tokens[k])))?;
        let opener = lower_in(
            &["the", "a", "an", "his", "her", "their", "its"],
            self.word(tokens[verb + 1]),
        );
        let first_modifier = verb + 1 + usize::from(opener && verb + 1 < c);
        let modifiers = c - first_modifier <= MAX_RECEIVED_MODIFIERS
            && tokens[first_modifier..c].iter().all(|t| {
                let word = self.word(*t);
                t.is_word
                    && !is_capitalised_word(word)
                    && !is_stop_word(word)
                    && !NOUN_MARKERS.contains(word)
            });
        let verb_word = self.word(tokens[verb]);
        let under = verb_word == "under";
        // (`picked up`, `sewn up`, `locked up` the endorsement.)
        let taken_up = verb_word != "up"
            || (verb > floor
                && lower_in(
                    &["picked", "picks", "sewn", "sewed", "locked", "racked"],
                    self.word(tokens[verb - 1]),
                ));
        // (`has`, `had`: only backing is had.)
        let had = lower_in(&["has", "had", "have"], verb_word);
        if !modifiers
            || !taken_up
            || (had && !BACKING_NOUNS.contains(noun))
            || (under
                && !(verb > floor
                    && lower_in(
                        &["came", "come", "comes", "coming"],
                        self.word(tokens[verb - 1]),
                    )))
        {
            return None;
        }
        let cue = whosaid_core::Cue::speech(tokens[c].span, singular(noun));
        // `from Roe and Park`: the critics, up to the next phrase.
        let critics = |from: usize, to: usize| {
            // (`from roughly six in 10 Democrats`: a proportion is one
            // phrase.)
            let mut name_end = self.noun_phrase_after(tokens, from, to)?;
            // `from Jo Park and Ann Roe`, `from Democrats and Republicans`:
            // critics named in a pair.
            name_end = self.second_of_pair(tokens, name_end, to);
            // `of Iowa's leading evangelical, Bob Vander Plaats.`: a role,
            // then the name of the one who holds it, closing the clause.
            let mut words = word_spans(&tokens[from..name_end]);
            if name_end + 1 < to
                && self.word(tokens[name_end]) == ","
                && !is_capitalised_word(self.word(tokens[from]))
                && is_capitalised_word(self.word(tokens[name_end + 1]))
                // (`…, Reid Ribble and Glenn Grothman.`: two names.)
                && let Some(name) = self
                    .noun_phrase_after(tokens, name_end + 1, to)
                    .map(|name| self.second_of_pair(tokens, name, to))
                && tokens
                    .get(name)
                    .is_none_or(|t| matches!(self.word(*t), "." | ";" | ","))
            {
                words = word_spans(&tokens[name_end + 1..name]);
                name_end = name;
            }
            let mention = Span::new(tokens[from].span.start, tokens[name_end - 1].span.end);
            Some((
                Tag::new(cue.clone(), mention, words, (c, name_end)),
                name_end,
            ))
        };
        let topic = |from: usize| {
            let to = self.object_end(tokens, from, end);
            // (Right after a short object with no phrase of its own: `for
            // the move from Roe`, not `for his ties to a party from Ohio`.)
            let from_critics = (from + 1..(to + 1).min(end).min(from + MAX_RECEIVED_TOPIC_WORDS))
                .take_while(|&k| {
                    let word = self.word(tokens[k]);
                    tokens[k].is_word && (word == "from" || !is_stop_word(word))
                })
                .find(|&k| self.word(tokens[k]) == "from");
            match from_critics.and_then(|k| critics(k + 1, end).map(|(tag, _)| (k, tag))) {
                Some((k, tag)) => Some((self.object_span(tokens, from, k)?, Some(tag))),
                None => Some((self.object_span(tokens, from, to)?, None)),
            }
        };
        let preposition = self.word(tokens[c + 1]);
        let backers = preposition == "of" && BACKING_NOUNS.contains(noun);
        // (`has support from 52 percent, while …`: a finding of a poll.)
        if had && !backers {
            return None;
        }
        let (content, tag) = match preposition {
            "for" | "over" | "about" => topic(c + 2)?,
            _ if backers || preposition == "from" => {
                let (tag, name_end) = critics(c + 2, end)?;
                let next = tokens.get(name_end).map_or("", |t| self.word(*t));
                let content = match next {
                    // `from rivals that his rallies are unsafe`
                    "that" if name_end + 1 < end => {
                        let clause_end = self
                            .next_tag_start(tokens, name_end + 1, end, None)
                            .unwrap_or(end);
                        self.content(tokens, name_end, clause_end)?
                    }
                    "for" | "over" | "about" => topic(name_end + 1)?.0,
                    // `The bill has drawn criticism from Roe`: the bill.
                    _ => {
                        let start = match (under, verb_word) {
                            (true, _) | (_, "up") => verb - 1,
                            _ => verb,
                        };
                        self.subject_before(tokens, start, floor)?.0
                    }
                };
                (content, Some(tag))
            }
            _ => return None,
        };
        Some((cue, content, tag))
    }

    /// The end of a pair of names joined by `and` whose first ends at
    /// `name_end` (`Jo Park and Ann Roe`), or `name_end` itself.
    fn second_of_pair(&self, tokens: &[Token], name_end: usize, to: usize) -> usize {
        let joined = name_end + 1 < to
            && self.word(tokens[name_end]) == "and"
            && is_capitalised_word(self.word(tokens[name_end + 1]));
        joined
            .then(|| self.noun_phrase_after(tokens, name_end + 1, to))
            .flatten()
            .unwrap_or(name_end)
    }

    /// The cue of a noun of intention or speech at token `c` with an
    /// infinitive after it (`decision to run`, `decision not to run`, not
    /// `plan to the board`), its singular as the lemma.
    fn intent_cue(&self, tokens: &[Token], c: usize) -> Option<whosaid_core::Cue> {
        let word = self.word(tokens[c]);
        let speech = INTENT_SPEECH_NOUNS.contains(word);
        let belief = INTENT_BELIEF_NOUNS.contains(word) && self.options.beliefs;
        if !(speech || belief) {
            return None;
        }
        // (`decision not to run`: the infinitive negated.)
        let to = match tokens.get(c + 1).map(|t| self.word(*t)) {
            Some("not") => c + 2,
            _ => c + 1,
        };
        let infinitive = tokens.get(to).is_some_and(|t| self.word(*t) == "to")
            && tokens.get(to + 1).is_some_and(|t| {
                let verb = self.word(*t);
                t.is_word
                    && !is_capitalised_word(verb)
                    && !is_stop_word(verb)
                    && !DETERMINERS.contains(verb)
                    && !is_number(verb)
            });
        if !infinitive {
            return None;
        }
        let lemma = singular(word);
        Some(match speech {
            true => whosaid_core::Cue::speech(tokens[c].span, lemma),
            false => whosaid_core::Cue::belief(tokens[c].span, lemma),
        })
    }

    /// The cue of a noun of speech or belief (`case`, `concerns`), its
    /// singular as the lemma; `stated` also takes the nouns that report
    /// only after `be` (`her message was that …`).
    fn noun_cue(&self, token: Token, stated: bool) -> Option<whosaid_core::Cue> {
        let word = self.word(token);
        let lemma = singular(word);
        if SPEECH_NOUNS.contains(word)
            || (stated
                && (crate::attribution::STATED_NOUNS.contains(word)
                    || lower_in(&["position"], word)))
        {
            Some(whosaid_core::Cue::speech(token.span, lemma))
        } else if BELIEF_NOUNS.contains(word) && self.options.beliefs {
            Some(whosaid_core::Cue::belief(token.span, lemma))
        } else {
            None
        }
    }

    /// The possessor of the noun at token `c`, within `reach` tokens
    /// before it with only lower-case words between (`his`, `Park’s`,
    /// `Roe’s repeated`): the mention as written and the name without its
    /// `’s`.
    pub(in crate::attribution) fn possessor_of(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
        reach: usize,
    ) -> Option<(Span, Vec<Span>)> {
        let possessor = self.possessive_before(tokens, floor, c, reach)?;
        if (possessor + 1..c)
            .any(|k| !tokens[k].is_word || is_capitalised_word(self.word(tokens[k])))
        {
            return None;
        }
        self.possessor_mention(tokens, floor, possessor)
    }

    /// The last possessive (`his`, `Park’s`, not `it’s`) within `reach`
    /// tokens before token `c`.
    fn possessive_before(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
        reach: usize,
    ) -> Option<usize> {
        (c.saturating_sub(reach).max(floor)..c).rev().find(|&k| {
            let word = self.word(tokens[k]);
            (is_possessive(word) && !pronoun_contraction(word))
                || lower_in(POSSESSIVE_PRONOUNS, word)
        })
    }

    /// The mention of the possessive at token `possessor` as written, and
    /// the name without its `’s` (`the mayor’s` names `the mayor`).
    fn possessor_mention(
        &self,
        tokens: &[Token],
        floor: usize,
        possessor: usize,
    ) -> Option<(Span, Vec<Span>)> {
        let possessive = self.word(tokens[possessor]);
        if lower_in(POSSESSIVE_PRONOUNS, possessive) {
            let span = tokens[possessor].span;
            return Some(
                self.subject_owning(tokens, floor, possessor)
                    .unwrap_or_else(|| (span, vec![span])),
            );
        }
        let start = self.noun_phrase_start(tokens, possessor + 1, floor)?;
        if start > possessor {
            return None;
        }
        let start = self.possessor_phrase_start(tokens, start, possessor);
        let mention = Span::new(tokens[start].span.start, tokens[possessor].span.end);
        let mut words = word_spans(&tokens[start..=possessor]);
        if let Some(last) = words.last_mut() {
            last.end = last.start + without_possessive(possessive).len();
        }
        Some((mention, words))
    }

    /// Where the possessor phrase from `start` to the possessive at token
    /// `possessor` opens: after its last preposition, past or particle
    /// (`vouched for Park’s`, `the heart of Park’s`, `cheered Park’s`, `took
    /// up Park’s`; but `the secretary of state’s`), and at its first
    /// capital when no determiner opens it (`fuel Park’s`; but `the
    /// mayor’s`, `campaign chairman Jo Park’s`).
    pub(in crate::attribution) fn possessor_phrase_start(
        &self,
        tokens: &[Token],
        start: usize,
        possessor: usize,
    ) -> usize {
        let start = (start..possessor)
            .rev()
            .find(|&k| {
                let word = self.word(tokens[k]);
                // (`of` inside a title: `the secretary of state’s`.)
                let object_named = || {
                    let next = self.word(tokens[k + 1]);
                    is_capitalised_word(next) || DETERMINERS.contains(next)
                };
                !is_capitalised_word(word)
                    && ((is_stop_word(word) && !DETERMINERS.contains(word))
                        || lower_in(&["for", "with", "behind", "from"], word)
                        || (word == "of" && object_named())
                        || is_past(word)
                        || lower_in(&["up", "out", "off", "down"], word))
            })
            .map_or(start, |k| k + 1);
        let first = self.word(tokens[start]);
        if is_capitalised_word(first) || DETERMINERS.contains(first) || is_possessive(first) {
            return start;
        }
        (start..=possessor)
            .find(|&k| is_capitalised_word(self.word(tokens[k])))
            .unwrap_or(start)
    }

    /// `Mr. Park renewed his call`, `Park kept up her attacks`, `He made
    /// his case`: the subject of the verb right before the possessive
    /// pronoun at token `possessor`, who the pronoun is when they agree:
    /// its mention and naming words.
    fn subject_owning(
        &self,
        tokens: &[Token],
        floor: usize,
        possessor: usize,
    ) -> Option<(Span, Vec<Span>)> {
        let mut verb = possessor.checked_sub(1).filter(|&k| k > floor)?;
        if verb > floor && lower_in(&["up", "out", "off", "down"], self.word(tokens[verb])) {
            verb -= 1;
        }
        // A finite verb (`renewed`, `keeps up`), or any verb after an
        // auxiliary (`will renew`, `has not formally rescinded`).
        let word = self.word(tokens[verb]);
        let (mention, words) = self.subject_before(tokens, verb, floor)?;
        let subject_end = tokens.partition_point(|t| t.span.end <= mention.end);
        let between = |k: usize| {
            let word = self.word(tokens[k]);
            self.is_adverb(word) || word == "not" || FINITE_AUXILIARIES.contains(word)
        };
        let finite = is_past(word) || (word.ends_with('s') && !word.ends_with("ss"));
        let auxiliary =
            (subject_end..verb).any(|k| FINITE_AUXILIARIES.contains(self.word(tokens[k])));
        if !tokens[verb].is_word
            || is_capitalised_word(word)
            || is_stop_word(word)
            || !(finite || auxiliary)
            || !(subject_end..verb).all(between)
        {
            return None;
        }
        let named: Vec<&str> = words.iter().map(|w| &self.text[*w]).collect();
        let possessive = self.word(tokens[possessor]);
        let personal = !possessive.eq_ignore_ascii_case("their");
        let agrees = match classify(&named) {
            MentionClass::Named(SpeakerKind::Person | SpeakerKind::Unknown)
            | MentionClass::Common(SpeakerKind::Person)
            | MentionClass::Description => personal,
            MentionClass::Named(_) | MentionClass::Common(_) => !personal,
            MentionClass::Pronoun => named.first().is_some_and(|subject| {
                POSSESSIVE_OF_SUBJECT.iter().any(|(s, p)| {
                    subject.eq_ignore_ascii_case(s) && possessive.eq_ignore_ascii_case(p)
                })
            }),
        };
        agrees.then_some((mention, words))
    }

    /// The `that` after a short time or occasion opening at token `from`
    /// (`Monday that`, `during the debate that`, `on Sunday that`).
    // (Tried after every noun of speech: inlined, as it is hot.)
    #[inline(always)]
    pub(super) fn that_after_occasion(
        &self,
        tokens: &[Token],
        from: usize,
        end: usize,
    ) -> Option<usize> {
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
        cue: whosaid_core::Cue,
        tokens: &[Token],
        floor: usize,
        c: usize,
        that: usize,
        end: usize,
    ) -> Option<(Tag, Span)> {
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
        let subject = tokens.partition_point(|t| t.span.start < mention.start);
        // (`His claim that the levy failed was false`: heading the
        // sentence's subject, the clause ends before its verb.)
        let clause_end = match subject == floor && that == c + 1 {
            true => self.complement_end(tokens, that, clause_end),
            false => clause_end,
        };
        // (`Despite Park’s insistence that she …, she was charged`: in a
        // phrase opening the sentence.)
        let opening_phrase =
            subject == floor + 1 && lower_in(OPENING_PREPOSITIONS, self.word(tokens[floor]));
        let clause_end = match opening_phrase {
            true => self.before_main_clause(tokens, floor, that, clause_end, end, true),
            false => clause_end,
        };
        let content = self.content(tokens, that, clause_end)?;
        Some((Tag::new(cue, mention, name_words, (subject, that)), content))
    }
}
