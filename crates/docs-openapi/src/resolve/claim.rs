//! Which page answers for an operation several pages document, and how a
//! weaker page's copy still contributes.

use std::collections::BTreeMap;

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::extract::{sanitize_id, singular};
use crate::http::Method;
use crate::model::{Operation, Property, Response, Shape, TypeDef};
use crate::source::{FileId, SourceFile};
use crate::types::TypeRef;

use super::registry::{
    base_of_defined_kinds, body_type, body_type_mut, common_ancestor, defined_by_page, names_type, unqualified,
};
use super::sets::navigation_of;
use super::{at, key, locate};

/// How strongly a page answers for an operation it documents; less is stronger.
/// Several pages show the same (method, path): the operation's own page
/// (`user-list-messages.md` for `GET /me/messages`) outranks pages about
/// something else that use it (`singlevaluelegacyextendedproperty-get.md`,
/// with `?$filter=…`); among equals, types are merged ([`merge`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Claim {
    /// Not the list's own page where the request lists a set: a page named for
    /// listing what the path addresses (`attacksimulationroot-list-endusernotifications.md`,
    /// whose one line shows the list filtered) outranks a get page writing the list's
    /// request line (`endusernotification-get.md`), whichever word of its name names
    /// the subject.
    not_own_list: bool,
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
    /// A `GET` of a collection (the path addresses no member) from a page not
    /// named for listing, or of one member (`…/{id}`) from a page named for listing
    /// and not for getting. Last: it only decides between pages otherwise equal
    /// (`swapshiftschangerequest-get.md` writing the list's request line gives way
    /// to `swapshiftschangerequest-list.md`).
    other_get: bool,
    kind_of: KindOf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Naming {
    FirstWord,
    LaterWord,
    Elsewhere,
}

/// A page whose name has a word naming a kind of what the path addresses
/// (`externalmeetingregistrant-post.md` for `…/registrants`, `profilephoto-get.md`
/// for `…/photo`, `intune-books-iosvppebook-get.md` for `…/managedEBooks/{id}`, by the
/// types' bases): a page on the request, which adds its scopes and members, but no
/// stronger or weaker for it (pages of several kinds still merge to their base).
/// Compares equal whatever it holds, so that it takes no part in the ranking.
#[derive(Debug, Clone, Copy)]
pub(super) struct KindOf(bool);

impl PartialEq for KindOf {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}
impl Eq for KindOf {}
impl PartialOrd for KindOf {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for KindOf {
    fn cmp(&self, _: &Self) -> std::cmp::Ordering {
        std::cmp::Ordering::Equal
    }
}

impl Claim {
    /// `derives(word, subject)`: the type a word of the page's name spells derives from the
    /// one the path's subject spells (`iosvppebook` from `managedebook`), both lowercase.
    pub(super) fn of(
        files: &[SourceFile],
        op: &Operation,
        variant: bool,
        derives: &dyn Fn(&str, &str) -> bool,
    ) -> Claim {
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
            Method::Patch | Method::Put => &["update", "upsert", "replace"],
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
        let words = |w: &str| stem.as_deref().is_some_and(|stem| stem.split(['-', '_']).any(|x| x == w));
        let member = crate::paths::addresses_member(&op.path);
        let other_get =
            op.method == Method::Get && if member { !words("get") && words("list") } else { !words("list") };
        let kind_of = KindOf(
            naming == Naming::Elsewhere && {
                let subject = subject(&op.path).unwrap_or_default();
                let subject = singular(&subject);
                subject.len() >= 4
                    && stem.as_deref().is_some_and(|s| {
                        s.split(['-', '_']).any(|w| singular(w).ends_with(subject) || derives(w, subject))
                    })
            },
        );
        let own_list = op.method == Method::Get && !member && naming != Naming::Elsewhere && words("list");
        Claim { not_own_list: !own_list, variant, naming, other_owner, other_verb, other_get, kind_of }
    }
}

/// What a path addresses: its last segment that is not a parameter, an OData
/// system segment (`$value`, `$ref`, `$count`) or a cast, lowercased and without
/// a function call's arguments (`/me/messages/{id}` → `messages`).
pub(super) fn subject(path: &str) -> Option<String> {
    literal_segments(path).next_back().map(|s| s.to_ascii_lowercase())
}

/// A path's segments that name something: not parameters, OData system segments
/// or casts, without function arguments.
pub(super) fn literal_segments(path: &str) -> impl DoubleEndedIterator<Item = &str> {
    path.split('/')
        .map(|s| s.split('(').next().unwrap_or(s).trim_end_matches(':'))
        .filter(|s| !s.is_empty() && !s.starts_with(['{', '$']) && !s.starts_with("microsoft.graph."))
}

impl Claim {
    /// A page on the request itself: its line has no query string and the page's
    /// name names what the path addresses (not an open-extension page showing a
    /// `POST /users/{id}/messages` among many).
    pub(super) fn is_about_request(self) -> bool {
        !self.variant && (self.naming != Naming::Elsewhere || self.kind_of.0)
    }

    /// The page's name names what the path addresses, whether or not its line carries a
    /// query string (`…?$filter=…` on the operation's own page).
    pub(super) fn names_subject(self) -> bool {
        self.naming != Naming::Elsewhere
    }
}

/// What another page on the same request (not a variant of it, nor a prefixed copy
/// of `first`'s page) adds: the scopes its permissions table names beyond `first`'s
/// (group events' `Group.ReadWrite.All` on `event-update.md`'s operation) and the
/// members its body table names beyond `first`'s table.
pub(super) fn pool(first: &mut Operation, later: &Operation) {
    first.permissions.extend_from(&later.permissions);
    if let (Some(Shape::Object(mine)), Some(Shape::Object(theirs))) =
        (first.request_body.as_mut().map(|b| &mut b.shape), later.request_body.as_ref().map(|b| &b.shape))
    {
        // Not required: the operation's own page does not send them.
        for m in theirs {
            if !mine.iter().any(|p| p.name.eq_ignore_ascii_case(&m.name)) {
                mine.push(Property { required: false, ..m.clone() });
            }
        }
    }
}

/// Fills what `first` lacks from another page's copy of the operation:
/// parameters and a request body, and permissions where `first` has none (its table
/// missing from the inputs); never its types or statuses, nor scopes beside `first`'s
/// (an open-extension page's table covers every resource it shows; see [`pool`]).
/// `weaker`: the other page ranks below the first's (not one of equal standing, see
/// [`merge`]); what it alone requires is then optional.
pub(super) fn fill(first: &mut Operation, later: Operation, on_the_request: bool, weaker: bool) {
    if first.permissions.is_empty() {
        first.permissions = later.permissions.clone();
    }
    // The response headers the later page documents for a status both answer
    // (`Preference-Applied`, which only the user's events list says a `Prefer` header brings).
    for theirs in &later.responses {
        if let Some(mine) = first.responses.iter_mut().find(|r| r.status == theirs.status) {
            for h in &theirs.headers {
                if !mine.headers.iter().any(|m| m.name.eq_ignore_ascii_case(&h.name)) {
                    mine.headers.push(h.clone());
                }
            }
        }
    }
    match (&mut first.request_body, &later.request_body) {
        (None, _) => first.request_body = later.request_body,
        // The relationships either page's examples bind.
        (Some(mine), Some(theirs)) => mine.bind_also(theirs),
        _ => {}
    }
    // The OData options the first page lists are its own say: another page's (a generic "supports
    // some of the OData query parameters" on a copy) do not widen them; but options a page on the
    // request itself names ("supports the `$top`, `$count` and `$select` …") are said of the
    // operation, and replace a generic sentence's (not a page about something else, naming what
    // one of its variants uses).
    let lists_options = first.parameters.iter().any(is_system_query_option);
    let named = on_the_request && later.options_named;
    if named && !first.options_named {
        first.parameters.retain(|p| !is_system_query_option(p));
        first.options_named = true;
    }
    let widen = !lists_options || named;
    for mut p in later.parameters {
        if !widen && is_system_query_option(&p) {
            continue;
        }
        // A header both pages document by its values (`Prefer`'s "`outlook.timezone`: …" on one,
        // "`outlook.timezone`: … `outlook.body-content-type`: …" on the other): the values only
        // the later page documents are added.
        if p.location == crate::model::ParamLocation::Header
            && let Some(q) = first
                .parameters
                .iter_mut()
                .find(|q| q.location == crate::model::ParamLocation::Header && q.name.eq_ignore_ascii_case(&p.name))
        {
            if let (Some(mine), Some(theirs)) = (&mut q.description, &p.description) {
                let known: Vec<String> = value_segments(mine).into_iter().map(|(v, _)| v.to_string()).collect();
                if !known.is_empty() {
                    let more: Vec<&str> = value_segments(theirs)
                        .into_iter()
                        .filter(|(v, _)| !known.iter().any(|k| k == v))
                        .map(|(_, s)| s)
                        .collect();
                    for segment in more {
                        mine.push(' ');
                        mine.push_str(segment);
                    }
                }
            }
            continue;
        }
        if !first.parameters.iter().any(|q| crate::paths::same_ident(&q.name, &p.name)) {
            // What a weaker page requires is its variant's (a "Get" page writing the list's
            // line with `?$filter=domains/any(…)`, "This method requires the `$filter` OData
            // query parameter"): the first page sends the request without it.
            if weaker && p.location != crate::model::ParamLocation::Path {
                p.required = false;
            }
            first.parameters.push(p);
        }
    }
}

/// A header's description written value by value ("`outlook.timezone`: Use this … Optional.
/// `outlook.body-content-type`: The format …"): each value and its segment, from its code span to
/// the next value's. None where the description does not open with a value.
fn value_segments(description: &str) -> Vec<(&str, &str)> {
    // Where each "`value`:" opens (at the start, or after a space), and the value.
    let mut starts: Vec<(usize, &str)> = Vec::new();
    for (at, _) in description.match_indices('`') {
        if at > 0 && !description[..at].ends_with(' ') {
            continue;
        }
        let rest = &description[at + 1..];
        if let Some(end) = rest.find('`')
            && end > 0
            && !rest[..end].contains(char::is_whitespace)
            && rest[end + 1..].starts_with(':')
        {
            starts.push((at, &rest[..end]));
        }
    }
    if starts.first().is_none_or(|(at, _)| *at != 0) {
        return Vec::new();
    }
    let ends = starts.iter().skip(1).map(|(at, _)| *at).chain(std::iter::once(description.len()));
    starts.iter().zip(ends).map(|((at, value), end)| (*value, description[*at..end].trim_end())).collect()
}

/// `$select`, `$top`, …: a query parameter that is one of OData's system options. Not one
/// written without its `$` (`GET /sites?search={query}`): a parameter of the line's own.
fn is_system_query_option(p: &crate::model::Parameter) -> bool {
    p.location == crate::model::ParamLocation::Query
        && p.name.starts_with('$')
        && crate::extract::is_system_option(&p.name)
}

/// A page's file stem, lowercase (`user-post-users` for `api/user-post-users.md`).
pub(super) fn stem_of(files: &[SourceFile], file: FileId) -> Option<String> {
    files.get(file.0 as usize).and_then(|f| crate::extract::page_stem(f.name()))
}

/// Whether `file` is named for the type with registry key `key` (`user.md` for `user`,
/// `windowsupdates-catalogcontent.md` for `windowsupdates.catalogcontent`).
pub(super) fn is_named_for(files: &[SourceFile], file: FileId, key: &str) -> bool {
    stem_of(files, file).is_some_and(|stem| {
        stem == key
            || (key.contains('.')
                && stem.len() == key.len()
                && stem.chars().zip(key.chars()).all(|(s, k)| s == k || (k == '.' && s == '-')))
    })
}

/// Whether page `copy` is named as a prefixed copy of page `page`
/// (`intune-shared-user-update.md` of `user-update.md`).
pub(super) fn is_copy_of(files: &[SourceFile], copy: FileId, page: FileId) -> bool {
    let (Some(copy), Some(page)) = (stem_of(files, copy), stem_of(files, page)) else { return false };
    copy.len() > page.len() + 1 && copy.ends_with(&page) && copy[..copy.len() - page.len()].ends_with('-')
}

/// Keeps the first page's operation (or the later one, when that page is about
/// the first one's base type) and fills what it lacks from the other.
///
/// Graph documents polymorphic operations once per derived type (Intune's
/// `GET /deviceManagement/deviceConfigurations/{id}` has a page per
/// configuration type); when the pages' types share an ancestor, the merged
/// operation uses it (objects are open, so derived properties are kept) and is
/// named for it. Otherwise the pages disagree, and a warning says so.
pub(super) fn merge(
    first: &mut Operation,
    mut later: Operation,
    claim: Claim,
    registry: &BTreeMap<String, TypeDef>,
    files: &[SourceFile],
    diags: &mut Vec<Diagnostic>,
) {
    // What each page is about: its answer's type, else its body's, else its summary's.
    let about = |op: &Operation| {
        op.responses
            .first()
            .and_then(|r| r.body.as_ref())
            .and_then(body_type)
            .or_else(|| op.request_body.as_ref().and_then(body_type))
            .or_else(|| summary_type(op, registry))
    };
    let (a, b) = (about(first), about(&later));
    // The base type's own page (`managedDeviceMobileAppConfiguration`'s list) answers
    // for the operation over pages per derived type that come before it.
    let later_is_base = matches!((&a, &b), (Some(a), Some(b))
        if !a.eq_ignore_ascii_case(b) && common_ancestor(registry, a, b).is_some_and(|base| base.eq_ignore_ascii_case(b)));
    // Pages about unrelated types (sharing only Graph's root `entity`): the one whose type
    // the path's last segment is the set of (`POST /networkAccess/filteringPolicies` on the
    // filtering policy's create page, and by mistake on a policy rule's), by their answers,
    // else by their bodies where the answers agree (both pages answer a `filteringPolicy`).
    let unrelated = |a: &str, b: &str| common_ancestor(registry, a, b).is_none_or(|base| is_root_entity(&base));
    let set_of = |t: &str| crate::extract::ends_in_set_of(&first.path, t);
    let later_is_set_s = |a: Option<String>, b: Option<String>| {
        matches!((a, b), (Some(a), Some(b))
            if !a.eq_ignore_ascii_case(&b) && unrelated(&a, &b) && set_of(&b) && !set_of(&a))
    };
    let sent = |op: &Operation| op.request_body.as_ref().and_then(body_type);
    if later_is_base || later_is_set_s(a, b) || later_is_set_s(sent(first), sent(&later)) {
        std::mem::swap(first, &mut later);
    }
    // An action one page documents with its parameters table (`ids`) and another by a type's
    // name alone ("supply a JSON representation of the recycleBinItem objects" for `POST
    // …/recycleBin/items/restore`, no set of that type): the parameters are the body.
    if first.method == Method::Post
        && !first.path.ends_with('}')
        && let (Some(mine), Some(theirs)) = (&first.request_body, &later.request_body)
        && names_type_alone(mine)
        && matches!(&theirs.shape, Shape::Object(members) if !members.is_empty())
        && body_type(mine).is_some_and(|t| {
            // Not a create, whatever its set is called (`POST /planner/tasks`): it answers the type.
            let answers = |r: &Response| matches!(&r.body, Some(b) if matches!(&b.shape, Shape::Type(TypeRef::Named(n)) if n.eq_ignore_ascii_case(&t)));
            !crate::extract::ends_in_set_of(&first.path, &t) && !first.responses.iter().any(answers)
        })
    {
        first.request_body = later.request_body.clone();
    }
    let statuses_differ = first.responses.iter().map(|r| r.status).ne(later.responses.iter().map(|r| r.status));
    // Not pages about something else showing the request (extended properties read through
    // messages, one page answering the message, another the list): their options are the request's.
    let mut disagree = claim.is_about_request() && written_alike(first, &mut later);
    let returned = |op: &Operation| op.responses.first().and_then(|r| r.body.as_ref()).and_then(body_type);
    let returned_before = returned(first);
    let path = first.path.clone();
    let pairs = first.request_body.iter_mut().zip(later.request_body.as_ref()).chain(
        first.responses.iter_mut().zip(&later.responses).filter_map(|(a, b)| a.body.as_mut().zip(b.body.as_ref())),
    );
    let mut generalized: Vec<(String, String)> = Vec::new();
    for (mine, theirs) in pairs {
        let (Some(a), Some(b)) = (body_type_mut(mine), body_type(theirs)) else { continue };
        if a.eq_ignore_ascii_case(&b) {
            continue;
        }
        match common_ancestor(registry, a, &b) {
            // Not Graph's root type `entity`, which every entity shares: pages on the request
            // itself disagree; pages about something else that show it (extended properties
            // on messages and on events) give way to its own page, if any, and say nothing.
            Some(base) if is_root_entity(&base) && !is_root_entity(a) => disagree |= claim.names_subject(),
            Some(base) => {
                if !a.eq_ignore_ascii_case(&base) {
                    generalized.push((a.clone(), base.clone()));
                }
                *a = base;
            }
            None => match base_of_partly_known(registry, &path, a, &b) {
                Some(base) => {
                    if !a.eq_ignore_ascii_case(&base) {
                        generalized.push((a.clone(), base.clone()));
                    }
                    *a = base;
                }
                None => disagree = true,
            },
        }
    }
    // Statuses the other page documents with the same answer (setRetentionLabel's "`201
    // Created` … the first time, `200 OK` after" beside lockOrUnlockRecord's `200` on the same
    // `PATCH`): all of them. Answers of another type, or none beside one, stay a disagreement.
    if statuses_differ && !disagree {
        // A named type (or none), in the same media type and shape (one or a page of them).
        fn answer(r: &Response) -> Option<Option<(&str, &Shape)>> {
            match &r.body {
                None => Some(None),
                Some(b) => body_type(b).map(|_| Some((b.media_type.as_str(), &b.shape))),
            }
        }
        let primary = first.responses.first().and_then(answer);
        let success = |r: &&Response| (200..300).contains(&r.status);
        if primary.is_some() && first.responses.iter().chain(&later.responses).all(|r| answer(r) == primary) {
            let more: Vec<Response> = later
                .responses
                .iter()
                .filter(success)
                .filter(|r| !first.responses.iter().any(|f| f.status == r.status))
                .cloned()
                .collect();
            first.responses.extend(more);
        } else {
            disagree = true;
        }
    }
    // Without types to compare (a DELETE), the types the two summaries name
    // ("Delete androidLobApp", "Delete iosStoreApp") share a base all the same.
    let typeless = |op: &Operation| {
        op.request_body.as_ref().and_then(body_type).is_none()
            && op.responses.iter().all(|r| r.body.as_ref().and_then(body_type).is_none())
    };
    if generalized.is_empty()
        && typeless(first)
        && typeless(&later)
        && let (Some(a), Some(b)) = (summary_type(first, registry), summary_type(&later, registry))
        && !a.eq_ignore_ascii_case(&b)
        // Not Graph's root type `entity`, which every entity shares.
        && let Some(base) = common_ancestor(registry, &a, &b)
            .filter(|base| !base.eq_ignore_ascii_case(&a) && !base.eq_ignore_ascii_case("entity"))
    {
        generalized.push((a, base));
    }
    // The first page named the operation for its own derived type ("Create
    // androidCustomConfiguration"); the merged operation is about the base.
    generalized.sort();
    generalized.dedup();
    for (derived, base) in generalized {
        rename_type_in_names(first, &derived, &base);
    }
    // Each derived type's page sends its own property table (Intune's create page per
    // configuration type): what they share is the base the responses generalized to. Not
    // tables listing the same members (an update page per kind, each with the one table):
    // that table is the body.
    if let Some(base) = returned(first).filter(|base| returned_before.as_ref() != Some(base))
        && let (Some(mine), Some(theirs)) = (&mut first.request_body, &later.request_body)
        && let (Shape::Object(members), Shape::Object(more)) = (&mine.shape, &theirs.shape)
        && !same_members(members, more)
    {
        mine.become_named(base);
    }
    // Updates of two kinds with nothing returned to generalize (`PATCH …/namedLocations/{id}`
    // on the country and the IP location pages, each `204`): an update sends any of the
    // members either table lists. So does an action whose page per kind lists the base's
    // parameters and more (`targetApps` on the targeted app protection's page: `apps` and
    // `appGroupType`): the more are the kind's, optional. And a create two pages list apart
    // (the single- and the multi-value extended property's `POST /me/events`, each table one
    // collection): either page's members, what both require required (below).
    if let (Some(mine), Some(theirs)) = (&mut first.request_body, &later.request_body)
        && let (Shape::Object(members), Shape::Object(more)) = (&mut mine.shape, &theirs.shape)
    {
        for m in more {
            if !members.iter().any(|p| p.name.eq_ignore_ascii_case(&m.name)) {
                members.push(Property { required: false, ..m.clone() });
            }
        }
    }
    // A create one page marks members of as required and another does not: the operation
    // requires what every page does (which page comes first decides nothing). So for bodies the
    // pages list (the country location's update demands `@odata.type`, the IP location's not).
    // A page naming the type alone ("supply a JSON representation of the [x] object"), listing and
    // marking no members, has no word on it: the other page's marks stand.
    if let (Some(mine), Some(theirs)) = (&mut first.request_body, &later.request_body) {
        // The relationships either page's examples bind.
        mine.bind_also(theirs);
        if names_type_alone(mine) && !names_type_alone(theirs) {
            // The other page's word is the operation's now (a third page weighs against it).
            mine.members_listed = true;
            mine.required_members = theirs.required_members.clone();
            mine.required_sent = theirs.required_sent.clone();
            mine.written = if copies_its_type(theirs, registry) { Vec::new() } else { theirs.written.clone() };
            mine.marks_read_only = theirs.marks_read_only;
            if let Shape::Object(more) = &theirs.shape {
                mine.required_members.extend(more.iter().filter(|p| p.required).map(|p| p.name.clone()));
            }
        } else if !names_type_alone(theirs) {
            mine.required_members.retain(|m| theirs.required_members.contains(m));
            // Sent by either page's examples, of what both require.
            mine.required_sent.extend(theirs.required_sent.iter().cloned());
            let required = mine.required_members.clone();
            mine.required_sent.retain(|m| required.contains(m));
            mine.required_sent.sort();
            mine.required_sent.dedup();
            // Written by either page's examples, of the rows either lists; not by a page copying
            // its type's table (decided page by page: the other page's marks are not its).
            if copies_its_type(mine, registry) {
                mine.written.clear();
            }
            if !copies_its_type(theirs, registry) {
                mine.written.extend(theirs.written.iter().cloned());
            }
            mine.written.sort();
            mine.written.dedup();
            mine.marks_read_only |= theirs.marks_read_only;
            if let (Shape::Object(members), Shape::Object(more)) = (&mut mine.shape, &theirs.shape) {
                for m in members.iter_mut().filter(|m| m.required) {
                    m.required = more.iter().any(|p| p.required && p.name.eq_ignore_ascii_case(&m.name));
                }
            }
        }
    }
    if disagree {
        diags.push(disagreement(first, &later, files));
    }
    // Pages of equal standing (one per derived type) each list the scopes that work; the operation
    // is deprecated where every page says so.
    first.permissions.extend_from(&later.permissions);
    first.deprecated &= later.deprecated;
    fill(first, later, true, false);
}

/// A table listing most of its named type's members and marking none but the key read-only
/// (Intune's generated tables, read-only members and all): the type's copy, its rows no word on
/// what a call writes (`Body::written`). (Each member once: a kind restates members its base's
/// placeholder holds too.)
pub(super) fn copies_its_type(body: &crate::model::Body, registry: &BTreeMap<String, TypeDef>) -> bool {
    let Shape::Type(TypeRef::Named(name)) = &body.shape else { return false };
    let mut names: Vec<String> =
        super::registry::properties(registry, name).iter().map(|p| p.name.to_ascii_lowercase()).collect();
    names.sort_unstable();
    names.dedup();
    body.listed.len() * 2 > names.len() && !body.marks_read_only
}

/// A body that is a named type and nothing more: no members of its own listed, none marked required.
fn names_type_alone(body: &crate::model::Body) -> bool {
    matches!(body.shape, Shape::Type(TypeRef::Named(_))) && !body.members_listed && body.required_members.is_empty()
}

/// Whether one page answers one object and the other a page of them (`GET /places/{id}`
/// beside a list's `GET /places/{placeType}`): two requests written alike, not one documented
/// twice. Then `later` keeps no OData options to add: the first page's stay its own.
pub(super) fn written_alike(first: &Operation, later: &mut Operation) -> bool {
    // One named object, or a page of them; not other shapes (a bare array, an inline object).
    let answers_page = |op: &Operation| match op.responses.first().and_then(|r| r.body.as_ref()).map(|b| &b.shape) {
        Some(Shape::CollectionPage(_)) => Some(true),
        Some(Shape::Type(TypeRef::Named(_))) => Some(false),
        _ => None,
    };
    let alike = matches!((answers_page(first), answers_page(later)), (Some(a), Some(b)) if a != b);
    if alike {
        later.parameters.retain(|p| !is_system_query_option(p));
        later.options_named = false;
    }
    alike
}

/// The warning that `later` documents `first`'s request with another shape, which is kept.
pub(super) fn disagreement(first: &Operation, later: &Operation, files: &[SourceFile]) -> Diagnostic {
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
    .with_help("make the pages agree, or document the operation on one page")
}

/// The base of two kinds one or both of which no resource page among the inputs defines
/// (their bases unknown: Intune's compliance policy per platform): the type the path's set
/// is named for (`deviceCompliancePolicies` → `deviceCompliancePolicy`), else the defined
/// kind whose name the other one qualifies where the set's item words are all in it
/// (`fileContentThreatSubmission` beside `fileThreatSubmission` at `…/fileThreats`, not the
/// latter's own base), else the base of the kind that is defined (`windowsUniversalAppX` beside
/// `windowsAppX` at `…/mobileApps/{id}`: siblings, both kinds of `mobileLobApp`), else the defined
/// kind the other one's name qualifies (`deviceManagementConfigurationChoiceSettingDefinition`, no
/// page among the inputs, beside `deviceManagementConfigurationSettingDefinition`: Graph names a
/// kind so after its base).
fn base_of_partly_known(registry: &BTreeMap<String, TypeDef>, path: &str, a: &str, b: &str) -> Option<String> {
    let (a_defined, b_defined) = (defined_by_page(registry, a), defined_by_page(registry, b));
    if a_defined && b_defined {
        return None;
    }
    let set = navigation_of(path).map(|(_, set)| set);
    // The set's item words (`file`, `threat` of `fileThreats`), all of them in the defined kind's
    // name: the set holds that kind, not its base (`fileThreatSubmission`, not `threatSubmission`);
    // a set named otherwise (`mobileApps` beside `windowsAppX`) may hold its siblings too.
    let holds = |kind: &str| {
        set.is_some_and(|set| {
            let words: Vec<String> = sanitize_id(unqualified(kind)).split('_').map(str::to_string).collect();
            let item = crate::extract::item_name(set);
            let item = sanitize_id(&item);
            item.split('_').filter(|w| !w.is_empty()).all(|w| words.iter().any(|k| k == w))
        })
    };
    // The defined kind the other one's name qualifies.
    let qualified = || match (a_defined, b_defined) {
        (true, false) if qualifies(b, a) => Some(a.to_string()),
        (false, true) if qualifies(a, b) => Some(b.to_string()),
        _ => None,
    };
    set.and_then(|set| registry.values().find(|t| names_type(&t.name, set)))
        .map(|t| t.name.clone())
        .or_else(|| qualified().filter(|kind| holds(kind)))
        .or_else(|| base_of_defined_kinds(registry, &[a, b]))
        .or_else(qualified)
}

/// Whether `kind`'s name is `base`'s with words put in, the last word kept
/// (`ipNamedLocation` of `namedLocation`, `educationRubricOutcome` of `educationOutcome`).
fn qualifies(kind: &str, base: &str) -> bool {
    let (kind, base) = (sanitize_id(unqualified(kind)), sanitize_id(unqualified(base)));
    let (kind, base): (Vec<&str>, Vec<&str>) = (kind.split('_').collect(), base.split('_').collect());
    let mut rest = kind.iter();
    kind.len() > base.len() && kind.last() == base.last() && base.iter().all(|w| rest.any(|k| k == w))
}

/// Graph's root type, which every entity derives from.
fn is_root_entity(name: &str) -> bool {
    name.eq_ignore_ascii_case("entity")
}

/// The type an operation's summary ends with ("Delete androidLobApp"), when it is one.
pub(super) fn summary_type(op: &Operation, registry: &BTreeMap<String, TypeDef>) -> Option<String> {
    let word = op.summary.split_whitespace().last()?.trim_matches(|c: char| !c.is_ascii_alphanumeric());
    registry.get(&key(word)).map(|t| t.name.clone())
}

/// Replaces a type's name in an operation's summary, description and operationId
/// (`Create androidCustomConfiguration` → `Create deviceConfiguration`;
/// `create_android_custom_configuration` and `create_androidcustomconfiguration_…` alike).
pub(super) fn rename_type_in_names(op: &mut Operation, from: &str, to: &str) {
    // Names say a type without its namespace (`azureADDevice`, not `windowsUpdates.azureADDevice`).
    let (from, to) = (unqualified(from), unqualified(to));
    replace_name(&mut op.summary, from, to);
    // A description's one-word name is English ("non-admin users"); a camelCase one is the type's.
    if let Some(description) = op.description.as_mut().filter(|_| crate::types::is_camel_case(from)) {
        replace_name(description, from, to);
    }
    for (old, new) in [(sanitize_id(from), sanitize_id(to)), (from.to_ascii_lowercase(), to.to_ascii_lowercase())] {
        if replace_name(&mut op.id, &old, &new) {
            break;
        }
    }
}

/// Replaces the first `from` (any letter case) in `text` that stands as a name
/// of its own (not inside a longer word; `_`, spaces and other punctuation
/// delimit) with `to`, keeping a plural a plural (`configurations` → `policies`).
/// Whether it did.
fn replace_name(text: &mut String, from: &str, to: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let from_lower = from.to_ascii_lowercase();
    let found = lower.match_indices(&from_lower).map(|(at, _)| at).find_map(|at| {
        let end = at + from.len();
        let before_ok = !lower[..at].ends_with(|c: char| c.is_ascii_alphanumeric());
        let word_end = |i: usize| !lower[i..].starts_with(|c: char| c.is_ascii_alphanumeric());
        let plural = !from.ends_with('s') && lower[end..].starts_with('s') && word_end(end + 1);
        (before_ok && (word_end(end) || plural)).then_some((at, end, plural))
    });
    let Some((at, end, plural)) = found else {
        // A plural not made with `s` (`policy`, `policies`).
        let (from_plural, to_plural) = (crate::extract::plural(from), crate::extract::plural(to));
        return from.ends_with('y') && from_plural.ends_with("ies") && replace_name(text, &from_plural, &to_plural);
    };
    match to.strip_suffix('y').filter(|_| plural) {
        Some(stem) => text.replace_range(at..end + 1, &format!("{stem}ies")),
        None => text.replace_range(at..end, to),
    }
    true
}

/// Whether two tables list the same members (by name, in any order and letter case).
fn same_members(a: &[Property], b: &[Property]) -> bool {
    let names = |ps: &[Property]| {
        let mut n: Vec<String> = ps.iter().map(|p| p.name.to_ascii_lowercase()).collect();
        n.sort();
        n
    };
    names(a) == names(b)
}

#[cfg(test)]
mod tests {
    use super::{replace_name, value_segments};

    #[test]
    fn a_description_written_value_by_value_splits_at_its_values() {
        assert_eq!(
            value_segments("`outlook.timezone`: The zone, `UTC` by default. Optional. `return=minimal`: Nothing back."),
            [
                ("outlook.timezone", "`outlook.timezone`: The zone, `UTC` by default. Optional."),
                ("return=minimal", "`return=minimal`: Nothing back.")
            ]
        );
        // Not a description opening with prose.
        assert!(value_segments("Optional. Set to `outlook.timezone`: the zone.").is_empty());
    }

    #[test]
    fn names_keep_their_number() {
        let mut s = "List managedAppConfigurations".to_string();
        assert!(replace_name(&mut s, "managedAppConfiguration", "managedAppPolicy"));
        assert_eq!(s, "List managedAppPolicies");
        let mut id = "create_androidcustomconfiguration_from_deviceconfigurations".to_string();
        assert!(replace_name(&mut id, "androidcustomconfiguration", "deviceconfiguration"));
        assert_eq!(id, "create_deviceconfiguration_from_deviceconfigurations");
        assert!(!replace_name(&mut id, "ios", "x"));
        let mut s = "Get iosConfigurationSettings".to_string();
        assert!(!replace_name(&mut s, "iosConfiguration", "base"), "inside a longer name: {s}");
        let mut s = "list_windows81_compliance_policies".to_string();
        assert!(replace_name(&mut s, "windows81_compliance_policy", "device_compliance_policy"));
        assert_eq!(s, "list_device_compliance_policies");
    }
}
