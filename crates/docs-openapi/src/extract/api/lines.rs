//! The "HTTP request" section's lines: paths, their parameters, and how examples match them.

use super::{Example, RequestPath};
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::extract::odata::system_option;
use crate::extract::request::{ParamDoc, call_argument, function_section_arguments};
use crate::http;
use crate::markdown::Block;
use crate::model::{ParamLocation, Parameter};
use crate::page::Page;
use crate::paths;
use crate::source::Span;
use crate::types::{Primitive, TypeRef};

/// A request line's path parameters, described by the page's parameter table (a
/// function's argument takes the table's type), a note on its `{placeholder}`, or
/// the alternatives the line writes (`{id | userPrincipalName}`).
pub(super) fn path_parameters(req: &RequestPath, path_docs: &[ParamDoc], notes: &[(String, String)]) -> Vec<Parameter> {
    req.path
        .params
        .iter()
        .map(|p| {
            let alternatives = (p.alternatives.len() > 1).then(|| {
                format!("One of: {}.", p.alternatives.iter().map(|a| format!("`{a}`")).collect::<Vec<_>>().join(", "))
            });
            // `getEmailActivityCounts(period='{period_value}')`: the table names `period`.
            let argument = call_argument(&req.path.template, &p.name);
            let documented = argument
                .iter()
                .chain(&p.alternatives)
                .chain(std::iter::once(&p.name))
                .find_map(|n| path_docs.iter().find(|d| d.name.eq_ignore_ascii_case(n)));
            // "For {id}, specify the domain's name.": one parameter, the one written so.
            let written = |n: &str| p.alternatives.iter().any(|a| a.eq_ignore_ascii_case(n));
            let noted = notes
                .iter()
                // A note quoting the call it is about ("If you call `GET /users/{id}/presence`, …"):
                // that line's, and another's left.
                .filter(|(_, note)| !quotes_another_call(note, &req.path.template))
                .find(|(n, _)| {
                    let writing =
                        |q: &&crate::paths::PathParam| q.alternatives.iter().any(|a| a.eq_ignore_ascii_case(n));
                    written(n) && req.path.params.iter().filter(writing).count() == 1
                })
                .map(|(_, note)| note.clone());
            Parameter {
                name: p.name.clone(),
                location: ParamLocation::Path,
                description: match (
                    documented.map(|d| d.description.clone()).filter(|d| !d.is_empty()).or(noted),
                    alternatives,
                ) {
                    (Some(d), Some(a)) => Some(format!("{d} {a}")),
                    (d, a) => d.or(a),
                },
                required: true,
                // A function's argument has the table's type (`count=n`: Int32; a named type,
                // which resolution keeps where it is an enum); a key is a string.
                ty: match (&argument, documented) {
                    (Some(_), Some(d)) => {
                        d.named.as_ref().map_or_else(|| d.ty.clone(), |n| TypeRef::Named(n.name.clone()))
                    }
                    _ => TypeRef::Primitive(Primitive::String),
                },
                values: match (&argument, documented) {
                    (Some(_), Some(d)) => d.values.clone(),
                    _ => Vec::new(),
                },
                deprecated: false,
                maximum: None,
            }
        })
        .collect()
}

/// The parameters of a request line's query string, after `parameters` (one Rust name
/// each): typed by the query parameters table, or as the OData system option they
/// name, else strings with the docs' example value.
pub(super) fn push_query_parameters(parameters: &mut Vec<Parameter>, req: &RequestPath, query_table: &[Parameter]) {
    for q in &req.path.query {
        // The values the lines write that are no bare placeholder (`{filter}`), each quoted.
        let shown: Vec<&str> = q
            .value
            .as_deref()
            .into_iter()
            .flat_map(|v| v.split(super::VALUE_OR))
            .filter(|v| !(v.starts_with('{') && v.ends_with('}')))
            .collect();
        let said = (!shown.is_empty()).then(|| format!("The docs use `{}`.", shown.join(super::VALUE_OR)));
        // Parameters become Rust arguments: two that map to one name cannot both stay. A key
        // that would (`/groups/{id}/…/$ref?$id=…`) is renamed for its set when paths are merged.
        if parameters.iter().any(|p| paths::same_ident(&p.name, &q.name) && p.location != ParamLocation::Path) {
            continue;
        }
        // `?includeHiddenFolders=true`: a switch, where every value the lines write is `true` or `false`.
        let switch = !shown.is_empty()
            && shown.iter().all(|v| v.eq_ignore_ascii_case("true") || v.eq_ignore_ascii_case("false"));
        let string = TypeRef::Primitive(Primitive::String);
        // The query parameters table (or a sentence naming the parameter) says more than the request
        // line's example value; a string it lists no values of is the switch the line shows.
        if let Some(row) = query_table.iter().find(|p| paths::same_ident(&p.name, &q.name)) {
            let ty = if switch && row.ty == string && row.values.is_empty() {
                TypeRef::Primitive(Primitive::Boolean)
            } else {
                row.ty.clone()
            };
            parameters.push(Parameter { name: q.name.clone(), ty, ..row.clone() });
            continue;
        }
        // `?$top=1` shows the option, not its only value.
        if let Some(mut option) = system_option(&q.name) {
            if let (Some(d), Some(said)) = (&mut option.description, &said) {
                d.push(' ');
                d.push_str(said);
            }
            parameters.push(option);
            continue;
        }
        parameters.push(Parameter {
            name: q.name.clone(),
            location: ParamLocation::Query,
            description: said,
            // `DELETE …/$ref?$id={id}`: the reference removed, which the call cannot go without.
            required: q.name.eq_ignore_ascii_case("$id") && req.path.template.ends_with("/$ref"),
            ty: if switch { TypeRef::Primitive(Primitive::Boolean) } else { string },
            values: Vec::new(),
            deprecated: false,
            maximum: None,
        });
    }
}

/// Whether a line calls a function with the argument `name` (`findRooms(RoomList='{…}')`).
pub(super) fn passes_argument(template: &str, name: &str) -> bool {
    let (lower, name) = (template.to_ascii_lowercase(), name.to_ascii_lowercase());
    ['(', ','].iter().any(|open| lower.contains(&format!("{open}{name}=")))
}

/// Whether `name` is a placeholder inside a query value of the request line
/// (`?$filter=containerTypeId eq {containerTypeId}`): a term of that option, which
/// the page's prose may call a parameter, not a query parameter of its own.
pub(super) fn placeholder_in_query_value(req: &RequestPath, name: &str) -> bool {
    let placeholder = format!("{{{name}}}");
    req.path.query.iter().any(|q| q.value.as_deref().is_some_and(|v| v != placeholder && v.contains(&placeholder)))
}

/// The terms a query option's value is written with: its placeholders, spelled any way
/// (`{containerTypeId}`, `{container-type-id}`), and the properties a filter compares
/// (`source` of `source eq 'Tenant'`), spaces written or encoded (`meetingOrganizerId%20eq%20'{id}'`).
pub(super) fn terms_of_query_value(value: &str) -> impl Iterator<Item = &str> {
    let placeholders = value.split('{').skip(1).filter_map(|p| p.split_once('}').map(|(name, _)| name));
    // Each value the lines write (`a eq {a}` or `b eq 'x'`), each clause of it.
    let compared =
        value.split(super::VALUE_OR).flat_map(|v| v.split(" and ")).flat_map(|c| c.split("%20and%20")).filter_map(
            |c| {
                let c = c.trim();
                let (name, op) = c.split_once(' ').or_else(|| c.split_once("%20"))?;
                (op.starts_with("eq ") || op.starts_with("eq%20")).then_some(name)
            },
        );
    placeholders.chain(compared)
}

/// A placeholder of prose after a key that names one of the body's `Stream`
/// properties (`…/localizations/{id}/{Stream object type such as backgroundImage}`)
/// stands for each of them: one path a property, written as its bytes.
pub(super) fn stream_property_paths(requests: Vec<RequestPath>, streams: &[&str]) -> Vec<RequestPath> {
    if streams.is_empty() {
        return requests;
    }
    let mut out = Vec::with_capacity(requests.len());
    for req in requests {
        let (head, last) = req.path.template.rsplit_once('/').unwrap_or(("", ""));
        let prose = req.path.params.last().filter(|p| {
            last == format!("{{{}}}", p.name)
                && (head.ends_with('}') || head.ends_with(')'))
                && p.alternatives.first().is_some_and(|a| {
                    a.split_whitespace().count() >= 3 && streams.iter().any(|s| a.split_whitespace().any(|w| w == *s))
                })
        });
        if prose.is_none() {
            out.push(req);
            continue;
        }
        for name in streams {
            let mut path = req.path.clone();
            path.params.pop();
            path.template = format!("{head}/{name}");
            out.push(RequestPath { path, ..req.clone() });
        }
    }
    out
}

/// The line of prose that introduces a request line at `offset` in the HTTP request section
/// ("To get an approval step in PIM for groups:"), a bold label over its group of lines
/// (`**Enrollment**`), or the sub-heading it is under, if any.
pub(super) fn lead_in<'p>(page: &'p Page<'_>, offset: usize) -> Option<&'p str> {
    let sections = page.request_sections();
    let mut said = None;
    for section in &sections {
        for (_, block) in section.iter() {
            match block {
                Block::Paragraph(p) if p.span.end <= offset && p.text.trim_end().ends_with(':') => {
                    said = Some(p.text.as_str())
                }
                // A label over its group of lines (Intune's `**Device configuration**`).
                Block::Paragraph(p)
                    if p.span.end <= offset
                        && let Some(label) = crate::extract::request::group_label(page, p) =>
                {
                    said = Some(label)
                }
                Block::Paragraph(p) if p.span.end <= offset => said = None,
                // A sub-heading starts another scenario, and names it.
                Block::Heading(h) if h.span.end <= offset => said = Some(h.text.as_str()),
                _ => {}
            }
        }
    }
    said
}

/// The blocks of the HTTP request section holding the request line at `offset`, and the index of
/// the line's code block among them.
fn around_line<'p>(page: &'p Page<'_>, offset: usize) -> Option<(Vec<&'p Block>, usize)> {
    let holds_line = |b: &Block| matches!(b, Block::Code(c) if c.span.start <= offset && offset < c.span.end);
    page.request_sections().iter().find_map(|section| {
        let blocks: Vec<&Block> = section.iter().map(|(_, b)| b).collect();
        let at = blocks.iter().position(|b| holds_line(b))?;
        Some((blocks, at))
    })
}

/// The paragraph right before the block holding the line at `offset`, in the HTTP request section,
/// an annotation between them aside: a sentence ("List your own or another user's authentication
/// methods.") or a lead-in ("To read details of your own or another user's … method:").
pub(super) fn paragraph_before<'p>(page: &'p Page<'_>, offset: usize) -> Option<&'p str> {
    let (blocks, at) = around_line(page, offset)?;
    match blocks[..at].iter().rev().find(|b| !matches!(b, Block::Comment(_))) {
        Some(Block::Paragraph(p)) => Some(p.text.as_str()),
        _ => None,
    }
}

/// The sentence right after the block of the request line at `offset` in an HTTP request
/// section, when it leads no other block in ("Listing labels on behalf of another user requires
/// the application permission `InformationProtectionPolicy.Read.All`.").
pub(super) fn note_after<'p>(page: &'p Page<'_>, offset: usize) -> Option<&'p str> {
    let (blocks, at) = around_line(page, offset)?;
    match blocks.get(at + 1) {
        Some(Block::Paragraph(p)) if !p.text.trim_end().ends_with(':') => Some(p.text.as_str()),
        _ => None,
    }
}

/// What a page of several tasks, each under a heading of its own with its own HTTP request
/// section ("## Get a user's OneDrive" › "### HTTP request"), says of the task a line belongs to.
pub(super) struct Task<'p> {
    /// The task's heading ("Get a single thumbnail").
    pub(super) heading: &'p str,
    /// The first paragraph under it, before its HTTP request section.
    pub(super) description: Option<&'p str>,
    /// The name the annotation of the line's own block gives it as a request example
    /// (`get-one-thumbnail`), if any.
    pub(super) example_name: Option<&'p str>,
}

/// The task the request line at `offset` belongs to, on a page of two HTTP request sections or
/// more, each nested under a level-2 heading of its own (not "Examples", "Request" and the like).
pub(super) fn task_of<'p>(page: &'p Page<'_>, offset: usize) -> Option<Task<'p>> {
    let sections = page.request_sections();
    if sections.len() < 2 {
        return None;
    }
    let blocks = &page.doc.blocks;
    // The section holding the line, and the line's block.
    let (section, (at, code)) = sections.iter().find_map(|s| {
        let held = s.iter().find_map(|(i, b)| match b {
            Block::Code(c) if c.span.start <= offset && offset < c.span.end => Some((i, c)),
            _ => None,
        })?;
        Some((s, held))
    })?;
    let own_at = section.blocks.start.checked_sub(1)?;
    let Block::Heading(own) = &blocks[own_at] else { return None };
    let parent_at = blocks[..own_at].iter().rposition(|b| matches!(b, Block::Heading(h) if h.level < own.level))?;
    let Block::Heading(parent) = &blocks[parent_at] else { return None };
    let lower = parent.text.trim().to_ascii_lowercase();
    let standard = ["example", "request", "response", "permission", "http", "optional", "path", "syntax"];
    if parent.level != 2 || standard.iter().any(|w| lower.starts_with(w)) {
        return None;
    }
    // Its own paragraphs only, not a sub-section's before the request ("### Permissions").
    let description =
        blocks[parent_at + 1..own_at].iter().take_while(|b| !matches!(b, Block::Heading(_))).find_map(|b| match b {
            Block::Paragraph(p) if !p.text.trim().is_empty() => Some(p.text.as_str()),
            _ => None,
        });
    // A block of one request line: a block of several names none of them alone.
    let example_name = Some(at)
        .filter(|&i| page.block_type(i) == Some("request") && http::code_request_lines(&code.text).len() == 1)
        .and_then(|i| page.annotations.get(&i)?.get("name")?.as_str());
    Some(Task { heading: parent.text.trim(), description, example_name })
}

/// The requests a note in the HTTP request section calls deprecated: "The `/app` path is
/// deprecated. Going forward, use the `/communications` path.", "The `GET
/// /deviceLocalCredentials` endpoint will be deprecated on …", "The `/x` path will be retired soon", "Use `/x` instead of the
/// deprecated `/y` path", "Deprecated: `/y`". Each is the method the note names, if any, and
/// the path, which covers the lines at it and under it (see [`deprecated_by`]). Only a path in
/// code that the sentence calls deprecated (its subject, right after the word, or listed after
/// "deprecated:"), not the replacement beside it.
pub(super) fn deprecated_requests(page: &Page<'_>) -> Vec<(Option<http::Method>, String)> {
    let mut out = Vec::new();
    for section in page.request_sections() {
        for (_, block) in section.iter() {
            let Block::Paragraph(p) = block else { continue };
            for sentence in crate::extract::text::sentences(&p.text) {
                let lower = sentence.to_ascii_lowercase();
                if !lower.contains("deprecated") && !lower.contains("retired") {
                    continue;
                }
                let spans: Vec<(&str, &str, &str)> = crate::extract::text::code_spans(sentence).collect();
                let listed = listed_after_colon(sentence, &spans);
                for (i, &(before, code, _)) in spans.iter().enumerate() {
                    let listed = listed[i];
                    if !listed && !said_deprecated(&spans[i..]) && !follows_deprecated(before) {
                        continue;
                    }
                    let (method, path) = match code.split_once(' ') {
                        Some((m, path)) => {
                            (http::Method::parse(m).filter(|_| m.bytes().all(|b| b.is_ascii_uppercase())), path)
                        }
                        None => (None, code),
                    };
                    let path = path.trim().trim_end_matches('/');
                    if path.starts_with('/') && path.len() > 1 && (method.is_some() || !code.contains(' ')) {
                        out.push((method, path.to_string()));
                    }
                }
            }
        }
    }
    out
}

/// Which of a sentence's code spans (see [`crate::extract::text::code_spans`]) a "deprecated:"
/// lists: the span right after the colon, and each span joined to the one listed before it by
/// `,`, "and" or "or" alone, what a parenthesis holds aside ("Deprecated: `/app`", "The following
/// paths are deprecated: `/app` (use `/communications` instead) and `/applications`"); not a span
/// other words bring ("… deprecated: switch to the `/communications` path", "`/app`, superseded by
/// `/communications`").
fn listed_after_colon(sentence: &str, spans: &[(&str, &str, &str)]) -> Vec<bool> {
    let mut listed = vec![false; spans.len()];
    let Some(colon) = sentence.to_ascii_lowercase().find("deprecated:").map(|at| at + "deprecated:".len()) else {
        return listed;
    };
    // The text between the colon (or the span listed last) and a span, outside parentheses.
    let mut between = String::new();
    let mut depth = 0usize;
    let mut consumed = 0;
    for (i, (before, code, _)) in spans.iter().enumerate() {
        let start = consumed + before.len();
        consumed = start + code.len() + 2;
        if start < colon {
            continue;
        }
        let from = colon.max(start - before.len());
        for c in sentence[from..start].chars() {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                c if depth == 0 => between.push(c),
                _ => {}
            }
        }
        if depth > 0 {
            continue;
        }
        // The list ends at the first span other words bring.
        if !between.split(|c: char| c == ',' || c.is_whitespace()).all(|w| matches!(w, "" | "and" | "or")) {
            break;
        }
        listed[i] = true;
        between.clear();
    }
    listed
}

/// Whether the first of `spans` (code spans with the text before and after each) is the
/// subject of "deprecated": "`/app` path is deprecated", "`/a` and `/b` paths are now
/// deprecated", "`/app` path, which is deprecated, …"; not "is not deprecated".
fn said_deprecated(spans: &[(&str, &str, &str)]) -> bool {
    // Past the spans listed with it ("`/a` and `/b`", "`/a`, `/b`").
    let mut k = 0;
    while let Some(next) = spans.get(k + 1) {
        let between = next.0.trim().trim_start_matches(',').trim();
        if !matches!(between, "" | "and" | "or") {
            break;
        }
        k += 1;
    }
    let after = spans[k].2.trim_start().to_ascii_lowercase();
    let after = after.trim_start_matches(',').trim_start();
    let after = ["path", "paths", "endpoint", "endpoints", "request", "requests", "api", "apis"]
        .iter()
        .find_map(|w| after.strip_prefix(w).filter(|r| !r.starts_with(|c: char| c.is_ascii_alphanumeric())))
        .unwrap_or(after);
    let after = after.trim_start().trim_start_matches(',').trim_start();
    let after = after.strip_prefix("which ").or_else(|| after.strip_prefix("that ")).unwrap_or(after);
    let words: Vec<&str> = crate::extract::text::words(after).take(4).collect();
    // ("The `/accessPackageAssignmentRequests` path will be retired soon.": deprecated.)
    matches!(words.first(), Some(&("is" | "are" | "will" | "has" | "have" | "was" | "were")))
        && (words.contains(&"deprecated") || words.contains(&"retired"))
        && !words.iter().any(|w| matches!(*w, "not" | "no" | "never"))
}

/// Whether text ends with the word "deprecated" ("the deprecated `/app` path"; not
/// "non-deprecated").
fn follows_deprecated(before: &str) -> bool {
    let lower = before.trim_end().to_ascii_lowercase();
    lower
        .strip_suffix("deprecated")
        .is_some_and(|rest| !rest.ends_with(|c: char| c.is_ascii_alphanumeric() || c == '-'))
}

/// Whether the request line at `offset` stands under a sub-heading of the HTTP request section
/// that calls its requests deprecated ("### Update a checklistItem associated to a specified
/// baseTask (deprecated)").
pub(super) fn under_deprecated_heading(page: &Page<'_>, offset: usize) -> bool {
    let heading = page
        .doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading(h) => Some(h),
            _ => None,
        })
        .take_while(|h| h.span.start < offset)
        .last();
    heading.is_some_and(|h| {
        let lower = h.text.to_ascii_lowercase();
        h.level >= 3 && (lower.contains("(deprecated)") || lower.trim_end().ends_with(" deprecated"))
    })
}

/// Whether `path` is `template` or a head of it, whole segments, in any letter case and whatever
/// its keys are named (`/app` and `/app/calls/{id}` of `/app/calls/{callId}/answer`, not of
/// `/applications`).
pub(crate) fn path_heads(template: &str, path: &str) -> bool {
    let (template, path) = (crate::paths::path_skeleton(template), crate::paths::path_skeleton(path));
    template.starts_with(&path) && matches!(template.as_bytes().get(path.len()), None | Some(b'/'))
}

/// Whether a note's deprecated request (see [`deprecated_requests`]) covers a line: the same
/// method where the note names one, and the path or one under it.
/// A path no line begins with is the lines' last segments ("The `/meetingAttendanceReport`
/// path is deprecated" beside `…/onlineMeetings/{id}/meetingAttendanceReport`).
pub(super) fn deprecated_by(
    deprecated: &[(Option<http::Method>, String)],
    method: http::Method,
    template: &str,
    templates: &[&str],
) -> bool {
    deprecated.iter().any(|(m, path)| m.is_none_or(|m| m == method) && covers(path, template, templates))
}

/// Whether a deprecated `path` covers the line `template` of a page writing `templates`: a head
/// of it, else, where it heads no line, the line's last segments right after a key (an item's
/// navigation, `…/onlineMeetings/{meetingId}/meetingAttendanceReport` for
/// `/meetingAttendanceReport`, or a path naming a key itself; not a replacement under another root,
/// `/directory/deviceLocalCredentials` for `/deviceLocalCredentials`), whatever the keys are named.
fn covers(path: &str, template: &str, templates: &[&str]) -> bool {
    let ends = || {
        let (template, path) = (crate::paths::path_skeleton(template), crate::paths::path_skeleton(path));
        template.len() > path.len()
            && template.ends_with(&path)
            && path.starts_with('/')
            && (template[..template.len() - path.len()].ends_with('}') || path.contains('{'))
    };
    path_heads(template, path) || (!templates.iter().any(|t| path_heads(t, path)) && ends())
}

/// The paths a page's notes deprecate for every page (see [`deprecated_requests`]): a note's path
/// some line begins with, else the lines it covers by their last segments (`…/{id}/meetingAttendanceReport`
/// for "The `/meetingAttendanceReport` path is deprecated").
pub(super) fn deprecated_everywhere(
    deprecated: &[(Option<http::Method>, String)],
    templates: &[&str],
) -> Vec<(Option<http::Method>, String)> {
    let mut out: Vec<(Option<http::Method>, String)> = Vec::new();
    for (m, path) in deprecated {
        if templates.iter().any(|t| path_heads(t, path)) {
            out.push((*m, path.clone()));
        } else {
            out.extend(templates.iter().filter(|t| covers(path, t, templates)).map(|t| (*m, t.to_string())));
        }
    }
    out
}

/// The lines of the request blocks starting with a method but naming no path after it
/// (`GET ** Collection URI for … not found`), and where each is.
fn pathless_lines(page: &Page<'_>, blocks: &[usize]) -> Vec<(crate::source::Span, String)> {
    let mut out = Vec::new();
    for &i in blocks {
        let Block::Code(code) = &page.doc.blocks[i] else { continue };
        let mut at = 0;
        for raw in code.text.split_inclusive('\n') {
            let start = at + (raw.len() - raw.trim_start().len());
            at += raw.len();
            let line = raw.trim();
            let Some(word) = line.split_whitespace().next() else { continue };
            let method = word.bytes().all(|b| b.is_ascii_uppercase()) && http::Method::parse(word).is_some();
            if method && line.len() > word.len() && http::parse_request_line(line).is_none() {
                let from = code.source_offset(start);
                out.push((crate::source::Span::new(from, from + line.len()), line.to_string()));
            }
        }
    }
    out
}

/// Reads the request lines of `blocks` (code blocks, and paragraphs where `paragraphs`)
/// into `out`, one entry per (method, path); `keep` chooses among the paths read.
fn read_request_lines(
    page: &Page<'_>,
    blocks: &[usize],
    paragraphs: bool,
    keep: &dyn Fn(&str) -> bool,
    out: &mut Vec<RequestPath>,
    diags: &mut Vec<Diagnostic>,
) {
    for &i in blocks {
        let (text, code, paragraph_start) = match &page.doc.blocks[i] {
            Block::Code(c) => (c.text.as_str(), Some(c), 0),
            Block::Paragraph(p) if paragraphs => (p.text.as_str(), None, p.span.start),
            _ => continue,
        };
        let sample_keys = page.sample_keys(i);
        let lines = if code.is_some() { http::code_request_lines(text) } else { http::request_lines(text) };
        // Each line with its offset in the page; first a line written on the fence itself
        // (```` ```http GET /education/schools ````), in the info string after the language.
        let on_fence = code.and_then(|c| {
            let lines = http::fence_request_lines(&c.info);
            if lines.is_empty() {
                return None;
            }
            let at = c.span.start + page.source.text().get(c.span.start..)?.find(c.info.as_str())?;
            Some(lines.into_iter().map(move |l| (at + l.offset, l)))
        });
        let in_block = lines.into_iter().map(|l| match code {
            Some(c) => (c.source_offset(l.offset), l),
            None => (paragraph_start + l.offset, l),
        });
        for (offset, line) in on_fence.into_iter().flatten().chain(in_block) {
            let written = match paths::without_stray_closers(&line.target) {
                Some(fixed) => {
                    diags.push(
                        Diagnostic::warning(
                            codes::BAD_PATH,
                            page.file,
                            Span::new(offset, offset + line.target.len()),
                            format!("`{}` has a `)` that closes no `(`; read as `{fixed}`", line.target),
                        )
                        .with_help("remove the extra `)`"),
                    );
                    std::borrow::Cow::Owned(fixed)
                }
                None => std::borrow::Cow::Borrowed(line.target.as_str()),
            };
            let target = paths::sample_keys_as_placeholders(&written, &sample_keys);
            for target in paths::property_alternatives(&target) {
                match paths::normalize(&target) {
                    Some(path) if !keep(&path.template) => {}
                    Some(path) => {
                        let variant = !path.query.is_empty();
                        // One resource whose key a second line writes another way (`cases('{id}')`) is the first's.
                        let same = |r: &RequestPath| {
                            r.path.template == path.template
                                || paths::keys_as_segments(&r.path.template) == paths::keys_as_segments(&path.template)
                        };
                        match out.iter_mut().find(|r| r.method == line.method && same(r)) {
                            // `GET …/items` and `GET …/items?expand=fields`: one operation, which
                            // takes the options the page shows.
                            Some(known) => {
                                // The key as a segment (`cases/{id}`) over `cases('{id}')`, whichever comes
                                // first: the spelling examples and other pages mostly write.
                                if path.template.matches('(').count() < known.path.template.matches('(').count() {
                                    known.path.template = path.template.clone();
                                    known.path.params = path.params.clone();
                                }
                                known.add_query(path.query);
                                known.variant &= variant;
                                if offset != known.offset && !known.also_at.contains(&offset) {
                                    known.also_at.push(offset);
                                }
                            }
                            None => out.push(RequestPath {
                                method: line.method,
                                path,
                                offset,
                                variant,
                                also_at: Vec::new(),
                            }),
                        }
                    }
                    None => diags.push(Diagnostic::warning(
                        codes::BAD_PATH,
                        page.file,
                        Span::new(offset, offset + line.target.len()),
                        format!("`{}` is not a request path; skipped", line.target),
                    )),
                }
            }
        }
    }
}

/// The blocks outside the HTTP request sections (their `blocks`) that hold request lines too: where
/// a section's line is an annotated example (`drive-list.md`: one scenario per section, `GET
/// /groups/{groupId}/drives` under the first), the page writes its other request lines the same
/// way, as annotated requests with a relative target.
pub(crate) fn scenario_request_blocks(page: &Page<'_>, blocks: &[usize]) -> Vec<usize> {
    if !blocks.iter().any(|&i| page.block_type(i) == Some("request")) {
        return Vec::new();
    }
    let relative = |i: usize| matches!(&page.doc.blocks[i], Block::Code(c) if http::request_lines(&c.text).iter().all(|l| l.target.starts_with('/')));
    (0..page.doc.blocks.len())
        .filter(|i| !blocks.contains(i) && page.block_type(*i) == Some("request") && relative(*i))
        .collect()
}

/// Request lines of the "HTTP request" sections (fenced, or as plain paragraphs).
/// Pages without such a section fall back to the request lines of code blocks
/// that are not annotated examples, with a warning.
/// The page's request lines as paths, and those left to the resource they read (see
/// [`expands_another_line`]): their examples are no examples of the page's operations.
pub(super) fn request_paths(page: &Page<'_>, diags: &mut Vec<Diagnostic>) -> (Vec<RequestPath>, Vec<RequestPath>) {
    let sections = page.request_sections();
    let mut out: Vec<RequestPath> = Vec::new();
    let blocks: Vec<usize> = if sections.is_empty() {
        (0..page.doc.blocks.len())
            .filter(|&i| {
                matches!(page.doc.blocks[i], Block::Code(_))
                    && !matches!(page.block_type(i), Some("request" | "response"))
            })
            .collect()
    } else {
        let mut blocks: Vec<usize> = sections.iter().flat_map(|s| s.blocks.clone()).collect();
        let more = scenario_request_blocks(page, &blocks);
        blocks.extend(more);
        blocks
    };
    read_request_lines(page, &blocks, !sections.is_empty(), &|_| true, &mut out, diags);
    // An empty section (`security-auditlogquery-get.md`: its block only an annotation): the
    // lines of the annotated request examples, where they are written as templates.
    let from_examples = !sections.is_empty() && out.is_empty() && {
        // The first example's: later ones may show other requests (reading what a creation made).
        let examples: Vec<usize> = (0..page.doc.blocks.len())
            .filter(|&i| matches!(page.doc.blocks[i], Block::Code(_)) && page.block_type(i) == Some("request"))
            .take(1)
            .collect();
        read_request_lines(page, &examples, false, &paths::written_as_template, &mut out, &mut Vec::new());
        !out.is_empty()
    };
    let pathless = if sections.is_empty() { Vec::new() } else { pathless_lines(page, &blocks) };
    // "## HTTP request" swallowed by a comment left open above it (`<!-- { "blockType": … }` without `-->`).
    let hidden = sections.is_empty().then(|| hidden_request_heading(page)).flatten();
    match (sections.first(), out.is_empty()) {
        (None, _) if let Some(comment) = hidden => diags.push(
            Diagnostic::warning(
                codes::NO_HTTP_REQUEST,
                page.file,
                comment,
                format!(
                    "the `HTTP request` heading is inside an HTML comment that is not closed before it; {}",
                    if out.is_empty() {
                        "no operation is emitted"
                    } else {
                        "request lines were read from the page's code blocks"
                    }
                ),
            )
            .with_help("close the comment with `-->` where it should end"),
        ),
        (None, true) => diags.push(
            Diagnostic::warning(
                codes::NO_HTTP_REQUEST,
                page.file,
                page.title_span,
                "api page has no `HTTP request` section; no operation is emitted",
            )
            .with_help("add a `## HTTP request` heading with a fenced ```http block such as `GET /me`"),
        ),
        (None, false) => diags.push(
            Diagnostic::warning(
                codes::NO_HTTP_REQUEST,
                page.file,
                page.title_span,
                "api page has no `HTTP request` section; request lines were read from its other code blocks",
            )
            .with_help("put the request lines under a `## HTTP request` heading"),
        ),
        (Some(s), false) if from_examples => diags.push(
            Diagnostic::warning(
                codes::NO_HTTP_REQUEST,
                page.file,
                s.span,
                "the `HTTP request` section has no request line; request lines were read from the request examples",
            )
            .with_help("write the method and path in a ```http block, e.g. `PATCH /users/{id}`"),
        ),
        (Some(s), true) if pathless.is_empty() => diags.push(
            Diagnostic::warning(
                codes::NO_HTTP_REQUEST,
                page.file,
                s.span,
                "the `HTTP request` section has no request line; no operation is emitted",
            )
            .with_help("write the method and path in a ```http block, e.g. `PATCH /users/{id}`"),
        ),
        _ => {}
    }
    // `GET ** Collection URI for … not found`: the docs generator's mark for a path it could not
    // write, alone or beside lines it could.
    if !sections.is_empty() {
        let outcome = if out.is_empty() { "no operation is emitted" } else { "the line is left out" };
        for (span, line) in pathless {
            diags.push(
                Diagnostic::warning(
                    codes::NO_HTTP_REQUEST,
                    page.file,
                    span,
                    format!("the request line `{line}` names no path; {outcome}"),
                )
                .with_help(
                    "write the path after the method, starting with `/`, as the page's request example calls it",
                ),
            );
        }
    }
    // `GET /drives/{id}/items/{id}?$expand=retentionLabel` beside `GET …/items/{id}/retentionLabel`:
    // the item read with what the page documents expanded, the item's own operation (answering
    // the item, not the page's type): left to the item's pages.
    let expanding: Vec<bool> = out.iter().map(|r| expands_another_line(r, &out)).collect();
    let mut left = Vec::new();
    if expanding.contains(&true) && !expanding.iter().all(|&e| e) {
        let (kept, expands): (Vec<_>, Vec<_>) = out.into_iter().zip(expanding).partition(|(_, e)| !e);
        out = kept.into_iter().map(|(r, _)| r).collect();
        left = expands.into_iter().map(|(r, _)| r).collect();
    }
    // `GET …/getAllMessages?model=A` under "Optional query parameters": options of a
    // line the page documents, not a line of its own (OData's own `$…` options the
    // section's prose gives).
    for section in page.query_parameter_sections() {
        for block in &page.doc.blocks[section.blocks] {
            let Block::Code(code) = block else { continue };
            for line in http::request_lines(&code.text) {
                let Some(path) = paths::normalize(&line.target) else { continue };
                if let Some(known) =
                    out.iter_mut().find(|r| r.method == line.method && r.path.template == path.template)
                {
                    known.add_query(path.query.into_iter().filter(|q| !q.name.starts_with('$')));
                }
            }
        }
    }
    (out, left)
}

/// Whether `r` reads another resource only to `$expand` what another line of its page
/// reads by path: every line for `r` carries a query string whose `$expand` names the last
/// literal segment (past a key) of a line of the same method, which `r`'s own path does not
/// end in (`…/items/{item-id}?$expand=retentionLabel` beside `…/items/{item-id}/retentionLabel`;
/// `…/{item-id}/children?$expand=thumbnails` beside `…/{item-id}/thumbnails`).
fn expands_another_line(r: &RequestPath, all: &[RequestPath]) -> bool {
    fn last_literal(template: &str) -> Option<&str> {
        let mut segments = template.trim_end_matches('/').rsplit('/');
        let last = segments.next()?;
        let last = if last.starts_with('{') { segments.next()? } else { last };
        Some(last).filter(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric()))
    }
    if !r.variant {
        return false;
    }
    let Some(expand) = r
        .path
        .query
        .iter()
        .find(|q| q.name.trim_start_matches('$').eq_ignore_ascii_case("expand"))
        .and_then(|q| q.value.as_deref())
    else {
        return false;
    };
    // The options' top-level names: `extensions($filter=…),attachments` → `extensions`, `attachments`.
    let mut names = Vec::new();
    let (mut depth, mut start) = (0usize, 0);
    for (i, c) in expand.char_indices().chain([(expand.len(), ',')]) {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                let name = expand[start..i].split('(').next().unwrap_or("").trim();
                names.push(name);
                start = i + 1;
            }
            _ => {}
        }
    }
    let own = last_literal(&r.path.template);
    all.iter().filter(|o| o.method == r.method && !std::ptr::eq(*o, r)).any(|o| {
        last_literal(&o.path.template).is_some_and(|x| {
            names.iter().any(|n| n.eq_ignore_ascii_case(x)) && !own.is_some_and(|own| own.eq_ignore_ascii_case(x))
        })
    })
}

/// The arguments of a "Function parameters" table for a request line calling its
/// function bare, where an example calls it with them (`…/getAllRecordings(userId=…)`):
/// those an example passes (the caller writes the call without the ones the table
/// calls optional, and with them as a path of its own). None where the
/// page writes the call with arguments as a line of its own (`supportedTimeZones(TimeZoneStandard=…)`
/// beside `supportedTimeZones`): the bare call is documented as it is.
pub(super) fn bare_call_arguments(page: &Page<'_>, requests: &[RequestPath], examples: &[Example]) -> Vec<ParamDoc> {
    let last = |r: &RequestPath| bare_call(&r.path.template).to_string();
    let written_with_call = requests.iter().any(|r| {
        let last = last(r);
        !last.contains('(')
            && requests.iter().any(|o| {
                o.path.template.contains(&format!("/{last}(")) && !o.path.template.ends_with(&format!("/{last}()"))
            })
    });
    if written_with_call {
        return Vec::new();
    }
    let passed: Vec<String> = passed_arguments(requests, examples).into_iter().flatten().collect();
    let lines: Vec<&str> = page
        .request_sections()
        .iter()
        .flat_map(|s| s.iter())
        .filter_map(|(_, b)| match b {
            Block::Code(c) => Some(c.text.as_str()),
            _ => None,
        })
        .collect();
    // A "Function parameters" row of a call the lines write `()` is the call's argument whether
    // or not an example passes it (`assignedPrincipals()`'s `transitive`, passed only in an
    // `ignored` block); other tables' rows only where an example does.
    let called_empty = requests.iter().any(calls_without_arguments);
    let function_rows: Vec<String> =
        if called_empty { crate::extract::request::function_parameter_names(page) } else { Vec::new() };
    function_section_arguments(page, &lines)
        .into_iter()
        .filter(|d| {
            passed.iter().any(|n| n.eq_ignore_ascii_case(&d.name))
                || function_rows.iter().any(|n| n.eq_ignore_ascii_case(&d.name))
        })
        .collect()
}

/// Whether a template reads a delta function's changes (`…/delta`, `…/delta()`), not the call
/// with arguments (`delta(token='…')`).
pub(super) fn is_delta(template: &str) -> bool {
    bare_call(template) == "delta"
}

/// A template's last segment, a call written without arguments (`assignedPrincipals()`)
/// as the bare call it is.
fn bare_call(template: &str) -> &str {
    let last = template.rsplit('/').next().unwrap_or("");
    last.strip_suffix("()").unwrap_or(last)
}

/// Whether a request line calls its function with `()`: the call without arguments,
/// written so (`GET …/assignedPrincipals()`); every argument is optional to it.
pub(super) fn calls_without_arguments(r: &RequestPath) -> bool {
    r.path.template.ends_with("()")
}

/// The argument names each example passes to the functions the request lines call
/// bare (`getAllRecordings(userId=…,endDateTime=…)` for `…/getAllRecordings`), one
/// list per call an example makes.
pub(super) fn passed_arguments(requests: &[RequestPath], examples: &[Example]) -> Vec<Vec<String>> {
    let last = |r: &RequestPath| bare_call(&r.path.template).to_string();
    let mut passed: Vec<Vec<String>> = Vec::new();
    for name in requests.iter().map(last) {
        let call = format!("/{name}(");
        let bare = format!("/{name}");
        for e in examples {
            let Some((method, target)) = &e.request.request else { continue };
            let Some(args) = target.find(&call).and_then(|at| target.get(at + call.len()..)) else {
                // A read of the bare function sending its arguments as a JSON body (Excel's
                // `GET …/range/UsedRange` with `{"valuesOnly": true}`): those it passes.
                let path = target.split('?').next().unwrap_or(target);
                let last = path.rsplit('/').next().unwrap_or("");
                if *method == http::Method::Get
                    && last.eq_ignore_ascii_case(&bare[1..])
                    && let Some(serde_json::Value::Object(sent)) = &e.request_json
                {
                    let names: Vec<String> = sent.keys().filter(|k| !k.starts_with('@')).cloned().collect();
                    if !names.is_empty() {
                        passed.push(names);
                    }
                }
                continue;
            };
            let args = &args[..args.find(')').unwrap_or(args.len())];
            passed.push(args.split(',').filter_map(|a| a.split_once('=')).map(|(n, _)| n.trim().to_string()).collect());
        }
    }
    passed
}

/// A function argument the request line leaves unquoted and its example quotes
/// (`range(address={address})` beside `range(address='A1:Z10')`) is a string: OData
/// wants it quoted, so the template quotes it too. A line no example calls takes the
/// quoting of an example calling the same function on another of the page's paths
/// (`root:/{item-path}:/workbook/f(key={id})` beside an example of `items/{id}/workbook/f(key='…')`).
/// Not an argument its row types as a primitive OData writes bare (`unquoted`: a `Date`, a
/// number; v1.0's Yammer reports' `date={date_value}` beside an example's `date='2018-03-05'`).
pub(super) fn quote_arguments_as_shown(req: &mut RequestPath, examples: &[Example], unquoted: &dyn Fn(&str) -> bool) {
    if !req.path.template.contains("={") {
        return;
    }
    // An example calling `/me/…` for a line of `/users/{id}/…` shows it as well.
    let shown: Vec<String> = examples
        .iter()
        .filter_map(|e| e.path.as_ref())
        .map(|p| super::as_the_line_writes(&req.path.template, &p.template).into_owned())
        .collect();
    // The line's own example decides where there is one, quoting or not.
    let own = shown.iter().filter(|p| path_matches(&req.path.template, p)).find(|p| p.contains("='"));
    if own.is_none() && shown.iter().any(|p| path_matches(&req.path.template, p)) {
        return;
    }
    let function = |segment: &str| segment.split_once('(').map(|(f, _)| f.to_ascii_lowercase());
    let segments: Vec<String> = req
        .path
        .template
        .split('/')
        .enumerate()
        .map(|(i, line)| {
            let mut out = line.to_string();
            if !line.contains("={") {
                return out;
            }
            let example = match own {
                Some(own) => own.split('/').nth(i),
                // Only a function call's segment (`f(key={id})`), never one without a name.
                None => function(line).and_then(|called| {
                    shown
                        .iter()
                        .flat_map(|p| p.split('/'))
                        .find(|s| s.contains("='") && function(s).as_ref() == Some(&called))
                }),
            };
            let Some(example) = example else { return out };
            let mut from = 0;
            while let Some(at) = out[from..].find("={").map(|i| from + i) {
                let name_start = out[..at].rfind(['(', ',']).map_or(0, |i| i + 1);
                let name = out[name_start..at].trim().to_string();
                let Some(close) = out[at..].find('}').map(|i| at + i) else { break };
                if !name.is_empty() && example.contains(&format!("{name}='")) && !unquoted(&name) {
                    out.insert(close + 1, '\'');
                    out.insert(at + 1, '\'');
                }
                from = close + 1;
            }
            out
        })
        .collect();
    req.path.template = segments.join("/");
}

/// A key the request line writes as `id` without braces after a segment not named as a set
/// (`GET /me/drive/root/children/id`) where an example of the page passes a value
/// (`…/children/01BYE5RZ…`): a placeholder, only where the example agrees with the line
/// everywhere else. (Words such as `userId`, and `id` after a plural set's name,
/// `/directory/profiles/id`, are keys wherever they are written: [`paths::bare_keys`].)
pub(super) fn keys_written_bare(req: &mut RequestPath, examples: &[Example]) {
    let is_key_word = |s: &str| s == "id";
    let line: Vec<&str> = req.path.template.split('/').collect();
    // The first segment addresses a set, never a key.
    if !line.iter().skip(2).any(|s| is_key_word(s)) {
        return;
    }
    let shown = examples.iter().filter_map(|e| e.path.as_ref()).find_map(|p| {
        let example: Vec<&str> = p.template.split('/').collect();
        if example.len() != line.len() {
            return None;
        }
        let bare: Vec<usize> = (2..line.len())
            .filter(|&i| is_key_word(line[i]) && !example[i].eq_ignore_ascii_case(line[i]) && !example[i].is_empty())
            .collect();
        let rest_matches =
            line.iter().zip(&example).enumerate().all(|(i, (l, e))| bare.contains(&i) || path_matches(l, e));
        (!bare.is_empty() && rest_matches).then_some(bare)
    });
    let Some(bare) = shown else { return };
    let template: Vec<String> = line
        .iter()
        .enumerate()
        .map(|(i, s)| if bare.contains(&i) { format!("{{{s}}}") } else { s.to_string() })
        .collect();
    if let Some(mut path) = paths::normalize(&template.join("/")) {
        path.query = std::mem::take(&mut req.path.query);
        path.server = req.path.server.take();
        req.path = path;
    }
}

/// Whether a note quotes request paths in code (`GET /users/{id}/presence`) none of which is the
/// line `template`: it speaks of another line.
fn quotes_another_call(note: &str, template: &str) -> bool {
    let quoted: Vec<String> = note
        .split('`')
        .skip(1)
        .step_by(2)
        .filter_map(|code| {
            let target = http::parse_request_line(code).map(|(_, t)| t).unwrap_or_else(|| code.trim().to_string());
            target.starts_with('/').then(|| paths::normalize(&target)).flatten().map(|p| p.template)
        })
        .collect();
    !quoted.is_empty() && !quoted.iter().any(|q| path_matches(template, q) || path_matches(q, template))
}

/// Whether an example's path matches an operation's template (`{...}` matches anything).
pub fn path_matches(template: &str, example: &str) -> bool {
    let a: Vec<&str> = template.split('/').collect();
    let b: Vec<&str> = example.split('/').collect();
    a.len() == b.len()
        && a.iter().zip(&b).all(|(t, e)| match t.find('{') {
            // A function the contract calls with arguments, called without (the page's
            // example of `boundingRect` sends them in a body).
            _ if t.split_once('(').is_some_and(|(name, _)| name.eq_ignore_ascii_case(e)) => true,
            // A call with the same arguments in another order (`(aggregatedBy='devices',
            // startDateTime=…)` for `(startDateTime={startDateTime},…,aggregatedBy={aggregatedBy})`).
            Some(_) if same_call(t, e) => true,
            // `get`: the example may hold any character where the placeholder begins.
            Some(i) => e.get(..i).is_some_and(|head| t[..i].eq_ignore_ascii_case(head)),
            None => t.eq_ignore_ascii_case(e),
        })
}

/// Whether two segments call the same function with the same argument names, in any order.
fn same_call(template: &str, example: &str) -> bool {
    let call = |s: &str| {
        let (name, args) = s.strip_suffix(')')?.split_once('(')?;
        let mut names: Vec<String> =
            args.split(',').map(|a| a.split('=').next().unwrap_or_default().trim().to_ascii_lowercase()).collect();
        names.sort();
        Some((name.to_ascii_lowercase(), names))
    };
    matches!((call(template), call(example)), (Some(a), Some(b)) if a == b && a.1.len() > 1)
}

/// Whether an example's path addresses a parent of every request line's resource
/// (`GET /agreements` on the page about `/agreements/{id}/file/localizations`): an
/// example copied from another page, of another operation.
/// The example ends on a segment the line writes literally, and the line goes on
/// beyond OData suffixes (an example of `…/registeredOwners` for `…/registeredOwners/$ref`,
/// or of `…/labels/evaluate…` for `…/labels/{id}/evaluate…`, is the line's own, written carelessly).
pub(in crate::extract) fn addresses_a_parent(example: &str, requests: &[RequestPath]) -> bool {
    let shown: Vec<&str> = example.split('/').collect();
    !requests.is_empty()
        && requests.iter().all(|r| {
            let line: Vec<&str> = r.path.template.split('/').collect();
            let n = shown.len();
            n < line.len()
                && path_matches(&line[..n].join("/"), example)
                && line[n - 1].eq_ignore_ascii_case(shown[n - 1])
                && line[n..].iter().any(|s| !s.starts_with('$') && !s.starts_with('{'))
        })
}

/// Where a comment starts that holds an "HTTP request" heading (a `<!--` left open above it).
fn hidden_request_heading(page: &Page<'_>) -> Option<crate::source::Span> {
    page.doc.blocks.iter().find_map(|b| match b {
        Block::Comment(c)
            if c.text.lines().any(|l| {
                let l = l.trim();
                l.starts_with('#') && Page::is_request_heading(&l.trim_start_matches('#').trim().to_ascii_lowercase())
            }) =>
        {
            Some(c.span)
        }
        _ => None,
    })
}

/// The line reaching what line `anchor` reaches through a user (`/users/{id}/x/{id}/y` or
/// `/me/x/{id}/y`) from a root of its own (`/deviceManagement/x/{id}/y`): the same tail, not
/// through a user, of the same method; the first such line.
pub(super) fn own_root_line(requests: &[RequestPath], anchor: usize) -> Option<usize> {
    let first = requests.get(anchor)?;
    let through_user = |t: &str| -> Option<String> {
        let skeleton = crate::paths::path_skeleton(t);
        skeleton
            .strip_prefix("/users/{}")
            .or_else(|| skeleton.strip_prefix("/me"))
            .filter(|rest| rest.starts_with('/'))
            .map(str::to_string)
    };
    let tail = through_user(&first.path.template)?;
    requests.iter().position(|r| {
        let skeleton = crate::paths::path_skeleton(&r.path.template);
        r.method == first.method
            && through_user(&r.path.template).is_none()
            && skeleton.len() > tail.len()
            && skeleton.ends_with(&tail)
            // The tail's own root, one segment before it (not a deeper navigation's).
            && skeleton[..skeleton.len() - tail.len()].matches('/').count() == 1
    })
}
