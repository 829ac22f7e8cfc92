//! Polls and studies as sources: `In a new poll, CLAUSE`, `A study by
//! Pew found …`, `64 percent say …`.

use super::*;

/// Most words between `in` and the poll's noun (`in the latest Marist
/// College poll`).
const MAX_POLL_WORDS: usize = 9;

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
    "analyses", "reports", "reviews", "models", "projections", "forecasts", "ratings", "paper",
    "papers", "evaluation", "evaluations", "experiments", "audits", "investigations",
    "inquiries",
];
}

word_sets! {
    /// Words placing a candidate in a poll (`has Roe leading`, `has Park
    /// ahead by six`).
    STANDINGS = [
    "leading", "ahead", "trailing", "behind", "tied", "up", "down", "pulling", "winning",
    "beating", "edging", "narrowly", "comfortably",
];
}

/// Nouns of estimating that put a figure as polls do (`Estimates put the
/// cost at $4 billion`).
const ESTIMATE_NOUNS: &[&str] = &["estimates", "projections", "forecasts"];

/// Most tokens dating a poll between its noun and its cue (`released in
/// late August`, `conducted the first week of March`).
const MAX_POLL_DATING_TOKENS: usize = 7;

impl Attributor<'_> {
    /// Where the content of `find` starts without `that`, when
    /// the subject named by `name_words` is a study or a poll (`A study
    /// found the nominee got twice the airtime`): at the clause right after
    /// the cue.
    pub(super) fn finding_start(
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
        // `Studies of the minimum wage have found …`: the study before
        // its topic.
        let study_of = || {
            (subject + 1..after).any(|k| {
                self.word(tokens[k]) == "of" && EVIDENCE_NOUNS.contains(self.word(tokens[k - 1]))
            })
        };
        // `The study found …`, `An email shows State sent …`
        let evidence = lemma == "find"
            && (EVIDENCE_NOUNS.contains(head) || study_by() || study_of())
            || lower_in(&["show", "suggest", "indicate", "reveal"], lemma)
                && (EVIDENCE_NOUNS.contains(head)
                    || DOCUMENT_NOUNS.contains(head)
                    || study_by()
                    || study_of());
        let first = tokens.get(after).filter(|_| after < end)?;
        let word = self.word(*first);
        let clause =
            first.is_word && !NO_CLAUSE_OPENERS.contains(word) && !lower_in(&["no", "that"], word);
        (evidence && clause).then_some((after, None))
    }

    /// A poll as the source of a finding: `In a new Fox poll, CLAUSE` and
    /// `CLAUSE in a new Fox poll (released Monday).`, with the cue `in`
    /// at token `c`; the poll speaks as with `according to`.
    pub(super) fn in_poll(
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

    /// A poll's standings given with `has`, `puts` or `gives` at token
    /// `c`: `Wednesday's Quinnipiac poll has Roe leading Park by six
    /// points`, `The latest poll puts Park ahead`, `The survey gave Roe a
    /// one-point lead`. The poll, as the verb's subject,
    /// speaks; the content is the clause from the verb's object to the
    /// clause's end.
    pub(super) fn poll_standing(
        &self,
        tokens: &[Token],
        (floor, c, end): (usize, usize, usize),
    ) -> Option<(Tag, Span)> {
        let verb = self.word(tokens[c]);
        let lemma = match verb {
            "has" | "had" | "have" => "have",
            "puts" | "put" | "putting" => "put",
            // (`A new poll showed Roe leading`, `polls showing Park ahead`.)
            "shows" | "showed" | "show" | "showing" => "show",
            // (`with a CNN poll giving Roe a 30-point advantage`)
            "gives" | "gave" | "give" | "giving" => "give",
            _ => return None,
        };
        // The poll right before the verb (`The poll has`), or dated
        // (`A poll released Monday has`): not `a poll that has …`.
        let (mention, words) = match c.checked_sub(1).filter(|&k| k >= floor) {
            // (`Initial estimates put the number at …`: estimates put a
            // figure as polls do.)
            Some(poll)
                if POLL_NOUNS.contains(self.word(tokens[poll]))
                    || (lemma == "put" && lower_in(ESTIMATE_NOUNS, self.word(tokens[poll]))) =>
            {
                let start = self.noun_phrase_start(tokens, c, floor)?;
                let mention = Span::new(tokens[start].span.start, tokens[poll].span.end);
                (mention, word_spans(&tokens[start..c]))
            }
            _ => self.poll_subject(tokens, c, floor)?,
        };
        // The candidate, then where the poll puts them within a few
        // words (`has Roe leading`, `puts Park’s approval at 49 percent`).
        // (`had him at 4 percent`: a pronoun for the candidate.)
        tokens.get(c + 1).filter(|t| {
            let word = self.word(**t);
            t.is_word
                && (is_capitalised_word(word)
                    || DETERMINERS.contains(word)
                    || lower_in(&["him", "her", "them"], word))
        })?;
        // (`puts Park’s approval during her first year at 49 percent`)
        // (`gave Roe a one-point lead in Ohio`: the lead given.)
        let standing = (c + 2..end.min(c + 2 + MAX_TAG_TAIL)).find(|&k| {
            let word = self.word(tokens[k]);
            match lemma {
                "give" => lower_in(&["lead", "edge", "advantage"], word),
                // (`puts Park’s approval at 49 percent`, `had him at 4
                // percent`: a share after `at`.)
                // (`puts the figure closer to 54,000`)
                "put" if word == "closer" => true,
                _ => {
                    STANDINGS.contains(word)
                        || (word == "at"
                            && (lemma == "put"
                                || (!DETERMINERS.contains(self.word(tokens[c + 1]))
                                    && tokens
                                        .get(k + 1)
                                        .is_some_and(|t| is_number(self.word(*t))))))
                }
            }
        })?;
        if !tokens[c + 1..standing]
            .iter()
            .all(|t| t.is_word || self.word(*t) == "’")
        {
            return None;
        }
        // (A participle's phrase ends at a comma: `in the wake of a poll
        // showing Roe ahead, Park told …`.)
        let content_end = match verb.ends_with("ing") {
            true => self.first_clause_comma(tokens, c + 1, end).unwrap_or(end),
            false => end,
        };
        let content = self.content(tokens, c + 1, content_end)?;
        let cue = Cue::speech(tokens[c].span, lemma);
        Some((Tag::new(cue, mention, words, (c, c + 1)), content))
    }

    /// A poll or survey as the subject of the cue at `cue_at`, with what
    /// dates it between them (`A Quinnipiac poll released in late August
    /// found`, `a WBUR poll last week showed`): the mention runs to the
    /// cue.
    pub(in crate::attribution) fn poll_subject(
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
        // (A participle that reports nothing dates it: `released in May`;
        // not an infinitive, whose subject is another's: `the poll led
        // experts to warn`.)
        let plain = end > poll + 1
            && self.word(tokens[end - 1]) != "to"
            && (poll + 1..end).all(|k| {
                let word = self.word(tokens[k]);
                let reports = is_verb(word) && self.speech_cue(tokens, k).is_some();
                tokens[k].is_word
                    && !lower_in(&["that", "which", "who", "and", "but"], word)
                    && !reports
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
    pub(in crate::attribution) fn study_by(
        &self,
        tokens: &[Token],
        author: usize,
        floor: usize,
    ) -> Option<usize> {
        let by = author.checked_sub(1).filter(|&by| by > floor)?;
        (self.word(tokens[by]) == "by" && EVIDENCE_NOUNS.contains(self.word(tokens[by - 1])))
            .then(|| self.noun_phrase_start(tokens, by, floor))
            .flatten()
    }

    /// Whether the verb at `c` follows respondents described by how they
    /// were asked (`students polled`).
    pub(super) fn respondents_before(&self, tokens: &[Token], c: usize) -> bool {
        c >= 2
            && lower_in(
                &["polled", "surveyed", "interviewed", "questioned"],
                self.word(tokens[c - 1]),
            )
    }

    /// Whether tokens `from..to` name a share of respondents (`64
    /// percent`, `the same number`, `those`, `a majority`).
    pub(super) fn share_of_respondents(&self, tokens: &[Token], from: usize, to: usize) -> bool {
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
}
