//! Beliefs and intentions as cues: `believes (that) CLAUSE`, `wants (Y)
//! to VP`, `is confident that …`, `sees the plan as a trap`.

use super::*;
use crate::speakers::{MAX_PLACE_WORDS, PLACE_PREPOSITIONS, is_plural_of_people};

/// Most words of a phrase of time between a belief and its `that` (`for
/// at least a decade`).
const MAX_TIME_PHRASE_TOKENS: usize = 6;

/// Most words of a demonstrative's noun phrase opening a clause after a
/// belief (`this Supreme Court term would`).
const MAX_DEMONSTRATIVE_PHRASE_TOKENS: usize = 4;

/// Adjectives of belief that report an intention with an infinitive (`is
/// eager to run`).
const INTENT_ADJECTIVES: &[&str] = &["eager", "reluctant", "determined"];

/// Most words describing a noun between its determiner and it (`the
/// Republican presidential candidate`).
const MAX_NOUN_MODIFIERS: usize = 3;

word_sets! {
    /// Belief cues whose content is their object (`wants a recount`,
    /// `supports the bill`).
    STANCES = [
    "want", "support", "seek", "consider", "back", "prefer", "favor", "ignore", "deem",
    "recognize", "embrace", "admire", "regret", "envision", "contemplate", "mull", "ponder",
    "anticipate", "foresee", "focus", "fret", "agonize", "bristle", "chafe", "look",
];
}

/// Nouns for what is turned to something rather than who takes a view
/// of it (`attention focused on`, `all eyes are focused on`).
const FOCUSED_THINGS: &[&str] = &[
    "attention",
    "eyes",
    "spotlight",
    "ire",
    "anger",
    "coverage",
    "cameras",
    "lens",
];

/// Prepositions opening a phrase inside an object after its noun
/// (`violence against minorities`, `her role in the vote`).
const OBJECT_MODIFIER_PREPOSITIONS: &[&str] = &[
    "of", "in", "on", "for", "against", "toward", "towards", "about", "from", "with", "between",
    "among",
];

/// Most words of the subject of a belief closing its clause (`…, some
/// people in the party believe.`).
const MAX_CLOSING_SUBJECT_TOKENS: usize = 6;

/// Most words of a subject between a relative pronoun and its verb of
/// belief (`what the majority of lawmakers still believes is …`).
const MAX_GAP_SUBJECT_TOKENS: usize = 6;

impl Attributor<'_> {
    /// Where `that` opens a clause after a phrase of time starting at
    /// token `from` (`for years that …`, `since the war that …`), no
    /// verb between.
    fn that_after_time(&self, tokens: &[Token], from: usize) -> bool {
        let opens = tokens
            .get(from)
            .is_some_and(|t| lower_in(&["for", "since", "during"], self.word(*t)));
        opens
            && (from + 2..tokens.len().min(from + MAX_TIME_PHRASE_TOKENS + 2))
                .take_while(|&k| {
                    let word = self.word(tokens[k]);
                    tokens[k].is_word && (word == "that" || !is_finite(word))
                })
                .any(|k| self.word(tokens[k]) == "that")
    }

    /// Whether the subject of the verb at token `c`, a few plain words
    /// (`he`, `scientists`, `the majority of lawmakers still`), follows a
    /// relative pronoun that stands for part of what it reports.
    fn gap_subject_before(&self, tokens: &[Token], c: usize) -> bool {
        (c.saturating_sub(MAX_GAP_SUBJECT_TOKENS)..c)
            .rev()
            .take_while(|&k| {
                let word = self.word(tokens[k]);
                tokens[k].is_word && !is_finite(word) && !RELATIVE_GAP_PRONOUNS.contains(&word)
            })
            .any(|k| self.gap_pronoun_before(tokens, k).is_some())
    }

    /// The verb of belief or intention `lemma` at token `c`, as a cue:
    /// `believes (that) CLAUSE`, `wants (Y) to VP`, `hopes that CLAUSE`.
    /// Forms that are also nouns (`plans`, `fears`) count only after a
    /// pronoun, a name, an adverb or a plural noun they agree with.
    pub(in crate::attribution) fn belief_cue(
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
        // `is looking for a running mate`, `looks to ease tensions`,
        // `aimed to win`: an intention; not a glance (`looked at the
        // polls`) nor a target (`aimed at voters`).
        let next_word = tokens.get(c + 1).map_or("", |t| self.word(*t));
        // (`the traits they look for in a nominee`: what is looked for is
        // the noun before.)
        let stranded = tokens.get(c + 2).is_none_or(|t| {
            !t.is_word
                || lower_in(
                    &["in", "at", "on", "from", "with", "by", "as"],
                    self.word(*t),
                )
        });
        // (`focused on the race`, `focused almost solely on`; not
        // `focused resources on`, what was spent.)
        let on_after_adverbs = || {
            (c + 1..(c + 4).min(tokens.len()))
                .map(|k| self.word(tokens[k]))
                .find(|word| !(self.is_adverb(word) || lower_in(&["more", "less", "most"], word)))
                == Some("on")
        };
        let intended = match lemma {
            "look" => next_word == "to" || (next_word == "for" && !stranded),
            "aim" => next_word == "to",
            "focus" => on_after_adverbs(),
            _ => true,
        };
        if !intended {
            return None;
        }
        // `Attention focused on …`, `all eyes are focused on …`: what is
        // turned to something holds no view of it.
        if lemma == "focus" {
            let holder = (0..c)
                .rev()
                .map(|k| self.word(tokens[k]))
                .find(|word| !(self.is_adverb(word) || lower_in(BE_FORMS, word)));
            if holder.is_some_and(|word| lower_in(FOCUSED_THINGS, word)) {
                return None;
            }
        }
        // `The two men embraced after the vote`: a stance with no object
        // reports nothing.
        if STANCES.contains(lemma) && self.time_after_stance(tokens, c) {
            return None;
        }
        // `is confident that …`, `remains convinced that …`: an adjective
        // of belief after its verb, with its clause.
        if is_belief_adjective(word) {
            let next = tokens.get(c + 1).map_or("", |t| self.word(*t));
            // `is critical of the plan`, `are concerned about it`: the
            // object of its preposition.
            let object =
                tokens.get(c + 2).is_some_and(|t| t.is_word) && object_preposition(lemma, next);
            let after = c + 1 + usize::from(object);
            let linked = self.linking_verb_before(tokens, c).is_some();
            // `is eager to run`, `was reluctant to say`: an intention.
            // (`determined not to lose`: negated.)
            let to = match next {
                "not" => c + 2,
                _ => c + 1,
            };
            let infinitive = lower_in(INTENT_ADJECTIVES, word)
                && tokens.get(to).is_some_and(|t| self.word(*t) == "to")
                && tokens.get(to + 1).is_some_and(|t| t.is_word);
            // `is convinced the issue will …`, `are confident they can …`:
            // a certainty's clause without `that`.
            let bare_clause = lower_in(BARE_CLAUSE_ADJECTIVES, word)
                && self.bare_clause_at(tokens, c + 1, tokens.len());
            // `are not sure how to …`, `is unsure whether …`: what is
            // (not) known.
            let question = lower_in(&["sure", "certain", "unsure", "uncertain"], word)
                && lower_in(
                    &[
                        "whether", "if", "how", "what", "why", "when", "who", "where",
                    ],
                    next,
                );
            return ((next == "that" || object || infinitive || bare_clause || question) && linked)
                .then(|| (whosaid_core::Cue::belief(token.span, lemma), after, false));
        }
        // (`used to support`, `was more likely to back`: the infinitive
        // of a verb or adjective whose subject takes the stance; `led
        // experts to believe`: whose object does.)
        let catenative = previous == "to"
            && (self.takes_infinitive_before(tokens, c - 1)
                || self.ranked_agent_before(tokens, c - 1, 0).is_some()
                || self.caused_before(tokens, c - 1, 0).is_some());
        if (previous == "to" && !catenative)
            || NOUN_MARKERS.contains(previous)
            // (`Many worried parents have said`: an adjective; but `Some
            // feared voters would stay home` is a belief.)
            || (lemma == "worry" && self.adjective_before_subject(tokens, c))
            // `is expected`, but not `is hoping`; `is worried`, but not
            // `is worrying`, an adjective
            || (lower_in(BE_FORMS, previous)
                && (lemma == "worry") == word.ends_with("ing"))
        {
            return None;
        }
        // `The best known case`, `a little known rule`: an adjective after
        // its adverb of degree.
        let degree_adjective = word.eq_ignore_ascii_case("known")
            && lower_in(&["best", "well", "least", "lesser", "little"], previous)
            && c >= 2
            && DETERMINERS.contains(self.word(tokens[c - 2]));
        if degree_adjective {
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
        // (`Bush, who …, hopes his campaign …`: a clause after it.)
        // (`Kagan, who …, supports a larger role`, `Kagan — who … —
        // backs Clinton`: a determined object or a name after it.)
        let after_aside = (previous == "," || is_dash(previous))
            && word.ends_with('s')
            && (lower_in(
                &["to", "that", "his", "her", "their", "its", "a", "an", "the"],
                next_word,
            ) || (PRONOUNS.contains(next_word) && next_word != "it")
                || is_capitalised_word(next_word));
        // `Obama changed course and decided to …`, `Park, who …, wanted
        // to …`: a past of choosing after a comma or joined by `and`.
        let chosen_after = lower_in(&["decided", "wanted", "hoped", "wished"], word)
            && lower_in(&[",", "and"], previous)
            && next_word == "to";
        let subject_before = PRONOUNS.contains(previous)
            || catenative
            || after_aside
            || chosen_after
            || (word.ends_with("ing") && lower_in(BE_FORMS, previous))
            || lower_in(&["who", "that"], previous)
            // `those backing Roe`, `others supporting the plan`
            || (word.ends_with("ing") && lower_in(PARTICIPLE_PRONOUNS, previous))
            || (is_capitalised_word(previous) && !possessive)
            || (self.is_adverb(previous) && !(participle && previous.ends_with("ly")))
            || (!participle && self.agreeing_subject(tokens, c))
            // `students polled support …`: respondents.
            || (!participle && self.respondents_before(tokens, c))
            // `they all support …`, `will all back …`
            || self.floating_quantifier_at(tokens, c - 1);
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
        // (`voted twice for`, `voted overwhelmingly against`: adverbs
        // between; `voted down the bill`: rejected.)
        if lemma == "vote" {
            let choice = (c + 1..(c + 4).min(tokens.len()))
                .find(|&k| {
                    let word = self.word(tokens[k]);
                    !(self.is_adverb(word) || lower_in(&["twice", "again", "once"], word))
                })
                .filter(|&k| lower_in(&["for", "against", "down"], self.word(tokens[k])))
                .filter(|&k| tokens.get(k + 1).is_some_and(|t| t.is_word));
            if let Some(preposition) = choice {
                let cue = whosaid_core::Cue::belief(token.span, lemma);
                return Some((cue, preposition + 1, false));
            }
        }
        // `is leaning toward Roe`, `leans slightly toward Park`: a
        // preference; leaning on or in is none.
        if lemma == "lean" {
            let toward = match self.is_adverb(next) {
                true => c + 2,
                false => c + 1,
            };
            let leaning = tokens
                .get(toward)
                .is_some_and(|t| lower_in(&["toward", "towards"], self.word(*t)))
                && tokens.get(toward + 1).is_some_and(|t| t.is_word);
            return leaning.then(|| {
                (
                    whosaid_core::Cue::belief(token.span, lemma),
                    toward + 1,
                    false,
                )
            });
        }
        // `worried about the levy`, `hoped for a win`: what is worried
        // about or hoped for.
        let object_preposition = match lemma {
            "worry" => "about",
            "hope" | "wish" => "for",
            _ => "",
        };
        if !object_preposition.is_empty()
            && next == object_preposition
            && tokens.get(c + 2).is_some_and(|t| t.is_word)
        {
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
        // (`voted Thursday to delay the tax`: a time before the
        // infinitive.)
        if lemma == "vote"
            && next != "to"
            && self
                .infinitive_after_adverbial(tokens, c + 1, tokens.len())
                .is_none()
            // `backed down`, `backed away from`, `back and forth`
            || lemma == "back"
                && lower_in(
                    &["down", "off", "away", "up", "out", "into", "in", "by", "and", "forth"],
                    next,
                )
        {
            return None;
        }
        // `Trump support is strong`: a noun before the verb (but `what he
        // thought was fair`, after a relative pronoun and a subject).
        if NOUN_FORMS.contains(word)
            && (lower_in(BE_FORMS, next)
                || lower_in(&["has", "have", "had", "will", "would", "can"], next))
            && !(BELIEFS.contains(lemma) && self.gap_subject_before(tokens, c))
        {
            return None;
        }
        let clause = next == "that"
            // `which he estimates will not expire`, `what scientists think
            // is necessary`: the relative pronoun before the subject is
            // the clause's own.
            || (FINITE_AUXILIARIES.contains(next) && self.gap_subject_before(tokens, c))
            // `thinks so`
            || (BELIEFS.contains(lemma) && next == "so" && self.answer_ends_at(tokens, c + 2))
            // `believes, for example, that …`
            || self.that_after_aside(tokens, c + 1, tokens.len()).is_some()
            // `have known for years that …`, `believed since the war that`
            || (BELIEFS.contains(lemma) && self.that_after_time(tokens, c + 1))
            || (BELIEFS.contains(lemma)
                && (PRONOUNS.contains(next)
                    // `think it’s …`, `think that’s …`
                    || pronoun_with_auxiliary(next)
                    || lower_in(&["that’s", "that's", "there’s", "there's"], next)
                    // `knows what …`, `wonders whether …`
                    || QUESTION_WORDS.contains(next)
                    || lower_in(&["there", "the", "a", "an", "his", "her", "their", "its"], next)
                    // `believe this provides …`: a demonstrative and its verb.
                    || (lower_in(&["this", "these", "those"], next)
                        && (tokens.get(c + 2).is_some_and(|t| {
                            let verb = self.word(*t);
                            FINITE_AUXILIARIES.contains(verb)
                                || is_past(verb)
                                || (verb.ends_with('s')
                                    && !verb.ends_with("ss")
                                    && !is_capitalised_word(verb))
                        })
                        // `thought this Supreme Court term would …`: a
                        // demonstrative's noun phrase, then an auxiliary.
                        || (c + 3..tokens.len().min(c + 3 + MAX_DEMONSTRATIVE_PHRASE_TOKENS))
                            .take_while(|&j| tokens[j].is_word)
                            .any(|j| FINITE_AUXILIARIES.contains(self.word(tokens[j])))))
                    || is_capitalised_word(next)
                    // `think other senators would …`
                    || self.bare_clause_at(tokens, c + 1, tokens.len())))
            // `wants a ban on …`, `supports raising the wage`: what is
            // wanted or supported.
            // (`seeks “groundbreaking ideas”`: a quoted phrase.)
            || (STANCES.contains(lemma) && self.word_or_quoted_word_at(tokens, c + 1))
            // `sees golf courses as wasted space`, `regarded it as cleaner`
            || (matches!(lemma, "see" | "view" | "regard") && self.sees_as(tokens, c, lemma))
            // `Park sees a rising tendency to …`: in the present's third
            // person, what someone sees is a view (`saw the film` is not).
            || (word.eq_ignore_ascii_case("sees") && self.word_or_quoted_word_at(tokens, c + 1))
            // `Republicans see a dark side`, `57 percent see Trump
            // negatively`, `he does see the need for …`: the base form
            // after its plural subject or `do`.
            || (word == "see" && self.seen_view_at(tokens, c));
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
        // `Taxes will rise, his advisers believe.`: a belief closing its
        // clause after a comma, its subject a third person; or set off
        // inside the clause (`His lead, they believe, is safe`).
        let closing_tag = BELIEFS.contains(lemma)
            && (matches!(next, "." | ";" | ",") || is_dash(next))
            && (c.saturating_sub(MAX_CLOSING_SUBJECT_TOKENS + 1)..c)
                .rev()
                .take_while(|&k| tokens[k].is_word || self.word(tokens[k]) == ",")
                .find(|&k| self.word(tokens[k]) == ",")
                .filter(|&comma| comma > 0 && comma + 1 < c)
                .is_some_and(|comma| {
                    // (`They should be very, very worried.`: no subject.)
                    let first = self.word(tokens[comma + 1]);
                    let opens_subject = lower_in(&["he", "she", "they"], first)
                        || DETERMINERS.contains(first)
                        || is_capitalised_word(first);
                    opens_subject
                        && tokens[comma + 1..c].iter().all(|t| {
                            t.is_word
                                && !lower_in(&["i", "we", "you", "who", "which"], self.word(*t))
                        })
                });
        if !(clause || infinitive || closing_tag) {
            return None;
        }
        let cue = whosaid_core::Cue::belief(token.span, lemma);
        Some((cue, c + 1, false))
    }

    /// Whether `see` at `c` is followed by a noun phrase and `as` (`sees
    /// the plan as a trap`): a view, not a sight. After `view` or
    /// `regard`, a judgement does as well as `as` (`viewed him favorably`,
    /// `view her with skepticism`).
    fn sees_as(&self, tokens: &[Token], c: usize, lemma: &str) -> bool {
        // (`views Park favorably`, `view her with more skepticism`: how
        // one is viewed, after `view` or `regard`.)
        let viewed = matches!(lemma, "view" | "regard");
        let as_at = |k: usize| {
            let k = if viewed {
                self.after_degrees(tokens, k)
            } else {
                k
            };
            tokens.get(k).is_some_and(|t| {
                let word = self.word(*t);
                word == "as"
                    || (viewed
                        && lower_in(
                            &[
                                "favorably",
                                "unfavorably",
                                "favourably",
                                "unfavourably",
                                "positively",
                                "negatively",
                                "with",
                            ],
                            word,
                        ))
            })
        };
        // (`see him as a threat`: a pronoun.)
        self.noun_phrase_after(tokens, c + 1, tokens.len())
            .map(|end| self.past_object_modifiers(tokens, end))
            .is_some_and(as_at)
            || (tokens
                .get(c + 1)
                .is_some_and(|t| lower_in(OBJECT_PRONOUNS, self.word(*t)) || self.word(*t) == "it")
                && as_at(c + 2))
    }

    /// Where an object ending at token `end` ends with the phrases after
    /// its noun: prepositions and their objects (`police violence against
    /// minorities`, `her role in enforcing the law`), and a short
    /// appositive set off by commas (`Fiorina, then 44,`).
    fn past_object_modifiers(&self, tokens: &[Token], mut end: usize) -> usize {
        for _ in 0..3 {
            let Some(next) = tokens.get(end) else {
                break;
            };
            let word = self.word(*next);
            if lower_in(OBJECT_MODIFIER_PREPOSITIONS, word)
                && let Some(object_end) = self
                    .noun_phrase_after(tokens, end + 1, tokens.len())
                    .or_else(|| {
                        // (`in enforcing the law`: a gerund and its object.)
                        tokens
                            .get(end + 1)
                            .filter(|t| self.word(**t).ends_with("ing"))
                            .and_then(|_| self.noun_phrase_after(tokens, end + 2, tokens.len()))
                    })
            {
                end = object_end;
                continue;
            }
            let appositive_end = (word == ",")
                .then(|| {
                    (end + 2..(end + 5).min(tokens.len())).find(|&k| self.word(tokens[k]) == ",")
                })
                .flatten()
                .filter(|&comma| tokens[end + 1..comma].iter().all(|t| t.is_word));
            match appositive_end {
                Some(comma) => end = comma + 1,
                None => break,
            }
        }
        end
    }

    /// Whether `see` at token `c` holds a view: its object after it (not
    /// `see fit`, `see if`), and before it a plural subject in the
    /// present, agreeing, or `do` (`they see`, `experts see`, `did not
    /// see`), adverbs between.
    fn seen_view_at(&self, tokens: &[Token], c: usize) -> bool {
        let next = tokens.get(c + 1).map_or("", |t| self.word(*t));
        let object = tokens.get(c + 1).is_some_and(|t| t.is_word)
            && !lower_in(
                &[
                    "fit", "to", "if", "whether", "how", "what", "why", "that", "you", "him", "her",
                ],
                next,
            );
        let before = (0..c).rev().find(|&k| {
            let word = self.word(tokens[k]);
            !((word.ends_with("ly") && word.len() > 4)
                || lower_in(
                    &[
                        "not", "n’t", "n't", "also", "still", "now", "just", "even", "only",
                    ],
                    word,
                ))
        });
        let Some(before) = before else {
            return false;
        };
        let subject = self.word(tokens[before]);
        let plural_subject = lower_in(&["they", "we", "who", "percent"], subject)
            || (is_plural_of_people(subject) && subject.ends_with('s'))
            || (before + 1 == c && self.agreeing_subject(tokens, c));
        let supported = lower_in(
            &[
                "do",
                "does",
                "did",
                "don’t",
                "doesn’t",
                "didn’t",
                "don't",
                "doesn't",
                "didn't",
            ],
            subject,
        );
        // (Not after a modal: `workers would see a raise`.)
        let modal = FINITE_AUXILIARIES.contains(subject) && !supported;
        object && (plural_subject || supported) && !modal
    }

    /// Whether the base form at `c` follows a determiner and a plural noun,
    /// its subject (`most residents plan`, `many voters fear`); a singular
    /// noun before it makes a compound (`the tax plan`, `a security fear`).
    fn agreeing_subject(&self, tokens: &[Token], c: usize) -> bool {
        if c < 2 {
            return false;
        }
        let noun = self.word(tokens[c - 1]);
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
        let base_form = !self.word(tokens[c]).ends_with('s');
        // `older men support …`: plurals of people without an -s.
        if base_form && is_plural_of_people(noun) && !noun.ends_with('s') {
            return true;
        }
        // `Men under 35 support …`, `voters in Ohio favor …`: a plural of
        // people placed by a preposition and its object.
        let placed_plural = (c.saturating_sub(MAX_PLACE_WORDS + 1).max(1)..c - 1).any(|p| {
            let people = self.word(tokens[p - 1]);
            PLACE_PREPOSITIONS.contains(&self.word(tokens[p]))
                && is_plural_of_people(people)
                && tokens[p + 1..c]
                    .iter()
                    .all(|t| t.is_word && !FINITE_AUXILIARIES.contains(self.word(*t)))
        });
        if base_form && placed_plural {
            return true;
        }
        // `Republicans clamoring for change support …`: a plural of
        // people modified by a participle and its words.
        let modified_plural = (c.saturating_sub(MAX_PLACE_WORDS + 1).max(1)..c - 1).any(|p| {
            let participle = self.word(tokens[p]);
            participle.ends_with("ing")
                && participle.len() > 5
                && !is_capitalised_word(participle)
                && is_plural_of_people(self.word(tokens[p - 1]))
                && tokens[p + 1..c]
                    .iter()
                    .all(|t| t.is_word && !FINITE_AUXILIARIES.contains(self.word(*t)))
        });
        if base_form && modified_plural {
            return true;
        }
        // `Supporters of the law hope …`: a plural before `of` and its
        // object.
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
        // (`the Republican presidential candidate plans to …`: words
        // describing a speaker noun may stand after the determiner.)
        let determined = |k: usize| {
            lower_in(
                &[
                    "the", "these", "those", "many", "most", "some", "a", "an", "this",
                ],
                self.word(tokens[k]),
            )
        };
        let described = is_speaker_head(noun)
            && (c.saturating_sub(2 + MAX_NOUN_MODIFIERS)..c - 1)
                .rev()
                .take_while(|&k| {
                    tokens[k].is_word && !FINITE_AUXILIARIES.contains(self.word(tokens[k]))
                })
                .any(determined);
        if !(determined(c - 2) || described)
            || !tokens[c - 1].is_word
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
        // `the president hopes the GOP will relent`: a speaker with a
        // clause.
        let speaker_clause =
            || is_speaker_head(noun) && self.bare_clause_at(tokens, c + 1, tokens.len());
        (base_form && noun_plural)
            || (!base_form && !noun_plural && (that_follows || speaker_to || speaker_clause()))
    }
}
