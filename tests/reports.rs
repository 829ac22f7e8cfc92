//! Workbook and CSV reports, read back.

use calamine::{Data, Reader, Xlsx, open_workbook};

use crate::assert_exit;
use crate::util::{records, root, temp_dir, whosaid};

fn seeds() -> String {
    root().join("seeds").to_str().unwrap().to_string()
}

/// The column names of a sheet: its first row.
fn header(sheet: &calamine::Range<Data>) -> Vec<String> {
    let first = sheet.rows().next().expect("a header row");
    first.iter().map(|c| c.to_string()).collect()
}

/// Quotes of the seeds' JSON records, nested ones included.
fn quote_count() -> usize {
    let out = whosaid(&["extract", &seeds(), "-q"], b"");
    records(&out)
        .iter()
        .flat_map(|r| r["quotes"].as_array().unwrap().clone())
        .map(|q| 1 + q["nested"].as_array().map_or(0, Vec::len))
        .sum()
}

#[test]
fn workbook_has_every_sheet_and_one_row_per_quote() {
    let dir = temp_dir("xlsx");
    let path = dir.join("report.xlsx");
    let out = whosaid(&["extract", &seeds(), "-o", path.to_str().unwrap()], b"");
    assert_exit!(out, 0);
    let mut workbook: Xlsx<_> = open_workbook(&path).expect("a readable workbook");
    let names = workbook.sheet_names();
    for sheet in ["Quotes", "Articles", "Speakers", "Summary"] {
        assert!(
            names.iter().any(|n| n == sheet),
            "sheet {sheet} in {names:?}"
        );
    }
    let quotes = workbook.worksheet_range("Quotes").unwrap();
    let header = header(&quotes);
    assert_eq!(header[0], "article_id");
    assert!(header.contains(&"speaker".to_string()) && header.contains(&"quote".to_string()));
    assert_eq!(quotes.rows().count() - 1, quote_count());
    let speaker_col = header.iter().position(|h| h == "speaker").unwrap();
    assert!(
        quotes
            .rows()
            .skip(1)
            .any(|r| r[speaker_col] == Data::String("State Department".into()))
    );
    let articles = workbook.worksheet_range("Articles").unwrap();
    assert_eq!(
        articles.rows().count(),
        2,
        "header and the one seed article"
    );
    // No formulas anywhere: text stays text.
    for sheet in ["Quotes", "Articles", "Speakers"] {
        let formulas = workbook.worksheet_formula(sheet).unwrap();
        assert!(
            formulas.used_cells().all(|(_, _, f)| f.is_empty()),
            "formula in {sheet}"
        );
    }
}

#[test]
fn same_input_and_date_give_the_same_workbook_bytes() {
    let dir = temp_dir("xlsx-repro");
    let (a, b) = (dir.join("a.xlsx"), dir.join("b.xlsx"));
    for path in [&a, &b] {
        let out = whosaid(
            &[
                "extract",
                &seeds(),
                "--created",
                "2024-01-31",
                "-o",
                path.to_str().unwrap(),
            ],
            b"",
        );
        assert_exit!(out, 0);
    }
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
}

#[test]
fn csv_quotes_table_round_trips() {
    let dir = temp_dir("csv");
    let path = dir.join("quotes.csv");
    let out = whosaid(&["extract", &seeds(), "-o", path.to_str().unwrap()], b"");
    assert_exit!(out, 0);
    let mut reader = csv::Reader::from_path(&path).unwrap();
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "article_id");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), quote_count());
    let quote = headers.iter().position(|h| h == "quote").unwrap();
    assert!(
        rows.iter()
            .any(|r| &r[quote] == "candid, substantive and constructive")
    );
    // Added columns go last, so that readers by position keep working.
    assert_eq!(headers.get(headers.len() - 1), Some("nested_in"));
    let cue = headers.iter().position(|h| h == "cue").unwrap();
    let cue_kind = headers.iter().position(|h| h == "cue_kind").unwrap();
    for row in &rows {
        let kind = &row[cue_kind];
        match &row[cue] {
            "" => assert_eq!(kind, ""),
            _ => assert!(
                ["speech", "belief", "evidential"].contains(&kind),
                "{row:?}"
            ),
        }
    }
}

#[test]
fn csv_directory_gets_three_tables() {
    let dir = temp_dir("csv-dir");
    let out = whosaid(
        &[
            "extract",
            &seeds(),
            "-o",
            dir.join("report").to_str().unwrap(),
            "-f",
            "csv",
        ],
        b"",
    );
    assert_exit!(out, 0);
    for name in ["quotes.csv", "speakers.csv", "articles.csv"] {
        assert!(dir.join("report").join(name).exists(), "{name}");
    }
    let articles = std::fs::read_to_string(dir.join("report/articles.csv")).unwrap();
    assert_eq!(articles.lines().count(), 2);
}

#[test]
fn json_array_holds_every_article() {
    let dir = temp_dir("json");
    let path = dir.join("all.json");
    let input =
        "{\"id\": \"x\", \"text\": \"“Yes,” she said.\"}\n{\"id\": \"y\", \"text\": \"\"}\n";
    let out = whosaid(
        &["extract", "-", "-o", path.to_str().unwrap(), "-q"],
        input.as_bytes(),
    );
    assert_exit!(out, 1);
    let value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let ids: Vec<&str> = value
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["x", "y"]);
}

/// An article where the Gazette vouches for Roe's words, and Roe is quoted
/// once more on her own.
const VOUCHED: &str = "{\"id\": \"v\", \"text\": \"“We will win,” Jane Roe said, according to the Gazette. Roe later said the vote was fair.\"}\n";

#[test]
fn a_quote_a_source_vouches_for_is_nested_in_json_and_a_row_in_tables() {
    let out = whosaid(&["extract", "-", "-q"], VOUCHED.as_bytes());
    assert_exit!(out, 0);
    let record = &records(&out)[0];
    let quotes = record["quotes"].as_array().unwrap();
    let speakers: Vec<&str> = quotes
        .iter()
        .map(|q| q["speaker"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(speakers, ["Gazette", "Jane Roe"]);
    let nested = quotes[0]["nested"].as_array().unwrap();
    assert_eq!(nested.len(), 1);
    assert_eq!(nested[0]["text"], "We will win");
    assert_eq!(nested[0]["speaker"]["name"], "Jane Roe");
    assert!(quotes[1].get("nested").is_none());
    // Roe's two quotes count for her, the nested one included.
    let roe = record["speakers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "Jane Roe")
        .unwrap();
    assert_eq!(roe["quotes"], 2);

    let dir = temp_dir("nested");
    let csv_path = dir.join("quotes.csv");
    let xlsx_path = dir.join("report.xlsx");
    for path in [&csv_path, &xlsx_path] {
        let out = whosaid(
            &["extract", "-", "-q", "-o", path.to_str().unwrap()],
            VOUCHED.as_bytes(),
        );
        assert_exit!(out, 0);
    }
    // In the tables, every quote is a row; a nested one names its holder.
    let mut reader = csv::Reader::from_path(&csv_path).unwrap();
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let rows: Vec<(String, String, String)> = reader
        .records()
        .map(Result::unwrap)
        .map(|r| {
            let cell = |name: &str| r[column(name)].to_string();
            (cell("quote_index"), cell("speaker"), cell("nested_in"))
        })
        .collect();
    let row = |i: &str, speaker: &str, nested_in: &str| {
        (i.to_string(), speaker.to_string(), nested_in.to_string())
    };
    assert_eq!(
        rows,
        [
            row("1", "Gazette", ""),
            row("2", "Jane Roe", "1"),
            row("3", "Jane Roe", "")
        ]
    );
    let mut workbook: Xlsx<_> = open_workbook(&xlsx_path).unwrap();
    let sheet = workbook.worksheet_range("Quotes").unwrap();
    let header = header(&sheet);
    let nested_in = header.iter().position(|h| h == "nested_in").unwrap();
    let cells: Vec<Data> = sheet.rows().skip(1).map(|r| r[nested_in].clone()).collect();
    assert_eq!(cells, [Data::Empty, Data::Float(1.0), Data::Empty]);
}
