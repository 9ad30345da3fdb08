//! Per-page suppressions from the page annotation's `suppressions` array.
//!
//! Two shapes are read:
//! - this project's: `"code"` or `"code: reason"`, silencing that code on the page;
//! - ApiDoctor's, as the real pages write it: `"Warning: location:\n  message"` (or
//!   `Error:`). The message is mapped to the matching code and, where it names a
//!   property or values (`Property 'x' ...`, `(a,b)`), only findings naming them
//!   are silenced. Messages of checks this lint does not have are ignored.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::page::Page;

/// One suppression: a code, and the names a finding's message must mention
/// (in backticks) to be silenced; none means every finding with the code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Suppression {
    pub code: &'static str,
    pub subjects: Vec<String>,
}

impl Suppression {
    pub fn covers(&self, d: &Diagnostic) -> bool {
        d.code == self.code
            && (self.subjects.is_empty() || self.subjects.iter().any(|s| d.message.contains(&format!("`{s}`"))))
    }
}

/// The page's suppressions; entries naming no known code become `unknown-suppression` findings.
pub(crate) fn read(page: &Page<'_>, out: &mut Vec<Diagnostic>) -> Vec<Suppression> {
    let mut list = Vec::new();
    for entry in page.page_annotation_strings("suppressions") {
        match parse(&entry) {
            Parsed::Known(s) => list.push(s),
            Parsed::Ignored => {}
            Parsed::Unknown(code) => {
                let text = page.source.text();
                let span = text
                    .find(&format!("\"{}", entry.lines().next().unwrap_or("")))
                    .map_or(page.title_span, |i| crate::Span::new(i + 1, i + 1 + code.len()));
                out.push(
                    Diagnostic::warning(
                        codes::UNKNOWN_SUPPRESSION,
                        page.file,
                        span,
                        format!("the suppression `{code}` names no lint code"),
                    )
                    .with_help("use a code from `cargo xtask lint` output, e.g. `\"odata-type-hash: reason\"`"),
                );
            }
        }
    }
    list
}

#[derive(Debug, PartialEq, Eq)]
enum Parsed {
    Known(Suppression),
    /// An ApiDoctor entry for a check this lint does not have.
    Ignored,
    Unknown(String),
}

fn parse(entry: &str) -> Parsed {
    let entry = entry.trim();
    let lower = entry.to_ascii_lowercase();
    if lower.starts_with("warning:") || lower.starts_with("error:") {
        return apidoctor(entry);
    }
    let code = entry.split(':').next().unwrap_or("").trim();
    match codes::ALL.iter().find(|(c, _)| *c == code) {
        Some((c, _)) => Parsed::Known(Suppression { code: c, subjects: Vec::new() }),
        None => Parsed::Unknown(code.to_string()),
    }
}

/// ApiDoctor's messages → this lint's codes, by the words they start with.
const APIDOCTOR: &[(&str, &str)] = &[
    ("found potential enums", codes::EXAMPLE_UNKNOWN_ENUM_VALUE),
    ("undocumented property", codes::EXAMPLE_UNDOCUMENTED_PROPERTY),
    ("but not described in markdown table", codes::EXAMPLE_UNDOCUMENTED_PROPERTY),
    ("found in markdown table but not in resource definition", codes::EXAMPLE_MISSING_PROPERTY),
    ("inconsistent types between", codes::EXAMPLE_TYPE_MISMATCH),
    ("type mismatch between example and table", codes::EXAMPLE_TYPE_MISMATCH),
    ("expected type", codes::EXAMPLE_TYPE_MISMATCH),
    ("is defined in multiple files", codes::DUPLICATE_TYPE),
    ("referenced type", codes::MISSING_TYPE_PAGE),
];

fn apidoctor(entry: &str) -> Parsed {
    let text = entry.split_whitespace().collect::<Vec<_>>().join(" ");
    let lower = text.to_ascii_lowercase();
    let Some((_, code)) = APIDOCTOR.iter().find(|(words, _)| lower.contains(words)) else { return Parsed::Ignored };
    Parsed::Known(Suppression { code, subjects: subjects(&text, code) })
}

/// The names an ApiDoctor message is about: a quoted property, a parameter
/// name, the values in parentheses, or the last segment of its location.
fn subjects(text: &str, code: &str) -> Vec<String> {
    if code == codes::EXAMPLE_UNKNOWN_ENUM_VALUE {
        let inside = text.split_once(":(").and_then(|(_, r)| r.split_once(')')).map(|(v, _)| v).unwrap_or("");
        return inside.split(',').map(str::trim).filter(|v| !v.is_empty()).map(str::to_string).collect();
    }
    if let Some((_, rest)) = text.split_once('\'')
        && let Some((name, _)) = rest.split_once('\'')
    {
        return vec![name.to_string()];
    }
    if let Some((_, rest)) = text.split_once("Parameter name: ") {
        let name = rest.split([';', ' ', ',']).next().unwrap_or("");
        return vec![name.to_string()].into_iter().filter(|n| !n.is_empty()).collect();
    }
    // "Warning: op_name/path/to/prop: message"
    let location = text.split(':').nth(1).unwrap_or("").trim();
    let last = location.rsplit('/').next().unwrap_or("");
    if last.is_empty() || last.ends_with(".md") || last.contains(' ') { Vec::new() } else { vec![last.to_string()] }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{FileId, SourceFile, Span};

    fn known(code: &'static str, subjects: &[&str]) -> Parsed {
        Parsed::Known(Suppression { code, subjects: subjects.iter().map(|s| s.to_string()).collect() })
    }

    #[test]
    fn project_shape() {
        assert_eq!(parse("odata-type-hash"), known(codes::ODATA_TYPE_HASH, &[]));
        assert_eq!(parse("broken-link: the page moves next week"), known(codes::BROKEN_LINK, &[]));
        assert_eq!(parse("no-such-code: why"), Parsed::Unknown("no-such-code".into()));
    }

    #[test]
    fn apidoctor_shape_from_real_pages() {
        assert_eq!(
            parse(
                "Warning: /api-reference/v1.0/resources/sharinglink.md:\n      Found potential enums in resource example that weren't defined in a table:(view,edit,embed) are in resource, but () are in table"
            ),
            known(codes::EXAMPLE_UNKNOWN_ENUM_VALUE, &["view", "edit", "embed"])
        );
        assert_eq!(
            parse(
                "Warning: get_recent_activities/container/visualElements/content/$schema:\n      Undocumented property '$schema' [String] was not expected on resource microsoft.graph.Json."
            ),
            known(codes::EXAMPLE_UNDOCUMENTED_PROPERTY, &["$schema"])
        );
        assert_eq!(
            parse("Error: update_rangeformat_font_three/underline: Expected type String but actual was Single."),
            known(codes::EXAMPLE_TYPE_MISMATCH, &["underline"])
        );
        assert_eq!(
            parse(
                "Warning: /api-reference/v1.0/api/x.md: Type mismatch between example and table. Parameter name: values; example type (Collection) is a collection"
            ),
            known(codes::EXAMPLE_TYPE_MISMATCH, &["values"])
        );
        assert_eq!(
            parse("Warning: /api/x.md: Request includes a non-standard header: workbook-session-id"),
            Parsed::Ignored
        );
    }

    #[test]
    fn subjects_narrow_what_is_silenced() {
        let s = Suppression { code: codes::EXAMPLE_UNDOCUMENTED_PROPERTY, subjects: vec!["$schema".into()] };
        let d = |m: &str| Diagnostic::warning(codes::EXAMPLE_UNDOCUMENTED_PROPERTY, FileId(0), Span::default(), m);
        assert!(s.covers(&d("example property `$schema` is not in the `json` property table")));
        assert!(!s.covers(&d("example property `body` is not in the `json` property table")));
        let all = Suppression { code: codes::EXAMPLE_UNDOCUMENTED_PROPERTY, subjects: vec![] };
        assert!(all.covers(&d("anything")));
    }

    #[test]
    fn unknown_codes_are_reported_where_written() {
        let src = SourceFile::new(
            "a.md",
            "# T\n\n<!-- { \"type\": \"#page.annotation\", \"suppressions\": [\"odata-type-hash\", \"bogus: x\"] } -->\n",
        );
        let page = Page::parse(FileId(0), &src, &mut Vec::new());
        let mut out = Vec::new();
        let list = read(&page, &mut out);
        assert_eq!(list, [Suppression { code: codes::ODATA_TYPE_HASH, subjects: vec![] }]);
        assert_eq!(out.len(), 1);
        assert_eq!(&src.text()[out[0].span.start..out[0].span.end], "bogus");
    }
}
