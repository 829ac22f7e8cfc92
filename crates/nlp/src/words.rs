//! Word lists matched case-insensitively without allocating.

use rustc_hash::FxHashSet;

/// A set of lower-case words. [`WordSet::contains`] lowers an ASCII word on
/// the stack and ignores a final period (`Sen.` matches `sen`).
#[derive(Debug)]
pub(crate) struct WordSet {
    words: FxHashSet<&'static [u8]>,
    shapes: Shapes,
}

/// Longest word a [`WordSet`] can hold.
const MAX_WORD: usize = 32;

/// The first and last letters of a set's words, by length: most words
/// that are not in a set are told apart by two table reads, before any
/// hashing.
#[derive(Debug)]
pub(crate) struct Shapes {
    first: [u32; MAX_WORD + 1],
    last: [u32; MAX_WORD + 1],
}

/// One bit per ASCII letter, case-insensitively; one bit for anything else.
fn letter_bit(byte: u8) -> u32 {
    match byte | 0x20 {
        b @ b'a'..=b'z' => 1 << (b - b'a'),
        _ => 1 << 26,
    }
}

impl Shapes {
    /// The shapes of `words` (lower case).
    pub fn of<'a>(words: impl IntoIterator<Item = &'a [u8]>) -> Shapes {
        let mut shapes = Shapes {
            first: [0; MAX_WORD + 1],
            last: [0; MAX_WORD + 1],
        };
        for word in words {
            if let (Some(&first), Some(&last)) = (word.first(), word.last())
                && word.len() <= MAX_WORD
            {
                shapes.first[word.len()] |= letter_bit(first);
                shapes.last[word.len()] |= letter_bit(last);
            }
        }
        shapes
    }

    /// Whether `word` may be one of the words, case-insensitively.
    #[inline]
    pub fn may_hold(&self, word: &[u8]) -> bool {
        match (word.first(), word.last()) {
            (Some(&first), Some(&last)) if word.len() <= MAX_WORD => {
                self.first[word.len()] & letter_bit(first) != 0
                    && self.last[word.len()] & letter_bit(last) != 0
            }
            _ => false,
        }
    }
}

impl WordSet {
    pub fn new(words: &[&'static str]) -> WordSet {
        debug_assert!(
            words
                .iter()
                .all(|w| w.len() <= MAX_WORD && !w.bytes().any(|b| b.is_ascii_uppercase()))
        );
        WordSet {
            words: words.iter().map(|w| w.as_bytes()).collect(),
            shapes: Shapes::of(words.iter().map(|w| w.as_bytes())),
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        let word = word.strip_suffix('.').unwrap_or(word);
        if !self.shapes.may_hold(word.as_bytes()) {
            return false;
        }
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return self.words.contains(word.as_bytes());
        }
        let mut buf = [0u8; MAX_WORD];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        self.words.contains(&*lower)
    }
}

/// Whether `word` is one of the short lower-case words in `list`, in any
/// case (`The` is in `["the", "a"]`).
pub(crate) fn lower_in(list: &[&str], word: &str) -> bool {
    word.len() <= 16 && list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Declares word sets built on first use: `word_set! { /// docs NAME = [...]; }`.
macro_rules! word_sets {
    ($($(#[$doc:meta])* $name:ident = [$($word:literal),* $(,)?];)*) => {
        $(
            $(#[$doc])*
            static $name: std::sync::LazyLock<$crate::words::WordSet> =
                std::sync::LazyLock::new(|| $crate::words::WordSet::new(&[$($word),*]));
        )*
    };
}
pub(crate) use word_sets;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_any_case_and_a_final_period() {
        let set = WordSet::new(&["sen", "the"]);
        assert!(set.contains("Sen.") && set.contains("THE") && set.contains("the"));
        assert!(!set.contains("senate") && !set.contains("thé"));
    }
}
