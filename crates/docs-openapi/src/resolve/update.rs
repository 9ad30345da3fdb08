//! An update's request-body table describes properties of the entity it updates.

use std::collections::{BTreeMap, HashMap};

use crate::http::Method;
use crate::model::{Operation, Property, Shape, TypeDef, TypeKind};
use crate::types::TypeRef;

use super::{ancestors, key};

/// Gives the members of a `PATCH` body written as a table the types of the
/// entity's own properties of the same name. Update pages' tables are terse
/// ("String" for an enum, a type without "collection" for a list of attendees);
/// the entity's page is the definition, and a body that differs from it is
/// one the service rejects. The entity is the one the operation returns, else
/// the one a `GET` on the same path returns. Descriptions stay the table's.
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
                .then(|| returned_entity(o).or_else(|| read.get(o.path.as_str()).cloned()))
                .flatten()
        })
        .collect();
    for (op, entity) in ops.iter_mut().zip(targets) {
        let Some(entity) = entity else { continue };
        let Some(Shape::Object(members)) = op.request_body.as_mut().map(|b| &mut b.shape) else { continue };
        let defined = properties(registry, &entity);
        for m in members.iter_mut() {
            if let Some(p) = defined.iter().find(|p| p.name.eq_ignore_ascii_case(&m.name)) {
                m.ty = p.ty.clone();
            }
        }
    }
}

/// The named type an operation's first success response is.
fn returned_entity(op: &Operation) -> Option<String> {
    match &op.responses.first()?.body.as_ref()?.shape {
        Shape::Type(TypeRef::Named(n)) => Some(n.clone()),
        _ => None,
    }
}

/// A type's properties and its bases', nearest first.
fn properties<'a>(registry: &'a BTreeMap<String, TypeDef>, name: &str) -> Vec<&'a Property> {
    ancestors(registry, name)
        .iter()
        .filter_map(|n| registry.get(&key(n)))
        .flat_map(|t| match &t.kind {
            TypeKind::Object { properties, .. } => properties.iter().collect(),
            TypeKind::Enum { .. } => Vec::new(),
        })
        .collect()
}
