//! The lint through its public entry point: each check fires on a page written
//! to trigger it and not on a clean one; suppressions; SARIF; the default page.

use std::path::Path;

use docs_openapi::lint::{self, lint, sarif};
use docs_openapi::{Diagnostic, SourceFile, codes, convert};

const RESOURCE: &str = "---\ndoc_type: resourcePageType\n---\n# thing resource type\n\n## Properties\n|Property|Type|Description|\n|:--|:--|:--|\n|id|String|The id.|\n|size|Int32|The size.|\n|state|thingState|Possible values are: `on`, `off`.|\n";

/// An update page with a request and a response example.
fn api(request: &str, response: &str) -> String {
    format!(
        "---\ndoc_type: apiPageType\n---\n# Update thing\n\n## Permissions\n|Permission type|Permissions|\n|:--|:--|\n|Application|Thing.ReadWrite.All|\n\n## HTTP request\n```http\nPATCH /things/{{id}}\n```\n## Request body\nIn the request body, supply a JSON representation of the [thing](../resources/thing.md) object.\n\n## Response\nIf successful, this method returns a `200 OK` response code and a [thing](../resources/thing.md) object.\n\n## Example\n<!-- {{ \"blockType\": \"request\", \"name\": \"update_thing\" }} -->\n```http\n{request}\n```\n<!-- {{ \"blockType\": \"response\", \"truncated\": true }} -->\n```http\n{response}\n```\n"
    )
}

const REQUEST: &str = "PATCH https://graph.microsoft.com/v1.0/things/1\nContent-type: application/json\nContent-Length: 11\n\n{\"size\": 3}";
const RESPONSE: &str = "HTTP/1.1 200 OK\nContent-type: application/json\n\n{\"@odata.type\": \"#microsoft.graph.thing\", \"id\": \"1\", \"size\": 3, \"state\": \"on\"}";

/// Lints the thing resource page and an api page (links are checked against an empty root);
/// a resource page given instead of the api page replaces the thing's, beside the clean api page.
fn findings(page: &str) -> Vec<Diagnostic> {
    let (resource, api_page) = if page.contains("resourcePageType") {
        (page.to_string(), api(REQUEST, RESPONSE))
    } else {
        (RESOURCE.to_string(), page.to_string())
    };
    let c = convert(vec![
        SourceFile::new("resources/thing.md", resource),
        SourceFile::new("api/thing-update.md", api_page),
    ]);
    lint(&c, Path::new("/nonexistent-root")).into_iter().filter(|d| d.code != codes::BROKEN_LINK).collect()
}

fn found(api_page: &str) -> Vec<&'static str> {
    findings(api_page).into_iter().map(|d| d.code).collect()
}

#[test]
fn a_clean_page_has_no_findings() {
    assert_eq!(found(&api(REQUEST, RESPONSE)), Vec::<&str>::new());
}

/// Each case: the code, a page that triggers it.
fn cases() -> Vec<(&'static str, String)> {
    let page = api(REQUEST, RESPONSE);
    vec![
        (codes::TODO_PLACEHOLDER, page.replace("In the request body", "**TODO: describe.** In the request body")),
        (codes::ANNOTATION_JSON, page.replace("\"name\": \"update_thing\" }", "\"name\": \"update_thing\", }")),
        (codes::EXAMPLE_JSON, api(REQUEST, &RESPONSE.replace("\"on\"}", "\"on\",}"))),
        (codes::EXAMPLE_URL_MISMATCH, api(&REQUEST.replace("/things/1", "/widgets/1"), RESPONSE)),
        (codes::STATUS_MISMATCH, api(REQUEST, &RESPONSE.replace("200 OK", "201 Created"))),
        (codes::EXAMPLE_UNDOCUMENTED_PROPERTY, api(&REQUEST.replace("\"size\"", "\"sise\""), RESPONSE)),
        (codes::EXAMPLE_TYPE_MISMATCH, api(&REQUEST.replace("\"size\": 3}", "\"size\":[]}"), RESPONSE)),
        (codes::EXAMPLE_UNKNOWN_ENUM_VALUE, api(REQUEST, &RESPONSE.replace("\"on\"", "\"dim\""))),
        (codes::ODATA_TYPE_HASH, api(REQUEST, &RESPONSE.replace("#microsoft", "microsoft"))),
        (codes::CONTENT_LENGTH, api(&REQUEST.replace("Length: 11", "Length: 99"), RESPONSE)),
        (codes::MISSING_EXAMPLE, page.replace("\"blockType\": \"response\"", "\"blockType\": \"ignored\"")),
        (
            codes::UNANNOTATED_EXAMPLE,
            page.replace("<!-- { \"blockType\": \"response\", \"truncated\": true } -->\n", ""),
        ),
        (
            codes::CREATE_ON_UPDATE,
            page.replace(
                "In the request body,",
                "The properties that are required when you create the thing. In the request body,",
            ),
        ),
        (
            codes::EXAMPLE_MISSING_PROPERTY,
            api(REQUEST, &RESPONSE.replace(", \"state\": \"on\"", ""))
                .replace("\"truncated\": true", "\"truncated\": false"),
        ),
        (
            codes::FUNCTION_ARGUMENT_NOT_IN_PATH,
            page.replace("PATCH /things/{id}\n", "PATCH /things/{id}\nGET /things/{id}/sized(size={size})\n").replace(
                "## Request body",
                "## Function parameters\n|Parameter|Type|Description|\n|:--|:--|:--|\n|size|Int32|The size.|\n|unit|String|The unit. Required.|\n\n## Request body",
            ),
        ),
        (
            codes::USER_ALIAS_MISMATCH,
            page.replace("PATCH /things/{id}\n", "PATCH /me/things/{id}\nPATCH /users/{id}/things/{id}/parts\n")
                .replace("/v1.0/things/1", "/v1.0/me/things/1"),
        ),
        (
            codes::KEY_NOT_LISTED,
            format!(
                "{RESOURCE}\n## JSON representation\n<!-- {{\"blockType\": \"resource\", \"keyProperty\": \"key\", \"@odata.type\": \"microsoft.graph.thing\"}} -->\n```json\n{{\"id\": \"String\", \"size\": 0, \"state\": \"on\"}}\n```\n"
            ),
        ),
        (
            codes::ROW_UNKNOWN_ENUM_VALUE,
            RESOURCE.replace("|state|thingState|Possible values are: `on`, `off`.|", "|state|[thingState](#thingstate-values)|Possible values are: `on`, `dim`.|")
                + "\n### thingState values\n\n|Member|Description|\n|:--|:--|\n|on|On.|\n|off|Off.|\n",
        ),
        (codes::INDENTED_HEADING, page.replace("## Permissions", "        ## Permissions")),
        (codes::NO_PERMISSIONS, page.replace("## Permissions\n", "## Rights\n")),
        (
            codes::UNKNOWN_SUPPRESSION,
            page.clone() + "<!-- { \"type\": \"#page.annotation\", \"suppressions\": [\"odata-hash\"] } -->\n",
        ),
    ]
}

#[test]
fn each_check_fires_alone() {
    for (code, page) in cases() {
        assert_eq!(found(&page), [code], "for {code}");
    }
}

#[test]
fn every_lint_code_has_a_case() {
    let covered: Vec<&str> = cases().iter().map(|(c, _)| *c).collect();
    for code in lint::CODES {
        // Links need files on disk: `broken_links_are_found_on_disk`.
        assert!(covered.contains(code) || *code == codes::BROKEN_LINK, "no case for {code}");
    }
    for code in lint::CODES {
        assert!(codes::ALL.iter().any(|(c, _)| c == code), "{code} is not in codes::ALL");
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
        lint(&c, &dir).into_iter().filter(|d| d.code == codes::BROKEN_LINK).map(|d| d.message).collect();
    std::fs::remove_dir_all(dir).unwrap();
    assert_eq!(found, ["link to `../resources/gone.md`, which does not exist beside this page"]);
}

#[test]
fn pages_suppress_codes_in_either_shape() {
    let page = api(REQUEST, &RESPONSE.replace("#microsoft", "microsoft").replace("\"on\"", "\"dim\""));
    assert_eq!(found(&page), [codes::ODATA_TYPE_HASH, codes::EXAMPLE_UNKNOWN_ENUM_VALUE]);
    let ours = page.clone()
        + "<!-- { \"type\": \"#page.annotation\", \"suppressions\": [\"odata-type-hash: the service accepts both\"] } -->\n";
    assert_eq!(found(&ours), [codes::EXAMPLE_UNKNOWN_ENUM_VALUE]);
    // ApiDoctor's shape, with a raw newline as the real pages write it.
    let apidoctor = page.clone()
        + "<!-- {\n  \"type\": \"#page.annotation\",\n  \"suppressions\": [\n    \"Warning: /api-reference/v1.0/resources/thing.md:\n      Found potential enums in resource example that weren't defined in a table:(dim) are in resource, but () are in table\"\n  ]\n} -->\n";
    assert_eq!(found(&apidoctor), [codes::ODATA_TYPE_HASH, codes::ANNOTATION_JSON]);
    // Naming other values silences nothing.
    let other = apidoctor.replace(":(dim)", ":(bright)");
    assert!(found(&other).contains(&codes::EXAMPLE_UNKNOWN_ENUM_VALUE));
}

#[test]
fn sarif_has_the_2_1_0_shape() {
    let page = api(REQUEST, &RESPONSE.replace("#microsoft", "microsoft"));
    let c = convert(vec![SourceFile::new("api/a b.md", page.clone())]);
    let findings = lint(&c, Path::new("/nonexistent-root"));
    let log = sarif(&findings, &c.files);
    assert_eq!(log["version"], "2.1.0");
    assert_eq!(log["$schema"], lint::SCHEMA);
    let runs = log["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1);
    let driver = &runs[0]["tool"]["driver"];
    assert!(driver["name"].is_string());
    let rules = driver["rules"].as_array().unwrap();
    assert_eq!(rules.len(), codes::ALL.len());
    assert!(rules.iter().all(|r| r["id"].is_string() && r["shortDescription"]["text"].is_string()));
    let results = runs[0]["results"].as_array().unwrap();
    assert_eq!(results.len(), findings.len());
    for r in results {
        assert!(rules.iter().any(|rule| rule["id"] == r["ruleId"]));
        assert_eq!(rules[r["ruleIndex"].as_u64().unwrap() as usize]["id"], r["ruleId"]);
        assert!(matches!(r["level"].as_str(), Some("warning" | "error")));
        assert!(!r["message"]["text"].as_str().unwrap().is_empty());
        let location = &r["locations"][0]["physicalLocation"];
        assert_eq!(location["artifactLocation"]["uri"], "api/a%20b.md");
        assert!(location["region"]["startLine"].as_u64().unwrap() >= 1);
        assert!(location["region"]["startColumn"].as_u64().unwrap() >= 1);
    }
    let hash = results.iter().find(|r| r["ruleId"] == codes::ODATA_TYPE_HASH).unwrap();
    let region = &hash["locations"][0]["physicalLocation"]["region"];
    let line = page[..page.find("\"microsoft.graph.thing").unwrap()].lines().count();
    assert_eq!(region["startLine"].as_u64(), Some(line as u64));
}

#[test]
fn the_default_page() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let name = "openapi/docs/update-assignments.md";
    let text = std::fs::read_to_string(root.join(name)).expect("the default page");
    let c = convert(vec![SourceFile::new(name, text)]);
    let findings = lint(&c, &root);
    let with = |code: &str| findings.iter().filter(|d| d.code == code).collect::<Vec<_>>();
    assert!(with(codes::TODO_PLACEHOLDER).len() >= 9, "{findings:#?}");
    let hashes = with(codes::ODATA_TYPE_HASH);
    assert_eq!(hashes.len(), 2);
    assert!(hashes.iter().all(|d| d.message.contains("microsoft.graph.deviceAndAppManagementAssignmentTarget")));
    assert_eq!(with(codes::CREATE_ON_UPDATE).len(), 1);
    let length = with(codes::CONTENT_LENGTH);
    assert_eq!(length.len(), 1);
    assert!(length[0].message.starts_with("Content-Length says 231, the body is 224 bytes"), "{}", length[0].message);
    // The example's path is the request line's.
    assert!(with(codes::EXAMPLE_URL_MISMATCH).is_empty());
}

mod never_panics {
    use docs_openapi::mutate::{Edit, apply};
    use proptest::prelude::*;

    use super::*;

    const SEED: &str = include_str!("../../../openapi/docs/update-assignments.md");

    /// Lints a mutated api page beside an intact resource page, and renders everything.
    fn check(page: &str, resource: &str) {
        let c = convert(vec![SourceFile::new("api/page.md", page), SourceFile::new("resources/thing.md", resource)]);
        let findings = lint(&c, Path::new("/nonexistent-root"));
        for d in &findings {
            let _ = d.render(&c.files);
        }
        let log = sarif(&findings, &c.files);
        assert_eq!(log["runs"][0]["results"].as_array().map(Vec::len), Some(findings.len()));
    }

    fn edit() -> impl Strategy<Value = Edit> {
        (any::<u8>(), any::<usize>(), any::<usize>()).prop_map(|(k, a, n)| Edit::from_parts(k, a, n))
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

        #[test]
        fn mutated_pages(edits in proptest::collection::vec(edit(), 1..12), which in 0..2usize) {
            let seed = if which == 0 { SEED.to_string() } else { api(REQUEST, RESPONSE) };
            check(&apply(seed, &edits), RESOURCE);
            check(&api(REQUEST, RESPONSE), &apply(RESOURCE.to_string(), &edits));
        }

        #[test]
        fn arbitrary_unicode(text in "\\PC{0,300}") {
            check(&text, RESOURCE);
        }
    }
}

#[test]
fn a_representation_that_is_not_json_is_reported_once() {
    // The converter says so too (`representation_not_json`): the lint, which reports the
    // converter's findings beside its own, must not say it twice.
    let page = RESOURCE.to_string()
        + "\n## JSON representation\n<!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.thing\" } -->\n```json\n{\n  \"id\": \"String\",\n  {\n  \"size\": 1\n}\n```\n";
    let json: Vec<Diagnostic> = findings(&page).into_iter().filter(|d| d.code == codes::EXAMPLE_JSON).collect();
    assert_eq!(json.len(), 1, "{json:#?}");
}
