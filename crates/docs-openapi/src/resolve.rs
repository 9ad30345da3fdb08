//! Page outputs → one consistent [`Api`]: types defined once, every named
//! reference resolved (to a page, a hint, or an open placeholder), operations
//! merged by (method, path), operationIds unique.

use std::collections::{BTreeMap, HashMap};

use crate::codes;
use crate::diagnostic::{Diagnostic, Severity};
use crate::extract::PageOutput;
use crate::http::Method;
use crate::model::{Api, Body, Operation, Shape, TypeDef, TypeKind, TypeSource};
use crate::source::{FileId, SourceFile, Span};
use crate::types::{Primitive, TypeRef};

/// Names the emitter uses for its own components; doc types may not take them.
pub const RESERVED: &[&str] = &["ODataError", "ODataMainError", "ODataErrorDetail", "ODataInnerError"];

/// Merges the outputs of all pages (in file order) into the API model.
pub fn resolve(files: &[SourceFile], outputs: Vec<PageOutput>, diags: &mut Vec<Diagnostic>) -> Api {
    let mut registry: BTreeMap<String, TypeDef> = BTreeMap::new();
    let mut references = Vec::new();
    let mut operations = Vec::new();
    let mut server_counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut hints = Vec::new();
    for out in outputs {
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
                let added = absorb(&mut own, ignored.kind);
                diags.push(Diagnostic::warning(
                    codes::DUPLICATE_TYPE,
                    ignored.origin.file,
                    at(ignored.origin.offset),
                    format!(
                        "type `{}` is also defined at {}, its own page, which wins{}",
                        ignored.name,
                        locate(files, own.origin),
                        added_note(added)
                    ),
                ));
                registry.insert(key, own);
                continue;
            }
            if let Some(existing) = registry.get_mut(&key) {
                let location = locate(files, existing.origin);
                let added = absorb(existing, t.kind);
                diags.push(Diagnostic::warning(
                    codes::DUPLICATE_TYPE,
                    t.origin.file,
                    at(t.origin.offset),
                    format!("type `{}` is already defined at {location}, which wins{}", t.name, added_note(added)),
                ));
                continue;
            }
            registry.insert(key, t);
        }
        hints.extend(out.hints);
        references.extend(out.references);
        operations.extend(out.operations);
        for s in out.servers {
            *server_counts.entry(s).or_default() += 1;
        }
    }
    for hint in hints {
        let key = key(&hint.name);
        match registry.get_mut(&key) {
            None => {
                registry.insert(key, hint);
            }
            Some(existing) if existing.source > hint.source => *existing = hint,
            Some(existing)
                if existing.source == TypeSource::RequestTable && hint.source == TypeSource::RequestTable =>
            {
                if let (TypeKind::Object { properties, .. }, TypeKind::Object { properties: more, .. }) =
                    (&mut existing.kind, hint.kind)
                {
                    for p in more {
                        if !properties.iter().any(|q| q.name == p.name) {
                            properties.push(p);
                        }
                    }
                }
            }
            Some(_) => {}
        }
    }
    // A link's text is not always the type's name (`[tab](../resources/teamstab.md)`).
    let api_pages: std::collections::HashSet<FileId> = operations.iter().map(|o| o.operation.origin.file).collect();
    let aliases = link_aliases(files, &registry, &references, &api_pages);
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
    for t in registry.values_mut() {
        if let (Some(map), TypeKind::Object { properties, .. }) = (aliases.get(&t.origin.file), &mut t.kind) {
            for p in properties {
                canonicalize(&mut p.ty, map);
            }
        }
    }
    // A type without a page is an open object, unless the examples only ever
    // show strings for it: then it is a string (an enum whose page is missing).
    let with_examples: Vec<&Operation> = operations.iter().map(|o| &o.operation).collect();
    let seen = crate::evidence::undefined_types(&registry, &with_examples);
    for r in &references {
        let key = key(&r.name);
        if registry.contains_key(&key)
            || !crate::extract::is_type_name(&r.name)
            || aliases.get(&r.origin.file).is_some_and(|m| m.contains_key(&key))
        {
            continue;
        }
        let as_string = seen.get(&key).is_some_and(crate::evidence::Seen::is_string);
        let emitted = if as_string {
            "the examples show strings, so it is emitted as a string"
        } else {
            "emitted as an open object"
        };
        let diag = if r.linked {
            Diagnostic::warning(
                codes::MISSING_TYPE_PAGE,
                r.origin.file,
                at(r.origin.offset),
                format!(
                    "type `{}` is linked but its page is not among the inputs; {emitted}{}",
                    r.name,
                    if as_string { "" } else { " with `@odata.type`" }
                ),
            )
            .with_help("add the type's resource page to the inputs to get its properties")
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
        diags.push(diag);
        registry.insert(
            key,
            TypeDef {
                name: r.name.clone(),
                description: None,
                kind: if as_string {
                    TypeKind::Enum { members: Vec::new() }
                } else {
                    TypeKind::Object { base: None, properties: Vec::new() }
                },
                source: TypeSource::Placeholder,
                origin: r.origin,
            },
        );
    }
    check_clashes(&registry, diags);

    // Canonical spelling of every named reference.
    let canonical: HashMap<String, String> = registry.iter().map(|(k, t)| (k.clone(), t.name.clone())).collect();
    let fix = |t: &mut TypeRef| canonicalize(t, &canonical);
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
    let mut ops: Vec<Operation> = Vec::new();
    let mut explicit: Vec<bool> = Vec::new();
    let mut claims: Vec<Claim> = Vec::new();
    // Path skeleton → its spelling: Graph's paths are case-insensitive, so
    // `/me/contactfolders` is `/me/contactFolders` (the camelCase spelling wins,
    // else the first page's). (method, path) → index in `ops`.
    respell_segments(&mut operations);
    let mut spellings: HashMap<String, String> = HashMap::new();
    for po in &operations {
        let path = &po.operation.path;
        let spelling = spellings.entry(path_skeleton(path)).or_insert_with(|| path.clone());
        if literal_capitals(path) > literal_capitals(spelling) {
            *spelling = path.clone();
        }
    }
    let mut by_key: HashMap<(crate::http::Method, String), usize> = HashMap::new();
    for po in operations {
        let mut op = po.operation;
        for p in &mut op.parameters {
            fix(&mut p.ty);
        }
        for b in op.request_body.iter_mut().chain(op.responses.iter_mut().filter_map(|r| r.body.as_mut())) {
            fix_body(b, &canonical);
        }
        for r in &mut op.responses {
            if let (Some(shown), Some(stated)) = (r.example_type.take(), r.body.as_mut().and_then(body_type_mut)) {
                let mut shown = TypeRef::Named(shown);
                if let Some(map) = aliases.get(&op.origin.file) {
                    canonicalize(&mut shown, map);
                }
                canonicalize(&mut shown, &canonical);
                if let TypeRef::Named(shown) = shown
                    && registry.contains_key(&key(&shown))
                    && !ancestors(&registry, &shown).iter().any(|a| a.eq_ignore_ascii_case(stated))
                {
                    *stated = shown;
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
        let claim = Claim::of(files, &op, po.variant);
        match by_key.get(&(op.method, op.path.clone())) {
            Some(&i) => {
                // `user-update.md` is the page for `PATCH /users/{id}`; `intune-shared-user-update.md`
                // a product's copy of it, whichever comes first.
                if claim < claims[i] || (claim == claims[i] && is_copy_of(files, ops[i].origin.file, op.origin.file)) {
                    std::mem::swap(&mut ops[i], &mut op);
                    explicit[i] = po.explicit_id;
                }
                if claim == claims[i] {
                    merge(&mut ops[i], op, &registry, files, diags)
                } else {
                    // A page about something else that also shows this request
                    // (an extended property read with `$filter`): it adds
                    // parameters, never its types.
                    fill(&mut ops[i], op);
                    claims[i] = claims[i].min(claim);
                }
            }
            None => {
                by_key.insert((op.method, op.path.clone()), ops.len());
                ops.push(op);
                explicit.push(po.explicit_id);
                claims.push(claim);
            }
        }
    }
    unique_ids(&mut ops, &explicit, files, diags);
    ops.sort_by(|a, b| (a.path.as_str(), a.method).cmp(&(b.path.as_str(), b.method)));

    let mut servers: Vec<(String, usize)> = server_counts.into_iter().collect();
    servers.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let mut servers: Vec<String> = servers.into_iter().map(|(s, _)| s).collect();
    if servers.is_empty() {
        servers.push(format!("{}/v1.0", crate::paths::DEFAULT_HOST));
    }
    Api { operations: ops, types: registry.into_values().map(|t| (t.name.clone(), t)).collect(), servers }
}

/// Per page, the linked names that mean the linked page's type (registry key →
/// that type's name). A page's type is the first type it defines; a file stem
/// that several pages share answers for none. A link's text is not always the
/// type's name: when no type has that name (`[tab](teamstab.md)`), or, in an
/// api page's prose, when another page defines it and the linked page defines
/// just one type (`[photo](profilephoto.md)`, while `photo` is a drive item
/// facet), the linked page's type is meant. A property table's type cell
/// declares a type and keeps its text (`[invitationParticipantInfo](participantinfo.md)`),
/// and so do links to pages of several types (`enums.md#x`).
fn link_aliases(
    files: &[SourceFile],
    registry: &BTreeMap<String, TypeDef>,
    references: &[crate::extract::Reference],
    api_pages: &std::collections::HashSet<FileId>,
) -> HashMap<FileId, HashMap<String, String>> {
    let mut aliases: HashMap<FileId, HashMap<String, String>> = HashMap::new();
    if !references.iter().any(|r| r.target.is_some()) {
        return aliases;
    }
    // Stem → the first type defined there and how many the page defines; `None` when stems collide.
    struct PageTypes<'r> {
        file: FileId,
        offset: usize,
        first: &'r str,
        count: usize,
    }
    let mut by_page: HashMap<String, Option<PageTypes<'_>>> = HashMap::new();
    for t in registry.values().filter(|t| t.source == TypeSource::Page) {
        let Some(stem) = stem_of(files, t.origin.file) else { continue };
        let (file, offset) = (t.origin.file, t.origin.offset);
        let slot = by_page.entry(stem).or_insert(Some(PageTypes { file, offset, first: &t.name, count: 0 }));
        match slot {
            Some(page) if page.file != file => *slot = None,
            Some(page) => {
                page.count += 1;
                if offset < page.offset {
                    (page.offset, page.first) = (offset, &t.name);
                }
            }
            None => {}
        }
    }
    // Names that two links of one page send to different types keep their own type.
    let mut conflicts: Vec<(FileId, String)> = Vec::new();
    for r in references {
        let Some(Some(PageTypes { first: name, count, .. })) = r.target.as_ref().and_then(|stem| by_page.get(stem))
        else {
            continue;
        };
        let k = key(&r.name);
        let meant = match registry.get(&k) {
            None => true,
            Some(t) => {
                api_pages.contains(&r.origin.file)
                    && *count == 1
                    && !t.name.eq_ignore_ascii_case(name)
                    && stem_of(files, t.origin.file).as_ref() != r.target.as_ref()
            }
        };
        if !meant {
            continue;
        }
        match aliases.entry(r.origin.file).or_default().entry(k) {
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(name.to_string());
            }
            std::collections::hash_map::Entry::Occupied(o) if o.get() != name => {
                conflicts.push((r.origin.file, o.key().clone()))
            }
            std::collections::hash_map::Entry::Occupied(_) => {}
        }
    }
    for (file, k) in conflicts {
        if let Some(map) = aliases.get_mut(&file) {
            map.remove(&k);
        }
    }
    aliases
}

/// How strongly a page answers for an operation it documents; less is stronger.
/// Several pages show the same (method, path): the operation's own page
/// (`user-list-messages.md` for `GET /me/messages`) outranks pages about
/// something else that use it (`singlevaluelegacyextendedproperty-get.md`,
/// with `?$filter=…`); among equals, types are merged ([`merge`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Claim {
    /// Read from a request line with a query string.
    variant: bool,
    /// Where the page's name names what the path addresses: its first word
    /// (`user-post-users.md` for `POST /users`), a later word
    /// (`intune-shared-user-create.md`, `user-list-messages.md` for
    /// `GET /me/messages`), or not at all.
    naming: Naming,
    /// The page's first word does not name what the subject belongs to, the
    /// path's literal segment before it (`user-getmemberobjects.md`, not
    /// `directoryobject-getmemberobjects.md`, for `POST /users/{id}/getMemberObjects`;
    /// `calendar-list-events.md` for `…/calendars/{id}/events`; `/me` is a user).
    other_owner: bool,
    /// The page's name lacks the word Graph's docs use for the method
    /// (`driveitem-update.md`, not `driveitem-move.md`, for `PATCH /drives/{id}/items/{id}`).
    other_verb: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Naming {
    FirstWord,
    LaterWord,
    Elsewhere,
}

impl Claim {
    fn of(files: &[SourceFile], op: &Operation, variant: bool) -> Claim {
        let stem = stem_of(files, op.origin.file);
        let naming = match (stem.as_deref(), subject(&op.path)) {
            (Some(stem), Some(subject)) => {
                let subject = singular(&subject);
                match stem.split(['-', '_']).position(|word| singular(word) == subject) {
                    Some(0) => Naming::FirstWord,
                    Some(_) => Naming::LaterWord,
                    None => Naming::Elsewhere,
                }
            }
            _ => Naming::Elsewhere,
        };
        let verbs: &[&str] = match op.method {
            Method::Get => &["get", "list"],
            Method::Post => &["create", "post", "add"],
            Method::Patch | Method::Put => &["update"],
            Method::Delete => &["delete", "remove"],
            _ => &[],
        };
        let other_verb = !stem.as_deref().is_some_and(|stem| stem.split(['-', '_']).any(|w| verbs.contains(&w)));
        let owner = literal_segments(&op.path).rev().nth(1).map(|s| match s.to_ascii_lowercase() {
            me if me == "me" => "user".to_string(),
            s => s,
        });
        let first_word = stem.as_deref().and_then(|s| s.split(['-', '_']).next());
        let other_owner = !matches!((first_word, &owner), (Some(w), Some(o)) if singular(w) == singular(o));
        Claim { variant, naming, other_owner, other_verb }
    }
}

/// What a path addresses: its last segment that is not a parameter, an OData
/// system segment (`$value`, `$ref`, `$count`) or a cast, lowercased and without
/// a function call's arguments (`/me/messages/{id}` → `messages`).
fn subject(path: &str) -> Option<String> {
    literal_segments(path).next_back().map(|s| s.to_ascii_lowercase())
}

/// A path's segments that name something: not parameters, OData system segments
/// or casts, without function arguments.
fn literal_segments(path: &str) -> impl DoubleEndedIterator<Item = &str> {
    path.split('/')
        .map(|s| s.split('(').next().unwrap_or(s).trim_end_matches(':'))
        .filter(|s| !s.is_empty() && !s.starts_with(['{', '$']) && !s.starts_with("microsoft.graph."))
}

/// A lowercase word without its plural ending, so that singular and plural
/// compare equal (`policies`, `policy` → `polic`; `messages` → `message`).
fn singular(word: &str) -> &str {
    word.strip_suffix("ies")
        .or_else(|| word.strip_suffix('y'))
        .or_else(|| word.strip_suffix("sses").map(|_| &word[..word.len() - 2]))
        .or_else(|| word.strip_suffix('s').filter(|w| !w.ends_with('s')))
        .unwrap_or(word)
}

/// Fills what `first` lacks from a weaker page's copy of the operation:
/// parameters, permissions, a request body; never its types or statuses.
fn fill(first: &mut Operation, later: Operation) {
    if first.request_body.is_none() {
        first.request_body = later.request_body;
    }
    if first.permissions.is_empty() {
        first.permissions = later.permissions;
    }
    for p in later.parameters {
        if !first.parameters.iter().any(|q| crate::paths::same_ident(&q.name, &p.name)) {
            first.parameters.push(p);
        }
    }
}

/// A page's file stem, lowercase (`user-post-users` for `api/user-post-users.md`).
fn stem_of(files: &[SourceFile], file: FileId) -> Option<String> {
    files.get(file.0 as usize).and_then(|f| crate::extract::page_stem(f.name()))
}

/// Whether `file` is named for the type with registry key `key` (`user.md` for `user`).
fn is_named_for(files: &[SourceFile], file: FileId, key: &str) -> bool {
    stem_of(files, file).is_some_and(|stem| stem == key)
}

/// Whether page `copy` is named as a prefixed copy of page `page`
/// (`intune-shared-user-update.md` of `user-update.md`).
fn is_copy_of(files: &[SourceFile], copy: FileId, page: FileId) -> bool {
    let (Some(copy), Some(page)) = (stem_of(files, copy), stem_of(files, page)) else { return false };
    copy.len() > page.len() + 1 && copy.ends_with(&page) && copy[..copy.len() - page.len()].ends_with('-')
}

/// Adds the properties of another definition of `winner`'s type that it lacks
/// (several pages describe one type, each its own part); the winner's base,
/// descriptions and members stand. Returns how many were added.
fn absorb(winner: &mut TypeDef, other: TypeKind) -> usize {
    match (&mut winner.kind, other) {
        (TypeKind::Object { base, properties }, TypeKind::Object { base: other_base, properties: more }) => {
            if base.is_none() {
                *base = other_base;
            }
            let before = properties.len();
            for p in more {
                if !properties.iter().any(|q| q.name.eq_ignore_ascii_case(&p.name)) {
                    properties.push(p);
                }
            }
            properties.len() - before
        }
        _ => 0,
    }
}

fn added_note(added: usize) -> String {
    match added {
        0 => "; this definition adds nothing".to_string(),
        1 => "; the one property it lacks is added from here".to_string(),
        n => format!("; the {n} properties it lacks are added from here"),
    }
}

/// Registry key: type names are case-insensitive in the docs' links.
fn key(name: &str) -> String {
    name.to_ascii_lowercase()
}

fn at(offset: usize) -> Span {
    Span::new(offset, offset + 1)
}

fn locate(files: &[SourceFile], origin: crate::model::Origin) -> String {
    match files.get(origin.file.0 as usize) {
        Some(f) => format!("{}:{}", f.name(), f.line_col(origin.offset).0),
        None => "another page".into(),
    }
}

fn canonicalize(t: &mut TypeRef, canonical: &HashMap<String, String>) {
    match t {
        TypeRef::Named(n) => {
            if let Some(c) = canonical.get(&key(n)) {
                *n = c.clone();
            }
        }
        TypeRef::Collection(inner) => canonicalize(inner, canonical),
        _ => {}
    }
}

fn fix_body(b: &mut Body, canonical: &HashMap<String, String>) {
    match &mut b.shape {
        Shape::Type(t) | Shape::CollectionPage(t) => canonicalize(t, canonical),
        Shape::Object(props) => props.iter_mut().for_each(|p| canonicalize(&mut p.ty, canonical)),
        Shape::Raw => {}
    }
}

/// Keeps the first page's operation and fills what it lacks from the later one.
///
/// Graph documents polymorphic operations once per derived type (Intune's
/// `GET /deviceManagement/deviceConfigurations/{id}` has a page per
/// configuration type); when the pages' types share an ancestor, the merged
/// operation uses it (objects are open, so derived properties are kept).
/// Otherwise the pages disagree, and a warning says so.
fn merge(
    first: &mut Operation,
    later: Operation,
    registry: &BTreeMap<String, TypeDef>,
    files: &[SourceFile],
    diags: &mut Vec<Diagnostic>,
) {
    let mut disagree = first.responses.iter().map(|r| r.status).ne(later.responses.iter().map(|r| r.status));
    let returned = |op: &Operation| op.responses.first().and_then(|r| r.body.as_ref()).and_then(body_type);
    let returned_before = returned(first);
    let pairs = first.request_body.iter_mut().zip(later.request_body.as_ref()).chain(
        first.responses.iter_mut().zip(&later.responses).filter_map(|(a, b)| a.body.as_mut().zip(b.body.as_ref())),
    );
    for (mine, theirs) in pairs {
        let (Some(a), Some(b)) = (body_type_mut(mine), body_type(theirs)) else { continue };
        if a.eq_ignore_ascii_case(&b) {
            continue;
        }
        match common_ancestor(registry, a, &b) {
            Some(base) => *a = base,
            None => disagree = true,
        }
    }
    // Each derived type's page sends its own property table (Intune's create page per
    // configuration type): what they share is the base the responses generalized to.
    if let Some(base) = returned(first).filter(|base| returned_before.as_ref() != Some(base))
        && let (Some(mine), Some(theirs)) = (&mut first.request_body, &later.request_body)
        && matches!(mine.shape, Shape::Object(_))
        && matches!(theirs.shape, Shape::Object(_))
    {
        mine.shape = Shape::Type(TypeRef::Named(base));
    }
    if disagree {
        diags.push(
            Diagnostic::warning(
                codes::DUPLICATE_OPERATION,
                later.origin.file,
                at(later.origin.offset),
                format!(
                    "`{} {}` is also documented at {} with a different request or response; that page's shape is kept",
                    later.method.as_str().to_ascii_uppercase(),
                    later.path,
                    locate(files, first.origin)
                ),
            )
            .with_help("make the pages agree, or document the operation on one page"),
        );
    }
    fill(first, later);
}

/// Makes operationIds unique (case-insensitively, as Rust method names must be).
/// Two ids written by pages that collide get a warning and a numeric suffix
/// (deterministic: pages are read in name order); derived ones are renamed quietly.
fn unique_ids(ops: &mut [Operation], explicit: &[bool], files: &[SourceFile], diags: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<String, (usize, bool)> = HashMap::new();
    for i in 0..ops.len() {
        let k = ops[i].id.to_ascii_lowercase();
        if let Some(&(j, first_explicit)) = seen.get(&k) {
            if explicit[i] && first_explicit {
                // An example name copied from another page (`get_team` on "Add app to
                // team"): the page's own title names the operation, if that is free.
                let titled = crate::extract::sanitize_id(&ops[i].summary);
                let free =
                    !titled.is_empty() && !seen.contains_key(&titled) && ops[j].origin.file != ops[i].origin.file;
                diags.push(
                    Diagnostic::warning(
                        codes::DUPLICATE_OPERATION_ID,
                        ops[i].origin.file,
                        at(ops[i].origin.offset),
                        format!(
                            "operationId `{}` is already used by {}; this one is `{}`",
                            ops[i].id,
                            locate(files, ops[j].origin),
                            if free { titled.clone() } else { format!("{}_…", ops[i].id) }
                        ),
                    )
                    .with_help("give the request example a unique `name` in its annotation"),
                );
                if free {
                    ops[i].id = titled;
                    seen.insert(ops[i].id.to_ascii_lowercase(), (i, explicit[i]));
                    continue;
                }
            }
            let mut n = 2;
            let mut id = format!("{}_{n}", ops[i].id);
            while seen.contains_key(&id.to_ascii_lowercase()) {
                n += 1;
                id = format!("{}_{n}", ops[i].id);
            }
            ops[i].id = id;
        }
        seen.insert(ops[i].id.to_ascii_lowercase(), (i, explicit[i]));
    }
}

/// A path with its parameter names removed: `/a/{x}/b` → `/a/{}/b`.
fn path_skeleton(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_param = false;
    for c in path.chars() {
        match c {
            '{' => {
                in_param = true;
                out.push_str("{}");
            }
            '}' => in_param = false,
            _ if in_param => {}
            c => out.push(c.to_ascii_lowercase()),
        }
    }
    out
}

/// Gives every literal path segment one spelling across all operations, the
/// most camelCase one seen (`/me/calendargroups/{id}/…` on one page and
/// `/me/calendarGroups` on another are one navigation property).
fn respell_segments(operations: &mut [crate::extract::PageOperation]) {
    let plain = |seg: &str| !seg.is_empty() && seg.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.');
    let mut best: HashMap<String, &str> = HashMap::new();
    for po in operations.iter() {
        for seg in po.operation.path.split('/').filter(|s| plain(s)) {
            let slot = best.entry(seg.to_ascii_lowercase()).or_insert(seg);
            if literal_capitals(seg) > literal_capitals(slot) {
                *slot = seg;
            }
        }
    }
    let best: HashMap<String, String> = best.into_iter().map(|(k, v)| (k, v.to_string())).collect();
    for po in operations.iter_mut() {
        let path = &po.operation.path;
        if !path.split('/').any(|seg| plain(seg) && best.get(&seg.to_ascii_lowercase()).is_some_and(|b| b != seg)) {
            continue;
        }
        let respelled: Vec<&str> = path
            .split('/')
            .map(|seg| if plain(seg) { best.get(&seg.to_ascii_lowercase()).map_or(seg, String::as_str) } else { seg })
            .collect();
        po.operation.path = respelled.join("/");
    }
}

/// Capital letters outside parameters: how camelCase a path's spelling is.
fn literal_capitals(path: &str) -> usize {
    let mut in_param = false;
    path.chars()
        .filter(|&c| {
            match c {
                '{' => in_param = true,
                '}' => in_param = false,
                _ => {}
            }
            !in_param && c.is_ascii_uppercase()
        })
        .count()
}

/// The names of a template's parameters, in order.
fn param_names(path: &str) -> Vec<&str> {
    path.split('{').skip(1).filter_map(|s| s.split_once('}').map(|(n, _)| n)).collect()
}

/// Moves an operation onto `template` (same skeleton), renaming its path parameters by position.
fn rename_path(op: &mut Operation, template: &str) {
    let renames: Vec<(String, String)> = param_names(&op.path)
        .into_iter()
        .zip(param_names(template))
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    for p in op.parameters.iter_mut().filter(|p| p.location == crate::model::ParamLocation::Path) {
        if let Some((_, new)) = renames.iter().find(|(old, _)| *old == p.name) {
            p.name = new.clone();
        }
    }
    op.path = template.to_string();
}

fn body_type(b: &Body) -> Option<String> {
    match &b.shape {
        Shape::Type(TypeRef::Named(n)) | Shape::CollectionPage(TypeRef::Named(n)) => Some(n.clone()),
        _ => None,
    }
}

fn body_type_mut(b: &mut Body) -> Option<&mut String> {
    match &mut b.shape {
        Shape::Type(TypeRef::Named(n)) | Shape::CollectionPage(TypeRef::Named(n)) => Some(n),
        _ => None,
    }
}

/// A type and its bases, nearest first (cycle-safe).
pub(crate) fn ancestors(registry: &BTreeMap<String, TypeDef>, name: &str) -> Vec<String> {
    let mut chain: Vec<String> = Vec::new();
    let mut current = Some(name.to_string());
    while let Some(n) = current.take() {
        if chain.iter().any(|c| c.eq_ignore_ascii_case(&n)) {
            break;
        }
        current = match registry.get(&key(&n)).map(|t| &t.kind) {
            Some(TypeKind::Object { base: Some(b), .. }) => Some(b.clone()),
            _ => None,
        };
        chain.push(registry.get(&key(&n)).map(|t| t.name.clone()).unwrap_or(n));
    }
    chain
}

/// The nearest type both `a` and `b` derive from (or are).
fn common_ancestor(registry: &BTreeMap<String, TypeDef>, a: &str, b: &str) -> Option<String> {
    let theirs = ancestors(registry, b);
    ancestors(registry, a).into_iter().find(|x| theirs.iter().any(|y| y.eq_ignore_ascii_case(x)))
}

/// Two component names that map to the same Rust type name break generation.
fn check_clashes(registry: &BTreeMap<String, TypeDef>, diags: &mut Vec<Diagnostic>) {
    let ident = |s: &str| s.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase();
    let mut seen: HashMap<String, &TypeDef> = HashMap::new();
    for t in registry.values() {
        let id = ident(&t.name);
        if RESERVED.iter().any(|r| ident(r) == id) {
            diags.push(Diagnostic::warning(
                codes::TYPE_NAME_CLASH,
                t.origin.file,
                at(t.origin.offset),
                format!("type `{}` clashes with a name the contract reserves for Graph's error body", t.name),
            ));
        }
        if let Some(other) = seen.get(&id) {
            diags.push(Diagnostic::warning(
                codes::TYPE_NAME_CLASH,
                t.origin.file,
                at(t.origin.offset),
                format!("types `{}` and `{}` become the same Rust type name", t.name, other.name),
            ));
        }
        seen.insert(id, t);
    }
}

#[cfg(test)]
mod tests {
    use crate::{SourceFile, codes, convert};

    fn resource(title: &str, annotation: &str) -> String {
        format!(
            "---\ndoc_type: resourcePageType\n---\n# {title}\n\n## JSON representation\n{annotation}\n```json\n{{\"id\": \"String\"}}\n```\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|String|The id.|\n"
        )
    }

    fn get_page(link: &str) -> String {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get tab\n\n## HTTP request\n```http\nGET /teams/{{id}}/tabs/{{tab-id}}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and a {link} object in the response body.\n"
        )
    }

    /// The response schema of the one operation, the schema names, and the diagnostic codes.
    fn convert_pages(pages: &[(&str, String)]) -> (serde_json::Value, Vec<String>, Vec<&'static str>) {
        let c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, text.clone())).collect());
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        let schema = json["paths"]["/teams/{id}/tabs/{tab-id}"]["get"]["responses"]["200"]["content"]
            ["application/json"]["schema"]
            .clone();
        let names = json["components"]["schemas"].as_object().unwrap().keys().cloned().collect();
        (schema, names, c.diagnostics.iter().map(|d| d.code).collect())
    }

    #[test]
    fn a_link_whose_text_names_no_type_means_the_linked_page_type() {
        let (schema, names, codes) = convert_pages(&[
            ("api/teamstab-get.md", get_page("[tab](../resources/teamsTab.md)")),
            ("resources/teamstab.md", resource("teamsTab resource type", "")),
        ]);
        assert_eq!(schema["$ref"], "#/components/schemas/teamsTab");
        assert!(!names.contains(&"tab".to_string()), "{names:?}");
        assert!(!codes.contains(&codes::MISSING_TYPE_PAGE), "{codes:?}");
    }

    #[test]
    fn a_link_text_naming_another_page_s_type_means_the_linked_page_type() {
        // `[photo](profilephoto.md)` while `photo` is a drive item facet.
        let (schema, ..) = convert_pages(&[
            ("api/teamstab-get.md", get_page("[user](../resources/teamstab.md)")),
            ("resources/teamstab.md", resource("teamsTab resource type", "")),
            ("resources/user.md", resource("user resource type", "")),
        ]);
        assert_eq!(schema["$ref"], "#/components/schemas/teamsTab");
        // The text's type stays when its own page is the one linked.
        let (schema, ..) = convert_pages(&[
            ("api/teamstab-get.md", get_page("[user](../resources/user.md)")),
            ("resources/teamstab.md", resource("teamsTab resource type", "")),
            ("resources/user.md", resource("user resource type", "")),
        ]);
        assert_eq!(schema["$ref"], "#/components/schemas/user");
    }

    #[test]
    fn a_lowercase_annotation_takes_the_title_s_camel_case() {
        let annotated = |name: &str| {
            format!("<!-- {{ \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.{name}\" }} -->")
        };
        let (_, names, _) = convert_pages(&[
            (
                "resources/teamsasyncoperation.md",
                resource("teamsAsyncOperation resource type", &annotated("teamsasyncoperation")),
            ),
            ("resources/drive.md", resource("Drive resource type", &annotated("drive"))),
        ]);
        assert!(names.contains(&"teamsAsyncOperation".to_string()), "{names:?}");
        assert!(names.contains(&"drive".to_string()), "type names start in lowercase: {names:?}");
    }

    #[test]
    fn a_list_of_objects_is_a_collection() {
        let (schema, ..) = convert_pages(&[
            (
                "api/teamstab-get.md",
                get_page("[teamsTab](../resources/teamstab.md)").replace("a [teamsTab]", "a list of [teamsTab]"),
            ),
            ("resources/teamstab.md", resource("teamsTab resource type", "")),
        ]);
        assert_eq!(schema["$ref"], "#/components/schemas/teamsTabCollectionResponse");
    }

    #[test]
    fn a_link_to_a_page_of_several_types_keeps_its_text() {
        let list = "---\ntitle: \"Enum values\"\ndoc_type: enumPageType\n---\n\n### attachmentType values\n\n|Member|Value|Description|\n|:---|:---|:---|\n|file|0|A file.|\n\n### dayOfWeek values\n\n|Member|Value|Description|\n|:---|:---|:---|\n|sunday|0|Sunday.|\n";
        let (schema, names, codes) = convert_pages(&[
            ("api/teamstab-get.md", get_page("[dayOfWeek](../resources/enums.md#dayofweek-values)")),
            ("resources/enums.md", list.to_string()),
        ]);
        assert_eq!(schema["$ref"], "#/components/schemas/dayOfWeek", "{schema} {names:?} {codes:?}");
    }

    #[test]
    fn the_page_about_an_operation_outranks_pages_that_show_it() {
        let page = |title: &str, line: &str, response: &str| {
            format!(
                "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\n{line}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and {response} in the response body.\n"
            )
        };
        let pages = [
            // Sorts first, shows the request with a query, and names a generic type.
            (
                "api/extendedproperty-get.md",
                page(
                    "Get extended property",
                    "GET /me/messages?$filter={filter}",
                    "an [entity](../resources/entity.md) object",
                ),
            ),
            (
                "api/user-list-messages.md",
                page("List messages", "GET /me/messages", "a collection of [message](../resources/message.md) objects"),
            ),
            ("resources/entity.md", resource("entity resource type", "")),
            ("resources/message.md", resource("message resource type", "")),
        ];
        let c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, text.clone())).collect());
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        let op = &json["paths"]["/me/messages"]["get"];
        assert_eq!(
            op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/messageCollectionResponse",
            "{op}"
        );
        assert_eq!(op["x-doc-source"]["file"], "api/user-list-messages.md");
        assert_eq!(op["parameters"][0]["name"], "$filter", "the other page still adds its parameters");
        assert!(c.diagnostics.iter().all(|d| d.code != codes::DUPLICATE_OPERATION), "{:?}", c.diagnostics);

        // Without a query either, the page whose first word names what the path addresses wins.
        let pages = [
            (
                "api/intune-shared-user-create.md",
                page("Create user", "POST /users", "an [entity](../resources/entity.md) object"),
            ),
            ("api/user-post-users.md", page("Create user", "POST /users", "a [user](../resources/user.md) object")),
            ("resources/entity.md", resource("entity resource type", "")),
            ("resources/user.md", resource("user resource type", "")),
        ];
        let c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, text.clone())).collect());
        let op = c.api.operations.iter().find(|o| o.path == "/users").unwrap();
        assert_eq!(c.files[op.origin.file.0 as usize].name(), "api/user-post-users.md");

        // Then the page whose first word names what the subject belongs to.
        let line = "POST /users/{id}/getMemberObjects";
        let pages = [
            ("api/directoryobject-getmemberobjects.md", page("getMemberObjects", line, "a String collection")),
            ("api/user-getmemberobjects.md", page("user: getMemberObjects", line, "a String collection")),
        ];
        let c = convert(pages.iter().map(|(name, text)| SourceFile::new(*name, text.clone())).collect());
        let op = &c.api.operations[0];
        assert_eq!(c.files[op.origin.file.0 as usize].name(), "api/user-getmemberobjects.md");
    }

    #[test]
    fn paths_differing_in_letter_case_are_one_path_in_camel_case() {
        let page = |line: &str| {
            format!(
                "---\ndoc_type: apiPageType\n---\n# List folders\n\n## HTTP request\n```http\n{line}\n```\n\n## Response\nReturns `200 OK`.\n"
            )
        };
        let c = convert(vec![
            SourceFile::new("api/a.md", page("GET /me/contactfolders/{Id}")),
            SourceFile::new("api/b.md", page("DELETE /me/contactFolders/{id}")),
        ]);
        let paths: Vec<&str> = c.api.operations.iter().map(|o| o.path.as_str()).collect();
        assert_eq!(paths, ["/me/contactFolders/{Id}", "/me/contactFolders/{Id}"], "parameter names: the first page's");
        // Segment by segment, across paths.
        let c = convert(vec![
            SourceFile::new("api/a.md", page("GET /me/contactfolders/{id}/contacts")),
            SourceFile::new("api/b.md", page("DELETE /me/contactFolders/{id}")),
        ]);
        let paths: Vec<&str> = c.api.operations.iter().map(|o| o.path.as_str()).collect();
        assert_eq!(paths, ["/me/contactFolders/{id}", "/me/contactFolders/{id}/contacts"]);
    }

    #[test]
    fn a_long_running_operation_s_location_header() {
        let page = |response: &str| {
            format!(
                "---\ndoc_type: apiPageType\n---\n# Archive team\n\n## HTTP request\n```http\nPOST /teams/{{id}}/archive\n```\n\n## Response\n{response}\n"
            )
        };
        let location = |text: &str| {
            let c = convert(vec![SourceFile::new("api/team-archive.md", page(text))]);
            let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
            json["paths"]["/teams/{id}/archive"]["post"]["responses"]["202"]["headers"]["Location"].clone()
        };
        let header =
            location("If successful, this method returns a `202 Accepted` response code with a `Location` header.");
        assert_ne!(header["required"], true, "{header}");
        assert!(header["description"].as_str().unwrap().contains("status"));
        let table = "If successful, this method returns a `202 Accepted` response code.\n\n| Name | Description |\n|:--|:--|\n| Location | URL to check on the status. |\n";
        assert!(location(table).is_object());
        assert!(location("If successful, this method returns a `202 Accepted` response code.").is_null());
    }

    #[test]
    fn bytes_in_and_out_are_octet_streams() {
        let page = "---\ndoc_type: apiPageType\n---\n# Update photo\n\n## HTTP request\n```http\nGET /me/photo\nGET /me/photo/$value\nPUT /me/photo/$value\n```\n\n## Request headers\n| Name | Description |\n|:---|:---|\n| Content-Type | image/jpeg. Required. |\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [profilePhoto](../resources/profilephoto.md) object in the response body.\n";
        let c = convert(vec![
            SourceFile::new("api/profilephoto-update.md", page),
            SourceFile::new("resources/profilephoto.md", resource("profilePhoto resource type", "")),
        ]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        let paths = &json["paths"];
        let upload = &paths["/me/photo/$value"]["put"]["requestBody"]["content"]["application/octet-stream"]["schema"];
        assert_eq!(upload["format"], "binary", "{}", paths["/me/photo/$value"]);
        let bytes = &paths["/me/photo/$value"]["get"]["responses"]["200"]["content"];
        assert!(bytes.get("application/octet-stream").is_some(), "{bytes}");
        let entity = &paths["/me/photo"]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
        assert_eq!(entity["$ref"], "#/components/schemas/profilePhoto");
        // In memory too, the format is the one progenitor matches on.
        let item = c.openapi.paths.paths["/me/photo/$value"].as_item().unwrap();
        let body = item.put.as_ref().unwrap().request_body.as_ref().unwrap().as_item().unwrap();
        let schema = body.content["application/octet-stream"].schema.as_ref().unwrap().as_item().unwrap();
        assert!(matches!(
            &schema.schema_kind,
            openapiv3::SchemaKind::Type(openapiv3::Type::String(s))
                if s.format == openapiv3::VariantOrUnknownOrEmpty::Item(openapiv3::StringFormat::Binary)
        ));
    }

    #[test]
    fn create_pages_per_derived_type_send_the_base() {
        let create = |title: &str, ty: &str, prop: &str| {
            format!(
                "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n```http\nPOST /configurations\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|{prop}|String|A property.|\n\n## Response\nIf successful, this method returns a `201 Created` response code and a [{ty}](../resources/{ty}.md) object in the response body.\n"
            )
        };
        let derived = |name: &str| {
            format!(
                "---\ndoc_type: resourcePageType\n---\n# {name} resource type\n\nInherits from [configuration](configuration.md).\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|{name}Setting|String|A setting.|\n"
            )
        };
        let c = convert(vec![
            SourceFile::new("api/android-create.md", create("Create android", "android", "androidSetting")),
            SourceFile::new("api/ios-create.md", create("Create ios", "ios", "iosSetting")),
            SourceFile::new("resources/configuration.md", resource("configuration resource type", "")),
            SourceFile::new("resources/android.md", derived("android")),
            SourceFile::new("resources/ios.md", derived("ios")),
        ]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        let op = &json["paths"]["/configurations"]["post"];
        assert_eq!(
            op["requestBody"]["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/configuration",
            "{op}"
        );
        assert_eq!(
            op["responses"]["201"]["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/configuration"
        );
    }

    #[test]
    fn an_example_of_a_derived_type_does_not_narrow_the_stated_type() {
        let page = |annotated: &str| {
            format!(
                "---\ndoc_type: apiPageType\n---\n# Get tab\n\n## HTTP request\n```http\nGET /teams/{{id}}/tabs/{{tab-id}}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code and an [attachment](../resources/attachment.md) object in the response body.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"get_tab\" }} -->\n```http\nGET https://graph.microsoft.com/v1.0/teams/1/tabs/2\n```\n<!-- {{ \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.{annotated}\" }} -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{{\"id\": \"1\"}}\n```\n"
            )
        };
        let derived = "---\ndoc_type: resourcePageType\n---\n# fileAttachment resource type\n\nDerived from [attachment](attachment.md).\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|name|String|The name.|\n";
        let types = [
            ("resources/attachment.md", resource("attachment resource type", "")),
            ("resources/fileattachment.md", derived.to_string()),
            ("resources/photo.md", resource("photo resource type", "")),
        ];
        let mut pages = vec![("api/tab-get.md", page("fileAttachment"))];
        pages.extend(types.iter().cloned());
        let (schema, ..) = convert_pages(&pages);
        assert_eq!(schema["$ref"], "#/components/schemas/attachment", "the base the page states");
        // An unrelated type in the example is what the page's link got wrong.
        let mut pages = vec![("api/tab-get.md", page("photo"))];
        pages.extend(types.iter().cloned());
        let (schema, ..) = convert_pages(&pages);
        assert_eq!(schema["$ref"], "#/components/schemas/photo");
    }

    #[test]
    fn a_file_stem_two_pages_share_decides_nothing() {
        let (schema, names, codes) = convert_pages(&[
            ("api/teamstab-get.md", get_page("[tab](../resources/teamstab.md)")),
            ("resources/teamstab.md", resource("teamsTab resource type", "")),
            ("other/teamstab.md", resource("otherTab resource type", "")),
        ]);
        assert_eq!(schema["$ref"], "#/components/schemas/tab");
        assert!(names.contains(&"tab".to_string()));
        assert!(codes.contains(&codes::MISSING_TYPE_PAGE), "{codes:?}");
    }

    #[test]
    fn a_request_body_of_an_array_of_linked_objects_is_an_array() {
        let page = |prose: &str| {
            format!(
                "---\ndoc_type: apiPageType\n---\n# Update page\n\n## HTTP request\n```http\nPATCH /me/pages/{{id}}/content\n```\n\n## Request body\n{prose}\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
            )
        };
        let body_schema = |prose: &str| {
            let c = convert(vec![
                SourceFile::new("api/page-update.md", page(prose)),
                SourceFile::new("resources/command.md", resource("command resource type", "")),
            ]);
            let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
            json["paths"]["/me/pages/{id}/content"]["patch"]["requestBody"]["content"]["application/json"]["schema"]
                .clone()
        };
        let array = body_schema("In the request body, supply an array of [command](../resources/command.md) objects.");
        assert_eq!(array["type"], "array", "{array}");
        assert_eq!(array["items"]["$ref"], "#/components/schemas/command");
        let one = body_schema(
            "In the request body, supply a JSON representation of a [command](../resources/command.md) object with an array of changes.",
        );
        assert_eq!(one["$ref"], "#/components/schemas/command", "{one}");
    }

    #[test]
    fn a_response_annotated_with_type_none_has_no_body() {
        let page = "---\ndoc_type: apiPageType\n---\n# Answer call\n\n## HTTP request\n```http\nPOST /calls/{id}/answer\n```\n\n## Response\nIf successful, this method returns a `202 Accepted` response code.\n\n## Example\n### Request\n```http\nPOST https://graph.microsoft.com/v1.0/calls/1/answer\n```\n### Response\n<!-- {\n  \"blockType\": \"response\",\n  \"@odata.type\": \"microsoft.graph.None\"\n} -->\n```http\nHTTP/1.1 202 Accepted\n```\n";
        let c = convert(vec![SourceFile::new("api/call-answer.md", page)]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        let response = &json["paths"]["/calls/{id}/answer"]["post"]["responses"]["202"];
        assert!(response.is_object(), "{json}");
        assert!(response.get("content").is_none(), "{response}");
        assert!(json["components"]["schemas"].get("None").is_none());
        assert!(c.diagnostics.iter().all(|d| d.code != codes::MISSING_TYPE_PAGE), "{:?}", c.diagnostics);
    }

    #[test]
    fn a_page_of_many_enums_defines_each_and_an_enum_s_own_page_wins() {
        let list = "---\ntitle: \"Enum values\"\ndoc_type: enumPageType\n---\n\nNamespace: microsoft.graph\n\n### attachmentType values\n\n| Member\n|:--------------\n| file\n| item\n\n### dayOfWeek values\n\n|Member|Value|Description|\n|:---|:---|:---|\n|sunday|0|Sunday.|\n";
        let own = "---\ndoc_type: enumPageType\n---\n# dayOfWeek enum type\n\n|Member|Value|Description|\n|:---|:---|:---|\n|sunday|0|Sunday.|\n|monday|1|Monday.|\n";
        let c = convert(vec![
            SourceFile::new("resources/enums.md", list),
            SourceFile::new("resources/intune-dayofweek.md", own),
        ]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        let schemas = &json["components"]["schemas"];
        assert_eq!(schemas["attachmentType"]["oneOf"][0]["enum"], serde_json::json!(["file", "item"]), "{schemas}");
        assert_eq!(schemas["dayOfWeek"]["oneOf"][0]["enum"], serde_json::json!(["sunday", "monday"]));
        assert!(schemas.get("Enum").is_none());
        let duplicate = c.diagnostics.iter().find(|d| d.code == codes::DUPLICATE_TYPE).expect("a warning");
        assert!(duplicate.message.contains("its own page"), "{}", duplicate.message);
    }

    #[test]
    fn the_page_named_for_a_type_defines_it() {
        let full = resource("user resource type", "")
            .replace("|id|String|The id.|", "|id|String|The id.|\n|mail|String|The mail.|");
        let c = convert(vec![
            SourceFile::new(
                "resources/intune-shared-user.md",
                resource("user resource type", "")
                    .replace("|id|String|The id.|", "|id|String|Another id.|\n|managedDevices|String|Intune's part.|"),
            ),
            SourceFile::new("resources/user.md", full),
        ]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        let user = &json["components"]["schemas"]["user"];
        assert!(user["properties"].get("mail").is_some(), "{user}");
        assert_eq!(user["properties"]["id"]["description"], "The id.", "the own page's row wins");
        assert!(user["properties"].get("managedDevices").is_some(), "the other page's part is kept: {user}");
        assert_eq!(user["x-doc-source"]["file"], "resources/user.md");
        let duplicate = c.diagnostics.iter().find(|d| d.code == codes::DUPLICATE_TYPE).expect("a warning");
        assert_eq!(c.files[duplicate.file.0 as usize].name(), "resources/intune-shared-user.md");
    }

    #[test]
    fn property_tables_read_by_their_headers() {
        let page = "---\ndescription: \") for tasks, cut short\"\ndoc_type: resourcePageType\n---\n# identityProvider resource type\n\nRepresents an identity provider.\n\n## Properties\n|Property|Type|Required|Nullable|Description|\n|:---|:---|:---|:---|:---|\n|clientId|String|Yes|No|The client ID. Read only.|\n|name|String|No|Yes|The name.|\n|extra|Untyped JSON object|No|Yes|Anything.|\n|created|DateTimeOffset|No|Yes|When. This property is read-only.|\n\n### Properties of the definition\n|Property|Type|Description|\n|:---|:---|:---|\n|Version|Integer|Inside the definition string.|\n\n## Instance attributes\n|Property name|Type|Description|\n|:---|:---|:---|\n|@microsoft.graph.downloadUrl|string|A URL. Read-only.|\n";
        let c = convert(vec![SourceFile::new("resources/identityprovider.md", page)]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        let t = &json["components"]["schemas"]["identityProvider"];
        let p = &t["properties"];
        assert_eq!(p["clientId"]["description"], "The client ID. Read only.", "{t}");
        assert_eq!(p["clientId"]["readOnly"], true);
        assert_ne!(p["clientId"]["nullable"], true, "the Nullable column says No");
        assert_eq!(p["name"]["nullable"], true);
        assert!(p["name"].get("readOnly").is_none());
        assert_eq!(p["created"]["readOnly"], true, "read-only mid-sentence");
        assert!(p["extra"].get("$ref").is_none(), "untyped is any JSON: {}", p["extra"]);
        assert!(p.get("Version").is_none(), "a sub-heading's table describes something else");
        assert_eq!(p["@microsoft.graph.downloadUrl"]["readOnly"], true);
        assert_eq!(t["description"], "Represents an identity provider.", "a cut front matter description is not used");
        assert!(json["components"]["schemas"].get("Untyped").is_none());
    }

    #[test]
    fn a_sentence_for_a_title_names_no_type() {
        let names = |title: &str| {
            let c = convert(vec![SourceFile::new("resources/x.md", resource(title, ""))]);
            let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
            json["components"]["schemas"].as_object().unwrap().keys().cloned().collect::<Vec<_>>()
        };
        assert!(!names("Use the Microsoft Graph threat assessment API").contains(&"Use".to_string()));
        assert!(names("accessReview").contains(&"accessReview".to_string()));
        assert!(names("driveItem resource type").contains(&"driveItem".to_string()));
        assert!(names("hashes facet").contains(&"hashes".to_string()));
    }

    #[test]
    fn without_a_property_table_the_json_representation_defines_the_type() {
        let page = |annotation: &str| {
            format!(
                "---\ndoc_type: resourcePageType\n---\n# workbookFilterCriteria resource type\n\n## JSON representation\n<!-- {{ \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.workbookFilterCriteria\"{annotation} }} -->\n```json\n{{\n  \"color\": \"string\",\n  \"count\": \"Int32\",\n  \"on\": true,\n  \"values\": [\"String\"],\n  \"icon\": {{\"@odata.type\": \"microsoft.graph.workbookIcon\"}},\n  \"author\": \"Brad\",\n}}\n```\n"
            )
        };
        let schema = |annotation: &str| {
            let c = convert(vec![SourceFile::new("resources/filtercriteria.md", page(annotation))]);
            let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
            json["components"]["schemas"]["workbookFilterCriteria"]["properties"].clone()
        };
        let props = schema("");
        assert_eq!(props["color"]["type"], "string", "{props}");
        assert_eq!(props["count"]["type"], "integer");
        assert_eq!(props["on"]["type"], "boolean");
        assert_eq!(props["values"]["type"], "array");
        assert_eq!(props["icon"]["allOf"][0]["$ref"], "#/components/schemas/workbookIcon");
        assert_eq!(props["author"]["type"], "string", "a sample value is not a type name");
        let open = schema(", \"openType\": true");
        assert!(open.get("color").is_none(), "an open type's members are samples: {open}");
        let derived = schema(", \"baseType\": \"microsoft.graph.entity\"");
        assert!(derived.get("color").is_none(), "a derived type's representation repeats its base: {derived}");
    }

    #[test]
    fn a_page_wins_over_its_prefixed_copy() {
        let update = |property: &str| {
            format!(
                "---\ndoc_type: apiPageType\n---\n# Update user\n\n## HTTP request\n```http\nPATCH /users/{{id}}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|{property}|String|A property.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
            )
        };
        let c = convert(vec![
            SourceFile::new("api/intune-shared-user-update.md", update("intuneOnly")),
            SourceFile::new("api/user-update.md", update("displayName")),
        ]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        let op = &json["paths"]["/users/{id}"]["patch"];
        assert_eq!(op["x-doc-source"]["file"], "api/user-update.md", "{op}");
        let schema = &op["requestBody"]["content"]["application/json"]["schema"];
        assert!(schema["properties"].get("displayName").is_some(), "{schema}");
    }

    #[test]
    fn nothing_is_required_in_an_update_body() {
        let schema = |method: &str| {
            let page = format!(
                "---\ndoc_type: apiPageType\n---\n# Change user\n\n## HTTP request\n```http\n{method} /users/{{id}}\n```\n\n## Request body\n|Property|Type|Description|\n|:---|:---|:---|\n|usageLocation|String|Required. A two-letter country code.|\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n"
            );
            let c = convert(vec![SourceFile::new("api/user-update.md", page)]);
            let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
            json["paths"]["/users/{id}"][method.to_ascii_lowercase()]["requestBody"]["content"]["application/json"]
                ["schema"]
                .clone()
        };
        assert_eq!(schema("POST")["required"], serde_json::json!(["usageLocation"]), "{}", schema("POST"));
        assert!(schema("PATCH").get("required").is_none(), "{}", schema("PATCH"));
    }

    #[test]
    fn a_title_without_a_space_after_the_hash_is_still_the_title() {
        let page = "---\ntitle: \"Members\"\ndoc_type: enumPageType\n---\n\n#teamVisibilityType enum type\n\n|Member|Value|Description|\n|:---|:---|:---|\n|private|0|Private.|\n";
        let c = convert(vec![SourceFile::new("resources/teamvisibilitytype.md", page)]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        let schemas = json["components"]["schemas"].as_object().unwrap();
        assert!(schemas.contains_key("teamVisibilityType"), "{:?}", schemas.keys().collect::<Vec<_>>());
        assert!(!schemas.contains_key("Members"));
    }

    #[test]
    fn a_response_annotation_may_name_its_type_with_at_type() {
        let page = "---\ndoc_type: apiPageType\n---\n# List lists\n\n## HTTP request\n```http\nGET /sites/{site-id}/lists\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n\n## Example\n### Request\n```http\nGET https://graph.microsoft.com/v1.0/sites/1/lists\n```\n### Response\n\n<!-- { \"blockType\": \"response\", \"@type\": \"microsoft.graph.list\", \"isCollection\": true, \"truncated\": true } -->\n```json\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{\"value\": [{\"id\": \"String\"}]}\n```\n";
        let c = convert(vec![
            SourceFile::new("api/list-list.md", page.to_string()),
            SourceFile::new("resources/list.md", resource("list resource type", "")),
        ]);
        let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
        let schema = &json["paths"]["/sites/{site-id}/lists"]["get"]["responses"]["200"]["content"]["application/json"]
            ["schema"];
        assert_eq!(schema["$ref"], "#/components/schemas/listCollectionResponse", "{}", json["paths"]);
    }

    #[test]
    fn a_create_without_a_request_type_sends_the_created_entity() {
        let page = |status: &str| {
            format!(
                "---\ndoc_type: apiPageType\n---\n# Create shift\n\n## HTTP request\n```http\nPOST /teams/{{id}}/shifts\n```\n\n## Request body\nIn the request body, supply the new shift.\n\n## Response\nIf successful, this method returns a `{status}` response code and a [shift](../resources/shift.md) object in the response body.\n\n## Example\n### Request\n```http\nPOST https://graph.microsoft.com/v1.0/teams/1/shifts\nContent-type: application/json\n\n{{\"id\": \"1\"}}\n```\n"
            )
        };
        let request = |status: &str| {
            let c = convert(vec![
                SourceFile::new("api/schedule-post-shifts.md", page(status)),
                SourceFile::new("resources/shift.md", resource("shift resource type", "")),
            ]);
            let json: serde_json::Value = serde_json::from_str(&c.to_json()).unwrap();
            json["paths"]["/teams/{id}/shifts"]["post"]["requestBody"]["content"]["application/json"]["schema"].clone()
        };
        assert_eq!(request("201 Created")["$ref"], "#/components/schemas/shift", "{}", request("201 Created"));
        assert_eq!(request("200 OK"), serde_json::json!({}), "an action answered 200 says nothing of its body");
    }

    #[test]
    fn older_pages_name_their_type_with_at_type() {
        let annotation = r#"<!-- { "blockType": "resource", "@type": "microsoft.graph.systemFacet" } -->"#;
        let (_, names, _) = convert_pages(&[
            ("api/teamstab-get.md", get_page("[systemFacet](../resources/systemFacet.md)")),
            ("resources/systemFacet.md", resource("System facet", annotation)),
        ]);
        assert!(names.contains(&"systemFacet".to_string()), "{names:?}");
        assert!(!names.contains(&"System".to_string()), "{names:?}");
    }
}
