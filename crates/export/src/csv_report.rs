//! CSV tables: quotes, speakers and articles (RFC 4180, UTF-8, LF).

use std::borrow::Cow;
use std::io::Write;

use whosaid_core::Outcome;

use crate::ExportError;
use crate::rows::{
    ARTICLE_COLUMNS, QUOTE_COLUMNS, SPEAKER_COLUMNS, Tally, article_row, quote_rows,
};

/// Options of the CSV writers.
#[derive(Clone, Copy, Debug)]
pub struct CsvOptions {
    bom: bool,
    formula_guard: bool,
}

impl Default for CsvOptions {
    fn default() -> Self {
        CsvOptions {
            bom: false,
            formula_guard: true,
        }
    }
}

impl CsvOptions {
    /// Default options: no byte order mark, formula guard on.
    pub fn new() -> CsvOptions {
        CsvOptions::default()
    }

    /// Starts each file with a UTF-8 byte order mark, which Excel needs to
    /// read UTF-8. By default, no mark is written.
    pub fn bom(mut self, yes: bool) -> CsvOptions {
        self.bom = yes;
        self
    }

    /// Prefixes text cells that a spreadsheet would run as a formula
    /// (starting with `=`, `+`, `-`, `@`, tab or carriage return) with `'`.
    /// On by default.
    pub fn formula_guard(mut self, yes: bool) -> CsvOptions {
        self.formula_guard = yes;
        self
    }

    fn text<'a>(&self, value: &'a str) -> Cow<'a, str> {
        if self.formula_guard && value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            Cow::Owned(format!("'{value}"))
        } else {
            Cow::Borrowed(value)
        }
    }
}

fn start<W: Write>(
    mut out: W,
    options: CsvOptions,
    header: &[&str],
) -> Result<csv::Writer<W>, ExportError> {
    if options.bom {
        out.write_all("\u{FEFF}".as_bytes())?;
    }
    let mut csv = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(out);
    csv.write_record(header)?;
    Ok(csv)
}

/// Writes the quotes table, one row per quote.
///
/// ```
/// use whosaid_core::{Document, Outcome};
/// use whosaid_export::{CsvOptions, QuotesCsvWriter};
///
/// let analysis = whosaid_core::Analysis {
///     document: Document::new("a1", "Nothing quoted."),
///     sentences: vec![],
///     quotes: vec![],
///     speakers: vec![],
/// };
/// let mut out = Vec::new();
/// let mut writer = QuotesCsvWriter::new(&mut out, CsvOptions::new())?;
/// writer.write(&Outcome::Analysed(analysis))?;
/// writer.finish()?;
/// assert!(String::from_utf8(out)?.starts_with("article_id,title,"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct QuotesCsvWriter<W: Write> {
    csv: csv::Writer<W>,
    options: CsvOptions,
}

impl<W: Write> QuotesCsvWriter<W> {
    /// Writes the header to `out`.
    pub fn new(out: W, options: CsvOptions) -> Result<QuotesCsvWriter<W>, ExportError> {
        Ok(QuotesCsvWriter {
            csv: start(out, options, &QUOTE_COLUMNS)?,
            options,
        })
    }

    /// Writes the quotes of one article; a failed article has none.
    pub fn write(&mut self, outcome: &Outcome) -> Result<(), ExportError> {
        let Outcome::Analysed(analysis) = outcome else {
            return Ok(());
        };
        let o = self.options;
        for row in quote_rows(analysis) {
            let index = row.quote_index.to_string();
            let start = row.start.to_string();
            let end = row.end.to_string();
            let nested_in = row.nested_in.map(|i| i.to_string()).unwrap_or_default();
            let record = [
                o.text(row.article_id),
                o.text(row.title),
                o.text(row.published),
                o.text(row.source),
                Cow::Borrowed(index.as_str()),
                Cow::Borrowed(row.kind.as_str()),
                o.text(row.speaker),
                Cow::Borrowed(row.speaker_kind),
                o.text(row.speaker_as_written),
                Cow::Borrowed(row.resolved),
                o.text(row.cue),
                o.text(row.cue_lemma),
                o.text(row.addressee),
                o.text(&row.quote),
                o.text(row.sentence),
                Cow::Borrowed(start.as_str()),
                Cow::Borrowed(end.as_str()),
                Cow::Borrowed(row.cue_kind),
                Cow::Borrowed(nested_in.as_str()),
            ];
            self.csv.write_record(record.iter().map(|c| c.as_bytes()))?;
        }
        Ok(())
    }

    /// Flushes and returns the writer.
    pub fn finish(self) -> Result<W, ExportError> {
        self.csv
            .into_inner()
            .map_err(|e| ExportError::Io(e.into_error()))
    }
}

/// Writes the three tables of a CSV report: quotes and articles as articles
/// arrive, speakers (totals across the corpus) at the end.
#[derive(Debug)]
pub struct CsvTables<W: Write> {
    quotes: QuotesCsvWriter<W>,
    articles: csv::Writer<W>,
    speakers: W,
    tally: Tally,
    options: CsvOptions,
}

impl<W: Write> CsvTables<W> {
    /// Writes the headers of `quotes.csv` and `articles.csv`.
    pub fn new(
        quotes: W,
        speakers: W,
        articles: W,
        options: CsvOptions,
    ) -> Result<CsvTables<W>, ExportError> {
        Ok(CsvTables {
            quotes: QuotesCsvWriter::new(quotes, options)?,
            articles: start(articles, options, &ARTICLE_COLUMNS)?,
            speakers,
            tally: Tally::default(),
            options,
        })
    }

    /// Adds one article.
    pub fn write(&mut self, outcome: &Outcome) -> Result<(), ExportError> {
        self.quotes.write(outcome)?;
        self.tally.add(outcome);
        let row = article_row(outcome);
        let o = self.options;
        let numbers: Vec<String> = [row.sentences, row.quotes]
            .into_iter()
            .chain(row.by_kind)
            .chain([row.speakers])
            .map(|n| n.to_string())
            .collect();
        let mut record: Vec<Cow<str>> = vec![
            o.text(row.article_id),
            o.text(row.title),
            o.text(row.url),
            o.text(row.source),
            o.text(row.published),
        ];
        record.extend(numbers.iter().map(|n| Cow::Borrowed(n.as_str())));
        record.push(o.text(&row.status));
        self.articles
            .write_record(record.iter().map(|c| c.as_bytes()))?;
        Ok(())
    }

    /// Writes `speakers.csv` and flushes all three.
    pub fn finish(self) -> Result<(), ExportError> {
        self.quotes.finish()?;
        self.articles
            .into_inner()
            .map_err(|e| ExportError::Io(e.into_error()))?;
        let mut speakers = start(self.speakers, self.options, &SPEAKER_COLUMNS)?;
        for row in self.tally.speaker_rows() {
            let numbers: Vec<String> = [row.quotes]
                .into_iter()
                .chain(row.by_kind)
                .chain([row.articles])
                .map(|n| n.to_string())
                .collect();
            let mut record = vec![
                self.options.text(&row.speaker).into_owned(),
                row.kind.as_str().to_string(),
            ];
            record.extend(numbers);
            speakers.write_record(&record)?;
        }
        speakers
            .into_inner()
            .map_err(|e| ExportError::Io(e.into_error()))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_guard_neutralises_only_formula_starts() {
        let on = CsvOptions::new();
        assert_eq!(on.text("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(on.text("-5 points"), "'-5 points");
        assert_eq!(on.text("@user"), "'@user");
        assert_eq!(on.text("plain"), "plain");
        let off = CsvOptions::new().formula_guard(false);
        assert_eq!(off.text("=SUM(A1)"), "=SUM(A1)");
    }
}
