//! The last check of resolution: every type the model names is one it defines.
//!
//! The rules before it keep this so; a name they leave unresolved (a member kept
//! from another page's definition, through links no rule read) would be a `$ref`
//! to a component the contract lacks, which no validator or generator takes. Here
//! it becomes the type of its letter case, else an open object, with a warning.

use std::collections::{BTreeMap, HashMap};

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::model::{Operation, Origin, Shape, TypeDef, TypeKind, TypeSource};
use crate::types::TypeRef;

/// Rewrites or defines each name `types` lacks among the operations' and types' references.
pub(super) fn resolve_dangling(
    operations: &mut [Operation],
    types: &mut BTreeMap<String, TypeDef>,
    diags: &mut Vec<Diagnostic>,
) {
    let by_key: HashMap<String, String> = types.keys().map(|n| (n.to_ascii_lowercase(), n.clone())).collect();
    let mut missing: BTreeMap<String, Origin> = BTreeMap::new();
    let mut fix = |t: &mut TypeRef, origin: Origin| {
        let Some(name) = t.named_mut() else { return };
        if types.contains_key(name.as_str()) {
            return;
        }
        match by_key.get(&name.to_ascii_lowercase()) {
            Some(defined) => *name = defined.clone(),
            None => {
                missing.entry(name.clone()).or_insert(origin);
            }
        }
    };
    for op in operations.iter_mut() {
        let origin = op.origin;
        for p in &mut op.parameters {
            fix(&mut p.ty, origin);
        }
        for body in op.request_body.iter_mut().chain(op.responses.iter_mut().filter_map(|r| r.body.as_mut())) {
            match &mut body.shape {
                Shape::Type(t) | Shape::CollectionPage(t) => fix(t, origin),
                Shape::Object(members) => members.iter_mut().for_each(|p| fix(&mut p.ty, p.origin)),
                Shape::Raw | Shape::References { .. } => {}
            }
            body.listed.iter_mut().for_each(|p| fix(&mut p.ty, p.origin));
        }
    }
    // Names only: the walk over the types cannot borrow them mutably and look names up at once.
    let mut renames: Vec<(String, usize, String)> = Vec::new();
    for (owner, t) in types.iter() {
        let TypeKind::Object { base, properties } = &t.kind else { continue };
        let mut check = |name: &str, origin: Origin, slot: usize| {
            if types.contains_key(name) {
                return;
            }
            match by_key.get(&name.to_ascii_lowercase()) {
                Some(defined) => renames.push((owner.clone(), slot, defined.clone())),
                None => {
                    missing.entry(name.to_string()).or_insert(origin);
                }
            }
        };
        if let Some(b) = base {
            check(b, t.origin, usize::MAX);
        }
        for (i, p) in properties.iter().enumerate() {
            if let Some(n) = p.ty.named() {
                check(n, p.origin, i);
            }
        }
    }
    for (owner, slot, defined) in renames {
        let Some(TypeDef { kind: TypeKind::Object { base, properties }, .. }) = types.get_mut(&owner) else { continue };
        let name = if slot == usize::MAX { base.as_mut() } else { properties[slot].ty.named_mut() };
        if let Some(name) = name {
            *name = defined;
        }
    }
    for (name, origin) in missing {
        diags.push(
            Diagnostic::warning(
                codes::UNKNOWN_TYPE,
                origin.file,
                super::at(origin.offset),
                format!("type `{name}` was left unresolved among the pages' links; emitted as an open object"),
            )
            .with_help("link the type to its resource page, or add the page to the inputs"),
        );
        let kind = TypeKind::Object { base: None, properties: Vec::new() };
        let def = TypeDef { name: name.clone(), description: None, kind, source: TypeSource::Placeholder, origin };
        types.insert(name, def);
    }
}

/// Drops the placeholders nothing names: an operation, a member, a base or an open type's
/// values; returns their names. A kind whose pages per kind merged into their set's type, or an ancestor a request
/// table named only to find a set's type, says nothing a client could use.
pub(super) fn drop_unused_placeholders(
    operations: &[Operation],
    types: &mut BTreeMap<String, TypeDef>,
    open_values: &BTreeMap<String, TypeRef>,
) -> Vec<String> {
    let mut used: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut note = |t: &TypeRef| {
        if let Some(n) = t.named() {
            used.insert(n.to_string());
        }
    };
    for op in operations {
        op.parameters.iter().for_each(|p| note(&p.ty));
        for body in op.request_body.iter().chain(op.responses.iter().filter_map(|r| r.body.as_ref())) {
            match &body.shape {
                Shape::Type(t) | Shape::CollectionPage(t) => note(t),
                Shape::Object(members) => members.iter().for_each(|p| note(&p.ty)),
                Shape::Raw | Shape::References { .. } => {}
            }
            body.listed.iter().for_each(|p| note(&p.ty));
        }
    }
    // A base counts where it gives members: the contract flattens inheritance, so an empty
    // placeholder base (`policyBase`, its page not among the inputs) would be a schema nothing
    // names. Through its own bases (a placeholder whose base's page lists members gives those);
    // `entity`'s placeholder gives `id` (`resolve::entity_key`) and stays, as its page would.
    let gives_members = |name: &str| {
        let Some(mut t) = types.get(name) else { return true };
        for _ in 0..=types.len() {
            match &t.kind {
                TypeKind::Object { properties, base } if properties.is_empty() => {
                    match base.as_deref().and_then(|b| types.get(b)) {
                        Some(next) => t = next,
                        None => return false,
                    }
                }
                _ => return true,
            }
        }
        false
    };
    for t in types.values() {
        if let TypeKind::Object { base, properties } = &t.kind {
            properties.iter().for_each(|p| note(&p.ty));
            if let Some(b) = base.as_ref().filter(|b| gives_members(b)) {
                note(&TypeRef::Named(b.clone()));
            }
        }
    }
    open_values.values().for_each(&mut note);
    open_values.keys().for_each(|k| note(&TypeRef::Named(k.clone())));
    let dropped: Vec<String> = types
        .iter()
        .filter(|(name, t)| t.source.is_placeholder() && !used.contains(*name))
        .map(|(n, _)| n.clone())
        .collect();
    types.retain(|name, t| !t.source.is_placeholder() || used.contains(name));
    dropped
}

/// Rewrites the warnings that said a dropped placeholder is emitted (a kind a member's cell
/// offers beside another and typed otherwise, a base holding the members its kinds' rows
/// inherit that nothing names): it is not. (A base adding no members is said to be emitted only
/// where something names it: that warning stands.) A warning quotes the link's text, which may
/// spell the name in another letter case (`Win32LobApp`).
pub(super) fn say_dropped(dropped: &[String], diags: &mut [Diagnostic]) {
    let dropped: std::collections::HashSet<String> = dropped.iter().map(|n| n.to_ascii_lowercase()).collect();
    let with_rows = format!("{} with `@odata.type`", super::ROWS_EMITTED);
    for d in diags.iter_mut().filter(|d| d.code == codes::MISSING_TYPE_PAGE) {
        // Not a base's, which says where it is emitted (another text after the name).
        let Some(quoted) = d.message.strip_prefix("type `").and_then(|rest| rest.split_once('`')).map(|(n, _)| n)
        else {
            continue;
        };
        // What it says of the page (missing, or among the inputs defining no such type), then
        // what is emitted.
        if dropped.contains(&quoted.to_ascii_lowercase())
            && let Some(said) = [super::OPEN_OBJECT_EMITTED, &with_rows]
                .iter()
                .find_map(|emitted| d.message.strip_suffix(*emitted))
                .filter(|s| s.ends_with("; "))
        {
            d.message = format!("{said}nothing in the contract names it, so it is not emitted");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Property;
    use crate::source::FileId;

    #[test]
    fn a_dropped_placeholder_is_said_not_to_be_emitted_whatever_it_would_have_held() {
        // beta's cross-tenant access policy update: rows "Inherited from [policyBase](…)" on an
        // api page whose type's page names another base; the placeholder holding them is dropped.
        let said = |emitted: &str| {
            let message = format!("type `policyBase`{}{emitted} with `@odata.type`", super::super::LINKED_MISSING);
            let mut diags = [Diagnostic::warning(codes::MISSING_TYPE_PAGE, FileId(0), super::super::at(0), message)];
            say_dropped(&["policyBase".to_string()], &mut diags);
            diags[0].message.clone()
        };
        for emitted in ["emitted as an open object", super::super::ROWS_EMITTED] {
            assert_eq!(
                said(emitted),
                "type `policyBase` is linked but its page is not among the inputs; nothing in the contract names it, so it is not emitted"
            );
        }
    }

    fn member(name: &str, ty: &str) -> Property {
        Property {
            name: name.into(),
            ty: TypeRef::Named(ty.into()),
            description: None,
            required: false,
            read_only: false,
            write_only: false,
            deprecated: false,
            nullable: true,
            origin: Origin { file: FileId(0), offset: 7 },
        }
    }

    #[test]
    fn a_name_no_type_has_is_respelled_or_defined_with_a_warning() {
        let origin = Origin { file: FileId(0), offset: 0 };
        let object = |name: &str, base: Option<&str>, properties: Vec<Property>| TypeDef {
            name: name.into(),
            description: None,
            kind: TypeKind::Object { base: base.map(str::to_string), properties },
            source: TypeSource::Page,
            origin,
        };
        let mut types: BTreeMap<String, TypeDef> = BTreeMap::new();
        types.insert("catalogEntry".into(), object("catalogEntry", None, Vec::new()));
        let content = object(
            "catalogContent",
            Some("CatalogEntry"),
            vec![member("entry", "catalogentry"), member("other", "nowhere"), member("itself", "catalogContent")],
        );
        types.insert("catalogContent".into(), content);
        let mut diags = Vec::new();
        resolve_dangling(&mut [], &mut types, &mut diags);
        let TypeKind::Object { base, properties } = &types["catalogContent"].kind else { panic!("an object") };
        assert_eq!(base.as_deref(), Some("catalogEntry"));
        let named: Vec<&str> = properties.iter().filter_map(|p| p.ty.named()).collect();
        assert_eq!(named, ["catalogEntry", "nowhere", "catalogContent"]);
        assert_eq!(types["nowhere"].source, TypeSource::Placeholder);
        assert_eq!(diags.len(), 1, "{diags:?}");
        assert!(diags[0].message.contains("`nowhere`"), "{}", diags[0].message);
        assert_eq!(diags[0].span.start, 7, "where the member is written");
    }
}
