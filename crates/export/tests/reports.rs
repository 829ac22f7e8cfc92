//! Reports read back: the workbook with calamine, CSV with the csv reader.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use whosaid_core::{
    Analysis, Attribution, Cue, Document, Meta, Outcome, Quote, QuoteKind, Resolution, Sentence,
    Span, Speaker, SpeakerKind,
};
use whosaid_export::{
    CsvOptions, CsvTables, JsonLinesWriter, QuotesCsvWriter, WorkbookOptions, WorkbookReport,
};

/// An article with one direct quote of `quote`, said by Jo Park.
fn article(id: &str, quote: &str) -> Outcome {
    let text = format!("“{quote},” Jo Park said.");
    let content = Span::new(3, 3 + quote.len());
    let mention = Span::new(content.end + 5, content.end + 12);
    let cue = Span::new(mention.end + 1, mention.end + 5);
    assert_eq!(&text[mention], "Jo Park");
    let mut document = Document::new(id, text.clone());
    document.meta = Meta {
        title: Some(format!("Title {id}")),
        url: Some(format!("https://example.org/{id}")),
        ..Meta::default()
    };
    Outcome::Analysed(Analysis {
        document,
        sentences: vec![Sentence {
            span: Span::new(0, text.len()),
            paragraph: 0,
        }],
        quotes: vec![Quote {
            kind: QuoteKind::Direct,
            span: content,
            parts: vec![content],
            sentence: 0,
            attribution: Some(Attribution {
                speaker: 0,
                mention,
                resolved: Resolution::Explicit,
            }),
            cue: Some(Cue::speech(cue, "say")),
            addressee: None,
            nested_in: None,
        }],
        speakers: vec![Speaker {
            id: 0,
            name: "Jo Park".into(),
            kind: SpeakerKind::Person,
            mentions: vec![mention],
        }],
    })
}

fn failed(id: &str) -> Outcome {
    Outcome::Failed {
        id: id.into(),
        meta: Meta::default(),
        error: "not valid UTF-8".into(),
    }
}

fn workbook(outcomes: &[Outcome], options: WorkbookOptions) -> Vec<u8> {
    let mut report = WorkbookReport::new(options).unwrap();
    for outcome in outcomes {
        report.write(outcome).unwrap();
    }
    let mut out = Cursor::new(Vec::new());
    report.save_to_writer(&mut out).unwrap();
    out.into_inner()
}

fn open(bytes: Vec<u8>) -> Xlsx<Cursor<Vec<u8>>> {
    Xlsx::new(Cursor::new(bytes)).expect("a readable workbook")
}

fn column(range: &calamine::Range<Data>, name: &str) -> usize {
    range
        .rows()
        .next()
        .unwrap()
        .iter()
        .position(|c| *c == name)
        .unwrap_or_else(|| panic!("column {name}"))
}

#[test]
fn sheets_headers_rows_and_values() {
    let outcomes = [
        article("a1", "We will win"),
        failed("a2"),
        article("a3", "Not yet"),
    ];
    let mut book = open(workbook(
        &outcomes,
        WorkbookOptions::new().created_on(2024, 1, 1),
    ));
    assert_eq!(
        book.sheet_names(),
        ["Quotes", "Articles", "Speakers", "Summary"]
    );

    let quotes = book.worksheet_range("Quotes").unwrap();
    assert_eq!(quotes.rows().count(), 3, "header and one row per quote");
    let row = quotes.rows().nth(1).unwrap();
    assert_eq!(
        row[column(&quotes, "article_id")],
        Data::String("a1".into())
    );
    assert_eq!(
        row[column(&quotes, "speaker")],
        Data::String("Jo Park".into())
    );
    assert_eq!(
        row[column(&quotes, "quote")],
        Data::String("We will win".into())
    );
    assert_eq!(
        row[column(&quotes, "sentence")],
        Data::String("“We will win,” Jo Park said.".into())
    );
    assert_eq!(
        row[column(&quotes, "start")],
        Data::Float(1.0),
        "code point offsets"
    );
    assert_eq!(row[column(&quotes, "truncated")], Data::Bool(false));

    let articles = book.worksheet_range("Articles").unwrap();
    assert_eq!(
        articles.rows().count(),
        4,
        "every article, failures included"
    );
    let status = column(&articles, "status");
    assert_eq!(
        articles.rows().nth(2).unwrap()[status],
        Data::String("error: not valid UTF-8".into())
    );

    let speakers = book.worksheet_range("Speakers").unwrap();
    let row = speakers.rows().nth(1).unwrap();
    assert_eq!(row[0], Data::String("Jo Park".into()));
    assert_eq!(row[column(&speakers, "quotes")], Data::Float(2.0));
    assert_eq!(row[column(&speakers, "articles")], Data::Float(2.0));
}

#[test]
fn text_is_never_a_formula() {
    let mut book = open(workbook(
        &[article("f", "=HYPERLINK(\"http://x\")")],
        WorkbookOptions::new(),
    ));
    for sheet in ["Quotes", "Articles", "Speakers", "Summary"] {
        let formulas = book.worksheet_formula(sheet).unwrap();
        assert!(
            formulas.used_cells().all(|(_, _, f)| f.is_empty()),
            "formula in {sheet}"
        );
    }
    let quotes = book.worksheet_range("Quotes").unwrap();
    let quote = column(&quotes, "quote");
    assert_eq!(
        quotes.rows().nth(1).unwrap()[quote],
        Data::String("=HYPERLINK(\"http://x\")".into())
    );
}

#[test]
fn long_quotes_are_cut_in_the_workbook_and_whole_elsewhere() {
    let long = "word ".repeat(10_000);
    let long = long.trim_end();
    let outcomes = [article("long", long)];
    let mut book = open(workbook(&outcomes, WorkbookOptions::new()));
    let quotes = book.worksheet_range("Quotes").unwrap();
    let row = quotes.rows().nth(1).unwrap();
    let cell = row[column(&quotes, "quote")].to_string();
    assert!(cell.ends_with("[…truncated]") && cell.chars().count() <= 32_767);
    assert_eq!(row[column(&quotes, "truncated")], Data::Bool(true));

    let mut csv = Vec::new();
    let mut writer = QuotesCsvWriter::new(&mut csv, CsvOptions::new()).unwrap();
    writer.write(&outcomes[0]).unwrap();
    writer.finish().unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_slice());
    let record = reader.records().next().unwrap().unwrap();
    assert_eq!(&record[13], long);

    let mut jsonl = Vec::new();
    JsonLinesWriter::new(&mut jsonl)
        .write(&outcomes[0])
        .unwrap();
    let value: serde_json::Value = serde_json::from_slice(&jsonl).unwrap();
    assert_eq!(value["quotes"][0]["text"], long);
}

#[test]
fn rows_past_the_sheet_limit_continue_on_a_new_sheet() {
    let outcomes: Vec<Outcome> = (0..7).map(|i| article(&format!("n{i}"), "Again")).collect();
    let mut book = open(workbook(
        &outcomes,
        WorkbookOptions::new().rows_per_sheet(3),
    ));
    let names = book.sheet_names();
    assert_eq!(
        names,
        [
            "Quotes",
            "Articles",
            "Quotes (2)",
            "Articles (2)",
            "Quotes (3)",
            "Articles (3)",
            "Speakers",
            "Summary"
        ]
    );
    let total: usize = ["Quotes", "Quotes (2)", "Quotes (3)"]
        .iter()
        .map(|s| book.worksheet_range(s).unwrap().rows().count() - 1)
        .sum();
    assert_eq!(total, 7, "no row lost");
}

#[test]
fn same_input_and_date_give_the_same_bytes() {
    let outcomes = [article("a", "Same"), failed("b")];
    let options = || WorkbookOptions::new().created_on(2024, 5, 6);
    assert_eq!(
        workbook(&outcomes, options()),
        workbook(&outcomes, options())
    );
}

#[test]
fn csv_tables_round_trip_with_guard_and_bom() {
    let outcomes = [article("a1", "-5 points, +3 more"), failed("a2")];
    let (mut quotes, mut speakers, mut articles) = (Vec::new(), Vec::new(), Vec::new());
    let mut tables = CsvTables::new(
        &mut quotes,
        &mut speakers,
        &mut articles,
        CsvOptions::new().bom(true),
    )
    .unwrap();
    for outcome in &outcomes {
        tables.write(outcome).unwrap();
    }
    tables.finish().unwrap();
    assert!(
        quotes.starts_with("\u{FEFF}".as_bytes()),
        "byte order mark for Excel"
    );
    let quotes = String::from_utf8(quotes).unwrap();
    let mut reader = csv::Reader::from_reader(quotes.trim_start_matches('\u{FEFF}').as_bytes());
    assert_eq!(
        &reader.headers().unwrap()[0],
        "article_id",
        "not `ID`, which Excel reads as SYLK"
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][13], "'-5 points, +3 more", "formula guard");
    let articles = String::from_utf8(articles).unwrap();
    assert_eq!(articles.lines().count(), 3, "header and both articles");
    assert!(!articles.contains("\r\n"), "LF line ends");
    let speakers = String::from_utf8(speakers).unwrap();
    assert!(speakers.contains("Jo Park,person,1,1,0,0,0,1"));
}

/// The JSON Lines record of `outcome`, parsed.
fn json_record(outcome: &Outcome) -> serde_json::Value {
    let mut writer = JsonLinesWriter::new(Vec::new());
    writer.write(outcome).unwrap();
    serde_json::from_slice(&writer.into_inner()).unwrap()
}

#[test]
fn nested_quotes_go_inside_their_holder_and_bad_links_stay_top_level() {
    let Outcome::Analysed(one) = article("a", "We will win") else {
        unreachable!()
    };
    let mut analysis = one.clone();
    // Four copies of the quote: the second nested in the first, the third
    // linked to the second (itself nested) and the fourth to no quote at
    // all, as a hand-built analysis may do.
    let mut quotes = vec![one.quotes[0].clone(); 4];
    quotes[1].nested_in = Some(0);
    quotes[2].nested_in = Some(1);
    quotes[3].nested_in = Some(9);
    analysis.quotes = quotes;
    let record = json_record(&Outcome::Analysed(analysis));
    let quotes = record["quotes"].as_array().unwrap();
    let nested: Vec<usize> = quotes
        .iter()
        .map(|q| q.get("nested").map_or(0, |n| n.as_array().unwrap().len()))
        .collect();
    assert_eq!(nested, [1, 0, 0]);
    assert_eq!(record["speakers"][0]["quotes"], 4);
}
