//! SARIF 2.1.0 output, for code-scanning UIs.

use serde_json::{Value, json};

use crate::codes;
use crate::diagnostic::{Diagnostic, Severity};
use crate::source::SourceFile;

/// The schema the log points at (OASIS SARIF 2.1.0, errata 01).
pub const SCHEMA: &str = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The diagnostics as a SARIF 2.1.0 log: one run, every code as a rule,
/// one result per diagnostic. Columns count Unicode code points.
pub fn sarif(diagnostics: &[Diagnostic], files: &[SourceFile]) -> Value {
    let rules: Vec<Value> =
        codes::ALL.iter().map(|(id, text)| json!({"id": id, "shortDescription": {"text": text}})).collect();
    let results: Vec<Value> = diagnostics.iter().map(|d| result(d, files)).collect();
    json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "docs-openapi-lint",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules
            }},
            "columnKind": "unicodeCodePoints",
            "results": results
        }]
    })
}

fn result(d: &Diagnostic, files: &[SourceFile]) -> Value {
    let text = match &d.help {
        Some(h) => format!("{} (help: {h})", d.message),
        None => d.message.clone(),
    };
    let mut out = json!({
        "ruleId": d.code,
        "level": match d.severity { Severity::Error => "error", Severity::Warning => "warning" },
        "message": {"text": text},
    });
    if let Some(i) = codes::ALL.iter().position(|(c, _)| *c == d.code) {
        out["ruleIndex"] = json!(i);
    }
    if let Some(file) = files.get(d.file.0 as usize) {
        let (line, col) = file.line_col(d.span.start);
        let mut region = json!({"startLine": line, "startColumn": col});
        let (end_line, end_col) = file.line_col(d.span.end);
        if d.span.end > d.span.start && (end_line, end_col) > (line, col) {
            region["endLine"] = json!(end_line);
            region["endColumn"] = json!(end_col);
        }
        out["locations"] = json!([{"physicalLocation": {
            "artifactLocation": {"uri": uri(file.name())},
            "region": region
        }}]);
    }
    out
}

/// A page name as a URI reference: relative names stay relative, absolute
/// paths become `file://` URIs; bytes outside the unreserved set are escaped.
pub fn uri(name: &str) -> String {
    let mut out = String::new();
    if name.starts_with('/') {
        out.push_str("file://");
    }
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{FileId, Span};

    #[test]
    fn uris() {
        assert_eq!(uri("openapi/docs/a b.md"), "openapi/docs/a%20b.md");
        assert_eq!(uri("/work/docs/é.md"), "file:///work/docs/%C3%A9.md");
        assert_eq!(uri("../x/y.md"), "../x/y.md");
    }

    #[test]
    fn results_carry_rule_level_and_region() {
        let files = [SourceFile::new("docs/a.md", "# T\nab \"x.y\"\n")];
        let d = Diagnostic::warning(codes::ODATA_TYPE_HASH, FileId(0), Span::new(8, 11), "m").with_help("h");
        let log = sarif(&[d], &files);
        let r = &log["runs"][0]["results"][0];
        assert_eq!(r["ruleId"], codes::ODATA_TYPE_HASH);
        assert_eq!(
            log["runs"][0]["tool"]["driver"]["rules"][r["ruleIndex"].as_u64().unwrap() as usize]["id"],
            r["ruleId"]
        );
        assert_eq!(r["message"]["text"], "m (help: h)");
        let region = &r["locations"][0]["physicalLocation"]["region"];
        assert_eq!(region, &json!({"startLine": 2, "startColumn": 5, "endLine": 2, "endColumn": 8}));
    }
}
