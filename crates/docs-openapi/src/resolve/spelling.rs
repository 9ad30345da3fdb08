//! One spelling per path: literal segments respelled, parameters renamed by position.

use std::collections::HashMap;

use crate::model::Operation;
use crate::paths::path_skeleton;

/// Writes a key in parentheses (`companies('{id}')/vendors('{vid}')`) as the segment other
/// paths write for the same resource, so that one resource has one spelling in the
/// contract: the path another page writes with segments, parameters renamed by position
/// (`companies/{companyId}/vendors/{id}`), else the segment form where it goes through a
/// key another path writes as a segment (`companies/{company-id}/vendors`), or where every
/// key is quoted as OData writes keys (`configurationMonitors('{id}')`). A call's argument
/// after a segment written so (`worksheets/{id}/range({address})`) stays a call.
pub(super) fn keys_as_other_paths_write_them(operations: &mut [crate::extract::PageOperation]) {
    let keyed = |p: &str| p.contains("('{") || p.contains("({");
    if !operations.iter().any(|po| keyed(&po.operation.path)) {
        return;
    }
    // The other paths by skeleton, and every prefix of theirs that ends in a key (`/financials/companies/{}`).
    let mut whole: HashMap<String, String> = HashMap::new();
    let mut prefixes: std::collections::HashSet<String> = std::collections::HashSet::new();
    for po in operations.iter().filter(|po| !keyed(&po.operation.path)) {
        let skeleton = path_skeleton(&po.operation.path);
        let mut at = 0;
        while let Some(i) = skeleton[at..].find("/{}") {
            at += i + 3;
            prefixes.insert(skeleton[..at].to_string());
        }
        whole.entry(skeleton).or_insert_with(|| po.operation.path.clone());
    }
    // Every path as written, by skeleton: a key some page keeps in parentheses.
    let as_written: std::collections::HashSet<String> =
        operations.iter().map(|po| path_skeleton(&po.operation.path)).collect();
    for po in operations.iter_mut().filter(|po| keyed(&po.operation.path)) {
        let segments = crate::paths::keys_written_as_segments(&po.operation.path);
        let (written, skeleton) = (path_skeleton(&po.operation.path), path_skeleton(&segments));
        if let Some(twin) = whole.get(&skeleton) {
            rename_path(&mut po.operation, twin);
            continue;
        }
        // Only at the keys the segment form writes anew, not at one the path wrote as a segment already.
        let mut at = 0;
        let mut shared = false;
        while let Some(i) = skeleton[at..].find("/{}") {
            at += i + 3;
            shared |= !written.starts_with(&skeleton[..at]) && prefixes.contains(&skeleton[..at]);
        }
        // OData's quoted key after a collection (`configurationMonitors('{id}')`,
        // `companyInformation('{id}')`), the only kind the path writes: the same resource as the
        // segment form, which sits under its collection's path. Not a function's quoted argument
        // (`getByPath('{path}')`: a verb's name).
        let quoted_keys_only = po.operation.path.contains("('{")
            && !po.operation.path.contains("({")
            && po.operation.path.match_indices("('{").all(|(at, _)| {
                let segment = po.operation.path[..at].rsplit('/').next().unwrap_or("");
                !crate::paths::names_a_call(segment)
            });
        if quoted_keys_only {
            po.operation.path = segments;
        } else if shared {
            // As far as the last key another path writes as a segment; after it, quoted keys only,
            // where another page writes the unquoted ones so (beta's range border get,
            // `…/names/{name}/range/format/borders(<sideIndex>)`, which its update joins).
            let path = po.operation.path.clone();
            let shared_at = |end: usize| {
                let prefix = path_skeleton(&crate::paths::keys_written_as_segments(&path[..end]));
                prefix.ends_with("/{}") && prefixes.contains(&prefix)
            };
            let last = (0..=path.len())
                .rev()
                .find(|&end| path.is_char_boundary(end) && path[..end].ends_with(')') && shared_at(end));
            let partial =
                crate::paths::keys_as_segments_where(&path, |end, quoted| quoted || last.is_some_and(|l| end <= l));
            po.operation.path = if as_written.contains(&path_skeleton(&partial)) { partial } else { segments };
        }
    }
}

/// Gives every literal path segment one spelling across all operations: the
/// spelling of the property a resource page declares by that name
/// (`subcategories` in a relationships table beside a page's `/subCategories`), else the
/// most camelCase one seen (`/me/calendargroups/{id}/…` on one page and
/// `/me/calendarGroups` on another are one navigation property).
pub(super) fn respell_segments(
    operations: &mut [crate::extract::PageOperation],
    registry: &std::collections::BTreeMap<String, crate::model::TypeDef>,
) {
    let plain = |seg: &str| !seg.is_empty() && seg.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.');
    // How often the operations' paths write each spelling.
    let mut written: HashMap<&str, usize> = HashMap::new();
    for po in operations.iter() {
        for seg in po.operation.path.split('/').filter(|s| plain(s)) {
            *written.entry(seg).or_default() += 1;
        }
    }
    let mut best: HashMap<String, &str> = HashMap::new();
    for po in operations.iter() {
        for seg in po.operation.path.split('/').filter(|s| plain(s)) {
            let slot = best.entry(seg.to_ascii_lowercase()).or_insert(seg);
            if spelling_rank(seg, &written) > spelling_rank(slot, &written) {
                *slot = seg;
            }
        }
    }
    // The most any spelling of a segment is written.
    let mut most: HashMap<String, usize> = HashMap::new();
    for (seg, n) in &written {
        let m = most.entry(seg.to_ascii_lowercase()).or_default();
        *m = (*m).max(*n);
    }
    // The spelling resource pages declare, where they agree. A type some read answers (at its
    // places) declares the spelling of a segment right after one of them only: `adminReportSettings`,
    // read at `/admin/reportSettings`, declares `sharePoint`, no spelling for `/admin/sharepoint/…`.
    let (places, parents) = places_and_parents(operations);
    let mut declared: HashMap<String, Option<&str>> = HashMap::new();
    for t in registry.values().filter(|t| t.source == crate::model::TypeSource::Page) {
        let crate::model::TypeKind::Object { properties, .. } = &t.kind else { continue };
        let placed = places.get(&t.name.to_ascii_lowercase());
        let after_a_place = |seg: &str| {
            placed.is_none_or(|placed| parents.get(seg).is_some_and(|ps| placed.iter().any(|p| ps.contains(p))))
        };
        for p in properties.iter().filter(|p| best.contains_key(&p.name.to_ascii_lowercase())) {
            if !after_a_place(&p.name.to_ascii_lowercase()) {
                continue;
            }
            let seen = declared.entry(p.name.to_ascii_lowercase()).or_insert(Some(p.name.as_str()));
            if *seen != Some(p.name.as_str()) {
                *seen = None;
            }
        }
    }
    // It wins where it is no less camelCase than the paths' best (`categoryAxis` over
    // `categoryaxis`), or no spelling is written more often (`subcategories`, one page's
    // `subCategories`, also one to one); not where a table writes `openshifts` against `openShifts`.
    for (k, name) in declared.iter().filter_map(|(k, n)| Some((k, (*n)?))) {
        let Some(slot) = best.get_mut(k) else { continue };
        let votes = |s: &str| written.get(s).copied().unwrap_or(0);
        let most = most.get(k).copied().unwrap_or(0);
        if name.starts_with(|c: char| c.is_ascii_lowercase())
            && (literal_capitals(name) >= literal_capitals(slot) || votes(name) == most)
        {
            *slot = name;
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
        // The tag, from the path as it is now spelled.
        po.operation.tag = crate::extract::tag_of(&po.operation.path);
    }
}

/// A type's places: lowercase type name → the skeletons of the paths reads answer it at.
type Places = HashMap<String, Vec<String>>;
/// A segment's parents: lowercase segment → the skeletons of the paths before it.
type Parents = HashMap<String, std::collections::HashSet<String>>;

/// Where reads answer each type (lowercase name → the skeletons of its paths; a list's item at
/// the list's path and a key), and what each literal segment follows (lowercase segment → the
/// skeletons before it). `/me` is `/users/{}`.
fn places_and_parents(operations: &[crate::extract::PageOperation]) -> (Places, Parents) {
    use crate::model::Shape;
    use crate::types::TypeRef;
    let mut places = Places::new();
    let mut parents = Parents::new();
    for po in operations {
        let mut skeleton = path_skeleton(&po.operation.path);
        if let Some(rest) = skeleton.strip_prefix("/me").filter(|r| r.is_empty() || r.starts_with('/')) {
            skeleton = format!("/users/{{}}{rest}");
        }
        let segments: Vec<&str> = skeleton.split('/').collect();
        for (i, seg) in segments.iter().enumerate().skip(1) {
            if !seg.is_empty() && !seg.starts_with('{') {
                parents.entry(seg.to_string()).or_default().insert(segments[..i].join("/"));
            }
        }
        if po.operation.method != crate::http::Method::Get {
            continue;
        }
        let answered = po.operation.responses.iter().filter(|r| (200..300).contains(&r.status));
        for body in answered.filter_map(|r| r.body.as_ref()) {
            let (ty, place) = match &body.shape {
                Shape::Type(TypeRef::Named(n)) => (n, skeleton.clone()),
                Shape::CollectionPage(TypeRef::Named(n)) => (n, format!("{skeleton}/{{}}")),
                _ => continue,
            };
            // A cast's place is the set's too (`/sites/{}/pages/microsoft.graph.sitePage/{}`: `/sites/{}/pages/{}`);
            // not a qualified call's (`/folders/{}/microsoft.graph.getSummary()` answers no folder's member).
            let cast = |s: &str| s.starts_with("microsoft.graph.") && !s.contains('(');
            let uncast: Option<String> =
                place.split('/').any(cast).then(|| place.split('/').filter(|s| !cast(s)).collect::<Vec<_>>().join("/"));
            let at = places.entry(ty.to_ascii_lowercase()).or_default();
            at.push(place);
            at.extend(uncast);
        }
    }
    (places, parents)
}

/// How well a segment is spelled: Graph's names begin in lower case, so a spelling
/// that does wins (`sourceSystems` over `SourceSystems`; for a cast, its type's
/// name: `microsoft.graph.agentUser` over `microsoft.graph.AgentUser`), then one in
/// camelCase over one in lower case (`calendarGroups` over `calendargroups`), then
/// the one most paths write (`oauth2PermissionGrants` on seven pages over one page's
/// `oAuth2PermissionGrants`), then the most camelCase.
fn spelling_rank(seg: &str, written: &HashMap<&str, usize>) -> (bool, bool, usize, usize) {
    let name = seg.rsplit_once('.').map_or(seg, |(_, name)| name);
    let capitals = literal_capitals(seg);
    (name.starts_with(|c: char| c.is_ascii_lowercase()), capitals > 0, written.get(seg).copied().unwrap_or(0), capitals)
}

/// How many request paths name each parameter at each place: the skeleton of the path up to
/// and with the parameter → each name written there, with its paths. Where pages spell one
/// path's parameters differently, most of them name it as the paths around it do
/// (`/cases/{caseId}/…` beside one page's `/cases/{caesId}/custodians/{custodianId}`).
#[derive(Default)]
pub(super) struct Votes {
    all: VotesAt,
    /// The same by place and the cast following the key, if any (see [`cast_place`]): a kind's
    /// pages may name the set's key for the kind (`/places/{buildingPlaceId}/microsoft.graph.building/…`),
    /// which the set's own paths (`/places/{id}`) do not take where they name it themselves.
    by_cast: VotesAt,
    /// Names made apart from a repeated key that no page writes ([`made_apart`]).
    pub(super) made_apart: std::collections::HashSet<String>,
}

type VotesAt = HashMap<String, Vec<(String, usize)>>;

/// A place as [`Votes::by_cast`] keys it: the place, with the cast following the key if any.
fn cast_place(place: &str, cast: Option<&str>) -> String {
    match cast {
        None => place.to_string(),
        Some(cast) => format!("{place} {}", cast.to_ascii_lowercase()),
    }
}

/// The [`Votes`] of `paths`.
pub(super) fn parameter_votes<'a>(paths: impl Iterator<Item = &'a str>) -> Votes {
    let mut votes = Votes::default();
    let add = |votes: &mut VotesAt, place: &str, name: &str| {
        let names = votes.entry(place.to_string()).or_default();
        match names.iter_mut().find(|(n, _)| n == name) {
            Some((_, count)) => *count += 1,
            None => names.push((name.to_string(), 1)),
        }
    };
    // A `/me` path's `{id}` is no name for its `/users/{id}` twin's place, where `{id}` is the user's:
    // it votes only where no other path does (`/me/activities/{id}`, no twin).
    let mut me_ids: Vec<(String, Option<&str>)> = Vec::new();
    let mut others: std::collections::HashSet<String> = std::collections::HashSet::new();
    for path in paths {
        let me = path.starts_with("/me/");
        for (place, name, cast) in parameters_by_place(path) {
            if me && name == "id" {
                me_ids.push((place, cast));
                continue;
            }
            if !me {
                others.insert(place.clone());
            }
            add(&mut votes.all, &place, name);
            add(&mut votes.by_cast, &cast_place(&place, cast), name);
        }
    }
    for (place, cast) in me_ids.into_iter().filter(|(place, _)| !others.contains(place)) {
        add(&mut votes.all, &place, "id");
        add(&mut votes.by_cast, &cast_place(&place, cast), "id");
    }
    votes
}

/// The key names made apart from a key written alike in one line (`{reviewSets-id}` for the second
/// `{id}` of `/cases/{id}/reviewSets/{id}`), that no page writes as such: a name a page writes
/// beats them where votes tie.
pub(super) fn made_apart(operations: &[crate::extract::PageOperation]) -> std::collections::HashSet<String> {
    let mut made: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut written: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for po in operations {
        let op = &po.operation;
        for name in param_names(&op.path) {
            match op.keys_written.iter().find(|(now, _)| now == name) {
                Some(_) => {
                    made.insert(name.to_string());
                }
                None => {
                    written.insert(name);
                }
            }
        }
    }
    made.retain(|n| !written.contains(n.as_str()));
    made
}

/// The votes a name has at a place.
fn votes_at(votes: &VotesAt, place: &str, name: &str) -> usize {
    votes.get(place).and_then(|names| names.iter().find(|(n, _)| n == name)).map_or(0, |(_, count)| *count)
}

/// The votes [`parameter_votes`] gives a path's parameter names, all together.
pub(super) fn votes_for(path: &str, votes: &Votes) -> usize {
    parameters_by_place(path).map(|(place, name, _)| votes_at(&votes.all, &place, name)).sum()
}

/// `path` with each parameter named as most paths name that place (`/sites/{siteId}/pages/{pageId}/…/publish`
/// is `/sites/{site-id}/pages/{page-id}/…/publish` where the other paths there say so), so that one
/// resource's key has one name across the contract. A name keeps its place where it has as many votes as
/// any other; `None` when nothing changes, or when two places would take one name.
pub(super) fn names_most_paths_give(path: &str, votes: &Votes) -> Option<String> {
    let votes_made_apart = &votes.made_apart;
    let mut renamed = String::with_capacity(path.len());
    let mut names: Vec<&str> = Vec::new();
    let mut last = 0;
    for (place, name, cast) in parameters_by_place(path) {
        let open = last + path[last..].find('{')?;
        let close = open + path[open..].find('}')?;
        // As the paths casting the key alike name it (none: not casting it), where two or more do,
        // else as the paths not casting it, where two or more do, else as all: a kind's pages
        // name the key for the kind (`/places/{buildingPlaceId}/microsoft.graph.building/…`), the
        // set's own paths and a lone kind's path as the set's pages do, a lone misspelling as the
        // others.
        let own = cast_place(&place, cast);
        let paths_at = |at: &str| votes.by_cast.get(at).map_or(0, |n| n.iter().map(|(_, c)| c).sum::<usize>());
        let (votes, at) = if paths_at(&own) >= 2 {
            (&votes.by_cast, own.as_str())
        } else if paths_at(&place) >= 2 {
            (&votes.by_cast, place.as_str())
        } else {
            (&votes.all, place.as_str())
        };
        // (A key naming another property than the id is no name for other paths: `/places/{id}`
        // beside a list's two `{room-list-emailaddress}` lines.)
        let at_place: Vec<&(String, usize)> = votes
            .get(at)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .filter(|(n, _)| n == name || !names_alternate_key(n))
            .collect();
        let most = at_place.iter().map(|(_, v)| *v).fold(votes_at(votes, at, name), usize::max);
        let mut tied: Vec<&str> = at_place.iter().filter(|(_, v)| *v == most).map(|(n, _)| n.as_str()).collect();
        tied.sort_unstable();
        // Among equals the name of the segment before the key (`teams/{teamId}`, not
        // `{teamsId}`; `tasks/{taskId}`, not `{todoTaskId}`), else one naming the segment
        // (`worksheets/{worksheets-id}`, not `{id}`), the camelCase spelling first
        // (`{calendarGroups-id}`, not `{calendargroups-id}`), else the first in order: the
        // same on every path and every run.
        let segment = path[..open].trim_end_matches('/').rsplit('/').next().unwrap_or("");
        let best = match tied.iter().find(|n| names_segment_key(segment, n)) {
            // One key spelled two ways (`{app-definition-id}`, `{appDefinitionId}`): the first.
            Some(first) => first,
            None if tied.is_empty() => name,
            None => {
                // A name a page wrote (`{temporaryAccessPassAuthenticationMethodId}`) before one made
                // apart from a repeated `{id}` (`{temporaryAccessPassMethods-id}`) or `{id}` itself.
                let written = |n: &str| n != "id" && !votes_made_apart.contains(n);
                let rank = |n: &str| {
                    (written(n), names_segment(segment, n), n.chars().filter(char::is_ascii_uppercase).count())
                };
                let top = tied.iter().map(|n| rank(n)).max().unwrap_or_default();
                tied.iter().find(|n| rank(n) == top).copied().unwrap_or(name)
            }
        };
        // A key naming another property than the id (`{room-list-emailaddress}`: "you must specify
        // the room list by its **emailAddress** property, not by its **id**") keeps its name.
        let best = if names_alternate_key(name) { name } else { best };
        // A kind's key naming the set's items (`{updatableAssetGroupId}` on four of a group's actions
        // under `updatableAssets/`) gives way to the items' own key where two votes or more name it
        // (each operation a vote: the asset's get and delete of `updatableAssets/{updatableAssetId}`):
        // it names every item, the kind's only some.
        let best = if names_kind_key(segment, best) {
            at_place
                .iter()
                .filter(|(n, v)| *v >= 2 && names_segment_key(segment, n))
                .min_by(|(a, x), (b, y)| y.cmp(x).then_with(|| a.cmp(b)))
                .map_or(best, |(n, _)| n.as_str())
        } else {
            best
        };
        renamed.push_str(&path[last..=open]);
        renamed.push_str(best);
        last = close;
        if names.contains(&best) {
            return None;
        }
        names.push(best);
    }
    renamed.push_str(&path[last..]);
    (renamed != path).then_some(renamed)
}

/// Whether a written key names another property of the item than its id, by which the place
/// addresses it (`{room-list-emailaddress}`, `{userPrincipalName}`, `{upn}`); not one naming the
/// id as well (`{idOrUserPrincipalName}`).
fn names_alternate_key(name: &str) -> bool {
    let spelled = letters(name);
    ["emailaddress", "userprincipalname", "upn"].iter().any(|k| spelled.ends_with(k)) && !spelled.contains("idor")
}

/// Whether `name` is the key of a `segment` of a set: its singular and `Id` (`teams` →
/// `teamId`, `team-id`; `policies` → `policyId`).
fn names_segment_key(segment: &str, name: &str) -> bool {
    let singular = singular(segment);
    !singular.is_empty() && letters(name) == format!("{singular}id")
}

/// Whether `name` is the key of a kind of a `segment`'s items: the item's name and more, then `Id`
/// (`updatableAssets` → `updatableAssetGroupId`); not the segment's own name (`{contactFolders-id}`).
fn names_kind_key(segment: &str, name: &str) -> bool {
    let singular = singular(segment);
    let spelled = letters(name);
    let Some(stem) = spelled.strip_suffix("id") else { return false };
    !singular.is_empty() && stem.len() > singular.len() && stem.starts_with(&singular) && stem != letters(segment)
}

/// Whether `name` holds the name of a set's `segment`, singular or not (`worksheets` in
/// `{worksheets-id}`, `calendarGroup` in `{calendarGroupId}`).
fn names_segment(segment: &str, name: &str) -> bool {
    let singular = singular(segment);
    !singular.is_empty() && letters(name).contains(&singular)
}

/// A set's segment in lower case, singular (`policies` → `policy`, `teams` → `team`).
fn singular(segment: &str) -> String {
    let segment = segment.to_ascii_lowercase();
    if let Some(stem) = segment.strip_suffix("ies") {
        format!("{stem}y")
    } else if ["sses", "shes", "ches", "xes"].iter().any(|s| segment.ends_with(s)) {
        segment[..segment.len() - 2].to_string()
    } else {
        segment.strip_suffix('s').unwrap_or(&segment).to_string()
    }
}

/// A name's letters and digits in lower case (`{app-definition-id}` → `appdefinitionid`).
fn letters(name: &str) -> String {
    name.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase()
}

/// A path's parameters, each with the skeleton of the path up to and with it, and with the
/// character after it unless that ends the segment: a key (`/sites/{site-id}`) is not a host
/// name before a path (`/sites/{hostname}:/…`) at the same place.
fn parameters_by_place(path: &str) -> impl Iterator<Item = (String, &str, Option<&str>)> {
    path.match_indices('{').filter_map(move |(open, _)| {
        let close = open + path[open..].find('}')?;
        let end = match path[close + 1..].chars().next() {
            Some(c) if c != '/' => close + 1 + c.len_utf8(),
            _ => close + 1,
        };
        // Followed by a cast segment (`/{id}/microsoft.graph.building/…`).
        let cast = path[close + 1..].strip_prefix('/').and_then(|rest| {
            let next = rest.split('/').next().unwrap_or_default();
            (next.starts_with("microsoft.graph.") && !next.contains(['(', '{'])).then_some(next)
        });
        // A key under `/me` sits where the same key sits under `/users/{id}`: the signed-in
        // user's paths name it as the user's twins do (`/me/events/{events-id}`).
        let skeleton = path_skeleton(&path[..end]);
        let place = match skeleton.strip_prefix("/me/") {
            Some(rest) => format!("/users/{{}}/{rest}"),
            None => skeleton,
        };
        Some((place, &path[open + 1..close], cast))
    })
}

/// Capital letters outside parameters: how camelCase a path's spelling is.
pub(super) fn literal_capitals(path: &str) -> usize {
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
pub(super) fn param_names(path: &str) -> Vec<&str> {
    path.split('{').skip(1).filter_map(|s| s.split_once('}').map(|(n, _)| n)).collect()
}

/// Moves an operation onto `template` (same skeleton), renaming its path parameters by position.
pub(super) fn rename_path(op: &mut Operation, template: &str) {
    let renames: Vec<(String, String)> = param_names(&op.path)
        .into_iter()
        .zip(param_names(template))
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    // The keys as the page wrote them, through any earlier renaming.
    let before = std::mem::take(&mut op.keys_written);
    let written = |name: &str| {
        before.iter().find(|(now, _)| now == name).map_or_else(|| name.to_string(), |(_, page)| page.clone())
    };
    for p in op.parameters.iter_mut().filter(|p| p.location == crate::model::ParamLocation::Path) {
        if let Some((old, new)) = renames.iter().find(|(old, _)| *old == p.name) {
            // "For {id}, specify the domain …": the description names the key as the path does.
            if let Some(d) = &mut p.description {
                *d = d.replace(&format!("{{{old}}}"), &format!("{{{new}}}"));
            }
            p.name = new.clone();
            op.keys_written.push((new.clone(), written(old)));
        }
    }
    op.keys_written.extend(before.iter().filter(|(now, _)| !renames.iter().any(|(old, _)| old == now)).cloned());
    op.keys_written.retain(|(now, page)| now != page);
    // An id naming the key a line adds (`…_apply_hold_by_e_discovery_custodian_id`) names it as
    // the path now does (`…_by_custodian_id`); not an action named so (`addMembersById`).
    let sanitized =
        |(old, new): &(String, String)| (crate::extract::sanitize_id(old), crate::extract::sanitize_id(new));
    let an_action_says = |old: &str| {
        op.path
            .split('/')
            .any(|s| !s.starts_with('{') && crate::extract::sanitize_id(s).ends_with(&format!("by_{old}")))
    };
    if let Some((stem, new)) = renames.iter().rev().map(sanitized).find_map(|(old, new)| {
        let stem = op.id.strip_suffix(&format!("_by_{old}"))?;
        (old != new && !new.is_empty() && !an_action_says(&old)).then(|| (stem.to_string(), new))
    }) {
        op.id = format!("{stem}_by_{new}");
    }
    // The tag, from the path as it is now spelled (`/serviceprincipals/…` was `serviceprincipals`).
    op.tag = crate::extract::tag_of(template);
    op.path = template.to_string();
}
