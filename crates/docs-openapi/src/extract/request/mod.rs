//! The request side of an api page: parameters and headers here, the
//! permissions in [`permissions`], the body in [`body`].

mod body;
mod permissions;

pub(crate) use body::request_body_section;
pub(in crate::extract) use body::{RequestBody, request_body, shape_shown};
pub(in crate::extract) use permissions::{for_token_kind, group_label, permissions};

use super::text::{is_todo, says_required, sentences};
use super::types::is_property_table;
use crate::markdown::Block;
use crate::model::{Body, ParamLocation, Parameter, Shape};
use crate::page::{Page, Section};
use crate::paths;
use crate::types::{Primitive, TypeRef, parse_type_cell};

/// Headers every Graph call carries; not operation parameters.
const STANDARD_HEADERS: &[&str] = &["authorization", "content-type", "content-length", "accept", "host"];

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
    // "The following values are valid for the **format** parameter:" over a table of them (under
    // a heading of its own too: "### Format options").
    let mut values_tables: Vec<(String, Vec<String>)> = Vec::new();
    for section in &sections {
        let mut values_of: Option<String> = None;
        for (_, block) in section.iter() {
            if let Some(name) = values_of.take()
                && let Block::Table(t) = block
                // (`| Value |`, `| Format value |`)
                && t.header.first().is_some_and(|h| {
                    let h = h.text.trim().to_ascii_lowercase();
                    h.ends_with("value") || h.ends_with("values")
                })
            {
                let values =
                    t.rows.iter().filter_map(|r| r.first()).map(|c| c.text.trim().trim_matches('`').to_string());
                values_tables.push((name, values.filter(|v| !v.is_empty() && !v.contains(' ')).collect()));
            }
            if let Block::Paragraph(p) = block {
                values_of = values_introduced(&p.text);
            }
        }
    }
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
    // The introduction: "To create a page in a different section, you can use the
    // `sectionName` query parameter." (called a query parameter, not just a parameter).
    // Not one it denies ("doesn't support the `x` query parameter"), nor one of another api page
    // it links ("the `x` query parameter of [Create page](onenote-post-pages.md)").
    for b in page.doc.blocks.iter().take_while(|b| !matches!(b, Block::Heading(h) if h.level == 2)) {
        let Block::Paragraph(p) = b else { continue };
        let other_apis: Vec<&str> = p
            .links
            .iter()
            .filter(|l| {
                let target = l.target.split(['#', '?']).next().unwrap_or_default();
                target.ends_with(".md")
                    && (target.contains("/api/") || target.starts_with("api/") || !target.contains('/'))
            })
            .map(|l| l.text.as_str())
            .collect();
        for sentence in super::text::sentences(&p.text) {
            if other_apis.iter().any(|t| !t.is_empty() && sentence.contains(t)) {
                continue;
            }
            for name in parameters_named(sentence) {
                let lower = sentence.to_ascii_lowercase();
                // `` `name` query parameter ``, or shown with a value (`` `name=true` query parameter ``).
                let span = format!("`{}", name.to_ascii_lowercase());
                let Some(at) = lower.match_indices(&span).map(|(at, _)| at).find(|&at| {
                    let rest = &lower[at + span.len()..];
                    let rest = rest.strip_prefix('=').map_or(rest, |v| v.find('`').map_or("", |end| &v[end..]));
                    rest.starts_with("` query parameter")
                }) else {
                    continue;
                };
                // A negation among the few words right before it denies it.
                let denied = super::text::words(&lower[..at]).rev().take(4).any(super::text::is_negation);
                if !denied {
                    named_in_prose.push((name.to_string(), sentence.trim().to_string()));
                }
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
            // An instance annotation's row too (`|@name.conflictBehavior|string|…|`, an older upload page).
            let plain =
                name.strip_prefix('$').or_else(|| name.strip_prefix('@').filter(|r| r.contains('.'))).unwrap_or(&name);
            if plain.is_empty()
                || !plain.starts_with(|c: char| c.is_ascii_alphabetic())
                || !plain.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
                || out.iter().any(|p| paths::same_ident(&p.name, &name))
            {
                continue;
            }
            // A delta's state tokens (`|$deltaToken|A state token …|`) are no options the prose
            // gives; they are the page's own.
            let state_token = super::odata::is_state_token(&name);
            if untyped && name.starts_with('$') && !state_token {
                continue;
            }
            // A property to filter on, shown inside `$filter` (`|isRegistered|Filter for users who
            // … `?$filter=isRegistered eq true`|`): no parameter of its own; `$filter` is.
            let filtered_on = row.last().filter(|_| row.len() > 1).is_some_and(|d| {
                let lower = d.text.to_ascii_lowercase();
                let name = name.to_ascii_lowercase();
                // The name itself, not one it begins (`$filter=userPrincipalName` for a `user` row).
                lower.match_indices("$filter=").any(|(at, w)| {
                    lower[at + w.len()..].trim_start().strip_prefix(name.as_str()).is_some_and(|rest| {
                        !rest.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_' || c == '.')
                    })
                })
            });
            if filtered_on {
                if !out.iter().any(|p| p.name == "$filter")
                    && let Some(filter) = super::odata::system_option("$filter")
                {
                    out.push(filter);
                }
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
            // A string row listing its values ("The possible values are: `softDelete`, `hardDelete`."):
            // those, as path and function parameters' rows give theirs. Not OData's options, nor a
            // list of them joined by commas ("A comma-separated list of … Possible values are: …").
            let values = match (&ty, desc.as_deref()) {
                (TypeRef::Primitive(Primitive::String), Some(d)) if !name.starts_with('$') && !joins_values(d) => {
                    listed_values(d)
                }
                _ => Vec::new(),
            };
            out.push(Parameter {
                required: desc.as_deref().is_some_and(|d| {
                    says_required(d) || (all_required && !d.to_ascii_lowercase().starts_with("optional"))
                }) || (all_required && desc.is_none()),
                name,
                location: ParamLocation::Query,
                description: desc,
                ty,
                values,
                deprecated: false,
                maximum: None,
            });
        }
    }
    // "The result can be filtered by `windowsDeviceId` and `settingType` properties": what
    // a `$filter` expression names, not a parameter of its own.
    let filtered: Vec<&str> = sections
        .iter()
        .flat_map(|s| s.own_blocks())
        .filter_map(|(_, b)| match b {
            Block::Paragraph(p) => Some(p.text.as_str()),
            _ => None,
        })
        .flat_map(super::text::sentences)
        .filter(|s| {
            let lower = s.to_ascii_lowercase();
            ["filtered by", "filter by", "$filter"].iter().any(|m| lower.contains(m))
        })
        .collect();
    // An instance annotation's name written short elsewhere on the page ("The `conflictBehavior`
    // parameter isn't supported …" beside `@microsoft.graph.conflictBehavior`): the same parameter.
    let annotation_tails: Vec<String> = named_in_prose
        .iter()
        .filter(|(n, _)| n.starts_with('@'))
        .filter_map(|(n, _)| n.rsplit('.').next().map(str::to_string))
        .collect();
    for (name, sentence) in named_in_prose {
        if annotation_tails.contains(&name) {
            continue;
        }
        let quoted = format!("`{name}`");
        // Not the sentence that names it a parameter ("use the `category` query parameter to filter by …").
        if filtered.iter().any(|s| s.contains(&quoted) && !parameters_named(s).contains(&name.as_str())) {
            continue;
        }
        if !out.iter().any(|p| paths::same_ident(&p.name, &name)) {
            // "which supports the values `A` and `B`": those, and no others.
            let values = super::text::values_listed(&sentence);
            let ty = if values.is_empty() { value_shown_with(&sentence, &name) } else { Primitive::String };
            out.push(Parameter {
                name,
                location: ParamLocation::Query,
                values,
                deprecated: false,
                maximum: None,
                description: Some(sentence),
                ty: TypeRef::Primitive(ty),
                required: false,
            });
        }
    }
    for (name, values) in values_tables {
        if let Some(p) = out.iter_mut().find(|p| paths::same_ident(&p.name, &name))
            && p.values.is_empty()
            && p.ty == TypeRef::Primitive(Primitive::String)
        {
            p.values = values;
        }
    }
    out
}

/// The parameter a sentence introduces a table of values for ("The following values are valid
/// for the **format** parameter:").
fn values_introduced(text: &str) -> Option<String> {
    let lower = text.trim().to_ascii_lowercase();
    let rest = [
        "following values are valid for the ",
        "following values are allowed for the ",
        "following values are supported for the ",
    ]
    .iter()
    .find_map(|w| lower.find(w).map(|at| &text.trim()[at + w.len()..]))?;
    let (name, after) = rest.split_once(' ')?;
    let name = name.trim_matches(['`', '*', '_']);
    let after = after.trim_start().to_ascii_lowercase();
    (["parameter", "query parameter"].iter().any(|w| after.starts_with(w))
        && !name.is_empty()
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
    .then(|| name.to_string())
}

/// Names a sentence gives as query parameters of the method's own, not OData's
/// (`` the `query` parameter ``, `` a `filter` query parameter ``; not `` `$select` ``).
fn parameters_named(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for (_, name, after) in crate::extract::text::code_spans(text) {
        // `` `includeDeletedItems=true` query parameter ``: the name, shown with a value.
        let name = name.split_once('=').map_or(name, |(n, _)| n);
        let after = after.trim_start();
        let after = after.strip_prefix("query ").unwrap_or(after);
        // An instance annotation's name too (`@microsoft.graph.conflictBehavior`).
        let annotation = name.strip_prefix('@').is_some_and(|rest| {
            rest.contains('.') && rest.split('.').all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphanumeric()))
        });
        let plain = name.starts_with(|c: char| c.is_ascii_alphabetic())
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if after.get(..9).is_some_and(|w| w.eq_ignore_ascii_case("parameter"))
            && (plain || annotation)
            // `expand` for `$expand`: OData's, written without its `$`.
            && !super::odata::is_system_option(name)
            && !out.contains(&name)
        {
            out.push(name);
        }
    }
    out
}

/// The rows of a "Function parameters" table, for a request line that calls its
/// function without arguments (`GET /users/{id}/adhocCalls/getAllRecordings` beside
/// that table; the caller keeps those an example passes, and calls the function
/// without the rows called optional as well). Rows naming a placeholder of a request
/// line (`?$filter=email eq '{email}'`) describe that placeholder, not an argument.
/// A "Path parameters" table's rows that name no placeholder are arguments too
/// (`valuesOnly`, "Optional.", beside `…/usedRange`).
pub(super) fn function_section_arguments(page: &Page<'_>, request_lines: &[&str]) -> Vec<ParamDoc> {
    let placeholder = |d: &ParamDoc| {
        request_lines.iter().any(|l| l.to_ascii_lowercase().contains(&format!("{{{}}}", d.name.to_ascii_lowercase())))
    };
    let mut rows = function_parameter_rows(page, "function parameters");
    if rows.iter().any(placeholder) {
        rows.clear();
    }
    for d in function_parameter_rows(page, "path parameters") {
        if !placeholder(&d) && !rows.iter().any(|r| r.name.eq_ignore_ascii_case(&d.name)) {
            rows.push(d);
        }
    }
    rows
}

/// The names of the "Function parameters" table's rows.
pub(in crate::extract) fn function_parameter_names(page: &Page<'_>) -> Vec<String> {
    function_parameter_rows(page, "function parameters").into_iter().map(|d| d.name).collect()
}

/// The rows naming identifiers of the table of the section titled `title`.
fn function_parameter_rows(page: &Page<'_>, title: &str) -> Vec<ParamDoc> {
    let Some(section) = page.section(&[title]) else { return Vec::new() };
    let Some(t) = section.own_tables().find(|t| is_property_table(t) || is_query_table(t) || is_named_table(t)) else {
        return Vec::new();
    };
    param_docs(page, t).filter(|d| d.name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')).collect()
}

/// The kind of value a sentence shows with a query parameter it names (`` `originalOrientation=true` ``:
/// a boolean; `` `top=10` ``: a number); a string where it shows none or another.
fn value_shown_with(sentence: &str, name: &str) -> Primitive {
    let shown = format!("`{name}=");
    let Some(value) = sentence.find(&shown).map(|at| &sentence[at + shown.len()..]) else { return Primitive::String };
    match value.split('`').next().unwrap_or_default() {
        "true" | "false" => Primitive::Boolean,
        v if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) => Primitive::Int32,
        _ => Primitive::String,
    }
}

/// The kind of literal the page's examples pass for the argument `name` of a call
/// (`getTopUsers(top=10)`: a number, not a quoted string); a string where none shows it.
fn literal_shown(page: &Page<'_>, name: &str) -> Primitive {
    let text = page.source.text();
    let value = ["(", ","].iter().find_map(|open| {
        let at = text.find(&format!("{open}{name}="))?;
        text.get(at + open.len() + name.len() + 1..)
    });
    match value.and_then(|v| v.chars().next()) {
        Some(c) if c.is_ascii_digit() || c == '-' => Primitive::Int32,
        Some('t' | 'f') if value.is_some_and(|v| v.starts_with("true") || v.starts_with("false")) => Primitive::Boolean,
        _ => Primitive::String,
    }
}

/// "Optional. Filter for …", "Supported values are: `Windows`, and `Iana`. Optional.": a sentence of its own;
/// or the description's first word ("Optional parameter to filter for …"), not a condition's
/// ("Optional for apps, required for …").
pub(super) fn says_optional(description: &str) -> bool {
    let mut words = description.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_ascii_alphanumeric()));
    // Not where it is required under some condition ("Optional with delegated permissions;
    // required with application permissions", "Optional (required for …)").
    let leads = words.next().is_some_and(|w| w.eq_ignore_ascii_case("optional"))
        && words.next().is_none_or(|w| {
            !["for", "if", "when", "unless", "only", "except", "but", "in", "on", "with"]
                .iter()
                .any(|c| w.eq_ignore_ascii_case(c))
        })
        && !description.to_ascii_lowercase().contains("required");
    // "Optional." as a sentence, or one saying so of the thing described ("This parameter is optional.").
    let said = |s: &str| {
        let s = s.trim().to_ascii_lowercase();
        s == "optional"
            || s.strip_suffix(" is optional").is_some_and(|subject| {
                matches!(subject, "it" | "this" | "this parameter" | "this property" | "this value" | "this argument")
            })
    };
    leads || description.split(['.', ';']).any(said)
}

/// The arguments a "Function parameters" table calls optional ([`says_optional`]).
pub(super) fn optional_call_arguments(page: &Page<'_>) -> Vec<String> {
    function_parameter_rows(page, "function parameters")
        .into_iter()
        .filter(|d| says_optional(&d.description))
        .map(|d| d.name)
        .collect()
}

/// A path whose last segment calls a function: the path before it, the function's name
/// and its arguments as written (`…/getAll(a='{a}',b={b})` → `…`, `getAll`, [`a='{a}'`, `b={b}`]).
pub(crate) fn call_of(template: &str) -> Option<(&str, &str, Vec<&str>)> {
    let (head, last) = template.rsplit_once('/')?;
    let (name, args) = last.strip_suffix(')')?.split_once('(')?;
    Some((head, name, args.split(',').map(str::trim).filter(|a| !a.is_empty()).collect()))
}

/// A request line's call without the arguments named in `optional`
/// (`getAllRecordings(meetingOrganizerUserId='{userId}',startDateTime={startDateTime})`
/// → `getAllRecordings(meetingOrganizerUserId='{userId}')`, or the bare call when it keeps none);
/// `None` when it passes none of them.
pub(super) fn without_call_arguments(
    path: &paths::NormalizedPath,
    optional: &[String],
) -> Option<paths::NormalizedPath> {
    let (head, name, args) = call_of(&path.template)?;
    // Only `name=value` arguments, each once, none with a comma inside a quoted value.
    if args.iter().any(|a| !a.contains('=') || a.matches('\'').count() % 2 == 1) {
        return None;
    }
    let is_optional = |a: &&str| {
        let arg = a.split('=').next().unwrap_or_default().trim();
        optional.iter().any(|o| o.eq_ignore_ascii_case(arg))
    };
    let kept: Vec<&str> = args.iter().filter(|a| !is_optional(a)).copied().collect();
    if kept.len() == args.len() {
        return None;
    }
    let mut out = path.clone();
    // Without arguments, the bare call (`delta`, as its pages write it).
    out.template =
        if kept.is_empty() { format!("{head}/{name}") } else { format!("{head}/{name}({})", kept.join(",")) };
    out.params.retain(|p| out.template.contains(&format!("{{{}}}", p.name)));
    Some(out)
}

/// The rows of a "Function parameters" table whose arguments an example passes as
/// a query string (`…/getWebPartsByPosition?isInVerticalSection=true` beside a bare
/// request line), or, for a function called `bare`, that the section says go in the
/// query ("In the request URL, provide the following query parameters with values"
/// above `…/GetUploadSession`): optional query parameters, every row of the table.
pub(super) fn function_query_arguments(page: &Page<'_>, passed: &[&str], bare: bool) -> Vec<Parameter> {
    let rows = function_parameter_rows(page, "function parameters");
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
            values: Vec::new(),
            deprecated: false,
            maximum: None,
            required: false,
        })
        .collect()
}

/// A row of a path or function parameters table.
#[derive(Clone)]
pub(super) struct ParamDoc {
    pub(super) name: String,
    pub(super) description: String,
    /// The row's type, when it is a scalar primitive (`Int32`, `Date`); else a string.
    pub(super) ty: TypeRef,
    /// The row types a collection (`String collection`): in a call it is an OData
    /// collection literal (`ids=["a","b"]`), never quoted.
    pub(super) collection: bool,
    /// The type the row names (`eligibilityScheduleFilterByCurrentUserOptions`), not a
    /// collection's, with the values its description lists: a path argument is typed by it
    /// where resolution finds it an enum.
    pub(super) named: Option<NamedType>,
    /// The values a string row's description lists ("Possible values are: `organizer`,
    /// `coOrganizer`."): an argument takes one of them.
    pub(super) values: Vec<String>,
}

/// A type a parameters row names, the values its description lists ("The possible values
/// are `principal`, `unknownFutureValue`."), whether it says they combine, and the row's name
/// cell's offset.
#[derive(Clone)]
pub(super) struct NamedType {
    pub(super) name: String,
    pub(super) values: Vec<String>,
    /// "A multi-valued enumeration": a set of the values joined by commas.
    pub(super) flags: bool,
    pub(super) offset: usize,
}

/// Path and function parameters (`## Path parameters`, `## Function parameters`
/// tables): descriptions and types, by name. A `## Query parameters` table documents
/// a function's arguments too where the line passes them in its call
/// (`FindByKbNumber(kbNumber={kbNumber})`), and so does an `## Optional query parameters`
/// one (`getRelyingPartyDetailedSummary(period='…')` under an empty "Function parameters"):
/// rows are matched by name to the path's.
pub(super) fn path_parameter_docs(page: &Page<'_>) -> Vec<ParamDoc> {
    let sections = page.sections(|t| {
        matches!(
            t,
            "path parameters" | "function parameters" | "parameters" | "query parameters" | "optional query parameters"
        )
    });
    let mut out = Vec::new();
    let tables = sections
        .iter()
        .flat_map(Section::own_tables)
        .filter(|t| is_property_table(t) || is_query_table(t) || is_named_table(t));
    for t in tables {
        // Rows saying something: a description, or the values of their type.
        let says = |d: &ParamDoc| !d.description.is_empty() || d.named.as_ref().is_some_and(|n| !n.values.is_empty());
        out.extend(param_docs(page, t).filter(says));
    }
    out
}

/// The rows of a parameters table, by its type column; a `| Parameter | Description |` table
/// (no type column) by [`untyped_param_doc`].
fn param_docs<'a>(page: &'a Page<'_>, t: &'a crate::markdown::Table) -> impl Iterator<Item = ParamDoc> + 'a {
    let untyped = !is_property_table(t) && !is_query_table(t);
    t.rows.iter().filter_map(move |row| if untyped { untyped_param_doc(page, row) } else { param_doc(row) })
}

/// A description whose values are joined into one ("A comma-separated list of …", a
/// multi-valued enumeration): no one value of its list is the whole.
fn joins_values(description: &str) -> bool {
    let lower = description.to_ascii_lowercase();
    // Not a value's own name ("`csv` (comma-separated values)").
    let comma = ["comma-separated", "comma separated", "comma-delimited", "comma delimited"]
        .iter()
        .any(|w| lower.match_indices(w).any(|(at, _)| !lower[at + w.len()..].starts_with(" values")));
    comma
        || lower.contains("separated by commas")
        || lower.contains("delimited by commas")
        || super::text::says_multi_valued(description)
        || super::text::says_more_than_one_value(description)
}

/// The values a string parameter's description lists, which it takes one of; none where the
/// description calls them case-insensitive ("Period is case insensitive."): those are
/// spellings of the values, not the only ones the service takes.
fn listed_values(description: &str) -> Vec<String> {
    let lower = description.to_ascii_lowercase();
    // "case insensitive", or "case sensitive" after a negation ("not", "aren't", "isn’t").
    let insensitive = ["case insensitive", "case-insensitive"].iter().any(|w| lower.contains(w))
        || ["case sensitive", "case-sensitive"]
            .iter()
            .any(|w| lower.match_indices(w).any(|(at, _)| super::text::negated(&lower[..at])));
    if insensitive {
        return Vec::new();
    }
    crate::extract::possible_values(description).or_else(|| either_values(description)).unwrap_or_default()
}

/// The values a description opening "Either `D7` (last seven days) or `D30` (last 30 days)" names
/// (also "Either `view`, `edit`, or `embed`."), each in code, a remark in parentheses after one aside.
fn either_values(description: &str) -> Option<Vec<String>> {
    let mut rest = description.trim_start().strip_prefix("Either ")?;
    let mut values = Vec::new();
    loop {
        let (value, after) = rest.trim_start().strip_prefix('`')?.split_once('`')?;
        if value.is_empty() {
            return None;
        }
        values.push(value.to_string());
        rest = after.trim_start();
        // A remark, its own commas and parentheses inside it.
        if rest.starts_with('(') {
            let mut depth = 0usize;
            let end = rest.char_indices().find_map(|(i, c)| {
                match c {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                (depth == 0).then_some(i + 1)
            })?;
            rest = rest[end..].trim_start();
        }
        let comma = rest.strip_prefix(',').map(str::trim_start);
        let last = comma.unwrap_or(rest).strip_prefix("or ");
        match (comma, last) {
            // ", or `x`" / "or `x`": the last value.
            (_, Some(r)) => {
                let (value, _) = r.trim_start().strip_prefix('`')?.split_once('`')?;
                values.push(value.to_string());
                return (!value.is_empty()).then_some(values);
            }
            (Some(r), None) => rest = r,
            (None, None) => return None,
        }
    }
}

/// A row of a parameters table without a type column (`| period | Either `D7` or `D30`. |`):
/// the literal the page's examples pass for it (`top=10`: a number), else a string with the
/// values its description lists.
fn untyped_param_doc(page: &Page<'_>, row: &[crate::markdown::Inline]) -> Option<ParamDoc> {
    let [name, .., description] = row else { return None };
    let name = name.text.trim().trim_matches(['`', '*']).to_string();
    let written = super::types::without_placeholder(description.text.trim());
    let literal = literal_shown(page, &name);
    let values = match literal {
        Primitive::String => listed_values(written),
        _ => Vec::new(),
    };
    (!name.is_empty()).then(|| ParamDoc {
        ty: TypeRef::Primitive(literal),
        name,
        description: if is_todo(written) { String::new() } else { written.to_string() },
        collection: false,
        named: None,
        values,
    })
}

/// A parameters-table row (`| name | type | description |`): its description
/// empty when the page has none or a placeholder ("Not yet documented").
fn param_doc(row: &[crate::markdown::Inline]) -> Option<ParamDoc> {
    let [name, ty, .., description] = row else { return None };
    if super::text::is_binding_parameter(&description.text) {
        return None;
    }
    let name = name.text.trim().trim_matches(['`', '*']).to_string();
    let written = super::types::without_placeholder(description.text.trim());
    let description = if is_todo(written) { String::new() } else { written.to_string() };
    let cell = parse_type_cell(ty).ty;
    let collection = matches!(cell, TypeRef::Collection(_));
    // The values, also after a placeholder ("**TODO: Add Description**. Allowed value is `reviewer`.").
    let named = match cell {
        TypeRef::Named(n) => Some(NamedType {
            values: crate::extract::possible_values(written).unwrap_or_default(),
            flags: super::text::says_multi_valued(written) || super::text::says_more_than_one_value(written),
            name: n,
            offset: row[0].span.start,
        }),
        _ => None,
    };
    let ty = scalar_type(ty);
    let values = match &ty {
        TypeRef::Primitive(crate::types::Primitive::String) if named.is_none() && !collection => listed_values(written),
        _ => Vec::new(),
    };
    (!name.is_empty()).then_some(ParamDoc { name, description, ty, collection, named, values })
}

/// A function's arguments documented under "Request body" as "In the request URL,
/// provide the following query parameters" (Intune's function pages, whose request
/// line omits them): the table after that sentence, in order. On a page of `GET`s
/// only, any parameters table there (Excel's `boundingRect` "JSON object with the
/// following parameters": a GET sends no body, a function takes its arguments in
/// the URL). The rows' descriptions may be placeholders; the arguments are needed
/// all the same.
pub(super) fn url_function_arguments(page: &Page<'_>, get_only: bool) -> Vec<ParamDoc> {
    let Some(section) = request_body_section(page) else { return Vec::new() };
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

/// `path` calling its function with `args` as path parameters, strings quoted and
/// collections not (their value is a literal such as `["a","b"]`):
/// `…/getExpiringVppTokenCount` → `…/getExpiringVppTokenCount(expiringBeforeDateTime='{expiringBeforeDateTime}')`.
/// `None` when the last segment already has arguments or an argument's name is taken.
pub(super) fn with_call_arguments(path: &paths::NormalizedPath, args: &[ParamDoc]) -> Option<paths::NormalizedPath> {
    // A call written without arguments (`assignedPrincipals()`) is the bare call.
    let bare = path.template.strip_suffix("()").unwrap_or(&path.template);
    let last = bare.rsplit('/').next()?;
    if last.is_empty() || last.contains(['(', '{', '$', ':']) {
        return None;
    }
    if args.iter().any(|a| path.params.iter().any(|p| paths::same_ident(&p.name, &a.name))) {
        return None;
    }
    let call: Vec<String> = args
        .iter()
        .map(|a| match a.ty {
            TypeRef::Primitive(Primitive::String) if !a.collection => format!("{0}='{{{0}}}'", a.name),
            _ => format!("{0}={{{0}}}", a.name),
        })
        .collect();
    let mut out = path.clone();
    out.template = format!("{bare}({})", call.join(","));
    out.params.extend(args.iter().map(|a| paths::PathParam { name: a.name.clone(), alternatives: Vec::new() }));
    Some(out)
}

/// Notes in the "HTTP request" section about a path placeholder ("For {id},
/// specify the domain with its fully qualified domain name."): the placeholder's
/// name and the sentence, for parameters no table describes.
pub(super) fn placeholder_notes(page: &Page<'_>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    // The placeholders the request lines write (`{id | placeId | emailAddress}`): a bare word
    // naming one is a name (`**id** is the unique identifier …`).
    let mut written: Vec<String> = Vec::new();
    for section in page.request_sections() {
        for (_, block) in section.iter() {
            let Block::Code(c) = block else { continue };
            for inside in c.text.split('{').skip(1).filter_map(|s| s.split_once('}').map(|(i, _)| i)) {
                written.extend(inside.split('|').map(|n| n.trim().to_string()).filter(|n| !n.is_empty()));
            }
        }
    }
    for section in page.request_sections() {
        for (_, block) in section.iter() {
            let Block::Paragraph(p) = block else { continue };
            if !crate::http::request_lines(&p.text).is_empty() {
                continue;
            }
            for sentence in sentences(&p.text) {
                let note = sentence.trim().trim_start_matches(['>', '-', '*', ' ']).trim_end_matches([';', ' ']);
                // Without an alert mark (`[!Note] Here {item-id} for …`).
                let note = super::types::without_alert_mark(note);
                // "`userId` is the **objectId** of the meeting organizer", "Note: the `userId` can be …",
                // "Where `userId` is …", "`userId`: …".
                let lead = note.trim_start_matches(['*', ' ']);
                let lead = ["note:", "where ", "the "].iter().fold(lead, |t, w| {
                    match t.get(..w.len()).filter(|h| h.eq_ignore_ascii_case(w)) {
                        Some(_) => t[w.len()..].trim_start_matches(['*', ' ']),
                        None => t,
                    }
                });
                let lead = lead.strip_prefix("the ").or_else(|| lead.strip_prefix("The ")).unwrap_or(lead);
                let says_what = |after: &str| {
                    let rest = after.trim_start_matches(' ');
                    ["is ", "are ", "can ", "represents ", "refers ", "must "].iter().any(|w| rest.starts_with(w))
                        || after.starts_with(':')
                        || rest.starts_with("- ")
                        || rest.starts_with("– ")
                };
                // The name out of code (in bold, `**userId** is the object ID …`, which the text
                // drops): an identifier, not a word (`userId`, `item-id`; not "This is …").
                // (camelCase from a lowercase letter: not "OneDrive is …", "IDs are …").
                let identifier = |w: &str| {
                    (w.starts_with(|c: char| c.is_ascii_lowercase())
                        && w.chars().skip(1).any(|c| c.is_ascii_uppercase() || matches!(c, '-' | '_')))
                        || written.iter().any(|n| n == w)
                };
                // "**userId**: the object ID …": the colon after the name.
                let bare = lead.split_once(' ').map(|(w, after)| match w.strip_suffix(':') {
                    Some(name) => (name, &lead[name.len()..]),
                    None => (w, after),
                });
                let bare = bare.filter(|(w, _)| identifier(w)).map(|(w, after)| ("", w, after));
                let named = crate::extract::text::code_spans(lead).next().filter(|(before, ..)| before.is_empty());
                if let Some((_, name, after)) = named.or(bare)
                    && says_what(after)
                    && !name.is_empty()
                    && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
                {
                    out.push((name.to_string(), note.to_string()));
                    continue;
                }
                let mut rest = sentence;
                while let Some(open) = rest.find('{') {
                    let Some(len) = rest[open..].find('}') else { break };
                    let name = rest[open + 1..open + len].trim();
                    // Not one inside a path the sentence quotes (`/users/{userId}/`).
                    let in_path = rest[..open].ends_with('/');
                    if !in_path
                        && !name.is_empty()
                        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
                    {
                        out.push((name.to_string(), note.to_string()));
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
    let quoted = template[..at].trim_end_matches(['\'', '"']);
    // A typed literal (`TimeZoneStandard=microsoft.graph.timeZoneStandard'{timezone_format}'`):
    // the argument is the name before its type.
    let before = if quoted.len() < at {
        let typed = quoted.trim_end_matches(|c: char| c.is_ascii_alphanumeric() || c == '.' || c == '_');
        if typed.ends_with('=') { typed } else { quoted }
    } else {
        quoted
    };
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
    Body::new("application/octet-stream", Shape::Raw)
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
    // The row may offer two ("Use text/plain for MIME content and application/json for a json
    // object"): JSON, the form the contract types (a body has one media type here).
    let named: Vec<String> = row
        .iter()
        .skip(1)
        .flat_map(|cell| {
            cell.text.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '`' | '(' | ')')).filter_map(|w| {
                let w = w.trim_end_matches('.').to_ascii_lowercase();
                let (kind, sub) = w.split_once('/')?;
                (matches!(kind, "application" | "image" | "text" | "multipart" | "audio" | "video")
                    && !sub.is_empty()
                    && sub.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '-' | '*')))
                .then_some(w)
            })
        })
        .collect();
    named.iter().find(|m| m.contains("json")).or(named.first()).cloned()
}

/// The success statuses a request header's row says sending it brings ("Prefer |
/// return=minimal. If minimal response header is included in the request header, then a
/// successful response returns `204 No Content` code.").
pub(in crate::extract) fn header_statuses(page: &Page<'_>) -> Vec<u16> {
    header_row_statuses(page).into_iter().filter(|s| (200..300).contains(s)).collect()
}

/// Whether a request header's row says sending it may bring `304 Not Modified` ("If-None-Match |
/// If this request header is included and the eTag provided matches the current tag on the file, a
/// `304 Not Modified` response code is returned.", the usage reports).
pub(in crate::extract) fn header_not_modified(page: &Page<'_>) -> bool {
    header_row_statuses(page).contains(&304)
}

/// Every status the request headers' rows name, once each, in order.
fn header_row_statuses(page: &Page<'_>) -> Vec<u16> {
    let mut out = Vec::new();
    for t in page.sections(is_request_headers).iter().flat_map(Section::own_tables) {
        for desc in t.rows.iter().filter(|r| r.len() > 1).filter_map(|r| r.last()) {
            for s in super::text::statuses_in_prose(&desc.text) {
                if !out.contains(&s) {
                    out.push(s);
                }
            }
        }
    }
    out
}

/// The response headers a request header's row says the answer carries ("A `Preference-Applied`
/// header is returned as confirmation if this `Prefer` header is specified"): each name in code
/// that a sentence of the row calls a header returned or included, and its sentence.
pub(in crate::extract) fn headers_answered(page: &Page<'_>) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for t in page.sections(is_request_headers).iter().flat_map(Section::own_tables) {
        for row in t.rows.iter().filter(|r| r.len() > 1) {
            let Some(desc) = row.last() else { continue };
            // The row's own header (`If-Match`, `Prefer: return=minimal`) is what was sent.
            let own = row.first().map(|c| c.text.split(':').next().unwrap_or("").trim().trim_matches('`').to_string());
            for sentence in super::text::sentences(&desc.text) {
                let lower = sentence.to_ascii_lowercase();
                let answered = lower.contains("header is returned")
                    || lower.contains("header are returned")
                    || (lower.contains("response") && (lower.contains("include") || lower.contains("contain")));
                let denied = lower.contains("n't") || lower.contains(" not ") || lower.contains("never");
                if !answered || denied || !lower.contains("header") {
                    continue;
                }
                // The names in code that look like a header's (`Preference-Applied`), not the
                // request's own (`Prefer`, named as what was sent).
                for name in sentence.split('`').skip(1).step_by(2) {
                    let name = name.trim();
                    let looks_like = name.contains('-') && super::response::is_header_name(name);
                    let follows = lower.contains(&format!("`{}` header", name.to_ascii_lowercase()))
                        || lower.contains(&format!("corresponding `{}`", name.to_ascii_lowercase()));
                    let sent = own.as_deref().is_some_and(|o| o.eq_ignore_ascii_case(name));
                    if looks_like && follows && !sent && !out.iter().any(|(n, _)| n.eq_ignore_ascii_case(name)) {
                        out.push((name.to_string(), sentence.trim().to_string()));
                    }
                }
            }
        }
    }
    out
}

/// Whether a sentence of the page says the header `name` is required, and no more ("Note that
/// workbook-session-id header is required."; not "… is required for `$search`" nor "… if …").
fn said_required(page: &Page<'_>, name: &str) -> bool {
    let said = format!("{} header is required", name.to_ascii_lowercase());
    page.doc.blocks.iter().any(|b| {
        let Block::Paragraph(p) = b else { return false };
        // The name in code or not ("The `workbook-session-id` header is required.").
        let lower = p.text.to_ascii_lowercase().replace('`', "");
        crate::extract::text::sentences(&lower).any(|sentence| {
            let Some(at) = sentence.find(&said) else { return false };
            let rest = sentence[at + said.len()..].trim();
            let words = crate::extract::text::words(&sentence[..at]).collect::<Vec<_>>();
            rest.trim_end_matches('.').is_empty()
                && !["if", "when", "unless"].iter().any(|w| words.contains(w))
                && !words.iter().any(|w| crate::extract::text::is_negation(w))
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
            // `MS-APP-ACTS-AS (deprecated)`: the header, with a one-word note on it (not a
            // permissions row's `Delegated (work or school account)`).
            let (name, deprecated) = match name.strip_suffix(')').and_then(|n| n.split_once(" (")) {
                Some((header, note)) if !note.is_empty() && note.bytes().all(|b| b.is_ascii_alphabetic()) => {
                    (header.trim_end().to_string(), note.eq_ignore_ascii_case("deprecated"))
                }
                _ => (name, false),
            };
            // `|odata.maxpagesize|Set the max result page size preference. Optional.|`: a preference
            // written as a row of its own, sent in `Prefer`.
            let preference = {
                let lower = name.to_ascii_lowercase();
                value.is_none()
                    && (["odata.", "outlook.", "return="].iter().any(|p| lower.starts_with(p))
                        || lower == "respond-async")
            };
            let (name, value) = if preference { ("Prefer".to_string(), Some(cell)) } else { (name, value) };
            // A permissions table's row pasted below the headers (`|Application|Not supported.|`).
            let permission_row = name.eq_ignore_ascii_case("application")
                && row.get(1).is_some_and(|c| {
                    let t = c.text.trim().trim_end_matches('.');
                    // "Not supported.", "Not available."; `Mail.Send`, `Chat.Create, Team.Create`.
                    let scope = |w: &str| {
                        let mut parts = w.trim().split('.');
                        parts.clone().count() >= 2
                            && parts.all(|p| {
                                p.starts_with(|c: char| c.is_ascii_uppercase())
                                    && p.bytes().all(|b| b.is_ascii_alphanumeric())
                            })
                    };
                    t.to_ascii_lowercase().starts_with("not ") || (!t.is_empty() && t.split(',').all(scope))
                });
            if !custom_header(&name) || permission_row {
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
                required: desc.as_deref().is_some_and(says_required) || said_required(page, &name),
                name,
                location: ParamLocation::Header,
                description: desc,
                ty: TypeRef::Primitive(Primitive::String),
                values: Vec::new(),
                deprecated,
                maximum: None,
            });
        }
    }
    // "Some queries are supported only when you use the **ConsistencyLevel** header set to
    // `eventual`": the advanced queries' header, named in the query parameters' prose and
    // not in the headers table.
    if !out.iter().any(|p| p.name.eq_ignore_ascii_case(CONSISTENCY_LEVEL))
        && page
            .query_parameter_sections()
            .iter()
            .flat_map(Section::own_blocks)
            .any(|(_, b)| matches!(b, Block::Paragraph(p) if p.text.to_ascii_lowercase().contains("consistencylevel")))
    {
        out.push(Parameter {
            required: false,
            name: CONSISTENCY_LEVEL.to_string(),
            location: ParamLocation::Header,
            description: Some("`eventual`: for the advanced queries the query parameters section names.".to_string()),
            ty: TypeRef::Primitive(Primitive::String),
            values: Vec::new(),
            deprecated: false,
            maximum: None,
        });
    }
    // "You can add an optional `Prefer: onlyRemoveContainerScopedPermission` header …" in the
    // introduction or the headers section, the table silent on it: an optional header parameter.
    for (name, value, sentence) in optional_headers_in_prose(page) {
        if out.iter().any(|p| p.name.eq_ignore_ascii_case(&name)) {
            continue;
        }
        out.push(Parameter {
            required: false,
            name,
            location: ParamLocation::Header,
            description: Some(format!("`{value}`: {sentence}")),
            ty: TypeRef::Primitive(Primitive::String),
            values: Vec::new(),
            deprecated: false,
            maximum: None,
        });
    }
    out
}

/// Headers a sentence of the introduction or the request headers section offers as optional, in
/// code with a value (`Prefer: onlyRemoveContainerScopedPermission`): name, value, the sentence.
fn optional_headers_in_prose(page: &Page<'_>) -> Vec<(String, String, String)> {
    let intro = page.doc.blocks.iter().take_while(|b| !matches!(b, Block::Heading(h) if h.level == 2));
    let headers = page.sections(is_request_headers);
    let paragraphs = intro.chain(headers.iter().flat_map(|s| s.own_blocks().map(|(_, b)| b))).filter_map(|b| match b {
        Block::Paragraph(p) => page.source.text().get(p.span.start..p.span.end),
        _ => None,
    });
    let mut out: Vec<(String, String, String)> = Vec::new();
    for text in paragraphs {
        for sentence in crate::extract::text::sentences(text) {
            let lower = sentence.to_ascii_lowercase();
            if !lower.contains("optional") || !lower.contains("header") {
                continue;
            }
            // The code spans: every other piece between backticks.
            for code in sentence.split('`').skip(1).step_by(2) {
                let Some((name, value)) = code.split_once(':') else { continue };
                let (name, value) = (name.trim(), value.trim());
                // (Capitalized, as headers are written in prose: not `a: b`.)
                if custom_header(name)
                    && name.starts_with(|c: char| c.is_ascii_uppercase())
                    && !value.is_empty()
                    && !out.iter().any(|(n, _, _)| n.eq_ignore_ascii_case(name))
                {
                    out.push((name.to_string(), value.to_string(), sentence.trim().replace('`', "")));
                }
            }
        }
    }
    out
}

/// A header name (letters, digits, hyphens) that is not one of HTTP's own the client sends.
fn custom_header(name: &str) -> bool {
    !name.is_empty()
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && !STANDARD_HEADERS.contains(&name.to_ascii_lowercase().as_str())
}

const CONSISTENCY_LEVEL: &str = "ConsistencyLevel";

#[cfg(test)]
mod tests;
