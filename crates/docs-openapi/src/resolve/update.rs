//! Request bodies fitted to what they describe: an update's table to the
//! entity it updates, a body the prose types to what its example sends.

use std::collections::{BTreeMap, HashMap};

use crate::extract::{ends_in_set_of, says_required_on_create};
use crate::http::Method;
use crate::model::{Operation, Property, Shape, TypeDef, TypeKind, TypeSource};
use crate::types::TypeRef;

use super::registry::{names_type, properties, unqualified};

/// A create (a post to the type's set, or answering `201` with the type it sends) whose page
/// lists no members of its own, sending a type whose page marks members
/// for creates ("Required on create.", "This property is required when a user is created."):
/// its body requires them (`Body::required_members`), where the page's example, if it has one
/// read as JSON, sends them.
/// Not a type page's plain "Required.", which such pages also write of what reads return.
pub(super) fn creates_require_what_their_type_marks(ops: &mut [Operation], registry: &BTreeMap<String, TypeDef>) {
    for op in ops.iter_mut().filter(|o| o.method == Method::Post) {
        // A create: a post to the type's set, or one answering `201 Created` with what it sends
        // (`POST …/appRoleAssignedTo` sending and answering an `appRoleAssignment`).
        let answers = |name: &str| {
            op.responses.iter().any(|r| {
                r.status == 201
                    && r.body.as_ref().is_some_and(|b| matches!(&b.shape, Shape::Type(TypeRef::Named(n)) if n == name))
            })
        };
        let creates = match op.request_body.as_ref().map(|b| &b.shape) {
            Some(Shape::Type(TypeRef::Named(name))) => ends_in_set_of(&op.path, name) || answers(name),
            _ => false,
        };
        let Some(body) = op.request_body.as_mut() else { continue };
        let Shape::Type(TypeRef::Named(name)) = &body.shape else { continue };
        if body.members_listed || !body.required_members.is_empty() || !creates {
            continue;
        }
        let sent = body.example.as_ref().and_then(serde_json::Value::as_object);
        let marked: Vec<String> = properties(registry, name)
            .into_iter()
            .filter(|p| !p.read_only && p.description.as_deref().is_some_and(says_required_on_create))
            .filter(|p| sent.is_none_or(|o| o.contains_key(&p.name)))
            .map(|p| p.name.clone())
            .collect();
        body.required_members = marked;
    }
}

/// Gives the members of a `PATCH` body written as a table the types of the
/// entity's own properties of the same name. Update pages' tables are terse
/// ("String" for an enum, a type without "collection" for a list of attendees);
/// the entity's page is the definition, and a body that differs from it is
/// one the service rejects. The entity is the one the operation returns, else
/// the one a `GET` on the same path returns, else the one its example's `@odata.type` or its
/// title names. Descriptions stay the table's.
pub(super) fn fit_update_bodies(ops: &mut [Operation], registry: &BTreeMap<String, TypeDef>) {
    let read: HashMap<&str, String> = ops
        .iter()
        .filter(|o| o.method == Method::Get)
        .filter_map(|o| Some((o.path.as_str(), returned_entity(o)?)))
        .collect();
    let targets: Vec<Option<String>> = ops
        .iter()
        .map(|o| {
            (o.method == Method::Patch)
                .then(|| {
                    returned_entity(o)
                        .or_else(|| read.get(o.path.as_str()).cloned())
                        .or_else(|| sent_entity(o, registry))
                        .or_else(|| titled_entity(o, registry))
                })
                .flatten()
        })
        .collect();
    let updated: Vec<Option<String>> = ops
        .iter()
        .map(|o| matches!(o.method, Method::Patch | Method::Put).then(|| read.get(o.path.as_str()).cloned()).flatten())
        .collect();
    for (op, entity) in ops.iter_mut().zip(updated) {
        if let Some(entity) = entity {
            answer_what_is_updated(op, &entity, registry);
        }
    }
    for (op, entity) in ops.iter_mut().zip(targets) {
        let Some(entity) = entity else { continue };
        let Some(body) = op.request_body.as_mut() else { continue };
        let unlisted = std::mem::take(&mut body.sent_unlisted);
        let Shape::Object(members) = &mut body.shape else { continue };
        let defined = properties(registry, &entity);
        // An entity no resource page defines (another api page's table made it) is no better a
        // definition: its plain `String` does not replace a type the update's table names
        // (`childSelectability`).
        let from_page = registry.get(&super::key(&entity)).is_some_and(|t| t.source == TypeSource::Page);
        for m in members.iter_mut() {
            // Changes an example sends to a relationship (`allowedValues@delta`): its items' type.
            if let Some(relationship) = m.name.strip_suffix("@delta")
                && matches!(&m.ty, TypeRef::Collection(items) if **items == TypeRef::Primitive(crate::types::Primitive::Json))
                && let Some(p) = defined.iter().find(|p| p.name.eq_ignore_ascii_case(relationship))
                && matches!(p.ty, TypeRef::Collection(_))
            {
                m.ty = p.ty.clone();
                continue;
            }
            let Some(p) = defined.iter().find(|p| p.name.eq_ignore_ascii_case(&m.name)) else { continue };
            if (from_page || !(m.ty.named().is_some() && p.ty == TypeRef::Primitive(crate::types::Primitive::String)))
                && !names_enum_for_string(&m.ty, &p.ty, registry)
            {
                m.ty = p.ty.clone();
            }
            // "Not nullable." on the entity's page: an update may not send null either, whichever
            // type the row keeps.
            m.nullable &= !from_page || p.nullable;
        }
        // Members the examples send beyond the table (`invitationRedemptionIdentityProviderConfiguration`
        // on an update whose table lists six others), as the entity's page defines them, writable.
        for name in unlisted.iter().filter(|_| from_page) {
            if let Some(p) = defined.iter().find(|p| p.name.eq_ignore_ascii_case(name) && !p.read_only)
                && !members.iter().any(|m| m.name.eq_ignore_ascii_case(name))
            {
                members.push(Property { required: false, ..(*p).clone() });
            }
        }
    }
}

/// A row naming an enum with values (`fileStorageContainerTypeAppPermission collection`, its values
/// listed) where the entity's page says only `String collection`: the narrower word, kept.
fn names_enum_for_string(row: &TypeRef, entity: &TypeRef, registry: &BTreeMap<String, TypeDef>) -> bool {
    match (row, entity) {
        (TypeRef::Collection(row), TypeRef::Collection(entity)) => names_enum_for_string(row, entity, registry),
        (TypeRef::Named(n), TypeRef::Primitive(crate::types::Primitive::String)) => registry
            .get(&super::key(n))
            .is_some_and(|t| matches!(&t.kind, TypeKind::Enum { members } if !members.is_empty())),
        _ => false,
    }
}

/// An update whose page names no type for its answer (no annotation, no
/// "Response" section) while its example answers an object: the entity a `GET`
/// on the same path reads, when every member the example shows is one of that
/// entity's properties (`PATCH /me/settings` answering
/// `{"contributionToContentDiscoveryDisabled": true}`: the `userSettings`).
fn answer_what_is_updated(op: &mut Operation, entity: &str, registry: &BTreeMap<String, TypeDef>) {
    let Some(body) = op.responses.first_mut().and_then(|r| r.body.as_mut()) else { return };
    let (Shape::Type(TypeRef::Primitive(crate::types::Primitive::Json)), Some(serde_json::Value::Object(shown))) =
        (&body.shape, &body.example)
    else {
        return;
    };
    let members: Vec<&String> = shown.keys().filter(|k| !k.starts_with('@')).collect();
    let defined = properties(registry, entity);
    if !members.is_empty()
        && !shown.contains_key("value")
        && members.iter().all(|m| defined.iter().any(|p| p.name.eq_ignore_ascii_case(m)))
    {
        body.become_named(entity.to_string());
    }
}

/// The entity a request example names with its `@odata.type`
/// (`"#microsoft.graph.bookingStaffMember"` on an update answering `204`, with no read of
/// its path among the pages), where a resource page defines it.
fn sent_entity(op: &Operation, registry: &BTreeMap<String, TypeDef>) -> Option<String> {
    let named = op.request_body.as_ref()?.example.as_ref()?.get("@odata.type")?.as_str()?;
    let name = crate::extract::strip_namespace(named);
    let t = registry.get(&super::key(&name)).filter(|t| t.source == TypeSource::Page)?;
    Some(t.name.clone())
}

/// The entity an update's title names ("Update phoneAuthenticationMethod"), where a resource page
/// defines it: an update answering `204` with no read of its path among the pages.
fn titled_entity(op: &Operation, registry: &BTreeMap<String, TypeDef>) -> Option<String> {
    let name = op.summary.trim().strip_prefix("Update ")?.trim();
    if name.contains(char::is_whitespace) {
        return None;
    }
    let t = registry.get(&super::key(crate::extract::strip_namespace(name).as_ref()))?;
    (t.source == TypeSource::Page).then(|| t.name.clone())
}

/// The named type an operation's first success response is.
fn returned_entity(op: &Operation) -> Option<String> {
    match &op.responses.first()?.body.as_ref()?.shape {
        Shape::Type(TypeRef::Named(n)) => Some(n.clone()),
        _ => None,
    }
}

/// A request body the prose types as one thing while its example sends another.
/// An example of one member holding the stated type's properties (or a list of
/// objects holding them) is an action's parameter of that type ("supply a JSON
/// representation of the [plannerPlanContainer]" above `{"container": {"containerId": …}}`):
/// the body is that member (not OData's `value` wrapper, nor an entity a create wraps in
/// its own name: those are the object itself, written wrongly). Otherwise, when
/// none of the example's members is a property of the stated type and every one
/// is a property of the type the operation answers with ("supply one of the
/// following resource types: [educationFileResource], …" above
/// `{"distributeForStudentWork": false, "resource": {…}}`), the body is the
/// answered type (`educationAssignmentResource`).
pub(super) fn bodies_as_their_examples_show(ops: &mut [Operation], registry: &BTreeMap<String, TypeDef>) {
    for op in ops {
        let answered = returned_entity(op);
        let origin = op.origin;
        let op_path_last = op.path.rsplit('/').next().unwrap_or("").to_string();
        let Some(body) = &mut op.request_body else { continue };
        let (Shape::Type(TypeRef::Named(stated)), Some(serde_json::Value::Object(example))) =
            (&body.shape, &body.example)
        else {
            continue;
        };
        let members: Vec<&str> = example.keys().filter(|k| !k.starts_with('@')).map(String::as_str).collect();
        // How many of `keys` are properties of `ty`; none when its properties are unknown.
        let fits = |ty: &str, keys: &[&str]| {
            let defined = properties(registry, ty);
            let count = keys.iter().filter(|k| defined.iter().any(|p| p.name.eq_ignore_ascii_case(k))).count();
            (!defined.is_empty()).then_some(count)
        };
        // The stated type's page is missing: members, one holding an object, all properties of
        // the type the operation answers (`{"resource": {…}}` above "one of the following resource
        // types", answering `educationModuleResource`; `{"distributeForStudentWork": false,
        // "resource": {…}}` answering `educationAssignmentResource`), are that type's.
        let holds_object = members.iter().any(|m| example[*m].is_object());
        if registry.get(&super::key(stated)).is_none_or(|t| t.source != crate::model::TypeSource::Page)
            && holds_object
            && let Some(answered) = answered.as_ref().filter(|a| !a.eq_ignore_ascii_case(stated))
            && fits(answered, &members) == Some(members.len())
            // Not an example naming another type for itself (the stated kind: `"@odata.type":
            // "#microsoft.graph.windowsMobileMSI"` answering the base `mobileApp`).
            && example.get("@odata.type").and_then(serde_json::Value::as_str).is_none_or(|t| {
                crate::extract::strip_namespace(t).eq_ignore_ascii_case(answered)
            })
        {
            body.become_named(answered.clone());
            continue;
        }
        if members.is_empty() || fits(stated, &members) != Some(0) {
            continue;
        }
        // Not OData's `value` wrapper, nor an entity a create wraps in its own name
        // (`POST /administrativeUnits` with `{"administrativeUnit": {…}}`): those are the object itself.
        let creates = names_type(stated, &op_path_last);
        // One member holding the type, or a list of it (`{"assignments": [{"id": …, "target": …}]}`
        // for "a JSON representation of the [cloudPcProvisioningPolicyAssignment]").
        let (objects, listed): (Vec<&serde_json::Map<String, serde_json::Value>>, bool) = match members[..] {
            [one] if one != "value" && !one.eq_ignore_ascii_case(unqualified(stated)) && !creates => {
                match &example[one] {
                    serde_json::Value::Object(o) => (vec![o], false),
                    serde_json::Value::Array(items) => (
                        items.iter().map(serde_json::Value::as_object).collect::<Option<_>>().unwrap_or_default(),
                        true,
                    ),
                    _ => (Vec::new(), false),
                }
            }
            _ => (Vec::new(), false),
        };
        let mut wrapped: Vec<&str> = Vec::new();
        for k in objects.iter().flat_map(|o| o.keys()).filter(|k| !k.starts_with('@')) {
            if !wrapped.contains(&k.as_str()) {
                wrapped.push(k);
            }
        }
        if !wrapped.is_empty() && fits(stated, &wrapped) == Some(wrapped.len()) {
            let one = TypeRef::Named(stated.clone());
            let ty = if listed { TypeRef::Collection(Box::new(one)) } else { one };
            let member = Property::required(members[0], ty, origin);
            body.shape = Shape::Object(vec![member]);
        } else if let Some(answered) = answered.filter(|a| !a.eq_ignore_ascii_case(stated))
            && fits(&answered, &members) == Some(members.len())
        {
            body.become_named(answered);
        }
    }
}
