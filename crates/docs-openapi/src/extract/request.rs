//! The request side of an api page: permissions, parameters, headers, body.

use super::text::{is_todo, resource_link, says_required, sentences, singular, unlinked_representation};
use super::types::{is_property_table, is_value_typed_table, table_properties};
use super::{PageOutput, Reference};
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::markdown::Block;
use crate::model::{Body, Origin, ParamLocation, Parameter, Permissions, Property, Shape};
use crate::page::{Page, Section};
use crate::paths;
use crate::types::{Primitive, TypeRef, parse_type_cell};

/// Headers every Graph call carries; not operation parameters.
const STANDARD_HEADERS: &[&str] = &["authorization", "content-type", "content-length", "accept", "host"];

/// A page's permissions: one table for all its requests, or a table with a row
/// per resource the request reaches ("user calendar", "group calendar"; the
/// permission types as columns).
#[derive(Debug, Default)]
pub(super) struct PagePermissions {
    /// The one table every request shares.
    every_request: Permissions,
    by_resource: Vec<(String, Permissions)>,
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
    /// The permissions for a request to `template`: the rows whose resource the
    /// path names, the nearer its end the better (`/users/{id}/messages/{id}/extensions`:
    /// "message", not "user"); all rows when the path names none.
    pub(super) fn for_path(&self, template: &str) -> Permissions {
        if self.by_resource.is_empty() {
            return self.every_request.clone();
        }
        let segments: Vec<String> = template
            .split('/')
            .filter(|s| !s.is_empty() && !s.starts_with(['{', '$']))
            .map(|s| match s.split(['(', ':']).next().unwrap_or(s).to_ascii_lowercase() {
                me if me == "me" => "user".to_string(),
                s => s,
            })
            .collect();
        // Matched words, the later in the path the better; then fewer words the
        // path lacks ("event" over "group event" for `/users/{id}/events/{id}`).
        let score = |label: &str| -> (usize, std::cmp::Reverse<usize>) {
            let positions: Vec<Option<usize>> = label
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| w.to_ascii_lowercase())
                .map(|w| segments.iter().rposition(|s| singular(s) == singular(&w)))
                .collect();
            let matched = positions.iter().flatten().map(|i| i + 1).sum();
            (matched, std::cmp::Reverse(positions.iter().filter(|p| p.is_none()).count()))
        };
        let best = self.by_resource.iter().map(|(label, _)| score(label)).max().unwrap_or_default();
        let mut out = Permissions::default();
        for (label, p) in &self.by_resource {
            if best.0 == 0 || score(label) == best {
                out.extend_from(p);
            }
        }
        out
    }
}

/// The permissions table, least privileged first, placeholders dropped with a warning.
pub(super) fn permissions(page: &Page<'_>, diags: &mut Vec<Diagnostic>) -> PagePermissions {
    let Some(section) = page.section(&["permissions", "prerequisites"]) else { return PagePermissions::default() };
    if let Some(t) = section.iter().find_map(|(_, b)| match b {
        Block::Table(t) => Some(t),
        _ => None,
    }) {
        return permissions_table(page, t, diags);
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
        let perms = permissions_table(page, t, &mut found);
        diags.extend(found.into_iter().map(|d| Diagnostic { span: p.span, ..d }));
        return perms;
    }
    // Only a conversion that has the other inputs at hand can tell the file is missing.
    if let Some((span, target)) = missing.filter(|_| page.includes.is_some()) {
        diags.push(
            Diagnostic::warning(
                codes::MISSING_INCLUDE,
                page.file,
                span,
                format!(
                    "the permissions table is included from `{target}`, which is not among the inputs; the operations get no security requirement"
                ),
            )
            .with_help("add the docs' `includes` folder to the inputs (pass the folder above `api/`)"),
        );
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
            perms.by_resource.push((label.to_string(), row));
        }
    }
    perms
}

/// One permissions table: a row per permission type, or a row per resource with
/// the permission types as columns.
fn permissions_table(page: &Page<'_>, t: &crate::markdown::Table, diags: &mut Vec<Diagnostic>) -> PagePermissions {
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
                    kind.list(&mut p).extend(scopes_of(page, cell, most_first, diags));
                }
            }
            perms.by_resource.push((label.text.clone(), p));
        }
        return perms;
    }
    // Intune's sub-rows (`| &nbsp; &nbsp; Onboarding | DeviceManagement… |`) under
    // an empty "Delegated (work or school account)" row belong to it. Newer pages
    // split a row into "Least privileged permissions" and "Higher privileged
    // permissions" columns: both, least first.
    let mut current = None;
    for row in &t.rows {
        let Some((label, cells)) = row.split_first() else { continue };
        let Some(kind) = Kind::of(&label.text).or(current) else { continue };
        current = Some(kind);
        let mut row = Permissions::default();
        for cell in cells {
            kind.list(&mut row).extend(scopes_of(page, cell, most_first, diags));
        }
        perms.every_request.extend_from(&row);
    }
    perms
}

/// A list item naming a resource and only scopes after a `:` or ` - `:
/// ("Photo of a **contact** - Contacts.ReadWrite" → ("Photo of a contact", [Contacts.ReadWrite])).
fn resource_item(text: &str) -> Option<(&str, Vec<String>)> {
    let (label, rest) = text.split_once(" - ").or_else(|| text.split_once(": "))?;
    let scopes = dotted_words(rest);
    let leftover = rest
        .split(|c: char| c == ',' || c.is_whitespace())
        .map(|w| w.trim_matches(['.', '`', '*']))
        .filter(|w| !w.is_empty() && !matches!(*w, "and" | "or") && !scopes.iter().any(|s| s == w));
    (!scopes.is_empty() && leftover.count() == 0).then_some((label.trim(), scopes))
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
    let mut out: Vec<String> = Vec::new();
    for (i, w) in tokens.iter().enumerate() {
        if !w.contains('.') || !scope_like(w) {
            continue;
        }
        // The piece before, CamelCase without a dot, is the scope's start.
        match i.checked_sub(1).map(|p| tokens[p]) {
            Some(prev)
                if !prev.contains('.')
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
    // Each comma-separated entry's scopes are its dotted words (`User.Read.All`),
    // also inside a flattened list ("If checking for membership in groups:
    // Group.Read.All"). An entry that needs two together ("Policy.Read.All and
    // Application.ReadWrite.All") is one alternative written `A and B` (see
    // [`Permissions`]); "A, B plus C" needs C beside each, "plus either C or D"
    // C or D beside each.
    let text = cell.text.as_str();
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
    for entry in list.split([',', ';']) {
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
    if most_first {
        scopes.reverse();
    }
    scopes
}

/// Query parameters a `Query parameters` table documents (`| $deltatoken | string | … |`
/// on delta pages, `| startDateTime | String | … Required. |` on calendar views).
/// Only primitive types; optional unless the description says "Required".
pub(super) fn query_params(page: &Page<'_>) -> Vec<Parameter> {
    let sections = page.sections(|t| t == "query parameters" || t == "optional query parameters");
    let mut out: Vec<Parameter> = Vec::new();
    // "provide the following **required** query parameters": every row of the
    // table after that sentence is required.
    let says_all_required = |b: &Block| {
        matches!(b, Block::Paragraph(p) if {
            let lower = p.text.to_ascii_lowercase();
            lower.contains("required query parameter") || lower.contains("following required")
        })
    };
    let mut tables = Vec::new();
    // "This method also supports the `query` parameter which accepts a string value."
    let mut named_in_prose: Vec<(String, String)> = Vec::new();
    for section in &sections {
        let mut required_next = false;
        for (_, block) in section.own_blocks() {
            match block {
                Block::Table(t) if is_property_table(t) || is_query_table(t) || is_named_table(t) => {
                    tables.push((t, std::mem::take(&mut required_next)));
                }
                b if says_all_required(b) => required_next = true,
                Block::Paragraph(p) => {
                    for name in parameters_named(&p.text) {
                        named_in_prose.push((name.to_string(), p.text.trim().to_string()));
                    }
                }
                _ => {}
            }
        }
    }
    for (t, all_required) in tables {
        // `|Name|Description|`: the method's own parameters, strings (OData's options are read from prose).
        let untyped = is_named_table(t) && !is_query_table(t) && !is_property_table(t);
        for row in &t.rows {
            let Some(name) = row.first().map(|c| c.text.trim().trim_matches(['`', '*', '_']).to_string()) else {
                continue;
            };
            let plain = name.strip_prefix('$').unwrap_or(&name);
            if plain.is_empty()
                || !plain.starts_with(|c: char| c.is_ascii_alphabetic())
                || !plain.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
                || out.iter().any(|p| paths::same_ident(&p.name, &name))
            {
                continue;
            }
            if untyped && name.starts_with('$') {
                continue;
            }
            let ty = match row.get(1) {
                Some(cell) if !untyped => scalar_type(cell),
                _ => TypeRef::Primitive(Primitive::String),
            };
            let desc = row
                .last()
                .filter(|_| row.len() > 2 || untyped)
                .map(|c| c.text.trim().to_string())
                .filter(|d| !d.is_empty() && !is_todo(d));
            out.push(Parameter {
                required: desc.as_deref().is_some_and(|d| {
                    says_required(d) || (all_required && !d.to_ascii_lowercase().starts_with("optional"))
                }) || (all_required && desc.is_none()),
                name,
                location: ParamLocation::Query,
                description: desc,
                ty,
            });
        }
    }
    for (name, sentence) in named_in_prose {
        if !out.iter().any(|p| paths::same_ident(&p.name, &name)) {
            out.push(Parameter {
                name,
                location: ParamLocation::Query,
                description: Some(sentence),
                ty: TypeRef::Primitive(Primitive::String),
                required: false,
            });
        }
    }
    out
}

/// Names a sentence gives as query parameters of the method's own, not OData's
/// (`` the `query` parameter ``, `` a `filter` query parameter ``; not `` `$select` ``).
fn parameters_named(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('`') {
        let Some(len) = rest[open + 1..].find('`') else { break };
        let name = &rest[open + 1..open + 1 + len];
        let after = rest[open + 2 + len..].trim_start();
        let after = after.strip_prefix("query ").unwrap_or(after);
        if after.get(..9).is_some_and(|w| w.eq_ignore_ascii_case("parameter"))
            && name.starts_with(|c: char| c.is_ascii_alphabetic())
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            // `expand` for `$expand`: OData's, written without its `$`.
            && !super::odata::is_system_option(name)
            && !out.contains(&name)
        {
            out.push(name);
        }
        rest = &rest[open + 2 + len..];
    }
    out
}

/// The rows of a "Function parameters" table not called optional, for a request
/// line that calls its function without arguments (`GET /users/{id}/adhocCalls/getAllRecordings`
/// beside that table; the caller keeps those an example passes). Rows whose
/// description says "Optional." are left out: a path has no optional parameters,
/// and the call is valid without them. Rows naming a placeholder of a request line
/// (`?$filter=email eq '{email}'`) describe that placeholder, not an argument.
pub(super) fn function_section_arguments(page: &Page<'_>, request_lines: &[&str]) -> Vec<ParamDoc> {
    let rows = function_parameter_rows(page);
    let placeholder = |d: &ParamDoc| request_lines.iter().any(|l| l.contains(&format!("{{{}}}", d.name)));
    if rows.iter().any(placeholder) {
        return Vec::new();
    }
    rows.into_iter().filter(|d| !says_optional(&d.description)).collect()
}

/// The rows of the "Function parameters" table naming identifiers.
fn function_parameter_rows(page: &Page<'_>) -> Vec<ParamDoc> {
    let Some(section) = page.section(&["function parameters"]) else { return Vec::new() };
    let Some(t) = section.own_tables().find(|t| is_property_table(t) || is_query_table(t)) else { return Vec::new() };
    t.rows
        .iter()
        .filter_map(|row| param_doc(row))
        .filter(|d| d.name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        .collect()
}

/// "Optional. Filter for …", "Supported values are: `Windows`, and `Iana`. Optional.": a sentence of its own.
fn says_optional(description: &str) -> bool {
    description.split(['.', ';']).any(|s| s.trim().eq_ignore_ascii_case("optional"))
}

/// The rows of a "Function parameters" table whose arguments an example passes as
/// a query string (`…/getWebPartsByPosition?isInVerticalSection=true` beside a bare
/// request line), or, for a function called `bare`, that the section says go in the
/// query ("In the request URL, provide the following query parameters with values"
/// above `…/GetUploadSession`): optional query parameters, every row of the table.
pub(super) fn function_query_arguments(page: &Page<'_>, passed: &[&str], bare: bool) -> Vec<Parameter> {
    let rows = function_parameter_rows(page);
    let announced = bare
        && page.section(&["function parameters"]).is_some_and(|s| {
            s.own_blocks().any(|(_, b)| {
                matches!(b, Block::Paragraph(p) if p.text.to_ascii_lowercase().contains("following query parameters"))
            })
        });
    if !announced && !rows.iter().any(|d| passed.iter().any(|n| n.eq_ignore_ascii_case(&d.name))) {
        return Vec::new();
    }
    rows.into_iter()
        .map(|d| Parameter {
            name: d.name,
            location: ParamLocation::Query,
            description: Some(d.description).filter(|s| !s.is_empty()),
            ty: d.ty,
            required: false,
        })
        .collect()
}

/// A row of a path or function parameters table.
pub(super) struct ParamDoc {
    pub(super) name: String,
    pub(super) description: String,
    /// The row's type, when it is a scalar primitive (`Int32`, `Date`); else a string.
    pub(super) ty: TypeRef,
}

/// Path and function parameters (`## Path parameters`, `## Function parameters`
/// tables): descriptions and types, by name.
pub(super) fn path_parameter_docs(page: &Page<'_>) -> Vec<ParamDoc> {
    let sections = page.sections(|t| t == "path parameters" || t == "function parameters" || t == "parameters");
    let mut out = Vec::new();
    let tables = sections.iter().flat_map(Section::own_tables).filter(|t| is_property_table(t) || is_query_table(t));
    for t in tables {
        out.extend(t.rows.iter().filter_map(|row| param_doc(row)).filter(|d| !d.description.is_empty()));
    }
    out
}

/// A parameters-table row (`| name | type | description |`): its description
/// empty when the page has none or a placeholder ("Not yet documented").
fn param_doc(row: &[crate::markdown::Inline]) -> Option<ParamDoc> {
    let [name, ty, .., description] = row else { return None };
    let name = name.text.trim().trim_matches(['`', '*']).to_string();
    let description = super::types::without_placeholder(description.text.trim());
    let description = if is_todo(description) { String::new() } else { description.to_string() };
    (!name.is_empty()).then(|| ParamDoc { name, description, ty: scalar_type(ty) })
}

/// A function's arguments documented under "Request body" as "In the request URL,
/// provide the following query parameters" (Intune's function pages, whose request
/// line omits them): the table after that sentence, in order. On a page of `GET`s
/// only, any parameters table there (Excel's `boundingRect` "JSON object with the
/// following parameters": a GET sends no body, a function takes its arguments in
/// the URL). The rows' descriptions may be placeholders; the arguments are needed
/// all the same.
pub(super) fn url_function_arguments(page: &Page<'_>, get_only: bool) -> Vec<ParamDoc> {
    let Some(section) = page.section(&["request body"]) else { return Vec::new() };
    let mut announced = get_only;
    for (_, block) in section.iter() {
        match block {
            Block::Paragraph(p) => {
                let lower = p.text.to_ascii_lowercase();
                announced |= lower.contains("in the request url") && lower.contains("parameters");
            }
            Block::Table(t) if announced && (is_property_table(t) || is_query_table(t)) => {
                // Only names that can stand in a URL as they are.
                return t
                    .rows
                    .iter()
                    .filter_map(|row| param_doc(row))
                    .filter(|d| d.name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
                    .collect();
            }
            _ => {}
        }
    }
    Vec::new()
}

/// `path` calling its function with `args` as path parameters, strings quoted:
/// `…/getExpiringVppTokenCount` → `…/getExpiringVppTokenCount(expiringBeforeDateTime='{expiringBeforeDateTime}')`.
/// `None` when the last segment already has arguments or an argument's name is taken.
pub(super) fn with_call_arguments(path: &paths::NormalizedPath, args: &[ParamDoc]) -> Option<paths::NormalizedPath> {
    let last = path.template.rsplit('/').next()?;
    if last.is_empty() || last.contains(['(', '{', '$', ':']) {
        return None;
    }
    if args.iter().any(|a| path.params.iter().any(|p| paths::same_ident(&p.name, &a.name))) {
        return None;
    }
    let call: Vec<String> = args
        .iter()
        .map(|a| match a.ty {
            TypeRef::Primitive(Primitive::String) => format!("{0}='{{{0}}}'", a.name),
            _ => format!("{0}={{{0}}}", a.name),
        })
        .collect();
    let mut out = path.clone();
    out.template = format!("{}({})", path.template, call.join(","));
    out.params.extend(args.iter().map(|a| paths::PathParam { name: a.name.clone(), alternatives: Vec::new() }));
    Some(out)
}

/// Notes in the "HTTP request" section about a path placeholder ("For {id},
/// specify the domain with its fully qualified domain name."): the placeholder's
/// name and the sentence, for parameters no table describes.
pub(super) fn placeholder_notes(page: &Page<'_>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for section in page.sections(|t| t.starts_with("http request")) {
        for (_, block) in section.iter() {
            let Block::Paragraph(p) = block else { continue };
            if !crate::http::request_lines(&p.text).is_empty() {
                continue;
            }
            for sentence in sentences(&p.text) {
                let mut rest = sentence;
                while let Some(open) = rest.find('{') {
                    let Some(len) = rest[open..].find('}') else { break };
                    let name = rest[open + 1..open + len].trim();
                    if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_')) {
                        let note = sentence.trim().trim_start_matches(['>', ' ']).to_string();
                        out.push((name.to_string(), note));
                    }
                    rest = &rest[open + len..];
                }
            }
        }
    }
    out
}

/// A parameter's type cell as a scalar primitive; anything else is sent as a string.
fn scalar_type(cell: &crate::markdown::Inline) -> TypeRef {
    match parse_type_cell(cell).ty {
        TypeRef::Primitive(p) if !matches!(p, Primitive::Json | Primitive::Stream) => TypeRef::Primitive(p),
        _ => TypeRef::Primitive(Primitive::String),
    }
}

/// The function argument whose value is the path parameter `param`:
/// `getX(period='{period_value}')` → `period`.
pub(super) fn call_argument(template: &str, param: &str) -> Option<String> {
    let at = template.find(&format!("{{{param}}}"))?;
    let before = template[..at].trim_end_matches(['\'', '"']);
    let before = before.strip_suffix('=')?;
    let start = before.rfind(['(', ',']).map_or(0, |i| i + 1);
    Some(before[start..].trim().to_string()).filter(|a| !a.is_empty())
}

/// A table headed `| Query parameter | Type | Description |` (or `Name`).
/// `|Name|Description|` (two columns).
fn is_named_table(t: &crate::markdown::Table) -> bool {
    let head = |i: usize| t.header.get(i).map(|c| c.text.trim().to_ascii_lowercase());
    t.header.len() == 2
        && head(0).is_some_and(|h| h.contains("parameter") || h == "name")
        && head(1).is_some_and(|h| h == "description")
}

fn is_query_table(t: &crate::markdown::Table) -> bool {
    let head = |i: usize| t.header.get(i).map(|c| c.text.trim().to_ascii_lowercase());
    head(0).is_some_and(|h| h.contains("parameter") || h == "name")
        && head(1).is_some_and(|h| h.contains("type") || h == "value")
}

/// A body of bytes.
pub(super) fn octet_stream() -> Body {
    Body { media_type: "application/octet-stream".into(), shape: Shape::Raw, required: true, example: None }
}

/// Whether a path addresses an entity's bytes: `…/$value` or `…/content`.
pub(super) fn ends_in_content(template: &str) -> bool {
    matches!(template.rsplit('/').next(), Some("$value" | "content"))
}

/// The names of a body's `Stream` properties, which a line writes by their own
/// path (`PUT …/localizations/{id}/bannerLogo`) as their bytes.
pub(super) fn stream_properties(body: Option<&Shape>) -> Vec<&str> {
    let Some(Shape::Object(props)) = body else { return Vec::new() };
    props.iter().filter(|p| p.ty == TypeRef::Primitive(Primitive::Stream)).map(|p| p.name.as_str()).collect()
}

/// The media type the request-headers table gives for `Content-Type`
/// (`| Content-Type | image/jpeg. Required. |`), if it names one.
pub(super) fn content_type_header(page: &Page<'_>) -> Option<String> {
    let sections = page.sections(is_request_headers);
    let row = sections.iter().flat_map(Section::own_tables).find_map(|t| {
        t.rows
            .iter()
            .find(|r| r.first().is_some_and(|c| c.text.trim().trim_matches('`').eq_ignore_ascii_case("content-type")))
    })?;
    row.iter().skip(1).find_map(|cell| {
        cell.text.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '`' | '(' | ')')).find_map(|w| {
            let w = w.trim_end_matches('.').to_ascii_lowercase();
            let (kind, sub) = w.split_once('/')?;
            (matches!(kind, "application" | "image" | "text" | "multipart" | "audio" | "video")
                && !sub.is_empty()
                && sub.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '-' | '*')))
            .then_some(w)
        })
    })
}

/// `## Request headers`, and `## Optional request headers` (drive items' `if-match`).
fn is_request_headers(title: &str) -> bool {
    let t = title.strip_prefix("optional ").unwrap_or(title);
    t == "request headers" || t == "request header"
}

/// Non-standard request headers, as optional (or "Required.") header parameters.
pub(super) fn header_params(page: &Page<'_>) -> Vec<Parameter> {
    let sections = page.sections(is_request_headers);
    let mut out: Vec<Parameter> = Vec::new();
    for t in sections.iter().flat_map(Section::own_tables) {
        for row in &t.rows {
            let Some(cell) = row.first().map(|c| c.text.trim().trim_matches('`')) else { continue };
            // `Prefer: outlook.timezone`: the header with one of its values.
            let (name, value) = match cell.split_once(':') {
                Some((name, value)) => {
                    (name.trim().trim_matches('`').to_string(), Some(value.trim().trim_matches('`')))
                }
                None => (cell.to_string(), None),
            };
            if name.is_empty()
                || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                || STANDARD_HEADERS.contains(&name.to_ascii_lowercase().as_str())
            {
                continue;
            }
            let desc = row
                .last()
                .filter(|_| row.len() > 1)
                .map(|c| c.text.trim().to_string())
                .filter(|d| !d.is_empty() && !is_todo(d));
            let desc = match (value.filter(|v| !v.is_empty()), desc) {
                (Some(v), Some(d)) => Some(format!("`{v}`: {d}")),
                (Some(v), None) => Some(format!("`{v}`")),
                (None, d) => d,
            };
            if let Some(existing) = out.iter_mut().find(|p| p.name.eq_ignore_ascii_case(&name)) {
                // Several rows for one header (`Prefer: outlook.timezone`, `Prefer: outlook.body-content-type`).
                if let (Some(d), Some(more)) = (&mut existing.description, desc) {
                    d.push(' ');
                    d.push_str(&more);
                }
                continue;
            }
            out.push(Parameter {
                required: desc.as_deref().is_some_and(says_required),
                name,
                location: ParamLocation::Header,
                description: desc,
                ty: TypeRef::Primitive(Primitive::String),
            });
        }
    }
    out
}

/// What a page's "Request body" section says.
#[derive(Default)]
pub(super) struct RequestBody {
    /// The body's shape, when the section names a type or lists properties.
    pub(super) shape: Option<Shape>,
    /// The properties table and where it is.
    pub(super) table: Option<(Vec<Property>, usize)>,
    /// "Do not supply a request body", "This API does not require any request body".
    pub(super) none: bool,
    /// Other types the linking sentence offers ("[x], [y] or [z]").
    pub(super) either: Vec<String>,
    /// The body may be left out: every row of its table is optional, or the prose
    /// says when not to supply it.
    pub(super) omissible: bool,
    /// The prose says the body is optional ("you can optionally provide the reason").
    pub(super) optional: bool,
}

/// Reads the "Request body" section.
pub(super) fn request_body(page: &Page<'_>, out: &mut PageOutput, diags: &mut Vec<Diagnostic>) -> RequestBody {
    let mut body = read_request_body(page, out, diags);
    let rows_optional = body.table.as_ref().is_some_and(|(rows, _)| {
        !rows.is_empty() && rows.iter().all(|r| !r.required && r.description.as_deref().is_some_and(says_optional))
    });
    let mut paragraphs: Vec<String> = Vec::new();
    if let Some(section) = page.section(&["request body"]) {
        for (_, b) in section.iter() {
            if let Block::Paragraph(p) = b {
                paragraphs.push(p.text.to_ascii_lowercase());
            }
        }
    }
    body.optional = paragraphs
        .iter()
        .any(|p| ["optionally provide", "optionally supply", "request body is optional"].iter().any(|w| p.contains(w)));
    body.omissible = rows_optional || body.optional || paragraphs.iter().any(|p| says_not_to_supply(p));
    body
}

/// "Don't supply a request body", "this API does not require any request body".
fn says_not_to_supply(lower: &str) -> bool {
    [
        "don't supply",
        "do not supply",
        "not supply a request body",
        "not require any request body",
        "not require a request body",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

fn read_request_body(page: &Page<'_>, out: &mut PageOutput, diags: &mut Vec<Diagnostic>) -> RequestBody {
    let Some(section) = page.section(&["request body"]) else { return RequestBody::default() };
    let mut linked: Option<((String, String), usize)> = None;
    let mut either = Vec::new();
    // "supply an array of [x](…) objects": the body is a JSON array.
    let mut linked_array = false;
    let mut table: Option<(Vec<Property>, usize)> = None;
    let mut no_body = false;
    // The table's rows are an action's parameters (`|Parameter|Type|Description|`), not a type's properties.
    let mut parameters = false;
    // "supply a JSON representation for the androidCustomConfiguration object" (no link).
    let mut named: Option<String> = None;
    let mut empty_object = false;
    let mut all_required = false;
    for (_, block) in section.iter() {
        match block {
            // `### Response` under the request body (a few pages): the body's description ends.
            Block::Heading(h) if ["response", "example"].iter().any(|w| h.text.to_ascii_lowercase().starts_with(w)) => {
                break;
            }
            Block::Paragraph(p) => {
                let lower = p.text.to_ascii_lowercase();
                if named.is_none() && p.links.is_empty() {
                    named = unlinked_representation(&p.text);
                }
                no_body |= says_not_to_supply(&lower);
                // "supply an empty JSON object `{}` for this method".
                empty_object |= lower.contains("empty json object") || lower.contains("supply an empty object");
                // "… the properties that are required when you create the deployment".
                all_required |= lower.contains("parameters that are required")
                    || lower.contains("properties that are required when you");
                if linked.is_none()
                    && table.is_none()
                    && (lower.contains("representation")
                        || lower.contains("supply")
                        || lower.contains("object")
                        || lower.contains("json body")
                        || is_bare_link(p))
                    && let Some(link) = resource_link(p)
                {
                    linked_array = lower.find(&link.0.to_ascii_lowercase()).is_some_and(|at| {
                        let before = lower[..at].trim_end();
                        before.ends_with("array of") || before.ends_with("collection of")
                    });
                    linked = Some((link, p.span.start));
                    either = super::text::alternative_links(p);
                }
            }
            Block::Table(t) if table.is_none() && (is_property_table(t) || is_value_typed_table(t)) => {
                let mut props = table_properties(page, t, out, diags);
                // "The following table lists the parameters that are required when you call this action."
                if all_required {
                    for p in props.iter_mut().filter(|p| !p.description.as_deref().is_some_and(says_optional)) {
                        p.required = true;
                    }
                }
                table = Some((props, t.span.start));
                parameters = t.header.first().is_some_and(|h| {
                    matches!(h.text.trim().trim_matches('*').to_ascii_lowercase().as_str(), "parameter" | "parameters")
                });
            }
            _ => {}
        }
    }
    // An action's page ("cloudPcUserSetting: assign") whose table lists the action's parameters
    // describes the body itself; a link beside it names what the action is about.
    let action_parameters = parameters && table.is_some() && page.title.contains(": ") && !linked_array;
    if let Some(((name, target), at)) = linked.as_ref().filter(|_| !action_parameters) {
        out.references.push(Reference {
            name: name.clone(),
            linked: true,
            target: Some(target.clone()),
            origin: Origin { file: page.file, offset: *at },
        });
        let t = TypeRef::Named(name.clone());
        let t = if linked_array { TypeRef::Collection(Box::new(t)) } else { t };
        return RequestBody { shape: Some(Shape::Type(t)), table, either, ..RequestBody::default() };
    }
    if let Some((props, _)) = &table
        && !props.is_empty()
    {
        // The table describes the named type (as beside a link); the type's page, when
        // among the inputs, defines it in full.
        if let Some(name) = named {
            return RequestBody { shape: Some(Shape::Type(TypeRef::Named(name))), table, ..RequestBody::default() };
        }
        return RequestBody { shape: Some(Shape::Object(props.clone())), table, ..RequestBody::default() };
    }
    if no_body {
        return RequestBody { none: true, ..RequestBody::default() };
    }
    if empty_object {
        return RequestBody { shape: Some(Shape::Object(Vec::new())), table, ..RequestBody::default() };
    }
    RequestBody { table, ..RequestBody::default() }
}

/// The body an undocumented request example shows: an object of its members,
/// typed by their values (a nested object naming its `@odata.type` is that type;
/// any other nested object is open JSON). Instance annotations (`…@odata.bind`) are
/// left out; `None` unless the example is a non-empty object.
pub(super) fn shape_shown(example: &serde_json::Value, origin: Origin, out: &mut PageOutput) -> Option<Shape> {
    use serde_json::Value;
    fn type_of(v: &Value, origin: Origin, out: &mut PageOutput) -> TypeRef {
        if let Some(p) = super::response::kind_shown(v) {
            return TypeRef::Primitive(p);
        }
        match v {
            // Items of several kinds: numbers are doubles if any is; anything else mixed is any JSON.
            Value::Array(items) => {
                let mut kinds = items.iter().filter(|i| !i.is_null()).map(|i| type_of(i, origin, out));
                let first = kinds.next().unwrap_or(TypeRef::Primitive(Primitive::Json));
                let item = kinds.fold(first, |a, b| match (a, b) {
                    (a, b) if a == b => a,
                    (
                        TypeRef::Primitive(Primitive::Int64 | Primitive::Double),
                        TypeRef::Primitive(Primitive::Int64 | Primitive::Double),
                    ) => TypeRef::Primitive(Primitive::Double),
                    _ => TypeRef::Primitive(Primitive::Json),
                });
                TypeRef::Collection(Box::new(item))
            }
            Value::Object(o) => match o.get("@odata.type").and_then(Value::as_str).and_then(super::types::odata_type) {
                Some(TypeRef::Named(name)) => {
                    out.references.push(Reference { name: name.clone(), linked: false, target: None, origin });
                    TypeRef::Named(name)
                }
                _ => TypeRef::Primitive(Primitive::Json),
            },
            // Null; the scalars are typed above.
            _ => TypeRef::Primitive(Primitive::Json),
        }
    }
    let members = example.as_object()?;
    let props: Vec<Property> = members
        .iter()
        .filter(|(name, _)| !name.contains('@') && !name.is_empty())
        .map(|(name, value)| Property {
            name: name.clone(),
            ty: type_of(value, origin, out),
            description: None,
            required: false,
            read_only: false,
            write_only: false,
            nullable: value.is_null(),
            origin,
        })
        .collect();
    (!props.is_empty()).then_some(Shape::Object(props))
}

/// A paragraph that is just a link and an article: "A [teamsTab](…)."
fn is_bare_link(p: &crate::markdown::Inline) -> bool {
    let text = p.text.trim().trim_end_matches('.').trim();
    let text = ["a ", "an ", "A ", "An "].iter().find_map(|a| text.strip_prefix(a)).unwrap_or(text);
    p.links.len() == 1 && text.trim_matches('`') == p.links[0].text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_and_description_table_lists_the_method_s_own_string_parameters() {
        let text = "---\ndoc_type: apiPageType\n---\n# Create fileStorageContainer\n\n## HTTP request\n```http\nPOST /storage/fileStorage/containers\n```\n\n## Optional query parameters\n| Name | Description |\n|:--|:--|\n| dataLocation | The data location for the container. |\n| $select | OData's. |\n";
        let src = crate::SourceFile::new("a.md", text);
        let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
        let params = query_params(&page);
        let names: Vec<&str> = params.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["dataLocation"]);
        assert_eq!(params[0].ty, TypeRef::Primitive(Primitive::String));
        assert_eq!(params[0].description.as_deref(), Some("The data location for the container."));
        assert!(!params[0].required);
    }

    #[test]
    fn function_parameters_an_example_passes_as_a_query_string_are_query_parameters() {
        let text = |query: &str| {
            format!(
                "---\ndoc_type: apiPageType\n---\n# sitePage: getWebPartsByPosition\n\n## HTTP request\n```http\nGET /sites/{{id}}/pages/{{page}}/getWebPartsByPosition\n```\n\n## Function parameters\n| Parameter | Type | Description |\n|:--|:--|:--|\n| columnId | Double | The column. |\n| isInVerticalSection | Boolean | In the vertical section. |\n\n## Response\nIf successful, this function returns a `200 OK` response code.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"x\" }} -->\n```http\nGET https://graph.microsoft.com/beta/sites/1/pages/2/getWebPartsByPosition{query}\n```\n"
            )
        };
        let query = |query: &str| {
            let src = crate::SourceFile::new("a.md", text(query));
            let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
            let out = super::super::extract_api_page(&page, &mut Vec::new());
            let op = &out.operations[0].operation;
            let params: Vec<(String, bool)> = op
                .parameters
                .iter()
                .filter(|p| p.location == ParamLocation::Query && !p.name.starts_with('$'))
                .map(|p| (p.name.clone(), p.required))
                .collect();
            (op.path.clone(), params)
        };
        let (path, params) = query("?isInVerticalSection=true");
        assert_eq!(path, "/sites/{id}/pages/{page}/getWebPartsByPosition");
        assert_eq!(params, [("columnId".to_string(), false), ("isInVerticalSection".to_string(), false)]);
        // Not passed as a query string: nothing to say they are.
        assert!(query("").1.is_empty());
        // Unless the section says so, for a function called bare.
        let said = |line: &str| {
            let text = text("").replace(
                "## Function parameters\n",
                "## Function parameters\nIn the request URL, provide the following query parameters with values.\n\n",
            );
            let text = text.replace("GET /sites/{id}/pages/{page}/getWebPartsByPosition\n", &format!("{line}\n"));
            let src = crate::SourceFile::new("a.md", text);
            let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
            let out = super::super::extract_api_page(&page, &mut Vec::new());
            let op = &out.operations[0].operation;
            op.parameters
                .iter()
                .filter(|p| p.location == ParamLocation::Query)
                .map(|p| p.name.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(said("GET /sites/{id}/pages/{page}/getWebPartsByPosition"), ["columnId", "isInVerticalSection"]);
        assert!(said("GET /sites/{id}/pages/{page}/getWebPartsByPosition(columnId={c})").is_empty());
    }

    #[test]
    fn a_table_of_the_parameters_that_are_required_requires_each() {
        let text = "---\ndoc_type: apiPageType\n---\n# recommendation: dismiss\n\n## HTTP request\n```http\nPOST /directory/recommendations/{id}/dismiss\n```\n\n## Request body\nThe following table lists the parameters that are required when you call this action.\n\n|Parameter|Type|Description|\n|:---|:---|:---|\n|dismissReason|String|Why.|\n|note|String|Optional. A note.|\n\n## Response\nIf successful, this action returns a `204 No Content` response code.\n";
        let src = crate::SourceFile::new("a.md", text);
        let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
        let out = super::super::extract_api_page(&page, &mut Vec::new());
        let Some(Shape::Object(members)) = out.operations[0].operation.request_body.as_ref().map(|b| &b.shape) else {
            panic!("{:?}", out.operations[0].operation.request_body)
        };
        let required: Vec<(&str, bool)> = members.iter().map(|m| (m.name.as_str(), m.required)).collect();
        assert_eq!(required, [("dismissReason", true), ("note", false)]);
    }

    #[test]
    fn a_parameter_of_the_method_s_own_named_in_prose() {
        assert_eq!(
            parameters_named("This method also supports the `query` parameter which accepts a string value."),
            ["query"]
        );
        assert_eq!(parameters_named("Use the `settingType` query parameter to narrow the results."), ["settingType"]);
        assert!(parameters_named("you can use the `expand` parameter: `$expand=x`; `$top` parameter").is_empty());
        assert!(parameters_named("The `id` of the item.").is_empty());
    }

    fn page_permissions(table: &str) -> PagePermissions {
        let text = format!("---\ndoc_type: apiPageType\n---\n# Get x\n\n## Permissions\n{table}\n## HTTP request\n");
        let src = crate::SourceFile::new("a.md", text);
        let page = Page::parse(crate::FileId(0), &src, &mut Vec::new());
        permissions(&page, &mut Vec::new())
    }

    #[test]
    fn a_row_per_resource_answers_the_path_that_names_it() {
        let p = page_permissions(
            "| Supported resource | Delegated (work or school account) | Delegated (personal Microsoft account) | Application |\n|:---|:---|:---|:---|\n| [event](event.md) | Calendars.Read | Calendars.Read | Calendars.Read |\n| [group event](event.md) | Group.Read.All | Not supported | Not supported |\n| [personal contact](contact.md) | Contacts.Read | Contacts.Read | Contacts.Read |\n| [user](user.md) | User.Read | User.Read | User.Read.All |\n",
        );
        assert_eq!(p.for_path("/users/{id}/events/{e}/extensions/{x}").delegated_work, ["Calendars.Read"]);
        assert_eq!(p.for_path("/groups/{id}/events/{e}/extensions/{x}").delegated_work, ["Group.Read.All"]);
        assert_eq!(p.for_path("/me/contacts/{c}/extensions").delegated_personal, ["Contacts.Read"]);
        assert_eq!(p.for_path("/me/extensions").application, ["User.Read.All"]);
        // A path naming none of them: any row's.
        assert_eq!(p.for_path("/subscriptions").delegated_work.len(), 4);
    }

    #[test]
    fn scopes_needed_together_are_one_alternative() {
        let p = page_permissions(
            "|Permission type|Permissions (from least to most privileged)|\n|:---|:---|\n|Delegated (work or school account)|Policy.Read.All and Application.ReadWrite.All, Directory.AccessAsUser.All|\n|Application|Application.ReadWrite.OwnedBy plus Directory.Read.All|\n",
        );
        let all = p.for_path("/applications/{id}/tokenIssuancePolicies");
        assert_eq!(all.delegated_work, ["Policy.Read.All and Application.ReadWrite.All", "Directory.AccessAsUser.All"]);
        assert_eq!(all.application, ["Application.ReadWrite.OwnedBy and Directory.Read.All"]);
        let together: Vec<&str> = Permissions::scopes_of(&all.application[0]).collect();
        assert_eq!(together, ["Application.ReadWrite.OwnedBy", "Directory.Read.All"]);
    }

    #[test]
    fn plus_applies_to_each_scope_of_the_list() {
        let p = page_permissions(
            "|Permission type|Permissions|\n|:---|:---|\n|Delegated (work or school account)|One from EduRoster.ReadBasic, EduRoster.Read plus either Directory.Read.All or User.Read|\n|Application|EduRoster.Read.All, EduRoster.ReadWrite.All plus Directory.Read.All|\n|Delegated (personal Microsoft account)|User.Read.All and Group.Read.All User.ReadWrite.All and Group.Read.All, DeviceManagementManaged Devices.ReadWrite.All|\n",
        );
        let all = p.for_path("/education/me/user");
        assert_eq!(
            all.delegated_work,
            [
                "EduRoster.ReadBasic and Directory.Read.All",
                "EduRoster.ReadBasic and User.Read",
                "EduRoster.Read and Directory.Read.All",
                "EduRoster.Read and User.Read"
            ]
        );
        assert_eq!(
            all.application,
            ["EduRoster.Read.All and Directory.Read.All", "EduRoster.ReadWrite.All and Directory.Read.All"]
        );
        let pair_first =
            page_permissions("|Permission type|Permissions|\n|:---|:---|\n|Application|A.Read plus B.Read, C.Read|\n");
        assert_eq!(pair_first.for_path("/x").application, ["A.Read and B.Read", "C.Read"]);
        assert_eq!(
            all.delegated_personal,
            [
                "User.Read.All and Group.Read.All",
                "User.ReadWrite.All and Group.Read.All",
                "DeviceManagementManagedDevices.ReadWrite.All"
            ]
        );
    }

    #[test]
    fn a_list_of_resources_and_scopes_is_a_row_per_resource() {
        let p = page_permissions(
            "One of the following permissions is required to call this API.\n\n* If accessing attachments in messages: Mail.Read.\n* If accessing attachments in events: Calendars.Read.\n* If accessing attachments in group posts: Group.Read.All.\n\n> **Note** To update the photo of any user, your app must have the User.ReadWrite.All application permission.\n",
        );
        assert_eq!(p.for_path("/me/messages/{id}/attachments/{a}").delegated_work, ["Mail.Read"]);
        assert_eq!(p.for_path("/groups/{id}/threads/{t}/posts/{p}/attachments/{a}").delegated_work, ["Group.Read.All"]);
        assert_eq!(p.for_path("/me/events/{id}/attachments/{a}").delegated_work, ["Calendars.Read"]);
        assert!(p.for_path("/me/events/{id}/attachments/{a}").application.is_empty());
        let p = page_permissions(
            "- Profile photo of the signed-in **user** - User.ReadWrite, User.ReadWrite.All\n- Profile photo of a **group** - Group.ReadWrite.All\n- Photo of a **contact** - Contacts.ReadWrite\n",
        );
        assert_eq!(p.for_path("/me/photo/$value").delegated_work, ["User.ReadWrite", "User.ReadWrite.All"]);
        assert_eq!(p.for_path("/groups/{id}/photo/$value").delegated_work, ["Group.ReadWrite.All"]);
        assert_eq!(p.for_path("/me/contacts/{id}/photo/$value").delegated_work, ["Contacts.ReadWrite"]);
    }

    #[test]
    fn least_and_higher_privileged_columns_are_both_read() {
        let p = page_permissions(
            "|Permission type|Least privileged permissions|Higher privileged permissions|\n|:---|:---|:---|\n|Delegated (work or school account)|User.Read|User.ReadWrite, Directory.Read.All|\n|Delegated (personal Microsoft account)|Not supported.|Not supported.|\n|Application|User.Read.All|Not available.|\n",
        );
        let all = p.for_path("/me");
        assert_eq!(all.delegated_work, ["User.Read", "User.ReadWrite", "Directory.Read.All"]);
        assert!(all.delegated_personal.is_empty());
        assert_eq!(all.application, ["User.Read.All"]);
    }

    #[test]
    fn intune_sub_rows_belong_to_the_row_above() {
        let p = page_permissions(
            "|Permission type|Permissions (from most to least privileged)|\n|:---|:---|\n|Delegated (work or school account)||\n| &nbsp; &nbsp; Onboarding | DeviceManagementServiceConfig.ReadWrite.All|\n| &nbsp; &nbsp; Apps | DeviceManagementApps.ReadWrite.All, DeviceManagementServiceConfig.ReadWrite.All|\n|Delegated (personal Microsoft account)|Not supported.|\n|Application|Not supported.|\n",
        );
        let all = p.for_path("/deviceManagement");
        assert_eq!(
            all.delegated_work,
            ["DeviceManagementServiceConfig.ReadWrite.All", "DeviceManagementApps.ReadWrite.All"]
        );
        assert!(all.delegated_personal.is_empty() && all.application.is_empty());
    }
}
