//! Reports: human text (grouped by operation), Markdown (for a pull-request
//! comment), JSON (a stable schema, version 1), and acknowledgements.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use crate::{Change, Level};

/// Counts by level.
pub fn counts(changes: &[Change]) -> (usize, usize, usize) {
    let n = |l| changes.iter().filter(|c| c.rule.level == l).count();
    (n(Level::Breaking), n(Level::Warning), n(Level::Info))
}

fn grouped(changes: &[Change]) -> BTreeMap<&str, Vec<&Change>> {
    let mut g: BTreeMap<&str, Vec<&Change>> = BTreeMap::new();
    for c in changes {
        g.entry(c.operation.as_deref().unwrap_or("(document)")).or_default().push(c);
    }
    g
}

/// Plain text, grouped by operation; ANSI colours when `colour`.
pub fn text(changes: &[Change], colour: bool) -> String {
    let paint = |level: Level| -> (&str, &str) {
        if !colour {
            return ("", "");
        }
        match level {
            Level::Breaking => ("\x1b[1;31m", "\x1b[0m"),
            Level::Warning => ("\x1b[33m", "\x1b[0m"),
            Level::Info => ("\x1b[2m", "\x1b[0m"),
        }
    };
    let mut out = String::new();
    for (op, list) in grouped(changes) {
        let _ = writeln!(out, "{op}");
        for c in list {
            let (on, off) = paint(c.rule.level);
            let _ = writeln!(
                out,
                "  {on}{:<8}{off} [{}] {} (Rust: {})",
                c.rule.level.as_str(),
                c.rule.id,
                c.message,
                c.rule.rust.as_str()
            );
            if let Some(src) = &c.doc_source {
                let _ = writeln!(out, "           from {src}");
            }
        }
    }
    let (b, w, i) = counts(changes);
    let _ = writeln!(out, "{} changes: {b} breaking, {w} warnings, {i} info", changes.len());
    out
}

/// A Markdown table for a pull-request comment.
pub fn markdown(changes: &[Change]) -> String {
    let (b, w, i) = counts(changes);
    let mut out = format!("### Contract changes: {b} breaking, {w} warnings, {i} info\n\n");
    if changes.is_empty() {
        out.push_str("No changes.\n");
        return out;
    }
    out.push_str("| level | rule | operation | change | Rust API | doc |\n|---|---|---|---|---|---|\n");
    for c in changes {
        let _ = writeln!(
            out,
            "| {} | `{}` | {} | {} | {} | {} |",
            c.rule.level.as_str(),
            c.rule.id,
            c.operation.as_deref().unwrap_or(""),
            c.message.replace('|', "\\|"),
            c.rule.rust.as_str(),
            c.doc_source.as_deref().unwrap_or("")
        );
    }
    out
}

/// The JSON report (schema version 1):
/// `{"version": 1, "summary": {"breaking", "warning", "info"}, "changes": [{"id", "level", "rust",
/// "operation", "message", "base", "revision", "doc_source"}]}`.
pub fn json(changes: &[Change]) -> serde_json::Value {
    let (b, w, i) = counts(changes);
    serde_json::json!({
        "version": 1,
        "summary": {"breaking": b, "warning": w, "info": i},
        "changes": changes.iter().map(|c| serde_json::json!({
            "id": c.rule.id,
            "level": c.rule.level.as_str(),
            "rust": c.rule.rust.as_str(),
            "operation": c.operation,
            "message": c.message,
            "base": c.base_pointer,
            "revision": c.revision_pointer,
            "doc_source": c.doc_source,
        })).collect::<Vec<_>>(),
    })
}

/// A breaking change accepted on purpose, with the reason (`openapi/breaking-changes.json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Acknowledgement {
    /// The rule id.
    pub rule: String,
    /// `METHOD /path`; absent for document-level changes or to accept the rule everywhere.
    #[serde(default)]
    pub operation: Option<String>,
    pub reason: String,
}

/// The acknowledgements file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Acknowledgements {
    #[serde(default)]
    pub acknowledged: Vec<Acknowledgement>,
}

impl Acknowledgements {
    /// Whether a change is acknowledged.
    pub fn covers(&self, c: &Change) -> bool {
        self.acknowledged
            .iter()
            .any(|a| a.rule == c.rule.id && (a.operation.is_none() || a.operation.as_deref() == c.operation.as_deref()))
    }
}
