//! The "Permissions" section: one table for every request, or a row per resource reached.

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::extract::text::{is_todo, singular};
use crate::markdown::Block;
use crate::model::Permissions;

use crate::page::{Page, Section};
use std::collections::BTreeSet;

/// A page's permissions: one table for all its requests, or a table with a row
/// per resource the request reaches ("user calendar", "group calendar"; the
/// permission types as columns).
#[derive(Debug, Default)]
pub(in crate::extract) struct PagePermissions {
    /// The one table every request shares.
    every_request: Permissions,
    /// Each resource's table: its label, the line or heading it is read from, its permissions.
    by_resource: Vec<(String, String, Permissions)>,
    /// Tables of a page some of whose tables name their requests (the request lines
    /// written beside each, or its annotation's `requestUrls`): each answers those.
    by_request: Vec<NamedTable>,
    /// The page writes no `/me` line: an "acting on self" table is the `/users/…` lines' too
    /// (a signed-in user passing their own id), beside the "acting on others" one.
    pub(in crate::extract) no_me_line: bool,
    /// Labels and lines of included tables the inputs lack: a request taking one of them beside
    /// others takes none (the union would pass for the whole list).
    missing: Vec<String>,
}

/// A table that may name its requests, and the line or heading over it.
#[derive(Debug, Default, Clone)]
struct NamedTable {
    label: String,
    /// (method, [`request_skeleton`]) of each request named.
    requests: Vec<(crate::http::Method, String)>,
    permissions: Permissions,
}

/// Which list of [`Permissions`] a "Permission type" cell names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    DelegatedWork,
    DelegatedPersonal,
    Application,
}

impl Kind {
    fn of(cell: &str) -> Option<Kind> {
        let cell = cell.to_ascii_lowercase();
        if cell.contains("personal") && (cell.contains("delegated") || cell.contains("account")) {
            Some(Kind::DelegatedPersonal)
        } else if cell.contains("delegated") {
            Some(Kind::DelegatedWork)
        } else if cell.contains("application") {
            Some(Kind::Application)
        } else {
            None
        }
    }

    fn list(self, p: &mut Permissions) -> &mut Vec<String> {
        match self {
            Kind::DelegatedWork => &mut p.delegated_work,
            Kind::DelegatedPersonal => &mut p.delegated_personal,
            Kind::Application => &mut p.application,
        }
    }
}

impl PagePermissions {
    /// Whether the tables are told apart by their labels (so a request line's lead-in may matter).
    pub(in crate::extract) fn by_labels(&self) -> bool {
        !self.by_request.is_empty() || !self.by_resource.is_empty()
    }

    /// The permissions for a `method` request to `template`: the tables that name it (the
    /// one among several its label names, as below); where none does, or the page's tables
    /// name no requests, the rows whose resource the path names, the nearer its end the better
    /// (`/users/{id}/messages/{id}/extensions`: "message", not "user"); all rows when the path
    /// names none.
    pub(in crate::extract) fn for_path(
        &self,
        method: crate::http::Method,
        template: &str,
        lead_in: Option<&str>,
        serves_self: bool,
    ) -> Permissions {
        // A line serving the caller too (its sentence: "your own or another user's") takes the
        // "acting on self" table beside the others', as where the page writes no `/me` line.
        let no_me_line = self.no_me_line || serves_self;
        if !self.by_request.is_empty() {
            let skeleton = request_skeleton(template);
            let named: Vec<(&str, &Permissions)> = self
                .by_request
                .iter()
                .filter(|t| t.requests.iter().any(|(m, r)| *m == method && *r == skeleton))
                .map(|t| (t.label.as_str(), &t.permissions))
                .collect();
            return match named.as_slice() {
                [(_, one)] => (*one).clone(),
                [] => by_label(
                    self.by_request.iter().map(|t| (t.label.as_str(), &t.permissions)),
                    &self.missing,
                    template,
                    lead_in,
                    no_me_line,
                ),
                several => by_label(several.iter().copied(), &self.missing, template, lead_in, no_me_line),
            };
        }
        if self.by_resource.is_empty() {
            return self.every_request.clone();
        }
        if let Some(told_apart) = self.by_heading_words(template, lead_in) {
            return told_apart;
        }
        by_label(self.by_resource.iter().map(|(l, _, p)| (l.as_str(), p)), &self.missing, template, lead_in, no_me_line)
    }

    /// Tables whose labels are one ("To update **contact insights** settings for an
    /// organization", "To update **item insights** settings for an organization": both
    /// "organization"), told apart by the words only their headings have, all of which the
    /// line's lead-in ("To update settings for item insights:"), else its path, names.
    fn by_heading_words(&self, template: &str, lead_in: Option<&str>) -> Option<Permissions> {
        let [(first, ..), rest @ ..] = self.by_resource.as_slice() else { return None };
        if rest.is_empty() || !rest.iter().all(|(l, ..)| l.eq_ignore_ascii_case(first)) {
            return None;
        }
        let words = |text: &str| -> BTreeSet<String> {
            text.split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| singular(&w.to_ascii_lowercase()).to_string())
                .collect()
        };
        let lines: Vec<BTreeSet<String>> = self.by_resource.iter().map(|(_, line, _)| words(line)).collect();
        let common = lines[1..].iter().fold(lines[0].clone(), |c, l| c.intersection(l).cloned().collect());
        let own: Vec<BTreeSet<String>> = lines.iter().map(|l| l.difference(&common).cloned().collect()).collect();
        if own.iter().any(BTreeSet::is_empty) {
            return None;
        }
        // (Tables with one label are told apart by their lines, which `missing` holds too.)
        let named_by = |said: &BTreeSet<String>| {
            let mut out: Option<Union<'_>> = None;
            for (_, (_, line, p)) in own.iter().zip(&self.by_resource).filter(|(own, _)| own.is_subset(said)) {
                out.get_or_insert_with(|| Union::new(&self.missing)).take(line, p);
            }
            out.map(Union::finish)
        };
        let path = template
            .split(['/', '(', ':'])
            .filter(|s| !s.is_empty() && !s.starts_with(['{', '$']))
            .map(heck::ToSnakeCase::to_snake_case)
            .collect::<Vec<_>>()
            .join(" ");
        lead_in.map(words).and_then(|w| named_by(&w)).or_else(|| named_by(&words(&path)))
    }
}

/// `permissions` narrowed to the kind of token the request line can carry: a line through a
/// `me` segment (`/me/…`, `/education/me/…`) needs a signed-in user, so no app-only token
/// (where the table gives a delegated entry); a lead-in naming one kind ("To call
/// **createOrGet** API with application token:", "To evaluate as the service principal:") that kind.
pub(in crate::extract) fn for_token_kind(
    mut permissions: Permissions,
    template: &str,
    lead_in: Option<&str>,
) -> Permissions {
    let delegated = |p: &Permissions| !p.delegated_work.is_empty() || !p.delegated_personal.is_empty();
    // `/me/…`, and a product's own `me` (`/education/me/classes`): the signed-in user.
    let me = crate::paths::through_me(template);
    // A lead-in about tokens or permissions, naming the kinds it allows ("with delegated (`/me`) and
    // app (`/users/{userId}`) permission": both).
    let lower = lead_in.map(str::to_ascii_lowercase).unwrap_or_default();
    let words: Vec<&str> = lower.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let about_tokens = words.iter().any(|w| ["token", "tokens", "permission", "permissions", "only"].contains(w));
    let names_delegated = about_tokens && words.contains(&"delegated");
    // Not "the calling app has permissions to manage the user" (the app, not its token's kind);
    // "the app-only access token" is one.
    // "To evaluate as the service principal:": the app acting as itself, with its own token.
    // (The phrase ending the lead-in, or before its "(application permission)"; not "as the service
    // principal's owner", nor "such as the service principal".)
    let as_service_principal = ["as the service principal", "as a service principal"].iter().any(|w| {
        lower.match_indices(w).any(|(at, _)| {
            let after = lower[at + w.len()..].trim_start_matches([':', ' ', '.']);
            !lower[..at].ends_with("such ") && (after.is_empty() || after.starts_with('('))
        })
    });
    let names_application = as_service_principal
        || about_tokens
            && words.iter().enumerate().any(|(i, w)| {
                let before = i.checked_sub(1).map(|b| words[b]);
                let after = words.get(i + 1).copied();
                // "app-only" is a kind; "the app only reads …" is not.
                let kind_follows = after.is_some_and(|a| {
                    ["permission", "permissions", "token", "tokens"].contains(&a)
                        || (a == "only" && lower.contains("app-only"))
                });
                ["application", "app", "apps"].contains(w)
                    && before != Some("calling")
                    && !(*w == "app" && before == Some("the") && !kind_follows)
            });
    // No table read (its include missing) under a lead-in naming one kind of token alone ("To
    // start the Cloud PC of the specified user … using delegated permission:"): any token of that
    // kind, not the default's both.
    if permissions.is_empty() && !me && names_delegated != names_application {
        let kind = if names_delegated { &mut permissions.delegated_work } else { &mut permissions.application };
        kind.push(Permissions::NO_SCOPE.to_string());
        return permissions;
    }
    if (me || (names_delegated && !names_application)) && delegated(&permissions) {
        permissions.application.clear();
    } else if names_application && !names_delegated && !me && !permissions.application.is_empty() {
        permissions.delegated_work.clear();
        permissions.delegated_personal.clear();
    }
    permissions
}

/// The tables whose labels name the resource `template` reaches, the nearer its end the
/// better; all of them when it names none. A label the line's lead-in names ("For PIM for
/// groups" and "To get an approval step in PIM for groups:") is the line's, the longest first.
fn by_label<'p>(
    tables: impl Iterator<Item = (&'p str, &'p Permissions)> + Clone,
    missing: &[String],
    template: &str,
    lead_in: Option<&str>,
    no_me_line: bool,
) -> Permissions {
    if let Some(lead_in) = lead_in.map(folded) {
        // Scenario labels only: not the permission types ("application permissions" in "using
        // either delegated or application permissions:") nor callers ("the signed-in user").
        let scenario = |label: &str| -> Option<String> {
            let label = label.to_ascii_lowercase();
            is_scenario(&label).then(|| folded(label.trim().strip_prefix("for ").unwrap_or(label.trim())))
        };
        // A lead-in that is the label itself (`**Enrollment**` over the lines) says it, one word too.
        let said = |l: &str| {
            (l.split_whitespace().count() >= 2 && lead_in.contains(l))
                || lead_in.trim().trim_end_matches(':').trim() == l
        };
        // Labels the lead-in says whole, none inside another it says ("PIM for groups" beside
        // "For PIM for groups" and "For groups").
        let whole: Vec<(String, &str, &Permissions)> =
            tables.clone().filter_map(|(l, p)| scenario(l).filter(|s| said(s)).map(|s| (s, l, p))).collect();
        // Every label said, some by their object after their last "for" ("PIM for Azure AD roles"
        // in "for either Azure AD roles or PIM for groups"): all of them.
        let by_object =
            |l: &str| scenario(l).is_some_and(|l| said(&l) || l.rsplit_once(" for ").is_some_and(|(_, o)| said(o)));
        if !whole.is_empty() {
            let mut out = Union::new(missing);
            if tables.clone().all(|(l, _)| by_object(l)) {
                for (l, p) in tables.clone() {
                    out.take(l, p);
                }
            }
            for (as_said, l, p) in &whole {
                if !whole.iter().any(|(other, ..)| other.len() > as_said.len() && other.contains(as_said.as_str())) {
                    out.take(l, p);
                }
            }
            return out.finish();
        }
    }
    let named: Vec<&str> = template
        .split('/')
        .filter(|s| !s.is_empty() && !s.starts_with(['{', '$']))
        .map(|s| s.split(['(', ':']).next().unwrap_or(s))
        .collect();
    // Each segment as one word, or (where no label names a segment so) as its camelCase
    // words: "Azure resources" for `/privilegedAccess/azureResources/roleDefinitions`.
    let words_of = |camel: bool| -> Vec<Vec<String>> {
        named
            .iter()
            .map(|s| match s.to_ascii_lowercase() {
                me if me == "me" => vec!["user".to_string()],
                // A cast segment names its type (`microsoft.graph.group`), by its words too
                // (`microsoft.graph.servicePrincipal`: "service principals").
                l if l.starts_with("microsoft.graph.") => {
                    let name = s.rsplit('.').next().unwrap_or(s);
                    match camel {
                        true => heck::ToSnakeCase::to_snake_case(name).split('_').map(str::to_string).collect(),
                        false => vec![name.to_ascii_lowercase()],
                    }
                }
                _ if camel => heck::ToSnakeCase::to_snake_case(*s).split('_').map(str::to_string).collect(),
                l => vec![l],
            })
            .collect()
    };
    // The label's last word (its head noun: "event" of "group event", "task" of `todoTask`)
    // matched, the later in the path the better; then all matched words, the later the
    // better; then fewer words the path lacks ("event" over "group event" for
    // `/users/{id}/events/{id}`). By camelCase words, a label's too (`[outlookTask]` for
    // `/me/outlook/tasks/{id}/…`).
    type Score = (usize, usize, std::cmp::Reverse<usize>);
    let score = |label: &str, segments: &[Vec<String>], camel: bool| -> Score {
        let positions: Vec<Option<usize>> = label
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .flat_map(|w| match camel {
                true => heck::ToSnakeCase::to_snake_case(w).split('_').map(str::to_string).collect(),
                false => vec![w.to_ascii_lowercase()],
            })
            .map(|w| segments.iter().rposition(|s| s.iter().any(|s| singular(s) == singular(&w))))
            .collect();
        let head = positions.last().copied().flatten().map_or(0, |i| i + 1);
        let matched = positions.iter().flatten().map(|i| i + 1).sum();
        (head, matched, std::cmp::Reverse(positions.iter().filter(|p| p.is_none()).count()))
    };
    // A label that is one type's name in camelCase (`todoTaskList`) read by its words among
    // the path's segments: `…/todo/lists/{id}/tasks/…` is a `todoTask`'s, `…/todo/lists` a
    // `todoTaskList`'s. Its head word and another must be the path's.
    let type_name_words = |label: &str, segments: &[Vec<String>]| -> Score {
        let one_name = !label.is_empty()
            && label.chars().all(|c| c.is_ascii_alphanumeric())
            && label.chars().skip(1).any(|c| c.is_ascii_uppercase());
        if !one_name {
            return Score::default();
        }
        let s = score(label, segments, true);
        let words = heck::ToSnakeCase::to_snake_case(label).split('_').count();
        if s.0 > 0 && words.saturating_sub(s.2.0) >= 2 { s } else { Score::default() }
    };
    // "For the signed-in user" / "acting on self" beside "For other users": `/me` is the one; where
    // the page writes no `/me` line, its `/users/{id}` lines take both (your own id, or another's).
    let on_self = |label: &str| {
        let l = label.to_ascii_lowercase();
        ["self", "signed-in", "signed in", "current user", "yourself"].iter().any(|w| l.contains(w))
    };
    let on_others = |label: &str| label.to_ascii_lowercase().contains("other");
    let mut out = Union::new(missing);
    if tables.clone().any(|(l, _)| on_self(l)) && tables.clone().any(|(l, _)| on_others(l)) {
        let me = crate::extract::path_heads(template, "/me");
        for (l, p) in tables.filter(|(l, _)| if me { on_self(l) } else { on_others(l) || (no_me_line && on_self(l)) }) {
            out.take(l, p);
        }
        return out.finish();
    }
    let mut segments = words_of(false);
    let mut camel = false;
    // By camelCase words, only labels whose every word the path has ("Azure resources", not
    // "All Audit Logs" for `/security/auditLog/queries`: a service, of rows that are alternatives).
    let scored_one = |label: &str, segments: &[Vec<String>], camel: bool| {
        let s = Some(score(label, segments, camel)).filter(|s| !camel || s.2.0 == 0).unwrap_or_default();
        if camel { s } else { s.max(type_name_words(label, segments)) }
    };
    // A label naming several objects ("For applications and service principals") is each one's.
    let scored = |label: &str, segments: &[Vec<String>], camel: bool| {
        // Each part without the label's leading "For", which a part alone would not have.
        let bare = |p: &str| {
            let p = p.trim();
            p.get(..4).filter(|h| h.eq_ignore_ascii_case("for ")).map_or(p, |_| &p[4..]).to_string()
        };
        let parts = label.split(" and ").flat_map(|p| p.split(" or ")).flat_map(|p| p.split(", ")).map(bare);
        let best_part = parts.map(|p| scored_one(&p, segments, camel)).max().unwrap_or_default();
        best_part.max(scored_one(label, segments, camel))
    };
    let mut best = tables.clone().map(|(label, _)| scored(label, &segments, camel)).max().unwrap_or_default();
    if best.1 == 0 {
        (segments, camel) = (words_of(true), true);
        best = tables.clone().map(|(label, _)| scored(label, &segments, camel)).max().unwrap_or_default();
    }
    // Then without asides and the word "provider": "Device management (Intune) provider" for
    // `/roleManagement/deviceManagement/roleDefinitions`, beside "Cloud PC provider".
    let plain = best.1 == 0;
    let label_score = |label: &str, segments: &[Vec<String>]| {
        if plain { scored(&bare_label(label), segments, camel) } else { scored(label, segments, camel) }
    };
    if plain {
        best = tables.clone().map(|(label, _)| label_score(label, &segments)).max().unwrap_or_default();
    }
    // An action's or function's own segment after a key (`…/{id}/checkMemberGroups`, named by its
    // verb) says what the call does, not which resource it reaches: read by its words, where a
    // label's head word is among the other segments' words ("a service principal" for
    // `/servicePrincipals/{id}/…`), those decide.
    let mut raw = template.split('/').filter(|s| !s.is_empty()).rev();
    let action = matches!((raw.next(), raw.next()), (Some(last), Some(key))
        if !last.starts_with(['{', '$']) && key.starts_with('{') && crate::paths::names_a_call(last));
    if camel && action && segments.len() > 1 {
        let without = segments[..segments.len() - 1].to_vec();
        let best_without = tables.clone().map(|(label, _)| label_score(label, &without)).max().unwrap_or_default();
        if best_without.0 > 0 {
            (segments, best) = (without, best_without);
        }
    }
    for (label, p) in tables {
        if best.1 == 0 || label_score(label, &segments) == best {
            out.take(label, p);
        }
    }
    out.finish()
}

/// The tables a request takes, together: none where one of them is a table the inputs lack
/// (the others' scopes alone would pass for the whole list; the contract's default applies,
/// as the `missing-include` warning says).
struct Union<'m> {
    out: Permissions,
    missing: &'m [String],
    partial: bool,
}

impl<'m> Union<'m> {
    fn new(missing: &'m [String]) -> Self {
        Union { out: Permissions::default(), missing, partial: false }
    }

    fn take(&mut self, label: &str, p: &Permissions) {
        self.partial |= self.missing.iter().any(|m| m == label);
        self.out.extend_from(p);
    }

    fn finish(self) -> Permissions {
        if self.partial { Permissions::default() } else { self.out }
    }
}

/// A label without what is in parentheses, a leading article and a last word "provider(s)":
/// "a device management (Intune) provider" → "device management".
fn bare_label(label: &str) -> String {
    let mut out = String::with_capacity(label.len());
    let mut depth = 0usize;
    for c in label.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    let mut words: Vec<&str> = out.split_whitespace().collect();
    if words.len() > 1 && matches!(words[0].to_ascii_lowercase().as_str(), "a" | "an" | "the") {
        words.remove(0);
    }
    let keep = match words.split_last() {
        Some((last, rest))
            if !rest.is_empty() && matches!(last.to_ascii_lowercase().as_str(), "provider" | "providers") =>
        {
            rest
        }
        _ => &words[..],
    };
    keep.join(" ")
}

/// The section with the headings of its level right after it that are about permissions too
/// (`## Permissions` followed by `## Permissions acting on self` and `## Permissions acting on
/// other users`, each with its table): one section, whose headings label their tables.
fn with_permission_siblings(mut section: Section<'_>) -> Section<'_> {
    let blocks = &section.page.doc.blocks;
    let Some(Block::Heading(own)) = section.blocks.start.checked_sub(1).and_then(|i| blocks.get(i)) else {
        return section;
    };
    while let Some(Block::Heading(h)) = blocks.get(section.blocks.end)
        && h.level == own.level
        && h.text.trim().to_ascii_lowercase().starts_with("permissions ")
    {
        let after = section.blocks.end + 1;
        section.blocks.end = blocks[after..]
            .iter()
            .position(|b| matches!(b, Block::Heading(n) if n.level <= own.level))
            .map_or(blocks.len(), |p| after + p);
    }
    section
}

/// The permissions table, least privileged first, placeholders dropped with a warning.
pub(in crate::extract) fn permissions(page: &Page<'_>, diags: &mut Vec<Diagnostic>) -> PagePermissions {
    let before = diags.len();
    let read = read_permissions(page, diags);
    // A section naming no scope at all (every row "Not supported"), reported unless a missing
    // include or a missing section already is.
    let reported = diags[before..].iter().any(|d| matches!(d.code, codes::MISSING_INCLUDE | codes::NO_PERMISSIONS));
    if !reported && read.names_no_scope() {
        let section = page.section(&["permissions", "prerequisites"]);
        let span = section.as_ref().map_or(page.title_span, |s| s.span);
        // A section of prose and annotations only (v1.0's permanentDelete pages: a permissions
        // annotation, then the next heading).
        let tableless = section.is_some_and(|s| {
            !s.iter().any(|(_, b)| match b {
                Block::Table(_) => true,
                Block::Paragraph(p) => permissions_include(p).is_some(),
                _ => false,
            })
        });
        let (message, help) = if tableless {
            (
                format!(
                    "the permissions section has no table, written or included; the operations name no scopes ({DEFAULT_SECURITY})"
                ),
                "add the permissions table, or the `[!INCLUDE [permissions-table](…)]` line that brings it in",
            )
        } else {
            (
                format!(
                    "the permissions section names no scope (every row \"Not supported\", a placeholder or a scope not available yet); the operations name none ({DEFAULT_SECURITY})"
                ),
                "give the permissions the operations need",
            )
        };
        diags.push(Diagnostic::warning(codes::NO_PERMISSIONS, page.file, span, message).with_help(help));
    }
    let mut read = read;
    // No scope named (the include missing), but the prose allows one kind of token: that kind,
    // its scopes unknown.
    if read.names_no_scope()
        && let Some(kind) = token_kind_in_prose(page)
    {
        // Every table's too (tables per resource whose includes are missing).
        let tables =
            read.by_resource.iter_mut().map(|(.., p)| p).chain(read.by_request.iter_mut().map(|t| &mut t.permissions));
        for p in std::iter::once(&mut read.every_request).chain(tables) {
            kind.list(p).push(Permissions::NO_SCOPE.to_string());
        }
        // Every table now says the same (any scope of that kind): none is partial.
        read.missing.clear();
        // The warnings above said the default applies; the prose's kind of token does.
        let instead = match kind {
            Kind::Application => "an application token, the one kind the page's prose allows",
            _ => "a delegated token, the one kind the page's prose allows",
        };
        for d in &mut diags[before..] {
            d.message = d.message.replace(DEFAULT_SECURITY, instead);
        }
    }
    read
}

/// The one kind of token the permissions section's prose or the page's lead allows: "This API
/// requires delegated permissions. Application permissions are not supported for checking rights
/// …" (delegated); "This action only supports application permissions." (application). Not a
/// sentence about other APIs ("All other members of the group API … support only delegated
/// permissions"), nor a page allowing both.
fn token_kind_in_prose(page: &Page<'_>) -> Option<Kind> {
    const DELEGATED: [&str; 6] = [
        "requires delegated permission",
        "application permissions are not supported",
        "application permission is not supported",
        "supports only delegated permission",
        "only supports delegated permission",
        "does not support application permission",
    ];
    const APPLICATION: [&str; 5] = [
        "requires application permission",
        "delegated permissions are not supported",
        "delegated permission is not supported",
        "supports only application permission",
        "only supports application permission",
    ];
    let section = page.section(&["permissions", "prerequisites"]);
    let paragraphs = section.iter().flat_map(|s| s.iter()).filter_map(|(_, b)| match b {
        Block::Paragraph(p) => Some(p.text.as_str()),
        _ => None,
    });
    let mut kinds = Vec::new();
    for text in paragraphs.chain(page.lead().map(|p| p.text.as_str())) {
        let lower = text.to_ascii_lowercase().replace("doesn't", "does not").replace("don't", "do not");
        // Not a sentence about other APIs, nor one under a condition ("When called with the `/me`
        // alias, this API requires delegated permissions."): one line's, not the page's.
        let about_this = |s: &&str| {
            let words: Vec<&str> = crate::extract::text::words(s).collect();
            !words.contains(&"other") && !words.contains(&"when") && !words.contains(&"if")
        };
        for sentence in crate::extract::text::sentences(&lower).filter(about_this) {
            if DELEGATED.iter().any(|w| sentence.contains(w)) {
                kinds.push(Kind::DelegatedWork);
            }
            if APPLICATION.iter().any(|w| sentence.contains(w)) {
                kinds.push(Kind::Application);
            }
        }
    }
    kinds.dedup();
    match kinds[..] {
        [only] => Some(only),
        _ => None,
    }
}

impl PagePermissions {
    /// Whether no table or row names a scope.
    fn names_no_scope(&self) -> bool {
        self.every_request.is_empty()
            && self.by_resource.iter().all(|(.., p)| p.is_empty())
            && self.by_request.iter().all(|t| t.permissions.is_empty())
    }
}

/// Permissions without their section's heading: from the first "Permissions …" heading or
/// permissions table to the next section.
fn headless_section<'p>(page: &'p Page<'p>) -> Option<Section<'p>> {
    let blocks = &page.doc.blocks;
    let (start, span) = blocks.iter().enumerate().find_map(|(i, b)| match b {
        Block::Heading(h) if h.text.trim().to_ascii_lowercase().starts_with("permissions") => Some((i, h.span)),
        Block::Table(t)
            if t.header.first().is_some_and(|h| h.text.to_ascii_lowercase().contains("permission type")) =>
        {
            Some((i, t.span))
        }
        _ => None,
    })?;
    let end = blocks[start + 1..]
        .iter()
        .position(|b| matches!(b, Block::Heading(h) if h.level <= 2))
        .map_or(blocks.len(), |p| start + 1 + p);
    Some(Section { title: "Permissions".into(), span, blocks: start..end, page })
}

/// The permissions section read (see [`permissions`]).
fn read_permissions(page: &Page<'_>, diags: &mut Vec<Diagnostic>) -> PagePermissions {
    let section = match page.section(&["permissions", "prerequisites"]) {
        Some(section) => with_permission_siblings(section),
        // The tables without their section's heading (beta's connectorGroup add member: the
        // sentence "One of the following permissions is required …" and the table in the page's
        // lead; chat message hosted contents: "### Permissions for channel", "### Permissions for
        // chat" with no `## Permissions` above): read where they stand.
        None => {
            match headless_section(page) {
                Some(section) => {
                    diags.push(
                        Diagnostic::warning(
                            codes::NO_PERMISSIONS,
                            page.file,
                            section.span,
                            "the permissions tables have no `## Permissions` heading; read where they stand",
                        )
                        .with_help("put the tables under a `## Permissions` heading"),
                    );
                    section
                }
                None => {
                    diags.push(
                    Diagnostic::warning(
                        codes::NO_PERMISSIONS,
                        page.file,
                        page.title_span,
                        format!("the page has no permissions section; its operations name no scopes ({DEFAULT_SECURITY})"),
                    )
                    .with_help("add a `## Permissions` section with the permissions table"),
                );
                    return PagePermissions::default();
                }
            }
        }
    };
    // A table per resource under a heading or a line of its own ("### Permissions for channel",
    // "For users:", "### Permissions acting on self"), written out or included: each answers the
    // paths that name its resource.
    // Tables of requests named beside them ("Permissions to get an **allotment** as an admin:",
    // its request lines in a block above or below the table, its annotation's `requestUrls`):
    // each answers those. The section is read in stretches, each from a label line or heading
    // to the next one after a table; lines written under a heading before any table are its
    // sub-headings' tables' too.
    let mut labelled = PagePermissions::default();
    // What the labelled tables' cells say, reported if they are the page's permissions.
    let mut found = Vec::new();
    let mut missing_tables = Vec::new();
    let mut stretch = Stretch::default();
    // Lines written under a heading (its level) before any table.
    let mut inherited: Option<(u8, Vec<(crate::http::Method, String)>)> = None;
    for (_, block) in section.iter() {
        let label_line = match block {
            Block::Paragraph(p) if !p.text.to_ascii_lowercase().contains("[!include") => {
                let line = p.text.trim().trim_matches('*').trim();
                let lower = line.to_ascii_lowercase();
                // A line of its own, not a sentence ("For delegated scenarios where an admin is
                // acting on another user, the admin needs one of the following [roles](…):").
                let short = !line.contains([',', '[']) && line.split_whitespace().count() <= 12;
                let labels = resource_heading(line, false).is_some()
                    || (short && line.ends_with(':') && (lower.starts_with("permission") || lower.starts_with("for ")));
                labels.then_some(line)
            }
            _ => None,
        };
        if (matches!(block, Block::Heading(_)) || label_line.is_some()) && !stretch.tables.is_empty() {
            std::mem::take(&mut stretch).close(&inherited, &mut labelled, &mut missing_tables);
        }
        // Lines written before the first label line ("For the signed-in user:", "For other
        // users:"): every labelled table's after them, as under a heading.
        if label_line.is_some() && stretch.tables.is_empty() && !stretch.written.is_empty() {
            inherited = Some((stretch.level, std::mem::take(&mut stretch.written)));
        }
        // The table, and the line an included one is reported at.
        // (And the text its cells' spans index: the page's, or the included file's.)
        let (table, included_at, raw) = match block {
            Block::Heading(h) => {
                // A sub-heading under lines written with no table yet: its tables answer them.
                if stretch.tables.is_empty() && !stretch.written.is_empty() && h.level > stretch.level {
                    inherited = Some((stretch.level, std::mem::take(&mut stretch.written)));
                } else if inherited.as_ref().is_some_and(|(level, _)| h.level <= *level) {
                    inherited = None;
                }
                stretch = Stretch {
                    label: resource_heading(&h.text, true),
                    line: h.text.clone(),
                    level: h.level,
                    ..Stretch::default()
                };
                continue;
            }
            Block::Code(c) => {
                let lines = crate::http::fence_request_lines(&c.info)
                    .into_iter()
                    .chain(crate::http::code_request_lines(&c.text));
                let lines: Vec<_> = lines.filter_map(|l| Some((l.method, skeleton_of(&l.target)?))).collect();
                // Another block of lines after a table that has its own: the next table's, whatever
                // line (if any) labels it ("**List for a group**").
                if !lines.is_empty() && !stretch.tables.is_empty() && !stretch.written.is_empty() {
                    std::mem::take(&mut stretch).close(&inherited, &mut labelled, &mut missing_tables);
                }
                stretch.lines_after_table |= !lines.is_empty() && !stretch.tables.is_empty();
                stretch.written.extend(lines);
                continue;
            }
            Block::Comment(c) => {
                let named = request_urls(&c.text);
                if !named.is_empty() && !stretch.tables.is_empty() && !stretch.annotated.is_empty() {
                    std::mem::take(&mut stretch).close(&inherited, &mut labelled, &mut missing_tables);
                }
                stretch.annotated.extend(named);
                continue;
            }
            Block::Paragraph(p) if !p.text.to_ascii_lowercase().contains("[!include") => {
                if let Some(line) = label_line {
                    stretch.line = line.to_string();
                    stretch.label = resource_heading(line, false).or(stretch.label);
                }
                continue;
            }
            Block::Paragraph(p) => match included_table(page, p) {
                Some((t, text)) => (std::borrow::Cow::Owned(t), Some(p.span), text),
                // A table the inputs lack: its requests get none of the others' scopes.
                None => {
                    if let Some(link) = permissions_include(p) {
                        if stretch.lines_after_table {
                            std::mem::take(&mut stretch).close(&inherited, &mut labelled, &mut missing_tables);
                        }
                        stretch.tables.push(None);
                        stretch.missing.push((p.span, link.target.clone()));
                    }
                    continue;
                }
            },
            // Not a table of what each scope allows (`| Permission | Properties |` below the
            // included table of beta's agent identity blueprint update).
            Block::Table(t) if !names_permission_types(t) => continue,
            Block::Table(t) => (std::borrow::Cow::Borrowed(t), None, page.source.text()),
        };
        // A table after a table whose lines follow it (`cloudlicensing-allotment-get.md`'s admin):
        // the next one's, whatever line (if any) labels it.
        if stretch.lines_after_table {
            std::mem::take(&mut stretch).close(&inherited, &mut labelled, &mut missing_tables);
        }
        let mut said = Vec::new();
        let table = permissions_table(page, &table, raw, &mut said);
        found.extend(said.into_iter().map(|d| Diagnostic { span: included_at.unwrap_or(d.span), ..d }));
        stretch.tables.push(Some(table.every_request));
    }
    stretch.close(&inherited, &mut labelled, &mut missing_tables);
    // Two tables or more, of which one names its requests at least: each request its table;
    // else two labelled tables or more: each resource its table.
    let by_request = labelled.by_request.len() >= 2 && labelled.by_request.iter().any(|t| !t.requests.is_empty());
    if by_request || labelled.by_resource.len() >= 2 {
        diags.extend(found);
        if page.includes.is_some() {
            diags.extend(missing_tables.into_iter().map(|(span, target)| missing_include(page, span, &target)));
        }
        if by_request {
            labelled.by_resource.clear();
        } else {
            labelled.by_request.clear();
        }
        return labelled;
    }
    if let Some(t) = section.iter().find_map(|(_, b)| match b {
        Block::Table(t) if names_permission_types(t) => Some(t),
        _ => None,
    }) {
        return permissions_table(page, t, page.source.text(), diags);
    }
    // Newer pages keep the table in another file:
    // `[!INCLUDE [permissions-table](../includes/permissions/user-get-permissions.md)]`.
    // Other includes (national-cloud notes) are not it.
    let mut missing = None;
    for (_, block) in section.iter() {
        let Block::Paragraph(p) = block else { continue };
        if !p.text.to_ascii_lowercase().contains("[!include") {
            continue;
        }
        let Some(link) =
            p.links.iter().find(|l| l.target.contains("includes/permissions/") || l.text == "permissions-table")
        else {
            continue;
        };
        let Some(file) = page.included(&link.target) else {
            missing.get_or_insert((p.span, link.target.clone()));
            continue;
        };
        let doc = crate::markdown::parse(file.text());
        let Some(t) = doc.blocks.iter().find_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        }) else {
            continue;
        };
        // What the included table's cells say is reported at the line that includes it.
        let mut found = Vec::new();
        let perms = permissions_table(page, t, file.text(), &mut found);
        diags.extend(found.into_iter().map(|d| Diagnostic { span: p.span, ..d }));
        return perms;
    }
    // Only a conversion that has the other inputs at hand can tell the file is missing.
    if let Some((span, target)) = missing.filter(|_| page.includes.is_some()) {
        diags.push(missing_include(page, span, &target));
    }
    // No table: a list of "Profile photo of a **group** - Group.ReadWrite.All" or
    // "If accessing attachments in messages: Mail.Read." items, a row per resource.
    // The permission type is not stated; the scopes are listed as delegated (work or
    // school), the type such pages' examples use.
    let mut perms = PagePermissions::default();
    for (_, block) in section.iter() {
        let Block::Paragraph(p) = block else { continue };
        if let Some((label, scopes)) = resource_item(&p.text) {
            let row = Permissions { delegated_work: scopes, ..Permissions::default() };
            perms.by_resource.push((label.to_string(), p.text.clone(), row));
        }
    }
    // Older pages: "One of the following **scopes** is required to execute this API:" over a
    // list of scopes, one an item; alternatives, listed as delegated (work or school) as above.
    if perms.by_resource.is_empty() {
        let mut listed = false;
        for (_, block) in section.iter() {
            let Block::Paragraph(p) = block else {
                listed = false;
                continue;
            };
            let text = p.text.trim();
            // The item's scope, first, a note after it aside (`Files.ReadWrite (to write too)`);
            // or the list in one line ("Notes.Create, Notes.Read, …, or Notes.ReadWrite.All").
            let first = text.split_whitespace().next().unwrap_or_default();
            let scope = dotted_words(first);
            let scopes = if listed { scopes_in_a_line(text) } else { Vec::new() };
            match &scope[..] {
                _ if scopes.len() > 1 => {
                    for one in scopes {
                        if !perms.every_request.delegated_work.contains(&one) {
                            perms.every_request.delegated_work.push(one);
                        }
                    }
                }
                [one] if listed && one == first.trim_matches(['`', '*', '.', ',', ';']) => {
                    if !perms.every_request.delegated_work.contains(one) {
                        perms.every_request.delegated_work.push(one.clone());
                    }
                }
                _ => {
                    let lower = text.to_ascii_lowercase();
                    let introduces = ["following scopes", "following permissions", "following **scopes**"]
                        .iter()
                        .any(|w| lower.contains(w));
                    listed = introduces && lower.ends_with(':');
                    // The scopes in the same paragraph, then what some calls need besides ("… this
                    // API: *Directory.ReadWrite.All* Additionally, if you are inviting a user to a
                    // group, you'll need to request *Group.ReadWrite.All*", beta's older invitation
                    // create): those before it; the extra is no alternative.
                    if introduces && !listed && perms.every_request.delegated_work.is_empty() {
                        let after = text.split_once(':').map_or("", |(_, rest)| rest);
                        let lower_after = after.to_ascii_lowercase();
                        if let Some(extra) =
                            ["additionally", "in addition"].iter().filter_map(|w| lower_after.find(w)).min()
                        {
                            perms.every_request.delegated_work = scopes_in_a_line(&after[..extra]);
                        }
                    }
                }
            }
        }
    }
    perms
}

/// A stretch of the permissions section: a label line or heading, the tables after it, and
/// what names their requests.
#[derive(Default)]
struct Stretch<'t> {
    /// The resource its label names ("For a group:" → `a group`).
    label: Option<&'t str>,
    /// Its label line or heading, as written.
    line: String,
    /// Its heading's level (0: none).
    level: u8,
    /// Request lines written in the stretch's code blocks, as (method, [`request_skeleton`]).
    written: Vec<(crate::http::Method, String)>,
    /// Its annotations' `requestUrls`.
    annotated: Vec<(crate::http::Method, String)>,
    /// Its tables; `None` for an included one the inputs lack.
    tables: Vec<Option<Permissions>>,
    /// Its request lines are written after its table.
    lines_after_table: bool,
    missing: Vec<(crate::source::Span, String)>,
}

impl Stretch<'_> {
    /// Files the stretch's tables under the requests it names (the lines it writes, else its
    /// annotations', which are copied from another table at times, else the lines written under
    /// the heading above) and under its label.
    fn close(
        self,
        inherited: &Option<(u8, Vec<(crate::http::Method, String)>)>,
        into: &mut PagePermissions,
        missing: &mut Vec<(crate::source::Span, String)>,
    ) {
        let requests = match (self.written.is_empty(), self.annotated.is_empty(), inherited) {
            (false, ..) => self.written,
            (true, false, _) => self.annotated,
            (true, true, Some((_, lines))) => lines.clone(),
            (true, true, None) => Vec::new(),
        };
        let label = self.label.map_or_else(|| self.line.clone(), str::to_string);
        for table in self.tables {
            if table.is_none() {
                // Its label, and its line (tables of one label are told apart by their lines).
                into.missing.push(label.clone());
                into.missing.push(self.line.clone());
            }
            into.by_request.push(NamedTable {
                label: label.clone(),
                requests: requests.clone(),
                permissions: table.clone().unwrap_or_default(),
            });
            // A table the inputs lack answers its resource with no scopes.
            if let Some(resource) = self.label {
                into.by_resource.push((resource.to_string(), self.line.clone(), table.unwrap_or_default()));
            }
        }
        missing.extend(self.missing);
    }
}

/// The resource a heading or line over a permissions table names: "Permissions for channel",
/// "For users:", "For a group", "Permissions acting on self", "Permissions required for calling
/// this API for PIM for groups", a heading "Memberships for a user" → `channel`, `users`,
/// `a group`, `self`, `PIM for groups`, `a user`; a heading "Delete a user" → `a user`. Not a
/// sentence ("For details, see …"); a heading's label may be longer than a line's.
pub(super) fn resource_heading(title: &str, heading: bool) -> Option<&str> {
    let t = title.trim().trim_end_matches(':').trim();
    let lower = t.to_ascii_lowercase();
    let at = [
        "permissions required for calling this api for ",
        "permissions for ",
        "permission for ",
        "permissions acting on ",
        "for ",
    ]
    .iter()
    .find_map(|p| lower.starts_with(p).then_some(p.len()))
    // A heading of what the table is for: "To retrieve the profile photo of a contact".
    .or_else(|| {
        const TO: &str = "to ";
        let purpose = heading.then(|| lower.strip_prefix(TO))??;
        let (i, w) = [" of a ", " of an ", " of the ", " for a ", " for an ", " for the "]
            .iter()
            .filter_map(|w| purpose.rfind(w).map(|i| (i, w.len())))
            .max()?;
        Some(TO.len() + i + w).filter(|&at| t[at..].split_whitespace().count() <= 3)
    })
    // A heading naming what is read for whom: "Memberships for a user", "Memberships for an
    // organizational contact" (a word or two before "for a/an/the").
    .or_else(|| {
        let i = [" for a ", " for an ", " for the "].iter().find_map(|w| lower.find(w))?;
        let before = lower[..i].split_whitespace().count();
        (heading && (1..=2).contains(&before)).then_some(i + " for ".len())
    })
    // A heading of what is done to which: "Delete a user", "Delete an application or service
    // principal" (one word, then an article).
    .or_else(|| {
        let verb = lower.split(' ').next()?;
        let named = [" a ", " an ", " the "].iter().any(|w| lower[verb.len()..].starts_with(w));
        (heading && named && verb.chars().all(|c| c.is_ascii_alphabetic())).then_some(verb.len() + 1)
    })?;
    let label = t[at..].trim();
    let words = if heading { 6 } else { 4 };
    (!label.is_empty() && label.split_whitespace().count() <= words && !label.contains(['.', ',', '[']))
        .then_some(label)
}

/// A permissions table included from a file the inputs lack.
fn missing_include(page: &Page<'_>, span: crate::source::Span, target: &str) -> Diagnostic {
    Diagnostic::warning(
        codes::MISSING_INCLUDE,
        page.file,
        span,
        format!(
            "the permissions table is included from `{target}`, which is not among the inputs; the operations name no scopes of their own ({DEFAULT_SECURITY})"
        ),
    )
    .with_help(if page.includes.is_some_and(|i| i.has_folder_of(page.source.name(), target)) {
        // The folder is among the inputs; this one file of it is not.
        "the included file's folder is among the inputs, but not this file: add it from the docs' `includes` folder"
    } else {
        // (Or the folder is there, empty: the inputs name files only.)
        "add the docs' `includes` folder, holding this file, to the inputs (pass the folder above `api/`)"
    })
}

/// A request path as tables name it: keys written as segments, placeholders unnamed,
/// lower case (`/groups/{groupId}/cloudLicensing/assignments/{id}` and
/// `/groups/{id}/cloudlicensing/assignments/{assignmentId}` are one).
fn request_skeleton(template: &str) -> String {
    let segments = crate::paths::keys_as_segments(template);
    let mut out = String::with_capacity(segments.len());
    let mut depth = 0;
    for c in segments.chars() {
        match c {
            '{' => {
                if depth == 0 {
                    out.push_str("{}");
                }
                depth += 1;
            }
            '}' => depth = usize::saturating_sub(depth, 1),
            c if depth == 0 => out.push(c.to_ascii_lowercase()),
            _ => {}
        }
    }
    out.trim_end_matches('/').to_string()
}

/// [`request_skeleton`] of a request line's target, as the HTTP request section reads it.
fn skeleton_of(target: &str) -> Option<String> {
    crate::paths::normalize(target).map(|p| request_skeleton(&p.template))
}

/// The requests a `{ "blockType": "permissions", "requestUrls": ["GET /me/…", …] }`
/// annotation names for the table after it.
fn request_urls(comment: &str) -> Vec<(crate::http::Method, String)> {
    // Most comments are no such annotation: not parsed.
    if !comment.contains("requestUrls") {
        return Vec::new();
    }
    let json = comment.trim().trim_start_matches("<!--").trim_end().trim_end_matches("-->");
    let Ok(parsed) = crate::json::parse_lenient(json.trim()) else { return Vec::new() };
    let value = parsed.value;
    if value.get("blockType").and_then(|t| t.as_str()) != Some("permissions") {
        return Vec::new();
    }
    let urls = value.get("requestUrls").and_then(|u| u.as_array()).map(Vec::as_slice).unwrap_or_default();
    urls.iter()
        .filter_map(|u| crate::http::parse_request_line(u.as_str()?))
        .filter_map(|(method, target)| Some((method, skeleton_of(&target)?)))
        .collect()
}

/// The link of a `[!INCLUDE [permissions-table](…)]` line.
fn permissions_include(p: &crate::markdown::Inline) -> Option<&crate::markdown::Link> {
    p.links.iter().find(|l| l.target.contains("includes/permissions/") || l.text == "permissions-table")
}

/// The table a `[!INCLUDE [permissions-table](…)]` line brings in, when the file is among the inputs,
/// and the file's text (which the table's spans index).
fn included_table<'p>(page: &Page<'p>, p: &crate::markdown::Inline) -> Option<(crate::markdown::Table, &'p str)> {
    let link = permissions_include(p)?;
    let file = page.included(&link.target)?;
    let table = crate::markdown::parse(file.text()).blocks.into_iter().find_map(|b| match b {
        Block::Table(t) => Some(t),
        _ => None,
    })?;
    Some((table, file.text()))
}

/// Whether a table names permission types: in its rows' first cells ("Delegated (work or
/// school account)"), or as columns (a row per resource, or a column per caller). Not a scope's
/// name holding the word (`Application.ReadWrite.OwnedBy` in a table of what each scope allows).
fn names_permission_types(t: &crate::markdown::Table) -> bool {
    let a_type = |text: &str| {
        let word = text.trim().trim_matches(['`', '*']);
        let scope = !word.contains(char::is_whitespace) && word.contains('.');
        !scope && Kind::of(text).is_some()
    };
    t.rows.iter().any(|r| r.first().is_some_and(|c| a_type(&c.text)))
        || t.header.iter().skip(1).any(|h| a_type(&h.text) || caller_column(&h.text).is_some())
}

/// One permissions table: a row per permission type, or a row per resource with
/// the permission types as columns. `raw` is the text its spans index: the page's, or the
/// included file's it was read from.
fn permissions_table(
    page: &Page<'_>,
    t: &crate::markdown::Table,
    raw: &str,
    diags: &mut Vec<Diagnostic>,
) -> PagePermissions {
    let mut perms = PagePermissions::default();
    let most_first = t.header.get(1).is_some_and(|h| h.text.to_ascii_lowercase().contains("most to least"));
    let columns: Vec<Option<Kind>> = t.header.iter().map(|h| Kind::of(&h.text)).collect();
    if columns.iter().skip(1).any(Option::is_some) {
        // A row per resource, a column per permission type.
        for row in &t.rows {
            let Some(label) = row.first() else { continue };
            let mut p = Permissions::default();
            for (cell, kind) in row.iter().zip(&columns).skip(1) {
                if let Some(kind) = kind {
                    kind.list(&mut p).extend(scopes_of(page, cell, raw, most_first, diags));
                }
            }
            perms.by_resource.push((label.text.clone(), label.text.clone(), p));
        }
        return perms;
    }
    // A column per caller ("Permissions acting on self (from least to most privileged)" beside
    // "… acting on others …", beta's authentication methods): a table per column.
    let callers: Vec<Option<&str>> = t.header.iter().map(|h| caller_column(&h.text)).collect();
    if callers.iter().skip(1).flatten().count() >= 2 {
        for (i, label) in callers.iter().enumerate().skip(1) {
            let Some(label) = label else { continue };
            let mut p = Permissions::default();
            for row in &t.rows {
                let (Some(kind), Some(cell)) = (row.first().and_then(|l| Kind::of(&l.text)), row.get(i)) else {
                    continue;
                };
                kind.list(&mut p).extend(scopes_of(page, cell, raw, most_first, diags));
            }
            perms.by_resource.push((label.to_string(), label.to_string(), p));
        }
        return perms;
    }
    // Cells listing scopes per resource ("For **user** resource: User.Read.All For **group**
    // resource: Group.Read.All", profile photos): a table per resource.
    if let Some(tables) = labelled_cells(page, t, raw, most_first, diags) {
        perms.by_resource = tables;
        return perms;
    }
    // Intune's sub-rows (`| &nbsp; &nbsp; Onboarding | DeviceManagement… |`) under
    // an empty "Delegated (work or school account)" row belong to it. Newer pages
    // split a row into "Least privileged permissions" and "Higher privileged
    // permissions" columns: both, least first.
    let mut current = None;
    let mut application_seen = false;
    // The sub-rows by their labels ("Device configuration", "Enrollment"), and the other rows.
    let mut sub_rows: Vec<(String, Permissions)> = Vec::new();
    let mut plain = Permissions::default();
    for row in &t.rows {
        let Some((label, cells)) = row.split_first() else { continue };
        // A sub-row: no permission type of its own, under a work account's or application row.
        let sub_label = (Kind::of(&label.text).is_none()
            && matches!(current, Some(Kind::DelegatedWork | Kind::Application)))
        .then(|| sub_row_label(&label.text));
        let kind = match Kind::of(&label.text) {
            Some(kind) => kind,
            // A label naming no permission type after the personal account's row, before any
            // application row (`|oauth2permissiongrant | Directory.Read.All |`, a damaged
            // "Application"): the application row, by its place. Intune's sub-rows follow a work
            // account's or an application row, never the personal account's.
            None if current == Some(Kind::DelegatedPersonal) && !application_seen => {
                diags.push(
                    Diagnostic::warning(
                        codes::PERMISSION_TYPE,
                        page.file,
                        label.span,
                        format!(
                            "`{}` names no permission type; read as the application row by its place",
                            label.text.trim()
                        ),
                    )
                    .with_help("label the row `Application`"),
                );
                Kind::Application
            }
            None => match current {
                Some(kind) => kind,
                None => continue,
            },
        };
        application_seen |= kind == Kind::Application;
        current = Some(kind);
        let mut row = Permissions::default();
        for cell in cells {
            kind.list(&mut row).extend(scopes_of(page, cell, raw, most_first, diags));
        }
        perms.every_request.extend_from(&row);
        match sub_label.filter(|l| !l.is_empty()) {
            Some(l) => match sub_rows.iter_mut().find(|(s, _)| s.eq_ignore_ascii_case(&l)) {
                Some((_, p)) => p.extend_from(&row),
                None => sub_rows.push((l, row)),
            },
            None => plain.extend_from(&row),
        }
    }
    // Sub-rows whose labels head the HTTP request section's groups of lines (`**Device
    // configuration**` over its lines, `**Enrollment**` over another): each group takes its
    // label's scopes (and the rows of no label), not the others'.
    if sub_rows.len() >= 2 && sub_rows.iter().all(|(l, _)| heads_request_lines(page, l)) {
        perms.by_resource = sub_rows
            .into_iter()
            .map(|(l, mut p)| {
                p.extend_from(&plain);
                (l.clone(), l, p)
            })
            .collect();
    }
    perms
}

/// The caller a column's header names ("Permissions acting on self (from least to most
/// privileged)" → `self`), its order of scopes aside.
fn caller_column(header: &str) -> Option<&str> {
    let bare = header.split(" (").next().unwrap_or(header).trim();
    bare.to_ascii_lowercase().starts_with("permissions acting on ").then(|| resource_heading(bare, false)).flatten()
}

/// Whether a table's label (lowercase) names a scenario: not a permission type ("application
/// permissions") nor a caller ("the signed-in user").
fn is_scenario(label: &str) -> bool {
    !["permission", "delegated", "application", "signed-in", "signed in", "self", "user"]
        .iter()
        .any(|w| label.contains(w))
}

/// A label as compared with another: lowercase, without hyphens (`**On-boarding**` over request
/// lines is the permissions table's `**Onboarding**` row).
fn folded(label: &str) -> String {
    label.to_ascii_lowercase().replace('-', "")
}

/// An Intune sub-row's label (`| &nbsp; &nbsp; **Device configuration** |`): its text without
/// the indent and emphasis.
fn sub_row_label(text: &str) -> String {
    // The parser has decoded `&nbsp;` and dropped the emphasis; the indent may stay inside.
    text.replace('\u{a0}', " ").trim().to_string()
}

/// Whether a label paragraph of the HTTP request section ([`group_label`]) says `label`
/// (`**Enrollment**` over its request lines). Not a label naming a permission type or a caller,
/// which [`by_label`] does not read as a scenario.
fn heads_request_lines(page: &Page<'_>, label: &str) -> bool {
    is_scenario(&label.to_ascii_lowercase())
        && page.request_sections().iter().flat_map(|s| s.iter()).any(|(_, b)| {
            matches!(b, Block::Paragraph(p) if group_label(page, p).is_some_and(|l| folded(l) == folded(label)))
        })
}

/// A paragraph that is a label over a group of request lines: bold and nothing else
/// (`**Device configuration**`), its text.
pub(in crate::extract) fn group_label<'p>(page: &Page<'_>, p: &'p crate::markdown::Inline) -> Option<&'p str> {
    // `**X**`, `__X__`, a colon inside or after the markers.
    let written = page.source.text().get(p.span.start..p.span.end)?.trim().trim_end_matches(':').trim_end();
    let inner =
        ["**", "__"].iter().find_map(|m| written.strip_prefix(m)?.strip_suffix(m).filter(|i| !i.contains(m)))?;
    (!inner.trim().is_empty()).then(|| p.text.trim().trim_end_matches(':').trim_end())
}

/// A permissions table whose cells list scopes per resource, each after its label ("Profile
/// photo of the signed-in **user**:<br/>User.ReadWrite<br/><br/>For **group** resource:<br/>
/// Group.ReadWrite.All"): a table per resource, a row's unlabelled cell in each. None unless some
/// cell names two resources at least.
fn labelled_cells(
    page: &Page<'_>,
    t: &crate::markdown::Table,
    raw: &str,
    most_first: bool,
    diags: &mut Vec<Diagnostic>,
) -> Option<Vec<(String, String, Permissions)>> {
    type Row<'t> = (Kind, &'t crate::markdown::Inline, Option<Vec<(String, String)>>);
    let rows: Vec<Row> = t
        .rows
        .iter()
        .filter_map(|row| {
            let kind = Kind::of(&row.first()?.text)?;
            let cell = row.get(1)?;
            Some((kind, cell, labelled_scopes(&cell.text)))
        })
        .collect();
    if !rows.iter().any(|(.., chunks)| chunks.is_some()) {
        return None;
    }
    // One resource labelled two ways in two rows ("Profile photo of the signed-in **user**" for the
    // delegated scopes, "For **user** resource" for the application's): a label of one word that
    // is another's last, where no row names both, is that one's table.
    let last_word = |l: &str| l.rsplit(' ').next().unwrap_or(l).to_ascii_lowercase();
    let in_one_row = |a: &str, b: &str| {
        rows.iter().any(|(.., chunks)| {
            let labels = || chunks.iter().flatten().map(|(l, _)| l.as_str());
            labels().any(|l| l == a) && labels().any(|l| l == b)
        })
    };
    // Not a label naming several ("For **user** or **chat** resource"): its last word is one of them.
    let names_one = |l: &str| !l.contains(',') && !l.split(' ').any(|w| matches!(w, "or" | "and"));
    let same = |a: &str, b: &str| {
        a == b
            || ((!a.contains(' ') && names_one(b) && last_word(b) == a.to_ascii_lowercase())
                || (!b.contains(' ') && names_one(a) && last_word(a) == b.to_ascii_lowercase()))
                && !in_one_row(a, b)
    };
    let mut tables: Vec<(String, String, Permissions)> = Vec::new();
    for (.., chunks) in &rows {
        for (label, _) in chunks.iter().flatten() {
            if !tables.iter().any(|(l, ..)| same(l, label)) {
                tables.push((label.clone(), label.clone(), Permissions::default()));
            }
        }
    }
    for (kind, cell, chunks) in &rows {
        match chunks {
            Some(chunks) => {
                for (label, text) in chunks {
                    let piece = crate::markdown::Inline { text: text.clone(), links: Vec::new(), span: cell.span };
                    let scopes = scopes_of(page, &piece, raw, most_first, diags);
                    if let Some((.., p)) = tables.iter_mut().find(|(l, ..)| same(l, label)) {
                        kind.list(p).extend(scopes);
                    }
                }
            }
            None => {
                let scopes = scopes_of(page, cell, raw, most_first, diags);
                for (.., p) in &mut tables {
                    kind.list(p).extend(scopes.iter().cloned());
                }
            }
        }
    }
    Some(tables)
}

/// A cell's scopes by the resource each group names: "Profile photo of the signed-in user:
/// User.ReadWrite For group resource: Group.ReadWrite.All" → ("Profile photo of the signed-in
/// user", "User.ReadWrite"), ("group", "Group.ReadWrite.All"). Two groups at least, each label
/// a few words naming no scope, each group some scope or "Not supported." (none).
pub(super) fn labelled_scopes(text: &str) -> Option<Vec<(String, String)>> {
    let pieces: Vec<&str> = text.split(": ").collect();
    if pieces.len() < 3 {
        return scopes_then_labels(text);
    }
    // "For group resource" → "group".
    let label_of = |text: &str| -> Option<String> {
        let text = text.trim().trim_end_matches(':').trim();
        let text = text.strip_prefix("For ").or_else(|| text.strip_prefix("for ")).unwrap_or(text);
        let text = text.strip_suffix(" resources").or_else(|| text.strip_suffix(" resource")).unwrap_or(text);
        let words = text.split_whitespace().count();
        ((1..=8).contains(&words) && dotted_words(text).is_empty()).then(|| text.to_string())
    };
    let mut out = Vec::new();
    let mut label = label_of(pieces[0])?;
    for (i, piece) in pieces[1..].iter().enumerate() {
        let last = i + 2 == pieces.len();
        // The scopes first, then (but in the last piece) the next group's label.
        let tokens: Vec<&str> = piece.split_whitespace().collect();
        // "For **user** or **chat** resource: Not supported.<br/><br/>For **channel** resource: …"
        // (or "Not supported for application permissions.", "Not applicable."): none for that
        // label's paths; the next label follows its sentence.
        let unsupported = matches!(&tokens[..], [not, said, ..]
            if not.eq_ignore_ascii_case("not")
                && ["supported", "applicable", "available"]
                    .iter()
                    .any(|w| said.trim_end_matches(['.', ',']).eq_ignore_ascii_case(w)));
        let (scopes, rest) = if unsupported {
            let end = tokens.iter().position(|w| w.ends_with('.')).map_or(2, |i| i + 1);
            (String::new(), tokens[end.max(2)..].join(" "))
        } else {
            let end = tokens.iter().rposition(|w| !dotted_words(w).is_empty())?;
            (tokens[..=end].join(" "), tokens[end + 1..].join(" "))
        };
        out.push((label, scopes));
        if last {
            if !rest.is_empty() {
                return None;
            }
            break;
        }
        label = label_of(&rest)?;
    }
    Some(out)
}

/// The same written the other way round, each group's scopes before the resource they are for
/// ("Chat.UpdatePolicyViolation.All for a chat message.</br>ChannelMessage.UpdatePolicyViolation.All
/// for a channel message." → ("chat message", "Chat.UpdatePolicyViolation.All"), ("channel message",
/// "ChannelMessage.UpdatePolicyViolation.All")). Two groups at least, each some scope, then "for"
/// and a few words naming no scope, ending no sentence before their last.
fn scopes_then_labels(text: &str) -> Option<Vec<(String, String)>> {
    // (Most cells name no resource: no tokens read for them.)
    if !text.contains(" for ") && !text.contains(" For ") {
        return None;
    }
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let is_scope = |t: &str| !dotted_words(t).is_empty();
    let joins = |t: &str| matches!(t.trim_matches(','), "" | "and" | "or");
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let start = i;
        while i < tokens.len() && (is_scope(tokens[i]) || joins(tokens[i])) {
            i += 1;
        }
        let scopes = &tokens[start..i];
        if !scopes.iter().any(|t| is_scope(t)) || !tokens.get(i)?.eq_ignore_ascii_case("for") {
            return None;
        }
        i += 1;
        let label_start = i;
        while i < tokens.len() && !is_scope(tokens[i]) {
            i += 1;
        }
        let mut label = &tokens[label_start..i];
        // Not the words joining it to the next group ("… for chats and Channel.… for channels").
        while let [rest @ .., last] = label
            && joins(last)
        {
            label = rest;
        }
        if let [first, rest @ ..] = label
            && matches!(first.to_ascii_lowercase().as_str(), "a" | "an" | "the")
        {
            label = rest;
        }
        let sentence_inside = label.split_last().is_some_and(|(_, before)| before.iter().any(|w| w.ends_with('.')));
        if !(1..=8).contains(&label.len()) || sentence_inside {
            return None;
        }
        let label = label.join(" ").trim_end_matches(['.', ',', ';']).to_string();
        out.push((label, scopes.join(" ")));
    }
    (out.len() >= 2).then_some(out)
}

/// A list item naming a resource and only scopes after a `:` or ` - `:
/// ("Photo of a **contact** - Contacts.ReadWrite" → ("Photo of a contact", [Contacts.ReadWrite])).
fn resource_item(text: &str) -> Option<(&str, Vec<String>)> {
    let (label, rest) = text.split_once(" - ").or_else(|| text.split_once(": "))?;
    let scopes = dotted_words(rest);
    let leftover = rest
        .split(|c: char| c == ',' || c.is_whitespace())
        .map(|w| w.trim_matches(['.', '`', '*']))
        // ("… this API: _Directory.Read.All_ OR _Directory.AccessAsUser.All_": a connective in capitals too.)
        .filter(|w| {
            !w.is_empty() && !matches!(w.to_ascii_lowercase().as_str(), "and" | "or") && !scopes.iter().any(|s| s == w)
        });
    (!scopes.is_empty() && leftover.count() == 0).then_some((label.trim(), scopes))
}

/// A permissions cell without the scopes some calls need besides those it lists ("User.Read.All<br>And:
/// <ul><li>If checking for membership in groups: Group.Read.All …</li></ul>", also after "In
/// addition:"): those are needed with one of the listed, never alone, and only for some calls. What
/// follows the list (`</ul>Directory.Read.All, …`) is listed too. `raw` is the cell as written,
/// `text` as read (markup gone).
fn without_conditional_extras<'t>(raw: &str, text: &'t str) -> std::borrow::Cow<'t, str> {
    use std::borrow::Cow;
    // (Most cells have neither lead: no copy of them.)
    let lower = text.to_ascii_lowercase();
    if !lower.contains(" and:") && !lower.contains(" in addition:") {
        return Cow::Borrowed(text);
    }
    let raw_lower = raw.to_ascii_lowercase();
    let lead = ["and:", "in addition:"].into_iter().filter_map(|l| raw_lower.find(l).map(|at| (at, l))).min();
    let Some((at, lead)) = lead else { return Cow::Borrowed(text) };
    let Some(open) = raw_lower[at..].find("<ul>").map(|o| at + o) else { return Cow::Borrowed(text) };
    let Some(close) = raw_lower[open..].find("</ul>").map(|c| open + c) else { return Cow::Borrowed(text) };
    if !raw_lower[open..close].contains("if ") {
        return Cow::Borrowed(text);
    }
    let Some(head) = lower.find(&format!(" {lead}")).map(|h| &text[..h]) else { return Cow::Borrowed(text) };
    // The markup after the list, out: each tag a space, as the cell's reading makes of `<br>`.
    let mut tail = String::new();
    let mut in_tag = false;
    for c in raw[close..].chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                tail.push(' ');
            }
            _ if !in_tag => tail.push(c),
            _ => {}
        }
    }
    let tail = tail.trim().trim_end_matches('|').trim();
    Cow::Owned(if tail.is_empty() { head.trim_end().to_string() } else { format!("{}, {tail}", head.trim_end()) })
}

/// A permissions cell's text before its note ("… <br><br> Note: X cannot be used …").
fn without_note(text: &str) -> &str {
    let lower = text.to_ascii_lowercase();
    let at = lower
        .match_indices("note:")
        .map(|(i, _)| i)
        .find(|&i| lower[..i].chars().next_back().is_none_or(|c| !c.is_ascii_alphanumeric() && c != '.'));
    match at {
        Some(i) => text[..i].trim_end_matches(['*', ' ', '>']),
        None => text,
    }
}

/// What the no-scope warnings say applies where the page allows any kind of token.
const DEFAULT_SECURITY: &str = "the contract's default security applies unless another page documenting the request names scopes; on `/me` paths, a delegated token";

/// The mark a page's note puts after deprecated scopes ("Permissions marked with ** are
/// deprecated and should not be used", "… are supported only for backward compatibility" →
/// `**`), in the sentence that calls them so (not "Permissions marked with * need an
/// administrator's consent. The Group.Read.All permission is deprecated.").
fn deprecated_mark(page: &Page<'_>) -> Option<String> {
    note_mark(page, &["deprecated", "backward compatibility"])
}

/// The mark a page's note puts after scopes not granted yet ("Permissions marked with an
/// asterisk (*) are currently not available" → `*`).
fn unavailable_mark(page: &Page<'_>) -> Option<String> {
    note_mark(page, &["not available", "unavailable", "not yet available", "available soon", "coming soon"])
}

/// The mark after "marked with" in the first sentence of the page saying one of `saying`: marks
/// (`**`, `(*)`), or "an asterisk" for `*`; not other words.
fn note_mark(page: &Page<'_>, saying: &[&str]) -> Option<String> {
    page.doc.blocks.iter().find_map(|b| {
        let Block::Paragraph(p) = b else { return None };
        crate::extract::text::sentences(&p.text).find_map(|sentence| {
            let lower = sentence.to_ascii_lowercase();
            if !saying.iter().any(|s| lower.contains(s)) {
                return None;
            }
            let after = &sentence[lower.find("marked with ")? + "marked with ".len()..];
            let mut words = after.split_whitespace().map(|w| w.trim_matches(['`', '"', '\'', '(', ')', ',']));
            let is_mark = |m: &str| !m.is_empty() && !m.chars().any(char::is_alphanumeric);
            let first = words.next()?;
            if is_mark(first) {
                return Some(first.to_string());
            }
            // "an asterisk (*)", "an asterisk".
            let named = if matches!(first, "a" | "an") { words.next()? } else { first };
            named
                .eq_ignore_ascii_case("asterisk")
                .then(|| words.next().filter(|m| is_mark(m)).unwrap_or("*").to_string())
        })
    })
}

/// `entry` without the scope a remark in parentheses after it says is not available yet
/// ("A (Available soon)", "(coming soon)"), its other alternatives kept ("B or A (Available
/// soon)"); `None` where nothing is left or the entry needs the scope with another ("B and A
/// (Available soon)"). A remark saying something else soon ("retired soon") changes nothing.
fn without_unavailable(entry: &str) -> Option<std::borrow::Cow<'_, str>> {
    let Some(open) = entry.find('(') else { return Some(entry.into()) };
    let close = entry[open..].find(')').map_or(entry.len(), |c| open + c + 1);
    let remark = entry[open..close].to_ascii_lowercase();
    if !["available soon", "coming soon", "not yet available", "not available yet"].iter().any(|r| remark.contains(r)) {
        return Some(entry.into());
    }
    if entry.contains(" and ") || entry.contains(" plus ") {
        return None;
    }
    let before = &entry[..open];
    let start = dotted_words(before).last().and_then(|w| before.rfind(w.as_str()))?;
    let rest = format!("{}{}", &entry[..start], &entry[close..]);
    (!dotted_words(&rest).is_empty()).then(|| rest.into())
}

/// The scopes of a cell written as an English list, "A, B and C" (or "A, B, and C"): one scope
/// an entry, the last entry's two joined by "and"; none for other cells.
fn serial_list(text: &str) -> Option<Vec<String>> {
    // "A, B and C." as "A, B and C".
    let text = text.trim().trim_end_matches('.');
    let mut entries: Vec<&str> = text.split(',').map(str::trim).collect();
    let last = entries.pop()?;
    match last.strip_prefix("and ") {
        // "A, B, and C".
        Some(c) => entries.push(c),
        None => {
            let (b, c) = last.split_once(" and ")?;
            entries.extend([b, c]);
        }
    }
    let one = |e: &str| {
        let words = dotted_words(e);
        (words.len() == 1 && words[0] == e.trim()).then(|| words[0].clone())
    };
    let all: Vec<String> = entries.iter().map(|e| one(e)).collect::<Option<_>>()?;
    (all.len() >= 3).then_some(all)
}

/// Whether `text` writes the scopes `b` and `c` as neighbours of a list ("…, B, C, …"): whole
/// scopes, not `B, C.All` nor `X.B, C`.
fn writes_apart(text: &str, b: &str, c: &str) -> bool {
    let pair = format!("{b}, {c}");
    let word = |ch: char| ch.is_ascii_alphanumeric() || matches!(ch, '_' | '-');
    text.match_indices(&pair).any(|(at, _)| {
        let after = &text[at + pair.len()..];
        // A scope's dot goes on (`C.All`); a sentence's ends it (`C.`).
        let goes_on = after.strip_prefix('.').unwrap_or(after).starts_with(word);
        !text[..at].ends_with(|ch: char| word(ch) || ch == '.') && !goes_on
    })
}

/// A cell of parenthesized alternatives joined by "and" (`(A or B) and (C, or D)`): each way of
/// taking one scope of every group (`A and C`, `A and D`, `B and C`, `B and D`). A group may be
/// one scope without parentheses.
fn one_of_each_group(text: &str) -> Option<Vec<Vec<String>>> {
    if !text.contains('(') {
        return None;
    }
    // The text split at each " and " outside parentheses.
    let mut factors: Vec<&str> = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            // (Not the last space of the " and " just read: "A and and B" is one split.)
            ' ' if depth == 0 && i >= start && text[i..].starts_with(" and ") => {
                factors.push(&text[start..i]);
                start = i + " and ".len();
            }
            _ => {}
        }
        if depth < 0 {
            return None;
        }
    }
    factors.push(&text[start..]);
    if depth != 0 || factors.len() < 2 {
        return None;
    }
    let mut out: Vec<Vec<String>> = vec![Vec::new()];
    for factor in factors {
        let factor = factor.trim();
        let grouped = factor.strip_prefix('(').and_then(|f| f.strip_suffix(')'));
        let inner = grouped.unwrap_or(factor);
        let choices: Vec<String> =
            inner.split([',', ';']).flat_map(|p| p.split(" or ")).flat_map(dotted_words).collect();
        // A factor outside parentheses is one scope; a cell of more combinations than any page
        // writes is not read so.
        if choices.is_empty()
            || inner.contains(['(', ')'])
            || (grouped.is_none() && choices.len() != 1)
            || out.len() * choices.len() > 64
        {
            return None;
        }
        out = out
            .iter()
            .flat_map(|taken| choices.iter().map(move |c| [taken.clone(), vec![c.clone()]].concat()))
            .collect();
    }
    Some(out)
}

/// The scopes of a line that lists them and nothing else, apart by commas and a last "or"
/// ("Notes.Create, Notes.Read, Notes.ReadWrite, Notes.Read.All, or Notes.ReadWrite.All");
/// none where a piece is no scope alone.
fn scopes_in_a_line(text: &str) -> Vec<String> {
    let mut scopes = Vec::new();
    for piece in text.split(',').flat_map(|p| p.split(" or ")) {
        let piece = piece.trim();
        let piece = piece.strip_prefix("or ").unwrap_or(piece).trim().trim_matches(['`', '*', '.', ';']);
        match &dotted_words(piece)[..] {
            [one] if one == piece => scopes.push(one.clone()),
            _ if piece.is_empty() => {}
            _ => return Vec::new(),
        }
    }
    scopes
}

/// The scopes (`User.Read.All`) in a piece of a permissions cell; a scope broken by
/// a space (`DeviceManagementManaged Devices.ReadWrite.All`) joined again.
fn dotted_words(text: &str) -> Vec<String> {
    let tokens: Vec<&str> = text
        .split(|c: char| c == ':' || c.is_whitespace())
        .map(|w| w.trim_matches(['`', '*', '.', ',', ';', '(', ')']))
        .filter(|w| !w.is_empty())
        .collect();
    let scope_like = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
    };
    // A product's name in lower camel case (`eDiscovery.Read.All`), each later part capitalized;
    // not a namespace (`microsoft.graph.user`) nor an abbreviation (`e.g`).
    let camel_product = |w: &str| {
        let mut parts = w.split('.');
        parts.next().is_some_and(|first| first.chars().any(|c| c.is_ascii_uppercase()))
            && parts.all(|p| p.starts_with(|c: char| c.is_ascii_uppercase()))
            && w.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
    };
    let mut out: Vec<String> = Vec::new();
    for (i, w) in tokens.iter().enumerate() {
        if !w.contains('.') || !(scope_like(w) || camel_product(w)) {
            continue;
        }
        // The piece before, CamelCase without a dot, is the scope's start.
        match i.checked_sub(1).map(|p| tokens[p]) {
            Some(prev)
                if !prev.contains('.')
                    && !matches!(prev, "OR" | "AND")
                    && scope_like(prev)
                    && prev.chars().filter(char::is_ascii_uppercase).count() > 1 =>
            {
                out.push(format!("{prev}{w}"));
            }
            _ => out.push(w.to_string()),
        }
    }
    out
}

/// The scopes a permissions cell lists, least privileged first.
fn scopes_of(
    page: &Page<'_>,
    cell: &crate::markdown::Inline,
    raw: &str,
    most_first: bool,
    diags: &mut Vec<Diagnostic>,
) -> Vec<String> {
    if is_todo(&cell.text) {
        diags.push(
            Diagnostic::warning(
                codes::TODO_PLACEHOLDER,
                page.file,
                cell.span,
                "TODO placeholder in the permissions table; left out of the contract",
            )
            .with_help("list the permissions, e.g. `DeviceManagementServiceConfig.ReadWrite.All`"),
        );
        return Vec::new();
    }
    // Each comma-separated entry's scopes are its dotted words (`User.Read.All`). An entry that
    // needs two together ("Policy.Read.All and Application.ReadWrite.All") is one alternative
    // written `A and B` (see [`Permissions`]); "A, B plus C" needs C beside each, "plus either C
    // or D" C or D beside each. Scopes a list after "And:" says some calls also need are none
    // (`without_conditional_extras`).
    // A note after the list names scopes it does not grant ("Note: Directory.AccessAsUser.All
    // cannot be used to perform this operation."); connectives in capitals ("A AND B") are words.
    let written = raw.get(cell.span.start..cell.span.end).unwrap_or(&cell.text);
    let text = without_conditional_extras(written, &cell.text);
    let text = without_note(&text).replace(" AND ", " and ").replace(" OR ", " or ");
    let text = text.as_str();
    // "None": the row's kind of token needs no scope (cloud communications' app-only calls).
    if text.trim().trim_end_matches('.').eq_ignore_ascii_case("none") {
        return vec![Permissions::NO_SCOPE.to_string()];
    }
    // "A, B plus C": the last entry's "plus" names what each entry needs beside it;
    // "A plus B, C" is one entry's pair (read below, as "and").
    let (list, extra) = match text.rsplit_once(" plus ") {
        Some((list, extra)) if !extra.contains([',', ';']) && list.contains([',', ';']) => (list, Some(extra)),
        _ => (text, None),
    };
    let extras: Vec<Vec<String>> = match extra {
        Some(extra) if extra.contains(" or ") => {
            extra.split(" or ").map(dotted_words).filter(|w| !w.is_empty()).collect()
        }
        Some(extra) => vec![dotted_words(extra)].into_iter().filter(|w| !w.is_empty()).collect(),
        None => Vec::new(),
    };
    let mut scopes: Vec<String> = Vec::new();
    let mut push = |a: String| {
        if !scopes.contains(&a) {
            scopes.push(a);
        }
    };
    // "(A or B) and (C, or D)": one of each group, together.
    let products = if extras.is_empty() { one_of_each_group(list) } else { None };
    let entries = if products.is_some() { "" } else { list };
    for group in products.into_iter().flatten() {
        push(group.join(" and "));
    }
    // "A, B and C" (conditional access policies' "Policy.Read.All, Policy.ReadWrite.ConditionalAccess
    // and Application.Read.All"): all of them together; a list of alternatives only where the page
    // writes its last two apart elsewhere (group members' application row "GroupMember.ReadWrite.All,
    // Group.ReadWrite.All and Directory.ReadWrite.All" beside a delegated row listing
    // "…, Group.ReadWrite.All, Directory.ReadWrite.All, …").
    let apart: String;
    let entries = match serial_list(entries).filter(|_| extras.is_empty()) {
        Some(all)
            if [raw, page.source.text()].iter().any(|t| writes_apart(t, &all[all.len() - 2], &all[all.len() - 1])) =>
        {
            apart = all.join(", ");
            apart.as_str()
        }
        Some(all) => {
            push(all.join(" and "));
            ""
        }
        None => entries,
    };
    // "Group.Read.All**" beside "Permissions marked with ** are deprecated and should not be
    // used": no alternative to offer, unless the cell has no other.
    let mark = entries
        .contains(|c: char| !c.is_ascii() || c == '*')
        .then(|| deprecated_mark(page))
        .flatten()
        .filter(|m| entries.split([',', ';']).any(|e| !e.trim().is_empty() && !e.trim().ends_with(m.as_str())));
    // "SubjectRightsRequest.ReadWrite.All*" beside "Permissions marked with an asterisk (*) are
    // currently not available": not granted yet, as "(Available soon)" is.
    let unavailable = entries.contains(|c: char| !c.is_ascii() || c == '*').then(|| unavailable_mark(page)).flatten();
    let marked = |scope: &str| {
        [&mark, &unavailable].iter().any(|m| m.as_ref().is_some_and(|m| scope.trim().ends_with(m.as_str())))
    };
    for entry in entries.split([',', ';']) {
        // "A or B*": A is still an alternative; "A and B*" needs B.
        let unmarked: String;
        let alternatives = entry.contains(" or ") && !entry.contains(" and ") && !entry.contains(" plus ");
        let entry = if alternatives && entry.split(" or ").any(marked) {
            unmarked = entry.split(" or ").filter(|alt| !marked(alt)).collect::<Vec<_>>().join(" or ");
            unmarked.as_str()
        } else if marked(entry) {
            continue;
        } else {
            entry
        };
        // "CustomSecAttributeDefinition.Read.All (Available soon)": not granted yet.
        let Some(entry) = without_unavailable(entry) else { continue };
        let entry = entry.as_ref();
        let words = dotted_words(entry);
        let ands = entry.matches(" and ").count() + entry.matches(" plus ").count();
        // "A and B C and D": a comma the page forgot between two pairs.
        let groups: Vec<Vec<String>> = if ands > 0 && words.len() == 2 * ands && ands > 1 {
            words.chunks(2).map(<[String]>::to_vec).collect()
        } else if ands > 0 && words.len() > 1 {
            vec![words]
        } else {
            words.into_iter().map(|w| vec![w]).collect()
        };
        for group in groups {
            if extras.is_empty() {
                push(group.join(" and "));
            }
            for extra in &extras {
                push(group.iter().chain(extra).cloned().collect::<Vec<_>>().join(" and "));
            }
        }
    }
    // A cell naming no scope that neither refuses its kind of token ("Not supported.", "Not
    // applicable.") nor leaves it blank: "Role required to [create subscription](…)." The kind is
    // allowed, its scopes said elsewhere: any of that kind, with a warning.
    // So is an alternative beside named scopes that points to another call's ("Role required to
    // [create subscription](…) or Subscription.Read.All", the same page's delegated rows).
    let unnamed_alternative = !scopes.is_empty()
        && text.split(" or ").any(|alt| {
            let links = cell.links.iter().any(|l| !l.text.is_empty() && alt.contains(l.text.as_str()));
            links && dotted_words(alt).is_empty() && allows_unnamed(alt)
        });
    if (scopes.is_empty() && allows_unnamed(text)) || unnamed_alternative {
        diags.push(
            Diagnostic::warning(
                codes::NO_PERMISSIONS,
                page.file,
                cell.span,
                "this cell (or one of its alternatives) names no scope but does not refuse its kind of token; read as any token of that kind",
            )
            .with_help("name the scopes, or write \"Not supported.\""),
        );
        scopes.push(Permissions::NO_SCOPE.to_string());
    }
    if most_first {
        scopes.reverse();
    }
    scopes
}

/// Whether a cell naming no scope still allows its kind of token: words, none of them a refusal
/// ("Not supported.", "Not applicable.", "N/A"; "None" is read before), nor a pointer to the rows
/// below it (Intune's "_varies by context_" over its labelled sub-rows).
fn allows_unnamed(text: &str) -> bool {
    let lower = text.trim().to_ascii_lowercase();
    let words: Vec<&str> = crate::extract::text::words(&lower).collect();
    // (A scope named but not granted yet, "A (Available soon)", is none either.)
    words.len() >= 3
        && dotted_words(text).is_empty()
        && !words.iter().any(|w| {
            crate::extract::text::is_negation(w)
                || matches!(*w, "n" | "na" | "none" | "unsupported" | "unavailable" | "varies")
        })
        && !lower.contains("n/a")
}
