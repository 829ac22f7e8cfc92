//! Quotation pairing never panics and returns ordered spans inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid_core::Span;
use whosaid_nlp::find_quotations;

fuzz_target!(|text: &str| {
    let quotes = find_quotations(text, &[Span::new(0, text.len())]);
    let mut previous_end = 0;
    for q in quotes {
        assert!(q.outer.start >= previous_end && q.outer.contains(q.content));
        assert!(text.get(q.content.range()).is_some());
        previous_end = q.outer.end;
    }
});
