use crate::Span;

/// Converts byte offsets of one text into Unicode code point offsets.
///
/// Built in one pass over the text. Pure ASCII text converts for free; other
/// text keeps a checkpoint every 64 bytes (the code point count so far), so a
/// lookup counts at most 63 bytes and the table costs an eighth of the text.
///
/// ```
/// use whosaid_core::CharOffsets;
///
/// let text = "China’s envoy";
/// let chars = CharOffsets::new(text);
/// assert_eq!(chars.char_offset(text.find("envoy").unwrap()), 8);
/// assert_eq!(chars.char_offset(text.len()), text.chars().count());
/// ```
#[derive(Clone, Debug)]
pub struct CharOffsets<'a> {
    text: &'a str,
    /// Code points before byte `64 * i`, then the total; empty when the
    /// text is ASCII.
    checkpoints: Vec<usize>,
}

const BLOCK: usize = 64;

impl<'a> CharOffsets<'a> {
    /// Indexes `text`.
    pub fn new(text: &'a str) -> CharOffsets<'a> {
        let mut checkpoints = Vec::new();
        if !text.is_ascii() {
            checkpoints.reserve(text.len() / BLOCK + 1);
            let mut count = 0;
            for block in text.as_bytes().chunks(BLOCK) {
                checkpoints.push(count);
                count += block.iter().filter(|&&b| !is_continuation(b)).count();
            }
            // The end of the text, for lengths that are a multiple of the block.
            checkpoints.push(count);
        }
        CharOffsets { text, checkpoints }
    }

    /// The code point offset of byte offset `byte`.
    ///
    /// A byte offset inside a multi-byte character maps to that character.
    /// Offsets past the end map to the number of code points.
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if self.checkpoints.is_empty() {
            return byte;
        }
        let block = byte / BLOCK;
        let from = block * BLOCK;
        let partial = self.text.as_bytes()[from..byte]
            .iter()
            .filter(|&&b| !is_continuation(b))
            .count();
        self.checkpoints[block] + partial
    }

    /// The code point offsets `(start, end)` of a byte span.
    pub fn span(&self, span: Span) -> (usize, usize) {
        (self.char_offset(span.start), self.char_offset(span.end))
    }
}

#[inline]
fn is_continuation(byte: u8) -> bool {
    byte & 0xC0 == 0x80
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_char_indices_everywhere() {
        let text = "Qin Gang’s “candid” talks – 中国外交部 said 🙂 ok ".repeat(9);
        let chars = CharOffsets::new(&text);
        for (n, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(chars.char_offset(byte), n, "byte {byte}");
        }
        assert_eq!(chars.char_offset(text.len()), text.chars().count());
    }

    #[test]
    fn end_of_text_at_a_block_boundary() {
        let text = "é".repeat(32);
        assert_eq!(text.len(), 64);
        assert_eq!(CharOffsets::new(&text).char_offset(64), 32);
    }

    #[test]
    fn ascii_is_identity() {
        let chars = CharOffsets::new("plain text");
        assert_eq!(chars.span(Span::new(6, 10)), (6, 10));
        assert_eq!(chars.char_offset(99), 10);
    }
}
