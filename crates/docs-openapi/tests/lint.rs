//! Each lint check fires on a page written to trigger it, and not on a clean one.

use docs_openapi::lint::{self, lint, sarif};
use docs_openapi::{SourceFile, convert};

fn codes(pages: &[(&str, &str)]) -> Vec<&'static str> {
    let c = convert(pages.iter().map(|(n, t)| SourceFile::new(*n, *t)).collect());
    lint(&c, std::path::Path::new("/nonexistent-root")).into_iter().map(|d| d.code).collect()
}

const RESOURCE: &str = "---\ndoc_type: resourcePageType\n---\n# thing resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|id|String|The id.|\n|size|Int32|The size.|\n|state|thingState|Possible values are: `on`, `off`.|\n";

fn api(request: &str, response: &str) -> String {
    format!(
        "---\ndoc_type: apiPageType\n---\n# Update thing\n\n## HTTP request\n```http\nPATCH /things/{{id}}\n```\n## Request body\nIn the request body, supply a JSON representation of the [thing](../resources/thing.md) object.\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [thing](../resources/thing.md) object.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"update_thing\" }} -->\n```http\n{request}\n```\n<!-- {{ \"blockType\": \"response\", \"truncated\": true }} -->\n```http\n{response}\n```\n"
    )
}

const GOOD_REQUEST: &str =
    "PATCH https://graph.microsoft.com/v1.0/things/1\nContent-type: application/json\n\n{\"size\": 3}";
const GOOD_RESPONSE: &str = "HTTP/1.1 200 OK\nContent-type: application/json\n\n{\"@odata.type\": \"#microsoft.graph.thing\", \"id\": \"1\", \"size\": 3, \"state\": \"on\"}";

#[test]
fn a_clean_page_has_no_findings() {
    let found = codes(&[("resources/thing.md", RESOURCE), ("api/thing-update.md", &api(GOOD_REQUEST, GOOD_RESPONSE))]);
    let lint_only: Vec<_> =
        found.iter().filter(|c| lint::CODES.iter().any(|(k, _)| k == *c) && **c != lint::BROKEN_LINK).collect();
    assert!(lint_only.is_empty(), "{found:?}");
}

#[test]
fn each_check_fires() {
    let cases: &[(&str, String)] = &[
        (lint::EXAMPLE_URL_MISMATCH, api(&GOOD_REQUEST.replace("/things/1", "/widgets/1"), GOOD_RESPONSE)),
        (lint::STATUS_MISMATCH, api(GOOD_REQUEST, &GOOD_RESPONSE.replace("200 OK", "201 Created"))),
        (lint::EXAMPLE_UNDOCUMENTED_PROPERTY, api(&GOOD_REQUEST.replace("\"size\"", "\"colour\""), GOOD_RESPONSE)),
        (lint::EXAMPLE_TYPE_MISMATCH, api(&GOOD_REQUEST.replace("3}", "\"three\"}"), GOOD_RESPONSE)),
        (lint::EXAMPLE_UNKNOWN_ENUM_VALUE, api(GOOD_REQUEST, &GOOD_RESPONSE.replace("\"on\"", "\"dim\""))),
        (lint::ODATA_TYPE_HASH, api(GOOD_REQUEST, &GOOD_RESPONSE.replace("#microsoft", "microsoft"))),
        (
            lint::CONTENT_LENGTH,
            api(
                &GOOD_REQUEST
                    .replace("Content-type: application/json", "Content-type: application/json\nContent-Length: 99"),
                GOOD_RESPONSE,
            ),
        ),
        (
            lint::MISSING_EXAMPLE,
            api(GOOD_REQUEST, GOOD_RESPONSE).replace("\"blockType\": \"response\"", "\"blockType\": \"ignored\""),
        ),
        (
            lint::CREATE_ON_UPDATE,
            api(GOOD_REQUEST, GOOD_RESPONSE)
                .replace("supply a JSON", "the properties required when you create it; supply a JSON"),
        ),
        (
            lint::EXAMPLE_MISSING_PROPERTY,
            api(GOOD_REQUEST, &GOOD_RESPONSE.replace(", \"state\": \"on\"", ""))
                .replace("\"truncated\": true", "\"truncated\": false"),
        ),
    ];
    for (code, page) in cases {
        let found = codes(&[("resources/thing.md", RESOURCE), ("api/thing-update.md", page)]);
        assert!(found.contains(code), "{code} not reported: {found:?}");
    }
}

#[test]
fn broken_links_are_found_on_disk() {
    let dir = std::env::temp_dir().join(format!("lint-links-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("resources")).unwrap();
    std::fs::create_dir_all(dir.join("api")).unwrap();
    std::fs::write(dir.join("resources/thing.md"), RESOURCE).unwrap();
    let c = convert(vec![
        SourceFile::new("resources/thing.md", RESOURCE),
        SourceFile::new("api/a.md", "# A\n\nSee [thing](../resources/thing.md) and [gone](../resources/gone.md).\n"),
    ]);
    let found: Vec<String> =
        lint(&c, &dir).into_iter().filter(|d| d.code == lint::BROKEN_LINK).map(|d| d.message).collect();
    assert_eq!(found, ["link to `../resources/gone.md`, which does not exist"]);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn pages_can_suppress_codes() {
    let page = api(GOOD_REQUEST, &GOOD_RESPONSE.replace("#microsoft", "microsoft"))
        + "<!-- { \"type\": \"#page.annotation\", \"suppressions\": [\"odata-type-hash: the service accepts both\"] } -->\n";
    let found = codes(&[("resources/thing.md", RESOURCE), ("api/thing-update.md", &page)]);
    assert!(!found.contains(&lint::ODATA_TYPE_HASH), "{found:?}");
}

#[test]
fn sarif_has_the_2_1_0_shape() {
    let c = convert(vec![SourceFile::new(
        "api/a.md",
        api(GOOD_REQUEST, &GOOD_RESPONSE.replace("#microsoft", "microsoft")),
    )]);
    let findings = lint(&c, std::path::Path::new("/"));
    let log = sarif(&findings, &c.files);
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    assert!(run["tool"]["driver"]["rules"].as_array().unwrap().iter().any(|r| r["id"] == lint::ODATA_TYPE_HASH));
    let result = run["results"].as_array().unwrap().iter().find(|r| r["ruleId"] == lint::ODATA_TYPE_HASH).unwrap();
    assert_eq!(result["level"], "warning");
    assert_eq!(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "api/a.md");
    assert!(result["locations"][0]["physicalLocation"]["region"]["startLine"].as_u64().unwrap() > 10);
}
