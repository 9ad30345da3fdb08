//! Example bodies against property tables: undocumented and missing
//! properties, value types, enum values. Api pages' request and response
//! examples, and resource pages' JSON representations.

use std::collections::HashSet;

use serde_json::{Map, Value};

use super::facts::{ApiFacts, Example, Kind};
use super::index::TypeIndex;
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::markdown::Block;
use crate::model::{Property, Shape, TypeKind, TypeSource};
use crate::page::Page;
use crate::source::Span;
use crate::types::{Primitive, TypeRef};

/// Nesting deeper than this is not compared.
const MAX_DEPTH: usize = 16;

/// What an example body is compared with.
enum Expected<'a> {
    /// A named type (its page's table, through the base chain).
    Type(String),
    /// A table written on the api page itself (action parameters).
    Inline(&'a [Property]),
    /// `{"value": [T]}`.
    Page(String),
}

/// Request and response examples of an api page.
pub(crate) fn api_examples(page: &Page<'_>, facts: &ApiFacts<'_>, index: &TypeIndex<'_>, out: &mut Vec<Diagnostic>) {
    let Some(op) = facts.operations.first() else { return };
    for ex in &facts.examples {
        let Some(json) = &ex.json else { continue };
        let (shape, complete) = match ex.kind {
            Kind::Request => (op.request_body.as_ref().map(|b| &b.shape), false),
            Kind::Response => {
                if ex.message.status.as_ref().is_some_and(|(s, _)| !(200..300).contains(s)) {
                    continue;
                }
                (
                    op.responses.first().and_then(|r| r.body.as_ref()).map(|b| &b.shape),
                    ex.annotated() && !ex.truncated(),
                )
            }
        };
        let annotated = if ex.kind == Kind::Response { annotated_type(ex) } else { None };
        let expected = match (annotated, shape) {
            (Some(e), _) => e,
            (None, Some(Shape::Type(TypeRef::Named(n)))) => Expected::Type(n.clone()),
            (None, Some(Shape::Type(TypeRef::Collection(inner)))) => match inner.as_ref() {
                TypeRef::Named(n) => Expected::Page(n.clone()),
                _ => continue,
            },
            (None, Some(Shape::CollectionPage(TypeRef::Named(n)))) => Expected::Page(n.clone()),
            (None, Some(Shape::Object(props))) => Expected::Inline(props),
            _ => continue,
        };
        let mut walker = Walker::new(page, index, ex, ex.kind == Kind::Request, out);
        walker.body(json, &expected, complete);
    }
}

/// The type a response annotation names (`"@odata.type"` or `"@type"`, `"isCollection"`), when it is a named type.
fn annotated_type<'a>(ex: &Example<'_>) -> Option<Expected<'a>> {
    let a = ex.annotation?;
    let name = crate::page::annotated_type(a)?;
    let cell = crate::types::parse_type_cell(&crate::markdown::Inline { text: name.to_string(), ..Default::default() });
    let collection = a.get("isCollection").and_then(Value::as_bool).unwrap_or(false);
    match cell.ty {
        TypeRef::Named(n) if collection => Some(Expected::Page(n)),
        TypeRef::Named(n) => Some(Expected::Type(n)),
        TypeRef::Collection(inner) => inner.named().map(|n| Expected::Page(n.to_string())),
        _ => None,
    }
}

/// Resource pages' `"blockType": "resource"` JSON representations.
pub(crate) fn resource_blocks(page: &Page<'_>, index: &TypeIndex<'_>, out: &mut Vec<Diagnostic>) {
    for (i, block) in page.doc.blocks.iter().enumerate() {
        let Block::Code(code) = block else { continue };
        if page.block_type(i) != Some("resource") {
            continue;
        }
        let annotation = page.annotations.get(&i);
        let Some(json) = representation_json(page, code, out) else { continue };
        let Some(name) = annotation.and_then(crate::page::annotated_type) else { continue };
        let ex =
            Example { kind: Kind::Response, code, message: crate::http::Message::default(), annotation, json: None };
        // Only the page's own type, and only its own table's rows can be missing.
        let Some(def) = index.get(name) else { continue };
        if !index.defined_on(name, page.file) {
            continue;
        }
        unlisted_key(page, code, annotation, &def.name, index, out);
        let complete = !ex.truncated();
        let mut walker = Walker::new(page, index, &ex, false, out);
        walker.own_rows = true;
        walker.body(&json, &Expected::Type(def.name.clone()), complete);
    }
}

/// `key-not-listed`: the annotation names a key (`"keyProperty": "id"`) that neither the type's
/// table nor its bases' list (a row missing, or a complex type's annotation copied from an
/// entity's). Not where a base has no page (the key may be its).
fn unlisted_key(
    page: &Page<'_>,
    code: &crate::markdown::CodeBlock,
    annotation: Option<&Value>,
    name: &str,
    index: &TypeIndex<'_>,
    out: &mut Vec<Diagnostic>,
) {
    let Some(key) = annotation.and_then(|a| a.get("keyProperty")).and_then(Value::as_str).map(str::trim) else {
        return;
    };
    if key.is_empty()
        || !index.chain_has_pages(name)
        || index.properties(name, false).is_none_or(|ps| ps.iter().any(|p| p.name.eq_ignore_ascii_case(key)))
    {
        return;
    }
    // At the annotation's `keyProperty`, the last one before the block.
    const MARK: &str = "\"keyProperty\"";
    let before = page.source.text().get(..code.span.start).unwrap_or("");
    let span = match before.rfind(MARK) {
        Some(at) => Span::new(at, at + MARK.len()),
        None => Span::new(code.span.start, code.span.start + 1),
    };
    out.push(
        Diagnostic::warning(
            codes::KEY_NOT_LISTED,
            page.file,
            span,
            format!(
                "the annotation names `{key}` as the key of `{name}`, but neither its table nor its bases' list it"
            ),
        )
        .with_help(format!("add a row for `{key}`, or drop `keyProperty` from a complex type's annotation")),
    );
}

/// A JSON representation, read leniently; `example-json` when it is not strict JSON.
/// (The converter reports the page's representation only where even the lenient read fails.)
fn representation_json(page: &Page<'_>, code: &crate::markdown::CodeBlock, out: &mut Vec<Diagnostic>) -> Option<Value> {
    let text = code.text.trim();
    let lead = code.text.len() - code.text.trim_start().len();
    let at = |e: &crate::json::JsonError| {
        let offset = code.source_offset(crate::page::offset_of(text, lead, e.line, e.column));
        Span::new(offset, offset + 1)
    };
    match crate::json::parse_lenient(text) {
        Ok(parsed) => {
            if let Some(e) = &parsed.repaired {
                out.push(
                    Diagnostic::warning(
                        codes::EXAMPLE_JSON,
                        page.file,
                        at(e),
                        format!("JSON representation is not strict JSON ({}); read leniently", e.message),
                    )
                    .with_help("write strict JSON: no trailing commas, comments, bare words or `...` elisions"),
                );
            }
            Some(parsed.value)
        }
        Err(e) => {
            // The converter says so for the page's representation (`representation_not_json`).
            let span = at(&e);
            if out.iter().any(|d| d.code == codes::EXAMPLE_JSON && d.file == page.file && d.span == span) {
                return None;
            }
            out.push(
                Diagnostic::warning(
                    codes::EXAMPLE_JSON,
                    page.file,
                    span,
                    format!("JSON representation is not valid JSON: {}; not compared with the table", e.message),
                )
                .with_help("fix the JSON so tools can read the representation"),
            );
            None
        }
    }
}

/// Walks one example body, reporting each finding once.
struct Walker<'a, 'p> {
    page: &'a Page<'p>,
    index: &'a TypeIndex<'a>,
    ex: &'a Example<'a>,
    /// Whether request-body tables count as a type's definition.
    tables: bool,
    optional: Vec<&'a str>,
    /// Whether only rows of this page's own tables can be reported missing, as in a
    /// JSON representation, where type names stand for values (`"Boolean"`).
    own_rows: bool,
    seen: HashSet<(&'static str, String)>,
    out: &'a mut Vec<Diagnostic>,
}

impl<'a, 'p> Walker<'a, 'p> {
    fn new(
        page: &'a Page<'p>,
        index: &'a TypeIndex<'a>,
        ex: &'a Example<'a>,
        tables: bool,
        out: &'a mut Vec<Diagnostic>,
    ) -> Self {
        Walker {
            page,
            index,
            ex,
            tables,
            optional: ex.optional_properties(),
            own_rows: false,
            seen: HashSet::new(),
            out,
        }
    }

    fn body(&mut self, json: &Value, expected: &Expected<'_>, complete: bool) {
        match (expected, json) {
            (Expected::Type(name), Value::Object(obj)) => {
                // `{"value": [...]}` for a type without a `value` property: a collection page.
                let is_page = obj.get("value").is_some_and(Value::is_array)
                    && obj.keys().all(|k| k == "value" || k.contains('@'))
                    && !self.index.family_has(name, "value");
                // `{"value": {...}}` (many Intune pages): one object wrapped as OData wraps only
                // collections and primitives. Said once; the object itself is checked.
                let wrapped = match obj.get("value") {
                    Some(Value::Object(inner))
                        if obj.keys().all(|k| k == "value" || k.contains('@'))
                            && !self.index.family_has(name, "value") =>
                    {
                        Some(inner)
                    }
                    _ => None,
                };
                if is_page {
                    self.page_items(obj, name, complete);
                } else if let Some(inner) = wrapped {
                    self.report_with_help(
                        codes::EXAMPLE_UNDOCUMENTED_PROPERTY,
                        "value",
                        format!("the example wraps one `{name}` in `value`; Graph answers the object itself"),
                        WRAPPED_HELP,
                    );
                    self.object(inner, name, "value.", complete, 0);
                } else {
                    self.object(obj, name, "", complete, 0);
                }
            }
            (Expected::Page(name), Value::Object(obj)) => self.page_items(obj, name, complete),
            // `[…]` where Graph answers `{"value": […]}`: said once; the items are checked.
            (Expected::Page(name), Value::Array(items)) if self.ex.kind == Kind::Response => {
                self.report_with_help(
                    codes::EXAMPLE_TYPE_MISMATCH,
                    "",
                    format!("the example answers a bare JSON array; Graph answers a collection of `{name}` in `value`"),
                    BARE_ARRAY_HELP,
                );
                for (i, item) in items.iter().enumerate() {
                    if let Value::Object(o) = item {
                        self.object(o, name, "[].", complete && i == 0, 0);
                    }
                }
            }
            (Expected::Inline(props), Value::Object(obj)) => {
                for (k, v) in obj {
                    if k.contains('@') || is_directory_extension(k) {
                        continue;
                    }
                    match props.iter().find(|p| &p.name == k) {
                        Some(p) => self.value(v, &p.ty, k, 0),
                        None => self.report(
                            codes::EXAMPLE_UNDOCUMENTED_PROPERTY,
                            k,
                            format!("example property `{k}` is not in the request-body table"),
                        ),
                    }
                }
            }
            _ => {}
        }
    }

    fn page_items(&mut self, obj: &Map<String, Value>, name: &str, complete: bool) {
        let Some(Value::Array(items)) = obj.get("value") else { return };
        for (i, item) in items.iter().enumerate() {
            if let Value::Object(o) = item {
                // Missing properties: the first item says enough.
                self.object(o, name, "value[].", complete && i == 0, 0);
            }
        }
    }

    /// An object against a named type; `prefix` is the path so far (`target.`).
    fn object(&mut self, obj: &Map<String, Value>, name: &str, prefix: &str, complete: bool, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        // The example may say it is a derived type.
        let actual = obj
            .get("@odata.type")
            .and_then(Value::as_str)
            .and_then(|t| self.index.get(t))
            .filter(|d| self.index.derives_from(&d.name, name))
            .map_or(name.to_string(), |d| d.name.clone());
        let Some(props) = self.index.properties(&actual, self.tables) else { return };
        for (k, v) in obj {
            if k.contains('@') || is_directory_extension(k) {
                continue;
            }
            let path = format!("{prefix}{k}");
            match props.iter().find(|p| &p.name == k) {
                Some(p) => {
                    // A member object sending its key alone names an existing object
                    // (`"userAttribute": {"id": "extension_…"}`): a reference, not a write of the key.
                    let reference = depth > 0 && k == "id" && obj.keys().filter(|n| !n.contains('@')).count() == 1;
                    if self.ex.kind == Kind::Request && p.read_only && !reference {
                        self.report(
                            codes::EXAMPLE_SENDS_READ_ONLY,
                            k,
                            format!("the request example sends `{path}`, which the `{actual}` table marks read-only"),
                        );
                    }
                    // One value, as the table types it, where the other examples show an
                    // array: the examples disagree among themselves, not with the table.
                    if self.index.shown_as_list(p) && !v.is_array() && !v.is_null() {
                        let message = format!(
                            "`{path}` is one value here, but the other examples show it only as an array (the contract's collection)"
                        );
                        let help = "the property table types it as one value: write `<type> collection` if it holds several, else show one value in every example";
                        self.report_at(codes::EXAMPLE_TYPE_MISMATCH, k, Some(v), message, help);
                        continue;
                    }
                    self.value(v, &p.ty, &path, depth + 1)
                }
                None if self.index.is_open(&actual) || self.index.family_has(&actual, k) => {}
                None => self.report(
                    codes::EXAMPLE_UNDOCUMENTED_PROPERTY,
                    k,
                    format!("example property `{path}` is not in the `{actual}` property table"),
                ),
            }
        }
        if !complete {
            return;
        }
        for p in &props {
            // (Not an annotation the contract adds from what responses show, `@odata.etag`: no
            // table's row.)
            if obj.contains_key(&p.name)
                || p.description.as_deref() == Some(crate::model::ETAG_SHOWN)
                || self.optional.contains(&p.name.as_str())
                || self.index.is_relationship(p)
                || (self.own_rows && p.origin.file != self.page.file)
            {
                continue;
            }
            self.report(
                codes::EXAMPLE_MISSING_PROPERTY,
                "",
                format!("`{prefix}{}` is in the `{actual}` property table but not in the example", p.name),
            );
        }
    }

    fn value(&mut self, v: &Value, ty: &TypeRef, path: &str, depth: usize) {
        if v.is_null() || depth > MAX_DEPTH {
            return;
        }
        let key = path.rsplit(['.', ']']).next().unwrap_or(path);
        if v.as_str().is_some_and(is_placeholder) {
            // In an example a type's name is no value: a client sending or reading it fails
            // where a boolean or a number belongs (`"isHidden": "Boolean"`).
            if !self.own_rows
                && let TypeRef::Primitive(p) = ty
                && p.openapi().ty != "string"
                && let Some(expected) = primitive_fits(*p, v)
            {
                self.mismatch(key, path, expected, v);
            }
            return;
        }
        let expected = match ty {
            TypeRef::Collection(inner) => {
                if let Value::Array(items) = v {
                    for item in items {
                        self.value(item, inner, &format!("{path}[]"), depth + 1);
                    }
                    return;
                }
                // A representation names the list's type (`"tags": "Collection(Edm.String)"`).
                if self.own_rows && v.as_str().is_some_and(names_a_collection) {
                    return;
                }
                "an array"
            }
            TypeRef::Primitive(p) => match primitive_fits(*p, v) {
                Some(what) => what,
                None => return,
            },
            TypeRef::Named(n) => match self.index.get(n).map(|d| (d, &d.kind)) {
                // A string naming the type stands for a value of it (`"#microsoft.graph.x"` too).
                _ if v.as_str().is_some_and(|s| crate::extract::strip_namespace(s).eq_ignore_ascii_case(n)) => return,
                // A placeholder the examples show as strings: no values are documented.
                Some((_, TypeKind::Enum { members })) if members.is_empty() => return,
                Some((d, TypeKind::Enum { members })) => {
                    let Some(s) = v.as_str() else { return self.mismatch(key, path, "a string", v) };
                    // Flags joined by commas (`"on, off"`) are checked one by one; a value that is
                    // no list of names (JSON in a string) is one value.
                    let name = |p: &str| p.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
                    let pieces: Vec<&str> = s.split([',', '|']).map(str::trim).filter(|p| !p.is_empty()).collect();
                    let pieces = if pieces.iter().all(|p| name(p)) { pieces } else { vec![s.trim()] };
                    let unknown: Vec<&str> = pieces
                        .into_iter()
                        .filter(|s| !members.iter().any(|m| m.name.eq_ignore_ascii_case(s)))
                        .collect();
                    for u in unknown {
                        let listed: Vec<String> = members.iter().take(8).map(|m| format!("`{}`", m.name)).collect();
                        let more = if members.len() > 8 { ", ..." } else { "" };
                        let message = format!("`{path}` is `{u}`, not a documented value of `{}`", d.name);
                        if self.seen.insert((codes::EXAMPLE_UNKNOWN_ENUM_VALUE, message.clone())) {
                            let span = self.ex.key_value_span(self.page, key, Some(v));
                            let help = format!("documented: {}{more}", listed.join(", "));
                            let source =
                                if d.source == TypeSource::PossibleValues { " (from \"Possible values\")" } else { "" };
                            self.out.push(
                                Diagnostic::warning(codes::EXAMPLE_UNKNOWN_ENUM_VALUE, self.page.file, span, message)
                                    .with_help(format!("{help}{source}")),
                            );
                        }
                    }
                    return;
                }
                Some((d, TypeKind::Object { .. })) => {
                    if let Value::Object(o) = v {
                        let name = d.name.clone();
                        self.object(o, &name, &format!("{path}."), false, depth + 1);
                        return;
                    }
                    if d.source.is_placeholder() {
                        return;
                    }
                    "an object"
                }
                None => return,
            },
            TypeRef::Unknown(_) => return,
        };
        self.mismatch(key, path, expected, v);
    }

    fn mismatch(&mut self, key: &str, path: &str, expected: &str, v: &Value) {
        // A JSON representation writes `{"@odata.type": "microsoft.graph.x"}` for a value of
        // type x, an enum's too: a type's name, like `"Boolean"` (one, where a list belongs, is no list).
        if self.own_rows
            && expected != "an array"
            && v.as_object().is_some_and(|o| o.len() == 1 && o.contains_key("@odata.type"))
        {
            return;
        }
        let shown = match v {
            Value::String(s) if s.chars().count() > 40 => format!("\"{}...\"", s.chars().take(40).collect::<String>()),
            Value::Array(_) => "an array".to_string(),
            Value::Object(_) => "an object".to_string(),
            v => v.to_string(),
        };
        let message = format!("`{path}` should be {expected} per the property table, the example has {shown}");
        self.report_at(codes::EXAMPLE_TYPE_MISMATCH, key, Some(v), message, help(codes::EXAMPLE_TYPE_MISMATCH));
    }

    /// Reports once per message, at the key's line when `key` is given.
    fn report(&mut self, code: &'static str, key: &str, message: String) {
        self.report_with_help(code, key, message, help(code));
    }

    fn report_with_help(&mut self, code: &'static str, key: &str, message: String, help: &'static str) {
        self.report_at(code, key, None, message, help);
    }

    /// Reports once per message, at the line where `key` is written with `value` when given.
    fn report_at(&mut self, code: &'static str, key: &str, value: Option<&Value>, message: String, help: &'static str) {
        if !self.seen.insert((code, message.clone())) {
            return;
        }
        let span: Span =
            if key.is_empty() { self.ex.first_line(self.page) } else { self.ex.key_value_span(self.page, key, value) };
        self.out.push(Diagnostic::warning(code, self.page.file, span, message).with_help(help));
    }
}

/// What to do about a collection answered as a bare array.
const BARE_ARRAY_HELP: &str = "wrap the items in an object, `{\"value\": [...]}`, as Graph answers a collection";

/// What to do about one object wrapped in `value` (Intune's get pages do it often).
const WRAPPED_HELP: &str =
    "drop the `value` wrapper: a read of one item answers the object itself (`value` wraps collections and primitives)";

/// A directory schema extension's property, `extension_{app id without dashes}_{name}`:
/// an app's own, documented by no table.
fn is_directory_extension(name: &str) -> bool {
    name.strip_prefix("extension_")
        .and_then(|rest| rest.split_once('_'))
        .is_some_and(|(app, prop)| app.len() == 32 && app.bytes().all(|b| b.is_ascii_hexdigit()) && !prop.is_empty())
}

fn help(code: &str) -> &'static str {
    match code {
        codes::EXAMPLE_UNDOCUMENTED_PROPERTY => "add the property to the table, or fix its name in the example",
        codes::EXAMPLE_SENDS_READ_ONLY => {
            "leave the property out of the request example, or drop the table's read-only mark if the service takes it"
        }
        codes::EXAMPLE_MISSING_PROPERTY => {
            "add the property to the example, or mark the example `\"truncated\": true` (or list it in `optionalProperties`)"
        }
        _ => "make the example's value and the table's type agree",
    }
}

/// A value that stands for a type rather than being one: `"String"`, `"Boolean"`,
/// `"<Unknown Primitive Type Edm.Double>"`, `"@odata.type: microsoft.graph.x"`.
fn is_placeholder(s: &str) -> bool {
    let s = s.trim();
    Primitive::lookup(s).is_some()
        || s.starts_with('<')
        || s.starts_with("@odata.type")
        || s.to_ascii_lowercase().starts_with("microsoft.graph.")
}

/// A type name for a list: `Collection`, `Collection(Edm.String)`, `String collection`.
fn names_a_collection(s: &str) -> bool {
    let s = s.trim().to_ascii_lowercase();
    s.starts_with("collection") || s.ends_with(" collection")
}

/// `None` when `v` fits the primitive, else what it should be.
fn primitive_fits(p: Primitive, v: &Value) -> Option<&'static str> {
    let fits = match p.openapi().ty {
        "boolean" => v.is_boolean(),
        "integer" => v.is_i64() || v.is_u64(),
        "number" => v.is_number() || matches!(v.as_str(), Some("NaN" | "INF" | "-INF")),
        "string" if p == Primitive::Stream => true,
        "string" => v.is_string(),
        _ => true,
    };
    if fits {
        return None;
    }
    Some(match p.openapi().ty {
        "boolean" => "a boolean",
        "integer" => "an integer",
        "number" => "a number",
        _ => "a string",
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{SourceFile, convert};

    const RESOURCE: &str = "---\ndoc_type: resourcePageType\n---\n# thing resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|id|String|The id.|\n|size|Int32|The size.|\n|tags|String collection|Tags.|\n|state|thingState|Possible values are: `on`, `off`.|\n|part|[part](part.md)|A part.|\n\n## Relationships\n|Relationship|Type|Description|\n|:--|:--|:--|\n|owner|[thing](thing.md)|Owner.|\n\n## JSON representation\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.thing\" } -->\n```json\n{\"id\": \"String\", \"size\": 1, \"tags\": [\"String\"], \"state\": \"on\", \"part\": {\"@odata.type\": \"microsoft.graph.part\"}}\n```\n";
    const PART: &str = "---\ndoc_type: resourcePageType\n---\n# part resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|name|String|Name.|\n";

    fn api(response: &str, annotation: &str) -> String {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get thing\n\n## HTTP request\n```http\nGET /things/{{id}}\n```\n## Response\nReturns `200 OK` and a [thing](../resources/thing.md) object.\n## Example\n<!-- {{ \"blockType\": \"request\" }} -->\n```http\nGET /things/1\n```\n<!-- {{ \"blockType\": \"response\", {annotation} }} -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{response}\n```\n"
        )
    }

    fn lint(pages: &[(&str, &str)]) -> Vec<Diagnostic> {
        let c = convert(pages.iter().map(|(n, t)| SourceFile::new(*n, *t)).collect());
        let index = TypeIndex::new(&c);
        let mut out = Vec::new();
        for (i, f) in c.files.iter().enumerate() {
            let page = Page::parse(crate::FileId(i as u32), f, &mut Vec::new());
            match page.kind {
                crate::page::PageKind::Api => api_examples(&page, &ApiFacts::read(&page), &index, &mut out),
                _ => resource_blocks(&page, &index, &mut out),
            }
        }
        out
    }

    fn messages(response: &str, annotation: &str) -> Vec<(&'static str, String)> {
        let page = api(response, annotation);
        let found = lint(&[("resources/thing.md", RESOURCE), ("resources/part.md", PART), ("api/get.md", &page)]);
        found.into_iter().map(|d| (d.code, d.message)).collect()
    }

    const GOOD: &str = r#"{"id": "1", "size": 3, "tags": ["a"], "state": "off", "part": {"name": "p"}}"#;

    #[test]
    fn a_type_in_a_namespace_is_checked_as_that_type_not_the_root_s_of_its_short_name() {
        // beta's industry data run activity: `microsoft.graph.industryData.thing` beside the root's `thing`.
        let namespaced = RESOURCE
            .replace("# thing resource type", "# thing resource type (industryData)")
            .replace("microsoft.graph.thing\"", "microsoft.graph.industryData.thing\"")
            .replace("|size|Int32|The size.|\n", "");
        let root = "---\ndoc_type: resourcePageType\n---\n# thing resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|id|String|The id.|\n|size|Int32|The size.|\n";
        let page = api(
            r#"{"id": "1", "size": 3}"#,
            "\"truncated\": true, \"@odata.type\": \"microsoft.graph.industryData.thing\"",
        );
        let found = lint(&[
            ("resources/industrydata-thing.md", &namespaced),
            ("resources/thing.md", root),
            ("resources/part.md", PART),
            ("api/get.md", &page),
        ]);
        let undocumented: Vec<_> = found.iter().filter(|d| d.code == codes::EXAMPLE_UNDOCUMENTED_PROPERTY).collect();
        // The namespaced page's own representation and the response both show `size`, its table lacks.
        assert_eq!(undocumented.len(), 2, "{found:?}");
        assert!(undocumented.iter().all(|d| d.message.contains("`size`")), "{undocumented:?}");
    }

    #[test]
    fn a_request_example_sending_a_read_only_property_is_reported() {
        let resource = RESOURCE.replace("|id|String|The id.|", "|id|String|The id. Read-only.|");
        let update = "---\ndoc_type: apiPageType\n---\n# Update thing\n\n## HTTP request\n```http\nPATCH /things/{id}\n```\n## Request body\nIn the request body, supply a JSON representation of the [thing](../resources/thing.md) object.\n## Response\nReturns `204 No Content`.\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"update_thing\" } -->\n```http\nPATCH /things/1\nContent-Type: application/json\n\n{\"id\": \"1\", \"size\": 3}\n```\n<!-- { \"blockType\": \"response\" } -->\n```http\nHTTP/1.1 204 No Content\n```\n";
        let found = lint(&[("resources/thing.md", &resource), ("resources/part.md", PART), ("api/update.md", update)]);
        let sent: Vec<_> = found.iter().filter(|d| d.code == codes::EXAMPLE_SENDS_READ_ONLY).collect();
        assert_eq!(sent.len(), 1, "{found:?}");
        assert!(sent[0].message.contains("`id`"), "{}", sent[0].message);
        // A member object naming an existing one by its key alone is a reference (beta's user flow
        // attribute assignment: `"userAttribute": {"id": "extension_…"}`); with more members, a write.
        let part = PART.replace("|name|String|Name.|", "|id|String|The id. Read-only.|\n|name|String|Name.|");
        let sending = |body: &str| {
            let page = update.replace(r#"{"id": "1", "size": 3}"#, body);
            let found =
                lint(&[("resources/thing.md", RESOURCE), ("resources/part.md", &part), ("api/update.md", &page)]);
            found.into_iter().filter(|d| d.code == codes::EXAMPLE_SENDS_READ_ONLY).count()
        };
        assert_eq!(sending(r#"{"size": 3, "part": {"id": "p1"}}"#), 0);
        assert_eq!(sending(r#"{"size": 3, "part": {"id": "p1", "name": "n"}}"#), 1);
        // Another read-only member sent alone is no key: a write.
        let named = PART.replace("|name|String|Name.|", "|name|String|Name. Read-only.|");
        let page = update.replace(r#"{"id": "1", "size": 3}"#, r#"{"size": 3, "part": {"name": "n"}}"#);
        let found = lint(&[("resources/thing.md", RESOURCE), ("resources/part.md", &named), ("api/update.md", &page)]);
        assert_eq!(found.iter().filter(|d| d.code == codes::EXAMPLE_SENDS_READ_ONLY).count(), 1, "{found:?}");
        // A response showing it says nothing of the kind.
        let page = api(r#"{"id": "1", "size": 3}"#, "\"truncated\": true");
        let found = lint(&[("resources/thing.md", &resource), ("resources/part.md", PART), ("api/get.md", &page)]);
        assert!(found.iter().all(|d| d.code != codes::EXAMPLE_SENDS_READ_ONLY), "{found:?}");
    }

    #[test]
    fn one_value_where_the_other_examples_show_an_array_is_no_table_mismatch() {
        // The get page's example shows `part` as an array: the contract makes the row a
        // collection. The type's own JSON representation shows one object, as the table says.
        let listed = GOOD.replace(r#"{"name": "p"}"#, r#"[{"name": "p"}]"#);
        let page = api(&listed, "\"truncated\": true");
        let found = lint(&[("resources/thing.md", RESOURCE), ("resources/part.md", PART), ("api/get.md", &page)]);
        let found: Vec<_> = found.iter().map(|d| (d.code, d.message.as_str(), d.file.0)).collect();
        assert_eq!(
            found,
            [(
                codes::EXAMPLE_TYPE_MISMATCH,
                "`part` is one value here, but the other examples show it only as an array (the contract's collection)",
                0
            )]
        );
    }

    #[test]
    fn matching_examples_pass() {
        assert_eq!(messages(GOOD, "\"truncated\": false"), []);
        let page = format!(r#"{{"value": [{GOOD}, {GOOD}]}}"#);
        assert_eq!(messages(&page, "\"truncated\": false"), []);
        let lint_resources = lint(&[("resources/thing.md", RESOURCE), ("resources/part.md", PART)]);
        assert!(lint_resources.is_empty(), "{lint_resources:?}");
    }

    #[test]
    fn undocumented_properties() {
        let extra = GOOD.replace(r#""size""#, r#""colour""#);
        assert!(is_directory_extension("extension_fe2174665583431c953114ff7268b7b3_Education_City"));
        assert!(!is_directory_extension("extension_abc_City"));
        assert!(!is_directory_extension("extensionAttributes"));
        assert_eq!(
            messages(&extra, "\"truncated\": true"),
            [(
                codes::EXAMPLE_UNDOCUMENTED_PROPERTY,
                "example property `colour` is not in the `thing` property table".into()
            )]
        );
        // One object wrapped in `value`: said once, with its own help, and the object is still checked.
        let wrapped = format!(r#"{{"value": {}}}"#, extra);
        let page = api(&wrapped, "\"truncated\": true");
        let found = lint(&[("resources/thing.md", RESOURCE), ("resources/part.md", PART), ("api/get.md", &page)]);
        assert_eq!(found[0].help.as_deref(), Some(WRAPPED_HELP), "{:?}", found[0]);
        assert_eq!(
            messages(&wrapped, "\"truncated\": true"),
            [
                (
                    codes::EXAMPLE_UNDOCUMENTED_PROPERTY,
                    "the example wraps one `thing` in `value`; Graph answers the object itself".into()
                ),
                (
                    codes::EXAMPLE_UNDOCUMENTED_PROPERTY,
                    "example property `value.colour` is not in the `thing` property table".into()
                ),
            ]
        );
        let nested = GOOD.replace(r#""name""#, r#""label""#);
        assert_eq!(
            messages(&nested, "\"truncated\": true"),
            [(
                codes::EXAMPLE_UNDOCUMENTED_PROPERTY,
                "example property `part.label` is not in the `part` property table".into()
            )]
        );
    }

    #[test]
    fn an_etag_responses_show_is_no_table_row_a_complete_example_misses() {
        // beta's contact: the api pages' answers show `@odata.etag`, which the contract adds to the
        // type; the resource page's complete representation, and another complete answer, leave it out.
        let tagged = GOOD.replace(r#"{"id""#, r#"{"@odata.etag": "W/\"1\"", "id""#);
        let shown = api(&tagged, "\"truncated\": true");
        let plain = api(GOOD, "\"truncated\": false").replace("/things/", "/things/x/");
        let found = lint(&[
            ("resources/thing.md", RESOURCE),
            ("resources/part.md", PART),
            ("api/get.md", &shown),
            ("api/get-other.md", &plain),
        ]);
        assert!(found.iter().all(|d| d.code != codes::EXAMPLE_MISSING_PROPERTY), "{found:?}");
    }

    #[test]
    fn an_annotation_row_of_the_table_a_complete_example_misses_is_reported() {
        // v1.0's shiftPreferences: `| @odata.etag | `Edm.String` | The change key for the entity. |` is a
        // row of its table, as any other member a complete example must show.
        let tagged = RESOURCE
            .replace("|size|Int32|The size.|\n", "|size|Int32|The size.|\n|@odata.etag|String|The change key.|\n");
        let page = api(GOOD, "\"truncated\": false");
        let found = lint(&[("resources/thing.md", &tagged), ("resources/part.md", PART), ("api/get.md", &page)]);
        assert!(
            found.iter().any(|d| d.code == codes::EXAMPLE_MISSING_PROPERTY && d.message.contains("@odata.etag")),
            "{found:?}"
        );
    }

    #[test]
    fn missing_properties_only_in_complete_examples() {
        let short = GOOD.replace(r#""size": 3, "#, "");
        assert_eq!(
            messages(&short, "\"truncated\": false"),
            [(
                codes::EXAMPLE_MISSING_PROPERTY,
                "`size` is in the `thing` property table but not in the example".into()
            )]
        );
        assert_eq!(messages(&short, "\"truncated\": true"), []);
        assert_eq!(messages(&short, "\"optionalProperties\": [\"size\"]"), []);
    }

    #[test]
    fn value_types() {
        let wrong = GOOD.replace("3", "\"three\"").replace(r#"["a"]"#, "\"a\"");
        let found = messages(&wrong, "\"truncated\": true");
        assert_eq!(
            found,
            [
                (
                    codes::EXAMPLE_TYPE_MISMATCH,
                    "`size` should be an integer per the property table, the example has \"three\"".into()
                ),
                (
                    codes::EXAMPLE_TYPE_MISMATCH,
                    "`tags` should be an array per the property table, the example has \"a\"".into()
                ),
            ]
        );
        assert!(names_a_collection("Collection(Edm.String)") && names_a_collection("String collection"));
        assert!(!names_a_collection("a"));
        let part = GOOD.replace(r#"{"name": "p"}"#, "1");
        assert_eq!(messages(&part, "\"truncated\": true")[0].0, codes::EXAMPLE_TYPE_MISMATCH);
    }

    #[test]
    fn a_collection_answered_as_a_bare_array_is_reported_once_and_its_items_checked() {
        // beta's Microsoft Search lists: `[{…}, {…}]` under `Collection(microsoft.graph.search.acronym)`.
        let items = "[{\"id\": \"1\", \"size\": \"big\"}, {\"id\": \"2\", \"size\": 3}]";
        let found = messages(items, "\"truncated\": true, \"@odata.type\": \"Collection(microsoft.graph.thing)\"");
        assert_eq!(
            found,
            [
                (
                    codes::EXAMPLE_TYPE_MISMATCH,
                    "the example answers a bare JSON array; Graph answers a collection of `thing` in `value`".into()
                ),
                (
                    codes::EXAMPLE_TYPE_MISMATCH,
                    "`[].size` should be an integer per the property table, the example has \"big\"".into()
                ),
            ]
        );
        // Wrapped as Graph answers: nothing to say of the wrapping.
        let wrapped = format!("{{\"value\": {items}}}");
        assert_eq!(
            messages(&wrapped, "\"truncated\": true, \"@odata.type\": \"Collection(microsoft.graph.thing)\"").len(),
            1
        );
    }

    #[test]
    fn each_wrong_value_is_reported_where_it_is_written() {
        // Two items of a list both send a string for an integer: each finding at its own item's line.
        let list = "{\"value\": [\n{\"id\": \"1\", \"size\": \"50\", \"state\": \"dim\"},\n{\"id\": \"2\", \"size\": \"40\", \"state\": \"low\"}\n]}";
        let page = api(list, "\"truncated\": true, \"@odata.type\": \"Collection(microsoft.graph.thing)\"");
        let found = lint(&[("resources/thing.md", RESOURCE), ("resources/part.md", PART), ("api/get.md", &page)]);
        let line = |offset: usize| page[..offset].matches('\n').count() + 1;
        let line_of = |needle: &str| line(page.find(needle).unwrap());
        let at = |value: &str| {
            let d = found.iter().find(|d| d.message.contains(value)).unwrap_or_else(|| panic!("{value}: {found:?}"));
            line(d.span.start)
        };
        assert_eq!(at("\"50\""), line_of("\"50\""));
        assert_eq!(at("\"40\""), line_of("\"40\""));
        assert_eq!(at("`low`"), line_of("\"40\""));
        assert_ne!(line_of("\"50\""), line_of("\"40\""));
    }

    #[test]
    fn enum_values() {
        let dim = GOOD.replace("\"off\"", "\"dim\"");
        assert_eq!(
            messages(&dim, "\"truncated\": true"),
            [(codes::EXAMPLE_UNKNOWN_ENUM_VALUE, "`state` is `dim`, not a documented value of `thingState`".into())]
        );
        let flags = GOOD.replace("\"off\"", "\"on, off\"");
        assert_eq!(messages(&flags, "\"truncated\": true"), []);
        let one_unknown = GOOD.replace("\"off\"", "\"on, dim\"");
        assert_eq!(
            messages(&one_unknown, "\"truncated\": true"),
            [(codes::EXAMPLE_UNKNOWN_ENUM_VALUE, "`state` is `dim`, not a documented value of `thingState`".into())]
        );
        // A value that is no list of names (JSON in a string) is one unknown value, not its pieces.
        let json = GOOD.replace("\"off\"", r#""{\"result\":\"Success\",\"details\":{}}""#);
        assert_eq!(
            messages(&json, "\"truncated\": true"),
            [(
                codes::EXAMPLE_UNKNOWN_ENUM_VALUE,
                r#"`state` is `{"result":"Success","details":{}}`, not a documented value of `thingState`"#.into()
            )]
        );
    }

    #[test]
    fn types_without_a_page_seen_as_strings_are_not_enums_to_check() {
        // `thingColor` has no page; the example shows a string, so the
        // converter makes it a string with no documented values.
        let resource = RESOURCE
            .replace("|part|[part](part.md)|A part.|", "|part|[part](part.md)|A part.|\n|color|thingColor|The color.|");
        let page = api(&GOOD.replace("{\"id\"", "{\"color\": \"red\", \"id\""), "\"truncated\": true");
        let found = lint(&[("resources/thing.md", &resource), ("resources/part.md", PART), ("api/get.md", &page)]);
        assert!(found.iter().all(|d| d.code != codes::EXAMPLE_UNKNOWN_ENUM_VALUE), "{found:?}");
    }

    #[test]
    fn placeholders_derived_and_open_types() {
        // A type's name for a string or an enum is a string still; for a number it is no value.
        let placeholders = GOOD.replace("\"1\"", "\"String\"").replace("\"off\"", "\"thingState\"");
        assert_eq!(messages(&placeholders, "\"truncated\": true"), []);
        let number = GOOD.replace("3", "\"Int32\"");
        let found = messages(&number, "\"truncated\": true");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].1.contains("`size` should be an integer"), "{found:?}");
        // A JSON representation writes type names for values on purpose, as strings or as
        // `@odata.type` objects (an enum's too).
        let representation = RESOURCE
            .replace("\"size\": 1", "\"size\": \"Int32\"")
            .replace("\"state\": \"on\"", "\"state\": {\"@odata.type\": \"microsoft.graph.thingState\"}");
        let found = lint(&[("resources/thing.md", &representation), ("resources/part.md", PART)]);
        assert!(found.is_empty(), "{found:?}");
        let qualified = RESOURCE.replace("\"state\": \"on\"", "\"state\": \"#microsoft.graph.thingState\"");
        let found = lint(&[("resources/thing.md", &qualified), ("resources/part.md", PART)]);
        assert!(found.is_empty(), "{found:?}");
        let special = "---\ndoc_type: resourcePageType\n---\n# special resource type\n\nInherits from [thing](thing.md).\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|extra|Int32|Extra.|\n";
        let page = api(
            &GOOD.replace("{\"id\"", "{\"@odata.type\": \"#microsoft.graph.special\", \"extra\": \"x\", \"id\""),
            "\"truncated\": true",
        );
        let found = lint(&[
            ("resources/thing.md", RESOURCE),
            ("resources/part.md", PART),
            ("resources/special.md", special),
            ("api/get.md", &page),
        ]);
        let found: Vec<&str> = found.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(found, ["`extra` should be an integer per the property table, the example has \"x\""]);
        let open = RESOURCE.replace("\"blockType\": \"resource\",", "\"blockType\": \"resource\", \"openType\": true,");
        let page = api(&GOOD.replace("\"size\"", "\"anything\""), "\"truncated\": true");
        let found = lint(&[("resources/thing.md", &open), ("resources/part.md", PART), ("api/get.md", &page)]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn resource_representations() {
        let extra = RESOURCE.replace(r#""size": 1"#, r#""colour": 1"#);
        let found = lint(&[("resources/thing.md", &extra), ("resources/part.md", PART)]);
        let codes: Vec<&str> = found.iter().map(|d| d.code).collect();
        assert_eq!(codes, [codes::EXAMPLE_UNDOCUMENTED_PROPERTY, codes::EXAMPLE_MISSING_PROPERTY], "{found:?}");
        let named = RESOURCE.replace(r#"["String"]"#, r#""Collection(Edm.String)""#);
        assert!(lint(&[("resources/thing.md", &named), ("resources/part.md", PART)]).is_empty(), "a type name");
        let trailing = RESOURCE.replace(r#""microsoft.graph.part"}}"#, r#""microsoft.graph.part"},}"#);
        let found = lint(&[("resources/thing.md", &trailing), ("resources/part.md", PART)]);
        assert_eq!(found.iter().map(|d| d.code).collect::<Vec<_>>(), [codes::EXAMPLE_JSON], "{found:?}");
        assert!(found[0].message.contains("read leniently"));
        let broken = RESOURCE.replace(r#""size": 1"#, r#""size": @1"#);
        let found = lint(&[("resources/thing.md", &broken), ("resources/part.md", PART)]);
        assert_eq!(found.iter().map(|d| d.code).collect::<Vec<_>>(), [codes::EXAMPLE_JSON], "{found:?}");
        assert!(found[0].message.contains("not valid JSON"));
    }
}
