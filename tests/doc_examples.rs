//! The docs' example requests and responses, read from the pages, matched to
//! the contract's operations, and judged by Prism. Shared by the contract
//! tests (`example_replay`, `prism`, `family`); each uses a part.

#![allow(dead_code, reason = "each test target that includes this module uses a different part of it")]

use std::path::{Path, PathBuf};

use docs_openapi::http::{Message, Method, parse_message};
use docs_openapi::markdown::Block;
use docs_openapi::page::Page;
use docs_openapi::{FileId, SourceFile};
use serde_json::Value;

/// One documented example: a request and the response that follows it.
#[derive(Debug, Clone)]
pub struct Example {
    /// The page's path as read.
    pub page: String,
    /// One-based line of the request block.
    pub line: usize,
    /// The request annotation's `name`, when there is one.
    pub name: Option<String>,
    pub method: Method,
    /// The request target as written (`https://graph.microsoft.com/beta/...`).
    pub target: String,
    pub request: Message,
    pub response: Option<Message>,
}

/// A body as the page writes it: absent, JSON (read leniently, as the converter
/// does), or other text.
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    None,
    Json(Value),
    Text(String),
}

impl Body {
    fn of(message: &Message) -> Result<Body, String> {
        let text = message.body.trim();
        if text.is_empty() {
            return Ok(Body::None);
        }
        let declared_json = message.header("content-type").is_none_or(|ct| ct.to_ascii_lowercase().contains("json"));
        if !declared_json || !(text.starts_with('{') || text.starts_with('[')) {
            return Ok(Body::Text(text.to_string()));
        }
        docs_openapi::json::parse_lenient(text)
            .map(|parsed| Body::Json(parsed.value))
            .map_err(|e| format!("the body is not JSON ({} at {}:{})", e.message, e.line, e.column))
    }

    pub fn json(&self) -> Option<&Value> {
        match self {
            Body::Json(v) => Some(v),
            _ => None,
        }
    }

    /// The bytes to send.
    pub fn bytes(&self) -> Vec<u8> {
        match self {
            Body::None => Vec::new(),
            Body::Json(v) => v.to_string().into_bytes(),
            Body::Text(t) => t.clone().into_bytes(),
        }
    }
}

impl Example {
    /// `page:line (name)`, how failures name the case.
    pub fn label(&self) -> String {
        match &self.name {
            Some(n) => format!("{}:{} ({n})", self.page, self.line),
            None => format!("{}:{}", self.page, self.line),
        }
    }

    /// The target relative to the server (`/deviceManagement/...?$filter=...`):
    /// scheme, host and version prefix removed.
    pub fn path_and_query(&self) -> String {
        let mut rest = self.target.trim().trim_matches('`').trim();
        for scheme in ["https://", "http://"] {
            if let Some(after) = rest.strip_prefix(scheme) {
                rest = after.find('/').map_or("", |i| &after[i..]);
            }
        }
        let trimmed = rest.trim_start_matches('/');
        for version in ["beta", "v1.0"] {
            if let Some(after) = trimmed.strip_prefix(version)
                && (after.is_empty() || after.starts_with(['/', '?']))
            {
                rest = after;
                break;
            }
        }
        format!("/{}", rest.trim_start_matches('/'))
    }

    /// The path part of [`Example::path_and_query`].
    pub fn path(&self) -> String {
        let pq = self.path_and_query();
        match pq.split_once('?') {
            Some((p, _)) => p.to_string(),
            None => pq,
        }
    }

    pub fn request_body(&self) -> Result<Body, String> {
        Body::of(&self.request).map_err(|e| format!("request: {e}"))
    }

    pub fn response_body(&self) -> Result<Body, String> {
        match &self.response {
            Some(r) => Body::of(r).map_err(|e| format!("response: {e}")),
            None => Ok(Body::None),
        }
    }

    /// The request's media type: the example's `Content-Type` without
    /// parameters, else `application/json` for a JSON body.
    pub fn request_media_type(&self) -> Option<String> {
        match self.request.header("content-type") {
            Some(ct) => Some(media_type(ct)),
            None => matches!(self.request_body(), Ok(Body::Json(_))).then(|| "application/json".to_string()),
        }
    }

    /// The response status (200 when the example has no status line).
    pub fn status(&self) -> u16 {
        self.response.as_ref().and_then(|r| r.status.as_ref()).map_or(200, |s| s.0)
    }

    /// Whether the request or the response carries a JSON body.
    pub fn has_json(&self) -> bool {
        matches!(self.request_body(), Ok(Body::Json(_))) || matches!(self.response_body(), Ok(Body::Json(_)))
    }
}

/// `application/json; charset=utf-8` → `application/json`.
pub fn media_type(content_type: &str) -> String {
    content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase()
}

/// Every example of the pages under `inputs` (files or directories), in page
/// order, pages named relative to `root`. A request without a following
/// response is kept with `response: None`.
pub fn read_examples(inputs: &[PathBuf], root: &Path) -> Result<Vec<Example>, String> {
    let files = docs_openapi::load::find_pages(inputs).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let name = file.strip_prefix(root).unwrap_or(&file).display().to_string();
        let source = SourceFile::new(name, text);
        out.extend(page_examples(&source));
    }
    Ok(out)
}

/// The examples of one page. Annotated blocks (`blockType` request/response)
/// count, and so do unannotated blocks outside the "HTTP request" sections
/// that start with a request line or a status line (older pages).
pub fn page_examples(source: &SourceFile) -> Vec<Example> {
    let page = Page::parse(FileId(0), source, &mut Vec::new());
    let syntax: Vec<usize> =
        page.sections(|t| t.starts_with("http request")).iter().flat_map(|s| s.blocks.clone()).collect();
    let mut out: Vec<Example> = Vec::new();
    let mut open = false;
    for (i, block) in page.doc.blocks.iter().enumerate() {
        let Block::Code(code) = block else { continue };
        let message = parse_message(&code.text);
        let kind = match page.block_type(i) {
            Some(kind) => kind,
            None if syntax.contains(&i) => continue,
            None if message.status.is_some() => "response",
            None if message.request.is_some() => "request",
            None => continue,
        };
        let message = headers_after_a_blank_line(message);
        match kind {
            "request" => {
                let Some((method, target)) = message.request.clone() else { continue };
                let name = page.annotations.get(&i).and_then(|a| a.get("name")).and_then(Value::as_str);
                out.push(Example {
                    page: source.name().to_string(),
                    line: source.line_col(code.span.start).0,
                    name: name.map(str::to_string),
                    method,
                    target,
                    request: message,
                    response: None,
                });
                open = true;
            }
            "response" if open => {
                if let Some(last) = out.last_mut() {
                    last.response = Some(message);
                }
                open = false;
            }
            _ => {}
        }
    }
    out
}

/// Some pages put a blank line between the start line and the headers, which
/// would make the headers part of the body; read them as headers.
fn headers_after_a_blank_line(mut message: Message) -> Message {
    let rest = message.body.trim_start();
    if !message.headers.is_empty() || rest.starts_with(['{', '[']) {
        return message;
    }
    let reread = parse_message(&format!("GET /x\n{rest}"));
    if !reread.headers.is_empty() {
        message.headers = reread.headers;
        message.body = reread.body;
    }
    message
}

/// The emitted contract, read as JSON.
pub struct Contract {
    pub value: Value,
}

/// An operation an example matched, with the example's path values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matched {
    pub id: String,
    pub method: String,
    pub template: String,
    /// Path parameters whose segment is exactly `{name}`, with the example's
    /// (percent-decoded) segment as the value.
    pub params: Vec<(String, String)>,
    /// The example calls a function with arguments where the template names it
    /// without (`fn(a='x')` for `fn`): the page's example and its request
    /// syntax disagree.
    pub loose: bool,
}

impl Matched {
    pub fn param(&self, name: &str) -> Result<&str, String> {
        self.params
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .ok_or_else(|| format!("the example's path has no value for `{name}`"))
    }
}

const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];

impl Contract {
    pub fn load(path: &std::path::Path) -> Result<Contract, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let value = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(Contract { value })
    }

    /// Every operation as (operationId, method, path template), in contract order.
    pub fn operations(&self) -> Vec<(String, String, String)> {
        self.operation_values().into_iter().map(|(id, method, template, _)| (id, method, template)).collect()
    }

    /// Every operation with its JSON, in contract order.
    fn operation_values(&self) -> Vec<(String, String, String, &Value)> {
        let mut out = Vec::new();
        let Some(paths) = self.value.get("paths").and_then(Value::as_object) else { return out };
        for (template, item) in paths {
            let Some(item) = item.as_object() else { continue };
            for (method, op) in item {
                if !METHODS.contains(&method.as_str()) {
                    continue;
                }
                let id = op.get("operationId").and_then(Value::as_str).unwrap_or("").to_string();
                out.push((id, method.clone(), template.clone(), op));
            }
        }
        out
    }

    /// [`Contract::find`], failing when nothing matches or the match is loose.
    pub fn operation_of(&self, ex: &Example) -> Result<Matched, String> {
        let upper = ex.method.as_str().to_ascii_uppercase();
        match self.find(ex) {
            None => Err(format!("{upper} {} matches no operation of the contract", ex.path())),
            Some(op) if op.loose => {
                Err(format!("`{}`: the example calls {upper} {} but the syntax is {}", op.id, ex.path(), op.template))
            }
            Some(op) => Ok(op),
        }
    }

    /// The operation an example belongs to, among those with its method whose
    /// template matches its path: first the operations from the example's own
    /// page (`x-doc-source`, or a page merged into it), then any; within each, an exact match before a
    /// loose one (see [`Matched::loose`]), then the most literal segments.
    pub fn find(&self, ex: &Example) -> Option<Matched> {
        let path = ex.path();
        let page = ex.page.replace('\\', "/");
        let mut best: Option<((bool, bool, usize), Matched)> = None;
        for (id, method, template, op) in self.operation_values() {
            if method != ex.method.as_str() {
                continue;
            }
            // The page kept, and the pages merged into it (`also`).
            let merged = op.pointer("/x-doc-source/also").and_then(Value::as_array).into_iter().flatten();
            let mut sources = std::iter::once(op.get("x-doc-source")).flatten().chain(merged);
            let own_page = !page.is_empty()
                && sources.any(|s| {
                    let file = s.get("file").and_then(Value::as_str).unwrap_or("");
                    file.replace('\\', "/").ends_with(&page)
                });
            for loose in [false, true] {
                let Some((literal, params)) = match_path(&template, &path, loose) else { continue };
                let rank = (own_page, !loose, literal);
                if best.as_ref().is_none_or(|(r, _)| rank > *r) {
                    let (id, method, template) = (id.clone(), method.clone(), template.clone());
                    best = Some((rank, Matched { id, method, template, params, loose }));
                }
                break;
            }
        }
        best.map(|(_, m)| m)
    }
}

/// Matches an example path against a template segment by segment; the number of
/// literal segments and the values of whole-segment parameters. `loose` also
/// lets a literal segment match the same name called with arguments
/// (`fn(a='x')` for `fn`).
pub fn match_path(template: &str, path: &str, loose: bool) -> Option<(usize, Vec<(String, String)>)> {
    let t: Vec<&str> = template.trim_end_matches('/').split('/').collect();
    let p: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    if t.len() != p.len() {
        return None;
    }
    let mut literal = 0;
    let mut params = Vec::new();
    for (ts, ps) in t.iter().zip(&p) {
        match (ts.find('{'), ts.rfind('}')) {
            (Some(open), Some(close)) if open < close => {
                let (prefix, suffix) = (&ts[..open], &ts[close + 1..]);
                let fits = ps.len() >= prefix.len() + suffix.len()
                    && ps.get(..prefix.len()).is_some_and(|s| s.eq_ignore_ascii_case(prefix))
                    && ps.get(ps.len() - suffix.len()..).is_some_and(|s| s.eq_ignore_ascii_case(suffix));
                if !fits || ps.is_empty() {
                    return None;
                }
                if prefix.is_empty() && suffix.is_empty() {
                    params.push((ts[open + 1..close].to_string(), percent_decode(ps)));
                }
            }
            _ if ts.eq_ignore_ascii_case(ps) => literal += usize::from(!ts.is_empty()),
            _ if loose
                && !ts.is_empty()
                && ps.ends_with(')')
                && ps.get(..ts.len() + 1).is_some_and(|s| s.eq_ignore_ascii_case(&format!("{ts}("))) => {}
            _ => return None,
        }
    }
    Some((literal, params))
}

/// Decodes `%XX` escapes; anything else is kept as written.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && let (Some(h), Some(l)) = (bytes.get(i + 1).and_then(|&b| hex(b)), bytes.get(i + 2).and_then(|&b| hex(b)))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `application/x-www-form-urlencoded` encoding of one value.
pub fn form_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'*' => out.push(b as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Where two JSON values differ, one line per difference (JSON pointer first).
/// Object key order does not matter; nothing else is relaxed.
pub fn json_diff(expected: &Value, actual: &Value) -> Vec<String> {
    let mut out = Vec::new();
    diff_at("", expected, actual, &mut out);
    out
}

fn diff_at(at: &str, expected: &Value, actual: &Value, out: &mut Vec<String>) {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, ev) in e {
                let here = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
                match a.get(k) {
                    Some(av) => diff_at(&here, ev, av, out),
                    None => out.push(format!("{here}: missing (expected {ev})")),
                }
            }
            for (k, av) in a {
                if !e.contains_key(k) {
                    out.push(format!("{at}/{k}: not in the example (got {av})"));
                }
            }
        }
        (Value::Array(e), Value::Array(a)) if e.len() == a.len() => {
            for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                diff_at(&format!("{at}/{i}"), ev, av, out);
            }
        }
        _ if expected == actual => {}
        _ => out.push(format!("{}: expected {expected}, got {actual}", if at.is_empty() { "/" } else { at })),
    }
}

/// What Prism answered, reduced to what the verdict needs.
#[derive(Debug, Clone)]
pub struct PrismAnswer {
    pub status: u16,
    /// The `sl-violations` header: Prism's findings about the request.
    pub violations: Option<String>,
    pub body: String,
}

impl PrismAnswer {
    pub async fn read(resp: reqwest::Response) -> PrismAnswer {
        let status = resp.status().as_u16();
        let violations =
            resp.headers().get("sl-violations").map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
        let body = resp.text().await.unwrap_or_default();
        PrismAnswer { status, violations, body }
    }

    /// `Ok` when Prism accepted the request: a success or redirect status and no
    /// violation reported; else what Prism objected to.
    pub fn verdict(&self) -> Result<(), String> {
        if let Some(v) = &self.violations {
            return Err(format!("{}: {}", self.status, summarize_violations(v)));
        }
        if self.status >= 400 {
            let detail = serde_json::from_str::<Value>(&self.body)
                .ok()
                .and_then(|b| {
                    let title = b.get("title").and_then(Value::as_str)?;
                    let detail = b.get("detail").and_then(Value::as_str).unwrap_or("");
                    Some(format!("{title}: {detail}"))
                })
                .unwrap_or_else(|| self.body.chars().take(200).collect());
            return Err(format!("{}: {detail}", self.status));
        }
        Ok(())
    }
}

/// The messages of an `sl-violations` header (a JSON array), joined.
pub fn summarize_violations(header: &str) -> String {
    match serde_json::from_str::<Vec<Value>>(header) {
        Ok(list) => list
            .iter()
            .map(|v| {
                let location = v
                    .get("location")
                    .and_then(Value::as_array)
                    .map(|l| l.iter().filter_map(Value::as_str).collect::<Vec<_>>().join("."))
                    .unwrap_or_default();
                let message = v.get("message").and_then(Value::as_str).unwrap_or("");
                format!("{location}: {message}")
            })
            .collect::<Vec<_>>()
            .join("; "),
        Err(_) => header.to_string(),
    }
}

/// Sends an example's request as written (method, target, `Content-Type`,
/// body) to `base` with a bearer token.
pub async fn send_example(http: &reqwest::Client, base: &str, example: &Example) -> Result<reqwest::Response, String> {
    let body = example.request_body()?;
    send_raw(
        http,
        base,
        example.method,
        &example.path_and_query(),
        example.request_media_type().as_deref(),
        body.bytes(),
    )
    .await
}

/// Sends one request to `base` + `path_and_query` with a bearer token.
pub async fn send_raw(
    http: &reqwest::Client,
    base: &str,
    method: Method,
    path_and_query: &str,
    content_type: Option<&str>,
    body: Vec<u8>,
) -> Result<reqwest::Response, String> {
    let url = reqwest::Url::parse(&format!("{}{path_and_query}", base.trim_end_matches('/')))
        .map_err(|e| format!("`{path_and_query}` is not a URL path: {e}"))?;
    let method = reqwest::Method::from_bytes(method.as_str().to_ascii_uppercase().as_bytes())
        .map_err(|e| format!("method: {e}"))?;
    let mut req = http.request(method, url).bearer_auth("contract-test-token");
    if let Some(ct) = content_type {
        req = req.header("content-type", ct);
    }
    if !body.is_empty() {
        req = req.body(body);
    }
    req.send().await.map_err(|e| format!("sending: {e}"))
}

/// A mock at `base` that expects exactly the example's request: method, path
/// with the example's values, query, `Content-Type`, and the body (equal as
/// JSON, else as text, else empty). Also the URL it expects.
pub fn expected_request(ex: &Example, base: &str) -> Result<(wiremock::MockBuilder, reqwest::Url), String> {
    use wiremock::matchers::{body_json, body_string, method, path};
    let url = reqwest::Url::parse(&format!("{}{}", base.trim_end_matches('/'), ex.path_and_query()))
        .map_err(|e| format!("the example target is not a URL: {e}"))?;
    let mock = wiremock::Mock::given(method(ex.method.as_str().to_ascii_uppercase().as_str()))
        .and(path(url.path()))
        .and(QueryIs(url.query().map(str::to_string)));
    let mock = match (ex.request_body()?, ex.request_media_type()) {
        (Body::Json(v), Some(mt)) => mock.and(MediaType(mt)).and(body_json(v)),
        (Body::Text(t), Some(mt)) => mock.and(MediaType(mt)).and(body_string(t)),
        (Body::None, _) => mock.and(body_string(String::new())),
        (_, None) => return Err("the request body has no Content-Type".into()),
    };
    Ok((mock, url))
}

/// The example's response (status, `Content-Type`, body) as a mock answer.
pub fn example_response(ex: &Example) -> Result<wiremock::ResponseTemplate, String> {
    let content_type = ex.response.as_ref().and_then(|r| r.header("content-type")).unwrap_or("application/json");
    Ok(wiremock::ResponseTemplate::new(ex.status()).set_body_raw(ex.response_body()?.bytes(), content_type))
}

/// The request's query string is exactly this (or absent).
pub struct QueryIs(pub Option<String>);

impl wiremock::Match for QueryIs {
    fn matches(&self, request: &wiremock::Request) -> bool {
        request.url.query() == self.0.as_deref()
    }
}

/// The request's `Content-Type` has this media type (parameters aside).
pub struct MediaType(pub String);

impl wiremock::Match for MediaType {
    fn matches(&self, request: &wiremock::Request) -> bool {
        request.headers.get("content-type").and_then(|v| v.to_str().ok()).is_some_and(|ct| media_type(ct) == self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_paths_by_literal_segments_and_keeps_values() {
        let (score, params) = match_path("/a/{id}/b", "/a/%7Bid%7D/b", false).unwrap();
        assert_eq!(score, 2);
        assert_eq!(params, vec![("id".to_string(), "{id}".to_string())]);
        assert_eq!(match_path("/a/b", "/a/b", false).unwrap().0, 2);
        assert!(match_path("/a/{id}/b", "/a/x/c", false).is_none());
        assert!(match_path("/a/fn(x='{x}')", "/a/fn(x='1')", false).is_some());
        assert!(match_path("/a/fn", "/a/fn(x='1')", false).is_none());
        assert!(match_path("/a/fn", "/a/fn(x='1')", true).is_some());
    }
}
