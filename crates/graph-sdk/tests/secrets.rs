//! Secrets never appear in Debug/Display of public types, in errors and their
//! causes, or in logs at TRACE (ours, azure_core's, hyper's); and each request
//! is traced with its fields. One process-wide subscriber for this binary.

mod common;

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use common::{HttpsMock, Logs, TOKEN, fast, graph, token_response};
use graph_sdk::types::WindowsAutopilotDeploymentProfileAssignment;
use graph_sdk::{AccessToken, AuthError, Error, Graph, Page, RetryPolicy, Secret};
use serde_json::{Value, json};
use wiremock::matchers::{header, header_exists, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const CLIENT_SECRET: &str = "cl13nt-s3cr3t-value";

async fn update(g: &Graph) -> Result<Option<WindowsAutopilotDeploymentProfileAssignment>, Error> {
    g.update_deployment_profile_assignment("dev-1", WindowsAutopilotDeploymentProfileAssignment::default()).await
}

#[tokio::test]
async fn secrets_never_print_or_log() {
    let logs = Logs::global();
    let server = MockServer::start().await;
    Mock::given(method("PATCH"))
        .and(header_exists("authorization"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "0").insert_header("request-id", "r-1"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("PATCH"))
        .respond_with(
            ResponseTemplate::new(400)
                .insert_header("request-id", "r-2")
                .set_body_json(json!({"error": {"code": "BadRequest", "message": "m"}})),
        )
        .mount(&server)
        .await;
    let g = graph(&server);
    let service = update(&g).await.unwrap_err();
    let auth = AuthError::new("AADSTS7000215: bad secret").with_source(std::io::Error::other("cause"));
    let errors = [
        service,
        Error::Auth(auth.clone()),
        Error::Throttled { status: 429, attempts: 3, retry_after: Some(Duration::from_secs(1)), error: None },
        Error::UnexpectedBody { status: Some(200), snippet: "x".into(), source: None },
        Error::InvalidRequest("x".into()),
        Error::Config("x".into()),
    ];
    let token = AccessToken::new(TOKEN, SystemTime::now());
    let credential: Arc<dyn azure_core::credentials::TokenCredential> =
        azure_identity::ClientSecretCredential::new("tenant", "client".into(), TOKEN.to_string().into(), None).unwrap();
    let page: Page<Value> = serde_json::from_value(json!({"value": []})).unwrap();
    let mut printed = vec![
        format!("{g:?}"),
        format!("{token:?}"),
        format!("{} {:?}", Secret::new(TOKEN), Secret::new(TOKEN)),
        format!("{:?}", Graph::builder().bearer_token(TOKEN)),
        format!("{:?}", Graph::builder().client_secret("t", "c", TOKEN)),
        format!("{:?}", graph_sdk::StaticToken::new(TOKEN)),
        format!("{:?}", graph_sdk::AzureCredential(credential)),
        format!("{auth} {auth:?}"),
        format!("{:?}", RetryPolicy::default()),
        format!("{page:?}"),
        format!("{:?}", g.client()),
    ];
    for e in &errors {
        printed.push(format!("{e} {e:?}"));
        let mut cause = std::error::Error::source(e);
        while let Some(c) = cause {
            printed.push(format!("{c} {c:?}"));
            cause = c.source();
        }
    }
    let logs = logs.text();
    let unquoted = logs.replace('"', "");
    for field in ["graph.request", "operation_id=update_assignments", "attempt=2", "status=400", "request_id=r-2"] {
        assert!(unquoted.contains(field), "`{field}` is traced: {logs}");
    }
    assert!(logs.contains("client_request_id="), "{logs}");
    for text in printed.iter().chain(std::iter::once(&logs)) {
        assert!(!text.contains(TOKEN), "the token leaked: {text}");
    }
}

#[tokio::test]
async fn client_secret_flows_log_no_secret_at_trace() {
    let logs = Logs::global();
    let login = HttpsMock::start().await;
    let graph_host = MockServer::start().await;
    Mock::given(method("PATCH"))
        .and(header("authorization", "Bearer access-t0ken-1"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"id": "a-1"})).insert_header("request-id", "r-77"),
        )
        .mount(&graph_host)
        .await;
    let build = |tenant: &str| {
        Graph::builder()
            .base_url(format!("{}/beta", graph_host.uri()))
            .client_secret(tenant, "client-1", CLIENT_SECRET)
            .authority_host(&login.uri)
            .http_client(login.client())
            .retry_policy(fast())
            .build()
            .unwrap()
    };
    // A tenant whose token endpoint refuses the secret.
    Mock::given(method("POST"))
        .and(path("/bad-tenant/oauth2/v2.0/token"))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({
            "error": "invalid_client",
            "error_description": "AADSTS7000215: Invalid client secret provided.",
            "error_codes": [7000215]
        })))
        .mount(&login.server)
        .await;
    Mock::given(method("POST"))
        .and(path("/tenant-1/oauth2/v2.0/token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(token_response("access-t0ken-1", 3599)))
        .mount(&login.server)
        .await;
    let refused = build("bad-tenant");
    let err = update(&refused).await.unwrap_err();
    assert!(matches!(&err, Error::Auth(e) if e.code.as_deref() == Some("AADSTS7000215")), "{err:?}");
    let g = build("tenant-1");
    update(&g).await.unwrap();
    let mut printed = vec![format!("{g:?} {refused:?} {err} {err:?}")];
    let mut cause = std::error::Error::source(&err);
    while let Some(c) = cause {
        printed.push(format!("{c} {c:?}"));
        cause = c.source();
    }
    let text = logs.text();
    let unquoted = text.replace('"', "");
    assert!(unquoted.contains("graph.request") && unquoted.contains("request_id=r-77"), "{text}");
    assert!(text.contains("oauth2/v2.0/token"), "azure_core's request logs are captured too: {text}");
    for secret in [CLIENT_SECRET, "access-t0ken-1"] {
        for t in printed.iter().chain(std::iter::once(&text)) {
            assert!(!t.contains(secret), "`{secret}` leaked: {t}");
        }
    }
}
