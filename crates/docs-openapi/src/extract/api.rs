//! Api pages → operations.

use serde_json::Value;

use super::text::{is_todo, says_required, status_in_prose};
use super::types::{is_property_table, is_value_typed_table, strip_namespace, table_properties};
use super::{PageOperation, PageOutput, Reference};
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::http::{self, Message, Method};
use crate::json::parse_lenient;
use crate::markdown::{Block, CodeBlock, Inline};
use crate::model::{
    Body, Operation, Origin, ParamLocation, Parameter, Permissions, Property, Response, Shape, TypeDef, TypeKind,
    TypeSource,
};
use crate::page::{Page, Section, offset_of};
use crate::paths::{self, NormalizedPath};
use crate::source::Span;
use crate::types::{Primitive, TypeRef, parse_type_cell};

/// Headers every Graph call carries; not operation parameters.
const STANDARD_HEADERS: &[&str] = &["authorization", "content-type", "content-length", "accept", "host"];

/// One request line of the "HTTP request" section.
struct RequestPath {
    method: Method,
    path: NormalizedPath,
    offset: usize,
}

/// An example request with the response that follows it.
struct Example {
    request: Message,
    request_json: Option<Value>,
    response: Option<(Message, Option<Value>, Option<Value>)>,
    /// The request annotation's `name`.
    request_name: Option<String>,
}

/// Extracts the operations of an api page.
pub fn extract_api_page(page: &Page<'_>, diags: &mut Vec<Diagnostic>) -> PageOutput {
    let mut out = PageOutput::default();
    let requests = request_paths(page, diags);
    if requests.is_empty() {
        return out;
    }
    let examples = examples(page, diags);
    // An API root names its version; other hosts in examples are callbacks,
    // upload sessions and download URLs (`https://sn3302.up.1drv.com/…`).
    for ex in &examples {
        if let Some((_, target)) = &ex.request.request
            && let Some(p) = paths::normalize(target)
            && let Some(s) = p.server
            && paths::VERSIONS.iter().any(|v| s.ends_with(&format!("/{v}")))
        {
            out.servers.push(s);
        }
    }
    let permissions = permissions(page, diags);
    let headers = header_params(page);
    let query_table = query_params(page);
    let path_docs = path_parameter_docs(page);
    let documented_content_type = content_type_header(page);
    let (request_shape, body_table) = request_body(page, &mut out, diags);
    let (success, success_link) = success_response(page, &examples);
    let base_id = examples
        .iter()
        .find_map(|e| {
            e.request.request.as_ref()?;
            let method = requests.first().map_or(Method::Get, |r| r.method);
            e.request_name.as_deref().map(sanitize_id).filter(|n| !contradicts(n, method))
        })
        .filter(|n| !n.is_empty());
    let explicit_id = base_id.is_some();
    let base_id = base_id.unwrap_or_else(|| sanitize_id(&page.title));
    // The heading readers see; front matter titles are more often stale copies ("Permissions").
    let summary = Some(&page.title)
        .filter(|t| !t.trim().is_empty() && !is_todo(t))
        .or_else(|| page.meta.get("title").filter(|t| !is_todo(t)))
        .cloned()
        .unwrap_or_default();
    let description = page
        .meta
        .get("description")
        .filter(|d| !is_todo(d) && !d.trim().is_empty())
        .cloned()
        .or_else(|| page.lead_paragraph());

    // A request-body table beside a linked type describes that type.
    if let (Some(Shape::Type(TypeRef::Named(name))), Some((props, at))) = (&request_shape, &body_table) {
        out.hints.push(TypeDef {
            name: name.clone(),
            description: None,
            kind: TypeKind::Object { base: None, properties: props.clone() },
            source: TypeSource::RequestTable,
            origin: Origin { file: page.file, offset: *at },
        });
    }

    for (n, req) in requests.iter().enumerate() {
        let id = if n == 0 { base_id.clone() } else { format!("{base_id}_{}", n + 1) };
        let example = examples.iter().find(|e| {
            e.request.request.as_ref().is_some_and(|(m, t)| {
                *m == req.method && paths::normalize(t).is_some_and(|p| path_matches(&req.path.template, &p.template))
            })
        });
        let mut parameters: Vec<Parameter> = req
            .path
            .params
            .iter()
            .map(|p| {
                let alternatives = (p.alternatives.len() > 1).then(|| {
                    format!(
                        "One of: {}.",
                        p.alternatives.iter().map(|a| format!("`{a}`")).collect::<Vec<_>>().join(", ")
                    )
                });
                // `getEmailActivityCounts(period='{period_value}')`: the table names `period`.
                let argument = call_argument(&req.path.template, &p.name);
                let documented = argument
                    .iter()
                    .chain(&p.alternatives)
                    .chain(std::iter::once(&p.name))
                    .find_map(|n| path_docs.iter().find(|(name, _)| name.eq_ignore_ascii_case(n)))
                    .map(|(_, d)| d.clone());
                Parameter {
                    name: p.name.clone(),
                    location: ParamLocation::Path,
                    description: match (documented, alternatives) {
                        (Some(d), Some(a)) => Some(format!("{d} {a}")),
                        (d, a) => d.or(a),
                    },
                    required: true,
                    ty: TypeRef::Primitive(Primitive::String),
                }
            })
            .collect();
        for q in &req.path.query {
            let placeholder = q.value.as_deref().is_some_and(|v| v.starts_with('{') && v.ends_with('}'));
            // Parameters become Rust arguments: two that map to one name cannot both stay.
            if parameters.iter().any(|p| paths::same_ident(&p.name, &q.name)) {
                continue;
            }
            parameters.push(Parameter {
                name: q.name.clone(),
                location: ParamLocation::Query,
                description: q.value.as_ref().filter(|_| !placeholder).map(|v| format!("The docs use `{v}`.")),
                required: false,
                ty: TypeRef::Primitive(Primitive::String),
            });
        }
        for h in headers.iter().chain(&query_table) {
            if !parameters.iter().any(|p| paths::same_ident(&p.name, &h.name)) {
                parameters.push(h.clone());
            }
        }

        let example_content_type = example.and_then(|e| e.request.header("content-type")).map(media_type_of);
        // `…/content` takes bytes unless the page documents a JSON body (OneNote's
        // `PATCH …/content` takes an array of commands).
        let json_documented = request_shape.is_some() || example.is_some_and(|e| e.request_json.is_some());
        let binary_upload = req.method.has_body()
            && (documented_content_type
                .as_deref()
                .or(example_content_type.as_deref())
                .is_some_and(|m| !m.contains("json"))
                || (ends_in_content(&req.path.template) && !json_documented));
        let request_body = if binary_upload {
            // A photo, a file's bytes, a OneNote page's HTML: progenitor takes one
            // binary body form, `application/octet-stream` (the page's own media
            // type, `image/jpeg`, is the caller's to set on the request).
            Some(octet_stream())
        } else if req.method.has_body() {
            // The page's example may show another of its request lines (`/me/…` for
            // `/users/{id}/…`): its body is this line's body too.
            let example = example.or_else(|| {
                examples.iter().find(|e| e.request.request.as_ref().is_some_and(|(m, _)| *m == req.method))
            });
            let example_json = example.and_then(|e| e.request_json.clone());
            let mut shape = request_shape.clone().or_else(|| {
                let ex = example_json.as_ref()?;
                Some(match ex.get("@odata.type").and_then(Value::as_str) {
                    Some(t) => {
                        let name = strip_namespace(t);
                        out.references.push(Reference {
                            name: name.clone(),
                            linked: false,
                            target: None,
                            origin: Origin { file: page.file, offset: req.offset },
                        });
                        Shape::Type(TypeRef::Named(name))
                    }
                    None => created_or_updated(req.method, &success)
                        .unwrap_or(Shape::Type(TypeRef::Primitive(Primitive::Json))),
                })
            });
            // An update sends only what changes: a property that is "required" when
            // creating is not required in a PATCH body.
            if req.method == Method::Patch
                && let Some(Shape::Object(props)) = &mut shape
            {
                props.iter_mut().for_each(|p| p.required = false);
            }
            shape.map(|shape| Body {
                // progenitor takes no other binary request media type.
                media_type: if matches!(shape, Shape::Raw) {
                    "application/octet-stream".into()
                } else {
                    "application/json".into()
                },
                shape,
                required: true,
                example: example_json,
            })
        } else {
            None
        };

        let mut response = success.clone();
        // `GET …/$value`, `GET …/content`: the bytes, whatever the page's type for the entity.
        if req.method == Method::Get
            && ends_in_content(&req.path.template)
            && response.body.as_ref().is_some_and(|b| b.media_type.contains("json"))
        {
            response.body = Some(octet_stream());
        }
        if let Some(body) = &mut response.body
            && let Some((_, Some(json), _)) = example.and_then(|e| e.response.as_ref())
            && body.media_type == "application/json"
        {
            body.example = Some(json.clone());
        }
        if response.body.is_none()
            && let Some((msg, Some(json), annotation)) = example.and_then(|e| e.response.as_ref())
        {
            // A JSON example without a documented type: keep the example, any JSON.
            let _ = (msg, annotation);
            if response.status != 204 {
                response.body = Some(Body {
                    media_type: "application/json".into(),
                    shape: Shape::Type(TypeRef::Primitive(Primitive::Json)),
                    required: true,
                    example: Some(json.clone()),
                });
            }
        }
        if let Some(name) = response.body.as_ref().and_then(|b| match &b.shape {
            Shape::Type(t) | Shape::CollectionPage(t) => t.named().map(str::to_string),
            _ => None,
        }) {
            let target = success_link.as_ref().filter(|(n, _)| n.eq_ignore_ascii_case(&name)).map(|(_, t)| t.clone());
            out.references.push(Reference {
                name,
                linked: true,
                target,
                origin: Origin { file: page.file, offset: req.offset },
            });
        }

        out.operations.push(PageOperation {
            operation: Operation {
                id,
                method: req.method,
                path: req.path.template.clone(),
                summary: summary.clone(),
                description: description.clone(),
                tag: tag_of(&req.path.template),
                parameters,
                request_body,
                responses: vec![response],
                permissions: permissions.clone(),
                origin: Origin { file: page.file, offset: req.offset },
            },
            explicit_id: explicit_id && n == 0,
            variant: !req.path.query.is_empty(),
        });
    }
    out
}

/// Request lines of the "HTTP request" sections (fenced, or as plain paragraphs).
/// Pages without such a section fall back to the request lines of code blocks
/// that are not annotated examples, with a warning.
fn request_paths(page: &Page<'_>, diags: &mut Vec<Diagnostic>) -> Vec<RequestPath> {
    let sections = page.sections(|t| t.starts_with("http request"));
    let mut out: Vec<RequestPath> = Vec::new();
    let blocks: Vec<usize> = if sections.is_empty() {
        (0..page.doc.blocks.len())
            .filter(|&i| {
                matches!(page.doc.blocks[i], Block::Code(_))
                    && !matches!(page.block_type(i), Some("request" | "response"))
            })
            .collect()
    } else {
        sections.iter().flat_map(|s| s.blocks.clone()).collect()
    };
    for i in blocks {
        let (text, code, paragraph_start) = match &page.doc.blocks[i] {
            Block::Code(c) => (c.text.as_str(), Some(c), 0),
            Block::Paragraph(p) if !sections.is_empty() => (p.text.as_str(), None, p.span.start),
            _ => continue,
        };
        for line in http::request_lines(text) {
            let offset = code.map_or(paragraph_start + line.offset, |c| c.source_offset(line.offset));
            match paths::normalize(&line.target) {
                Some(path) => {
                    if !out.iter().any(|r| r.method == line.method && r.path.template == path.template) {
                        out.push(RequestPath { method: line.method, path, offset });
                    }
                }
                None => diags.push(Diagnostic::warning(
                    codes::BAD_PATH,
                    page.file,
                    Span::new(offset, offset + line.target.len()),
                    format!("`{}` is not a request path; skipped", line.target),
                )),
            }
        }
    }
    match (sections.first(), out.is_empty()) {
        (None, true) => diags.push(
            Diagnostic::warning(
                codes::NO_HTTP_REQUEST,
                page.file,
                page.title_span,
                "api page has no `HTTP request` section; no operation is emitted",
            )
            .with_help("add a `## HTTP request` heading with a fenced ```http block such as `GET /me`"),
        ),
        (None, false) => diags.push(
            Diagnostic::warning(
                codes::NO_HTTP_REQUEST,
                page.file,
                page.title_span,
                "api page has no `HTTP request` section; request lines were read from its other code blocks",
            )
            .with_help("put the request lines under a `## HTTP request` heading"),
        ),
        (Some(s), true) => diags.push(
            Diagnostic::warning(
                codes::NO_HTTP_REQUEST,
                page.file,
                s.span,
                "the `HTTP request` section has no request line; no operation is emitted",
            )
            .with_help("write the method and path in a ```http block, e.g. `PATCH /users/{id}`"),
        ),
        (Some(_), false) => {}
    }
    out
}

/// Example requests and responses, paired in page order.
fn examples(page: &Page<'_>, diags: &mut Vec<Diagnostic>) -> Vec<Example> {
    // Blocks of the "HTTP request" sections are syntax, not examples.
    let syntax: Vec<usize> =
        page.sections(|t| t.starts_with("http request")).iter().flat_map(|s| s.blocks.clone()).collect();
    let mut out: Vec<Example> = Vec::new();
    for (i, block) in page.doc.blocks.iter().enumerate() {
        let Block::Code(code) = block else { continue };
        let kind = match page.block_type(i) {
            Some(kind) => kind,
            // Unannotated blocks (older pages): a status line makes a response,
            // a request line a request.
            None if !syntax.contains(&i) => {
                let msg = http::parse_message(&code.text);
                if msg.status.is_some() {
                    "response"
                } else if msg.request.is_some() {
                    "request"
                } else {
                    continue;
                }
            }
            None => continue,
        };
        match kind {
            "request" => {
                let request = http::parse_message(&code.text);
                let request_json = body_json(page, code, &request, diags);
                let name =
                    page.annotations.get(&i).and_then(|a| a.get("name")).and_then(Value::as_str).map(str::to_string);
                out.push(Example { request, request_json, response: None, request_name: name });
            }
            "response" => {
                let msg = http::parse_message(&code.text);
                let json = body_json(page, code, &msg, diags);
                let annotation = page.annotations.get(&i).cloned();
                if let Some(last) = out.last_mut()
                    && last.response.is_none()
                {
                    last.response = Some((msg, json, annotation));
                }
            }
            _ => {}
        }
    }
    out
}

/// The JSON body of an example message, leniently; `None` when it has no JSON body.
fn body_json(page: &Page<'_>, code: &CodeBlock, msg: &Message, diags: &mut Vec<Diagnostic>) -> Option<Value> {
    let body = msg.body.trim();
    if body.is_empty() {
        return None;
    }
    let declared_json = msg.header("content-type").is_none_or(|ct| ct.to_ascii_lowercase().contains("json"));
    if !declared_json || !(body.starts_with('{') || body.starts_with('[')) {
        return None;
    }
    let lead = msg.body.len() - msg.body.trim_start().len();
    let warn = |err: &crate::json::JsonError, message: String, help: &str| {
        let at = code.source_offset(offset_of(body, msg.body_offset + lead, err.line, err.column));
        Diagnostic::warning(codes::EXAMPLE_JSON, page.file, Span::new(at, at + 1), message).with_help(help)
    };
    match parse_lenient(body) {
        Ok(parsed) => {
            if let Some(err) = &parsed.repaired {
                let message = format!("example body is not strict JSON ({}); read leniently", err.message);
                diags.push(warn(err, message, "remove trailing commas and `...` elisions"));
            }
            Some(parsed.value)
        }
        Err(err) => {
            let message = format!("example body is not valid JSON: {}; example left out", err.message);
            diags.push(warn(&err, message, "fix the JSON so the example can be embedded in the contract"));
            None
        }
    }
}

/// The permissions table, least privileged first, placeholders dropped with a warning.
fn permissions(page: &Page<'_>, diags: &mut Vec<Diagnostic>) -> Permissions {
    let mut perms = Permissions::default();
    let Some(section) = page.section(&["permissions", "prerequisites"]) else { return perms };
    for (_, block) in section.iter() {
        let Block::Table(t) = block else { continue };
        let most_first = t.header.get(1).is_some_and(|h| h.text.to_ascii_lowercase().contains("most to least"));
        for row in &t.rows {
            let (Some(kind), Some(cell)) = (row.first(), row.get(1)) else { continue };
            let kind = kind.text.to_ascii_lowercase();
            let list = if kind.contains("personal") {
                &mut perms.delegated_personal
            } else if kind.contains("delegated") {
                &mut perms.delegated_work
            } else if kind.contains("application") {
                &mut perms.application
            } else {
                continue;
            };
            if is_todo(&cell.text) {
                diags.push(
                    Diagnostic::warning(
                        codes::TODO_PLACEHOLDER,
                        page.file,
                        cell.span,
                        "TODO placeholder in the permissions table; left out of the contract",
                    )
                    .with_help("list the permissions, e.g. `DeviceManagementServiceConfig.ReadWrite.All`"),
                );
                continue;
            }
            let mut scopes: Vec<String> = cell
                .text
                .split([',', ';'])
                .map(|s| s.trim().trim_matches(['`', '*', '.', ' ']).to_string())
                .filter(|s| {
                    !s.is_empty()
                        && s.contains('.')
                        && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
                })
                .collect();
            if most_first {
                scopes.reverse();
            }
            list.extend(scopes);
        }
        break;
    }
    perms
}

/// Query parameters a `Query parameters` table documents (`| $deltatoken | string | … |`
/// on delta pages, `| startDateTime | String | … Required. |` on calendar views).
/// Only primitive types; optional unless the description says "Required".
fn query_params(page: &Page<'_>) -> Vec<Parameter> {
    let sections = page.sections(|t| t == "query parameters" || t == "optional query parameters");
    let mut out: Vec<Parameter> = Vec::new();
    let tables = sections.iter().flat_map(Section::own_tables).filter(|t| is_property_table(t) || is_query_table(t));
    for t in tables {
        for row in &t.rows {
            let Some(name) = row.first().map(|c| c.text.trim().trim_matches(['`', '*']).to_string()) else { continue };
            let plain = name.strip_prefix('$').unwrap_or(&name);
            if plain.is_empty()
                || !plain.starts_with(|c: char| c.is_ascii_alphabetic())
                || !plain.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
                || out.iter().any(|p| paths::same_ident(&p.name, &name))
            {
                continue;
            }
            let ty = match row.get(1).map(|c| parse_type_cell(c).ty) {
                Some(TypeRef::Primitive(p)) if !matches!(p, Primitive::Json | Primitive::Stream) => {
                    TypeRef::Primitive(p)
                }
                _ => TypeRef::Primitive(Primitive::String),
            };
            let desc = row
                .last()
                .filter(|_| row.len() > 2)
                .map(|c| c.text.trim().to_string())
                .filter(|d| !d.is_empty() && !is_todo(d));
            out.push(Parameter {
                required: desc.as_deref().is_some_and(says_required),
                name,
                location: ParamLocation::Query,
                description: desc,
                ty,
            });
        }
    }
    out
}

/// Descriptions of path and function parameters (`## Path parameters`,
/// `## Function parameters` tables), by name.
fn path_parameter_docs(page: &Page<'_>) -> Vec<(String, String)> {
    let sections = page.sections(|t| t == "path parameters" || t == "function parameters" || t == "parameters");
    let mut out = Vec::new();
    let tables = sections.iter().flat_map(Section::own_tables).filter(|t| is_property_table(t) || is_query_table(t));
    for t in tables {
        for row in t.rows.iter().filter(|r| r.len() > 2) {
            let name = row[0].text.trim().trim_matches(['`', '*']).to_string();
            let desc = row[row.len() - 1].text.trim().to_string();
            if !name.is_empty() && !desc.is_empty() && !is_todo(&desc) {
                out.push((name, desc));
            }
        }
    }
    out
}

/// The function argument whose value is the path parameter `param`:
/// `getX(period='{period_value}')` → `period`.
fn call_argument(template: &str, param: &str) -> Option<String> {
    let at = template.find(&format!("{{{param}}}"))?;
    let before = template[..at].trim_end_matches(['\'', '"']);
    let before = before.strip_suffix('=')?;
    let start = before.rfind(['(', ',']).map_or(0, |i| i + 1);
    Some(before[start..].trim().to_string()).filter(|a| !a.is_empty())
}

/// A table headed `| Query parameter | Type | Description |` (or `Name`).
fn is_query_table(t: &crate::markdown::Table) -> bool {
    let head = |i: usize| t.header.get(i).map(|c| c.text.trim().to_ascii_lowercase());
    head(0).is_some_and(|h| h.contains("parameter") || h == "name")
        && head(1).is_some_and(|h| h.contains("type") || h == "value")
}

/// A body of bytes.
fn octet_stream() -> Body {
    Body { media_type: "application/octet-stream".into(), shape: Shape::Raw, required: true, example: None }
}

/// Whether a path addresses an entity's bytes: `…/$value` or `…/content`.
fn ends_in_content(template: &str) -> bool {
    matches!(template.rsplit('/').next(), Some("$value" | "content"))
}

/// The media type the request-headers table gives for `Content-Type`
/// (`| Content-Type | image/jpeg. Required. |`), if it names one.
fn content_type_header(page: &Page<'_>) -> Option<String> {
    let sections = page.sections(is_request_headers);
    let row = sections.iter().flat_map(Section::own_tables).find_map(|t| {
        t.rows
            .iter()
            .find(|r| r.first().is_some_and(|c| c.text.trim().trim_matches('`').eq_ignore_ascii_case("content-type")))
    })?;
    row.iter().skip(1).find_map(|cell| {
        cell.text.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '`' | '(' | ')')).find_map(|w| {
            let w = w.trim_end_matches('.').to_ascii_lowercase();
            let (kind, sub) = w.split_once('/')?;
            (matches!(kind, "application" | "image" | "text" | "multipart" | "audio" | "video")
                && !sub.is_empty()
                && sub.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '-' | '*')))
            .then_some(w)
        })
    })
}

/// `## Request headers`, and `## Optional request headers` (drive items' `if-match`).
fn is_request_headers(title: &str) -> bool {
    let t = title.strip_prefix("optional ").unwrap_or(title);
    t == "request headers" || t == "request header"
}

/// Non-standard request headers, as optional (or "Required.") header parameters.
fn header_params(page: &Page<'_>) -> Vec<Parameter> {
    let sections = page.sections(is_request_headers);
    let mut out: Vec<Parameter> = Vec::new();
    for t in sections.iter().flat_map(Section::own_tables) {
        for row in &t.rows {
            let Some(cell) = row.first().map(|c| c.text.trim().trim_matches('`')) else { continue };
            // `Prefer: outlook.timezone`: the header with one of its values.
            let (name, value) = match cell.split_once(':') {
                Some((name, value)) => {
                    (name.trim().trim_matches('`').to_string(), Some(value.trim().trim_matches('`')))
                }
                None => (cell.to_string(), None),
            };
            if name.is_empty()
                || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                || STANDARD_HEADERS.contains(&name.to_ascii_lowercase().as_str())
            {
                continue;
            }
            let desc = row
                .last()
                .filter(|_| row.len() > 1)
                .map(|c| c.text.trim().to_string())
                .filter(|d| !d.is_empty() && !is_todo(d));
            let desc = match (value.filter(|v| !v.is_empty()), desc) {
                (Some(v), Some(d)) => Some(format!("`{v}`: {d}")),
                (Some(v), None) => Some(format!("`{v}`")),
                (None, d) => d,
            };
            if let Some(existing) = out.iter_mut().find(|p| p.name.eq_ignore_ascii_case(&name)) {
                // Several rows for one header (`Prefer: outlook.timezone`, `Prefer: outlook.body-content-type`).
                if let (Some(d), Some(more)) = (&mut existing.description, desc) {
                    d.push(' ');
                    d.push_str(&more);
                }
                continue;
            }
            out.push(Parameter {
                required: desc.as_deref().is_some_and(says_required),
                name,
                location: ParamLocation::Header,
                description: desc,
                ty: TypeRef::Primitive(Primitive::String),
            });
        }
    }
    out
}

/// The request body's shape, and its property table (with the table's offset)
/// when there is one.
fn request_body(
    page: &Page<'_>,
    out: &mut PageOutput,
    diags: &mut Vec<Diagnostic>,
) -> (Option<Shape>, Option<(Vec<Property>, usize)>) {
    let Some(section) = page.section(&["request body"]) else { return (None, None) };
    let mut linked: Option<((String, String), usize)> = None;
    // "supply an array of [x](…) objects": the body is a JSON array.
    let mut linked_array = false;
    let mut table: Option<(Vec<Property>, usize)> = None;
    let mut no_body = false;
    // "supply a JSON representation for the androidCustomConfiguration object" (no link).
    let mut named: Option<String> = None;
    for (_, block) in section.iter() {
        match block {
            Block::Paragraph(p) => {
                let lower = p.text.to_ascii_lowercase();
                if named.is_none() && p.links.is_empty() {
                    named = unlinked_representation(&p.text);
                }
                if lower.contains("don't supply")
                    || lower.contains("do not supply")
                    || lower.contains("not supply a request body")
                {
                    no_body = true;
                }
                if linked.is_none()
                    && table.is_none()
                    && (lower.contains("representation") || lower.contains("supply") || lower.contains("object"))
                    && let Some(link) = resource_link(p)
                {
                    linked_array = lower.find(&link.0.to_ascii_lowercase()).is_some_and(|at| {
                        let before = lower[..at].trim_end();
                        before.ends_with("array of") || before.ends_with("collection of")
                    });
                    linked = Some((link, p.span.start));
                }
            }
            Block::Table(t) if table.is_none() && (is_property_table(t) || is_value_typed_table(t)) => {
                table = Some((table_properties(page, t, out, diags), t.span.start));
            }
            _ => {}
        }
    }
    if let Some(((name, target), at)) = &linked {
        out.references.push(Reference {
            name: name.clone(),
            linked: true,
            target: Some(target.clone()),
            origin: Origin { file: page.file, offset: *at },
        });
        let t = TypeRef::Named(name.clone());
        let t = if linked_array { TypeRef::Collection(Box::new(t)) } else { t };
        return (Some(Shape::Type(t)), table);
    }
    if let Some((props, _)) = &table
        && !props.is_empty()
    {
        // The table describes the named type (as beside a link); the type's page, when
        // among the inputs, defines it in full.
        if let Some(name) = named {
            return (Some(Shape::Type(TypeRef::Named(name))), table);
        }
        return (Some(Shape::Object(props.clone())), table);
    }
    if no_body {
        return (None, None);
    }
    (None, table)
}

/// The first link in a paragraph that points at a resource page, as a type name.
/// The first link in `p` to a resource page: the type name its text gives,
/// and the page's file stem (see [`super::page_stem`]).
fn resource_link(p: &Inline) -> Option<(String, String)> {
    p.links.iter().find_map(|l| {
        let target = l.target.to_ascii_lowercase();
        let page_link = target.split(['#', '?']).next().is_some_and(|path| path.ends_with(".md"))
            && !target.contains("/api/")
            && !target.contains("concepts")
            && !target.starts_with("http");
        let name = strip_namespace(l.text.trim().trim_matches('`'));
        let stem = super::page_stem(&target)?;
        (page_link && !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.'))
            .then_some((name, stem))
    })
}

/// The documented success response: status from prose, else the example; body
/// type from the response annotation, else from the prose's link. Also the
/// prose's link (type name, page stem), if any.
fn success_response(page: &Page<'_>, examples: &[Example]) -> (Response, Option<(String, String)>) {
    let section = page.section(&["response", "responses"]);
    let mut status = None;
    let mut prose_type: Option<TypeRef> = None;
    let mut prose_link: Option<(String, String)> = None;
    // The prose names the response's type in so many words ("returns a `200 OK`
    // response code and a collection of [x] objects in the response body").
    let mut prose_states_type = false;
    let mut no_content = false;
    // "The response contains a `Location` header" (long-running operations).
    let mut mentions_location = false;
    if let Some(section) = &section {
        for (_, block) in section.iter() {
            if let Block::Table(t) = block {
                mentions_location |= t.rows.iter().any(|r| r.first().is_some_and(|c| is_location(&c.text)));
            }
            let Block::Paragraph(p) = block else { continue };
            let lower_text = p.text.to_ascii_lowercase();
            mentions_location |= ["location header", "`location`", "location:"].iter().any(|m| lower_text.contains(m));
            if status.is_none() {
                status = status_in_prose(&p.text);
            }
            let lower = p.text.to_ascii_lowercase();
            if lower.contains("doesn't return anything")
                || lower.contains("does not return anything")
                || lower.contains("no response body")
            {
                no_content = true;
            }
            if prose_type.is_none()
                && lower.contains("response body")
                && let Some(t) = primitive_collection(&p.text)
            {
                prose_type = Some(t);
            }
            if prose_type.is_none()
                && let Some((name, stem)) = resource_link(p)
            {
                let t = TypeRef::Named(name.clone());
                prose_link = Some((name, stem));
                let collection =
                    lower.contains("collection") || lower.contains("list of") || lower.contains("array of");
                prose_type = Some(if collection { TypeRef::Collection(Box::new(t)) } else { t });
                prose_states_type = lower.contains("response code and") || lower.contains("returns");
            }
        }
    }
    let first_response = examples.iter().find_map(|e| e.response.as_ref());
    if status.is_none() {
        status = first_response.and_then(|(m, ..)| m.status.as_ref().map(|s| s.0));
    }
    let status = status.unwrap_or(200);
    let annotated: Option<TypeRef> = first_response.and_then(|(_, _, a)| {
        let a = a.as_ref()?;
        let ty = crate::page::annotated_type(a)?;
        // ApiDoctor's way of saying the response has no typed body.
        if strip_namespace(ty).eq_ignore_ascii_case("none") {
            return None;
        }
        let cell = parse_type_cell(&Inline { text: ty.to_string(), ..Inline::default() });
        let collection = a.get("isCollection").and_then(Value::as_bool).unwrap_or(false);
        Some(match cell.ty {
            TypeRef::Unknown(_) => return None,
            t if collection && !t.is_collection() => TypeRef::Collection(Box::new(t)),
            t => t,
        })
    });
    let media_type = first_response.and_then(|(m, ..)| m.header("content-type")).map(media_type_of);
    let redirect = (300..400).contains(&status);
    let location = redirect
        || (matches!(status, 201 | 202)
            && (mentions_location || first_response.is_some_and(|(m, ..)| m.header("location").is_some())));
    let mut example_type = None;
    let body = if status == 204 || redirect || (no_content && annotated.is_none()) {
        None
    } else if let Some(mt) = media_type.as_deref().filter(|m| !m.contains("json")) {
        Some(Body { media_type: non_json(mt), shape: Shape::Raw, required: true, example: None })
    } else {
        let ty = match (annotated, prose_type) {
            // An example shows one instance, often of a derived type (`fileAttachment` where the
            // page returns `attachment`s); the page's own statement names the type, and
            // resolution checks the two against the types' bases.
            (Some(a), Some(p)) if prose_states_type => {
                example_type =
                    a.named().filter(|a| p.named().is_some_and(|p| !p.eq_ignore_ascii_case(a))).map(str::to_string);
                Some(with_collection_of(p, &a))
            }
            (a, p) => a.or(p),
        };
        ty.map(|t| {
            let shape = match t {
                TypeRef::Collection(inner) => Shape::CollectionPage(*inner),
                TypeRef::Primitive(Primitive::Stream) => Shape::Raw,
                t => Shape::Type(t),
            };
            let media_type = if shape == Shape::Raw {
                "application/octet-stream".to_string()
            } else {
                "application/json".to_string()
            };
            Body { media_type, shape, required: true, example: None }
        })
    };
    let response = Response {
        status,
        description: section.map(|s| s.title).filter(|_| false).unwrap_or_else(|| reason(status).to_string()),
        body,
        location_header: location,
        example_type,
    };
    (response, prose_link)
}

/// The type a sentence names without a link: "a JSON representation for the
/// `x` object" → `x` (a camelCase identifier followed by "object").
fn unlinked_representation(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let at = lower.find("representation ")? + "representation ".len();
    let mut words = text[at..].split_whitespace();
    let (preposition, article) = (words.next()?.to_ascii_lowercase(), words.next()?.to_ascii_lowercase());
    if !matches!(preposition.as_str(), "of" | "for") || !matches!(article.as_str(), "the" | "a" | "an") {
        return None;
    }
    let name = words.next()?.trim_matches(['`', '*', '_']);
    let follows = words.next()?.trim_end_matches(['.', ',', ':']).to_ascii_lowercase();
    let camel = name.starts_with(|c: char| c.is_ascii_lowercase()) && name.chars().any(|c| c.is_ascii_uppercase());
    (camel && super::is_type_name(name) && matches!(follows.as_str(), "object" | "objects" | "resource"))
        .then(|| name.to_string())
}

/// Whether an example's name is a stale copy from another page: its verb says
/// another method (`create_educationclass_from_educationschool` on a `DELETE`).
fn contradicts(name: &str, method: Method) -> bool {
    let verb = name.split('_').next().unwrap_or("");
    match method {
        Method::Delete => matches!(verb, "create" | "get" | "list" | "update"),
        Method::Get => matches!(verb, "create" | "delete" | "update" | "remove"),
        Method::Patch | Method::Put => matches!(verb, "create" | "delete" | "get" | "list" | "remove"),
        _ => false,
    }
}

/// A header-table cell naming the `Location` header.
fn is_location(cell: &str) -> bool {
    cell.trim().trim_matches('`').eq_ignore_ascii_case("location")
}

/// `stated`, a collection when `example` is a collection of the same type
/// (the prose says "a list of [x]" or "an [x] object", the annotation `isCollection`).
fn with_collection_of(stated: TypeRef, example: &TypeRef) -> TypeRef {
    match (stated, example) {
        (TypeRef::Named(n), TypeRef::Collection(inner)) if matches!(&**inner, TypeRef::Named(m) if m.eq_ignore_ascii_case(&n)) => {
            TypeRef::Collection(Box::new(TypeRef::Named(n)))
        }
        (stated, _) => stated,
    }
}

/// Graph's convention when a page names no request type: `POST` answered
/// `201 Created` with an entity creates that entity, and `PATCH` answered
/// `200 OK` with an entity updates it; the body is (part of) that entity.
fn created_or_updated(method: Method, success: &Response) -> Option<Shape> {
    if !matches!((method, success.status), (Method::Post, 201) | (Method::Patch, 200)) {
        return None;
    }
    match success.body.as_ref().map(|b| &b.shape) {
        Some(Shape::Type(t @ TypeRef::Named(_))) => Some(Shape::Type(t.clone())),
        _ => None,
    }
}

/// "a String collection" or "a collection of String" (a primitive written as
/// Graph names it): a collection of that primitive.
fn primitive_collection(text: &str) -> Option<TypeRef> {
    let words: Vec<&str> =
        text.split_whitespace().map(|w| w.trim_matches(|c: char| c == '`' || c == ',' || c == '.')).collect();
    let primitive = |w: &str| {
        crate::types::Primitive::names()
            .find(|p| *p == w)
            .map(|_| parse_type_cell(&Inline { text: w.to_string(), ..Inline::default() }).ty)
            .filter(|t| matches!(t, TypeRef::Primitive(_)))
    };
    words
        .windows(3)
        .find_map(|w| match w {
            ["a" | "an", ty, "collection"] => primitive(ty),
            ["collection", "of", ty] => primitive(ty),
            _ => None,
        })
        .map(|t| TypeRef::Collection(Box::new(t)))
}

fn media_type_of(header: &str) -> String {
    header.split(';').next().unwrap_or("").trim().to_ascii_lowercase()
}

fn non_json(media_type: &str) -> String {
    if media_type.is_empty() || media_type.contains('*') || !media_type.contains('/') {
        "application/octet-stream".into()
    } else {
        media_type.into()
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        204 => "No Content",
        206 => "Partial Content",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        _ => "Success",
    }
}

/// Whether an example's path matches an operation's template (`{...}` matches anything).
pub fn path_matches(template: &str, example: &str) -> bool {
    let a: Vec<&str> = template.split('/').collect();
    let b: Vec<&str> = example.split('/').collect();
    a.len() == b.len()
        && a.iter().zip(&b).all(|(t, e)| match t.find('{') {
            Some(i) => e.len() >= i && t[..i].eq_ignore_ascii_case(&e[..i]),
            None => t.eq_ignore_ascii_case(e),
        })
}

/// The first literal path segment, without OData syntax, as the tag.
fn tag_of(path: &str) -> String {
    path.split('/')
        .find(|s| !s.is_empty())
        .map(|s| s.split(['(', ':', '{']).next().unwrap_or(s))
        .filter(|s| !s.is_empty())
        .unwrap_or("root")
        .to_string()
}

/// An operationId: ASCII letters, digits and `_`, from a name or title.
pub(crate) fn sanitize_id(name: &str) -> String {
    let mut out = String::new();
    let mut last_sep = true;
    for c in name.trim().chars() {
        if c.is_ascii_alphanumeric() {
            if c.is_ascii_uppercase() && !last_sep && out.chars().last().is_some_and(|p| p.is_ascii_lowercase()) {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
            last_sep = false;
        } else if !last_sep {
            out.push('_');
            last_sep = true;
        }
    }
    let out = out.trim_matches('_').to_string();
    if out.starts_with(|c: char| c.is_ascii_digit()) { format!("op_{out}") } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn primitive_collections_in_prose() {
        let string = |t: &str| primitive_collection(t).map(|t| format!("{t:?}"));
        let expected = Some(format!("{:?}", TypeRef::Collection(Box::new(TypeRef::Primitive(Primitive::String)))));
        assert_eq!(string("returns a `200 OK` response code and a String collection in the response body."), expected);
        assert_eq!(string("and a collection of String in the response body"), expected);
        assert_eq!(string("and a collection of strings in the response body"), None);
        assert_eq!(string("and a user collection in the response body"), None);
    }

    #[test]
    fn ids_and_tags() {
        assert_eq!(sanitize_id("update_assignments"), "update_assignments");
        assert_eq!(sanitize_id("Update assignments"), "update_assignments");
        assert_eq!(sanitize_id("get user-photo $value"), "get_user_photo_value");
        assert_eq!(sanitize_id("createUser"), "create_user");
        assert_eq!(tag_of("/deviceManagement/x"), "deviceManagement");
        assert_eq!(tag_of("/reports/getX(period='{p}')"), "reports");
        assert_eq!(tag_of("/me/drive/root:/{path}:"), "me");
    }

    #[test]
    fn header_rows_with_a_value_are_that_header() {
        let text = "---\ndoc_type: apiPageType\n---\n# List events\n\n## Request headers\n| Name | Type | Description |\n|:---|:---|:---|\n| Authorization | string | Bearer {token}. Required. |\n| Prefer: outlook.timezone | string | The time zone of the response. Optional. |\n| Prefer: outlook.body-content-type | string | The body format. Optional. |\n| ConsistencyLevel | string | eventual. |\n\n## Optional request headers\n| Name | Description |\n|:---|:---|\n| if-match | The ETag. Required. |\n";
        let src = crate::SourceFile::new("a.md", text);
        let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
        let params = header_params(&page);
        let names: Vec<&str> = params.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Prefer", "ConsistencyLevel", "if-match"]);
        assert!(params[2].required);
        assert_eq!(
            params[0].description.as_deref(),
            Some(
                "`outlook.timezone`: The time zone of the response. Optional. `outlook.body-content-type`: The body format. Optional."
            )
        );
        assert!(!params[0].required);
    }

    #[test]
    fn an_unlinked_type_in_the_request_body_prose() {
        let name = |t: &str| unlinked_representation(t);
        assert_eq!(
            name("In the request body, supply a JSON representation for the androidCustomConfiguration object.")
                .as_deref(),
            Some("androidCustomConfiguration")
        );
        assert_eq!(name("supply a JSON representation of the `iosLobApp` object").as_deref(), Some("iosLobApp"));
        assert_eq!(name("supply a JSON representation of the changed properties."), None);
        assert_eq!(name("supply a JSON representation for the user object."), None, "one word is not camelCase");
    }

    #[test]
    fn example_names_that_say_another_method_are_stale() {
        assert!(contradicts("create_educationclass_from_educationschool", Method::Delete));
        assert!(!contradicts("delete_educationuser_from_educationschool", Method::Delete));
        assert!(!contradicts("get_by_ids", Method::Post), "a POST action may be named for what it gets");
        assert!(!contradicts("update_assignments", Method::Patch));
    }

    #[test]
    fn function_arguments_of_path_parameters() {
        assert_eq!(call_argument("/r/getX(period='{period_value}')", "period_value").as_deref(), Some("period"));
        assert_eq!(call_argument("/r/f(a={a},b='{b_value}')", "b_value").as_deref(), Some("b"));
        assert_eq!(call_argument("/users/{id}", "id"), None);
    }

    #[test]
    fn query_parameter_tables() {
        let text = "---\ndoc_type: apiPageType\n---\n# Delta\n\n## Query parameters\n| Query parameter | Type | Description |\n|:---|:---|:---|\n| $deltatoken | string | A state token. |\n| top | Int32 | How many. |\n| startDateTime | String | The start. Required. |\n| not a name | String | Prose. |\n";
        let src = crate::SourceFile::new("a.md", text);
        let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
        let params = query_params(&page);
        let names: Vec<&str> = params.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["$deltatoken", "top", "startDateTime"]);
        assert_eq!(params[1].ty, TypeRef::Primitive(Primitive::Int32));
        assert!(params[2].required && !params[0].required);
        assert!(params.iter().all(|p| p.location == ParamLocation::Query));
    }

    #[test]
    fn example_paths_match_templates() {
        assert!(path_matches("/users/{id}/events", "/users/abc/events"));
        assert!(path_matches("/r/getX(period='{p}')", "/r/getX(period='D7')"));
        assert!(!path_matches("/users/{id}/events", "/users/abc/calendar"));
        assert!(!path_matches("/users/{id}", "/users"));
    }
}
