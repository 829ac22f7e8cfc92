//! The input readers never panic on any bytes, and JSON Lines input gives
//! exactly one article per line.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid_cli::input::{Article, InputFormat, InputOptions, read_from};

fuzz_target!(|bytes: &[u8]| {
    let options = InputOptions {
        max_bytes: 1 << 16,
        text_field: "text".into(),
        id_field: "id".into(),
    };
    for format in [
        InputFormat::Text,
        InputFormat::Html,
        InputFormat::JsonLines,
        InputFormat::Csv,
    ] {
        let mut count = 0;
        read_from(bytes, format, "fuzz", &options, &mut |article| {
            if let Article::Ready(document) = article.resolve(&options) {
                assert!(!document.text.trim().is_empty());
            }
            count += 1;
            true
        });
        if format == InputFormat::JsonLines {
            let lines = bytes.split(|&b| b == b'\n').count()
                - usize::from(bytes.ends_with(b"\n") || bytes.is_empty());
            assert_eq!(count, lines);
        }
    }
});
