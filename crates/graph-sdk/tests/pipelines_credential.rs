//! azure_identity's `AzurePipelinesCredential` through [`Graph::credential`],
//! offline: the pipeline's OIDC endpoint (`SYSTEM_OIDCREQUESTURI`) and the
//! Microsoft Entra token endpoint are one local HTTPS mock (a test CA).
//! The credential asks the OIDC endpoint for an ID token with the build's
//! system access token, then sends it as a client assertion.
//!
//! azure_identity reads `SYSTEM_OIDCREQUESTURI` from the process environment,
//! so this binary holds this one test and sets it before anything else runs.

mod common;

use common::{HttpsMock, graph_expecting, graph_with, token_response, update_twice};
use serde_json::json;
use wiremock::matchers::{body_string_contains, header, method, path, query_param};
use wiremock::{Mock, ResponseTemplate};

#[tokio::test]
async fn an_azure_pipelines_token_reaches_graph() {
    let login = HttpsMock::start().await;
    // SAFETY: the only test in this binary, on a current-thread runtime; no other thread reads the environment.
    unsafe { std::env::set_var("SYSTEM_OIDCREQUESTURI", format!("{}/oidc", login.uri)) };
    Mock::given(method("POST"))
        .and(path("/oidc"))
        .and(query_param("api-version", "7.1"))
        .and(query_param("serviceConnectionId", "connection-1"))
        .and(header("authorization", "Bearer system-access-t0ken"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"oidcToken": "pipeline.oidc.jwt"})))
        .expect(1)
        .mount(&login.server)
        .await;
    Mock::given(method("POST"))
        .and(path("/tenant-1/oauth2/v2.0/token"))
        .and(body_string_contains("client_id=client-1"))
        .and(body_string_contains("client_assertion=pipeline.oidc.jwt"))
        .and(body_string_contains("scope=https%3A%2F%2F127.0.0.1%2F.default"))
        .respond_with(ResponseTemplate::new(200).set_body_json(token_response("pipeline-t0ken", 3599)))
        .expect(1)
        .mount(&login.server)
        .await;
    let graph = graph_expecting("pipeline-t0ken").await;

    let mut options = azure_identity::AzurePipelinesCredentialOptions::default();
    options.credential_options.client_options = login.authority_options();
    let credential = azure_identity::AzurePipelinesCredential::new(
        "tenant-1".into(),
        "client-1".into(),
        "connection-1",
        "system-access-t0ken",
        Some(options),
    )
    .unwrap();

    update_twice(&graph_with(&graph, credential), &graph).await;
    login.server.verify().await;
}
