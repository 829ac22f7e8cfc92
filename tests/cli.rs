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

fn corpus(n: usize) -> String {
    let seed = std::fs::read_to_string(root().join("seeds/000_8f1725446b0f4224.txt")).unwrap();
    let mut corpus = String::new();
    for i in 0..n {
        let text = format!(
            "“Item {i},” Jo Park said. {}",
            &seed[..seed.len() * (i % 5 + 1) / 5]
        );
        corpus.push_str(&serde_json::json!({"id": format!("n{i}"), "text": text}).to_string());
        corpus.push('\n');
    }
    corpus
}

#[test]
fn shards_together_equal_the_whole_run() {
    let corpus = corpus(40);
    let whole = whosaid(&["extract", "-q"], corpus.as_bytes());
    assert_exit!(whole, 0);
    let lines: Vec<&str> = corpus.lines().collect();
    let mut joined = Vec::new();
    for shard in lines.chunks(10) {
        let input = shard.join("\n") + "\n";
        let out = whosaid(&["extract", "-q", "-j", "1"], input.as_bytes());
        assert_exit!(out, 0);
        joined.extend_from_slice(&out.stdout);
    }
    assert_eq!(joined, whole.stdout);
}

#[test]
fn every_input_line_gets_an_output_line() {
    let input = "{\"id\": \"a\", \"text\": \"One.\"}\n\n{\"id\": \"c\", \"text\": \"Three.\"}\n";
    let out = whosaid(&["extract", "-q"], input.as_bytes());
    assert_exit!(out, 1);
    let records = records(&out);
    assert_eq!(records.len(), 3);
    assert_eq!(records[1]["id"], "stdin:2");
    assert_eq!(records[1]["error"], "line 2 is blank");
}

#[test]
fn html_files_and_globs() {
    let dir = temp_dir("html");
    std::fs::write(
        dir.join("story.html"),
        "<html><head><script>x()</script></head><body><p>“Fine,” Jo Park said.</p></body></html>",
    )
    .unwrap();
    std::fs::write(dir.join("notes.txt"), "Not news.").unwrap();
    std::fs::create_dir_all(dir.join("drafts")).unwrap();
    std::fs::write(dir.join("drafts/old.txt"), "Old.").unwrap();
    let out = whosaid(
        &[
            "extract",
            dir.to_str().unwrap(),
            "--exclude",
            "drafts/**",
            "--exclude",
            "notes.*",
            "-q",
        ],
        b"",
    );
    assert_exit!(out, 0);
    let found = records(&out);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["id"], "story");
    assert_eq!(found[0]["quotes"][0]["text"], "Fine");
    let only_txt = whosaid(
        &["extract", dir.to_str().unwrap(), "--include", "*.txt", "-q"],
        b"",
    );
    let ids: Vec<String> = records(&only_txt)
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["drafts/old", "notes"]);
}

#[test]
fn completions_and_manual_page() {
    let bash = whosaid(&["completions", "bash"], b"");
    assert_exit!(bash, 0);
    assert!(String::from_utf8_lossy(&bash.stdout).contains("whosaid"));
    let man = whosaid(&["man"], b"");
    assert_exit!(man, 0);
    assert!(String::from_utf8_lossy(&man.stdout).contains(".TH"));
}

#[cfg(unix)]
#[test]
fn a_special_file_as_output_is_written_in_place_not_replaced() {
    use std::os::unix::fs::FileTypeExt;
    // Renaming a finished report over `/dev/null` would replace the device
    // with a plain file.
    let seed = crate::util::seed_path();
    for format in ["jsonl", "csv", "xlsx"] {
        let out = whosaid(
            &[
                "extract",
                seed.to_str().unwrap(),
                "-o",
                "/dev/null",
                "-f",
                format,
                "-q",
            ],
            b"",
        );
        assert_exit!(out, 0);
        let kind = std::fs::metadata("/dev/null").unwrap().file_type();
        assert!(
            kind.is_char_device(),
            "{format}: /dev/null is still a device"
        );
    }
}

#[test]
fn the_closing_summary_counts_in_words() {
    let out = whosaid(&["extract", "-"], "“We will win,” Jo Park said.".as_bytes());
    assert_exit!(out, 0);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("1 article, 1 quote, 0 failed"),
        "stderr: {stderr}"
    );
}
