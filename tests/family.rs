//! A whole doc family (default: `../shared/graph-docs/beta-intune-enrollment`)
//! against a contract built from it: each page example replayed with plain
//! reqwest against a local mock that expects exactly the example's request and
//! answers with its response, the same request judged by Prism on that
//! contract, and the contract's embedded examples validated against its
//! schemas. Counted per operation; at least 95% of the operations whose pages
//! have JSON examples must pass all three.
//!
//! `cargo xtask contract-test` builds the contract, starts Prism and sets
//! `FAMILY_DOCS`, `FAMILY_CONTRACT` and `PRISM_URL`; in a plain `cargo test`
//! this is ignored.

mod doc_examples;

use std::collections::BTreeMap;
use std::path::PathBuf;

use doc_examples::{
    Body, Contract, Example, PrismAnswer, example_response, expected_request, json_diff, read_examples, send_example,
    send_raw,
};
use wiremock::MockServer;

/// The share of operations with JSON examples that must pass.
const TARGET: f64 = 0.95;

fn env_path(name: &str) -> PathBuf {
    PathBuf::from(std::env::var(name).unwrap_or_else(|_| panic!("{name} is not set: run `cargo xtask contract-test`")))
}

/// One operation of the contract and what its examples gave.
#[derive(Default)]
struct Tally {
    method: String,
    template: String,
    examples: usize,
    json_examples: usize,
    /// Reasons it fails, each prefixed by the check (`replay`, `prism`, `schema`).
    failures: Vec<String>,
}

#[tokio::test]
#[ignore = "needs Prism and a family contract: cargo xtask contract-test"]
async fn the_family_replays_and_passes_prism() {
    let docs = env_path("FAMILY_DOCS");
    let contract = Contract::load(&env_path("FAMILY_CONTRACT")).unwrap_or_else(|e| panic!("{e}"));
    let prism = std::env::var("PRISM_URL").expect("PRISM_URL is not set: run `cargo xtask contract-test`");
    let root = docs.parent().unwrap_or(&docs).to_path_buf();
    let examples = read_examples(std::slice::from_ref(&docs), &root).unwrap_or_else(|e| panic!("{e}"));

    let mut tallies: BTreeMap<String, Tally> = contract
        .operations()
        .into_iter()
        .map(|(id, method, template)| (id, Tally { method, template, ..Tally::default() }))
        .collect();
    for check in docs_openapi::validate::check_examples(&contract.value) {
        if let Some(t) = tallies.get_mut(&check.operation_id)
            && !check.is_valid()
        {
            let first = check.errors.first().cloned().unwrap_or_default();
            t.failures.push(format!("schema: the {} example does not fit its schema: {first}", check.location));
        }
    }

    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let mock = MockServer::start().await;
    let mut unmatched = Vec::new();
    let (mut replayed, mut accepted) = (0, 0);
    for ex in &examples {
        let Some(op) = contract.find(ex) else {
            unmatched.push(format!("{}: {} {}", ex.label(), ex.method.as_str().to_uppercase(), ex.path()));
            continue;
        };
        let Some(t) = tallies.get_mut(&op.id) else { continue };
        t.examples += 1;
        t.json_examples += usize::from(ex.has_json());
        if op.loose {
            t.failures.push(format!(
                "docs: {}: the example calls `{}` but the page's request syntax is `{}`",
                ex.label(),
                ex.path(),
                op.template
            ));
        }
        match replay(&mock, &http, ex).await {
            Ok(()) => replayed += 1,
            Err(e) => t.failures.push(format!("replay: {}: {e}", ex.label())),
        }
        let verdict = match send_example(&http, &prism, ex).await {
            Ok(resp) => PrismAnswer::read(resp).await.verdict(),
            Err(e) => Err(e),
        };
        match verdict {
            Ok(()) => accepted += 1,
            Err(e) => t.failures.push(format!("prism: {}: {e}", ex.label())),
        }
    }

    // The negative control: the first example with a JSON object body, sent
    // with an array instead, must be flagged by the same verdict.
    let control = examples.iter().find(|ex| matches!(ex.request_body(), Ok(Body::Json(v)) if v.is_object()));
    let control = control.expect("an example with a JSON object request body, for the negative control");
    let resp =
        send_raw(&http, &prism, control.method, &control.path_and_query(), Some("application/json"), b"[]".to_vec())
            .await
            .unwrap_or_else(|e| panic!("{e}"));
    let flagged = PrismAnswer::read(resp).await.verdict();
    assert!(flagged.is_err(), "Prism accepted an array body for {}", control.label());
    eprintln!("family negative control ({}, array body): flagged: {}", control.label(), flagged.unwrap_err());

    let with_examples: Vec<_> = tallies.iter().filter(|(_, t)| t.examples > 0).collect();
    let with_json: Vec<_> = with_examples.iter().filter(|(_, t)| t.json_examples > 0).collect();
    let passing = with_json.iter().filter(|(_, t)| t.failures.is_empty()).count();
    let rate = if with_json.is_empty() { 0.0 } else { passing as f64 / with_json.len() as f64 };

    eprintln!("family {}:", docs.display());
    eprintln!("  examples: {} ({} replayed, {} accepted by Prism)", examples.len(), replayed, accepted);
    eprintln!(
        "  operations: {} in the contract, {} with examples, {} with JSON examples",
        tallies.len(),
        with_examples.len(),
        with_json.len()
    );
    eprintln!(
        "  operations with examples passing replay, Prism and schema checks: {}/{}",
        with_examples.iter().filter(|(_, t)| t.failures.is_empty()).count(),
        with_examples.len()
    );
    eprintln!(
        "  operations with JSON examples passing: {passing}/{} ({:.1}%, target {:.0}%)",
        with_json.len(),
        rate * 100.0,
        TARGET * 100.0
    );
    for (id, t) in tallies.iter().filter(|(_, t)| !t.failures.is_empty()) {
        eprintln!("  FAILED {id} ({} {}):", t.method.to_uppercase(), t.template);
        for f in &t.failures {
            eprintln!("    {f}");
        }
    }
    for (id, t) in tallies.iter().filter(|(_, t)| t.examples == 0) {
        eprintln!("  no example: {id} ({} {})", t.method.to_uppercase(), t.template);
    }
    for u in &unmatched {
        eprintln!("  example matching no operation: {u}");
    }
    assert!(!with_json.is_empty(), "no operation of {} has a JSON example", docs.display());
    assert!(rate >= TARGET, "{passing}/{} operations with JSON examples pass; the target is 95%", with_json.len());
}

/// Sends the example's request as written to a mock expecting exactly it; the
/// answer must be the example's status and body.
async fn replay(mock: &MockServer, http: &reqwest::Client, ex: &Example) -> Result<(), String> {
    mock.reset().await;
    let (expectation, _) = expected_request(ex, &mock.uri())?;
    expectation.respond_with(example_response(ex)?).mount(mock).await;
    let resp = send_example(http, &mock.uri(), ex).await?;
    let status = resp.status().as_u16();
    let text = resp.text().await.map_err(|e| format!("reading the answer: {e}"))?;
    if status != ex.status() {
        let seen = mock.received_requests().await.unwrap_or_default();
        let got = seen.first().map(|r| format!("{} {}", r.method, r.url)).unwrap_or_default();
        return Err(format!("status {status}, expected {} (the mock saw {got})", ex.status()));
    }
    match ex.response_body()? {
        Body::Json(expected) => {
            let actual: serde_json::Value =
                serde_json::from_str(&text).map_err(|e| format!("the answer is not JSON: {e}"))?;
            let diff = json_diff(&expected, &actual);
            if !diff.is_empty() {
                return Err(format!("the answer differs from the example: {}", diff.join("; ")));
            }
        }
        Body::Text(expected) if text.trim() != expected.trim() => {
            return Err("the answer differs from the example".into());
        }
        Body::None if !text.is_empty() => return Err("an answer body where the example has none".into()),
        _ => {}
    }
    Ok(())
}
