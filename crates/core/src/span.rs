use std::fmt;
use std::ops::{Index, Range};

use serde::{Deserialize, Serialize};

/// A byte range `start..end` into a document's text, end exclusive.
///
/// A span is `Copy` and slices the text it was made for: `&text[span]`.
/// The invariant `start <= end` is checked when the span is made.
///
/// ```
/// use whosaid_core::Span;
///
/// let text = "Blinken said.";
/// let name = Span::new(0, 7);
/// assert_eq!(&text[name], "Blinken");
/// assert_eq!(name.len(), 7);
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// Makes a span.
    ///
    /// # Panics
    ///
    /// Panics when `start > end`; that is a bug in the caller, not bad input.
    #[inline]
    pub fn new(start: usize, end: usize) -> Span {
        assert!(start <= end, "span start {start} is after its end {end}");
        Span { start, end }
    }

    /// The number of bytes covered.
    #[inline]
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    #[inline]
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies entirely inside this span.
    #[inline]
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    #[inline]
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    #[inline]
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The span as a `Range` for APIs that take one.
    #[inline]
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl Index<Span> for str {
    type Output = str;

    #[inline]
    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

impl Index<Span> for String {
    type Output = str;

    #[inline]
    fn index(&self, span: Span) -> &str {
        &self.as_str()[span.start..span.end]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_text_and_relates_spans() {
        let text = String::from("Wang told Blinken");
        let wang = Span::new(0, 4);
        let blinken = Span::from(10..17);
        assert_eq!(&text[wang], "Wang");
        assert_eq!(&text[blinken], "Blinken");
        assert!(!wang.overlaps(blinken));
        assert_eq!(wang.cover(blinken), Span::new(0, 17));
        assert!(wang.cover(blinken).contains(blinken));
        assert!(Span::new(3, 3).is_empty());
    }

    #[test]
    #[should_panic(expected = "after its end")]
    fn rejects_reversed_span() {
        let _ = Span::new(5, 4);
    }
}
