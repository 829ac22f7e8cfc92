//! Inputs, errors, exit codes and threads.

use crate::assert_exit;
use crate::util::{records, root, temp_dir, whosaid};

#[test]
fn json_lines_in_give_one_record_per_line_in_order_with_errors_in_place() {
    let input = concat!(
        r#"{"id": "a", "text": "“We won,” Jane Roe said.", "title": "Win", "desk": "politics"}"#,
        "\n",
        "{not json\n",
        r#"{"id": "c", "text": ""}"#,
        "\n",
        r#"{"id": "d", "text": "No quotes here."}"#,
        "\n",
    );
    let out = whosaid(&["extract", "-", "-f", "jsonl", "-q"], input.as_bytes());
    assert_exit!(out, 1);
    let records = records(&out);
    let ids: Vec<&str> = records.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a", "stdin:2", "c", "d"]);
    assert!(records[0]["error"].is_null());
    assert_eq!(records[0]["meta"]["title"], "Win");
    assert_eq!(
        records[0]["meta"]["desk"], "politics",
        "other fields are carried through"
    );
    assert_eq!(records[0]["quotes"][0]["speaker"]["name"], "Jane Roe");
    assert!(
        records[1]["error"]
            .as_str()
            .unwrap()
            .contains("not valid JSON")
    );
    assert_eq!(records[2]["error"], "empty article");
    assert!(records[3]["error"].is_null());
}

#[test]
fn directory_with_bad_files_keeps_every_article() {
    let dir = temp_dir("bad-files");
    std::fs::write(dir.join("good.txt"), "“Fine,” the mayor said.").unwrap();
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::write(dir.join("latin1.txt"), b"caf\xe9 owner said").unwrap();
    let out = whosaid(&["extract", dir.to_str().unwrap(), "-q"], b"");
    assert_exit!(out, 1);
    let records = records(&out);
    let ids: Vec<&str> = records.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["empty", "good", "latin1"]);
    assert_eq!(records[0]["error"], "empty article");
    assert!(records[1]["error"].is_null());
    assert!(
        records[2]["error"]
            .as_str()
            .unwrap()
            .contains("not valid UTF-8")
    );
}

#[test]
fn one_thread_and_two_give_the_same_output() {
    let mut corpus = String::new();
    let seed = std::fs::read_to_string(root().join("seeds/000_8f1725446b0f4224.txt")).unwrap();
    for i in 0..60 {
        let record = serde_json::json!({"id": format!("n{i}"), "text": format!("“Item {i},” she said. {seed}")});
        corpus.push_str(&record.to_string());
        corpus.push('\n');
    }
    let one = whosaid(&["extract", "-j", "1", "-q"], corpus.as_bytes());
    let two = whosaid(&["extract", "-j", "2", "-q"], corpus.as_bytes());
    assert_exit!(one, 0);
    assert_eq!(records(&one).len(), 60);
    assert_eq!(one.stdout, two.stdout);
}

#[test]
fn sentences_command_writes_spans_with_text() {
    let out = whosaid(
        &["sentences", "-", "-q"],
        b"{\"id\": \"s\", \"text\": \"Sen. Roe spoke. She left.\"}\n",
    );
    assert_exit!(out, 0);
    let records = records(&out);
    let sentences = records[0]["sentences"].as_array().unwrap();
    assert_eq!(sentences.len(), 2);
    assert_eq!(sentences[0]["text"], "Sen. Roe spoke. ");
    assert_eq!(sentences[1]["start"], 16);
    let text = whosaid(
        &["sentences", "-", "-f", "text", "-q"],
        b"One here. Two there.",
    );
    assert_eq!(
        String::from_utf8(text.stdout).unwrap(),
        "One here.\nTwo there.\n\n"
    );
}

#[test]
fn bad_usage_and_unwritable_output_exit_2() {
    let out = whosaid(&["extract", "--no-such-flag"], b"");
    assert_exit!(out, 2);
    let out = whosaid(
        &["extract", "-o", "/nonexistent-dir/x/report.xlsx"],
        b"text",
    );
    assert_exit!(out, 2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot create"));
}
