//! Page outputs → one consistent [`Api`]: types defined once, every named
//! reference resolved (to a page, a hint, or an open placeholder), operations
//! merged by (method, path), operationIds unique.
//!
//! [`resolve`] is the one pass; its parts live beside it: which page owns an
//! operation documented on several ([`claim`]), one spelling per path
//! ([`spelling`]), the type registry's links, merges and ancestry ([`registry`])
//! unique operationIds ([`ids`]) and update bodies typed as their entity
//! ([`update`]).

mod claim;
mod dangling;
mod ids;
mod registry;
mod sets;
mod spelling;
/// A path whose last segment is a key (`…/deviceEnrollmentConfigurations/{id}`): it addresses one entity.
fn ends_in_key(path: &str) -> bool {
    path.rsplit('/').next().is_some_and(|last| {
        last.len() > 2 && last.starts_with('{') && last.ends_with('}') && !last[1..last.len() - 1].contains(['{', '}'])
    })
}

#[cfg(test)]
mod tests;
mod update;

pub(crate) use registry::ancestors;

use crate::paths::path_skeleton;
use claim::{Claim, disagreement, fill, is_copy_of, is_named_for, merge, pool, stem_of, written_alike};
use ids::{spell_out_words, unique_ids};
use registry::{
    absorb, added_note, base_of_defined_kinds, body_type, body_type_mut, canonicalize, check_clashes, common_ancestor,
    defined_by_page, entity_keys, fix_body, inherit_from_bases, link_aliases, missing_page_aliases,
};
use sets::{
    declared_navigation, declares_navigation_as, narrow_sets_to_their_type, open_properties_as_declared,
    read_casts_as_their_type, read_navigations_as_their_type, read_properties_as_their_type, read_sets_as_their_type,
};
use spelling::{
    keys_as_other_paths_write_them, literal_capitals, names_most_paths_give, parameter_votes, rename_path,
    respell_segments, votes_for,
};
use update::{bodies_as_their_examples_show, creates_require_what_their_type_marks, fit_update_bodies};

use std::collections::{BTreeMap, HashMap};

use crate::codes;
use crate::diagnostic::{Diagnostic, Severity};
use crate::extract::PageOutput;
use crate::http::Method;
use crate::model::{Api, Operation, Shape, TypeDef, TypeKind, TypeSource};
use crate::source::{FileId, SourceFile, Span};
use crate::types::{Primitive, TypeRef};

/// Names the emitter uses for its own components; doc types may not take them.
pub const RESERVED: &[&str] = &["ODataError", "ODataMainError", "ODataErrorDetail", "ODataInnerError"];

/// Merges the outputs of all pages (in file order) into the API model.
pub fn resolve(files: &[SourceFile], outputs: Vec<PageOutput>, diags: &mut Vec<Diagnostic>) -> Api {
    let mut registry: BTreeMap<String, TypeDef> = BTreeMap::new();
    let mut references = Vec::new();
    let mut kind_links = Vec::new();
    let mut operations = Vec::new();
    let mut server_counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut hints = Vec::new();
    let mut update_tables: Vec<crate::extract::UpdateTable> = Vec::new();
    let mut represented: Vec<(String, crate::extract::Shown)> = Vec::new();
    let mut derived: Vec<(String, String)> = Vec::new();
    let mut inherited_from: Vec<(String, String, Vec<String>)> = Vec::new();
    let mut prose_bases: Vec<(String, String)> = Vec::new();
    let mut shown: Vec<(String, Vec<crate::model::Property>)> = Vec::new();
    let mut inherited_members: Vec<(String, crate::model::Property)> = Vec::new();
    let mut keys: Vec<(String, crate::model::Property)> = Vec::new();
    let mut in_page_namespace: Vec<String> = Vec::new();
    let mut open_values: Vec<(String, String, String)> = Vec::new();
    let mut member_either = Vec::new();
    let mut either_shown = Vec::new();
    let mut represented_one: std::collections::HashSet<crate::model::Origin> = Default::default();
    let mut flags: Vec<String> = Vec::new();
    let mut deprecated_types: Vec<String> = Vec::new();
    let mut deprecated_paths: Vec<(Option<crate::http::Method>, String)> = Vec::new();
    // Pages whose type another page defines too and wins: a link to them still means it.
    let mut superseded: Vec<(crate::model::Origin, String)> = Vec::new();
    for out in outputs {
        in_page_namespace.extend(out.in_page_namespace);
        open_values.extend(out.open_values);
        member_either.extend(out.member_either);
        either_shown.extend(out.either_shown);
        flags.extend(out.flags);
        deprecated_types.extend(out.deprecated_types);
        deprecated_paths.extend(out.deprecated_paths);
        represented.extend(out.represented);
        represented_one.extend(out.represented_one);
        derived.extend(out.derived);
        inherited_from.extend(out.inherited_from);
        prose_bases.extend(out.prose_bases);
        shown.extend(out.shown);
        inherited_members.extend(out.inherited_members);
        keys.extend(out.keys);
        for t in out.types {
            let key = key(&t.name);
            if let Some(existing) = registry.get(&key)
                && t.source == TypeSource::Page
                && (existing.source == TypeSource::EnumList
                    || (existing.source == TypeSource::Page
                        && is_named_for(files, t.origin.file, &key)
                        && !is_named_for(files, existing.origin.file, &key)))
            {
                // The type's own page (a page named for it, or one page for one enum)
                // beats a page of many enums or a page named for something else
                // (`user.md` over `intune-shared-user.md`); the other page's
                // properties that it lacks are kept (Intune's `managedDevices` on `user`).
                let (ignored, mut own) = (registry.remove(&key).expect("present"), t);
                if ignored.source == TypeSource::Page {
                    superseded.push((ignored.origin, key.clone()));
                }
                let added = absorb(&mut own, ignored.kind);
                diags.push(Diagnostic::warning(
                    codes::DUPLICATE_TYPE,
                    ignored.origin.file,
                    at(ignored.origin.offset),
                    format!(
                        "type `{}` is also defined at {}, its own page, which wins{}",
                        ignored.name,
                        locate(files, own.origin),
                        added_note(added, &own.kind)
                    ),
                ));
                registry.insert(key, own);
                continue;
            }
            if let Some(existing) = registry.get_mut(&key) {
                if t.source == TypeSource::Page {
                    superseded.push((t.origin, key.clone()));
                }
                // One enum's values listed alike on each page that uses it (`### protectionRuleStatus
                // values` on every rule kind's page) is the dialect, not a disagreement.
                if same_enum(&existing.kind, &t.kind) {
                    continue;
                }
                let location = locate(files, existing.origin);
                let added = absorb(existing, t.kind);
                diags.push(Diagnostic::warning(
                    codes::DUPLICATE_TYPE,
                    t.origin.file,
                    at(t.origin.offset),
                    format!(
                        "type `{}` is already defined at {location}, which wins{}",
                        t.name,
                        added_note(added, &existing.kind)
                    ),
                ));
                continue;
            }
            registry.insert(key, t);
        }
        hints.extend(out.hints);
        update_tables.extend(out.update_tables);
        references.extend(out.references);
        kind_links.extend(out.kind_links);
        operations.extend(out.operations);
        for s in out.servers {
            *server_counts.entry(s).or_default() += 1;
        }
    }
    // A request-body table's type named without its namespace (`externalGroup`)
    // is the one namespaced type of that name (`externalConnectors.externalGroup`).
    let mut by_short_name: HashMap<String, Option<String>> = HashMap::new();
    for t in registry.values().filter(|t| t.source == TypeSource::Page) {
        if let Some((_, short)) = t.name.rsplit_once('.') {
            let slot = by_short_name.entry(key(short)).or_insert_with(|| Some(t.name.clone()));
            if slot.as_deref() != Some(t.name.as_str()) {
                *slot = None;
            }
        }
    }
    let mut unqualified: HashMap<String, String> = HashMap::new();
    // An enum page's own values, before rows extend them.
    let mut page_values: HashMap<String, Vec<crate::model::EnumMember>> = HashMap::new();
    // The pages whose request tables named each unqualified type.
    let mut unqualified_on: Vec<(FileId, String)> = Vec::new();
    // Members request tables send that their type's page does not list: (type key, member, table).
    let mut candidates: Vec<Candidate> = Vec::new();
    for hint in hints {
        let key = key(&hint.name);
        // A resource page older than its api pages (Intune's
        // `androidManagedStoreAccountEnterpriseSettings` without the `companyCodes` that its
        // update table and get example show): candidates, decided below by a response example.
        if hint.source == TypeSource::RequestTable && registry.get(&key).is_some_and(|t| t.source == TypeSource::Page) {
            candidates.extend(members_beyond_the_page(&registry, &key, hint));
            continue;
        }
        match registry.get_mut(&key) {
            None if hint.source == TypeSource::RequestTable
                && let Some(Some(full)) = by_short_name.get(&key) =>
            {
                unqualified_on.push((hint.origin.file, key.clone()));
                unqualified.insert(key, full.clone());
                // A table naming a namespaced type by its short name (`auditLogQuery` for
                // `security.auditLogQuery`): its members beyond the page too.
                let table = TypeDef { name: full.clone(), ..hint };
                candidates.extend(members_beyond_the_page(&registry, &self::key(full), table));
            }
            None => {
                registry.insert(key, hint);
            }
            Some(existing) if existing.source > hint.source => *existing = hint,
            // Several places listing one enum's values ("`direct`, `group`" on one page,
            // "`direct`, `group`, `unknownFutureValue`" on another, an api page's `### x values`
            // beside a row's longer list): all of them.
            Some(existing)
                if existing.source == TypeSource::PossibleValues && hint.source == TypeSource::PossibleValues =>
            {
                if let (TypeKind::Enum { members }, TypeKind::Enum { members: more }) = (&mut existing.kind, hint.kind)
                {
                    add_members(members, more);
                }
            }
            // An enum's page lists fewer values than a row typed with it (`public`, `private` on
            // communityPrivacy's page; "`public`, `private`, `unknownFutureValue`" on community's):
            // the page's values, then the others. Only a longer list of names: one lacking a
            // value of the page's (another enum's list, a typo) or listing numbers adds nothing.
            Some(existing)
                if matches!(existing.source, TypeSource::Page | TypeSource::EnumList)
                    && hint.source == TypeSource::PossibleValues
                    && matches!(existing.kind, TypeKind::Enum { .. }) =>
            {
                if let (TypeKind::Enum { members }, TypeKind::Enum { members: more }) = (&mut existing.kind, hint.kind)
                {
                    // Each row against the page's own values, whatever rows came before it.
                    let own = page_values.entry(key).or_insert_with(|| members.clone());
                    if extends(own, &more) {
                        add_members(members, more);
                    }
                }
            }
            Some(existing)
                if existing.source == TypeSource::RequestTable && hint.source == TypeSource::RequestTable =>
            {
                if let (TypeKind::Object { properties, .. }, TypeKind::Object { properties: more, .. }) =
                    (&mut existing.kind, hint.kind)
                {
                    for p in more {
                        match properties.iter_mut().find(|q| q.name == p.name) {
                            // The create page's row beside the update page's "This property is
                            // read-only." (Intune's `mobileAppCategory`): it is.
                            Some(q) => q.read_only |= p.read_only,
                            None => properties.push(p),
                        }
                    }
                }
            }
            Some(_) => {}
        }
    }
    // A link's text is not always the type's name (`[tab](../resources/teamstab.md)`).
    let api_pages: std::collections::HashSet<FileId> = operations.iter().map(|o| o.operation.origin.file).collect();
    let missing = missing_page_aliases(files, &registry, &mut references, &api_pages);
    let mut aliases = link_aliases(files, &registry, &superseded, &references, &kind_links, &api_pages);
    for (file, map) in missing {
        aliases.entry(file).or_default().extend(map);
    }
    // A namespaced name no page defines whose page, by the docs' file naming, is among the
    // inputs defining the name in another namespace (`security.huntingQueryResults` beside
    // `security-huntingqueryresults.md`, whose namespace line says `microsoft.graph`): that type.
    let by_stem: HashMap<String, &str> = registry
        .values()
        .filter(|t| t.source == TypeSource::Page)
        .filter_map(|t| Some((stem_of(files, t.origin.file)?, t.name.as_str())))
        .collect();
    for r in &references {
        let k = key(&r.name);
        let Some((_, short)) = r.name.rsplit_once('.') else { continue };
        if registry.contains_key(&k) || aliases.get(&r.origin.file).is_some_and(|m| m.contains_key(&k)) {
            continue;
        }
        let Some(&defined) = by_stem.get(&own_stem(&k)) else { continue };
        if defined.rsplit('.').next().is_some_and(|d| d.eq_ignore_ascii_case(short)) {
            aliases.entry(r.origin.file).or_default().insert(k, defined.to_string());
        }
    }
    // A short name some link sends to another page (`[group](group.md)` beside
    // `termStore.group`) is another type there; it means the namespaced type only on
    // the pages whose request tables name it so and on the pages of its namespace.
    for r in &references {
        let (Some(target), k) = (&r.target, key(&r.name)) else { continue };
        let Some(full) = unqualified.get(&k) else { continue };
        if registry.get(&key(full)).and_then(|t| stem_of(files, t.origin.file)).as_ref() != Some(target) {
            let full = unqualified.remove(&k).expect("present");
            let ns = full.rsplit_once('.').map(|(ns, _)| ns).unwrap_or_default();
            let in_namespace = registry
                .values()
                .filter(|t| t.source == TypeSource::Page && t.name.rsplit_once('.').is_some_and(|(n, _)| n == ns))
                .map(|t| t.origin.file);
            let named_so = unqualified_on.iter().filter(|(_, named)| *named == k).map(|(file, _)| *file);
            for file in named_so.chain(in_namespace).collect::<Vec<_>>() {
                aliases.entry(file).or_default().insert(k.clone(), full.clone());
            }
        }
    }
    // A request table named by a link's text that the link sends to another page's type
    // (`[mcirosoft.graph.termstore.relation](../resources/termstore-relation.md)`): that type's
    // table, as if named so.
    let misnamed: Vec<(String, String)> = registry
        .iter()
        .filter(|(_, t)| t.source == TypeSource::RequestTable)
        .filter_map(|(k, t)| {
            let full = aliases.get(&t.origin.file)?.get(k)?;
            let page = registry.get(&key(full)).filter(|p| p.source == TypeSource::Page)?;
            (key(&page.name) != *k).then(|| (k.clone(), key(&page.name)))
        })
        .collect();
    for (table, page) in misnamed {
        if let Some(mut hint) = registry.remove(&table) {
            hint.name = registry[&page].name.clone();
            candidates.extend(members_beyond_the_page(&registry, &page, hint));
        }
    }
    for po in &mut operations {
        if let Some(map) = aliases.get(&po.operation.origin.file) {
            for p in &mut po.operation.parameters {
                canonicalize(&mut p.ty, map);
            }
            let op = &mut po.operation;
            for b in op.request_body.iter_mut().chain(op.responses.iter_mut().filter_map(|r| r.body.as_mut())) {
                fix_body(b, map);
            }
        }
    }
    // An update's table, about the entity it answers with, or that a `GET` on its path reads:
    // candidates only where a page defines that entity (its name may be a link's text that
    // resolution reads as another type).
    let read: HashMap<String, String> = operations
        .iter()
        .map(|po| &po.operation)
        .filter(|o| o.method == crate::http::Method::Get)
        .filter_map(|o| match &o.responses.first()?.body.as_ref()?.shape {
            Shape::Type(TypeRef::Named(n)) => Some((path_skeleton(&o.path), n.clone())),
            _ => None,
        })
        .collect();
    for crate::extract::UpdateTable { mut table, answered, paths } in update_tables {
        if !answered {
            let Some(entity) = paths.iter().find_map(|p| read.get(&path_skeleton(p))) else { continue };
            table.name = entity.clone();
        }
        candidates.extend(members_beyond_the_page(&registry, &key(&table.name), table));
    }
    // A row a derived kind's page says it inherits from an ancestor whose (older) page lacks it;
    // kept aside where no page defines the ancestor, for its placeholder (below).
    let (inherited_members, missing_ancestors_rows): (Vec<_>, Vec<_>) =
        inherited_members.into_iter().partition(|(ancestor, _)| registry.contains_key(&key(ancestor)));
    let mut rows_of_missing = rows_by_ancestor(missing_ancestors_rows, files);
    candidates.extend(
        inherited_members
            .into_iter()
            .filter(|(ancestor, _)| registry.get(&key(ancestor)).is_some_and(|t| t.source == TypeSource::Page))
            .map(|(ancestor, property)| Candidate {
                key: key(&ancestor),
                origin: property.origin,
                property,
                said_by: SaidBy::InheritedRow,
            }),
    );
    // A key a page's annotation names that its table lacks; not where the type's page names no
    // base and a base's page lists the type among its derived types and declares the key
    // (educationFeedbackOutcome under educationOutcome): that base becomes the type's below, and
    // the type inherits the key.
    let listed_base_declares = |owner: &str, name: &str| {
        matches!(registry.get(&key(owner)).map(|t| &t.kind), Some(TypeKind::Object { base: None, .. }))
            && derived.iter().filter(|(d, _)| key(d) == key(owner)).any(|(_, base)| {
                registry::properties(&registry, base).iter().any(|q| q.name.eq_ignore_ascii_case(name))
            })
    };
    let mut keys: Vec<_> = keys.into_iter().filter(|(owner, p)| !listed_base_declares(owner, &p.name)).collect();
    // Bases before their kinds: a key added to a base is inherited, not the kind's to add and warn of.
    // (Also the base a base's page lists a kind under, where its page names none: it becomes its
    // base below.)
    let depth = |owner: &str| {
        let chain = ancestors(&registry, owner);
        let listed = chain.last().and_then(|top| derived.iter().find(|(d, _)| key(d) == key(top))).map(|(_, b)| b);
        let above = listed.filter(|b| !chain.iter().any(|c| key(c) == key(b)));
        chain.len() + above.map_or(0, |b| ancestors(&registry, b).len())
    };
    keys.sort_by_cached_key(|(owner, _)| depth(owner));
    candidates.extend(keys.into_iter().map(|(owner, property)| Candidate {
        key: key(&owner),
        origin: property.origin,
        property,
        said_by: SaidBy::KeyProperty,
    }));
    // Each member through the links of the page that wrote it: a type's own page, or
    // another page defining the type too, whose members it lacked were kept.
    for t in registry.values_mut() {
        let TypeKind::Object { properties, base } = &mut t.kind else { continue };
        let own = aliases.get(&t.origin.file);
        // The base too ("Inherits from [crossTenantAccessPolicyB2BSettings](…b2bsetting.md)").
        if let (Some(b), Some(map)) = (base.as_mut(), own)
            && let Some(c) = map.get(&key(b))
        {
            *b = c.clone();
        }
        for p in properties {
            let writer = if p.origin.file == t.origin.file { own } else { aliases.get(&p.origin.file).or(own) };
            if let Some(map) = writer {
                canonicalize(&mut p.ty, map);
            }
        }
    }
    // A type without a page is an open object, unless the examples and the JSON
    // representations only ever show strings for it: then it is a string (an enum
    // whose page is missing).
    let with_examples: Vec<(&Operation, crate::evidence::MoreExamples<'_>)> = operations
        .iter()
        .map(|o| {
            (&o.operation, crate::evidence::MoreExamples { answers: &o.more_examples, requests: &o.more_requests })
        })
        .collect();
    let mut evidence = crate::evidence::examples_show(&registry, &with_examples);
    let mut seen = std::mem::take(&mut evidence.undefined);
    // Enums an example shows as members joined by commas are flags, as a page may say.
    flags.extend(std::mem::take(&mut evidence.joined));
    // An enum only a row's "Possible values" define, which the examples only ever show as objects
    // (`verifiedIdUsageConfiguration`: its row lists the values of a member of it): an object.
    // And a resource page's JSON representation writing an object for a member of such a type,
    // whose "possible values" are each named as a kind of it (`allDeviceRegistrationMembership`,
    // `enumeratedDeviceRegistrationMembership` for `"allowedToJoin": {"@odata.type":
    // "microsoft.graph.deviceRegistrationMembership"}`): its derived types, not values.
    // Representations write enums as such objects too (`volumeType`), so the names decide.
    for (name, shown) in &represented {
        let is_string = *shown == crate::extract::Shown::String;
        let k = key(name);
        let short = k.rsplit('.').next().unwrap_or(&k).to_string();
        let kinds_named = |t: &TypeDef| match &t.kind {
            TypeKind::Enum { members } => {
                !members.is_empty()
                    && members.iter().all(|m| {
                        let lower = m.name.to_ascii_lowercase();
                        lower.len() > short.len() && lower.ends_with(&short)
                    })
            }
            _ => false,
        };
        if !is_string && registry.get(&k).is_some_and(|t| t.source == TypeSource::PossibleValues && kinds_named(t)) {
            evidence.listed.entry(k).or_default().others += 1;
        }
    }
    for (k, shown) in std::mem::take(&mut evidence.listed) {
        if shown.others == 0 || shown.strings > 0 {
            continue;
        }
        let Some(t) = registry.get_mut(&k) else { continue };
        diags.push(
            Diagnostic::warning(
                codes::EXAMPLE_TYPE_MISMATCH,
                t.origin.file,
                at(t.origin.offset),
                format!(
                    "`{}` is defined only by a row's possible values, but the examples show objects for it; emitted as an open object",
                    t.name
                ),
            )
            .with_help("link the type to its resource page, or add the page to the inputs"),
        );
        t.kind = TypeKind::Object { base: None, properties: Vec::new() };
        t.source = TypeSource::Placeholder;
    }
    // Not a member its type page's own representation shows as one object where only request
    // examples show arrays: an api page's slip (beta's permission add sending `"grantedTo": [{…}]`);
    // a response's is what the service sends (v1.0's `application.addIns`, `[]`).
    let lists: HashMap<crate::model::Origin, usize> = evidence
        .lists()
        .filter(|(origin, _, answered)| *answered || !represented_one.contains(origin))
        .map(|(origin, arrays, _)| (origin, arrays))
        .collect();
    let mut shown_as_lists = std::collections::BTreeSet::new();
    members_shown_as_lists(&mut registry, &lists, &mut shown_as_lists, diags);
    members_as_the_examples_spell(&mut registry, &evidence, diags);
    // The members each type's own JSON representation shows, added with the representation's below.
    let represented_members: std::collections::HashSet<(String, String)> =
        shown.iter().flat_map(|(name, members)| members.iter().map(move |p| (key(name), key(&p.name)))).collect();
    members_other_pages_list(&mut registry, candidates, &represented_members, &evidence, &derived, diags);
    etags_shown(&mut registry, &evidence);
    // And what resource pages' JSON representations show. A type linked to a page of
    // its own name that a representation writes `"String"` may be a resource type
    // written carelessly (`"lastLoginResult": "String"` for a `cloudPcLoginResult`) or
    // an enum with a page of its own (newer docs): no evidence either way, and its
    // placeholder takes any JSON value (unless an example shows it).
    let own_page: std::collections::HashSet<String> = references
        .iter()
        .filter(|r| {
            let short = r.name.rsplit('.').next().unwrap_or(&r.name).to_ascii_lowercase();
            r.target.as_deref() == Some(short.as_str())
        })
        .map(|r| key(&r.name))
        .collect();
    let mut enum_or_object: std::collections::HashSet<String> = std::collections::HashSet::new();
    // Representations write enums as `{"@odata.type": "microsoft.graph.x"}` too: such an object
    // counts only where nothing shows a string (examples answering `"completed"` for an
    // `archivedPrintJob`'s `printJobProcessingState` are a string).
    let mut own_type_objects = Vec::new();
    for (name, shown) in represented {
        let k = key(&name);
        if registry.contains_key(&k) {
            continue;
        }
        match shown {
            crate::extract::Shown::String if own_page.contains(&k) => {
                enum_or_object.insert(k);
            }
            crate::extract::Shown::String => seen.entry(k).or_default().strings += 1,
            crate::extract::Shown::Object => seen.entry(k).or_default().others += 1,
            crate::extract::Shown::OwnType => own_type_objects.push(k),
        }
    }
    for k in own_type_objects {
        let s = seen.entry(k).or_default();
        if s.strings == 0 {
            s.others += 1;
        }
    }
    // A type a page links whose page is missing and only a request table describes (`acronym`
    // on its update page): said once, where the first link is.
    // By key, where the warning stands (a namespaced placeholder taking the type drops it, below).
    // (With the page among the inputs the link goes to, where it is.)
    let mut table_only: HashMap<String, (usize, Option<String>)> = HashMap::new();
    // The pages among the inputs, by their file stems.
    let input_stems: std::collections::HashSet<String> =
        files.iter().filter_map(|f| crate::extract::page_stem(f.name())).collect();
    for r in references.iter().filter(|r| r.linked && r.target.is_some()) {
        let key = key(&r.name);
        let Some(t) = registry.get(&key).filter(|t| t.source == TypeSource::RequestTable) else { continue };
        if aliases.get(&r.origin.file).is_some_and(|m| m.contains_key(&key)) || table_only.contains_key(&key) {
            continue;
        }
        let linked_page = r.target.as_deref().filter(|t| input_stems.contains(*t));
        table_only.insert(key, (diags.len(), linked_page.map(str::to_string)));
        diags.push(table_members_warning(&t.name, linked_page, r.origin.file, at(r.origin.offset)));
    }
    let spelling = placeholder_spellings(&references);
    // Warnings for links to a missing page, by the placeholder's key: one a request table
    // fills under its short name (below) says so instead.
    let mut open_object_said: HashMap<String, usize> = HashMap::new();
    let placeholder_for = |r: &crate::extract::Reference, key: &str| {
        !unqualified.contains_key(key)
            && crate::extract::is_type_name(&r.name)
            && !aliases.get(&r.origin.file).is_some_and(|m| m.contains_key(key))
    };
    // Said where a page links the type, where one does (not at an unlinked mention an example
    // or a representation made first, as "unknown").
    let linked_somewhere: std::collections::HashSet<String> = references
        .iter()
        .filter(|r| r.linked)
        .map(|r| (r, key(&r.name)))
        .filter(|(r, k)| placeholder_for(r, k))
        .map(|(_, k)| k)
        .collect();
    // A link read as another name that nothing else writes (`[challengingWords](challengingword.md)`
    // → `challengingWord`, its page missing): said missing, and emitted, under that name.
    let written: std::collections::HashSet<String> = references.iter().map(|r| key(&r.name)).collect();
    let aliased: Vec<crate::extract::Reference> = references
        .iter()
        .filter_map(|r| {
            let meant = aliases.get(&r.origin.file)?.get(&key(&r.name))?;
            let k = key(meant);
            (!registry.contains_key(&k) && !written.contains(&k))
                .then(|| crate::extract::Reference { name: meant.clone(), ..r.clone() })
        })
        .collect();
    // Said first where a link goes to the type's own page (`[teamsAppPermissionSet](teamsapppermissionset.md)`),
    // where another link of the name goes to some other page (`teamsappdefinition.md`).
    // (Each reference's link to its own page, `Some(true)`, or to another, `Some(false)`, read once.)
    let to_own: Vec<Option<bool>> =
        references.iter().map(|r| r.target.as_ref().map(|t| *t == own_stem(&r.name))).collect();
    let elsewhere: std::collections::HashSet<String> =
        references.iter().zip(&to_own).filter(|(_, own)| **own == Some(false)).map(|(r, _)| key(&r.name)).collect();
    let first: Vec<bool> = references
        .iter()
        .zip(&to_own)
        .map(|(r, own)| *own == Some(true) && !elsewhere.is_empty() && elsewhere.contains(&key(&r.name)))
        .collect();
    let ordered =
        references.iter().zip(&first).filter(|(_, f)| **f).chain(references.iter().zip(&first).filter(|(_, f)| !**f));
    for r in ordered.map(|(r, _)| r).chain(&aliased) {
        let key = key(&r.name);
        if registry.contains_key(&key) || !placeholder_for(r, &key) || (!r.linked && linked_somewhere.contains(&key)) {
            continue;
        }
        let as_string = seen.get(&key).is_some_and(crate::evidence::Seen::is_string);
        // A base of another type is an object.
        let a_base = || {
            registry.values().any(|t| matches!(&t.kind, TypeKind::Object { base: Some(b), .. } if self::key(b) == key))
        };
        let either = !as_string && !seen.contains_key(&key) && enum_or_object.contains(&key) && !a_base();
        // Graph's root type, whose one member is its key: its page adds nothing else.
        let root = key == ENTITY && !as_string && !either;
        // The rows its kinds' pages say they inherit from it (`deviceConfiguration`'s `displayName`).
        let rows = match as_string || either || root {
            true => Vec::new(),
            false => rows_of_missing.remove(&key).unwrap_or_default(),
        };
        let emitted = if root {
            "as Graph's root type it gives its one member, the key `id` (a read-only string)"
        } else if !rows.is_empty() {
            ROWS_EMITTED
        } else if as_string {
            "the examples or JSON representations show strings, so it is emitted as a string"
        } else if either {
            "a JSON representation shows a string for a type with a page of its own (an enum or an object), so it is emitted as any JSON value"
        } else if a_base() {
            // Inheritance is flattened: an empty base is a schema only where something names it.
            "as a base it adds no members; where a member or an operation names it, it is emitted as an open object"
        } else {
            "emitted as an open object"
        };
        // The page linked is among the inputs but defines no type by that name (`[NAV.PostalAddress]`
        // to a page of complex types under headings of their own, titled by none).
        let linked_page = r.target.as_deref().filter(|t| input_stems.contains(*t));
        let diag = if r.linked {
            let (missing, help) = match linked_page {
                Some(stem) => (
                    format!(" is linked to `{stem}.md`, which is among the inputs but defines no type by that name; "),
                    "title the linked page \"<typeName> resource type\" (one type per page), or link the page that defines the type",
                ),
                None => {
                    (LINKED_MISSING.to_string(), "add the type's resource page to the inputs to get its properties")
                }
            };
            Diagnostic::warning(
                codes::MISSING_TYPE_PAGE,
                r.origin.file,
                at(r.origin.offset),
                format!(
                    "type `{}`{missing}{emitted}{}",
                    r.name,
                    if as_string || either || root { "" } else { " with `@odata.type`" }
                ),
            )
            .with_help(help)
        } else {
            let near = Primitive::names()
                .find(|p| strsim::damerau_levenshtein(&p.to_ascii_lowercase(), &r.name.to_ascii_lowercase()) <= 2);
            let mut d = Diagnostic::warning(
                codes::UNKNOWN_TYPE,
                r.origin.file,
                at(r.origin.offset),
                format!("unknown type `{}`: not a primitive, not linked, and no page defines it; {emitted}", r.name),
            );
            match near {
                Some(p) => {
                    d.severity = Severity::Error;
                    d.with_help(format!("did you mean the primitive `{p}`?"))
                }
                None => d.with_help("link the type to its resource page, or add the page to the inputs"),
            }
        };
        if r.linked && !as_string && !either {
            open_object_said.insert(key.clone(), diags.len());
        }
        diags.push(diag);
        let name = spelling.get(&key).cloned().unwrap_or_else(|| r.name.clone());
        registry.insert(
            key,
            TypeDef {
                name,
                description: None,
                kind: if as_string {
                    TypeKind::Enum { members: Vec::new() }
                } else {
                    TypeKind::Object { base: None, properties: rows }
                },
                source: if either { TypeSource::AnyPlaceholder } else { TypeSource::Placeholder },
                origin: r.origin,
            },
        );
    }
    let to_root = enums_to_root(&mut registry, in_page_namespace);
    respell_namespaces(&mut registry);
    let mut merged = merge_unqualified(&mut registry, &references, files);
    // `security.ediscoveryCase` linked, its page missing, and a create's table listing
    // `ediscoveryCase`'s members: the placeholder took them, and one warning says so under the
    // name the contract has (not a second under the short name, which is no type of it).
    let mut dropped: Vec<usize> = Vec::new();
    for (k, at) in open_object_said {
        if let Some(t) = registry.get(&k).filter(|t| t.source == TypeSource::RequestTable) {
            let short: Vec<&(usize, Option<String>)> = merged
                .iter()
                .filter(|(_, full)| key(full) == k)
                .filter_map(|(short, _)| table_only.get(short))
                .collect();
            // The short name's link to a page among the inputs, said so still.
            let linked_page = short.iter().find_map(|(_, page)| page.as_deref());
            let said = &diags[at];
            diags[at] = table_members_warning(&t.name, linked_page, said.file, said.span);
            dropped.extend(short.iter().map(|(i, _)| *i));
        }
    }
    dropped.sort_unstable();
    dropped.dedup();
    for at in dropped.into_iter().rev() {
        diags.remove(at);
    }
    merged.extend(to_root);
    check_clashes(&registry, diags);

    // Canonical spelling of every named reference.
    let mut canonical: HashMap<String, String> = registry.iter().map(|(k, t)| (k.clone(), t.name.clone())).collect();
    // Request-table types named without their namespace, wherever they are named.
    for (k, full) in unqualified {
        canonical.entry(k).or_insert(full);
    }
    canonical.extend(merged);
    let fix = |t: &mut TypeRef| canonicalize(t, &canonical);
    // A derived type whose page names no base takes the one its base's page lists it under.
    for (name, base) in &derived {
        // Never a cycle (a list naming the base's own base).
        let cycle = ancestors(&registry, base).iter().any(|a| key(a) == key(name));
        // (A placeholder too, its page missing: it has its base's members, as the base's page says.)
        if let Some(TypeDef {
            kind: TypeKind::Object { base: own @ None, .. },
            source: TypeSource::Page | TypeSource::Placeholder,
            ..
        }) = registry.get_mut(&key(name))
            && key(base) != key(name)
            && !cycle
        {
            *own = Some(base.clone());
        }
    }
    // The base a page lists every one of some kinds under ("Base type of [x], [y], and [z]."),
    // the kinds' own pages missing.
    let listed_base = |kinds: &[&str]| {
        let base_of = |k: &str| {
            let k = key(registry::unqualified(k));
            derived.iter().find(|(d, _)| key(registry::unqualified(d)) == k).map(|(_, b)| b)
        };
        let first = base_of(kinds.first()?)?;
        kinds.iter().all(|k| base_of(k) == Some(first)).then(|| first.clone())
    };
    bases_from_inherited_rows(&mut registry, inherited_from, &prose_bases);
    bases_from_prose(&mut registry, prose_bases);
    for t in registry.values_mut() {
        if let TypeKind::Object { base, properties } = &mut t.kind {
            for p in properties {
                fix(&mut p.ty);
            }
            if let Some(b) = base
                && let Some(c) = canonical.get(&key(b))
            {
                *b = c.clone();
            }
        }
    }
    // What a JSON representation shows that no type of the chain documents (a member the
    // table forgot); inherited members its base's page lists are not repeated.
    for (name, members) in shown {
        let documented: Vec<String> = ancestors(&registry, &name)
            .iter()
            .filter_map(|a| match registry.get(&key(a)).map(|t| &t.kind) {
                Some(TypeKind::Object { properties, .. }) => Some(properties.iter().map(|p| key(&p.name))),
                _ => None,
            })
            .flatten()
            .collect();
        let Some(TypeDef { kind: TypeKind::Object { properties, .. }, source: TypeSource::Page, .. }) =
            registry.get_mut(&key(&name))
        else {
            continue;
        };
        for mut p in members.into_iter().filter(|p| !documented.contains(&key(&p.name))) {
            fix(&mut p.ty);
            properties.push(p);
        }
    }
    let mut offered = OfferedKinds {
        either: member_either.into_iter().collect(),
        shown: either_shown.into_iter().collect(),
        aliases: &aliases,
        canonical: &canonical,
        warned: Default::default(),
    };
    members_typed_by_common_base(&mut registry, &mut offered, diags);
    inherit_from_bases(&mut registry);
    // Types read or written at a key's path (`PATCH …/deviceEnrollmentConfigurations/{id}`), and
    // what a `POST` creates (it answers `201 Created` with what it sends, or with an item of the set
    // it posts to; not an action's answer, `createSession`'s `workbookSessionInfo`): entities.
    fn one_named(b: Option<&crate::model::Body>) -> Option<&str> {
        match b.map(|b| &b.shape) {
            Some(Shape::Type(TypeRef::Named(n))) => Some(n.as_str()),
            _ => None,
        }
    }
    let created = |o: &Operation| {
        let sent = one_named(o.request_body.as_ref());
        o.method == Method::Post
            && o.responses.first().is_some_and(|r| {
                let answered = one_named(r.body.as_ref());
                r.status == 201
                    && answered.is_some_and(|a| sent == Some(a) || crate::extract::ends_in_set_of(&o.path, a))
            })
    };
    // And the items of a set a list reads where a request addresses one of them by key
    // (`GET /trustFramework/policies` beside `DELETE /trustFramework/policies/{id}`, whose reads at
    // the key answer XML), at the path's end or on the way (`…/insights/used/{id}/resource`).
    let item_sets: std::collections::HashSet<String> = operations
        .iter()
        .flat_map(|po| {
            let path = po.operation.path.as_str();
            path.match_indices('/').map(|(i, _)| &path[..i]).chain(std::iter::once(path)).filter(|p| ends_in_key(p))
        })
        .filter_map(|p| p.rsplit_once('/').map(|(set, _)| path_skeleton(set)))
        .collect();
    let listed = operations
        .iter()
        .map(|po| &po.operation)
        .filter(|o| o.method == Method::Get && item_sets.contains(&path_skeleton(&o.path)))
        .flat_map(|o| o.responses.iter().filter_map(|r| r.body.as_ref()))
        .filter_map(|b| match &b.shape {
            Shape::CollectionPage(TypeRef::Named(n)) => Some(n.clone()),
            _ => None,
        });
    let keyed: Vec<String> = operations
        .iter()
        .map(|po| &po.operation)
        .filter(|o| {
            (matches!(o.method, Method::Get | Method::Patch | Method::Put) && ends_in_key(&o.path)) || created(o)
        })
        .flat_map(|o| o.request_body.iter().chain(o.responses.iter().filter_map(|r| r.body.as_ref())))
        .filter(|b| matches!(b.shape, Shape::Type(_)))
        .filter_map(body_type)
        .chain(listed)
        .map(|n| canonical.get(&key(&n)).cloned().unwrap_or(n))
        .collect();
    entity_keys(&mut registry, &keyed);
    // `entity`'s page missing: its placeholder has the one member every entity inherits (given
    // after the rules above, which read a base's members: a derived page's own `id` row stays
    // as it is written).
    if let Some(TypeDef {
        kind: TypeKind::Object { properties, base: None },
        source: TypeSource::Placeholder,
        origin,
        ..
    }) = registry.get_mut(ENTITY)
        && properties.is_empty()
    {
        properties.push(entity_key(*origin));
        // A derived type's `id` only its JSON representation shows is that key, as entity's says.
        let derived: Vec<String> = registry
            .keys()
            .filter(|k| registry::ancestors(&registry, k).iter().skip(1).any(|b| b.eq_ignore_ascii_case(ENTITY)))
            .cloned()
            .collect();
        for k in derived {
            if let Some(TypeDef { kind: TypeKind::Object { properties, .. }, .. }) = registry.get_mut(&k)
                && let Some(id) = properties.iter_mut().find(|p| p.name == "id" && p.is_shown_only())
            {
                id.description = entity_key(id.origin).description;
            }
        }
    }
    let mut ops: Vec<Operation> = Vec::new();
    let mut explicit: Vec<bool> = Vec::new();
    let mut claims: Vec<Claim> = Vec::new();
    let mut pooled: Vec<(usize, Operation)> = Vec::new();
    // Path skeleton → its spelling: Graph's paths are case-insensitive, so
    // `/me/contactfolders` is `/me/contactFolders` (the camelCase spelling wins, else the one
    // whose parameter names most paths use at those places, else the first page's), and a key
    // in parentheses (`companies('{id}')`) the segment another page writes (`companies/{id}`).
    // (method, path) → index in `ops`.
    respell_segments(&mut operations, &registry);
    keys_as_other_paths_write_them(&mut operations);
    // Between spellings equally camelCase, the parameter names most paths give those places.
    let mut votes = parameter_votes(operations.iter().map(|po| po.operation.path.as_str()));
    votes.made_apart = spelling::made_apart(&operations);
    let mut spellings: HashMap<String, String> = HashMap::new();
    for po in &operations {
        let path = &po.operation.path;
        let spelling = spellings.entry(path_skeleton(path)).or_insert_with(|| path.clone());
        if (literal_capitals(path), votes_for(path, &votes)) > (literal_capitals(spelling), votes_for(spelling, &votes))
        {
            *spelling = path.clone();
        }
    }
    // Then a key keeps one name across paths: each place as most paths name it.
    for spelling in spellings.values_mut() {
        if let Some(renamed) = names_most_paths_give(spelling, &votes) {
            *spelling = renamed;
        }
    }
    // Unless it would be one Rust name with a query parameter of an operation on the path
    // (`/groups/{id}/acceptedSenders/$ref?$id=…`): then it is named for its set (`{group-id}`).
    let mut query_idents: HashMap<String, Vec<String>> = HashMap::new();
    for po in &operations {
        let query = po.operation.parameters.iter().filter(|p| p.location == crate::model::ParamLocation::Query);
        query_idents
            .entry(path_skeleton(&po.operation.path))
            .or_default()
            .extend(query.map(|p| crate::paths::ident_key(&p.name)));
    }
    for (skeleton, spelling) in &mut spellings {
        let Some(idents) = query_idents.get(skeleton) else { continue };
        *spelling = apart_from_query(spelling, idents);
    }
    let mut by_key: HashMap<(crate::http::Method, String), usize> = HashMap::new();
    for po in operations {
        let mut op = po.operation;
        for p in &mut op.parameters {
            fix(&mut p.ty);
            // A function argument names its type; only an enum's values type it (else a string).
            if let TypeRef::Named(n) = &p.ty
                && !matches!(registry.get(&key(n)).map(|t| &t.kind), Some(TypeKind::Enum { .. }))
            {
                p.ty = TypeRef::Primitive(Primitive::String);
            }
        }
        for b in op.request_body.iter_mut().chain(op.responses.iter_mut().filter_map(|r| r.body.as_mut())) {
            fix_body(b, &canonical);
        }
        // A name an api page writes, as the contract spells it (through the page's link aliases).
        let spelled = |name: String| {
            let mut t = TypeRef::Named(name);
            if let Some(map) = aliases.get(&op.origin.file) {
                canonicalize(&mut t, map);
            }
            canonicalize(&mut t, &canonical);
            t
        };
        // "a [x] or a [y]": their common base, else the type the navigation read is declared with
        // (`administrativeUnit.members`, `directoryObject`, for "a [user], [group], or [device]"
        // whose pages are not among the inputs). A kind no input defines (its page missing: "or an
        // [appleManagedIdentityProvider]") derives from something unknown: then the navigation's
        // declared type, else the base of the kinds that are defined (`identityProviderBase` over
        // the first kind, `socialIdentityProvider`; not `entity`), else the first kind.
        let common_base = |body: Option<&mut crate::model::Body>, either: Vec<String>| {
            let Some(stated) = body.and_then(body_type_mut) else { return };
            let mut kinds = vec![stated.clone()];
            kinds.extend(either.into_iter().filter_map(|o| match spelled(o) {
                TypeRef::Named(o) => Some(o),
                _ => None,
            }));
            let kinds: Vec<&str> = kinds.iter().map(String::as_str).collect();
            let navigation = || declared_navigation(&registry, &op.path);
            // The kind the line's set holds ("a [virtualEventWebinar] or [virtualEventTownhall]" over
            // `…/webinars/{id}` and `…/townhalls/{id}`): each line's own.
            if let Some(held) = sets::kind_the_set_holds(&registry, &op.path, &kinds, navigation()) {
                *stated = held;
                return;
            }
            let base = if kinds.iter().all(|k| defined_by_page(&registry, k)) {
                let common = |first: &str, rest: &[&str]| {
                    rest.iter().try_fold(first.to_string(), |b, o| common_ancestor(&registry, &b, o))
                };
                kinds.split_first().and_then(|(first, rest)| common(first, rest)).or_else(navigation)
            } else {
                navigation().or_else(|| base_of_defined_kinds(&registry, &kinds)).or_else(|| listed_base(&kinds))
            };
            if let Some(base) = base {
                *stated = base;
            }
        };
        if !po.body_either.is_empty() {
            common_base(op.request_body.as_mut(), po.body_either);
        }
        // "a JSON representation of **customerPayments** object" over the members an example
        // shows: the type a page defines by that name.
        // Not a reference's `{"@odata.id": …}`, nor an example whose members are mostly not the type's
        // (an action's parameters beside the object they act on).
        if let Some(named) = po.body_named_in_bold
            && !op.path.ends_with("/$ref")
            && let Some(t) = page_type_named(&registry, &named)
            && let Some(body) = op.request_body.as_mut().filter(|b| {
                matches!(b.shape, Shape::Object(_)) || b.shape == Shape::Type(TypeRef::Primitive(Primitive::Json))
            })
        {
            let own = registry::properties(&registry, &t.name);
            let fits = match &body.example {
                None => true,
                Some(serde_json::Value::Object(members)) => {
                    let members: Vec<&String> = members.keys().filter(|m| !m.starts_with('@')).collect();
                    let known = members.iter().filter(|m| own.iter().any(|p| p.name == ***m)).count();
                    2 * known >= members.len() && known > 0
                }
                Some(_) => false,
            };
            if fits {
                body.become_named(t.name.clone());
            }
        }
        for r in &mut op.responses {
            let either = std::mem::take(&mut r.either);
            if !either.is_empty() {
                common_base(r.body.as_mut(), either);
            }
            // "an **accounts** object" over an untyped example: the type a page defines by that name.
            if let Some(named) = r.named_in_bold.take()
                && let Some(body) = r.body.as_mut()
                // As written, else its singular (`**customers**` for the `customer` a page defines,
                // `**currencies**` for `currency`, `**unitsOfMeasure**` for `unitOfMeasure`).
                && let Some(t) = page_type_named(&registry, &named.name)
            {
                if body.shape == Shape::Type(TypeRef::Primitive(Primitive::Json)) {
                    body.shape = Shape::Type(TypeRef::Named(t.name.clone()));
                } else if let Some(annotated) = body_type_mut(body)
                    && !named.members.is_empty()
                    && !ancestors(&registry, &t.name).iter().any(|a| a.eq_ignore_ascii_case(annotated))
                    && !ancestors(&registry, annotated).iter().any(|a| a.eq_ignore_ascii_case(&t.name))
                {
                    // An annotation copied from another page ("a JSON collection of
                    // **recentNotebooks**" under `microsoft.graph.notebook`, items showing
                    // `lastAccessedTime` and `sourceService`): the bold name wins where the example's
                    // members are more of its properties, and at least half of them.
                    let fits = |t: &str| {
                        let own = registry::properties(&registry, t);
                        named.members.iter().filter(|m| own.iter().any(|p| p.name == **m)).count()
                    };
                    let n = fits(&t.name);
                    if n > fits(annotated) && 2 * n >= named.members.len() {
                        *annotated = t.name.clone();
                    }
                }
            }
            // A page of items whose example shows one object, not a page of them.
            let one_shown = r.body.as_ref().is_some_and(|b| {
                matches!(b.shape, Shape::CollectionPage(_))
                    && b.example.as_ref().and_then(|e| e.as_object()).is_some_and(|o| !o.contains_key("value"))
            });
            if let (Some(example), Some(stated)) = (r.example_type.take(), r.body.as_mut().and_then(body_type_mut)) {
                // (A root type the page's links would re-spell as a namespace's: as it is.)
                let shown = if example.rooted {
                    let mut t = TypeRef::Named(example.name);
                    canonicalize(&mut t, &canonical);
                    t
                } else {
                    spelled(example.name)
                };
                // How many of the example's members are the type's properties, its bases' included.
                let fits = |t: &str| {
                    let own = registry::properties(&registry, t);
                    example.members.iter().filter(|m| own.iter().any(|p| p.name == **m)).count()
                };
                // A base of the stated type is the more general answer; an unrelated type
                // replaces it unless the example's members are more of the stated type's
                // (an annotation copied from another page: `team` over a driveItem's body).
                let is_base = |shown: &str| ancestors(&registry, stated).iter().any(|a| a.eq_ignore_ascii_case(shown));
                // A type no page among the inputs defines has no members to weigh: only its
                // being the stated type's base speaks for it (`team` over "a [channel] object").
                let defined = |t: &str| registry.get(&key(t)).is_some_and(|t| !t.source.is_placeholder());
                // The annotated type must account for the example: at least half its members, and
                // more of them than a stated type a page defines (a tie, such as an `id` alone, leaves
                // the prose's statement standing; `team`'s members under a `teamTemplate`
                // annotation are not its).
                let explains = |shown: &str| {
                    let (n, of_stated) = (fits(shown), fits(stated));
                    (n > of_stated || (n == of_stated && !defined(stated))) && 2 * n >= example.members.len()
                };
                // The path's last segment naming the stated type more than the annotated one
                // (`/teams/{id}/primaryChannel`, "a [channel] object", annotated `team`): the
                // annotation is the parent's, copied. Named by words in common, in either number
                // (`photo` for a `profilePhoto` as for a `photo`; `associatedTeams` more an
                // `associatedTeamInfo`'s than a `team`'s; `mailboxSettings` a `mailboxSettings`').
                let segment = last_segment_words(&op.path);
                let shares = |t: &str| {
                    let words = id_words(t.rsplit('.').next().unwrap_or(t));
                    words.iter().filter(|w| segment.contains(w)).count()
                };
                let stated_more = shares(stated);
                // The navigation the path reads is declared with the annotated type
                // (`organizationSettings.contactInsights`, an `insightsSettings`) where the prose
                // names a type no page defines ("a collection of [organizationContactInsights]").
                let declared_as = |shown: &str| !defined(stated) && declares_navigation_as(&registry, &op.path, shown);
                if let TypeRef::Named(shown) = shown
                    && registry.contains_key(&key(&shown))
                    && !ancestors(&registry, &shown).iter().any(|a| a.eq_ignore_ascii_case(stated))
                    && (is_base(&shown)
                        || (!example.stated_shown
                            && defined(&shown)
                            && explains(&shown)
                            && (shares(&shown) >= stated_more || declared_as(&shown))))
                {
                    // Declared one and its example one object, not a page of them: one.
                    let one = one_shown && declared_as(&shown);
                    *stated = shown;
                    if let Some(body) = r.body.as_mut().filter(|_| one)
                        && let Shape::CollectionPage(t) = &body.shape
                    {
                        body.shape = Shape::Type(t.clone());
                    }
                }
            }
        }
        // Paths that differ only in parameter names (or letter case) are one path
        // (OpenAPI forbids both `/groups/{Id}` and `/groups/{id}`).
        if let Some(spelling) = spellings.get(&path_skeleton(&op.path))
            && *spelling != op.path
        {
            rename_path(&mut op, spelling);
        }
        let derives = |word: &str, subject: &str| {
            registry.contains_key(word) && ancestors(&registry, word).iter().skip(1).any(|a| key(a) == subject)
        };
        let claim = Claim::of(files, &op, po.variant, &derives);
        match by_key.get(&(op.method, op.path.clone())) {
            Some(&i) => {
                // Every page documenting the request, whichever the merge keeps.
                let mut origins = vec![ops[i].origin, op.origin];
                origins.append(&mut ops[i].also);
                origins.append(&mut op.also);
                // `user-update.md` is the page for `PATCH /users/{id}`; `intune-shared-user-update.md`
                // a product's copy of it, whichever comes first.
                if claim < claims[i] || (claim == claims[i] && is_copy_of(files, ops[i].origin.file, op.origin.file)) {
                    std::mem::swap(&mut ops[i], &mut op);
                    explicit[i] = po.explicit_id;
                }
                if claim == claims[i] {
                    merge(&mut ops[i], op, claim, &registry, files, diags)
                } else {
                    // A page about something else that also shows this request
                    // (an extended property read with `$filter`): it adds
                    // parameters, never its types. Another page on the request
                    // itself adds its scopes and body members too.
                    let weaker = claim.max(claims[i]);
                    if weaker.is_about_request() {
                        // One answering an object, the other a page of them: another request
                        // written alike, whose options stay out (a page about something else
                        // showing the request keeps adding its `$filter`).
                        if written_alike(&ops[i], &mut op) {
                            diags.push(disagreement(&ops[i], &op, files));
                        }
                        pooled.push((i, op.clone()));
                    }
                    fill(&mut ops[i], op, weaker.is_about_request(), true);
                    claims[i] = claims[i].min(claim);
                }
                // (After the merge: it may keep the other page's operation.)
                also_documented_by(&mut ops[i], origins, files);
            }
            None => {
                by_key.insert((op.method, op.path.clone()), ops.len());
                ops.push(op);
                explicit.push(po.explicit_id);
                claims.push(claim);
            }
        }
    }
    // Another page on the request adds its scopes and body members once the page
    // that answers for it is known; a product's prefixed copy of that page
    // (`intune-shared-user-delete.md`) adds none: its template tables are no authority.
    for (i, other) in pooled {
        if !is_copy_of(files, other.origin.file, ops[i].origin.file) {
            pool(&mut ops[i], &other);
        }
    }
    let open_values = values_of_open_types(open_values, &registry, files);
    fit_update_bodies(&mut ops, &registry);
    creates_require_what_their_type_marks(&mut ops, &registry);
    bodies_as_their_examples_show(&mut ops, &registry);
    open_properties_as_declared(&mut ops, &registry, &open_values);
    body_members_typed_by_common_base(&mut ops, &registry, &mut offered, diags);
    navigations_read_as_lists(&ops, &mut registry, diags);
    read_navigations_as_their_type(&mut ops, &registry);
    read_properties_as_their_type(&mut ops, &registry);
    read_sets_as_their_type(&mut ops, &registry);
    narrow_sets_to_their_type(&mut ops, &registry);
    read_casts_as_their_type(&mut ops, &registry);
    wrap_enum_results(&mut ops, &registry);
    inline_members_shown_as_lists(&mut ops, &lists, &mut shown_as_lists, diags);
    // "The `/app` path is deprecated" on one page is said of the path: every page's requests under it.
    for op in &mut ops {
        op.deprecated |= deprecated_paths
            .iter()
            .any(|(m, path)| m.is_none_or(|m| m == op.method) && crate::extract::path_heads(&op.path, path));
    }
    // Last of the rules that change bodies.
    one_success_body(&mut ops);
    // The rows a named body's table lists that its type has (or was given above) are the type's;
    // only the others stay beside it.
    // Nor a kind's (a merged create of Intune's `mobileApp` kept with one kind's table: its rows
    // are that kind's, as `members_other_pages_list` leaves them).
    // (Each type's kinds, gathered once: by the lowercase name of each of their ancestors.)
    let mut kinds: HashMap<String, Vec<&TypeDef>> = HashMap::new();
    for d in registry.values() {
        for a in ancestors(&registry, &d.name).iter().skip(1) {
            kinds.entry(a.to_ascii_lowercase()).or_default().push(d);
        }
    }
    let kinds_of = |name: &str| kinds.get(&name.to_ascii_lowercase()).map(Vec::as_slice).unwrap_or_default();
    for op in ops.iter_mut() {
        let (titled, merged) = (&op.summary, !op.also.is_empty());
        let Some(body) = op.request_body.as_mut() else { continue };
        if let Shape::Type(TypeRef::Named(name)) = &body.shape {
            let own = registry::properties(&registry, name);
            // A table picking a few of the type's members to write (an update's one
            // `selfServiceSignUp`) says they are writable; one listing most of them (Intune's
            // generated tables, read-only members and all) is the type's copy, its marks no word;
            // unless it marks some rows read-only itself (a terms-of-use file's create: `isDefault`
            // "Read-only." beside `fileName` and `language`, which the type's page calls read-only).
            // (But the key the table leaves writable and every example sends: a create naming the
            // item it makes, beta's user configuration's `"id": "MyApp"`.)
            if claim::copies_its_type(body, &registry) {
                body.written.retain(|w| w == "id");
            }
            body.listed.retain(|r| !own.iter().any(|p| p.name.eq_ignore_ascii_case(&r.name)));
            if !body.listed.is_empty() {
                let its_kinds = kinds_of(name);
                let a_kind_s = |r: &crate::model::Property| {
                    its_kinds.iter().any(|k| match &k.kind {
                        TypeKind::Object { properties, .. } => {
                            properties.iter().any(|p| p.name.eq_ignore_ascii_case(&r.name))
                        }
                        TypeKind::Enum { .. } => false,
                    })
                };
                // Not where one page, the type's own, documents the operation ("Create
                // authenticationEventsFlow" listing `priority`, which the kind its example sends
                // declares): its table is the body's.
                if merged || !crate::extract::names_type(titled, name) {
                    body.listed.retain(|r| !a_kind_s(r));
                }
            }
        } else {
            body.listed.clear();
        }
    }
    spell_out_words(&mut ops, registry.values());
    unique_ids(&mut ops, &explicit, files, diags);
    ops.sort_by(|a, b| (a.path.as_str(), a.method).cmp(&(b.path.as_str(), b.method)));

    let mut servers: Vec<(String, usize)> = server_counts.into_iter().collect();
    servers.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let mut servers: Vec<String> = servers.into_iter().map(|(s, _)| s).collect();
    if servers.is_empty() {
        servers.push(format!("{}/v1.0", crate::paths::DEFAULT_HOST));
    }
    let flags = flags
        .iter()
        .filter_map(|f| registry.get(&key(f)))
        .filter(|t| matches!(t.kind, TypeKind::Enum { .. }))
        .map(|t| t.name.clone())
        .collect();
    let deprecated_types =
        deprecated_types.iter().filter_map(|d| registry.get(&key(d))).map(|t| t.name.clone()).collect();
    let mut types: BTreeMap<String, TypeDef> = registry.into_values().map(|t| (t.name.clone(), t)).collect();
    dangling::resolve_dangling(&mut ops, &mut types, diags);
    let dropped = dangling::drop_unused_placeholders(&ops, &mut types, &open_values);
    dangling::say_dropped(&dropped, diags);
    Api { operations: ops, types, servers, open_values, flags, deprecated_types, shown_as_lists }
}

/// Open types' value types: the type of the linked page, else of the link's name (a
/// placeholder where no page defines it); canonical names.
fn values_of_open_types(
    found: Vec<(String, String, String)>,
    registry: &BTreeMap<String, TypeDef>,
    files: &[SourceFile],
) -> BTreeMap<String, TypeRef> {
    let mut out = BTreeMap::new();
    for (ty, name, stem) in found {
        let Some(open) = registry.get(&key(&ty)) else { continue };
        if let Some(primitive) = crate::types::Primitive::lookup(&name).filter(|_| stem.is_empty()) {
            out.insert(open.name.clone(), TypeRef::Primitive(primitive));
            continue;
        }
        let by_page =
            registry.values().find(|t| t.source == TypeSource::Page && is_named_for(files, t.origin.file, &stem));
        let Some(value) = by_page.or_else(|| registry.get(&key(&name))) else { continue };
        // A placeholder (the values' page not among the inputs) stands in, as for a member.
        if value.name != open.name {
            out.insert(open.name.clone(), TypeRef::Named(value.name.clone()));
        }
    }
    out
}

/// progenitor takes one response type across an operation's successes: a success
/// whose body differs from the first's (pages merged, a rule applied to one line)
/// answers as the first does, without an example.
pub(super) fn one_success_body(ops: &mut [Operation]) {
    for op in ops {
        let mut successes = op.responses.iter_mut().filter(|r| (200..300).contains(&r.status));
        let Some(first) = successes.next() else { continue };
        let same = |b: Option<&crate::model::Body>| {
            b.map(|b| (&b.media_type, &b.shape)) == first.body.as_ref().map(|f| (&f.media_type, &f.shape))
        };
        for other in successes {
            if !same(other.body.as_ref()) {
                other.body = first.body.clone().map(|b| crate::model::Body { example: None, ..b });
            }
        }
    }
}

/// What a warning says of a linked type whose page is missing, after its name.
pub(super) const LINKED_MISSING: &str = " is linked but its page is not among the inputs; ";
/// What that warning says of a placeholder emitted as an open object, unless it is dropped as unused.
pub(super) const OPEN_OBJECT_EMITTED: &str = "emitted as an open object with `@odata.type`";
/// What it says of one holding the members its kinds' rows inherit (before "with `@odata.type`").
pub(super) const ROWS_EMITTED: &str =
    "it is emitted as an open object with the members its kinds' rows say they inherit from it";

/// Graph's root type's key (`microsoft.graph.entity`).
const ENTITY: &str = "entity";

/// The one member of Graph's root type, `entity`, whose page is not among the inputs: `id`,
/// the key every entity has (read-only, never null).
fn entity_key(origin: crate::model::Origin) -> crate::model::Property {
    crate::model::Property {
        name: "id".into(),
        ty: TypeRef::Primitive(Primitive::String),
        description: Some("The unique identifier (the key every entity inherits from `entity`).".into()),
        required: false,
        read_only: true,
        write_only: false,
        deprecated: false,
        nullable: false,
        origin,
    }
}

/// The words of a path's last literal segment, each in the singular (`primary`, `channel` for
/// `/teams/{id}/primaryChannel`; `channel` for `…/channels/{id}`); none for a call or a system segment.
fn last_segment_words(path: &str) -> Vec<String> {
    let segment = path.rsplit('/').find(|s| !s.is_empty() && !s.starts_with('{')).unwrap_or("");
    if !segment.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Vec::new();
    }
    id_words(segment)
}

/// An identifier's words in lowercase, each in the singular (`mailboxSettings` → `mailbox`, `setting`).
fn id_words(name: &str) -> Vec<String> {
    crate::extract::sanitize_id(name).split('_').filter(|w| !w.is_empty()).map(crate::extract::item_name).collect()
}

/// Registry key: type names are case-insensitive in the docs' links.
pub(super) fn key(name: &str) -> String {
    name.to_ascii_lowercase()
}

/// The file stem the docs give a type's own page (`security.contentInfo` → `security-contentinfo`).
pub(super) fn own_stem(name: &str) -> String {
    key(name).replace('.', "-")
}

/// A linked type whose page is missing, emitted with the members a request table lists; or
/// whose link goes to a page among the inputs (`linked_page`, its stem) that defines another
/// type ("the values for [governanceRuleSettings](governancerulesetting.md)" above the role
/// setting's rows).
fn table_members_warning(name: &str, linked_page: Option<&str>, file: FileId, span: Span) -> Diagnostic {
    const EMITTED: &str = "emitted with the members a request table lists";
    match linked_page {
        Some(stem) => Diagnostic::warning(
            codes::MISSING_TYPE_PAGE,
            file,
            span,
            format!("type `{name}` is linked to `{stem}.md`, which is among the inputs but defines no type by that name; {EMITTED}"),
        )
        .with_help("link the page that defines the type the table's rows are of, or name the type as that page does"),
        None => Diagnostic::warning(
            codes::MISSING_TYPE_PAGE,
            file,
            span,
            format!("type `{name}` is linked but its page is not among the inputs; {EMITTED}"),
        )
        .with_help("add the type's resource page to the inputs to get all its properties"),
    }
}

/// A type whose base has no page (a placeholder without a base of its own) while its
/// rows say they are "Inherited from [x]", a type defined further up (`managedMobileLobApp`:
/// "Inherits from [managedApp]", rows inherited from `mobileApp`): the base derives from
/// `x`, so the type is known to be a kind of `x` (operations several such pages document
/// answer their common base). Only an ancestor defining some member its rows name: a
/// row's link to a type that merely holds the type (`security.authority`'s `displayName`
/// "Inherited from [filePlanDescriptor]", whose page has an `authority` member and no
/// `displayName`) is no ancestry. Nor the base the page's prose names against its annotation,
/// or one of that base's own bases (`prose_bases`: "Inherits from [filePlanDescriptorTemplate]"
/// beside `baseType: …filePlanDescriptor`, no page): that base replaces the annotation's
/// ([`bases_from_prose`]), which stays a type of its own.
fn bases_from_inherited_rows(
    registry: &mut BTreeMap<String, TypeDef>,
    inherited_from: Vec<(String, String, Vec<String>)>,
    prose_bases: &[(String, String)],
) {
    // Not by `id` nor `@odata.type`, which nearly every chain has (through `entity`).
    let defines_some = |registry: &BTreeMap<String, TypeDef>, ancestor: &str, members: &[String]| {
        let telling = |m: &&String| !matches!(m.as_str(), "id" | "@odata.type");
        ancestors(registry, ancestor).iter().any(|a| match registry.get(&key(a)).map(|t| &t.kind) {
            Some(TypeKind::Object { properties, .. }) => {
                properties.iter().any(|p| members.iter().filter(telling).any(|m| m.eq_ignore_ascii_case(&p.name)))
            }
            _ => false,
        })
    };
    // Each type's candidates, in the order its rows name them.
    let mut by_type: Vec<(String, Vec<String>)> = Vec::new();
    let short = |n: &str| n.rsplit('.').next().unwrap_or(n).to_ascii_lowercase();
    for (name, ancestor, members) in inherited_from {
        // (or a type the prose's derives from: the rows say where each member comes from)
        let said_in_prose = prose_bases.iter().any(|(n, prose)| {
            key(n) == key(&name) && ancestors(registry, prose).iter().any(|a| short(a) == short(&ancestor))
        });
        if said_in_prose || !defines_some(registry, &ancestor, &members) {
            continue;
        }
        match by_type.iter_mut().find(|(n, _)| key(n) == key(&name)) {
            Some((_, list)) => list.push(ancestor),
            None => by_type.push((name, vec![ancestor])),
        }
    }
    for (name, candidates) in by_type {
        // The nearest: the one deriving from every other the rows name (`managedAppProtection`
        // before `managedAppPolicy`, whatever the rows' order); none where they are unrelated.
        let Some(ancestor) = candidates
            .iter()
            .find(|c| {
                let chain: Vec<String> = ancestors(registry, c).iter().map(|a| key(a)).collect();
                candidates.iter().all(|o| chain.contains(&key(o)))
            })
            .cloned()
        else {
            continue;
        };
        let Some(TypeKind::Object { base: Some(base), .. }) = registry.get(&key(&name)).map(|t| &t.kind) else {
            continue;
        };
        let base = key(base);
        // Not `entity`, the root of every entity; nor an ancestor only a request table describes
        // (a create page's `simulation`): a body, no place in the hierarchy.
        if base == "entity" || registry.get(&key(&ancestor)).is_some_and(|t| t.source == TypeSource::RequestTable) {
            continue;
        }
        // Not where the ancestor is the type or its base, or derives from either (no cycle).
        let chain = ancestors(registry, &ancestor);
        if !registry.contains_key(&key(&ancestor)) || chain.iter().any(|a| key(a) == base || key(a) == key(&name)) {
            continue;
        }
        if let Some(TypeDef {
            kind: TypeKind::Object { base: own @ None, .. }, source: TypeSource::Placeholder, ..
        }) = registry.get_mut(&base)
        {
            *own = Some(ancestor);
        }
    }
}

/// A member a table types as one object or value (`|addIns|[addIn](addin.md)|`,
/// `|topFillerWords|String|`) that every example showing it shows as an array (`"addIns": []`)
/// is a collection: a client expecting one would fail on each such response.
fn members_shown_as_lists(
    registry: &mut BTreeMap<String, TypeDef>,
    lists: &HashMap<crate::model::Origin, usize>,
    changed: &mut std::collections::BTreeSet<crate::model::Origin>,
    diags: &mut Vec<Diagnostic>,
) {
    if lists.is_empty() {
        return;
    }
    for t in registry.values_mut() {
        let TypeKind::Object { properties, .. } = &mut t.kind else { continue };
        if !properties.iter().any(|p| lists.contains_key(&p.origin)) {
            continue;
        }
        let owner = format!("`{}`", t.name);
        for p in properties.iter_mut() {
            diags.extend(member_shown_as_list(p, &owner, lists, changed));
        }
    }
}

/// A member a type's row types as one object while its words call it a collection, and that a
/// page reads as a page of them (`appManagementPolicy.appliesTo`, "Collection of applications and
/// service principals …" on a `[directoryObject]` cell, beside `GET /policies/appManagementPolicies/{id}/appliesTo`
/// answering a collection of `directoryObject`): a collection, in every type that holds the row.
/// Not on the words alone: rows call one object "a collection of properties" too.
fn navigations_read_as_lists(ops: &[Operation], registry: &mut BTreeMap<String, TypeDef>, diags: &mut Vec<Diagnostic>) {
    fn first_shape(o: &Operation) -> Option<&Shape> {
        o.responses.first().and_then(|r| r.body.as_ref()).map(|b| &b.shape)
    }
    let read: HashMap<&str, &str> = ops
        .iter()
        .filter(|o| o.method == Method::Get)
        .filter_map(|o| match first_shape(o) {
            Some(Shape::Type(TypeRef::Named(n))) => Some((o.path.as_str(), n.as_str())),
            _ => None,
        })
        .collect();
    let related = |a: &str, b: &str| {
        let of = |x: &str, y: &str| ancestors(registry, x).iter().any(|n| n.eq_ignore_ascii_case(y));
        of(a, b) || of(b, a)
    };
    let mut lists: Vec<(crate::model::Origin, String)> = Vec::new();
    for o in ops.iter().filter(|o| o.method == Method::Get) {
        let Some(Shape::CollectionPage(TypeRef::Named(item))) = first_shape(o) else { continue };
        let Some((parent, last)) = o.path.rsplit_once('/') else { continue };
        let Some(owner) = read.get(parent).filter(|_| parent.ends_with('}')) else { continue };
        let member = registry::properties(registry, owner).into_iter().find(|p| {
            p.name.eq_ignore_ascii_case(last)
                && matches!(&p.ty, TypeRef::Named(held) if related(held, item))
                && p.description.as_deref().is_some_and(|d| d.to_ascii_lowercase().contains("collection"))
        });
        if let Some(p) = member
            && !lists.iter().any(|(origin, _)| *origin == p.origin)
        {
            lists.push((p.origin, o.path.clone()));
        }
    }
    for (origin, path) in lists {
        let mut said = false;
        for t in registry.values_mut() {
            let TypeKind::Object { properties, .. } = &mut t.kind else { continue };
            for p in properties.iter_mut().filter(|p| p.origin == origin && matches!(p.ty, TypeRef::Named(_))) {
                let one = std::mem::replace(&mut p.ty, TypeRef::Primitive(Primitive::Json));
                if !said {
                    said = true;
                    diags.push(
                        Diagnostic::warning(
                            codes::EXAMPLE_TYPE_MISMATCH,
                            origin.file,
                            at(origin.offset),
                            format!(
                                "`{}` is typed as one `{}`, but its description says collection and `GET {path}` answers a collection; emitted as a collection",
                                p.name,
                                one.named().unwrap_or_default()
                            ),
                        )
                        .with_help("write the type as `<type> collection` if the property holds several"),
                    );
                }
                p.ty = TypeRef::Collection(Box::new(one));
            }
        }
    }
}

/// [`members_shown_as_lists`] for the members of inline bodies (a table of no type on an update
/// page) that are still inline once the rules giving bodies their types have run; one warning
/// for a member however many lines of its page share it.
fn inline_members_shown_as_lists(
    ops: &mut [Operation],
    lists: &HashMap<crate::model::Origin, usize>,
    changed: &mut std::collections::BTreeSet<crate::model::Origin>,
    diags: &mut Vec<Diagnostic>,
) {
    if lists.is_empty() {
        return;
    }
    let mut warned = std::collections::HashSet::new();
    for op in ops.iter_mut() {
        let bodies = op.request_body.iter_mut().chain(op.responses.iter_mut().filter_map(|r| r.body.as_mut()));
        for body in bodies {
            let Shape::Object(properties) = &mut body.shape else { continue };
            if !properties.iter().any(|p| lists.contains_key(&p.origin)) {
                continue;
            }
            let owner = format!("the body of `{} {}`", op.method.as_str().to_ascii_uppercase(), op.path);
            for p in properties.iter_mut() {
                if let Some(d) = member_shown_as_list(p, &owner, lists, changed)
                    && warned.insert(p.origin)
                {
                    diags.push(d);
                }
            }
        }
    }
}

/// [`members_shown_as_lists`] for one member of `owner`: the warning when it changes (its
/// origin then added to `changed`).
fn member_shown_as_list(
    p: &mut crate::model::Property,
    owner: &str,
    lists: &HashMap<crate::model::Origin, usize>,
    changed: &mut std::collections::BTreeSet<crate::model::Origin>,
) -> Option<Diagnostic> {
    // A value (`String`) only where two examples show it so: one example's array may be a slip
    // that the examples the walk does not see (a page's later ones, an update's) contradict.
    let needed = if matches!(p.ty, TypeRef::Primitive(_)) { 2 } else { 1 };
    // One object or value still, as the walk counted it: a rule run since the walk may have
    // made it a collection (an update's row given its entity's type).
    if !crate::evidence::holds_one(&p.ty) || lists.get(&p.origin).is_none_or(|&n| n < needed) {
        return None;
    }
    let one = std::mem::replace(&mut p.ty, TypeRef::Primitive(Primitive::Json));
    let warning = Some(
        Diagnostic::warning(
            codes::EXAMPLE_TYPE_MISMATCH,
            p.origin.file,
            at(p.origin.offset),
            format!(
                "`{}` of {owner} is typed as one `{}`, but the examples show it only as an array; emitted as a collection",
                p.name,
                match &one {
                    TypeRef::Primitive(prim) => format!("{prim:?}"),
                    other => other.named().unwrap_or_default().to_string(),
                }
            ),
        )
        .with_help("write the type as `<type> collection` if the property holds several"),
    );
    p.ty = TypeRef::Collection(Box::new(one));
    changed.insert(p.origin);
    warning
}

/// A member whose table spells it with other letter case than every example
/// (teamworkTagMember's `userID` beside `"userId"` on three pages) is emitted as
/// the examples spell it: JSON names are case-sensitive, and the examples show
/// what the service sends. Only towards Graph's lower camel case (`ID` → `id`, not
/// `word` → `Word`): the walk sees each operation's first example, and later ones
/// may spell it as the table does.
fn members_as_the_examples_spell(
    registry: &mut BTreeMap<String, TypeDef>,
    evidence: &crate::evidence::Evidence,
    diags: &mut Vec<Diagnostic>,
) {
    let respelled: HashMap<crate::model::Origin, (&str, usize)> =
        evidence.respellings().map(|(o, name, n)| (o, (name, n))).collect();
    if respelled.is_empty() {
        return;
    }
    for t in registry.values_mut() {
        let TypeKind::Object { properties, .. } = &mut t.kind else { continue };
        for i in 0..properties.len() {
            let Some(&(name, n)) = respelled.get(&properties[i].origin) else { continue };
            if !lower_camel(name) || lower_camel(&properties[i].name) || properties.iter().any(|p| p.name == name) {
                continue;
            }
            let p = &mut properties[i];
            diags.push(
                Diagnostic::warning(
                    codes::EXAMPLE_UNDOCUMENTED_PROPERTY,
                    p.origin.file,
                    at(p.origin.offset),
                    format!(
                        "`{}` of `{}` is spelled `{name}` in every example (on {n} pages); emitted as `{name}`",
                        p.name, t.name
                    ),
                )
                .with_help("spell the property in the table as the service sends it"),
            );
            p.name = name.to_string();
        }
    }
}

/// The members a request table about type `key` sends beyond its page's (bases included):
/// where a page defines the type and the table is about it (half its rows or more are the
/// type's), but for a row holding the type itself (`multiValueExtendedProperties`).
fn members_beyond_the_page(registry: &BTreeMap<String, TypeDef>, key: &str, table: TypeDef) -> Vec<Candidate> {
    let Some(page) = registry.get(key).filter(|t| t.source == TypeSource::Page) else { return Vec::new() };
    let TypeKind::Object { properties: more, .. } = table.kind else { return Vec::new() };
    let known: Vec<String> =
        registry::properties(registry, &table.name).iter().map(|p| p.name.to_ascii_lowercase()).collect();
    let is_known = |p: &crate::model::Property| known.contains(&p.name.to_ascii_lowercase());
    if 2 * more.iter().filter(|p| is_known(p)).count() < more.len() {
        return Vec::new();
    }
    let holds_itself = |p: &crate::model::Property| p.ty.named().is_some_and(|n| n.eq_ignore_ascii_case(&page.name));
    let said_by = |p: &crate::model::Property| match is_known(p) {
        // A member the type has, which the row marks "(deprecated)": the mark, for the type's.
        true if p.deprecated => Some(SaidBy::DeprecatedRow),
        true => None,
        false => (!holds_itself(p) && !p.name.starts_with('@')).then_some(SaidBy::RequestTable),
    };
    more.into_iter()
        .filter_map(|property| {
            let said_by = said_by(&property)?;
            Some(Candidate { key: key.to_string(), property, origin: table.origin, said_by })
        })
        .collect()
}

/// The `@odata.etag` a response example shows on an object of a type: a read-only member of the
/// type (its nearest base that the other etagged types share is not sought: each type shown so
/// has it), typed so a client can send it back in `If-Match` (Planner's updates and deletes).
fn etags_shown(registry: &mut BTreeMap<String, TypeDef>, evidence: &crate::evidence::Evidence) {
    const ETAG: &str = "@odata.etag";
    let mut keys: Vec<&String> = evidence.etagged.iter().collect();
    keys.sort();
    for k in keys {
        let has = |registry: &BTreeMap<String, TypeDef>| {
            registry.get(k).is_some_and(|t| registry::properties(registry, &t.name).iter().any(|p| p.name == ETAG))
        };
        if has(registry) {
            continue;
        }
        if let Some(TypeDef { kind: TypeKind::Object { properties, .. }, origin, .. }) = registry.get_mut(k) {
            properties.push(crate::model::Property {
                required: false,
                read_only: true,
                description: Some(crate::model::ETAG_SHOWN.into()),
                ..crate::model::Property::required(ETAG, TypeRef::Primitive(crate::types::Primitive::String), *origin)
            });
        }
    }
}

/// A member another page says a type has that the type's (older) page does not list.
struct Candidate {
    key: String,
    property: crate::model::Property,
    /// The table or row that says so.
    origin: crate::model::Origin,
    said_by: SaidBy,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum SaidBy {
    /// An api page's request table sends it.
    RequestTable,
    /// A derived kind's row says it is inherited from the type.
    InheritedRow,
    /// The type's page's annotation names it as the key (`keyProperty`).
    KeyProperty,
    /// An api page's request table marks a member the type has "(deprecated)".
    DeprecatedRow,
}

/// A member an api page's request table sends, or a derived kind's row says it inherits, that
/// the type's (older) page does not list is the type's where a response example shows it on
/// that type (the service sends it). A table's member is not where a kind derived from the
/// type declares it (`handler` on a create table linking `authenticationEventListener` is each
/// listener kind's own), nor a create's write-only parameter (`password`) or an action's (no
/// response shows them). A member the type's page shows in its JSON representation (`represented`:
/// type and member, lowercase) is added whatever the examples show, with the table's type and
/// words less its "Required.", and without a warning.
fn members_other_pages_list(
    registry: &mut BTreeMap<String, TypeDef>,
    candidates: Vec<Candidate>,
    represented: &std::collections::HashSet<(String, String)>,
    evidence: &crate::evidence::Evidence,
    derived: &[(String, String)],
    diags: &mut Vec<Diagnostic>,
) {
    // Said once per type and page, at the first table or row that says it.
    let mut added: BTreeMap<(String, FileId, SaidBy), (usize, Vec<String>)> = BTreeMap::new();
    // Members kinds' rows lifted without words (theirs spoke of the kind): another kind's fill them.
    let mut wordless: std::collections::HashSet<(String, String)> = Default::default();
    for Candidate { key, property: p, origin, said_by } in candidates {
        // A create's or update's row "onPremisesConnectionId (deprecated)" beside the type's
        // unmarked member: the member is deprecated (where the type itself declares it).
        if said_by == SaidBy::DeprecatedRow {
            if let Some(TypeDef { kind: TypeKind::Object { properties, .. }, .. }) = registry.get_mut(&key)
                && let Some(q) = properties.iter_mut().find(|q| q.name.eq_ignore_ascii_case(&p.name))
            {
                q.deprecated = true;
            }
            continue;
        }
        // A member the type's own page shows in its JSON representation is the page's (a create
        // table's `version`, "Required.", beside `"version": "String"` in the representation): the
        // table's type and words, without its "Required.", and no warning.
        let represented_here = matches!(said_by, SaidBy::RequestTable | SaidBy::InheritedRow)
            && represented.contains(&(key.clone(), self::key(&p.name)));
        let Some(t) = registry.get(&key) else { continue };
        // The key `id` of a type deriving from `entity`, whose page is not among the inputs: its
        // placeholder gives it (`entity_key`), and the type inherits it.
        if said_by == SaidBy::KeyProperty
            && p.name == "id"
            && !registry.contains_key(ENTITY)
            && ancestors(registry, &t.name).iter().any(|a| self::key(a) == ENTITY)
        {
            continue;
        }
        // The key every kind inherits, shown on a kind no input defines, is the type's too.
        // So is the key a response example shows on a kind derived from the type whose page lacks it
        // too (`inboundFileFlow`'s objects answering `inboundFlow`'s reads).
        let shown_on = |k: &str| evidence.shown_unlisted.get(k).is_some_and(|names| names.contains(&p.name));
        let shown = shown_on(&key)
            || (said_by == SaidBy::KeyProperty
                && (evidence.shown_by_unknown_kind.get(&key).is_some_and(|names| names.contains(&p.name))
                    || registry.iter().any(|(k, d)| {
                        *k != key
                            && shown_on(k)
                            && ancestors(registry, &d.name).iter().any(|a| a.eq_ignore_ascii_case(&t.name))
                    })));
        let declared = |t: &TypeDef| match &t.kind {
            TypeKind::Object { properties, .. } => properties.iter().any(|q| q.name.eq_ignore_ascii_case(&p.name)),
            _ => false,
        };
        let by_a_kind = said_by == SaidBy::RequestTable
            && registry.values().any(|d| {
                !d.name.eq_ignore_ascii_case(&t.name)
                    && declared(d)
                    && ancestors(registry, &d.name).iter().any(|a| a.eq_ignore_ascii_case(&t.name))
            });
        if (!shown && !represented_here) || by_a_kind {
            continue;
        }
        // A kind's words about a kind (a desk's "The ID of a parent section.") are not the base's.
        let mut p = p;
        if said_by == SaidBy::InheritedRow
            && let Some(d) = p.description.as_deref()
            && registry.values().any(|k| {
                !k.name.eq_ignore_ascii_case(&t.name)
                    && ancestors(registry, &k.name).iter().any(|a| a.eq_ignore_ascii_case(&t.name))
                    && crate::extract::names_type(d, &k.name)
            })
        {
            p.description = None;
        }
        // A key the base a base's page lists the type under has (its base from then on, below).
        let listed_base_has = || {
            said_by == SaidBy::KeyProperty
                && matches!(&t.kind, TypeKind::Object { base: None, .. })
                // (The one it takes below: the first listed that makes no cycle.)
                && derived
                    .iter()
                    .filter(|(d, _)| self::key(d) == key)
                    .find(|(_, b)| {
                        self::key(b) != key && !ancestors(registry, b).iter().any(|a| self::key(a) == key)
                    })
                    .is_some_and(|(_, b)| {
                        registry::properties(registry, b).iter().any(|q| q.name.eq_ignore_ascii_case(&p.name))
                    })
        };
        if listed_base_has()
            || registry::properties(registry, &t.name).iter().any(|q| q.name.eq_ignore_ascii_case(&p.name))
        {
            if said_by == SaidBy::InheritedRow
                && p.description.is_some()
                && wordless.remove(&(key.clone(), p.name.clone()))
                && let Some(TypeDef { kind: TypeKind::Object { properties, .. }, .. }) = registry.get_mut(&key)
                && let Some(q) = properties.iter_mut().find(|q| q.name == p.name)
            {
                q.description = p.description;
            }
            continue;
        }
        if said_by == SaidBy::InheritedRow && p.description.is_none() {
            wordless.insert((key.clone(), p.name.clone()));
        }
        if represented_here {
            p.description = p.description.as_deref().and_then(|d| {
                let kept: String = crate::extract::sentences(d)
                    .filter(|s| !s.trim().trim_end_matches('.').eq_ignore_ascii_case("required"))
                    .collect();
                let kept = kept.trim();
                (!kept.is_empty()).then(|| kept.to_string())
            });
            if let Some(TypeDef { kind: TypeKind::Object { properties, .. }, .. }) = registry.get_mut(&key) {
                properties.push(p);
            }
            continue;
        }
        let (offset, names) = added.entry((key.clone(), origin.file, said_by)).or_insert((origin.offset, Vec::new()));
        *offset = (*offset).min(origin.offset);
        names.push(format!("`{}`", p.name));
        if let Some(TypeDef { kind: TypeKind::Object { properties, .. }, .. }) = registry.get_mut(&key) {
            properties.push(p);
        }
    }
    for ((key, file, said_by), (offset, names)) in added {
        let name = registry.get(&key).map(|t| t.name.clone()).unwrap_or(key);
        let said = match said_by {
            SaidBy::RequestTable => "this request table sends",
            SaidBy::InheritedRow if names.len() > 1 => "these rows say they inherit",
            SaidBy::InheritedRow => "this row says it inherits",
            SaidBy::KeyProperty => "this page's annotation names the key",
            SaidBy::DeprecatedRow => continue,
        };
        diags.push(
            Diagnostic::warning(
                codes::DUPLICATE_TYPE,
                file,
                at(offset),
                format!(
                    "{said} {}, which `{name}`'s properties table does not list and a response example shows; added to the type",
                    names.join(", ")
                ),
            )
            .with_help("list the property on the type's page"),
        );
    }
}

/// `path` with each parameter that is one Rust name with one of the query parameters (`idents`,
/// as [`crate::paths::ident_key`] gives them) named for the set before it (`{id}` after `groups`
/// is `{group-id}`).
fn apart_from_query(path: &str, idents: &[String]) -> String {
    let segments: Vec<&str> = path.split('/').collect();
    segments
        .iter()
        .enumerate()
        .map(|(i, seg)| {
            let name = seg.strip_prefix('{').and_then(|s| s.strip_suffix('}'));
            match (name, i.checked_sub(1).map(|p| segments[p])) {
                (Some(name), Some(set))
                    if idents.contains(&crate::paths::ident_key(name)) && !set.is_empty() && !set.starts_with('{') =>
                {
                    let set = set.split('(').next().unwrap_or(set);
                    format!("{{{}-{name}}}", crate::extract::item_name(set))
                }
                _ => seg.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Graph's member spelling: a lowercase initial, no two capitals in a row (`userId`, not
/// `userID` or `UserId`).
fn lower_camel(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && !name.as_bytes().windows(2).any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase())
}

/// Two enums of the same values, in any order and letter case.
fn same_enum(a: &TypeKind, b: &TypeKind) -> bool {
    let (TypeKind::Enum { members: a }, TypeKind::Enum { members: b }) = (a, b) else { return false };
    let has = |list: &[crate::model::EnumMember], name: &str| list.iter().any(|m| m.name.eq_ignore_ascii_case(name));
    a.len() == b.len() && a.iter().all(|m| has(b, &m.name)) && b.iter().all(|m| has(a, &m.name))
}

pub(super) fn at(offset: usize) -> Span {
    Span::new(offset, offset + 1)
}

pub(super) fn locate(files: &[SourceFile], origin: crate::model::Origin) -> String {
    match files.get(origin.file.0 as usize) {
        Some(f) => format!("{}:{}", f.name(), f.line_col(origin.offset).0),
        None => "another page".into(),
    }
}

/// Enums a namespaced page named bare and defined inline, taken into its namespace
/// at extraction, that another page defines in the root namespace
/// (`longRunningOperationStatus`, which `partners.billing` reuses): the root's, with
/// the values of both. Returns the merged keys with the name they now stand for.
fn enums_to_root(registry: &mut BTreeMap<String, TypeDef>, mut qualified: Vec<String>) -> Vec<(String, String)> {
    qualified.sort_by_cached_key(|q| key(q));
    qualified.dedup_by_key(|q| key(q));
    let mut merged = Vec::new();
    for q in qualified {
        let (full_key, short_key) = (key(&q), key(registry::unqualified(&q)));
        // Only an enum the values alone define gives way, and only to a root enum: the
        // namespace's own enum page (`security-alertstatus.md`) stands whatever another
        // page lists under the bare name.
        let root_defines = registry
            .get(&short_key)
            .is_some_and(|t| !t.source.is_placeholder() && matches!(t.kind, TypeKind::Enum { .. }));
        let from_values = registry.get(&full_key).is_some_and(|t| t.source == TypeSource::PossibleValues);
        if !root_defines || !from_values {
            continue;
        }
        let ours = registry.remove(&full_key).expect("present");
        let root = registry.get_mut(&short_key).expect("present");
        if let (TypeKind::Enum { members }, TypeKind::Enum { members: more }) = (&mut root.kind, ours.kind) {
            add_members(members, more);
        }
        merged.push((full_key, root.name.clone()));
    }
    merged
}

/// The name a type without a page takes: Graph's type names begin with a lowercase
/// letter, so of the spellings its references use (`[Identity](identity.md)` beside
/// `[identity](identity.md)`) the first that does, else the first with its initial
/// lowered.
/// `directRoutingLogRow` (a link's text, its page `callrecords-directroutinglogrow.md`
/// missing) beside `callRecords.directRoutingLogRow` (an annotation's name), or
/// `modality` written bare on a page of the `callRecords` namespace beside
/// `callRecords.modality`: one type, the namespaced one. Not where a page defines the
/// short name itself, the short name is in several namespaces, or a link sends it
/// to another page (`[group](group.md)` beside `termStore.group`), or a values section on a
/// page outside the namespace defines it (`tiIndicator`'s `threatType` beside
/// `security.threatType`). Returns the merged keys with the name they now stand for.
fn merge_unqualified(
    registry: &mut BTreeMap<String, TypeDef>,
    references: &[crate::extract::Reference],
    files: &[SourceFile],
) -> Vec<(String, String)> {
    // Short key → the one namespaced type's key (`None`: several).
    let mut by_short: BTreeMap<String, Option<String>> = BTreeMap::new();
    for (k, t) in registry.iter() {
        if let Some((_, short)) = t.name.rsplit_once('.') {
            let slot = by_short.entry(key(short)).or_insert_with(|| Some(k.clone()));
            if slot.as_deref() != Some(k.as_str()) {
                *slot = None;
            }
        }
    }
    let mut merged = Vec::new();
    for (short_key, full_key) in by_short.into_iter().filter_map(|(s, f)| Some((s, f?))) {
        let Some(short) = registry.get(&short_key).filter(|t| t.source != TypeSource::Page) else { continue };
        let full = &registry[&full_key];
        let Some((ns, _)) = full.name.rsplit_once('.') else { continue };
        let prefix = format!("{}-", ns.to_ascii_lowercase().replace('.', "-"));
        let stem = format!("{prefix}{short_key}");
        let page_stem = files.get(short.origin.file.0 as usize).and_then(|f| crate::extract::page_stem(f.name()));
        let outside = page_stem.is_some_and(|p| !p.starts_with(&prefix));
        if short.source == TypeSource::EnumList && outside {
            continue;
        }
        // A row's values on a page outside the namespace that neither holds nor are held by the
        // namespaced enum's (the legacy alert's `alertStatus`: `newAlert`, … beside
        // `security.alertStatus`: `new`, …): another enum of the same short name.
        if let (TypeKind::Enum { members: mine }, TypeKind::Enum { members: theirs }) = (&short.kind, &full.kind)
            && short.source == TypeSource::PossibleValues
            && outside
            && !theirs.is_empty()
        {
            let names = |m: &[crate::model::EnumMember]| -> Vec<String> {
                m.iter().map(|v| v.name.to_ascii_lowercase()).collect()
            };
            let (mine, theirs) = (names(mine), names(theirs));
            let within = |a: &[String], b: &[String]| a.iter().all(|v| b.contains(v));
            if !within(&mine, &theirs) && !within(&theirs, &mine) {
                continue;
            }
        }
        let same_kind = std::mem::discriminant(&short.kind) == std::mem::discriminant(&full.kind);
        if !(same_kind || full.source.is_placeholder())
            || references.iter().any(|r| key(&r.name) == short_key && r.target.as_ref().is_some_and(|t| *t != stem))
        {
            continue;
        }
        let short = registry.remove(&short_key).expect("present");
        let full = registry.get_mut(&full_key).expect("present");
        match (&mut full.kind, short.kind) {
            (TypeKind::Enum { members }, TypeKind::Enum { members: more }) => add_members(members, more),
            // A placeholder takes what the short name's table says of the type.
            (kind, more) if full.source.is_placeholder() && !short.source.is_placeholder() => {
                *kind = more;
                (full.source, full.origin) = (short.source, short.origin);
            }
            _ => {}
        }
        merged.push((short_key, full.name.clone()));
    }
    merged
}

/// The members whose type cell offers several kinds ("[communicationsUserIdentity] or
/// [communicationsPhoneIdentity]"), by the first kind's origin, with the other kinds, and the
/// type the page's JSON representation shows for some of them.
struct OfferedKinds<'a> {
    either: HashMap<crate::model::Origin, Vec<String>>,
    shown: HashMap<crate::model::Origin, String>,
    aliases: &'a HashMap<FileId, HashMap<String, String>>,
    canonical: &'a HashMap<String, String>,
    /// The members already warned about (a member is read in every type that holds it).
    warned: std::collections::HashSet<crate::model::Origin>,
}

impl OfferedKinds<'_> {
    /// A kind's name through the links of the page that wrote it, then its canonical spelling.
    fn spelled(&self, file: FileId, name: &str) -> String {
        let mut t = TypeRef::Named(name.to_string());
        if let Some(map) = self.aliases.get(&file) {
            canonicalize(&mut t, map);
        }
        canonicalize(&mut t, self.canonical);
        t.named().unwrap_or(name).to_string()
    }

    /// The type member `p` (typed with its first kind) takes: the kinds' nearest common base
    /// where they are defined and have one, else the type its page's JSON representation shows
    /// (`mediaConfig`, whose page may be missing: a placeholder then); else it keeps the first
    /// kind, with a warning where a kind's page is missing (`None`: nothing to change).
    fn base_for(
        &mut self,
        registry: &BTreeMap<String, TypeDef>,
        p: &crate::model::Property,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<String> {
        let others = self.either.get(&p.origin)?;
        let first = p.ty.named()?.to_string();
        let spelled: Vec<String> = others.iter().map(|o| self.spelled(p.origin.file, o)).collect();
        let mut base = Some(first.clone());
        for other in &spelled {
            base = base.and_then(|b| common_ancestor(registry, &b, other));
        }
        let base = base.or_else(|| self.shown.get(&p.origin).map(|s| self.spelled(p.origin.file, s)));
        if base.is_none() && self.warned.insert(p.origin) {
            let missing: Vec<&String> = spelled.iter().filter(|o| !registry::defined_by_page(registry, o)).collect();
            if !missing.is_empty() {
                // "`a`, `b` or `c`".
                let either = |names: &[&String]| {
                    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
                    match quoted.split_last() {
                        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
                        _ => quoted.concat(),
                    }
                };
                let kinds: Vec<&String> = std::iter::once(&first).chain(&spelled).collect();
                let pages = match missing.len() {
                    1 => format!("{}'s page is", either(&missing)),
                    _ => format!("the pages of {} are", either(&missing).replacen(" or ", " and ", 1)),
                };
                diags.push(
                    Diagnostic::warning(
                        codes::MISSING_TYPE_PAGE,
                        p.origin.file,
                        at(p.origin.offset),
                        format!(
                            "`{}` may be {}; {pages} not among the inputs, so no base they share is known; typed as `{first}`",
                            p.name,
                            either(&kinds)
                        ),
                    )
                    .with_help("add the kinds' resource pages to the inputs to type the member with their common base"),
                );
            }
        }
        base
    }
}

/// A member whose type cell offers several kinds is typed as [`OfferedKinds::base_for`] says,
/// in every type that holds it.
fn members_typed_by_common_base(
    registry: &mut BTreeMap<String, TypeDef>,
    offered: &mut OfferedKinds<'_>,
    diags: &mut Vec<Diagnostic>,
) {
    if offered.either.is_empty() {
        return;
    }
    // Each such member once, in one pass over the registry.
    let members: Vec<crate::model::Property> = registry
        .values()
        .filter_map(|t| match &t.kind {
            TypeKind::Object { properties, .. } => Some(properties),
            _ => None,
        })
        .flatten()
        .filter(|p| offered.either.contains_key(&p.origin))
        .cloned()
        .collect();
    let mut bases: HashMap<crate::model::Origin, String> = HashMap::new();
    for p in &members {
        if !bases.contains_key(&p.origin)
            && let Some(base) = offered.base_for(registry, p, diags)
        {
            bases.insert(p.origin, base);
        }
    }
    for t in registry.values_mut() {
        let TypeKind::Object { properties, .. } = &mut t.kind else { continue };
        for p in properties {
            if let Some(base) = bases.get(&p.origin)
                && let Some(n) = p.ty.named_mut()
            {
                *n = base.clone();
            }
        }
    }
}

/// The same for the members of inline bodies and the rows a body lists beside its named type (a
/// create's "|handler|[onTokenIssuanceStartHandler] or [onFraudProtectionLoadStartHandler]|").
fn body_members_typed_by_common_base(
    ops: &mut [Operation],
    registry: &BTreeMap<String, TypeDef>,
    offered: &mut OfferedKinds<'_>,
    diags: &mut Vec<Diagnostic>,
) {
    if offered.either.is_empty() {
        return;
    }
    for op in ops.iter_mut() {
        let bodies = op.request_body.iter_mut().chain(op.responses.iter_mut().filter_map(|r| r.body.as_mut()));
        for body in bodies {
            // Its own members, or the rows listed beside a named type (`Body::listed`) that the
            // type lacks (those it has are its own, and dropped below: no word of theirs).
            let has: Vec<String> = match &body.shape {
                Shape::Type(TypeRef::Named(n)) if !body.listed.is_empty() => {
                    registry::properties(registry, n).iter().map(|p| p.name.to_ascii_lowercase()).collect()
                }
                _ => Vec::new(),
            };
            let listed = body.listed.iter_mut().filter(|r| !has.contains(&r.name.to_ascii_lowercase()));
            let properties = match &mut body.shape {
                Shape::Object(properties) => properties.iter_mut().chain(listed),
                _ => [].iter_mut().chain(listed),
            };
            for p in properties {
                if offered.either.contains_key(&p.origin)
                    && let Some(base) = offered.base_for(registry, p, diags)
                    && let Some(n) = p.ty.named_mut()
                {
                    *n = base;
                }
            }
        }
    }
}

/// A type whose prose and rows name another base than its annotation derives from the
/// prose's, unless the annotation's type derives from it (the prose then names a
/// grandparent, `mobileApp` beside `mobileLobApp`, and the annotation is the nearer); over an
/// annotation's `entity`, where the prose's type derives from `entity` or is a keyed root of its
/// own (a page's type without a base that lists `id`).
fn bases_from_prose(registry: &mut BTreeMap<String, TypeDef>, prose_bases: Vec<(String, String)>) {
    for (name, prose) in prose_bases {
        let Some(TypeDef { kind: TypeKind::Object { base: Some(annotated), .. }, .. }) = registry.get(&key(&name))
        else {
            continue;
        };
        let short = |n: &str| n.rsplit('.').next().unwrap_or(n).to_ascii_lowercase();
        if ancestors(registry, annotated).iter().any(|a| short(a) == short(&prose)) {
            continue;
        }
        // Over Graph's root `entity`, only a type known to derive from it (orgContact's
        // `directoryObject`, its page among the inputs), or a root of its own keyed by `id` as
        // `entity` is (beta's `directoryObject`, whose annotation names no base).
        let keyed_root = || {
            matches!(registry.get(&key(&prose)), Some(TypeDef { kind: TypeKind::Object { base: None, properties }, source: TypeSource::Page, .. })
                if properties.iter().any(|p| p.name == "id"))
        };
        if short(annotated) == "entity"
            && !ancestors(registry, &prose).iter().skip(1).any(|a| short(a) == "entity")
            && !keyed_root()
        {
            continue;
        }
        if let Some(TypeDef { kind: TypeKind::Object { base, .. }, .. }) = registry.get_mut(&key(&name)) {
            *base = Some(prose);
        }
    }
}

/// Whether `more` lists every member of `members` (in any letter case) and only names.
fn extends(members: &[crate::model::EnumMember], more: &[crate::model::EnumMember]) -> bool {
    members.iter().all(|m| more.iter().any(|n| n.name.eq_ignore_ascii_case(&m.name)))
        && more.iter().all(|n| n.name.starts_with(|c: char| c.is_ascii_alphabetic()))
}

/// Adds the members of `more` that `members` lacks, in their order; a value one list writes
/// with a letter missing takes the other's full spelling ([`registry::merge_values`]).
fn add_members(members: &mut Vec<crate::model::EnumMember>, more: Vec<crate::model::EnumMember>) {
    registry::merge_values(members, more);
}

/// A namespace is spelled as the pages of its types spell it: `termstore.localizedName`,
/// written so in a request table, is `termStore.localizedName` beside `termStore.set`.
fn respell_namespaces(registry: &mut BTreeMap<String, TypeDef>) {
    let mut spelled: HashMap<String, String> = HashMap::new();
    for t in registry.values().filter(|t| t.source == TypeSource::Page) {
        if let Some((ns, _)) = t.name.rsplit_once('.') {
            spelled.entry(ns.to_ascii_lowercase()).or_insert_with(|| ns.to_string());
        }
    }
    for t in registry.values_mut().filter(|t| t.source != TypeSource::Page) {
        if let Some((ns, name)) = t.name.rsplit_once('.')
            && let Some(s) = spelled.get(&ns.to_ascii_lowercase()).filter(|s| s.as_str() != ns)
        {
            t.name = format!("{s}.{name}");
        }
    }
}

/// A name as written and the singulars it may be the plural of: of the whole
/// (`customers`, `currencies`) and of its first word (`unitsOfMeasure`).
/// A name written in the page's namespace (`externalConnectors.identity`) is tried there first,
/// then bare.
fn singulars(name: &str) -> Vec<String> {
    let (ns, short) = name.rsplit_once('.').map_or((None, name), |(ns, short)| (Some(ns), short));
    let head = short.find(|c: char| c.is_ascii_uppercase()).filter(|&i| i > 0).unwrap_or(short.len());
    let (first, rest) = short.split_at(head);
    let bare =
        [short.to_string(), crate::extract::item_name(short), format!("{}{rest}", crate::extract::item_name(first))];
    let qualified = ns.into_iter().flat_map(|ns| bare.iter().map(move |b| format!("{ns}.{b}")));
    qualified.chain(bare.iter().cloned()).collect()
}

/// The page type a name written in bold means (see [`singulars`]).
fn page_type_named<'r>(registry: &'r BTreeMap<String, TypeDef>, named: &str) -> Option<&'r TypeDef> {
    singulars(named).iter().find_map(|k| registry.get(&key(k)).filter(|t| t.source == TypeSource::Page))
}

fn placeholder_spellings(references: &[crate::extract::Reference]) -> HashMap<String, String> {
    let mut names: HashMap<String, String> = HashMap::new();
    for r in references {
        let name = names.entry(key(&r.name)).or_insert_with(|| r.name.clone());
        // The spelling telling more words apart, else a lowercase first letter over a sentence's capital.
        let lowered =
            !name.starts_with(|c: char| c.is_ascii_lowercase()) && r.name.starts_with(|c: char| c.is_ascii_lowercase());
        if (lowered && !crate::types::spells_more_words(name, &r.name))
            || crate::types::spells_more_words(&r.name, name)
        {
            *name = r.name.clone();
        }
    }
    for name in names.values_mut() {
        let mut chars = name.chars();
        if let Some(first) = chars.next().filter(char::is_ascii_uppercase)
            && chars.next().is_some_and(|c| c.is_ascii_lowercase())
        {
            *name = format!("{}{}", first.to_ascii_lowercase(), &name[1..]);
        }
    }
    names
}

/// A response whose body is one enum value comes wrapped, as OData wraps any
/// single value: `{"value": "inprogress"}` for an action returning a
/// `chromeOSOnboardingStatus`.
fn wrap_enum_results(ops: &mut [Operation], registry: &BTreeMap<String, TypeDef>) {
    use crate::model::{Property, Shape};
    for op in ops {
        for body in op.responses.iter_mut().filter_map(|r| r.body.as_mut()) {
            let Shape::Type(TypeRef::Named(name)) = &body.shape else { continue };
            if !body.media_type.contains("json")
                || !matches!(registry.get(&key(name)).map(|t| &t.kind), Some(TypeKind::Enum { .. }))
            {
                continue;
            }
            body.shape = Shape::Object(vec![Property::value(TypeRef::Named(name.clone()), op.origin)]);
        }
    }
}

/// Names in `op.also` every page of `origins` but the one it keeps, each once, by page name:
/// the contract does not depend on the order pages are given in.
fn also_documented_by(op: &mut Operation, mut origins: Vec<crate::model::Origin>, files: &[SourceFile]) {
    origins.retain(|o| *o != op.origin);
    let name = |o: &crate::model::Origin| files.get(o.file.0 as usize).map(SourceFile::name);
    origins.sort_by(|a, b| (name(a), a.offset).cmp(&(name(b), b.offset)));
    origins.dedup();
    op.also = origins;
}

/// The rows kinds' pages say they inherit from each ancestor no page defines, by the ancestor's
/// key: each member once, from the page first by name (the contract does not depend on the order
/// pages are given in); a key the kind's annotation names comes never null (`extract`).
fn rows_by_ancestor(
    mut rows: Vec<(String, crate::model::Property)>,
    files: &[SourceFile],
) -> HashMap<String, Vec<crate::model::Property>> {
    let name = |p: &crate::model::Property| files.get(p.origin.file.0 as usize).map(SourceFile::name);
    rows.sort_by(|(_, a), (_, b)| (name(a), a.origin.offset).cmp(&(name(b), b.origin.offset)));
    let mut by: HashMap<String, Vec<crate::model::Property>> = HashMap::new();
    for (ancestor, property) in rows {
        let members = by.entry(key(&ancestor)).or_default();
        match members.iter_mut().find(|m| m.name.eq_ignore_ascii_case(&property.name)) {
            // A key another kind's annotation names (never null from `extract`) stays never null
            // whichever kind's page sorts first.
            Some(m) => m.nullable &= property.nullable,
            None => members.push(property),
        }
    }
    by
}
