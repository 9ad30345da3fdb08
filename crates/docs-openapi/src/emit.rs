//! The API model → an `openapiv3::OpenAPI` value.
//!
//! Shapes are chosen for Graph's evolution and for progenitor:
//! - objects are open (`additionalProperties: {}`): a derived type's or a new
//!   property is kept, never rejected (progenitor turns it into a flattened map);
//! - enums are open (`oneOf` of the known values and any other string), since
//!   Graph adds members (`unknownFutureValue` and beyond);
//! - inheritance is flattened (the base chain's properties copied in), since
//!   `allOf` support in progenitor's type generator is limited;
//! - errors are `4XX`/`5XX` with Graph's error body, never `default`, since
//!   progenitor rejects a `default` response with another schema than 2xx;
//! - collections are named `{T}CollectionResponse` components with `value`,
//!   `@odata.nextLink` and `@odata.count`.

use std::collections::HashMap;

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, AnySchema, ArrayType, AuthorizationCodeOAuth2Flow, ClientCredentialsOAuth2Flow, Components,
    Header, HeaderStyle, Info, IntegerType, MediaType, NumberType, OAuth2Flows, ObjectType, OpenAPI, Operation,
    Parameter, ParameterData, ParameterSchemaOrContent, PathItem, PathStyle, QueryStyle, ReferenceOr, RequestBody,
    Response, Responses, Schema, SchemaData, SchemaKind, SecurityRequirement, SecurityScheme, Server, StatusCode,
    StringType, Tag, Type, VariantOrUnknownOrEmpty,
};
use serde_json::{Value, json};

use crate::model::{self, Api, Origin, ParamLocation, Property, Shape, TypeDef, TypeKind, TypeSource};
use crate::source::SourceFile;
use crate::types::{Primitive, TypeRef};

/// The extension naming the doc file and line an item came from.
pub const DOC_SOURCE: &str = "x-doc-source";
/// The extension holding the permissions table, by permission type.
pub const PERMISSIONS: &str = "x-ms-permissions";
/// The security scheme of a signed-in user's token (delegated permissions, authorization code).
pub const DELEGATED_SCHEME: &str = "microsoftIdentityDelegated";
/// The security scheme of an app's own token (application permissions, client credentials).
pub const APPLICATION_SCHEME: &str = "microsoftIdentityApplication";

const AUTHORITY: &str = "https://login.microsoftonline.com/common/oauth2/v2.0";
const DEFAULT_SCOPE: &str = "https://graph.microsoft.com/.default";

/// Builds the contract.
pub fn emit(api: &Api, files: &[SourceFile]) -> OpenAPI {
    let source = |o: Origin| doc_source(files, o);
    let version = api
        .servers
        .first()
        .and_then(|s| s.rsplit('/').next())
        .filter(|v| *v == "beta" || *v == "v1.0")
        .unwrap_or("v1.0");
    // Path items are large (kilobytes each): the map gets its final size and
    // order up front, so no item is moved by growing or sorting it.
    let mut path_names: Vec<&String> = api.operations.iter().map(|op| &op.path).collect();
    path_names.sort_unstable();
    path_names.dedup();
    let mut paths: IndexMap<String, ReferenceOr<PathItem>> = IndexMap::with_capacity(path_names.len());
    for name in path_names {
        paths.insert(name.clone(), ReferenceOr::Item(PathItem::default()));
    }
    let mut tags: Vec<String> = Vec::new();
    let mut collections: Vec<TypeRef> = Vec::new();
    let mut delegated_scopes: IndexMap<String, String> = IndexMap::new();
    let mut app_scopes: IndexMap<String, String> = IndexMap::new();
    app_scopes
        .insert(DEFAULT_SCOPE.into(), "The application permissions granted to the app (client credentials).".into());

    // Operations are independent: build them on all cores, insert in order.
    let built: Vec<(Operation, Vec<TypeRef>)> = {
        use rayon::prelude::*;
        api.operations
            .par_iter()
            .map(|op| {
                let mut collections = Vec::new();
                (operation(op, &source, &mut collections, api), collections)
            })
            .collect()
    };
    for (op, (operation, op_collections)) in api.operations.iter().zip(built) {
        collections.extend(op_collections);
        if !tags.contains(&op.tag) {
            tags.push(op.tag.clone());
        }
        for entry in op.permissions.delegated_work.iter().chain(&op.permissions.delegated_personal) {
            for s in model::Permissions::scopes_of(entry) {
                delegated_scopes.entry(s.to_string()).or_insert_with(|| format!("Delegated permission {s}."));
            }
        }
        for entry in &op.permissions.application {
            for s in model::Permissions::scopes_of(entry) {
                app_scopes.entry(s.to_string()).or_insert_with(|| format!("Application permission {s}."));
            }
        }
        let Some(ReferenceOr::Item(item)) = paths.get_mut(&op.path) else {
            unreachable!("every operation's path is in the map, as an item")
        };
        let slot = match op.method {
            crate::http::Method::Get => &mut item.get,
            crate::http::Method::Put => &mut item.put,
            crate::http::Method::Post => &mut item.post,
            crate::http::Method::Delete => &mut item.delete,
            crate::http::Method::Options => &mut item.options,
            crate::http::Method::Head => &mut item.head,
            crate::http::Method::Patch => &mut item.patch,
            crate::http::Method::Trace => &mut item.trace,
        };
        *slot = Some(operation);
    }
    tags.sort();

    // Types are independent: build their schemas on all cores, then insert them.
    let built: Vec<(String, Schema)> = {
        use rayon::prelude::*;
        let types: Vec<&TypeDef> = api.types.values().collect();
        types.par_iter().map(|t| (t.name.clone(), type_schema(t, api, &|o| doc_source(files, o)))).collect()
    };
    let mut schemas: IndexMap<String, ReferenceOr<Schema>> = IndexMap::with_capacity(built.len() + collections.len());
    for (name, schema) in built {
        schemas.insert(name, ReferenceOr::Item(schema));
    }
    for t in &collections {
        let name = collection_name(t);
        schemas.entry(name).or_insert_with(|| ReferenceOr::Item(collection_schema(t)));
    }
    for (name, schema) in error_schemas() {
        schemas.insert(name.into(), ReferenceOr::Item(schema));
    }
    schemas.sort_unstable_keys();

    // Two schemes, not one with two flows: a requirement names the kind of token it takes, so a
    // page's "Application: Not supported" leaves app-only tokens out (one scheme's requirement
    // would be met by either flow).
    let oauth2 = |flows: OAuth2Flows, description: &str| {
        ReferenceOr::Item(SecurityScheme::OAuth2 {
            flows,
            description: Some(description.into()),
            extensions: IndexMap::new(),
        })
    };
    let mut security_schemes = IndexMap::new();
    security_schemes.insert(
        DELEGATED_SCHEME.to_string(),
        oauth2(
            OAuth2Flows {
                authorization_code: Some(AuthorizationCodeOAuth2Flow {
                    authorization_url: format!("{AUTHORITY}/authorize"),
                    token_url: format!("{AUTHORITY}/token"),
                    refresh_url: None,
                    scopes: delegated_scopes,
                    extensions: IndexMap::new(),
                }),
                ..OAuth2Flows::default()
            },
            "Microsoft identity platform (Microsoft Entra ID) OAuth 2.0, a signed-in user's token: delegated permissions.",
        ),
    );
    security_schemes.insert(
        APPLICATION_SCHEME.to_string(),
        oauth2(
            OAuth2Flows {
                client_credentials: Some(ClientCredentialsOAuth2Flow {
                    refresh_url: None,
                    token_url: format!("{AUTHORITY}/token"),
                    scopes: app_scopes,
                    extensions: IndexMap::new(),
                }),
                ..OAuth2Flows::default()
            },
            "Microsoft identity platform (Microsoft Entra ID) OAuth 2.0, an app's own token (client credentials): application permissions.",
        ),
    );

    OpenAPI {
        openapi: "3.0.3".into(),
        info: Info {
            title: "Microsoft Graph".into(),
            description: Some(format!(
                "Microsoft Graph {version}, as described by its reference pages ({} operations from {} pages). Generated by docs-openapi; do not edit by hand.",
                api.operations.len(),
                files.len()
            )),
            version: version.into(),
            license: Some(openapiv3::License {
                name: "CC-BY-4.0 (the Microsoft Graph documentation this contract is derived from)".into(),
                url: Some("https://creativecommons.org/licenses/by/4.0/".into()),
                extensions: IndexMap::new(),
            }),
            ..Info::default()
        },
        servers: api.servers.iter().map(|url| Server { url: url.clone(), ..Server::default() }).collect(),
        paths: openapiv3::Paths { paths, extensions: IndexMap::new() },
        components: Some(Components { schemas, security_schemes, ..Components::default() }),
        security: Some(vec![requirement(DELEGATED_SCHEME, &[]), requirement(APPLICATION_SCHEME, &[])]),
        tags: tags
            .into_iter()
            .map(|name| {
                // The tag of paths with no literal first segment (`/{userId}/…`) names no `/root`.
                let under = |p: &model::Operation| p.path.split('/').nth(1).is_some_and(|s| s == name);
                let description = if name == "root" && !api.operations.iter().any(under) {
                    "Operations whose path begins with a parameter.".to_string()
                } else {
                    format!("Operations under `/{name}`.")
                };
                Tag { description: Some(description), name, ..Tag::default() }
            })
            .collect(),
        external_docs: None,
        extensions: IndexMap::new(),
    }
}

fn doc_source(files: &[SourceFile], o: Origin) -> Value {
    match files.get(o.file.0 as usize) {
        Some(f) => json!({ "file": f.name(), "line": f.line_col(o.offset).0 }),
        None => Value::Null,
    }
}

fn requirement(scheme: &str, scopes: &[&str]) -> SecurityRequirement {
    let mut r = IndexMap::new();
    r.insert(scheme.to_string(), scopes.iter().map(|s| s.to_string()).collect());
    r
}

fn operation(
    op: &model::Operation,
    source: &impl Fn(Origin) -> Value,
    collections: &mut Vec<TypeRef>,
    api: &Api,
) -> Operation {
    let parameters = op.parameters.iter().map(|p| ReferenceOr::Item(parameter(p, api))).collect();
    let request_body = op.request_body.as_ref().map(|b| {
        ReferenceOr::Item(RequestBody {
            description: None,
            content: content(b, collections, api),
            required: b.required,
            extensions: IndexMap::new(),
        })
    });
    let mut responses = IndexMap::new();
    for r in &op.responses {
        let mut headers = IndexMap::new();
        if r.location_header {
            let redirect = (300..400).contains(&r.status);
            let description = match r.status {
                202 => "Where the operation's status can be read.",
                201 => "Where the created resource is.",
                _ if redirect => "Where the content is.",
                _ => "The URI the page documents for this response (an operation's status, a resource).",
            };
            // A "Response headers" row says it in the page's words, and whether it is required.
            let documented = r.headers.iter().find(|h| h.name.eq_ignore_ascii_case("location"));
            let required = redirect || documented.is_some_and(|h| h.required);
            let description = documented
                .map(|h| h.description.clone())
                .filter(|d| !d.is_empty())
                .unwrap_or_else(|| description.to_string());
            headers.insert("Location".to_string(), string_header(Some(description), required));
        }
        if r.operation_location_header {
            let description = "Where the operation's status can be read.";
            headers.insert("Operation-Location".to_string(), string_header(Some(description.into()), false));
        }
        for h in &r.headers {
            if headers.keys().any(|k: &String| k.eq_ignore_ascii_case(&h.name)) {
                continue;
            }
            let description = Some(h.description.clone()).filter(|d| !d.is_empty());
            headers.insert(h.name.clone(), string_header(description, h.required));
        }
        responses.insert(
            StatusCode::Code(r.status),
            ReferenceOr::Item(Response {
                description: r.description.clone(),
                headers,
                content: r.body.as_ref().map(|b| content(b, collections, api)).unwrap_or_default(),
                ..Response::default()
            }),
        );
    }
    for (range, description) in [(4, "Client error: Graph's error body."), (5, "Server error: Graph's error body.")] {
        let mut content = IndexMap::new();
        content.insert(
            "application/json".to_string(),
            MediaType { schema: Some(reference("ODataError")), ..MediaType::default() },
        );
        responses.insert(
            StatusCode::Range(range),
            ReferenceOr::Item(Response { description: description.into(), content, ..Response::default() }),
        );
    }
    let mut extensions = IndexMap::new();
    let mut doc_source = source(op.origin);
    // The other pages documenting the request, merged into it.
    if let Some(also) = doc_source.as_object_mut().filter(|_| !op.also.is_empty()) {
        also.insert("also".into(), op.also.iter().map(|o| source(*o)).collect());
    }
    // The path keys its page writes otherwise (`{profile-id}` where the contract says `{publishingType}`).
    if let Some(written) = doc_source.as_object_mut().filter(|_| !op.keys_written.is_empty()) {
        let keys: serde_json::Map<String, Value> =
            op.keys_written.iter().map(|(now, page)| (now.clone(), Value::String(page.clone()))).collect();
        written.insert("keys".into(), Value::Object(keys));
    }
    extensions.insert(DOC_SOURCE.to_string(), doc_source);
    let p = &op.permissions;
    // The scopes the table names; an alternative needing none is in `security` only.
    let named =
        |list: &[String]| list.iter().filter(|e| *e != model::Permissions::NO_SCOPE).cloned().collect::<Vec<_>>();
    let names_some = [&p.delegated_work, &p.delegated_personal, &p.application].iter().any(|l| !named(l).is_empty());
    if names_some {
        extensions.insert(
            PERMISSIONS.to_string(),
            json!({
                "delegatedWork": named(&p.delegated_work),
                "delegatedPersonal": named(&p.delegated_personal),
                "application": named(&p.application),
            }),
        );
    }
    // One requirement per alternative, under the scheme of its kind of token; an entry
    // needing two scopes lists both. Personal accounts share the delegated scheme: their
    // "None" (often written for "not supported") would open it to any delegated token.
    let mut delegated: Vec<&str> = Vec::new();
    let personal = p.delegated_personal.iter().filter(|e| *e != model::Permissions::NO_SCOPE);
    for entry in p.delegated_work.iter().chain(personal) {
        if !delegated.contains(&entry.as_str()) {
            delegated.push(entry);
        }
    }
    let requirements: Vec<SecurityRequirement> = delegated
        .into_iter()
        .map(|e| (DELEGATED_SCHEME, e))
        .chain(p.application.iter().map(|e| (APPLICATION_SCHEME, e.as_str())))
        .map(|(scheme, e)| requirement(scheme, &model::Permissions::scopes_of(e).collect::<Vec<_>>()))
        .collect();
    // No scope required of a line through `me` (no table read, its include missing; or only a
    // personal account's "None"): the contract's default less the app-only token, which has no
    // signed-in user.
    let security = if requirements.is_empty() {
        crate::paths::through_me(&op.path).then(|| vec![requirement(DELEGATED_SCHEME, &[])])
    } else {
        Some(requirements)
    };
    Operation {
        tags: vec![op.tag.clone()],
        summary: Some(op.summary.clone()),
        description: op.description.clone(),
        operation_id: Some(op.id.clone()),
        parameters,
        request_body,
        responses: Responses { default: None, responses, extensions: IndexMap::new() },
        security,
        extensions,
        deprecated: op.deprecated,
        ..Operation::default()
    }
}

fn parameter(p: &model::Parameter, api: &Api) -> Parameter {
    let parameter_data = ParameterData {
        name: p.name.clone(),
        description: p.description.clone(),
        required: p.required,
        deprecated: p.deprecated.then_some(true),
        format: ParameterSchemaOrContent::Schema(parameter_schema(p, api)),
        example: None,
        examples: IndexMap::new(),
        explode: None,
        extensions: IndexMap::new(),
    };
    match p.location {
        ParamLocation::Path => Parameter::Path { parameter_data, style: PathStyle::Simple },
        ParamLocation::Query => {
            Parameter::Query { parameter_data, allow_reserved: false, style: QueryStyle::Form, allow_empty_value: None }
        }
        ParamLocation::Header => Parameter::Header { parameter_data, style: HeaderStyle::Simple },
    }
}

/// A parameter's schema. A function argument typed by an enum (`on` of `filterByCurrentUser`)
/// lists the enum's values, closed: it is sent, never read back, and progenitor writes a path
/// argument with `Display`, which the open enums' untagged form lacks (their `{name}Known`
/// half is the same list). Flags (a set of members joined by commas) and other named types are
/// strings. A string the docs give a closed list of values for is that list.
fn parameter_schema(p: &model::Parameter, api: &Api) -> ReferenceOr<Schema> {
    // A bounded integer (`$top` of a page giving its largest page size).
    if let (Some(maximum), TypeRef::Primitive(primitive)) = (p.maximum, &p.ty)
        && let ReferenceOr::Item(mut schema) = type_ref(&TypeRef::Primitive(*primitive))
        && let SchemaKind::Type(Type::Integer(integer)) = &mut schema.schema_kind
    {
        integer.maximum = i64::try_from(maximum).ok();
        return ReferenceOr::Item(schema);
    }
    if !p.values.is_empty() && p.ty == TypeRef::Primitive(crate::types::Primitive::String) {
        return ReferenceOr::Item(Schema {
            schema_data: SchemaData::default(),
            schema_kind: SchemaKind::Type(Type::String(StringType {
                enumeration: p.values.iter().cloned().map(Some).collect(),
                ..StringType::default()
            })),
        });
    }
    let TypeRef::Named(name) = &p.ty else { return type_ref(&p.ty) };
    let members = match api.types.get(name).map(|t| &t.kind) {
        Some(TypeKind::Enum { members }) if p.location == ParamLocation::Path && !api.flags.contains(name) => members,
        _ => return type_ref(&TypeRef::Primitive(crate::types::Primitive::String)),
    };
    let values = distinct_values(members);
    if values.is_empty() {
        return type_ref(&TypeRef::Primitive(crate::types::Primitive::String));
    }
    ReferenceOr::Item(Schema {
        schema_data: SchemaData::default(),
        schema_kind: SchemaKind::Type(Type::String(StringType { enumeration: values, ..StringType::default() })),
    })
}

/// The named type `name`, with those of `members` it has and may be sent required, and the
/// bindings `bound` (`teamsApp@odata.bind`) it lacks as properties: `allOf: [$ref, {properties:
/// {…}, required: […]}]`, which progenitor generates as a struct of the type's members and those
/// (one per operation) whose builder insists on a value for each required one (an `Option`
/// still where the member is nullable, sent as `null` when `None`); the type's own reference
/// where nothing is left of either.
fn requiring(name: &str, body: &crate::model::Body, api: &Api) -> ReferenceOr<Schema> {
    let (members, bound, listed, sent) = (&body.required_members, &body.bound, &body.listed, &body.required_sent);
    let own = api.types.get(name).map(|t| flattened_properties(t, api)).unwrap_or_default();
    let has = |n: &str| own.iter().any(|p| p.name.eq_ignore_ascii_case(n));
    // Bindings (`teamsApp@odata.bind`) the type does not have, and the rows the page's table lists
    // that it lacks (in any letter case: two spellings would be one Rust field), once each.
    let mut bound: Vec<&Property> = bound.iter().filter(|b| !own.iter().any(|p| p.name == b.name)).collect();
    for row in listed.iter().filter(|r| !has(&r.name)) {
        if !bound.iter().any(|b| b.name.eq_ignore_ascii_case(&row.name)) {
            bound.push(row);
        }
    }
    // Every object schema has `@odata.type` (see `object_schema`); the table's own rows may be required too.
    let required: Vec<String> = members
        .iter()
        .filter(|m| {
            *m == "@odata.type"
                || own.iter().any(|p| p.name == **m && !p.read_only)
                || (!has(m) && listed.iter().any(|r| r.name == **m))
                // A required relationship the examples bind (`printer@odata.bind`).
                || bound.iter().any(|b| b.name == **m)
        })
        .cloned()
        .collect();
    // A key the type reads only that the create demands (a partner's `tenantId`, "Read-only. Key.",
    // in the create's table of required properties and its example): a `$ref` would keep it
    // read-only, which OpenAPI requires in responses only. The body lists the type's members
    // itself, that one writable and required.
    // Only a key (`id`, or a member its row calls the key), or a member the request examples all
    // send (`sent`: a container's `containerTypeId`, "Read-only." once created): another
    // read-only member a create's table requires is the table's slip. And a member an update's
    // table picks to write and its examples send (`Body::written`: `selfServiceSignUp`), writable.
    let sent = |name: &str| sent.iter().any(|s| s == name);
    let writes = |p: &Property| {
        p.read_only
            && ((members.contains(&p.name)
                && (p.name == "id"
                    || sent(&p.name)
                    || p.description.as_deref().is_some_and(|d| {
                        crate::extract::sentences(d)
                            .any(|s| s.trim().trim_end_matches('.').eq_ignore_ascii_case("key"))
                    })))
                // A row the table lists as writable and every request example sends.
                || body.written.contains(&p.name))
    };
    if own.iter().any(|p| writes(p)) {
        let mut props: Vec<Property> = own
            .iter()
            .map(|p| {
                let mut p = (*p).clone();
                if writes(&p) {
                    p.read_only = false;
                    // (Its row's "Read-only." said so of reads.)
                    p.description = p.description.map(|d| without_marks(d, &["Read-only.", "Read only."]));
                }
                p.required = members.contains(&p.name) && !p.read_only;
                // A member the create requires that its type's row calls "Optional." (a tenant
                // tag's `description`): the row spoke of the type, the body's mark is the page's.
                if p.required {
                    p.description = p.description.map(|d| without_marks(d, &["Optional."]));
                }
                p
            })
            .collect();
        // The kind a sentence demands (`@odata.type`), as the `allOf` form requires it.
        if let Some(origin) = props.first().map(|p| p.origin)
            && members.iter().any(|m| m == "@odata.type")
            && !props.iter().any(|p| p.name == "@odata.type")
        {
            props.insert(
                0,
                Property::required("@odata.type", TypeRef::Primitive(crate::types::Primitive::String), origin),
            );
        }
        // (A required binding as the `allOf` form requires it: `printer@odata.bind`.)
        props.extend(bound.iter().map(|b| Property { required: members.contains(&b.name), ..(*b).clone() }));
        let description = api.types.get(name).and_then(|t| t.description.clone());
        return ReferenceOr::Item(object_schema(description, props.iter().collect(), ObjectKind::Body, api));
    }
    let own_ref = type_ref(&TypeRef::Named(name.to_string()));
    if required.is_empty() && bound.is_empty() {
        return own_ref;
    }
    let properties: IndexMap<String, ReferenceOr<Box<Schema>>> = bound
        .iter()
        .map(|b| {
            let data = SchemaData { description: b.description.clone(), ..SchemaData::default() };
            let schema = match type_ref(&b.ty) {
                ReferenceOr::Item(s) => ReferenceOr::Item(Schema { schema_data: data, ..s }),
                r => r,
            };
            (b.name.clone(), boxed(schema))
        })
        .collect();
    let demands = Schema {
        schema_data: SchemaData::default(),
        schema_kind: SchemaKind::Type(Type::Object(ObjectType { properties, required, ..ObjectType::default() })),
    };
    ReferenceOr::Item(Schema {
        schema_data: SchemaData::default(),
        schema_kind: SchemaKind::AllOf { all_of: vec![own_ref, ReferenceOr::Item(demands)] },
    })
}

fn content(b: &model::Body, collections: &mut Vec<TypeRef>, api: &Api) -> IndexMap<String, MediaType> {
    let schema = match &b.shape {
        Shape::Type(TypeRef::Named(n))
            if !b.required_members.is_empty()
                || !b.bound.is_empty()
                || !b.listed.is_empty()
                || !b.written.is_empty() =>
        {
            requiring(n, b, api)
        }
        // Any JSON its example shows an object of (a usage report's "a JSON object in the
        // response body", `{"value": [{…}]}`, no type named): an open object.
        Shape::Type(TypeRef::Primitive(Primitive::Json)) if b.example.as_ref().is_some_and(Value::is_object) => {
            ReferenceOr::Item(object_schema(None, Vec::new(), ObjectKind::Body, api))
        }
        Shape::Type(t) => type_ref(t),
        Shape::CollectionPage(t) => {
            if !collections.contains(t) {
                collections.push(t.clone());
            }
            reference(&collection_name(t))
        }
        Shape::Object(props) => ReferenceOr::Item(object_schema(None, props.iter().collect(), ObjectKind::Body, api)),
        Shape::Raw => ReferenceOr::Item(string_schema(Some("binary"))),
        Shape::References { list } => ReferenceOr::Item(reference_links(*list)),
    };
    // A cut-down example leaving out a member the schema requires is no request it allows.
    let example = example_of(b).filter(|e| !b.example_cut || sends_required(&schema, e));
    let mut map = IndexMap::new();
    map.insert(b.media_type.clone(), MediaType { schema: Some(schema), example, ..MediaType::default() });
    map
}

/// Whether `example` has every member `schema` requires at its top (of an object, or of the
/// object beside an `allOf`'s reference), in any letter case.
fn sends_required(schema: &ReferenceOr<Schema>, example: &Value) -> bool {
    let ReferenceOr::Item(schema) = schema else { return true };
    let required: Vec<&String> = match &schema.schema_kind {
        SchemaKind::Type(Type::Object(o)) => o.required.iter().collect(),
        SchemaKind::AllOf { all_of } => all_of
            .iter()
            .filter_map(|s| match s {
                ReferenceOr::Item(Schema { schema_kind: SchemaKind::Type(Type::Object(o)), .. }) => Some(&o.required),
                _ => None,
            })
            .flatten()
            .collect(),
        _ => Vec::new(),
    };
    let Some(sent) = example.as_object() else { return required.is_empty() };
    required.iter().all(|r| sent.keys().any(|k| k.eq_ignore_ascii_case(r)))
}

/// A body's example as the contract shows it: one item shown bare where the body is a page of
/// them (a list's example showing one `offerShiftRequest`, no `value`) is the page holding it,
/// the page's own annotations (`@odata.context`, …) kept on the page. Not an object listing
/// items under another name (`{"staffAvailabilityItem": [{…}]}`, `{"values": [{…}]}`).
fn example_of(b: &model::Body) -> Option<Value> {
    const PAGE: [&str; 4] = ["@odata.context", "@odata.nextLink", "@odata.count", "@odata.deltaLink"];
    let example = b.example.as_ref()?;
    match (&b.shape, example.as_object()) {
        (Shape::CollectionPage(_), Some(o)) if crate::extract::shows_one_object(example) => {
            let (mut page, item): (serde_json::Map<String, Value>, serde_json::Map<String, Value>) =
                o.clone().into_iter().partition(|(k, _)| PAGE.contains(&k.as_str()));
            page.insert("value".into(), Value::Array(vec![Value::Object(item)]));
            Some(Value::Object(page))
        }
        _ => Some(example.clone()),
    }
}

/// `{"@odata.id": url}`, or a page of them: what `GET …/$ref` answers. Open,
/// as every object the contract describes (`@odata.context` and members yet
/// to come are kept).
fn reference_links(list: bool) -> Schema {
    let link = json!({
        "type": "object",
        "required": ["@odata.id"],
        "properties": {"@odata.id": {"type": "string", "description": "The URL of the object."}},
        "additionalProperties": {},
    });
    let schema = if list {
        json!({
            "type": "object",
            "properties": {
                "value": {"type": "array", "items": link},
                "@odata.nextLink": {"type": "string", "nullable": true},
            },
            "additionalProperties": {},
        })
    } else {
        link
    };
    serde_json::from_value(schema).expect("a fixed, valid schema")
}

fn reference(name: &str) -> ReferenceOr<Schema> {
    ReferenceOr::Reference { reference: format!("#/components/schemas/{name}") }
}

fn boxed(r: ReferenceOr<Schema>) -> ReferenceOr<Box<Schema>> {
    match r {
        ReferenceOr::Item(s) => ReferenceOr::Item(Box::new(s)),
        ReferenceOr::Reference { reference } => ReferenceOr::Reference { reference },
    }
}

fn string_schema(format: Option<&str>) -> Schema {
    Schema {
        schema_data: SchemaData::default(),
        schema_kind: SchemaKind::Type(Type::String(StringType {
            format: self::format(format),
            ..StringType::default()
        })),
    }
}

/// A format as `openapiv3` reads it from JSON: the known variant where there is
/// one (`binary` → `StringFormat::Binary`, which progenitor matches on for
/// octet-stream bodies), else `Unknown`. So the value in memory is the one a
/// reader of the written contract gets.
fn format<T: serde::de::DeserializeOwned>(f: Option<&str>) -> VariantOrUnknownOrEmpty<T> {
    match f {
        None => VariantOrUnknownOrEmpty::Empty,
        Some(f) => serde_json::from_value(Value::String(f.into()))
            .unwrap_or_else(|_| VariantOrUnknownOrEmpty::Unknown(f.into())),
    }
}

fn any_schema() -> Schema {
    Schema { schema_data: SchemaData::default(), schema_kind: SchemaKind::Any(AnySchema::default()) }
}

fn primitive(p: Primitive) -> Schema {
    let t = p.openapi();
    let kind = match t.ty {
        "string" => return string_schema(t.format),
        "boolean" => Type::Boolean(Default::default()),
        "integer" => Type::Integer(IntegerType { format: format(t.format), ..IntegerType::default() }),
        "number" => Type::Number(NumberType { format: format(t.format), ..NumberType::default() }),
        _ => return any_schema(),
    };
    Schema { schema_data: SchemaData::default(), schema_kind: SchemaKind::Type(kind) }
}

fn type_ref(t: &TypeRef) -> ReferenceOr<Schema> {
    match t {
        TypeRef::Primitive(p) => ReferenceOr::Item(primitive(*p)),
        TypeRef::Named(n) => reference(n),
        TypeRef::Collection(inner) => ReferenceOr::Item(array_of(type_ref(inner))),
        TypeRef::Unknown(_) => ReferenceOr::Item(any_schema()),
    }
}

fn array_of(items: ReferenceOr<Schema>) -> Schema {
    Schema {
        schema_data: SchemaData::default(),
        schema_kind: SchemaKind::Type(Type::Array(ArrayType {
            items: Some(boxed(items)),
            min_items: None,
            max_items: None,
            unique_items: false,
        })),
    }
}

/// What an object schema describes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ObjectKind {
    /// A resource type: every listed property plus `@odata.type`.
    Type,
    /// A request body a page lists inline (an action's parameters, the fields
    /// to set): its required properties, no `@odata.type` of its own.
    Body,
}

/// A description without the sentences `marks` ("Read-only.", followed by a space or not).
fn without_marks(description: String, marks: &[&str]) -> String {
    marks.iter().fold(description, |d, mark| d.replace(&format!("{mark} "), "").replace(mark, "")).trim().to_string()
}

/// An open object: listed properties (plus `@odata.type` for types), anything else kept.
/// Properties are nullable unless documented "not nullable" (Graph sends `null`)
/// or required in a body; progenitor maps nullable optional properties to `Option<T>` all the same.
fn object_schema(description: Option<String>, props: Vec<&Property>, kind: ObjectKind, api: &Api) -> Schema {
    let mut properties = IndexMap::new();
    // Each member's Rust identifier, and the name that has it.
    let mut idents: HashMap<String, &str> = HashMap::with_capacity(props.len() + 1);
    if kind == ObjectKind::Type {
        properties.insert("@odata.type".to_string(), ReferenceOr::Item(Box::new(string_schema(None))));
        idents.insert(crate::paths::ident_key("@odata.type"), "@odata.type");
    }
    let mut required = Vec::new();
    for p in props {
        // Two members that become one Rust field (`userIds`, `UserIds`, `user-ids`) would
        // not compile: the first written stays, but `@odata.type` always.
        let ident = crate::paths::ident_key(&p.name);
        match idents.get(ident.as_str()) {
            Some(&k) if k != p.name && p.name == "@odata.type" => {
                properties.shift_remove(k);
                required.retain(|r: &String| r != k);
            }
            Some(&k) if k != p.name => continue,
            _ => {}
        }
        idents.insert(ident, &p.name);
        let required_here = kind == ObjectKind::Body && p.required;
        let data = SchemaData {
            description: p.description.clone(),
            read_only: p.read_only,
            write_only: p.write_only,
            deprecated: p.deprecated,
            nullable: p.nullable && !required_here,
            ..SchemaData::default()
        };
        // A `$ref` takes no siblings in OpenAPI 3.0: wrap it to say more.
        let schema = match type_ref(&p.ty) {
            // `nullable` needs a `type` beside it; an untyped schema allows `null` anyway.
            ReferenceOr::Item(s) if matches!(s.schema_kind, SchemaKind::Any(_)) => {
                ReferenceOr::Item(Schema { schema_data: SchemaData { nullable: false, ..data }, ..s })
            }
            ReferenceOr::Item(s) => ReferenceOr::Item(Schema { schema_data: data, ..s }),
            r if data == SchemaData::default() => r,
            r => ReferenceOr::Item(nullable_reference(r, &p.ty, data, api)),
        };
        if required_here {
            required.push(p.name.clone());
        }
        properties.insert(p.name.clone(), boxed(schema));
    }
    Schema {
        schema_data: SchemaData { description, ..SchemaData::default() },
        schema_kind: SchemaKind::Type(Type::Object(ObjectType {
            properties,
            required,
            additional_properties: Some(AdditionalProperties::Schema(Box::new(ReferenceOr::Item(any_schema())))),
            ..ObjectType::default()
        })),
    }
}

/// A response header holding a string.
fn string_header(description: Option<String>, required: bool) -> ReferenceOr<Header> {
    ReferenceOr::Item(Header {
        description,
        style: HeaderStyle::Simple,
        required,
        deprecated: None,
        format: ParameterSchemaOrContent::Schema(ReferenceOr::Item(string_schema(None))),
        example: None,
        examples: IndexMap::new(),
        extensions: IndexMap::new(),
    })
}

/// A reference with what the member's row says beside it (a `$ref` takes no siblings in OpenAPI
/// 3.0). Where the member may be `null`: `{anyOf: [{$ref}, {enum: [null]}]}`, as
/// OpenAPI 3.0.3 lets `nullable` widen only the `type` beside it, never a referenced schema (an
/// `allOf` of a non-nullable one stays non-null), while a branch holding `null` alone says it in
/// every reading; progenitor reads the pair as `Option<T>` of the referenced type. Otherwise
/// `{type, allOf: [$ref]}`, the referenced type's JSON type repeated.
fn nullable_reference(r: ReferenceOr<Schema>, ty: &TypeRef, data: SchemaData, api: &Api) -> Schema {
    let json_type = match ty.named().and_then(|n| api.types.get(n)) {
        // Any JSON value, `null` included: no type to state, nor `nullable`.
        Some(t) if t.source == TypeSource::AnyPlaceholder => {
            return Schema {
                schema_data: SchemaData { nullable: false, ..data },
                schema_kind: SchemaKind::AllOf { all_of: vec![r] },
            };
        }
        Some(TypeDef { kind: TypeKind::Enum { .. }, .. }) => Some("string"),
        Some(TypeDef { kind: TypeKind::Object { .. }, .. }) => Some("object"),
        None => None,
    };
    if data.nullable {
        // No `type` beside the `null` (nor `nullable`, which needs one): JSON Schema's `enum` says it.
        let null = Schema {
            schema_data: SchemaData::default(),
            schema_kind: SchemaKind::Any(AnySchema { enumeration: vec![Value::Null], ..AnySchema::default() }),
        };
        return Schema {
            schema_data: SchemaData { nullable: false, ..data },
            schema_kind: SchemaKind::AnyOf { any_of: vec![r, ReferenceOr::Item(null)] },
        };
    }
    match json_type {
        // `type` and `allOf` side by side: openapiv3 models one schema kind, so
        // the `type` goes in as an extension-free `AnySchema`.
        Some(t) => Schema {
            schema_data: data,
            schema_kind: SchemaKind::Any(AnySchema { typ: Some(t.into()), all_of: vec![r], ..AnySchema::default() }),
        },
        None => Schema { schema_data: data, schema_kind: SchemaKind::AllOf { all_of: vec![r] } },
    }
}

/// An open enum: one of the documented values (a closed enum titled
/// `{name}Known`), or any other string. Progenitor turns it into
/// `enum Name { NameKnown(NameKnown), Other(String) }` (untagged): documented
/// values are typed, new ones still deserialize and round-trip.
fn enum_schema(name: &str, description: Option<String>, members: &[model::EnumMember]) -> Schema {
    if members.is_empty() {
        // No documented values (a placeholder the examples show as strings): any string.
        return Schema {
            schema_data: SchemaData { description, ..SchemaData::default() },
            schema_kind: SchemaKind::Type(Type::String(StringType::default())),
        };
    }
    let values = distinct_values(members);
    let string = |enumeration: Vec<Option<String>>| Schema {
        schema_data: SchemaData::default(),
        schema_kind: SchemaKind::Type(Type::String(StringType { enumeration, ..StringType::default() })),
    };
    let known = Schema {
        schema_data: SchemaData { title: Some(format!("{name}Known")), ..SchemaData::default() },
        ..string(values.clone())
    };
    let other = Schema {
        schema_data: SchemaData {
            title: Some("other".into()),
            description: Some("A value the docs do not list (yet).".into()),
            ..SchemaData::default()
        },
        schema_kind: SchemaKind::AllOf {
            all_of: vec![
                ReferenceOr::Item(string(Vec::new())),
                ReferenceOr::Item(Schema {
                    schema_data: SchemaData::default(),
                    schema_kind: SchemaKind::Not { not: Box::new(ReferenceOr::Item(string(values))) },
                }),
            ],
        },
    };
    Schema {
        schema_data: SchemaData { description: with_member_list(description, members), ..SchemaData::default() },
        schema_kind: SchemaKind::OneOf { one_of: vec![ReferenceOr::Item(known), ReferenceOr::Item(other)] },
    }
}

/// An enum's values, one per Rust variant: members that become the same variant (`none` and
/// `None`) would make progenitor's type generator panic, so the first spelling is kept (the open
/// enum still accepts the others as `Other`).
fn distinct_values(members: &[model::EnumMember]) -> Vec<Option<String>> {
    let mut values: Vec<Option<String>> = Vec::new();
    for m in members {
        if !values.iter().flatten().any(|v| crate::paths::same_ident(v, &m.name)) {
            values.push(Some(m.name.clone()));
        }
    }
    values
}

/// The type's description followed by a list of its members' descriptions
/// (`` - `icmp`: Internet Control Message Protocol. ``), when the page gives any:
/// OpenAPI 3.0 has no place for them beside the values.
fn with_member_list(description: Option<String>, members: &[model::EnumMember]) -> Option<String> {
    if members.iter().all(|m| m.description.is_none()) {
        return description;
    }
    let mut text = description.map(|d| d + "\n\n").unwrap_or_default();
    for m in members {
        match &m.description {
            Some(d) => text.push_str(&format!("- `{}`: {d}\n", m.name)),
            None => text.push_str(&format!("- `{}`\n", m.name)),
        }
    }
    Some(text.trim_end().to_string())
}

fn type_schema(t: &TypeDef, api: &Api, source: &impl Fn(Origin) -> Value) -> Schema {
    let mut schema = match &t.kind {
        // An enum or an object: any JSON value.
        _ if t.source == TypeSource::AnyPlaceholder => Schema {
            schema_data: SchemaData { description: t.description.clone(), ..SchemaData::default() },
            schema_kind: SchemaKind::Any(AnySchema::default()),
        },
        TypeKind::Enum { members } => enum_schema(&t.name, t.description.clone(), members),
        TypeKind::Object { .. } => {
            let props = flattened_properties(t, api);
            let mut schema = object_schema(t.description.clone(), props, ObjectKind::Type, api);
            // An open type holding one type's values under keys the client picks: those
            // values, or `null` (which removes one: planner's assignments).
            if let Some(value) = api.open_values.get(&t.name)
                && let SchemaKind::Type(Type::Object(object)) = &mut schema.schema_kind
            {
                let schema = match value {
                    TypeRef::Named(_) => {
                        let data = SchemaData { nullable: true, ..SchemaData::default() };
                        ReferenceOr::Item(nullable_reference(type_ref(value), value, data, api))
                    }
                    _ => type_ref(value),
                };
                object.additional_properties = Some(AdditionalProperties::Schema(Box::new(schema)));
            }
            schema
        }
    };
    schema.schema_data.extensions.insert(DOC_SOURCE.to_string(), source(t.origin));
    // OData's flags, as Microsoft's own OpenAPI descriptions mark them: a value is a
    // comma-separated set of members (`joiner,leaver`), which the open enum takes as "other".
    if api.flags.contains(&t.name) {
        schema.schema_data.extensions.insert("x-ms-enum-flags".into(), serde_json::json!({"isFlags": true}));
    }
    if t.source.is_placeholder() {
        schema.schema_data.extensions.insert("x-placeholder".into(), Value::Bool(true));
    }
    schema.schema_data.deprecated |= api.deprecated_types.contains(&t.name);
    schema
}

/// The properties of a type and its base chain, base first, without repeats: a derived
/// type's row replaces its base's of the same Rust name (`externalCourseActivityId` on
/// the derived page, `externalcourseActivityId` on its base's), its spelling too, where
/// it is Graph's lowerCamel (`id` over a base's `Id`; never `ID` over `id` or `Id`: the
/// base's row stays).
fn flattened_properties<'a>(t: &'a TypeDef, api: &'a Api) -> Vec<&'a Property> {
    let mut chain = vec![t];
    let mut current = t;
    while let TypeKind::Object { base: Some(b), .. } = &current.kind {
        match api.types.get(b) {
            Some(next) if !chain.iter().any(|c| c.name == next.name) => {
                chain.push(next);
                current = next;
            }
            _ => break,
        }
    }
    let mut out: Vec<&Property> = Vec::new();
    // Each member's Rust name, and the level of the chain that wrote it.
    let mut idents: Vec<(String, usize)> = Vec::new();
    for (level, def) in chain.iter().rev().enumerate() {
        if let TypeKind::Object { properties, .. } = &def.kind {
            for p in properties {
                // One level (most types): names are only compared as written; no key to build.
                let ident = if chain.len() > 1 { crate::paths::ident_key(&p.name) } else { String::new() };
                let lower_camel = |n: &str| n.starts_with(|c: char| c.is_ascii_lowercase());
                let same = |(i, (q, l)): (usize, &(String, usize))| {
                    let respelled = *q == ident && *l < level;
                    (out[i].name == p.name || (respelled && lower_camel(&p.name))).then_some(i)
                };
                match idents.iter().enumerate().find_map(same) {
                    Some(i) => {
                        out[i] = p;
                        idents[i].1 = level;
                    }
                    None => {
                        out.push(p);
                        idents.push((ident, level));
                    }
                }
            }
        }
    }
    out
}

/// `{T}CollectionResponse` (`StringCollectionResponse` for primitives).
pub fn collection_name(t: &TypeRef) -> String {
    match t {
        TypeRef::Named(n) => format!("{n}CollectionResponse"),
        TypeRef::Primitive(p) => format!("{p:?}CollectionResponse"),
        TypeRef::Collection(inner) => format!("{}Collection", collection_name(inner)),
        TypeRef::Unknown(_) => "AnyCollectionResponse".into(),
    }
}

fn collection_schema(t: &TypeRef) -> Schema {
    let mut properties = IndexMap::new();
    properties.insert("value".to_string(), ReferenceOr::Item(Box::new(array_of(type_ref(t)))));
    properties.insert("@odata.nextLink".to_string(), ReferenceOr::Item(Box::new(string_schema(None))));
    properties.insert("@odata.count".to_string(), ReferenceOr::Item(Box::new(primitive(Primitive::Int64))));
    properties.insert("@odata.context".to_string(), ReferenceOr::Item(Box::new(string_schema(None))));
    // The last page of a `delta` round carries the link that starts the next one.
    properties.insert("@odata.deltaLink".to_string(), ReferenceOr::Item(Box::new(string_schema(None))));
    Schema {
        schema_data: SchemaData {
            description: Some(
                "A page of a collection; follow `@odata.nextLink` for the next (`@odata.deltaLink` ends a delta round)."
                    .into(),
            ),
            ..SchemaData::default()
        },
        schema_kind: SchemaKind::Type(Type::Object(ObjectType {
            properties,
            additional_properties: Some(AdditionalProperties::Schema(Box::new(ReferenceOr::Item(any_schema())))),
            ..ObjectType::default()
        })),
    }
}

/// Graph's error body: `{"error": {"code", "message", "details", "innerError": {...}}}`.
fn error_schemas() -> Vec<(&'static str, Schema)> {
    let obj = |description: &str, props: Vec<(&str, ReferenceOr<Schema>)>, required: Vec<&str>| Schema {
        schema_data: SchemaData { description: Some(description.into()), ..SchemaData::default() },
        schema_kind: SchemaKind::Type(Type::Object(ObjectType {
            properties: props.into_iter().map(|(n, s)| (n.to_string(), boxed(s))).collect(),
            required: required.into_iter().map(str::to_string).collect(),
            additional_properties: Some(AdditionalProperties::Schema(Box::new(ReferenceOr::Item(any_schema())))),
            ..ObjectType::default()
        })),
    };
    let s = || ReferenceOr::Item(string_schema(None));
    vec![
        (
            "ODataError",
            obj("Graph's error response body.", vec![("error", reference("ODataMainError"))], vec!["error"]),
        ),
        (
            "ODataMainError",
            obj(
                "The error: a code, a message, details and inner error.",
                vec![
                    ("code", s()),
                    ("message", s()),
                    ("target", s()),
                    ("details", ReferenceOr::Item(array_of(reference("ODataErrorDetail")))),
                    ("innerError", reference("ODataInnerError")),
                ],
                vec![],
            ),
        ),
        (
            "ODataErrorDetail",
            obj("One detail of an error.", vec![("code", s()), ("message", s()), ("target", s())], vec![]),
        ),
        (
            "ODataInnerError",
            obj(
                "Diagnostics: request ids and the date; older services spell `requestId`.",
                vec![("request-id", s()), ("client-request-id", s()), ("date", s()), ("code", s())],
                vec![],
            ),
        ),
    ]
}
