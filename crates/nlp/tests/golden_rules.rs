//! The English "Golden Rules" of sentence boundary detection, read from
//! `../shared/sbd/golden_en.jsonl` beside the repository when it is there.
//! The cases themselves are not part of this project.

use std::path::Path;

use whosaid_nlp::SentenceSplitter;

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn golden_rules_all_pass() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/sbd/golden_en.jsonl");
    let Ok(data) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} is not there", path.display());
        return;
    };
    let splitter = SentenceSplitter::new();
    let (mut passed, mut total, mut failures) = (0, 0, Vec::new());
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let case: serde_json::Value = serde_json::from_str(line).expect("a JSON case");
        let text = case["text"].as_str().unwrap();
        let expected: Vec<String> = case["sentences"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| squeeze(s.as_str().unwrap()))
            .collect();
        let got: Vec<String> = splitter
            .split(text)
            .map(|s| squeeze(&text[s.span]))
            .filter(|s| !s.is_empty())
            .collect();
        total += 1;
        if got == expected {
            passed += 1;
        } else {
            failures.push(format!(
                "{}\n    expected {expected:?}\n    got      {got:?}",
                case["name"]
            ));
        }
    }
    eprintln!("golden rules: {passed}/{total}");
    for f in &failures {
        eprintln!("  failed: {f}");
    }
    assert!(total >= 48 && passed == total, "{passed}/{total} passed");
}
