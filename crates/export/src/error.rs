use std::fmt;
use std::io;

/// What went wrong while writing a report.
#[derive(Debug)]
#[non_exhaustive]
pub enum ExportError {
    /// Reading or writing failed.
    Io(io::Error),
    /// A JSON record could not be written.
    Json(String),
    /// The CSV writer failed.
    Csv(String),
    /// The workbook could not be built or saved.
    Workbook(String),
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExportError::Io(e) => write!(f, "cannot write the report: {e}"),
            ExportError::Json(e) => write!(f, "cannot write a JSON record: {e}"),
            ExportError::Csv(e) => write!(f, "cannot write the CSV table: {e}"),
            ExportError::Workbook(e) => write!(f, "cannot write the workbook: {e}"),
        }
    }
}

impl std::error::Error for ExportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ExportError::Io(e) => Some(e),
            _ => None,
        }
    }
}

impl From<io::Error> for ExportError {
    fn from(e: io::Error) -> ExportError {
        ExportError::Io(e)
    }
}

impl From<serde_json::Error> for ExportError {
    fn from(e: serde_json::Error) -> ExportError {
        match e.io_error_kind() {
            Some(kind) => ExportError::Io(io::Error::new(kind, e.to_string())),
            None => ExportError::Json(e.to_string()),
        }
    }
}

impl From<csv::Error> for ExportError {
    fn from(e: csv::Error) -> ExportError {
        ExportError::Csv(e.to_string())
    }
}

impl From<rust_xlsxwriter::XlsxError> for ExportError {
    fn from(e: rust_xlsxwriter::XlsxError) -> ExportError {
        ExportError::Workbook(e.to_string())
    }
}
