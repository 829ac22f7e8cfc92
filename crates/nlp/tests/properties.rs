//! Invariants that hold for any input text.

use proptest::prelude::*;
use unicode_segmentation::GraphemeCursor;
use whosaid_core::Document;
use whosaid_nlp::{Pipeline, SentenceSplitter};

/// Text built from pieces that exercise the rules: terminators, quotes,
/// abbreviations, initials, lists, line breaks, combining marks.
fn newsy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Mr. ".to_string()),
        Just("U.S. ".to_string()),
        Just("said ".to_string()),
        Just("“We won,” ".to_string()),
        Just("he said. ".to_string()),
        Just(", according to the Gazette. ".to_string()),
        Just("J. ".to_string()),
        Just("1. ".to_string()),
        Just(". . . ".to_string()),
        Just("…".to_string()),
        Just("?! ".to_string()),
        Just("’s ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("e\u{301}".to_string()),
        Just("\" ".to_string()),
        "[a-zA-Z]{1,8} ",
        "\\PC{0,6}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn check_sentences(text: &str) {
    let sentences: Vec<_> = SentenceSplitter::new().split(text).collect();
    let mut at = 0;
    let mut paragraph = 0;
    for s in &sentences {
        assert_eq!(s.span.start, at, "contiguous");
        assert!(s.span.end > s.span.start, "not empty");
        assert!(s.paragraph >= paragraph, "paragraphs never go back");
        paragraph = s.paragraph;
        at = s.span.end;
        if at < text.len() {
            let mut cursor = GraphemeCursor::new(at, text.len(), true);
            assert_eq!(
                cursor.is_boundary(text, 0),
                Ok(true),
                "grapheme boundary at {at}"
            );
            let before = text[..at].chars().next_back().unwrap();
            let after = text[at..].chars().next().unwrap();
            assert!(
                !(before.is_alphanumeric() && after.is_alphanumeric()),
                "inside a word at {at}"
            );
        }
    }
    assert_eq!(at, text.len(), "covers the text");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn sentences_partition_any_string(text in "\\PC{0,200}") {
        check_sentences(&text);
    }

    #[test]
    fn sentences_partition_newsy_text(text in newsy_text()) {
        check_sentences(&text);
    }

    #[test]
    fn pipeline_spans_slice_the_text(text in newsy_text()) {
        let analysis = Pipeline::new().analyse(Document::new("p", text.clone()));
        assert!(
            analysis.quotes.windows(2).all(|w| w[0].span.start <= w[1].span.start),
            "quotes in text order"
        );
        for (i, q) in analysis.quotes.iter().enumerate() {
            assert!(text.get(q.span.range()).is_some(), "quote on char boundaries");
            if let Some(h) = q.nested_in {
                let holder = &analysis.quotes[h];
                assert!(h != i && holder.nested_in.is_none(), "nested in a top-level quote");
                assert!(holder.span.contains(q.span) && holder.span.len() > q.span.len());
            }
            let mut previous_end = q.span.start;
            for part in &q.parts {
                assert!(part.start >= previous_end && part.end <= q.span.end, "parts ordered, inside");
                assert!(text.get(part.range()).is_some());
                previous_end = part.end;
            }
            if let Some(a) = q.attribution {
                assert!(text.get(a.mention.range()).is_some());
                assert!(a.speaker < analysis.speakers.len());
            }
        }
        let again = Pipeline::new().analyse(Document::new("p", text.clone()));
        assert_eq!(analysis, again, "deterministic");
    }
}

/// Inputs that once made the pipeline panic, found by fuzzing: each is
/// analysed, its quotes on the text.
#[test]
fn inputs_found_by_fuzzing_are_analysed() {
    // A content ending in `, who` right after an opening parenthesis.
    for text in ["o\rrip\rp w(,who"] {
        let analysis = Pipeline::new().analyse(Document::new("f", text));
        for q in &analysis.quotes {
            assert!(text.get(q.span.range()).is_some());
        }
    }
}
