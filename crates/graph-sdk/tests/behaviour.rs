//! The wrapper against local mock servers (127.0.0.1 only): retries, errors,
//! auth, paging, forward compatibility. Secrets and logs: `tests/secrets.rs`.

mod common;

use common::{TOKEN, fast, graph};

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, SystemTime};

use futures_util::StreamExt;
use graph_sdk::types::{DeviceAndAppManagementAssignmentSource, WindowsAutopilotDeploymentProfileAssignment};
use graph_sdk::{AccessToken, AuthError, Error, Graph, Page, RetryPolicy, Secret, token_fn};
use serde_json::{Value, json};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const PATH: &str = "/beta/deviceManagement/windowsAutopilotDeviceIdentities/dev-1/deploymentProfile/assignments";

fn ok_body() -> Value {
    json!({"@odata.type": "#microsoft.graph.windowsAutopilotDeploymentProfileAssignment", "id": "a-1", "source": "direct"})
}

async fn update(g: &Graph) -> Result<Option<WindowsAutopilotDeploymentProfileAssignment>, Error> {
    g.update_deployment_profile_assignment("dev-1", WindowsAutopilotDeploymentProfileAssignment::default()).await
}

#[tokio::test]
async fn retries_429_honouring_retry_after_with_fresh_ids() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH"))
        .and(path(PATH))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "1"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("PATCH"))
        .and(path(PATH))
        .and(header("Retry-Attempt", "1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok_body()))
        .mount(&server)
        .await;
    let started = std::time::Instant::now();
    let a = update(&graph(&server)).await.unwrap().expect("a body");
    assert!(started.elapsed() >= Duration::from_secs(1), "Retry-After was honoured");
    assert_eq!(a.id.as_deref(), Some("a-1"));
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    let ids: Vec<_> =
        requests.iter().map(|r| r.headers.get("client-request-id").unwrap().to_str().unwrap().to_string()).collect();
    assert_ne!(ids[0], ids[1], "each attempt has its own client-request-id");
    for r in &requests {
        assert_eq!(r.headers.get("authorization").unwrap(), &format!("Bearer {TOKEN}"));
        assert!(r.headers.get("user-agent").unwrap().to_str().unwrap().starts_with("graph-sdk/"));
        let body: Value = serde_json::from_slice(&r.body).unwrap();
        assert_eq!(body["@odata.type"], "#microsoft.graph.windowsAutopilotDeploymentProfileAssignment", "filled in");
    }
}

#[tokio::test]
async fn retries_503_twice_then_succeeds() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH")).respond_with(ResponseTemplate::new(503)).up_to_n_times(2).mount(&server).await;
    Mock::given(method("PATCH")).respond_with(ResponseTemplate::new(200).set_body_json(ok_body())).mount(&server).await;
    update(&graph(&server)).await.unwrap();
    let received = server.received_requests().await.unwrap();
    assert_eq!(received.len(), 3);
    // Every attempt is the same request: method, path, body, content type and token.
    for r in &received[1..] {
        assert_eq!(
            (&r.method, r.url.path(), &r.body),
            (&received[0].method, received[0].url.path(), &received[0].body)
        );
        for h in ["content-type", "authorization", "api-version"] {
            assert_eq!(r.headers.get(h), received[0].headers.get(h), "{h}");
        }
    }
    assert!(!received[0].body.is_empty());
}

#[tokio::test]
async fn gives_up_on_429_forever_with_a_typed_error() {
    let server = MockServer::start().await;
    let body = json!({"error": {"code": "TooManyRequests", "message": "slow down"}});
    Mock::given(method("PATCH"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "0").set_body_json(body))
        .mount(&server)
        .await;
    match update(&graph(&server)).await {
        Err(Error::Throttled { status: 429, attempts: 3, retry_after: Some(d), error: Some(e) }) => {
            assert_eq!(d, Duration::ZERO);
            assert_eq!(e.code, "TooManyRequests");
        }
        other => panic!("expected Throttled, got {other:?}"),
    }
    assert_eq!(server.received_requests().await.unwrap().len(), 3, "bounded attempts");
}

#[tokio::test]
async fn the_total_delay_cap_stops_retries() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "30"))
        .mount(&server)
        .await;
    let g = Graph::builder()
        .base_url(format!("{}/beta", server.uri()))
        .bearer_token(TOKEN)
        .retry_policy(RetryPolicy { max_total_delay: Duration::from_secs(5), ..fast() })
        .build()
        .unwrap();
    let err = update(&g).await.unwrap_err();
    assert!(matches!(err, Error::Throttled { attempts: 1, retry_after: Some(_), .. }), "{err:?}");
}

#[tokio::test]
async fn garbage_json_is_an_unexpected_body_with_status_and_snippet() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH"))
        .respond_with(ResponseTemplate::new(200).set_body_raw("{not json", "application/json"))
        .mount(&server)
        .await;
    match update(&graph(&server)).await {
        Err(e @ Error::UnexpectedBody { status: Some(200), .. }) => {
            let Error::UnexpectedBody { snippet, source, .. } = &e else { unreachable!() };
            assert_eq!(snippet, "{not json");
            assert!(source.is_some() && std::error::Error::source(&e).is_some(), "the serde error is the cause");
        }
        other => panic!("expected UnexpectedBody, got {other:?}"),
    }
}

#[tokio::test]
async fn an_update_answered_204_no_content_succeeds_without_a_body() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH")).and(path(PATH)).respond_with(ResponseTemplate::new(204)).mount(&server).await;
    let g = graph(&server);
    assert!(matches!(update(&g).await, Ok(None)), "the update is made; Graph sent no body");
    // The generic form for any generated call.
    let call = g
        .client()
        .update_assignments()
        .windows_autopilot_device_identity_id("dev-1")
        .body(WindowsAutopilotDeploymentProfileAssignment::default());
    assert!(matches!(g.call_optional(call.send()).await, Ok(None)));
    // `call` expects the documented body and says what came instead.
    let call = g
        .client()
        .update_assignments()
        .windows_autopilot_device_identity_id("dev-1")
        .body(WindowsAutopilotDeploymentProfileAssignment::default());
    assert!(matches!(g.call(call.send()).await, Err(Error::UnexpectedBody { status: Some(204), .. })));
    // A 202 or any other undocumented success is still not taken for an update.
    server.reset().await;
    Mock::given(method("PATCH")).respond_with(ResponseTemplate::new(202)).mount(&server).await;
    assert!(matches!(update(&g).await, Err(Error::UnexpectedBody { status: Some(202), .. })));
}

#[tokio::test]
async fn an_html_error_page_is_an_unexpected_body_with_its_status() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH"))
        .respond_with(ResponseTemplate::new(502).set_body_raw("<html>Bad gateway</html>", "text/html"))
        .mount(&server)
        .await;
    match update(&graph(&server)).await {
        Err(Error::UnexpectedBody { status: Some(502), snippet, .. }) => {
            assert_eq!(snippet, "<html>Bad gateway</html>")
        }
        other => panic!("expected UnexpectedBody, got {other:?}"),
    }
    assert_eq!(server.received_requests().await.unwrap().len(), 1, "502 is not retried");
}

#[tokio::test]
async fn a_401_with_a_graph_error_body_is_a_service_error() {
    let server = MockServer::start().await;
    let body = json!({"error": {"code": "InvalidAuthenticationToken", "message": "Access token is empty.",
        "innerError": {"request-id": "r-9", "client-request-id": "c-9", "date": "2024-05-01T00:00:00"}}});
    Mock::given(method("PATCH")).respond_with(ResponseTemplate::new(401).set_body_json(body)).mount(&server).await;
    match update(&graph(&server)).await {
        Err(Error::Service(e)) => {
            assert_eq!(
                (e.status, e.code.as_str(), e.request_id.as_deref()),
                (401, "InvalidAuthenticationToken", Some("r-9"))
            );
            assert_eq!(e.client_request_id.as_deref(), Some("c-9"));
        }
        other => panic!("expected Service, got {other:?}"),
    }
}

#[tokio::test]
async fn a_token_endpoint_error_surfaces_its_aadsts_code() {
    let server = MockServer::start().await;
    let g = Graph::builder()
        .base_url(format!("{}/beta", server.uri()))
        .token_source(token_fn(|_| async {
            Err(AuthError::from_message("AADSTS7000215: Invalid client secret provided."))
        }))
        .build()
        .unwrap();
    match update(&g).await {
        Err(Error::Auth(e)) => assert_eq!(e.code.as_deref(), Some("AADSTS7000215")),
        other => panic!("expected Auth, got {other:?}"),
    }
    assert!(server.received_requests().await.unwrap().is_empty(), "nothing was sent without a token");
}

#[tokio::test]
async fn fifty_concurrent_calls_at_expiry_fetch_one_token() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH")).respond_with(ResponseTemplate::new(200).set_body_json(ok_body())).mount(&server).await;
    let fetched = Arc::new(AtomicUsize::new(0));
    let counter = fetched.clone();
    let g = Graph::builder()
        .base_url(format!("{}/beta", server.uri()))
        .token_source(token_fn(move |scope| {
            let n = counter.fetch_add(1, Ordering::SeqCst);
            async move {
                assert!(scope.ends_with("/.default"));
                tokio::time::sleep(Duration::from_millis(50)).await;
                // The first token enters the refresh window (5 minutes before expiry) in 2 s.
                let life = if n == 0 { Duration::from_secs(302) } else { Duration::from_secs(3600) };
                Ok(AccessToken { token: Secret::new(format!("t{n}")), expires_at: SystemTime::now() + life })
            }
        }))
        .build()
        .unwrap();
    let burst = || futures_util::future::join_all((0..50).map(|_| update(&g)));
    for r in burst().await {
        r.unwrap();
    }
    assert_eq!(fetched.load(Ordering::SeqCst), 1, "a cold cache: one token request for 50 calls");
    tokio::time::sleep(Duration::from_millis(2500)).await;
    for r in burst().await {
        r.unwrap();
    }
    assert_eq!(fetched.load(Ordering::SeqCst), 2, "at expiry: one refresh for 50 concurrent calls");
}

#[tokio::test]
async fn paging_follows_next_links_and_keeps_the_token_home() {
    let graph_host = MockServer::start().await;
    let other_host = MockServer::start().await;
    let next = format!("{}/beta/things?page=2", graph_host.uri());
    let foreign = format!("{}/elsewhere", other_host.uri());
    Mock::given(method("GET"))
        .and(path("/beta/things"))
        .and(wiremock::matchers::query_param("page", "2"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"value": [{"n": 3}], "@odata.nextLink": foreign})),
        )
        .mount(&graph_host)
        .await;
    Mock::given(method("GET"))
        .and(path("/beta/things"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"value": [{"n": 1}, {"n": 2}], "@odata.nextLink": next})),
        )
        .mount(&graph_host)
        .await;
    Mock::given(method("GET"))
        .and(path("/elsewhere"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"value": [{"n": 4}]})))
        .mount(&other_host)
        .await;
    let g = graph(&graph_host);
    let items: Vec<Value> =
        g.items::<Value>(format!("{}/beta/things", graph_host.uri())).map(|r| r.unwrap()).collect().await;
    assert_eq!(items.iter().map(|v| v["n"].as_i64().unwrap()).collect::<Vec<_>>(), [1, 2, 3, 4]);
    for r in graph_host.received_requests().await.unwrap() {
        assert!(r.headers.get("authorization").is_some());
    }
    let foreign_requests = other_host.received_requests().await.unwrap();
    assert_eq!(foreign_requests.len(), 1);
    assert!(foreign_requests[0].headers.get("authorization").is_none(), "the token never leaves the Graph host");
}

#[tokio::test]
async fn a_slow_response_times_out() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH"))
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(3)))
        .mount(&server)
        .await;
    let g = Graph::builder()
        .base_url(format!("{}/beta", server.uri()))
        .bearer_token(TOKEN)
        .retry_policy(RetryPolicy { timeout: Duration::from_millis(200), max_attempts: 1, ..fast() })
        .build()
        .unwrap();
    assert!(matches!(update(&g).await, Err(Error::Timeout(_))));
    // A client of the caller's own carries no timeout of ours; each attempt does.
    let g = Graph::builder()
        .base_url(format!("{}/beta", server.uri()))
        .bearer_token(TOKEN)
        .http_client(reqwest::Client::new())
        .retry_policy(RetryPolicy { timeout: Duration::from_millis(200), max_attempts: 1, ..fast() })
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    assert!(matches!(update(&g).await, Err(Error::Timeout(_))));
    assert!(started.elapsed() < Duration::from_secs(2), "timed out after {:?}", started.elapsed());
}

#[tokio::test]
async fn unknown_values_types_and_properties_survive() {
    let server = MockServer::start().await;
    let body = json!({
        "@odata.type": "#microsoft.graph.windowsAutopilotDeploymentProfileAssignment",
        "id": "a-1",
        "source": "brandNewSource",
        "target": {"@odata.type": "#microsoft.graph.someFutureTarget", "futureSetting": {"deep": [1, 2]}},
        "undocumented": true
    });
    Mock::given(method("PATCH"))
        .respond_with(ResponseTemplate::new(200).set_body_json(body.clone()))
        .mount(&server)
        .await;
    let a = update(&graph(&server)).await.unwrap().expect("a body");
    assert!(matches!(&a.source, Some(DeviceAndAppManagementAssignmentSource::Other(v)) if v == "brandNewSource"));
    assert_eq!(a.extra["undocumented"], json!(true));
    assert_eq!(serde_json::to_value(&a).unwrap(), body, "re-serialized unchanged");
}

#[tokio::test]
async fn a_redirect_to_another_host_does_not_carry_the_token() {
    let graph_host = MockServer::start().await;
    let other_host = MockServer::start().await;
    Mock::given(method("PATCH"))
        .respond_with(
            ResponseTemplate::new(307).insert_header("Location", format!("{}/stolen", other_host.uri()).as_str()),
        )
        .mount(&graph_host)
        .await;
    Mock::given(method("PATCH"))
        .respond_with(ResponseTemplate::new(200).set_body_json(ok_body()))
        .mount(&other_host)
        .await;
    let result = update(&graph(&graph_host)).await;
    assert!(result.is_err(), "the cross-host redirect is not followed: {result:?}");
    for r in other_host.received_requests().await.unwrap() {
        assert!(r.headers.get("authorization").is_none(), "the token went to another host");
    }
}

#[tokio::test]
async fn retry_after_as_an_http_date_and_504_are_honoured() {
    let server = MockServer::start().await;
    let at = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(2));
    Mock::given(method("PATCH"))
        .respond_with(ResponseTemplate::new(503).insert_header("Retry-After", at.as_str()))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("PATCH")).respond_with(ResponseTemplate::new(504)).up_to_n_times(1).mount(&server).await;
    Mock::given(method("PATCH")).respond_with(ResponseTemplate::new(200).set_body_json(ok_body())).mount(&server).await;
    let started = std::time::Instant::now();
    update(&graph(&server)).await.unwrap();
    assert!(started.elapsed() >= Duration::from_millis(900), "waited until the date (second resolution)");
    let requests = server.received_requests().await.unwrap();
    let attempts: Vec<_> =
        requests.iter().map(|r| r.headers.get("retry-attempt").map(|v| v.to_str().unwrap())).collect();
    assert_eq!(attempts, [None, Some("1"), Some("2")]);
}

#[tokio::test]
async fn every_attempt_has_a_fresh_uuid_and_the_user_agent() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH")).respond_with(ResponseTemplate::new(503)).up_to_n_times(2).mount(&server).await;
    Mock::given(method("PATCH")).respond_with(ResponseTemplate::new(200).set_body_json(ok_body())).mount(&server).await;
    update(&graph(&server)).await.unwrap();
    let requests = server.received_requests().await.unwrap();
    let mut ids = std::collections::HashSet::new();
    for r in &requests {
        let id = r.headers.get("client-request-id").unwrap().to_str().unwrap();
        assert_eq!(uuid::Uuid::parse_str(id).unwrap().get_version_num(), 4);
        assert!(ids.insert(id.to_string()));
        assert_eq!(r.headers.get("user-agent").unwrap(), concat!("graph-sdk/", env!("CARGO_PKG_VERSION")));
    }
    assert_eq!(ids.len(), 3);
}

/// A server on 127.0.0.1 that drops its first `drops` connections, then answers
/// every request with `body` (and closes). Counts connections.
async fn flaky_server(drops: usize, body: &'static str) -> (String, Arc<AtomicUsize>) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let uri = format!("http://{}", listener.local_addr().unwrap());
    let connections = Arc::new(AtomicUsize::new(0));
    let count = connections.clone();
    tokio::spawn(async move {
        while let Ok((mut tcp, _)) = listener.accept().await {
            if count.fetch_add(1, Ordering::SeqCst) < drops {
                drop(tcp);
                continue;
            }
            tokio::spawn(async move {
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
                    match tcp.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buf.extend_from_slice(&chunk[..n]),
                    }
                }
                let response = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = tcp.write_all(response.as_bytes()).await;
            });
        }
    });
    (uri, connections)
}

#[tokio::test]
async fn transport_errors_are_retried_for_idempotent_methods_only() {
    let (uri, connections) = flaky_server(1, r#"{"value": [{"n": 1}]}"#).await;
    let g = Graph::builder().base_url(format!("{uri}/beta")).bearer_token(TOKEN).retry_policy(fast()).build().unwrap();
    let items: Vec<Value> = g.items::<Value>("/things").map(|r| r.unwrap()).collect().await;
    assert_eq!(items, [json!({"n": 1})]);
    assert_eq!(connections.load(Ordering::SeqCst), 2, "the GET was sent again after the dropped connection");

    let (uri, connections) = flaky_server(1, "{}").await;
    let g = Graph::builder().base_url(format!("{uri}/beta")).bearer_token(TOKEN).retry_policy(fast()).build().unwrap();
    assert!(matches!(update(&g).await, Err(Error::Transport(_))));
    assert_eq!(connections.load(Ordering::SeqCst), 1, "a PATCH is not sent twice after a transport error");
}

#[tokio::test]
async fn generated_client_calls_get_typed_errors_through_call() {
    let server = MockServer::start().await;
    let body = json!({"error": {"code": "Request_ResourceNotFound", "message": "gone",
        "innerError": {"request-id": "r-1", "date": "2024-05-01T00:00:00", "code": "inner-1"}}});
    Mock::given(method("PATCH")).respond_with(ResponseTemplate::new(404).set_body_json(body)).mount(&server).await;
    let g = graph(&server);
    let call = g.client().update_assignments().windows_autopilot_device_identity_id("dev-1");
    let err = g.call(call.body(WindowsAutopilotDeploymentProfileAssignment::default()).send()).await.unwrap_err();
    assert_eq!((err.status(), err.request_id()), (Some(404), Some("r-1")));
    match err {
        Error::Service(e) => {
            assert_eq!(e.code, "Request_ResourceNotFound");
            assert_eq!(e.inner_codes, ["inner-1"]);
            assert_eq!(e.date.as_deref(), Some("2024-05-01T00:00:00"));
        }
        other => panic!("expected Service, got {other:?}"),
    }
    // A missing argument of the generated builder is an invalid request, not a panic.
    let call = g.client().update_assignments().body(WindowsAutopilotDeploymentProfileAssignment::default());
    assert!(matches!(g.call(call.send()).await, Err(Error::InvalidRequest(_))));
}

#[tokio::test]
async fn pages_follow_links_from_a_first_page_in_hand_and_stop_at_an_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/beta/things"))
        .and(wiremock::matchers::query_param("page", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"value": [{"n": 2}], "@odata.nextLink": format!("{}/beta/things?page=3", server.uri())}),
        ))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/beta/things"))
        .and(wiremock::matchers::query_param("page", "3"))
        .respond_with(
            ResponseTemplate::new(403).set_body_json(json!({"error": {"code": "Forbidden", "message": "no"}})),
        )
        .mount(&server)
        .await;
    let first: Page<Value> = serde_json::from_value(
        json!({"value": [{"n": 1}], "@odata.count": 3, "@odata.nextLink": format!("{}/beta/things?page=2", server.uri())}),
    )
    .unwrap();
    assert_eq!(first.count, Some(3));
    let g = graph(&server);
    let pages: Vec<Result<Page<Value>, Error>> = g.pages_after(first).collect().await;
    assert_eq!(pages.len(), 3);
    assert_eq!(pages[1].as_ref().unwrap().value, [json!({"n": 2})]);
    assert!(matches!(&pages[2], Err(Error::Service(e)) if e.status == 403 && e.code == "Forbidden"));
}

#[tokio::test]
async fn configuration_mistakes_are_errors_not_panics() {
    let no_credential = Graph::builder().build().unwrap_err();
    assert!(matches!(no_credential, Error::Config(_)), "{no_credential}");
    for url in ["http://graph.example.com/beta", "not a url", "mailto:graph@example.com", "ftp://127.0.0.1/beta"] {
        let e = Graph::builder().base_url(url).bearer_token(TOKEN).build().unwrap_err();
        assert!(matches!(e, Error::Config(_)), "{url}: {e}");
    }
    let g = Graph::builder().bearer_token(TOKEN).build().unwrap();
    assert_eq!(g.base_url(), graph_sdk::DEFAULT_BASE_URL);
    let e = g.update_deployment_profile_assignment("", Default::default()).await.unwrap_err();
    assert!(matches!(e, Error::InvalidRequest(_)));
}
