use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One input article: an identifier, its text and what is known about it.
///
/// ```
/// use whosaid_core::Document;
///
/// let mut doc = Document::new("story-1", "Officials said nothing.");
/// doc.meta.title = Some("A quiet day".into());
/// assert_eq!(doc.id, "story-1");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Identifier given by the input (a file path, a JSON `id`, a line number).
    pub id: String,
    /// The full article text; every span indexes into it.
    pub text: String,
    /// Title, URL, outlet, date and any other fields of the input.
    pub meta: Meta,
}

impl Document {
    /// Makes a document with empty metadata.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            id: id.into(),
            text: text.into(),
            meta: Meta::default(),
        }
    }
}

/// Metadata carried alongside an article from input to every report.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    /// Headline or title.
    pub title: Option<String>,
    /// Where the article was published.
    pub url: Option<String>,
    /// The outlet or source (`AP`, `Reuters`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Publication date as given by the input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// Any other fields of the input record, carried through unchanged.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
