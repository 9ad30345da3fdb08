//! Example requests and responses: pairing, lenient JSON, what they show of a line.

use serde_json::Value;

use super::lines::path_matches;
use super::{Example, RequestPath};
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::extract::response::{kind_shown, media_type_of, one_value};
use crate::extract::types::strip_namespace;
use crate::http::{self, Message};
use crate::json::parse_lenient;
use crate::markdown::{Block, CodeBlock};
use crate::model::{Origin, Property, Shape};
use crate::page::{Page, offset_of};
use crate::paths;
use crate::source::Span;
use crate::types::{Primitive, TypeRef};

/// Example requests and responses, paired in page order; the status of the
/// first response whose request is annotated `ignored` beside annotated
/// examples (left out, as ApiDoctor leaves it: only its status is read); and the
/// calls shown as syntax under a parameters heading beside annotated examples
/// (`…/getAllMessages?$top=50&$filter=…`): the options they pass, not examples.
pub(super) fn examples(
    page: &Page<'_>,
    requests: &[RequestPath],
    diags: &mut Vec<Diagnostic>,
) -> (Vec<Example>, Option<u16>, Vec<(http::Method, crate::paths::NormalizedPath)>) {
    let mut unpaired_status = None;
    // Blocks of the "HTTP request" sections are syntax, not examples.
    let syntax: Vec<usize> = page.request_sections().iter().flat_map(|s| s.blocks.clone()).collect();
    let mut out: Vec<Example> = Vec::new();
    let mut shown_calls = Vec::new();
    // The block of the last request example.
    let mut request_at = None;
    // A request left out since it (an `ignored` one): the responses after it are not the last example's.
    let mut left_out_request = false;
    // An unannotated call to another service was the last request: the unannotated answer
    // after it is that service's too.
    let mut elsewhere_answer = false;
    let annotated_examples =
        (0..page.doc.blocks.len()).any(|i| matches!(page.block_type(i), Some("request" | "response")));
    // Beside annotated examples, or a section of examples with code of its own, unannotated
    // calls under a parameters or headers heading show the syntax (`GET
    // /users/{id}/chats/getAllMessages?model=A` under "Optional query parameters"), not examples.
    let examples_headed = || {
        page.sections(|t| t.starts_with("example"))
            .iter()
            .any(|s| page.doc.blocks[s.blocks.clone()].iter().any(|b| matches!(b, Block::Code(_))))
    };
    let syntax_shown: Vec<usize> = if annotated_examples || examples_headed() {
        page.sections(|t| {
            (t.contains("parameter") || t.contains("header")) && !t.starts_with("example") && !t.starts_with("response")
        })
        .iter()
        .filter(|s| !page.under_example(s))
        .flat_map(|s| s.blocks.clone())
        .collect()
    } else {
        Vec::new()
    };
    for (i, block) in page.doc.blocks.iter().enumerate() {
        let Block::Code(code) = block else { continue };
        // On a page whose examples are all annotated `ignored` (left out of ApiDoctor's
        // checks), they still show what the method sends and answers; only their names
        // are not taken as the operation's. Beside annotated examples they stay out.
        let ignored = page.block_type(i) == Some("ignored");
        // Beside annotated examples, an ignored request of the page's one request line
        // that the next code block answers with an annotated response is that response's
        // request (`GET /sites/getAllSites` shown as an `ignored` interactive block). Not
        // on a page of several lines (which line's example it is, and whether the others
        // answer alike, the page does not say) but a user's line and its `/me` alias
        // (`POST /me/revokeSignInSessions` beside `POST /users/{id}/revokeSignInSessions`), nor
        // when the request asks for another representation (`$format=application/json` beside a
        // CSV report's `302`).
        let answered = || {
            let answered_next = page.doc.blocks[i + 1..]
                .iter()
                .position(|b| matches!(b, Block::Code(_)))
                .map(|k| i + 1 + k)
                .is_some_and(|next| page.block_type(next) == Some("response") && !syntax.contains(&next));
            let line = http::parse_message(&code.text).request.and_then(|(_, target)| paths::normalize(&target));
            answered_next
                && line.is_some_and(|line| {
                    !line.query.iter().any(|q| q.name.eq_ignore_ascii_case("$format"))
                        && requests.iter().all(|r| paths::same_user_line(&r.path.template, &requests[0].path.template))
                        && requests.iter().any(|r| path_matches(&r.path.template, &line.template))
                })
        };
        if ignored && (syntax.contains(&i) || (annotated_examples && !answered())) {
            left_out_request |= !syntax.contains(&i) && http::parse_message(&code.text).request.is_some();
            continue;
        }
        let kind = match page.block_type(i).filter(|_| !ignored) {
            Some(kind) => kind,
            // Unannotated blocks (older pages): a status line makes a response,
            // a request line a request.
            // Syntax under a parameters heading: no example; a call there gives its options.
            None if syntax_shown.contains(&i) => {
                if let Some((method, target)) = http::parse_message(&code.text).request
                    && let Some(path) = paths::normalize(&target)
                {
                    shown_calls.push((method, path));
                }
                continue;
            }
            None if !syntax.contains(&i) => {
                let msg = http::parse_message(&code.text);
                // A call another service receives (Shifts calling a workforce integration's own
                // `https://…/team/{teamId}/read`), and its answer: no example of the operation.
                if msg.request.as_ref().is_some_and(|(_, target)| another_service(target)) {
                    elsewhere_answer = true;
                    left_out_request = true;
                    continue;
                }
                if std::mem::take(&mut elsewhere_answer) && msg.status.is_some() {
                    continue;
                }
                if msg.status.is_some() {
                    "response"
                } else if msg.request.is_some() {
                    "request"
                } else if !annotated_examples && answers_last_request(page, &out, request_at, i, code) {
                    "response"
                } else {
                    continue;
                }
            }
            None => continue,
        };
        match kind {
            "request" => {
                request_at = Some(i);
                let request = http::parse_message(&code.text);
                // Ignored blocks are not checked, so their JSON is not reported either.
                let mut unreported = Vec::new();
                let (request_json, request_cut) =
                    body_json(page, code, &request, if ignored { &mut unreported } else { diags });
                let name = page
                    .annotations
                    .get(&i)
                    .filter(|_| !ignored)
                    .and_then(|a| a.get("name"))
                    .and_then(Value::as_str)
                    .map(str::to_string);
                let path = request.request.as_ref().and_then(|(_, t)| paths::normalize(t));
                left_out_request = false;
                out.push(Example {
                    request,
                    request_json,
                    request_cut,
                    response: None,
                    request_name: name,
                    path,
                    more_responses: Vec::new(),
                });
            }
            "response" => {
                let msg = http::parse_message(&code.text);
                let mut unreported = Vec::new();
                let sink = if ignored { &mut unreported } else { &mut *diags };
                let (json, _) = match followed_by_its_body(page, i, &msg) {
                    // The status and headers in one block, the JSON in the next (v1.0's sign-ins).
                    Some((next, body)) => body_json(page, next, &body, sink),
                    None => body_json(page, code, &msg, sink),
                };
                let annotation = page.annotations.get(&i).filter(|_| !ignored).cloned();
                // One answer annotated as every named request's (`"name": ["get-drive-by-id",
                // "get-drive-by-user", …]`): the earlier ones it names, still unanswered, too.
                let answers: Vec<&str> = annotation
                    .as_ref()
                    .and_then(|a| a.get("name")?.as_array())
                    .map(|names| names.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                let last = out.len().saturating_sub(1);
                for e in out.iter_mut().take(last).filter(|e| e.response.is_none()) {
                    if e.request_name.as_deref().is_some_and(|n| answers.contains(&n)) {
                        e.response = Some((msg.clone(), json.clone(), annotation.clone()));
                    }
                }
                match out.last_mut() {
                    Some(last) if last.response.is_none() => last.response = Some((msg, json, annotation)),
                    // Another outcome of the same request, annotated as a response of its own.
                    Some(last) if !left_out_request && annotation.is_some() && msg.status.is_some() => {
                        last.more_responses.push((msg, json, annotation))
                    }
                    _ => unpaired_status = unpaired_status.or(msg.status.map(|(code, _)| code)),
                }
            }
            _ => {}
        }
    }
    (out, unpaired_status, shown_calls)
}

/// A response block of a status line and headers only, right before an unannotated block of
/// JSON (```` ```http HTTP/1.1 200 OK … ``` ```` then ```` ```json {…} ``` ````): that block and the
/// message with it as its body. An include line between the two (`[!INCLUDE [sdk-documentation](…)]`,
/// v1.0's directory audit list) is no text of the page's own: skipped.
fn followed_by_its_body<'p>(page: &'p Page<'_>, i: usize, msg: &Message) -> Option<(&'p CodeBlock, Message)> {
    let included = |b: &Block| matches!(b, Block::Paragraph(p) if p.text.trim_start().to_ascii_lowercase().starts_with("[!include"));
    let j = page.doc.blocks.iter().enumerate().skip(i + 1).find(|(_, b)| !included(b)).map_or(i + 1, |(j, _)| j);
    if msg.status.is_none() || !msg.body.trim().is_empty() || (i + 1..=j).any(|k| page.block_type(k).is_some()) {
        return None;
    }
    let Some(Block::Code(next)) = page.doc.blocks.get(j) else { return None };
    let text = next.text.trim_start();
    if !(text.starts_with('{') || text.starts_with('[')) {
        return None;
    }
    Some((next, Message { body: next.text.clone(), body_offset: 0, ..msg.clone() }))
}

/// Whether a request line's target is an absolute URL on a host other than Graph's (its
/// national clouds' included).
fn another_service(target: &str) -> bool {
    let lower = target.trim().to_ascii_lowercase();
    let Some(rest) = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://")) else { return false };
    let host = rest.split(['/', '?']).next().unwrap_or_default();
    // A placeholder host (`{host}`, `<graph endpoint>`) may be Graph's.
    let placeholder = host.contains(['{', '<']);
    !placeholder && !host.contains("graph.microsoft") && !host.contains("microsoftgraph")
}

/// A bare JSON block (no status line) that answers the last request example, on a
/// page without annotations: the last request is unanswered and a "Response"
/// label stands between the two (**Response**, "The following example shows the
/// response"). Before the label, a JSON block is the request's body.
fn answers_last_request(
    page: &Page<'_>,
    out: &[Example],
    request_at: Option<usize>,
    at: usize,
    code: &CodeBlock,
) -> bool {
    let Some(request_at) = request_at else { return false };
    let json = code.info.eq_ignore_ascii_case("json") || code.text.trim_start().starts_with(['{', '[']);
    let label = |text: &str| {
        let t = text.trim_matches(|c: char| c == '*' || c == '#' || c.is_whitespace()).to_ascii_lowercase();
        t.starts_with("response") || t.contains("the response")
    };
    json && out.last().is_some_and(|e| e.response.is_none())
        && page.doc.blocks[request_at + 1..at].iter().any(|b| match b {
            Block::Heading(h) => label(&h.text),
            Block::Paragraph(p) => label(&p.text),
            _ => false,
        })
}

/// The JSON body of the first annotated response example answering `status` with JSON,
/// paired with a request example or not (a report's `$format=application/json` call is an
/// `ignored` block). Its JSON was reported where the examples were read.
/// `Some(None)` where such an example declares JSON (`Content-Type: application/json`) but its
/// body is no JSON the reader can mend (bare `00:00:00` values); `None` where none answers so.
pub(super) fn json_answering(page: &Page<'_>, status: u16) -> Option<Option<Value>> {
    let answering = || {
        page.doc.blocks.iter().enumerate().filter_map(move |(i, block)| {
            let Block::Code(code) = block else { return None };
            let msg = http::parse_message(&code.text);
            (page.block_type(i) == Some("response") && msg.status.as_ref().is_some_and(|s| s.0 == status))
                .then_some((code, msg))
        })
    };
    if let Some(json) = answering().find_map(|(code, msg)| body_json(page, code, &msg, &mut Vec::new()).0) {
        return Some(Some(json));
    }
    // Declared so, or undeclared with a body that opens as JSON does (as `body_json` reads it).
    let declares_json = |msg: &Message| match msg.header("content-type") {
        Some(ct) => ct.to_ascii_lowercase().contains("json"),
        None => msg.body.trim_start().starts_with(['{', '[']),
    };
    answering().any(|(_, msg)| declares_json(&msg)).then_some(None)
}

/// The JSON body of an example message, leniently; `None` when it has no JSON body.
fn body_json(page: &Page<'_>, code: &CodeBlock, msg: &Message, diags: &mut Vec<Diagnostic>) -> (Option<Value>, bool) {
    let body = msg.body.trim();
    if body.is_empty() {
        return (None, false);
    }
    let declared_json = msg.header("content-type").is_none_or(|ct| ct.to_ascii_lowercase().contains("json"));
    if !declared_json || !(body.starts_with('{') || body.starts_with('[')) {
        return (None, false);
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
                diags.push(warn(
                    err,
                    message,
                    "write strict JSON: no trailing commas, comments, bare words or `...` elisions",
                ));
            }
            (Some(parsed.value), parsed.repaired.is_some() && crate::json::shows_cuts(body))
        }
        Err(err) => {
            let message = format!("example body is not valid JSON: {}; example left out", err.message);
            diags.push(warn(&err, message, "fix the JSON so the example can be embedded in the contract"));
            (None, false)
        }
    }
}

/// The media type of the bytes a `…/content` or `…/$value` line reads, as the
/// example of the line (or of its twin) shows them (a transcript's `text/vtt`).
pub(super) fn bytes_media_type(example: Option<&Example>) -> Option<String> {
    let (message, ..) = example?.response.as_ref()?;
    let shown = media_type_of(message.header("content-type")?);
    (!shown.contains("json")).then(|| crate::extract::response::non_json(&shown))
}

/// The example of another line of the page reading the same resource: one
/// ending in the same two literal segments, `/me` read as `/users/{id}`
/// (`/me/…/transcripts/{id}/content` beside an example of `/users/{id}/…/transcripts/{id}/content`,
/// `/me/passes/{id}` beside `/users/{id}/passes/{id}`; not `attachments/{id}/$value`
/// beside `messages/{id}/$value`).
pub(super) fn twin_example<'e>(
    req: &RequestPath,
    requests: &[RequestPath],
    examples: &'e [Example],
) -> Option<&'e Example> {
    // The last two literal segments.
    let tail = |template: &str| -> Vec<String> {
        let template = paths::me_as_user(template).unwrap_or_else(|| template.to_string());
        template.rsplit('/').filter(|s| !s.starts_with('{')).take(2).map(str::to_string).collect()
    };
    let own = tail(&req.path.template);
    let reads_same = |e: &&Example| {
        e.request.request.as_ref().is_some_and(|(m, _)| *m == req.method)
            && e.path.as_ref().is_some_and(|p| {
                requests.iter().any(|r| tail(&r.path.template) == own && path_matches(&r.path.template, &p.template))
            })
    };
    examples.iter().find(reads_same)
}

/// An entity example as Intune's pages write it, wrapped in `{"value": {…}}`, maybe beside
/// annotations (the entity, with its `@odata.type` or members of its own, is what the service
/// sends), or as a page of that one
/// entity (`{"value": [{"@odata.type": "#microsoft.graph.riskyUser", …}]}` answering
/// `riskyUser`, `named`; or without an `@odata.type`, an item with a key answering a read by key,
/// `keyed`: `{"value": [{"id": …, "displayName": …}]}` on "Get appManagementPolicy"), else `json`.
pub(super) fn unwrapped_entity<'j>(json: &'j Value, named: &str, keyed: bool) -> &'j Value {
    // `value` beside annotations only (`@odata.context`), not an `@odata.type`: an object of a type
    // whose member `value` it shows.
    let Some(o) =
        json.as_object().filter(|o| o.keys().all(|k| k == "value" || (k.starts_with('@') && k != "@odata.type")))
    else {
        return json;
    };
    match o.get("value") {
        // The entity, with its `@odata.type` or members of its own (fido2's and access review
        // definitions' gets write none): not an object holding one `value`.
        Some(inner @ Value::Object(entity)) if entity.contains_key("@odata.type") || entity.len() >= 2 => inner,
        Some(Value::Array(items)) if items.len() == 1 => {
            let shown = items[0].get("@odata.type").and_then(Value::as_str).map(crate::extract::strip_namespace);
            match shown {
                Some(shown) if shown.eq_ignore_ascii_case(named) => &items[0],
                None if keyed && items[0].get("id").is_some() => &items[0],
                _ => json,
            }
        }
        _ => json,
    }
}

/// The shape a response example shows when the page names no type: a page of
/// the collection its `@odata.context` names (`$metadata#Collection(userActivity)`),
/// one primitive result (`{"value": true}`), else any JSON.
pub(super) fn shape_of_example(json: &Value, file: crate::FileId) -> Shape {
    let context = json.get("@odata.context").and_then(Value::as_str).unwrap_or("");
    if let Some(inner) = context.split("#Collection(").nth(1).and_then(|r| r.split(')').next()) {
        let name = strip_namespace(inner);
        if crate::extract::is_type_name(&name)
            && crate::types::Primitive::names().all(|p| !p.eq_ignore_ascii_case(&name))
        {
            return Shape::CollectionPage(TypeRef::Named(name));
        }
    }
    if let Some(p) = one_value(json).and_then(kind_shown) {
        return Shape::Object(vec![Property::value(TypeRef::Primitive(p), Origin { file, offset: 0 })]);
    }
    Shape::Type(TypeRef::Primitive(Primitive::Json))
}
