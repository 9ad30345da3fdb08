//! Diagnostics: what went wrong or looks wrong in a page, where, and what to do.
//!
//! Rendered as `file:line:col: error[code]: message`, followed by the source
//! line and a caret, in the style of rustc.

use std::fmt::Write as _;

use crate::source::{FileId, SourceFile, Span};

/// How bad a finding is. Errors make `spec` exit non-zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A finding about a doc page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable kebab-case code, listed in [`crate::codes`].
    pub code: &'static str,
    pub message: String,
    /// What to do about it, when there is something to say.
    pub help: Option<String>,
    pub file: FileId,
    pub span: Span,
}

impl Diagnostic {
    pub fn error(code: &'static str, file: FileId, span: Span, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Error, code, message: message.into(), help: None, file, span }
    }

    pub fn warning(code: &'static str, file: FileId, span: Span, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(code, file, span, message) }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Renders the diagnostic against its source file.
    pub fn render(&self, files: &[SourceFile]) -> String {
        let Some(file) = files.get(self.file.0 as usize) else {
            return format!("{}[{}]: {}", self.severity.as_str(), self.code, self.message);
        };
        let (line, col) = file.line_col(self.span.start);
        let mut out =
            format!("{}:{}:{}: {}[{}]: {}\n", file.name(), line, col, self.severity.as_str(), self.code, self.message);
        let text = file.line_text(line);
        let gutter = line.to_string().len();
        let _ = writeln!(out, "{:gutter$} |", "");
        let _ = writeln!(out, "{line} | {text}");
        let width = {
            let (end_line, end_col) = file.line_col(self.span.end);
            if end_line == line && end_col > col {
                end_col - col
            } else {
                text.chars().count().saturating_sub(col - 1).max(1)
            }
        };
        let _ = writeln!(out, "{:gutter$} | {:pad$}{}", "", "", "^".repeat(width), pad = col - 1);
        if let Some(help) = &self.help {
            let _ = writeln!(out, "{:gutter$} = help: {help}", "");
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_location_source_line_and_caret() {
        let files = [SourceFile::new("docs/a.md", "# T\n|id|Strng|x|\n")];
        let d = Diagnostic::error("unknown-type", FileId(0), Span::new(8, 13), "unknown type `Strng`")
            .with_help("did you mean `String`?");
        let text = d.render(&files);
        assert_eq!(
            text,
            "docs/a.md:2:5: error[unknown-type]: unknown type `Strng`\n  |\n2 | |id|Strng|x|\n  |     ^^^^^\n  = help: did you mean `String`?\n"
        );
    }
}
