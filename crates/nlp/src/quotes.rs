//! Quotation marks: pairing them, and telling them from apostrophes.
//!
//! Double marks (`“”`, `"`, `„“`, `«»`) delimit quotations; single marks
//! (`‘’`, `'`) delimit them only outside double ones (British style and
//! headlines), and only when they close in the same paragraph, so that
//! apostrophes (`China’s`, `didn’t`, `’90s`, `rock ’n’ roll`) never make a
//! quote. Inside a double quotation, single marks are part of the content.
//!
//! Marks are paired within a paragraph, so one stray mark cannot swallow the
//! rest of the article. A double quotation left open at the end of a
//! paragraph runs to that paragraph's end; when the next paragraph opens with
//! a quotation mark, that quotation is marked as continuing it (the
//! newspaper convention for quotes running over several paragraphs).

use whosaid_core::Span;

/// A stretch of text between quotation marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quotation {
    /// The whole quotation, marks included.
    pub outer: Span,
    /// The quoted words: marks, surrounding spaces and a trailing comma
    /// excluded.
    pub content: Span,
    /// Whether a closing mark was found in the paragraph.
    pub closed: bool,
    /// Whether it continues an unclosed quotation of the previous paragraph.
    pub continues: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Curly,
    Low9,
    Guillemet,
    Straight,
}

/// Finds the top-level quotations of `text`, paragraph by paragraph.
///
/// `paragraphs` are the byte spans of the paragraphs, in order.
///
/// ```
/// use whosaid_core::Span;
/// use whosaid_nlp::find_quotations;
///
/// let text = "China’s envoy said the talks were “candid,” and didn’t say more.";
/// let quotes = find_quotations(text, &[Span::new(0, text.len())]);
/// assert_eq!(quotes.len(), 1);
/// assert_eq!(&text[quotes[0].content], "candid");
/// ```
pub fn find_quotations(text: &str, paragraphs: &[Span]) -> Vec<Quotation> {
    let mut found = Vec::new();
    let mut previous_open = false;
    for &paragraph in paragraphs {
        let first = found.len();
        let open_at_end = pair_paragraph(text, paragraph, &mut found);
        if previous_open && let Some(q) = found.get_mut(first) {
            let lead = text[paragraph].len() - text[paragraph].trim_start().len();
            if q.outer.start == paragraph.start + lead {
                q.continues = true;
            }
        }
        previous_open = open_at_end;
    }
    found
}

/// An open double quotation: where its mark starts, the mark's length.
#[derive(Clone, Copy)]
struct Open {
    at: usize,
    len: usize,
    mark: Mark,
}

/// Pairs the marks of one paragraph; returns whether a double quotation was
/// left open at its end.
fn pair_paragraph(text: &str, paragraph: Span, found: &mut Vec<Quotation>) -> bool {
    let mut double: Option<Open> = None;
    let mut single: Option<usize> = None;
    let bytes = text.as_bytes();
    let mut i = paragraph.start;
    while i < paragraph.end {
        // Only the lead bytes of quotation marks need a look; they are
        // never UTF-8 continuation bytes, so `i` stays on char boundaries.
        if !matches!(bytes[i], b'"' | b'\'' | b'`' | 0xE2 | 0xC2) {
            i += 1;
            continue;
        }
        let at = i;
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        // Two apostrophes or two backticks stand for a double mark (`''`, ``` `` ```).
        let doubled = matches!(c, '\'' | '`') && bytes.get(at + 1) == Some(&bytes[at]);
        let after = at + if doubled { 2 } else { c.len_utf8() };
        i = after;
        let open = |mark: Mark, single: &mut Option<usize>| {
            *single = None;
            Some(Open {
                at,
                len: after - at,
                mark,
            })
        };
        match c {
            '“' => match double {
                Some(Open {
                    mark: Mark::Low9, ..
                }) => close(text, &mut double, at, after, found),
                Some(_) if looks_closing(text, at, after) => {
                    close(text, &mut double, at, after, found)
                }
                _ => double = open(Mark::Curly, &mut single),
            },
            '„' if double.is_none() => double = open(Mark::Low9, &mut single),
            '«' if double.is_none() => double = open(Mark::Guillemet, &mut single),
            '`' if doubled && double.is_none() => double = open(Mark::Straight, &mut single),
            '”' | '»' if double.is_some() => close(text, &mut double, at, after, found),
            // `”It is over,” she said.`: a closing mark typed for the
            // opening one at the start of a paragraph.
            '”' if opens_paragraph(text, paragraph, at)
                && next_char(text, after).is_some_and(|c| c != '\n') =>
            {
                double = open(Mark::Curly, &mut single)
            }
            '"' | '\'' if c == '"' || doubled => {
                if double.is_some() {
                    close(text, &mut double, at, after, found);
                } else if !looks_closing(text, at, after) || looks_opening(text, at, after) {
                    double = open(Mark::Straight, &mut single);
                }
            }
            '‘' | '\'' | '’' if double.is_none() => {
                let closes = single.is_some()
                    && c != '‘'
                    && looks_closing(text, at, after)
                    && !next_char(text, after).is_some_and(char::is_alphanumeric);
                if closes {
                    let start = single.take().unwrap_or(at);
                    let open_len = text[start..].chars().next().map_or(1, char::len_utf8);
                    push(
                        text,
                        Span::new(start, after),
                        open_len,
                        after - at,
                        true,
                        found,
                    );
                } else if c != '’' && single.is_none() && opens_single(text, at, after) {
                    single = Some(at);
                }
            }
            _ => {}
        }
    }
    if let Some(open) = double {
        let end = paragraph.start + text[paragraph].trim_end().len();
        if end > open.at + open.len {
            push_unclosed(text, open, end, found);
        }
        return true;
    }
    false
}

fn close(
    text: &str,
    double: &mut Option<Open>,
    at: usize,
    after: usize,
    found: &mut Vec<Quotation>,
) {
    if let Some(open) = double.take() {
        push(
            text,
            Span::new(open.at, after),
            open.len,
            after - at,
            false,
            found,
        );
    }
}

/// Records a closed quotation: `outer` includes the marks, whose lengths
/// are `open_len` and `close_len` bytes.
fn push(
    text: &str,
    outer: Span,
    open_len: usize,
    close_len: usize,
    single: bool,
    found: &mut Vec<Quotation>,
) {
    let inner = Span::new(
        outer.start + open_len,
        (outer.end - close_len).max(outer.start + open_len),
    );
    let content = trim_content(text, inner);
    if single
        && !text[content]
            .split(|c: char| !c.is_alphabetic())
            .any(|w| w.len() >= 2)
    {
        return;
    }
    if !content.is_empty() {
        found.push(Quotation {
            outer,
            content,
            closed: true,
            continues: false,
        });
    }
}

fn push_unclosed(text: &str, open: Open, end: usize, found: &mut Vec<Quotation>) {
    let content = trim_content(text, Span::new(open.at + open.len, end));
    if !content.is_empty() {
        found.push(Quotation {
            outer: Span::new(open.at, end),
            content,
            closed: false,
            continues: false,
        });
    }
}

/// Trims spaces and a trailing comma, which belongs to the writer's sentence.
fn trim_content(text: &str, span: Span) -> Span {
    let inner = &text[span];
    let start = span.start + (inner.len() - inner.trim_start().len());
    let trimmed = inner.trim().trim_end_matches(',').trim_end();
    Span::new(start, (start + trimmed.len()).max(start))
}

fn next_char(text: &str, at: usize) -> Option<char> {
    text[at..].chars().next()
}

fn prev_char(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

/// Whether only spaces and invisible marks of direction stand between the
/// start of `paragraph` and byte `at`.
fn opens_paragraph(text: &str, paragraph: Span, at: usize) -> bool {
    text[paragraph.start..at]
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}'))
}

/// Before: none, whitespace or opening punctuation; after: not whitespace.
fn looks_opening(text: &str, at: usize, after: usize) -> bool {
    let before_ok = prev_char(text, at).is_none_or(|c| c.is_whitespace() || "([{—–-/:".contains(c));
    before_ok && next_char(text, after).is_some_and(|c| !c.is_whitespace())
}

/// Before: not whitespace; after: none, whitespace or punctuation.
fn looks_closing(text: &str, at: usize, after: usize) -> bool {
    let before_ok = prev_char(text, at).is_some_and(|c| !c.is_whitespace());
    before_ok && next_char(text, after).is_none_or(|c| !c.is_alphanumeric())
}

/// Words that begin with an apostrophe standing for dropped letters.
const ELISIONS: &[&str] = &["cause", "em", "n", "round", "til", "tis", "twas", "bout"];

fn opens_single(text: &str, at: usize, after: usize) -> bool {
    if !looks_opening(text, at, after) {
        return false;
    }
    let rest = &text[after..];
    let word_len = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    let word = &rest[..word_len];
    let decade =
        word.len() == 3 && word.ends_with('s') && word[..2].bytes().all(|b| b.is_ascii_digit());
    let year = word.len() == 2 && word.bytes().all(|b| b.is_ascii_digit());
    !(decade || year || ELISIONS.iter().any(|e| e.eq_ignore_ascii_case(word)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<&str> {
        let paragraphs: Vec<Span> = {
            let mut spans = Vec::new();
            let mut start = 0;
            for (k, _) in text.match_indices("\n\n") {
                spans.push(Span::new(start, k + 2));
                start = k + 2;
            }
            spans.push(Span::new(start, text.len()));
            spans
        };
        find_quotations(text, &paragraphs)
            .into_iter()
            .map(|q| &text[q.content])
            .collect()
    }

    #[test]
    fn table_of_cases() {
        let cases: &[(&str, &[&str])] = &[
            ("“We will win,” he said.", &["We will win"]),
            ("He said \"no deal\" twice.", &["no deal"]),
            ("„Guten Tag“, sagte er.", &["Guten Tag"]),
            ("«Non», a-t-il dit.", &["Non"]),
            // apostrophes are never quotes
            ("China’s envoy didn’t agree; it’s the ’90s again.", &[]),
            ("They play rock ’n’ roll at the Joneses’ house.", &[]),
            ("It's rock 'n' roll, isn't it?", &[]),
            // single marks outside doubles: British style, headlines
            (
                "Minister calls talks ‘productive’ after summit",
                &["productive"],
            ),
            ("He called it 'a farce' and left.", &["a farce"]),
            // nested single quotes stay inside the double quote
            (
                "“They told me ‘never again,’ and I believed them,” she said.",
                &["They told me ‘never again,’ and I believed them"],
            ),
            // a wrong-way closing mark still closes
            ("“It is over“, he said.", &["It is over"]),
            // and a wrong-way opening mark opens at a paragraph's start
            ("”It is over,” he said.", &["It is over"]),
            ("\u{202a}”It is over!” she wrote.", &["It is over!"]),
            ("He said ” no.", &[]),
            // doubled apostrophes and backticks as double marks
            (
                "''We won,'' he said. ''It's over.''",
                &["We won", "It's over."],
            ),
            ("``Fine,'' she said.", &["Fine"]),
        ];
        for (text, expected) in cases {
            assert_eq!(&quotes(text), expected, "text: {text:?}");
        }
    }

    #[test]
    fn stray_mark_stays_in_its_paragraph() {
        let text = "He said “never.\n\nShe said “yes” and left.";
        assert_eq!(quotes(text), ["never.", "yes"]);
    }

    #[test]
    fn paragraph_spanning_quote_continues() {
        let text = "“First part of it.\n\n“Second part,” she said.";
        let paragraphs = [Span::new(0, 20), Span::new(20, text.len())];
        let found = find_quotations(text, &paragraphs);
        assert_eq!(found.len(), 2);
        assert!(!found[0].closed);
        assert!(found[1].continues && found[1].closed);
        assert_eq!(&text[found[1].content], "Second part");
    }
}
