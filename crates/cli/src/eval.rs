//! `whosaid eval`: scores predicted quotes against annotated articles.
//!
//! Gold articles are JSON Lines `{"id", "text", "quotes": [{"content": [s, e],
//! "content_parts"?, "source"?, "cue"?, "type"}]}` with code point offsets,
//! end exclusive. Predictions are whosaid's own records or the same format;
//! without a predictions file, whosaid analyses the gold texts itself.
//!
//! The figures follow the usual definitions for this task: content spans
//! match exactly (after trimming punctuation and quote marks at both ends,
//! on the whole extent or on the list of parts) or partially (at least half
//! of the gold content's words), one-to-one and best overlap first;
//! precision, recall and F1 per quote type (a prediction's type is its own,
//! or the one its quotation marks imply); and, on partial matches whose gold
//! source is known, whether the predicted speaker overlaps the source and
//! whether their last words agree.

use std::collections::{BTreeSet, HashMap};
use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;

use anyhow::{Context, Result, bail};
use serde_json::{Value, json};
use whosaid_core::Document;
use whosaid_export::ArticleRecord;
use whosaid_nlp::Pipeline;

const TYPES: [&str; 4] = ["direct", "indirect", "mixed", "unknown"];
const SCOPES: [&str; 5] = ["all", "direct", "indirect", "mixed", "unknown"];

/// What to score: a file of predictions, or whosaid run with a pipeline.
pub enum Predictions<'a> {
    /// whosaid JSON Lines or the annotation format.
    File(&'a Path),
    /// The articles of the gold file, analysed now.
    Run(&'a Pipeline),
}

/// Scores `predictions` against `gold`, printing the table and a last line
/// of JSON to `out`.
pub fn run(gold: &Path, predictions: Predictions, out: &mut dyn Write) -> Result<()> {
    let gold_docs = load(gold)?;
    let pred_file = match predictions {
        Predictions::File(path) => path.display().to_string(),
        Predictions::Run(_) => "whosaid".to_string(),
    };
    let predicted: HashMap<String, Value> = match predictions {
        Predictions::File(path) => load(path)?.into_iter().map(|d| (id_of(&d), d)).collect(),
        Predictions::Run(pipeline) => gold_docs
            .iter()
            .map(|d| {
                let text = d["text"].as_str().unwrap_or_default();
                let analysis = pipeline.analyse(Document::new(id_of(d), text));
                let record = serde_json::to_value(ArticleRecord::new(
                    &whosaid_core::Outcome::Analysed(analysis),
                ))?;
                Ok((id_of(d), record))
            })
            .collect::<Result<_>>()?,
    };
    let mut counts: HashMap<(&str, &str), [usize; 3]> = HashMap::new(); // (mode, scope) -> gold, pred, tp
    let mut speakers: HashMap<&str, [usize; 3]> = HashMap::new(); // scope -> n, overlap, head
    for gold_doc in &gold_docs {
        let text: Vec<char> = gold_doc["text"]
            .as_str()
            .context("a gold article without text")?
            .chars()
            .collect();
        let doc = Doc::new(&text);
        let gold_quotes = gold_doc["quotes"].as_array().cloned().unwrap_or_default();
        let gold_types: Vec<&str> = gold_quotes
            .iter()
            .map(|q| {
                q["type"]
                    .as_str()
                    .filter(|t| TYPES.contains(t))
                    .unwrap_or("unknown")
            })
            .map(|t| {
                TYPES
                    .iter()
                    .find(|&&k| k == t)
                    .copied()
                    .unwrap_or("unknown")
            })
            .collect();
        let golds: Vec<Q> = gold_quotes.iter().map(|q| Q::new(&doc, q)).collect();
        let predicted_quotes = predicted
            .get(&id_of(gold_doc))
            .and_then(|p| p["quotes"].as_array())
            .cloned()
            .unwrap_or_default();
        let preds: Vec<Q> = predicted_quotes
            .iter()
            .map(|q| Q::new(&doc, &from_whosaid(q)))
            .collect();
        for mode in ["exact", "partial"] {
            let pairs = greedy(&golds, &preds, mode == "exact");
            for &t in &gold_types {
                counts.entry((mode, "all")).or_default()[0] += 1;
                counts.entry((mode, t)).or_default()[0] += 1;
            }
            counts.entry((mode, "all")).or_default()[2] += pairs.len();
            counts.entry((mode, "all")).or_default()[1] += preds.len();
            let matched: HashMap<usize, &str> =
                pairs.iter().map(|&(i, j)| (j, gold_types[i])).collect();
            for &(i, _) in &pairs {
                counts.entry((mode, gold_types[i])).or_default()[2] += 1;
            }
            for (j, p) in preds.iter().enumerate() {
                let bucket = matched
                    .get(&j)
                    .copied()
                    .unwrap_or_else(|| p.kind.unwrap_or_else(|| doc.implied_type(&p.parts)));
                counts.entry((mode, bucket)).or_default()[1] += 1;
            }
            if mode == "partial" {
                for &(i, j) in &pairs {
                    let Some(gold_source) = golds[i].source else {
                        continue;
                    };
                    let predicted_source = preds[j].source;
                    let overlap = predicted_source
                        .is_some_and(|p| p.1.min(gold_source.1) > p.0.max(gold_source.0));
                    let head = predicted_source.is_some()
                        && golds[i].head.is_some()
                        && golds[i].head == preds[j].head;
                    for scope in ["all", gold_types[i]] {
                        let s = speakers.entry(scope).or_default();
                        s[0] += 1;
                        s[1] += usize::from(overlap);
                        s[2] += usize::from(head);
                    }
                }
            }
        }
    }
    report(gold, &pred_file, gold_docs.len(), &counts, &speakers, out)
}

fn report(
    gold: &Path,
    pred_file: &str,
    docs: usize,
    counts: &HashMap<(&str, &str), [usize; 3]>,
    speakers: &HashMap<&str, [usize; 3]>,
    out: &mut dyn Write,
) -> Result<()> {
    let round = |x: f64| (x * 10_000.0).round() / 10_000.0;
    writeln!(
        out,
        "{:<9} {:>6} {:>6} | {:<20} | {:<20} | {:<17}",
        "scope",
        "gold",
        "pred",
        "exact  P / R / F1",
        "partial P / R / F1",
        "speaker ovl / head (n)"
    )?;
    writeln!(out, "{}", "-".repeat(96))?;
    let mut scopes = serde_json::Map::new();
    for scope in SCOPES {
        let exact = counts.get(&("exact", scope)).copied().unwrap_or_default();
        let partial = counts.get(&("partial", scope)).copied().unwrap_or_default();
        if exact[0] == 0 && exact[1] == 0 {
            continue;
        }
        let (ep, er, ef) = prf(exact);
        let (pp, pr, pf) = prf(partial);
        let s = speakers.get(scope).copied().unwrap_or_default();
        let ratio = |k: usize| {
            if s[0] == 0 {
                0.0
            } else {
                k as f64 / s[0] as f64
            }
        };
        writeln!(
            out,
            "{:<9} {:>6} {:>6} | {:.3} / {:.3} / {:.3}  | {:.3} / {:.3} / {:.3}  | {:.3} / {:.3} ({})",
            scope,
            exact[0],
            partial[1],
            ep,
            er,
            ef,
            pp,
            pr,
            pf,
            ratio(s[1]),
            ratio(s[2]),
            s[0]
        )?;
        scopes.insert(
            scope.to_string(),
            json!({
                "gold": exact[0], "pred_exact_bucket": exact[1], "pred_partial_bucket": partial[1],
                "exact": {"tp": exact[2], "p": round(ep), "r": round(er), "f1": round(ef)},
                "partial": {"tp": partial[2], "p": round(pp), "r": round(pr), "f1": round(pf)},
                "speaker": {"n": s[0], "overlap_acc": round(ratio(s[1])), "head_acc": round(ratio(s[2]))},
            }),
        );
    }
    writeln!(
        out,
        "(per-type 'pred' column = predictions bucketed for partial-match precision)"
    )?;
    let summary = json!({"gold_file": gold.display().to_string(), "pred_file": pred_file, "strict": false, "docs": docs, "scopes": scopes});
    writeln!(out, "{summary}")?;
    Ok(())
}

/// Precision, recall and F1 from gold, predicted and matched counts.
fn prf([gold, predicted, matched]: [usize; 3]) -> (f64, f64, f64) {
    let p = if predicted == 0 {
        0.0
    } else {
        matched as f64 / predicted as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        matched as f64 / gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

fn load(path: &Path) -> Result<Vec<Value>> {
    let file = File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    let mut docs: Vec<Value> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (n, line) in BufReader::new(file).lines().enumerate() {
        let line = line.with_context(|| format!("cannot read {}", path.display()))?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: Value = serde_json::from_str(&line)
            .with_context(|| format!("{}:{}: not valid JSON", path.display(), n + 1))?;
        if !doc.is_object() {
            bail!("{}:{}: not a JSON object", path.display(), n + 1);
        }
        // A repeated id replaces the earlier article.
        match seen.get(&id_of(&doc)) {
            Some(&k) => docs[k] = doc,
            None => {
                seen.insert(id_of(&doc), docs.len());
                docs.push(doc);
            }
        }
    }
    Ok(docs)
}

fn id_of(doc: &Value) -> String {
    match &doc["id"] {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A whosaid quote record in the annotation format.
fn from_whosaid(q: &Value) -> Value {
    if q.get("content").is_some() || q.get("start").is_none() {
        return q.clone();
    }
    let kind = match q["kind"].as_str() {
        Some("direct" | "partial") => "direct",
        Some("mixed") => "mixed",
        Some("indirect") => "indirect",
        _ => "unknown",
    };
    let span = |o: &Value| {
        o.get("start")
            .filter(|s| !s.is_null())
            .map(|_| json!([o["start"], o["end"]]))
            .unwrap_or(Value::Null)
    };
    json!({
        "content": [q["start"], q["end"]],
        "type": kind,
        "content_parts": q.get("parts").cloned().unwrap_or(Value::Null),
        "source": span(&q["speaker"]),
        "cue": span(&q["cue"]),
    })
}

/// One article's text as code points, its word tokens and quote-mark mask.
struct Doc<'a> {
    text: &'a [char],
    tokens: Vec<(usize, usize)>,
    mask: Vec<bool>,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

impl<'a> Doc<'a> {
    fn new(text: &'a [char]) -> Doc<'a> {
        let mut tokens = Vec::new();
        let mut i = 0;
        while i < text.len() {
            if is_word_char(text[i]) {
                let start = i;
                while i < text.len() && is_word_char(text[i]) {
                    i += 1;
                }
                tokens.push((start, i));
            } else {
                i += 1;
            }
        }
        // Which characters lie inside quotation marks (marks included).
        let mut mask = vec![false; text.len()];
        let (mut inside, mut i) = (false, 0);
        while i < text.len() {
            let c = text[i];
            if c == '\n' {
                inside = false;
            } else if c == '"' || (c == '\'' && text.get(i + 1) == Some(&'\'')) {
                inside = !inside;
                mask[i] = true;
                if c == '\'' {
                    i += 1;
                    mask[i] = true;
                }
            } else if "“„«".contains(c) {
                inside = true;
                mask[i] = true;
            } else if "”»".contains(c) {
                inside = false;
                mask[i] = true;
            } else {
                mask[i] = inside;
            }
            i += 1;
        }
        Doc { text, tokens, mask }
    }

    fn clamp(&self, s: i64, e: i64) -> (usize, usize) {
        let n = self.text.len() as i64;
        let (s, e) = (s.clamp(0, n) as usize, e.clamp(0, n) as usize);
        if s <= e { (s, e) } else { (e, s) }
    }

    /// Indices of the tokens overlapping any of `parts`.
    fn token_set(&self, parts: &[(usize, usize)]) -> BTreeSet<usize> {
        let mut out = BTreeSet::new();
        for &(s, e) in parts {
            let lo = self.tokens.partition_point(|t| t.1 <= s);
            let hi = self.tokens.partition_point(|t| t.0 < e);
            out.extend(lo..hi.max(lo));
        }
        out
    }

    fn trim(&self, mut s: usize, mut e: usize) -> (usize, usize) {
        while s < e && !is_word_char(self.text[s]) {
            s += 1;
        }
        while e > s && !is_word_char(self.text[e - 1]) {
            e -= 1;
        }
        (s, e)
    }

    fn last_token(&self, span: (usize, usize)) -> Option<String> {
        let last = *self.token_set(&[span]).iter().next_back()?;
        let (s, e) = self.tokens[last];
        Some(self.text[s..e].iter().collect::<String>().to_lowercase())
    }

    fn implied_type(&self, parts: &[(usize, usize)]) -> &'static str {
        let (mut inside, mut all) = (0, 0);
        for &(s, e) in parts {
            for k in s..e {
                if is_word_char(self.text[k]) {
                    all += 1;
                    inside += usize::from(self.mask[k]);
                }
            }
        }
        match (all, inside) {
            (0, _) => "unknown",
            (a, i) if a == i => "direct",
            (_, 0) => "indirect",
            _ => "mixed",
        }
    }
}

/// One quote, gold or predicted, prepared for matching.
struct Q {
    extent_key: (usize, usize),
    parts_key: Vec<(usize, usize)>,
    parts: Vec<(usize, usize)>,
    tokens: BTreeSet<usize>,
    source: Option<(usize, usize)>,
    head: Option<String>,
    kind: Option<&'static str>,
}

impl Q {
    fn new(doc: &Doc, q: &Value) -> Q {
        let pair =
            |v: &Value| -> Option<(i64, i64)> { Some((v.get(0)?.as_i64()?, v.get(1)?.as_i64()?)) };
        let (s, e) = pair(&q["content"]).map_or((0, 0), |(s, e)| doc.clamp(s, e));
        let mut parts: Vec<(usize, usize)> = q["content_parts"]
            .as_array()
            .filter(|a| !a.is_empty())
            .map(|a| {
                a.iter()
                    .filter_map(pair)
                    .map(|(s, e)| doc.clamp(s, e))
                    .collect()
            })
            .unwrap_or_else(|| vec![(s, e)]);
        parts.sort_unstable();
        let source = pair(&q["source"]).map(|(s, e)| doc.clamp(s, e));
        Q {
            extent_key: doc.trim(s, e),
            parts_key: parts.iter().map(|&(s, e)| doc.trim(s, e)).collect(),
            tokens: doc.token_set(&parts),
            head: source.and_then(|span| doc.last_token(span)),
            source,
            kind: q["type"]
                .as_str()
                .and_then(|t| TYPES.iter().find(|&&k| k == t).copied()),
            parts,
        }
    }
}

/// One-to-one matching, best overlap first.
fn greedy(golds: &[Q], preds: &[Q], exact: bool) -> Vec<(usize, usize)> {
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for (i, g) in golds.iter().enumerate() {
        for (j, p) in preds.iter().enumerate() {
            if exact {
                if g.extent_key == p.extent_key || g.parts_key == p.parts_key {
                    candidates.push((1.0, i, j));
                }
            } else if !g.tokens.is_empty() {
                let overlap = g.tokens.intersection(&p.tokens).count();
                if overlap > 0 && overlap * 2 >= g.tokens.len() {
                    let union = g.tokens.union(&p.tokens).count();
                    let score = overlap as f64 / g.tokens.len() as f64
                        + 1e-3 * overlap as f64 / union as f64;
                    candidates.push((score, i, j));
                }
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut used_gold, mut used_pred, mut pairs) = (BTreeSet::new(), BTreeSet::new(), Vec::new());
    for (_, i, j) in candidates {
        if used_gold.contains(&i) || used_pred.contains(&j) {
            continue;
        }
        used_gold.insert(i);
        used_pred.insert(j);
        pairs.push((i, j));
    }
    pairs
}
