//! The Excel workbook: Quotes, Articles, Speakers and Summary sheets.
//!
//! Quotes and articles stream into constant-memory sheets as articles
//! arrive, so memory stays flat whatever the corpus size; speakers and the
//! summary are written at the end from running totals. Text is always
//! written as text, never as a formula.

use std::io::{Seek, Write};

use rust_xlsxwriter::{
    Chart, ChartType, Color, DocProperties, ExcelDateTime, Format, FormatAlign, Url, Workbook,
    Worksheet,
};
use whosaid_core::{Outcome, QuoteKind};

use crate::ExportError;
use crate::rows::{
    ARTICLE_COLUMNS, Highlights, QUOTE_COLUMNS, SPEAKER_COLUMNS, Tally, article_row, quote_rows,
};

/// Most characters (UTF-16 units) an Excel cell holds.
const CELL_LIMIT: usize = 32_767;
/// Appended to a cell cut at [`CELL_LIMIT`]; the full text stays in CSV and JSON.
const TRUNCATION_MARK: &str = " […truncated]";
/// Data rows per sheet: Excel's 1,048,576 rows less the header.
const SHEET_ROWS: u32 = 1_048_575;
/// Hyperlinks a sheet can hold before Excel's ids wrap and corrupt it.
const HYPERLINK_LIMIT: u32 = 65_530;
/// Longest URL Excel accepts as a hyperlink.
const URL_LIMIT: usize = 2_080;
/// Speakers shown in the summary chart.
const CHART_SPEAKERS: usize = 15;

/// Options of the workbook report.
#[derive(Clone, Debug)]
pub struct WorkbookOptions {
    created: Option<(u16, u8, u8)>,
    rows_per_sheet: u32,
    title: String,
}

impl Default for WorkbookOptions {
    fn default() -> Self {
        WorkbookOptions {
            created: None,
            rows_per_sheet: SHEET_ROWS,
            title: "whosaid report".into(),
        }
    }
}

impl WorkbookOptions {
    /// Default options: created now, Excel's full row limit.
    pub fn new() -> WorkbookOptions {
        WorkbookOptions::default()
    }

    /// Fixes the creation date in the document properties, so that the same
    /// input gives the same bytes. By default the current time is used.
    pub fn created_on(mut self, year: u16, month: u8, day: u8) -> WorkbookOptions {
        self.created = Some((year, month, day));
        self
    }

    /// Data rows per sheet before a table continues on a new sheet
    /// (`Quotes (2)`). By default Excel's limit, 1,048,575; lower values
    /// exist for testing.
    pub fn rows_per_sheet(mut self, rows: u32) -> WorkbookOptions {
        self.rows_per_sheet = rows.clamp(1, SHEET_ROWS);
        self
    }

    /// The document title. By default `whosaid report`.
    pub fn title(mut self, title: impl Into<String>) -> WorkbookOptions {
        self.title = title.into();
        self
    }
}

struct Formats {
    header: Format,
    wrap: Format,
    quote: Format,
    speaker: Format,
    link: Format,
    bold: Format,
    percent: Format,
}

impl Formats {
    fn new() -> Formats {
        Formats {
            header: Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0xDDE6F0))
                .set_text_wrap(),
            wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            quote: Format::new()
                .set_bold()
                .set_font_color(Color::RGB(0x1F4E9A)),
            speaker: Format::new()
                .set_bold()
                .set_font_color(Color::RGB(0xB03A2E)),
            link: Format::new()
                .set_font_color(Color::Blue)
                .set_underline(rust_xlsxwriter::FormatUnderline::Single),
            bold: Format::new().set_bold(),
            percent: Format::new().set_num_format("0.0%"),
        }
    }
}

/// A sheet that continues on `Name (2)`, `Name (3)` past the row limit.
struct Table {
    name: &'static str,
    header: &'static [&'static str],
    widths: &'static [f64],
    sheets: Vec<usize>,
    row: u32,
    rows: u64,
    links: u32,
}

/// Quotes columns: widths in characters.
const QUOTE_WIDTHS: [f64; 20] = [
    16.0, 28.0, 12.0, 12.0, 7.0, 9.0, 22.0, 13.0, 22.0, 12.0, 10.0, 10.0, 16.0, 60.0, 70.0, 8.0,
    8.0, 9.0, 9.0, 10.0,
];
const ARTICLE_WIDTHS: [f64; 13] = [
    16.0, 36.0, 30.0, 14.0, 12.0, 10.0, 8.0, 8.0, 8.0, 8.0, 8.0, 9.0, 30.0,
];
const SPEAKER_WIDTHS: [f64; 8] = [30.0, 13.0, 8.0, 8.0, 8.0, 8.0, 8.0, 9.0];

/// Builds a workbook article by article.
///
/// ```
/// use whosaid_core::{Analysis, Document, Outcome};
/// use whosaid_export::{WorkbookOptions, WorkbookReport};
///
/// let mut report = WorkbookReport::new(WorkbookOptions::new().created_on(2024, 1, 1))?;
/// let analysis = Analysis {
///     document: Document::new("a1", "Nothing quoted."),
///     sentences: vec![],
///     quotes: vec![],
///     speakers: vec![],
/// };
/// report.write(&Outcome::Analysed(analysis))?;
/// let mut bytes = std::io::Cursor::new(Vec::new());
/// report.save_to_writer(&mut bytes)?;
/// assert!(bytes.into_inner().starts_with(b"PK"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct WorkbookReport {
    workbook: Workbook,
    formats: Formats,
    options: WorkbookOptions,
    quotes: Table,
    articles: Table,
    tally: Tally,
    truncated: u64,
}

impl std::fmt::Debug for WorkbookReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WorkbookReport")
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl WorkbookReport {
    /// Starts a workbook with its Quotes and Articles sheets.
    pub fn new(options: WorkbookOptions) -> Result<WorkbookReport, ExportError> {
        let mut report = WorkbookReport {
            workbook: Workbook::new(),
            formats: Formats::new(),
            options,
            quotes: Table::new("Quotes", &QUOTE_HEADER, &QUOTE_WIDTHS),
            articles: Table::new("Articles", &ARTICLE_COLUMNS, &ARTICLE_WIDTHS),
            tally: Tally::default(),
            truncated: 0,
        };
        report.add_sheet(TableId::Quotes)?;
        report.add_sheet(TableId::Articles)?;
        Ok(report)
    }

    fn table(&mut self, id: TableId) -> &mut Table {
        match id {
            TableId::Quotes => &mut self.quotes,
            TableId::Articles => &mut self.articles,
        }
    }

    fn add_sheet(&mut self, id: TableId) -> Result<(), ExportError> {
        let index = self.workbook.worksheets().len();
        let header_format = self.formats.header.clone();
        let table = self.table(id);
        let name = match table.sheets.len() {
            0 => table.name.to_string(),
            n => format!("{} ({})", table.name, n + 1),
        };
        let (header, widths) = (table.header, table.widths);
        table.sheets.push(index);
        table.row = 0;
        table.links = 0;
        let sheet = self.workbook.add_worksheet_with_constant_memory()?;
        sheet.set_name(name)?;
        for (col, (title, width)) in header.iter().zip(widths).enumerate() {
            sheet.set_column_width(col as u16, *width)?;
            sheet.write_string_with_format(0, col as u16, *title, &header_format)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        Ok(())
    }

    /// The sheet for the next row of a table, starting a new one when full.
    fn next_row(&mut self, id: TableId) -> Result<(usize, u32), ExportError> {
        let limit = self.options.rows_per_sheet;
        if self.table(id).row >= limit {
            self.finish_sheet(id)?;
            self.add_sheet(id)?;
        }
        let table = self.table(id);
        table.row += 1;
        table.rows += 1;
        Ok((*table.sheets.last().unwrap_or(&0), table.row))
    }

    fn finish_sheet(&mut self, id: TableId) -> Result<(), ExportError> {
        let table = self.table(id);
        let (index, rows, columns) = (
            *table.sheets.last().unwrap_or(&0),
            table.row,
            table.header.len(),
        );
        let sheet = self.workbook.worksheet_from_index(index)?;
        sheet.autofilter(0, 0, rows, columns as u16 - 1)?;
        Ok(())
    }

    /// Adds one article: its quotes and its row in Articles.
    pub fn write(&mut self, outcome: &Outcome) -> Result<(), ExportError> {
        self.tally.add(outcome);
        if let Outcome::Analysed(analysis) = outcome {
            for row in quote_rows(analysis) {
                let (index, r) = self.next_row(TableId::Quotes)?;
                let (quote, quote_cut) = fit_cell(&row.quote);
                let (sentence, sentence_cut) = fit_cell(row.sentence);
                if quote_cut || sentence_cut {
                    self.truncated += 1;
                }
                let formats = &self.formats;
                let sheet = self.workbook.worksheet_from_index(index)?;
                let texts = [row.article_id, row.title, row.published, row.source];
                for (col, value) in texts.iter().enumerate() {
                    write_text(sheet, r, col as u16, value, None)?;
                }
                sheet.write_number(r, 4, row.quote_index as f64)?;
                let texts = [
                    row.kind.as_str(),
                    row.speaker,
                    row.speaker_kind,
                    row.speaker_as_written,
                    row.resolved,
                    row.cue,
                    row.cue_lemma,
                    row.addressee,
                ];
                for (col, value) in texts.iter().enumerate() {
                    write_text(sheet, r, 5 + col as u16, value, None)?;
                }
                write_text(sheet, r, 13, &quote, Some(&formats.wrap))?;
                if sentence_cut {
                    write_text(sheet, r, 14, &sentence, Some(&formats.wrap))?;
                } else {
                    write_highlighted(sheet, r, 14, row.sentence, &row.highlights, formats)?;
                }
                sheet.write_number(r, 15, row.start as f64)?;
                sheet.write_number(r, 16, row.end as f64)?;
                write_text(sheet, r, 17, row.cue_kind, None)?;
                if let Some(holder) = row.nested_in {
                    sheet.write_number(r, 18, holder as f64)?;
                }
                sheet.write_boolean(r, 19, quote_cut || sentence_cut)?;
            }
        }
        let row = article_row(outcome);
        let (index, r) = self.next_row(TableId::Articles)?;
        let link_ok = self.articles.links < HYPERLINK_LIMIT
            && !row.url.is_empty()
            && row.url.len() <= URL_LIMIT;
        let formats = &self.formats;
        let sheet = self.workbook.worksheet_from_index(index)?;
        write_text(sheet, r, 0, row.article_id, None)?;
        write_text(sheet, r, 1, row.title, None)?;
        let mut linked = false;
        if link_ok {
            linked = sheet
                .write_url_with_format(r, 2, Url::new(row.url), &formats.link)
                .is_ok();
        }
        if !linked {
            write_text(sheet, r, 2, row.url, None)?;
        }
        write_text(sheet, r, 3, row.source, None)?;
        write_text(sheet, r, 4, row.published, None)?;
        let numbers = [row.sentences, row.quotes]
            .into_iter()
            .chain(row.by_kind)
            .chain([row.speakers]);
        for (col, n) in numbers.enumerate() {
            sheet.write_number(r, 5 + col as u16, n as f64)?;
        }
        write_text(sheet, r, 12, &row.status, None)?;
        if linked {
            self.articles.links += 1;
        }
        Ok(())
    }

    /// Quotes whose text or sentence had to be cut to fit a cell.
    pub fn truncated(&self) -> u64 {
        self.truncated
    }

    fn finish(&mut self) -> Result<(), ExportError> {
        self.finish_sheet(TableId::Quotes)?;
        self.finish_sheet(TableId::Articles)?;
        let speakers = self.tally.speaker_rows();
        let header = self.formats.header.clone();
        let sheet = self.workbook.add_worksheet();
        sheet.set_name("Speakers")?;
        for (col, (title, width)) in SPEAKER_COLUMNS.iter().zip(SPEAKER_WIDTHS).enumerate() {
            sheet.set_column_width(col as u16, width)?;
            sheet.write_string_with_format(0, col as u16, *title, &header)?;
        }
        let shown = speakers.len().min(SHEET_ROWS as usize);
        for (i, s) in speakers.iter().take(shown).enumerate() {
            let r = i as u32 + 1;
            write_text(sheet, r, 0, &s.speaker, None)?;
            write_text(sheet, r, 1, s.kind.as_str(), None)?;
            let numbers = [s.quotes].into_iter().chain(s.by_kind).chain([s.articles]);
            for (col, n) in numbers.enumerate() {
                sheet.write_number(r, 2 + col as u16, n as f64)?;
            }
        }
        sheet.set_freeze_panes(1, 0)?;
        sheet.autofilter(0, 0, shown as u32, SPEAKER_COLUMNS.len() as u16 - 1)?;
        self.write_summary(shown.min(CHART_SPEAKERS))?;

        let mut properties = DocProperties::new()
            .set_title(self.options.title.as_str())
            .set_author("whosaid")
            .set_comment("Quotes, speakers and articles extracted by whosaid");
        if let Some((y, m, d)) = self.options.created {
            properties = properties.set_creation_datetime(&ExcelDateTime::from_ymd(y, m, d)?);
        }
        self.workbook.set_properties(&properties);
        Ok(())
    }

    fn write_summary(&mut self, chart_rows: usize) -> Result<(), ExportError> {
        let t = &self.tally;
        let quotes = t.quotes();
        let anonymous_share = if quotes == 0 {
            0.0
        } else {
            t.anonymous_quotes as f64 / quotes as f64
        };
        let mut rows: Vec<(String, f64)> = vec![
            ("Articles".into(), t.articles as f64),
            ("Articles failed".into(), t.failed as f64),
            ("Quotes".into(), quotes as f64),
        ];
        for (kind, n) in QuoteKind::ALL.iter().zip(t.by_kind) {
            rows.push((format!("Quotes, {}", kind.as_str()), n as f64));
        }
        rows.push(("Speakers".into(), t.speaker_rows().len() as f64));
        rows.push((
            "Quotes from anonymous sources".into(),
            t.anonymous_quotes as f64,
        ));
        let (bold, percent) = (self.formats.bold.clone(), self.formats.percent.clone());
        let sheet = self.workbook.add_worksheet();
        sheet.set_name("Summary")?;
        sheet.set_column_width(0, 34)?;
        sheet.set_column_width(1, 12)?;
        sheet.write_string_with_format(0, 0, "Totals", &bold)?;
        for (i, (label, value)) in rows.iter().enumerate() {
            sheet.write_string(i as u32 + 1, 0, label)?;
            sheet.write_number(i as u32 + 1, 1, *value)?;
        }
        let r = rows.len() as u32 + 1;
        sheet.write_string(r, 0, "Share of quotes from anonymous sources")?;
        sheet.write_number_with_format(r, 1, anonymous_share, &percent)?;
        if chart_rows > 0 {
            let mut chart = Chart::new(ChartType::Bar);
            chart.title().set_name("Most quoted speakers");
            chart.legend().set_hidden();
            chart
                .add_series()
                .set_name("Quotes")
                .set_categories(("Speakers", 1, 0, chart_rows as u32, 0))
                .set_values(("Speakers", 1, 2, chart_rows as u32, 2));
            chart.y_axis().set_reverse();
            sheet.insert_chart(1, 3, &chart)?;
        }
        Ok(())
    }

    /// Finishes the workbook and writes it to `out`.
    pub fn save_to_writer<W: Write + Seek + Send>(mut self, out: W) -> Result<(), ExportError> {
        self.finish()?;
        self.workbook.save_to_writer(out)?;
        Ok(())
    }
}

#[derive(Clone, Copy)]
enum TableId {
    Quotes,
    Articles,
}

impl Table {
    fn new(name: &'static str, header: &'static [&'static str], widths: &'static [f64]) -> Table {
        Table {
            name,
            header,
            widths,
            sheets: Vec::new(),
            row: 0,
            rows: 0,
            links: 0,
        }
    }
}

/// The quotes table's columns: the shared ones plus the truncation flag.
const QUOTE_HEADER: [&str; 20] = {
    let mut header = [""; 20];
    let mut i = 0;
    while i < QUOTE_COLUMNS.len() {
        header[i] = QUOTE_COLUMNS[i];
        i += 1;
    }
    header[19] = "truncated";
    header
};

/// Cuts text longer than a cell holds, marking the cut.
fn fit_cell(text: &str) -> (std::borrow::Cow<'_, str>, bool) {
    if text.len() <= CELL_LIMIT / 3 || text.encode_utf16().count() <= CELL_LIMIT {
        return (text.into(), false);
    }
    let budget = CELL_LIMIT - TRUNCATION_MARK.encode_utf16().count();
    let mut units = 0;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        units += c.len_utf16();
        if units > budget {
            break;
        }
        end = i + c.len_utf8();
    }
    (format!("{}{}", &text[..end], TRUNCATION_MARK).into(), true)
}

fn write_text(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    value: &str,
    format: Option<&Format>,
) -> Result<(), ExportError> {
    if value.is_empty() {
        return Ok(());
    }
    match format {
        Some(f) => sheet.write_string_with_format(row, col, value, f)?,
        None => sheet.write_string(row, col, value)?,
    };
    Ok(())
}

/// Writes the sentence with the quote and the speaker mention highlighted.
fn write_highlighted(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    sentence: &str,
    highlights: &Highlights,
    formats: &Formats,
) -> Result<(), ExportError> {
    let mut marks: Vec<(usize, usize, &Format)> = highlights
        .quote
        .iter()
        .map(|&(s, e)| (s, e, &formats.quote))
        .collect();
    if let Some((s, e)) = highlights.speaker {
        marks.push((s, e, &formats.speaker));
    }
    marks.retain(|&(s, e, _)| {
        s < e && e <= sentence.len() && sentence.is_char_boundary(s) && sentence.is_char_boundary(e)
    });
    marks.sort_by_key(|&(s, _, _)| s);
    let mut segments: Vec<(&Format, &str)> = Vec::new();
    let mut at = 0;
    for (s, e, format) in marks {
        if s < at {
            continue;
        }
        if s > at {
            segments.push((&formats.wrap, &sentence[at..s]));
        }
        segments.push((format, &sentence[s..e]));
        at = e;
    }
    if at < sentence.len() {
        segments.push((&formats.wrap, &sentence[at..]));
    }
    if segments.len() <= 1 {
        return write_text(sheet, row, col, sentence, Some(&formats.wrap));
    }
    sheet.write_rich_string_with_format(row, col, &segments, &formats.wrap)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_cells_are_cut_with_a_mark() {
        let long = "é".repeat(CELL_LIMIT + 10);
        let (cut, truncated) = fit_cell(&long);
        assert!(truncated);
        assert!(cut.ends_with(TRUNCATION_MARK));
        assert!(cut.encode_utf16().count() <= CELL_LIMIT);
        let (kept, truncated) = fit_cell("short");
        assert!(!truncated);
        assert_eq!(kept, "short");
    }
}
