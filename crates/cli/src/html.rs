//! HTML input reduced to the article text: tags removed, scripts and styles
//! dropped, block elements turned into paragraph breaks, entities decoded.

/// Elements whose content is never article text.
const SKIPPED: &[&str] = &["script", "style", "noscript", "template", "svg", "head"];

/// Elements that end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "article",
    "section",
    "header",
    "footer",
    "tr",
    "table",
    "figure",
    "figcaption",
    "title",
    "hr",
    "pre",
];

/// The text of an HTML document, paragraphs separated by blank lines.
///
/// ```
/// use whosaid_cli::html::html_to_text;
///
/// assert_eq!(html_to_text("<p>One &amp; two</p><p>Three</p>"), "One & two\n\nThree");
/// ```
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    let mut skipping: Option<String> = None;
    while let Some(open) = rest.find('<') {
        if skipping.is_none() {
            push_text(&mut out, &rest[..open]);
        }
        let after = &rest[open..];
        if after.starts_with("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let Some(close) = after.find('>') else {
            rest = "";
            break;
        };
        let tag = &after[1..close];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        match &skipping {
            Some(skipped) if closing && *skipped == name => skipping = None,
            Some(_) => {}
            None if !closing && SKIPPED.contains(&name.as_str()) && !tag.ends_with('/') => {
                skipping = Some(name)
            }
            None if BLOCKS.contains(&name.as_str()) => paragraph_break(&mut out),
            None => {}
        }
        rest = &after[close + 1..];
    }
    if skipping.is_none() {
        push_text(&mut out, rest);
    }
    out.trim().to_string()
}

/// Appends text with entities decoded and whitespace runs collapsed.
fn push_text(out: &mut String, raw: &str) {
    let decoded = html_escape::decode_html_entities(raw);
    for word in decoded.split(|c: char| c.is_whitespace() && c != '\u{a0}') {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() && !out.ends_with([' ', '\n']) {
            out.push(' ');
        }
        out.push_str(&word.replace('\u{a0}', " "));
    }
    if raw.ends_with(char::is_whitespace) && !out.is_empty() && !out.ends_with([' ', '\n']) {
        out.push(' ');
    }
}

fn paragraph_break(out: &mut String) {
    let trimmed = out.trim_end_matches(' ').len();
    out.truncate(trimmed);
    if !out.is_empty() && !out.ends_with("\n\n") {
        out.push_str(if out.ends_with('\n') { "\n" } else { "\n\n" });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_text_and_paragraphs_only() {
        let html = "<html><head><title>T</title><style>p{}</style></head><body>\
            <p>“We won,” she&nbsp;said.</p><script>var x = '<p>';</script>\
            <p>Tom &amp; Jerry<br>left <!-- a comment --> early.</p></body></html>";
        assert_eq!(
            html_to_text(html),
            "“We won,” she said.\n\nTom & Jerry\n\nleft early."
        );
    }
}
