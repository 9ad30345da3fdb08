//! What the checks of an api page read: its request lines, its examples,
//! its own operations and the statuses its prose documents.

use serde_json::Value;

use crate::http::{Message, Method, parse_message, request_lines};
use crate::markdown::{Block, CodeBlock};
use crate::model::Operation;
use crate::page::Page;
use crate::source::Span;

/// A request line of the "HTTP request" section, as an OpenAPI path template.
pub(crate) struct RequestLine {
    pub method: Method,
    pub template: String,
    /// The line in a code block; the paragraph holding it otherwise.
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Request,
    Response,
}

/// An example block: annotated `request`/`response`, or (as the converter
/// reads older pages) an unannotated block with a request or status line.
pub(crate) struct Example<'p> {
    pub kind: Kind,
    pub code: &'p CodeBlock,
    pub message: Message,
    pub annotation: Option<&'p Value>,
    /// The body, read leniently, when it is JSON.
    pub json: Option<Value>,
}

impl Example<'_> {
    /// Whether the block has a `blockType` annotation.
    pub fn annotated(&self) -> bool {
        self.annotation.and_then(|a| a.get("blockType")).is_some()
    }

    /// Whether the annotation marks the example as shortened.
    pub fn truncated(&self) -> bool {
        self.annotation.and_then(|a| a.get("truncated")).and_then(Value::as_bool).unwrap_or(false)
    }

    /// Names the annotation's `optionalProperties` lists.
    pub fn optional_properties(&self) -> Vec<&str> {
        match self.annotation.and_then(|a| a.get("optionalProperties")) {
            Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        }
    }

    /// The span of the block's first line (the start line of the message).
    pub fn first_line(&self, page: &Page<'_>) -> Span {
        line_at(page.source.text(), self.code.content_start)
    }

    /// The span of the first line of the block containing `needle` (ASCII case-insensitive),
    /// else the first line.
    pub fn line_containing(&self, page: &Page<'_>, needle: &str) -> Span {
        let text = page.source.text();
        let block = text.get(self.code.content_start..self.code.span.end).unwrap_or("");
        match block.to_ascii_lowercase().find(&needle.to_ascii_lowercase()) {
            Some(i) => line_at(text, self.code.content_start + i),
            None => self.first_line(page),
        }
    }

    /// Where member `"key":` is written with `value` (a string, number or boolean; the
    /// first `key` of the body otherwise, else the example's first line): the second item's
    /// `"capacity": "40"`, not the first item's `"capacity": "50"`.
    pub fn key_value_span(&self, page: &Page<'_>, key: &str, value: Option<&serde_json::Value>) -> Span {
        let shown = value.filter(|v| !v.is_object() && !v.is_array() && !v.is_null()).map(|v| v.to_string());
        let text = page.source.text();
        let start = self.code.source_offset(self.message.body_offset);
        let quoted = format!("\"{key}\"");
        let Some(region) = text.get(start..self.code.span.end) else { return self.first_line(page) };
        let mut from = 0;
        let mut first = None;
        while let Some(i) = region.get(from..).and_then(|r| r.find(&quoted)) {
            let at = from + i;
            let after = region[at + quoted.len()..].trim_start();
            if let Some(written) = after.strip_prefix(':') {
                let span = Span::new(start + at, start + at + quoted.len());
                match &shown {
                    Some(shown) if !written.trim_start().starts_with(shown.as_str()) => {
                        first.get_or_insert(span);
                    }
                    _ => return span,
                }
            }
            from = at + quoted.len();
        }
        first.unwrap_or_else(|| self.first_line(page))
    }
}

/// The facts of an api page that several checks share.
pub(crate) struct ApiFacts<'p> {
    pub lines: Vec<RequestLine>,
    pub examples: Vec<Example<'p>>,
    /// The page's operations as extracted alone (before merging with other pages).
    pub operations: Vec<Operation>,
    /// Success statuses the Response section names.
    pub statuses: Vec<u16>,
    /// Blocks that read as examples but are annotated `ignored`.
    pub ignored: usize,
}

impl<'p> ApiFacts<'p> {
    pub fn read(page: &'p Page<'p>) -> ApiFacts<'p> {
        let syntax: Vec<std::ops::Range<usize>> = page.request_sections().into_iter().map(|s| s.blocks).collect();
        let mut lines = Vec::new();
        // The sections' blocks, and the scenarios' annotated requests the converter reads as lines too.
        let mut line_blocks: Vec<usize> = syntax.iter().flat_map(|r| r.clone()).collect();
        line_blocks.extend(crate::extract::scenario_request_blocks(page, &line_blocks));
        for (i, block) in line_blocks.iter().map(|&i| (i, &page.doc.blocks[i])) {
            // Sample keys written for placeholders (a GUID, a `sampleKeys` value), as the
            // converter reads them.
            let keys = page.sample_keys(i);
            let (text, at): (&str, &dyn Fn(usize) -> Span) = match block {
                Block::Code(c) => (&c.text, &|offset| line_at(page.source.text(), c.source_offset(offset))),
                Block::Paragraph(p) => (&p.text, &|_| p.span),
                _ => continue,
            };
            for l in request_lines(text) {
                // A `)` that closes no `(` (`messages('{id}'))`): the line the converter reads.
                let unclosed = crate::paths::without_stray_closers(&l.target);
                let keyed = crate::paths::sample_keys_as_placeholders(unclosed.as_deref().unwrap_or(&l.target), &keys);
                for target in crate::paths::property_alternatives(&keyed) {
                    if let Some(p) = crate::paths::normalize(&target) {
                        lines.push(RequestLine { method: l.method, template: p.template, span: at(l.offset) });
                    }
                }
            }
        }
        let mut examples = Vec::new();
        let mut ignored = 0;
        for (i, block) in page.doc.blocks.iter().enumerate() {
            let Block::Code(code) = block else { continue };
            let message = parse_message(&code.text);
            let http = message.status.is_some() || message.request.is_some();
            let kind = match page.block_type(i) {
                Some("request") => Kind::Request,
                Some("response") => Kind::Response,
                Some("ignored") if http && !syntax.iter().any(|r| r.contains(&i)) => {
                    ignored += 1;
                    continue;
                }
                Some(_) => continue,
                None if syntax.iter().any(|r| r.contains(&i)) => continue,
                None if message.status.is_some() => Kind::Response,
                None if message.request.is_some() => Kind::Request,
                None => continue,
            };
            let json = json_body(&message);
            examples.push(Example { kind, code, message, annotation: page.annotations.get(&i), json });
        }
        let operations = crate::extract::extract_api_page(page, &mut Vec::new())
            .operations
            .into_iter()
            .map(|o| o.operation)
            .collect();
        let mut statuses = Vec::new();
        if let Some(section) = page.response_section() {
            for (_, block) in section.iter() {
                if let Block::Paragraph(p) = block {
                    statuses.extend(crate::extract::statuses_named(&p.text));
                }
            }
        }
        ApiFacts { lines, examples, operations, statuses, ignored }
    }

    pub fn requests(&self) -> impl Iterator<Item = &Example<'p>> {
        self.examples.iter().filter(|e| e.kind == Kind::Request)
    }

    pub fn responses(&self) -> impl Iterator<Item = &Example<'p>> {
        self.examples.iter().filter(|e| e.kind == Kind::Response)
    }
}

/// The body as JSON, when it is declared or looks like JSON and parses (leniently).
fn json_body(m: &Message) -> Option<Value> {
    let body = m.body.trim();
    let declared_json = m.header("content-type").is_none_or(|ct| ct.to_ascii_lowercase().contains("json"));
    if !declared_json || !(body.starts_with('{') || body.starts_with('[')) {
        return None;
    }
    crate::json::parse_lenient(body).ok().map(|p| p.value)
}

/// The line around `offset`, without its line ending.
pub(crate) fn line_at(text: &str, offset: usize) -> Span {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    Span::new(start, text[..end].trim_end_matches('\r').len().max(start))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{FileId, SourceFile};

    #[test]
    fn statuses_from_prose() {
        let named = crate::extract::statuses_named;
        assert_eq!(named("returns a `200 OK` response code"), [200]);
        assert_eq!(named("returns `202 Accepted` or `204 No Content`; `404 Not Found` if gone"), [202, 204]);
        assert_eq!(named("returns `201` and 5000 items"), [201]);
        assert!(named("no status, 1200 Items").is_empty());
        assert!(named("é2").is_empty());
        assert_eq!(named("If an error occurs, it returns `207 Multi-Status`."), [207], "an example may show it");
    }

    #[test]
    fn a_request_line_written_with_a_guid_reads_it_as_a_key() {
        // beta's channel getAllMessages: the line written as a full URL with a team's GUID, as the
        // converter reads it; also after a `)` that closes no `(`, which the converter drops first.
        for team in ["0e05a7e4-a48d-4615-b0b7-c7494da9ce68", "0e05a7e4-a48d-4615-b0b7-c7494da9ce68)"] {
            let src = SourceFile::new(
                "a.md",
                format!(
                    "---\ndoc_type: apiPageType\n---\n# channel: getAllMessages\n\n## HTTP request\n```http\nGET https://graph.microsoft.com/beta/teams/{team}/channels/getAllMessages\n```\n"
                ),
            );
            let page = Page::parse(FileId(0), &src, &mut Vec::new());
            let facts = ApiFacts::read(&page);
            let converter: Vec<&str> = facts.operations.iter().map(|o| o.path.as_str()).collect();
            assert_eq!(converter, ["/teams/{teamId}/channels/getAllMessages"], "{team}");
            assert_eq!(facts.lines.iter().map(|l| l.template.as_str()).collect::<Vec<_>>(), converter, "{team}");
        }
    }

    #[test]
    fn reads_lines_examples_and_statuses() {
        let src = SourceFile::new(
            "a.md",
            "---\ndoc_type: apiPageType\n---\n# Get x\n\n## HTTP request\n```http\nGET /x/{id}\nGET /me/x\n```\n## Response\nReturns `200 OK`.\n## Example\n<!-- { \"blockType\": \"request\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/x/1\n```\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"a\": 1,}\n```\n",
        );
        let page = Page::parse(FileId(0), &src, &mut Vec::new());
        let facts = ApiFacts::read(&page);
        assert_eq!(facts.lines.iter().map(|l| l.template.as_str()).collect::<Vec<_>>(), ["/x/{id}", "/me/x"]);
        assert_eq!(facts.statuses, [200]);
        assert_eq!(facts.requests().count(), 1);
        let response = facts.responses().next().unwrap();
        assert!(!response.annotated());
        assert_eq!(response.json, Some(serde_json::json!({"a": 1})));
        assert_eq!(src.line_col(response.key_value_span(&page, "a", None).start), (22, 2));
        assert_eq!(facts.operations.len(), 2);
    }
}
