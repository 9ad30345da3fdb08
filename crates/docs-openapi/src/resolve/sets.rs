//! A read of a navigation answers the type the navigation is declared with.

use std::collections::{BTreeMap, HashMap};

use crate::http::Method;
use crate::model::{Operation, ParamLocation, Shape, TypeDef, TypeKind};
use crate::types::TypeRef;

use super::claim::{rename_type_in_names, summary_type};
use super::key;
use super::registry::{ancestors, body_type_mut, names_type, properties};
use crate::paths::path_skeleton;

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
/// page's type is what the set holds. A `DELETE` on a set named for the base
/// ("Delete windowsDomainJoinConfiguration") is named for the base as well;
/// writes keep the derived type their page sends.
pub(super) fn read_sets_as_their_type(ops: &mut [Operation], registry: &BTreeMap<String, TypeDef>) {
    let kinds = Kinds::of(registry);
    for op in ops.iter_mut() {
        let Some((parent, set)) = navigation_of(&op.path) else { continue };
        // A root segment names its type (`/groups/{id}/members`: a `group`'s); a nested
        // one may not (`/admin/serviceAnnouncement/messages/{id}/attachments`: not a `message`'s).
        let rooted = op.path.trim_start_matches('/').split('/').next() == Some(parent);
        // A delete removes whatever kind the key names: it is named for the base too,
        // when the set is named for it (a summary's last word is not always what goes:
        // "Delete an item from a list").
        match op.method {
            Method::Get => {}
            Method::Delete => {
                if let Some(stated) = summary_type(op, registry)
                    && let Some(base) =
                        kinds.held_by(registry, (parent, rooted), set, &stated).filter(|b| names_type(b, set))
                {
                    rename_type_in_names(op, &stated, &base);
                }
                continue;
            }
            _ => continue,
        }
        let mut renamed: Option<(String, String)> = None;
        for body in op.responses.iter_mut().filter_map(|r| r.body.as_mut()) {
            let Some(stated) = body_type_mut(body) else { continue };
            if let Some(base) = kinds.held_by(registry, (parent, rooted), set, stated) {
                renamed.get_or_insert_with(|| (stated.clone(), base.clone()));
                *stated = base;
            }
        }
        if let Some((derived, base)) = renamed {
            rename_type_in_names(op, &derived, &base);
        }
    }
}

/// `GET /me/insights/used/{id}/resource` on "List used" (whose prose answers a
/// list of `usedInsight`s) reads the insight's `resource` navigation: where a
/// page answers a list and a line's segment after a key is a property of the
/// listed type holding another type, that line answers the property's type (a
/// list when it is one).
pub(super) fn read_navigations_as_their_type(ops: &mut [Operation], registry: &BTreeMap<String, TypeDef>) {
    for op in ops.iter_mut().filter(|o| o.method == Method::Get) {
        let mut segments = op.path.rsplit('/');
        let (Some(last), Some(key)) = (segments.next(), segments.next()) else { continue };
        if !key.starts_with('{') || last.is_empty() || !last.chars().all(|c| c.is_ascii_alphanumeric()) {
            continue;
        }
        let mut one = false;
        for body in op.responses.iter_mut().filter_map(|r| r.body.as_mut()) {
            // A page listing the set (a "Get" page on `…/{id}/year` is about the year itself).
            let Shape::CollectionPage(TypeRef::Named(stated)) = &body.shape else { continue };
            let stated = stated.clone();
            let navigation = properties(registry, &stated)
                .into_iter()
                .find(|p| p.name.eq_ignore_ascii_case(last))
                .and_then(|p| Some((p.ty.named()?.to_string(), p.ty.is_collection())));
            if let Some((held, many)) = navigation.filter(|(held, _)| !held.eq_ignore_ascii_case(&stated)) {
                one |= !many;
                body.shape =
                    if many { Shape::CollectionPage(TypeRef::Named(held)) } else { Shape::Type(TypeRef::Named(held)) };
            }
        }
        // One object: the list's options (`$top`, `$filter`) do not apply to it.
        if one {
            op.parameters.retain(|p| p.location != ParamLocation::Query || !crate::extract::is_list_option(&p.name));
        }
    }
}

/// `GET /me/mailboxSettings/timeZone` beside `GET /me/mailboxSettings`, both answering the
/// page's `mailboxSettings`: a read of a path one literal segment longer than another
/// read answering the same type, that segment a property of the type, reads that
/// property: it answers the property's type (a primitive as OData wraps it,
/// `{"value": "Pacific Standard Time"}`; a list when it is one; a stream as its bytes).
pub(super) fn read_properties_as_their_type(ops: &mut [Operation], registry: &BTreeMap<String, TypeDef>) {
    let answered = |op: &Operation| answered_type(op).map(key);
    let mut reads: HashMap<String, String> = ops
        .iter()
        .filter(|o| o.method == Method::Get)
        .filter_map(|o| Some((o.path.to_ascii_lowercase(), answered(o)?)))
        .collect();
    let stated_reads = reads.clone();
    // Shorter paths first, each rewrite recorded: `…/workingHours/timeZone` is read on what
    // `…/workingHours` answers once that is decided.
    let mut order: Vec<usize> = (0..ops.len()).filter(|&i| ops[i].method == Method::Get).collect();
    order.sort_by_key(|&i| (ops[i].path.matches('/').count(), i));
    for i in order {
        let op = &mut ops[i];
        let Some((parent, last)) = op.path.rsplit_once('/') else { continue };
        if last.is_empty() || !last.chars().all(|c| c.is_ascii_alphanumeric()) {
            continue;
        }
        // The parent answered the same type as this line, as the page stated it; the property is
        // looked up on what the parent answers now (`workingHours` once that line is decided).
        let parent = parent.to_ascii_lowercase();
        let Some(stated) = answered(op).filter(|s| stated_reads.get(&parent) == Some(s)) else {
            continue;
        };
        let Some(owner) = reads.get(&parent) else { continue };
        let Some(property) = properties(registry, owner).into_iter().find(|p| p.name.eq_ignore_ascii_case(last)) else {
            continue;
        };
        let origin = property.origin;
        let shape = match &property.ty {
            TypeRef::Named(n) if key(n) != stated => Shape::Type(TypeRef::Named(n.clone())),
            // A stream property (`attendeeReport`) reads as its bytes, not wrapped.
            TypeRef::Primitive(crate::types::Primitive::Stream) => Shape::Raw,
            TypeRef::Collection(inner) if inner.named().is_some() => Shape::CollectionPage((**inner).clone()),
            t @ (TypeRef::Primitive(_) | TypeRef::Collection(_)) => {
                Shape::Object(vec![crate::model::Property::value(t.clone(), origin)])
            }
            _ => continue,
        };
        // A line's example is its own (or its twin's): it shows what the line answers, and stays.
        for body in op.responses.iter_mut().filter_map(|r| r.body.as_mut()) {
            if matches!(&body.shape, Shape::Type(TypeRef::Named(n)) if key(n) == stated) {
                body.shape = shape.clone();
                if shape == Shape::Raw {
                    body.media_type = "application/octet-stream".to_string();
                }
            }
        }
        let path = op.path.to_ascii_lowercase();
        match answered(op) {
            Some(now) => reads.insert(path, now),
            None => reads.remove(&path),
        };
    }
}

/// The one named type an operation answers with (not a list), if any.
fn answered_type(op: &Operation) -> Option<&str> {
    op.responses.iter().find_map(|r| match r.body.as_ref().map(|b| &b.shape) {
        Some(Shape::Type(TypeRef::Named(n))) => Some(n.as_str()),
        _ => None,
    })
}

/// `…/containers/{containerId}/customProperties` where a read of `…/containers/{containerId}`
/// answers a type declaring `customProperties` as an open type of one value type (a
/// dictionary, `Api::open_values`): reads and writes of the property take and answer that
/// type, whatever the page's table lists (a value's members) or its prose says ("a
/// collection of [fileStorageContainerCustomPropertyValue]"); a read of one key under it
/// (`…/customProperties/{propertyName}`) answers one value.
pub(super) fn open_properties_as_declared(
    ops: &mut [Operation],
    registry: &BTreeMap<String, TypeDef>,
    open_values: &BTreeMap<String, TypeRef>,
) {
    if open_values.is_empty() {
        return;
    }
    let reads: HashMap<String, String> = ops
        .iter()
        .filter(|o| o.method == Method::Get)
        .filter_map(|o| Some((path_skeleton(&o.path), answered_type(o)?.to_string())))
        .collect();
    let json = |b: &crate::model::Body| b.media_type.contains("json");
    for op in ops.iter_mut() {
        let (path, keyed) = match op.path.rsplit_once('/') {
            Some((head, last)) if last.starts_with('{') && op.method == Method::Get => (head, true),
            _ => (op.path.as_str(), false),
        };
        let Some((parent, last)) = path.rsplit_once('/') else { continue };
        // The parent's read, whatever its parameters are named (`{containerId}`, `{fileStorageContainerId}`).
        let Some(owner) = reads.get(&path_skeleton(parent)) else { continue };
        let declared = properties(registry, owner).into_iter().find(|p| p.name.eq_ignore_ascii_case(last));
        let Some(TypeRef::Named(open)) = declared.map(|p| &p.ty) else { continue };
        let Some(value) = open_values.get(open) else { continue };
        let answer = Shape::Type(if keyed { value.clone() } else { TypeRef::Named(open.clone()) });
        for body in op.responses.iter_mut().filter_map(|r| r.body.as_mut()).filter(|b| json(b)) {
            body.shape = answer.clone();
        }
        if !keyed && matches!(op.method, Method::Patch | Method::Put | Method::Post) {
            for body in op.request_body.iter_mut().filter(|b| json(b)) {
                body.shape = Shape::Type(TypeRef::Named(open.clone()));
            }
        }
    }
}

/// `GET …/oneDriveForBusinessProtectionPolicies/{id}/driveInclusionRules/{ruleId}` on a page
/// stating a `protectionRuleBase` for the site, drive and mailbox rules alike: where the
/// type the parent segment names declares the navigation with a type derived from the
/// stated one (`oneDriveForBusinessProtectionPolicy.driveInclusionRules`, a
/// `driveProtectionRule` collection), the line reads, lists, creates and answers that
/// type. The declaration is the schema's word on what the set holds; the prose speaks
/// for all the page's lines at once.
pub(super) fn narrow_sets_to_their_type(ops: &mut [Operation], registry: &BTreeMap<String, TypeDef>) {
    let kinds = Kinds::of(registry);
    for op in ops.iter_mut().filter(|o| o.method != Method::Delete) {
        let Some((parent, set)) = navigation_of(&op.path) else { continue };
        let owners = kinds.declared.get(&set.to_ascii_lowercase()).map_or(&[][..], Vec::as_slice);
        let Some(declared) = owners.iter().find(|(owner, _)| names_type(owner, parent)).map(|(_, ty)| key(ty)) else {
            continue;
        };
        let Some(declared) = registry.get(&declared).map(|t| t.name.clone()) else { continue };
        let chain = ancestors(registry, &declared);
        let bodies = op.responses.iter_mut().filter_map(|r| r.body.as_mut()).chain(op.request_body.as_mut());
        for stated in bodies.filter_map(body_type_mut) {
            if chain.iter().skip(1).any(|a| a.eq_ignore_ascii_case(stated) && !a.eq_ignore_ascii_case("entity")) {
                *stated = declared.clone();
            }
        }
    }
}

/// A path ending in a cast (`/directory/deletedItems/microsoft.graph.group`,
/// `POST /servicePrincipals/microsoft.graph.agentIdentity`) reads and writes only
/// the cast's type: where a page states a base of it for all its lines
/// ("a collection of [directoryObject] objects") or its annotation names one, the
/// line answers, and takes, the cast's type when that type is defined among the inputs.
pub(super) fn read_casts_as_their_type(ops: &mut [Operation], registry: &BTreeMap<String, TypeDef>) {
    for op in ops.iter_mut() {
        let last = op.path.rsplit('/').next().unwrap_or_default();
        let Some(cast) = last.strip_prefix("microsoft.graph.") else { continue };
        // (Not a placeholder a link left for a page not among the inputs, whatever base a list on
        // another page gives it: `administrativeUnit` under `directoryObject`.)
        let defined = registry.get(&key(cast)).filter(|t| !t.source.is_placeholder());
        let Some(cast) = defined.map(|t| t.name.clone()) else { continue };
        let chain = ancestors(registry, &cast);
        let bodies = op.responses.iter_mut().filter_map(|r| r.body.as_mut()).chain(op.request_body.as_mut());
        for stated in bodies.filter_map(body_type_mut) {
            if chain.iter().skip(1).any(|a| a.eq_ignore_ascii_case(stated)) {
                *stated = cast.clone();
            }
        }
    }
}

/// The type navigation `path` reads is declared with by the type its parent
/// segment names (`administrativeUnit.members`, `directoryObject`), when one
/// among the inputs declares it.
pub(super) fn declared_navigation(registry: &BTreeMap<String, TypeDef>, path: &str) -> Option<String> {
    // A member by an alternate key (`webinars(externalId='{externalId}')`): its set's, as
    // `kind_the_set_holds` reads it.
    let keyed = path.rsplit_once('/').and_then(|(head, last)| {
        let (set, key) = last.split_once('(')?;
        key.contains('=').then(|| format!("{head}/{set}"))
    });
    let (parent, set) = navigation_of(keyed.as_deref().unwrap_or(path))?;
    registry.values().find_map(|t| {
        let TypeKind::Object { properties, .. } = &t.kind else { return None };
        if !names_type(&t.name, parent) {
            return None;
        }
        properties.iter().find(|p| p.name.eq_ignore_ascii_case(set))?.ty.named().map(str::to_string)
    })
}

/// Of several `kinds` a page offers for its lines' answer, the one the set `path` ends in (its
/// last segment but keys) holds: the kind its navigation is `declared` with, else the one kind
/// whose name ends in the set's name in the singular (`webinars` → `virtualEventWebinar`).
pub(super) fn kind_the_set_holds(
    registry: &BTreeMap<String, TypeDef>,
    path: &str,
    kinds: &[&str],
    declared: Option<String>,
) -> Option<String> {
    // A declared navigation holds its type: one of the kinds, else their base (no one kind).
    if let Some(d) = declared {
        return kinds.iter().any(|k| k.eq_ignore_ascii_case(&d)).then_some(d);
    }
    let set = path.rsplit('/').find(|s| !s.is_empty() && !s.starts_with('{'))?;
    // A member addressed by an alternate key (`servicePrincipals(appId='{appId}')`): its set's.
    let set = set.split('(').next().unwrap_or(set);
    let one = match set.strip_suffix("ies") {
        Some(stem) => format!("{stem}y"),
        None => set.strip_suffix('s')?.to_string(),
    };
    // A type named for the set that is none of the kinds (`deviceConfiguration` for
    // `deviceConfigurations`): the set holds it, their base.
    if registry.contains_key(&key(&one))
        && !kinds.iter().any(|k| super::registry::unqualified(k).eq_ignore_ascii_case(&one))
    {
        return None;
    }
    let holds = |k: &&str| {
        let name = super::registry::unqualified(k);
        let at = name.len().checked_sub(one.len())?;
        let tail = name.get(at..)?;
        (tail.eq_ignore_ascii_case(&one) && (at == 0 || tail.starts_with(|c: char| c.is_ascii_uppercase())))
            .then_some(())
    };
    let mut held = kinds.iter().filter(|k| holds(k).is_some());
    match (held.next(), held.next()) {
        (Some(k), None) if one.len() >= 3 => Some(k.to_string()),
        _ => None,
    }
}

/// Whether a type the parent segment of `path` names (as a whole, or as its last words:
/// `settings` for `organizationSettings`) declares the navigation the path reads as one `shown`
/// (`organizationSettings.contactInsights`, an `insightsSettings`).
pub(super) fn declares_navigation_as(registry: &BTreeMap<String, TypeDef>, path: &str, shown: &str) -> bool {
    let Some((parent, set)) = navigation_of(path) else { return false };
    let ends_in = |name: &str| {
        name.len() > parent.len()
            && name.is_char_boundary(name.len() - parent.len())
            && name[name.len() - parent.len()..].eq_ignore_ascii_case(parent)
            && name[name.len() - parent.len()..].starts_with(|c: char| c.is_ascii_uppercase())
    };
    registry.values().any(|t| {
        let TypeKind::Object { properties, .. } = &t.kind else { return false };
        (names_type(&t.name, parent) || ends_in(super::registry::unqualified(&t.name)))
            && properties.iter().any(|p| {
                p.name.eq_ignore_ascii_case(set) && matches!(&p.ty, TypeRef::Named(n) if n.eq_ignore_ascii_case(shown))
            })
    })
}

/// What the property tables declare and which types derive from which.
struct Kinds<'r> {
    /// Property name (lowercase) → (declaring type, the property's named type).
    declared: HashMap<String, Vec<(&'r str, &'r str)>>,
    /// Base (lowercase) → the types that name it as theirs.
    children: HashMap<String, Vec<&'r str>>,
}

impl<'r> Kinds<'r> {
    fn of(registry: &'r BTreeMap<String, TypeDef>) -> Self {
        let mut kinds = Kinds { declared: HashMap::new(), children: HashMap::new() };
        for t in registry.values() {
            let TypeKind::Object { properties, base } = &t.kind else { continue };
            for p in properties {
                if let Some(ty) = p.ty.named() {
                    kinds.declared.entry(p.name.to_ascii_lowercase()).or_default().push((&t.name, ty));
                }
            }
            if let Some(b) = base {
                kinds.children.entry(b.to_ascii_lowercase()).or_default().push(&t.name);
            }
        }
        kinds
    }

    /// The strict base of `stated` that navigation `set` under `parent` holds,
    /// when it is not `stated` itself and has other kinds than `stated`'s line.
    /// `parent` is the segment before the set, and whether it is the path's first.
    fn held_by(
        &self,
        registry: &BTreeMap<String, TypeDef>,
        (parent, rooted): (&str, bool),
        set: &str,
        stated: &str,
    ) -> Option<String> {
        // Most types derive from `entity` alone: no base to answer with (and no chain to build).
        match registry.get(&key(stated)).map(|t| &t.kind) {
            Some(TypeKind::Object { base: Some(b), .. }) if !b.eq_ignore_ascii_case("entity") => {}
            _ => return None,
        }
        let chain = ancestors(registry, stated);
        let on_chain = |ty: &str| chain.iter().any(|a| a.eq_ignore_ascii_case(ty));
        let owners = self.declared.get(&set.to_ascii_lowercase()).map_or(&[][..], Vec::as_slice);
        let fitting: Vec<&(&str, &str)> = owners.iter().filter(|(_, ty)| on_chain(ty)).collect();
        // Past the root, the type a segment is named for is a guess: a type declaring
        // the navigation with the stated type itself says the set holds it
        // (`serviceUpdateMessage.attachments`, `serviceAnnouncementAttachment`s).
        if !rooted && fitting.iter().any(|(_, ty)| ty.eq_ignore_ascii_case(stated)) {
            return None;
        }
        // The type the parent segment names declares it, else every declaration agrees.
        let by_parent: Vec<&str> =
            fitting.iter().filter(|(owner, _)| names_type(owner, parent)).map(|(_, ty)| *ty).collect();
        let candidates = if by_parent.is_empty() { fitting.iter().map(|(_, ty)| *ty).collect() } else { by_parent };
        let base = match candidates.first() {
            Some(&base) if candidates.iter().all(|c| c.eq_ignore_ascii_case(base)) => base,
            Some(_) => return None,
            // No type among the inputs declares the navigation: the base the set is
            // named for (`deviceConfigurations`, `deviceConfiguration`).
            None if owners.is_empty() => chain.iter().skip(1).find(|a| names_type(a, set))?,
            None => return None,
        };
        let other_kinds =
            self.children.get(&base.to_ascii_lowercase()).is_some_and(|kids| kids.iter().any(|k| !on_chain(k)));
        if base.eq_ignore_ascii_case(stated) || base.eq_ignore_ascii_case("entity") || !other_kinds {
            return None;
        }
        chain.iter().find(|a| a.eq_ignore_ascii_case(base)).cloned()
    }
}

/// The navigation a path reads and the segment before it: its last literal
/// segment, past one key (`deviceConfigurations` of `deviceManagement` in
/// `/deviceManagement/deviceConfigurations/{id}`); none when that segment is a
/// function, a cast or a system segment.
pub(super) fn navigation_of(path: &str) -> Option<(&str, &str)> {
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
