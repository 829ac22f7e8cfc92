//! The whole pipeline and the JSON record: no panic, every span slices the
//! text, a nested quote lies in a top-level one, and the record is valid
//! JSON.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid_core::{Document, Outcome};
use whosaid_export::JsonLinesWriter;
use whosaid_nlp::Pipeline;

fuzz_target!(|text: &str| {
    let analysis = Pipeline::new().analyse(Document::new("fuzz", text));
    for (i, q) in analysis.quotes.iter().enumerate() {
        assert!(text.get(q.span.range()).is_some());
        if let Some(h) = q.nested_in {
            let holder = &analysis.quotes[h];
            assert!(h != i && holder.nested_in.is_none() && holder.span.contains(q.span));
        }
        for part in &q.parts {
            assert!(q.span.contains(*part) && text.get(part.range()).is_some());
        }
        if let Some(a) = q.attribution {
            assert!(a.speaker < analysis.speakers.len() && text.get(a.mention.range()).is_some());
        }
    }
    let mut out = Vec::new();
    JsonLinesWriter::new(&mut out)
        .write(&Outcome::Analysed(analysis))
        .unwrap();
    assert!(out.ends_with(b"\n"));
});
