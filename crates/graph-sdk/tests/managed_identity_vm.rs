//! azure_identity's `ManagedIdentityCredential` from the virtual-machine
//! source (IMDS) through [`Graph::credential`], offline. IMDS has the fixed
//! address `http://169.254.169.254`; the credential's HTTP client here sends
//! plain-HTTP requests through a proxy on loopback, which is a local mock, so
//! the request azure_identity makes for IMDS arrives there unchanged
//! (absolute URI, host 169.254.169.254) and nothing leaves the machine.
//!
//! azure_identity picks the source from process environment variables, so
//! this binary holds this one test and clears them before anything else runs.

mod common;

use std::sync::Arc;

use common::{graph_expecting, graph_with, update_twice};
use serde_json::json;
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn a_managed_identity_token_from_imds_reaches_graph() {
    // SAFETY: the only test in this binary, on a current-thread runtime; no other thread reads the environment.
    unsafe {
        for var in
            ["IDENTITY_ENDPOINT", "IDENTITY_HEADER", "IDENTITY_SERVER_THUMBPRINT", "IMDS_ENDPOINT", "MSI_ENDPOINT"]
        {
            std::env::remove_var(var);
        }
    }
    let imds = MockServer::start().await;
    let expires_on = (std::time::SystemTime::now() + std::time::Duration::from_secs(3600))
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    Mock::given(method("GET"))
        .and(|r: &wiremock::Request| r.url.host_str() == Some("169.254.169.254"))
        .and(path("/metadata/identity/oauth2/token"))
        .and(query_param("api-version", "2019-08-01"))
        // The scope https://127.0.0.1/.default, as a v1 resource.
        .and(query_param("resource", "https://127.0.0.1"))
        .and(query_param("client_id", "user-assigned-1"))
        .and(header("metadata", "true"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "access_token": "imds-t0ken",
            "expires_on": expires_on.to_string(),
            "resource": "https://127.0.0.1",
            "token_type": "Bearer",
        })))
        .expect(1)
        .mount(&imds)
        .await;
    let graph = graph_expecting("imds-t0ken").await;

    let through_mock = reqwest::Client::builder().proxy(reqwest::Proxy::http(imds.uri()).unwrap()).build().unwrap();
    let mut options = azure_identity::ManagedIdentityCredentialOptions {
        user_assigned_id: Some(azure_identity::UserAssignedId::ClientId("user-assigned-1".into())),
        ..Default::default()
    };
    options.client_options.transport = Some(azure_core::http::Transport::new(Arc::new(through_mock)));
    let credential = azure_identity::ManagedIdentityCredential::new(Some(options)).unwrap();
    update_twice(&graph_with(&graph, credential), &graph).await;
    imds.verify().await;
}
