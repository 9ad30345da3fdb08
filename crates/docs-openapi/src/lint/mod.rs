//! ApiDoctor-style checks of doc pages, beyond what conversion needs: the
//! examples against the tables and the request lines, statuses, links,
//! `@odata.type` spelling, Content-Length, wording. Findings are
//! [`Diagnostic`]s with stable codes (see [`CODES`]), suppressible per page
//! through the page annotation's `suppressions` (`"code"` or `"code: reason"`).

mod sarif;

pub use sarif::sarif;

use std::path::Path;

use serde_json::Value;

use crate::diagnostic::Diagnostic;
use crate::http::{Message, parse_message};
use crate::markdown::Block;
use crate::page::{Page, PageKind};
use crate::source::{FileId, Span};
use crate::{Conversion, codes};

pub const MISSING_EXAMPLE: &str = "missing-example";
pub const EXAMPLE_URL_MISMATCH: &str = "example-url-mismatch";
pub const STATUS_MISMATCH: &str = "status-mismatch";
pub const EXAMPLE_UNDOCUMENTED_PROPERTY: &str = "example-undocumented-property";
pub const EXAMPLE_MISSING_PROPERTY: &str = "example-missing-property";
pub const EXAMPLE_TYPE_MISMATCH: &str = "example-type-mismatch";
pub const EXAMPLE_UNKNOWN_ENUM_VALUE: &str = "example-unknown-enum-value";
pub const BROKEN_LINK: &str = "broken-link";
pub const ODATA_TYPE_HASH: &str = "odata-type-hash";
pub const CONTENT_LENGTH: &str = "content-length-mismatch";
pub const CREATE_ON_UPDATE: &str = "create-on-update";

/// The lint-only codes with what they mean (the converter's are in [`codes::ALL`]).
pub const CODES: &[(&str, &str)] = &[
    (MISSING_EXAMPLE, "an api page has no request or no response example"),
    (EXAMPLE_URL_MISMATCH, "a request example's URL matches no request line of the HTTP request section"),
    (STATUS_MISMATCH, "a response example's status differs from the documented one"),
    (EXAMPLE_UNDOCUMENTED_PROPERTY, "an example property is not in the type's property table"),
    (EXAMPLE_MISSING_PROPERTY, "a table property is missing from an example that is not marked truncated"),
    (EXAMPLE_TYPE_MISMATCH, "an example value's type disagrees with the table"),
    (EXAMPLE_UNKNOWN_ENUM_VALUE, "an example uses an enum value the docs do not list"),
    (BROKEN_LINK, "a relative link to a page that does not exist"),
    (ODATA_TYPE_HASH, "an `@odata.type` value without the leading `#`"),
    (CONTENT_LENGTH, "a Content-Length header that differs from the body's length"),
    (CREATE_ON_UPDATE, "a request-body table that speaks of creating on an update (PATCH) page"),
];

/// Lints a conversion's pages: the converter's diagnostics plus the checks
/// here, minus what pages suppress. `root` resolves page names to files for
/// the link check.
pub fn lint(c: &Conversion, root: &Path) -> Vec<Diagnostic> {
    let mut out = c.diagnostics.clone();
    let mut suppressed: Vec<(FileId, Vec<String>)> = Vec::new();
    for (i, file) in c.files.iter().enumerate() {
        let id = FileId(i as u32);
        let page = Page::parse(id, file, &mut Vec::new());
        let s = page.page_annotation_strings("suppressions");
        if !s.is_empty() {
            suppressed.push((id, s));
        }
        let dir = root.join(file.name()).parent().map(Path::to_path_buf).unwrap_or_default();
        links(&page, &dir, &mut out);
        if page.kind == PageKind::Api {
            api_page(c, &page, &mut out);
        }
    }
    out.retain(|d| {
        !suppressed.iter().any(|(f, list)| {
            *f == d.file && list.iter().any(|s| s.split(':').next().is_some_and(|code| code.trim() == d.code))
        })
    });
    out.sort_by(|a, b| (a.file, a.span.start, a.code).cmp(&(b.file, b.span.start, b.code)));
    out.dedup();
    out
}

fn links(page: &Page<'_>, dir: &Path, out: &mut Vec<Diagnostic>) {
    for block in &page.doc.blocks {
        let (links, span) = match block {
            Block::Paragraph(p) => (&p.links, p.span),
            Block::Table(t) => {
                for cell in t.rows.iter().flatten() {
                    check_links(page, &cell.links, cell.span, dir, out);
                }
                continue;
            }
            _ => continue,
        };
        check_links(page, links, span, dir, out);
    }
}

fn check_links(page: &Page<'_>, links: &[crate::markdown::Link], span: Span, dir: &Path, out: &mut Vec<Diagnostic>) {
    for l in links {
        let target = l.target.split('#').next().unwrap_or("");
        // Links to resource pages: `../resources/x.md`, or `x.md` beside a resource page.
        let to_resource = target.contains("resources/") || (!target.contains('/') && page.kind != PageKind::Api);
        if !to_resource || target.contains("://") || target.starts_with('/') || !target.ends_with(".md") {
            continue;
        }
        if !dir.join(target).exists() {
            out.push(
                Diagnostic::warning(BROKEN_LINK, page.file, span, format!("link to `{target}`, which does not exist"))
                    .with_help("fix the link or add the page"),
            );
        }
    }
}

/// An example block: its index, parsed message, annotation.
struct Block2<'a> {
    message: Message,
    annotation: Option<&'a Value>,
    span: Span,
    body_start: usize,
}

fn api_page(c: &Conversion, page: &Page<'_>, out: &mut Vec<Diagnostic>) {
    let ops: Vec<&crate::model::Operation> = c.api.operations.iter().filter(|o| o.origin.file == page.file).collect();
    let mut requests = Vec::new();
    let mut responses = Vec::new();
    for (i, block) in page.doc.blocks.iter().enumerate() {
        let Block::Code(code) = block else { continue };
        let kind = page.block_type(i);
        let b = Block2 {
            message: parse_message(&code.text),
            annotation: page.annotations.get(&i),
            span: code.span,
            body_start: code.content_start,
        };
        match kind {
            Some("request") => requests.push(b),
            Some("response") => responses.push(b),
            _ => {}
        }
    }
    if !ops.is_empty() && (requests.is_empty() || responses.is_empty()) {
        let what = if requests.is_empty() { "request" } else { "response" };
        out.push(
            Diagnostic::warning(MISSING_EXAMPLE, page.file, page.title_span, format!("no annotated {what} example"))
                .with_help("add an example with a `<!-- { \"blockType\": \"...\" } -->` annotation"),
        );
    }
    for r in &requests {
        request_example(c, page, &ops, r, out);
    }
    let documented = ops.first().and_then(|o| o.responses.first()).map(|r| r.status);
    for r in &responses {
        if let (Some((status, _)), Some(doc)) = (&r.message.status, documented)
            && *status != doc
        {
            out.push(Diagnostic::warning(
                STATUS_MISMATCH,
                page.file,
                r.span,
                format!("the response example says {status}, the page documents {doc}"),
            ));
        }
        content_length(page, r, out);
        if let Some(body) = json_body(&r.message) {
            odata_hash(page, r, &body, out);
            let truncated = r.annotation.and_then(|a| a.get("truncated")).and_then(Value::as_bool).unwrap_or(false);
            let ty = ops.first().and_then(|o| o.responses.first()).and_then(|x| x.body.as_ref()).and_then(|b| match &b
                .shape
            {
                crate::model::Shape::Type(t) => t.named().map(str::to_string),
                _ => None,
            });
            if let Some(ty) = ty {
                compare_with_table(c, page, r, &ty, &body, !truncated, out);
            }
        }
    }
    if let Some(op) = ops.first()
        && op.method == crate::http::Method::Patch
        && let Some(section) = page.section(&["request body"])
    {
        for (_, block) in section.iter() {
            if let Block::Paragraph(p) = block
                && p.text.to_ascii_lowercase().contains("when you create")
            {
                out.push(
                    Diagnostic::warning(
                        CREATE_ON_UPDATE,
                        page.file,
                        p.span,
                        "an update (PATCH) page describes the body as for creating",
                    )
                    .with_help("say which properties can be updated"),
                );
            }
        }
    }
}

fn request_example(
    c: &Conversion,
    page: &Page<'_>,
    ops: &[&crate::model::Operation],
    r: &Block2<'_>,
    out: &mut Vec<Diagnostic>,
) {
    if let Some((method, url)) = &r.message.request {
        let path = crate::paths::normalize(url).map(|p| p.template).unwrap_or_default();
        let known =
            c.api.operations.iter().any(|o| o.method == *method && crate::extract::path_matches(&o.path, &path));
        if !known && !ops.is_empty() {
            out.push(
                Diagnostic::warning(
                    EXAMPLE_URL_MISMATCH,
                    page.file,
                    r.span,
                    format!("`{} {path}` matches no request line", method.as_str().to_ascii_uppercase()),
                )
                .with_help("make the example's URL one of the HTTP request section's paths"),
            );
        }
    }
    content_length(page, r, out);
    if let Some(body) = json_body(&r.message) {
        odata_hash(page, r, &body, out);
        let ty = ops.first().and_then(|o| o.request_body.as_ref()).and_then(|b| match &b.shape {
            crate::model::Shape::Type(t) => t.named().map(str::to_string),
            _ => None,
        });
        if let Some(ty) = ty {
            compare_with_table(c, page, r, &ty, &body, false, out);
        }
    }
}

fn json_body(m: &Message) -> Option<Value> {
    crate::json::parse_lenient(m.body.trim()).ok().map(|p| p.value).filter(Value::is_object)
}

fn content_length(page: &Page<'_>, r: &Block2<'_>, out: &mut Vec<Diagnostic>) {
    let Some(declared) = r.message.header("content-length").and_then(|v| v.trim().parse::<usize>().ok()) else {
        return;
    };
    let actual = r.message.body.trim().len();
    if declared != actual {
        out.push(
            Diagnostic::warning(
                CONTENT_LENGTH,
                page.file,
                r.span,
                format!("Content-Length says {declared}, the body is {actual} bytes"),
            )
            .with_help("fix or drop the Content-Length header"),
        );
    }
}

fn odata_hash(page: &Page<'_>, r: &Block2<'_>, body: &Value, out: &mut Vec<Diagnostic>) {
    let mut stack = vec![body];
    while let Some(v) = stack.pop() {
        match v {
            Value::Object(m) => {
                if let Some(Value::String(t)) = m.get("@odata.type")
                    && !t.starts_with('#')
                {
                    let at =
                        page.source.text()[r.body_start..].find(t.as_str()).map_or(r.span.start, |i| r.body_start + i);
                    out.push(
                        Diagnostic::warning(
                            ODATA_TYPE_HASH,
                            page.file,
                            Span::new(at, at + t.len()),
                            format!("`@odata.type` is `{t}`, without the leading `#`"),
                        )
                        .with_help(format!("write `#{t}`")),
                    );
                }
                stack.extend(m.values());
            }
            Value::Array(a) => stack.extend(a),
            _ => {}
        }
    }
}

/// Example properties against the type's table (through its base chain).
#[allow(clippy::too_many_arguments)]
fn compare_with_table(
    c: &Conversion,
    page: &Page<'_>,
    r: &Block2<'_>,
    ty: &str,
    body: &Value,
    complete: bool,
    out: &mut Vec<Diagnostic>,
) {
    let Some(def) = c.api.types.get(ty) else { return };
    let mut props: Vec<&crate::model::Property> = Vec::new();
    let mut current = Some(def);
    let mut guard = 0;
    while let Some(t) = current {
        guard += 1;
        if guard > 32 {
            break;
        }
        match &t.kind {
            crate::model::TypeKind::Object { base, properties } => {
                props.extend(properties);
                current = base.as_ref().and_then(|b| c.api.types.get(b));
            }
            crate::model::TypeKind::Enum { .. } => break,
        }
    }
    if props.is_empty() || def.source == crate::model::TypeSource::Placeholder {
        return;
    }
    let Some(obj) = body.as_object() else { return };
    for (k, v) in obj {
        if k.starts_with('@') || k.contains('@') {
            continue;
        }
        match props.iter().find(|p| &p.name == k) {
            None => out.push(Diagnostic::warning(
                EXAMPLE_UNDOCUMENTED_PROPERTY,
                page.file,
                r.span,
                format!("example property `{k}` is not in the `{ty}` property table"),
            )),
            Some(p) => value_against(c, page, r, p, v, out),
        }
    }
    if complete {
        for p in &props {
            if !obj.contains_key(&p.name) {
                out.push(Diagnostic::warning(
                    EXAMPLE_MISSING_PROPERTY,
                    page.file,
                    r.span,
                    format!("`{}` is in the `{ty}` table but not in the example (mark the example `truncated` if that is on purpose)", p.name),
                ));
            }
        }
    }
}

fn value_against(
    c: &Conversion,
    page: &Page<'_>,
    r: &Block2<'_>,
    p: &crate::model::Property,
    v: &Value,
    out: &mut Vec<Diagnostic>,
) {
    use crate::types::{Primitive, TypeRef};
    if v.is_null() {
        return;
    }
    let expected = match &p.ty {
        TypeRef::Collection(_) => Some(("an array", v.is_array())),
        TypeRef::Primitive(Primitive::Boolean) => Some(("a boolean", v.is_boolean())),
        TypeRef::Primitive(
            Primitive::Int16 | Primitive::Int32 | Primitive::Int64 | Primitive::Byte | Primitive::SByte,
        ) => Some(("an integer", v.is_i64() || v.is_u64())),
        TypeRef::Primitive(Primitive::Single | Primitive::Double | Primitive::Decimal) => {
            Some(("a number", v.is_number() || v.is_string()))
        }
        TypeRef::Primitive(Primitive::Json) => None,
        TypeRef::Primitive(_) => Some(("a string", v.is_string())),
        TypeRef::Named(n) => match c.api.types.get(n).map(|t| &t.kind) {
            Some(crate::model::TypeKind::Enum { members }) => {
                if let Some(s) = v.as_str()
                    && s != "String"
                    && !members.iter().any(|m| m.name.eq_ignore_ascii_case(s))
                {
                    out.push(Diagnostic::warning(
                        EXAMPLE_UNKNOWN_ENUM_VALUE,
                        page.file,
                        r.span,
                        format!("`{}` is `{s}`, not one of the documented values of `{n}`", p.name),
                    ));
                }
                Some(("a string", v.is_string()))
            }
            Some(_) => Some(("an object", v.is_object())),
            None => None,
        },
        TypeRef::Unknown(_) => None,
    };
    if let Some((what, true_)) = expected
        && !true_
    {
        out.push(Diagnostic::warning(
            EXAMPLE_TYPE_MISMATCH,
            page.file,
            r.span,
            format!("`{}` should be {what} per the table, the example has `{v}`", p.name),
        ));
    }
}

/// Every code the lint can report, converter's and its own.
pub fn all_codes() -> impl Iterator<Item = (&'static str, &'static str)> {
    codes::ALL.iter().chain(CODES).copied()
}
