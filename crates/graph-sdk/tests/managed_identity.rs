//! azure_identity's `ManagedIdentityCredential` through [`Graph::credential`],
//! offline: the App Service source (also Azure Functions and Container Apps),
//! which azure_identity picks when `IDENTITY_ENDPOINT` and `IDENTITY_HEADER`
//! are set, against a local identity endpoint. The VM source (IMDS at
//! 169.254.169.254) has a fixed address and cannot be served here.
//!
//! azure_identity reads these variables from the process environment, so this
//! binary holds this one test and sets them before anything else runs.

mod common;

use common::{graph_expecting, graph_with, update_twice};
use serde_json::json;
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn a_managed_identity_token_from_the_app_service_endpoint_reaches_graph() {
    let identity = MockServer::start().await;
    // SAFETY: the only test in this binary, on a current-thread runtime; no other thread reads the environment.
    unsafe {
        std::env::set_var("IDENTITY_ENDPOINT", format!("{}/msi/token", identity.uri()));
        std::env::set_var("IDENTITY_HEADER", "identity-header-value");
    }
    let expires_on = (std::time::SystemTime::now() + std::time::Duration::from_secs(3600))
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    Mock::given(method("GET"))
        .and(path("/msi/token"))
        .and(query_param("api-version", "2019-08-01"))
        // The scope https://127.0.0.1/.default, as a v1 resource.
        .and(query_param("resource", "https://127.0.0.1"))
        .and(header("x-identity-header", "identity-header-value"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "access_token": "managed-t0ken",
            "expires_on": expires_on.to_string(),
            "resource": "https://127.0.0.1",
            "token_type": "Bearer",
        })))
        .expect(1)
        .mount(&identity)
        .await;
    let graph = graph_expecting("managed-t0ken").await;

    let credential = azure_identity::ManagedIdentityCredential::new(None).unwrap();
    update_twice(&graph_with(&graph, credential), &graph).await;
    identity.verify().await;
}
