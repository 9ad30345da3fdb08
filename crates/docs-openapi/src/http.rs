//! HTTP messages as the pages write them: request lines in the "HTTP request"
//! section and the request/response examples.

/// The HTTP methods the dialect uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Method {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
}

impl Method {
    pub fn parse(word: &str) -> Option<Method> {
        Some(match word.to_ascii_uppercase().as_str() {
            "GET" => Method::Get,
            "PUT" => Method::Put,
            "POST" => Method::Post,
            "DELETE" => Method::Delete,
            "OPTIONS" => Method::Options,
            "HEAD" => Method::Head,
            "PATCH" => Method::Patch,
            "TRACE" => Method::Trace,
            _ => return None,
        })
    }

    /// Lower-case name, as OpenAPI path items spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "get",
            Method::Put => "put",
            Method::Post => "post",
            Method::Delete => "delete",
            Method::Options => "options",
            Method::Head => "head",
            Method::Patch => "patch",
            Method::Trace => "trace",
        }
    }

    /// Whether the method may carry a request body in the dialect.
    pub fn has_body(self) -> bool {
        matches!(self, Method::Post | Method::Put | Method::Patch)
    }
}

/// A request line (`PATCH /path`) with its offset in the code block's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestLine {
    pub method: Method,
    pub target: String,
    pub offset: usize,
}

/// Splits a request line (`METHOD target [HTTP/1.1]`).
pub fn parse_request_line(line: &str) -> Option<(Method, String)> {
    let line = line.trim();
    let (word, rest) = line.split_once(char::is_whitespace)?;
    // Upper-case methods only: "Get a list of users" is prose, not a request.
    if word.bytes().any(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let method = Method::parse(word)?;
    let mut target = rest.trim();
    if let Some(idx) = target.rfind(" HTTP/") {
        target = target[..idx].trim_end();
    }
    // Not the docs generator's mark for a path it could not write (`** Collection URI for
    // microsoft.graph.directoryObject not found/{id}/$ref`).
    let path_like = target.starts_with(['/', '{'])
        || target.starts_with("http")
        || (target.contains('/') && target.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '~'));
    if target.is_empty() || !path_like {
        return None;
    }
    // Some pages put spaces inside paths (`{id | userPrincipalName}`); keep them.
    Some((method, target.to_string()))
}

/// All request lines of an "HTTP request" code block, skipping comments and blanks.
///
/// A target broken over lines inside a call or a placeholder
/// (`…/learningCourseActivities(extern` then `alCourseActivityId={id})`) is joined.
pub fn request_lines(text: &str) -> Vec<RequestLine> {
    lines_of(text, false)
}

/// [`request_lines`] of a code block, where one stray lowercase word before the
/// method (`daily GET /userInsightsRoot/daily/summary`) is dropped; prose keeps it
/// ("see GET /me/drive/root for the root folder" is no request).
pub fn code_request_lines(text: &str) -> Vec<RequestLine> {
    lines_of(text, true)
}

/// The request line a code fence writes after its language (```` ```HTTP GET /education/schools ````),
/// with its offset in the info string; none where the info is only a language and attributes.
pub fn fence_request_lines(info: &str) -> Vec<RequestLine> {
    let Some((_, rest)) = info.split_once(char::is_whitespace) else { return Vec::new() };
    let at = info.len() - rest.len();
    lines_of(rest, false).into_iter().map(|l| RequestLine { offset: l.offset + at, ..l }).collect()
}

fn lines_of(text: &str, stray_word: bool) -> Vec<RequestLine> {
    let mut out = Vec::new();
    let mut offset = 0;
    let mut lines = text.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        // One stray word before the method (`daily GET /userInsightsRoot/daily/summary`) is dropped.
        let stray = |l: &str| {
            let (word, rest) = l.trim_start().split_once(' ')?;
            let rest = rest.trim_start();
            let parsed = parse_request_line(rest).filter(|(_, t)| t.starts_with('/'))?;
            // A lowercase word only: not a comment's `//` or `#`.
            let plain = !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase());
            plain.then_some((parsed, l.len() - rest.len()))
        };
        let (parsed, lead) = match parse_request_line(line) {
            Some(parsed) => (Some(parsed), line.len() - line.trim_start().len()),
            None if stray_word => match capitalized(line) {
                Some(parsed) => (Some(parsed), line.len() - line.trim_start().len()),
                None => stray(line).map_or((None, 0), |(parsed, lead)| (Some(parsed), lead)),
            },
            None => (None, 0),
        };
        if let Some((method, mut target)) = parsed {
            let start = offset + lead;
            while unclosed(&target)
                && let Some(next) = lines.peek()
                && !next.trim().is_empty()
                && parse_request_line(next).is_none()
            {
                target.push_str(next.trim());
                offset += next.len();
                lines.next();
            }
            out.push(RequestLine { method, target, offset: start });
        }
        offset += line.len();
    }
    out
}

/// A code block's request line whose method is capitalized (`Delete /directory/templates/…/$ref`):
/// the method, where the target is a path; in prose such a word starts a sentence.
fn capitalized(line: &str) -> Option<(Method, String)> {
    let (word, rest) = line.trim().split_once(char::is_whitespace)?;
    let mut chars = word.chars();
    if !(chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.all(|c| c.is_ascii_lowercase())) {
        return None;
    }
    let (method, target) = parse_request_line(&format!("{} {rest}", word.to_ascii_uppercase()))?;
    (target.starts_with('/') || target.starts_with("https://")).then_some((method, target))
}

/// Whether a request target opens more parentheses or braces than it closes.
fn unclosed(target: &str) -> bool {
    target.matches('(').count() > target.matches(')').count()
        || target.matches('{').count() > target.matches('}').count()
}

/// An example message: a request or a response, as written in a code block.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Message {
    /// The request line, for requests.
    pub request: Option<(Method, String)>,
    /// The status code and reason, for responses with a status line.
    pub status: Option<(u16, String)>,
    pub headers: Vec<(String, String)>,
    pub body: String,
    /// Byte offset of the body within the block's text.
    pub body_offset: usize,
}

impl Message {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// A status line written without `HTTP/1.1` (`200 OK`): three digits, then the reason.
fn bare_status_line(t: &str) -> Option<(u16, String)> {
    let (code, reason) = t.split_once(' ')?;
    let code = code.parse::<u16>().ok().filter(|c| (100..600).contains(c) && code.len() == 3)?;
    let reason = reason.trim();
    reason
        .chars()
        .all(|c| c.is_ascii_alphabetic() || c == ' ' || c == '-')
        .then(|| (code, reason.to_string()))
        .filter(|(_, r)| !r.is_empty())
}

/// A header whose colon was dropped (`Content-Type application/xml`): only the headers
/// that describe a body or a redirect, with a value that fits them, so that no body
/// line is taken for one.
fn colonless_header(t: &str) -> Option<(&str, &str)> {
    let (name, value) = t.split_once(' ')?;
    let value = value.trim();
    let fits = match name.to_ascii_lowercase().as_str() {
        "content-type" => value.split(';').next().is_some_and(|m| {
            m.split_once('/').is_some_and(|(a, b)| {
                let token =
                    |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_alphanumeric() || b"+-.".contains(&c));
                token(a) && token(b.trim())
            })
        }),
        "content-length" => !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()),
        "location" => value.starts_with("https://") || value.starts_with("http://"),
        _ => false,
    };
    fits.then_some((name, value))
}

/// Parses an example block: an optional start line, header lines, then the body
/// (with or without the blank line HTTP requires).
pub fn parse_message(text: &str) -> Message {
    let mut msg = parse_head(text);
    // The same request written again before the body (beta's learning content update: a line by
    // `(externalId='…')` and its header, then one by id, its header and the JSON): the last one,
    // which sends the body. (Lines listed without a body, Intune's `GET` blocks, stay the first's.)
    if let Some((method, _)) = msg.request.clone() {
        let again = |at: usize| {
            let first = text[at..].trim_start().lines().next().unwrap_or("").trim();
            parse_request_line(first).is_some_and(|(m, _)| m == method)
        };
        let (mut at, mut last) = (msg.body_offset, None);
        while again(at) {
            let start = text.len() - text[at..].trim_start().len();
            let mut next = parse_head(&text[start..]);
            next.body_offset += start;
            at = next.body_offset;
            last = Some(next);
        }
        if let Some(last) = last
            && !text[at..].trim().is_empty()
        {
            msg = last;
        }
    }
    msg.body = text[msg.body_offset.min(text.len())..].to_string();
    msg
}

/// A message's start line and headers, and where its body starts (`body` left empty).
fn parse_head(text: &str) -> Message {
    let is_header = |t: &str| {
        t.split_once(':')
            .is_some_and(|(name, _)| !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
    };
    let mut msg = Message::default();
    let mut offset = 0;
    let mut lines = text.split_inclusive('\n').peekable();
    // Start line.
    while let Some(line) = lines.peek() {
        let t = line.trim();
        if t.is_empty() {
            offset += line.len();
            lines.next();
            continue;
        }
        if let Some(rest) = t.strip_prefix("HTTP/") {
            let mut parts = rest.split_whitespace().skip(1);
            if let Some(code) = parts.next().and_then(|c| c.parse::<u16>().ok()) {
                msg.status = Some((code, parts.collect::<Vec<_>>().join(" ")));
            }
            offset += line.len();
            lines.next();
        } else if let Some(status) = bare_status_line(t).or_else(|| t.strip_prefix("HTTP ").and_then(bare_status_line))
        {
            // `200 OK` without the protocol version, or with its name alone (`HTTP 201 Created`).
            msg.status = Some(status);
            offset += line.len();
            lines.next();
        } else if let Some((method, mut target)) = parse_request_line(t) {
            offset += line.len();
            lines.next();
            // A call's arguments broken over lines (`getRoleScopeTagsByIds(ids=[` … `])`).
            while unclosed(&target)
                && let Some(next) = lines.peek()
                && !next.trim().is_empty()
                && !is_header(next.trim())
            {
                target.push_str(next.trim());
                offset += next.len();
                lines.next();
            }
            msg.request = Some((method, target));
        }
        break;
    }
    // Headers. Some pages put a blank line between the start line and the
    // headers; a blank line ends the headers only once one was read.
    while let Some(line) = lines.peek() {
        let t = line.trim();
        if t.is_empty() {
            offset += line.len();
            lines.next();
            let next_is_header = lines.clone().find(|l| !l.trim().is_empty()).is_some_and(|l| is_header(l.trim()));
            if !msg.headers.is_empty() || !next_is_header {
                break;
            }
            continue;
        }
        match t.split_once(':') {
            Some((name, value)) if is_header(t) => {
                msg.headers.push((name.to_string(), value.trim().to_string()));
                offset += line.len();
                lines.next();
            }
            _ => match colonless_header(t) {
                Some((name, value)) => {
                    msg.headers.push((name.to_string(), value.to_string()));
                    offset += line.len();
                    lines.next();
                }
                None => break,
            },
        }
    }
    msg.body_offset = offset;
    msg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_lines_skip_prose_and_keep_offsets() {
        let text =
            "GET /me\nGet a list of things\nGET a\n# comment\n  PATCH /users/{id | userPrincipalName} HTTP/1.1\n";
        let lines = request_lines(text);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[1].method, Method::Patch);
        assert_eq!(lines[1].target, "/users/{id | userPrincipalName}");
        assert_eq!(&text[lines[1].offset..lines[1].offset + 5], "PATCH");
        let unwritten =
            "DELETE ** Collection URI for microsoft.graph.directoryObject not found/{id}/$ref\nGET me/events\n";
        let lines = request_lines(unwritten);
        assert_eq!(lines.iter().map(|l| l.target.as_str()).collect::<Vec<_>>(), ["me/events"]);
    }

    #[test]
    fn a_request_written_again_before_its_body_is_the_last_one() {
        let text = "PATCH /providers/1/contents(externalId='LP4471')\nContent-Type: application/json\n\nPATCH /providers/1/contents/77\nContent-Type: application/json\n\n{\"title\": \"x\"}\n";
        let msg = parse_message(text);
        assert_eq!(msg.request, Some((Method::Patch, "/providers/1/contents/77".to_string())));
        assert_eq!(msg.body.trim(), "{\"title\": \"x\"}");
        assert_eq!(&text[msg.body_offset..], msg.body);
        // Another method after the first request's headers is no copy of it; lines listed without a
        // body (Intune's `GET` blocks) are the first's.
        let other = "GET /a\n\nDELETE /a\n";
        assert_eq!(parse_message(other).request, Some((Method::Get, "/a".to_string())));
        let listed = "GET /a/{id}/b\nGET /b/{id}\nGET /c/{id}\n";
        assert_eq!(parse_message(listed).request, Some((Method::Get, "/a/{id}/b".to_string())));
    }

    #[test]
    fn many_copies_of_a_request_are_read_in_one_pass() {
        // A block of 100 000 bare `GET /a` lines: each copy read once, not once a copy before it
        // (a call per copy, each copying the rest of the block, overflowed the stack).
        let text = "GET /a\n\n".repeat(100_000);
        assert_eq!(parse_message(&text).request, Some((Method::Get, "/a".to_string())));
        let text = format!("{}{{\"a\": 1}}\n", "PATCH /a\nContent-Type: application/json\n\n".repeat(100_000));
        let msg = parse_message(&text);
        assert_eq!(msg.body.trim(), "{\"a\": 1}");
        assert_eq!(&text[msg.body_offset..], msg.body);
    }

    #[test]
    fn a_target_broken_inside_a_call_is_joined() {
        let text = "GET /a/activities(extern\nalId={externalId})\nGET /b/{id\n";
        let lines = request_lines(text);
        assert_eq!(lines[0].target, "/a/activities(externalId={externalId})");
        assert_eq!(lines[1].target, "/b/{id", "nothing to join");
        assert_eq!(&text[lines[1].offset..lines[1].offset + 3], "GET");
    }

    #[test]
    fn a_stray_word_before_the_method() {
        assert!(request_lines("see GET /me/drive/root for the root folder.").is_empty(), "prose keeps it");
        let lines = code_request_lines("daily GET /userInsightsRoot/daily/summary\n// GET /commented/out\n");
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert_eq!(
            (lines[0].method, lines[0].target.as_str(), lines[0].offset),
            (Method::Get, "/userInsightsRoot/daily/summary", 6)
        );
    }

    #[test]
    fn a_capitalized_method_in_a_code_block() {
        // beta's device template owners: `Delete /directory/templates/deviceTemplates/{id}/owners/{user_id}/$ref`.
        let lines = code_request_lines("  Delete /directory/templates/deviceTemplates/{id}/owners/{user_id}/$ref\n");
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert_eq!(
            (lines[0].method, lines[0].target.as_str(), lines[0].offset),
            (Method::Delete, "/directory/templates/deviceTemplates/{id}/owners/{user_id}/$ref", 2)
        );
        // Prose keeps it; so does a code block's sentence without a path.
        assert!(request_lines("Delete /me/events/{id} to cancel it.").is_empty());
        assert!(code_request_lines("Get the owners of a device template.\n").is_empty());
    }

    #[test]
    fn a_header_without_its_colon() {
        let m = parse_message("HTTP/1.1 200 OK\nContent-Type application/xml\n<Policy/>\n");
        assert_eq!(m.header("content-type"), Some("application/xml"));
        assert_eq!(m.body, "<Policy/>\n");
        let m = parse_message("HTTP/1.1 200 OK\nContent-type: text/csv\n\nContent-Type is a column\n");
        assert_eq!(m.body, "Content-Type is a column\n", "prose after a header is body");
        // beta's Outlook task attachments: the protocol's name without its version.
        let m = parse_message("HTTP 201 Created\nContent-type: application/json\n\n{\"id\": \"1\"}\n");
        assert_eq!(m.status, Some((201, "Created".to_string())));
        assert_eq!(m.body.trim(), "{\"id\": \"1\"}");
        let m = parse_message("HTTP/1.1 302 Found\nLocation https://example.com/a\n");
        assert_eq!(m.header("location"), Some("https://example.com/a"));
    }

    #[test]
    fn response_without_blank_line_before_body() {
        let m = parse_message("HTTP/1.1 200 OK\nContent-Type: application/json\n{\n \"a\": 1\n}\n");
        assert_eq!(m.status, Some((200, "OK".into())));
        assert_eq!(m.header("content-type"), Some("application/json"));
        assert!(m.body.starts_with('{'));
    }

    #[test]
    fn a_blank_line_before_the_headers() {
        let m = parse_message(
            "POST https://graph.microsoft.com/beta/x/sync\n\nContent-type: application/json\nContent-length: 9\n\n{\"a\": 1}\n",
        );
        assert_eq!(m.header("content-type"), Some("application/json"));
        assert_eq!(m.body.trim(), "{\"a\": 1}");
        let bare = parse_message("200 OK\n");
        assert_eq!(bare.status, Some((200, "OK".to_string())));
        assert!(bare.body.is_empty());
        assert_eq!(parse_message("200\n").status, None, "a number is a body");
        let m = parse_message("HTTP/1.1 200 OK\n\n{\"value\": 1}");
        assert!(m.headers.is_empty() && m.body.trim().starts_with('{'));
    }

    #[test]
    fn request_with_headers_and_body() {
        let m =
            parse_message("POST https://graph.microsoft.com/v1.0/me/x\nContent-type: application/json\n\n{\"a\":1}");
        assert_eq!(m.request.unwrap().0, Method::Post);
        assert_eq!(m.headers.len(), 1);
        assert_eq!(m.body, "{\"a\":1}");
    }

    #[test]
    fn a_call_broken_over_lines_is_one_target() {
        let m =
            parse_message("GET https://graph.microsoft.com/beta/x/f(ids=[\n  \"a\"\n])\nAccept: application/json\n");
        assert_eq!(m.request.unwrap().1, "https://graph.microsoft.com/beta/x/f(ids=[\"a\"])");
        let typo = parse_message("GET https://graph.microsoft.com/beta/x/f(a=1\nAccept: application/json\n");
        assert_eq!(typo.request.unwrap().1, "https://graph.microsoft.com/beta/x/f(a=1", "headers stay headers");
        assert_eq!(typo.headers.len(), 1);
        assert_eq!(m.headers.len(), 1);
    }

    #[test]
    fn json_only_block_has_no_start_line() {
        let m = parse_message("{\"a\": \"b: c\"}");
        assert!(m.status.is_none() && m.request.is_none() && m.headers.is_empty());
        assert_eq!(m.body_offset, 0);
    }
}
