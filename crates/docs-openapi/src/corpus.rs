//! Measures how completely a conversion covers its pages: the numbers the
//! corpus targets are stated in.
//!
//! The (method, path) coverage is measured against the request lines as the
//! pages write them, read by a deliberately simple scan (not the converter's
//! path normalizer), so a loss anywhere in the pipeline shows.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::page::{Page, PageKind};
use crate::validate::{ExampleCheck, check_examples};
use crate::{Conversion, FileId, markdown::Block};

/// Coverage of one conversion.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Api pages with an "HTTP request" section, and those of them that yielded operations.
    pub api_pages_with_section: usize,
    pub api_pages_with_section_and_operations: usize,
    /// Api pages (with a section) that yielded nothing.
    pub api_pages_without_operations: Vec<String>,
    /// Distinct (method, path) pairs written in "HTTP request" sections, and those in the contract.
    pub written_pairs: usize,
    pub pairs_in_contract: usize,
    pub missing_pairs: Vec<String>,
    /// Resource and enum pages, and those that yielded a component.
    pub type_pages: usize,
    pub type_pages_with_components: usize,
    /// Resource and enum pages that yielded no component.
    pub type_pages_without_components: Vec<String>,
    /// JSON examples checked against their schemas, and those that failed.
    pub example_checks: usize,
    pub invalid_examples: Vec<ExampleCheck>,
}

fn pct(part: usize, whole: usize) -> f64 {
    if whole == 0 { 100.0 } else { part as f64 * 100.0 / whole as f64 }
}

impl Report {
    pub fn api_page_pct(&self) -> f64 {
        pct(self.api_pages_with_section_and_operations, self.api_pages_with_section)
    }
    pub fn pair_pct(&self) -> f64 {
        pct(self.pairs_in_contract, self.written_pairs)
    }
    pub fn type_page_pct(&self) -> f64 {
        pct(self.type_pages_with_components, self.type_pages)
    }
    pub fn example_pct(&self) -> f64 {
        pct(self.example_checks - self.invalid_examples.len(), self.example_checks)
    }
}

/// Measures `conversion` against its own pages.
pub fn report(conversion: &Conversion) -> Report {
    let mut r = Report::default();
    let contract = serde_json::to_value(&conversion.openapi).unwrap_or(Value::Null);
    let mut in_contract: BTreeSet<String> = BTreeSet::new();
    // Functions the contract calls with arguments, without them (`GET /a/f`).
    let mut called: BTreeSet<String> = BTreeSet::new();
    // Written pairs a call with arguments answers: function pages that write the
    // request line without the arguments they document under "Request body" (Intune's
    // "In the request URL, provide the following query parameters", Excel's GETs with a
    // parameters table); the contract calls the function with them
    // (`…/getExpiringVppTokenCount(expiringBeforeDateTime='{}')`); and lines the contract reads
    // under the root their examples write (`under_a_root`).
    let mut answered_by_call: BTreeSet<String> = BTreeSet::new();
    if let Some(paths) = contract.get("paths").and_then(Value::as_object) {
        for (path, item) in paths {
            for method in item.as_object().into_iter().flat_map(|m| m.keys()) {
                let key = pair_key(method, path);
                if let Some(bare) = without_call_arguments(&key) {
                    called.insert(bare);
                }
                in_contract.insert(key);
            }
        }
    }
    let components: BTreeSet<String> = conversion
        .openapi
        .components
        .as_ref()
        .map(|c| c.schemas.keys().map(|k| k.to_ascii_lowercase()).collect())
        .unwrap_or_default();
    let operations_by_file: BTreeSet<FileId> = conversion.api.operations.iter().map(|o| o.origin.file).collect();
    let mut written: BTreeSet<String> = BTreeSet::new();
    for (i, file) in conversion.files.iter().enumerate() {
        let id = FileId(i as u32);
        let page = Page::parse(id, file, &mut Vec::new());
        match page.kind {
            PageKind::Api => {
                let sections = page.request_sections();
                if sections.is_empty() {
                    continue;
                }
                r.api_pages_with_section += 1;
                // An api page may document only paths that another page also documents;
                // its operations then live under the other page's origin.
                let mut pairs = Vec::new();
                for s in &sections {
                    for (i, b) in s.iter() {
                        if let Block::Code(c) = b {
                            let keys = page.sample_keys(i);
                            // Lines as the block writes them, a target broken inside a call joined.
                            let lines = crate::http::code_request_lines(&c.text);
                            let written = lines
                                .iter()
                                .map(|l| format!("{} {}", l.method.as_str().to_ascii_uppercase(), l.target));
                            pairs.extend(written.flat_map(|l| written_pairs(&l, &keys)));
                        }
                    }
                }
                // Function arguments documented under "Request body": announced as URL
                // parameters (Intune), or any parameters table on a page of GETs (Excel);
                // or under "Function parameters" (or as "Path parameters" no placeholder
                // names), which a bare call line takes.
                let gets_only = !pairs.is_empty() && pairs.iter().all(|p| p.starts_with("GET "));
                let body_table = crate::extract::request_body_section(&page)
                    .is_some_and(|s| s.iter().any(|(_, b)| matches!(b, Block::Table(_))));
                let url_arguments =
                    file.text().to_ascii_lowercase().contains("in the request url, provide the following")
                        || (gets_only && body_table)
                        || page.section(&["function parameters"]).is_some()
                        || (gets_only && page.section(&["path parameters"]).is_some());
                if url_arguments {
                    answered_by_call.extend(pairs.iter().filter(|p| answers(&called, p)).cloned());
                }
                // Lines read under the root their examples write (a `bad-path` warning says so:
                // `DELETE /synchronizationProfiles/{id}` as `/education/…`): the pair under it.
                let rooted = conversion.diagnostics.iter().any(|d| {
                    d.file == id && d.code == crate::codes::BAD_PATH && d.message.contains(crate::extract::LACKS_ROOT)
                });
                if rooted {
                    answered_by_call.extend(pairs.iter().filter(|p| under_a_root(&in_contract, p)).cloned());
                }
                let answered = |p: &String| answers(&in_contract, p) || answered_by_call.contains(p);
                let yielded = operations_by_file.contains(&id) || (!pairs.is_empty() && pairs.iter().all(answered));
                if yielded {
                    r.api_pages_with_section_and_operations += 1;
                } else {
                    r.api_pages_without_operations.push(file.name().to_string());
                }
                written.extend(pairs);
            }
            PageKind::Resource | PageKind::Enum => {
                r.type_pages += 1;
                let name = page.title.split_whitespace().next().unwrap_or("").trim_matches('`').to_ascii_lowercase();
                let defined = conversion.api.types.values().any(|t| {
                    t.origin.file == id
                        && matches!(t.source, crate::model::TypeSource::Page | crate::model::TypeSource::EnumList)
                });
                // A page whose type another page's definition won (an older copy, `rangefill.md`
                // beside `workbookrangefill.md`): its type is a component, its rows merged in.
                let superseded =
                    conversion.diagnostics.iter().any(|d| d.file == id && d.code == crate::codes::DUPLICATE_TYPE);
                if defined || superseded || components.contains(&name) {
                    r.type_pages_with_components += 1;
                } else {
                    r.type_pages_without_components.push(file.name().to_string());
                }
            }
            PageKind::Other => {}
        }
    }
    r.written_pairs = written.len();
    for p in &written {
        if answers(&in_contract, p) || answered_by_call.contains(p) {
            r.pairs_in_contract += 1;
        } else {
            r.missing_pairs.push(p.clone());
        }
    }
    let checks = check_examples(&contract);
    r.example_checks = checks.len();
    r.invalid_examples = checks.into_iter().filter(|c| !c.is_valid()).collect();
    r
}

/// A request target whose last segment is prose in a placeholder
/// (`…/{Stream object type such as backgroundImage}`) with that segment as `*`: the
/// contract writes a path for each property the prose stands for.
fn prose_as_wildcard(target: &str) -> std::borrow::Cow<'_, str> {
    // The path's last segment: one placeholder, not a query string's (`?$select=id,{p_1},{p_n}`).
    let placeholder = |last: &str| {
        last.strip_prefix('{')
            .and_then(|l| l.strip_suffix('}'))
            .is_some_and(|inner| !inner.contains(['{', '}', '|', '?']) && inner.split_whitespace().count() >= 3)
    };
    match target.trim_end().rsplit_once('/') {
        Some((head, last)) if placeholder(last) => std::borrow::Cow::Owned(format!("{head}/*")),
        _ => std::borrow::Cow::Borrowed(target),
    }
}

/// Whether the contract has a written pair under one more literal segment at its root
/// (`DELETE /education/synchronizationprofiles/{}` for `DELETE /synchronizationprofiles/{}`).
fn under_a_root(in_contract: &BTreeSet<String>, pair: &str) -> bool {
    let Some((method, path)) = pair.split_once(' ') else { return false };
    in_contract.iter().any(|c| {
        c.strip_prefix(method)
            .and_then(|c| c.strip_prefix(" /"))
            .and_then(|c| c.split_once('/'))
            .is_some_and(|(root, rest)| !root.contains(['{', '(']) && format!("/{rest}") == path)
    })
}

/// Whether the contract has a written pair: itself, or for a `…/*` pair a path one
/// literal segment longer, or the pair with a key it writes bare (`…/userid`) as a
/// placeholder, as the converter reads it where an example passes a value there.
fn answers(in_contract: &BTreeSet<String>, pair: &str) -> bool {
    match pair.strip_suffix('*') {
        Some(prefix) => in_contract
            .iter()
            .any(|c| c.strip_prefix(prefix).is_some_and(|rest| !rest.is_empty() && !rest.contains('/'))),
        None => in_contract.contains(pair) || in_contract.iter().any(|c| with_bare_keys(pair, c)),
    }
}

/// Whether `written` is `contract` with some of its placeholders written as bare key
/// words (`GET /a/userid` for `GET /a/{}`).
fn with_bare_keys(written: &str, contract: &str) -> bool {
    let key_word = |s: &str| s.len() >= 2 && s.ends_with("id") && s.bytes().all(|b| b.is_ascii_alphanumeric());
    let (w, c): (Vec<&str>, Vec<&str>) = (written.split('/').collect(), contract.split('/').collect());
    w.len() == c.len()
        && w.iter().zip(&c).any(|(a, b)| a != b)
        && w.iter().zip(&c).all(|(a, b)| a == b || (*b == "{}" && key_word(a)))
}

/// `METHOD /path` pairs from a written request line, with host, version, query and
/// parameter names removed (`{x}` → `{}`) and in lowercase; none for other lines.
/// One, or one a name of a property alternation (`…/{id}/{bannerLogo | squareLogo}`),
/// as the contract has them; prose in a last placeholder is `*` (see [`answers`]).
fn written_pairs(line: &str, sample_keys: &[&str]) -> Vec<String> {
    let mut words = line.split_whitespace();
    let Some(method) =
        words.next().filter(|m| matches!(*m, "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS"))
    else {
        return Vec::new();
    };
    let target = line.trim()[method.len()..].trim().split(" HTTP/").next().unwrap_or_default();
    // A `)` that closes no `(` (`messages('{id}'))`), as the contract reads the line without it.
    let unclosed = crate::paths::without_stray_closers(target);
    let target = unclosed.as_deref().unwrap_or(target);
    // An option glued to the path without its `?` (`…('{reviewId}')$select=settings`), as the contract reads it.
    let target = if target.contains('?') {
        target
    } else {
        &target[..crate::paths::glued_query(target).unwrap_or(target.len())]
    };
    // `{user-id} | user-principal-name/chats`, as the contract reads it.
    let target = crate::paths::alternation_outside_braces(target);
    let target = crate::paths::sample_keys_as_placeholders(&target, sample_keys);
    crate::paths::property_alternatives(&prose_as_wildcard(&target)).iter().map(|t| pair_key(method, t)).collect()
}

fn pair_key(method: &str, target: &str) -> String {
    let mut t = target.trim();
    if let Some(i) = t.find("://") {
        t = t[i + 3..].find('/').map_or("", |j| &t[i + 3 + j..]);
    }
    // `~/onPremisesPublishingProfiles/…`: `~` is the service root, as the contract reads it.
    let t = t.trim_start_matches('/');
    let t = t.strip_prefix("~/").unwrap_or(t);
    let t = ["v1.0/", "beta/"].iter().find_map(|v| t.strip_prefix(v)).unwrap_or(t);
    // A brace the page forgot (`{group-id/drive/…`), as the contract restores it.
    let t = crate::paths::balanced_segments(t);
    // A call's parenthesis the page forgot (`range(address='<address>'/entireRow`), as the contract closes it.
    let t = crate::paths::closed_calls(&t).into_owned();
    // A slash the page forgot before a key (`/subjectRightsRequests{id}/…`), as the contract restores it.
    let t = crate::paths::key_apart(&t);
    // A placeholder in parentheses (`/teams/(team-id)/…`), as the contract braces it.
    let t = crate::paths::paren_placeholders(&t);
    let t = crate::paths::call_placeholders(&t);
    let t = crate::paths::angle_placeholders(&t);
    // An example's host name for a key (`/domains/contoso.com/…`), as the contract reads it.
    let t = crate::paths::host_keys(&t);
    let mut out = String::from("/");
    let mut depth = 0;
    let mut parens = 0;
    for c in t.chars() {
        match c {
            '{' => {
                depth += 1;
                if depth == 1 {
                    out.push_str("{}");
                }
            }
            '}' => depth -= 1,
            '?' if depth == 0 => break,
            '(' if depth == 0 => {
                parens += 1;
                out.push('(');
            }
            ')' if depth == 0 => {
                parens -= 1;
                out.push(')');
            }
            // Between a function's arguments: not part of the URL.
            c if c.is_whitespace() && depth == 0 && parens > 0 => {}
            c if c.is_whitespace() && depth == 0 => break,
            _ if depth > 0 => {}
            // Graph's paths are case-insensitive; the contract keeps one spelling.
            c => out.push(c.to_ascii_lowercase()),
        }
    }
    while out.contains("//") {
        out = out.replace("//", "/");
    }
    if out.len() > 1 && out.ends_with('/') {
        out.pop();
    }
    // A key written as a segment of its own (`/groups/(uniqueName='x')`), as the contract joins it.
    out = out.replace("/(", "(");
    // A function argument in quotes or not (`address={}` beside an example's `address='A1'`:
    // the contract quotes what the example quotes) is one argument.
    out = out.replace("='{}'", "={}");
    // A key segment in quotes (`/recoveryKeys/'{id}'`), as the contract reads it.
    out = out.replace("/'{}'", "/{}");
    // The dialect's two relative forms, which the contract spells out (see
    // `paths::normalize`): Excel's `/workbook/…` under its drive item, and
    // `/childFolders/{id}/.../contacts` (any depth) at one level; and `/user/{id}` and
    // `/group/{id}`, the sets (Graph has no such roots either).
    if out == "/workbook" || out.starts_with("/workbook/") {
        out.insert_str(0, "/me/drive/items/{}");
    }
    for root in ["/user/{", "/group/{"] {
        if out.starts_with(root) {
            out.insert(root.len() - 2, 's');
        }
    }
    while out.contains("/.../") {
        out = out.replace("/.../", "/");
    }
    // A key in parentheses (`cases('{id}')`) is the key as a segment, as the contract keeps it.
    format!("{} {}", method.to_ascii_uppercase(), crate::paths::keys_as_segments(&out))
}

/// `GET /a/f(x='{}')` → `GET /a/f`: a function call's key without its arguments.
fn without_call_arguments(key: &str) -> Option<String> {
    let last = key.rsplit('/').next()?;
    let open = last.find('(')?;
    (open > 0 && last.ends_with(')')).then(|| key[..key.len() - (last.len() - open)].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_pairs_ignore_names_hosts_and_queries() {
        assert_eq!(written_pairs("GET /users/{id | userPrincipalName}/events?$top=5", &[])[0], "GET /users/{}/events");
        assert_eq!(written_pairs("PATCH https://graph.microsoft.com/beta/a/{b}/", &[])[0], "PATCH /a/{}");
        assert_eq!(
            written_pairs("PATCH /user/{userId}/profile/emails/{id}", &[])[0],
            "PATCH /users/{}/profile/emails/{}"
        );
        assert_eq!(pair_key("patch", "/a/{a-id}"), "PATCH /a/{}");
        assert_eq!(pair_key("get", "/bitlocker/recoveryKeys/'{keyId}'"), "GET /bitlocker/recoverykeys/{}");
        assert_eq!(pair_key("post", "/cases('{caseId}')/x"), pair_key("post", "/cases/{id}/x"));
        // A placeholder in parentheses, as the contract braces it; a key's value stays a key.
        assert_eq!(pair_key("patch", "/teams/(team-id)/channels/{channel-id}"), "PATCH /teams/{}/channels/{}");
        assert_eq!(pair_key("get", "/groups/(1234)/x"), "GET /groups(1234)/x");
        assert!(written_pairs("Get a thing", &[]).is_empty());
        // An alternation written after its closing brace is one placeholder, as the contract reads it.
        assert_eq!(
            written_pairs("GET /users/{user-id} | user-principal-name/chats/{chat-id}/members", &[])[0],
            "GET /users/{}/chats/{}/members"
        );
        assert_eq!(
            written_pairs("GET ~/onPremisesPublishingProfiles/{publishingType}/agents", &[])[0],
            "GET /onpremisespublishingprofiles/{}/agents"
        );
        assert_eq!(
            written_pairs("GET /domains/contoso.com/serviceConfigurationRecords", &[])[0],
            "GET /domains/{}/serviceconfigurationrecords"
        );
        assert_eq!(written_pairs("GET /me/contactfolders", &[])[0], pair_key("get", "/me/contactFolders"));
        assert_eq!(
            written_pairs("PATCH /groups/(uniqueName='x')", &[])[0],
            pair_key("patch", "/groups(uniqueName='{x}')")
        );
        assert_eq!(
            written_pairs("GET /privacy/subjectRightsRequests{subjectRightsRequestId}/getFinalReport", &[])[0],
            "GET /privacy/subjectrightsrequests/{}/getfinalreport"
        );
        // A `)` that closes no `(`, as the contract reads the line.
        assert_eq!(written_pairs("GET /admin/messages('{id}'))", &[])[0], "GET /admin/messages/{}");
        // An option glued to the path, as the contract reads the line.
        assert_eq!(written_pairs("GET /accessReviews('{reviewId}')$select=settings", &[])[0], "GET /accessreviews/{}");
    }

    #[test]
    fn a_line_read_under_its_examples_root_is_in_the_contract_there() {
        // beta's synchronization profile delete: `DELETE /synchronizationProfiles/{id}` over an
        // example of `…/beta/education/synchronizationProfiles/{id}`.
        let page = "---\ndoc_type: apiPageType\n---\n# Delete profile\n\n## HTTP request\n```http\nDELETE /synchronizationProfiles/{id}\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n\n## Example\n<!-- { \"blockType\": \"request\", \"name\": \"delete_profile\" } -->\n```http\nDELETE https://graph.microsoft.com/beta/education/synchronizationProfiles/1\n```\n";
        let r = report(&crate::convert(vec![crate::SourceFile::new("api/delete.md", page)]));
        assert_eq!((r.written_pairs, r.pairs_in_contract), (1, 1), "missing: {:?}", r.missing_pairs);
        let contract: BTreeSet<String> = ["DELETE /education/synchronizationprofiles/{}".to_string()].into();
        assert!(under_a_root(&contract, "DELETE /synchronizationprofiles/{}"));
        assert!(!under_a_root(&contract, "GET /synchronizationprofiles/{}"));
        assert!(!under_a_root(&contract, "DELETE /education/synchronizationprofiles/{}"));
    }

    #[test]
    fn a_key_written_bare_is_answered_by_its_placeholder() {
        assert!(with_bare_keys("GET /directory/profiles/userid", "GET /directory/profiles/{}"));
        assert!(!with_bare_keys("GET /directory/profiles/settings", "GET /directory/profiles/{}"));
        assert!(!with_bare_keys("GET /directory/profiles/{}", "GET /directory/profiles/{}/x"));
    }

    /// Converts one api page and checks that all `written` pairs it writes are in its contract.
    fn assert_pairs(page: &str, written: usize) {
        let r = report(&crate::convert(vec![crate::SourceFile::new("api/f.md", page)]));
        assert_eq!((r.written_pairs, r.pairs_in_contract), (written, written), "missing: {:?}", r.missing_pairs);
    }

    #[test]
    fn a_request_line_of_sample_keys_is_a_template() {
        let page = "---\ndoc_type: apiPageType\n---\n# Get task\n\n## HTTP request\n<!-- { \"blockType\": \"ignored\", \"sampleKeys\": [\"2\"] } -->\n```http\nGET https://graph.microsoft.com/beta/workflows/156ce798-1eb6-4e0a-8515-e79f54d04390/versions/2/tasks/{taskId}\n```\n\n## Response\nIf successful, this method returns a `200 OK` response code.\n";
        assert_pairs(page, 1);
        let c = crate::convert(vec![crate::SourceFile::new("api/f.md", page)]);
        let paths: Vec<&String> = c.openapi.paths.paths.keys().collect();
        assert_eq!(paths, ["/workflows/{workflowId}/versions/{versionId}/tasks/{taskId}"]);
    }

    #[test]
    fn a_bare_function_line_beside_its_parameters_is_answered_by_the_call() {
        let page = "---\ndoc_type: apiPageType\n---\n# usersRegisteredByFeature\n\n## HTTP request\n```http\nGET /reports/authenticationMethods/usersRegisteredByFeature\n```\n\n## Function parameters\n|Parameter|Type|Description|\n|:---|:---|:---|\n|includedUserRoles|String|The role type.|\n\n## Response\nIf successful, this function returns a `200 OK` response code and a String in the response body.\n";
        assert_pairs(page, 1);
    }

    #[test]
    fn property_names_after_a_key_are_pairs_of_their_own() {
        let page = "---\ndoc_type: apiPageType\n---\n# Update localization\n\n## HTTP request\n```http\nPUT /localizations/{id}/{bannerLogo | squareLogo} HTTP/1.1\n```\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
        assert_pairs(page, 2);
    }

    #[test]
    fn prose_in_a_placeholder_is_answered_by_the_paths_it_stands_for() {
        let page = "---\ndoc_type: apiPageType\n---\n# Update branding\n\n## HTTP request\n```http\nPUT /branding/localizations/{id}/{Stream object type such as backgroundImage}\n```\n\n## Request body\n| Property | Type | Description |\n|:--|:--|:--|\n| backgroundImage | Stream | An image. |\n\n## Response\nIf successful, this method returns a `204 No Content` response code.\n";
        assert_pairs(page, 1);
        assert!(!answers(&BTreeSet::from(["PUT /a/{}/b/c".to_string()]), "PUT /a/{}/*"), "one segment, not two");
        // A query string's placeholders are no prose placeholder.
        let query =
            "GET /devices/{Id}?$expand=extensions($filter=id eq '{extensionId}')&$select=id,{property_1},{property_n}";
        assert_eq!(written_pairs(query, &[]), ["GET /devices/{}"]);
    }

    #[test]
    fn a_resource_page_whose_type_another_page_defines_yields_it() {
        // v1.0's older `rangefill.md` ("RangeFill resource type") beside `workbookrangefill.md`.
        let page = |title: &str| {
            format!(
                "---\ndoc_type: resourcePageType\n---\n# {title} resource type\n\n## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|color|String|The color.|\n\n## JSON representation\n<!-- {{\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.workbookRangeFill\"}} -->\n```json\n{{\"color\": \"String\"}}\n```\n"
            )
        };
        let r = report(&crate::convert(vec![
            crate::SourceFile::new("resources/workbookrangefill.md", page("workbookRangeFill")),
            crate::SourceFile::new("resources/rangefill.md", page("RangeFill")),
        ]));
        assert_eq!((r.type_pages, r.type_pages_with_components), (2, 2), "{:?}", r.type_pages_without_components);
    }

    #[test]
    fn a_call_with_arguments_answers_the_bare_function() {
        let key = pair_key("get", "/reports/f(period='{period}')");
        assert_eq!(without_call_arguments(&key).as_deref(), Some("GET /reports/f"));
        assert_eq!(without_call_arguments("GET /reports/f"), None);
        assert_eq!(pair_key("get", "/a/f(x={x})"), pair_key("get", "/a/f(x='{y}')"), "quoted or not");
        assert_eq!(without_call_arguments("GET /a/f(x={})/b"), None);
    }
}
