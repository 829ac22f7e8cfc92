//! Sentences partition any text and end on grapheme boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid_nlp::SentenceSplitter;

fuzz_target!(|text: &str| {
    let mut at = 0;
    for sentence in SentenceSplitter::new().split(text) {
        assert_eq!(sentence.span.start, at);
        assert!(sentence.span.end > at && text.is_char_boundary(sentence.span.end));
        at = sentence.span.end;
    }
    assert_eq!(at, text.len());
});
