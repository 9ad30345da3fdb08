//! A read of a navigation answers the type the navigation is declared with.

use std::collections::{BTreeMap, HashMap};

use crate::http::Method;
use crate::model::{Operation, TypeDef, TypeKind};

use super::claim::rename_type_in_names;
use super::registry::{ancestors, body_type_mut};

/// `GET /deviceManagement/deviceConfigurations` documented only on one derived
/// type's page ("List windowsPhone81TrustedRootCertificates") lists every
/// configuration, and `GET …/deviceConfigurations/{id}` on "Get
/// windowsDomainJoinConfiguration" reads any of them: where a type's property
/// table declares the navigation (`deviceManagement.deviceConfigurations`, a
/// `deviceConfiguration` collection) with a base of the page's type, the
/// response is that base (objects are open and carry their `@odata.type`), and
/// the operation is named for it, as one documented on several derived types'
/// pages is (see `claim::merge`). A navigation declared with the page's own
/// type (`deviceManagement.roleAssignments`, `deviceAndAppManagementRoleAssignment`)
/// keeps it, and so does one whose base has no other kind than the page's
/// (`extensions`, `extension` collections, hold `openTypeExtension`s): there the
/// page's type is what the set holds. Writes keep the derived type their page sends.
pub(super) fn read_sets_as_their_type(ops: &mut [Operation], registry: &BTreeMap<String, TypeDef>) {
    // Property name → (declaring type, the property's named type), for every object type.
    let mut declared: HashMap<String, Vec<(&str, &str)>> = HashMap::new();
    for t in registry.values() {
        if let TypeKind::Object { properties, .. } = &t.kind {
            for p in properties {
                if let Some(ty) = p.ty.named() {
                    declared.entry(p.name.to_ascii_lowercase()).or_default().push((&t.name, ty));
                }
            }
        }
    }
    // Base → the types that name it as theirs.
    let mut children: HashMap<String, Vec<&str>> = HashMap::new();
    for t in registry.values() {
        if let TypeKind::Object { base: Some(b), .. } = &t.kind {
            children.entry(b.to_ascii_lowercase()).or_default().push(&t.name);
        }
    }
    // Whether `base` has a kind that is not on `chain` (the page's type and its bases).
    let has_other_kinds = |base: &str, chain: &[String]| {
        children
            .get(&base.to_ascii_lowercase())
            .is_some_and(|kids| kids.iter().any(|k| !chain.iter().any(|c| c.eq_ignore_ascii_case(k))))
    };
    for op in ops.iter_mut().filter(|o| o.method == Method::Get) {
        let Some((parent, set)) = navigation_of(&op.path) else { continue };
        let owners = declared.get(&set.to_ascii_lowercase()).map_or(&[][..], Vec::as_slice);
        let mut renamed: Option<(String, String)> = None;
        for body in op.responses.iter_mut().filter_map(|r| r.body.as_mut()) {
            let Some(stated) = body_type_mut(body) else { continue };
            let chain = ancestors(registry, stated);
            let fitting: Vec<&(&str, &str)> =
                owners.iter().filter(|(_, ty)| chain.iter().any(|a| a.eq_ignore_ascii_case(ty))).collect();
            // The type the parent segment names declares it, else every declaration agrees.
            let named_parent: Vec<_> = fitting.iter().filter(|(owner, _)| names(owner, parent)).collect();
            let candidates: Vec<&str> = if named_parent.is_empty() {
                fitting.iter().map(|(_, ty)| *ty).collect()
            } else {
                named_parent.iter().map(|(_, ty)| *ty).collect()
            };
            // No type declares the navigation among the inputs: the base the set is named
            // for (`deviceConfigurations`, `deviceConfiguration`).
            let named_set = || chain.iter().skip(1).find(|a| names(a, set));
            let base = match candidates.first() {
                Some(&base) => base,
                None if owners.is_empty() => match named_set() {
                    Some(base) => base.as_str(),
                    None => continue,
                },
                None => continue,
            };
            if candidates.iter().any(|c| !c.eq_ignore_ascii_case(base))
                || base.eq_ignore_ascii_case(stated)
                || base.eq_ignore_ascii_case("entity")
                || !has_other_kinds(base, &chain)
            {
                continue;
            }
            let base = chain.iter().find(|a| a.eq_ignore_ascii_case(base)).cloned().unwrap_or_else(|| base.into());
            renamed.get_or_insert_with(|| (stated.clone(), base.clone()));
            *stated = base;
        }
        if let Some((derived, base)) = renamed {
            rename_type_in_names(op, &derived, &base);
        }
    }
}

/// Whether a path segment names type `ty` or its set (`deviceConfigurations`;
/// `updatableAssets` for `windowsUpdates.updatableAsset`).
fn names(ty: &str, segment: &str) -> bool {
    let ty = ty.rsplit('.').next().unwrap_or(ty);
    ty.eq_ignore_ascii_case(segment) || crate::extract::plural(ty).eq_ignore_ascii_case(segment)
}

/// The navigation a path reads and the segment before it: its last literal
/// segment, past one key (`deviceConfigurations` of `deviceManagement` in
/// `/deviceManagement/deviceConfigurations/{id}`); none when that segment is a
/// function, a cast or a system segment.
fn navigation_of(path: &str) -> Option<(&str, &str)> {
    let literal = |s: &&str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric());
    let mut segments = path.trim_end_matches('/').rsplit('/');
    let mut last = segments.next()?;
    if last.starts_with('{') {
        last = segments.next()?;
    }
    let set = Some(last).filter(literal)?;
    // The parent: the segment before, past its key (`roleDefinitions` in `/roleDefinitions/{id}/roleAssignments`).
    let mut parent = segments.next()?;
    if parent.starts_with('{') {
        parent = segments.next()?;
    }
    Some((parent, set))
}

#[cfg(test)]
mod tests {
    use super::navigation_of;

    #[test]
    fn the_navigation_is_the_last_literal_segment_past_one_key() {
        let nav = navigation_of;
        assert_eq!(nav("/deviceManagement/deviceConfigurations"), Some(("deviceManagement", "deviceConfigurations")));
        assert_eq!(
            nav("/deviceManagement/deviceConfigurations/{id}"),
            Some(("deviceManagement", "deviceConfigurations"))
        );
        assert_eq!(nav("/roleDefinitions/{id}/roleAssignments/{a}"), Some(("roleDefinitions", "roleAssignments")));
        assert_eq!(nav("/groups/{id}/members/microsoft.graph.user"), None, "a cast");
        assert_eq!(nav("/reports/getEmailActivityCounts(period='{period}')"), None, "a function");
        assert_eq!(nav("/me/messages/{id}/$value"), None);
        assert_eq!(nav("/a/{b}/{c}"), None, "two keys");
    }
}
