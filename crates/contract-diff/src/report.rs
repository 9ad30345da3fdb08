//! Reports: human text (grouped by operation or component, ANSI colour on
//! request), Markdown for a pull-request comment, and JSON (schema version 2,
//! documented in the crate README).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::{Change, Level, RustImpact};

/// Schema version of [`json`].
pub const JSON_VERSION: u32 = 2;

/// Counts: (breaking on the wire, warnings, info, breaking the Rust API's compilation, failing).
pub fn counts(changes: &[Change]) -> Counts {
    let n = |f: &dyn Fn(&Change) -> bool| changes.iter().filter(|c| f(c)).count();
    Counts {
        breaking: n(&|c| c.rule.level == Level::Breaking),
        warning: n(&|c| c.rule.level == Level::Warning),
        info: n(&|c| c.rule.level == Level::Info),
        rust_compile: n(&|c| c.rust == RustImpact::Compile),
        failing: n(&|c| c.is_breaking()),
    }
}

/// Change counts by level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub breaking: usize,
    pub warning: usize,
    pub info: usize,
    pub rust_compile: usize,
    /// Breaking on the wire or for the Rust API.
    pub failing: usize,
}

fn grouped(changes: &[Change]) -> BTreeMap<(u8, String), Vec<&Change>> {
    let mut g: BTreeMap<(u8, String), Vec<&Change>> = BTreeMap::new();
    for c in changes {
        let rank = match (&c.operation, &c.component) {
            (None, None) => 0,
            (Some(_), _) => 1,
            (None, Some(_)) => 2,
        };
        g.entry((rank, c.subject())).or_default().push(c);
    }
    g
}

fn pointers(c: &Change) -> String {
    match (&c.base_pointer, &c.revision_pointer) {
        (Some(a), Some(b)) if a == b => format!("at {a}"),
        (Some(a), Some(b)) => format!("base {a}, revision {b}"),
        (Some(a), None) => format!("base {a}"),
        (None, Some(b)) => format!("revision {b}"),
        (None, None) => String::new(),
    }
}

fn reached_by(c: &Change, limit: usize) -> Option<String> {
    if c.operations.is_empty() {
        return None;
    }
    let shown: Vec<&str> = c.operations.iter().take(limit).map(String::as_str).collect();
    let more = c.operations.len().saturating_sub(limit);
    let tail = if more > 0 { format!(" and {more} more") } else { String::new() };
    Some(format!("{}{tail}", shown.join(", ")))
}

/// Plain text grouped by operation (then components); ANSI colours when `colour`.
pub fn text(changes: &[Change], colour: bool) -> String {
    let paint = |on: &'static str| if colour { (on, "\x1b[0m") } else { ("", "") };
    let mut out = String::new();
    for ((_, subject), list) in grouped(changes) {
        let (b, e) = paint("\x1b[1m");
        let _ = writeln!(out, "{b}{subject}{e}");
        for c in list {
            let (on, off) = paint(match (c.rule.level, c.is_breaking()) {
                (Level::Breaking, _) | (_, true) => "\x1b[1;31m",
                (Level::Warning, _) => "\x1b[33m",
                (Level::Info, _) => "\x1b[2m",
            });
            let _ = writeln!(
                out,
                "  {on}{:<8}{off} {} [{}] (Rust: {})",
                c.rule.level.as_str(),
                c.message,
                c.rule.id,
                c.rust.as_str()
            );
            let _ = writeln!(out, "           {}", pointers(c));
            if let Some(src) = &c.doc_source {
                let _ = writeln!(out, "           doc {src}");
            }
            if let Some(ops) = reached_by(c, 3) {
                let _ = writeln!(out, "           used by {ops}");
            }
        }
    }
    let n = counts(changes);
    let _ = writeln!(
        out,
        "{} changes: {} breaking, {} warnings, {} info; {} break Rust compilation; {} fail the check",
        changes.len(),
        n.breaking,
        n.warning,
        n.info,
        n.rust_compile,
        n.failing
    );
    out
}

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// A Markdown report for a pull-request comment: a summary, then a table per operation or component.
pub fn markdown(changes: &[Change]) -> String {
    let n = counts(changes);
    let mut out = format!(
        "### Contract changes: {} breaking, {} warnings, {} info ({} break Rust compilation)\n\n",
        n.breaking, n.warning, n.info, n.rust_compile
    );
    if changes.is_empty() {
        out.push_str("No changes.\n");
        return out;
    }
    for ((_, subject), list) in grouped(changes) {
        let _ = writeln!(out, "#### {}\n", cell(&subject));
        out.push_str("| level | change | rule | Rust API | where | doc |\n|---|---|---|---|---|---|\n");
        for c in list {
            let level = if c.is_breaking() {
                format!("**{}**", c.rule.level.as_str())
            } else {
                c.rule.level.as_str().to_string()
            };
            let mut message = cell(&c.message);
            if let Some(ops) = reached_by(c, 5) {
                let _ = write!(message, " (used by {})", cell(&ops));
            }
            let _ = writeln!(
                out,
                "| {level} | {message} | `{}` | {} | `{}` | {} |",
                c.rule.id,
                c.rust.as_str(),
                cell(&pointers(c)),
                c.doc_source.as_deref().map(cell).unwrap_or_default()
            );
        }
        out.push('\n');
    }
    out
}

/// The JSON report, schema version [`JSON_VERSION`] (see the crate README).
pub fn json(changes: &[Change], unacknowledged: Option<&[usize]>) -> serde_json::Value {
    serde_json::json!({
        "version": JSON_VERSION,
        "summary": counts(changes),
        "changes": changes.iter().enumerate().map(|(i, c)| serde_json::json!({
            "id": c.rule.id,
            "level": c.rule.level.as_str(),
            "rust": c.rust.as_str(),
            "breaking": c.is_breaking(),
            "acknowledged": unacknowledged.map(|u| c.is_breaking() && !u.contains(&i)),
            "operation": c.operation,
            "component": c.component,
            "operations": c.operations,
            "message": c.message,
            "base": c.base_pointer,
            "revision": c.revision_pointer,
            "doc_source": c.doc_source,
        })).collect::<Vec<_>>(),
    })
}
