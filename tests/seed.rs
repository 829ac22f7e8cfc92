//! The seed article: the JSON record contract end to end.

use crate::assert_exit;
use crate::util::{records, seed_path, slice_chars, whosaid};

fn seed_record() -> (String, serde_json::Value) {
    let text = std::fs::read_to_string(seed_path()).unwrap();
    let out = whosaid(
        &["extract", seed_path().to_str().unwrap(), "-f", "jsonl"],
        b"",
    );
    assert_exit!(out, 0);
    let mut records = records(&out);
    assert_eq!(records.len(), 1, "one record per article");
    (text, records.remove(0))
}

#[test]
fn record_follows_the_contract() {
    let (_, record) = seed_record();
    assert_eq!(record["id"], "000_8f1725446b0f4224");
    for key in ["meta", "sentences", "quotes", "speakers", "error"] {
        assert!(record.get(key).is_some(), "missing {key}");
    }
    assert!(record["error"].is_null());
    assert!(record["meta"]["title"].is_null() && record["meta"]["url"].is_null());
}

#[test]
fn sentences_cover_the_text() {
    let (text, record) = seed_record();
    let sentences = record["sentences"].as_array().unwrap();
    let mut at = 0;
    for s in sentences {
        assert_eq!(s["start"].as_u64().unwrap(), at);
        at = s["end"].as_u64().unwrap();
    }
    assert_eq!(at as usize, text.chars().count());
    assert_eq!(sentences[0]["end"], 185);
}

#[test]
fn quote_text_equals_the_article_sliced_by_its_offsets() {
    let (text, record) = seed_record();
    let quotes = record["quotes"].as_array().unwrap();
    assert!(!quotes.is_empty());
    for q in quotes {
        let (start, end) = (q["start"].as_u64().unwrap(), q["end"].as_u64().unwrap());
        assert_eq!(q["text"].as_str().unwrap(), slice_chars(&text, start, end));
        for part in q["parts"].as_array().unwrap() {
            let (s, e) = (part[0].as_u64().unwrap(), part[1].as_u64().unwrap());
            assert!(start <= s && s <= e && e <= end, "part inside the quote");
        }
        if let Some(speaker) = q["speaker"].as_object() {
            let (s, e) = (
                speaker["start"].as_u64().unwrap(),
                speaker["end"].as_u64().unwrap(),
            );
            assert_eq!(
                speaker["mention"].as_str().unwrap(),
                slice_chars(&text, s, e)
            );
        }
        if let Some(cue) = q["cue"].as_object() {
            let (s, e) = (cue["start"].as_u64().unwrap(), cue["end"].as_u64().unwrap());
            assert_eq!(cue["text"].as_str().unwrap(), slice_chars(&text, s, e));
        }
    }
}

#[test]
fn finds_both_partial_quotes_with_their_speakers() {
    let (_, record) = seed_record();
    let quotes = record["quotes"].as_array().unwrap();
    let state = quotes
        .iter()
        .find(|q| q["text"] == "candid, substantive and constructive")
        .expect("the State Department's partial quote");
    assert_eq!(state["kind"], "partial");
    assert_eq!(
        (state["start"].as_u64(), state["end"].as_u64()),
        (Some(389), Some(425))
    );
    assert_eq!(state["speaker"]["name"], "State Department");
    assert_eq!(state["speaker"]["kind"], "organization");
    assert_eq!(state["cue"]["text"], "said");
    assert_eq!(state["cue"]["lemma"], "say");

    let joint = quotes
        .iter()
        .find(|q| {
            q["text"]
                .as_str()
                .unwrap()
                .contains("candid, in-depth, and constructive")
        })
        .expect("the joint statement's quote");
    assert_ne!(joint["speaker"]["name"], "State Department");
    assert!(
        ["joint statement", "both sides"].contains(&joint["speaker"]["name"].as_str().unwrap())
    );
}

#[test]
fn taiwan_independence_is_not_the_state_department() {
    let (_, record) = seed_record();
    for q in record["quotes"].as_array().unwrap() {
        if q["text"].as_str().unwrap().contains("Taiwan independence") {
            assert_ne!(q["speaker"]["name"], "State Department");
        }
    }
}

#[test]
fn no_quote_is_made_of_apostrophes() {
    let (text, record) = seed_record();
    let chars: Vec<char> = text.chars().collect();
    let apostrophe_at = |i: usize| {
        chars.get(i) == Some(&'’')
            && i > 0
            && chars[i - 1].is_alphabetic()
            && chars.get(i + 1).is_some_and(|c| c.is_alphabetic())
    };
    for q in record["quotes"].as_array().unwrap() {
        for part in q["parts"].as_array().unwrap() {
            let (s, e) = (
                part[0].as_u64().unwrap() as usize,
                part[1].as_u64().unwrap() as usize,
            );
            assert!(
                s == 0 || !apostrophe_at(s - 1),
                "quote opened by an apostrophe: {}",
                q["text"]
            );
            assert!(
                !apostrophe_at(e),
                "quote closed by an apostrophe: {}",
                q["text"]
            );
        }
    }
}

#[test]
fn reported_speech_of_the_seed_with_its_speakers() {
    let (_, record) = seed_record();
    let quotes = record["quotes"].as_array().unwrap();
    let find = |cue: &str, starts: &str| {
        quotes
            .iter()
            .find(|q| q["cue"]["text"] == cue && q["text"].as_str().unwrap().starts_with(starts))
            .unwrap_or_else(|| panic!("no quote cued by {cue:?} starting {starts:?}"))
    };

    let told = find("told", "that US-China relations are at a critical juncture");
    assert_eq!(told["kind"], "indirect");
    assert_eq!(told["speaker"]["name"], "Wang");
    assert_eq!(told["addressee"]["text"], "Blinken");

    let pressed = find("pressed", "the US to adhere to the One China principle");
    assert_eq!(pressed["kind"], "mixed");
    assert!(
        pressed["text"]
            .as_str()
            .unwrap()
            .ends_with("oppose “Taiwan independence.”")
    );
    assert_eq!(pressed["speaker"]["name"], "Wang");
    assert_eq!(pressed["speaker"]["resolved"], "pronoun");

    let release = find(
        "pressed",
        "the Chinese to release detained American citizens",
    );
    assert_eq!(release["speaker"]["name"], "Antony Blinken");

    let urged = find("urged", "the other to take steps");
    assert_eq!(urged["speaker"]["name"], "both sides");
    assert_eq!(urged["speaker"]["kind"], "group");

    let sources = find("say", "it’s unlikely that a face-to-face meeting");
    assert_eq!(sources["speaker"]["kind"], "anonymous");
}
