//! Reports with no source named: the passive (`It was reported that …`,
//! `The House is expected to …`), reputations (`known as`) and the
//! writer's evidentials (`The plan seems doomed`).

use super::*;

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

/// Judgements after `looks` that make it seeming (`looks strong`, `looked
/// unlikely`), not watching (`looks at`, `looked for`).
const LOOKS_JUDGEMENTS: &[&str] = &[
    "strong",
    "weak",
    "stronger",
    "weaker",
    "good",
    "bad",
    "better",
    "worse",
    "likely",
    "unlikely",
    "certain",
    "inevitable",
    "vulnerable",
    "doomed",
    "solid",
    "shaky",
    "bleak",
    "grim",
    "promising",
    "secure",
    "safe",
    "poised",
    "ready",
    "close",
    "different",
    "similar",
    "tough",
    "difficult",
    "easy",
    "impossible",
    "possible",
    "presidential",
    "competitive",
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

/// Most tokens after an evidential or a reputation (`seems`, `known as`)
/// looked at for its clause, so that a sentence of many stays linear.
const MAX_EVIDENTIAL_TOKENS: usize = 80;

/// Adjectives of the writer's judgement of a clause after `it is` (`it
/// is not clear whether …`, `it’s obvious that …`).
const JUDGEMENT_ADJECTIVES: &[&str] = &[
    "clear",
    "unclear",
    "obvious",
    "evident",
    "apparent",
    "uncertain",
    "doubtful",
];

/// How far before its verb the clause of a passive with an agent may
/// open (`The plan … was criticized by`).
const MAX_PASSIVE_SUBJECT_TOKENS: usize = 40;

/// Reports other than stances whose passive with an agent reports
/// (`was first reported by the Gazette`).
const PASSIVE_AGENT_REPORTS: &[&str] = &["report", "confirm", "write"];

/// Stances of backing, beliefs in the lexicon, whose passive with an
/// agent reports them (`was backed by the unions`).
const PASSIVE_AGENT_BACKING: &[&str] = &["support", "back", "favor", "prefer"];

/// Views, beliefs in the lexicon, whose passive with an agent and `as`
/// reports them (`was seen by some as a demotion`).
const PASSIVE_AGENT_VIEWS: &[&str] = &["see", "view", "regard", "consider"];

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
    ("asked", "ask", CueKind::Speech),
    ("challenged", "challenge", CueKind::Speech),
    ("attacked", "attack", CueKind::Speech),
    ("questioned", "question", CueKind::Speech),
    ("urged", "urge", CueKind::Speech),
    ("pressed", "press", CueKind::Speech),
    ("pressured", "pressure", CueKind::Speech),
    ("advised", "advise", CueKind::Speech),
    ("ordered", "order", CueKind::Speech),
    ("instructed", "instruct", CueKind::Speech),
    ("encouraged", "encourage", CueKind::Speech),
    ("warned", "warn", CueKind::Speech),
    ("credited", "credit", CueKind::Speech),
    ("dubbed", "dub", CueKind::Speech),
    ("labeled", "label", CueKind::Speech),
    ("branded", "brand", CueKind::Speech),
    ("announced", "announce", CueKind::Speech),
    ("confirmed", "confirm", CueKind::Speech),
    ("disclosed", "disclose", CueKind::Speech),
    ("introduced", "introduce", CueKind::Speech),
    ("mentioned", "mention", CueKind::Speech),
    ("named", "name", CueKind::Speech),
    ("identified", "identify", CueKind::Speech),
    ("booed", "boo", CueKind::Speech),
    ("celebrated", "celebrate", CueKind::Speech),
    ("approved", "approve", CueKind::Belief),
    ("passed", "pass", CueKind::Belief),
    ("rejected", "reject", CueKind::Belief),
    ("nominated", "nominate", CueKind::Speech),
    ("intended", "intend", CueKind::Belief),
    ("assured", "assure", CueKind::Belief),
    ("known", "know", CueKind::Belief),
    ("shown", "show", CueKind::Speech),
    ("meant", "mean", CueKind::Belief),
];

/// Lemmas of [`PASSIVE_REPORTS`] whose passive reports its subject with
/// or without words after: what is made known (`The dissolution of the
/// club was announced.`, `A fifth delegate has not been named.`), greeted
/// (`Roe was booed Monday`) or voted on (`The plan was approved last
/// year`).
const BARE_PASSIVES: &[&str] = &[
    "announce",
    "confirm",
    "disclose",
    "introduce",
    "mention",
    "name",
    "identify",
    "boo",
    "celebrate",
    "approve",
    "pass",
    "reject",
    "nominate",
    "know",
];

/// Participles that report in the passive only with `it` and a clause
/// (`It was revealed that …`, `it is widely known that …`): with another
/// subject they name an event, not a report (`The plan was revealed`).
const IT_PASSIVE_REPORTS: &[(&str, &str, CueKind)] = &[
    ("revealed", "reveal", CueKind::Speech),
    ("claimed", "claim", CueKind::Speech),
];

/// How many tokens an adverbial between a passive's participle and its
/// `that` runs at most (`It was revealed in March that …`).
const MAX_PASSIVE_ADVERBIAL_TOKENS: usize = 4;

/// Adverbs of manner between `known` and `as` (`known online as`).
const KNOWN_MANNERS: &[&str] = &[
    "online",
    "locally",
    "formally",
    "officially",
    "affectionately",
    "collectively",
    "popularly",
    "commonly",
    "colloquially",
    "derisively",
];

impl Attributor<'_> {
    /// A report or expectation in the passive, with no source named: `It
    /// was reported that CLAUSE` (the clause is the content) and `The House
    /// is expected to pass the bill`, `The plan is said to have failed`,
    /// `The plan was announced` (the whole clause, its subject included).
    /// `c` is the participle.
    pub(super) fn passive_report(
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
        let (lemma, kind, it_only) = match PASSIVE_REPORTS.iter().find(|(form, _, _)| *form == word)
        {
            Some(&(_, lemma, kind)) => (lemma, kind, false),
            None => {
                let &(_, lemma, kind) = IT_PASSIVE_REPORTS
                    .iter()
                    .find(|(form, _, _)| *form == word)?;
                (lemma, kind, true)
            }
        };
        // (Beliefs in the passive, `is expected to`, are left out with the
        // others.)
        if kind == CueKind::Belief && !self.options.beliefs {
            return None;
        }
        if let Some(view) = self.view_set_off(tokens, floor, c, lemma, end) {
            let cue = whosaid_core::Cue {
                span: tokens[c].span,
                lemma: lemma.into(),
                kind,
            };
            return Some((cue, view));
        }
        let mut be = c.checked_sub(1).filter(|&k| k > floor)?;
        // (`been`, between a subject and its cue, is no adverb here; `not
        // necessarily expected`, `not widely expected`: up to three.)
        for _ in 0..3 {
            let word_before = self.word(tokens[be]);
            if !(self.is_adverb(word_before) || word_before == "not")
                || lower_in(BE_FORMS, word_before)
                || be <= floor + 1
            {
                break;
            }
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
        // `had been expected`, `will be seen as`: the auxiliaries before
        // `be` stand between it and the subject.
        let mut subject_at = be - 1;
        let perfect = ["has", "have", "had", "’s", "'s"];
        let modal = [
            "will", "would", "could", "may", "might", "should", "must", "can",
        ];
        let auxiliary = match self.word(tokens[be]) {
            "been" => &perfect[..],
            "be" => &modal[..],
            _ => &[][..],
        };
        if subject_at > floor && lower_in(auxiliary, self.word(tokens[subject_at])) {
            subject_at -= 1;
        }
        // (`as might be expected`: the writer's aside.)
        if self.word(tokens[subject_at]).eq_ignore_ascii_case("as") {
            return None;
        }
        // `It was reported that …`, `It was revealed in March that …`:
        // the clause after `that`.
        if self.word(tokens[subject_at]).eq_ignore_ascii_case("it")
            && let Some(that) = self.that_after_adverbial(tokens, c + 1, end)
        {
            let mut clause_end = self
                .next_tag_start(tokens, that + 1, end, None)
                .unwrap_or(end);
            // (`Though it is known that …, the size is new`: a clause
            // opening the sentence ends at its comma.)
            if self.opening_subordinate(tokens, floor, subject_at)
                && let Some(comma) = self.first_clause_comma(tokens, that, clause_end)
            {
                clause_end = comma;
            }
            return Some((cue, self.content(tokens, that, clause_end)?));
        }
        if it_only {
            return None;
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
            // (`is considered the favorite`, `are considered unclean`.)
            "consider" => !matches!(next, "by" | "that" | "for" | "in" | "on" | "at" | "."),
            // `Park was criticized for …`, `was widely praised as …`.
            "criticize" | "condemn" | "praise" | "blame" => next == "as" || next == "for",
            "accuse" => next == "of",
            // `is assured of (winning) 108 delegates`
            "assure" => next == "of",
            "charge" | "credit" => next == "with",
            // `was asked about …`, `was asked if …`, `was asked to …`.
            // (`was asked a question about …`, `was asked this question`.)
            "ask" => {
                lower_in(
                    &[
                        "about", "if", "whether", "to", "why", "how", "what", "when", "for",
                    ],
                    next,
                ) || DETERMINERS.contains(next)
            }
            // `is reported as capital gains`, `was projected as the winner`.
            "report" | "project" => next == "to" || next == "as",
            // `was challenged over …`, `was attacked for …`, `was pressed
            // on …`.
            "challenge" | "attack" | "question" | "press" => {
                lower_in(&["over", "on", "about", "for", "to", "as"], next)
            }
            "warn" => lower_in(&["about", "of", "against", "that", "not", "to"], next),
            // `was dubbed the winner`, `was labeled a liar`.
            "dub" | "label" | "brand" => {
                next == "as" || DETERMINERS.contains(next) || is_capitalised_word(next)
            }
            // (`is not known about the attack`; `known as`, `known for`
            // and `known to` give a reputation.)
            "know" => next == "about" || matches!(next, "." | "," | ";") || is_dash(next),
            // `was shown to be false`, `is shown discussing his plan`
            "show" => next == "to" || (next.ends_with("ing") && next.len() > 4),
            // (With `by`, the agent speaks.)
            bare if BARE_PASSIVES.contains(&bare) => next != "by",
            _ => next == "to",
        };
        // (`the assaults he is accused of.`: a complement must follow, but
        // a bare passive may close the clause.)
        let closes = (matches!(next, "." | "," | ";" | "!" | "?") || is_dash(next))
            && BARE_PASSIVES.contains(&lemma);
        let complement =
            complement && (next.is_empty() || closes || (c + 2 < end && tokens[c + 2].is_word));
        // The subject ends in a word, or in the comma closing its
        // appositive (`The plan, which …, is expected to …`).
        if !complement || !(tokens[subject_at].is_word || self.word(tokens[subject_at]) == ",") {
            return None;
        }
        // The subject: a relative pronoun, or the clause from its opening on.
        // (`whose campaign was not expected to …`: the relative's noun.)
        let whose = subject_at > floor + 1
            && tokens[subject_at].is_word
            && self
                .word(tokens[subject_at - 1])
                .eq_ignore_ascii_case("whose");
        let subject_at = if whose { subject_at - 1 } else { subject_at };
        let relative = lower_in(
            &["who", "which", "that", "what", "whose"],
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
            self.passive_clause_start(tokens, start, be)
        };
        let mut clause_end = self.next_tag_start(tokens, c + 1, end, None).unwrap_or(end);
        // (A bare passive before a dash: `is widely known — and …`.)
        if closes {
            clause_end = clause_end.min(c + 1);
        }
        // (`When Park was asked about it, she laughed`: a clause opening
        // the sentence ends at its comma.)
        if self.opening_subordinate(tokens, floor, start)
            && let Some(comma) = self.first_clause_comma(tokens, c + 1, clause_end)
        {
            clause_end = comma;
        }
        // `Trump, who is seen as a strong leader, hopes …`: a relative
        // clause set off by commas ends at its closing comma.
        if relative && subject_at > floor && self.word(tokens[subject_at - 1]) == "," {
            clause_end = (c + 1..clause_end)
                .find(|&k| self.word(tokens[k]) == ",")
                .unwrap_or(clause_end);
        }
        // (`… has to be considered, and officials say …`: a clause joined
        // with a subject of its own is the writer's; `…, Roe said.`: a
        // closing tag reports the whole.)
        if let Some(and) =
            (c + 1..clause_end).find(|&k| self.joined_clause_at(tokens, k, clause_end))
        {
            clause_end = and - 1;
        }
        // (`The price was not disclosed, though it was reported …`, `…
        // are mentioned, with Roe at 23 percent`: a clause or phrase of
        // the writer's after a comma.)
        // (`… to favor Trump, seen as the friendlier candidate`: nor a
        // participle with a cue of its own.)
        if let Some(comma) = (c + 1..clause_end).find(|&k| {
            self.word(tokens[k]) == ","
                && tokens.get(k + 1).is_some_and(|t| {
                    lower_in(
                        &[
                            "though", "although", "while", "whereas", "because", "but", "with",
                        ],
                        self.word(*t),
                    ) || self.reporting_participle(self.word(*t))
                })
        }) {
            clause_end = comma;
        }
        // (`Roe was booed when she said …`, `…, particularly after the
        // court agreed to …`: a subordinate clause with a report of its
        // own, and the adverbs before it.)
        if let Some(mut subordinator) = (c + 1..clause_end).find(|&k| {
            lower_in(SUBORDINATORS, self.word(tokens[k]))
                && (k + 1..clause_end.min(k + 4)).any(|j| self.any_cue(tokens, j).is_some())
        }) {
            while subordinator > c + 1 && self.is_adverb(self.word(tokens[subordinator - 1])) {
                subordinator -= 1;
            }
            clause_end = subordinator;
        }
        if self
            .speech_tag_after_comma(tokens, clause_end, end)
            .is_some()
        {
            return None;
        }
        Some((cue, self.content(tokens, start, clause_end)?))
    }

    /// Where the clause of a passive whose `be` is at token `be` starts,
    /// its words opening at `start`: after the last subordinator, `as` or
    /// `that` opening a clause of plain words up to `be` (`Aides cheered
    /// as she was announced the winner`), else at `start` (`Thurmond, who
    /// served until he was 100, was accused`: that clause ends before
    /// `be`).
    fn passive_clause_start(&self, tokens: &[Token], start: usize, be: usize) -> usize {
        let opens_clause = |k: usize| {
            let word = self.word(tokens[k]);
            let next = tokens.get(k + 1).map_or("", |t| self.word(*t));
            lower_in(SUBORDINATORS, word)
                // (`as she was …`, not `their identity as candidates is`.)
                || (word.eq_ignore_ascii_case("as")
                    && (PRONOUNS.contains(next) || DETERMINERS.contains(next)))
                // (`led many to assume that the attacks are intended to …`.)
                || (word == "that" && DETERMINERS.contains(next))
        };
        (start..be)
            .rev()
            .find(|&k| opens_clause(k))
            .filter(|&k| k > start && k + 1 < be && tokens[k + 1..be].iter().all(|t| t.is_word))
            .map_or(start, |k| k + 1)
    }

    /// Whether `word` is a participle that reports (`seen`, `saying`,
    /// `criticized`).
    fn reporting_participle(&self, word: &str) -> bool {
        let participle = word.ends_with("ing") || word.ends_with("ed") || word == "seen";
        participle
            && (cue_lemma(word).is_some()
                || PASSIVE_REPORTS.iter().any(|(form, _, _)| *form == word))
    }

    /// `Scalia, regarded as the court's leading mind, died`: a view in a
    /// participle set off after its noun by a comma or a dash, the
    /// participle `seen`, `viewed` or `regarded` at token `c`. The noun
    /// and the view are the content, up to the comma or dash closing it.
    fn view_set_off(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
        lemma: &str,
        end: usize,
    ) -> Option<Span> {
        if !matches!(lemma, "see" | "view" | "regard")
            || tokens.get(c + 1).is_none_or(|t| self.word(*t) != "as")
        {
            return None;
        }
        // (`, widely seen as`: an adverb between.)
        let mut comma = c.checked_sub(1)?;
        if comma > floor && self.is_adverb(self.word(tokens[comma])) {
            comma -= 1;
        }
        let set_off = |k: usize| self.word(tokens[k]) == "," || is_dash(self.word(tokens[k]));
        if comma <= floor || !set_off(comma) {
            return None;
        }
        // (A name: its capitalised words, `Justice Antonin Scalia`.)
        let capitalised = |k: usize| tokens[k].is_word && is_capitalised_word(self.word(tokens[k]));
        let start = match capitalised(comma - 1) {
            true => (floor..comma)
                .rev()
                .take_while(|&k| capitalised(k))
                .last()?,
            false => self.antecedent_start(tokens, comma, floor)?,
        };
        let clause_end = self.next_tag_start(tokens, c + 1, end, None).unwrap_or(end);
        let clause_end = (c + 2..clause_end)
            .find(|&k| set_off(k))
            .unwrap_or(clause_end);
        self.content(tokens, start, clause_end)
    }

    /// Where `that` is at token `at` or after a short adverbial opening
    /// there (`in March that`, `on Monday that`).
    fn that_after_adverbial(&self, tokens: &[Token], at: usize, end: usize) -> Option<usize> {
        let word_at = |k: usize| tokens.get(k).filter(|_| k < end).map(|t| self.word(*t));
        if word_at(at) == Some("that") {
            return Some(at);
        }
        if !word_at(at).is_some_and(|w| ADVERBIAL_OPENERS.contains(w)) {
            return None;
        }
        (at + 1..=at + MAX_PASSIVE_ADVERBIAL_TOKENS)
            .take_while(|&k| k < end && tokens[k].is_word)
            .find(|&k| word_at(k) == Some("that") && k + 1 < end && tokens[k + 1].is_word)
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
    pub(super) fn passive_with_agent(
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
        let participle = word.ends_with("ed") || word == "written" || word == "seen";
        if !participle {
            return None;
        }
        // (`was passed by Congress`, `was booed by the crowd`: a bare
        // passive with its agent.)
        let bare = || {
            PASSIVE_REPORTS
                .iter()
                .find(|(form, lemma, _)| *form == word && BARE_PASSIVES.contains(lemma))
                .map(|&(_, lemma, kind)| (lemma, kind))
        };
        let (lemma, kind) = cue_lemma(word).or_else(bare)?;
        let reported = STANCE_OBJECTS.contains(lemma) || lower_in(PASSIVE_AGENT_REPORTS, lemma);
        let view = lower_in(PASSIVE_AGENT_VIEWS, lemma);
        if !(kind == CueKind::Speech && reported
            || lower_in(PASSIVE_AGENT_BACKING, lemma)
            || BARE_PASSIVES.contains(&lemma)
            || view)
        {
            return None;
        }
        let mut agent_end = self.noun_phrase_after(tokens, c + 2, end)?;
        // `was quoted by state media as saying …`: the one quoted speaks,
        // what follows `as` is what they said.
        if lemma == "quote" && tokens.get(agent_end).is_some_and(|t| self.word(*t) == "as") {
            return None;
        }
        // `by Democratic and Republican lawmakers`, `by Park and Roe`: the
        // agents joined by `and`.
        if agent_end + 1 < end
            && self.word(tokens[agent_end]) == "and"
            && (is_capitalised_word(self.word(tokens[agent_end + 1]))
                || NOUN_MARKERS.contains(self.word(tokens[agent_end + 1])))
            && let Some(second_end) = self.noun_phrase_after(tokens, agent_end + 1, end)
            // (Not a clause: `by Park and the council voted …`.)
            && tokens
                .get(second_end)
                .is_none_or(|t| !is_finite(self.word(*t)))
        {
            agent_end = second_end;
        }
        // (`was to be released by`, `is going to be criticized by`: a
        // future in the past or with `going to` is the verb group's.)
        let verb = self.verb_group_start(tokens, floor, c, |word| {
            lower_in(BE_FORMS, word)
                || lower_in(
                    &[
                        "being", "has", "have", "had", "to", "going", "supposed", "set", "due",
                    ],
                    word,
                )
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
        // `was seen by some as a demotion`: a view holds the whole clause,
        // what it is seen as included.
        let content = match view {
            true => {
                if tokens.get(agent_end).is_none_or(|t| self.word(*t) != "as") {
                    return None;
                }
                let clause_end = self
                    .next_tag_start(tokens, agent_end, end, None)
                    .unwrap_or(end);
                self.content(tokens, start, clause_end)?
            }
            false => Span::new(tokens[start].span.start, tokens[subject_end - 1].span.end),
        };
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
    pub(super) fn known_as(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
        end: usize,
    ) -> Option<(whosaid_core::Cue, Span, Option<Tag>)> {
        if !self.options.beliefs || !self.word(tokens[c]).eq_ignore_ascii_case("known") {
            return None;
        }
        let word_at = |k: usize| tokens.get(k).map_or("", |t| self.word(*t));
        // `known online as`, `known to everyone as`: how or to whom, then
        // `as`.
        let preposition = match word_at(c + 1) {
            "as" | "for" => c + 1,
            // `a developer known to be bullish on golf`: a reputation.
            "to" if word_at(c + 2) == "be" => c + 2,
            manner if lower_in(KNOWN_MANNERS, manner) && word_at(c + 2) == "as" => c + 2,
            "to" => (c + 3..(c + 6).min(end))
                .take_while(|&k| tokens[k].is_word)
                .find(|&k| word_at(k) == "as")?,
            _ => return None,
        };
        let next = word_at(preposition);
        if preposition + 1 >= end || c <= floor {
            return None;
        }
        // Adverbs and a form of `be` before it (`is perhaps best known`,
        // `has long been known`), not a perfect (`had known him for years`).
        // (`originally and still commonly known as`: adverbs joined.)
        let verb = self.verb_group_start(tokens, floor, c, |word| {
            lower_in(BE_FORMS, word) || lower_in(REPUTATION_AUXILIARIES, word) || word == "and"
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
                let mut noun_end = match self.word(tokens[verb - 1]) {
                    "," => verb - 1,
                    _ => verb,
                };
                // (`Marcel Lazar, 44, known online as …`: an age set off.)
                if noun_end >= floor + 3
                    && is_number(word_at(noun_end - 1))
                    && word_at(noun_end - 2) == ","
                {
                    noun_end -= 2;
                }
                self.noun_phrase_start(tokens, noun_end, floor)?
            }
        };
        let end = end.min(c + MAX_EVIDENTIAL_TOKENS);
        let stop = (preposition + 1..end)
            .find(|&k| matches!(self.word(tokens[k]), "," | ";" | ")" | ":"))
            .unwrap_or(end);
        let clause_end = self
            .next_tag_start(tokens, preposition + 1, stop, None)
            .unwrap_or(stop);
        if start >= c {
            return None;
        }
        let lemma = match next {
            "for" => "known for",
            "be" => "known to be",
            _ => "known as",
        };
        let span = Span::new(tokens[c].span.start, tokens[preposition].span.end);
        let cue = whosaid_core::Cue::evidential(span, lemma);
        Some((cue, self.content(tokens, start, clause_end)?, None))
    }

    /// Whether the cue at token `k` (before `end`) reports on its own: a
    /// clause, a quotation, a question or an infinitive after it, or a
    /// person told (`to concede that …`, `to tell reporters …`), not a
    /// plain object (`to encourage aggression`, `to have declined 3
    /// percent`).
    fn reports_on_its_own(&self, tokens: &[Token], k: usize, end: usize) -> bool {
        self.any_cue(tokens, k)
            .is_some_and(|(cue, after, _)| self.cue_reports_on_its_own(tokens, &cue, after, end))
    }

    /// [`Self::reports_on_its_own`] for a cue found, its words going on at
    /// token `after`.
    fn cue_reports_on_its_own(
        &self,
        tokens: &[Token],
        cue: &whosaid_core::Cue,
        after: usize,
        end: usize,
    ) -> bool {
        if ADDRESSING.contains(&cue.lemma) {
            return true;
        }
        // (`Investors seem to agree.`: nothing after it to report.)
        if after >= end {
            return false;
        }
        let next = self.word(tokens[after]);
        matches!(next, "that" | "“" | "\"" | ":" | ",")
            || lower_in(
                &["whether", "if", "why", "how", "what", "to", "about"],
                next,
            )
            || self.bare_clause_at(tokens, after, end)
    }

    /// Whether a cue in the clause of the evidential at token `c`, up to
    /// `clause_end`, reports it or part of it. The infinitive's verb does
    /// only when it reports on its own (`seems to encourage aggression`
    /// seems); later verbs when they stand as participles set off or after
    /// a preposition of means (`…, rejecting …`, `vocal in rejecting …`;
    /// not `key to securing …`). A later verb with a subject of its own
    /// (`seemed agitated when Roe implied that …`) reports inside the
    /// clause, which still seems.
    fn reported_in_evidential(&self, tokens: &[Token], c: usize, clause_end: usize) -> bool {
        let infinitive = (c + 1..(c + 5).min(clause_end)).find(|&k| {
            tokens[k].is_word && !lower_in(&["to", "have", "not", "be"], self.word(tokens[k]))
        });
        (c + 1..clause_end).any(|k| {
            if infinitive.is_none_or(|verb| k <= verb) {
                return self.reports_on_its_own(tokens, k, clause_end);
            }
            self.any_cue(tokens, k).is_some()
                && self.participle_cue(tokens, k)
                && (self.adverbs_after_comma(tokens, c + 1, k)
                    || lower_in(MEANS_PREPOSITIONS, self.word(tokens[k - 1])))
        })
    }

    /// Whether what follows `looks` at token `k` judges how something
    /// looks: `like`, `as if`, or one of [`LOOKS_JUDGEMENTS`] after any
    /// words of degree (`looks much weaker`).
    fn looks_judged(&self, tokens: &[Token], k: usize) -> bool {
        let k = self.after_degrees(tokens, k);
        tokens.get(k).is_some_and(|t| {
            let word = self.word(*t);
            word == "like"
                || (word == "as"
                    && tokens
                        .get(k + 1)
                        .is_some_and(|t| lower_in(&["if", "though"], self.word(*t))))
                || lower_in(LOOKS_JUDGEMENTS, word)
        })
    }

    /// The writer's evidential at token `c`, a report with no source: `The
    /// plan seems doomed`, `Roe sounded tired`, `It appears (that)
    /// CLAUSE`, and speech reported by someone unnamed, `The FBI is
    /// reportedly planning …`. The clause is the content, its subject and
    /// verb included (`It appears` leaves out the `it`); a person or a
    /// group seeming so is the speaker.
    pub(super) fn evidential_report(
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
            // `Clinton looks weaker`, `it looks like …`: only before `like`,
            // `as if` or a judgement (not `looks at`, `looked for`).
            "looks" | "looked" if self.looks_judged(tokens, c + 1) => ("look", CueKind::Evidential),
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
        // (`Footage of the raid appears.`: with nothing after it, too.)
        let showing_up = lemma == "appear"
            && (lower_in(SHOWING_UP, next)
                || tokens
                    .get(c + 1)
                    .filter(|_| c + 1 < end)
                    .is_none_or(|t| matches!(self.word(*t), "." | "!" | "?")));
        // `Roe appeared to concede that …`: the inner cue reports, for
        // Roe.
        // (`Roe reportedly told aides that …`: the same.)
        let inner_cue = match next {
            "to" => {
                let mut verb = c + 2;
                if tokens.get(verb).is_some_and(|t| self.word(*t) == "have") {
                    verb += 1;
                }
                verb < end && self.reports_on_its_own(tokens, verb, end)
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
        // (`Cruz seemed lost, and Park left`: a clause joined with a
        // subject of its own is the writer's.)
        let clause_end = (c + 1..clause_end)
            .find(|&k| self.joined_clause_at(tokens, k, clause_end))
            .map_or(clause_end, |and| and - 1);
        // `It appears (that) CLAUSE`: the clause.
        // (`It appears, however, that …`: an aside before `that`.)
        if subject.eq_ignore_ascii_case("it") && !lower_in(&["to", "like"], next) {
            let start = self
                .that_after_aside(tokens, c + 1, clause_end)
                .unwrap_or(c + 1);
            return Some((cue, self.content(tokens, start, clause_end)?, None));
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
        let reported = closing_tag || self.reported_in_evidential(tokens, c, clause_end);
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

    /// `It is not clear whether …`, `it’s obvious that …`, `it remains
    /// unclear how …`: the writer's judgement of a clause at token `c`,
    /// an evidential with no source, the clause from its conjunction.
    pub(super) fn writer_judgement(
        &self,
        tokens: &[Token],
        floor: usize,
        c: usize,
        end: usize,
    ) -> Option<(whosaid_core::Cue, Span, Option<Tag>)> {
        let word = self.word(tokens[c]);
        if !lower_in(JUDGEMENT_ADJECTIVES, word) || !self.options.beliefs || c + 2 >= end {
            return None;
        }
        let opener = c + 1;
        if !lower_in(
            &["that", "whether", "if", "how", "why", "what", "who", "when"],
            self.word(tokens[opener]),
        ) {
            return None;
        }
        // Back over degree words to the verb, then to `it`.
        let mut k = c;
        while k > floor
            && lower_in(
                &[
                    "not",
                    "now",
                    "also",
                    "still",
                    "increasingly",
                    "far",
                    "from",
                    "less",
                    "more",
                    "very",
                    "all",
                    "too",
                    "already",
                    "quite",
                    "abundantly",
                    "painfully",
                    "perfectly",
                    "crystal",
                    "entirely",
                    "completely",
                    "yet",
                ],
                self.word(tokens[k - 1]),
            )
        {
            k -= 1;
        }
        let verb = k.checked_sub(1).filter(|&v| v >= floor)?;
        let verb_word = self.word(tokens[verb]);
        let it_before = |j: usize| j >= floor && self.word(tokens[j]).eq_ignore_ascii_case("it");
        let judged = if lower_in(&["it’s", "it's"], verb_word) {
            true
        } else if lower_in(BE_FORMS, verb_word)
            || lower_in(
                &[
                    "be", "remains", "remained", "became", "becomes", "seems", "seemed",
                ],
                verb_word,
            )
        {
            // (`it should be obvious`: a modal between.)
            let mut j = verb;
            while j > floor && FINITE_AUXILIARIES.contains(self.word(tokens[j - 1])) {
                j -= 1;
            }
            j > floor && it_before(j - 1)
        } else {
            false
        };
        if !judged {
            return None;
        }
        let cue = whosaid_core::Cue {
            span: tokens[c].span,
            lemma: word.to_ascii_lowercase().into(),
            kind: CueKind::Evidential,
        };
        let clause_end = self
            .next_tag_start(tokens, opener, end, None)
            .unwrap_or(end);
        // (A cue in the clause reports it, or part of it: `it is clear that
        // Roe will not endorse Park`; so does a closing tag: `…, Roe said`.)
        let closing_tag = self
            .speech_tag_after_comma(tokens, clause_end, end)
            .is_some();
        if closing_tag || self.reported_in_evidential(tokens, c, clause_end) {
            return None;
        }
        let content = self.content(tokens, opener, clause_end)?;
        Some((cue, content, None))
    }
}
