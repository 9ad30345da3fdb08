//! Replays every example of the pages in `openapi/docs` through the wrapper
//! (`graph-sdk`) against local mocks on 127.0.0.1: a Microsoft identity token
//! endpoint (HTTPS with a test CA, asked by azure_identity's client-secret
//! credential inside the wrapper), and a Graph that expects exactly the page's
//! request (method, path with the example's values, query, `Content-Type`, body
//! equal as JSON, the token from the endpoint) and answers with the page's
//! response and status. The typed result, serialized again, must equal the
//! example response as JSON.
//!
//! The pages are read when the test runs: adding a page adds its cases, each
//! reported by `page:line (name)`.

mod doc_examples;
mod https_mock;
mod operations;

use std::path::{Path, PathBuf};

use doc_examples::{
    Body, Contract, Example, example_response, expected_request, form_encode, json_diff, page_examples, read_examples,
};
use graph_sdk::{Graph, RetryPolicy};
use https_mock::HttpsMock;
use serde_json::json;
use wiremock::matchers::{body_string_contains, header, method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const TENANT: &str = "replay-tenant";
const CLIENT_ID: &str = "replay-client";
const CLIENT_SECRET: &str = "replay-secret";
const TOKEN: &str = "token-from-the-mock-endpoint";

fn root() -> PathBuf {
    let tests = Path::new(env!("CARGO_MANIFEST_DIR"));
    tests.parent().unwrap_or(tests).to_path_buf()
}

#[tokio::test]
async fn every_documented_example_replays_through_the_wrapper() {
    let docs = root().join("openapi/docs");
    let contract = Contract::load(&root().join("openapi/graph.json")).unwrap_or_else(|e| panic!("{e}"));
    let examples = read_examples(std::slice::from_ref(&docs), &root()).unwrap_or_else(|e| panic!("{e}"));
    let mut failures = Vec::new();
    let mut covered = Vec::new();
    for ex in &examples {
        let outcome = replay(&contract, ex).await;
        match &outcome {
            Ok(id) => {
                eprintln!("replay {} ... ok ({id})", ex.label());
                covered.push(id.clone());
            }
            Err(e) => {
                eprintln!("replay {} ... FAILED", ex.label());
                failures.push(format!("{}: {e}", ex.label()));
            }
        }
    }
    for (id, method, template) in contract.operations() {
        if !covered.contains(&id) && !failures.iter().any(|f| f.contains(&format!("`{id}`"))) {
            failures
                .push(format!("operation `{id}` ({} {template}) has no example that replays", method.to_uppercase()));
        }
    }
    eprintln!("replay: {} of {} examples passed in {}", covered.len(), examples.len(), docs.display());
    assert!(!examples.is_empty(), "{} has no examples", docs.display());
    assert!(failures.is_empty(), "{} case(s) failed:\n{}", failures.len(), failures.join("\n"));
}

/// The seed page's example, with its response body replaced.
fn seed_with_response(response: &str) -> Example {
    let page = std::fs::read_to_string(root().join("openapi/docs/update-assignments.md")).unwrap_or_default();
    let start = page.rfind("HTTP/1.1 200 OK").expect("the seed page has a 200 response example");
    let end = start + page[start..].find("```").expect("the response block ends");
    let text =
        format!("{}HTTP/1.1 200 OK\nContent-Type: application/json\n\n{response}\n{}", &page[..start], &page[end..]);
    let examples = page_examples(&docs_openapi::SourceFile::new("seed-variant.md", text));
    examples.into_iter().next().expect("the variant keeps its example")
}

/// The check can fail: a response the types cannot hold is a failed case.
#[tokio::test]
async fn a_response_that_breaks_the_types_fails_the_replay() {
    let contract = Contract::load(&root().join("openapi/graph.json")).unwrap_or_else(|e| panic!("{e}"));
    let ex = seed_with_response(r#"{"id": "a", "sourceId": 42}"#);
    let outcome = replay(&contract, &ex).await;
    assert!(
        outcome.as_ref().is_err_and(|e| e.contains("the wrapper returned an error")),
        "a number where the contract says string must not replay: {outcome:?}"
    );
}

/// Properties and enum values the docs do not list survive the round trip.
#[tokio::test]
async fn unknown_properties_and_values_survive_the_replay() {
    let contract = Contract::load(&root().join("openapi/graph.json")).unwrap_or_else(|e| panic!("{e}"));
    let ex = seed_with_response(
        r##"{"@odata.type": "#microsoft.graph.windowsAutopilotDeploymentProfileAssignment", "id": "a",
            "source": "aValueFromTheFuture", "newProperty": {"nested": [1, null]},
            "target": {"@odata.type": "#microsoft.graph.groupAssignmentTarget", "groupId": "g"}}"##,
    );
    let outcome = replay(&contract, &ex).await;
    assert!(outcome.is_ok(), "{outcome:?}");
}

/// Replays one example; the operation it exercised.
async fn replay(contract: &Contract, ex: &Example) -> Result<String, String> {
    let op = contract.operation_of(ex)?;
    let request_body = ex.request_body()?;
    let response_body = ex.response_body()?;
    if ex.response.is_none() {
        return Err(format!("`{}`: the request has no response example after it", op.id));
    }

    let login = HttpsMock::start().await?;
    Mock::given(method("POST"))
        .and(path(format!("/{TENANT}/oauth2/v2.0/token")))
        .and(header("content-type", "application/x-www-form-urlencoded"))
        .and(body_string_contains("grant_type=client_credentials"))
        .and(body_string_contains(format!("client_id={CLIENT_ID}")))
        .and(body_string_contains(format!("scope={}", form_encode("https://127.0.0.1/.default"))))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599, "access_token": TOKEN}),
        ))
        .mount(&login.server)
        .await;

    let graph_server = MockServer::start().await;
    let (mock, expected_url) = expected_request(ex, &graph_server.uri())?;
    let mock = mock.and(header("authorization", format!("Bearer {TOKEN}").as_str()));
    let response = example_response(ex)?;
    mock.respond_with(response).mount(&graph_server).await;

    let graph = Graph::builder()
        .base_url(graph_server.uri())
        .client_secret(TENANT, CLIENT_ID, CLIENT_SECRET)
        .authority_host(&login.uri)
        .http_client(login.client()?)
        .retry_policy(RetryPolicy { max_attempts: 1, ..RetryPolicy::default() })
        .build()
        .map_err(|e| format!("building the wrapper: {e}"))?;
    let result = operations::call_wrapper(&graph, &op, request_body.json().cloned()).await;

    let tokens = login.server.received_requests().await.unwrap_or_default().len();
    let received = graph_server.received_requests().await.unwrap_or_default();
    let result = result.map_err(|e| format!("`{}`: {e}\n{}", op.id, describe(&expected_url, ex, &received)))?;
    if tokens != 1 {
        return Err(format!("`{}`: {tokens} token requests, expected 1", op.id));
    }
    if received.len() != 1 {
        return Err(format!("`{}`: {} requests reached the mock, expected 1", op.id, received.len()));
    }
    match &response_body {
        Body::Json(expected) => {
            let diff = json_diff(expected, &result);
            if !diff.is_empty() {
                return Err(format!(
                    "`{}`: the typed result, serialized again, differs from the example response:\n  {}",
                    op.id,
                    diff.join("\n  ")
                ));
            }
        }
        Body::None if result.is_null() => {}
        other => return Err(format!("`{}`: response {other:?} but the typed result is {result}", op.id)),
    }
    Ok(op.id)
}

/// What the mock expected and what reached it, for a failure message.
fn describe(expected: &reqwest::Url, ex: &Example, received: &[Request]) -> String {
    let mut out = format!(
        "  expected: {} {} content-type {:?} body {}",
        ex.method.as_str().to_ascii_uppercase(),
        expected,
        ex.request_media_type(),
        ex.request_body().map(|b| String::from_utf8_lossy(&b.bytes()).into_owned()).unwrap_or_default()
    );
    for r in received {
        let ct = r.headers.get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("");
        out.push_str(&format!(
            "\n  received: {} {} content-type {ct:?} body {}",
            r.method,
            r.url,
            String::from_utf8_lossy(&r.body)
        ));
    }
    if received.is_empty() {
        out.push_str("\n  received: nothing");
    }
    out
}
