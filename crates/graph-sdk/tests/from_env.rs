//! `Graph::from_env()` with azure_identity's variables, an HTTPS authority on
//! loopback trusted through `SSL_CERT_FILE` (the default TLS roots), and
//! `GRAPH_BASE_URL`. The only test in this binary: it sets process variables.

mod common;

use common::{HttpsMock, token_response};
use graph_sdk::Graph;
use serde_json::json;
use wiremock::matchers::{body_string_contains, header, method};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn from_env_reads_the_azure_variables_and_the_base_url() {
    let login = HttpsMock::start().await;
    let graph = MockServer::start().await;
    let ca = std::env::temp_dir().join(format!("graph-sdk-from-env-{}.pem", std::process::id()));
    std::fs::write(&ca, &login.ca_pem).unwrap();
    let vars = [
        ("AZURE_TENANT_ID", "tenant-1".to_string()),
        ("AZURE_CLIENT_ID", "client-1".to_string()),
        ("AZURE_CLIENT_SECRET", "cl13nt-s3cr3t".to_string()),
        ("AZURE_AUTHORITY_HOST", login.uri.clone()),
        ("GRAPH_BASE_URL", format!("{}/beta", graph.uri())),
        ("SSL_CERT_FILE", ca.display().to_string()),
    ];
    for (k, v) in &vars {
        // SAFETY: this binary's only test; no other thread reads the environment meanwhile.
        unsafe { std::env::set_var(k, v) };
    }
    Mock::given(method("POST"))
        .and(body_string_contains("client_secret=cl13nt-s3cr3t"))
        .and(body_string_contains("scope=https%3A%2F%2F127.0.0.1%2F.default"))
        .respond_with(ResponseTemplate::new(200).set_body_json(token_response("env-t0ken", 3599)))
        .expect(1)
        .mount(&login.server)
        .await;
    Mock::given(method("PATCH"))
        .and(header("authorization", "Bearer env-t0ken"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": "a-1"})))
        .expect(1)
        .mount(&graph)
        .await;
    let g = Graph::from_env().unwrap();
    assert_eq!(g.base_url(), format!("{}/beta", graph.uri()));
    let a = g.update_deployment_profile_assignment("dev-1", Default::default()).await.unwrap().unwrap();
    assert_eq!(a.id.as_deref(), Some("a-1"));
    login.server.verify().await;
    graph.verify().await;

    // SAFETY: as above.
    unsafe { std::env::remove_var("AZURE_CLIENT_SECRET") };
    let e = Graph::from_env().unwrap_err();
    assert!(matches!(e, graph_sdk::Error::Config(ref m) if m.contains("AZURE_CLIENT_SECRET")), "{e}");
}
