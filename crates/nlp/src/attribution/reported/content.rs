//! Where a report's content starts and ends: after the cue (`that`,
//! an addressee, an infinitive, a question word), and before the next
//! clause, a second verb, a closing appositive or the writer's asides.

use super::*;

word_sets! {
    /// Words after `call` and a pronoun that make it a phone call or a
    /// summons (`called him back`, `called her on Monday`).
    NOT_A_NAME_AFTER_CALL = [
    "back", "up", "out", "off", "on", "in", "at", "to", "for", "from", "and", "after", "before",
    "last", "this", "yesterday", "today", "again", "quits",
];
}

word_sets! {
    /// Judgements after `call` and a noun phrase that no suffix marks as
    /// adjectives (`called the deal unfair`, `calls the plan wrong`).
    JUDGEMENTS_AFTER_CALL = [
    "unfair", "unfit", "unwise", "unjust", "wrong", "weak", "bad", "good", "dumb", "stupid",
    "crazy", "insane", "absurd", "racist", "sexist", "false", "fake", "corrupt", "rigged",
    "incompetent", "dishonest", "irrelevant", "inappropriate", "illegal",
    "unconstitutional", "unacceptable", "wrongheaded", "misguided", "flawed", "broken", "dead",
];
}

/// Things told rather than people told (`told a joke`, `tells the story`).
const TOLD_THINGS: &[&str] = &[
    "joke",
    "jokes",
    "story",
    "stories",
    "tale",
    "tales",
    "lie",
    "lies",
    "anecdote",
    "anecdotes",
];

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

/// Quotation marks counted in a span of tokens, to tell whether a
/// closing mark closes one opened before it.
#[derive(Default)]
struct QuotationMarks {
    curly_open: isize,
    curly_close: isize,
    straight: isize,
}

impl QuotationMarks {
    /// Adds `by` (1 or −1) to the count of `word`, if it is a mark.
    fn count(&mut self, word: &str, by: isize) {
        match word {
            "“" => self.curly_open += by,
            "”" => self.curly_close += by,
            "\"" => self.straight += by,
            _ => {}
        }
    }

    /// Whether `word`, right after the marks counted, closes a quotation
    /// they open.
    fn closed_by(&self, word: &str) -> bool {
        match word {
            "”" => self.curly_open > self.curly_close,
            "\"" => self.straight % 2 == 1,
            _ => false,
        }
    }
}

/// Most tokens of a phrase of the medium or occasion closing a content
/// (`in an interview with CNN on Sunday`).
const MAX_VENUE_PHRASE_TOKENS: usize = 10;

/// Most tokens naming the one quoted before `as saying` (`quoted Jo Park,
/// a Nice native, as saying`).
const MAX_QUOTED_SPEAKER_TOKENS: usize = 12;

/// Most tokens of an adverbial between a cue and its `that` (`said in an
/// interview with CNN on Sunday that`), and most of them in lower case.
const MAX_ADVERBIAL_TOKENS: usize = 24;
const MAX_ADVERBIAL_LOWER_CASE_TOKENS: usize = 12;

/// Most tokens of a noun phrase reported with a date closing it
/// (`announced his bid for the seat in June`).
const MAX_DATED_OBJECT_TOKENS: usize = 10;

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

/// Most adverbs between a cue and the preposition before its object
/// (`focused almost solely on`).
const MAX_ADVERBS_BEFORE_PREPOSITION: usize = 2;

word_sets! {
    /// Cues that may introduce their words after a colon (`said: the plan
    /// is dead`).
    COLON_CUES = [
    "say", "add", "write", "tweet", "explain", "argue", "note", "warn", "insist", "declare",
    "reply", "answer", "conclude", "remark", "post",
];
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
    /// Verbs of judgement among [`NEEDS_THAT`] that report a clause
    /// without `that` (`agreed the plan was flawed`, `has indicated she
    /// will run`).
    JUDGEMENTS = ["agree", "indicate", "conclude", "maintain", "state", "observe", "counter"];
}

/// Conjunctions opening a clause of reason or concession, which ends an
/// object (`backs Ruiz because …`).
const OBJECT_CLOSERS: &[&str] = &["because", "although", "though", "whereas", "unless"];

/// Conjunctions of time, which end an object when a clause follows them
/// (`criticized Roe after he spoke`).
const TIME_CONJUNCTIONS: &[&str] = &["after", "before"];

/// Conjunctions which end an object only when a clause with a subject of
/// its own follows them (`praised the wall when he spoke`).
const CLAUSE_CONJUNCTIONS: &[&str] = &["when", "while", "whenever"];

/// Most tokens of a stance's object inside a relative clause before the
/// sentence's verb (`Voters who backed Trump said`).
const MAX_RELATIVE_OBJECT_TOKENS: usize = 6;

/// Phrasal cues whose content may be a short topic (`talked about the
/// levy`).
pub(in crate::attribution) const TOPIC_CUES: &[&str] = &[
    "talk about",
    "talk of",
    "speak about",
    "speak of",
    "speak out",
    "brush off",
    "shrug off",
    "rule out",
    "play down",
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
    "take offense at",
    "take note of",
    "make no secret",
    "take shots at",
    "pay tribute to",
    "throw support",
    "lend support to",
    "line up behind",
    "plead guilty to",
    "plead not guilty",
    "acquiesce to",
    "acquiesce in",
    "spar over",
    "touch on",
];

word_sets! {
    /// Irregular pasts that end a clause of two words (`said profits
    /// rose`, `said Roe won`).
    INTRANSITIVE_PASTS = [
    "rose", "fell", "grew", "won", "lost", "ran", "quit", "lied", "died", "left", "stayed",
];
}

impl Attributor<'_> {
    /// Where the reported content starts after a cue, and the addressee:
    /// `told Blinken that …` skips `Blinken`; `urged the US to …` keeps it;
    /// `said on Monday that …` starts at `that`.
    pub(in crate::attribution) fn reported_start(
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
            // (`television shows and movies`: a noun; `shows and confirms
            // that …`: the last verb reports.)
            "and" | "or" => return None,
            _ => after,
        };
        // `said that night the plan failed`, `announced that same day
        // that …`: `that` before a time is its determiner.
        let word_at = |k: usize| self.word_before(tokens, k, end);
        // (Not `said that time was short`: the time is the subject.)
        let time_at = |k: usize| {
            (TIME_UNITS.contains(word_at(k)) || lower_in(&["day", "time"], word_at(k)))
                && !FINITE_AUXILIARIES.contains(word_at(k + 1))
                && !is_past(word_at(k + 1))
        };
        let after = match word_at(after) {
            "that" if time_at(after + 1) => after + 2,
            "that" if lower_in(&["same", "very"], word_at(after + 1)) && time_at(after + 2) => {
                after + 3
            }
            _ => after,
        };
        if after >= end {
            return None;
        }
        // `said while campaigning that …`, `wrote while a student at
        // Marquette`: a clause of time without a verb of its own is an
        // aside, before `that` or before nothing reported.
        if lower_in(
            &["while", "when", "whilst", "once"],
            self.word(tokens[after]),
        ) && tokens.get(after + 1).is_some_and(|t| {
            let word = self.word(*t);
            t.is_word
                && !PRONOUNS.contains(word)
                && (word.ends_with("ing")
                    || is_past(word)
                    || DETERMINERS.contains(word)
                    || lower_in(&["in", "at", "on"], word))
        }) && !(after + 2..end.min(after + 2 + MAX_SUBJECT_WORDS_BEFORE_VERB))
            .take_while(|&k| tokens[k].is_word && self.word(tokens[k]) != "that")
            .any(|k| is_finite(self.word(tokens[k])))
        {
            return (after + 2..end.min(after + 1 + MAX_ASIDE_TOKENS))
                .take_while(|&k| !matches!(self.word(tokens[k]), "." | ";"))
                .find(|&k| self.word(tokens[k]) == "that")
                .map(|that| (that, None));
        }
        // `demanded to know whether …`, `wanted to know why …`: the
        // question asked.
        if self.word(tokens[after]) == "to"
            && tokens
                .get(after + 1)
                .is_some_and(|t| lower_in(&["know", "learn", "understand"], self.word(*t)))
            && tokens
                .get(after + 2)
                .is_some_and(|t| lower_in(&["whether", "why", "how", "what", "if"], self.word(*t)))
        {
            return Some((after + 2, None));
        }
        if let Some(that) = self.that_after_aside(tokens, after, end) {
            return Some((that, None));
        }
        // `wondered, as I do, why …`: a question after an aside.
        if matches!(lemma, "ask" | "wonder")
            && let Some(question) = self
                .after_aside(tokens, after, end)
                .filter(|&k| k < end && QUESTION_WORDS.contains(self.word(tokens[k])))
        {
            return Some((question, None));
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
        // `at least`, `at most`: a bound, on a number or on the object.
        let at_bound = word_at(after).eq_ignore_ascii_case("at")
            && lower_in(&["least", "most"], word_at(after + 1));
        // (`reported at least 20 victims at a center that …`: a number of
        // things, not a phrase of circumstance, as `said at least once`
        // and `at least three times` are.)
        let quantity = at_bound
            && is_number(word_at(after + 2))
            && !lower_in(&["times", "time"], word_at(after + 3));
        let adverbial = (ADVERBIAL_OPENERS.contains(self.word(tokens[after])) && !quantity)
            || topic
            || (self.word(tokens[after]) == "for"
                && (after + 1..(after + 4).min(end))
                    .any(|k| DURATION_WORDS.contains(self.word(tokens[k]))))
            || (word_at(after) == "for" && lower_in(&["certain", "sure"], word_at(after + 1)))
            || (word_at(after) == "with" && !passive)
            // `said since the war that …`
            || word_at(after) == "since"
            || (word_at(after) == "by" && !passive && !is_past(word_at(after - 1)));
        // (`said in an interview on Fox News’ On the Record with Greta Van
        // Susteren that`: the words of a name count as one.)
        let reach = match adverbial {
            true => {
                let mut lower_words = 0;
                (after..end)
                    .take(MAX_ADVERBIAL_TOKENS)
                    .take_while(|&k| {
                        lower_words += usize::from(!is_capitalised_word(self.word(tokens[k])));
                        lower_words <= MAX_ADVERBIAL_LOWER_CASE_TOKENS
                    })
                    .count()
            }
            false => 1,
        };
        // A pronoun opens a clause without `that` (`said on Friday he met
        // …`, `said on Friday he’s …`): a later `that` is inside it.
        let pronoun = |word: &str| PRONOUNS.contains(word) || pronoun_with_auxiliary(word);
        let opening = (after..(after + reach).min(end))
            .take_while(|&k| self.word(tokens[k]) != ",")
            .find(|&k| {
                let word = self.word(tokens[k]);
                // (`said Friday as he entered the talks`: a subordinate
                // clause's subject opens no report.)
                let subordinate = k > after && {
                    let before = self.word(tokens[k - 1]);
                    before == "as" || lower_in(SUBORDINATORS, before)
                };
                word == "that"
                    || (!topic && !subordinate && (pronoun(word) || QUESTION_WORDS.contains(word)))
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
        // (`say for certain who …`, `say with any certainty what …`: a
        // question word after an adverbial of certainty, not a relative
        // after a noun: `wrote about a colleague who …`.)
        if let Some(start) = opening.filter(|&k| {
            let word = self.word(tokens[k]);
            let certainty = k > after
                && QUESTION_WORDS.contains(word)
                && lower_in(&["certain", "sure", "certainty"], self.word(tokens[k - 1]));
            adverbial && (pronoun(word) || certainty)
        }) {
            return Some((start, None));
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
            // (`said Friday as he entered the talks`: a time and a
            // subordinate clause tell when, not what.)
            if clause > after && (word(clause) == "as" || lower_in(SUBORDINATORS, word(clause))) {
                return None;
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
        // (Not a relative `that` before its verb: `adds to the drama that
        // has surrounded …`.)
        let opens_clause = |k: usize| {
            tokens.get(k).is_some_and(|t| {
                let word = self.word(*t);
                let relative =
                    word == "that" && tokens.get(k + 1).is_some_and(|t| is_finite(self.word(*t)));
                (word == "that" && !relative) || lower_in(&["why", "how", "what", "whether"], word)
            })
        };
        if self.word(tokens[after]) == "to"
            && let Some(name_end) = match pronoun_told {
                true => Some(after + 2),
                false => self.noun_phrase_after(tokens, after + 1, end),
            }
            // (`said to a crowd in Georgia that`: a place after them.)
            && let name_end = self.place_after(tokens, name_end, end).unwrap_or(name_end)
            // (`said to reporters on Monday that`: a time after them, but
            // not a relative clause on it: `on the day that …`.)
            && let Some(clause) = match opens_clause(name_end) {
                true => Some(name_end),
                false => self.that_after_occasion(tokens, name_end, end).filter(|&that| {
                    let words = || tokens[name_end..that].iter().map(|t| self.word(*t));
                    words().any(|w| self.time_word(w) || TIME_UNITS.contains(w))
                        && !words().any(|w| w == "the")
                }),
            }
        {
            let addressee = Span::new(tokens[after + 1].span.start, tokens[name_end - 1].span.end);
            return Some((clause, Some(addressee)));
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
        // `an official who requested anonymity`, `asked for anonymity`: the
        // terms of speaking, not what was said.
        let asking = lower_in(&["request", "ask", "seek", "demand", "want"], lemma);
        if asking
            && (next.eq_ignore_ascii_case("anonymity")
                || (next == "for"
                    && tokens
                        .get(after + 1)
                        .is_some_and(|t| self.word(*t) == "anonymity")))
        {
            return None;
        }
        // `said yes.`, `said so;`: a whole answer.
        let answer_ends =
            self.answer_ends_at(tokens, after + 1) || self.circumstance_closes(tokens, after + 1);
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
        // `complained to party officials about …`: the person addressed
        // between the cue and its preposition.
        if next == "to"
            && let Some(addressee_end) = self.noun_phrase_after(tokens, after + 1, end)
            && addressee_end + 1 < end
            && object_preposition(lemma, self.word(tokens[addressee_end]))
        {
            let addressee = Span::new(
                tokens[after + 1].span.start,
                tokens[addressee_end - 1].span.end,
            );
            return Some((addressee_end + 1, Some(addressee)));
        }
        // `called Friday for …`, `warned Sunday against …`: a day between
        // the cue and its preposition.
        let (after, next) = match tokens.get(after + 1).map(|t| self.word(*t)) {
            Some(preposition)
                if WEEKDAYS.contains(next)
                    && ((REQUESTS.contains(lemma) && preposition == "for")
                        || (lemma == "warn" && lower_in(WARNED_OF, preposition))
                        || object_preposition(lemma, preposition)) =>
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
        // denied (`denied Trump’s claims`, `denied Monday that …`).
        if lemma == "deny"
            && is_capitalised_word(next)
            && !is_possessive(next)
            && !WEEKDAYS.contains(next)
            && !self.in_title_case()
        {
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
        // `complained loudly about the levy`, `focused almost solely on
        // …`: adverbs before the preposition.
        let adverbs = (after..(after + MAX_ADVERBS_BEFORE_PREPOSITION).min(end))
            .take_while(|&k| {
                let word = word_at(k);
                self.is_adverb(word) || lower_in(&["more", "less", "most", "mostly"], word)
            })
            .count();
        if that.is_none()
            && adverbs > 0
            && after + adverbs + 1 < end
            && object_preposition(lemma, word_at(after + adverbs))
        {
            return Some((after + adverbs + 1, None));
        }
        if that.is_none() && object_preposition(lemma, next) && after + 1 < end {
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
        if lower_in(&["refer", "allude", "respond", "reply"], lemma)
            && next == "to"
            && after + 1 < end
        {
            // `…, referring to the nominee`, `alluded to the vote`: what
            // the speaker meant;
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
        // (`wants to “go an extra step”`: a quoted verb.)
        let verb_follows = self.word_or_quoted_word_at(tokens, after + 1);
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
            // (`called the deal terrible`, `called the plan unfair`.)
            // (After a noun: not `called the constable`.)
            let judgement = self.modifies_noun(last)
                || (name_end - after >= 3
                    && (JUDGEMENTS_AFTER_CALL.contains(last)
                        || (last.ends_with("ble") && last.len() > 5)));
            let judged = name_end - after >= 2 && !NOUN_MODIFIERS.contains(last) && judgement;
            // (`called Roe unfit`, `called Clinton unworthy of …`: a word
            // in lower case after a name closes the clause as a judgement.)
            let name_then_judgement = (after + 1..name_end).any(|j| {
                let word = self.word(tokens[j]);
                is_capitalised_word(self.word(tokens[j - 1]))
                    && !word.ends_with('s')
                    && self.judgement_closes(tokens, j, end)
            });
            if renamed
                || judged
                || name_then_judgement
                || self.judgement_closes(tokens, name_end, end)
            {
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
            // `reminded voters of the attack`: what they are reminded of
            // is no part of them.
            // (Not `warned members of the council that …`: the clause
            // after the phrase is what they are warned of.)
            let clause_after = tokens
                .get(name_end)
                .is_some_and(|t| lower_in(&["that", "to", ","], self.word(*t)));
            if lower_in(&["remind", "warn"], lemma)
                && !clause_after
                && let Some(of_at) = (after + 1..name_end).find(|&k| self.word(tokens[k]) == "of")
            {
                name_end = of_at;
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
                // `asked Carson about his ties to the firm`, `warned voters
                // about fraud`, `reminded his staff about the rule`
                Some("about")
                    if lower_in(&["ask", "remind", "warn", "tell", "inform"], lemma)
                        && name_end + 1 < end =>
                {
                    Some((name_end + 1, Some(addressee)))
                }
                // `reminded Trump of the attack`, `warned voters of fraud`:
                // the one reminded, and of what.
                Some("of") if lower_in(&["remind", "warn"], lemma) && name_end + 1 < end => {
                    Some((after, Some(addressee)))
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
                // `asked Republicans a simple question`, `asked Harris
                // just that question`: the question put to them.
                _ if lemma == "ask"
                    && (name_end..(name_end + 4).min(end))
                        .take_while(|&k| tokens[k].is_word)
                        .any(|k| lower_in(&["question", "questions"], self.word(tokens[k]))) =>
                {
                    Some((name_end, Some(addressee)))
                }
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
            // `quoted an aide, Jo Park, as saying that …`: the one quoted
            // and what they said.
            let quoted_as = lemma == "quote"
                && (after + 1..(after + MAX_QUOTED_SPEAKER_TOKENS).min(end))
                    .take_while(|&k| tokens[k].is_word || self.word(tokens[k]) == ",")
                    .any(|k| {
                        self.word(tokens[k]) == "as"
                            && k + 1 < end
                            && self.participle_cue(tokens, k + 1)
                            && self.speech_cue(tokens, k + 1).is_some()
                    });
            return (judged || quoted_as).then_some((after, None));
        }
        // `announced on Friday the arrest of …`, `noted on Twitter the
        // change`: a phrase of circumstance, then the object.
        if lower_in(&["on", "in", "at", "during"], self.word(tokens[after]))
            && let Some(phrase_end) = (after + 2..(after + 6).min(end)).find(|&k| {
                let last = word_at(k - 1);
                VENUES.contains(last) || WEEKDAYS.contains(last) || is_capitalised_word(last)
            })
            && tokens[after + 1..phrase_end].iter().all(|t| t.is_word)
            && phrase_end + 1 < end
            && NOUN_MARKERS.contains(word_at(phrase_end))
        {
            return Some((phrase_end, None));
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
        // (`seeks “groundbreaking ideas”`: a stance's object in quotation
        // marks.)
        let quoted_object = !tokens[after].is_word
            && STANCE_OBJECTS.contains(lemma)
            && self.word_or_quoted_word_at(tokens, after);
        // (`backs at least a pause`: a bound on the object, no place.)
        let bound = at_bound && tokens.get(after + 2).is_some_and(|t| t.is_word);
        let clause_like = (tokens[after].is_word && !NO_CLAUSE_OPENERS.contains(first))
            || amount
            || bound
            || quoted_object;
        // `added a new element`, `adds to the drama`: a thing added; only a
        // clause is something said.
        if lemma == "add" && !self.bare_clause_at(tokens, after, end) {
            return None;
        }
        (clause_like && !self.occasion_only(tokens, after, end)).then_some((after, None))
    }

    /// The preposition opening a phrase of the medium or occasion that
    /// closes tokens `from..to` (`in an interview with CNN on Sunday`, `on
    /// Twitter`, `during a speech at the DNC`): a venue within its first
    /// words, and no verb or comma in it.
    pub(in crate::attribution) fn closing_venue(
        &self,
        tokens: &[Token],
        from: usize,
        to: usize,
    ) -> Option<usize> {
        let start = from + MIN_CONTENT_WORDS;
        let preposition = (start..to)
            .rev()
            .take(MAX_VENUE_PHRASE_TOKENS)
            .take_while(|&k| tokens[k].is_word || matches!(self.word(tokens[k]), "’s" | "'s"))
            .filter(|&k| lower_in(&["in", "on", "during"], self.word(tokens[k])))
            .last()?;
        // (`town` only as a `town hall`.)
        let venue_at = (preposition + 1..to.min(preposition + 4)).find(|&k| {
            let word = self.word(tokens[k]);
            VENUES.contains(word)
                && (word != "town" || tokens.get(k + 1).is_some_and(|t| self.word(*t) == "hall"))
        })?;
        // (A determiner or a name before it: `in an interview`, `on
        // Twitter`, not `spending on television ads`.)
        let first = self.word(tokens[preposition + 1]);
        let determined =
            NOUN_MARKERS.contains(first) || is_possessive(first) || is_capitalised_word(first);
        // (`on the debate over taxes`: a topic, not where it was said.)
        let topic = tokens
            .get(venue_at + 1)
            .is_some_and(|t| lower_in(&["over", "about"], self.word(*t)));
        if !determined || topic {
            return None;
        }
        let verb = tokens[venue_at + 1..to].iter().any(|t| {
            let word = self.word(*t);
            FINITE_AUXILIARIES.contains(word) || is_past(word)
        });
        (!verb).then_some(preposition)
    }

    /// Whether tokens `from..end` after a cue only say when or where it was
    /// said (`Thursday on CNBC’s “Squawk Box”`, `during the primaries`):
    /// a day and a preposition, or `during`, and no verb or `that` after.
    fn occasion_only(&self, tokens: &[Token], from: usize, end: usize) -> bool {
        let word = |k: usize| self.word_before(tokens, k, end);
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
    /// spending`, `what he described as a trap in the law`) or in a
    /// relative clause (`Ohio, which she describes as her second home`),
    /// from `what` or the relative pronoun before the subject at token
    /// `subject` to the name's end; the cue's
    /// lemma is `lemma`, the token after it `after`.
    pub(super) fn name_given_with_what(
        &self,
        tokens: &[Token],
        lemma: &str,
        subject: usize,
        after: usize,
        end: usize,
    ) -> Option<Span> {
        let what = subject.checked_sub(1)?;
        if !lower_in(&["what", "which", "that"], self.word(tokens[what])) {
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
    pub(super) fn complement_end(&self, tokens: &[Token], from: usize, end: usize) -> usize {
        let verb = |k: usize| {
            let word = self.word(tokens[k]);
            FINITE_AUXILIARIES.contains(word)
                || IRREGULAR_PAST.contains(word)
                || (word.ends_with("ed") && !is_capitalised_word(word))
        };
        let mut k = from + 1;
        // `His plans to build a stadium collapsed last year`: an infinitive
        // has no finite verb of its own, so a past after its verb's object
        // is the sentence's (not `to deport undocumented immigrants`, `to
        // hire more qualified staff`).
        if self.word(tokens[from]) == "to" {
            let past_verb = |j: usize| {
                let word = self.word(tokens[j]);
                let previous = self.word(tokens[j - 1]);
                (IRREGULAR_PAST.contains(word) || word.ends_with("ed"))
                    && !is_capitalised_word(word)
                    && j > from + 2
                    && tokens[j - 1].is_word
                    && !DETERMINERS.contains(previous)
                    && !is_stop_word(previous)
                    && !self.is_adverb(previous)
                    && !is_number(previous)
                    && !lower_in(
                        &[
                            "more", "most", "less", "least", "well", "hundred", "thousand",
                            "million", "billion",
                        ],
                        previous,
                    )
            };
            return (from + 2..end)
                .find(|&j| {
                    let previous = self.word(tokens[j - 1]);
                    (FINITE_AUXILIARIES.contains(self.word(tokens[j])) || past_verb(j))
                        && !lower_in(&["and", "or", "to"], previous)
                })
                .unwrap_or(end);
        }
        if self.word(tokens[from]).eq_ignore_ascii_case("that") {
            // The clause's own verb first.
            while k < end && !verb(k) {
                k += 1;
            }
            k += 1;
        }
        // (`that Roe is bluffing and would lose`: a verb joined by `and` is
        // the clause's own.)
        (k..end)
            .find(|&j| {
                FINITE_AUXILIARIES.contains(self.word(tokens[j]))
                    && self.word(tokens[j - 1]) != "and"
            })
            .unwrap_or(end)
    }

    /// Whether a clause opens at token `at` after a participle of speech
    /// (`saying the city embodied …`): a bare clause, or a noun phrase and
    /// a past not in the passive.
    pub(in crate::attribution) fn clause_after_participle(
        &self,
        tokens: &[Token],
        at: usize,
        end: usize,
    ) -> bool {
        if self.bare_clause_at(tokens, at, end) {
            return true;
        }
        let word = |k: usize| self.word_before(tokens, k, end);
        self.noun_phrase_after(tokens, at, end).is_some_and(|k| {
            is_past(word(k)) && !is_capitalised_word(word(k)) && word(k + 1) != "by"
        })
    }

    /// Whether a clause with its own subject and verb starts at token
    /// `at`, without `that`: a pronoun subject (`he would`), or a noun
    /// phrase before an auxiliary or a verb in the past (`the plan was`,
    /// `Ruiz won`), not an object (`the deal`, `it in May`).
    pub(in crate::attribution) fn bare_clause_at(
        &self,
        tokens: &[Token],
        at: usize,
        end: usize,
    ) -> bool {
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
        // So may a demonstrative (`convinced this is the only way`).
        if lower_in(&["it", "there", "this", "these", "those"], word) {
            return finite(at + 1, false);
        }
        if pronoun_span(word, *first).is_some() {
            return tokens.get(at + 1).is_some_and(|t| t.is_word);
        }
        // (`some of this was …`, `most of the money went …`: a quantifier
        // before `of` heads the phrase.)
        let quantifier_of = lower_in(
            &[
                "some", "most", "all", "many", "much", "none", "each", "both", "few", "several",
            ],
            word,
        ) && tokens.get(at + 1).is_some_and(|t| self.word(*t) == "of");
        // (`bigotry and xenophobia are …`: two nouns joined by `and`.)
        let phrase_end = self
            .noun_phrase_after(tokens, at, end)
            .or_else(|| quantifier_of.then_some(at + 1));
        let phrase_end =
            phrase_end.map(
                |k| match tokens.get(k).is_some_and(|t| self.word(*t) == "and") {
                    true => self.noun_phrase_after(tokens, k + 1, end).unwrap_or(k),
                    false => k,
                },
            );
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
                // (`some of this`, `all of them`: a pronoun as the object.)
                let pronoun = tokens.get(k + 1).filter(|_| k + 1 < end).is_some_and(|t| {
                    lower_in(
                        &["this", "that", "these", "those", "them", "it", "us"],
                        self.word(*t),
                    )
                });
                match self.noun_phrase_after(tokens, k + 1, end) {
                    Some(next) if preposition => k = next,
                    None if preposition && pronoun => k += 2,
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
        let closes = tokens.get(k + 1).is_none_or(|t| {
            !t.is_word
                || lower_in(
                    &[
                        "and", "but", "for", "because", "since", "when", "while", "although",
                        "though",
                    ],
                    self.word(*t),
                )
        });
        closes
            && !is_capitalised_word(word)
            && !is_stop_word(word)
            && !self.is_adverb(word)
            && !NOT_A_NAME_AFTER_CALL.contains(word)
            && !is_number(word)
    }

    /// The end of an infinitive predicate: before `and` + a second verb in
    /// the past (`… to release detainees and took up an offer`).
    pub(super) fn predicate_end(&self, tokens: &[Token], from: usize, end: usize) -> usize {
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
    pub(in crate::attribution) fn addressee_end(
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
        // (`told a joke`: what is told, not whom.)
        if lower_in(TOLD_THINGS, self.word(tokens[first_end - 1])) {
            return None;
        }
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
    pub(super) fn object_end(&self, tokens: &[Token], from: usize, to: usize) -> usize {
        // `is backing Ruiz because she …`, `backs Ruiz, but he …`: a
        // clause of reason or contrast is no part of the object.
        let to = (from + 1..to)
            .find(|&k| {
                let word = self.word(tokens[k]);
                lower_in(OBJECT_CLOSERS, word)
                    || self.time_clause_at(tokens, from, k, to)
                    || word == ";"
                    || ((word == "," || is_dash(word))
                        && tokens
                            .get(k + 1)
                            .is_some_and(|t| lower_in(&["but", "yet"], self.word(*t))))
                    // (`… illegal immigration — and last June stirred …`;
                    // not a dash closing an aside, `… ― which would go to
                    // the rich ― and her own plans`.)
                    || (is_dash(word)
                        && tokens
                            .get(k + 1)
                            .is_some_and(|t| self.word(*t).eq_ignore_ascii_case("and"))
                        && (from..k).filter(|&j| is_dash(self.word(tokens[j]))).count() % 2 == 0)
                    // `complained about the mic, even suggesting …`, `…,
                    // going on to argue …`: a participle of its own.
                    || (word == ","
                        && (k + 1..(k + 4).min(to))
                            .find(|&j| {
                                let w = self.word(tokens[j]);
                                !(w.ends_with("ly") || lower_in(&["even", "also"], w))
                            })
                            .is_some_and(|j| {
                                let w = self.word(tokens[j]);
                                w.ends_with("ing")
                                    && (cue_lemma(w).is_some()
                                        || self.catenative_participle_cue_at(tokens, j, to))
                            }))
                    // `echoed Roe, who told reporters that …`, `who backed
                    // the raid and who hoped to …`: the relative clause
                    // reports on its own.
                    || self.relative_cue_at(tokens, k, to)
                    || self.second_predicate_at(tokens, from, k, to)
            })
            .unwrap_or(to);
        // `The first member to endorse him was Roe`: a pronoun object
        // ends before the verb of the clause it is in.
        let to = match tokens.get(from + 1) {
            Some(t)
                if from + 1 < to
                    && lower_in(OBJECT_PRONOUNS, self.word(tokens[from]))
                    && FINITE_AUXILIARIES.contains(self.word(*t)) =>
            {
                from + 1
            }
            _ => to,
        };
        // `Voters who backed Trump said …`: in a relative clause, a
        // stance's object ends at the sentence's verb.
        let in_relative = from >= 2 && lower_in(&["who", "that"], self.word(tokens[from - 2]));
        // (`Groups that oppose the levy spent millions`: or at a verb in
        // the past after the object's words, not one modifying a noun,
        // `the proposed plan`, nor a relative clause's, `the plan that
        // failed`.)
        let main_verb = |k: usize| {
            let word = self.word(tokens[k]);
            let before = self.word(tokens[k - 1]);
            is_past(word)
                && !is_capitalised_word(word)
                && !word.ends_with("en")
                && !DETERMINERS.contains(before)
                && !FINITE_AUXILIARIES.contains(before)
                && !lower_in(&["that", "which", "who", "by", "to"], before)
                && !(from..k).any(|j| {
                    let word = self.word(tokens[j]);
                    lower_in(&["that", "which", "who", "to"], word) || PRONOUNS.contains(word)
                })
        };
        let to = match in_relative {
            true => (from + 1..to.min(from + MAX_RELATIVE_OBJECT_TOKENS))
                .take_while(|&k| tokens[k].is_word)
                .find(|&k| {
                    (!self.participle_cue(tokens, k)
                        && self
                            .speech_cue(tokens, k)
                            .is_some_and(|(cue, _, _)| cue.kind == CueKind::Speech))
                        || main_verb(k)
                })
                .unwrap_or(to),
            false => to,
        };
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

    /// Whether the participle at token `k` takes the infinitive of a cue
    /// (`going on to argue`, `continuing to insist`), before token `to`.
    fn catenative_participle_cue_at(&self, tokens: &[Token], k: usize, to: usize) -> bool {
        (k + 2..(k + 4).min(to)).any(|cue| {
            self.catenative_participle_before(tokens, cue) == Some(k)
                && self.speech_cue(tokens, cue).is_some()
        })
    }

    /// Whether a clause of time opens at token `k` (before `to`) after
    /// an object from `from` with no verb of its own: a conjunction of
    /// time, then a subject and its verb or a participle (`lashed out at
    /// Roe after he spoke`, `before floating the idea`; not `that before
    /// the vote he …`, `remarks he made after …`).
    fn time_clause_at(&self, tokens: &[Token], from: usize, k: usize, to: usize) -> bool {
        let word = self.word(tokens[k]);
        // `announcing his support for Roe, Park said …`, `praised the
        // wall when he spoke`: the clause after a comma or `when` has a
        // subject of its own.
        let clause_opener = word == "," || lower_in(CLAUSE_CONJUNCTIONS, word);
        if !(lower_in(TIME_CONJUNCTIONS, word) || clause_opener) || k + 2 > to {
            return false;
        }
        // (`described how, growing up, Roe …`: a question is a clause.)
        let has_verb = tokens[from..k].iter().any(|t| {
            let word = self.word(*t);
            lower_in(&["that", "who", "which", "whom", "to"], word)
                || (clause_opener && QUESTION_WORDS.contains(word))
                || FINITE_AUXILIARIES.contains(word)
                // (`his highly criticized speech, when he …`: before a
                // clause, a participle modifies.)
                || (!clause_opener && is_past(word) && !is_capitalised_word(word))
                || PRONOUNS.contains(word)
        });
        if has_verb {
            return false;
        }
        let next = self.word(tokens[k + 1]);
        // (`extols Hasan, the psychiatrist who killed …`: an appositive
        // with a relative clause is no clause of its own; a relative
        // pronoun comes before the first verb.)
        let relative_follows = || {
            (k + 1..to.min(k + 2 + MAX_SUBJECT_WORDS_BEFORE_VERB))
                .take_while(|&j| {
                    let word = self.word(tokens[j]);
                    tokens[j].is_word && !is_finite(word) && !is_past(word)
                })
                .any(|j| lower_in(&["who", "which", "that", "whom"], self.word(tokens[j])))
        };
        match clause_opener {
            true => self.subject_with_verb_at(tokens, k + 1, to) && !relative_follows(),
            false => {
                (next.ends_with("ing") && !is_capitalised_word(next) && next.len() > 5)
                    || self.subject_with_verb_at(tokens, k + 1, to)
            }
        }
    }

    /// Whether the subject's second predicate opens at token `k` (before
    /// `to`), ending an object: `and`, then a finite verb taking words of
    /// its own (`praised the plan and embraced its aim`, `mentioned CNN
    /// and then seemed to blame it`, `backs Roe and has said …`), or a
    /// comma, then a finite cue (`joked about Roe, opposed the deal`). (Not
    /// `the police and armed forces`: a noun follows the verb; nor `a man
    /// who won and lost`: the verb is the relative clause's.)
    fn second_predicate_at(&self, tokens: &[Token], from: usize, k: usize, to: usize) -> bool {
        let relative = || {
            tokens[from..k]
                .iter()
                .any(|t| lower_in(&["who", "which", "that"], self.word(*t)))
        };
        let comma = self.word(tokens[k]) == ",";
        // (`oppose abortions but favor exceptions`: `but` joins as well.)
        if !(comma || lower_in(&["and", "but"], self.word(tokens[k]))) || relative() {
            return false;
        }
        // (`and, in Republican contests, has backed …`: a phrase set off
        // after `and`.)
        let verb_from = match tokens.get(k + 1).map(|t| self.word(*t)) {
            Some(",") if !comma => (k + 2..to.min(k + 2 + MAX_SET_OFF_PHRASE_TOKENS))
                .find(|&j| self.word(tokens[j]) == ",")
                .map_or(k + 1, |close| close + 1),
            _ => k + 1,
        };
        let verb = (verb_from..to)
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
            || next.ends_with("ly")
            || matches!(next, "“" | "\"");
        // `joked about Roe, opposed the deal`: after a comma, a finite cue.
        if comma {
            let finite = is_past(word) || is_third_person(word);
            return finite && opens_words && cue_lemma(word).is_some();
        }
        // (`oppose abortions but favor exceptions`: a plural's verb in the
        // base form, opening a determined object.)
        let base_form_cue = cue_lemma(word).is_some_and(|(lemma, _)| lemma == word)
            && (DETERMINERS.contains(next) || lower_in(CALLED_PRONOUNS, next))
            && !NOUN_LIKE_CUES.contains(word);
        // (`railing against the rules and fighting to end them`: a
        // participle joined to the participle whose object this is.)
        let after_participle = (from.saturating_sub(3)..from).any(|j| {
            let cue = self.word(tokens[j]);
            cue.ends_with("ing") && cue_lemma(cue).is_some()
        });
        let second_participle = after_participle
            && word.len() > 5
            && word.ends_with("ing")
            && !is_capitalised_word(word)
            && opens_words;
        // (`opposed the bill and wants to repeal it`: a cue in the
        // present, too.)
        FINITE_AUXILIARIES.contains(word)
            || (is_past(word) && opens_words)
            || (is_third_person(word) && opens_words && cue_lemma(word).is_some())
            || base_form_cue
            || second_participle
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
    pub(super) fn date_after_object(
        &self,
        tokens: &[Token],
        from: usize,
        to: usize,
    ) -> Option<usize> {
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
    pub(super) fn short_infinitive(
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
    pub(super) fn short_object(
        &self,
        tokens: &[Token],
        lemma: &str,
        from: usize,
        to: usize,
    ) -> Option<Span> {
        // `called for the ban`, `responded to the report`, `referring to
        // the vote`
        let before = if from > 0 {
            self.word(tokens[from - 1])
        } else {
            ""
        };
        let requested = REQUESTS.contains(lemma) && before == "for"
            || lower_in(&["respond", "reply"], lemma) && before == "to"
            // (Not a name alone: `said, referring to Roe. “…`, an aside
            // inside a quote going on.)
            || (lower_in(&["refer", "allude"], lemma) && before == "to" && to > from + 1)
            || self.object_after_preposition(tokens, lemma, from)
            // `talked about the levy`, `spoke out against it`: a topic.
            || lower_in(TOPIC_CUES, lemma)
            // `told a joke`, `tells the story of …`: what is told.
            || (lemma == "tell" && self.told_thing_at(tokens, from, to))
            // `called out Trump`: the one rebuked.
            || (lemma == "call" && before == "out");
        if !(STANCE_OBJECTS.contains(lemma) || requested) {
            return None;
        }
        let to = self.closing_parenthesis_kept(tokens, from, words_end(tokens, from, to));
        // `endorsed her`, `agrees with them`: a pronoun alone.
        let pronoun = to == from + 1 && lower_in(OBJECT_PRONOUNS, self.word(tokens[from]));
        // `rejected that idea`: a demonstrative before a common noun (not
        // `denied that he`, a clause cut short, nor `backed that up`).
        let phrase_from = match tokens.get(from + 1) {
            Some(next)
                if self.word(tokens[from]).eq_ignore_ascii_case("that")
                    && next.is_word
                    && !is_capitalised_word(self.word(*next))
                    && !PRONOUNS.contains(self.word(*next))
                    && !NOT_A_NAME_AFTER_CALL.contains(self.word(*next)) =>
            {
                from + 1
            }
            _ => from,
        };
        (to > phrase_from
            && (pronoun || self.noun_phrase_after(tokens, phrase_from, to) == Some(to)))
        .then(|| Span::new(tokens[from].span.start, tokens[to - 1].span.end))
    }

    /// Whether a thing told, not a person (`a joke`, `the story of …`),
    /// opens tokens `from..to`.
    fn told_thing_at(&self, tokens: &[Token], from: usize, to: usize) -> bool {
        self.noun_phrase_after(tokens, from, to)
            .is_some_and(|end| lower_in(TOLD_THINGS, self.word(tokens[end - 1])))
    }

    /// `end`, or one past it when the parenthesis closing there opened
    /// within tokens `from..end` (`endorsed Sen. Ted Cruz (R-Texas)`).
    pub(super) fn closing_parenthesis_kept(
        &self,
        tokens: &[Token],
        from: usize,
        end: usize,
    ) -> usize {
        let closes = tokens.get(end).is_some_and(|t| self.word(*t) == ")");
        match closes && tokens[from..end].iter().any(|t| self.word(*t) == "(") {
            true => end + 1,
            false => end,
        }
    }

    /// Whether the content at token `from` is the object of the
    /// preposition after a cue: `agrees with Park`, `worried about the
    /// levy`.
    pub(super) fn object_after_preposition(
        &self,
        tokens: &[Token],
        lemma: &str,
        from: usize,
    ) -> bool {
        from > 0 && object_preposition(lemma, self.word(tokens[from - 1]))
    }

    /// A name given with `call` in two words, too short for
    /// [`Attributor::content`]: `called him divisive`, `calls Ruiz
    /// unqualified`.
    pub(super) fn short_naming(
        &self,
        tokens: &[Token],
        lemma: &str,
        from: usize,
        to: usize,
    ) -> Option<Span> {
        let to = words_end(tokens, from, to);
        (lemma == "call" && to == from + 2 && self.judgement_closes(tokens, from + 1, to + 1))
            .then(|| Span::new(tokens[from].span.start, tokens[to - 1].span.end))
    }

    /// Whether a short answer ending before token `k` is whole: the
    /// sentence or clause ends there, or another clause or a comparison
    /// follows (`said yes, but …`, `said yes while …`, `said yes, compared
    /// with …`).
    pub(in crate::attribution) fn answer_ends_at(&self, tokens: &[Token], k: usize) -> bool {
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
            // (`said yes and Roe said no`: a clause of its own after `and`,
            // or the speaker's next verb, `said no and walked out`.)
            Some("and") => {
                self.bare_clause_at(tokens, k + 1, tokens.len())
                    || (is_past(then) && !is_capitalised_word(then))
            }
            Some(word) => lower_in(&["but", "while", "whereas"], word),
        }
    }

    /// Whether a short phrase of time or place from token `k` closes a
    /// short answer before it (`said so in December`, `said yes on
    /// Monday`): a preposition, a few words and no verb, then the end of
    /// the answer.
    pub(super) fn circumstance_closes(&self, tokens: &[Token], k: usize) -> bool {
        let opens = tokens
            .get(k)
            .is_some_and(|t| lower_in(&["in", "on", "at", "during", "last"], self.word(*t)));
        opens
            && (k + 2..(k + 2 + MAX_VENUE_WORDS).min(tokens.len() + 1))
                .take_while(|&j| {
                    let word = self.word(tokens[j - 1]);
                    tokens[j - 1].is_word && !is_finite(word) && !is_past(word)
                })
                .any(|j| self.answer_ends_at(tokens, j))
    }

    /// A reply too short for [`Attributor::content`] that ends the
    /// clause: `said yes`, `said so`, `said he would`, `said she could
    /// not`.
    pub(super) fn short_answer(
        &self,
        tokens: &[Token],
        lemma: &str,
        from: usize,
        to: usize,
    ) -> Option<Span> {
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
        if !self.answer_ends_at(tokens, to) && !self.circumstance_closes(tokens, from + 1) {
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
    pub(super) fn content_to_clause_end(
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
    pub(in crate::attribution) fn closing_appositive(
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

    /// Whether a word opens at token `k`, or an opening quotation mark
    /// and a word (`“go an extra step”`).
    pub(super) fn word_or_quoted_word_at(&self, tokens: &[Token], k: usize) -> bool {
        match tokens.get(k) {
            Some(t) if t.is_word => true,
            Some(t) => {
                matches!(self.word(*t), "“" | "\"") && tokens.get(k + 1).is_some_and(|t| t.is_word)
            }
            None => false,
        }
    }

    /// The content span of tokens `from..to`, when it has enough words,
    /// without what closes it as the writer's: trailing punctuation, a
    /// phrase summing it up, a relative clause on a name, a remark in
    /// parentheses.
    pub(super) fn content(&self, tokens: &[Token], from: usize, to: usize) -> Option<Span> {
        self.content_closing(tokens, from, to, false)
    }

    /// [`Attributor::content`] of a clause a trailing tag closes (`…,
    /// according to X`, `…, X said`): a relative clause on a name right
    /// before the tag is the clause nearest it, and stays.
    pub(super) fn content_before_tag(
        &self,
        tokens: &[Token],
        from: usize,
        to: usize,
    ) -> Option<Span> {
        self.content_closing(tokens, from, to, true)
    }

    /// Whether tokens `from..to` are a time alone, which says when, not
    /// what: `the office she had announced earlier`, `proposed two months
    /// ago`.
    pub(super) fn time_only(&self, tokens: &[Token], from: usize, to: usize) -> bool {
        let to = words_end(tokens, from, to);
        to > from
            && (self.time_before(tokens, to, from) == Some(from)
                || (to == from + 1
                    && lower_in(
                        &["earlier", "later", "recently", "yesterday", "today"],
                        self.word(tokens[from]),
                    )))
    }

    /// Whether the words at token `from`, before `to`, ask for anonymity
    /// (`anonymity to discuss …`, `not to be named`; not `anonymity was
    /// refused`).
    fn asks_anonymity(&self, tokens: &[Token], from: usize, to: usize) -> bool {
        let word = |k: usize| self.word_before(tokens, k, to);
        (word(from).eq_ignore_ascii_case("anonymity")
            && (from + 1 >= to
                || !tokens[from + 1].is_word
                || lower_in(
                    &["to", "because", "for", "so", "as", "since"],
                    word(from + 1),
                )))
            || (word(from) == "not"
                && word(from + 1) == "to"
                && word(from + 2) == "be"
                && lower_in(&["named", "identified", "quoted"], word(from + 3)))
            // (`declined to be named`: the infinitive alone.)
            || (word(from) == "to"
                && word(from + 1) == "be"
                && lower_in(&["named", "identified", "quoted"], word(from + 2)))
    }

    fn content_closing(
        &self,
        tokens: &[Token],
        from: usize,
        to: usize,
        before_tag: bool,
    ) -> Option<Span> {
        let mut to = to.min(tokens.len());
        // `who requested anonymity to discuss …`, `asked not to be named`:
        // a source's terms, not what it said.
        if self.asks_anonymity(tokens, from, to) {
            return None;
        }
        if self.time_only(tokens, from, to) {
            return None;
        }
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
            // (`SALEM, Ore. (AP) — The levy failed, officials said`: the
            // dateline is the paper's.)
            _ => self.dateline_end(tokens, from, to).unwrap_or(from),
        };
        // Trailing punctuation, and a conjunction left before the next
        // verb (`slammed the plan and accused …`), are not content.
        // (Quotation marks in the content, counted once, so that a long run
        // of marks at its end stays linear.)
        let mut marks = QuotationMarks::default();
        for t in &tokens[from..to] {
            marks.count(self.word(*t), 1);
        }
        while to > from {
            let word = self.word(tokens[to - 1]);
            marks.count(word, -1);
            // (A closing parenthesis stays with its opening one, and a
            // closing quotation mark with its opening one: `whether Roe
            // “has integrity,”`.)
            let closes =
                self.closing_parenthesis_kept(tokens, from, to - 1) == to || marks.closed_by(word);
            // (`as low as 19%`: a percent sign is the number's.)
            let punctuation = !tokens[to - 1].is_word && !closes && !matches!(word, "]" | "%");
            // (`…, even as he …`: a conjunction set off by its comma, left
            // before the next tag.)
            let set_off_conjunction = lower_in(&["even", "while", "whereas"], word)
                && to >= from + 2
                && self.word(tokens[to - 2]) == ",";
            if !(punctuation || set_off_conjunction || matches!(word, "and" | "but" | "or")) {
                break;
            }
            to -= 1;
        }
        // (`… his daughters, who he said were …`: a relative pronoun
        // left before a tag inside its clause is no content.)
        if to >= from + 3
            && lower_in(&["who", "whom", "which"], self.word(tokens[to - 1]))
            && self.word(tokens[to - 2]) == ","
        {
            to -= 2;
        }
        // (A title left open at the end, its closing mark after the
        // sentence's stop, closes with it: `his show “Lopez Tonight.”`.)
        let closing_at = match tokens.get(to).map(|t| self.word(*t)) {
            Some("." | "," | "!" | "?") => to + 1,
            _ => to,
        };
        if tokens
            .get(closing_at)
            .is_some_and(|t| marks.closed_by(self.word(*t)))
        {
            to = closing_at + 1;
        }
        if let Some(appositive) = self.closing_appositive(tokens, from, to) {
            to = appositive;
        }
        // `… met Jo Park, who runs the bank`: a relative clause on a name
        // closing the content is the writer's.
        let last_comma = (from + 2..to).rev().find(|&k| self.word(tokens[k]) == ",");
        if let Some(comma) = last_comma
            && !before_tag
            && is_capitalised_word(self.word(tokens[comma - 1]))
            && tokens
                .get(comma + 1)
                .is_some_and(|t| lower_in(&["who", "whose"], self.word(*t)))
        {
            to = comma;
        }
        // `… criticized the plan in an interview with CNN on Sunday`: where
        // it was said, closing the content, is the writer's.
        if let Some(venue) = self.closing_venue(tokens, from, to) {
            to = words_end(tokens, from, venue);
        }
        // `… called them rapists (although he allowed that some were
        // good)`: a remark in parentheses closing the content is the
        // writer's; a short one stays (`Sen. Ted Cruz (R-Texas)`).
        let open = (from + 2..to).rev().find(|&k| self.word(tokens[k]) == "(");
        if let Some(open) = open {
            let words = tokens[open + 1..to].iter().filter(|t| t.is_word).count();
            // (A parenthesis opening right before `to` holds nothing.)
            let closes_content = tokens
                .get(open + 1..to.saturating_sub(1))
                .unwrap_or_default()
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
            (lower_in(SUBJECT_PRONOUNS, first) || pronoun_contraction(first) || noun_and_past)
                && !lower_in(ELLIPTICAL_AUXILIARIES, second)
        };
        // `did not say when.`: a question word alone closing the sentence
        // asks an indirect question.
        let question = to == from + 1
            && lower_in(&["when", "why", "how", "where"], self.word(tokens[from]))
            && tokens
                .get(to)
                .is_none_or(|t| matches!(self.word(*t), "." | "?" | "!"));
        (words >= MIN_CONTENT_WORDS || clause || question)
            .then(|| Span::new(tokens[from].span.start, tokens[to - 1].span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`lower_in`] compares words of 16 bytes at most.
    #[test]
    fn every_topic_cue_is_short_enough_to_look_up() {
        for lemma in TOPIC_CUES {
            assert!(lemma.len() <= 16, "{lemma}");
            assert!(lower_in(TOPIC_CUES, lemma), "{lemma}");
        }
    }
}
