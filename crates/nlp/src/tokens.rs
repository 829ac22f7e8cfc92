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

/// Whether the comma at byte `i` separates thousands: a digit before it,
/// exactly three digits after it.
fn thousands_separator(bytes: &[u8], i: usize) -> bool {
    i > 0
        && bytes[i - 1].is_ascii_digit()
        && bytes
            .get(i + 1..i + 4)
            .is_some_and(|digits| digits.iter().all(u8::is_ascii_digit))
        && bytes.get(i + 4).is_none_or(|b| !b.is_ascii_digit())
}

/// Appends the tokens of `text[span]` to `out`.
pub(crate) fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    // Nothing past the span is looked at.
    let text = &text[..span.end];
    let bytes = text.as_bytes();
    let mut i = span.start;
    while i < span.end {
        let (c, len) = char_at(text, i);
        if is_space(c) {
            i += len;
            continue;
        }
        if !is_alphanumeric(c) {
            out.push(Token {
                span: Span::new(i, i + len),
                is_word: false,
            });
            i += len;
            continue;
        }
        let start = i;
        i += len;
        while i < span.end {
            if bytes[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let (next, len) = char_at(text, i);
            if is_alphanumeric(next) {
                i += len;
                continue;
            }
            // A thousands separator stays inside a number (`250,000`).
            if next == ',' && thousands_separator(bytes, i) {
                i += 1;
                continue;
            }
            // A combining mark belongs to its letter (`Pen\u{303}a`); so
            // does, in UTF-8 read as Latin-1 (`PeÃ±a` for `Peña`), the
            // second byte's symbol after `Ã` or `Â`.
            if !next.is_ascii()
                && (('\u{300}'..='\u{36F}').contains(&next)
                    || mojibake_continuation(&text[start..i], next))
            {
                i += len;
                continue;
            }
            // Inner joiners stay inside the word when a letter or digit
            // follows (or a hyphen and then one: `U.S.-China`).
            if !matches!(next, '’' | '\'' | '-' | '.' | '&' | '‑') {
                break;
            }
            let mut after = text[i + len..].chars();
            let first = after.next();
            let joined = first.is_some_and(is_alphanumeric)
                || (first == Some('-') && after.next().is_some_and(is_alphanumeric));
            if !joined {
                // `U.S.`, `F.B.I.`: the period closing initials joined by
                // periods is the word's own.
                if next == '.' && dotted_initials(&text[start..i]) {
                    i += 1;
                }
                break;
            }
            i += len;
        }
        out.push(Token {
            span: Span::new(start, i),
            is_word: true,
        });
    }
}

/// Whether `next`, after the word so far, is the second half of a
/// character encoded in UTF-8 and decoded as Latin-1: a symbol of the
/// Latin-1 Supplement (`±`, `©`, `¨`) right after `Ã` or `Â`, or a control
/// character right after `Ã` when that happened twice (`SarukhÃ\u{83}Â¡n`).
/// (A lone `Â` encodes the symbol itself: `Â«` opens a quotation.)
fn mojibake_continuation(word: &str, next: char) -> bool {
    let letter = word.ends_with('Ã') || word.ends_with("A\u{303}");
    let symbol = word.ends_with('Â') || word.ends_with("A\u{302}");
    let alone = matches!(word, "Â" | "A\u{302}");
    (letter && ('\u{80}'..='\u{9F}').contains(&next))
        || (('\u{A1}'..='\u{BF}').contains(&next)
            && (letter || (symbol && !(alone && matches!(next, '«' | '»' | '¿' | '¡')))))
}

/// Whether `word` is initials joined by periods (`U.S`, `F.B.I`, `D.C`):
/// one or two letters between periods.
fn dotted_initials(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|part| {
            (1..=2).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphabetic())
        })
}

/// The character starting at byte `i` of `text` and its length in bytes.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b.is_ascii() {
        return (b as char, 1);
    }
    let c = text[i..]
        .chars()
        .next()
        .unwrap_or(char::REPLACEMENT_CHARACTER);
    (c, c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text of each token of `text`.
    fn token_texts(text: &str) -> Vec<&str> {
        let mut tokens = Vec::new();
        tokenize(text, Span::new(0, text.len()), &mut tokens);
        tokens.iter().map(|t| &text[t.span]).collect()
    }

    #[test]
    fn keeps_inner_joiners_in_words() {
        let text = "O’Malley’s U.S.-China talks, he said: “fine.”";
        assert_eq!(
            token_texts(text),
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

    #[test]
    fn mojibake_stays_inside_its_word() {
        let text = "President PeÃ±a Nieto, Â© 2016 «Hola» ¿Sí? PeA\u{303}±a Nin\u{303}o SarukhÃ¡n \
            SarukhA\u{303}\u{83}A\u{302}¡n Â«Hola»";
        assert_eq!(
            token_texts(text),
            [
                "President",
                "PeÃ±a",
                "Nieto",
                ",",
                "Â©",
                "2016",
                "«",
                "Hola",
                "»",
                "¿",
                "Sí",
                "?",
                "PeA\u{303}±a",
                "Nin\u{303}o",
                "SarukhÃ¡n",
                "SarukhA\u{303}\u{83}A\u{302}¡n",
                "Â",
                "«",
                "Hola",
                "»"
            ]
        );
    }

    #[test]
    fn initials_keep_their_closing_period() {
        let text = "The F.B.I. and the U.S. said. U.S.-China talks. A.";
        assert_eq!(
            token_texts(text),
            [
                "The",
                "F.B.I.",
                "and",
                "the",
                "U.S.",
                "said",
                ".",
                "U.S.-China",
                "talks",
                ".",
                "A",
                "."
            ]
        );
    }
}
