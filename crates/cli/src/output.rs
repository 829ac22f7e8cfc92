//! Where results go: JSON Lines, JSON, CSV or a workbook, on stdout or in
//! files written atomically (a temporary file renamed into place once
//! complete, so a crash never leaves half a report).

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use clap::ValueEnum;
use whosaid_core::Outcome;
use whosaid_export::{
    ArticleRecord, CsvOptions, CsvTables, JsonArrayWriter, JsonLinesWriter, QuotesCsvWriter,
    SentencesRecord, WorkbookOptions, WorkbookReport,
};

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One JSON record per article per line (the default on stdout).
    Jsonl,
    /// One JSON array of article records.
    Json,
    /// The quotes table, or three tables when the output is a directory.
    Csv,
    /// An Excel workbook with Quotes, Articles, Speakers and Summary sheets.
    Xlsx,
    /// Plain text, one sentence per line (`sentences` only).
    Text,
}

impl Format {
    /// The format named by an output path's extension.
    pub fn from_path(path: &Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            "json" => Some(Format::Json),
            "csv" => Some(Format::Csv),
            "xlsx" => Some(Format::Xlsx),
            "txt" => Some(Format::Text),
            _ => None,
        }
    }
}

/// A file being written under a temporary name until [`AtomicFile::commit`].
/// A special file (`-o /dev/null`, a named pipe) is written in place:
/// renaming over it would replace it with a plain file.
struct AtomicFile {
    /// The temporary name; `None` for a special file.
    temp: Option<PathBuf>,
    target: PathBuf,
}

impl AtomicFile {
    fn create(target: &Path) -> Result<(AtomicFile, File)> {
        let special = fs::metadata(target).is_ok_and(|m| !m.is_file() && !m.is_dir());
        let temp = (!special).then(|| {
            let name = target
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("output");
            target.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
        });
        let file = AtomicFile {
            temp,
            target: target.to_path_buf(),
        };
        let handle = file
            .open()
            .with_context(|| format!("cannot create {}", target.display()))?;
        Ok((file, handle))
    }

    /// Opens the file for writing from its start: the temporary file, or
    /// the special file itself.
    fn open(&self) -> io::Result<File> {
        match &self.temp {
            Some(temp) => File::create(temp),
            None => File::options().write(true).open(&self.target),
        }
    }

    fn commit(self) -> Result<()> {
        match &self.temp {
            Some(temp) => fs::rename(temp, &self.target)
                .with_context(|| format!("cannot write {}", self.target.display())),
            None => Ok(()),
        }
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        // Gone after a commit; removed when the run fails.
        if let Some(temp) = &self.temp {
            let _ = fs::remove_file(temp);
        }
    }
}

type Out = BufWriter<Box<dyn Write + Send>>;

enum Writer {
    Jsonl(JsonLinesWriter<Out>),
    Json(JsonArrayWriter<Out>),
    QuotesCsv(Box<QuotesCsvWriter<Out>>),
    Tables(Box<CsvTables<BufWriter<File>>>),
    Workbook(Box<WorkbookReport>),
    Sentences { out: Out, text: bool },
}

/// Everything a run writes, and the files to commit when it ends.
pub struct Sink {
    writer: Writer,
    files: Vec<AtomicFile>,
    workbook_file: Option<AtomicFile>,
    flush_each: bool,
    /// Where it goes, for the summary line.
    pub destination: String,
}

/// Options for building a [`Sink`].
pub struct SinkOptions {
    pub csv: CsvOptions,
    pub workbook: WorkbookOptions,
}

impl Sink {
    /// Opens the output for `extract`.
    pub fn extract(
        output: Option<&Path>,
        format: Option<Format>,
        options: SinkOptions,
    ) -> Result<Sink> {
        let to_stdout = output.is_none_or(|p| p.as_os_str() == "-");
        let format = format
            .or_else(|| output.and_then(Format::from_path))
            .unwrap_or(Format::Jsonl);
        let mut files = Vec::new();
        let destination = if to_stdout {
            "stdout".to_string()
        } else {
            output.map(|p| p.display().to_string()).unwrap_or_default()
        };
        let writer = match format {
            Format::Text => {
                bail!("the text format is for `whosaid sentences`; use jsonl, json, csv or xlsx")
            }
            Format::Xlsx if to_stdout => bail!("a workbook needs a file: give -o report.xlsx"),
            Format::Xlsx => {
                let path = output.unwrap_or(Path::new("report.xlsx"));
                let (file, handle) = AtomicFile::create(path)?;
                drop(handle);
                return Ok(Sink {
                    writer: Writer::Workbook(Box::new(WorkbookReport::new(options.workbook)?)),
                    files,
                    workbook_file: Some(file),
                    flush_each: false,
                    destination,
                });
            }
            // (A path with no extension is a new directory; an existing
            // file there, `/dev/null` say, takes the quotes table.)
            Format::Csv
                if !to_stdout
                    && output.is_some_and(|p| {
                        p.is_dir() || (p.extension().is_none() && !p.exists())
                    }) =>
            {
                let dir = output.unwrap_or(Path::new("."));
                fs::create_dir_all(dir)
                    .with_context(|| format!("cannot create directory {}", dir.display()))?;
                let mut open = |name: &str| -> Result<BufWriter<File>> {
                    let (file, handle) = AtomicFile::create(&dir.join(name))?;
                    files.push(file);
                    Ok(BufWriter::new(handle))
                };
                let (q, s, a) = (
                    open("quotes.csv")?,
                    open("speakers.csv")?,
                    open("articles.csv")?,
                );
                Writer::Tables(Box::new(CsvTables::new(q, s, a, options.csv)?))
            }
            other => {
                let out = open_out(output, to_stdout, &mut files)?;
                match other {
                    Format::Jsonl => Writer::Jsonl(JsonLinesWriter::new(out)),
                    Format::Json => Writer::Json(JsonArrayWriter::new(out)),
                    _ => Writer::QuotesCsv(Box::new(QuotesCsvWriter::new(out, options.csv)?)),
                }
            }
        };
        Ok(Sink {
            writer,
            files,
            workbook_file: None,
            flush_each: to_stdout,
            destination,
        })
    }

    /// Opens the output for `sentences`: JSON Lines or plain text.
    pub fn sentences(output: Option<&Path>, format: Option<Format>) -> Result<Sink> {
        let to_stdout = output.is_none_or(|p| p.as_os_str() == "-");
        let format = format
            .or_else(|| output.and_then(Format::from_path))
            .unwrap_or(Format::Jsonl);
        let text = match format {
            Format::Jsonl => false,
            Format::Text => true,
            other => bail!("`whosaid sentences` writes jsonl or text, not {other:?}"),
        };
        let mut files = Vec::new();
        let out = open_out(output, to_stdout, &mut files)?;
        let destination = if to_stdout {
            "stdout".to_string()
        } else {
            output.map(|p| p.display().to_string()).unwrap_or_default()
        };
        Ok(Sink {
            writer: Writer::Sentences { out, text },
            files,
            workbook_file: None,
            flush_each: to_stdout,
            destination,
        })
    }

    /// What the workers may encode in parallel for this output.
    pub fn encoder(&self) -> Encoder {
        match &self.writer {
            Writer::Jsonl(_) => Encoder::JsonLines,
            Writer::Sentences { text: false, .. } => Encoder::SentencesJson,
            _ => Encoder::None,
        }
    }

    /// Writes a record encoded by [`Encoder::encode`].
    pub fn write_encoded(&mut self, bytes: &[u8]) -> Result<()> {
        match &mut self.writer {
            Writer::Jsonl(w) => w.write_raw(bytes)?,
            Writer::Sentences { out, .. } => out.write_all(bytes)?,
            _ => anyhow::bail!("this output takes no encoded records"),
        }
        Ok(())
    }

    /// Writes one article's results.
    pub fn write(&mut self, outcome: &Outcome) -> Result<()> {
        match &mut self.writer {
            Writer::Jsonl(w) => w.write(outcome)?,
            Writer::Json(w) => w.write(outcome)?,
            Writer::QuotesCsv(w) => w.write(outcome)?,
            Writer::Tables(w) => w.write(outcome)?,
            Writer::Workbook(w) => w.write(outcome)?,
            Writer::Sentences { out, text } => {
                if *text {
                    write_sentence_lines(out, outcome)?;
                } else {
                    serde_json::to_writer(&mut *out, &SentencesRecord::new(outcome))?;
                    out.write_all(b"\n")?;
                }
            }
        }
        Ok(())
    }

    /// Flushes after a batch when writing to a pipe, so that a streaming
    /// consumer sees every answer as soon as it is ready.
    pub fn flush_batch(&mut self) -> Result<()> {
        if !self.flush_each {
            return Ok(());
        }
        match &mut self.writer {
            Writer::Jsonl(w) => w.flush()?,
            Writer::Sentences { out, .. } => out.flush()?,
            _ => {}
        }
        Ok(())
    }

    /// Completes every output and moves files into place.
    pub fn finish(self) -> Result<()> {
        match self.writer {
            Writer::Jsonl(mut w) => w.flush()?,
            Writer::Json(w) => {
                w.finish()?;
            }
            Writer::QuotesCsv(w) => {
                w.finish()?.flush()?;
            }
            Writer::Tables(w) => w.finish()?,
            Writer::Workbook(w) => {
                let file = self.workbook_file.context("workbook without a file")?;
                let handle = file
                    .open()
                    .with_context(|| format!("cannot write {}", file.target.display()))?;
                w.save_to_writer(BufWriter::new(handle))?;
                file.commit()?;
            }
            Writer::Sentences { mut out, .. } => out.flush()?,
        }
        for file in self.files {
            file.commit()?;
        }
        Ok(())
    }
}

/// Encodes a record off the main thread, for outputs that are one line per
/// article.
#[derive(Clone, Copy, Debug)]
pub enum Encoder {
    /// The JSON Lines contract record.
    JsonLines,
    /// The `sentences` record.
    SentencesJson,
    /// Written on the main thread.
    None,
}

impl Encoder {
    /// The line to write for `outcome`, newline included; `None` when the
    /// sink writes the outcome itself.
    pub fn encode(self, outcome: &Outcome) -> Option<Vec<u8>> {
        let mut bytes = match self {
            Encoder::JsonLines => serde_json::to_vec(&ArticleRecord::new(outcome)).ok()?,
            Encoder::SentencesJson => serde_json::to_vec(&SentencesRecord::new(outcome)).ok()?,
            Encoder::None => return None,
        };
        bytes.push(b'\n');
        Some(bytes)
    }
}

fn open_out(output: Option<&Path>, to_stdout: bool, files: &mut Vec<AtomicFile>) -> Result<Out> {
    if to_stdout {
        return Ok(BufWriter::new(Box::new(io::stdout())));
    }
    let path = output.context("no output path")?;
    let (file, handle) = AtomicFile::create(path)?;
    files.push(file);
    Ok(BufWriter::new(Box::new(handle)))
}

fn write_sentence_lines(out: &mut Out, outcome: &Outcome) -> io::Result<()> {
    match outcome {
        Outcome::Analysed(analysis) => {
            for s in &analysis.sentences {
                let sentence = &analysis.document.text[s.span];
                let line = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
                if !line.is_empty() {
                    writeln!(out, "{line}")?;
                }
            }
        }
        Outcome::Failed { id, error, .. } => writeln!(out, "# {id}: error: {error}")?,
    }
    writeln!(out)
}
