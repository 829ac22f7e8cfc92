//! Who speaks: the subject before a cue (`Sen. Ana Ruiz (D-Ore.) said`),
//! the speaker after an inverted one (`said Jo Park, an aide`), the
//! antecedent of a relative pronoun, and the noun phrases, names, times
//! and asides around them.

use super::cue_context::SHOW_KINDS;
use super::*;
use crate::speakers::{
    MAX_PLACE_WORDS, PLACE_PREPOSITIONS, is_person_noun, is_plural_of_people,
    is_speaker_or_person_noun,
};

word_sets! {
    /// Adverbs set off by commas after a speaker (`Park, however, said`);
    /// they end the mention. `now` and `then` open appositives (`Park,
    /// now a lawyer`) and are not here.
    DISCOURSE_ADVERBS = [
    "however", "meanwhile", "though", "too", "again", "instead", "nevertheless", "nonetheless",
    "moreover", "indeed", "likewise", "similarly", "meantime",
];
}

word_sets! {
    /// Quantities and sizes that open a noun phrase of people (`Hundreds
    /// of protesters`, `Small groups of …`).
    QUANTITY_WORDS = [
    "hundreds", "thousands", "dozens", "millions", "scores", "small", "large", "big", "senior",
    "top", "local", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];
}

/// Nouns in `-ing` that a name may modify (`Zika funding`, `Benghazi
/// hearing`), not participles after it (`Clinton leading Sanders`).
const NOUNS_IN_ING: &[&str] = &[
    "funding",
    "spending",
    "housing",
    "training",
    "polling",
    "hearing",
    "hearings",
    "meeting",
    "meetings",
    "ruling",
    "bombing",
    "bombings",
    "shooting",
    "shootings",
    "building",
    "reporting",
    "screening",
    "testing",
    "lending",
    "drilling",
    "fracking",
    "policing",
    "financing",
    "briefing",
    "killing",
    "killings",
    "uprising",
    "recording",
    "signing",
];

/// A participle or adjective and its preposition saying what someone
/// knows (`briefed on`, `involved in`): unnamed sources, by their access.
const INFORMED_PHRASES: &[(&str, &str)] = &[
    ("briefed", "on"),
    ("involved", "in"),
    ("privy", "to"),
    ("knowledgeable", "about"),
];

/// Whether `word` and `preposition` are one of [`INFORMED_PHRASES`].
fn informed_phrase(word: &str, preposition: &str) -> bool {
    INFORMED_PHRASES
        .iter()
        .any(|&(w, p)| word.eq_ignore_ascii_case(w) && preposition == p)
}

/// Places where words are heard, placing a speaker without a name (`a
/// source in the room`).
const ROOMS: &[&str] = &["room", "audience", "crowd", "meeting", "hall", "chamber"];

/// Words opening the complement of a noun of speech (`claim that`, `call
/// for`, `attacks on`).
const NOMINAL_COMPLEMENTS: &[&str] = &["that", "to", "for", "about", "on", "of", "against"];

word_sets! {
    /// Verbs taking an object and then a bare infinitive (`help Park cast
    /// the race as …`, `let them say`), which end the phrase of the
    /// infinitive's subject.
    BARE_CAUSATIVES = [
    "help", "helps", "helped", "helping", "let", "lets", "letting", "make", "makes", "made",
    "making",
];
}

/// Ranks singling out a speaker among others (`the first member to`).
const RANKS: &[&str] = &[
    "first", "latest", "last", "only", "earliest", "next", "second", "third", "sole",
];

/// Most words after a rank before its infinitive (`the first sitting
/// members of Congress to`).
const MAX_RANKED_AGENT_TOKENS: usize = 6;

/// Most tokens between a verb and the infinitive saying what it was for
/// (`met with the party’s new finance chairman to discuss`).
const MAX_PURPOSE_TOKENS: usize = 10;

word_sets! {
    /// Verbs done for the sake of speaking, with an infinitive of purpose
    /// after a short phrase (`stood up to say`, `used the speech to argue`,
    /// `interrupted me to announce`, `met with Roe to discuss`).
    PURPOSE_VERBS = [
    "stood", "rose", "used", "uses", "using", "went", "returned", "stepped", "interrupted",
    "interrupts", "held", "holds", "convened", "paused", "wrote", "took", "met", "meet", "meets",
    "gathered", "gather", "gathers", "visited", "visits", "sat", "mingle", "mingled",
    "traveled", "travelled", "flew", "arrived", "headed", "heading", "spoke", "speaks",
    "work", "works", "worked", "working", "summoned", "appeared", "joined",
    "joins", "issued", "issues", "released", "releases",
    "posted", "posts", "published", "launched", "organized", "teamed", "returns",
];

    /// Verbs whose subject does what their infinitive says (`seemed to
    /// say`, `tried to argue`).
    INFINITIVE_TAKERS = [
    "seem", "seems", "seemed", "appear", "appears", "appeared", "try", "tries", "tried",
    "attempt", "attempts", "attempted", "rushed", "hastened", "managed", "struggle", "struggles",
    "struggled", "used", "choose", "chooses", "chose", "chosen", "choosing", "trying", "attempting",
    "struggling", "tend", "tends", "tended", "begun", "beginning", "continuing", "starting",
    "moved", "moving", "scrambled", "scrambling", "hurried", "proceeded", "proceeds", "dared",
    "volunteered", "help", "helps", "helped", "helping", "need", "needs", "needed",
];

    /// Adjectives after `be` taking an infinitive whose subject is the
    /// clause's (`is likely to say`, `was quick to add`).
    INFINITIVE_ADJECTIVES = [
    "likely", "unlikely", "quick", "quicker", "eager", "ready", "willing", "unwilling", "able",
    "unable", "careful", "reluctant", "hesitant", "happy", "glad", "keen", "prepared", "loath",
    "right", "correct", "wrong", "inclined", "disinclined", "late", "slow", "poised", "anxious",
    "desperate", "afraid", "determined", "free",
];

    /// Nouns of a chance taken (`has a rare chance to show`, `missed no
    /// opportunity to remind`).
    OCCASION_NOUNS = [
    "chance", "opportunity", "occasion",
];

    /// Verbs whose subject takes a chance named after them (`has a
    /// chance`, `seized the opportunity`).
    OCCASION_TAKERS = [
    "has", "have", "had", "get", "gets", "got", "seize", "seizes", "seized", "miss", "misses",
    "missed", "grab", "grabs", "grabbed", "relish", "relished", "welcome", "welcomed",
    "welcomes",
];
}

word_sets! {
    /// Verbs making their object do what the infinitive says (`led
    /// voters to say`).
    CAUSATIVES = [
    "lead", "leads", "led", "prompt", "prompts", "prompted", "force", "forces", "forced",
    "cause", "causes", "caused", "compel", "compels", "compelled", "inspire", "inspires",
    "inspired", "pressure", "pressures", "pressured", "encourage", "encourages", "encouraged",
];
}

/// Pronouns standing for people before a relative pronoun (`those who
/// said`, `many who warned`).
const PEOPLE_PRONOUNS: &[&str] = &[
    "those", "some", "many", "several", "few", "others", "most", "all", "both",
];

/// Most words between the determiner and the noun of a chance taken (`a
/// rare and welcome chance`).
const MAX_OCCASION_MODIFIERS: usize = 3;

/// Set phrases that may stand between a subject and its verb (`Park in
/// the end said`).
const ADVERBIAL_PHRASES: &[&[&str]] = &[
    &["in", "the", "end"],
    &["at", "the", "time"],
    &["at", "the", "same", "time"],
    &["at", "one", "point"],
    &["in", "turn"],
    &["all", "but"],
    &["for", "her", "part"],
    &["for", "his", "part"],
    &["for", "their", "part"],
    &["for", "its", "part"],
    &["in", "fact"],
    &["in", "general"],
    &["at", "first"],
    &["in", "response"],
    &["in", "particular"],
    &["by", "contrast"],
    &["in", "contrast"],
    &["of", "course"],
    &["in", "private"],
    &["in", "public"],
    &["no", "longer"],
];

/// Quantities naming a part of a group before `of` (`many of them`,
/// `most of whom`).
const PART_QUANTITIES: &[&str] = &[
    "many", "some", "most", "all", "several", "both", "half", "none", "few", "each", "neither",
    "either", "majority", "third", "quarter",
];

/// Whether `word` is a fraction written with a hyphen (`two-thirds`,
/// `three-fourths`).
fn is_fraction(word: &str) -> bool {
    word.split_once('-').is_some_and(|(count, part)| {
        is_number(count) && lower_in(&["thirds", "fourths", "quarters", "fifths", "tenths"], part)
    })
}

/// Words of degree before an adjective (`more likely`, `slightly less
/// eager`).
const DEGREE_WORDS: &[&str] = &[
    "more", "most", "less", "least", "very", "so", "too", "slightly", "much", "far", "quite",
    "all", "only", "not", "also", "even", "still",
];

word_sets! {
    /// Names of months.
    MONTHS = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
];
}

word_sets! {
    /// Roles held for someone, named with `to` (`an aide to Park`).
    ROLES_FOR_SOMEONE = [
    "adviser", "advisers", "advisor", "advisors", "aide", "aides", "spokesman", "spokeswoman",
    "spokesperson", "consultant", "consultants", "assistant", "assistants", "counsel", "envoy",
    "ambassador", "successor",
];
}

word_sets! {
    /// Abbreviations that end a name or company (`Biden Jr.`, `Acme Inc.`).
    NAME_SUFFIXES = ["jr", "sr", "inc", "co", "corp", "ltd", "llc"];
}

/// Beliefs that are thoughts or stances, not intentions.
const THOUGHTS: &[&str] = &[
    "think", "believe", "feel", "fear", "worry", "doubt", "suspect", "realize", "estimate",
    "support",
];

/// Most tokens of a description before its relative clause in an
/// appositive (`, a professor at Harvard who …`).
const MAX_DESCRIPTION_TOKENS: usize = 6;

/// Most tokens of a relative clause set off by commas between a subject
/// and its cue (`Biden, who was to travel to Columbus, Ohio, on …, said`).
const MAX_RELATIVE_APPOSITIVE_TOKENS: usize = 30;

/// Most tokens of a phrase opening a clause without a comma before a
/// pronoun subject (`On Sunday she …`, `In his speech last week he …`).
const MAX_UNSET_PHRASE_TOKENS: usize = 7;

/// Most tokens between the comma closing an opening phrase and the next
/// one, when no name follows the first (`Chastened by the polls, as well
/// as the costs, Park …`).
const MAX_OPENING_TAIL_TOKENS: usize = 12;

/// Most tokens of an aside between dashes after a subject (`Park -- a
/// co-author of …, a book on … -- said`).
const MAX_DASH_ASIDE_TOKENS: usize = 30;

/// The most words of a second role and a name after `and` in a speaker's
/// phrase (`and GOP strategist Charlie Black`).
const MAX_SECOND_ROLE_WORDS: usize = 5;

/// Words naming a day with its weekday (`Super Tuesday`, `Black
/// Friday`), which is then no time.
const NAMED_DAY_WORDS: &[&str] = &[
    "Super", "Black", "Cyber", "Good", "Ash", "Easter", "Palm", "Bloody", "Giving", "Holy", "Fat",
    "Mini",
];

word_sets! {
    /// Works that speak for those who make them public (`released an ad
    /// that says …`).
    PUBLISHED_WORKS = [
    "ad", "ads", "advertisement", "video", "videos", "letter", "statement", "memo", "editorial",
    "op-ed", "piece", "column", "post", "tweet", "tweets", "message", "comment", "comments",
    "spot", "commercial", "essay",
];

    /// Forms of the verbs making a work public.
    PUBLISHING_VERBS = [
    "released", "releasing", "releases", "release", "posted", "posting", "posts", "post",
    "published", "publishing", "publishes", "publish", "issued", "issuing", "issues", "issue",
    "ran", "running", "runs", "aired", "airing", "airs", "unveiled", "unveiling", "unveils",
    "launched", "launching", "launches", "sent", "sending", "sends", "wrote", "writing", "writes",
    "penned", "filed", "filing", "files", "circulated", "circulating", "tweeted", "distributed",
    "produced", "producing", "cut",
];
}

impl Attributor<'_> {
    /// The subject at the start of the clause for a cue that has none of
    /// its own: a participle (`…, adding`) or a second verb (`He paused
    /// and added`).
    pub(super) fn clause_subject(
        &self,
        tokens: &[Token],
        from: usize,
        cue_at: usize,
    ) -> Option<(Span, Vec<Span>)> {
        // The clause start is searched within a window, so that a sentence
        // of many verbs stays linear.
        let from = from.max(cue_at.saturating_sub(LEAD_WINDOW));
        // `and instead argued`: adverbs between the conjunction and the
        // verb; `and on Monday announced`: a time.
        let mut before_at = cue_at;
        while before_at > from && self.is_adverb(self.word(tokens[before_at - 1])) {
            before_at -= 1;
        }
        if let Some(time) = self
            .time_before(tokens, before_at, from)
            .filter(|&start| start > from && self.word(tokens[start - 1]) == "and")
        {
            before_at = time;
        }
        let before = before_at.checked_sub(1).map(|k| self.word(tokens[k]));
        let participle = self.participle_cue(tokens, cue_at);
        // (`Park paused, then said`: `then` after a comma joins the verb
        // as `and` does.)
        let then_after_comma = before == Some(",")
            && (before_at..cue_at).any(|k| self.word(tokens[k]).eq_ignore_ascii_case("then"));
        let coordinated = matches!(before, Some("and" | "then" | "but")) || then_after_comma;
        if !participle && !coordinated {
            return None;
        }
        // (`I want to wait” before discussing …`: not a speaker inside a
        // quotation closing before the cue.)
        let means_after_quotation = |from: usize| {
            let count = |mark: &str| {
                (from..cue_at)
                    .filter(|&k| self.word(tokens[k]) == mark)
                    .count()
            };
            count("”") > count("“") || count("\"") % 2 == 1
        };
        // `CLAUSE, Roe said Tuesday, noting …`: a participle after a tag
        // closing the clause goes on for the tag's speaker.
        if participle
            && let Some(tag_subject) = (from..cue_at)
                .rev()
                .take(MAX_TAG_GAP)
                .filter(|&k| !self.participle_cue(tokens, k))
                .find_map(|k| {
                    self.speech_cue(tokens, k)?;
                    let (mention, words) = self.subject_before(tokens, k, from)?;
                    let subject = tokens.partition_point(|t| t.span.start < mention.start);
                    (subject > from && self.word(tokens[subject - 1]) == ",")
                        .then_some((mention, words))
                })
        {
            return Some(tag_subject);
        }
        // A second verb shares the subject of its own clause (`…, and when
        // Park thanked the city and said`), and so does a participle after
        // a preposition (`why Roe quit before announcing`); any other
        // participle, that of the sentence.
        let means = participle
            && (lower_in(MEANS_PREPOSITIONS, before.unwrap_or_default())
                || self.stops_short_before(tokens, cue_at));
        let clause_start = if coordinated {
            (from..before_at - 1)
                .rev()
                .find(|&j| lower_in(SUBORDINATORS, self.word(tokens[j])))
                .map_or(from, |j| j + 1)
        } else if means {
            // (A clause still open: no comma since its conjunction, which
            // is no preposition, as `after` and `before` may be.)
            (from..before_at - 1)
                .rev()
                .take_while(|&j| self.word(tokens[j]) != ",")
                .find(|&j| {
                    lower_in(
                        &[
                            "why", "how", "because", "when", "if", "although", "though", "whereas",
                        ],
                        self.word(tokens[j]),
                    )
                })
                .map_or(from, |j| j + 1)
        } else {
            from
        };
        if means && means_after_quotation(clause_start) {
            return None;
        }
        // `Park led the charge, and within weeks the group had placed ads
        // calling …`: a participle goes on for the subject of the last
        // clause joined by `, and` or `, but`, when it has one.
        let joined_clause = (!coordinated)
            .then(|| {
                (clause_start + 1..before_at.saturating_sub(1))
                    .rev()
                    .find(|&j| {
                        self.word(tokens[j - 1]) == ","
                            && lower_in(&["and", "but"], self.word(tokens[j]))
                    })
            })
            .flatten()
            // (Not inside a parenthesis on the subject: `Voters (mostly
            // men, but some women) are keen on telling …`.)
            .filter(|&j| !(j..before_at).any(|k| self.word(tokens[k]) == ")"))
            .and_then(|j| self.subject_at_clause_start(tokens, j + 1, cue_at));
        joined_clause.or_else(|| self.subject_at_clause_start(tokens, clause_start, cue_at))
    }

    /// The subject of the cue at `cue_at`, with `after` the token after
    /// it, far from it: past a long appositive or relative clause before
    /// a comma (`Jo Park, who …, said`), or when a time follows the cue
    /// (`said Friday that`), the clause's subject speaks. The mention runs
    /// to the comma, appositives and relative clauses included, as when
    /// they are short.
    pub(super) fn far_subject(
        &self,
        tokens: &[Token],
        floor: usize,
        cue_at: usize,
        after: usize,
    ) -> Option<(Span, Vec<Span>)> {
        // (`Jo Park, who …, has also said`: auxiliaries and adverbs may
        // stand between the comma and the cue.)
        let mut cue_at = cue_at;
        for _ in 0..3 {
            match cue_at
                .checked_sub(1)
                .filter(|&k| k > floor)
                .map(|k| self.word(tokens[k]))
            {
                Some(word) if FINITE_AUXILIARIES.contains(word) || word == "also" => cue_at -= 1,
                _ => break,
            }
        }
        let comma_before = cue_at > floor && self.word(tokens[cue_at - 1]) == ",";
        let time_next = after < tokens.len() && self.time_word(self.word(tokens[after]));
        if !(comma_before || time_next) {
            return None;
        }
        let from = floor.max(cue_at.saturating_sub(LEAD_WINDOW));
        let (mention, words) = self.subject_at_clause_start(tokens, from, cue_at)?;
        // `Jo Park, who …, said`: the mention runs over what sets the name
        // off, but not over a verb phrase (`He later suggested …, called`).
        let subject_end = tokens.partition_point(|t| t.span.end <= mention.end);
        let set_off = tokens
            .get(subject_end)
            .is_some_and(|t| self.word(*t) == ",");
        let mention = match comma_before && set_off {
            true => Span::new(mention.start, tokens[cue_at - 2].span.end),
            false => mention,
        };
        Some((mention, words))
    }

    /// The subject opening the clause that starts at token `from`, before
    /// the cue at `cue_at`: a pronoun or a named noun phrase.
    fn subject_at_clause_start(
        &self,
        tokens: &[Token],
        from: usize,
        cue_at: usize,
    ) -> Option<(Span, Vec<Span>)> {
        let mut k = self.skip_clause_opening(tokens, from, cue_at);
        // `Whatever his motives, shrugging off …`: a clause of concession
        // has no subject for what follows.
        if tokens[k..cue_at].first().is_some_and(|t| {
            lower_in(
                &["whatever", "whoever", "whichever", "wherever", "whenever"],
                self.word(*t),
            )
        }) {
            return None;
        }
        if let Some(pronoun) = tokens[k..cue_at]
            .first()
            .and_then(|&token| pronoun_span(self.word(token), token))
        {
            return Some((pronoun, vec![pronoun]));
        }
        // `Here in Columbia, Sanders …`: an opening phrase that names
        // nobody ends at its comma.
        let end = match self.name_after(tokens, k, cue_at) {
            Some(end) => end,
            None => {
                k = (k..cue_at.min(k + MAX_OPENING_TAIL_TOKENS))
                    .find(|&j| self.word(tokens[j]) == ",")?
                    + 1;
                let mut end = self.name_after(tokens, k, cue_at)?;
                // (`At a rally in Beaumont, Tex., Park …`: a state after its
                // city, abbreviated or not, is still the opening phrase's.)
                let word_at = |j: usize| tokens.get(j).map_or("", |t| self.word(*t));
                let state_end = match (word_at(end), word_at(end + 1)) {
                    (".", ",") if end == k + 1 && word_at(k).len() <= 5 => Some(end + 1),
                    (",", _) if is_place(&[word_at(k)]) && end == k + 1 => Some(end),
                    _ => None,
                };
                if let Some(comma) = state_end {
                    k = comma + 1;
                    end = self.name_after(tokens, k, cue_at)?;
                }
                end
            }
        };
        let words: Vec<Span> = word_spans(&tokens[k..end]);
        // `Pence himself released …`, `People (mostly men) are …`: a
        // reflexive or a parenthesis right after the subject belongs to
        // its mention.
        let end = match tokens.get(end).map(|t| self.word(*t)) {
            Some(word) if lower_in(&["himself", "herself", "itself", "themselves"], word) => {
                end + 1
            }
            // (Not a caption's `(left)`.)
            Some("(") => (end + 1..cue_at.min(end + MAX_APPOSITIVE_TOKENS))
                .find(|&j| self.word(tokens[j]) == ")")
                .filter(|&close| {
                    let caption = tokens[end + 1..close].iter().any(|t| {
                        lower_in(
                            &["left", "right", "center", "centre", "pictured", "above"],
                            self.word(*t),
                        )
                    });
                    !caption
                        && tokens
                            .get(close + 1)
                            .is_some_and(|t| t.is_word && !is_capitalised(self.word(*t)))
                })
                .map_or(end, |close| close + 1),
            _ => end,
        };
        // `Jo Park, a former mayor, endorsed Ruiz, saying …`: the mention
        // keeps an appositive set off by commas.
        // (`Erin Ruiz, the activist and lawyer, endorsed …`, `Jo Park,
        // who is Muslim, decried …`: up to the comma before the verb.)
        let set_off = tokens.get(end).is_some_and(|t| self.word(*t) == ",")
            && !self.circumstance_after(tokens, end, cue_at);
        let appositive_end = set_off
            .then(|| {
                self.noun_phrase_after(tokens, end + 1, cue_at)
                    .filter(|&close| tokens.get(close).is_some_and(|t| self.word(*t) == ","))
                    .or_else(|| self.appositive_close(tokens, end + 1, cue_at))
            })
            .flatten();
        let mention_end = appositive_end.unwrap_or(end);
        // `One of the men, Jo Park, had served …`: a name set off after a
        // common noun phrase names the speaker.
        let described = tokens[k..end]
            .iter()
            .any(|t| t.is_word && !is_capitalised(self.word(*t)));
        let named = appositive_end.filter(|&close| {
            close > end + 1
                && tokens[end + 1..close].iter().all(|t| {
                    let word = self.word(*t);
                    (t.is_word && is_capitalised(word)) || word == "."
                })
        });
        let words = match named {
            Some(close) if described => word_spans(&tokens[end + 1..close]),
            _ => words,
        };
        // (`…, Jo Park, 70, had …`: with the name's age.)
        let aged = named.is_some_and(|close| {
            close + 2 < cue_at
                && is_number(self.word(tokens[close + 1]))
                && self.word(tokens[close + 2]) == ","
        });
        let mention_end = match (named, aged) {
            (Some(close), true) => close + 2,
            _ => mention_end,
        };
        Some((
            Span::new(tokens[k].span.start, tokens[mention_end - 1].span.end),
            words,
        ))
    }

    /// Whether tokens `from..to` are a relative clause that reports
    /// speech or thought (`who says allies should send troops`), which is
    /// no part of a speaker's mention; one that tells what the speaker
    /// seeks or founded is.
    fn reporting_relative(&self, tokens: &[Token], from: usize, to: usize) -> bool {
        let reports = |k: usize| {
            self.any_cue(tokens, k)
                .is_some_and(|(cue, _, _)| match cue.kind {
                    CueKind::Speech => cue.lemma != "find",
                    CueKind::Belief => THOUGHTS.contains(&cue.lemma.as_ref()),
                    CueKind::Evidential => false,
                })
        };
        tokens.get(from).is_some_and(|t| {
            lower_in(PERSON_RELATIVES, self.word(*t)) && (from + 1..to).any(reports)
        })
    }

    /// The comma closing an appositive that starts at token `from`, before
    /// the cue at `cue_at`: within a few words of prose (a description
    /// with `and` or a phrase, a relative clause), with the clause's verb
    /// in lower case after it.
    fn appositive_close(&self, tokens: &[Token], from: usize, cue_at: usize) -> Option<usize> {
        let first = self.word(*tokens.get(from)?);
        let opens = DETERMINERS.contains(first)
            || lower_in(&["who", "whose"], first)
            || is_possessive(first);
        if !opens {
            return None;
        }
        let close = (from + 1..cue_at.min(from + MAX_APPOSITIVE_TOKENS))
            .take_while(|&k| tokens[k].is_word || matches!(self.word(tokens[k]), "," | "(" | ")"))
            .find(|&k| self.word(tokens[k]) == ",")?;
        let next = self.word(*tokens.get(close + 1)?);
        let verb_next = tokens[close + 1].is_word && !is_capitalised(next);
        (verb_next && !self.reporting_relative(tokens, from, close)).then_some(close)
    }

    /// The token after a dateline opening tokens `from..to`
    /// (`PHILADELPHIA, July 25 (UPI) —`): a place in capitals, then words
    /// none of which is in lower case, then a dash.
    pub(super) fn dateline_end(&self, tokens: &[Token], from: usize, to: usize) -> Option<usize> {
        let first = self.word(*tokens.get(from).filter(|_| from < to)?);
        if first.len() < 2 || !first.chars().all(|c| c.is_uppercase() || c == '.') {
            return None;
        }
        let dash = (from + 1..to.min(from + 12))
            .take_while(|&j| !self.word(tokens[j]).starts_with(char::is_lowercase))
            .find(|&j| self.word(tokens[j]) == "-" || is_dash(self.word(tokens[j])))?;
        Some(dash + 1)
    }

    /// Skips words that open a clause before its subject: conjunctions
    /// (`But`, `As`) and an introductory phrase up to its comma (`Before
    /// the convention,`).
    pub(super) fn skip_clause_opening(&self, tokens: &[Token], from: usize, to: usize) -> usize {
        let mut k = self.dateline_end(tokens, from, to).unwrap_or(from);
        // `Washington (AFP) –`: a place in title case, then the agency.
        if let Some(open) = (k + 1..to.min(k + 6)).find(|&j| self.word(tokens[j]) == "(")
            && tokens[k..open]
                .iter()
                .all(|t| is_capitalised(self.word(*t)) || self.word(*t) == ",")
            && open + 3 < to
            && self.word(tokens[open + 2]) == ")"
            && (self.word(tokens[open + 3]) == "-" || is_dash(self.word(tokens[open + 3])))
            && {
                let agency = self.word(tokens[open + 1]);
                agency.len() > 1 && agency.chars().all(|c| c.is_uppercase())
            }
        {
            k = open + 4;
        }
        while k < to && (!tokens[k].is_word || CLAUSE_OPENERS.contains(self.word(tokens[k]))) {
            k += 1;
        }
        // `More recently, Rubio has …`, `Separately, the group …`: an
        // adverb set off by a comma.
        let adverb = match lower_in(
            &["more", "most"],
            tokens.get(k).map_or("", |t| self.word(*t)),
        ) {
            true => k + 1,
            false => k,
        };
        if adverb + 2 < to
            && self.is_adverb(self.word(tokens[adverb]))
            && self.word(tokens[adverb + 1]) == ","
        {
            k = adverb + 2;
        }
        // `Initially a Democrat, he …`: an adverb opening a phrase about the
        // subject, which ends at its comma.
        if k + 1 < to
            && is_capitalised(self.word(tokens[k]))
            && self.word(tokens[k]).ends_with("ly")
            && self.is_adverb(&self.word(tokens[k]).to_lowercase())
            && lower_in(&["a", "an", "the"], self.word(tokens[k + 1]))
            && let Some(comma) =
                (k + 2..to.min(k + MAX_OPENING_TAIL_TOKENS)).find(|&j| self.word(tokens[j]) == ",")
        {
            k = comma + 1;
        }
        // `Even Park tried …`: a focusing adverb before the subject (not
        // before a subordinator: `Even as Park spoke, …`).
        if k + 1 < to
            && lower_in(&["even", "only"], self.word(tokens[k]))
            && tokens[k + 1].is_word
            && !lower_in(SUBORDINATORS, self.word(tokens[k + 1]))
        {
            k += 1;
        }
        // `On Sunday she canceled …`: a short phrase without its comma,
        // then a pronoun that can only be a subject.
        if k < to
            && is_capitalised(self.word(tokens[k]))
            && lower_in(reported::OPENING_PREPOSITIONS, self.word(tokens[k]))
            && let Some(pronoun) = (k + 1..to.min(k + MAX_UNSET_PHRASE_TOKENS))
                .take_while(|&j| tokens[j].is_word)
                .find(|&j| lower_in(SUBJECT_PRONOUNS, self.word(tokens[j])))
        {
            return pronoun;
        }
        // `On Sunday morning Mr. Park …`: a day and its part, without
        // the comma, then a name.
        if k + 2 < to
            && lower_in(&["on", "by", "late", "early"], self.word(tokens[k]))
            && WEEKDAYS.contains(self.word(tokens[k + 1]))
            && lower_in(
                &["morning", "afternoon", "evening", "night"],
                self.word(tokens[k + 2]),
            )
            && tokens
                .get(k + 3)
                .is_some_and(|t| k + 3 < to && is_capitalised(self.word(*t)))
        {
            return k + 3;
        }
        // `A few minutes later they …`: a time without its comma, then a
        // pronoun that can only be a subject.
        if let Some(pronoun) = (k + 1..to.min(k + MAX_UNSET_PHRASE_TOKENS))
            .take_while(|&j| tokens[j].is_word)
            .find(|&j| lower_in(&["later", "ago", "earlier"], self.word(tokens[j])))
            .map(|j| j + 1)
            .filter(|&j| j < to && lower_in(SUBJECT_PRONOUNS, self.word(tokens[j])))
        {
            return pronoun;
        }
        let time_phrase = self.time_phrase_comma(tokens, k, to).is_some();
        // `When Park tried to defend his remarks calling …`: in a clause
        // opened by a subordinator and running on to the cue, the subject
        // follows the subordinator.
        if k + 1 < to
            && lower_in(SUBORDINATORS, self.word(tokens[k]))
            && !(k..to).any(|j| self.word(tokens[j]) == ",")
        {
            k += 1;
        }
        // `Facing criticism from Democrats,`, `Chastened by the polls,`: a
        // participle phrase; `Essentially,`: a sentence adverb.
        let participle = k < to && {
            let word = self.word(tokens[k]);
            word.ends_with("ing")
                || (word.ends_with("ed")
                    && tokens
                        .get(k + 1)
                        .is_some_and(|t| lower_in(&["by", "with", ","], self.word(*t))))
        };
        let adverb = k + 1 < to
            && self.word(tokens[k + 1]) == ","
            && (self.word(tokens[k]).ends_with("ly") || self.discourse_aside(tokens, k));
        // `Two weeks after Scalia died,`: a subordinate clause after a
        // measure of time.
        let subordinate_soon = (k + 1..to.min(k + 3))
            .take_while(|&j| tokens[j].is_word)
            .any(|j| lower_in(SUBORDINATORS, self.word(tokens[j])));
        // (`Then he cut in, calling …`: a pronoun after the opener is the
        // subject.)
        let introductory = k < to
            && ((!is_capitalised(self.word(tokens[k]))
                && !PRONOUNS.contains(self.word(tokens[k])))
                || subordinate_soon
                || INTRODUCTIONS.contains(self.word(tokens[k]))
                || time_phrase
                || participle
                || adverb);
        if introductory && let Some(comma) = (k..to).find(|&j| self.word(tokens[j]) == ",") {
            k = comma + 1;
            // `Speaking in Salem, New Hampshire, Trump …`: a place after
            // the town belongs to the phrase.
            let town = comma
                .checked_sub(1)
                .is_some_and(|j| is_capitalised(self.word(tokens[j])));
            let place_end = (k..to.min(k + 4)).find(|&j| self.word(tokens[j]) == ",");
            if let Some(place_end) = place_end.filter(|_| town) {
                // `Portsmouth, N.H.,`: a period may end the state's
                // abbreviation.
                let place = place_end > k
                    && is_capitalised(self.word(tokens[k]))
                    && tokens[k..place_end].iter().all(|&t| {
                        let word = self.word(t);
                        (t.is_word && is_capitalised(word)) || word == "."
                    })
                    && place_end + 1 < to
                    && tokens[place_end + 1].is_word;
                if place {
                    k = place_end + 1;
                }
            }
            // `At a rally in Portsmouth, N.H., on Tuesday,`: a date after
            // the phrase.
            let date_end = (k..to.min(k + 5)).find(|&j| self.word(tokens[j]) == ",");
            if let Some(date_end) = date_end
                && date_end > k
                && self.time_before(tokens, date_end, k) == Some(k)
            {
                k = date_end + 1;
            }
        }
        k
    }

    /// End of a subject at the clause start: a pronoun, or a noun phrase
    /// cut after its last capitalised word (`Weaver` in `Weaver didn’t
    /// seem impressed`); `None` when it names nobody.
    pub(super) fn name_after(&self, tokens: &[Token], k: usize, to: usize) -> Option<usize> {
        let end = self.party_after(tokens, self.single_name_after(tokens, k, to)?, to);
        // `Bernie Sanders and Ted Cruz`: names joined by `and` are one subject.
        if tokens.get(end).is_some_and(|t| self.word(*t) == "and")
            && let Some(second_end) = self.single_name_after(tokens, end + 1, to)
        {
            return Some(self.party_after(tokens, second_end, to));
        }
        Some(end)
    }

    /// Where a party and state in parentheses after a name end (`Sen.
    /// Ann Roe (D-Ore.)`, `Gov. Jo Park (R)`); `end` when none follows.
    fn party_after(&self, tokens: &[Token], end: usize, to: usize) -> usize {
        if end == 0 || tokens.get(end).is_none_or(|t| self.word(*t) != "(") {
            return end;
        }
        let capitalised_name = is_capitalised(self.word(tokens[end - 1]));
        let close = (end + 1..to.min(end + 7)).find(|&j| self.word(tokens[j]) == ")");
        let party = close.is_some_and(|close| {
            let party = self.word(tokens[end + 1]);
            close > end + 1 && is_capitalised(party) && (party.len() <= 3 || party.contains('-'))
        });
        match close {
            Some(close) if party && capitalised_name => close + 1,
            _ => end,
        }
    }

    /// [`Self::name_after`] for a single name, without a second joined by `and`.
    fn single_name_after(&self, tokens: &[Token], k: usize, to: usize) -> Option<usize> {
        if k >= to {
            return None;
        }
        let first = self.word(tokens[k]);
        if PRONOUNS.contains(first) {
            return Some(k + 1);
        }
        // `…, Will urged`: a surname that is also a stop word, before a
        // verb in the past.
        let past_next = tokens.get(k + 1).is_some_and(|t| {
            let word = self.word(*t);
            !is_capitalised(word) && reported::is_past(word)
        });
        if GIVEN_NAMES_LIKE_STOP_WORDS.contains(&first) && past_next && !self.in_title_case() {
            return Some(k + 1);
        }
        // `There’s still time for Cruz …`: no subject that speaks, but
        // `Here’s Clinton in 1992: “…”` presents one.
        let expletive = first.split(['’', '\'']).next().unwrap_or(first);
        if lower_in(&["there", "here"], expletive) {
            let named = tokens
                .get(k + 1)
                .is_some_and(|t| t.is_word && is_capitalised(self.word(*t)));
            return named
                .then(|| self.single_name_after(tokens, k + 1, to))
                .flatten();
        }
        // `Hundreds of protesters`, `Small groups of …`: a quantity or an
        // adjective capitalised at the sentence start heads no name.
        if is_capitalised(first)
            && (NOUN_MODIFIERS.contains(first) || QUANTITY_WORDS.contains(first))
        {
            let of = tokens.get(k + 1).is_some_and(|t| self.word(*t) == "of");
            let rest = if of { k + 2 } else { k + 1 };
            if let Some(end) = self.noun_phrase_after(tokens, rest, to) {
                // The phrase ends before a verb or an adverb (`marched`,
                // `recently`).
                let verb = (rest..end).find(|&j| {
                    let word = self.word(tokens[j]);
                    word.ends_with("ed") || word.ends_with("ly")
                });
                return Some(verb.unwrap_or(end));
            }
        }
        let end = self.noun_phrase_after(tokens, k, to)?;
        let last_name = (k..end).rev().find(|&j| {
            tokens[j].is_word
                && is_capitalised(self.word(tokens[j]))
                && !DETERMINERS.contains(self.word(tokens[j]))
        });
        // `FBI officials`, `the Sanders campaign`: a head noun after the
        // name belongs to the subject.
        let last_name = last_name.map(|j| {
            let mut j = j;
            while j + 1 < end && j < k + MAX_SUBJECT_TOKENS && {
                let next = self.word(tokens[j + 1]);
                !is_capitalised(next) && is_speaker_head(next)
            } {
                j += 1;
            }
            j
        });
        // `the Stanford history graduate`, `Lazar’s public defense
        // counsel`, `The billionaire businessman`: the last speaker noun
        // after the name or the determiner, past words in lower case.
        let head_after = |from: usize| {
            (from + 1..end).rev().find(|&j| {
                is_speaker_head(self.word(tokens[j]))
                    && tokens[from + 1..=j].iter().all(|t| {
                        let word = self.word(*t);
                        t.is_word && !is_capitalised(word) && !is_stop_word(word)
                    })
            })
        };
        if let Some(last_name) = last_name {
            if let Some(head) = head_after(last_name) {
                return Some(head + 1);
            }
            // `Trump’s campaign`, `Park’s younger sister`: the possessed
            // noun heads the subject.
            let name = self.word(tokens[last_name]);
            let possessed = last_name + 1 < end && without_possessive(name) != name;
            if possessed {
                let adjective =
                    last_name + 2 < end && self.modifies_noun(self.word(tokens[last_name + 1]));
                return Some(last_name + 2 + usize::from(adjective));
            }
            return Some(last_name + 1);
        }
        // `the senator`, `officials`: a description or an unnamed source.
        let head_end = if DETERMINERS.contains(self.word(tokens[k])) {
            head_after(k).map_or(k + 2, |head| head + 1)
        } else {
            k + 1
        };
        // Classified by the determiner and the head (`the billionaire
        // businessman` as `the businessman`).
        let last = head_end.min(end);
        let words: Vec<&str> = if last > k + 1 {
            vec![self.word(tokens[k]), self.word(tokens[last - 1])]
        } else {
            vec![self.word(tokens[k])]
        };
        let described = !matches!(
            classify(&words),
            MentionClass::Named(SpeakerKind::Unknown | SpeakerKind::Person)
                | MentionClass::Common(SpeakerKind::Person)
        );
        // `The nurse later sued`, `His ex-wife agreed`: a noun after an
        // article or a possessive, before the clause's verb in the past,
        // is its subject whatever the noun.
        let verb_at = |j: usize| {
            tokens.get(j).is_some_and(|t| {
                let word = self.word(*t);
                reported::is_past(word)
                    || (word.ends_with("ly") && self.is_adverb(word))
                    || lower_in(&["later", "also", "then", "again", "once"], word)
            })
        };
        let determined = lower_in(
            &[
                "the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
            ],
            self.word(tokens[k]),
        );
        // (`The retired neurosurgeon`, `His ex-wife`: the noun phrase runs
        // to the verb, past no adverb: not `The director further`.)
        let adverb_free = (head_end..end).all(|j| {
            let word = self.word(tokens[j]);
            !self.is_adverb(word) && !word.eq_ignore_ascii_case("twice")
        });
        let head_end = match determined && end > head_end && adverb_free && verb_at(end) {
            true => end,
            false => head_end,
        };
        let before_verb = determined && verb_at(head_end);
        ((described || before_verb) && head_end <= end).then_some(head_end)
    }

    /// Where a verb of continuing or starting ends right before the `to`
    /// at token `to` begins (`continued to`, `went on to`): the index of
    /// that verb.
    pub(super) fn catenative_before(&self, tokens: &[Token], to: usize) -> Option<usize> {
        let verb = self.before_infinitive(tokens, to)?;
        let word = self.word(tokens[verb]);
        if CATENATIVES.contains(word) || INFINITIVE_TAKERS.contains(word) {
            // `is choosing to`, `was (now) trying to`: the progressive's
            // `be`, before any adverbs; so the passive's (`was moved to`).
            let mut be = verb;
            while be > 0 && self.is_adverb(self.word(tokens[be - 1])) {
                be -= 1;
            }
            let progressive = (word.ends_with("ing") || word.ends_with("ed"))
                && be > 0
                && lower_in(reported::BE_FORMS, self.word(tokens[be - 1]));
            return Some(if progressive { be - 1 } else { verb });
        }
        // `is reported to say`, `was said to have called`: a report in the
        // passive, whose subject speaks.
        if lower_in(
            &[
                "reported", "said", "believed", "thought", "alleged", "rumored",
            ],
            word,
        ) && verb > 0
            && lower_in(reported::BE_FORMS, self.word(tokens[verb - 1]))
        {
            return Some(verb - 1);
        }
        // `was prompted to say`, `was moved to add`: made to speak, in
        // the passive, the subject speaks.
        if (CAUSATIVES.contains(word) || word == "moved")
            && word.ends_with("ed")
            && verb > 0
            && lower_in(reported::BE_FORMS, self.word(tokens[verb - 1]))
        {
            return Some(verb - 1);
        }
        // `had to say`, `has to explain`: the subject of `have`.
        if lower_in(&["has", "have", "had"], word) {
            return Some(verb);
        }
        // `has yet to endorse`: the subject of the auxiliary.
        if word == "yet"
            && verb > 0
            && lower_in(
                &["has", "have", "had", "is", "are", "was", "were"],
                self.word(tokens[verb - 1]),
            )
        {
            return Some(verb - 1);
        }
        // `took to Twitter to say`, `took to the floor to argue`.
        let took_to = (to.saturating_sub(7)..verb)
            .rev()
            .find(|&k| k > 0 && self.word(tokens[k]) == "to")
            .filter(|&k| {
                lower_in(
                    &["take", "takes", "took", "taking"],
                    self.word(tokens[k - 1]),
                ) && tokens[k + 1..verb + 1].iter().all(|t| t.is_word)
            });
        if let Some(k) = took_to {
            return Some(k - 1);
        }
        // `stood at an event to say`, `held a news conference to
        // announce`: the infinitive says what the verb was for.
        // (`visited NBC’s “Today” to discuss`: a title on the way.)
        let purpose = (to.saturating_sub(MAX_PURPOSE_TOKENS)..to)
            .rev()
            .find(|&k| PURPOSE_VERBS.contains(self.word(tokens[k])))
            .filter(|&k| {
                tokens[k + 1..to].iter().all(|t| {
                    t.is_word || matches!(self.word(*t), "“" | "”" | "\"" | "’" | "'" | "-")
                })
            })
            // (`spoke on the condition of anonymity to discuss …`: the
            // source's terms, not what it spoke for.)
            .filter(|&k| {
                !tokens[k + 1..to]
                    .iter()
                    .any(|t| lower_in(&["anonymity", "anonymously"], self.word(*t)))
            });
        if purpose.is_some() {
            return purpose;
        }
        // `has a rare chance to show`, `never missed an opportunity to
        // remind`: the subject of the verb taking the chance.
        if OCCASION_NOUNS.contains(word) {
            let determiner = (verb.saturating_sub(MAX_OCCASION_MODIFIERS + 1)..verb)
                .rev()
                .take_while(|&k| tokens[k].is_word)
                .find(|&k| {
                    let word = self.word(tokens[k]);
                    DETERMINERS.contains(word) || lower_in(&["no", "every", "any"], word)
                })?;
            let taker = determiner.checked_sub(1)?;
            return OCCASION_TAKERS
                .contains(self.word(tokens[taker]))
                .then_some(taker);
        }
        // `are more likely to say`, `was quick to note`: a predicate
        // adjective and its verb `be`.
        if INFINITIVE_ADJECTIVES.contains(word) {
            let mut be = verb.checked_sub(1)?;
            while be > 0 && lower_in(DEGREE_WORDS, self.word(tokens[be])) {
                be -= 1;
            }
            // (`he’s likely to`: `be` contracted with its subject, which
            // is then found before the adjective.)
            if reported::pronoun_contraction(self.word(tokens[be])) {
                return Some(be + 1);
            }
            return lower_in(reported::BE_FORMS, self.word(tokens[be])).then_some(be);
        }
        let go = verb.checked_sub(1)?;
        (self.word(tokens[verb]) == "on"
            && lower_in(
                &["go", "goes", "went", "gone", "going"],
                self.word(tokens[go]),
            ))
        .then_some(go)
    }

    /// Where the participle taking the infinitive whose verb is at token
    /// `c` stands (`going on to say`, `continuing to insist`), when one
    /// does.
    pub(super) fn catenative_participle_before(&self, tokens: &[Token], c: usize) -> Option<usize> {
        (c >= 2 && self.word(tokens[c - 1]) == "to")
            .then(|| self.catenative_before(tokens, c - 1))
            .flatten()
            .filter(|&start| self.word(tokens[start]).ends_with("ing"))
    }

    /// Whether a verb or an adjective taking an infinitive with its own
    /// subject comes before the `to` at token `to` (`used to`, `tends
    /// to`, `is likely to`, `is not willing to`).
    pub(super) fn takes_infinitive_before(&self, tokens: &[Token], to: usize) -> bool {
        self.before_infinitive(tokens, to).is_some_and(|verb| {
            let word = self.word(tokens[verb]);
            CATENATIVES.contains(word)
                || INFINITIVE_TAKERS.contains(word)
                || INFINITIVE_ADJECTIVES.contains(word)
                // (`have to vote for`: obliged, the subject still chooses.)
                || lower_in(&["has", "have", "had"], word)
        })
    }

    /// The word before the `to` at token `to`, past a `not` (`is choosing
    /// not to respond`).
    fn before_infinitive(&self, tokens: &[Token], to: usize) -> Option<usize> {
        let verb = to.checked_sub(1)?;
        match self.word(tokens[verb]) == "not" && verb > 0 {
            true => Some(verb - 1),
            false => Some(verb),
        }
    }

    /// Where the object of a verb making it speak starts, when the `to` at
    /// token `to` follows it (`led voters to`), looking back to `floor`.
    pub(super) fn caused_before(&self, tokens: &[Token], to: usize, floor: usize) -> Option<usize> {
        let lower = floor.max(to.saturating_sub(MAX_ADDRESSEE_TOKENS + 1));
        let verb = (lower..to)
            .rev()
            .find(|&k| CAUSATIVES.contains(self.word(tokens[k])))?;
        // (`led her to declare`: a pronoun.)
        let pronoun =
            to == verb + 2 && lower_in(reported::OBJECT_PRONOUNS, self.word(tokens[verb + 1]));
        (verb + 1 < to
            && (pronoun || self.noun_phrase_start(tokens, to, verb + 1) == Some(verb + 1)))
        .then_some(verb + 1)
    }

    /// Where a speaker ranked among others starts when the `to` at token
    /// `to` follows it (`the first member of Congress to endorse`, `the
    /// latest newspaper to back`), looking back to `floor`: `the`, a rank,
    /// then words heading a speaker (`the first one to`; not `the first
    /// ballot to back`).
    pub(super) fn ranked_agent_before(
        &self,
        tokens: &[Token],
        to: usize,
        floor: usize,
    ) -> Option<usize> {
        let lower = floor.max(to.saturating_sub(MAX_RANKED_AGENT_TOKENS + 2));
        let rank = (lower + 1..to.saturating_sub(1))
            .rev()
            .take_while(|&k| tokens[k].is_word)
            .find(|&k| lower_in(RANKS, self.word(tokens[k])))?;
        let determiner = rank - 1;
        let speaker = tokens[rank + 1..to].iter().any(|t| {
            let word = self.word(*t);
            is_speaker_or_person_noun(word)
                || is_plural_of_people(word)
                || lower_in(&["one", "ones"], word)
        });
        (self.word(tokens[determiner]).eq_ignore_ascii_case("the") && speaker).then_some(determiner)
    }

    /// The comma opening an appositive of a few words after a name, whose
    /// relative clause (`West, a professor who …`) holds the comma at `to`,
    /// looking back to `from`.
    fn described_relative(&self, tokens: &[Token], from: usize, to: usize) -> Option<usize> {
        let relative = (from..to)
            .rev()
            .find(|&j| lower_in(PERSON_RELATIVES, self.word(tokens[j])))?;
        let opening = (relative.saturating_sub(MAX_DESCRIPTION_TOKENS).max(from)..relative)
            .rev()
            .find(|&j| self.word(tokens[j]) == ",")?;
        // (After a name: `the Trump we knew, the Trump who …` describes no
        // speaker.)
        let described = opening > 0
            && is_capitalised(self.word(tokens[opening - 1]))
            && DETERMINERS.contains(self.word(tokens[opening + 1]))
            && tokens[opening + 1..relative].iter().all(|t| t.is_word);
        described.then_some(opening)
    }

    /// The subject of the cue at `cue_at`, searching back to `floor`: the
    /// mention span (appositive included) and its naming words.
    pub(super) fn subject_before(
        &self,
        tokens: &[Token],
        cue_at: usize,
        floor: usize,
    ) -> Option<(Span, Vec<Span>)> {
        let (mut mention, mut words) = self.nearest_subject_before(tokens, cue_at, floor)?;
        // (`Republicans can reasonably campaign saying …`: before a
        // participle, a verb after a modal is no subject; but `Will
        // reporters want to …?`.)
        let first = tokens.partition_point(|t| t.span.start < mention.start);
        if self.participle_cue(tokens, cue_at) && self.after_modal(tokens, floor, first) {
            return None;
        }
        // `Last week, the F.B.I. director, James B. Comey, said`: a time
        // opening the clause, set off by its comma, is no part of the
        // subject.
        let first = tokens.partition_point(|t| t.span.start < mention.start);
        if let Some(comma) = self.time_phrase_comma(tokens, first, cue_at)
            && let Some(found) = self.nearest_subject_before(tokens, cue_at, comma + 1)
        {
            (mention, words) = found;
        }
        let (mention, words) = self
            .agent_of_participle(tokens, mention, floor)
            .or_else(|| self.noun_before_dated_participle(tokens, mention, floor))
            .or_else(|| self.noun_before_participle_phrase(tokens, mention, floor))
            .or_else(|| {
                // (A participle's subject may be the phrase's object: `The
                // agency pointed to the board finding that …`.)
                (!self.participle_cue(tokens, cue_at))
                    .then(|| self.noun_before_adjective_phrase(tokens, mention, floor))
                    .flatten()
            })
            .or_else(|| self.possessor_of_noun_cue(tokens, cue_at, mention))
            .unwrap_or((mention, words));
        let (mention, words) = self
            .joined_subject(tokens, mention, floor)
            .unwrap_or((mention, words));
        Some(self.listed_subject(tokens, mention, words, floor))
    }

    /// The comma closing a short time phrase that opens at token `k`,
    /// before token `to`: `Hours later,`, `Sunday morning,`, `Late last
    /// month,` (not a clause ending in a time: `Park left Monday,`).
    pub(super) fn time_phrase_comma(&self, tokens: &[Token], k: usize, to: usize) -> Option<usize> {
        let comma = (k..to.min(k + 4)).find(|&j| self.word(tokens[j]) == ",")?;
        let time = comma > k
            && (lower_in(&["later", "ago", "earlier"], self.word(tokens[comma - 1]))
                || tokens[k..comma].iter().any(|&t| {
                    let word = self.word(t);
                    WEEKDAYS.contains(word)
                        || TIME_UNITS.contains(word)
                        || (MONTHS.contains(word) && is_capitalised(word))
                }))
            && !(k..comma).any(|j| {
                reported::is_past(self.word(tokens[j])) || self.speech_cue(tokens, j).is_some()
            });
        time.then_some(comma)
    }

    /// The token right before `mention`, after token `floor`, when it is
    /// `word` (`by` in `released by the agency`).
    fn word_before_mention(
        &self,
        tokens: &[Token],
        mention: Span,
        floor: usize,
        word: &str,
    ) -> Option<usize> {
        let start = tokens.partition_point(|t| t.span.start < mention.start);
        start
            .checked_sub(1)
            .filter(|&k| k > floor && self.word(tokens[k]) == word)
    }

    /// `Park and her aides said`, `she and her aides said`: a name or a
    /// pronoun opening the clause, joined by `and` to the subject found,
    /// speaks with it; the mention runs over both, the words are the
    /// first's. Names listed before it speak too (`Park, Ruiz(,) and Lee
    /// said`).
    fn joined_subject(
        &self,
        tokens: &[Token],
        mention: Span,
        floor: usize,
    ) -> Option<(Span, Vec<Span>)> {
        let mut and = self.word_before_mention(tokens, mention, floor, "and")?;
        // (`Park, Ruiz, and Lee`: a serial comma before `and`, in a list
        // of names only.)
        let serial_comma = and >= floor + 2 && self.word(tokens[and - 1]) == ",";
        if serial_comma {
            and -= 1;
        }
        let first = self.word(tokens[and - 1]);
        // (`The mayor and her aides said`: a noun of a speaker too, when
        // others follow it, not a second role of one person: `Former
        // prosecutor and New York City Mayor Rudy Giuliani`, `president
        // and CEO`.)
        let others_after = tokens.get(and + 1).is_some_and(|t| {
            let second = self.word(*t);
            lower_in(
                &[
                    "his", "her", "their", "its", "some", "many", "most", "other", "several",
                ],
                second,
            ) || (!is_capitalised(second) && is_plural_of_people(second))
        });
        let speaker_noun = tokens[and - 1].is_word
            && !is_capitalised(first)
            && is_speaker_or_person_noun(first)
            && others_after;
        let first_start = if lower_in(SUBJECT_PRONOUNS, first) {
            and - 1
        } else if (is_capitalised(first) || speaker_noun) && tokens[and - 1].is_word {
            self.noun_phrase_start(tokens, and, floor)?
        } else {
            return None;
        };
        // (A name alone: `Trump attacked Clinton and her aides said` joins
        // nothing.)
        // (Not a phrase of its own: `The tensions between supporters and
        // protesters seem …`.)
        let noun_only = speaker_noun
            && tokens[first_start..and].iter().all(|t| {
                let word = self.word(*t);
                t.is_word
                    && !lower_in(
                        &[
                            "between", "of", "for", "with", "in", "on", "at", "from", "among",
                            "by", "about", "against", "over",
                        ],
                        word,
                    )
            });
        let name_only = noun_only
            || tokens[first_start..and].iter().all(|t| {
                let word = self.word(*t);
                is_capitalised(word) || word == "." || lower_in(SUBJECT_PRONOUNS, word)
            });
        // (The rest of the list is found by `listed_subject`.)
        if serial_comma && self.listed_names_start(tokens, first_start, floor) == first_start {
            return None;
        }
        let opens_clause = first_start.checked_sub(1).is_none_or(|before| {
            matches!(self.word(tokens[before]), "," | ";" | ":" | "“" | "\"")
                || CLAUSE_OPENERS.contains(self.word(tokens[before]))
                || lower_in(SUBORDINATORS, self.word(tokens[before]))
        });
        (name_only && opens_clause).then(|| {
            (
                Span::new(tokens[first_start].span.start, mention.end),
                word_spans(&tokens[first_start..and]),
            )
        })
    }

    /// `Park, Ruiz and Lee said`: names listed with commas before a
    /// subject joined by `and` speak with it; the mention and the words
    /// run over the list, its commas included.
    fn listed_subject(
        &self,
        tokens: &[Token],
        mention: Span,
        words: Vec<Span>,
        floor: usize,
    ) -> (Span, Vec<Span>) {
        let start = tokens.partition_point(|t| t.span.start < mention.start);
        let end = tokens.partition_point(|t| t.span.start < mention.end);
        // (Names and people only: not `Greg Raiff, chief executive of Acme,
        // a consulting firm and charter broker`.)
        let joined = tokens[start..end].iter().any(|t| self.word(*t) == "and")
            && tokens[start..end].iter().all(|t| {
                let word = self.word(*t);
                matches!(word, "." | "," | "’" | "'")
                    || (t.is_word
                        && (is_capitalised(word)
                            || is_plural_of_people(word)
                            || lower_in(
                                &[
                                    "and", "his", "her", "their", "its", "other", "many", "more",
                                    "some", "several", "s",
                                ],
                                word,
                            )))
            });
        let list_start = self.listed_names_start(tokens, start, floor);
        if !joined || list_start == start {
            return (mention, words);
        }
        let listed = tokens[list_start..end]
            .iter()
            .filter(|t| t.is_word || self.word(**t) == ",")
            .map(|t| t.span)
            .collect();
        (
            Span::new(tokens[list_start].span.start, mention.end),
            listed,
        )
    }

    /// Start of the names listed with commas before the name at token
    /// `start` (`Park, Ruiz` before `and Lee`), the list opening its
    /// clause; `start` itself when none are. (Not `In Ohio, Park and Lee`
    /// or `Yesterday, Park and Lee`.)
    fn listed_names_start(&self, tokens: &[Token], start: usize, floor: usize) -> usize {
        let mut list_start = start;
        let mut pending = start;
        while let Some(comma) = pending.checked_sub(1).filter(|&c| c > floor)
            && self.word(tokens[comma]) == ","
        {
            let Some(item) = self.noun_phrase_start(tokens, comma, floor) else {
                break;
            };
            let names = tokens[item..comma].iter().all(|t| {
                let word = self.word(*t);
                word == "."
                    || (t.is_word
                        && is_capitalised(word)
                        && !CLAUSE_OPENERS.contains(word)
                        && !is_opening_adverb(word)
                        && !lower_in(&["first", "second", "third", "next", "last"], word)
                        && !WEEKDAYS.contains(word)
                        && !MONTHS.contains(word))
            });
            if !names || item == comma {
                break;
            }
            pending = item;
            let opens_clause = item.checked_sub(1).is_none_or(|before| {
                matches!(self.word(tokens[before]), ";" | ":" | "“" | "\"")
                    || CLAUSE_OPENERS.contains(self.word(tokens[before]))
            }) || item == floor;
            if opens_clause {
                list_start = item;
                break;
            }
            if self.word(tokens[item - 1]) == "," {
                list_start = item;
            } else {
                break;
            }
        }
        list_start
    }

    /// `Park’s curt reply`, `his terse answer`: before a noun of what was
    /// stated, the possessor speaks, not the adjectives after it. (Not
    /// `Park’s aides answer`: a plural noun, then a verb.)
    fn possessor_of_noun_cue(
        &self,
        tokens: &[Token],
        cue_at: usize,
        mention: Span,
    ) -> Option<(Span, Vec<Span>)> {
        if !STATED_NOUNS.contains(self.word(tokens[cue_at])) {
            return None;
        }
        let start = tokens.partition_point(|t| t.span.start < mention.start);
        let (possessor, words) = self.possessor_of(tokens, start, cue_at, cue_at - start)?;
        let after = tokens.partition_point(|t| t.span.start < possessor.end);
        let adjectives = &tokens[after..cue_at];
        (!adjectives.is_empty() && adjectives.iter().all(|t| !self.word(*t).ends_with('s')))
            .then_some((possessor, words))
    }

    /// `The memo disclosed by WikiLeaks on Monday said`: when the subject
    /// found is the agent of a participle after a noun, that noun is the
    /// subject, its mention running over the participle's phrase.
    fn agent_of_participle(
        &self,
        tokens: &[Token],
        mention: Span,
        floor: usize,
    ) -> Option<(Span, Vec<Span>)> {
        let by = self.word_before_mention(tokens, mention, floor, "by")?;
        // (`The report released on Tuesday by the agency`: a date between.)
        let participle = self.participle_before(tokens, by, floor).or_else(|| {
            let time = self.time_before(tokens, by, floor)?;
            self.participle_before(tokens, time, floor)
        })?;
        self.noun_through_participle(tokens, participle, floor, mention)
    }

    /// `The report released on Tuesday found`: when the subject found is
    /// the date of a participle after a noun, that noun is the subject,
    /// its mention running over the participle's phrase.
    fn noun_before_dated_participle(
        &self,
        tokens: &[Token],
        mention: Span,
        floor: usize,
    ) -> Option<(Span, Vec<Span>)> {
        let start = tokens.partition_point(|t| t.span.start < mention.start);
        let end = tokens.partition_point(|t| t.span.start < mention.end);
        let time = self
            .time_before(tokens, end, floor)
            .filter(|&time| time <= start)?;
        let participle = self.participle_before(tokens, time, floor)?;
        self.noun_through_participle(tokens, participle, floor, mention)
    }

    /// `Voters attending the rally said`: when the subject found is the
    /// object of a participle in `-ing` after a noun of people, that noun
    /// is the subject, its mention running over the participle's phrase
    /// (`Voters wanting change said`). (A participle of speech reports on
    /// its own: `a statement saying she …`.)
    fn noun_before_participle_phrase(
        &self,
        tokens: &[Token],
        mention: Span,
        floor: usize,
    ) -> Option<(Span, Vec<Span>)> {
        let start = tokens.partition_point(|t| t.span.start < mention.start);
        let participle = start.checked_sub(1).filter(|&k| k > floor)?;
        let word = self.word(tokens[participle]);
        if !word.ends_with("ing")
            || is_capitalised(word)
            || self
                .any_cue(tokens, participle)
                .is_some_and(|(cue, _, _)| cue.kind == CueKind::Speech)
        {
            return None;
        }
        if !self.names_people_at(tokens, participle - 1) {
            return None;
        }
        self.noun_through_participle(tokens, participle, floor, mention)
    }

    /// `Voters loyal to Roe said`, `Parents angry about the schools said`:
    /// when the subject found is the object of an adjective's preposition
    /// after a noun of people, that noun is the subject, its mention
    /// running over the adjective's phrase. (Not a noun's complement:
    /// `critics of the plan`, `members of Congress`.)
    fn noun_before_adjective_phrase(
        &self,
        tokens: &[Token],
        mention: Span,
        floor: usize,
    ) -> Option<(Span, Vec<Span>)> {
        let start = tokens.partition_point(|t| t.span.start < mention.start);
        let preposition = start.checked_sub(1).filter(|&k| k > floor + 1)?;
        if !ADJECTIVE_PREPOSITIONS.contains(self.word(tokens[preposition])) {
            return None;
        }
        let adjective = preposition - 1;
        let word = self.word(tokens[adjective]);
        if !tokens[adjective].is_word
            || is_capitalised(word)
            || is_stop_word(word)
            || self.names_people_at(tokens, adjective)
            || !self.names_people_at(tokens, adjective - 1)
        {
            return None;
        }
        self.noun_through_participle(tokens, adjective, floor, mention)
    }

    /// Whether token `k` is a noun of people or of a speaker (`voters`,
    /// `pastor`, `officials`), which a participle or an adjective phrase
    /// may describe.
    fn names_people_at(&self, tokens: &[Token], k: usize) -> bool {
        let word = self.word(tokens[k]);
        tokens[k].is_word && (is_speaker_or_person_noun(word) || is_plural_of_people(word))
    }

    /// The noun phrase before the participle at `participle` as the
    /// subject, its mention running over the participle's phrase to the
    /// end of `mention`, its words the noun phrase's.
    fn noun_through_participle(
        &self,
        tokens: &[Token],
        participle: usize,
        floor: usize,
        mention: Span,
    ) -> Option<(Span, Vec<Span>)> {
        let noun_start = self.noun_phrase_start(tokens, participle, floor)?;
        let words = word_spans(&tokens[noun_start..participle]);
        Some((Span::new(tokens[noun_start].span.start, mention.end), words))
    }

    /// The participle right before token `k`, after token `floor`
    /// (`released`, `written`), not a name.
    fn participle_before(&self, tokens: &[Token], k: usize, floor: usize) -> Option<usize> {
        let participle = k.checked_sub(1).filter(|&j| j > floor)?;
        let word = self.word(tokens[participle]);
        (!is_capitalised(word) && (word.ends_with("ed") || reported::is_past(word)))
            .then_some(participle)
    }

    /// The subject nearest before the cue at `cue_at`; see
    /// [`Self::subject_before`].
    fn nearest_subject_before(
        &self,
        tokens: &[Token],
        cue_at: usize,
        floor: usize,
    ) -> Option<(Span, Vec<Span>)> {
        if let Some(poll) = self.poll_subject(tokens, cue_at, floor) {
            return Some(poll);
        }
        let mut k = cue_at;
        let mut skipped = 0;
        while k > floor && skipped < 3 {
            let word = self.word(tokens[k - 1]);
            // `Theresa May said`: not the auxiliary, but in a headline in
            // title case, `Trump Just Revealed`, `Cruz Is Now Calling`.
            let headline_adverb = is_capitalised(word)
                && (BETWEEN_SUBJECT_AND_CUE.contains(word)
                    || FINITE_AUXILIARIES.contains(word)
                    || (word.ends_with("ly") && word.len() > 4))
                && self.in_title_case();
            let name = is_capitalised(word)
                && ((k >= 2 && is_capitalised(self.word(tokens[k - 2])))
                    || self.given_name_before_verb(tokens, k - 1))
                && !headline_adverb;
            // `kept asking`, `began saying`: a verb taking the participle.
            // (`helped convince`: a bare infinitive after `help`.)
            let catenative = (self.participle_cue(tokens, cue_at) && CATENATIVES.contains(word))
                || (k == cue_at
                    && lower_in(&["help", "helps", "helped", "helping"], word)
                    && cue_lemma(self.word(tokens[cue_at]))
                        .is_some_and(|(lemma, _)| lemma == self.word(tokens[cue_at])));
            // `They both said`, `have all said`: a quantifier after its
            // subject (not `Later, both said`); `who has long opposed`.
            // `most recently defended`: a degree word before its adverb.
            let degree = skipped > 0
                && lower_in(&["most", "more", "very"], word)
                && self.word(tokens[k]).ends_with("ly");
            // `has since said`: `since` as an adverb after an auxiliary.
            let since_then = word == "since"
                && k >= 2
                && lower_in(&["has", "have", "had"], self.word(tokens[k - 2]));
            let floating = catenative
                || degree
                || since_then
                // (Not after a conjunction: `And both said`.)
                || lower_in(&["all", "both"], word)
                    && k - 1 > floor
                    && tokens[k - 2].is_word
                    && !CLAUSE_OPENERS.contains(self.word(tokens[k - 2]))
                    && !self.word(tokens[k - 2]).eq_ignore_ascii_case("or")
                || (word == "long"
                    && k >= 2
                    && lower_in(&["has", "have", "had"], self.word(tokens[k - 2])));
            // `articles published in June found`: the date belongs to the
            // participle.
            let time = self
                .time_before(tokens, k, floor)
                .filter(|&start| !(start > floor && self.word(tokens[start - 1]).ends_with("ed")));
            // `Protesters continued to call for`: the subject is before
            // the verb of continuing.
            // (`is said to have called`: the perfect after `to`.)
            let to_at = match word {
                "to" => Some(k - 1),
                "have" if k >= 2 && self.word(tokens[k - 2]) == "to" => Some(k - 2),
                _ => None,
            };
            let catenative_to = to_at
                .and_then(|to| self.catenative_before(tokens, to))
                .filter(|&start| start >= floor);
            // `has in the past described`, `did not at any time mention`:
            // a phrase of time after an auxiliary.
            let time_after_auxiliary = (k.saturating_sub(5).max(floor + 1)..k - 1)
                .rev()
                .find(|&p| lower_in(&["in", "at", "on", "during", "for"], self.word(tokens[p])))
                .filter(|&p| {
                    let before = self.word(tokens[p - 1]);
                    (FINITE_AUXILIARIES.contains(before) || lower_in(&["not", "never"], before))
                        && tokens[p + 1..k].iter().all(|t| {
                            let word = self.word(*t);
                            t.is_word && (!is_capitalised(word) || WEEKDAYS.contains(word))
                        })
                });
            // `led Republicans to say`, `prompted her to note`: the person
            // caused to speak.
            if let Some(object) = (word == "to")
                .then(|| self.caused_before(tokens, k - 1, floor))
                .flatten()
            {
                let mention = Span::new(tokens[object].span.start, tokens[k - 2].span.end);
                return Some((mention, word_spans(&tokens[object..k - 1])));
            }
            // `the first member of Congress to endorse`: the speaker ranked.
            if let Some(start) = (word == "to")
                .then(|| self.ranked_agent_before(tokens, k - 1, floor))
                .flatten()
            {
                let mention = Span::new(tokens[start].span.start, tokens[k - 2].span.end);
                return Some((mention, word_spans(&tokens[start..k - 1])));
            }
            // `Park in the end said`, `Roe for her part said`: a set phrase
            // between the subject and its verb.
            let set_phrase = ADVERBIAL_PHRASES.iter().find_map(|phrase| {
                let start = k.checked_sub(phrase.len()).filter(|&s| s > floor)?;
                tokens[start..k]
                    .iter()
                    .zip(phrase.iter())
                    .all(|(t, w)| self.word(*t).eq_ignore_ascii_case(w))
                    .then_some(start)
            });
            // `a month later`: the whole span of time before its adverb.
            if let Some(start) = set_phrase {
                k = start;
                skipped += 1;
            } else if let Some(start) = time.filter(|&start| start + 1 < k) {
                k = start;
                skipped += 1;
            } else if let Some(start) = catenative_to {
                k = start;
                skipped += 1;
            } else if let Some(preposition) = time_after_auxiliary {
                k = preposition;
                skipped += 1;
            } else if tokens[k - 1].is_word
                && (self.is_adverb(word) || floating || headline_adverb)
                && !name
            {
                k -= 1;
                skipped += 1;
            } else if let Some(start) = time {
                k = start;
                skipped += 1;
            } else {
                break;
            }
        }
        if k == floor {
            return None;
        }
        // `Park, who called it “a disaster,” said`: the comma closing an
        // appositive inside a quotation's closing mark.
        if k >= floor + 2
            && matches!(self.word(tokens[k - 1]), "”" | "\"")
            && self.word(tokens[k - 2]) == ","
        {
            k -= 1;
        }
        let last = k - 1;
        let last_word = self.word(tokens[last]);
        if let Some(pronoun) = pronoun_span(last_word, tokens[last]) {
            return Some((pronoun, vec![pronoun]));
        }
        // `Many of them say …`, `a majority of us said`: a part of a group
        // named by a pronoun.
        if lower_in(&["them", "us"], last_word)
            && last >= floor + 2
            && self.word(tokens[last - 1]) == "of"
        {
            let quantity = self.word(tokens[last - 2]);
            let mut start = last - 2;
            if start > floor
                && lower_in(&["majority", "third", "half", "quarter"], quantity)
                && lower_in(&["a", "the", "one"], self.word(tokens[start - 1]))
            {
                start -= 1;
            }
            // `10 percent of them`
            let share = lower_in(&["percent", "%"], quantity)
                && start > floor
                && is_number(self.word(tokens[start - 1]));
            if share {
                start -= 1;
            }
            if share
                || is_number(quantity)
                || is_fraction(quantity)
                || lower_in(PART_QUANTITIES, quantity)
            {
                let mention = Span::new(tokens[start].span.start, tokens[last].span.end);
                return Some((mention, word_spans(&tokens[start..=last])));
            }
        }
        // `families, many of whom say …`: a part of the antecedent speaks.
        if lower_in(&["whom", "which"], last_word)
            && last >= floor + 3
            && self.word(tokens[last - 1]) == "of"
            && (is_number(self.word(tokens[last - 2]))
                || lower_in(PART_QUANTITIES, self.word(tokens[last - 2])))
            && self.word(tokens[last - 3]) == ","
        {
            let comma = last - 3;
            let start = self.antecedent_start(tokens, comma, 0)?;
            let mention = Span::new(tokens[last - 2].span.start, tokens[last].span.end);
            return Some((mention, word_spans(&tokens[start..comma])));
        }
        if tokens[last].is_word && lower_in(&["who", "that", "which"], last_word) {
            // `a joint statement that described …`, `Cruz, who says …`,
            // `Cruz — who says …`, `Cruz (who says …`
            let set_off = last > floor && sets_off(self.word(tokens[last - 1]));
            let before_relative = if set_off { last - 1 } else { last };
            // The relative pronoun is the mention, as written; its
            // antecedent names the speaker, even when it ends what came
            // before (`… said the mayor, who said …`).
            let antecedent_floor = if before_relative == floor { 0 } else { floor };
            // (`an ad Thursday that …`: a time after the antecedent is no
            // part of it.)
            let before_relative = match last_word.eq_ignore_ascii_case("who") {
                true => before_relative,
                false => self
                    .time_before(tokens, before_relative, antecedent_floor)
                    .filter(|&time| time > antecedent_floor)
                    .unwrap_or(before_relative),
            };
            let mut start = self.antecedent_start(tokens, before_relative, antecedent_floor)?;
            let mut end = before_relative;
            // `Park released an ad that says …`: a work made public speaks
            // for the one who made it public.
            if let Some(publisher) = self.publisher_of_work(tokens, start, end, antecedent_floor) {
                return Some(publisher);
            }
            // `Jo Park, 54, of Salem, who said …`: a person's home and
            // age, set off after the name, are no antecedent of `who`.
            if last_word.eq_ignore_ascii_case("who")
                && let Some(name_end) = self.home_and_age_before(tokens, start, antecedent_floor)
                && let Some(name_start) = self.antecedent_start(tokens, name_end, antecedent_floor)
                && is_capitalised(self.word(tokens[name_start]))
            {
                (start, end) = (name_start, name_end);
            }
            // `voters in Salem, who said …`: people placed somewhere, not
            // the place, are the antecedent of `who`.
            if last_word.eq_ignore_ascii_case("who")
                && let Some(people) = self.people_before_place(tokens, start, antecedent_floor)
            {
                start = people;
            }
            // `Jo Park, a former engineer, who said …`: the name before
            // an appositive names the speaker.
            // (Not `On Monday, those who said …`.)
            let described = !is_capitalised(self.word(tokens[start]))
                && !lower_in(PEOPLE_PRONOUNS, self.word(tokens[start]));
            if described
                && start > antecedent_floor + 1
                && self.word(tokens[start - 1]) == ","
                && let Some(name_start) =
                    self.noun_phrase_start(tokens, start - 1, antecedent_floor)
                && is_capitalised(self.word(tokens[start - 2]))
            {
                end = start - 1;
                start = name_start;
            }
            return Some((tokens[last].span, word_spans(&tokens[start..end])));
        }
        // `McConnell, who in 2010 said`, `Stephens, who, after a long
        // night, said`: a relative pronoun before a phrase of circumstance.
        // (A bare relative clause may run longer: `an official who spoke
        // on condition of anonymity because he was not authorized to
        // discuss the talks said`.)
        let near = k.saturating_sub(MAX_APPOSITIVE_TOKENS).max(floor);
        let window = k.saturating_sub(MAX_RELATIVE_APPOSITIVE_TOKENS).max(floor);
        let relative = (window..k)
            .rev()
            .find(|&j| lower_in(&["who", "which"], self.word(tokens[j])));
        if let Some(r) = relative.filter(|&r| r + 1 < k) {
            let opening = self.word(tokens[r + 1]);
            let between = &tokens[r + 1..k];
            let set_off = opening == "," && last_word == "," && r >= near;
            let prepositional = MENTION_ENDING_PREPOSITIONS.contains(opening)
                && between.len() <= 5
                && between.iter().all(|t| t.is_word);
            // `an official who spoke anonymously to discuss the talks said`:
            // a relative clause with a verb, not set off by commas.
            let bare = r > floor
                && between.iter().all(|t| t.is_word)
                && between.iter().any(|t| {
                    let word = self.word(*t);
                    !is_capitalised(word)
                        && (word.ends_with("ed")
                            || lower_in(
                                &["spoke", "won", "lost", "ran", "took", "made", "met", "left"],
                                word,
                            ))
                })
                // (Sentence-initial, a capital tells nothing: `Voters who
                // …`.)
                && (!is_capitalised(self.word(tokens[r - 1])) || r - 1 == floor)
                && self.word(tokens[r - 1]).chars().all(char::is_alphabetic);
            // (Past an appositive's length, only a clause granting
            // anonymity, which is no subject of its own.)
            let bare = bare
                && (r >= near
                    || between.iter().any(|t| {
                        lower_in(
                            &["anonymity", "authorized", "identified", "named"],
                            self.word(*t),
                        )
                    }));
            if set_off || prepositional || bare {
                let before_relative = match r > floor && self.word(tokens[r - 1]) == "," {
                    true => r - 1,
                    false => r,
                };
                let start = match self.those_before(tokens, before_relative, floor) {
                    Some(those) => those,
                    None => self.noun_phrase_start(tokens, before_relative, floor)?,
                };
                let words = word_spans(&tokens[start..before_relative]);
                // Set off, the relative pronoun is the mention, as written;
                // bare, the antecedent is.
                let mention = match bare && !(set_off || prepositional) {
                    true => Span::new(tokens[start].span.start, tokens[r - 1].span.end),
                    false => tokens[r].span,
                };
                return Some((mention, words));
            }
        }
        if let Some(subject) = self.subject_before_dashes(tokens, cue_at, k, floor) {
            return Some(subject);
        }
        if last_word == "," && !self.participle_cue(tokens, cue_at) {
            // `X, a spokesman for the agency, said` (but `X did Y, saying`
            // takes the clause subject)
            let lower = last.saturating_sub(MAX_APPOSITIVE_TOKENS).max(floor);
            let nearest = (lower..last).rev().find(|&j| self.word(tokens[j]) == ",");
            // `Biden, who was to travel to Columbus, Ohio, on Wednesday,
            // said`: a long relative clause, with commas of its own or
            // longer than an appositive.
            let relative_from = last
                .saturating_sub(MAX_RELATIVE_APPOSITIVE_TOKENS)
                .max(floor);
            let relative = (relative_from..nearest.unwrap_or(last)).rev().find(|&j| {
                self.word(tokens[j]) == ","
                    && tokens
                        .get(j + 1)
                        .is_some_and(|t| lower_in(PERSON_RELATIVES, self.word(*t)))
            });
            let mut comma = match relative {
                Some(relative) => relative,
                // `West, a professor who worked for Roe, a senator, said`:
                // the relative clause of an appositive, with commas of its
                // own.
                None => {
                    let nearest = nearest?;
                    self.described_relative(tokens, relative_from, nearest)
                        .unwrap_or(nearest)
                }
            };
            let reporting_relative = self.reporting_relative(tokens, comma + 1, last);
            let mut start = self.noun_phrase_start(tokens, comma, floor)?;
            // `X, a Dayton, Ohio, lawyer, said`: a place inside the
            // appositive, which opens with a determiner further back.
            while start > lower + 1 && self.word(tokens[start - 1]) == "," {
                let Some(outer) = (lower..start - 1)
                    .rev()
                    .find(|&j| self.word(tokens[j]) == ",")
                else {
                    break;
                };
                let opens = DETERMINERS.contains(self.word(tokens[outer + 1]));
                match self.noun_phrase_start(tokens, outer, floor) {
                    Some(found) if opens => {
                        comma = outer;
                        start = found;
                    }
                    _ => break,
                }
            }
            // `Ruiz, during a visit to Columbus, Ohio, said`, `Jo Park, 22,
            // of Flint, Mich., said`: what stands after a preposition or is
            // an age is no name; the name is further back, and the mention
            // runs on unless a circumstance follows it.
            loop {
                let after_preposition = start > lower && {
                    let before = self.word(tokens[start - 1]);
                    MENTION_ENDING_PREPOSITIONS.contains(before)
                        || lower_in(&["of", "like", "unlike"], before)
                };
                let age = comma == start + 1 && is_number(self.word(tokens[start]));
                if !(after_preposition || age) {
                    break;
                }
                let Some(outer) = (lower..start).rev().find(|&j| self.word(tokens[j]) == ",")
                else {
                    // `Six newspapers in New Jersey, including …, said`: the
                    // place completes the noun before its preposition.
                    if after_preposition
                        && let Some(found) = self.noun_phrase_start(tokens, start - 1, floor)
                    {
                        start = found;
                    }
                    break;
                };
                let Some(found) = self.noun_phrase_start(tokens, outer, floor) else {
                    break;
                };
                (comma, start) = (outer, found);
            }
            // `Jo Park, the head of Acme, a bank, said`: a second
            // appositive; the name stands before the first.
            if start > floor + 1
                && self.word(tokens[start - 1]) == ","
                && DETERMINERS.contains(self.word(tokens[start]))
                && let Some(name) = self.noun_phrase_start(tokens, start - 1, lower)
                && is_capitalised(self.word(tokens[name]))
                && (name == floor || !is_stop_word(self.word(tokens[name - 1])))
            {
                (comma, start) = (start - 1, name);
            }
            let mention_end = if reporting_relative || self.circumstance_after(tokens, comma, last)
            {
                // `X, in an interview, said`: the name alone.
                comma - 1
            } else {
                last - 1
            };
            let mention = Span::new(tokens[start].span.start, tokens[mention_end].span.end);
            // `Park’s spokeswoman, Jo Lee, said`: a role, then the name of
            // the one who holds it.
            let appositive = &tokens[comma + 1..last];
            let named = !appositive.is_empty()
                && appositive.len() <= 4
                && appositive
                    .iter()
                    .all(|t| t.is_word && is_capitalised(self.word(*t)))
                && comma > start
                && is_speaker_head(self.word(tokens[comma - 1]))
                && !is_capitalised(self.word(tokens[comma - 1]));
            // (`Groups backing Roe, a Democrat, said`: the people before a
            // participle, not its object described.)
            let participle = (start + 1..comma).find(|&j| {
                let word = self.word(tokens[j]);
                word.ends_with("ing")
                    && !is_capitalised(word)
                    && self.names_people_at(tokens, j - 1)
                    && self
                        .any_cue(tokens, j)
                        .is_none_or(|(cue, _, _)| cue.kind != CueKind::Speech)
            });
            let words = match (named, participle) {
                (true, _) => word_spans(appositive),
                (false, Some(participle)) => word_spans(&tokens[start..participle]),
                (false, None) => word_spans(&tokens[start..comma]),
            };
            return Some((mention, words));
        }
        // `Park issued a statement saying …`: the document's author, the
        // clause subject, speaks.
        let participle = self.participle_cue(tokens, cue_at);
        if participle && DOCUMENT_NOUNS.contains(last_word) {
            return None;
        }
        let mut start = self.noun_phrase_start(tokens, k, floor)?;
        // `…, at one point calling`: a participle's subject is no
        // prepositional phrase.
        // (Nor a comparison: `was like saying …`.)
        if participle
            && (MENTION_ENDING_PREPOSITIONS.contains(self.word(tokens[start]))
                || lower_in(
                    &["like", "unlike", "than", "without"],
                    self.word(tokens[start]),
                ))
        {
            return None;
        }
        if start >= floor + 2
            && lower_in(&["in", "on", "at", "during"], self.word(tokens[start - 1]))
        {
            let preposition = start - 1;
            let before = self.word(tokens[preposition - 1]);
            let object = self.word(tokens[start]);
            if lower_in(&["a", "an", "his", "her", "their", "its"], object) {
                // `Trump in his speech called`, `but in a later interview
                // said`: a circumstance; the subject is before it, or the
                // previous clause's.
                if lower_in(&["and", "but"], before) || !tokens[preposition - 1].is_word {
                    return None;
                }
                // (Within a bounded window, so chains of phrases stay cheap.)
                let window = floor.max(preposition.saturating_sub(MAX_SUBJECT_TOKENS));
                return self.subject_before(tokens, preposition, window);
            }
            // `Democrats in Congress said`: a group where it is.
            // (`Officials in both parties said`: a group of speakers where
            // it is, whatever the place.)
            let group = tokens[preposition - 1].is_word
                && before.ends_with('s')
                && (is_speaker_head(before) || (is_capitalised(object) && !is_capitalised(before)))
                && !self.is_adverb(before);
            if group && let Some(group_start) = self.noun_phrase_start(tokens, preposition, floor) {
                start = group_start;
            }
        }
        let mut mention = Span::new(tokens[start].span.start, tokens[last].span.end);
        let mut words = word_spans(&tokens[start..k]);
        // `a study by Pew found`: the study speaks for its author, who is
        // named.
        if let Some(study) = self.study_by(tokens, start, floor) {
            mention.start = tokens[study].span.start;
        }
        // `26%`: the sign is part of the number.
        if self.word(tokens[last]) == "%"
            && let Some(number) = words.last_mut()
        {
            number.end = tokens[last].span.end;
        }
        // `Park’s been saying`, `Park's said`: `’s` is the auxiliary.
        let next = self.word(tokens[last + 1]);
        let verb_follows = next == "been" || next.ends_with("ing") || next.ends_with("ed");
        let possessive = is_possessive(last_word);
        // `Kasich’s showing will be enough`: a possessed noun in -ing
        // before the clause's verb, no cue.
        let noun_follows = next.ends_with("ing")
            && tokens
                .get(last + 2)
                .is_some_and(|t| FINITE_AUXILIARIES.contains(self.word(*t)));
        // `Dean’s comments are …`: a possessor is no subject of a noun
        // in the form of a cue, unless `’s` is the auxiliary, but it says
        // who made a claim with its content (`Park’s claim that …`).
        let complement = tokens
            .get(cue_at + 1)
            .is_some_and(|t| lower_in(NOMINAL_COMPLEMENTS, self.word(*t)));
        if possessive && (noun_follows || !(verb_follows || participle || complement)) {
            return None;
        }
        // (`The envoy took up Beijing’s offer to visit`: the possessor
        // phrase alone.)
        if possessive && !verb_follows {
            let possessor_start = self.possessor_phrase_start(tokens, start, last);
            if possessor_start > start {
                mention.start = tokens[possessor_start].span.start;
                words = word_spans(&tokens[possessor_start..k]);
            }
        }
        if let Some(name) = last_word
            .strip_suffix("’s")
            .or_else(|| last_word.strip_suffix("'s"))
            .filter(|name| !name.is_empty() && verb_follows)
        {
            mention.end = tokens[last].span.start + name.len();
            if let Some(word) = words.last_mut() {
                word.end = mention.end;
            }
        }
        Some((mention, words))
    }

    /// `Jo Park — the town’s mayor — told`, `Park -- after a pause --
    /// has long told`: the subject of the cue at `cue_at` before an aside
    /// between dashes that ends at `end`, before the cue and any
    /// auxiliaries; the mention keeps the aside unless it is a
    /// circumstance.
    fn subject_before_dashes(
        &self,
        tokens: &[Token],
        cue_at: usize,
        end: usize,
        floor: usize,
    ) -> Option<(Span, Vec<Span>)> {
        let dash_at = |k: usize| self.word(tokens[k]) == "-" || is_dash(self.word(tokens[k]));
        let mut closing = end.checked_sub(1).filter(|&k| k > floor && dash_at(k))?;
        if self.participle_cue(tokens, cue_at) {
            return None;
        }
        while closing > floor && dash_at(closing - 1) {
            closing -= 1;
        }
        let lower = closing.saturating_sub(MAX_DASH_ASIDE_TOKENS).max(floor);
        let aside_start = (lower..closing).rev().find(|&j| dash_at(j))? + 1;
        let mut opening = aside_start - 1;
        while opening > floor && dash_at(opening - 1) {
            opening -= 1;
        }
        if aside_start >= closing {
            return None;
        }
        let mut start = self.noun_phrase_start(tokens, opening, floor)?;
        let mut name_end = opening;
        // `John Roe, the head of Acme -- the firm that … -- told`: the
        // aside is inside an appositive after the name.
        let role = DETERMINERS.contains(self.word(tokens[start]))
            || !is_capitalised(self.word(tokens[start]));
        if role
            && start > floor
            && self.word(tokens[start - 1]) == ","
            && let Some(name_start) = self.noun_phrase_start(tokens, start - 1, floor)
            && is_capitalised(self.word(tokens[name_start]))
            // (Not a phrase of time: `After Monday’s vote, the senators --`.)
            && (name_start == floor || !is_stop_word(self.word(tokens[name_start - 1])))
        {
            (start, name_end) = (name_start, start - 1);
        }
        let aside = self.word(tokens[aside_start]);
        let circumstance = !is_capitalised(aside)
            && (MENTION_ENDING_PREPOSITIONS.contains(aside)
                || INTRODUCTIONS.contains(aside)
                || lower_in(&["who", "whose", "which"], aside)
                || (aside.ends_with("ing") && aside != "including")
                || aside.ends_with("ed")
                || self.discourse_aside(tokens, aside_start));
        let mention_end = if circumstance { opening } else { closing };
        let mention = Span::new(tokens[start].span.start, tokens[mention_end - 1].span.end);
        Some((mention, word_spans(&tokens[start..name_end])))
    }

    /// Whether the comma at `comma` opens circumstances of the saying
    /// rather than an appositive: a preposition (`, in an interview,`) or
    /// a participle (`, speaking to reporters,`) before `end`.
    pub(super) fn circumstance_after(&self, tokens: &[Token], comma: usize, end: usize) -> bool {
        comma + 1 < end && self.word(tokens[comma]) == "," && tokens[comma + 1].is_word && {
            let word = self.word(tokens[comma + 1]);
            !is_capitalised(word)
                && (MENTION_ENDING_PREPOSITIONS.contains(word)
                    // `Economists, like their rivals, say`
                    || lower_in(
                        &[
                            "like", "unlike", "after", "before", "despite", "while", "when",
                            "although", "though",
                        ],
                        word,
                    )
                    // `, speaking at a rally,` but not `, including Roe,`
                    || (word.ends_with("ing") && word.len() > 5 && word != "including")
                    || self.discourse_aside(tokens, comma + 1)
                    // `Park, almost unilaterally, said`: adverbs only.
                    || (comma + 1..end).all(|k| {
                        let word = self.word(tokens[k]);
                        self.is_adverb(word)
                            || lower_in(DEGREE_WORDS, word)
                            || lower_in(&["almost", "nearly"], word)
                    }))
        }
    }

    /// Whether token `k`, after a comma, opens a discourse aside rather
    /// than an appositive: `however`, `for example`, `for his part`.
    pub(super) fn discourse_aside(&self, tokens: &[Token], k: usize) -> bool {
        let word = self.word(tokens[k]);
        if word == "for" {
            let next = tokens.get(k + 1).map_or("", |t| self.word(*t));
            return lower_in(
                &["example", "instance", "one", "his", "her", "its", "their"],
                next,
            );
        }
        DISCOURSE_ADVERBS.contains(word)
    }

    /// The start of a time phrase of up to three words ending before token
    /// `end` (`on Tuesday`, `Sunday night`, `last week`), between a subject
    /// and its cue: `Sanders on Tuesday endorsed …`.
    pub(super) fn time_before(&self, tokens: &[Token], end: usize, floor: usize) -> Option<usize> {
        let word_at = |k: usize| (k >= floor && k < end).then(|| self.word(tokens[k]));
        let mut start = end.checked_sub(1).filter(|&s| s >= floor)?;
        let mut last = self.word(tokens[start]);
        // `in 2009`, and `in particular`, which is no time but sits there
        // the same way.
        let year = last.len() == 4
            && (last.starts_with("19") || last.starts_with("20"))
            && last.bytes().all(|b| b.is_ascii_digit());
        if (year || last == "particular") && word_at(start.checked_sub(1)?) == Some("in") {
            return Some(start - 1);
        }
        // `in June 2015`: the year of a month.
        if year
            && let Some(month) =
                word_at(start - 1).filter(|w| MONTHS.contains(w) && is_capitalised(w))
        {
            start -= 1;
            last = month;
        }
        // `in the past`
        if last == "past"
            && start >= 2
            && word_at(start - 1) == Some("the")
            && word_at(start - 2) == Some("in")
        {
            return Some(start - 2);
        }
        if lower_in(&["later", "earlier", "ago"], last)
            && let Some(unit_at) = start.checked_sub(1)
            && word_at(unit_at).is_some_and(|w| {
                let unit = w.strip_suffix('s').unwrap_or(w);
                TIME_UNITS.contains(unit) || matches!(unit, "day" | "hour" | "minute")
            })
            && let Some(count_at) = unit_at.checked_sub(1)
            && word_at(count_at).is_some_and(|w| {
                lower_in(&["a", "an", "several", "few", "two", "three"], w) || is_number(w)
            })
        {
            // `a month later`, `two days earlier`, and with the count
            // hedged: `less than two weeks ago`, `just a few days later`.
            let mut opening = count_at;
            if opening > floor && word_at(opening - 1) == Some("a") {
                opening -= 1;
            }
            if opening > floor + 1
                && word_at(opening - 1) == Some("than")
                && lower_in(
                    &["less", "more", "fewer"],
                    word_at(opening - 2).unwrap_or(""),
                )
            {
                opening -= 2;
            }
            if opening > floor
                && lower_in(
                    &[
                        "about", "nearly", "almost", "just", "only", "roughly", "some",
                    ],
                    word_at(opening - 1).unwrap_or(""),
                )
            {
                opening -= 1;
            }
            return Some(opening);
        }
        if MONTHS.contains(last) && is_capitalised(last) {
            // `in June`, `in late August`, `last March`
            let mut opening = start.checked_sub(1)?;
            if matches!(word_at(opening), Some("late" | "early" | "mid")) {
                opening = opening.checked_sub(1)?;
            }
            return matches!(word_at(opening), Some("in" | "last" | "this" | "since"))
                .then_some(opening);
        }
        let unit = last.strip_suffix('s').unwrap_or(last);
        if matches!(unit, "day" | "week" | "month" | "year")
            && let Some(recent) = start.checked_sub(1)
            && matches!(word_at(recent), Some("recent" | "past"))
        {
            // `in recent months`, `over the past year`, `this past week`
            let mut opening = recent.checked_sub(1)?;
            if word_at(opening) == Some("this") && word_at(recent) == Some("past") {
                return Some(opening);
            }
            if word_at(opening) == Some("the") {
                opening = opening.checked_sub(1)?;
            }
            return matches!(word_at(opening), Some("in" | "over")).then_some(opening);
        }
        if TIME_UNITS.contains(last) {
            // `Sunday night`, `last week`
            let before = word_at(start.checked_sub(1)?)?;
            let opens = matches!(before, "last" | "this" | "next" | "earlier" | "later");
            if !(opens || WEEKDAYS.contains(before)) {
                return None;
            }
            start -= 1;
        } else if !WEEKDAYS.contains(last) {
            return None;
        }
        // `Super Tuesday`, `Black Friday`: a day's name, no time.
        if start > floor && NAMED_DAY_WORDS.contains(&self.word(tokens[start - 1])) {
            return None;
        }
        // `on Tuesday`, `last Sunday night`
        if start > floor
            && matches!(
                self.word(tokens[start - 1]),
                "on" | "last" | "this" | "next" | "earlier" | "later" | "late"
            )
        {
            start -= 1;
        }
        Some(start)
    }

    /// Whether `word` is the name of a month (`March`, not `march`).
    pub(super) fn month(&self, word: &str) -> bool {
        MONTHS.contains(word) && is_capitalised(word)
    }

    /// Whether `word` opens a time phrase: `Friday`, `last`, `yesterday`.
    pub(super) fn time_word(&self, word: &str) -> bool {
        WEEKDAYS.contains(word)
            || lower_in(
                &[
                    "on",
                    "last",
                    "this",
                    "earlier",
                    "later",
                    "yesterday",
                    "today",
                ],
                word,
            )
    }

    /// Whether `word`, right after a past form, shows that the past has no
    /// object but a time or a place (`a poll released Sunday`, `published
    /// in May`).
    pub(super) fn time_or_place_after_past(&self, word: &str) -> bool {
        self.time_word(word) || lower_in(&["by", "in", "at", "late", "early"], word)
    }

    /// First token of the antecedent of a relative pronoun after token
    /// `end`: the noun phrase before it, or the object of its last
    /// preposition (`did well among voters who believe …`).
    pub(super) fn antecedent_start(
        &self,
        tokens: &[Token],
        end: usize,
        floor: usize,
    ) -> Option<usize> {
        if let Some(those) = self.those_before(tokens, end, floor) {
            return Some(those);
        }
        let start = self.noun_phrase_start(tokens, end, floor)?;
        let preposition = (start..end).rev().find(|&j| {
            let word = self.word(tokens[j]);
            MENTION_ENDING_PREPOSITIONS.contains(word)
                || lower_in(&["among", "against", "between"], word)
        });
        Some(match preposition {
            Some(preposition) if preposition + 1 < end => preposition + 1,
            _ => start,
        })
    }

    /// The subject of the verb making public the work named at tokens
    /// `start..end`: `Park released an ad`, `the campaign posted a video
    /// online`, `the paper ran an editorial`.
    fn publisher_of_work(
        &self,
        tokens: &[Token],
        start: usize,
        end: usize,
        floor: usize,
    ) -> Option<(Span, Vec<Span>)> {
        if end <= start || !PUBLISHED_WORKS.contains(self.word(tokens[end - 1])) {
            return None;
        }
        let verb = start.checked_sub(1).filter(|&v| v > floor)?;
        if !PUBLISHING_VERBS.contains(self.word(tokens[verb])) {
            return None;
        }
        // (`is releasing`, `has posted`: before the auxiliaries.)
        let mut verb = verb;
        while verb > floor + 1 && FINITE_AUXILIARIES.contains(self.word(tokens[verb - 1])) {
            verb -= 1;
        }
        self.subject_before(tokens, verb, floor)
    }

    /// `voters in Salem`, `Democrats from Ohio`: where the phrase of people
    /// placed somewhere starts, when the place starts at token `place`.
    pub(super) fn people_before_place(
        &self,
        tokens: &[Token],
        place: usize,
        floor: usize,
    ) -> Option<usize> {
        let placed = place >= floor + 2
            && lower_in(
                &["in", "from", "across", "throughout"],
                self.word(tokens[place - 1]),
            )
            && is_capitalised(self.word(tokens[place]))
            && {
                let head = self.word(tokens[place - 2]);
                is_speaker_head(head) || (is_capitalised(head) && head.ends_with('s'))
            };
        placed
            .then(|| self.antecedent_start(tokens, place - 1, floor))
            .flatten()
    }

    /// `Jo Park, 54, of Salem,`: where the name ends before a home set
    /// off by commas (`, of Salem` or `, from Salem`) whose place starts
    /// at token `place`, and before an age set off before the home.
    fn home_and_age_before(&self, tokens: &[Token], place: usize, floor: usize) -> Option<usize> {
        let set_off = |k: usize| k >= floor + 2 && self.word(tokens[k - 2]) == ",";
        let home = set_off(place)
            && lower_in(&["of", "from"], self.word(tokens[place - 1]))
            && is_capitalised(self.word(tokens[place]));
        if !home {
            return None;
        }
        let mut name_end = place - 2;
        if set_off(name_end) && is_number(self.word(tokens[name_end - 1])) {
            name_end -= 2;
        }
        (name_end > floor).then_some(name_end)
    }

    /// `those who said …`, `some who warned …`: the pronoun standing for
    /// people right before token `end`, when it is one.
    fn those_before(&self, tokens: &[Token], end: usize, floor: usize) -> Option<usize> {
        (end > floor && lower_in(PEOPLE_PRONOUNS, self.word(tokens[end - 1]))).then(|| end - 1)
    }

    /// Whether token `to` is the `to` of `close to` after a noun (`a
    /// source close to him`).
    fn close_to(&self, tokens: &[Token], to: usize, floor: usize) -> bool {
        to >= floor + 2
            && self.word(tokens[to]) == "to"
            && self.word(tokens[to - 1]) == "close"
            && tokens[to - 2].is_word
    }

    /// Whether token `to` is the `to` after a role held for someone
    /// (`advisers to the mayor`, `an aide to Park`).
    fn role_to(&self, tokens: &[Token], to: usize, floor: usize) -> bool {
        to > floor
            && self.word(tokens[to]) == "to"
            && ROLES_FOR_SOMEONE.contains(self.word(tokens[to - 1]))
    }

    /// Whether token `k` is a given name that is also a stop word, right
    /// before a cue in the past or in -s (`Will said`, `May says`): a
    /// modal takes only the base form.
    fn given_name_before_verb(&self, tokens: &[Token], k: usize) -> bool {
        let verb = tokens.get(k + 1).map_or("", |t| self.word(*t));
        GIVEN_NAMES_LIKE_STOP_WORDS.contains(&self.word(tokens[k]))
            && !self.in_title_case()
            && !is_capitalised(verb)
            && cue_lemma(verb).is_some_and(|(lemma, _)| lemma != verb && !verb.ends_with("ing"))
    }

    /// Whether the preposition at token `at` follows a participle placing
    /// people (`voters living in Ohio`, `protesters marching through the
    /// streets`), within tokens from `floor`.
    fn placed_by_participle(&self, tokens: &[Token], at: usize, floor: usize) -> bool {
        let preposition = self.word(tokens[at]);
        (PLACE_PREPOSITIONS.contains(&preposition)
            || lower_in(
                &["through", "along", "around", "outside", "near"],
                preposition,
            ))
            && at >= floor + 2
            && {
                let participle = self.word(tokens[at - 1]);
                let people = self.word(tokens[at - 2]);
                participle.ends_with("ing")
                    && !is_capitalised(participle)
                    && (is_plural_of_people(people) || is_person_noun(people))
            }
    }

    /// First token of a noun phrase ending just before token `end`.
    pub(super) fn noun_phrase_start(
        &self,
        tokens: &[Token],
        end: usize,
        floor: usize,
    ) -> Option<usize> {
        let mut k = end;
        let mut has_noun = false;
        // Tokens of a parenthesis after the name, which do not count
        // towards the phrase's length.
        let mut parenthesis = 0;
        while k > floor && end - k - parenthesis < MAX_SUBJECT_TOKENS {
            let token = tokens[k - 1];
            // A line break ends a phrase (`… CNN’s Fault\nTed Cruz said`).
            if k < end && {
                let gap = &self.text.as_bytes()[token.span.end..tokens[k].span.start];
                gap != b" " && gap.contains(&b'\n')
            } {
                break;
            }
            let word = self.word(token);
            if !token.is_word {
                // `Register/Bloomberg poll`: a slash between two names.
                let slash = word == "/"
                    && k >= 2
                    && k - 2 >= floor
                    && k < end
                    && is_capitalised(self.word(tokens[k - 2]))
                    && is_capitalised(self.word(tokens[k]));
                // `Fox News' Sean Hannity`: a possessive after a plural.
                let possessive = matches!(word, "'" | "’")
                    && k < end
                    && k >= floor + 2
                    && tokens[k - 2].is_word
                    && tokens[k - 2].span.end == token.span.start
                    && self.word(tokens[k - 2]).ends_with('s');
                // `Fight for $15 director Jo Park`: a sum inside a name.
                let sum = word == "$"
                    && k < end
                    && is_number(self.word(tokens[k]))
                    && k >= floor + 2
                    && self.word(tokens[k - 2]) == "for";
                if slash || possessive || sum {
                    k -= 1;
                    continue;
                }
                // `26% say`: a percentage heads the phrase.
                if word == "%" && k == end && k >= 2 && is_number(self.word(tokens[k - 2])) {
                    k -= 2;
                    has_noun = true;
                    continue;
                }
                // `Sen. Ann Roe (D-Ore.)`, `Jo Park (a Democrat who …)`: a
                // parenthesis after the name.
                if word == ")" && !has_noun && parenthesis == 0 {
                    let open = (floor..k - 1)
                        .rev()
                        .take(MAX_APPOSITIVE_TOKENS + 2)
                        .find(|&j| self.word(tokens[j]) == "(");
                    if let Some(open) = open {
                        parenthesis = k - open;
                        k = open;
                        continue;
                    }
                }
                // `Mr.`, `Sen.`: a period after a short capitalised word.
                let title_dot = word == "."
                    && k >= 2
                    && tokens[k - 2].is_word
                    && is_capitalised(self.word(tokens[k - 2]))
                    && self.word(tokens[k - 2]).len() <= 4;
                let suffix = k >= 2 && NAME_SUFFIXES.contains(self.word(tokens[k - 2]));
                if title_dot && (has_noun || suffix) {
                    k -= 1;
                    continue;
                }
                break;
            }
            // `a source close to him`: the object pronoun ends the phrase.
            if k == end
                && k >= 2
                && lower_in(&["him", "her", "them"], word)
                && self.close_to(tokens, k - 2, floor)
            {
                k -= 3;
                has_noun = true;
                continue;
            }
            // `about 60 percent of voters`, `at least 300 people`, `more
            // than half`: a bound before a quantity opens the phrase (but
            // not after a preposition: `a poll of about 600 voters`).
            let quantity_after = k < end && {
                let next = self.word(tokens[k]);
                is_number(next) || is_fraction(next) || next.eq_ignore_ascii_case("half")
            };
            let bound_words = match word {
                _ if !quantity_after => 0,
                "least" | "most"
                    if k >= floor + 2 && self.word(tokens[k - 2]).eq_ignore_ascii_case("at") =>
                {
                    2
                }
                "than"
                    if k >= floor + 2
                        && lower_in(&["more", "fewer", "less"], self.word(tokens[k - 2])) =>
                {
                    2
                }
                _ if lower_in(QUANTITY_BOUNDS, word) => 1,
                _ => 0,
            };
            let after_preposition = |opening: usize| {
                opening > floor && tokens[opening - 1].is_word && {
                    let before = self.word(tokens[opening - 1]);
                    is_stop_word(before) || lower_in(&["of", "for", "with", "from"], before)
                }
            };
            if bound_words > 0 && !after_preposition(k - bound_words) {
                k -= bound_words;
                break;
            }
            // `a voice over says`: the narrator of an ad.
            if k == end
                && k >= 2
                && word.eq_ignore_ascii_case("over")
                && self.word(tokens[k - 2]).eq_ignore_ascii_case("voice")
            {
                k -= 1;
                has_noun = true;
                continue;
            }
            // `Several said`, `Another told`: a quantity standing alone
            // before the cue heads the phrase (`Some on Sunday said`, `Many
            // also warned`: past a time or an adverb).
            let verb_at = || {
                (end..tokens.len().min(end + 4))
                    .find(|&j| {
                        let word = self.word(tokens[j]);
                        !(self.is_adverb(word)
                            || self.time_word(word)
                            || lower_in(
                                &["night", "morning", "afternoon", "evening", "week"],
                                word,
                            ))
                    })
                    .unwrap_or(end)
            };
            let alone = k == end
                && lower_in(
                    &[
                        "several", "many", "some", "another", "few", "both", "most", "others",
                    ],
                    word,
                )
                && !NOUN_LIKE_CUES.contains(self.word(tokens[end]))
                // (`Some have suggested`: an auxiliary between, but not in
                // a relative clause: `which some have argued was …`.)
                && (self.any_cue(tokens, end).is_some()
                    || ((self.any_cue(tokens, verb_at()).is_some()
                        || FINITE_AUXILIARIES.contains(self.word(tokens[end])))
                        && (k < floor + 2
                            || !lower_in(
                                &["which", "that", "who", "whom"],
                                self.word(tokens[k - 2]),
                            ))));
            if alone {
                return Some(k - 1);
            }
            // `the authors of that report`: a demonstrative after a
            // preposition is a determiner.
            let demonstrative = has_noun
                && lower_in(&["that", "this"], word)
                && k >= floor + 2
                && lower_in(
                    &["of", "for", "at", "with", "from"],
                    self.word(tokens[k - 2]),
                );
            // `CBS This Morning anchor Jo Park`: a capitalised determiner
            // between capitalised words is part of a programme's name.
            let in_name = has_noun
                && DETERMINERS.contains(word)
                && is_capitalised(word)
                && k >= floor + 2
                && tokens[k - 2].is_word
                && is_capitalised(self.word(tokens[k - 2]))
                && !DETERMINERS.contains(self.word(tokens[k - 2]));
            if in_name {
                k -= 1;
                continue;
            }
            if (DETERMINERS.contains(word) || demonstrative) && !(k == end && is_number(word)) {
                k -= 1;
                // `two in three voters`
                if k >= floor + 2
                    && self.word(tokens[k - 1]) == "in"
                    && is_number(self.word(tokens[k - 2]))
                {
                    k -= 2;
                    break;
                }
                // `a lawmaker in the Philippines`, `one source in the
                // room`: a person placed by a proper name with its
                // article, or in the room where something was said.
                let placed = word == "the"
                    && k >= floor + 2
                    && tokens.get(k + 1).is_some_and(|t| {
                        let place = self.word(*t);
                        is_capitalised(place) || lower_in(ROOMS, place)
                    })
                    && PLACE_PREPOSITIONS.contains(&self.word(tokens[k - 1]))
                    && k - 2 >= floor
                    && {
                        // (Capitalised, only opening the sentence: `Voters
                        // across the Midwest`.)
                        let person = self.word(tokens[k - 2]);
                        (!is_capitalised(person) || k - 2 == floor)
                            && (is_speaker_or_person_noun(person) || is_plural_of_people(person))
                    };
                if placed {
                    continue;
                }
                if k > floor && self.placed_by_participle(tokens, k - 1, floor) {
                    k -= 2;
                    continue;
                }
                // `a person familiar with the matter`, `a source close to
                // him`: go on through the preposition.
                // (Only after a word that may be a noun: not `because of
                // his comments`.)
                let linked = k >= floor + 2
                    && ((lower_in(
                        &["of", "with", "for", "at", "from"],
                        self.word(tokens[k - 1]),
                    ) && tokens[k - 2].is_word
                        && !is_stop_word(self.word(tokens[k - 2])))
                        || self.briefed_on(tokens, k - 1)
                        || self.close_to(tokens, k - 1, floor)
                        || self.role_to(tokens, k - 1, floor));
                if linked {
                    k -= 1;
                    continue;
                }
                break;
            }
            // `Neither Park nor Roe said`: both names are the subject.
            if word == "nor"
                && has_noun
                && k >= 3
                && k - 3 >= floor
                && is_capitalised(self.word(tokens[k - 2]))
                && self.word(tokens[k - 3]).eq_ignore_ascii_case("neither")
            {
                k -= 3;
                break;
            }
            if word == "and" || word == "&" {
                let left_named =
                    k >= 2 && k - 2 >= floor && is_capitalised(self.word(tokens[k - 2]));
                if left_named && has_noun && is_capitalised(self.word(tokens[k])) {
                    k -= 1;
                    continue;
                }
                // `he and Jo Park said`, `she and Roe said`: a subject
                // pronoun joined to the phrase opens it.
                let left_pronoun = k >= 2
                    && k - 2 >= floor
                    && lower_in(SUBJECT_PRONOUNS, self.word(tokens[k - 2]));
                if left_pronoun && has_noun {
                    k -= 2;
                    break;
                }
                // `state and federal officials`: two modifiers of one head
                // (`progressive and Muslim groups`: the second may be a
                // name's adjective).
                let left = (k >= 2 && k - 2 >= floor).then(|| tokens[k - 2]);
                let right = self.word(tokens[k]);
                let modifiers = has_noun
                    && k + 1 < end
                    && tokens[k].is_word
                    && (!is_capitalised(right) || {
                        let head = self.word(tokens[k + 1]);
                        tokens[k + 1].is_word && !is_capitalised(head) && !is_stop_word(head)
                    })
                    && !is_stop_word(right)
                    && !right.bytes().any(|b| b.is_ascii_digit())
                    && !is_number(right)
                    && left.is_some_and(|t| {
                        let word = self.word(t);
                        t.is_word
                            && !is_capitalised(word)
                            && !is_stop_word(word)
                            // (`state`, a cue's form, is a modifier here.)
                            && (!is_verb(word) || word == "state")
                            && !word.ends_with("ed")
                            && !word.ends_with("ing")
                    });
                if modifiers {
                    k -= 1;
                    continue;
                }
                break;
            }
            // `six in 10 voters`, `two in three`: a proportion.
            let proportion = word == "in"
                && k >= 2
                && k - 2 >= floor
                && k < end
                && is_number(self.word(tokens[k - 2]))
                && is_number(self.word(tokens[k]));
            if proportion {
                k -= 1;
                continue;
            }
            // `only three said`: a number alone is the head.
            if k == end && is_number(word) {
                has_noun = true;
                k -= 1;
                continue;
            }
            if has_noun && self.close_to(tokens, k - 1, floor) {
                // `people close to Park`
                k -= 2;
                continue;
            }
            if has_noun && self.role_to(tokens, k - 1, floor) {
                // `advisers to Park`
                k -= 1;
                continue;
            }
            // `voters under 35`, `women in Ohio`: a plural of people
            // placed by a preposition.
            // (`a voter in Ohio`, `a lawmaker in the Philippines`: one
            // person, placed by a proper name; `a source in the room`, by
            // where words are heard.)
            let proper_place = tokens.get(k).is_some_and(|t| {
                let next = self.word(*t);
                is_capitalised(next)
                    || (next == "the"
                        && tokens.get(k + 1).is_some_and(|t| {
                            let place = self.word(*t);
                            is_capitalised(place) || lower_in(ROOMS, place)
                        }))
            });
            let placed = has_noun
                && end - k < MAX_PLACE_WORDS
                && PLACE_PREPOSITIONS.contains(&word)
                && k >= 2
                && k - 2 >= floor
                && {
                    let before = self.word(tokens[k - 2]);
                    is_plural_of_people(before)
                        || (proper_place
                            && !is_capitalised(before)
                            && is_speaker_or_person_noun(before))
                };
            if placed {
                k -= 1;
                continue;
            }
            if has_noun
                && end - k < MAX_PLACE_WORDS
                && self.placed_by_participle(tokens, k - 1, floor)
            {
                k -= 2;
                continue;
            }
            // `people briefed on the talks`: sources, by what they know.
            let briefed = match word {
                "on" | "in" | "to" | "about" => self.briefed_on(tokens, k - 1),
                "briefed" | "involved" | "privy" | "knowledgeable" => self.briefed_on(tokens, k),
                _ => false,
            };
            if has_noun && briefed {
                k -= 1;
                continue;
            }
            if lower_in(&["of", "for", "at", "with", "from"], word) {
                // Inside a name or title (`secretary of state`), only between nouns.
                if has_noun
                    && k >= 2
                    && k - 2 >= floor
                    && tokens[k - 2].is_word
                    && !is_stop_word(self.word(tokens[k - 2]))
                {
                    k -= 1;
                    continue;
                }
                break;
            }
            // Participles (`including`, `speaking`) and verbs do not head
            // a speaker, but right after a determiner they are an
            // adjective or a noun (`the gambling tycoon`, `the report`).
            let participle = word.ends_with("ing") && !is_capitalised(word);
            // (A possessive is one: `familiar with Cruz’s thinking`.)
            let after_determiner = k >= 2
                && k - 2 >= floor
                && (NOUN_MARKERS.contains(self.word(tokens[k - 2]))
                    || is_possessive(self.word(tokens[k - 2])));
            // `Trump running mate Mike Pence`
            let after_name = k >= 2 && k - 2 >= floor && is_capitalised(self.word(tokens[k - 2]));
            // `banking analysts say`, `voting experts said`: opening the
            // phrase of a speaker, a modifier.
            let opens_phrase = k == floor + 1 || (k >= 2 && !tokens[k - 2].is_word);
            // `organizing director Jo Park`, `managing editor`: before a
            // role in lower case, too.
            let role_after = tokens.get(k).is_some_and(|t| {
                let next = self.word(*t);
                k < end && !is_capitalised(next) && is_speaker_head(next)
            });
            let modifier =
                (opens_phrase && end - k == 1 && is_speaker_head(self.word(tokens[end - 1])))
                    || role_after;
            let adjective = participle && (after_determiner || after_name || modifier) && has_noun;
            // `the bankruptcy filing says`: a noun in -ing heading a
            // phrase that opens with a determiner, right before a cue.
            let head_noun = participle
                && !has_noun
                && k == end
                && self.speech_cue(tokens, end).is_some()
                // (A poll's verb, noun-like or not: `Exit polling shows`.)
                && (!NOUN_LIKE_CUES.contains(self.word(tokens[end])) || POLL_NOUNS.contains(word))
                // (`Exit polling shows`: a noun with no determiner.)
                && (after_determiner
                    || POLL_NOUNS.contains(word)
                    || k >= 3
                        && k - 3 >= floor
                        && NOUN_MARKERS.contains(self.word(tokens[k - 3]))
                        && tokens[k - 2].is_word
                        && !is_stop_word(self.word(tokens[k - 2]))
                        && !is_verb(self.word(tokens[k - 2])));
            // `the report`, `press secretary`: a cue form that is a noun.
            let compound = k < end && COMPOUND_HEADS.contains(self.word(tokens[k]));
            // `state Sen. Jo Park`: a noun-like form that is no cue here.
            let no_cue = NOUN_LIKE_CUES.contains(word) && self.speech_cue(tokens, k - 1).is_none();
            // `A poll released Sunday shows`, `a poll released in May`: a
            // past participle dated, inside the phrase when it reports
            // nothing itself.
            let dated = has_noun
                && word.ends_with("ed")
                && tokens.get(k).is_some_and(|t| {
                    let next = self.word(*t);
                    self.time_or_place_after_past(next)
                })
                && self.speech_cue(tokens, k - 1).is_none();
            // `an analysis of newly filed reports`: a participle after an
            // adverb in `-ly` modifies the noun after it.
            let modified = has_noun
                && word.ends_with("ed")
                && k >= floor + 2
                && self.word(tokens[k - 2]).ends_with("ly")
                && self.is_adverb(self.word(tokens[k - 2]));
            let noun = is_verb(word)
                && !participle
                && (after_determiner || compound || no_cue || dated || modified);
            // `Theresa May`: a capitalised stop word after a name is a name.
            let in_name = k >= 2
                && k - 2 >= floor
                && is_capitalised(word)
                && is_capitalised(self.word(tokens[k - 2]))
                && !self.headline_function_word(word);
            // `The plan angered voters`: a past after a determiner and its
            // noun is the clause's verb (but `the newly elected mayor`,
            // `a well-known critic`, and a participle dated: `the order
            // released Friday`).
            let past_after_noun = has_noun
                && word.ends_with("ed")
                && !is_capitalised(word)
                && {
                    let next = tokens.get(k).map_or("", |t| self.word(*t));
                    !self.time_word(next) && !MONTHS.contains(next) && !TIME_UNITS.contains(next)
                }
                && k >= 3
                && k - 3 >= floor
                && {
                    let before = self.word(tokens[k - 2]);
                    tokens[k - 2].is_word
                        && !is_capitalised(before)
                        && !is_stop_word(before)
                        && !is_number(before)
                        && !self.is_adverb(before)
                        && !before.contains('-')
                        && DETERMINERS.contains(self.word(tokens[k - 3]))
                };
            // `Voters cheered Ruiz’s plan`: a past between a noun and a name
            // is a verb (but `the newly elected Mayor Park`).
            let past_before_name = has_noun
                && word.ends_with("ed")
                && !is_capitalised(word)
                && tokens.get(k).is_some_and(|t| is_capitalised(self.word(*t)))
                && k >= floor + 2
                && tokens[k - 2].is_word
                && {
                    let before = self.word(tokens[k - 2]);
                    (is_capitalised(before) || before.ends_with('s'))
                        && !is_stop_word(before)
                        && !DETERMINERS.contains(before)
                        && !self.is_adverb(before)
                        && !before.contains('-')
                };
            // `a move that survived court challenges`: a past right after a
            // relative pronoun is its clause's verb.
            let past_after_relative = has_noun
                && reported::is_past(word)
                && !is_capitalised(word)
                && k >= floor + 2
                && lower_in(&["that", "which", "who"], self.word(tokens[k - 2]));
            if (is_stop_word(word) && !in_name && !self.given_name_before_verb(tokens, k - 1))
                || past_after_noun
                || past_before_name
                || past_after_relative
                || (is_verb(word) && !noun && !head_noun)
                || (participle && !adjective && !head_noun)
                || (BARE_CAUSATIVES.contains(word) && !after_determiner)
            {
                break;
            }
            has_noun = true;
            k -= 1;
        }
        (has_noun && k < end).then_some(k)
    }

    /// Whether token `on` is the preposition of a phrase saying what
    /// someone knows (`officials briefed on the talks`, `people involved
    /// in the talks`, `sources privy to them`), after a noun.
    pub(super) fn briefed_on(&self, tokens: &[Token], on: usize) -> bool {
        on >= 2
            && tokens
                .get(on)
                .is_some_and(|t| informed_phrase(self.word(tokens[on - 1]), self.word(*t)))
            && tokens[on - 2].is_word
            && !is_stop_word(self.word(tokens[on - 2]))
    }

    /// Whether `word`, capitalised in a headline in title case, is a
    /// function word, an adverb or a verb, no part of a name (`Trump Is
    /// Now Calling`, `Paul Votes To Condemn`).
    fn headline_function_word(&self, word: &str) -> bool {
        (is_stop_word(word)
            || FINITE_AUXILIARIES.contains(word)
            || BETWEEN_SUBJECT_AND_CUE.contains(word)
            || cue_lemma(word).is_some())
            && self.in_title_case()
    }

    /// Whether the capitalised word at token `k` may be a verb of a
    /// headline in title case: not its first word (`Ruiz Slams Park`), nor
    /// a name in a list (`…, Christopher Rants, Kim Reem, …`).
    pub(super) fn headline_verb(&self, tokens: &[Token], k: usize) -> bool {
        k > 0
            && tokens[k - 1].is_word
            && tokens.get(k + 1).is_none_or(|t| self.word(*t) != ",")
            && self.in_title_case()
    }

    /// Whether the sentence being attributed is a headline in title case,
    /// checked once per sentence.
    pub(super) fn in_title_case(&self) -> bool {
        if let Some(known) = self.title_case.get() {
            return known;
        }
        let title_case = is_title_case(&self.written[self.sentence_span]);
        self.title_case.set(Some(title_case));
        title_case
    }

    /// Whether `and` at token `and` joins a singular role noun before it
    /// to a second role that ends in a person's name of at least two words,
    /// closing the phrase (`lobbyist and GOP strategist Charlie Black,`).
    fn second_role_then_name(&self, tokens: &[Token], and: usize, to: usize) -> bool {
        let role = self.word(tokens[and - 1]);
        if is_capitalised(role) || role.ends_with('s') || is_stop_word(role) {
            return false;
        }
        let Some(end) = (and + 1..to.min(and + 1 + MAX_SECOND_ROLE_WORDS + 1))
            .find(|&k| !tokens[k].is_word)
            .or((to <= and + 1 + MAX_SECOND_ROLE_WORDS).then_some(to))
        else {
            return false;
        };
        let words = &tokens[and + 1..end];
        words.len() >= 3
            && words.iter().all(|t| !is_stop_word(self.word(*t)))
            && words[words.len() - 2..]
                .iter()
                .all(|t| is_capitalised(self.word(*t)))
            && !is_capitalised(self.word(words[words.len() - 3]))
    }

    pub(super) fn noun_phrase_after(
        &self,
        tokens: &[Token],
        start: usize,
        to: usize,
    ) -> Option<usize> {
        let mut k = start;
        let mut has_noun = false;
        while k < to && k - start < MAX_SUBJECT_TOKENS {
            let token = tokens[k];
            let word = self.word(token);
            if !token.is_word {
                let title_dot = word == "."
                    && k > start
                    && is_capitalised(self.word(tokens[k - 1]))
                    && self.word(tokens[k - 1]).len() <= 4
                    && tokens
                        .get(k + 1)
                        .is_some_and(|t| is_capitalised(self.word(*t)));
                // `Register/Bloomberg poll`: a slash between two names.
                let slash = word == "/"
                    && k > start
                    && is_capitalised(self.word(tokens[k - 1]))
                    && tokens
                        .get(k + 1)
                        .is_some_and(|t| is_capitalised(self.word(*t)));
                // `Fox News' Sean Hannity`: a possessive after a plural.
                let possessive = matches!(word, "'" | "’")
                    && k > start
                    && tokens[k - 1].span.end == token.span.start
                    && self.word(tokens[k - 1]).ends_with('s')
                    && tokens.get(k + 1).is_some_and(|t| t.is_word);
                // `33% of voters`: the sign is the number's.
                let percent = word == "%" && k > start && is_number(self.word(tokens[k - 1]));
                if title_dot || slash || possessive || percent {
                    k += 1;
                    continue;
                }
                break;
            }
            // `two of the senators`, `33% of voters`: a number's partitive
            // goes on to its noun.
            if k == start
                && is_number(word)
                && tokens.get(k + 1).is_some_and(|t| self.word(*t) == "of")
            {
                k += 2;
                continue;
            }
            // (`close to the mayor`, `briefed on the talks`.)
            let after_preposition = k > start
                && (lower_in(
                    &["of", "for", "with", "from", "at"],
                    self.word(tokens[k - 1]),
                ) || (k >= start + 2 && {
                    let (a, b) = (self.word(tokens[k - 2]), self.word(tokens[k - 1]));
                    (a, b) == ("close", "to") || informed_phrase(a, b)
                }));
            if DETERMINERS.contains(word) && has_noun && !is_capitalised(word) && !after_preposition
            {
                // `reporters this was …`: a determiner after a noun opens the next phrase.
                break;
            }
            if DETERMINERS.contains(word) && !has_noun {
                k += 1;
                let quantity = lower_in(
                    &[
                        "other", "both", "others", "some", "many", "one", "several", "another",
                    ],
                    word,
                );
                // `one of the advisers`: a partitive goes on to its noun.
                if quantity && tokens.get(k).is_some_and(|t| self.word(*t) == "of") {
                    k += 1;
                    continue;
                }
                // `the other`, `both`: a determiner standing alone heads the phrase.
                let alone = tokens
                    .get(k)
                    .is_none_or(|t| !t.is_word || is_stop_word(self.word(*t)));
                if alone && quantity {
                    return Some(k);
                }
                continue;
            }
            if PRONOUNS.contains(word) && k == start {
                return Some(k + 1);
            }
            // `the report said`: after a determiner, a cue form is a noun.
            // (So is a cue noun after a possessive, `Roe’s remarks`, or
            // `of`: `secretary of state`.)
            let after_determiner = k > start && {
                let previous = self.word(tokens[k - 1]);
                NOUN_MARKERS.contains(previous)
                    || noun_in_s_after(previous, word)
                    || (NOUN_LIKE_CUES.contains(word)
                        && ((is_possessive(previous) && !reported::pronoun_contraction(previous))
                            || previous == "of"))
            };
            // `Jo Park`, and `Will Doyle`, `May Ling`: a given name that is
            // also a stop word opens a name before a capitalised word.
            // (`Mrs. May`: after a title's dot as well.)
            let in_name = is_capitalised(word)
                && if k > start {
                    let previous = self.word(tokens[k - 1]);
                    is_capitalised(previous)
                        || (previous == "."
                            && k >= start + 2
                            && is_capitalised(self.word(tokens[k - 2])))
                } else {
                    // (`“…,” said May.`: or alone after an inverted cue,
                    // ending the clause.)
                    GIVEN_NAMES_LIKE_STOP_WORDS.contains(&word)
                        && (tokens
                            .get(k + 1)
                            .is_some_and(|t| t.is_word && is_capitalised(self.word(*t)))
                            || (k > 0
                                && tokens.get(k + 1).is_none_or(|t| {
                                    matches!(self.word(*t), "." | "," | ";" | "?" | "!")
                                })
                                && self.speech_cue(tokens, k - 1).is_some()))
                }
                && !self.headline_function_word(word);
            // `a poll released Monday`, `Clinton leading Sanders`: a
            // participle after the noun ends it (so does an irregular past:
            // `Adelson met with Trump`).
            let participle = has_noun
                && !is_capitalised(word)
                && (word.ends_with("ed")
                    || (reported::is_past(word)
                        && k > start
                        && is_capitalised(self.word(tokens[k - 1])))
                    || (word.ends_with("ing") && !lower_in(NOUNS_IN_ING, word) && {
                        // not `Jersey’s sitting governor`, nor `Zika funding`
                        let previous = self.word(tokens[k - 1]);
                        is_capitalised(previous) && without_possessive(previous) == previous
                    }));
            // `nearly 6 in 10 voters`: a proportion goes on to its noun.
            if has_noun
                && word == "in"
                && is_number(self.word(tokens[k - 1]))
                && tokens.get(k + 1).is_some_and(|t| is_number(self.word(*t)))
            {
                k += 2;
                continue;
            }
            // `a person close to Park`, `people briefed on the talks`: the
            // phrase takes its complement.
            if has_noun && {
                let next = tokens.get(k + 1).map_or("", |t| self.word(*t));
                (word, next) == ("close", "to") || informed_phrase(word, next)
            } {
                k += 2;
                continue;
            }
            // `a voice over says`: the narrator of an ad.
            if word.eq_ignore_ascii_case("over")
                && has_noun
                && self.word(tokens[k - 1]).eq_ignore_ascii_case("voice")
            {
                k += 1;
                continue;
            }
            // `lobbyist and GOP strategist Charlie Black`: two roles of one
            // person, joined before the name.
            if word == "and" && has_noun && self.second_role_then_name(tokens, k, to) {
                k += 1;
                continue;
            }
            // `said Doyle and others`
            if word == "and"
                && has_noun
                && tokens
                    .get(k + 1)
                    .is_some_and(|t| k + 1 < to && self.word(*t) == "others")
            {
                k += 2;
                continue;
            }
            // (`told a radio talk show that`: a kind of show is a noun.)
            let show = lower_in(&["show", "shows"], word)
                && k > start
                && lower_in(SHOW_KINDS, self.word(tokens[k - 1]));
            // (`voters she’s with`: a contracted pronoun opens a clause.)
            if (is_stop_word(word) && !in_name)
                || (is_verb(word) && !after_determiner && !show)
                || participle
                || (has_noun && reported::pronoun_with_auxiliary(word))
            {
                break;
            }
            if lower_in(&["of", "for", "with", "from", "at"], word) {
                // `a spokesman for the agency`, `a person familiar with
                // the talks`: a role noun takes its complement; a name
                // (`Jo Park at a rally`) does not, but a title does
                // (`Secretary of State Jo Park`).
                let role = has_noun && !is_capitalised(self.word(tokens[k - 1])) && word != "at";
                let title = word == "of"
                    && k > start
                    && is_capitalised(self.word(tokens[k - 1]))
                    && tokens
                        .get(k + 1)
                        .is_some_and(|t| t.is_word && is_capitalised(self.word(*t)));
                // (Not a reason: `criticized by rivals for failing to …`.)
                let reason = word == "for"
                    && tokens.get(k + 1).is_some_and(|t| {
                        let next = self.word(*t);
                        next.ends_with("ing") && !is_capitalised(next)
                    });
                if (!role && !title) || reason {
                    break;
                }
            }
            has_noun = true;
            k += 1;
        }
        // `concluded this year`: a time is no noun phrase that speaks.
        let time = self.time_before(tokens, k, start) == Some(start);
        (has_noun && k > start && !time).then_some(k)
    }
}
