//! Requests from the generated client, the wrapper and the CLI, made from the
//! examples of the pages in `openapi/docs`, judged by Prism: `prism mock
//! --errors` on the emitted contract answers a request that breaks the
//! contract with a 4xx and an `sl-violations` header.
//!
//! `cargo xtask contract-test` starts Prism and sets `PRISM_URL` (and
//! `GRAPH_CLI`, the built `graph-cli`); in a plain `cargo test` these are ignored.

mod doc_examples;
mod operations;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use doc_examples::{Contract, Example, Matched, PrismAnswer, read_examples, send_example, send_raw};
use graph_client::hooks::{BoxFuture, Hooks, Transport};
use serde_json::{Value, json};

const TOKEN: &str = "contract-test-token";

fn root() -> PathBuf {
    let tests = Path::new(env!("CARGO_MANIFEST_DIR"));
    tests.parent().unwrap_or(tests).to_path_buf()
}

fn prism() -> String {
    std::env::var("PRISM_URL").expect("PRISM_URL is not set: run this through `cargo xtask contract-test`")
}

/// Every example of the default pages with the operation it matched.
fn cases() -> Vec<(Example, Result<Matched, String>)> {
    let contract = Contract::load(&root().join("openapi/graph.json")).unwrap_or_else(|e| panic!("{e}"));
    let examples = read_examples(&[root().join("openapi/docs")], &root()).unwrap_or_else(|e| panic!("{e}"));
    assert!(!examples.is_empty(), "openapi/docs has no examples");
    examples
        .into_iter()
        .map(|ex| {
            let op = contract.operation_of(&ex);
            (ex, op)
        })
        .collect()
}

/// Runs `check` on every case; fails listing each case Prism (or the call) rejected.
async fn judge_all<F, Fut>(surface: &str, check: F)
where
    F: Fn(Example, Matched) -> Fut,
    Fut: std::future::Future<Output = Result<(), String>>,
{
    let mut failures = Vec::new();
    let cases = cases();
    for (ex, op) in &cases {
        let outcome = match op {
            Ok(op) => check(ex.clone(), op.clone()).await,
            Err(e) => Err(e.clone()),
        };
        match outcome {
            Ok(()) => eprintln!("prism {surface} {} ... ok", ex.label()),
            Err(e) => {
                eprintln!("prism {surface} {} ... FAILED", ex.label());
                failures.push(format!("{}: {e}", ex.label()));
            }
        }
    }
    eprintln!("prism {surface}: {} of {} requests accepted", cases.len() - failures.len(), cases.len());
    assert!(
        failures.is_empty(),
        "Prism rejected {} request(s) from the {surface}:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Adds the bearer token and records what Prism answered to each request.
#[derive(Default)]
struct Recorder {
    answers: Mutex<Vec<PrismAnswer>>,
}

impl Transport for Recorder {
    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        mut request: reqwest::Request,
        _operation_id: &'static str,
    ) -> BoxFuture<'a, reqwest::Result<reqwest::Response>> {
        if let Ok(value) = format!("Bearer {TOKEN}").parse() {
            request.headers_mut().insert(reqwest::header::AUTHORIZATION, value);
        }
        Box::pin(async move {
            let resp = client.execute(request).await?;
            let violations =
                resp.headers().get("sl-violations").map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
            let answer = PrismAnswer { status: resp.status().as_u16(), violations, body: String::new() };
            if let Ok(mut answers) = self.answers.lock() {
                answers.push(answer);
            }
            Ok(resp)
        })
    }
}

#[tokio::test]
#[ignore = "needs Prism: cargo xtask contract-test"]
async fn the_generated_client_conforms() {
    let recorder = Arc::new(Recorder::default());
    let hooks = Hooks::with_transport(recorder.clone());
    let client = graph_client::Client::new_with_client(&prism(), reqwest::Client::new(), hooks);
    judge_all("client", |ex, op| {
        let (client, recorder) = (&client, &recorder);
        async move {
            let body = ex.request_body()?.json().cloned();
            let result = operations::call_client(client, &op, body).await;
            let answers: Vec<PrismAnswer> =
                recorder.answers.lock().map(|mut a| a.drain(..).collect()).unwrap_or_default();
            if answers.is_empty() {
                return Err(format!("no request reached Prism ({result:?})"));
            }
            for answer in &answers {
                answer.verdict()?;
            }
            result.map(|_| ())
        }
    })
    .await;
}

#[tokio::test]
#[ignore = "needs Prism: cargo xtask contract-test"]
async fn the_wrapper_conforms() {
    let graph = graph_sdk::Graph::builder()
        .base_url(prism())
        .bearer_token(TOKEN)
        .retry_policy(graph_sdk::RetryPolicy { max_attempts: 1, ..Default::default() })
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    judge_all("wrapper", |ex, op| {
        let graph = &graph;
        async move {
            let body = ex.request_body()?.json().cloned();
            operations::call_wrapper(graph, &op, body).await.map(|_| ())
        }
    })
    .await;
}

#[tokio::test]
#[ignore = "needs Prism: cargo xtask contract-test"]
async fn the_cli_conforms() {
    let cli = std::env::var("GRAPH_CLI").expect("GRAPH_CLI: the graph-cli binary, set by cargo xtask contract-test");
    let dir = std::env::temp_dir().join(format!("graph-contract-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let (cli, dir) = (&cli, &dir);
    judge_all("CLI", |ex, op| async move {
        let mut cmd = std::process::Command::new(cli);
        cmd.args(operations::cli_args(&op)).arg("--verbose").env("GRAPH_BASE_URL", prism()).env("GRAPH_TOKEN", TOKEN);
        if let Some(body) = ex.request_body()?.json() {
            let file = dir.join(format!("{}-{}.json", op.id, ex.line));
            std::fs::write(&file, body.to_string()).map_err(|e| format!("{}: {e}", file.display()))?;
            cmd.arg("--json-body").arg(file);
        }
        let out = cmd.output().map_err(|e| format!("running {cli}: {e}"))?;
        let stderr = String::from_utf8_lossy(&out.stderr);
        if !out.status.success() {
            return Err(format!(
                "graph-cli {:?} failed ({}): {}",
                cmd.get_args().collect::<Vec<_>>(),
                out.status,
                stderr.trim()
            ));
        }
        serde_json::from_slice::<Value>(&out.stdout).map_err(|e| format!("graph-cli printed no JSON: {e}"))?;
        Ok(())
    })
    .await;
    let _ = std::fs::remove_dir_all(dir);
}

/// The negative control: requests that break the contract are flagged by the
/// same verdict the checks above use, and the example as written passes it.
#[tokio::test]
#[ignore = "needs Prism: cargo xtask contract-test"]
async fn prism_flags_requests_that_break_the_contract() {
    let (ex, op) = cases()
        .into_iter()
        .find(|(_, op)| op.as_ref().is_ok_and(|op| op.id == "update_assignments"))
        .expect("the seed page's example");
    let op = op.unwrap_or_else(|e| panic!("{e}"));
    let http = reqwest::Client::new();
    let answer = |resp: Result<reqwest::Response, String>| async move {
        PrismAnswer::read(resp.unwrap_or_else(|e| panic!("{e}"))).await
    };

    let good = answer(send_example(&http, &prism(), &ex).await).await;
    assert_eq!(good.verdict(), Ok(()), "the example as the docs write it passes");

    let mut body = ex.request_body().ok().and_then(|b| b.json().cloned()).expect("a JSON body");
    body["sourceId"] = json!(42);
    let path = ex.path_and_query();
    let bad: Vec<(&str, Option<&str>, Vec<u8>)> = vec![
        ("`sourceId` is a number", Some("application/json"), body.to_string().into_bytes()),
        ("the body is not an object", Some("application/json"), b"[\"not\", \"an object\"]".to_vec()),
        ("the required body is missing", Some("application/json"), Vec::new()),
        ("the body is not JSON", Some("text/plain"), b"sourceId=String".to_vec()),
    ];
    let mut missed = Vec::new();
    for (what, content_type, bytes) in bad {
        let flagged = answer(send_raw(&http, &prism(), ex.method, &path, content_type, bytes).await).await;
        match flagged.verdict() {
            Err(reason) => eprintln!("prism negative control ({what}, {}): flagged: {reason}", op.id),
            Ok(()) => missed.push(what),
        }
    }
    assert!(missed.is_empty(), "Prism accepted requests that break the contract: {missed:?}");
}
