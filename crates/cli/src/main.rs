//! `whosaid`: who said what in news articles.
//!
//! A thin command line over `whosaid-nlp` (analysis) and `whosaid-export`
//! (reports): it reads articles, analyses them on every core, and writes
//! the results in input order.

mod eval;
mod output;
mod run;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, CommandFactory, Parser, Subcommand};

use whosaid_nlp::{AttributionOptions, Pipeline};

use crate::output::Format;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Find who said what in news articles: quotes, speakers and cues.
///
/// whosaid splits articles into sentences, finds direct, partial and mixed
/// quotations, attributes each to a speaker with its cue verb, and writes
/// JSON Lines, CSV tables or an Excel workbook. Offsets in every output are
/// Unicode code points, end exclusive.
#[derive(Debug, Parser)]
#[command(name = "whosaid", version, propagate_version = true)]
#[command(
    after_help = "Examples:\n  whosaid extract seeds/ -o report.xlsx\n  whosaid extract article.txt\n  cat articles.jsonl | whosaid extract - -f jsonl > results.jsonl\n  whosaid sentences article.txt -f text"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Find quotes and speakers; write JSON Lines, JSON, CSV or a workbook.
    Extract(ExtractArgs),
    /// Split articles into sentences; write JSON Lines or one sentence a line.
    Sentences(CommonArgs),
    /// Score quotes against annotated articles: whosaid's own, or those of
    /// a predictions file (whosaid JSON Lines or the annotation format).
    Eval {
        /// Annotated articles, JSON Lines: `id`, `text` and `quotes` with
        /// `content`, optional `content_parts`, `source`, `cue` and `type`,
        /// offsets in code points.
        gold: PathBuf,
        /// Predictions to score instead of running whosaid.
        predictions: Option<PathBuf>,
        /// When running whosaid, report speech only (as `extract
        /// --speech-only`).
        #[arg(long, conflicts_with = "predictions")]
        speech_only: bool,
    },
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff) to standard output.
    Man,
}

/// Inputs, output and threads: shared by every command.
#[derive(Debug, Args)]
struct CommonArgs {
    /// Articles to read: text files, directories (read recursively for
    /// .txt, .md, .jsonl and .csv files), .jsonl or .csv files of articles
    /// (fields `id`, `text`, and optionally `title`, `url`, `source`,
    /// `published`), or `-` for standard input. Nothing means standard input.
    #[arg(value_name = "INPUT")]
    inputs: Vec<PathBuf>,

    /// Where to write. The format follows the extension (.xlsx, .csv, .json,
    /// .jsonl); a directory with `-f csv` gets quotes.csv, speakers.csv and
    /// articles.csv. `-` or nothing writes JSON Lines to standard output.
    #[arg(short, long, value_name = "OUTPUT")]
    output: Option<PathBuf>,

    /// Output format, overriding the extension of OUTPUT.
    #[arg(short, long, value_enum)]
    format: Option<Format>,

    /// Worker threads. By default, one per core. Output is the same whatever N.
    #[arg(short, long, value_name = "N")]
    jobs: Option<usize>,

    /// Articles larger than this many bytes are reported as failed.
    #[arg(long, value_name = "BYTES", default_value_t = 16 * 1024 * 1024)]
    max_bytes: usize,

    /// Field (JSON Lines) or column (CSV) that holds the article text.
    #[arg(long, value_name = "NAME", default_value = "text")]
    text_field: String,

    /// Field (JSON Lines) or column (CSV) that holds the article id.
    #[arg(long, value_name = "NAME", default_value = "id")]
    id_field: String,

    /// In directories, read only files matching this glob (for example
    /// `*.txt` or `2016/**`); may be repeated.
    #[arg(long, value_name = "GLOB")]
    include: Vec<String>,

    /// In directories, skip files matching this glob; may be repeated.
    #[arg(long, value_name = "GLOB")]
    exclude: Vec<String>,

    /// Print no progress bar and no summary line on standard error.
    #[arg(short, long)]
    quiet: bool,
}

#[derive(Debug, Args)]
struct ExtractArgs {
    #[command(flatten)]
    common: CommonArgs,

    /// Start CSV files with a byte order mark, so that Excel reads UTF-8.
    #[arg(long)]
    excel: bool,

    /// Leave CSV cells that start with =, +, -, @ as they are. By default
    /// they get a leading ' so that spreadsheets do not run them as formulas.
    #[arg(long)]
    no_formula_guard: bool,

    /// Report speech only: leave out beliefs and intentions (`X believes
    /// …`, `X wants to …`), which are otherwise indirect quotes with a cue
    /// of kind `belief`, and evidentials (`the plan seems doomed`), of kind
    /// `evidential`.
    #[arg(long)]
    speech_only: bool,

    /// Creation date written into the workbook (YYYY-MM-DD), so that the
    /// same input gives the same bytes. By default, now.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    created: Option<(u16, u8, u8)>,
}

fn parse_date(value: &str) -> Result<(u16, u8, u8), String> {
    let parts: Vec<&str> = value.split('-').collect();
    let bad = || format!("`{value}` is not a date like 2024-01-31");
    match parts.as_slice() {
        [y, m, d] => {
            let date = (
                y.parse().map_err(|_| bad())?,
                m.parse().map_err(|_| bad())?,
                d.parse().map_err(|_| bad())?,
            );
            if (1..=12).contains(&date.1) && (1..=31).contains(&date.2) && date.0 >= 1900 {
                Ok(date)
            } else {
                Err(bad())
            }
        }
        _ => Err(bad()),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let command = match cli.command {
        Command::Completions { shell } => {
            clap_complete::generate(
                shell,
                &mut Cli::command(),
                "whosaid",
                &mut std::io::stdout(),
            );
            return ExitCode::SUCCESS;
        }
        Command::Eval {
            gold,
            predictions,
            speech_only,
        } => {
            let mut out = std::io::stdout().lock();
            let pipeline = Pipeline::new().with_attribution(AttributionOptions {
                beliefs: !speech_only,
            });
            let scored = match predictions.as_deref() {
                Some(path) => eval::Predictions::File(path),
                None => eval::Predictions::Run(&pipeline),
            };
            return match eval::run(&gold, scored, &mut out) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(&e),
            };
        }
        Command::Man => {
            return match clap_mangen::Man::new(Cli::command()).render(&mut std::io::stdout()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("whosaid: {e}");
                    ExitCode::from(2)
                }
            };
        }
        command => command,
    };
    match run::run(command) {
        Ok(status) => status,
        Err(e) => fail(&e),
    }
}

/// Reports an error and exits 2; a closed pipe (`whosaid … | head`) is
/// the reader's choice, not an error.
fn fail(e: &anyhow::Error) -> ExitCode {
    let broken_pipe = e.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    });
    if broken_pipe {
        return ExitCode::SUCCESS;
    }
    eprintln!("whosaid: {e:#}");
    ExitCode::from(2)
}
