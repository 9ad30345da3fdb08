//! Replays every documented example of `openapi/docs` through the wrapper
//! crate against a local mock that expects exactly the page's request and
//! answers with the page's response. Adding a page adds its cases.

use docs_openapi::http::{Message, parse_message};
use docs_openapi::markdown::Block;
use docs_openapi::page::Page;
use docs_openapi::{FileId, SourceFile};
use graph_sdk::Graph;
use serde_json::Value;
use wiremock::matchers::{body_json, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// One example: the annotation's name, the request and the response that follows it.
struct Example {
    page: String,
    name: String,
    request: Message,
    response: Message,
}

fn examples() -> Vec<Example> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../openapi/docs");
    let mut out = Vec::new();
    let mut pages: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    pages.sort();
    for path in pages.into_iter().filter(|p| p.extension().is_some_and(|e| e == "md")) {
        let source = SourceFile::new(path.display().to_string(), std::fs::read_to_string(&path).unwrap());
        let page = Page::parse(FileId(0), &source, &mut Vec::new());
        let mut pending: Option<(String, Message)> = None;
        for (i, block) in page.doc.blocks.iter().enumerate() {
            let Block::Code(code) = block else { continue };
            match page.block_type(i) {
                Some("request") => {
                    let name = page.annotations[&i].get("name").and_then(Value::as_str).unwrap_or("").to_string();
                    pending = Some((name, parse_message(&code.text)));
                }
                Some("response") => {
                    if let Some((name, request)) = pending.take() {
                        out.push(Example {
                            page: source.name().to_string(),
                            name,
                            request,
                            response: parse_message(&code.text),
                        });
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// The example URL's path with `{placeholders}` replaced by a fixed value, and that value.
fn concrete_path(url: &str) -> (String, String) {
    let path = url.split("graph.microsoft.com").nth(1).unwrap_or(url);
    let mut out = String::new();
    let mut in_param = false;
    for c in path.chars() {
        match c {
            '{' => {
                in_param = true;
                out.push_str("example-id");
            }
            '}' => in_param = false,
            _ if in_param => {}
            c => out.push(c),
        }
    }
    (out, "example-id".into())
}

/// Calls the operation the example documents through the wrapper; the typed result as JSON.
async fn call(graph: &Graph, operation: &str, id: &str, body: Value) -> Result<Value, graph_sdk::Error> {
    match operation {
        "update_assignments" => {
            let typed = serde_json::from_value(body).expect("the example body fits the type");
            let r = graph.update_deployment_profile_assignment(id, typed).await?;
            Ok(serde_json::to_value(r).unwrap())
        }
        other => panic!("no replay for operation `{other}`: add an arm for it in tests/example_replay.rs"),
    }
}

#[tokio::test]
async fn every_example_replays_through_the_wrapper() {
    let examples = examples();
    assert!(!examples.is_empty(), "the default docs have examples");
    for ex in examples {
        let label = format!("{} ({})", ex.page, ex.name);
        let (m, url) = ex.request.request.clone().expect("a request line");
        let (p, id) = concrete_path(&url);
        let request_body: Value =
            serde_json::from_str(ex.request.body.trim()).unwrap_or_else(|e| panic!("{label}: {e}"));
        let response_body: Value =
            serde_json::from_str(ex.response.body.trim()).unwrap_or_else(|e| panic!("{label}: {e}"));
        let status = ex.response.status.as_ref().map(|s| s.0).unwrap_or(200);
        let server = MockServer::start().await;
        Mock::given(method(m.as_str().to_ascii_uppercase().as_str()))
            .and(path(p.trim_start_matches("/beta").to_string().replace("//", "/")))
            .and(header("content-type", "application/json"))
            .and(body_json(&request_body))
            .respond_with(ResponseTemplate::new(status).set_body_json(&response_body))
            .expect(1)
            .mount(&server)
            .await;
        let graph = Graph::builder().base_url(server.uri()).bearer_token("replay-token").build().unwrap();
        let operation = ex.name.trim_end_matches(|c: char| c.is_ascii_digit() || c == '_');
        let result =
            call(&graph, operation, &id, request_body.clone()).await.unwrap_or_else(|e| panic!("{label}: {e}"));
        assert_eq!(result, response_body, "{label}: the typed result re-serialized differs from the example");
        server.verify().await;
    }
}
