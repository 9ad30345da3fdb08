//! Requests from the generated client, the wrapper and the CLI, judged by
//! Prism (a mock server that validates requests against the contract).
//! Run by `cargo xtask contract-test`, which starts Prism and sets `PRISM_URL`;
//! ignored in a plain `cargo test`.

use serde_json::{Value, json};

fn prism() -> String {
    std::env::var("PRISM_URL").expect("PRISM_URL: run this through `cargo xtask contract-test`")
}

/// The default page's request example body.
fn example_body() -> Value {
    let contract: Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../openapi/graph.json")).unwrap(),
    )
    .unwrap();
    contract["paths"]["/deviceManagement/windowsAutopilotDeviceIdentities/{windowsAutopilotDeviceIdentityId}/deploymentProfile/assignments"]["patch"]
        ["requestBody"]["content"]["application/json"]["example"]
        .clone()
}

fn violations(resp: &reqwest::Response) -> Option<String> {
    resp.headers().get("sl-violations").map(|v| v.to_str().unwrap_or("").to_string())
}

#[tokio::test]
#[ignore = "needs Prism: cargo xtask contract-test"]
async fn the_generated_client_conforms() {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("authorization", "Bearer prism-token".parse().unwrap());
    let http = reqwest::Client::builder().default_headers(headers).build().unwrap();
    let client = graph_client::Client::new_with_client(&prism(), http, graph_client::hooks::Hooks::default());
    let body: graph_client::types::WindowsAutopilotDeploymentProfileAssignment =
        serde_json::from_value(example_body()).unwrap();
    let r = client.update_assignments().windows_autopilot_device_identity_id("device-1").body(body).send().await;
    let r = r.unwrap_or_else(|e| panic!("Prism rejected the generated client's request: {e:?}"));
    assert_eq!(r.status(), 200);
}

#[tokio::test]
#[ignore = "needs Prism: cargo xtask contract-test"]
async fn the_wrapper_conforms() {
    let graph = graph_sdk::Graph::builder().base_url(prism()).bearer_token("prism-token").build().unwrap();
    let body = serde_json::from_value(example_body()).unwrap();
    let r = graph.update_deployment_profile_assignment("device-1", body).await;
    r.unwrap_or_else(|e| panic!("Prism rejected the wrapper's request: {e}"));
}

#[tokio::test]
#[ignore = "needs Prism: cargo xtask contract-test"]
async fn the_cli_conforms() {
    let dir = std::env::temp_dir().join(format!("prism-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("body.json");
    std::fs::write(&file, example_body().to_string()).unwrap();
    let cli = std::env::var("GRAPH_CLI").expect("GRAPH_CLI: the graph-cli binary, set by cargo xtask contract-test");
    let out = std::process::Command::new(cli)
        .args(["update-assignments", "--windows-autopilot-device-identity-id", "device-1", "--json-body"])
        .arg(&file)
        .env("GRAPH_BASE_URL", prism())
        .env("GRAPH_TOKEN", "prism-token")
        .output()
        .unwrap();
    assert!(out.status.success(), "Prism rejected the CLI's request: {}", String::from_utf8_lossy(&out.stderr));
    let printed: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(printed.is_object());
}

#[tokio::test]
#[ignore = "needs Prism: cargo xtask contract-test"]
async fn a_request_that_breaks_the_contract_is_flagged() {
    let url =
        format!("{}/deviceManagement/windowsAutopilotDeviceIdentities/device-1/deploymentProfile/assignments", prism());
    let http = reqwest::Client::new();
    // `sourceId` must be a string; a number breaks the contract.
    let bad = http.patch(&url).bearer_auth("prism-token").json(&json!({"sourceId": 42})).send().await.unwrap();
    assert_eq!(bad.status(), 422, "Prism flags the violation: {:?}", violations(&bad));
    // No body at all, where one is required.
    let missing =
        http.patch(&url).bearer_auth("prism-token").header("content-type", "application/json").send().await.unwrap();
    assert!(missing.status().is_client_error(), "a missing body is flagged");
    // The same request done right passes, so the check is not blind.
    let good = http.patch(&url).bearer_auth("prism-token").json(&example_body()).send().await.unwrap();
    assert_eq!(good.status(), 200, "{:?}", violations(&good));
}
