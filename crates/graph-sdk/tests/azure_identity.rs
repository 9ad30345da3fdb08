//! azure_identity's `ClientSecretCredential` against a local HTTPS token
//! endpoint (a test CA), and Graph on loopback. Workload identity and Azure
//! CLI are in `more_credentials.rs`, managed identity in `managed_identity.rs`.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::{HttpsMock, token_response};
use graph_sdk::types::WindowsAutopilotDeploymentProfileAssignment;
use graph_sdk::{Error, Graph, RetryPolicy};
use serde_json::json;
use wiremock::matchers::{body_string_contains, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TENANT: &str = "tenant-1";
const CLIENT_ID: &str = "client-1";
const CLIENT_SECRET: &str = "cl13nt-s3cr3t-value";
const TOKEN_PATH: &str = "/tenant-1/oauth2/v2.0/token";
const GRAPH_PATH: &str = "/beta/deviceManagement/windowsAutopilotDeviceIdentities/dev-1/deploymentProfile/assignments";

async fn graph_ok() -> MockServer {
    let graph = MockServer::start().await;
    Mock::given(method("PATCH"))
        .and(path(GRAPH_PATH))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": "a-1"})))
        .mount(&graph)
        .await;
    graph
}

fn build(login: &HttpsMock, graph: &MockServer) -> Graph {
    Graph::builder()
        .base_url(format!("{}/beta", graph.uri()))
        .client_secret(TENANT, CLIENT_ID, CLIENT_SECRET)
        .authority_host(&login.uri)
        .http_client(login.client())
        .retry_policy(RetryPolicy { base_delay: Duration::from_millis(10), ..RetryPolicy::default() })
        .build()
        .unwrap()
}

async fn update(g: &Graph) -> Result<Option<WindowsAutopilotDeploymentProfileAssignment>, Error> {
    g.update_deployment_profile_assignment("dev-1", WindowsAutopilotDeploymentProfileAssignment::default()).await
}

#[tokio::test]
async fn a_client_secret_token_from_an_https_authority_reaches_graph() {
    let login = HttpsMock::start().await;
    Mock::given(method("POST"))
        .and(path(TOKEN_PATH))
        .and(body_string_contains("grant_type=client_credentials"))
        .and(body_string_contains("client_id=client-1"))
        // The scope comes from the Graph host: https://127.0.0.1/.default.
        .and(body_string_contains("scope=https%3A%2F%2F127.0.0.1%2F.default"))
        .respond_with(ResponseTemplate::new(200).set_body_json(token_response("access-t0ken-1", 3599)))
        .expect(1)
        .mount(&login.server)
        .await;
    let graph = graph_ok().await;
    let g = build(&login, &graph);
    update(&g).await.unwrap();
    update(&g).await.unwrap();
    let sent = graph.received_requests().await.unwrap();
    assert_eq!(sent.len(), 2);
    for r in sent {
        assert_eq!(r.headers.get("authorization").unwrap(), "Bearer access-t0ken-1");
    }
    login.server.verify().await;
}

#[tokio::test]
async fn the_scope_follows_a_national_cloud_host() {
    // Only the scope is checked: the national cloud itself is not reachable.
    let login = HttpsMock::start().await;
    Mock::given(method("POST"))
        .and(body_string_contains("scope=https%3A%2F%2Fgraph.microsoft.us%2F.default"))
        .respond_with(ResponseTemplate::new(200).set_body_json(token_response("t", 3599)))
        .expect(1)
        .mount(&login.server)
        .await;
    let g = Graph::builder()
        .base_url("https://graph.microsoft.us/beta")
        .client_secret(TENANT, CLIENT_ID, CLIENT_SECRET)
        .authority_host(&login.uri)
        .http_client(login.client())
        .retry_policy(RetryPolicy { max_attempts: 1, timeout: Duration::from_secs(2), ..RetryPolicy::default() })
        .build()
        .unwrap();
    // The PATCH itself fails (no network), after the token was had.
    let _ = update(&g).await;
    login.server.verify().await;
}

#[tokio::test]
async fn a_token_endpoint_error_surfaces_the_aadsts_code_and_nothing_is_sent() {
    let login = HttpsMock::start().await;
    let entra = json!({
        "error": "invalid_client",
        "error_description": "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID. Trace ID: 0000 Correlation ID: 1111 Timestamp: 2024-05-01 00:00:00Z",
        "error_codes": [7000215],
        "timestamp": "2024-05-01 00:00:00Z",
        "trace_id": "0000",
        "correlation_id": "1111"
    });
    Mock::given(method("POST"))
        .and(path(TOKEN_PATH))
        .respond_with(ResponseTemplate::new(401).set_body_json(entra))
        .mount(&login.server)
        .await;
    let graph = graph_ok().await;
    let err = update(&build(&login, &graph)).await.unwrap_err();
    match &err {
        Error::Auth(e) => {
            assert_eq!(e.code.as_deref(), Some("AADSTS7000215"));
            assert!(e.description.contains("Invalid client secret provided"), "{e:?}");
            assert!(std::error::Error::source(e).is_some(), "the azure_core error is kept as the cause");
        }
        other => panic!("expected Auth, got {other:?}"),
    }
    assert!(graph.received_requests().await.unwrap().is_empty(), "nothing goes to Graph without a token");
    let printed = format!("{err} {err:?} {}", chain(&err));
    assert!(!printed.contains(CLIENT_SECRET), "the client secret leaked: {printed}");
}

fn chain(e: &dyn std::error::Error) -> String {
    let mut out = String::new();
    let mut cause = e.source();
    while let Some(c) = cause {
        out.push_str(&format!(" <- {c} ({c:?})"));
        cause = c.source();
    }
    out
}

#[tokio::test]
async fn fifty_concurrent_calls_at_expiry_make_one_token_request() {
    let login = HttpsMock::start().await;
    // The first token enters the five-minute refresh window after 2 s.
    Mock::given(method("POST"))
        .and(path(TOKEN_PATH))
        .respond_with(ResponseTemplate::new(200).set_body_json(token_response("first-t0ken", 302)))
        .up_to_n_times(1)
        .mount(&login.server)
        .await;
    Mock::given(method("POST"))
        .and(path(TOKEN_PATH))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(token_response("second-t0ken", 3599))
                .set_delay(Duration::from_millis(100)),
        )
        .mount(&login.server)
        .await;
    let graph = graph_ok().await;
    let g = Arc::new(build(&login, &graph));
    let burst = || futures_util::future::join_all((0..50).map(|_| update(&g)));
    assert!(burst().await.iter().all(Result::is_ok));
    assert_eq!(login.server.received_requests().await.unwrap().len(), 1, "cold cache: one token request");
    tokio::time::sleep(Duration::from_millis(2200)).await;
    assert!(burst().await.iter().all(Result::is_ok));
    assert_eq!(login.server.received_requests().await.unwrap().len(), 2, "at expiry: one more for 50 calls");
    let sent = graph.received_requests().await.unwrap();
    assert_eq!(sent.len(), 100);
    assert!(sent[50..].iter().all(|r| r.headers.get("authorization").unwrap() == "Bearer second-t0ken"));
}

#[tokio::test]
async fn an_authority_that_is_not_https_is_refused() {
    let graph = graph_ok().await;
    let err = Graph::builder()
        .base_url(format!("{}/beta", graph.uri()))
        .client_secret(TENANT, CLIENT_ID, CLIENT_SECRET)
        .authority_host(graph.uri())
        .build()
        .unwrap_err();
    assert!(matches!(err, Error::Config(ref m) if m.contains("HTTPS")), "{err}");
    assert!(!format!("{err:?}").contains(CLIENT_SECRET));
}
