//! A parsed page with its front matter, kind, sections and annotations.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::diagnostic::Diagnostic;
use crate::json::parse_lenient;
use crate::markdown::{self, Block, CodeBlock, Document, Table};
use crate::source::{FileId, SourceFile, Span};

/// What kind of reference page this is (front matter `doc_type`, else a guess).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    Api,
    Resource,
    Enum,
    Other,
}

/// The words opening a note or warning callout (`> **Important:** …`, whose quote marks and
/// emphasis the parser drops), lowercase.
pub(crate) const CALLOUTS: [&str; 5] = ["important:", "note:", "caution:", "warning:", "tip:"];

/// A page ready for extraction.
pub struct Page<'a> {
    pub file: FileId,
    pub source: &'a SourceFile,
    pub doc: Document,
    pub meta: BTreeMap<String, String>,
    pub kind: PageKind,
    pub title: String,
    pub title_span: Span,
    /// Annotation per block index (the JSON comment right before a code block),
    /// and page-level annotations (comments not followed by a code block).
    pub annotations: BTreeMap<usize, Value>,
    pub page_annotations: Vec<Value>,
    /// The other input files, for `[!INCLUDE]` lines; none unless set with [`Page::with_includes`].
    pub includes: Option<&'a crate::source::Includes<'a>>,
}

/// A heading and the blocks under it, up to the next heading of the same or a higher level.
pub struct Section<'p> {
    pub title: String,
    pub span: Span,
    /// Indices into the page's blocks.
    pub blocks: std::ops::Range<usize>,
    pub page: &'p Page<'p>,
}

impl<'p> Section<'p> {
    pub fn iter(&self) -> impl Iterator<Item = (usize, &'p Block)> + '_ {
        self.blocks.clone().map(|i| (i, &self.page.doc.blocks[i]))
    }

    /// The section's own blocks, before its first sub-heading: a table under
    /// `### Prefer header values` or `### Properties of a policy definition`
    /// describes something else.
    pub fn own_blocks(&self) -> impl Iterator<Item = (usize, &'p Block)> + '_ {
        self.iter().take_while(|(_, b)| !matches!(b, Block::Heading(_)))
    }

    /// The tables among [`Section::own_blocks`].
    pub fn own_tables(&self) -> impl Iterator<Item = &'p Table> + '_ {
        self.own_blocks().filter_map(|(_, b)| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
    }
}

impl<'a> Page<'a> {
    pub fn parse(file: FileId, source: &'a SourceFile, diags: &mut Vec<Diagnostic>) -> Page<'a> {
        let doc = markdown::parse(source.text());
        let meta = doc.front_matter.as_ref().map(|f| front_matter(&f.text)).unwrap_or_default();
        let h1 = doc.blocks.iter().find_map(|b| match b {
            Block::Heading(h) if h.level == 1 => Some(h),
            _ => None,
        });
        // `#x enum type` (no space) is no heading to CommonMark, but it is meant as the title.
        let unspaced_h1 = || {
            let first = doc.blocks.iter().take_while(|b| !matches!(b, Block::Heading(_))).find_map(|b| match b {
                Block::Paragraph(p) => Some(p),
                _ => None,
            })?;
            let text = first.text.trim_start().strip_prefix('#')?;
            let line = text.lines().next()?.trim();
            line.starts_with(|c: char| c.is_ascii_alphabetic()).then(|| (line.to_string(), first.span))
        };
        let (title, title_span) = match (meta.get("title"), h1) {
            (_, Some(h)) if !h.text.is_empty() => (h.text.clone(), h.span),
            (_, None) if let Some(found) = unspaced_h1() => found,
            (Some(t), _) => (t.clone(), doc.front_matter.as_ref().map(|f| f.span).unwrap_or_default()),
            _ => (String::new(), Span::default()),
        };
        // A page filed among resource pages (`…/resources/planner_overview.md`) is no api
        // page for its request blocks alone; one filed among api pages is, for a request in a
        // fence naming no language too.
        let folder = std::path::Path::new(source.name()).parent().and_then(|p| p.file_name());
        let filed = match folder {
            Some(f) if f.eq_ignore_ascii_case("resources") => Filed::Resources,
            Some(f) if f.eq_ignore_ascii_case("api") => Filed::Api,
            _ => Filed::Elsewhere,
        };
        let (kind, contradicted) = classify(&meta, &title, &doc, filed);
        let mut page = Page {
            file,
            source,
            doc,
            meta,
            kind,
            title,
            title_span,
            annotations: BTreeMap::new(),
            page_annotations: Vec::new(),
            includes: None,
        };
        if let Some(f) = page.doc.front_matter.as_ref().filter(|f| f.unopened) {
            let first_line = source.text().get(f.span.start..).and_then(|t| t.lines().next()).unwrap_or_default();
            let span = Span::new(f.span.start, f.span.start + first_line.len());
            diags.push(
                Diagnostic::warning(
                    crate::codes::UNOPENED_FRONT_MATTER,
                    file,
                    span,
                    "the front matter has no opening `---`; read as front matter (to Markdown it is a heading)",
                )
                .with_help("add a line `---` before the first line"),
            );
        }
        for &span in &page.doc.indented_headings {
            diags.push(
                Diagnostic::warning(
                    crate::codes::INDENTED_HEADING,
                    file,
                    span,
                    "this heading is indented four spaces or more, so to Markdown it is code; read as a heading",
                )
                .with_help("start the heading at the beginning of its line"),
            );
        }
        if contradicted {
            diags.push(page.doc_type_mismatch());
        }
        page.read_annotations(diags);
        page
    }

    /// The warning for a `doc_type` the page's structure contradicts, at the `doc_type:` line.
    fn doc_type_mismatch(&self) -> Diagnostic {
        let declared = self.meta.get("doc_type").map(|d| d.trim()).unwrap_or_default();
        let span = self.doc.front_matter.as_ref().map_or_else(Span::default, |f| {
            let text = &self.source.text()[f.span.start..f.span.end];
            match text.find("doc_type") {
                Some(at) => {
                    let line = text[at..].lines().next().unwrap_or_default();
                    Span::new(f.span.start + at, f.span.start + at + line.trim_end().len())
                }
                None => f.span,
            }
        });
        let (is, fix) = match self.kind {
            PageKind::Api => ("an api page (it has an HTTP request section); read as one", "apiPageType"),
            PageKind::Resource => (
                "a resource page (it has a JSON representation or properties and no request); read as one",
                "resourcePageType",
            ),
            PageKind::Enum => ("an enum page (it has a members table); read as one", "enumPageType"),
            PageKind::Other => (
                "no resource page (no JSON representation, properties, property or members table, nor a type in its title); it yields no type",
                "conceptualPageType",
            ),
        };
        let said =
            if declared.is_empty() { "`doc_type` is empty".to_string() } else { format!("`doc_type: {declared}`") };
        Diagnostic::warning(crate::codes::DOC_TYPE_MISMATCH, self.file, span, format!("{said}, but the page is {is}"))
            .with_help(format!("set `doc_type: {fix}` in the front matter"))
    }

    /// This page, able to read the files its `[!INCLUDE]` lines name among `includes`.
    pub fn with_includes(mut self, includes: &'a crate::source::Includes<'a>) -> Self {
        self.includes = Some(includes);
        self
    }

    /// The file an `[!INCLUDE [name](target)]` line names, if it is among the inputs.
    pub fn included(&self, target: &str) -> Option<&'a SourceFile> {
        self.includes?.resolve(self.source.name(), target)
    }

    fn read_annotations(&mut self, diags: &mut Vec<Diagnostic>) {
        for (i, block) in self.doc.blocks.iter().enumerate() {
            let Block::Comment(c) = block else { continue };
            let inner = c.text.trim().trim_start_matches("<!--");
            let inner = inner.trim_end().trim_end_matches("-->");
            // Only comments that are JSON objects are annotations; others are prose
            // or commented-out content.
            if !inner.trim_start().starts_with('{') {
                continue;
            }
            let json = inner.trim_start();
            // Newer pages follow the object with a note: `{ "blockType": "ignored" } // Note: …`.
            // The note starts at the first `//` after a closing brace (it may hold braces itself).
            let note =
                json.match_indices('}').map(|(end, _)| end).find(|&end| json[end + 1..].trim_start().starts_with("//"));
            let json = match note {
                Some(end) => &json[..=end],
                None => json,
            };
            let json_start = c.span.start + c.text.find('{').unwrap_or(0);
            match parse_lenient(json) {
                Ok(parsed) => {
                    if let Some(err) = parsed.repaired {
                        let at = offset_of(json, json_start, err.line, err.column);
                        diags.push(
                            Diagnostic::warning(
                                crate::codes::ANNOTATION_JSON,
                                self.file,
                                Span::new(at, at + 1),
                                format!("annotation is not strict JSON ({}); read leniently", err.message),
                            )
                            .with_help("write strict JSON: no trailing commas, comments or bare words; newlines inside strings escaped"),
                        );
                    }
                    if !parsed.value.is_object() {
                        continue;
                    }
                    match self.doc.blocks.get(i + 1) {
                        Some(Block::Code(_)) => {
                            self.annotations.insert(i + 1, parsed.value);
                        }
                        _ => match self.example_block_after(i, &parsed.value) {
                            Some(code) => {
                                self.annotations.entry(code).or_insert(parsed.value);
                            }
                            None => self.page_annotations.push(parsed.value),
                        },
                    }
                }
                Err(err) => {
                    let at = offset_of(json, json_start, err.line, err.column);
                    diags.push(
                        Diagnostic::warning(
                            crate::codes::ANNOTATION_JSON,
                            self.file,
                            Span::new(at, at + 1),
                            format!("annotation is not valid JSON ({}); the block is read without it", err.message),
                        )
                        .with_help("fix the JSON in this `<!-- { ... } -->` comment"),
                    );
                }
            }
        }
    }

    /// The code block an example's annotation (`"blockType": "request"` or `"response"`) at
    /// block `at` stands for when sentences or a heading naming its kind come between them (the
    /// earlier PIM pages: the annotation, "Get a [governanceRoleAssignment] on subscription …",
    /// "##### Request", the request): the next code block, unless another comment or another heading
    /// comes first ("### Response" after a request's annotation, "### Example 2" after a response's).
    fn example_block_after(&self, at: usize, annotation: &serde_json::Value) -> Option<usize> {
        let kind = annotation.get("blockType")?.as_str()?;
        if kind != "request" && kind != "response" {
            return None;
        }
        for (j, block) in self.doc.blocks.iter().enumerate().skip(at + 1) {
            match block {
                Block::Code(_) => return Some(j),
                Block::Paragraph(_) => {}
                Block::Heading(h) if h.level >= 3 && h.text.trim().eq_ignore_ascii_case(kind) => {}
                _ => return None,
            }
        }
        None
    }

    /// The annotation's `blockType` for the code block at `index`.
    pub fn block_type(&self, index: usize) -> Option<&str> {
        self.annotations.get(&index)?.get("blockType")?.as_str()
    }

    /// The values a block writes for keys, as its annotation's `sampleKeys` lists them.
    pub fn sample_keys(&self, index: usize) -> Vec<&str> {
        let keys = self.annotations.get(&index).and_then(|a| a.get("sampleKeys")?.as_array());
        keys.map(|keys| keys.iter().filter_map(serde_json::Value::as_str).collect()).unwrap_or_default()
    }

    /// Sections whose heading matches `pred` (case-insensitive, trimmed).
    pub fn sections<'p>(&'p self, pred: impl Fn(&str) -> bool) -> Vec<Section<'p>> {
        self.find_sections(pred, usize::MAX)
    }

    /// Whether a heading's text (lowercase, trimmed) names an "HTTP request" section ("HTTP request",
    /// "HTTP request (to upload a new file)", "HTTP request:").
    pub fn is_request_heading(lower: &str) -> bool {
        lower.starts_with("http request")
    }

    /// The "HTTP request" sections that give the method's syntax: not one under an example's
    /// heading (`## Example` › `### HTTP Request`, that example's own call with its literal ids),
    /// unless the page has no other.
    pub fn request_sections<'p>(&'p self) -> Vec<Section<'p>> {
        let (syntax, in_examples): (Vec<_>, Vec<_>) =
            self.sections(Self::is_request_heading).into_iter().partition(|s| !self.under_example(s));
        if syntax.is_empty() { in_examples } else { syntax }
    }

    /// The sections about the method's query parameters ("Optional query parameters"), not an
    /// example's ("Example 2: List folders with query parameters", or one nested under "Examples").
    pub fn query_parameter_sections<'p>(&'p self) -> Vec<Section<'p>> {
        self.sections(|t| t.contains("query parameters") && !t.starts_with("example"))
            .into_iter()
            .filter(|s| !self.under_example(s))
            .collect()
    }

    /// Whether a section's heading is nested under an "Example(s)" heading.
    pub fn under_example(&self, section: &Section<'_>) -> bool {
        let blocks = &self.doc.blocks;
        let Some(Block::Heading(own)) = section.blocks.start.checked_sub(1).and_then(|i| blocks.get(i)) else {
            return false;
        };
        let mut level = own.level;
        for b in blocks[..section.blocks.start - 1].iter().rev() {
            let Block::Heading(h) = b else { continue };
            if h.level < level {
                if h.text.trim().to_ascii_lowercase().starts_with("example") {
                    return true;
                }
                level = h.level;
            }
        }
        false
    }

    /// The "Response" section ("Responses"; "Response body" on pages without either).
    pub fn response_section<'p>(&'p self) -> Option<Section<'p>> {
        self.section(&["response", "responses"]).or_else(|| self.section(&["response body"]))
    }

    pub fn section<'p>(&'p self, names: &[&str]) -> Option<Section<'p>> {
        self.find_sections(|t| names.contains(&t), 1).pop()
    }

    /// Up to `limit` sections whose lowercase title (without a trailing `:`) `pred` accepts.
    fn find_sections<'p>(&'p self, pred: impl Fn(&str) -> bool, limit: usize) -> Vec<Section<'p>> {
        let blocks = &self.doc.blocks;
        let mut out = Vec::new();
        // One buffer for every heading's lowercase title: pages are asked for sections often.
        let mut title = String::new();
        for (i, b) in blocks.iter().enumerate() {
            let Block::Heading(h) = b else { continue };
            title.clear();
            title.push_str(h.text.trim().trim_end_matches(':'));
            title.make_ascii_lowercase();
            if !pred(&title) {
                continue;
            }
            let end = blocks[i + 1..]
                .iter()
                .position(|b| matches!(b, Block::Heading(n) if n.level <= h.level))
                .map(|p| i + 1 + p)
                .unwrap_or(blocks.len());
            out.push(Section { title: h.text.clone(), span: h.span, blocks: i + 1..end, page: self });
            if out.len() >= limit {
                break;
            }
        }
        out
    }

    /// The code block at `index`, if it is one.
    pub fn code(&self, index: usize) -> Option<&CodeBlock> {
        match self.doc.blocks.get(index) {
            Some(Block::Code(c)) => Some(c),
            _ => None,
        }
    }

    /// The first paragraph after the H1 that describes the page: not the
    /// namespace line, an alert (`[!NOTE]`), a note or warning callout
    /// (`> **Important:** …`, whose quote marks and emphasis the parser drops)
    /// or a TODO.
    pub fn lead_paragraph(&self) -> Option<String> {
        self.lead().map(|p| p.text.trim().to_string())
    }

    /// [`Page::lead_paragraph`] with its links.
    pub fn lead(&self) -> Option<&crate::markdown::Inline> {
        self.lead_paragraphs().find(|p| {
            let t = p.text.trim();
            let lower = t.to_ascii_lowercase();
            !(lower.starts_with("namespace:")
                || t.starts_with("[!")
                || CALLOUTS.iter().any(|c| lower.starts_with(c))
                || lower.contains("todo:")
                // "Inherits from [entity]." names a base, never what the type is.
                || lower.starts_with("inherits from"))
        })
    }

    /// Whether the title calls the page's API or type deprecated: "Get informationProtectionLabel
    /// (deprecated)", "tiIndicator resource type (deprecated)", and the "(deprecate)" some write;
    /// the heading's or the front matter's (`title: "Get userFlow (deprecated)"` over "# Get userFlow").
    pub fn title_says_deprecated(&self) -> bool {
        let says = |title: &str| {
            let title = title.trim_end().to_ascii_lowercase();
            title.ends_with("(deprecated)") || title.ends_with("(deprecate)")
        };
        says(&self.title) || self.meta.get("title").is_some_and(|t| says(t))
    }

    /// Every paragraph between the H1 and the first section heading: the lead, the namespace
    /// line and the callouts beside it. None without an H1.
    pub fn lead_paragraphs(&self) -> impl Iterator<Item = &crate::markdown::Inline> {
        let h1 = self.doc.blocks.iter().position(|b| matches!(b, Block::Heading(h) if h.level == 1));
        let after = h1.map_or(&[][..], |h1| &self.doc.blocks[h1 + 1..]);
        after.iter().take_while(|b| !matches!(b, Block::Heading(_))).filter_map(|b| match b {
            Block::Paragraph(p) => Some(p),
            _ => None,
        })
    }

    /// Page-level annotation values for `key` (e.g. `suppressions`).
    pub fn page_annotation_strings(&self, key: &str) -> Vec<String> {
        let mut out = Vec::new();
        for a in self.page_annotations.iter().chain(self.annotations.values()) {
            if let Some(Value::Array(items)) = a.get(key) {
                out.extend(items.iter().filter_map(|v| v.as_str().map(str::to_string)));
            }
        }
        out
    }
}

/// Byte offset in the page of a one-based line/column within `text`, which starts at `base`;
/// the column counts bytes, as the JSON parser does.
pub fn offset_of(text: &str, base: usize, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            // The JSON parser counts bytes; a column inside a character is that character's.
            let mut col = column.saturating_sub(1).min(l.len());
            while !l.is_char_boundary(col) {
                col -= 1;
            }
            return base + offset + col;
        }
        offset += l.len();
    }
    base + text.len()
}

/// `key: value` lines of front matter, quotes stripped. Nested YAML is ignored.
fn front_matter(text: &str) -> BTreeMap<String, String> {
    text.lines()
        .filter(|l| !l.starts_with([' ', '\t', '-', '#']))
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| {
            let v = v.trim();
            // A quoted value ends at its closing quote, whatever a broken line runs on with
            // (`description: "Resets the range background."author: "lumine2008"`). In double
            // quotes a backslash escapes; in single quotes `''` is one apostrophe.
            let double = || {
                let inner = v.strip_prefix('"')?;
                let mut escaped = false;
                let end = inner.char_indices().find_map(|(i, c)| {
                    let close = c == '"' && !escaped;
                    escaped = c == '\\' && !escaped;
                    close.then_some(i)
                })?;
                Some(inner[..end].to_string())
            };
            let single = || {
                let mut out = String::new();
                let mut chars = v.strip_prefix('\'')?.chars().peekable();
                while let Some(c) = chars.next() {
                    match c {
                        '\'' if chars.peek() == Some(&'\'') => {
                            chars.next();
                            out.push('\'');
                        }
                        '\'' => return Some(out),
                        c => out.push(c),
                    }
                }
                None
            };
            let v = double().or_else(single).unwrap_or_else(|| v.to_string());
            (k.trim().to_string(), v)
        })
        .collect()
}

/// The page's kind, and whether its `doc_type` says otherwise: a page whose
/// structure plainly contradicts the declared type (an "HTTP request"
/// section with a request line under `doc_type: resourcePageType`, a JSON
/// representation and no request under `apiPageType`, nothing of a type on a
/// `resourcePageType` overview) is what its structure says.
fn classify(meta: &BTreeMap<String, String>, title: &str, doc: &Document, filed: Filed) -> (PageKind, bool) {
    // `enumPageTypes`, `resourcePageType_`, `resourcePageType,`: the known kinds, misspelled.
    let doc_type = meta.get("doc_type").map(|d| {
        let d = d.trim().trim_end_matches(['_', ',', ';']).trim_end().to_ascii_lowercase();
        d.strip_suffix("pagetypes").map(|kind| format!("{kind}pagetype")).unwrap_or(d)
    });
    let declared = match doc_type.as_deref() {
        Some("apipagetype") => PageKind::Api,
        Some("resourcepagetype") if title.to_ascii_lowercase().ends_with("enum type") => PageKind::Enum,
        Some("resourcepagetype") => PageKind::Resource,
        Some("enumpagetype") => PageKind::Enum,
        // An overview, a concept, a tutorial: none of ours.
        Some(d) if d.contains("conceptual") || d.contains("overview") || d.contains("tutorial") => {
            return (PageKind::Other, false);
        }
        // A kind the docs do not use (`complexTypePageType`, `resourceTypePageType`), or none
        // (`doc_type: ""`): the structure decides, and says so where it finds one of ours.
        Some(d) if d.is_empty() || ["resource", "complex", "entity", "enum", "api"].iter().any(|k| d.contains(k)) => {
            let kind = structural_kind(title, doc, filed);
            return (kind, kind != PageKind::Other);
        }
        // Any other kind (`howToPageType`, `landingPageType`): a guide, none of ours.
        Some(_) => return (PageKind::Other, false),
        None => return (structural_kind(title, doc, filed), false),
    };
    let shape = Shape::of(doc, filed);
    match declared {
        PageKind::Resource | PageKind::Enum
            if shape.request_heading && shape.request_block && !shape.resource_sections =>
        {
            (PageKind::Api, true)
        }
        PageKind::Api if !shape.request_heading && !shape.request_block && shape.resource_sections => {
            (PageKind::Resource, true)
        }
        // An overview filed as a resource page: nothing of a type on it.
        PageKind::Resource
            if !shape.resource_sections
                && !shape.request_block
                && !resource_title(title)
                && !any_table(doc, crate::extract::is_property_table)
                && !any_table(doc, crate::extract::is_members_table) =>
        {
            (PageKind::Other, true)
        }
        kind => (kind, false),
    }
}

/// The folder a page is filed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Filed {
    Resources,
    Api,
    Elsewhere,
}

/// What a page's headings and blocks show of its kind.
struct Shape {
    /// A heading that starts with "HTTP request".
    request_heading: bool,
    /// An `http` code block with a request line (on a page filed among api pages, also a fence
    /// naming no language that starts with one).
    request_block: bool,
    /// A "Properties" or "JSON representation" heading.
    resource_sections: bool,
}

impl Shape {
    fn of(doc: &Document, filed: Filed) -> Shape {
        let mut shape = Shape { request_heading: false, request_block: false, resource_sections: false };
        for b in &doc.blocks {
            match b {
                Block::Heading(h) => {
                    let h = h.text.to_ascii_lowercase();
                    shape.request_heading |= Page::is_request_heading(&h);
                    shape.resource_sections |= h == "properties" || h == "json representation";
                }
                // (Also, filed among api pages, a fence naming no language whose first line is a
                // request: the docs' older design pages, `POST https://graph.microsoft.com/beta/appCatalogs/teamsApps`.)
                Block::Code(c)
                    if !shape.request_block
                        && (c.info.eq_ignore_ascii_case("http")
                            || filed == Filed::Api
                                && c.info.is_empty()
                                && crate::http::parse_request_line(c.text.lines().next().unwrap_or("").trim())
                                    .is_some()) =>
                {
                    shape.request_block = !crate::http::request_lines(&c.text).is_empty();
                }
                _ => {}
            }
        }
        shape
    }
}

/// A page's kind from its title and structure, when it declares none; request
/// blocks without an "HTTP request" heading make an api page only outside the
/// resource pages' folder (an overview there shows requests as examples).
fn structural_kind(title: &str, doc: &Document, filed: Filed) -> PageKind {
    let t = title.to_ascii_lowercase();
    let shape = Shape::of(doc, filed);
    if t.ends_with("enum type") || t.ends_with(" enum") {
        PageKind::Enum
    } else if shape.request_heading || (shape.request_block && !shape.resource_sections && filed != Filed::Resources) {
        PageKind::Api
    } else if resource_title(title) || shape.resource_sections || any_table(doc, crate::extract::is_property_table) {
        PageKind::Resource
    } else if any_table(doc, crate::extract::is_members_table) {
        PageKind::Enum
    } else {
        PageKind::Other
    }
}

/// A title that names a type: "user resource type", "audio facet", "color enum type".
fn resource_title(title: &str) -> bool {
    let t = title.to_ascii_lowercase();
    ["resource type", "complex type", "entity type", "enum type"].iter().any(|k| t.contains(k))
        || t.ends_with(" resource")
        || t.ends_with(" facet")
        || t.ends_with(" enum")
}

fn any_table(doc: &Document, is: fn(&crate::markdown::Table) -> bool) -> bool {
    doc.blocks.iter().any(|b| matches!(b, Block::Table(table) if is(table)))
}

/// The type an annotation names: `"@odata.type"`, or `"@type"` on older pages.
pub fn annotated_type(annotation: &Value) -> Option<&str> {
    annotation.get("@odata.type").or_else(|| annotation.get("@type")).and_then(Value::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_front_matter_kind_sections_and_annotations() {
        let src = SourceFile::new(
            "a.md",
            "---\ntitle: \"Get x\"\ndoc_type: apiPageType\n---\n# Get x\n\nGets x.\n\n## HTTP request\n<!-- {\n  \"blockType\": \"ignored\",\n} -->\n```http\nGET /x\n```\n## Response\ntext\n",
        );
        let mut diags = Vec::new();
        let page = Page::parse(FileId(0), &src, &mut diags);
        assert_eq!(page.kind, PageKind::Api);
        assert_eq!(page.title, "Get x");
        assert_eq!(page.lead_paragraph().as_deref(), Some("Gets x."));
        // Without front matter, callouts before the description are skipped.
        let callouts = SourceFile::new(
            "b.md",
            "# Get y

Namespace: microsoft.graph

> **Important:** Beta.

> **Note:** Licensed.

Gets y.
",
        );
        let page_b = Page::parse(FileId(1), &callouts, &mut Vec::new());
        assert_eq!(page_b.lead_paragraph().as_deref(), Some("Gets y."));
        let s = page.section(&["http request"]).unwrap();
        assert_eq!(s.iter().count(), 2);
        let (i, _) = s.iter().find(|(_, b)| matches!(b, Block::Code(_))).unwrap();
        assert_eq!(page.block_type(i), Some("ignored"));
        assert_eq!(diags.len(), 1, "{diags:?}");
        assert_eq!(diags[0].code, crate::codes::ANNOTATION_JSON);
        // At the trailing comma itself, not the brace after it.
        assert_eq!(src.line_col(diags[0].span.start), (11, 25));
    }

    #[test]
    fn a_json_error_s_column_is_a_byte_offset() {
        // `{"a": "日本語",}`: the trailing comma is at byte 17 (each character three bytes).
        let text = "{\"a\": \"日本語\",}";
        let err = crate::json::parse_lenient(text).unwrap().repaired.unwrap();
        let at = offset_of(text, 100, err.line, err.column);
        assert_eq!(&text[at - 100..at - 100 + 1], ",");
        // A column inside a character is that character's; past the line, its end.
        assert_eq!(offset_of("é", 0, 1, 2), 0);
        assert_eq!(offset_of("ab\ncd", 0, 1, 9), 3);
    }

    #[test]
    fn front_matter_without_its_opening_line_is_read_with_a_warning() {
        let src = SourceFile::new(
            "api/x-get.md",
            "title: \"Get x\"\ndescription: \"Gets x.\"\ndoc_type: resourcePageType\n---\n\n# Get x\n\nGets x.\n\n## HTTP request\n```http\nGET /x\n```\n",
        );
        let mut diags = Vec::new();
        let page = Page::parse(FileId(0), &src, &mut diags);
        assert_eq!(page.title, "Get x");
        assert_eq!(page.meta.get("doc_type").map(String::as_str), Some("resourcePageType"));
        let codes: Vec<&str> = diags.iter().map(|d| d.code).collect();
        assert_eq!(codes, [crate::codes::UNOPENED_FRONT_MATTER, crate::codes::DOC_TYPE_MISMATCH], "{diags:?}");
        assert_eq!(src.line_col(diags[0].span.start), (1, 1));
        assert_eq!(diags[0].span.end, "title: \"Get x\"".len());
    }

    #[test]
    fn a_heading_indented_as_code_is_read_as_a_heading_with_a_warning() {
        // beta Intune's windowsUpdateState update: `        ## Permissions`.
        let text = "---\ndoc_type: apiPageType\n---\n# Update x\n\nUpdates x.\n\n        ## Permissions\nOne of the following permissions is required.\n\n|Permission type|Permissions|\n|:---|:---|\n|Application|X.ReadWrite.All|\n\n## HTTP request\n```http\nPATCH /x\n```\n\n    # install the module\n\nThen:\n\n    # [HTTP](#tab/http)\n";
        let src = SourceFile::new("api/x-update.md", text);
        let mut diags = Vec::new();
        let page = Page::parse(FileId(0), &src, &mut diags);
        assert!(page.section(&["permissions"]).is_some_and(|s| s.iter().any(|(_, b)| matches!(b, Block::Table(_)))));
        let codes: Vec<&str> = diags.iter().map(|d| d.code).collect();
        assert_eq!(codes, [crate::codes::INDENTED_HEADING], "{diags:?}");
        assert_eq!(src.line_col(diags[0].span.start), (8, 9));
        assert_eq!(&text[diags[0].span.start..diags[0].span.end], "## Permissions");
        // A comment in a code sample, a tab's link: code.
        let code = page.doc.blocks.iter().filter(|b| matches!(b, Block::Code(c) if c.info.is_empty())).count();
        assert_eq!(code, 2, "{:?}", page.doc.blocks);
    }

    #[test]
    fn a_quoted_front_matter_value_ends_at_its_quote() {
        let meta = front_matter(
            "title: \"RangeFill: clear\"\ndescription: \"Resets the range background.\"author: \"lumine2008\"\nms.prod: 'excel'\nnote: \"Say \\\"hi\\\".\"\nplain: a: b",
        );
        assert_eq!(meta["title"], "RangeFill: clear");
        assert_eq!(meta["description"], "Resets the range background.");
        assert_eq!(meta["ms.prod"], "excel");
        assert_eq!(meta["note"], "Say \\\"hi\\\".", "an escaped quote does not close it");
        assert_eq!(meta["plain"], "a: b");
        let meta = front_matter("description: 'Retrieve the signed-in user''s photo.'\ntitle: 'Get x' trailing");
        assert_eq!(meta["description"], "Retrieve the signed-in user's photo.", "YAML's doubled apostrophe");
        assert_eq!(meta["title"], "Get x");
    }

    #[test]
    fn an_annotation_may_be_followed_by_a_note() {
        let src = SourceFile::new(
            "a.md",
            "# T\n\n## Permissions\n<!-- { \"blockType\": \"ignored\"  } // Note: Removing this line will result in the permissions autogeneration tool overwriting the table {x}. -->\n[!INCLUDE [permissions-table](../includes/permissions/t.md)]\n",
        );
        let mut diags = Vec::new();
        let page = Page::parse(FileId(0), &src, &mut diags);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(page.page_annotations.len(), 1);
    }

    #[test]
    fn an_example_s_annotation_above_a_sentence_and_a_minor_heading_is_its_block_s() {
        let page = |between: &str| {
            let src = SourceFile::new(
                "a.md",
                format!(
                    "# T\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"get_x\" }} -->\n{between}\n```http\nGET /x\n```\n"
                ),
            );
            let page = Page::parse(FileId(0), &src, &mut Vec::new());
            (page.annotations.len(), page.page_annotations.len())
        };
        assert_eq!(page("Get an x on a subscription.\n\n##### Request\n"), (1, 0));
        // Not past a section's heading, another comment, or for an annotation of no example.
        assert_eq!(page("## Response\n"), (0, 1));
        assert_eq!(page("<!-- a note -->\n"), (0, 1));
        let src = SourceFile::new(
            "a.md",
            "# T\n\n<!-- { \"type\": \"#page.annotation\" } -->\nText.\n\n```http\nGET /x\n```\n",
        );
        let parsed = Page::parse(FileId(0), &src, &mut Vec::new());
        assert!(parsed.annotations.is_empty());
    }

    #[test]
    fn a_request_annotation_without_its_block_is_not_the_unannotated_response_s() {
        // A request shown only in tabs (r510's virtualEventTownhall get: the annotation, `---`, no
        // HTTP block), then "### Response" and a response block without an annotation: the
        // response is not the request example.
        let src = SourceFile::new(
            "a.md",
            "# T\n\n## Example\n\n### Request\n\nThe following example shows a request.\n# [HTTP](#tab/http)\n<!-- { \"blockType\": \"request\", \"name\": \"get_x\" } -->\n\n### Response\n\nThe following example shows the response.\n\n```http\nHTTP/1.1 200 OK\n```\n",
        );
        let page = Page::parse(FileId(0), &src, &mut Vec::new());
        let code = page.doc.blocks.iter().position(|b| matches!(b, Block::Code(_))).unwrap();
        assert_eq!(page.block_type(code), None);
    }

    #[test]
    fn a_response_annotation_without_its_block_is_not_the_next_example_s_request() {
        // Example 1's response said in prose under its annotation; example 2's request unannotated:
        // "### Example 2" ends example 1's section.
        let src = SourceFile::new(
            "a.md",
            "# T\n\n## Examples\n\n### Example 1: Delete x\n\n#### Request\n<!-- { \"blockType\": \"request\", \"name\": \"delete_x\" } -->\n```http\nDELETE /x/1\n```\n\n#### Response\n<!-- { \"blockType\": \"response\" } -->\nIf successful, the call returns `204 No Content`.\n\n### Example 2: Delete y\n\n#### Request\n\n```http\nDELETE /x/2\n```\n",
        );
        let page = Page::parse(FileId(0), &src, &mut Vec::new());
        let last = page.doc.blocks.iter().rposition(|b| matches!(b, Block::Code(_))).unwrap();
        assert_ne!(page.block_type(last), Some("response"));
    }

    #[test]
    fn broken_annotation_is_a_warning_at_its_line() {
        let src = SourceFile::new("a.md", "# T\n\n<!-- {\n  \"blockType\": @request\n} -->\n```http\nGET /x\n```\n");
        let mut diags = Vec::new();
        let page = Page::parse(FileId(0), &src, &mut diags);
        assert!(page.annotations.is_empty());
        assert_eq!(diags[0].severity, crate::diagnostic::Severity::Warning);
        assert_eq!(src.line_col(diags[0].span.start).0, 4);
        // A value written bare is read leniently, still with a warning at its line.
        let src = SourceFile::new("a.md", "# T\n\n<!-- {\n  \"blockType\": request\n} -->\n```http\nGET /x\n```\n");
        let mut diags = Vec::new();
        let page = Page::parse(FileId(0), &src, &mut diags);
        assert_eq!(page.annotations.values().map(|a| a["blockType"].as_str()).collect::<Vec<_>>(), [Some("request")]);
        assert_eq!(src.line_col(diags[0].span.start).0, 4);
    }

    #[test]
    fn without_doc_type_the_structure_decides() {
        let kind = |text: &str| Page::parse(FileId(0), &SourceFile::new("p.md", text), &mut Vec::new()).kind;
        let requests = "# Get a site resource\n\n## Get the root site\n\n```http\nGET /sites/root\n```\n";
        assert_eq!(kind(requests), PageKind::Api, "request blocks without an HTTP request heading");
        let filed = |name: &str, text: &str| Page::parse(FileId(0), &SourceFile::new(name, text), &mut Vec::new()).kind;
        let overview =
            "# Use the Planner REST API\n\nTo get a group's plans:\n\n```http\nGET /groups/{id}/planner/plans\n```\n";
        assert_eq!(
            filed("beta/resources/planner_overview.md", overview),
            PageKind::Other,
            "an overview among resource pages"
        );
        assert_eq!(filed("beta/api/planner_overview.md", overview), PageKind::Api);
        assert_eq!(
            kind("# Audio facet\n\n## Properties\n\n|Property|Type|Description|\n|-|-|-|\n|a|String|x|\n"),
            PageKind::Resource
        );
        assert_eq!(
            kind("# insightIdentity\n\n|Property|Type|Description|\n|-|-|-|\n|a|String|x|\n"),
            PageKind::Resource
        );
        assert_eq!(kind("# color\n\n|Member|Value|Description|\n|-|-|-|\n|red|0|x|\n"), PageKind::Enum);
        assert_eq!(kind("# list resource\n\n## JSON representation\n\n```http\nGET /x\n```\n"), PageKind::Resource);
        assert_eq!(kind("# Notes\n\nJust prose.\n"), PageKind::Other);
        // A known kind misspelled is that kind; another kind is none of ours.
        let members = "# attributeSet enum type\n\n|Member|Description|\n|-|-|\n|full|x|\n";
        assert_eq!(kind(&format!("---\ndoc_type: enumPageTypes\n---\n{members}")), PageKind::Enum);
        // v1.0's Cloud PC on-premises connection: `doc_type: resourcePageType,`.
        let table = "# cloudPcOnPremisesConnection resource type\n\n## Properties\n\n|Property|Type|Description|\n|-|-|-|\n|a|String|x|\n";
        let (found, diags, _) =
            kind_and_diagnostics("resources/p.md", &format!("---\ndoc_type: resourcePageType,\n---\n{table}"));
        assert_eq!((found, diags.len()), (PageKind::Resource, 0), "{diags:?}");
        assert_eq!(kind(&format!("---\ndoc_type: conceptualPageType\n---\n{members}")), PageKind::Other);
    }

    /// A page's kind and the diagnostics reading it gives, with its source.
    fn kind_and_diagnostics(name: &str, text: &str) -> (PageKind, Vec<crate::Diagnostic>, SourceFile) {
        let src = SourceFile::new(name, text);
        let mut diags = Vec::new();
        let kind = Page::parse(FileId(0), &src, &mut diags).kind;
        (kind, diags, src)
    }

    #[test]
    fn an_api_page_without_front_matter_whose_plain_fence_holds_a_request_is_an_api_page() {
        // beta's `Add-lob-apps.md`: no front matter, no "HTTP request" heading, the request in a
        // fence naming no language.
        let text = "# Teams app catalog

#### Permissions
| Permission Type | Permissions |
| --- | --- |
| Application | Not supported |

#### Example
```
POST https://graph.microsoft.com/beta/appCatalogs/teamsApps
Content-type: application/zip
```
";
        assert_eq!(kind_and_diagnostics("beta/api/Add-lob-apps.md", text).0, PageKind::Api);
        // Not a note filed elsewhere quoting a request.
        assert_eq!(kind_and_diagnostics("notes/findings.md", text).0, PageKind::Other);
    }

    #[test]
    fn a_doc_type_the_docs_do_not_use_leaves_the_kind_to_the_structure_with_a_warning() {
        let parse = |text: &str| {
            let (kind, diags, _) = kind_and_diagnostics("resources/p.md", text);
            (kind, diags.iter().map(|d| d.code).collect::<Vec<_>>())
        };
        let table = "# deviceMetadata resource type\n\n## Properties\n\n|Property|Type|Description|\n|-|-|-|\n|deviceType|String|x|\n";
        let warned = vec![crate::codes::DOC_TYPE_MISMATCH];
        for doc_type in ["complexTypePageType", "resourceTypePageType"] {
            assert_eq!(
                parse(&format!("---\ndoc_type: {doc_type}\n---\n{table}")),
                (PageKind::Resource, warned.clone())
            );
        }
        // beta's applicationTemplate: `doc_type: ""`.
        assert_eq!(parse(&format!("---\ndoc_type: \"\"\n---\n{table}")), (PageKind::Resource, warned.clone()));
        let (_, diags, _) = kind_and_diagnostics("resources/p.md", &format!("---\ndoc_type: \"\"\n---\n{table}"));
        assert!(diags[0].message.starts_with("`doc_type` is empty, but the page is a resource page"), "{diags:?}");
        let members = "# color enum type\n\n|Member|Description|\n|-|-|\n|red|x|\n";
        assert_eq!(parse(&format!("---\ndoc_type: enumTypePageType\n---\n{members}")), (PageKind::Enum, warned));
        let guide = "---\ndoc_type: howToPageType\n---\n# Use delta query\n\n```http\nGET https://graph.microsoft.com/v1.0/me/messages/delta\n```\n";
        assert_eq!(parse(guide), (PageKind::Other, vec![]), "a guide with a request: none of ours");
        let concept = format!("---\ndoc_type: conceptualPageType\n---\n{table}");
        assert_eq!(parse(&concept), (PageKind::Other, vec![]), "a concept page's tables are no type");
    }

    #[test]
    fn a_doc_type_the_structure_plainly_contradicts_gives_way_with_a_warning() {
        let parse = |text: &str| {
            let (kind, diags, src) = kind_and_diagnostics("p.md", text);
            let at = diags.first().map(|d| (d.code, src.line_col(d.span.start).0));
            (kind, at)
        };
        let update = "---\ntitle: Update x\ndoc_type: resourcePageType\n---\n# Update x\n\n## HTTP request\n\n```http\nPATCH /x/{id}\n```\n";
        assert_eq!(parse(update), (PageKind::Api, Some((crate::codes::DOC_TYPE_MISMATCH, 3))));
        let resource =
            "---\ndoc_type: apiPageType\n---\n# x resource type\n\n## JSON representation\n\n```json\n{}\n```\n";
        assert_eq!(parse(resource), (PageKind::Resource, Some((crate::codes::DOC_TYPE_MISMATCH, 2))));
        // A resource page listing its methods' request lines, or an api page without any, keep their declared type.
        let methods = "---\ndoc_type: resourcePageType\n---\n# x resource type\n\n## HTTP request\n\n```http\nGET /x\n```\n\n## Properties\n\n|Property|Type|Description|\n|-|-|-|\n|a|String|x|\n";
        assert_eq!(parse(methods), (PageKind::Resource, None));
        assert_eq!(parse("---\ndoc_type: apiPageType\n---\n# Get x\n\nProse only.\n"), (PageKind::Api, None));
        // An overview filed as a resource page is neither.
        let overview =
            "---\ndoc_type: resourcePageType\n---\n# Use the search API\n\n|Use case|Properties|\n|-|-|\n|a|b|\n";
        assert_eq!(parse(overview), (PageKind::Other, Some((crate::codes::DOC_TYPE_MISMATCH, 2))));
        let facet = "---\ndoc_type: resourcePageType\n---\n# audio facet\n\nProse.\n";
        assert_eq!(parse(facet), (PageKind::Resource, None));
    }

    /// YAML writes an apostrophe inside a single-quoted value as `''`: it does not close it.
    #[test]
    fn a_doubled_apostrophe_does_not_close_a_single_quoted_value() {
        let meta = front_matter("title: 'Get a user''s manager'\ndescription: 'Retrieve the signed-in user''s photo.'");
        // Through a conversion: the operation's description (the lead paragraph says otherwise).
        let page = "---\ntitle: 'Get photo'\ndescription: 'Retrieve the signed-in user''s photo.'\ndoc_type: apiPageType\n---\n# Get photo\n\nGets the specified profilePhoto.\n\n## HTTP request\n```http\nGET /me/photo\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n";
        let c = crate::convert(vec![crate::SourceFile::new("api/profilephoto-get.md", page)]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        let d = &json["paths"]["/me/photo"]["get"]["description"];
        assert_eq!(d, "Retrieve the signed-in user's photo.", "{d}");
        assert_eq!(meta["title"], "Get a user's manager");
        assert_eq!(meta["description"], "Retrieve the signed-in user's photo.");
    }
}
