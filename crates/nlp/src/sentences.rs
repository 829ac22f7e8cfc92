//! Sentence boundaries for news text.
//!
//! A fast scan visits only the bytes that can end a sentence (`.`, `?`, `!`,
//! `…` and line breaks) and decides each one from the words around it:
//! abbreviations, initials, numbers, ellipses, closing quotation marks and
//! brackets, list markers, emails and URLs. Unicode's grapheme cluster rules
//! (UAX #29, from unicode-segmentation) make sure a boundary never falls
//! inside a user-perceived character.
//!
//! Paragraphs: when the text is hard-wrapped (it has blank lines and no
//! line longer than a wrapped line can be), a blank line separates
//! paragraphs and a single line break is ordinary whitespace. Otherwise
//! every line break starts a paragraph, as in text pasted from a web page.
//! A paragraph break always ends a sentence, which also makes headline and
//! byline lines sentences of their own.

use rustc_hash::FxHashSet;
use unicode_segmentation::GraphemeCursor;

use crate::cues::{cue_lemma, phrasal_cue_lemma};
use whosaid_core::CueKind;
use whosaid_core::{Sentence, Span};

/// Abbreviations that precede a name or number and never end a sentence:
/// titles, `Mt.`, `St.`, `No.`. Compared case-insensitively, without the dot.
const TITLES: &[&str] = &[
    "adm", "amb", "apt", "assn", "atty", "brig", "capt", "cmdr", "col", "cpl", "det", "dr", "e.g",
    "fig", "fr", "ft", "gen", "gov", "hon", "i.e", "insp", "lt", "maj", "messrs", "mme", "mr",
    "mrs", "ms", "msgr", "mt", "no", "nos", "op", "pres", "prof", "pvt", "rep", "reps", "rev",
    "sen", "sens", "sgt", "sr", "st", "supt", "vol", "vs", "pp",
];

/// Abbreviations that may end a sentence: they do when the next word is one
/// that typically starts a sentence. Compared case-insensitively.
const GENERAL: &[&str] = &[
    // companies and addresses
    "inc", "corp", "co", "ltd", "llc", "bros", "plc", "ave", "blvd", "rd", "hwy", "dept", "univ",
    "jr", "esq", "etc", "al", "approx", "est", "min", "max", "cf", // months and days
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
    "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    // US states in AP style
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans",
    "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore",
    "pa", "penn", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
];

/// Capitalised words that usually open a sentence; after an ambiguous
/// abbreviation (`Inc.`, `U.S.`) they signal a boundary.
const SENTENCE_STARTERS: &[&str] = &[
    "A",
    "After",
    "All",
    "Also",
    "Although",
    "An",
    "And",
    "Another",
    "Any",
    "As",
    "At",
    "Because",
    "Before",
    "Both",
    "But",
    "By",
    "Did",
    "Do",
    "Does",
    "Dr",
    "During",
    "Each",
    "Even",
    "Every",
    "For",
    "From",
    "He",
    "Her",
    "Here",
    "His",
    "How",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Many",
    "Meanwhile",
    "Most",
    "Mr",
    "Mrs",
    "Ms",
    "My",
    "No",
    "Not",
    "Now",
    "On",
    "One",
    "Only",
    "Or",
    "Our",
    "She",
    "Since",
    "So",
    "Some",
    "Still",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Thus",
    "To",
    "Under",
    "We",
    "What",
    "When",
    "Where",
    "Whether",
    "Which",
    "While",
    "Who",
    "Why",
    "With",
    "Yet",
    "You",
    "Your",
];

/// Splits text into sentences.
///
/// Made with [`SentenceSplitter::new`] or [`SentenceSplitter::builder`];
/// [`SentenceSplitter::split`] returns a borrowing iterator.
///
/// ```
/// use whosaid_nlp::SentenceSplitter;
///
/// let text = "Sen. Jane Roe arrived at 5 p.m. Monday. “We won,” she said. Then she left.";
/// let splitter = SentenceSplitter::new();
/// let sentences: Vec<&str> = splitter.split(text).map(|s| &text[s.span]).collect();
/// assert_eq!(
///     sentences,
///     ["Sen. Jane Roe arrived at 5 p.m. Monday. ", "“We won,” she said. ", "Then she left."]
/// );
/// ```
#[derive(Clone, Debug)]
pub struct SentenceSplitter {
    titles: FxHashSet<String>,
    general: FxHashSet<String>,
}

impl Default for SentenceSplitter {
    fn default() -> Self {
        SentenceSplitter::new()
    }
}

impl SentenceSplitter {
    /// A splitter with the built-in abbreviation lists.
    pub fn new() -> SentenceSplitter {
        SentenceSplitterBuilder::new().build()
    }

    /// A builder to add abbreviations to the built-in lists.
    pub fn builder() -> SentenceSplitterBuilder {
        SentenceSplitterBuilder::new()
    }

    /// The sentences of `text`, in order. They partition the text: each
    /// includes the whitespace after it, and together they give it back.
    pub fn split<'s, 't>(&'s self, text: &'t str) -> Sentences<'s, 't> {
        Sentences {
            splitter: self,
            text,
            start: 0,
            paragraph: 0,
            lines_are_paragraphs: !is_hard_wrapped(text),
        }
    }

    fn abbreviation(&self, word: &str) -> Option<AbbreviationClass> {
        if word.is_empty() || word.len() > 12 || !word.is_ascii() {
            return None;
        }
        let mut buf = [0u8; 12];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        let lower = std::str::from_utf8(lower).ok()?;
        if self.titles.contains(lower) {
            // Titles are capitalised; `no.` and `st.` in lower case are ordinary.
            if word.as_bytes()[0].is_ascii_uppercase() {
                Some(AbbreviationClass::Title)
            } else {
                Some(AbbreviationClass::General)
            }
        } else if self.general.contains(lower) {
            Some(AbbreviationClass::General)
        } else {
            None
        }
    }
}

/// Builds a [`SentenceSplitter`].
///
/// ```
/// use whosaid_nlp::SentenceSplitter;
///
/// let splitter = SentenceSplitter::builder().abbreviation("Approx").title("Supt").build();
/// let text = "Det. Supt. Ann Lee spoke. It ended.";
/// assert_eq!(splitter.split(text).count(), 2);
/// ```
#[derive(Clone, Debug, Default)]
pub struct SentenceSplitterBuilder {
    titles: Vec<String>,
    general: Vec<String>,
}

impl SentenceSplitterBuilder {
    /// A builder with the built-in lists only.
    pub fn new() -> SentenceSplitterBuilder {
        SentenceSplitterBuilder::default()
    }

    /// Adds an abbreviation that may end a sentence (`Inc.`), given with or
    /// without its final dot. It ends one when the next word usually starts
    /// a sentence (`The`, `He`, `But`, ...). By default only the built-in
    /// list is used.
    pub fn abbreviation(&mut self, word: &str) -> &mut SentenceSplitterBuilder {
        self.general.push(normalise_abbreviation(word));
        self
    }

    /// Adds an abbreviation that always precedes something (a title such as
    /// `Sen.`) and so never ends a sentence.
    pub fn title(&mut self, word: &str) -> &mut SentenceSplitterBuilder {
        self.titles.push(normalise_abbreviation(word));
        self
    }

    /// Builds the splitter.
    pub fn build(&self) -> SentenceSplitter {
        let titles = TITLES
            .iter()
            .map(|w| w.to_string())
            .chain(self.titles.iter().cloned())
            .collect();
        let general = GENERAL
            .iter()
            .map(|w| w.to_string())
            .chain(self.general.iter().cloned())
            .collect();
        SentenceSplitter { titles, general }
    }
}

fn normalise_abbreviation(word: &str) -> String {
    word.trim().trim_end_matches('.').to_ascii_lowercase()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AbbreviationClass {
    Title,
    General,
}

/// Iterator over the sentences of a text, created by [`SentenceSplitter::split`].
#[derive(Clone, Debug)]
pub struct Sentences<'s, 't> {
    splitter: &'s SentenceSplitter,
    text: &'t str,
    start: usize,
    paragraph: usize,
    lines_are_paragraphs: bool,
}

impl Iterator for Sentences<'_, '_> {
    type Item = Sentence;

    fn next(&mut self) -> Option<Sentence> {
        if self.start >= self.text.len() {
            return None;
        }
        let (end, paragraph_break) = self
            .next_boundary(self.start)
            .unwrap_or((self.text.len(), false));
        let end = grapheme_boundary(self.text, end, self.start);
        let sentence = Sentence {
            span: Span::new(self.start, end),
            paragraph: self.paragraph,
        };
        self.start = end;
        if paragraph_break {
            self.paragraph += 1;
        }
        Some(sentence)
    }
}

/// Bytes worth a closer look: sentence terminators, line breaks, and the
/// lead byte of `…` (U+2026).
const fn candidate_table() -> [bool; 256] {
    let mut table = [false; 256];
    table[b'.' as usize] = true;
    table[b'?' as usize] = true;
    table[b'!' as usize] = true;
    table[b'\n' as usize] = true;
    table[0xE2] = true;
    table
}
static CANDIDATE: [bool; 256] = candidate_table();

impl Sentences<'_, '_> {
    /// The end of the sentence that starts at `start` (after its trailing
    /// whitespace) and whether a paragraph break follows it; `None` when it
    /// runs to the end of the text.
    fn next_boundary(&self, start: usize) -> Option<(usize, bool)> {
        let bytes = self.text.as_bytes();
        let list = ListItem::at(self.text, start, self.lines_are_paragraphs);
        let mut i = start;
        loop {
            while i < bytes.len() && !CANDIDATE[bytes[i] as usize] {
                i += 1;
            }
            if let Some(next_item) = list.as_ref().and_then(|l| l.next_item)
                && i >= next_item
            {
                return Some((next_item, false));
            }
            if i >= bytes.len() {
                return None;
            }
            match bytes[i] {
                b'\n' => {
                    let (ws_end, paragraph_break) = self.whitespace_run(i);
                    let empty_so_far = bytes[start..i].iter().all(u8::is_ascii_whitespace);
                    if !empty_so_far
                        && (paragraph_break || heading_line_ends(self.text, start, i, ws_end))
                    {
                        return Some((ws_end, true));
                    }
                    i = ws_end.max(i + 1);
                }
                0xE2 if !bytes[i..].starts_with("…".as_bytes()) => i += 1,
                _ => match self.terminator(start, i, list.as_ref()) {
                    Decision::Boundary(end, paragraph_break) => {
                        return Some((end, paragraph_break));
                    }
                    Decision::Continue(next) => i = next,
                },
            }
        }
    }

    /// The end of the whitespace run starting at `i`, and whether it holds a
    /// paragraph break.
    fn whitespace_run(&self, i: usize) -> (usize, bool) {
        let bytes = self.text.as_bytes();
        let mut j = i;
        let mut newlines = 0;
        while j < bytes.len() {
            match bytes[j] {
                b'\n' => newlines += 1,
                b' ' | b'\t' | b'\r' | 0x0B | 0x0C => {}
                0xC2 if bytes.get(j + 1) == Some(&0xA0) => j += 1,
                _ => break,
            }
            j += 1;
        }
        let paragraph_break = newlines >= 2 || (newlines == 1 && self.lines_are_paragraphs);
        (j, paragraph_break)
    }

    /// Decides whether the terminator at byte `i` ends the sentence begun at
    /// `start`.
    fn terminator(&self, start: usize, i: usize, list: Option<&ListItem>) -> Decision {
        let text = self.text;
        let bytes = text.as_bytes();

        // 1. The run of terminators: `.`, `?!`, `...`, `…`, `. . .`.
        let mut j = i;
        let mut dots = 0;
        let mut exclaims = false;
        let mut spaced = false;
        while j < bytes.len() {
            match bytes[j] {
                b'.' => dots += 1,
                b'?' | b'!' => exclaims = true,
                b' ' if dots > 0 && bytes.get(j + 1) == Some(&b'.') => spaced = true,
                0xE2 if bytes[j..].starts_with("…".as_bytes()) => {
                    dots += 3;
                    j += 2;
                }
                _ => break,
            }
            j += 1;
        }
        let run_end = j;

        // 2. Closing quotation marks and brackets.
        let close_end = skip_closers(bytes, run_end);

        // 3. Whitespace; a terminator glued to the next word ends nothing
        // (`3.5`, `U.S.A`, `example.com`, `Jr.'s`, `mean...see`), unless
        // a lower-case word ends a sentence and a capitalised one opens the
        // next (`Trump said.Trump claimed`).
        let (ws_end, paragraph_break) = self.whitespace_run(close_end);
        if ws_end == close_end
            && ws_end < bytes.len()
            && glued_sentences(text, start, i, run_end, close_end)
        {
            return Decision::Boundary(close_end, false);
        }
        if ws_end == close_end || ws_end == bytes.len() {
            return Decision::Continue(close_end.max(i + 1));
        }
        if paragraph_break {
            return Decision::Boundary(ws_end, true);
        }
        let next = NextWord::at(text, ws_end);
        let quoted = close_end > run_end && !matches!(bytes[run_end], b')' | b']' | b'}');
        // A full stop closing a quotation inside the writer's sentence
        // (`Roe called it “unacceptable.” Park wrote …`) ends that
        // sentence; one closing a quotation that opened it may still be
        // followed by its tag (`“It is over.” Park said.`).
        let tag_may_follow = || {
            // (Looked for within a bounded window, so that a sentence of
            // many quotations stays linear.)
            let mut from = start.max(i.saturating_sub(MAX_QUOTATION_LOOKBACK));
            while !text.is_char_boundary(from) {
                from += 1;
            }
            exclaims || quotation_opens_sentence(&text[from..i])
        };
        if quoted && tag_may_follow() && speech_tag_follows(&text[ws_end..], exclaims) {
            // `“Why?” Trump asked.`: the speech tag belongs to the sentence.
            return Decision::Continue(close_end);
        }
        if text[ws_end..].starts_with(['—', '–']) {
            // `“Enough.” — Jane Roe`: a dash attribution belongs to the sentence.
            return Decision::Continue(close_end);
        }

        if dots >= 2 || (dots == 1 && spaced) {
            // Ellipses: three dots mark an omission inside a sentence; a
            // fourth is the sentence's own full stop.
            if dots < 4 || next.class != CharClass::Upper {
                return Decision::Continue(close_end);
            }
            let attached = i > 0 && bytes[i - 1].is_ascii_alphanumeric();
            if attached && spaced && bytes[i + 1] == b' ' {
                // `compounds. . . . The`: the word's own period ends it and
                // the ellipsis opens the next sentence.
                return Decision::Boundary(i + 2, false);
            }
            return Decision::Boundary(ws_end, false);
        }
        if exclaims || dots == 0 {
            // `?`, `!` and mixtures: `Yahoo! in` and `“Why?” she asked` go on.
            return if next.class == CharClass::Lower {
                Decision::Continue(close_end)
            } else {
                Decision::Boundary(ws_end, false)
            };
        }

        // A single period: look at the word it ends.
        let word_start = word_start(text, i).max(start);
        let word = trim_openers(&text[word_start..i]);
        let ends = match self.classify_word(word) {
            _ if list.is_some_and(|l| l.marker_dot == Some(i)) => false,
            WordClass::Title => false,
            WordClass::Initial => {
                // `plan B. Then`: an initial ends a sentence only after a
                // plain lower-case word; after a name (`John F. Kennedy`),
                // punctuation (`,” C. Stewart Verdery said`), a verb of
                // speech or `by` (`said C. Stewart Verdery`) it opens a
                // name.
                let previous = previous_word(text, word_start, start);
                let after_word = previous.is_some_and(|p| {
                    p.chars().next().is_some_and(char::is_lowercase)
                        && p.chars().next_back().is_some_and(char::is_alphanumeric)
                        && p != "by"
                        && !crate::cues::cue_lemma(p)
                            .is_some_and(|(_, kind)| kind == whosaid_core::CueKind::Speech)
                });
                // (`hedge fund manager S. Donald Sussman`: a given name and
                // a surname after the initial go on with it.)
                let name_follows = || {
                    let rest = text[ws_end..].trim_start();
                    crate::first_names::first_name_is_female(next.word).is_some()
                        && rest.starts_with(next.word)
                        && rest[next.word.len()..]
                            .strip_prefix(' ')
                            .and_then(|after| after.chars().next())
                            .is_some_and(char::is_uppercase)
                };
                next.class == CharClass::Upper
                    && (after_word || previous == Some("I"))
                    && !name_follows()
            }
            WordClass::LowerLetter => false,
            // (`no.` abbreviates a number only before one: `said no. Sen.
            // Roe …` ends a sentence, `No. 10` does not.)
            WordClass::Abbreviation
                if word.eq_ignore_ascii_case("no") && next.class != CharClass::Digit =>
            {
                !matches!(next.class, CharClass::Lower | CharClass::Digit)
            }
            WordClass::Abbreviation => {
                next.starts_sentence() && !prepositional_fragment(&text[start..word_start])
            }
            WordClass::Number | WordClass::Word => {
                !matches!(next.class, CharClass::Lower | CharClass::Digit)
            }
        };
        if ends {
            Decision::Boundary(ws_end, false)
        } else {
            Decision::Continue(close_end)
        }
    }

    fn classify_word(&self, word: &str) -> WordClass {
        let bytes = word.as_bytes();
        match bytes {
            [] => return WordClass::Word,
            [c] if c.is_ascii_uppercase() => return WordClass::Initial,
            [c] if c.is_ascii_lowercase() => return WordClass::LowerLetter,
            _ => {}
        }
        match self.splitter.abbreviation(word) {
            Some(AbbreviationClass::Title) => return WordClass::Title,
            Some(AbbreviationClass::General) => return WordClass::Abbreviation,
            None => {}
        }
        // `then-Gov.`, `ex-Sen.`: a title after a prefix; `(D-Ore.)`, a
        // party and a state after a lawmaker's name, which may end a
        // sentence as any abbreviation may (`…,” said Maria Lopez, D-Fla.
        // “Our people …`).
        if let Some((prefix, title)) = word.rsplit_once('-') {
            let class = self.splitter.abbreviation(title);
            let party = matches!(prefix.as_bytes(), [p] if p.is_ascii_uppercase());
            if class == Some(AbbreviationClass::Title) {
                return WordClass::Title;
            }
            if party && class.is_some() {
                return WordClass::Abbreviation;
            }
        }
        if bytes[0].is_ascii_digit() || (bytes[0] == b'$' && bytes.len() > 1) {
            return WordClass::Number;
        }
        // `U.S`, `a.m`, `Ph.D`, `D.C`: letters in groups of one or two
        // separated by periods, after a prefix too (`then-U.S`, `ex-U.S`).
        let dotted = word.rsplit_once('-').map_or(word, |(_, last)| last);
        if dotted.contains('.')
            && dotted
                .split('.')
                .all(|g| (1..=2).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_alphabetic()))
        {
            return WordClass::Abbreviation;
        }
        WordClass::Word
    }
}

enum Decision {
    /// The sentence ends at this byte; a paragraph break follows or not.
    Boundary(usize, bool),
    /// Not a boundary; resume scanning here.
    Continue(usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum WordClass {
    Title,
    Initial,
    LowerLetter,
    Abbreviation,
    Number,
    Word,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CharClass {
    Upper,
    Lower,
    Digit,
    Other,
}

/// The word after a candidate boundary, past any opening punctuation.
struct NextWord<'t> {
    class: CharClass,
    word: &'t str,
}

impl<'t> NextWord<'t> {
    fn at(text: &'t str, from: usize) -> NextWord<'t> {
        let rest = &text[from..];
        let trimmed = rest.trim_start_matches(['"', '\'', '“', '‘', '«', '(', '[', '„']);
        let class = match trimmed.chars().next() {
            Some(c) if c.is_uppercase() => CharClass::Upper,
            Some(c) if c.is_lowercase() => CharClass::Lower,
            Some(c) if c.is_numeric() => CharClass::Digit,
            _ => CharClass::Other,
        };
        let len = trimmed
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(trimmed.len());
        NextWord {
            class,
            word: &trimmed[..len],
        }
    }

    fn starts_sentence(&self) -> bool {
        SENTENCE_STARTERS.binary_search(&self.word).is_ok()
    }
}

/// A list item opening a sentence: `1.`, `2.)`, `3)`, `a.`, after an
/// optional bullet. The sentence runs until the next item at most.
struct ListItem {
    /// The byte of the marker's period, which must not end the sentence.
    marker_dot: Option<usize>,
    /// Where the next item of the same list starts, if it is in the paragraph.
    next_item: Option<usize>,
}

const BULLETS: &[char] = &['•', '⁃', '‣', '◦', '▪', '·', '*', '-'];

impl ListItem {
    fn at(text: &str, start: usize, lines_are_paragraphs: bool) -> Option<ListItem> {
        let rest = &text[start..];
        let content = rest.trim_start();
        let offset = start + (rest.len() - content.len());
        let bullet = content.chars().next().filter(|&c| {
            BULLETS.contains(&c) && (!c.is_ascii() || content[1..].starts_with([' ', '\t']))
        });
        let after_bullet = match bullet {
            Some(b) => content[b.len_utf8()..].trim_start(),
            None => content,
        };
        let marker_at = offset + (content.len() - after_bullet.len());
        let label_len = after_bullet
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(after_bullet.len());
        let label = &after_bullet[..label_len];
        let is_number = (1..=3).contains(&label.len()) && label.bytes().all(|b| b.is_ascii_digit());
        let is_letter = label.len() == 1 && label.as_bytes()[0].is_ascii_lowercase();
        let delimiter = [".)", ")", "."]
            .into_iter()
            .find(|d| after_bullet[label_len..].starts_with(d))
            .filter(|d| {
                let after = &after_bullet[label_len + d.len()..];
                (is_number || is_letter) && after.starts_with([' ', '\t'])
            });
        let Some(delimiter) = delimiter else {
            // Not a list marker; still a list item if a bullet says so.
            let bullet = bullet?;
            let paragraph_end = paragraph_end(text, offset, lines_are_paragraphs);
            return Some(ListItem {
                marker_dot: None,
                next_item: find_bullet(text, offset, paragraph_end, bullet),
            });
        };
        let paragraph_end = paragraph_end(text, offset, lines_are_paragraphs);
        let next_item = match bullet {
            Some(b) => find_bullet(text, offset, paragraph_end, b),
            None => {
                let successor = if is_number {
                    (label.parse::<u32>().ok()? + 1).to_string()
                } else {
                    ((label.as_bytes()[0] + 1) as char).to_string()
                };
                let pattern = format!("{successor}{delimiter}");
                let search_from = marker_at + label_len;
                text[search_from..paragraph_end]
                    .match_indices(&pattern)
                    .map(|(k, _)| search_from + k)
                    .find(|&k| {
                        text.as_bytes()[k - 1].is_ascii_whitespace()
                            && text[k + pattern.len()..].starts_with([' ', '\t'])
                    })
            }
        };
        let marker_dot = delimiter.starts_with('.').then_some(marker_at + label_len);
        Some(ListItem {
            marker_dot,
            next_item,
        })
    }
}

fn find_bullet(text: &str, from: usize, to: usize, bullet: char) -> Option<usize> {
    let first = from + text[from..].chars().next()?.len_utf8();
    text[first..to]
        .match_indices(bullet)
        .map(|(k, _)| first + k)
        .find(|&k| text.as_bytes()[k - 1].is_ascii_whitespace())
}

fn paragraph_end(text: &str, from: usize, lines_are_paragraphs: bool) -> usize {
    let rest = &text[from..];
    let found = if lines_are_paragraphs {
        rest.find('\n')
    } else {
        let bytes = rest.as_bytes();
        let mut k = 0;
        let mut found = None;
        while let Some(n) = rest[k..].find('\n') {
            let after = k + n + 1;
            let next_line = bytes[after..]
                .iter()
                .position(|&b| !matches!(b, b' ' | b'\t' | b'\r'))
                .map(|p| after + p);
            if next_line.is_none_or(|p| bytes[p] == b'\n') {
                found = Some(k + n);
                break;
            }
            k = after;
        }
        found
    };
    found.map_or(text.len(), |n| from + n)
}

/// Whether the terminators at `i..run_end`, closed up to `close_end`,
/// end a sentence glued to the next (`said.Trump`, `voters!”After`): a
/// word of two or more lower-case letters before, one full stop or marks
/// of exclamation or question, and a capitalised word after.
fn glued_sentences(text: &str, start: usize, i: usize, run_end: usize, close_end: usize) -> bool {
    let bytes = text.as_bytes();
    let word = &bytes[word_start(text, i).max(start)..i];
    let lower_word = word.len() >= 2 && word.iter().all(u8::is_ascii_lowercase);
    let one_stop = run_end - i == 1 || bytes[i..run_end].iter().all(|b| matches!(b, b'!' | b'?'));
    let mut next = text[close_end..].chars();
    let capitalised =
        next.next().is_some_and(char::is_uppercase) && next.next().is_some_and(char::is_lowercase);
    lower_word && one_stop && capitalised
}

/// Whether the line break at `newline` ends a heading set on a line of
/// its own, in a text whose paragraphs are parted by blank lines: the
/// line ends in a semicolon (`Clinton leads in Iowa;`) or is in title
/// case (`Sanders Wins Minnesota Caucuses`), and the line after opens
/// with a capital (`Sanders Wins Minnesota Caucuses\nThe senator …`). A
/// line wrapped inside a sentence has lower-case words.
fn heading_line_ends(text: &str, start: usize, newline: usize, next: usize) -> bool {
    if !text[next..].chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let line_start = text[..newline].rfind('\n').map_or(0, |n| n + 1).max(start);
    let line = text[line_start..newline].trim_end();
    if line.ends_with(';') {
        return true;
    }
    let mut capitalised = 0;
    for word in line.split_whitespace() {
        let mut letters = word.chars().skip_while(|c| !c.is_alphanumeric());
        let Some(first) = letters.next() else {
            continue;
        };
        match first.is_lowercase() {
            // (`a`, `of`, `the`: short function words stay in lower case.)
            true if word.len() >= 4 => return false,
            true => {}
            false => capitalised += usize::from(first.is_uppercase()),
        }
    }
    capitalised >= 3 && !line.ends_with(',')
}

/// How many characters a line of hard-wrapped text holds at most; wrapped
/// text keeps to 72 or 80.
const MAX_WRAPPED_LINE_CHARS: usize = 120;

/// How many words make a long line prose rather than a link or a code.
const MIN_PROSE_LINE_WORDS: usize = 12;

/// Whether `text` is hard-wrapped: it has blank lines between paragraphs,
/// and every line of prose is short enough to be a wrapped one. (A longer
/// one is a whole paragraph, and the single line breaks part paragraphs; a
/// long link on a line of its own says nothing.)
fn is_hard_wrapped(text: &str) -> bool {
    has_blank_line(text.as_bytes())
        && text.lines().all(|line| {
            line.len() <= MAX_WRAPPED_LINE_CHARS
                || line.chars().count() <= MAX_WRAPPED_LINE_CHARS
                || line
                    .split_whitespace()
                    .nth(MIN_PROSE_LINE_WORDS - 1)
                    .is_none()
        })
}

fn has_blank_line(bytes: &[u8]) -> bool {
    let mut after_newline = false;
    for &b in bytes {
        match b {
            b'\n' if after_newline => return true,
            b'\n' => after_newline = true,
            b' ' | b'\t' | b'\r' => {}
            _ => after_newline = false,
        }
    }
    false
}

/// Skips closing quotation marks and brackets after a terminator. A quote
/// mark glued to a following letter opens the next sentence instead.
fn skip_closers(bytes: &[u8], mut j: usize) -> usize {
    loop {
        let len = match bytes.get(j..) {
            Some([b'"' | b'\'', next, ..]) if next.is_ascii_alphanumeric() => return j,
            Some([b'"' | b'\'' | b')' | b']' | b'}', ..]) => 1,
            // ” ’ (E2 80 9D, E2 80 99) and » (C2 BB)
            Some([0xE2, 0x80, 0x9D | 0x99, ..]) => 3,
            Some([0xC2, 0xBB, ..]) => 2,
            _ => return j,
        };
        j += len;
    }
}

/// Start of the whitespace-delimited word that ends at byte `end`, looking
/// back at most 64 bytes.
fn word_start(text: &str, end: usize) -> usize {
    let bytes = text.as_bytes();
    let mut floor = end.saturating_sub(64);
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    let mut k = end;
    while k > floor && !bytes[k - 1].is_ascii_whitespace() {
        k -= 1;
    }
    while !text.is_char_boundary(k) {
        k += 1;
    }
    k
}

/// Whether `rest` opens with a speech tag: up to four capitalised words
/// (a name, with titles and initials), maybe with an appositive between
/// commas, or a pronoun, then a verb of speech (`Trump asked,`, `Sen. Ida
/// Vance said at a rally`, `Jo Park, an aide, said.`). After a pronoun the
/// verb must end the tag: `He said the plan …` is a sentence of its own.
/// After a question or exclamation mark, which end no sentence before a
/// lower-case word, the subject may also be a noun phrase (`the aide
/// said`, `Roe’s aide, Jo Park, said`).
fn speech_tag_follows(rest: &str, after_question: bool) -> bool {
    let mut names = 0;
    let mut pronoun_subject = false;
    let mut in_appositive = false;
    // Lower-case words of a noun-phrase subject, its determiner included
    // (`the senator`, `Roe’s aide`).
    let mut subject_words = 0;
    let mut possessor = false;
    let mut words = rest.split_whitespace().take(16).peekable();
    // (Words read so far: the tail after the verb is read from the whole
    // rest, past the window that finds the verb.)
    let mut read = 0;
    while let Some(word) = words.next() {
        read += 1;
        let bare = word.trim_end_matches([',', ';', ':', '.']);
        if in_appositive {
            in_appositive = !word.ends_with(',');
            continue;
        }
        let pronoun = ["he", "she", "they", "we", "i"]
            .iter()
            .any(|p| bare.eq_ignore_ascii_case(p));
        let lower = bare.starts_with(char::is_lowercase);
        // A tag's verb is finite: `He’s predicting …` opens a sentence.
        let verb = lower
            && !bare.ends_with("ing")
            && matches!(cue_lemma(bare), Some((_, CueKind::Speech)));
        if names == 0 && pronoun {
            names = 1;
            pronoun_subject = true;
        } else if bare.starts_with(char::is_uppercase) && names < 4 {
            names += 1;
            possessor = bare.ends_with("’s") || bare.ends_with("'s");
            // `Jo Park, an aide to the mayor, said`
            in_appositive = word.ends_with(',');
        } else if after_question && names + subject_words == 0 && ["the", "a", "an"].contains(&bare)
        {
            subject_words = 1;
        } else if after_question
            && (subject_words > 0 || possessor)
            && lower
            && !verb
            && subject_words < 3
        {
            // `Roe’s aide, Jo Park, said`: plain words; one closing a
            // clause (`the crowd.`) ends the search.
            if !bare.bytes().all(|b| b.is_ascii_lowercase())
                || bare.len() < word.len() && !word.ends_with(',')
            {
                return false;
            }
            subject_words += 1;
            in_appositive = word.ends_with(',');
        } else {
            if verb && word.ends_with(':') {
                // `Editor’s note:` introduces what follows.
                return false;
            }
            let ends = bare.len() < word.len();
            // `Trump went on.`, `she shot back,`
            let phrasal = lower
                && words.peek().is_some_and(|next| {
                    let particle = next.trim_end_matches([',', ';', ':', '.']);
                    particle.len() < next.len() && phrasal_cue_lemma(bare, particle).is_some()
                });
            // After a name, a short circumstance may close the tag (`said
            // at a rally.`), but not a clause (`said Sunday that …`, `said
            // the real culprit is Roe.`).
            let short_tail = || {
                for word in rest.split_whitespace().skip(read).take(8) {
                    let bare = word.trim_end_matches(['.', ',']);
                    if bare.len() < word.len() {
                        return !CLAUSE_VERBS.contains(&bare);
                    }
                    if bare.eq_ignore_ascii_case("that") || CLAUSE_VERBS.contains(&bare) {
                        return false;
                    }
                }
                false
            };
            let tag = ends || (!pronoun_subject && short_tail());
            return names + subject_words > 0 && ((verb && tag) || phrasal);
        }
    }
    false
}

/// Finite verbs that make the words after a speech verb a clause of their
/// own (`said the real culprit is Roe`), not a circumstance of the tag.
const CLAUSE_VERBS: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
    "may", "might", "must",
];

/// Most bytes looked back for the opening mark of a quotation closed by
/// a full stop.
const MAX_QUOTATION_LOOKBACK: usize = 2048;

/// Whether the quotation still open at the end of `sentence` opened it:
/// no words of the writer's stand before its opening mark.
fn quotation_opens_sentence(sentence: &str) -> bool {
    let Some(open) = sentence.rfind(['“', '"', '«']) else {
        return true;
    };
    !sentence[..open].chars().any(char::is_alphanumeric)
}

/// Prepositions that can open a sentence with a time or place.
const PREPOSITIONS: &[&str] = &[
    "About", "After", "Around", "At", "Before", "By", "From", "In", "On", "Since", "Until",
];

/// Whether `before` (the sentence up to an abbreviation) is only a
/// preposition and a word or two, as in `At 5 a.m.`: a fragment, not a
/// sentence, so the abbreviation does not end it.
fn prepositional_fragment(before: &str) -> bool {
    let mut words = before.split_whitespace();
    let first = words.next().map(trim_openers);
    first.is_some_and(|w| PREPOSITIONS.contains(&w)) && words.count() <= 1
}

/// The word before the one starting at `word_start`, if it is in the
/// sentence begun at `sentence_start`.
fn previous_word(text: &str, word_start: usize, sentence_start: usize) -> Option<&str> {
    let before = text[sentence_start..word_start].trim_end();
    let start = before
        .char_indices()
        .rfind(|(_, c)| c.is_whitespace())
        .map_or(0, |(k, c)| k + c.len_utf8());
    let word = trim_openers(&before[start..]);
    (!word.is_empty()).then_some(word)
}

fn trim_openers(word: &str) -> &str {
    word.trim_start_matches(['"', '\'', '“', '‘', '«', '(', '[', '„'])
}

/// `at` if it is a grapheme cluster boundary; otherwise the boundary before
/// it (so that a combining mark after a space stays with what follows), or
/// the one after it when the one before is not past `floor`.
fn grapheme_boundary(text: &str, at: usize, floor: usize) -> usize {
    if at >= text.len() {
        return text.len();
    }
    let mut cursor = GraphemeCursor::new(at, text.len(), true);
    if let Ok(true) = cursor.is_boundary(text, 0) {
        return at;
    }
    if let Ok(Some(before)) = cursor.prev_boundary(text, 0)
        && before > floor
    {
        return before;
    }
    let mut cursor = GraphemeCursor::new(at, text.len(), true);
    cursor
        .next_boundary(text, 0)
        .ok()
        .flatten()
        .unwrap_or(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        SentenceSplitter::new()
            .split(text)
            .map(|s| text[s.span].trim())
            .collect()
    }

    #[test]
    fn starters_are_sorted_for_binary_search() {
        assert!(SENTENCE_STARTERS.windows(2).all(|w| w[0] < w[1]));
    }

    /// One case a line: text, then the sentences expected.
    #[test]
    fn table_of_cases() {
        let cases: &[(&str, &[&str])] = &[
            // plain terminators
            (
                "The vote failed. Lawmakers left.",
                &["The vote failed.", "Lawmakers left."],
            ),
            ("Who knew? Nobody did!", &["Who knew?", "Nobody did!"]),
            ("Really?! Yes.", &["Really?!", "Yes."]),
            // titles and prepositive abbreviations
            (
                "Sen. Ada Stone and Gov. Tim Reyes met Dr. Ng.",
                &["Sen. Ada Stone and Gov. Tim Reyes met Dr. Ng."],
            ),
            (
                "It sits near Mt. Rainier on St. Paul Ave. in town.",
                &["It sits near Mt. Rainier on St. Paul Ave. in town."],
            ),
            (
                "Sen. Jo Park (D-Ore.) Sunday said no. The bill (H.R. 5) passed.",
                &[
                    "Sen. Jo Park (D-Ore.) Sunday said no.",
                    "The bill (H.R. 5) passed.",
                ],
            ),
            // (A party and state closing a tag may end its sentence.)
            (
                "“No,” said Rep. Jo Park, D-Fla. “We need more.”",
                &["“No,” said Rep. Jo Park, D-Fla.", "“We need more.”"],
            ),
            (
                "Park said no. Sen. Roe said yes. It was No. 1 in the polls.",
                &[
                    "Park said no.",
                    "Sen. Roe said yes.",
                    "It was No. 1 in the polls.",
                ],
            ),
            (
                "He lives at No. 10 Downing Street.",
                &["He lives at No. 10 Downing Street."],
            ),
            // months, times, states
            (
                "The riot on Jan. 6 shocked many.",
                &["The riot on Jan. 6 shocked many."],
            ),
            (
                "They meet at 5 p.m. Monday in Austin.",
                &["They meet at 5 p.m. Monday in Austin."],
            ),
            (
                "It starts at 9 a.m. The doors open early.",
                &["It starts at 9 a.m.", "The doors open early."],
            ),
            (
                "She grew up in Fresno, Calif. Her father farmed.",
                &["She grew up in Fresno, Calif.", "Her father farmed."],
            ),
            (
                "He moved to Dallas, Tex. in 1990.",
                &["He moved to Dallas, Tex. in 1990."],
            ),
            // multi-period abbreviations
            (
                "U.S.-China ties are strained. Talks resume.",
                &["U.S.-China ties are strained.", "Talks resume."],
            ),
            (
                "The fund's manager S. Donald Sussman gave $19 million. He gave more.",
                &[
                    "The fund's manager S. Donald Sussman gave $19 million.",
                    "He gave more.",
                ],
            ),
            (
                "He met then-U.S. Energy Secretary Jo Roe. She left.",
                &["He met then-U.S. Energy Secretary Jo Roe.", "She left."],
            ),
            (
                "The U.S. Senate voted. It passed.",
                &["The U.S. Senate voted.", "It passed."],
            ),
            (
                "Aid went to the U.S. But it was late.",
                &["Aid went to the U.S.", "But it was late."],
            ),
            (
                "She holds a Ph.D. in physics.",
                &["She holds a Ph.D. in physics."],
            ),
            (
                "Acme Inc. said profits rose. Acme Inc. The maker of anvils grew.",
                &[
                    "Acme Inc. said profits rose.",
                    "Acme Inc.",
                    "The maker of anvils grew.",
                ],
            ),
            // initials
            (
                "John F. Kennedy spoke. F. Scott Fitzgerald wrote.",
                &["John F. Kennedy spoke.", "F. Scott Fitzgerald wrote."],
            ),
            (
                "They chose plan B. Then they waited.",
                &["They chose plan B.", "Then they waited."],
            ),
            // a sentence glued to the next, but not a web address
            (
                "Trump said.Trump claimed he knew. See www.example.Com today.",
                &[
                    "Trump said.",
                    "Trump claimed he knew.",
                    "See www.example.Com today.",
                ],
            ),
            (
                "“It works,” said C. Stewart Verdery, a lawyer. The art is by J. Doe.",
                &[
                    "“It works,” said C. Stewart Verdery, a lawyer.",
                    "The art is by J. Doe.",
                ],
            ),
            // a tag after a question, with a long appositive and a long
            // circumstance
            (
                "“Why act?” Jo Park, an adviser on trade and homeland security, said at a Post summit on jobs Thursday. It ended.",
                &[
                    "“Why act?” Jo Park, an adviser on trade and homeland security, said at a Post summit on jobs Thursday.",
                    "It ended.",
                ],
            ),
            // numbers
            (
                "Prices rose 3.5 percent. Wages fell 1.2 percent.",
                &["Prices rose 3.5 percent.", "Wages fell 1.2 percent."],
            ),
            (
                "It cost $4.99. Nobody paid.",
                &["It cost $4.99.", "Nobody paid."],
            ),
            // quotes and brackets at the end
            (
                "The meetings were “candid,” the State Department said. Talks end Monday.",
                &[
                    "The meetings were “candid,” the State Department said.",
                    "Talks end Monday.",
                ],
            ),
            (
                "“We will win.” Then he left.",
                &["“We will win.”", "Then he left."],
            ),
            ("“Why now?” she asked.", &["“Why now?” she asked."]),
            // a full stop closing a quotation inside the writer's sentence
            // ends it, a tag or not after it
            (
                "Roe called the lines “unacceptable.” Mayor Jo Park wrote a letter.",
                &[
                    "Roe called the lines “unacceptable.”",
                    "Mayor Jo Park wrote a letter.",
                ],
            ),
            ("“It is over.” Park said.", &["“It is over.” Park said."]),
            (
                "“It is over.” Park said at a rally.",
                &["“It is over.” Park said at a rally."],
            ),
            // A clause after the verb opens a sentence of its own.
            (
                "“It is over.” Park said the real culprit is Roe, and left.",
                &[
                    "“It is over.”",
                    "Park said the real culprit is Roe, and left.",
                ],
            ),
            (
                "“Why now?” Sen. Ida Vance asked.",
                &["“Why now?” Sen. Ida Vance asked."],
            ),
            ("“Stop!” Then he left.", &["“Stop!”", "Then he left."]),
            ("“Enough.” — Jane Roe", &["“Enough.” — Jane Roe"]),
            (
                "Roe says “we won.” She’s predicting a “big, big” win.",
                &["Roe says “we won.”", "She’s predicting a “big, big” win."],
            ),
            (
                "“We won.” Editor’s note: The race was close.",
                &["“We won.”", "Editor’s note: The race was close."],
            ),
            (
                "He said 'no.' Then he left.",
                &["He said 'no.'", "Then he left."],
            ),
            (
                "(The office declined to comment.) The case goes on.",
                &["(The office declined to comment.)", "The case goes on."],
            ),
            (
                "It works at Yahoo! in the valley.",
                &["It works at Yahoo! in the valley."],
            ),
            // ellipses
            ("I wonder... maybe not.", &["I wonder... maybe not."]),
            ("I wonder…. Then I knew.", &["I wonder….", "Then I knew."]),
            // emails and URLs
            (
                "Write to news.desk@example.org. We reply.",
                &["Write to news.desk@example.org.", "We reply."],
            ),
            (
                "See www.example.com/a.html for details.",
                &["See www.example.com/a.html for details."],
            ),
            // news layout
            (
                "WASHINGTON (AP) — The Senate adjourned. Members flew home.",
                &[
                    "WASHINGTON (AP) — The Senate adjourned.",
                    "Members flew home.",
                ],
            ),
            (
                "ST. LOUIS (AP) — Rain fell.",
                &["ST. LOUIS (AP) — Rain fell."],
            ),
            (
                "Senate adjourns early\n\nBy Jane Roe\n\nThe Senate adjourned.",
                &[
                    "Senate adjourns early",
                    "By Jane Roe",
                    "The Senate adjourned.",
                ],
            ),
            (
                "Headline without period\nThe story starts here.",
                &["Headline without period", "The story starts here."],
            ),
            // a heading on a line of its own, in a text with blank lines
            (
                "Intro.\n\nSanders Wins Big in Minnesota\nThe senator won.",
                &[
                    "Intro.",
                    "Sanders Wins Big in Minnesota",
                    "The senator won.",
                ],
            ),
            (
                "Intro.\n\nClinton leads in Iowa; \nSanders gains in polls\n\nEnd.",
                &[
                    "Intro.",
                    "Clinton leads in Iowa;",
                    "Sanders gains in polls",
                    "End.",
                ],
            ),
            // a line wrapped inside a sentence goes on
            (
                "Intro.\n\nThe minister told Jo Park And\nThe Senate adjourned.",
                &[
                    "Intro.",
                    "The minister told Jo Park And\nThe Senate adjourned.",
                ],
            ),
            // lists
            (
                "1. Eggs 2. Milk 3. Bread",
                &["1. Eggs", "2. Milk", "3. Bread"],
            ),
            ("a) red b) blue", &["a) red", "b) blue"]),
            ("• Eggs • Milk", &["• Eggs", "• Milk"]),
            (
                "Buy:\n\n1. Eggs\n2. Milk\n\nDone.",
                &["Buy:", "1. Eggs", "2. Milk", "Done."],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(&split(text), expected, "text: {text:?}");
        }
    }

    #[test]
    fn hard_wrapped_lines_join_when_blank_lines_separate_paragraphs() {
        let text = "The minister said the\nplan would pass.\n\nIt did not.";
        assert_eq!(
            split(text),
            ["The minister said the\nplan would pass.", "It did not."]
        );
        let paragraphs: Vec<usize> = SentenceSplitter::new()
            .split(text)
            .map(|s| s.paragraph)
            .collect();
        assert_eq!(paragraphs, [0, 1]);
    }

    #[test]
    fn a_line_longer_than_a_wrapped_one_makes_line_breaks_paragraph_breaks() {
        // Web text with a blank line somewhere: its single line breaks part
        // paragraphs, even after an abbreviation.
        let long_line = format!("Cruz said{} it must stop at the U.S.", " again".repeat(20));
        let text = format!("Live updates:\n\n{long_line}\nChris Christie agreed.");
        assert_eq!(
            split(&text),
            [
                "Live updates:",
                long_line.as_str(),
                "Chris Christie agreed."
            ]
        );
    }

    #[test]
    fn a_long_link_leaves_hard_wrapped_text_hard_wrapped() {
        let link = format!("https://example.com/{}", "a".repeat(150));
        let text = format!("The minister said the\nplan would pass.\n\n{link}\n\nIt did not.");
        assert_eq!(
            split(&text),
            [
                "The minister said the\nplan would pass.",
                link.as_str(),
                "It did not."
            ]
        );
    }

    #[test]
    fn paragraph_indices_follow_line_breaks_without_blank_lines() {
        let text = "One. Two.\nThree.\nFour.";
        let paragraphs: Vec<usize> = SentenceSplitter::new()
            .split(text)
            .map(|s| s.paragraph)
            .collect();
        assert_eq!(paragraphs, [0, 0, 1, 2]);
    }

    #[test]
    fn a_title_after_a_prefix_ends_no_sentence() {
        assert_eq!(
            split("She had accused then-Gov. Bill Clinton of it. He denied it."),
            [
                "She had accused then-Gov. Bill Clinton of it.",
                "He denied it."
            ]
        );
        // A hyphenated word before a period still ends one.
        assert_eq!(
            split("It was well-known. He left."),
            ["It was well-known.", "He left."]
        );
    }

    #[test]
    fn leading_blank_lines_do_not_make_empty_sentences() {
        assert_eq!(split("\n\n  Hello there. Bye."), ["Hello there.", "Bye."]);
    }

    #[test]
    fn never_splits_a_grapheme_cluster() {
        // A combining accent after the space belongs with it.
        let text = "Done. \u{301}Next one.";
        for s in SentenceSplitter::new().split(text) {
            assert!(text.is_char_boundary(s.span.end));
            let mut cursor = GraphemeCursor::new(s.span.end, text.len(), true);
            assert_eq!(cursor.is_boundary(text, 0), Ok(true));
        }
    }

    #[test]
    fn builder_adds_abbreviations() {
        let text = "The Intl. Monetary Fund met. Members agreed.";
        assert_eq!(SentenceSplitter::new().split(text).count(), 3);
        let splitter = SentenceSplitter::builder().title("Intl").build();
        assert_eq!(splitter.split(text).count(), 2);
    }
}
