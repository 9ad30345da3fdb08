//! Checks of an api page's examples as HTTP messages: present and annotated,
//! URL against the request lines, status against the prose, Content-Length,
//! `@odata.type` spelling.

use super::facts::{ApiFacts, Example};
use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::page::Page;
use crate::source::Span;

/// Every check of this module.
pub(crate) fn check(page: &Page<'_>, facts: &ApiFacts<'_>, out: &mut Vec<Diagnostic>) {
    presence(page, facts, out);
    for ex in facts.requests() {
        url(page, facts, ex, out);
    }
    for ex in facts.responses() {
        status(page, facts, ex, out);
    }
    for ex in &facts.examples {
        content_length(page, ex, out);
        odata_type_hash(page, ex, out);
    }
}

/// `missing-example` and `unannotated-example`.
fn presence(page: &Page<'_>, facts: &ApiFacts<'_>, out: &mut Vec<Diagnostic>) {
    if facts.lines.is_empty() {
        // No request line: the converter already says so (`no-http-request`).
        return;
    }
    let missing = match (facts.requests().next().is_none(), facts.responses().next().is_none()) {
        (true, true) => Some("no request or response example"),
        (true, false) => Some("no request example"),
        (false, true) => Some("no response example"),
        (false, false) => None,
    };
    if let Some(what) = missing {
        let at = page.section(&["example", "examples"]).map_or(page.title_span, |s| s.span);
        let ignored = facts.ignored;
        let help = if ignored > 0 {
            format!(
                "{ignored} example block(s) here are annotated `\"blockType\": \"ignored\"`; annotate them `request` / `response`"
            )
        } else {
            "add an HTTP example with a `<!-- { \"blockType\": \"request\" } -->` annotation (or `response`)"
                .to_string()
        };
        out.push(
            Diagnostic::warning(codes::MISSING_EXAMPLE, page.file, at, format!("{what} on this api page"))
                .with_help(help),
        );
    }
    let unannotated: Vec<&Example<'_>> = facts.examples.iter().filter(|e| !e.annotated()).collect();
    if let Some(first) = unannotated.first() {
        let n = unannotated.len();
        let message = if n == 1 {
            "this example has no `blockType` annotation".to_string()
        } else {
            format!("{n} examples on this page have no `blockType` annotation, this one first")
        };
        out.push(
            Diagnostic::warning(codes::UNANNOTATED_EXAMPLE, page.file, first.first_line(page), message).with_help(
                "put `<!-- { \"blockType\": \"request\", \"name\": \"...\" } -->` (or `response`) before the block",
            ),
        );
    }
}

/// `example-url-mismatch`: the example's method and path against the request lines.
fn url(page: &Page<'_>, facts: &ApiFacts<'_>, ex: &Example<'_>, out: &mut Vec<Diagnostic>) {
    let Some((method, target)) = &ex.message.request else { return };
    let Some(normalized) = crate::paths::normalize(target) else { return };
    // A request to another server (a download URL a redirect gave, a bot's callback) is no API call.
    if normalized.server.as_deref().is_some_and(|s| !crate::paths::is_graph_server(s)) {
        return;
    }
    let path = normalized.template;
    // A function the section writes bare, called with its arguments (`usersRegisteredByMethod`
    // and `…/usersRegisteredByMethod(includedUserTypes='all',…)`), as the converter reads it;
    // not a key (`lists('Docs')`).
    let bare_call = |path: &str| -> Option<String> {
        let (head, last) = path.rsplit_once('/')?;
        let (function, args) = last.split_once('(')?;
        (args.ends_with(')') && args.contains('=')).then(|| format!("{head}/{function}"))
    };
    let documented = |path: &str| {
        let matches = |p: &str| facts.lines.iter().any(|l| l.method == *method && path_matches(&l.template, p));
        matches(path)
            || bare_call(path).is_some_and(|p| matches(&p))
            // A key in parentheses (`trainingCampaigns('f1b1…')`) for the line's key segment.
            || crate::paths::literal_keys_as_segments(path)
                .is_some_and(|p| matches(&p) || bare_call(&p).is_some_and(|q| matches(&q)))
    };
    // `/me/...` is the signed-in user's `/users/{id}/...`.
    let as_user = crate::paths::me_as_user(&path);
    // Any drive item's workbook is the one Excel pages' `/workbook/…` lines stand for.
    let as_workbook = path.find("/workbook").map(|i| format!("{}{}", crate::paths::WORKBOOK_ITEM, &path[i..]));
    if facts.lines.is_empty()
        || documented(&path)
        || as_user.is_some_and(|p| documented(&p))
        || as_workbook.is_some_and(|p| documented(&p))
    {
        return;
    }
    let method = method.as_str().to_ascii_uppercase();
    let same_path = facts.lines.iter().find(|l| path_matches(&l.template, &path));
    let message = match same_path {
        Some(l) => format!(
            "`{method} {path}` uses a method the HTTP request section does not list for this path (it has `{}`)",
            l.method.as_str().to_ascii_uppercase()
        ),
        None => format!("`{method} {path}` matches no request line of the HTTP request section"),
    };
    let listed: Vec<String> = facts
        .lines
        .iter()
        .take(3)
        .map(|l| format!("`{} {}`", l.method.as_str().to_ascii_uppercase(), l.template))
        .collect();
    let more = if facts.lines.len() > 3 { ", ..." } else { "" };
    out.push(
        Diagnostic::warning(codes::EXAMPLE_URL_MISMATCH, page.file, ex.first_line(page), message)
            .with_help(format!("use one of the documented requests: {}{more}", listed.join(", "))),
    );
}

/// Whether an example path matches a request-line template: segment by segment,
/// `{...}` matching any value. Templates that start at `/workbook` (written
/// relative to a workbook) match the end of the example's path.
pub(crate) fn path_matches(template: &str, example: &str) -> bool {
    let t: Vec<&str> = template.trim_end_matches('/').split('/').collect();
    let e: Vec<&str> = example.trim_end_matches('/').split('/').collect();
    let aligned = |e: &[&str]| t.len() == e.len() && t.iter().zip(e).all(|(t, e)| segment_matches(t, e));
    if aligned(&e) {
        return true;
    }
    t.get(1).is_some_and(|s| s.eq_ignore_ascii_case("workbook")) && e.len() > t.len() && {
        let tail = &e[e.len() - t.len() + 1..];
        t.len() > 1 && t[1..].iter().zip(tail).all(|(t, e)| segment_matches(t, e))
    }
}

fn segment_matches(t: &str, e: &str) -> bool {
    if t.eq_ignore_ascii_case(e) {
        return true;
    }
    let (Some(open), Some(close)) = (t.find('{'), t.rfind('}')) else { return false };
    if e.starts_with('{') && e.ends_with('}') {
        return true;
    }
    let (prefix, suffix) = (&t[..open], &t[close + 1..]);
    e.len() > prefix.len() + suffix.len()
        && e.get(..prefix.len()).is_some_and(|p| p.eq_ignore_ascii_case(prefix))
        && e.get(e.len() - suffix.len()..).is_some_and(|s| s.eq_ignore_ascii_case(suffix))
}

/// `status-mismatch`: a success status in an example that the prose does not name.
fn status(page: &Page<'_>, facts: &ApiFacts<'_>, ex: &Example<'_>, out: &mut Vec<Diagnostic>) {
    let Some((code, reason)) = &ex.message.status else { return };
    // Error examples show what goes wrong on purpose; pages without a status in
    // prose document the example's.
    if *code >= 400 || facts.statuses.is_empty() || facts.statuses.contains(code) || introduced_with(page, ex, *code) {
        return;
    }
    let documented: Vec<String> = facts.statuses.iter().map(|s| format!("`{s}`")).collect();
    out.push(
        Diagnostic::warning(
            codes::STATUS_MISMATCH,
            page.file,
            ex.first_line(page),
            format!(
                "the response example says `{code} {reason}`, the Response section documents {}",
                documented.join(" or ")
            ),
        )
        .with_help("make the example's status line and the Response section agree"),
    );
}

/// Whether the prose between the example and the heading above it names `code`
/// ("Partial range downloads … return an `HTTP 206 Partial Content` response"), or, for a
/// redirect, says it redirects ("The service responds with a redirect to the thumbnail URL.").
fn introduced_with(page: &Page<'_>, ex: &Example<'_>, code: u16) -> bool {
    use crate::markdown::Block;
    let blocks = &page.doc.blocks;
    let Some(at) = blocks.iter().position(|b| matches!(b, Block::Code(c) if std::ptr::eq(c, ex.code))) else {
        return false;
    };
    blocks[..at].iter().rev().take_while(|b| !matches!(b, Block::Heading(_))).any(|b| {
        matches!(b, Block::Paragraph(p) if crate::extract::statuses_named(&p.text).contains(&code)
                || ((300..400).contains(&code) && announces_redirect(&p.text)))
    })
}

/// Whether prose says the service redirects ("responds with a redirect", "is redirected to"): the
/// word itself, not a name holding it (`inviteRedirectUrl`), nor denied ("doesn't redirect").
fn announces_redirect(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    crate::extract::sentences(&lower).any(|s| {
        s.match_indices("redirect").any(|(at, w)| {
            let rest = &s[at + w.len()..];
            let end = rest.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(rest.len());
            // Not a redirect URI's name (`redirect_uri`, "the app's redirect URI").
            let names_a_uri = rest[end..].starts_with('_')
                || rest[end..].split_whitespace().next().is_some_and(|n| {
                    matches!(n.trim_matches(|c: char| !c.is_ascii_alphanumeric()), "uri" | "uris" | "url" | "urls")
                });
            !s[..at].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
                && matches!(&rest[..end], "" | "s" | "ed" | "ing" | "ion")
                && !names_a_uri
                && !crate::extract::negated(&s[..at])
        })
    })
}

/// `content-length-mismatch`: the header against the body as written.
fn content_length(page: &Page<'_>, ex: &Example<'_>, out: &mut Vec<Diagnostic>) {
    let Some(declared) = ex.message.header("content-length").and_then(|v| v.trim().parse::<usize>().ok()) else {
        return;
    };
    let body = ex.message.body.trim();
    // A shortened example cannot have its full length; an elided body says nothing.
    if body.is_empty() || ex.truncated() {
        return;
    }
    let lf = body.replace("\r\n", "\n");
    let crlf = lf.len() + lf.matches('\n').count();
    if declared == lf.len() {
        return;
    }
    let note = if declared == crlf { format!(" ({crlf} only with CRLF line breaks)") } else { String::new() };
    out.push(
        Diagnostic::warning(
            codes::CONTENT_LENGTH,
            page.file,
            ex.line_containing(page, "content-length"),
            format!("Content-Length says {declared}, the body is {} bytes{note}", lf.len()),
        )
        .with_help(format!("write `Content-Length: {}` or drop the header", lf.len())),
    );
}

/// `odata-type-hash`: `"@odata.type": "microsoft.graph.x"` in an example body.
/// Read from the text, so it works on bodies that are not valid JSON too.
fn odata_type_hash(page: &Page<'_>, ex: &Example<'_>, out: &mut Vec<Diagnostic>) {
    let text = page.source.text();
    let start = ex.code.source_offset(ex.message.body_offset);
    let Some(body) = text.get(start..ex.code.span.end) else { return };
    const KEY: &str = "\"@odata.type\"";
    for (at, _) in body.match_indices(KEY) {
        let rest = &body[at + KEY.len()..];
        let Some(after_colon) = rest.trim_start().strip_prefix(':') else { continue };
        let Some(value) = after_colon.trim_start().strip_prefix('"') else { continue };
        let Some(len) = value.find('"') else { continue };
        let v = &value[..len];
        if v.starts_with('#') || !v.contains('.') || v.contains(char::is_whitespace) {
            continue;
        }
        let value_start = start + (body.len() - value.len());
        out.push(
            Diagnostic::warning(
                codes::ODATA_TYPE_HASH,
                page.file,
                Span::new(value_start, value_start + len),
                format!("`@odata.type` is `{v}`, without the leading `#`"),
            )
            .with_help(format!("write `#{v}`")),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{FileId, SourceFile};

    fn run(page: &str) -> Vec<Diagnostic> {
        let src = SourceFile::new("api/a.md", page);
        let page = Page::parse(FileId(0), &src, &mut Vec::new());
        let facts = ApiFacts::read(&page);
        let mut out = Vec::new();
        check(&page, &facts, &mut out);
        out
    }

    fn page(request: &str, response: &str) -> String {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Update x\n\n## HTTP request\n```http\nPATCH /x/{{id}}\nPATCH /workbook/tables/{{id|name}}\n```\n## Response\nIf successful, returns `200 OK` or `204 No Content`.\n## Example\n<!-- {{ \"blockType\": \"request\" }} -->\n```http\n{request}\n```\n<!-- {{ \"blockType\": \"response\" }} -->\n```http\n{response}\n```\n"
        )
    }

    const REQUEST: &str = "PATCH https://graph.microsoft.com/v1.0/x/1\nContent-Type: application/json\nContent-Length: 27\n\n{\n  \"@odata.type\": \"#a.b\"\n}";
    const RESPONSE: &str = "HTTP/1.1 204 No Content";

    fn codes_of(page: &str) -> Vec<&'static str> {
        run(page).into_iter().map(|d| d.code).collect()
    }

    #[test]
    fn a_clean_page_passes() {
        assert_eq!(codes_of(&page(REQUEST, RESPONSE)), Vec::<&str>::new());
    }

    #[test]
    fn missing_and_unannotated_examples() {
        let none = page(REQUEST, RESPONSE).replace("\"blockType\": \"response\"", "\"blockType\": \"ignored\"");
        let found = run(&none);
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].code, found[0].message.as_str()),
            (codes::MISSING_EXAMPLE, "no response example on this api page")
        );
        assert!(found[0].help.as_deref().unwrap_or("").starts_with("1 example block(s) here are annotated"));
        let unannotated = page(REQUEST, RESPONSE).replace("<!-- { \"blockType\": \"response\" } -->\n", "");
        assert_eq!(codes_of(&unannotated), [codes::UNANNOTATED_EXAMPLE]);
    }

    #[test]
    fn example_urls_against_request_lines() {
        let other = REQUEST.replace("/x/1", "/y/1");
        assert_eq!(codes_of(&page(&other, RESPONSE)), [codes::EXAMPLE_URL_MISMATCH]);
        let elsewhere = REQUEST.replace("https://graph.microsoft.com/v1.0/x/1", "https://bot.contoso.com/api/calls");
        assert_eq!(codes_of(&page(&elsewhere, RESPONSE)), Vec::<&str>::new(), "another server");
        let version = REQUEST.replace("/v1.0/x/1", "/v1/x/1");
        assert_eq!(codes_of(&page(&version, RESPONSE)), [codes::EXAMPLE_URL_MISMATCH], "Graph, another version");
        let method = REQUEST.replace("PATCH https", "POST https");
        let found = run(&page(&method, RESPONSE));
        assert!(found[0].message.contains("uses a method"), "{found:?}");
        let workbook = REQUEST.replace("/x/1", "/me/drive/items/1/workbook/tables/t1");
        assert_eq!(codes_of(&page(&workbook, RESPONSE)), Vec::<&str>::new());
        let me = page(&REQUEST.replace("/x/1", "/me/x"), RESPONSE).replace("PATCH /x/{id}\n", "PATCH /users/{id}/x\n");
        assert_eq!(codes_of(&me), Vec::<&str>::new());
        // A function written bare, called with arguments; not another function.
        let call = page(&REQUEST.replace("/x/1", "/x/1/getX(kind='all')"), RESPONSE)
            .replace("PATCH /x/{id}\n", "PATCH /x/{id}/getX\n");
        assert_eq!(codes_of(&call), Vec::<&str>::new());
        let other = page(&REQUEST.replace("/x/1", "/x/1/getY(kind='all')"), RESPONSE)
            .replace("PATCH /x/{id}\n", "PATCH /x/{id}/getX\n");
        assert_eq!(codes_of(&other), [codes::EXAMPLE_URL_MISMATCH]);
        let key = page(&REQUEST.replace("/x/1", "/x/1/getX('docs')"), RESPONSE)
            .replace("PATCH /x/{id}\n", "PATCH /x/{id}/getX\n");
        assert_eq!(codes_of(&key), [codes::EXAMPLE_URL_MISMATCH], "a key is no call");
        let keyed = page(&REQUEST.replace("/x/1", "/x('f1b1-29')"), RESPONSE);
        assert_eq!(codes_of(&keyed), Vec::<&str>::new(), "a key in parentheses is the line's key segment");
        let stray = keyed.replace("PATCH /x/{id}\n", "PATCH /x('{id}'))\n");
        assert!(stray.contains("'{id}'))"), "{stray}");
        assert_eq!(codes_of(&stray), Vec::<&str>::new(), "a `)` closing nothing, as the converter reads the line");
        let keyed_call = page(&REQUEST.replace("/x/1", "/x('f1b1-29')/getX(kind='all')"), RESPONSE)
            .replace("PATCH /x/{id}\n", "PATCH /x/{id}/getX\n");
        assert_eq!(codes_of(&keyed_call), Vec::<&str>::new(), "a key in parentheses before a call written bare");
        let me = page(&REQUEST.replace("/x/1", "/me/getX(kind='all')"), RESPONSE)
            .replace("PATCH /x/{id}\n", "PATCH /users/{id}/getX\n");
        assert_eq!(codes_of(&me), Vec::<&str>::new(), "the signed-in user's call");
    }

    #[test]
    fn a_scenario_s_annotated_request_line_is_a_request_line() {
        // v1.0's drive list: one scenario a section, the HTTP request section's line an annotated
        // request, the others' lines annotated requests under their own headings.
        let page = |other: &str| {
            format!(
                "---\ndoc_type: apiPageType\n---\n# List drives\n\n## List a group's drives\n\n### HTTP request\n<!-- {{ \"blockType\": \"request\", \"name\": \"group-list-drives\" }} -->\n```http\nGET /groups/{{groupId}}/drives\n```\n\n## List a site's drives\n<!-- {{ \"blockType\": \"request\", \"name\": \"site-list-drives\" }} -->\n```http\n{other}\n```\n\n## Response\nIf successful, returns `200 OK`.\n<!-- {{ \"blockType\": \"response\" }} -->\n```http\nHTTP/1.1 200 OK\n```\n"
            )
        };
        assert_eq!(codes_of(&page("GET /sites/{siteId}/drives")), Vec::<&str>::new());
        // A scenario's full URL is an example, matched against the lines.
        let full = page("GET https://graph.microsoft.com/v1.0/sites/1/lists");
        assert_eq!(codes_of(&full), [codes::EXAMPLE_URL_MISMATCH]);
    }

    #[test]
    fn path_matching() {
        assert!(path_matches("/users/{id}/events", "/users/abc/events"));
        assert!(path_matches("/r/getX(period='{p}')", "/r/getX(period='D7')"));
        assert!(path_matches("/users/{id}", "/users/{user-id}"));
        assert!(!path_matches("/users/{id}/events", "/users/abc/calendar"));
        assert!(!path_matches("/users/{id}", "/users"));
        assert!(path_matches("/workbook/names/{name}", "/me/drive/items/1/workbook/names/n"));
        assert!(!path_matches("/workbook/names/{name}", "/me/drive/items/1/workbook/tables/n"));
        assert!(!path_matches("/x/é{id}", "/x/é"));
    }

    /// A `302 Found` example answering the update, under `prose` of its own.
    fn redirect_under(prose: &str) -> String {
        page(REQUEST, "HTTP/1.1 302 Found").replace(
            "<!-- { \"blockType\": \"response\" }",
            &format!("{prose}\n\n<!-- {{ \"blockType\": \"response\" }}"),
        )
    }

    #[test]
    fn a_member_named_for_redirects_announces_no_redirect() {
        // An invitation's `inviteRedirectUrl` in the scenario's prose: the `302` is still no status
        // the page states.
        let said = "The request sets the `inviteRedirectUrl` of the invitation.";
        assert_eq!(codes_of(&redirect_under(said)), [codes::STATUS_MISMATCH]);
    }

    #[test]
    fn prose_denying_a_redirect_announces_none() {
        let said = "The service doesn't redirect: it answers the item itself.";
        assert_eq!(codes_of(&redirect_under(said)), [codes::STATUS_MISMATCH]);
    }

    #[test]
    fn a_redirect_uri_announces_no_redirect() {
        // The same name as `inviteRedirectUrl`, written in words or as OAuth's parameter.
        let said = "The request sets the `redirect_uri` of the app.";
        assert_eq!(codes_of(&redirect_under(said)), [codes::STATUS_MISMATCH]);
        let said = "The request sets the app's redirect URI.";
        assert_eq!(codes_of(&redirect_under(said)), [codes::STATUS_MISMATCH]);
    }

    #[test]
    fn a_response_redirecting_announces_a_redirect() {
        // The docs' own participle ("Returns a `302 Found` response redirecting to a
        // pre-authenticated download URL"), the status left out: announced, as "redirects" is.
        assert!(codes_of(&redirect_under("The service answers a response that redirects to the file.")).is_empty());
        let said = "The service answers a response redirecting to the file.";
        assert!(codes_of(&redirect_under(said)).is_empty(), "{:?}", codes_of(&redirect_under(said)));
    }

    #[test]
    fn statuses_against_prose() {
        let created = page(REQUEST, "HTTP/1.1 201 Created");
        assert_eq!(codes_of(&created), [codes::STATUS_MISMATCH]);
        assert_eq!(codes_of(&page(REQUEST, "HTTP/1.1 404 Not Found")), Vec::<&str>::new());
        // A scenario's own prose names its status.
        let partial = page(REQUEST, "HTTP/1.1 206 Partial Content").replace(
            "<!-- { \"blockType\": \"response\" }",
            "This returns `HTTP 206 Partial Content`.\n\n<!-- { \"blockType\": \"response\" }",
        );
        assert_eq!(codes_of(&partial), Vec::<&str>::new());
        assert_eq!(codes_of(&page(REQUEST, "HTTP/1.1 206 Partial Content")), [codes::STATUS_MISMATCH]);
        // A redirect its scenario's prose announces (v1.0's thumbnail content).
        let announced = redirect_under("The service responds with a redirect to the thumbnail URL.");
        assert_eq!(codes_of(&announced), Vec::<&str>::new());
        assert_eq!(codes_of(&redirect_under("The service responds with the thumbnail.")), [codes::STATUS_MISMATCH]);
    }

    #[test]
    fn content_length_against_the_body() {
        let wrong = REQUEST.replace("Content-Length: 27", "Content-Length: 29");
        let found = run(&page(&wrong, RESPONSE));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, codes::CONTENT_LENGTH);
        assert_eq!(found[0].message, "Content-Length says 29, the body is 27 bytes (29 only with CRLF line breaks)");
        let src = SourceFile::new("a", page(&wrong, RESPONSE));
        assert_eq!(src.line_text(src.line_col(found[0].span.start).0), "Content-Length: 29");
    }

    #[test]
    fn odata_type_without_hash() {
        let bare = REQUEST.replace("#a.b", "a.b").replace("Content-Length: 27\n", "");
        let found = run(&page(&bare, RESPONSE));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].code, codes::ODATA_TYPE_HASH);
        let src = SourceFile::new("a", page(&bare, RESPONSE));
        assert_eq!(&src.text()[found[0].span.start..found[0].span.end], "a.b");
        // Placeholders are not type names.
        let placeholder = REQUEST.replace("#a.b", "String").replace("Content-Length: 27\n", "");
        assert_eq!(codes_of(&page(&placeholder, RESPONSE)), Vec::<&str>::new());
    }
}
