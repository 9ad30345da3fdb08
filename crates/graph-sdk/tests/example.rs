//! The example program `update_assignment`, run as a process against local mocks.

mod common;

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use common::{HttpsMock, token_response};
use serde_json::{Value, json};
use wiremock::matchers::{body_json, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const PATH: &str = "/beta/deviceManagement/windowsAutopilotDeviceIdentities/dev-1/deploymentProfile/assignments";

/// The example's binary, built by `cargo test` beside the test binaries (built here when missing).
fn program() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().and_then(|deps| deps.parent()).unwrap().join("examples");
    let bin = dir.join(format!("update_assignment{}", std::env::consts::EXE_SUFFIX));
    if !bin.exists() {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let status =
            Command::new(cargo).args(["build", "-p", "graph-sdk", "--example", "update_assignment"]).status().unwrap();
        assert!(status.success());
    }
    bin
}

/// Runs the program off the runtime's thread, so the in-process mocks keep serving.
async fn run(args: &[&str], envs: &[(&str, &str)], stdin: Option<&str>) -> Output {
    let mut cmd = Command::new(program());
    cmd.args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    for var in [
        "AZURE_TENANT_ID",
        "AZURE_CLIENT_ID",
        "AZURE_CLIENT_SECRET",
        "AZURE_AUTHORITY_HOST",
        "GRAPH_BASE_URL",
        "GRAPH_TOKEN",
    ] {
        cmd.env_remove(var);
    }
    cmd.envs(envs.iter().copied());
    let input = stdin.unwrap_or("").to_string();
    tokio::task::spawn_blocking(move || {
        let mut child = cmd.spawn().unwrap();
        let mut pipe = child.stdin.take().unwrap();
        pipe.write_all(input.as_bytes()).unwrap();
        drop(pipe);
        child.wait_with_output().unwrap()
    })
    .await
    .unwrap()
}

fn temp_file(name: &str, contents: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("graph-sdk-example-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(name);
    std::fs::write(&file, contents).unwrap();
    file
}

#[tokio::test]
async fn with_a_token_and_the_body_on_stdin_it_prints_the_updated_assignment() {
    let graph = MockServer::start().await;
    let answer = json!({"@odata.type": "#microsoft.graph.windowsAutopilotDeploymentProfileAssignment", "id": "a-1", "sourceId": "policy-1"});
    Mock::given(method("PATCH"))
        .and(path(PATH))
        .and(header("authorization", "Bearer tok"))
        .and(body_json(json!({"@odata.type": "#microsoft.graph.windowsAutopilotDeploymentProfileAssignment", "sourceId": "policy-1"})))
        .respond_with(ResponseTemplate::new(200).set_body_json(&answer))
        .expect(1)
        .mount(&graph)
        .await;
    let base = format!("{}/beta", graph.uri());
    let out =
        run(&["dev-1", "--token", "tok", "--base-url", &base, "--body", "-"], &[], Some(r#"{"sourceId": "policy-1"}"#))
            .await;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(serde_json::from_slice::<Value>(&out.stdout).unwrap(), answer);
    graph.verify().await;
}

#[tokio::test]
async fn an_update_answered_204_succeeds_and_prints_no_json() {
    let graph = MockServer::start().await;
    Mock::given(method("PATCH")).and(path(PATH)).respond_with(ResponseTemplate::new(204)).expect(1).mount(&graph).await;
    let base = format!("{}/beta", graph.uri());
    let out = run(&["dev-1", "--token", "tok", "--base-url", &base, "--body", "-"], &[], Some("{}")).await;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(out.stdout.is_empty(), "nothing to print: {}", String::from_utf8_lossy(&out.stdout));
    assert!(stderr.contains("204 No Content"), "{stderr}");
}

#[tokio::test]
async fn with_env_credentials_it_gets_a_token_from_an_https_authority_trusted_through_ssl_cert_file() {
    let login = HttpsMock::start().await;
    Mock::given(method("POST"))
        .and(path("/tenant-1/oauth2/v2.0/token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(token_response("env-t0ken", 3599)))
        .expect(1)
        .mount(&login.server)
        .await;
    let graph = MockServer::start().await;
    Mock::given(method("PATCH"))
        .and(path(PATH))
        .and(header("authorization", "Bearer env-t0ken"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": "a-1"})))
        .expect(1)
        .mount(&graph)
        .await;
    let ca = temp_file("ca.pem", &login.ca_pem);
    let body = temp_file("body.json", r#"{"sourceId": "policy-1"}"#);
    let base = format!("{}/beta", graph.uri());
    let out = run(
        &["dev-1", "--base-url", &base, "--authority-host", &login.uri, "--body", body.to_str().unwrap()],
        &[
            ("AZURE_TENANT_ID", "tenant-1"),
            ("AZURE_CLIENT_ID", "client-1"),
            ("AZURE_CLIENT_SECRET", "cl13nt-s3cr3t"),
            ("SSL_CERT_FILE", ca.to_str().unwrap()),
        ],
        None,
    )
    .await;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(serde_json::from_slice::<Value>(&out.stdout).unwrap()["id"], "a-1");
    login.server.verify().await;
    graph.verify().await;
}

#[tokio::test]
async fn failures_exit_non_zero_with_the_typed_error() {
    let graph = MockServer::start().await;
    Mock::given(method("PATCH"))
        .respond_with(ResponseTemplate::new(404).set_body_json(
            json!({"error": {"code": "Request_ResourceNotFound", "message": "no such device", "innerError": {"request-id": "r-404"}}}),
        ))
        .mount(&graph)
        .await;
    let base = format!("{}/beta", graph.uri());
    let out = run(&["dev-1", "--token", "t0k3n-example", "--base-url", &base, "--body", "-"], &[], Some("{}")).await;
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("Request_ResourceNotFound") && stderr.contains("r-404") && stderr.contains("Service"),
        "{stderr}"
    );
    assert!(!stderr.contains("t0k3n-example"), "the token is not printed: {stderr}");

    let out =
        run(&["dev-1", "--token", "t0k3n-example", "--base-url", &base, "--body", "-"], &[], Some("not json")).await;
    assert_eq!(out.status.code(), Some(2), "bad input");
    let out = run(&["dev-1", "--base-url", &base, "--body", "-"], &[], Some("{}")).await;
    assert_eq!(out.status.code(), Some(2), "no credentials: {}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("AZURE_TENANT_ID"));
    assert_eq!(graph.received_requests().await.unwrap().len(), 1);
}
