//! OperationIds: from an example's name when it names the operation, else
//! from the page's title; a line's own words where a page writes several; run
//! together words spelled as the page's names spell them.

use super::api::Example;
use super::api::{RequestPath, addresses_a_parent};
use super::response::contradicts;
use super::text::{is_sibilant, plural, singular};
use crate::http::Method;
use crate::markdown::Block;
use crate::page::Page;
use crate::paths;

/// The operationId of a page's first request line, and whether an example's name
/// gave it. An example's name is the operation's when it names the operation rather
/// than a scenario: one whose words the title has (`get_special_folder` for "Get a
/// special folder by name"), else what the names of the page's examples of the API
/// share (`get_drive_default`, `get_drive_by_user`: `get_drive`; not an upload
/// session's calls to the URL it returns), when more than a verb; else the title's.
/// Words run together are split where the page's own camelCase names say
/// (`get_directreports` → `get_direct_reports`).
pub(super) fn base_operation_id(page: &Page<'_>, requests: &[RequestPath], examples: &[Example]) -> (String, bool) {
    let method = requests.first().map_or(Method::Get, |r| r.method);
    // "Create attachment (deprecated)": the operation is marked deprecated; its names are the title's.
    let title = without_deprecation(&page.title);
    let kept = path_marks(requests);
    let example_names: Vec<String> = examples
        .iter()
        .filter(|e| e.path.as_ref().is_some_and(|p| p.server.as_deref().is_none_or(paths::is_api_root)))
        .filter(|e| !e.path.as_ref().is_some_and(|p| addresses_a_parent(&p.template, requests)))
        .filter_map(|e| e.request_name.as_deref().map(|n| example_id_keeping(n, &kept)))
        .filter(|n| !n.is_empty() && !contradicts(n, method) && !contradicts_title(n, title, method))
        .filter(|n| !reads_on_an_action(n, method, requests.first()))
        .filter(|n| !requests.first().is_some_and(|r| lists_one_item(n, title, r.method, &r.path.template)))
        .filter_map(|n| as_list_name(n, title))
        .collect();
    // The page's paths and the types its prose links (a title may write `conditionalaccesspolicy`).
    let linked = page.doc.blocks.iter().filter_map(|b| match b {
        Block::Paragraph(p) => {
            Some(p.links.iter().filter(|l| l.target.contains("resources/")).map(|l| l.text.as_str()))
        }
        _ => None,
    });
    let names: Vec<&str> = requests.iter().map(|r| r.path.template.as_str()).chain(linked.flatten()).collect();
    let first_path = requests.first().map_or("", |r| r.path.template.as_str());
    // The page's own names in lowercase letters and digits, one piece each.
    let letters: Vec<String> = std::iter::once(title)
        .chain(names.iter().copied())
        .map(|n| n.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).collect())
        .collect();
    let title_words: Vec<String> = sanitize_id(title).split('_').map(str::to_string).collect();
    let known = identifiers(title, names.iter().copied());
    let named = example_names
        .iter()
        .find(|n| n.contains('_') && n.split('_').all(|w| title_words.iter().any(|t| t == w)))
        .cloned()
        .or_else(|| {
            let shared = without_dangling_connective(shared_name(&example_names, &title_words)?, &letters);
            // What the names share may read one item where each named a scenario of the list
            // (`list_serviceannouncementattachment_inzip`): the list's name, as each name's is.
            let shared = as_list_name(shared, title)?;
            // Not a stem that stops short of what the path addresses, where the title goes on
            // from it (`get_installed` of `get_installed_teams_apps` and `get_installed_apps_in_team…`
            // on `…/installedApps/{id}`, "Get installed app in team").
            let distinct = example_names.iter().any(|n| *n != example_names[0]);
            let spelled = respell_id(&shared, &known);
            if distinct
                && !names_last_set(&spelled, first_path)
                && title_id_of(title).starts_with(&format!("{spelled}_"))
            {
                return None;
            }
            // Nor the names' common start and end around the words each names its scenario by
            // (`get_education_resource` of `get_educationWordResource`, `get_educationFileResource`, …)
            // where the title says what stands between ("Get educationSubmissionResource").
            let title_id = respell_id(&title_id_of(title), &known);
            let ends = |id: &str| (id.split('_').next().map(str::to_string), id.rsplit('_').next().map(str::to_string));
            // Each name's own words stand between those ends, not after them (`get_mailboxsettings_timezone`).
            let between = example_names.iter().all(|n| ends(&respell_id(n, &known)) == ends(&spelled));
            if distinct
                && between
                && title_id != spelled
                && ends(&title_id) == ends(&spelled)
                && is_subsequence(&spelled, &title_id)
            {
                return None;
            }
            Some(match requests.first() {
                Some(r) => with_whole_action(shared, &r.path.template),
                None => shared,
            })
        });
    let named = named.map(|n| without_later_argument(n, requests)).filter(|n| {
        // One long word no known words make up (`bookingbusinesupdate`, misspelled): the title reads better.
        let unreadable = !n.contains('_') && n.len() > UNREADABLE_LEN && !respell_id(n, &known).contains('_');
        !unreadable
            && !misses_action(n, title, first_path)
            && !foreign_name(n, &letters)
            && !names_a_later_line(n, requests)
            && !names_only_a_parent(n, first_path)
    });
    // The title without its verb (`tokenIssuancePolicies` on "List tokenIssuancePolicies"): the title.
    let named = named.map(|n| match title_words.split_first() {
        Some((verb, rest))
            if VERBS.contains(&verb.as_str()) && singular(&rest.concat()) == singular(&n.replace('_', "")) =>
        {
            format!("{verb}_{n}")
        }
        _ => n,
    });
    // The title's id and a scenario's words no path or title says (`get_cloudpc_default_properties`
    // on "Get cloudPC"): the title's.
    let named = named.filter(|n| {
        let title_id = respell_id(&title_id_of(title), &known);
        let Some(rest) = respell_id(n, &known).strip_prefix(&format!("{title_id}_")).map(str::to_string) else {
            return true;
        };
        let path_words: Vec<String> = requests
            .iter()
            .flat_map(|r| segment_names(&r.path.template))
            .flat_map(|n| n.split('_').map(str::to_string).collect::<Vec<_>>())
            .collect();
        // Not the docs' own "from the parent" (`create_education_class_from_education_root`).
        let connective = rest.split('_').next().is_some_and(|w| CONNECTIVES.contains(&w));
        connective || rest.split('_').any(|w| path_words.iter().any(|p| singular(p) == singular(w)))
    });
    let explicit = named.is_some();
    let id = named.unwrap_or_else(|| {
        let id = title_id(page, requests.first().map(|r| r.path.template.as_str()));
        // A heading whose verb the method contradicts ("# Create sourceSystemDefinition" over a
        // `DELETE`, copied from the create page) gives way to the front matter's title
        // ("Delete sourceSystemDefinition") where that one agrees.
        match page.meta.get("title").map(|t| title_id_of(t)) {
            Some(front) if contradicts(&id, method) && says_verb_of(&front, method) => front,
            // A page without a title (no heading, no front matter's) or one of no words: the method
            // and the path's last names (`get_me_messages`), never an empty name.
            _ if id.is_empty() => {
                let names = segment_names(first_path);
                let last: Vec<&str> = names.iter().rev().take(2).rev().map(String::as_str).collect();
                let words = if last.is_empty() { "root".to_string() } else { last.join("_") };
                format!("{}_{words}", method.as_str())
            }
            _ => id,
        }
    });
    (respell_id(&id, &known), explicit)
}

/// The line whose own examples alone are named as the page's id `base` is (in its letters:
/// `get_whoisrecord` for `get_whois_record`), where the `anchor`'s examples bear other names
/// (none going on from the id) and its path does not name the id ([`names_every_word`]).
pub(super) fn line_named_by_id(
    base: &str,
    requests: &[RequestPath],
    examples: &[Example],
    anchor: usize,
) -> Option<usize> {
    // A first line naming every word of the id is the page's whatever its examples are called
    // (`update_tenant_setting` on `/groupSettings/{id}` of "Update groupSetting").
    if requests.get(anchor).is_some_and(|r| names_every_word(base, &r.path.template) == Some(true)) {
        return None;
    }
    let letters = |n: &str| n.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_ascii_lowercase();
    let written = base;
    let base = letters(base);
    // An example calling one line as written is that line's, not another's it stands for (a
    // `/users/{id}/…` example is not the `/me/…` line's where the page writes both).
    let calls = |r: &RequestPath, e: &str| super::api::path_matches(&r.path.template, e);
    let kept = path_marks(requests);
    let names_of = |r: &RequestPath| -> Vec<String> {
        examples
            .iter()
            .filter(|e| e.request.request.as_ref().is_some_and(|(m, _)| *m == r.method))
            .filter(|e| {
                e.path.as_ref().is_some_and(|p| {
                    super::api::example_of_line(&r.path.template, &p.template)
                        && (calls(r, &p.template)
                            || !requests.iter().any(|o| o.method == r.method && calls(o, &p.template)))
                })
            })
            .filter_map(|e| e.request_name.as_deref().map(|n| letters(&example_id_keeping(n, &kept))))
            .collect()
    };
    let first = requests.get(anchor)?;
    let first_names = names_of(first);
    // (A name going on from the id is the same call's: `get_attendanceReport_by_id`.)
    if first_names.iter().any(|n| n.starts_with(&base)) {
        return None;
    }
    // A first line no example calls keeps the id, unless the id names an owner and then the
    // line's action (`user_check_member_objects`), and another line, not the first, goes through
    // that owner (`/users/{id}/checkMemberObjects` beside `/directoryObjects/{id}/…`); or the
    // line the example calls names every word of the id where the first does not
    // (`get_user_oauth2_permission_grants` of `/users/{id}/…` beside `/me/…`, written first).
    let mut must_name_the_id = false;
    if first_names.is_empty() {
        let through_owner = |owner: &[String], r: &RequestPath| {
            let words = singular_words(segment_names(&r.path.template));
            owner.iter().all(|w| words.contains(w))
        };
        let by_owner = owner_of_action(written, &first.path.template)
            .is_some_and(|owner| !through_owner(&owner, first) && requests.iter().any(|r| through_owner(&owner, r)));
        if !by_owner {
            if names_every_word(written, &first.path.template) != Some(false) {
                return None;
            }
            must_name_the_id = true;
        }
    }
    let mut named = requests.iter().enumerate().filter(|(n, r)| *n != anchor && r.method == first.method);
    let (n, _) = named.find(|(_, r)| {
        let names = names_of(r);
        !names.is_empty()
            && names.iter().all(|x| *x == base)
            && (!must_name_the_id || names_every_word(written, &r.path.template) == Some(true))
    })?;
    Some(n)
}

/// A line the page's examples call as written, shorter than line `anchor`, which none calls: the
/// resource addressed in its own set (`PATCH /deviceManagement/deviceCategories/{deviceCategoryId}`,
/// the update's example) written after a longer way to it (`…/deviceRunStates/{id}/managedDevice/
/// deviceCategory`), or the earlier PIM's `…/azureResources/roleAssignments/{id}` after
/// `…/resources/{resourceId}/roleAssignments/{id}`. `/me` counts as the `/users/{id}` it stands for.
/// Where the first line ends in a key, so does the other (not a search of the set by a filter,
/// `/communications/onlineMeetings?$filter=…`, beside `/me/onlineMeetings/{meetingId}`).
pub(super) fn shorter_line_shown(requests: &[RequestPath], examples: &[Example], anchor: usize) -> Option<usize> {
    let first = requests.get(anchor)?;
    let calls = |r: &RequestPath| {
        examples.iter().any(|e| {
            e.request.request.as_ref().is_some_and(|(m, _)| *m == r.method)
                && e.path.as_ref().is_some_and(|p| super::api::path_matches(&r.path.template, &p.template))
        })
    };
    let length =
        |t: &str| t.split('/').filter(|s| !s.is_empty()).count() + usize::from(t.starts_with("/me/") || t == "/me");
    if calls(first) {
        return None;
    }
    requests
        .iter()
        .enumerate()
        .find(|(n, r)| {
            *n != anchor
                && r.method == first.method
                && length(&r.path.template) < length(&first.path.template)
                && (!first.path.template.ends_with('}') || r.path.template.ends_with('}'))
                && calls(r)
        })
        .map(|(n, _)| n)
}

/// The words of an id naming an owner and then the path's last segment, an action, without a
/// verb (`user_check_member_objects` for `…/checkMemberObjects`: `user`), singular.
fn owner_of_action(base: &str, template: &str) -> Option<Vec<String>> {
    let last = template.rsplit('/').next()?;
    let action = sanitize_id(last.split('(').next().unwrap_or_default());
    let owner = base.strip_suffix(&format!("_{action}")).filter(|_| !action.is_empty() && !last.starts_with('{'))?;
    let words: Vec<String> = owner.split('_').map(|w| singular(w).to_string()).collect();
    (!words.is_empty() && !VERBS.contains(&words[0].as_str())).then_some(words)
}

/// The line of `anchor`'s method whose path (its segments and last key) names every word of the page's
/// id past its verb (`…/userExperienceAnalyticsCategories/{id}` for `get_user_experience_analytics_category`),
/// where `anchor`'s does not (`…/userExperienceAnalyticsAppHealthOverview`, written first): the
/// line the page is about, whatever order it writes its lines in. The first such line.
pub(super) fn line_naming_the_id(base: &str, requests: &[RequestPath], anchor: usize) -> Option<usize> {
    let first = requests.get(anchor)?;
    if names_every_word(base, &first.path.template) != Some(false) {
        return None;
    }
    requests.iter().position(|r| r.method == first.method && names_every_word(base, &r.path.template) == Some(true))
}

/// The line of `anchor`'s method reading, in the one place it differs from `anchor`'s path, a
/// sibling keyed set spelling more of the id's words past its verb, one after another
/// (`/deviceManagementScripts/{id}/userRunStates/{id}` for `get_device_management_script_user_state`,
/// where `/deviceShellScripts/{id}/userRunStates/{id}` is written first; `/configurationPolicies/…`
/// for `delete_device_management_configuration_policy_assignment`, after `/inventoryPolicies/…`):
/// the line of the set the page is about, whatever order the family's pages write their lines in.
/// The first spelling the most.
pub(super) fn line_spelling_the_id(base: &str, requests: &[RequestPath], anchor: usize) -> Option<usize> {
    let mut words = base.split('_');
    if !VERBS.contains(&words.next()?) {
        return None;
    }
    let id_words: Vec<&str> = words.map(singular).collect();
    // How many of the id's words, one after another, a set's name spells, all its words.
    let spelled = |set: &str| {
        let name = sanitize_id(set);
        let words: Vec<&str> = name.split('_').map(singular).collect();
        if id_words.windows(words.len()).any(|run| run == words) { words.len() } else { 0 }
    };
    let first = requests.get(anchor)?;
    let mine = path_segments(&first.path.template);
    let (mut best, mut most) = (None, 0);
    for (n, r) in requests.iter().enumerate().filter(|(n, r)| *n != anchor && r.method == first.method) {
        let theirs = path_segments(&r.path.template);
        let differ: Vec<usize> =
            (0..mine.len()).filter(|&i| theirs.len() == mine.len() && !same_place(mine[i], theirs[i])).collect();
        let [i] = differ[..] else { continue };
        if mine.get(i + 1).is_none_or(|k| !k.starts_with('{')) {
            continue;
        }
        let (theirs_spell, mine_spell) = (spelled(theirs[i]), spelled(mine[i]));
        if theirs_spell > mine_spell && theirs_spell > most {
            (best, most) = (Some(n), theirs_spell);
        }
    }
    best
}

/// Whether a path names every word of the id `base` past its verb, in its segments and its last
/// key (`{authorityTemplateId}` names what `authorities` holds; not a parent's key:
/// `{userInstallStateSummaryId}` before `/deviceStates`); `None` for an id without a verb.
fn names_every_word(base: &str, template: &str) -> Option<bool> {
    let mut words = base.split('_');
    let verb = words.next().unwrap_or_default();
    if !VERBS.contains(&verb) {
        return None;
    }
    let id_words: Vec<String> = words.map(|w| singular(w).to_string()).collect();
    // (Past a system segment: `…/{authorityTemplateId}/$ref`.)
    let last = template.rsplit('/').find(|s| !s.starts_with('$')).unwrap_or_default();
    let keys = last.strip_prefix('{').and_then(|s| s.strip_suffix('}')).map(sanitize_id);
    let path_words = singular_words(segment_names(template).into_iter().chain(keys));
    Some(!id_words.is_empty() && id_words.iter().all(|w| path_words.contains(w)))
}

/// The words of snake_case names, each singular (`user_run_states` → `user`, `run`, `state`).
fn singular_words(names: impl IntoIterator<Item = String>) -> Vec<String> {
    names.into_iter().flat_map(|n| n.split('_').map(|w| singular(w).to_string()).collect::<Vec<_>>()).collect()
}

/// An operationId from the page's title. A bare "rebootNow action" (Intune's
/// titles) names no type: the path's segment before the action does
/// (`/managedDevices/{id}/rebootNow` → `managed_device_reboot_now`).
fn title_id(page: &Page<'_>, template: Option<&str>) -> String {
    let title = page.title.trim();
    if let [verb, kind] = title.split_whitespace().collect::<Vec<_>>()[..]
        && (kind.eq_ignore_ascii_case("action") || kind.eq_ignore_ascii_case("function"))
        && let Some(owner) = template.and_then(|t| owner_of(t, verb))
    {
        return sanitize_id(&format!("{owner} {verb}"));
    }
    title_id_of(title)
}

/// A title without a last "(deprecated)" ("Create attachment (deprecated)"), unless that is all.
fn without_deprecation(title: &str) -> &str {
    let trimmed = title.trim_end();
    match trimmed.len().checked_sub("(deprecated)".len()) {
        Some(at) if at > 0 && trimmed.is_char_boundary(at) && trimmed[at..].eq_ignore_ascii_case("(deprecated)") => {
            trimmed[..at].trim_end()
        }
        _ => title,
    }
}

/// An operationId from a title, without its articles ("Create a sharing link for
/// a DriveItem" → `create_sharing_link_for_drive_item`) nor a deprecation note ("Create
/// attachment (deprecated)": the operation is marked deprecated).
pub(crate) fn title_id_of(title: &str) -> String {
    let id = sanitize_id(without_deprecation(title));
    let words: Vec<&str> = id.split('_').filter(|w| !matches!(*w, "a" | "an" | "the")).collect();
    if words.is_empty() { id } else { words.join("_") }
}

/// The literal segment before the one calling `verb`, singular for a member of
/// a collection (`/deviceManagement/managedDevices/{id}/rebootNow`, `rebootNow` →
/// `managedDevice`; `/windowsAutopilotSettings/sync` → `windowsAutopilotSettings`).
fn owner_of(template: &str, verb: &str) -> Option<String> {
    let segments: Vec<&str> = template.split('/').filter(|s| !s.is_empty()).collect();
    let name = |s: &str| s.split('(').next().unwrap_or(s).rsplit('.').next().unwrap_or(s).to_string();
    let at = segments.iter().position(|s| name(s).eq_ignore_ascii_case(verb))?;
    let (i, owner) =
        segments[..at].iter().enumerate().rev().find(|(_, s)| !s.starts_with('{') && !s.starts_with('$'))?;
    let owner = owner.rsplit('.').next().unwrap_or(owner);
    // One member of a collection (`managedDevices/{id}`) is singular; a singleton
    // or the collection itself (`windowsAutopilotSettings/sync`) keeps its name.
    if !segments.get(i + 1).is_some_and(|s| s.starts_with('{')) {
        return Some(owner.to_string());
    }
    Some(match owner.strip_suffix("ies") {
        Some(stem) => format!("{stem}y"),
        None => owner.strip_suffix('s').filter(|_| !owner.ends_with("ss")).unwrap_or(owner).to_string(),
    })
}

/// Each request line's operationId: the page's id for the `anchor` line, a
/// [`route_id`] for the others; a line repeating a path the anchor's method has
/// with another method (`PUT /me/photo/$value` beside `PATCH /me/photo/$value`)
/// is that line's id and its method (`update_profile_photo_put`).
pub(super) fn line_ids(base: &str, requests: &[RequestPath], anchor: usize) -> Vec<String> {
    let Some(first) = requests.get(anchor) else { return Vec::new() };
    let route = |(n, r): (usize, &RequestPath)| match n == anchor {
        true => base.to_string(),
        false => route_id(base, &first.path.template, &r.path.template, n),
    };
    let mut ids: Vec<String> = requests.iter().enumerate().map(route).collect();
    told_apart(&mut ids, requests, anchor);
    // Lines that are one set read through several casts (`/directory/deletedItems/microsoft.graph.application`,
    // `…/microsoft.graph.group`, `…/microsoft.graph.user`): each named for its cast, the first too (the set
    // itself is no line of the page).
    let cast = |t: &str| -> Option<(String, String)> {
        let (head, last) = t.rsplit_once('/')?;
        let name = last.strip_prefix("microsoft.graph.")?;
        (!name.is_empty() && !name.contains(['(', '{', '.'])).then(|| (head.to_ascii_lowercase(), sanitize_id(name)))
    };
    if requests.len() > 1
        && let Some((head, name)) = cast(&first.path.template)
        && requests.iter().all(|r| r.method == first.method && cast(&r.path.template).is_some_and(|(h, _)| h == head))
        && !base.ends_with(&format!("_{name}"))
    {
        ids[anchor] = format!("{base}_{name}");
    }
    for (n, r) in requests.iter().enumerate().filter(|(_, r)| r.method != first.method) {
        let twin = requests
            .iter()
            .position(|o| o.method == first.method && o.path.template.eq_ignore_ascii_case(&r.path.template));
        if let Some(m) = twin {
            ids[n] = format!("{}_{}", ids[m], r.method.as_str());
        }
    }
    ids
}

/// Sibling lines the words they add do not tell apart (`/shares/{id}/root/discardCheckout`
/// and `/shares/{id}/driveItem/discardCheckout` both add `shares`): each takes the segment
/// names its path has and the others' lack (`…_shares_root`, `…_shares_drive_item`).
fn told_apart(ids: &mut [String], requests: &[RequestPath], anchor: usize) {
    for n in (0..ids.len()).filter(|&n| n != anchor) {
        let same: Vec<usize> = (0..ids.len()).filter(|&m| m != anchor && ids[m] == ids[n]).collect();
        if same.len() < 2 {
            continue;
        }
        let own: Vec<Vec<String>> = same.iter().map(|&m| segment_names(&requests[m].path.template)).collect();
        // Siblings: paths of as many segments, differing in some.
        let depth = |m: usize| requests[m].path.template.split('/').count();
        if same.iter().any(|&m| depth(m) != depth(same[0])) {
            continue;
        }
        let told: Vec<String> = own
            .iter()
            .enumerate()
            .map(|(i, words)| {
                let others = |w: &String| own.iter().enumerate().all(|(j, o)| j == i || !o.contains(w));
                words.iter().filter(|w| others(w)).take(2).cloned().collect::<Vec<_>>().join("_")
            })
            .collect();
        // Only where every line gets words of its own, all different.
        let distinct = told.iter().all(|t| !t.is_empty())
            && told.iter().enumerate().all(|(i, t)| told.iter().skip(i + 1).all(|u| u != t));
        if distinct {
            for (&m, t) in same.iter().zip(&told) {
                ids[m] = format!("{}_{t}", ids[m]);
            }
        }
    }
}

/// A path's literal segments as id words: without keys, a call's arguments, `$`
/// or a cast's namespace (`…/microsoft.graph.group/$count` → `group`, `count`).
fn segment_names(path: &str) -> Vec<String> {
    path.split('/')
        .filter(|s| !s.is_empty() && !s.starts_with('{'))
        .map(|segment| {
            let segment = segment.strip_prefix('$').unwrap_or(segment);
            let name = segment.split(['(', ':']).next().unwrap_or(segment);
            sanitize_id(name.strip_prefix("microsoft.graph.").unwrap_or(name))
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The operationId of a page's request line after the first: the page's id and
/// the words of this path the first one lacks (`GET /me/events` beside
/// `GET /users/{id}/events`: `list_events_me`), at most three and a final
/// `$value`, `$ref` or `$count`; the line's number when there are none. A cast
/// segment counts by its type's name, without the
/// namespace (`microsoft.graph.deviceAndAppManagementRoleAssignment`); `$value`,
/// `$ref` and `$count` by their names. Where the names tell the two apart no
/// better, the names of the arguments a call or key passes do
/// (`getEmailActivityUserDetail(date=…)` beside `…(period=…)`: `…_date`), else the
/// last key the line adds (`…/photos/{size}` beside `…/photos`: `…_by_size`); a
/// line lacking the first's key is the set's own action, named with the set's
/// name (`groups_evaluate_dynamic_membership` beside `group_evaluate_…`).
pub(crate) fn route_id(base: &str, first: &str, path: &str, n: usize) -> String {
    // A path's segment names, and the names of the arguments it passes.
    let words = |p: &str| -> (Vec<String>, Vec<String>) { (segment_names(p), call_arguments(p)) };
    let (known_names, known_arguments) = words(first);
    let (names, arguments) = words(path);
    let named = format!("_{base}_");
    if let Some(id) = sibling_swapped(base, first, path).or_else(|| through_an_item(base, first, path)) {
        return id;
    }
    // A compound the id already spells (`calendar_groups` in `get_calendar_groups`)
    // says nothing new; a single word (`root`, `groups`) may.
    let mut own = new_words(names.clone(), &known_names, |w| w.contains('_') && named.contains(&format!("_{w}_")));
    // Arguments only where the names tell nothing apart; not one the id ends with
    // (`…_detail_date` for `…(date=…)`).
    if own.is_empty() {
        own = new_words(arguments, &known_arguments, |w| base.ends_with(&format!("_{w}")));
    }
    // A line that only adds a key (`…/custodians/{custodianId}/removeHold` beside
    // `…/custodians/removeHold`): named for the last key it adds.
    let keys = |p: &str| -> Vec<String> {
        p.split('{').skip(1).filter_map(|k| k.split_once('}')).map(|(k, _)| sanitize_id(k)).collect()
    };
    let (known_keys, path_keys) = (keys(first), keys(path));
    if own.is_empty()
        && path_keys.len() > known_keys.len()
        && let Some(key) = path_keys.iter().rev().find(|k| !k.is_empty() && !known_keys.contains(k))
    {
        return format!("{base}_by_{key}");
    }
    // A line that lacks a key the first has (`/groups/evaluateDynamicMembership` beside
    // `/groups/{id}/evaluateDynamicMembership`): the set's own action, named with the
    // set's name where the id begins with its item's (`groups_evaluate_dynamic_membership`).
    // Segment names in any letter case (`onlinemeetings`, `onlineMeetings`: Graph's paths are
    // case-insensitive) are the same names.
    let same_names =
        names.len() == known_names.len() && names.iter().zip(&known_names).all(|(a, b)| crate::paths::same_ident(a, b));
    if own.is_empty()
        && same_names
        && path_keys.len() < known_keys.len()
        && let [.., set, _action] = path.split('/').filter(|s| !s.is_empty()).collect::<Vec<_>>()[..]
        && !set.starts_with('{')
        && let Some((item, rest)) = split_words_at(base, &super::text::item_name(set), true)
    {
        return format!("{}_{rest}", in_words_of(item, set));
    }
    // The set itself (`/me/onlineMeetings?$filter=…` beside `/me/onlineMeetings/{meetingId}`): named
    // with the set's name where the id ends with its item's (`get_online_meetings`), in the id's
    // words where the set is written in lowercase (`onlinemeetings`).
    if own.is_empty()
        && same_names
        && path_keys.len() < known_keys.len()
        && let Some(set) = path.split('?').next().and_then(|p| p.rsplit('/').next()).filter(|s| !s.starts_with('{'))
        && let Some((head, item)) = split_words_at(base, &super::text::item_name(set), false)
    {
        return format!("{head}{}", in_words_of(item, set));
    }
    // A line with fewer words than the first (`/chats/{id}/messages` beside
    // `/me/chats/{id}/messages`): named by its first word the id does not say.
    if own.is_empty() && names.len() < known_names.len() {
        let said: Vec<&str> = base.split('_').collect();
        own = new_words(names.clone(), &[], |w| said.contains(&w) || named.contains(&format!("_{w}_")));
        own.truncate(1);
    }
    // A compound the id spells that is all the line adds (`configurationCategories` beside
    // `inventoryCategories`, on `list_device_management_configuration_categories`): its words
    // the first line's names lack (`…_configuration`).
    if own.is_empty() {
        let known_words: Vec<&str> = known_names.iter().flat_map(|n| n.split('_')).collect();
        let compounds = names.iter().filter(|w| w.contains('_') && !known_names.contains(w));
        // (A word a known one spells in the plural or singular is no news: `sourceSystem` below `sourceSystems`.)
        let known = |w: &str| known_words.iter().any(|k| k.trim_end_matches('s') == w.trim_end_matches('s'));
        own = compounds.flat_map(|c| c.split('_')).filter(|w| !known(w)).map(str::to_string).collect();
        own.dedup();
    }
    if own.is_empty() {
        return format!("{base}_{}", n + 1);
    }
    // At most three words, and the bytes or count a path ends with (`…/contacts/{id}/photo/$value`
    // beside `…/contacts/{id}/photo`: `…_users_contact_folders_contacts_value`).
    let last = own.last().cloned().filter(|w| own.len() > 3 && path.ends_with(&format!("/${w}")));
    own.truncate(3);
    own.extend(last);
    format!("{base}_{}", own.join("_"))
}

/// A line going out from an item of the first line's path to one item of its sets and back
/// (`…/termsAndConditions/{id}/groupAssignments/{id}/termsAndConditions` beside
/// `…/termsAndConditions/{id}`; `…/deviceConfigurations/{id}/groupAssignments/{id}/deviceConfiguration/assign`
/// beside `…/deviceConfigurations/{id}/assign`): the id, `via` and the set's item
/// (`get_terms_and_conditions_via_group_assignment`): the set's name alone would read as the set's
/// own operation (`get_terms_and_conditions_group_assignments`).
fn through_an_item(base: &str, first: &str, path: &str) -> Option<String> {
    let (mine, theirs) = (path_segments(first), path_segments(path));
    if theirs.len() != mine.len() + 3 {
        return None;
    }
    let keyed = |s: &str| s.starts_with('{') && s.ends_with('}');
    let plain = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric());
    let same_run = |a: &[&str], b: &[&str]| a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same_place(a, b));
    (2..=mine.len()).find_map(|k| {
        let [set, key, item] = [theirs[k], theirs[k + 1], theirs[k + 2]];
        // (A set named as its items are: `termsAndConditions`.)
        let back = [super::text::item_name(mine[k - 2]).as_str(), mine[k - 2]]
            .iter()
            .any(|name| crate::paths::same_ident(name, item));
        let new_set = !mine.iter().any(|m| crate::paths::same_ident(m, set));
        (keyed(mine[k - 1])
            && plain(set)
            && keyed(key)
            && back
            && new_set
            && same_run(&mine[..k], &theirs[..k])
            && same_run(&mine[k..], &theirs[k + 3..]))
        .then(|| format!("{base}_via_{}", sanitize_id(&super::text::item_name(set))))
    })
}

/// A path's segments, without its query and empty segments (`/a/{id}/b?x=1` → `a`, `{id}`, `b`).
fn path_segments(path: &str) -> Vec<&str> {
    path.split('?').next().unwrap_or_default().split('/').filter(|s| !s.is_empty()).collect()
}

/// Whether two segments are one place: two keys, whatever they are called (each set's key is named
/// for it: `{townhallId}`, `{webinarId}`), or one name in any letter case (Graph's paths are
/// case-insensitive).
fn same_place(a: &str, b: &str) -> bool {
    (a.starts_with('{') && b.starts_with('{')) || crate::paths::same_ident(a, b)
}

/// A line that only reads a sibling set in one place of the first line's path
/// (`/solutions/virtualEvents/webinars/{id}/presenters/{id}` beside `…/townhalls/{id}/presenters/{id}`),
/// where the id names the first's set there, once and in its last words
/// (`delete_presenters_from_virtual_event_townhall`): the id naming the line's set in its
/// place, in the same number (`delete_presenters_from_virtual_event_webinar`).
fn sibling_swapped(base: &str, first: &str, path: &str) -> Option<String> {
    let (a, b) = (path_segments(first), path_segments(path));
    if a.len() != b.len() {
        return None;
    }
    let differing: Vec<usize> = (0..a.len()).filter(|&i| !same_place(a[i], b[i])).collect();
    let [i] = differing[..] else { return None };
    let plain = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric());
    if !plain(a[i]) || !plain(b[i]) {
        return None;
    }
    // The first's set, as the id may write it: its item, or the set itself.
    let (item, other_item) = (super::text::item_name(a[i]), super::text::item_name(b[i]));
    let spellings = [(sanitize_id(&item), sanitize_id(&other_item)), (sanitize_id(a[i]), sanitize_id(b[i]))];
    if spellings.iter().any(|(_, other)| said_before(&format!("{base}_"), other)) {
        return None;
    }
    // Not the end of a compound another segment of the path names (`virtual_event` of `virtualEvents`
    // in `list_sessions_for_virtual_event` beside the `events` set).
    let compounds: Vec<String> = a
        .iter()
        .enumerate()
        .filter(|&(j, s)| j != i && plain(s))
        .flat_map(|(_, s)| [sanitize_id(s), sanitize_id(&super::text::item_name(s))])
        .filter(|w| w.contains('_'))
        .collect();
    spellings.iter().find_map(|(own, other)| {
        let (head, words) = split_words_at(base, own, false)?;
        let in_compound = compounds.iter().any(|c| c.ends_with(&format!("_{own}")) && base.ends_with(&format!("_{c}")));
        // Once, and not the whole id.
        (!head.is_empty() && words == own.as_str() && !said_before(head, own) && !in_compound)
            .then(|| format!("{head}{other}"))
    })
}

/// Whether `head` (an id's words before its last) already holds `words`.
fn said_before(head: &str, words: &str) -> bool {
    format!("_{head}").contains(&format!("_{words}_"))
}

/// A set's name as an id's words: the plural of the id's own words for its item where the set is
/// spelled so (`online_meeting` and `onlinemeetings` → `online_meetings`), else the set's.
fn in_words_of(item: &str, set: &str) -> String {
    let spelled = sanitize_id(set);
    if crate::paths::same_ident(&plural(item), &spelled) { plural(item) } else { spelled }
}

/// Where an id's last words spell `word`'s letters, whatever words the id splits them into:
/// (the words before, ending with `_`; those words), `get_online_meeting` and `onlinemeeting` →
/// (`get_`, `online_meeting`). With `prefix`, where its first words do: (those words; the words
/// after), `managed_device_sync` and `manageddevice` → (`managed_device`, `sync`).
fn split_words_at<'b>(base: &'b str, word: &str, prefix: bool) -> Option<(&'b str, &'b str)> {
    let bounds = std::iter::once(0).chain(base.match_indices('_').map(|(at, _)| at + 1));
    let wanted = crate::paths::ident_key(word);
    if prefix {
        bounds
            .filter(|&at| at > 1)
            .find_map(|at| (crate::paths::ident_key(&base[..at - 1]) == wanted).then(|| (&base[..at - 1], &base[at..])))
    } else {
        bounds
            .filter(|&at| at > 0)
            .find(|&at| crate::paths::ident_key(&base[at..]) == wanted)
            .map(|at| base.split_at(at))
    }
}

/// `words` not in `known`, each once, but for those `said` says the id already says. A word is
/// known however the paths split it into words (`serviceprincipals` beside `service_principals`:
/// Graph's paths are case-insensitive, so one segment may be written either way).
fn new_words(words: Vec<String>, known: &[String], said: impl Fn(&str) -> bool) -> Vec<String> {
    let mut own: Vec<String> = Vec::new();
    for w in words {
        let known_word = known.iter().any(|k| crate::paths::same_ident(k, &w));
        if !known_word && !own.contains(&w) && !said(&w) {
            own.push(w);
        }
    }
    own
}

/// Whether an id says every word of the item its path's last plain segment names, in either
/// number (`list_events` for `…/events`); true where that segment is a call or a system segment.
fn names_last_set(id: &str, path: &str) -> bool {
    let Some(last) = path.split('/').rev().find(|s| !s.is_empty() && !s.starts_with(['{', '$'])) else {
        return true;
    };
    if !last.chars().all(|c| c.is_ascii_alphanumeric()) {
        return true;
    }
    let said: Vec<&str> = id.split('_').map(singular).collect();
    sanitize_id(&super::text::item_name(last)).split('_').all(|w| said.contains(&singular(w)))
}

/// An example name of one word longer than this that no known words make up reads worse than the title.
const UNREADABLE_LEN: usize = 12;

/// The verbs example names use, whatever the title says (`bookingbusinesspostappointments`
/// on "Create bookingAppointment").
const NAME_VERBS: [&str; 10] = ["get", "list", "post", "create", "update", "patch", "put", "delete", "add", "remove"];

/// The identifiers a page's title and paths spell in camelCase, as (the words run
/// together, the words): `directReports` → (`directreports`, `direct_reports`); then
/// its plain words of three letters or more, as (`publish`, `publish`), for what
/// follows an identifier inside one word.
fn identifiers<'a>(title: &str, paths: impl Iterator<Item = &'a str>) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut plain: Vec<String> = Vec::new();
    let path_words = paths.flat_map(|p| p.split(|c: char| !c.is_ascii_alphanumeric()));
    for word in title.split(|c: char| !c.is_ascii_alphanumeric()).chain(path_words).chain(NAME_VERBS) {
        let split = sanitize_id(word);
        if !split.contains('_') {
            // A plain word, for what follows an identifier inside one word (`bookingbusinesspublish`).
            if split.len() >= 3 {
                plain.push(split);
            }
        } else {
            // `directoryAudits` also spells `directoryaudit` (a list page's example names the
            // item), `learningCourseActivities` `learningcourseactivity`.
            // `bookingBusinesses` `bookingbusiness`, `exchangeMailboxes` `exchangemailbox`; both
            // singulars where either may be meant (`thumbnailSizes` `thumbnailsize`, `searchCaches`).
            let sibilant = ["sses", "shes", "ches", "xes", "zes"].iter().any(|end| split.ends_with(end));
            let singulars: Vec<String> = match split.strip_suffix("ies") {
                Some(stem) => vec![format!("{stem}y")],
                None => sibilant
                    .then(|| split.strip_suffix("es"))
                    .flatten()
                    .into_iter()
                    .chain(split.strip_suffix('s').filter(|s| !s.ends_with('s')))
                    .map(str::to_string)
                    .collect(),
            };
            for split in std::iter::once(split).chain(singulars) {
                let joined = split.replace('_', "");
                if !out.iter().any(|(j, _)| *j == joined) {
                    out.push((joined, split));
                }
            }
        }
    }
    // Not over a compound of the same letters: a title written `Update calendargroup`
    // spells the path's `calendarGroup` run together. A plural's singular too: the item a
    // word after an identifier names (`virtualeventregistrationsessions` under `…/registrations/{id}/sessions`).
    for word in plain {
        let singular = super::text::item_name(&word);
        let singular = (singular.len() >= 3 && singular != word).then_some(singular);
        for word in std::iter::once(word).chain(singular) {
            if !out.iter().any(|(j, _)| *j == word) {
                out.push((word.clone(), word));
            }
        }
    }
    // Longest first: `nameditemcollection` before `nameditem`.
    out.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
    out
}

/// `id` with each run of its words that spells a known identifier run together
/// written as that identifier's words (`update_plannerplan` → `update_planner_plan`).
fn respell_id(id: &str, identifiers: &[(String, String)]) -> String {
    let words: Vec<&str> = id.split('_').collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    'words: while i < words.len() {
        // Plain words only complete a word below; a run of words is respelled as a compound only.
        for (joined, split) in identifiers.iter().filter(|(_, split)| split.contains('_')) {
            let mut run = String::new();
            for (j, w) in words.iter().enumerate().skip(i) {
                run.push_str(w);
                if run.len() >= joined.len() {
                    // The identifier, or its plural ending the run's last word
                    // (`bookingcustom_questions` for `bookingCustomQuestion`, `catalogentries`
                    // for `catalogEntry`; an `es` of its own is no such ending).
                    let spelled = if run == *joined {
                        Some(split.clone())
                    } else {
                        (run == plural(joined) && !(is_sibilant(joined) && w.len() <= 2)).then(|| plural(split))
                    };
                    if let Some(spelled) = spelled {
                        out.push(spelled);
                        i = j + 1;
                        continue 'words;
                    }
                    if run.len() > joined.len() + 2 {
                        break;
                    }
                }
            }
        }
        // One word that runs an identifier and a known word together (`bookingbusinesspublish`),
        // or an identifier and `this` (newer snippet names: `adhoccallthis_getallrecordings`).
        let word = words[i];
        let parts = identifiers.iter().find_map(|(joined, split)| {
            let rest = word.strip_prefix(joined.as_str()).filter(|r| !r.is_empty())?;
            if rest == "this" {
                return Some(split.clone());
            }
            // A plain word followed by another is too easily a word of its own (`getall`); but a
            // verb example names use before a word of four letters or more the title or paths say
            // (`addcomment` on "Create comment for alert" under `…/comments`).
            if !split.contains('_') {
                // (A compound the page spells too: `addalertcomment` beside a linked `alertComment`.)
                let said = |w: &str| {
                    (w.len() >= 4 && !NAME_VERBS.contains(&w))
                        .then(|| identifiers.iter().find(|(j, _)| j == w).map(|(_, sp)| sp.clone()))
                        .flatten()
                };
                return NAME_VERBS
                    .contains(&split.as_str())
                    .then(|| said(rest))
                    .flatten()
                    .map(|sp| format!("{split}_{sp}"));
            }
            // The rest of a type's name before `this` (`tenantrelationshiprootthis`: the
            // snippet's type `tenantRelationshipRoot`), whatever words it holds.
            if let Some(tail) =
                rest.strip_suffix("this").filter(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_lowercase()))
            {
                return Some(format!("{split}_{}", known_words(tail, identifiers).unwrap_or_else(|| tail.to_string())));
            }
            let rest = known_words(rest, identifiers)?;
            Some(format!("{split}_{rest}"))
        });
        out.push(parts.unwrap_or_else(|| word.to_string()));
        i += 1;
    }
    out.join("_")
}

/// `text` written wholly as known identifiers, longest first where several fit
/// (`listappointments` → `list_appointments`); `None` if some letters are no
/// known word. One pass from the end over the text's positions, trying each
/// identifier at each: no backtracking, whatever the text.
fn known_words(text: &str, identifiers: &[(String, String)]) -> Option<String> {
    // From the end: how each suffix is written, if it can be.
    let mut spelled: Vec<Option<String>> = vec![None; text.len() + 1];
    spelled[text.len()] = Some(String::new());
    for at in (0..text.len()).rev() {
        let Some(suffix) = text.get(at..) else { continue };
        spelled[at] = identifiers.iter().find_map(|(joined, split)| {
            let rest = spelled.get(at + joined.len())?.as_ref().filter(|_| suffix.starts_with(joined.as_str()))?;
            Some(if rest.is_empty() { split.clone() } else { format!("{split}_{rest}") })
        });
    }
    spelled[0].take().filter(|s| !s.is_empty())
}

/// Whether the words of the id `short` are the id `long`'s, in order, some left out (or none).
fn is_subsequence(short: &str, long: &str) -> bool {
    let mut words = long.split('_');
    short.split('_').all(|w| words.any(|l| l == w))
}

/// The words all `names` begin with: all of a single name; `None` when several
/// share no more than one word (`get_file_attachment`, `get_item_attachment`).
/// The words they all end with follow, past those, where the title says them
/// (`lifecycleworkflows_get_workflow_task` and `lifecycleworkflows_get_workflow_version_task`
/// on "Get task": the task, not the workflow); not a scenario's (`…_hosted_media`). A word
/// the names write in the singular and the plural is shared, as the first name writes it.
fn shared_name(names: &[String], title_words: &[String]) -> Option<String> {
    let (first, rest) = names.split_first()?;
    if rest.iter().all(|n| n == first) {
        return Some(first.clone());
    }
    fn words(n: &str) -> Vec<&str> {
        n.split('_').collect()
    }
    // A word in the singular in one name and the plural in another is one word
    // (`…_taskprocessingresult` and `…_taskprocessingresults`).
    let same = |a: &str, b: &str| a == b || singular(a) == singular(b);
    let mut shared = words(first);
    for n in rest {
        let common = shared.iter().zip(n.split('_')).take_while(|(a, b)| same(a, b)).count();
        shared.truncate(common);
    }
    if shared.len() < 2 {
        return None;
    }
    let at = shared.len();
    let mut ending = words(first).split_off(at);
    for n in rest {
        let theirs = words(n).split_off(at.min(words(n).len()));
        let common = ending.iter().rev().zip(theirs.iter().rev()).take_while(|(a, b)| a == b).count();
        ending.drain(..ending.len() - common);
    }
    // Names each going on past the shared words, which end with a connective and words after it,
    // name each example's scenario from the last connective on (`create_x_on` +
    // `attribute_collection_start…` / `…_submit…`; `add_tab_to_channel_with` + `website_tab` /
    // `wiki_tab`, the title's own `to` kept): the shared words end with that connective, for
    // [`without_dangling_connective`] to weigh. Not where one name is all the shared words
    // (`create_event_from_calendar` beside `create_event_from_calendar_with_online_meeting`).
    let all_go_on = names.iter().all(|n| words(n).len() > at);
    let connective = shared.iter().skip(2).rposition(|w| CONNECTIVES.contains(w));
    if let Some(last) = connective.filter(|_| all_go_on) {
        shared.truncate(last + 3);
    } else if ending.iter().all(|w| title_words.iter().any(|t| t == w)) {
        shared.extend(ending);
    }
    Some(shared.join("_"))
}

/// Verbs any page's names begin with: they tell no page from another.
const VERBS: &[&str] = &["get", "list", "create", "update", "delete", "add", "remove", "set"];

/// Whether `name` says nothing of the action an action or function page's title names
/// ("educationAssignment: getResourcesFolderUrl" with an example named
/// `educationassignment_publish`, copied from the publish page): no word of the action
/// beyond a common verb appears in it. A name spelling the path's last segment whole
/// names it, whatever a stale title says ("servicePrincipal: addKey" over
/// `POST …/addTokenSigningCertificate`, example `serviceprincipal_addtokensigningcertificate`).
/// Whether an example's name names a segment only a later request line has, inside
/// that line's path rather than at its start (`delete_columns_from_contenttype` on a
/// page whose first line is `/sites/{id}/columns/{id}` and whose third is
/// `/sites/{id}/contentTypes/{id}/columns/{id}`): the example's scenario, not the
/// operation the first line is. Owners at a path's start (`/users`, `/groups`) are
/// the same operation's.
fn names_a_later_line(name: &str, requests: &[RequestPath]) -> bool {
    let Some((first, later)) = requests.split_first() else { return false };
    let literal = |template: &str| -> Vec<String> {
        template
            .split('/')
            .filter(|s| !s.is_empty() && !s.contains(['{', '(', '$', '.']))
            .map(|s| singular(&s.to_ascii_lowercase()).to_string())
            .collect()
    };
    let own = literal(&first.path.template);
    let words: Vec<String> = name.split('_').filter(|w| w.len() >= 5).map(|w| singular(w).to_string()).collect();
    later
        .iter()
        .any(|r| literal(&r.path.template).iter().skip(1).any(|s| !own.contains(s) && words.iter().any(|w| w == s)))
}

/// A name without the argument a later line's call passes and the first line's
/// does not (`reportroot_getyammeractivityuserdetail_date` when the page's only
/// request example calls `…(date=…)` and the first line `…(period=…)`): the
/// first line's id is the rest, the later one gets the word back as its own.
fn without_later_argument(name: String, requests: &[RequestPath]) -> String {
    let Some((first, later)) = requests.split_first() else { return name };
    let own = call_arguments(&first.path.template);
    let stripped = later.iter().flat_map(|r| call_arguments(&r.path.template)).find_map(|a| {
        let rest = name.strip_suffix(&a)?.strip_suffix('_')?;
        (!own.contains(&a) && rest.contains('_')).then(|| rest.to_string())
    });
    stripped.unwrap_or(name)
}

/// The names of the arguments a path's calls and keys pass, as id words
/// (`getEmailActivityUserDetail(date={date_value})` → `date`).
fn call_arguments(template: &str) -> Vec<String> {
    template
        .split('(')
        .skip(1)
        .flat_map(|call| call.split(')').next().unwrap_or("").split(','))
        .filter_map(|a| a.split_once('='))
        .map(|(a, _)| sanitize_id(a.trim()))
        .filter(|a| !a.is_empty())
        .collect()
}

/// Whether a name's only noun is a parent of what the path addresses: the root
/// collection of a path two literal segments deeper (`get_agreements` on
/// `/agreements/{id}/file/localizations`), a root that is no set with anything below it
/// (`get_directory` on `/directory/deletedItems/{id}`), or the member whose navigation the
/// path reads (`list_host` on `/hosts/{hostId}/sslCertificates`); a name copied from the
/// parent's page.
fn names_only_a_parent(name: &str, template: &str) -> bool {
    let literal: Vec<String> = template
        .split('/')
        .filter(|s| !s.is_empty() && !s.contains(['{', '(', '$', '.', ':']))
        .map(|s| singular(&s.to_ascii_lowercase()).to_string())
        .collect();
    let nouns: Vec<&str> = name.split('_').filter(|w| !VERBS.contains(w)).collect();
    if matches!((&literal[..], &nouns[..]), ([root, _, _, ..], [noun]) if singular(noun) == root) {
        return true;
    }
    // A root that is no set with something read below it: its name alone names no item. A root
    // named in the singular (`get_directory` on `/directory/deletedItems/{id}`, `get_trustFrameworks`
    // on `/trustFramework/policies`), or one a segment spelled in the plural follows without a key
    // (`get_policies` on `/policies/featureRolloutPolicies/{id}`: Graph's policy root, one object);
    // a set's item may be named for the set (`get_site` on `/sites/root`).
    let segments: Vec<&str> = template.split('/').filter(|s| !s.is_empty()).collect();
    let root = segments.first().map(|s| s.to_ascii_lowercase()).unwrap_or_default();
    let is_literal = |s: &str| !s.contains(['{', '(', '$', '.', ':']);
    let plural_follows = segments.get(1).is_some_and(|s| {
        let s = s.to_ascii_lowercase();
        is_literal(&s) && crate::extract::text::item_name(&s) != s
    });
    if literal.len() >= 2
        && is_literal(&root)
        && (crate::extract::text::item_name(&root) == root || plural_follows)
        && !nouns.is_empty()
        && singular(&nouns.concat()) == singular(&root)
    {
        return true;
    }
    // A member of a set the path reads a navigation of (`list_host` on
    // `/security/threatIntelligence/hosts/{hostId}/sslCertificates`).
    let [noun] = nouns[..] else { return false };
    segments.windows(3).any(|w| {
        w[1].starts_with('{')
            && !w[2].contains(['{', '(', '$', '.', ':'])
            && segments.last() == Some(&w[2])
            && singular(&w[0].to_ascii_lowercase()) == singular(noun)
            && !w[0].eq_ignore_ascii_case(noun)
    })
}

/// A name spelling another action of the verb the path's titled action begins with
/// misses it too (`reportroot_getteamsuseractivitytotalusercounts_csv` copied onto
/// `getTeamsTeamActivityDetail`); a word cutting the action short does not.
fn misses_action(name: &str, title: &str, template: &str) -> bool {
    let joined = name.replace('_', "");
    // The path's last segment without arguments or cast namespace (`getTeamsTeamActivityDetail`).
    let segment = template.rsplit('/').next().unwrap_or("");
    let segment = segment.split('(').next().unwrap_or(segment).rsplit('.').next().unwrap_or(segment);
    let last = segment.to_ascii_lowercase();
    if last.len() >= 3 && !last.starts_with(['{', '$']) && joined.contains(&last) {
        return false;
    }
    // The title's verb is the action the path ends in and the name spells neither
    // (`create_directoryobject_from_directory` on "Restore deleted item", `…/restore`).
    let title_verb = sanitize_id(title).split('_').next().map(str::to_string).unwrap_or_default();
    if last.len() >= 3 && title_verb == last && !joined.contains(singular(&last)) {
        return true;
    }
    // A list's title names the navigation the path ends in and the name spells it nowhere, nor
    // its start (`list_ediscoverysearch_associated_noncustodialdatasources`, a sibling's, on "List
    // additionalSources", `…/additionalSources`).
    let title_joined = sanitize_id(title).replace('_', "");
    let lower = name.to_ascii_lowercase();
    if last.len() >= 4
        && title_verb == "list"
        && !last.starts_with(['{', '$'])
        && title_joined.contains(&last)
        && !lower.replace('_', "").contains(singular(&last))
        && !lower.split('_').any(|w| w.len() >= 4 && last.starts_with(w))
    {
        return true;
    }
    // A name spelling another action of the same verb, copied from a sibling page
    // (`reportroot_getteamsuseractivitytotalusercounts_csv` on `getTeamsTeamActivityDetail`).
    let action = sanitize_id(segment);
    let verb = action.split('_').next().unwrap_or("");
    // Only where the title names this action (`reportRoot: getTeamsTeamActivityDetail`):
    // a navigation (`…/learningCourseActivities`) is no action of a verb.
    let titled = title.split_once(':').is_some_and(|(_, a)| sanitize_id(a) == action);
    if titled && action.split('_').count() >= 3 && !segment.starts_with(['{', '$']) {
        let other = name
            .to_ascii_lowercase()
            .split('_')
            .any(|w| w.len() > verb.len() && 2 * w.len() >= last.len() && w.starts_with(verb) && !last.starts_with(w));
        if other {
            return true;
        }
    }
    let Some((_, action)) = title.split_once(':') else { return false };
    let action = sanitize_id(action);
    let words: Vec<&str> = action.split('_').filter(|w| w.len() >= 3 && !VERBS.contains(w)).collect();
    !words.is_empty() && !words.iter().any(|w| joined.contains(w))
}

/// Whether an example's name says it reads (`get_…`, `list_…`) where the request line
/// posts to an action that is no reading of its own (`get_virtualappointment_sendVirtualAppointmentSms`
/// on `POST …/sendVirtualAppointmentSms`; not `get_by_ids` on `POST …/getByIds`).
fn reads_on_an_action(name: &str, method: Method, first: Option<&RequestPath>) -> bool {
    let verb = name.split('_').next().unwrap_or("");
    let Some(last) = first.and_then(|r| r.path.template.rsplit('/').next()) else { return false };
    let call = last.split('(').next().unwrap_or(last);
    // Without a namespace (`microsoft.graph.getDelta`).
    let action = call.rsplit('.').next().unwrap_or(call).to_ascii_lowercase();
    method == Method::Post
        && matches!(verb, "get" | "list")
        && !action.starts_with(verb)
        && !action.starts_with('{')
        && action.chars().any(|c| c.is_ascii_alphabetic())
}

/// Whether an example's name says it lists where the page gets one item by its key
/// (`user_list_teamsApps_1` on "Get installed app for user", `GET …/installedApps/{id}`:
/// copied from the list page).
fn lists_one_item(name: &str, title: &str, method: Method, template: &str) -> bool {
    let keyed = template.rsplit('/').next().is_some_and(|s| s.starts_with('{') && s.ends_with('}'));
    let title_verb = sanitize_id(title).split('_').next().map(str::to_string).unwrap_or_default();
    // The verb first, or after an owner's name (`user_list_…`); not `get_list`, a list read.
    let mut words = name.split('_');
    let lists = match (words.next(), words.next()) {
        (Some("list"), _) => true,
        (Some(owner), Some("list")) => !NAME_VERBS.contains(&owner),
        _ => false,
    };
    method == Method::Get && keyed && title_verb == "get" && lists
}

/// Whether a title's id begins with a verb titles write for a method's call (`delete_x`,
/// `remove_x`, `permanently_delete_x` for a `DELETE`; `replace_shift`, `upsert_x` for a `PUT`).
fn says_verb_of(id: &str, method: Method) -> bool {
    let verbs: &[&str] = match method {
        Method::Get => &["get", "list", "retrieve", "read"],
        Method::Post => &["create", "add", "post"],
        Method::Patch | Method::Put => &["update", "replace", "upsert", "upload", "set", "patch"],
        Method::Delete => &["delete", "remove"],
        _ => &[],
    };
    let mut words = id.split('_');
    let first = words.next().unwrap_or("");
    let verb = if first == "permanently" { words.next().unwrap_or("") } else { first };
    verbs.contains(&verb)
}

/// Whether an example's name says another action than the page's title, in the
/// verbs of reading, creating, updating and deleting, where the title's is the
/// method's (`update_connectorgroup_1` on "Create connectorGroup", a `POST` to a
/// collection: copied from the update page). A title naming several ("Create or
/// update …") allows each; `get` and `list` are one, as are `create` and `add`, `delete` and
/// `remove` (`add_education_category` on "Remove category", a `DELETE`).
fn contradicts_title(name: &str, title: &str, method: Method) -> bool {
    let family = |verb: &str| match verb {
        "get" | "list" => Some("read"),
        // The link pages' verbs: "Add member" (a `POST …/$ref`), "Remove category" (a `DELETE`).
        "create" | "add" => Some("create"),
        "update" => Some("update"),
        "delete" | "remove" => Some("delete"),
        _ => None,
    };
    let Some(said) = family(name.split('_').next().unwrap_or("")) else { return false };
    let title = sanitize_id(title);
    let mut titled = Vec::new();
    for word in title.split('_') {
        match family(word) {
            Some(f) => titled.push(f),
            None if matches!(word, "or" | "and") => {}
            None => break,
        }
    }
    let of_method = match method {
        Method::Get => "read",
        Method::Post => "create",
        Method::Patch | Method::Put => "update",
        Method::Delete => "delete",
        _ => return false,
    };
    titled.contains(&of_method) && !titled.contains(&said)
}

/// An example's name for a page whose title lists many things, where the name
/// reads one (a name copied from a get page): the item's name made the list's
/// (`get_todo_task_list` on "List lists" → `list_todo_task_lists`, `get_risky_user`
/// on "List riskyUsers" → `list_risky_users`), or `None` where it names another
/// thing (`get_group` on "List group members"), so the title names the call.
/// Other names come back as they are; a name ending in a connective names a
/// navigation (`get_device_member_of`), not one item. A remark in parentheses after the
/// title's list ("List stages (of an access review)") is no part of it.
fn as_list_name(name: String, title: &str) -> Option<String> {
    let plural = |w: &str| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
    // Not a remark in parentheses after what it lists ("List stages (of an access review)").
    let title = match title.trim_end().strip_suffix(')').and_then(|t| t.rsplit_once(" (")) {
        Some((listed, _)) => listed,
        None => title,
    };
    // "List history", "List calendarView": the title names the list in one word, its last.
    let one_name = title.split_whitespace().count() == 2;
    let title = sanitize_id(title);
    let listed = title.strip_prefix("list_").and_then(|t| t.rsplit('_').next()).unwrap_or_default();
    let (verb, rest) = name.split_once('_').unwrap_or((name.as_str(), ""));
    if !matches!(verb, "get" | "list") || rest.is_empty() {
        return Some(name);
    }
    let (head, named) = rest.rsplit_once('_').unwrap_or(("", rest));
    // Names run words together (`get_riskyuser`, `get_devicememberof`).
    let connective = CONNECTIVES.contains(&named) || named.ends_with("of");
    if plural(named) || connective || named.bytes().all(|b| b.is_ascii_digit()) {
        return Some(name);
    }
    if !plural(listed) {
        // A list named by a word without a plural (`history` on "List history") that the item's
        // name has: the item's name read as a list of them (`get_riskyuserhistoryitem` →
        // `list_riskyuserhistoryitem`); not another word ("List children" beside `get_term`), nor
        // the word alone (`get_organization` on "List organization", a copy of the get page's).
        let item = rest.replace('_', "");
        let has_listed = one_name && !listed.is_empty() && item != listed && item.contains(listed);
        return Some(if verb == "get" && has_listed { format!("list_{rest}") } else { name });
    }
    let (item, one) = (singular(named), singular(listed));
    // `list_x` already says what it does; only its item's name is made the list's.
    let Some(before) = item.strip_suffix(one) else { return (verb == "list").then_some(name) };
    Some(if head.is_empty() { format!("list_{before}{listed}") } else { format!("list_{head}_{before}{listed}") })
}

/// Words that join a name's words to the ones after them (`create_community_from_…`).
const CONNECTIVES: &[&str] = &["from", "with", "by", "for", "using", "in", "of", "and", "to", "on", "as", "via"];

/// Whether no word of an example's name (verbs and words under three letters
/// aside) has anything in common with the page's own names, `letters` (title,
/// request lines and linked types, lowercase letters and digits only): a name
/// copied from another page (`get_endpoints_3` on "List dailyPrintUsageByPrinter").
/// Five letters in a row in common are enough: names run words together in
/// another order than the title (`get_hostedcontentchatmessage` for "Get
/// chatMessageHostedContent") or misspell them.
fn foreign_name(name: &str, letters: &[String]) -> bool {
    const RUN: usize = 5;
    let found = |run: &str| letters.iter().any(|l| l.contains(run));
    let shares = |w: &str| match w.len() {
        n if n < RUN => found(w),
        n => (0..=n - RUN).any(|i| w.get(i..i + RUN).is_some_and(found)),
    };
    let mut words = name.split('_').filter(|w| w.len() >= 3 && !VERBS.contains(w)).peekable();
    words.peek().is_some() && !words.any(shares)
}

/// `shared` without a last word joining it to words the examples differ in
/// (`create_community_from` of `create_community_from_minimal` and
/// `create_community_from_app_only`), unless the page's names (`letters`) run it
/// together with the word before (`get_sign_in` on "Get signIn").
fn without_dangling_connective(shared: String, letters: &[String]) -> String {
    let mut words: Vec<&str> = shared.split('_').collect();
    while let [.., before, last] = words[..]
        && words.len() > 2
        && CONNECTIVES.contains(&last)
        && !letters.iter().any(|l| l.contains(&format!("{before}{last}")))
    {
        words.pop();
    }
    words.join("_")
}

/// `shared` completed with the rest of the words of the path's last segment when it
/// ends with only their beginning: examples named `directoryobject_getByIds` and
/// `directoryobject_getById_select` share `directoryobject_get_by`, which cuts the
/// action `getByIds` short.
fn with_whole_action(shared: String, template: &str) -> String {
    let last = template.rsplit('/').next().unwrap_or("");
    if last.starts_with('{') {
        return shared;
    }
    let action = sanitize_id(last.split(['(', ':']).next().unwrap_or(last));
    let action: Vec<&str> = action.split('_').collect();
    // Where each of the name's words starts in its letters run together: the action's
    // beginning may be written as one word (`get_virtualappointment` for
    // `getVirtualAppointmentJoinWebUrl`).
    let joined = shared.replace('_', "");
    let mut starts = Vec::new();
    let mut at = 0;
    for w in shared.split('_') {
        starts.push(at);
        at += w.len();
    }
    // Two words at least: one alone (`group` of `groupLifecyclePolicies`) is often a name's own;
    // not where the name is a verb and that one word, cut short (`list_installed` for
    // `installedApps`, the words four example names share).
    let least = if shared.split('_').count() == 2 { 1 } else { 2 };
    for k in (least..action.len()).rev() {
        let begun = action[..k].concat();
        if joined.ends_with(&begun) && starts.contains(&(joined.len() - begun.len())) {
            return [shared.as_str(), &action[k..].join("_")].join("_");
        }
    }
    shared
}

/// The operationId a task's request example names (`get-drive-by-user` on a page of a section
/// per owner), unless the name says another method does it.
pub(super) fn task_id(name: &str, method: Method) -> Option<String> {
    Some(example_id(name)).filter(|n| !n.is_empty() && !contradicts(n, method))
}

/// Marks a path's segment ends in (`alerts_v2`): part of a name, not a version.
fn path_marks(requests: &[RequestPath]) -> Vec<String> {
    requests
        .iter()
        .flat_map(|r| r.path.template.split('/'))
        .filter(|s| !s.starts_with('{'))
        .filter_map(|s| s.rsplit_once('_').map(|(_, mark)| mark.to_ascii_lowercase()))
        .collect()
}

/// An operationId from an example's name, without the version marks some
/// carry (`get_file_attachment_v1` → `get_file_attachment`), a dangling `from`
/// or a word written twice (`create_agentuser_agentuser` → `create_agentuser`).
fn example_id(name: &str) -> String {
    example_id_keeping(name, &[])
}

/// [`example_id`], keeping the marks `kept` names: the page's paths write them as part of a
/// segment's name (`update_alert_v2` for `PATCH /security/alerts_v2/{alertId}`).
fn example_id_keeping(name: &str, kept: &[String]) -> String {
    let id = sanitize_id(name);
    // `_v1`, `_beta`, and the numbers of a page's examples (`get_user_2`, `get_article_e1`,
    // `…_activate_example`).
    let is_mark = |w: &str| {
        !kept.iter().any(|k| k == w)
            && (w == "beta"
                || w == "example"
                || (w.len() > 1 && w.starts_with(['v', 'e']) && w[1..].bytes().all(|b| b.is_ascii_digit()))
                || w.bytes().all(|b| b.is_ascii_digit()))
    };
    let mut words: Vec<&str> = id.split('_').collect();
    // Newer snippet names end `_from_` where the navigation was left out
    // (`create_learningprovider_from_`); a camelCase action's own `From` stays (`removeFrom`).
    let dangling_from = name.trim().trim_end_matches('_').to_ascii_lowercase().ends_with("_from");
    while words.len() > 1 && words.last().is_some_and(|w| is_mark(w)) {
        words.pop();
    }
    if dangling_from && words.len() > 1 && words.last() == Some(&"from") {
        words.pop();
    }
    words.dedup();
    words.join("_")
}

/// An operationId: ASCII letters, digits and `_`, from a name or title.
/// A word starts at a capital after a lowercase letter or a digit (`getX` →
/// `get_x`, `office365Active` → `office365_active`), or at the last capital of a
/// run followed by a lowercase letter (`depIOSEnrollment` → `dep_ios_enrollment`).
pub(crate) fn sanitize_id(name: &str) -> String {
    // Bytes: only ASCII letters and digits count, and any other byte (of a non-ASCII
    // character too) separates words.
    let bytes = name.trim().as_bytes();
    let mut out = String::with_capacity(bytes.len() + 4);
    let mut last_sep = true;
    for (i, &c) in bytes.iter().enumerate() {
        let c = char::from(c);
        if c.is_ascii_alphanumeric() {
            let prev = i.checked_sub(1).map(|p| char::from(bytes[p]));
            let next = bytes.get(i + 1).map(|&n| char::from(n));
            // Much as heck (and so progenitor) splits: `getOffice365ActiveUserCounts` → `get_office365_active_user_counts`.
            // An acronym's plural stays one word: `cloudPCs` → `cloud_pcs`, `getByIDs` → `get_by_ids`.
            let plural = next == Some('s') && !bytes.get(i + 2).is_some_and(|n| n.is_ascii_lowercase());
            // A lone lowercase letter opening a name is a prefix of the word after it, as Graph
            // spells brands: `oAuth2` → `oauth2`, `eDiscovery` → `ediscovery`.
            let lone_prefix = i >= 1
                && prev.is_some_and(|p| p.is_ascii_lowercase())
                && (i == 1 || !char::from(bytes[i - 2]).is_ascii_alphanumeric());
            // So is Graph's `E` prefix inside a name (`managedEBook` → `managed_ebook`, as
            // `eBookInstallSummary` → `ebook_install_summary`); not a capital closing a word
            // (`AppXContainedApp`, `SMode`).
            // Not the `E` closing an acronym written in mixed case (`QoEMetrics`: a word of
            // one lowercase letter before it).
            let after_e_prefix = i >= 3
                && prev == Some('E')
                && char::from(bytes[i - 2]).is_ascii_lowercase()
                && char::from(bytes[i - 3]).is_ascii_lowercase()
                && next.is_some_and(|n| n.is_ascii_lowercase());
            let starts_word = c.is_ascii_uppercase()
                && !lone_prefix
                && !after_e_prefix
                && prev.is_some_and(|p| {
                    p.is_ascii_lowercase()
                        || p.is_ascii_digit()
                        || (p.is_ascii_uppercase() && next.is_some_and(|n| n.is_ascii_lowercase()) && !plural)
                });
            if starts_word && !last_sep {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
            last_sep = false;
        } else if !last_sep {
            out.push('_');
            last_sep = true;
        }
    }
    // No separator leads (none is written before a word), one may trail.
    if out.ends_with('_') {
        out.pop();
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) { format!("op_{out}") } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_from_names_titles_and_paths() {
        assert_eq!(sanitize_id("update_assignments"), "update_assignments");
        assert_eq!(sanitize_id("Update assignments"), "update_assignments");
        assert_eq!(sanitize_id("get user-photo $value"), "get_user_photo_value");
        assert_eq!(sanitize_id("createUser"), "create_user");
        assert_eq!(sanitize_id("getOffice365ActiveUserCounts"), "get_office365_active_user_counts");
        assert_eq!(sanitize_id("list win32LobApps"), "list_win32_lob_apps");
        assert_eq!(sanitize_id("list_cloudPCs"), "list_cloud_pcs");
        assert_eq!(sanitize_id("getByIDsAndURLs"), "get_by_ids_and_urls");
        assert_eq!(example_id("create_learningprovider_from_"), "create_learningprovider");
        assert_eq!(
            example_id("create_externalconnection_from_connections"),
            "create_externalconnection_from_connections"
        );
        assert_eq!(example_id("group_removeFrom"), "group_remove_from", "an action's own `From`");
        assert_eq!(sanitize_id("GET_USER"), "get_user");
        // A lone lowercase letter opening a name: the brand's prefix.
        assert_eq!(sanitize_id("delete_oAuth2PermissionGrant"), "delete_oauth2_permission_grant");
        assert_eq!(sanitize_id("eDiscoveryCase"), "ediscovery_case");
        assert_eq!(sanitize_id("managedEBooks"), "managed_ebooks", "inside a name too");
        assert_eq!(sanitize_id("myEBook"), "my_ebook");
        // An acronym in mixed case (beta's `getAudioStreamQoEMetricsForTeams`).
        assert_eq!(sanitize_id("getAudioStreamQoEMetrics"), "get_audio_stream_qo_e_metrics");
        assert_eq!(sanitize_id("macOSSoftwareUpdate"), "mac_os_software_update");
        assert_eq!(sanitize_id("isVPNEnabled"), "is_vpn_enabled");
        assert_eq!(title_id_of("Create a sharing link for a DriveItem"), "create_sharing_link_for_drive_item");
        assert_eq!(title_id_of("The"), "the");
        assert_eq!(title_id_of("Create attachment (deprecated)"), "create_attachment");
        assert_eq!(title_id_of("Get task (Deprecated) "), "get_task");
        assert_eq!(title_id_of("(deprecated)"), "deprecated");
        assert_eq!(route_id("list_events", "/users/{id}/events", "/me/events", 1), "list_events_me");
        assert_eq!(
            route_id("sp_add_key", "/serviceprincipals/{id}/addKey", "/servicePrincipals(appId='{appId}')/addKey", 1),
            "sp_add_key_app_id",
            "a segment in another letter case is the same word"
        );
        assert_eq!(
            route_id("list_events", "/users/{id}/events", "/me/calendars/{id}/events", 2),
            "list_events_me_calendars"
        );
        assert_eq!(route_id("get_x", "/a/{id}", "/a/{other}", 1), "get_x_2");
        // A sibling set in the one place the lines differ, which the id names last: named in its place.
        let townhalls = "/events/townhalls/{townhallId}/presenters/{p}";
        let webinars = "/events/webinars/{webinarId}/presenters/{p}";
        assert_eq!(route_id("delete_presenter_from_townhall", townhalls, webinars, 1), "delete_presenter_from_webinar");
        assert_eq!(route_id("list_townhalls_presenters", townhalls, webinars, 1), "list_townhalls_presenters_webinars");
        assert_eq!(route_id("delete_presenter", townhalls, webinars, 1), "delete_presenter_webinars");
        let fewer = route_id("get_messages", "/me/chats/{id}/messages", "/chats/{id}/messages", 1);
        assert_eq!(fewer, "get_messages_chats", "a line with fewer words: its first the id does not say");
        assert_eq!(example_id("get_file_attachment_v1"), "get_file_attachment");
        assert_eq!(example_id("protectionpolicybase_activate_example"), "protectionpolicybase_activate");
        assert_eq!(example_id("get_example_2"), "get");
        assert_eq!(example_id("get_beta_v2"), "get");
        assert_eq!(example_id("get_v2_things"), "get_v2_things", "only trailing marks");
        assert_eq!(example_id("v1"), "v1");
        assert_eq!(example_id("get_mailboxsettings_1"), "get_mailboxsettings");
        assert_eq!(example_id("create_agentuser_agentuser"), "create_agentuser", "a word written twice");
        assert_eq!(example_id("list_events_2"), "list_events");
        assert_eq!(example_id("todotask-delta-v1-e1"), "todotask_delta", "an example's number and the version");
        assert_eq!(example_id("get_e5_license"), "get_e5_license", "only trailing marks");
        assert_eq!(example_id("update_alert_v2"), "update_alert");
        assert_eq!(
            example_id_keeping("update_alert_v2", &["v2".to_string()]),
            "update_alert_v2",
            "a path's segment writes it"
        );
        let known = identifiers("Update plannerPlan", ["/me/directReports", "/workbook/names/add"].into_iter());
        assert_eq!(respell_id("update_plannerplan", &known), "update_planner_plan");
        assert_eq!(respell_id("get_directreports", &known), "get_direct_reports");
        assert_eq!(respell_id("get_direct_reports", &known), "get_direct_reports");
        assert_eq!(respell_id("plannerplan_directreports_x", &known), "planner_plan_direct_reports_x");
        let known = identifiers("List directoryAudits", std::iter::empty());
        assert_eq!(respell_id("get_directoryaudit", &known), "get_directory_audit");
        // A title written in lowercase; the type its prose links spells the words.
        let known = identifiers("Update conditionalaccesspolicy", ["conditionalAccessPolicy"].into_iter());
        assert_eq!(respell_id("update_conditionalaccesspolicy", &known), "update_conditional_access_policy");
        let known = identifiers("List learningCourseActivities", std::iter::empty());
        assert_eq!(respell_id("list_learningcourseactivity", &known), "list_learning_course_activity");
        // A compound's plural run over a word break; a typo's doubled `s` is no plural.
        let known = identifiers("Delete bookingCustomQuestion", std::iter::empty());
        assert_eq!(respell_id("delete_bookingcustom_questions", &known), "delete_booking_custom_questions");
        let known = identifiers("List entries", ["catalogEntry"].into_iter());
        assert_eq!(respell_id("list_catalogentries", &known), "list_catalog_entries");
        assert_eq!(respell_id("list_catalogentryies", &known), "list_catalogentryies");
        let known = identifiers("user: revokeSignInSessions", std::iter::empty());
        assert_eq!(respell_id("user_revokesigninsessionss", &known), "user_revokesigninsessionss");
        assert_eq!(respell_id("user_revokesigninsessions", &known), "user_revoke_sign_in_sessions");
        assert_eq!(
            route_id("get_calendar_groups", "/users/{id}/calendarGroups", "/me/calendarGroups", 1),
            "get_calendar_groups_me"
        );
        assert_eq!(
            route_id(
                "get_deleted_items",
                "/directory/deletedItems",
                "/directory/deletedItems/microsoft.graph.group",
                1
            ),
            "get_deleted_items_group",
            "a cast counts by its type's name"
        );
        assert_eq!(route_id("get_message", "/me/messages/{id}", "/me/messages/{id}/$value", 1), "get_message_value");
        let (all, one) = ("/cases/{c}/custodians/removeHold", "/cases/{c}/custodians/{id}/removeHold");
        assert_eq!(route_id("remove_hold", all, one, 1), "remove_hold_by_id", "only a key added");
        let (item, set) = ("/groups/{id}/evaluateDynamicMembership", "/groups/evaluateDynamicMembership");
        let id = route_id("group_evaluate_dynamic_membership", item, set, 1);
        assert_eq!(id, "groups_evaluate_dynamic_membership", "the set's own action, by the set's name");
        assert_eq!(route_id("evaluate", item, set, 1), "evaluate_2", "an id not beginning with the item's name");
        assert_eq!(route_id("get_photo", "/me/photos", "/me/photos/{size}", 1), "get_photo_by_size");
        // A compound the id spells, all the line adds: the words that tell it apart.
        let base = "list_device_management_configuration_categories";
        let first = "/deviceManagement/inventoryCategories";
        assert_eq!(
            route_id(base, first, "/deviceManagement/configurationCategories", 2),
            "list_device_management_configuration_categories_configuration"
        );
        let base = "get_source_system_definition";
        let first = "/external/industryData/sourceSystems/{id}";
        let numbered = route_id(base, first, "/external/industryData/sourceSystems/{id}/sourceSystem", 1);
        assert_eq!(numbered, "get_source_system_definition_2");
        // The first line's item reached through one item of another set: `via` that item.
        let first = "/deviceManagement/termsAndConditions/{termsAndConditionsId}";
        let through = "/deviceManagement/termsAndConditions/{t}/acceptanceStatuses/{a}/termsAndConditions";
        assert_eq!(
            route_id("get_terms_and_conditions", first, through, 1),
            "get_terms_and_conditions_via_acceptance_status"
        );
        let (first, through) = (
            "/deviceManagement/deviceConfigurations/{id}/assign",
            "/deviceManagement/deviceConfigurations/{id}/groupAssignments/{g}/deviceConfiguration/assign",
        );
        assert_eq!(
            route_id("device_configuration_assign", first, through, 1),
            "device_configuration_assign_via_group_assignment"
        );
        let (me, user) = ("/me/manager", "/users/{id}/manager");
        assert_eq!(route_id("get_manager", me, user, 1), "get_manager_users", "not a root set");
        let (contact, me) = ("/users/{id}/contactFolders/{f}/contacts/{c}/photo", "/me/photo");
        assert_eq!(route_id("get_photo", me, contact, 1), "get_photo_users_contact_folders_contacts");
        assert_eq!(
            route_id("get_photo", me, &format!("{contact}/$value"), 2),
            "get_photo_users_contact_folders_contacts_value",
            "a fourth word only for the bytes"
        );
        let report = |call: &str| format!("/reports/getEmailActivityUserDetail({call})");
        let (period, date) = (report("period='{period_value}'"), report("date={date_value}"));
        assert_eq!(route_id("get_detail", &period, &date, 1), "get_detail_date", "the arguments tell calls apart");
        assert_eq!(route_id("get_detail_date", &period, &date, 1), "get_detail_date_2", "not twice");
        let known = identifiers("NamedItemCollection: add", std::iter::empty());
        assert_eq!(respell_id("named_itemcollection_add", &known), "named_item_collection_add");
        let known = identifiers("bookingBusiness: publish", std::iter::empty());
        assert_eq!(respell_id("bookingbusinesspublish", &known), "booking_business_publish");
        assert_eq!(respell_id("bookingbusinessthis_publish", &known), "booking_business_publish");
        assert_eq!(respell_id("bookingbusinessx_publish", &known), "bookingbusinessx_publish", "x is no known word");
        let known = identifiers("tenantRelationship: findTenantInformationByDomainName", std::iter::empty());
        let id = respell_id("tenantrelationshiprootthis_findtenantinformationbydomainname", &known);
        assert_eq!(
            id, "tenant_relationship_root_find_tenant_information_by_domain_name",
            "a snippet's type before `this`"
        );
        let known = identifiers("List appointments", ["/solutions/bookingBusinesses/{id}/appointments"].into_iter());
        assert_eq!(respell_id("bookingbusinesslistappointments", &known), "booking_business_list_appointments");
        let known = identifiers("Create comment for alert", ["/security/alerts_v2/{alertId}/comments"].into_iter());
        assert_eq!(respell_id("alert_v2_addcomment", &known), "alert_v2_add_comment");
        assert_eq!(respell_id("alert_getall", &known), "alert_getall", "a word the title does not say");
        // An item of a set the path names, after an identifier in one word.
        let paths = ["/solutions/virtualEvents/webinars/{webinarId}/registrations/{registrationId}/sessions"];
        let known = identifiers("List sessions", paths.into_iter());
        let id = respell_id("list_virtualeventregistrationsessions", &known);
        assert_eq!(id, "list_virtual_event_registration_sessions");
        assert!(names_only_a_parent("get_agreements", "/agreements/{id}/file/localizations"));
        assert!(!names_only_a_parent("get_agreements", "/agreements/{id}/file"), "one segment deeper");
        assert!(!names_only_a_parent("get_agreement_file", "/agreements/{id}/file/localizations"));
        assert!(names_only_a_parent("list_host", "/security/threatIntelligence/hosts/{hostId}/sslCertificates"));
        assert!(names_only_a_parent("get_connection", "/external/connections/{id}/quota"));
        assert!(!names_only_a_parent("get_connection", "/external/connections/{id}"), "the member itself");
        assert!(!names_only_a_parent("list_hosts", "/hosts/{id}/hosts"), "the set's own name");
        assert!(names_only_a_parent("get_directory", "/directory/deleteditems/{id}"), "a root that is no set");
        assert!(names_only_a_parent("get_trust_frameworks", "/trustFramework/policies"));
        assert!(!names_only_a_parent("get_site", "/sites/root"), "a set's item below it");
        assert!(!names_only_a_parent("get_directory", "/directory"), "nothing below the root");
        let known =
            identifiers("Create bookingAppointment", ["/solutions/bookingBusinesses/{id}/appointments"].into_iter());
        let id = respell_id("bookingbusinesspostappointments", &known);
        assert_eq!(id, "booking_business_post_appointments", "a verb the title does not write");
        let known = identifiers("List mailboxes", ["/admin/exchangeMailboxes"].into_iter());
        assert_eq!(respell_id("get_exchangemailbox", &known), "get_exchange_mailbox", "a sibilant plural's singular");
        let known = identifiers("List thumbnails", ["/me/drive/items/{id}/thumbnailSizes"].into_iter());
        assert_eq!(respell_id("get_thumbnailsize", &known), "get_thumbnail_size", "and its plain one");
        let known = identifiers("adhocCall: getAllRecordings", std::iter::empty());
        assert_eq!(respell_id("adhoccallthis_getallrecordings", &known), "adhoc_call_get_all_recordings");
        let known = identifiers("workflow: activate", std::iter::empty());
        assert_eq!(respell_id("workflowthis_activate", &known), "workflow_activate");
        assert_eq!(respell_id("workflowactivate", &known), "workflowactivate", "two plain words stay one");
        let names = |n: &[&str]| shared_name(&n.iter().map(|s| s.to_string()).collect::<Vec<_>>(), &[]);
        assert_eq!(names(&["get_drive_default", "get_drive_by_user"]).as_deref(), Some("get_drive"));
        assert_eq!(names(&["get_file_attachment", "get_item_attachment"]), None);
        assert_eq!(names(&["create_user", "create_user"]).as_deref(), Some("create_user"));
        assert_eq!(names(&["create_user"]).as_deref(), Some("create_user"));
        assert_eq!(names(&[]), None);
        // One word in the singular and the plural.
        let results = ["list_result_taskprocessingresult", "list_result_taskprocessingresults_run"];
        assert_eq!(names(&results).as_deref(), Some("list_result_taskprocessingresult"));
        let stale = |name: &str, title: &str| misses_action(name, title, "/x/{id}");
        let path = "/servicePrincipals/{id}/addTokenSigningCertificate";
        assert!(!misses_action("serviceprincipal_addtokensigningcertificate", "servicePrincipal: addKey", path));
        assert!(misses_action("serviceprincipal_addkey", "servicePrincipal: addTokenSigningCertificate", path));
        assert!(stale("educationassignment_publish", "educationAssignment: getResourcesFolderUrl"));
        assert!(!stale("educationassignment_getresourcesfolderurl", "educationAssignment: getResourcesFolderUrl"));
        assert!(!stale("notebook_fromweburl", "notebook: getNotebookFromWebUrl"));
        assert!(!stale("directoryobject_get_by_ids", "directoryObject: getByIds"));
        assert!(!stale("get_thing", "Get thing"), "not an action page");
        let restore = "/directory/deletedItems/{id}/restore";
        assert!(misses_action("create_directoryobject_from_directory", "Restore deleted item", restore));
        assert!(!misses_action("restore_directoryobject", "Restore deleted item", restore));
        let messages = "/me/messages";
        assert!(!misses_action("create_message_from_user", "Create message", messages), "a set, no verb");
        assert!(!stale("user_get", "user: get"), "a common verb alone says nothing either way");
        let report = "/reports/getTeamsTeamActivityDetail(period='{period_value}')";
        let title = "reportRoot: getTeamsTeamActivityDetail";
        assert!(
            misses_action("reportroot_getteamsuseractivitytotalusercounts_csv", title, report),
            "a sibling's action"
        );
        assert!(!misses_action("reportroot_getteamsteamactivitydetail_csv", title, report));
        assert!(!misses_action("reportroot_getteamsteam", title, report), "cut short, not another action");
        assert!(!misses_action("reportroot_getteamsteamactivity", title, report), "cut short, long enough to count");
        let sources = "/security/cases/ediscoveryCases/{id}/searches/{searchId}/additionalSources";
        let copied = "list_ediscoverysearch_associated_noncustodialdatasources";
        assert!(misses_action(copied, "List additionalSources", sources), "a sibling's navigation");
        assert!(!misses_action("list_additionalsource", "List additionalSources", sources));
        assert!(!misses_action(copied, "List sources", sources), "a title not naming the navigation");
        let activities = "/me/employeeExperience/learningCourseActivities";
        assert!(
            !misses_action("list_learningcourseactivity", "List learningCourseActivities", activities),
            "no action"
        );
        let appointment = "/me/onlineMeetings/{id}/getVirtualAppointmentJoinWebUrl";
        assert!(!misses_action(
            "get_virtualappointment",
            "virtualAppointment: getVirtualAppointmentJoinWebUrl",
            appointment
        ));
        let whole = |shared: &str, template: &str| with_whole_action(shared.into(), template);
        assert_eq!(whole("directoryobject_get_by", "/directoryObjects/getByIds"), "directoryobject_get_by_ids");
        assert_eq!(whole("user_get_member", "/me/getMemberGroups"), "user_get_member_groups");
        assert_eq!(
            whole("get_virtualappointment", "/me/onlineMeetings/{id}/getVirtualAppointmentJoinWebUrl"),
            "get_virtualappointment_join_web_url"
        );
        assert_eq!(
            whole("forget_virtualappointment", "/m/getVirtualAppointmentJoinWebUrl"),
            "forget_virtualappointment",
            "the action's beginning must start a word"
        );
        assert_eq!(whole("create_policy_from_group", "/groupLifecyclePolicies"), "create_policy_from_group");
        assert_eq!(whole("list_installed", "/teams/{team-id}/installedApps"), "list_installed_apps");
        assert_eq!(whole("get_single_version", "/me/drive/items/{id}/versions/{version-id}"), "get_single_version");
        assert_eq!(whole("get_user_photo", "/me/photo/$value"), "get_user_photo");
        assert_eq!(whole("list_events", "/me/events"), "list_events");
        assert_eq!(whole("report_get_email", "/reports/getEmailActivity(period='{p}')"), "report_get_email_activity");
        assert_eq!(sanitize_id("Delete depIOSEnrollmentProfile"), "delete_dep_ios_enrollment_profile");
        assert_eq!(sanitize_id("get depMacOSEnrollmentProfile"), "get_dep_mac_os_enrollment_profile");
        assert_eq!(sanitize_id("windows10CompliancePolicy"), "windows10_compliance_policy");
    }

    #[test]
    fn a_lone_prefix_spells_its_entity_one_way() {
        // v1.0's e-book pages: `Get eBookInstallSummary` beside `Get managedEBook`, `Create iosVppEBook`.
        // The entity's word is spelled one way wherever it stands in the name.
        let alone = sanitize_id("get eBookInstallSummary");
        let inside = sanitize_id("get managedEBook");
        let word = alone.trim_start_matches("get_").split("_install").next().unwrap().to_string();
        assert!(inside.ends_with(&format!("_{word}")), "{alone} beside {inside}");
    }

    #[test]
    fn a_capital_closing_a_word_is_not_joined_to_the_next() {
        // Intune's AppX types (beta: `Get windowsUniversalAppXContainedApp`; v1.0:
        // `windowsUniversalAppXAppAssignmentSettings`, `windowsAppXAppAssignmentSettings`): the `X`
        // closes "AppX", it is no prefix of the next word (as `managedEBook`'s `E` is).
        assert_eq!(sanitize_id("get windowsUniversalAppXContainedApp"), "get_windows_universal_app_x_contained_app");
        assert_eq!(sanitize_id("windowsAppXAppAssignmentSettings"), "windows_app_x_app_assignment_settings");
    }

    #[test]
    fn names_share_their_first_words_and_then_their_last() {
        let title = ["get".to_string(), "task".to_string()];
        let shared = |names: &[&str]| shared_name(&names.iter().map(|n| n.to_string()).collect::<Vec<_>>(), &title);
        assert_eq!(
            shared(&["lifecycleworkflows_get_workflow_task", "lifecycleworkflows_get_workflow_version_task"])
                .as_deref(),
            Some("lifecycleworkflows_get_workflow_task"),
            "the task the names end with, not the workflow they pass"
        );
        assert_eq!(shared(&["get_user_photo", "get_user_photo_value"]).as_deref(), Some("get_user_photo"));
        let title: Vec<String> = ["create", "custom", "authentication", "extension"].map(String::from).into();
        let scenarios = [
            "create_customauthenticationextension_on_token_issuance_start_custom_extension",
            "create_customauthenticationextension_on_attribute_collection_submit_custom_extension",
        ]
        .map(String::from);
        assert_eq!(
            shared_name(&scenarios, &title).as_deref(),
            Some("create_customauthenticationextension_on"),
            "the words after a connective name each example's scenario, the ending too"
        );
        assert_eq!(shared(&["list_events_me", "list_events"]).as_deref(), Some("list_events"));
        assert_eq!(shared(&["get_file_attachment", "get_item_attachment"]), None, "one word in common");
        assert_eq!(
            shared(&["create_call_service_hosted_media", "create_call_app_hosted_media"]).as_deref(),
            Some("create_call"),
            "a scenario's words the title does not say"
        );
        assert_eq!(shared(&["get_x", "get_x"]).as_deref(), Some("get_x"));
        assert_eq!(
            shared(&["create_event_from_calendar", "create_event_from_calendar_with_online_meeting"]).as_deref(),
            Some("create_event_from_calendar"),
            "one name all the shared words: no scenario between a connective and an ending"
        );
    }

    #[test]
    fn a_singleton_root_named_in_the_plural_is_no_set() {
        // `/policies` is Graph's policy root, one object, as `/directory` is: its name alone names
        // no feature rollout policy (`get_directory` on `/directory/deletedItems/{id}` gives way).
        assert!(names_only_a_parent("get_policies", "/policies/featureRolloutPolicies/{id}"));
    }

    #[test]
    fn example_names_copied_from_other_pages_give_way_to_the_title() {
        let post = Method::Post;
        let list = |n: &str, t: &str| as_list_name(n.to_string(), t);
        assert_eq!(list("get_risky_user", "List riskyUsers").as_deref(), Some("list_risky_users"));
        assert_eq!(list("get_todo_task_list", "List lists").as_deref(), Some("list_todo_task_lists"));
        assert_eq!(list("get_policy", "List policies").as_deref(), Some("list_policies"));
        // A plural in `-ies` of a word in `-ie`, not `-y`.
        assert_eq!(list("list_hostcookie", "List cookies").as_deref(), Some("list_hostcookies"));
        assert_eq!(list("get_riskyuser", "List riskyUsers").as_deref(), Some("list_riskyusers"), "respelled later");
        assert_eq!(
            list("get_emailauthenticationmethod", "List emailMethods").as_deref(),
            Some("list_emailauthenticationmethods")
        );
        assert_eq!(list("get_identityproviderbase", "List identityProviders"), None);
        assert_eq!(list("get_relation", "List relations").as_deref(), Some("list_relations"), "not a connective");
        assert_eq!(
            list("list_inheritablepermission", "List inheritablePermissions").as_deref(),
            Some("list_inheritablepermissions")
        );
        assert_eq!(list("list_agentuser", "List agent users").as_deref(), Some("list_agentusers"));
        assert_eq!(list("list_group", "List group members").as_deref(), Some("list_group"), "the verb is right");
        assert_eq!(list("get_group", "List group members"), None, "another thing");
        // A list named by a word without a plural, which the item's name has (beta's risky user
        // history, "List calendarView"); not another word ("List children" beside `get_term`).
        assert_eq!(list("get_riskyuserhistoryitem", "List history").as_deref(), Some("list_riskyuserhistoryitem"));
        assert_eq!(list("get_calendarview", "List calendarView").as_deref(), Some("list_calendarview"));
        assert_eq!(list("get_term", "List children").as_deref(), Some("get_term"));
        // A title's last word that is not what it lists ("List apps in team", v1.0's
        // teamsappinstallation-list.md, whose examples are `get_installed_teams_apps` and
        // `get_installed_teams_apps_expand`): `teams` holds `team`, yet the page lists apps.
        assert_eq!(
            list("get_installed_teams_apps_expand", "List apps in team").as_deref(),
            Some("get_installed_teams_apps_expand")
        );
        // A remark in parentheses after the list ("List stages (of an access review)").
        assert_eq!(
            list("list_accessreviewstage", "List stages (of an access review)").as_deref(),
            Some("list_accessreviewstages")
        );
        for kept in [
            ("get_risky_users", "List riskyUsers"),
            ("get_users_2", "List users"),
            ("get_term", "List children"),
            ("get_device_member_of", "List device groups"),
            ("get_devicememberof", "List device groups"),
            ("get_user", "Get users"),
            ("list_users", "List users"),
        ] {
            assert_eq!(list(kept.0, kept.1).as_deref(), Some(kept.0), "{kept:?}");
        }
        assert!(contradicts_title("update_connectorgroup_1", "Create connectorGroup", post));
        let item = "/users/{user-id}/teamwork/installedApps/{app-installation-id}";
        let get = Method::Get;
        assert!(lists_one_item("user_list_teamsapps_1", "Get installed app for user", get, item));
        assert!(lists_one_item("list_apps", "Get app", get, item));
        assert!(!lists_one_item("get_apps", "Get app", get, item));
        assert!(!lists_one_item("get_list", "Get metadata for a list", get, "/sites/{site-id}/lists/{list-id}"));
        assert!(!lists_one_item("list_apps", "List apps", get, item), "the title lists too");
        assert!(!lists_one_item("list_apps", "Get app", Method::Delete, item), "another method's own rule");
        let set = "/users/{user-id}/teamwork/installedApps";
        assert!(!lists_one_item("list_apps", "Get apps", get, set), "a set is listed");
        assert!(!contradicts_title("create_connectorgroup", "Create connectorGroup", post));
        assert!(!contradicts_title("get_riskyuser", "List riskyUsers", Method::Get), "get and list are one");
        // A link page's verbs: v1.0's "Remove category" named for the add page it was copied from.
        assert!(contradicts_title("add_education_category", "Remove category", Method::Delete));
        assert!(!contradicts_title("remove_education_category", "Remove category", Method::Delete));
        assert!(!contradicts_title("delete_education_category", "Remove category", Method::Delete));
        assert!(!contradicts_title("add_owner", "Add owner", post), "add and create are one");
        assert!(!contradicts_title("update_x", "Create or update x", Method::Patch));
        assert!(!contradicts_title("update_x", "x: reprovision", post), "a title without a verb says nothing");
        assert!(!contradicts_title("create_thing", "Get thing", post), "a title the method belies says nothing");
        let pieces = |p: &[&str]| p.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let letters = pieces(&["listdailyprintusagebyprinter", "reportsdailyprintusagebyprinter"]);
        assert!(foreign_name("get_endpoints", &letters));
        assert!(!foreign_name("list_dailyprintusage", &letters));
        assert!(!foreign_name("get", &letters), "a verb alone is no name of another page");
        assert!(foreign_name("get_terre", &letters), "no run across two pieces");
        // Words run together in another order, and misspelled, share letters still.
        let chat = pieces(&["getchatmessagehostedcontent", "chatsidmessagesidhostedcontentsid"]);
        assert!(!foreign_name("get_hostedcontentchatmessage", &chat));
        assert!(!foreign_name("get_userriskhistory", &pieces(&["listhistoryofriskyuser", "riskyusersidhistory"])));
        let community = pieces(&["createcommunity", "employeeexperiencecommunities"]);
        assert_eq!(without_dangling_connective("create_community_from".into(), &community), "create_community");
        assert_eq!(without_dangling_connective("get_by".into(), &community), "get_by", "two words stay");
        assert_eq!(without_dangling_connective("remove_from_team".into(), &community), "remove_from_team");
        let sign_in = pieces(&["getsignin", "auditlogssigninsid"]);
        assert_eq!(without_dangling_connective("get_sign_in".into(), &sign_in), "get_sign_in", "the page's signIn");
    }

    #[test]
    fn example_names_that_say_another_method_are_stale() {
        assert!(contradicts("create_educationclass_from_educationschool", Method::Delete));
        assert!(!contradicts("delete_educationuser_from_educationschool", Method::Delete));
        assert!(!contradicts("get_by_ids", Method::Post), "a POST action may be named for what it gets");
        assert!(!contradicts("update_assignments", Method::Patch));
    }

    #[test]
    fn an_action_s_owner_is_the_segment_before_it() {
        assert_eq!(owner_of("/deviceManagement/managedDevices/{id}/rebootNow", "rebootNow").unwrap(), "managedDevice");
        assert_eq!(owner_of("/reports/getX(period='{p}')", "getX").unwrap(), "reports");
        assert_eq!(
            owner_of("/deviceManagement/windowsAutopilotSettings/sync", "sync").unwrap(),
            "windowsAutopilotSettings"
        );
        assert_eq!(owner_of("/policies/{id}/microsoft.graph.assign", "assign").unwrap(), "policy");
    }

    #[test]
    fn a_sibling_set_is_not_swapped_into_a_compound_the_path_spells_apart() {
        // `virtual_event` is the `virtualEvents` segment's name, not the `events` set's item:
        // `list_sessions_for_virtual_webinar` names no segment.
        let events = "/solutions/virtualEvents/events/{eventId}/sessions";
        let webinars = "/solutions/virtualEvents/webinars/{webinarId}/sessions";
        let id = route_id("list_sessions_for_virtual_event", events, webinars, 1);
        assert!(id.contains("virtual_event") && id.contains("webinar"), "{id}");
        let events = "/solutions/virtualEvents/events/{eventId}/presenters/{presenterId}";
        let townhalls = "/solutions/virtualEvents/townhalls/{townhallId}/presenters/{presenterId}";
        let id = route_id("delete_presenter_from_virtual_event", events, townhalls, 1);
        assert!(id.contains("virtual_event") && id.contains("townhall"), "{id}");
    }

    #[test]
    fn a_verb_run_into_a_camel_case_name_the_page_links_is_split() {
        // As `alert_v2_addcomment` under `…/comments`: the body's linked `alertComment` is as known a word.
        let known = identifiers(
            "Create comment for alert",
            ["/security/alerts_v2/{alertId}/comments", "alertComment"].into_iter(),
        );
        assert_eq!(respell_id("alert_v2_addalertcomment", &known), "alert_v2_add_alert_comment");
    }
}
