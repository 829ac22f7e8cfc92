//! Hostile input: every article gets one record and the run ends with a
//! status of 0 or 1, whatever the bytes. (Time per megabyte is measured by
//! `bench/hostile.sh`, not here.)

use crate::util::{records, temp_dir, whosaid};

const MB: usize = 1 << 20;

/// Inputs that have broken parsers elsewhere, written for these tests.
pub fn hostile_inputs() -> Vec<(&'static str, Vec<u8>)> {
    let mut random = Vec::with_capacity(MB);
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..MB {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        random.push(state as u8);
    }
    vec![
        ("random-bytes", random),
        ("invalid-utf8", b"caf\xe9 \xff\xfe said \xc3".to_vec()),
        ("bom", "\u{FEFF}“Hi,” she said.".as_bytes().to_vec()),
        (
            "crlf",
            b"\"One,\" he said.\r\n\r\n\"Two,\" she said.\r\n".to_vec(),
        ),
        ("nul-bytes", b"He said\0 \"no\0\" \0\0 today.".to_vec()),
        ("straight-quotes", vec![b'"'; MB]),
        ("curly-opening-quotes", "“".repeat(MB / 3).into_bytes()),
        ("nested-quotes", "“‘".repeat(MB / 6).into_bytes()),
        ("no-spaces", "a".repeat(MB).into_bytes()),
        (
            "combining-marks",
            format!("He said{}.", "\u{301}".repeat(MB / 2)).into_bytes(),
        ),
        ("said-repeated", "said ".repeat(100_000).into_bytes()),
        (
            "he-said-repeated",
            "“Yes,” he said, “and ".repeat(40_000).into_bytes(),
        ),
        ("headline-only", b"Senate passes budget".to_vec()),
        ("periods", ". ".repeat(MB / 2).into_bytes()),
        ("list-markers", "1. ".repeat(MB / 3).into_bytes()),
        ("initials", "J. ".repeat(MB / 3).into_bytes()),
        (
            "names",
            "Smith said Jones said Brown said "
                .repeat(30_000)
                .into_bytes(),
        ),
        ("colons", "Poll: ".repeat(MB / 6).into_bytes()),
    ]
}

#[test]
fn every_hostile_input_gets_one_record() {
    let dir = temp_dir("hostile");
    for (name, bytes) in hostile_inputs() {
        std::fs::write(dir.join(format!("{name}.txt")), &bytes).unwrap();
    }
    let out = whosaid(&["extract", dir.to_str().unwrap(), "-q"], b"");
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "status {:?}: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let records = records(&out);
    assert_eq!(
        records.len(),
        hostile_inputs().len(),
        "one record per article"
    );
    let failed: Vec<&str> = records
        .iter()
        .filter(|r| !r["error"].is_null())
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        failed,
        ["invalid-utf8", "random-bytes"],
        "only undecodable text fails"
    );
    for record in &records {
        let error = record["error"].as_str().unwrap_or("");
        assert!(
            !error.contains("internal error"),
            "{}: {error}",
            record["id"]
        );
    }
}

#[test]
fn a_size_limit_fails_the_article_with_a_reason() {
    let dir = temp_dir("max-bytes");
    std::fs::write(dir.join("big.txt"), "word ".repeat(1000)).unwrap();
    std::fs::write(dir.join("small.txt"), "Short.").unwrap();
    let out = whosaid(
        &["extract", dir.to_str().unwrap(), "--max-bytes", "100", "-q"],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    let records = records(&out);
    assert!(
        records[0]["error"]
            .as_str()
            .unwrap()
            .contains("--max-bytes")
    );
    assert!(records[1]["error"].is_null());
}
