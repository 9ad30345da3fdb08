//! Api pages → operations.
//!
//! The page's request lines and examples are read here; what the request
//! carries is read in [`super::request`], what answers it in [`super::response`].

use serde_json::Value;

use super::ids::{base_operation_id, line_ids};
use super::odata::{odata_options, system_option};
use super::request::{
    ParamDoc, RequestBody, call_argument, content_type_header, ends_in_content, function_query_arguments,
    function_section_arguments, header_params, octet_stream, path_parameter_docs, permissions, placeholder_notes,
    query_params, request_body, shape_shown, stream_properties, url_function_arguments, with_call_arguments,
};
use super::response::media_type_of;
use super::response::{
    Success, annotated_response, created_or_updated, kind_shown, list_or_item_shown, one_value, reason,
    success_response,
};
use super::text::{is_todo, says_no_body};
use super::types::strip_namespace;
use super::{PageOperation, PageOutput, Reference};
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::http::{self, Message, Method};
use crate::json::parse_lenient;
use crate::markdown::{Block, CodeBlock};
use crate::model::{
    Body, Operation, Origin, ParamLocation, Parameter, Property, Response, Shape, TypeDef, TypeKind, TypeSource,
};
use crate::page::{Page, offset_of};
use crate::paths::{self, NormalizedPath};
use crate::source::Span;
use crate::types::{Primitive, TypeRef};

/// One request line of the "HTTP request" section.
pub(super) struct RequestPath {
    pub(super) method: Method,
    pub(super) path: NormalizedPath,
    offset: usize,
    /// Every line for this path carries a query string (`GET /me/messages?$filter=…`).
    variant: bool,
}

impl RequestPath {
    /// Query options another line of the page shows for this path, each once.
    fn add_query(&mut self, query: impl IntoIterator<Item = paths::QueryParam>) {
        for q in query {
            if !self.path.query.iter().any(|k| k.name == q.name) {
                self.path.query.push(q);
            }
        }
    }
}

/// An example request with the response that follows it.
pub(super) struct Example {
    pub(super) request: Message,
    pub(super) request_json: Option<Value>,
    pub(super) response: Option<(Message, Option<Value>, Option<Value>)>,
    /// The request annotation's `name`.
    pub(super) request_name: Option<String>,
    /// The request line's target, normalized once (several rules compare it).
    pub(super) path: Option<NormalizedPath>,
}

/// The JSON body a request line sends: the page's documented shape, else what its example
/// shows (the `@odata.type` it names, the entity a create or update answers with, its
/// members); a table the example wraps in one member describes that member; in a `PATCH`
/// nothing is required.
fn json_body(
    page: &Page<'_>,
    req: &RequestPath,
    example: Option<&Example>,
    examples: &[Example],
    documented: Option<&Shape>,
    success: &Response,
    out: &mut PageOutput,
) -> Option<Body> {
    // The page's example may show another of its request lines (`/me/…` for
    // `/users/{id}/…`): its body is this line's body too.
    let example =
        example.or_else(|| examples.iter().find(|e| e.request.request.as_ref().is_some_and(|(m, _)| *m == req.method)));
    let mut example_json = example.and_then(|e| e.request_json.clone());
    // Without a table or an example body, a JSON block in the Request body section
    // shows it ("you may optionally include the `x` parameter in a JSON body, as follows").
    let mut optional = false;
    if documented.is_none()
        && example_json.is_none()
        && let Some(section) = page.section(&["request body"])
        && let Some(shown) = section.iter().find_map(|(_, b)| match b {
            Block::Code(c) if c.info.eq_ignore_ascii_case("json") => {
                crate::json::parse_lenient(&c.text).ok().map(|p| p.value).filter(Value::is_object)
            }
            _ => None,
        })
    {
        optional = section
            .iter()
            .any(|(_, b)| matches!(b, Block::Paragraph(p) if p.text.to_ascii_lowercase().contains("optional")));
        example_json = Some(shown);
    }
    let origin = Origin { file: page.file, offset: req.offset };
    let mut shape = documented.cloned().or_else(|| {
        let ex = example_json.as_ref()?;
        Some(match ex.get("@odata.type").and_then(Value::as_str).and_then(super::types::odata_type) {
            Some(TypeRef::Named(name)) => {
                out.references.push(Reference { name: name.clone(), linked: false, target: None, origin });
                Shape::Type(TypeRef::Named(name))
            }
            _ => created_or_updated(req.method, success)
                .or_else(|| shape_shown(ex, origin, out))
                // `{}` ("supply an empty JSON object"): an object, with nothing in it.
                .or_else(|| ex.as_object().filter(|o| o.is_empty()).map(|_| Shape::Object(Vec::new())))
                .unwrap_or(Shape::Type(TypeRef::Primitive(Primitive::Json))),
        })
    });
    if let (Some(Shape::Object(props)), Some(Value::Object(ex))) = (&shape, &example_json) {
        let origin = Origin { file: page.file, offset: req.offset };
        if let Some(wrapped) =
            wrapped_member(page, props, ex, origin, out).or_else(|| listed_items(page, props, ex, origin, out))
        {
            shape = Some(wrapped);
        }
    }
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
        required: !optional,
        example: example_json,
    })
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
    let section = page.section(&["response", "responses"])?;
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
    (!props.is_empty()).then(|| Body {
        media_type: "application/json".into(),
        shape: Shape::Object(props),
        required: true,
        example: None,
    })
}

/// An HTTP header's name in a table cell (`Location`, `Retry-After`, `Content-Type`).
fn is_header_name(cell: &str) -> bool {
    let name = cell.trim().trim_matches(['`', '*']);
    super::response::is_location(name)
        || name.split('-').count() > 1 && name.split('-').all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
}

/// A request line's path parameters, described by the page's parameter table (a
/// function's argument takes the table's type), a note on its `{placeholder}`, or
/// the alternatives the line writes (`{id | userPrincipalName}`).
fn path_parameters(req: &RequestPath, path_docs: &[ParamDoc], notes: &[(String, String)]) -> Vec<Parameter> {
    req.path
        .params
        .iter()
        .map(|p| {
            let alternatives = (p.alternatives.len() > 1).then(|| {
                format!("One of: {}.", p.alternatives.iter().map(|a| format!("`{a}`")).collect::<Vec<_>>().join(", "))
            });
            // `getEmailActivityCounts(period='{period_value}')`: the table names `period`.
            let argument = call_argument(&req.path.template, &p.name);
            let documented = argument
                .iter()
                .chain(&p.alternatives)
                .chain(std::iter::once(&p.name))
                .find_map(|n| path_docs.iter().find(|d| d.name.eq_ignore_ascii_case(n)));
            // "For {id}, specify the domain's name.": one parameter, the one written so.
            let written = |n: &str| p.alternatives.iter().any(|a| a == n);
            let noted = notes
                .iter()
                .find(|(n, _)| written(n) && req.path.params.iter().filter(|q| q.alternatives.contains(n)).count() == 1)
                .map(|(_, note)| note.clone());
            Parameter {
                name: p.name.clone(),
                location: ParamLocation::Path,
                description: match (
                    documented.map(|d| d.description.clone()).filter(|d| !d.is_empty()).or(noted),
                    alternatives,
                ) {
                    (Some(d), Some(a)) => Some(format!("{d} {a}")),
                    (d, a) => d.or(a),
                },
                required: true,
                // A function's argument has the table's type (`count=n`: Int32); a key is a string.
                ty: match (&argument, documented) {
                    (Some(_), Some(d)) => d.ty.clone(),
                    _ => TypeRef::Primitive(Primitive::String),
                },
            }
        })
        .collect()
}

/// The parameters of a request line's query string, after `parameters` (one Rust name
/// each): typed by the query parameters table, or as the OData system option they
/// name, else strings with the docs' example value.
fn push_query_parameters(parameters: &mut Vec<Parameter>, req: &RequestPath, query_table: &[Parameter]) {
    for q in &req.path.query {
        let placeholder = q.value.as_deref().is_some_and(|v| v.starts_with('{') && v.ends_with('}'));
        // Parameters become Rust arguments: two that map to one name cannot both stay.
        if parameters.iter().any(|p| paths::same_ident(&p.name, &q.name)) {
            continue;
        }
        // The query parameters table says more than the request line's example value.
        if let Some(row) = query_table.iter().find(|p| paths::same_ident(&p.name, &q.name)) {
            parameters.push(Parameter { name: q.name.clone(), ..row.clone() });
            continue;
        }
        // `?$top=1` shows the option, not its only value.
        if let Some(mut option) = system_option(&q.name) {
            if let (Some(d), Some(v)) = (&mut option.description, q.value.as_ref().filter(|_| !placeholder)) {
                d.push_str(&format!(" The docs use `{v}`."));
            }
            parameters.push(option);
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
}

/// A placeholder of prose after a key that names one of the body's `Stream`
/// properties (`…/localizations/{id}/{Stream object type such as backgroundImage}`)
/// stands for each of them: one path a property, written as its bytes.
fn stream_property_paths(requests: Vec<RequestPath>, streams: &[&str]) -> Vec<RequestPath> {
    if streams.is_empty() {
        return requests;
    }
    let mut out = Vec::with_capacity(requests.len());
    for req in requests {
        let (head, last) = req.path.template.rsplit_once('/').unwrap_or(("", ""));
        let prose = req.path.params.last().filter(|p| {
            last == format!("{{{}}}", p.name)
                && (head.ends_with('}') || head.ends_with(')'))
                && p.alternatives.first().is_some_and(|a| {
                    a.split_whitespace().count() >= 3 && streams.iter().any(|s| a.split_whitespace().any(|w| w == *s))
                })
        });
        if prose.is_none() {
            out.push(req);
            continue;
        }
        for name in streams {
            let mut path = req.path.clone();
            path.params.pop();
            path.template = format!("{head}/{name}");
            out.push(RequestPath { method: req.method, path, offset: req.offset, variant: req.variant });
        }
    }
    out
}

/// Extracts the operations of an api page./// Extracts the operations of an api page.
pub fn extract_api_page(page: &Page<'_>, diags: &mut Vec<Diagnostic>) -> PageOutput {
    let mut out = PageOutput::default();
    let requests = request_paths(page, diags);
    if requests.is_empty() {
        return out;
    }
    let (examples, unpaired_status) = examples(page, &requests, diags);
    // An API root names its version; other hosts in examples are callbacks,
    // upload sessions and download URLs (`https://sn3302.up.1drv.com/…`).
    for ex in &examples {
        if let Some(s) = ex.path.as_ref().and_then(|p| p.server.as_ref())
            && paths::is_api_root(s)
        {
            out.servers.push(s.clone());
        }
    }
    let permissions = permissions(page, diags);
    let headers = header_params(page);
    let mut query_table = query_params(page);
    let odata = odata_options(page);
    let mut path_docs = path_parameter_docs(page);
    // A function whose arguments are documented only as "query parameters" under
    // "Request body": its examples call it with them, and so does the contract.
    let get_only = requests.iter().all(|r| r.method == Method::Get);
    let mut url_args = url_function_arguments(page, get_only);
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
        for req in requests.iter_mut().filter(|r| r.method == Method::Get) {
            if let Some(path) = with_call_arguments(&req.path, &url_args) {
                req.path = path;
            }
        }
        path_docs.extend(url_args);
    }
    let notes = placeholder_notes(page);
    let documented_content_type = content_type_header(page);
    let RequestBody {
        shape: request_shape,
        table: body_table,
        none: no_request_body,
        either: body_either,
        omissible,
        optional,
    } = request_body(page, &mut out, diags);
    let streams = stream_properties(request_shape.as_ref());
    let mut requests = stream_property_paths(requests, &streams);
    for req in &mut requests {
        quote_arguments_as_shown(req, &examples);
    }
    let Success { response: mut success, also: other_statuses, link: success_link } = success_response(
        page,
        &examples,
        unpaired_status,
        &requests[0].path.template,
        requests.iter().all(|r| !paths::addresses_member(&r.path.template)),
    );
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

    // The line the page's id names: the first, unless it reads the bytes of another
    // line's resource (`/me/photo/$value` before `/me/photo`): the resource's line then.
    let bytes_of_another = |r: &RequestPath| {
        r.path.template.strip_suffix("/$value").is_some_and(|resource| {
            requests.iter().any(|o| o.method == r.method && o.path.template.eq_ignore_ascii_case(resource))
        })
    };
    let anchor = requests.iter().position(|r| !bytes_of_another(r)).unwrap_or(0);
    let ids = line_ids(&base_id, &requests, anchor);
    for (n, (req, id)) in requests.iter().zip(ids).enumerate() {
        let example = examples.iter().find(|e| {
            e.request.request.as_ref().is_some_and(|(m, _)| *m == req.method)
                && e.path.as_ref().is_some_and(|p| path_matches(&req.path.template, &p.template))
        });
        let mut parameters = path_parameters(req, &path_docs, &notes);
        push_query_parameters(&mut parameters, req, &query_table);
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
                || (ends_in_content(&req.path.template) && !json_documented)
                || req.path.template.rsplit('/').next().is_some_and(|last| streams.contains(&last)));
        let request_body = if req.method.has_body() && req.path.template.ends_with("/$ref") {
            // Adding a reference sends the target's URL, whatever type the prose names.
            Some(reference_body(
                example.and_then(|e| e.request_json.clone()),
                Origin { file: page.file, offset: req.offset },
            ))
        } else if binary_upload {
            // A photo, a file's bytes, a OneNote page's HTML: progenitor takes one
            // binary body form, `application/octet-stream` (the page's own media
            // type, `image/jpeg`, is the caller's to set on the request).
            Some(octet_stream())
        } else if req.method.has_body() && !no_request_body {
            json_body(page, req, example, &examples, request_shape.as_ref(), &success, &mut out).map(|mut body| {
                // This line's own example sends nothing where another example sends a body, and
                // the section allows that (every parameter optional, or "for a specific custom
                // extension, don't supply a request body"): optional here.
                if omissible
                    && example.is_some_and(|e| e.request.body.trim().is_empty())
                    && examples.iter().any(|e| e.request_json.is_some())
                {
                    body.required = false;
                }
                // "In the request body, you can optionally provide the reason."
                body.required &= !optional;
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
                _ => list_or_item_as_shown(&mut body.shape, shown),
            }
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
                    Some(shown) => shown.required |= p.required,
                    None => parameters.push(p),
                }
            }
        }
        // `GET …/$count`: the number of items as text (OData), whatever the page says of
        // the collection; of the query options only `$filter` and `$search` count.
        if req.method == Method::Get && req.path.template.ends_with("/$count") {
            response.body = Some(Body {
                media_type: "text/plain".into(),
                shape: Shape::Type(TypeRef::Primitive(Primitive::Int64)),
                required: true,
                example: None,
            });
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
            response.body = Some(Body {
                media_type: "application/json".into(),
                shape: Shape::References { list },
                required: true,
                example: None,
            });
        }
        // `GET …/$value`, `GET …/content`: the bytes, whatever the page's type for the
        // entity, of the media type the line's own example shows (a transcript's `text/vtt`).
        if req.method == Method::Get
            && ends_in_content(&req.path.template)
            && response.body.as_ref().is_some_and(|b| b.media_type.contains("json"))
        {
            let mut bytes = octet_stream();
            if let Some(shown) = bytes_media_type(example_or_twin) {
                bytes.media_type = shown;
            }
            response.body = Some(bytes);
        }
        if let Some(body) = &mut response.body
            && let Some((_, Some(json), _)) = example.and_then(|e| e.response.as_ref())
            && body.media_type == "application/json"
        {
            body.example = Some(match &body.shape {
                Shape::Type(TypeRef::Named(_)) => unwrapped_entity(json).clone(),
                _ => json.clone(),
            });
        }
        // The response type only an example's `@odata.context` names: not a link.
        let mut named_by_example = false;
        if response.body.is_none()
            && let Some((_, Some(json), _)) = example.and_then(|e| e.response.as_ref())
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
            if response.status != 204 {
                let shape = created.unwrap_or_else(|| {
                    let shape = shape_of_example(json, page.file);
                    named_by_example = matches!(shape, Shape::CollectionPage(_));
                    shape
                });
                response.body = Some(Body {
                    media_type: "application/json".into(),
                    shape,
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
                linked: !named_by_example,
                target,
                origin: Origin { file: page.file, offset: req.offset },
            });
        }

        let shown = example.and_then(|e| e.response.as_ref()).and_then(|(m, ..)| m.status.as_ref()).map(|s| s.0);
        let examples_show_json = examples
            .iter()
            .filter_map(|e| e.response.as_ref())
            .any(|(m, json, _)| json.is_some() || m.body.trim_start().starts_with('{'));
        let responses = with_other_statuses(response, &other_statuses, shown, examples_show_json);

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
                responses,
                permissions: permissions.for_path(&req.path.template),
                origin: Origin { file: page.file, offset: req.offset },
            },
            explicit_id: explicit_id && n == anchor,
            variant: req.variant,
            body_either: if req.method.has_body() { body_either.clone() } else { Vec::new() },
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
        let mut blocks: Vec<usize> = sections.iter().flat_map(|s| s.blocks.clone()).collect();
        // A page whose "HTTP request" is an annotated example (`drive-list.md`: one
        // scenario per section, `GET /groups/{groupId}/drives` under the first) writes
        // its other request lines the same way: annotated requests with a relative target.
        if blocks.iter().any(|&i| page.block_type(i) == Some("request")) {
            let relative = |i: usize| matches!(&page.doc.blocks[i], Block::Code(c) if http::request_lines(&c.text).iter().all(|l| l.target.starts_with('/')));
            let more: Vec<usize> = (0..page.doc.blocks.len())
                .filter(|i| !blocks.contains(i) && page.block_type(*i) == Some("request") && relative(*i))
                .collect();
            blocks.extend(more);
        }
        blocks
    };
    for i in blocks {
        let (text, code, paragraph_start) = match &page.doc.blocks[i] {
            Block::Code(c) => (c.text.as_str(), Some(c), 0),
            Block::Paragraph(p) if !sections.is_empty() => (p.text.as_str(), None, p.span.start),
            _ => continue,
        };
        let sample_keys = page.sample_keys(i);
        for line in http::request_lines(text) {
            let offset = code.map_or(paragraph_start + line.offset, |c| c.source_offset(line.offset));
            let target = paths::sample_keys_as_placeholders(&line.target, &sample_keys);
            for target in paths::property_alternatives(&target) {
                match paths::normalize(&target) {
                    Some(path) => {
                        let variant = !path.query.is_empty();
                        // One resource whose key a second line writes another way (`cases('{id}')`) is the first's.
                        let same = |r: &RequestPath| {
                            r.path.template == path.template
                                || paths::keys_as_segments(&r.path.template) == paths::keys_as_segments(&path.template)
                        };
                        match out.iter_mut().find(|r| r.method == line.method && same(r)) {
                            // `GET …/items` and `GET …/items?expand=fields`: one operation, which
                            // takes the options the page shows.
                            Some(known) => {
                                // The key as a segment (`cases/{id}`) over `cases('{id}')`, whichever comes
                                // first: the spelling examples and other pages mostly write.
                                if path.template.matches('(').count() < known.path.template.matches('(').count() {
                                    known.path.template = path.template.clone();
                                    known.path.params = path.params.clone();
                                }
                                known.add_query(path.query);
                                known.variant &= variant;
                            }
                            None => out.push(RequestPath { method: line.method, path, offset, variant }),
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
    // `GET …/getAllMessages?model=A` under "Optional query parameters": options of a
    // line the page documents, not a line of its own (OData's own `$…` options the
    // section's prose gives).
    for section in page.sections(|t| t.contains("query parameters")) {
        for block in &page.doc.blocks[section.blocks] {
            let Block::Code(code) = block else { continue };
            for line in http::request_lines(&code.text) {
                let Some(path) = paths::normalize(&line.target) else { continue };
                if let Some(known) =
                    out.iter_mut().find(|r| r.method == line.method && r.path.template == path.template)
                {
                    known.add_query(path.query.into_iter().filter(|q| !q.name.starts_with('$')));
                }
            }
        }
    }
    out
}

/// Example requests and responses, paired in page order; and the status of the
/// first response whose request is annotated `ignored` beside annotated
/// examples (left out, as ApiDoctor leaves it: only its status is read).
fn examples(page: &Page<'_>, requests: &[RequestPath], diags: &mut Vec<Diagnostic>) -> (Vec<Example>, Option<u16>) {
    let mut unpaired_status = None;
    // Blocks of the "HTTP request" sections are syntax, not examples.
    let syntax: Vec<usize> =
        page.sections(|t| t.starts_with("http request")).iter().flat_map(|s| s.blocks.clone()).collect();
    let mut out: Vec<Example> = Vec::new();
    let annotated_examples =
        (0..page.doc.blocks.len()).any(|i| matches!(page.block_type(i), Some("request" | "response")));
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
        // answer alike, the page does not say), nor when the request asks for another
        // representation (`$format=application/json` beside a CSV report's `302`).
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
                        && requests.iter().all(|r| r.path.template == requests[0].path.template)
                        && requests.iter().any(|r| path_matches(&r.path.template, &line.template))
                })
        };
        if ignored && (syntax.contains(&i) || (annotated_examples && !answered())) {
            continue;
        }
        let kind = match page.block_type(i).filter(|_| !ignored) {
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
                // Ignored blocks are not checked, so their JSON is not reported either.
                let mut unreported = Vec::new();
                let request_json = body_json(page, code, &request, if ignored { &mut unreported } else { diags });
                let name = page
                    .annotations
                    .get(&i)
                    .filter(|_| !ignored)
                    .and_then(|a| a.get("name"))
                    .and_then(Value::as_str)
                    .map(str::to_string);
                let path = request.request.as_ref().and_then(|(_, t)| paths::normalize(t));
                out.push(Example { request, request_json, response: None, request_name: name, path });
            }
            "response" => {
                let msg = http::parse_message(&code.text);
                let mut unreported = Vec::new();
                let json = body_json(page, code, &msg, if ignored { &mut unreported } else { diags });
                let annotation = page.annotations.get(&i).filter(|_| !ignored).cloned();
                match out.last_mut() {
                    Some(last) if last.response.is_none() => last.response = Some((msg, json, annotation)),
                    _ => unpaired_status = unpaired_status.or(msg.status.map(|(code, _)| code)),
                }
            }
            _ => {}
        }
    }
    (out, unpaired_status)
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

/// The media type of the bytes a `…/content` or `…/$value` line reads, as the
/// example of the line (or of its twin) shows them (a transcript's `text/vtt`).
fn bytes_media_type(example: Option<&Example>) -> Option<String> {
    let (message, ..) = example?.response.as_ref()?;
    let shown = media_type_of(message.header("content-type")?);
    (!shown.contains("json")).then(|| super::response::non_json(&shown))
}

/// The example of another line of the page reading the same resource: one
/// ending in the same two literal segments, `/me` read as `/users/{id}`
/// (`/me/…/transcripts/{id}/content` beside an example of `/users/{id}/…/transcripts/{id}/content`,
/// `/me/passes/{id}` beside `/users/{id}/passes/{id}`; not `attachments/{id}/$value`
/// beside `messages/{id}/$value`).
fn twin_example<'e>(req: &RequestPath, requests: &[RequestPath], examples: &'e [Example]) -> Option<&'e Example> {
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

/// The arguments of a "Function parameters" table for a request line calling its
/// function bare, where an example calls it with them (`…/getAllRecordings(userId=…)`):
/// those an example passes and the table does not call optional. None where the
/// page writes the call with arguments as a line of its own (`supportedTimeZones(TimeZoneStandard=…)`
/// beside `supportedTimeZones`): the bare call is documented as it is.
fn bare_call_arguments(page: &Page<'_>, requests: &[RequestPath], examples: &[Example]) -> Vec<ParamDoc> {
    let last = |r: &RequestPath| r.path.template.rsplit('/').next().unwrap_or("").to_string();
    let written_with_call = requests.iter().any(|r| {
        let last = last(r);
        !last.contains('(') && requests.iter().any(|o| o.path.template.contains(&format!("/{last}(")))
    });
    if written_with_call {
        return Vec::new();
    }
    // The names the examples pass (`getAllRecordings(userId=…,endDateTime=…)`).
    let mut passed: Vec<String> = Vec::new();
    for call in requests.iter().map(|r| format!("/{}(", last(r))) {
        for e in examples {
            let Some((_, target)) = &e.request.request else { continue };
            let Some(args) = target.find(&call).and_then(|at| target.get(at + call.len()..)) else { continue };
            let args = &args[..args.find(')').unwrap_or(args.len())];
            passed.extend(args.split(',').filter_map(|a| a.split_once('=')).map(|(n, _)| n.trim().to_string()));
        }
    }
    let lines: Vec<&str> = page
        .sections(|t| t.starts_with("http request"))
        .iter()
        .flat_map(|s| s.iter())
        .filter_map(|(_, b)| match b {
            Block::Code(c) => Some(c.text.as_str()),
            _ => None,
        })
        .collect();
    function_section_arguments(page, &lines)
        .into_iter()
        .filter(|d| passed.iter().any(|n| n.eq_ignore_ascii_case(&d.name)))
        .collect()
}

/// `{"passwordCredential": {…}}`: a body table whose rows the example wraps in one
/// member, a type of that name the prose names ("provide an optional
/// `passwordCredential` object"), describes that member; the body is that member
/// (optional, as such pages say), and the table defines the type if no page does.
fn wrapped_member(
    page: &Page<'_>,
    props: &[Property],
    ex: &JsonObject,
    origin: Origin,
    out: &mut PageOutput,
) -> Option<Shape> {
    let (key, Value::Object(inner)) = ex.iter().next().filter(|_| ex.len() == 1)? else { return None };
    let wraps = !props.iter().any(|p| p.name == *key)
        && props.iter().any(|p| inner.contains_key(&p.name))
        && crate::extract::is_type_name(key)
        && request_prose_names(page, key);
    if !wraps {
        return None;
    }
    let reference = Reference { name: key.clone(), linked: false, target: None, origin };
    Some(table_type_member(props, reference, key, TypeRef::Named(key.clone()), false, out))
}

/// The body `{member: ty}`, where `ty` names (or lists) the type whose
/// properties the body table's rows are: the table defines that type if no page
/// does, and `reference` says how the page named it.
fn table_type_member(
    props: &[Property],
    reference: Reference,
    member: &str,
    ty: TypeRef,
    required: bool,
    out: &mut PageOutput,
) -> Shape {
    let origin = reference.origin;
    out.hints.push(TypeDef {
        name: reference.name.clone(),
        description: None,
        kind: TypeKind::Object { base: None, properties: props.to_vec() },
        source: TypeSource::RequestTable,
        origin,
    });
    out.references.push(reference);
    Shape::Object(vec![Property {
        name: member.to_string(),
        ty,
        description: None,
        required,
        read_only: false,
        write_only: false,
        nullable: false,
        origin,
    }])
}

/// `{"value": [{"id": …}, …]}`: a body table whose rows the example lists as
/// the items of `value` ("supply an array of JSON objects with the id
/// parameter") describes the items; the body is that list. The items' type is
/// their `@odata.type`, else the one resource page whose property the rows'
/// descriptions link to (`[unique identifier](../resources/site.md#id-property)`);
/// the table defines it if no page does. Without a type to name, the table stands.
fn listed_items(
    page: &Page<'_>,
    props: &[Property],
    ex: &JsonObject,
    origin: Origin,
    out: &mut PageOutput,
) -> Option<Shape> {
    let items = ex.get("value").and_then(Value::as_array).filter(|_| ex.len() == 1)?;
    let first = items.first().and_then(Value::as_object)?;
    let lists = !props.iter().any(|p| p.name.eq_ignore_ascii_case("value"))
        && items.iter().all(Value::is_object)
        && props.iter().any(|p| first.contains_key(&p.name));
    if !lists {
        return None;
    }
    let (name, linked) = match first.get("@odata.type").and_then(Value::as_str).and_then(super::types::odata_type) {
        Some(TypeRef::Named(name)) => (name, false),
        _ => (table_link_stem(page).filter(|s| crate::extract::is_type_name(s))?, true),
    };
    let items = TypeRef::Collection(Box::new(TypeRef::Named(name.clone())));
    let reference = Reference { name: name.clone(), linked, target: linked.then(|| name.clone()), origin };
    Some(table_type_member(props, reference, "value", items, true, out))
}

/// The one resource page whose property the rows of the Request body section's
/// tables name in their description (`| id | string | The [unique identifier](../resources/site.md#id-property) …|`):
/// a link to the row's own `#<name>-property`. Links to a row's type (`[teamRole](enums.md#teamrole)`)
/// say nothing of the items.
fn table_link_stem(page: &Page<'_>) -> Option<String> {
    let section = page.section(&["request body"])?;
    let mut stems = section
        .iter()
        .filter_map(|(_, b)| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .flat_map(|t| &t.rows)
        .filter_map(|row| {
            let name = row.first()?.text.trim().trim_matches(['`', '*']).to_ascii_lowercase();
            let own = format!("#{name}-property");
            let link = row.last()?.links.iter().find(|l| l.target.to_ascii_lowercase().ends_with(&own))?;
            super::page_stem(&link.target).filter(|_| !link.target.contains("/api/"))
        });
    let first = stems.next()?;
    stems.all(|s| s == first).then_some(first)
}

/// A JSON object as `serde_json` reads one.
type JsonObject = serde_json::Map<String, Value>;

/// A later request line's own example, annotated one item where the page's first
/// line answers a list (a single thumbnail), or the other way round: `shape` follows
/// it when the type is the same.
fn list_or_item_as_shown(shape: &mut Shape, shown: TypeRef) {
    match (&*shape, shown) {
        (Shape::CollectionPage(TypeRef::Named(a)), TypeRef::Named(b)) if a.eq_ignore_ascii_case(&b) => {
            *shape = Shape::Type(TypeRef::Named(b));
        }
        (Shape::Type(TypeRef::Named(a)), TypeRef::Collection(inner)) if matches!(&*inner, TypeRef::Named(b) if a.eq_ignore_ascii_case(b)) =>
        {
            *shape = Shape::CollectionPage(*inner);
        }
        _ => {}
    }
}

/// Whether a paragraph of the "Request body" section names `word`.
fn request_prose_names(page: &Page<'_>, word: &str) -> bool {
    page.section(&["request body"])
        .is_some_and(|s| s.iter().any(|(_, b)| matches!(b, Block::Paragraph(p) if p.text.contains(word))))
}

/// `first` (the operation's own success, kept first: readers take it as *the*
/// success) and the other statuses the prose names that answer with the same body,
/// progenitor taking one success type per operation: `204` and `202` have none,
/// the others the first's (a `200` beside a `204` would be another type). A `201`
/// without a known type, or beside an example showing a body, is a type unknown,
/// not absent. The example goes to the status its status line `shown`.
fn with_other_statuses(first: Response, others: &[u16], shown: Option<u16>, examples_show_json: bool) -> Vec<Response> {
    if !(200..300).contains(&first.status) {
        return vec![first];
    }
    let bodiless = first.body.is_none() && matches!(first.status, 202 | 204) && !examples_show_json;
    let mut responses = vec![first];
    for &status in others.iter().filter(|&&s| matches!(s, 202 | 204) == bodiless) {
        let mut other = responses[0].clone();
        other.status = status;
        other.description = reason(status).to_string();
        other.location_header &= matches!(status, 201 | 202);
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

/// An entity example as Intune's pages write it, wrapped in `{"value": {…}}`
/// (the entity, with its `@odata.type`, is what the service sends), else `json`.
fn unwrapped_entity(json: &Value) -> &Value {
    match json.as_object() {
        Some(o) if o.len() == 1 => match o.get("value") {
            Some(inner @ Value::Object(entity)) if entity.contains_key("@odata.type") => inner,
            _ => json,
        },
        _ => json,
    }
}

/// The shape a response example shows when the page names no type: a page of
/// the collection its `@odata.context` names (`$metadata#Collection(userActivity)`),
/// one primitive result (`{"value": true}`), else any JSON.
fn shape_of_example(json: &Value, file: crate::FileId) -> Shape {
    let context = json.get("@odata.context").and_then(Value::as_str).unwrap_or("");
    if let Some(inner) = context.split("#Collection(").nth(1).and_then(|r| r.split(')').next()) {
        let name = strip_namespace(inner);
        if super::is_type_name(&name) && crate::types::Primitive::names().all(|p| !p.eq_ignore_ascii_case(&name)) {
            return Shape::CollectionPage(TypeRef::Named(name));
        }
    }
    if let Some(p) = one_value(json).and_then(kind_shown) {
        return Shape::Object(vec![Property::value(TypeRef::Primitive(p), Origin { file, offset: 0 })]);
    }
    Shape::Type(TypeRef::Primitive(Primitive::Json))
}

/// `{"@odata.id": "https://graph.microsoft.com/v1.0/users/{id}"}`: the body of a
/// `POST`/`PUT …/$ref`, which links an existing object.
fn reference_body(example: Option<Value>, origin: Origin) -> Body {
    let id = Property {
        name: "@odata.id".into(),
        ty: TypeRef::Primitive(Primitive::String),
        description: Some("The URL of the object to reference.".into()),
        required: true,
        read_only: false,
        write_only: false,
        nullable: false,
        origin,
    };
    Body { media_type: "application/json".into(), shape: Shape::Object(vec![id]), required: true, example }
}

/// A function argument the request line leaves unquoted and its example quotes
/// (`range(address={address})` beside `range(address='A1:Z10')`) is a string: OData
/// wants it quoted, so the template quotes it too.
fn quote_arguments_as_shown(req: &mut RequestPath, examples: &[Example]) {
    if !req.path.template.contains("={") {
        return;
    }
    let Some(shown) = examples
        .iter()
        .filter_map(|e| e.path.as_ref())
        .find(|p| p.template.contains("='") && path_matches(&req.path.template, &p.template))
    else {
        return;
    };
    let segments: Vec<String> = req
        .path
        .template
        .split('/')
        .zip(shown.template.split('/'))
        .map(|(line, example)| {
            let mut out = line.to_string();
            let mut from = 0;
            while let Some(at) = out[from..].find("={").map(|i| from + i) {
                let name_start = out[..at].rfind(['(', ',']).map_or(0, |i| i + 1);
                let name = out[name_start..at].trim().to_string();
                let Some(close) = out[at..].find('}').map(|i| at + i) else { break };
                if !name.is_empty() && example.contains(&format!("{name}='")) {
                    out.insert(close + 1, '\'');
                    out.insert(at + 1, '\'');
                }
                from = close + 1;
            }
            out
        })
        .collect();
    req.path.template = segments.join("/");
}

/// Whether an example's path matches an operation's template (`{...}` matches anything).
pub fn path_matches(template: &str, example: &str) -> bool {
    let a: Vec<&str> = template.split('/').collect();
    let b: Vec<&str> = example.split('/').collect();
    a.len() == b.len()
        && a.iter().zip(&b).all(|(t, e)| match t.find('{') {
            // A function the contract calls with arguments, called without (the page's
            // example of `boundingRect` sends them in a body).
            _ if t.split_once('(').is_some_and(|(name, _)| name.eq_ignore_ascii_case(e)) => true,
            // `get`: the example may hold any character where the placeholder begins.
            Some(i) => e.get(..i).is_some_and(|head| t[..i].eq_ignore_ascii_case(head)),
            None => t.eq_ignore_ascii_case(e),
        })
}

/// Whether an example's path addresses a parent of every request line's resource
/// (`GET /agreements` on the page about `/agreements/{id}/file/localizations`): an
/// example copied from another page, of another operation.
/// The example ends on a segment the line writes literally, and the line goes on
/// beyond OData suffixes (an example of `…/registeredOwners` for `…/registeredOwners/$ref`,
/// or of `…/labels/evaluate…` for `…/labels/{id}/evaluate…`, is the line's own, written carelessly).
pub(super) fn addresses_a_parent(example: &str, requests: &[RequestPath]) -> bool {
    let shown: Vec<&str> = example.split('/').collect();
    !requests.is_empty()
        && requests.iter().all(|r| {
            let line: Vec<&str> = r.path.template.split('/').collect();
            let n = shown.len();
            n < line.len()
                && path_matches(&line[..n].join("/"), example)
                && line[n - 1].eq_ignore_ascii_case(shown[n - 1])
                && line[n..].iter().any(|s| !s.starts_with('$') && !s.starts_with('{'))
        })
}

/// The first literal path segment, without OData syntax, as the tag (`workbook` for
/// Excel's paths under their drive item).
fn tag_of(path: &str) -> String {
    // Excel's operations, spelled out under their drive item, stay together.
    let path =
        path.strip_prefix(crate::paths::WORKBOOK_ITEM).filter(|rest| rest.starts_with("/workbook")).unwrap_or(path);
    path.split('/')
        .find(|s| !s.is_empty())
        .map(|s| s.split(['(', ':', '{']).next().unwrap_or(s))
        .filter(|s| !s.is_empty())
        .unwrap_or("root")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What one page yields.
    fn extract(text: &str) -> PageOutput {
        let src = crate::SourceFile::new("a.md", text);
        let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
        extract_api_page(&page, &mut Vec::new())
    }

    /// The operationIds one page yields, in line order.
    fn operation_ids(text: &str) -> Vec<String> {
        extract(text).operations.iter().map(|o| o.operation.id.clone()).collect()
    }
    use crate::extract::response::primitive_result;
    use crate::extract::text::unlinked_representation;

    #[test]
    fn a_location_the_prose_names_and_the_example_shows_is_a_header_on_any_success() {
        let page = |example_header: &str| {
            format!(
                "---\ndoc_type: apiPageType\n---\n# updateRecordingStatus\n\n## HTTP request\n```http\nPOST /calls/{{id}}/update\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a Location header with a URI to the operation.\n\n## Example\n<!-- {{ \"blockType\": \"request\" }} -->\n```http\nPOST /calls/1/update\n```\n\n<!-- {{ \"blockType\": \"response\" }} -->\n```http\nHTTP/1.1 200 OK\n{example_header}\n```\n"
            )
        };
        let location = |text: String| extract(&text).operations[0].operation.responses[0].location_header;
        assert!(location(page("Location: https://graph.microsoft.com/v1.0/operations/1")));
        assert!(!location(page("Content-Type: application/json")), "the prose alone is not enough on a 200");
    }

    #[test]
    fn a_json_block_in_the_request_body_section_shows_the_body() {
        let text = "---\ndoc_type: apiPageType\n---\n# Archive team\n\n## HTTP request\n```http\nPOST /teams/{id}/archive\n```\n\n## Request body\nIn the request, you may _optionally_ include the `shouldSetSpoSiteReadOnlyForMembers` parameter in a JSON body, as follows.\n```JSON\n{\n    \"shouldSetSpoSiteReadOnlyForMembers\": true\n}\n```\n\n## Response\nIf successful, this method returns a `202 Accepted` response code.\n\n## Example\n<!-- { \"blockType\": \"request\" } -->\n```http\nPOST /teams/1/archive\n```\n";
        let out = extract(text);
        let body = out.operations[0].operation.request_body.clone().expect("a body");
        assert!(!body.required, "the section says it is optional");
        let Shape::Object(members) = &body.shape else { panic!("{:?}", body.shape) };
        assert_eq!(members[0].name, "shouldSetSpoSiteReadOnlyForMembers");
        assert_eq!(format!("{:?}", members[0].ty), format!("{:?}", TypeRef::Primitive(Primitive::Boolean)));
    }

    #[test]
    fn a_link_running_a_type_s_words_together_is_spelled_as_its_annotation() {
        let text = "---\ndoc_type: apiPageType\n---\n# Get chatMessage\n\n## HTTP request\n```http\nGET /chats/{chat-id}/messages/{message-id}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [chatmessage](../resources/chatmessage.md) object in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\" } -->\n```http\nGET /chats/1/messages/2\n```\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.chatMessage\" } -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\"id\": \"2\"}\n```\n";
        let out = extract(text);
        let body = out.operations[0].operation.responses[0].body.clone().unwrap();
        assert_eq!(format!("{:?}", body.shape), format!("{:?}", Shape::Type(TypeRef::Named("chatMessage".into()))));
    }

    #[test]
    fn a_lowercase_title_is_spelled_as_the_type_its_prose_links() {
        let text = "---\ndoc_type: apiPageType\n---\n# Update conditionalaccesspolicy\n\nUpdate the properties of a [conditionalAccessPolicy](../resources/conditionalaccesspolicy.md) object.\n\n## HTTP request\n```http\nPATCH /identity/conditionalAccess/policies/{id}\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"update_conditionalaccesspolicy\" } -->\n```http\nPATCH /identity/conditionalAccess/policies/1\n```\n";
        assert_eq!(extract(text).operations[0].operation.id, "update_conditional_access_policy");
    }

    #[test]
    fn a_primitive_annotation_gives_way_to_the_kind_its_example_shows() {
        let page = |prose: &str, value: &str| {
            format!(
                "---\ndoc_type: apiPageType\n---\n# serviceUpdateMessage: archive\n\n## HTTP request\n```http\nPOST /admin/serviceAnnouncement/messages/archive\n```\n\n## Response\n{prose}\n\n## Example\n<!-- {{ \"blockType\": \"request\" }} -->\n```http\nPOST /admin/serviceAnnouncement/messages/archive\n```\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"string\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{{\"value\": {value}}}\n```\n"
            )
        };
        let value_type = |text: String| {
            let out = extract(&text);
            let body = out.operations[0].operation.responses[0].body.clone().unwrap();
            let Shape::Object(members) = body.shape else { panic!("{:?}", body.shape) };
            format!("{:?}", members[0].ty)
        };
        let boolean = format!("{:?}", TypeRef::Primitive(Primitive::Boolean));
        let prose = "If successful, this action returns a `200 OK` response code and a Boolean value `true` in the response body.";
        assert_eq!(value_type(page(prose, "true")), boolean);
        assert_eq!(value_type(page("If successful, this action returns a `200 OK` response code.", "true")), boolean);
        // The prose's primitive when it is of the kind shown; else the kind shown.
        let int32 = "If successful, this action returns a `200 OK` response code and an Int32 in the response body.";
        assert_eq!(value_type(page(int32, "5")), format!("{:?}", TypeRef::Primitive(Primitive::Int32)));
        assert_eq!(value_type(page(prose, "5")), format!("{:?}", TypeRef::Primitive(Primitive::Int64)));
        // Of the annotated kind already: the annotation stands.
        assert_eq!(value_type(page(prose, "\"yes\"")), format!("{:?}", TypeRef::Primitive(Primitive::String)));
    }

    #[test]
    fn an_undocumented_body_is_the_object_its_example_shows() {
        let text = "---\ndoc_type: apiPageType\n---\n# riskyUser: dismiss\n\n## HTTP request\n```http\nPOST /riskyUsers/dismiss\n```\n\n## Request body\nSpecify the userIds to dismiss in the request body.\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Example\n<!-- { \"blockType\": \"request\" } -->\n```http\nPOST https://graph.microsoft.com/beta/riskyUsers/dismiss\nContent-type: application/json\n\n{\"userIds\": [\"1\", \"2\"], \"count\": 2, \"ratio\": 0.5, \"all\": false, \"note\": null, \"options\": {\"a\": 1}, \"item\": {\"@odata.type\": \"microsoft.graph.driveItemUploadableProperties\"}, \"members@odata.bind\": [], \"sizes\": [1, 2.5], \"mixed\": [\"a\", 1], \"bad\": {\"@odata.type\": \"#microsoft.graph.{type}\"}}\n```\n";
        let out = extract(text);
        let body = out.operations[0].operation.request_body.as_ref().unwrap();
        let Shape::Object(members) = &body.shape else { panic!("{:?}", body.shape) };
        let shown: Vec<(&str, String, bool)> =
            members.iter().map(|p| (p.name.as_str(), format!("{:?}", p.ty), p.required)).collect();
        let p = |p: Primitive| format!("{:?}", TypeRef::Primitive(p));
        assert_eq!(
            shown,
            [
                (
                    "userIds",
                    format!("{:?}", TypeRef::Collection(Box::new(TypeRef::Primitive(Primitive::String)))),
                    false
                ),
                ("count", p(Primitive::Int64), false),
                ("ratio", p(Primitive::Double), false),
                ("all", p(Primitive::Boolean), false),
                ("note", p(Primitive::Json), false),
                ("options", p(Primitive::Json), false),
                ("item", format!("{:?}", TypeRef::Named("driveItemUploadableProperties".into())), false),
                ("sizes", format!("{:?}", TypeRef::Collection(Box::new(TypeRef::Primitive(Primitive::Double)))), false),
                ("mixed", format!("{:?}", TypeRef::Collection(Box::new(TypeRef::Primitive(Primitive::Json)))), false),
                ("bad", p(Primitive::Json), false),
            ],
            "instance annotations are left out"
        );
        assert!(out.references.iter().any(|r| r.name == "driveItemUploadableProperties" && !r.linked));
        // A documented body is not second-guessed by its example.
        let documented = text.replace(
            "Specify the userIds to dismiss in the request body.",
            "| Parameter | Type | Description |\n|:--|:--|:--|\n| userIds | String collection | The ids. |",
        );
        let out = extract(&documented);
        let Shape::Object(members) = &out.operations[0].operation.request_body.as_ref().unwrap().shape else {
            panic!()
        };
        assert_eq!(members.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["userIds"]);
    }

    #[test]
    fn a_primitive_the_example_answers_is_not_the_type_the_prose_links() {
        let page = |value: &str| {
            format!(
                "---\ndoc_type: apiPageType\n---\n# uploadUrl\n\n## HTTP request\n```http\nGET /synchronizationProfiles/{{id}}/uploadUrl\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a SAS URL for the [educationSynchronizationProfile](../resources/educationsynchronizationprofile.md) in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\" }} -->\n```http\nGET /synchronizationProfiles/1/uploadUrl\n```\n\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"String\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{{\"value\": {value}}}\n```\n"
            )
        };
        let shape = |text: String| {
            format!("{:?}", extract(&text).operations[0].operation.responses[0].body.as_ref().unwrap().shape)
        };
        assert!(
            shape(page("\"https://x\"")).starts_with("Object([Property { name: \"value\", ty: Primitive(String)"),
            "{}",
            shape(page("\"https://x\""))
        );
        // An object under `value` is not a primitive: the prose's type stands.
        assert_eq!(
            shape(page("{}")),
            format!("{:?}", Shape::Type(TypeRef::Named("educationSynchronizationProfile".into())))
        );
    }

    #[test]
    fn an_edm_primitive_the_context_names_is_the_result() {
        let page = |context: &str, value: &str| {
            format!(
                "---\ndoc_type: apiPageType\n---\n# educationAssignment: getResourcesFolderUrl\n\n## HTTP request\n```http\nPOST /education/classes/{{id}}/assignments/{{a}}/getResourcesFolderUrl\n```\n\n## Response\nIf successful, this method returns a `200 Ok` response code.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"educationassignment_publish\" }} -->\n```http\nPOST /education/classes/1/assignments/2/getResourcesFolderUrl\n```\n\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.educationAssignment\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{{\"@odata.context\": \"https://graph.microsoft.com/beta/$metadata#{context}\", \"value\": {value}}}\n```\n"
            )
        };
        let op = |context: &str, value: &str| extract(&page(context, value)).operations.remove(0).operation;
        let shape =
            |context: &str, value: &str| format!("{:?}", op(context, value).responses[0].body.as_ref().unwrap().shape);
        let string = TypeRef::Primitive(Primitive::String);
        assert!(
            shape("Edm.String", "\"https://x\"")
                .starts_with("Object([Property { name: \"value\", ty: Primitive(String)")
        );
        assert_eq!(shape("Collection(Edm.String)", "[\"a\"]"), format!("{:?}", Shape::CollectionPage(string)),);
        // An entity under `value` is not what the context says: the annotation stands.
        assert_eq!(
            shape("Edm.String", "{}"),
            format!("{:?}", Shape::Type(TypeRef::Named("educationAssignment".into())))
        );
        // The example's name is a copy from the publish page: the title names the operation.
        assert_eq!(op("Edm.String", "\"x\"").id, "education_assignment_get_resources_folder_url");
    }

    #[test]
    fn a_response_described_by_a_property_table_is_that_object() {
        let page = |response: &str| {
            format!(
                "---\ndoc_type: apiPageType\n---\n# driveItem: preview\n\n## HTTP request\n```http\nPOST /me/drive/items/{{id}}/preview\n```\n\n## Response\n\n{response}\n"
            )
        };
        let table = "The response will be a JSON object containing the following properties:\n\n| Name | Type | Description\n|:--|:--|:--\n| getUrl | string | URL for GET.\n| postUrl | string | URL for POST.\n";
        let body = |text: String| extract(&text).operations.remove(0).operation.responses.remove(0).body;
        let Some(Body { shape: Shape::Object(members), .. }) = body(page(table)) else {
            panic!("{:?}", body(page(table)))
        };
        assert_eq!(members.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["getUrl", "postUrl"]);
        // A table of headers is not a body (under its own heading or not), nor is a table
        // beside a `204 No Content` or prose saying nothing is returned.
        let headers = "| Name | Type | Description |\n|:--|:--|:--|\n| Location | string | The URL. |\n";
        assert!(body(page(headers)).is_none());
        let headers = "If successful, this method returns a `200 OK` response code.\n\n### Response headers\n\n| Name | Type | Description |\n|:--|:--|:--|\n| Retry-After | string | Seconds. |\n| token | string | T. |\n";
        assert!(body(page(headers)).is_none());
        let no_content = format!("If successful, this method returns a `204 No Content` response code.\n\n{table}");
        assert!(body(page(&no_content)).is_none());
        let nothing = format!(
            "If successful, this method returns `200 OK`. It does not return anything in the response body.\n\n{table}"
        );
        assert!(body(page(&nothing)).is_none());
    }

    #[test]
    fn every_success_status_the_prose_names_with_the_same_body() {
        let page = |response: &str| {
            format!(
                "---\ndoc_type: apiPageType\n---\n# Replace item\n\n## HTTP request\n```http\nPUT /items/{{id}}\n```\n\n## Response\n{response}\n"
            )
        };
        let statuses = |text: String| {
            let op = extract(&text).operations.remove(0).operation;
            op.responses.iter().map(|r| (r.status, r.body.is_some())).collect::<Vec<_>>()
        };
        let created_or_replaced = "If successful, this method returns the `201 Created` response code and an [item](../resources/item.md) object if the item was created or `200 OK` if it was replaced.";
        assert_eq!(statuses(page(created_or_replaced)), [(201, true), (200, true)], "the operation's own status first");
        // A `204` beside a body is another type: progenitor takes one.
        let prefer = "If successful, this method returns a `200 OK` response code and an [item](../resources/item.md) object, or `204 No Content`.";
        assert_eq!(statuses(page(prefer)), [(200, true)]);
    }

    #[test]
    fn a_note_on_a_placeholder_describes_its_parameter() {
        let page = |line: &str| {
            format!(
                "---\ndoc_type: apiPageType\n---\n# Get domain\n\n## HTTP request\n```http\n{line}\n```\n\n> For {{id}}, specify the domain with its fully qualified domain name.\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
            )
        };
        let descriptions = |text: String| {
            let op = extract(&text).operations.remove(0).operation;
            op.parameters.into_iter().map(|p| p.description).collect::<Vec<_>>()
        };
        let note = Some("For {id}, specify the domain with its fully qualified domain name.".to_string());
        assert_eq!(descriptions(page("GET /domains/{id}")), [note]);
        // Which of two `{id}`s it means is not said.
        assert_eq!(descriptions(page("GET /domains/{id}/records/{id}")), [None, None]);
    }

    #[test]
    fn a_line_without_an_example_reads_its_me_twin_s() {
        let text = "---\ndoc_type: apiPageType\n---\n# Get pass\n\n## HTTP request\n```http\nGET /me/passes/{passId}\n```\n```http\nGET /users/{id}/passes/{passId}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [pass](../resources/pass.md) objects in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\" } -->\n```http\nGET /users/1/passes/2\n```\n\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.pass\" } -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"id\": \"2\"}\n```\n";
        let ops = extract(text).operations;
        let shape = |i: usize| ops[i].operation.responses[0].body.as_ref().map(|b| format!("{:?}", b.shape));
        let one = Some(format!("{:?}", Shape::Type(TypeRef::Named("pass".into()))));
        assert_eq!((shape(0), shape(1)), (one.clone(), one), "`/me` as its `/users/{{id}}` twin");
    }

    #[test]
    fn a_later_request_line_s_own_example_says_list_or_item() {
        let text = "---\ndoc_type: apiPageType\n---\n# Get special folder\n\n## HTTP request\n```http\nGET /me/drive/special/{name}\nGET /me/drive/special/{name}/children\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [driveItem](../resources/driveitem.md) resource in the response body.\n\n## Example\n<!-- { \"blockType\": \"request\" } -->\n```http\nGET /me/drive/special/music\n```\n\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.driveItem\" } -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"id\": \"1\"}\n```\n\n<!-- { \"blockType\": \"request\" } -->\n```http\nGET /me/drive/special/music/children\n```\n\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.driveItem\", \"isCollection\": true } -->\n```http\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"value\": []}\n```\n";
        let ops = extract(text).operations;
        let shape = |i: usize| ops[i].operation.responses[0].body.as_ref().map(|b| format!("{:?}", b.shape));
        assert_eq!(shape(0), Some(format!("{:?}", Shape::Type(TypeRef::Named("driveItem".into())))));
        assert_eq!(shape(1), Some(format!("{:?}", Shape::CollectionPage(TypeRef::Named("driveItem".into())))));
        // And the other way round: a list page's single-item line.
        let text = text
            .replace("GET /me/drive/special/{name}\n", "GET /me/drive/items/{id}/thumbnails\n")
            .replace("GET /me/drive/special/{name}/children", "GET /me/drive/items/{id}/thumbnails/{thumb-id}")
            .replace("GET /me/drive/special/music/children", "GET /me/drive/items/1/thumbnails/0")
            .replace("GET /me/drive/special/music\n", "GET /me/drive/items/1/thumbnails\n")
            .replace("\"isCollection\": true", "\"isCollection\": false")
            .replace(
                "\"@odata.type\": \"microsoft.graph.driveItem\" }",
                "\"@odata.type\": \"microsoft.graph.driveItem\", \"isCollection\": true }",
            );
        let ops = extract(&text).operations;
        let shape = |i: usize| ops[i].operation.responses[0].body.as_ref().map(|b| format!("{:?}", b.shape));
        assert_eq!(shape(0), Some(format!("{:?}", Shape::CollectionPage(TypeRef::Named("driveItem".into())))));
        assert_eq!(shape(1), Some(format!("{:?}", Shape::Type(TypeRef::Named("driveItem".into())))));
    }

    #[test]
    fn a_page_with_carriage_return_line_breaks_reads_as_any_other() {
        let text = "---\ndoc_type: apiPageType\n---\n# Get user\n\n## HTTP request\n```http\nGET /users/{id}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [user](../resources/user.md) object in the response body.\n";
        let ids = operation_ids(&text.replace('\n', "\r"));
        assert_eq!(ids, operation_ids(text));
        assert_eq!(ids.len(), 1);
    }

    #[test]
    fn sibling_lines_adding_the_same_words_are_told_apart_by_the_segments_they_differ_in() {
        let text = "---\ndoc_type: apiPageType\n---\n# driveItem: discardCheckout\n\n## HTTP request\n```http\nPOST /drive/root/discardCheckout\nPOST /shares/{sharesId}/root/discardCheckout\nPOST /shares/{sharesId}/driveItem/discardCheckout\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
        let ids = operation_ids(text);
        assert!(ids[1].ends_with("_shares_root"), "{ids:?}");
        assert!(ids[2].ends_with("_shares_drive_item"), "{ids:?}");
    }

    #[test]
    fn a_later_line_s_own_section_answering_another_type_answers_it() {
        let text = r#"---
doc_type: apiPageType
---
# List thumbnails for a DriveItem

## HTTP request
```http
GET /me/drive/items/{item-id}/thumbnails
```

## Response
If successful, this method returns a `200 OK` response code and a collection of [thumbnailSet](../resources/thumbnailset.md) objects in the response body.

## Get a single thumbnail
### HTTP request
<!-- { "blockType": "request", "name": "get-one-thumbnail" } -->
```http
GET /me/drive/items/{item-id}/thumbnails/{thumb-id}/{size}
```
<!-- { "blockType": "response", "@odata.type": "microsoft.graph.thumbnail" } -->
```http
HTTP/1.1 200 OK
Content-Type: application/json

{"width": 100, "height": 100, "url": "https://example.com/a.jpg"}
```
"#;
        let ops = extract(text).operations;
        let shape = |i: usize| ops[i].operation.responses[0].body.as_ref().map(|b| b.shape.clone());
        assert_eq!(shape(0), Some(Shape::CollectionPage(TypeRef::Named("thumbnailSet".into()))));
        assert_eq!(shape(1), Some(Shape::Type(TypeRef::Named("thumbnail".into()))));
    }

    #[test]
    fn a_body_table_the_example_wraps_in_one_member_describes_that_member() {
        let text = "---\ndoc_type: apiPageType\n---\n# addPassword\n\n## HTTP request\n```http\nPOST /applications/{id}/addPassword\n```\n\n## Request body\nIn the request body, provide an optional `passwordCredential` object with the following properties.\n\n| Property | Type | Description |\n|:---|:---|:---|\n| displayName | String | A name. |\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n<!-- { \"blockType\": \"request\" } -->\n```http\nPOST https://graph.microsoft.com/v1.0/applications/1/addPassword\nContent-type: application/json\n\n{\"passwordCredential\": {\"displayName\": \"x\"}}\n```\n";
        let out = extract(text);
        let body = out.operations[0].operation.request_body.as_ref().unwrap();
        let Shape::Object(members) = &body.shape else { panic!("{:?}", body.shape) };
        assert_eq!(members.len(), 1);
        assert_eq!(members[0].name, "passwordCredential");
        assert!(matches!(&members[0].ty, TypeRef::Named(n) if n == "passwordCredential"));
        assert!(out.hints.iter().any(|h| h.name == "passwordCredential"), "the table defines the type if no page does");
    }

    #[test]
    fn a_body_table_the_example_lists_under_value_describes_the_items() {
        let text = "---\ndoc_type: apiPageType\n---\n# Follow site\n\n## HTTP request\n```http\nPOST /users/{user-id}/followedSites/add\n```\n\n## Request body\nIn the request body, supply an array of JSON objects with the id parameter mentioned in the table below.\n\n| Name | Value | Description |\n|:---|:---|:---|\n| id | string | The [unique identifier](../resources/site.md#id-property) of the item. |\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n<!-- { \"blockType\": \"request\" } -->\n```http\nPOST https://graph.microsoft.com/v1.0/users/1/followedSites/add\nContent-type: application/json\n\n{\"value\": [{\"id\": \"a\"}, {\"id\": \"b\"}]}\n```\n";
        let out = extract(text);
        let body = out.operations[0].operation.request_body.as_ref().unwrap();
        let Shape::Object(members) = &body.shape else { panic!("{:?}", body.shape) };
        assert_eq!(members.len(), 1);
        assert_eq!(members[0].name, "value");
        assert!(matches!(&members[0].ty, TypeRef::Collection(t) if matches!(&**t, TypeRef::Named(n) if n == "site")));
        let hint = out.hints.iter().find(|h| h.name == "site").expect("the table describes the items");
        assert!(matches!(&hint.kind, TypeKind::Object { properties, .. } if properties[0].name == "id"));
        // Rows naming properties of two pages name no type: the table stands.
        let two = text.replace(
            "of the item. |",
            "of the item. |\n| role | string | The [role](../resources/list.md#role-property). |",
        );
        let out = extract(&two);
        let body = out.operations[0].operation.request_body.as_ref().unwrap();
        assert!(matches!(&body.shape, Shape::Object(m) if m[0].name == "id"), "{:?}", body.shape);
        // Nor does a link to a row's type, or to a page without the row's property.
        for typed in [
            "| id | [teamRole](../resources/enums.md#teamrole) | The id. |",
            "| id | string | The [site](../resources/site.md) of the item. |",
        ] {
            let text = text.replace(
                "| id | string | The [unique identifier](../resources/site.md#id-property) of the item. |",
                typed,
            );
            let body = extract(&text).operations[0].operation.request_body.clone().unwrap();
            assert!(matches!(&body.shape, Shape::Object(m) if m[0].name == "id"), "{typed}: {:?}", body.shape);
        }
        // Items naming their `@odata.type` are of that type.
        let typed = text.replace(
            "{\"id\": \"a\"}, {\"id\": \"b\"}",
            "{\"@odata.type\": \"#microsoft.graph.siteRef\", \"id\": \"a\"}",
        );
        let body = extract(&typed).operations[0].operation.request_body.clone().unwrap();
        assert!(
            matches!(&body.shape, Shape::Object(m) if matches!(&m[0].ty, TypeRef::Collection(t) if matches!(&**t, TypeRef::Named(n) if n == "siteRef"))),
            "{:?}",
            body.shape
        );
        // A table with a `value` row is the body as written.
        let valued = text.replace("| id | string |", "| value | string collection |");
        let body = extract(&valued).operations[0].operation.request_body.clone().unwrap();
        assert!(
            matches!(&body.shape, Shape::Object(m) if m[0].name == "value" && !matches!(m[0].ty, TypeRef::Collection(ref t) if t.named().is_some()))
        );
    }

    #[test]
    fn a_function_called_bare_takes_its_required_arguments_from_the_function_parameters_table() {
        let text = "---\ndoc_type: apiPageType\n---\n# adhocCall: getAllRecordings\n\n## HTTP request\n```http\nGET /users/{usersId}/adhocCalls/getAllRecordings\n```\n\n## Function parameters\nIn the request URL, provide the following function parameters with values.\n\n|Parameter|Type|Description|\n|:---|:---|:---|\n|endDateTime|DateTimeOffset|Optional. Filter for artifacts created before the given end date.|\n|userId|String|The user identifier of the meeting organizer. Required.|\n\n## Response\nIf successful, this function returns a `200 OK` response code.\n\n## Examples\n<!-- { \"blockType\": \"request\", \"name\": \"get_all\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/users/u1/adhocCalls/getAllRecordings(userId='u1',endDateTime=2025-10-07T07:25:52Z)\n```\n";
        let paths = |t: &str| extract(t).operations.into_iter().map(|o| o.operation.path).collect::<Vec<_>>();
        assert_eq!(paths(text), ["/users/{usersId}/adhocCalls/getAllRecordings(userId='{userId}')"]);
        // No example calls it with arguments: the line stands as written.
        let uncalled =
            text.replace("getAllRecordings(userId='u1',endDateTime=2025-10-07T07:25:52Z)", "getAllRecordings");
        assert_eq!(paths(&uncalled), ["/users/{usersId}/adhocCalls/getAllRecordings"]);
        let empty =
            text.replace("getAllRecordings(userId='u1',endDateTime=2025-10-07T07:25:52Z)", "getAllRecordings()");
        assert_eq!(paths(&empty), ["/users/{usersId}/adhocCalls/getAllRecordings"]);
        // A page writing the call with arguments as a line of its own keeps the bare line bare.
        let both = text.replace(
            "GET /users/{usersId}/adhocCalls/getAllRecordings\n```",
            "GET /users/{usersId}/adhocCalls/getAllRecordings\nGET /users/{usersId}/adhocCalls/getAllRecordings(userId='{userId}')\n```",
        );
        assert!(paths(&both).contains(&"/users/{usersId}/adhocCalls/getAllRecordings".to_string()));
        // A row no example passes is no argument, whatever its description says.
        let unpassed = text.replace("|userId|String|", "|top|Int32|The page size.|\n|userId|String|");
        assert_eq!(paths(&unpassed), ["/users/{usersId}/adhocCalls/getAllRecordings(userId='{userId}')"]);
        // A table describing a request line's placeholders (`$filter=userId eq '{userId}'`) gives no arguments.
        let filtered = text.replace(
            "GET /users/{usersId}/adhocCalls/getAllRecordings\n```",
            "GET /users/{usersId}/adhocCalls/getAllRecordings\nGET /users/{usersId}/adhocCalls/getAllRecordings?$filter=userId eq '{userId}'\n```",
        );
        assert_eq!(paths(&filtered), ["/users/{usersId}/adhocCalls/getAllRecordings"]);
    }

    #[test]
    fn content_lines_answer_the_media_type_an_example_shows() {
        let text = "---\ndoc_type: apiPageType\n---\n# Get callTranscript\n\n## HTTP request\n```http\nGET /me/onlineMeetings/{meetingId}/transcripts/{transcriptId}\nGET /me/onlineMeetings/{meetingId}/transcripts/{transcriptId}/content\nGET /users/{userId}/onlineMeetings/{meetingId}/transcripts/{transcriptId}/content\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [callTranscript](../resources/calltranscript.md) object in the response body.\n\n## Examples\n<!-- { \"blockType\": \"request\", \"name\": \"get_calltranscript\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/me/onlineMeetings/m1/transcripts/t1\n```\n\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.callTranscript\" } -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\"id\": \"t1\"}\n```\n\n<!-- { \"blockType\": \"request\", \"name\": \"get_calltranscript_content\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/users/u1/onlineMeetings/m1/transcripts/t1/content\n```\n\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"stream\" } -->\n```http\nHTTP/1.1 200 OK\nContent-type: text/vtt\n\nWEBVTT\n```\n";
        let ops = extract(text).operations;
        let media = |i: usize| ops[i].operation.responses[0].body.as_ref().map(|b| b.media_type.clone());
        assert_eq!(media(1).as_deref(), Some("text/vtt"), "the /me line, by the other line's example");
        assert_eq!(media(2).as_deref(), Some("text/vtt"), "the line the example shows");
        // Another resource's bytes (`recordings/{id}/content` beside `transcripts/{id}/content`) are not these.
        let other = text.replace(
            "GET /users/{userId}/onlineMeetings/{meetingId}/transcripts/{transcriptId}/content\n```",
            "GET /users/{userId}/onlineMeetings/{meetingId}/transcripts/{transcriptId}/content\nGET /me/onlineMeetings/{meetingId}/recordings/{recordingId}/content\n```",
        );
        let ops = extract(&other).operations;
        let recording = ops.iter().find(|o| o.operation.path.contains("recordings")).expect("the recording line");
        assert_eq!(
            recording.operation.responses[0].body.as_ref().map(|b| b.media_type.as_str()),
            Some("application/octet-stream")
        );
        // No example showing the bytes: bytes of no particular type.
        let bare = text.replace("Content-type: text/vtt\n", "");
        let ops = extract(&bare).operations;
        assert_eq!(
            ops[1].operation.responses[0].body.as_ref().map(|b| b.media_type.as_str()),
            Some("application/octet-stream")
        );
    }

    /// Each operation's path and request body media type, in order.
    fn paths_and_body_media_types(out: &PageOutput) -> Vec<(&str, Option<&str>)> {
        out.operations
            .iter()
            .map(|o| (o.operation.path.as_str(), o.operation.request_body.as_ref().map(|b| b.media_type.as_str())))
            .collect()
    }

    #[test]
    fn property_names_after_a_key_are_paths_and_a_stream_property_takes_bytes() {
        let text = "---\ndoc_type: apiPageType\n---\n# Update localization\n\n## HTTP request\n```http\nPATCH /branding/localizations/{id}\nPUT /branding/localizations/{id}/{bannerLogo | squareLogo}\n```\n\n## Request headers\n|Name|Description|\n|:---|:---|\n|Content-Type|application/json. Required.|\n\n## Request body\n| Property | Type | Description |\n|:--|:--|:--|\n| bannerLogo | Stream | A banner logo. |\n| squareLogo | Stream | A square logo. |\n| signInPageText | String | Text. |\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
        let out = extract(text);
        let ops = paths_and_body_media_types(&out);
        assert_eq!(
            ops,
            [
                ("/branding/localizations/{id}", Some("application/json")),
                ("/branding/localizations/{id}/bannerLogo", Some("application/octet-stream")),
                ("/branding/localizations/{id}/squareLogo", Some("application/octet-stream")),
            ]
        );
    }

    #[test]
    fn a_type_named_with_collection_is_one_item() {
        let page = |prose: &str| {
            format!(
                "---\ndoc_type: apiPageType\n---\n# createDeviceLogCollectionRequest action\n\n## HTTP request\n```http\nPOST /deviceManagement/managedDevices/{{id}}/createDeviceLogCollectionRequest\n```\n\n## Response\nIf successful, this action returns a `200 OK` response code and {prose} in the response body.\n"
            )
        };
        let shape = |prose: &str| {
            let out = extract(&page(prose));
            out.operations[0].operation.responses[0].body.as_ref().map(|b| b.shape.clone())
        };
        let one = shape("a [deviceLogCollectionResponse](../resources/intune-devices-devicelogcollectionresponse.md)");
        assert!(matches!(&one, Some(Shape::Type(TypeRef::Named(n))) if n == "deviceLogCollectionResponse"), "{one:?}");
        let many = shape(
            "a collection of [deviceLogCollectionResponse](../resources/intune-devices-devicelogcollectionresponse.md) objects",
        );
        assert!(matches!(&many, Some(Shape::CollectionPage(_))), "{many:?}");
    }

    #[test]
    fn an_action_s_parameter_table_is_its_body_whatever_the_prose_links() {
        let page = |title: &str, header: &str| {
            format!(
                "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\nPOST /reviews/{{id}}/batchRecordDecisions\n```\n\n## Request body\nIn the request body, supply a JSON representation of an [accessReviewInstanceDecisionItem](../resources/accessreviewinstancedecisionitem.md).\n\n|{header}|Type|Description|\n|:---|:---|:---|\n|decision|String|The decision.|\n|principalId|String|Whose decisions.|\n\n## Response\nIf successful, this action returns a `204 No Content` response code.\n"
            )
        };
        let body = |text: String| extract(&text).operations[0].operation.request_body.clone().map(|b| b.shape);
        let action = body(page("accessReviewInstance: batchRecordDecisions", "Parameter"));
        assert!(matches!(&action, Some(Shape::Object(m)) if m.len() == 2), "{action:?}");
        // A creation's table lists some of the linked type's properties; the type is the body.
        let create = body(page("Create decision", "Parameter"));
        assert!(matches!(&create, Some(Shape::Type(TypeRef::Named(_)))), "{create:?}");
        let properties = body(page("accessReviewInstance: batchRecordDecisions", "Property"));
        assert!(matches!(&properties, Some(Shape::Type(TypeRef::Named(_)))), "{properties:?}");
    }

    #[test]
    fn request_lines_under_the_query_options_add_their_options() {
        let text = "---\ndoc_type: apiPageType\n---\n# channel: getAllMessages\n\n## HTTP request\n```http\nGET /teams/{team-id}/channels/getAllMessages\n```\n\n## Optional query parameters\nYou can use `model` query parameter, which supports the values `A` and `B`.\n\n```http\nGET /teams/{team-id}/channels/getAllMessages?model=A\nGET /teams/{team-id}/channels/getAllMessages?model=B\nGET /teams/{team-id}/other?x=1\n```\n\n## Response\nIf successful, this function returns a `200 OK` response code.\n";
        let out = extract(text);
        assert_eq!(out.operations.len(), 1, "no operation of their own");
        let query: Vec<&str> = out.operations[0]
            .operation
            .parameters
            .iter()
            .filter(|p| p.location == ParamLocation::Query)
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(query.iter().filter(|q| **q == "model").count(), 1, "{query:?}");
        assert!(!query.contains(&"x"), "another path's option: {query:?}");
    }

    #[test]
    fn a_key_written_two_ways_is_one_operation_spelled_as_a_segment() {
        let text = "---\ndoc_type: apiPageType\n---\n# ediscoverySearch: exportReport\n\n## HTTP request\n```http\nPOST /cases/ediscoveryCases('{caseId}')/searches('{searchId}')/exportReport\nPOST /cases/ediscoveryCases/{caseId}/searches/{searchId}/exportReport\n```\n\n## Response\nIf successful, this action returns a `202 Accepted` response code.\n";
        let out = extract(text);
        let paths: Vec<&str> = out.operations.iter().map(|o| o.operation.path.as_str()).collect();
        assert_eq!(paths, ["/cases/ediscoveryCases/{caseId}/searches/{searchId}/exportReport"]);
    }

    #[test]
    fn an_example_named_for_a_later_line_s_scenario_does_not_name_the_first() {
        let page = |lines: &str| {
            format!(
                "---\ndoc_type: apiPageType\n---\n# Delete columnDefinition\n\n## HTTP request\n```http\n{lines}\n```\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"delete_columns_from_contenttype\" }} -->\n```http\nDELETE https://graph.microsoft.com/v1.0/sites/1/contentTypes/2/columns/3\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
            )
        };
        let ids = |lines: &str| operation_ids(&page(lines));
        assert_eq!(
            ids(
                "DELETE /sites/{site-id}/columns/{column-id}\nDELETE /sites/{site-id}/contentTypes/{contentType-id}/columns/{column-id}"
            ),
            ["delete_column_definition", "delete_column_definition_content_types"]
        );
        // An owner at a path's start is the same operation's: the name stays.
        let owners = extract(&page("DELETE /me/columns/{column-id}\nDELETE /contentTypes/{id}/columns/{column-id}"));
        assert_eq!(owners.operations[0].operation.id, "delete_columns_from_content_type");
    }

    #[test]
    fn a_path_written_with_two_methods_is_named_for_each() {
        let text = "---\ndoc_type: apiPageType\n---\n# Update profilePhoto\n\n## HTTP request\n```http\nPATCH /me/photo/$value\nPATCH /users/{id}/photo/$value\nPUT /me/photo/$value\nPUT /users/{id}/photo/$value\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
        let ids = operation_ids(text);
        assert_eq!(
            ids,
            [
                "update_profile_photo",
                "update_profile_photo_users",
                "update_profile_photo_put",
                "update_profile_photo_users_put"
            ]
        );
    }

    #[test]
    fn an_example_name_ending_in_a_later_call_s_argument_names_the_first_line_without_it() {
        let text = "---\ndoc_type: apiPageType\n---\n# reportRoot: getYammerActivityUserDetail\n\n## HTTP request\n```http\nGET /reports/getYammerActivityUserDetail(period='{period_value}')\nGET /reports/getYammerActivityUserDetail(date={date_value})\n```\n\n## Response\nIf successful, this method returns a `302 Found` response.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"reportroot_getyammeractivityuserdetail_date\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/reports/getYammerActivityUserDetail(date='2018-03-05')\n```\n";
        let ids = operation_ids(text);
        assert_eq!(
            ids,
            ["report_root_get_yammer_activity_user_detail", "report_root_get_yammer_activity_user_detail_date"]
        );
    }

    #[test]
    fn accepted_work_naming_an_object_answers_no_body() {
        let page = |response: &str| {
            format!(
                "---\ndoc_type: apiPageType\n---\n# accessPackageAssignment: reprocess\n\n## HTTP request\n```http\nPOST /accessPackageAssignments/{{id}}/reprocess\n```\n\n## Response\n{response}\n"
            )
        };
        let body = |response: &str| extract(&page(response)).operations[0].operation.responses[0].body.is_some();
        let link = "[accessPackageAssignment](../resources/accesspackageassignment.md)";
        assert!(!body(&format!(
            "If successful, this method returns a `202 Accepted` response code and reevaluates the {link} object."
        )));
        assert!(body(&format!(
            "If successful, this method returns a `202 Accepted` response code and an {link} object in the response body."
        )));
    }

    #[test]
    fn a_parent_entity_with_its_navigation_expanded_is_no_item_of_the_list() {
        let list = TypeRef::Collection(Box::new(TypeRef::Named("educationGradingCategory".into())));
        let parent = serde_json::json!({
            "@odata.context": "https://graph.microsoft.com/beta/$metadata#education/classes('1')/assignmentSettings/$entity",
            "gradingCategories@odata.context": "https://graph.microsoft.com/beta/$metadata#education/classes('1')/assignmentSettings/gradingCategories",
            "gradingCategories": [{"id": "1"}]
        });
        let path = "/education/classes/{id}/assignmentSettings/gradingCategories";
        assert!(matches!(list_or_item_shown(list.clone(), Some(&parent), true, path), TypeRef::Collection(_)));
        let item = serde_json::json!({"@odata.context": "https://graph.microsoft.com/beta/$metadata#chats('1')/$entity", "id": "1"});
        assert!(matches!(list_or_item_shown(list.clone(), Some(&item), true, "/chats/{id}"), TypeRef::Named(_)));
        let set = serde_json::json!({"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#directoryObjects/$entity"});
        let manager = list_or_item_shown(list.clone(), Some(&set), true, "/contacts/{id}/manager");
        assert!(matches!(manager, TypeRef::Named(_)), "the type's set");
        // One entity with a navigation expanded is still one entity.
        let expanded = serde_json::json!({
            "@odata.context": "https://graph.microsoft.com/beta/$metadata#deletedItems/workflows/$entity",
            "tasks@odata.context": "https://graph.microsoft.com/beta/$metadata#deletedItems/workflows('1')/tasks",
            "tasks": []
        });
        assert!(matches!(
            list_or_item_shown(list.clone(), Some(&expanded), true, "/deletedItems/workflows/{id}"),
            TypeRef::Named(_)
        ));
        // A context naming the type (not a set) is one instance of it.
        let typed = serde_json::json!({
            "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.security.ediscoveryIndexOperation",
            "id": "1"
        });
        let last = "/security/cases/ediscoveryCases/{id}/custodians/{custodian-id}/lastIndexOperation";
        assert!(matches!(list_or_item_shown(list.clone(), Some(&typed), true, last), TypeRef::Named(_)));
        let typed_list = serde_json::json!({
            "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.x)",
            "id": "1"
        });
        assert!(matches!(list_or_item_shown(list, Some(&typed_list), true, last), TypeRef::Collection(_)));
    }

    #[test]
    fn other_success_statuses_share_the_first_one_s_body() {
        // progenitor takes one response type across an operation's successes: the `200 OK`
        // an example shows with a body beside the stated `204 No Content` stays bodiless.
        let text = r#"---
doc_type: apiPageType
---
# Delete browserSite

## HTTP request
```http
DELETE /siteLists/{id}/sites/{site-id}
```

## Response
If the site was not published, this method returns a `204 No Content` response code. If it was, it returns a `200 OK` response code and a [browserSite](../resources/browsersite.md) object in the response body.

## Examples
### Example 1
<!-- { "blockType": "request", "name": "delete_browsersite" } -->
```http
DELETE https://graph.microsoft.com/beta/siteLists/1/sites/2
```
<!-- { "blockType": "response" } -->
```http
HTTP/1.1 204 No Content
```

### Example 2
<!-- { "blockType": "request", "name": "delete_browsersite_published" } -->
```http
DELETE https://graph.microsoft.com/beta/siteLists/1/sites/3
```
<!-- { "blockType": "response", "@odata.type": "microsoft.graph.browserSite" } -->
```http
HTTP/1.1 200 OK
Content-Type: application/json

{"id": "3", "status": "pendingDelete"}
```
"#;
        let responses = &extract(text).operations[0].operation.responses;
        let statuses: Vec<u16> = responses.iter().map(|r| r.status).collect();
        assert_eq!(statuses, [204, 200]);
        assert!(responses.iter().all(|r| r.body.is_none()), "{responses:?}");
    }

    #[test]
    fn a_response_whose_request_is_ignored_still_gives_its_status() {
        let text = "---\ndoc_type: apiPageType\n---\n# Create x\n\n## HTTP request\n```http\nPOST /xs\n```\n\n## Response\nIf successful, this method returns an [x](../resources/x.md) object in the response body.\n\n## Example\n<!-- { \"blockType\": \"ignored\", \"name\": \"create_x\" } -->\n```http\nPOST https://graph.microsoft.com/beta/xs\n```\n<!-- { \"blockType\": \"response\" } -->\n```http\nHTTP/1.1 201 Created\n```\n";
        assert_eq!(extract(text).operations[0].operation.responses[0].status, 201);
    }

    #[test]
    fn an_ignored_request_an_annotated_response_answers_is_the_one_lines_example() {
        let page = |lines: &str, query: &str| {
            format!(
                "---\ndoc_type: apiPageType\n---\n# site: getAllSites\n\n## HTTP request\n<!-- {{ \"blockType\": \"ignored\" }} -->\n```http\n{lines}\n```\n\n## Example\n### Request\n<!-- {{ \"blockType\": \"ignored\" }} -->\n```msgraph-interactive\nGET /sites/getAllSites{query}\n```\n\n### Response\n<!-- {{ \"blockType\": \"response\", \"@type\": \"microsoft.graph.site\", \"isCollection\": true }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{{\"value\": [{{\"id\": \"1\", \"name\": \"a\"}}]}}\n```\n"
            )
        };
        let body = |text: String| {
            let out = extract(&text);
            let response = &out.operations[0].operation.responses[0];
            (response.status, response.body.as_ref().map(|b| format!("{:?}", b.shape)))
        };
        let (status, shape) = body(page("GET /sites/getAllSites", ""));
        assert_eq!(status, 200);
        assert!(shape.as_deref().is_some_and(|s| s.contains("CollectionPage") && s.contains("site")), "{shape:?}");
        // Which of several lines the example shows, the page does not say.
        let (_, shape) = body(page("GET /sites/getAllSites\nGET /sites/{id}/sites", ""));
        assert_eq!(shape, None);
        // Another representation's response is not the method's.
        let (_, shape) = body(page("GET /sites/getAllSites", "?$format=application/json"));
        assert_eq!(shape, None);
    }

    #[test]
    fn a_line_whose_example_sends_nothing_takes_the_body_optionally() {
        let text = "---\ndoc_type: apiPageType\n---\n# custodian: applyHold\n\n## HTTP request\n```http\nPOST /cases/{id}/custodians/applyHold\nPOST /cases/{id}/custodians/{custodianId}/applyHold\n```\n\n## Request body\n| Parameter | Type | Description |\n|:--|:--|:--|\n| ids | String collection | The custodians. Optional. |\n\n## Response\nIf successful, this action returns a `202 Accepted` response code.\n\n## Examples\n<!-- { \"blockType\": \"request\", \"name\": \"apply_hold_all\" } -->\n```http\nPOST /cases/1/custodians/applyHold\nContent-Type: application/json\n\n{\"ids\": [\"a\"]}\n```\n<!-- { \"blockType\": \"response\" } -->\n```http\nHTTP/1.1 202 Accepted\n```\n<!-- { \"blockType\": \"request\", \"name\": \"apply_hold_one\" } -->\n```http\nPOST /cases/1/custodians/2/applyHold\n```\n<!-- { \"blockType\": \"response\" } -->\n```http\nHTTP/1.1 202 Accepted\n```\n";
        let out = extract(text);
        let required: Vec<Option<bool>> =
            out.operations.iter().map(|o| o.operation.request_body.as_ref().map(|b| b.required)).collect();
        assert_eq!(required, [Some(true), Some(false)]);
        // Where the section does not allow leaving it out, an example that sends nothing is
        // the example's omission (`POST /me/cloudPCs/{id}/rename` shown without its name).
        let strict = text.replace(" Optional.", "");
        let out = extract(&strict);
        let required: Vec<Option<bool>> =
            out.operations.iter().map(|o| o.operation.request_body.as_ref().map(|b| b.required)).collect();
        assert_eq!(required, [Some(true), Some(true)]);
    }

    #[test]
    fn a_body_the_prose_calls_optional_is_optional() {
        let text = "---\ndoc_type: apiPageType\n---\n# printJob: abort\n\n## HTTP request\n```http\nPOST /print/printers/{id}/jobs/{jobId}/abort\n```\n\n## Request body\nIn the request body, you can optionally provide the reason why the job is being aborted.\n\n| Property | Type | Description |\n|:--|:--|:--|\n|reason|String|Why.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
        let required = |text: &str| extract(text).operations[0].operation.request_body.as_ref().map(|b| b.required);
        assert_eq!(required(text), Some(false));
        assert_eq!(required(&text.replace("you can optionally provide", "provide")), Some(true));
    }

    #[test]
    fn an_argument_the_example_quotes_is_quoted() {
        let page = |example: &str| {
            format!(
                "---\ndoc_type: apiPageType\n---\n# range: visibleView\n\n## HTTP request\n```http\nGET /me/drive/items/{{id}}/workbook/worksheets/{{ws}}/range(address={{address}})/visibleView/itemAt(index={{n}})\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"x\" }} -->\n```http\nGET https://graph.microsoft.com/v1.0{example}\n```\n"
            )
        };
        let path = |example: &str| extract(&page(example)).operations[0].operation.path.clone();
        assert_eq!(
            path("/me/drive/items/1/workbook/worksheets/2/range(address='A1:Z10')/visibleView/itemAt(index=3)"),
            "/me/drive/items/{id}/workbook/worksheets/{ws}/range(address='{address}')/visibleView/itemAt(index={n})"
        );
        // An example that does not quote it leaves the line as written.
        assert_eq!(
            path("/me/drive/items/1/workbook/worksheets/2/range(address=A1)/visibleView/itemAt(index=3)"),
            "/me/drive/items/{id}/workbook/worksheets/{ws}/range(address={address})/visibleView/itemAt(index={n})"
        );
    }

    #[test]
    fn a_later_paragraph_s_outcome_is_another_success_status() {
        let text = "---\ndoc_type: apiPageType\n---\n# conversationMember: add\n\n## HTTP request\n```http\nPOST /teams/{id}/members/add\n```\n\n## Response\nIf successful, this action returns a `200 OK` response code and a collection of [actionResultPart](../resources/actionresultpart.md) objects in the response body.\n\nThis API returns a `200` response that indicates all members were added or a `207` response that indicates only some of them were.\n\nIf an error occurred, this method returns a `400` status code.\n";
        let out = extract(text);
        let statuses: Vec<u16> = out.operations[0].operation.responses.iter().map(|r| r.status).collect();
        assert_eq!(statuses, [200, 207]);
    }

    #[test]
    fn an_empty_json_object_body_is_an_object() {
        let text = "---\ndoc_type: apiPageType\n---\n# educationAssignment: setUpResourcesFolder\n\n## HTTP request\n```http\nPOST /education/classes/{id}/assignments/{id}/setUpResourcesFolder\n```\n\n## Request body\nIn the request body, supply an empty JSON object `{}` for this method.\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"x\" } -->\n```http\nPOST https://graph.microsoft.com/v1.0/education/classes/1/assignments/2/setUpResourcesFolder\nContent-type: application/json\n\n{\n}\n```\n";
        let out = extract(text);
        let body = out.operations[0].operation.request_body.as_ref().expect("a body");
        assert!(matches!(&body.shape, Shape::Object(m) if m.is_empty()), "{:?}", body.shape);
        // The prose alone says so too, when the example sends nothing.
        let bare = text.replace("Content-type: application/json\n\n{\n}\n", "");
        assert_ne!(bare, text);
        let out = extract(&bare);
        let body = out.operations[0].operation.request_body.as_ref().expect("a body");
        assert!(matches!(&body.shape, Shape::Object(m) if m.is_empty()), "{:?}", body.shape);
        assert!(body.example.is_none());
    }

    #[test]
    fn prose_in_a_placeholder_naming_a_stream_property_stands_for_each() {
        let text = "---\ndoc_type: apiPageType\n---\n# Update organizationalBranding\n\n## HTTP request\n```http\nPATCH /organization/{id}/branding\nPUT /organization/{id}/branding/localizations/{lid}/{Stream object type such as backgroundImage}\n```\n\n## Request body\n| Property | Type | Description |\n|:--|:--|:--|\n| backgroundImage | Stream | An image. |\n| bannerLogo | Stream | A logo. |\n| signInPageText | String | Text. |\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
        let out = extract(text);
        let ops = paths_and_body_media_types(&out);
        assert_eq!(
            ops,
            [
                ("/organization/{id}/branding", Some("application/json")),
                ("/organization/{id}/branding/localizations/{lid}/backgroundImage", Some("application/octet-stream")),
                ("/organization/{id}/branding/localizations/{lid}/bannerLogo", Some("application/octet-stream")),
            ]
        );
    }

    #[test]
    fn a_count_segment_answers_a_number_as_text() {
        let text = "---\ndoc_type: apiPageType\n---\n# List transitiveReports\n\n## HTTP request\n```http\nGET /users/{id}/transitiveReports/$count\n```\n\n## Optional query parameters\nThis method supports the `$filter`, `$select` and `$top` [OData query parameters](/graph/query-parameters).\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [directoryObject](../resources/directoryobject.md) objects in the response body.\n";
        let out = extract(text);
        let op = &out.operations[0].operation;
        let body = op.responses[0].body.as_ref().expect("a body");
        assert_eq!(body.media_type, "text/plain");
        assert!(matches!(body.shape, Shape::Type(TypeRef::Primitive(Primitive::Int64))), "{:?}", body.shape);
        let query: Vec<&str> =
            op.parameters.iter().filter(|p| p.location == ParamLocation::Query).map(|p| p.name.as_str()).collect();
        assert_eq!(query, ["$filter"], "a count takes no $select or $top");
    }

    #[test]
    fn a_collection_the_sentence_names_after_the_link_is_not_the_link_s() {
        let page = |returns: &str| {
            format!(
                "---\ndoc_type: apiPageType\n---\n# Get package\n\n## HTTP request\n```http\nGET /packages/{{id}}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and {returns} in the response body.\n"
            )
        };
        let shape =
            |returns: &str| extract(&page(returns)).operations[0].operation.responses[0].body.clone().unwrap().shape;
        let one = shape(
            "an [accessPackage](../resources/accesspackage.md) that contains a collection of [accessPackageResourceRoleScope](../resources/accesspackageresourcerolescope.md) objects",
        );
        assert!(matches!(one, Shape::Type(TypeRef::Named(ref n)) if n == "accessPackage"), "{one:?}");
        let many = shape("a [user](../resources/user.md) collection");
        assert!(matches!(many, Shape::CollectionPage(_)), "the word right after the link: {many:?}");
        let many = shape("a collection of [user](../resources/user.md) objects");
        assert!(matches!(many, Shape::CollectionPage(_)), "{many:?}");
    }

    #[test]
    fn a_line_another_continues_with_a_key_reads_a_list() {
        let text = "---\ndoc_type: apiPageType\n---\n# Get profilePhoto\n\n## HTTP request\n```http\nGET /me/photo\nGET /me/photos\nGET /me/photos/{size}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [profilePhoto](../resources/profilephoto.md) object in the response body.\n";
        let out = extract(text);
        let shapes: Vec<(&str, &Shape)> = out
            .operations
            .iter()
            .map(|o| (o.operation.path.as_str(), &o.operation.responses[0].body.as_ref().expect("a body").shape))
            .collect();
        let list = |path: &str| shapes.iter().any(|(p, s)| *p == path && matches!(s, Shape::CollectionPage(_)));
        assert!(list("/me/photos"), "{shapes:?}");
        assert!(!list("/me/photo") && !list("/me/photos/{size}"), "{shapes:?}");
    }

    #[test]
    fn a_ref_segment_answers_links_to_the_objects() {
        let page = |returns: &str, line: &str| {
            format!(
                "---\ndoc_type: apiPageType\n---\n# List members\n\n## HTTP request\n```http\nGET /groups/{{id}}/{line}\nGET /groups/{{id}}/{line}/$ref\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and {returns} in the response body.\n"
            )
        };
        let out =
            extract(&page("a collection of [directoryObject](../resources/directoryobject.md) objects", "members"));
        let shapes: Vec<&Shape> =
            out.operations.iter().map(|o| &o.operation.responses[0].body.as_ref().expect("a body").shape).collect();
        assert!(matches!(shapes[0], Shape::CollectionPage(_)), "{shapes:?}");
        assert_eq!(shapes[1], &Shape::References { list: true }, "the `$ref` line");
        let out = extract(&page("a [directoryObject](../resources/directoryobject.md) object", "owner"));
        let body = out.operations[1].operation.responses[0].body.as_ref().expect("a body");
        assert_eq!(body.shape, Shape::References { list: false }, "one link where the page answers one object");
        // Emitted as open objects with a required `@odata.id`; a list where the page says nothing.
        let (_, op) = operation_of(
            "api/group-get-owner-ref.md",
            "---\ndoc_type: apiPageType\n---\n# Get owner reference\n\n## HTTP request\n```http\nGET /groups/{id}/owner/$ref\n```\n",
        );
        let schema = &op["responses"]["200"]["content"]["application/json"]["schema"];
        let link = &schema["properties"]["value"]["items"];
        assert_eq!(link["required"], serde_json::json!(["@odata.id"]), "{schema}");
        assert_eq!(link["additionalProperties"], serde_json::json!({}));
        assert_eq!(schema["additionalProperties"], serde_json::json!({}));
    }

    #[test]
    fn request_lines_of_one_path_pool_their_query_options() {
        let text = "---\ndoc_type: apiPageType\n---\n# List items\n\n## HTTP request\n```http\nGET /sites/{site-id}/lists/{list-id}/items\nGET /sites/{site-id}/lists/{list-id}/items?expand=fields&$top=2\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n";
        let out = extract(text);
        assert_eq!(out.operations.len(), 1);
        assert!(!out.operations[0].variant, "the bare line documents the operation itself");
        let params = &out.operations[0].operation.parameters;
        let expand = params.iter().find(|p| p.name == "$expand").expect("$expand");
        assert_eq!(
            expand.description.as_deref(),
            Some("Related entities to include, comma-separated. The docs use `fields`.")
        );
        let top = params.iter().find(|p| p.name == "$top").expect("$top");
        assert!(matches!(top.ty, TypeRef::Primitive(Primitive::Int32)));
    }

    #[test]
    fn an_example_name_the_title_spells_names_the_operation() {
        let text = "---\ndoc_type: apiPageType\n---\n# Get a special folder by name\n\n## HTTP request\n```http\nGET /me/drive/special/{name}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"get-special-folder\" } -->\n```http\nGET /me/drive/special/music\n```\n\n<!-- { \"blockType\": \"request\", \"name\": \"get-special-children\" } -->\n```http\nGET /me/drive/special/music/children\n```\n\n<!-- { \"blockType\": \"request\", \"name\": \"upload-piece\" } -->\n```http\nPUT https://sn3302.up.1drv.com/up/fe69\n```\n";
        let out = extract(text);
        assert_eq!(out.operations[0].operation.id, "get_special_folder");
        assert!(out.operations[0].explicit_id);
    }

    #[test]
    fn a_page_of_scenarios_writes_its_request_lines_as_annotated_examples() {
        let text = "---\ndoc_type: apiPageType\n---\n# List available drives\n\n## List a group's drives\n\n### HTTP request\n<!-- { \"blockType\": \"request\", \"name\": \"group-list-drives\" } -->\n```http\nGET /groups/{groupId}/drives\n```\n\n## List the current user's drives\n<!-- { \"blockType\": \"request\", \"name\": \"enum-drives\" } -->\n```http\nGET /me/drives\n```\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"get-one\" } -->\n```http\nGET https://graph.microsoft.com/v1.0/me/drives/abc\n```\n";
        let paths: Vec<String> = extract(text).operations.into_iter().map(|o| o.operation.path).collect();
        assert_eq!(paths, ["/groups/{groupId}/drives", "/me/drives"], "an absolute example URL stays an example");
    }

    #[test]
    fn intune_entity_examples_lose_their_value_wrapper() {
        let wrapped = serde_json::json!({"value": {"@odata.type": "#microsoft.graph.x", "id": "1"}});
        assert_eq!(unwrapped_entity(&wrapped), &wrapped["value"]);
        // A type's own `value` member (a chart point's), or more than `value`: as written.
        let own = serde_json::json!({"value": {}});
        assert_eq!(unwrapped_entity(&own), &own);
        let more = serde_json::json!({"value": {"@odata.type": "#x"}, "id": "1"});
        assert_eq!(unwrapped_entity(&more), &more);
    }

    #[test]
    fn primitive_results_in_prose() {
        let string = |t: &str| primitive_result(t).map(|t| format!("{t:?}"));
        let expected = Some(format!("{:?}", TypeRef::Collection(Box::new(TypeRef::Primitive(Primitive::String)))));
        assert_eq!(string("returns a `200 OK` response code and a String collection in the response body."), expected);
        assert_eq!(string("and a collection of String in the response body"), expected);
        assert_eq!(string("and a collection of strings in the response body"), None);
        assert_eq!(string("and a user collection in the response body"), None);
        let int = Some(format!("{:?}", TypeRef::Primitive(Primitive::Int32)));
        assert_eq!(string("returns a `200 OK` response code and a Int32 in the response body."), int);
        assert_eq!(string("returns a `200 OK` response code and a String object in the response body."), None);
    }

    #[test]
    fn function_arguments_documented_under_the_request_body_are_called() {
        let text = "---\ndoc_type: apiPageType\n---\n# getCount function\n\n## HTTP Request\n``` http\nGET /a/things/getCount\n```\n\n## Request body\nIn the request URL, provide the following query parameters with values.\n\n|Property|Type|Description|\n|:---|:---|:---|\n|before|String|Not yet documented|\n|top|Int32|How many.|\n\n## Response\nIf successful, this function returns a `200 OK` response code and a Int32 in the response body.\n";
        let out = extract(text);
        let op = &out.operations[0].operation;
        assert_eq!(op.path, "/a/things/getCount(before='{before}',top={top})");
        let params: Vec<_> =
            op.parameters.iter().map(|p| (p.name.as_str(), p.location, p.description.clone())).collect();
        assert_eq!(
            params,
            [("before", ParamLocation::Path, None), ("top", ParamLocation::Path, Some("How many.".to_string()))]
        );
        assert!(matches!(op.parameters[1].ty, TypeRef::Primitive(Primitive::Int32)));
        // A page of GETs with a parameters table under "Request body": a GET sends no
        // body; the function takes them in the URL.
        let excel = text.replace(
            "In the request URL, provide the following query parameters with values.",
            "In the request body, provide a JSON object with the following parameters.",
        );
        let out = extract(&excel);
        assert_eq!(out.operations[0].operation.path, "/a/things/getCount(before='{before}',top={top})");
        // Not on a page with a POST: that table is the body.
        let post = text.replace("GET /a/things/getCount", "POST /a/things/getCount").replace(
            "In the request URL, provide the following query parameters with values.",
            "In the request body, provide a JSON object with the following parameters.",
        );
        assert_eq!(extract(&post).operations[0].operation.path, "/a/things/getCount");
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

    /// The one operation a page yields, as the contract has it.
    fn operation_of(name: &str, text: &str) -> (String, serde_json::Value) {
        let c = crate::convert(vec![crate::SourceFile::new(name, text)]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        let (path, item) = json["paths"].as_object().unwrap().iter().next().unwrap();
        let op = item.as_object().unwrap().values().find(|v| v.get("operationId").is_some()).unwrap();
        (path.clone(), op.clone())
    }

    fn query(op: &serde_json::Value, name: &str) -> serde_json::Value {
        op["parameters"].as_array().unwrap().iter().find(|p| p["name"] == name).cloned().unwrap_or_default()
    }

    #[test]
    fn request_line_queries_take_their_table_rows_and_odata_options_are_listed() {
        let text = "---\ndoc_type: apiPageType\n---\n# List calendarView\n\n## HTTP request\n```http\nGET /me/calendarView?startDateTime={start}&endDateTime={end}\n```\n\n## Query parameters\nIn the request URL, provide the following **required** query parameters with values.\n\n| Parameter | Type | Description |\n|:---|:---|:---|\n| startDateTime | String | The start. |\n| endDateTime | String | The end. |\n\nThis method also supports the [OData query parameters](/graph/query-parameters) to help customize the response.\n\n## Response\nIf successful, this method returns a `200 OK` response code and a collection of [event](../resources/event.md) objects in the response body.\n";
        let (_, op) = operation_of("api/user-list-calendarview.md", text);
        assert_eq!(query(&op, "startDateTime")["description"], "The start.");
        assert_eq!(query(&op, "endDateTime")["required"], true);
        assert_eq!(query(&op, "$top")["schema"]["format"], "int32", "{op}");
        assert_eq!(query(&op, "$filter")["in"], "query");
        let named = text.replace("the [OData query", "the `$select` and `$expand` [OData query");
        let (_, op) = operation_of("api/user-list-calendarview.md", &named);
        assert!(query(&op, "$select").is_object() && query(&op, "$expand").is_object());
        assert!(query(&op, "$filter").is_null(), "only the options the page names");
        let not = text.replace("also supports the", "does not support the");
        assert!(query(&operation_of("api/x.md", &not).1, "$select").is_null());
    }

    #[test]
    fn references_function_arguments_workbook_roots_and_action_titles() {
        let add_ref = "---\ndoc_type: apiPageType\n---\n# Add member\n\n## HTTP request\n```http\nPOST /groups/{id}/members/$ref\n```\n\n## Request body\nIn the request body, supply a JSON representation of a [directoryObject](../resources/directoryobject.md).\n";
        let (_, op) = operation_of("api/group-post-members.md", add_ref);
        let body = &op["requestBody"]["content"]["application/json"]["schema"];
        assert_eq!(body["required"], serde_json::json!(["@odata.id"]), "{body}");
        let tab = "---\ndoc_type: apiPageType\n---\n# Add tab\n\n## HTTP request\n```http\nPOST /teams/{id}/channels/{channel-id}/tabs\n```\n\n## Request body\nA [teamsTab](../resources/teamstab.md).\n";
        let (_, op) = operation_of("api/teamstab-add.md", tab);
        assert_eq!(op["requestBody"]["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/teamsTab");
        let excel = "---\ndoc_type: apiPageType\n---\n# Range: columnsAfter\n\n## HTTP request\n```http\nPOST /workbook/worksheets/{id|name}/range/columnsAfter(count=n)\n```\n\n## Function parameters\n| Parameter | Type | Description |\n|:---|:---|:---|\n| count | Int32 | How many columns. |\n";
        let (path, op) = operation_of("api/range-columnsafter.md", excel);
        assert_eq!(path, "/me/drive/items/{item-id}/workbook/worksheets/{id}/range/columnsAfter(count={count})");
        let n = op["parameters"].as_array().unwrap().iter().find(|p| p["name"] == "count").unwrap();
        assert_eq!(n["schema"]["type"], "integer", "a function argument has its table's type: {n}");
        let id = op["parameters"].as_array().unwrap().iter().find(|p| p["name"] == "id").unwrap();
        assert_eq!(id["schema"]["type"], "string");
        let commit = "---\ndoc_type: apiPageType\n---\n# commit action\n\n## HTTP request\n```http\nPOST /deviceAppManagement/mobileApps/{id}/files/{fileId}/commit\n```\n";
        let (_, op) = operation_of("api/intune-apps-mobileappcontentfile-commit.md", commit);
        assert_eq!(op["operationId"], "file_commit");
    }

    #[test]
    fn responses_plural_links_primitive_values_and_bodiless_examples() {
        let page = |request: &str, response: &str, example: &str| {
            let annotated = !example.contains("value");
            let ty = if annotated { ", \"@odata.type\": \"microsoft.graph.thing\"" } else { "" };
            format!(
                "---\ndoc_type: apiPageType\n---\n# Do it\n\n## HTTP request\n```http\n{request}\n```\n\n## Response\n{response}\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"do_it\" }} -->\n```http\n{request}\n```\n<!-- {{ \"blockType\": \"response\"{ty} }} -->\n```http\n{example}\n```\n"
            )
        };
        let schema = |op: &serde_json::Value, status: &str| {
            op["responses"][status]["content"]["application/json"]["schema"].clone()
        };
        let (_, op) = operation_of(
            "api/thing-list.md",
            &page(
                "GET /things",
                "If successful, this method returns a `200 OK` response code and all [thing](../resources/thing.md) objects in the response body.",
                "HTTP/1.1 200 OK",
            ),
        );
        assert_eq!(schema(&op, "200")["$ref"], "#/components/schemas/thingCollectionResponse", "{op}");
        let (_, op) = operation_of(
            "api/thing-count.md",
            &page(
                "GET /things/count",
                "If successful, this function returns a `200 OK` response code and a Int32 in the response body.",
                "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"value\": 8}",
            ),
        );
        assert_eq!(schema(&op, "200")["properties"]["value"]["format"], "int32", "{op}");
        let (_, op) = operation_of(
            "api/thing-photo.md",
            &page(
                "PUT /things/{id}/photo/$value",
                "If successful, this method returns a `200 OK` response code.",
                "HTTP/1.1 200 OK",
            ),
        );
        assert!(op["responses"]["200"].get("content").is_none(), "the example shows no body: {op}");
        let (_, op) = operation_of(
            "api/thing-archive.md",
            &page(
                "POST /things/{id}/archive",
                "If successful, this method returns a `202 Accepted` response code. The response also contains a `Location` header, which contains the location of the [thingOperation](../resources/thingoperation.md).",
                "HTTP/1.1 202 Accepted\nLocation: /things/1/operations/2",
            ),
        );
        assert!(op["responses"]["202"].get("content").is_none(), "a link about a header is no body: {op}");
        assert!(op["responses"]["202"]["headers"].get("Location").is_some());
        let (_, op) = operation_of(
            "api/notebook-copy.md",
            &page(
                "POST /me/onenote/notebooks/{id}/copyNotebook",
                "If successful, this method returns a `202 Accepted` response code and an `Operation-Location` header.",
                "HTTP/1.1 202 Accepted",
            ),
        );
        assert!(op["responses"]["202"]["headers"].get("Operation-Location").is_some(), "{op}");
    }

    #[test]
    fn examples_annotated_ignored_still_show_the_response_and_bodies_can_be_declined() {
        let page = |request: &str, prose: &str, example: &str| {
            format!(
                "---\ndoc_type: apiPageType\n---\n# Do it\n\n## HTTP request\n```http\n{request}\n```\n\n## Request body\n{prose}\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n<!-- {{ \"blockType\": \"ignored\", \"name\": \"ignored_name\" }} -->\n```http\n{request}\n```\n<!-- {{ \"blockType\": \"ignored\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{example}\n```\n"
            )
        };
        let schema = |op: &serde_json::Value| op["responses"]["200"]["content"]["application/json"]["schema"].clone();
        let (_, op) =
            operation_of("api/policy-addgroup.md", &page("POST /policies/{id}/addGroup", "", "{\"value\": true}"));
        assert_eq!(schema(&op)["properties"]["value"]["type"], "boolean", "{op}");
        assert_eq!(op["operationId"], "do_it", "an ignored example's name is not the operation's");
        let listed = "{\"@odata.context\": \"https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.userActivity)\", \"value\": []}";
        let (_, op) = operation_of("api/activities.md", &page("GET /me/activities", "", listed));
        assert_eq!(schema(&op)["$ref"], "#/components/schemas/userActivityCollectionResponse");
        let created = "---\ndoc_type: apiPageType\n---\n# Put activity\n\n## HTTP request\n```http\nPUT /me/activities/{id}\n```\n\n## Request body\nIn the request body, supply a JSON representation of an [activity](../resources/activity.md) object.\n\n## Response\nIf successful, this method returns the `201 Created` response code.\n\n## Example\n<!-- { \"blockType\": \"ignored\" } -->\n```http\nPUT /me/activities/13881113\n\n{\"appActivityId\": \"x\"}\n```\n<!-- { \"blockType\": \"ignored\" } -->\n```http\nHTTP/1.1 201 Created\nContent-Type: application/json\n\n{\"appActivityId\": \"x\"}\n```\n";
        let (_, op) = operation_of("api/projectrome-put-activity.md", created);
        assert_eq!(
            op["responses"]["201"]["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/activity",
            "a creation answers with what it sent: {op}"
        );
        let declined = page(
            "POST /workbook/closeSession",
            "This API does not require any request body.\n\n### Response\nA [workbook](../resources/workbook.md) object.",
            "{}",
        );
        let (_, op) = operation_of("api/workbook-closesession.md", &declined);
        assert!(op.get("requestBody").is_none(), "{op}");
    }

    #[test]
    fn example_paths_match_templates() {
        assert!(path_matches("/users/{id}/events", "/users/abc/events"));
        assert!(path_matches("/r/getX(period='{p}')", "/r/getX(period='D7')"));
        assert!(path_matches("/r/boundingRect(anotherRange='{a}')", "/r/boundingRect"));
        assert!(!path_matches("/r/boundingRect(anotherRange='{a}')", "/r/boundingRectangle"));
        assert!(!path_matches("/users/{id}/events", "/users/abc/calendar"));
        assert!(!path_matches("/users/{id}", "/users"));
    }

    #[test]
    fn tags_and_lines_that_a_path_is_the_parent_of() {
        let line = |t: &str| RequestPath {
            method: Method::Get,
            path: crate::paths::normalize(t).unwrap(),
            offset: 0,
            variant: false,
        };
        let localizations = [line("/agreements/{id}/file/localizations")];
        assert!(addresses_a_parent("/agreements", &localizations));
        assert!(!addresses_a_parent("/agreements/1/file/localizations", &localizations));
        assert!(!addresses_a_parent("/me/calendar", &[line("/me/calendars/{id}")]), "not a parent");
        assert!(!addresses_a_parent("/agreements", &[line("/agreements/{id}/x"), line("/agreements")]));
        let owners = [line("/devices/{id}/registeredOwners/$ref")];
        assert!(!addresses_a_parent("/devices/1/registeredOwners", &owners), "the line's own, without `$ref`");
        let action = [line("/labels/{id}/evaluate")];
        assert!(!addresses_a_parent("/labels/evaluate", &action), "the line's own, without its key");
        assert_eq!(tag_of("/deviceManagement/x"), "deviceManagement");
        assert_eq!(tag_of("/reports/getX(period='{p}')"), "reports");
        assert_eq!(tag_of("/me/drive/root:/{path}:"), "me");
        assert_eq!(tag_of("/me/drive/items/{item-id}/workbook/tables"), "workbook");
        assert_eq!(tag_of("/me/drive/items/{item-id}/checkout"), "me");
    }
}
