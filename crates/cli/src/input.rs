//! Reading articles: text files, directories, stdin, JSON Lines and CSV.
//!
//! Every article read yields one [`Article`]: a document, or a failure that
//! names the article and the reason, so that nothing is lost downstream.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use serde_json::Value;
use whosaid_core::{Document, Meta};

use crate::html::html_to_text;

/// One input article: readable, or not, with the reason.
pub enum Article {
    /// The article, ready to analyse.
    Ready(Document),
    /// A JSON line not parsed yet: parsing is left to the worker threads
    /// ([`Article::resolve`]).
    JsonLine {
        /// The line's bytes.
        line: Vec<u8>,
        /// The id to use when the line has none: `source:line`.
        fallback_id: String,
        /// The line number, from 1.
        number: usize,
    },
    /// The article could not be read.
    Failed {
        /// The article's id, or where it was read.
        id: String,
        /// Whatever metadata could be read.
        meta: Meta,
        /// Why, for a person.
        error: String,
    },
}

/// Where articles come from and how they are bounded.
#[derive(Clone, Debug)]
pub struct InputOptions {
    /// Articles larger than this many bytes fail instead of being analysed.
    pub max_bytes: usize,
    /// Field holding the text in JSON Lines and CSV input.
    pub text_field: String,
    /// Field holding the identifier in JSON Lines and CSV input.
    pub id_field: String,
}

/// File extensions read as plain-text articles when walking a directory.
const TEXT_EXTENSIONS: &[&str] = &["txt", "text", "md", "html", "htm"];

/// Which files of a directory to read: `--include` and `--exclude` glob
/// patterns, matched against the path below the directory.
#[derive(Clone, Debug, Default)]
pub struct PathFilter {
    include: Option<GlobSet>,
    exclude: Option<GlobSet>,
}

impl PathFilter {
    /// Builds the filter; a bad pattern is a usage error.
    pub fn new(include: &[String], exclude: &[String]) -> Result<PathFilter, globset::Error> {
        let build = |patterns: &[String]| -> Result<Option<GlobSet>, globset::Error> {
            if patterns.is_empty() {
                return Ok(None);
            }
            let mut set = GlobSetBuilder::new();
            for pattern in patterns {
                set.add(Glob::new(pattern)?);
            }
            set.build().map(Some)
        };
        Ok(PathFilter {
            include: build(include)?,
            exclude: build(exclude)?,
        })
    }

    fn accepts(&self, relative: &Path) -> bool {
        let matches = |set: &GlobSet| {
            set.is_match(relative) || relative.file_name().is_some_and(|name| set.is_match(name))
        };
        self.include.as_ref().is_none_or(matches) && !self.exclude.as_ref().is_some_and(matches)
    }
}

/// Expands inputs into a list of sources: directories become their readable
/// files (sorted, recursively, filtered); `-` is stdin.
pub fn sources(inputs: &[PathBuf], filter: &PathFilter) -> io::Result<Vec<Source>> {
    let mut out = Vec::new();
    if inputs.is_empty() {
        out.push(Source::Stdin);
    }
    for input in inputs {
        if input.as_os_str() == "-" {
            out.push(Source::Stdin);
        } else if input.is_dir() {
            let mut files = Vec::new();
            walk(input, &mut files)?;
            files.sort();
            files.retain(|path| filter.accepts(path.strip_prefix(input).unwrap_or(path)));
            out.extend(files.into_iter().map(|path| {
                let relative = path.strip_prefix(input).unwrap_or(&path).with_extension("");
                let id = relative.to_string_lossy().replace('\\', "/");
                Source::File { path, id }
            }));
        } else {
            let id = input.file_stem().map_or_else(
                || input.display().to_string(),
                |s| s.to_string_lossy().into_owned(),
            );
            out.push(Source::File {
                path: input.clone(),
                id,
            });
        }
    }
    Ok(out)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, files)?;
        } else if is_article_file(&path) {
            files.push(path);
        }
    }
    Ok(())
}

fn is_article_file(path: &Path) -> bool {
    let hidden = path
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'));
    let ext = extension(path);
    !hidden
        && (ext.is_empty()
            || TEXT_EXTENSIONS.contains(&ext.as_str())
            || matches!(ext.as_str(), "jsonl" | "ndjson" | "csv"))
}

fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// One place to read articles from.
#[derive(Clone, Debug)]
pub enum Source {
    /// Standard input: JSON Lines when it starts with `{`, else one article.
    Stdin,
    /// A file: JSON Lines, CSV or plain text by extension. `id` names a
    /// text article: its path below the directory given, or its file name,
    /// without extension; rows of JSON Lines and CSV files fall back to
    /// `id:line` when they carry no id.
    File {
        /// Where the file is.
        path: PathBuf,
        /// The article id for a text file.
        id: String,
    },
}

impl Source {
    /// Reads the source, handing each article to `emit` in order. Returns
    /// `false` as soon as `emit` does.
    pub fn read(&self, options: &InputOptions, emit: &mut dyn FnMut(Article) -> bool) -> bool {
        match self {
            Source::Stdin => {
                let mut stdin = BufReader::with_capacity(1 << 16, io::stdin().lock());
                let starts_with_brace = match stdin.fill_buf() {
                    Ok(buf) => buf.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{'),
                    Err(_) => false,
                };
                if starts_with_brace {
                    read_json_lines(stdin, "stdin", options, emit)
                } else {
                    read_text(stdin, "-".into(), options, emit)
                }
            }
            Source::File { path, id } => {
                let file = match File::open(path) {
                    Ok(f) => f,
                    Err(e) => {
                        return emit(failed(
                            id.clone(),
                            format!("cannot open {}: {e}", path.display()),
                        ));
                    }
                };
                let format = match extension(path).as_str() {
                    "jsonl" | "ndjson" => InputFormat::JsonLines,
                    "csv" => InputFormat::Csv,
                    "html" | "htm" => InputFormat::Html,
                    _ => InputFormat::Text,
                };
                read_from(file, format, id, options, emit)
            }
        }
    }
}

/// How to read a stream of bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputFormat {
    /// One plain-text article.
    Text,
    /// One HTML article, reduced to its text.
    Html,
    /// One article per line: a JSON object with `id`, `text` and metadata.
    JsonLines,
    /// A CSV table with a header and one article per row.
    Csv,
}

/// Reads the articles of `reader` in `format`, handing each to `emit` in
/// order; `name` identifies the source in ids and errors. Returns `false`
/// as soon as `emit` does.
pub fn read_from(
    reader: impl Read,
    format: InputFormat,
    name: &str,
    options: &InputOptions,
    emit: &mut dyn FnMut(Article) -> bool,
) -> bool {
    match format {
        InputFormat::JsonLines => read_json_lines(BufReader::new(reader), name, options, emit),
        InputFormat::Csv => read_csv(reader, name, options, emit),
        InputFormat::Html => read_text(reader, name.to_string(), options, &mut |article| {
            emit(match article {
                Article::Ready(mut document) => {
                    document.text = html_to_text(&document.text);
                    checked(document)
                }
                failed => failed,
            })
        }),
        InputFormat::Text => read_text(reader, name.to_string(), options, emit),
    }
}

fn failed(id: String, error: String) -> Article {
    Article::Failed {
        id,
        meta: Meta::default(),
        error,
    }
}

fn read_text(
    reader: impl Read,
    id: String,
    options: &InputOptions,
    emit: &mut dyn FnMut(Article) -> bool,
) -> bool {
    let mut bytes = Vec::new();
    let limit = options.max_bytes as u64 + 1;
    if let Err(e) = reader.take(limit).read_to_end(&mut bytes) {
        return emit(failed(id, format!("cannot read: {e}")));
    }
    if bytes.len() > options.max_bytes {
        return emit(failed(
            id,
            format!("larger than --max-bytes ({} bytes)", options.max_bytes),
        ));
    }
    match String::from_utf8(bytes) {
        Ok(text) => emit(checked(Document::new(id, strip_bom(text)))),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            emit(failed(
                id,
                format!("not valid UTF-8 (invalid byte at offset {at})"),
            ))
        }
    }
}

fn strip_bom(text: String) -> String {
    match text.strip_prefix('\u{FEFF}') {
        Some(rest) => rest.to_string(),
        None => text,
    }
}

/// An empty or blank article fails with a reason.
fn checked(document: Document) -> Article {
    if document.text.trim().is_empty() {
        let Document { id, meta, .. } = document;
        return Article::Failed {
            id,
            meta,
            error: "empty article".into(),
        };
    }
    Article::Ready(document)
}

fn read_json_lines(
    mut reader: impl BufRead,
    name: &str,
    options: &InputOptions,
    emit: &mut dyn FnMut(Article) -> bool,
) -> bool {
    let mut line = Vec::new();
    let mut number = 0;
    loop {
        line.clear();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) => return true,
            Ok(_) => {}
            Err(e) => {
                return emit(failed(
                    format!("{name}:{}", number + 1),
                    format!("cannot read: {e}"),
                ));
            }
        }
        number += 1;
        let fallback_id = format!("{name}:{number}");
        // Every line gets an answer, a blank one too, so that a consumer
        // piping lines through whosaid can pair inputs with outputs.
        let article = if line.iter().all(u8::is_ascii_whitespace) {
            failed(fallback_id, format!("line {number} is blank"))
        } else if line.len() > options.max_bytes {
            failed(
                fallback_id,
                format!(
                    "line {number} is larger than --max-bytes ({} bytes)",
                    options.max_bytes
                ),
            )
        } else {
            Article::JsonLine {
                line: std::mem::take(&mut line),
                fallback_id,
                number,
            }
        };
        if !emit(article) {
            return false;
        }
    }
}

impl Article {
    /// Parses a pending JSON line; other articles are returned as they are.
    pub fn resolve(self, options: &InputOptions) -> Article {
        match self {
            Article::JsonLine {
                line,
                fallback_id,
                number,
            } => parse_json_article(&line, fallback_id, number, options),
            other => other,
        }
    }
}

fn parse_json_article(
    line: &[u8],
    fallback_id: String,
    number: usize,
    options: &InputOptions,
) -> Article {
    let value: Value = match serde_json::from_slice(line) {
        Ok(v) => v,
        Err(e) => {
            let reason = match std::str::from_utf8(line) {
                Ok(_) => format!("line {number} is not valid JSON: {e}"),
                Err(_) => format!("line {number} is not valid UTF-8"),
            };
            return failed(fallback_id, reason);
        }
    };
    let Value::Object(mut fields) = value else {
        return failed(fallback_id, format!("line {number} is not a JSON object"));
    };
    let id = match fields.remove(&options.id_field) {
        Some(Value::String(s)) => s,
        Some(Value::Null) | None => fallback_id,
        Some(other) => other.to_string(),
    };
    let text = fields.remove(&options.text_field);
    let meta = meta_from(fields);
    match text {
        Some(Value::String(text)) => checked(Document { id, text, meta }),
        Some(_) => Article::Failed {
            id,
            meta,
            error: format!("field `{}` is not a string", options.text_field),
        },
        None => Article::Failed {
            id,
            meta,
            error: format!("no `{}` field", options.text_field),
        },
    }
}

/// Known metadata fields, and the rest carried through.
fn meta_from(mut fields: serde_json::Map<String, Value>) -> Meta {
    let mut take = |key: &str| match fields.remove(key) {
        Some(Value::String(s)) => Some(s),
        Some(Value::Null) | None => None,
        Some(other) => Some(other.to_string()),
    };
    let title = take("title");
    let url = take("url");
    let source = take("source");
    let published = take("published");
    Meta {
        title,
        url,
        source,
        published,
        extra: fields.into_iter().collect(),
    }
}

fn read_csv(
    file: impl Read,
    name: &str,
    options: &InputOptions,
    emit: &mut dyn FnMut(Article) -> bool,
) -> bool {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(file);
    let headers = match reader.byte_headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            return emit(failed(
                name.to_string(),
                format!("cannot read the CSV header: {e}"),
            ));
        }
    };
    let column = |field: &str| headers.iter().position(|h| h == field.as_bytes());
    let Some(text_column) = column(&options.text_field) else {
        return emit(failed(
            name.to_string(),
            format!("the CSV has no `{}` column", options.text_field),
        ));
    };
    let id_column = column(&options.id_field);
    for (i, record) in reader.byte_records().enumerate() {
        let number = i + 1;
        let fallback_id = format!("{name}:{}", number + 1);
        let article = match record {
            Err(e) => failed(fallback_id, format!("row {number} cannot be read: {e}")),
            Ok(record) => {
                let mut fields = serde_json::Map::new();
                for (h, v) in headers.iter().zip(record.iter()) {
                    fields.insert(
                        String::from_utf8_lossy(h).into_owned(),
                        Value::String(String::from_utf8_lossy(v).into_owned()),
                    );
                }
                let id = id_column
                    .and_then(|c| record.get(c))
                    .map(|v| String::from_utf8_lossy(v).into_owned())
                    .filter(|v| !v.is_empty())
                    .unwrap_or(fallback_id);
                fields.remove(&options.text_field);
                fields.remove(&options.id_field);
                let meta = meta_from(fields);
                let raw = record.get(text_column).unwrap_or_default();
                if raw.len() > options.max_bytes {
                    Article::Failed {
                        id,
                        meta,
                        error: format!("larger than --max-bytes ({} bytes)", options.max_bytes),
                    }
                } else {
                    match String::from_utf8(raw.to_vec()) {
                        Ok(text) => checked(Document { id, text, meta }),
                        Err(_) => Article::Failed {
                            id,
                            meta,
                            error: "text is not valid UTF-8".into(),
                        },
                    }
                }
            }
        };
        if !emit(article) {
            return false;
        }
    }
    true
}
