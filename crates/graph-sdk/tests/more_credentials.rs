//! More azure_identity credentials through [`Graph::credential`], offline:
//!
//! - `WorkloadIdentityCredential` (Kubernetes federated token file) against a
//!   local HTTPS token endpoint (a test CA);
//! - `AzureCliCredential` running a stand-in `az` program (a shell script on a
//!   temporary `PATH`, through azure_identity's own `Executor` hook), which
//!   checks the arguments azure_identity passes and answers like `az` does;
//! - `AzureDeveloperCliCredential` the same way with a stand-in `azd`;
//! - `DeveloperToolsCredential` (az, then azd) falling back to azd when az
//!   is not logged in.
//!
//! Managed identity has its own test binary (it reads process environment
//! variables); see `tests/managed_identity.rs`.

mod common;

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use common::{HttpsMock, graph_expecting, token_response};
use graph_sdk::types::WindowsAutopilotDeploymentProfileAssignment;
use graph_sdk::{Error, Graph};
use wiremock::matchers::{body_string_contains, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn build(graph: &MockServer, credential: Arc<dyn azure_core::credentials::TokenCredential>) -> Graph {
    common::graph_with(graph, credential)
}

async fn update(g: &Graph) -> Result<Option<WindowsAutopilotDeploymentProfileAssignment>, Error> {
    g.update_deployment_profile_assignment("dev-1", WindowsAutopilotDeploymentProfileAssignment::default()).await
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("graph-sdk-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[tokio::test]
async fn a_workload_identity_token_reaches_graph() {
    let login = HttpsMock::start().await;
    Mock::given(method("POST"))
        .and(path("/tenant-1/oauth2/v2.0/token"))
        .and(body_string_contains("client_id=client-1"))
        .and(body_string_contains("client_assertion=federated.jwt.from-the-pod"))
        .and(body_string_contains(
            "client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer",
        ))
        .and(body_string_contains("scope=https%3A%2F%2F127.0.0.1%2F.default"))
        .respond_with(ResponseTemplate::new(200).set_body_json(token_response("workload-t0ken", 3599)))
        .expect(1)
        .mount(&login.server)
        .await;
    let dir = temp_dir("workload");
    let token_file = dir.join("token");
    std::fs::write(&token_file, "federated.jwt.from-the-pod").unwrap();

    let mut options = azure_identity::WorkloadIdentityCredentialOptions {
        tenant_id: Some("tenant-1".into()),
        client_id: Some("client-1".into()),
        token_file_path: Some(token_file),
        ..Default::default()
    };
    options.credential_options.client_options = login.authority_options();
    let credential = azure_identity::WorkloadIdentityCredential::new(Some(options)).unwrap();

    let graph = graph_expecting("workload-t0ken").await;
    let g = build(&graph, credential);
    update(&g).await.unwrap();
    update(&g).await.unwrap();
    assert_eq!(graph.received_requests().await.unwrap().len(), 2);
    login.server.verify().await;
    let _ = std::fs::remove_dir_all(dir);
}

/// azure_identity's `Executor` with a `PATH` that finds the stand-in `az` first.
#[derive(Debug)]
struct WithPath(OsString);

#[async_trait::async_trait]
impl azure_identity::Executor for WithPath {
    async fn run(&self, program: &OsStr, args: &[&OsStr]) -> std::io::Result<std::process::Output> {
        let mut command = std::process::Command::new(program);
        command.args(args).env("PATH", &self.0);
        tokio::task::spawn_blocking(move || command.output()).await.map_err(std::io::Error::other)?
    }
}

/// A stand-in `az` in `dir`: records its arguments in `dir/az.args`, then runs `body`.
fn fake_az(dir: &Path, body: &str) -> Arc<dyn azure_identity::Executor> {
    fake_tools(dir, &[("az", body)])
}

/// Stand-in programs in `dir`, each recording its arguments in `dir/{name}.args`
/// before it runs its body; an executor whose `PATH` finds them first.
fn fake_tools(dir: &Path, tools: &[(&str, &str)]) -> Arc<dyn azure_identity::Executor> {
    use std::os::unix::fs::PermissionsExt;
    for (name, body) in tools {
        let script = dir.join(name);
        let record = format!("printf '%s' \"$*\" > '{}'\n", dir.join(format!("{name}.args")).display());
        std::fs::write(&script, format!("#!/bin/sh\n{record}{body}\n")).unwrap();
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let mut path = OsString::from(dir);
    path.push(":/usr/bin:/bin");
    Arc::new(WithPath(path))
}

fn cli_credential(executor: Arc<dyn azure_identity::Executor>) -> Arc<dyn azure_core::credentials::TokenCredential> {
    let options = azure_identity::AzureCliCredentialOptions { executor: Some(executor), ..Default::default() };
    azure_identity::AzureCliCredential::new(Some(options)).unwrap()
}

#[tokio::test]
async fn an_azure_cli_token_reaches_graph_for_the_graph_scope() {
    let dir = temp_dir("az-ok");
    // What `az account get-access-token -o json` prints (Azure CLI 2.54 and later).
    let answer = r#"cat <<'EOF'
{"accessToken": "cli-t0ken", "expiresOn": "2099-01-01 00:00:00.000000", "expires_on": 4070908800, "subscription": "s-1", "tenant": "t-1", "tokenType": "Bearer"}
EOF"#;
    let graph = graph_expecting("cli-t0ken").await;
    let g = build(&graph, cli_credential(fake_az(&dir, answer)));
    update(&g).await.unwrap();
    update(&g).await.unwrap();
    assert_eq!(graph.received_requests().await.unwrap().len(), 2, "the token is cached; az ran once");
    let args = std::fs::read_to_string(dir.join("az.args")).unwrap();
    assert_eq!(args, "account get-access-token -o json --scope https://127.0.0.1/.default");
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test]
async fn an_azure_cli_that_is_not_logged_in_is_an_auth_error_and_nothing_is_sent() {
    let dir = temp_dir("az-fail");
    let failure = "echo \"ERROR: Please run 'az login' to setup account.\" >&2\nexit 1";
    let graph = graph_expecting("never").await;
    let g = build(&graph, cli_credential(fake_az(&dir, failure)));
    match update(&g).await {
        Err(Error::Auth(e)) => assert!(e.description.contains("az login"), "{e:?}"),
        other => panic!("expected Auth, got {other:?}"),
    }
    assert!(graph.received_requests().await.unwrap().is_empty());
    let _ = std::fs::remove_dir_all(dir);
}

/// What `azd auth token -o json --no-prompt` prints.
const AZD_ANSWER: &str = r#"cat <<'EOF'
{"token": "azd-t0ken", "expiresOn": "2099-01-01T00:00:00Z"}
EOF"#;

#[tokio::test]
async fn an_azure_developer_cli_token_reaches_graph_for_the_graph_scope() {
    let dir = temp_dir("azd-ok");
    let executor = fake_tools(&dir, &[("azd", AZD_ANSWER)]);
    let options = azure_identity::AzureDeveloperCliCredentialOptions { executor: Some(executor), ..Default::default() };
    let credential = azure_identity::AzureDeveloperCliCredential::new(Some(options)).unwrap();
    let graph = graph_expecting("azd-t0ken").await;
    let g = build(&graph, credential);
    update(&g).await.unwrap();
    update(&g).await.unwrap();
    assert_eq!(graph.received_requests().await.unwrap().len(), 2, "the token is cached; azd ran once");
    let args = std::fs::read_to_string(dir.join("azd.args")).unwrap();
    assert_eq!(args, "auth token -o json --no-prompt --scope https://127.0.0.1/.default");
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test]
async fn developer_tools_fall_back_from_a_logged_out_az_to_azd() {
    let dir = temp_dir("devtools");
    let az_failure = "echo \"ERROR: Please run 'az login' to setup account.\" >&2\nexit 1";
    let executor = fake_tools(&dir, &[("az", az_failure), ("azd", AZD_ANSWER)]);
    let options = azure_identity::DeveloperToolsCredentialOptions { executor: Some(executor) };
    let credential = azure_identity::DeveloperToolsCredential::new(Some(options)).unwrap();
    let graph = graph_expecting("azd-t0ken").await;
    let g = build(&graph, credential);
    update(&g).await.unwrap();
    assert!(dir.join("az.args").exists(), "az was asked first");
    assert!(dir.join("azd.args").exists(), "then azd");
    assert_eq!(graph.received_requests().await.unwrap().len(), 1);
    let _ = std::fs::remove_dir_all(dir);
}
