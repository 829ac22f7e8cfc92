//! Word and punctuation tokens, the unit that cue and speaker rules look at.

use whosaid_core::Span;

/// A word (letters and digits, with inner apostrophes, hyphens and periods:
/// `O’Malley’s`, `US-China`, `U.S`) or one punctuation character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub span: Span,
    pub is_word: bool,
}

/// `char::is_alphanumeric` with a fast path for ASCII.
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        // Dashes, curly quotes and other General Punctuation are common in
        // news and never alphanumeric: no table lookup for them.
        !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphanumeric()
    }
}

/// `char::is_whitespace` with a fast path for ASCII.
#[inline]
fn is_space(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_whitespace()
    } else {
        c.is_whitespace()
    }
}

/// The spans of the words among `tokens`, punctuation left out.
pub(crate) fn word_spans(tokens: &[Token]) -> Vec<Span> {
    tokens
        .iter()
        .filter(|t| t.is_word)
        .map(|t| t.span)
        .collect()
}

/// Appends the tokens of `text[span]` to `out`.
pub(crate) fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let slice = &text[span];
    let mut chars = slice.char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let start = span.start + offset;
        if is_space(c) {
            continue;
        }
        if !is_alphanumeric(c) {
            out.push(Token {
                span: Span::new(start, start + c.len_utf8()),
                is_word: false,
            });
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(next_offset, next)) = chars.peek() {
            if is_alphanumeric(next) {
                end = span.start + next_offset + next.len_utf8();
                chars.next();
                continue;
            }
            // Inner joiners stay inside the word when a letter or digit follows.
            let joins = matches!(next, '’' | '\'' | '-' | '.' | '&' | '‑');
            let mut after = slice[next_offset + next.len_utf8()..].chars();
            let first = after.next();
            let second = after.next();
            let joined = first.is_some_and(is_alphanumeric)
                || (first == Some('-') && second.is_some_and(is_alphanumeric));
            if joins && joined {
                chars.next();
                continue;
            }
            break;
        }
        out.push(Token {
            span: Span::new(start, end),
            is_word: true,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_inner_joiners_in_words() {
        let text = "O’Malley’s U.S.-China talks, he said: “fine.”";
        let mut tokens = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut tokens);
        let words: Vec<&str> = tokens.iter().map(|t| &text[t.span]).collect();
        assert_eq!(
            words,
            [
                "O’Malley’s",
                "U.S.-China",
                "talks",
                ",",
                "he",
                "said",
                ":",
                "“",
                "fine",
                ".",
                "”"
            ]
        );
    }
}
