//! Api pages → operations.
//!
//! Each request line of the page becomes an operation here: its lines are read
//! in [`lines`], its examples in [`examples`], its JSON body in [`body`]; what
//! the request carries is read in [`super::request`], what answers it in
//! [`super::response`].

mod body;
mod examples;
mod lines;

use serde_json::Value;

pub(crate) use body::CREATE_WORDING;
use body::{json_body, reference_body};
use examples::{bytes_media_type, examples, shape_of_example, twin_example, unwrapped_entity};
pub(in crate::extract) use lines::addresses_a_parent;
pub use lines::path_matches;
use lines::{
    bare_call_arguments, keys_written_bare, passed_arguments, passes_argument, path_parameters,
    placeholder_in_query_value, push_query_parameters, quote_arguments_as_shown, request_paths, stream_property_paths,
    terms_of_query_value,
};
pub(crate) use lines::{path_heads, scenario_request_blocks};

use super::ids::{base_operation_id, line_ids};
use super::odata::odata_options;
use super::request::{
    ParamDoc, RequestBody, content_type_header, ends_in_content, for_token_kind, function_query_arguments,
    header_params, octet_stream, optional_call_arguments, path_parameter_docs, permissions, placeholder_notes,
    query_params, request_body, says_optional, stream_properties, url_function_arguments, with_call_arguments,
    without_call_arguments,
};
use super::response::media_type_of;
use super::response::{Success, annotated_response, list_or_item_shown, reason, success_response};
use super::text::{is_todo, says_no_body};
use super::{PageOperation, PageOutput, Reference};
use crate::diagnostic::Diagnostic;
use crate::http::{Message, Method};
use crate::markdown::Block;
use crate::model::{Body, Operation, Origin, ParamLocation, Parameter, Response, Shape, TypeDef, TypeKind, TypeSource};
use crate::page::Page;
use crate::paths::{self, NormalizedPath, path_skeleton};
use crate::types::{Primitive, TypeRef};

/// One request line of the "HTTP request" section.
#[derive(Clone)]
pub(super) struct RequestPath {
    pub(super) method: Method,
    pub(super) path: NormalizedPath,
    offset: usize,
    /// Every line for this path carries a query string (`GET /me/messages?$filter=…`).
    variant: bool,
    /// Where the page writes the line again, under another lead-in ("… using delegated
    /// permission:" and "… using application permission:" over one line): each says a kind.
    also_at: Vec<usize>,
}

/// Joins the values lines of one path write for one query option (a `QueryParam::value` of
/// several); readers split on it. Chosen so that a description quoting the joined value
/// ("The docs use `{value}`.") quotes each.
pub(super) const VALUE_OR: &str = "` or `";

impl RequestPath {
    /// Query options another line of the page shows for this path, each once; an option it
    /// writes with another value (`$filter=userId eq '{userId}'` beside `$filter=email eq
    /// '{email}'`) keeps both values, as alternatives.
    fn add_query(&mut self, query: impl IntoIterator<Item = paths::QueryParam>) {
        for q in query {
            match self.path.query.iter_mut().find(|k| k.name == q.name) {
                None => self.path.query.push(q),
                Some(known) => {
                    if let (Some(have), Some(more)) = (&mut known.value, q.value)
                        && !have.split(VALUE_OR).any(|v| v == more)
                    {
                        have.push_str(VALUE_OR);
                        have.push_str(&more);
                    }
                }
            }
        }
    }
}

/// An example request with the response that follows it.
pub(super) struct Example {
    pub(super) request: Message,
    pub(super) request_json: Option<Value>,
    /// The request's JSON shows members taken out by hand (a trailing comma, an elision:
    /// [`crate::json::shows_cuts`]), so the members it lacks say nothing of what a call must send.
    pub(super) request_cut: bool,
    pub(super) response: Option<(Message, Option<Value>, Option<Value>)>,
    /// The request annotation's `name`.
    pub(super) request_name: Option<String>,
    /// The request line's target, normalized once (several rules compare it).
    pub(super) path: Option<NormalizedPath>,
    /// Further responses shown for the same request (an invite's "Partial success
    /// response", `207 Multi-Status`, after its `200 OK`).
    pub(super) more_responses: Vec<(Message, Option<Value>, Option<Value>)>,
}

/// "The response will be a JSON object containing the following properties:" and a
/// table, where the page names no type (`driveitem-preview`): only a table of the
/// section's own (not under `### Response headers`), not of headers, and not beside a
/// `202`, a `Location` or prose saying nothing is returned.
fn response_table(
    page: &Page<'_>,
    success: &Response,
    out: &mut PageOutput,
    diags: &mut Vec<Diagnostic>,
) -> Option<Body> {
    if !(200..300).contains(&success.status) || matches!(success.status, 202 | 204) || success.location_header {
        return None;
    }
    let section = page.response_section()?;
    if section.iter().any(|(_, b)| matches!(b, Block::Paragraph(p) if says_no_body(&p.text))) {
        return None;
    }
    let table = section.iter().take_while(|(_, b)| !matches!(b, Block::Heading(_))).find_map(|(_, b)| match b {
        Block::Table(t)
            if super::types::is_property_table(t)
                && !t.rows.iter().any(|r| r.first().is_some_and(|c| is_header_name(&c.text))) =>
        {
            Some(t)
        }
        _ => None,
    })?;
    let props = super::types::table_properties(page, table, out, diags);
    (!props.is_empty()).then(|| Body::new("application/json", Shape::Object(props)))
}

/// An HTTP header's name in a table cell (`Location`, `Retry-After`, `Content-Type`).
fn is_header_name(cell: &str) -> bool {
    let name = cell.trim().trim_matches(['`', '*']);
    super::response::is_location(name)
        || name.split('-').count() > 1 && name.split('-').all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
}

/// The calls of `req`'s function that the examples make with some of the arguments the line
/// passes and none other (`doesUserHaveAccess(userId='…')` and `(userPrincipalName='…')` beside
/// a line passing `userId`, `tenantId` and `userPrincipalName`, "Either specify the **userId**
/// or the **userPrincipalName**"): paths beside the line's own, which stays (a caller may pass
/// them all). In the order the examples show them. Not an example of another of
/// the page's `lines` (the list item's `getActivitiesByInterval(startDateTime=…,interval=…)`
/// beside the drive item's line passing `endDateTime` too).
fn calls_shown_with_fewer(req: &RequestPath, lines: &[String], examples: &[Example]) -> Vec<paths::NormalizedPath> {
    let Some((_, name, args)) = super::request::call_of(&req.path.template) else { return Vec::new() };
    let names: Vec<&str> = args.iter().filter_map(|a| a.split_once('=')).map(|(n, _)| n.trim()).collect();
    if names.len() != args.len() || names.len() < 2 {
        return Vec::new();
    }
    let call = format!("/{name}(");
    let another_line = |e: &Example| {
        e.path.as_ref().is_some_and(|p| lines.iter().any(|l| *l != req.path.template && path_matches(l, &p.template)))
    };
    let shown = examples.iter().filter(|e| !another_line(e)).filter_map(|e| {
        let (_, target) = e.request.request.as_ref()?;
        let args = &target[target.find(&call)? + call.len()..];
        let args = &args[..args.find(')')?];
        Some(args.split(',').filter_map(|a| a.split_once('=')).map(|(n, _)| n.trim().to_string()).collect::<Vec<_>>())
    });
    let mut out: Vec<paths::NormalizedPath> = Vec::new();
    for passed in shown {
        let known = passed.iter().all(|p| names.iter().any(|n| n.eq_ignore_ascii_case(p)));
        if passed.is_empty() || passed.len() >= names.len() || !known {
            continue;
        }
        let left: Vec<String> =
            names.iter().filter(|n| !passed.iter().any(|p| p.eq_ignore_ascii_case(n))).map(|n| n.to_string()).collect();
        if let Some(path) = without_call_arguments(&req.path, &left)
            && !out.iter().any(|o| o.template == path.template)
        {
            out.push(path);
        }
    }
    out
}

/// Request lines whose method their examples contradict, read as the examples send them
/// (the lint reports the mismatch):
/// - a `GET` line whose examples all `POST` a body to its path, none `GET`ting it (an
///   action's line mistyped: exportPersonalData's `GET …/exportPersonalData` beside its
///   example's `POST` of `storageLocation`): the action is posted;
/// - a `POST` line to one item by its key (`POST …/sourceSystems/{sourceSystemDefinitionId}`,
///   which OData never answers: a create posts to the collection, an action to its name) whose
///   examples all send one other method that writes (`DELETE`, `PATCH`, `PUT`): that method
///   (examples reading the item show another operation of the page, not the line's).
fn methods_as_shown(mut requests: Vec<RequestPath>, examples: &[Example]) -> Vec<RequestPath> {
    for i in 0..requests.len() {
        let req = &requests[i];
        let to_item = req.path.template.ends_with('}');
        if !(req.method == Method::Get || (req.method == Method::Post && to_item)) {
            continue;
        }
        // As the line reads once its keys written bare are placeholders (`…/userId/…`).
        let mut line = req.clone();
        lines::keys_written_bare(&mut line, examples);
        let of_line: Vec<&Example> = examples
            .iter()
            .filter(|e| e.path.as_ref().is_some_and(|p| example_of_line(&line.path.template, &p.template)))
            .collect();
        let methods: Vec<Method> = of_line.iter().filter_map(|e| e.request.request.as_ref().map(|(m, _)| *m)).collect();
        let Some(&shown) = methods.first().filter(|_| methods.len() == of_line.len()) else { continue };
        let taken = |m: Method| {
            requests.iter().any(|r| r.method == m && example_of_line(&r.path.template, &line.path.template))
        };
        if shown == req.method || !methods.iter().all(|m| *m == shown) || taken(shown) {
            continue;
        }
        let posted_body = shown == Method::Post && of_line.iter().any(|e| e.request_json.is_some());
        if (req.method == Method::Get && posted_body) || (req.method == Method::Post && shown != Method::Get) {
            requests[i].method = shown;
        }
    }
    requests
}

/// What the warning of a line read under its examples' root says of the line (`corpus` counts it
/// written there).
pub(crate) const LACKS_ROOT: &str = "lacks its root";

/// Request lines missing their root (`DELETE /synchronizationProfiles/{id}`, `GET
/// threatIntelligence/hosts/{hostId}/childHostPairs`) whose examples all write them under one
/// (`…/beta/education/synchronizationProfiles/{id}`, `…/security/threatIntelligence/…`): read
/// under it, with a warning. Only where no example of the method is of a line as written, and
/// every one, at the service's root, is of a line under the same root, a plain name: not `me`
/// (`/drive/…` is a root of its own beside `/me/drive/…`), nor a version (`v1`, `beta`).
fn roots_shown(
    mut requests: Vec<RequestPath>,
    examples: &[Example],
    page: &Page<'_>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<RequestPath> {
    let plain = |root: &str| {
        root.starts_with(|c: char| c.is_ascii_lowercase())
            && root.chars().all(|c| c.is_ascii_alphabetic())
            && !matches!(root, "me" | "beta")
            && !(root.starts_with('v') && root[1..].starts_with(|c: char| c.is_ascii_digit()))
    };
    // Each method once (a page may write many lines of one).
    let mut methods: Vec<Method> = Vec::new();
    for r in &requests {
        if !methods.contains(&r.method) {
            methods.push(r.method);
        }
    }
    for method in methods {
        let of_method = |r: &&RequestPath| r.method == method;
        let shown: Vec<&paths::NormalizedPath> = examples
            .iter()
            .filter(|e| e.request.request.as_ref().is_some_and(|(m, _)| *m == method))
            .filter_map(|e| e.path.as_ref())
            .collect();
        let of_a_line = |t: &str| requests.iter().filter(of_method).any(|r| example_of_line(&r.path.template, t));
        // (Examples of the service's own root, `https://graph.microsoft.com/beta/…`: not a made-up
        // one, `…/localtest/…`.)
        let at_api_root = |p: &&paths::NormalizedPath| p.server.as_deref().is_some_and(paths::is_api_root);
        if shown.is_empty() || !shown.iter().all(at_api_root) || shown.iter().any(|p| of_a_line(&p.template)) {
            continue;
        }
        let shown: Vec<&str> = shown.iter().map(|p| p.template.as_str()).collect();
        let rooted: Option<Vec<(&str, &str)>> = shown
            .iter()
            .map(|t| {
                let (root, _) = t.strip_prefix('/')?.split_once('/')?;
                let rest = &t[root.len() + 1..];
                (plain(root) && of_a_line(rest)).then_some((root, rest))
            })
            .collect();
        let Some(rooted) = rooted else { continue };
        let Some(&(root, _)) = rooted.first().filter(|_| rooted.iter().all(|(r, _)| *r == rooted[0].0)) else {
            continue;
        };
        for req in requests.iter_mut().filter(|r| r.method == method) {
            if !rooted.iter().any(|(_, rest)| example_of_line(&req.path.template, rest)) {
                continue;
            }
            let read = format!("/{root}{}", req.path.template);
            diags.push(
                Diagnostic::warning(
                    crate::codes::BAD_PATH,
                    page.file,
                    crate::source::Span::new(req.offset, req.offset + 1),
                    format!(
                        "`{}` {LACKS_ROOT}: the page's examples write it under `/{root}`; read as `{read}`",
                        req.path.template
                    ),
                )
                .with_help("write the request path from the service root"),
            );
            req.path.template = read;
        }
    }
    requests
}

/// A line ending in a placeholder for a type (`GET /places/{placeType}`, "`{placeType}` can be any
/// supported place type such as `microsoft.graph.desk`") that its examples fill with casts
/// (`/places/microsoft.graph.building`, `/places/microsoft.graph.room`) is each cast shown instead, a
/// path of its own, in its place: OpenAPI reads the placeholder as any key, so the line would
/// share its path with a read of one item (`GET /places/{id}`), and a client could not call the list.
fn casts_shown(requests: Vec<RequestPath>, examples: &[Example]) -> Vec<RequestPath> {
    // Each line's casts, by the line's index.
    let mut added: Vec<(usize, RequestPath)> = Vec::new();
    for (i, req) in requests.iter().enumerate() {
        let Some((prefix, last)) = req.path.template.rsplit_once('/') else { continue };
        let Some(name) = last.strip_prefix('{').and_then(|l| l.strip_suffix('}')) else { continue };
        if prefix.is_empty() || !name.to_ascii_lowercase().ends_with("type") {
            continue;
        }
        let segments: Vec<&str> = req.path.template.split('/').collect();
        for e in examples.iter().filter(|e| e.request.request.as_ref().is_some_and(|(m, _)| *m == req.method)) {
            let Some(shown) = e.path.as_ref().map(|p| p.template.as_str()) else { continue };
            let parts: Vec<&str> = shown.split('/').collect();
            let Some(cast) = parts.last().filter(|c| {
                c.get(..16).is_some_and(|h| h.eq_ignore_ascii_case("microsoft.graph."))
                    && c[16..].chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '.')
                    && c.len() > 16
            }) else {
                continue;
            };
            let same_place = parts.len() == segments.len()
                && segments[..segments.len() - 1]
                    .iter()
                    .zip(&parts)
                    .all(|(s, p)| s.starts_with('{') || s.eq_ignore_ascii_case(p));
            let template = format!("{prefix}/{cast}");
            if !same_place
                || requests
                    .iter()
                    .chain(added.iter().map(|(_, r)| r))
                    .any(|r| r.method == req.method && r.path.template.eq_ignore_ascii_case(&template))
            {
                continue;
            }
            let mut line = req.clone();
            line.path.params.retain(|p| p.name != name);
            line.path.template = template;
            added.push((i, line));
        }
    }
    if added.is_empty() {
        return requests;
    }
    // (`added` is in the lines' order.)
    let mut out = Vec::with_capacity(requests.len() + added.len());
    let mut added = added.into_iter().peekable();
    for (i, req) in requests.into_iter().enumerate() {
        let before = out.len();
        while let Some((_, cast)) = added.next_if(|(at, _)| *at == i) {
            out.push(cast);
        }
        if out.len() == before {
            out.push(req);
        }
    }
    out
}

/// Whether a page says its API is deprecated: a title ending "(deprecated)" (or the
/// "(deprecate)" some pages write), or a notice before its first section whose sentence opens
/// "This API is deprecated" ("> [!CAUTION] This API is deprecated and will stop returning data on
/// September 24, 2023. Going forward, use …"); not one naming another API.
fn says_the_api_is_deprecated(page: &Page<'_>) -> bool {
    if page.title_says_deprecated() {
        return true;
    }
    const SAID: [&str; 6] = [
        "this api is deprecated",
        "this api has been deprecated",
        "this method is deprecated",
        "this method has been deprecated",
        "this action is deprecated",
        "this function is deprecated",
    ];
    page.lead_paragraphs().any(|p| {
        let text = p.text.to_ascii_lowercase();
        crate::extract::text::sentences(&text).any(|s| {
            let s = s.trim_start().trim_start_matches(['>', ' ']);
            let s = super::types::without_alert_mark(s).trim_start();
            // (A callout's word: "Note: This API is deprecated …".)
            let s = crate::page::CALLOUTS.iter().find_map(|c| s.strip_prefix(c)).unwrap_or(s).trim_start();
            SAID.iter().any(|w| s.starts_with(w))
        })
    })
}

/// Extracts the operations of an api page.
pub fn extract_api_page(page: &Page<'_>, diags: &mut Vec<Diagnostic>) -> PageOutput {
    let mut out = PageOutput::default();
    let (requests, left) = request_paths(page, diags);
    if requests.is_empty() {
        return out;
    }
    out.hints.extend(super::types::api_page_enums(page, diags));
    // The ancestors a request table's rows say they are inherited from ("Inherited from
    // [mobileApp](…)", Intune's tables): types, whose pages may be missing (then placeholders),
    // so that a set named for one (`mobileApps`) finds its type.
    // Not `entity`, Graph's root, which no set is named for.
    let ancestors = super::types::rows_inherited_from(page, |t| t == "request body");
    // The link's page names the type where the text names it bare (`[inboundFlow](industrydata-inboundflow.md)`
    // on a page of `microsoft.graph.industryData`).
    for r in ancestors.into_iter().filter(|r| !r.ancestor.eq_ignore_ascii_case("entity")) {
        let origin = Origin { file: page.file, offset: r.offset };
        out.references.push(Reference { name: r.ancestor, linked: true, target: r.target, origin });
    }
    let (mut examples, unpaired_status, shown_calls) = examples(page, &requests, diags);
    // Examples of the lines left to the resource they read answer that resource.
    examples.retain(|e| {
        !left.iter().any(|l| {
            e.request.request.as_ref().is_some_and(|(m, _)| *m == l.method)
                && e.path.as_ref().is_some_and(|p| path_matches(&l.path.template, &p.template))
        })
    });
    // An example calling what no line of the page writes, by neither its method nor its path
    // (an upload session page's "Handle upload errors" step: `PUT /me/drive/root:/{path_to_file}`
    // beside `POST …/createUploadSession` lines), shows another operation: not this page's answer.
    examples.retain(|e| {
        let (Some((method, _)), Some(path)) = (&e.request.request, &e.path) else { return true };
        requests.iter().any(|r| r.method == *method || example_of_line(&r.path.template, &path.template))
    });
    let requests = methods_as_shown(requests, &examples);
    let requests = casts_shown(requests, &examples);
    let requests = roots_shown(requests, &examples, page, diags);
    // An API root names its version; other hosts in examples are callbacks,
    // upload sessions and download URLs (`https://sn3302.up.1drv.com/…`).
    for ex in &examples {
        if let Some(s) = ex.path.as_ref().and_then(|p| p.server.as_ref())
            && paths::is_api_root(s)
        {
            out.servers.push(s.clone());
        }
    }
    let mut permissions = permissions(page, diags);
    permissions.no_me_line = !requests.iter().any(|r| path_heads(&r.path.template, "/me"));
    let headers = header_params(page);
    let mut query_table = query_params(page);
    let odata = odata_options(page);
    // Read only when an example passes an option (few pages).
    let supports_none = std::cell::OnceCell::new();
    let mut path_docs = path_parameter_docs(page);
    // A function whose arguments are documented only as "query parameters" under
    // "Request body": its examples call it with them, and so does the contract.
    let get_only = requests.iter().all(|r| r.method == Method::Get);
    let mut url_args = url_function_arguments(page, get_only);
    // Optional arguments examples also pass in a query string (below).
    let mut also_in_query: Vec<String> = Vec::new();
    // The optional arguments a line may pass in its path (`delta(since='{since}')`).
    let mut optional_in_path: Vec<String> = Vec::new();
    // Arguments every line writes in its query string (`calendarView?start={start-value}&end=…`)
    // are the query parameters the lines show: required, as the table types them.
    let in_every_query =
        |a: &ParamDoc| requests.iter().all(|r| r.path.query.iter().any(|q| paths::same_ident(&q.name, &a.name)));
    for a in url_args.extract_if(.., |a| in_every_query(a)) {
        query_table.retain(|q| !paths::same_ident(&q.name, &a.name));
        query_table.push(Parameter {
            name: a.name,
            location: ParamLocation::Query,
            description: Some(a.description).filter(|s| !s.is_empty()),
            ty: if a.collection { TypeRef::Primitive(Primitive::String) } else { a.ty },
            values: Vec::new(),
            deprecated: false,
            maximum: None,
            required: true,
        });
    }
    let mut requests = requests;
    if url_args.is_empty() && get_only {
        url_args = bare_call_arguments(page, &requests, &examples);
    }
    if url_args.is_empty() && get_only {
        let passed: Vec<&str> =
            examples.iter().filter_map(|e| e.path.as_ref()).flat_map(|p| &p.query).map(|q| q.name.as_str()).collect();
        let bare = requests.iter().all(|r| !r.path.template.rsplit('/').next().unwrap_or("").contains('('));
        for p in function_query_arguments(page, &passed, bare) {
            if !query_table.iter().any(|q| paths::same_ident(&q.name, &p.name)) {
                query_table.push(p);
            }
        }
    }
    if !url_args.is_empty() {
        // Rows called optional: a path has no optional parameters, so the function is
        // called without them, and with each set of them an example passes as a path of
        // its own (`delta` and `delta(token='{token}')`).
        // So are they all where the line writes the call with `()`, and each one an example's
        // call leaves out ("Either specify the userId or the userPrincipalName": `doesUserHaveAccess`
        // called with `userId` alone, with `userId` and `tenantId`, with `userPrincipalName`).
        let called_empty = requests.iter().any(lines::calls_without_arguments);
        let calls = passed_arguments(&requests, &examples);
        let left_out =
            |a: &ParamDoc| calls.iter().any(|passed| !passed.iter().any(|n| n.eq_ignore_ascii_case(&a.name)));
        let optional = |a: &ParamDoc| called_empty || says_optional(&a.description) || left_out(a);
        // An optional argument an example passes in the query string of a call without arguments
        // (`…/root/delta?token=latest` beside `delta(token='…')`, both Graph's): that call's
        // optional query parameter too.
        let queried: Vec<&str> = examples
            .iter()
            .filter_map(|e| e.path.as_ref())
            .filter(|p| requests.iter().any(|r| example_of_line(&r.path.template, &p.template)))
            .flat_map(|p| &p.query)
            .map(|q| q.name.as_str())
            .collect();
        let in_query = |name: &str| queried.iter().any(|n| paths::same_ident(n, name));
        // A row no example passes in a call (only `?token=latest`, another argument passed as
        // `delta(since='…')`): a query parameter alone.
        for q in function_query_arguments(page, &queried, false) {
            if in_query(&q.name)
                && !url_args.iter().any(|a| paths::same_ident(&a.name, &q.name))
                && !query_table.iter().any(|t| paths::same_ident(&t.name, &q.name))
            {
                also_in_query.push(q.name.clone());
                query_table.push(Parameter {
                    description: q.description.as_deref().map(without_optional_sentence).filter(|d| !d.is_empty()),
                    ..q
                });
            }
        }
        optional_in_path.extend(url_args.iter().filter(|a| optional(a)).map(|a| a.name.clone()));
        for a in url_args.iter().filter(|a| optional(a)) {
            if !in_query(&a.name) {
                continue;
            }
            // Also where the query table lists it: the bare call still takes it.
            also_in_query.push(a.name.clone());
            if !query_table.iter().any(|q| paths::same_ident(&q.name, &a.name)) {
                query_table.push(Parameter {
                    name: a.name.clone(),
                    location: ParamLocation::Query,
                    description: Some(without_optional_sentence(&a.description)).filter(|d| !d.is_empty()),
                    ty: if a.collection { TypeRef::Primitive(Primitive::String) } else { a.ty.clone() },
                    values: Vec::new(),
                    deprecated: false,
                    maximum: None,
                    required: false,
                });
            }
        }
        let required: Vec<ParamDoc> = url_args.iter().filter(|a| !optional(a)).cloned().collect();
        let mut optional_sets: Vec<Vec<ParamDoc>> = Vec::new();
        for passed in &calls {
            let set: Vec<ParamDoc> = url_args
                .iter()
                .filter(|a| optional(a) && passed.iter().any(|n| n.eq_ignore_ascii_case(&a.name)))
                .cloned()
                .collect();
            if !set.is_empty()
                && !optional_sets.iter().any(|s| s.iter().map(|a| &a.name).eq(set.iter().map(|a| &a.name)))
            {
                optional_sets.push(set);
            }
        }
        // An optional argument no example passes: the call with it alone, so the contract can
        // still send it.
        for a in url_args.iter().filter(|a| optional(a)) {
            if !optional_sets.iter().flatten().any(|s| s.name == a.name) {
                optional_sets.push(vec![a.clone()]);
            }
        }
        let mut with_optional = Vec::new();
        for req in requests.iter_mut().filter(|r| r.method == Method::Get) {
            for set in &optional_sets {
                // In the order an example passing them writes them (`(userId=…, tenantId=…)`), else
                // the table's.
                let mut args: Vec<ParamDoc> =
                    url_args.iter().filter(|a| !optional(a) || set.iter().any(|s| s.name == a.name)).cloned().collect();
                if let Some(written) = calls.iter().find(|passed| {
                    passed.len() == args.len()
                        && args.iter().all(|a| passed.iter().any(|n| n.eq_ignore_ascii_case(&a.name)))
                }) {
                    args.sort_by_key(|a| written.iter().position(|n| n.eq_ignore_ascii_case(&a.name)));
                }
                if let Some(path) = with_call_arguments(&req.path, &args) {
                    with_optional.push(RequestPath { path, ..req.clone() });
                }
            }
            if let Some(path) =
                Some(&required).filter(|r| !r.is_empty()).and_then(|r| with_call_arguments(&req.path, r))
            {
                req.path = path;
            }
        }
        requests.extend(with_optional);
        url_args.retain(|a| !optional(a) || optional_sets.iter().flatten().any(|s| s.name == a.name));
        for a in &mut url_args {
            // In its own path it is required: "Optional." says the call without it exists.
            if optional(a) {
                a.description = without_optional_sentence(&a.description);
            }
            if a.collection {
                let note = "An OData collection literal, such as `[\"a\",\"b\"]`.";
                a.description =
                    if a.description.is_empty() { note.to_string() } else { format!("{} {note}", a.description) };
            }
        }
        // These rows' documentation wins over another table's copy of the same rows.
        path_docs.retain(|d| !url_args.iter().any(|a| a.name.eq_ignore_ascii_case(&d.name)));
        path_docs.extend(url_args);
    }
    // An argument's type defined by the values its row lists, where no page defines it (one
    // value too: "The allowed value is `approver`").
    for n in path_docs.iter().filter_map(|d| d.named.as_ref()).filter(|n| !n.values.is_empty()) {
        let origin = Origin { file: page.file, offset: n.offset };
        out.hints.push(super::types::enum_def(&n.name, n.values.clone(), origin));
        if n.flags {
            out.flags.push(n.name.clone());
        }
    }
    // A request line calling its function with arguments the table calls optional
    // (`getAllRecordings(meetingOrganizerUserId='{userId}',startDateTime={startDateTime},…)`,
    // "Optional parameter to filter …"): the call without them is a path too, unless the
    // page writes it.
    // Each comes right before its line, so that the page's id names the call without them and
    // the line's id adds the arguments it passes.
    // (Any method: v1.0's Excel `POST …/range/rowsAbove(count=n)`, "Optional. … The default value is 1.")
    if requests.iter().any(|r| r.path.template.ends_with(')')) {
        let optional = optional_call_arguments(page);
        // In the line that passes them they are required.
        for d in path_docs.iter_mut().filter(|d| optional.iter().any(|o| o.eq_ignore_ascii_case(&d.name))) {
            d.description = without_optional_sentence(&d.description);
        }
        let same = |a: &str, b: &str| a.trim_end_matches("()").eq_ignore_ascii_case(b.trim_end_matches("()"));
        let lines: Vec<String> = requests.iter().map(|r| r.path.template.clone()).collect();
        let mut with_calls: Vec<RequestPath> = Vec::with_capacity(requests.len());
        for req in std::mem::take(&mut requests) {
            if let Some(path) = without_call_arguments(&req.path, &optional) {
                with_calls.push(RequestPath { path, ..req.clone() });
            }
            if req.method == Method::Get {
                for path in calls_shown_with_fewer(&req, &lines, &examples) {
                    with_calls.push(RequestPath { path, ..req.clone() });
                }
            }
            with_calls.push(req);
        }
        // Once, and not where the page writes the call so (`getAll()` beside `getAll(since=…)`).
        let mut kept: Vec<RequestPath> = Vec::with_capacity(with_calls.len());
        for r in with_calls {
            if !kept.iter().any(|k| k.method == r.method && same(&k.path.template, &r.path.template)) {
                kept.push(r);
            }
        }
        requests = kept;
    }
    // Where the second of several "HTTP request" sections begins.
    let first_request_section = match page.request_sections()[..] {
        [_, ref second, ..] => Some(second.span.start),
        _ => None,
    };
    let notes = placeholder_notes(page);
    let documented_content_type = content_type_header(page);
    let RequestBody {
        shape: request_shape,
        table: body_table,
        none: no_request_body,
        either: body_either,
        omissible,
        optional,
        named_in_bold: body_named_in_bold,
        marked_required,
        action: action_body,
    } = request_body(page, &mut out, diags);
    let creates = body::creates_when_missing(page);
    // A table row holding a collection of the linked type that the prose names as the
    // collection holding the body ("Provide a JSON body of each [multiValueLegacyExtendedProperty] object
    // in the **multiValueExtendedProperties** collection property of the resource instance"):
    // the body is an object with that member, the other rows the items' own. Not a type's
    // own relationship to its kind (`inheritsPermissionsFrom` on a role definition's create).
    let (request_shape, body_table) = match (request_shape, body_table) {
        (Some(Shape::Type(TypeRef::Named(name))), Some((props, at))) => {
            let holder = props.iter().find(|p| {
                matches!(&p.ty, TypeRef::Collection(inner) if inner.named().is_some_and(|n| n.eq_ignore_ascii_case(&name)))
                    && body::request_prose_names(page, &format!("{} collection", p.name))
            });
            match holder {
                Some(holder) => (Some(Shape::Object(vec![holder.clone()])), None),
                None => (Some(Shape::Type(TypeRef::Named(name))), Some((props, at))),
            }
        }
        other => other,
    };
    let not_modified = super::request::header_not_modified(page);
    let streams = stream_properties(request_shape.as_ref());
    let mut requests = stream_property_paths(requests, &streams);
    // The streams a line of their own writes (`PUT …/{id}/bannerLogo`): a JSON body never carries them.
    // Nor any other where the page says streams are written apart ("You cannot update Stream types
    // with other data types in the same request.") and a line writes one.
    let written_apart = |s: &str| requests.iter().any(|r| r.path.template.rsplit('/').next() == Some(s));
    let all_apart = streams.iter().any(|s| written_apart(s)) && says_streams_written_apart(page);
    let streams_apart: Vec<&str> = streams.iter().copied().filter(|s| all_apart || written_apart(s)).collect();
    // Arguments a row types as a primitive OData writes bare (`Date`, `DateTimeOffset`, `Int32`,
    // `Boolean`).
    let unquoted = |name: &str| {
        path_docs.iter().any(|d| {
            d.name.eq_ignore_ascii_case(name)
                && !d.collection
                && matches!(&d.ty, TypeRef::Primitive(p) if p.openapi().ty != "string"
                    || matches!(p, Primitive::Date | Primitive::DateTimeOffset | Primitive::TimeOfDay))
        })
    };
    for req in &mut requests {
        keys_written_bare(req, &examples);
        quote_arguments_as_shown(req, &examples, &unquoted);
    }
    let Success {
        response: mut success,
        also: other_statuses,
        link: success_link,
        link_at,
        either_links,
        link_is_enum,
        located,
    } = success_response(
        page,
        &examples,
        unpaired_status,
        &requests.iter().map(|r| r.path.template.as_str()).collect::<Vec<_>>(),
        requests.iter().all(|r| !paths::addresses_member(&r.path.template)),
        requests.iter().all(|r| matches!(r.method, Method::Get | Method::Head)),
    );
    // "a collection of [usageRight] enum values": an enum, whose values only its page lists.
    if link_is_enum && let Some((name, _)) = &success_link {
        let origin = Origin { file: page.file, offset: requests[0].offset };
        out.hints.push(super::types::enum_def(name, Vec::new(), origin));
    }
    // The other kinds the response sentence offers: their pages name them.
    for (name, stem) in either_links {
        out.kind_links.push(Reference {
            name,
            linked: true,
            target: Some(stem),
            origin: Origin { file: page.file, offset: requests[0].offset },
        });
    }
    if success.body.is_none() {
        success.body = response_table(page, &success, &mut out, diags);
    }
    let (base_id, explicit_id) = base_operation_id(page, &requests, &examples);
    // The heading readers see; front matter titles are more often stale copies ("Permissions").
    let summary = Some(&page.title)
        .filter(|t| !t.trim().is_empty() && !is_todo(t))
        .or_else(|| page.meta.get("title").filter(|t| !is_todo(t)))
        .cloned()
        .unwrap_or_default();
    let description = super::types::page_description(page);

    // A request-body table beside a linked type describes that type; not one of a reference
    // to it (`PUT …/assignTo/$ref` with a row `odata.id`: the target's URL, no member of it).
    let references_only = requests.iter().all(|r| r.path.template.ends_with("/$ref"))
        || body_table.as_ref().is_some_and(|(props, _)| {
            props.iter().all(|p| p.name.trim_start_matches('@').eq_ignore_ascii_case("odata.id"))
        });
    // An update's table of members describes the entity it answers with: members the entity's
    // (older) page lacks are its own where the answer's example shows them (`languageTag` on an
    // `educationModule` update).
    // An update answering nothing (`204`) describes the entity its path reads (`isCourseActivitySyncEnabled`
    // on a learning provider's update).
    // An update or creation whose body section names nothing ("supply the values for relevant
    // fields that should be updated"), answering the entity it names only in bold ("an updated
    // **journalLines** object"): it sends that type too, where a page defines it and the
    // example's members fit it (resolution, as for a body named in bold).
    let sends_bold_answer = |method: Method| {
        let sends =
            (method == Method::Patch && success.status == 200) || (method == Method::Post && success.status == 201);
        success
            .named_in_bold
            .as_ref()
            .filter(|_| sends && request_shape.is_none() && body_table.is_none() && !no_request_body)
            .map(|n| n.name.clone())
    };
    let patch_only = requests.iter().all(|r| r.method == Method::Patch);
    let described = match (&request_shape, success.body.as_ref().map(|b| &b.shape)) {
        (Some(Shape::Type(TypeRef::Named(name))), _) => Some((name.as_str(), Described::Stated)),
        (Some(Shape::Object(_)), Some(Shape::Type(TypeRef::Named(answered)))) if patch_only => {
            Some((answered.as_str(), Described::Answered))
        }
        (Some(Shape::Object(_)), None) if patch_only && !requests.is_empty() => Some(("", Described::AtPath)),
        _ => None,
    };
    if let (Some((name, described)), Some((props, at))) = (described, &body_table)
        && !references_only
    {
        let table = TypeDef {
            name: name.to_string(),
            description: None,
            kind: TypeKind::Object { base: None, properties: props.clone() },
            source: TypeSource::RequestTable,
            origin: Origin { file: page.file, offset: *at },
        };
        match described {
            Described::Stated => out.hints.push(table),
            _ => out.update_tables.push(super::UpdateTable {
                table,
                answered: described == Described::Answered,
                paths: requests.iter().map(|r| r.path.template.clone()).collect(),
            }),
        }
    }

    // The line the page's id names: the first, unless it reads the bytes of another
    // line's resource (`/me/photo/$value` before `/me/photo`): the resource's line then.
    let bytes_of_another = |r: &RequestPath| {
        r.path.template.strip_suffix("/$value").is_some_and(|resource| {
            requests.iter().any(|o| o.method == r.method && o.path.template.eq_ignore_ascii_case(resource))
        })
    };
    // Lines a note calls deprecated (`/app/calls/…` beside `/communications/calls/…`) leave
    // the page's id to a line that is not.
    let page_deprecated = says_the_api_is_deprecated(page);
    let deprecated_lines = lines::deprecated_requests(page);
    let templates: Vec<&str> = requests.iter().map(|r| r.path.template.as_str()).collect();
    let deprecated_line = |r: &RequestPath| {
        lines::deprecated_by(&deprecated_lines, r.method, &r.path.template, &templates)
            || lines::under_deprecated_heading(page, r.offset)
    };
    // A note says so of every request under the path, on any page.
    out.deprecated_paths = lines::deprecated_everywhere(&deprecated_lines, &templates);
    let anchor = requests
        .iter()
        .position(|r| !bytes_of_another(r) && !deprecated_line(r))
        .or_else(|| requests.iter().position(|r| !bytes_of_another(r)))
        .unwrap_or(0);
    let first_anchor = anchor;
    // A line through a user (`/users/{id}/managedDevices/{id}/remoteLock`) written before the
    // line reaching the same resource from its own root (`/deviceManagement/managedDevices/{id}/…`):
    // the page's id is the root's line's, as on the family's pages listing that one first.
    let anchor = lines::own_root_line(&requests, anchor).unwrap_or(anchor);
    // A line naming every word of the page's id, where the first does not (a category's get
    // writing the app health overview's line first), unless an example named the id.
    let anchor = if explicit_id {
        anchor
    } else {
        crate::extract::ids::line_naming_the_id(&base_id, &requests, anchor).unwrap_or(anchor)
    };
    // A line with a segment spelling more of the id's first words (`/deviceManagementScripts/…`
    // for `get_device_management_script_user_state`, `/deviceShellScripts/…` written first).
    let anchor = if explicit_id {
        anchor
    } else {
        crate::extract::ids::line_spelling_the_id(&base_id, &requests, anchor).unwrap_or(anchor)
    };
    // A later line whose own example the page's id names where the first's examples name
    // another call (`get_whoisrecord` of `…/whoisRecords/{id}` beside `get_whois_for_host` of
    // `…/hosts/{id}/whois`): that line's id is the page's.
    let anchor = crate::extract::ids::line_named_by_id(&base_id, &requests, &examples, anchor).unwrap_or(anchor);
    // A shorter line the examples call, where none calls the first and no rule above chose another.
    let anchor = if anchor == first_anchor {
        crate::extract::ids::shorter_line_shown(&requests, &examples, anchor).unwrap_or(anchor)
    } else {
        anchor
    };
    let ids = line_ids(&base_id, &requests, anchor);
    // Terms the page requires inside a query option's value (`containerTypeId` of
    // `?$filter=containerTypeId eq {containerTypeId}`), read only where a line has such a value.
    let has_terms = requests
        .iter()
        .any(|r| r.path.query.iter().any(|q| q.value.as_deref().is_some_and(|v| v.contains(['{', ' ']))));
    let required_terms = if has_terms { super::odata::required_terms(page) } else { Vec::new() };
    let first_with_response = examples.iter().find(|e| e.response.is_some());
    // A query table's row a line passes as a function's argument (`findRooms(RoomList='{…}')`)
    // is that argument, on the lines that pass it, and no query parameter of any line.
    let arguments: Vec<&str> = query_table
        .iter()
        .filter(|q| requests.iter().any(|r| passes_argument(&r.path.template, &q.name)))
        .map(|q| q.name.as_str())
        .collect();
    // Pages of several tasks ([`lines::task_of`]) are few: asked once.
    let task_page = page.request_sections().len() > 1;
    for (n, (req, id)) in requests.iter().zip(ids).enumerate() {
        let example = own_example(req, &examples);
        // A page of several tasks, each under its own heading with its own HTTP request section
        // ("## Get a user's OneDrive" › "### HTTP request"): the line's task names and describes
        // it, and the name its block's annotation gives it is its id.
        let task = if task_page { lines::task_of(page, req.offset) } else { None };
        let task_id = task.as_ref().and_then(|t| crate::extract::ids::task_id(t.example_name?, req.method));
        let mut parameters = path_parameters(req, &path_docs, &notes);
        push_query_parameters(&mut parameters, req, &query_table);
        for q in req.path.query.iter().filter(|_| !required_terms.is_empty()) {
            let value = q.value.as_deref().unwrap_or_default();
            if terms_of_query_value(value).any(|v| required_terms.iter().any(|t| paths::same_ident(v, t)))
                && let Some(p) = parameters.iter_mut().find(|p| p.name == q.name && p.location == ParamLocation::Query)
            {
                p.required = true;
            }
        }
        // A line of a later "HTTP request" section of its own reading something else ("Getting
        // thumbnails while listing driveItems": `GET …/children?$expand=thumbnails`) takes the
        // options it writes, not the page's table of its first lines' options (which a later
        // line reading under a first line's path, `…/thumbnails/{thumb-id}/{size}`, keeps, keys
        // compared whatever their names, and one ending as a first line does: the same thing by
        // another way, `/users/{id}/drive` beside `/me/drive` in sections per owner).
        let later_section = first_request_section.filter(|second| req.offset >= *second).is_some_and(|second| {
            let own = path_skeleton(&req.path.template);
            !requests.iter().filter(|r| r.offset < second).any(|r| {
                let first = path_skeleton(&r.path.template);
                own.strip_prefix(first.as_str()).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
                    || own.rsplit('/').next() == first.rsplit('/').next()
            })
        });
        for h in headers.iter().chain(query_table.iter().filter(|_| !later_section)) {
            let known = parameters.iter().any(|p| paths::same_ident(&p.name, &h.name));
            let a_term = h.location == ParamLocation::Query && placeholder_in_query_value(req, &h.name);
            // An argument also sent in the query string: only on the calls passing no optional
            // argument in their path.
            let an_argument = h.location == ParamLocation::Query
                && if also_in_query.contains(&h.name) {
                    optional_in_path.iter().any(|a| passes_argument(&req.path.template, a))
                } else {
                    arguments.contains(&h.name.as_str())
                };
            if !known && !a_term && !an_argument {
                parameters.push(h.clone());
            }
        }
        // "Required for **delta** on **calendarView**." on a page of events' lines and calendar
        // views': required on the lines with every segment the sentence names that other lines
        // lack (a group's `…/calendarView` written without its `/delta` makes `delta` one too),
        // and on a line written passing it (that group's `…/calendarView?startDateTime=…`).
        // Where the row also says it is "_Not supported_ by **delta** on events", the lines that
        // clause names (`events`, a segment other lines lack) do not take it at all.
        let mut unsupported: Vec<String> = Vec::new();
        for p in parameters.iter_mut().filter(|p| p.location == ParamLocation::Query && p.required) {
            if req.variant && req.path.query.iter().any(|q| paths::same_ident(&q.name, &p.name)) {
                continue;
            }
            let words = p.description.as_deref().map(super::text::required_for_words).unwrap_or_default();
            let telling: Vec<&str> = words
                .into_iter()
                .filter(|w| {
                    let naming = requests.iter().filter(|r| has_segment(&r.path.template, w)).count();
                    naming > 0 && naming < requests.len()
                })
                .collect();
            if !telling.is_empty() && !telling.iter().all(|w| has_segment(&req.path.template, w)) {
                p.required = false;
                if p.description.as_deref().is_some_and(|d| not_supported_on(d, &req.path.template, &requests)) {
                    unsupported.push(p.name.clone());
                }
            }
        }
        parameters.retain(|p| p.location != ParamLocation::Query || !unsupported.contains(&p.name));

        let example_content_type = example.and_then(|e| e.request.header("content-type")).map(media_type_of);
        // `…/content` takes bytes unless the page documents a JSON body (OneNote's
        // `PATCH …/content` takes an array of commands).
        let json_documented = request_shape.is_some() || example.is_some_and(|e| e.request_json.is_some());
        let binary_upload = req.method.has_body()
            && (documented_content_type
                .as_deref()
                .or(example_content_type.as_deref())
                .is_some_and(|m| !m.contains("json"))
                || (ends_in_content(&req.path.template) && !json_documented)
                || req.path.template.rsplit('/').next().is_some_and(|last| streams.contains(&last)));
        // The section's shape, and whether its table is an action's parameters.
        let documented = (request_shape.as_ref(), action_body);
        let request_body = if req.method.has_body() && req.path.template.ends_with("/$ref") {
            // Adding a reference sends the target's URL, whatever type the prose names.
            // An example sending `{}` ("To disable an API connector, the value can be {}")
            // removes the reference: the URL is then optional.
            let removable = examples.iter().any(|e| {
                e.request.request.as_ref().is_some_and(|(m, _)| *m == req.method)
                    && e.request_json.as_ref().and_then(Value::as_object).is_some_and(|o| o.is_empty())
            });
            Some(reference_body(
                example.and_then(|e| e.request_json.clone()),
                Origin { file: page.file, offset: req.offset },
                !removable,
            ))
        } else if binary_upload {
            // A photo, a file's bytes, a OneNote page's HTML: progenitor takes one
            // binary body form, `application/octet-stream` (the page's own media
            // type, `image/jpeg`, is the caller's to set on the request).
            Some(octet_stream())
        } else if req.method.has_body() && !no_request_body {
            json_body(page, req, example, &examples, documented, &success, &mut out).map(|mut body| {
                // An update (`PATCH`, or `PUT` replacing) changes nothing without a body: its table's
                // rows are each optional (it sends what changes), an example leaving the body out is
                // the docs' omission; only the prose leaves its body out (`optional`, below).
                let omissible =
                    omissible && !matches!(req.method, crate::http::Method::Patch | crate::http::Method::Put);
                // This line's own example sends nothing where another example sends a body, and
                // the section allows that (every parameter optional, or "for a specific custom
                // extension, don't supply a request body"): optional here.
                if omissible
                    && example.is_some_and(|e| e.request.body.trim().is_empty())
                    && examples.iter().any(|e| e.request_json.is_some())
                {
                    body.required = false;
                }
                // Another example of the line sends nothing, where the section allows that
                // (resetPassword's one row: "If omitted for a cloud-only password, the system returns
                // a system-generated password", and its second example): optional too.
                let of_method = |e: &&Example| e.request.request.as_ref().is_some_and(|(m, _)| *m == req.method);
                let of_line = |e: &&Example| {
                    of_method(e) && e.path.as_ref().is_some_and(|p| example_of_line(&req.path.template, &p.template))
                };
                let sends_nothing = examples.iter().filter(of_line).any(|e| e.request.body.trim().is_empty());
                if omissible && sends_nothing && examples.iter().any(|e| e.request_json.is_some()) {
                    body.required = false;
                }
                // Parameters none of which is required, and the line's every example sends nothing
                // (purgeData's `purgeType` and `purgeAreas`): the body may be left out. Not where
                // another example sends one: then the bare example is the docs' omission; nor on an
                // update (above).
                if let Shape::Object(members) = &body.shape
                    && !matches!(req.method, crate::http::Method::Patch | crate::http::Method::Put)
                    && !members.iter().any(|m| m.required)
                    && sends_nothing
                    && examples.iter().filter(of_line).all(|e| e.request.body.trim().is_empty())
                    && !examples.iter().filter(of_method).any(|e| e.request_json.is_some())
                {
                    body.required = false;
                }
                // "In the request body, you can optionally provide the reason."
                body.required &= !optional;
                body.members_listed = body_table.is_some();
                // The table's rows beside the linked type: those the type lacks are the body's own.
                if let (Shape::Type(TypeRef::Named(_)), Some((rows, _))) = (&body.shape, &body_table)
                    && !references_only
                {
                    body.listed = rows
                        .iter()
                        .filter(|r| !r.name.starts_with('@') && !r.name.contains(['/', ' ', '.']) && !r.read_only)
                        .cloned()
                        .collect();
                    let names: Vec<String> = body.listed.iter().map(|r| r.name.clone()).collect();
                    body.written = body::sent_by_every_example(&names, req, &examples, &names);
                    // (Not the key alone: Intune's generated tables mark `id` "Read-only" and
                    // copy the other rows without the type's marks.)
                    body.marks_read_only = rows.iter().any(|r| r.read_only && !r.name.eq_ignore_ascii_case("id"));
                }
                // A body its example shows, whose members a sentence demands ("In the request body,
                // supply the **reactionType** as unicode.").
                // Not where a request example of the method leaves it out, nor on an update (which
                // sends what changes), as a table's marks.
                let sent: Vec<_> = body::objects_sent(req, &examples).collect();
                if request_shape.is_none()
                    && req.method != Method::Patch
                    && let Shape::Object(members) = &mut body.shape
                {
                    let demanded = |m: &crate::model::Property| {
                        !m.read_only
                            && marked_required.contains(&m.name)
                            && sent.iter().all(|o| o.contains_key(&m.name))
                    };
                    for m in members.iter_mut().filter(|m| demanded(m)) {
                        m.required = true;
                    }
                }
                if !marked_required.is_empty() {
                    let rows: Vec<String> =
                        body_table.iter().flat_map(|(props, _)| props.iter().map(|p| p.name.clone())).collect();
                    body.required_members = body::members_marked_required(
                        &body,
                        req,
                        &examples,
                        &marked_required,
                        &rows,
                        creates,
                        body::introduced_as_create(page),
                    );
                    body.required_sent = body::sent_by_every_example(&body.required_members, req, &examples, &rows);
                    // Without a table, a member a sentence demands that every request example sends
                    // ("The request body must contain **displayName** and **agentIdentityBlueprintAppId**."):
                    // listed as the examples send it, for a linked type whose page lacks it
                    // (spelling it otherwise) to carry it all the same.
                    if body_table.is_none() {
                        body.listed = body::demanded_as_sent(&body.required_sent, req, &examples, page.file);
                    }
                }
                if let Shape::Object(members) = &mut body.shape {
                    members.retain(|m| !streams_apart.contains(&m.name.as_str()));
                }
                // A write to `…/$value` sends the entity's content, never the entity: JSON
                // content is any JSON (a user flow's override page: "a JSON representation for
                // the values contained within a [userFlowLanguagePage]").
                if req.path.template.ends_with("/$value")
                    && body.media_type.contains("json")
                    && matches!(body.shape, Shape::Type(TypeRef::Named(_)))
                {
                    body.shape = Shape::Type(TypeRef::Primitive(Primitive::Json));
                }
                body
            })
        } else {
            None
        };

        let mut response = success.clone();
        let example_or_twin = example.or_else(|| twin_example(req, &requests, &examples));
        // A later line's own example decides for it; the first line's decision is the
        // page's, unless its example is its twin's (`GET /me/…/{id}` beside an example of
        // `/users/{id}/…/{id}`): then it reads what that example shows, as the twin does.
        let decided_by = if n == 0 { example_or_twin.filter(|_| example.is_none()) } else { example };
        if let Some((_, json, annotation)) = decided_by.and_then(|e| e.response.as_ref())
            && let Some(shown) = annotation.as_ref().and_then(annotated_response)
            && let Some(body) = &mut response.body
        {
            // What the body shows beats what its annotation says.
            let shown = list_or_item_shown(
                shown,
                json.as_ref(),
                !paths::addresses_member(&req.path.template),
                &req.path.template,
            );
            // A later line in a section of its own whose example shows one object of
            // another type than the page lists ("Get a single thumbnail" on "List
            // thumbnails": a `thumbnail`, not a page of `thumbnailSet`s) answers that type.
            let one_object = json.as_ref().is_some_and(|j| j.is_object() && j.get("value").is_none());
            match (&body.shape, &shown) {
                (Shape::CollectionPage(TypeRef::Named(listed)), TypeRef::Named(item))
                    if n > 0 && one_object && !listed.eq_ignore_ascii_case(item) =>
                {
                    body.shape = Shape::Type(shown);
                }
                _ => list_or_item_as_shown(&mut body.shape, shown, &req.path.template),
            }
        }
        // A later line reading another resource than the first (`…/authentication/requirements`
        // after `…/signInPreferences`) whose example, or its twin's (`/me/…` beside
        // `/users/{id}/…`), shows one object of another type than the page states: that type
        // (the prose spoke of the first: "For sign-in preferences: … a [signInPreferences] object").
        // Not where the first line's example shows that type too (a derived type every
        // example shows, `learningAssignment` for the `learningCourseActivity` stated), nor for
        // the same set keyed otherwise (`learningCourseActivities(externalCourseActivityId=…)`).
        let last_literal = |t: &str| {
            t.rsplit('/').find(|s| !s.starts_with('{')).map(|s| s.split('(').next().unwrap_or(s).to_ascii_lowercase())
        };
        let first_shows = own_example(&requests[0], &examples)
            .and_then(|e| e.response.as_ref()?.2.as_ref())
            .and_then(annotated_response);
        if n > 0
            && last_literal(&req.path.template) != last_literal(&requests[0].path.template)
            && let Some((_, Some(json), Some(annotation))) = example_or_twin.and_then(|e| e.response.as_ref())
            && json.is_object()
            && json.get("value").is_none()
            && let Some(TypeRef::Named(item)) = annotated_response(annotation)
            && first_shows.as_ref().is_none_or(|first| *first != TypeRef::Named(item.clone()))
            && let Some(body) = &mut response.body
            && let Shape::Type(TypeRef::Named(stated)) = &body.shape
            && !stated.eq_ignore_ascii_case(&item)
        {
            body.shape = Shape::Type(TypeRef::Named(item));
        }
        // The same for a list: a later line reading another set whose example lists values
        // of another type, annotated so (`…/authenticationStrength/combinations` answering
        // `Collection(microsoft.graph.authenticationMethodModes)` on a page stating the
        // `authenticationMethodModeDetail`s of its first line, `…/authenticationMethodModes`).
        if n > 0
            && last_literal(&req.path.template) != last_literal(&requests[0].path.template)
            && let Some((_, Some(json), Some(annotation))) = example_or_twin.and_then(|e| e.response.as_ref())
            // Values, not objects: an enum's (objects of a type derived from the stated one, such
            // as `aadUserConversationMember`s on `…/allMembers`, are still the set's).
            && json.get("value").and_then(Value::as_array).is_some_and(|items| {
                !items.is_empty() && items.iter().all(Value::is_string)
            })
            && let Some(TypeRef::Collection(inner)) = annotated_response(annotation)
            && let TypeRef::Named(item) = *inner
            && first_shows
                .as_ref()
                .is_none_or(|first| !matches!(first, TypeRef::Collection(f) if **f == TypeRef::Named(item.clone())))
            && let Some(body) = &mut response.body
            && let Shape::CollectionPage(TypeRef::Named(stated)) = &body.shape
            && !stated.eq_ignore_ascii_case(&item)
        {
            body.shape = Shape::CollectionPage(TypeRef::Named(item));
        }
        // The example the page's `example_type` came from is the first line's: a later line
        // with an example of its own (`…/driveInclusionRules/{id}` showing a
        // `driveProtectionRule` beside `…/siteInclusionRules/{id}` showing a `siteProtectionRule`)
        // is weighed against what its own example shows.
        if n > 0
            && success.example_type.is_some()
            && let Some(own) = example.filter(|e| !first_with_response.is_some_and(|f| std::ptr::eq(*e, f)))
        {
            response.example_type = own.response.as_ref().and_then(|(_, json, annotation)| {
                let stated = success.body.as_ref().and_then(super::response::body_named_type)?;
                super::response::shown_type(
                    json.as_ref(),
                    &annotated_response(annotation.as_ref()?)?,
                    stated,
                    &success.either,
                )
            });
        }
        // `$select`, `$filter`, … where the page says its GET supports them (not on bytes).
        if req.method == Method::Get
            && let Some(odata) = &odata
            && !ends_in_content(&req.path.template)
            && response.body.as_ref().is_none_or(|b| b.media_type.contains("json"))
        {
            let collection = response.body.as_ref().is_some_and(|b| matches!(b.shape, Shape::CollectionPage(_)));
            for p in odata.parameters(&req.path.template, collection) {
                match parameters.iter_mut().find(|q| paths::same_ident(&q.name, &p.name)) {
                    // The request line shows it (`?$filter=groupId eq '{groupId}'`); the prose
                    // says whether it is needed.
                    // Or says it is needed where a line writes it ("The two query parameters are required").
                    // Only where every line merged into this one writes a query (a bare line
                    // beside shows the call without the options).
                    Some(shown) => {
                        let written = |o: &str| req.path.query.iter().any(|q| paths::same_ident(&q.name, o));
                        shown.required |= p.required || (req.variant && odata.required_where_written(&p.name, written));
                    }
                    None => parameters.push(p),
                }
            }
        }
        // An option only the line's examples pass (`…/termStore/groups/{id}?$select=*,parentSiteId`
        // on a page naming none): the service takes it. Not one the page says it does not
        // support, nor a list's option on a read of one item. On a read of content, only
        // `$format`, the one that asks for another representation of the bytes
        // (`…/transcripts/{id}/content?$format=text/vtt`).
        if req.method == Method::Get {
            let content = ends_in_content(&req.path.template)
                || !response.body.as_ref().is_some_and(|b| b.media_type.contains("json"));
            let collection = response.body.as_ref().is_some_and(|b| matches!(b.shape, Shape::CollectionPage(_)));
            // Of this line, or of another line of the page addressing the same thing by
            // another way (`/me/chats/{id}`, `/users/{id}/chats/{id}` beside `/chats/{id}`,
            // whose example passes `$expand=members`).
            // (The signed-in user's `me` is a key there: `/education/me/assignments` and
            // `/education/users/{id}/assignments`.)
            let end = |t: &str| -> Vec<String> {
                let skeleton = path_skeleton(t);
                skeleton.rsplit('/').take(2).map(|s| if s == "me" { "{}" } else { s }.to_string()).collect()
            };
            let own = end(&req.path.template);
            let same_end = |t: &str| t.matches('/').count() > 1 && end(t) == own;
            let aliases: Vec<&str> = requests
                .iter()
                .filter(|r| r.method == req.method && same_end(&r.path.template))
                .map(|r| r.path.template.as_str())
                .collect();
            let passed = examples
                .iter()
                .filter(|e| e.request.request.as_ref().is_some_and(|(m, _)| *m == req.method))
                .filter_map(|e| e.path.as_ref())
                .chain(shown_calls.iter().filter(|(m, _)| *m == req.method).map(|(_, p)| p))
                .filter(|p| {
                    example_of_line(&req.path.template, &p.template)
                        || aliases.iter().any(|a| example_of_line(a, &p.template))
                })
                .flat_map(|p| &p.query);
            for q in passed {
                if let Some(p) = super::odata::system_option(&q.name)
                    && (!content || p.name == "$format")
                    && (collection || !crate::extract::is_list_option(&p.name))
                    && !odata.as_ref().is_some_and(|o| o.excludes(&p.name))
                    && !parameters.iter().any(|x| paths::same_ident(&x.name, &p.name))
                    && !*supports_none.get_or_init(|| super::odata::supports_none(page))
                {
                    parameters.push(p);
                }
            }
            // A delta function's state tokens some example of the page passes (`delta?$skiptoken=…`,
            // `delta?$deltatoken=…`, the links the service hands out): every delta line of the
            // page takes them, also one no example calls.
            if lines::is_delta(&req.path.template) {
                let tokens = examples
                    .iter()
                    .filter_map(|e| e.path.as_ref())
                    .filter(|p| lines::is_delta(&p.template))
                    .flat_map(|p| &p.query)
                    .filter(|q| super::odata::is_state_token(&q.name));
                for q in tokens {
                    // Not one a sentence calls unsupported; the page's own example passes it, whatever
                    // the page says of OData's options.
                    if !parameters.iter().any(|x| x.name.eq_ignore_ascii_case(&q.name))
                        && !odata.as_ref().is_some_and(|o| o.excludes(&q.name))
                    {
                        parameters.push(super::odata::state_token(&q.name));
                    }
                }
            }
        }
        // An action answering JSON whose page names the options it takes
        // (`POST …/verify?$expand=provider`): those, and no usual set.
        if req.method == Method::Post
            && let Some(odata) = &odata
            && response.body.as_ref().is_some_and(|b| b.media_type.contains("json"))
        {
            let collection = response.body.as_ref().is_some_and(|b| matches!(b.shape, Shape::CollectionPage(_)));
            for p in odata.named_parameters(collection) {
                if !parameters.iter().any(|q| paths::same_ident(&q.name, &p.name)) {
                    parameters.push(p);
                }
            }
        }
        // `GET …/$count`: the number of items as text (OData), whatever the page says of
        // the collection; of the query options only `$filter` and `$search` count.
        if req.method == Method::Get && req.path.template.ends_with("/$count") {
            response.body = Some(Body::new("text/plain", Shape::Type(TypeRef::Primitive(Primitive::Int64))));
            parameters.retain(|p| {
                p.location != ParamLocation::Query
                    || !p.name.starts_with('$')
                    || matches!(p.name.as_str(), "$filter" | "$search")
            });
        }
        // A line whose path another line continues with a key (`/me/photos` beside
        // `/me/photos/{size}`) reads the set those keys address: a list of what the
        // page answers for one.
        if req.method == Method::Get
            && let Some(body) = &mut response.body
            && let Shape::Type(TypeRef::Named(item)) = &body.shape
            && requests.iter().any(|r| {
                r.path.template.strip_prefix(req.path.template.as_str()).is_some_and(|rest| {
                    rest.strip_prefix("/{").is_some_and(|key| key.ends_with('}') && !key.contains('/'))
                })
            })
        {
            body.shape = Shape::CollectionPage(TypeRef::Named(item.clone()));
        }
        // `GET …/$ref`: links to the objects, whatever the page's type for them.
        if req.method == Method::Get && req.path.template.ends_with("/$ref") {
            let list = response.body.as_ref().is_none_or(|b| matches!(b.shape, Shape::CollectionPage(_)));
            response.body = Some(Body::new("application/json", Shape::References { list }));
        }
        // `GET …/$value`, `GET …/content`: the bytes, whatever the page's type for the
        // entity, of the media type the line's own example shows (a transcript's `text/vtt`);
        // content the example shows as JSON, declared so (a user flow's language page,
        // `{"LocalizedStrings": […]}`), is any JSON: the content, not the entity.
        // A line without an example of its own reads the page's example of another line's
        // content of the type the page answers (`…/overridesPages/{id}/$value` beside an example
        // of `…/defaultPages/{id}/$value`, both annotated `userFlowLanguagePage`): the page's
        // one response section speaks for all its lines. Not another type's bytes.
        // The line's own example answers a redirect (`302 Found` and a `Location`, no body) where
        // the page answers otherwise: a download link (a live event's `…/attendeeReport` and
        // `…/recording`, beside the meeting's `200 OK`), which HTTP clients follow to what the page
        // answers: both.
        let answers_nothing = example
            .and_then(|e| e.response.as_ref())
            .is_some_and(|(m, json, _)| json.is_none() && m.body.trim().is_empty());
        let download_link = redirect_shown(example)
            .filter(|_| answers_nothing && !(300..400).contains(&response.status))
            .filter(|_| req.method == Method::Get && !ends_in_content(&req.path.template))
            .map(|status| Response {
                status,
                description: super::response::reason(status).to_string(),
                location_header: true,
                operation_location_header: false,
                headers: Vec::new(),
                example_type: None,
                body: None,
                ..response.clone()
            });
        if req.method == Method::Get
            && ends_in_content(&req.path.template)
            && response.body.as_ref().is_some_and(|b| b.media_type.contains("json"))
        {
            let stated = response.body.as_ref().and_then(super::response::body_named_type);
            let example_or_twin = example_or_twin.or_else(|| {
                examples.iter().find(|e| {
                    e.request.request.as_ref().is_some_and(|(m, _)| *m == req.method)
                        && e.path.as_ref().is_some_and(|p| ends_in_content(&p.template))
                        && e.response.as_ref().and_then(|(_, _, a)| annotated_response(a.as_ref()?)).is_some_and(
                            |shown| matches!(shown, TypeRef::Named(n) if stated.is_some_and(|s| s.eq_ignore_ascii_case(&n))),
                        )
                })
            });
            let json_shown = example_or_twin.and_then(|e| e.response.as_ref()).is_some_and(|(m, json, _)| {
                json.is_some() && m.header("content-type").is_some_and(|c| media_type_of(c).contains("json"))
            });
            // The line's own example answers a redirect to the bytes (a thumbnail's `…/content`
            // on "List thumbnails": `302 Found` and a `Location`): that answer, no body.
            let redirect = redirect_shown(example);
            if let Some(status) = redirect {
                response.status = status;
                response.description = super::response::reason(status).to_string();
                response.location_header = true;
                // The page's answer's other headers (`ETag`) are not the redirect's.
                response.operation_location_header = false;
                response.headers.clear();
                response.example_type = None;
            }
            response.body = if redirect.is_some() {
                None
            } else if json_shown {
                // With the example it reads (another line's, where it has none of its own): the
                // lines answer alike (an open object where it shows one).
                // (A success's: an error's body is no example of the answer.)
                let shown = example_or_twin
                    .and_then(|e| e.response.as_ref())
                    .filter(|(m, ..)| m.status.as_ref().is_none_or(|s| (200..300).contains(&s.0)))
                    .and_then(|(_, json, _)| json.clone());
                Some(Body {
                    example: shown,
                    ..Body::new("application/json", Shape::Type(TypeRef::Primitive(Primitive::Json)))
                })
            } else {
                let mut bytes = octet_stream();
                if let Some(shown) = bytes_media_type(example_or_twin) {
                    bytes.media_type = shown;
                }
                Some(bytes)
            };
        }
        // Answering success: an error's body is no example of the answer.
        let success = |e: &&Example| {
            e.response.as_ref().is_some_and(|(m, ..)| m.status.as_ref().is_none_or(|s| (200..300).contains(&s.0)))
        };
        // The page's one line of its method whose one example calls another URL (posting to an
        // item's URL for a `POST` to the set): that example answers for it, as it gives its
        // request body's example.
        let sole_of_method = || {
            let mut of_method =
                examples.iter().filter(|e| e.request.request.as_ref().is_some_and(|(m, _)| *m == req.method));
            let first = of_method.next();
            first
                .filter(|_| {
                    of_method.next().is_none() && requests.iter().filter(|r| r.method == req.method).count() == 1
                })
                .filter(success)
        };
        // (Not one showing one bare object where the line answers a page of them: beta's
        // sharedWithMe, whose one example on the page reads an item by its own URL.)
        let a_page = matches!(response.body.as_ref().map(|b| &b.shape), Some(Shape::CollectionPage(_)));
        let fits = |e: &&Example| {
            !a_page
                || !e
                    .response
                    .as_ref()
                    .and_then(|(_, json, _)| json.as_ref())
                    .is_some_and(crate::extract::shows_one_object)
        };
        if let Some(body) = &mut response.body
            && let Some((_, Some(json), _)) =
                example.filter(success).or_else(|| sole_of_method().filter(fits)).and_then(|e| e.response.as_ref())
            && body.media_type == "application/json"
        {
            body.example = Some(match &body.shape {
                Shape::Type(TypeRef::Named(named)) => {
                    unwrapped_entity(json, named, req.path.template.ends_with('}')).clone()
                }
                // A page of a collection shown as its bare items (`[{…}]`): the page holds them.
                Shape::CollectionPage(_) if json.is_array() => serde_json::json!({ "value": json }),
                _ => json.clone(),
            });
        }
        // The response type only an example's `@odata.context` names: not a link. The line's
        // own example, else its twin's (`PATCH /users/{id}/settings` beside an example of
        // `/me/settings`: one resource answers alike).
        let mut named_by_example = false;
        if response.body.is_none()
            && let Some((_, Some(json), _)) = example_or_twin.and_then(|e| e.response.as_ref())
        {
            // A JSON example without a documented type: what it shows (a collection its
            // `@odata.context` names, a `{"value": true}` result), else any JSON.
            // A creation answers with what it sent (`PUT /me/activities/{id}`: the `userActivity`),
            // and so does an update answering `200 OK` with an entity (`PATCH …/tabs/{id}`: the `teamsTab`).
            let updated = req.method == Method::Patch && response.status == 200 && json.get("value").is_none();
            let created =
                request_body.as_ref().map(|b| &b.shape).filter(|_| response.status == 201 || updated).and_then(|s| {
                    match s {
                        Shape::Type(t @ TypeRef::Named(_)) => Some(Shape::Type(t.clone())),
                        _ => None,
                    }
                });
            // Accepted work answering `{}`, or its headers written as JSON (`{"content-length": "0",
            // "location": …}`, beta's eDiscovery export): nothing to read.
            let accepted_empty =
                response.status == 202 && json.as_object().is_some_and(|o| o.is_empty() || headers_written_as_json(o));
            if response.status != 204 && !accepted_empty {
                let shape = created.unwrap_or_else(|| {
                    let shape = shape_of_example(json, page.file);
                    named_by_example = matches!(shape, Shape::CollectionPage(_));
                    shape
                });
                response.body = Some(Body { example: Some(json.clone()), ..Body::new("application/json", shape) });
            }
        }
        if let Some(name) = response.body.as_ref().and_then(|b| match &b.shape {
            Shape::Type(t) | Shape::CollectionPage(t) => t.named().map(str::to_string),
            _ => None,
        }) {
            let target = success_link.as_ref().filter(|(n, _)| n.eq_ignore_ascii_case(&name)).map(|(_, t)| t.clone());
            // Said where the prose links the type, else at the request line.
            let offset = link_at.filter(|_| target.is_some()).unwrap_or(req.offset);
            out.references.push(Reference {
                name,
                linked: !named_by_example,
                target,
                origin: Origin { file: page.file, offset },
            });
        }

        // `POST`/`PUT …/$ref` links an existing object: where its own example answers a bare
        // `204` against prose stating another status and an object ("`201 Created` … and a
        // [publishedResource] object"), the example stands. A line without an example of its own
        // (its request block marked ignored: a directory role's `roleTemplateId=…` line) answers
        // as every example of the method on the page does.
        let bare_204 = |e: &Example| {
            e.response
                .as_ref()
                .is_some_and(|(m, json, _)| m.status.as_ref().is_some_and(|s| s.0 == 204) && json.is_none())
        };
        let answered_by_all = || {
            let mut of_method = examples
                .iter()
                .filter(|e| e.request.request.as_ref().is_some_and(|(m, _)| *m == req.method) && e.response.is_some())
                .peekable();
            of_method.peek().is_some() && of_method.all(bare_204)
        };
        if matches!(req.method, Method::Post | Method::Put)
            && req.path.template.ends_with("/$ref")
            && example.map_or_else(answered_by_all, bare_204)
        {
            response.status = 204;
            response.description = super::response::reason(204).to_string();
            response.body = None;
        }
        // The status this line's own example answers, and whether it answers JSON.
        let shown = example
            .and_then(|e| e.response.as_ref())
            .and_then(|(m, json, _)| Some((m.status.as_ref()?.0, answers_json(m, json.as_ref()))));
        let examples_show_json =
            examples.iter().filter_map(|e| e.response.as_ref()).any(|(m, json, _)| answers_json(m, json.as_ref()));
        let mut responses = with_other_statuses(response, &other_statuses, &located, shown, examples_show_json);
        responses.extend(download_link);
        // A `HEAD` answers the headers a `GET` would, never a body ("HEAD requests will only return
        // the corresponding GET request's headers").
        if req.method == Method::Head {
            responses.iter_mut().for_each(|r| r.body = None);
        }
        // A read whose `If-None-Match` row says a matching tag brings `304 Not Modified`: that
        // answer too, without a body.
        if req.method == Method::Get && not_modified && !responses.iter().any(|r| r.status == 304) {
            responses.push(Response::plain(304, super::response::reason(304), None));
        }
        // A redirect to a download (beta's usage reports: "### CSV" answering `302 Found`) beside
        // a JSON answer the prose also states ("### JSON": `200 OK`, chosen by `$format`): both.
        if (300..400).contains(&responses[0].status) {
            for &status in other_statuses.iter().filter(|s| (200..300).contains(*s) && **s != 204) {
                responses.extend(answer_beside_redirect(status, page));
            }
        }

        // "Get informationProtectionLabel (deprecated)": the docs' mark on a deprecated API, or a
        // notice before the first section ("This API is deprecated and will stop returning data …").
        // A note in the HTTP request section marks the lines it names.
        let deprecated = page_deprecated || deprecated_line(req);
        out.operations.push(PageOperation {
            operation: Operation {
                id: task_id.clone().unwrap_or(id),
                method: req.method,
                path: req.path.template.clone(),
                summary: task.as_ref().map_or_else(|| summary.clone(), |t| t.heading.to_string()),
                description: match &task {
                    Some(t) => t.description.map(str::to_string).or_else(|| description.clone()),
                    None => description.clone(),
                },
                tag: tag_of(&req.path.template),
                parameters,
                request_body,
                responses,
                permissions: {
                    let lead_in = lines::lead_in(page, req.offset);
                    // "List your own or another user's authentication methods." over the line: the
                    // "acting on self" table is the line's too.
                    let serves_self = lines::paragraph_before(page, req.offset)
                        .is_some_and(|s| s.to_ascii_lowercase().contains("your own or another"));
                    let table = permissions.for_path(
                        req.method,
                        &req.path.template,
                        lead_in.filter(|_| permissions.by_labels()),
                        serves_self,
                    );
                    // Then a sentence after the line's block ("Listing labels for the organization
                    // requires the application permission …").
                    let note = lines::note_after(page, req.offset);
                    let mut kinds = for_token_kind(
                        for_token_kind(table.clone(), &req.path.template, lead_in),
                        &req.path.template,
                        note,
                    );
                    // The line written again under another lead-in: the kinds that one (and a sentence
                    // after its block) allows too.
                    // (No permissions at all is the default, any token: with it, any token still.)
                    for &at in &req.also_at {
                        let again = for_token_kind(table.clone(), &req.path.template, lines::lead_in(page, at));
                        let again = for_token_kind(again, &req.path.template, lines::note_after(page, at));
                        if kinds.is_empty() || again.is_empty() {
                            kinds = crate::model::Permissions::default();
                            break;
                        }
                        kinds.extend_from(&again);
                    }
                    kinds
                },
                options_named: odata.as_ref().is_some_and(|o| o.names_its_options()),
                deprecated,
                origin: Origin { file: page.file, offset: req.offset },
                also: Vec::new(),
                // A key renamed apart from another one written alike (`{id}` twice: `reviewSets/{reviewSets-id}`).
                keys_written: req
                    .path
                    .params
                    .iter()
                    .filter_map(|p| match &p.alternatives[..] {
                        [written] if *written != p.name => Some((p.name.clone(), written.clone())),
                        _ => None,
                    })
                    .collect(),
            },
            explicit_id: (explicit_id && n == anchor) || task_id.is_some(),
            variant: req.variant,
            body_either: if req.method.has_body() { body_either.clone() } else { Vec::new() },
            body_named_in_bold: body_named_in_bold
                .clone()
                .or_else(|| sends_bold_answer(req.method))
                .filter(|_| req.method.has_body()),
            more_examples: more_examples(req, example, &examples),
            more_requests: if req.method.has_body() { more_requests(req, example, &examples) } else { Vec::new() },
        });
    }
    out
}

/// Whether an example's path is a call of the request line `template`: as [`path_matches`],
/// without a placeholder standing for an OData segment (`$count`) or a call (`f()`). A
/// `/me/…` line's calls include the same request on `/users/{id}/…` (a page showing only
/// the other user's form of its two lines).
pub(super) fn example_of_line(template: &str, example: &str) -> bool {
    if let Some(rest) = template.strip_prefix("/me/")
        && example.starts_with("/users/")
        && example_of_line(&format!("/users/{{me}}/{rest}"), example)
    {
        return true;
    }
    let example = as_the_line_writes(template, example);
    let example = example.as_ref();
    path_matches(template, example)
        && template
            .split('/')
            .zip(example.split('/'))
            .all(|(t, e)| !t.starts_with('{') || !(e.starts_with('$') || e.contains('(')))
}

/// An example's path as a line `template` writes it: `/me/…` is the signed-in user's
/// `/users/{id}/…` (a page whose lines are all `/users/{id | userPrincipalName}/…` may show
/// its examples on `/me`); a key in parentheses (`trainingCampaigns('f1b1…')`) is the line's
/// key segment; an action called by its qualified name (`…/calls/{id}/
/// microsoft.graph.sendDtmfTones`, `…/microsoft.graph.security.close`, in any letter case) is
/// the one the line names bare (`…/sendDtmfTones`).
fn as_the_line_writes<'e>(template: &str, example: &'e str) -> std::borrow::Cow<'e, str> {
    let example = match template.starts_with("/users/").then(|| paths::me_as_user(example)).flatten() {
        Some(as_user) => std::borrow::Cow::Owned(as_user),
        None => std::borrow::Cow::Borrowed(example),
    };
    // `trainingCampaigns('f1b1…')` for the line's `trainingCampaigns/{trainingCampaignId}` (a
    // qualified action after it is read below).
    let example = match paths::literal_keys_as_segments(&example) {
        Some(keyed) if !path_matches(template, &example) && keyed.split('/').count() == template.split('/').count() => {
            std::borrow::Cow::Owned(keyed)
        }
        _ => example,
    };
    // `onlineMeetings/MSo1…` for the line's `onlineMeetings({meetingId})`.
    let example = match keys_in_parentheses_as_the_line_writes(template, &example) {
        Some(keyed) if !path_matches(template, &example) => std::borrow::Cow::Owned(keyed),
        _ => example,
    };
    const NAMESPACE: &str = "microsoft.graph.";
    if !example.to_ascii_lowercase().contains(NAMESPACE) || template.split('/').count() != example.split('/').count() {
        return example;
    }
    // `microsoft.graph.reject`, `Microsoft.Graph.security.close`: the name after the last dot,
    // where the line writes that name without a namespace.
    let bare_in_line = |t: &str, e: &str| -> Option<usize> {
        let qualified = e.get(..NAMESPACE.len()).is_some_and(|p| p.eq_ignore_ascii_case(NAMESPACE));
        let name_at = e.rfind('.')? + 1;
        (qualified && !t.contains('.') && e[name_at..].eq_ignore_ascii_case(t)).then_some(name_at)
    };
    if !template.split('/').zip(example.split('/')).any(|(t, e)| bare_in_line(t, e).is_some()) {
        return example;
    }
    let segments: Vec<&str> =
        template.split('/').zip(example.split('/')).map(|(t, e)| bare_in_line(t, e).map_or(e, |at| &e[at..])).collect();
    std::borrow::Cow::Owned(segments.join("/"))
}

/// An example's keys written as segments (`users/ba32…/onlineMeetings/MSo1…`) where the line
/// `template` writes them in parentheses after their sets (`users({userId})`, `cases('{id}')`):
/// the example as the line writes it; `None` where the segments do not pair up so.
fn keys_in_parentheses_as_the_line_writes(template: &str, example: &str) -> Option<String> {
    if !template.contains("({") && !template.contains("('{") {
        return None;
    }
    let shown: Vec<&str> = example.split('/').collect();
    let mut out: Vec<String> = Vec::new();
    let mut at = 0;
    for segment in template.split('/') {
        let here = *shown.get(at)?;
        let set =
            |open: &str, close: &str| segment.strip_suffix(close).and_then(|s| s.split_once(open)).map(|(n, _)| n);
        match (set("({", "})"), set("('{", "}')")) {
            (Some(name), _) if here.eq_ignore_ascii_case(name) => {
                out.push(format!("{here}({})", shown.get(at + 1)?));
                at += 2;
            }
            (_, Some(name)) if here.eq_ignore_ascii_case(name) => {
                out.push(format!("{here}('{}')", shown.get(at + 1)?));
                at += 2;
            }
            _ => {
                out.push(here.to_string());
                at += 1;
            }
        }
    }
    (at == shown.len()).then(|| out.join("/"))
}

/// A response's headers written where its body goes: a `content-length` of zero among members
/// named as headers are (words joined by `-`, in any letter case: `Content-Length`).
fn headers_written_as_json(members: &serde_json::Map<String, Value>) -> bool {
    let empty = members
        .iter()
        .any(|(k, v)| k.eq_ignore_ascii_case("content-length") && (v.as_str() == Some("0") || v.as_u64() == Some(0)));
    empty && members.keys().all(|k| !k.is_empty() && k.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-'))
}

/// The example of `req` itself: same method, a URL its path matches.
fn own_example<'e>(req: &RequestPath, examples: &'e [Example]) -> Option<&'e Example> {
    let matches = |example: &str| path_matches(&req.path.template, &as_the_line_writes(&req.path.template, example));
    let matching = examples.iter().filter(|e| {
        e.request.request.as_ref().is_some_and(|(m, _)| *m == req.method)
            && e.path.as_ref().is_some_and(|p| matches(&p.template))
    });
    // Of the calls of one function with other arguments (`delta` and `delta(token='…')`),
    // the one passing the line's own; then one calling the line as written (`/users/{user-id}/…`
    // for the `/users/{userId}/…` line, before a `/me/…` example read as the same user's).
    let wanted = call_argument_names(&req.path.template);
    matching.min_by_key(|e| {
        let p = e.path.as_ref();
        let passes_own = p.is_some_and(|p| call_argument_names(&p.template) == wanted);
        let as_written = p.is_some_and(|p| path_matches(&req.path.template, &p.template));
        (!passes_own, !as_written)
    })
}

/// Whether an example response answers JSON (read, or a body starting as an object does).
fn answers_json(message: &Message, json: Option<&Value>) -> bool {
    json.is_some() || message.body.trim_start().starts_with('{')
}

/// The page's examples of `req` other than its own `example`: calls of the line by its method.
fn other_examples_of<'e>(
    req: &'e RequestPath,
    example: Option<&'e Example>,
    examples: &'e [Example],
) -> impl Iterator<Item = &'e Example> {
    let matches = |e: &str| path_matches(&req.path.template, &as_the_line_writes(&req.path.template, e));
    examples.iter().filter(move |e| {
        !example.is_some_and(|own| std::ptr::eq(own, *e))
            && e.request.request.as_ref().is_some_and(|(m, _)| *m == req.method)
            && e.path.as_ref().is_some_and(|p| matches(&p.template))
    })
}

/// The JSON the page's other examples of `req` answer with on success, beside its own
/// `example` (the one its response carries): "Example 4" of a create showing a member
/// the first example's answer leaves out.
fn more_examples(req: &RequestPath, example: Option<&Example>, examples: &[Example]) -> Vec<Value> {
    other_examples_of(req, example, examples)
        .filter_map(|e| {
            let (m, json, _) = e.response.as_ref()?;
            let success = m.status.as_ref().is_none_or(|s| (200..300).contains(&s.0));
            json.as_ref().filter(|_| success).cloned()
        })
        .collect()
}

/// The JSON bodies the page's other examples of `req` send, beside its own `example`'s
/// ("Example 3" of an export sending `"exportCriteria": "searchHits, partiallyIndexed"`).
fn more_requests(req: &RequestPath, example: Option<&Example>, examples: &[Example]) -> Vec<Value> {
    other_examples_of(req, example, examples).filter_map(|e| e.request_json.clone()).collect()
}

/// A description without its "Optional." sentence (`Optional. The locale.` → `The locale.`)
/// or its leading "Optional" (`Optional parameter to filter …` → `Parameter to filter …`).
fn without_optional_sentence(description: &str) -> String {
    let kept = description
        .split_inclusive(['.', ';'])
        .filter(|s| !s.trim().trim_end_matches(['.', ';']).eq_ignore_ascii_case("optional"))
        .collect::<String>();
    let kept = kept.trim();
    match kept.split_once(' ') {
        Some((first, rest)) if first.trim_end_matches(',').eq_ignore_ascii_case("optional") && says_optional(kept) => {
            let mut chars = rest.trim_start().chars();
            chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
        }
        _ => kept.to_string(),
    }
}

/// The argument names the last segment's function call passes, lower-cased and sorted
/// (`…/delta(token='x')` → `["token"]`; none for a bare segment).
fn call_argument_names(template: &str) -> Vec<String> {
    let args = super::request::call_of(template).map(|(_, _, args)| args).unwrap_or_default();
    let mut names: Vec<String> =
        args.iter().filter_map(|a| a.split_once('=')).map(|(n, _)| n.trim().to_ascii_lowercase()).collect();
    names.sort();
    names
}

/// A later request line's own example, annotated one item where the page's first
/// line answers a list (a single thumbnail), or the other way round: `shape` follows
/// it when the type is the same.
fn list_or_item_as_shown(shape: &mut Shape, shown: TypeRef, template: &str) {
    match (&*shape, shown) {
        // A read of the items' set stays a list (`response::ends_in_set_of`).
        (Shape::CollectionPage(TypeRef::Named(a)), TypeRef::Named(b))
            if a.eq_ignore_ascii_case(&b) && !super::response::ends_in_set_of(template, a) =>
        {
            *shape = Shape::Type(TypeRef::Named(b));
        }
        (Shape::Type(TypeRef::Named(a)), TypeRef::Collection(inner)) if matches!(&*inner, TypeRef::Named(b) if a.eq_ignore_ascii_case(b)) =>
        {
            *shape = Shape::CollectionPage(*inner);
        }
        _ => {}
    }
}

/// `first` (the operation's own success, kept first: readers take it as *the*
/// success) and the other statuses the prose names that answer with the same body,
/// progenitor taking one success type per operation: `204` and `202` have none (a
/// `204` is another bodiless answer beside a first without a body), the others the
/// first's (a `200` beside a `204` would be another type). A `201` without a known type, or beside an example showing a body, is a type unknown,
/// not absent. The example goes to the status its status line `shown` (with whether it
/// answers JSON); a `202` it shows answering JSON (`{}` beside "returns a `200 OK` or a
/// `202 Accepted`") has a body, so it answers with the first's type (members being
/// optional, `{}` is one).
fn with_other_statuses(
    first: Response,
    others: &[u16],
    located: &[u16],
    shown: Option<(u16, bool)>,
    examples_show_json: bool,
) -> Vec<Response> {
    if !(200..300).contains(&first.status) {
        return vec![first];
    }
    let bodiless = first.body.is_none() && matches!(first.status, 202 | 204) && !examples_show_json;
    let accepted_with_json = !bodiless && first.body.is_some() && shown == Some((202, true));
    // A `204` beside a first success without a body (`200 OK` "does not return anything"): none either.
    let empty_too = first.body.is_none() && !examples_show_json;
    let shown = shown.map(|(status, _)| status);
    let mut responses = vec![first];
    for &status in others
        .iter()
        .filter(|&&s| matches!(s, 202 | 204) == bodiless || (s == 202 && accepted_with_json) || (s == 204 && empty_too))
    {
        let mut other = responses[0].clone();
        other.status = status;
        other.description = reason(status).to_string();
        // (A `Location` a sentence gives this status alone is its own too.)
        other.location_header = (other.location_header || located.contains(&status)) && matches!(status, 201 | 202);
        other.operation_location_header &= matches!(status, 201 | 202);
        if let Some(body) = &mut other.body {
            body.example = None;
            if shown == Some(status)
                && let Some(first) = responses[0].body.as_mut()
            {
                body.example = first.example.take();
            }
        }
        responses.push(other);
    }
    responses
}

/// The `status` a page answering a redirect also states, where an annotated example answers it
/// with JSON: what that example shows (`{"value": [...]}` of the type its `@odata.context`
/// names; any JSON where the example is broken). Not a status the page shows no JSON for ("If
/// the redirect can't be generated, … `200 OK` … with the full contents of the file": bytes).
fn answer_beside_redirect(status: u16, page: &Page<'_>) -> Option<Response> {
    let body = match examples::json_answering(page, status)? {
        Some(json) => {
            let shape = shape_of_example(&json, page.file);
            Body { example: Some(json), ..Body::new("application/json", shape) }
        }
        // Declared JSON, shown broken: any JSON.
        None => Body::new("application/json", Shape::Type(TypeRef::Primitive(Primitive::Json))),
    };
    Some(Response::plain(status, reason(status), Some(body)))
}

/// The first literal path segment, without OData syntax, as the tag (`workbook` for
/// Excel's paths under their drive item).
pub(crate) fn tag_of(path: &str) -> String {
    // Excel's operations stay together, under whichever drive item's address
    // (`/me/drive/items/{item-id}/workbook/…`, `/me/drive/root:/{item-path}:/workbook/…`).
    if path.split(['/', '?']).any(|s| s == "workbook") {
        return "workbook".to_string();
    }
    path.split('/')
        .find(|s| !s.is_empty())
        .map(|s| s.split(['(', ':', '{']).next().unwrap_or(s))
        .filter(|s| !s.is_empty())
        .unwrap_or("root")
        .to_string()
}

/// What an api page's request table describes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Described {
    /// The type the body's prose links.
    Stated,
    /// The entity an update answers with.
    Answered,
    /// The entity a `GET` on an update's path reads (the update answers nothing).
    AtPath,
}

#[cfg(test)]
mod tests;

/// The redirect a line's own example answers (`302 Found` and a `Location`), if it does.
fn redirect_shown(example: Option<&Example>) -> Option<u16> {
    example
        .and_then(|e| e.response.as_ref())
        .filter(|(m, ..)| m.header("location").is_some())
        .and_then(|(m, ..)| m.status.as_ref().map(|s| s.0))
        .filter(|s| (300..400).contains(s))
}

/// "You cannot update Stream types with other data types in the same request.", "Only Stream data
/// types … are updated using the PUT method": the page writes every stream on its own.
fn says_streams_written_apart(page: &Page<'_>) -> bool {
    page.doc.blocks.iter().any(|b| {
        let Block::Paragraph(p) = b else { return false };
        super::text::sentences(&p.text).any(|s| {
            let lower = s.to_ascii_lowercase();
            lower.contains("stream")
                && (lower.contains("with other data types in the same request")
                    || (lower.contains("only stream") && lower.contains("put method")))
        })
    })
}

/// Whether a row's "_Not supported_ by **delta** on events" clause names the line `template`: a
/// segment of it (`events`) that another line lacks. Not a clause about something else ("not
/// supported by personal accounts"), nor one the line shares with every other.
fn not_supported_on(description: &str, template: &str, requests: &[RequestPath]) -> bool {
    let lower = description.to_ascii_lowercase();
    lower.match_indices("not supported by").any(|(at, _)| {
        let clause = &lower[at..];
        let clause = &clause[..clause.find('.').unwrap_or(clause.len())];
        clause.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
            !w.is_empty() && has_segment(template, w) && requests.iter().any(|r| !has_segment(&r.path.template, w))
        })
    })
}

/// Whether a path has a segment named `word` (a call's arguments aside: `delta()` is `delta`).
fn has_segment(template: &str, word: &str) -> bool {
    template.split('/').any(|s| s.split('(').next().is_some_and(|name| name.eq_ignore_ascii_case(word)))
}
