//! Word lists matched case-insensitively without allocating.

use rustc_hash::FxHashSet;

/// A set of lower-case words. [`WordSet::contains`] lowers an ASCII word on
/// the stack and ignores a final period (`Sen.` matches `sen`).
#[derive(Debug)]
pub(crate) struct WordSet(FxHashSet<&'static [u8]>);

/// Longest word a [`WordSet`] can hold.
const MAX_WORD: usize = 32;

impl WordSet {
    pub fn new(words: &[&'static str]) -> WordSet {
        debug_assert!(
            words
                .iter()
                .all(|w| w.len() <= MAX_WORD && !w.bytes().any(|b| b.is_ascii_uppercase()))
        );
        WordSet(words.iter().map(|w| w.as_bytes()).collect())
    }

    pub fn contains(&self, word: &str) -> bool {
        let word = word.strip_suffix('.').unwrap_or(word);
        if word.len() > MAX_WORD {
            return false;
        }
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return self.0.contains(word.as_bytes());
        }
        let mut buf = [0u8; MAX_WORD];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        self.0.contains(&*lower)
    }
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
