//! JSON request bodies: the documented table, the example's shape, the table a member wraps.

use serde_json::Value;

use super::{Example, RequestPath};
use crate::extract::request::shape_shown;
use crate::extract::response::created_or_updated;
use crate::extract::{PageOutput, Reference};
use crate::http::Method;
use crate::markdown::Block;
use crate::model::{Body, Origin, Property, Response, Shape, TypeDef, TypeKind, TypeSource};
use crate::page::Page;
use crate::types::{Primitive, TypeRef};

/// The JSON body a request line sends: the page's documented shape, else what its example
/// shows (the `@odata.type` it names, the entity a create or update answers with, its
/// members); a table the example wraps in one member describes that member; in a `PATCH`
/// nothing is required (but where the page creates what is missing: [`creates_when_missing`], or
/// where the documented table is an action's parameters, `action`), elsewhere nothing a request
/// example leaves out.
pub(super) fn json_body(
    page: &Page<'_>,
    req: &RequestPath,
    example: Option<&Example>,
    examples: &[Example],
    (documented, action): (Option<&Shape>, bool),
    success: &Response,
    out: &mut PageOutput,
) -> Option<Body> {
    // The page's example may show another of its request lines (`/me/…` for
    // `/users/{id}/…`): its body is this line's body too.
    let example =
        example.or_else(|| examples.iter().find(|e| e.request.request.as_ref().is_some_and(|(m, _)| *m == req.method)));
    // The line's example sends nothing where another of the line sends a body (the call
    // without its optional body shown first): that one shows the body.
    let shown_by = example.filter(|e| e.request_json.is_some()).or_else(|| {
        examples
            .iter()
            .filter(|e| e.request.request.as_ref().is_some_and(|(m, _)| *m == req.method))
            .filter(|e| e.path.as_ref().is_some_and(|p| super::example_of_line(&req.path.template, &p.template)))
            .find(|e| e.request_json.is_some())
    });
    let mut example_json = shown_by.and_then(|e| e.request_json.clone());
    // Without a table or an example body, a JSON block in the Request body section
    // shows it ("you may optionally include the `x` parameter in a JSON body, as follows").
    let mut optional = false;
    if documented.is_none()
        && example_json.is_none()
        && let Some(section) = crate::extract::request_body_section(page)
        && let Some(shown) = section_body_block(&section)
    {
        optional = section
            .iter()
            .any(|(_, b)| matches!(b, Block::Paragraph(p) if p.text.to_ascii_lowercase().contains("optional")));
        example_json = Some(shown);
    }
    let origin = Origin { file: page.file, offset: req.offset };
    // Examples sending several kinds (`educationPointsOutcome`, `educationRubricOutcome`):
    // an update or creation sends the kind it answers with, their base, where it names one.
    let several_kinds = || {
        let kinds = examples
            .iter()
            .filter(|e| e.request.request.as_ref().is_some_and(|(m, _)| *m == req.method))
            .filter_map(|e| e.request_json.as_ref()?.get("@odata.type")?.as_str())
            .map(|t| t.trim_start_matches('#').to_ascii_lowercase())
            .collect::<std::collections::BTreeSet<_>>();
        kinds.len() > 1
    };
    let answered = || created_or_updated(req.method, success, &page.title).filter(|_| several_kinds());
    let mut shape = documented.cloned().or_else(answered).or_else(|| {
        let ex = example_json.as_ref()?;
        Some(match ex.get("@odata.type").and_then(Value::as_str).and_then(crate::extract::types::odata_type) {
            Some(TypeRef::Named(name)) => {
                out.references.push(Reference { name: name.clone(), linked: false, target: None, origin });
                Shape::Type(TypeRef::Named(name))
            }
            _ => created_or_updated(req.method, success, &page.title)
                .or_else(|| shape_shown(ex, origin, out))
                // `{}` ("supply an empty JSON object"): an object, with nothing in it.
                .or_else(|| ex.as_object().filter(|o| o.is_empty()).map(|_| Shape::Object(Vec::new())))
                .unwrap_or(Shape::Type(TypeRef::Primitive(Primitive::Json))),
        })
    });
    // An update whose body section names nothing ("supply the values for relevant fields to be
    // updated") and whose lead links what it updates ("Update the properties of [domain] object"):
    // its example sends some of that type's members; the body is the type.
    if req.method == Method::Patch
        && documented.is_none()
        && matches!(shape, Some(Shape::Object(_)))
        && let Some((name, stem, at)) = updated_in_lead(page)
    {
        out.references.push(Reference {
            name: name.clone(),
            linked: stem.is_some(),
            target: stem,
            origin: Origin { file: page.file, offset: at },
        });
        shape = Some(Shape::Type(TypeRef::Named(name)));
    }
    if documented.is_none()
        && let (Some(Shape::Object(props)), Some(Value::Object(ex))) = (&mut shape, &example_json)
    {
        members_typed_in_prose(page, props, ex, out);
    }
    if let (Some(Shape::Object(props)), Some(Value::Object(ex))) = (&shape, &example_json) {
        let origin = Origin { file: page.file, offset: req.offset };
        if let Some(wrapped) =
            wrapped_member(page, props, ex, origin, out).or_else(|| listed_items(page, props, ex, origin, out))
        {
            shape = Some(wrapped);
        }
    }
    // The linked type wrapped in a member of its name (`{"passwordCredential": {…}}` beside
    // "provide an empty [passwordCredential] object"): an action's body is that member. Not a
    // create's (`POST /planContainers` sending `{"planContainer": {…}}`: the entity itself).
    if let (Some(Shape::Type(TypeRef::Named(name))), Some(Value::Object(ex))) = (&shape, &example_json)
        && let Some((key, Value::Object(_))) = ex.iter().next().filter(|_| ex.len() == 1)
        && key.eq_ignore_ascii_case(name.rsplit('.').next().unwrap_or(name))
        && !crate::extract::response::ends_in_set_of(&req.path.template, name)
    {
        let origin = Origin { file: page.file, offset: req.offset };
        let member =
            Property { required: false, ..Property::required(key.clone(), TypeRef::Named(name.clone()), origin) };
        shape = Some(Shape::Object(vec![member]));
    }
    // A collection the examples send as its changes is the `…@delta` member.
    if let Some(Shape::Object(props)) = &mut shape {
        sent_as_delta(props, req, examples);
        if req.method == Method::Patch {
            changes_sent(props, req, examples, Origin { file: page.file, offset: req.offset });
        }
    }
    // An update sends only what changes: a property that is "required" when
    // creating is not required in a PATCH body; but the `@odata.type` that says which
    // kind is updated is.
    // Not the one member a table marks required (a "join" sent as a `PATCH` of `addedByTenantId`;
    // a setting's `isEnabledInOrganization`; an approval stage's `reviewResult` beside an optional
    // `justification`; an update's `etag`): an update sending nothing changes nothing, so the
    // table says what the call needs. A table of several members marked so is more often a
    // create's copied.
    // Among other rows, only where the page's request examples all send it (one at least), and
    // not one whose row requires it of creates (group update's `displayName`, "required when
    // a group is created and it cannot be cleared"; "must be specified when a user is created",
    // "Required for creation.").
    // (Not a table the page introduces as a create's: [`introduced_as_create`].)
    let sole_marked = |props: &[Property]| {
        let members: Vec<&Property> = props.iter().filter(|p| p.name != "@odata.type").collect();
        match members.iter().filter(|p| p.required).collect::<Vec<_>>()[..] {
            [only] => {
                members.len() == 1
                    || (!only.description.as_deref().is_some_and(required_on_creation)
                        && !sent_by_every_example(std::slice::from_ref(&only.name), req, examples, &[]).is_empty())
            }
            _ => false,
        }
    };
    // Nor an action called with `PATCH` (beta's qrPin `…/updatepin`, "the parameters that are
    // required when you call this action"): its table says what the call needs.
    if req.method == Method::Patch
        && !action
        && let Some(Shape::Object(props)) = &mut shape
        && (!sole_marked(props) || introduced_as_create(page))
        && !creates_when_missing(page)
    {
        // Nor the changes to a collection (`siteProtectionUnits@delta`), which only an update sends:
        // no create's table copied.
        props
            .iter_mut()
            .filter(|p| p.name != "@odata.type" && !p.name.ends_with("@delta"))
            .for_each(|p| p.required = false);
    }
    if let Some(Shape::Object(props)) = &mut shape {
        shown_not_required(props, req, examples);
        sent_though_read_only(props, req, examples);
    }
    // Relationships the examples bind by URL: members of the body (of a table's object, or
    // beside a named type's).
    let mut bound = bindings(req, examples, example_json.as_ref(), Origin { file: page.file, offset: req.offset });
    // A body of bindings alone (`{"members@odata.bind": ["https://…"]}`), read as any JSON: an
    // object of those members.
    let only_bindings = example_json
        .as_ref()
        .and_then(Value::as_object)
        .is_some_and(|o| !o.is_empty() && o.keys().all(|k| bound.iter().any(|b| b.name == *k)));
    if only_bindings && matches!(shape, Some(Shape::Type(TypeRef::Primitive(Primitive::Json)))) {
        shape = Some(Shape::Object(Vec::new()));
    }
    if let Some(Shape::Object(props)) = &mut shape {
        bound.retain(|b| !props.iter().any(|p| p.name.eq_ignore_ascii_case(&b.name)));
        props.append(&mut bound);
    }
    // An update's examples sending members its table does not list: resolution adds those the
    // updated entity defines.
    let sent_unlisted = match &shape {
        Some(Shape::Object(props)) if req.method == Method::Patch => unlisted_members(props, req, examples),
        _ => Vec::new(),
    };
    shape.map(|shape| {
        // progenitor takes no other binary request media type.
        let media_type = if matches!(shape, Shape::Raw) { "application/octet-stream" } else { "application/json" };
        let bound = if matches!(shape, Shape::Type(TypeRef::Named(_))) { bound } else { Vec::new() };
        Body {
            required: !optional,
            example: example_json,
            // (A section's block, shown where no example sends a body, is shown whole.)
            example_cut: shown_by.is_some_and(|e| e.request_cut),
            bound,
            sent_unlisted,
            ..Body::new(media_type, shape)
        }
    })
}

/// The members a request binds relationships with (`"teamsApp@odata.bind": "https://…/teamsApps/{id}"`,
/// `"members@odata.bind": ["https://…"]`) in the page's request examples of `req`'s method (and
/// the body example `shown`): a string (a URL), or a list of strings, each name once whatever its
/// letter case (two would be one Rust field); not another value (an object, `null`).
fn bindings(req: &RequestPath, examples: &[Example], shown: Option<&Value>, origin: Origin) -> Vec<Property> {
    let mut out: Vec<Property> = Vec::new();
    let objects = objects_sent(req, examples).chain(shown.and_then(Value::as_object));
    for (name, value) in objects.flat_map(|o| o.iter()) {
        let Some(relationship) = name.strip_suffix("@odata.bind").filter(|r| !r.is_empty()) else { continue };
        if out.iter().any(|p| p.name.eq_ignore_ascii_case(name)) {
            continue;
        }
        let url = TypeRef::Primitive(Primitive::String);
        let (ty, what) = match value {
            Value::String(_) => (url, "the URL of the object"),
            Value::Array(items) if items.iter().all(Value::is_string) => {
                (TypeRef::Collection(Box::new(url)), "the URLs of the objects")
            }
            _ => continue,
        };
        out.push(Property {
            name: name.clone(),
            ty,
            description: Some(format!("Binds the `{relationship}` relationship: {what} (OData `@odata.bind`).")),
            required: false,
            read_only: false,
            write_only: false,
            deprecated: false,
            nullable: false,
            origin,
        });
    }
    out
}

/// Members an example shows as objects of no named type, typed by the one type link of a
/// sentence of the Request body section that names them in bold ("two other parameters of
/// [dateTimeTimeZone resource type](/graph/resources/datetimetimezone) called **startDateTime**
/// and **endDateTime**": bookingBusiness getStaffAvailability, whose section has no table).
fn members_typed_in_prose(
    page: &Page<'_>,
    props: &mut [Property],
    ex: &serde_json::Map<String, Value>,
    out: &mut PageOutput,
) {
    let untyped =
        |p: &Property| p.ty == TypeRef::Primitive(Primitive::Json) && ex.get(&p.name).is_some_and(Value::is_object);
    if !props.iter().any(untyped) {
        return;
    }
    let Some(section) = crate::extract::request::request_body_section(page) else { return };
    for (_, block) in section.iter() {
        let Block::Paragraph(p) = block else { continue };
        let Some(source) = page.source.text().get(p.span.start..p.span.end) else { continue };
        // Each type link with how the source writes its target.
        let links: Vec<(String, (String, String))> =
            p.links.iter().filter_map(|l| Some((format!("]({})", l.target), prose_type_link(l)?))).collect();
        if links.is_empty() {
            continue;
        }
        for sentence in source.split(". ") {
            let linked: Vec<&(String, String)> =
                links.iter().filter(|(written, _)| sentence.contains(written.as_str())).map(|(_, l)| l).collect();
            let [(name, stem)] = linked.as_slice() else { continue };
            for prop in props.iter_mut().filter(|q| untyped(q) && sentence.contains(&format!("**{}**", q.name))) {
                prop.ty = TypeRef::Named(name.clone());
                out.references.push(Reference {
                    name: name.clone(),
                    linked: true,
                    target: Some(stem.clone()),
                    origin: Origin { file: page.file, offset: p.span.start },
                });
            }
        }
    }
}

/// A link to a type's page, also one written as the docs site's address and named with its
/// kind (`[dateTimeTimeZone resource type](/graph/resources/datetimetimezone)`): the type's
/// name and the page's stem.
fn prose_type_link(l: &crate::markdown::Link) -> Option<(String, String)> {
    if let Some(found) = crate::extract::text::type_link(l) {
        return Some(found);
    }
    let path = l.target.split(['#', '?']).next()?.trim_end_matches(".md");
    let (dir, stem) = path.rsplit_once('/')?;
    let name = l.text.split_whitespace().next()?.trim_matches('`');
    let named = dir.ends_with("resources") && !name.is_empty() && name.eq_ignore_ascii_case(stem);
    named.then(|| (name.to_string(), stem.to_ascii_lowercase()))
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
        deprecated: false,
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
    let (name, linked) =
        match first.get("@odata.type").and_then(Value::as_str).and_then(crate::extract::types::odata_type) {
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
    let section = crate::extract::request_body_section(page)?;
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
            crate::extract::page_stem(&link.target).filter(|_| !link.target.contains("/api/"))
        });
    let first = stems.next()?;
    stems.all(|s| s == first).then_some(first)
}

/// The JSON object a "Request body" section shows as the body: its first JSON block, but not
/// one whose members another block sends inside one of its own (the `item` property's
/// parameters beside `{"item": {…}, "deferCommit": true}`): that block shows the member.
fn section_body_block(section: &crate::page::Section<'_>) -> Option<Value> {
    let mut blocks: Vec<Value> = section
        .iter()
        .filter_map(|(_, b)| match b {
            Block::Code(c) if c.info.eq_ignore_ascii_case("json") => {
                crate::json::parse_lenient(&c.text).ok().map(|p| p.value).filter(Value::is_object)
            }
            _ => None,
        })
        .collect();
    // Whether another block sends block `i`'s members (some of them) as one of its own.
    let shows_a_member = |i: usize| {
        blocks.iter().enumerate().filter(|(j, _)| *j != i).filter_map(|(_, b)| b.as_object()).any(|b| {
            b.values().filter_map(Value::as_object).any(|m| {
                let mut keys = m.keys().filter(|k| !k.starts_with("@odata.")).peekable();
                keys.peek().is_some() && keys.all(|k| blocks[i].get(k).is_some())
            })
        })
    };
    let first = (0..blocks.len()).find(|&i| !shows_a_member(i))?;
    Some(blocks.swap_remove(first))
}

/// A JSON object as `serde_json` reads one.
type JsonObject = serde_json::Map<String, Value>;

/// Whether a paragraph of the "Request body" section names `word`.
pub(super) fn request_prose_names(page: &Page<'_>, word: &str) -> bool {
    crate::extract::request_body_section(page)
        .is_some_and(|s| s.iter().any(|(_, b)| matches!(b, Block::Paragraph(p) if p.text.contains(word))))
}

/// `{"@odata.id": "https://graph.microsoft.com/v1.0/users/{id}"}`: the body of a
/// `POST`/`PUT …/$ref`, which links an existing object; the URL `required` unless an
/// example sends `{}` to remove the reference. An example sending anything else (`{"directoryObject": {}}`)
/// is no example of this body: left out.
pub(super) fn reference_body(example: Option<Value>, origin: Origin, required: bool) -> Body {
    let example = example.filter(|e| e.as_object().is_some_and(|o| o.is_empty() || o.contains_key("@odata.id")));
    let id = Property {
        name: "@odata.id".into(),
        ty: TypeRef::Primitive(Primitive::String),
        description: Some("The URL of the object to reference.".into()),
        required,
        read_only: false,
        write_only: false,
        deprecated: false,
        nullable: false,
        origin,
    };
    Body { example, ..Body::new("application/json", Shape::Object(vec![id])) }
}

/// The members (or their bindings, `printer@odata.bind`, where the examples bind them) a create
/// must send of the linked type its body is (`marked`, the rows its table
/// marks "Required." one by one; `rows`, all of the table's): not in an update (a `PATCH` sends
/// what changes), but the `@odata.type`, which says which kind is updated, where a sentence
/// demands it ("The `@odata.type` property with a value of
/// `#microsoft.graph.emailAuthenticationMethodConfiguration` must be included in the body") or
/// its row is marked, or one that creates what it addresses when that is missing (`creates`); and
/// not a member one of the page's request examples of the method, sending
/// members of the table, leaves out (as [`shown_not_required`] reads a table the body is).
pub(super) fn members_marked_required(
    body: &Body,
    req: &RequestPath,
    examples: &[Example],
    marked: &[String],
    rows: &[String],
    creates: bool,
    table_of_create: bool,
) -> Vec<String> {
    if !matches!(body.shape, Shape::Type(TypeRef::Named(_))) {
        return Vec::new();
    }
    // An update: the kind only; not one that creates what is missing ([`creates_when_missing`]);
    // nor the one member an update's table lists (an email method's `emailAddress` under "the
    // properties that are required when you update"): an update sending nothing changes nothing.
    // Not a key (Intune's tables of an `id` alone, "required when you create"), nor a table the
    // page introduces as a create's (`table_of_create`: [`introduced_as_create`]).
    let sole = !table_of_create && matches!(rows, [only] if marked.contains(only) && only != "id");
    let kept = |m: &&String| req.method != Method::Patch || creates || sole || *m == "@odata.type";
    // The update's one member: every update example sends it, also one sending other members
    // (an assignment settings update's `gradingCategories` without `submissionAnimationDisabled`).
    let sent: Vec<Sent<'_>> = if req.method == Method::Patch && sole && !creates {
        sent(req, examples).collect()
    } else {
        sending_rows(req, examples, rows)
    };
    marked
        .iter()
        .filter(kept)
        .filter_map(|m| {
            if sent.iter().all(|o| o.may_send(m)) {
                return Some(m.clone());
            }
            // A relationship the examples bind instead (v1.0's printer share create: `printer`,
            // "Required? Yes", "Use the `printer@odata.bind` syntax"): its binding is required.
            let bind = format!("{m}@odata.bind");
            // (A cut-down example leaving it out says nothing of it, as of a plain member; one at
            // least sends it.)
            let binds = |o: &Sent<'_>| o.object.contains_key(&bind);
            (sent.iter().any(binds) && sent.iter().all(|o| o.cut || binds(o))).then_some(bind)
        })
        .collect()
}

/// Whether the Request body section introduces its table as a create's ("the properties that
/// are required when you create the [todoTaskList]"): on an update, a create's wording copied,
/// its marks no word on what the update needs (`xtask lint` reports it: `create-on-update`).
pub(crate) fn introduced_as_create(page: &Page<'_>) -> bool {
    let Some(section) = crate::extract::request_body_section(page) else { return false };
    // The paragraph right before the section's first table introduces it (not a later note
    // speaking of the create: "the value returned when you created the item").
    let mut intro = None;
    for (_, b) in section.iter() {
        match b {
            Block::Paragraph(p) => intro = Some(p),
            Block::Table(_) => {
                return intro.is_some_and(|p| {
                    let lower = p.text.to_ascii_lowercase();
                    CREATE_WORDING.iter().any(|w| lower.contains(w))
                });
            }
            _ => {}
        }
    }
    false
}

/// How a Request body section introduces a create's table ([`introduced_as_create`]).
pub(crate) const CREATE_WORDING: [&str; 2] = ["when you create", "when creating"];

/// A JSON object a request example sends, and whether the example was cut down by hand
/// ([`Example::request_cut`]).
struct Sent<'e> {
    object: &'e serde_json::Map<String, Value>,
    cut: bool,
}

impl Sent<'_> {
    /// Whether the example sends `member`, or may have: a cut-down example leaving a member out
    /// says nothing of it; one spelling it in another letter case (`displayname`) sends it.
    fn may_send(&self, member: &str) -> bool {
        self.cut || self.object.contains_key(member) || self.object.keys().any(|k| k.eq_ignore_ascii_case(member))
    }
}

/// The JSON objects the page's request examples of `req`'s method send that carry one of
/// `members` (not an example of another shape the page also shows).
fn sent_with<'e>(req: &RequestPath, examples: &'e [Example], members: &[String]) -> Vec<Sent<'e>> {
    sent(req, examples).filter(|o| o.object.keys().any(|k| members.contains(k))).collect()
}

/// The JSON objects the page's request examples of `req`'s method send.
pub(super) fn objects_sent<'e>(
    req: &RequestPath,
    examples: &'e [Example],
) -> impl Iterator<Item = &'e serde_json::Map<String, Value>> {
    sent(req, examples).map(|s| s.object)
}

/// [`objects_sent`], each with whether its example was cut down.
fn sent<'e>(req: &RequestPath, examples: &'e [Example]) -> impl Iterator<Item = Sent<'e>> {
    examples
        .iter()
        .filter(move |e| e.request.request.as_ref().is_some_and(|(m, _)| *m == req.method))
        .filter_map(|e| Some(Sent { object: e.request_json.as_ref()?.as_object()?, cut: e.request_cut }))
}

/// The objects the page's request examples of `req`'s method send with the table's `rows`; with no
/// table (an `@odata.type` a sentence demands of a linked type), every one.
fn sending_rows<'e>(req: &RequestPath, examples: &'e [Example], rows: &[String]) -> Vec<Sent<'e>> {
    match rows {
        [] => sent(req, examples).collect(),
        rows => sent_with(req, examples, rows),
    }
}

/// Those of `members` that the page's request examples of the method (those sending the table's
/// `rows`; every one without a table) all send, one example at least (a cut-down example leaving
/// one out says nothing of it).
pub(super) fn sent_by_every_example(
    members: &[String],
    req: &RequestPath,
    examples: &[Example],
    rows: &[String],
) -> Vec<String> {
    let sent = sending_rows(req, examples, rows);
    members
        .iter()
        .filter(|m| sent.iter().all(|o| o.may_send(m)) && sent.iter().any(|o| o.object.contains_key(m.as_str())))
        .cloned()
        .collect()
}

/// The members of `names` (demanded, sent by every request example of the method) as the first
/// example sending each shows it: a string, a Boolean, else any JSON (a sample number says
/// nothing of its width).
pub(super) fn demanded_as_sent(
    names: &[String],
    req: &RequestPath,
    examples: &[Example],
    file: crate::source::FileId,
) -> Vec<Property> {
    names
        .iter()
        .filter(|n| !n.starts_with('@') && !n.contains(['/', ' ', '.']))
        .filter_map(|n| {
            let value = objects_sent(req, examples).find_map(|o| o.get(n.as_str()))?;
            let ty = match value {
                Value::String(_) => TypeRef::Primitive(Primitive::String),
                Value::Bool(_) => TypeRef::Primitive(Primitive::Boolean),
                _ => TypeRef::Primitive(Primitive::Json),
            };
            Some(Property { required: false, ..Property::required(n.clone(), ty, Origin { file, offset: req.offset }) })
        })
        .collect()
}

/// The page's introduction says its update creates what it addresses when that does not exist
/// ("If the specified learning content doesn't yet exist …, this operation creates the metadata
/// for the new content. Otherwise, this operation replaces …"): the body is the whole object, and
/// what the table marks required is.
pub(super) fn creates_when_missing(page: &Page<'_>) -> bool {
    page.doc.blocks.iter().take_while(|b| !matches!(b, Block::Heading(h) if h.level == 2)).any(|b| {
        let Block::Paragraph(p) = b else { return false };
        let text = p.text.to_ascii_lowercase().replace('\u{2019}', "'");
        crate::extract::text::sentences(&text).any(|s| {
            let missing = ["doesn't", "does not"]
                .iter()
                .any(|not| ["exist", "yet exist", "already exist"].iter().any(|w| s.contains(&format!("{not} {w}"))));
            // "creates it", "Create a new …", "it's created"; not an answer of not found ("doesn't exist
            // or was created less than 15 minutes ago, … returns `404 Not Found`"), nor a denial.
            let creates = s
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| matches!(w, "create" | "creates" | "created" | "upsert" | "upserts"));
            let not_found = s.contains("404") || s.contains("not found");
            let denied = [
                "doesn't create",
                "does not create",
                "won't create",
                "isn't created",
                "is not created",
                "never create",
            ]
            .iter()
            .any(|w| s.contains(w));
            missing && creates && !not_found && !denied
        })
    })
}

/// A row the table marks read-only and required, which every request example of the method
/// sends ("**scope** … Read-only. Required but not updated." on an access review instance's
/// update, "the **scope** property is also required in the request body"): the body's member is
/// writable, as OpenAPI's `readOnly` beside `required` binds responses only.
fn sent_though_read_only(props: &mut [Property], req: &RequestPath, examples: &[Example]) {
    for p in props.iter_mut().filter(|p| p.required && p.read_only) {
        let mut sent = objects_sent(req, examples).peekable();
        if sent.peek().is_some() && sent.all(|o| o.contains_key(&p.name)) {
            p.read_only = false;
        }
    }
}

/// A collection the table lists and the page's request examples only ever send as its
/// changes (`"mailboxRestoreArtifacts@delta": […]` under a `mailboxRestoreArtifacts` row): the
/// body's member is the `@delta` one, as the examples send it.
fn sent_as_delta(props: &mut [Property], req: &RequestPath, examples: &[Example]) {
    let names: Vec<String> = props.iter().map(|p| p.name.clone()).collect();
    for p in props.iter_mut().filter(|p| !p.name.contains('@') && matches!(p.ty, TypeRef::Collection(_))) {
        let delta = format!("{}@delta", p.name);
        // The table lists the changes' row too: that one is the member, this one stays.
        if names.contains(&delta) {
            continue;
        }
        let mut sent = objects_sent(req, examples).filter(|o| o.contains_key(&p.name) || o.contains_key(&delta));
        let first = sent.next();
        if first.is_some_and(|o| !o.contains_key(&p.name)) && sent.all(|o| !o.contains_key(&p.name)) {
            p.name = delta;
        }
    }
}

/// The members the page's request examples of `req`'s method send that `props` does not list (no
/// annotations, bindings or changes: `@` names), each once, in the order first sent.
fn unlisted_members(props: &[Property], req: &RequestPath, examples: &[Example]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for key in objects_sent(req, examples).flat_map(|o| o.keys()) {
        if !key.contains('@')
            && !props.iter().any(|p| p.name.eq_ignore_ascii_case(key))
            && !names.iter().any(|n| n.eq_ignore_ascii_case(key))
        {
            names.push(key.clone());
        }
    }
    names
}

/// Changes to a relationship an update's examples send that its table does not list
/// (`"allowedValues@delta": [{"id": "Baker", "isActive": false}]` beside a table of the
/// definition's own members): optional members of the body, lists of any JSON until resolution
/// gives them the relationship's type (`resolve::update::fit_update_bodies`).
fn changes_sent(props: &mut Vec<Property>, req: &RequestPath, examples: &[Example], origin: Origin) {
    for object in objects_sent(req, examples) {
        for (key, value) in object {
            let Some(relationship) = key.strip_suffix("@delta") else { continue };
            if relationship.is_empty()
                || relationship.contains('@')
                || !value.is_array()
                || props.iter().any(|p| p.name.eq_ignore_ascii_case(key) || p.name.eq_ignore_ascii_case(relationship))
            {
                continue;
            }
            let any = TypeRef::Collection(Box::new(TypeRef::Primitive(crate::types::Primitive::Json)));
            props.push(Property {
                description: Some(format!("Changes to `{relationship}`: the members to add, and those to remove.")),
                required: false,
                ..Property::required(key.clone(), any, origin)
            });
        }
    }
}

/// A member a table calls required is not where one of the page's request examples of the
/// method, sending members of the table, leaves it out: the page shows a request without it
/// (`registrationId`, which the request line carries as `…/learningProviders/{registrationId}/…`,
/// in a table whose examples never send it).
fn shown_not_required(props: &mut [Property], req: &RequestPath, examples: &[Example]) {
    let names: Vec<String> = props.iter().map(|p| p.name.clone()).collect();
    let sent = sent_with(req, examples, &names);
    for p in props.iter_mut().filter(|p| p.required) {
        if sent.iter().any(|o| !o.may_send(&p.name) && !spelled_otherwise(o.object, &p.name, &names)) {
            p.required = false;
        }
    }
}

/// Whether an object sends `member` under a name the table lacks that holds it or that it
/// holds, as a word (`provider` for `identityProvider`, `activityKind` for `kind`, `Kind`), or
/// in the plural (`importSettings` for `importSetting`): the member misspelled, not left out.
fn spelled_otherwise(sent: &serde_json::Map<String, Value>, member: &str, listed: &[String]) -> bool {
    sent.keys().filter(|k| !listed.contains(k)).any(|key| {
        let plural = |a: &str, b: &str| a.strip_suffix('s').is_some_and(|a| a.eq_ignore_ascii_case(b));
        if plural(key, member) || plural(member, key) {
            return true;
        }
        let (short, long) = if key.len() <= member.len() { (key.as_str(), member) } else { (member, key.as_str()) };
        // A whole word of the longer name: its end, a capital there (or the whole name).
        let at = long.len() - short.len();
        short.len() >= 3
            && long.is_char_boundary(at)
            && long[at..].eq_ignore_ascii_case(short)
            && (at == 0 || long[at..].starts_with(|c: char| c.is_ascii_uppercase()))
    })
}

/// The type a lead "Update the properties of [domain] object." (or "Update an [event] object.")
/// links, or names unlinked ("Update the properties of domain object."): its name, the linked
/// page's stem, and the lead's offset. What the page updates.
fn updated_in_lead(page: &Page<'_>) -> Option<(String, Option<String>, usize)> {
    let lead = page.lead()?;
    let text = lead.text.trim_start();
    let lower = text.to_ascii_lowercase();
    // "Update an [event](…) object." (older pages): the type linked right after the article, then
    // "object" or the sentence's end.
    if let Some((name, stem)) = lead.links.first().and_then(crate::extract::text::type_link)
        && let Some(rest) = ["update a ", "update an ", "update the "].iter().find_map(|w| lower.strip_prefix(w))
        && let Some(after) = rest.strip_prefix(&name.to_ascii_lowercase())
        && matches!(after.trim_start().trim_end_matches(['.', ' ']), "" | "object" | "resource")
    {
        return Some((name, Some(stem), lead.span.start));
    }
    if !lower.starts_with("update the propert") {
        return None;
    }
    // Linked, in any words ("Update the properties and relationships of a [x] object.").
    if let Some((name, stem)) = lead.links.first().and_then(crate::extract::text::type_link) {
        return Some((name, Some(stem), lead.span.start));
    }
    let rest = ["update the properties of ", "update the property of "].iter().find_map(|w| lower.strip_prefix(w))?;
    // Unlinked: an identifier, after an article, followed by "object" or "resource".
    let rest = &text[text.len() - rest.len()..];
    let mut words =
        rest.split_whitespace().skip_while(|w| matches!(w.to_ascii_lowercase().as_str(), "a" | "an" | "the"));
    let name = words.next()?.trim_matches(['`', '*']);
    let follows = words.next()?.trim_end_matches(['.', ',']).to_ascii_lowercase();
    let identifier =
        name.starts_with(|c: char| c.is_ascii_lowercase()) && name.chars().all(|c| c.is_ascii_alphanumeric());
    (identifier && matches!(follows.as_str(), "object" | "resource")).then(|| (name.to_string(), None, lead.span.start))
}

/// Whether a row's description requires it when its object is created ("required when a group is
/// created", "must be specified when a user is created", "Required for creation.", "Required on
/// create."): its "Required." is a create's. Not a mention of some create ("must match the value
/// returned from a [Create] or [Get] request", "used for creating plans").
fn required_on_creation(description: &str) -> bool {
    let lower = description.to_ascii_lowercase();
    crate::extract::text::says_required_on_create(description)
        || [" is created", " are created", "for creation", "when creating", "on creation", "upon creation"]
            .iter()
            .any(|w| lower.contains(w))
}
