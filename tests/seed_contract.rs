//! The committed contract for the default page (`openapi/docs/update-assignments.md`)
//! holds what the page says, point by point.

use serde_json::{Value, json};

fn contract() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../openapi/graph.json");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}; run `cargo xtask generate`"));
    serde_json::from_str(&text).expect("the contract is JSON")
}

const PATH: &str = "/deviceManagement/windowsAutopilotDeviceIdentities/{windowsAutopilotDeviceIdentityId}/deploymentProfile/assignments";

fn operation(c: &Value) -> &Value {
    &c["paths"][PATH]["patch"]
}

fn schema<'a>(c: &'a Value, name: &str) -> &'a Value {
    let s = &c["components"]["schemas"][name];
    assert!(s.is_object(), "component {name} is missing");
    s
}

/// Follows a property schema through the wrappers references take: `allOf: [$ref]` beside a
/// description, `anyOf: [$ref, {enum: [null]}]` where the member may be null.
fn ref_of(s: &Value) -> &str {
    s.get("$ref")
        .or_else(|| s.pointer("/allOf/0/$ref"))
        .or_else(|| s.pointer("/anyOf/0/$ref"))
        .and_then(Value::as_str)
        .unwrap_or("")
}

#[test]
fn operation_identity() {
    let c = contract();
    assert_eq!(c["openapi"], "3.0.3");
    let op = operation(&c);
    assert!(op.is_object(), "PATCH {PATH} is missing");
    assert_eq!(op["operationId"], "update_assignments");
    assert_eq!(op["summary"], "Update assignments");
    assert_eq!(op["description"], "Update the properties of an assignments object.");
    assert_eq!(op["tags"], json!(["deviceManagement"]));
    assert_eq!(c["paths"][PATH].as_object().unwrap().len(), 1, "only PATCH is documented");
}

#[test]
fn path_parameter() {
    let c = contract();
    let params = operation(&c)["parameters"].as_array().unwrap();
    let p = params.iter().find(|p| p["name"] == "windowsAutopilotDeviceIdentityId").expect("the path parameter");
    assert_eq!(p["in"], "path");
    assert_eq!(p["required"], true);
    assert_eq!(p["schema"]["type"], "string");
}

#[test]
fn request_body_and_its_component() {
    let c = contract();
    let body = &operation(&c)["requestBody"];
    assert_eq!(body["required"], true);
    let media = &body["content"]["application/json"];
    assert_eq!(media["schema"]["$ref"], "#/components/schemas/windowsAutopilotDeploymentProfileAssignment");
    assert_eq!(media["example"]["@odata.type"], "#microsoft.graph.windowsAutopilotDeploymentProfileAssignment");
    assert_eq!(media["example"]["sourceId"], "String");

    let assignment = schema(&c, "windowsAutopilotDeploymentProfileAssignment");
    let props = assignment["properties"].as_object().unwrap();
    for p in ["id", "target", "source", "sourceId", "@odata.type"] {
        assert!(props.contains_key(p), "property {p} is missing");
    }
    assert_eq!(props["id"]["type"], "string");
    assert_eq!(ref_of(&props["target"]), "#/components/schemas/deviceAndAppManagementAssignmentTarget");
    assert_eq!(ref_of(&props["source"]), "#/components/schemas/deviceAndAppManagementAssignmentSource");
    // Graph answers `null` for them (not documented "not nullable"): a branch of `null` alone, as
    // `nullable` beside a reference allows none under OpenAPI 3.0.3.
    for p in ["target", "source"] {
        assert_eq!(props[p].pointer("/anyOf/1"), Some(&json!({"enum": [null]})), "{p}: {}", props[p]);
    }
    assert_ne!(assignment["additionalProperties"], json!(false), "Graph types grow: never closed");
}

#[test]
fn source_is_an_open_enum_component() {
    let c = contract();
    let source = schema(&c, "deviceAndAppManagementAssignmentSource");
    let known = &source["oneOf"][0];
    assert_eq!(known["enum"], json!(["direct", "policySets"]));
    assert_eq!(source["oneOf"][1]["allOf"][0]["type"], "string", "unknown values are kept as strings");
}

#[test]
fn target_is_an_open_placeholder_object() {
    let c = contract();
    let target = schema(&c, "deviceAndAppManagementAssignmentTarget");
    assert_eq!(target["type"], "object");
    assert_eq!(target["properties"]["@odata.type"]["type"], "string");
    assert_eq!(target["additionalProperties"], json!({}), "a derived type's properties are kept");
    assert_eq!(target["x-placeholder"], true);
}

#[test]
fn responses() {
    let c = contract();
    let responses = operation(&c)["responses"].as_object().unwrap();
    let ok = &responses["200"]["content"]["application/json"];
    assert_eq!(ok["schema"]["$ref"], "#/components/schemas/windowsAutopilotDeploymentProfileAssignment");
    assert_eq!(ok["example"]["id"], "85428e9f-8e9f-8542-9f8e-42859f8e4285");
    for range in ["4XX", "5XX"] {
        assert_eq!(
            responses[range]["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/ODataError"
        );
    }
    assert!(!responses.contains_key("default"), "progenitor rejects a default response beside 2xx");
    let main = schema(&c, "ODataMainError");
    for p in ["code", "message", "innerError", "details"] {
        assert!(main["properties"].get(p).is_some(), "error.{p}");
    }
    assert_eq!(schema(&c, "ODataError")["properties"]["error"]["$ref"], "#/components/schemas/ODataMainError");
    let inner = &schema(&c, "ODataInnerError")["properties"];
    assert!(
        inner.get("request-id").is_some() && inner.get("client-request-id").is_some() && inner.get("date").is_some()
    );
}

#[test]
fn servers_and_security() {
    let c = contract();
    assert_eq!(c["servers"], json!([{"url": "https://graph.microsoft.com/beta"}]));
    // A signed-in user's token and an app's own: one scheme each, either accepted by default.
    let schemes = &c["components"]["securitySchemes"];
    let (delegated, application) = (&schemes["microsoftIdentityDelegated"], &schemes["microsoftIdentityApplication"]);
    assert_eq!((&delegated["type"], &application["type"]), (&json!("oauth2"), &json!("oauth2")));
    assert!(
        application["flows"]["clientCredentials"]["tokenUrl"]
            .as_str()
            .unwrap()
            .starts_with("https://login.microsoftonline.com/")
    );
    assert!(delegated["flows"]["authorizationCode"]["authorizationUrl"].is_string());
    assert!(delegated["flows"].get("clientCredentials").is_none());
    assert!(application["flows"].get("authorizationCode").is_none());
    assert_eq!(c["security"], json!([{"microsoftIdentityDelegated": []}, {"microsoftIdentityApplication": []}]));
    // The page's permission cells are TODO placeholders: no scopes are invented.
    assert!(operation(&c).get("security").is_none());
    assert!(operation(&c).get("x-ms-permissions").is_none());
}

#[test]
fn everything_points_back_at_its_page() {
    let c = contract();
    let page = "openapi/docs/update-assignments.md";
    assert_eq!(operation(&c)["x-doc-source"], json!({"file": page, "line": 32}));
    for name in [
        "windowsAutopilotDeploymentProfileAssignment",
        "deviceAndAppManagementAssignmentSource",
        "deviceAndAppManagementAssignmentTarget",
    ] {
        let source = &schema(&c, name)["x-doc-source"];
        assert_eq!(source["file"], page, "{name}");
        assert!(source["line"].as_u64().unwrap() > 40, "{name}");
    }
}

#[test]
fn examples_validate_against_the_schemas() {
    let c = contract();
    let checks = docs_openapi::validate::check_examples(&c);
    assert_eq!(checks.len(), 2, "the request and the 200 response example: {checks:?}");
    for check in checks {
        assert!(check.is_valid(), "{check:?}");
    }
}

#[test]
fn a_wrong_example_would_be_caught() {
    let mut c = contract();
    c["paths"][PATH]["patch"]["requestBody"]["content"]["application/json"]["example"]["sourceId"] = json!(42);
    let checks = docs_openapi::validate::check_examples(&c);
    assert!(checks.iter().any(|c| !c.is_valid()), "the check can fail");
}

#[test]
fn the_contract_is_fresh_and_deterministic() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let docs = std::path::PathBuf::from(dir).join("openapi/docs");
    let name = |p: &std::path::Path| format!("openapi/docs/{}", p.file_name().unwrap().to_string_lossy());
    let a = docs_openapi::convert_paths(std::slice::from_ref(&docs), name).unwrap().to_json();
    let b = docs_openapi::convert_paths(&[docs], name).unwrap().to_json();
    assert_eq!(a, b);
    let committed = std::fs::read_to_string(format!("{dir}/openapi/graph.json")).unwrap();
    assert!(a == committed, "openapi/graph.json is stale: run `cargo xtask generate`");
}
