//! `whosaid eval` on annotated articles written for these tests.

use std::process::Command;

use crate::assert_exit;
use crate::util::{root, temp_dir, whosaid};

fn fixture() -> String {
    root()
        .join("tests/fixtures/annotated.jsonl")
        .to_str()
        .unwrap()
        .to_string()
}

fn summary(stdout: &[u8]) -> serde_json::Value {
    let text = String::from_utf8(stdout.to_vec()).unwrap();
    serde_json::from_str(text.lines().last().unwrap()).unwrap()
}

#[test]
fn scores_whosaid_on_annotated_articles() {
    let out = whosaid(&["eval", &fixture()], b"");
    assert_exit!(out, 0);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("scope"), "a table first: {text}");
    let all = &summary(&out.stdout)["scopes"]["all"];
    assert_eq!(all["gold"], 4);
    // The direct quote, the reported one, the writer's clause around
    // `reckless` (mixed) and the belief (`thinks`) are found with their
    // speakers.
    assert_eq!(all["partial"]["tp"], 4, "{all}");
    assert_eq!(all["pred_partial_bucket"], 4, "{all}");
    assert_eq!(all["speaker"]["head_acc"], 1.0, "{all}");
    assert_eq!(
        summary(&out.stdout)["scopes"]["direct"]["partial"]["r"],
        1.0
    );
}

#[test]
fn scores_speech_only_without_beliefs() {
    let out = whosaid(&["eval", &fixture(), "--speech-only"], b"");
    assert_exit!(out, 0);
    let all = &summary(&out.stdout)["scopes"]["all"];
    // `Jo Park thinks it will pass` is left out.
    assert_eq!(all["partial"]["tp"], 3, "{all}");
    assert_eq!(all["pred_partial_bucket"], 3, "{all}");
}

#[test]
fn scores_a_predictions_file_like_the_reference_scorer() {
    let dir = temp_dir("eval");
    let predictions = dir.join("predictions.jsonl");
    let out = whosaid(
        &[
            "extract",
            &fixture(),
            "-o",
            predictions.to_str().unwrap(),
            "-q",
        ],
        b"",
    );
    assert_exit!(out, 0);
    let ours = whosaid(&["eval", &fixture(), predictions.to_str().unwrap()], b"");
    assert_exit!(ours, 0);
    let scorer = root().join("../shared/eval/score.py");
    let reference = Command::new("python3")
        .arg(&scorer)
        .arg(fixture())
        .arg(&predictions)
        .arg("--quiet")
        .output();
    match reference {
        Ok(reference) if scorer.exists() && reference.status.success() => {
            assert_eq!(
                summary(&ours.stdout)["scopes"],
                summary(&reference.stdout)["scopes"]
            );
        }
        _ => eprintln!(
            "skipped the comparison: no reference scorer at {}",
            scorer.display()
        ),
    }
}

#[test]
fn unreadable_gold_is_a_usage_error() {
    let out = whosaid(&["eval", "/nonexistent/gold.jsonl"], b"");
    assert_exit!(out, 2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot open"));
}
