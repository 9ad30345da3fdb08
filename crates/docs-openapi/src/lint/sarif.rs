//! SARIF 2.1.0 output, for code-scanning UIs.

use serde_json::{Value, json};

use crate::diagnostic::{Diagnostic, Severity};
use crate::source::SourceFile;

/// The diagnostics as a SARIF 2.1.0 log.
pub fn sarif(diagnostics: &[Diagnostic], files: &[SourceFile]) -> Value {
    let rules: Vec<Value> =
        super::all_codes().map(|(id, text)| json!({"id": id, "shortDescription": {"text": text}})).collect();
    let results: Vec<Value> = diagnostics
        .iter()
        .map(|d| {
            let file = files.get(d.file.0 as usize);
            let (line, col) = file.map(|f| f.line_col(d.span.start)).unwrap_or((1, 1));
            json!({
                "ruleId": d.code,
                "level": match d.severity { Severity::Error => "error", Severity::Warning => "warning" },
                "message": {"text": match &d.help { Some(h) => format!("{} ({h})", d.message), None => d.message.clone() }},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": file.map(|f| f.name()).unwrap_or("")},
                    "region": {"startLine": line, "startColumn": col}
                }}]
            })
        })
        .collect();
    json!({
        "version": "2.1.0",
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "runs": [{
            "tool": {"driver": {"name": "docs-openapi lint", "informationUri": "https://github.com/microsoftgraph/microsoft-graph-docs", "rules": rules}},
            "results": results
        }]
    })
}
